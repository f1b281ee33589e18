// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A tiny in-process HTTP/1.1 server for fault injection: each request is handed to a function that returns the
// raw response bytes, nothing (never answer) or FakeHttpServer::closeConnection() (drop the connection).
// It lives on the thread that created it, so the client under test must run on another thread.

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <atomic>
#include <functional>

class FakeHttpServer : public QTcpServer
{
public:
    // requestNo counts from 1 over the server's lifetime.
    using Handler = std::function<QByteArray(int requestNo, const QByteArray &request)>;

    explicit FakeHttpServer(Handler handler) : m_handler(std::move(handler))
    {
        listen(QHostAddress::LocalHost, 0);
    }

    QUrl url() const
    {
        QUrl u;
        u.setScheme(QStringLiteral("http"));
        u.setHost(QStringLiteral("127.0.0.1"));
        u.setPort(serverPort());
        return u;
    }
    int requestCount() const { return m_requests; }
    int connectionCount() const { return m_connections; }

    static QByteArray closeConnection() { return QByteArrayLiteral("\x01CLOSE"); }

    static QByteArray response(int status, const QByteArray &reason, const QByteArray &contentType,
                               const QByteArray &body, const QByteArray &extraHeaders = {})
    {
        return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + contentType
            + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extraHeaders
            + "\r\n" + body;
    }
    static QByteArray json(int status, const QByteArray &body)
    {
        return response(status, status == 200 ? "OK" : "Error", "application/json; charset=UTF-8", body);
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        ++m_connections;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }

private:
    void readFrom(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buffer.left(headerEnd).split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        const QByteArray request = buffer.left(headerEnd + 4 + length);
        buffer.remove(0, request.size());
        const QByteArray answer = m_handler(++m_requests, request);
        if (answer == closeConnection()) {
            m_buffers.remove(socket);
            socket->abort();
            socket->deleteLater();
        } else if (!answer.isEmpty()) {
            socket->write(answer);
            socket->disconnectFromHost();
        }
    }

    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    std::atomic<int> m_requests{0};
    std::atomic<int> m_connections{0};
};
