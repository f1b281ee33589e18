// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Document-level work on search clusters for index migrations: sliced scrolls, _bulk writes that keep the
// source's versions (version_type=external, so that an older copy never overwrites a newer one), and the
// id reconciliation that finds deletions. Runs in the calling thread plus one QThread per extra slice.

#include "search/httpclient.h"

#include <QJsonObject>

#include <functional>

namespace Godwit {

class JobContext;
struct ServerInfo;

// The differences between Elasticsearch 6–8 and OpenSearch 1–3 that index migrations care about.
struct ClusterFlavor
{
    bool openSearch = false;
    int major = 7;
    int minor = 0;
    QString version;

    static ClusterFlavor from(const QString &product, const QString &version);
    // Elasticsearch 6 indexes have one mapping type; requests name it.
    bool mappingTypes() const { return !openSearch && major <= 6; }
    // if_seq_no/if_primary_term concurrency control (Elasticsearch 6.7+, every OpenSearch).
    bool seqNoConcurrency() const { return openSearch || major > 6 || (major == 6 && minor >= 7); }
    bool hiddenIndices() const { return openSearch || major > 7 || (major == 7 && minor >= 7); }
    // The node setting that lists remote clusters _reindex may read from.
    QString remoteListSetting() const
    {
        return openSearch && major >= 2 ? QStringLiteral("reindex.remote.allowlist") : QStringLiteral("reindex.remote.whitelist");
    }
    QString display() const { return (openSearch ? QStringLiteral("OpenSearch ") : QStringLiteral("Elasticsearch ")) + version; }
};

struct DocCopyRequest
{
    QString sourceIndex;
    QString destIndex;
    QJsonObject query;       // empty: match_all
    int batchSize = 1000;
    int slices = 1;          // parallel sliced scrolls, each in its own thread
    QString destType;        // Elasticsearch 6 destinations: the mapping type
    double requestsPerSecond = -1; // batches per second and slice, -1 unthrottled
};

struct DocCopyResult
{
    qint64 read = 0;
    qint64 written = 0;   // created or updated
    qint64 conflicts = 0; // the destination already had this version or a newer one
    qint64 failed = 0;    // rejected by the destination (mapping errors, ...)
    qint64 retried = 0;   // items retried after 429 rejections
    QStringList failures; // the first reasons
};

// Called from the copying threads (guard shared state): documents read and written so far in total.
using CopyProgress = std::function<void(qint64 read, qint64 written)>;

Result<DocCopyResult> copyDocuments(const HttpOptions &source, const HttpOptions &dest, const DocCopyRequest &request,
                                    const JobContext *job, const CopyProgress &progress = {});

struct ReconcileResult
{
    qint64 sourceIds = 0;
    qint64 destIds = 0;
    qint64 deleted = 0;
    qint64 kept = 0;      // missing in the source but written to the destination too recently to judge
};

// Deletes from dest the documents the source no longer has. dest is listed first, then the source, so a
// document copied meanwhile is never mistaken for a deleted one. With keepNewerThanMs > 0 (after a rollover)
// documents whose timestampField is at or after it are kept: they were written to the new index.
Result<ReconcileResult> reconcileDeletions(const HttpOptions &source, const HttpOptions &dest, const QString &sourceIndex,
                                           const QString &destIndex, const ClusterFlavor &destFlavor,
                                           const QString &timestampField, qint64 keepNewerThanMs, const JobContext *job);

// One document as stored: id, version and the _source bytes exactly as the cluster returned them.
struct StoredDoc
{
    QByteArray id;
    qint64 version = 0;
    QByteArray source;
};

// Every document of an index, sorted by id (for the exact-equality checks of tests and `index verify`).
Result<QList<StoredDoc>> readAllDocuments(const HttpOptions &options, const QString &index, const JobContext *job);

struct IndexComparison
{
    qint64 sourceDocs = 0;
    qint64 destDocs = 0;
    qint64 missing = 0;   // in source, not in dest
    qint64 extra = 0;     // in dest, not in source
    qint64 differentContent = 0;
    qint64 differentVersion = 0;
    QStringList examples; // the first differences, one line each
    bool equal() const { return missing == 0 && extra == 0 && differentContent == 0 && differentVersion == 0; }
};

// Compares ids, _source (as JSON values, key order ignored) and versions document by document.
Result<IndexComparison> compareIndices(const HttpOptions &source, const QString &sourceIndex, const HttpOptions &dest,
                                       const QString &destIndex, bool compareVersions, const JobContext *job);

} // namespace Godwit
