// SPDX-License-Identifier: GPL-3.0-or-later
// Dumps across the real PostgreSQL 15, PostgreSQL 17 and MariaDB of scripts/test-servers (a missing server
// fails): every portable type through PostgreSQL → MariaDB → SQLite → PostgreSQL, the demo InvenTree database
// from SQLite into both servers with sequences reset, InvenTree's PostgreSQL 15 → 17 upgrade as backup and
// restore from the CLI, values that do not fit, and the server dropping the connection mid-import.
#include "dump/dbcompare.h"
#include "dump/dumpio.h"
#include "dump/importer.h"
#include "dump/pgbinary.h"
#include "dump/valuecodec.h"
#include "jobs/jobmanager.h"
#include "workspace/workspace.h"

#include "../clirunner.h"
#include "../testsupport.h"
#include "dumptestsupport.h"

#include <QJsonArray>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <libpq-fe.h>

using namespace Godwit;
using namespace Godwit::Dump;
using namespace Qt::StringLiterals;
using GodwitTest::countRows;
using GodwitTest::execOn;
using GodwitTest::scalarOn;
using GodwitTest::sqliteProfile;

namespace {

struct Server
{
    ConnectionProfile admin;
    QString secret;
    QStringList created;

    ConnectionProfile database(const QString &name) const
    {
        ConnectionProfile p = admin;
        p.id = ConnectionProfile::newId();
        p.database = name;
        p.name = name;
        return p;
    }
};

QStringList pgTorture()
{
    return {
        u"CREATE TABLE kinds (id bigint PRIMARY KEY, label varchar(20) NOT NULL UNIQUE)"_s,
        u"CREATE TABLE torture (id bigserial PRIMARY KEY, kind_id bigint REFERENCES kinds (id), parent_id bigint REFERENCES torture (id), "
        "nul text, empty text, exact numeric(30,10), big bigint, small smallint, bin bytea, d date, t time(6), "
        "ts timestamp(6), tstz timestamptz, flag boolean NOT NULL DEFAULT false, doc jsonb, u uuid, f double precision, "
        "emoji varchar(40))"_s,
        u"INSERT INTO kinds VALUES (1, 'first'), (2, 'second')"_s,
        // Children before parents on purpose (ids 1 and 2 point at 3): a self-reference that needs deferral.
        u"INSERT INTO torture (id, kind_id, parent_id) VALUES (3, 2, NULL)"_s,
        u"INSERT INTO torture VALUES (1, 1, 3, NULL, '', '12345678901234567890.1234567890', 9007199254740993, -32768, "
        "'\\x00ff0a'::bytea, '2024-02-29', '23:59:59.123456', '2024-01-01 12:34:56.789012', '2024-06-01 12:00:00.5+02', "
        "true, '{\"b\": 1, \"a\": [1, 2, {\"z\": null}]}', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 0.1, 'G clef 𝄞 😀 ü')"_s,
        u"INSERT INTO torture VALUES (2, NULL, 3, '', NULL, '-0.0000000001', -9223372036854775808, 0, ''::bytea, '0001-01-01', "
        "'00:00:00', '1999-12-31 23:59:59', '1970-01-01 00:00:00+00', false, '[]', NULL, -1e300, '')"_s,
        u"UPDATE torture SET f = 1.7976931348623157e308, exact = 0 WHERE id = 3"_s,
    };
}

JobOutcome runInThread(JobManager &jobs, JobFunction fn, const std::function<void()> &meanwhile = {})
{
    JobOutcome result;
    bool done = false;
    QObject context;
    jobs.start(u"test"_s, std::move(fn), &context, [&](const JobOutcome &o) {
        result = o;
        done = true;
    });
    if (meanwhile)
        meanwhile();
    if (!QTest::qWaitFor([&] { return done; }, 300000))
        return JobOutcome::failure(Error::make(ErrorKind::Timeout, u"job did not finish"_s));
    return result;
}

} // namespace

class TestDumpServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyTypeAcrossEngines();
    void binaryCopyFormatsAsTheServer();
    void demoIntoServers_data();
    void demoIntoServers();
    void valuesThatDoNotFit_data();
    void valuesThatDoNotFit();
    void connectionDroppedMidImport();
    void foreignKeysCheckedAfterLoad();
    void indexesBuiltAfterLoad();
    void loadDataIntoCreatedTables();
    void loadDataIntoExistingTables();
    void checkpointedImportResumes_data();
    void checkpointedImportResumes();
    void cliCompare();
    void postgres15To17ByBackupAndRestore();

private:
    ConnectionProfile freshDatabase(Server &server, const QString &prefix);
    QString bigDump();
    Server m_pg;
    Server m_pg17;
    Server m_maria;
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_demoDump;
    QString m_big, m_bigDump;
};

// 300,000 rows in 300 chunks, made once.
QString TestDumpServers::bigDump()
{
    if (!m_bigDump.isEmpty())
        return m_bigDump;
    m_big = m_dir.filePath(u"big.sqlite3"_s);
    const Status made = execOn(sqliteProfile(m_big), {}, {
        u"CREATE TABLE measurements (id INTEGER PRIMARY KEY, sensor TEXT NOT NULL, value DECIMAL_TEXT(12,4), taken DATETIME)"_s,
        u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 300000) "
        "INSERT INTO measurements SELECT x, 'sensor-' || (x % 97), printf('%.4f', x / 7.0), datetime(1600000000 + x, 'unixepoch') FROM c"_s});
    if (!made)
        qWarning("%s", qPrintable(made.errorMessage()));
    const QString dump = m_dir.filePath(u"big-dump"_s);
    auto e = exportDatabase(sqliteProfile(m_big), {}, dump, ExportOptions{}, nullptr);
    if (!e)
        qWarning("%s", qPrintable(e.errorMessage()));
    m_bigDump = dump;
    return m_bigDump;
}

void TestDumpServers::initTestCase()
{
    GODWIT_REQUIRE_ENV(u"GODWIT_TEST_PG_URL"_s, u"GODWIT_TEST_PG17_URL"_s, u"GODWIT_TEST_MARIADB_URL"_s);
    for (auto [server, var] : {std::pair{&m_pg, "GODWIT_TEST_PG_URL"}, std::pair{&m_pg17, "GODWIT_TEST_PG17_URL"},
                               std::pair{&m_maria, "GODWIT_TEST_MARIADB_URL"}}) {
        const auto parsed = parseConnectionUrl(GodwitTest::env(var));
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        server->admin = parsed->profile;
        server->secret = parsed->secret;
    }
    m_demo = m_dir.filePath(u"demo.sqlite3"_s);
    QVERIFY(createDemoDatabase(m_demo).ok());
    m_demoDump = m_dir.filePath(u"demo.tar.zst"_s);
    auto r = exportDatabase(sqliteProfile(m_demo), {}, m_demoDump, ExportOptions{}, nullptr);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
}

ConnectionProfile TestDumpServers::freshDatabase(Server &server, const QString &prefix)
{
    const QString name = GodwitTest::uniqueName(prefix);
    const Status st = execOn(server.admin, server.secret, {u"CREATE DATABASE "_s + name});
    if (!st)
        qWarning("%s", qPrintable(st.errorMessage()));
    server.created.append(name);
    return server.database(name);
}

void TestDumpServers::cleanupTestCase()
{
    for (Server *pg : {&m_pg, &m_pg17})
        for (const QString &db : std::as_const(pg->created))
            execOn(pg->admin, pg->secret, {u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(db)});
    for (const QString &db : std::as_const(m_maria.created))
        execOn(m_maria.admin, m_maria.secret, {u"DROP DATABASE IF EXISTS %1"_s.arg(db)});
}

void TestDumpServers::everyTypeAcrossEngines()
{
    const ConnectionProfile pg = freshDatabase(m_pg, u"gw_types_"_s);
    QVERIFY2(execOn(pg, m_pg.secret, pgTorture()).ok(), "torture schema");

    // PostgreSQL → dump → MariaDB (tables created from the dump).
    const QString dump1 = m_dir.filePath(u"types-pg.tar.gz"_s);
    auto e1 = exportDatabase(pg, m_pg.secret, dump1, ExportOptions{}, nullptr);
    QVERIFY2(e1.ok(), qPrintable(e1.errorMessage()));
    const DumpTable &t = e1->manifest.tables.at(e1->manifest.tableIndex(u"torture"_s));
    QCOMPARE(t.columns.at(t.columnIndex(u"tstz"_s)).type, ValueType::TimestampTz);
    QCOMPARE(t.columns.at(t.columnIndex(u"doc"_s)).type, ValueType::Json);
    QCOMPARE(t.columns.at(t.columnIndex(u"u"_s)).type, ValueType::Uuid);
    QCOMPARE(t.columns.at(t.columnIndex(u"exact"_s)).scale, 10);
    // The COPY fast path writes exactly what the general path writes.
    const QString fastVsGeneral = GodwitTest::compareFastAndGeneralExport(pg, m_pg.secret, m_dir.filePath(u"types-both"_s));
    QVERIFY2(fastVsGeneral.isEmpty(), qPrintable(fastVsGeneral));
    auto src1 = DumpSource::open(dump1);
    QVERIFY(src1.ok());
    const ConnectionProfile maria = freshDatabase(m_maria, u"gw_types_"_s);
    ImportOptions create;
    create.createTables = true;
    auto i1 = importDump(**src1, maria, m_maria.secret, create, nullptr);
    QVERIFY2(i1.ok(), qPrintable(i1.errorMessage()));
    QVERIFY(i1->verified);
    // Into tables it created, MariaDB takes the rows through LOAD DATA LOCAL on a second connection.
    QCOMPARE(i1->loadMethod, u"LOAD DATA LOCAL INFILE"_s);
    auto c1 = compareDatabases(pg, m_pg.secret, maria, m_maria.secret, {}, nullptr);
    QVERIFY2(c1.ok(), qPrintable(c1.errorMessage()));
    QVERIFY(c1->equal);
    // MariaDB's streamed fast path writes exactly what the driver's path writes.
    const QString mariaFastVsGeneral = GodwitTest::compareFastAndGeneralExport(maria, m_maria.secret, m_dir.filePath(u"types-maria-both"_s));
    QVERIFY2(mariaFastVsGeneral.isEmpty(), qPrintable(mariaFastVsGeneral));
    QCOMPARE(scalarOn(maria, m_maria.secret, u"SELECT CAST(big AS CHAR) FROM torture WHERE id = 1"_s).toString(), u"9007199254740993"_s);
    QCOMPARE(scalarOn(maria, m_maria.secret, u"SELECT CAST(exact AS CHAR) FROM torture WHERE id = 1"_s).toString(), u"12345678901234567890.1234567890"_s);
    QCOMPARE(scalarOn(maria, m_maria.secret, u"SELECT CAST(tstz AS CHAR) FROM torture WHERE id = 1"_s).toString(), u"2024-06-01 10:00:00.500000"_s);
    QCOMPARE(scalarOn(maria, m_maria.secret, u"SELECT CAST(t AS CHAR) FROM torture WHERE id = 1"_s).toString(), u"23:59:59.123456"_s);
    QCOMPARE(scalarOn(maria, m_maria.secret, u"SELECT HEX(bin) FROM torture WHERE id = 1"_s).toString(), u"00FF0A"_s);
    QCOMPARE(scalarOn(maria, m_maria.secret, u"SELECT emoji FROM torture WHERE id = 1"_s).toString(), u"G clef 𝄞 😀 ü"_s);
    QCOMPARE(scalarOn(maria, m_maria.secret, u"SELECT nul IS NULL AND empty = '' FROM torture WHERE id = 1"_s).toInt(), 1);

    // MariaDB → dump → SQLite.
    const QString dump2 = m_dir.filePath(u"types-maria"_s);
    auto e2 = exportDatabase(maria, m_maria.secret, dump2, ExportOptions{}, nullptr);
    QVERIFY2(e2.ok(), qPrintable(e2.errorMessage()));
    auto src2 = DumpSource::open(dump2);
    QVERIFY(src2.ok());
    const ConnectionProfile lite = sqliteProfile(m_dir.filePath(u"types.sqlite3"_s));
    auto i2 = importDump(**src2, lite, {}, create, nullptr);
    QVERIFY2(i2.ok(), qPrintable(i2.errorMessage()));
    QVERIFY(i2->verified);
    auto c2 = compareDatabases(pg, m_pg.secret, lite, {}, {}, nullptr);
    QVERIFY2(c2.ok(), qPrintable(c2.errorMessage()));
    QVERIFY(c2->equal);

    // SQLite → dump → a second PostgreSQL database: back where it started.
    const QString dump3 = m_dir.filePath(u"types-lite.zip"_s);
    auto e3 = exportDatabase(lite, {}, dump3, ExportOptions{}, nullptr);
    QVERIFY2(e3.ok(), qPrintable(e3.errorMessage()));
    auto src3 = DumpSource::open(dump3);
    QVERIFY(src3.ok());
    const ConnectionProfile pg2 = freshDatabase(m_pg, u"gw_types2_"_s);
    auto i3 = importDump(**src3, pg2, m_pg.secret, create, nullptr);
    QVERIFY2(i3.ok(), qPrintable(i3.errorMessage()));
    QVERIFY(i3->verified);
    auto c3 = compareDatabases(pg, m_pg.secret, pg2, m_pg.secret, {}, nullptr);
    QVERIFY2(c3.ok(), qPrintable(c3.errorMessage()));
    QVERIFY(c3->equal);
    QCOMPARE(scalarOn(pg2, m_pg.secret, u"SELECT big::text FROM torture WHERE id = 2"_s).toString(), u"-9223372036854775808"_s);
    QCOMPARE(scalarOn(pg2, m_pg.secret, u"SELECT exact::text FROM torture WHERE id = 1"_s).toString(), u"12345678901234567890.1234567890"_s);

    // Into the original schema (created by the application, not by Godwit), after clearing it.
    ImportOptions clear;
    clear.clear = true;
    auto i4 = importDump(**src3, pg, m_pg.secret, clear, nullptr);
    QVERIFY2(i4.ok(), qPrintable(i4.errorMessage()));
    QVERIFY(i4->verified);
    QCOMPARE(scalarOn(pg, m_pg.secret, u"SELECT tstz = '2024-06-01 10:00:00.5+00' FROM torture WHERE id = 1"_s).toBool(), true);
    QCOMPARE(scalarOn(pg, m_pg.secret, u"SELECT doc = '{\"a\": [1, 2, {\"z\": null}], \"b\": 1}'::jsonb FROM torture WHERE id = 1"_s).toBool(), true);
    // The sequence was moved past the imported ids.
    QVERIFY(execOn(pg, m_pg.secret, {u"INSERT INTO torture (kind_id) VALUES (1)"_s}).ok());
    QCOMPARE(scalarOn(pg, m_pg.secret, u"SELECT MAX(id) FROM torture"_s).toLongLong(), 4);
    // The tables created from the dumps kept the column default (flag boolean NOT NULL DEFAULT false).
    for (auto [p, secret] : {std::pair{maria, m_maria.secret}, std::pair{lite, QString()}, std::pair{pg2, m_pg.secret}}) {
        const Status st = execOn(p, secret, {u"INSERT INTO torture (id) VALUES (100)"_s});
        QVERIFY2(st.ok(), qPrintable(st.errorMessage()));
        QCOMPARE(scalarOn(p, secret, u"SELECT COUNT(*) FROM torture WHERE id = 100 AND NOT flag"_s).toInt(), 1);
    }
}

// PostgreSQL exports read COPY's binary format and format the values on the client (pgbinary.h). Every
// edge of every type read that way, formatted by the client, equals the server's own text for it; the
// whole export equals the one through COPY's text format, byte for byte; a table with a type the client
// does not format (inet, an enum) is read in the text format.
void TestDumpServers::binaryCopyFormatsAsTheServer()
{
    const ConnectionProfile pg = freshDatabase(m_pg, u"gw_binary_"_s);
    QVERIFY2(execOn(pg, m_pg.secret, {
        u"CREATE TABLE edges (id int PRIMARY KEY, i2 smallint, i8 bigint, o oid, n1 numeric, n2 numeric, n3 numeric(12,4), "
        "d date, t time, ts timestamp, tz timestamptz, u uuid, b bytea, j json, jb jsonb, c char(5), nm name, flag boolean, v varchar(10))"_s,
        u"INSERT INTO edges VALUES "
        "(1, -32768, 9223372036854775807, 4294967295, 'NaN', 'Infinity', 0, '4713-01-01 BC', '24:00:00', '4713-01-01 00:00:00 BC', "
        "'infinity', 'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11', '\\x00ff', '{ \"a\" :  1 }', '{\"b\": [1, {\"c\": null}], \"a\": \"ü\"}', 'ab', 'x', true, 'ü𝄞'), "
        "(2, 32767, -9223372036854775808, 0, '-Infinity', '0.0001', -0.5, 'infinity', '00:00:00.000001', '-infinity', '-infinity', NULL, '', "
        "'[]', '[]', '', '', false, ''), "
        "(3, 0, 999999999999999, 1, '-123456789012345678901234567890.123456789012345678901', '100000000000000000000', 9999.9999, '-infinity', "
        "'23:59:59.999999', 'infinity', '1000-01-01 00:00:00+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL), "
        "(4, NULL, 1000000000000000, NULL, '1.5000', '0.000', 10000, '0999-12-31', '12:00:00.5', '0999-12-31 23:59:59.5', "
        "'0999-12-31 23:59:59.5+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL), "
        "(5, NULL, -999999999999999, NULL, '0.00001', '-0', 0.0001, '12345-06-07', '01:02:03', '12345-06-07 08:09:10.0001', "
        "'294276-12-31 23:59:59.999999+00', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL), "
        "(6, NULL, -1000000000000000, NULL, '123.456', '99999999', -9999.9999, '0001-01-01', NULL, '0001-01-01 00:00:00 BC', "
        "'2024-02-29 12:34:56.789+05:30', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL), "
        "(7, NULL, NULL, NULL, NULL, NULL, NULL, '2024-02-29', NULL, '1970-01-01 00:00:00', '1999-12-31 23:59:59.000001+00', "
        "NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)"_s,
        u"CREATE TYPE mood AS ENUM ('sad', 'happy')"_s,
        u"CREATE TABLE fallback (id int PRIMARY KEY, m mood, addr inet, at timestamp)"_s,
        u"INSERT INTO fallback VALUES (1, 'happy', '192.168.0.1', '2024-01-01 00:00:00'), (2, NULL, '::1', NULL)"_s,
    }).ok(), "edges schema");

    // 1. Value by value: the binary form formatted here against the server's text.
    const QByteArray conninfo = u"host=%1 port=%2 user=%3 dbname=%4 connect_timeout=10"_s.arg(pg.host).arg(pg.port).arg(pg.user, pg.database).toUtf8();
    qputenv("PGPASSWORD", m_pg.secret.toUtf8());
    PGconn *conn = PQconnectdb(conninfo.constData());
    qunsetenv("PGPASSWORD");
    QVERIFY2(PQstatus(conn) == CONNECTION_OK, PQerrorMessage(conn));
    for (const QString &sql : sessionSetup(Engine::PostgreSQL))
        PQclear(PQexec(conn, sql.toUtf8().constData()));
    const QStringList columns = {u"i2"_s, u"i8"_s, u"o"_s, u"n1"_s, u"n2"_s, u"n3"_s, u"d"_s, u"t"_s, u"ts"_s, u"tz"_s,
                                 u"u"_s, u"b"_s, u"j"_s, u"jb"_s, u"c"_s, u"nm"_s, u"flag"_s, u"v"_s};
    int compared = 0;
    for (const QString &column : columns) {
        // The binary form, and the server's text the way COPY's text format reads a raw column: the type's
        // output function.
        const QByteArray binarySql = u"SELECT %1 FROM edges ORDER BY id"_s.arg(column).toUtf8();
        const QByteArray textSql = binarySql;
        PGresult *res = PQexecParams(conn, binarySql.constData(), 0, nullptr, nullptr, nullptr, nullptr, 1 /* binary results */);
        PGresult *text = PQexec(conn, textSql.constData());
        QVERIFY2(PQresultStatus(res) == PGRES_TUPLES_OK, PQresultErrorMessage(res));
        QVERIFY2(PQresultStatus(text) == PGRES_TUPLES_OK, PQresultErrorMessage(text));
        const PgBinaryKind kind = pgBinaryKind(PQftype(res, 0));
        QVERIFY2(kind != PgBinaryKind::Unsupported, qPrintable(column));
        QCOMPARE(PQntuples(res), 7);
        QCOMPARE(PQntuples(text), 7);
        for (int row = 0; row < PQntuples(res); ++row) {
            QCOMPARE(PQgetisnull(res, row, 0), PQgetisnull(text, row, 0));
            if (PQgetisnull(res, row, 0))
                continue;
            std::string formatted;
            QVERIFY2(pgBinaryToText(kind, PQgetvalue(res, row, 0), size_t(PQgetlength(res, row, 0)), formatted), qPrintable(column));
            const std::string server(PQgetvalue(text, row, 0), size_t(PQgetlength(text, row, 0)));
            QVERIFY2(formatted == server, qPrintable(u"%1 row %2: formatted %3, the server says %4"_s.arg(column).arg(row + 1)
                                                    .arg(QString::fromStdString(formatted), QString::fromStdString(server))));
            ++compared;
        }
        PQclear(res);
        PQclear(text);
    }
    PQfinish(conn);
    QCOMPARE(compared, 71); // the non-NULL cells of those columns

    // 2. The whole export: binary COPY (with the fast paths) against text COPY (without them).
    const QString fastVsGeneral = GodwitTest::compareFastAndGeneralExport(pg, m_pg.secret, m_dir.filePath(u"binary-both"_s));
    QVERIFY2(fastVsGeneral.isEmpty(), qPrintable(fastVsGeneral));
    auto e = exportDatabase(pg, m_pg.secret, m_dir.filePath(u"binary-dump"_s), ExportOptions{}, nullptr);
    QVERIFY2(e.ok(), qPrintable(e.errorMessage()));
    QCOMPARE(e->readMethods.value(u"edges"_s), u"COPY BINARY"_s);
    QCOMPARE(e->readMethods.value(u"fallback"_s), u"COPY"_s);
    QFile chunk(m_dir.filePath(u"binary-dump/"_s + e->manifest.tables.at(e->manifest.tableIndex(u"edges"_s)).chunks.at(0).path));
    QVERIFY(chunk.open(QIODevice::ReadOnly));
    const QByteArray lines = chunk.readAll();
    QVERIFY2(lines.contains(R"("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11")"), lines.constData());
    QVERIFY2(lines.contains(R"("2024-02-29 07:04:56.789+00:00")"), lines.constData());
    QVERIFY2(lines.contains(R"(-999999999999999,)"), lines.constData());
    QVERIFY2(lines.contains(R"("-123456789012345678901234567890.123456789012345678901")"), lines.constData());
    // What the client does not format itself keeps the server's text: the era, a year beyond 9999.
    QVERIFY2(lines.contains(R"("4713-01-01 BC")") && lines.contains(R"("4713-01-01 00:00:00 BC")"), lines.constData());
    QVERIFY2(lines.contains(R"("294276-12-31 23:59:59.999999+00")") && !lines.contains("+00+00:00"), lines.constData());
    // And back into PostgreSQL, every edge intact.
    auto back = DumpSource::open(m_dir.filePath(u"binary-dump"_s));
    QVERIFY(back.ok());
    const ConnectionProfile again = freshDatabase(m_pg, u"gw_binary_"_s);
    QVERIFY(execOn(again, m_pg.secret, {u"CREATE TYPE mood AS ENUM ('sad', 'happy')"_s}).ok());
    ImportOptions create;
    create.createTables = true;
    auto imported = importDump(**back, again, m_pg.secret, create, nullptr);
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QVERIFY(imported->verified);
    QCOMPARE(scalarOn(again, m_pg.secret, u"SELECT d::text || ' ' || ts::text || ' ' || n1::text FROM edges WHERE id = 1"_s).toString(),
             u"4713-01-01 BC 4713-01-01 00:00:00 BC NaN"_s);
    QCOMPARE(scalarOn(again, m_pg.secret, u"SELECT tz::text FROM edges WHERE id = 5"_s).toString(), u"294276-12-31 23:59:59.999999+00"_s);
    QFile fallback(m_dir.filePath(u"binary-dump/"_s + e->manifest.tables.at(e->manifest.tableIndex(u"fallback"_s)).chunks.at(0).path));
    QVERIFY(fallback.open(QIODevice::ReadOnly));
    const QByteArray fallbackLines = fallback.readAll();
    QVERIFY2(fallbackLines.contains(R"("192.168.0.1")") && fallbackLines.contains(R"("happy")"), fallbackLines.constData());
}

void TestDumpServers::demoIntoServers_data()
{
    QTest::addColumn<QString>("server");
    QTest::newRow("SQLite → PostgreSQL") << u"pg"_s;
    QTest::newRow("SQLite → MariaDB") << u"mariadb"_s;
}

void TestDumpServers::demoIntoServers()
{
    QFETCH(QString, server);
    Server &s = server == u"pg"_s ? m_pg : m_maria;
    const ConnectionProfile target = freshDatabase(s, u"gw_demo_"_s);
    auto source = DumpSource::open(m_demoDump);
    QVERIFY(source.ok());
    ImportOptions options;
    options.createTables = true;
    auto imported = importDump(**source, target, s.secret, options, nullptr);
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QVERIFY(imported->verified);
    QCOMPARE(imported->rowsWritten, 6568);
    const QString fastVsGeneral = GodwitTest::compareFastAndGeneralExport(target, s.secret, m_dir.filePath(u"demo-both-"_s + server));
    QVERIFY2(fastVsGeneral.isEmpty(), qPrintable(fastVsGeneral));
    auto cmp = compareDatabases(sqliteProfile(m_demo), {}, target, s.secret, {}, nullptr);
    QVERIFY2(cmp.ok(), qPrintable(cmp.errorMessage()));
    QVERIFY(cmp->equal);
    // Foreign keys exist in the target and hold.
    auto fks = DatabaseSession::open(target, s.secret);
    QVERIFY(fks.ok());
    auto described = SchemaReader(**fks).describe(u"stock_stockitem"_s);
    QVERIFY(described.ok());
    QCOMPARE(described->foreignKeys.size(), 2);
    // Auto-increment continues after the imported rows.
    QVERIFY(execOn(target, s.secret, {u"INSERT INTO part_partcategory (name, description) VALUES ('new one', '')"_s}).ok());
    QCOMPARE(scalarOn(target, s.secret, u"SELECT MAX(id) FROM part_partcategory"_s).toLongLong(), 41);

    // A second import into the same database: every key collides, the pre-flight refuses, nothing changes.
    auto again = importDump(**source, target, s.secret, ImportOptions{}, nullptr);
    QVERIFY(!again.ok());
    QVERIFY2(again.errorMessage().contains(u"pre-flight"_s), qPrintable(again.errorMessage()));
    QCOMPARE(countRows(target, s.secret, u"part_partcategory"_s), 41);
}

void TestDumpServers::valuesThatDoNotFit_data()
{
    QTest::addColumn<QString>("server");
    QTest::newRow("PostgreSQL") << u"pg"_s;
    QTest::newRow("MariaDB") << u"mariadb"_s;
}

void TestDumpServers::valuesThatDoNotFit()
{
    QFETCH(QString, server);
    Server &s = server == u"pg"_s ? m_pg : m_maria;
    const ConnectionProfile target = freshDatabase(s, u"gw_fit_"_s);
    // Names limited to 12 characters and a quantity column that takes integers only.
    QVERIFY(execOn(target, s.secret, {
        u"CREATE TABLE company_company (id integer PRIMARY KEY, name varchar(12) NOT NULL, description varchar(500) NOT NULL, "
        "website varchar(200), is_supplier boolean NOT NULL, is_customer boolean NOT NULL, currency varchar(3) NOT NULL)"_s,
        u"INSERT INTO company_company VALUES (9000, 'Keep', '', NULL, true, false, 'EUR')"_s}).ok());
    auto source = DumpSource::open(m_demoDump);
    QVERIFY(source.ok());
    ImportOptions options;
    options.tables = {u"company_company"_s};
    auto failed = importDump(**source, target, s.secret, options, nullptr);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.errorMessage().contains(u"rolled back"_s), qPrintable(failed.errorMessage()));
    QCOMPARE(countRows(target, s.secret, u"company_company"_s), 1);

    options.skipOnError = true;
    options.rejectFile = m_dir.filePath(u"rejects-"_s + server + u".jsonl"_s);
    auto skipped = importDump(**source, target, s.secret, options, nullptr);
    QVERIFY2(skipped.ok(), qPrintable(skipped.errorMessage()));
    QCOMPARE(skipped->rowsWritten, 6);
    QCOMPARE(skipped->rowsRejected, 54);
    QCOMPARE(countRows(target, s.secret, u"company_company"_s), 7);
}

void TestDumpServers::connectionDroppedMidImport()
{
    // A table big enough to be loading when the server ends the session.
    const QString dump = bigDump();
    auto source = DumpSource::open(dump);
    QVERIFY(source.ok());
    const ConnectionProfile target = freshDatabase(m_pg, u"gw_drop_"_s);
    QVERIFY(execOn(target, m_pg.secret, {u"CREATE TABLE measurements (id integer PRIMARY KEY, sensor text NOT NULL, value numeric(12,4), taken timestamp)"_s}).ok());

    JobManager jobs;
    const std::shared_ptr<DumpSource> src = *source;
    const QString secret = m_pg.secret;
    bool terminated = false;
    const JobOutcome outcome = runInThread(jobs, [src, target, secret](JobContext &job) {
        ImportOptions o;
        o.verifyDump = false;
        return JobOutcome::from(importDump(*src, target, secret, o, &job));
    }, [&] {
        // Wait until rows are going in, then end that backend from the server side.
        auto admin = DatabaseSession::open(m_pg.admin, m_pg.secret);
        QVERIFY(admin.ok());
        for (int i = 0; i < 600 && !terminated; ++i) {
            auto n = (*admin)->scalar(u"SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '%1' "
                                      "AND state = 'active' AND query LIKE 'COPY%%' AND pid <> pg_backend_pid()"_s.arg(target.database));
            terminated = n.ok() && n->toInt() > 0;
            if (!terminated)
                QTest::qWait(20);
        }
    });
    QVERIFY2(terminated, "the import's session was never seen loading rows");
    QVERIFY(!outcome.ok);
    // Killed while loading: rolled back.
    QVERIFY2(outcome.error.message.contains(u"the target is as it was"_s), qPrintable(outcome.error.message));
    QCOMPARE(countRows(target, m_pg.secret, u"measurements"_s), 0);
}

// Into existing PostgreSQL tables the foreign keys are dropped for the load and added again (one check per
// key instead of a trigger per row): an orphan fails the import with the key's name and rolls it all back,
// and afterwards every key is there again, as it was, whatever happened.
void TestDumpServers::foreignKeysCheckedAfterLoad()
{
    const QStringList schema{
        u"CREATE TABLE parent (id integer PRIMARY KEY, name text NOT NULL)"_s,
        u"CREATE TABLE child (id integer PRIMARY KEY, parent_id integer NOT NULL CONSTRAINT child_parent_fk REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)"_s,
        u"CREATE TABLE other (id integer PRIMARY KEY, parent_id integer CONSTRAINT other_parent_fk REFERENCES parent (id) ON DELETE CASCADE)"_s,
    };
    const QString keys = u"SELECT string_agg(conname || ' ' || pg_get_constraintdef(oid) || ' ' || convalidated, '; ' ORDER BY conname) "
                         "FROM pg_constraint WHERE contype = 'f'"_s;
    const QString before = u"child_parent_fk FOREIGN KEY (parent_id) REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED true; "
                           "other_parent_fk FOREIGN KEY (parent_id) REFERENCES parent(id) ON DELETE CASCADE true"_s;
    for (const bool orphan : {true, false}) {
        const QString db = m_dir.filePath(orphan ? u"orphan.sqlite3"_s : u"whole.sqlite3"_s);
        QVERIFY(execOn(sqliteProfile(db), {}, {
            u"CREATE TABLE parent (id integer PRIMARY KEY, name text NOT NULL)"_s,
            u"CREATE TABLE child (id integer PRIMARY KEY, parent_id integer NOT NULL)"_s, // no key in the source
            u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 500) INSERT INTO parent SELECT x, 'p' || x FROM c"_s,
            u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2000) INSERT INTO child SELECT x, 1 + x % 500 FROM c"_s,
            orphan ? u"INSERT INTO child VALUES (5000, 777)"_s : u"SELECT 1"_s}).ok());
        const QString dump = m_dir.filePath(orphan ? u"orphan-dump"_s : u"whole-dump"_s);
        QVERIFY(exportDatabase(sqliteProfile(db), {}, dump, ExportOptions{}, nullptr).ok());
        auto source = DumpSource::open(dump);
        QVERIFY(source.ok());
        const ConnectionProfile target = freshDatabase(m_pg, u"gw_fk_"_s);
        QVERIFY(execOn(target, m_pg.secret, schema).ok());
        QCOMPARE(scalarOn(target, m_pg.secret, keys).toString(), before);
        auto imported = importDump(**source, target, m_pg.secret, ImportOptions{}, nullptr);
        if (orphan) {
            QVERIFY(!imported.ok());
            QVERIFY2(imported.errorMessage().contains(u"child_parent_fk"_s), qPrintable(imported.errorMessage()));
            QVERIFY2(imported.errorMessage().contains(u"rolled back"_s), qPrintable(imported.errorMessage()));
            QCOMPARE(countRows(target, m_pg.secret, u"parent"_s), 0);
            QCOMPARE(countRows(target, m_pg.secret, u"child"_s), 0);
        } else {
            QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
            QVERIFY(imported->verified);
            QCOMPARE(countRows(target, m_pg.secret, u"child"_s), 2000);
            // The keys work again: a row without its parent is refused.
            QVERIFY(!execOn(target, m_pg.secret, {u"INSERT INTO other VALUES (1, 9999)"_s}).ok());
        }
        QCOMPARE(scalarOn(target, m_pg.secret, keys).toString(), before);
    }

    // --clear on PostgreSQL truncates the loaded tables (in the transaction, once their keys are dropped): a
    // table outside the dump keeps its rows (no ON DELETE CASCADE), and its key is checked against the new
    // rows; one that no longer holds rolls everything back, the truncation too.
    auto source = DumpSource::open(m_dir.filePath(u"whole-dump"_s));
    QVERIFY(source.ok());
    ImportOptions clear;
    clear.clear = true;
    for (const int otherParent : {2, 9999}) {
        const ConnectionProfile target = freshDatabase(m_pg, u"gw_fk_"_s);
        QVERIFY(execOn(target, m_pg.secret, schema + QStringList{
            u"INSERT INTO parent VALUES (1, 'old'), (2, 'old'), (9999, 'old')"_s, u"INSERT INTO child VALUES (1, 1)"_s,
            u"INSERT INTO other VALUES (1, %1)"_s.arg(otherParent)}).ok());
        auto imported = importDump(**source, target, m_pg.secret, clear, nullptr);
        QCOMPARE(countRows(target, m_pg.secret, u"other"_s), 1);
        if (otherParent == 2) {
            QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
            QVERIFY(imported->verified);
            QCOMPARE(countRows(target, m_pg.secret, u"parent"_s), 500);
            QCOMPARE(scalarOn(target, m_pg.secret, u"SELECT name FROM parent WHERE id = 2"_s).toString(), u"p2"_s);
        } else {
            QVERIFY(!imported.ok());
            QVERIFY2(imported.errorMessage().contains(u"other_parent_fk"_s) && imported.errorMessage().contains(u"rolled back"_s),
                     qPrintable(imported.errorMessage()));
            QCOMPARE(countRows(target, m_pg.secret, u"parent"_s), 3);
            QCOMPARE(scalarOn(target, m_pg.secret, u"SELECT string_agg(name, ',') FROM parent"_s).toString(), u"old,old,old"_s);
            QCOMPARE(countRows(target, m_pg.secret, u"child"_s), 1);
        }
        QCOMPARE(scalarOn(target, m_pg.secret, keys).toString(), before);
    }
}

// Into an application's empty PostgreSQL tables, keys and indexes are dropped in the transaction and built
// again after the load: the same definitions come back (partial and expression indexes too); a duplicate
// that a unique key refuses fails the import at that build and rolls back, indexes included.
void TestDumpServers::indexesBuiltAfterLoad()
{
    const QStringList schema{
        u"CREATE TABLE items (id integer PRIMARY KEY, code text CONSTRAINT items_code_key UNIQUE, qty integer NOT NULL)"_s,
        u"CREATE INDEX items_qty_idx ON items (qty) WHERE qty > 10"_s,
        u"CREATE INDEX items_lower_idx ON items (lower(code))"_s,
    };
    const QString indexes = u"SELECT string_agg(pg_get_indexdef(indexrelid), '; ' ORDER BY indexrelid::regclass::text) FROM pg_index "
                            "WHERE indrelid = 'items'::regclass"_s;
    for (const bool duplicate : {false, true}) {
        const QString db = m_dir.filePath(duplicate ? u"dup-items.sqlite3"_s : u"items.sqlite3"_s);
        QVERIFY(execOn(sqliteProfile(db), {}, {
            u"CREATE TABLE items (id INTEGER PRIMARY KEY, code TEXT, qty INTEGER NOT NULL)"_s,
            u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 20000) INSERT INTO items SELECT x, 'C' || x, x % 50 FROM c"_s,
            duplicate ? u"UPDATE items SET code = 'C1' WHERE id = 15000"_s : u"SELECT 1"_s}).ok());
        const QString dump = m_dir.filePath(duplicate ? u"dup-items-dump"_s : u"items-dump"_s);
        QVERIFY(exportDatabase(sqliteProfile(db), {}, dump, ExportOptions{}, nullptr).ok());
        auto source = DumpSource::open(dump);
        QVERIFY(source.ok());
        const ConnectionProfile target = freshDatabase(m_pg, u"gw_idx_"_s);
        QVERIFY(execOn(target, m_pg.secret, schema).ok());
        const QString before = scalarOn(target, m_pg.secret, indexes).toString();
        QVERIFY2(before.contains(u"WHERE (qty > 10)"_s) && before.contains(u"lower(code)"_s), qPrintable(before));
        auto imported = importDump(**source, target, m_pg.secret, ImportOptions{}, nullptr);
        if (duplicate) {
            QVERIFY(!imported.ok());
            QVERIFY2(imported.errorMessage().contains(u"items_code_key"_s) && imported.errorMessage().contains(u"again after the load"_s)
                         && imported.errorMessage().contains(u"rolled back"_s),
                     qPrintable(imported.errorMessage()));
            QCOMPARE(countRows(target, m_pg.secret, u"items"_s), 0);
        } else {
            QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
            QVERIFY(imported->verified);
            QCOMPARE(countRows(target, m_pg.secret, u"items"_s), 20000);
            QVERIFY(!execOn(target, m_pg.secret, {u"INSERT INTO items VALUES (20001, 'C7', 1)"_s}).ok()); // the unique key works
        }
        QCOMPARE(scalarOn(target, m_pg.secret, indexes).toString(), before);
    }
}

void TestDumpServers::cliCompare()
{
    using GodwitTest::runCli;
    const ConnectionProfile a = freshDatabase(m_pg, u"gw_cmp_"_s);
    const ConnectionProfile b = freshDatabase(m_maria, u"gw_cmp_"_s);
    QVERIFY(execOn(a, m_pg.secret, {u"CREATE TABLE t (id integer PRIMARY KEY, v varchar(10), amount numeric(8,2))"_s,
                                   u"INSERT INTO t VALUES (1, 'a', 1.50), (2, NULL, 2)"_s}).ok());
    QVERIFY(execOn(b, m_maria.secret, {u"CREATE TABLE t (id integer PRIMARY KEY, v varchar(10), amount decimal(8,2))"_s,
                                      u"INSERT INTO t VALUES (2, NULL, 2.00), (1, 'a', 1.5)"_s}).ok());
    auto url = [](const ConnectionProfile &p, const QString &scheme) {
        return u"%1://%2@%3:%4/%5"_s.arg(scheme, p.user, p.host).arg(p.port).arg(p.database);
    };
    // Each URL's password from its own variable: never on the command line.
    auto run = runCli({u"db"_s, u"compare"_s, url(a, u"postgresql"_s) , url(b, u"mysql"_s), u"--json"_s}, {}, 60000,
                 {u"GODWIT_PASSWORD_A="_s + m_pg.secret, u"GODWIT_PASSWORD_B="_s + m_maria.secret});
    QVERIFY2(run.exitCode == 0, run.summary().constData());
    QVERIFY(run.json().object()[u"equal"_s].toBool());
    QVERIFY(!run.out.contains(m_pg.secret.toUtf8()) && !run.err.contains(m_pg.secret.toUtf8()));
    QVERIFY(execOn(b, m_maria.secret, {u"UPDATE t SET amount = 1.51 WHERE id = 1"_s}).ok());
    run = runCli({u"db"_s, u"compare"_s, url(a, u"postgresql"_s), url(b, u"mysql"_s), u"--json"_s}, {}, 60000,
                 {u"GODWIT_PASSWORD_A="_s + m_pg.secret, u"GODWIT_PASSWORD_B="_s + m_maria.secret});
    QCOMPARE(run.exitCode, 1);
    const QJsonObject o = run.json().object();
    QCOMPARE(o[u"equal"_s].toBool(), false);
    QCOMPARE(o[u"tables"_s].toArray().first().toObject()[u"rows_a"_s].toInt(), 2);
}

// InvenTree's documented PostgreSQL 15 → 17 upgrade, as an administrator does it with godwit-cli: back up the
// old server, point at the new one, restore, verify. Once into an empty database (the tables come from the
// backup's schema) and once into the schema the application's migrations made on the new server.
void TestDumpServers::postgres15To17ByBackupAndRestore()
{
    using GodwitTest::runCli;
    QCOMPARE(scalarOn(m_pg.admin, m_pg.secret, u"SHOW server_version_num"_s).toString().left(2), u"15"_s);
    QCOMPARE(scalarOn(m_pg17.admin, m_pg17.secret, u"SHOW server_version_num"_s).toString().left(2), u"17"_s);
    const ConnectionProfile old = freshDatabase(m_pg, u"gw_up15_"_s);
    QVERIFY(execOn(old, m_pg.secret, pgTorture()).ok());
    // Enough rows for several chunks, and the demo's schema marker.
    QVERIFY(execOn(old, m_pg.secret, {
        u"INSERT INTO torture (id, kind_id, nul, exact, ts, doc) SELECT g, 1 + g % 2, 'row ' || g, g / 3.0, "
        "timestamp '2020-01-01' + g * interval '1 minute', jsonb_build_object('g', g) FROM generate_series(4, 2503) g"_s,
        u"CREATE TABLE django_migrations (id serial PRIMARY KEY, app varchar(255) NOT NULL, name varchar(255) NOT NULL, applied timestamptz NOT NULL)"_s,
        u"INSERT INTO django_migrations (app, name, applied) VALUES ('part', '0001_initial', now()), ('part', '0002_more', now())"_s}).ok());
    auto url = [](const ConnectionProfile &p) {
        return u"postgresql://%1@%2:%3/%4"_s.arg(p.user, p.host).arg(p.port).arg(p.database);
    };
    const QString dir = m_dir.filePath(u"backups-15-17"_s);
    auto run = runCli({u"backup"_s, u"create"_s, url(old), u"--dir"_s, dir, u"--json"_s}, {}, 120000, {u"GODWIT_PASSWORD="_s + m_pg.secret});
    QVERIFY2(run.exitCode == 0, run.summary().constData());
    const QString file = run.json().object()[u"file"_s].toString();
    QVERIFY2(QFileInfo(file).isFile() && file.endsWith(u".tar.zst"_s), qPrintable(file));
    QCOMPARE(run.json().object()[u"rows"_s].toInt(), 2 + 2503 + 2);

    // 1. An empty database on the new server.
    const ConnectionProfile fresh = freshDatabase(m_pg17, u"gw_up17_"_s);
    run = runCli({u"backup"_s, u"restore"_s, url(fresh), u"--file"_s, file, u"--yes"_s, u"--json"_s}, {}, 120000,
                 {u"GODWIT_PASSWORD="_s + m_pg17.secret});
    QVERIFY2(run.exitCode == 0, run.summary().constData());
    QVERIFY(run.json().object()[u"verified"_s].toBool());
    auto cmp = runCli({u"db"_s, u"compare"_s, url(old), url(fresh), u"--json"_s}, {}, 60000,
                      {u"GODWIT_PASSWORD_A="_s + m_pg.secret, u"GODWIT_PASSWORD_B="_s + m_pg17.secret});
    QVERIFY2(cmp.exitCode == 0, cmp.summary().constData());
    QVERIFY(cmp.json().object()[u"equal"_s].toBool());
    QCOMPARE(cmp.json().object()[u"tables"_s].toArray().size(), 3);
    QCOMPARE(scalarOn(fresh, m_pg17.secret, u"SELECT exact::text FROM torture WHERE id = 1"_s).toString(), u"12345678901234567890.1234567890"_s);
    QCOMPARE(scalarOn(fresh, m_pg17.secret, u"SELECT emoji FROM torture WHERE id = 1"_s).toString(), u"G clef 𝄞 😀 ü"_s);
    // The new server hands out ids after the restored ones.
    { const Status ins = execOn(fresh, m_pg17.secret, {u"INSERT INTO torture (kind_id) VALUES (1)"_s}); QVERIFY2(ins.ok(), qPrintable(ins.errorMessage())); }
    QCOMPARE(scalarOn(fresh, m_pg17.secret, u"SELECT MAX(id) FROM torture"_s).toLongLong(), 2504);

    // 2. The schema the application's migrations made on the new server (with a row the restore replaces).
    const ConnectionProfile migrated = freshDatabase(m_pg17, u"gw_up17m_"_s);
    QStringList ddl;
    for (const QString &sql : pgTorture())
        if (sql.startsWith(u"CREATE"_s))
            ddl << sql;
    ddl << u"CREATE TABLE django_migrations (id serial PRIMARY KEY, app varchar(255) NOT NULL, name varchar(255) NOT NULL, applied timestamptz NOT NULL)"_s
        << u"INSERT INTO kinds VALUES (9, 'from the app')"_s;
    const Status made = execOn(migrated, m_pg17.secret, ddl);
    QVERIFY2(made.ok(), qPrintable(made.errorMessage()));
    run = runCli({u"backup"_s, u"restore"_s, url(migrated), u"--file"_s, file, u"--yes"_s, u"--json"_s}, {}, 120000,
                 {u"GODWIT_PASSWORD="_s + m_pg17.secret});
    QVERIFY2(run.exitCode == 0, run.summary().constData());
    cmp = runCli({u"db"_s, u"compare"_s, url(old), url(migrated), u"--json"_s}, {}, 60000,
                 {u"GODWIT_PASSWORD_A="_s + m_pg.secret, u"GODWIT_PASSWORD_B="_s + m_pg17.secret});
    QVERIFY2(cmp.exitCode == 0, cmp.summary().constData());
    QVERIFY(cmp.json().object()[u"equal"_s].toBool());
    QCOMPARE(countRows(migrated, m_pg17.secret, u"kinds"_s), 2);
    // The application's own foreign keys are all there again after the load.
    QCOMPARE(scalarOn(migrated, m_pg17.secret, u"SELECT COUNT(*) FROM pg_constraint WHERE contype = 'f'"_s).toInt(), 2);
}

// LOAD DATA LOCAL (MariaDB, into tables the import creates): decimals with more digits than the column keeps
// are rounded as an INSERT would round them and the result verifies; a value that does not fit stops the load,
// and the created tables are dropped again.
void TestDumpServers::loadDataIntoCreatedTables()
{
    const QString lite = m_dir.filePath(u"loaddata.sqlite3"_s);
    QVERIFY(execOn(sqliteProfile(lite), {}, {
        u"CREATE TABLE kinds (id INTEGER PRIMARY KEY, code varchar(3) NOT NULL)"_s,
        u"CREATE TABLE items (id INTEGER PRIMARY KEY, kind_id INTEGER REFERENCES kinds (id), amount DECIMAL_TEXT(5,2), "
        "note TEXT, raw BLOB)"_s,
        u"INSERT INTO kinds VALUES (1, 'abc'), (2, 'de')"_s,
        u"INSERT INTO items VALUES (1, 1, '1.005', 'tab\there, newline\nthere, backslash \\ and \\N', x'00ff5c0a09'), "
        "(2, 2, '-2.5', NULL, NULL), (3, NULL, NULL, '\\N', x'')"_s}).ok());
    const QString good = m_dir.filePath(u"loaddata-good"_s);
    QVERIFY(exportDatabase(sqliteProfile(lite), {}, good, ExportOptions{}, nullptr).ok());
    auto source = DumpSource::open(good);
    QVERIFY(source.ok());
    ImportOptions create;
    create.createTables = true;
    const ConnectionProfile ok = freshDatabase(m_maria, u"gw_ld_"_s);
    auto r = importDump(**source, ok, m_maria.secret, create, nullptr);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    QCOMPARE(r->loadMethod, u"LOAD DATA LOCAL INFILE"_s);
    QVERIFY(r->verified);
    QCOMPARE(scalarOn(ok, m_maria.secret, u"SELECT CAST(amount AS CHAR) FROM items WHERE id = 1"_s).toString(), u"1.01"_s);
    QCOMPARE(scalarOn(ok, m_maria.secret, u"SELECT HEX(raw) FROM items WHERE id = 1"_s).toString(), u"00FF5C0A09"_s);
    QCOMPARE(scalarOn(ok, m_maria.secret, u"SELECT note FROM items WHERE id = 1"_s).toString(), u"tab\there, newline\nthere, backslash \\ and \\N"_s);
    QCOMPARE(scalarOn(ok, m_maria.secret, u"SELECT note = '\\\\N' AND raw = '' FROM items WHERE id = 3"_s).toInt(), 1);
    QCOMPARE(scalarOn(ok, m_maria.secret, u"SELECT COUNT(*) FROM items WHERE id = 2 AND note IS NULL AND raw IS NULL"_s).toInt(), 1);
    auto cmp = compareDatabases(sqliteProfile(lite), {}, ok, m_maria.secret, {}, nullptr);
    QVERIFY2(cmp.ok(), qPrintable(cmp.errorMessage()));
    QVERIFY(cmp->equal);

    // A server with local_infile off: the same import through INSERT statements.
    QCOMPARE(scalarOn(m_maria.admin, m_maria.secret, u"SELECT @@GLOBAL.local_infile"_s).toInt(), 1);
    QVERIFY(execOn(m_maria.admin, m_maria.secret, {u"SET GLOBAL local_infile = 0"_s}).ok());
    {
        const auto restore = qScopeGuard([this] { execOn(m_maria.admin, m_maria.secret, {u"SET GLOBAL local_infile = 1"_s}); });
        const ConnectionProfile off = freshDatabase(m_maria, u"gw_ld_"_s);
        auto viaInsert = importDump(**source, off, m_maria.secret, create, nullptr);
        QVERIFY2(viaInsert.ok(), qPrintable(viaInsert.errorMessage()));
        QCOMPARE(viaInsert->loadMethod, u"INSERT"_s);
        QVERIFY(viaInsert->verified);
        auto same = compareDatabases(ok, m_maria.secret, off, m_maria.secret, {}, nullptr);
        QVERIFY2(same.ok(), qPrintable(same.errorMessage()));
        QVERIFY(same->equal);
    }
    QCOMPARE(scalarOn(m_maria.admin, m_maria.secret, u"SELECT @@GLOBAL.local_infile"_s).toInt(), 1);

    // SQLite does not enforce varchar(3); MariaDB's strict mode refuses the longer code.
    QVERIFY(execOn(sqliteProfile(lite), {}, {u"INSERT INTO kinds VALUES (3, 'toolong')"_s}).ok());
    const QString bad = m_dir.filePath(u"loaddata-bad"_s);
    QVERIFY(exportDatabase(sqliteProfile(lite), {}, bad, ExportOptions{}, nullptr).ok());
    auto badSource = DumpSource::open(bad);
    QVERIFY(badSource.ok());
    const ConnectionProfile refused = freshDatabase(m_maria, u"gw_ld_"_s);
    auto f = importDump(**badSource, refused, m_maria.secret, create, nullptr);
    QVERIFY(!f.ok());
    QVERIFY2(f.errorMessage().contains(u"kinds"_s) && f.errorMessage().contains(u"the target is as it was"_s), qPrintable(f.errorMessage()));
    QCOMPARE(scalarOn(refused, m_maria.secret, u"SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"_s).toInt(), 0);

    // A table without transactions: a warning for a plain import, a problem for a checkpointed one (a resume
    // would meet the rows of the chunk that failed).
    const ConnectionProfile myisam = freshDatabase(m_maria, u"gw_ld_"_s);
    QVERIFY(execOn(myisam, m_maria.secret, {u"CREATE TABLE kinds (id integer PRIMARY KEY, code varchar(3) NOT NULL) ENGINE=MyISAM"_s}).ok());
    auto plain = preflightImport(**source, myisam, m_maria.secret, create, nullptr);
    QVERIFY2(plain.ok(), qPrintable(plain.errorMessage()));
    QVERIFY(plain->canImport);
    QCOMPARE(plain->count(PreflightIssue::Warning), 1);
    ImportOptions checkpointed = create;
    checkpointed.checkpoint = true;
    auto refusedCheckpoint = preflightImport(**source, myisam, m_maria.secret, checkpointed, nullptr);
    QVERIFY2(refusedCheckpoint.ok(), qPrintable(refusedCheckpoint.errorMessage()));
    QVERIFY(!refusedCheckpoint->canImport);
    QVERIFY(std::any_of(refusedCheckpoint->issues.cbegin(), refusedCheckpoint->issues.cend(),
                        [](const PreflightIssue &i) { return i.severity == PreflightIssue::Problem && i.message.contains(u"MyISAM"_s); }));
}

// Into existing InnoDB tables (an application's schema), LOAD DATA carries the clearing and the rows in one
// transaction on its connection: a failure leaves the old rows; BIT columns go through INSERT.
void TestDumpServers::loadDataIntoExistingTables()
{
    const QString lite = m_dir.filePath(u"existing.sqlite3"_s);
    QVERIFY(execOn(sqliteProfile(lite), {}, {
        u"CREATE TABLE kinds (id INTEGER PRIMARY KEY, code varchar(3) NOT NULL)"_s,
        u"CREATE TABLE items (id INTEGER PRIMARY KEY, kind_id INTEGER REFERENCES kinds (id), amount DECIMAL_TEXT(5,2), note TEXT)"_s,
        u"INSERT INTO kinds VALUES (1, 'abc'), (2, 'de')"_s,
        u"INSERT INTO items VALUES (1, 1, '1.25', 'tab\there'), (2, 2, '-2.5', NULL), (3, NULL, NULL, '\\N')"_s}).ok());
    const QString good = m_dir.filePath(u"existing-good"_s);
    QVERIFY(exportDatabase(sqliteProfile(lite), {}, good, ExportOptions{}, nullptr).ok());
    auto source = DumpSource::open(good);
    QVERIFY(source.ok());
    const QStringList schema = {
        u"CREATE TABLE kinds (id bigint PRIMARY KEY, code varchar(3) NOT NULL) ENGINE=InnoDB"_s,
        u"CREATE TABLE items (id bigint PRIMARY KEY AUTO_INCREMENT, kind_id bigint, amount decimal(5,2), note longtext, "
        "FOREIGN KEY (kind_id) REFERENCES kinds (id)) ENGINE=InnoDB"_s,
        u"INSERT INTO kinds VALUES (7, 'old')"_s, u"INSERT INTO items VALUES (9, 7, 9.99, 'old row')"_s};
    const ConnectionProfile app = freshDatabase(m_maria, u"gw_lx_"_s);
    QVERIFY(execOn(app, m_maria.secret, schema).ok());
    ImportOptions clear;
    clear.clear = true;
    auto r = importDump(**source, app, m_maria.secret, clear, nullptr);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    QCOMPARE(r->loadMethod, u"LOAD DATA LOCAL INFILE"_s);
    QVERIFY(r->verified);
    QCOMPARE(countRows(app, m_maria.secret, u"items"_s), 3);
    QCOMPARE(scalarOn(app, m_maria.secret, u"SELECT COUNT(*) FROM kinds WHERE id = 7"_s).toInt(), 0);
    auto cmp = compareDatabases(sqliteProfile(lite), {}, app, m_maria.secret, {}, nullptr);
    QVERIFY2(cmp.ok(), qPrintable(cmp.errorMessage()));
    QVERIFY(cmp->equal);
    // The next id comes after the loaded ones (InnoDB keeps its counter past the cleared row 9).
    QVERIFY(execOn(app, m_maria.secret, {u"INSERT INTO items (kind_id) VALUES (1)"_s}).ok());
    QCOMPARE(scalarOn(app, m_maria.secret, u"SELECT COUNT(*) FROM items WHERE id > 3"_s).toInt(), 1);

    // A value the column cannot take, in the last table loaded: the clearing and the loaded rows are rolled
    // back together, the old rows are all there.
    QVERIFY(execOn(sqliteProfile(lite), {}, {u"INSERT INTO items VALUES (4, 1, '123456.5', 'too big for decimal(5,2)')"_s}).ok());
    const QString bad = m_dir.filePath(u"existing-bad"_s);
    QVERIFY(exportDatabase(sqliteProfile(lite), {}, bad, ExportOptions{}, nullptr).ok());
    auto badSource = DumpSource::open(bad);
    QVERIFY(badSource.ok());
    const ConnectionProfile kept = freshDatabase(m_maria, u"gw_lx_"_s);
    QVERIFY(execOn(kept, m_maria.secret, schema).ok());
    auto f = importDump(**badSource, kept, m_maria.secret, clear, nullptr);
    QVERIFY(!f.ok());
    QVERIFY2(f.errorMessage().contains(u"items"_s) && f.errorMessage().contains(u"the target is as it was"_s), qPrintable(f.errorMessage()));
    QCOMPARE(countRows(kept, m_maria.secret, u"kinds"_s), 1);
    QCOMPARE(countRows(kept, m_maria.secret, u"items"_s), 1);
    QCOMPARE(scalarOn(kept, m_maria.secret, u"SELECT note FROM items WHERE id = 9"_s).toString(), u"old row"_s);

    // A BIT column: INSERT statements, which read its literal as the column expects.
    const ConnectionProfile bits = freshDatabase(m_maria, u"gw_lx_"_s);
    QVERIFY(execOn(bits, m_maria.secret, {schema.at(0), u"CREATE TABLE items (id bigint PRIMARY KEY, kind_id bigint, amount decimal(5,2), "
                                                        "note longtext, flags bit(8)) ENGINE=InnoDB"_s}).ok());
    ImportOptions plain;
    plain.ignoreNonexistent = true;
    auto b = importDump(**source, bits, m_maria.secret, plain, nullptr);
    QVERIFY2(b.ok(), qPrintable(b.errorMessage()));
    QCOMPARE(b->loadMethod, u"INSERT"_s);
    QCOMPARE(countRows(bits, m_maria.secret, u"items"_s), 3);
}

void TestDumpServers::checkpointedImportResumes_data()
{
    QTest::addColumn<QString>("server");
    QTest::newRow("PostgreSQL") << u"pg"_s;
    QTest::newRow("MariaDB") << u"mariadb"_s;
}

// A checkpointed import commits per chunk: when the server ends its session part-way, the committed chunks
// stay with their checkpoint, a plain import is refused, and godwit-cli dump import --resume loads the rest:
// every row exactly once, verified, the checkpoint table gone.
void TestDumpServers::checkpointedImportResumes()
{
    QFETCH(QString, server);
    const bool pg = server == u"pg"_s;
    Server &s = pg ? m_pg : m_maria;
    const QString dump = bigDump();
    auto source = DumpSource::open(dump);
    QVERIFY(source.ok());
    QCOMPARE((*source)->manifest().tables.first().chunks.size(), 300);
    const ConnectionProfile target = freshDatabase(s, u"gw_resume_"_s);

    JobManager jobs;
    const std::shared_ptr<DumpSource> src = *source;
    const QString secret = s.secret;
    int killedAfter = -1;
    const JobOutcome outcome = runInThread(jobs, [src, target, secret](JobContext &job) {
        ImportOptions o;
        o.checkpoint = true;
        o.createTables = true;
        o.verifyDump = false;
        return JobOutcome::from(importDump(*src, target, secret, o, &job));
    }, [&] {
        // Once a few chunks are committed, end the import's session from the server side (a second session on
        // the target database watches the checkpoint).
        auto admin = DatabaseSession::open(target, s.secret);
        QVERIFY(admin.ok());
        for (int i = 0; i < 1500 && killedAfter < 0; ++i) {
            auto done = (*admin)->scalar(u"SELECT next_chunk FROM godwit_import_checkpoint WHERE tbl = 'measurements'"_s);
            if (done.ok() && done->toInt() >= 3) {
                const QString kill = pg ? u"SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '%1' AND pid <> pg_backend_pid()"_s.arg(target.database)
                                        : u"SELECT GROUP_CONCAT(ID) FROM information_schema.PROCESSLIST WHERE DB = '%1' AND ID <> CONNECTION_ID()"_s.arg(target.database);
                auto r = (*admin)->scalar(kill);
                QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
                if (!pg)
                    for (const QString &id : r->toString().split(u',', Qt::SkipEmptyParts))
                        (*admin)->scalar(u"KILL CONNECTION "_s + id); // it may have ended on its own meanwhile
                killedAfter = done->toInt();
            } else {
                QTest::qWait(10);
            }
        }
    });
    QVERIFY2(killedAfter >= 3, "the import was never seen committing chunks");
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.message.contains(u"--resume"_s), qPrintable(outcome.error.message));
    const qint64 kept = countRows(target, s.secret, u"measurements"_s);
    QVERIFY2(kept >= 3000 && kept < 300000 && kept % 1000 == 0, qPrintable(QString::number(kept)));

    using GodwitTest::runCli;
    const QString url = u"%1://%2@%3:%4/%5"_s.arg(pg ? u"postgresql"_s : u"mysql"_s, target.user, target.host).arg(target.port).arg(target.database);
    const QStringList env{u"GODWIT_PASSWORD="_s + s.secret};
    // A plain import is refused while an interrupted one waits; so is resuming with another dump.
    auto run = runCli({u"dump"_s, u"import"_s, dump, url, u"--yes"_s}, {}, 120000, env);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("An interrupted import waits") || run.err.contains("An interrupted import waits"), run.summary().constData());
    run = runCli({u"dump"_s, u"import"_s, m_demoDump, url, u"--resume"_s, u"--yes"_s}, {}, 120000, env);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("of another dump") || run.err.contains("of another dump"), run.summary().constData());
    QCOMPARE(countRows(target, s.secret, u"measurements"_s), kept);

    run = runCli({u"dump"_s, u"import"_s, dump, url, u"--resume"_s, u"--yes"_s, u"--json"_s}, {}, 300000, env);
    QVERIFY2(run.exitCode == 0, run.summary().constData());
    const QJsonObject r = run.json().object();
    QVERIFY(r[u"verified"_s].toBool());
    QCOMPARE(r[u"rows_written"_s].toInteger(), 300000 - kept);
    QCOMPARE(countRows(target, s.secret, u"measurements"_s), 300000);
    QCOMPARE(scalarOn(target, s.secret, pg ? u"SELECT COUNT(*) FROM pg_tables WHERE tablename = 'godwit_import_checkpoint'"_s
                                           : u"SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'godwit_import_checkpoint'"_s).toInt(), 0);
    auto cmp = compareDatabases(sqliteProfile(m_big), {}, target, s.secret, {}, nullptr);
    QVERIFY2(cmp.ok(), qPrintable(cmp.errorMessage()));
    QVERIFY(cmp->equal);
}

QTEST_GUILESS_MAIN(TestDumpServers)
#include "tst_dump_servers.moc"
