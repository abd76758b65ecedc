// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportRunner.h"

#include <QMutex>
#include <QMutexLocker>
#include <QtConcurrent>

struct ReportRunner::Progress
{
    QMutex mutex;
    int done = 0;
    int total = 0;
    QString step;
    quint64 serial = 0; // bumped on every update, so the sampler knows whether anything changed
    std::optional<Report> partial; // taken by the sampler
};

ReportRunner::ReportRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ReportEngine::Outcome>();
    m_pool.setMaxThreadCount(2); // the current run, plus an abandoned one still reaching its next statement
    connect(&m_progressTimer, &QTimer::timeout, this, &ReportRunner::publishProgress);
}

ReportRunner::~ReportRunner()
{
    // The flag makes the worker stop at its next statement; m_pool's destructor then waits for it.
    cancel();
}

void ReportRunner::start(const ProjectConfig &config)
{
    cancel();
    if (m_watcher)
        m_watcher->deleteLater(); // its result belongs to an abandoned run
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_progress = std::make_shared<Progress>();
    m_publishedSerial = 0;

    auto *watcher = new QFutureWatcher<ReportEngine::Outcome>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (watcher != m_watcher)
            return;
        publishProgress();
        m_progressTimer.stop();
        m_watcher = nullptr;
        watcher->deleteLater();
        const ReportEngine::Outcome outcome = watcher->result();
        Q_EMIT finished(outcome);
    });

    const std::shared_ptr<std::atomic_bool> cancelFlag = m_cancelFlag;
    const std::shared_ptr<Progress> progress = m_progress;
    const WorkerHook hook = m_workerHook;
    watcher->setFuture(QtConcurrent::run(&m_pool, [config, cancelFlag, progress, hook] {
        ReportEngine engine(config);
        engine.setPartialReportCallback([progress](const Report &partial) {
            QMutexLocker locker(&progress->mutex);
            progress->partial = partial;
            ++progress->serial;
        });
        return engine.run(
            [progress, hook](int done, int total, const QString &step) {
                {
                    QMutexLocker locker(&progress->mutex);
                    progress->done = done;
                    progress->total = total;
                    progress->step = step;
                    ++progress->serial;
                }
                if (hook)
                    hook(done, total, step);
            },
            cancelFlag.get());
    }));
    m_progressTimer.start(FirstValuesIntervalMs);
}

void ReportRunner::cancel()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void ReportRunner::discard()
{
    cancel();
    m_progressTimer.stop();
    if (m_watcher)
        m_watcher->deleteLater(); // deleting the watcher drops its finished signal
    m_watcher = nullptr;
}

void ReportRunner::publishProgress()
{
    if (!m_progress)
        return;
    int done = 0;
    int total = 0;
    QString step;
    std::optional<Report> partial;
    {
        QMutexLocker locker(&m_progress->mutex);
        if (m_progress->serial == m_publishedSerial)
            return;
        m_publishedSerial = m_progress->serial;
        done = m_progress->done;
        total = m_progress->total;
        step = m_progress->step;
        partial.swap(m_progress->partial);
    }
    if (partial) {
        m_progressTimer.setInterval(ProgressIntervalMs);
        Q_EMIT partialReport(*partial);
    }
    Q_EMIT progressChanged(done, total, step);
}
