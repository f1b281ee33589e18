// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli.h"
#include "global/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// Output helpers shared by every godwit-cli command: results on stdout, one-line errors on stderr
// (secrets redacted), JSON errors as {"ok": false, "error": KIND, "message": …}.
namespace Godwit::Cli {

void printOut(const QString &text);
void printErr(const QString &text);
void printJson(const QJsonObject &object);
void printJsonArray(const QJsonArray &array);
int fail(const QString &message, int code = Failed);
int failJson(bool json, const Error &error, int code = Failed);
// Log lines from jobs go to stderr: warnings only, everything with GODWIT_VERBOSE=1.
void echoLogToStderr();

} // namespace Godwit::Cli
