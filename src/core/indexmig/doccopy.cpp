// SPDX-License-Identifier: GPL-3.0-or-later
#include "doccopy.h"
#include "jobs/jobmanager.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>
#include <QUrl>

#include <simdjson.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

namespace Godwit {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("Godwit::DocCopy", text); }

QString enc(const QString &index) { return QString::fromUtf8(QUrl::toPercentEncoding(index, "*,")); }

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t' || s.back() == ','))
        s.remove_suffix(1);
    return s;
}

Error parseError(const char *what, simdjson::error_code code)
{
    return Error::make(ErrorKind::Server, tr("Unexpected %1 answer from the cluster: %2")
                                              .arg(QLatin1String(what), QString::fromUtf8(simdjson::error_message(code))));
}

// One hit of a search page, as views into the page (valid until the next page).
struct Hit
{
    std::string_view rawId;  // the JSON string token, quotes and escapes included
    std::string_view id;     // unescaped
    qint64 version = 0;
    qint64 seqNo = -1;
    qint64 primaryTerm = -1;
    std::string_view source; // raw JSON
    double timestamp = -1;   // from fields.<ts>[0] (docvalue, epoch_millis), -1 if absent
};

// Parses a scroll/search page: the scroll id and each hit, handed to onHit.
template<typename OnHit>
Result<qint64> parsePage(simdjson::ondemand::parser &parser, const QByteArray &body, QByteArray *scrollId,
                         const std::string &timestampField, OnHit onHit)
{
    simdjson::padded_string padded(body.constData(), size_t(body.size()));
    simdjson::ondemand::document doc;
    if (auto e = parser.iterate(padded).get(doc))
        return parseError("search", e);
    simdjson::ondemand::object root;
    if (auto e = doc.get_object().get(root))
        return parseError("search", e);
    qint64 count = 0;
    for (auto field : root) {
        std::string_view key;
        if (field.unescaped_key().get(key))
            return parseError("search", simdjson::TAPE_ERROR);
        if (key == "_scroll_id") {
            std::string_view sid;
            if (auto e = field.value().get_string().get(sid))
                return parseError("search", e);
            *scrollId = QByteArray(sid.data(), qsizetype(sid.size()));
        } else if (key == "hits") {
            simdjson::ondemand::object hitsObj;
            if (auto e = field.value().get_object().get(hitsObj))
                return parseError("search", e);
            for (auto hf : hitsObj) {
                std::string_view hk;
                if (hf.unescaped_key().get(hk))
                    return parseError("search", simdjson::TAPE_ERROR);
                if (hk != "hits")
                    continue;
                simdjson::ondemand::array arr;
                if (auto e = hf.value().get_array().get(arr))
                    return parseError("search", e);
                for (auto hv : arr) {
                    simdjson::ondemand::object ho;
                    if (auto e = hv.get_object().get(ho))
                        return parseError("search", e);
                    Hit hit;
                    for (auto f : ho) {
                        std::string_view k;
                        if (f.unescaped_key().get(k))
                            return parseError("search", simdjson::TAPE_ERROR);
                        simdjson::ondemand::value v;
                        if (f.value().get(v))
                            return parseError("search", simdjson::TAPE_ERROR);
                        if (k == "_id") {
                            hit.rawId = trimmed(v.raw_json_token());
                            if (auto e = v.get_string().get(hit.id))
                                return parseError("search", e);
                        } else if (k == "_version") {
                            int64_t n = 0;
                            if (!v.get_int64().get(n))
                                hit.version = n;
                        } else if (k == "_seq_no") {
                            int64_t n = 0;
                            if (!v.get_int64().get(n))
                                hit.seqNo = n;
                        } else if (k == "_primary_term") {
                            int64_t n = 0;
                            if (!v.get_int64().get(n))
                                hit.primaryTerm = n;
                        } else if (k == "_source") {
                            simdjson::ondemand::object so;
                            if (auto e = v.get_object().get(so))
                                return parseError("search", e);
                            std::string_view raw;
                            if (auto e = so.raw_json().get(raw))
                                return parseError("search", e);
                            hit.source = trimmed(raw);
                        } else if (k == "fields" && !timestampField.empty()) {
                            simdjson::ondemand::object fo;
                            if (v.get_object().get(fo))
                                continue;
                            for (auto ff : fo) {
                                std::string_view fk;
                                if (ff.unescaped_key().get(fk) || fk != timestampField)
                                    continue;
                                simdjson::ondemand::array fa;
                                if (ff.value().get_array().get(fa))
                                    continue;
                                for (auto fv : fa) {
                                    std::string_view s;
                                    double d = 0;
                                    if (!fv.get_string().get(s))
                                        hit.timestamp = QByteArray(s.data(), qsizetype(s.size())).toDouble();
                                    else if (!fv.get_double().get(d))
                                        hit.timestamp = d;
                                    break;
                                }
                            }
                        }
                    }
                    ++count;
                    if (!onHit(hit))
                        return count;
                }
            }
        }
    }
    return count;
}

// A scroll over one index (one slice of it): first() with the search body, then next() until no hits.
class Scroll
{
public:
    Scroll(HttpClient &http, QString index) : m_http(http), m_index(std::move(index)) {}
    ~Scroll() { clear(); }

    Result<QByteArray> fetch(const QJsonObject &body)
    {
        Result<HttpResponse> r = m_scrollId.isEmpty()
            ? m_http.request("POST", u'/' + enc(m_index) + QStringLiteral("/_search?scroll=5m"),
                             QJsonDocument(body).toJson(QJsonDocument::Compact))
            : m_http.request("POST", QStringLiteral("/_search/scroll"),
                             QJsonDocument(QJsonObject{{QStringLiteral("scroll"), QStringLiteral("5m")},
                                                       {QStringLiteral("scroll_id"), QString::fromLatin1(m_scrollId)}})
                                 .toJson(QJsonDocument::Compact));
        if (!r)
            return r.error();
        if (!r->isSuccess())
            return HttpClient::httpError(*r, m_http.url(u'/' + m_index + QStringLiteral("/_search")));
        return r->body;
    }
    QByteArray &scrollId() { return m_scrollId; }
    void clear()
    {
        if (m_scrollId.isEmpty())
            return;
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("scroll_id"),
                                                           QJsonArray{QString::fromLatin1(m_scrollId)}}})
                                    .toJson(QJsonDocument::Compact);
        m_scrollId.clear();
        (void)m_http.request("DELETE", QStringLiteral("/_search/scroll"), body);
    }

private:
    HttpClient &m_http;
    QString m_index;
    QByteArray m_scrollId;
};

struct BulkOutcome
{
    qint64 written = 0;
    qint64 conflicts = 0;
    qint64 failed = 0;
    QStringList failures;
    std::vector<int> retry; // item positions rejected with 429
};

// Posts one _bulk body of n actions and sorts the items by outcome.
Result<BulkOutcome> postBulk(HttpClient &http, const QByteArray &body, int n, simdjson::ondemand::parser &parser)
{
    auto r = http.request("POST", QStringLiteral("/_bulk"), body, "application/x-ndjson");
    if (!r)
        return r.error();
    if (!r->isSuccess())
        return HttpClient::httpError(*r, http.url(QStringLiteral("/_bulk")));
    BulkOutcome out;
    simdjson::padded_string padded(r->body.constData(), size_t(r->body.size()));
    simdjson::ondemand::document doc;
    if (auto e = parser.iterate(padded).get(doc))
        return parseError("_bulk", e);
    simdjson::ondemand::object root;
    if (auto e = doc.get_object().get(root))
        return parseError("_bulk", e);
    bool errors = true;
    int position = 0;
    for (auto field : root) {
        std::string_view key;
        if (field.unescaped_key().get(key))
            return parseError("_bulk", simdjson::TAPE_ERROR);
        if (key == "errors") {
            if (field.value().get_bool().get(errors))
                errors = true;
            if (!errors) {
                out.written = n;
                return out;
            }
        } else if (key == "items") {
            simdjson::ondemand::array items;
            if (auto e = field.value().get_array().get(items))
                return parseError("_bulk", e);
            for (auto item : items) {
                simdjson::ondemand::object io;
                if (item.get_object().get(io))
                    return parseError("_bulk", simdjson::TAPE_ERROR);
                for (auto op : io) { // {"index": {...}} or {"delete": {...}}
                    simdjson::ondemand::object details;
                    if (op.value().get_object().get(details))
                        return parseError("_bulk", simdjson::TAPE_ERROR);
                    int64_t status = 0;
                    QString reason;
                    QString id;
                    for (auto d : details) {
                        std::string_view dk;
                        if (d.unescaped_key().get(dk))
                            continue;
                        if (dk == "status") {
                            if (d.value().get_int64().get(status))
                                status = 0;
                        } else if (dk == "_id") {
                            std::string_view s;
                            if (!d.value().get_string().get(s))
                                id = QString::fromUtf8(s.data(), qsizetype(s.size()));
                        } else if (dk == "error") {
                            std::string_view raw;
                            simdjson::ondemand::object eo;
                            if (!d.value().get_object().get(eo) && !eo.raw_json().get(raw)) {
                                const QJsonObject e = QJsonDocument::fromJson(QByteArray(raw.data(), qsizetype(raw.size()))).object();
                                reason = e.value(QStringLiteral("type")).toString() + QStringLiteral(": ")
                                    + e.value(QStringLiteral("reason")).toString();
                                const QJsonObject cause = e.value(QStringLiteral("caused_by")).toObject();
                                if (!cause.isEmpty())
                                    reason += QStringLiteral(" (") + cause.value(QStringLiteral("reason")).toString() + u')';
                            }
                        }
                    }
                    if (status >= 200 && status < 300)
                        ++out.written;
                    else if (status == 409)
                        ++out.conflicts;
                    else if (status == 404) // a delete of a document that is already gone
                        ++out.conflicts;
                    else if (status == 429)
                        out.retry.push_back(position);
                    else {
                        ++out.failed;
                        if (out.failures.size() < 10)
                            out.failures << tr("document %1: %2").arg(id, reason);
                    }
                }
                ++position;
            }
        }
    }
    return out;
}

struct SharedCopy
{
    QMutex mutex;
    DocCopyResult total;
    std::atomic<bool> stop{false};
    std::optional<Error> error;
    std::atomic<qint64> read{0};
    std::atomic<qint64> written{0};
    CopyProgress progress;

    void fail(const Error &e)
    {
        QMutexLocker lock(&mutex);
        if (!error)
            error = e;
        stop = true;
    }
};

QByteArray actionLine(const QString &destIndex, const QString &destType, std::string_view rawId, qint64 version)
{
    QByteArray line;
    line.reserve(96 + qsizetype(rawId.size()));
    line += "{\"index\":{\"_index\":";
    line += QJsonDocument(QJsonArray{destIndex}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    if (!destType.isEmpty()) {
        line += ",\"_type\":";
        line += QJsonDocument(QJsonArray{destType}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    }
    line += ",\"_id\":";
    line.append(rawId.data(), qsizetype(rawId.size()));
    if (version > 0) {
        line += ",\"version\":";
        line += QByteArray::number(version);
        line += ",\"version_type\":\"external\"";
    }
    line += "}}\n";
    return line;
}

// One page of a slice, turned into a _bulk body.
struct CopyBatch
{
    QByteArray bulk;
    std::vector<std::pair<qsizetype, qsizetype>> spans; // each action's [start, end) in bulk, for retries
    qint64 count = 0;                                     // 0: the slice is read to its end
};

// The pages a slice's reader has fetched and its writer has not posted yet: at most two, so that the
// source is scrolled while the destination indexes, and memory stays at a few batches.
class BatchQueue
{
public:
    explicit BatchQueue(const std::atomic<bool> &stop) : m_stop(stop) {}
    bool push(CopyBatch b) // false: the copy is stopping
    {
        QMutexLocker lock(&m_mutex);
        while (m_items.size() >= 2 && !m_stop)
            m_notFull.wait(&m_mutex, 100);
        if (m_stop)
            return false;
        m_items.push_back(std::move(b));
        m_notEmpty.wakeOne();
        return true;
    }
    std::optional<CopyBatch> pop() // nullopt: the copy is stopping
    {
        QMutexLocker lock(&m_mutex);
        while (m_items.empty() && !m_stop)
            m_notEmpty.wait(&m_mutex, 100);
        if (m_items.empty())
            return std::nullopt;
        CopyBatch b = std::move(m_items.front());
        m_items.erase(m_items.begin());
        m_notFull.wakeOne();
        return b;
    }

private:
    const std::atomic<bool> &m_stop;
    QMutex m_mutex;
    QWaitCondition m_notEmpty, m_notFull;
    std::vector<CopyBatch> m_items;
};

// Reads one slice: scrolls the source and queues each page as a _bulk body; runs in its own thread.
void readSlice(const HttpOptions &sourceOpt, const DocCopyRequest &req, int slice, const JobContext *job,
               SharedCopy &shared, BatchQueue &queue)
{
    HttpClient src(sourceOpt, job);
    simdjson::ondemand::parser parser;
    Scroll scroll(src, req.sourceIndex);
    QJsonObject body{{QStringLiteral("size"), req.batchSize},
                     {QStringLiteral("version"), true},
                     {QStringLiteral("sort"), QJsonArray{QStringLiteral("_doc")}},
                     {QStringLiteral("query"), req.query.isEmpty() ? QJsonObject{{QStringLiteral("match_all"), QJsonObject{}}} : req.query}};
    if (req.slices > 1)
        body[QStringLiteral("slice")] = QJsonObject{{QStringLiteral("id"), slice}, {QStringLiteral("max"), req.slices}};
    while (!shared.stop) {
        auto page = scroll.fetch(body);
        if (!page) {
            shared.fail(page.error());
            return;
        }
        CopyBatch batch;
        batch.bulk.reserve(page->size() + 4096);
        auto parsed = parsePage(parser, *page, &scroll.scrollId(), {}, [&](const Hit &h) {
            const qsizetype start = batch.bulk.size();
            batch.bulk += actionLine(req.destIndex, req.destType, h.rawId, h.version);
            batch.bulk.append(h.source.data(), qsizetype(h.source.size()));
            batch.bulk += '\n';
            batch.spans.emplace_back(start, batch.bulk.size());
            return true;
        });
        if (!parsed) {
            shared.fail(parsed.error());
            return;
        }
        batch.count = *parsed;
        shared.read += batch.count;
        const bool last = batch.count == 0;
        if (!queue.push(std::move(batch)) || last)
            break;
    }
    scroll.clear();
}

// Copies one slice: a reader thread scrolls the source while this thread posts to the destination, each
// with its own HTTP client.
void copySlice(const HttpOptions &sourceOpt, const HttpOptions &destOpt, const DocCopyRequest &req, int slice,
               const JobContext *job, SharedCopy &shared)
{
    HttpClient dst(destOpt, job);
    simdjson::ondemand::parser bulkParser;
    BatchQueue queue(shared.stop);
    std::unique_ptr<QThread> reader(QThread::create([&] { readSlice(sourceOpt, req, slice, job, shared, queue); }));
    reader->start();
    DocCopyResult mine;
    const double rps = req.requestsPerSecond > 0 ? req.requestsPerSecond / std::max(1, req.slices) : -1;
    QElapsedTimer pace;
    pace.start();
    qint64 pacedDocs = 0;
    while (!shared.stop) {
        std::optional<CopyBatch> batch = queue.pop();
        if (!batch || batch->count == 0)
            break;
        const qint64 n = batch->count;
        mine.read += n;
        // Write, retrying the items the destination rejected as overloaded (429) with a growing pause.
        QByteArray pending = std::move(batch->bulk);
        int pendingCount = int(n);
        std::vector<std::pair<qsizetype, qsizetype>> pendingSpans = std::move(batch->spans);
        for (int round = 0;; ++round) {
            auto b = postBulk(dst, pending, pendingCount, bulkParser);
            if (!b) {
                shared.fail(b.error());
                break;
            }
            mine.written += b->written;
            mine.conflicts += b->conflicts;
            mine.failed += b->failed;
            for (const QString &f : std::as_const(b->failures))
                if (mine.failures.size() < 10)
                    mine.failures << f;
            shared.written += b->written + b->conflicts;
            if (b->retry.empty())
                break;
            if (round >= 12) {
                shared.fail(Error::make(ErrorKind::Server, tr("The destination kept rejecting documents as overloaded (HTTP 429) after 12 retries.")));
                break;
            }
            mine.retried += qint64(b->retry.size());
            QByteArray again;
            std::vector<std::pair<qsizetype, qsizetype>> againSpans;
            for (int pos : b->retry) {
                const auto [s, e] = pendingSpans.at(size_t(pos));
                againSpans.emplace_back(again.size(), again.size() + (e - s));
                again += pending.mid(s, e - s);
            }
            pending = again;
            pendingSpans = againSpans;
            pendingCount = int(againSpans.size());
            const int delay = std::min(200 << round, 5000);
            if (job ? !job->sleep(delay) : (QThread::msleep(ulong(delay)), false)) {
                shared.fail(job->canceledError());
                break;
            }
        }
        if (shared.stop)
            break;
        if (shared.progress)
            shared.progress(shared.read, shared.written);
        if (rps > 0) {
            pacedDocs += n;
            const qint64 dueMs = qint64(double(pacedDocs) / rps * 1000.0);
            const qint64 wait = dueMs - pace.elapsed();
            if (wait > 0 && (job ? !job->sleep(int(wait)) : (QThread::msleep(ulong(wait)), false))) {
                shared.fail(job->canceledError());
                break;
            }
        }
    }
    reader->wait();
    QMutexLocker lock(&shared.mutex);
    shared.total.read += mine.read;
    shared.total.written += mine.written;
    shared.total.conflicts += mine.conflicts;
    shared.total.failed += mine.failed;
    shared.total.retried += mine.retried;
    for (const QString &f : std::as_const(mine.failures))
        if (shared.total.failures.size() < 10)
            shared.total.failures << f;
}

// Lists every id of an index (one scroll, no _source) with the details reconciliation needs.
struct IdInfo
{
    QByteArray rawId;
    qint64 seqNo = -1;
    qint64 primaryTerm = -1;
    double timestamp = -1;
};

template<typename OnHit>
Status scanIds(HttpClient &http, const QString &index, const QString &timestampField, bool seqNo, const JobContext *job, OnHit onHit)
{
    simdjson::ondemand::parser parser;
    Scroll scroll(http, index);
    QJsonObject body{{QStringLiteral("size"), 5000},
                     {QStringLiteral("_source"), false},
                     {QStringLiteral("sort"), QJsonArray{QStringLiteral("_doc")}},
                     {QStringLiteral("query"), QJsonObject{{QStringLiteral("match_all"), QJsonObject{}}}}};
    if (seqNo)
        body[QStringLiteral("seq_no_primary_term")] = true;
    if (!timestampField.isEmpty())
        body[QStringLiteral("docvalue_fields")] = QJsonArray{QJsonObject{{QStringLiteral("field"), timestampField},
                                                                        {QStringLiteral("format"), QStringLiteral("epoch_millis")}}};
    const std::string ts = timestampField.toStdString();
    for (;;) {
        if (job && job->isCanceled())
            return job->canceledError();
        auto page = scroll.fetch(body);
        if (!page)
            return page.error();
        auto n = parsePage(parser, *page, &scroll.scrollId(), ts, [&](const Hit &h) { onHit(h); return true; });
        if (!n)
            return n.error();
        if (*n == 0)
            break;
    }
    return success();
}
} // namespace

ClusterFlavor ClusterFlavor::from(const QString &product, const QString &version)
{
    ClusterFlavor f;
    f.openSearch = product.compare(QLatin1String("OpenSearch"), Qt::CaseInsensitive) == 0;
    f.version = version;
    const QStringList parts = version.split(u'.');
    f.major = parts.value(0).toInt();
    f.minor = parts.value(1).toInt();
    return f;
}

Result<DocCopyResult> copyDocuments(const HttpOptions &source, const HttpOptions &dest, const DocCopyRequest &request,
                                    const JobContext *job, const CopyProgress &progress)
{
    SharedCopy shared;
    shared.progress = progress;
    const int slices = std::max(1, request.slices);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int s = 1; s < slices; ++s) {
        threads.emplace_back(QThread::create([&, s] { copySlice(source, dest, request, s, job, shared); }));
        threads.back()->start();
    }
    copySlice(source, dest, request, 0, job, shared);
    for (auto &t : threads)
        t->wait();
    if (shared.error)
        return *shared.error;
    return shared.total;
}

Result<ReconcileResult> reconcileDeletions(const HttpOptions &source, const HttpOptions &dest, const QString &sourceIndex,
                                           const QString &destIndex, const ClusterFlavor &destFlavor,
                                           const QString &timestampField, qint64 keepNewerThanMs, const JobContext *job)
{
    HttpClient src(source, job);
    HttpClient dst(dest, job);
    ReconcileResult result;
    QHash<QByteArray, IdInfo> destIds;
    // The destination first: anything it holds was copied from the source before this moment.
    Status s = scanIds(dst, destIndex, keepNewerThanMs > 0 ? timestampField : QString(), destFlavor.seqNoConcurrency(), job,
                       [&](const Hit &h) {
                           IdInfo info{QByteArray(h.rawId.data(), qsizetype(h.rawId.size())), h.seqNo, h.primaryTerm, h.timestamp};
                           destIds.insert(QByteArray(h.id.data(), qsizetype(h.id.size())), info);
                       });
    if (!s)
        return s.error();
    result.destIds = destIds.size();
    s = scanIds(src, sourceIndex, {}, false, job, [&](const Hit &h) {
        ++result.sourceIds;
        destIds.remove(QByteArray::fromRawData(h.id.data(), qsizetype(h.id.size())));
    });
    if (!s)
        return s.error();
    // What is left is in the destination only.
    QByteArray bulk;
    int n = 0;
    simdjson::ondemand::parser parser;
    auto flush = [&]() -> Status {
        if (n == 0)
            return success();
        auto b = postBulk(dst, bulk, n, parser);
        if (!b)
            return b.error();
        if (b->failed > 0)
            return Error::make(ErrorKind::Server, tr("Deleting documents from %1 failed: %2").arg(destIndex, b->failures.value(0)));
        if (!b->retry.empty())
            return Error::make(ErrorKind::Server, tr("The destination rejected deletions as overloaded (HTTP 429); the next pass retries."));
        result.deleted += b->written;
        bulk.clear();
        n = 0;
        return success();
    };
    const QByteArray indexJson = QJsonDocument(QJsonArray{destIndex}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    for (auto it = destIds.cbegin(); it != destIds.cend(); ++it) {
        const IdInfo &info = it.value();
        if (keepNewerThanMs > 0 && (info.timestamp < 0 || info.timestamp >= double(keepNewerThanMs))) {
            ++result.kept;
            continue;
        }
        bulk += "{\"delete\":{\"_index\":" + indexJson + ",\"_id\":" + info.rawId;
        // Only the copy that was listed is deleted: a write that came in meanwhile wins.
        if (info.seqNo >= 0 && info.primaryTerm > 0)
            bulk += ",\"if_seq_no\":" + QByteArray::number(info.seqNo) + ",\"if_primary_term\":" + QByteArray::number(info.primaryTerm);
        bulk += "}}\n";
        if (++n >= 1000)
            if (Status f = flush(); !f)
                return f.error();
    }
    if (Status f = flush(); !f)
        return f.error();
    return result;
}

Result<QList<StoredDoc>> readAllDocuments(const HttpOptions &options, const QString &index, const JobContext *job)
{
    HttpClient http(options, job);
    simdjson::ondemand::parser parser;
    Scroll scroll(http, index);
    const QJsonObject body{{QStringLiteral("size"), 2000},
                           {QStringLiteral("version"), true},
                           {QStringLiteral("sort"), QJsonArray{QStringLiteral("_doc")}},
                           {QStringLiteral("query"), QJsonObject{{QStringLiteral("match_all"), QJsonObject{}}}}};
    QList<StoredDoc> docs;
    for (;;) {
        auto page = scroll.fetch(body);
        if (!page)
            return page.error();
        auto n = parsePage(parser, *page, &scroll.scrollId(), {}, [&](const Hit &h) {
            docs.append({QByteArray(h.id.data(), qsizetype(h.id.size())), h.version,
                         QByteArray(h.source.data(), qsizetype(h.source.size()))});
            return true;
        });
        if (!n)
            return n.error();
        if (*n == 0)
            break;
    }
    std::sort(docs.begin(), docs.end(), [](const StoredDoc &a, const StoredDoc &b) { return a.id < b.id; });
    return docs;
}

Result<IndexComparison> compareIndices(const HttpOptions &source, const QString &sourceIndex, const HttpOptions &dest,
                                       const QString &destIndex, bool compareVersions, const JobContext *job)
{
    auto a = readAllDocuments(source, sourceIndex, job);
    if (!a)
        return a.error();
    auto b = readAllDocuments(dest, destIndex, job);
    if (!b)
        return b.error();
    IndexComparison c;
    c.sourceDocs = a->size();
    c.destDocs = b->size();
    qsizetype i = 0, j = 0;
    auto example = [&](const QString &line) {
        if (c.examples.size() < 10)
            c.examples << line;
    };
    while (i < a->size() || j < b->size()) {
        if (j >= b->size() || (i < a->size() && a->at(i).id < b->at(j).id)) {
            ++c.missing;
            example(tr("%1: missing in %2").arg(QString::fromUtf8(a->at(i).id), destIndex));
            ++i;
        } else if (i >= a->size() || b->at(j).id < a->at(i).id) {
            ++c.extra;
            example(tr("%1: only in %2").arg(QString::fromUtf8(b->at(j).id), destIndex));
            ++j;
        } else {
            const StoredDoc &x = a->at(i);
            const StoredDoc &y = b->at(j);
            if (x.source != y.source && QJsonDocument::fromJson(x.source) != QJsonDocument::fromJson(y.source)) {
                ++c.differentContent;
                example(tr("%1: different content").arg(QString::fromUtf8(x.id)));
            }
            if (compareVersions && x.version != y.version) {
                ++c.differentVersion;
                example(tr("%1: version %2 in %3, %4 in %5").arg(QString::fromUtf8(x.id)).arg(x.version).arg(sourceIndex).arg(y.version).arg(destIndex));
            }
            ++i;
            ++j;
        }
    }
    return c;
}

} // namespace Godwit
