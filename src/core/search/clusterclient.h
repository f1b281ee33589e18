// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/databasesession.h"
#include "httpclient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Godwit {

struct ClusterIndex
{
    QString name;
    QString health;
    QString status;
    qint64 docs = -1;
    qint64 sizeBytes = -1;
    int primaries = 0;
    int replicas = 0;
};

struct ClusterAlias
{
    QString alias;
    QString index;
    bool writeIndex = false;
};

struct ClusterNode
{
    QString name;
    QString ip;
    QString version;
    QString roles;
    bool master = false;
    int heapPercent = -1;
};

struct ClusterSummary
{
    ServerInfo info;
    QJsonObject health;
    QList<ClusterNode> nodes;
    QList<ClusterIndex> indices;
    QList<ClusterAlias> aliases;
};

struct MappingField
{
    QString path; // "metadata.title.en"
    QString type; // "text", "keyword", "object", "nested" …
};

// Elasticsearch 6–8 and OpenSearch 1–3 over their REST APIs. Blocking, for jobs and the CLI.
class ClusterClient
{
public:
    ClusterClient(const ConnectionProfile &profile, const QString &secret, const JobContext *job = nullptr);
    explicit ClusterClient(const HttpOptions &options, const JobContext *job = nullptr);

    // GET / : distribution, version, cluster name, latency. Anything that is not a search cluster's root
    // answer is an error of kind NotASearchCluster.
    Result<ServerInfo> info();
    Result<QJsonObject> health();
    Result<QList<ClusterNode>> nodes();
    Result<QList<ClusterIndex>> indices(const QString &pattern = {});
    Result<QList<ClusterAlias>> aliases();
    Result<QList<MappingField>> mapping(const QString &index);
    Result<ClusterSummary> summary();

    // Administration (the Connections panel's actions): each one request, errors with the server's reason.
    Status createIndex(const QString &name, const QJsonObject &body);
    Status deleteIndex(const QString &name);
    // One atomic _aliases call: [{"add": {"index": …, "alias": …}}, {"remove": …}].
    Status updateAliases(const QJsonArray &actions);
    Result<QJsonObject> rawMapping(const QString &index);

    HttpClient &http() { return m_http; }
    QString indexPrefix() const { return m_prefix; }

    // Flattens a mapping's "properties" into dotted paths, fields included.
    static QList<MappingField> flattenMapping(const QJsonObject &mappings);

private:
    HttpClient m_http;
    QString m_prefix;
};

} // namespace Godwit

Q_DECLARE_METATYPE(Godwit::ClusterSummary)
Q_DECLARE_METATYPE(Godwit::ServerInfo)
