// SPDX-License-Identifier: GPL-3.0-or-later
// Layouts of revision graphs (Godwit's layered one and Graphviz's dot through libgvc) and rendering to
// SVG / PNG / DOT: geometric properties every correct drawing has, on small and generated large graphs.
#include "revisions/revisionexport.h"
#include "revisions/revisiongraph.h"
#include "revisions/revisionlayout.h"

#include <QLineF>
#include <QRandomGenerator>
#include <QRegularExpression>
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
    s.message = u"message "_s + id;
    s.path = u"/v/"_s + id + u".py"_s;
    return s;
}

// Invenio-like: `branches` roots (each labelled, depending on the first root), chains with depends_on into
// other branches, and a fork + merge every 40 revisions.
RevisionGraph generated(int count, int branches, quint32 seed = 7)
{
    QRandomGenerator random(seed);
    QList<RevisionScript> scripts;
    QList<QStringList> chains(branches);
    int n = 0;
    auto id = [&n] { return u"r%1"_s.arg(n++, 5, 10, QLatin1Char('0')); };
    for (int b = 0; b < branches; ++b) {
        const QString root = id();
        scripts << rev(root, {}, {u"branch%1"_s.arg(b)}, b == 0 ? QStringList{} : QStringList{chains[0].value(0)});
        chains[b] << root;
    }
    while (n < count) {
        const int b = int(random.bounded(branches));
        const QString parent = chains[b].last();
        if (chains[b].size() % 40 == 0 && n + 3 <= count) {
            const QString x = id(), y = id(), m = id();
            scripts << rev(x, {parent}) << rev(y, {parent}) << rev(m, {x, y});
            chains[b] << x << y << m;
            continue;
        }
        QStringList deps;
        if (random.bounded(25) == 0) {
            const int other = int(random.bounded(branches));
            if (other != b)
                deps << chains[other].at(int(random.bounded(qsizetype(chains[other].size()))));
        }
        const QString r = id();
        scripts << rev(r, {parent}, {}, deps);
        chains[b] << r;
    }
    return RevisionGraph::build(scripts);
}

RevisionGraph small()
{
    return RevisionGraph::build({rev(u"base1"_s, {}, {u"core"_s}), rev(u"c2"_s, {u"base1"_s}), rev(u"c3a"_s, {u"c2"_s}),
                                 rev(u"c3b"_s, {u"c2"_s}), rev(u"c4"_s, {u"c3a"_s, u"c3b"_s}),
                                 rev(u"mod1"_s, {}, {u"mod"_s}, {u"c2"_s}), rev(u"mod2"_s, {u"mod1"_s}, {}, {u"c4"_s})});
}

// What every drawing of an acyclic graph must satisfy.
void verifyDrawing(const RevisionGraph &g, const RevisionLayout &l, bool sameLayerSameY)
{
    QCOMPARE(l.centers.size(), g.size());
    QCOMPARE(l.edges.size(), g.edges().size());
    QCOMPARE(l.overlapCount(), 0);
    for (int i = 0; i < g.size(); ++i)
        QVERIFY2(l.bounds.adjusted(-1, -1, 1, 1).contains(l.nodeRect(i)), qPrintable(g.node(i).id()));
    for (const RevisionLayout::Edge &e : l.edges) {
        // Newer above older: an upgrade reads bottom to top.
        QVERIFY2(l.centers.at(e.from).y() < l.centers.at(e.to).y(),
                 qPrintable(g.node(e.from).id() + u" above "_s + g.node(e.to).id()));
        QVERIFY(e.points.size() >= 2);
        QVERIFY(QLineF(e.points.first(), l.centers.at(e.from)).length() <= std::hypot(l.nodeSize.width(), l.nodeSize.height()) / 2 + 2);
        QVERIFY(QLineF(e.points.last(), l.centers.at(e.to)).length() <= std::hypot(l.nodeSize.width(), l.nodeSize.height()) / 2 + 12); // + the arrowhead
    }
    if (sameLayerSameY) {
        for (int i = 0; i < g.size(); ++i)
            for (int j = i + 1; j < std::min(g.size(), i + 50); ++j)
                if (g.node(i).depth == g.node(j).depth)
                    QCOMPARE(l.centers.at(i).y(), l.centers.at(j).y());
    }
}

} // namespace

class TestRevisionLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void layeredSmall();
    void layeredGenerated_data();
    void layeredGenerated();
    void layeredIsDeterministic();
    void layeredKeepsBranchesApart();
    void cycleStillDrawn();
    void emptyGraph();
    void graphvizSmall();
    void renderFormats();
    void renderRejectsUnknownFormat();
    void labelColours();
};

void TestRevisionLayout::layeredSmall()
{
    const RevisionGraph g = small();
    const RevisionLayout l = layoutRevisionGraph(g);
    verifyDrawing(g, l, true);
    int maxDepth = 0;
    for (const RevisionNode &n : g.nodes())
        maxDepth = std::max(maxDepth, n.depth);
    QCOMPARE(l.layers, maxDepth + 1);
    // The fork's two sides share a layer, side by side.
    const int a = g.indexOf(u"c3a"_s), b = g.indexOf(u"c3b"_s);
    QCOMPARE(l.centers.at(a).y(), l.centers.at(b).y());
    QVERIFY(std::abs(l.centers.at(a).x() - l.centers.at(b).x()) >= l.nodeSize.width());
    // depends_on edges are kept as dependency edges.
    int dependencies = 0;
    for (const RevisionLayout::Edge &e : l.edges)
        dependencies += e.kind == RevisionEdgeKind::Dependency;
    QCOMPARE(dependencies, 2);
}

void TestRevisionLayout::layeredGenerated_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("branches");
    QTest::newRow("300 in 8") << 300 << 8;
    QTest::newRow("3000 in 8") << 3000 << 8;
    QTest::newRow("1000 in 1") << 1000 << 1;
    QTest::newRow("500 in 40") << 500 << 40;
}

void TestRevisionLayout::layeredGenerated()
{
    QFETCH(int, count);
    QFETCH(int, branches);
    const RevisionGraph g = generated(count, branches);
    QCOMPARE(g.size(), count);
    QCOMPARE(g.errorCount(), 0);
    verifyDrawing(g, layoutRevisionGraph(g), false);
}

void TestRevisionLayout::layeredIsDeterministic()
{
    const RevisionGraph g = generated(800, 6);
    const RevisionLayout a = layoutRevisionGraph(g), b = layoutRevisionGraph(g);
    QCOMPARE(a.centers, b.centers);
    QCOMPARE(a.bounds, b.bounds);
}

void TestRevisionLayout::layeredKeepsBranchesApart()
{
    // Two independent chains: each stays in one column (no zig-zag), the two columns apart.
    QList<RevisionScript> scripts{rev(u"a0"_s, {}, {u"a"_s}), rev(u"b0"_s, {}, {u"b"_s})};
    for (int i = 1; i < 30; ++i)
        scripts << rev(u"a%1"_s.arg(i), {u"a%1"_s.arg(i - 1)}) << rev(u"b%1"_s.arg(i), {u"b%1"_s.arg(i - 1)});
    const RevisionGraph g = RevisionGraph::build(scripts);
    const RevisionLayout l = layoutRevisionGraph(g);
    verifyDrawing(g, l, true);
    const qreal ax = l.centers.at(g.indexOf(u"a0"_s)).x(), bx = l.centers.at(g.indexOf(u"b0"_s)).x();
    QVERIFY(std::abs(ax - bx) >= l.nodeSize.width());
    for (int i = 1; i < 30; ++i) {
        QCOMPARE(l.centers.at(g.indexOf(u"a%1"_s.arg(i))).x(), ax);
        QCOMPARE(l.centers.at(g.indexOf(u"b%1"_s.arg(i))).x(), bx);
    }
}

void TestRevisionLayout::cycleStillDrawn()
{
    // A cycle is an error finding; the drawing still places every revision without overlaps.
    const RevisionGraph g = RevisionGraph::build({rev(u"r0"_s, {}), rev(u"x"_s, {u"y"_s}), rev(u"y"_s, {u"x"_s}), rev(u"r1"_s, {u"r0"_s})});
    QVERIFY(g.errorCount() > 0);
    const RevisionLayout l = layoutRevisionGraph(g);
    QCOMPARE(l.centers.size(), g.size());
    QCOMPARE(l.overlapCount(), 0);
    QCOMPARE(l.edges.size(), g.edges().size());
}

void TestRevisionLayout::emptyGraph()
{
    const RevisionLayout l = layoutRevisionGraph(RevisionGraph());
    QVERIFY(l.isEmpty());
    QCOMPARE(l.overlapCount(), 0);
    auto gv = layoutRevisionGraphWithGraphviz(RevisionGraph());
    QVERIFY(gv.ok());
    QVERIFY(gv->isEmpty());
}

void TestRevisionLayout::graphvizSmall()
{
    const RevisionGraph g = generated(120, 4);
    auto l = layoutRevisionGraphWithGraphviz(g);
    QVERIFY2(l.ok(), qPrintable(l.errorMessage()));
    QCOMPARE(l->engine, RevisionLayoutEngine::Graphviz);
    verifyDrawing(g, l.value(), false); // dot ranks by network simplex, not by longest path
    // Graphviz's splines: 3k+1 Bézier points per edge.
    for (const RevisionLayout::Edge &e : l->edges)
        QCOMPARE((e.points.size() - 1) % 3, 0);
}

void TestRevisionLayout::renderFormats()
{
    const RevisionGraph g = small();
    const RevisionLayout layered = layoutRevisionGraph(g);
    const QStringList current{u"c2"_s};
    for (const RevisionLayout *layout : {&layered, static_cast<const RevisionLayout *>(nullptr)}) {
        auto svg = renderRevisionGraph(g, u"svg"_s, layout, current);
        QVERIFY2(svg.ok(), qPrintable(svg.errorMessage()));
        QVERIFY(svg->contains("<svg"));
        for (const RevisionNode &n : g.nodes())
            QVERIFY2(svg->contains(n.id().toUtf8()), qPrintable(n.id()));
        QVERIFY(svg->contains("stroke-dasharray")); // the depends_on edges
        QVERIFY(svg->contains("#d6f0d6"));          // the database's current revision, filled

        auto png = renderRevisionGraph(g, u"png"_s, layout);
        QVERIFY2(png.ok(), qPrintable(png.errorMessage()));
        QVERIFY(png->startsWith("\x89PNG\r\n\x1a\n"));
        QVERIFY(png->size() > 2000);
    }
    auto dot = renderRevisionGraph(g, u"dot"_s);
    QVERIFY(dot.ok());
    QVERIFY(dot->startsWith("digraph"));
    QCOMPARE(dot->count("->"), g.edges().size());
    QCOMPARE(dot->count("style=dashed"), 2);
}

void TestRevisionLayout::renderRejectsUnknownFormat()
{
    auto r = renderRevisionGraph(small(), u"gif"_s);
    QVERIFY(!r.ok());
    QVERIFY(r.errorMessage().contains(u"gif"_s));
    QVERIFY(!revisionGraphFormats().contains(u"gif"_s));
}

void TestRevisionLayout::labelColours()
{
    const RevisionGraph g = generated(200, 20);
    QSet<QString> colors;
    for (const QString &label : g.labels()) {
        const QString c = revisionLabelColor(g, label);
        QVERIFY2(QRegularExpression(u"^#[0-9a-f]{6}$"_s).match(c).hasMatch(), qPrintable(c));
        colors.insert(c);
    }
    QCOMPARE(colors.size(), g.labels().size()); // 20 labels, 20 colours
    // A revision takes its first label's colour; an unlabelled graph is grey.
    const int root = g.labelOwner(u"branch3"_s);
    QCOMPARE(revisionNodeColor(g, root), revisionLabelColor(g, u"branch3"_s));
}

QTEST_GUILESS_MAIN(TestRevisionLayout)
#include "tst_revisionlayout.moc"
