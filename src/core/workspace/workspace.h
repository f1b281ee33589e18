// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "global/result.h"

namespace Godwit {

// A folder holding a user's connections (without secrets), dumps, backups and recipes. The default one
// lives under the user's data directory and starts as a demo workspace with a local SQLite database.
class Workspace
{
public:
    explicit Workspace(const QString &directory);

    // $GODWIT_WORKSPACE, else <data dir>/workspace (e.g. ~/.local/share/godwit/workspace).
    static QString defaultDirectory();

    QString directory() const { return m_dir; }
    QString connectionsFile() const;
    QString demoDatabasePath() const;
    QString demoRevisionsPath() const;        // alembic.ini of an Invenio-like demo environment
    QString demoInvenioDatabasePath() const;  // a SQLite database part-way through that environment's upgrades
    QString dumpsDirectory() const;
    QString backupsDirectory() const;

    // Creates the folders; on first use also the demo database and a connections file listing it.
    Status ensureCreated(bool withDemo = true) const;

private:
    QString m_dir;
};

// An InvenTree-like SQLite database (users, companies, part categories as a tree, parts, stock locations,
// stock items, purchase orders with lines, django_migrations) of a few thousand rows, deterministic.
Status createDemoDatabase(const QString &path);
// An Invenio-style Alembic environment (a module per branch label, depends_on into invenio-db's root, a branch
// point and a merge) in folder, and a SQLite database at some of its revisions (its alembic_version table).
Status createDemoRevisions(const QString &folder, const QString &databasePath);

} // namespace Godwit
