// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the dump code (it exposes simdjson): one conversion of a parsed JSON value into a Cell, for
// dump lines and Django fixtures alike.

#include "valuecodec.h"

#include <simdjson.h>

namespace Godwit::Dump {

// Scalars become cells of their kind (integers beyond int64 as strings, doubles in shortest form). Arrays
// and objects become a String cell of their minified JSON text (a JSONField's value) when nested is null,
// and set *nested otherwise.
Cell cellFromJson(simdjson::dom::element element, bool *nested = nullptr);

} // namespace Godwit::Dump
