// SPDX-License-Identifier: GPL-3.0-or-later
// Against the real OpenSearch 2.x, Elasticsearch 7.10.2 and TLS proxy of scripts/test-servers, plus in-process
// fault-injection servers.
#include "browse/browsemodel.h"
#include "connections/connectiontester.h"
#include "search/clusterclient.h"

#include "fakehttpserver.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

using namespace Godwit;
using namespace Qt::StringLiterals;
using GodwitTest::childStartingWith;
using GodwitTest::childTexts;

namespace {

// Runs fn on a pool thread while this thread keeps serving its events (the fake servers live here).
template<typename F>
auto inWorker(F fn) -> decltype(fn())
{
    QFuture<std::optional<decltype(fn())>> future = QtConcurrent::run([fn] { return std::optional(fn()); });
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return *future.result();
}

HttpOptions options(const QString &url)
{
    HttpOptions o;
    o.baseUrl = QUrl(url);
    return o;
}

QByteArray rootAnswer(const QByteArray &distribution, const QByteArray &number)
{
    const QByteArray dist = distribution.isEmpty() ? QByteArray() : "\"distribution\": \"" + distribution + "\", ";
    return "{\"name\": \"fake-node\", \"cluster_name\": \"fake-cluster\", \"cluster_uuid\": \"x\", \"version\": {" + dist
        + "\"number\": \"" + number + "\", \"lucene_version\": \"8.7.0\"}, \"tagline\": \"You Know, for Search\"}";
}

QJsonDocument json(const char *text) { return QJsonDocument::fromJson(QByteArray(text)); }

QString describe(const Error &e) { return errorKindName(e.kind) + u": "_s + e.message; }

} // namespace

class TestClusters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void info_data();
    void info();
    void tls_data();
    void tls();
    void notASearchCluster_data();
    void notASearchCluster();
    void silentServerTimesOut();
    void retriesOverloadAndResets_data();
    void retriesOverloadAndResets();
    void persistentOverloadIsAServerError();
    void closedPort();

    void indicesAliasesMapping();
    void reindexInCluster();
    void remoteReindexFromEs7();
    void browseCluster();

private:
    Result<QJsonDocument> send(HttpClient &http, const QByteArray &method, const QString &path, const QJsonDocument &body = {});
    qint64 count(HttpClient &http, const QString &index);
    Status createIndexWithDocs(HttpClient &http, const QString &index, int docs);

    ConnectionProfile m_os;
    ConnectionProfile m_es7;
    QString m_prefix;
    QStringList m_osIndices;
    QStringList m_es7Indices;
};

void TestClusters::initTestCase()
{
    GODWIT_REQUIRE_ENV(u"GODWIT_TEST_OPENSEARCH_URL"_s, u"GODWIT_TEST_ES7_URL"_s, u"GODWIT_TEST_TLS_URL"_s,
                       u"GODWIT_TEST_TLS_CA"_s, u"GODWIT_TEST_TLS_USER"_s, u"GODWIT_TEST_TLS_PASSWORD"_s);
    for (auto [profile, var] : {std::pair{&m_os, "GODWIT_TEST_OPENSEARCH_URL"}, std::pair{&m_es7, "GODWIT_TEST_ES7_URL"}}) {
        const auto parsed = parseConnectionUrl(GodwitTest::env(var), ConnectionKind::Search);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        *profile = parsed->profile;
        profile->id = ConnectionProfile::newId();
    }
    m_prefix = GodwitTest::uniqueName(u"godwit-tst-"_s) + u'-';
    // Both the suite's own indices and indices of other runs must not disturb counts: we always name ours.
    m_osIndices = {m_prefix + u"records-v1"_s, m_prefix + u"records-copy"_s, m_prefix + u"from-es7"_s};
    m_es7Indices = {m_prefix + u"legacy"_s};
}

void TestClusters::cleanupTestCase()
{
    if (m_prefix.isEmpty())
        return;
    HttpClient os(HttpOptions::fromProfile(m_os, {}));
    for (const QString &index : std::as_const(m_osIndices))
        os.request("DELETE", u"/"_s + index); // absent ones answer 404: fine
    HttpClient es(HttpOptions::fromProfile(m_es7, {}));
    for (const QString &index : std::as_const(m_es7Indices))
        es.request("DELETE", u"/"_s + index);
    auto left = os.getJson(u"/_cat/indices/"_s + m_prefix + u"*?format=json"_s);
    QVERIFY(left.ok());
    QCOMPARE(left->array().size(), 0);
}

Result<QJsonDocument> TestClusters::send(HttpClient &http, const QByteArray &method, const QString &path,
                                         const QJsonDocument &body)
{
    return http.sendJson(method, path, body);
}

qint64 TestClusters::count(HttpClient &http, const QString &index)
{
    auto r = http.getJson(u"/"_s + index + u"/_count"_s);
    return r ? qint64(r->object().value(u"count"_s).toDouble(-1)) : -1;
}

Status TestClusters::createIndexWithDocs(HttpClient &http, const QString &index, int docs)
{
    auto created = send(http, "PUT", u"/"_s + index, json(R"({
        "settings": {"number_of_shards": 1, "number_of_replicas": 0},
        "mappings": {"properties": {
            "title": {"type": "text", "fields": {"raw": {"type": "keyword"}}},
            "year": {"type": "integer"},
            "metadata": {"properties": {
                "creators": {"type": "nested", "properties": {"name": {"type": "keyword"}}},
                "doi": {"type": "keyword"}}}}}})"));
    if (!created)
        return created.error();
    QByteArray bulk;
    for (int i = 1; i <= docs; ++i) {
        bulk += "{\"index\": {\"_id\": \"rec-" + QByteArray::number(i) + "\"}}\n";
        const QJsonObject doc{{u"title"_s, u"Record n°%1 — « données »"_s.arg(i)},
                              {u"year"_s, 1990 + i % 30},
                              {u"metadata"_s, QJsonObject{{u"doi"_s, u"10.5281/zenodo.%1"_s.arg(i)},
                                                          {u"creators"_s, QJsonArray{QJsonObject{{u"name"_s, u"Doe, J."_s}},
                                                                                     QJsonObject{{u"name"_s, u"Ünal, Ö."_s}}}}}}};
        bulk += QJsonDocument(doc).toJson(QJsonDocument::Compact) + '\n';
    }
    auto r = http.request("POST", u"/"_s + index + u"/_bulk?refresh=true"_s, bulk, "application/x-ndjson");
    if (!r)
        return r.error();
    if (!r->isSuccess())
        return HttpClient::httpError(*r, http.url(u"/_bulk"_s));
    if (r->json().object().value(u"errors"_s).toBool())
        return Error::make(ErrorKind::Server, QString::fromUtf8(r->body.left(500)));
    return success();
}

// --------------------------------------------------------------------------------------------- identification

void TestClusters::info_data()
{
    QTest::addColumn<QString>("urlVar");
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("versionPrefix");
    QTest::newRow("OpenSearch 2") << u"GODWIT_TEST_OPENSEARCH_URL"_s << u"OpenSearch"_s << u"2."_s;
    QTest::newRow("Elasticsearch 7.10.2") << u"GODWIT_TEST_ES7_URL"_s << u"Elasticsearch"_s << u"7.10.2"_s;
}

void TestClusters::info()
{
    QFETCH(QString, urlVar);
    QFETCH(QString, product);
    QFETCH(QString, versionPrefix);
    ConnectionProfile p = parseConnectionUrl(qEnvironmentVariable(urlVar.toLatin1().constData()), ConnectionKind::Search)->profile;
    ClusterClient client(p, {});
    const auto info = client.info();
    QVERIFY2(info.ok(), qPrintable(info.errorMessage()));
    QCOMPARE(info->product, product);
    QVERIFY2(info->version.startsWith(versionPrefix), qPrintable(info->version));
    QVERIFY(!info->clusterName.isEmpty());
    QVERIFY(info->details.contains(info->version));
    QVERIFY(info->latencyMs >= 0);

    // The same through the connection tester, as the GUI and CLI call it.
    const auto tested = testConnection(p, {});
    QVERIFY(tested.ok());
    QCOMPARE(tested->product, product);
    const QJsonObject j = serverInfoToJson(*tested, p);
    QCOMPARE(j.value(u"distribution"_s).toString(), product.toLower());

    const auto health = client.health();
    QVERIFY(health.ok());
    QVERIFY(QStringList({u"green"_s, u"yellow"_s}).contains(health->value(u"status"_s).toString()));
    const auto nodes = client.nodes();
    QVERIFY(nodes.ok());
    QCOMPARE(nodes->size(), 1);
    QVERIFY(nodes->first().master);
    QCOMPARE(nodes->first().version, info->version);
}

void TestClusters::tls_data()
{
    QTest::addColumn<bool>("withCa");
    QTest::addColumn<bool>("verify");
    QTest::addColumn<QString>("password"); // "right", "wrong" or "none"
    QTest::addColumn<int>("kind");         // -1: success

    QTest::newRow("CA and right password") << true << true << u"right"_s << -1;
    QTest::newRow("no CA: untrusted") << false << true << u"right"_s << int(ErrorKind::TlsUntrusted);
    QTest::newRow("wrong password") << true << true << u"wrong"_s << int(ErrorKind::AuthenticationFailed);
    QTest::newRow("no credentials") << true << true << u"none"_s << int(ErrorKind::AuthenticationFailed);
    QTest::newRow("verification off, no CA") << false << false << u"right"_s << -1;
}

void TestClusters::tls()
{
    QFETCH(bool, withCa);
    QFETCH(bool, verify);
    QFETCH(QString, password);
    QFETCH(int, kind);

    const auto parsed = parseConnectionUrl(GodwitTest::env("GODWIT_TEST_TLS_URL"), ConnectionKind::Search);
    QVERIFY(parsed.ok());
    ConnectionProfile p = parsed->profile;
    QVERIFY(p.urls.first().startsWith(u"https://"_s));
    if (withCa)
        p.caFile = GodwitTest::env("GODWIT_TEST_TLS_CA");
    p.verifyTls = verify;
    QString secret;
    if (password != u"none"_s) {
        p.auth = AuthMethod::Password;
        p.user = GodwitTest::env("GODWIT_TEST_TLS_USER");
        secret = password == u"right"_s ? GodwitTest::env("GODWIT_TEST_TLS_PASSWORD") : u"not-the-password"_s;
    }
    QElapsedTimer clock;
    clock.start();
    const auto info = testConnection(p, secret);
    QVERIFY(clock.elapsed() < 20000);
    if (kind < 0) {
        QVERIFY2(info.ok(), qPrintable(describe(info.ok() ? Error{} : info.error())));
        QCOMPARE(info->product, u"OpenSearch"_s);
    } else {
        QVERIFY(!info.ok());
        QVERIFY2(int(info.error().kind) == kind, qPrintable(describe(info.error())));
        if (!secret.isEmpty())
            QVERIFY(!info.errorMessage().contains(secret));
    }
}

// ------------------------------------------------------------------------------------------- fault injection

void TestClusters::notASearchCluster_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::newRow("HTML page") << FakeHttpServer::response(200, "OK", "text/html",
                                                           "<!doctype html><html><body><h1>Welcome to nginx!</h1></body></html>");
    QTest::newRow("JSON, but another API") << FakeHttpServer::json(200, R"({"status": "ok", "version": "1.2.3"})");
    QTest::newRow("JSON array") << FakeHttpServer::json(200, R"([1, 2, 3])");
    QTest::newRow("404 page") << FakeHttpServer::response(404, "Not Found", "text/plain", "no such thing");
}

void TestClusters::notASearchCluster()
{
    QFETCH(QByteArray, answer);
    FakeHttpServer server([answer](int, const QByteArray &) { return answer; });
    QVERIFY(server.isListening());
    HttpOptions o = options(server.url().toString());
    o.timeoutMs = 5000;
    const auto info = inWorker([o] { return ClusterClient(o).info(); });
    QVERIFY(!info.ok());
    QVERIFY2(info.error().kind == ErrorKind::NotASearchCluster, qPrintable(describe(info.error())));
    QVERIFY(info.errorMessage().contains(server.url().host()));
    QCOMPARE(server.requestCount(), 1);
}

void TestClusters::silentServerTimesOut()
{
    FakeHttpServer server([](int, const QByteArray &) { return QByteArray(); }); // accepts, never answers
    HttpOptions o = options(server.url().toString());
    o.timeoutMs = 1500;
    QElapsedTimer clock;
    clock.start();
    const auto info = inWorker([o] { return ClusterClient(o).info(); });
    const qint64 elapsed = clock.elapsed();
    QVERIFY(!info.ok());
    QVERIFY2(info.error().kind == ErrorKind::Timeout, qPrintable(describe(info.error())));
    QVERIFY2(elapsed >= 1400 && elapsed < 4000, qPrintable(QString::number(elapsed)));
    QCOMPARE(server.requestCount(), 1); // a timeout is not retried
}

void TestClusters::retriesOverloadAndResets_data()
{
    QTest::addColumn<QByteArray>("failure");
    QTest::addColumn<int>("failures");
    QTest::newRow("503 twice") << FakeHttpServer::response(503, "Service Unavailable", "text/plain", "busy") << 2;
    QTest::newRow("429 once") << FakeHttpServer::json(429, R"({"error": "too many requests"})") << 1;
    QTest::newRow("502 three times") << FakeHttpServer::response(502, "Bad Gateway", "text/html", "<h1>502</h1>") << 3;
    QTest::newRow("connection reset twice") << FakeHttpServer::closeConnection() << 2;
}

void TestClusters::retriesOverloadAndResets()
{
    QFETCH(QByteArray, failure);
    QFETCH(int, failures);
    FakeHttpServer server([failure, failures](int n, const QByteArray &) {
        return n <= failures ? failure : FakeHttpServer::json(200, rootAnswer("opensearch", "2.11.1"));
    });
    HttpOptions o = options(server.url().toString());
    o.retryBaseDelayMs = 20;
    o.timeoutMs = 5000;
    const auto info = inWorker([o] { return ClusterClient(o).info(); });
    QVERIFY2(info.ok(), qPrintable(describe(info.ok() ? Error{} : info.error())));
    QCOMPARE(info->product, u"OpenSearch"_s);
    QCOMPARE(info->version, u"2.11.1"_s);
    QCOMPARE(info->clusterName, u"fake-cluster"_s);
    QCOMPARE(server.requestCount(), failures + 1);
}

void TestClusters::persistentOverloadIsAServerError()
{
    // A cluster that stays unavailable (no elected master: 503 with an Elasticsearch error body) is a cluster
    // in trouble, not "not a search cluster". It is retried, then reported with the server's reason.
    const QByteArray body = R"({"error": {"root_cause": [{"type": "master_not_discovered_exception", "reason": null}],
        "type": "master_not_discovered_exception", "reason": null}, "status": 503})";
    FakeHttpServer server([body](int, const QByteArray &) { return FakeHttpServer::json(503, body); });
    HttpOptions o = options(server.url().toString());
    o.retryBaseDelayMs = 10;
    o.retries = 2;
    const auto info = inWorker([o] { return ClusterClient(o).info(); });
    QVERIFY(!info.ok());
    QVERIFY2(info.error().kind == ErrorKind::Server, qPrintable(describe(info.error())));
    QVERIFY2(info.errorMessage().contains(u"master_not_discovered_exception"_s), qPrintable(info.errorMessage()));
    QCOMPARE(server.requestCount(), 3);
}

void TestClusters::closedPort()
{
    QElapsedTimer clock;
    clock.start();
    const auto info = inWorker([] { return ClusterClient(options(u"http://127.0.0.1:1"_s)).info(); });
    QVERIFY(!info.ok());
    QVERIFY2(info.error().kind == ErrorKind::HostUnreachable, qPrintable(describe(info.error())));
    QVERIFY(clock.elapsed() < 5000);

    const auto parsed = parseConnectionUrl(u"127.0.0.1:1"_s, ConnectionKind::Search);
    QVERIFY(parsed.ok());
    const auto tested = testConnection(parsed->profile, {});
    QVERIFY(!tested.ok());
    QCOMPARE(tested.error().kind, ErrorKind::HostUnreachable);
}

// ------------------------------------------------------------------------------------------ real index work

void TestClusters::indicesAliasesMapping()
{
    HttpClient http(HttpOptions::fromProfile(m_os, {}));
    const QString index = m_osIndices.at(0);
    const QString alias = m_prefix + u"records"_s;
    const Status created = createIndexWithDocs(http, index, 25);
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    const auto aliased = send(http, "POST", u"/_aliases"_s,
                              QJsonDocument(QJsonObject{{u"actions"_s, QJsonArray{QJsonObject{{u"add"_s, QJsonObject{
                                  {u"index"_s, index}, {u"alias"_s, alias}, {u"is_write_index"_s, true}}}}}}}));
    QVERIFY2(aliased.ok(), qPrintable(aliased.errorMessage()));

    ClusterClient client(m_os, {});
    const auto indices = client.indices(m_prefix + u'*');
    QVERIFY2(indices.ok(), qPrintable(indices.errorMessage()));
    QCOMPARE(indices->size(), 1);
    QCOMPARE(indices->first().name, index);
    QCOMPARE(indices->first().docs, qint64(25));
    QCOMPARE(indices->first().status, u"open"_s);
    QCOMPARE(indices->first().health, u"green"_s);
    QCOMPARE(indices->first().primaries, 1);
    QCOMPARE(indices->first().replicas, 0);
    QVERIFY(indices->first().sizeBytes > 0);

    const auto aliases = client.aliases();
    QVERIFY(aliases.ok());
    bool found = false;
    for (const ClusterAlias &a : *aliases)
        if (a.alias == alias) {
            found = true;
            QCOMPARE(a.index, index);
            QVERIFY(a.writeIndex);
        }
    QVERIFY(found);

    const auto fields = client.mapping(index);
    QVERIFY2(fields.ok(), qPrintable(fields.errorMessage()));
    QHash<QString, QString> types;
    for (const MappingField &f : *fields)
        types.insert(f.path, f.type);
    QCOMPARE(types.value(u"title"_s), u"text"_s);
    QCOMPARE(types.value(u"title.raw"_s), u"keyword"_s);
    QCOMPARE(types.value(u"year"_s), u"integer"_s);
    QCOMPARE(types.value(u"metadata"_s), u"object"_s);
    QCOMPARE(types.value(u"metadata.doi"_s), u"keyword"_s);
    QCOMPARE(types.value(u"metadata.creators"_s), u"nested"_s);
    QCOMPARE(types.value(u"metadata.creators.name"_s), u"keyword"_s);
    QCOMPARE(fields->size(), 7);

    // Through the alias too; and a missing index is NotFound.
    QCOMPARE(client.mapping(alias)->size(), 7);
    const auto missing = client.mapping(m_prefix + u"does-not-exist"_s);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);

    // A profile's index prefix limits what is listed.
    ConnectionProfile prefixed = m_os;
    prefixed.indexPrefix = m_prefix;
    ClusterClient scoped(prefixed, {});
    const auto mine = scoped.indices();
    QVERIFY(mine.ok());
    QCOMPARE(mine->size(), 1);
    const auto myAliases = scoped.aliases();
    QVERIFY(myAliases.ok());
    QCOMPARE(myAliases->size(), 1);
    QCOMPARE(myAliases->first().alias, alias);
}

void TestClusters::reindexInCluster()
{
    HttpClient http(HttpOptions::fromProfile(m_os, {}));
    const QString source = m_osIndices.at(0);
    const QString dest = m_osIndices.at(1);
    if (count(http, source) < 0) {
        const Status created = createIndexWithDocs(http, source, 25);
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    }
    const qint64 sourceCount = count(http, source);
    QCOMPARE(sourceCount, qint64(25));

    const auto r = send(http, "POST", u"/_reindex?wait_for_completion=true"_s,
                        QJsonDocument(QJsonObject{{u"source"_s, QJsonObject{{u"index"_s, source}}},
                                                  {u"dest"_s, QJsonObject{{u"index"_s, dest}}}}));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    const QJsonObject result = r->object();
    QCOMPARE(result.value(u"created"_s).toInt(), 25);
    QCOMPARE(result.value(u"failures"_s).toArray().size(), 0);
    QVERIFY(send(http, "POST", u"/"_s + dest + u"/_refresh"_s).ok());
    QCOMPARE(count(http, dest), sourceCount);

    auto a = http.getJson(u"/"_s + source + u"/_doc/rec-7"_s);
    auto b = http.getJson(u"/"_s + dest + u"/_doc/rec-7"_s);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(b->object().value(u"_source"_s), a->object().value(u"_source"_s));
}

void TestClusters::remoteReindexFromEs7()
{
    HttpClient es(HttpOptions::fromProfile(m_es7, {}));
    HttpClient os(HttpOptions::fromProfile(m_os, {}));
    const QString legacy = m_es7Indices.at(0);
    const QString dest = m_osIndices.at(2);
    const Status created = createIndexWithDocs(es, legacy, 40);
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    QCOMPARE(count(es, legacy), qint64(40));

    const QJsonObject body{
        {u"source"_s, QJsonObject{{u"remote"_s, QJsonObject{{u"host"_s, m_es7.urls.first()}}},
                                  {u"index"_s, legacy}, {u"size"_s, 15}}},
        {u"dest"_s, QJsonObject{{u"index"_s, dest}}},
    };
    const auto r = send(os, "POST", u"/_reindex?wait_for_completion=true"_s, QJsonDocument(body));
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    QCOMPARE(r->object().value(u"created"_s).toInt(), 40);
    QCOMPARE(r->object().value(u"failures"_s).toArray().size(), 0);
    QVERIFY(send(os, "POST", u"/"_s + dest + u"/_refresh"_s).ok());
    QCOMPARE(count(os, dest), count(es, legacy));

    for (const QString &id : {u"rec-1"_s, u"rec-23"_s, u"rec-40"_s}) {
        auto from = es.getJson(u"/"_s + legacy + u"/_doc/"_s + id);
        auto to = os.getJson(u"/"_s + dest + u"/_doc/"_s + id);
        QVERIFY2(from.ok(), qPrintable(from.errorMessage()));
        QVERIFY2(to.ok(), qPrintable(to.errorMessage()));
        const QJsonObject source = from->object().value(u"_source"_s).toObject();
        QVERIFY(!source.isEmpty());
        QCOMPARE(to->object().value(u"_source"_s).toObject(), source);
    }
    // A remote that is not allowed / not there is an error with the server's reason, not a hang.
    const QJsonObject bad{
        {u"source"_s, QJsonObject{{u"remote"_s, QJsonObject{{u"host"_s, u"http://127.0.0.1:1"_s}}}, {u"index"_s, legacy}}},
        {u"dest"_s, QJsonObject{{u"index"_s, dest}}},
    };
    const auto failed = send(os, "POST", u"/_reindex?wait_for_completion=true"_s, QJsonDocument(bad));
    QVERIFY(!failed.ok());
    QVERIFY(!failed.errorMessage().isEmpty());
}

void TestClusters::browseCluster()
{
    HttpClient http(HttpOptions::fromProfile(m_os, {}));
    if (count(http, m_osIndices.at(0)) < 0) {
        const Status created = createIndexWithDocs(http, m_osIndices.at(0), 25);
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    }
    ConnectionProfile p = m_os;
    p.indexPrefix = m_prefix;
    p.name = u"OpenSearch test"_s;

    JobManager jobs;
    BrowseModel model(&jobs);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &BrowseModel::loaded);
    QSignalSpy failed(&model, &BrowseModel::loadFailed);
    model.setConnection(p, {});
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() + failed.count() > 0, 30000);
    QCOMPARE(failed.count(), 0);

    const QStringList top = childTexts(&model);
    QCOMPARE(top.size(), 4);
    QCOMPARE(top.at(0), u"Cluster"_s);
    QCOMPARE(top.at(1), u"Nodes (1)"_s);
    QVERIFY(top.at(2).startsWith(u"Indices ("_s));
    QVERIFY(top.at(3).startsWith(u"Aliases ("_s));
    const QModelIndex cluster = model.index(0, 0);
    QVERIFY(model.data(model.index(0, BrowseModel::DetailColumn)).toString().startsWith(u"OpenSearch 2."_s));
    QCOMPARE(childTexts(&model, cluster), (QStringList{u"Name"_s, u"Distribution"_s, u"Health"_s, u"Shards"_s}));

    const QModelIndex indices = model.index(2, 0);
    const QModelIndex records = childStartingWith(&model, indices, m_osIndices.at(0), BrowseModel::NameRole);
    QVERIFY(records.isValid());
    QCOMPARE(model.data(records, BrowseModel::KindRole).toInt(), int(BrowseModel::NodeKind::SearchIndex));
    QCOMPARE(model.data(records, BrowseModel::CountRole).toLongLong(), qint64(25));
    QVERIFY(model.data(records, BrowseModel::SizeRole).toLongLong() > 0);
    QVERIFY(!model.data(model.index(records.row(), BrowseModel::SizeColumn, indices)).toString().isEmpty());
    if (model.canFetchMore(records)) // unless the tester expanded it already
        model.fetchMore(records);
    QTRY_COMPARE_WITH_TIMEOUT(childTexts(&model, records), QStringList{u"Mapping (7 fields)"_s}, 30000);
    QVERIFY(!model.data(records, BrowseModel::LoadingRole).toBool());
    const QModelIndex mapping = model.index(0, 0, records);
    const QModelIndex creators = childStartingWith(&model, mapping, u"metadata.creators.name"_s);
    QVERIFY(creators.isValid());
    QCOMPARE(model.data(creators, BrowseModel::KindRole).toInt(), int(BrowseModel::NodeKind::Field));
    QCOMPARE(model.data(creators, BrowseModel::DetailRole).toString(), u"keyword"_s);
    QTRY_COMPARE(jobs.runningCount(), 0);

    // A node that is not a search cluster shows an error.
    model.setConnection(parseConnectionUrl(u"http://127.0.0.1:1"_s, ConnectionKind::Search)->profile, {});
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 20000);
    QCOMPARE(failed.first().first().value<Error>().kind, ErrorKind::HostUnreachable);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, 0), BrowseModel::KindRole).toInt(), int(BrowseModel::NodeKind::Error));
}

QTEST_GUILESS_MAIN(TestClusters)
#include "tst_clusters.moc"
