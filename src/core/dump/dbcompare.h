// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Per-table row counts and order-independent content checksums of two databases, on any engines: the
// verification after an import, and `godwit-cli db compare`.

#include "dumpformat.h"

namespace Godwit {
class DatabaseSession;
class JobContext;
}

namespace Godwit::Dump {

struct TableDigestValue
{
    qint64 rows = 0;
    QString checksum;
};

// The columns of a table as a dump would describe them (portable types), read from a live database.
Result<DumpTable> describeTable(const DatabaseSession &session, const QString &table);
// Counts and checksums one table over the given columns (all of them when empty).
Result<TableDigestValue> digestTable(const DatabaseSession &session, const DumpTable &table, JobContext *job);

// Where two sides type the same column differently but compatibly (JSON or a UUID kept as text on one
// engine), both are compared as the richer type. Returns true when a's types changed.
bool harmonizeTypes(QList<DumpColumn> &a, QList<DumpColumn> &b);

struct TableComparison
{
    QString table;
    qint64 rowsA = -1; // -1: the table is missing on that side
    qint64 rowsB = -1;
    QString checksumA;
    QString checksumB;
    QStringList onlyInA; // columns
    QStringList onlyInB;
    bool equal = false;
};

struct CompareReport
{
    bool equal = true;
    QList<TableComparison> tables;
};

Result<CompareReport> compareDatabases(const ConnectionProfile &a, const QString &secretA, const ConnectionProfile &b,
                                       const QString &secretB, const QStringList &tables, JobContext *job);

} // namespace Godwit::Dump

Q_DECLARE_METATYPE(Godwit::Dump::CompareReport)
