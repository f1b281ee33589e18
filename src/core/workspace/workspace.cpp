// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"
#include "connections/connectionsmodel.h"
#include "db/databasesession.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace Godwit {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("Godwit::Workspace", text); }
} // namespace

Workspace::Workspace(const QString &directory) : m_dir(QDir::cleanPath(QDir(directory).absolutePath())) {}

QString Workspace::defaultDirectory()
{
    const QString env = qEnvironmentVariable("GODWIT_WORKSPACE");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspace");
}

QString Workspace::connectionsFile() const { return m_dir + QStringLiteral("/connections.json"); }
QString Workspace::demoDatabasePath() const { return m_dir + QStringLiteral("/demo/inventree-demo.sqlite3"); }
QString Workspace::demoRevisionsPath() const { return m_dir + QStringLiteral("/demo/invenio-alembic/alembic.ini"); }
QString Workspace::demoInvenioDatabasePath() const { return m_dir + QStringLiteral("/demo/invenio-demo.sqlite3"); }
QString Workspace::dumpsDirectory() const { return m_dir + QStringLiteral("/dumps"); }
QString Workspace::backupsDirectory() const { return m_dir + QStringLiteral("/backups"); }

Status Workspace::ensureCreated(bool withDemo) const
{
    for (const QString &dir : {m_dir, dumpsDirectory(), backupsDirectory()})
        if (!QDir().mkpath(dir))
            return Error::make(ErrorKind::Other, tr("Cannot create the folder %1.").arg(dir));
    if (!withDemo || QFileInfo::exists(connectionsFile()))
        return success();
    if (!QFileInfo::exists(demoDatabasePath())) {
        QDir().mkpath(QFileInfo(demoDatabasePath()).absolutePath());
        if (auto s = createDemoDatabase(demoDatabasePath()); !s)
            return s;
    }
    if (!QFileInfo::exists(demoRevisionsPath()))
        if (auto s = createDemoRevisions(QFileInfo(demoRevisionsPath()).absolutePath(), demoInvenioDatabasePath()); !s)
            return s;
    ConnectionsModel model;
    if (auto s = model.load(connectionsFile()); !s)
        return s;
    ConnectionProfile demo;
    demo.id = ConnectionProfile::newId();
    demo.name = tr("Demo InvenTree (SQLite)");
    demo.engine = Engine::SQLite;
    demo.database = demoDatabasePath();
    demo.source = tr("demo workspace");
    if (auto s = model.upsert(demo); !s)
        return s;
    ConnectionProfile invenio;
    invenio.id = ConnectionProfile::newId();
    invenio.name = tr("Demo Invenio (SQLite)");
    invenio.engine = Engine::SQLite;
    invenio.database = demoInvenioDatabasePath();
    invenio.source = tr("demo workspace");
    return model.upsert(invenio);
}

Status createDemoRevisions(const QString &folder, const QString &databasePath)
{
    struct Rev
    {
        const char *id;
        const char *down;      // "" for a root; "a,b" for a merge
        const char *label;     // branch label of a root
        const char *depends;   // depends_on, "" for none
        const char *message;
        const char *date;
    };
    // Modelled on Invenio: invenio-db creates alembic_version under the "default" label; every module's
    // root depends on it; modules depend on each other's tables.
    static const Rev revs[] = {
        {"dbdbc1b19cf2", "", "default", "", "Create alembic_version table.", "2016-05-09 15:13:14"},
        {"9848d0149abd", "", "invenio_accounts", "dbdbc1b19cf2", "Create accounts tables.", "2016-05-10 10:11:34"},
        {"e12419831262", "9848d0149abd", "", "", "Add user profile columns.", "2019-03-01 09:00:12"},
        {"eb9743315a9d", "e12419831262", "", "", "Add login information columns.", "2020-01-07 11:40:21"},
        {"62efc52773d4", "eb9743315a9d", "", "", "Create domain tables.", "2023-02-14 16:20:45"},
        {"f2522cdd5fcd", "62efc52773d4", "", "", "Change length of domain column.", "2023-06-27 08:44:02"},
        {"999c62899c20", "", "invenio_pidstore", "dbdbc1b19cf2", "Create pidstore tables.", "2016-05-11 12:00:00"},
        {"f615cee99600", "999c62899c20", "", "", "Add index on pid status.", "2018-08-16 14:03:11"},
        {"862037093962", "", "invenio_records", "dbdbc1b19cf2", "Create records tables.", "2016-07-28 10:01:22"},
        {"07fb52561c5c", "862037093962", "", "", "Alter column from JSON to JSONB.", "2017-09-04 13:56:17"},
        {"bb5b6c8b7d83", "07fb52561c5c", "", "", "Add version_id to records.", "2018-12-10 17:30:40"},
        {"6b6f9e3a8a1c", "bb5b6c8b7d83", "", "", "Records metadata: add is_deleted.", "2021-04-22 09:12:05"},
        {"2da9a03b0833", "", "invenio_files_rest", "dbdbc1b19cf2", "Create files REST tables.", "2016-06-09 11:21:12"},
        {"a29271fd78f8", "2da9a03b0833", "", "", "Add storage class column.", "2017-06-20 10:05:33"},
        {"f741aa746a7d", "a29271fd78f8", "", "", "Add multipart object index.", "2018-10-09 12:40:50"},
        {"8ae99b034410", "f741aa746a7d", "", "", "Bucket quota as BigInteger.", "2021-02-02 15:00:13"},
        {"0999e27defd5", "", "invenio_oauthclient", "9848d0149abd", "Create oauthclient tables.", "2016-09-12 08:33:47"},
        {"97bbc733896c", "0999e27defd5", "", "", "Add remote token expiry.", "2019-11-18 14:22:59"},
        {"aaa265b0afa6", "97bbc733896c", "", "", "Change remote account JSON to JSONB.", "2021-05-31 10:10:10"},
        {"1ba76da94103", "97bbc733896c", "", "", "Add user identity index.", "2021-06-15 16:01:44"},
        {"a3f5a8635cbb", "aaa265b0afa6,1ba76da94103", "", "", "Merge oauthclient branches.", "2021-07-01 09:30:00"},
        {"b3e6a1c9f2d1", "", "invenio_rdm_records", "862037093962", "Create RDM records tables.", "2020-10-01 12:00:00"},
        {"4ac8a2f5e1b7", "b3e6a1c9f2d1", "", "2da9a03b0833", "Add files and media files.", "2021-03-18 11:45:30"},
        {"c2a6e8f4d9b3", "4ac8a2f5e1b7", "", "999c62899c20", "Add parent PID relation.", "2022-01-26 15:34:08"},
        {"e9d1f7b3a5c8", "c2a6e8f4d9b3", "", "", "Add record deletion status.", "2023-09-12 10:08:27"},
        {"5f2c9a1e7b4d", "e9d1f7b3a5c8", "", "62efc52773d4", "Add communities and domain relation.", "2024-02-06 13:19:41"},
    };
    const QString versions = folder + QStringLiteral("/versions");
    if (!QDir().mkpath(versions))
        return Error::make(ErrorKind::Other, tr("Cannot create the folder %1.").arg(versions));
    auto write = [](const QString &path, const QString &text) -> Status {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text.toUtf8()) < 0)
            return Error::make(ErrorKind::Other, tr("Cannot write %1: %2").arg(path, f.errorString()));
        return success();
    };
    const QString ini = QStringLiteral(
        "# A demo Alembic environment shaped like Invenio's: one branch label per module.\n"
        "[alembic]\n"
        "script_location = %(here)s\n"
        "version_locations = %(here)s/versions\n"
        "sqlalchemy.url = sqlite:///%1\n"
        "\n[loggers]\nkeys = root,alembic\n\n[handlers]\nkeys = console\n\n[formatters]\nkeys = generic\n\n"
        "[logger_root]\nlevel = WARN\nhandlers = console\nqualname =\n\n"
        "[logger_alembic]\nlevel = INFO\nhandlers =\nqualname = alembic\n\n"
        "[handler_console]\nclass = StreamHandler\nargs = (sys.stderr,)\nlevel = NOTSET\nformatter = generic\n\n"
        "[formatter_generic]\nformat = %(levelname)-5.5s [%(name)s] %(message)s\n").arg(databasePath);
    if (auto s = write(folder + QStringLiteral("/alembic.ini"), ini); !s)
        return s;
    const QString env = QStringLiteral(
        "# Minimal env.py: the demo's migrations only record their revision.\n"
        "from logging.config import fileConfig\n\n"
        "from alembic import context\n"
        "from sqlalchemy import engine_from_config, pool\n\n"
        "config = context.config\n"
        "if config.config_file_name is not None:\n"
        "    fileConfig(config.config_file_name)\n\n\n"
        "def run_migrations_offline():\n"
        "    context.configure(url=config.get_main_option(\"sqlalchemy.url\"), literal_binds=True)\n"
        "    with context.begin_transaction():\n"
        "        context.run_migrations()\n\n\n"
        "def run_migrations_online():\n"
        "    connectable = engine_from_config(config.get_section(config.config_ini_section), prefix=\"sqlalchemy.\", "
        "poolclass=pool.NullPool)\n"
        "    with connectable.connect() as connection:\n"
        "        context.configure(connection=connection)\n"
        "        with context.begin_transaction():\n"
        "            context.run_migrations()\n\n\n"
        "if context.is_offline_mode():\n"
        "    run_migrations_offline()\n"
        "else:\n"
        "    run_migrations_online()\n");
    if (auto s = write(folder + QStringLiteral("/env.py"), env); !s)
        return s;
    auto py = [](const char *ids) -> QString {
        const QStringList list = QString::fromLatin1(ids).split(u',', Qt::SkipEmptyParts);
        if (list.isEmpty())
            return QStringLiteral("None");
        if (list.size() == 1)
            return QStringLiteral("\"%1\"").arg(list.first());
        QStringList quoted;
        for (const QString &id : list)
            quoted << QStringLiteral("\"%1\"").arg(id);
        return u'(' + quoted.join(QStringLiteral(", ")) + u')';
    };
    for (const Rev &r : revs) {
        const QString id = QLatin1String(r.id);
        const QString label = QLatin1String(r.label);
        const QString text = QStringLiteral(
            "# This file is part of the Godwit demo workspace.\n"
            "\"\"\"%1\n\nRevision ID: %2\nRevises: %3\nCreate Date: %4\n\n\"\"\"\n"
            "from alembic import op\n"
            "import sqlalchemy as sa\n\n"
            "# revision identifiers, used by Alembic.\n"
            "revision = \"%2\"\n"
            "down_revision = %5\n"
            "branch_labels = %6\n"
            "depends_on = %7\n\n\n"
            "def upgrade():\n    \"\"\"Upgrade database.\"\"\"\n    pass\n\n\n"
            "def downgrade():\n    \"\"\"Downgrade database.\"\"\"\n    pass\n")
            .arg(QLatin1String(r.message), id, QString::fromLatin1(r.down).replace(u',', QStringLiteral(", ")),
                 QLatin1String(r.date), py(r.down),
                 label.isEmpty() ? QStringLiteral("None") : QStringLiteral("(\"%1\",)").arg(label), py(r.depends));
        if (auto s = write(versions + u'/' + id + QStringLiteral("_") + QString::fromLatin1(r.message).toLower().remove(u'.').replace(u' ', u'_').left(40) + QStringLiteral(".py"), text); !s)
            return s;
    }

    // The database: installed in 2021, upgraded partly since.
    const QString tmp = databasePath + QStringLiteral(".part");
    QFile::remove(tmp);
    {
        ConnectionProfile p;
        p.engine = Engine::SQLite;
        p.database = tmp;
        p.name = QStringLiteral("demo-invenio");
        auto session = DatabaseSession::open(p, {});
        if (!session)
            return session.error();
        QSqlQuery q((*session)->db());
        const QStringList sql{
            QStringLiteral("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"),
            QStringLiteral("INSERT INTO alembic_version VALUES ('eb9743315a9d'), ('f615cee99600'), ('6b6f9e3a8a1c'), "
                           "('8ae99b034410'), ('aaa265b0afa6'), ('c2a6e8f4d9b3')"),
            QStringLiteral("CREATE TABLE accounts_user (id INTEGER PRIMARY KEY, email VARCHAR(255) UNIQUE, active BOOLEAN)"),
            QStringLiteral("CREATE TABLE records_metadata (id CHAR(36) PRIMARY KEY, json TEXT, version_id INTEGER NOT NULL, created DATETIME, updated DATETIME)"),
            QStringLiteral("INSERT INTO accounts_user VALUES (1, 'admin@example.org', 1), (2, 'curator@example.org', 1)"),
        };
        for (const QString &statement : sql)
            if (!q.exec(statement))
                return Error::make(ErrorKind::Other, tr("Cannot create the demo database: %1").arg(q.lastError().text()));
    }
    QFile::remove(databasePath);
    if (!QFile::rename(tmp, databasePath))
        return Error::make(ErrorKind::Other, tr("Cannot create %1.").arg(databasePath));
    return success();
}

Status createDemoDatabase(const QString &path)
{
    const QString tmp = path + QStringLiteral(".part");
    QFile::remove(tmp);
    {
        ConnectionProfile p;
        p.engine = Engine::SQLite;
        p.database = tmp;
        p.name = QStringLiteral("demo");
        auto session = DatabaseSession::open(p, {});
        if (!session)
            return session.error();
        QSqlDatabase db = (*session)->db();
        QSqlQuery q(db);
        auto exec = [&q](const QString &sql) { return q.exec(sql); };
        const QStringList schema{
            QStringLiteral("CREATE TABLE django_migrations (id INTEGER PRIMARY KEY AUTOINCREMENT, app VARCHAR(255) NOT NULL, "
                           "name VARCHAR(255) NOT NULL, applied DATETIME NOT NULL)"),
            QStringLiteral("CREATE TABLE auth_user (id INTEGER PRIMARY KEY AUTOINCREMENT, username VARCHAR(150) NOT NULL UNIQUE, "
                           "email VARCHAR(254) NOT NULL, is_staff BOOL NOT NULL, date_joined DATETIME NOT NULL)"),
            QStringLiteral("CREATE TABLE company_company (id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(100) NOT NULL UNIQUE, "
                           "description VARCHAR(500) NOT NULL, website VARCHAR(200), is_supplier BOOL NOT NULL, "
                           "is_customer BOOL NOT NULL, currency VARCHAR(3) NOT NULL)"),
            QStringLiteral("CREATE TABLE part_partcategory (id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(100) NOT NULL, "
                           "description VARCHAR(250) NOT NULL, parent_id INTEGER NULL REFERENCES part_partcategory (id))"),
            QStringLiteral("CREATE TABLE part_part (id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(100) NOT NULL, "
                           "IPN VARCHAR(100) NULL UNIQUE, description VARCHAR(250) NOT NULL, category_id INTEGER NULL "
                           "REFERENCES part_partcategory (id), active BOOL NOT NULL, purchaseable BOOL NOT NULL, "
                           "minimum_stock DECIMAL(19,6) NOT NULL, creation_date DATE NULL, metadata TEXT NULL)"),
            QStringLiteral("CREATE INDEX part_part_category_id ON part_part (category_id)"),
            QStringLiteral("CREATE TABLE stock_stocklocation (id INTEGER PRIMARY KEY AUTOINCREMENT, name VARCHAR(100) NOT NULL, "
                           "description VARCHAR(250) NOT NULL, parent_id INTEGER NULL REFERENCES stock_stocklocation (id))"),
            QStringLiteral("CREATE TABLE stock_stockitem (id INTEGER PRIMARY KEY AUTOINCREMENT, part_id INTEGER NOT NULL "
                           "REFERENCES part_part (id), location_id INTEGER NULL REFERENCES stock_stocklocation (id), "
                           "quantity DECIMAL(15,5) NOT NULL, serial VARCHAR(100) NULL, batch VARCHAR(100) NULL, "
                           "purchase_price DECIMAL(19,6) NULL, updated DATETIME NULL)"),
            QStringLiteral("CREATE INDEX stock_stockitem_part_id ON stock_stockitem (part_id)"),
            QStringLiteral("CREATE INDEX stock_stockitem_location_id ON stock_stockitem (location_id)"),
            QStringLiteral("CREATE TABLE order_purchaseorder (id INTEGER PRIMARY KEY AUTOINCREMENT, reference VARCHAR(64) NOT NULL UNIQUE, "
                           "supplier_id INTEGER NOT NULL REFERENCES company_company (id), status INTEGER NOT NULL, "
                           "issue_date DATE NULL, created_by_id INTEGER NULL REFERENCES auth_user (id))"),
            QStringLiteral("CREATE TABLE order_purchaseorderlineitem (id INTEGER PRIMARY KEY AUTOINCREMENT, order_id INTEGER NOT NULL "
                           "REFERENCES order_purchaseorder (id), part_id INTEGER NOT NULL REFERENCES part_part (id), "
                           "quantity DECIMAL(15,5) NOT NULL, received DECIMAL(15,5) NOT NULL)"),
            QStringLiteral("CREATE VIEW part_stock_summary AS SELECT p.id AS part_id, p.name, COALESCE(SUM(s.quantity), 0) AS in_stock "
                           "FROM part_part p LEFT JOIN stock_stockitem s ON s.part_id = p.id GROUP BY p.id, p.name"),
        };
        if (!db.transaction())
            return DatabaseSession::mapError(Engine::SQLite, db.lastError(), p);
        for (const QString &sql : schema)
            if (!exec(sql))
                return Error::make(ErrorKind::Other, tr("Creating the demo database failed: %1").arg(q.lastError().text()));

        QRandomGenerator rng(20261122);
        const QDateTime epoch(QDate(2021, 3, 1), QTime(9, 0), Qt::UTC);
        auto insert = [&](const QString &sql, const QVariantList &values) {
            q.prepare(sql);
            for (const QVariant &v : values)
                q.addBindValue(v);
            return q.exec();
        };
        bool ok = true;
        const QList<QPair<QString, QString>> migrations{
            {QStringLiteral("contenttypes"), QStringLiteral("0002_remove_content_type_name")},
            {QStringLiteral("auth"), QStringLiteral("0012_alter_user_first_name_max_length")},
            {QStringLiteral("company"), QStringLiteral("0070_remove_manufacturerpartattachment")},
            {QStringLiteral("part"), QStringLiteral("0123_parttesttemplate_choices")},
            {QStringLiteral("stock"), QStringLiteral("0108_auto_20240219_0252")},
            {QStringLiteral("order"), QStringLiteral("0098_auto_20231024_1844")},
        };
        for (const auto &[app, name] : migrations) {
            const int last = name.left(4).toInt();
            for (int i = 1; i <= last && ok; ++i) {
                const QString n = i == last ? name : QStringLiteral("%1_auto").arg(i, 4, 10, QLatin1Char('0'));
                ok = insert(QStringLiteral("INSERT INTO django_migrations (app, name, applied) VALUES (?, ?, ?)"),
                            {app, n, epoch.addSecs(i * 60).toString(Qt::ISODate)});
            }
        }
        const QStringList firstNames{QStringLiteral("ada"), QStringLiteral("grace"), QStringLiteral("linus"),
                                     QStringLiteral("margaret"), QStringLiteral("ken"), QStringLiteral("barbara"),
                                     QStringLiteral("dennis"), QStringLiteral("frances"), QStringLiteral("edsger"),
                                     QStringLiteral("radia")};
        for (int i = 1; i <= 25 && ok; ++i) {
            const QString user = firstNames.at((i - 1) % firstNames.size()) + QString::number(i);
            ok = insert(QStringLiteral("INSERT INTO auth_user (username, email, is_staff, date_joined) VALUES (?, ?, ?, ?)"),
                        {user, QString(user + QStringLiteral("@example.org")), i <= 3, epoch.addDays(i).toString(Qt::ISODate)});
        }
        const QStringList companyWords{QStringLiteral("Acme"), QStringLiteral("Globex"), QStringLiteral("Initech"),
                                       QStringLiteral("Umbrella"), QStringLiteral("Stark"), QStringLiteral("Wayne"),
                                       QStringLiteral("Tyrell"), QStringLiteral("Cyberdyne"), QStringLiteral("Soylent"),
                                       QStringLiteral("Hooli"), QStringLiteral("Vandelay"), QStringLiteral("Wonka")};
        const QStringList companySuffix{QStringLiteral("Components"), QStringLiteral("Electronics"),
                                        QStringLiteral("Supply"), QStringLiteral("GmbH"), QStringLiteral("SARL")};
        const QStringList currencies{QStringLiteral("EUR"), QStringLiteral("USD"), QStringLiteral("CHF"), QStringLiteral("GBP")};
        for (int i = 1; i <= 60 && ok; ++i) {
            const QString name = companyWords.at(i % companyWords.size()) + u' ' + companySuffix.at(i % companySuffix.size())
                + (i > 12 ? QStringLiteral(" %1").arg(i) : QString());
            ok = insert(QStringLiteral("INSERT INTO company_company (name, description, website, is_supplier, is_customer, currency) "
                                       "VALUES (?, ?, ?, ?, ?, ?)"),
                        {name, QStringLiteral("Supplier of parts — Lieferant — fournisseur n°%1").arg(i),
                         i % 4 == 0 ? QVariant() : QVariant(QStringLiteral("https://company%1.example").arg(i)),
                         i % 3 != 0, i % 5 == 0, currencies.at(i % currencies.size())});
        }
        const QStringList categories{QStringLiteral("Electronics"), QStringLiteral("Passives"), QStringLiteral("Resistors"),
                                     QStringLiteral("Capacitors"), QStringLiteral("Inductors"), QStringLiteral("ICs"),
                                     QStringLiteral("Microcontrollers"), QStringLiteral("Sensors"), QStringLiteral("Connectors"),
                                     QStringLiteral("Mechanical"), QStringLiteral("Fasteners"), QStringLiteral("Screws"),
                                     QStringLiteral("Nuts"), QStringLiteral("Enclosures"), QStringLiteral("Cables"),
                                     QStringLiteral("Tools"), QStringLiteral("Consumables"), QStringLiteral("Lab equipment"),
                                     QStringLiteral("Optics"), QStringLiteral("Chemicals")};
        for (int i = 1; i <= 40 && ok; ++i) {
            const QVariant parent = i <= 4 ? QVariant() : QVariant(1 + int(rng.bounded(i - 1)));
            ok = insert(QStringLiteral("INSERT INTO part_partcategory (name, description, parent_id) VALUES (?, ?, ?)"),
                        {QString(categories.at((i - 1) % categories.size()) + (i > categories.size() ? QStringLiteral(" (B)") : QString())),
                         QStringLiteral("Category %1").arg(i), parent});
        }
        for (int i = 1; i <= 1200 && ok; ++i) {
            const QString metadata = i % 7 == 0 ? QStringLiteral(R"({"datasheet": "ds-%1.pdf", "rohs": true, "tags": ["demo", "µ-part 🔧"]})").arg(i)
                                                : QString();
            ok = insert(QStringLiteral("INSERT INTO part_part (name, IPN, description, category_id, active, purchaseable, "
                                       "minimum_stock, creation_date, metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {QStringLiteral("Part %1").arg(i, 4, 10, QLatin1Char('0')),
                         i % 10 == 0 ? QVariant() : QVariant(QStringLiteral("IPN-%1").arg(i, 5, 10, QLatin1Char('0'))),
                         i % 11 == 0 ? QStringLiteral("") : QStringLiteral("Demo part number %1, Ø %2 mm").arg(i).arg(1 + i % 12),
                         1 + int(rng.bounded(40)), i % 13 != 0, i % 4 != 0,
                         QStringLiteral("%1.%2").arg(rng.bounded(100)).arg(rng.bounded(1000), 3, 10, QLatin1Char('0')),
                         epoch.date().addDays(i % 900).toString(Qt::ISODate),
                         metadata.isEmpty() ? QVariant() : QVariant(metadata)});
        }
        for (int i = 1; i <= 30 && ok; ++i) {
            ok = insert(QStringLiteral("INSERT INTO stock_stocklocation (name, description, parent_id) VALUES (?, ?, ?)"),
                        {i <= 3 ? QStringLiteral("Building %1").arg(QChar(u'A' + i - 1)) : QStringLiteral("Shelf %1").arg(i),
                         QStringLiteral("Storage location %1").arg(i), i <= 3 ? QVariant() : QVariant(1 + int(rng.bounded(3)))});
        }
        for (int i = 1; i <= 3000 && ok; ++i) {
            ok = insert(QStringLiteral("INSERT INTO stock_stockitem (part_id, location_id, quantity, serial, batch, purchase_price, updated) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        {1 + int(rng.bounded(1200)), i % 17 == 0 ? QVariant() : QVariant(1 + int(rng.bounded(30))),
                         QStringLiteral("%1.%2").arg(rng.bounded(500)).arg(rng.bounded(100000), 5, 10, QLatin1Char('0')),
                         i % 5 == 0 ? QVariant(QStringLiteral("SN%1").arg(100000 + i)) : QVariant(),
                         i % 3 == 0 ? QVariant(QStringLiteral("B-%1").arg(i / 50)) : QVariant(),
                         i % 9 == 0 ? QVariant() : QVariant(QStringLiteral("%1.%2").arg(rng.bounded(300)).arg(rng.bounded(1000000), 6, 10, QLatin1Char('0'))),
                         epoch.addSecs(qint64(i) * 7919).toString(Qt::ISODateWithMs)});
        }
        for (int i = 1; i <= 300 && ok; ++i) {
            ok = insert(QStringLiteral("INSERT INTO order_purchaseorder (reference, supplier_id, status, issue_date, created_by_id) "
                                       "VALUES (?, ?, ?, ?, ?)"),
                        {QStringLiteral("PO-%1").arg(i, 4, 10, QLatin1Char('0')), 1 + int(rng.bounded(60)), 10 + 10 * int(rng.bounded(4)),
                         epoch.date().addDays(i * 3).toString(Qt::ISODate), i % 6 == 0 ? QVariant() : QVariant(1 + int(rng.bounded(25)))});
        }
        for (int i = 1; i <= 1500 && ok; ++i) {
            ok = insert(QStringLiteral("INSERT INTO order_purchaseorderlineitem (order_id, part_id, quantity, received) VALUES (?, ?, ?, ?)"),
                        {1 + (i - 1) / 5, 1 + int(rng.bounded(1200)), QString::number(1 + rng.bounded(100)), QString::number(rng.bounded(50))});
        }
        if (!ok) {
            const QString message = q.lastError().text();
            db.rollback();
            return Error::make(ErrorKind::Other, tr("Creating the demo database failed: %1").arg(message));
        }
        if (!db.commit())
            return DatabaseSession::mapError(Engine::SQLite, db.lastError(), p);
    }
    QFile::remove(path);
    if (!QFile::rename(tmp, path))
        return Error::make(ErrorKind::Other, tr("Cannot create %1.").arg(path));
    return success();
}

} // namespace Godwit
