// SPDX-License-Identifier: GPL-3.0-or-later
#include "output.h"
#include "log/log.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace Godwit::Cli {

void printOut(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stderr);
    std::fflush(stderr);
}

void printJson(const QJsonObject &object) { printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented))); }
void printJsonArray(const QJsonArray &array) { printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented))); }

int fail(const QString &message, int code)
{
    printErr(QStringLiteral("godwit-cli: error: %1\n").arg(redactSecrets(message)));
    return code;
}

int failJson(bool json, const Error &error, int code)
{
    if (json) {
        QJsonObject o;
        o[QStringLiteral("ok")] = false;
        o[QStringLiteral("error")] = errorKindName(error.kind);
        o[QStringLiteral("message")] = redactSecrets(error.message);
        printJson(o);
    }
    return fail(error.message, code);
}

void echoLogToStderr()
{
    const bool verbose = qEnvironmentVariableIntValue("GODWIT_VERBOSE") == 1;
    QObject::connect(Log::instance(), &Log::entryAdded, [verbose](const LogEntry &e) {
        if (verbose || e.level == LogEntry::Warning)
            printErr(QStringLiteral("[%1] %2\n").arg(e.source, e.message));
    });
}

} // namespace Godwit::Cli
