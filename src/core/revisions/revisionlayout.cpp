// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisionlayout.h"

#include "revisionexport.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace Godwit {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Godwit::RevisionLayout", text);
}

// Graphviz keeps global state (plugins, error buffers, the cgraph dictionaries): one caller at a time.
QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

// A cubic Bézier through polyline points, vertical tangents at every point (smooth S-bends between layers).
QList<QPointF> smoothPolyline(const QList<QPointF> &poly)
{
    QList<QPointF> out;
    if (poly.size() < 2)
        return poly;
    out.reserve(1 + 3 * (poly.size() - 1));
    out.append(poly.first());
    for (qsizetype i = 1; i < poly.size(); ++i) {
        const QPointF p = poly.at(i - 1);
        const QPointF q = poly.at(i);
        const double dy = (q.y() - p.y()) / 2;
        out.append(QPointF(p.x(), p.y() + dy));
        out.append(QPointF(q.x(), q.y() - dy));
        out.append(q);
    }
    return out;
}

// Pool-adjacent-violators: the positions closest (least squares) to `desired` that keep the order and at least
// `gap[i]` between position i and i+1.
void placeInOrder(std::vector<double> &x, const std::vector<double> &desired, const std::vector<double> &gap)
{
    const size_t n = desired.size();
    if (n == 0)
        return;
    std::vector<double> offset(n, 0.0);
    for (size_t i = 1; i < n; ++i)
        offset[i] = offset[i - 1] + gap[i - 1];
    struct Block
    {
        double sum;
        int count;
        size_t first;
    };
    std::vector<Block> blocks;
    blocks.reserve(n);
    for (size_t i = 0; i < n; ++i) {
        blocks.push_back({desired[i] - offset[i], 1, i});
        while (blocks.size() > 1) {
            const Block &b = blocks.back();
            const Block &a = blocks[blocks.size() - 2];
            if (a.sum / a.count <= b.sum / b.count)
                break;
            Block merged{a.sum + b.sum, a.count + b.count, a.first};
            blocks.pop_back();
            blocks.back() = merged;
        }
    }
    x.assign(n, 0.0);
    for (const Block &b : blocks) {
        const double mean = b.sum / b.count;
        for (size_t i = b.first; i < b.first + size_t(b.count); ++i)
            x[i] = mean + offset[i];
    }
}

QString hsvColor(double hue, double s, double v)
{
    const double h = std::fmod(hue, 1.0) * 6.0;
    const int sector = int(h) % 6;
    const double f = h - std::floor(h);
    const double p = v * (1 - s), q = v * (1 - s * f), t = v * (1 - s * (1 - f));
    double r = v, g = t, b = p;
    switch (sector) {
    case 1: r = q, g = v, b = p; break;
    case 2: r = p, g = v, b = t; break;
    case 3: r = p, g = q, b = v; break;
    case 4: r = t, g = p, b = v; break;
    case 5: r = v, g = p, b = q; break;
    default: break;
    }
    return QStringLiteral("#%1%2%3")
        .arg(int(std::lround(r * 255)), 2, 16, QLatin1Char('0'))
        .arg(int(std::lround(g * 255)), 2, 16, QLatin1Char('0'))
        .arg(int(std::lround(b * 255)), 2, 16, QLatin1Char('0'));
}

QString paletteColor(int index)
{
    // Distinct on white and for the common colour-vision deficiencies first (Okabe–Ito and Tableau), then hues
    // spread by the golden ratio.
    static const char *const palette[] = {"#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00",
                                          "#8c6d31", "#7b4fa0", "#17becf", "#bcbd22", "#e15759", "#4e79a7"};
    constexpr int paletteSize = int(sizeof(palette) / sizeof(palette[0]));
    if (index < 0)
        return QStringLiteral("#8a8f98");
    if (index < paletteSize)
        return QLatin1String(palette[index]);
    return hsvColor(0.13 + (index - paletteSize) * 0.618033988749895, 0.6, 0.75);
}

QHash<QString, QString> labelColors(const RevisionGraph &graph)
{
    QHash<QString, QString> out;
    const QStringList labels = graph.labels();
    for (int i = 0; i < labels.size(); ++i)
        out.insert(labels.at(i), paletteColor(i));
    return out;
}

QString dotQuote(const QString &text)
{
    QString out = text;
    out.replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\"")).replace(u'\n', QLatin1String("\\n"));
    return u'"' + out + u'"';
}

QString num(double v)
{
    return QString::number(v, 'f', 2);
}

} // namespace

QString revisionLabelColor(const RevisionGraph &graph, const QString &label)
{
    return paletteColor(int(graph.labels().indexOf(label)));
}

QString revisionNodeColor(const RevisionGraph &graph, int node)
{
    const QStringList &labels = graph.node(node).branchLabels;
    return labels.isEmpty() ? paletteColor(-1) : revisionLabelColor(graph, labels.first());
}

QRectF RevisionLayout::nodeRect(int node) const
{
    const QPointF c = centers.at(node);
    return QRectF(c.x() - nodeSize.width() / 2, c.y() - nodeSize.height() / 2, nodeSize.width(), nodeSize.height());
}

int RevisionLayout::overlapCount() const
{
    std::vector<int> order(centers.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        return centers.at(a).y() != centers.at(b).y() ? centers.at(a).y() < centers.at(b).y() : centers.at(a).x() < centers.at(b).x();
    });
    int overlaps = 0;
    // Boxes overlap only with boxes less than a height apart vertically: a window over the sorted order.
    for (size_t i = 0; i < order.size(); ++i) {
        const QRectF a = nodeRect(order[i]);
        for (size_t j = i + 1; j < order.size(); ++j) {
            const QRectF b = nodeRect(order[j]);
            if (b.top() >= a.bottom())
                break;
            if (a.intersects(b) && a.intersected(b).width() > 0.5 && a.intersected(b).height() > 0.5)
                ++overlaps;
        }
    }
    return overlaps;
}

RevisionLayout layoutRevisionGraph(const RevisionGraph &graph, const RevisionLayoutOptions &options)
{
    RevisionLayout layout;
    layout.engine = RevisionLayoutEngine::Layered;
    layout.nodeSize = QSizeF(options.nodeWidth, options.nodeHeight);
    const int n = graph.size();
    if (n == 0)
        return layout;

    // 1. Layers: RevisionNode::depth (longest path from a root), heads on top.
    int maxDepth = 0;
    for (const RevisionNode &node : graph.nodes())
        maxDepth = std::max(maxDepth, node.depth);
    std::vector<int> row;
    row.reserve(size_t(n) * 2);
    for (const RevisionNode &node : graph.nodes())
        row.push_back(maxDepth - node.depth);
    layout.layers = maxDepth + 1;

    // 2. Long edges get a virtual node in every layer they cross (parent edges first, then depends_on edges by
    //    span), within a budget; over it, an edge is drawn straight.
    std::vector<std::vector<int>> up(n), down(n); // neighbours one layer above / below
    struct Chain
    {
        RevisionLayout::Edge edge;
        std::vector<int> nodes; // from, virtuals..., to
    };
    std::vector<Chain> chains;
    const QList<RevisionEdge> edges = graph.edges();
    chains.reserve(size_t(edges.size()));
    std::vector<int> edgeOrder(size_t(edges.size()));
    std::iota(edgeOrder.begin(), edgeOrder.end(), 0);
    auto span = [&](const RevisionEdge &e) { return row[size_t(e.to)] - row[size_t(e.from)]; };
    std::stable_sort(edgeOrder.begin(), edgeOrder.end(), [&](int a, int b) {
        const RevisionEdge &ea = edges.at(a), &eb = edges.at(b);
        if (ea.kind != eb.kind)
            return ea.kind == RevisionEdgeKind::Parent;
        return span(ea) < span(eb);
    });
    qint64 budget = qint64(options.maxVirtualPerNode) * n;
    std::vector<int> groupOf; // per layer-graph node: lane key for the initial order
    for (int index : edgeOrder) {
        const RevisionEdge &e = edges.at(index);
        Chain chain;
        chain.edge.from = e.from;
        chain.edge.to = e.to;
        chain.edge.kind = e.kind;
        chain.nodes.push_back(e.from);
        const int s = span(e);
        if (s >= 1 && (s == 1 || budget >= s - 1)) {
            for (int r = row[size_t(e.from)] + 1; r < row[size_t(e.to)]; ++r) {
                const int v = int(row.size());
                row.push_back(r);
                up.emplace_back();
                down.emplace_back();
                chain.nodes.push_back(v);
                --budget;
            }
            chain.nodes.push_back(e.to);
            for (size_t i = 0; i + 1 < chain.nodes.size(); ++i) {
                down[size_t(chain.nodes[i])].push_back(chain.nodes[i + 1]);
                up[size_t(chain.nodes[i + 1])].push_back(chain.nodes[i]);
            }
        } else {
            chain.nodes.push_back(e.to); // drawn straight, no influence on the order
        }
        chains.push_back(std::move(chain));
    }
    const size_t total = row.size();

    // 3. Initial order: a depth-first walk up from the bases, branch by branch, so that each branch starts as
    //    a lane of its own.
    const QStringList labels = graph.labels();
    auto laneKey = [&](int v) {
        const QStringList &l = graph.node(v).branchLabels;
        return l.isEmpty() ? int(labels.size()) : int(labels.indexOf(l.first()));
    };
    std::vector<int> seq(total, -1);
    int counter = 0;
    std::vector<int> roots;
    for (int v = 0; v < n; ++v)
        if (down[size_t(v)].empty())
            roots.push_back(v);
    std::sort(roots.begin(), roots.end(), [&](int a, int b) {
        const int ka = laneKey(a), kb = laneKey(b);
        if (ka != kb)
            return ka < kb;
        return graph.node(a).loadOrder < graph.node(b).loadOrder;
    });
    std::vector<int> stack;
    auto walk = [&](int start) {
        stack.push_back(start);
        while (!stack.empty()) {
            const int v = stack.back();
            stack.pop_back();
            if (seq[size_t(v)] >= 0)
                continue;
            seq[size_t(v)] = counter++;
            // Push in reverse so that the first child is visited first.
            const std::vector<int> &children = up[size_t(v)];
            for (auto it = children.rbegin(); it != children.rend(); ++it)
                if (seq[size_t(*it)] < 0)
                    stack.push_back(*it);
        }
    };
    for (int r : roots)
        walk(r);
    for (size_t v = 0; v < total; ++v)
        if (seq[v] < 0)
            walk(int(v));

    std::vector<std::vector<int>> rows(size_t(layout.layers));
    for (size_t v = 0; v < total; ++v)
        rows[size_t(row[v])].push_back(int(v));
    std::vector<double> pos(total, 0.0);
    for (auto &r : rows) {
        std::sort(r.begin(), r.end(), [&](int a, int b) { return seq[size_t(a)] < seq[size_t(b)]; });
        for (size_t i = 0; i < r.size(); ++i)
            pos[size_t(r[i])] = double(i);
    }

    // 4. Crossing reduction: barycentre sweeps, down (against the layer above) then up.
    std::vector<double> key(total, 0.0);
    auto sweep = [&](bool downward) {
        const int count = layout.layers;
        for (int k = 1; k < count; ++k) {
            std::vector<int> &r = rows[size_t(downward ? k : count - 1 - k)];
            for (int v : r) {
                const std::vector<int> &nb = downward ? up[size_t(v)] : down[size_t(v)];
                if (nb.empty()) {
                    key[size_t(v)] = pos[size_t(v)];
                    continue;
                }
                double sum = 0;
                for (int w : nb)
                    sum += pos[size_t(w)];
                key[size_t(v)] = sum / double(nb.size());
            }
            std::stable_sort(r.begin(), r.end(), [&](int a, int b) { return key[size_t(a)] < key[size_t(b)]; });
            for (size_t i = 0; i < r.size(); ++i)
                pos[size_t(r[i])] = double(i);
        }
    };
    for (int i = 0; i < options.sweeps; ++i) {
        sweep(true);
        sweep(false);
    }

    // 5. Coordinates: each node as close as the order allows to the mean of its neighbours (least squares per
    //    layer, alternating directions), revisions a box apart, bend points closer.
    const double unit = options.nodeWidth + options.nodeSeparation;
    const double virtualGap = options.nodeSeparation;
    auto width = [&](int v) { return v < n ? options.nodeWidth : 0.0; };
    std::vector<double> x(total, 0.0);
    for (size_t v = 0; v < total; ++v)
        x[v] = pos[v] * unit;
    std::vector<double> desired, gap, placed;
    auto place = [&](bool downward) {
        const int count = layout.layers;
        for (int k = 0; k < count; ++k) {
            const std::vector<int> &r = rows[size_t(downward ? k : count - 1 - k)];
            desired.assign(r.size(), 0.0);
            gap.assign(r.size() > 0 ? r.size() - 1 : 0, 0.0);
            for (size_t i = 0; i < r.size(); ++i) {
                const int v = r[i];
                const std::vector<int> &a = downward ? up[size_t(v)] : down[size_t(v)];
                const std::vector<int> &b = downward ? down[size_t(v)] : up[size_t(v)];
                double sum = 0;
                int weight = 0;
                for (int w : a)
                    sum += x[size_t(w)], ++weight;
                // The other side pulls too, less: keeps lanes straight where one side is empty.
                for (int w : b)
                    sum += 0.5 * x[size_t(w)];
                const double bw = 0.5 * double(b.size());
                desired[i] = (weight + bw) > 0 ? sum / (weight + bw) : x[size_t(v)];
                if (i + 1 < r.size()) {
                    const int w = r[i + 1];
                    const bool bothVirtual = v >= n && w >= n;
                    gap[i] = (width(v) + width(w)) / 2 + (bothVirtual ? virtualGap / 2 : virtualGap);
                    if (v < n && w < n)
                        gap[i] = unit;
                }
            }
            placeInOrder(placed, desired, gap);
            for (size_t i = 0; i < r.size(); ++i)
                x[size_t(r[i])] = placed[i];
        }
    };
    for (int i = 0; i < 4; ++i) {
        place(true);
        place(false);
    }

    double minX = std::numeric_limits<double>::max(), maxX = std::numeric_limits<double>::lowest();
    for (size_t v = 0; v < total; ++v) {
        minX = std::min(minX, x[v] - width(int(v)) / 2);
        maxX = std::max(maxX, x[v] + width(int(v)) / 2);
    }
    const double rowHeight = options.nodeHeight + options.rankSeparation;
    auto point = [&](int v) { return QPointF(x[size_t(v)] - minX, row[size_t(v)] * rowHeight + options.nodeHeight / 2); };
    layout.centers.reserve(n);
    for (int v = 0; v < n; ++v)
        layout.centers.append(point(v));
    layout.bounds = QRectF(0, 0, maxX - minX, layout.layers * rowHeight - options.rankSeparation);

    // 6. Edges: from the bottom of the newer box to the top of the older one (sides reversed for cycles).
    const double half = options.nodeHeight / 2;
    layout.edges.reserve(qsizetype(chains.size()));
    for (Chain &chain : chains) {
        QList<QPointF> poly;
        for (int v : chain.nodes)
            poly.append(point(v));
        const bool downwards = poly.last().y() > poly.first().y();
        poly.first().ry() += downwards ? half : -half;
        poly.last().ry() += downwards ? -half : half;
        chain.edge.points = smoothPolyline(poly);
        layout.edges.append(std::move(chain.edge));
    }
    return layout;
}

namespace {

// A Graphviz graph parsed from DOT text, freed on scope exit.
struct GraphvizRun
{
    GVC_t *gvc = nullptr;
    Agraph_t *graph = nullptr;
    bool laidOut = false;
    ~GraphvizRun()
    {
        if (laidOut)
            gvFreeLayout(gvc, graph);
        if (graph)
            agclose(graph);
        if (gvc)
            gvFreeContext(gvc);
    }
};

Result<QByteArray> runGraphviz(const QString &dot, const char *engine, const char *format)
{
    QMutexLocker lock(&graphvizMutex());
    GraphvizRun run;
    run.gvc = gvContext();
    if (!run.gvc)
        return Error::make(ErrorKind::Other, tr("Graphviz could not start (libgvc)"));
    const QByteArray text = dot.toUtf8();
    agseterr(AGMAX); // errors are reported through the return codes below, not on stderr
    run.graph = agmemread(text.constData());
    if (!run.graph)
        return Error::make(ErrorKind::Other, tr("Graphviz could not read the generated graph"));
    if (gvLayout(run.gvc, run.graph, engine) != 0)
        return Error::make(ErrorKind::Other, tr("Graphviz could not lay out the graph (engine %1)").arg(QLatin1String(engine)));
    run.laidOut = true;
    char *data = nullptr;
    unsigned int length = 0;
    if (gvRenderData(run.gvc, run.graph, format, &data, &length) != 0 || !data)
        return Error(ErrorKind::Other,
                     tr("Graphviz cannot write %1 on this system (is the libgvc6 plugin for it installed?)").arg(QLatin1String(format)));
    QByteArray out(data, qsizetype(length));
    gvFreeRenderData(data);
    return out;
}

// The DOT text of a graph for Graphviz: full labels and colours; with a layout, pinned node positions and edge
// splines (for neato -n2, which only draws).
QString styledDot(const RevisionGraph &graph, const RevisionLayout *layout, const QStringList &current)
{
    const QHash<QString, QString> colors = labelColors(graph);
    const double height = layout ? layout->bounds.height() : 0;
    QString out;
    out.reserve(graph.size() * 220);
    out += QStringLiteral("digraph revisions {\n  rankdir=TB;\n  bgcolor=\"white\";\n");
    if (layout)
        out += QStringLiteral("  node [shape=box, style=\"rounded,filled\", fixedsize=true, width=%1, height=%2];\n")
                   .arg(num(layout->nodeSize.width() / 72), num(layout->nodeSize.height() / 72));
    else
        out += QStringLiteral("  node [shape=box, style=\"rounded,filled\"];\n");
    out += QStringLiteral("  node [fontname=\"DejaVu Sans\", fontsize=8, fillcolor=\"#ffffff\"];\n"
                          "  edge [arrowsize=0.6, color=\"#606870\"];\n");
    for (int i = 0; i < graph.size(); ++i) {
        const RevisionNode &n = graph.node(i);
        QString label = n.id();
        QStringList marks;
        if (n.head)
            marks << QStringLiteral("head");
        if (n.base)
            marks << QStringLiteral("base");
        if (n.branchPoint)
            marks << QStringLiteral("branchpoint");
        if (n.mergePoint)
            marks << QStringLiteral("mergepoint");
        if (!marks.isEmpty())
            label += QStringLiteral(" [") + marks.join(QStringLiteral(", ")) + u']';
        if (!n.branchLabels.isEmpty())
            label += u'\n' + n.branchLabels.join(QStringLiteral(", "));
        if (!n.script.message.isEmpty())
            label += u'\n' + (n.script.message.size() > 36 ? n.script.message.left(35) + QChar(0x2026) : n.script.message);
        const QString color = n.branchLabels.isEmpty() ? paletteColor(-1) : colors.value(n.branchLabels.first());
        QStringList attrs{QStringLiteral("label=") + dotQuote(label), QStringLiteral("color=\"%1\"").arg(color)};
        attrs << QStringLiteral("penwidth=%1").arg(n.head ? 2.4 : 1.2);
        if (n.base)
            attrs << QStringLiteral("peripheries=2");
        if (current.contains(n.id()))
            attrs << QStringLiteral("fillcolor=\"#d6f0d6\"");
        if (!n.reachable)
            attrs << QStringLiteral("fontcolor=\"#b00020\"");
        if (layout) {
            const QPointF c = layout->centers.at(i);
            attrs << QStringLiteral("pos=\"%1,%2!\"").arg(num(c.x()), num(height - c.y()));
        }
        out += QStringLiteral("  n%1 [%2];\n").arg(i).arg(attrs.join(QStringLiteral(", ")));
    }
    auto edgeLine = [&](int from, int to, RevisionEdgeKind kind, const QList<QPointF> &points) {
        QStringList attrs;
        if (kind == RevisionEdgeKind::Dependency)
            attrs << QStringLiteral("style=dashed");
        if (points.size() >= 4) {
            // Graphviz splines: "e,x,y" (the arrow's tip) then 3k+1 control points; the curve stops short of the
            // tip to leave room for the arrowhead.
            QList<QPointF> p = points;
            const QPointF tip = p.last();
            const QPointF before = p.at(p.size() - 2);
            const double dx = tip.x() - before.x(), dy = tip.y() - before.y();
            const double len = std::hypot(dx, dy);
            if (len > 1)
                p.last() = QPointF(tip.x() - dx / len * 6, tip.y() - dy / len * 6);
            QStringList coords{QStringLiteral("e,%1,%2").arg(num(tip.x()), num(height - tip.y()))};
            for (const QPointF &q : std::as_const(p))
                coords << QStringLiteral("%1,%2").arg(num(q.x()), num(height - q.y()));
            attrs << QStringLiteral("pos=\"%1\"").arg(coords.join(u' '));
        }
        out += QStringLiteral("  n%1 -> n%2%3;\n")
                   .arg(from)
                   .arg(to)
                   .arg(attrs.isEmpty() ? QString() : QStringLiteral(" [") + attrs.join(QStringLiteral(", ")) + u']');
    };
    if (layout) {
        for (const RevisionLayout::Edge &e : layout->edges)
            edgeLine(e.from, e.to, e.kind, e.points);
    } else {
        for (const RevisionEdge &e : graph.edges())
            edgeLine(e.from, e.to, e.kind, {});
    }
    out += QStringLiteral("}\n");
    return out;
}

} // namespace

Result<RevisionLayout> layoutRevisionGraphWithGraphviz(const RevisionGraph &graph, const RevisionLayoutOptions &options)
{
    RevisionLayout layout;
    layout.engine = RevisionLayoutEngine::Graphviz;
    layout.nodeSize = QSizeF(options.nodeWidth, options.nodeHeight);
    if (graph.isEmpty())
        return layout;
    QString dot = QStringLiteral("digraph g {\n  rankdir=TB; nodesep=%1; ranksep=%2;\n"
                                 "  node [shape=box, fixedsize=true, width=%3, height=%4, label=\"\"];\n")
                      .arg(num(options.nodeSeparation / 72), num(options.rankSeparation / 72),
                           num(options.nodeWidth / 72), num(options.nodeHeight / 72));
    for (int i = 0; i < graph.size(); ++i)
        dot += QStringLiteral("  n%1;\n").arg(i);
    const QList<RevisionEdge> edges = graph.edges();
    for (const RevisionEdge &e : edges)
        dot += QStringLiteral("  n%1 -> n%2%3;\n")
                   .arg(e.from)
                   .arg(e.to)
                   .arg(e.kind == RevisionEdgeKind::Dependency ? QStringLiteral(" [style=dashed]") : QString());
    dot += QStringLiteral("}\n");
    const Result<QByteArray> plain = runGraphviz(dot, "dot", "plain");
    if (!plain)
        return plain.error();

    // "plain": graph SCALE W H / node NAME X Y W H LABEL STYLE SHAPE COLOR FILL / edge T H N X1 Y1 ... STYLE COLOR
    // (inches, y up).
    layout.centers.resize(graph.size());
    QHash<QString, QList<int>> pending; // "from to kind" → edge indices, in order
    for (int i = 0; i < edges.size(); ++i)
        pending[QStringLiteral("%1 %2 %3").arg(edges.at(i).from).arg(edges.at(i).to).arg(int(edges.at(i).kind))].append(i);
    QList<RevisionLayout::Edge> parsed(edges.size());
    double height = 0;
    const QList<QByteArray> lines = plain->split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> t = line.simplified().split(' ');
        if (t.size() >= 4 && t.at(0) == "graph") {
            height = t.at(3).toDouble() * 72;
            layout.bounds = QRectF(0, 0, t.at(2).toDouble() * 72, height);
        } else if (t.size() >= 4 && t.at(0) == "node") {
            const int index = t.at(1).mid(1).toInt();
            if (index >= 0 && index < graph.size())
                layout.centers[index] = QPointF(t.at(2).toDouble() * 72, height - t.at(3).toDouble() * 72);
        } else if (t.size() >= 4 && t.at(0) == "edge") {
            const int from = t.at(1).mid(1).toInt(), to = t.at(2).mid(1).toInt();
            const int count = t.at(3).toInt();
            if (t.size() < 4 + 2 * count)
                continue;
            const bool dashed = t.size() > 4 + 2 * count && t.at(4 + 2 * count) == "dashed";
            const RevisionEdgeKind kind = dashed ? RevisionEdgeKind::Dependency : RevisionEdgeKind::Parent;
            QList<int> &queue = pending[QStringLiteral("%1 %2 %3").arg(from).arg(to).arg(int(kind))];
            if (queue.isEmpty())
                continue;
            RevisionLayout::Edge e{from, to, kind, {}};
            for (int k = 0; k < count; ++k)
                e.points.append(QPointF(t.at(4 + 2 * k).toDouble() * 72, height - t.at(5 + 2 * k).toDouble() * 72));
            parsed[queue.takeFirst()] = e;
        }
    }
    for (int i = 0; i < parsed.size(); ++i) {
        if (parsed.at(i).from < 0) // not in Graphviz's answer: a straight line
            parsed[i] = {edges.at(i).from, edges.at(i).to, edges.at(i).kind,
                         smoothPolyline({layout.centers.at(edges.at(i).from), layout.centers.at(edges.at(i).to)})};
    }
    layout.edges = parsed;
    int maxDepth = 0;
    for (const RevisionNode &node : graph.nodes())
        maxDepth = std::max(maxDepth, node.depth);
    layout.layers = maxDepth + 1;
    return layout;
}

QStringList revisionGraphFormats()
{
    return {QStringLiteral("dot"), QStringLiteral("svg"), QStringLiteral("png")};
}

Result<QByteArray> renderRevisionGraph(const RevisionGraph &graph, const QString &format, const RevisionLayout *layout,
                                       const QStringList &current)
{
    if (format == QLatin1String("dot"))
        return revisionGraphToDot(graph, current).toUtf8();
    if (format != QLatin1String("svg") && format != QLatin1String("png"))
        return Error::make(ErrorKind::InvalidInput, tr("unknown graph format “%1” (use dot, svg or png)").arg(format));
    const QString dot = styledDot(graph, layout, current);
    return runGraphviz(dot, layout ? "nop2" : "dot", format == QLatin1String("svg") ? "svg" : "png");
}

} // namespace Godwit
