// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowscanner.h"
#include "valuecodec.h"

#include "db/databasesession.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>
#include <charconv>
#include <cmath>
#include <sqlite3.h>
#include <mysql.h>

namespace Godwit::Dump {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("Godwit::Dump", text); }
} // namespace

PGconn *nativePostgres(const DatabaseSession &session)
{
    if (session.engine() != Engine::PostgreSQL)
        return nullptr;
    const QVariant handle = session.db().driver()->handle();
    if (handle.isValid() && (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0))
        return *static_cast<PGconn *const *>(handle.constData());
    return nullptr;
}

MYSQL *nativeMysql(const DatabaseSession &session)
{
    if (session.engine() != Engine::MySQL)
        return nullptr;
    const QVariant handle = session.db().driver()->handle();
    if (handle.isValid() && (qstrcmp(handle.typeName(), "MYSQL*") == 0 || qstrcmp(handle.typeName(), "st_mysql*") == 0))
        return *static_cast<MYSQL *const *>(handle.constData());
    return nullptr;
}

namespace {

// One field of COPY's text format: \N is NULL; backslash escapes as PostgreSQL writes them.
QVariant copyField(const char *p, qsizetype n)
{
    if (n == 2 && p[0] == '\\' && p[1] == 'N')
        return QVariant();
    if (!memchr(p, '\\', size_t(n)))
        return QString::fromUtf8(p, n);
    QByteArray out;
    unescapeCopyField(std::string_view(p, size_t(n)), out);
    return QString::fromUtf8(out);
}

} // namespace

int RowScanner::mysqlFieldType(int column) const { return int(mysql_fetch_field_direct(m_myres, unsigned(column))->type); }

bool RowScanner::mysqlFieldBinary(int column) const
{
    const MYSQL_FIELD *f = mysql_fetch_field_direct(m_myres, unsigned(column));
    return (f->flags & BINARY_FLAG) && f->charsetnr == 63;
}

bool RowScanner::mysqlFieldUnsigned(int column) const { return mysql_fetch_field_direct(m_myres, unsigned(column))->flags & UNSIGNED_FLAG; }

namespace {
bool isMysqlIntegerType(int t)
{
    return t == MYSQL_TYPE_TINY || t == MYSQL_TYPE_SHORT || t == MYSQL_TYPE_LONG || t == MYSQL_TYPE_INT24 || t == MYSQL_TYPE_LONGLONG
        || t == MYSQL_TYPE_YEAR;
}
bool isMysqlStringType(int t)
{
    return t == MYSQL_TYPE_VARCHAR || t == MYSQL_TYPE_VAR_STRING || t == MYSQL_TYPE_STRING || t == MYSQL_TYPE_BLOB
        || t == MYSQL_TYPE_TINY_BLOB || t == MYSQL_TYPE_MEDIUM_BLOB || t == MYSQL_TYPE_LONG_BLOB || t == MYSQL_TYPE_ENUM
        || t == MYSQL_TYPE_SET || t == MYSQL_TYPE_JSON;
}
bool isMysqlRealType(int t)
{
    return t == MYSQL_TYPE_FLOAT || t == MYSQL_TYPE_DOUBLE || t == MYSQL_TYPE_DECIMAL || t == MYSQL_TYPE_NEWDECIMAL;
}
} // namespace

int RowScanner::sqliteType(int column) const { return sqlite3_column_type(m_stmt, column); }

qint64 RowScanner::sqliteInteger(int column) const { return sqlite3_column_int64(m_stmt, column); }

std::string_view RowScanner::sqliteText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return text ? std::string_view(text, size_t(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
}

QVariant RowScanner::value(int column) const
{
    if (m_myres) {
        // what QMYSQL makes of each field type (startMysql() took only the types below)
        if (!m_myrow || !m_myrow[column])
            return QVariant();
        const char *p = m_myrow[column];
        const qsizetype n = qsizetype(m_mylengths[column]);
        const int t = mysqlFieldType(column);
        if (isMysqlIntegerType(t)) {
            const QByteArray digits = QByteArray::fromRawData(p, n);
            return mysqlFieldUnsigned(column) ? QVariant(digits.toULongLong()) : QVariant(digits.toLongLong());
        }
        if (isMysqlRealType(t))
            return QVariant(QByteArray::fromRawData(p, n).toDouble());
        if (mysqlFieldBinary(column))
            return QVariant(QByteArray(p, n));
        return QVariant(QString::fromUtf8(p, n));
    }
    if (m_stmt) {
        // what QSQLITE makes of each storage class
        switch (sqlite3_column_type(m_stmt, column)) {
        case SQLITE_NULL: return QVariant();
        case SQLITE_INTEGER: return QVariant(qint64(sqlite3_column_int64(m_stmt, column)));
        case SQLITE_FLOAT: return QVariant(sqlite3_column_double(m_stmt, column));
        case SQLITE_BLOB:
            return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_stmt, column)), sqlite3_column_bytes(m_stmt, column));
        default:
            return QString(static_cast<const QChar *>(sqlite3_column_text16(m_stmt, column)),
                           sqlite3_column_bytes16(m_stmt, column) / qsizetype(sizeof(QChar)));
        }
    }
    if (!m_copy)
        return m_query.value(column);
    if (m_binary) {
        if (column < 0 || size_t(column) >= m_binViews.size() || m_binNull[size_t(column)])
            return {};
        const std::string_view v = m_binViews[size_t(column)];
        m_binText.clear();
        if (!pgBinaryToText(m_binKinds[size_t(column)], v.data(), v.size(), m_binText)) {
            failBinary(QStringLiteral("a value its type does not allow"));
            return {};
        }
        return QString::fromUtf8(m_binText.data(), qsizetype(m_binText.size()));
    }
    if (column < 0 || size_t(column) >= m_fields.size())
        return {};
    const auto [start, size] = m_fields[size_t(column)];
    return copyField(m_row + start, size);
}

RowScanner::~RowScanner()
{
    if (m_myres)
        mysql_free_result(m_myres); // reads what is left of the stream
    if (m_stmt)
        sqlite3_finalize(m_stmt);
    if (m_row)
        PQfreemem(m_row);
    if (m_copy && m_copyActive) {
        // Stopped early (canceled, failed): cancel the COPY on the server and drain it, so the connection
        // stays usable.
        if (PGcancel *cancel = PQgetCancel(m_copy)) {
            char err[256];
            PQcancel(cancel, err, sizeof err);
            PQfreeCancel(cancel);
        }
        char *buf = nullptr;
        while (PQgetCopyData(m_copy, &buf, 0) > 0)
            PQfreemem(buf);
        while (PGresult *res = PQgetResult(m_copy))
            PQclear(res);
    }
}

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
    for (const DumpColumn &c : columns) {
        m_quoted.append(session.quote(c.name));
        m_exprs.append(selectExpression(session.engine(), m_quoted.constLast(), c));
    }
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

QString RowScanner::sql_(bool afterKey) const
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
        ok = m_query.exec(sql_(false));
    } else {
        ok = m_query.prepare(sql_(true));
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

Status RowScanner::start()
{
    if (m_session.engine() == Engine::SQLite && !qEnvironmentVariableIsSet("GODWIT_DUMP_NO_FAST_PATH")) {
        const QVariant handle = m_session.db().driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            sqlite3 *db = *static_cast<sqlite3 *const *>(handle.constData());
            const QByteArray sql = sql_(false).toUtf8();
            if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &m_stmt, nullptr) != SQLITE_OK) {
                const QString message = QString::fromUtf8(sqlite3_errmsg(db));
                sqlite3_finalize(m_stmt);
                m_stmt = nullptr;
                m_failed = true;
                m_error = m_where.isEmpty() ? Error::make(ErrorKind::Server, message)
                                            : Error::make(ErrorKind::InvalidInput, tr("The row filter of “%1” is not valid SQL: %2").arg(m_table, message));
                return m_error;
            }
            return success();
        }
    }
    if (MYSQL *my = nativeMysql(m_session); my && !qEnvironmentVariableIsSet("GODWIT_DUMP_NO_FAST_PATH")) {
        bool fallBack = false;
        const Status st = startMysql(my, &fallBack);
        if (!fallBack)
            return st;
    }
    m_copy = nativePostgres(m_session);
    if (!m_copy)
        return exec({});
    if (!m_noFastPath && !qEnvironmentVariableIsSet("GODWIT_DUMP_NO_BINARY_COPY")) {
        bool fallBack = false;
        const Status st = startBinaryCopy(&fallBack);
        if (!fallBack)
            return st;
    }
    return beginCopy((QStringLiteral("COPY (") + sql_(false) + QStringLiteral(") TO STDOUT")).toUtf8());
}

Status RowScanner::beginCopy(const QByteArray &sql)
{
    PGresult *res = PQexec(m_copy, sql.constData());
    if (PQresultStatus(res) != PGRES_COPY_OUT) {
        const QString message = QString::fromUtf8(PQresultErrorMessage(res)).simplified();
        PQclear(res);
        while (PGresult *r = PQgetResult(m_copy))
            PQclear(r);
        m_failed = true;
        m_error = m_where.isEmpty() ? Error::make(ErrorKind::Server, message)
                                    : Error::make(ErrorKind::InvalidInput, tr("The row filter of “%1” is not valid SQL: %2").arg(m_table, message));
        return m_error;
    }
    PQclear(res);
    m_copyActive = true;
    return success();
}

Status RowScanner::startBinaryCopy(bool *fallBack)
{
    // The columns' types, from a statement that reads no row.
    const QByteArray probe = (QStringLiteral("SELECT ") + m_quoted.join(QStringLiteral(", ")) + QStringLiteral(" FROM ")
                              + m_session.quote(m_table) + QStringLiteral(" LIMIT 0")).toUtf8();
    PGresult *res = PQexec(m_copy, probe.constData());
    if (PQresultStatus(res) != PGRES_TUPLES_OK || PQnfields(res) != m_quoted.size()) {
        const QString message = QString::fromUtf8(PQresultErrorMessage(res)).simplified();
        PQclear(res);
        m_failed = true;
        m_error = Error::make(ErrorKind::Server, message);
        return m_error;
    }
    QStringList exprs;
    std::vector<PgBinaryKind> kinds;
    for (int i = 0; i < m_quoted.size(); ++i) {
        PgBinaryKind kind = pgBinaryKind(PQftype(res, i));
        if (kind != PgBinaryKind::Unsupported) {
            exprs.append(m_quoted.at(i)); // formatted here exactly as its ::text would be
        } else if (m_exprs.at(i) != m_quoted.at(i)) {
            exprs.append(m_exprs.at(i)); // already ::text
            kind = PgBinaryKind::Text;
        } else {
            // A type read through its output function (an enum, inet, a domain…): COPY's text format
            // for this table.
            PQclear(res);
            *fallBack = true;
            return success();
        }
        kinds.push_back(kind);
    }
    PQclear(res);
    const QStringList textExprs = std::exchange(m_exprs, exprs);
    const QByteArray sql = (QStringLiteral("COPY (") + sql_(false) + QStringLiteral(") TO STDOUT (FORMAT binary)")).toUtf8();
    m_exprs = textExprs;
    if (auto st = beginCopy(sql); !st)
        return st;
    m_binary = true;
    m_binKinds = std::move(kinds);
    m_binViews.assign(m_binKinds.size(), std::string_view());
    m_binNull.assign(m_binKinds.size(), 0);
    return success();
}

QString RowScanner::readMethod() const
{
    if (m_binary)
        return QStringLiteral("COPY BINARY");
    if (m_copy)
        return QStringLiteral("COPY");
    if (m_stmt)
        return QStringLiteral("SQLite API");
    if (m_myres)
        return QStringLiteral("MySQL stream");
    return QStringLiteral("query");
}

void RowScanner::failBinary(const QString &what) const
{
    if (m_failed)
        return;
    m_failed = true;
    m_error = Error::make(ErrorKind::Server, tr("The server's binary COPY stream of “%1” is not understood: %2.").arg(m_table, what));
}

bool RowScanner::nextBinaryRow()
{
    static constexpr char signature[11] = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', '\377', '\r', '\n', '\0'};
    auto malformed = [this](const char *what) {
        failBinary(QLatin1String(what));
        return false;
    };
    for (;;) {
        if (!m_row || m_rowOffset >= m_rowSize) {
            if (m_row) {
                PQfreemem(m_row);
                m_row = nullptr;
            }
            char *buf = nullptr;
            const int n = PQgetCopyData(m_copy, &buf, 0);
            if (n <= 0) {
                if (endCopy(n) && !m_binTrailerRead)
                    malformed("it ended before its trailer");
                return false;
            }
            if (m_binTrailerRead) {
                PQfreemem(buf);
                return malformed("data after the trailer");
            }
            m_row = buf;
            m_rowSize = n;
            m_rowOffset = 0;
        }
        const char *p = m_row + m_rowOffset;
        const char *end = m_row + m_rowSize;
        if (!m_binHeaderRead) {
            if (end - p < 19 || memcmp(p, signature, sizeof signature) != 0)
                return malformed("no signature");
            if (uchar(p[11]) != 0 || uchar(p[12]) != 0) // flags 16-31 are critical; 16 would put OIDs in every row
                return malformed("header flags it does not know");
            const std::uint32_t extension = (std::uint32_t(uchar(p[15])) << 24) | (std::uint32_t(uchar(p[16])) << 16)
                | (std::uint32_t(uchar(p[17])) << 8) | std::uint32_t(uchar(p[18]));
            if (qsizetype(extension) > end - p - 19)
                return malformed("a header extension beyond the message");
            p += 19 + extension;
            m_binHeaderRead = true;
            m_rowOffset = p - m_row;
            continue;
        }
        if (end - p < 2)
            return malformed("a row split across messages");
        const auto be16 = [](const char *q) { return std::int16_t((uchar(q[0]) << 8) | uchar(q[1])); };
        const auto be32 = [](const char *q) {
            return std::int32_t((std::uint32_t(uchar(q[0])) << 24) | (std::uint32_t(uchar(q[1])) << 16) | (std::uint32_t(uchar(q[2])) << 8)
                                | std::uint32_t(uchar(q[3])));
        };
        const int count = be16(p);
        p += 2;
        if (count == -1) {
            m_binTrailerRead = true;
            m_rowOffset = m_rowSize;
            continue;
        }
        if (count != int(m_binKinds.size()))
            return malformed("a row with another number of fields");
        for (int i = 0; i < count; ++i) {
            if (end - p < 4)
                return malformed("a row split across messages");
            const std::int32_t len = be32(p);
            p += 4;
            if (len == -1) {
                m_binNull[size_t(i)] = 1;
                m_binViews[size_t(i)] = {};
                continue;
            }
            if (len < 0 || len > end - p)
                return malformed("a field beyond the message");
            m_binNull[size_t(i)] = 0;
            m_binViews[size_t(i)] = std::string_view(p, size_t(len));
            p += len;
        }
        m_rowOffset = p - m_row;
        return true;
    }
}

bool RowScanner::endCopy(int received)
{
    m_copyActive = false;
    bool ok = received == -1;
    QString message = ok ? QString() : QString::fromUtf8(PQerrorMessage(m_copy)).simplified();
    while (PGresult *res = PQgetResult(m_copy)) {
        if (PQresultStatus(res) != PGRES_COMMAND_OK) {
            ok = false;
            message = QString::fromUtf8(PQresultErrorMessage(res)).simplified();
        }
        PQclear(res);
    }
    if (!ok) {
        m_failed = true;
        m_error = PQstatus(m_copy) == CONNECTION_BAD ? Error::make(ErrorKind::HostUnreachable, tr("The server closed the connection: %1").arg(message))
                                                     : Error::make(ErrorKind::Server, message);
    }
    return ok;
}

Status RowScanner::startMysql(MYSQL *my, bool *fallBack)
{
    // One statement in key order, streamed: no pages, nothing buffered on the client.
    const bool paged = m_paged;
    m_paged = false;
    const QByteArray sql = sql_(false).toUtf8();
    m_paged = paged;
    if (mysql_real_query(my, sql.constData(), static_cast<unsigned long>(sql.size())) != 0) {
        const QString message = QString::fromUtf8(mysql_error(my)).simplified();
        m_failed = true;
        m_error = m_where.isEmpty() ? Error::make(ErrorKind::Server, message)
                                    : Error::make(ErrorKind::InvalidInput, tr("The row filter of “%1” is not valid SQL: %2").arg(m_table, message));
        return m_error;
    }
    m_myres = mysql_use_result(my);
    if (!m_myres) {
        m_failed = true;
        m_error = Error::make(ErrorKind::Server, QString::fromUtf8(mysql_error(my)).simplified());
        return m_error;
    }
    // Types whose QMYSQL value value() would not reproduce (temporal, bit, geometry) take the driver's path.
    const unsigned fields = mysql_num_fields(m_myres);
    for (unsigned i = 0; i < fields; ++i) {
        const int t = int(mysql_fetch_field_direct(m_myres, i)->type);
        if (!isMysqlIntegerType(t) && !isMysqlStringType(t) && !isMysqlRealType(t)) {
            mysql_free_result(m_myres);
            m_myres = nullptr;
            *fallBack = true;
            return success();
        }
    }
    return success();
}

bool RowScanner::next()
{
    if (m_myres) {
        if (m_failed)
            return false;
        m_myrow = mysql_fetch_row(m_myres);
        if (m_myrow) {
            m_mylengths = mysql_fetch_lengths(m_myres);
            return true;
        }
        m_mylengths = nullptr;
        MYSQL *my = nativeMysql(m_session);
        if (my && mysql_errno(my)) {
            m_failed = true;
            const unsigned code = mysql_errno(my);
            const QString message = QString::fromUtf8(mysql_error(my)).simplified();
            m_error = code == 2013 || code == 2006 ? Error::make(ErrorKind::HostUnreachable, tr("The server closed the connection: %1").arg(message))
                                                   : Error::make(ErrorKind::Server, message);
        }
        return false;
    }
    if (m_stmt) {
        if (m_failed)
            return false;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE) {
            m_failed = true;
            m_error = Error::make(ErrorKind::Server, QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt))));
        }
        return false;
    }
    if (m_copy) {
        if (m_failed || !m_copyActive)
            return false;
        if (m_binary)
            return nextBinaryRow();
        if (m_row) {
            PQfreemem(m_row);
            m_row = nullptr;
        }
        char *buf = nullptr;
        const int n = PQgetCopyData(m_copy, &buf, 0);
        if (n > 0) {
            m_row = buf;
            m_fields.clear();
            qsizetype start = 0;
            const qsizetype end = buf[n - 1] == '\n' ? n - 1 : n;
            for (;;) {
                const char *tab = static_cast<const char *>(memchr(buf + start, '\t', size_t(end - start)));
                const qsizetype stop = tab ? qsizetype(tab - buf) : end;
                m_fields.emplace_back(start, stop - start);
                if (!tab)
                    break;
                start = stop + 1;
            }
            return true;
        }
        endCopy(n);
        return false;
    }
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

bool sqliteFieldFast(const RowScanner &scanner, int column, const DumpColumn &type, std::string *json, std::string &token)
{
    switch (scanner.sqliteType(column)) {
    case SQLITE_NULL:
        if (json)
            json->append("null", 4);
        token.assign("\x01N", 2);
        return true;
    case SQLITE_INTEGER: {
        const qint64 v = scanner.sqliteInteger(column);
        if (type.type == ValueType::Boolean) { // boolCell(v != 0)
            if (json)
                json->append(v ? "true" : "false");
            token.assign(v ? "t" : "f", 1);
            return true;
        }
        constexpr qint64 maxSafe = qint64(1) << 53; // integerCell() quotes what is beyond
        if (type.type != ValueType::Integer || v > maxSafe || v < -maxSafe)
            return false;
        char buf[24];
        const auto r = std::to_chars(buf, buf + sizeof buf, v);
        token.assign(buf, size_t(r.ptr - buf));
        if (json)
            json->append(token);
        return true;
    }
    case SQLITE_TEXT: {
        const std::string_view text = scanner.sqliteText(column);
        return textFieldFast(text.data(), text.size(), type, false, json, token);
    }
    case SQLITE_FLOAT: {
        // a decimal SQLite keeps as REAL: cellFromValue() writes its shortest form as a string
        if (type.type != ValueType::Decimal)
            return false;
        const double d = sqlite3_column_double(scanner.sqliteStatement(), column);
        if (!std::isfinite(d))
            return false;
        char buf[64];
        const auto r = std::to_chars(buf, buf + sizeof buf, d);
        std::string text(buf, size_t(r.ptr - buf));
        return textFieldFast(text.data(), text.size(), type, false, json, token);
    }
    default: return false;
    }
}

bool mysqlFieldFast(const RowScanner &scanner, int column, const DumpColumn &type, std::string *json, std::string &token)
{
    size_t n = 0;
    const char *p = scanner.mysqlValue(column, &n);
    if (!p) {
        if (json)
            json->append("null", 4);
        token.assign("\x01N", 2);
        return true;
    }
    const int t = scanner.mysqlFieldType(column);
    if (isMysqlIntegerType(t)) {
        if (type.type == ValueType::Boolean) { // an int: boolCell(v != 0)
            bool zero = n > 0;
            for (size_t i = 0; i < n; ++i) {
                if (p[i] < '0' || p[i] > '9')
                    return false;
                zero = zero && p[i] == '0';
            }
            if (json)
                json->append(zero ? "false" : "true");
            token.assign(zero ? "f" : "t", 1);
            return true;
        }
        return type.type == ValueType::Integer && textFieldFast(p, n, type, false, json, token);
    }
    if (!isMysqlStringType(t))
        return false;
    if (scanner.mysqlFieldBinary(column)) {
        if (type.type == ValueType::Binary) { // a QByteArray: its base64
            const QByteArray b64 = QByteArray::fromRawData(p, qsizetype(n)).toBase64();
            token.assign(b64.constData(), size_t(b64.size()));
            if (json) {
                json->push_back('"');
                json->append(token);
                json->push_back('"');
            }
            return true;
        }
        if (type.type != ValueType::Text)
            return false; // a QByteArray elsewhere: the general path
    }
    return textFieldFast(p, n, type, false, json, token);
}

bool RowScanner::fastField(int column, const DumpColumn &type, std::string *json, std::string &token, std::string &scratch) const
{
    if (m_noFastPath)
        return false;
    if (m_binary) {
        if (m_binNull[size_t(column)]) {
            if (json)
                json->append("null", 4);
            token.assign("\x01N", 2);
            return true;
        }
        const std::string_view v = m_binViews[size_t(column)];
        const int r = pgBinaryFast(m_binKinds[size_t(column)], type, v.data(), v.size(), json, token, scratch);
        if (r < 0)
            failBinary(QStringLiteral("a value its type does not allow"));
        return r != 0;
    }
    if (m_copy)
        return copyFieldFast(rawField(column), type, json, token, scratch);
    if (m_stmt)
        return sqliteFieldFast(*this, column, type, json, token);
    if (m_myres)
        return mysqlFieldFast(*this, column, type, json, token);
    return false;
}

} // namespace Godwit::Dump
