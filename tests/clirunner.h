// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs godwit-cli (its path comes from CMake as GODWIT_CLI_PATH) the way a user or a script does.

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QStringList>

#ifndef GODWIT_CLI_PATH
#error "GODWIT_CLI_PATH must name the godwit-cli executable"
#endif

namespace GodwitTest {

struct CliRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QStringList errLines() const
    {
        return QString::fromUtf8(err).split(u'\n', Qt::SkipEmptyParts);
    }
    // For failure messages.
    QByteArray summary() const
    {
        return "exit " + QByteArray::number(exitCode) + (finished ? "" : " (not finished)") + "\n--- stdout:\n" + out
            + "\n--- stderr:\n" + err;
    }
};

inline QString cliPath() { return QString::fromUtf8(GODWIT_CLI_PATH); }

inline CliRun runCli(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 60000,
                     const QStringList &extraEnv = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GODWIT_NO_KEYCHAIN"), QStringLiteral("1"));
    env.remove(QStringLiteral("GODWIT_WORKSPACE"));
    env.remove(QStringLiteral("GODWIT_PASSWORD"));
    env.remove(QStringLiteral("GODWIT_VERBOSE"));
    for (const QString &assignment : extraEnv)
        env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
    process.setProcessEnvironment(env);
    process.setProgram(cliPath());
    process.setArguments(arguments);
    QElapsedTimer clock;
    clock.start();
    process.start();
    CliRun run;
    if (!process.waitForStarted(10000))
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.elapsedMs = clock.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace GodwitTest
