// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "clicommon.h"
#include "output.h"
#include "terminal.h"

#include "browse/browsemodel.h"
#include "connections/configimport.h"
#include "connections/connectionsmodel.h"
#include "connections/connectiontester.h"
#include "connections/secretstore.h"
#include "db/schema.h"
#include "global/version.h"
#include "log/log.h"
#include "search/clusterclient.h"
#include "workspace/workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>

#include <cstdio>

namespace Godwit::Cli {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("godwit-cli", text); }






const char *const usageText = R"(Usage: godwit-cli [--workspace DIR] COMMAND ...

Connections (saved in the workspace; secrets go to the system keychain, never to files):
  connection list [--json]
  connection add NAME URL [--user U] [--auth none|password|apikey|bearer] [--password-stdin]
                 [--ca-file FILE] [--insecure] [--index-prefix PREFIX]
  connection import FILE            profiles from an invenio.cfg or an InvenTree config.yaml
  connection remove NAME
  connection test NAME [--json] [--password-stdin]
  connection browse NAME [--table T | --index I] [--json] [--password-stdin]

Schema revisions (Alembic; see godwit-cli revisions --help):
  revisions heads|bases|branches|history|show|current|check|path|graph|lint|new|merge [--config alembic.ini | --versions DIR] [--json]

Dump files (see godwit-cli dump --help; SOURCE/TARGET: a saved connection name or a URL):
  dump export SOURCE OUT [--tables T,...] [--exclude P,...] [--preset inventree|invenio] [--where T=COND]
                         [--chunk-rows N] [--media DIR] [--overwrite] [--format godwit|django] [--json]
  dump import DUMP TARGET [--clear] [--strict] [--ignore-nonexistent] [--exclude-plugins] [--create-tables]
                         [--on-error stop|skip] [--reject-file F] [--tables T,...] [--yes] [--json]
  dump verify DUMP [--json]
  dump inspect DUMP [--json]
  db compare URL_A URL_B [--tables T,...] [--json]
  backup create|list|restore CONNECTION [--media DIR] [--dir DIR] [--file BACKUP] [--yes] [--json]

Index migrations (see godwit-cli index --help; RECIPE: a recipe name in the workspace or a path):
  index recipe new|show|validate ...   index list
  index init|run|status|throttle|rollover|rollback|cancel|cleanup|verify RECIPE [--json] [--yes] [--once]

One-off checks (URL as in SQLALCHEMY_DATABASE_URI, or https://host:9200):
  db test URL [--json] [--password-stdin]
  cluster test URL [--json] [--password-stdin] [--user U] [--auth ...] [--ca-file FILE] [--insecure]

Global:
  --workspace DIR   the workspace folder (default: $GODWIT_WORKSPACE or the user's data folder)
  --version, --help

Secrets: pass them with --password-stdin or the GODWIT_PASSWORD environment variable, not in URLs on the
command line (other users can read those). Exit codes: 0 success, 1 failure, 2 wrong usage.
)";

QJsonObject profileJson(const ConnectionProfile &p)
{
    QJsonObject o = p.toJson();
    o[QStringLiteral("url")] = p.displayUrl();
    o[QStringLiteral("kind")] = p.kind() == ConnectionKind::Search ? QStringLiteral("search") : QStringLiteral("database");
    return o;
}

int printTestResult(const Result<ServerInfo> &r, const ConnectionProfile &p, bool json)
{
    if (!r)
        return failJson(json, r.error());
    if (json) {
        printJson(serverInfoToJson(*r, p));
    } else {
        printOut(QStringLiteral("OK  %1 %2 at %3 (%4 ms)\n").arg(r->product, r->version, p.displayUrl()).arg(r->latencyMs));
    }
    return Ok;
}

int cmdOneOffTest(Session &s, const QStringList &arguments, ConnectionKind kind)
{
    CommandLine cl;
    cl.add(QStringLiteral("json"), tr("Print the result as JSON."));
    addSecretOptions(cl);
    if (kind == ConnectionKind::Search)
        addSearchOptions(cl);
    if (!cl.parse(arguments))
        return fail(cl.error, Usage);
    if (cl.args.size() != 1)
        return fail(kind == ConnectionKind::Search ? tr("usage: cluster test URL [--json]") : tr("usage: db test URL [--json]"), Usage);
    const bool json = cl.has(QStringLiteral("json"));
    auto parsed = parseConnectionUrl(cl.args.first(), kind);
    if (!parsed)
        return failJson(json, parsed.error());
    ConnectionProfile p = parsed->profile;
    if (p.kind() != kind)
        return failJson(json, Error::make(ErrorKind::InvalidInput,
                                          kind == ConnectionKind::Search ? tr("%1 is a database URL: use “db test”.").arg(p.displayUrl())
                                                                         : tr("%1 is a search cluster URL: use “cluster test”.").arg(p.displayUrl())));
    if (kind == ConnectionKind::Search)
        if (auto st = applySearchOptions(cl, p); !st)
            return fail(st.errorMessage(), Usage);
    const QString secret = resolveSecret(p, cl, parsed->secret, false);
    const JobOutcome out = runJob(s.jobs, tr("Test %1").arg(p.displayUrl()), [p, secret](JobContext &job) {
        return JobOutcome::from(testConnection(p, secret, &job));
    }, json);
    if (!out.ok)
        return failJson(json, out.error);
    return printTestResult(out.value.value<ServerInfo>(), p, json);
}

int cmdConnectionList(Session &s, const QStringList &arguments)
{
    CommandLine cl;
    cl.add(QStringLiteral("json"), tr("Print JSON."));
    if (!cl.parse(arguments))
        return fail(cl.error, Usage);
    if (cl.has(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const ConnectionProfile &p : s.connections.profiles())
            arr.append(profileJson(p));
        printJsonArray(arr);
        return Ok;
    }
    if (s.connections.profiles().isEmpty())
        printOut(tr("No connections. Add one with: godwit-cli connection add NAME URL\n"));
    for (const ConnectionProfile &p : s.connections.profiles())
        printOut(QStringLiteral("%1\t%2\t%3\n").arg(p.name, engineName(p.engine), p.displayUrl()));
    return Ok;
}

int cmdConnectionAdd(Session &s, const QStringList &arguments)
{
    CommandLine cl;
    addSecretOptions(cl);
    addSearchOptions(cl);
    cl.add(QStringLiteral("search"), tr("Treat a URL without scheme as a search cluster."));
    if (!cl.parse(arguments))
        return fail(cl.error, Usage);
    if (cl.args.size() != 2)
        return fail(tr("usage: connection add NAME URL"), Usage);
    const QString url = cl.args.at(1);
    const bool looksSearch = cl.has(QStringLiteral("search")) || url.startsWith(QLatin1String("http"));
    auto parsed = parseConnectionUrl(url, looksSearch ? ConnectionKind::Search : ConnectionKind::Database);
    if (!parsed)
        return fail(parsed.errorMessage());
    ConnectionProfile p = parsed->profile;
    p.id = ConnectionProfile::newId();
    p.name = cl.args.first();
    if (auto st = applySearchOptions(cl, p); !st)
        return fail(st.errorMessage(), Usage);
    QString secret = parsed->secret;
    if (!secret.isEmpty())
        printErr(tr("godwit-cli: warning: a password in a URL on the command line is visible to other users; "
                    "prefer --password-stdin.\n"));
    if (cl.has(QStringLiteral("password-stdin")))
        secret = readStdinLine();
    if (auto st = s.connections.upsert(p); !st)
        return fail(st.errorMessage());
    if (!secret.isEmpty()) {
        QEventLoop loop;
        Status stored = success();
        SecretStore::instance()->store(p.id, secret, true, nullptr, [&](const Status &st) {
            stored = st;
            loop.quit();
        });
        loop.exec();
        if (!stored)
            printErr(QStringLiteral("godwit-cli: warning: %1\n").arg(stored.errorMessage()));
    }
    printOut(tr("Added connection “%1” (%2).\n").arg(p.name, p.displayUrl()));
    return Ok;
}

int cmdConnectionImport(Session &s, const QStringList &arguments)
{
    CommandLine cl;
    if (!cl.parse(arguments))
        return fail(cl.error, Usage);
    if (cl.args.size() != 1)
        return fail(tr("usage: connection import FILE (invenio.cfg or InvenTree config.yaml)"), Usage);
    auto imported = importApplicationConfig(cl.args.first());
    if (!imported)
        return fail(imported.errorMessage());
    for (const QString &w : imported->warnings)
        printErr(QStringLiteral("godwit-cli: warning: %1\n").arg(w));
    for (ParsedConnection c : imported->connections) {
        c.profile.id = ConnectionProfile::newId();
        QString name = c.profile.name;
        for (int n = 2; s.connections.find(name) >= 0; ++n)
            name = c.profile.name + QStringLiteral(" %1").arg(n);
        c.profile.name = name;
        if (auto st = s.connections.upsert(c.profile); !st)
            return fail(st.errorMessage());
        if (!c.secret.isEmpty()) {
            QEventLoop loop;
            SecretStore::instance()->store(c.profile.id, c.secret, true, nullptr, [&](const Status &st) {
                if (!st)
                    printErr(QStringLiteral("godwit-cli: warning: %1\n").arg(st.errorMessage()));
                loop.quit();
            });
            loop.exec();
        }
        printOut(tr("Imported “%1” (%2).\n").arg(c.profile.name, c.profile.displayUrl()));
    }
    return Ok;
}

int cmdConnectionRemove(Session &s, const QStringList &arguments)
{
    CommandLine cl;
    if (!cl.parse(arguments))
        return fail(cl.error, Usage);
    if (cl.args.size() != 1)
        return fail(tr("usage: connection remove NAME"), Usage);
    const int row = s.connections.find(cl.args.first());
    if (row < 0)
        return fail(tr("No connection named “%1”.").arg(cl.args.first()));
    const ConnectionProfile p = s.connections.profileAt(row);
    if (auto st = s.connections.remove(p.id); !st)
        return fail(st.errorMessage());
    SecretStore::instance()->remove(p.id);
    printOut(tr("Removed connection “%1”.\n").arg(p.name));
    return Ok;
}

int cmdConnectionTest(Session &s, const QStringList &arguments)
{
    CommandLine cl;
    cl.add(QStringLiteral("json"), tr("Print JSON."));
    addSecretOptions(cl);
    if (!cl.parse(arguments))
        return fail(cl.error, Usage);
    if (cl.args.size() != 1)
        return fail(tr("usage: connection test NAME [--json]"), Usage);
    const bool json = cl.has(QStringLiteral("json"));
    auto p = findConnection(s, cl.args.first());
    if (!p)
        return failJson(json, p.error());
    const ConnectionProfile profile = *p;
    const QString secret = resolveSecret(profile, cl, {}, true);
    const JobOutcome out = runJob(s.jobs, tr("Test %1").arg(profile.name), [profile, secret](JobContext &job) {
        return JobOutcome::from(testConnection(profile, secret, &job));
    }, json);
    if (!out.ok)
        return failJson(json, out.error);
    return printTestResult(out.value.value<ServerInfo>(), profile, json);
}

QJsonObject tableJson(const TableInfo &t)
{
    QJsonObject o;
    o[QStringLiteral("name")] = t.name;
    o[QStringLiteral("view")] = t.view;
    if (t.rowCount >= 0)
        o[QStringLiteral("rows")] = t.rowCount;
    if (t.rowCountEstimated)
        o[QStringLiteral("rows_estimated")] = true;
    if (!t.columns.isEmpty()) {
        QJsonArray cols;
        for (const ColumnInfo &c : t.columns)
            cols.append(QJsonObject{{QStringLiteral("name"), c.name}, {QStringLiteral("type"), c.type},
                                    {QStringLiteral("nullable"), c.nullable}, {QStringLiteral("default"), c.defaultValue},
                                    {QStringLiteral("primary_key"), c.primaryKey}, {QStringLiteral("auto_increment"), c.autoIncrement}});
        o[QStringLiteral("columns")] = cols;
        o[QStringLiteral("primary_key")] = QJsonArray::fromStringList(t.primaryKey);
        QJsonArray fks;
        for (const ForeignKeyInfo &fk : t.foreignKeys)
            fks.append(QJsonObject{{QStringLiteral("name"), fk.name}, {QStringLiteral("columns"), QJsonArray::fromStringList(fk.columns)},
                                   {QStringLiteral("references"), fk.referencedTable},
                                   {QStringLiteral("referenced_columns"), QJsonArray::fromStringList(fk.referencedColumns)}});
        o[QStringLiteral("foreign_keys")] = fks;
        QJsonArray idx;
        for (const IndexInfo &i : t.indexes)
            idx.append(QJsonObject{{QStringLiteral("name"), i.name}, {QStringLiteral("columns"), QJsonArray::fromStringList(i.columns)},
                                   {QStringLiteral("unique"), i.unique}, {QStringLiteral("primary"), i.primary}});
        o[QStringLiteral("indexes")] = idx;
    }
    return o;
}

int browseDatabase(Session &s, const ConnectionProfile &p, const QString &secret, const QString &table, bool json)
{
    const JobOutcome out = runJob(s.jobs, tr("Browse %1").arg(p.name), [p, secret, table](JobContext &) -> JobOutcome {
        DatabaseSession::Options options;
        options.readOnly = true;
        auto session = DatabaseSession::open(p, secret, options);
        if (!session)
            return JobOutcome::failure(session.error());
        SchemaReader reader(**session);
        if (!table.isEmpty())
            return JobOutcome::from(reader.describe(table));
        return JobOutcome::from(reader.summary(true));
    }, json);
    if (!out.ok)
        return failJson(json, out.error);
    if (!table.isEmpty()) {
        const TableInfo t = out.value.value<TableInfo>();
        if (json) {
            printJson(tableJson(t));
            return Ok;
        }
        printOut(QStringLiteral("%1 %2\n").arg(t.view ? tr("View") : tr("Table"), t.name));
        for (const ColumnInfo &c : t.columns)
            printOut(QStringLiteral("  %1%2 %3%4\n").arg(c.primaryKey ? QStringLiteral("*") : QStringLiteral(" "), c.name, c.type,
                                                        c.nullable ? QString() : QStringLiteral(" NOT NULL")));
        for (const ForeignKeyInfo &fk : t.foreignKeys)
            printOut(QStringLiteral("  FK (%1) → %2(%3)\n").arg(fk.columns.join(u','), fk.referencedTable, fk.referencedColumns.join(u',')));
        for (const IndexInfo &i : t.indexes)
            printOut(QStringLiteral("  %1 %2 (%3)\n").arg(i.unique ? QStringLiteral("UNIQUE") : QStringLiteral("INDEX"), i.name, i.columns.join(u',')));
        return Ok;
    }
    const SchemaSummary sum = out.value.value<SchemaSummary>();
    if (json) {
        QJsonObject o;
        QJsonArray tables;
        for (const TableInfo &t : sum.tables)
            tables.append(tableJson(t));
        o[QStringLiteral("tables")] = tables;
        QJsonObject markers;
        if (sum.markers.hasAlembic)
            markers[QStringLiteral("alembic_version")] = QJsonArray::fromStringList(sum.markers.alembicVersions);
        if (sum.markers.hasDjango) {
            QJsonObject dj;
            for (const auto &[app, name] : sum.markers.djangoLatest)
                dj[app] = name;
            markers[QStringLiteral("django_migrations")] = dj;
        }
        o[QStringLiteral("markers")] = markers;
        printJson(o);
        return Ok;
    }
    for (const TableInfo &t : sum.tables)
        printOut(QStringLiteral("%1\t%2\t%3\n").arg(t.view ? QStringLiteral("view") : QStringLiteral("table"), t.name,
                                                   t.rowCount >= 0 ? QString::number(t.rowCount) : QString()));
    if (sum.markers.hasAlembic)
        printOut(QStringLiteral("alembic_version: %1\n").arg(sum.markers.alembicVersions.join(QStringLiteral(", "))));
    for (const auto &[app, name] : sum.markers.djangoLatest)
        printOut(QStringLiteral("django_migrations: %1 %2\n").arg(app, name));
    return Ok;
}

int browseCluster(Session &s, const ConnectionProfile &p, const QString &secret, const QString &index, bool json)
{
    const JobOutcome out = runJob(s.jobs, tr("Browse %1").arg(p.name), [p, secret, index](JobContext &job) -> JobOutcome {
        ClusterClient client(p, secret, &job);
        if (!index.isEmpty()) {
            auto fields = client.mapping(index);
            if (!fields)
                return JobOutcome::failure(fields.error());
            return JobOutcome::success(QVariant::fromValue(fields.value()));
        }
        return JobOutcome::from(client.summary());
    }, json);
    if (!out.ok)
        return failJson(json, out.error);
    if (!index.isEmpty()) {
        const auto fields = out.value.value<QList<MappingField>>();
        QJsonObject o;
        for (const MappingField &f : fields) {
            if (json)
                o[f.path] = f.type;
            else
                printOut(QStringLiteral("%1\t%2\n").arg(f.path, f.type));
        }
        if (json)
            printJson(o);
        return Ok;
    }
    const ClusterSummary sum = out.value.value<ClusterSummary>();
    if (json) {
        QJsonObject o;
        o[QStringLiteral("distribution")] = sum.info.product.toLower();
        o[QStringLiteral("version")] = sum.info.version;
        o[QStringLiteral("health")] = sum.health;
        QJsonArray nodes, indices, aliases;
        for (const ClusterNode &n : sum.nodes)
            nodes.append(QJsonObject{{QStringLiteral("name"), n.name}, {QStringLiteral("ip"), n.ip}, {QStringLiteral("version"), n.version},
                                     {QStringLiteral("roles"), n.roles}, {QStringLiteral("master"), n.master}});
        for (const ClusterIndex &i : sum.indices)
            indices.append(QJsonObject{{QStringLiteral("index"), i.name}, {QStringLiteral("health"), i.health},
                                       {QStringLiteral("status"), i.status}, {QStringLiteral("docs"), i.docs},
                                       {QStringLiteral("size_bytes"), i.sizeBytes}});
        for (const ClusterAlias &a : sum.aliases)
            aliases.append(QJsonObject{{QStringLiteral("alias"), a.alias}, {QStringLiteral("index"), a.index},
                                       {QStringLiteral("is_write_index"), a.writeIndex}});
        o[QStringLiteral("nodes")] = nodes;
        o[QStringLiteral("indices")] = indices;
        o[QStringLiteral("aliases")] = aliases;
        printJson(o);
        return Ok;
    }
    printOut(QStringLiteral("%1 %2, cluster %3, health %4\n").arg(sum.info.product, sum.info.version, sum.info.clusterName,
                                                                  sum.health.value(QStringLiteral("status")).toString()));
    for (const ClusterIndex &i : sum.indices)
        printOut(QStringLiteral("index\t%1\t%2\t%3 docs\t%4\n").arg(i.name, i.health).arg(i.docs).arg(BrowseModel::formatBytes(i.sizeBytes)));
    for (const ClusterAlias &a : sum.aliases)
        printOut(QStringLiteral("alias\t%1\t→ %2%3\n").arg(a.alias, a.index, a.writeIndex ? QStringLiteral(" (write)") : QString()));
    return Ok;
}

int cmdConnectionBrowse(Session &s, const QStringList &arguments)
{
    CommandLine cl;
    cl.add(QStringLiteral("json"), tr("Print JSON."));
    cl.add(QStringLiteral("table"), tr("Describe one table."), QStringLiteral("TABLE"));
    cl.add(QStringLiteral("index"), tr("Show one index's mapping."), QStringLiteral("INDEX"));
    addSecretOptions(cl);
    if (!cl.parse(arguments))
        return fail(cl.error, Usage);
    if (cl.args.size() != 1)
        return fail(tr("usage: connection browse NAME [--table T | --index I] [--json]"), Usage);
    const bool json = cl.has(QStringLiteral("json"));
    auto p = findConnection(s, cl.args.first());
    if (!p)
        return failJson(json, p.error());
    const QString secret = resolveSecret(*p, cl, {}, true);
    if (p->kind() == ConnectionKind::Search)
        return browseCluster(s, *p, secret, cl.value(QStringLiteral("index")), json);
    return browseDatabase(s, *p, secret, cl.value(QStringLiteral("table")), json);
}

} // namespace

int run(const QStringList &arguments)
{
    QStringList args = arguments.mid(1);
    Session session;
    session.workspaceDir = Workspace::defaultDirectory();
    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(QLatin1String("--"))) {
        const QString opt = args.takeFirst();
        if (opt == QLatin1String("--version")) {
            printOut(versionText(QStringLiteral("godwit-cli")));
            return Ok;
        }
        if (opt == QLatin1String("--help")) {
            printOut(QString::fromUtf8(usageText));
            return Ok;
        }
        if (opt == QLatin1String("--workspace") && !args.isEmpty()) {
            session.workspaceDir = args.takeFirst();
        } else if (opt.startsWith(QLatin1String("--workspace="))) {
            session.workspaceDir = opt.mid(12);
        } else {
            printErr(QString::fromUtf8(usageText));
            return fail(tr("unknown option %1").arg(opt), Usage);
        }
    }
    if (args.size() < 2) {
        printErr(QString::fromUtf8(usageText));
        return args.isEmpty() ? Usage : fail(tr("missing command after “%1”").arg(args.first()), Usage);
    }
    echoLogToStderr();

    const QString group = args.takeFirst();
    const QString verb = args.takeFirst();
    if (group == QLatin1String("revisions"))
        return runRevisions(QStringList{verb} + args);
    if (group == QLatin1String("dump") || group == QLatin1String("backup") || (group == QLatin1String("db") && verb == QLatin1String("compare")))
        return runDump(session, group, QStringList{verb} + args);
    if (group == QLatin1String("index"))
        return runIndex(session, QStringList{verb} + args);
    if (group == QLatin1String("db") && verb == QLatin1String("test"))
        return cmdOneOffTest(session, args, ConnectionKind::Database);
    if (group == QLatin1String("cluster") && verb == QLatin1String("test"))
        return cmdOneOffTest(session, args, ConnectionKind::Search);
    if (group == QLatin1String("connection")) {
        if (auto st = session.open(); !st)
            return fail(st.errorMessage());
        if (verb == QLatin1String("list"))
            return cmdConnectionList(session, args);
        if (verb == QLatin1String("add"))
            return cmdConnectionAdd(session, args);
        if (verb == QLatin1String("import"))
            return cmdConnectionImport(session, args);
        if (verb == QLatin1String("remove"))
            return cmdConnectionRemove(session, args);
        if (verb == QLatin1String("test"))
            return cmdConnectionTest(session, args);
        if (verb == QLatin1String("browse"))
            return cmdConnectionBrowse(session, args);
    }
    printErr(QString::fromUtf8(usageText));
    return fail(tr("unknown command “%1 %2”").arg(group, verb), Usage);
}

} // namespace Godwit::Cli
