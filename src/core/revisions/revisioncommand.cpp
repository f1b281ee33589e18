// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisioncommand.h"

#include "jobs/jobmanager.h"
#include "log/log.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace Godwit {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Godwit::RevisionCommand", text);
}

} // namespace

QString RevisionCommand::defaultTemplate()
{
    if (!QStandardPaths::findExecutable(QStringLiteral("alembic")).isEmpty())
        return QStringLiteral("alembic -c {config}");
    return QStringLiteral("python3 -m alembic -c {config}");
}

QString RevisionCommand::actionName(Action action)
{
    switch (action) {
    case Action::Upgrade: return QStringLiteral("upgrade");
    case Action::Downgrade: return QStringLiteral("downgrade");
    case Action::Stamp: return QStringLiteral("stamp");
    }
    return {};
}

Result<RevisionCommand::Action> RevisionCommand::actionFromName(const QString &name)
{
    for (Action a : {Action::Upgrade, Action::Downgrade, Action::Stamp})
        if (actionName(a) == name)
            return a;
    return Error::make(ErrorKind::InvalidInput, tr("unknown action “%1” (upgrade, downgrade or stamp)").arg(name));
}

QString RevisionCommand::effectiveWorkingDirectory() const
{
    if (!workingDirectory.isEmpty())
        return workingDirectory;
    if (!config.isEmpty())
        return QFileInfo(config).absolutePath();
    return {};
}

Result<QStringList> RevisionCommand::arguments(Action action, const QString &target, bool sql) const
{
    const QString templ = commandTemplate.trimmed().isEmpty() ? defaultTemplate() : commandTemplate.trimmed();
    if (target.trimmed().isEmpty())
        return Error::make(ErrorKind::InvalidInput, tr("give the revision to %1 to").arg(actionName(action)));
    if (templ.count(u'"') % 2 != 0) // QProcess::splitCommand's quoting: double quotes only
        return Error::make(ErrorKind::InvalidInput, tr("the command has an unbalanced quote: %1").arg(templ));
    const QStringList words = QProcess::splitCommand(templ);
    if (words.isEmpty())
        return Error::make(ErrorKind::InvalidInput, tr("the command is empty"));
    if (templ.contains(QLatin1String("{config}")) && config.isEmpty())
        return Error::make(ErrorKind::InvalidInput, tr("the command needs {config}: open an alembic.ini first"));

    QStringList out;
    bool sawAction = false, sawSql = false, sawTarget = false;
    for (const QString &word : words) {
        if (word == QLatin1String("{sql}")) {
            sawSql = true;
            if (sql)
                out << QStringLiteral("--sql");
            continue;
        }
        QString w = word;
        if (w.contains(QLatin1String("{action}"))) {
            sawAction = true;
            w.replace(QLatin1String("{action}"), actionName(action));
            out << w;
            if (sql && !templ.contains(QLatin1String("{sql}")))
                out << QStringLiteral("--sql"), sawSql = true;
            continue;
        }
        if (w.contains(QLatin1String("{target}")))
            sawTarget = true;
        w.replace(QLatin1String("{config}"), config).replace(QLatin1String("{target}"), target);
        out << w;
    }
    if (!sawAction) {
        out << actionName(action);
        if (sql && !sawSql)
            out << QStringLiteral("--sql");
    }
    if (!sawTarget)
        out << target;
    return out;
}

Result<RevisionCommandResult> runRevisionCommand(const QStringList &arguments, const QString &workingDirectory, JobContext *job,
                                                 bool captureOutput)
{
    if (arguments.isEmpty())
        return Error::make(ErrorKind::InvalidInput, tr("the command is empty"));
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1")); // lines as they happen
    process.setProcessEnvironment(env);
    const QString shown = redactSecrets(arguments.join(u' '));
    if (job)
        job->log(tr("Running %1").arg(shown));
    process.start(arguments.first(), arguments.mid(1));
    if (!process.waitForStarted(30000))
        return Error::make(ErrorKind::NotFound, tr("cannot run %1: %2").arg(arguments.first(), process.errorString()));

    RevisionCommandResult result;
    QByteArray pendingErr;
    QStringList tail; // the last lines, for the error message
    auto emitLines = [&](QByteArray &buffer, bool flush) {
        qsizetype start = 0;
        for (;;) {
            const qsizetype nl = buffer.indexOf('\n', start);
            if (nl < 0)
                break;
            const QString line = QString::fromUtf8(buffer.mid(start, nl - start)).trimmed();
            start = nl + 1;
            if (line.isEmpty())
                continue;
            if (job) {
                job->log(line);
                job->setStatus(line.left(120));
            }
            tail << line;
            if (tail.size() > 4)
                tail.removeFirst();
        }
        buffer.remove(0, start);
        if (flush && !buffer.trimmed().isEmpty()) {
            const QString line = QString::fromUtf8(buffer).trimmed();
            if (job)
                job->log(line);
            tail << line;
            buffer.clear();
        }
    };
    QByteArray out;
    bool canceled = false;
    QElapsedTimer sinceTerminate;
    while (process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(200);
        out += process.readAllStandardOutput();
        pendingErr += process.readAllStandardError();
        emitLines(pendingErr, false);
        if (!captureOutput) {
            result.standardOutput += QString::fromUtf8(out.left(out.lastIndexOf('\n') + 1));
            emitLines(out, false);
        }
        if (job && job->isCanceled() && !canceled) {
            canceled = true;
            process.terminate();
            sinceTerminate.start();
        }
        if (canceled && sinceTerminate.elapsed() > 5000)
            process.kill();
    }
    out += process.readAllStandardOutput();
    pendingErr += process.readAllStandardError();
    emitLines(pendingErr, true);
    result.standardOutput += QString::fromUtf8(out);
    if (!captureOutput)
        emitLines(out, true);
    if (canceled)
        return job ? job->canceledError() : Error::make(ErrorKind::Canceled, tr("canceled"));
    if (process.exitStatus() != QProcess::NormalExit)
        return Error::make(ErrorKind::Other, tr("%1 crashed").arg(arguments.first()));
    result.exitCode = process.exitCode();
    if (result.exitCode != 0) {
        if (tail.isEmpty()) {
            const QStringList outLines = result.standardOutput.trimmed().split(u'\n');
            tail = outLines.mid(std::max<qsizetype>(0, outLines.size() - 3));
        }
        return Error::make(ErrorKind::Other, tr("%1 exited with code %2: %3")
                                                 .arg(QFileInfo(arguments.first()).fileName())
                                                 .arg(result.exitCode)
                                                 .arg(redactSecrets(tail.join(QStringLiteral(" / ")))));
    }
    return result;
}

} // namespace Godwit
