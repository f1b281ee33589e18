// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the dump code (it exposes simdjson): one conversion of a parsed JSON value into a Cell, for
// dump lines and Django fixtures alike.

#include "valuecodec.h"

#include <simdjson.h>

#include <functional>
#include <string>
#include <vector>

namespace Godwit::Dump {

// Scalars become cells of their kind (integers beyond int64 as strings, doubles in shortest form). Arrays
// and objects become a String cell of their minified JSON text (a JSONField's value) when nested is null,
// and set *nested otherwise.
Cell cellFromJson(simdjson::dom::element element, bool *nested = nullptr);

// A dump line parsed into its values, as simdjson elements valid until the next parse: the fast paths of
// verification and of loads read these without making cells. Same checks and messages as RowParser.
class ElementRow
{
public:
    bool parse(const QByteArray &line, QString *error);
    int size() const { return int(m_elements.size()); }
    simdjson::dom::element at(int i) const { return m_elements[size_t(i)]; }

private:
    simdjson::dom::parser m_parser;
    std::vector<simdjson::dom::element> m_elements;
};

// canonicalToken(cellFromJson(element), type, scale), straight from the element for the common cases
// (integers, text, booleans, dates, timestamps, decimals, uuids, base64); false for the rest.
bool jsonToken(simdjson::dom::element element, ValueType type, int scale, std::string &token);
// appendCopyCell(out, cellFromJson(element), dumpType, targetType) for the common cases; false (nothing
// appended) for the rest, which take that general path.
bool jsonToCopy(simdjson::dom::element element, ValueType dumpType, ValueType targetType, QByteArray &out);
// The MariaDB/MySQL literal of what bindValue(cellFromJson(element), …, Engine::MySQL) binds, for the common
// cases; false (nothing appended) for the rest. escape quotes a string literal ('…', the connection's rules).
using SqlEscape = std::function<void(std::string &out, const char *utf8, size_t size)>;
bool jsonToSqlLiteral(simdjson::dom::element element, ValueType targetType, const SqlEscape &escape, std::string &out);
// The literal of a value bindValue() made for MySQL; false for what has none (a non-finite double).
bool variantToSqlLiteral(const QVariant &value, const SqlEscape &escape, std::string &out);

} // namespace Godwit::Dump
