// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/jobmanager.h"

#include <QObject>
#include <QTextStream>
#include <QTimer>

namespace Godwit::Cli {

bool stderrIsTerminal();
bool stdinIsTerminal();
// Reads a secret from the terminal without echo; empty on failure.
QString promptSecret(const QString &prompt);
// Reads the first line of standard input (for --password-stdin).
QString readStdinLine();
// True once SIGINT/SIGTERM arrived; installs the handler on first call.
bool interrupted();
void installInterruptHandler();

// Shows a job's progress on stderr: a redrawn bar on a terminal, plain lines otherwise.
class ProgressPrinter : public QObject
{
    Q_OBJECT
public:
    ProgressPrinter(JobManager *jobs, JobId id, bool quiet);
    void finish();

private:
    void tick();
    JobManager *m_jobs;
    JobId m_id;
    bool m_tty;
    bool m_quiet;
    QTimer m_timer;
    QString m_lastStep;
    qint64 m_lastPlainMs = 0;
    bool m_drewBar = false;
};

// Runs one job to its end in this (main) thread's event loop, with progress on stderr and Ctrl-C canceling it.
JobOutcome runJob(JobManager &jobs, const QString &title, JobFunction fn, bool quiet = false);

} // namespace Godwit::Cli
