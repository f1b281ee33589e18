// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dumpformat.h"
#include "pgbinary.h"

#include <QSqlQuery>
#include <QVariantList>

#include <string_view>
#include <vector>

typedef struct pg_conn PGconn; // libpq, as libpq-fe.h declares it
struct sqlite3;
typedef struct st_mysql MYSQL; // libmariadb
typedef struct st_mysql_res MYSQL_RES;
struct sqlite3_stmt;

namespace Godwit {
class DatabaseSession;
}

namespace Godwit::Dump {

// The libpq connection under a QPSQL session (for COPY), or null.
PGconn *nativePostgres(const DatabaseSession &session);

// The libmariadb connection under a QMYSQL session (for streamed multi-row inserts), or null.
MYSQL *nativeMysql(const DatabaseSession &session);

// Applies sessionSetup() (UTC, ISO dates, hex bytea, utf8mb4, strict mode) to a session that reads or writes dumps.
Status prepareSession(const DatabaseSession &session);

// Reads every row of a table in primary-key order with constant memory: PostgreSQL streams in single-row
// mode and SQLite steps natively, while QMYSQL buffers whole results on the client, so MySQL tables are
// read in pages along the primary key (keyset pagination). On PostgreSQL the rows come through
// COPY (SELECT …) TO STDOUT on the driver's libpq connection, far faster than row-by-row results.
class RowScanner
{
public:
    RowScanner(const DatabaseSession &session, const QString &table, const QList<DumpColumn> &columns,
               const QStringList &primaryKey, const QString &where = {});
    ~RowScanner();
    RowScanner(const RowScanner &) = delete;
    RowScanner &operator=(const RowScanner &) = delete;
    Status start();
    // False at the end or on an error (then error() is set).
    bool next();
    QVariant value(int column) const;
    // Reading through COPY: each field of the current row as the server sent it (COPY's text format,
    // escaped; \N for NULL), for copyFieldFast().
    bool isCopy() const { return m_copy != nullptr; }
    // Reading SQLite through its own API (the driver's handle): the current row's values as SQLite holds
    // them, for textFieldFast(); value() gives what QSQLITE would.
    bool isSqlite() const { return m_stmt != nullptr; }
    int sqliteType(int column) const; // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB, SQLITE_NULL
    qint64 sqliteInteger(int column) const;
    std::string_view sqliteText(int column) const; // UTF-8
    sqlite3_stmt *sqliteStatement() const { return m_stmt; }
    // Reading MariaDB/MySQL as one streamed result (mysql_use_result) on the driver's connection: the current
    // row's values as the server sent them (text protocol), null for NULL.
    bool isMysql() const { return m_myres != nullptr; }
    const char *mysqlValue(int column, size_t *size) const
    {
        *size = m_mylengths ? size_t(m_mylengths[column]) : 0;
        return m_myrow ? m_myrow[column] : nullptr;
    }
    int mysqlFieldType(int column) const;  // enum_field_types
    bool mysqlFieldBinary(int column) const; // binary charset: QMYSQL gives a QByteArray
    bool mysqlFieldUnsigned(int column) const;
    std::string_view rawField(int column) const
    {
        const auto [start, size] = m_fields[size_t(column)];
        return std::string_view(m_row + start, size_t(size));
    }
    // Reading through COPY's binary format (see pgbinary.h).
    bool isBinaryCopy() const { return m_binary; }
    // After start(): how the rows are read, as ExportResult::readMethods names it.
    QString readMethod() const;
    const Error &error() const { return m_error; }
    // The current value as a dump value (appended to *json unless null) and its checksum token, straight
    // from the engine's bytes where a fast path covers it (copyFieldFast, sqliteFieldFast, mysqlFieldFast);
    // false, appending nothing, for what goes the general way (cellFromValue(value())). Always false with
    // GODWIT_DUMP_NO_FAST_PATH set.
    bool fastField(int column, const DumpColumn &type, std::string *json, std::string &token, std::string &scratch) const;
    bool failed() const { return m_failed; }

private:
    QString sql_(bool afterKey) const;
    Status exec(const QVariantList &lastKey);
    const DatabaseSession &m_session;
    QString m_table;
    QStringList m_exprs;
    QStringList m_order;
    QList<int> m_keyColumns;
    QString m_where;
    bool m_paged = false;
    int m_pageRows = 20000;
    qint64 m_inPage = 0;
    QVariantList m_lastKey;
    QSqlQuery m_query;
    mutable Error m_error;
    mutable bool m_failed = false;
    // COPY mode
    PGconn *m_copy = nullptr;
    bool m_copyActive = false;
    sqlite3_stmt *m_stmt = nullptr;
    Status startMysql(MYSQL *my, bool *fallBack);
    Status startBinaryCopy(bool *fallBack);
    Status beginCopy(const QByteArray &sql); // COPY … TO STDOUT on the native connection
    bool endCopy(int received);
    bool nextBinaryRow();
    bool m_binary = false;
    bool m_binHeaderRead = false;
    qsizetype m_rowSize = 0, m_rowOffset = 0; // the current COPY message and how far it is read
    std::vector<PgBinaryKind> m_binKinds;
    bool m_binTrailerRead = false;
    std::vector<std::string_view> m_binViews; // the current row's fields in the message
    std::vector<char> m_binNull;
    mutable std::string m_binText; // a field formatted for value()
    void failBinary(const QString &what) const;
    QStringList m_quoted; // the quoted column names
    MYSQL_RES *m_myres = nullptr;
    char **m_myrow = nullptr;
    unsigned long *m_mylengths = nullptr;
    char *m_row = nullptr; // the current COPY row (libpq's buffer)
    std::vector<std::pair<qsizetype, qsizetype>> m_fields;
    bool m_noFastPath = qEnvironmentVariableIsSet("GODWIT_DUMP_NO_FAST_PATH");
};

// textFieldFast() and its like for the current value of a scanner reading SQLite natively: NULL, integers
// in integer and boolean columns, text; false for what takes the general path (cellFromValue(value())).
bool sqliteFieldFast(const RowScanner &scanner, int column, const DumpColumn &type, std::string *json, std::string &token);
// The same for a scanner reading MariaDB/MySQL natively.
bool mysqlFieldFast(const RowScanner &scanner, int column, const DumpColumn &type, std::string *json, std::string &token);

} // namespace Godwit::Dump
