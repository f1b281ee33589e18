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


// Exports a database twice, with the fast paths and with GODWIT_DUMP_NO_FAST_PATH (every value through
// cells), into folders under dir; returns a message for the first difference in any chunk or table
// checksum, or an empty string when both dumps hold the same bytes.
inline QString compareFastAndGeneralExport(const Godwit::ConnectionProfile &profile, const QString &secret, const QString &dir)
{
    using namespace Godwit::Dump;
    QList<Manifest> manifests;
    for (const bool general : {false, true}) {
        if (general)
            qputenv("GODWIT_DUMP_NO_FAST_PATH", "1");
        auto r = exportDatabase(profile, secret, dir + (general ? QStringLiteral("/general") : QStringLiteral("/fast")), ExportOptions{}, nullptr);
        qunsetenv("GODWIT_DUMP_NO_FAST_PATH");
        if (!r)
            return r.errorMessage();
        manifests.append(r->manifest);
    }
    const Manifest &a = manifests.at(0), &b = manifests.at(1);
    if (a.tables.size() != b.tables.size())
        return QStringLiteral("different tables");
    for (int i = 0; i < a.tables.size(); ++i) {
        const DumpTable &x = a.tables.at(i), &y = b.tables.at(i);
        if (x.rows != y.rows || x.checksum != y.checksum || x.chunks.size() != y.chunks.size())
            return QStringLiteral("%1: rows %2/%3, checksum %4/%5").arg(x.name).arg(x.rows).arg(y.rows).arg(x.checksum, y.checksum);
        for (int c = 0; c < x.chunks.size(); ++c)
            if (x.chunks.at(c).sha256 != y.chunks.at(c).sha256)
                return QStringLiteral("%1: chunk %2 differs").arg(x.name, x.chunks.at(c).path);
    }
    return {};
}

} // namespace GodwitTest
