// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How values travel: from a database row into a dump line (export), from a dump line into a bound parameter
// of another engine (import), and into the engine-neutral token that content checksums are computed over
// (verify, db compare). One place, so that what export writes, import reads and compare hashes agree.

#include "dumpformat.h"
#include "sha256.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

#include <string>
#include <string_view>
#include <vector>

namespace Godwit::Dump {

// One value of a parsed dump line.
struct Cell
{
    enum Kind : quint8 { Null, Bool, Int, Double, String };
    Kind kind = Null;
    bool boolean = false;
    qint64 integer = 0;
    double real = 0;
    QString text; // String; for Int and Double the number's JSON text too
};

using Row = QList<Cell>;

// Parses one JSON Lines row (a JSON array of scalars). Reusable parser state lives inside.
class RowParser
{
public:
    RowParser();
    ~RowParser();
    RowParser(const RowParser &) = delete;
    RowParser &operator=(const RowParser &) = delete;
    // False with a message for anything but an array of scalars, or invalid UTF-8.
    bool parse(const QByteArray &line, Row &row, QString *error);

private:
    struct Private;
    Private *d;
};

// The SELECT expression that reads a column so that nothing is lost on the way through the Qt driver
// (PostgreSQL: everything as text; MySQL: temporal and decimal types as text).
QString selectExpression(Engine engine, const QString &quotedColumn, const DumpColumn &column);
// Session settings a reading or writing connection needs (UTC, ISO dates, hex bytea, utf8mb4...).
QStringList sessionSetup(Engine engine);

// Appends the dump encoding of a value read with selectExpression() to a JSON line.
void appendValue(QByteArray &out, Engine engine, const QVariant &value, const DumpColumn &column);
// A JSON string literal, escaped (UTF-8).
void appendJsonString(QByteArray &out, const QString &text);
void appendJsonString(QByteArray &out, const char *utf8, qsizetype size);
void appendJsonString(std::string &out, const char *utf8, size_t size);
// A cell as a dump value (JSON).
void appendCellJson(QByteArray &out, const Cell &cell);
void appendCellJson(std::string &out, const Cell &cell);

// The fast path of exports and checksums from PostgreSQL: one field of COPY's text format (escaped, as the
// server sent it) as its dump value (appended to *json unless json is null) and its checksum token, straight
// from the bytes, for the types PostgreSQL writes in canonical text: integers, text, booleans, dates,
// timestamps, decimals, uuids, bytea. The result is byte for byte what cellFromValue() + appendCellJson() +
// canonicalToken() give. Returns false, appending nothing, for anything else (then use that general path).
bool copyFieldFast(std::string_view raw, const DumpColumn &column, std::string *json, std::string &token, std::string &scratch);
// The same for a value read as text (unescaped UTF-8, not NULL); postgres: text as PostgreSQL writes it
// (bytea in hex), else as SQLite keeps it.
bool textFieldFast(const char *p, size_t n, const DumpColumn &column, bool postgres, std::string *json, std::string &token);
// COPY's text format unescaped (\N must be handled before).
void unescapeCopyField(std::string_view raw, QByteArray &out);
void unescapeCopyField(std::string_view raw, std::string &out);

// The value to bind for a dump cell going into a column of the given portable type on a target engine.
// Returns false with a message when the value does not fit.
bool bindValue(const Cell &cell, ValueType dumpType, ValueType targetType, Engine engine, QVariant *out, QString *error);

// The same conversion as bindValue() for PostgreSQL, written straight into COPY's text format (\\N, backslash
// escapes, bytea as \\\\x hex): the fast path of imports into PostgreSQL.
bool appendCopyCell(QByteArray &out, const Cell &cell, ValueType dumpType, ValueType targetType, QString *error);

// The engine-neutral token of a cell for content checksums: numbers without trailing zeros (decimals rounded
// to their column's declared scale, as the application reads them), timestamps in UTC without offset, JSON
// with sorted keys, booleans as t/f.
QByteArray canonicalToken(const Cell &cell, ValueType type, int scale = -1);

// An order-independent checksum over rows: each row's SHA-256 (over its canonical tokens in column-name
// order) is added into two 64-bit lanes; row count included. Equal tables give equal checksums on any engine.
class TableDigest
{
public:
    explicit TableDigest(const QList<DumpColumn> &columns);
    void addRow(const Row &row);
    // The same with each column's canonicalToken() given, in column order.
    void addTokens(const std::vector<std::string> &tokens);
    // The same in two steps, for a second thread: appendRowInput() appends what addTokens() would hash, with
    // a 4-byte length in front; addRowInputs() hashes a run of such rows into lane sums, addLanes() adds them.
    void appendRowInput(std::string &out, const std::vector<std::string> &tokens) const;
    static void addRowInputs(const char *data, size_t size, quint64 &lane0, quint64 &lane1, qint64 &rows);
    void addLanes(quint64 lane0, quint64 lane1, qint64 rows)
    {
        m_lane0 += lane0;
        m_lane1 += lane1;
        m_rows += rows;
    }
    qint64 rows() const { return m_rows; }
    QString hex() const;

private:
    QList<int> m_order; // column indexes sorted by name
    QList<ValueType> m_types;
    QList<int> m_scales;
    quint64 m_lane0 = 0, m_lane1 = 0;
    qint64 m_rows = 0;
    std::string m_buffer;
    std::vector<std::string> m_tokens;
};

// Converts a value read from a database (through selectExpression) into a cell, as if it had been written
// to a dump and read back; used by db compare and by verification after import.
Cell cellFromValue(Engine engine, const QVariant &value, const DumpColumn &column);

QString normalizeTimestamp(const QString &text, bool *hadOffset = nullptr);
// A plain decimal rounded to scale fraction digits, half away from zero, as PostgreSQL and MySQL store it.
QString roundDecimalTo(const QString &text, int scale);

} // namespace Godwit::Dump
