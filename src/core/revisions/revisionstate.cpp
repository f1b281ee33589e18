// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisionstate.h"

#include "db/databasesession.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Godwit {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Godwit::RevisionState", text, disambiguation, n);
}
} // namespace

Result<DatabaseRevisions> readDatabaseRevisions(const DatabaseSession &session, const VersionTable &table)
{
    DatabaseRevisions out;
    const QString name = table.table.isEmpty() ? QStringLiteral("alembic_version") : table.table;
    out.tableName = table.schema.isEmpty() ? name : table.schema + u'.' + name;
    const QStringList tables = session.db().tables(QSql::Tables);
    const bool exists = std::any_of(tables.cbegin(), tables.cend(), [&](const QString &t) {
        if (!table.schema.isEmpty())
            return t.compare(out.tableName, Qt::CaseInsensitive) == 0;
        return t.compare(name, Qt::CaseInsensitive) == 0 || t.endsWith(u'.' + name, Qt::CaseInsensitive);
    });
    const QString qualified = table.schema.isEmpty() ? session.quote(name) : session.quote(table.schema) + u'.' + session.quote(name);
    QSqlQuery q(session.db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT version_num FROM ") + qualified)) {
        // No version table where the connection looks (its search path / database): Alembic's empty database.
        // The table list alone cannot tell, since it also names tables of schemas outside the search path.
        const QString code = q.lastError().nativeErrorCode();
        const bool undefinedTable = code == QLatin1String("42P01") /* PostgreSQL */ || code == QLatin1String("1146") /* MySQL */
                                    || q.lastError().databaseText().contains(QLatin1String("no such table"), Qt::CaseInsensitive);
        if (!exists || undefinedTable)
            return out;
        return DatabaseSession::mapError(session.engine(), q.lastError(), session.profile());
    }
    out.tableExists = true;
    while (q.next())
        out.versions.append(q.value(0).toString());
    return out;
}

Result<DatabaseRevisions> readDatabaseRevisions(const ConnectionProfile &profile, const QString &secret, const VersionTable &table)
{
    DatabaseSession::Options options;
    options.readOnly = true;
    auto session = DatabaseSession::open(profile, secret, options);
    if (!session)
        return session.error();
    return readDatabaseRevisions(**session, table);
}

RevisionStatus compareWithGraph(const RevisionGraph &graph, const DatabaseRevisions &database)
{
    RevisionStatus status;
    status.database = database;
    QStringList known;
    for (const QString &v : database.versions) {
        if (graph.indexOf(v) < 0)
            status.unknown.append(v);
        else if (!known.contains(v))
            known.append(v);
    }
    if (!status.unknown.isEmpty()) {
        status.problem = tr("The database is at revision(s) %1, which the scripts do not contain: it was upgraded with "
                            "other scripts (a newer release, another branch), or scripts are missing.")
                             .arg(status.unknown.join(QStringLiteral(", ")));
        return status;
    }
    if (auto current = graph.currentHeads(known); current)
        status.current = current.value();
    auto pending = graph.upgradePath(known, QStringLiteral("heads"));
    if (!pending) {
        status.problem = pending.error().message;
        return status;
    }
    status.pending = pending.value();
    status.atHeads = status.pending.isEmpty() && (database.tableExists || graph.isEmpty());
    return status;
}

QStringList RevisionStatus::messages() const
{
    QStringList out;
    if (!database.tableExists)
        out.append(tr("There is no %1 table: Alembic treats the database as empty (never upgraded, or env.py names "
                      "another version table).").arg(database.tableName));
    else if (database.versions.isEmpty())
        out.append(tr("The %1 table is empty.").arg(database.tableName));
    if (!problem.isEmpty())
        out.append(problem);
    else if (atHeads)
        out.append(tr("The database is at the heads."));
    else
        out.append(tr("%n revision(s) to apply by `alembic upgrade heads`.", nullptr, int(pending.size())));
    return out;
}

} // namespace Godwit
