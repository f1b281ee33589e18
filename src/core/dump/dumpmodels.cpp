// SPDX-License-Identifier: GPL-3.0-or-later
#include "dumpmodels.h"

#include "archive/archive.h"
#include "jobs/jobmanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

namespace Godwit::Dump {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("Godwit::DumpModels", text); }

constexpr int CachedChunks = 8;

QString humanSize(qint64 bytes) { return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat); }

} // namespace

QList<DumpEntry> scanFolders(const QList<QPair<QString, QString>> &folders, JobContext *job)
{
    QList<DumpEntry> out;
    for (const auto &[folder, label] : folders) {
        const QDir dir(folder);
        const QFileInfoList items = dir.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &fi : items) {
            if (job && job->isCanceled())
                return out;
            DumpEntry e;
            e.path = fi.absoluteFilePath();
            e.location = label;
            e.modified = fi.lastModified();
            if (fi.isDir()) {
                if (!QFileInfo::exists(dir.filePath(fi.fileName() + u'/' + QLatin1String(ManifestName))))
                    continue;
                e.kind = DumpEntry::GodwitFolder;
            } else if (Archive::formatForPath(fi.fileName()) != Archive::Format::None) {
                e.kind = DumpEntry::GodwitArchive;
                e.size = fi.size();
            } else if (fi.suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0) {
                e.kind = DumpEntry::DjangoFixture;
                e.size = fi.size();
                out.append(e);
                continue;
            } else {
                continue;
            }
            auto m = readManifest(e.path);
            if (m) {
                e.manifest = m.take();
                if (e.kind == DumpEntry::GodwitFolder)
                    for (const DumpTable &t : e.manifest.tables)
                        for (const DumpChunk &c : t.chunks)
                            e.size += c.bytes;
            } else {
                e.error = m.errorMessage();
                e.verify = DumpEntry::Damaged;
                e.verifyMessage = e.error;
            }
            out.append(e);
        }
    }
    return out;
}

// ---------------------------------------------------------------------------------------------------------

DumpListModel::DumpListModel(QObject *parent) : QAbstractTableModel(parent) {}

int DumpListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_entries.size()); }
int DumpListModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

void DumpListModel::setEntries(const QList<DumpEntry> &entries)
{
    QHash<QString, QPair<DumpEntry::VerifyState, QString>> known;
    for (const DumpEntry &e : std::as_const(m_entries))
        if (e.verify == DumpEntry::Verified || (e.verify == DumpEntry::Damaged && e.error.isEmpty()))
            known.insert(e.path + u'|' + e.modified.toString(Qt::ISODateWithMs), {e.verify, e.verifyMessage});
    beginResetModel();
    m_entries = entries;
    for (DumpEntry &e : m_entries) {
        const auto it = known.constFind(e.path + u'|' + e.modified.toString(Qt::ISODateWithMs));
        if (it != known.constEnd() && e.error.isEmpty()) {
            e.verify = it->first;
            e.verifyMessage = it->second;
        }
    }
    endResetModel();
}

void DumpListModel::setVerifyState(const QString &path, DumpEntry::VerifyState state, const QString &message)
{
    const int row = rowOf(path);
    if (row < 0)
        return;
    m_entries[row].verify = state;
    m_entries[row].verifyMessage = message;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const DumpEntry *DumpListModel::entry(int row) const { return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr; }

int DumpListModel::rowOf(const QString &path) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).path == path)
            return i;
    return -1;
}

QVariant DumpListModel::data(const QModelIndex &index, int role) const
{
    const DumpEntry *e = index.isValid() ? entry(index.row()) : nullptr;
    if (!e)
        return {};
    const Manifest &m = e->manifest;
    const bool godwit = e->kind != DumpEntry::DjangoFixture && e->error.isEmpty();
    switch (role) {
    case PathRole: return e->path;
    case KindRole: return int(e->kind);
    case VerifyStateRole: return int(e->verify);
    case ErrorRole: return e->error;
    case LocationRole: return e->location;
    case Qt::ToolTipRole:
        if (!e->error.isEmpty())
            return e->error;
        if (index.column() == VerifiedColumn && !e->verifyMessage.isEmpty())
            return e->verifyMessage;
        return e->path;
    case SortRole:
        switch (index.column()) {
        case CreatedColumn: return godwit ? QVariant(m.created) : QVariant(e->modified);
        case TablesColumn: return godwit ? int(m.tables.size()) : -1;
        case RowsColumn: return godwit ? m.totalRows() : qint64(-1);
        case SizeColumn: return e->size;
        case VerifiedColumn: return int(e->verify);
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == TablesColumn || index.column() == RowsColumn || index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return QFileInfo(e->path).fileName();
        case SourceColumn:
            if (e->kind == DumpEntry::DjangoFixture)
                return tr("Django fixture");
            if (!godwit)
                return tr("unreadable");
            return QStringLiteral("%1 %2 · %3").arg(m.sourceEngine, m.sourceVersion, m.sourceName);
        case CreatedColumn:
            return QLocale().toString((godwit ? m.created : e->modified).toLocalTime(), QLocale::ShortFormat);
        case TablesColumn: return godwit ? QVariant(QLocale().toString(qlonglong(m.tables.size()))) : QVariant();
        case RowsColumn: return godwit ? QVariant(QLocale().toString(m.totalRows())) : QVariant();
        case SizeColumn: return humanSize(e->size);
        case VerifiedColumn:
            switch (e->verify) {
            case DumpEntry::NotVerified: return e->kind == DumpEntry::DjangoFixture ? tr("no checksums") : tr("not verified");
            case DumpEntry::Verifying: return tr("verifying…");
            case DumpEntry::Verified: return tr("verified");
            case DumpEntry::Damaged: return tr("damaged");
            }
        }
        return {};
    }
    return {};
}

QVariant DumpListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Dump");
    case SourceColumn: return tr("Source");
    case CreatedColumn: return tr("Created");
    case TablesColumn: return tr("Tables");
    case RowsColumn: return tr("Rows");
    case SizeColumn: return tr("Size");
    case VerifiedColumn: return tr("Checksums");
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------------

DumpTablesModel::DumpTablesModel(QObject *parent) : QAbstractTableModel(parent) {}

void DumpTablesModel::setManifest(const Manifest &manifest)
{
    beginResetModel();
    m_manifest = manifest;
    endResetModel();
}

int DumpTablesModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_manifest.tables.size()); }
int DumpTablesModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant DumpTablesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_manifest.tables.size())
        return {};
    const DumpTable &t = m_manifest.tables.at(index.row());
    switch (role) {
    case TableIndexRole: return index.row();
    case SortRole:
        switch (index.column()) {
        case RowsColumn: return t.rows;
        case ColumnsColumn: return int(t.columns.size());
        case ChunksColumn: return int(t.chunks.size());
        default: return t.name;
        }
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case Qt::ToolTipRole: {
        QStringList cols;
        for (const DumpColumn &c : t.columns)
            cols.append(QStringLiteral("%1 %2 (%3)").arg(c.name, c.engineType, valueTypeKey(c.type)));
        return cols.join(u'\n');
    }
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return t.name;
        case RowsColumn: return QLocale().toString(t.rows);
        case ColumnsColumn: return QLocale().toString(qlonglong(t.columns.size()));
        case ChunksColumn: return QLocale().toString(qlonglong(t.chunks.size()));
        }
    }
    return {};
}

QVariant DumpTablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Table");
    case RowsColumn: return tr("Rows");
    case ColumnsColumn: return tr("Columns");
    case ChunksColumn: return tr("Chunks");
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------------

QString formatCell(const Cell &cell, ValueType type)
{
    switch (cell.kind) {
    case Cell::Null: return QStringLiteral("NULL");
    case Cell::Bool: return cell.boolean ? QStringLiteral("true") : QStringLiteral("false");
    case Cell::Int:
    case Cell::Double: return cell.text;
    case Cell::String:
        if (type == ValueType::Binary) {
            const QByteArray bytes = QByteArray::fromBase64(cell.text.toLatin1());
            return tr("%1 bytes: %2").arg(bytes.size()).arg(QString::fromLatin1(bytes.left(24).toHex(' '))) + (bytes.size() > 24 ? QStringLiteral(" …") : QString());
        }
        return cell.text;
    }
    return {};
}

DumpRowsModel::DumpRowsModel(QObject *parent) : QAbstractTableModel(parent) {}

void DumpRowsModel::setTable(std::shared_ptr<const DumpSource> source, int tableIndex)
{
    beginResetModel();
    m_source = std::move(source);
    m_table = m_source && tableIndex >= 0 && tableIndex < m_source->manifest().tables.size() ? tableIndex : -1;
    m_cache.clear();
    m_starts.clear();
    m_error.clear();
    if (const DumpTable *t = table()) {
        qint64 start = 0;
        for (const DumpChunk &c : t->chunks) {
            m_starts.append(start);
            start += c.rows;
        }
    }
    endResetModel();
}

void DumpRowsModel::clear() { setTable(nullptr, -1); }

const DumpTable *DumpRowsModel::table() const { return m_table >= 0 ? &m_source->manifest().tables.at(m_table) : nullptr; }

int DumpRowsModel::rowCount(const QModelIndex &parent) const
{
    const DumpTable *t = table();
    return parent.isValid() || !t ? 0 : int(std::min<qint64>(t->rows, std::numeric_limits<int>::max()));
}

int DumpRowsModel::columnCount(const QModelIndex &parent) const
{
    const DumpTable *t = table();
    return parent.isValid() || !t ? 0 : int(t->columns.size());
}

const Row *DumpRowsModel::rowAt(int row) const
{
    const DumpTable *t = table();
    if (!t || row < 0)
        return nullptr;
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), qint64(row));
    const int chunk = int(it - m_starts.begin()) - 1;
    if (chunk < 0)
        return nullptr;
    const int offset = int(row - m_starts.at(chunk));
    for (auto c = m_cache.begin(); c != m_cache.end(); ++c) {
        if (c->index == chunk) {
            m_cache.splice(m_cache.begin(), m_cache, c);
            return offset < m_cache.front().rows.size() ? &m_cache.front().rows.at(offset) : nullptr;
        }
    }
    // Read the chunk: one file, about a thousand lines.
    Chunk loaded;
    loaded.index = chunk;
    DumpTable single = *t;
    single.chunks = {t->chunks.at(chunk)};
    TableReader reader(*m_source, single);
    Row r;
    while (reader.next(r))
        loaded.rows.append(r);
    if (!reader.error().isEmpty())
        m_error = reader.error();
    ++m_loads;
    m_cache.push_front(std::move(loaded));
    if (m_cache.size() > CachedChunks)
        m_cache.pop_back();
    return offset < m_cache.front().rows.size() ? &m_cache.front().rows.at(offset) : nullptr;
}

QVariant DumpRowsModel::data(const QModelIndex &index, int role) const
{
    const DumpTable *t = table();
    if (!t || !index.isValid())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != RawRole && role != IsNullRole && role != Qt::ForegroundRole)
        return {};
    const Row *r = rowAt(index.row());
    if (!r || index.column() >= r->size())
        return role == Qt::DisplayRole ? QVariant(tr("(unreadable)")) : QVariant();
    const Cell &c = r->at(index.column());
    switch (role) {
    case IsNullRole: return c.kind == Cell::Null;
    case RawRole: return c.kind == Cell::Null ? QVariant() : QVariant(c.kind == Cell::Bool ? (c.boolean ? QStringLiteral("true") : QStringLiteral("false")) : c.text);
    case Qt::ToolTipRole: return formatCell(c, t->columns.at(index.column()).type).left(2000);
    case Qt::DisplayRole: {
        QString s = formatCell(c, t->columns.at(index.column()).type);
        if (s.size() > 200)
            s = s.left(200) + QStringLiteral("…");
        return s.replace(u'\n', u'↵');
    }
    }
    return {};
}

QVariant DumpRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const DumpTable *t = table();
    if (!t || (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != IsKeyRole))
        return {};
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= t->columns.size())
        return {};
    const DumpColumn &c = t->columns.at(section);
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1 %2 (%3)%4").arg(c.name, c.engineType, valueTypeKey(c.type),
                                                   t->primaryKey.contains(c.name) ? tr(", primary key") : QString());
    if (role == IsKeyRole)
        return t->primaryKey.contains(c.name);
    return c.name;
}

QString DumpRowsModel::rowJson(int row) const
{
    const DumpTable *t = table();
    const Row *r = rowAt(row);
    if (!t || !r)
        return {};
    QByteArray json("{\n");
    for (int i = 0; i < t->columns.size() && i < r->size(); ++i) {
        json.append("  ");
        appendJsonString(json, t->columns.at(i).name);
        json.append(": ");
        const Cell &c = r->at(i);
        switch (c.kind) {
        case Cell::Null: json.append("null"); break;
        case Cell::Bool: json.append(c.boolean ? "true" : "false"); break;
        case Cell::Int:
        case Cell::Double: json.append(c.text.toLatin1()); break;
        case Cell::String:
            if (t->columns.at(i).type == ValueType::Json && !QJsonDocument::fromJson(c.text.toUtf8()).isNull())
                json.append(QJsonDocument::fromJson(c.text.toUtf8()).toJson(QJsonDocument::Compact));
            else
                appendJsonString(json, c.text);
            break;
        }
        json.append(i + 1 < t->columns.size() ? ",\n" : "\n");
    }
    json.append("}");
    return QString::fromUtf8(json);
}

int DumpRowsModel::findRow(const DumpSource &source, const DumpTable &table, const QString &key, int column, JobContext *job)
{
    if (column < 0)
        column = table.primaryKey.isEmpty() ? 0 : std::max(0, table.columnIndex(table.primaryKey.first()));
    TableReader reader(source, table);
    Row r;
    int row = 0;
    while (reader.next(r)) {
        if (column < r.size()) {
            const Cell &c = r.at(column);
            const QString text = c.kind == Cell::Bool ? (c.boolean ? QStringLiteral("true") : QStringLiteral("false")) : c.text;
            if (c.kind != Cell::Null && text == key)
                return row;
        }
        ++row;
        if (job && row % 5000 == 0) {
            job->setDone(row);
            if (job->isCanceled())
                return -1;
        }
    }
    return -1;
}

} // namespace Godwit::Dump
