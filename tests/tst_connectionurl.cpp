// SPDX-License-Identifier: GPL-3.0-or-later
#include "connections/connectionprofile.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Godwit;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Godwit::Engine)
Q_DECLARE_METATYPE(Godwit::ConnectionKind)
Q_DECLARE_METATYPE(Godwit::AuthMethod)

class TestConnectionUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void databaseUrls_data();
    void databaseUrls();
    void sqliteUrls_data();
    void sqliteUrls();
    void searchUrls_data();
    void searchUrls();
    void badInput_data();
    void badInput();
    void secretsStayOut_data();
    void secretsStayOut();
    void jsonRoundTrip_data();
    void jsonRoundTrip();
    void engineKeys();
};

void TestConnectionUrl::databaseUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<Engine>("engine");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("options");

    QTest::newRow("psycopg2, encoded @ in password")
        << u"postgresql+psycopg2://u:p%40ss@h:5433/db"_s << Engine::PostgreSQL << u"h"_s << 5433 << u"u"_s
        << u"p@ss"_s << u"db"_s << QString();
    QTest::newRow("postgresql, no password, default port")
        << u"postgresql://invenio@localhost/invenio"_s << Engine::PostgreSQL << u"localhost"_s << 0
        << u"invenio"_s << QString() << u"invenio"_s << QString();
    QTest::newRow("postgres alias, sslmode kept, unknown parameter dropped")
        << u"postgres://app:s3cret@db.example.org:5432/zenodo?sslmode=require&foo=bar"_s << Engine::PostgreSQL
        << u"db.example.org"_s << 5432 << u"app"_s << u"s3cret"_s << u"zenodo"_s << u"sslmode=require"_s;
    QTest::newRow("pymysql with charset")
        << u"mysql+pymysql://invenio:secret@db.example.org/invenio?charset=utf8mb4"_s << Engine::MySQL
        << u"db.example.org"_s << 0 << u"invenio"_s << u"secret"_s << u"invenio"_s << QString();
    QTest::newRow("mariadb")
        << u"mariadb://root@127.0.0.1:3307/inventree"_s << Engine::MySQL << u"127.0.0.1"_s << 3307 << u"root"_s
        << QString() << u"inventree"_s << QString();
    QTest::newRow("mariadb+mariadbconnector, : and / in password")
        << u"mariadb+mariadbconnector://u:a%3Ab%2Fc@h/db"_s << Engine::MySQL << u"h"_s << 0 << u"u"_s
        << u"a:b/c"_s << u"db"_s << QString();
    QTest::newRow("surrounding blanks")
        << u"  postgresql://u@h/db \n"_s << Engine::PostgreSQL << u"h"_s << 0 << u"u"_s << QString() << u"db"_s
        << QString();
}

void TestConnectionUrl::databaseUrls()
{
    QFETCH(QString, url);
    QFETCH(Engine, engine);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, secret);
    QFETCH(QString, database);
    QFETCH(QString, options);

    const auto parsed = parseConnectionUrl(url);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    const ConnectionProfile &p = parsed->profile;
    QCOMPARE(p.engine, engine);
    QCOMPARE(p.kind(), ConnectionKind::Database);
    QCOMPARE(p.host, host);
    QCOMPARE(p.port, port);
    QCOMPARE(p.user, user);
    QCOMPARE(parsed->secret, secret);
    QCOMPARE(p.database, database);
    QCOMPARE(p.options, options);
    QCOMPARE(p.auth, user.isEmpty() ? AuthMethod::None : AuthMethod::Password);
    QVERIFY(p.isValid());
    QVERIFY(!p.name.isEmpty());
}

void TestConnectionUrl::sqliteUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("path");

    QTest::newRow("relative, three slashes") << u"sqlite:///relative.db"_s << QDir::current().absoluteFilePath(u"relative.db"_s);
    QTest::newRow("relative subfolder") << u"sqlite:///data/inventree.sqlite3"_s
                                        << QDir::current().absoluteFilePath(u"data/inventree.sqlite3"_s);
    QTest::newRow("absolute, four slashes") << u"sqlite:////abs/x.db"_s << u"/abs/x.db"_s;
    QTest::newRow("pysqlite driver, query dropped") << u"sqlite+pysqlite:////var/lib/app/db.sqlite?timeout=20"_s
                                                     << u"/var/lib/app/db.sqlite"_s;
    QTest::newRow("percent-encoded space") << u"sqlite:////tmp/my%20file.db"_s << u"/tmp/my file.db"_s;
    QTest::newRow("bare absolute path") << u"/srv/inventree/database.sqlite3"_s << u"/srv/inventree/database.sqlite3"_s;
    QTest::newRow("bare relative .db") << u"local.db"_s << QDir::current().absoluteFilePath(u"local.db"_s);
}

void TestConnectionUrl::sqliteUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, path);
    const auto parsed = parseConnectionUrl(url);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed->profile.engine, Engine::SQLite);
    QCOMPARE(parsed->profile.database, QDir::cleanPath(path));
    QVERIFY(parsed->profile.host.isEmpty());
    QVERIFY(parsed->secret.isEmpty());
    QVERIFY(!parsed->profile.needsSecret());
    QCOMPARE(parsed->profile.displayUrl(), u"sqlite:///"_s + QDir::cleanPath(path));
}

void TestConnectionUrl::searchUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<ConnectionKind>("hint");
    QTest::addColumn<Engine>("engine");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("secret");

    QTest::newRow("https with port") << u"https://host:9200"_s << ConnectionKind::Database << Engine::Search
                                     << u"https://host:9200"_s << QString() << QString();
    QTest::newRow("trailing slash") << u"http://search.local:9200/"_s << ConnectionKind::Database << Engine::Search
                                    << u"http://search.local:9200"_s << QString() << QString();
    QTest::newRow("host:port with search hint") << u"host:9200"_s << ConnectionKind::Search << Engine::Search
                                                << u"http://host:9200"_s << QString() << QString();
    QTest::newRow("bare host with search hint: 9200") << u"search"_s << ConnectionKind::Search << Engine::Search
                                                      << u"http://search:9200"_s << QString() << QString();
    QTest::newRow("https, user and password, default port 443")
        << u"https://user:pw@host"_s << ConnectionKind::Search << Engine::Search << u"https://host:443"_s
        << u"user"_s << u"pw"_s;
    QTest::newRow("http, no port: 9200") << u"http://localhost"_s << ConnectionKind::Search << Engine::Search
                                         << u"http://localhost:9200"_s << QString() << QString();
    QTest::newRow("encoded password") << u"https://admin:s3cr%3At%40x@search:9243"_s << ConnectionKind::Search
                                      << Engine::Search << u"https://search:9243"_s << u"admin"_s << u"s3cr:t@x"_s;
    QTest::newRow("elasticsearch+https") << u"elasticsearch+https://es.example.org:9243"_s << ConnectionKind::Database
                                         << Engine::Elasticsearch << u"https://es.example.org:9243"_s << QString()
                                         << QString();
    QTest::newRow("elasticsearch+https, no port") << u"elasticsearch+https://es.example.org"_s
                                                  << ConnectionKind::Database << Engine::Elasticsearch
                                                  << u"https://es.example.org:443"_s << QString() << QString();
    QTest::newRow("opensearch, plain") << u"opensearch://os:9201"_s << ConnectionKind::Database << Engine::OpenSearch
                                       << u"http://os:9201"_s << QString() << QString();
    QTest::newRow("path prefix kept") << u"https://proxy.example.org/es"_s << ConnectionKind::Search << Engine::Search
                                      << u"https://proxy.example.org:443/es"_s << QString() << QString();
}

void TestConnectionUrl::searchUrls()
{
    QFETCH(QString, url);
    QFETCH(ConnectionKind, hint);
    QFETCH(Engine, engine);
    QFETCH(QString, baseUrl);
    QFETCH(QString, user);
    QFETCH(QString, secret);

    const auto parsed = parseConnectionUrl(url, hint);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    const ConnectionProfile &p = parsed->profile;
    QCOMPARE(p.engine, engine);
    QCOMPARE(p.kind(), ConnectionKind::Search);
    QCOMPARE(p.urls, QStringList{baseUrl});
    QCOMPARE(p.user, user);
    QCOMPARE(parsed->secret, secret);
    QCOMPARE(p.auth, user.isEmpty() ? AuthMethod::None : AuthMethod::Password);
    QVERIFY(p.isValid());
    QVERIFY(p.host.isEmpty());
    QVERIFY(p.database.isEmpty());
}

void TestConnectionUrl::badInput_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<ConnectionKind>("hint");

    QTest::newRow("empty") << QString() << ConnectionKind::Database;
    QTest::newRow("blank") << u"   "_s << ConnectionKind::Database;
    QTest::newRow("ftp") << u"ftp://x"_s << ConnectionKind::Database;
    QTest::newRow("ftp, search hint") << u"ftp://x"_s << ConnectionKind::Search;
    QTest::newRow("postgresql without database") << u"postgresql://host"_s << ConnectionKind::Database;
    QTest::newRow("postgresql, slash but no database") << u"postgresql://u:p@host:5432/"_s << ConnectionKind::Database;
    QTest::newRow("postgresql without host") << u"postgresql:///db"_s << ConnectionKind::Database;
    QTest::newRow("mysql, bad port") << u"mysql://u@h:notaport/db"_s << ConnectionKind::Database;
    QTest::newRow("sqlite with two slashes") << u"sqlite://x"_s << ConnectionKind::Database;
    QTest::newRow("sqlite in memory") << u"sqlite:///:memory:"_s << ConnectionKind::Database;
    QTest::newRow("sqlite, no path") << u"sqlite:///"_s << ConnectionKind::Database;
    QTest::newRow("host:port as a database") << u"db.example.org:5432"_s << ConnectionKind::Database;
    QTest::newRow("https without host") << u"https://"_s << ConnectionKind::Search;
}

void TestConnectionUrl::badInput()
{
    QFETCH(QString, url);
    QFETCH(ConnectionKind, hint);
    const auto parsed = parseConnectionUrl(url, hint);
    QVERIFY2(!parsed.ok(), qPrintable(parsed.ok() ? parsed->profile.displayUrl() : QString()));
    QCOMPARE(parsed.error().kind, ErrorKind::InvalidInput);
    QVERIFY(!parsed.errorMessage().isEmpty());
    QVERIFY(!parsed.errorMessage().contains(u'\n'));
}

void TestConnectionUrl::secretsStayOut_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<ConnectionKind>("hint");
    QTest::addColumn<QString>("secret");

    QTest::newRow("postgresql") << u"postgresql+psycopg2://u:Hunter2Pw@h:5433/db"_s << ConnectionKind::Database << u"Hunter2Pw"_s;
    QTest::newRow("postgresql, encoded") << u"postgresql://u:p%40ssWord9@h/db"_s << ConnectionKind::Database << u"p@ssWord9"_s;
    QTest::newRow("mysql") << u"mysql+pymysql://root:Sup3rS3cret@localhost/invenio"_s << ConnectionKind::Database << u"Sup3rS3cret"_s;
    QTest::newRow("search https") << u"https://admin:OpenSesame77@search:9200"_s << ConnectionKind::Search << u"OpenSesame77"_s;
    QTest::newRow("elasticsearch+https") << u"elasticsearch+https://elastic:ChangeMe123@es:9243"_s << ConnectionKind::Search
                                         << u"ChangeMe123"_s;
}

void TestConnectionUrl::secretsStayOut()
{
    QFETCH(QString, url);
    QFETCH(ConnectionKind, hint);
    QFETCH(QString, secret);
    const auto parsed = parseConnectionUrl(url, hint);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
    QCOMPARE(parsed->secret, secret);
    QVERIFY(parsed->profile.needsSecret());

    const QString display = parsed->profile.displayUrl();
    QVERIFY(!display.isEmpty());
    QVERIFY2(!display.contains(secret), qPrintable(display));
    // Not even percent-encoded.
    QVERIFY2(!display.contains(QString::fromUtf8(QUrl::toPercentEncoding(secret))), qPrintable(display));
    if (parsed->profile.kind() == ConnectionKind::Database)
        QVERIFY2(display.contains(parsed->profile.user + u'@'), qPrintable(display));

    const QJsonObject object = parsed->profile.toJson();
    const QByteArray json = QJsonDocument(object).toJson();
    QVERIFY2(!json.contains(secret.toUtf8()), json.constData());
    QVERIFY(!json.contains(QUrl::toPercentEncoding(secret)));
    for (const QString &key : object.keys())
        QVERIFY2(!key.contains(u"secret"_s, Qt::CaseInsensitive) && !key.contains(u"password"_s, Qt::CaseInsensitive),
                 qPrintable(key));
}

void TestConnectionUrl::jsonRoundTrip_data()
{
    QTest::addColumn<ConnectionProfile>("profile");

    auto parsed = [](const QString &url, ConnectionKind hint = ConnectionKind::Database) {
        ConnectionProfile p = parseConnectionUrl(url, hint).value().profile;
        p.id = ConnectionProfile::newId();
        return p;
    };
    QTest::newRow("postgresql with options") << parsed(u"postgresql://u:p@h:5433/db?sslmode=verify-full&connect_timeout=5"_s);
    QTest::newRow("mysql") << parsed(u"mysql+pymysql://root@localhost/invenio"_s);
    QTest::newRow("sqlite") << parsed(u"sqlite:////var/lib/inventree/db.sqlite3"_s);
    QTest::newRow("search") << parsed(u"https://admin:pw@search:9200"_s, ConnectionKind::Search);

    ConnectionProfile full;
    full.id = ConnectionProfile::newId();
    full.name = u"Production « OpenSearch » ☃"_s;
    full.engine = Engine::OpenSearch;
    full.urls = {u"https://os1.example.org:9200"_s, u"https://os2.example.org:9200"_s};
    full.indexPrefix = u"zenodo-"_s;
    full.user = u"svc"_s;
    full.auth = AuthMethod::ApiKey;
    full.caFile = u"/etc/ssl/private-ca.pem"_s;
    full.verifyTls = false;
    full.source = u"invenio.cfg"_s;
    QTest::newRow("search, every field") << full;

    ConnectionProfile db;
    db.id = ConnectionProfile::newId();
    db.name = u"InvenTree"_s;
    db.engine = Engine::PostgreSQL;
    db.host = u"/var/run/postgresql"_s;
    db.database = u"inventree"_s;
    db.user = u"inventree"_s;
    db.auth = AuthMethod::Bearer;
    db.caFile = u"/ca.pem"_s;
    db.source = u"InvenTree config.yaml"_s;
    QTest::newRow("database, socket and CA") << db;
}

void TestConnectionUrl::jsonRoundTrip()
{
    QFETCH(ConnectionProfile, profile);
    const QJsonObject json = profile.toJson();
    const ConnectionProfile back = ConnectionProfile::fromJson(json);
    QCOMPARE(back.toJson(), json);
    QVERIFY(back == profile);
    // Through text too, as the connections file does.
    const QJsonDocument doc = QJsonDocument::fromJson(QJsonDocument(json).toJson());
    QVERIFY(ConnectionProfile::fromJson(doc.object()) == profile);
}

void TestConnectionUrl::engineKeys()
{
    for (Engine e : {Engine::SQLite, Engine::PostgreSQL, Engine::MySQL, Engine::Search, Engine::Elasticsearch,
                     Engine::OpenSearch}) {
        bool ok = false;
        QCOMPARE(engineFromKey(engineKey(e), &ok), e);
        QVERIFY(ok);
    }
    bool ok = true;
    engineFromKey(u"oracle"_s, &ok);
    QVERIFY(!ok);
    for (AuthMethod a : {AuthMethod::None, AuthMethod::Password, AuthMethod::ApiKey, AuthMethod::Bearer})
        QCOMPARE(authFromKey(authKey(a)), a);
    QCOMPARE(authFromKey(u"basic"_s), AuthMethod::Password);
}

QTEST_GUILESS_MAIN(TestConnectionUrl)
#include "tst_connectionurl.moc"
