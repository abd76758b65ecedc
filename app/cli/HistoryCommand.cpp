// SPDX-License-Identifier: GPL-3.0-or-later
#include "HistoryCommand.h"

#include "cli/CommandSupport.h"
#include "cli/ExitCode.h"
#include "cli/OutputWriter.h"
#include "history/ReportDiff.h"
#include "history/ReportHistory.h"

#include <QCommandLineParser>

namespace {

std::optional<HistoryEntry> findEntry(const ReportHistory &history, const QString &id)
{
    bool ok = false;
    const qint64 number = id.toLongLong(&ok);
    const auto entry = ok ? history.entry(number) : std::nullopt;
    if (!entry)
        OutputWriter::printError(HistoryCommand::tr("There is no history entry \"%1\" in %2; "
                                                    "`telemetry-inspector history` lists them.")
                                     .arg(id, history.databasePath()));
    return entry;
}

} // namespace

int HistoryCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the reports the inspector computed, sent and exported."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("B"), tr("With --diff: the newer entry."),
                                 QStringLiteral("[B]"));
    parser.addOption(
        {QStringLiteral("diff"), tr("Show the field changes from entry A to entry B."), QStringLiteral("A")});
    parser.addOption(
        {QStringLiteral("show"), tr("Print the exact bytes of one entry."), QStringLiteral("ID")});
    CommandSupport::addHistoryOption(parser);
    if (const auto exit = CommandSupport::parse(parser, arguments, QStringLiteral("history")))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const bool diff = parser.isSet(QStringLiteral("diff"));
    if ((diff && positional.size() != 1) || (!diff && !positional.isEmpty())) {
        OutputWriter::printError(tr("Usage: telemetry-inspector history [--diff A B | --show ID]"));
        return ExitUsage;
    }

    ReportHistory history(CommandSupport::historyDirectory(parser));
    if (!CommandSupport::openHistory(history))
        return ExitHistory;

    if (diff) {
        const auto older = findEntry(history, parser.value(QStringLiteral("diff")));
        const auto newer = older ? findEntry(history, positional.first()) : std::nullopt;
        if (!older || !newer)
            return ExitHistory;
        const ReportDiff changes = ReportDiff::between(older->bytes, newer->bytes);
        if (!changes.ok()) {
            OutputWriter::printError(changes.error());
            return ExitHistory;
        }
        QString text = tr("#%1 (%2) → #%3 (%4):\n")
                           .arg(older->id)
                           .arg(CommandSupport::localTime(older->time))
                           .arg(newer->id)
                           .arg(CommandSupport::localTime(newer->time));
        text += changes.isEmpty()
            ? tr("  no changes\n")
            : QStringLiteral("  ") + changes.lines().join(QStringLiteral("\n  ")) + QLatin1Char('\n');
        OutputWriter::printOut(text.toUtf8());
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("show"))) {
        const auto entry = findEntry(history, parser.value(QStringLiteral("show")));
        if (!entry)
            return ExitHistory;
        OutputWriter::printOut(entry->bytes); // exactly as computed or sent: no trailing newline
        return ExitOk;
    }

    const QList<HistoryEntry> entries = history.entries();
    if (entries.isEmpty()) {
        OutputWriter::printOut(tr("The history in %1 is empty.\n").arg(history.databasePath()).toUtf8());
        return ExitOk;
    }
    QString text = QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9\n")
                       .arg(tr("ID"), 4)
                       .arg(tr("TIME"), -23)
                       .arg(tr("KIND"), -8)
                       .arg(tr("TRIGGER"), -8)
                       .arg(tr("OUTCOME"), -19)
                       .arg(tr("HTTP"), 4)
                       .arg(tr("BYTES"), 6)
                       .arg(tr("SHA-256"), -12)
                       .arg(tr("DESTINATION / ERROR"));
    for (const HistoryEntry &entry : entries) {
        QString where = entry.destination;
        if (!entry.error.isEmpty())
            where
                += (where.isEmpty() ? QString() : QStringLiteral(" — ")) + entry.error.left(120).simplified();
        text += QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9\n")
                    .arg(entry.id, 4)
                    .arg(CommandSupport::localTime(entry.time), -23)
                    .arg(HistoryEntry::kindName(entry.kind), -8)
                    .arg(entry.trigger.isEmpty() ? QStringLiteral("-") : entry.trigger, -8)
                    .arg(entry.outcome.isEmpty() ? QStringLiteral("-") : entry.outcome, -19)
                    .arg(entry.httpStatus ? QString::number(entry.httpStatus) : QStringLiteral("-"), 4)
                    .arg(entry.bytes.size(), 6)
                    .arg(QString::fromLatin1(entry.sha256.left(12)), -12)
                    .arg(where);
    }
    OutputWriter::printOut(text.toUtf8());
    return ExitOk;
}
