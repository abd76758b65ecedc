// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ProjectConfig.h"
#include "gate/IntakeRequestParser.h"
#include "gate/ReportIntake.h"
#include "history/ReceivedReport.h"
#include "send/TelemetryRequest.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>

#include <deque>

class Clock;
class QNetworkAccessManager;
class ReportHistory;
class ReportSender;
class SendResult;

// The review gate: what happens to each report a Directus server posts to the local intake. handle() records
// it in the history (exact bytes, SHA-256, source, time; never the Authorization value), runs the redaction
// check against the project's facts, computes the project's own report at that moment and diffs the two
// (api_requests* legitimately differ, since only the server counts requests; any other difference is
// flagged), then either forwards it at once (PassThrough) or queues it as held (Hold) until approve() or
// discard(). The queue lives in the history database, so another process (`gate approve ID`) can act on it.
//
// Forwarding posts the original bytes through ReportSender with the original Content-Type semantics
// (`application/json`) and the original Authorization value. That value is kept only in this object's memory
// for reports it received itself; a report approved by another process (or after a restart) gets the
// project's TELEMETRY_AUTHORIZATION instead, read from its configuration at forward time. An owner
// registration (`/v1/owner`) carries the owner's email: it is stored with email addresses masked, its
// original bytes live only in this object's memory, so it can be forwarded (pass-through, or approved in this
// process) but not approved from elsewhere.
//
// Use it from one thread. The answer to Directus is 202 in both modes, at once: Directus ignores the answer
// (no retry; errors are only logged in development, spec §11), so relaying the real intake's status would
// change nothing on the server; that status is recorded instead. entryAdded/entryChanged carry every change
// of a received report (a "Received" view can keep a list model in step with them); forwardFinished() ends
// each forward. Not supported: running the analysis off the calling thread (it reads the database
// synchronously before the answer; on the benchmark's 20-million-row database that takes about a second).
class ReportGate : public QObject
{
    Q_OBJECT

public:
    enum class Mode { PassThrough, Hold };

    struct Options
    {
        Mode mode = Mode::Hold;
        // Base URL of the real intake (`/v1/metrics` and `/v1/owner` are resolved against it, path dropped).
        // Empty: TELEMETRY_URL (reports) and COMPLIANCE_URL (owner registrations) of the project.
        QString forwardTo;
    };

    // None of the collaborators is owned; clock gives the time each report is received.
    ReportGate(const ProjectConfig &config, ReportHistory *history, QNetworkAccessManager *network,
               const Clock *clock, const Options &options, QObject *parent = nullptr);
    ~ReportGate() override;

    // The intake's handler: records, checks, then forwards or holds. Never throws; returns what to answer.
    ReportIntake::Answer handle(const IntakeRequestParser::Request &request, const QString &peer);

    // Forwards a held report (asynchronously: entryChanged/forwardFinished follow) to Options::forwardTo when
    // set, else where the gate that held it would have sent it (stored with it), else the project's URL.
    // False with why when it is not held, unknown, or cannot be forwarded from this process.
    bool approve(qint64 id, QString *errorMessage);
    bool discard(qint64 id, QString *errorMessage);

    // The mode and destination for what comes next (a view's Start with other settings keeps the gate, so
    // the in-memory Authorization of reports already held survives); a running forward is not affected.
    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    QList<ReceivedReport> reports() const; // from the history, oldest first
    // Picks up what another process did to the queue (`gate approve|discard` in a terminal): emits
    // entryAdded/entryChanged for reports added or changed in the database since the last look, and forgets
    // the in-memory Authorization and owner bytes of reports no longer held. A view calls it on a timer or
    // when it is shown; changes made through this object are signalled at once without it.
    void reload();
    bool isForwarding() const; // a forward is running or waiting
    // Where reports / owner registrations are forwarded (empty: nowhere known).
    QString metricsBaseUrl() const;
    QString ownerBaseUrl() const;

    // Masks every email address in text ("j•••@•••"); what is stored of an owner registration.
    static QByteArray maskEmails(const QByteArray &bytes);
    // Whether a ReportDiff line's key is one the server alone knows (api_requests*).
    static bool isServerOnlyKey(const QString &key);

Q_SIGNALS:
    void entryAdded(const ReceivedReport &report);
    void entryChanged(const ReceivedReport &report);
    void forwardFinished(const ReceivedReport &report);

private:
    struct Pending
    {
        qint64 id = 0;
        TelemetryRequest request;
    };

    void analyse(ReceivedReport &report) const;
    bool startForward(ReceivedReport report, const QByteArray &body, const QString &authorization,
                      const QString &baseUrl, QString *errorMessage);
    void sendNext();
    void onSent(const SendResult &result);

    ProjectConfig m_config;
    ReportHistory *m_history;
    const Clock *m_clock;
    Options m_options;
    ReportSender *m_sender;
    std::deque<Pending> m_pending;
    Pending m_current;
    bool m_busy = false;
    // Secrets and personal data of reports received by this process: never written anywhere.
    QHash<qint64, QString> m_authorizations;
    QHash<qint64, QByteArray> m_ownerBodies;
    // What reload() saw last, per id: state and forward outcome.
    QHash<qint64, QString> m_seen;
};
