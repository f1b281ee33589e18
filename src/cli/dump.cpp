// SPDX-License-Identifier: GPL-3.0-or-later
// godwit-cli dump export|import|verify|inspect, db compare, backup create|list|restore.
#include "cli.h"
#include "clicommon.h"
#include "output.h"
#include "terminal.h"

#include "dump/dbcompare.h"
#include "dump/dumpio.h"
#include "dump/formats/django.h"
#include "dump/importer.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace Godwit::Cli {

using namespace Godwit::Dump;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("godwit-cli", text); }

const char *const dumpUsage = R"(Usage:
  godwit-cli dump export SOURCE OUT [--tables T,...] [--exclude PATTERN,...] [--preset inventree|invenio]
                         [--include T,...] [--where TABLE=CONDITION]... [--chunk-rows N] [--media DIR]
                         [--overwrite] [--format godwit|django] [--no-natural-foreign] [--naive-datetimes] [--json]
  godwit-cli dump import DUMP TARGET [--clear] [--strict] [--ignore-nonexistent] [--exclude-plugins]
                         [--create-tables] [--on-error stop|skip] [--reject-file F] [--tables T,...]
                         [--checkpoint | --resume] [--yes] [--json]
  godwit-cli dump verify DUMP [--json]
  godwit-cli dump inspect DUMP [--json]
  godwit-cli db compare URL_A URL_B [--tables T,...] [--json]
  godwit-cli backup create CONNECTION [--media DIR] [--dir DIR] [--json]
  godwit-cli backup list [CONNECTION] [--dir DIR] [--json]
  godwit-cli backup restore CONNECTION [--file BACKUP] [--dir DIR] [--yes] [--json]

SOURCE and TARGET are saved connection names or URLs (SQLAlchemy style, or a path to an SQLite file).
OUT is a folder, or an archive by its name: .tar, .tar.gz, .tar.zst, .zip; a .json name (or --format django)
writes a Django fixture that `manage.py loaddata` accepts. DUMP is a Godwit dump (folder, archive) or a
Django fixture (.json, as dumpdata or InvenTree's export-records write it).
Import prints the pre-flight report and writes only after confirmation (--yes, or "y" on a terminal).
An import is all or nothing (one transaction); --checkpoint commits after every chunk instead, keeping its
progress in the target's godwit_import_checkpoint table, so that an interrupted import goes on with --resume
(the same DUMP and TARGET) without loading a row twice.
Secrets: --password-stdin (one line per connection that needs one, in order) or GODWIT_PASSWORD;
for db compare also GODWIT_PASSWORD_A and GODWIT_PASSWORD_B.
)";

struct Target
{
    ConnectionProfile profile;
    QString secret;
};

// A saved connection by name, or a URL. Secrets from a URL are used but warned about.
Result<Target> resolveDatabase(Session &s, const QString &nameOrUrl, const CommandLine &cl, bool allowCreate = false,
                               const char *secretVariable = nullptr)
{
    const QString fromVariable = secretVariable ? qEnvironmentVariable(secretVariable) : QString();
    if (s.connections.profiles().isEmpty())
        s.open();
    const int row = s.connections.find(nameOrUrl);
    Target t;
    if (row >= 0) {
        t.profile = s.connections.profileAt(row);
        if (t.profile.kind() != ConnectionKind::Database)
            return Error::make(ErrorKind::InvalidInput, tr("“%1” is a search cluster, not a database.").arg(nameOrUrl));
        t.secret = fromVariable.isEmpty() ? resolveSecret(t.profile, cl, {}, true) : fromVariable;
        return t;
    }
    auto parsed = parseConnectionUrl(nameOrUrl, ConnectionKind::Database);
    if (!parsed)
        return Error::make(parsed.error().kind, tr("“%1” is neither a saved connection nor a database URL: %2").arg(nameOrUrl, parsed.errorMessage()));
    t.profile = parsed->profile;
    t.profile.name = t.profile.displayUrl();
    if (t.profile.kind() != ConnectionKind::Database)
        return Error::make(ErrorKind::InvalidInput, tr("%1 is not a database URL.").arg(t.profile.displayUrl()));
    if (t.profile.engine == Engine::SQLite && !allowCreate && !QFileInfo::exists(t.profile.database))
        return Error::make(ErrorKind::NotFound, tr("The SQLite file %1 does not exist.").arg(t.profile.database));
    if (!parsed->secret.isEmpty())
        printErr(tr("godwit-cli: warning: a password in a URL on the command line is visible to other users; prefer --password-stdin.\n"));
    t.secret = fromVariable.isEmpty() ? resolveSecret(t.profile, cl, parsed->secret, false) : fromVariable;
    return t;
}

QStringList listOption(const CommandLine &cl, const QString &name)
{
    QStringList out;
    for (const QString &v : cl.parser.values(name))
        out += v.split(u',', Qt::SkipEmptyParts);
    for (QString &v : out)
        v = v.trimmed();
    return out;
}

QJsonObject manifestSummaryJson(const Manifest &m, const QString &path)
{
    QJsonObject o;
    o[QStringLiteral("path")] = path;
    o[QStringLiteral("format")] = QLatin1String(FormatName);
    o[QStringLiteral("format_version")] = m.formatVersion;
    o[QStringLiteral("tool")] = m.tool;
    o[QStringLiteral("created")] = m.created.toString(Qt::ISODate);
    o[QStringLiteral("source")] = QJsonObject{{QStringLiteral("engine"), m.sourceEngine}, {QStringLiteral("version"), m.sourceVersion},
                                              {QStringLiteral("database"), m.sourceName}};
    QJsonArray tables;
    for (const DumpTable &t : m.tables)
        tables.append(QJsonObject{{QStringLiteral("name"), t.name}, {QStringLiteral("rows"), t.rows},
                                  {QStringLiteral("columns"), int(t.columns.size())}, {QStringLiteral("chunks"), int(t.chunks.size())},
                                  {QStringLiteral("checksum"), t.checksum}});
    o[QStringLiteral("tables")] = tables;
    o[QStringLiteral("rows")] = m.totalRows();
    o[QStringLiteral("markers")] = m.toJson().value(QStringLiteral("markers"));
    o[QStringLiteral("media_files")] = int(m.media.size());
    return o;
}

QString severityName(PreflightIssue::Severity s)
{
    switch (s) {
    case PreflightIssue::Problem: return QStringLiteral("problem");
    case PreflightIssue::Warning: return QStringLiteral("warning");
    case PreflightIssue::Info: break;
    }
    return QStringLiteral("info");
}

QJsonObject preflightJson(const PreflightReport &r)
{
    QJsonObject o;
    o[QStringLiteral("can_import")] = r.canImport;
    o[QStringLiteral("target")] = r.targetProduct;
    QJsonArray issues, tables;
    for (const PreflightIssue &i : r.issues)
        issues.append(QJsonObject{{QStringLiteral("severity"), severityName(i.severity)}, {QStringLiteral("table"), i.table},
                                  {QStringLiteral("message"), i.message}});
    for (const PreflightTable &t : r.tables)
        tables.append(QJsonObject{{QStringLiteral("name"), t.table}, {QStringLiteral("rows"), t.rows},
                                  {QStringLiteral("exists"), t.exists}, {QStringLiteral("create"), t.create},
                                  {QStringLiteral("skip"), t.skip}, {QStringLiteral("target_rows"), t.targetRows},
                                  {QStringLiteral("collisions"), t.collisions}});
    o[QStringLiteral("issues")] = issues;
    o[QStringLiteral("tables")] = tables;
    o[QStringLiteral("load_order")] = QJsonArray::fromStringList(r.loadOrder);
    o[QStringLiteral("dump_verified")] = r.verify.ok;
    return o;
}

void printPreflight(const PreflightReport &r)
{
    printErr(tr("Pre-flight report for %1:\n").arg(r.targetProduct));
    for (const PreflightTable &t : r.tables) {
        QString what = t.skip ? tr("left out") : t.create ? tr("create") : tr("load");
        printErr(QStringLiteral("  %1  %2 rows  %3%4%5\n")
                     .arg(t.table, -32).arg(t.rows, 9).arg(what)
                     .arg(t.targetRows > 0 ? tr(", target has %1 rows").arg(t.targetRows) : QString())
                     .arg(t.collisions > 0 ? tr(", %1 key collisions").arg(t.collisions) : QString()));
    }
    for (const PreflightIssue &i : r.issues)
        printErr(QStringLiteral("  %1: %2%3\n").arg(severityName(i.severity).toUpper(), i.table.isEmpty() ? QString() : i.table + QStringLiteral(": "), i.message));
    printErr(tr("  %1 problem(s), %2 warning(s); dump checksums %3.\n")
                 .arg(r.count(PreflightIssue::Problem)).arg(r.count(PreflightIssue::Warning))
                 .arg(r.verify.ok ? tr("verified") : tr("NOT verified")));
}

bool confirm(const CommandLine &cl, const QString &question)
{
    if (cl.has(QStringLiteral("yes")))
        return true;
    if (!stdinIsTerminal())
        return false;
    printErr(question + QStringLiteral(" [y/N] "));
    char buf[16] = {};
    if (!fgets(buf, sizeof buf, stdin))
        return false;
    return buf[0] == 'y' || buf[0] == 'Y';
}

Result<std::shared_ptr<DumpSource>> openDump(Session &s, const QString &path, bool quiet)
{
    const JobOutcome out = runJob(s.jobs, tr("Open %1").arg(path), [path](JobContext &job) -> JobOutcome {
        auto src = DumpSource::open(path, &job);
        if (!src)
            return JobOutcome::failure(src.error());
        return JobOutcome::success(QVariant::fromValue(src.value()));
    }, quiet);
    if (!out.ok)
        return out.error;
    return out.value.value<std::shared_ptr<DumpSource>>();
}

int cmdExport(Session &s, const QStringList &arguments)
{
    CommandLine cl;
    cl.add(QStringLiteral("json"), tr("Print the result as JSON."));
    cl.add(QStringLiteral("tables"), tr("Only these tables (comma-separated, wildcards allowed)."), QStringLiteral("T,..."));
    cl.add(QStringLiteral("exclude"), tr("Leave out these tables (wildcards)."), QStringLiteral("PATTERN,..."));
    cl.add(QStringLiteral("preset"), tr("inventree or invenio: leave out what the application never exports."), QStringLiteral("NAME"));
    cl.add(QStringLiteral("include"), tr("Keep these tables although the preset leaves them out."), QStringLiteral("T,..."));
    cl.add(QStringLiteral("where"), tr("A row filter: TABLE=SQL condition (repeatable)."), QStringLiteral("TABLE=CONDITION"));
    cl.add(QStringLiteral("chunk-rows"), tr("Rows per data file (default 1000)."), QStringLiteral("N"));
    cl.add(QStringLiteral("media"), tr("A media folder to bundle under media/."), QStringLiteral("DIR"));
    cl.add(QStringLiteral("overwrite"), tr("Replace an existing dump."));
    cl.add(QStringLiteral("format"), tr("godwit (default) or django (a fixture for loaddata; the default for .json)."), QStringLiteral("FORMAT"));
    cl.add(QStringLiteral("no-natural-foreign"), tr("Django fixtures: foreign keys as primary keys, not natural keys."));
    cl.add(QStringLiteral("naive-datetimes"), tr("Django fixtures: datetimes without \"Z\" (for USE_TZ = False)."));
    addSecretOptions(cl);
    if (!cl.parse(arguments))
        return fail(cl.error, Usage);
    if (cl.args.size() != 2)
        return fail(tr("usage: dump export SOURCE OUT [options] (see godwit-cli dump --help)"), Usage);
    QString format = cl.value(QStringLiteral("format"));
    if (format.isEmpty())
        format = cl.args.at(1).endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? QStringLiteral("django") : QStringLiteral("godwit");
    if (format != QLatin1String("godwit") && format != QLatin1String("django"))
        return fail(tr("--format takes godwit or django."), Usage);
    const bool json = cl.has(QStringLiteral("json"));
    ExportOptions options;
    options.tables = listOption(cl, QStringLiteral("tables"));
    options.exclude = listOption(cl, QStringLiteral("exclude"));
    options.include = listOption(cl, QStringLiteral("include"));
    options.preset = cl.value(QStringLiteral("preset"));
    if (!options.preset.isEmpty() && options.preset != QLatin1String("none") && !presetNames().contains(options.preset))
        return fail(tr("--preset takes %1 or none.").arg(presetNames().join(QStringLiteral(", "))), Usage);
    for (const QString &w : cl.parser.values(QStringLiteral("where"))) {
        const int eq = w.indexOf(u'=');
        if (eq <= 0)
            return fail(tr("--where takes TABLE=CONDITION, e.g. --where \"part_part=active = 1\"."), Usage);
        options.where.insert(w.left(eq).trimmed(), w.mid(eq + 1).trimmed());
    }
    if (cl.has(QStringLiteral("chunk-rows"))) {
        bool ok = false;
        options.chunkRows = cl.value(QStringLiteral("chunk-rows")).toInt(&ok);
        if (!ok || options.chunkRows < 1)
            return fail(tr("--chunk-rows takes a positive number."), Usage);
    }
    options.overwrite = cl.has(QStringLiteral("overwrite"));
    options.mediaFolder = cl.value(QStringLiteral("media"));
    auto source = resolveDatabase(s, cl.args.at(0), cl);
    if (!source)
        return failJson(json, source.error());
    const QString out = cl.args.at(1);
    const Target t = *source;
    if (format == QLatin1String("django")) {
        FixtureExportOptions fx;
        fx.naturalForeign = !cl.has(QStringLiteral("no-natural-foreign"));
        fx.awareDatetimes = !cl.has(QStringLiteral("naive-datetimes"));
        const JobOutcome outcome = runJob(s.jobs, tr("Export %1").arg(t.profile.name), [t, out, options, fx](JobContext &job) {
            return JobOutcome::from(exportFixture(t.profile, t.secret, out, options, fx, &job));
        }, json);
        if (!outcome.ok)
            return failJson(json, outcome.error);
        const FixtureExportResult r = outcome.value.value<FixtureExportResult>();
        if (json)
            printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("path"), r.path}, {QStringLiteral("format"), QStringLiteral("django")},
                                  {QStringLiteral("objects"), r.objects}, {QStringLiteral("bytes"), r.bytes},
                                  {QStringLiteral("models"), QJsonArray::fromStringList(r.models)},
                                  {QStringLiteral("skipped_tables"), QJsonArray::fromStringList(r.skippedTables)}});
        else
            printOut(tr("Exported %1 objects of %2 models to %3 (not models, left out: %4).\n")
                         .arg(r.objects).arg(r.models.size()).arg(r.path, r.skippedTables.isEmpty() ? tr("none") : r.skippedTables.join(QStringLiteral(", "))));
        return Ok;
    }
    const JobOutcome outcome = runJob(s.jobs, tr("Export %1").arg(t.profile.name), [t, out, options](JobContext &job) {
        return JobOutcome::from(exportDatabase(t.profile, t.secret, out, options, &job));
    }, json);
    if (!outcome.ok)
        return failJson(json, outcome.error);
    const ExportResult r = outcome.value.value<ExportResult>();
    if (json) {
        QJsonObject o = manifestSummaryJson(r.manifest, r.path);
        o[QStringLiteral("ok")] = true;
        o[QStringLiteral("bytes")] = r.bytes;
        QJsonObject methods;
        for (auto it = r.readMethods.cbegin(); it != r.readMethods.cend(); ++it)
            methods[it.key()] = it.value();
        o[QStringLiteral("read_methods")] = methods;
        printJson(o);
    } else {
        printOut(tr("Exported %1 rows of %2 tables to %3 (%4 bytes).\n").arg(r.manifest.totalRows()).arg(r.manifest.tables.size()).arg(r.path).arg(r.bytes));
    }
    return Ok;
}

int cmdVerifyOrInspect(Session &s, const QStringList &arguments, bool verify)
{
    CommandLine cl;
    cl.add(QStringLiteral("json"), tr("Print the result as JSON."));
    if (!cl.parse(arguments))
        return fail(cl.error, Usage);
    if (cl.args.size() != 1)
        return fail(verify ? tr("usage: dump verify DUMP [--json]") : tr("usage: dump inspect DUMP [--json]"), Usage);
    const bool json = cl.has(QStringLiteral("json"));
    if (isDjangoFixture(cl.args.first())) {
        const QString path = cl.args.first();
        const JobOutcome out = runJob(s.jobs, tr("Read %1").arg(path), [path](JobContext &job) {
            return JobOutcome::from(inspectFixture(path, &job));
        }, json);
        if (!out.ok)
            return failJson(json, out.error);
        const FixtureInfo info = out.value.value<FixtureInfo>();
        if (json) {
            QJsonArray models;
            for (const auto &[label, n] : info.models)
                models.append(QJsonObject{{QStringLiteral("model"), label}, {QStringLiteral("objects"), n}});
            printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("path"), QFileInfo(path).absoluteFilePath()},
                                  {QStringLiteral("format"), QStringLiteral("django")}, {QStringLiteral("objects"), info.objects},
                                  {QStringLiteral("models"), models}, {QStringLiteral("metadata"), info.metadata}});
        } else {
            printOut(tr("%1\n  Django fixture, %2 objects\n").arg(path).arg(info.objects));
            for (const auto &[label, n] : info.models)
                printOut(QStringLiteral("  %1 %2\n").arg(label, -40).arg(n, 10));
        }
        return Ok; // a fixture has no checksums: reading it whole is its verification
    }
    auto src = openDump(s, cl.args.first(), json);
    if (!src)
        return failJson(json, src.error());
    const std::shared_ptr<DumpSource> source = *src;
    if (!verify) {
        const Manifest &m = source->manifest();
        if (json) {
            printJson(manifestSummaryJson(m, source->path()));
            return Ok;
        }
        printOut(tr("%1\n  Godwit dump, format %2, written by %3 on %4\n  source: %5 %6, database %7\n")
                     .arg(source->path()).arg(m.formatVersion).arg(m.tool, m.created.toString(Qt::ISODate), m.sourceEngine, m.sourceVersion, m.sourceName));
        for (const DumpTable &t : m.tables)
            printOut(QStringLiteral("  %1 %2 rows\n").arg(t.name, -40).arg(t.rows, 10));
        if (m.markers.hasAlembic)
            printOut(QStringLiteral("  alembic_version: %1\n").arg(m.markers.alembicVersions.join(QStringLiteral(", "))));
        for (const auto &[app, name] : m.markers.djangoLatest)
            printOut(QStringLiteral("  django_migrations: %1 %2\n").arg(app, name));
        return Ok;
    }
    const JobOutcome out = runJob(s.jobs, tr("Verify %1").arg(source->path()), [source](JobContext &job) {
        return JobOutcome::success(QVariant::fromValue(verifyDump(*source, &job)));
    }, json);
    if (!out.ok)
        return failJson(json, out.error);
    const VerifyReport r = out.value.value<VerifyReport>();
    if (json) {
        QJsonArray problems;
        for (const VerifyProblem &p : r.problems)
            problems.append(QJsonObject{{QStringLiteral("table"), p.table}, {QStringLiteral("where"), p.where}, {QStringLiteral("message"), p.message}});
        printJson(QJsonObject{{QStringLiteral("ok"), r.ok}, {QStringLiteral("rows"), r.rows}, {QStringLiteral("bytes"), r.bytes},
                              {QStringLiteral("chunks"), r.chunks}, {QStringLiteral("problems"), problems}});
    } else {
        for (const VerifyProblem &p : r.problems)
            printErr(QStringLiteral("%1%2: %3\n").arg(p.table.isEmpty() ? QString() : p.table + QStringLiteral(" "), p.where, p.message));
        if (r.ok)
            printOut(tr("OK  %1 rows in %2 chunks, every checksum matches.\n").arg(r.rows).arg(r.chunks));
    }
    if (!r.ok) {
        if (!json)
            printErr(tr("godwit-cli: the dump is damaged: %1 problem(s).\n").arg(r.problems.size()));
        return Failed;
    }
    return Ok;
}

ImportOptions importOptions(const CommandLine &cl)
{
    ImportOptions o;
    o.clear = cl.has(QStringLiteral("clear"));
    o.strict = cl.has(QStringLiteral("strict"));
    o.ignoreNonexistent = cl.has(QStringLiteral("ignore-nonexistent"));
    o.excludePlugins = cl.has(QStringLiteral("exclude-plugins"));
    o.createTables = cl.has(QStringLiteral("create-tables"));
    o.skipOnError = cl.value(QStringLiteral("on-error")) == QLatin1String("skip");
    o.rejectFile = cl.value(QStringLiteral("reject-file"));
    o.tables = listOption(cl, QStringLiteral("tables"));
    o.checkpoint = cl.has(QStringLiteral("checkpoint"));
    o.resume = cl.has(QStringLiteral("resume"));
    return o;
}

void addImportOptions(CommandLine &cl)
{
    cl.add(QStringLiteral("json"), tr("Print the result as JSON."));
    cl.add(QStringLiteral("clear"), tr("Delete the rows of the imported tables first."));
    cl.add(QStringLiteral("strict"), tr("A different migration state is an error."));
    cl.add(QStringLiteral("ignore-nonexistent"), tr("Leave out tables and columns the target does not have."));
    cl.add(QStringLiteral("exclude-plugins"), tr("Leave out plugin tables."));
    cl.add(QStringLiteral("create-tables"), tr("Create missing tables from the dump's schema."));
    cl.add(QStringLiteral("on-error"), tr("stop (default) or skip bad rows into the reject file."), QStringLiteral("stop|skip"));
    cl.add(QStringLiteral("reject-file"), tr("Where skipped rows go (JSON Lines)."), QStringLiteral("FILE"));
    cl.add(QStringLiteral("tables"), tr("Only these tables of the dump."), QStringLiteral("T,..."));
    cl.add(QStringLiteral("checkpoint"), tr("Commit after every chunk so that an interrupted import can be resumed."));
    cl.add(QStringLiteral("resume"), tr("Go on with the interrupted checkpointed import of this dump."));
    cl.add(QStringLiteral("yes"), tr("Import without asking."));
    addSecretOptions(cl);
}

// What is imported: a Godwit dump or a Django fixture, behind the same pre-flight and import steps.
struct ImportSource
{
    QString description; // "6568 rows", "120 objects"
    std::function<Result<PreflightReport>(const Target &, const ImportOptions &, JobContext &)> preflight;
    std::function<Result<ImportResult>(const Target &, const ImportOptions &, JobContext &)> load;
};

ImportSource dumpSource(const std::shared_ptr<DumpSource> &source)
{
    return {tr("%1 rows").arg(source->manifest().totalRows()),
            [source](const Target &t, const ImportOptions &o, JobContext &job) { return preflightImport(*source, t.profile, t.secret, o, &job); },
            [source](const Target &t, const ImportOptions &o, JobContext &job) { return importDump(*source, t.profile, t.secret, o, &job); }};
}

ImportSource fixtureSource(const QString &path)
{
    return {tr("the objects of %1").arg(QFileInfo(path).fileName()),
            [path](const Target &t, const ImportOptions &o, JobContext &job) { return preflightFixture(path, t.profile, t.secret, o, &job); },
            [path](const Target &t, const ImportOptions &o, JobContext &job) { return importFixture(path, t.profile, t.secret, o, &job); }};
}

int runImport(Session &s, const CommandLine &cl, const ImportSource &source, const Target &target, ImportOptions options)
{
    const bool json = cl.has(QStringLiteral("json"));
    // Pre-flight first, nothing written; then the import, which checks again.
    const JobOutcome pre = runJob(s.jobs, tr("Pre-flight %1").arg(target.profile.name), [source, target, options](JobContext &job) {
        return JobOutcome::from(source.preflight(target, options, job));
    }, json);
    if (!pre.ok)
        return failJson(json, pre.error);
    const PreflightReport report = pre.value.value<PreflightReport>();
    if (!json)
        printPreflight(report);
    if (!report.canImport) {
        if (json)
            printJson(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), QStringLiteral("preflight")},
                                  {QStringLiteral("message"), tr("The pre-flight found problems; nothing was written.")},
                                  {QStringLiteral("preflight"), preflightJson(report)}});
        else
            printErr(tr("godwit-cli: the pre-flight found problems; nothing was written.\n"));
        return Failed;
    }
    if (!confirm(cl, tr("Import %1 into %2?").arg(source.description, target.profile.displayUrl()))) {
        if (json)
            printJson(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), QStringLiteral("not_confirmed")},
                                  {QStringLiteral("message"), tr("Not confirmed (pass --yes); nothing was written.")},
                                  {QStringLiteral("preflight"), preflightJson(report)}});
        else
            printErr(tr("godwit-cli: not confirmed (pass --yes to import without a prompt); nothing was written.\n"));
        return Failed;
    }
    options.verifyDump = false; // just verified by the pre-flight
    const JobOutcome out = runJob(s.jobs, tr("Import into %1").arg(target.profile.name), [source, target, options](JobContext &job) {
        return JobOutcome::from(source.load(target, options, job));
    }, json);
    if (!out.ok)
        return failJson(json, out.error);
    const ImportResult r = out.value.value<ImportResult>();
    if (json) {
        QJsonArray tables;
        for (const TableComparison &c : r.verification)
            tables.append(QJsonObject{{QStringLiteral("name"), c.table}, {QStringLiteral("dump_rows"), c.rowsA},
                                      {QStringLiteral("target_rows"), c.rowsB}, {QStringLiteral("equal"), c.equal}});
        printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("rows_written"), r.rowsWritten},
                              {QStringLiteral("rows_rejected"), r.rowsRejected}, {QStringLiteral("reject_file"), r.rejectFile},
                              {QStringLiteral("verified"), r.verified}, {QStringLiteral("tables"), tables},
                              {QStringLiteral("load_method"), r.loadMethod},
                              {QStringLiteral("elapsed_ms"), r.elapsedMs}, {QStringLiteral("preflight"), preflightJson(r.preflight)}});
    } else {
        printOut(tr("Imported %1 rows in %2 s.\n").arg(r.rowsWritten).arg(double(r.elapsedMs) / 1000.0, 0, 'f', 1));
        if (r.rowsRejected)
            printOut(tr("%1 rows were skipped; they are in %2.\n").arg(r.rowsRejected).arg(r.rejectFile));
        for (const TableComparison &c : r.verification)
            if (!c.equal)
                printErr(tr("Verification: %1 has %2 rows in the target, %3 in the dump%4.\n")
                             .arg(c.table).arg(c.rowsB).arg(c.rowsA).arg(c.rowsA == c.rowsB ? tr(", and different content") : QString()));
        printOut(r.verified ? tr("Verified: every table's count and content checksum match the dump.\n")
                            : tr("Verification found differences (see above).\n"));
    }
    return r.verified ? Ok : Failed;
}

int cmdImport(Session &s, const QStringList &arguments)
{
    CommandLine cl;
    addImportOptions(cl);
    if (!cl.parse(arguments))
        return fail(cl.error, Usage);
    if (cl.args.size() != 2)
        return fail(tr("usage: dump import DUMP TARGET [options] (see godwit-cli dump --help)"), Usage);
    if (cl.has(QStringLiteral("on-error")) && !QStringList{QStringLiteral("stop"), QStringLiteral("skip")}.contains(cl.value(QStringLiteral("on-error"))))
        return fail(tr("--on-error takes stop or skip."), Usage);
    if (cl.has(QStringLiteral("checkpoint")) && cl.has(QStringLiteral("resume")))
        return fail(tr("--checkpoint starts a resumable import, --resume goes on with one: pass one of them."), Usage);
    const bool json = cl.has(QStringLiteral("json"));
    if (isDjangoFixture(cl.args.at(0))) {
        if (cl.has(QStringLiteral("checkpoint")) || cl.has(QStringLiteral("resume")))
            return fail(tr("--checkpoint and --resume are for Godwit dumps; a Django fixture loads in one transaction."), Usage);
        auto target = resolveDatabase(s, cl.args.at(1), cl, true);
        if (!target)
            return failJson(json, target.error());
        return runImport(s, cl, fixtureSource(cl.args.at(0)), *target, importOptions(cl));
    }
    auto src = openDump(s, cl.args.at(0), json);
    if (!src)
        return failJson(json, src.error());
    auto target = resolveDatabase(s, cl.args.at(1), cl, true);
    if (!target)
        return failJson(json, target.error());
    return runImport(s, cl, dumpSource(*src), *target, importOptions(cl));
}

int cmdCompare(Session &s, const QStringList &arguments)
{
    CommandLine cl;
    cl.add(QStringLiteral("json"), tr("Print the result as JSON."));
    cl.add(QStringLiteral("tables"), tr("Only these tables."), QStringLiteral("T,..."));
    addSecretOptions(cl);
    if (!cl.parse(arguments))
        return fail(cl.error, Usage);
    if (cl.args.size() != 2)
        return fail(tr("usage: db compare URL_A URL_B [--tables T,...] [--json]"), Usage);
    const bool json = cl.has(QStringLiteral("json"));
    auto a = resolveDatabase(s, cl.args.at(0), cl, false, "GODWIT_PASSWORD_A");
    if (!a)
        return failJson(json, a.error());
    auto b = resolveDatabase(s, cl.args.at(1), cl, false, "GODWIT_PASSWORD_B");
    if (!b)
        return failJson(json, b.error());
    const Target ta = *a, tb = *b;
    const QStringList tables = listOption(cl, QStringLiteral("tables"));
    const JobOutcome out = runJob(s.jobs, tr("Compare"), [ta, tb, tables](JobContext &job) {
        return JobOutcome::from(compareDatabases(ta.profile, ta.secret, tb.profile, tb.secret, tables, &job));
    }, json);
    if (!out.ok)
        return failJson(json, out.error);
    const CompareReport r = out.value.value<CompareReport>();
    if (json) {
        QJsonArray arr;
        for (const TableComparison &c : r.tables) {
            QJsonObject o{{QStringLiteral("name"), c.table}, {QStringLiteral("equal"), c.equal}};
            o[QStringLiteral("rows_a")] = c.rowsA >= 0 ? QJsonValue(c.rowsA) : QJsonValue();
            o[QStringLiteral("rows_b")] = c.rowsB >= 0 ? QJsonValue(c.rowsB) : QJsonValue();
            o[QStringLiteral("checksum_a")] = c.checksumA;
            o[QStringLiteral("checksum_b")] = c.checksumB;
            if (!c.onlyInA.isEmpty())
                o[QStringLiteral("columns_only_in_a")] = QJsonArray::fromStringList(c.onlyInA);
            if (!c.onlyInB.isEmpty())
                o[QStringLiteral("columns_only_in_b")] = QJsonArray::fromStringList(c.onlyInB);
            arr.append(o);
        }
        printJson(QJsonObject{{QStringLiteral("equal"), r.equal}, {QStringLiteral("tables"), arr}});
    } else {
        for (const TableComparison &c : r.tables)
            printOut(QStringLiteral("%1  %2  %3  %4\n").arg(c.equal ? QStringLiteral("=") : QStringLiteral("≠")).arg(c.table, -40)
                         .arg(c.rowsA >= 0 ? QString::number(c.rowsA) : tr("missing"), 10)
                         .arg(c.rowsB >= 0 ? QString::number(c.rowsB) : tr("missing"), 10));
        printOut(r.equal ? tr("The databases hold the same rows.\n") : tr("The databases differ.\n"));
    }
    return r.equal ? Ok : Failed;
}

// ---------------------------------------------------------------------------------------------------------
// Backups: timestamped, compressed Godwit dumps in the workspace's backups folder (or --dir).

QString backupPrefix(const ConnectionProfile &p)
{
    QString s;
    for (const QChar ch : p.name)
        s.append(ch.isLetterOrNumber() || ch == u'-' ? ch : u'_');
    return s;
}

QFileInfoList backupsOf(const QString &dir, const QString &prefix)
{
    QDir d(dir);
    QFileInfoList list = d.entryInfoList({prefix.isEmpty() ? QStringLiteral("*.tar.zst") : prefix + QStringLiteral("-*.tar.zst")},
                                         QDir::Files, QDir::Name);
    std::reverse(list.begin(), list.end()); // newest first (names carry the UTC time)
    return list;
}

int cmdBackup(Session &s, const QString &verb, const QStringList &arguments)
{
    CommandLine cl;
    cl.add(QStringLiteral("json"), tr("Print the result as JSON."));
    cl.add(QStringLiteral("dir"), tr("The backup folder (default: the workspace's backups folder)."), QStringLiteral("DIR"));
    cl.add(QStringLiteral("media"), tr("A media folder to include."), QStringLiteral("DIR"));
    cl.add(QStringLiteral("file"), tr("The backup to restore (default: the newest)."), QStringLiteral("BACKUP"));
    cl.add(QStringLiteral("yes"), tr("Restore without asking."));
    addSecretOptions(cl);
    if (!cl.parse(arguments))
        return fail(cl.error, Usage);
    const bool json = cl.has(QStringLiteral("json"));
    if (auto st = s.open(); !st)
        return failJson(json, st.error());
    const QString dir = cl.has(QStringLiteral("dir")) ? cl.value(QStringLiteral("dir")) : Workspace(s.workspaceDir).backupsDirectory();
    if (verb == QLatin1String("list")) {
        if (cl.args.size() > 1)
            return fail(tr("usage: backup list [CONNECTION] [--json]"), Usage);
        QString prefix;
        if (!cl.args.isEmpty()) {
            auto p = findConnection(s, cl.args.first());
            if (!p)
                return failJson(json, p.error());
            prefix = backupPrefix(*p);
        }
        QJsonArray arr;
        for (const QFileInfo &f : backupsOf(dir, prefix)) {
            if (json)
                arr.append(QJsonObject{{QStringLiteral("file"), f.absoluteFilePath()}, {QStringLiteral("bytes"), f.size()},
                                       {QStringLiteral("modified"), f.lastModified().toUTC().toString(Qt::ISODate)}});
            else
                printOut(QStringLiteral("%1\t%2\n").arg(f.absoluteFilePath()).arg(f.size()));
        }
        if (json)
            printJsonArray(arr);
        return Ok;
    }
    if (cl.args.size() != 1)
        return fail(tr("usage: backup %1 CONNECTION").arg(verb), Usage);
    auto target = resolveDatabase(s, cl.args.first(), cl, verb == QLatin1String("restore"));
    if (!target)
        return failJson(json, target.error());
    if (verb == QLatin1String("create")) {
        QDir().mkpath(dir);
        const QString file = QDir(dir).filePath(QStringLiteral("%1-%2.tar.zst")
                                                    .arg(backupPrefix(target->profile), QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        ExportOptions options;
        options.mediaFolder = cl.value(QStringLiteral("media"));
        const Target t = *target;
        const JobOutcome out = runJob(s.jobs, tr("Back up %1").arg(t.profile.name), [t, file, options](JobContext &job) {
            return JobOutcome::from(exportDatabase(t.profile, t.secret, file, options, &job));
        }, json);
        if (!out.ok)
            return failJson(json, out.error);
        const ExportResult r = out.value.value<ExportResult>();
        if (json)
            printJson(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("file"), r.path}, {QStringLiteral("bytes"), r.bytes},
                                  {QStringLiteral("rows"), r.manifest.totalRows()}});
        else
            printOut(tr("Backed up %1 rows to %2.\n").arg(r.manifest.totalRows()).arg(r.path));
        return Ok;
    }
    if (verb == QLatin1String("restore")) {
        QString file = cl.value(QStringLiteral("file"));
        if (file.isEmpty()) {
            const QFileInfoList list = backupsOf(dir, backupPrefix(target->profile));
            if (list.isEmpty())
                return failJson(json, Error::make(ErrorKind::NotFound, tr("There is no backup of “%1” in %2.").arg(target->profile.name, dir)));
            file = list.first().absoluteFilePath();
        }
        auto src = openDump(s, file, json);
        if (!src)
            return failJson(json, src.error());
        if (!json)
            printErr(tr("Restoring %1\n").arg(file));
        ImportOptions options;
        options.clear = true;        // a restore replaces what the tables hold
        options.createTables = true; // and brings back tables a new server does not have yet
        return runImport(s, cl, dumpSource(*src), *target, options);
    }
    return fail(tr("unknown command “backup %1”").arg(verb), Usage);
}

} // namespace

int runDump(Session &session, const QString &group, const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (verb == QLatin1String("--help") || verb == QLatin1String("help")) {
        printOut(QString::fromUtf8(dumpUsage));
        return Ok;
    }
    if (group == QLatin1String("db") && verb == QLatin1String("compare"))
        return cmdCompare(session, rest);
    if (group == QLatin1String("backup"))
        return cmdBackup(session, verb, rest);
    if (verb == QLatin1String("export"))
        return cmdExport(session, rest);
    if (verb == QLatin1String("import"))
        return cmdImport(session, rest);
    if (verb == QLatin1String("verify"))
        return cmdVerifyOrInspect(session, rest, true);
    if (verb == QLatin1String("inspect"))
        return cmdVerifyOrInspect(session, rest, false);
    printErr(QString::fromUtf8(dumpUsage));
    return fail(tr("unknown command “%1 %2”").arg(group, verb), Usage);
}

} // namespace Godwit::Cli
