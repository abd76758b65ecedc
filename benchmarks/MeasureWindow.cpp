// SPDX-License-Identifier: GPL-3.0-or-later
// dti-measure-window PROJECT: opens PROJECT in the real window (offscreen unless a display is given) and
// prints how long the reviewer waits for the first values, for the items estimate and for the exact report,
// and how late a 10 ms timer on the GUI thread ever fired meanwhile (the longest the window was
// unresponsive). A measurement, not a test: it prints figures and asserts nothing.
#include "ReportRunner.h"
#include "models/ReportModel.h"
#include "secrets/SecretStore.h"
#include "settings/AppSettings.h"
#include "widgets/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {
constexpr int TickMs = 10;

// The window asks a keychain only for saved connections, which a project folder does not use.
class NoKeychain : public SecretStore
{
public:
    void read(const QString &, QObject *, Callback callback) override
    {
        callback({Status::NoBackend, {}, {}});
    }
    void write(const QString &, const QString &, QObject *, Callback callback) override
    {
        callback({Status::NoBackend, {}, {}});
    }
    void remove(const QString &, QObject *, Callback callback) override
    {
        callback({Status::NoBackend, {}, {}});
    }
};

// A value other than "computing…" is on screen.
bool showsAValue(const ReportModel &model)
{
    if (model.hasReport())
        return true;
    if (!model.isPartial())
        return false;
    const QVariant value = model.indexForKey(QStringLiteral("collections"), ReportModel::ValueColumn)
                               .data(ReportModel::JsonValueRole);
    return !value.toString().isEmpty();
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: dti-measure-window PROJECT_FOLDER\n");
        return 2;
    }
    QTemporaryDir settingsDir; // the user's own settings are neither read nor written
    QSettings qsettings(settingsDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    AppSettings settings(&qsettings);
    NoKeychain secrets;
    MainWindow window(&settings, &secrets, QString());
    window.show();
    {
        // First paint and font caches are not what is measured.
        QEventLoop settle;
        QTimer::singleShot(300, &settle, &QEventLoop::quit);
        settle.exec();
    }

    QElapsedTimer clock;
    qint64 firstValues = -1;
    qint64 estimate = -1;
    qint64 exactValues = -1; // every value exact on screen (the leak check may still run)
    qint64 exact = -1;
    qint64 worstLateness = 0;
    qint64 lastTick = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(TickMs);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = clock.elapsed();
        worstLateness = std::max(worstLateness, now - lastTick - TickMs);
        lastTick = now;
    });
    const auto look = [&] {
        const qint64 now = clock.elapsed();
        if (firstValues < 0 && showsAValue(*window.reportModel()))
            firstValues = now;
        const QModelIndex items = window.reportModel()->indexForKey(QStringLiteral("items"));
        if (estimate < 0
            && items.data(ReportModel::ExactnessRole).toInt() == int(ReportField::Exactness::Estimate)
            && !items.siblingAtColumn(ReportModel::ValueColumn)
                    .data(ReportModel::JsonValueRole)
                    .toString()
                    .isEmpty())
            estimate = now;
        if (exactValues < 0
            && items.data(ReportModel::ExactnessRole).toInt() == int(ReportField::Exactness::Exact)
            && !items.siblingAtColumn(ReportModel::ValueColumn)
                    .data(ReportModel::JsonValueRole)
                    .toString()
                    .isEmpty())
            exactValues = now;
    };
    // Connected after the window's own handlers, so the model already shows what arrived.
    QObject::connect(window.runner(), &ReportRunner::partialReport, [&](const Report &) { look(); });
    QObject::connect(&window, &MainWindow::reportReady, [&] {
        exact = clock.elapsed();
        look();
        QCoreApplication::quit();
    });
    clock.start();
    ticker.start();
    window.openProjectFolder(arguments.at(1));
    const qint64 opened = clock.elapsed(); // reading the configuration happens on the GUI thread
    app.exec();
    if (!window.reportModel()->hasReport()) {
        std::fprintf(stderr, "no report: %s\n", qPrintable(window.messageText()));
        return 1;
    }
    std::printf("window: open %lld ms, first values %lld ms, items estimate %s, exact values %lld ms, report "
                "with leak check %lld ms, GUI thread worst lateness %lld ms\n",
                static_cast<long long>(opened), static_cast<long long>(firstValues),
                estimate < 0 ? "none" : qPrintable(QStringLiteral("%1 ms").arg(estimate)),
                static_cast<long long>(exactValues), static_cast<long long>(exact),
                static_cast<long long>(worstLateness));
    return 0;
}
