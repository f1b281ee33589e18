// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisions/revisionexport.h"
#include "revisions/revisiongraph.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace Godwit;
using namespace Qt::StringLiterals;

namespace {

RevisionScript rev(const QString &id, const QStringList &down, const QStringList &labels = {}, const QStringList &deps = {})
{
    RevisionScript s;
    s.revision = id;
    s.downRevisions = down;
    s.branchLabels = labels;
    s.dependsOn = deps;
    s.message = u"message of "_s + id;
    s.path = u"/v/"_s + id + u".py"_s;
    s.revisionLine = 12;
    return s;
}

QStringList codes(const RevisionGraph &g)
{
    QStringList out;
    for (const RevisionDiagnostic &d : g.diagnostics())
        out.append(d.code);
    return out;
}

// base ─ a2 ─┬─ c3 ──────┬─ m5 ─ n6
//            └─ d4 ──────┘
// f1 (label feat, depends on a2) ─ g2 (feat)
// x1 (label core) ─ x2 ─ x3
RevisionGraph sample()
{
    return RevisionGraph::build({
        rev(u"aaaa01"_s, {}),
        rev(u"aaaa02"_s, {u"aaaa01"_s}),
        rev(u"cccc03"_s, {u"aaaa02"_s}),
        rev(u"dddd04"_s, {u"aaaa02"_s}),
        rev(u"mmmm05"_s, {u"cccc03"_s, u"dddd04"_s}),
        rev(u"nnnn06"_s, {u"mmmm05"_s}),
        rev(u"ffff01"_s, {}, {u"feat"_s}, {u"aaaa02"_s}),
        rev(u"ffff02"_s, {u"ffff01"_s}),
        rev(u"xxxx01"_s, {}, {u"core"_s}),
        rev(u"xxxx02"_s, {u"xxxx01"_s}),
        rev(u"xxxx03"_s, {u"xxxx02"_s}),
    });
}

} // namespace

class TestRevisionGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void structure();
    void resolve_data();
    void resolve();
    void upgradePath_data();
    void upgradePath();
    void dependenciesComeFirst();
    void normalizedDependencies();
    void labelsLikeAlembic();
    void currentHeads();
    void lint_data();
    void lint();
    void emptyGraph();
    void exports();
    void large_data();
    void large();
};

void TestRevisionGraph::structure()
{
    const RevisionGraph g = sample();
    QCOMPARE(g.size(), 11);
    QCOMPARE(g.errorCount(), 0);
    QCOMPARE(g.ids(g.heads()), (QStringList{u"nnnn06"_s, u"ffff02"_s, u"xxxx03"_s}));
    QCOMPARE(g.ids(g.realHeads()), (QStringList{u"nnnn06"_s, u"ffff02"_s, u"xxxx03"_s}));
    QCOMPARE(g.ids(g.bases()), (QStringList{u"aaaa01"_s, u"ffff01"_s, u"xxxx01"_s}));
    QCOMPARE(g.ids(g.realBases()), (QStringList{u"aaaa01"_s, u"xxxx01"_s}));
    QCOMPARE(g.ids(g.branchPoints()), QStringList{u"aaaa02"_s});
    QCOMPARE(g.ids(g.mergePoints()), QStringList{u"mmmm05"_s});
    QCOMPARE(g.labels(), (QStringList{u"core"_s, u"feat"_s}));
    QCOMPARE(g.node(g.labelOwner(u"feat"_s)).id(), u"ffff01"_s);
    QCOMPARE(g.ids(g.revisionsWithLabel(u"core"_s)), (QStringList{u"xxxx03"_s, u"xxxx02"_s, u"xxxx01"_s}));
    const RevisionNode &a2 = g.node(g.indexOf(u"aaaa02"_s));
    QVERIFY(a2.branchPoint && a2.realBranchPoint);
    QCOMPARE(g.ids(a2.dependents), QStringList{u"ffff01"_s});
    QCOMPARE(g.node(g.indexOf(u"nnnn06"_s)).depth, 4);
    QCOMPARE(g.node(g.indexOf(u"ffff01"_s)).depth, 2);
    // history: newest first, every revision after all that build on it
    const QList<int> h = g.history();
    QCOMPARE(h.size(), 11);
    for (int i = 0; i < h.size(); ++i)
        for (int p : g.node(h.at(i)).parents)
            QVERIFY(h.indexOf(p) > i);
    // Alembic's lanes: aaaa02 waits for ffff01 and dddd04, taken in lane order (feat's head comes first).
    QCOMPARE(g.ids(h), (QStringList{u"nnnn06"_s, u"mmmm05"_s, u"cccc03"_s, u"ffff02"_s, u"ffff01"_s, u"dddd04"_s, u"xxxx03"_s,
                                    u"xxxx02"_s, u"xxxx01"_s, u"aaaa02"_s, u"aaaa01"_s}));
    const QList<RevisionEdge> edges = g.edges();
    QCOMPARE(edges.size(), 10);
    QVERIFY(edges.contains(RevisionEdge{g.indexOf(u"ffff01"_s), g.indexOf(u"aaaa02"_s), RevisionEdgeKind::Dependency}));
}

void TestRevisionGraph::resolve_data()
{
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("error");

    QTest::newRow("full id") << u"cccc03"_s << QStringList{u"cccc03"_s} << QString();
    QTest::newRow("partial") << u"ccc"_s << QStringList{u"cccc03"_s} << QString();
    QTest::newRow("ambiguous partial") << u"aaaa"_s << QStringList() << u"Multiple revisions start with 'aaaa'"_s;
    QTest::newRow("unknown short") << u"zz"_s << QStringList() << u"at least four characters"_s;
    QTest::newRow("unknown") << u"zzzzzz"_s << QStringList() << u"No such revision or branch 'zzzzzz'"_s;
    QTest::newRow("heads") << u"heads"_s << QStringList{u"nnnn06"_s, u"ffff02"_s, u"xxxx03"_s} << QString();
    QTest::newRow("head with several heads") << u"head"_s << QStringList() << u"Multiple head revisions"_s;
    QTest::newRow("base") << u"base"_s << QStringList() << QString();
    QTest::newRow("label") << u"core"_s << QStringList{u"xxxx01"_s} << QString();
    QTest::newRow("label@head") << u"core@head"_s << QStringList{u"xxxx03"_s} << QString();
    QTest::newRow("label@heads") << u"feat@heads"_s << QStringList{u"ffff02"_s} << QString();
    QTest::newRow("label@base") << u"core@base"_s << QStringList() << QString();
    QTest::newRow("label@rev") << u"core@xxxx02"_s << QStringList{u"xxxx02"_s} << QString();
    QTest::newRow("label@partial") << u"core@xxxx0"_s << QStringList() << u"Multiple revisions"_s;
    QTest::newRow("label@foreign rev") << u"core@cccc03"_s << QStringList() << u"not a member of branch 'core'"_s;
    QTest::newRow("no such branch") << u"nope@head"_s << QStringList() << u"No such"_s;
    QTest::newRow("rev@head (a revision as branch)") << u"dddd04@head"_s << QStringList{u"nnnn06"_s} << QString();
    QTest::newRow("label@-1") << u"core@-1"_s << QStringList{u"xxxx02"_s} << QString();
    QTest::newRow("rev+2") << u"xxxx01+2"_s << QStringList{u"xxxx03"_s} << QString();
    QTest::newRow("rev-1") << u"xxxx03-1"_s << QStringList{u"xxxx02"_s} << QString();
    QTest::newRow("rev-3 reaches base") << u"xxxx03-3"_s << QStringList() << QString();
    QTest::newRow("rev-4 walks too far") << u"xxxx03-4"_s << QStringList() << u"didn't produce"_s;
    QTest::newRow("ambiguous walk up") << u"aaaa02+1"_s << QStringList() << u"Ambiguous walk"_s;
    QTest::newRow("ambiguous walk down") << u"mmmm05-1"_s << QStringList() << u"Ambiguous walk"_s;
    QTest::newRow("label@rev+1") << u"feat@ffff01+1"_s << QStringList{u"ffff02"_s} << QString();
    QTest::newRow("relative to the database") << u"+1"_s << QStringList() << u"relative to a database"_s;
}

void TestRevisionGraph::resolve()
{
    QFETCH(QString, identifier);
    QFETCH(QStringList, expected);
    QFETCH(QString, error);
    const RevisionGraph g = sample();
    const auto r = g.resolve(identifier);
    if (!error.isEmpty()) {
        QVERIFY2(!r, qPrintable(r ? g.ids(r.value()).join(u',') : QString()));
        QVERIFY2(r.errorMessage().contains(error), qPrintable(r.errorMessage()));
        return;
    }
    QVERIFY2(r, qPrintable(r.errorMessage()));
    QCOMPARE(g.ids(r.value()), expected);
    if (expected.size() == 1)
        QCOMPARE(g.node(g.resolveOne(identifier).value()).id(), expected.first());
}

void TestRevisionGraph::upgradePath_data()
{
    QTest::addColumn<QStringList>("current");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty to core@head") << QStringList() << u"core@head"_s << QStringList{u"xxxx01"_s, u"xxxx02"_s, u"xxxx03"_s};
    QTest::newRow("partial core") << QStringList{u"xxxx01"_s} << u"core@head"_s << QStringList{u"xxxx02"_s, u"xxxx03"_s};
    QTest::newRow("relative +1") << QStringList{u"xxxx01"_s} << u"+1"_s << QStringList{u"xxxx02"_s};
    QTest::newRow("label@+1 from elsewhere") << QStringList{u"nnnn06"_s} << u"core@+1"_s << QStringList{u"xxxx01"_s};
    QTest::newRow("merge point") << QStringList{u"cccc03"_s} << u"mmmm05"_s << QStringList{u"dddd04"_s, u"mmmm05"_s};
    QTest::newRow("at heads") << QStringList{u"nnnn06"_s, u"ffff02"_s, u"xxxx03"_s} << u"heads"_s << QStringList();
    QTest::newRow("dependency first") << QStringList() << u"feat@head"_s
                                      << QStringList{u"aaaa01"_s, u"aaaa02"_s, u"ffff01"_s, u"ffff02"_s};
    QTest::newRow("rev-1") << QStringList() << u"xxxx03-1"_s << QStringList{u"xxxx01"_s, u"xxxx02"_s};
}

void TestRevisionGraph::upgradePath()
{
    QFETCH(QStringList, current);
    QFETCH(QString, target);
    QFETCH(QStringList, expected);
    const RevisionGraph g = sample();
    const auto path = g.upgradePath(current, target);
    QVERIFY2(path, qPrintable(path.errorMessage()));
    QCOMPARE(g.ids(path.value()), expected);
}

void TestRevisionGraph::dependenciesComeFirst()
{
    const RevisionGraph g = sample();
    const auto all = g.upgradePath({}, u"heads"_s);
    QVERIFY(all);
    QCOMPARE(all->size(), g.size());
    const QStringList ids = g.ids(all.value());
    for (int i = 0; i < all->size(); ++i) {
        const RevisionNode &n = g.node(all->at(i));
        for (int p : n.parents)
            QVERIFY(ids.indexOf(g.node(p).id()) < i);
        for (int d : n.dependencies)
            QVERIFY2(ids.indexOf(g.node(d).id()) < i, qPrintable(n.id()));
    }
    // Unknown revisions and overlapping current revisions are errors, as in Alembic.
    QVERIFY(!g.upgradePath({u"nothere"_s}, u"heads"_s));
    const auto overlap = g.upgradePath({u"aaaa01"_s, u"aaaa02"_s}, u"heads"_s);
    QVERIFY(!overlap);
    QVERIFY2(overlap.errorMessage().contains(u"overlaps"_s), qPrintable(overlap.errorMessage()));
}

void TestRevisionGraph::normalizedDependencies()
{
    // b2 depends on x1 again although its ancestor b1 already does: Alembic drops it from the walk.
    const RevisionGraph g = RevisionGraph::build({rev(u"x1"_s, {}), rev(u"x2"_s, {u"x1"_s}), rev(u"b1"_s, {}, {u"b"_s}, {u"x1"_s}),
                                                  rev(u"b2"_s, {u"b1"_s}, {}, {u"x1"_s, u"x2"_s})});
    const RevisionNode &b2 = g.node(g.indexOf(u"b2"_s));
    QCOMPARE(g.ids(b2.dependencies), (QStringList{u"x1"_s, u"x2"_s}));
    QCOMPARE(g.ids(b2.normalizedDependencies), QStringList{u"x2"_s});
    QVERIFY(g.node(g.indexOf(u"x2"_s)).head);
    QVERIFY(!g.node(g.indexOf(u"x2"_s)).realHead);
    QVERIFY(g.node(g.indexOf(u"x2"_s)).effectiveHead());
    QCOMPARE(g.ids(g.heads()), (QStringList{u"x2"_s, u"b2"_s}));
    QCOMPARE(g.ids(g.realHeads()), QStringList{u"b2"_s});
    RevisionLineFormat f;
    f.tree = false;
    QCOMPARE(g.formatLine(g.indexOf(u"x2"_s), f), u"x2 (effective head)"_s);
    f.parents = true;
    f.doc = true;
    QCOMPARE(g.formatLine(g.indexOf(u"b2"_s), f), u"b1 (x1, x2) -> b2 (b) (head), message of b2"_s);
}

void TestRevisionGraph::labelsLikeAlembic()
{
    // A label in the middle of a chain reaches its descendants, and its ancestors up to the branch point.
    const RevisionGraph g = RevisionGraph::build({rev(u"r1"_s, {}), rev(u"r2"_s, {u"r1"_s}), rev(u"s1"_s, {u"r1"_s}),
                                                  rev(u"r3"_s, {u"r2"_s}), rev(u"r4"_s, {u"r3"_s}, {u"mid"_s}),
                                                  rev(u"r5"_s, {u"r4"_s})});
    auto labels = [&g](const char *id) { return g.node(g.indexOf(QString::fromLatin1(id))).branchLabels; };
    QCOMPARE(labels("r5"), QStringList{u"mid"_s});
    QCOMPARE(labels("r4"), QStringList{u"mid"_s});
    QCOMPARE(labels("r3"), QStringList{u"mid"_s});
    QCOMPARE(labels("r2"), QStringList{u"mid"_s});
    QCOMPARE(labels("r1"), QStringList()); // the branch point stops the walk
    QCOMPARE(labels("s1"), QStringList());
    // Below a branching, ancestors keep their labels.
    const RevisionGraph h = RevisionGraph::build({rev(u"r1"_s, {}), rev(u"r2"_s, {u"r1"_s}, {u"top"_s}), rev(u"r3"_s, {u"r2"_s}),
                                                  rev(u"r4"_s, {u"r2"_s})});
    QCOMPARE(h.node(h.indexOf(u"r1"_s)).branchLabels, QStringList());
    QCOMPARE(h.node(h.indexOf(u"r4"_s)).branchLabels, QStringList{u"top"_s});
}

void TestRevisionGraph::currentHeads()
{
    const RevisionGraph g = sample();
    auto c = g.currentHeads({u"ffff02"_s});
    QVERIFY(c);
    QCOMPARE(g.ids(c.value()), (QStringList{u"aaaa02"_s, u"ffff02"_s}));
    QVERIFY(!g.currentHeads({u"unknown1"_s}));
}

void TestRevisionGraph::lint_data()
{
    QTest::addColumn<QList<RevisionScript>>("scripts");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("severity");

    QTest::newRow("duplicate id") << QList<RevisionScript>{rev(u"a"_s, {}), rev(u"a"_s, {})} << u"duplicate-revision"_s
                                  << int(RevisionDiagnostic::Error);
    QTest::newRow("label twice") << QList<RevisionScript>{rev(u"a"_s, {}, {u"l"_s}), rev(u"b"_s, {}, {u"l"_s})}
                                 << u"duplicate-label"_s << int(RevisionDiagnostic::Error);
    QTest::newRow("label is an id") << QList<RevisionScript>{rev(u"a"_s, {}, {u"b"_s}), rev(u"b"_s, {u"a"_s})}
                                    << u"label-is-revision"_s << int(RevisionDiagnostic::Error);
    QTest::newRow("missing parent") << QList<RevisionScript>{rev(u"a"_s, {}), rev(u"b"_s, {u"zz"_s})} << u"missing-parent"_s
                                    << int(RevisionDiagnostic::Error);
    QTest::newRow("unreachable") << QList<RevisionScript>{rev(u"a"_s, {}), rev(u"b"_s, {u"zz"_s}), rev(u"c"_s, {u"b"_s})}
                                 << u"unreachable"_s << int(RevisionDiagnostic::Warning);
    QTest::newRow("missing dependency") << QList<RevisionScript>{rev(u"a"_s, {}, {}, {u"zz"_s})} << u"missing-dependency"_s
                                        << int(RevisionDiagnostic::Error);
    QTest::newRow("cycle") << QList<RevisionScript>{rev(u"a"_s, {}), rev(u"b"_s, {u"c"_s}), rev(u"c"_s, {u"b"_s})} << u"cycle"_s
                           << int(RevisionDiagnostic::Error);
    QTest::newRow("dependency cycle")
        << QList<RevisionScript>{rev(u"a"_s, {}), rev(u"b"_s, {u"a"_s}, {}, {u"c"_s}), rev(u"c"_s, {u"a"_s}, {}, {u"b"_s})}
        << u"cycle"_s << int(RevisionDiagnostic::Error);
    QTest::newRow("two heads on one branch")
        << QList<RevisionScript>{rev(u"a"_s, {}, {u"l"_s}), rev(u"b"_s, {u"a"_s}), rev(u"c"_s, {u"a"_s})}
        << u"multiple-heads-in-branch"_s << int(RevisionDiagnostic::Warning);
    QTest::newRow("two unlabeled heads") << QList<RevisionScript>{rev(u"a"_s, {}), rev(u"b"_s, {u"a"_s}), rev(u"c"_s, {u"a"_s})}
                                         << u"multiple-heads"_s << int(RevisionDiagnostic::Warning);
}

void TestRevisionGraph::lint()
{
    QFETCH(QList<RevisionScript>, scripts);
    QFETCH(QString, code);
    QFETCH(int, severity);
    const RevisionGraph g = RevisionGraph::build(scripts);
    QVERIFY2(codes(g).contains(code), qPrintable(codes(g).join(u',')));
    for (const RevisionDiagnostic &d : g.diagnostics()) {
        if (d.code != code)
            continue;
        QCOMPARE(int(d.severity), severity);
        QVERIFY(!d.path.isEmpty());
        QVERIFY(!d.revisions.isEmpty());
    }
    // Whatever is wrong, the graph stays usable.
    QCOMPARE(g.history().size(), g.size());
    for (int i = 0; i < g.size(); ++i)
        (void)g.formatLine(i, RevisionLineFormat());
    (void)g.upgradePath({}, u"heads"_s);
    (void)revisionGraphToJson(g);
}

void TestRevisionGraph::emptyGraph()
{
    const RevisionGraph g = RevisionGraph::build({});
    QVERIFY(g.isEmpty());
    QVERIFY(g.heads().isEmpty());
    QVERIFY(g.history().isEmpty());
    const auto head = g.resolve(u"head"_s);
    QVERIFY(head);
    QVERIFY(head->isEmpty());
    QVERIFY(g.upgradePath({}, u"heads"_s)->isEmpty());
    QVERIFY(!g.resolve(u"abcdef"_s));
}

void TestRevisionGraph::exports()
{
    const RevisionGraph g = sample();
    const QJsonObject o = revisionGraphToJson(g);
    for (const char *key : {"heads", "bases", "branchpoints", "mergepoints", "revisions", "edges", "labels", "diagnostics"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value(u"revisions"_s).toArray().size(), 11);
    const QJsonObject first = o.value(u"revisions"_s).toArray().first().toObject();
    for (const char *key : {"id", "down_revisions", "depends_on", "branch_labels", "message", "path"})
        QVERIFY2(first.contains(QLatin1String(key)), key);
    const QString dot = revisionGraphToDot(g, {u"xxxx02"_s});
    QVERIFY(dot.startsWith(u"digraph revisions {"_s));
    QVERIFY(dot.contains(u"\"ffff01\" -> \"aaaa02\" [style=dashed];"_s));
    QVERIFY(dot.contains(u"\"mmmm05\" -> \"cccc03\";"_s));
    QVERIFY(dot.contains(u"fillcolor"_s));
}

void TestRevisionGraph::large_data()
{
    QTest::addColumn<QString>("shape");
    QTest::newRow("invenio-like") << u"invenio"_s;
    QTest::newRow("many small modules") << u"modules"_s;
    QTest::newRow("random merges") << u"random"_s;
    QTest::newRow("one chain") << u"chain"_s;
    QTest::newRow("1000 modules on one core revision") << u"m1000"_s;
    QTest::newRow("3000 modules on one core revision") << u"m3000"_s;
    QTest::newRow("every revision depends on the core") << u"deps"_s;
    QTest::newRow("wide random tree") << u"wide"_s;
}

void TestRevisionGraph::large()
{
    // 30,000 revisions: no timing assertion (benchmarks live in bench/), but it must finish quickly and agree
    // with itself. The elapsed times are printed.
    QFETCH(QString, shape);
    constexpr int count = 30000;
    QRandomGenerator rng(7);
    QList<RevisionScript> scripts;
    scripts.reserve(count);
    auto id = [](int i) { return QStringLiteral("%1").arg(uint(i) * 2654435761u, 12, 16, QLatin1Char('0')); };
    if (shape == u"m1000"_s || shape == u"m3000"_s) {
        const int mods = shape == u"m1000"_s ? 1000 : 3000;
        const int per = count / mods;
        scripts.append(rev(id(0), {}, {u"core"_s}));
        int i = 1;
        for (int m = 0; m < mods && i < count; ++m)
            for (int k = 0; k < per && i < count; ++k, ++i)
                scripts.append(k == 0 ? rev(id(i), {}, {u"m%1"_s.arg(m)}, {id(0)}) : rev(id(i), {id(i - 1)}));
        for (; i < count; ++i)
            scripts.append(rev(id(i), {id(i - 1)}));
    } else if (shape == u"deps"_s) {
        for (int i = 0; i < 3000; ++i)
            scripts.append(rev(id(i), i ? QStringList{id(i - 1)} : QStringList(), i ? QStringList() : QStringList{u"core"_s}));
        for (int i = 3000; i < count; ++i) {
            const bool root = (i - 3000) % 27 == 0;
            scripts.append(rev(id(i), root ? QStringList() : QStringList{id(i - 1)}, root ? QStringList{u"m%1"_s.arg(i)} : QStringList(),
                               QStringList{id(int(rng.bounded(3000)))}));
        }
    } else if (shape == u"wide"_s) {
        scripts.append(rev(id(0), {}));
        for (int i = 1; i < count; ++i)
            scripts.append(rev(id(i), {id(int(rng.bounded(i)))}));
    } else if (shape == u"chain"_s) {
        for (int i = 0; i < count; ++i)
            scripts.append(rev(id(i), i ? QStringList{id(i - 1)} : QStringList()));
    } else if (shape == u"modules"_s) {
        scripts.append(rev(id(0), {}, {u"core"_s}));
        for (int i = 1; i < count; i += 2) {
            scripts.append(rev(id(i), {}, {u"m%1"_s.arg(i)}, {id(0)}));
            if (i + 1 < count)
                scripts.append(rev(id(i + 1), {id(i)}));
        }
    } else {
        const int modules = shape == u"invenio"_s ? 60 : 200;
        QList<QStringList> heads(modules);
        QList<QStringList> members(modules);
        for (int i = 0; i < count; ++i) {
            const int m = i < modules ? i : int(rng.bounded(modules));
            QStringList down, deps, labels;
            if (members[m].isEmpty()) {
                labels = {u"mod%1"_s.arg(m)};
                if (m > 0 && !members[0].isEmpty())
                    deps = {members[0].at(rng.bounded(int(members[0].size())))};
            } else {
                const int choice = int(rng.bounded(100));
                if (heads[m].size() >= 2 && choice < (shape == u"random"_s ? 20 : 5))
                    down = heads[m].mid(0, 2);
                else if (choice < (shape == u"random"_s ? 35 : 10))
                    down = {members[m].at(rng.bounded(int(members[m].size())))};
                else
                    down = {heads[m].last()};
                if (rng.bounded(100) < (shape == u"random"_s ? 15 : 3)) {
                    const int other = int(rng.bounded(modules));
                    if (other != m && !members[other].isEmpty())
                        deps = {members[other].at(rng.bounded(int(members[other].size())))};
                }
            }
            const QString me = id(i);
            scripts.append(rev(me, down, labels, deps));
            for (const QString &d : down)
                heads[m].removeAll(d);
            heads[m].append(me);
            members[m].append(me);
        }
    }
    QElapsedTimer t;
    t.start();
    const RevisionGraph g = RevisionGraph::build(scripts);
    const qint64 buildMs = t.restart();
    QCOMPARE(g.size(), count);
    QCOMPARE(g.errorCount(), 0);
    QCOMPARE(g.history().size(), count);
    const auto all = g.upgradePath({}, u"heads"_s);
    QVERIFY(all);
    QCOMPARE(all->size(), count);
    const qint64 upgradeMs = t.restart();
    const QString middle = g.node(g.history().at(count / 2)).id();
    const auto rest = g.upgradePath({middle}, u"heads"_s);
    QVERIFY(rest);
    const auto partial = g.resolve(middle.left(8));
    QVERIFY(partial);
    const qint64 moreMs = t.elapsed();
    qInfo("%s: build + history %lld ms, upgrade path %lld ms, partial state %lld ms", qPrintable(shape), buildMs, upgradeMs, moreMs);
}

QTEST_GUILESS_MAIN(TestRevisionGraph)
#include "tst_revisiongraph.moc"
