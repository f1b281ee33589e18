// SPDX-License-Identifier: GPL-3.0-or-later
// Godwit's reading of Alembic environments compared with what real Alembic prints for the same environments,
// built here with Alembic itself (alembic init / revision / merge / upgrade) or written as files.
#include "alembicsupport.h"

#include "connections/connectionprofile.h"
#include "revisions/alembicconfig.h"
#include "revisions/revisiongraph.h"
#include "revisions/revisionstate.h"
#include "revisions/revisionwriter.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Godwit;
using namespace GodwitTest;
using namespace Qt::StringLiterals;

#define ALEMBIC(dir, ...)                                                                                                   \
    do {                                                                                                                    \
        const QStringList args_{__VA_ARGS__};                                                                               \
        const ProcessResult r_ = Alembic::instance().run(dir, args_);                                                       \
        QVERIFY2(r_.ok(), qPrintable(u"alembic "_s + args_.join(u' ') + u": "_s + r_.both()));                              \
    } while (0)

#define CHECK_FAILED()                                                                                                      \
    do {                                                                                                                    \
        if (QTest::currentTestFailed())                                                                                     \
            return;                                                                                                         \
    } while (0)

namespace {

ProcessResult alembic(const QString &dir, const QStringList &args) { return Alembic::instance().run(dir, args); }

QString hexId(QRandomGenerator &rng)
{
    return QStringLiteral("%1").arg(rng.generate64() & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
}

QString pyTuple(const QStringList &items, QChar quote)
{
    QStringList q;
    for (const QString &i : items)
        q.append(quote + i + quote);
    return items.size() == 1 ? QString(u'(' + q.first() + u",)"_s) : QString(u'(' + q.join(u", "_s) + u')');
}

QString pyValue(const QStringList &items, QChar quote, bool preferTuple = false)
{
    if (items.isEmpty())
        return u"None"_s;
    if (items.size() == 1 && !preferTuple)
        return quote + items.first() + quote;
    return pyTuple(items, quote);
}

// A revision script in one of several styles real projects use.
QString scriptText(int style, const QString &rev, const QStringList &down, const QStringList &labels, const QStringList &deps,
                   const QString &message)
{
    QString doc = u"\"\"\""_s + message + u"\n\nRevision ID: "_s + rev + u"\nRevises: "_s + down.join(u", "_s)
                  + u"\nCreate Date: 2024-01-01 00:00:00\n\n\"\"\"\n"_s;
    QString body;
    switch (style % 4) {
    case 0:
        body = u"from alembic import op\nimport sqlalchemy as sa\n\n\n# revision identifiers, used by Alembic.\n"_s
               + u"revision = '"_s + rev + u"'\ndown_revision = "_s + pyValue(down, u'\'') + u"\nbranch_labels = "_s
               + (labels.isEmpty() ? u"None"_s : pyTuple(labels, u'\'')) + u"\ndepends_on = "_s + pyValue(deps, u'\'') + u'\n';
        break;
    case 1:
        body = u"from typing import Sequence, Union\n\nfrom alembic import op\n\n"_s + u"revision: str = \""_s + rev
               + u"\"\ndown_revision: Union[str, Sequence[str], None] = "_s + pyValue(down, u'"')
               + u"\nbranch_labels: Union[str, Sequence[str], None] = "_s + pyValue(labels, u'"')
               + u"\ndepends_on: Union[str, Sequence[str], None] = "_s + pyValue(deps, u'"') + u'\n';
        break;
    case 2: {
        auto multi = [](const QStringList &items) -> QString {
            if (items.isEmpty())
                return u"None  # nothing"_s;
            QString s = u"(\n"_s;
            for (const QString &i : items)
                s += u"    \""_s + i + u"\",  # "_s + i + u'\n';
            return s + u')';
        };
        body = u"import sqlalchemy as sa\n\nREVISION = \""_s + rev + u"\"\nrevision = REVISION\ndown_revision = "_s + multi(down)
               + u"\nbranch_labels = "_s + multi(labels) + u"\ndepends_on = "_s + multi(deps) + u'\n';
        break;
    }
    default: {
        auto list = [](const QStringList &items) -> QString {
            if (items.isEmpty())
                return u"None"_s;
            QStringList q;
            for (const QString &i : items)
                q.append(u'\'' + i + u'\'');
            return u'[' + q.join(u", "_s) + u']';
        };
        body = u"revision = '"_s + rev + u"'\ndown_revision = "_s + (down.isEmpty() ? u"None"_s : list(down))
               + u"\nbranch_labels = "_s + list(labels) + u"\ndepends_on = "_s + list(deps) + u'\n';
        break;
    }
    }
    return doc + body + u"\n\ndef upgrade():\n    pass\n\n\ndef downgrade():\n    pass\n"_s;
}

} // namespace

class TestRevisionsAlembic : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;

    QString init(const QString &name, const QString &templateName = u"generic"_s, const QStringList &locations = {},
                 const QString &separator = u"os"_s, const QString &joiner = {})
    {
        const QString dir = m_root.filePath(name);
        QDir().mkpath(dir);
        const ProcessResult r = alembic(dir, {u"init"_s, u"-t"_s, templateName, u"migrations"_s});
        if (!r.ok()) {
            QTest::qFail(qPrintable(u"alembic init: "_s + r.both()), __FILE__, __LINE__);
            return dir;
        }
        QStringList absolute;
        for (const QString &l : locations)
            absolute.append(u"%(here)s/"_s + l);
        if (!adjustIni(dir + u"/alembic.ini"_s, absolute, separator, joiner))
            QTest::qFail("cannot adjust alembic.ini", __FILE__, __LINE__);
        for (const QString &l : locations)
            QDir().mkpath(dir + u'/' + l);
        return dir;
    }

    RevisionGraph load(const QString &dir, AlembicConfig *configOut = nullptr)
    {
        auto config = AlembicConfig::load(dir + u"/alembic.ini"_s);
        if (!config) {
            QTest::qFail(qPrintable(config.errorMessage()), __FILE__, __LINE__);
            return {};
        }
        config.value().fileOrder = RevisionFileOrder::Directory; // Alembic 1.8 reads folders in directory order
        if (configOut)
            *configOut = config.value();
        return RevisionGraph::load(config.value());
    }

    // heads, heads --resolve-dependencies, history, branches and `upgrade heads --sql`, line by line.
    void compareEverything(const QString &dir, const RevisionGraph &g)
    {
        const ProcessResult heads = alembic(dir, {u"heads"_s});
        QVERIFY2(heads.ok(), qPrintable(heads.both()));
        QCOMPARE(sortGroups(godwitHeads(g, false)), sortGroups(outputLines(heads.out)));
        const ProcessResult resolved = alembic(dir, {u"heads"_s, u"--resolve-dependencies"_s});
        QVERIFY2(resolved.ok(), qPrintable(resolved.both()));
        QCOMPARE(sortGroups(godwitHeads(g, true)), sortGroups(outputLines(resolved.out)));
        const ProcessResult history = alembic(dir, {u"history"_s});
        QVERIFY2(history.ok(), qPrintable(history.both()));
        QCOMPARE(sortGroups(godwitHistory(g, g.history())), sortGroups(outputLines(history.out)));
        const ProcessResult branches = alembic(dir, {u"branches"_s});
        QVERIFY2(branches.ok(), qPrintable(branches.both()));
        QCOMPARE(normalizedBranches(godwitBranches(g)), normalizedBranches(branches.out));
        compareUpgrade(dir, g, QString(), u"heads"_s);
    }

    // `alembic upgrade [FROM:]TO --sql` against Godwit's upgrade path (both fail, or the same revisions in order).
    void compareUpgrade(const QString &dir, const RevisionGraph &g, const QString &from, const QString &to)
    {
        const QString range = from.isEmpty() ? to : from + u':' + to;
        const ProcessResult sql = alembic(dir, {u"upgrade"_s, range, u"--sql"_s});
        const auto path = g.upgradePath(from.isEmpty() ? QStringList() : QStringList{from}, to);
        QVERIFY2(sql.ok() == path.ok(), qPrintable(u"upgrade "_s + range + u": alembic says "_s + (sql.ok() ? u"ok"_s : sql.err.right(300))
                                                   + u"; Godwit says "_s + (path ? u"ok"_s : path.errorMessage())));
        if (path)
            QCOMPARE(g.ids(path.value()), upgradedRevisions(sql.out));
    }

    // `alembic show ID` against Godwit's resolution (both fail, or the same revisions).
    void compareResolution(const QString &dir, const RevisionGraph &g, const QString &id)
    {
        const ProcessResult shown = alembic(dir, {u"show"_s, id});
        const auto resolved = g.resolve(id);
        QVERIFY2(shown.ok() == resolved.ok(), qPrintable(id + u": alembic says "_s + (shown.ok() ? shown.out.left(200) : shown.err.right(300))
                                                         + u"; Godwit says "_s + (resolved ? g.ids(resolved.value()).join(u',') : resolved.errorMessage())));
        if (resolved) {
            QStringList mine = g.ids(resolved.value());
            QStringList theirs = shownRevisions(shown.out);
            mine.sort();
            theirs.sort();
            QCOMPARE(mine, theirs);
        }
    }

    ConnectionProfile sqliteProfile(const QString &path)
    {
        ConnectionProfile p;
        p.name = u"test"_s;
        p.engine = Engine::SQLite;
        p.database = path;
        return p;
    }

private Q_SLOTS:
    void initTestCase();
    void branchesMergesAndLabels();
    void invenioStyleModules();
    void generatedTree();
    void godwitScriptsAreAcceptedByAlembic();
    void renderingMatchesAlembic_data();
    void renderingMatchesAlembic();
    void badInput_data();
    void badInput();
    void versionTableProblems();
};

void TestRevisionsAlembic::initTestCase()
{
    QVERIFY(m_root.isValid());
    QVERIFY2(Alembic::instance().available(), qPrintable(Alembic::instance().problem()));
    qInfo("Comparing with %s", qPrintable(Alembic::instance().version()));
}

void TestRevisionsAlembic::branchesMergesAndLabels()
{
    const QString env = init(u"branches"_s);
    CHECK_FAILED();
    ALEMBIC(env, u"revision"_s, u"-m"_s, u"first"_s, u"--rev-id"_s, u"aaa001"_s);
    ALEMBIC(env, u"revision"_s, u"-m"_s, u"second"_s, u"--rev-id"_s, u"bbb002"_s);
    ALEMBIC(env, u"revision"_s, u"-m"_s, u"third c"_s, u"--rev-id"_s, u"ccc003"_s);
    ALEMBIC(env, u"revision"_s, u"-m"_s, u"fourth d"_s, u"--rev-id"_s, u"ddd004"_s, u"--head"_s, u"bbb002"_s, u"--splice"_s);
    ALEMBIC(env, u"merge"_s, u"ccc003"_s, u"ddd004"_s, u"-m"_s, u"merge c and d"_s, u"--rev-id"_s, u"eee005"_s);
    ALEMBIC(env, u"revision"_s, u"-m"_s, u"feature root"_s, u"--rev-id"_s, u"fff006"_s, u"--head"_s, u"base"_s,
            u"--branch-label"_s, u"feature"_s);
    ALEMBIC(env, u"revision"_s, u"-m"_s, u"feature two"_s, u"--rev-id"_s, u"ggg007"_s, u"--head"_s, u"feature@head"_s,
            u"--depends-on"_s, u"ccc0"_s);
    ALEMBIC(env, u"revision"_s, u"-m"_s, u"after the merge"_s, u"--rev-id"_s, u"hhh008"_s, u"--head"_s, u"eee005"_s,
            u"--branch-label"_s, u"mainline"_s);
    ALEMBIC(env, u"revision"_s, u"-m"_s, u"side branch"_s, u"--rev-id"_s, u"iii009"_s, u"--head"_s, u"aaa001"_s, u"--splice"_s);
    ALEMBIC(env, u"revision"_s, u"-m"_s, u"labelled tip"_s, u"--rev-id"_s, u"jjj010"_s, u"--head"_s, u"iii009"_s,
            u"--branch-label"_s, u"side"_s);

    const RevisionGraph g = load(env);
    CHECK_FAILED();
    QCOMPARE(g.size(), 10);
    QCOMPARE(g.errorCount(), 0);
    compareEverything(env, g);
    CHECK_FAILED();
    QCOMPARE(g.ids(g.branchPoints()), (QStringList{u"bbb002"_s, u"aaa001"_s}));
    QCOMPARE(g.ids(g.mergePoints()), QStringList{u"eee005"_s});
    QCOMPARE(g.node(g.indexOf(u"ggg007"_s)).script.dependsOn, QStringList{u"ccc003"_s}); // Alembic completed the partial id

    const QStringList identifiers = {u"heads"_s,          u"head"_s,          u"base"_s,           u"aaa001"_s,
                                     u"aaa0"_s,           u"cc"_s,            u"c"_s,              u"feature"_s,
                                     u"feature@head"_s,   u"feature@heads"_s, u"feature@base"_s,   u"feature@fff006"_s,
                                     u"feature@aaa001"_s, u"feature@-1"_s,    u"-1"_s,             u"mainline@head"_s,
                                     u"side@head"_s,      u"side@iii0"_s,     u"mainline@heads"_s, u"nosuchrev"_s,
                                     u"eee005"_s,         u"fff006@head"_s,   u"aaa001@heads"_s};
    for (const QString &id : identifiers) {
        compareResolution(env, g, id);
        CHECK_FAILED();
    }
    const QStringList targets = {u"ccc003+1"_s, u"aaa001+2"_s,       u"ccc003-1"_s,  u"feature@+1"_s, u"feature@head-1"_s,
                                 u"hhh008"_s,   u"mainline@head"_s,  u"feature@head"_s, u"eee005-1"_s, u"side@+2"_s,
                                 u"heads"_s,    u"jjj010"_s,         u"+1"_s,        u"-1"_s};
    for (const QString &t : targets) {
        compareUpgrade(env, g, QString(), t);
        CHECK_FAILED();
    }
    for (const QString &from : {u"aaa001"_s, u"bbb002"_s, u"ccc003"_s, u"fff006"_s, u"eee005"_s, u"iii009"_s}) {
        compareUpgrade(env, g, from, u"heads"_s);
        CHECK_FAILED();
        compareUpgrade(env, g, from, u"+1"_s);
        CHECK_FAILED();
    }
    for (const QString &range : {u"bbb002:eee005"_s, u":ccc003"_s, u"ddd004:"_s, u"fff006:heads"_s, u"ccc003:ddd004"_s}) {
        const ProcessResult h = alembic(env, {u"history"_s, u"-r"_s, range});
        const auto mine = g.history(range);
        QVERIFY2(h.ok() == mine.ok(), qPrintable(range + u": "_s + h.err.right(200) + u" / "_s + mine.errorMessage()));
        if (mine)
            QCOMPARE(sortGroups(godwitHistory(g, mine.value())), sortGroups(outputLines(h.out)));
    }
    // show, as Alembic prints it
    const ProcessResult show = alembic(env, {u"show"_s, u"eee005"_s});
    QVERIFY(show.ok());
    QCOMPARE(g.logEntry(g.indexOf(u"eee005"_s)) + u'\n', show.out);
}

void TestRevisionsAlembic::invenioStyleModules()
{
    // Each module keeps its own version folder; its root has down_revision = None, a branch label and
    // depends_on into the core branch. No version_path_separator: Alembic's legacy splitting on spaces.
    const QString env = init(u"invenio"_s, u"generic"_s, {u"core"_s, u"records"_s, u"files"_s}, QString());
    CHECK_FAILED();
    ALEMBIC(env, u"revision"_s, u"-m"_s, u"Create invenio_db branch"_s, u"--rev-id"_s, u"35c1075e6360"_s, u"--head"_s, u"base"_s,
            u"--branch-label"_s, u"invenio_db"_s, u"--version-path"_s, env + u"/core"_s);
    ALEMBIC(env, u"revision"_s, u"-m"_s, u"Create transaction table"_s, u"--rev-id"_s, u"dbdbc1b19cf2"_s, u"--head"_s,
            u"invenio_db@head"_s);
    ALEMBIC(env, u"revision"_s, u"-m"_s, u"Create invenio_records branch"_s, u"--rev-id"_s, u"862037093962"_s, u"--head"_s, u"base"_s,
            u"--branch-label"_s, u"invenio_records"_s, u"--version-path"_s, env + u"/records"_s, u"--depends-on"_s, u"dbdbc1b19cf2"_s);
    ALEMBIC(env, u"revision"_s, u"-m"_s, u"Create records tables"_s, u"--rev-id"_s, u"07fb52561c5c"_s, u"--head"_s,
            u"invenio_records@head"_s);
    ALEMBIC(env, u"revision"_s, u"-m"_s, u"Create invenio_files branch"_s, u"--rev-id"_s, u"2e97565eba72"_s, u"--head"_s, u"base"_s,
            u"--branch-label"_s, u"invenio_files"_s, u"--version-path"_s, env + u"/files"_s, u"--depends-on"_s, u"dbdbc1b19cf2"_s);
    ALEMBIC(env, u"revision"_s, u"-m"_s, u"Create files tables"_s, u"--rev-id"_s, u"1ba76da94103"_s, u"--head"_s,
            u"invenio_files@head"_s, u"--depends-on"_s, u"invenio_records"_s);
    ALEMBIC(env, u"revision"_s, u"-m"_s, u"Alter transaction table"_s, u"--rev-id"_s, u"96e796392533"_s, u"--head"_s,
            u"invenio_db@head"_s);
    ALEMBIC(env, u"revision"_s, u"-m"_s, u"Records column"_s, u"--rev-id"_s, u"e12419831262"_s, u"--head"_s,
            u"invenio_records@head"_s, u"--depends-on"_s, u"96e7"_s);
    ALEMBIC(env, u"revision"_s, u"-m"_s, u"Files checksum"_s, u"--rev-id"_s, u"f741aa746a7d"_s, u"--head"_s, u"invenio_files@head"_s);

    AlembicConfig config;
    const RevisionGraph g = load(env, &config);
    CHECK_FAILED();
    QCOMPARE(config.versionLocations.size(), 3);
    QCOMPARE(g.size(), 9);
    QCOMPARE(g.errorCount(), 0);
    QCOMPARE(g.node(g.indexOf(u"1ba76da94103"_s)).script.dependsOn, QStringList{u"invenio_records"_s}); // a label stays a label
    compareEverything(env, g);
    CHECK_FAILED();
    for (const QString &id : {u"invenio_records@head"_s, u"invenio_files@base"_s, u"invenio_db@heads"_s, u"invenio_records@-1"_s,
                              u"invenio_files@1ba7"_s, u"invenio_files@07fb"_s, u"invenio_records"_s}) {
        compareResolution(env, g, id);
        CHECK_FAILED();
    }
    for (const QString &target : {u"invenio_files@head"_s, u"invenio_records@head"_s, u"1ba76da94103"_s, u"invenio_files@+1"_s}) {
        compareUpgrade(env, g, QString(), target);
        CHECK_FAILED();
    }
    compareUpgrade(env, g, u"dbdbc1b19cf2"_s, u"heads"_s);
    CHECK_FAILED();

    // A database upgraded by Alembic to one module's head.
    ALEMBIC(env, u"upgrade"_s, u"invenio_records@head"_s);
    const QString db = env + u"/db.sqlite"_s;
    auto rows = readDatabaseRevisions(sqliteProfile(db), QString());
    QVERIFY2(rows, qPrintable(rows.errorMessage()));
    QVERIFY(rows->tableExists);
    RevisionStatus status = compareWithGraph(g, rows.value());
    QVERIFY2(status.problem.isEmpty(), qPrintable(status.problem));
    QVERIFY(!status.atHeads);
    {
        const ProcessResult current = alembic(env, {u"current"_s});
        QVERIFY2(current.ok(), qPrintable(current.both()));
        RevisionLineFormat f;
        f.branches = false;
        QStringList mine;
        for (int c : status.current)
            mine.append(g.formatLine(c, f));
        QStringList theirs = outputLines(current.out);
        mine.sort();
        theirs.sort();
        QCOMPARE(mine, theirs);
    }
    // What `alembic upgrade heads` then runs is what Godwit said was pending, in the same order.
    const QStringList pending = g.ids(status.pending);
    const ProcessResult upgrade = alembic(env, {u"upgrade"_s, u"heads"_s});
    QVERIFY2(upgrade.ok(), qPrintable(upgrade.both()));
    QCOMPARE(pending, ranRevisions(upgrade.err));
    rows = readDatabaseRevisions(sqliteProfile(db), QString());
    QVERIFY(rows);
    status = compareWithGraph(g, rows.value());
    QVERIFY(status.atHeads);
    QVERIFY(status.pending.isEmpty());
    {
        const ProcessResult current = alembic(env, {u"current"_s});
        RevisionLineFormat f;
        f.branches = false;
        QStringList mine;
        for (int c : status.current)
            mine.append(g.formatLine(c, f));
        QStringList theirs = outputLines(current.out);
        mine.sort();
        theirs.sort();
        QCOMPARE(mine, theirs);
    }
}

void TestRevisionsAlembic::generatedTree()
{
    // ~300 revisions written as files in several styles: groups with labelled roots (some depending on the first
    // group, as Invenio modules do), branches, merges, depends_on across groups, labels in the middle of chains.
    const QString env = init(u"generated"_s);
    CHECK_FAILED();
    const QString versions = env + u"/migrations/versions"_s;
    QRandomGenerator rng(20240501);
    struct Rev
    {
        QString id;
        int group;
    };
    QList<Rev> all;
    QList<QStringList> headsOf(6);
    QList<QStringList> membersOf(6);
    QSet<QString> usedLabels;
    int written = 0;
    auto addRevision = [&](const QString &id, int group, const QStringList &down, const QStringList &labels, const QStringList &deps) {
        const QString message = u"step %1 of group %2"_s.arg(written).arg(group);
        writeText(versions + u'/' + id + u"_step_"_s + QString::number(written) + u".py"_s,
                  scriptText(written, id, down, labels, deps, message));
        ++written;
        all.append({id, group});
        membersOf[group].append(id);
        for (const QString &d : down)
            headsOf[group].removeAll(d);
        headsOf[group].append(id);
    };
    for (int group = 0; group < 6; ++group) {
        QStringList deps;
        if (group > 0 && rng.bounded(3) != 0)
            deps.append(membersOf[0].at(rng.bounded(int(membersOf[0].size()))));
        addRevision(hexId(rng), group, {}, {u"grp%1"_s.arg(group)}, deps);
        for (int k = 0; k < 3; ++k)
            addRevision(hexId(rng), group, {headsOf[group].last()}, {}, {});
    }
    while (written < 300) {
        const int group = rng.bounded(6);
        QStringList down;
        const int choice = rng.bounded(100);
        if (choice < 12 && headsOf[group].size() >= 2) {
            down = headsOf[group].mid(0, 2); // merge
        } else if (choice < 25) {
            down = {membersOf[group].at(rng.bounded(int(membersOf[group].size())))}; // branch off
        } else {
            down = {headsOf[group].at(rng.bounded(int(headsOf[group].size())))};
        }
        QStringList deps;
        if (rng.bounded(100) < 10) {
            const Rev &other = all.at(rng.bounded(int(all.size())));
            if (other.group != group)
                deps.append(other.id);
        }
        QStringList labels;
        if (rng.bounded(100) < 4) {
            const QString label = u"tag%1"_s.arg(written);
            if (!usedLabels.contains(label)) {
                usedLabels.insert(label);
                labels.append(label);
            }
        }
        addRevision(hexId(rng), group, down, labels, deps);
    }

    const RevisionGraph g = load(env);
    CHECK_FAILED();
    QCOMPARE(g.size(), 300);
    QVERIFY2(g.errorCount() == 0, qPrintable(g.diagnostics().isEmpty() ? QString() : g.diagnostics().first().toString()));
    QVERIFY(g.branchPoints().size() > 5);
    QVERIFY(g.mergePoints().size() > 5);
    compareEverything(env, g);
    CHECK_FAILED();
    for (int k = 0; k < 6; ++k) {
        const QString from = all.at(rng.bounded(int(all.size()))).id;
        compareUpgrade(env, g, from, u"heads"_s);
        CHECK_FAILED();
    }
    for (int group = 0; group < 6; ++group) {
        compareUpgrade(env, g, QString(), u"grp%1@heads"_s.arg(group));
        CHECK_FAILED();
    }
    for (int k = 0; k < 4; ++k) {
        const int h = g.heads().at(rng.bounded(int(g.heads().size())));
        const QList<int> below = g.ancestors({h}, false);
        const QString lower = g.node(below.at(rng.bounded(int(below.size())))).id();
        const QString range = lower + u':' + g.node(h).id();
        const ProcessResult hist = alembic(env, {u"history"_s, u"-r"_s, range});
        const auto mine = g.history(range);
        QVERIFY2(hist.ok() == mine.ok(), qPrintable(range + u": "_s + hist.err.right(200) + u" / "_s + mine.errorMessage()));
        if (mine)
            QCOMPARE(sortGroups(godwitHistory(g, mine.value())), sortGroups(outputLines(hist.out)));
    }
}

void TestRevisionsAlembic::godwitScriptsAreAcceptedByAlembic()
{
    const QString env = init(u"written"_s, u"generic"_s, {u"app"_s, u"plugin"_s}, u"os"_s, u":"_s);
    CHECK_FAILED();
    AlembicConfig config;
    RevisionGraph g = load(env, &config);
    CHECK_FAILED();
    QCOMPARE(config.versionLocations.size(), 2);
    QVERIFY(!config.templatePath().isEmpty());

    auto write = [&](const RevisionRequest &request) -> QString {
        const RevisionWriter writer(config, g);
        auto written = writer.write(request);
        if (!written) {
            QTest::qFail(qPrintable(written.errorMessage()), __FILE__, __LINE__);
            return {};
        }
        g = load(env, &config);
        return written->revision;
    };

    // Several version locations: the first revision needs a version path.
    RevisionRequest first;
    first.message = u"create the app"_s;
    QVERIFY(!RevisionWriter(config, g).generate(first));
    first.versionPath = env + u"/app"_s;
    const QString a = write(first);
    CHECK_FAILED();
    RevisionRequest child;
    child.message = u"second step"_s;
    const QString b = write(child); // on "head", next to its parent
    CHECK_FAILED();
    QVERIFY(g.node(g.indexOf(b)).script.path.startsWith(env + u"/app/"_s));
    RevisionRequest branch = RevisionRequest::newBranch(u"plugin root"_s, u"plugin"_s, env + u"/plugin"_s);
    branch.dependsOn = {a.left(6)};
    const QString p = write(branch);
    CHECK_FAILED();
    QCOMPARE(g.node(g.indexOf(p)).script.dependsOn, QStringList{a});
    RevisionRequest pluginChild;
    pluginChild.message = u"plugin table"_s;
    pluginChild.heads = {u"plugin@head"_s};
    pluginChild.dependsOn = {b};
    const QString pc = write(pluginChild);
    CHECK_FAILED();
    QVERIFY(g.node(g.indexOf(pc)).script.path.startsWith(env + u"/plugin/"_s));
    RevisionRequest splice;
    splice.message = u"hotfix from the first"_s;
    splice.heads = {a};
    QVERIFY(!RevisionWriter(config, g).generate(splice)); // not a head without --splice
    splice.splice = true;
    splice.revisionId = u"0f0f0f0f0f0f"_s;
    const QString s = write(splice);
    CHECK_FAILED();
    // "head" is ambiguous now
    RevisionRequest ambiguous;
    ambiguous.message = u"where?"_s;
    const auto refused = RevisionWriter(config, g).generate(ambiguous);
    QVERIFY(!refused);
    QVERIFY2(refused.errorMessage().contains(u"Multiple heads are present"_s), qPrintable(refused.errorMessage()));
    const QString m = write(RevisionRequest::merge(u"merge app heads"_s, {b, s}));
    CHECK_FAILED();
    QCOMPARE(g.node(g.indexOf(m)).script.downRevisions, (QStringList{b, s}));
    RevisionRequest labelled;
    labelled.message = u"Ünïcode message, with punctuation!"_s;
    labelled.heads = {m};
    labelled.branchLabels = {u"app"_s};
    write(labelled);
    CHECK_FAILED();

    // The built-in template too (an environment without script.py.mako).
    AlembicConfig bare = AlembicConfig::fromVersionLocations({env + u"/app"_s, env + u"/plugin"_s});
    bare.scriptLocation.clear();
    bare.fileOrder = RevisionFileOrder::Directory;
    RevisionRequest builtin;
    builtin.message = u"made with the built-in template"_s;
    builtin.heads = {u"plugin@head"_s};
    builtin.dependsOn = {u"app"_s};
    auto written = RevisionWriter(bare, RevisionGraph::load(bare)).write(builtin);
    QVERIFY2(written, qPrintable(written.errorMessage()));
    QVERIFY(written->builtinTemplate);
    QVERIFY(written->source.contains(u"depends_on: Union[str, Sequence[str], None] = 'app'"_s));
    g = load(env, &config);

    QCOMPARE(g.size(), 8);
    QCOMPARE(g.errorCount(), 0);
    compareEverything(env, g);
    CHECK_FAILED();
    ALEMBIC(env, u"upgrade"_s, u"heads"_s);
    auto rows = readDatabaseRevisions(sqliteProfile(env + u"/db.sqlite"_s), QString());
    QVERIFY(rows);
    QVERIFY(compareWithGraph(g, rows.value()).atHeads);
}

void TestRevisionsAlembic::renderingMatchesAlembic_data()
{
    QTest::addColumn<QString>("templateName");
    QTest::newRow("generic") << u"generic"_s;
    QTest::newRow("async") << u"async"_s;
    QTest::newRow("multidb") << u"multidb"_s;
}

void TestRevisionsAlembic::renderingMatchesAlembic()
{
    // The same request to Alembic and to Godwit gives the same file (but for the creation date).
    QFETCH(QString, templateName);
    const QString env = init(u"render-"_s + templateName, templateName);
    CHECK_FAILED();
    static const QRegularExpression date(QStringLiteral("Create Date: [^\\n]*"));
    auto compare = [&](const QStringList &alembicArgs, const RevisionRequest &request) {
        AlembicConfig config;
        const RevisionGraph before = load(env, &config);
        auto mine = RevisionWriter(config, before).generate(request);
        QVERIFY2(mine, qPrintable(mine.errorMessage()));
        ALEMBIC(env, alembicArgs);
        const RevisionGraph after = load(env);
        const int i = after.indexOf(mine->revision);
        QVERIFY(i >= 0);
        const QString theirsPath = after.node(i).script.path;
        QCOMPARE(QFileInfo(mine->path).fileName(), QFileInfo(theirsPath).fileName());
        QString theirs = readText(theirsPath);
        QString ours = mine->source;
        theirs.replace(date, u"Create Date: X"_s);
        ours.replace(date, u"Create Date: X"_s);
        QCOMPARE(ours, theirs);
    };
    RevisionRequest first;
    first.message = u"Add a table (users) — première"_s;
    first.revisionId = u"abc123def456"_s;
    compare({u"revision"_s, u"-m"_s, first.message, u"--rev-id"_s, first.revisionId}, first);
    CHECK_FAILED();
    RevisionRequest second;
    second.message = u"child with label and dependency"_s;
    second.revisionId = u"222222222222"_s;
    second.branchLabels = {u"lbl"_s};
    second.dependsOn = {u"abc1"_s};
    compare({u"revision"_s, u"-m"_s, second.message, u"--rev-id"_s, second.revisionId, u"--branch-label"_s, u"lbl"_s,
             u"--depends-on"_s, u"abc1"_s},
            second);
    CHECK_FAILED();
    RevisionRequest root;
    root.message = u"another root"_s;
    root.revisionId = u"333333333333"_s;
    root.heads = {u"base"_s};
    compare({u"revision"_s, u"-m"_s, root.message, u"--rev-id"_s, root.revisionId, u"--head"_s, u"base"_s}, root);
    CHECK_FAILED();
    if (templateName != u"multidb"_s) { // Alembic's merge hands multidb's template a string as config, and fails
        RevisionRequest merge = RevisionRequest::merge(u"merge them"_s, {u"222222222222"_s, u"333333333333"_s});
        merge.revisionId = u"444444444444"_s;
        compare({u"merge"_s, u"222222222222"_s, u"333333333333"_s, u"-m"_s, u"merge them"_s, u"--rev-id"_s, u"444444444444"_s}, merge);
        CHECK_FAILED();
    }
}

void TestRevisionsAlembic::badInput_data()
{
    QTest::addColumn<QStringList>("files"); // name=content pairs, '|' separated
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("alembicSays");

    const QString good = u"a1_first.py|revision = 'a1'\ndown_revision = None\n"_s;
    QTest::newRow("syntax error") << QStringList{good, u"b1_broken.py|revision = 'b1'\ndown_revision = ('a1',\n"_s}
                                  << u"syntax-error"_s << u"SyntaxError"_s;
    QTest::newRow("unknown variable") << QStringList{good, u"b1_unknown.py|revision = 'b1'\ndown_revision = OTHER\n"_s}
                                      << u"unreadable-value"_s << u"NameError"_s;
    QTest::newRow("duplicate ids") << QStringList{good, u"a1_again.py|revision = 'a1'\ndown_revision = None\n"_s}
                                   << u"duplicate-revision"_s << u"present more than once"_s;
    QTest::newRow("cycle") << QStringList{good, u"x1_x.py|revision = 'x1'\ndown_revision = 'y1'\n"_s,
                                          u"y1_y.py|revision = 'y1'\ndown_revision = 'x1'\n"_s}
                           << u"cycle"_s << u"Cycle is detected"_s;
    QTest::newRow("dependency cycle") << QStringList{good, u"x1_x.py|revision = 'x1'\ndown_revision = 'a1'\ndepends_on = 'y1'\n"_s,
                                                     u"y1_y.py|revision = 'y1'\ndown_revision = 'a1'\ndepends_on = 'x1'\n"_s}
                                      << u"cycle"_s << u"ycle"_s;
    QTest::newRow("missing parent") << QStringList{good, u"b1_orphan.py|revision = 'b1'\ndown_revision = 'zz9'\n"_s}
                                    << u"missing-parent"_s << u"zz9"_s;
    QTest::newRow("missing dependency") << QStringList{good, u"b1_dep.py|revision = 'b1'\ndown_revision = 'a1'\ndepends_on = 'nope'\n"_s}
                                        << u"missing-dependency"_s << u"nope"_s;
    QTest::newRow("label used twice")
        << QStringList{u"a1_first.py|revision = 'a1'\ndown_revision = None\nbranch_labels = ('x',)\n"_s,
                       u"b1_second.py|revision = 'b1'\ndown_revision = None\nbranch_labels = ('x',)\n"_s}
        << u"duplicate-label"_s << u"Branch name 'x'"_s;
    QTest::newRow("missing revision") << QStringList{good, u"zz_none.py|down_revision = 'a1'\n"_s} << u"missing-revision"_s
                                      << u"Could not determine revision id"_s;
}

void TestRevisionsAlembic::badInput()
{
    QFETCH(QStringList, files);
    QFETCH(QString, code);
    QFETCH(QString, alembicSays);
    const QString env = init(u"bad-"_s + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
    CHECK_FAILED();
    for (const QString &f : files)
        QVERIFY(writeText(env + u"/migrations/versions/"_s + f.section(u'|', 0, 0), f.section(u'|', 1)));
    // Alembic refuses the environment (or warns) ...
    const ProcessResult heads = alembic(env, {u"history"_s});
    QVERIFY2(heads.both().contains(alembicSays), qPrintable(heads.both().right(400)));
    // ... Godwit says why, where, and still reads the rest.
    const RevisionGraph g = load(env);
    CHECK_FAILED();
    bool found = false;
    for (const RevisionDiagnostic &d : g.diagnostics()) {
        if (d.code == code) {
            found = true;
            QVERIFY2(!d.path.isEmpty(), qPrintable(d.toString()));
            QVERIFY2(d.path.startsWith(env), qPrintable(d.toString()));
        }
    }
    QVERIFY2(found, qPrintable(g.diagnostics().isEmpty() ? u"no diagnostics"_s : g.diagnostics().first().toString()));
    QVERIFY(g.errorCount() > 0);
    QVERIFY(g.indexOf(u"a1"_s) >= 0);
    QCOMPARE(g.history().size(), g.size());
    QVERIFY(g.upgradePath({}, u"heads"_s) || true); // must not crash
}

void TestRevisionsAlembic::versionTableProblems()
{
    const QString env = init(u"tables"_s);
    CHECK_FAILED();
    ALEMBIC(env, u"revision"_s, u"-m"_s, u"one"_s, u"--rev-id"_s, u"111111111111"_s);
    ALEMBIC(env, u"revision"_s, u"-m"_s, u"two"_s, u"--rev-id"_s, u"222222222222"_s);
    const RevisionGraph g = load(env);
    CHECK_FAILED();
    const QString db = env + u"/db.sqlite"_s;

    // A database with tables but no alembic_version: Alembic treats it as empty.
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"setup"_s);
        sql.setDatabaseName(db);
        QVERIFY(sql.open());
        QSqlQuery q(sql);
        QVERIFY(q.exec(u"CREATE TABLE something (id INTEGER PRIMARY KEY)"_s));
        sql.close();
    }
    QSqlDatabase::removeDatabase(u"setup"_s);
    auto rows = readDatabaseRevisions(sqliteProfile(db), QString());
    QVERIFY2(rows, qPrintable(rows.errorMessage()));
    QVERIFY(!rows->tableExists);
    RevisionStatus status = compareWithGraph(g, rows.value());
    QVERIFY(!status.atHeads);
    QCOMPARE(g.ids(status.pending), (QStringList{u"111111111111"_s, u"222222222222"_s}));
    QVERIFY(status.messages().first().contains(u"alembic_version"_s));
    const ProcessResult current = alembic(env, {u"current"_s});
    QVERIFY(current.ok());
    QVERIFY(outputLines(current.out).isEmpty());

    // Upgraded by Alembic, then moved to a revision the scripts do not have.
    ALEMBIC(env, u"upgrade"_s, u"111111111111"_s);
    rows = readDatabaseRevisions(sqliteProfile(db), QString());
    QVERIFY(rows && rows->tableExists);
    QCOMPARE(rows->versions, QStringList{u"111111111111"_s});
    status = compareWithGraph(g, rows.value());
    QCOMPARE(g.ids(status.pending), QStringList{u"222222222222"_s});
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"setup2"_s);
        sql.setDatabaseName(db);
        QVERIFY(sql.open());
        QSqlQuery q(sql);
        QVERIFY(q.exec(u"UPDATE alembic_version SET version_num = 'deadbeef0000'"_s));
        sql.close();
    }
    QSqlDatabase::removeDatabase(u"setup2"_s);
    rows = readDatabaseRevisions(sqliteProfile(db), QString());
    QVERIFY(rows);
    status = compareWithGraph(g, rows.value());
    QCOMPARE(status.unknown, QStringList{u"deadbeef0000"_s});
    QVERIFY(!status.atHeads);
    QVERIFY(status.problem.contains(u"deadbeef0000"_s));
    const ProcessResult refused = alembic(env, {u"current"_s});
    QVERIFY(!refused.ok());
    QVERIFY(refused.both().contains(u"deadbeef0000"_s));

    // A renamed version table in another attached schema is read when named.
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"setup3"_s);
        sql.setDatabaseName(db);
        QVERIFY(sql.open());
        QSqlQuery q(sql);
        QVERIFY(q.exec(u"CREATE TABLE my_versions (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"_s));
        QVERIFY(q.exec(u"INSERT INTO my_versions VALUES ('222222222222')"_s));
        sql.close();
    }
    QSqlDatabase::removeDatabase(u"setup3"_s);
    VersionTable table;
    table.table = u"my_versions"_s;
    rows = readDatabaseRevisions(sqliteProfile(db), QString(), table);
    QVERIFY(rows && rows->tableExists);
    QVERIFY(compareWithGraph(g, rows.value()).atHeads);
}

QTEST_GUILESS_MAIN(TestRevisionsAlembic)
#include "tst_revisions_alembic.moc"
