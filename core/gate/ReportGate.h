// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ProjectConfig.h"
#include "gate/IntakeRequestParser.h"
#include "gate/ReportIntake.h"
#include "history/ReceivedReport.h"
#include "send/TelemetryRequest.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

class Clock;
class QNetworkAccessManager;
class ReportHistory;
class ReportSender;
class SendResult;

// The review gate: what happens to each report a Directus server posts to the local intake. handle() records
// it in the history at once (exact bytes, SHA-256, source, time; never the Authorization value) in the state
// `analysing`, answers, and checks it on a worker thread of its own: the redaction check against the
// project's facts, and the project's own report computed at that moment diffed against it (api_requests*
// legitimately differ, since only the server counts requests; any other difference is flagged). The result
// comes back to the gate's thread, where the entry is updated (entryChanged) and then either forwarded
// (PassThrough: only after the check, so the record says what was checked before it left) or held (Hold)
// until approve() or discard(). One check runs at a time, the others wait in arrival order: each opens its
// own read-only database connection, and a server sends one report every six hours. approve() and discard()
// refuse a report still being checked. The queue lives in the history database, so another process
// (`gate approve ID`) can act on it.
//
// Forwarding posts the original bytes through ReportSender with the original Content-Type semantics
// (`application/json`) and the original Authorization value. That value is kept only in this object's memory
// for reports it received itself; a report approved by another process (or after a restart) gets the
// project's TELEMETRY_AUTHORIZATION instead, read from its configuration at forward time. An owner
// registration (`/v1/owner`) carries the owner's email: it is stored with email addresses masked, its
// original bytes live only in this object's memory, so it can be forwarded (pass-through, or approved in this
// process) but not approved from elsewhere. It is not checked, so it is held or forwarded at once.
//
// Use it from one thread; the history must outlive it. The answer to Directus is 202 in both modes, at once:
// Directus ignores the answer (no retry; errors are only logged in development, spec §11), so relaying the
// real intake's status would change nothing on the server; that status is recorded instead.
// entryAdded/entryChanged carry every change of a received report (a "Received" view can keep a list model in
// step with them); forwardFinished() ends each forward. Destroying the gate cancels the running check (the
// engine stops before its next statement), waits for it, and records the unchecked reports as held
// unchecked (Hold) or not forwarded (PassThrough), so none stays `analysing`. Not supported: finishing the
// check of a report left `analysing` by a process that was killed (it cannot be approved or discarded).
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

    // The intake's handler: records and returns what to answer at once; the check, then the forward or the
    // hold, follow from the event loop. Never throws.
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
    bool isAnalysing() const; // a check is running or waiting

    // Test seam: called on the worker thread before each check, with the report's id and the flag that
    // destroying the gate sets. A test blocks in it to hold a check; it must return once the flag is set.
    using AnalysisHook = std::function<void(qint64 id, const std::atomic_bool &cancelled)>;
    void setAnalysisHook(AnalysisHook hook) { m_analysisHook = std::move(hook); }
    // Where reports / owner registrations are forwarded (empty: nowhere known).
    QString metricsBaseUrl() const;
    QString ownerBaseUrl() const;

    // Masks every email address in text ("j•••@•••"); what is stored of an owner registration.
    static QByteArray maskEmails(const QByteArray &bytes);
    // Why approve()/discard() refuse a report still being checked: refused rather than queued, since acting
    // before the check has spoken would defeat the review.
    static QString stillBeingChecked(qint64 id);
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

    // A report waiting for (or in) its check, with what only memory holds and where it was to go.
    struct Job
    {
        qint64 id = 0;
        QByteArray body;
        QString authorization;
        QString baseUrl;
        Mode mode = Mode::Hold;
    };
    // What the worker found; written into the record on the gate's thread.
    struct Analysis
    {
        bool redactionFailed = false;
        QString redaction;
        bool diffFlagged = false;
        QStringList diff;
        QByteArray computed; // the report computed for comparison, empty when none
    };

    static Analysis analyse(const ProjectConfig &config, const QByteArray &bytes,
                            const std::atomic_bool *cancelled);
    void startNextAnalysis();
    void onAnalysed();
    void finish(ReceivedReport report, const Job &job);
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

    // The checks: one at a time on a pool of our own, so that the destructor can wait for it.
    std::deque<Job> m_analysisQueue;
    std::optional<Job> m_analysing;
    QFutureWatcher<Analysis> *m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    AnalysisHook m_analysisHook;
    QThreadPool m_pool; // declared last: destroyed (after waiting) before what a worker might still read
};
