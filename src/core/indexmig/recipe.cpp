// SPDX-License-Identifier: GPL-3.0-or-later
#include "recipe.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace Godwit {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("Godwit::Recipe", text); }

constexpr auto kFormat = "godwit-index-recipe/1";

QJsonObject syncToJson(const SyncSettings &s)
{
    return {{QStringLiteral("enabled"), s.enabled},
            {QStringLiteral("timestamp_field"), s.timestampField},
            {QStringLiteral("interval_seconds"), s.intervalMs / 1000.0},
            {QStringLiteral("margin_seconds"), s.marginMs / 1000.0},
            {QStringLiteral("rollover_max_lag_seconds"), s.maxLagMs / 1000.0},
            {QStringLiteral("reconcile_interval_seconds"), s.reconcileIntervalMs / 1000.0},
            {QStringLiteral("clock_tolerance_seconds"), s.clockToleranceMs / 1000.0}};
}

int msFrom(const QJsonObject &o, const char *key, int fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? int(v.toDouble() * 1000.0) : fallback;
}

SyncSettings syncFromJson(const QJsonObject &o)
{
    SyncSettings s;
    s.enabled = o.value(QStringLiteral("enabled")).toBool(true);
    s.timestampField = o.value(QStringLiteral("timestamp_field")).toString(s.timestampField);
    s.intervalMs = msFrom(o, "interval_seconds", s.intervalMs);
    s.marginMs = msFrom(o, "margin_seconds", s.marginMs);
    s.maxLagMs = msFrom(o, "rollover_max_lag_seconds", s.maxLagMs);
    s.reconcileIntervalMs = msFrom(o, "reconcile_interval_seconds", s.reconcileIntervalMs);
    s.clockToleranceMs = msFrom(o, "clock_tolerance_seconds", s.clockToleranceMs);
    return s;
}

const QRegularExpression &indexNameRe()
{
    // What Elasticsearch accepts in an index name (lower case, no \ / * ? " < > | , # : or space), plus the
    // template's braces and the pattern's *.
    static const QRegularExpression re(QStringLiteral("^[a-z0-9_.+{}*-][a-z0-9_.+{}*-]*$"));
    return re;
}
} // namespace

QString copyMethodKey(CopyMethod method)
{
    switch (method) {
    case CopyMethod::Reindex: return QStringLiteral("reindex");
    case CopyMethod::RemoteReindex: return QStringLiteral("remote-reindex");
    case CopyMethod::Client: return QStringLiteral("client");
    }
    return {};
}

CopyMethod copyMethodFromKey(const QString &key, bool *ok)
{
    if (ok)
        *ok = true;
    if (key == QLatin1String("reindex") || key.isEmpty())
        return CopyMethod::Reindex;
    if (key == QLatin1String("remote-reindex") || key == QLatin1String("remote"))
        return CopyMethod::RemoteReindex;
    if (key == QLatin1String("client") || key == QLatin1String("scroll"))
        return CopyMethod::Client;
    if (ok)
        *ok = false;
    return CopyMethod::Reindex;
}

QStringList Recipe::validate() const
{
    QStringList problems;
    if (name.isEmpty())
        problems << tr("The recipe has no name.");
    if (sourceConnection.isEmpty())
        problems << tr("The recipe names no source connection.");
    if (jobs.isEmpty())
        problems << tr("The recipe has no jobs.");
    if (!prefix.isEmpty() && !indexNameRe().match(prefix).hasMatch())
        problems << tr("The prefix “%1” is not a valid index name start (lower case, no spaces or \\/*?\"<>|,#:).").arg(prefix);
    QStringList destinations;
    for (int i = 0; i < jobs.size(); ++i) {
        const RecipeJob &j = jobs.at(i);
        const QString which = tr("Job %1 (%2)").arg(i + 1).arg(j.source.isEmpty() ? tr("no source") : j.source);
        if (j.source.isEmpty())
            problems << tr("%1: no source index or alias.").arg(which);
        else if (!indexNameRe().match(j.source).hasMatch())
            problems << tr("%1: “%2” is not a valid index, alias or pattern.").arg(which, j.source);
        if (j.destination.isEmpty())
            problems << tr("%1: no destination name.").arg(which);
        else if (!indexNameRe().match(j.destination).hasMatch() || j.destination.contains(u'*'))
            problems << tr("%1: the destination “%2” is not a valid index name template.").arg(which, j.destination);
        else if (!j.source.contains(u'*') && !j.destination.contains(QLatin1String("{")) && j.destination == j.source)
            problems << tr("%1: the destination is the source itself.").arg(which);
        if (j.source.contains(u'*') && !j.destination.contains(QLatin1String("{index}")))
            problems << tr("%1: a pattern needs {index} in the destination, or every match would go to one index.").arg(which);
        destinations << j.destination;
        if (j.batchSize < 0 || j.batchSize > 10000)
            problems << tr("%1: the batch size must be between 1 and 10000, or auto.").arg(which);
        if (j.slices < 0 || j.slices > 64)
            problems << tr("%1: slices must be between 0 (auto) and 64.").arg(which);
        if (j.requestsPerSecond == 0 || (j.requestsPerSecond < 0 && j.requestsPerSecond != -1))
            problems << tr("%1: requests per second must be positive, or -1 for no throttling.").arg(which);
        if (j.method == CopyMethod::Reindex && crossCluster())
            problems << tr("%1: server-side _reindex works inside one cluster; use remote-reindex or client across clusters.").arg(which);
        if (j.method == CopyMethod::RemoteReindex && !crossCluster())
            problems << tr("%1: remote-reindex needs a destination connection other than the source.").arg(which);
        if (j.method == CopyMethod::Client && !j.script.isEmpty())
            problems << tr("%1: a painless script runs in the cluster; the client-side method cannot apply it.").arg(which);
        if (j.sync.enabled && j.sync.timestampField.isEmpty())
            problems << tr("%1: sync is on but names no timestamp field.").arg(which);
        if (j.sync.intervalMs < 100)
            problems << tr("%1: the sync interval must be at least 0.1 s.").arg(which);
        if (j.sync.marginMs < 0 || j.sync.maxLagMs <= 0)
            problems << tr("%1: the sync margin must be ≥ 0 and the rollover threshold > 0.").arg(which);
        if (!j.mappings.isEmpty() && !j.mappingsFile.isEmpty())
            problems << tr("%1: give the mappings inline or as a file, not both.").arg(which);
    }
    if (destinations.removeDuplicates() > 0)
        problems << tr("Two jobs write to the same destination template.");
    return problems;
}

QString Recipe::fingerprint() const
{
    QJsonObject o = toJson();
    o.remove(QStringLiteral("name"));
    // Sync timing and throttling may be tuned while a migration runs; what is copied where may not.
    QJsonArray js;
    for (const QJsonValue &v : o.value(QStringLiteral("jobs")).toArray()) {
        QJsonObject j = v.toObject();
        j.remove(QStringLiteral("sync"));
        j.remove(QStringLiteral("requests_per_second"));
        j.remove(QStringLiteral("slices"));
        j.remove(QStringLiteral("batch_size"));
        js.append(j);
    }
    o[QStringLiteral("jobs")] = js;
    return QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(o).toJson(QJsonDocument::Compact),
                                                        QCryptographicHash::Sha256).toHex().left(16));
}

QJsonObject Recipe::toJson() const
{
    QJsonArray js;
    for (const RecipeJob &j : jobs) {
        QJsonObject o{{QStringLiteral("source"), j.source},
                      {QStringLiteral("destination"), j.destination},
                      {QStringLiteral("method"), copyMethodKey(j.method)},
                      {QStringLiteral("slices"), j.slices == 0 ? QJsonValue(QStringLiteral("auto")) : QJsonValue(j.slices)},
                      {QStringLiteral("requests_per_second"), j.requestsPerSecond},
                      {QStringLiteral("batch_size"), j.batchSize == 0 ? QJsonValue(QStringLiteral("auto")) : QJsonValue(j.batchSize)},
                      {QStringLiteral("bulk_settings"), j.bulkSettings},
                      {QStringLiteral("sync"), syncToJson(j.sync)}};
        if (!j.mappingsFile.isEmpty())
            o[QStringLiteral("mappings_file")] = j.mappingsFile;
        if (!j.mappings.isEmpty())
            o[QStringLiteral("mappings")] = j.mappings;
        if (!j.mappingEdits.isEmpty())
            o[QStringLiteral("mapping_edits")] = j.mappingEdits;
        if (!j.settings.isEmpty())
            o[QStringLiteral("settings")] = j.settings;
        if (!j.script.isEmpty())
            o[QStringLiteral("script")] = j.script;
        js.append(o);
    }
    QJsonObject o{{QStringLiteral("format"), QLatin1String(kFormat)},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("source"), QJsonObject{{QStringLiteral("connection"), sourceConnection}}},
                  {QStringLiteral("destination"), QJsonObject{{QStringLiteral("connection"), destinationConnectionName()}}},
                  {QStringLiteral("prefix"), prefix},
                  {QStringLiteral("copy_aliases"), copyAliases},
                  {QStringLiteral("jobs"), js}};
    if (!copyTemplates.isEmpty())
        o[QStringLiteral("copy_templates")] = QJsonArray::fromStringList(copyTemplates);
    return o;
}

Result<Recipe> Recipe::fromJson(const QJsonObject &o)
{
    const QString format = o.value(QStringLiteral("format")).toString();
    if (!format.isEmpty() && format != QLatin1String(kFormat))
        return Error::make(ErrorKind::InvalidInput, tr("Unknown recipe format “%1” (expected %2).").arg(format, QLatin1String(kFormat)));
    Recipe r;
    r.name = o.value(QStringLiteral("name")).toString();
    auto connectionOf = [](const QJsonValue &v) {
        return v.isObject() ? v.toObject().value(QStringLiteral("connection")).toString() : v.toString();
    };
    r.sourceConnection = connectionOf(o.value(QStringLiteral("source")));
    r.destinationConnection = connectionOf(o.value(QStringLiteral("destination")));
    if (r.destinationConnection == r.sourceConnection)
        r.destinationConnection.clear();
    r.prefix = o.value(QStringLiteral("prefix")).toString();
    r.copyAliases = o.value(QStringLiteral("copy_aliases")).toBool(true);
    for (const QJsonValue &t : o.value(QStringLiteral("copy_templates")).toArray())
        r.copyTemplates << t.toString();
    const QJsonValue jobsValue = o.value(QStringLiteral("jobs"));
    if (!jobsValue.isArray() && !jobsValue.isUndefined())
        return Error::make(ErrorKind::InvalidInput, tr("“jobs” must be a list."));
    for (const QJsonValue &v : jobsValue.toArray()) {
        if (!v.isObject())
            return Error::make(ErrorKind::InvalidInput, tr("Every job must be an object."));
        const QJsonObject jo = v.toObject();
        RecipeJob j;
        j.source = jo.value(QStringLiteral("source")).toString();
        j.destination = jo.value(QStringLiteral("destination")).toString(j.destination);
        bool ok = true;
        j.method = copyMethodFromKey(jo.value(QStringLiteral("method")).toString(), &ok);
        if (!ok)
            return Error::make(ErrorKind::InvalidInput, tr("Job “%1”: unknown method “%2” (reindex, remote-reindex or client).")
                                                            .arg(j.source, jo.value(QStringLiteral("method")).toString()));
        const QJsonValue slices = jo.value(QStringLiteral("slices"));
        j.slices = slices.isDouble() ? slices.toInt() : 0;
        j.requestsPerSecond = jo.value(QStringLiteral("requests_per_second")).toDouble(-1);
        const QJsonValue batch = jo.value(QStringLiteral("batch_size"));
        j.batchSize = batch.isDouble() ? batch.toInt() : 0;
        j.mappingsFile = jo.value(QStringLiteral("mappings_file")).toString();
        j.mappings = jo.value(QStringLiteral("mappings")).toObject();
        j.mappingEdits = jo.value(QStringLiteral("mapping_edits")).toObject();
        j.settings = jo.value(QStringLiteral("settings")).toObject();
        j.script = jo.value(QStringLiteral("script")).toString();
        if (jo.contains(QStringLiteral("bulk_settings")))
            j.bulkSettings = jo.value(QStringLiteral("bulk_settings")).toObject();
        j.sync = syncFromJson(jo.value(QStringLiteral("sync")).toObject());
        r.jobs.append(j);
    }
    return r;
}

Result<Recipe> Recipe::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorKind::NotFound, tr("Cannot read the recipe %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(ErrorKind::InvalidInput, tr("The recipe %1 is not a JSON object: %2 at offset %3.")
                                                        .arg(QDir::toNativeSeparators(path), pe.errorString()).arg(pe.offset));
    auto r = fromJson(doc.object());
    if (!r)
        return Error::make(r.error().kind, QDir::toNativeSeparators(path) + QStringLiteral(": ") + r.error().message);
    Recipe recipe = r.take();
    recipe.filePath = QFileInfo(path).absoluteFilePath();
    if (recipe.name.isEmpty())
        recipe.name = QFileInfo(path).completeBaseName();
    // Mapping files are read now, so that everything later works on one immutable recipe.
    for (RecipeJob &j : recipe.jobs) {
        if (j.mappingsFile.isEmpty())
            continue;
        const QString file = QFileInfo(j.mappingsFile).isAbsolute() ? j.mappingsFile
                                                                     : QFileInfo(path).absoluteDir().filePath(j.mappingsFile);
        QFile mf(file);
        if (!mf.open(QIODevice::ReadOnly))
            return Error::make(ErrorKind::NotFound, tr("Job “%1”: cannot read the mappings file %2: %3")
                                                        .arg(j.source, QDir::toNativeSeparators(file), mf.errorString()));
        const QJsonDocument md = QJsonDocument::fromJson(mf.readAll(), &pe);
        if (pe.error != QJsonParseError::NoError || !md.isObject())
            return Error::make(ErrorKind::InvalidInput, tr("Job “%1”: the mappings file %2 is not a JSON object: %3")
                                                            .arg(j.source, QDir::toNativeSeparators(file), pe.errorString()));
        QJsonObject m = md.object();
        // Accept both {"mappings": {...}} (an index body) and the bare mappings.
        if (m.contains(QStringLiteral("mappings")) && m.value(QStringLiteral("mappings")).isObject())
            m = m.value(QStringLiteral("mappings")).toObject();
        j.mappings = m;
        j.mappingsFile.clear();
    }
    return recipe;
}

Status Recipe::save(const QString &path) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::make(ErrorKind::Other, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    f.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return Error::make(ErrorKind::Other, tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
    return success();
}

QString expandDestination(const QString &tmpl, const QString &index, const QString &prefix, const QDateTime &when)
{
    QString out = tmpl;
    QString bare = index;
    if (!prefix.isEmpty() && bare.startsWith(prefix))
        bare = bare.mid(prefix.size());
    out.replace(QLatin1String("{index}"), bare);
    out.replace(QLatin1String("{date}"), when.toUTC().toString(QStringLiteral("yyyyMMdd")));
    out.replace(QLatin1String("{time}"), when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")));
    out.replace(QLatin1String("{prefix}"), QString());
    if (!prefix.isEmpty() && !out.startsWith(prefix))
        out.prepend(prefix);
    return out;
}

QJsonObject mergeMappings(const QJsonObject &base, const QJsonObject &edits)
{
    QJsonObject out = base;
    for (auto it = edits.begin(); it != edits.end(); ++it) {
        const QJsonValue current = out.value(it.key());
        if (it.value().isNull())
            out.remove(it.key());
        else if (current.isObject() && it.value().isObject())
            out[it.key()] = mergeMappings(current.toObject(), it.value().toObject());
        else
            out[it.key()] = it.value();
    }
    return out;
}

QString recipePath(const QString &workspaceDir, const QString &nameOrPath)
{
    if (nameOrPath.contains(u'/') || nameOrPath.endsWith(QLatin1String(".json")))
        return QFileInfo(nameOrPath).absoluteFilePath();
    return QDir(workspaceDir).filePath(QStringLiteral("recipes/") + nameOrPath + QStringLiteral(".json"));
}

QStringList listRecipes(const QString &workspaceDir)
{
    QStringList out;
    const QDir dir(QDir(workspaceDir).filePath(QStringLiteral("recipes")));
    for (const QFileInfo &fi : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        out << fi.absoluteFilePath();
    return out;
}

} // namespace Godwit
