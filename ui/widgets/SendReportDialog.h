// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActionServices.h"
#include "config/ProjectConfig.h"
#include "engine/ReportEngine.h"
#include "send/SendResult.h"
#include "send/SendReview.h"

#include <QDialog>
#include <QFutureWatcher>

#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class ReportSender;

// "Send now…": the review of one report before it goes to the project's TELEMETRY_URL, then the send, only
// after an explicit click on Send. It shows the destination, the headers with Authorization masked, the
// gating state (requested, effective, why), the exact bytes with their SHA-256 and the changes since the last
// report the intake accepted. The gate reads the licence from the database, so it is evaluated off the GUI
// thread; the TELEMETRY_AUTHORIZATION override comes from the keychain (key "<account>/telemetry-
// authorization"), asynchronously. An override the user enters is written to the keychain only; without a
// keychain it is used for this dialog and forgotten. Every attempt is recorded in the history;
// sendFinished() carries the typed result. Closing before Send sends nothing; closing while sending cancels
// (and records the cancelled attempt). Not supported: sending again from the same dialog.
class SendReportDialog : public QDialog
{
    Q_OBJECT

public:
    // bytes: the report the window shows (Report::wireBytes()); directusFailure: why Directus itself would
    // send nothing, or empty. account: names the keychain entry of this project's override.
    SendReportDialog(const ProjectConfig &config, const QByteArray &bytes, const QString &directusFailure,
                     const QString &account, const ActionServices &services, QWidget *parent = nullptr);
    ~SendReportDialog() override;

    static QString authorizationKey(const QString &account);

    // For tests and accessibility tools.
    bool isReviewReady() const { return m_review.has_value(); }
    const std::optional<SendReview> &review() const { return m_review; }
    QByteArray shownBytes() const; // the bytes as the dialog shows them
    QString shownText() const; // every text the dialog shows (labels, headers, bytes, changes)
    QPushButton *sendButton() const { return m_sendButton; }
    QLineEdit *authorizationField() const { return m_authorizationField; }
    const std::optional<SendResult> &result() const { return m_result; }
    qint64 recordedEntryId() const { return m_recordedId; }

    // Uses value as TELEMETRY_AUTHORIZATION for this project from now on, stored in the keychain (empty:
    // forget the override and use the configuration's value again).
    void setAuthorizationOverride(const QString &value);
    void send(); // what the Send button does
    // Close; while sending, cancel the send first (the cancelled attempt is recorded).
    void reject() override;

Q_SIGNALS:
    void reviewReady();
    void authorizationStored(bool stored); // false: no keychain, or it refused (the value is used anyway)
    void sendFinished(const SendResult &result);

private:
    void createWidgets();
    void onGateEvaluated();
    void rebuildReview();
    void onSendFinished(const SendResult &result);
    void showBanner(QLabel *label, const QString &text, bool good);

    ProjectConfig m_config;
    QByteArray m_bytes;
    QString m_directusFailure;
    QString m_account;
    ActionServices m_services;

    QFutureWatcher<ReportEngine::GateOutcome> m_gateWatcher;
    std::optional<ReportEngine::GateOutcome> m_gate;
    bool m_authorizationLoaded = false;
    QString m_authorizationOverride; // from the keychain or typed; never shown, never in QSettings
    std::optional<SendReview> m_review;
    ReportSender *m_sender = nullptr;
    std::optional<SendResult> m_result;
    qint64 m_recordedId = 0;

    QLabel *m_intro = nullptr;
    QLabel *m_destination = nullptr;
    QPlainTextEdit *m_headers = nullptr;
    QLabel *m_requested = nullptr;
    QLabel *m_effective = nullptr;
    QLabel *m_why = nullptr;
    QLabel *m_licence = nullptr;
    QLabel *m_size = nullptr;
    QLabel *m_authorizationSource = nullptr;
    QLineEdit *m_authorizationField = nullptr;
    QPushButton *m_storeAuthorizationButton = nullptr;
    QPushButton *m_forgetAuthorizationButton = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_bytesView = nullptr;
    QPlainTextEdit *m_changesView = nullptr;
    QLabel *m_blocked = nullptr;
    QLabel *m_resultLabel = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};
