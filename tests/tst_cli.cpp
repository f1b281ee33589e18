// SPDX-License-Identifier: GPL-3.0-or-later
// godwit-cli as a process: exit codes, JSON output, workspace handling, errors on stderr.
#include "global/version.h"

#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using GodwitTest::CliRun;
using GodwitTest::runCli;

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void version();
    void help();
    void usageErrors_data();
    void usageErrors();
    void connectionList();
    void connectionLifecycle();
    void passwordInUrlIsNotStored();
    void connectionImport();
    void corruptConnectionsFile();
    void dbTestBadFile();
    void dbTestClosedPort();
    void clusterTestClosedPort();
    void oneOffTestsTouchNoWorkspace();

private:
    QStringList ws(const QStringList &args) const { return QStringList{u"--workspace"_s, m_ws} + args; }
    QString demoPath() const { return m_ws + u"/demo/inventree-demo.sqlite3"_s; }

    QTemporaryDir m_dir;
    QString m_ws;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(GodwitTest::cliPath()), qPrintable(GodwitTest::cliPath()));
    m_ws = m_dir.filePath(u"workspace"_s);
}

void TestCli::version()
{
    const CliRun r = runCli({u"--version"_s});
    QVERIFY2(r.finished && r.exitCode == 0, r.summary().constData());
    const QString out = QString::fromUtf8(r.out);
    QVERIFY(out.startsWith(u"godwit-cli "_s + Godwit::applicationVersion()));
    QVERIFY2(out.contains(QString::fromLatin1(qVersion())), r.out.constData());
    QVERIFY(out.contains(u"SQLite"_s));
    QVERIFY(r.err.isEmpty());
}

void TestCli::help()
{
    const CliRun r = runCli({u"--help"_s});
    QVERIFY2(r.finished && r.exitCode == 0, r.summary().constData());
    QVERIFY(r.out.contains("Usage: godwit-cli"));
    QVERIFY(r.out.contains("connection list"));
    QVERIFY(r.out.contains("cluster test"));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("mentions");
    QTest::newRow("no arguments") << QStringList() << QByteArray("Usage");
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s, u"now"_s} << QByteArray("unknown command");
    QTest::newRow("unknown verb") << QStringList{u"connection"_s, u"explode"_s} << QByteArray("unknown command");
    QTest::newRow("missing verb") << QStringList{u"db"_s} << QByteArray("missing command");
    QTest::newRow("unknown global option") << QStringList{u"--frobnicate"_s, u"db"_s, u"test"_s} << QByteArray("unknown option");
    QTest::newRow("unknown command option") << QStringList{u"db"_s, u"test"_s, u"--bogus"_s, u"sqlite:///x.db"_s}
                                            << QByteArray("bogus");
    QTest::newRow("db test without URL") << QStringList{u"db"_s, u"test"_s} << QByteArray("usage: db test");
    QTest::newRow("connection add without URL") << QStringList{u"connection"_s, u"add"_s, u"only-a-name"_s}
                                                << QByteArray("usage: connection add");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, mentions);
    const CliRun r = runCli(ws(args));
    QVERIFY2(r.finished && r.exitCode == 2, r.summary().constData());
    QVERIFY2(r.err.contains(mentions), r.summary().constData());
    QVERIFY(r.out.isEmpty());
}

void TestCli::connectionList()
{
    const CliRun r = runCli(ws({u"connection"_s, u"list"_s, u"--json"_s}));
    QVERIFY2(r.finished && r.exitCode == 0, r.summary().constData());
    const QJsonDocument doc = r.json();
    QVERIFY2(doc.isArray(), r.out.constData());
    QCOMPARE(doc.array().size(), 2); // the demo InvenTree and Invenio databases
    const QJsonObject demo = doc.array().first().toObject();
    QCOMPARE(demo.value(u"engine"_s).toString(), u"sqlite"_s);
    QCOMPARE(demo.value(u"kind"_s).toString(), u"database"_s);
    QCOMPARE(demo.value(u"database"_s).toString(), QDir::cleanPath(demoPath()));
    QCOMPARE(demo.value(u"url"_s).toString(), u"sqlite:///"_s + QDir::cleanPath(demoPath()));
    QVERIFY(!demo.value(u"id"_s).toString().isEmpty());
    QVERIFY(!demo.value(u"name"_s).toString().isEmpty());
    // The workspace was created on first use.
    QVERIFY(QFile::exists(m_ws + u"/connections.json"_s));
    QVERIFY(QFile::exists(demoPath()));

    const CliRun plain = runCli(ws({u"connection"_s, u"list"_s}));
    QVERIFY2(plain.finished && plain.exitCode == 0, plain.summary().constData());
    QVERIFY(plain.out.contains("SQLite"));
    QVERIFY(plain.out.contains(demoPath().toUtf8()));
}

void TestCli::connectionLifecycle()
{
    const QString url = u"sqlite:///"_s + demoPath(); // absolute path: four slashes
    CliRun r = runCli(ws({u"connection"_s, u"add"_s, u"Inventory copy"_s, url}));
    QVERIFY2(r.finished && r.exitCode == 0, r.summary().constData());
    QVERIFY(r.out.contains("Inventory copy"));

    r = runCli(ws({u"connection"_s, u"add"_s, u"Inventory copy"_s, url}));
    QVERIFY2(r.finished && r.exitCode == 1, r.summary().constData());
    QCOMPARE(r.errLines().size(), 1);

    r = runCli(ws({u"connection"_s, u"list"_s, u"--json"_s}));
    QCOMPARE(r.json().array().size(), 3);

    r = runCli(ws({u"connection"_s, u"test"_s, u"Inventory copy"_s, u"--json"_s}));
    QVERIFY2(r.finished && r.exitCode == 0, r.summary().constData());
    QJsonObject o = r.json().object();
    QCOMPARE(o.value(u"ok"_s).toBool(), true);
    QCOMPARE(o.value(u"engine"_s).toString(), u"sqlite"_s);
    QVERIFY(o.value(u"version"_s).toString().startsWith(u"3."_s));

    r = runCli(ws({u"connection"_s, u"test"_s, u"Inventory copy"_s}));
    QVERIFY2(r.finished && r.exitCode == 0, r.summary().constData());
    QVERIFY(r.out.startsWith("OK  SQLite 3."));

    r = runCli(ws({u"connection"_s, u"browse"_s, u"Inventory copy"_s, u"--json"_s}));
    QVERIFY2(r.finished && r.exitCode == 0, r.summary().constData());
    o = r.json().object();
    const QJsonArray tables = o.value(u"tables"_s).toArray();
    QCOMPARE(tables.size(), 10);
    QHash<QString, qint64> rows;
    for (const QJsonValue &t : tables)
        rows.insert(t.toObject().value(u"name"_s).toString(), qint64(t.toObject().value(u"rows"_s).toDouble(-1)));
    QCOMPARE(rows.value(u"part_part"_s), qint64(1200));
    QCOMPARE(rows.value(u"stock_stockitem"_s), qint64(3000));
    QCOMPARE(rows.value(u"part_stock_summary"_s), qint64(-1));
    const QJsonObject django = o.value(u"markers"_s).toObject().value(u"django_migrations"_s).toObject();
    QCOMPARE(django.value(u"part"_s).toString(), u"0123_parttesttemplate_choices"_s);

    r = runCli(ws({u"connection"_s, u"browse"_s, u"Inventory copy"_s, u"--table"_s, u"part_part"_s, u"--json"_s}));
    QVERIFY2(r.finished && r.exitCode == 0, r.summary().constData());
    o = r.json().object();
    QCOMPARE(o.value(u"name"_s).toString(), u"part_part"_s);
    QCOMPARE(o.value(u"columns"_s).toArray().size(), 10);
    QCOMPARE(o.value(u"primary_key"_s).toArray(), QJsonArray{u"id"_s});
    const QJsonArray fks = o.value(u"foreign_keys"_s).toArray();
    QCOMPARE(fks.size(), 1);
    QCOMPARE(fks.first().toObject().value(u"references"_s).toString(), u"part_partcategory"_s);

    r = runCli(ws({u"connection"_s, u"browse"_s, u"Inventory copy"_s, u"--table"_s, u"nope"_s, u"--json"_s}));
    QVERIFY2(r.finished && r.exitCode == 1, r.summary().constData());
    QCOMPARE(r.json().object().value(u"error"_s).toString(), u"not-found"_s);

    r = runCli(ws({u"connection"_s, u"test"_s, u"No such connection"_s, u"--json"_s}));
    QVERIFY2(r.finished && r.exitCode == 1, r.summary().constData());
    QCOMPARE(r.json().object().value(u"ok"_s).toBool(true), false);
    QCOMPARE(r.json().object().value(u"error"_s).toString(), u"not-found"_s);

    r = runCli(ws({u"connection"_s, u"remove"_s, u"Inventory copy"_s}));
    QVERIFY2(r.finished && r.exitCode == 0, r.summary().constData());
    r = runCli(ws({u"connection"_s, u"list"_s, u"--json"_s}));
    QCOMPARE(r.json().array().size(), 2);
    r = runCli(ws({u"connection"_s, u"remove"_s, u"Inventory copy"_s}));
    QVERIFY2(r.finished && r.exitCode == 1, r.summary().constData());
}

void TestCli::passwordInUrlIsNotStored()
{
    const QByteArray secret = "Zebra-Hunter2-Secret";
    CliRun r = runCli(ws({u"connection"_s, u"add"_s, u"Remote PG"_s,
                          u"postgresql://invenio:%1@db.example.org:5433/invenio"_s.arg(QString::fromLatin1(secret))}));
    QVERIFY2(r.finished && r.exitCode == 0, r.summary().constData());
    QVERIFY(!r.out.contains(secret));
    QVERIFY(!r.err.contains(secret));
    QVERIFY(r.err.contains("warning")); // a password on the command line is visible to other users

    QFile file(m_ws + u"/connections.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.contains("Remote PG"));
    QVERIFY(!saved.contains(secret));

    r = runCli(ws({u"connection"_s, u"list"_s}));
    QVERIFY(r.out.contains("postgresql://invenio@db.example.org:5433/invenio"));
    QVERIFY(!r.out.contains(secret));
    QVERIFY(runCli(ws({u"connection"_s, u"remove"_s, u"Remote PG"_s})).exitCode == 0);
}

void TestCli::connectionImport()
{
    const QString cfg = QFINDTESTDATA("data/invenio.cfg");
    QVERIFY(!cfg.isEmpty());
    QTemporaryDir dir;
    const QStringList args{u"--workspace"_s, dir.path()};
    CliRun r = runCli(args + QStringList{u"connection"_s, u"import"_s, cfg});
    QVERIFY2(r.finished && r.exitCode == 0, r.summary().constData());
    QCOMPARE(r.out.count("Imported"), 2);
    QVERIFY(!r.out.contains("search-s3cret") && !r.err.contains("search-s3cret"));
    for (const QByteArray &leak : {QByteArray("pass@word"), QByteArray("pass%40word")})
        QVERIFY(!r.out.contains(leak) && !r.err.contains(leak));

    r = runCli(args + QStringList{u"connection"_s, u"list"_s, u"--json"_s});
    const QJsonArray list = r.json().array();
    QCOMPARE(list.size(), 4); // the two demos and the two imported
    QStringList engines;
    for (const QJsonValue &v : list)
        engines.append(v.toObject().value(u"engine"_s).toString());
    engines.sort();
    QCOMPARE(engines, (QStringList{u"postgresql"_s, u"search"_s, u"sqlite"_s, u"sqlite"_s}));

    // Importing again does not clash: the names get a number.
    r = runCli(args + QStringList{u"connection"_s, u"import"_s, cfg});
    QVERIFY2(r.finished && r.exitCode == 0, r.summary().constData());
    QCOMPARE(runCli(args + QStringList{u"connection"_s, u"list"_s, u"--json"_s}).json().array().size(), 6);

    QFile saved(dir.filePath(u"connections.json"_s));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray content = saved.readAll();
    QVERIFY(!content.contains("search-s3cret"));
    QVERIFY(!content.contains("pass@word") && !content.contains("pass%40word"));

    r = runCli(args + QStringList{u"connection"_s, u"import"_s, dir.filePath(u"missing.cfg"_s)});
    QVERIFY2(r.finished && r.exitCode == 1, r.summary().constData());
}

void TestCli::corruptConnectionsFile()
{
    QTemporaryDir dir;
    const QByteArray corrupt = "{\"connections\": [ {\"name\": \"half";
    {
        QFile f(dir.filePath(u"connections.json"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(corrupt);
    }
    const QStringList args{u"--workspace"_s, dir.path()};
    CliRun r = runCli(args + QStringList{u"connection"_s, u"list"_s});
    QVERIFY2(r.finished && r.exitCode == 1, r.summary().constData());
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY(r.err.contains("connections.json"));
    r = runCli(args + QStringList{u"connection"_s, u"add"_s, u"x"_s, u"sqlite:////tmp/x.db"_s});
    QVERIFY2(r.finished && r.exitCode == 1, r.summary().constData());
    QFile f(dir.filePath(u"connections.json"_s));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), corrupt);
}

void TestCli::dbTestBadFile()
{
    const QString bad = m_dir.filePath(u"notes.db"_s);
    const QByteArray content = QByteArray("shopping list: milk, eggs\n").repeated(50);
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    CliRun r = runCli(ws({u"db"_s, u"test"_s, u"sqlite:///"_s + bad, u"--json"_s}));
    QVERIFY2(r.finished && r.exitCode == 1, r.summary().constData());
    const QStringList errLines = r.errLines();
    QCOMPARE(errLines.size(), 1);
    QVERIFY(errLines.first().startsWith(u"godwit-cli: error: "_s));
    QVERIFY(errLines.first().contains(bad));
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(u"ok"_s).toBool(true), false);
    QCOMPARE(o.value(u"error"_s).toString(), u"not-a-database"_s);
    QVERIFY(o.value(u"message"_s).toString().contains(bad));

    // Without --json: nothing on stdout, the same one line on stderr.
    r = runCli(ws({u"db"_s, u"test"_s, u"sqlite:///"_s + bad}));
    QVERIFY2(r.finished && r.exitCode == 1, r.summary().constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.errLines().size(), 1);

    QFile f(bad);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);

    // A URL the parser rejects, and a search URL given to "db test".
    r = runCli(ws({u"db"_s, u"test"_s, u"sqlite:///:memory:"_s, u"--json"_s}));
    QVERIFY2(r.finished && r.exitCode == 1, r.summary().constData());
    QCOMPARE(r.json().object().value(u"error"_s).toString(), u"invalid-input"_s);
    r = runCli(ws({u"db"_s, u"test"_s, u"https://search:9200"_s}));
    QVERIFY2(r.finished && r.exitCode == 1, r.summary().constData());
    QVERIFY(r.err.contains("cluster test"));
}

void TestCli::dbTestClosedPort()
{
    const CliRun r = runCli(ws({u"db"_s, u"test"_s, u"postgresql://x@127.0.0.1:1/db"_s, u"--json"_s}), {}, 30000);
    QVERIFY2(r.finished && r.exitCode == 1, r.summary().constData());
    QVERIFY2(r.elapsedMs < 5000, qPrintable(QString::number(r.elapsedMs)));
    QCOMPARE(r.json().object().value(u"error"_s).toString(), u"host-unreachable"_s);
    QCOMPARE(r.errLines().size(), 1);

    const CliRun maria = runCli(ws({u"db"_s, u"test"_s, u"mysql://x@127.0.0.1:1/db"_s, u"--json"_s}), {}, 30000);
    QVERIFY2(maria.finished && maria.exitCode == 1, maria.summary().constData());
    QVERIFY(maria.elapsedMs < 5000);
    QCOMPARE(maria.json().object().value(u"error"_s).toString(), u"host-unreachable"_s);
}

void TestCli::clusterTestClosedPort()
{
    const CliRun r = runCli(ws({u"cluster"_s, u"test"_s, u"http://127.0.0.1:1"_s, u"--json"_s}), {}, 30000);
    QVERIFY2(r.finished && r.exitCode == 1, r.summary().constData());
    QVERIFY(r.elapsedMs < 5000);
    QCOMPARE(r.json().object().value(u"error"_s).toString(), u"host-unreachable"_s);

    const CliRun wrongKind = runCli(ws({u"cluster"_s, u"test"_s, u"postgresql://u@h/db"_s}));
    QVERIFY2(wrongKind.finished && wrongKind.exitCode == 1, wrongKind.summary().constData());
    QVERIFY(wrongKind.err.contains("db test"));

    const CliRun missingCa = runCli(ws({u"cluster"_s, u"test"_s, u"https://h:9200"_s, u"--ca-file"_s,
                                        m_dir.filePath(u"no-such-ca.pem"_s)}));
    QVERIFY2(missingCa.finished && missingCa.exitCode == 2, missingCa.summary().constData());
}

void TestCli::oneOffTestsTouchNoWorkspace()
{
    const QString untouched = m_dir.filePath(u"never-created"_s);
    const CliRun r = runCli({u"--workspace"_s, untouched, u"db"_s, u"test"_s, u"sqlite:///"_s + demoPath(), u"--json"_s});
    QVERIFY2(r.finished && r.exitCode == 0, r.summary().constData());
    QCOMPARE(r.json().object().value(u"engine"_s).toString(), u"sqlite"_s);
    QVERIFY(!QFileInfo::exists(untouched));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
