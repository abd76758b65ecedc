// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportGate.h"

#include "engine/ReportEngine.h"
#include "history/ReportDiff.h"
#include "history/ReportHistory.h"
#include "redaction/RedactionChecker.h"
#include "redaction/RedactionMask.h"
#include "schedule/Clock.h"
#include "send/ReportSender.h"
#include "send/SendResult.h"

#include <QLoggingCategory>
#include <QPromise>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcGate, "dti.core.gate", QtWarningMsg)

namespace {

const QString MetricsPath = QStringLiteral("/v1/metrics");
const QString OwnerPath = QStringLiteral("/v1/owner");

} // namespace

ReportGate::ReportGate(const ProjectConfig &config, ReportHistory *history, QNetworkAccessManager *network,
                       const Clock *clock, const Options &options, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_history(history)
    , m_clock(clock)
    , m_options(options)
    , m_sender(new ReportSender(network, this))
    , m_watcher(new QFutureWatcher<Analysis>(this))
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{
    // One check at a time: each opens its own connection to a database that may be large.
    m_pool.setMaxThreadCount(1);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ReportGate::onAnalysed);
    connect(m_sender, &ReportSender::finished, this, &ReportGate::onSent);
    // The history is the single source of truth for received reports; its signals are the gate's.
    // reload() remembers what was signalled, so that it only reports what other processes changed.
    const auto remember = [this](const ReceivedReport &report) {
        m_seen.insert(report.id,
                      ReceivedReport::stateName(report.state) + QLatin1Char('/') + report.forwardOutcome);
    };
    connect(m_history, &ReportHistory::receivedAdded, this, remember);
    connect(m_history, &ReportHistory::receivedChanged, this, remember);
    connect(m_history, &ReportHistory::receivedAdded, this, &ReportGate::entryAdded);
    connect(m_history, &ReportHistory::receivedChanged, this, &ReportGate::entryChanged);
}

ReportGate::~ReportGate()
{
    // The engine stops before its next statement; wait for the worker, so it outlives nothing it uses.
    m_cancelled->store(true);
    disconnect(m_watcher, nullptr, this, nullptr);
    m_pool.waitForDone();
    // No report may stay `analysing`: nothing could ever approve or discard it.
    disconnect(m_history, nullptr, this, nullptr);
    std::deque<Job> unchecked = std::move(m_analysisQueue);
    if (m_analysing)
        unchecked.push_front(*m_analysing);
    for (const Job &job : unchecked) {
        std::optional<ReceivedReport> found = m_history->receivedReport(job.id);
        if (!found || found->state != ReceivedReport::State::Analysing)
            continue;
        found->redactionFailed = true;
        found->diffFlagged = true;
        found->redaction = tr("could not check: the gate stopped before the check finished");
        found->state
            = job.mode == Mode::Hold ? ReceivedReport::State::Held : ReceivedReport::State::NotForwarded;
        if (job.mode == Mode::PassThrough)
            found->note = found->redaction;
        m_history->updateReceived(*found);
    }
}

QString ReportGate::metricsBaseUrl() const
{
    if (!m_options.forwardTo.isEmpty())
        return m_options.forwardTo;
    return m_config.value(QStringLiteral("TELEMETRY_URL")).jsString();
}

QString ReportGate::ownerBaseUrl() const
{
    if (!m_options.forwardTo.isEmpty())
        return m_options.forwardTo;
    const JsValue url = m_config.value(QStringLiteral("COMPLIANCE_URL"));
    return url.isTruthy() ? url.jsString() : QString();
}

QString ReportGate::stillBeingChecked(qint64 id)
{
    return tr("Received report #%1 is still being checked; approve or discard it once the check has "
              "finished.")
        .arg(id);
}

bool ReportGate::isServerOnlyKey(const QString &key)
{
    return key.startsWith(QLatin1String("api_requests"));
}

QByteArray ReportGate::maskEmails(const QByteArray &bytes)
{
    static const QRegularExpression email(
        QStringLiteral("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+"));
    const QString text = QString::fromUtf8(bytes);
    QString masked;
    qsizetype last = 0;
    for (auto it = email.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        masked += QStringView(text).mid(last, match.capturedStart() - last);
        masked += RedactionMask::mask(match.captured());
        last = match.capturedEnd();
    }
    masked += QStringView(text).mid(last);
    return masked.toUtf8();
}

ReportIntake::Answer ReportGate::handle(const IntakeRequestParser::Request &request, const QString &peer)
{
    ReceivedReport report;
    report.time = m_clock->now();
    report.channel = request.path() == OwnerPath.toLatin1() ? ReceivedReport::Channel::Owner
                                                            : ReceivedReport::Channel::Metrics;
    report.project = m_config.projectDir();
    report.source = peer;
    report.contentType = QString::fromLatin1(request.header("content-type"));
    report.hadAuthorization = request.hasHeader("authorization");
    report.sha256 = ReportHistory::sha256Hex(request.body);
    const QString authorization = QString::fromLatin1(request.header("authorization"));
    const bool owner = report.channel == ReceivedReport::Channel::Owner;
    if (owner) {
        report.personalData = true;
        report.bytes = maskEmails(request.body);
        report.redaction
            = tr("not checked: an owner registration carries the owner's name and email by design");
    } else {
        report.bytes = request.body;
    }
    const QString base = owner ? ownerBaseUrl() : metricsBaseUrl();
    if (m_options.mode == Mode::Hold) {
        // Where this gate would send it: `gate approve` elsewhere forwards there too, not to a TELEMETRY_URL
        // that (in the server's own .env) points back at the gate.
        const TelemetryRequest planned
            = TelemetryRequest::build(base, QString(), QByteArray(), owner ? OwnerPath : MetricsPath);
        if (!base.isEmpty() && planned.isValid())
            report.destination = planned.destination();
    }
    // A report is recorded before it is checked, so that the answer never waits for the database. An owner
    // registration is not checked: it is held or forwarded at once.
    const Job job {0, request.body, authorization, base, m_options.mode};
    if (!owner)
        report.state = ReceivedReport::State::Analysing;
    else if (job.mode == Mode::Hold)
        report.state = ReceivedReport::State::Held;
    else if (base.isEmpty())
        report.state = ReceivedReport::State::NotForwarded;
    else
        report.state = ReceivedReport::State::Forwarding;
    if (report.state == ReceivedReport::State::NotForwarded)
        report.note = tr("nowhere to forward it: COMPLIANCE_URL is not set and no --forward-to was given");
    QString error;
    if (m_history->recordReceived(report, &error) == 0)
        return {500, tr("The review gate cannot record the report: %1").arg(error).toUtf8()};

    if (report.state == ReceivedReport::State::Analysing) {
        // Mode and destination as they are now: setOptions() is for what comes next.
        m_analysisQueue.push_back(job);
        m_analysisQueue.back().id = report.id;
        startNextAnalysis();
    } else if (report.state == ReceivedReport::State::Held) {
        if (!authorization.isEmpty())
            m_authorizations.insert(report.id, authorization);
        m_ownerBodies.insert(report.id, request.body);
    } else if (report.state == ReceivedReport::State::Forwarding) {
        startForward(report, request.body, authorization, base, &error);
    }
    if (m_options.mode == Mode::Hold)
        return {202, tr("Held for review as #%1.").arg(report.id).toUtf8()};
    return {202, tr("Received as #%1; forwarding.").arg(report.id).toUtf8()};
}

bool ReportGate::isAnalysing() const
{
    return m_analysing.has_value() || !m_analysisQueue.empty();
}

void ReportGate::startNextAnalysis()
{
    if (m_analysing || m_analysisQueue.empty())
        return;
    m_analysing = m_analysisQueue.front();
    m_analysisQueue.pop_front();
    // The worker gets values only: it never touches this object, which may be destroyed meanwhile.
    const ProjectConfig config = m_config;
    const QByteArray bytes = m_analysing->body;
    const qint64 id = m_analysing->id;
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancelled;
    const AnalysisHook hook = m_analysisHook;
    // QPromise on the gate's own pool rather than QtConcurrent: core links QtCore, Sql and Network only.
    const auto promise = std::make_shared<QPromise<Analysis>>();
    m_watcher->setFuture(promise->future());
    m_pool.start([promise, config, bytes, id, cancelled, hook] {
        promise->start();
        if (hook)
            hook(id, *cancelled);
        promise->addResult(analyse(config, bytes, cancelled.get()));
        promise->finish();
    });
}

void ReportGate::onAnalysed()
{
    const Job job = *m_analysing;
    m_analysing.reset();
    const Analysis analysis = m_watcher->result();
    if (std::optional<ReceivedReport> found = m_history->receivedReport(job.id)) {
        ReceivedReport report = *found;
        report.redactionFailed = analysis.redactionFailed;
        report.redaction = analysis.redaction;
        report.diffFlagged = analysis.diffFlagged;
        report.diff = analysis.diff;
        if (!analysis.computed.isEmpty())
            report.computedEntryId
                = m_history->recordComputed(report.project, analysis.computed, QStringLiteral("gate"));
        finish(report, job);
    }
    // The watcher is still inside its finished() emission; give it the next future from the event loop.
    QMetaObject::invokeMethod(this, &ReportGate::startNextAnalysis, Qt::QueuedConnection);
}

void ReportGate::finish(ReceivedReport report, const Job &job)
{
    if (job.mode == Mode::Hold) {
        report.state = ReceivedReport::State::Held;
        m_history->updateReceived(report);
        if (!job.authorization.isEmpty())
            m_authorizations.insert(report.id, job.authorization);
        return;
    }
    if (job.baseUrl.isEmpty()) {
        report.state = ReceivedReport::State::NotForwarded;
        report.note = tr("nowhere to forward it: COMPLIANCE_URL is not set and no --forward-to was given");
        m_history->updateReceived(report);
        return;
    }
    QString error;
    startForward(report, job.body, job.authorization, job.baseUrl, &error);
}

ReportGate::Analysis ReportGate::analyse(const ProjectConfig &config, const QByteArray &bytes,
                                         const std::atomic_bool *cancelled)
{
    Analysis report;
    ReportEngine engine(config);
    // The gate runs the check on the received bytes below, not on the computed ones.
    engine.setRunRedactionCheck(false);
    const ReportEngine::FactsOutcome facts = engine.gatherFacts(cancelled);
    if (facts.ok) {
        const RedactionVerdicts verdicts = RedactionChecker::check(bytes, facts.facts);
        report.redactionFailed = !RedactionChecker::allPassed(verdicts);
        QStringList lines;
        for (const RedactionVerdict &verdict : verdicts)
            lines.append(QStringLiteral("%1 %2: %3")
                             .arg(RedactionVerdict::statusName(verdict.status).toUpper(), verdict.id,
                                  verdict.summary));
        report.redaction = lines.join(QLatin1Char('\n'));
    } else {
        report.redactionFailed = true;
        report.redaction = tr("could not check: %1").arg(facts.error);
    }

    const ReportEngine::Outcome computed = engine.run({}, cancelled);
    if (!computed.ok) {
        report.diffFlagged = true;
        report.diff
            = QStringList {tr("! could not compute the report to compare with: %1").arg(computed.error)};
        return report;
    }
    const QByteArray expected = computed.report.wireBytes();
    report.computed = expected;
    const ReportDiff diff = ReportDiff::between(expected, bytes);
    if (!diff.ok()) {
        report.diffFlagged = true;
        report.diff = QStringList {QStringLiteral("! ") + diff.error()};
        return report;
    }
    const QStringList lines = diff.lines();
    for (qsizetype i = 0; i < diff.changes().size(); ++i) {
        const bool expectedChange = isServerOnlyKey(diff.changes().at(i).key);
        report.diffFlagged = report.diffFlagged || !expectedChange;
        // "! " marks what the server sent differently from what its database says it should.
        report.diff.append((expectedChange ? QStringLiteral("  ") : QStringLiteral("! ")) + lines.value(i));
    }
    return report;
}

bool ReportGate::approve(qint64 id, QString *errorMessage)
{
    const std::optional<ReceivedReport> found = m_history->receivedReport(id);
    if (!found) {
        *errorMessage = tr("There is no received report #%1.").arg(id);
        return false;
    }
    ReceivedReport report = *found;
    if (report.state == ReceivedReport::State::Analysing) {
        *errorMessage = stillBeingChecked(id);
        return false;
    }
    if (report.state != ReceivedReport::State::Held) {
        *errorMessage
            = tr("Received report #%1 is %2, not held.").arg(id).arg(ReceivedReport::stateName(report.state));
        return false;
    }
    const bool owner = report.channel == ReceivedReport::Channel::Owner;
    QByteArray body = report.bytes;
    if (owner) {
        if (!m_ownerBodies.contains(id)) {
            *errorMessage
                = tr("Owner registration #%1 was stored with its email masked; only the gate process "
                     "that received it holds the original. Approve it there, or discard it (Directus "
                     "sends it again daily while the project is pending).")
                      .arg(id);
            return false;
        }
        body = m_ownerBodies.value(id);
    }
    QString authorization = m_authorizations.value(id);
    if (authorization.isEmpty()) {
        // Not received by this process: the value was never stored, so take the project's own.
        const JsValue configured = m_config.value(QStringLiteral("TELEMETRY_AUTHORIZATION"));
        if (configured.isTruthy())
            authorization = configured.jsString();
        if (report.hadAuthorization && authorization.isEmpty()) {
            *errorMessage = tr("Report #%1 came with an Authorization header, which is never stored, and the "
                               "project sets no TELEMETRY_AUTHORIZATION; give it with --env "
                               "TELEMETRY_AUTHORIZATION=… or approve it in the running gate.")
                                .arg(id);
            return false;
        }
    }
    // An explicit --forward-to wins; otherwise where the gate that held it would have sent it; otherwise the
    // project's configuration.
    QString base = m_options.forwardTo.isEmpty() ? report.destination : m_options.forwardTo;
    if (base.isEmpty())
        base = owner ? ownerBaseUrl() : metricsBaseUrl();
    if (base.isEmpty()) {
        *errorMessage
            = tr("Nowhere to forward #%1: COMPLIANCE_URL is not set and no --forward-to was given.").arg(id);
        return false;
    }
    // The conditional transition is what keeps a second process from forwarding it too.
    if (!m_history->transitionReceived(id, ReceivedReport::State::Held, ReceivedReport::State::Forwarding,
                                       tr("approved"))) {
        *errorMessage
            = tr("Received report #%1 changed meanwhile (approved or discarded elsewhere).").arg(id);
        return false;
    }
    report.state = ReceivedReport::State::Forwarding;
    report.note = tr("approved");
    return startForward(report, body, authorization, base, errorMessage);
}

bool ReportGate::discard(qint64 id, QString *errorMessage)
{
    const std::optional<ReceivedReport> found = m_history->receivedReport(id);
    if (!found) {
        *errorMessage = tr("There is no received report #%1.").arg(id);
        return false;
    }
    if (found->state == ReceivedReport::State::Analysing) {
        *errorMessage = stillBeingChecked(id);
        return false;
    }
    if (!m_history->transitionReceived(id, ReceivedReport::State::Held, ReceivedReport::State::Discarded,
                                       tr("discarded"))) {
        *errorMessage
            = tr("Received report #%1 is %2, not held.").arg(id).arg(ReceivedReport::stateName(found->state));
        return false;
    }
    m_authorizations.remove(id);
    m_ownerBodies.remove(id);
    return true;
}

QList<ReceivedReport> ReportGate::reports() const
{
    return m_history->receivedReports();
}

void ReportGate::reload()
{
    for (const ReceivedReport &report : m_history->receivedReports()) {
        const QString seen
            = ReceivedReport::stateName(report.state) + QLatin1Char('/') + report.forwardOutcome;
        const auto known = m_seen.constFind(report.id);
        if (report.state != ReceivedReport::State::Held) {
            m_authorizations.remove(report.id);
            m_ownerBodies.remove(report.id);
        }
        if (known == m_seen.constEnd()) {
            m_seen.insert(report.id, seen);
            Q_EMIT entryAdded(report);
        } else if (*known != seen) {
            m_seen.insert(report.id, seen);
            Q_EMIT entryChanged(report);
        }
    }
}

bool ReportGate::isForwarding() const
{
    return m_busy || !m_pending.empty();
}

bool ReportGate::startForward(ReceivedReport report, const QByteArray &body, const QString &authorization,
                              const QString &baseUrl, QString *errorMessage)
{
    const bool owner = report.channel == ReceivedReport::Channel::Owner;
    const TelemetryRequest request
        = TelemetryRequest::build(baseUrl, authorization, body, owner ? OwnerPath : MetricsPath);
    m_authorizations.remove(report.id);
    m_ownerBodies.remove(report.id);
    if (!request.isValid()) {
        report.state = ReceivedReport::State::ForwardFailed;
        report.forwardOutcome = SendResult::kindName(SendResult::Kind::InvalidRequest);
        report.forwardError = request.redact(request.invalidReason());
        m_history->updateReceived(report);
        *errorMessage = report.forwardError;
        Q_EMIT forwardFinished(report);
        return false;
    }
    report.destination = request.destination();
    report.state = ReceivedReport::State::Forwarding;
    m_history->updateReceived(report);
    m_pending.push_back({report.id, request});
    sendNext();
    return true;
}

void ReportGate::sendNext()
{
    if (m_busy || m_pending.empty())
        return;
    m_current = m_pending.front();
    m_pending.pop_front();
    m_busy = true;
    m_sender->send(m_current.request);
}

void ReportGate::onSent(const SendResult &result)
{
    m_busy = false;
    const Pending done = m_current;
    m_current = Pending();
    if (std::optional<ReceivedReport> found = m_history->receivedReport(done.id)) {
        ReceivedReport report = *found;
        report.state = result.ok() ? ReceivedReport::State::Forwarded : ReceivedReport::State::ForwardFailed;
        report.forwardOutcome = SendResult::kindName(result.kind);
        report.forwardStatus = result.httpStatus;
        report.forwardError = done.request.redact(result.ok() ? QString() : result.summary());
        m_history->updateReceived(report);
        // Also an ordinary send entry, so `history` and lastDelivered() see what reached the real intake.
        if (report.channel == ReceivedReport::Channel::Metrics)
            m_history->recordSend(report.project, done.request, result, QStringLiteral("gate"));
        qCInfo(lcGate) << "forwarded" << report.id << report.forwardOutcome;
        Q_EMIT forwardFinished(report);
    }
    // The sender is still inside its own finished() emission; start the next one from the event loop.
    QMetaObject::invokeMethod(this, &ReportGate::sendNext, Qt::QueuedConnection);
}
