// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/ProjectConfig.h"
#include "engine/ReportEngine.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

// Computes a report off the GUI thread: start() hands the project's configuration (by value) to
// QtConcurrent::run, where ReportEngine opens its own read-only connection; the Outcome arrives through a
// QFutureWatcher owned by this object as finished(). While it runs, progressChanged(done, total, step) says
// which collector runs and how many collections are counted; it is sampled from the worker every
// ProgressInterval so a 10 000-table database cannot flood the event loop. cancel() sets the engine's flag:
// the worker stops before its next statement and finished() carries a cancelled Outcome. Starting again
// abandons the previous run (its result is dropped). Destroying the runner cancels and waits for the worker
// (it stops before its next statement). partialReport() shows the values known so far (the items estimate
// first, when the database keeps statistics) long before the exact counts are in. Not supported: several
// runs at once.
class ReportRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr int ProgressIntervalMs = 50;
    // Until the first values are shown, the worker is looked at this often, so they appear as soon as the
    // engine has them (about 10 ms after opening a project) rather than at the first regular tick.
    static constexpr int FirstValuesIntervalMs = 5;

    explicit ReportRunner(QObject *parent = nullptr);
    ~ReportRunner() override;

    // Test seam: called on the worker thread after each progress update, e.g. to hold the worker at a step
    // until the test has pressed Cancel. Applies to runs started afterwards.
    using WorkerHook = std::function<void(int done, int total, const QString &step)>;
    void setWorkerHook(const WorkerHook &hook) { m_workerHook = hook; }

    void start(const ProjectConfig &config);
    void cancel();
    // Cancels and drops the running computation without emitting finished() (another project was chosen).
    void discard();
    bool isRunning() const { return m_watcher != nullptr; }

Q_SIGNALS:
    void progressChanged(int done, int total, const QString &step);
    // More of the report is known (ReportEngine::setPartialReportCallback): shown while counting goes on,
    // never sent. Sampled like the progress, so the latest state arrives and intermediate ones may not.
    void partialReport(const Report &report);
    void finished(const ReportEngine::Outcome &outcome);

private:
    struct Progress; // shared with the worker, guarded by its mutex

    void publishProgress();

    QPointer<QFutureWatcher<ReportEngine::Outcome>> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    std::shared_ptr<Progress> m_progress;
    quint64 m_publishedSerial = 0;
    WorkerHook m_workerHook;
    QTimer m_progressTimer;
    // Our own pool rather than the global one: destroying the runner waits for its (cancelled) worker, so no
    // computation outlives the window and worker threads end while the libraries they used (OpenSSL's
    // per-thread state, the SQL driver) can still clean up after them.
    QThreadPool m_pool;
};

Q_DECLARE_METATYPE(ReportEngine::Outcome)
