// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace.h"
#include "connections/connectionsmodel.h"
#include "db/databasesession.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
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
    ConnectionsModel model;
    if (auto s = model.load(connectionsFile()); !s)
        return s;
    ConnectionProfile demo;
    demo.id = ConnectionProfile::newId();
    demo.name = tr("Demo InvenTree (SQLite)");
    demo.engine = Engine::SQLite;
    demo.database = demoDatabasePath();
    demo.source = tr("demo workspace");
    return model.upsert(demo);
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
