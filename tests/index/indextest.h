// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the index migration tests: real clusters from scripts/test-servers, a writer that keeps a ledger
// of every acknowledged write, a reader that queries an alias without pause, and the exact comparison of an
// index with that ledger.

#include "indexmig/indexmigrator.h"
#include "search/httpclient.h"
#include "testsupport.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

namespace IndexTest {

using namespace Godwit;

inline HttpOptions options(const QString &url)
{
    HttpOptions o;
    o.baseUrl = QUrl(url);
    o.timeoutMs = 60000;
    return o;
}

inline ClusterEndpoint endpoint(const QString &name, const QString &url)
{
    ClusterEndpoint e;
    e.name = name;
    e.profile.id = ConnectionProfile::newId();
    e.profile.name = name;
    e.profile.engine = Engine::Search;
    e.profile.urls = QStringList{url};
    return e;
}

// One blocking request; QFAILs are the caller's business.
inline HttpResponse call(const QString &url, const QByteArray &method, const QString &path, const QByteArray &body = {},
                         const QByteArray &type = "application/json")
{
    HttpClient http(options(url));
    auto r = http.request(method, path, body, type);
    return r ? *r : HttpResponse{};
}

inline QJsonObject callJson(const QString &url, const QByteArray &method, const QString &path, const QJsonObject &body = {})
{
    return call(url, method, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact)).json().object();
}

inline QByteArray docBody(const QString &id, int n, qint64 updated)
{
    // Numbers written as a serialiser would not (1.50, 1e3) and non-ASCII text: the copy must keep the bytes'
    // meaning exactly.
    const QString body = QStringLiteral("{\"title\":\"Record %1 — Größe ✓\",\"n\":%2,\"price\":%3.50,\"tags\":[\"t%4\",\"x\"],"
                                        "\"meta\":{\"id\":\"%1\",\"big\":1e3},\"updated\":%5}")
                             .arg(id).arg(n).arg(n % 97).arg(n % 7).arg(updated);
    return body.toUtf8();
}

// Creates INDEX with an alias (the write index) and count documents (version 1 each).
inline bool createSource(const QString &url, const QString &index, const QString &alias, int count, QString *why)
{
    call(url, "DELETE", QStringLiteral("/%1").arg(index));
    const QJsonObject body{
        {QStringLiteral("settings"), QJsonObject{{QStringLiteral("number_of_shards"), 2}, {QStringLiteral("number_of_replicas"), 0}}},
        {QStringLiteral("mappings"),
         QJsonObject{{QStringLiteral("properties"),
                      QJsonObject{{QStringLiteral("title"), QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}}},
                                  {QStringLiteral("n"), QJsonObject{{QStringLiteral("type"), QStringLiteral("integer")}}},
                                  {QStringLiteral("price"), QJsonObject{{QStringLiteral("type"), QStringLiteral("double")}}},
                                  {QStringLiteral("tags"), QJsonObject{{QStringLiteral("type"), QStringLiteral("keyword")}}},
                                  {QStringLiteral("updated"), QJsonObject{{QStringLiteral("type"), QStringLiteral("date")},
                                                                         {QStringLiteral("format"), QStringLiteral("epoch_millis")}}}}}}},
        {QStringLiteral("aliases"), QJsonObject{{alias, QJsonObject{{QStringLiteral("is_write_index"), true}}}}}};
    const HttpResponse created = call(url, "PUT", u'/' + index, QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!created.isSuccess()) {
        *why = QString::fromUtf8(created.body);
        return false;
    }
    const qint64 ts = QDateTime::currentMSecsSinceEpoch() - 60000;
    for (int start = 0; start < count; start += 5000) {
        QByteArray bulk;
        for (int i = start; i < qMin(count, start + 5000); ++i) {
            const QString id = QStringLiteral("doc-%1").arg(i, 6, 10, QLatin1Char('0'));
            bulk += "{\"index\":{\"_index\":\"" + index.toUtf8() + "\",\"_id\":\"" + id.toUtf8() + "\"}}\n" + docBody(id, i, ts) + '\n';
        }
        const HttpResponse r = call(url, "POST", QStringLiteral("/_bulk"), bulk, "application/x-ndjson");
        if (!r.isSuccess() || r.json().object().value(QStringLiteral("errors")).toBool()) {
            *why = QString::fromUtf8(r.body.left(500));
            return false;
        }
    }
    call(url, "POST", u'/' + index + QStringLiteral("/_refresh"));
    return true;
}

struct LedgerEntry
{
    qint64 version = 0;
    QByteArray source;
};

// What the cluster acknowledged, id by id: the truth the migrated index is compared with.
struct Ledger
{
    QMutex mutex;
    QHash<QString, LedgerEntry> docs;
};

// Keeps creating, updating and deleting documents through an alias until stopped.
class Writer
{
public:
    Writer(QString url, QString alias, Ledger *ledger, int firstNewId) : m_url(std::move(url)), m_alias(std::move(alias)), m_ledger(ledger), m_next(firstNewId) {}
    ~Writer() { stop(); }

    void start()
    {
        m_thread.reset(QThread::create([this] { loop(); }));
        m_thread->start();
    }
    void stop()
    {
        m_stop = true;
        if (m_thread)
            m_thread->wait();
    }
    int writes() const { return m_writes; }
    int failures() const { return m_failures; }
    QStringList failureReasons() const { QMutexLocker l(&m_reasonsMutex); return m_reasons; }

private:
    void loop()
    {
        HttpOptions o = options(m_url);
        o.retries = 0; // a failed write is a failure the test must see
        HttpClient http(o);
        QRandomGenerator rng(42);
        while (!m_stop) {
            QString id;
            int op = int(rng.bounded(10));
            {
                QMutexLocker lock(&m_ledger->mutex);
                if (op < 3 || m_ledger->docs.isEmpty()) {
                    id = QStringLiteral("new-%1").arg(m_next++);
                    op = 0;
                } else {
                    auto it = m_ledger->docs.begin();
                    std::advance(it, rng.bounded(int(m_ledger->docs.size())));
                    id = it.key();
                }
            }
            const qint64 ts = QDateTime::currentMSecsSinceEpoch();
            if (op < 8) {
                const QByteArray body = docBody(id, int(rng.bounded(100000)), ts);
                auto r = http.request("PUT", QStringLiteral("/%1/_doc/%2").arg(m_alias, id), body);
                if (r && r->isSuccess()) {
                    QMutexLocker lock(&m_ledger->mutex);
                    m_ledger->docs.insert(id, {qint64(r->json().object().value(QStringLiteral("_version")).toDouble()), body});
                    ++m_writes;
                } else {
                    fail(r ? QString::fromUtf8(r->body.left(200)) : r.errorMessage());
                }
            } else {
                auto r = http.request("DELETE", QStringLiteral("/%1/_doc/%2").arg(m_alias, id));
                if (r && (r->isSuccess() || r->status == 404)) {
                    QMutexLocker lock(&m_ledger->mutex);
                    m_ledger->docs.remove(id);
                    ++m_writes;
                } else {
                    fail(r ? QString::fromUtf8(r->body.left(200)) : r.errorMessage());
                }
            }
            QThread::msleep(3);
        }
    }
    void fail(const QString &why)
    {
        ++m_failures;
        QMutexLocker l(&m_reasonsMutex);
        if (m_reasons.size() < 5)
            m_reasons << why;
    }

    QString m_url;
    QString m_alias;
    Ledger *m_ledger;
    int m_next;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_writes{0};
    std::atomic<int> m_failures{0};
    mutable QMutex m_reasonsMutex;
    QStringList m_reasons;
    std::unique_ptr<QThread> m_thread;
};

// Queries an alias without pause; a read fails on any error or when it finds fewer than minHits documents.
class Reader
{
public:
    Reader(QString url, QString alias, qint64 minHits) : m_url(std::move(url)), m_alias(std::move(alias)), m_min(minHits) {}
    ~Reader() { stop(); }
    void start()
    {
        m_thread.reset(QThread::create([this] {
            HttpOptions o = options(m_url);
            o.retries = 0;
            HttpClient http(o);
            while (!m_stop) {
                auto r = http.request("GET", QStringLiteral("/%1/_search?size=1&track_total_hits=true").arg(m_alias));
                ++m_reads;
                const qint64 hits = r && r->isSuccess()
                    ? qint64(r->json().object().value(QStringLiteral("hits")).toObject().value(QStringLiteral("total")).toObject()
                                 .value(QStringLiteral("value")).toDouble())
                    : -1;
                if (hits < m_min) {
                    ++m_failures;
                    QMutexLocker l(&m_mutex);
                    if (m_reasons.size() < 5)
                        m_reasons << (r ? QStringLiteral("HTTP %1, %2 hits: %3").arg(r->status).arg(hits).arg(QString::fromUtf8(r->body.left(200))) : r.errorMessage());
                }
                QThread::msleep(2);
            }
        }));
        m_thread->start();
    }
    void stop()
    {
        m_stop = true;
        if (m_thread)
            m_thread->wait();
    }
    int reads() const { return m_reads; }
    int failures() const { return m_failures; }
    QStringList reasons() const { QMutexLocker l(&m_mutex); return m_reasons; }

private:
    QString m_url;
    QString m_alias;
    qint64 m_min;
    std::atomic<bool> m_stop{false};
    std::atomic<int> m_reads{0};
    std::atomic<int> m_failures{0};
    mutable QMutex m_mutex;
    QStringList m_reasons;
    std::unique_ptr<QThread> m_thread;
};

// Fills the ledger with what the source index holds now (before the writer starts).
inline bool ledgerFromIndex(Ledger &ledger, const QString &url, const QString &index, QString *why)
{
    auto docs = readAllDocuments(options(url), index, nullptr);
    if (!docs) {
        *why = docs.errorMessage();
        return false;
    }
    QMutexLocker lock(&ledger.mutex);
    ledger.docs.clear();
    for (const StoredDoc &d : *docs)
        ledger.docs.insert(QString::fromUtf8(d.id), {d.version, d.source});
    return true;
}

// Compares an index (or alias) with the ledger, id by id: content and version. Empty when equal.
inline QStringList diffWithLedger(Ledger &ledger, const QString &url, const QString &index)
{
    call(url, "POST", u'/' + index + QStringLiteral("/_refresh"));
    auto docs = readAllDocuments(options(url), index, nullptr);
    if (!docs)
        return {docs.errorMessage()};
    QStringList out;
    QMutexLocker lock(&ledger.mutex);
    QSet<QString> seen;
    for (const StoredDoc &d : *docs) {
        const QString id = QString::fromUtf8(d.id);
        seen.insert(id);
        auto it = ledger.docs.constFind(id);
        if (it == ledger.docs.cend()) {
            out << QStringLiteral("%1: in %2, deleted in the ledger").arg(id, index);
        } else {
            if (it->version != d.version)
                out << QStringLiteral("%1: version %2 in %3, %4 acknowledged").arg(id).arg(d.version).arg(index).arg(it->version);
            if (QJsonDocument::fromJson(it->source) != QJsonDocument::fromJson(d.source))
                out << QStringLiteral("%1: content differs").arg(id);
        }
        if (out.size() > 20)
            return out;
    }
    for (auto it = ledger.docs.cbegin(); it != ledger.docs.cend() && out.size() <= 20; ++it)
        if (!seen.contains(it.key()))
            out << QStringLiteral("%1: acknowledged, missing in %2").arg(it.key(), index);
    if (docs->size() != ledger.docs.size())
        out << QStringLiteral("%1 documents in %2, %3 in the ledger").arg(docs->size()).arg(index).arg(ledger.docs.size());
    return out;
}

inline Recipe recipe(const QString &name, const QString &src, const QString &dst, const QString &sourceAlias, const QString &destination,
                     CopyMethod method)
{
    Recipe r;
    r.name = name;
    r.sourceConnection = src;
    r.destinationConnection = dst == src ? QString() : dst;
    RecipeJob j;
    j.source = sourceAlias;
    j.destination = destination;
    j.method = method;
    j.batchSize = 1000;
    j.sync.intervalMs = 300;
    j.sync.marginMs = 3000;
    j.sync.reconcileIntervalMs = 0; // every pass
    j.sync.maxLagMs = 20000;
    r.jobs.append(j);
    return r;
}

} // namespace IndexTest
