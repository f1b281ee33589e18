// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasesession.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>

namespace Godwit {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("Godwit::DatabaseSession", text); }

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("godwit-%1-%2")
        .arg(quintptr(QThread::currentThreadId()), 0, 16)
        .arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

DatabaseSession::DatabaseSession(const ConnectionProfile &profile, const QString &name)
    : m_profile(profile), m_name(name)
{
}

DatabaseSession::~DatabaseSession()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase DatabaseSession::db() const { return QSqlDatabase::database(m_name, false); }

QString DatabaseSession::quote(const QString &identifier) const
{
    return db().driver()->escapeIdentifier(identifier, QSqlDriver::TableName);
}

Error DatabaseSession::mapError(Engine engine, const QSqlError &error, const ConnectionProfile &profile)
{
    const QString text = QString(error.databaseText() + u' ' + error.driverText()).simplified();
    const QString native = error.nativeErrorCode();
    const QString where = profile.engine == Engine::SQLite ? profile.database
                                                          : profile.host + (profile.port ? u':' + QString::number(profile.port) : QString());
    auto has = [&text](const char *needle) { return text.contains(QLatin1String(needle), Qt::CaseInsensitive); };

    if (engine == Engine::SQLite) {
        if (has("not a database") || has("file is encrypted") || native == QLatin1String("26"))
            return Error::make(ErrorKind::NotADatabase, tr("“%1” is not an SQLite database.").arg(profile.database));
        if (has("unable to open"))
            return Error::make(ErrorKind::NotFound, tr("Cannot open the SQLite file “%1”.").arg(profile.database));
    }
    if (has("password authentication failed") || has("Access denied") || native == QLatin1String("1045")
        || native == QLatin1String("28P01") || has("no password supplied") || has("authentication failed"))
        return Error::make(ErrorKind::AuthenticationFailed,
                           tr("Authentication failed for user “%1” on %2.").arg(profile.user, where));
    if ((has("database") && has("does not exist")) || has("Unknown database") || native == QLatin1String("1049")
        || native == QLatin1String("3D000"))
        return Error::make(ErrorKind::UnknownDatabase, tr("The database “%1” does not exist on %2.").arg(profile.database, where));
    if (has("timeout expired") || has("timed out") || has("Lost connection to server at 'handshake") || (has("Can't connect") && has("(110)")))
        return Error::make(ErrorKind::Timeout, tr("Timed out connecting to %1.").arg(where));
    if (has("Connection refused") || has("could not connect") || has("Can't connect") || has("could not translate host")
        || has("Unknown MySQL server host") || has("Unknown server host") || has("No route to host")
        || native == QLatin1String("2002") || native == QLatin1String("2003") || native == QLatin1String("2005"))
        return Error::make(ErrorKind::HostUnreachable, tr("Cannot reach %1: %2").arg(where, error.databaseText().simplified()));
    if (has("SSL") || has("certificate"))
        return Error::make(ErrorKind::TlsUntrusted, tr("TLS failed with %1: %2").arg(where, error.databaseText().simplified()));
    if (has("server closed the connection") || has("gone away") || has("Lost connection"))
        return Error::make(ErrorKind::HostUnreachable, tr("The server at %1 closed the connection.").arg(where));
    const QString message = error.databaseText().simplified().isEmpty() ? error.text().simplified()
                                                                         : error.databaseText().simplified();
    return Error::make(ErrorKind::Server, message.isEmpty() ? tr("Unknown database error.") : message);
}

Result<std::unique_ptr<DatabaseSession>> DatabaseSession::open(const ConnectionProfile &profile, const QString &secret,
                                                               const Options &options)
{
    const QString driver = profile.qtDriverName();
    if (driver.isEmpty())
        return Error::make(ErrorKind::InvalidInput, tr("“%1” is not a database connection.").arg(profile.name));
    if (!QSqlDatabase::isDriverAvailable(driver))
        return Error::make(ErrorKind::Other, tr("The Qt SQL driver %1 is not installed (Debian package %2).")
                                                 .arg(driver, profile.engine == Engine::PostgreSQL ? QStringLiteral("libqt6sql6-psql")
                                                             : profile.engine == Engine::MySQL ? QStringLiteral("libqt6sql6-mysql")
                                                                                                : QStringLiteral("libqt6sql6-sqlite")));
    if (!profile.isValid())
        return Error::make(ErrorKind::InvalidInput, tr("The connection “%1” is incomplete.").arg(profile.name));

    if (profile.engine == Engine::SQLite) {
        const QFileInfo info(profile.database);
        if (!info.exists() && options.readOnly)
            return Error::make(ErrorKind::NotFound, tr("The SQLite file “%1” does not exist.").arg(profile.database));
        if (info.exists() && !info.isFile())
            return Error::make(ErrorKind::NotADatabase, tr("“%1” is not a file.").arg(profile.database));
        if (info.exists() && !info.isReadable())
            return Error::make(ErrorKind::NotFound, tr("The SQLite file “%1” is not readable.").arg(profile.database));
        if (info.exists() && info.size() > 0) {
            QFile f(profile.database);
            if (f.open(QIODevice::ReadOnly) && !f.read(16).startsWith("SQLite format 3"))
                return Error::make(ErrorKind::NotADatabase, tr("“%1” is not an SQLite database.").arg(profile.database));
        }
    }

    const QString name = nextConnectionName();
    std::unique_ptr<DatabaseSession> session(new DatabaseSession(profile, name));
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    db.setDatabaseName(profile.database);
    QStringList connectOptions;
    switch (profile.engine) {
    case Engine::SQLite:
        if (options.readOnly)
            connectOptions << QStringLiteral("QSQLITE_OPEN_READONLY");
        connectOptions << QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        break;
    case Engine::PostgreSQL:
        db.setHostName(profile.host);
        if (profile.port > 0)
            db.setPort(profile.port);
        db.setUserName(profile.user);
        db.setPassword(secret);
        connectOptions << QStringLiteral("connect_timeout=%1").arg(options.connectTimeoutSecs);
        if (!profile.options.isEmpty())
            connectOptions << profile.options.split(u';', Qt::SkipEmptyParts);
        if (!profile.caFile.isEmpty())
            connectOptions << QStringLiteral("sslrootcert=") + profile.caFile
                           << (profile.verifyTls ? QStringLiteral("sslmode=verify-full") : QStringLiteral("sslmode=require"));
        break;
    case Engine::MySQL:
        db.setHostName(profile.host);
        if (profile.port > 0)
            db.setPort(profile.port);
        db.setUserName(profile.user);
        db.setPassword(secret);
        connectOptions << QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1").arg(options.connectTimeoutSecs)
                       << QStringLiteral("MYSQL_OPT_READ_TIMEOUT=600") << QStringLiteral("MYSQL_OPT_WRITE_TIMEOUT=600");
        if (!profile.caFile.isEmpty())
            connectOptions << QStringLiteral("SSL_CA=") + profile.caFile;
        break;
    default: break;
    }
    db.setConnectOptions(connectOptions.join(u';'));
    if (!db.open())
        return mapError(profile.engine, db.lastError(), profile);

    if (profile.engine == Engine::SQLite) {
        // A non-database file only shows when the first page is read.
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return mapError(profile.engine, probe.lastError(), profile);
    } else if (profile.engine == Engine::MySQL) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SET NAMES utf8mb4"));
    }
    return session;
}

Result<QVariant> DatabaseSession::scalar(const QString &sql) const
{
    QSqlQuery q(db());
    if (!q.exec(sql))
        return mapError(m_profile.engine, q.lastError(), m_profile);
    if (!q.next())
        return QVariant();
    return q.value(0);
}

Result<ServerInfo> DatabaseSession::serverInfo() const
{
    ServerInfo info;
    switch (m_profile.engine) {
    case Engine::SQLite: {
        auto v = scalar(QStringLiteral("SELECT sqlite_version()"));
        if (!v)
            return v.error();
        info.product = QStringLiteral("SQLite");
        info.version = v->toString();
        info.details = QStringLiteral("SQLite ") + info.version;
        break;
    }
    case Engine::PostgreSQL: {
        auto v = scalar(QStringLiteral("SHOW server_version"));
        if (!v)
            return v.error();
        info.product = QStringLiteral("PostgreSQL");
        info.version = v->toString().section(u' ', 0, 0);
        auto full = scalar(QStringLiteral("SELECT version()"));
        info.details = full ? full->toString() : info.version;
        break;
    }
    case Engine::MySQL: {
        auto v = scalar(QStringLiteral("SELECT VERSION()"));
        if (!v)
            return v.error();
        const QString full = v->toString();
        info.product = full.contains(QLatin1String("MariaDB"), Qt::CaseInsensitive) ? QStringLiteral("MariaDB")
                                                                                    : QStringLiteral("MySQL");
        info.version = full.section(u'-', 0, 0);
        info.details = full;
        break;
    }
    default: return Error::make(ErrorKind::InvalidInput, tr("Not a database connection."));
    }
    return info;
}

} // namespace Godwit
