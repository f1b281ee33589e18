// SPDX-License-Identifier: GPL-3.0-or-later
#include "browse/browsemodel.h"
#include "connections/connectionsmodel.h"
#include "connections/connectiontester.h"
#include "db/databasesession.h"
#include "db/schema.h"
#include "workspace/workspace.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Godwit;
using namespace Qt::StringLiterals;
using GodwitTest::childStartingWith;
using GodwitTest::childTexts;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

ConnectionProfile sqliteProfile(const QString &path)
{
    ConnectionProfile p;
    p.id = ConnectionProfile::newId();
    p.name = QFileInfo(path).fileName();
    p.engine = Engine::SQLite;
    p.database = path;
    return p;
}

const TableInfo *findTable(const QList<TableInfo> &tables, const QString &name)
{
    for (const TableInfo &t : tables)
        if (t.name == name)
            return &t;
    return nullptr;
}

} // namespace

class TestWorkspaceSqlite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void workspaceCreated();
    void ensureCreatedTwiceKeepsEverything();
    void withoutDemo();
    void demoIsDeterministic();
    void tableCounts_data();
    void tableCounts();
    void tableList();
    void describePartPart();
    void describeOthers();
    void markers();
    void testConnectionOnDemo();
    void badFiles_data();
    void badFiles();
    void missingFileReadOnly();
    void browseDemo();
    void browseLazyLoading();
    void browseErrorAndStaleResults();

private:
    QTemporaryDir m_dir;
    QString m_demo;
    std::unique_ptr<DatabaseSession> m_session;
};

void TestWorkspaceSqlite::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Workspace ws(m_dir.filePath(u"ws"_s));
    const Status created = ws.ensureCreated();
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    m_demo = ws.demoDatabasePath();
    DatabaseSession::Options ro;
    ro.readOnly = true;
    auto session = DatabaseSession::open(sqliteProfile(m_demo), {}, ro);
    QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
    m_session = session.take();
}

void TestWorkspaceSqlite::workspaceCreated()
{
    const Workspace ws(m_dir.filePath(u"ws"_s));
    QCOMPARE(ws.directory(), QDir::cleanPath(m_dir.filePath(u"ws"_s)));
    QVERIFY(QFileInfo(ws.dumpsDirectory()).isDir());
    QVERIFY(QFileInfo(ws.backupsDirectory()).isDir());
    QVERIFY(QFileInfo(ws.demoDatabasePath()).isFile());
    QVERIFY(!QFile::exists(ws.demoDatabasePath() + u".part"_s));
    QVERIFY(fileBytes(ws.demoDatabasePath()).startsWith("SQLite format 3"));

    ConnectionsModel model;
    QVERIFY(model.load(ws.connectionsFile()).ok());
    QCOMPARE(model.rowCount(), 2);
    const ConnectionProfile demo = model.profileAt(0);
    // The second: a database part-way through the demo Alembic environment's upgrades.
    QCOMPARE(model.profileAt(1).database, ws.demoInvenioDatabasePath());
    QVERIFY(QFileInfo(ws.demoRevisionsPath()).isFile());
    QVERIFY(!QFile::exists(ws.demoInvenioDatabasePath() + u".part"_s));
    QCOMPARE(demo.engine, Engine::SQLite);
    QCOMPARE(demo.database, ws.demoDatabasePath());
    QVERIFY(!demo.name.isEmpty());
    QVERIFY(!demo.id.isEmpty());
    QVERIFY(demo.isValid());
}

void TestWorkspaceSqlite::ensureCreatedTwiceKeepsEverything()
{
    const Workspace ws(m_dir.filePath(u"ws"_s));
    const QByteArray connections = fileBytes(ws.connectionsFile());
    const QByteArray demo = fileBytes(ws.demoDatabasePath());
    QVERIFY(ws.ensureCreated().ok());
    QCOMPARE(fileBytes(ws.connectionsFile()), connections);
    QCOMPARE(fileBytes(ws.demoDatabasePath()), demo);

    // A user who removed the demo connection does not get it back.
    const Workspace other(m_dir.filePath(u"emptied"_s));
    QVERIFY(other.ensureCreated().ok());
    ConnectionsModel model;
    QVERIFY(model.load(other.connectionsFile()).ok());
    QVERIFY(model.remove(model.profileAt(1).id).ok());
    QVERIFY(model.remove(model.profileAt(0).id).ok());
    QVERIFY(other.ensureCreated().ok());
    QVERIFY(model.load(other.connectionsFile()).ok());
    QCOMPARE(model.rowCount(), 0);
}

void TestWorkspaceSqlite::withoutDemo()
{
    const Workspace ws(m_dir.filePath(u"plain/nested"_s));
    QVERIFY(ws.ensureCreated(false).ok());
    QVERIFY(QFileInfo(ws.directory()).isDir());
    QVERIFY(QFileInfo(ws.dumpsDirectory()).isDir());
    QVERIFY(!QFile::exists(ws.connectionsFile()));
    QVERIFY(!QFile::exists(ws.demoDatabasePath()));
}

void TestWorkspaceSqlite::demoIsDeterministic()
{
    // Two demo databases hold the same rows: compare the data, not the file bytes.
    const QString second = m_dir.filePath(u"second.sqlite3"_s);
    QVERIFY(createDemoDatabase(second).ok());
    auto other = DatabaseSession::open(sqliteProfile(second), {});
    QVERIFY(other.ok());
    for (const QString &sql : {u"SELECT group_concat(name || '|' || IFNULL(IPN, '-') || '|' || category_id || '|' || "
                               "minimum_stock, ';') FROM part_part"_s,
                               u"SELECT group_concat(part_id || '|' || IFNULL(location_id, '-') || '|' || quantity, ';') "
                               "FROM stock_stockitem"_s,
                               u"SELECT group_concat(reference || '|' || supplier_id, ';') FROM order_purchaseorder"_s}) {
        const auto a = m_session->scalar(sql);
        const auto b = (*other)->scalar(sql);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(!a->toString().isEmpty());
        QCOMPARE(a->toString(), b->toString());
    }
    // Foreign keys hold.
    const auto orphans = m_session->scalar(
        u"SELECT COUNT(*) FROM stock_stockitem s LEFT JOIN part_part p ON p.id = s.part_id WHERE p.id IS NULL"_s);
    QVERIFY(orphans.ok());
    QCOMPARE(orphans->toInt(), 0);
}

void TestWorkspaceSqlite::tableCounts_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<qint64>("rows");
    QTest::newRow("auth_user") << u"auth_user"_s << qint64(25);
    QTest::newRow("company_company") << u"company_company"_s << qint64(60);
    QTest::newRow("part_partcategory") << u"part_partcategory"_s << qint64(40);
    QTest::newRow("part_part") << u"part_part"_s << qint64(1200);
    QTest::newRow("stock_stocklocation") << u"stock_stocklocation"_s << qint64(30);
    QTest::newRow("stock_stockitem") << u"stock_stockitem"_s << qint64(3000);
    QTest::newRow("order_purchaseorder") << u"order_purchaseorder"_s << qint64(300);
    QTest::newRow("order_purchaseorderlineitem") << u"order_purchaseorderlineitem"_s << qint64(1500);
    QTest::newRow("django_migrations") << u"django_migrations"_s << qint64(413);
}

void TestWorkspaceSqlite::tableCounts()
{
    QFETCH(QString, table);
    QFETCH(qint64, rows);
    const auto tables = SchemaReader(*m_session).listTables(true);
    QVERIFY2(tables.ok(), qPrintable(tables.errorMessage()));
    const TableInfo *t = findTable(*tables, table);
    QVERIFY(t);
    QVERIFY(!t->view);
    QCOMPARE(t->rowCount, rows);
    QVERIFY(!t->rowCountEstimated);
}

void TestWorkspaceSqlite::tableList()
{
    SchemaReader reader(*m_session);
    const auto tables = reader.listTables(true);
    QVERIFY(tables.ok());
    QStringList names;
    for (const TableInfo &t : *tables)
        names.append(t.name);
    QCOMPARE(names, (QStringList{u"auth_user"_s, u"company_company"_s, u"django_migrations"_s, u"order_purchaseorder"_s,
                                 u"order_purchaseorderlineitem"_s, u"part_part"_s, u"part_partcategory"_s,
                                 u"part_stock_summary"_s, u"stock_stockitem"_s, u"stock_stocklocation"_s}));
    const TableInfo *view = findTable(*tables, u"part_stock_summary"_s);
    QVERIFY(view);
    QVERIFY(view->view);
    QCOMPARE(view->rowCount, qint64(-1)); // views are not counted

    const auto uncounted = reader.listTables(false);
    QVERIFY(uncounted.ok());
    QCOMPARE(uncounted->size(), tables->size());
    for (const TableInfo &t : *uncounted)
        QCOMPARE(t.rowCount, qint64(-1));
}

void TestWorkspaceSqlite::describePartPart()
{
    const auto described = SchemaReader(*m_session).describe(u"part_part"_s);
    QVERIFY2(described.ok(), qPrintable(described.errorMessage()));
    const TableInfo &t = *described;
    QCOMPARE(t.name, u"part_part"_s);
    QVERIFY(!t.view);
    QCOMPARE(t.primaryKey, QStringList{u"id"_s});

    QStringList columns;
    for (const ColumnInfo &c : t.columns)
        columns.append(c.name);
    QCOMPARE(columns, (QStringList{u"id"_s, u"name"_s, u"IPN"_s, u"description"_s, u"category_id"_s, u"active"_s,
                                   u"purchaseable"_s, u"minimum_stock"_s, u"creation_date"_s, u"metadata"_s}));
    const ColumnInfo &id = t.columns.at(0);
    QVERIFY(id.primaryKey);
    QVERIFY(id.autoIncrement);
    QCOMPARE(id.type, u"INTEGER"_s);
    QCOMPARE(t.columns.at(1).nullable, false);
    QCOMPARE(t.columns.at(1).type, u"VARCHAR(100)"_s);
    QCOMPARE(t.columns.at(2).nullable, true);
    QCOMPARE(t.columns.at(7).type, u"DECIMAL(19,6)"_s);
    QVERIFY(!t.columns.at(4).primaryKey);

    QCOMPARE(t.foreignKeys.size(), 1);
    const ForeignKeyInfo &fk = t.foreignKeys.first();
    QCOMPARE(fk.columns, QStringList{u"category_id"_s});
    QCOMPARE(fk.referencedTable, u"part_partcategory"_s);
    QCOMPARE(fk.referencedColumns, QStringList{u"id"_s});
    QVERIFY(!fk.name.isEmpty());

    const IndexInfo *ipn = nullptr;
    const IndexInfo *category = nullptr;
    for (const IndexInfo &i : t.indexes) {
        if (i.columns == QStringList{u"IPN"_s})
            ipn = &i;
        if (i.name == u"part_part_category_id"_s)
            category = &i;
    }
    QVERIFY(ipn);
    QVERIFY(ipn->unique);
    QVERIFY(!ipn->primary);
    QVERIFY(category);
    QVERIFY(!category->unique);
    QCOMPARE(category->columns, QStringList{u"category_id"_s});
}

void TestWorkspaceSqlite::describeOthers()
{
    SchemaReader reader(*m_session);
    const auto items = reader.describe(u"stock_stockitem"_s);
    QVERIFY(items.ok());
    QCOMPARE(items->foreignKeys.size(), 2);
    QStringList refs;
    for (const ForeignKeyInfo &fk : items->foreignKeys)
        refs.append(fk.columns.join(u',') + u"->"_s + fk.referencedTable + u'.' + fk.referencedColumns.join(u','));
    refs.sort();
    QCOMPARE(refs, (QStringList{u"location_id->stock_stocklocation.id"_s, u"part_id->part_part.id"_s}));

    const auto tree = reader.describe(u"part_partcategory"_s); // self-reference
    QVERIFY(tree.ok());
    QCOMPARE(tree->foreignKeys.size(), 1);
    QCOMPARE(tree->foreignKeys.first().referencedTable, u"part_partcategory"_s);

    const auto view = reader.describe(u"part_stock_summary"_s);
    QVERIFY(view.ok());
    QVERIFY(view->view);
    QCOMPARE(view->columns.size(), 3);
    QCOMPARE(view->columns.at(2).name, u"in_stock"_s);

    const auto missing = reader.describe(u"no_such_table"_s);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    const auto quoted = reader.describe(u"x'; DROP TABLE part_part; --"_s);
    QVERIFY(!quoted.ok());
    QCOMPARE(quoted.error().kind, ErrorKind::NotFound);
}

void TestWorkspaceSqlite::markers()
{
    const auto m = SchemaReader(*m_session).markers();
    QVERIFY2(m.ok(), qPrintable(m.errorMessage()));
    QVERIFY(m->hasDjango);
    QVERIFY(!m->hasAlembic);
    QVERIFY(m->alembicVersions.isEmpty());
    QCOMPARE(m->djangoMigrationCount, 413);
    const QList<QPair<QString, QString>> expected{
        {u"auth"_s, u"0012_alter_user_first_name_max_length"_s},
        {u"company"_s, u"0070_remove_manufacturerpartattachment"_s},
        {u"contenttypes"_s, u"0002_remove_content_type_name"_s},
        {u"order"_s, u"0098_auto_20231024_1844"_s},
        {u"part"_s, u"0123_parttesttemplate_choices"_s},
        {u"stock"_s, u"0108_auto_20240219_0252"_s},
    };
    QCOMPARE(m->djangoLatest, expected);

    const auto summary = SchemaReader(*m_session).summary(false);
    QVERIFY(summary.ok());
    QCOMPARE(summary->tables.size(), 10);
    QCOMPARE(summary->markers.djangoLatest, expected);
}

void TestWorkspaceSqlite::testConnectionOnDemo()
{
    const QByteArray before = fileBytes(m_demo);
    const auto info = testConnection(sqliteProfile(m_demo), {});
    QVERIFY2(info.ok(), qPrintable(info.errorMessage()));
    QCOMPARE(info->product, u"SQLite"_s);
    QVERIFY(info->version.startsWith(u"3."_s));
    QVERIFY(info->latencyMs >= 0);
    const auto version = m_session->scalar(u"SELECT sqlite_version()"_s);
    QCOMPARE(info->version, version->toString());
    const QJsonObject json = serverInfoToJson(*info, sqliteProfile(m_demo));
    QCOMPARE(json.value(u"engine"_s).toString(), u"sqlite"_s);
    QCOMPARE(json.value(u"ok"_s).toBool(), true);
    QCOMPARE(fileBytes(m_demo), before); // a test only reads
}

void TestWorkspaceSqlite::badFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("readOnly");

    QByteArray text = "This is a text file, not a database.\n";
    text = text.repeated(200);
    QByteArray corrupt = QByteArray("SQLite format 3") + '\0' + QByteArray(4080, '\x5a');
    QByteArray binary;
    for (int i = 0; i < 8192; ++i)
        binary.append(char((i * 7919) % 251));
    QTest::newRow("text, read-only") << text << true;
    QTest::newRow("text, read-write") << text << false;
    QTest::newRow("binary, read-write") << binary << false;
    QTest::newRow("SQLite header, garbage pages, read-only") << corrupt << true;
    QTest::newRow("SQLite header, garbage pages, read-write") << corrupt << false;
}

void TestWorkspaceSqlite::badFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, readOnly);
    const QString path = m_dir.filePath(u"not-a-database.db"_s);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(f.write(content), content.size());
    }
    DatabaseSession::Options options;
    options.readOnly = readOnly;
    const auto session = DatabaseSession::open(sqliteProfile(path), {}, options);
    QVERIFY(!session.ok());
    QCOMPARE(session.error().kind, ErrorKind::NotADatabase);
    QVERIFY(session.errorMessage().contains(path));

    const auto tested = testConnection(sqliteProfile(path), {});
    QVERIFY(!tested.ok());
    QCOMPARE(tested.error().kind, ErrorKind::NotADatabase);

    QCOMPARE(fileBytes(path), content); // never modified
    QVERIFY(!QFile::exists(path + u"-journal"_s));
    QVERIFY(!QFile::exists(path + u"-wal"_s));
}

void TestWorkspaceSqlite::missingFileReadOnly()
{
    const QString path = m_dir.filePath(u"missing/none.sqlite3"_s);
    const auto tested = testConnection(sqliteProfile(path), {});
    QVERIFY(!tested.ok());
    QCOMPARE(tested.error().kind, ErrorKind::NotFound);
    QVERIFY(!QFile::exists(path)); // not created by a test

    const auto dir = testConnection(sqliteProfile(m_dir.path()), {});
    QVERIFY(!dir.ok());
    QCOMPARE(dir.error().kind, ErrorKind::NotADatabase);
}

void TestWorkspaceSqlite::browseDemo()
{
    // The tester walks the whole tree after every change and calls fetchMore() on every table it meets, so
    // this test expects any table to be expandable at any time; the exact lazy steps are in browseLazyLoading().
    JobManager jobs;
    BrowseModel model(&jobs);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &BrowseModel::loaded);
    model.setConnection(sqliteProfile(m_demo), {});
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 1); // "Loading…"
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(!model.isLoading());
    QCOMPARE(model.columnCount(), int(BrowseModel::ColumnCount));

    QCOMPARE(childTexts(&model), (QStringList{u"Tables (9)"_s, u"Views (1)"_s, u"Schema versions"_s}));
    const QModelIndex tables = model.index(0, 0);
    QCOMPARE(model.data(tables, BrowseModel::KindRole).toInt(), int(BrowseModel::NodeKind::Group));
    QCOMPARE(model.data(tables, BrowseModel::CountRole).toLongLong(), qint64(25 + 60 + 40 + 1200 + 30 + 3000 + 300 + 1500 + 413));
    QCOMPARE(model.rowCount(tables), 9);
    QVERIFY(!model.canFetchMore(tables));

    const QModelIndex part = childStartingWith(&model, tables, u"part_part"_s, BrowseModel::NameRole);
    QVERIFY(part.isValid());
    QCOMPARE(model.data(part, BrowseModel::NameRole).toString(), u"part_part"_s);
    QCOMPARE(model.data(part, BrowseModel::KindRole).toInt(), int(BrowseModel::NodeKind::Table));
    QCOMPARE(model.data(part, BrowseModel::CountRole).toLongLong(), qint64(1200));
    QCOMPARE(model.data(model.index(part.row(), BrowseModel::CountColumn, tables)).toString(), QLocale().toString(1200));
    QCOMPARE(model.parent(part), tables);
    QVERIFY(model.hasChildren(part));

    // Expand (as a view would); wait for the description.
    if (model.canFetchMore(part))
        model.fetchMore(part);
    QTRY_COMPARE(childTexts(&model, part),
                 (QStringList{u"Columns (10)"_s, u"Primary key"_s, u"Foreign keys (1)"_s, u"Indexes (2)"_s}));
    QVERIFY(!model.canFetchMore(part));
    QVERIFY(!model.data(part, BrowseModel::LoadingRole).toBool());

    const QModelIndex columns = model.index(0, 0, part);
    QCOMPARE(model.rowCount(columns), 10);
    const QModelIndex idColumn = model.index(0, 0, columns);
    QCOMPARE(model.data(idColumn, BrowseModel::KindRole).toInt(), int(BrowseModel::NodeKind::PrimaryKey));
    QCOMPARE(model.data(idColumn).toString(), u"id"_s);
    QVERIFY(model.data(idColumn, BrowseModel::DetailRole).toString().contains(u"primary key"_s));
    QCOMPARE(model.data(model.index(1, 0, part), BrowseModel::DetailRole).toString(), u"id"_s);
    const QModelIndex fks = model.index(2, 0, part);
    QCOMPARE(model.rowCount(fks), 1);
    QCOMPARE(model.data(model.index(0, 0, fks)).toString(), u"category_id"_s);
    QCOMPARE(model.data(model.index(0, 0, fks), BrowseModel::KindRole).toInt(), int(BrowseModel::NodeKind::ForeignKey));
    QCOMPARE(model.data(model.index(0, BrowseModel::DetailColumn, fks)).toString(), u"→ part_partcategory(id)"_s);
    const QModelIndex indexes = model.index(3, 0, part);
    QStringList details;
    for (int row = 0; row < model.rowCount(indexes); ++row)
        details.append(model.data(model.index(row, 0, indexes), BrowseModel::DetailRole).toString());
    QVERIFY2(details.contains(u"unique (IPN)"_s), qPrintable(details.join(u"; "_s)));
    QVERIFY2(details.contains(u"index (category_id)"_s), qPrintable(details.join(u"; "_s)));

    const QModelIndex views = model.index(1, 0);
    QCOMPARE(childTexts(&model, views), QStringList{u"part_stock_summary"_s});
    const QModelIndex view = model.index(0, 0, views);
    QCOMPARE(model.data(view, BrowseModel::KindRole).toInt(), int(BrowseModel::NodeKind::View));
    if (model.canFetchMore(view))
        model.fetchMore(view);
    QTRY_COMPARE(childTexts(&model, view), QStringList{u"Columns (3)"_s}); // no keys for a view

    const QModelIndex markers = model.index(2, 0);
    QCOMPARE(childTexts(&model, markers), QStringList{u"django_migrations"_s});
    const QModelIndex django = model.index(0, 0, markers);
    QCOMPARE(model.data(django, BrowseModel::CountRole).toLongLong(), qint64(413));
    QCOMPARE(childTexts(&model, django),
             (QStringList{u"auth"_s, u"company"_s, u"contenttypes"_s, u"order"_s, u"part"_s, u"stock"_s}));
    QCOMPARE(model.data(model.index(4, BrowseModel::DetailColumn, django)).toString(), u"0123_parttesttemplate_choices"_s);

    // Every table the tester expanded got its description, none an error.
    QTRY_COMPARE(jobs.runningCount(), 0);
    for (int row = 0; row < model.rowCount(tables); ++row) {
        const QModelIndex t = model.index(row, 0, tables);
        if (model.rowCount(t) > 0)
            QVERIFY(childStartingWith(&model, t, u"Columns ("_s).isValid());
    }

    // Reload rebuilds the tree; the tester watches the reset.
    model.reload();
    QTRY_COMPARE(loaded.count(), 2);
    QCOMPARE(model.rowCount(), 3);
    QTRY_COMPARE(jobs.runningCount(), 0);

    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestWorkspaceSqlite::browseLazyLoading()
{
    JobManager jobs;
    BrowseModel model(&jobs);
    QSignalSpy loaded(&model, &BrowseModel::loaded);
    model.setConnection(sqliteProfile(m_demo), {});
    QTRY_COMPARE(loaded.count(), 1);
    const QModelIndex tables = model.index(0, 0);
    const QModelIndex part = childStartingWith(&model, tables, u"part_part"_s, BrowseModel::NameRole);
    QVERIFY(part.isValid());
    // Not described until asked.
    QVERIFY(model.hasChildren(part));
    QCOMPARE(model.rowCount(part), 0);
    QVERIFY(model.canFetchMore(part));
    QVERIFY(!model.canFetchMore(tables));
    QVERIFY(!model.canFetchMore(QModelIndex()));
    QVERIFY(!model.canFetchMore(model.index(part.row(), 1, tables)));
    QCOMPARE(jobs.runningCount(), 0);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.fetchMore(part);
    QCOMPARE(inserted.count(), 0); // nothing changes inside fetchMore() itself
    QVERIFY(model.data(part, BrowseModel::LoadingRole).toBool());
    QVERIFY(!model.canFetchMore(part)); // one fetch at a time
    model.fetchMore(part);
    QCOMPARE(jobs.runningCount(), 1);
    QTRY_VERIFY(!model.data(part, BrowseModel::LoadingRole).toBool());
    QCOMPARE(childTexts(&model, part), (QStringList{u"Columns (10)"_s, u"Primary key"_s, u"Foreign keys (1)"_s, u"Indexes (2)"_s}));
    QVERIFY(!model.canFetchMore(part));
    QCOMPARE(jobs.jobCount(), 2); // the top level and this one table
}

void TestWorkspaceSqlite::browseErrorAndStaleResults()
{
    const QString bad = m_dir.filePath(u"bad.sqlite3"_s);
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray("no database here\n").repeated(100));
    }
    JobManager jobs;
    BrowseModel model(&jobs);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &BrowseModel::loaded);
    QSignalSpy failed(&model, &BrowseModel::loadFailed);

    // The demo first, then at once the bad file: only the second connection's outcome may show.
    model.setConnection(sqliteProfile(m_demo), {});
    model.setConnection(sqliteProfile(bad), {});
    QTRY_COMPARE(failed.count(), 1);
    QTRY_COMPARE(jobs.runningCount(), 0);
    QTest::qWait(50);
    QCOMPARE(loaded.count(), 0);
    QCOMPARE(failed.first().first().value<Error>().kind, ErrorKind::NotADatabase);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, 0), BrowseModel::KindRole).toInt(), int(BrowseModel::NodeKind::Error));
    QVERIFY(model.data(model.index(0, 0)).toString().contains(bad));
    QVERIFY(!model.hasChildren(model.index(0, 0)));

    // A table expanded just before switching away does not land in the new tree.
    model.setConnection(sqliteProfile(m_demo), {});
    QTRY_COMPARE(loaded.count(), 1);
    const QModelIndex part = childStartingWith(&model, model.index(0, 0), u"part_part"_s, BrowseModel::NameRole);
    QVERIFY(part.isValid());
    model.fetchMore(part);
    model.setConnection(sqliteProfile(bad), {});
    QTRY_COMPARE(jobs.runningCount(), 0);
    QTest::qWait(50);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, 0), BrowseModel::KindRole).toInt(), int(BrowseModel::NodeKind::Error));

    // An invalid profile shows nothing and starts nothing.
    model.setConnection(ConnectionProfile{}, {});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.isLoading());
}

QTEST_GUILESS_MAIN(TestWorkspaceSqlite)
#include "tst_workspace_sqlite.moc"
