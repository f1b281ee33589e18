// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "global/result.h"

#include <QJsonObject>
#include <QMetaType>
#include <QStringList>
#include <QUrl>

namespace Godwit {

enum class ConnectionKind { Database, Search };

enum class Engine {
    SQLite,
    PostgreSQL,
    MySQL,        // MySQL and MariaDB (QMYSQL)
    Search,       // Elasticsearch or OpenSearch, told apart when connected
    Elasticsearch,
    OpenSearch,
};

enum class AuthMethod { None, Password, ApiKey, Bearer };

// A saved connection. Never holds a secret: passwords and keys live in the SecretStore, keyed by id.
struct ConnectionProfile
{
    QString id;
    QString name;
    Engine engine = Engine::SQLite;
    // Databases
    QString host;
    int port = 0;
    QString database; // SQLite: the file path
    QString user;
    QString options;  // driver connect options, e.g. "sslmode=require"
    // Search clusters
    QStringList urls;
    QString indexPrefix;
    // Both
    AuthMethod auth = AuthMethod::None;
    QString caFile;
    bool verifyTls = true;
    QString source; // where it came from ("invenio.cfg", "InvenTree config.yaml", ...), informative

    ConnectionKind kind() const;
    bool isValid() const;
    bool needsSecret() const { return auth != AuthMethod::None && engine != Engine::SQLite; }
    // A URL that identifies the target without its secret, for display and logs.
    QString displayUrl() const;
    QString qtDriverName() const;
    int defaultPort() const;

    QJsonObject toJson() const;
    static ConnectionProfile fromJson(const QJsonObject &object);
    static QString newId();

    bool operator==(const ConnectionProfile &other) const = default;
};

struct ParsedConnection
{
    ConnectionProfile profile;
    QString secret; // the password found in the URL, if any: store it in the SecretStore, never in the profile
};

// Parses what administrators already have: SQLAlchemy URLs (postgresql+psycopg2://, mysql+pymysql://,
// sqlite:///relative.db, sqlite:////absolute.db), plain search URLs (https://host:9200, host:9200), and
// a bare path to an SQLite file.
Result<ParsedConnection> parseConnectionUrl(const QString &url, ConnectionKind hint = ConnectionKind::Database);

QString engineName(Engine engine);
QString engineKey(Engine engine);
Engine engineFromKey(const QString &key, bool *ok = nullptr);
QString authKey(AuthMethod auth);
AuthMethod authFromKey(const QString &key);

} // namespace Godwit

Q_DECLARE_METATYPE(Godwit::ConnectionProfile)
