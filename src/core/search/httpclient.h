// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connections/connectionprofile.h"
#include "global/result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace Godwit {

class JobContext;

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const;
    bool isSuccess() const { return status >= 200 && status < 300; }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

struct HttpOptions
{
    QUrl baseUrl;
    AuthMethod auth = AuthMethod::None;
    QString user;
    QString secret;
    QString caFile;
    bool verifyTls = true;
    int timeoutMs = 15000;    // per attempt, whole request
    int retries = 3;          // on 429, 502, 503, 504 and connection resets
    int retryBaseDelayMs = 250;

    static HttpOptions fromProfile(const ConnectionProfile &profile, const QString &secret, int urlIndex = 0);
};

// A blocking HTTP client for worker threads (jobs and the CLI): it owns a QNetworkAccessManager created on
// the calling thread and waits for each reply in that thread's own event loop, never the GUI's. Every request
// has a timeout, honours the job's cancellation, and retries with backoff on overload and resets.
class HttpClient
{
public:
    explicit HttpClient(const HttpOptions &options, const JobContext *job = nullptr);
    ~HttpClient();

    Result<HttpResponse> request(const QByteArray &method, const QString &path, const QByteArray &body = {},
                                 const QByteArray &contentType = "application/json");
    Result<HttpResponse> get(const QString &path) { return request("GET", path); }

    // GET/POST expecting a 2xx JSON answer; HTTP errors become Errors carrying the server's reason.
    Result<QJsonDocument> getJson(const QString &path);
    Result<QJsonDocument> sendJson(const QByteArray &method, const QString &path, const QJsonDocument &body);

    const HttpOptions &options() const { return m_options; }
    QUrl url(const QString &path) const;

    // The reason an Elasticsearch/OpenSearch error response gives (error.root_cause[0].reason, ...).
    static QString errorReason(const HttpResponse &response);
    static Error httpError(const HttpResponse &response, const QUrl &url);

private:
    Result<HttpResponse> attempt(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                 const QByteArray &contentType, bool *retryable);

    HttpOptions m_options;
    const JobContext *m_job;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

} // namespace Godwit
