// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/ConnectionProfile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// The form for a Directus instance whose project folder is not on this machine: driver, host, port,
// database, user, password, SSL and the Directus version (there is no node_modules to read it from). It
// produces a ConnectionProfile (saved without the password) plus the password in memory. The "remember"
// box offers the OS keychain only when one is available; otherwise the form says the password will be asked
// for each time. Not supported: connection strings and sockets (open the project folder instead).
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(bool keychainAvailable, QWidget *parent = nullptr);

    void setProfile(const ConnectionProfile &profile);
    ConnectionProfile profile() const; // keeps the id of the profile given to setProfile(), or a new one
    void setPassword(const QString &password);
    QString password() const;
    bool rememberPassword() const;

private:
    void driverChanged();
    void validate();

    QString m_id;
    QLineEdit *m_name;
    QComboBox *m_driver;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QCheckBox *m_ssl;
    QLineEdit *m_version;
    QLabel *m_keychainNote;
    QDialogButtonBox *m_buttons;
};
