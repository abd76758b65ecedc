// SPDX-License-Identifier: GPL-3.0-or-later
// Open Demo Project finds the bundled demo next to an installed binary before falling back to the source
// tree.
#include "DemoProjectLocator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
void makeDemo(const QString &folder)
{
    QVERIFY(QDir().mkpath(folder));
    for (const QString &name : {QStringLiteral(".env"), QStringLiteral("directus.db")}) {
        QFile file(folder + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
}
} // namespace

class TestDemoProjectLocator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldPreferTheInstalledDemo();
    void shouldFallBackToTheSourceTree();
    void shouldFindNothingWithoutADemo();
};

void TestDemoProjectLocator::shouldPreferTheInstalledDemo()
{
    // Given <prefix>/bin and <prefix>/share/telemetry-inspector/demo, and a source tree with its own demo
    QTemporaryDir prefix;
    QTemporaryDir source;
    makeDemo(prefix.filePath(QStringLiteral("share/telemetry-inspector/demo")));
    makeDemo(source.filePath(QStringLiteral("resources/demo")));
    QDir().mkpath(prefix.filePath(QStringLiteral("bin")));
    // Then the installed one wins
    QCOMPARE(DemoProjectLocator(prefix.filePath(QStringLiteral("bin")), source.path()).find(),
             prefix.filePath(QStringLiteral("share/telemetry-inspector/demo")));
}

void TestDemoProjectLocator::shouldFallBackToTheSourceTree()
{
    QTemporaryDir build;
    QTemporaryDir source;
    makeDemo(source.filePath(QStringLiteral("resources/demo")));
    QCOMPARE(DemoProjectLocator(build.filePath(QStringLiteral("app")), source.path()).find(),
             source.filePath(QStringLiteral("resources/demo")));
}

void TestDemoProjectLocator::shouldFindNothingWithoutADemo()
{
    QTemporaryDir empty;
    const DemoProjectLocator locator(empty.filePath(QStringLiteral("bin")), empty.path());
    QCOMPARE(locator.find(), QString());
    QVERIFY(!locator.candidates().isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoProjectLocator)
#include "tst_demoprojectlocator.moc"
