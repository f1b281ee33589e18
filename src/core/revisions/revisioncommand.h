// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "global/result.h"

#include <QString>
#include <QStringList>

namespace Godwit {

class JobContext;

// upgrade / downgrade / stamp are run by the application's own tool (Alembic, `invenio alembic`, ...), never by
// Godwit: a migration runs the application's Python code. The command is a template:
//
//   alembic -c {config} {action} {sql} {target}
//   invenio alembic {action} {target}
//
// {config} is the alembic.ini, {action} upgrade|downgrade|stamp, {target} the revision, {sql} "--sql" for an
// offline preview (or nothing). Without {action}, action, --sql and target are appended; without {sql}, --sql
// follows the action. Words with spaces are "double-quoted". Passwords never go into the template: the tool reads them from its own configuration.
struct RevisionCommand
{
    enum class Action { Upgrade, Downgrade, Stamp };

    QString commandTemplate;  // empty: defaultTemplate()
    QString config;           // alembic.ini, for {config}
    QString workingDirectory; // empty: the config's folder

    // "alembic -c {config}" when an `alembic` executable is on the PATH, else "python3 -m alembic -c {config}"
    // (Debian's python3-alembic has no executable).
    static QString defaultTemplate();
    static QString actionName(Action action);
    static Result<Action> actionFromName(const QString &name);

    // The program and its arguments. Fails on an empty template, unbalanced quotes or a missing target.
    Result<QStringList> arguments(Action action, const QString &target, bool sql) const;
    QString effectiveWorkingDirectory() const;
};

struct RevisionCommandResult
{
    int exitCode = -1;
    QString standardOutput; // what the command printed on stdout (the SQL of an offline preview)
};

// Runs the command in a job: every line it prints goes to the job's log (secrets redacted; with captureOutput,
// standard output is only collected: the SQL of an offline preview), cancellation
// terminates it (then kills it after 5 s). Fails when it cannot start, exits non-zero or is cancelled; the
// error names the exit code and the last lines of output.
Result<RevisionCommandResult> runRevisionCommand(const QStringList &arguments, const QString &workingDirectory,
                                                 JobContext *job, bool captureOutput = false);

} // namespace Godwit
