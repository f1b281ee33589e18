// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Importing a dump into a database: the pre-flight report (nothing written), then the load in foreign-key
// order inside one transaction, sequences reset, and a verification of counts and content checksums.

#include "dbcompare.h"
#include "dumpio.h"

#include "db/databasesession.h"
#include "db/schema.h"

#include <QHash>
#include <functional>
#include <memory>

namespace Godwit::Dump {

struct ImportOptions
{
    bool clear = false;             // delete the rows of the imported tables first
    bool strict = false;            // a different migration state is an error, not a warning
    bool ignoreNonexistent = false; // skip tables (and columns) the target does not have
    bool excludePlugins = false;    // leave out plugin tables (plugin_*)
    bool createTables = false;      // create missing tables from the dump's schema
    bool skipOnError = false;       // skip bad rows (into the reject file) instead of stopping
    QString rejectFile;             // JSON Lines of skipped rows and why; default: beside the dump
    QStringList tables;             // only these dump tables; empty: all
    bool verifyDump = true;         // check the dump's checksums first (off when the caller just did)
    bool verifyAfter = true;        // compare counts and checksums after the load
    // Resumable instead of all-or-nothing: a commit after every dump chunk, with the progress in the target's
    // godwit_import_checkpoint table in the same transaction; an interrupted import goes on with resume.
    bool checkpoint = false;
    bool resume = false; // go on with the interrupted checkpointed import of this dump (implies checkpoint)
};

// The table a checkpointed import keeps its progress in, in the target (dropped when the import completes).
inline constexpr char CheckpointTableName[] = "godwit_import_checkpoint";

struct PreflightIssue
{
    enum Severity { Info, Warning, Problem };
    Severity severity = Info;
    QString table; // empty: the whole import
    QString message;
};

struct PreflightTable
{
    QString table;
    qint64 rows = 0;        // in the dump
    bool exists = false;    // in the target
    bool create = false;    // will be created
    bool skip = false;      // left out (not in the target and --ignore-nonexistent, a plugin table, ...)
    qint64 targetRows = -1; // rows the target has now
    qint64 collisions = 0;  // dump rows whose primary key the target already has
};

struct PreflightReport
{
    bool canImport = true; // no Problem issue
    QList<PreflightIssue> issues;
    QList<PreflightTable> tables;
    QStringList loadOrder;
    VerifyReport verify;
    QString targetProduct; // "PostgreSQL 15.18"

    int count(PreflightIssue::Severity severity) const;
};

struct ImportResult
{
    PreflightReport preflight;
    qint64 rowsWritten = 0;
    qint64 rowsRejected = 0;
    QString rejectFile;
    QString loadMethod;    // how the rows went in: "COPY", "LOAD DATA LOCAL INFILE", "INSERT"
    bool verified = false; // every table matched the dump
    QList<TableComparison> verification; // A: the dump, B: the target
    qint64 elapsedMs = 0;
};

Result<PreflightReport> preflightImport(const DumpSource &source, const ConnectionProfile &target, const QString &secret,
                                        const ImportOptions &options, JobContext *job);

// Runs the pre-flight again (the target may have changed since it was shown) and imports only when it
// reports no problem. All or nothing: on any error the transaction is rolled back and tables Godwit created
// are dropped again, and the error says so.
Result<ImportResult> importDump(const DumpSource &source, const ConnectionProfile &target, const QString &secret,
                                const ImportOptions &options, JobContext *job);

// For the other importers (Django fixtures): a target database opened and described, and what a load
// does afterwards.
struct ImportTarget
{
    std::unique_ptr<DatabaseSession> session;
    QHash<QString, DumpTable> tables; // existing tables, described
    QHash<QString, qint64> counts;
    SchemaMarkers markers;
    QString product;
    QString secret; // for a second connection of the same load (MariaDB's LOAD DATA LOCAL); never stored
};

Result<ImportTarget> openTarget(const ConnectionProfile &profile, const QString &secret);
// The transaction a load runs in, with foreign-key checks waiting for the commit; rolled back unless
// committed.
class LoadTransaction
{
public:
    // foreignKeyChecks false: SQLite's checks are off for the session (a checkpointed load commits per chunk,
    // so checks deferred to each commit would fail on cycles; it runs PRAGMA foreign_key_check at the end).
    explicit LoadTransaction(const DatabaseSession &session, bool foreignKeyChecks = true);
    ~LoadTransaction();
    Status begin();
    Status commit();
    void rollback();

private:
    Status run(const QString &sql) const;
    const DatabaseSession &m_session;
    bool m_open = false;
    bool m_foreignKeyChecks = true;
};

// Tables in foreign-key order (referenced before referencing); cyclic is set when cycles or self-references
// mean some constraints can only be checked at the commit.
QStringList foreignKeyOrder(const QList<const DumpTable *> &tables, bool *cyclic);
// Moves PostgreSQL sequences past the largest imported id (MySQL and SQLite do so themselves).
Status resetSequences(const DatabaseSession &session, const DumpTable &table);

// CREATE TABLE for a dump table on an engine, with the type mapping of docs/dump-format.md.
// With afterLoad, PostgreSQL's secondary indexes and foreign keys go there, to run once the rows are loaded.
QStringList createTableStatements(Engine engine, const DumpTable &table, const std::function<QString(const QString &)> &quote,
                                  bool fromSQLite = false, QStringList *afterLoad = nullptr);

} // namespace Godwit::Dump

Q_DECLARE_METATYPE(Godwit::Dump::PreflightReport)
Q_DECLARE_METATYPE(Godwit::Dump::ImportResult)
