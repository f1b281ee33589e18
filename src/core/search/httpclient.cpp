// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpclient.h"
#include "jobs/jobmanager.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QThread>
#include <QTimer>

namespace Godwit {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("Godwit::HttpClient", text); }
} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

HttpOptions HttpOptions::fromProfile(const ConnectionProfile &profile, const QString &secret, int urlIndex)
{
    HttpOptions o;
    o.baseUrl = QUrl(profile.urls.value(urlIndex));
    o.auth = profile.auth;
    o.user = profile.user;
    o.secret = secret;
    o.caFile = profile.caFile;
    o.verifyTls = profile.verifyTls;
    return o;
}

HttpClient::HttpClient(const HttpOptions &options, const JobContext *job)
    : m_options(options), m_job(job), m_nam(std::make_unique<QNetworkAccessManager>())
{
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

HttpClient::~HttpClient() = default;

QUrl HttpClient::url(const QString &path) const
{
    QUrl u = m_options.baseUrl;
    QString base = u.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    const qsizetype q = path.indexOf(u'?');
    const QString p = q >= 0 ? path.left(q) : path;
    u.setPath(base + (p.startsWith(u'/') ? p : u'/' + p), QUrl::TolerantMode);
    if (q >= 0)
        u.setQuery(path.mid(q + 1), QUrl::TolerantMode);
    return u;
}

Result<HttpResponse> HttpClient::request(const QByteArray &method, const QString &path, const QByteArray &body,
                                         const QByteArray &contentType)
{
    const QUrl target = url(path);
    for (int attemptNo = 0;; ++attemptNo) {
        bool retryable = false;
        auto r = attempt(method, target, body, contentType, &retryable);
        if (!retryable || attemptNo >= m_options.retries)
            return r;
        int delay = m_options.retryBaseDelayMs << attemptNo;
        if (r.ok()) {
            const int after = r->header("Retry-After").toInt();
            if (after > 0)
                delay = qMin(after * 1000, 30000);
        }
        if (m_job ? !m_job->sleep(delay) : (QThread::msleep(ulong(delay)), false))
            return Error::make(ErrorKind::Canceled, tr("Canceled by the user."));
    }
}

Result<HttpResponse> HttpClient::attempt(const QByteArray &method, const QUrl &target, const QByteArray &body,
                                         const QByteArray &contentType, bool *retryable)
{
    *retryable = false;
    if (m_job && m_job->isCanceled())
        return Error::make(ErrorKind::Canceled, tr("Canceled by the user."));

    QNetworkRequest req(target);
    req.setTransferTimeout(m_options.timeoutMs);
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("User-Agent", "Godwit");
    if (!body.isEmpty() || method == "POST" || method == "PUT")
        req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    switch (m_options.auth) {
    case AuthMethod::None: break;
    case AuthMethod::Password:
        req.setRawHeader("Authorization", "Basic " + (m_options.user + u':' + m_options.secret).toUtf8().toBase64());
        break;
    case AuthMethod::ApiKey: req.setRawHeader("Authorization", "ApiKey " + m_options.secret.toUtf8()); break;
    case AuthMethod::Bearer: req.setRawHeader("Authorization", "Bearer " + m_options.secret.toUtf8()); break;
    }
    if (target.scheme() == QLatin1String("https")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!m_options.caFile.isEmpty()) {
            const auto certs = QSslCertificate::fromPath(m_options.caFile);
            if (certs.isEmpty())
                return Error::make(ErrorKind::InvalidInput, tr("The CA file “%1” holds no PEM certificate.").arg(m_options.caFile));
            ssl.addCaCertificates(certs);
        }
        if (!m_options.verifyTls)
            ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        req.setSslConfiguration(ssl);
    }

    QElapsedTimer clock;
    clock.start();
    // HEAD must go through head(): as a custom verb QNetworkAccessManager would wait for the body that the
    // Content-Length of a HEAD answer announces but never sends.
    QNetworkReply *reply = method == "HEAD" ? m_nam->head(req) : m_nam->sendCustomRequest(req, method, body);
    QStringList sslErrors;
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&sslErrors](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            sslErrors.append(e.errorString());
    });
    bool canceled = false;
    bool timedOut = false;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (m_job && m_job->isCanceled()) {
            canceled = true;
            reply->abort();
        } else if (clock.elapsed() > m_options.timeoutMs + 1000) {
            // Transfer timeout only counts idle time; this bounds the whole request.
            timedOut = true;
            reply->abort();
        }
    });
    poll.start();
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    poll.stop();

    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> guard(reply, [](QNetworkReply *r) { r->deleteLater(); });
    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen()) // not after an abort
        response.body = reply->readAll();
    response.headers = reply->rawHeaderPairs();
    response.elapsedMs = clock.elapsed();
    const QString where = target.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toString();

    if (canceled)
        return Error::make(ErrorKind::Canceled, tr("Canceled by the user."));
    const auto error = reply->error();
    if (response.status > 0) {
        *retryable = response.status == 429 || response.status == 502 || response.status == 503 || response.status == 504;
        return response;
    }
    switch (error) {
    case QNetworkReply::NoError: return response;
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return Error::make(ErrorKind::Timeout, tr("%1 did not answer within %2 s.").arg(target.host()).arg(m_options.timeoutMs / 1000));
    case QNetworkReply::ConnectionRefusedError:
        return Error::make(ErrorKind::HostUnreachable, tr("Connection refused by %1:%2.").arg(target.host()).arg(target.port()));
    case QNetworkReply::HostNotFoundError:
        return Error::make(ErrorKind::HostUnreachable, tr("Host not found: %1.").arg(target.host()));
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
        *retryable = true;
        return Error::make(ErrorKind::HostUnreachable, tr("The connection to %1 was closed: %2").arg(where, reply->errorString()));
    case QNetworkReply::SslHandshakeFailedError:
        return Error::make(ErrorKind::TlsUntrusted,
                           tr("TLS certificate of %1 not trusted: %2").arg(target.host(),
                                                                          sslErrors.isEmpty() ? reply->errorString() : sslErrors.join(QStringLiteral("; "))));
    default:
        if (timedOut)
            return Error::make(ErrorKind::Timeout, tr("%1 did not answer within %2 s.").arg(target.host()).arg(m_options.timeoutMs / 1000));
        return Error::make(ErrorKind::HostUnreachable, tr("Request to %1 failed: %2").arg(where, reply->errorString()));
    }
}

QString HttpClient::errorReason(const HttpResponse &response)
{
    const QJsonObject o = response.json().object();
    const QJsonValue err = o.value(QStringLiteral("error"));
    if (err.isObject()) {
        const QJsonObject e = err.toObject();
        const QJsonArray causes = e.value(QStringLiteral("root_cause")).toArray();
        const QJsonObject first = causes.isEmpty() ? e : causes.first().toObject();
        const QString type = first.value(QStringLiteral("type")).toString();
        const QString reason = first.value(QStringLiteral("reason")).toString();
        return type.isEmpty() ? reason : type + QStringLiteral(": ") + reason;
    }
    if (err.isString())
        return err.toString();
    return QString::fromUtf8(response.body.left(200)).simplified();
}

Error HttpClient::httpError(const HttpResponse &response, const QUrl &url)
{
    const QString reason = errorReason(response);
    const QString where = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toString();
    if (response.status == 401)
        return Error::make(ErrorKind::AuthenticationFailed, tr("Authentication failed at %1 (HTTP 401).").arg(url.host()));
    if (response.status == 403)
        return Error::make(ErrorKind::AuthenticationFailed, tr("Permission denied at %1 (HTTP 403): %2").arg(where, reason));
    if (response.status == 404)
        return Error::make(ErrorKind::NotFound, tr("Not found: %1 (%2)").arg(where, reason));
    return Error::make(ErrorKind::Server, tr("HTTP %1 from %2: %3").arg(response.status).arg(where, reason));
}

Result<QJsonDocument> HttpClient::getJson(const QString &path)
{
    auto r = get(path);
    if (!r)
        return r.error();
    if (!r->isSuccess())
        return httpError(*r, url(path));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(r->body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error::make(ErrorKind::Server, tr("%1 did not answer JSON: %2").arg(url(path).host(), pe.errorString()));
    return doc;
}

Result<QJsonDocument> HttpClient::sendJson(const QByteArray &method, const QString &path, const QJsonDocument &body)
{
    auto r = request(method, path, body.isNull() ? QByteArray() : body.toJson(QJsonDocument::Compact));
    if (!r)
        return r.error();
    if (!r->isSuccess())
        return httpError(*r, url(path));
    return QJsonDocument::fromJson(r->body);
}

} // namespace Godwit
