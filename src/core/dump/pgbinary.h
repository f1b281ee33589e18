// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dumpformat.h"

#include <cstdint>
#include <string>

namespace Godwit::Dump {

// PostgreSQL's binary COPY format, for exports: the server sends integers, numerics, dates and timestamps
// without formatting them (a third less work on the server than COPY's text format), and the client writes
// exactly the text the server's output function would have written (ISO dates, UTC, as
// prepareSession() sets the session up), so that both paths give the same dump bytes.
enum class PgBinaryKind : std::uint8_t {
    Unsupported, // select the column ::text, or read the table in the text format
    Text,        // text, varchar, bpchar, name, json, and anything selected ::text: the bytes as they are
    Bool,        // as boolout() writes it: t / f (a Boolean column takes both forms alike)
    Int2,
    Int4,
    Int8,
    Oid,
    Numeric,
    Date,
    Time,
    Timestamp,
    TimestampTz, // in the UTC session: "…+00"
    Uuid,
    Bytea, // bytea_output = hex: \x…
    Jsonb, // a version byte, then the text
};

// The kind for a column's type OID (PQftype), Unsupported for what the client does not format itself.
PgBinaryKind pgBinaryKind(unsigned oid);

// Appends the text of one non-NULL field to out; false if the bytes are not a valid value of that kind.
bool pgBinaryToText(PgBinaryKind kind, const char *p, std::size_t n, std::string &out);

// What textFieldFast() makes of that text (the dump value appended to *json, the checksum token), straight
// from the binary form: 1 done, 0 for what takes the general way (cellFromValue() of the text), -1 if the
// bytes are not a valid value.
int pgBinaryFast(PgBinaryKind kind, const DumpColumn &column, const char *p, std::size_t n, std::string *json, std::string &token,
                 std::string &scratch);

} // namespace Godwit::Dump
