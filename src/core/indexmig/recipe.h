// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "global/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace Godwit {

// How a job's documents are copied in the bulk phase.
enum class CopyMethod {
    Reindex,       // server-side _reindex inside one cluster
    RemoteReindex, // _reindex on the destination, reading from the source cluster (reindex.remote.allowlist)
    Client,        // Godwit scrolls the source and writes _bulk requests to the destination
};

QString copyMethodKey(CopyMethod method);
CopyMethod copyMethodFromKey(const QString &key, bool *ok = nullptr);

struct SyncSettings
{
    bool enabled = true;
    QString timestampField = QStringLiteral("updated"); // a date field every write sets
    int intervalMs = 5000;            // between sync passes
    int marginMs = 10000;             // re-read this much before the last checkpoint (clock skew, refresh)
    int maxLagMs = 30000;             // rollover is refused above this lag
    int reconcileIntervalMs = 30000;  // how often deletions are found by comparing ids
    int clockToleranceMs = 1000;      // post-swap catch-up: writes this close to the swap belong to the new index
};

struct RecipeJob
{
    QString source;                                  // index, alias or pattern (the recipe's prefix is prepended)
    QString destination = QStringLiteral("{index}-{date}"); // template: {index} {date} {time} {prefix}
    QString mappingsFile;                            // relative to the recipe's folder
    QJsonObject mappings;                            // the new mappings (empty: the source's)
    QJsonObject mappingEdits;                        // merged into the source's mappings ("properties" deeply)
    QJsonObject settings;                            // index settings of the destination (merged over the source's)
    CopyMethod method = CopyMethod::Reindex;
    int slices = 0;                                  // 0: auto (server-side) / 2 workers (client-side)
    double requestsPerSecond = -1;                   // -1: unthrottled
    int batchSize = 0;                               // documents per request; 0: auto (see effectiveBatchSize)
    // Auto: 1000 for _reindex (its own default); 2000 for the client-side copy, whose reader and writer
    // overlap, so fewer, larger bulk requests keep both clusters busy (bench/index/results.md).
    int effectiveBatchSize() const { return batchSize > 0 ? batchSize : (method == CopyMethod::Client ? 2000 : 1000); }
    QString script;                                  // painless, server-side methods only
    // Settings for the bulk phase, put back before rollover: no refreshes, no replicas, and the translog
    // synced every few seconds instead of on every bulk request (the bulk phase can be run again).
    QJsonObject bulkSettings{{QStringLiteral("refresh_interval"), QStringLiteral("-1")},
                             {QStringLiteral("number_of_replicas"), 0},
                             {QStringLiteral("translog"), QJsonObject{{QStringLiteral("durability"), QStringLiteral("async")}}}};
    SyncSettings sync;
};

// A migration recipe: a JSON file in the workspace's recipes/ folder (docs/index-migrations.md).
struct Recipe
{
    QString name;
    QString sourceConnection;
    QString destinationConnection; // empty or the same: in-cluster
    QString prefix;                // prepended to job sources and destinations (Invenio's SEARCH_INDEX_PREFIX)
    QList<RecipeJob> jobs;
    bool copyAliases = true;       // move the source's aliases on rollover (in-cluster) / create them (cross-cluster)
    QStringList copyTemplates;     // index/component template names or patterns copied at init
    QString filePath;              // where it was read from (not serialised)

    bool crossCluster() const { return !destinationConnection.isEmpty() && destinationConnection != sourceConnection; }
    QString destinationConnectionName() const { return crossCluster() ? destinationConnection : sourceConnection; }

    // Problems that need no cluster to be found (one line each); empty when valid.
    QStringList validate() const;
    // A digest of everything that must not change while a migration runs (jobs, connections, prefix).
    QString fingerprint() const;

    QJsonObject toJson() const;
    static Result<Recipe> fromJson(const QJsonObject &object);
    static Result<Recipe> load(const QString &path);
    Status save(const QString &path) const;
};

// Expands a destination template for one source index.
QString expandDestination(const QString &tmpl, const QString &index, const QString &prefix, const QDateTime &when);

// Deep-merges edits into a mappings object ("properties" merged field by field).
QJsonObject mergeMappings(const QJsonObject &base, const QJsonObject &edits);

// The recipe file for NAME in the workspace (recipes/NAME.json), or NAME itself when it is a path.
QString recipePath(const QString &workspaceDir, const QString &nameOrPath);
QStringList listRecipes(const QString &workspaceDir);

} // namespace Godwit
