// SPDX-License-Identifier: GPL-3.0-or-later
#include "clusterclient.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

namespace Godwit {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("Godwit::ClusterClient", text); }

qint64 toInt64(const QJsonValue &v)
{
    if (v.isDouble())
        return qint64(v.toDouble());
    bool ok = false;
    const qint64 n = v.toString().toLongLong(&ok);
    return ok ? n : -1;
}
} // namespace

ClusterClient::ClusterClient(const ConnectionProfile &profile, const QString &secret, const JobContext *job)
    : m_http(HttpOptions::fromProfile(profile, secret), job), m_prefix(profile.indexPrefix)
{
}

ClusterClient::ClusterClient(const HttpOptions &options, const JobContext *job) : m_http(options, job) {}

Result<ServerInfo> ClusterClient::info()
{
    auto r = m_http.get(QStringLiteral("/"));
    if (!r)
        return r.error();
    const QUrl root = m_http.url(QStringLiteral("/"));
    if (r->status == 401 || r->status == 403)
        return HttpClient::httpError(*r, root);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r->body, &pe);
    const QJsonObject o = doc.object();
    // A cluster in trouble (no elected master, overloaded after the retries) answers with its own error
    // object: that is a server error with a reason, not "not a search cluster".
    if (!r->isSuccess() && o.value(QStringLiteral("error")).isObject() && o.contains(QStringLiteral("status")))
        return HttpClient::httpError(*r, root);
    const QJsonObject version = o.value(QStringLiteral("version")).toObject();
    const QString number = version.value(QStringLiteral("number")).toString();
    if (pe.error != QJsonParseError::NoError || !doc.isObject() || number.isEmpty()) {
        return Error::make(ErrorKind::NotASearchCluster,
                           tr("%1 answered HTTP %2, but it is not an Elasticsearch or OpenSearch cluster.")
                               .arg(root.adjusted(QUrl::RemoveUserInfo).toString())
                               .arg(r->status));
    }
    if (!r->isSuccess())
        return HttpClient::httpError(*r, root);
    ServerInfo info;
    const QString distribution = version.value(QStringLiteral("distribution")).toString();
    info.product = distribution == QLatin1String("opensearch") ? QStringLiteral("OpenSearch") : QStringLiteral("Elasticsearch");
    info.version = number;
    info.latencyMs = r->elapsedMs;
    info.clusterName = o.value(QStringLiteral("cluster_name")).toString();
    info.details = QStringLiteral("%1 %2, node %3, Lucene %4")
                       .arg(info.product, number, o.value(QStringLiteral("name")).toString(),
                            version.value(QStringLiteral("lucene_version")).toString());
    return info;
}

Result<QJsonObject> ClusterClient::health()
{
    auto r = m_http.getJson(QStringLiteral("/_cluster/health"));
    if (!r)
        return r.error();
    return r->object();
}

Result<QList<ClusterNode>> ClusterClient::nodes()
{
    auto r = m_http.getJson(QStringLiteral("/_cat/nodes?format=json&h=name,ip,version,node.role,master,heap.percent"));
    if (!r)
        return r.error();
    QList<ClusterNode> list;
    const QJsonArray arr = r->array();
    for (const QJsonValue &v : arr) {
        const QJsonObject o = v.toObject();
        list.append({o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("ip")).toString(),
                     o.value(QStringLiteral("version")).toString(), o.value(QStringLiteral("node.role")).toString(),
                     o.value(QStringLiteral("master")).toString() == QLatin1String("*"),
                     int(toInt64(o.value(QStringLiteral("heap.percent"))))});
    }
    return list;
}

Result<QList<ClusterIndex>> ClusterClient::indices(const QString &pattern)
{
    QString path = QStringLiteral("/_cat/indices");
    const QString effective = !pattern.isEmpty() ? pattern : (m_prefix.isEmpty() ? QString() : m_prefix + u'*');
    const QString target = effective.isEmpty() ? QStringLiteral("_all") : QString::fromUtf8(QUrl::toPercentEncoding(effective, "*,"));
    if (!effective.isEmpty())
        path += u'/' + target;
    path += QStringLiteral("?format=json&bytes=b&s=index&h=index,health,status,docs.count,store.size,pri,rep&expand_wildcards=open,closed");
    auto r = m_http.getJson(path);
    if (!r)
        return r.error();
    QList<ClusterIndex> list;
    const QJsonArray arr = r->array();
    for (const QJsonValue &v : arr) {
        const QJsonObject o = v.toObject();
        ClusterIndex i;
        i.name = o.value(QStringLiteral("index")).toString();
        i.health = o.value(QStringLiteral("health")).toString();
        i.status = o.value(QStringLiteral("status")).toString();
        i.docs = toInt64(o.value(QStringLiteral("docs.count")));
        i.sizeBytes = toInt64(o.value(QStringLiteral("store.size")));
        i.primaries = int(toInt64(o.value(QStringLiteral("pri"))));
        i.replicas = int(toInt64(o.value(QStringLiteral("rep"))));
        list.append(i);
    }
    // _cat counts Lucene documents, nested ones included (three for a record with two nested authors).
    // The documents a user means are the top-level ones: count them per index with one search. Should that
    // fail (permissions, a broken shard), the _cat numbers stay.
    if (!list.isEmpty()) {
        const QJsonObject terms{{QStringLiteral("field"), QStringLiteral("_index")}, {QStringLiteral("size"), int(list.size())}};
        const QJsonObject body{{QStringLiteral("size"), 0},
                               {QStringLiteral("aggs"), QJsonObject{{QStringLiteral("docs"), QJsonObject{{QStringLiteral("terms"), terms}}}}}};
        auto counts = m_http.sendJson("POST", u'/' + target + QStringLiteral("/_search?ignore_unavailable=true&allow_no_indices=true"
                                                                           "&expand_wildcards=open"),
                                      QJsonDocument(body));
        if (counts) {
            QHash<QString, qint64> docs;
            const QJsonArray buckets = counts->object().value(QStringLiteral("aggregations")).toObject()
                                           .value(QStringLiteral("docs")).toObject().value(QStringLiteral("buckets")).toArray();
            for (const QJsonValue &b : buckets)
                docs.insert(b.toObject().value(QStringLiteral("key")).toString(), toInt64(b.toObject().value(QStringLiteral("doc_count"))));
            for (ClusterIndex &i : list)
                if (docs.contains(i.name))
                    i.docs = docs.value(i.name);
        }
    }
    return list;
}

Result<QList<ClusterAlias>> ClusterClient::aliases()
{
    auto r = m_http.getJson(QStringLiteral("/_cat/aliases?format=json&s=alias&h=alias,index,is_write_index"));
    if (!r)
        return r.error();
    QList<ClusterAlias> list;
    const QJsonArray arr = r->array();
    for (const QJsonValue &v : arr) {
        const QJsonObject o = v.toObject();
        const QString alias = o.value(QStringLiteral("alias")).toString();
        if (!m_prefix.isEmpty() && !alias.startsWith(m_prefix))
            continue;
        list.append({alias, o.value(QStringLiteral("index")).toString(),
                     o.value(QStringLiteral("is_write_index")).toString() == QLatin1String("true")});
    }
    return list;
}

static void flattenProperties(const QJsonObject &properties, const QString &prefix, QList<MappingField> &out)
{
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QJsonObject field = it.value().toObject();
        const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        QString type = field.value(QStringLiteral("type")).toString();
        if (type.isEmpty())
            type = QStringLiteral("object");
        out.append({path, type});
        if (field.contains(QStringLiteral("properties")))
            flattenProperties(field.value(QStringLiteral("properties")).toObject(), path, out);
        const QJsonObject subfields = field.value(QStringLiteral("fields")).toObject();
        for (auto f = subfields.begin(); f != subfields.end(); ++f)
            out.append({path + u'.' + f.key(), f.value().toObject().value(QStringLiteral("type")).toString()});
    }
}

QList<MappingField> ClusterClient::flattenMapping(const QJsonObject &mappings)
{
    QList<MappingField> out;
    if (mappings.contains(QStringLiteral("properties"))) {
        flattenProperties(mappings.value(QStringLiteral("properties")).toObject(), {}, out);
        return out;
    }
    // Elasticsearch 6: one level of mapping types ({"_doc": {"properties": …}}).
    for (auto it = mappings.begin(); it != mappings.end(); ++it) {
        const QJsonObject typed = it.value().toObject();
        if (typed.contains(QStringLiteral("properties")))
            flattenProperties(typed.value(QStringLiteral("properties")).toObject(), {}, out);
    }
    return out;
}

Result<QList<MappingField>> ClusterClient::mapping(const QString &index)
{
    auto r = m_http.getJson(u'/' + QString::fromUtf8(QUrl::toPercentEncoding(index)) + QStringLiteral("/_mapping"));
    if (!r)
        return r.error();
    const QJsonObject root = r->object();
    if (root.isEmpty())
        return QList<MappingField>{};
    const QJsonObject mappings = root.begin().value().toObject().value(QStringLiteral("mappings")).toObject();
    return flattenMapping(mappings);
}

Result<ClusterSummary> ClusterClient::summary()
{
    ClusterSummary s;
    auto i = info();
    if (!i)
        return i.error();
    s.info = i.take();
    auto h = health();
    if (!h)
        return h.error();
    s.health = h.take();
    auto n = nodes();
    if (!n)
        return n.error();
    s.nodes = n.take();
    auto idx = indices();
    if (!idx)
        return idx.error();
    s.indices = idx.take();
    auto a = aliases();
    if (!a)
        return a.error();
    s.aliases = a.take();
    return s;
}

Status ClusterClient::createIndex(const QString &name, const QJsonObject &body)
{
    const QString path = u'/' + QString::fromUtf8(QUrl::toPercentEncoding(name));
    auto r = m_http.request("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!r)
        return r.error();
    if (!r->isSuccess())
        return HttpClient::httpError(*r, m_http.url(path));
    return success();
}

Status ClusterClient::deleteIndex(const QString &name)
{
    if (name.isEmpty() || name.contains(u'*') || name.contains(u',') || name == QLatin1String("_all"))
        return Error::make(ErrorKind::InvalidInput, tr("Name one index to delete; patterns are not accepted."));
    const QString path = u'/' + QString::fromUtf8(QUrl::toPercentEncoding(name));
    auto r = m_http.request("DELETE", path);
    if (!r)
        return r.error();
    if (!r->isSuccess())
        return HttpClient::httpError(*r, m_http.url(path));
    return success();
}

Status ClusterClient::updateAliases(const QJsonArray &actions)
{
    auto r = m_http.sendJson("POST", QStringLiteral("/_aliases"), QJsonDocument(QJsonObject{{QStringLiteral("actions"), actions}}));
    if (!r)
        return r.error();
    return success();
}

Result<QJsonObject> ClusterClient::rawMapping(const QString &index)
{
    auto r = m_http.getJson(u'/' + QString::fromUtf8(QUrl::toPercentEncoding(index)) + QStringLiteral("/_mapping"));
    if (!r)
        return r.error();
    return r->object();
}

} // namespace Godwit
