// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "global/result.h"
#include "revisions/revisiongraph.h"
#include "revisions/revisionlayout.h"

#include <QColor>
#include <QGraphicsView>
#include <QList>

#include <memory>

namespace Godwit {

struct RevisionGraphPaintState;

// The revision graph drawn from a RevisionLayout: a box per revision (its branch colour, head / base / branch
// point / merge point marks), parent edges solid and depends_on edges dashed, arrows pointing the way an upgrade
// goes. Wheel zooms at the cursor, dragging pans; far out, boxes are drawn without text.
class RevisionGraphView : public QGraphicsView
{
    Q_OBJECT
public:
    // Where a database stands: its current revisions get a badge in its colour; the pending revisions of the
    // focused database are tinted.
    struct DatabaseMark
    {
        QString name;
        QColor color;
        QStringList current;
        QStringList pending;
    };

    explicit RevisionGraphView(QWidget *parent = nullptr);
    ~RevisionGraphView() override;

    void setGraph(const RevisionGraph &graph, const RevisionLayout &layout);
    void clearGraph();
    const RevisionGraph &graph() const;
    const RevisionLayout &revisionLayout() const;
    int itemCount() const; // revisions drawn

    void setDatabaseMarks(const QList<DatabaseMark> &marks);
    void setPendingFocus(int mark); // index into the marks, -1: none
    void setMatches(const QList<int> &nodes);
    QList<int> matches() const;

    void selectRevision(int node, bool center = true);
    void setSelectedRevisions(const QList<int> &nodes);
    int currentRevision() const; // the last one clicked, -1 when none
    QList<int> selectedRevisions() const;

    qreal zoom() const;
    void setZoom(qreal zoom);
    void zoomIn();
    void zoomOut();
    void fitAll();
    // The first view of a graph: all of it if readable, else its heads at a readable zoom. Deferred until the
    // view has its size.
    void showHeads();
    void requestFit();
    void centerOnRevision(int node);

    // What is drawn, whole, at full scale (PNG scaled down to stay under maxPixels on its longer side).
    Status exportSvg(const QString &path, const QString &title) const;
    Status exportPng(const QString &path, int maxPixels = 16000) const;

Q_SIGNALS:
    void currentRevisionChanged(int node);
    void selectedRevisionsChanged(const QList<int> &nodes);
    void revisionActivated(int node); // double click
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onSceneSelectionChanged();
    void applyZoom(qreal factor);

    std::shared_ptr<RevisionGraphPaintState> m_state;
    QGraphicsScene *m_scene;
    QList<QGraphicsItem *> m_nodes;
    int m_current = -1;
    bool m_updatingSelection = false;
    bool m_fitPending = false;
};

} // namespace Godwit
