// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Index migrations (docs/index-migrations.md): Invenio-Index-Migrator's workflow for any application on
// Elasticsearch 6–8 or OpenSearch 1–3, in one cluster or across two. Everything here blocks: run it in a job.

#include "connections/connectionprofile.h"
#include "doccopy.h"
#include "recipe.h"

#include <QJsonArray>

#include <functional>

namespace Godwit {

class JobContext;

struct ClusterEndpoint
{
    QString name; // the connection's name
    ConnectionProfile profile;
    QString secret;
    HttpOptions http(int timeoutMs = 60000) const;
};

struct MigrationJobState
{
    int recipeJob = 0;
    QString sourceIndex;
    QString destIndex;
    QJsonArray aliases;          // the source's aliases at init: [{alias, is_write_index, filter, ...}]
    QString phase = QStringLiteral("created"); // created, bulk, sync, switch-pending, rolled-over, canceled, done
    QString taskId;
    QJsonObject bulk;            // total, created, updated, deleted, batches, version_conflicts, noops, throttled_ms, rps, started_ms, ended_ms
    qint64 checkpointMs = 0;     // every change the source made before this (less the margin) is in the destination
    qint64 lastSyncMs = 0;
    qint64 lastPassMs = 0;       // how long the last sync pass took
    qint64 lastReconcileMs = 0;
    qint64 syncPasses = 0;
    qint64 syncedDocs = 0;
    qint64 deletedDocs = 0;
    qint64 failedDocs = 0;
    QJsonObject finalSettings;   // restored on the destination before rollover
    bool created = false;        // init created the destination index
    QStringList errors;          // the latest problems, newest last

    QJsonObject toJson() const;
    static MigrationJobState fromJson(const QJsonObject &o);
};

struct MigrationState
{
    QString recipe;
    QString fingerprint;
    QString status = QStringLiteral("initializing"); // initializing, initialized, bulk, syncing, switch-pending,
                                                     // rolled-over, canceled, completed, failed
    bool crossCluster = false;
    QJsonObject owner;           // {instance, host, pid, heartbeat_ms} while a Godwit drives it
    QList<MigrationJobState> jobs;
    QJsonArray history;          // [{time, event, message}], the latest 100
    QStringList createdTemplates;
    qint64 rolloverMs = 0;
    qint64 seqNo = -1;           // optimistic concurrency (not serialised)
    qint64 primaryTerm = -1;
    qint64 version = -1;

    QJsonObject toJson() const;
    static MigrationState fromJson(const QJsonObject &o);
    void addEvent(const QString &event, const QString &message);
};

// What init would do: written nowhere.
struct InitPlan
{
    struct Item
    {
        int recipeJob = 0;
        QString sourceIndex;
        QString destIndex;
        QString method;
        qint64 sourceDocs = -1;
        QJsonObject mappings;     // the destination's
        QJsonObject settings;     // the destination's at creation (bulk settings applied)
        QJsonObject finalSettings;
        QJsonArray aliases;
        QStringList mappingDiff;  // "+ field (type)", "- field", "~ field: old → new"
        bool exists = false;      // the destination exists already
    };
    ClusterFlavor source;
    ClusterFlavor destination;
    QList<Item> items;
    QStringList templates;
    QStringList warnings;
    QStringList problems;         // init refuses while there are any

    QJsonObject toJson() const;
    QString text() const;
};

// A live view of a migration for the status command and the panel.
struct MigrationStatus
{
    struct Job
    {
        QString sourceIndex;
        QString destIndex;
        QString phase;
        qint64 total = -1;        // bulk: documents to copy
        qint64 done = 0;          // bulk: documents processed
        double docsPerSecond = 0;
        qint64 etaMs = -1;
        qint64 sourceDocs = -1;
        qint64 destDocs = -1;
        qint64 lagMs = -1;        // how far the destination may be behind the source
        qint64 checkpointMs = 0;
        qint64 syncedDocs = 0;
        qint64 deletedDocs = 0;
        qint64 conflicts = 0;
        qint64 throttledMs = 0;
        double requestsPerSecond = -1;
        QStringList errors;
    };
    bool exists = false;
    MigrationState state;
    QList<Job> jobs;
    qint64 takenMs = 0;           // when it was read (epoch ms)
    bool ownerAlive = false;

    QJsonObject toJson() const;
};

class IndexMigrator
{
public:
    IndexMigrator(Recipe recipe, ClusterEndpoint source, ClusterEndpoint destination, JobContext *job = nullptr);
    ~IndexMigrator();

    static QString stateIndex() { return QStringLiteral(".godwit-migrations"); }

    // Validates the recipe against the clusters and computes what init would create. With checkMappings the
    // new mappings are tried on a throw-away index (created and deleted again).
    Result<InitPlan> plan(bool checkMappings = false);
    Result<MigrationState> init();

    struct RunOptions
    {
        bool once = false;      // one bulk + one sync pass, then return
        int maxPasses = -1;     // stop after this many sync passes (tests, benchmarks)
        std::function<void(const MigrationState &)> onUpdate; // after every save, on the worker thread
        std::function<bool()> stopRequested;                  // checked between passes
    };
    Result<MigrationState> run(const RunOptions &options);
    Result<MigrationStatus> status();

    struct RolloverOptions
    {
        bool force = false;   // ignore the lag threshold and copy failures
        bool confirm = false; // cross-cluster: the application now uses the destination
    };
    Result<MigrationState> rollover(const RolloverOptions &options);
    Result<MigrationState> rollback();
    Result<MigrationState> cancel(bool deleteCreated);
    Result<MigrationState> cleanup();
    // Rethrottles the running bulk tasks; rps 0 pauses them, -1 unthrottles.
    Result<MigrationState> throttle(double rps);

    // The log lines of the latest call (also sent to the job's log).
    const QStringList &log() const { return m_log; }

private:
    struct Private;
    std::unique_ptr<Private> d;
    QStringList m_log;
};

} // namespace Godwit
