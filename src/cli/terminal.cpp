// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminal.h"
#include "jobs/jobsmodel.h"

#include <QEventLoop>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace Godwit::Cli {

namespace {
std::atomic<bool> g_interrupted{false};
extern "C" void onSignal(int) { g_interrupted = true; }
} // namespace

bool stderrIsTerminal() { return ::isatty(STDERR_FILENO) == 1; }
bool stdinIsTerminal() { return ::isatty(STDIN_FILENO) == 1; }

void installInterruptHandler()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

bool interrupted() { return g_interrupted.load(); }

QString readStdinLine()
{
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

QString promptSecret(const QString &prompt)
{
    if (!stdinIsTerminal())
        return {};
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    termios old {};
    const bool haveTerm = tcgetattr(STDIN_FILENO, &old) == 0;
    if (haveTerm) {
        termios silent = old;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    const QString secret = readStdinLine();
    if (haveTerm)
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fputs("\n", stderr);
    return secret;
}

ProgressPrinter::ProgressPrinter(JobManager *jobs, JobId id, bool quiet)
    : m_jobs(jobs), m_id(id), m_tty(stderrIsTerminal()), m_quiet(quiet)
{
    m_timer.setInterval(m_tty ? 150 : 1000);
    connect(&m_timer, &QTimer::timeout, this, &ProgressPrinter::tick);
    if (!m_quiet)
        m_timer.start();
}

void ProgressPrinter::tick()
{
    if (interrupted() && m_jobs->isRunning(m_id))
        m_jobs->cancel(m_id);
    const JobSnapshot s = m_jobs->snapshot(m_id);
    if (s.status != JobStatus::Running)
        return;
    QString rate = s.done > 0 ? QStringLiteral("%1 %2/s").arg(JobsModel::formatCount(s.throughput), s.unit.isEmpty() ? QStringLiteral("items") : s.unit)
                              : QString();
    if (m_tty) {
        QString line;
        if (s.total > 0) {
            const int width = 28;
            const int filled = int(qBound<qint64>(0, s.done * width / s.total, qint64(width)));
            line = QStringLiteral("[%1%2] %3% ").arg(QString(filled, u'#'), QString(width - filled, u' '))
                       .arg(s.done * 100 / s.total, 3);
        } else {
            static const char spin[] = "|/-\\";
            line = QStringLiteral("[%1] ").arg(QLatin1Char(spin[(s.elapsedMs / 150) % 4]));
        }
        line += s.title;
        if (!s.step.isEmpty())
            line += QStringLiteral(" · ") + s.step;
        if (!rate.isEmpty())
            line += QStringLiteral(" · ") + rate;
        line += QStringLiteral(" · ") + JobsModel::formatDuration(s.elapsedMs);
        if (s.etaMs > 0)
            line += QStringLiteral(" (ETA %1)").arg(JobsModel::formatDuration(s.etaMs));
        line = line.left(118);
        std::fprintf(stderr, "\r\033[K%s", line.toLocal8Bit().constData());
        std::fflush(stderr);
        m_drewBar = true;
    } else if (s.step != m_lastStep || s.elapsedMs - m_lastPlainMs >= 5000) {
        m_lastStep = s.step;
        m_lastPlainMs = s.elapsedMs;
        QString line = s.title + QStringLiteral(": ") + (s.step.isEmpty() ? QStringLiteral("running") : s.step);
        if (s.total > 0)
            line += QStringLiteral(" %1/%2").arg(s.done).arg(s.total);
        if (!rate.isEmpty())
            line += QStringLiteral(" (%1)").arg(rate);
        std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    }
}

void ProgressPrinter::finish()
{
    m_timer.stop();
    if (m_drewBar) {
        std::fputs("\r\033[K", stderr);
        std::fflush(stderr);
    }
}

JobOutcome runJob(JobManager &jobs, const QString &title, JobFunction fn, bool quiet)
{
    installInterruptHandler();
    QEventLoop loop;
    JobOutcome result;
    bool done = false;
    const JobId id = jobs.start(title, std::move(fn), nullptr, [&](const JobOutcome &o) {
        result = o;
        done = true;
        loop.quit();
    });
    ProgressPrinter printer(&jobs, id, quiet);
    QTimer interruptWatch;
    QObject::connect(&interruptWatch, &QTimer::timeout, &loop, [&] {
        if (interrupted())
            jobs.cancel(id);
    });
    interruptWatch.start(100);
    if (!done)
        loop.exec();
    printer.finish();
    return result;
}

} // namespace Godwit::Cli
