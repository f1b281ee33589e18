// SPDX-License-Identifier: GPL-3.0-or-later
// godwit-cli revisions ...: Alembic revision graphs without Python.
#include "cli.h"
#include "output.h"
#include "terminal.h"

#include "log/log.h"
#include "revisions/alembicconfig.h"
#include "revisions/revisioncommand.h"
#include "revisions/revisionexport.h"
#include "revisions/revisiongraph.h"
#include "revisions/revisionwriter.h"
#ifndef GODWIT_CLI_REVISIONS_ONLY
#include "connections/connectionprofile.h"
#include "revisions/revisionlayout.h"
#include "revisions/revisionstate.h"
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace Godwit::Cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("godwit-cli", text); }






const char *const usageText = R"(Usage: godwit-cli revisions COMMAND [ENVIRONMENT] [OPTIONS]

Alembic revision graphs, read without running Python.

Commands:
  heads [--resolve-dependencies] [-v]    heads, as `alembic heads`
  bases                                  revisions with down_revision = None
  branches [-v]                          branch points, as `alembic branches`
  history [-r START:END] [-v]            newest first, as `alembic history`
  show REV...                            as `alembic show`
  current URL [--check-heads] [-v]       what the database has applied (`alembic current`)
  check URL                              exit 0 when the database is at the heads, 1 otherwise
  path FROM TO                           what `alembic upgrade TO` applies to a database at FROM
                                         (FROM: base, or revisions separated by commas)
  graph [--format json|dot|svg|png] [--layout layered|dot] [-o FILE]
                                         the whole graph (JSON with --json); svg and png need -o,
                                         laid out by Godwit (layered, fast) or Graphviz's dot
  upgrade|downgrade|stamp TARGET [--sql] [--command TEMPLATE]
                                         runs the application's own tool (default: alembic -c CONFIG);
                                         --sql prints the offline SQL instead of changing the database
  lint                                   duplicate ids or labels, missing parents, cycles, several heads...
  new -m MESSAGE [--head REV]... [--splice] [--branch-label LABEL] [--version-path DIR]
      [--rev-id ID] [--depends-on REV]... [--dry-run]
                                         a new revision script, as `alembic revision`
  merge REV... -m MESSAGE [--branch-label LABEL] [--rev-id ID] [--dry-run]
                                         a merge script, as `alembic merge`

Environment (default: ./alembic.ini):
  --config FILE        alembic.ini (script_location, version_locations, file_template, ...)
  --name SECTION       its section (default: alembic)
  --versions DIR       a version folder, instead of --config (repeat for several)
  --recursive          read sub-folders of the version folders
  --file-order sorted|directory
                       the order scripts are read in, which breaks ties in heads and history:
                       sorted (Alembic 1.10+, the default) or directory (older Alembic)

Command (upgrade, downgrade, stamp):
  --command TEMPLATE   e.g. "invenio alembic {action} {target}" or "alembic -c {config} {action} {sql} {target}"
  --workdir DIR        where it runs (default: the folder of alembic.ini)

Database (current, check):
  URL                  as in sqlalchemy.url (sqlite:///file.db, postgresql://user@host/db, ...)
  --version-table T    default alembic_version
  --version-table-schema S
  --password-stdin     read the password from standard input (or set GODWIT_PASSWORD)

  --json               print JSON

Exit codes: 0 success, 1 failure (lint errors, database not at the heads), 2 wrong usage.
)";

struct Options
{
    QCommandLineParser parser;
    QStringList args;
    QString error;

    Options()
    {
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        add(QStringLiteral("config"), QStringLiteral("FILE"));
        add(QStringLiteral("name"), QStringLiteral("SECTION"));
        add(QStringLiteral("versions"), QStringLiteral("DIR"));
        add(QStringLiteral("recursive"));
        add(QStringLiteral("file-order"), QStringLiteral("ORDER"));
        add(QStringLiteral("json"));
        add(QStringLiteral("help"));
    }
    void add(const QString &name, const QString &valueName = {})
    {
        parser.addOption(QCommandLineOption(QStringList{name}, QString(), valueName));
    }
    void add(const QStringList &names, const QString &valueName = {})
    {
        parser.addOption(QCommandLineOption(names, QString(), valueName));
    }
    bool parse(const QStringList &arguments)
    {
        if (!parser.parse(QStringList{QStringLiteral("godwit-cli")} + arguments)) {
            error = parser.errorText();
            return false;
        }
        args = parser.positionalArguments();
        return true;
    }
    bool has(const QString &name) const { return parser.isSet(name); }
    QString value(const QString &name) const { return parser.value(name); }
    QStringList values(const QString &name) const { return parser.values(name); }
    bool json() const { return has(QStringLiteral("json")); }
};

struct Environment
{
    AlembicConfig config;
    RevisionGraph graph;
};

Result<AlembicConfig> configFrom(const Options &o)
{
    Result<AlembicConfig> config = AlembicConfig();
    if (o.has(QStringLiteral("config")) && o.has(QStringLiteral("versions")))
        return Error::make(ErrorKind::InvalidInput, tr("give either --config or --versions, not both"));
    if (o.has(QStringLiteral("versions"))) {
        config = AlembicConfig::fromVersionLocations(o.values(QStringLiteral("versions")), o.has(QStringLiteral("recursive")));
    } else {
        QString ini = o.value(QStringLiteral("config"));
        if (ini.isEmpty()) {
            ini = QStringLiteral("alembic.ini");
            if (!QFileInfo::exists(ini))
                return Error::make(ErrorKind::InvalidInput,
                                   tr("no alembic.ini here: give --config FILE or --versions DIR"));
        }
        const QString section = o.has(QStringLiteral("name")) ? o.value(QStringLiteral("name")) : QStringLiteral("alembic");
        config = AlembicConfig::load(ini, section);
        if (config && o.has(QStringLiteral("recursive")))
            config.value().recursiveVersionLocations = true;
    }
    if (!config)
        return config;
    if (o.has(QStringLiteral("file-order"))) {
        const QString order = o.value(QStringLiteral("file-order"));
        if (order == QLatin1String("sorted"))
            config.value().fileOrder = RevisionFileOrder::Sorted;
        else if (order == QLatin1String("directory"))
            config.value().fileOrder = RevisionFileOrder::Directory;
        else
            return Error::make(ErrorKind::InvalidInput, tr("--file-order takes sorted or directory"));
    }
    return config;
}

Result<Environment> loadEnvironment(JobManager &jobs, const Options &o, bool quietDiagnostics)
{
    auto config = configFrom(o);
    if (!config)
        return config.error();
    Environment env;
    env.config = config.value();
    const AlembicConfig c = env.config;
    const JobOutcome out = runJob(jobs, tr("Read revision scripts"), [c](JobContext &job) {
        // The history order only when a command asks for it (heads, show, ... do not).
        return JobOutcome::success(QVariant::fromValue(RevisionGraph::load(c, &job, RevisionGraph::HistoryOrder::OnFirstUse)));
    }, o.json());
    if (!out.ok)
        return out.error;
    env.graph = out.value.value<RevisionGraph>();
    if (!quietDiagnostics) {
        // Errors Alembic would stop at: say so once, keep going with what could be read.
        for (const RevisionDiagnostic &d : env.graph.diagnostics())
            if (d.severity == RevisionDiagnostic::Error)
                printErr(QStringLiteral("godwit-cli: warning: %1\n").arg(d.toString()));
    }
    return env;
}

QJsonArray revisionsJson(const RevisionGraph &g, const QList<int> &indices)
{
    QJsonArray a;
    for (int i : indices)
        a.append(revisionToJson(g, i));
    return a;
}

RevisionLineFormat headFormat()
{
    RevisionLineFormat f;
    f.branches = true;
    f.tree = false;
    f.heads = true;
    return f;
}

int cmdHeads(const Environment &env, const Options &o)
{
    const RevisionGraph &g = env.graph;
    const QList<int> heads = o.has(QStringLiteral("resolve-dependencies")) ? g.realHeads() : g.heads();
    if (o.json()) {
        printJson({{QStringLiteral("heads"), revisionsJson(g, heads)}});
        return Ok;
    }
    for (int h : heads)
        printOut((o.has(QStringLiteral("verbose")) ? g.logEntry(h) : g.formatLine(h, headFormat())) + u'\n');
    return Ok;
}

int cmdBases(const Environment &env, const Options &o)
{
    const RevisionGraph &g = env.graph;
    if (o.json()) {
        printJson({{QStringLiteral("bases"), revisionsJson(g, g.bases())}});
        return Ok;
    }
    RevisionLineFormat f = headFormat();
    f.doc = true;
    for (int b : g.bases())
        printOut(g.formatLine(b, f) + u'\n');
    return Ok;
}

int cmdBranches(const Environment &env, const Options &o)
{
    const RevisionGraph &g = env.graph;
    const bool verbose = o.has(QStringLiteral("verbose"));
    if (o.json()) {
        QJsonArray a;
        for (int b : g.branchPoints()) {
            QJsonObject r = revisionToJson(g, b);
            r[QStringLiteral("children")] = QJsonArray::fromStringList(g.ids(g.node(b).children));
            a.append(r);
        }
        printJson({{QStringLiteral("branchpoints"), a}});
        return Ok;
    }
    for (int b : g.branchPoints()) {
        RevisionLineFormat f;
        printOut((verbose ? g.logEntry(b) : g.formatLine(b, f)) + u'\n');
        RevisionLineFormat child;
        child.doc = verbose;
        const QString pad(g.node(b).id().size(), u' ');
        for (int c : g.node(b).children)
            printOut(pad + QStringLiteral(" -> ") + g.formatLine(c, child) + u'\n');
        printOut(QStringLiteral("\n"));
    }
    return Ok;
}

int cmdHistory(const Environment &env, const Options &o)
{
    const RevisionGraph &g = env.graph;
    auto order = g.history(o.value(QStringLiteral("rev-range")));
    if (!order)
        return failJson(o.json(), order.error());
    if (o.json()) {
        printJson({{QStringLiteral("history"), revisionsJson(g, order.value())}});
        return Ok;
    }
    RevisionLineFormat f;
    f.doc = true;
    f.parents = true;
    for (int i : order.value())
        printOut((o.has(QStringLiteral("verbose")) ? g.logEntry(i) : g.formatLine(i, f)) + u'\n');
    return Ok;
}

int cmdShow(const Environment &env, const Options &o)
{
    const RevisionGraph &g = env.graph;
    if (o.args.isEmpty())
        return fail(tr("usage: revisions show REV..."), Usage);
    QList<int> found;
    for (const QString &id : o.args) {
        auto r = g.resolve(id);
        if (!r)
            return failJson(o.json(), r.error());
        found += r.value();
    }
    if (o.json()) {
        printJson({{QStringLiteral("revisions"), revisionsJson(g, found)}});
        return Ok;
    }
    for (int i : found)
        printOut(g.logEntry(i) + u'\n');
    return Ok;
}

#ifndef GODWIT_CLI_REVISIONS_ONLY // see revisionsCommandNeedsFullCli
Result<DatabaseRevisions> readDatabase(JobManager &jobs, const Options &o, const QString &url, QString *display)
{
    auto parsed = parseConnectionUrl(url, ConnectionKind::Database);
    if (!parsed)
        return parsed.error();
    const ConnectionProfile p = parsed->profile;
    if (p.kind() != ConnectionKind::Database)
        return Error::make(ErrorKind::InvalidInput, tr("%1 is not a database URL").arg(p.displayUrl()));
    *display = p.displayUrl();
    QString secret = parsed->secret;
    if (o.has(QStringLiteral("password-stdin")))
        secret = readStdinLine();
    else if (secret.isEmpty())
        secret = qEnvironmentVariable("GODWIT_PASSWORD");
    VersionTable table;
    if (o.has(QStringLiteral("version-table")))
        table.table = o.value(QStringLiteral("version-table"));
    table.schema = o.value(QStringLiteral("version-table-schema"));
    const JobOutcome out = runJob(jobs, tr("Read %1").arg(table.table), [p, secret, table](JobContext &) {
        return JobOutcome::from(readDatabaseRevisions(p, secret, table));
    }, o.json());
    if (!out.ok)
        return out.error;
    return out.value.value<DatabaseRevisions>();
}

QJsonObject statusJson(const RevisionGraph &g, const RevisionStatus &s, const QString &display)
{
    QJsonObject o;
    o[QStringLiteral("database")] = display;
    o[QStringLiteral("version_table")] = s.database.tableName;
    o[QStringLiteral("table_exists")] = s.database.tableExists;
    o[QStringLiteral("versions")] = QJsonArray::fromStringList(s.database.versions);
    o[QStringLiteral("unknown")] = QJsonArray::fromStringList(s.unknown);
    o[QStringLiteral("current")] = QJsonArray::fromStringList(g.ids(s.current));
    o[QStringLiteral("pending")] = QJsonArray::fromStringList(g.ids(s.pending));
    o[QStringLiteral("heads")] = QJsonArray::fromStringList(g.ids(g.realHeads()));
    o[QStringLiteral("at_heads")] = s.atHeads;
    if (!s.problem.isEmpty())
        o[QStringLiteral("problem")] = s.problem;
    o[QStringLiteral("messages")] = QJsonArray::fromStringList(s.messages());
    return o;
}

int cmdCurrent(JobManager &jobs, const Environment &env, const Options &o, bool check)
{
    if (o.args.size() != 1)
        return fail(check ? tr("usage: revisions check URL") : tr("usage: revisions current URL [--check-heads]"), Usage);
    QString display;
    auto db = readDatabase(jobs, o, o.args.first(), &display);
    if (!db)
        return failJson(o.json(), db.error());
    const RevisionGraph &g = env.graph;
    const RevisionStatus s = compareWithGraph(g, db.value());
    const bool strict = check || o.has(QStringLiteral("check-heads"));
    if (o.json()) {
        printJson(statusJson(g, s, display));
    } else if (check) {
        if (s.atHeads) {
            printOut(tr("OK  %1 is at the heads (%2)\n").arg(display, g.ids(s.current).join(QStringLiteral(", "))));
        } else {
            for (const QString &m : s.messages())
                printOut(m + u'\n');
            RevisionLineFormat f;
            f.parents = true;
            f.doc = true;
            f.tree = false;
            f.heads = false;
            for (int i : s.pending)
                printOut(QStringLiteral("  ") + g.formatLine(i, f) + u'\n');
        }
    } else {
        if (o.has(QStringLiteral("verbose")))
            printOut(tr("Current revision(s) for %1:\n").arg(display));
        RevisionLineFormat f;
        f.branches = false;
        for (int c : s.current)
            printOut((o.has(QStringLiteral("verbose")) ? g.logEntry(c, true) : g.formatLine(c, f)) + u'\n');
        for (const QString &u : s.unknown)
            printOut(tr("%1 (not in the scripts)\n").arg(u));
        if (!s.database.tableExists)
            printErr(QStringLiteral("godwit-cli: note: %1\n").arg(s.messages().first()));
    }
    if (!s.unknown.isEmpty())
        return o.json() ? int(Failed) : fail(s.problem);
    if (strict && !s.atHeads)
        return o.json() ? int(Failed) : fail(tr("Current revision(s) for %1 are not the head revision(s)").arg(display));
    return Ok;
}
#endif

int cmdPath(const Environment &env, const Options &o)
{
    if (o.args.size() != 2)
        return fail(tr("usage: revisions path FROM TO (FROM: base or revisions separated by commas)"), Usage);
    const RevisionGraph &g = env.graph;
    QStringList from;
    if (o.args.first() != QLatin1String("base"))
        from = o.args.first().split(u',', Qt::SkipEmptyParts);
    QStringList resolvedFrom;
    for (const QString &f : std::as_const(from)) {
        auto r = g.resolve(f);
        if (!r)
            return failJson(o.json(), r.error());
        resolvedFrom += g.ids(r.value());
    }
    auto path = g.upgradePath(resolvedFrom, o.args.at(1));
    if (!path)
        return failJson(o.json(), path.error());
    if (o.json()) {
        printJson({{QStringLiteral("from"), QJsonArray::fromStringList(resolvedFrom)},
                   {QStringLiteral("to"), o.args.at(1)},
                   {QStringLiteral("upgrades"), QJsonArray::fromStringList(g.ids(path.value()))}});
        return Ok;
    }
    RevisionLineFormat f;
    f.parents = true;
    f.doc = true;
    f.tree = false;
    f.heads = false;
    f.branches = false;
    for (int i : path.value())
        printOut(g.formatLine(i, f) + u'\n');
    return Ok;
}

#ifndef GODWIT_CLI_REVISIONS_ONLY // see revisionsCommandNeedsFullCli
int cmdGraph(const Environment &env, const Options &o)
{
    QString format = o.value(QStringLiteral("format"));
    if (format.isEmpty())
        format = o.json() ? QStringLiteral("json") : QStringLiteral("dot");
    if (format != QLatin1String("json") && !revisionGraphFormats().contains(format))
        return fail(tr("--format takes json, dot, svg or png"), Usage);
    const QString layoutName = o.value(QStringLiteral("layout"));
    if (!layoutName.isEmpty() && layoutName != QLatin1String("layered") && layoutName != QLatin1String("dot"))
        return fail(tr("--layout takes layered or dot"), Usage);
    const QString output = o.value(QStringLiteral("output"));
    const bool binary = format == QLatin1String("png") || format == QLatin1String("svg");
    if (binary && (output.isEmpty() || output == QLatin1String("-")))
        return fail(tr("--format %1 needs -o FILE").arg(format), Usage);

    QByteArray data;
    if (format == QLatin1String("json")) {
        data = QJsonDocument(revisionGraphToJson(env.graph)).toJson(QJsonDocument::Indented);
    } else if (format == QLatin1String("dot")) {
        data = revisionGraphToDot(env.graph).toUtf8();
    } else {
        RevisionLayout layout;
        if (layoutName != QLatin1String("dot"))
            layout = layoutRevisionGraph(env.graph);
        auto rendered = renderRevisionGraph(env.graph, format, layoutName == QLatin1String("dot") ? nullptr : &layout);
        if (!rendered)
            return failJson(o.json(), rendered.error(), Failed);
        data = rendered.value();
    }
    if (output.isEmpty() || output == QLatin1String("-")) {
        printOut(QString::fromUtf8(data));
        return Ok;
    }
    QSaveFile f(output);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return fail(tr("Cannot write %1: %2").arg(output, f.errorString()));
    if (o.json() && format != QLatin1String("json"))
        printJson({{QStringLiteral("ok"), true},
                   {QStringLiteral("format"), format},
                   {QStringLiteral("revisions"), env.graph.size()},
                   {QStringLiteral("output"), QFileInfo(output).absoluteFilePath()}});
    return Ok;
}
#endif

int cmdRun(JobManager &jobs, const Environment &env, const Options &o, RevisionCommand::Action action)
{
    const QStringList args = o.args;
    if (args.size() != 1)
        return fail(tr("usage: revisions %1 TARGET [--sql] [--command TEMPLATE]").arg(RevisionCommand::actionName(action)), Usage);
    RevisionCommand command;
    command.commandTemplate = o.value(QStringLiteral("command"));
    command.config = env.config.iniPath;
    command.workingDirectory = o.value(QStringLiteral("workdir"));
    const bool sql = o.has(QStringLiteral("sql"));
    auto argv = command.arguments(action, args.first(), sql);
    if (!argv)
        return failJson(o.json(), argv.error(), Usage);
    // What it is about to do, from Godwit's own graph: the path of an upgrade, so that a surprise shows first.
    // The tool's own output goes to stderr as it comes (cli.cpp prints only warnings unless GODWIT_VERBOSE=1).
    const QString title = tr("%1 %2").arg(RevisionCommand::actionName(action), args.first());
    QMetaObject::Connection echo;
    if (qEnvironmentVariableIntValue("GODWIT_VERBOSE") != 1)
        echo = QObject::connect(Log::instance(), &Log::entryAdded, [title](const LogEntry &e) {
            if (e.source == title && e.level != LogEntry::Warning)
                printErr(e.message + u'\n');
        });
    const JobOutcome outcome = runJob(jobs, title, [&](JobContext &ctx) -> JobOutcome {
        auto r = runRevisionCommand(argv.value(), command.effectiveWorkingDirectory(), &ctx, sql);
        return r ? JobOutcome::success(r->standardOutput) : JobOutcome::failure(r.error());
    }, true);
    QObject::disconnect(echo);
    if (!outcome.ok)
        return failJson(o.json(), outcome.error, Failed);
    const QVariant captured = outcome.value;
    if (o.json()) {
        QJsonObject out{{QStringLiteral("ok"), true},
                        {QStringLiteral("action"), RevisionCommand::actionName(action)},
                        {QStringLiteral("target"), args.first()},
                        {QStringLiteral("command"), QJsonArray::fromStringList(argv.value())}};
        if (sql)
            out[QStringLiteral("sql")] = captured.toString();
        printJson(out);
    } else if (sql) {
        printOut(captured.toString());
    }
    return Ok;
}

int cmdLint(const Environment &env, const Options &o)
{
    const QList<RevisionDiagnostic> &all = env.graph.diagnostics();
    int errors = 0, warnings = 0;
    for (const RevisionDiagnostic &d : all) {
        errors += d.severity == RevisionDiagnostic::Error;
        warnings += d.severity == RevisionDiagnostic::Warning;
    }
    if (o.json()) {
        printJson({{QStringLiteral("revisions"), env.graph.size()},
                   {QStringLiteral("errors"), errors},
                   {QStringLiteral("warnings"), warnings},
                   {QStringLiteral("diagnostics"), diagnosticsToJson(all)}});
    } else {
        for (const RevisionDiagnostic &d : all)
            printOut(d.toString() + u'\n');
        printOut(tr("%1 revision(s), %2 error(s), %3 warning(s)\n").arg(env.graph.size()).arg(errors).arg(warnings));
    }
    return errors > 0 ? int(Failed) : int(Ok);
}

int cmdWrite(const Environment &env, const Options &o, bool merge)
{
    RevisionRequest r;
    r.message = o.value(QStringLiteral("message"));
    if (merge) {
        if (o.args.isEmpty())
            return fail(tr("usage: revisions merge REV REV... -m MESSAGE (or: revisions merge heads -m MESSAGE)"), Usage);
        if (o.args.size() == 1 && !o.args.first().endsWith(QLatin1String("heads")))
            return fail(tr("a merge needs at least two revisions"), Usage);
        r.heads = o.args;
        QList<int> merged;
        for (const QString &h : o.args) {
            auto resolved = env.graph.resolve(h);
            if (!resolved)
                return failJson(o.json(), resolved.error());
            merged += resolved.value();
        }
        if (merged.size() < 2)
            return failJson(o.json(), Error::make(ErrorKind::InvalidInput, tr("nothing to merge: “%1” names only %2 revision(s)")
                                                                             .arg(o.args.join(u' '))
                                                                             .arg(merged.size())));
    } else {
        if (!o.args.isEmpty())
            return fail(tr("usage: revisions new -m MESSAGE [--head REV]..."), Usage);
        if (o.has(QStringLiteral("head")))
            r.heads = o.values(QStringLiteral("head"));
        r.splice = o.has(QStringLiteral("splice"));
        r.versionPath = o.value(QStringLiteral("version-path"));
        r.dependsOn = o.values(QStringLiteral("depends-on"));
    }
    if (o.has(QStringLiteral("branch-label")))
        r.branchLabels = o.values(QStringLiteral("branch-label"));
    r.revisionId = o.value(QStringLiteral("rev-id"));
    RevisionWriter writer(env.config, env.graph);
    const bool dryRun = o.has(QStringLiteral("dry-run"));
    auto written = dryRun ? writer.generate(r) : writer.write(r);
    if (!written)
        return failJson(o.json(), written.error());
    const GeneratedRevision &g = written.value();
    if (o.json()) {
        printJson({{QStringLiteral("path"), g.path},
                   {QStringLiteral("revision"), g.revision},
                   {QStringLiteral("down_revisions"), QJsonArray::fromStringList(g.downRevisions)},
                   {QStringLiteral("depends_on"), QJsonArray::fromStringList(g.dependsOn)},
                   {QStringLiteral("written"), !dryRun},
                   {QStringLiteral("builtin_template"), g.builtinTemplate}});
        return Ok;
    }
    if (dryRun)
        printOut(g.source);
    else
        printOut(tr("Generating %1 ...  done\n").arg(g.path));
    return Ok;
}

} // namespace

bool revisionsCommandNeedsFullCli(const QString &verb)
{
    // current and check read the database (Qt SQL and its drivers), graph lays out and renders with Graphviz.
    return verb == QLatin1String("current") || verb == QLatin1String("check") || verb == QLatin1String("graph");
}

int runRevisions(const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help") || arguments.first() == QLatin1String("help")) {
        printOut(QString::fromUtf8(usageText));
        return arguments.isEmpty() ? int(Usage) : int(Ok);
    }
    const QString verb = arguments.first();
#ifdef GODWIT_CLI_REVISIONS_ONLY
    if (revisionsCommandNeedsFullCli(verb)) // launcher.cpp hands these to godwit-cli-full before this
        return fail(tr("“revisions %1” is a command of godwit-cli-full").arg(verb));
#endif
    Options o;
    o.add({QStringLiteral("v"), QStringLiteral("verbose")});
    if (verb == QLatin1String("heads")) {
        o.add(QStringLiteral("resolve-dependencies"));
    } else if (verb == QLatin1String("history")) {
        o.add({QStringLiteral("r"), QStringLiteral("rev-range")}, QStringLiteral("RANGE"));
    } else if (verb == QLatin1String("current") || verb == QLatin1String("check")) {
        o.add(QStringLiteral("check-heads"));
        o.add(QStringLiteral("version-table"), QStringLiteral("TABLE"));
        o.add(QStringLiteral("version-table-schema"), QStringLiteral("SCHEMA"));
        o.add(QStringLiteral("password-stdin"));
    } else if (verb == QLatin1String("graph")) {
        o.add(QStringLiteral("format"), QStringLiteral("FORMAT"));
        o.add(QStringLiteral("layout"), QStringLiteral("ENGINE"));
        o.add({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("FILE"));
    } else if (verb == QLatin1String("new") || verb == QLatin1String("merge")) {
        o.add({QStringLiteral("m"), QStringLiteral("message")}, QStringLiteral("MESSAGE"));
        o.add(QStringLiteral("branch-label"), QStringLiteral("LABEL"));
        o.add(QStringLiteral("rev-id"), QStringLiteral("ID"));
        o.add(QStringLiteral("dry-run"));
        if (verb == QLatin1String("new")) {
            o.add(QStringLiteral("head"), QStringLiteral("REV"));
            o.add(QStringLiteral("splice"));
            o.add(QStringLiteral("version-path"), QStringLiteral("DIR"));
            o.add(QStringLiteral("depends-on"), QStringLiteral("REV"));
        }
    } else if (verb == QLatin1String("upgrade") || verb == QLatin1String("downgrade") || verb == QLatin1String("stamp")) {
        o.add(QStringLiteral("sql"));
        o.add(QStringLiteral("command"), QStringLiteral("TEMPLATE"));
        o.add(QStringLiteral("workdir"), QStringLiteral("DIR"));
    } else if (verb != QLatin1String("bases") && verb != QLatin1String("branches") && verb != QLatin1String("show")
               && verb != QLatin1String("path") && verb != QLatin1String("lint")) {
        printErr(QString::fromUtf8(usageText));
        return fail(tr("unknown command “revisions %1”").arg(verb), Usage);
    }
    if (!o.parse(arguments.mid(1)))
        return fail(o.error, Usage);
    if (o.has(QStringLiteral("help"))) {
        printOut(QString::fromUtf8(usageText));
        return Ok;
    }
    if ((verb == QLatin1String("new") || verb == QLatin1String("merge")) && !o.has(QStringLiteral("message")))
        return fail(tr("give a message with -m"), Usage);

    JobManager jobs;
    auto env = loadEnvironment(jobs, o, verb == QLatin1String("lint") || o.json());
    if (!env) {
        const bool usage = env.error().kind == ErrorKind::InvalidInput && env.error().message.contains(QLatin1String("--config"));
        return failJson(o.json(), env.error(), usage ? int(Usage) : int(Failed));
    }
    const Environment &e = env.value();
    // The graph is left to the end of the process, on purpose: freeing it string by string (30,000 scripts, a
    // dozen strings each) took longer than printing the heads, and the system takes the memory back at once.
    [[maybe_unused]] static const RevisionGraph *const keptUntilExit = new RevisionGraph(e.graph);
    if (verb == QLatin1String("heads"))
        return cmdHeads(e, o);
    if (verb == QLatin1String("bases"))
        return cmdBases(e, o);
    if (verb == QLatin1String("branches"))
        return cmdBranches(e, o);
    if (verb == QLatin1String("history"))
        return cmdHistory(e, o);
    if (verb == QLatin1String("show"))
        return cmdShow(e, o);
#ifndef GODWIT_CLI_REVISIONS_ONLY
    if (verb == QLatin1String("current"))
        return cmdCurrent(jobs, e, o, false);
    if (verb == QLatin1String("check"))
        return cmdCurrent(jobs, e, o, true);
    if (verb == QLatin1String("graph"))
        return cmdGraph(e, o);
#endif
    if (verb == QLatin1String("path"))
        return cmdPath(e, o);
    if (verb == QLatin1String("lint"))
        return cmdLint(e, o);
    if (auto action = RevisionCommand::actionFromName(verb))
        return cmdRun(jobs, e, o, action.value());
    if (verb == QLatin1String("new"))
        return cmdWrite(e, o, false);
    return cmdWrite(e, o, true);
}

} // namespace Godwit::Cli
