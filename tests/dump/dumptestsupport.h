// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers for the dump tests: SQLite profiles, running SQL, counting rows, flipping bytes in files.

#include "connections/connectionprofile.h"
#include "db/databasesession.h"
#include "dump/dumpio.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace GodwitTest {

inline Godwit::ConnectionProfile sqliteProfile(const QString &path)
{
    Godwit::ConnectionProfile p;
    p.id = Godwit::ConnectionProfile::newId();
    p.name = QFileInfo(path).fileName();
    p.engine = Godwit::Engine::SQLite;
    p.database = path;
    return p;
}

inline Godwit::Status execAll(const Godwit::DatabaseSession &session, const QStringList &statements)
{
    QSqlQuery q(session.db());
    for (const QString &sql : statements)
        if (!q.exec(sql))
            return Godwit::Error::make(Godwit::ErrorKind::Server, sql + QStringLiteral(" → ") + q.lastError().text());
    return Godwit::success();
}

inline Godwit::Status execOn(const Godwit::ConnectionProfile &p, const QString &secret, const QStringList &statements)
{
    auto s = Godwit::DatabaseSession::open(p, secret);
    if (!s)
        return s.error();
    return execAll(**s, statements);
}

// -1 when the table does not exist.
inline qint64 countRows(const Godwit::ConnectionProfile &p, const QString &secret, const QString &table)
{
    auto s = Godwit::DatabaseSession::open(p, secret);
    if (!s)
        return -2;
    auto v = (*s)->scalar(QStringLiteral("SELECT COUNT(*) FROM ") + (*s)->quote(table));
    return v ? v->toLongLong() : -1;
}

inline QVariant scalarOn(const Godwit::ConnectionProfile &p, const QString &secret, const QString &sql)
{
    auto s = Godwit::DatabaseSession::open(p, secret);
    if (!s)
        return {};
    auto v = (*s)->scalar(sql);
    return v ? *v : QVariant();
}

inline bool rewriteFile(const QString &path, const std::function<void(QByteArray &)> &change)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QByteArray data = f.readAll();
    f.close();
    change(data);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(data) == data.size();
}

// Changes the manifest and writes a matching manifest.json.sha256, as someone editing it on purpose would.
inline bool rewriteManifest(const QString &dumpDir, const std::function<void(QJsonObject &)> &change)
{
    const QString path = dumpDir + QStringLiteral("/manifest.json");
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    change(o);
    const QByteArray data = QJsonDocument(o).toJson();
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
        return false;
    f.close();
    QFile s(path + QStringLiteral(".sha256"));
    if (!s.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    s.write(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex() + "  manifest.json\n");
    return true;
}

} // namespace GodwitTest
