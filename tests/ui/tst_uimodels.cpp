// SPDX-License-Identifier: GPL-3.0-or-later
// The window's models on their own: the report tree, its filter and the redaction verdicts, each watched by
// QAbstractItemModelTester through every change the window makes.
#include "ScratchProject.h"
#include "models/RedactionModel.h"
#include "models/ReportFilterProxyModel.h"
#include "models/ReportModel.h"
#include "report/FieldCatalog.h"

#include <QAbstractItemModelTester>
#include <QTest>

namespace {
// "Category: key, key | Category: key" — the visible tree as one readable line.
QString treeToString(const QAbstractItemModel &model)
{
    QStringList categories;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex category = model.index(row, 0);
        QStringList keys;
        for (int child = 0; child < model.rowCount(category); ++child)
            keys.append(model.index(child, 0, category).data().toString());
        categories.append(category.data(ReportModel::CategoryNameRole).toString() + QStringLiteral(": ")
                          + keys.join(QStringLiteral(", ")));
    }
    return categories.join(QStringLiteral(" | "));
}
} // namespace

class TestUiModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldListTheCatalogBeforeAnyReport();
    void shouldPassTheModelTesterThroughReportChanges();
    void shouldPassTheModelTesterThroughFilterChanges();
    void shouldFilterByKeyDescriptionAndValue_data();
    void shouldFilterByKeyDescriptionAndValue();
    void shouldPassTheModelTesterOnRedactionVerdicts();

private:
    ReportEngine::Outcome m_outcome;
};

void TestUiModels::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    ScratchProject project(QStringLiteral("blog-sqlite"));
    m_outcome = project.report();
    QVERIFY2(m_outcome.ok, qPrintable(m_outcome.error));
}

void TestUiModels::shouldListTheCatalogBeforeAnyReport()
{
    // Given a model with no report
    ReportModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Then the five categories hold the 36 keys, values empty
    QCOMPARE(model.rowCount(), 5);
    int fields = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        fields += model.rowCount(model.index(row, 0));
    QCOMPARE(fields, 36);
    QCOMPARE(model.indexForKey(QStringLiteral("items"), ReportModel::ValueColumn).data().toString(),
             QString());
    QVERIFY(!model.hasReport());
}

void TestUiModels::shouldPassTheModelTesterThroughReportChanges()
{
    ReportModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // When a report is set, cleared and set again
    model.setReport(m_outcome.report);
    QCOMPARE(model.indexForKey(QStringLiteral("items"), ReportModel::ValueColumn).data().toString(),
             QStringLiteral("94"));
    QCOMPARE(model.indexForKey(QStringLiteral("url"), ReportModel::ValueColumn).data().toString(),
             QStringLiteral("\"https://blog.example.com\""));
    model.clear();
    model.setReport(m_outcome.report);
    // Then the unknown request counters carry their mark
    const QModelIndex counter
        = model.indexForKey(QStringLiteral("api_requests"), ReportModel::ExactnessColumn);
    QCOMPARE(counter.data().toString(), QStringLiteral("unknown"));
    QCOMPARE(counter.data(ReportModel::ExactnessRole).toInt(),
             static_cast<int>(ReportField::Exactness::Unknown));
    QVERIFY(!counter.data(Qt::DecorationRole).isNull());
}

void TestUiModels::shouldPassTheModelTesterThroughFilterChanges()
{
    ReportModel model;
    ReportFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (const QString &text : {QStringLiteral("users"), QStringLiteral("x"), QString(),
                                QStringLiteral("zzz"), QStringLiteral("true")}) {
        proxy.setSearchText(text);
        model.setReport(m_outcome.report);
    }
    proxy.setSearchText(QStringLiteral("zzz-nothing-matches"));
    QCOMPARE(proxy.rowCount(), 0);
    model.clear();
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 5);
}

void TestUiModels::shouldFilterByKeyDescriptionAndValue_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("expected");
    QTest::newRow("key part: users") << "users"
                                     << "Users and Access: admin_users, app_users, api_users";
    QTest::newRow("case-insensitive key") << "WEBSOCKETS"
                                          << "Instance and Environment: websockets_enabled";
    QTest::newRow("description: Insights") << "insights"
                                           << "Features in Use: dashboards";
    QTest::newRow("value: the public url") << "blog.example"
                                           << "Instance and Environment: url";
    QTest::newRow("value: 94 items") << "94"
                                     << "Content and Schema Counts: items";
    QTest::newRow("category names do not match by themselves") << "Request Volume"
                                                               << "";
}

void TestUiModels::shouldFilterByKeyDescriptionAndValue()
{
    QFETCH(QString, search);
    QFETCH(QString, expected);
    // Given the blog report behind the filter
    ReportModel model;
    model.setReport(m_outcome.report);
    ReportFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // When filtering
    proxy.setSearchText(search);
    // Then only the matching fields remain, under their categories
    QCOMPARE(treeToString(proxy), expected);
}

void TestUiModels::shouldPassTheModelTesterOnRedactionVerdicts()
{
    RedactionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setVerdicts(m_outcome.verdicts);
    QCOMPARE(model.rowCount(), 6);
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex verdict = model.index(row, RedactionModel::VerdictColumn);
        ids.append(verdict.data(RedactionModel::CheckIdRole).toString() + QLatin1Char('=')
                   + verdict.data().toString());
        QVERIFY(!model.index(row, RedactionModel::EvidenceColumn).data().toString().isEmpty());
    }
    QCOMPARE(ids.join(QLatin1Char(' ')),
             QStringLiteral("schema=Pass identifiers=Pass people=Pass secrets=Pass "
                            "urls=Pass environment=Pass"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
