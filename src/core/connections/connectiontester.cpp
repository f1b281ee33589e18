// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiontester.h"
#include "jobs/jobmanager.h"
#include "search/clusterclient.h"

#include <QElapsedTimer>

namespace Godwit {

Result<ServerInfo> testConnection(const ConnectionProfile &profile, const QString &secret, const JobContext *job)
{
    if (profile.kind() == ConnectionKind::Search) {
        ClusterClient client(profile, secret, job);
        auto info = client.info();
        if (!info)
            return info;
        return info;
    }
    QElapsedTimer clock;
    clock.start();
    DatabaseSession::Options options;
    options.readOnly = true;
    auto session = DatabaseSession::open(profile, secret, options);
    if (!session)
        return session.error();
    auto info = (*session)->serverInfo();
    if (!info)
        return info;
    ServerInfo result = info.take();
    result.latencyMs = clock.elapsed();
    return result;
}

QJsonObject serverInfoToJson(const ServerInfo &info, const ConnectionProfile &profile)
{
    QJsonObject o;
    o[QStringLiteral("ok")] = true;
    o[QStringLiteral("url")] = profile.displayUrl();
    if (profile.kind() == ConnectionKind::Search) {
        o[QStringLiteral("distribution")] = info.product.toLower();
        o[QStringLiteral("cluster_name")] = info.clusterName;
    } else {
        o[QStringLiteral("engine")] = info.product.toLower();
    }
    o[QStringLiteral("version")] = info.version;
    o[QStringLiteral("latency_ms")] = info.latencyMs;
    o[QStringLiteral("details")] = info.details;
    return o;
}

} // namespace Godwit
