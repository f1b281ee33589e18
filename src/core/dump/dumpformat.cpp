// SPDX-License-Identifier: GPL-3.0-or-later
#include "dumpformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace Godwit::Dump {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("Godwit::Dump", text); }

struct TypeKey
{
    ValueType type;
    const char *key;
};

constexpr TypeKey typeKeys[] = {
    {ValueType::Integer, "integer"}, {ValueType::Decimal, "decimal"},   {ValueType::Float, "float"},
    {ValueType::Boolean, "boolean"}, {ValueType::Text, "text"},         {ValueType::Binary, "binary"},
    {ValueType::Date, "date"},       {ValueType::Time, "time"},         {ValueType::Timestamp, "timestamp"},
    {ValueType::TimestampTz, "timestamptz"}, {ValueType::Json, "json"}, {ValueType::Uuid, "uuid"},
};

QJsonArray stringArray(const QStringList &list) { return QJsonArray::fromStringList(list); }

QStringList toStringList(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray array = v.toArray();
    for (const QJsonValue &item : array)
        out.append(item.toString());
    return out;
}

} // namespace

QString valueTypeKey(ValueType type)
{
    for (const TypeKey &k : typeKeys)
        if (k.type == type)
            return QLatin1String(k.key);
    return QStringLiteral("text");
}

ValueType valueTypeFromKey(const QString &key, bool *ok)
{
    for (const TypeKey &k : typeKeys) {
        if (key == QLatin1String(k.key)) {
            if (ok)
                *ok = true;
            return k.type;
        }
    }
    if (ok)
        *ok = false;
    return ValueType::Text;
}

ValueType classifyType(Engine engine, const QString &engineType)
{
    const QString t = engineType.trimmed().toLower();
    auto starts = [&t](const char *p) { return t.startsWith(QLatin1String(p)); };
    auto has = [&t](const char *p) { return t.contains(QLatin1String(p)); };
    if (engine == Engine::MySQL && (starts("tinyint(1)") || t == QLatin1String("bool") || t == QLatin1String("boolean")))
        return ValueType::Boolean;
    if (starts("bool"))
        return ValueType::Boolean;
    if (t == QLatin1String("bit") || t == QLatin1String("bit(1)"))
        return ValueType::Boolean;
    if (starts("timestamp with time zone") || starts("timestamptz"))
        return ValueType::TimestampTz;
    if (engine == Engine::MySQL && starts("timestamp"))
        return ValueType::TimestampTz; // stored in UTC, read with the session in UTC
    if (starts("timestamp") || starts("datetime"))
        return ValueType::Timestamp;
    if (t == QLatin1String("date"))
        return ValueType::Date;
    if (starts("time"))
        return ValueType::Time;
    if (starts("interval"))
        return ValueType::Text;
    if (has("int") && !has("interval") && !has("point"))
        return ValueType::Integer;
    if (starts("serial") || starts("bigserial") || starts("smallserial"))
        return ValueType::Integer;
    if (starts("numeric") || starts("decimal") || starts("money") || starts("number"))
        return ValueType::Decimal;
    if (starts("real") || starts("double") || starts("float"))
        return ValueType::Float;
    if (starts("json"))
        return ValueType::Json;
    if (t == QLatin1String("uuid"))
        return ValueType::Uuid;
    if (starts("bytea") || has("blob") || starts("binary") || starts("varbinary"))
        return ValueType::Binary;
    if (engine == Engine::SQLite && t.isEmpty())
        return ValueType::Text;
    return ValueType::Text;
}

void parseTypeSize(DumpColumn &c)
{
    static const QRegularExpression re(QStringLiteral("\\((\\d+)(?:\\s*,\\s*(\\d+))?\\)"));
    const auto m = re.match(c.engineType);
    if (!m.hasMatch())
        return;
    if (c.type == ValueType::Decimal) {
        c.precision = m.captured(1).toInt();
        c.scale = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    } else if (c.type == ValueType::Text) {
        c.length = m.captured(1).toInt();
    }
}

int DumpTable::columnIndex(const QString &column) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns.at(i).name == column)
            return i;
    return -1;
}

int Manifest::tableIndex(const QString &table) const
{
    for (int i = 0; i < tables.size(); ++i)
        if (tables.at(i).name == table)
            return i;
    return -1;
}

qint64 Manifest::totalRows() const
{
    qint64 n = 0;
    for (const DumpTable &t : tables)
        n += t.rows;
    return n;
}

QJsonObject Manifest::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("format")] = QLatin1String(FormatName);
    o[QStringLiteral("format_version")] = formatVersion;
    o[QStringLiteral("tool")] = tool;
    o[QStringLiteral("created")] = created.toUTC().toString(Qt::ISODateWithMs);
    o[QStringLiteral("chunk_rows")] = chunkRows;
    o[QStringLiteral("source")] = QJsonObject{{QStringLiteral("engine"), sourceEngine},
                                              {QStringLiteral("version"), sourceVersion},
                                              {QStringLiteral("database"), sourceName}};
    QJsonObject mk;
    if (markers.hasAlembic)
        mk[QStringLiteral("alembic_version")] = stringArray(markers.alembicVersions);
    if (markers.hasDjango) {
        QJsonObject dj;
        for (const auto &[app, name] : markers.djangoLatest)
            dj[app] = name;
        mk[QStringLiteral("django_migrations")] = dj;
        mk[QStringLiteral("django_migration_count")] = markers.djangoMigrationCount;
    }
    o[QStringLiteral("markers")] = mk;
    QJsonArray tablesJson;
    for (const DumpTable &t : tables) {
        QJsonObject tj;
        tj[QStringLiteral("name")] = t.name;
        tj[QStringLiteral("rows")] = t.rows;
        tj[QStringLiteral("checksum")] = t.checksum;
        QJsonArray cols;
        for (const DumpColumn &c : t.columns) {
            QJsonObject cj{{QStringLiteral("name"), c.name},
                           {QStringLiteral("type"), valueTypeKey(c.type)},
                           {QStringLiteral("engine_type"), c.engineType},
                           {QStringLiteral("nullable"), c.nullable}};
            if (!c.defaultValue.isEmpty())
                cj[QStringLiteral("default")] = c.defaultValue;
            if (c.autoIncrement)
                cj[QStringLiteral("auto_increment")] = true;
            if (c.length >= 0)
                cj[QStringLiteral("length")] = c.length;
            if (c.precision >= 0)
                cj[QStringLiteral("precision")] = c.precision;
            if (c.scale >= 0)
                cj[QStringLiteral("scale")] = c.scale;
            cols.append(cj);
        }
        tj[QStringLiteral("columns")] = cols;
        tj[QStringLiteral("primary_key")] = stringArray(t.primaryKey);
        QJsonArray fks;
        for (const ForeignKeyInfo &fk : t.foreignKeys)
            fks.append(QJsonObject{{QStringLiteral("name"), fk.name},
                                   {QStringLiteral("columns"), stringArray(fk.columns)},
                                   {QStringLiteral("references"), fk.referencedTable},
                                   {QStringLiteral("referenced_columns"), stringArray(fk.referencedColumns)}});
        tj[QStringLiteral("foreign_keys")] = fks;
        QJsonArray idx;
        for (const IndexInfo &i : t.indexes)
            if (!i.primary)
                idx.append(QJsonObject{{QStringLiteral("name"), i.name},
                                       {QStringLiteral("columns"), stringArray(i.columns)},
                                       {QStringLiteral("unique"), i.unique}});
        tj[QStringLiteral("indexes")] = idx;
        QJsonArray chunks;
        for (const DumpChunk &c : t.chunks)
            chunks.append(QJsonObject{{QStringLiteral("path"), c.path},
                                      {QStringLiteral("rows"), c.rows},
                                      {QStringLiteral("bytes"), c.bytes},
                                      {QStringLiteral("sha256"), c.sha256}});
        tj[QStringLiteral("chunks")] = chunks;
        tablesJson.append(tj);
    }
    o[QStringLiteral("tables")] = tablesJson;
    if (!media.isEmpty()) {
        QJsonArray mj;
        for (const DumpMedia &m : media)
            mj.append(QJsonObject{{QStringLiteral("path"), m.path}, {QStringLiteral("bytes"), m.bytes},
                                  {QStringLiteral("sha256"), m.sha256}});
        o[QStringLiteral("media")] = mj;
    }
    return o;
}

Result<Manifest> Manifest::fromJson(const QJsonObject &o)
{
    auto bad = [](const QString &what) {
        return Error::make(ErrorKind::InvalidInput, tr("The dump's manifest is damaged: %1.").arg(what));
    };
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(FormatName))
        return Error::make(ErrorKind::InvalidInput, tr("This is not a Godwit dump (its manifest names no “godwit-dump” format)."));
    Manifest m;
    m.formatVersion = o.value(QStringLiteral("format_version")).toInt(-1);
    if (m.formatVersion < 1)
        return bad(tr("no format version"));
    if (m.formatVersion > FormatVersion)
        return Error::make(ErrorKind::InvalidInput,
                           tr("This dump has format version %1; this Godwit reads up to version %2. Update Godwit to read it.")
                               .arg(m.formatVersion).arg(FormatVersion));
    m.tool = o.value(QStringLiteral("tool")).toString();
    m.created = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODateWithMs);
    m.chunkRows = o.value(QStringLiteral("chunk_rows")).toInt(1000);
    const QJsonObject src = o.value(QStringLiteral("source")).toObject();
    m.sourceEngine = src.value(QStringLiteral("engine")).toString();
    m.sourceVersion = src.value(QStringLiteral("version")).toString();
    m.sourceName = src.value(QStringLiteral("database")).toString();
    const QJsonObject mk = o.value(QStringLiteral("markers")).toObject();
    if (mk.contains(QStringLiteral("alembic_version"))) {
        m.markers.hasAlembic = true;
        m.markers.alembicVersions = toStringList(mk.value(QStringLiteral("alembic_version")));
    }
    if (mk.contains(QStringLiteral("django_migrations"))) {
        m.markers.hasDjango = true;
        const QJsonObject dj = mk.value(QStringLiteral("django_migrations")).toObject();
        for (auto it = dj.begin(); it != dj.end(); ++it)
            m.markers.djangoLatest.append({it.key(), it.value().toString()});
        m.markers.djangoMigrationCount = mk.value(QStringLiteral("django_migration_count")).toInt();
    }
    if (!o.value(QStringLiteral("tables")).isArray())
        return bad(tr("no table list"));
    static const QRegularExpression safePath(QStringLiteral("^data/[^/]+/[0-9]+\\.jsonl$"));
    const QJsonArray tables = o.value(QStringLiteral("tables")).toArray();
    for (const QJsonValue &tv : tables) {
        const QJsonObject tj = tv.toObject();
        DumpTable t;
        t.name = tj.value(QStringLiteral("name")).toString();
        if (t.name.isEmpty())
            return bad(tr("a table without a name"));
        if (m.tableIndex(t.name) >= 0)
            return bad(tr("the table “%1” is listed twice").arg(t.name));
        t.rows = qint64(tj.value(QStringLiteral("rows")).toDouble(-1));
        t.checksum = tj.value(QStringLiteral("checksum")).toString();
        const QJsonArray cols = tj.value(QStringLiteral("columns")).toArray();
        if (cols.isEmpty())
            return bad(tr("the table “%1” has no columns").arg(t.name));
        for (const QJsonValue &cv : cols) {
            const QJsonObject cj = cv.toObject();
            DumpColumn c;
            c.name = cj.value(QStringLiteral("name")).toString();
            bool ok = false;
            c.type = valueTypeFromKey(cj.value(QStringLiteral("type")).toString(), &ok);
            if (c.name.isEmpty() || !ok)
                return bad(tr("a column of “%1” has no name or an unknown type").arg(t.name));
            c.engineType = cj.value(QStringLiteral("engine_type")).toString();
            c.nullable = cj.value(QStringLiteral("nullable")).toBool(true);
            c.defaultValue = cj.value(QStringLiteral("default")).toString();
            c.autoIncrement = cj.value(QStringLiteral("auto_increment")).toBool();
            c.length = cj.value(QStringLiteral("length")).toInt(-1);
            c.precision = cj.value(QStringLiteral("precision")).toInt(-1);
            c.scale = cj.value(QStringLiteral("scale")).toInt(-1);
            t.columns.append(c);
        }
        t.primaryKey = toStringList(tj.value(QStringLiteral("primary_key")));
        for (const QJsonValue &fv : tj.value(QStringLiteral("foreign_keys")).toArray()) {
            const QJsonObject fj = fv.toObject();
            t.foreignKeys.append({fj.value(QStringLiteral("name")).toString(), toStringList(fj.value(QStringLiteral("columns"))),
                                  fj.value(QStringLiteral("references")).toString(),
                                  toStringList(fj.value(QStringLiteral("referenced_columns")))});
        }
        for (const QJsonValue &iv : tj.value(QStringLiteral("indexes")).toArray()) {
            const QJsonObject ij = iv.toObject();
            t.indexes.append({ij.value(QStringLiteral("name")).toString(), toStringList(ij.value(QStringLiteral("columns"))),
                              ij.value(QStringLiteral("unique")).toBool(), false});
        }
        qint64 chunkRows = 0;
        for (const QJsonValue &chv : tj.value(QStringLiteral("chunks")).toArray()) {
            const QJsonObject cj = chv.toObject();
            DumpChunk c;
            c.path = cj.value(QStringLiteral("path")).toString();
            c.rows = qint64(cj.value(QStringLiteral("rows")).toDouble(-1));
            c.bytes = qint64(cj.value(QStringLiteral("bytes")).toDouble(-1));
            c.sha256 = cj.value(QStringLiteral("sha256")).toString();
            // Paths stay inside the dump: a manifest must not make Godwit read /etc/passwd.
            if (!safePath.match(c.path).hasMatch() || c.path.contains(QLatin1String("..")))
                return bad(tr("the chunk path “%1” of “%2” is not a dump path").arg(c.path, t.name));
            if (c.rows < 0 || c.bytes < 0 || c.sha256.size() != 64)
                return bad(tr("a chunk of “%1” has no row count, size or SHA-256").arg(t.name));
            chunkRows += c.rows;
            t.chunks.append(c);
        }
        if (t.rows != chunkRows)
            return bad(tr("the table “%1” says %2 rows but its chunks hold %3").arg(t.name).arg(t.rows).arg(chunkRows));
        m.tables.append(t);
    }
    for (const QJsonValue &mv : o.value(QStringLiteral("media")).toArray()) {
        const QJsonObject mj = mv.toObject();
        DumpMedia md{mj.value(QStringLiteral("path")).toString(), qint64(mj.value(QStringLiteral("bytes")).toDouble(-1)),
                     mj.value(QStringLiteral("sha256")).toString()};
        if (md.path.isEmpty() || md.path.startsWith(u'/') || md.path.split(u'/').contains(QStringLiteral("..")))
            return bad(tr("the media path “%1” leaves the dump").arg(md.path));
        m.media.append(md);
    }
    return m;
}

} // namespace Godwit::Dump
