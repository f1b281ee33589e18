// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuecodec.h"
#include "jsoncell.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <simdjson.h>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace Godwit::Dump {

namespace {

constexpr qint64 MaxSafeInteger = (qint64(1) << 53);

QString shortestDouble(double d)
{
    if (std::isnan(d))
        return QStringLiteral("NaN");
    if (std::isinf(d))
        return d > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, d);
    return QString::fromLatin1(buf, int(res.ptr - buf));
}

Cell stringCell(const QString &s)
{
    Cell c;
    c.kind = Cell::String;
    c.text = s;
    return c;
}

Cell integerCell(qint64 v)
{
    Cell c;
    if (v > MaxSafeInteger || v < -MaxSafeInteger) {
        c.kind = Cell::String; // beyond 2^53 a JSON number is not safe for every reader
        c.text = QString::number(v);
        return c;
    }
    c.kind = Cell::Int;
    c.integer = v;
    c.text = QString::number(v);
    return c;
}

Cell doubleCell(double d)
{
    Cell c;
    if (!std::isfinite(d))
        return stringCell(shortestDouble(d));
    c.kind = Cell::Double;
    c.real = d;
    c.text = shortestDouble(d);
    return c;
}

Cell boolCell(bool b)
{
    Cell c;
    c.kind = Cell::Bool;
    c.boolean = b;
    return c;
}

QString cellText(const Cell &c)
{
    switch (c.kind) {
    case Cell::Null: return {};
    case Cell::Bool: return c.boolean ? QStringLiteral("true") : QStringLiteral("false");
    default: return c.text;
    }
}

bool parseBool(const QString &s, bool *ok)
{
    const QString t = s.trimmed().toLower();
    *ok = true;
    if (t == QLatin1String("t") || t == QLatin1String("true") || t == QLatin1String("1") || t == QLatin1String("y")
        || t == QLatin1String("yes") || t == QLatin1String("on"))
        return true;
    if (t == QLatin1String("f") || t == QLatin1String("false") || t == QLatin1String("0") || t == QLatin1String("n")
        || t == QLatin1String("no") || t == QLatin1String("off"))
        return false;
    *ok = false;
    return false;
}

// "12.500" → "12.5", "-0.0" → "0", "1E3" stays as it is (not a plain decimal).
QString normalizeNumber(QString s)
{
    s = s.trimmed();
    if (s.startsWith(u'+'))
        s.remove(0, 1);
    bool plain = !s.isEmpty();
    int dot = -1;
    for (int i = 0; i < s.size(); ++i) {
        const QChar ch = s.at(i);
        if (ch == u'.' && dot < 0)
            dot = i;
        else if (!(ch.isDigit() || (i == 0 && ch == u'-')))
            plain = false;
    }
    if (!plain)
        return s;
    if (dot >= 0) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    const bool negative = s.startsWith(u'-');
    int start = negative ? 1 : 0;
    while (s.size() > start + 1 && s.at(start) == u'0' && s.at(start + 1) != u'.')
        s.remove(start, 1);
    if (s == QLatin1String("-0") || s.isEmpty() || s == QLatin1String("-"))
        return QStringLiteral("0");
    return s;
}

// Rounds a plain decimal string to scale fraction digits, half away from zero (as PostgreSQL and MySQL do).
QString roundDecimal(const QString &in, int scale)
{
    const QString s = in.trimmed();
    const int dot = s.indexOf(u'.');
    if (scale < 0 || dot < 0 || s.size() - dot - 1 <= scale)
        return s;
    for (int i = 0; i < s.size(); ++i)
        if (!(s.at(i).isDigit() || s.at(i) == u'.' || (i == 0 && (s.at(i) == u'-' || s.at(i) == u'+'))))
            return s; // exponents and the like are left alone
    const bool negative = s.startsWith(u'-');
    QString digits = s.mid(negative || s.startsWith(u'+') ? 1 : 0);
    const int d = digits.indexOf(u'.');
    const bool up = digits.at(d + 1 + scale) >= u'5';
    QString kept = digits.left(d) + digits.mid(d + 1, scale); // all digits, no dot
    if (up) {
        int i = kept.size() - 1;
        while (i >= 0) {
            if (kept.at(i) == u'9') {
                kept[i] = u'0';
                --i;
            } else {
                kept[i] = QChar(kept.at(i).unicode() + 1);
                break;
            }
        }
        if (i < 0)
            kept.prepend(u'1');
    }
    const int intDigits = kept.size() - scale;
    QString out = kept.left(intDigits);
    if (scale > 0)
        out += u'.' + kept.mid(intDigits);
    return negative ? u'-' + out : out;
}

QString trimFraction(QString s)
{
    const int dot = s.indexOf(u'.');
    if (dot < 0)
        return s;
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s;
}

QByteArray hexToBytes(const QString &pgHex)
{
    // PostgreSQL's bytea text output (bytea_output = hex): \x0a0b...
    if (pgHex.startsWith(QLatin1String("\\x")))
        return QByteArray::fromHex(pgHex.mid(2).toLatin1());
    return pgHex.toUtf8();
}

} // namespace

QString roundDecimalTo(const QString &text, int scale) { return roundDecimal(text, scale); }

// ---------------------------------------------------------------------------------------------------------
// Reading from a database

QString selectExpression(Engine engine, const QString &quotedColumn, const DumpColumn &column)
{
    switch (engine) {
    case Engine::PostgreSQL:
        // Everything as text: the driver's own conversions drop microseconds, offsets and decimal digits.
        if (column.type == ValueType::Integer || column.type == ValueType::Text)
            return quotedColumn;
        return quotedColumn + QStringLiteral("::text");
    case Engine::MySQL:
        switch (column.type) {
        case ValueType::Decimal:
        case ValueType::Float:
        case ValueType::Date:
        case ValueType::Time:
        case ValueType::Timestamp:
        case ValueType::TimestampTz:
            return QStringLiteral("CAST(%1 AS CHAR)").arg(quotedColumn);
        default: return quotedColumn;
        }
    default: return quotedColumn;
    }
}

QStringList sessionSetup(Engine engine)
{
    switch (engine) {
    case Engine::PostgreSQL:
        return {QStringLiteral("SET TIME ZONE 'UTC'"), QStringLiteral("SET DateStyle = 'ISO, YMD'"),
                QStringLiteral("SET IntervalStyle = 'iso_8601'"), QStringLiteral("SET bytea_output = 'hex'"),
                QStringLiteral("SET extra_float_digits = 1"), QStringLiteral("SET client_encoding = 'UTF8'")};
    case Engine::MySQL:
        return {QStringLiteral("SET NAMES utf8mb4"), QStringLiteral("SET time_zone = '+00:00'"),
                QStringLiteral("SET SESSION sql_mode = 'STRICT_TRANS_TABLES,NO_AUTO_VALUE_ON_ZERO,NO_ENGINE_SUBSTITUTION'")};
    default: return {};
    }
}

QString normalizeTimestamp(const QString &input, bool *hadOffset)
{
    // Accepts "YYYY-MM-DD[ T]HH:MM[:SS[.f…]][Z|±HH[:MM]]"; returns "YYYY-MM-DD HH:MM:SS[.f…]" in UTC when an
    // offset was given. Anything else comes back unchanged.
    if (hadOffset)
        *hadOffset = false;
    const QString s = input.trimmed();
    if (s.size() < 16 || s.at(4) != u'-' || s.at(7) != u'-' || (s.at(10) != u' ' && s.at(10) != u'T'))
        return s;
    int pos = 16;
    QString seconds = QStringLiteral(":00");
    if (pos < s.size() && s.at(pos) == u':') {
        seconds = s.mid(pos, 3);
        pos += 3;
    }
    QString fraction;
    if (pos < s.size() && s.at(pos) == u'.') {
        int end = pos + 1;
        while (end < s.size() && s.at(end).isDigit())
            ++end;
        fraction = s.mid(pos, end - pos);
        pos = end;
    }
    fraction = trimFraction(fraction);
    QString local = s.left(10) + u' ' + s.mid(11, 5) + seconds;
    if (pos >= s.size())
        return local + fraction;
    QString zone = s.mid(pos).trimmed();
    int offsetSecs = 0;
    if (zone == QLatin1String("Z") || zone == QLatin1String("UTC")) {
        offsetSecs = 0;
    } else if ((zone.startsWith(u'+') || zone.startsWith(u'-')) && zone.size() >= 3) {
        const int sign = zone.startsWith(u'-') ? -1 : 1;
        const QString digits = zone.mid(1).remove(u':');
        bool ok1 = false, ok2 = true, ok3 = true;
        const int h = digits.left(2).toInt(&ok1);
        const int m = digits.size() >= 4 ? digits.mid(2, 2).toInt(&ok2) : 0;
        const int sec = digits.size() >= 6 ? digits.mid(4, 2).toInt(&ok3) : 0;
        if (!ok1 || !ok2 || !ok3)
            return s;
        offsetSecs = sign * (h * 3600 + m * 60 + sec);
    } else {
        return s;
    }
    if (hadOffset)
        *hadOffset = true;
    if (offsetSecs == 0)
        return local + fraction;
    QDateTime dt = QDateTime::fromString(local, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!dt.isValid())
        return s;
    dt.setTimeZone(QTimeZone(offsetSecs));
    return dt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + fraction;
}

Cell cellFromValue(Engine engine, const QVariant &value, const DumpColumn &column)
{
    if (value.isNull())
        return Cell{};
    const int typeId = value.metaType().id();
    const bool isString = typeId == QMetaType::QString;
    switch (column.type) {
    case ValueType::Integer: {
        if (typeId == QMetaType::ULongLong) {
            const quint64 u = value.toULongLong();
            if (u > quint64(std::numeric_limits<qint64>::max()))
                return stringCell(QString::number(u));
            return integerCell(qint64(u));
        }
        if (typeId == QMetaType::Double) {
            const double d = value.toDouble();
            if (std::floor(d) == d && std::abs(d) < 9e15)
                return integerCell(qint64(d));
            return doubleCell(d);
        }
        bool ok = false;
        const qint64 v = value.toLongLong(&ok);
        if (ok)
            return integerCell(v);
        return stringCell(value.toString()); // SQLite keeps what it was given
    }
    case ValueType::Decimal:
        if (typeId == QMetaType::Double)
            return stringCell(shortestDouble(value.toDouble()));
        return stringCell(value.toString());
    case ValueType::Float: {
        if (isString) {
            const QString s = value.toString();
            bool ok = false;
            const double d = s.toDouble(&ok);
            if (ok)
                return doubleCell(d);
            return stringCell(s); // NaN, Infinity
        }
        return doubleCell(value.toDouble());
    }
    case ValueType::Boolean:
        if (isString) {
            bool ok = false;
            const bool b = parseBool(value.toString(), &ok);
            return ok ? boolCell(b) : stringCell(value.toString());
        }
        return boolCell(value.toLongLong() != 0);
    case ValueType::Binary:
        if (engine == Engine::PostgreSQL && isString)
            return stringCell(QString::fromLatin1(hexToBytes(value.toString()).toBase64()));
        if (isString)
            return stringCell(QString::fromLatin1(value.toString().toUtf8().toBase64()));
        return stringCell(QString::fromLatin1(value.toByteArray().toBase64()));
    case ValueType::Timestamp:
        return stringCell(normalizeTimestamp(value.toString()));
    case ValueType::TimestampTz: {
        const QString n = normalizeTimestamp(value.toString());
        // Naive text in a time-zone column (SQLite, MySQL DATETIME read in UTC) is taken as UTC; what is not
        // the plain form (a BC or five-digit year, infinity, with its own offset) stays as the engine wrote it.
        static const QRegularExpression naive(QStringLiteral("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(\\.\\d+)?$"));
        return stringCell(naive.match(n).hasMatch() ? n + QStringLiteral("+00:00") : n);
    }
    case ValueType::Time:
        return stringCell(value.toString());
    case ValueType::Date: {
        // A date with a time of day (a DATETIME in a date column) loses the time; "0044-03-15 BC" keeps its era.
        const QString s = value.toString();
        return stringCell(s.size() > 11 && s.at(10) == u' ' && s.at(11).isDigit() ? s.left(10) : s);
    }
    case ValueType::Json:
    case ValueType::Uuid:
    case ValueType::Text:
        if (typeId == QMetaType::QByteArray)
            return stringCell(QString::fromUtf8(value.toByteArray()));
        if (typeId == QMetaType::Double)
            return stringCell(shortestDouble(value.toDouble()));
        return stringCell(value.toString());
    }
    return stringCell(value.toString());
}

template<typename Out>
void appendJsonStringTo(Out &out, const char *utf8, qsizetype size)
{
    static const char hex[] = "0123456789abcdef";
    out.push_back('"');
    const char *p = utf8;
    const char *end = p + size;
    const char *run = p;
    for (; p < end; ++p) {
        const unsigned char ch = static_cast<unsigned char>(*p);
        if (ch >= 0x20 && ch != '"' && ch != '\\')
            continue;
        out.append(run, p - run);
        run = p + 1;
        switch (ch) {
        case '"': out.append("\\\"", 2); break;
        case '\\': out.append("\\\\", 2); break;
        case '\n': out.append("\\n", 2); break;
        case '\r': out.append("\\r", 2); break;
        case '\t': out.append("\\t", 2); break;
        case '\b': out.append("\\b", 2); break;
        case '\f': out.append("\\f", 2); break;
        default: {
            const char esc[6] = {'\\', 'u', '0', '0', hex[ch >> 4], hex[ch & 15]};
            out.append(esc, 6);
        }
        }
    }
    out.append(run, p - run);
    out.push_back('"');
}

void appendJsonString(QByteArray &out, const char *utf8, qsizetype size)
{
    out.reserve(out.size() + size + 2);
    appendJsonStringTo(out, utf8, size);
}

void appendJsonString(std::string &out, const char *utf8, size_t size) { appendJsonStringTo(out, utf8, qsizetype(size)); }

void appendJsonString(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    appendJsonString(out, utf8.constData(), utf8.size());
}

void appendCellJson(QByteArray &out, const Cell &c)
{
    switch (c.kind) {
    case Cell::Null: out.append("null", 4); break;
    case Cell::Bool: out.append(c.boolean ? "true" : "false"); break;
    case Cell::Int:
    case Cell::Double: out.append(c.text.toLatin1()); break;
    case Cell::String: appendJsonString(out, c.text); break;
    }
}

template<typename Out>
void unescapeCopyFieldTo(std::string_view raw, Out &out)
{
    const char *p = raw.data();
    const qsizetype n = qsizetype(raw.size());
    out.clear();
    out.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        if (c != '\\' || i + 1 >= n) {
            out.push_back(c);
            continue;
        }
        const char e = p[++i];
        switch (e) {
        case 'n': out.push_back('\n'); break;
        case 't': out.push_back('\t'); break;
        case 'r': out.push_back('\r'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'v': out.push_back('\v'); break;
        default:
            if (e >= '0' && e <= '7') { // octal, up to three digits
                int v = e - '0';
                for (int k = 0; k < 2 && i + 1 < n && p[i + 1] >= '0' && p[i + 1] <= '7'; ++k)
                    v = v * 8 + (p[++i] - '0');
                out.push_back(char(v));
            } else {
                out.push_back(e); // \\ and any other escaped character stand for themselves
            }
        }
    }
}

void appendCellJson(std::string &out, const Cell &c)
{
    switch (c.kind) {
    case Cell::Null: out.append("null", 4); break;
    case Cell::Bool: out.append(c.boolean ? "true" : "false"); break;
    case Cell::Int:
    case Cell::Double: {
        const QByteArray t = c.text.toLatin1();
        out.append(t.constData(), size_t(t.size()));
        break;
    }
    case Cell::String: {
        const QByteArray t = c.text.toUtf8();
        appendJsonString(out, t.constData(), size_t(t.size()));
        break;
    }
    }
}

void unescapeCopyField(std::string_view raw, QByteArray &out) { unescapeCopyFieldTo(raw, out); }
void unescapeCopyField(std::string_view raw, std::string &out) { unescapeCopyFieldTo(raw, out); }

namespace {

inline bool isDigit(char c) { return c >= '0' && c <= '9'; }

// "YYYY-MM-DD"
bool isIsoDate(const char *p, size_t n)
{
    return n == 10 && isDigit(p[0]) && isDigit(p[1]) && isDigit(p[2]) && isDigit(p[3]) && p[4] == '-' && isDigit(p[5])
        && isDigit(p[6]) && p[7] == '-' && isDigit(p[8]) && isDigit(p[9]) && p[0] != '0';
}

// "YYYY-MM-DD HH:MM:SS[.f…]" with no trailing zero in the fraction: PostgreSQL's ISO output, already what
// normalizeTimestamp() returns.
bool isCanonicalTimestamp(const char *p, size_t n)
{
    if (n < 19 || !isIsoDate(p, 10) || p[10] != ' ' || !isDigit(p[11]) || !isDigit(p[12]) || p[13] != ':' || !isDigit(p[14])
        || !isDigit(p[15]) || p[16] != ':' || !isDigit(p[17]) || !isDigit(p[18]))
        return false;
    if (n == 19)
        return true;
    if (p[19] != '.' || n == 20 || p[n - 1] == '0')
        return false;
    for (size_t i = 20; i < n; ++i)
        if (!isDigit(p[i]))
            return false;
    return true;
}

// Whether JSON takes the bytes as they are (nothing below 0x20, no '"', no '\\'), and whether any is beyond
// ASCII (then they must still be checked as UTF-8). Eight bytes at a time.
bool needsNoEscape(const char *p, size_t n, bool *nonAscii)
{
    constexpr quint64 ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    auto hasZeroByte = [](quint64 w) { return (w - ones) & ~w & highs; };
    quint64 high = 0;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 w;
        memcpy(&w, p + i, 8);
        high |= w & highs;
        const quint64 low7 = w & ~highs; // a byte from 0x80 is never below 0x20, '"' or '\\'
        if (((low7 - 0x20 * ones) & ~w & highs) || hasZeroByte(w ^ (0x22 * ones)) || hasZeroByte(w ^ (0x5C * ones)))
            return false;
    }
    for (; i < n; ++i) {
        const unsigned char c = static_cast<unsigned char>(p[i]);
        if (c < 0x20 || c == '"' || c == '\\')
            return false;
        high |= c & 0x80;
    }
    *nonAscii = high != 0;
    return true;
}

// Replaces the bytes of out, keeping its allocation.
inline void setBytes(std::string &out, const char *p, size_t n) { out.assign(p, n); }

// normalizeNumber() of a plain decimal "-?d+(.d+)?", on bytes.
void canonicalDecimal(const char *p, size_t n, std::string &out)
{
    out.clear();
    const bool negative = n && p[0] == '-';
    size_t start = negative ? 1 : 0;
    size_t end = n;
    const void *dot = memchr(p + start, '.', n - start);
    if (dot) {
        while (end > start && p[end - 1] == '0')
            --end;
        if (end > start && p[end - 1] == '.')
            --end;
    }
    while (end - start > 1 && p[start] == '0' && p[start + 1] != '.')
        ++start;
    if (end == start || (end - start == 1 && p[start] == '0')) {
        out.push_back('0');
        return;
    }
    if (negative)
        out.push_back('-');
    out.append(p + start, end - start);
}

} // namespace

bool copyFieldFast(std::string_view raw, const DumpColumn &column, std::string *json, std::string &token, std::string &scratch)
{
    if (raw.size() == 2 && raw[0] == '\\' && raw[1] == 'N') {
        if (json)
            json->append("null", 4);
        setBytes(token, "\x01N", 2);
        return true;
    }
    const char *p = raw.data();
    size_t n = raw.size();
    if (memchr(p, '\\', n)) {
        unescapeCopyField(raw, scratch);
        p = scratch.data();
        n = scratch.size();
    }
    return textFieldFast(p, n, column, true, json, token);
}

bool textFieldFast(const char *p, size_t n, const DumpColumn &column, bool postgres, std::string *json, std::string &token)
{
    switch (column.type) {
    case ValueType::Integer: {
        // what integerCell() writes as a JSON number: no sign but '-', no leading zero, within ±2^53 (15
        // digits for sure; longer ones take the general path, which quotes them beyond 2^53)
        const size_t digits0 = (n && p[0] == '-') ? 1 : 0;
        if (n == digits0 || n - digits0 > 15 || (p[digits0] == '0' && n - digits0 > 1) || (digits0 && p[1] == '0'))
            return false;
        for (size_t i = digits0; i < n; ++i)
            if (!isDigit(p[i]))
                return false;
        if (json)
            json->append(p, n);
        setBytes(token, p, n);
        return true;
    }
    case ValueType::Boolean: {
        // 't'/'f' from a boolean column, "true"/"false" from a boolean cast to text
        const bool shortForm = n == 1 && (p[0] == 't' || p[0] == 'f');
        const bool longForm = (n == 4 && memcmp(p, "true", 4) == 0) || (n == 5 && memcmp(p, "false", 5) == 0);
        if (!shortForm && !longForm)
            return false;
        if (json)
            json->append(p[0] == 't' ? "true" : "false");
        setBytes(token, p, 1);
        return true;
    }
    case ValueType::Uuid:
        for (size_t i = 0; i < n; ++i)
            if (p[i] >= 'A' && p[i] <= 'Z')
                return false;
        [[fallthrough]];
    case ValueType::Text:
        // A String cell: QString::fromUtf8 changes nothing in valid UTF-8.
        if (bool nonAscii = false; needsNoEscape(p, n, &nonAscii) && (!nonAscii || simdjson::validate_utf8(p, n))) {
            // most text: nothing to escape, copied as it is
            if (json) {
                const size_t at = json->size();
                json->resize(at + n + 2);
                char *o = json->data() + at;
                o[0] = '"';
                memcpy(o + 1, p, n);
                o[n + 1] = '"';
            }
            setBytes(token, p, n);
            return true;
        }
        if (!simdjson::validate_utf8(p, n))
            return false;
        if (json)
            appendJsonString(*json, p, n);
        setBytes(token, p, n);
        return true;
    case ValueType::Date:
        if (!isIsoDate(p, n))
            return false;
        if (json) {
            json->push_back('"');
            json->append(p, n);
            json->push_back('"');
        }
        setBytes(token, p, n);
        return true;
    case ValueType::Timestamp:
        if (!isCanonicalTimestamp(p, n))
            return false;
        if (json) {
            json->push_back('"');
            json->append(p, n);
            json->push_back('"');
        }
        setBytes(token, p, n);
        return true;
    case ValueType::TimestampTz:
        // in the UTC session: "…+00"; the dump value carries "+00:00", the token none
        if (n < 22 || p[n - 3] != '+' || p[n - 2] != '0' || p[n - 1] != '0' || !isCanonicalTimestamp(p, n - 3))
            return false;
        if (json) {
            json->push_back('"');
            json->append(p, n - 3);
            json->append("+00:00\"", 7);
        }
        setBytes(token, p, n - 3);
        return true;
    case ValueType::Decimal: {
        const size_t digits0 = (n && p[0] == '-') ? 1 : 0;
        size_t dot = 0;
        if (n == digits0)
            return false;
        for (size_t i = digits0; i < n; ++i) {
            if (p[i] == '.' && !dot && i > digits0 && i + 1 < n)
                dot = i;
            else if (!isDigit(p[i]))
                return false;
        }
        if (dot && column.scale >= 0 && int(n - dot - 1) > column.scale)
            return false; // roundDecimal() would round
        if (json) {
            json->push_back('"');
            json->append(p, n);
            json->push_back('"');
        }
        canonicalDecimal(p, n, token);
        return true;
    }
    case ValueType::Binary: {
        if (!postgres || n < 2 || p[0] != '\\' || p[1] != 'x' || (n % 2) != 0)
            return false;
        const QByteArray base64 = QByteArray::fromHex(QByteArray::fromRawData(p + 2, qsizetype(n - 2))).toBase64();
        if (json) {
            json->push_back('"');
            json->append(base64.constData(), size_t(base64.size()));
            json->push_back('"');
        }
        token.assign(base64.constData(), size_t(base64.size()));
        return true;
    }
    case ValueType::Float:
    case ValueType::Time:
    case ValueType::Json: break;
    }
    return false;
}

void appendValue(QByteArray &out, Engine engine, const QVariant &value, const DumpColumn &column)
{
    appendCellJson(out, cellFromValue(engine, value, column));
}

// ---------------------------------------------------------------------------------------------------------
// Parsing dump lines

Cell cellFromJson(simdjson::dom::element el, bool *nested)
{
    Cell c;
    switch (el.type()) {
    case simdjson::dom::element_type::NULL_VALUE: break;
    case simdjson::dom::element_type::BOOL:
        c.kind = Cell::Bool;
        c.boolean = bool(el.get_bool());
        break;
    case simdjson::dom::element_type::INT64:
        c.kind = Cell::Int;
        c.integer = int64_t(el.get_int64());
        c.text = QString::number(c.integer);
        break;
    case simdjson::dom::element_type::UINT64:
        c.kind = Cell::String;
        c.text = QString::number(quint64(uint64_t(el.get_uint64())));
        break;
    case simdjson::dom::element_type::DOUBLE: c = doubleCell(double(el.get_double())); break;
    case simdjson::dom::element_type::STRING: {
        const std::string_view sv = el.get_string();
        c.kind = Cell::String;
        c.text = QString::fromUtf8(sv.data(), qsizetype(sv.size()));
        break;
    }
    default:
        if (nested) {
            *nested = true;
        } else {
            c.kind = Cell::String;
            c.text = QString::fromStdString(simdjson::minify(el));
        }
        break;
    }
    return c;
}

struct RowParser::Private
{
    simdjson::dom::parser parser;
};

RowParser::RowParser() : d(new Private) {}
RowParser::~RowParser() { delete d; }

bool RowParser::parse(const QByteArray &line, Row &row, QString *error)
{
    row.clear();
    simdjson::dom::element doc;
    if (auto err = d->parser.parse(line.constData(), size_t(line.size())).get(doc)) {
        if (error)
            *error = err == simdjson::UTF8_ERROR ? QStringLiteral("invalid UTF-8")
                                                 : QString::fromUtf8(simdjson::error_message(err));
        return false;
    }
    simdjson::dom::array array;
    if (doc.get_array().get(array)) {
        if (error)
            *error = QStringLiteral("a row is not a JSON array");
        return false;
    }
    row.reserve(int(array.size()));
    for (simdjson::dom::element el : array) {
        bool nested = false;
        Cell c = cellFromJson(el, &nested);
        if (nested) {
            if (error)
                *error = QStringLiteral("a value is a nested array or object");
            return false;
        }
        row.append(std::move(c));
    }
    return true;
}

// ---------------------------------------------------------------------------------------------------------
// Writing into a target

namespace {
// PostgreSQL's own forms beyond the plain ISO one, which only PostgreSQL holds: infinity, a BC or five-digit year.
bool isPgSpecialTimestamp(const QString &text)
{
    static const QRegularExpression special(QStringLiteral("^(-?infinity|\\d{5,}-.*|.* BC)$"));
    return special.match(text).hasMatch();
}
bool isPgSpecialDate(const QString &text)
{
    static const QRegularExpression special(QStringLiteral("^(-?infinity|\\d{5,}-\\d{2}-\\d{2}|\\d{4}-\\d{2}-\\d{2} BC)$"));
    return special.match(text).hasMatch();
}
// A date, or a date with a time of day (a DATETIME in a date column, which loses the time): nothing else.
bool isPlainDate(const QString &text)
{
    return text.size() >= 10 && text.at(4) == u'-'
        && (text.size() == 10 || (text.size() >= 12 && (text.at(10) == u' ' || text.at(10) == u'T') && text.at(11).isDigit()));
}
} // namespace

bool bindValue(const Cell &cell, ValueType dumpType, ValueType targetType, Engine engine, QVariant *out, QString *error)
{
    Q_UNUSED(dumpType);
    if (cell.kind == Cell::Null) {
        *out = QVariant();
        return true;
    }
    auto bad = [&](const char *what) {
        if (error)
            *error = QStringLiteral("“%1” is not %2").arg(cellText(cell).left(80), QLatin1String(what));
        return false;
    };
    const QString text = cellText(cell);
    switch (targetType) {
    case ValueType::Integer: {
        if (cell.kind == Cell::Int) {
            *out = QVariant(qlonglong(cell.integer));
            return true;
        }
        if (cell.kind == Cell::Bool) {
            *out = QVariant(qlonglong(cell.boolean ? 1 : 0));
            return true;
        }
        bool ok = false;
        const qlonglong v = text.trimmed().toLongLong(&ok);
        if (ok) {
            *out = QVariant(v);
            return true;
        }
        const qulonglong u = text.trimmed().toULongLong(&ok);
        if (ok) {
            *out = QVariant(u);
            return true;
        }
        if (cell.kind == Cell::Double && std::floor(cell.real) == cell.real && std::abs(cell.real) < 9e15) {
            *out = QVariant(qlonglong(cell.real));
            return true;
        }
        return bad("an integer");
    }
    case ValueType::Float:
        if (cell.kind == Cell::Double || cell.kind == Cell::Int) {
            *out = QVariant(cell.kind == Cell::Double ? cell.real : double(cell.integer));
            return true;
        }
        if (cell.kind == Cell::String) {
            bool ok = false;
            const double d = text.toDouble(&ok);
            if (ok) {
                *out = QVariant(d);
                return true;
            }
            if (engine == Engine::PostgreSQL && (text == QLatin1String("NaN") || text.endsWith(QLatin1String("Infinity")))) {
                *out = text;
                return true;
            }
        }
        return bad("a number");
    case ValueType::Decimal: {
        if (cell.kind == Cell::Bool)
            return bad("a decimal number");
        bool ok = false;
        text.toDouble(&ok);
        if (!ok && !(engine == Engine::PostgreSQL && text == QLatin1String("NaN")))
            return bad("a decimal number");
        *out = text;
        return true;
    }
    case ValueType::Boolean: {
        bool b = false;
        if (cell.kind == Cell::Bool) {
            b = cell.boolean;
        } else if (cell.kind == Cell::Int) {
            b = cell.integer != 0;
        } else {
            bool ok = false;
            b = parseBool(text, &ok);
            if (!ok)
                return bad("a boolean");
        }
        *out = engine == Engine::PostgreSQL ? QVariant(b) : QVariant(qlonglong(b ? 1 : 0));
        return true;
    }
    case ValueType::Binary:
        if (dumpType == ValueType::Binary) {
            auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return bad("base64 data");
            *out = QVariant(*decoded);
        } else {
            *out = QVariant(text.toUtf8());
        }
        return true;
    case ValueType::Timestamp:
    case ValueType::TimestampTz: {
        // PostgreSQL's own forms beyond the plain one go to PostgreSQL as they are; no other engine holds them.
        if (isPgSpecialTimestamp(text)) {
            if (engine != Engine::PostgreSQL)
                return bad("a timestamp this engine can hold");
            *out = text;
            return true;
        }
        bool offset = false;
        const QString n = normalizeTimestamp(text, &offset);
        if (n.size() < 19 || n.at(4) != u'-')
            return bad("a timestamp");
        if (engine == Engine::PostgreSQL && targetType == ValueType::TimestampTz)
            *out = QString(n + QStringLiteral("+00:00")); // the session runs in UTC; naive values are taken as UTC
        else
            *out = n;
        return true;
    }
    case ValueType::Date: {
        if (isPgSpecialDate(text)) {
            if (engine != Engine::PostgreSQL)
                return bad("a date this engine can hold");
            *out = text;
            return true;
        }
        if (!isPlainDate(text))
            return bad("a date");
        *out = text.left(10);
        return true;
    }
    case ValueType::Time:
    case ValueType::Text:
    case ValueType::Json:
    case ValueType::Uuid:
        *out = text;
        return true;
    }
    *out = text;
    return true;
}

namespace {

void appendCopyText(QByteArray &out, const QByteArray &utf8)
{
    const char *p = utf8.constData();
    const char *end = p + utf8.size();
    const char *run = p;
    for (; p < end; ++p) {
        const char c = *p;
        if (c != '\\' && c != '\t' && c != '\n' && c != '\r')
            continue;
        out.append(run, int(p - run));
        run = p + 1;
        out.append(c == '\\' ? "\\\\" : c == '\t' ? "\\t" : c == '\n' ? "\\n" : "\\r", 2);
    }
    out.append(run, int(p - run));
}

bool plainNumber(const QString &s, bool integerOnly)
{
    if (s.isEmpty())
        return false;
    int digits = 0;
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isDigit()) {
            ++digits;
        } else if ((c == u'-' || c == u'+') && (i == 0 || (!integerOnly && (s.at(i - 1) == u'e' || s.at(i - 1) == u'E')))) {
        } else if (!integerOnly && (c == u'.' || c == u'e' || c == u'E')) {
        } else {
            return false;
        }
    }
    return digits > 0;
}

} // namespace

bool appendCopyCell(QByteArray &out, const Cell &cell, ValueType dumpType, ValueType targetType, QString *error)
{
    if (cell.kind == Cell::Null) {
        out.append("\\N", 2);
        return true;
    }
    auto bad = [&](const char *what) {
        if (error)
            *error = QStringLiteral("“%1” is not %2").arg(cellText(cell).left(80), QLatin1String(what));
        return false;
    };
    switch (targetType) {
    case ValueType::Integer:
        if (cell.kind == Cell::Int || (cell.kind == Cell::String && plainNumber(cell.text.trimmed(), true))) {
            out.append(cell.text.trimmed().toLatin1());
            return true;
        }
        if (cell.kind == Cell::Bool) {
            out.append(cell.boolean ? '1' : '0');
            return true;
        }
        if (cell.kind == Cell::Double && std::floor(cell.real) == cell.real && std::abs(cell.real) < 9e15) {
            out.append(QByteArray::number(qlonglong(cell.real)));
            return true;
        }
        return bad("an integer");
    case ValueType::Float:
    case ValueType::Decimal:
        if (cell.kind == Cell::Int || cell.kind == Cell::Double) {
            out.append(cell.text.toLatin1());
            return true;
        }
        if (cell.kind == Cell::String && (plainNumber(cell.text.trimmed(), false) || cell.text == QLatin1String("NaN")
                                          || cell.text.endsWith(QLatin1String("Infinity")))) {
            out.append(cell.text.trimmed().toLatin1());
            return true;
        }
        return bad(targetType == ValueType::Float ? "a number" : "a decimal number");
    case ValueType::Boolean: {
        bool b = false;
        if (cell.kind == Cell::Bool) {
            b = cell.boolean;
        } else if (cell.kind == Cell::Int) {
            b = cell.integer != 0;
        } else {
            bool ok = false;
            b = parseBool(cellText(cell), &ok);
            if (!ok)
                return bad("a boolean");
        }
        out.append(b ? 't' : 'f');
        return true;
    }
    case ValueType::Binary: {
        QByteArray bytes;
        if (dumpType == ValueType::Binary) {
            auto decoded = QByteArray::fromBase64Encoding(cell.text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return bad("base64 data");
            bytes = *decoded;
        } else {
            bytes = cellText(cell).toUtf8();
        }
        out.append("\\\\x", 3);
        out.append(bytes.toHex());
        return true;
    }
    case ValueType::Timestamp:
    case ValueType::TimestampTz: {
        if (isPgSpecialTimestamp(cellText(cell))) { // infinity, a BC or five-digit year: PostgreSQL reads its own text
            out.append(cellText(cell).toLatin1());
            return true;
        }
        const QString n = normalizeTimestamp(cellText(cell));
        if (n.size() < 19 || n.at(4) != u'-')
            return bad("a timestamp");
        out.append(n.toLatin1()); // the session runs in UTC: naive values are UTC
        return true;
    }
    case ValueType::Date: {
        const QString t = cellText(cell);
        if (isPgSpecialDate(t)) {
            out.append(t.toLatin1());
            return true;
        }
        if (!isPlainDate(t))
            return bad("a date");
        out.append(t.left(10).toLatin1());
        return true;
    }
    case ValueType::Time:
    case ValueType::Text:
    case ValueType::Json:
    case ValueType::Uuid: break;
    }
    appendCopyText(out, cellText(cell).toUtf8());
    return true;
}

// ---------------------------------------------------------------------------------------------------------
// Fast paths from parsed dump lines

bool ElementRow::parse(const QByteArray &line, QString *error)
{
    m_elements.clear();
    simdjson::dom::element doc;
    if (auto err = m_parser.parse(line.constData(), size_t(line.size())).get(doc)) {
        if (error)
            *error = err == simdjson::UTF8_ERROR ? QStringLiteral("invalid UTF-8")
                                                 : QString::fromUtf8(simdjson::error_message(err));
        return false;
    }
    simdjson::dom::array array;
    if (doc.get_array().get(array)) {
        if (error)
            *error = QStringLiteral("a row is not a JSON array");
        return false;
    }
    for (simdjson::dom::element el : array) {
        const auto t = el.type();
        if (t == simdjson::dom::element_type::ARRAY || t == simdjson::dom::element_type::OBJECT) {
            if (error)
                *error = QStringLiteral("a value is a nested array or object");
            return false;
        }
        m_elements.push_back(el);
    }
    return true;
}

namespace {

// "-?d+(.d+)?"
bool isPlainDecimal(const char *p, size_t n, size_t *fractionDigits)
{
    const size_t start = (n && p[0] == '-') ? 1 : 0;
    size_t dot = 0;
    if (n == start)
        return false;
    for (size_t i = start; i < n; ++i) {
        if (p[i] == '.' && !dot && i > start && i + 1 < n)
            dot = i;
        else if (!isDigit(p[i]))
            return false;
    }
    *fractionDigits = dot ? n - dot - 1 : 0;
    return true;
}

void appendInt64(std::string &out, int64_t v)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, size_t(r.ptr - buf));
}

} // namespace

bool jsonToken(simdjson::dom::element el, ValueType type, int scale, std::string &token)
{
    using T = simdjson::dom::element_type;
    switch (el.type()) {
    case T::NULL_VALUE:
        token.assign("\x01N", 2);
        return true;
    case T::INT64:
        if (type != ValueType::Integer && type != ValueType::Decimal)
            return false;
        token.clear();
        appendInt64(token, int64_t(el.get_int64()));
        return true; // normalizeNumber() of an integer's digits is the digits
    case T::BOOL:
        if (type != ValueType::Boolean)
            return false;
        token.assign(bool(el.get_bool()) ? "t" : "f", 1);
        return true;
    case T::STRING: {
        const std::string_view sv = el.get_string();
        const char *p = sv.data();
        const size_t n = sv.size();
        switch (type) {
        case ValueType::Uuid:
            for (size_t i = 0; i < n; ++i)
                if (p[i] >= 'A' && p[i] <= 'Z')
                    return false;
            [[fallthrough]];
        case ValueType::Text:
        case ValueType::Binary: // the base64 text itself
            token.assign(p, n);
            return true;
        case ValueType::Date:
            if (!isIsoDate(p, n))
                return false;
            token.assign(p, n);
            return true;
        case ValueType::Timestamp:
        case ValueType::TimestampTz:
            if (isCanonicalTimestamp(p, n)) {
                token.assign(p, n);
                return true;
            }
            if (n >= 25 && memcmp(p + n - 6, "+00:00", 6) == 0 && isCanonicalTimestamp(p, n - 6)) {
                token.assign(p, n - 6);
                return true;
            }
            return false;
        case ValueType::Decimal: {
            size_t fraction = 0;
            if (!isPlainDecimal(p, n, &fraction) || (scale >= 0 && fraction > size_t(scale)))
                return false;
            canonicalDecimal(p, n, token);
            return true;
        }
        default: return false;
        }
    }
    default: return false;
    }
}

bool jsonToCopy(simdjson::dom::element el, ValueType dumpType, ValueType targetType, QByteArray &out)
{
    using T = simdjson::dom::element_type;
    switch (el.type()) {
    case T::NULL_VALUE:
        out.append("\\N", 2);
        return true;
    case T::INT64: {
        if (targetType != ValueType::Integer && targetType != ValueType::Decimal && targetType != ValueType::Float)
            return false;
        char buf[24];
        const auto r = std::to_chars(buf, buf + sizeof buf, int64_t(el.get_int64()));
        out.append(buf, qsizetype(r.ptr - buf));
        return true;
    }
    case T::BOOL:
        if (targetType != ValueType::Boolean)
            return false;
        out.append(bool(el.get_bool()) ? 't' : 'f');
        return true;
    case T::STRING: {
        const std::string_view sv = el.get_string();
        const char *p = sv.data();
        const size_t n = sv.size();
        switch (targetType) {
        case ValueType::Text:
        case ValueType::Json:
        case ValueType::Uuid:
        case ValueType::Time:
            appendCopyText(out, QByteArray::fromRawData(p, qsizetype(n)));
            return true;
        case ValueType::Date:
            if (!isIsoDate(p, n))
                return false;
            out.append(p, qsizetype(n));
            return true;
        case ValueType::Timestamp:
        case ValueType::TimestampTz:
            if (isCanonicalTimestamp(p, n)) {
                out.append(p, qsizetype(n));
                return true;
            }
            if (n >= 25 && memcmp(p + n - 6, "+00:00", 6) == 0 && isCanonicalTimestamp(p, n - 6)) {
                out.append(p, qsizetype(n - 6));
                return true;
            }
            return false;
        case ValueType::Decimal:
        case ValueType::Float: {
            size_t fraction = 0;
            if (!isPlainDecimal(p, n, &fraction))
                return false;
            out.append(p, qsizetype(n));
            return true;
        }
        case ValueType::Binary: {
            if (dumpType != ValueType::Binary)
                return false;
            auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromRawData(p, qsizetype(n)), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return false;
            out.append("\\\\x", 3);
            out.append(decoded.decoded.toHex());
            return true;
        }
        default: return false;
        }
    }
    default: return false;
    }
}

bool jsonToSqlLiteral(simdjson::dom::element el, ValueType targetType, const SqlEscape &escape, std::string &out)
{
    using T = simdjson::dom::element_type;
    switch (el.type()) {
    case T::NULL_VALUE:
        out.append("NULL", 4);
        return true;
    case T::INT64:
        if (targetType == ValueType::Integer) {
            appendInt64(out, int64_t(el.get_int64()));
            return true;
        }
        if (targetType == ValueType::Boolean) {
            out.push_back(int64_t(el.get_int64()) != 0 ? '1' : '0');
            return true;
        }
        return false;
    case T::BOOL:
        if (targetType != ValueType::Boolean && targetType != ValueType::Integer)
            return false;
        out.push_back(bool(el.get_bool()) ? '1' : '0');
        return true;
    case T::STRING: {
        const std::string_view sv = el.get_string();
        const char *p = sv.data();
        const size_t n = sv.size();
        switch (targetType) {
        case ValueType::Text:
        case ValueType::Json:
        case ValueType::Uuid:
        case ValueType::Time:
            escape(out, p, n);
            return true;
        case ValueType::Date:
            if (!isIsoDate(p, n))
                return false;
            escape(out, p, n);
            return true;
        case ValueType::Timestamp:
        case ValueType::TimestampTz:
            if (isCanonicalTimestamp(p, n)) {
                escape(out, p, n);
                return true;
            }
            if (n >= 25 && memcmp(p + n - 6, "+00:00", 6) == 0 && isCanonicalTimestamp(p, n - 6)) {
                escape(out, p, n - 6);
                return true;
            }
            return false;
        case ValueType::Decimal: {
            size_t fraction = 0;
            if (!isPlainDecimal(p, n, &fraction))
                return false;
            escape(out, p, n); // bound as text
            return true;
        }
        default: return false;
        }
    }
    default: return false;
    }
}

bool variantToSqlLiteral(const QVariant &v, const SqlEscape &escape, std::string &out)
{
    if (v.isNull()) {
        out.append("NULL", 4);
        return true;
    }
    switch (v.metaType().id()) {
    case QMetaType::Bool: out.push_back(v.toBool() ? '1' : '0'); return true;
    case QMetaType::Int:
    case QMetaType::LongLong: appendInt64(out, v.toLongLong()); return true;
    case QMetaType::UInt:
    case QMetaType::ULongLong: {
        char buf[24];
        const auto r = std::to_chars(buf, buf + sizeof buf, quint64(v.toULongLong()));
        out.append(buf, size_t(r.ptr - buf));
        return true;
    }
    case QMetaType::Double: {
        const double d = v.toDouble();
        if (!std::isfinite(d))
            return false;
        char buf[64];
        const auto r = std::to_chars(buf, buf + sizeof buf, d); // shortest: read back as the same double
        out.append(buf, size_t(r.ptr - buf));
        return true;
    }
    case QMetaType::QByteArray: {
        const QByteArray hex = v.toByteArray().toHex();
        out.append("X'", 2);
        out.append(hex.constData(), size_t(hex.size()));
        out.push_back('\'');
        return true;
    }
    default: {
        const QByteArray utf8 = v.toString().toUtf8();
        escape(out, utf8.constData(), size_t(utf8.size()));
        return true;
    }
    }
}

// ---------------------------------------------------------------------------------------------------------
// Checksums

QByteArray canonicalToken(const Cell &cell, ValueType type, int scale)
{
    if (cell.kind == Cell::Null)
        return QByteArray("\x01N", 2);
    const QString text = cellText(cell);
    switch (type) {
    case ValueType::Integer:
    case ValueType::Decimal:
        if (cell.kind == Cell::Bool)
            return cell.boolean ? QByteArray("1") : QByteArray("0");
        return normalizeNumber(type == ValueType::Decimal ? roundDecimal(text, scale) : text).toUtf8();
    case ValueType::Float:
        if (cell.kind == Cell::String) {
            bool ok = false;
            const double d = text.toDouble(&ok);
            return normalizeNumber(ok ? shortestDouble(d) : text).toUtf8();
        }
        return normalizeNumber(cell.kind == Cell::Int ? shortestDouble(double(cell.integer)) : shortestDouble(cell.real)).toUtf8();
    case ValueType::Boolean: {
        if (cell.kind == Cell::Bool)
            return cell.boolean ? QByteArray("t") : QByteArray("f");
        if (cell.kind == Cell::Int)
            return cell.integer ? QByteArray("t") : QByteArray("f");
        bool ok = false;
        const bool b = parseBool(text, &ok);
        return ok ? (b ? QByteArray("t") : QByteArray("f")) : text.toUtf8();
    }
    case ValueType::Json: {
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &err);
        if (err.error == QJsonParseError::NoError && !doc.isNull())
            return doc.toJson(QJsonDocument::Compact);
        return text.toUtf8();
    }
    case ValueType::Uuid: return text.toLower().toUtf8();
    case ValueType::Date: return text.left(10).toUtf8();
    case ValueType::Time: return trimFraction(text).toUtf8();
    case ValueType::Timestamp:
    case ValueType::TimestampTz: return normalizeTimestamp(text).toUtf8();
    case ValueType::Binary:
    case ValueType::Text: return text.toUtf8();
    }
    return text.toUtf8();
}

TableDigest::TableDigest(const QList<DumpColumn> &columns)
{
    for (int i = 0; i < columns.size(); ++i) {
        m_order.append(i);
        m_types.append(columns.at(i).type);
        m_scales.append(columns.at(i).type == ValueType::Decimal ? columns.at(i).scale : -1);
    }
    std::sort(m_order.begin(), m_order.end(), [&columns](int a, int b) { return columns.at(a).name < columns.at(b).name; });
}

void TableDigest::addRow(const Row &row)
{
    m_tokens.resize(size_t(m_types.size()));
    for (int i = 0; i < m_types.size(); ++i) {
        if (i < row.size()) {
            const QByteArray t = canonicalToken(row.at(i), m_types.at(i), m_scales.at(i));
            m_tokens[size_t(i)].assign(t.constData(), size_t(t.size()));
        } else {
            m_tokens[size_t(i)].assign("\x01N", 2);
        }
    }
    addTokens(m_tokens);
}

void TableDigest::addTokens(const std::vector<std::string> &tokens)
{
    m_buffer.clear();
    for (int i : std::as_const(m_order)) {
        if (size_t(i) < tokens.size())
            m_buffer.append(tokens[size_t(i)]);
        else
            m_buffer.append("\x01N", 2);
        m_buffer.push_back('\x1f');
    }
    const Sha256::Digest h = Sha256::hash(QByteArrayView(m_buffer.data(), qsizetype(m_buffer.size())));
    quint64 a = 0, b = 0;
    memcpy(&a, h.data(), 8);
    memcpy(&b, h.data() + 8, 8);
    m_lane0 += a;
    m_lane1 += b;
    ++m_rows;
}

void TableDigest::appendRowInput(std::string &out, const std::vector<std::string> &tokens) const
{
    // what addTokens() hashes, behind its length: one resize, then the tokens in column-name order
    size_t total = 0;
    for (int i : std::as_const(m_order))
        total += (size_t(i) < tokens.size() ? tokens[size_t(i)].size() : 2) + 1;
    const size_t at = out.size();
    out.resize(at + 4 + total);
    char *o = out.data() + at;
    const quint32 n = quint32(total);
    memcpy(o, &n, 4);
    o += 4;
    for (int i : std::as_const(m_order)) {
        if (size_t(i) < tokens.size()) {
            const std::string &t = tokens[size_t(i)];
            memcpy(o, t.data(), t.size());
            o += t.size();
        } else {
            memcpy(o, "\x01N", 2);
            o += 2;
        }
        *o++ = '\x1f';
    }
}

void TableDigest::addRowInputs(const char *data, size_t size, quint64 &lane0, quint64 &lane1, qint64 &rows)
{
    size_t at = 0;
    while (at + 4 <= size) {
        quint32 n = 0;
        memcpy(&n, data + at, 4);
        at += 4;
        const Sha256::Digest h = Sha256::hash(QByteArrayView(data + at, qsizetype(n)));
        at += n;
        quint64 a = 0, b = 0;
        memcpy(&a, h.data(), 8);
        memcpy(&b, h.data() + 8, 8);
        lane0 += a;
        lane1 += b;
        ++rows;
    }
}

QString TableDigest::hex() const
{
    return QStringLiteral("%1%2").arg(m_lane0, 16, 16, QLatin1Char('0')).arg(m_lane1, 16, 16, QLatin1Char('0'));
}

} // namespace Godwit::Dump
