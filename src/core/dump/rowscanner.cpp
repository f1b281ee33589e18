// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowscanner.h"
#include "valuecodec.h"

#include "db/databasesession.h"

#include <QCoreApplication>
#include <QSqlError>

namespace Godwit::Dump {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("Godwit::Dump", text); }
} // namespace

Status prepareSession(const DatabaseSession &session)
{
    QSqlQuery q(session.db());
    for (const QString &sql : sessionSetup(session.engine()))
        if (!q.exec(sql))
            return DatabaseSession::mapError(session.engine(), q.lastError(), session.profile());
    return success();
}

RowScanner::RowScanner(const DatabaseSession &session, const QString &table, const QList<DumpColumn> &columns,
                       const QStringList &primaryKey, const QString &where)
    : m_session(session), m_table(table), m_where(where), m_query(session.db())
{
    for (const DumpColumn &c : columns)
        m_exprs.append(selectExpression(session.engine(), session.quote(c.name), c));
    for (const QString &k : primaryKey) {
        int index = -1;
        for (int i = 0; i < columns.size(); ++i)
            if (columns.at(i).name == k)
                index = i;
        if (index < 0) { // the key is not among the columns read: no keyset order possible
            m_order.clear();
            m_keyColumns.clear();
            break;
        }
        m_order.append(session.quote(k));
        m_keyColumns.append(index);
    }
    m_paged = session.engine() == Engine::MySQL && !m_order.isEmpty();
    m_query.setForwardOnly(true);
}

QString RowScanner::sql(bool afterKey) const
{
    QString sql = QStringLiteral("SELECT ") + m_exprs.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + m_session.quote(m_table);
    QStringList conditions;
    if (!m_where.isEmpty())
        conditions.append(u'(' + m_where + u')');
    if (afterKey) {
        QStringList marks;
        for (int i = 0; i < m_order.size(); ++i)
            marks.append(QStringLiteral("?"));
        conditions.append(QStringLiteral("(%1) > (%2)").arg(m_order.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    }
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    if (!m_order.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + m_order.join(QStringLiteral(", "));
    if (m_paged)
        sql += QStringLiteral(" LIMIT %1").arg(m_pageRows);
    return sql;
}

Status RowScanner::exec(const QVariantList &lastKey)
{
    bool ok = false;
    if (lastKey.isEmpty()) {
        ok = m_query.exec(sql(false));
    } else {
        ok = m_query.prepare(sql(true));
        for (const QVariant &v : lastKey)
            m_query.addBindValue(v);
        ok = ok && m_query.exec();
    }
    m_inPage = 0;
    if (ok)
        return success();
    m_failed = true;
    if (!m_where.isEmpty())
        m_error = Error::make(ErrorKind::InvalidInput, tr("The row filter of “%1” is not valid SQL: %2")
                                                          .arg(m_table, m_query.lastError().databaseText().simplified()));
    else
        m_error = DatabaseSession::mapError(m_session.engine(), m_query.lastError(), m_session.profile());
    return m_error;
}

Status RowScanner::start() { return exec({}); }

bool RowScanner::next()
{
    while (true) {
        if (m_failed)
            return false;
        if (m_query.next()) {
            if (m_paged) {
                ++m_inPage;
                m_lastKey.clear();
                for (int k : std::as_const(m_keyColumns))
                    m_lastKey.append(m_query.value(k));
            }
            return true;
        }
        if (m_query.lastError().isValid()) {
            m_failed = true;
            m_error = DatabaseSession::mapError(m_session.engine(), m_query.lastError(), m_session.profile());
            return false;
        }
        if (!m_paged || m_inPage < m_pageRows)
            return false;
        if (!exec(m_lastKey))
            return false;
    }
}

} // namespace Godwit::Dump
