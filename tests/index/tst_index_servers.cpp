// SPDX-License-Identifier: GPL-3.0-or-later
// Index migrations against the REAL OpenSearch 2 and Elasticsearch 7 nodes of scripts/test-servers.
#include "faultproxy.h"
#include "indextest.h"
#include "search/clusterclient.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace Godwit;
using namespace IndexTest;

namespace {
// Runs fn on its own thread while this one serves the fault proxy's event loop.
template<typename Fn>
auto onWorker(Fn fn) -> decltype(fn())
{
    std::optional<decltype(fn())> result;
    std::unique_ptr<QThread> t(QThread::create([&] { result.emplace(fn()); }));
    t->start();
    if (!QTest::qWaitFor([&] { return t->isFinished(); }, 240000))
        qFatal("worker did not finish within 240 s");
    t->wait();
    return std::move(*result);
}

QStringList indicesOfAlias(const QString &url, const QString &alias)
{
    const QJsonObject o = callJson(url, "GET", QStringLiteral("/_alias/") + alias);
    QStringList out = o.keys();
    out.sort();
    return out;
}
} // namespace

class TestIndexServers : public QObject
{
    Q_OBJECT
    QString m_os;
    QString m_es;

private Q_SLOTS:
    void initTestCase()
    {
        GODWIT_REQUIRE_ENV(QStringLiteral("GODWIT_TEST_OPENSEARCH_URL"), QStringLiteral("GODWIT_TEST_ES7_URL"));
        m_os = GodwitTest::env("GODWIT_TEST_OPENSEARCH_URL");
        m_es = GodwitTest::env("GODWIT_TEST_ES7_URL");
    }

    // One cluster: a writer creates, updates and deletes through the alias and a reader queries it the whole
    // time, through init, bulk, sync, rollover and after. Then the new index must hold exactly what the
    // cluster acknowledged: every id, its content and its version.
    void inCluster_data()
    {
        QTest::addColumn<QString>("cluster");
        QTest::newRow("opensearch-2") << QStringLiteral("os");
        QTest::newRow("elasticsearch-7") << QStringLiteral("es");
    }
    void inCluster()
    {
        QFETCH(QString, cluster);
        const QString url = cluster == QLatin1String("os") ? m_os : m_es;
        const QString base = GodwitTest::uniqueName(QStringLiteral("godwit-ic-"));
        const QString alias = base;
        const QString v1 = base + QStringLiteral("-v1");
        const QString v2 = base + QStringLiteral("-v2");
        QString why;
        QVERIFY2(createSource(url, v1, alias, 20000, &why), qPrintable(why));
        Ledger ledger;
        QVERIFY2(ledgerFromIndex(ledger, url, v1, &why), qPrintable(why));
        QCOMPARE(ledger.docs.size(), 20000);

        const Recipe r = recipe(base, cluster, cluster, alias, v2, CopyMethod::Reindex);
        IndexMigrator m(r, endpoint(cluster, url), endpoint(cluster, url));
        auto plan = m.plan(true);
        QVERIFY2(plan, qPrintable(plan.errorMessage()));
        QVERIFY2(plan->problems.isEmpty(), qPrintable(plan->problems.join(u'\n')));
        QCOMPARE(plan->items.size(), 1);
        QCOMPARE(plan->items.first().sourceIndex, v1);
        QCOMPARE(plan->items.first().destIndex, v2);
        QCOMPARE(plan->items.first().sourceDocs, 20000);
        QCOMPARE(plan->items.first().aliases.first().toObject().value(QStringLiteral("alias")).toString(), alias);
        QVERIFY(plan->items.first().mappingDiff.isEmpty());

        Writer writer(url, alias, &ledger, 0);
        Reader reader(url, alias, 15000);
        writer.start();
        reader.start();

        auto init = m.init();
        QVERIFY2(init, qPrintable(init.errorMessage()));
        QCOMPARE(init->status, QStringLiteral("initialized"));
        // Bulk-time settings on the new index.
        const QJsonObject settings = callJson(url, "GET", u'/' + v2 + QStringLiteral("/_settings")).value(v2).toObject()
                                         .value(QStringLiteral("settings")).toObject().value(QStringLiteral("index")).toObject();
        QCOMPARE(settings.value(QStringLiteral("refresh_interval")).toString(), QStringLiteral("-1"));
        QCOMPARE(settings.value(QStringLiteral("translog")).toObject().value(QStringLiteral("durability")).toString(), QStringLiteral("async"));

        IndexMigrator::RunOptions ro;
        ro.maxPasses = 4;
        auto run = m.run(ro);
        QVERIFY2(run, qPrintable(run.errorMessage()));
        QCOMPARE(run->status, QStringLiteral("syncing"));
        QCOMPARE(run->jobs.first().phase, QStringLiteral("sync"));
        QVERIFY(run->jobs.first().syncPasses >= 4);

        auto status = m.status();
        QVERIFY2(status, qPrintable(status.errorMessage()));
        QCOMPARE(status->jobs.first().phase, QStringLiteral("sync"));
        QVERIFY(status->jobs.first().lagMs >= 0 && status->jobs.first().lagMs < 20000);
        QVERIFY(status->jobs.first().total >= 20000); // the writer adds documents before the bulk snapshot
        QVERIFY(status->jobs.first().docsPerSecond > 0);

        auto rolled = m.rollover({});
        QVERIFY2(rolled, qPrintable(rolled.errorMessage()));
        QCOMPARE(rolled->status, QStringLiteral("rolled-over"));
        QCOMPARE(indicesOfAlias(url, alias), QStringList{v2});
        // The settings for serving are back.
        const QJsonObject after = callJson(url, "GET", u'/' + v2 + QStringLiteral("/_settings")).value(v2).toObject()
                                      .value(QStringLiteral("settings")).toObject().value(QStringLiteral("index")).toObject();
        QVERIFY(after.value(QStringLiteral("refresh_interval")).toString() != QLatin1String("-1"));
        QCOMPARE(after.value(QStringLiteral("translog")).toObject().value(QStringLiteral("durability")).toString(), QStringLiteral("request"));

        QTest::qWait(1500); // the writer goes on, now into the new index
        writer.stop();
        reader.stop();
        QVERIFY2(writer.failures() == 0, qPrintable(writer.failureReasons().join(u'\n')));
        QVERIFY2(writer.writes() > 200, qPrintable(QString::number(writer.writes())));
        QVERIFY2(reader.failures() == 0, qPrintable(reader.reasons().join(u'\n')));
        QVERIFY(reader.reads() > 50);

        const QStringList diff = diffWithLedger(ledger, url, v2);
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));

        auto cleaned = m.cleanup();
        QVERIFY2(cleaned, qPrintable(cleaned.errorMessage()));
        QCOMPARE(cleaned->status, QStringLiteral("completed"));
        QCOMPARE(call(url, "HEAD", u'/' + v1).status, 404);
        call(url, "DELETE", u'/' + v2);
    }

    // From the Elasticsearch 7 node into the OpenSearch 2 node, with a remote reindex and with the client-side
    // copy, while a writer works on the source.
    void crossCluster_data()
    {
        QTest::addColumn<int>("method");
        QTest::newRow("remote-reindex") << int(CopyMethod::RemoteReindex);
        QTest::newRow("client") << int(CopyMethod::Client);
    }
    void crossCluster()
    {
        QFETCH(int, method);
        const QString base = GodwitTest::uniqueName(QStringLiteral("godwit-xc-"));
        const QString alias = base;
        const QString v1 = base + QStringLiteral("-v1");
        const QString v2 = base + QStringLiteral("-v2");
        QString why;
        QVERIFY2(createSource(m_es, v1, alias, 10000, &why), qPrintable(why));
        Ledger ledger;
        QVERIFY2(ledgerFromIndex(ledger, m_es, v1, &why), qPrintable(why));

        // An index template goes along when the recipe asks for it.
        const QString tpl = base + QStringLiteral("-tpl");
        QVERIFY(call(m_es, "PUT", QStringLiteral("/_template/") + tpl,
                     R"({"index_patterns":[")" + base.toUtf8() + R"(-*"],"settings":{"number_of_shards":1},"mappings":{"properties":{"extra":{"type":"keyword"}}}})")
                    .isSuccess());
        Recipe r = recipe(base, QStringLiteral("es7"), QStringLiteral("os2"), alias, v2, CopyMethod(method));
        r.copyTemplates = QStringList{tpl};
        IndexMigrator m(r, endpoint(QStringLiteral("es7"), m_es), endpoint(QStringLiteral("os2"), m_os));
        auto plan = m.plan(true);
        QVERIFY2(plan, qPrintable(plan.errorMessage()));
        QVERIFY2(plan->problems.isEmpty(), qPrintable(plan->problems.join(u'\n')));
        QVERIFY(plan->source.display().startsWith(QLatin1String("Elasticsearch 7")));
        QVERIFY(plan->destination.display().startsWith(QLatin1String("OpenSearch 2")));

        Writer writer(m_es, alias, &ledger, 0);
        writer.start();
        auto init = m.init();
        QVERIFY2(init, qPrintable(init.errorMessage()));
        QCOMPARE(call(m_os, "HEAD", u'/' + v2).status, 200);
        QCOMPARE(call(m_es, "HEAD", u'/' + v2).status, 404);
        QVERIFY(callJson(m_os, "GET", QStringLiteral("/_template/") + tpl).value(tpl).toObject().value(QStringLiteral("mappings")).toObject()
                    .value(QStringLiteral("properties")).toObject().contains(QStringLiteral("extra")));
        IndexMigrator::RunOptions ro;
        ro.maxPasses = 3;
        auto run = m.run(ro);
        QVERIFY2(run, qPrintable(run.errorMessage()));
        writer.stop();
        QVERIFY2(writer.failures() == 0, qPrintable(writer.failureReasons().join(u'\n')));
        QVERIFY(writer.writes() > 100);
        // One more pass sees the writer's last writes.
        QTest::qWait(1200);
        IndexMigrator::RunOptions once;
        once.once = true;
        run = m.run(once);
        QVERIFY2(run, qPrintable(run.errorMessage()));

        call(m_es, "POST", u'/' + v1 + QStringLiteral("/_refresh"));
        call(m_os, "POST", u'/' + v2 + QStringLiteral("/_refresh"));
        auto cmp = compareIndices(options(m_es), v1, options(m_os), v2, true, nullptr);
        QVERIFY2(cmp, qPrintable(cmp.errorMessage()));
        QVERIFY2(cmp->equal(), qPrintable(cmp->examples.join(u'\n')));
        const QStringList diff = diffWithLedger(ledger, m_os, v2);
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));

        // Rollover across clusters: the aliases appear on the destination, the source keeps its own until the
        // application is switched and that is confirmed.
        auto pending = m.rollover({});
        QVERIFY2(pending, qPrintable(pending.errorMessage()));
        QCOMPARE(pending->status, QStringLiteral("switch-pending"));
        QCOMPARE(indicesOfAlias(m_os, alias), QStringList{v2});
        QCOMPARE(indicesOfAlias(m_es, alias), QStringList{v1});
        // Until the switch, the sync goes on: a write to the source reaches the destination.
        QVERIFY(call(m_es, "PUT", u'/' + alias + QStringLiteral("/_doc/late-write"),
                     docBody(QStringLiteral("late-write"), 1, QDateTime::currentMSecsSinceEpoch())).isSuccess());
        run = m.run(once);
        QVERIFY2(run, qPrintable(run.errorMessage()));
        QCOMPARE(run->status, QStringLiteral("switch-pending"));
        QCOMPARE(call(m_os, "GET", u'/' + v2 + QStringLiteral("/_doc/late-write")).status, 200);
        IndexMigrator::RolloverOptions confirm;
        confirm.confirm = true;
        auto done = m.rollover(confirm);
        QVERIFY2(done, qPrintable(done.errorMessage()));
        QCOMPARE(done->status, QStringLiteral("rolled-over"));
        call(m_es, "DELETE", u'/' + v1);
        call(m_os, "DELETE", u'/' + v2);
        call(m_es, "DELETE", QStringLiteral("/_template/") + tpl);
        call(m_os, "DELETE", QStringLiteral("/_template/") + tpl);
    }

    // Rollback swaps the aliases back and carries what was written to the new index meanwhile.
    void rollback()
    {
        const QString base = GodwitTest::uniqueName(QStringLiteral("godwit-rb-"));
        const QString v1 = base + QStringLiteral("-v1"), v2 = base + QStringLiteral("-v2");
        QString why;
        QVERIFY2(createSource(m_os, v1, base, 3000, &why), qPrintable(why));
        Ledger ledger;
        QVERIFY2(ledgerFromIndex(ledger, m_os, v1, &why), qPrintable(why));
        IndexMigrator m(recipe(base, QStringLiteral("os"), QStringLiteral("os"), base, v2, CopyMethod::Reindex),
                        endpoint(QStringLiteral("os"), m_os), endpoint(QStringLiteral("os"), m_os));
        QVERIFY(m.init());
        IndexMigrator::RunOptions once;
        once.once = true;
        auto run = m.run(once);
        QVERIFY2(run, qPrintable(run.errorMessage()));
        auto rolled = m.rollover({});
        QVERIFY2(rolled, qPrintable(rolled.errorMessage()));
        QCOMPARE(indicesOfAlias(m_os, base), QStringList{v2});

        Writer writer(m_os, base, &ledger, 0);
        writer.start();
        QTest::qWait(1000);
        writer.stop();
        QVERIFY(writer.writes() > 20);
        QCOMPARE(writer.failures(), 0);
        QTest::qWait(1100); // written after the swap by more than the clock tolerance

        auto back = m.rollback();
        QVERIFY2(back, qPrintable(back.errorMessage()));
        QCOMPARE(back->status, QStringLiteral("syncing"));
        QCOMPARE(indicesOfAlias(m_os, base), QStringList{v1});
        // The old index has what was written to the new one meanwhile, deletions included.
        const QStringList diff = diffWithLedger(ledger, m_os, v1);
        QVERIFY2(diff.isEmpty(), qPrintable(diff.join(u'\n')));

        auto canceled = m.cancel(true);
        QVERIFY2(canceled, qPrintable(canceled.errorMessage()));
        QCOMPARE(call(m_os, "HEAD", u'/' + v2).status, 404);
        QCOMPARE(call(m_os, "HEAD", u'/' + v1).status, 200);
        call(m_os, "DELETE", u'/' + v1);
    }

    // The Connections panel's cluster actions: create an index, add and remove an alias, read the mapping,
    // delete the index; a pattern is never deleted.
    void clusterAdmin()
    {
        const QString name = GodwitTest::uniqueName(QStringLiteral("godwit-adm-"));
        ClusterClient c(options(m_os));
        QVERIFY(c.createIndex(name, QJsonDocument::fromJson(R"({"mappings":{"properties":{"title":{"type":"keyword"}}}})").object()));
        const Status again = c.createIndex(name, {});
        QVERIFY(!again);
        QVERIFY2(again.errorMessage().contains(QLatin1String("resource_already_exists")), qPrintable(again.errorMessage()));
        auto m = c.rawMapping(name);
        QVERIFY(m);
        QCOMPARE(m->value(name).toObject().value(QStringLiteral("mappings")).toObject().value(QStringLiteral("properties")).toObject()
                     .value(QStringLiteral("title")).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("keyword"));
        const QString alias = name + QStringLiteral("-a");
        auto action = [&](const char *verb) {
            return QJsonArray{QJsonObject{{QLatin1String(verb), QJsonObject{{QStringLiteral("index"), name}, {QStringLiteral("alias"), alias}}}}};
        };
        QVERIFY(c.updateAliases(action("add")));
        QCOMPARE(indicesOfAlias(m_os, name + QStringLiteral("-a")), QStringList{name});
        QVERIFY(c.updateAliases(action("remove")));
        QCOMPARE(call(m_os, "HEAD", QStringLiteral("/_alias/") + name + QStringLiteral("-a")).status, 404);
        QVERIFY(!c.deleteIndex(name + u'*'));
        QCOMPARE(call(m_os, "HEAD", u'/' + name).status, 200);
        QVERIFY(c.deleteIndex(name));
        QCOMPARE(call(m_os, "HEAD", u'/' + name).status, 404);
        const Status missing = c.deleteIndex(name);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    }

    void badInput()
    {
        const QString base = GodwitTest::uniqueName(QStringLiteral("godwit-bad-"));
        const ClusterEndpoint os = endpoint(QStringLiteral("os"), m_os);
        QString why;
        QVERIFY2(createSource(m_os, base + QStringLiteral("-a"), base, 10, &why), qPrintable(why));
        auto problemsOf = [&](const Recipe &r, const ClusterEndpoint &src, const ClusterEndpoint &dst) {
            IndexMigrator m(r, src, dst);
            auto p = m.plan(true);
            return p ? p->problems.join(u'\n') : QStringLiteral("ERROR ") + p.errorMessage();
        };

        // Unknown index.
        QString p = problemsOf(recipe(base, QStringLiteral("os"), {}, QStringLiteral("godwit-no-such-index"), base + QStringLiteral("-x"), CopyMethod::Reindex), os, os);
        QVERIFY2(p.contains(QStringLiteral("Unknown index or alias “godwit-no-such-index”")), qPrintable(p));

        // An alias in front of two indexes.
        call(m_os, "PUT", u'/' + base + QStringLiteral("-b"), R"({"aliases":{")" + base.toUtf8() + R"(":{}}})");
        p = problemsOf(recipe(base, QStringLiteral("os"), {}, base, base + QStringLiteral("-x"), CopyMethod::Reindex), os, os);
        QVERIFY2(p.contains(QLatin1String("points at several indexes")), qPrintable(p));
        call(m_os, "DELETE", u'/' + base + QStringLiteral("-b"));

        // A mapping the cluster refuses: reported, nothing created.
        Recipe bad = recipe(base, QStringLiteral("os"), {}, base, base + QStringLiteral("-x"), CopyMethod::Reindex);
        bad.jobs[0].mappings = QJsonDocument::fromJson(R"({"properties":{"title":{"type":"no-such-type"},"updated":{"type":"date"}}})").object();
        p = problemsOf(bad, os, os);
        QVERIFY2(p.contains(QLatin1String("refused")) && p.contains(QLatin1String("no-such-type")), qPrintable(p));
        {
            IndexMigrator m(bad, os, os);
            auto init = m.init();
            QVERIFY(!init);
            QCOMPARE(call(m_os, "HEAD", u'/' + base + QStringLiteral("-x")).status, 404);
        }

        // No timestamp field.
        Recipe nots = recipe(base, QStringLiteral("os"), {}, base, base + QStringLiteral("-x"), CopyMethod::Reindex);
        nots.jobs[0].sync.timestampField = QStringLiteral("modified");
        p = problemsOf(nots, os, os);
        QVERIFY2(p.contains(QStringLiteral("has no field “modified”")), qPrintable(p));

        // A remote the destination's allowlist does not name (the OpenSearch node allows 127.0.0.1:* only).
        QString esLocalhost = m_es;
        esLocalhost.replace(QLatin1String("127.0.0.1"), QLatin1String("localhost"));
        QVERIFY(createSource(m_es, base + QStringLiteral("-a"), base, 10, &why));
        p = problemsOf(recipe(base, QStringLiteral("es"), QStringLiteral("os"), base, base + QStringLiteral("-x"), CopyMethod::RemoteReindex),
                       endpoint(QStringLiteral("es"), esLocalhost), os);
        QVERIFY2(p.contains(QLatin1String("reindex.remote.allowlist")) && p.contains(QLatin1String("localhost:")), qPrintable(p));
        call(m_es, "DELETE", u'/' + base + QStringLiteral("-a"));

        // The recipe edited while the migration runs: refused, nothing touched.
        Recipe good = recipe(base, QStringLiteral("os"), {}, base, base + QStringLiteral("-v2"), CopyMethod::Reindex);
        {
            IndexMigrator m(good, os, os);
            auto init = m.init();
            QVERIFY2(init, qPrintable(init.errorMessage()));
        }
        Recipe edited = good;
        edited.jobs[0].destination = base + QStringLiteral("-v3");
        {
            IndexMigrator m(edited, os, os);
            auto run = m.run({});
            QVERIFY(!run);
            QVERIFY2(run.errorMessage().contains(QLatin1String("was edited since init")), qPrintable(run.errorMessage()));
            auto st = m.status();
            QVERIFY(st);
            QCOMPARE(st->state.status, QStringLiteral("initialized"));
        }
        QCOMPARE(call(m_os, "HEAD", u'/' + base + QStringLiteral("-v2")).status, 200);
        QCOMPARE(call(m_os, "HEAD", u'/' + base + QStringLiteral("-v3")).status, 404);
        // Rollover before anything was copied is refused.
        {
            IndexMigrator m(good, os, os);
            auto ro = m.rollover({});
            QVERIFY(!ro);
            QVERIFY2(ro.errorMessage().contains(QLatin1String("needs a migration that is syncing")), qPrintable(ro.errorMessage()));
            QCOMPARE(indicesOfAlias(m_os, base), QStringList{base + QStringLiteral("-a")});
            // init twice is refused too.
            auto again = m.init();
            QVERIFY(!again);
            QVERIFY2(again.errorMessage().contains(QLatin1String("initialised already")), qPrintable(again.errorMessage()));
            QVERIFY(m.cancel(true));
        }
        QCOMPARE(call(m_os, "HEAD", u'/' + base + QStringLiteral("-v2")).status, 404);

        // An unreachable cluster: a clear error within the timeout.
        ClusterEndpoint dead = endpoint(QStringLiteral("dead"), QStringLiteral("http://127.0.0.1:9"));
        IndexMigrator m(good, dead, dead);
        auto plan = m.plan();
        QVERIFY(!plan);
        QVERIFY2(plan.errorMessage().contains(QLatin1String("refused")), qPrintable(plan.errorMessage()));
        call(m_os, "DELETE", u'/' + base + QStringLiteral("-a"));
    }

    // Overload and broken connections between Godwit and the cluster: 503 and 429 bursts and resets on a
    // share of all requests. Both copy methods end with the exact equality check.
    void faultyNetwork_data()
    {
        QTest::addColumn<int>("method");
        QTest::newRow("reindex") << int(CopyMethod::Reindex);
        QTest::newRow("client") << int(CopyMethod::Client);
    }
    void faultyNetwork()
    {
        QFETCH(int, method);
        const QString base = GodwitTest::uniqueName(QStringLiteral("godwit-flt-"));
        QString why;
        QVERIFY2(createSource(m_os, base + QStringLiteral("-v1"), base, 6000, &why), qPrintable(why));
        FaultProxy proxy(QUrl(m_os), FaultProxy::Plan{7, 11, 13, {}});
        const ClusterEndpoint viaProxy = endpoint(QStringLiteral("os"), proxy.url().toString());
        Recipe r = recipe(base, QStringLiteral("os"), {}, base, base + QStringLiteral("-v2"), CopyMethod(method));
        r.jobs[0].batchSize = 500;
        const QString outcome = onWorker([&]() -> QString {
            IndexMigrator m(r, viaProxy, viaProxy);
            auto init = m.init();
            if (!init)
                return QStringLiteral("init: ") + init.errorMessage();
            IndexMigrator::RunOptions o;
            o.maxPasses = 2;
            auto run = m.run(o);
            if (!run)
                return QStringLiteral("run: ") + run.errorMessage();
            return {};
        });
        QVERIFY2(outcome.isEmpty(), qPrintable(outcome));
        QVERIFY2(proxy.faults() >= 5, qPrintable(QString::number(proxy.faults())));
        call(m_os, "POST", u'/' + base + QStringLiteral("-v2/_refresh"));
        auto cmp = compareIndices(options(m_os), base + QStringLiteral("-v1"), options(m_os), base + QStringLiteral("-v2"), true, nullptr);
        QVERIFY2(cmp, qPrintable(cmp.errorMessage()));
        QVERIFY2(cmp->equal(), qPrintable(cmp->examples.join(u'\n')));
        QCOMPARE(cmp->destDocs, 6000);
        IndexMigrator cleanup(r, endpoint(QStringLiteral("os"), m_os), endpoint(QStringLiteral("os"), m_os));
        QVERIFY(cleanup.cancel(true));
        call(m_os, "DELETE", u'/' + base + QStringLiteral("-v1"));
    }

    // Insufficient privileges when creating the destination: a clear message, nothing left behind.
    void forbidden()
    {
        const QString base = GodwitTest::uniqueName(QStringLiteral("godwit-403-"));
        QString why;
        QVERIFY2(createSource(m_os, base + QStringLiteral("-v1"), base, 10, &why), qPrintable(why));
        FaultProxy proxy(QUrl(m_os), FaultProxy::Plan{0, 0, 0, "PUT /" + base.toUtf8() + "-v2 "});
        const ClusterEndpoint viaProxy = endpoint(QStringLiteral("os"), proxy.url().toString());
        const Recipe r = recipe(base, QStringLiteral("os"), {}, base, base + QStringLiteral("-v2"), CopyMethod::Reindex);
        const QString outcome = onWorker([&]() -> QString {
            IndexMigrator m(r, viaProxy, viaProxy);
            auto init = m.init();
            return init ? QString() : init.errorMessage();
        });
        QVERIFY2(outcome.contains(QLatin1String("no permissions")), qPrintable(outcome));
        QVERIFY2(outcome.contains(QLatin1String("deleted again")), qPrintable(outcome));
        QCOMPARE(call(m_os, "HEAD", u'/' + base + QStringLiteral("-v2")).status, 404);
        call(m_os, "DELETE", u'/' + base + QStringLiteral("-v1"));
        IndexMigrator m(r, endpoint(QStringLiteral("os"), m_os), endpoint(QStringLiteral("os"), m_os));
        auto st = m.status();
        QVERIFY(st);
        QCOMPARE(st->state.status, QStringLiteral("failed"));
    }

    // godwit-cli drives a migration; a second instance is refused while the first runs; the first is killed
    // (SIGKILL) in the bulk phase; the next run takes over and ends equal.
    void killedProcess()
    {
        const QString base = GodwitTest::uniqueName(QStringLiteral("godwit-kill-"));
        QString why;
        QVERIFY2(createSource(m_os, base + QStringLiteral("-v1"), base, 20000, &why), qPrintable(why));
        QTemporaryDir ws;
        auto cli = [&](const QStringList &args, QString *out = nullptr, int timeoutMs = 180000) {
            QProcess p;
            p.setProgram(QStringLiteral(GODWIT_CLI_PATH));
            p.setArguments(QStringList{QStringLiteral("--workspace"), ws.path()} + args);
            p.start();
            p.closeWriteChannel();
            if (!p.waitForFinished(timeoutMs)) {
                p.kill();
                p.waitForFinished();
                return -1;
            }
            if (out)
                *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
            return p.exitCode();
        };
        QString out;
        QCOMPARE(cli({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("os"), m_os, QStringLiteral("--search")}, &out), 0);
        Recipe r = recipe(base, QStringLiteral("os"), {}, base, base + QStringLiteral("-v2"), CopyMethod::Reindex);
        r.jobs[0].requestsPerSecond = 2500; // about eight seconds of bulk copy
        r.jobs[0].slices = 1;
        QVERIFY(r.save(ws.filePath(QStringLiteral("recipes/") + base + QStringLiteral(".json"))));
        QCOMPARE(cli({QStringLiteral("index"), QStringLiteral("init"), base}, &out), 1); // no --yes, no terminal
        QVERIFY2(out.contains(QLatin1String("nothing was created")), qPrintable(out));
        QCOMPARE(call(m_os, "HEAD", u'/' + base + QStringLiteral("-v2")).status, 404);
        QCOMPARE(cli({QStringLiteral("index"), QStringLiteral("init"), base, QStringLiteral("--yes")}, &out), 0);

        QProcess first;
        first.setProgram(QStringLiteral(GODWIT_CLI_PATH));
        first.setArguments({QStringLiteral("--workspace"), ws.path(), QStringLiteral("index"), QStringLiteral("run"), base});
        first.start();
        // Wait until its bulk task runs.
        const QString statePath = QStringLiteral("/.godwit-migrations/_doc/") + base;
        QVERIFY(QTest::qWaitFor([&] {
            const QJsonObject s = callJson(m_os, "GET", statePath).value(QStringLiteral("_source")).toObject();
            return !s.value(QStringLiteral("jobs")).toArray().first().toObject().value(QStringLiteral("task")).toString().isEmpty();
        }, 30000));
        // A second Godwit is refused.
        QCOMPARE(cli({QStringLiteral("index"), QStringLiteral("run"), base, QStringLiteral("--once")}, &out), 1);
        QVERIFY2(out.contains(QLatin1String("being driven by another Godwit")), qPrintable(out));
        first.kill();
        QVERIFY(first.waitForFinished(10000));
        // The bulk task is still running in the cluster; the next run takes over and waits for it.
        QCOMPARE(cli({QStringLiteral("index"), QStringLiteral("run"), base, QStringLiteral("--once")}, &out), 0);
        QCOMPARE(cli({QStringLiteral("index"), QStringLiteral("verify"), base, QStringLiteral("--json")}, &out), 0);
        QVERIFY2(out.contains(QLatin1String("\"equal\": true")) || out.contains(QLatin1String("\"equal\":true")), qPrintable(out));
        QCOMPARE(cli({QStringLiteral("index"), QStringLiteral("status"), base, QStringLiteral("--json")}, &out), 0);
        const QJsonObject st = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(st.value(QStringLiteral("status")).toString(), QStringLiteral("syncing"));
        bool resumed = false;
        for (const QJsonValue &h : st.value(QStringLiteral("history")).toArray())
            resumed = resumed || h.toObject().value(QStringLiteral("event")).toString() == QLatin1String("resumed");
        QVERIFY2(resumed, qPrintable(out));
        QCOMPARE(cli({QStringLiteral("index"), QStringLiteral("cancel"), base, QStringLiteral("--delete-created"), QStringLiteral("--yes")}, &out), 0);
        call(m_os, "DELETE", u'/' + base + QStringLiteral("-v1"));
    }
};

QTEST_GUILESS_MAIN(TestIndexServers)
#include "tst_index_servers.moc"
