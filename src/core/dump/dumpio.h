// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>

// Export a database into a Godwit dump, open a dump (folder or archive) and verify it.

#include "dumpformat.h"
#include "valuecodec.h"

#include <QHash>
#include <QTemporaryDir>

#include <memory>

namespace Godwit {
class JobContext;
class DatabaseSession;
}

namespace Godwit::Dump {

struct ExportOptions
{
    QStringList tables;           // only these; empty: every table
    QStringList exclude;          // wildcard patterns of tables to leave out
    QString preset;               // "inventree", "invenio" or empty: tables such an application never exports
    QStringList include;          // tables to keep although the preset leaves them out
    QHash<QString, QString> where; // table → SQL condition on its rows
    int chunkRows = 1000;
    bool overwrite = false;
    QString mediaFolder;          // copied under media/ with checksums
};

struct ExportResult
{
    Manifest manifest;
    QString path;
    qint64 bytes = 0;
    // How each table was read, by table name: "COPY BINARY", "COPY" (PostgreSQL's text format, for a type
    // the client does not format), "SQLite API", "MySQL stream" or "query".
    QMap<QString, QString> readMethods;
};

// The tables a preset leaves out (wildcards), and why, for the export dialog and docs.
QStringList presetExclusions(const QString &preset);
QStringList presetNames();
// Applies tables/exclude/preset/include to a list of table names.
QStringList selectTables(const QStringList &all, const ExportOptions &options);

// Streams every selected table into chunks; constant memory whatever the table size. The dump is written
// beside the output as "….part" and moved into place at the end: a failure leaves no half dump.
Result<ExportResult> exportDatabase(const ConnectionProfile &profile, const QString &secret, const QString &output,
                                    const ExportOptions &options, JobContext *job);

// The manifest of a dump folder or archive, without unpacking the archive (for listing dumps).
Result<Manifest> readManifest(const QString &path);

// An opened dump: a folder, or an archive unpacked into a temporary folder that lives as long as this.
class DumpSource
{
public:
    static Result<std::shared_ptr<DumpSource>> open(const QString &path, JobContext *job = nullptr);
    const Manifest &manifest() const { return m_manifest; }
    QString root() const { return m_root; }
    QString path() const { return m_path; }
    bool isArchive() const { return bool(m_temp); }
    QString chunkPath(const DumpChunk &chunk) const;
    QString mediaPath(const DumpMedia &media) const;
    qint64 sizeOnDisk() const;

private:
    QString m_path;
    QString m_root;
    Manifest m_manifest;
    std::unique_ptr<QTemporaryDir> m_temp;
};

// Reads the rows of one table chunk by chunk, line by line.
class ElementRow;

class TableReader
{
public:
    TableReader(const DumpSource &source, const DumpTable &table);
    // False at the end or on an error (then error() is set).
    bool next(Row &row);
    // The same, parsed into simdjson elements for the fast paths (jsoncell.h).
    bool next(ElementRow &row);
    QString error() const { return m_error; }
    qint64 rowsRead() const { return m_rows; }
    QString position() const; // "chunk data/…/000002.jsonl, line 17"

private:
    bool openChunk();
    bool nextLine(QByteArray &line);
    const DumpSource &m_source;
    const DumpTable &m_table;
    int m_chunk = -1;
    std::unique_ptr<class QFile> m_file;
    qint64 m_line = 0;
    qint64 m_rows = 0;
    RowParser m_parser;
    QString m_error;
};

struct VerifyProblem
{
    QString table; // empty: the dump as a whole
    QString where; // chunk path, line
    QString message;
};

struct VerifyReport
{
    bool ok = true;
    qint64 rows = 0;
    qint64 bytes = 0;
    int chunks = 0;
    QList<VerifyProblem> problems;
};

// Checks every chunk's size and SHA-256, that every line parses with the right number of values, the row
// counts, and each table's content checksum; media files' checksums too.
VerifyReport verifyDump(const DumpSource &source, JobContext *job);

} // namespace Godwit::Dump

Q_DECLARE_METATYPE(Godwit::Dump::ExportResult)
Q_DECLARE_METATYPE(Godwit::Dump::VerifyReport)
