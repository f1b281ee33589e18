// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "global/result.h"
#include "revisiongraph.h"

#include <QByteArray>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QStringList>

namespace Godwit {

class JobContext;

// Sizes (in points, 1/72 inch) a layout works with; the view draws each revision inside nodeSize.
struct RevisionLayoutOptions
{
    double nodeWidth = 190;
    double nodeHeight = 48;
    double nodeSeparation = 26; // horizontal gap between neighbours in a layer
    double rankSeparation = 40; // vertical gap between layers
    int sweeps = 6;             // crossing-reduction sweeps (up and down count as one)
    int maxVirtualPerNode = 6;  // bend points for long edges, at most this many times the revision count
};

enum class RevisionLayoutEngine {
    Layered,  // Godwit's own layered (Sugiyama-style) layout: linear-ish, for any size
    Graphviz, // Graphviz `dot` through libgvc: the reference drawing, slow beyond a few thousand revisions
};

// A drawing of a RevisionGraph: heads at the top, bases at the bottom, one layer per RevisionNode::depth.
// Coordinates grow right and down (Qt's convention), bounds start at (0, 0).
struct RevisionLayout
{
    struct Edge
    {
        int from = -1; // the newer revision
        int to = -1;   // the revision it requires
        RevisionEdgeKind kind = RevisionEdgeKind::Parent;
        QList<QPointF> points; // from the bottom of `from` to the top of `to`, through the bend points
    };

    RevisionLayoutEngine engine = RevisionLayoutEngine::Layered;
    QSizeF nodeSize;
    QList<QPointF> centers; // per revision (graph index)
    QList<Edge> edges;
    QRectF bounds;
    int layers = 0;

    bool isEmpty() const { return centers.isEmpty(); }
    QRectF nodeRect(int node) const;
    // Pairs of revisions whose boxes overlap (a correct layout has none).
    int overlapCount() const;
};

RevisionLayout layoutRevisionGraph(const RevisionGraph &graph, const RevisionLayoutOptions &options = {});
// Graphviz's dot, through libgvc (serialised: Graphviz is not reentrant). Fails for a cancelled job.
Result<RevisionLayout> layoutRevisionGraphWithGraphviz(const RevisionGraph &graph, const RevisionLayoutOptions &options = {});

// Renders the graph as "svg", "png" or "dot" through libgvc. With a layout, its coordinates are kept (Graphviz
// only draws: fast at any size); without one, Graphviz's dot lays it out. Revisions in `current` are filled.
Result<QByteArray> renderRevisionGraph(const RevisionGraph &graph, const QString &format, const RevisionLayout *layout = nullptr,
                                       const QStringList &current = {});
// The formats renderRevisionGraph accepts.
QStringList revisionGraphFormats();

// The colour ("#rrggbb") of a branch label: the same in the view, in SVG/PNG exports and in DOT, stable for a
// graph (labels are numbered in sorted order).
QString revisionLabelColor(const RevisionGraph &graph, const QString &label);
// The colour of a revision: its first branch label's, grey without one.
QString revisionNodeColor(const RevisionGraph &graph, int node);

} // namespace Godwit
