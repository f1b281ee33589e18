// SPDX-License-Identifier: GPL-3.0-or-later
// The Index migrations panel on the offscreen platform, against the REAL OpenSearch node: a recipe in the
// workspace is shown in the form; Init, Run (live status and chart), Stop, Rollover and Clean up work from the
// panel, and the new index ends up equal to the old one document by document.
#include "connections/connectionsmodel.h"
#include "connectionspanel.h"
#include "indexmigrationspanel.h"
#include "mainwindow.h"
#include "workspace/workspace.h"

#include "../index/indextest.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>

using namespace Godwit;
using namespace IndexTest;
using namespace Qt::StringLiterals;

class TestIndexPanel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_os;

private Q_SLOTS:
    void initTestCase()
    {
        GODWIT_REQUIRE_ENV(u"GODWIT_TEST_OPENSEARCH_URL"_s);
        m_os = GodwitTest::env("GODWIT_TEST_OPENSEARCH_URL");
        QCoreApplication::setOrganizationName(u"godwit-tests"_s);
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
        QVERIFY(Workspace(m_dir.filePath(u"ws"_s)).ensureCreated(true).ok());
    }

    void wholeWorkflow()
    {
        const QString base = GodwitTest::uniqueName(u"godwit-gui-"_s);
        QString why;
        QVERIFY2(createSource(m_os, base + u"-v1"_s, base, 5000, &why), qPrintable(why));
        Recipe r = recipe(base, u"opensearch"_s, {}, base, base + u"-v2"_s, CopyMethod::Reindex);
        r.jobs[0].mappingEdits = QJsonDocument::fromJson(R"({"properties":{"notes":{"type":"text"}}})").object();
        QVERIFY(r.save(recipePath(m_dir.filePath(u"ws"_s), base)));

        MainWindow window(m_dir.filePath(u"ws"_s));
        ConnectionProfile p;
        p.id = ConnectionProfile::newId();
        p.name = u"opensearch"_s;
        p.engine = Engine::Search;
        p.urls = {m_os};
        QVERIFY(window.connectionsPanel()->model()->upsert(p).ok());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPanel(MainWindow::IndexMigrationsPage);
        IndexMigrationsPanel *panel = window.indexMigrationsPanel();
        panel->reloadRecipes();
        panel->selectRecipe(base);
        QCOMPARE(panel->formRecipe().jobs.size(), 1);
        QCOMPARE(panel->formRecipe().jobs.first().source, base);
        QCOMPARE(panel->formRecipe().sourceConnection, u"opensearch"_s);
        QTRY_VERIFY_WITH_TIMEOUT(panel->statusLabel()->text().contains(u"Not initialised"_s), 15000);

        QSignalSpy done(panel, &IndexMigrationsPanel::actionFinished);
        panel->init(false);
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 30000);
        QCOMPARE(done.first().at(0).toString(), u"init"_s);
        QVERIFY2(done.first().at(1).toBool(), qPrintable(done.first().at(2).toString()));
        QCOMPARE(call(m_os, "HEAD", u'/' + base + u"-v2"_s).status, 200);
        // The mapping edit reached the new index.
        QVERIFY(call(m_os, "GET", u'/' + base + u"-v2/_mapping"_s).body.contains("\"notes\""));

        panel->run();
        QTRY_VERIFY_WITH_TIMEOUT(panel->isRunning(), 10000);
        // The live status shows the sync phase, the counts and the chart.
        QTRY_VERIFY_WITH_TIMEOUT(panel->statusModel()->rowCount() == 1
                                     && panel->statusModel()->item(0, 2)->text() == u"sync"_s, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(panel->chartPoints() >= 2, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(panel->statusModel()->item(0, 7)->text(), QLocale().toString(5000), 20000);
        QVERIFY(panel->statusLabel()->text().contains(u"syncing"_s));

        done.clear();
        panel->rollover(false); // stops the sync, then swaps
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() && done.last().at(0).toString() == u"rollover"_s, 60000);
        QVERIFY2(done.last().at(1).toBool(), qPrintable(done.last().at(2).toString()));
        QVERIFY(!panel->isRunning());
        const QJsonObject aliases = callJson(m_os, "GET", u"/_alias/"_s + base);
        QCOMPARE(aliases.keys(), QStringList{base + u"-v2"_s});
        auto cmp = compareIndices(options(m_os), base + u"-v1"_s, options(m_os), base + u"-v2"_s, true, nullptr);
        QVERIFY2(cmp && cmp->equal(), cmp ? qPrintable(cmp->examples.join(u'\n')) : qPrintable(cmp.errorMessage()));

        done.clear();
        QTRY_VERIFY_WITH_TIMEOUT(panel->statusLabel()->text().contains(u"rolled-over"_s), 15000);
        panel->cleanup(false);
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 30000);
        QVERIFY2(done.last().at(1).toBool(), qPrintable(done.last().at(2).toString()));
        QCOMPARE(call(m_os, "HEAD", u'/' + base + u"-v1"_s).status, 404);
        QTRY_VERIFY_WITH_TIMEOUT(panel->statusLabel()->text().contains(u"completed"_s), 15000);
        QVERIFY(panel->historyView()->toPlainText().contains(u"rolled-over"_s));
        call(m_os, "DELETE", u'/' + base + u"-v2"_s);
    }
};

QTEST_MAIN(TestIndexPanel)
#include "tst_indexpanel.moc"
