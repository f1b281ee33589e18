// SPDX-License-Identifier: GPL-3.0-or-later
// godwit-cli revisions current / check against real PostgreSQL 15 and MariaDB databases (scripts/test-servers)
// that real Alembic (python3-alembic, SQLAlchemy with python3-psycopg2 / python3-pymysql) upgraded and
// downgraded. Every answer of Godwit is compared with what Alembic itself says about the same database:
// `alembic current`, `alembic heads`, the "Running upgrade" lines of `alembic upgrade heads` (online) and of
// `alembic upgrade ... --sql` (offline).
//
// A missing server (GODWIT_TEST_PG_URL, GODWIT_TEST_MARIADB_URL) or a missing Alembic is a failure, not a skip.
// The passwords never show on a command line: Alembic's env.py reads its URL from the environment variable
// GODWIT_TEST_ALEMBIC_URL (set only while Alembic runs), godwit-cli reads the password with --password-stdin.
#include "alembicsupport.h"

#include "../clirunner.h"
#include "../testsupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <tuple>

using namespace GodwitTest;
using namespace Qt::StringLiterals;

namespace {

// The revisions of the environment: two branch labels, a depends_on across them, a merge and a second head.
//
//   a1 (alpha) ── a2 ── a3 ─────────┐
//    ·                              d1 (merge of a3 and b2)
//   b1 (beta, depends on a1) ── b2 ─┘
//    └── c1 (depends on a2)
//
// Heads: c1 and d1. Every upgrade creates a table, every downgrade drops it.
struct Rev
{
    QString id;
    QString down;    // Python value of down_revision
    QString labels;  // Python value of branch_labels
    QString depends; // Python value of depends_on
    QString table;
    QString columns; // extra SQLAlchemy columns
};

const QString A1 = u"a1a1a1a1a1a1"_s;
const QString A2 = u"a2a2a2a2a2a2"_s;
const QString A3 = u"a3a3a3a3a3a3"_s;
const QString B1 = u"b1b1b1b1b1b1"_s;
const QString B2 = u"b2b2b2b2b2b2"_s;
const QString C1 = u"c1c1c1c1c1c1"_s;
const QString D1 = u"d1d1d1d1d1d1"_s;
const QString Bogus = u"feedfacecafe"_s;

QList<Rev> revisions()
{
    return {
        {A1, u"None"_s, u"('alpha',)"_s, u"None"_s, u"alpha_items"_s, {}},
        {A2, u"'"_s + A1 + u"'"_s, u"None"_s, u"None"_s, u"alpha_tags"_s,
         u"sa.Column('item_id', sa.Integer, sa.ForeignKey('alpha_items.id'))"_s},
        {A3, u"'"_s + A2 + u"'"_s, u"None"_s, u"None"_s, u"alpha_notes"_s, {}},
        {B1, u"None"_s, u"('beta',)"_s, u"'"_s + A1 + u"'"_s, u"beta_items"_s,
         u"sa.Column('alpha_id', sa.Integer, sa.ForeignKey('alpha_items.id'))"_s},
        {B2, u"'"_s + B1 + u"'"_s, u"None"_s, u"None"_s, u"beta_tags"_s,
         u"sa.Column('item_id', sa.Integer, sa.ForeignKey('beta_items.id'))"_s},
        {D1, u"('"_s + A3 + u"', '"_s + B2 + u"')"_s, u"None"_s, u"None"_s, u"merged_items"_s,
         u"sa.Column('note_id', sa.Integer, sa.ForeignKey('alpha_notes.id')), "
         "sa.Column('tag_id', sa.Integer, sa.ForeignKey('beta_tags.id'))"_s},
        {C1, u"'"_s + B1 + u"'"_s, u"None"_s, u"'"_s + A2 + u"'"_s, u"beta_extra"_s, {}},
    };
}

QStringList allTables()
{
    QStringList out;
    for (const Rev &r : revisions())
        out.append(r.table);
    out.sort();
    return out;
}

QString scriptText(const Rev &r)
{
    QString columns = u"sa.Column('id', sa.Integer, primary_key=True), sa.Column('name', sa.String(50))"_s;
    if (!r.columns.isEmpty())
        columns += u", "_s + r.columns;
    return u"\"\"\"create "_s + r.table + u"\n\nRevision ID: "_s + r.id + u"\nRevises: "_s + r.down
           + u"\nCreate Date: 2024-01-01 00:00:00\n\n\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n\n"
             "# revision identifiers, used by Alembic.\nrevision = '"_s
           + r.id + u"'\ndown_revision = "_s + r.down + u"\nbranch_labels = "_s + r.labels + u"\ndepends_on = "_s + r.depends
           + u"\n\n\ndef upgrade():\n    op.create_table('"_s + r.table + u"', "_s + columns
           + u")\n\n\ndef downgrade():\n    op.drop_table('"_s + r.table + u"')\n"_s;
}

// env.py: the URL (with its password) comes from the environment, never from a file; the version table and its
// schema from -x arguments, as projects that rename them do in env.py.
const char *const envPy = R"PY(import os
from logging.config import fileConfig

from alembic import context
from sqlalchemy import create_engine, pool

config = context.config
if config.config_file_name is not None:
    fileConfig(config.config_file_name)

url = os.environ.get("GODWIT_TEST_ALEMBIC_URL")
if not url:
    raise SystemExit("env.py: GODWIT_TEST_ALEMBIC_URL is not set")
x = context.get_x_argument(as_dictionary=True)
options = {}
if x.get("version_table"):
    options["version_table"] = x["version_table"]
if x.get("version_table_schema"):
    options["version_table_schema"] = x["version_table_schema"]

if context.is_offline_mode():
    context.configure(url=url, literal_binds=True, dialect_opts={"paramstyle": "named"}, **options)
    with context.begin_transaction():
        context.run_migrations()
else:
    driver = "psycopg2" if url.startswith("postgresql") else "pymysql"
    try:
        __import__(driver)
    except ImportError:
        raise SystemExit("env.py: the Python driver %s is missing: apt-get install python3-%s (scripts/deps-test.txt)"
                         % (driver, driver))
    engine = create_engine(url, poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(connection=connection, **options)
        with context.begin_transaction():
            context.run_migrations()
)PY";

// alembic.ini: no sqlalchemy.url; Alembic's usual logging, so online upgrades log "Running upgrade" on stderr.
const char *const alembicIni = R"INI([alembic]
script_location = %(here)s/migrations

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console
qualname =

[logger_sqlalchemy]
level = WARN
handlers =
qualname = sqlalchemy.engine

[logger_alembic]
level = INFO
handlers =
qualname = alembic

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
datefmt = %H:%M:%S
)INI";

// Revision ids of `alembic current` / `alembic heads` ("d1d1d1d1d1d1 (head) (mergepoint)"), sorted.
QStringList leadingIds(const QString &text)
{
    QStringList out;
    for (const QString &l : outputLines(text))
        out.append(l.trimmed().section(u' ', 0, 0));
    out.sort();
    return out;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &i : v.toArray())
        out.append(i.toString());
    return out;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

struct Server
{
    QString key;          // "pg" or "mariadb"
    QString driver;       // Qt SQL driver for the set-up
    QString host;
    int port = 0;
    QString user;
    QString password;
    QString adminDatabase;
    QString database;     // made by this test
    QString metaSchema;   // PostgreSQL: a schema of `database`; MariaDB: another database
    QString alembicUrl;   // SQLAlchemy URL with the password (environment only)
    QString godwitUrl;    // the same URL without the password
    bool created = false;
    bool metaCreated = false;
};

} // namespace

#define CHECK_FAILED()                                                                                                      \
    do {                                                                                                                    \
        if (QTest::currentTestFailed())                                                                                     \
            return;                                                                                                         \
    } while (0)

class TestRevisionsDatabases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    // In this order, each on both servers: each step starts from the state the previous one left.
    void noVersionTable_data() { engines(); }
    void noVersionTable();
    void partlyUpgraded_data() { engines(); }
    void partlyUpgraded();
    void atHeads_data() { engines(); }
    void atHeads();
    void unknownRevision_data() { engines(); }
    void unknownRevision();
    void customVersionTable_data() { engines(); }
    void customVersionTable();

private:
    void engines()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("PostgreSQL") << u"pg"_s;
        QTest::newRow("MariaDB") << u"mariadb"_s;
    }
    Server &server()
    {
        QFETCH(QString, key);
        return key == u"pg"_s ? m_pg : m_maria;
    }

    // Real Alembic in the environment, on the server's test database.
    ProcessResult alembic(const Server &s, const QStringList &args, const QStringList &x = {})
    {
        QStringList all;
        for (const QString &a : x)
            all << u"-x"_s << a;
        all += args;
        qputenv("GODWIT_TEST_ALEMBIC_URL", s.alembicUrl.toUtf8());
        ProcessResult r = Alembic::instance().run(m_env, all);
        qunsetenv("GODWIT_TEST_ALEMBIC_URL");
        return r;
    }
    QString alembicFailure(const QStringList &args, const ProcessResult &r)
    {
        return u"alembic "_s + args.join(u' ') + u" exited "_s + QString::number(r.exitCode) + u":\n"_s + r.both().right(3000);
    }

    // godwit-cli revisions VERB URL --config alembic.ini --password-stdin EXTRA...
    CliRun godwit(const Server &s, const QString &verb, const QStringList &extra = {})
    {
        const CliRun r = runCli(QStringList{u"revisions"_s, verb, s.godwitUrl, u"--config"_s, m_env + u"/alembic.ini"_s,
                                            u"--password-stdin"_s, u"--file-order"_s, m_fileOrder}
                                    + extra,
                                s.password.toUtf8() + '\n');
        m_lastCommand = u"godwit-cli revisions "_s + verb + u' ' + s.godwitUrl
                        + u" --config ENV/alembic.ini --password-stdin --file-order "_s + m_fileOrder + u' ' + extra.join(u' ');
        return r;
    }
    QByteArray describe(const CliRun &r) const { return m_lastCommand.toUtf8() + "\n" + r.summary(); }
    // Finished, not crashed, the expected exit code, and no password in the output.
    void verifyRun(const Server &s, const CliRun &r, int exitCode)
    {
        QVERIFY2(r.finished, describe(r).constData());
        QVERIFY2(r.exitCode == exitCode, describe(r).constData());
        QVERIFY2(!r.out.contains(s.password.toUtf8()) && !r.err.contains(s.password.toUtf8()), "the password shows in the output");
    }
    QJsonObject jsonOf(const CliRun &r)
    {
        const QJsonDocument d = r.json();
        if (!d.isObject())
            QTest::qFail(describe(r).prepend("not a JSON object: ").constData(), __FILE__, __LINE__);
        return d.object();
    }

    // Plain Qt SQL for the set-up and for looking at what Alembic did (not Godwit's code).
    QString sql(const Server &s, const QString &database, const QStringList &statements, QStringList *firstColumn = nullptr)
    {
        const QString name = u"setup-"_s + QString::number(++m_connections);
        QString error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(s.driver, name);
            db.setHostName(s.host);
            db.setPort(s.port);
            db.setUserName(s.user);
            db.setPassword(s.password);
            db.setDatabaseName(database);
            if (!db.open()) {
                error = u"cannot connect to "_s + database + u": "_s + db.lastError().text();
            } else {
                QSqlQuery q(db);
                for (const QString &statement : statements) {
                    if (!q.exec(statement)) {
                        error = statement + u" → "_s + q.lastError().text();
                        break;
                    }
                    while (firstColumn && q.isSelect() && q.next())
                        firstColumn->append(q.value(0).toString());
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return error;
    }
    QStringList column(const Server &s, const QString &query)
    {
        QStringList out;
        const QString error = sql(s, s.database, {query}, &out);
        if (!error.isEmpty())
            QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        out.sort();
        return out;
    }
    // The migration tables (those of revisions()) the test database has.
    QStringList appTables(const Server &s)
    {
        const QString schema = s.key == u"pg"_s ? u"public"_s : s.database;
        const QStringList all = column(s, u"SELECT table_name FROM information_schema.tables WHERE table_schema = '"_s + schema + u"'"_s);
        QStringList out;
        for (const QString &t : all)
            if (allTables().contains(t))
                out.append(t);
        return out;
    }
    QStringList tablesOf(const QStringList &ids)
    {
        QStringList out;
        for (const Rev &r : revisions())
            if (ids.contains(r.id))
                out.append(r.table);
        out.sort();
        return out;
    }

    Server m_pg;
    Server m_maria;
    QTemporaryDir m_dir;
    QString m_env;
    QString m_lastCommand;
    QString m_fileOrder; // the order this Alembic reads scripts in, which breaks ties in upgrade order
    int m_connections = 0;
};

void TestRevisionsDatabases::initTestCase()
{
    GODWIT_REQUIRE_ENV(u"GODWIT_TEST_PG_URL"_s, u"GODWIT_TEST_MARIADB_URL"_s);
    QVERIFY2(Alembic::instance().available(), qPrintable(Alembic::instance().problem()));
    // Alembic 1.10 and later sort the script files; older ones (Debian 12 has 1.8) take the directory's order,
    // which decides the order of independent upgrades: godwit-cli must be told (--file-order).
    const QRegularExpression versionRe(u"(\\d+)\\.(\\d+)"_s);
    const auto version = versionRe.match(Alembic::instance().version());
    QVERIFY2(version.hasMatch(), qPrintable(Alembic::instance().version()));
    const bool sortsFiles = version.captured(1).toInt() > 1 || version.captured(2).toInt() >= 10;
    m_fileOrder = sortsFiles ? u"sorted"_s : u"directory"_s;
    qInfo("%s: godwit-cli --file-order %s", qPrintable(Alembic::instance().version()), qPrintable(m_fileOrder));
    QVERIFY(m_dir.isValid());

    // The environment, written the way a project keeps it (no URL in any file).
    m_env = m_dir.filePath(u"env"_s);
    QVERIFY(writeText(m_env + u"/alembic.ini"_s, QString::fromUtf8(alembicIni)));
    QVERIFY(writeText(m_env + u"/migrations/env.py"_s, QString::fromUtf8(envPy)));
    for (const Rev &r : revisions())
        QVERIFY(writeText(m_env + u"/migrations/versions/"_s + r.id + u"_create_"_s + r.table + u".py"_s, scriptText(r)));
    // Alembic agrees on the graph this test relies on.
    const ProcessResult heads = Alembic::instance().run(m_env, {u"heads"_s});
    QVERIFY2(heads.ok(), qPrintable(alembicFailure({u"heads"_s}, heads)));
    QCOMPARE(leadingIds(heads.out), (QStringList{C1, D1}));

    const QString name = uniqueName(u"godwit_rev_"_s);
    for (auto [s, var, key, driver] : {std::tuple{&m_pg, "GODWIT_TEST_PG_URL", "pg", "QPSQL"},
                                       std::tuple{&m_maria, "GODWIT_TEST_MARIADB_URL", "mariadb", "QMYSQL"}}) {
        const QUrl url(env(var));
        QVERIFY2(url.isValid() && !url.password().isEmpty(), var);
        s->key = QString::fromLatin1(key);
        s->driver = QString::fromLatin1(driver);
        QVERIFY2(QSqlDatabase::isDriverAvailable(s->driver), driver);
        s->host = url.host();
        s->port = url.port();
        s->user = url.userName(QUrl::FullyDecoded);
        s->password = url.password(QUrl::FullyDecoded);
        s->adminDatabase = url.path(QUrl::FullyDecoded).mid(1);
        s->database = name;
        s->metaSchema = s->key == u"pg"_s ? u"gw_meta"_s : name + u"_meta"_s;
        // The URL as sqlalchemy.url spells it (the MariaDB one names its driver): godwit-cli takes the same.
        QUrl alembicUrl = url;
        alembicUrl.setScheme(s->key == u"pg"_s ? u"postgresql"_s : u"mysql+pymysql"_s);
        alembicUrl.setPath(u'/' + name);
        s->alembicUrl = alembicUrl.toString();
        alembicUrl.setPassword({});
        s->godwitUrl = alembicUrl.toString();

        QString error = sql(*s, s->adminDatabase, {u"CREATE DATABASE "_s + name});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        s->created = true;
        if (s->key == u"pg"_s) {
            error = sql(*s, name, {u"CREATE SCHEMA "_s + s->metaSchema});
        } else {
            error = sql(*s, s->adminDatabase, {u"CREATE DATABASE "_s + s->metaSchema});
            s->metaCreated = error.isEmpty();
        }
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Not an empty database: a table of its own, but no alembic_version.
        error = sql(*s, name, {u"CREATE TABLE legacy_things (id INTEGER PRIMARY KEY, name VARCHAR(40))"_s,
                               u"INSERT INTO legacy_things VALUES (1, 'kept')"_s});
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

void TestRevisionsDatabases::cleanupTestCase()
{
    for (Server *s : {&m_pg, &m_maria}) {
        if (s->metaCreated) {
            const QString error = sql(*s, s->adminDatabase, {u"DROP DATABASE IF EXISTS "_s + s->metaSchema});
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        if (s->created) {
            const QString drop = s->key == u"pg"_s ? u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s : u"DROP DATABASE IF EXISTS %1"_s;
            const QString error = sql(*s, s->adminDatabase, {drop.arg(s->database)});
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QStringList left;
            const QString query = s->key == u"pg"_s ? u"SELECT datname FROM pg_database WHERE datname = '%1'"_s
                                                     : u"SELECT schema_name FROM information_schema.schemata WHERE schema_name = '%1'"_s;
            QCOMPARE(sql(*s, s->adminDatabase, {query.arg(s->database)}, &left), QString());
            QVERIFY2(left.isEmpty(), qPrintable(s->database + u" was not dropped"_s));
        }
    }
}

// A database with tables but no alembic_version: Alembic and Godwit treat it as empty, everything is pending.
void TestRevisionsDatabases::noVersionTable()
{
    Server &s = server();
    CliRun r = godwit(s, u"current"_s, {u"--json"_s});
    verifyRun(s, r, 0);
    CHECK_FAILED();
    QJsonObject o = jsonOf(r);
    CHECK_FAILED();
    QCOMPARE(o.value(u"table_exists"_s).toBool(true), false);
    QCOMPARE(o.value(u"version_table"_s).toString(), u"alembic_version"_s);
    QCOMPARE(strings(o.value(u"versions"_s)), QStringList());
    QCOMPARE(strings(o.value(u"current"_s)), QStringList());
    QCOMPARE(strings(o.value(u"unknown"_s)), QStringList());
    QCOMPARE(o.value(u"at_heads"_s).toBool(true), false);
    QCOMPARE(o.value(u"database"_s).toString().contains(s.database), true);
    // What Alembic would run on it, in its order: the offline upgrade from base.
    const ProcessResult offline = alembic(s, {u"upgrade"_s, u"heads"_s, u"--sql"_s});
    QVERIFY2(offline.ok(), qPrintable(alembicFailure({u"upgrade"_s, u"heads"_s, u"--sql"_s}, offline)));
    QCOMPARE(upgradedRevisions(offline.out).size(), revisions().size());
    QCOMPARE(strings(o.value(u"pending"_s)), upgradedRevisions(offline.out));
    QCOMPARE(sorted(strings(o.value(u"heads"_s))), (QStringList{C1, D1}));

    // alembic current: nothing (and it creates no table); godwit-cli current: nothing, a note on stderr.
    const ProcessResult current = alembic(s, {u"current"_s});
    QVERIFY2(current.ok(), qPrintable(alembicFailure({u"current"_s}, current)));
    QCOMPARE(leadingIds(current.out), QStringList());
    r = godwit(s, u"current"_s);
    verifyRun(s, r, 0);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(r.err.contains("alembic_version"), describe(r).constData());

    // check: not at the heads, the whole path listed.
    r = godwit(s, u"check"_s);
    verifyRun(s, r, 1);
    QVERIFY2(r.out.contains("alembic_version") && r.out.contains("7 revision(s) to apply"), describe(r).constData());
    for (const Rev &rev : revisions())
        QVERIFY2(r.out.contains(rev.id.toLatin1()), describe(r).constData());
    r = godwit(s, u"check"_s, {u"--json"_s});
    verifyRun(s, r, 1);
    QCOMPARE(strings(jsonOf(r).value(u"pending"_s)), upgradedRevisions(offline.out));
    QCOMPARE(godwit(s, u"current"_s, {u"--check-heads"_s}).exitCode, 1);

    QCOMPARE(appTables(s), QStringList());
}

// Alembic upgrades to a2, then to b1 (which depends on a1): two rows; Godwit's current and pending are Alembic's.
void TestRevisionsDatabases::partlyUpgraded()
{
    Server &s = server();
    ProcessResult up = alembic(s, {u"upgrade"_s, A2});
    QVERIFY2(up.ok(), qPrintable(alembicFailure({u"upgrade"_s, A2}, up)));
    QCOMPARE(ranRevisions(up.err), (QStringList{A1, A2}));
    QCOMPARE(appTables(s), tablesOf({A1, A2}));

    // One row: compare with `alembic current` and with the offline upgrade a2:heads.
    CliRun r = godwit(s, u"current"_s, {u"--json"_s});
    verifyRun(s, r, 0);
    CHECK_FAILED();
    QJsonObject o = jsonOf(r);
    QCOMPARE(o.value(u"table_exists"_s).toBool(), true);
    QCOMPARE(strings(o.value(u"versions"_s)), QStringList{A2});
    ProcessResult current = alembic(s, {u"current"_s});
    QVERIFY2(current.ok(), qPrintable(alembicFailure({u"current"_s}, current)));
    QCOMPARE(sorted(strings(o.value(u"current"_s))), leadingIds(current.out));
    const QString range = A2 + u":heads"_s;
    const ProcessResult offline = alembic(s, {u"upgrade"_s, range, u"--sql"_s});
    QVERIFY2(offline.ok(), qPrintable(alembicFailure({u"upgrade"_s, range, u"--sql"_s}, offline)));
    QCOMPARE(strings(o.value(u"pending"_s)), upgradedRevisions(offline.out));
    QCOMPARE(strings(o.value(u"pending"_s)).size(), qsizetype(5));

    up = alembic(s, {u"upgrade"_s, B1});
    QVERIFY2(up.ok(), qPrintable(alembicFailure({u"upgrade"_s, B1}, up)));
    QCOMPARE(ranRevisions(up.err), QStringList{B1});
    QCOMPARE(appTables(s), tablesOf({A1, A2, B1}));

    // Two rows (the version table as Alembic wrote it), current as `alembic current` prints it.
    r = godwit(s, u"current"_s, {u"--json"_s});
    verifyRun(s, r, 0);
    CHECK_FAILED();
    o = jsonOf(r);
    CHECK_FAILED();
    const QStringList rows = column(s, u"SELECT version_num FROM alembic_version"_s);
    QCOMPARE(rows, (QStringList{A2, B1}));
    QCOMPARE(sorted(strings(o.value(u"versions"_s))), rows);
    current = alembic(s, {u"current"_s});
    QVERIFY2(current.ok(), qPrintable(alembicFailure({u"current"_s}, current)));
    QCOMPARE(sorted(strings(o.value(u"current"_s))), leadingIds(current.out));
    QCOMPARE(o.value(u"at_heads"_s).toBool(true), false);
    const QStringList pending = strings(o.value(u"pending"_s));
    QCOMPARE(pending.size(), qsizetype(4));
    r = godwit(s, u"current"_s);
    verifyRun(s, r, 0);
    QCOMPARE(sortGroups(sorted(outputLines(QString::fromUtf8(r.out)))), sortGroups(sorted(outputLines(current.out))));

    // check: exit 1, the pending revisions listed in order.
    r = godwit(s, u"check"_s);
    verifyRun(s, r, 1);
    QVERIFY2(r.out.contains("4 revision(s) to apply"), describe(r).constData());
    qsizetype at = 0;
    for (const QString &p : pending) {
        const qsizetype found = r.out.indexOf(QByteArray("-> " + p.toUtf8()), at);
        QVERIFY2(found >= at, describe(r).constData());
        at = found;
    }
    QVERIFY2(r.err.contains("not the head revision"), describe(r).constData());
    r = godwit(s, u"check"_s, {u"--json"_s});
    verifyRun(s, r, 1);
    QCOMPARE(strings(jsonOf(r).value(u"pending"_s)), pending);
    QCOMPARE(godwit(s, u"current"_s, {u"--check-heads"_s}).exitCode, 1);

    // What the real `alembic upgrade heads` then runs is what Godwit said was pending, in the same order.
    up = alembic(s, {u"upgrade"_s, u"heads"_s});
    QVERIFY2(up.ok(), qPrintable(alembicFailure({u"upgrade"_s, u"heads"_s}, up)));
    QCOMPARE(ranRevisions(up.err), pending);
    QCOMPARE(appTables(s), allTables());
}

// After `alembic upgrade heads`: check exits 0, current is Alembic's heads.
void TestRevisionsDatabases::atHeads()
{
    Server &s = server();
    const ProcessResult up = alembic(s, {u"upgrade"_s, u"heads"_s});
    QVERIFY2(up.ok(), qPrintable(alembicFailure({u"upgrade"_s, u"heads"_s}, up)));
    QCOMPARE(ranRevisions(up.err), QStringList()); // already there

    CliRun r = godwit(s, u"check"_s);
    verifyRun(s, r, 0);
    QVERIFY2(r.out.startsWith("OK  "), describe(r).constData());
    r = godwit(s, u"current"_s, {u"--check-heads"_s});
    verifyRun(s, r, 0);
    r = godwit(s, u"check"_s, {u"--json"_s});
    verifyRun(s, r, 0);
    CHECK_FAILED();
    const QJsonObject o = jsonOf(r);
    QCOMPARE(o.value(u"at_heads"_s).toBool(), true);
    QCOMPARE(strings(o.value(u"pending"_s)), QStringList());
    const ProcessResult heads = alembic(s, {u"heads"_s, u"--resolve-dependencies"_s});
    QVERIFY2(heads.ok(), qPrintable(alembicFailure({u"heads"_s}, heads)));
    const ProcessResult current = alembic(s, {u"current"_s});
    QVERIFY2(current.ok(), qPrintable(alembicFailure({u"current"_s}, current)));
    QCOMPARE(leadingIds(heads.out), (QStringList{C1, D1}));
    QCOMPARE(leadingIds(current.out), leadingIds(heads.out));
    QCOMPARE(sorted(strings(o.value(u"current"_s))), leadingIds(heads.out));
    QCOMPARE(sorted(strings(o.value(u"heads"_s))), leadingIds(heads.out));
    QCOMPARE(sorted(strings(o.value(u"versions"_s))), column(s, u"SELECT version_num FROM alembic_version"_s));
    r = godwit(s, u"current"_s);
    verifyRun(s, r, 0);
    QCOMPARE(sortGroups(sorted(outputLines(QString::fromUtf8(r.out)))), sortGroups(sorted(outputLines(current.out))));
}

// A row naming a revision the scripts do not have: a clear failure naming it (Alembic refuses too), no crash.
void TestRevisionsDatabases::unknownRevision()
{
    Server &s = server();
    QString error = sql(s, s.database, {u"INSERT INTO alembic_version (version_num) VALUES ('"_s + Bogus + u"')"_s});
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const ProcessResult current = alembic(s, {u"current"_s});
    QVERIFY2(!current.ok() && current.both().contains(Bogus), qPrintable(alembicFailure({u"current"_s}, current)));

    CliRun r = godwit(s, u"check"_s);
    verifyRun(s, r, 1);
    QVERIFY2(r.out.contains(Bogus.toLatin1()) && r.err.contains(Bogus.toLatin1()), describe(r).constData());
    QVERIFY2(r.err.contains("do not contain"), describe(r).constData());
    r = godwit(s, u"current"_s);
    verifyRun(s, r, 1);
    QVERIFY2(r.out.contains((Bogus + u" (not in the scripts)"_s).toLatin1()), describe(r).constData());
    QVERIFY2(r.err.contains(Bogus.toLatin1()), describe(r).constData());
    r = godwit(s, u"current"_s, {u"--json"_s});
    verifyRun(s, r, 1);
    CHECK_FAILED();
    QJsonObject o = jsonOf(r);
    QCOMPARE(strings(o.value(u"unknown"_s)), QStringList{Bogus});
    QCOMPARE(sorted(strings(o.value(u"versions"_s))), sorted({C1, D1, Bogus}));
    QCOMPARE(o.value(u"at_heads"_s).toBool(true), false);
    QVERIFY2(o.value(u"problem"_s).toString().contains(Bogus), describe(r).constData());
    r = godwit(s, u"check"_s, {u"--json"_s});
    verifyRun(s, r, 1);
    QCOMPARE(strings(jsonOf(r).value(u"unknown"_s)), QStringList{Bogus});

    error = sql(s, s.database, {u"DELETE FROM alembic_version WHERE version_num = '"_s + Bogus + u"'"_s});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    verifyRun(s, godwit(s, u"check"_s), 0);
}

// Real downgrades to base, then env.py's version_table / version_table_schema: --version-table and
// --version-table-schema read what Alembic wrote there.
void TestRevisionsDatabases::customVersionTable()
{
    Server &s = server();
    ProcessResult down = alembic(s, {u"downgrade"_s, u"base"_s});
    QVERIFY2(down.ok(), qPrintable(alembicFailure({u"downgrade"_s, u"base"_s}, down)));
    QVERIFY2(down.err.count(u"Running downgrade"_s) == revisions().size(), qPrintable(down.err));
    QCOMPARE(appTables(s), QStringList());

    // An empty alembic_version (Alembic keeps the table): everything pending.
    CliRun r = godwit(s, u"current"_s, {u"--json"_s});
    verifyRun(s, r, 0);
    CHECK_FAILED();
    QJsonObject o = jsonOf(r);
    QCOMPARE(o.value(u"table_exists"_s).toBool(), true);
    QCOMPARE(strings(o.value(u"versions"_s)), QStringList());
    QCOMPARE(strings(o.value(u"pending"_s)).size(), revisions().size());
    QVERIFY2(strings(o.value(u"messages"_s)).join(u' ').contains(u"is empty"_s), describe(r).constData());
    verifyRun(s, godwit(s, u"check"_s), 1);

    // From here on the project keeps its versions in <schema>.gw_versions, and the default table is gone.
    QString error = sql(s, s.database, {u"DROP TABLE alembic_version"_s});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QStringList x{u"version_table=gw_versions"_s, u"version_table_schema="_s + s.metaSchema};
    const QStringList table{u"--version-table"_s, u"gw_versions"_s, u"--version-table-schema"_s, s.metaSchema};
    ProcessResult up = alembic(s, {u"upgrade"_s, B2}, x);
    QVERIFY2(up.ok(), qPrintable(alembicFailure({u"upgrade"_s, B2}, up)));
    QCOMPARE(ranRevisions(up.err), (QStringList{A1, B1, B2}));
    QCOMPARE(column(s, u"SELECT version_num FROM "_s + s.metaSchema + u".gw_versions"_s), QStringList{B2});

    r = godwit(s, u"current"_s, table + QStringList{u"--json"_s});
    verifyRun(s, r, 0);
    CHECK_FAILED();
    o = jsonOf(r);
    QCOMPARE(o.value(u"table_exists"_s).toBool(), true);
    QCOMPARE(o.value(u"version_table"_s).toString(), s.metaSchema + u".gw_versions"_s);
    QCOMPARE(strings(o.value(u"versions"_s)), QStringList{B2});
    ProcessResult current = alembic(s, {u"current"_s}, x);
    QVERIFY2(current.ok(), qPrintable(alembicFailure({u"current"_s}, current)));
    QCOMPARE(leadingIds(current.out), (QStringList{A1, B2})); // a1 only as b1's dependency
    QCOMPARE(sorted(strings(o.value(u"current"_s))), leadingIds(current.out));
    const QStringList pending = strings(o.value(u"pending"_s));
    QCOMPARE(pending.size(), qsizetype(4));
    r = godwit(s, u"check"_s, table);
    verifyRun(s, r, 1);

    // Without the options: no alembic_version anywhere, as Alembic sees it with the default env.py settings.
    r = godwit(s, u"current"_s, {u"--json"_s});
    verifyRun(s, r, 0);
    QCOMPARE(jsonOf(r).value(u"table_exists"_s).toBool(true), false);
    current = alembic(s, {u"current"_s});
    QVERIFY2(current.ok(), qPrintable(alembicFailure({u"current"_s}, current)));
    QCOMPARE(leadingIds(current.out), QStringList());
    // Only the schema: <schema>.alembic_version does not exist either.
    r = godwit(s, u"current"_s, {u"--version-table-schema"_s, s.metaSchema, u"--json"_s});
    verifyRun(s, r, 0);
    QCOMPARE(jsonOf(r).value(u"table_exists"_s).toBool(true), false);
    QCOMPARE(jsonOf(r).value(u"version_table"_s).toString(), s.metaSchema + u".alembic_version"_s);
    // Only the table name: Alembic looks in the default schema (search_path / the URL's database) only, where
    // there is no gw_versions, and treats the database as empty.
    current = alembic(s, {u"current"_s}, {u"version_table=gw_versions"_s});
    QVERIFY2(current.ok(), qPrintable(alembicFailure({u"current"_s}, current)));
    QCOMPARE(leadingIds(current.out), QStringList());
    r = godwit(s, u"current"_s, {u"--version-table"_s, u"gw_versions"_s, u"--json"_s});
    QVERIFY2(r.finished && r.exitCode == 0 && !r.json().object().value(u"table_exists"_s).toBool(true), describe(r).constData());

    // The real upgrade runs what Godwit listed, then both agree the database is at the heads.
    up = alembic(s, {u"upgrade"_s, u"heads"_s}, x);
    QVERIFY2(up.ok(), qPrintable(alembicFailure({u"upgrade"_s, u"heads"_s}, up)));
    QCOMPARE(ranRevisions(up.err), pending);
    QCOMPARE(appTables(s), allTables());
    r = godwit(s, u"check"_s, table);
    verifyRun(s, r, 0);
    QVERIFY2(r.out.startsWith("OK  "), describe(r).constData());
    r = godwit(s, u"current"_s, table + QStringList{u"--json"_s});
    verifyRun(s, r, 0);
    current = alembic(s, {u"current"_s}, x);
    QVERIFY2(current.ok(), qPrintable(alembicFailure({u"current"_s}, current)));
    QCOMPARE(leadingIds(current.out), (QStringList{C1, D1}));
    QCOMPARE(sorted(strings(jsonOf(r).value(u"current"_s))), leadingIds(current.out));
    // The default table is still missing: check without the options says so.
    r = godwit(s, u"check"_s);
    verifyRun(s, r, 1);
    QVERIFY2(r.out.contains("There is no alembic_version table"), describe(r).constData());

    // The usual table name, but in the other schema (env.py with only version_table_schema), written by
    // `alembic stamp`. Read when the schema is given; without it Alembic sees no version table at all.
    const QStringList schemaOnly{u"version_table_schema="_s + s.metaSchema};
    const ProcessResult stamp = alembic(s, {u"stamp"_s, B2}, schemaOnly);
    QVERIFY2(stamp.ok(), qPrintable(alembicFailure({u"stamp"_s, B2}, stamp)));
    QCOMPARE(column(s, u"SELECT version_num FROM "_s + s.metaSchema + u".alembic_version"_s), QStringList{B2});
    r = godwit(s, u"current"_s, {u"--version-table-schema"_s, s.metaSchema, u"--json"_s});
    verifyRun(s, r, 0);
    CHECK_FAILED();
    o = jsonOf(r);
    current = alembic(s, {u"current"_s}, schemaOnly);
    QVERIFY2(current.ok(), qPrintable(alembicFailure({u"current"_s}, current)));
    QCOMPARE(strings(o.value(u"versions"_s)), QStringList{B2});
    QCOMPARE(sorted(strings(o.value(u"current"_s))), leadingIds(current.out));
    current = alembic(s, {u"current"_s});
    QVERIFY2(current.ok(), qPrintable(alembicFailure({u"current"_s}, current)));
    QCOMPARE(leadingIds(current.out), QStringList());
    r = godwit(s, u"check"_s, {u"--json"_s});
    QVERIFY2(r.finished && r.exitCode == 1 && r.json().object().contains(u"table_exists"_s)
                 && !r.json().object().value(u"table_exists"_s).toBool(true),
             describe(r).constData());
}

QTEST_GUILESS_MAIN(TestRevisionsDatabases)
#include "tst_revisions_databases.moc"
