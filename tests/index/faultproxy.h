// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A fault-injecting HTTP proxy in front of a REAL cluster: most requests are forwarded as they are; every
// n-th one gets a 503, a 429 or a dropped connection instead. It lives on the creating thread (the test's),
// so the code under test runs on another.

#include "../fakehttpserver.h"

#include <QTcpSocket>

class FaultProxy
{
public:
    struct Plan
    {
        int every503 = 0;
        int every429 = 0;
        int everyReset = 0;
        QByteArray forbidPath; // requests whose first line contains this get a 403
    };

    FaultProxy(const QUrl &upstream, Plan plan)
        : m_upstream(upstream), m_plan(plan),
          m_server([this](int n, const QByteArray &request) { return handle(n, request); })
    {
    }

    QUrl url() const { return m_server.url(); }
    int faults() const { return m_faults; }
    int requests() const { return m_server.requestCount(); }

private:
    QByteArray handle(int n, const QByteArray &request)
    {
        const QByteArray firstLine = request.left(request.indexOf("\r\n"));
        if (!m_plan.forbidPath.isEmpty() && firstLine.contains(m_plan.forbidPath)) {
            ++m_faults;
            return FakeHttpServer::json(403, R"({"error":{"root_cause":[{"type":"security_exception","reason":"no permissions for [indices:admin/create]"}],"type":"security_exception","reason":"no permissions"},"status":403})");
        }
        if (m_plan.everyReset > 0 && n % m_plan.everyReset == m_plan.everyReset - 1) {
            ++m_faults;
            return FakeHttpServer::closeConnection();
        }
        if (m_plan.every503 > 0 && n % m_plan.every503 == 1) {
            ++m_faults;
            return FakeHttpServer::json(503, R"({"error":{"root_cause":[{"type":"cluster_block_exception","reason":"injected"}],"type":"cluster_block_exception","reason":"injected"},"status":503})");
        }
        if (m_plan.every429 > 0 && n % m_plan.every429 == 2) {
            ++m_faults;
            return FakeHttpServer::json(429, R"({"error":{"root_cause":[{"type":"es_rejected_execution_exception","reason":"injected"}],"type":"es_rejected_execution_exception","reason":"injected"},"status":429})");
        }
        return forward(request);
    }

    QByteArray forward(const QByteArray &request)
    {
        // One upstream connection per request, closed by the upstream after its answer.
        const qsizetype headerEnd = request.indexOf("\r\n\r\n");
        QList<QByteArray> lines = request.left(headerEnd).split('\n');
        QByteArray head;
        for (QByteArray line : lines) {
            line = line.trimmed();
            const QByteArray lower = line.toLower();
            if (lower.startsWith("connection:") || lower.startsWith("host:"))
                continue;
            head += line + "\r\n";
        }
        head += "Host: " + m_upstream.host().toUtf8() + ':' + QByteArray::number(m_upstream.port()) + "\r\nConnection: close\r\n\r\n";
        QTcpSocket s;
        s.connectToHost(m_upstream.host(), quint16(m_upstream.port()));
        if (!s.waitForConnected(5000))
            return FakeHttpServer::closeConnection();
        s.write(head + request.mid(headerEnd + 4));
        QByteArray answer;
        while (s.state() == QAbstractSocket::ConnectedState && s.waitForReadyRead(60000))
            answer += s.readAll();
        answer += s.readAll();
        return answer.isEmpty() ? FakeHttpServer::closeConnection() : answer;
    }

    QUrl m_upstream;
    Plan m_plan;
    FakeHttpServer m_server;
    int m_faults = 0;
};
