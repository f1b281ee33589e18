// SPDX-License-Identifier: GPL-3.0-or-later
// Against the real PostgreSQL 15 and MariaDB of scripts/test-servers.
#include "browse/browsemodel.h"
#include "connections/connectiontester.h"
#include "db/databasesession.h"
#include "db/schema.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Godwit;
using namespace Qt::StringLiterals;
using GodwitTest::childStartingWith;
using GodwitTest::childTexts;

namespace {

struct Server
{
    QString key;                // "pg" or "mariadb"
    ConnectionProfile admin;    // the database of scripts/test-servers
    QString secret;
    ConnectionProfile test;     // a fresh database made by this test
};

Status execAll(const DatabaseSession &session, const QStringList &statements)
{
    QSqlQuery q(session.db());
    for (const QString &sql : statements)
        if (!q.exec(sql))
            return Error::make(ErrorKind::Server, sql + u" → "_s + q.lastError().text());
    return success();
}

const TableInfo *findTable(const QList<TableInfo> &tables, const QString &name)
{
    for (const TableInfo &t : tables)
        if (t.name == name)
            return &t;
    return nullptr;
}

const IndexInfo *findIndex(const TableInfo &t, const QString &name)
{
    for (const IndexInfo &i : t.indexes)
        if (i.name == name)
            return &i;
    return nullptr;
}

const ColumnInfo *findColumn(const TableInfo &t, const QString &name)
{
    for (const ColumnInfo &c : t.columns)
        if (c.name == name)
            return &c;
    return nullptr;
}

QStringList pgSchema()
{
    return {
        u"CREATE TABLE pidstore_pid (id serial PRIMARY KEY, pid_type varchar(6) NOT NULL, pid_value varchar(255) NOT NULL, "
        "status char(1) NOT NULL DEFAULT 'R', created timestamp NOT NULL DEFAULT now())"_s,
        u"CREATE UNIQUE INDEX uidx_type_pid ON pidstore_pid (pid_type, pid_value)"_s,
        u"CREATE TABLE records_metadata (id uuid PRIMARY KEY, json jsonb, version_id integer NOT NULL)"_s,
        u"CREATE TABLE files_bucket (id uuid NOT NULL, version integer NOT NULL, name text, PRIMARY KEY (id, version))"_s,
        u"CREATE TABLE files_object (id bigserial PRIMARY KEY, bucket_id uuid NOT NULL, bucket_version integer NOT NULL, "
        "key text NOT NULL, CONSTRAINT fk_files_object_bucket FOREIGN KEY (bucket_id, bucket_version) "
        "REFERENCES files_bucket (id, version))"_s,
        u"CREATE INDEX ix_files_object_key ON files_object (key)"_s,
        u"CREATE TABLE alembic_version (version_num varchar(32) NOT NULL PRIMARY KEY)"_s,
        u"CREATE TABLE django_migrations (id serial PRIMARY KEY, app varchar(255) NOT NULL, name varchar(255) NOT NULL, "
        "applied timestamptz NOT NULL)"_s,
        u"CREATE VIEW pid_summary AS SELECT pid_type, count(*) AS n FROM pidstore_pid GROUP BY pid_type"_s,
    };
}

QStringList mariaSchema()
{
    return {
        u"CREATE TABLE pidstore_pid (id INT AUTO_INCREMENT PRIMARY KEY, pid_type VARCHAR(6) NOT NULL, "
        "pid_value VARCHAR(255) NOT NULL, status CHAR(1) NOT NULL DEFAULT 'R', "
        "created DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP, UNIQUE KEY uidx_type_pid (pid_type, pid_value)) ENGINE=InnoDB"_s,
        u"CREATE TABLE records_metadata (id CHAR(36) NOT NULL PRIMARY KEY, json LONGTEXT, version_id INT NOT NULL) ENGINE=InnoDB"_s,
        u"CREATE TABLE files_bucket (id CHAR(36) NOT NULL, version INT NOT NULL, name TEXT, PRIMARY KEY (id, version)) ENGINE=InnoDB"_s,
        u"CREATE TABLE files_object (id BIGINT AUTO_INCREMENT PRIMARY KEY, bucket_id CHAR(36) NOT NULL, bucket_version INT NOT NULL, "
        "`key` VARCHAR(255) NOT NULL, KEY ix_files_object_key (`key`), CONSTRAINT fk_files_object_bucket "
        "FOREIGN KEY (bucket_id, bucket_version) REFERENCES files_bucket (id, version)) ENGINE=InnoDB"_s,
        u"CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY) ENGINE=InnoDB"_s,
        u"CREATE TABLE django_migrations (id INT AUTO_INCREMENT PRIMARY KEY, app VARCHAR(255) NOT NULL, "
        "name VARCHAR(255) NOT NULL, applied DATETIME(6) NOT NULL) ENGINE=InnoDB"_s,
        u"CREATE VIEW pid_summary AS SELECT pid_type, count(*) AS n FROM pidstore_pid GROUP BY pid_type"_s,
    };
}

QStringList rows()
{
    const QString bucket1 = u"'0b5c3f4e-1111-4a8e-9d7e-3c2a1b0f9e01'"_s;
    const QString bucket2 = u"'0b5c3f4e-2222-4a8e-9d7e-3c2a1b0f9e02'"_s;
    return {
        u"INSERT INTO pidstore_pid (pid_type, pid_value, status) VALUES ('recid', 'abc12-def34', 'R'), "
        "('recid', 'xyz98-uvw76', 'R'), ('doi', '10.5281/zenodo.1', 'R'), ('doi', '10.5281/zenodo.2', 'K'), "
        "('oai', 'oai:zenodo.org:1', 'R')"_s,
        u"INSERT INTO files_bucket (id, version, name) VALUES (%1, 1, 'b1'), (%2, 1, 'b2')"_s.arg(bucket1, bucket2),
        u"INSERT INTO files_object (bucket_id, bucket_version, %KEY%) VALUES (%1, 1, 'data.csv'), (%1, 1, 'README.md'), "
        "(%2, 1, 'thèse.pdf')"_s.arg(bucket1, bucket2),
        u"INSERT INTO alembic_version (version_num) VALUES ('f2522cdd5fcd'), ('8ae99b034410')"_s,
        u"INSERT INTO django_migrations (app, name, applied) VALUES ('contenttypes', '0001_initial', '2024-01-01 10:00:00'), "
        "('contenttypes', '0002_remove_content_type_name', '2024-01-01 10:00:01'), "
        "('part', '0001_initial', '2024-01-01 10:00:02')"_s,
    };
}

} // namespace

class TestDatabases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void serverVersions_data();
    void serverVersions();
    void tableCounts_data();
    void tableCounts();
    void describe_data();
    void describe();
    void markers_data();
    void markers();
    void postgresEstimates();
    void errors_data();
    void errors();
    void browsePostgres();

private:
    Server &server(const QString &key) { return key == u"pg"_s ? m_pg : m_maria; }
    Result<std::unique_ptr<DatabaseSession>> openTest(const QString &key)
    {
        return DatabaseSession::open(server(key).test, server(key).secret);
    }

    Server m_pg;
    Server m_maria;
    QString m_dbName;
    bool m_pgCreated = false;
    bool m_mariaCreated = false;
};

void TestDatabases::initTestCase()
{
    GODWIT_REQUIRE_ENV(u"GODWIT_TEST_PG_URL"_s, u"GODWIT_TEST_MARIADB_URL"_s);
    for (auto [server, var] : {std::pair{&m_pg, "GODWIT_TEST_PG_URL"}, std::pair{&m_maria, "GODWIT_TEST_MARIADB_URL"}}) {
        const auto parsed = parseConnectionUrl(GodwitTest::env(var));
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QVERIFY2(!parsed->secret.isEmpty(), "the test server URLs carry their password");
        server->admin = parsed->profile;
        server->admin.id = ConnectionProfile::newId();
        server->secret = parsed->secret;
    }
    m_pg.key = u"pg"_s;
    m_maria.key = u"mariadb"_s;
    QCOMPARE(m_pg.admin.engine, Engine::PostgreSQL);
    QCOMPARE(m_maria.admin.engine, Engine::MySQL);

    // A fresh database per run, so that counts are exact and runs never collide.
    m_dbName = GodwitTest::uniqueName(u"godwit_tst_"_s);
    for (Server *s : {&m_pg, &m_maria}) {
        auto admin = DatabaseSession::open(s->admin, s->secret);
        QVERIFY2(admin.ok(), qPrintable(admin.errorMessage()));
        const Status created = execAll(**admin, {u"CREATE DATABASE "_s + m_dbName});
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        (s == &m_pg ? m_pgCreated : m_mariaCreated) = true;
        s->test = s->admin;
        s->test.id = ConnectionProfile::newId();
        s->test.database = m_dbName;
        s->test.name = s->key + u" test"_s;

        auto session = DatabaseSession::open(s->test, s->secret);
        QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
        QStringList statements = s == &m_pg ? pgSchema() : mariaSchema();
        for (QString sql : rows())
            statements.append(sql.replace(u"%KEY%"_s, s == &m_pg ? u"key"_s : u"`key`"_s));
        const Status schema = execAll(**session, statements);
        QVERIFY2(schema.ok(), qPrintable(schema.errorMessage()));
    }
}

void TestDatabases::cleanupTestCase()
{
    for (Server *s : {&m_pg, &m_maria}) {
        if (!(s == &m_pg ? m_pgCreated : m_mariaCreated))
            continue;
        auto admin = DatabaseSession::open(s->admin, s->secret);
        QVERIFY2(admin.ok(), qPrintable(admin.errorMessage()));
        const QString drop = s == &m_pg ? u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s : u"DROP DATABASE IF EXISTS %1"_s;
        const Status dropped = execAll(**admin, {drop.arg(m_dbName)});
        QVERIFY2(dropped.ok(), qPrintable(dropped.errorMessage()));
    }
}

void TestDatabases::serverVersions_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("versionPrefix");
    QTest::newRow("PostgreSQL 15") << u"pg"_s << u"PostgreSQL"_s << u"15"_s;
    QTest::newRow("MariaDB") << u"mariadb"_s << u"MariaDB"_s << QString();
}

void TestDatabases::serverVersions()
{
    QFETCH(QString, key);
    QFETCH(QString, product);
    QFETCH(QString, versionPrefix);
    const Server &s = server(key);
    const auto info = testConnection(s.admin, s.secret);
    QVERIFY2(info.ok(), qPrintable(info.errorMessage()));
    QCOMPARE(info->product, product);
    QVERIFY2(info->version.startsWith(versionPrefix), qPrintable(info->version));
    QVERIFY2(QRegularExpression(u"^\\d+\\.\\d+"_s).match(info->version).hasMatch(), qPrintable(info->version));
    QVERIFY(info->details.contains(product, Qt::CaseInsensitive));
    QVERIFY(info->latencyMs >= 0);
    const QJsonObject json = serverInfoToJson(*info, s.admin);
    QCOMPARE(json.value(u"engine"_s).toString(), product.toLower());
    QVERIFY(!json.value(u"url"_s).toString().contains(s.secret));
}

void TestDatabases::tableCounts_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("table");
    QTest::addColumn<qint64>("rows");
    QTest::addColumn<bool>("view");
    for (const QString &key : {u"pg"_s, u"mariadb"_s}) {
        const QByteArray k = key.toLatin1();
        QTest::addRow("%s pidstore_pid", k.constData()) << key << u"pidstore_pid"_s << qint64(5) << false;
        QTest::addRow("%s records_metadata", k.constData()) << key << u"records_metadata"_s << qint64(0) << false;
        QTest::addRow("%s files_bucket", k.constData()) << key << u"files_bucket"_s << qint64(2) << false;
        QTest::addRow("%s files_object", k.constData()) << key << u"files_object"_s << qint64(3) << false;
        QTest::addRow("%s alembic_version", k.constData()) << key << u"alembic_version"_s << qint64(2) << false;
        QTest::addRow("%s django_migrations", k.constData()) << key << u"django_migrations"_s << qint64(3) << false;
        QTest::addRow("%s pid_summary (view)", k.constData()) << key << u"pid_summary"_s << qint64(-1) << true;
    }
}

void TestDatabases::tableCounts()
{
    QFETCH(QString, key);
    QFETCH(QString, table);
    QFETCH(qint64, rows);
    QFETCH(bool, view);
    auto session = openTest(key);
    QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
    const auto tables = SchemaReader(**session).listTables(true);
    QVERIFY2(tables.ok(), qPrintable(tables.errorMessage()));
    QCOMPARE(tables->size(), 7);
    const TableInfo *t = findTable(*tables, table);
    QVERIFY(t);
    QCOMPARE(t->view, view);
    QCOMPARE(t->rowCount, rows);
    QVERIFY(!t->rowCountEstimated);
}

void TestDatabases::describe_data()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("PostgreSQL") << u"pg"_s;
    QTest::newRow("MariaDB") << u"mariadb"_s;
}

void TestDatabases::describe()
{
    QFETCH(QString, key);
    const bool pg = key == u"pg"_s;
    auto session = openTest(key);
    QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
    SchemaReader reader(**session);

    const auto pid = reader.describe(u"pidstore_pid"_s);
    QVERIFY2(pid.ok(), qPrintable(pid.errorMessage()));
    QVERIFY(!pid->view);
    QCOMPARE(pid->primaryKey, QStringList{u"id"_s});
    QCOMPARE(pid->columns.size(), 5);
    QCOMPARE(pid->columns.first().name, u"id"_s);
    QVERIFY(pid->columns.first().primaryKey);
    QVERIFY(pid->columns.first().autoIncrement);
    QVERIFY2(pid->columns.first().type.startsWith(pg ? u"integer"_s : u"int"_s), qPrintable(pid->columns.first().type));
    const ColumnInfo *pidType = findColumn(*pid, u"pid_type"_s);
    QVERIFY(pidType);
    QCOMPARE(pidType->type, pg ? u"character varying(6)"_s : u"varchar(6)"_s);
    QVERIFY(!pidType->nullable);
    QVERIFY(!pidType->primaryKey);
    const ColumnInfo *status = findColumn(*pid, u"status"_s);
    QVERIFY(status);
    QVERIFY2(status->defaultValue.contains(u"R"_s), qPrintable(status->defaultValue));
    QVERIFY(!status->autoIncrement);
    const IndexInfo *unique = findIndex(*pid, u"uidx_type_pid"_s);
    QVERIFY(unique);
    QVERIFY(unique->unique);
    QVERIFY(!unique->primary);
    QCOMPARE(unique->columns, (QStringList{u"pid_type"_s, u"pid_value"_s}));
    bool primaryIndex = false;
    for (const IndexInfo &i : pid->indexes)
        primaryIndex |= i.primary && i.columns == QStringList{u"id"_s};
    QVERIFY(primaryIndex);

    const auto bucket = reader.describe(u"files_bucket"_s);
    QVERIFY(bucket.ok());
    QCOMPARE(bucket->primaryKey, (QStringList{u"id"_s, u"version"_s})); // composite, in key order

    const auto object = reader.describe(u"files_object"_s);
    QVERIFY2(object.ok(), qPrintable(object.errorMessage()));
    QCOMPARE(object->foreignKeys.size(), 1);
    const ForeignKeyInfo &fk = object->foreignKeys.first();
    QCOMPARE(fk.name, u"fk_files_object_bucket"_s);
    QCOMPARE(fk.columns, (QStringList{u"bucket_id"_s, u"bucket_version"_s}));
    QCOMPARE(fk.referencedTable, u"files_bucket"_s);
    QCOMPARE(fk.referencedColumns, (QStringList{u"id"_s, u"version"_s}));
    const IndexInfo *keyIndex = findIndex(*object, u"ix_files_object_key"_s);
    QVERIFY(keyIndex);
    QVERIFY(!keyIndex->unique);
    QCOMPARE(keyIndex->columns, QStringList{u"key"_s});
    QVERIFY(findColumn(*object, u"id"_s)->autoIncrement);
    QVERIFY(!findColumn(*object, u"bucket_id"_s)->autoIncrement);

    const auto view = reader.describe(u"pid_summary"_s);
    QVERIFY(view.ok());
    QVERIFY(view->view);
    QCOMPARE(view->columns.size(), 2);

    const auto missing = reader.describe(u"no_such_table"_s);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);
}

void TestDatabases::markers_data()
{
    describe_data();
}

void TestDatabases::markers()
{
    QFETCH(QString, key);
    auto session = openTest(key);
    QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
    const auto m = SchemaReader(**session).markers();
    QVERIFY2(m.ok(), qPrintable(m.errorMessage()));
    QVERIFY(m->hasAlembic);
    QCOMPARE(m->alembicVersions, (QStringList{u"8ae99b034410"_s, u"f2522cdd5fcd"_s}));
    QVERIFY(m->hasDjango);
    QCOMPARE(m->djangoMigrationCount, 3);
    const QList<QPair<QString, QString>> expected{{u"contenttypes"_s, u"0002_remove_content_type_name"_s},
                                                  {u"part"_s, u"0001_initial"_s}};
    QCOMPARE(m->djangoLatest, expected);
}

void TestDatabases::postgresEstimates()
{
    auto session = openTest(u"pg"_s);
    QVERIFY(session.ok());
    QVERIFY(execAll(**session, {u"ANALYZE pidstore_pid"_s}).ok());
    const auto tables = SchemaReader(**session).listTables(true, 2);
    QVERIFY(tables.ok());
    const TableInfo *pid = findTable(*tables, u"pidstore_pid"_s);
    QVERIFY(pid);
    QVERIFY(pid->rowCountEstimated); // 5 rows (statistics) > 2: no full scan
    QCOMPARE(pid->rowCount, qint64(5));
    const TableInfo *bucket = findTable(*tables, u"files_bucket"_s); // never analysed: counted
    QVERIFY(bucket);
    QVERIFY(!bucket->rowCountEstimated);
    QCOMPARE(bucket->rowCount, qint64(2));
}

void TestDatabases::errors_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("kind");
    for (const QString &key : {u"pg"_s, u"mariadb"_s}) {
        const QByteArray k = key.toLatin1();
        QTest::addRow("%s wrong password", k.constData()) << key << u"password"_s << int(ErrorKind::AuthenticationFailed);
        QTest::addRow("%s unknown user", k.constData()) << key << u"user"_s << int(ErrorKind::AuthenticationFailed);
        QTest::addRow("%s unknown database", k.constData()) << key << u"database"_s << int(ErrorKind::UnknownDatabase);
        QTest::addRow("%s closed port", k.constData()) << key << u"port"_s << int(ErrorKind::HostUnreachable);
        QTest::addRow("%s unknown host", k.constData()) << key << u"host"_s << int(ErrorKind::HostUnreachable);
    }
}

void TestDatabases::errors()
{
    QFETCH(QString, key);
    QFETCH(QString, change);
    QFETCH(int, kind);
    const Server &s = server(key);
    ConnectionProfile p = s.admin;
    QString secret = s.secret;
    if (change == u"password"_s)
        secret = u"definitely-wrong-"_s + secret;
    else if (change == u"user"_s)
        p.user = u"no_such_user_godwit"_s;
    else if (change == u"database"_s)
        p.database = u"no_such_database_godwit"_s;
    else if (change == u"port"_s) {
        p.host = u"127.0.0.1"_s;
        p.port = 1;
    }
    else if (change == u"host"_s)
        p.host = u"no-such-host.invalid"_s;

    QElapsedTimer clock;
    clock.start();
    const auto info = testConnection(p, secret);
    const qint64 elapsed = clock.elapsed();
    QVERIFY(!info.ok());
    QVERIFY2(int(info.error().kind) == kind,
             qPrintable(u"%1: %2"_s.arg(errorKindName(info.error().kind), info.errorMessage())));
    QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed))); // the connect timeout is 10 s
    QVERIFY(!info.errorMessage().isEmpty());
    QVERIFY(!info.errorMessage().contains(secret));
}

void TestDatabases::browsePostgres()
{
    JobManager jobs;
    BrowseModel model(&jobs);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &BrowseModel::loaded);
    QSignalSpy failed(&model, &BrowseModel::loadFailed);
    model.setConnection(m_pg.test, m_pg.secret);
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() + failed.count() > 0, 20000);
    QCOMPARE(failed.count(), 0);
    QCOMPARE(childTexts(&model), (QStringList{u"Tables (6)"_s, u"Views (1)"_s, u"Schema versions"_s}));
    const QModelIndex tables = model.index(0, 0);
    QCOMPARE(model.data(tables, BrowseModel::CountRole).toLongLong(), qint64(5 + 0 + 2 + 3 + 2 + 3));
    QCOMPARE(childTexts(&model, model.index(2, 0)), (QStringList{u"alembic_version"_s, u"django_migrations"_s}));
    QCOMPARE(childTexts(&model, model.index(0, 0, model.index(2, 0))), (QStringList{u"8ae99b034410"_s, u"f2522cdd5fcd"_s}));

    const QModelIndex object = childStartingWith(&model, tables, u"files_object"_s, BrowseModel::NameRole);
    QVERIFY(object.isValid());
    QCOMPARE(model.data(object, BrowseModel::CountRole).toLongLong(), qint64(3));
    // The tester may have expanded it already (it calls fetchMore() on what it walks); a view would now.
    if (model.canFetchMore(object))
        model.fetchMore(object);
    QTRY_COMPARE_WITH_TIMEOUT(childTexts(&model, object),
                              (QStringList{u"Columns (4)"_s, u"Primary key"_s, u"Foreign keys (1)"_s, u"Indexes (2)"_s}), 20000);
    QVERIFY(!model.data(object, BrowseModel::LoadingRole).toBool());
    const QModelIndex fks = model.index(2, 0, object);
    QCOMPARE(model.data(model.index(0, 0, fks)).toString(), u"bucket_id, bucket_version"_s);
    QCOMPARE(model.data(model.index(0, 0, fks), BrowseModel::DetailRole).toString(), u"→ files_bucket(id, version)"_s);

    // A wrong password shows as an error node.
    model.setConnection(m_pg.test, u"wrong"_s);
    QTRY_VERIFY_WITH_TIMEOUT(failed.count() == 1, 20000);
    QCOMPARE(failed.first().first().value<Error>().kind, ErrorKind::AuthenticationFailed);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, 0), BrowseModel::KindRole).toInt(), int(BrowseModel::NodeKind::Error));
    QTRY_COMPARE(jobs.runningCount(), 0);
}

QTEST_GUILESS_MAIN(TestDatabases)
#include "tst_databases.moc"
