// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connections/connectionprofile.h"
#include "global/result.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <memory>

namespace Godwit {

struct ServerInfo
{
    QString product;  // "PostgreSQL", "MariaDB", "SQLite", "OpenSearch", "Elasticsearch"
    QString version;  // "15.18", "10.11.6", "2.19.1", "7.10.2"
    qint64 latencyMs = 0;
    QString clusterName; // search clusters
    QString details;     // free text, e.g. the full version string
};

// One QSqlDatabase connection, opened on and owned by the calling thread, closed and removed on
// destruction. Connection names are unique per session, so jobs on different threads never share one.
class DatabaseSession
{
public:
    struct Options
    {
        int connectTimeoutSecs = 10;
        bool readOnly = false; // SQLite: open read-only and never create the file
    };

    static Result<std::unique_ptr<DatabaseSession>> open(const ConnectionProfile &profile, const QString &secret,
                                                         const Options &options);
    static Result<std::unique_ptr<DatabaseSession>> open(const ConnectionProfile &profile, const QString &secret)
    {
        return open(profile, secret, Options{});
    }
    ~DatabaseSession();
    DatabaseSession(const DatabaseSession &) = delete;
    DatabaseSession &operator=(const DatabaseSession &) = delete;

    QSqlDatabase db() const;
    const ConnectionProfile &profile() const { return m_profile; }
    Engine engine() const { return m_profile.engine; }
    QString quote(const QString &identifier) const;

    Result<ServerInfo> serverInfo() const;

    // Runs a query returning one value.
    Result<QVariant> scalar(const QString &sql) const;

    // Maps a driver error to a user-readable Error of the right kind.
    static Error mapError(Engine engine, const QSqlError &error, const ConnectionProfile &profile);

private:
    DatabaseSession(const ConnectionProfile &profile, const QString &name);
    ConnectionProfile m_profile;
    QString m_name;
};

} // namespace Godwit
