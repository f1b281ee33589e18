// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connections/connectionprofile.h"
#include "global/result.h"
#include "revisiongraph.h"

#include <QMetaType>
#include <QStringList>

namespace Godwit {

class DatabaseSession;

// Where Alembic keeps a database's applied heads (env.py may rename it: version_table, version_table_schema).
struct VersionTable
{
    QString table = QStringLiteral("alembic_version");
    QString schema; // empty: the connection's default schema
};

// The rows of the version table.
struct DatabaseRevisions
{
    bool tableExists = false;
    QString tableName;    // as queried, e.g. "public.alembic_version"
    QStringList versions; // version_num of each row, in table order
};

// Reads the version table through a session (on the session's thread). A missing table is not an error:
// Alembic treats such a database as empty (tableExists is false).
Result<DatabaseRevisions> readDatabaseRevisions(const DatabaseSession &session, const VersionTable &table = {});
// Opens a read-only session for the call (for jobs).
Result<DatabaseRevisions> readDatabaseRevisions(const ConnectionProfile &profile, const QString &secret,
                                                const VersionTable &table = {});

// A database's revisions compared with the scripts.
struct RevisionStatus
{
    DatabaseRevisions database;
    QStringList unknown;   // rows naming revisions the scripts do not contain
    QList<int> current;    // what `alembic current` shows (graph indices)
    QList<int> pending;    // what `alembic upgrade heads` would apply, in order
    bool atHeads = false;  // every head applied: nothing pending, nothing unknown
    QString problem;       // why pending could not be computed, empty when it could

    QStringList messages() const; // user-readable findings, one line each
};

RevisionStatus compareWithGraph(const RevisionGraph &graph, const DatabaseRevisions &database);

} // namespace Godwit

Q_DECLARE_METATYPE(Godwit::DatabaseRevisions)
Q_DECLARE_METATYPE(Godwit::RevisionStatus)
