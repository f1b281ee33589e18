// SPDX-License-Identifier: GPL-3.0-or-later
// godwit-cli index …: index migrations (recipes, init, run, status, rollover, rollback, cancel, cleanup).
#include "cli.h"
#include "clicommon.h"
#include "output.h"
#include "terminal.h"
#include "indexmig/indexmigrator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <cstdio>

namespace Godwit::Cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("Godwit::Cli::Index", text); }

const char *const indexUsage = R"(Usage: godwit-cli index COMMAND ...

Recipes (JSON files in the workspace's recipes/ folder; RECIPE is a name there or a path):
  index recipe new NAME --source CONN [--dest CONN] [--prefix P] --job INDEX_OR_ALIAS [--job ...]
                        [--destination TEMPLATE] [--method reindex|remote-reindex|client] [--slices N]
                        [--batch-size N] [--timestamp-field FIELD] [--force]
  index recipe show RECIPE [--json]
  index recipe validate RECIPE [--json]     checks against the clusters, tries the new mappings
  index list [--json]

Workflow:
  index init RECIPE [--yes] [--json]        dry-run summary, then (confirmed) create the destination indexes
  index run RECIPE [--once] [--passes N] [--json]
                                            bulk copy, then sync until Ctrl-C (--once: one pass)
  index status RECIPE [--json] [--watch SECONDS]
  index throttle RECIPE (--rps N | --pause | --resume)
  index rollover RECIPE [--force] [--confirm] [--yes] [--json]
  index rollback RECIPE [--yes] [--json]
  index cancel RECIPE [--delete-created] [--yes] [--json]
  index cleanup RECIPE [--yes] [--json]     delete the old indexes after a rollover
  index verify RECIPE [--json]              compare every document (id, content, version); exit 1 if any differs

Secrets: GODWIT_PASSWORD_SOURCE / GODWIT_PASSWORD_DEST (or GODWIT_PASSWORD, or the keychain of the saved
connection). The recipe's format is described in docs/index-migrations.md.
)";

bool confirmed(const CommandLine &cl, const QString &question)
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

Result<ClusterEndpoint> endpoint(Session &s, const CommandLine &cl, const QString &name, const char *envName)
{
    auto p = findConnection(s, name);
    if (!p)
        return p.error();
    if (p->kind() != ConnectionKind::Search)
        return Error::make(ErrorKind::InvalidInput, tr("“%1” is a database connection, not a search cluster.").arg(name));
    ClusterEndpoint e;
    e.name = name;
    e.profile = *p;
    const QString env = qEnvironmentVariable(envName);
    e.secret = !env.isEmpty() ? env : resolveSecret(*p, cl, {}, true);
    return e;
}

struct Loaded
{
    Recipe recipe;
    ClusterEndpoint source;
    ClusterEndpoint dest;
};

Result<Loaded> loadRecipe(Session &s, const CommandLine &cl, const QString &nameOrPath)
{
    auto r = Recipe::load(recipePath(s.workspaceDir, nameOrPath));
    if (!r)
        return r.error();
    Loaded l;
    l.recipe = r.take();
    const QStringList problems = l.recipe.validate();
    if (!problems.isEmpty())
        return Error::make(ErrorKind::InvalidInput, tr("The recipe %1 is not valid: %2").arg(l.recipe.name, problems.join(QStringLiteral(" "))));
    auto src = endpoint(s, cl, l.recipe.sourceConnection, "GODWIT_PASSWORD_SOURCE");
    if (!src)
        return src.error();
    l.source = src.take();
    if (l.recipe.crossCluster()) {
        auto dst = endpoint(s, cl, l.recipe.destinationConnection, "GODWIT_PASSWORD_DEST");
        if (!dst)
            return dst.error();
        l.dest = dst.take();
    } else {
        l.dest = l.source;
    }
    return l;
}

QString msText(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("–");
    if (ms < 10000)
        return QStringLiteral("%1 s").arg(ms / 1000.0, 0, 'f', 1);
    if (ms < 3600000)
        return QStringLiteral("%1 min %2 s").arg(ms / 60000).arg((ms / 1000) % 60);
    return QStringLiteral("%1 h %2 min").arg(ms / 3600000).arg((ms / 60000) % 60);
}

// The dry run (plan with the mappings tried on a throw-away index) as a job; its value is the plan's JSON.
JobOutcome planJob(Session &s, const Loaded &l, const QString &title, bool quiet)
{
    return runJob(s.jobs, title, [l](JobContext &job) -> JobOutcome {
        IndexMigrator m(l.recipe, l.source, l.dest, &job);
        auto p = m.plan(true);
        if (!p)
            return JobOutcome::failure(p.error());
        return JobOutcome::success(QVariant(p->toJson()));
    }, quiet);
}

template<typename Fn>
int runMigratorJob(Session &s, const Loaded &l, const QString &title, bool json, Fn fn, bool quiet = false)
{
    const JobOutcome out = runJob(s.jobs, title, [l, fn](JobContext &job) -> JobOutcome {
        IndexMigrator m(l.recipe, l.source, l.dest, &job);
        return fn(m);
    }, quiet || json);
    if (!out.ok)
        return failJson(json, out.error);
    const QJsonObject o = out.value.toJsonObject();
    if (json)
        printJson(o);
    return Ok;
}

int cmdRecipe(Session &s, const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    CommandLine cl;
    cl.add(QStringLiteral("json"), tr("Print JSON."));
    cl.add(QStringLiteral("source"), tr("Source cluster connection."), QStringLiteral("CONN"));
    cl.add(QStringLiteral("dest"), tr("Destination cluster connection (default: the source)."), QStringLiteral("CONN"));
    cl.add(QStringLiteral("prefix"), tr("Index prefix."), QStringLiteral("P"));
    cl.add(QStringLiteral("job"), tr("A source index, alias or pattern (repeatable)."), QStringLiteral("INDEX"));
    cl.add(QStringLiteral("destination"), tr("Destination name template."), QStringLiteral("TEMPLATE"));
    cl.add(QStringLiteral("method"), tr("reindex, remote-reindex or client."), QStringLiteral("METHOD"));
    cl.add(QStringLiteral("slices"), tr("Slices."), QStringLiteral("N"));
    cl.add(QStringLiteral("batch-size"), tr("Batch size."), QStringLiteral("N"));
    cl.add(QStringLiteral("timestamp-field"), tr("The date field every write sets."), QStringLiteral("FIELD"));
    cl.add(QStringLiteral("force"), tr("Overwrite an existing recipe."));
    addSecretOptions(cl);
    if (!cl.parse(arguments.mid(1)))
        return fail(cl.error, Usage);
    const bool json = cl.has(QStringLiteral("json"));
    if (cl.args.isEmpty())
        return fail(tr("index recipe %1: missing recipe name").arg(verb), Usage);
    if (verb == QLatin1String("new")) {
        Recipe r;
        r.name = cl.args.first();
        r.sourceConnection = cl.value(QStringLiteral("source"));
        r.destinationConnection = cl.value(QStringLiteral("dest"));
        if (r.destinationConnection == r.sourceConnection)
            r.destinationConnection.clear();
        r.prefix = cl.value(QStringLiteral("prefix"));
        for (const QString &src : cl.parser.values(QStringLiteral("job"))) {
            RecipeJob j;
            j.source = src;
            if (cl.has(QStringLiteral("destination")))
                j.destination = cl.value(QStringLiteral("destination"));
            bool ok = true;
            j.method = copyMethodFromKey(cl.has(QStringLiteral("method")) ? cl.value(QStringLiteral("method"))
                                                                          : (r.crossCluster() ? QStringLiteral("client") : QStringLiteral("reindex")), &ok);
            if (!ok)
                return fail(tr("unknown method “%1” (reindex, remote-reindex, client)").arg(cl.value(QStringLiteral("method"))), Usage);
            if (cl.has(QStringLiteral("slices")))
                j.slices = cl.value(QStringLiteral("slices")).toInt();
            if (cl.has(QStringLiteral("batch-size")))
                j.batchSize = cl.value(QStringLiteral("batch-size")).toInt();
            if (cl.has(QStringLiteral("timestamp-field")))
                j.sync.timestampField = cl.value(QStringLiteral("timestamp-field"));
            r.jobs.append(j);
        }
        const QStringList problems = r.validate();
        if (!problems.isEmpty())
            return fail(tr("the recipe would not be valid: %1").arg(problems.join(QStringLiteral(" "))), Usage);
        if (auto st = s.open(); !st)
            return fail(st.errorMessage());
        for (const QString &c : {r.sourceConnection, r.destinationConnection})
            if (!c.isEmpty())
                if (auto p = findConnection(s, c); !p)
                    return fail(p.errorMessage());
        const QString path = recipePath(s.workspaceDir, r.name);
        if (QFileInfo::exists(path) && !cl.has(QStringLiteral("force")))
            return fail(tr("%1 exists (pass --force to replace it)").arg(path));
        if (Status st = r.save(path); !st)
            return fail(st.errorMessage());
        if (json)
            printJson(QJsonObject{{QStringLiteral("path"), path}, {QStringLiteral("recipe"), r.toJson()}});
        else
            printOut(tr("Wrote %1\n").arg(path));
        return Ok;
    }
    auto loaded = Recipe::load(recipePath(s.workspaceDir, cl.args.first()));
    if (!loaded)
        return failJson(json, loaded.error());
    if (verb == QLatin1String("show")) {
        if (json)
            printJson(loaded->toJson());
        else
            printOut(QString::fromUtf8(QJsonDocument(loaded->toJson()).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    if (verb == QLatin1String("validate")) {
        if (auto st = s.open(); !st)
            return fail(st.errorMessage());
        auto l = loadRecipe(s, cl, cl.args.first());
        if (!l)
            return failJson(json, l.error());
        const JobOutcome out = planJob(s, *l, tr("Validate %1").arg(l->recipe.name), json);
        if (!out.ok)
            return failJson(json, out.error);
        const QJsonObject plan = out.value.toJsonObject();
        if (json)
            printJson(plan);
        const QJsonArray problems = plan.value(QStringLiteral("problems")).toArray();
        if (!json) {
            for (const QJsonValue &w : plan.value(QStringLiteral("warnings")).toArray())
                printOut(tr("warning: %1\n").arg(w.toString()));
            for (const QJsonValue &p : problems)
                printOut(tr("problem: %1\n").arg(p.toString()));
            if (problems.isEmpty())
                printOut(tr("%1 is valid.\n").arg(l->recipe.name));
        }
        return problems.isEmpty() ? Ok : Failed;
    }
    return fail(tr("unknown command “index recipe %1”").arg(verb), Usage);
}
} // namespace

int runIndex(Session &s, const QStringList &arguments)
{
    const QString verb = arguments.value(0);
    if (verb.isEmpty() || verb == QLatin1String("--help") || verb == QLatin1String("help")) {
        printOut(QString::fromUtf8(indexUsage));
        return verb.isEmpty() ? Usage : Ok;
    }
    if (verb == QLatin1String("recipe")) {
        if (auto st = s.open(); !st)
            return fail(st.errorMessage());
        return cmdRecipe(s, arguments.mid(1));
    }
    CommandLine cl;
    cl.add(QStringLiteral("json"), tr("Print JSON."));
    cl.add(QStringLiteral("yes"), tr("Do it without asking."));
    cl.add(QStringLiteral("once"), tr("One bulk and sync pass, then stop."));
    cl.add(QStringLiteral("passes"), tr("Stop after N sync passes."), QStringLiteral("N"));
    cl.add(QStringLiteral("force"), tr("Roll over even above the lag threshold."));
    cl.add(QStringLiteral("confirm"), tr("Cross-cluster: the application uses the destination now."));
    cl.add(QStringLiteral("delete-created"), tr("Delete the indexes init created."));
    cl.add(QStringLiteral("rps"), tr("Requests per second."), QStringLiteral("N"));
    cl.add(QStringLiteral("pause"), tr("Pause the bulk copy."));
    cl.add(QStringLiteral("resume"), tr("Resume the bulk copy unthrottled."));
    cl.add(QStringLiteral("watch"), tr("Repeat every N seconds."), QStringLiteral("SECONDS"));
    addSecretOptions(cl);
    if (!cl.parse(arguments.mid(1)))
        return fail(cl.error, Usage);
    const bool json = cl.has(QStringLiteral("json"));
    if (auto st = s.open(); !st)
        return fail(st.errorMessage());
    if (verb == QLatin1String("list")) {
        QJsonArray list;
        for (const QString &path : listRecipes(s.workspaceDir)) {
            auto r = Recipe::load(path);
            list.append(QJsonObject{{QStringLiteral("path"), path},
                                    {QStringLiteral("name"), r ? r->name : QFileInfo(path).completeBaseName()},
                                    {QStringLiteral("error"), r ? QString() : r.errorMessage()}});
            if (!json)
                printOut(QStringLiteral("%1\t%2\n").arg(r ? r->name : QFileInfo(path).completeBaseName(), r ? path : r.errorMessage()));
        }
        if (json)
            printJsonArray(list);
        return Ok;
    }
    if (cl.args.isEmpty())
        return fail(tr("index %1: missing RECIPE").arg(verb), Usage);
    auto l = loadRecipe(s, cl, cl.args.first());
    if (!l)
        return failJson(json, l.error());
    const QString name = l->recipe.name;

    if (verb == QLatin1String("init")) {
        const JobOutcome pre = planJob(s, *l, tr("Plan %1").arg(name), json);
        if (!pre.ok)
            return failJson(json, pre.error);
        const QJsonObject planJson = pre.value.toJsonObject();
        if (!json) {
            // The dry-run summary, in words.
            printErr(tr("Dry run for %1 (%2 → %3):\n").arg(name, planJson.value(QStringLiteral("source")).toString(),
                                                          planJson.value(QStringLiteral("destination")).toString()));
            for (const QJsonValue &v : planJson.value(QStringLiteral("items")).toArray()) {
                const QJsonObject i = v.toObject();
                QStringList aliases;
                for (const QJsonValue &a : i.value(QStringLiteral("aliases")).toArray())
                    aliases << a.toObject().value(QStringLiteral("alias")).toString();
                printErr(tr("  create %1 from %2 (%3 documents, %4); aliases to move at rollover: %5\n")
                             .arg(i.value(QStringLiteral("dest_index")).toString(), i.value(QStringLiteral("source_index")).toString())
                             .arg(qint64(i.value(QStringLiteral("source_docs")).toDouble()))
                             .arg(i.value(QStringLiteral("method")).toString(), aliases.isEmpty() ? tr("none") : aliases.join(QStringLiteral(", "))));
                const QJsonArray diff = i.value(QStringLiteral("mapping_diff")).toArray();
                if (diff.isEmpty())
                    printErr(tr("    mappings unchanged\n"));
                for (const QJsonValue &dl : diff)
                    printErr(QStringLiteral("    %1\n").arg(dl.toString()));
            }
            for (const QJsonValue &w : planJson.value(QStringLiteral("warnings")).toArray())
                printErr(tr("  warning: %1\n").arg(w.toString()));
            for (const QJsonValue &p : planJson.value(QStringLiteral("problems")).toArray())
                printErr(tr("  PROBLEM: %1\n").arg(p.toString()));
        }
        if (!planJson.value(QStringLiteral("problems")).toArray().isEmpty()) {
            if (json)
                printJson(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("plan"), planJson},
                                      {QStringLiteral("message"), tr("Problems found; nothing was created.")}});
            else
                printErr(tr("godwit-cli: problems found; nothing was created.\n"));
            return Failed;
        }
        if (!confirmed(cl, tr("Create these indexes?"))) {
            if (json)
                printJson(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("plan"), planJson},
                                      {QStringLiteral("message"), tr("Not confirmed (pass --yes); nothing was created.")}});
            else
                printErr(tr("godwit-cli: not confirmed (pass --yes); nothing was created.\n"));
            return Failed;
        }
        const int rc = runMigratorJob(s, *l, tr("Init %1").arg(name), json, [](IndexMigrator &m) -> JobOutcome {
            auto r = m.init();
            if (!r)
                return JobOutcome::failure(r.error());
            return JobOutcome::success(QVariant(r->toJson()));
        });
        if (rc == Ok && !json)
            printOut(tr("%1 initialised; next: godwit-cli index run %1\n").arg(name));
        return rc;
    }
    if (verb == QLatin1String("run")) {
        IndexMigrator::RunOptions opt;
        opt.once = cl.has(QStringLiteral("once"));
        opt.maxPasses = cl.has(QStringLiteral("passes")) ? cl.value(QStringLiteral("passes")).toInt() : -1;
        const int rc = runMigratorJob(s, *l, tr("Run %1").arg(name), json, [opt](IndexMigrator &m) -> JobOutcome {
            auto r = m.run(opt);
            if (!r)
                return JobOutcome::failure(r.error());
            return JobOutcome::success(QVariant(r->toJson()));
        });
        if (rc == Ok && !json)
            printOut(interrupted() ? tr("%1: sync stopped; run it again to resume.\n").arg(name) : tr("%1: pass done.\n").arg(name));
        return rc;
    }
    if (verb == QLatin1String("status")) {
        const int every = cl.value(QStringLiteral("watch")).toInt();
        for (;;) {
            const JobOutcome out = runJob(s.jobs, tr("Status %1").arg(name), [l = *l](JobContext &job) -> JobOutcome {
                IndexMigrator m(l.recipe, l.source, l.dest, &job);
                auto st = m.status();
                if (!st)
                    return JobOutcome::failure(st.error());
                return JobOutcome::success(QVariant(st->toJson()));
            }, true);
            if (!out.ok)
                return failJson(json, out.error);
            if (json) {
                printJson(out.value.toJsonObject());
            } else {
                // Re-read into a struct-free text view.
                const QJsonObject o = out.value.toJsonObject();
                printOut(tr("%1: %2\n").arg(name, o.value(QStringLiteral("status")).toString()));
                for (const QJsonValue &v : o.value(QStringLiteral("jobs")).toArray()) {
                    const QJsonObject j = v.toObject();
                    const qint64 total = qint64(j.value(QStringLiteral("total")).toDouble());
                    const QString phase = j.value(QStringLiteral("phase")).toString();
                    QString progress = phase == QLatin1String("bulk")
                        ? tr("%1/%2 copied, %3 docs/s, ETA %4").arg(qint64(j.value(QStringLiteral("done")).toDouble())).arg(total)
                              .arg(j.value(QStringLiteral("docs_per_second")).toDouble(), 0, 'f', 0).arg(msText(qint64(j.value(QStringLiteral("eta_ms")).toDouble())))
                        : tr("lag %1, %2 synced, %3 deleted").arg(msText(qint64(j.value(QStringLiteral("lag_ms")).toDouble())))
                              .arg(qint64(j.value(QStringLiteral("synced_docs")).toDouble())).arg(qint64(j.value(QStringLiteral("deleted_docs")).toDouble()));
                    printOut(QStringLiteral("  %1 → %2  [%3]  %4; documents %5 / %6\n")
                                 .arg(j.value(QStringLiteral("source_index")).toString(), j.value(QStringLiteral("dest_index")).toString(), phase, progress)
                                 .arg(qint64(j.value(QStringLiteral("source_docs")).toDouble()))
                                 .arg(qint64(j.value(QStringLiteral("dest_docs")).toDouble())));
                    for (const QJsonValue &e : j.value(QStringLiteral("errors")).toArray())
                        printOut(tr("    error: %1\n").arg(e.toString()));
                }
            }
            if (every <= 0 || interrupted())
                return Ok;
            for (int i = 0; i < every * 10 && !interrupted(); ++i)
                QThread::msleep(100);
            if (interrupted())
                return Ok;
        }
    }
    if (verb == QLatin1String("throttle")) {
        double rps = -2;
        if (cl.has(QStringLiteral("pause")))
            rps = 0;
        else if (cl.has(QStringLiteral("resume")))
            rps = -1;
        else if (cl.has(QStringLiteral("rps")))
            rps = cl.value(QStringLiteral("rps")).toDouble();
        if (rps < -1 || (rps < 0 && rps != -1))
            return fail(tr("index throttle: give --rps N, --pause or --resume"), Usage);
        return runMigratorJob(s, *l, tr("Throttle %1").arg(name), json, [rps](IndexMigrator &m) -> JobOutcome {
            auto r = m.throttle(rps);
            if (!r)
                return JobOutcome::failure(r.error());
            return JobOutcome::success(QVariant(r->toJson()));
        });
    }
    if (verb == QLatin1String("rollover") || verb == QLatin1String("rollback") || verb == QLatin1String("cancel")
        || verb == QLatin1String("cleanup")) {
        QString question;
        if (verb == QLatin1String("rollover"))
            question = cl.has(QStringLiteral("confirm")) ? tr("Confirm that the application now uses the destination cluster?")
                                                         : tr("Swap the aliases of %1 to the new indexes?").arg(name);
        else if (verb == QLatin1String("rollback"))
            question = tr("Swap the aliases of %1 back to the old indexes?").arg(name);
        else if (verb == QLatin1String("cancel"))
            question = cl.has(QStringLiteral("delete-created")) ? tr("Cancel %1 and delete the indexes it created?").arg(name)
                                                                : tr("Cancel %1?").arg(name);
        else
            question = tr("Delete the old indexes of %1 for good?").arg(name);
        if (!confirmed(cl, question)) {
            if (json)
                printJson(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("message"), tr("Not confirmed (pass --yes); nothing changed.")}});
            else
                printErr(tr("godwit-cli: not confirmed (pass --yes); nothing changed.\n"));
            return Failed;
        }
        IndexMigrator::RolloverOptions ro;
        ro.force = cl.has(QStringLiteral("force"));
        ro.confirm = cl.has(QStringLiteral("confirm"));
        const bool del = cl.has(QStringLiteral("delete-created"));
        const int rc = runMigratorJob(s, *l, verb + u' ' + name, json, [verb, ro, del](IndexMigrator &m) -> JobOutcome {
            Result<MigrationState> r = verb == QLatin1String("rollover") ? m.rollover(ro)
                : verb == QLatin1String("rollback")                     ? m.rollback()
                : verb == QLatin1String("cancel")                       ? m.cancel(del)
                                                                        : m.cleanup();
            if (!r)
                return JobOutcome::failure(r.error());
            QJsonObject o = r->toJson();
            o[QStringLiteral("log")] = QJsonArray::fromStringList(m.log());
            return JobOutcome::success(QVariant(o));
        });
        if (rc == Ok && !json)
            printOut(tr("%1: %2 done.\n").arg(name, verb));
        return rc;
    }
    if (verb == QLatin1String("verify")) {
        const JobOutcome out = runJob(s.jobs, tr("Verify %1").arg(name), [l = *l](JobContext &job) -> JobOutcome {
            IndexMigrator m(l.recipe, l.source, l.dest, &job);
            auto st = m.status();
            if (!st)
                return JobOutcome::failure(st.error());
            if (!st->exists)
                return JobOutcome::failure(Error::make(ErrorKind::NotFound, tr("“%1” is not initialised.").arg(l.recipe.name)));
            QJsonArray jobs;
            bool equal = true;
            for (const MigrationStatus::Job &j : st->jobs) {
                HttpClient a(l.source.http(), &job), b(l.dest.http(), &job);
                (void)a.request("POST", u'/' + j.sourceIndex + QStringLiteral("/_refresh"));
                (void)b.request("POST", u'/' + j.destIndex + QStringLiteral("/_refresh"));
                auto c = compareIndices(l.source.http(), j.sourceIndex, l.dest.http(), j.destIndex, true, &job);
                if (!c)
                    return JobOutcome::failure(c.error());
                equal = equal && c->equal();
                jobs.append(QJsonObject{{QStringLiteral("source_index"), j.sourceIndex}, {QStringLiteral("dest_index"), j.destIndex},
                                        {QStringLiteral("source_docs"), c->sourceDocs}, {QStringLiteral("dest_docs"), c->destDocs},
                                        {QStringLiteral("missing"), c->missing}, {QStringLiteral("extra"), c->extra},
                                        {QStringLiteral("different_content"), c->differentContent},
                                        {QStringLiteral("different_version"), c->differentVersion},
                                        {QStringLiteral("examples"), QJsonArray::fromStringList(c->examples)},
                                        {QStringLiteral("equal"), c->equal()}});
            }
            return JobOutcome::success(QVariant(QJsonObject{{QStringLiteral("equal"), equal}, {QStringLiteral("jobs"), jobs}}));
        }, json);
        if (!out.ok)
            return failJson(json, out.error);
        const QJsonObject o = out.value.toJsonObject();
        if (json) {
            printJson(o);
        } else {
            for (const QJsonValue &v : o.value(QStringLiteral("jobs")).toArray()) {
                const QJsonObject j = v.toObject();
                printOut(tr("%1 → %2: %3 / %4 documents; %5 missing, %6 extra, %7 different, %8 other versions\n")
                             .arg(j.value(QStringLiteral("source_index")).toString(), j.value(QStringLiteral("dest_index")).toString())
                             .arg(qint64(j.value(QStringLiteral("source_docs")).toDouble())).arg(qint64(j.value(QStringLiteral("dest_docs")).toDouble()))
                             .arg(qint64(j.value(QStringLiteral("missing")).toDouble())).arg(qint64(j.value(QStringLiteral("extra")).toDouble()))
                             .arg(qint64(j.value(QStringLiteral("different_content")).toDouble()))
                             .arg(qint64(j.value(QStringLiteral("different_version")).toDouble())));
                for (const QJsonValue &e : j.value(QStringLiteral("examples")).toArray())
                    printOut(QStringLiteral("    %1\n").arg(e.toString()));
            }
            printOut(o.value(QStringLiteral("equal")).toBool() ? tr("equal\n") : tr("NOT equal\n"));
        }
        return o.value(QStringLiteral("equal")).toBool() ? Ok : Failed;
    }
    printErr(QString::fromUtf8(indexUsage));
    return fail(tr("unknown command “index %1”").arg(verb), Usage);
}

} // namespace Godwit::Cli
