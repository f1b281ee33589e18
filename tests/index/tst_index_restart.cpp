// SPDX-License-Identifier: GPL-3.0-or-later
// The source node restarted in the middle of the bulk phase (scripts/test-servers restart-node): the migration
// waits for it, starts the lost reindex task again and ends with every document equal. Runs alone (RUN_SERIAL):
// no other test may use the node while it restarts.
#include "indextest.h"

#include <QProcess>

using namespace Godwit;
using namespace IndexTest;

class TestIndexRestart : public QObject
{
    Q_OBJECT
    QString m_os;

private Q_SLOTS:
    void initTestCase()
    {
        GODWIT_REQUIRE_ENV(QStringLiteral("GODWIT_TEST_OPENSEARCH_URL"), QStringLiteral("GODWIT_TEST_SERVERS_DIR"));
        m_os = GodwitTest::env("GODWIT_TEST_OPENSEARCH_URL");
    }

    void nodeRestartDuringBulk()
    {
        const QString base = GodwitTest::uniqueName(QStringLiteral("godwit-rst-"));
        QString why;
        QVERIFY2(createSource(m_os, base + QStringLiteral("-v1"), base, 20000, &why), qPrintable(why));
        Recipe r = recipe(base, QStringLiteral("os"), {}, base, base + QStringLiteral("-v2"), CopyMethod::Reindex);
        r.jobs[0].requestsPerSecond = 1500; // about 13 s of bulk copy
        r.jobs[0].slices = 1;
        const ClusterEndpoint os = endpoint(QStringLiteral("os"), m_os);
        {
            IndexMigrator m(r, os, os);
            auto init = m.init();
            QVERIFY2(init, qPrintable(init.errorMessage()));
        }
        QString outcome = QStringLiteral("not finished");
        std::unique_ptr<QThread> worker(QThread::create([&] {
            IndexMigrator m(r, os, os);
            IndexMigrator::RunOptions once;
            once.once = true;
            auto run = m.run(once);
            outcome = run ? QString() : run.errorMessage();
        }));
        worker->start();
        const QString statePath = QStringLiteral("/.godwit-migrations/_doc/") + base;
        QVERIFY(QTest::qWaitFor([&] {
            const QJsonObject s = callJson(m_os, "GET", statePath).value(QStringLiteral("_source")).toObject();
            return !s.value(QStringLiteral("jobs")).toArray().first().toObject().value(QStringLiteral("task")).toString().isEmpty();
        }, 30000));
        QTest::qWait(2000); // part of the documents copied
        const qint64 copiedBefore = qint64(callJson(m_os, "GET", u'/' + base + QStringLiteral("-v2/_count")).value(QStringLiteral("count")).toDouble());

        QProcess restart;
        restart.setProgram(QStringLiteral(GODWIT_SOURCE_DIR "/scripts/test-servers"));
        restart.setArguments({QStringLiteral("restart-node"), QStringLiteral("opensearch")});
        restart.setProcessChannelMode(QProcess::MergedChannels);
        restart.start();
        QVERIFY(restart.waitForFinished(240000));
        QVERIFY2(restart.exitCode() == 0, restart.readAll().constData());

        QVERIFY(QTest::qWaitFor([&] { return worker->isFinished(); }, 240000));
        worker->wait();
        QVERIFY2(outcome.isEmpty(), qPrintable(outcome));
        QVERIFY2(copiedBefore < 20000, qPrintable(QString::number(copiedBefore)));

        call(m_os, "POST", u'/' + base + QStringLiteral("-v2/_refresh"));
        auto cmp = compareIndices(options(m_os), base + QStringLiteral("-v1"), options(m_os), base + QStringLiteral("-v2"), true, nullptr);
        QVERIFY2(cmp, qPrintable(cmp.errorMessage()));
        QVERIFY2(cmp->equal(), qPrintable(cmp->examples.join(u'\n')));
        QCOMPARE(cmp->destDocs, 20000);
        IndexMigrator m(r, os, os);
        auto st = m.status();
        QVERIFY(st);
        bool restarted = false;
        for (const QJsonValue &h : st->state.history)
            restarted = restarted || h.toObject().value(QStringLiteral("event")).toString() == QLatin1String("bulk-restarted");
        QVERIFY2(restarted, "the lost task was not noticed");
        QVERIFY(m.cancel(true));
        call(m_os, "DELETE", u'/' + base + QStringLiteral("-v1"));
    }
};

QTEST_GUILESS_MAIN(TestIndexRestart)
#include "tst_index_restart.moc"
