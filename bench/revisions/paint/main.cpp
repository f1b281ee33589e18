// SPDX-License-Identifier: GPL-3.0-or-later
// Time from revision scripts to a laid-out, painted graph in the real RevisionGraphView (as the Schema
// revisions panel shows it): read + parse, layout, scene, first paint of a 1280×800 view. Prints one JSON line.
//
//   godwit-bench-revisions-paint [--platform offscreen] VERSIONS_DIR_OR_ALEMBIC_INI [--graphviz]
#include "revisiongraphview.h"
#include "revisions/alembicconfig.h"
#include "revisions/revisiongraph.h"
#include "revisions/revisionlayout.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Godwit;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool graphviz = args.removeAll(QStringLiteral("--graphviz")) > 0;
    if (args.size() != 1) {
        QTextStream(stderr) << "usage: godwit-bench-revisions-paint [--platform offscreen] VERSIONS_DIR|alembic.ini [--graphviz]\n";
        return 2;
    }
    QElapsedTimer total;
    total.start();
    QElapsedTimer step;
    step.start();
    AlembicConfig config;
    if (QFileInfo(args.first()).isDir()) {
        config = AlembicConfig::fromVersionLocations({args.first()});
    } else {
        auto c = AlembicConfig::load(args.first());
        if (!c) {
            QTextStream(stderr) << c.errorMessage() << '\n';
            return 1;
        }
        config = c.value();
    }
    const RevisionGraph graph = RevisionGraph::load(config);
    const qint64 loadMs = step.restart();
    RevisionLayout layout;
    if (graphviz) {
        auto l = layoutRevisionGraphWithGraphviz(graph);
        if (!l) {
            QTextStream(stderr) << l.errorMessage() << '\n';
            return 1;
        }
        layout = l.value();
    } else {
        layout = layoutRevisionGraph(graph);
    }
    const qint64 layoutMs = step.restart();
    RevisionGraphView view;
    view.resize(1280, 800);
    view.setGraph(graph, layout);
    const qint64 sceneMs = step.restart();
    view.show();
    view.showHeads();
    // The first frame: render the viewport now, as the window system would on exposure.
    view.viewport()->repaint();
    app.processEvents();
    const qint64 paintMs = step.restart();
    // A fit-all frame too (every revision on screen, boxes without text), as after pressing Fit.
    view.fitAll();
    view.viewport()->repaint();
    const qint64 fitPaintMs = step.elapsed();
    QJsonObject o{{QStringLiteral("revisions"), graph.size()},
                  {QStringLiteral("engine"), graphviz ? QStringLiteral("graphviz") : QStringLiteral("layered")},
                  {QStringLiteral("load_ms"), loadMs},
                  {QStringLiteral("layout_ms"), layoutMs},
                  {QStringLiteral("scene_ms"), sceneMs},
                  {QStringLiteral("paint_ms"), paintMs},
                  {QStringLiteral("total_ms"), loadMs + layoutMs + sceneMs + paintMs},
                  {QStringLiteral("fit_paint_ms"), fitPaintMs},
                  {QStringLiteral("overlaps"), layout.overlapCount()}};
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
