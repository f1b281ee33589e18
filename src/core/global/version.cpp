// SPDX-License-Identifier: GPL-3.0-or-later
#include "version.h"
#include "godwit_config.h"

#include <QSqlDatabase>
#include <QSslSocket>
#include <QtGlobal>

#include <archive.h>
#include <sqlite3.h>

namespace Godwit {

QString applicationVersion() { return QStringLiteral(GODWIT_VERSION); }
QString applicationId() { return QStringLiteral(GODWIT_APP_ID); }

QList<QPair<QString, QString>> componentVersions()
{
    QList<QPair<QString, QString>> list;
    list.append({QStringLiteral("Godwit"), applicationVersion()});
    list.append({QStringLiteral("Qt (runtime)"), QString::fromLatin1(qVersion())});
    list.append({QStringLiteral("Qt (build)"), QStringLiteral(QT_VERSION_STR)});
    list.append({QStringLiteral("TLS backend"), QSslSocket::sslLibraryVersionString()});
    list.append({QStringLiteral("libarchive"), QString::fromLatin1(archive_version_details())});
    list.append({QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion())});
    list.append({QStringLiteral("QtKeychain"), QStringLiteral(GODWIT_QTKEYCHAIN_VERSION)});
    list.append({QStringLiteral("SQL drivers"), QSqlDatabase::drivers().join(QStringLiteral(", "))});
    return list;
}

QString versionText(const QString &programName)
{
    QString text = programName + u' ' + applicationVersion() + u'\n';
    const auto components = componentVersions();
    for (const auto &[name, version] : components) {
        if (name == QLatin1String("Godwit"))
            continue;
        text += QStringLiteral("  %1: %2\n").arg(name, version);
    }
    return text;
}

} // namespace Godwit
