// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ConnectionDialog::ConnectionDialog(bool keychainAvailable, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_driver(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the system keychain"), this))
    , m_ssl(new QCheckBox(tr("Use &SSL/TLS"), this))
    , m_version(new QLineEdit(this))
    , m_keychainNote(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Connect to a Directus database"));
    setObjectName(QStringLiteral("connectionDialog"));
    for (const auto &[value, label] : ConnectionProfile::drivers())
        m_driver->addItem(label, value);
    m_port->setRange(1, 65535);
    m_password->setEchoMode(QLineEdit::Password);
    m_name->setPlaceholderText(tr("e.g. Production CMS"));
    m_version->setPlaceholderText(QStringLiteral("12.4.1"));
    m_version->setToolTip(tr("The Directus version the server runs (reported as `version`)."));

    const QList<QPair<QWidget *, QString>> names = {
        {m_name, tr("Profile name")}, {m_driver, tr("Database driver")},
        {m_host, tr("Host")},         {m_port, tr("Port")},
        {m_database, tr("Database")}, {m_user, tr("User")},
        {m_password, tr("Password")}, {m_remember, tr("Remember the password in the system keychain")},
        {m_ssl, tr("Use SSL")},       {m_version, tr("Directus version")},
    };
    for (const auto &[widget, name] : names)
        widget->setAccessibleName(name);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_driver->setObjectName(QStringLiteral("driver"));
    m_host->setObjectName(QStringLiteral("host"));
    m_port->setObjectName(QStringLiteral("port"));
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_ssl->setObjectName(QStringLiteral("ssl"));
    m_version->setObjectName(QStringLiteral("directusVersion"));

    m_keychainNote->setWordWrap(true);
    m_keychainNote->setObjectName(QStringLiteral("keychainNote"));
    if (keychainAvailable) {
        m_remember->setChecked(true);
        m_keychainNote->setText(tr("The password is kept only in the system keychain, never in a file."));
    } else {
        m_remember->setChecked(false);
        m_remember->setEnabled(false);
        m_keychainNote->setText(tr("No system keychain is available, so the password is not stored: you will "
                                   "be asked for it each time you connect."));
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Driver:"), m_driver);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("Data&base:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_ssl);
    form->addRow(tr("Directus &version:"), m_version);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_keychainNote);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_driver, &QComboBox::currentIndexChanged, this, &ConnectionDialog::driverChanged);
    connect(m_host, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    connect(m_database, &QLineEdit::textChanged, this, &ConnectionDialog::validate);
    setProfile(ConnectionProfile());
}

void ConnectionDialog::setProfile(const ConnectionProfile &profile)
{
    m_id = profile.id;
    m_name->setText(profile.name);
    const int driverIndex = m_driver->findData(profile.driver);
    m_driver->setCurrentIndex(driverIndex < 0 ? 0 : driverIndex);
    m_host->setText(profile.host);
    m_port->setValue(profile.port);
    m_database->setText(profile.database);
    m_user->setText(profile.user);
    m_ssl->setChecked(profile.ssl);
    m_version->setText(profile.directusVersion);
    validate();
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile profile;
    profile.id = m_id.isEmpty() ? ConnectionProfile::newId() : m_id;
    profile.name = m_name->text().trimmed();
    profile.driver = m_driver->currentData().toString();
    profile.host = m_host->text().trimmed();
    profile.port = m_port->value();
    profile.database = m_database->text().trimmed();
    profile.user = m_user->text().trimmed();
    profile.ssl = m_ssl->isChecked();
    profile.directusVersion
        = m_version->text().trimmed().isEmpty() ? QStringLiteral("12.4.1") : m_version->text().trimmed();
    return profile;
}

void ConnectionDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

QString ConnectionDialog::password() const
{
    return m_password->text();
}

bool ConnectionDialog::rememberPassword() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

void ConnectionDialog::driverChanged()
{
    // Only replace a port the user has not changed from the previous driver's default.
    const int defaultPort = ConnectionProfile::defaultPort(m_driver->currentData().toString());
    bool isSomeDefault = false;
    for (const auto &driver : ConnectionProfile::drivers())
        isSomeDefault = isSomeDefault || ConnectionProfile::defaultPort(driver.first) == m_port->value();
    if (isSomeDefault)
        m_port->setValue(defaultPort);
}

void ConnectionDialog::validate()
{
    const bool ok = !m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}
