// SPDX-License-Identifier: GPL-3.0-or-later
#include "SendReportDialog.h"

#include "DialogWidgets.h"
#include "gating/LicenseVerifier.h"
#include "history/ReportHistory.h"
#include "secrets/SecretStore.h"
#include "send/ReportSender.h"
#include "widgets/GateStateText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

using DialogWidgets::readOnlyText;
using DialogWidgets::selectableLabel;

SendReportDialog::SendReportDialog(const ProjectConfig &config, const QByteArray &bytes,
                                   const QString &directusFailure, const QString &account,
                                   const ActionServices &services, QWidget *parent)
    : QDialog(parent)
    , m_config(config)
    , m_bytes(bytes)
    , m_directusFailure(directusFailure)
    , m_account(account)
    , m_services(services)
{
    setObjectName(QStringLiteral("sendReportDialog"));
    setWindowTitle(tr("Send Report Now"));
    setAccessibleName(tr("Review and send the report"));
    createWidgets();

    // The licence is read from the database: off the GUI thread, with the configuration copied in.
    connect(&m_gateWatcher, &QFutureWatcher<ReportEngine::GateOutcome>::finished, this,
            &SendReportDialog::onGateEvaluated);
    const ProjectConfig configCopy = m_config;
    const QDateTime now = m_services.now();
    m_gateWatcher.setFuture(QtConcurrent::run([configCopy, now] {
        return ReportEngine(configCopy).evaluateGate(LicenseVerifier::directusEmbedded(), now);
    }));

    if (m_services.secrets && !m_account.isEmpty()) {
        m_services.secrets->read(authorizationKey(m_account), this,
                                 [this](const SecretStore::Result &result) {
                                     if (result.status == SecretStore::Status::Ok)
                                         m_authorizationOverride = result.secret;
                                     m_authorizationLoaded = true;
                                     rebuildReview();
                                 });
    } else {
        m_authorizationLoaded = true;
    }
}

SendReportDialog::~SendReportDialog()
{
    // The gate worker holds only copies; wait for it so no thread outlives the dialog.
    m_gateWatcher.waitForFinished();
}

QString SendReportDialog::authorizationKey(const QString &account)
{
    return account + QStringLiteral("/telemetry-authorization");
}

void SendReportDialog::createWidgets()
{
    auto *layout = new QVBoxLayout(this);

    m_intro = new QLabel(tr("Review what would be sent. Nothing leaves this computer until you press Send."),
                         this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    m_destination = selectableLabel(this, tr("Destination"));
    m_destination->setText(tr("Preparing…"));
    form->addRow(tr("Destination:"), m_destination);
    m_headers = readOnlyText(this, tr("Request headers (Authorization masked)"));
    m_headers->setMaximumHeight(m_headers->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("Headers:"), m_headers);

    m_authorizationSource = selectableLabel(this, tr("Where the Authorization value comes from"));
    form->addRow(tr("Authorization:"), m_authorizationSource);
    auto *authorizationRow = new QHBoxLayout;
    m_authorizationField = new QLineEdit(this);
    m_authorizationField->setObjectName(QStringLiteral("authorizationField"));
    m_authorizationField->setEchoMode(QLineEdit::Password);
    m_authorizationField->setPlaceholderText(tr("Override TELEMETRY_AUTHORIZATION (kept in the keychain)"));
    m_authorizationField->setAccessibleName(tr("Authorization override"));
    m_storeAuthorizationButton = new QPushButton(tr("&Use and Keep in Keychain"), this);
    m_storeAuthorizationButton->setAccessibleName(tr("Use the override and keep it in the keychain"));
    m_storeAuthorizationButton->setAutoDefault(false);
    m_forgetAuthorizationButton = new QPushButton(tr("&Forget Override"), this);
    m_forgetAuthorizationButton->setAccessibleName(tr("Forget the Authorization override"));
    m_forgetAuthorizationButton->setAutoDefault(false);
    connect(m_storeAuthorizationButton, &QPushButton::clicked, this,
            [this] { setAuthorizationOverride(m_authorizationField->text()); });
    connect(m_forgetAuthorizationButton, &QPushButton::clicked, this,
            [this] { setAuthorizationOverride(QString()); });
    authorizationRow->addWidget(m_authorizationField, 1);
    authorizationRow->addWidget(m_storeAuthorizationButton);
    authorizationRow->addWidget(m_forgetAuthorizationButton);
    form->addRow(QString(), authorizationRow);

    m_requested = selectableLabel(this, tr("Requested telemetry state"));
    m_effective = selectableLabel(this, tr("Effective telemetry state"));
    m_why = selectableLabel(this, tr("Why"));
    m_licence = selectableLabel(this, tr("Licence"));
    m_requested->setText(tr("Reading the licence…"));
    form->addRow(tr("Requested:"), m_requested);
    form->addRow(tr("Effective:"), m_effective);
    form->addRow(tr("Why:"), m_why);
    form->addRow(tr("Licence:"), m_licence);
    m_size = selectableLabel(this, tr("Size and SHA-256 of the bytes"));
    form->addRow(tr("Bytes:"), m_size);
    layout->addLayout(form);

    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Report bytes and changes"));
    m_bytesView = readOnlyText(this, tr("The exact bytes that would be sent"));
    m_bytesView->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_bytesView->setPlainText(QString::fromUtf8(m_bytes));
    m_changesView = readOnlyText(this, tr("Changes since the last delivered report"));
    m_tabs->addTab(m_bytesView, tr("Exact &Bytes"));
    m_tabs->addTab(m_changesView, tr("&Changes Since Last Sent"));
    layout->addWidget(m_tabs, 1);

    m_blocked = selectableLabel(this, tr("Why the report cannot be sent"));
    m_blocked->setObjectName(QStringLiteral("blockedLabel"));
    m_blocked->hide();
    layout->addWidget(m_blocked);
    m_resultLabel = selectableLabel(this, tr("Send result"));
    m_resultLabel->setObjectName(QStringLiteral("resultLabel"));
    m_resultLabel->hide();
    layout->addWidget(m_resultLabel);

    auto *buttons = new QDialogButtonBox(this);
    m_sendButton = buttons->addButton(tr("&Send"), QDialogButtonBox::ActionRole);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setAccessibleName(tr("Send the report now"));
    // Never the default button: Enter in the override field must not send.
    m_sendButton->setAutoDefault(false);
    m_sendButton->setEnabled(false);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setAccessibleName(tr("Close without sending"));
    m_closeButton->setAutoDefault(false);
    connect(m_sendButton, &QPushButton::clicked, this, &SendReportDialog::send);
    connect(m_closeButton, &QPushButton::clicked, this, &SendReportDialog::reject);
    layout->addWidget(buttons);

    setTabOrder(m_headers, m_authorizationField);
    setTabOrder(m_authorizationField, m_storeAuthorizationButton);
    setTabOrder(m_storeAuthorizationButton, m_forgetAuthorizationButton);
    setTabOrder(m_forgetAuthorizationButton, m_tabs);
    setTabOrder(m_tabs, m_bytesView);
    setTabOrder(m_bytesView, m_sendButton);
    setTabOrder(m_sendButton, m_closeButton);
    // Start on Close, the harmless choice, rather than on the first selectable label.
    m_closeButton->setFocus();
    resize(820, 680);
}

void SendReportDialog::onGateEvaluated()
{
    m_gate = m_gateWatcher.result();
    rebuildReview();
}

void SendReportDialog::setAuthorizationOverride(const QString &value)
{
    m_authorizationOverride = value;
    m_authorizationField->clear(); // the secret does not stay in the widget
    rebuildReview();
    if (!m_services.secrets || m_account.isEmpty()) {
        Q_EMIT authorizationStored(false);
        return;
    }
    const auto done = [this, value](const SecretStore::Result &result) {
        const bool stored = result.status == SecretStore::Status::Ok
            || (value.isEmpty() && result.status == SecretStore::Status::NotFound);
        if (!stored) {
            m_authorizationSource->setText(
                m_authorizationSource->text() + QLatin1Char('\n')
                + (result.status == SecretStore::Status::NoBackend
                       ? tr("No system keychain: the override is used in this window only.")
                       : tr("The keychain refused it (%1): used in this window only.").arg(result.message)));
        }
        Q_EMIT authorizationStored(stored);
    };
    if (value.isEmpty())
        m_services.secrets->remove(authorizationKey(m_account), this, done);
    else
        m_services.secrets->write(authorizationKey(m_account), value, this, done);
}

void SendReportDialog::rebuildReview()
{
    if (!m_gate || !m_authorizationLoaded || m_result || m_sender)
        return;
    if (!m_gate->ok) {
        m_requested->setText(tr("unknown"));
        showBanner(m_blocked, tr("Whether Directus reports cannot be decided: %1").arg(m_gate->error), false);
        return;
    }
    const TelemetryRequest request = m_authorizationOverride.isEmpty()
        ? TelemetryRequest::fromConfig(m_config, m_bytes)
        : TelemetryRequest::build(m_config.value(QStringLiteral("TELEMETRY_URL")).jsString(),
                                  m_authorizationOverride, m_bytes);
    std::optional<HistoryEntry> lastDelivered;
    if (m_services.history && m_services.history->isOpen())
        lastDelivered = m_services.history->lastDelivered(m_config.projectDir());
    m_review = SendReview::prepare(request, m_gate->state, lastDelivered, m_directusFailure);

    m_destination->setText(request.destination().isEmpty() ? request.configuredUrl() : request.destination());
    QStringList headerLines;
    for (const TelemetryRequest::Header &header : request.maskedHeaders())
        headerLines.append(QString::fromLatin1(header.first) + QStringLiteral(": ")
                           + QString::fromUtf8(header.second));
    m_headers->setPlainText(headerLines.join(QLatin1Char('\n')));
    if (!m_authorizationOverride.isEmpty())
        m_authorizationSource->setText(tr("the override kept in the keychain (masked above)"));
    else if (request.hasAuthorization())
        m_authorizationSource->setText(tr("TELEMETRY_AUTHORIZATION in the project's configuration"));
    else
        m_authorizationSource->setText(tr("none: TELEMETRY_AUTHORIZATION is not set"));
    m_forgetAuthorizationButton->setEnabled(!m_authorizationOverride.isEmpty());

    const TelemetryGate::State &gate = m_gate->state;
    m_requested->setText(GateStateText::requested(gate));
    m_effective->setText(GateStateText::effective(gate));
    m_why->setText(GateStateText::why(gate));
    m_licence->setText(GateStateText::licence(gate));
    m_size->setText(tr("%1 bytes (one line; wrapped below only for reading), SHA-256 %2")
                        .arg(m_bytes.size())
                        .arg(QString::fromLatin1(m_review->sha256())));
    // Name the destination on the button, so the click says where the bytes go.
    const QString host = request.url().host();
    m_sendButton->setText(host.isEmpty() ? tr("&Send") : tr("&Send to %1").arg(host));

    if (!m_review->lastDelivered()) {
        m_changesView->setPlainText(tr("No report of this project was delivered before (per the history)."));
    } else {
        const HistoryEntry &last = *m_review->lastDelivered();
        const ReportDiff &diff = m_review->diffSinceLastDelivered();
        QString text = tr("Since #%1, delivered %2:\n")
                           .arg(last.id)
                           .arg(last.time.toLocalTime().toString(Qt::ISODate));
        text += diff.isEmpty() ? tr("no field changed") : diff.lines().join(QLatin1Char('\n'));
        m_changesView->setPlainText(text);
    }
    // Set whole (not appended): the review is rebuilt whenever the Authorization override changes.
    QString intro = tr("Review what would be sent. Nothing leaves this computer until you press Send.");
    if (!m_services.history || !m_services.history->isOpen())
        intro += QLatin1Char('\n') + tr("The history cannot be opened: this send would not be recorded.");
    m_intro->setText(intro);

    if (m_review->canSend())
        m_blocked->hide();
    else
        showBanner(m_blocked, m_review->blockedReason(), false);
    m_sendButton->setEnabled(m_review->canSend());
    Q_EMIT reviewReady();
}

void SendReportDialog::send()
{
    if (!m_review || !m_review->canSend() || m_sender || m_result || !m_services.network)
        return;
    m_sendButton->setEnabled(false);
    m_storeAuthorizationButton->setEnabled(false);
    m_forgetAuthorizationButton->setEnabled(false);
    m_authorizationField->setEnabled(false);
    m_closeButton->setText(tr("Cancel Send"));
    m_closeButton->setAccessibleName(tr("Cancel the running send"));
    showBanner(m_resultLabel, tr("Sending to %1…").arg(m_review->request().destination()), true);
    m_sender = new ReportSender(m_services.network, this);
    connect(m_sender, &ReportSender::finished, this, &SendReportDialog::onSendFinished);
    m_sender->send(m_review->request());
}

void SendReportDialog::onSendFinished(const SendResult &result)
{
    m_result = result;
    if (m_services.history && m_services.history->isOpen())
        m_recordedId = m_services.history->recordSend(m_config.projectDir(), m_review->request(), result,
                                                      QStringLiteral("manual"));
    const QString recorded = m_recordedId > 0 ? tr("Recorded as history entry #%1.").arg(m_recordedId)
                                              : tr("Not recorded: the history is not available.");
    if (result.ok()) {
        showBanner(m_resultLabel,
                   tr("Delivered: %1 in %2 ms. %3").arg(result.summary()).arg(result.elapsedMs).arg(recorded),
                   true);
    } else {
        showBanner(m_resultLabel,
                   tr("Not delivered (%1): %2. %3")
                       .arg(SendResult::kindName(result.kind), result.summary(), recorded),
                   false);
    }
    m_closeButton->setText(tr("Close"));
    m_closeButton->setAccessibleName(tr("Close"));
    m_closeButton->setFocus();
    Q_EMIT sendFinished(result);
}

void SendReportDialog::reject()
{
    if (m_sender && m_sender->isBusy()) {
        // Cancelling still ends with finished(Cancelled), which records the attempt; then close.
        connect(m_sender, &ReportSender::finished, this, [this] { QDialog::reject(); });
        m_sender->cancel();
        return;
    }
    QDialog::reject();
}

void SendReportDialog::showBanner(QLabel *label, const QString &text, bool good)
{
    label->setText(text);
    label->setStyleSheet(
        DialogWidgets::bannerStyleSheet(good ? DialogWidgets::Tone::Success : DialogWidgets::Tone::Error));
    label->setVisible(true);
}

QByteArray SendReportDialog::shownBytes() const
{
    return m_bytesView->toPlainText().toUtf8();
}

QString SendReportDialog::shownText() const
{
    const QList<QLabel *> labels = findChildren<QLabel *>();
    QStringList texts;
    for (const QLabel *label : labels)
        texts.append(label->text());
    texts << m_headers->toPlainText() << m_bytesView->toPlainText() << m_changesView->toPlainText();
    return texts.join(QLatin1Char('\n'));
}
