// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QUrlQuery>
#include <QUuid>

namespace Godwit {

ConnectionKind ConnectionProfile::kind() const
{
    switch (engine) {
    case Engine::SQLite:
    case Engine::PostgreSQL:
    case Engine::MySQL: return ConnectionKind::Database;
    case Engine::Search:
    case Engine::Elasticsearch:
    case Engine::OpenSearch: return ConnectionKind::Search;
    }
    return ConnectionKind::Database;
}

bool ConnectionProfile::isValid() const
{
    if (kind() == ConnectionKind::Search)
        return !urls.isEmpty() && QUrl(urls.first()).isValid();
    if (engine == Engine::SQLite)
        return !database.isEmpty();
    return !host.isEmpty() && !database.isEmpty();
}

int ConnectionProfile::defaultPort() const
{
    switch (engine) {
    case Engine::PostgreSQL: return 5432;
    case Engine::MySQL: return 3306;
    case Engine::SQLite: return 0;
    default: return 9200;
    }
}

QString ConnectionProfile::qtDriverName() const
{
    switch (engine) {
    case Engine::SQLite: return QStringLiteral("QSQLITE");
    case Engine::PostgreSQL: return QStringLiteral("QPSQL");
    case Engine::MySQL: return QStringLiteral("QMYSQL");
    default: return {};
    }
}

QString ConnectionProfile::displayUrl() const
{
    if (kind() == ConnectionKind::Search) {
        QStringList shown;
        for (const QString &u : urls) {
            QUrl url(u);
            url.setPassword({});
            shown.append(url.toString());
        }
        return shown.join(QStringLiteral(", "));
    }
    if (engine == Engine::SQLite)
        return QStringLiteral("sqlite:///") + database;
    QUrl url;
    url.setScheme(engine == Engine::PostgreSQL ? QStringLiteral("postgresql") : QStringLiteral("mysql"));
    url.setHost(host);
    if (port > 0)
        url.setPort(port);
    url.setUserName(user);
    url.setPath(u'/' + database);
    return url.toString();
}

QString ConnectionProfile::newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

QJsonObject ConnectionProfile::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("id")] = id;
    o[QStringLiteral("name")] = name;
    o[QStringLiteral("engine")] = engineKey(engine);
    if (kind() == ConnectionKind::Database) {
        if (!host.isEmpty())
            o[QStringLiteral("host")] = host;
        if (port > 0)
            o[QStringLiteral("port")] = port;
        o[QStringLiteral("database")] = database;
        if (!user.isEmpty())
            o[QStringLiteral("user")] = user;
        if (!options.isEmpty())
            o[QStringLiteral("options")] = options;
    } else {
        o[QStringLiteral("urls")] = QJsonArray::fromStringList(urls);
        if (!indexPrefix.isEmpty())
            o[QStringLiteral("indexPrefix")] = indexPrefix;
        if (!user.isEmpty())
            o[QStringLiteral("user")] = user;
    }
    o[QStringLiteral("auth")] = authKey(auth);
    if (!caFile.isEmpty())
        o[QStringLiteral("caFile")] = caFile;
    o[QStringLiteral("verifyTls")] = verifyTls;
    if (!source.isEmpty())
        o[QStringLiteral("source")] = source;
    return o;
}

ConnectionProfile ConnectionProfile::fromJson(const QJsonObject &o)
{
    ConnectionProfile p;
    p.id = o.value(QStringLiteral("id")).toString();
    if (p.id.isEmpty())
        p.id = newId();
    p.name = o.value(QStringLiteral("name")).toString();
    p.engine = engineFromKey(o.value(QStringLiteral("engine")).toString());
    p.host = o.value(QStringLiteral("host")).toString();
    p.port = o.value(QStringLiteral("port")).toInt();
    p.database = o.value(QStringLiteral("database")).toString();
    p.user = o.value(QStringLiteral("user")).toString();
    p.options = o.value(QStringLiteral("options")).toString();
    const QJsonArray urls = o.value(QStringLiteral("urls")).toArray();
    for (const auto &u : urls)
        p.urls.append(u.toString());
    p.indexPrefix = o.value(QStringLiteral("indexPrefix")).toString();
    p.auth = authFromKey(o.value(QStringLiteral("auth")).toString());
    p.caFile = o.value(QStringLiteral("caFile")).toString();
    p.verifyTls = o.value(QStringLiteral("verifyTls")).toBool(true);
    p.source = o.value(QStringLiteral("source")).toString();
    return p;
}

QString engineName(Engine engine)
{
    switch (engine) {
    case Engine::SQLite: return QStringLiteral("SQLite");
    case Engine::PostgreSQL: return QStringLiteral("PostgreSQL");
    case Engine::MySQL: return QStringLiteral("MySQL/MariaDB");
    case Engine::Search: return QCoreApplication::translate("Godwit", "Search cluster");
    case Engine::Elasticsearch: return QStringLiteral("Elasticsearch");
    case Engine::OpenSearch: return QStringLiteral("OpenSearch");
    }
    return {};
}

QString engineKey(Engine engine)
{
    switch (engine) {
    case Engine::SQLite: return QStringLiteral("sqlite");
    case Engine::PostgreSQL: return QStringLiteral("postgresql");
    case Engine::MySQL: return QStringLiteral("mysql");
    case Engine::Search: return QStringLiteral("search");
    case Engine::Elasticsearch: return QStringLiteral("elasticsearch");
    case Engine::OpenSearch: return QStringLiteral("opensearch");
    }
    return {};
}

Engine engineFromKey(const QString &key, bool *ok)
{
    static const QList<Engine> all{Engine::SQLite, Engine::PostgreSQL, Engine::MySQL,
                                   Engine::Search, Engine::Elasticsearch, Engine::OpenSearch};
    for (Engine e : all) {
        if (engineKey(e) == key) {
            if (ok)
                *ok = true;
            return e;
        }
    }
    if (ok)
        *ok = false;
    return Engine::SQLite;
}

QString authKey(AuthMethod auth)
{
    switch (auth) {
    case AuthMethod::None: return QStringLiteral("none");
    case AuthMethod::Password: return QStringLiteral("password");
    case AuthMethod::ApiKey: return QStringLiteral("apikey");
    case AuthMethod::Bearer: return QStringLiteral("bearer");
    }
    return QStringLiteral("none");
}

AuthMethod authFromKey(const QString &key)
{
    if (key == QLatin1String("password") || key == QLatin1String("basic"))
        return AuthMethod::Password;
    if (key == QLatin1String("apikey"))
        return AuthMethod::ApiKey;
    if (key == QLatin1String("bearer"))
        return AuthMethod::Bearer;
    return AuthMethod::None;
}

namespace {

Error invalid(const QString &message) { return Error::make(ErrorKind::InvalidInput, message); }


Result<ParsedConnection> parseSqlite(const QString &rest)
{
    // SQLAlchemy: sqlite:///relative/path.db and sqlite:////absolute/path.db (three slashes, then the path)
    if (!rest.startsWith(u'/'))
        return invalid(QCoreApplication::translate("Godwit::ConnectionUrl", "An SQLite URL needs three slashes: sqlite:///path/to/file.db"));
    QString path = rest.mid(1);
    const qsizetype query = path.indexOf(u'?');
    if (query >= 0)
        path.truncate(query);
    path = QUrl::fromPercentEncoding(path.toUtf8());
    if (path.isEmpty() || path == QLatin1String(":memory:"))
        return invalid(QCoreApplication::translate("Godwit::ConnectionUrl", "An in-memory SQLite database cannot be connected to; give a file path."));
    ParsedConnection parsed;
    parsed.profile.engine = Engine::SQLite;
    parsed.profile.database = QDir::cleanPath(QDir::current().absoluteFilePath(path));
    parsed.profile.name = QFileInfo(path).fileName();
    return parsed;
}

} // namespace

Result<ParsedConnection> parseConnectionUrl(const QString &input, ConnectionKind hint)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return invalid(QCoreApplication::translate("Godwit::ConnectionUrl", "The URL is empty."));

    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    if (schemeEnd < 0) {
        if (hint == ConnectionKind::Search) // "host:9200"
            return parseConnectionUrl(QStringLiteral("http://") + text, hint);
        if (text.endsWith(QLatin1String(".db")) || text.endsWith(QLatin1String(".sqlite"))
            || text.endsWith(QLatin1String(".sqlite3")) || text.startsWith(u'/') || text.startsWith(u'.'))
            return parseSqlite(u'/' + text);
        return invalid(QCoreApplication::translate("Godwit::ConnectionUrl", "“%1” is not a URL: expected scheme://… (for example postgresql://user@host/db)").arg(text));
    }

    const QString scheme = text.left(schemeEnd).toLower();
    const QString dialect = scheme.section(u'+', 0, 0);
    if (dialect == QLatin1String("sqlite"))
        return parseSqlite(text.mid(schemeEnd + 3));

    ParsedConnection parsed;
    ConnectionProfile &p = parsed.profile;
    bool search = false;
    if (dialect == QLatin1String("postgresql") || dialect == QLatin1String("postgres")
        || dialect == QLatin1String("psql")) {
        p.engine = Engine::PostgreSQL;
    } else if (dialect == QLatin1String("mysql") || dialect == QLatin1String("mariadb")) {
        p.engine = Engine::MySQL;
    } else if (dialect == QLatin1String("http") || dialect == QLatin1String("https")) {
        p.engine = Engine::Search;
        search = true;
    } else if (dialect == QLatin1String("elasticsearch") || dialect == QLatin1String("opensearch")) {
        p.engine = dialect == QLatin1String("opensearch") ? Engine::OpenSearch : Engine::Elasticsearch;
        search = true;
    } else {
        return invalid(QCoreApplication::translate("Godwit::ConnectionUrl", "Unsupported URL scheme “%1”: use postgresql://, mysql://, sqlite:///, http:// or https://")
                           .arg(scheme));
    }

    QString rewritten = text;
    if (search && dialect != QLatin1String("http") && dialect != QLatin1String("https")) {
        // elasticsearch+https://host → https://host; elasticsearch://host → http://host
        const QString transport = scheme.section(u'+', 1, 1);
        rewritten = (transport == QLatin1String("https") ? QStringLiteral("https") : QStringLiteral("http"))
            + text.mid(schemeEnd);
    }
    const QUrl url(rewritten, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return invalid(QCoreApplication::translate("Godwit::ConnectionUrl", "“%1” is not a valid URL: %2").arg(QUrl(text).toDisplayString(QUrl::RemovePassword),
                                                               url.errorString().isEmpty() ? QCoreApplication::translate("Godwit::ConnectionUrl", "no host") : url.errorString()));
    parsed.secret = url.password(QUrl::FullyDecoded);
    p.user = url.userName(QUrl::FullyDecoded);

    if (search) {
        QUrl clean = url;
        clean.setUserInfo({});
        clean.setQuery(QString());
        // No explicit port (a ':' in "user:password@" is not one): the transport's usual one.
        if (clean.port() < 0)
            clean.setPort(clean.scheme() == QLatin1String("https") ? 443 : 9200);
        QString base = clean.toString();
        while (base.endsWith(u'/'))
            base.chop(1);
        p.urls = QStringList{base};
        p.auth = p.user.isEmpty() ? AuthMethod::None : AuthMethod::Password;
        p.name = url.host();
        return parsed;
    }

    p.host = url.host();
    p.port = url.port(0);
    p.database = url.path(QUrl::FullyDecoded).mid(1);
    if (p.database.isEmpty())
        return invalid(QCoreApplication::translate("Godwit::ConnectionUrl", "The URL names no database: add /database_name after the host."));
    const QUrlQuery query(url);
    QStringList options;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == QLatin1String("sslmode") || key == QLatin1String("connect_timeout")
            || key == QLatin1String("sslrootcert") || key == QLatin1String("application_name"))
            options.append(key + u'=' + value);
        else if (key == QLatin1String("unix_socket") || key == QLatin1String("host"))
            p.host = value; // socket directory given as a query parameter
    }
    p.options = options.join(u';');
    p.auth = p.user.isEmpty() ? AuthMethod::None : AuthMethod::Password;
    p.name = p.database + u'@' + p.host;
    return parsed;
}

} // namespace Godwit
