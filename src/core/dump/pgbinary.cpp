// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgbinary.h"
#include "valuecodec.h"

#include <charconv>
#include <cstring>

namespace Godwit::Dump {

namespace {

// Type OIDs fixed in PostgreSQL's catalog (pg_type.dat).
enum : unsigned {
    BoolOid = 16,
    ByteaOid = 17,
    NameOid = 19,
    Int8Oid = 20,
    Int2Oid = 21,
    Int4Oid = 23,
    TextOid = 25,
    OidOid = 26,
    JsonOid = 114,
    BpcharOid = 1042,
    VarcharOid = 1043,
    DateOid = 1082,
    TimeOid = 1083,
    TimestampOid = 1114,
    TimestampTzOid = 1184,
    NumericOid = 1700,
    UuidOid = 2950,
    JsonbOid = 3802,
};

constexpr std::int64_t UsecsPerDay = 86400000000LL;
constexpr std::int64_t PostgresEpochJdate = 2451545; // 2000-01-01

inline std::uint16_t be16(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    return std::uint16_t((u[0] << 8) | u[1]);
}
inline std::uint32_t be32(const char *p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    return (std::uint32_t(u[0]) << 24) | (std::uint32_t(u[1]) << 16) | (std::uint32_t(u[2]) << 8) | std::uint32_t(u[3]);
}
inline std::uint64_t be64(const char *p) { return (std::uint64_t(be32(p)) << 32) | be32(p + 4); }

template<typename T>
void appendNumber(std::string &out, T v)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, size_t(r.ptr - buf));
}

// pg_ultostr_zeropad(): at least width digits, written at o; returns the end.
inline char *putPadded(char *o, unsigned v, int width)
{
    if (width == 2 && v < 100) {
        o[0] = char('0' + v / 10);
        o[1] = char('0' + v % 10);
        return o + 2;
    }
    char buf[16];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    for (int k = int(r.ptr - buf); k < width; ++k)
        *o++ = '0';
    memcpy(o, buf, size_t(r.ptr - buf));
    return o + (r.ptr - buf);
}

// PostgreSQL's j2date() (src/backend/utils/adt/datetime.c), for a Julian day number.
void j2date(int jd, int *year, int *month, int *day)
{
    unsigned julian = unsigned(jd);
    julian += 32044;
    unsigned quad = julian / 146097;
    const unsigned extra = (julian - quad * 146097) * 4 + 3;
    julian += 60 + quad * 3 + extra / 146097;
    quad = julian / 1461;
    julian -= quad * 1461;
    int y = int(julian * 4 / 1461);
    julian = ((y != 0) ? ((julian + 305) % 365) : ((julian + 306) % 366)) + 123;
    y += int(quad * 4);
    *year = y - 4800;
    quad = julian * 2141 / 65536;
    *day = int(julian - 7834 * quad / 256);
    *month = int((quad + 10) % 12 + 1);
}

// EncodeDateOnly() in the ISO style, without the " BC" suffix, at o; *bc says whether it is due.
char *putDate(char *o, int jd, bool *bc)
{
    int y = 0, m = 0, d = 0;
    j2date(jd, &y, &m, &d);
    o = putPadded(o, unsigned(y > 0 ? y : -(y - 1)), 4);
    *o++ = '-';
    o = putPadded(o, unsigned(m), 2);
    *o++ = '-';
    o = putPadded(o, unsigned(d), 2);
    *bc = y <= 0;
    return o;
}

// HH:MM:SS[.ffffff without trailing zeros], as EncodeTimeOnly() and AppendSeconds() write it, at o.
char *putTime(char *o, std::int64_t usecs)
{
    const std::int64_t hour = usecs / 3600000000LL;
    usecs -= hour * 3600000000LL;
    const std::int64_t min = usecs / 60000000LL;
    usecs -= min * 60000000LL;
    const std::int64_t sec = usecs / 1000000LL;
    std::int64_t fsec = usecs - sec * 1000000LL;
    o = putPadded(o, unsigned(hour), 2);
    *o++ = ':';
    o = putPadded(o, unsigned(min), 2);
    *o++ = ':';
    o = putPadded(o, unsigned(sec), 2);
    if (fsec != 0) {
        *o++ = '.';
        for (int k = 5; k >= 0; --k) {
            o[k] = char('0' + fsec % 10);
            fsec /= 10;
        }
        int n = 6;
        while (o[n - 1] == '0')
            --n;
        o += n;
    }
    return o;
}

// Splits a timestamp as timestamp2tm() does: the Julian day and the microseconds into it; false beyond
// the Julian range (the server itself refuses such values, "timestamp out of range").
bool splitTimestamp(std::int64_t ts, int *jd, std::int64_t *usecs)
{
    std::int64_t time = ts;
    std::int64_t date = time / UsecsPerDay; // TMODULO
    if (date != 0)
        time -= date * UsecsPerDay;
    if (time < 0) {
        time += UsecsPerDay;
        date -= 1;
    }
    date += PostgresEpochJdate;
    if (date < 0 || date > INT32_MAX)
        return false;
    *jd = int(date);
    *usecs = time;
    return true;
}

// timestamp_out() / timestamptz_out() in a UTC session with DateStyle ISO, at o (room for 48 bytes).
char *putTimestamp(char *o, std::int64_t ts, bool withZone)
{
    if (ts == INT64_MIN) {
        memcpy(o, "-infinity", 9);
        return o + 9;
    }
    if (ts == INT64_MAX) {
        memcpy(o, "infinity", 8);
        return o + 8;
    }
    int jd = 0;
    std::int64_t time = 0;
    if (!splitTimestamp(ts, &jd, &time))
        return nullptr;
    bool bc = false;
    o = putDate(o, jd, &bc);
    *o++ = ' ';
    o = putTime(o, time);
    if (withZone) {
        memcpy(o, "+00", 3);
        o += 3;
    }
    if (bc) {
        memcpy(o, " BC", 3);
        o += 3;
    }
    return o;
}

bool appendTimestamp(std::string &out, std::int64_t ts, bool withZone)
{
    char buf[64];
    char *end = putTimestamp(buf, ts, withZone);
    if (!end)
        return false;
    out.append(buf, size_t(end - buf));
    return true;
}

// get_str_from_var() of numeric.c: the digits in base 10000, the weight of the first, the display scale.
bool appendNumeric(std::string &out, const char *p, std::size_t n)
{
    if (n < 8)
        return false;
    const int ndigits = std::int16_t(be16(p));
    const int weight = std::int16_t(be16(p + 2));
    const unsigned sign = be16(p + 4);
    const int dscale = std::int16_t(be16(p + 6));
    if (ndigits < 0 || dscale < 0 || n != 8 + 2 * std::size_t(ndigits))
        return false;
    switch (sign) {
    case 0x0000:
    case 0x4000: break;
    case 0xC000: out.append("NaN"); return true;
    case 0xD000: out.append("Infinity"); return true;
    case 0xF000: out.append("-Infinity"); return true;
    default: return false;
    }
    auto digit = [&](int d) -> int {
        return (d >= 0 && d < ndigits) ? int(be16(p + 8 + 2 * d)) : 0;
    };
    for (int d = 0; d < ndigits; ++d)
        if (digit(d) > 9999)
            return false;
    // At most 4 digits per group before the point, the scale rounded up to whole groups after it.
    const std::size_t start = out.size();
    out.resize(start + 3 + 4 * std::size_t(weight >= 0 ? weight + 1 : 1) + std::size_t(dscale) + 4);
    char *o = out.data() + start;
    if (sign == 0x4000)
        *o++ = '-';
    int d = 0;
    if (weight < 0) {
        d = weight + 1;
        *o++ = '0';
    } else {
        for (d = 0; d <= weight; ++d) {
            int dig = digit(d);
            bool putit = d > 0;
            for (int div = 1000; div >= 10; div /= 10) {
                const int d1 = dig / div;
                dig -= d1 * div;
                putit = putit || d1 > 0;
                if (putit)
                    *o++ = char('0' + d1);
            }
            *o++ = char('0' + dig);
        }
    }
    if (dscale > 0) {
        *o++ = '.';
        char *const end = o + dscale;
        for (int i = 0; i < dscale; ++d, i += 4) {
            int dig = digit(d);
            for (int div = 1000; div >= 1; div /= 10) {
                const int d1 = dig / div;
                dig -= d1 * div;
                *o++ = char('0' + d1);
            }
        }
        o = end; // the last group's digits beyond the scale
    }
    out.resize(std::size_t(o - out.data()));
    return true;
}

inline void appendQuoted(std::string &json, const char *p, std::size_t n)
{
    const std::size_t at = json.size();
    json.resize(at + n + 2);
    char *o = json.data() + at;
    o[0] = '"';
    memcpy(o + 1, p, n);
    o[n + 1] = '"';
}

} // namespace

int pgBinaryFast(PgBinaryKind kind, const DumpColumn &column, const char *p, std::size_t n, std::string *json, std::string &token,
                 std::string &scratch)
{
    char buf[64];
    std::int64_t v = 0;
    switch (kind) {
    case PgBinaryKind::Int2:
    case PgBinaryKind::Int4:
    case PgBinaryKind::Int8:
    case PgBinaryKind::Oid: {
        if (kind == PgBinaryKind::Int2 && n == 2)
            v = std::int16_t(be16(p));
        else if (kind == PgBinaryKind::Int4 && n == 4)
            v = std::int32_t(be32(p));
        else if (kind == PgBinaryKind::Oid && n == 4)
            v = be32(p);
        else if (kind == PgBinaryKind::Int8 && n == 8)
            v = std::int64_t(be64(p));
        else
            return -1;
        // textFieldFast() writes up to 15 digits as a JSON number; longer ones take the general way
        if (column.type != ValueType::Integer || v > 999999999999999LL || v < -999999999999999LL)
            return 0;
        const auto r = std::to_chars(buf, buf + sizeof buf, v);
        token.assign(buf, size_t(r.ptr - buf));
        if (json)
            json->append(buf, size_t(r.ptr - buf));
        return 1;
    }
    case PgBinaryKind::Bool:
        if (n != 1)
            return -1;
        if (column.type != ValueType::Boolean)
            return 0;
        token.assign(p[0] ? "t" : "f", 1);
        if (json)
            json->append(p[0] ? "true" : "false");
        return 1;
    case PgBinaryKind::Timestamp:
    case PgBinaryKind::TimestampTz: {
        if (n != 8)
            return -1;
        const bool zone = kind == PgBinaryKind::TimestampTz;
        if (column.type != (zone ? ValueType::TimestampTz : ValueType::Timestamp))
            return 0;
        int jd = 0;
        std::int64_t time = 0;
        const std::int64_t ts = std::int64_t(be64(p));
        if (ts == INT64_MIN || ts == INT64_MAX || !splitTimestamp(ts, &jd, &time))
            return ts == INT64_MIN || ts == INT64_MAX ? 0 : -1;
        // textFieldFast() takes four-digit years from 1000 (2451545 is 2000-01-01; 1721426 is 0001-01-01)
        if (jd < 2086303 /* 1000-01-01 */ || jd > 5373484 /* 9999-12-31 */)
            return 0;
        bool bc = false;
        char *o = putDate(buf, jd, &bc);
        *o++ = ' ';
        o = putTime(o, time);
        const std::size_t len = size_t(o - buf);
        token.assign(buf, len);
        if (json) {
            if (zone) {
                memcpy(o, "+00:00", 6);
                appendQuoted(*json, buf, len + 6);
            } else {
                appendQuoted(*json, buf, len);
            }
        }
        return 1;
    }
    case PgBinaryKind::Date: {
        if (n != 4)
            return -1;
        if (column.type != ValueType::Date)
            return 0;
        const std::int64_t jd = std::int64_t(std::int32_t(be32(p))) + PostgresEpochJdate;
        if (jd < 2086303 || jd > 5373484)
            return 0;
        bool bc = false;
        const std::size_t len = size_t(putDate(buf, int(jd), &bc) - buf);
        token.assign(buf, len);
        if (json)
            appendQuoted(*json, buf, len);
        return 1;
    }
    case PgBinaryKind::Numeric: {
        if (column.type != ValueType::Decimal || n < 8)
            return n < 8 ? -1 : 0;
        // textFieldFast() of the text: NaN and the infinities, and more decimals than the column's scale
        // (rounded by the general way), are not for here
        const unsigned sign = be16(p + 4);
        const int dscale = std::int16_t(be16(p + 6));
        if ((sign != 0x0000 && sign != 0x4000) || (dscale > 0 && column.scale >= 0 && dscale > column.scale))
            return 0;
        scratch.clear();
        if (!appendNumeric(scratch, p, n))
            return -1;
        if (json)
            appendQuoted(*json, scratch.data(), scratch.size());
        // the token: canonicalDecimal(), no trailing zero in the fraction, no "-0"
        size_t end = scratch.size();
        if (dscale > 0) {
            while (scratch[end - 1] == '0')
                --end;
            if (scratch[end - 1] == '.')
                --end;
        }
        if (end == 2 && scratch[0] == '-' && scratch[1] == '0')
            token.assign("0", 1);
        else
            token.assign(scratch.data(), end);
        return 1;
    }
    case PgBinaryKind::Uuid: {
        if (n != 16)
            return -1;
        if (column.type != ValueType::Uuid && column.type != ValueType::Text)
            return 0;
        token.clear();
        pgBinaryToText(kind, p, n, token);
        if (json)
            appendQuoted(*json, token.data(), token.size());
        return 1;
    }
    case PgBinaryKind::Text:
        return textFieldFast(p, n, column, true, json, token) ? 1 : 0;
    case PgBinaryKind::Jsonb:
        if (n < 1 || p[0] != 1)
            return -1;
        return textFieldFast(p + 1, n - 1, column, true, json, token) ? 1 : 0;
    case PgBinaryKind::Unsupported:
    case PgBinaryKind::Time:
    case PgBinaryKind::Bytea: break;
    }
    // the rest: as text, the way COPY's text format goes
    scratch.clear();
    if (!pgBinaryToText(kind, p, n, scratch))
        return -1;
    return textFieldFast(scratch.data(), scratch.size(), column, true, json, token) ? 1 : 0;
}

PgBinaryKind pgBinaryKind(unsigned oid)
{
    switch (oid) {
    case BoolOid: return PgBinaryKind::Bool;
    case ByteaOid: return PgBinaryKind::Bytea;
    case NameOid:
    case TextOid:
    case JsonOid:
    case BpcharOid:
    case VarcharOid: return PgBinaryKind::Text;
    case Int8Oid: return PgBinaryKind::Int8;
    case Int2Oid: return PgBinaryKind::Int2;
    case Int4Oid: return PgBinaryKind::Int4;
    case OidOid: return PgBinaryKind::Oid;
    case DateOid: return PgBinaryKind::Date;
    case TimeOid: return PgBinaryKind::Time;
    case TimestampOid: return PgBinaryKind::Timestamp;
    case TimestampTzOid: return PgBinaryKind::TimestampTz;
    case NumericOid: return PgBinaryKind::Numeric;
    case UuidOid: return PgBinaryKind::Uuid;
    case JsonbOid: return PgBinaryKind::Jsonb;
    default: return PgBinaryKind::Unsupported;
    }
}

bool pgBinaryToText(PgBinaryKind kind, const char *p, std::size_t n, std::string &out)
{
    static const char hex[] = "0123456789abcdef";
    switch (kind) {
    case PgBinaryKind::Unsupported: return false;
    case PgBinaryKind::Text: out.append(p, n); return true;
    case PgBinaryKind::Bool:
        if (n != 1)
            return false;
        out.push_back(p[0] ? 't' : 'f'); // boolout(), as COPY's text format writes a raw column
        return true;
    case PgBinaryKind::Int2:
        if (n != 2)
            return false;
        appendNumber(out, std::int16_t(be16(p)));
        return true;
    case PgBinaryKind::Int4:
        if (n != 4)
            return false;
        appendNumber(out, std::int32_t(be32(p)));
        return true;
    case PgBinaryKind::Oid:
        if (n != 4)
            return false;
        appendNumber(out, be32(p));
        return true;
    case PgBinaryKind::Int8:
        if (n != 8)
            return false;
        appendNumber(out, std::int64_t(be64(p)));
        return true;
    case PgBinaryKind::Numeric: return appendNumeric(out, p, n);
    case PgBinaryKind::Date: {
        if (n != 4)
            return false;
        const std::int32_t days = std::int32_t(be32(p));
        if (days == INT32_MIN) {
            out.append("-infinity");
            return true;
        }
        if (days == INT32_MAX) {
            out.append("infinity");
            return true;
        }
        const std::int64_t jd = std::int64_t(days) + PostgresEpochJdate;
        if (jd < 0 || jd > INT32_MAX)
            return false;
        char buf[32];
        bool bc = false;
        char *o = putDate(buf, int(jd), &bc);
        if (bc) {
            memcpy(o, " BC", 3);
            o += 3;
        }
        out.append(buf, size_t(o - buf));
        return true;
    }
    case PgBinaryKind::Time: {
        if (n != 8)
            return false;
        const std::int64_t usecs = std::int64_t(be64(p));
        if (usecs < 0 || usecs > UsecsPerDay)
            return false;
        char buf[24];
        out.append(buf, size_t(putTime(buf, usecs) - buf));
        return true;
    }
    case PgBinaryKind::Timestamp:
    case PgBinaryKind::TimestampTz:
        return n == 8 && appendTimestamp(out, std::int64_t(be64(p)), kind == PgBinaryKind::TimestampTz);
    case PgBinaryKind::Uuid: {
        if (n != 16)
            return false;
        char buf[36];
        char *o = buf;
        for (std::size_t i = 0; i < 16; ++i) {
            if (i == 4 || i == 6 || i == 8 || i == 10)
                *o++ = '-';
            const auto b = static_cast<unsigned char>(p[i]);
            *o++ = hex[b >> 4];
            *o++ = hex[b & 15];
        }
        out.append(buf, sizeof buf);
        return true;
    }
    case PgBinaryKind::Bytea: {
        const std::size_t start = out.size();
        out.resize(start + 2 + 2 * n);
        char *o = out.data() + start;
        *o++ = '\\';
        *o++ = 'x';
        for (std::size_t i = 0; i < n; ++i) {
            const auto b = static_cast<unsigned char>(p[i]);
            *o++ = hex[b >> 4];
            *o++ = hex[b & 15];
        }
        return true;
    }
    case PgBinaryKind::Jsonb:
        if (n < 1 || p[0] != 1)
            return false;
        out.append(p + 1, n - 1);
        return true;
    }
    return false;
}

} // namespace Godwit::Dump
