// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportEngine.h"

#include "collectors/BasicCounts.h"
#include "collectors/CollectionsAndItems.h"
#include "collectors/EnvironmentFields.h"
#include "collectors/ExtensionCount.h"
#include "collectors/FieldCounts.h"
#include "collectors/RequestCounters.h"
#include "collectors/SettingsFields.h"
#include "collectors/SizeFields.h"
#include "collectors/UserCounts.h"
#include "db/DatabaseError.h"
#include "db/DatabaseSettings.h"
#include "db/ReadOnlyConnection.h"
#include "db/SqlSession.h"
#include "engine/ItemCounter.h"
#include "i18n/SourceLanguageScope.h"
#include "redaction/RedactionChecker.h"

#include <memory>
#include <vector>

namespace {
// Tables every Directus 11+ database has; a file with none of the first two is not a Directus database.
const QStringList CoreTables = {QStringLiteral("directus_migrations"), QStringLiteral("directus_users"),
                                QStringLiteral("directus_roles"),      QStringLiteral("directus_collections"),
                                QStringLiteral("directus_fields"),     QStringLiteral("directus_relations"),
                                QStringLiteral("directus_settings")};
} // namespace

ReportEngine::ReportEngine(const ProjectConfig &config)
    : m_config(config)
{
}

void ReportEngine::setTimeouts(int connectSeconds, int querySeconds)
{
    m_connectTimeoutSeconds = connectSeconds;
    m_queryTimeoutSeconds = querySeconds;
}

std::optional<DatabaseSettings> ReportEngine::databaseSettings(QString *errorMessage) const
{
    auto settings = DatabaseSettings::fromConfig(m_config, errorMessage);
    if (settings) {
        settings->connectTimeoutSeconds = m_connectTimeoutSeconds;
        settings->queryTimeoutSeconds = m_queryTimeoutSeconds;
    }
    return settings;
}

ReportEngine::Outcome ReportEngine::run(const ProgressCallback &progress,
                                        const std::atomic_bool *cancelFlag) const
{
    Outcome outcome;
    QString error;
    const auto settings = databaseSettings(&error);
    if (!settings) {
        outcome.error = error;
        outcome.failure = Failure::Configuration;
        return outcome;
    }
    ReadOnlyConnection connection(*settings);
    if (!connection.open(&error)) {
        outcome.error = error;
        outcome.failure = Failure::Database;
        return outcome;
    }
    SqlSession session(connection.database(), connection.dialect(), cancelFlag, connection.watchdog());
    CollectorContext context {m_config, session};

    std::vector<std::unique_ptr<Collector>> collectors;
    collectors.push_back(std::make_unique<EnvironmentFields>(settings->clientName));
    collectors.push_back(std::make_unique<BasicCounts>());
    collectors.push_back(std::make_unique<UserCounts>());
    // collections and items are not in the list: their counts run on several connections (see below).
    collectors.push_back(std::make_unique<FieldCounts>());
    collectors.push_back(std::make_unique<ExtensionCount>());
    collectors.push_back(std::make_unique<SizeFields>());
    collectors.push_back(std::make_unique<SettingsFields>());
    collectors.push_back(std::make_unique<RequestCounters>());

    const int total = static_cast<int>(collectors.size()) + 1;
    Report report;
    for (const QString &warning : m_config.warnings())
        report.addWarning(warning);
    QString step = tr("Checking the database");
    // Texts that end up in the outcome (notes, verdicts) go through this, in English when asked; progress and
    // error texts do not.
    const auto documentText = [this](const std::function<void()> &work) {
        const SourceLanguageScope scope(m_documentTextsInSourceLanguage);
        work();
    };
    try {
        QStringList missing;
        for (const QString &table : CoreTables) {
            if (!session.hasTable(table))
                missing.append(table);
        }
        if (missing.contains(CoreTables.at(0)) && missing.contains(CoreTables.at(1))) {
            outcome.error
                = tr("%1 is not a Directus database: it has no %2 table(s). Check DB_FILENAME / DB_DATABASE "
                     "in the project's configuration.")
                      .arg(settings->describe(), missing.join(QStringLiteral(", ")));
            outcome.failure = Failure::Database;
            return outcome;
        }
        // Directus loads these for its schema snapshot before any report query (spec §7).
        for (const QString &table :
             {QStringLiteral("directus_collections"), QStringLiteral("directus_fields"),
              QStringLiteral("directus_relations")}) {
            if (missing.contains(table))
                documentText([&] { report.setDirectusWouldFail(tr("table %1 is missing").arg(table)); });
        }
        // The item counts are started first, on their own connections, so the other collectors run
        // alongside them on this one; this thread then helps with what is left.
        int done = 0;
        const CollectionsAndItems itemsCollector;
        step = tr("Listing the collections");
        if (progress)
            progress(done, total, step);
        const CollectionsAndItems::Plan itemsPlan = CollectionsAndItems::plan(context);
        ItemCounter itemCounter(*settings, ItemCounter::suggestedWorkers(int(itemsPlan.statements.size())),
                                cancelFlag);
        // Slow system statements go ahead of the counts, so a spare connection runs them while this thread
        // computes the other fields.
        QStringList queued;
        for (const auto &collector : collectors)
            queued += collector->statementsToQueue(context);
        itemCounter.start(itemsPlan.statements, queued);
        context.queue = &itemCounter;
        std::optional<ReportField> estimatedItems;
        if (m_itemsEstimateCallback || m_partialReportCallback) {
            if (const std::optional<ItemsEstimate> estimate = estimateItems(session, itemsPlan.names)) {
                if (m_itemsEstimateCallback)
                    m_itemsEstimateCallback(*estimate);
                estimatedItems = ReportField();
                estimatedItems->key = QStringLiteral("items");
                estimatedItems->value = JsValue(estimate->items);
                estimatedItems->exactness = ReportField::Exactness::Estimate;
                estimatedItems->provenance = session.dialect().estimatedRowCountsDescription();
                estimatedItems->note = tr("From the statistics of %1 of %2 collections; the exact count "
                                          "replaces it when counting is done.")
                                           .arg(estimate->coveredTables)
                                           .arg(estimate->collections);
            }
        }
        // What is known so far, for a window that shows values as they arrive.
        const auto publishPartial = [&] {
            if (!m_partialReportCallback)
                return;
            Report partial = report;
            CollectionsAndItems::setCollections(itemsPlan, partial);
            if (estimatedItems)
                partial.setField(*estimatedItems);
            m_partialReportCallback(partial);
        };
        publishPartial();
        for (const auto &collector : collectors) {
            step = collector->title();
            // The counts run meanwhile on other connections; say how far they got.
            if (progress && !itemsPlan.statements.isEmpty())
                progress(done, total,
                         tr("%1 (%2 of %3 collections counted)")
                             .arg(step)
                             .arg(itemCounter.counted())
                             .arg(itemsPlan.statements.size()));
            else if (progress)
                progress(done, total, step);
            session.checkCancelled();
            documentText([&] { collector->collect(context, report); });
            ++done;
            publishPartial();
        }
        step = itemsCollector.title();
        if (progress)
            progress(done, total, step);
        // How far the counts got, for the window's progress line (the CLI passes no callback).
        const ItemCounter::CountedCallback countedProgress = [&](int counted, int all) {
            progress(done, total, tr("%1: %2 of %3 collections counted").arg(step).arg(counted).arg(all));
        };
        const QList<ItemCounter::Result> counts
            = itemCounter.finish(session, progress ? countedProgress : ItemCounter::CountedCallback());
        documentText([&] { CollectionsAndItems::apply(context, itemsPlan, counts, report); });
        // Every value is exact now; on a large instance the leak check below takes as long again, so the
        // window shows the values meanwhile.
        estimatedItems.reset();
        if (m_runRedactionCheck)
            publishPartial();
        if (m_runRedactionCheck) {
            step = tr("Checking the report for leaks");
            if (progress)
                progress(total, total, step);
            documentText([&] {
                outcome.verdicts
                    = RedactionChecker::check(report.wireBytes(), InstanceFacts::gather(session, m_config));
            });
        }
    } catch (const DatabaseError &databaseError) {
        if (databaseError.kind == DatabaseError::Kind::Cancelled) {
            outcome.cancelled = true;
            outcome.failure = Failure::Cancelled;
            outcome.error = tr("Cancelled.");
            return outcome;
        }
        if (databaseError.kind == DatabaseError::Kind::ConnectionFailed)
            // The step is quoted as it was shown, not folded into the sentence: that would not translate.
            outcome.error
                = tr("The connection to %1 was lost at the step \"%2\": %3. No report was made (a "
                     "partial report is never shown). Check that the server is running and try again.")
                      .arg(settings->describe(), step, databaseError.message);
        else
            outcome.error = tr("Reading %1 failed at the step \"%2\": %3. No report was made.")
                                .arg(settings->describe(), step, databaseError.message);
        if (databaseError.message.contains(QLatin1String("permission denied"), Qt::CaseInsensitive)
            || databaseError.message.contains(QLatin1String("command denied"), Qt::CaseInsensitive))
            outcome.error += QLatin1Char(' ')
                + tr("The database user (DB_USER) needs SELECT on every table Directus reads for the "
                     "report.");
        outcome.failure = Failure::Database;
        return outcome;
    }
    outcome.ok = true;
    outcome.report = report;
    return outcome;
}

std::optional<ReportEngine::ItemsEstimate> ReportEngine::estimateItems(SqlSession &session,
                                                                       const QStringList &collections) const
{
    QHash<QString, qint64> statistics;
    try {
        statistics = session.dialect().estimatedRowCounts(session, collections);
    } catch (const DatabaseError &error) {
        if (error.kind == DatabaseError::Kind::Cancelled)
            throw;
        return std::nullopt; // statistics are a nicety: the exact counts follow anyway
    }
    ItemsEstimate estimate;
    estimate.collections = collections.size();
    for (const QString &name : collections) {
        const auto found = statistics.constFind(name);
        if (found != statistics.constEnd()) {
            estimate.items += *found;
            ++estimate.coveredTables;
        }
    }
    if (estimate.coveredTables == 0)
        return std::nullopt;
    return estimate;
}

bool ReportEngine::withSession(const std::function<void(SqlSession &)> &work,
                               const std::atomic_bool *cancelFlag, Failure *failure, QString *error) const
{
    const auto settings = databaseSettings(error);
    if (!settings) {
        *failure = Failure::Configuration;
        return false;
    }
    ReadOnlyConnection connection(*settings);
    if (!connection.open(error)) {
        *failure = Failure::Database;
        return false;
    }
    SqlSession session(connection.database(), connection.dialect(), cancelFlag, connection.watchdog());
    try {
        work(session);
    } catch (const DatabaseError &databaseError) {
        *failure
            = databaseError.kind == DatabaseError::Kind::Cancelled ? Failure::Cancelled : Failure::Database;
        *error = tr("Reading %1 failed: %2").arg(settings->describe(), databaseError.message);
        return false;
    }
    return true;
}

ReportEngine::FactsOutcome ReportEngine::gatherFacts(const std::atomic_bool *cancelFlag) const
{
    FactsOutcome outcome;
    outcome.ok
        = withSession([&](SqlSession &session) { outcome.facts = InstanceFacts::gather(session, m_config); },
                      cancelFlag, &outcome.failure, &outcome.error);
    return outcome;
}

ReportEngine::GateOutcome ReportEngine::evaluateGate(const LicenseVerifier &verifier,
                                                     const QDateTime &now) const
{
    GateOutcome outcome;
    QString storedToken;
    const auto readToken = [&](SqlSession &session) {
        const QString table = QStringLiteral("directus_settings");
        if (!session.hasColumn(table, QStringLiteral("license_token")))
            return;
        const QString sql = QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                .arg(session.dialect().quoteIdentifier(QStringLiteral("license_token")),
                                     session.dialect().quoteTableReference(table),
                                     session.dialect().quoteIdentifier(QStringLiteral("id")));
        const QList<QVariantList> rows = session.rows(sql);
        if (!rows.isEmpty() && !rows.first().isEmpty())
            storedToken = rows.first().first().toString();
    };
    // Without LICENSE_TOKEN the settings row decides, so the database is read; with it, no connection is
    // needed.
    if (!m_config.value(QStringLiteral("LICENSE_TOKEN")).isTruthy()
        && !withSession(readToken, nullptr, &outcome.failure, &outcome.error))
        return outcome;
    const SourceLanguageScope scope(m_documentTextsInSourceLanguage); // the explanation goes into exports
    outcome.state = TelemetryGate::evaluate(m_config, storedToken, verifier, now);
    outcome.ok = true;
    return outcome;
}
