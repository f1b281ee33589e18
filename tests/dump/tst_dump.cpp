// SPDX-License-Identifier: GPL-3.0-or-later
// Godwit dumps on SQLite (no servers): the value codec, export, verify, archives, damaged dumps, the
// pre-flight, all-or-nothing import, bad rows, cancel, and the CLI.
#include "archive/archive.h"
#include "dump/dbcompare.h"
#include "dump/dumpio.h"
#include "dump/importer.h"
#include "dump/jsoncell.h"
#include "dump/valuecodec.h"
#include "jobs/jobmanager.h"
#include "workspace/workspace.h"

#include "../clirunner.h"
#include "../testsupport.h"
#include "dumptestsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QProcess>
#include <QTest>

#include <unistd.h>

using namespace Godwit;
using namespace Godwit::Dump;
using namespace Qt::StringLiterals;
using GodwitTest::countRows;
using GodwitTest::execOn;
using GodwitTest::scalarOn;
using GodwitTest::sqliteProfile;

namespace {

QStringList tortureSchema()
{
    return {
        u"CREATE TABLE torture (id INTEGER PRIMARY KEY, nul TEXT, empty TEXT, exact DECIMAL_TEXT(30,10), big BIGINT, "
        "bin BLOB, d DATE, ts DATETIME, flag BOOL, doc JSON, f REAL, txt TEXT NOT NULL)"_s,
        u"INSERT INTO torture VALUES (1, NULL, '', '12345678901234567890.1234567890', 9007199254740993, X'00FF0A', "
        "'2024-02-29', '2024-01-01 12:34:56.789012', 1, '{\"b\":1,\"a\":[1,2]}', 0.1, "
        "'G clef 𝄞 and 😀, ü, \"quotes\", back\\slash, tab\t, newline\n, nul-free')"_s,
        u"INSERT INTO torture VALUES (2, '', NULL, '-0.5', -9223372036854775808, X'', '1970-01-01', '1999-12-31 23:59:59', "
        "0, NULL, -1e300, 'x')"_s,
        u"INSERT INTO torture VALUES (3, 'a', 'b', NULL, NULL, NULL, NULL, NULL, NULL, '[]', NULL, char(1) || char(31))"_s,
    };
}

JobOutcome runAndWait(JobManager &jobs, JobFunction fn, bool cancelSoon = false)
{
    JobOutcome result;
    bool done = false;
    QObject context;
    const JobId id = jobs.start(u"test"_s, std::move(fn), &context, [&](const JobOutcome &o) {
        result = o;
        done = true;
    });
    if (cancelSoon) {
        QTest::qWait(30);
        jobs.cancel(id);
    }
    if (!QTest::qWaitFor([&] { return done; }, 120000))
        return JobOutcome::failure(Error::make(ErrorKind::Timeout, u"job did not finish"_s));
    return result;
}

QString firstChunk(const QString &dumpDir, const QString &tableSuffix)
{
    QDirIterator it(dumpDir + u"/data"_s, {u"*.jsonl"_s}, QDir::Files, QDirIterator::Subdirectories);
    QStringList found;
    while (it.hasNext()) {
        const QString f = it.next();
        if (QFileInfo(f).absolutePath().endsWith(tableSuffix))
            found.append(f);
    }
    found.sort();
    return found.value(0);
}

} // namespace

class TestDump : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void timestamps_data();
    void timestamps();
    void checksumsAreEngineNeutral();
    void copyFastPathMatchesGeneralPath();
    void jsonFastPathsMatchGeneralPath();
    void presets();
    void columnDefaultsCarryAcross_data();
    void columnDefaultsCarryAcross();
    void tortureRoundTrip();
    void demoThroughArchives_data();
    void demoThroughArchives();
    void chunking();
    void damagedDumps_data();
    void damagedDumps();
    void damagedDumpImportsNothing();
    void overwriteProtection();
    void preflightFindsProblems();
    void clearAndCollisions();
    void badRowStopsAndRollsBack();
    void badRowsSkippedIntoRejectFile();
    void cancelExportLeavesNothing();
    void fullDisk();
    void cli();

private:
    QString freshCopyOfDemo(const QString &name);
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_demoDump;
};

void TestDump::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(u"demo.sqlite3"_s);
    const Status st = createDemoDatabase(m_demo);
    QVERIFY2(st.ok(), qPrintable(st.errorMessage()));
    m_demoDump = m_dir.filePath(u"demo-dump"_s);
    auto r = exportDatabase(sqliteProfile(m_demo), {}, m_demoDump, ExportOptions{}, nullptr);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    QCOMPARE(r->manifest.tables.size(), 9);
    QVERIFY(r->manifest.totalRows() > 6000);
    QVERIFY(r->manifest.markers.hasDjango);
    QVERIFY(!QFileInfo::exists(m_demoDump + u".part"_s));
}

QString TestDump::freshCopyOfDemo(const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    QFile::copy(m_demo, path);
    return path;
}

void TestDump::timestamps_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("offset");
    QTest::newRow("naive") << u"2024-01-01 12:00:00"_s << u"2024-01-01 12:00:00"_s << false;
    QTest::newRow("T separator") << u"2024-01-01T12:00:00"_s << u"2024-01-01 12:00:00"_s << false;
    QTest::newRow("no seconds") << u"2024-01-01 12:00"_s << u"2024-01-01 12:00:00"_s << false;
    QTest::newRow("fraction trimmed") << u"2024-01-01 12:00:00.120000"_s << u"2024-01-01 12:00:00.12"_s << false;
    QTest::newRow("zero fraction") << u"2024-01-01 12:00:00.000"_s << u"2024-01-01 12:00:00"_s << false;
    QTest::newRow("pg +00") << u"2024-01-01 12:00:00.5+00"_s << u"2024-01-01 12:00:00.5"_s << true;
    QTest::newRow("offset +02") << u"2024-06-01 12:00:00+02:00"_s << u"2024-06-01 10:00:00"_s << true;
    QTest::newRow("offset -0530 over midnight") << u"2024-12-31 20:00:00-05:30"_s << u"2025-01-01 01:30:00"_s << true;
    QTest::newRow("Z") << u"2024-01-01T00:00:00Z"_s << u"2024-01-01 00:00:00"_s << true;
    QTest::newRow("not a timestamp") << u"yesterday"_s << u"yesterday"_s << false;
}

void TestDump::timestamps()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(bool, offset);
    bool had = !offset;
    QCOMPARE(normalizeTimestamp(input, &had), expected);
    QCOMPARE(had, offset);
}

// The PostgreSQL export fast path (COPY bytes straight to the line and the checksum) must write exactly what
// the general path writes, and must decline what it cannot do exactly.
void TestDump::copyFastPathMatchesGeneralPath()
{
    struct Case
    {
        ValueType type;
        int scale;
        QList<QByteArray> fast;    // COPY fields the fast path takes
        QList<QByteArray> general; // fields it must leave to the general path
    };
    const QList<Case> cases{
        {ValueType::Integer, -1, {"0", "7", "-7", "123456789012345", "-123456789012345", "\\N"}, {"9007199254740993", "-9223372036854775808", "007", "-0", "1.5", ""}},
        {ValueType::Text, -1, {"", "plain", "tab\\there", "new\\nline", "back\\\\slash", "quote \"x\"", "\\001ctl", "Gänse 🐦", "\\N",
                               // eight bytes at a time: what needs escaping at every place of a word, and beyond ASCII
                               "abcdefghijklmnopqrstuvwx", "abcdefgh\\tijklmnop", "0123456789abcde\"", "0123456\\\\89abcdef",
                               "\\037bcdefghijklmno", "ééééééééé", "abcdefghé\\001xyz", "𝄞𝄞𝄞 beyond the BMP, long", "\x7f\x7f\x7f\x7f\x7f\x7f\x7f\x7f "},
         {"bad \\377 utf8", "abcdefgh\\377abcdefgh", "\\300\\200 overlong ascii"}},
        {ValueType::Boolean, -1, {"t", "f", "true", "false"}, {"TRUE", "x", "yes"}},
        {ValueType::Uuid, -1, {"6f1c1e4e-8a0b-4c1d-9e2f-0a1b2c3d4e5f"}, {"6F1C1E4E-8A0B-4C1D-9E2F-0A1B2C3D4E5F"}},
        {ValueType::Date, -1, {"2024-02-29", "1999-12-31"}, {"0099-01-01", "2024-02-29 BC", "infinity"}},
        {ValueType::Timestamp, -1, {"2024-02-29 23:59:59", "2024-02-29 23:59:59.123456", "2024-02-29 00:00:00.5"}, {"2024-02-29 23:59:59.120", "2024-02-29 23:59:59 BC", "infinity"}},
        {ValueType::TimestampTz, -1, {"2024-02-29 23:59:59+00", "2024-02-29 23:59:59.000001+00"}, {"2024-02-29 23:59:59+01", "2024-02-29 23:59:59+05:30", "infinity"}},
        {ValueType::Decimal, 2, {"0.00", "-0.00", "12.50", "-0.05", "100", "123456789012345678901234567890.10"}, {"1.005", "NaN", "1e5", ".5"}},
        {ValueType::Decimal, -1, {"0.000100", "10", "-3.14159"}, {"Infinity"}},
        {ValueType::Binary, -1, {"\\\\x", "\\\\x00ff10", "\\\\x4869"}, {"\\\\x0", "abc"}},
    };
    for (const Case &c : cases) {
        DumpColumn col;
        col.name = QStringLiteral("c");
        col.type = c.type;
        col.scale = c.scale;
        auto general = [&](const QByteArray &raw, std::string &json, std::string &token) {
            QVariant v;
            if (raw != "\\N") {
                QByteArray un;
                Dump::unescapeCopyField(std::string_view(raw.constData(), size_t(raw.size())), un);
                v = QString::fromUtf8(un);
            }
            const Cell cell = cellFromValue(Engine::PostgreSQL, v, col);
            appendCellJson(json, cell);
            token = canonicalToken(cell, col.type, col.scale).toStdString();
        };
        std::string scratch;
        for (const QByteArray &raw : c.fast) {
            std::string json, token, gJson, gToken;
            QVERIFY2(copyFieldFast(std::string_view(raw.constData(), size_t(raw.size())), col, &json, token, scratch),
                     raw.constData());
            general(raw, gJson, gToken);
            QCOMPARE(json, gJson);
            QCOMPARE(token, gToken);
        }
        for (const QByteArray &raw : c.general) {
            std::string json, token;
            QVERIFY2(!copyFieldFast(std::string_view(raw.constData(), size_t(raw.size())), col, &json, token, scratch),
                     raw.constData());
            QVERIFY(json.empty());
        }
    }
}

// The fast paths of verification (JSON value -> checksum token) and of loads into PostgreSQL (JSON value ->
// COPY text) must give what the general path through cells gives, for every type pair, or decline.
void TestDump::jsonFastPathsMatchGeneralPath()
{
    const QList<QByteArray> values{
        "null", "0", "-5", "123456789", "9007199254740993", "-9223372036854775808", "1.5", "1e300", "true", "false",
        R"("")", R"("plain")", R"("tab\tand\\back\nslash")", R"("Gänse 🐦")", R"("t")", R"("12")", R"("007")",
        R"("2024-02-29")", R"("0099-01-01")", R"("2024-02-29 23:59:59")", R"("2024-02-29 23:59:59.5")",
        R"("2024-02-29 23:59:59.120")", R"("2024-02-29 23:59:59+00:00")", R"("2024-02-29 23:59:59.25+00:00")",
        R"("2024-02-29 23:59:59+02:00")", R"("2024-02-29T23:59:59Z")", R"("23:59:59.123456")",
        R"("12.50")", R"("-0.00")", R"("0.000100")", R"("1.005")", R"("1e5")", R"("NaN")", R"("-Infinity")", R"(".5")",
        R"("6F1C1E4E-8A0B-4C1D-9E2F-0A1B2C3D4E5F")", R"("6f1c1e4e-8a0b-4c1d-9e2f-0a1b2c3d4e5f")", R"("AP8K")", R"("bm90IGI=")",
        R"("not base64!")", R"("{\"b\":1,\"a\":2}")"};
    const QList<ValueType> types{ValueType::Integer, ValueType::Decimal, ValueType::Float, ValueType::Boolean, ValueType::Text,
                                 ValueType::Binary, ValueType::Date, ValueType::Time, ValueType::Timestamp,
                                 ValueType::TimestampTz, ValueType::Json, ValueType::Uuid};
    ElementRow er;
    int fastTokens = 0, fastCopies = 0;
    for (const QByteArray &v : values) {
        QString why;
        QVERIFY2(er.parse("[" + v + "]", &why), qPrintable(why));
        QCOMPARE(er.size(), 1);
        const Cell cell = cellFromJson(er.at(0));
        for (const ValueType type : types) {
            for (const int scale : {-1, 2}) {
                std::string token;
                if (jsonToken(er.at(0), type, scale, token)) {
                    ++fastTokens;
                    QCOMPARE(QByteArray::fromStdString(token), canonicalToken(cell, type, scale));
                }
            }
            for (const ValueType target : types) {
                QByteArray fast, general;
                if (!jsonToCopy(er.at(0), type, target, fast)) {
                    QVERIFY(fast.isEmpty());
                    continue;
                }
                ++fastCopies;
                QString error;
                QVERIFY2(appendCopyCell(general, cell, type, target, &error), qPrintable(QString::fromUtf8(v) + u" "_s + error));
                QCOMPARE(fast, general);
            }
        }
    }
    // The common cases do take the fast paths.
    QVERIFY2(fastTokens > 100, qPrintable(QString::number(fastTokens)));
    QVERIFY2(fastCopies > 300, qPrintable(QString::number(fastCopies)));
    std::string token;
    QVERIFY(er.parse(R"(["2024-02-29 23:59:59.25+00:00", 42, "x", null])", nullptr));
    QVERIFY(jsonToken(er.at(0), ValueType::TimestampTz, -1, token) && token == "2024-02-29 23:59:59.25");
    QVERIFY(jsonToken(er.at(1), ValueType::Integer, -1, token) && token == "42");
    QVERIFY(jsonToken(er.at(2), ValueType::Text, -1, token) && token == "x");
    QVERIFY(jsonToken(er.at(3), ValueType::Date, -1, token) && token == "\x01N");
    // and refuse what the row parser refuses
    QVERIFY(!er.parse(R"([1, [2]])", nullptr));
    QVERIFY(!er.parse(R"({"a": 1})", nullptr));
}

void TestDump::checksumsAreEngineNeutral()
{
    auto digestOf = [](ValueType type, int scale, const QList<Cell> &cells) {
        DumpColumn c;
        c.name = u"v"_s;
        c.type = type;
        c.scale = scale;
        TableDigest d({c});
        for (const Cell &cell : cells)
            d.addRow(Row{cell});
        return d.hex();
    };
    auto str = [](const QString &s) { Cell c; c.kind = Cell::String; c.text = s; return c; };
    auto num = [](double v) { Cell c; c.kind = Cell::Double; c.real = v; c.text = QString::number(v); return c; };
    auto integer = [](qint64 v) { Cell c; c.kind = Cell::Int; c.integer = v; c.text = QString::number(v); return c; };
    auto boolean = [](bool b) { Cell c; c.kind = Cell::Bool; c.boolean = b; return c; };
    // Order does not matter; content does.
    QCOMPARE(digestOf(ValueType::Text, -1, {str(u"a"_s), str(u"b"_s)}), digestOf(ValueType::Text, -1, {str(u"b"_s), str(u"a"_s)}));
    QVERIFY(digestOf(ValueType::Text, -1, {str(u"a"_s), str(u"b"_s)}) != digestOf(ValueType::Text, -1, {str(u"a"_s), str(u"c"_s)}));
    QVERIFY(digestOf(ValueType::Text, -1, {str(u"a"_s), str(u"a"_s)}) != digestOf(ValueType::Text, -1, {str(u"a"_s)}));
    // NULL is not the empty string.
    QVERIFY(digestOf(ValueType::Text, -1, {Cell{}}) != digestOf(ValueType::Text, -1, {str(QString())}));
    // PostgreSQL's "12.50", SQLite's 12.5 and a JSON 12.5 are the same decimal; 12.51 is not.
    QCOMPARE(digestOf(ValueType::Decimal, 2, {str(u"12.50"_s)}), digestOf(ValueType::Decimal, 2, {num(12.5)}));
    QVERIFY(digestOf(ValueType::Decimal, 2, {str(u"12.50"_s)}) != digestOf(ValueType::Decimal, 2, {str(u"12.51"_s)}));
    // Rounded to the declared scale, as the application reads it (SQLite keeps whatever it was given).
    QCOMPARE(digestOf(ValueType::Decimal, 6, {str(u"40.800731999999996"_s)}), digestOf(ValueType::Decimal, 6, {str(u"40.800732"_s)}));
    QCOMPARE(digestOf(ValueType::Decimal, 2, {str(u"9.995"_s)}), digestOf(ValueType::Decimal, 2, {str(u"10.00"_s)}));
    QCOMPARE(digestOf(ValueType::Decimal, 2, {str(u"-0.005"_s)}), digestOf(ValueType::Decimal, 2, {str(u"-0.01"_s)}));
    // Booleans as true/false, 1/0 or 't'/'f'.
    QCOMPARE(digestOf(ValueType::Boolean, -1, {boolean(true)}), digestOf(ValueType::Boolean, -1, {integer(1)}));
    QCOMPARE(digestOf(ValueType::Boolean, -1, {boolean(false)}), digestOf(ValueType::Boolean, -1, {str(u"f"_s)}));
    // Time zones: an instant in UTC equals its naive UTC spelling.
    QCOMPARE(digestOf(ValueType::TimestampTz, -1, {str(u"2024-06-01 12:00:00+02:00"_s)}),
             digestOf(ValueType::Timestamp, -1, {str(u"2024-06-01 10:00:00"_s)}));
    // JSON by content, not by spacing or key order.
    QCOMPARE(digestOf(ValueType::Json, -1, {str(u"{\"b\": 1, \"a\": [1, 2]}"_s)}), digestOf(ValueType::Json, -1, {str(u"{\"a\":[1,2],\"b\":1}"_s)}));
    // Integers beyond 2^53 keep every digit.
    QVERIFY(digestOf(ValueType::Integer, -1, {str(u"9007199254740993"_s)}) != digestOf(ValueType::Integer, -1, {str(u"9007199254740992"_s)}));
}

void TestDump::columnDefaultsCarryAcross_data()
{
    QTest::addColumn<int>("engine");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("sourceDefault");
    QTest::addColumn<QString>("expected"); // the DEFAULT clause, empty for none
    const int pg = int(Engine::PostgreSQL), my = int(Engine::MySQL), lite = int(Engine::SQLite);
    QTest::newRow("PG false → PG") << pg << u"boolean"_s << u"false"_s << u"DEFAULT false"_s;
    QTest::newRow("PG false → MariaDB") << my << u"boolean"_s << u"false"_s << u"DEFAULT 0"_s;
    QTest::newRow("MariaDB 1 → PG") << pg << u"tinyint(1)"_s << u"1"_s << u"DEFAULT true"_s;
    QTest::newRow("PG cast string → MariaDB") << my << u"character varying(20)"_s << u"'draft'::character varying"_s << u"DEFAULT 'draft'"_s;
    QTest::newRow("PG quote in string") << lite << u"text"_s << u"'it''s'::text"_s << u"DEFAULT 'it''s'"_s;
    QTest::newRow("PG cast number") << my << u"numeric(10,2)"_s << u"'0'::numeric"_s << u"DEFAULT 0"_s;
    QTest::newRow("SQLite '' on an integer stays behind") << pg << u"integer"_s << u"''"_s << QString();
    QTest::newRow("MariaDB zero date stays behind") << pg << u"datetime"_s << u"'0000-00-00 00:00:00'"_s << QString();
    QTest::newRow("MariaDB date literal → PG") << pg << u"datetime"_s << u"'2020-01-31 12:00:00'"_s << u"DEFAULT '2020-01-31 12:00:00'"_s;
    QTest::newRow("a number on a timestamp stays behind") << pg << u"datetime"_s << u"0"_s << QString();
    QTest::newRow("text default on MySQL LONGTEXT as an expression") << my << u"text"_s << u"'none'::text"_s << u"DEFAULT ('none')"_s;
    QTest::newRow("PG integer") << lite << u"integer"_s << u"42"_s << u"DEFAULT 42"_s;
    QTest::newRow("PG negative in parentheses") << pg << u"integer"_s << u"(-1)"_s << u"DEFAULT -1"_s;
    QTest::newRow("PG now() → MariaDB") << my << u"timestamp with time zone"_s << u"now()"_s << u"DEFAULT CURRENT_TIMESTAMP(6)"_s;
    QTest::newRow("MariaDB current_timestamp() → PG") << pg << u"datetime"_s << u"current_timestamp()"_s << u"DEFAULT CURRENT_TIMESTAMP"_s;
    QTest::newRow("SQLite (datetime('now')) → PG") << pg << u"datetime"_s << u"(datetime('now'))"_s << u"DEFAULT CURRENT_TIMESTAMP"_s;
    QTest::newRow("PG jsonb → PG") << pg << u"jsonb"_s << u"'{}'::jsonb"_s << u"DEFAULT '{}'"_s;
    QTest::newRow("MariaDB NULL") << pg << u"varchar(10)"_s << u"NULL"_s << QString();
    QTest::newRow("a function stays behind") << my << u"uuid"_s << u"gen_random_uuid()"_s << QString();
    QTest::newRow("bytea stays behind") << my << u"bytea"_s << u"'\\x00'::bytea"_s << QString();
}

// Tables created from a dump keep the defaults that mean the same on every engine.
void TestDump::columnDefaultsCarryAcross()
{
    QFETCH(int, engine);
    QFETCH(QString, type);
    QFETCH(QString, sourceDefault);
    QFETCH(QString, expected);
    DumpTable t;
    t.name = u"t"_s;
    DumpColumn c;
    c.name = u"c"_s;
    c.engineType = type;
    c.type = classifyType(type.startsWith(u"tinyint"_s) || type == u"datetime"_s ? Engine::MySQL : Engine::PostgreSQL, type);
    parseTypeSize(c);
    c.defaultValue = sourceDefault;
    t.columns.append(c);
    const QStringList sql = createTableStatements(Engine(engine), t, [](const QString &id) -> QString { return u'"' + id + u'"'; }, false, nullptr);
    QVERIFY(!sql.isEmpty());
    if (expected.isEmpty())
        QVERIFY2(!sql.first().contains(u"DEFAULT"_s), qPrintable(sql.first()));
    else
        QVERIFY2(sql.first().contains(expected), qPrintable(sql.first()));
}

void TestDump::presets()
{
    const QStringList all{u"django_session"_s, u"part_part"_s, u"users_apitoken"_s, u"django_q_task"_s, u"plugin_pluginsetting"_s,
                          u"auth_user"_s, u"auth_permission"_s, u"socialaccount_socialtoken"_s};
    ExportOptions o;
    o.preset = u"inventree"_s;
    QCOMPARE(selectTables(all, o), (QStringList{u"part_part"_s, u"auth_user"_s}));
    o.include = {u"plugin_pluginsetting"_s};
    QCOMPARE(selectTables(all, o), (QStringList{u"part_part"_s, u"plugin_pluginsetting"_s, u"auth_user"_s}));
    ExportOptions only;
    only.tables = {u"auth_*"_s};
    only.exclude = {u"*permission"_s};
    QCOMPARE(selectTables(all, only), QStringList{u"auth_user"_s});
}

void TestDump::tortureRoundTrip()
{
    const QString src = m_dir.filePath(u"torture.sqlite3"_s);
    QVERIFY2(execOn(sqliteProfile(src), {}, tortureSchema()).ok(), "torture schema");
    const QString dump = m_dir.filePath(u"torture-dump"_s);
    auto exported = exportDatabase(sqliteProfile(src), {}, dump, ExportOptions{}, nullptr);
    QVERIFY2(exported.ok(), qPrintable(exported.errorMessage()));
    const DumpTable &t = exported->manifest.tables.first();
    QCOMPARE(t.columns.at(t.columnIndex(u"exact"_s)).type, ValueType::Decimal);
    QCOMPARE(t.columns.at(t.columnIndex(u"bin"_s)).type, ValueType::Binary);
    QCOMPARE(t.columns.at(t.columnIndex(u"flag"_s)).type, ValueType::Boolean);
    QCOMPARE(t.columns.at(t.columnIndex(u"ts"_s)).type, ValueType::Timestamp);

    // The lines themselves: big integers as strings, NULL and "" apart, binary as base64.
    QFile chunk(firstChunk(dump, u"torture"_s));
    QVERIFY(chunk.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = chunk.readAll().split('\n');
    QVERIFY2(lines.at(0).startsWith("[1,null,\"\",\"12345678901234567890.1234567890\",\"9007199254740993\",\"AP8K\",\"2024-02-29\","
                                    "\"2024-01-01 12:34:56.789012\",true,"), lines.at(0).constData());
    QVERIFY2(lines.at(1).startsWith("[2,\"\",null,\"-0.5\",\"-9223372036854775808\",\"\",\"1970-01-01\",\"1999-12-31 23:59:59\",false,null,-1e+300,"),
             lines.at(1).constData());
    QVERIFY(lines.at(2).contains("\"\\u0001\\u001f\""));
    // The SQLite fast path writes exactly what the general path writes, for the torture table and the demo.
    QString fastVsGeneral = GodwitTest::compareFastAndGeneralExport(sqliteProfile(src), {}, m_dir.filePath(u"torture-both"_s));
    QVERIFY2(fastVsGeneral.isEmpty(), qPrintable(fastVsGeneral));
    fastVsGeneral = GodwitTest::compareFastAndGeneralExport(sqliteProfile(m_demo), {}, m_dir.filePath(u"demo-both"_s));
    QVERIFY2(fastVsGeneral.isEmpty(), qPrintable(fastVsGeneral));

    auto source = DumpSource::open(dump);
    QVERIFY2(source.ok(), qPrintable(source.errorMessage()));
    QVERIFY(verifyDump(**source, nullptr).ok);
    const QString dst = m_dir.filePath(u"torture-copy.sqlite3"_s);
    ImportOptions options;
    options.createTables = true;
    auto imported = importDump(**source, sqliteProfile(dst), {}, options, nullptr);
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QVERIFY(imported->verified);
    QCOMPARE(imported->rowsWritten, 3);
    auto cmp = compareDatabases(sqliteProfile(src), {}, sqliteProfile(dst), {}, {}, nullptr);
    QVERIFY2(cmp.ok(), qPrintable(cmp.errorMessage()));
    QVERIFY(cmp->equal);

    const ConnectionProfile copy = sqliteProfile(dst);
    QCOMPARE(GodwitTest::scalarOn(copy, {}, u"SELECT big FROM torture WHERE id = 1"_s).toLongLong(), 9007199254740993LL);
    QCOMPARE(GodwitTest::scalarOn(copy, {}, u"SELECT big FROM torture WHERE id = 2"_s).toLongLong(), std::numeric_limits<qint64>::min());
    QCOMPARE(GodwitTest::scalarOn(copy, {}, u"SELECT nul IS NULL AND empty = '' FROM torture WHERE id = 1"_s).toInt(), 1);
    QCOMPARE(GodwitTest::scalarOn(copy, {}, u"SELECT nul = '' AND empty IS NULL FROM torture WHERE id = 2"_s).toInt(), 1);
    QCOMPARE(GodwitTest::scalarOn(copy, {}, u"SELECT hex(bin) FROM torture WHERE id = 1"_s).toString(), u"00FF0A"_s);
    QCOMPARE(GodwitTest::scalarOn(copy, {}, u"SELECT exact FROM torture WHERE id = 1"_s).toString(), u"12345678901234567890.1234567890"_s);
    QCOMPARE(GodwitTest::scalarOn(copy, {}, u"SELECT txt FROM torture WHERE id = 1"_s).toString(),
             GodwitTest::scalarOn(sqliteProfile(src), {}, u"SELECT txt FROM torture WHERE id = 1"_s).toString());
    QVERIFY(GodwitTest::scalarOn(copy, {}, u"SELECT txt FROM torture WHERE id = 1"_s).toString().contains(u"𝄞"_s));
    QCOMPARE(GodwitTest::scalarOn(copy, {}, u"SELECT f FROM torture WHERE id = 1"_s).toDouble(), 0.1);

    // Changing one value is seen by the comparison.
    QVERIFY(execOn(copy, {}, {u"UPDATE torture SET txt = 'y' WHERE id = 2"_s}).ok());
    auto after = compareDatabases(sqliteProfile(src), {}, copy, {}, {}, nullptr);
    QVERIFY(after.ok());
    QVERIFY(!after->equal);
}

void TestDump::demoThroughArchives_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("folder") << u"demo-folder"_s;
    QTest::newRow("tar") << u"demo.tar"_s;
    QTest::newRow("tar.gz") << u"demo.tar.gz"_s;
    QTest::newRow("tar.zst") << u"demo.tar.zst"_s;
    QTest::newRow("zip") << u"demo.zip"_s;
}

void TestDump::demoThroughArchives()
{
    QFETCH(QString, name);
    const QString out = m_dir.filePath(name);
    auto exported = exportDatabase(sqliteProfile(m_demo), {}, out, ExportOptions{}, nullptr);
    QVERIFY2(exported.ok(), qPrintable(exported.errorMessage()));
    QCOMPARE(QFileInfo(out).isDir(), name == u"demo-folder"_s);
    QVERIFY(!QFileInfo::exists(out + u".part"_s) && !QFileInfo::exists(out + u".part-dir"_s));
    auto source = DumpSource::open(out);
    QVERIFY2(source.ok(), qPrintable(source.errorMessage()));
    QCOMPARE((*source)->isArchive(), name != u"demo-folder"_s);
    const VerifyReport v = verifyDump(**source, nullptr);
    QVERIFY(v.ok);
    QCOMPARE(v.rows, exported->manifest.totalRows());
    const QString target = m_dir.filePath(name + u".sqlite3"_s);
    ImportOptions options;
    options.createTables = true;
    auto imported = importDump(**source, sqliteProfile(target), {}, options, nullptr);
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QVERIFY(imported->verified);
    auto cmp = compareDatabases(sqliteProfile(m_demo), {}, sqliteProfile(target), {}, {}, nullptr);
    QVERIFY(cmp.ok());
    QVERIFY(cmp->equal);
    QCOMPARE(cmp->tables.size(), 9);
}

void TestDump::chunking()
{
    ExportOptions o;
    o.chunkRows = 100;
    o.tables = {u"part_part"_s};
    o.where.insert(u"part_part"_s, u"id <= 1050"_s);
    const QString out = m_dir.filePath(u"chunked"_s);
    auto r = exportDatabase(sqliteProfile(m_demo), {}, out, o, nullptr);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    QCOMPARE(r->manifest.tables.size(), 1);
    QCOMPARE(r->manifest.tables.first().rows, 1050);
    QCOMPARE(r->manifest.tables.first().chunks.size(), 11);
    QCOMPARE(r->manifest.tables.first().chunks.last().rows, 50);
    ExportOptions bad = o;
    bad.where.insert(u"part_part"_s, u"no_such_column = 1"_s);
    auto failed = exportDatabase(sqliteProfile(m_demo), {}, m_dir.filePath(u"badfilter"_s), bad, nullptr);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.errorMessage().contains(u"row filter"_s), qPrintable(failed.errorMessage()));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"badfilter"_s)) && !QFileInfo::exists(m_dir.filePath(u"badfilter.part"_s)));
}

void TestDump::damagedDumps_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected"); // in the message
    QTest::newRow("bit flip") << u"bitflip"_s << u"SHA-256"_s;
    QTest::newRow("truncated chunk") << u"truncate"_s << u"truncated"_s;
    QTest::newRow("missing chunk") << u"missing"_s << u"missing"_s;
    QTest::newRow("manifest edited") << u"manifest-edited"_s << u"does not match its checksum"_s;
    QTest::newRow("manifest row count") << u"manifest-rows"_s << u"chunks hold"_s;
    QTest::newRow("newer format") << u"newer"_s << u"format version 99"_s;
    QTest::newRow("invalid UTF-8") << u"utf8"_s << u"invalid UTF-8"_s;
    QTest::newRow("chunk path outside") << u"escape"_s << u"not a dump path"_s;
    QTest::newRow("not a dump") << u"notadump"_s << u"no manifest.json"_s;
    QTest::newRow("damaged archive") << u"archive"_s << u"damaged"_s;
}

void TestDump::damagedDumps()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    QTemporaryDir work;
    QString dump = work.filePath(u"d"_s);
    ExportOptions o;
    o.tables = {u"part_part"_s, u"part_partcategory"_s};
    auto r = exportDatabase(sqliteProfile(m_demo), {}, dump, o, nullptr);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
    const DumpTable part = r->manifest.tables.at(r->manifest.tableIndex(u"part_part"_s));
    const QString chunk = dump + u'/' + part.chunks.at(1).path;
    if (kind == u"bitflip"_s) {
        QVERIFY(GodwitTest::rewriteFile(chunk, [](QByteArray &d) { d[d.size() / 2] = char(d[d.size() / 2] ^ 0x04); }));
    } else if (kind == u"truncate"_s) {
        QVERIFY(GodwitTest::rewriteFile(chunk, [](QByteArray &d) { d.chop(17); }));
    } else if (kind == u"missing"_s) {
        QVERIFY(QFile::remove(chunk));
    } else if (kind == u"manifest-edited"_s) {
        QVERIFY(GodwitTest::rewriteFile(dump + u"/manifest.json"_s, [](QByteArray &d) { d.replace("\"rows\": 1200", "\"rows\": 1201"); }));
    } else if (kind == u"manifest-rows"_s) {
        QVERIFY(GodwitTest::rewriteManifest(dump, [](QJsonObject &o) {
            QJsonArray tables = o[u"tables"_s].toArray();
            QJsonObject t = tables[0].toObject();
            t[u"rows"_s] = t[u"rows"_s].toInt() + 5;
            tables[0] = t;
            o[u"tables"_s] = tables;
        }));
    } else if (kind == u"newer"_s) {
        QVERIFY(GodwitTest::rewriteManifest(dump, [](QJsonObject &o) { o[u"format_version"_s] = 99; }));
    } else if (kind == u"utf8"_s) {
        // Invalid UTF-8 inside a string, with the manifest's checksums made to match: only the content check can see it.
        QByteArray data;
        QVERIFY(GodwitTest::rewriteFile(chunk, [&data](QByteArray &d) {
            const int quote = d.indexOf('"');
            d[quote + 1] = char(0xC3);
            d[quote + 2] = char(0x28);
            data = d;
        }));
        QVERIFY(GodwitTest::rewriteManifest(dump, [&](QJsonObject &o) {
            QJsonArray tables = o[u"tables"_s].toArray();
            for (int i = 0; i < tables.size(); ++i) {
                QJsonObject t = tables[i].toObject();
                QJsonArray chunks = t[u"chunks"_s].toArray();
                for (int c = 0; c < chunks.size(); ++c) {
                    QJsonObject ch = chunks[c].toObject();
                    if (dump + u'/' + ch[u"path"_s].toString() == chunk)
                        ch[u"sha256"_s] = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
                    chunks[c] = ch;
                }
                t[u"chunks"_s] = chunks;
                tables[i] = t;
            }
            o[u"tables"_s] = tables;
        }));
    } else if (kind == u"escape"_s) {
        QVERIFY(GodwitTest::rewriteManifest(dump, [](QJsonObject &o) {
            QJsonArray tables = o[u"tables"_s].toArray();
            QJsonObject t = tables[0].toObject();
            QJsonArray chunks = t[u"chunks"_s].toArray();
            QJsonObject ch = chunks[0].toObject();
            ch[u"path"_s] = u"../../etc/passwd"_s;
            chunks[0] = ch;
            t[u"chunks"_s] = chunks;
            tables[0] = t;
            o[u"tables"_s] = tables;
        }));
    } else if (kind == u"notadump"_s) {
        QVERIFY(QFile::remove(dump + u"/manifest.json"_s));
    } else if (kind == u"archive"_s) {
        const QString archive = work.filePath(u"d.tar.gz"_s);
        QVERIFY(Archive::pack(dump, archive).ok());
        QVERIFY(GodwitTest::rewriteFile(archive, [](QByteArray &d) { d.truncate(d.size() / 2); }));
        dump = archive;
    }

    QString message;
    auto source = DumpSource::open(dump);
    if (!source) {
        message = source.errorMessage();
    } else {
        const VerifyReport v = verifyDump(**source, nullptr);
        QVERIFY2(!v.ok, qPrintable(kind));
        for (const VerifyProblem &p : v.problems)
            message += p.where + u": "_s + p.message + u'\n';
    }
    QVERIFY2(message.contains(expected), qPrintable(kind + u" → "_s + message));
}

void TestDump::damagedDumpImportsNothing()
{
    QTemporaryDir work;
    const QString dump = work.filePath(u"d"_s);
    auto r = exportDatabase(sqliteProfile(m_demo), {}, dump, ExportOptions{}, nullptr);
    QVERIFY(r.ok());
    const DumpTable &last = r->manifest.tables.last();
    QVERIFY(GodwitTest::rewriteFile(dump + u'/' + last.chunks.last().path, [](QByteArray &d) { d[5] = 'X'; }));
    auto source = DumpSource::open(dump);
    QVERIFY(source.ok());
    const QString target = work.filePath(u"t.sqlite3"_s);
    ImportOptions options;
    options.createTables = true;
    auto imported = importDump(**source, sqliteProfile(target), {}, options, nullptr);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.errorMessage().contains(u"Nothing was imported"_s), qPrintable(imported.errorMessage()));
    // Not one table was created in the target.
    auto tables = DatabaseSession::open(sqliteProfile(target), {});
    QVERIFY(tables.ok());
    QCOMPARE((*tables)->db().tables().size(), 0);
}

void TestDump::overwriteProtection()
{
    QTemporaryDir work;
    const QString out = work.filePath(u"d"_s);
    ExportOptions o;
    o.tables = {u"auth_user"_s};
    QVERIFY(exportDatabase(sqliteProfile(m_demo), {}, out, o, nullptr).ok());
    auto again = exportDatabase(sqliteProfile(m_demo), {}, out, o, nullptr);
    QVERIFY(!again.ok());
    QVERIFY2(again.errorMessage().contains(u"already exists"_s), qPrintable(again.errorMessage()));
    o.overwrite = true;
    o.tables = {u"company_company"_s};
    auto replaced = exportDatabase(sqliteProfile(m_demo), {}, out, o, nullptr);
    QVERIFY2(replaced.ok(), qPrintable(replaced.errorMessage()));
    auto source = DumpSource::open(out);
    QVERIFY(source.ok());
    QCOMPARE((*source)->manifest().tables.first().name, u"company_company"_s);
    // A folder with other things in it is never replaced, even when asked.
    const QString other = work.filePath(u"precious"_s);
    QDir().mkpath(other);
    QFile f(other + u"/thesis.tex"_s);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("important");
    f.close();
    auto refused = exportDatabase(sqliteProfile(m_demo), {}, other, o, nullptr);
    QVERIFY(!refused.ok());
    QVERIFY(QFileInfo::exists(other + u"/thesis.tex"_s));
}

void TestDump::preflightFindsProblems()
{
    auto source = DumpSource::open(m_demoDump);
    QVERIFY(source.ok());
    // A target that has only some of the tables, one with a column too few and one NOT NULL column more.
    const QString target = m_dir.filePath(u"partial.sqlite3"_s);
    QFile::remove(target);
    QVERIFY(execOn(sqliteProfile(target), {}, {
        u"CREATE TABLE auth_user (id INTEGER PRIMARY KEY, username VARCHAR(150) NOT NULL, shoe_size INTEGER NOT NULL)"_s,
        u"CREATE TABLE django_migrations (id INTEGER PRIMARY KEY, app VARCHAR(255) NOT NULL, name VARCHAR(255) NOT NULL, applied DATETIME NOT NULL)"_s,
        u"INSERT INTO django_migrations VALUES (1, 'part', '0001_initial', '2020-01-01 00:00:00')"_s,
    }).ok());
    ImportOptions options;
    auto report = preflightImport(**source, sqliteProfile(target), {}, options, nullptr);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QVERIFY(!report->canImport);
    auto has = [&](PreflightIssue::Severity s, const QString &table, const QString &text) {
        return std::any_of(report->issues.begin(), report->issues.end(), [&](const PreflightIssue &i) {
            return i.severity == s && i.table == table && i.message.contains(text);
        });
    };
    QVERIFY(has(PreflightIssue::Problem, u"part_part"_s, u"has no table"_s));
    QVERIFY(has(PreflightIssue::Problem, u"auth_user"_s, u"has no column “email”"_s));
    QVERIFY(has(PreflightIssue::Problem, u"auth_user"_s, u"“shoe_size” is NOT NULL"_s));
    QVERIFY(has(PreflightIssue::Warning, u"django_migrations"_s, u"Django migrations differ"_s));
    QVERIFY(has(PreflightIssue::Problem, u"django_migrations"_s, u"already exist in the target"_s));

    // With --strict the migration state is a problem too; --ignore-nonexistent leaves tables and columns out.
    options.strict = true;
    report = preflightImport(**source, sqliteProfile(target), {}, options, nullptr);
    QVERIFY(report.ok());
    QVERIFY(has(PreflightIssue::Problem, u"django_migrations"_s, u"Django migrations differ"_s));
    options.strict = false;
    options.ignoreNonexistent = true;
    report = preflightImport(**source, sqliteProfile(target), {}, options, nullptr);
    QVERIFY(report.ok());
    QVERIFY(has(PreflightIssue::Warning, u"part_part"_s, u"left out"_s));
    QVERIFY(has(PreflightIssue::Warning, u"auth_user"_s, u"has no column “email”"_s));
    QVERIFY(!report->canImport); // shoe_size still cannot be filled
    // The pre-flight wrote nothing.
    QCOMPARE(countRows(sqliteProfile(target), {}, u"auth_user"_s), 0);
    QCOMPARE(countRows(sqliteProfile(target), {}, u"django_migrations"_s), 1);
}

void TestDump::clearAndCollisions()
{
    auto source = DumpSource::open(m_demoDump);
    QVERIFY(source.ok());
    const QString target = freshCopyOfDemo(u"collide.sqlite3"_s);
    ImportOptions options;
    auto report = preflightImport(**source, sqliteProfile(target), {}, options, nullptr);
    QVERIFY(report.ok());
    QVERIFY(!report->canImport);
    for (const PreflightTable &t : report->tables)
        QCOMPARE(t.collisions, t.rows);
    // Load order follows the foreign keys: categories before parts, parts before stock items.
    const QStringList order = report->loadOrder;
    QVERIFY(order.indexOf(u"part_partcategory"_s) < order.indexOf(u"part_part"_s));
    QVERIFY(order.indexOf(u"part_part"_s) < order.indexOf(u"stock_stockitem"_s));
    QVERIFY(order.indexOf(u"stock_stocklocation"_s) < order.indexOf(u"stock_stockitem"_s));
    QVERIFY(order.indexOf(u"order_purchaseorder"_s) < order.indexOf(u"order_purchaseorderlineitem"_s));

    QVERIFY(execOn(sqliteProfile(target), {}, {u"DELETE FROM stock_stockitem WHERE id > 2900"_s,
                                               u"INSERT INTO company_company (id, name, description, is_supplier, is_customer, currency) VALUES (9999, 'Extra', '', 1, 0, 'EUR')"_s}).ok());
    options.clear = true;
    auto imported = importDump(**source, sqliteProfile(target), {}, options, nullptr);
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QVERIFY(imported->verified);
    QCOMPARE(countRows(sqliteProfile(target), {}, u"stock_stockitem"_s), 3000);
    QCOMPARE(GodwitTest::scalarOn(sqliteProfile(target), {}, u"SELECT COUNT(*) FROM company_company WHERE id = 9999"_s).toInt(), 0);
    auto cmp = compareDatabases(sqliteProfile(m_demo), {}, sqliteProfile(target), {}, {}, nullptr);
    QVERIFY(cmp.ok());
    QVERIFY(cmp->equal);
}

void TestDump::badRowStopsAndRollsBack()
{
    // The target's quantity is an INTEGER column with a CHECK: the dump's decimals do not all fit.
    auto source = DumpSource::open(m_demoDump);
    QVERIFY(source.ok());
    const QString target = m_dir.filePath(u"strict-target.sqlite3"_s);
    QFile::remove(target);
    QVERIFY(execOn(sqliteProfile(target), {}, {
        u"CREATE TABLE company_company (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL CHECK (length(name) <= 12), "
        "description VARCHAR(500) NOT NULL, website VARCHAR(200), is_supplier BOOL NOT NULL, is_customer BOOL NOT NULL, currency VARCHAR(3) NOT NULL)"_s,
        u"INSERT INTO company_company VALUES (5000, 'Keep me', '', NULL, 1, 1, 'EUR')"_s}).ok());
    ImportOptions options;
    options.tables = {u"company_company"_s};
    auto imported = importDump(**source, sqliteProfile(target), {}, options, nullptr);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.errorMessage().contains(u"rolled back"_s), qPrintable(imported.errorMessage()));
    QCOMPARE(countRows(sqliteProfile(target), {}, u"company_company"_s), 1);
}

void TestDump::badRowsSkippedIntoRejectFile()
{
    auto source = DumpSource::open(m_demoDump);
    QVERIFY(source.ok());
    const QString target = m_dir.filePath(u"skip-target.sqlite3"_s);
    QFile::remove(target);
    QVERIFY(execOn(sqliteProfile(target), {}, {
        u"CREATE TABLE company_company (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL CHECK (length(name) <= 12), "
        "description VARCHAR(500) NOT NULL, website VARCHAR(200), is_supplier BOOL NOT NULL, is_customer BOOL NOT NULL, currency VARCHAR(3) NOT NULL)"_s}).ok());
    const qint64 fitting = GodwitTest::scalarOn(sqliteProfile(m_demo), {}, u"SELECT COUNT(*) FROM company_company WHERE length(name) <= 12"_s).toLongLong();
    const qint64 total = countRows(sqliteProfile(m_demo), {}, u"company_company"_s);
    QVERIFY(fitting > 0 && fitting < total);
    ImportOptions options;
    options.tables = {u"company_company"_s};
    options.skipOnError = true;
    options.rejectFile = m_dir.filePath(u"rejects.jsonl"_s);
    auto imported = importDump(**source, sqliteProfile(target), {}, options, nullptr);
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QCOMPARE(imported->rowsWritten, fitting);
    QCOMPARE(imported->rowsRejected, total - fitting);
    QVERIFY(!imported->verified); // the target does not hold the whole dump, and the report says so
    QCOMPARE(countRows(sqliteProfile(target), {}, u"company_company"_s), fitting);
    QFile rejects(options.rejectFile);
    QVERIFY(rejects.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = rejects.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), total - fitting);
    const QJsonObject first = QJsonDocument::fromJson(lines.first()).object();
    QCOMPARE(first[u"table"_s].toString(), u"company_company"_s);
    QVERIFY(first[u"error"_s].toString().contains(u"CHECK"_s, Qt::CaseInsensitive));
    QCOMPARE(first[u"row"_s].toArray().size(), 7);
}

void TestDump::cancelExportLeavesNothing()
{
    // A table large enough that cancel arrives mid-way.
    const QString big = m_dir.filePath(u"big.sqlite3"_s);
    QVERIFY(execOn(sqliteProfile(big), {}, {
        u"CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)"_s,
        u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 400000) INSERT INTO t SELECT x, printf('row %d', x) FROM c"_s}).ok());
    JobManager jobs;
    const QString out = m_dir.filePath(u"canceled.tar.zst"_s);
    const ConnectionProfile p = sqliteProfile(big);
    const JobOutcome o = runAndWait(jobs, [p, out](JobContext &job) {
        return JobOutcome::from(exportDatabase(p, {}, out, ExportOptions{}, &job));
    }, true);
    QVERIFY(!o.ok);
    QCOMPARE(o.error.kind, ErrorKind::Canceled);
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(!QFileInfo::exists(out + u".part"_s));
    QVERIFY(!QFileInfo::exists(out + u".part-dir"_s));
}

// A real full disk: a small tmpfs mounted in a private mount namespace (unshare; as root in CI, else in a user
// namespace). An export onto it fails with the reason and leaves nothing; an import into a SQLite database on
// it fails part-way through the load, rolls back and leaves the database as it was.
void TestDump::fullDisk()
{
    // The import's target: the demo's schema without its rows.
    const QString empty = freshCopyOfDemo(u"full-empty.sqlite3"_s);
    {
        auto tables = scalarOn(sqliteProfile(empty), {}, u"SELECT group_concat(name, ' ') FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s).toString();
        QStringList sql{u"PRAGMA foreign_keys = OFF"_s};
        for (const QString &t : tables.split(u' ', Qt::SkipEmptyParts))
            sql << u"DELETE FROM \"%1\""_s.arg(t);
        QVERIFY(execOn(sqliteProfile(empty), {}, sql).ok());
        QVERIFY(execOn(sqliteProfile(empty), {}, {u"VACUUM"_s}).ok());
    }
    const qint64 emptySize = QFileInfo(empty).size();
    const qint64 fullSize = QFileInfo(m_demo).size();
    QVERIFY2(fullSize > emptySize + 64 * 1024, "the demo must be big enough to fill the disk while loading");
    // Room for the empty database and a part of the rows: the load runs into the end of the disk.
    const qint64 room = ((emptySize + (fullSize - emptySize) / 3) / 4096 + 1) * 4096;
    const QString mnt = m_dir.filePath(u"full-mnt"_s), back = m_dir.filePath(u"full-back"_s);
    QVERIFY(QDir().mkpath(mnt) && QDir().mkpath(back));
    const QString script = uR"(set -u
mnt=$1 cli=$2 demo=$3 dump=$4 empty=$5 back=$6 room=$7
mount -t tmpfs -o size=$room tmpfs "$mnt" || exit 90
"$cli" dump export "$demo" "$mnt/export-out" >"$back/export.out" 2>"$back/export.err"; echo $? >"$back/export.rc"
ls -A "$mnt" >"$back/export.left"
cp "$empty" "$mnt/target.sqlite3" || exit 91
"$cli" dump import "$dump" "$mnt/target.sqlite3" --yes >"$back/import.out" 2>"$back/import.err"; echo $? >"$back/import.rc"
ls -A "$mnt" >"$back/import.left"
cp "$mnt/target.sqlite3" "$back/target.sqlite3"
rm -f "$mnt/target.sqlite3"
cp "$empty" "$mnt/resumable.sqlite3" || exit 92
"$cli" dump import "$dump" "$mnt/resumable.sqlite3" --checkpoint --yes >"$back/checkpoint.out" 2>"$back/checkpoint.err"; echo $? >"$back/checkpoint.rc"
mount -o remount,size=8m "$mnt" || exit 93
"$cli" dump import "$dump" "$mnt/resumable.sqlite3" --resume --yes --json >"$back/resume.out" 2>"$back/resume.err"; echo $? >"$back/resume.rc"
cp "$mnt/resumable.sqlite3" "$back/resumable.sqlite3"
)"_s;
    QProcess sh;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"GODWIT_NO_KEYCHAIN"_s, u"1"_s);
    env.insert(u"GODWIT_WORKSPACE"_s, m_dir.filePath(u"full-ws"_s));
    sh.setProcessEnvironment(env);
    QStringList args = geteuid() == 0 ? QStringList{u"-m"_s} : QStringList{u"-r"_s, u"-m"_s};
    args << u"sh"_s << u"-c"_s << script << u"sh"_s << mnt << GodwitTest::cliPath() << m_demo << m_demoDump << empty << back
         << QString::number(room);
    sh.start(u"unshare"_s, args);
    QVERIFY2(sh.waitForFinished(120000), "the full-disk script did not finish");
    QVERIFY2(sh.exitCode() == 0, qPrintable(u"cannot mount a small tmpfs with unshare (exit %1): %2"_s.arg(sh.exitCode()).arg(QString::fromUtf8(sh.readAllStandardError()))));
    auto read = [&](const QString &name) {
        QFile f(QDir(back).filePath(name));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : u"(missing %1)"_s.arg(name);
    };
    qInfo("tmpfs of %lld bytes; export: %s; import: %s", room, qPrintable(read(u"export.err"_s)), qPrintable(read(u"import.err"_s)));
    // The export: a clear reason, and nothing left on the disk.
    QCOMPARE(read(u"export.rc"_s), u"1"_s);
    QVERIFY2(read(u"export.err"_s).contains(u"No space left on device"_s), qPrintable(read(u"export.err"_s)));
    QVERIFY2(read(u"export.err"_s).count(u'\n') == 0, qPrintable(read(u"export.err"_s)));
    QVERIFY2(read(u"export.left"_s).isEmpty(), qPrintable(read(u"export.left"_s)));
    // The import: a clear reason, rolled back, the database as it was (no journal left, no rows, intact).
    QCOMPARE(read(u"import.rc"_s), u"1"_s);
    const QString err = read(u"import.err"_s);
    QVERIFY2(err.contains(u"full"_s, Qt::CaseInsensitive) && err.contains(u"the target is as it was"_s), qPrintable(err));
    QCOMPARE(read(u"import.left"_s), u"target.sqlite3"_s);
    const ConnectionProfile after = sqliteProfile(QDir(back).filePath(u"target.sqlite3"_s));
    QCOMPARE(scalarOn(after, {}, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QCOMPARE(countRows(after, {}, u"part_part"_s), 0);
    QCOMPARE(countRows(after, {}, u"auth_user"_s), 0);

    // Checkpointed, the same full disk stops the import with the chunks before it committed; once there is room
    // again, --resume finishes it: every row once, verified, the checkpoint table gone.
    QCOMPARE(read(u"checkpoint.rc"_s), u"1"_s);
    const QString stopped = read(u"checkpoint.err"_s);
    const QString stoppedLine = stopped.section(u'\n', -1);
    qInfo("checkpointed: %s", qPrintable(stoppedLine));
    QVERIFY2(stoppedLine.contains(u"full"_s, Qt::CaseInsensitive) && stoppedLine.contains(u"--resume"_s) && stoppedLine.contains(u"Stopped at chunk"_s),
             qPrintable(stoppedLine));
    QCOMPARE(read(u"resume.rc"_s), u"0"_s);
    const QJsonObject resumed = QJsonDocument::fromJson(read(u"resume.out"_s).toUtf8()).object();
    QVERIFY2(resumed[u"verified"_s].toBool(), qPrintable(read(u"resume.out"_s) + read(u"resume.err"_s)));
    QVERIFY2(resumed[u"rows_written"_s].toInt() > 0 && resumed[u"rows_written"_s].toInt() < 6568, qPrintable(read(u"resume.out"_s)));
    const ConnectionProfile done = sqliteProfile(QDir(back).filePath(u"resumable.sqlite3"_s));
    QCOMPARE(scalarOn(done, {}, u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'godwit_import_checkpoint'"_s).toInt(), 0);
    auto cmp = compareDatabases(sqliteProfile(m_demo), {}, done, {}, {}, nullptr);
    QVERIFY2(cmp.ok(), qPrintable(cmp.errorMessage()));
    QVERIFY(cmp->equal);
}

void TestDump::cli()
{
    using GodwitTest::runCli;
    QTemporaryDir ws;
    const QStringList env{u"GODWIT_WORKSPACE="_s + ws.path()};
    const QString out = m_dir.filePath(u"cli-dump.tar.gz"_s);
    auto run = runCli({u"dump"_s, u"export"_s, m_demo, out, u"--preset"_s, u"inventree"_s, u"--json"_s}, {}, 60000, env);
    QVERIFY2(run.exitCode == 0, run.summary().constData());
    QCOMPARE(run.json().object()[u"rows"_s].toInt(), 6568);

    run = runCli({u"dump"_s, u"inspect"_s, out, u"--json"_s}, {}, 60000, env);
    QVERIFY2(run.exitCode == 0, run.summary().constData());
    const QJsonObject inspect = run.json().object();
    QCOMPARE(inspect[u"tables"_s].toArray().size(), 9);
    QVERIFY(inspect[u"markers"_s].toObject().contains(u"django_migrations"_s));

    run = runCli({u"dump"_s, u"verify"_s, out, u"--json"_s}, {}, 60000, env);
    QVERIFY2(run.exitCode == 0 && run.json().object()[u"ok"_s].toBool(), run.summary().constData());

    // Without --yes and without a terminal, nothing is written.
    const QString target = m_dir.filePath(u"cli-target.sqlite3"_s);
    run = runCli({u"dump"_s, u"import"_s, out, target, u"--create-tables"_s}, {}, 60000, env);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("nothing was written"), run.summary().constData());
    QVERIFY(!QFileInfo::exists(target) || QFileInfo(target).size() == 0);

    run = runCli({u"dump"_s, u"import"_s, out, target, u"--create-tables"_s, u"--yes"_s, u"--json"_s}, {}, 60000, env);
    QVERIFY2(run.exitCode == 0, run.summary().constData());
    QCOMPARE(run.json().object()[u"rows_written"_s].toInt(), 6568);
    QVERIFY(run.json().object()[u"verified"_s].toBool());

    run = runCli({u"db"_s, u"compare"_s, m_demo, target, u"--json"_s}, {}, 60000, env);
    QVERIFY2(run.exitCode == 0 && run.json().object()[u"equal"_s].toBool(), run.summary().constData());

    // A second import collides: the pre-flight says so and the exit code is 1.
    run = runCli({u"dump"_s, u"import"_s, out, target, u"--yes"_s, u"--json"_s}, {}, 60000, env);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.json().object()[u"error"_s].toString(), u"preflight"_s);

    // A damaged dump: one line, exit 1.
    run = runCli({u"dump"_s, u"verify"_s, m_dir.filePath(u"nope"_s)}, {}, 60000, env);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines().size(), 1);

    // Backups: create, list, restore the newest into a new SQLite file.
    run = runCli({u"backup"_s, u"create"_s, u"Demo InvenTree (SQLite)"_s, u"--json"_s}, {}, 60000, env);
    QVERIFY2(run.exitCode == 0, run.summary().constData());
    const QString backupFile = run.json().object()[u"file"_s].toString();
    QVERIFY(backupFile.endsWith(u".tar.zst"_s));
    QVERIFY(backupFile.startsWith(ws.path()));
    run = runCli({u"backup"_s, u"list"_s, u"--json"_s}, {}, 60000, env);
    QVERIFY2(run.exitCode == 0, run.summary().constData());
    QCOMPARE(run.json().array().size(), 1);
    run = runCli({u"backup"_s, u"restore"_s, u"Demo InvenTree (SQLite)"_s, u"--yes"_s, u"--json"_s}, {}, 60000, env);
    QVERIFY2(run.exitCode == 0, run.summary().constData());
    QVERIFY(run.json().object()[u"verified"_s].toBool());

    // Wrong usage: exit 2.
    run = runCli({u"dump"_s, u"import"_s, out}, {}, 60000, env);
    QCOMPARE(run.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestDump)
#include "tst_dump.moc"
