// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "global/result.h"

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QStringList>

namespace Godwit {

class DatabaseSession;

struct ColumnInfo
{
    QString name;
    QString type;          // as the engine spells it: "character varying(100)", "int(11)", "INTEGER"
    bool nullable = true;
    QString defaultValue;  // SQL expression, empty for none
    bool primaryKey = false;
    bool autoIncrement = false;
};

struct ForeignKeyInfo
{
    QString name;
    QStringList columns;
    QString referencedTable;
    QStringList referencedColumns;
};

struct IndexInfo
{
    QString name;
    QStringList columns;
    bool unique = false;
    bool primary = false;
};

struct TableInfo
{
    QString schema;
    QString name;
    bool view = false;
    qint64 rowCount = -1; // -1: not counted
    bool rowCountEstimated = false;
    QList<ColumnInfo> columns;
    QStringList primaryKey;
    QList<ForeignKeyInfo> foreignKeys;
    QList<IndexInfo> indexes;
};

// Schema-version markers that tell which application state a database is at.
struct SchemaMarkers
{
    QStringList alembicVersions;                 // rows of alembic_version
    QList<QPair<QString, QString>> djangoLatest; // app → latest applied migration
    int djangoMigrationCount = 0;
    bool hasAlembic = false;
    bool hasDjango = false;
};

struct SchemaSummary
{
    QList<TableInfo> tables; // tables and views, names and row counts only
    SchemaMarkers markers;
};

// Reads the structure of a database through an open session (same thread).
class SchemaReader
{
public:
    explicit SchemaReader(const DatabaseSession &session) : m_session(session) {}

    // Tables and views of the default schema; with counts, exact row counts for tables (estimates above
    // estimateAbove rows on PostgreSQL, where an exact count means a full scan).
    Result<QList<TableInfo>> listTables(bool withCounts, qint64 estimateAbove = 5'000'000) const;
    // Columns, keys, foreign keys and indexes of one table.
    Result<TableInfo> describe(const QString &table) const;
    Result<SchemaMarkers> markers() const;
    Result<SchemaSummary> summary(bool withCounts) const;

private:
    Result<qint64> exactCount(const QString &table) const;
    const DatabaseSession &m_session;
};

} // namespace Godwit

Q_DECLARE_METATYPE(Godwit::TableInfo)
Q_DECLARE_METATYPE(Godwit::SchemaSummary)
