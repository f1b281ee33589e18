// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Item models of the Dump files panel (QtCore only, so the tests use them without a display): the dumps
// found in folders, the tables of one dump, and the rows of one table, paged in lazily chunk by chunk so
// that a table of a million rows scrolls as fast as one of a thousand.

#include "dumpio.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

#include <list>
#include <memory>

namespace Godwit::Dump {

struct DumpEntry
{
    enum Kind { GodwitFolder, GodwitArchive, DjangoFixture };
    enum VerifyState { NotVerified, Verifying, Verified, Damaged };
    QString path;
    QString location; // "Dumps", "Backups" or the folder the user added
    Kind kind = GodwitFolder;
    Manifest manifest; // Godwit dumps
    QString error;     // the manifest could not be read
    qint64 size = 0;
    QDateTime modified;
    VerifyState verify = NotVerified;
    QString verifyMessage;
};

// Finds dumps (folders with a manifest.json, .tar/.tar.gz/.tar.zst/.zip archives, .json fixtures) directly
// inside each folder; reads only manifests. Run it in a job.
QList<DumpEntry> scanFolders(const QList<QPair<QString, QString>> &folders /* path, label */, JobContext *job);

class DumpListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SourceColumn, CreatedColumn, TablesColumn, RowsColumn, SizeColumn, VerifiedColumn, ColumnCount };
    enum Roles { PathRole = Qt::UserRole + 1, KindRole, VerifyStateRole, ErrorRole, SortRole, LocationRole };

    explicit DumpListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the list, keeping what was verified this session for paths still there.
    void setEntries(const QList<DumpEntry> &entries);
    void setVerifyState(const QString &path, DumpEntry::VerifyState state, const QString &message = {});
    const DumpEntry *entry(int row) const;
    int rowOf(const QString &path) const;

private:
    QList<DumpEntry> m_entries;
};

class DumpTablesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, RowsColumn, ColumnsColumn, ChunksColumn, ColumnCount };
    enum Roles { TableIndexRole = Qt::UserRole + 1, SortRole };

    explicit DumpTablesModel(QObject *parent = nullptr);
    void setManifest(const Manifest &manifest);
    const Manifest &manifest() const { return m_manifest; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Manifest m_manifest;
};

// The rows of one dump table. rowCount() is the table's row count; data() reads the chunk that holds a row
// on first use and keeps the last few chunks (a chunk is about a thousand rows and a few hundred KB).
class DumpRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles { RawRole = Qt::UserRole + 1, IsNullRole, IsKeyRole /* header: a primary-key column */ };

    explicit DumpRowsModel(QObject *parent = nullptr);
    void setTable(std::shared_ptr<const DumpSource> source, int tableIndex);
    void clear();
    const DumpTable *table() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The row as a JSON object (column → value), indented, for the row view.
    QString rowJson(int row) const;
    // A chunk that could not be read (damaged dump): the message, shown instead of values.
    QString lastError() const { return m_error; }
    int chunksLoaded() const { return m_loads; }

    // The first row whose column holds text equal to key (the primary key by default), or -1; reads the
    // chunks in order, so run it in a job for large tables.
    static int findRow(const DumpSource &source, const DumpTable &table, const QString &key, int column, JobContext *job);

private:
    struct Chunk
    {
        int index = -1;
        QList<Row> rows;
    };
    const Row *rowAt(int row) const;
    std::shared_ptr<const DumpSource> m_source;
    int m_table = -1;
    QList<qint64> m_starts; // first row of each chunk
    mutable std::list<Chunk> m_cache; // most recent first
    mutable QString m_error;
    mutable int m_loads = 0;
};

QString formatCell(const Cell &cell, ValueType type);

} // namespace Godwit::Dump
