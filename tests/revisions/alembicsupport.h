// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Running real Alembic (python3-alembic) from the tests, and comparing its output with Godwit's.
// Header-only: the tests never compile core sources.

#include "revisions/revisiongraph.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringList>

#include <algorithm>

namespace GodwitTest {

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
    bool ok() const { return exitCode == 0; }
    QString both() const { return out + err; }
};

// Finds Alembic once: $GODWIT_ALEMBIC (a command line), `alembic` on the PATH, or `python3 -m alembic` with
// Debian's python3 (the python3-alembic package has no `alembic` executable).
class Alembic
{
public:
    static const Alembic &instance()
    {
        static const Alembic a;
        return a;
    }
    bool available() const { return !m_program.isEmpty(); }
    QString version() const { return m_version; }
    // The command, as a Godwit command template ("/usr/bin/python3 -m alembic -c {config}").
    QString commandTemplate() const { return (QStringList{m_program} + m_prefix).join(u' ') + QStringLiteral(" -c {config}"); }
    QString problem() const
    {
        return QStringLiteral("Alembic not found (tried $GODWIT_ALEMBIC, alembic, /usr/bin/python3 -m alembic, python3 -m alembic): "
                              "install python3-alembic (apt install python3-alembic)");
    }

    ProcessResult run(const QString &dir, const QStringList &args, int timeoutMs = 180000) const
    {
        QProcess p;
        p.setWorkingDirectory(dir);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PYTHONHASHSEED"), QStringLiteral("0"));
        env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
        p.start(m_program, m_prefix + args);
        ProcessResult r;
        if (!p.waitForStarted(30000) || !p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished(5000);
            r.err = QStringLiteral("alembic %1 did not finish").arg(args.join(u' '));
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private:
    Alembic()
    {
        QList<QStringList> candidates;
        const QString fromEnv = qEnvironmentVariable("GODWIT_ALEMBIC");
        if (!fromEnv.isEmpty())
            candidates.append(fromEnv.split(u' ', Qt::SkipEmptyParts));
        const QString exe = QStandardPaths::findExecutable(QStringLiteral("alembic"));
        if (!exe.isEmpty())
            candidates.append({exe});
        candidates.append({QStringLiteral("/usr/bin/python3"), QStringLiteral("-m"), QStringLiteral("alembic")});
        candidates.append({QStringLiteral("python3"), QStringLiteral("-m"), QStringLiteral("alembic")});
        for (const QStringList &c : std::as_const(candidates)) {
            QProcess p;
            p.start(c.first(), c.mid(1) + QStringList{QStringLiteral("--version")});
            if (!p.waitForFinished(60000) || p.exitCode() != 0)
                continue;
            const QString v = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
            if (!v.startsWith(QLatin1String("alembic")))
                continue;
            m_program = c.first();
            m_prefix = c.mid(1);
            m_version = v;
            return;
        }
    }
    QString m_program;
    QStringList m_prefix;
    QString m_version;
};

inline bool writeText(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(text.toUtf8());
    return true;
}

inline QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// Non-empty lines.
inline QStringList outputLines(const QString &text)
{
    QStringList out;
    for (const QString &l : text.split(u'\n'))
        if (!l.trimmed().isEmpty())
            out.append(l);
    return out;
}

// Alembic prints sets (branch labels) in hash order: sort the items inside each parenthesized group.
inline QString sortGroups(const QString &line)
{
    static const QRegularExpression group(QStringLiteral("\\(([^()]*)\\)"));
    static const QStringList indicators = {QStringLiteral("head"), QStringLiteral("effective head"), QStringLiteral("branchpoint"),
                                           QStringLiteral("mergepoint"), QStringLiteral("current")};
    QString out;
    int last = 0;
    auto it = group.globalMatch(line);
    while (it.hasNext()) {
        const auto m = it.next();
        out += line.mid(last, m.capturedStart() - last);
        QString inner = m.captured(1);
        if (!indicators.contains(inner)) {
            QStringList items = inner.split(QStringLiteral(", "));
            items.sort();
            inner = items.join(QStringLiteral(", "));
        }
        out += u'(' + inner + u')';
        last = m.capturedEnd();
    }
    return out + line.mid(last);
}

inline QStringList sortGroups(const QStringList &lines)
{
    QStringList out;
    for (const QString &l : lines)
        out.append(sortGroups(l));
    return out;
}

// `alembic branches`: blocks of a branch point and its children (in set order: sorted here).
inline QStringList normalizedBranches(const QString &text)
{
    QStringList blocks;
    QStringList current;
    auto flush = [&]() {
        if (current.isEmpty())
            return;
        QStringList children = current.mid(1);
        children.sort();
        blocks.append(sortGroups(current.first()) + u'\n' + sortGroups(children).join(u'\n'));
        current.clear();
    };
    for (const QString &l : text.split(u'\n')) {
        if (l.trimmed().isEmpty()) {
            flush();
            continue;
        }
        current.append(l);
    }
    flush();
    return blocks;
}

// The revisions `alembic upgrade ... --sql` runs, from its "-- Running upgrade a, b -> c" comments.
inline QStringList upgradedRevisions(const QString &sql)
{
    static const QRegularExpression running(QStringLiteral("^-- Running upgrade .*-> (\\S+)\\s*$"), QRegularExpression::MultilineOption);
    QStringList out;
    auto it = running.globalMatch(sql);
    while (it.hasNext())
        out.append(it.next().captured(1));
    return out;
}

// The revisions an online `alembic upgrade` ran, from its log ("Running upgrade a -> b, message").
inline QStringList ranRevisions(const QString &log)
{
    static const QRegularExpression running(QStringLiteral("Running upgrade [^\\n]*?-> ([0-9A-Za-z_]+)"));
    QStringList out;
    auto it = running.globalMatch(log);
    while (it.hasNext())
        out.append(it.next().captured(1));
    return out;
}

// Revision ids of `alembic show` ("Rev: abc (head)").
inline QStringList shownRevisions(const QString &text)
{
    static const QRegularExpression rev(QStringLiteral("^Rev: (\\S+)"), QRegularExpression::MultilineOption);
    QStringList out;
    auto it = rev.globalMatch(text);
    while (it.hasNext())
        out.append(it.next().captured(1));
    return out;
}

// Godwit's output in Alembic's formats.
inline QStringList godwitHeads(const Godwit::RevisionGraph &g, bool resolveDependencies)
{
    Godwit::RevisionLineFormat f;
    f.tree = false;
    QStringList out;
    for (int h : resolveDependencies ? g.realHeads() : g.heads())
        out.append(g.formatLine(h, f));
    return out;
}

inline QStringList godwitHistory(const Godwit::RevisionGraph &g, const QList<int> &order)
{
    Godwit::RevisionLineFormat f;
    f.doc = true;
    f.parents = true;
    QStringList out;
    for (int i : order)
        out.append(g.formatLine(i, f));
    return out;
}

inline QString godwitBranches(const Godwit::RevisionGraph &g)
{
    QString out;
    for (int b : g.branchPoints()) {
        out += g.formatLine(b, Godwit::RevisionLineFormat()) + u'\n';
        const QString pad(g.node(b).id().size(), u' ');
        for (int c : g.node(b).children)
            out += pad + QStringLiteral(" -> ") + g.formatLine(c, Godwit::RevisionLineFormat()) + u'\n';
        out += u'\n';
    }
    return out;
}

// alembic.ini of `alembic init`, adjusted: an SQLite database next to it, version locations, and the
// separator line of Alembic 1.8's template (whose inline comment Alembic 1.8 itself cannot read).
// separator: "os", "space", ":" ..., or empty to drop the line (legacy splitting on spaces and commas).
inline bool adjustIni(const QString &iniPath, const QStringList &versionLocations, const QString &separator,
                      const QString &joiner = QString())
{
    QString text = readText(iniPath);
    if (text.isEmpty())
        return false;
    QStringList lines = text.split(u'\n');
    for (QString &l : lines) {
        if (l.startsWith(QLatin1String("version_path_separator")))
            l = separator.isEmpty() ? QString() : QStringLiteral("version_path_separator = ") + separator;
        else if (l.startsWith(QLatin1String("sqlalchemy.url")))
            l = QStringLiteral("sqlalchemy.url = sqlite:///%(here)s/db.sqlite");
        else if (l.startsWith(QLatin1String("script_location")) && !versionLocations.isEmpty())
            l += QStringLiteral("\nversion_locations = ") + versionLocations.join(joiner.isEmpty() ? QStringLiteral(" ") : joiner);
    }
    return writeText(iniPath, lines.join(u'\n'));
}

} // namespace GodwitTest
