// SPDX-License-Identifier: GPL-3.0-or-later
// godwit-cli against the real servers of scripts/test-servers; the passwords never show in its output.
#include "clirunner.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using GodwitTest::CliRun;
using GodwitTest::runCli;

namespace {

struct Target
{
    QString url;        // without the password
    QByteArray password;
};

Target split(const QString &urlWithPassword)
{
    QUrl url(urlWithPassword);
    Target t;
    t.password = url.password(QUrl::FullyDecoded).toUtf8();
    url.setPassword({});
    t.url = url.toString();
    return t;
}

} // namespace

class TestCliServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dbTest_data();
    void dbTest();
    void dbTestPasswordSources_data();
    void dbTestPasswordSources();
    void clusterTest_data();
    void clusterTest();
    void tls_data();
    void tls();
    void savedTlsConnection();

private:
    // Fails the test if any password of the servers shows in the output.
    void checkNoSecret(const CliRun &run);

    Target m_pg;
    Target m_maria;
    QByteArray m_tlsPassword;
    QTemporaryDir m_dir;
};

void TestCliServers::initTestCase()
{
    GODWIT_REQUIRE_ENV(u"GODWIT_TEST_PG_URL"_s, u"GODWIT_TEST_MARIADB_URL"_s, u"GODWIT_TEST_OPENSEARCH_URL"_s,
                       u"GODWIT_TEST_ES7_URL"_s, u"GODWIT_TEST_TLS_URL"_s, u"GODWIT_TEST_TLS_CA"_s,
                       u"GODWIT_TEST_TLS_USER"_s, u"GODWIT_TEST_TLS_PASSWORD"_s);
    QVERIFY(m_dir.isValid());
    m_pg = split(GodwitTest::env("GODWIT_TEST_PG_URL"));
    m_maria = split(GodwitTest::env("GODWIT_TEST_MARIADB_URL"));
    m_tlsPassword = GodwitTest::env("GODWIT_TEST_TLS_PASSWORD").toUtf8();
    QVERIFY(!m_pg.password.isEmpty());
    QVERIFY(!m_maria.password.isEmpty());
    QVERIFY(!m_tlsPassword.isEmpty());
}

void TestCliServers::checkNoSecret(const CliRun &run)
{
    for (const QByteArray &secret : {m_pg.password, m_maria.password, m_tlsPassword}) {
        QVERIFY2(!run.out.contains(secret), run.out.constData());
        QVERIFY2(!run.err.contains(secret), run.err.constData());
    }
}

void TestCliServers::dbTest_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("versionPrefix");
    QTest::newRow("PostgreSQL") << u"pg"_s << u"postgresql"_s << u"15"_s;
    QTest::newRow("MariaDB") << u"mariadb"_s << u"mariadb"_s << QString();
}

void TestCliServers::dbTest()
{
    QFETCH(QString, which);
    QFETCH(QString, engine);
    QFETCH(QString, versionPrefix);
    const Target &t = which == u"pg"_s ? m_pg : m_maria;

    CliRun r = runCli({u"db"_s, u"test"_s, t.url, u"--json"_s, u"--password-stdin"_s}, t.password + '\n');
    QVERIFY2(r.finished && r.exitCode == 0, r.summary().constData());
    checkNoSecret(r);
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(u"ok"_s).toBool(), true);
    QCOMPARE(o.value(u"engine"_s).toString(), engine);
    const QString version = o.value(u"version"_s).toString();
    QVERIFY2(!version.isEmpty() && version.startsWith(versionPrefix), qPrintable(version));
    QVERIFY(o.value(u"latency_ms"_s).toDouble(-1) >= 0);
    QCOMPARE(o.value(u"url"_s).toString(), t.url);

    // Human-readable form.
    r = runCli({u"db"_s, u"test"_s, t.url, u"--password-stdin"_s}, t.password + '\n');
    QVERIFY2(r.finished && r.exitCode == 0, r.summary().constData());
    QVERIFY(r.out.startsWith("OK  "));
    checkNoSecret(r);

    // A wrong password fails cleanly, and the wrong one does not show either.
    r = runCli({u"db"_s, u"test"_s, t.url, u"--json"_s, u"--password-stdin"_s}, "Wr0ngPassw0rdXYZ\n");
    QVERIFY2(r.finished && r.exitCode == 1, r.summary().constData());
    QCOMPARE(r.json().object().value(u"error"_s).toString(), u"authentication-failed"_s);
    QVERIFY(!r.out.contains("Wr0ngPassw0rdXYZ") && !r.err.contains("Wr0ngPassw0rdXYZ"));
    QCOMPARE(r.errLines().size(), 1);
    checkNoSecret(r);
}

void TestCliServers::dbTestPasswordSources_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("in the URL") << u"url"_s;
    QTest::newRow("GODWIT_PASSWORD") << u"env"_s;
}

void TestCliServers::dbTestPasswordSources()
{
    QFETCH(QString, source);
    CliRun r;
    if (source == u"url"_s)
        r = runCli({u"db"_s, u"test"_s, GodwitTest::env("GODWIT_TEST_PG_URL"), u"--json"_s});
    else
        r = runCli({u"db"_s, u"test"_s, m_pg.url, u"--json"_s}, {}, 60000,
                   {u"GODWIT_PASSWORD="_s + QString::fromUtf8(m_pg.password)});
    QVERIFY2(r.finished && r.exitCode == 0, r.summary().constData());
    QCOMPARE(r.json().object().value(u"engine"_s).toString(), u"postgresql"_s);
    checkNoSecret(r);
}

void TestCliServers::clusterTest_data()
{
    QTest::addColumn<QString>("urlVar");
    QTest::addColumn<QString>("distribution");
    QTest::addColumn<QString>("versionPrefix");
    QTest::newRow("OpenSearch") << u"GODWIT_TEST_OPENSEARCH_URL"_s << u"opensearch"_s << u"2."_s;
    QTest::newRow("Elasticsearch 7") << u"GODWIT_TEST_ES7_URL"_s << u"elasticsearch"_s << u"7.10.2"_s;
}

void TestCliServers::clusterTest()
{
    QFETCH(QString, urlVar);
    QFETCH(QString, distribution);
    QFETCH(QString, versionPrefix);
    const CliRun r = runCli({u"cluster"_s, u"test"_s, qEnvironmentVariable(urlVar.toLatin1().constData()), u"--json"_s});
    QVERIFY2(r.finished && r.exitCode == 0, r.summary().constData());
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(u"ok"_s).toBool(), true);
    QCOMPARE(o.value(u"distribution"_s).toString(), distribution);
    QVERIFY(o.value(u"version"_s).toString().startsWith(versionPrefix));
    QVERIFY(!o.value(u"cluster_name"_s).toString().isEmpty());
}

void TestCliServers::tls_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("error");

    const QString ca = GodwitTest::env("GODWIT_TEST_TLS_CA");
    const QString user = GodwitTest::env("GODWIT_TEST_TLS_USER");
    const QByteArray password = GodwitTest::env("GODWIT_TEST_TLS_PASSWORD").toUtf8();
    QTest::newRow("CA, user, password on stdin")
        << QStringList{u"--ca-file"_s, ca, u"--user"_s, user, u"--password-stdin"_s} << password << 0 << QString();
    QTest::newRow("no CA") << QStringList{u"--user"_s, user, u"--password-stdin"_s} << password << 1 << u"tls-untrusted"_s;
    QTest::newRow("insecure") << QStringList{u"--insecure"_s, u"--user"_s, user, u"--password-stdin"_s} << password << 0
                              << QString();
    QTest::newRow("wrong password") << QStringList{u"--ca-file"_s, ca, u"--user"_s, user, u"--password-stdin"_s}
                                    << QByteArray("Wr0ngPassw0rdXYZ") << 1 << u"authentication-failed"_s;
    QTest::newRow("no credentials") << QStringList{u"--ca-file"_s, ca} << QByteArray() << 1 << u"authentication-failed"_s;
}

void TestCliServers::tls()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, password);
    QFETCH(int, exitCode);
    QFETCH(QString, error);
    const CliRun r = runCli(QStringList{u"cluster"_s, u"test"_s, GodwitTest::env("GODWIT_TEST_TLS_URL"), u"--json"_s} + options,
                            password.isEmpty() ? QByteArray() : password + '\n');
    QVERIFY2(r.finished && r.exitCode == exitCode, r.summary().constData());
    checkNoSecret(r);
    QVERIFY(!r.out.contains("Wr0ngPassw0rdXYZ") && !r.err.contains("Wr0ngPassw0rdXYZ"));
    const QJsonObject o = r.json().object();
    if (exitCode == 0) {
        QCOMPARE(o.value(u"distribution"_s).toString(), u"opensearch"_s);
        QVERIFY(o.value(u"url"_s).toString().startsWith(u"https://"_s));
    } else {
        QCOMPARE(o.value(u"error"_s).toString(), error);
        QCOMPARE(r.errLines().size(), 1);
    }
}

void TestCliServers::savedTlsConnection()
{
    const QStringList ws{u"--workspace"_s, m_dir.path()};
    CliRun r = runCli(ws + QStringList{u"connection"_s, u"add"_s, u"Secured search"_s, GodwitTest::env("GODWIT_TEST_TLS_URL"),
                                       u"--ca-file"_s, GodwitTest::env("GODWIT_TEST_TLS_CA"), u"--user"_s,
                                       GodwitTest::env("GODWIT_TEST_TLS_USER"), u"--password-stdin"_s},
                      m_tlsPassword + '\n');
    QVERIFY2(r.finished && r.exitCode == 0, r.summary().constData());
    checkNoSecret(r);
    QFile saved(m_dir.filePath(u"connections.json"_s));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray content = saved.readAll();
    QVERIFY(content.contains("Secured search"));
    QVERIFY(!content.contains(m_tlsPassword));

    // No keychain in tests: each run gets the password on stdin.
    r = runCli(ws + QStringList{u"connection"_s, u"test"_s, u"Secured search"_s, u"--json"_s, u"--password-stdin"_s},
               m_tlsPassword + '\n');
    QVERIFY2(r.finished && r.exitCode == 0, r.summary().constData());
    QCOMPARE(r.json().object().value(u"distribution"_s).toString(), u"opensearch"_s);
    checkNoSecret(r);

    r = runCli(ws + QStringList{u"connection"_s, u"browse"_s, u"Secured search"_s, u"--json"_s, u"--password-stdin"_s},
               m_tlsPassword + '\n');
    QVERIFY2(r.finished && r.exitCode == 0, r.summary().constData());
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(u"distribution"_s).toString(), u"opensearch"_s);
    QVERIFY(o.value(u"nodes"_s).toArray().size() >= 1);
    QVERIFY(o.contains(u"indices"_s));
    checkNoSecret(r);

    // Without the password (no keychain, no terminal) the server says no.
    r = runCli(ws + QStringList{u"connection"_s, u"test"_s, u"Secured search"_s, u"--json"_s});
    QVERIFY2(r.finished && r.exitCode == 1, r.summary().constData());
    QCOMPARE(r.json().object().value(u"error"_s).toString(), u"authentication-failed"_s);
}

QTEST_GUILESS_MAIN(TestCliServers)
#include "tst_cli_servers.moc"
