// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gating/TelemetryGate.h"
#include "schedule/ReportScheduler.h"
#include "send/SendResult.h"
#include "send/TelemetryRequest.h"

#include <QObject>

#include <functional>
#include <memory>

class ReportHistory;
class ReportSender;

// Acts as the reporter: when the ReportScheduler says a report is due, it prepares a fresh report (through
// the injected Prepare function, which computes the report and evaluates the gate again), sends it with the
// ReportSender and records the attempt in the ReportHistory. Results arrive through sent() and skipped().
// Unlike Directus, which checks the gate only at start (spec §10), the gate is re-checked before every send:
// if the configuration or the licence changed to "off" meanwhile, nothing is sent. A report that cannot be
// built is skipped, as Directus sends nothing then. A tick that comes while a send is still running is
// skipped too (Directus has no retry either).
class TelemetryReporter : public QObject
{
    Q_OBJECT

public:
    struct Preparation
    {
        TelemetryGate::State gate;
        bool ok = false; // a report was built
        QString error; // why not, when !ok
        QString project;
        TelemetryRequest request;
    };
    using Prepare = std::function<Preparation()>;

    // history may be null (nothing is recorded). None of the objects is owned.
    TelemetryReporter(ReportScheduler *scheduler, ReportSender *sender, ReportHistory *history,
                      Prepare prepare, QObject *parent = nullptr);

    static QString triggerName(ReportScheduler::Trigger trigger); // "startup", "schedule"
    int attempts() const { return m_attempts; }

Q_SIGNALS:
    void sending(const TelemetryRequest &request, ReportScheduler::Trigger trigger);
    void sent(const SendResult &result, ReportScheduler::Trigger trigger);
    void skipped(const QString &reason, ReportScheduler::Trigger trigger);

private:
    void onSendDue(ReportScheduler::Trigger trigger);

    ReportScheduler *m_scheduler;
    ReportSender *m_sender;
    ReportHistory *m_history;
    Prepare m_prepare;
    int m_attempts = 0;
};
