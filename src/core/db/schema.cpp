// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"
#include "databasesession.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Godwit {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("Godwit::SchemaReader", text); }

QStringList splitList(const QVariant &value)
{
    return value.toString().split(u',', Qt::SkipEmptyParts);
}

} // namespace

Result<qint64> SchemaReader::exactCount(const QString &table) const
{
    auto v = m_session.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + m_session.quote(table));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<QList<TableInfo>> SchemaReader::listTables(bool withCounts, qint64 estimateAbove) const
{
    QSqlQuery q(m_session.db());
    q.setForwardOnly(true);
    const Engine engine = m_session.engine();
    QString sql;
    switch (engine) {
    case Engine::SQLite:
        sql = QStringLiteral("SELECT '', name, type = 'view', -1 FROM sqlite_master "
                             "WHERE type IN ('table','view') AND name NOT LIKE 'sqlite_%' ORDER BY name");
        break;
    case Engine::PostgreSQL:
        sql = QStringLiteral("SELECT n.nspname, c.relname, c.relkind IN ('v','m'), c.reltuples::bigint "
                             "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                             "WHERE c.relkind IN ('r','p','v','m') AND n.nspname = current_schema() "
                             "AND NOT c.relispartition ORDER BY c.relname");
        break;
    case Engine::MySQL:
        sql = QStringLiteral("SELECT table_schema, table_name, table_type = 'VIEW', COALESCE(table_rows, -1) "
                             "FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY table_name");
        break;
    default: return Error::make(ErrorKind::InvalidInput, tr("Not a database connection."));
    }
    if (!q.exec(sql))
        return DatabaseSession::mapError(engine, q.lastError(), m_session.profile());
    QList<TableInfo> tables;
    while (q.next()) {
        TableInfo t;
        t.schema = q.value(0).toString();
        t.name = q.value(1).toString();
        t.view = q.value(2).toBool();
        t.rowCount = q.value(3).toLongLong();
        tables.append(t);
    }
    q.finish();
    for (TableInfo &t : tables) {
        const qint64 estimate = t.rowCount;
        t.rowCount = -1;
        if (!withCounts || t.view)
            continue;
        if (engine == Engine::PostgreSQL && estimate > estimateAbove) {
            t.rowCount = estimate;
            t.rowCountEstimated = true;
            continue;
        }
        auto count = exactCount(t.name);
        if (!count)
            return count.error();
        t.rowCount = *count;
    }
    return tables;
}

Result<TableInfo> SchemaReader::describe(const QString &table) const
{
    const Engine engine = m_session.engine();
    const QSqlDatabase db = m_session.db();
    auto fail = [&](const QSqlQuery &q) { return DatabaseSession::mapError(engine, q.lastError(), m_session.profile()); };
    TableInfo t;
    t.name = table;
    QSqlQuery q(db);
    q.setForwardOnly(true);

    if (engine == Engine::SQLite) {
        const QString quoted = m_session.quote(table);
        if (!q.exec(QStringLiteral("SELECT type FROM sqlite_master WHERE name = ") + QStringLiteral("'%1'").arg(QString(table).replace(u'\'', QLatin1String("''")))))
            return fail(q);
        if (!q.next())
            return Error::make(ErrorKind::NotFound, tr("No table named “%1”.").arg(table));
        t.view = q.value(0).toString() == QLatin1String("view");
        if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted)))
            return fail(q);
        QList<QPair<int, QString>> pk;
        while (q.next()) {
            ColumnInfo c;
            c.name = q.value(1).toString();
            c.type = q.value(2).toString();
            c.nullable = q.value(3).toInt() == 0;
            c.defaultValue = q.value(4).toString();
            const int pkPos = q.value(5).toInt();
            c.primaryKey = pkPos > 0;
            if (pkPos > 0)
                pk.append({pkPos, c.name});
            t.columns.append(c);
        }
        std::sort(pk.begin(), pk.end());
        for (const auto &p : pk)
            t.primaryKey.append(p.second);
        if (t.primaryKey.size() == 1) {
            for (ColumnInfo &c : t.columns)
                if (c.primaryKey && c.type.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0)
                    c.autoIncrement = true; // an INTEGER PRIMARY KEY is the rowid
        }
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted)))
            return fail(q);
        QMap<int, ForeignKeyInfo> fks;
        while (q.next()) {
            ForeignKeyInfo &fk = fks[q.value(0).toInt()];
            fk.referencedTable = q.value(2).toString();
            fk.columns.append(q.value(3).toString());
            fk.referencedColumns.append(q.value(4).toString());
        }
        for (auto it = fks.begin(); it != fks.end(); ++it) {
            it->name = QStringLiteral("fk_%1_%2").arg(table, it->columns.join(u'_'));
            t.foreignKeys.append(*it);
        }
        if (!q.exec(QStringLiteral("PRAGMA index_list(%1)").arg(quoted)))
            return fail(q);
        QList<IndexInfo> indexes;
        while (q.next()) {
            IndexInfo idx;
            idx.name = q.value(1).toString();
            idx.unique = q.value(2).toInt() != 0;
            idx.primary = q.value(3).toString() == QLatin1String("pk");
            indexes.append(idx);
        }
        for (IndexInfo &idx : indexes) {
            if (!q.exec(QStringLiteral("PRAGMA index_info(%1)").arg(m_session.quote(idx.name))))
                return fail(q);
            while (q.next())
                idx.columns.append(q.value(2).toString());
        }
        t.indexes = indexes;
        return t;
    }

    if (engine == Engine::PostgreSQL) {
        q.prepare(QStringLiteral("SELECT c.relkind IN ('v','m'), n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                 "WHERE c.relname = ? AND n.nspname = current_schema()"));
        q.addBindValue(table);
        if (!q.exec())
            return fail(q);
        if (!q.next())
            return Error::make(ErrorKind::NotFound, tr("No table named “%1”.").arg(table));
        t.view = q.value(0).toBool();
        t.schema = q.value(1).toString();
        const QString regclass = m_session.quote(t.schema) + u'.' + m_session.quote(table);
        q.prepare(QStringLiteral(
            "SELECT a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull, "
            "pg_get_expr(d.adbin, d.adrelid), a.attidentity <> '' OR COALESCE(pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%', false) "
            "FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
            "WHERE a.attrelid = ?::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum"));
        q.addBindValue(regclass);
        if (!q.exec())
            return fail(q);
        while (q.next()) {
            ColumnInfo c;
            c.name = q.value(0).toString();
            c.type = q.value(1).toString();
            c.nullable = q.value(2).toBool();
            c.defaultValue = q.value(3).toString();
            c.autoIncrement = q.value(4).toBool();
            t.columns.append(c);
        }
        q.prepare(QStringLiteral(
            "SELECT c.conname, c.contype, "
            "array_to_string(ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(n, o) "
            "  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.o), ','), "
            "CASE WHEN c.contype = 'f' THEN (SELECT relname FROM pg_class WHERE oid = c.confrelid) END, "
            "array_to_string(ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(n, o) "
            "  JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.o), ',') "
            "FROM pg_constraint c WHERE c.conrelid = ?::regclass AND c.contype IN ('p','f') ORDER BY c.conname"));
        q.addBindValue(regclass);
        if (!q.exec())
            return fail(q);
        while (q.next()) {
            if (q.value(1).toString() == QLatin1String("p")) {
                t.primaryKey = splitList(q.value(2));
            } else {
                t.foreignKeys.append({q.value(0).toString(), splitList(q.value(2)), q.value(3).toString(), splitList(q.value(4))});
            }
        }
        q.prepare(QStringLiteral(
            "SELECT i.relname, ix.indisunique, ix.indisprimary, "
            "array_to_string(ARRAY(SELECT pg_get_indexdef(ix.indexrelid, k, true) FROM generate_series(1, ix.indnkeyatts) k ORDER BY k), ',') "
            "FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid WHERE ix.indrelid = ?::regclass ORDER BY i.relname"));
        q.addBindValue(regclass);
        if (!q.exec())
            return fail(q);
        while (q.next())
            t.indexes.append({q.value(0).toString(), splitList(q.value(3)), q.value(1).toBool(), q.value(2).toBool()});
    } else if (engine == Engine::MySQL) {
        q.prepare(QStringLiteral("SELECT table_type = 'VIEW' FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = ?"));
        q.addBindValue(table);
        if (!q.exec())
            return fail(q);
        if (!q.next())
            return Error::make(ErrorKind::NotFound, tr("No table named “%1”.").arg(table));
        t.view = q.value(0).toBool();
        q.prepare(QStringLiteral("SELECT column_name, column_type, is_nullable = 'YES', column_default, column_key = 'PRI', "
                                 "extra LIKE '%auto_increment%' FROM information_schema.columns "
                                 "WHERE table_schema = DATABASE() AND table_name = ? ORDER BY ordinal_position"));
        q.addBindValue(table);
        if (!q.exec())
            return fail(q);
        while (q.next()) {
            ColumnInfo c;
            c.name = q.value(0).toString();
            c.type = q.value(1).toString();
            c.nullable = q.value(2).toBool();
            c.defaultValue = q.value(3).isNull() ? QString() : q.value(3).toString();
            c.autoIncrement = q.value(5).toBool();
            t.columns.append(c);
        }
        q.prepare(QStringLiteral("SELECT index_name, non_unique = 0, column_name FROM information_schema.statistics "
                                 "WHERE table_schema = DATABASE() AND table_name = ? ORDER BY index_name, seq_in_index"));
        q.addBindValue(table);
        if (!q.exec())
            return fail(q);
        while (q.next()) {
            const QString name = q.value(0).toString();
            if (t.indexes.isEmpty() || t.indexes.last().name != name)
                t.indexes.append({name, {}, q.value(1).toBool(), name == QLatin1String("PRIMARY")});
            t.indexes.last().columns.append(q.value(2).toString());
        }
        for (const IndexInfo &idx : std::as_const(t.indexes))
            if (idx.primary)
                t.primaryKey = idx.columns;
        q.prepare(QStringLiteral("SELECT constraint_name, column_name, referenced_table_name, referenced_column_name "
                                 "FROM information_schema.key_column_usage WHERE table_schema = DATABASE() AND table_name = ? "
                                 "AND referenced_table_name IS NOT NULL ORDER BY constraint_name, ordinal_position"));
        q.addBindValue(table);
        if (!q.exec())
            return fail(q);
        while (q.next()) {
            const QString name = q.value(0).toString();
            if (t.foreignKeys.isEmpty() || t.foreignKeys.last().name != name)
                t.foreignKeys.append({name, {}, q.value(2).toString(), {}});
            t.foreignKeys.last().columns.append(q.value(1).toString());
            t.foreignKeys.last().referencedColumns.append(q.value(3).toString());
        }
    } else {
        return Error::make(ErrorKind::InvalidInput, tr("Not a database connection."));
    }
    for (ColumnInfo &c : t.columns)
        c.primaryKey = t.primaryKey.contains(c.name);
    return t;
}

Result<SchemaMarkers> SchemaReader::markers() const
{
    SchemaMarkers m;
    const QStringList tables = m_session.db().tables(QSql::Tables);
    auto hasTable = [&tables](const QString &name) {
        return std::any_of(tables.begin(), tables.end(), [&name](const QString &t) {
            return t.compare(name, Qt::CaseInsensitive) == 0 || t.endsWith(u'.' + name, Qt::CaseInsensitive);
        });
    };
    QSqlQuery q(m_session.db());
    q.setForwardOnly(true);
    if (hasTable(QStringLiteral("alembic_version"))) {
        m.hasAlembic = true;
        if (!q.exec(QStringLiteral("SELECT version_num FROM alembic_version ORDER BY version_num")))
            return DatabaseSession::mapError(m_session.engine(), q.lastError(), m_session.profile());
        while (q.next())
            m.alembicVersions.append(q.value(0).toString());
    }
    if (hasTable(QStringLiteral("django_migrations"))) {
        m.hasDjango = true;
        if (!q.exec(QStringLiteral("SELECT d.app, d.name FROM django_migrations d WHERE d.id = "
                                   "(SELECT MAX(e.id) FROM django_migrations e WHERE e.app = d.app) ORDER BY d.app")))
            return DatabaseSession::mapError(m_session.engine(), q.lastError(), m_session.profile());
        while (q.next())
            m.djangoLatest.append({q.value(0).toString(), q.value(1).toString()});
        auto count = m_session.scalar(QStringLiteral("SELECT COUNT(*) FROM django_migrations"));
        if (count)
            m.djangoMigrationCount = count->toInt();
    }
    return m;
}

Result<SchemaSummary> SchemaReader::summary(bool withCounts) const
{
    auto tables = listTables(withCounts);
    if (!tables)
        return tables.error();
    auto m = markers();
    if (!m)
        return m.error();
    return SchemaSummary{tables.take(), m.take()};
}

} // namespace Godwit
