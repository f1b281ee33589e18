// SPDX-License-Identifier: GPL-3.0-or-later
#include "result.h"

namespace Godwit {

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Other: return QStringLiteral("error");
    case ErrorKind::InvalidInput: return QStringLiteral("invalid-input");
    case ErrorKind::AuthenticationFailed: return QStringLiteral("authentication-failed");
    case ErrorKind::PasswordRequired: return QStringLiteral("password-required");
    case ErrorKind::HostUnreachable: return QStringLiteral("host-unreachable");
    case ErrorKind::TlsUntrusted: return QStringLiteral("tls-untrusted");
    case ErrorKind::UnknownDatabase: return QStringLiteral("unknown-database");
    case ErrorKind::NotADatabase: return QStringLiteral("not-a-database");
    case ErrorKind::NotASearchCluster: return QStringLiteral("not-a-search-cluster");
    case ErrorKind::Timeout: return QStringLiteral("timeout");
    case ErrorKind::Canceled: return QStringLiteral("canceled");
    case ErrorKind::Server: return QStringLiteral("server-error");
    case ErrorKind::NotFound: return QStringLiteral("not-found");
    }
    return QStringLiteral("error");
}

} // namespace Godwit
