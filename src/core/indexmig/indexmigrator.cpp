// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexmigrator.h"
#include "jobs/jobmanager.h"
#include "log/log.h"
#include "search/clusterclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostInfo>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <csignal>
#include <cerrno>
#include <unistd.h>

namespace Godwit {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("Godwit::IndexMigrator", text); }

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }
// Index settings as dotted keys ("translog.durability"), whether given nested or flat; an "index." prefix
// is dropped.
void flattenSettingsInto(const QJsonObject &o, const QString &prefix, QHash<QString, QJsonValue> &out)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        QString key = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (prefix.isEmpty() && key.startsWith(QLatin1String("index.")))
            key = key.mid(6);
        if (it.value().isObject() && key != QLatin1String("analysis"))
            flattenSettingsInto(it.value().toObject(), key, out);
        else
            out.insert(key, it.value());
    }
}
QHash<QString, QJsonValue> flattenSettings(const QJsonObject &o)
{
    QHash<QString, QJsonValue> out;
    flattenSettingsInto(o, {}, out);
    return out;
}

QString enc(const QString &s) { return QString::fromUtf8(QUrl::toPercentEncoding(s, "*,")); }
QString isoTime(qint64 ms) { return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString(); }

qint64 num(const QJsonValue &v, qint64 fallback = 0)
{
    if (v.isDouble())
        return qint64(v.toDouble());
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        return ok ? n : fallback;
    }
    return fallback;
}

bool pidAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

const QString &instanceId()
{
    static const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return id;
}

bool transient(const Error &e)
{
    return e.kind == ErrorKind::HostUnreachable || e.kind == ErrorKind::Timeout
        || (e.kind == ErrorKind::Server && (e.message.contains(QLatin1String("HTTP 503")) || e.message.contains(QLatin1String("HTTP 429"))
                                            || e.message.contains(QLatin1String("HTTP 502")) || e.message.contains(QLatin1String("HTTP 504"))
                                            || e.message.contains(QLatin1String("no_shard_available")) || e.message.contains(QLatin1String("search_phase_execution_exception"))
                                            || e.message.contains(QLatin1String("cluster_block_exception"))));
}

// Settings of an index that describe it rather than configure it: never copied.
bool copyableSetting(const QString &key)
{
    static const QStringList skip{QStringLiteral("uuid"), QStringLiteral("version"), QStringLiteral("creation_date"),
                                  QStringLiteral("provided_name"), QStringLiteral("routing"), QStringLiteral("resize"),
                                  QStringLiteral("shrink"), QStringLiteral("verified_before_close"), QStringLiteral("history"),
                                  QStringLiteral("blocks"), QStringLiteral("frozen"), QStringLiteral("lifecycle"),
                                  QStringLiteral("replication"), QStringLiteral("soft_deletes"), QStringLiteral("plugins"),
                                  QStringLiteral("store"), QStringLiteral("hidden")};
    return !skip.contains(key);
}

QStringList diffMappings(const QJsonObject &oldM, const QJsonObject &newM)
{
    QMap<QString, QString> a, b;
    for (const MappingField &f : ClusterClient::flattenMapping(oldM))
        a.insert(f.path, f.type);
    for (const MappingField &f : ClusterClient::flattenMapping(newM))
        b.insert(f.path, f.type);
    QStringList out;
    for (auto it = b.cbegin(); it != b.cend(); ++it) {
        if (!a.contains(it.key()))
            out << QStringLiteral("+ %1 (%2)").arg(it.key(), it.value());
        else if (a.value(it.key()) != it.value())
            out << QStringLiteral("~ %1: %2 → %3").arg(it.key(), a.value(it.key()), it.value());
    }
    for (auto it = a.cbegin(); it != a.cend(); ++it)
        if (!b.contains(it.key()))
            out << QStringLiteral("- %1 (%2)").arg(it.key(), it.value());
    return out;
}

bool wildcardMatch(const QString &pattern, const QString &text)
{
    return QRegularExpression(QRegularExpression::wildcardToRegularExpression(pattern, QRegularExpression::UnanchoredWildcardConversion)
                                  .prepend(u'^').append(u'$'),
                              QRegularExpression::CaseInsensitiveOption)
        .match(text)
        .hasMatch();
}
} // namespace

HttpOptions ClusterEndpoint::http(int timeoutMs) const
{
    HttpOptions o = HttpOptions::fromProfile(profile, secret);
    o.timeoutMs = timeoutMs;
    o.retries = 5;
    o.retryBaseDelayMs = 300;
    return o;
}

// ------------------------------------------------------------------------------------------------ state --

QJsonObject MigrationJobState::toJson() const
{
    return {{QStringLiteral("recipe_job"), recipeJob},
            {QStringLiteral("source_index"), sourceIndex},
            {QStringLiteral("dest_index"), destIndex},
            {QStringLiteral("aliases"), aliases},
            {QStringLiteral("phase"), phase},
            {QStringLiteral("task"), taskId},
            {QStringLiteral("bulk"), bulk},
            {QStringLiteral("checkpoint_ms"), checkpointMs},
            {QStringLiteral("last_sync_ms"), lastSyncMs},
            {QStringLiteral("last_pass_ms"), lastPassMs},
            {QStringLiteral("last_reconcile_ms"), lastReconcileMs},
            {QStringLiteral("sync_passes"), syncPasses},
            {QStringLiteral("synced_docs"), syncedDocs},
            {QStringLiteral("deleted_docs"), deletedDocs},
            {QStringLiteral("failed_docs"), failedDocs},
            {QStringLiteral("final_settings"), finalSettings},
            {QStringLiteral("created"), created},
            {QStringLiteral("errors"), QJsonArray::fromStringList(errors)}};
}

MigrationJobState MigrationJobState::fromJson(const QJsonObject &o)
{
    MigrationJobState j;
    j.recipeJob = o.value(QStringLiteral("recipe_job")).toInt();
    j.sourceIndex = o.value(QStringLiteral("source_index")).toString();
    j.destIndex = o.value(QStringLiteral("dest_index")).toString();
    j.aliases = o.value(QStringLiteral("aliases")).toArray();
    j.phase = o.value(QStringLiteral("phase")).toString();
    j.taskId = o.value(QStringLiteral("task")).toString();
    j.bulk = o.value(QStringLiteral("bulk")).toObject();
    j.checkpointMs = num(o.value(QStringLiteral("checkpoint_ms")));
    j.lastSyncMs = num(o.value(QStringLiteral("last_sync_ms")));
    j.lastPassMs = num(o.value(QStringLiteral("last_pass_ms")));
    j.lastReconcileMs = num(o.value(QStringLiteral("last_reconcile_ms")));
    j.syncPasses = num(o.value(QStringLiteral("sync_passes")));
    j.syncedDocs = num(o.value(QStringLiteral("synced_docs")));
    j.deletedDocs = num(o.value(QStringLiteral("deleted_docs")));
    j.failedDocs = num(o.value(QStringLiteral("failed_docs")));
    j.finalSettings = o.value(QStringLiteral("final_settings")).toObject();
    j.created = o.value(QStringLiteral("created")).toBool();
    for (const QJsonValue &e : o.value(QStringLiteral("errors")).toArray())
        j.errors << e.toString();
    return j;
}

QJsonObject MigrationState::toJson() const
{
    QJsonArray js;
    for (const MigrationJobState &j : jobs)
        js.append(j.toJson());
    return {{QStringLiteral("recipe"), recipe},
            {QStringLiteral("fingerprint"), fingerprint},
            {QStringLiteral("status"), status},
            {QStringLiteral("cross_cluster"), crossCluster},
            {QStringLiteral("owner"), owner},
            {QStringLiteral("jobs"), js},
            {QStringLiteral("history"), history},
            {QStringLiteral("created_templates"), QJsonArray::fromStringList(createdTemplates)},
            {QStringLiteral("rollover_ms"), rolloverMs},
            {QStringLiteral("updated"), isoTime(nowMs())}};
}

MigrationState MigrationState::fromJson(const QJsonObject &o)
{
    MigrationState s;
    s.recipe = o.value(QStringLiteral("recipe")).toString();
    s.fingerprint = o.value(QStringLiteral("fingerprint")).toString();
    s.status = o.value(QStringLiteral("status")).toString();
    s.crossCluster = o.value(QStringLiteral("cross_cluster")).toBool();
    s.owner = o.value(QStringLiteral("owner")).toObject();
    for (const QJsonValue &j : o.value(QStringLiteral("jobs")).toArray())
        s.jobs.append(MigrationJobState::fromJson(j.toObject()));
    s.history = o.value(QStringLiteral("history")).toArray();
    for (const QJsonValue &t : o.value(QStringLiteral("created_templates")).toArray())
        s.createdTemplates << t.toString();
    s.rolloverMs = num(o.value(QStringLiteral("rollover_ms")));
    return s;
}

void MigrationState::addEvent(const QString &event, const QString &message)
{
    history.append(QJsonObject{{QStringLiteral("time"), isoTime(nowMs())}, {QStringLiteral("event"), event},
                               {QStringLiteral("message"), message}});
    while (history.size() > 100)
        history.removeFirst();
}

// ------------------------------------------------------------------------------------------------ plan --

QJsonObject InitPlan::toJson() const
{
    QJsonArray is;
    for (const Item &i : items)
        is.append(QJsonObject{{QStringLiteral("job"), i.recipeJob + 1},
                              {QStringLiteral("source_index"), i.sourceIndex},
                              {QStringLiteral("dest_index"), i.destIndex},
                              {QStringLiteral("method"), i.method},
                              {QStringLiteral("source_docs"), i.sourceDocs},
                              {QStringLiteral("aliases"), i.aliases},
                              {QStringLiteral("mappings"), i.mappings},
                              {QStringLiteral("settings"), i.settings},
                              {QStringLiteral("final_settings"), i.finalSettings},
                              {QStringLiteral("mapping_diff"), QJsonArray::fromStringList(i.mappingDiff)},
                              {QStringLiteral("exists"), i.exists}});
    return {{QStringLiteral("source"), source.display()},
            {QStringLiteral("destination"), destination.display()},
            {QStringLiteral("items"), is},
            {QStringLiteral("templates"), QJsonArray::fromStringList(templates)},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
            {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
            {QStringLiteral("ok"), problems.isEmpty()}};
}

QString InitPlan::text() const
{
    QString out = tr("Source: %1; destination: %2\n").arg(source.display(), destination.display());
    for (const Item &i : items) {
        QStringList aliasNames;
        for (const QJsonValue &a : i.aliases)
            aliasNames << a.toObject().value(QStringLiteral("alias")).toString()
                              + (a.toObject().value(QStringLiteral("is_write_index")).toBool() ? tr(" (write)") : QString());
        out += tr("  %1 (%2 documents) → %3 by %4; aliases: %5\n")
                   .arg(i.sourceIndex)
                   .arg(i.sourceDocs)
                   .arg(i.destIndex, i.method, aliasNames.isEmpty() ? tr("none") : aliasNames.join(QStringLiteral(", ")));
        if (i.mappingDiff.isEmpty())
            out += tr("    mappings: unchanged\n");
        for (const QString &d : i.mappingDiff)
            out += QStringLiteral("    ") + d + u'\n';
    }
    for (const QString &t : templates)
        out += tr("  template %1 is copied\n").arg(t);
    for (const QString &w : warnings)
        out += tr("warning: %1\n").arg(w);
    for (const QString &p : problems)
        out += tr("problem: %1\n").arg(p);
    return out;
}

QJsonObject MigrationStatus::toJson() const
{
    QJsonArray js;
    for (const Job &j : jobs)
        js.append(QJsonObject{{QStringLiteral("source_index"), j.sourceIndex},
                              {QStringLiteral("dest_index"), j.destIndex},
                              {QStringLiteral("phase"), j.phase},
                              {QStringLiteral("total"), j.total},
                              {QStringLiteral("done"), j.done},
                              {QStringLiteral("docs_per_second"), j.docsPerSecond},
                              {QStringLiteral("eta_ms"), j.etaMs},
                              {QStringLiteral("source_docs"), j.sourceDocs},
                              {QStringLiteral("dest_docs"), j.destDocs},
                              {QStringLiteral("lag_ms"), j.lagMs},
                              {QStringLiteral("checkpoint"), isoTime(j.checkpointMs)},
                              {QStringLiteral("synced_docs"), j.syncedDocs},
                              {QStringLiteral("deleted_docs"), j.deletedDocs},
                              {QStringLiteral("conflicts"), j.conflicts},
                              {QStringLiteral("throttled_ms"), j.throttledMs},
                              {QStringLiteral("requests_per_second"), j.requestsPerSecond},
                              {QStringLiteral("errors"), QJsonArray::fromStringList(j.errors)}});
    QJsonObject o{{QStringLiteral("exists"), exists},
                  {QStringLiteral("recipe"), state.recipe},
                  {QStringLiteral("status"), exists ? state.status : QStringLiteral("not-initialized")},
                  {QStringLiteral("cross_cluster"), state.crossCluster},
                  {QStringLiteral("jobs"), js},
                  {QStringLiteral("history"), state.history},
                  {QStringLiteral("rollover"), isoTime(state.rolloverMs)},
                  {QStringLiteral("taken"), isoTime(takenMs)}};
    if (!state.owner.isEmpty()) {
        QJsonObject owner = state.owner;
        owner[QStringLiteral("alive")] = ownerAlive;
        o[QStringLiteral("owner")] = owner;
    }
    return o;
}

// ------------------------------------------------------------------------------------------- migrator --

struct IndexMigrator::Private
{
    IndexMigrator *q;
    Recipe recipe;
    ClusterEndpoint srcEnd;
    ClusterEndpoint dstEnd;
    JobContext *job;
    std::unique_ptr<HttpClient> src;
    std::unique_ptr<HttpClient> dst;
    ClusterFlavor srcFlavor;
    ClusterFlavor dstFlavor;
    bool connected = false;
    MigrationState state;
    bool haveState = false;

    void log(const QString &line)
    {
        q->m_log << line;
        if (job)
            job->log(line);
        else
            Log::info(QStringLiteral("index"), line);
    }
    void warn(const QString &line)
    {
        q->m_log << line;
        if (job)
            job->warn(line);
        else
            Log::warning(QStringLiteral("index"), line);
    }
    void step(const QString &s)
    {
        if (job)
            job->setStatus(s);
    }
    bool canceled() const { return job && job->isCanceled(); }

    Status connect()
    {
        if (connected)
            return success();
        src = std::make_unique<HttpClient>(srcEnd.http(), job);
        ClusterClient sc(srcEnd.http(), job);
        auto si = sc.info();
        if (!si)
            return Error::make(si.error().kind, tr("Source cluster “%1”: %2").arg(srcEnd.name, si.error().message));
        srcFlavor = ClusterFlavor::from(si->product, si->version);
        if (recipe.crossCluster()) {
            dst = std::make_unique<HttpClient>(dstEnd.http(), job);
            ClusterClient dc(dstEnd.http(), job);
            auto di = dc.info();
            if (!di)
                return Error::make(di.error().kind, tr("Destination cluster “%1”: %2").arg(dstEnd.name, di.error().message));
            dstFlavor = ClusterFlavor::from(di->product, di->version);
        } else {
            dst = std::make_unique<HttpClient>(srcEnd.http(), job);
            dstFlavor = srcFlavor;
        }
        for (const ClusterFlavor &f : {srcFlavor, dstFlavor}) {
            if ((f.openSearch && (f.major < 1 || f.major > 3)) || (!f.openSearch && (f.major < 6 || f.major > 8)))
                return Error::make(ErrorKind::InvalidInput, tr("%1 is not supported: index migrations cover Elasticsearch 6–8 and OpenSearch 1–3.").arg(f.display()));
        }
        connected = true;
        return success();
    }

    HttpOptions srcOpts() const { return srcEnd.http(); }
    HttpOptions dstOpts() const { return recipe.crossCluster() ? dstEnd.http() : srcEnd.http(); }

    // ----- state document (in the destination cluster)
    QString stateDocPath() const
    {
        return u'/' + IndexMigrator::stateIndex() + QStringLiteral("/_doc/") + enc(recipe.name);
    }

    Result<bool> loadState()
    {
        auto r = dst->request("GET", stateDocPath());
        if (!r)
            return r.error();
        if (r->status == 404) {
            haveState = false;
            return false;
        }
        if (!r->isSuccess())
            return HttpClient::httpError(*r, dst->url(stateDocPath()));
        const QJsonObject o = r->json().object();
        if (!o.value(QStringLiteral("found")).toBool()) {
            haveState = false;
            return false;
        }
        state = MigrationState::fromJson(o.value(QStringLiteral("_source")).toObject());
        state.seqNo = num(o.value(QStringLiteral("_seq_no")), -1);
        state.primaryTerm = num(o.value(QStringLiteral("_primary_term")), -1);
        state.version = num(o.value(QStringLiteral("_version")), -1);
        haveState = true;
        return true;
    }

    Status ensureStateIndex()
    {
        auto head = dst->request("HEAD", u'/' + IndexMigrator::stateIndex());
        if (!head)
            return head.error();
        if (head->status == 200)
            return success();
        QJsonObject settings{{QStringLiteral("number_of_shards"), 1}, {QStringLiteral("auto_expand_replicas"), QStringLiteral("0-1")}};
        if (dstFlavor.hiddenIndices())
            settings[QStringLiteral("hidden")] = true;
        QJsonObject mapping{{QStringLiteral("dynamic"), false},
                            {QStringLiteral("properties"), QJsonObject{{QStringLiteral("recipe"), QJsonObject{{QStringLiteral("type"), QStringLiteral("keyword")}}},
                                                                       {QStringLiteral("status"), QJsonObject{{QStringLiteral("type"), QStringLiteral("keyword")}}}}}};
        const QJsonObject body{{QStringLiteral("settings"), QJsonObject{{QStringLiteral("index"), settings}}},
                               {QStringLiteral("mappings"), dstFlavor.mappingTypes() ? QJsonObject{{QStringLiteral("_doc"), mapping}} : mapping}};
        auto r = dst->request("PUT", u'/' + IndexMigrator::stateIndex(), QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (!r)
            return r.error();
        if (!r->isSuccess() && !r->body.contains("resource_already_exists"))
            return Error::make(ErrorKind::Server, tr("Cannot create the state index %1: %2").arg(IndexMigrator::stateIndex(), HttpClient::errorReason(*r)));
        return success();
    }

    // Writes the state with optimistic concurrency: fails if anybody else wrote it since we read it.
    Status saveState(bool create = false)
    {
        if (!state.owner.isEmpty() && state.owner.value(QStringLiteral("instance")).toString() == instanceId())
            state.owner[QStringLiteral("heartbeat_ms")] = nowMs();
        QString path = stateDocPath() + QStringLiteral("?refresh=true");
        if (create)
            path += QStringLiteral("&op_type=create");
        else if (dstFlavor.seqNoConcurrency() && state.seqNo >= 0)
            path += QStringLiteral("&if_seq_no=%1&if_primary_term=%2").arg(state.seqNo).arg(state.primaryTerm);
        else if (state.version > 0)
            path += QStringLiteral("&version=%1").arg(state.version);
        auto r = dst->request("PUT", path, QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact));
        if (!r)
            return r.error();
        if (r->status == 409)
            return Error::make(ErrorKind::Other, tr("The state of “%1” was changed by another Godwit instance meanwhile; nothing was overwritten. "
                                                    "Run `index status` to see who drives it.").arg(recipe.name));
        if (!r->isSuccess())
            return Error::make(ErrorKind::Server, tr("Cannot save the migration state: %1").arg(HttpClient::errorReason(*r)));
        const QJsonObject o = r->json().object();
        state.seqNo = num(o.value(QStringLiteral("_seq_no")), -1);
        state.primaryTerm = num(o.value(QStringLiteral("_primary_term")), -1);
        state.version = num(o.value(QStringLiteral("_version")), -1);
        haveState = true;
        return success();
    }

    bool ownerIsOther(QString *who) const
    {
        const QJsonObject o = state.owner;
        const QString inst = o.value(QStringLiteral("instance")).toString();
        if (inst.isEmpty() || inst == instanceId())
            return false;
        const qint64 beat = num(o.value(QStringLiteral("heartbeat_ms")));
        const QString host = o.value(QStringLiteral("host")).toString();
        const qint64 pid = num(o.value(QStringLiteral("pid")));
        if (nowMs() - beat > 90000)
            return false; // a silent owner has given up (crashed elsewhere, machine restarted)
        if (host == QHostInfo::localHostName() && !pidAlive(pid))
            return false; // a killed Godwit on this machine
        *who = tr("%1 (process %2, last seen %3 s ago)").arg(host).arg(pid).arg((nowMs() - beat) / 1000);
        return true;
    }

    Status acquire()
    {
        QString who;
        if (ownerIsOther(&who))
            return Error::make(ErrorKind::Other, tr("“%1” is being driven by another Godwit on %2; stop it there first.").arg(recipe.name, who));
        const bool resumed = !state.owner.isEmpty() && state.owner.value(QStringLiteral("instance")).toString() != instanceId();
        state.owner = QJsonObject{{QStringLiteral("instance"), instanceId()},
                                  {QStringLiteral("host"), QHostInfo::localHostName()},
                                  {QStringLiteral("pid"), qint64(QCoreApplication::applicationPid())},
                                  {QStringLiteral("heartbeat_ms"), nowMs()}};
        if (resumed)
            state.addEvent(QStringLiteral("resumed"), tr("Taken over from an owner that is gone."));
        return saveState();
    }

    void release()
    {
        if (state.owner.value(QStringLiteral("instance")).toString() != instanceId())
            return;
        state.owner = {};
        (void)saveState();
    }

    Status checkFingerprint() const
    {
        if (state.fingerprint != recipe.fingerprint())
            return Error::make(ErrorKind::InvalidInput,
                               tr("The recipe “%1” was edited since init: its jobs, connections or prefix differ from what was initialised. "
                                  "Restore it, or cancel the migration and init again. Nothing was changed.").arg(recipe.name));
        return success();
    }

    // ----- cluster helpers
    Result<QJsonObject> getJson(HttpClient &http, const QString &path)
    {
        auto r = http.getJson(path);
        if (!r)
            return r.error();
        return r->object();
    }

    Result<qint64> count(HttpClient &http, const QString &index)
    {
        auto r = getJson(http, u'/' + enc(index) + QStringLiteral("/_count"));
        if (!r)
            return r.error();
        return num(r->value(QStringLiteral("count")), -1);
    }

    Status refresh(HttpClient &http, const QString &index)
    {
        auto r = http.request("POST", u'/' + enc(index) + QStringLiteral("/_refresh"));
        if (!r)
            return r.error();
        if (!r->isSuccess())
            return HttpClient::httpError(*r, http.url(u'/' + index + QStringLiteral("/_refresh")));
        return success();
    }

    Status putSettings(HttpClient &http, const QString &index, const QJsonObject &settings)
    {
        if (settings.isEmpty())
            return success();
        auto r = http.request("PUT", u'/' + enc(index) + QStringLiteral("/_settings"),
                              QJsonDocument(QJsonObject{{QStringLiteral("index"), settings}}).toJson(QJsonDocument::Compact));
        if (!r)
            return r.error();
        if (!r->isSuccess())
            return Error::make(ErrorKind::Server, tr("Cannot change the settings of %1: %2").arg(index, HttpClient::errorReason(*r)));
        return success();
    }

    // The concrete indexes behind a name (index, alias or pattern), without hidden ones and ours.
    Result<QStringList> resolve(const QString &name, bool *isAlias)
    {
        *isAlias = false;
        auto r = src->request("GET", u'/' + enc(name) + QStringLiteral("/_alias"));
        if (!r)
            return r.error();
        if (r->status == 404)
            return Error::make(ErrorKind::NotFound, tr("Unknown index or alias “%1” on %2.").arg(name, srcEnd.name));
        if (!r->isSuccess())
            return HttpClient::httpError(*r, src->url(u'/' + name + QStringLiteral("/_alias")));
        const QJsonObject o = r->json().object();
        QStringList out;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key().startsWith(u'.'))
                continue;
            out << it.key();
            if (it.value().toObject().value(QStringLiteral("aliases")).toObject().contains(name))
                *isAlias = true;
        }
        out.sort();
        return out;
    }

    Result<QJsonArray> aliasesOf(HttpClient &http, const QString &index)
    {
        auto r = getJson(http, u'/' + enc(index) + QStringLiteral("/_alias"));
        if (!r)
            return r.error();
        QJsonArray out;
        const QJsonObject aliases = r->value(index).toObject().value(QStringLiteral("aliases")).toObject();
        for (auto it = aliases.begin(); it != aliases.end(); ++it) {
            QJsonObject a = it.value().toObject();
            a[QStringLiteral("alias")] = it.key();
            out.append(a);
        }
        return out;
    }

    QJsonObject plainMappings(const QJsonObject &m) const
    {
        if (m.contains(QStringLiteral("properties")) || m.isEmpty())
            return m;
        // Elasticsearch 6: one mapping type level.
        if (m.size() == 1 && m.begin().value().isObject())
            return m.begin().value().toObject();
        return m;
    }

    QString destType() const { return dstFlavor.mappingTypes() ? QStringLiteral("_doc") : QString(); }

    Status checkRemoteAllowed(QStringList *problems)
    {
        const QUrl srcUrl(srcEnd.profile.urls.value(0));
        const QString hostPort = QStringLiteral("%1:%2").arg(srcUrl.host()).arg(srcUrl.port(srcUrl.scheme() == QLatin1String("https") ? 443 : 9200));
        auto r = dst->getJson(QStringLiteral("/_nodes/settings?filter_path=nodes.*.settings.reindex"));
        if (!r) {
            if (r.error().kind == ErrorKind::AuthenticationFailed) {
                problems->append(tr("Cannot read the destination's node settings to check %1 (%2).").arg(dstFlavor.remoteListSetting(), r.error().message));
                return success();
            }
            return r.error();
        }
        const QString setting = dstFlavor.remoteListSetting();
        const QJsonObject nodes = r->object().value(QStringLiteral("nodes")).toObject();
        bool allowed = false;
        for (auto it = nodes.begin(); it != nodes.end() && !allowed; ++it) {
            const QJsonObject reindex = it.value().toObject().value(QStringLiteral("settings")).toObject().value(QStringLiteral("reindex")).toObject();
            const QJsonObject remote = reindex.value(QStringLiteral("remote")).toObject();
            QJsonValue list = remote.value(setting.section(u'.', 2));
            if (list.isUndefined())
                list = remote.value(QStringLiteral("whitelist")).isUndefined() ? remote.value(QStringLiteral("allowlist")) : remote.value(QStringLiteral("whitelist"));
            QStringList patterns;
            if (list.isArray())
                for (const QJsonValue &v : list.toArray())
                    patterns << v.toString();
            else if (list.isString())
                patterns = list.toString().split(u',', Qt::SkipEmptyParts);
            for (const QString &p : std::as_const(patterns))
                if (wildcardMatch(p.trimmed(), hostPort))
                    allowed = true;
        }
        if (!allowed)
            problems->append(tr("The source %1 is not in the destination's %2: add it to the destination nodes' configuration "
                                "and restart them, or use the client method.").arg(hostPort, setting));
        return success();
    }

    // ----- bulk phase
    QJsonObject reindexBody(const MigrationJobState &js, const RecipeJob &rj) const
    {
        QJsonObject source{{QStringLiteral("index"), js.sourceIndex}, {QStringLiteral("size"), rj.effectiveBatchSize()}};
        if (rj.method == CopyMethod::RemoteReindex) {
            const QUrl u(srcEnd.profile.urls.value(0));
            QJsonObject remote{{QStringLiteral("host"), u.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery).toString()},
                               {QStringLiteral("socket_timeout"), QStringLiteral("60s")},
                               {QStringLiteral("connect_timeout"), QStringLiteral("30s")}};
            if (srcEnd.profile.auth == AuthMethod::Password) {
                remote[QStringLiteral("username")] = srcEnd.profile.user;
                remote[QStringLiteral("password")] = srcEnd.secret;
            } else if (srcEnd.profile.auth == AuthMethod::ApiKey) {
                remote[QStringLiteral("headers")] = QJsonObject{{QStringLiteral("Authorization"), QString(QStringLiteral("ApiKey ") + srcEnd.secret)}};
            } else if (srcEnd.profile.auth == AuthMethod::Bearer) {
                remote[QStringLiteral("headers")] = QJsonObject{{QStringLiteral("Authorization"), QString(QStringLiteral("Bearer ") + srcEnd.secret)}};
            }
            source[QStringLiteral("remote")] = remote;
        }
        QJsonObject dest{{QStringLiteral("index"), js.destIndex}, {QStringLiteral("version_type"), QStringLiteral("external")}};
        if (dstFlavor.mappingTypes())
            dest[QStringLiteral("type")] = QStringLiteral("_doc");
        QJsonObject body{{QStringLiteral("conflicts"), QStringLiteral("proceed")},
                         {QStringLiteral("source"), source},
                         {QStringLiteral("dest"), dest}};
        if (!rj.script.isEmpty())
            body[QStringLiteral("script")] = QJsonObject{{QStringLiteral("source"), rj.script}, {QStringLiteral("lang"), QStringLiteral("painless")}};
        return body;
    }

    Status startReindex(MigrationJobState &js, const RecipeJob &rj)
    {
        QString path = QStringLiteral("/_reindex?wait_for_completion=false&refresh=false");
        if (rj.method != CopyMethod::RemoteReindex) // slicing is not supported when reading from a remote cluster
            path += QStringLiteral("&slices=") + (rj.slices > 0 ? QString::number(rj.slices) : QStringLiteral("auto"));
        const double rps = js.bulk.value(QStringLiteral("rps_override")).toDouble(rj.requestsPerSecond);
        if (rps > 0)
            path += QStringLiteral("&requests_per_second=") + QString::number(rps);
        auto r = dst->request("POST", path, QJsonDocument(reindexBody(js, rj)).toJson(QJsonDocument::Compact));
        if (!r)
            return r.error();
        if (!r->isSuccess()) {
            QString reason = HttpClient::errorReason(*r);
            if (reason.contains(QLatin1String("whitelist")) || reason.contains(QLatin1String("allowlist")))
                reason = tr("%1 (add the source to the destination's %2, or use the client method)").arg(reason, dstFlavor.remoteListSetting());
            return Error::make(r->status == 403 ? ErrorKind::AuthenticationFailed : ErrorKind::Server,
                               tr("Starting the reindex of %1 into %2 failed: %3").arg(js.sourceIndex, js.destIndex, reason));
        }
        js.taskId = r->json().object().value(QStringLiteral("task")).toString();
        js.bulk[QStringLiteral("started_ms")] = nowMs();
        log(tr("%1 → %2: reindex task %3 started").arg(js.sourceIndex, js.destIndex, js.taskId));
        return success();
    }

    // Waits (up to five minutes) until both indexes can take requests: after a node restart their shards
    // take a moment to be assigned again.
    Status waitForHealth(const MigrationJobState &js)
    {
        const qint64 deadline = nowMs() + 300000;
        for (;;) {
            Status ok = success();
            for (auto [http, index] : {std::pair{src.get(), js.sourceIndex}, std::pair{dst.get(), js.destIndex}}) {
                auto r = http->request("GET", QStringLiteral("/_cluster/health/") + enc(index) + QStringLiteral("?wait_for_status=yellow&timeout=20s"));
                if (!r) {
                    ok = r.error();
                } else if (r->status == 408 || r->status >= 500 || r->json().object().value(QStringLiteral("timed_out")).toBool()) {
                    ok = Error::make(ErrorKind::Timeout, tr("%1 is not available yet (cluster health red).").arg(index));
                } else if (!r->isSuccess()) {
                    return HttpClient::httpError(*r, http->url(QStringLiteral("/_cluster/health/") + index));
                }
                if (!ok)
                    break;
            }
            if (ok)
                return ok;
            if (!transient(ok.error()) || nowMs() > deadline)
                return ok;
            warn(tr("Waiting for the cluster: %1").arg(ok.error().message));
            if (job ? !job->sleep(2000) : (QThread::msleep(2000), false))
                return job->canceledError();
        }
    }

    static void mergeTaskStatus(QJsonObject &bulk, const QJsonObject &status)
    {
        for (const char *k : {"total", "created", "updated", "deleted", "batches", "version_conflicts", "noops"})
            bulk[QLatin1String(k)] = num(status.value(QLatin1String(k)));
        bulk[QStringLiteral("throttled_ms")] = num(status.value(QStringLiteral("throttled_millis")));
        bulk[QStringLiteral("rps")] = status.value(QStringLiteral("requests_per_second")).toDouble(-1);
    }

    // Polls the job's task until it ends. Returns true when it completed, false when it was lost (a restarted
    // node forgets running tasks).
    Result<bool> waitForTask(MigrationJobState &js)
    {
        qint64 lastSave = nowMs();
        qint64 unreachableSince = 0;
        for (;;) {
            if (canceled())
                return job->canceledError();
            auto r = dst->request("GET", QStringLiteral("/_tasks/") + enc(js.taskId));
            if (!r) {
                if (!transient(r.error()))
                    return r.error();
                if (!unreachableSince)
                    unreachableSince = nowMs();
                if (nowMs() - unreachableSince > 300000)
                    return Error::make(r.error().kind, tr("The destination cluster has not answered for 5 minutes: %1").arg(r.error().message));
                warn(tr("Waiting for the cluster: %1").arg(r.error().message));
                if (job ? !job->sleep(2000) : (QThread::msleep(2000), false))
                    return job->canceledError();
                continue;
            }
            if (unreachableSince) {
                unreachableSince = 0;
                log(tr("The cluster answers again."));
            }
            if (r->status == 404)
                return false;
            if (!r->isSuccess()) {
                if (r->status >= 500) {
                    if (job ? !job->sleep(2000) : (QThread::msleep(2000), false))
                        return job->canceledError();
                    continue;
                }
                return HttpClient::httpError(*r, dst->url(QStringLiteral("/_tasks/") + js.taskId));
            }
            const QJsonObject o = r->json().object();
            const QJsonObject task = o.value(QStringLiteral("task")).toObject();
            mergeTaskStatus(js.bulk, task.value(QStringLiteral("status")).toObject());
            const qint64 total = num(js.bulk.value(QStringLiteral("total")));
            const qint64 done = num(js.bulk.value(QStringLiteral("created"))) + num(js.bulk.value(QStringLiteral("updated")))
                + num(js.bulk.value(QStringLiteral("deleted"))) + num(js.bulk.value(QStringLiteral("version_conflicts")))
                + num(js.bulk.value(QStringLiteral("noops")));
            if (job) {
                job->setUnit(tr("documents"));
                job->setTotal(total);
                job->setDone(done);
            }
            if (o.value(QStringLiteral("completed")).toBool()) {
                const QJsonObject response = o.value(QStringLiteral("response")).toObject();
                if (!response.isEmpty())
                    mergeTaskStatus(js.bulk, response);
                const QJsonArray failures = response.value(QStringLiteral("failures")).toArray();
                const QJsonObject error = o.value(QStringLiteral("error")).toObject();
                if (!error.isEmpty()) {
                    const QString reason = error.value(QStringLiteral("type")).toString() + QStringLiteral(": ") + error.value(QStringLiteral("reason")).toString();
                    if (error.value(QStringLiteral("type")).toString() == QLatin1String("task_cancelled_exception")
                        || reason.contains(QLatin1String("cancel"))) {
                        // Canceled by `index cancel` (the state says so), or by a node shutting down: then the
                        // task is as good as lost and starts again.
                        const MigrationState mine = state;
                        auto reloaded = loadState();
                        const bool userCanceled = reloaded && *reloaded && state.status == QLatin1String("canceled");
                        if (!userCanceled) {
                            const qint64 seq = state.seqNo, term = state.primaryTerm, ver = state.version;
                            state = mine;
                            state.seqNo = seq;
                            state.primaryTerm = term;
                            state.version = ver;
                            return false;
                        }
                        return Error::make(ErrorKind::Other, tr("The migration was canceled; the reindex task %1 stopped.").arg(js.taskId));
                    }
                    return Error::make(ErrorKind::Server, tr("The reindex of %1 failed: %2").arg(js.sourceIndex, reason));
                }
                if (!failures.isEmpty()) {
                    QStringList reasons;
                    for (const QJsonValue &f : failures) {
                        const QJsonObject fo = f.toObject();
                        const QJsonObject cause = fo.value(QStringLiteral("cause")).toObject();
                        if (reasons.size() < 5)
                            reasons << tr("document %1: %2").arg(fo.value(QStringLiteral("id")).toString(),
                                                                 cause.value(QStringLiteral("type")).toString() + QStringLiteral(": ")
                                                                     + cause.value(QStringLiteral("reason")).toString());
                    }
                    js.failedDocs += failures.size();
                    js.errors = reasons;
                    return Error::make(ErrorKind::Server, tr("The reindex of %1 into %2 rejected %3 documents: %4")
                                                              .arg(js.sourceIndex, js.destIndex).arg(failures.size()).arg(reasons.join(QStringLiteral("; "))));
                }
                js.bulk[QStringLiteral("ended_ms")] = nowMs();
                return true;
            }
            if (nowMs() - lastSave > 5000) {
                if (Status s = saveState(); !s)
                    return s.error();
                lastSave = nowMs();
            }
            step(tr("Bulk copy %1 → %2: %3 of %4").arg(js.sourceIndex, js.destIndex).arg(done).arg(total));
            // Polled often: the end of the task is noticed within a quarter of a second (the bulk phase's
            // overhead over a bare _reindex is what this costs).
            if (job ? !job->sleep(250) : (QThread::msleep(250), false))
                return job->canceledError();
        }
    }

    Status bulkPhase(MigrationJobState &js)
    {
        const RecipeJob &rj = recipe.jobs.at(js.recipeJob);
        if (js.phase == QLatin1String("created")) {
            js.phase = QStringLiteral("bulk");
            js.checkpointMs = nowMs(); // everything changed from here on is found by the sync
            js.bulk = {};
            state.status = QStringLiteral("bulk");
            state.addEvent(QStringLiteral("bulk"), tr("Bulk copy of %1 into %2 started (%3).").arg(js.sourceIndex, js.destIndex, copyMethodKey(rj.method)));
            if (Status s = saveState(); !s)
                return s;
        }
        if (rj.method == CopyMethod::Client) {
            // A client-side copy cannot be reattached: it starts again. Versions are external, so what was
            // copied already comes back as conflicts and nothing is overwritten with an older copy.
            js.bulk[QStringLiteral("started_ms")] = nowMs();
            auto total = count(*src, js.sourceIndex);
            if (!total)
                return total.error();
            js.bulk[QStringLiteral("total")] = *total;
            if (job) {
                job->setUnit(tr("documents"));
                job->setTotal(*total);
                job->setDone(0);
            }
            DocCopyRequest req;
            req.sourceIndex = js.sourceIndex;
            req.destIndex = js.destIndex;
            req.batchSize = rj.effectiveBatchSize();
            req.slices = rj.slices > 0 ? rj.slices : 2;
            req.destType = destType();
            req.requestsPerSecond = rj.requestsPerSecond;
            step(tr("Copying %1 → %2").arg(js.sourceIndex, js.destIndex));
            auto r = copyDocuments(srcOpts(), dstOpts(), req, job, [this](qint64, qint64 written) {
                if (job)
                    job->setDone(written);
            });
            if (!r)
                return r.error();
            js.bulk[QStringLiteral("created")] = r->written;
            js.bulk[QStringLiteral("version_conflicts")] = r->conflicts;
            js.bulk[QStringLiteral("failed")] = r->failed;
            js.bulk[QStringLiteral("retried")] = r->retried;
            js.bulk[QStringLiteral("ended_ms")] = nowMs();
            if (r->failed > 0) {
                js.failedDocs += r->failed;
                js.errors = r->failures;
                return Error::make(ErrorKind::Server, tr("%1 rejected %2 documents: %3").arg(js.destIndex).arg(r->failed).arg(r->failures.value(0)));
            }
        } else {
            for (int attempt = 0;; ++attempt) {
                if (js.taskId.isEmpty()) {
                    if (Status s = waitForHealth(js); !s)
                        return s;
                    if (Status s = startReindex(js, rj); !s)
                        return s;
                    if (Status s = saveState(); !s)
                        return s;
                }
                auto done = waitForTask(js);
                if (!done)
                    return done.error();
                if (*done)
                    break;
                if (attempt >= 5)
                    return Error::make(ErrorKind::Server, tr("The reindex task of %1 was lost five times.").arg(js.sourceIndex));
                warn(tr("The reindex task %1 is gone (a node restarted?); starting the bulk copy of %2 again. "
                        "Versions are kept, so nothing copied is overwritten with an older copy.").arg(js.taskId, js.sourceIndex));
                state.addEvent(QStringLiteral("bulk-restarted"), tr("Task %1 of %2 was lost; started again.").arg(js.taskId, js.sourceIndex));
                js.taskId.clear();
            }
        }
        js.phase = QStringLiteral("sync");
        js.taskId.clear();
        state.addEvent(QStringLiteral("bulk-done"), tr("%1 → %2: bulk copy done (%3 created, %4 conflicts).")
                                                       .arg(js.sourceIndex, js.destIndex)
                                                       .arg(num(js.bulk.value(QStringLiteral("created"))))
                                                       .arg(num(js.bulk.value(QStringLiteral("version_conflicts")))));
        return saveState();
    }

    // ----- sync phase
    // reverse: from the destination back into the source (rollback).
    Status syncPass(MigrationJobState &js, bool forceReconcile, qint64 keepNewerThanMs, bool reverse = false, qint64 sinceOverride = -1)
    {
        const RecipeJob &rj = recipe.jobs.at(js.recipeJob);
        const qint64 passStart = nowMs();
        const QString from = reverse ? js.destIndex : js.sourceIndex;
        const QString to = reverse ? js.sourceIndex : js.destIndex;
        const HttpOptions fromOpts = reverse ? dstOpts() : srcOpts();
        const HttpOptions toOpts = reverse ? srcOpts() : dstOpts();
        const qint64 since = (sinceOverride >= 0 ? sinceOverride : js.checkpointMs) - rj.sync.marginMs;
        // Make every write acknowledged before passStart searchable now rather than at the next scheduled
        // refresh, which a busy node can delay by seconds (beyond the margin): the checkpoint then cannot
        // pass a change that the search did not see yet.
        {
            HttpClient fromHttp(fromOpts, job);
            if (Status s = refresh(fromHttp, from); !s)
                return s;
        }
        DocCopyRequest req;
        req.sourceIndex = from;
        req.destIndex = to;
        req.batchSize = rj.effectiveBatchSize();
        req.slices = 1;
        req.destType = reverse ? (srcFlavor.mappingTypes() ? QStringLiteral("_doc") : QString()) : destType();
        req.query = QJsonObject{{QStringLiteral("range"),
                                 QJsonObject{{rj.sync.timestampField,
                                              QJsonObject{{QStringLiteral("gte"), since}, {QStringLiteral("format"), QStringLiteral("epoch_millis")}}}}}};
        auto copied = copyDocuments(fromOpts, toOpts, req, job);
        if (!copied)
            return copied.error();
        if (copied->failed > 0) {
            js.failedDocs += copied->failed;
            js.errors = copied->failures;
            warn(tr("%1 rejected %2 documents: %3").arg(to).arg(copied->failed).arg(copied->failures.value(0)));
        }
        js.syncedDocs += copied->written;
        qint64 deleted = 0;
        // The destination runs without automatic refreshes while it is being filled: make what was just
        // copied searchable, for the id scan below and for the counts the status shows.
        {
            HttpClient toHttp(toOpts, job);
            if (Status s = refresh(toHttp, to); !s)
                return s;
        }
        if (forceReconcile || passStart - js.lastReconcileMs >= rj.sync.reconcileIntervalMs) {
            auto rec = reconcileDeletions(fromOpts, toOpts, from, to, reverse ? srcFlavor : dstFlavor, rj.sync.timestampField, keepNewerThanMs, job);
            if (!rec)
                return rec.error();
            deleted = rec->deleted;
            js.deletedDocs += deleted;
            js.lastReconcileMs = passStart;
        }
        if (!reverse)
            js.checkpointMs = passStart;
        js.lastSyncMs = nowMs();
        js.lastPassMs = js.lastSyncMs - passStart;
        ++js.syncPasses;
        if (copied->written > 0 || deleted > 0)
            log(tr("%1 → %2: %3 changed, %4 deleted (%5 ms)").arg(from, to).arg(copied->written).arg(deleted).arg(js.lastPassMs));
        return success();
    }

    // What every workflow step starts with: a fresh log, both clusters reachable, the state read.
    Status begin()
    {
        q->m_log.clear();
        if (Status s = connect(); !s)
            return s;
        return ensureState();
    }

    Status ensureState()
    {
        auto loaded = loadState();
        if (!loaded)
            return loaded.error();
        if (!*loaded)
            return Error::make(ErrorKind::NotFound, tr("“%1” is not initialised on %2 (run `index init` first).").arg(recipe.name, dstEnd.name.isEmpty() ? srcEnd.name : dstEnd.name));
        return success();
    }

    // The one _aliases call that moves every alias from the old indexes to the new ones (or back).
    Status swapAliases(bool back)
    {
        QJsonArray actions;
        for (const MigrationJobState &js : std::as_const(state.jobs)) {
            const QString from = back ? js.destIndex : js.sourceIndex;
            const QString to = back ? js.sourceIndex : js.destIndex;
            auto current = aliasesOf(*src, from);
            if (!current)
                return current.error();
            for (const QJsonValue &v : *current) {
                QJsonObject a = v.toObject();
                const QString alias = a.take(QStringLiteral("alias")).toString();
                actions.append(QJsonObject{{QStringLiteral("remove"), QJsonObject{{QStringLiteral("index"), from}, {QStringLiteral("alias"), alias}}}});
                QJsonObject add{{QStringLiteral("index"), to}, {QStringLiteral("alias"), alias}};
                for (auto it = a.begin(); it != a.end(); ++it)
                    add[it.key()] = it.value();
                actions.append(QJsonObject{{QStringLiteral("add"), add}});
            }
        }
        if (actions.isEmpty())
            return Error::make(ErrorKind::InvalidInput, tr("No alias points at the indexes to swap: clients reach them by name. "
                                                            "Put an alias in front of them first (rollover swaps aliases atomically)."));
        auto r = src->request("POST", QStringLiteral("/_aliases"),
                              QJsonDocument(QJsonObject{{QStringLiteral("actions"), actions}}).toJson(QJsonDocument::Compact));
        if (!r)
            return r.error();
        if (!r->isSuccess())
            return Error::make(ErrorKind::Server, tr("The alias swap was refused, nothing changed: %1").arg(HttpClient::errorReason(*r)));
        log(tr("Aliases swapped in one call (%1 actions).").arg(actions.size()));
        return success();
    }

    Status createAliasesOnDestination()
    {
        QJsonArray actions;
        for (const MigrationJobState &js : std::as_const(state.jobs))
            for (const QJsonValue &v : js.aliases) {
                QJsonObject a = v.toObject();
                const QString alias = a.take(QStringLiteral("alias")).toString();
                QJsonObject add{{QStringLiteral("index"), js.destIndex}, {QStringLiteral("alias"), alias}};
                for (auto it = a.begin(); it != a.end(); ++it)
                    add[it.key()] = it.value();
                actions.append(QJsonObject{{QStringLiteral("add"), add}});
            }
        if (actions.isEmpty())
            return success();
        auto r = dst->request("POST", QStringLiteral("/_aliases"),
                              QJsonDocument(QJsonObject{{QStringLiteral("actions"), actions}}).toJson(QJsonDocument::Compact));
        if (!r)
            return r.error();
        if (!r->isSuccess())
            return Error::make(ErrorKind::Server, tr("Creating the aliases on the destination failed: %1").arg(HttpClient::errorReason(*r)));
        return success();
    }
};

IndexMigrator::IndexMigrator(Recipe recipe, ClusterEndpoint source, ClusterEndpoint destination, JobContext *job)
    : d(std::make_unique<Private>())
{
    d->q = this;
    d->recipe = std::move(recipe);
    d->srcEnd = std::move(source);
    d->dstEnd = std::move(destination);
    d->job = job;
}

IndexMigrator::~IndexMigrator() = default;

Result<InitPlan> IndexMigrator::plan(bool checkMappings)
{
    m_log.clear();
    InitPlan plan;
    plan.problems = d->recipe.validate();
    if (!plan.problems.isEmpty())
        return plan;
    if (Status s = d->connect(); !s)
        return s.error();
    plan.source = d->srcFlavor;
    plan.destination = d->dstFlavor;
    const QDateTime when = QDateTime::currentDateTimeUtc();
    bool remoteChecked = false;
    QSet<QString> destinations;
    for (int ji = 0; ji < d->recipe.jobs.size(); ++ji) {
        const RecipeJob &rj = d->recipe.jobs.at(ji);
        const QString name = d->recipe.prefix + rj.source;
        bool isAlias = false;
        auto indexes = d->resolve(name, &isAlias);
        if (!indexes) {
            if (indexes.error().kind == ErrorKind::NotFound || indexes.error().kind == ErrorKind::AuthenticationFailed) {
                plan.problems << indexes.error().message;
                continue;
            }
            return indexes.error();
        }
        if (indexes->isEmpty()) {
            plan.problems << tr("“%1” matches no index on %2.").arg(name, d->srcEnd.name);
            continue;
        }
        if (!name.contains(u'*') && indexes->size() > 1) {
            plan.problems << tr("The alias “%1” points at several indexes (%2): name one of them, or use a pattern.")
                                 .arg(name, indexes->join(QStringLiteral(", ")));
            continue;
        }
        if (rj.method == CopyMethod::RemoteReindex && !remoteChecked) {
            if (Status s = d->checkRemoteAllowed(&plan.problems); !s)
                return s.error();
            remoteChecked = true;
        }
        for (const QString &index : std::as_const(*indexes)) {
            InitPlan::Item item;
            item.recipeJob = ji;
            item.sourceIndex = index;
            item.method = copyMethodKey(rj.method);
            item.destIndex = expandDestination(rj.destination, index, d->recipe.prefix, when);
            if (destinations.contains(item.destIndex) || item.destIndex == index) {
                plan.problems << tr("Two sources would be copied into %1.").arg(item.destIndex);
                continue;
            }
            destinations.insert(item.destIndex);
            auto mapping = d->getJson(*d->src, u'/' + enc(index) + QStringLiteral("/_mapping"));
            if (!mapping)
                return mapping.error();
            const QJsonObject sourceMappings = d->plainMappings(mapping->value(index).toObject().value(QStringLiteral("mappings")).toObject());
            auto settings = d->getJson(*d->src, u'/' + enc(index) + QStringLiteral("/_settings"));
            if (!settings)
                return settings.error();
            const QJsonObject srcSettings = settings->value(index).toObject().value(QStringLiteral("settings")).toObject().value(QStringLiteral("index")).toObject();
            auto aliases = d->aliasesOf(*d->src, index);
            if (!aliases)
                return aliases.error();
            item.aliases = *aliases;
            auto docs = d->count(*d->src, index);
            if (docs)
                item.sourceDocs = *docs;

            QJsonObject newMappings = rj.mappings.isEmpty() ? mergeMappings(sourceMappings, rj.mappingEdits)
                                                            : d->plainMappings(rj.mappings);
            item.mappings = newMappings;
            item.mappingDiff = diffMappings(sourceMappings, newMappings);

            QJsonObject idx;
            for (auto it = srcSettings.begin(); it != srcSettings.end(); ++it)
                if (copyableSetting(it.key()))
                    idx[it.key()] = it.value();
            if (d->srcFlavor.openSearch != d->dstFlavor.openSearch || d->srcFlavor.major != d->dstFlavor.major) {
                // Across products and majors only what both understand for sure.
                QJsonObject portable;
                for (const char *k : {"number_of_shards", "number_of_replicas", "refresh_interval", "analysis", "max_result_window",
                                      "mapping", "max_ngram_diff", "max_shingle_diff", "similarity", "sort", "codec", "query"})
                    if (idx.contains(QLatin1String(k)))
                        portable[QLatin1String(k)] = idx.value(QLatin1String(k));
                idx = portable;
            }
            idx = mergeMappings(idx, rj.settings.contains(QStringLiteral("index")) ? rj.settings.value(QStringLiteral("index")).toObject() : rj.settings);
            // What rollover puts back: every setting the bulk phase changed, at the value the index is meant
            // to have (the source's or the recipe's), else the engine's default.
            {
                const QHash<QString, QJsonValue> wanted = flattenSettings(idx);
                item.finalSettings = {};
                const QHash<QString, QJsonValue> bulk = flattenSettings(rj.bulkSettings);
                for (auto it = bulk.begin(); it != bulk.end(); ++it) {
                    const QString &key = it.key();
                    QJsonValue v = wanted.value(key, QJsonValue(QJsonValue::Undefined));
                    if (v.isUndefined()) {
                        if (key == QLatin1String("refresh_interval"))
                            v = QStringLiteral("1s");
                        else if (key == QLatin1String("number_of_replicas"))
                            v = 1;
                        else if (key == QLatin1String("translog.durability"))
                            v = QStringLiteral("request");
                        else
                            v = QJsonValue::Null; // reset to the engine's default
                    }
                    item.finalSettings[key] = v;
                }
            }
            item.settings = mergeMappings(idx, rj.bulkSettings);

            if (rj.sync.enabled) {
                bool found = false;
                QString type;
                for (const MappingField &f : ClusterClient::flattenMapping(sourceMappings))
                    if (f.path == rj.sync.timestampField) {
                        found = true;
                        type = f.type;
                    }
                if (!found)
                    plan.problems << tr("%1 has no field “%2”: the sync could not find changed documents. Name the field every write "
                                        "sets (sync.timestamp_field), or turn the sync off.").arg(index, rj.sync.timestampField);
                else if (type != QLatin1String("date") && type != QLatin1String("date_nanos"))
                    plan.problems << tr("The timestamp field “%1” of %2 is a %3, not a date.").arg(rj.sync.timestampField, index, type);
            } else {
                plan.warnings << tr("%1: sync is off, so changes made after the bulk copy are not copied.").arg(index);
            }
            if (item.aliases.isEmpty() && d->recipe.copyAliases)
                plan.warnings << tr("%1 has no alias: rollover has nothing to swap, clients must be pointed at %2 by hand.").arg(index, item.destIndex);

            auto head = d->dst->request("HEAD", u'/' + enc(item.destIndex));
            if (!head)
                return head.error();
            item.exists = head->status == 200;
            plan.items.append(item);
        }
    }
    if (!d->recipe.copyTemplates.isEmpty()) {
        if (!d->recipe.crossCluster())
            plan.warnings << tr("Templates are copied across clusters only; inside one cluster they are there already.");
        else
            plan.templates = d->recipe.copyTemplates;
    }

    // Is the recipe already initialised?
    auto loaded = d->loadState();
    if (!loaded)
        return loaded.error();
    const bool active = *loaded && d->state.status != QLatin1String("canceled") && d->state.status != QLatin1String("completed")
        && d->state.status != QLatin1String("failed");
    for (const InitPlan::Item &i : std::as_const(plan.items))
        if (i.exists && !active)
            plan.problems << tr("The destination %1 exists already: delete it, or change the destination template.").arg(i.destIndex);
    if (active)
        plan.problems << tr("“%1” is initialised already (status: %2). Use run/status, or cancel it first.").arg(d->recipe.name, d->state.status);

    if (checkMappings && plan.problems.isEmpty()) {
        for (const InitPlan::Item &i : std::as_const(plan.items)) {
            const QString probe = QStringLiteral("godwit-validate-") + QUuid::createUuid().toString(QUuid::Id128).left(10);
            QJsonObject s = i.settings;
            s[QStringLiteral("number_of_replicas")] = 0;
            const QJsonObject body{{QStringLiteral("settings"), QJsonObject{{QStringLiteral("index"), s}}},
                                   {QStringLiteral("mappings"), d->dstFlavor.mappingTypes() ? QJsonObject{{QStringLiteral("_doc"), i.mappings}} : i.mappings}};
            auto r = d->dst->request("PUT", u'/' + probe, QJsonDocument(body).toJson(QJsonDocument::Compact));
            if (!r)
                return r.error();
            if (!r->isSuccess())
                plan.problems << tr("The mappings or settings for %1 are refused by %2: %3").arg(i.destIndex, d->dstFlavor.display(), HttpClient::errorReason(*r));
            else
                (void)d->dst->request("DELETE", u'/' + probe);
        }
    }
    return plan;
}

Result<MigrationState> IndexMigrator::init()
{
    auto p = plan(false);
    if (!p)
        return p.error();
    if (!p->problems.isEmpty())
        return Error::make(ErrorKind::InvalidInput, tr("Nothing was created: %1").arg(p->problems.join(QStringLiteral(" "))));
    if (Status s = d->ensureStateIndex(); !s)
        return s.error();
    MigrationState &st = d->state;
    const bool replace = d->haveState; // a canceled or completed migration of the same name
    const qint64 seq = st.seqNo, term = st.primaryTerm, version = st.version;
    st = MigrationState{};
    st.seqNo = replace ? seq : -1;
    st.primaryTerm = replace ? term : -1;
    st.version = replace ? version : -1;
    st.recipe = d->recipe.name;
    st.fingerprint = d->recipe.fingerprint();
    st.crossCluster = d->recipe.crossCluster();
    for (const InitPlan::Item &i : std::as_const(p->items)) {
        MigrationJobState js;
        js.recipeJob = i.recipeJob;
        js.sourceIndex = i.sourceIndex;
        js.destIndex = i.destIndex;
        js.aliases = i.aliases;
        js.finalSettings = i.finalSettings;
        st.jobs.append(js);
    }
    st.addEvent(QStringLiteral("init"), tr("Initialising %1 job(s).").arg(st.jobs.size()));
    if (Status s = d->saveState(!replace); !s)
        return s.error();

    auto undo = [&](const QString &why) -> Error {
        for (MigrationJobState &js : st.jobs)
            if (js.created) {
                (void)d->dst->request("DELETE", u'/' + enc(js.destIndex));
                js.created = false;
            }
        for (const QString &t : std::as_const(st.createdTemplates))
            (void)d->dst->request("DELETE", t);
        st.createdTemplates.clear();
        st.status = QStringLiteral("failed");
        st.addEvent(QStringLiteral("init-failed"), why);
        (void)d->saveState();
        return Error::make(ErrorKind::Server, tr("%1 What init had created was deleted again.").arg(why));
    };

    // Templates first (cross-cluster), so that the new indexes match them as they would on the source.
    for (const QString &t : std::as_const(p->templates)) {
        for (const char *api : {"/_component_template/", "/_index_template/", "/_template/"}) {
            auto r = d->src->request("GET", QLatin1String(api) + enc(t));
            if (!r)
                return undo(r.error().message);
            if (r->status == 404 || r->status == 400 || r->status == 405)
                continue;
            if (!r->isSuccess())
                return undo(tr("Reading template %1 failed: %2").arg(t, HttpClient::errorReason(*r)));
            const QJsonObject o = r->json().object();
            QList<QPair<QString, QJsonObject>> found;
            if (o.contains(QStringLiteral("component_templates")))
                for (const QJsonValue &v : o.value(QStringLiteral("component_templates")).toArray())
                    found.append({v.toObject().value(QStringLiteral("name")).toString(), v.toObject().value(QStringLiteral("component_template")).toObject()});
            else if (o.contains(QStringLiteral("index_templates")))
                for (const QJsonValue &v : o.value(QStringLiteral("index_templates")).toArray())
                    found.append({v.toObject().value(QStringLiteral("name")).toString(), v.toObject().value(QStringLiteral("index_template")).toObject()});
            else
                for (auto it = o.begin(); it != o.end(); ++it)
                    found.append({it.key(), it.value().toObject()});
            for (const auto &[name, body] : found) {
                QJsonObject b = body;
                if (QLatin1String(api) == QLatin1String("/_template/")) {
                    const QJsonObject m = d->plainMappings(b.value(QStringLiteral("mappings")).toObject());
                    b[QStringLiteral("mappings")] = d->dstFlavor.mappingTypes() ? QJsonObject{{QStringLiteral("_doc"), m}} : m;
                }
                const QString path = QLatin1String(api) + enc(name);
                auto put = d->dst->request("PUT", path, QJsonDocument(b).toJson(QJsonDocument::Compact));
                if (!put)
                    return undo(put.error().message);
                if (!put->isSuccess())
                    return undo(tr("Copying template %1 failed: %2").arg(name, HttpClient::errorReason(*put)));
                st.createdTemplates << path;
                d->log(tr("Template %1 copied.").arg(name));
            }
        }
    }

    for (int k = 0; k < st.jobs.size(); ++k) {
        MigrationJobState &js = st.jobs[k];
        const InitPlan::Item &item = p->items.at(k);
        const QJsonObject body{{QStringLiteral("settings"), QJsonObject{{QStringLiteral("index"), item.settings}}},
                               {QStringLiteral("mappings"), d->dstFlavor.mappingTypes() ? QJsonObject{{QStringLiteral("_doc"), item.mappings}} : item.mappings}};
        auto r = d->dst->request("PUT", u'/' + enc(js.destIndex), QJsonDocument(body).toJson(QJsonDocument::Compact));
        if (!r)
            return undo(r.error().message);
        if (!r->isSuccess())
            return undo(tr("Creating %1 failed: %2").arg(js.destIndex, HttpClient::errorReason(*r)));
        js.created = true;
        d->log(tr("Created %1.").arg(js.destIndex));
        if (Status s = d->saveState(); !s)
            return s.error();
    }
    st.status = QStringLiteral("initialized");
    st.addEvent(QStringLiteral("initialized"), tr("Destination indexes created: %1.").arg([&] {
        QStringList n;
        for (const MigrationJobState &js : std::as_const(st.jobs))
            n << js.destIndex;
        return n.join(QStringLiteral(", "));
    }()));
    if (Status s = d->saveState(); !s)
        return s.error();
    return st;
}

Result<MigrationState> IndexMigrator::run(const RunOptions &options)
{
    if (Status s = d->begin(); !s)
        return s.error();
    MigrationState &st = d->state;
    const QString status = st.status;
    if (status == QLatin1String("canceled") || status == QLatin1String("completed") || status == QLatin1String("failed")
        || status == QLatin1String("initializing"))
        return Error::make(ErrorKind::InvalidInput, tr("“%1” is %2: nothing to run.").arg(d->recipe.name, status));
    if (status == QLatin1String("rolled-over"))
        return Error::make(ErrorKind::InvalidInput, tr("“%1” is rolled over: clean up, or roll back first.").arg(d->recipe.name));
    if (Status s = d->checkFingerprint(); !s)
        return s.error();
    if (Status s = d->acquire(); !s)
        return s.error();

    auto stop = [&] { return d->canceled() || (options.stopRequested && options.stopRequested()); };
    auto finish = [&](const Error *e) -> Result<MigrationState> {
        if (e) {
            st.addEvent(e->kind == ErrorKind::Canceled ? QStringLiteral("stopped") : QStringLiteral("error"), e->message);
        }
        d->release();
        if (e && e->kind != ErrorKind::Canceled)
            return *e;
        if (e && d->canceled())
            return *e;
        return st;
    };

    // Bulk phase, job by job; each job keeps its own checkpoint.
    for (MigrationJobState &js : st.jobs) {
        if (js.phase != QLatin1String("created") && js.phase != QLatin1String("bulk"))
            continue;
        if (Status s = d->bulkPhase(js); !s) {
            Error e = s.error();
            if (e.kind != ErrorKind::Canceled)
                js.errors = QStringList{e.message};
            return finish(&e);
        }
        if (options.onUpdate)
            options.onUpdate(st);
    }
    if (st.status == QLatin1String("initialized") || st.status == QLatin1String("bulk"))
        st.status = QStringLiteral("syncing");
    if (Status s = d->saveState(); !s) {
        Error e = s.error();
        return finish(&e);
    }

    // Sync phase: until told to stop.
    int passes = 0;
    qint64 troubleSince = 0;
    while (true) {
        const qint64 passStart = nowMs();
        Status pass = success();
        for (MigrationJobState &js : st.jobs) {
            if (js.phase != QLatin1String("sync") && js.phase != QLatin1String("switch-pending"))
                continue;
            if (!d->recipe.jobs.at(js.recipeJob).sync.enabled)
                continue;
            d->step(tr("Syncing %1 → %2").arg(js.sourceIndex, js.destIndex));
            pass = d->syncPass(js, options.once, 0);
            if (!pass)
                break;
        }
        if (!pass) {
            Error e = pass.error();
            if (e.kind == ErrorKind::Canceled || !transient(e))
                return finish(&e);
            if (!troubleSince)
                troubleSince = nowMs();
            if (nowMs() - troubleSince > 300000)
                return finish(&e);
            d->warn(tr("Sync pass failed, retrying: %1").arg(e.message));
        } else {
            troubleSince = 0;
            ++passes;
            // Another instance (cancel from elsewhere) wins: reload on a conflict and stop if it is not ours any more.
            if (Status s = d->saveState(); !s) {
                auto reloaded = d->loadState();
                if (reloaded && *reloaded && st.status == QLatin1String("canceled")) {
                    Error e = Error::make(ErrorKind::Other, tr("“%1” was canceled from elsewhere; the sync stopped.").arg(d->recipe.name));
                    return e;
                }
                Error e = s.error();
                return finish(&e);
            }
            if (options.onUpdate)
                options.onUpdate(st);
        }
        if (options.once || (options.maxPasses > 0 && passes >= options.maxPasses) || stop())
            break;
        int interval = 5000;
        for (const MigrationJobState &js : std::as_const(st.jobs))
            interval = std::min(interval, d->recipe.jobs.at(js.recipeJob).sync.intervalMs);
        const qint64 wait = interval - (nowMs() - passStart);
        if (wait > 0) {
            // Sleep in small steps so that a stop request is seen quickly.
            qint64 until = nowMs() + wait;
            while (nowMs() < until && !stop()) {
                if (d->job ? !d->job->sleep(int(std::min<qint64>(100, until - nowMs()))) : (QThread::msleep(50), false))
                    break;
            }
        }
        if (stop())
            break;
    }
    if (d->canceled()) {
        st.addEvent(QStringLiteral("stopped"), tr("Sync stopped by the user."));
        d->release();
        return st;
    }
    return finish(nullptr);
}

Result<MigrationStatus> IndexMigrator::status()
{
    if (Status s = d->connect(); !s)
        return s.error();
    MigrationStatus out;
    out.takenMs = nowMs();
    auto loaded = d->loadState();
    if (!loaded)
        return loaded.error();
    out.exists = *loaded;
    if (!out.exists)
        return out;
    out.state = d->state;
    const QJsonObject owner = d->state.owner;
    if (!owner.isEmpty()) {
        QString who;
        out.ownerAlive = d->ownerIsOther(&who) || owner.value(QStringLiteral("instance")).toString() == instanceId();
    }
    for (const MigrationJobState &js : std::as_const(d->state.jobs)) {
        MigrationStatus::Job j;
        j.sourceIndex = js.sourceIndex;
        j.destIndex = js.destIndex;
        j.phase = js.phase;
        QJsonObject bulk = js.bulk;
        if (!js.taskId.isEmpty()) {
            auto t = d->dst->request("GET", QStringLiteral("/_tasks/") + enc(js.taskId));
            if (t && t->isSuccess())
                Private::mergeTaskStatus(bulk, t->json().object().value(QStringLiteral("task")).toObject().value(QStringLiteral("status")).toObject());
        }
        j.total = num(bulk.value(QStringLiteral("total")), -1);
        j.done = num(bulk.value(QStringLiteral("created"))) + num(bulk.value(QStringLiteral("updated"))) + num(bulk.value(QStringLiteral("deleted")))
            + num(bulk.value(QStringLiteral("version_conflicts"))) + num(bulk.value(QStringLiteral("noops")));
        j.conflicts = num(bulk.value(QStringLiteral("version_conflicts")));
        j.throttledMs = num(bulk.value(QStringLiteral("throttled_ms")));
        j.requestsPerSecond = bulk.value(QStringLiteral("rps")).toDouble(-1);
        const qint64 started = num(bulk.value(QStringLiteral("started_ms")));
        const qint64 ended = num(bulk.value(QStringLiteral("ended_ms")));
        const qint64 elapsed = (ended > 0 ? ended : out.takenMs) - started;
        if (started > 0 && elapsed > 0)
            j.docsPerSecond = double(j.done) * 1000.0 / double(elapsed);
        if (j.docsPerSecond > 0 && j.total > j.done && ended == 0)
            j.etaMs = qint64(double(j.total - j.done) / j.docsPerSecond * 1000.0);
        if (js.phase == QLatin1String("sync") || js.phase == QLatin1String("switch-pending"))
            j.lagMs = js.checkpointMs > 0 ? out.takenMs - js.checkpointMs : -1;
        else if (js.phase == QLatin1String("rolled-over"))
            j.lagMs = 0;
        j.checkpointMs = js.checkpointMs;
        j.syncedDocs = js.syncedDocs;
        j.deletedDocs = js.deletedDocs;
        j.errors = js.errors;
        if (auto c = d->count(*d->src, js.sourceIndex))
            j.sourceDocs = *c;
        if (auto c = d->count(*d->dst, js.destIndex))
            j.destDocs = *c;
        out.jobs.append(j);
    }
    return out;
}

Result<MigrationState> IndexMigrator::rollover(const RolloverOptions &options)
{
    if (Status s = d->begin(); !s)
        return s.error();
    MigrationState &st = d->state;
    if (Status s = d->checkFingerprint(); !s)
        return s.error();
    const bool cross = st.crossCluster;
    if (cross && options.confirm) {
        if (st.status != QLatin1String("switch-pending"))
            return Error::make(ErrorKind::InvalidInput, tr("Nothing to confirm: “%1” is %2 (run rollover without --confirm first).").arg(d->recipe.name, st.status));
    } else if (st.status != QLatin1String("syncing")) {
        return Error::make(ErrorKind::InvalidInput, tr("“%1” is %2: rollover needs a migration that is syncing (run it first).").arg(d->recipe.name, st.status));
    }
    // The lag gate.
    QStringList tooFar;
    for (const MigrationJobState &js : std::as_const(st.jobs)) {
        const RecipeJob &rj = d->recipe.jobs.at(js.recipeJob);
        const qint64 lag = nowMs() - js.checkpointMs;
        if (js.phase != QLatin1String("sync") && js.phase != QLatin1String("switch-pending"))
            tooFar << tr("%1 is in phase %2").arg(js.sourceIndex, js.phase);
        else if (lag > rj.sync.maxLagMs)
            tooFar << tr("%1 is %2 s behind (threshold %3 s)").arg(js.sourceIndex).arg(lag / 1000.0, 0, 'f', 1).arg(rj.sync.maxLagMs / 1000.0, 0, 'f', 1);
        if (js.failedDocs > 0)
            tooFar << tr("%1 had %2 documents rejected").arg(js.destIndex).arg(js.failedDocs);
    }
    if (!tooFar.isEmpty() && !options.force)
        return Error::make(ErrorKind::InvalidInput, tr("Rollover refused, nothing changed: %1. Keep `index run` syncing, or use --force.")
                                                        .arg(tooFar.join(QStringLiteral("; "))));
    QString who;
    if (d->ownerIsOther(&who))
        return Error::make(ErrorKind::Other, tr("“%1” is being synced by another Godwit on %2: stop that run first, then roll over.").arg(d->recipe.name, who));
    if (Status s = d->acquire(); !s)
        return s.error();

    auto fail = [&](const Error &e) -> Result<MigrationState> {
        st.addEvent(QStringLiteral("rollover-failed"), e.message);
        d->release();
        return e;
    };

    if (!options.confirm) {
        // Settings for serving: refresh interval and replicas as they will be.
        for (const MigrationJobState &js : std::as_const(st.jobs)) {
            d->step(tr("Restoring the settings of %1").arg(js.destIndex));
            if (Status s = d->putSettings(*d->dst, js.destIndex, js.finalSettings); !s)
                return fail(s.error());
        }
        // A final pass with everything visible.
        for (MigrationJobState &js : st.jobs) {
            if (Status s = d->refresh(*d->src, js.sourceIndex); !s)
                return fail(s.error());
            d->step(tr("Final sync of %1").arg(js.sourceIndex));
            if (Status s = d->syncPass(js, true, 0); !s)
                return fail(s.error());
            if (Status s = d->refresh(*d->dst, js.destIndex); !s)
                return fail(s.error());
        }
    }
    if (cross) {
        if (!options.confirm) {
            if (d->recipe.copyAliases)
                if (Status s = d->createAliasesOnDestination(); !s)
                    return fail(s.error());
            for (MigrationJobState &js : st.jobs)
                js.phase = QStringLiteral("switch-pending");
            st.status = QStringLiteral("switch-pending");
            const QUrl u(d->dstEnd.profile.urls.value(0));
            const QString msg = tr("The destination is ready and carries the aliases. Point the application at %1 (for Invenio: "
                                   "SEARCH_HOSTS / OPENSEARCH_HOSTS = [{\"host\": \"%2\", \"port\": %3}]); keep `index run` syncing until "
                                   "it uses the destination, then stop it and confirm with `index rollover --confirm`.")
                                    .arg(u.adjusted(QUrl::RemoveUserInfo).toString(), u.host()).arg(u.port(9200));
            st.addEvent(QStringLiteral("switch-pending"), msg);
            d->log(msg);
            d->release();
            return st;
        }
        // Confirmed: the application writes to the destination now. Catch up on what reached the source last.
        const qint64 switchMs = nowMs();
        for (MigrationJobState &js : st.jobs) {
            const RecipeJob &rj = d->recipe.jobs.at(js.recipeJob);
            if (Status s = d->refresh(*d->src, js.sourceIndex); !s)
                return fail(s.error());
            if (Status s = d->syncPass(js, true, switchMs - rj.sync.clockToleranceMs); !s)
                return fail(s.error());
            js.phase = QStringLiteral("rolled-over");
        }
        st.rolloverMs = switchMs;
        st.status = QStringLiteral("rolled-over");
        st.addEvent(QStringLiteral("rolled-over"), tr("The application uses the destination cluster; the source is kept until cleanup."));
        d->release();
        return st;
    }

    // In-cluster: one atomic alias swap, then the catch-up pass.
    const qint64 swapMs = nowMs();
    if (Status s = d->swapAliases(false); !s)
        return fail(s.error());
    st.rolloverMs = swapMs;
    for (MigrationJobState &js : st.jobs)
        js.phase = QStringLiteral("rolled-over");
    st.status = QStringLiteral("rolled-over");
    st.addEvent(QStringLiteral("rolled-over"), tr("Aliases now point at the new indexes."));
    if (Status s = d->saveState(); !s)
        return fail(s.error());
    for (MigrationJobState &js : st.jobs) {
        const RecipeJob &rj = d->recipe.jobs.at(js.recipeJob);
        d->step(tr("Catching up %1").arg(js.destIndex));
        if (Status s = d->refresh(*d->src, js.sourceIndex); !s)
            return fail(s.error());
        if (Status s = d->syncPass(js, true, swapMs - rj.sync.clockToleranceMs); !s)
            return fail(s.error());
        (void)d->refresh(*d->dst, js.destIndex);
    }
    st.addEvent(QStringLiteral("caught-up"), tr("Writes that reached the old indexes just before the swap were copied."));
    d->release();
    return st;
}

Result<MigrationState> IndexMigrator::rollback()
{
    if (Status s = d->begin(); !s)
        return s.error();
    MigrationState &st = d->state;
    if (st.status == QLatin1String("switch-pending")) {
        // Cross-cluster before the switch: take the aliases away from the destination again.
        if (Status s = d->acquire(); !s)
            return s.error();
        QJsonArray actions;
        for (const MigrationJobState &js : std::as_const(st.jobs))
            for (const QJsonValue &a : js.aliases)
                actions.append(QJsonObject{{QStringLiteral("remove"), QJsonObject{{QStringLiteral("index"), js.destIndex},
                                                                                  {QStringLiteral("alias"), a.toObject().value(QStringLiteral("alias"))}}}});
        if (!actions.isEmpty()) {
            auto r = d->dst->request("POST", QStringLiteral("/_aliases"), QJsonDocument(QJsonObject{{QStringLiteral("actions"), actions}}).toJson(QJsonDocument::Compact));
            if (!r)
                return r.error();
        }
        for (MigrationJobState &js : st.jobs)
            js.phase = QStringLiteral("sync");
        st.status = QStringLiteral("syncing");
        st.addEvent(QStringLiteral("rolled-back"), tr("The destination's aliases were removed; the source stays in use."));
        d->release();
        return st;
    }
    if (st.status != QLatin1String("rolled-over"))
        return Error::make(ErrorKind::InvalidInput, tr("“%1” is %2: only a rolled-over migration can be rolled back.").arg(d->recipe.name, st.status));
    if (st.crossCluster)
        return Error::make(ErrorKind::InvalidInput, tr("The application was switched to the destination cluster and confirmed; point it back at the source by hand. "
                                                        "Godwit does not copy back across clusters."));
    if (Status s = d->acquire(); !s)
        return s.error();
    auto fail = [&](const Error &e) -> Result<MigrationState> {
        st.addEvent(QStringLiteral("rollback-failed"), e.message);
        d->release();
        return e;
    };
    // What was written to the new indexes since the swap goes back into the old ones first.
    for (MigrationJobState &js : st.jobs) {
        if (Status s = d->refresh(*d->dst, js.destIndex); !s)
            return fail(s.error());
        if (Status s = d->syncPass(js, true, 0, true, st.rolloverMs); !s)
            return fail(s.error());
    }
    const qint64 swapMs = nowMs();
    if (Status s = d->swapAliases(true); !s)
        return fail(s.error());
    for (MigrationJobState &js : st.jobs) {
        const RecipeJob &rj = d->recipe.jobs.at(js.recipeJob);
        (void)d->refresh(*d->dst, js.destIndex);
        if (Status s = d->syncPass(js, true, swapMs - rj.sync.clockToleranceMs, true, swapMs); !s)
            return fail(s.error());
        (void)d->refresh(*d->src, js.sourceIndex);
        js.phase = QStringLiteral("sync");
        js.checkpointMs = swapMs;
    }
    st.status = QStringLiteral("syncing");
    st.rolloverMs = 0;
    st.addEvent(QStringLiteral("rolled-back"), tr("Aliases point at the old indexes again; changes made meanwhile were copied back."));
    d->release();
    return st;
}

Result<MigrationState> IndexMigrator::cancel(bool deleteCreated)
{
    if (Status s = d->begin(); !s)
        return s.error();
    MigrationState &st = d->state;
    if (st.status == QLatin1String("rolled-over") || st.status == QLatin1String("completed"))
        return Error::make(ErrorKind::InvalidInput, tr("“%1” is %2: roll back first; cancel does not touch indexes in use.").arg(d->recipe.name, st.status));
    for (MigrationJobState &js : st.jobs) {
        if (!js.taskId.isEmpty()) {
            auto r = d->dst->request("POST", QStringLiteral("/_tasks/") + enc(js.taskId) + QStringLiteral("/_cancel"));
            if (r && r->isSuccess())
                d->log(tr("Task %1 canceled.").arg(js.taskId));
            js.taskId.clear();
        }
    }
    if (deleteCreated) {
        for (MigrationJobState &js : st.jobs) {
            if (!js.created)
                continue;
            auto aliases = d->aliasesOf(*d->dst, js.destIndex);
            if (aliases && !aliases->isEmpty() && !st.crossCluster) {
                d->warn(tr("%1 is kept: aliases point at it.").arg(js.destIndex));
                continue;
            }
            auto r = d->dst->request("DELETE", u'/' + enc(js.destIndex));
            if (!r)
                return r.error();
            if (r->isSuccess() || r->status == 404) {
                js.created = false;
                d->log(tr("Deleted %1.").arg(js.destIndex));
            }
        }
        for (const QString &t : std::as_const(st.createdTemplates))
            (void)d->dst->request("DELETE", t);
        st.createdTemplates.clear();
    }
    for (MigrationJobState &js : st.jobs)
        js.phase = QStringLiteral("canceled");
    st.status = QStringLiteral("canceled");
    st.owner = {};
    st.addEvent(QStringLiteral("canceled"), deleteCreated ? tr("Canceled; what init created was deleted.") : tr("Canceled; the new indexes were kept."));
    // Cancel wins over a running sync elsewhere: write without the concurrency check after one retry.
    if (Status s = d->saveState(); !s) {
        const MigrationState mine = st;
        if (auto reloaded = d->loadState(); reloaded && *reloaded) {
            const qint64 seq = st.seqNo, term = st.primaryTerm, ver = st.version;
            st = mine;
            st.seqNo = seq;
            st.primaryTerm = term;
            st.version = ver;
            if (Status again = d->saveState(); !again)
                return again.error();
        } else {
            return s.error();
        }
    }
    return st;
}

Result<MigrationState> IndexMigrator::cleanup()
{
    if (Status s = d->begin(); !s)
        return s.error();
    MigrationState &st = d->state;
    if (st.status != QLatin1String("rolled-over"))
        return Error::make(ErrorKind::InvalidInput, tr("“%1” is %2: cleanup deletes the old indexes after a rollover only.").arg(d->recipe.name, st.status));
    if (Status s = d->acquire(); !s)
        return s.error();
    for (MigrationJobState &js : st.jobs) {
        auto aliases = d->aliasesOf(*d->src, js.sourceIndex);
        if (!aliases)
            return aliases.error();
        if (!aliases->isEmpty()) {
            d->release();
            return Error::make(ErrorKind::InvalidInput, tr("%1 still carries aliases; it is not deleted.").arg(js.sourceIndex));
        }
        auto r = d->src->request("DELETE", u'/' + enc(js.sourceIndex));
        if (!r)
            return r.error();
        if (!r->isSuccess() && r->status != 404)
            return Error::make(ErrorKind::Server, tr("Deleting %1 failed: %2").arg(js.sourceIndex, HttpClient::errorReason(*r)));
        d->log(tr("Deleted the old index %1.").arg(js.sourceIndex));
        js.phase = QStringLiteral("done");
    }
    st.status = QStringLiteral("completed");
    st.addEvent(QStringLiteral("completed"), tr("Old indexes deleted; the migration is complete."));
    d->release();
    return st;
}

Result<MigrationState> IndexMigrator::throttle(double rps)
{
    if (Status s = d->begin(); !s)
        return s.error();
    MigrationState &st = d->state;
    // Elasticsearch wants a positive rate or -1; a pause is a rate so low that no batch starts.
    const double effective = rps == 0 ? 0.0001 : rps;
    int changed = 0;
    for (MigrationJobState &js : st.jobs) {
        js.bulk[QStringLiteral("rps_override")] = effective;
        if (js.taskId.isEmpty())
            continue;
        auto r = d->dst->request("POST", QStringLiteral("/_reindex/") + enc(js.taskId) + QStringLiteral("/_rethrottle?requests_per_second=")
                                             + QString::number(effective));
        if (!r)
            return r.error();
        if (!r->isSuccess())
            return Error::make(ErrorKind::Server, tr("Rethrottling %1 failed: %2").arg(js.taskId, HttpClient::errorReason(*r)));
        ++changed;
    }
    st.addEvent(QStringLiteral("throttle"), rps == 0 ? tr("Bulk copy paused.") : rps < 0 ? tr("Bulk copy unthrottled.")
                                                                                        : tr("Bulk copy throttled to %1 documents/s.").arg(rps));
    if (changed == 0)
        d->log(tr("No bulk task is running; the rate applies when one starts."));
    if (Status s = d->saveState(); !s)
        return s.error();
    return st;
}

} // namespace Godwit
