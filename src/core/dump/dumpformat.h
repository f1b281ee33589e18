// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Godwit dump format (docs/dump-format.md): a folder (or an archive of one) with manifest.json and the
// rows of each table as JSON Lines chunks under data/. Values are typed by the column's portable type, so a
// dump written from one engine loads into another without losing NULLs, exact decimals, 64-bit integers,
// binary data, time zones or non-BMP text.

#include "connections/connectionprofile.h"
#include "db/schema.h"
#include "global/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QStringList>

namespace Godwit::Dump {

inline constexpr int FormatVersion = 1;
inline constexpr auto ManifestName = "manifest.json";
inline constexpr auto FormatName = "godwit-dump";

// The portable type of a column: how its values are written in a dump, compared and mapped between engines.
enum class ValueType {
    Integer,
    Decimal,
    Float,
    Boolean,
    Text,
    Binary,
    Date,
    Time,
    Timestamp,   // without time zone
    TimestampTz, // an instant; written in UTC with "+00:00"
    Json,
    Uuid,
};

QString valueTypeKey(ValueType type);
ValueType valueTypeFromKey(const QString &key, bool *ok = nullptr);
// The portable type of an engine's column type ("character varying(100)", "tinyint(1)", "datetime", ...).
ValueType classifyType(Engine engine, const QString &engineType);

struct DumpColumn
{
    QString name;
    QString engineType; // as the source engine spells it
    ValueType type = ValueType::Text;
    bool nullable = true;
    QString defaultValue;
    bool autoIncrement = false;
    int length = -1;    // character length, -1 for none
    int precision = -1; // decimals
    int scale = -1;
};

// Fills length, precision and scale from the engine type ("varchar(100)", "numeric(19,6)").
void parseTypeSize(DumpColumn &column);

struct DumpChunk
{
    QString path;   // relative to the dump's root, e.g. "data/part_part/000001.jsonl"
    qint64 rows = 0;
    qint64 bytes = 0;
    QString sha256; // hex
};

struct DumpTable
{
    QString name;
    QList<DumpColumn> columns;
    QStringList primaryKey;
    QList<ForeignKeyInfo> foreignKeys;
    QList<IndexInfo> indexes;
    qint64 rows = 0;
    QString checksum; // order-independent content checksum (see rowDigest), comparable with db compare
    QList<DumpChunk> chunks;

    int columnIndex(const QString &column) const;
};

struct DumpMedia
{
    QString path; // relative to media/
    qint64 bytes = 0;
    QString sha256;
};

struct Manifest
{
    int formatVersion = FormatVersion;
    QString tool;          // "Godwit 0.1.0"
    QString sourceEngine;  // "PostgreSQL"
    QString sourceVersion; // "15.18"
    QString sourceName;    // database name or file, no secrets
    QDateTime created;
    int chunkRows = 1000;
    QList<DumpTable> tables;
    SchemaMarkers markers;
    QList<DumpMedia> media;

    int tableIndex(const QString &table) const;
    qint64 totalRows() const;
    QJsonObject toJson() const;
    static Result<Manifest> fromJson(const QJsonObject &object);
};

} // namespace Godwit::Dump

Q_DECLARE_METATYPE(Godwit::Dump::Manifest)
