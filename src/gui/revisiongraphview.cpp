// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisiongraphview.h"

#include <QApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QHash>
#include <QImage>
#include <QImageWriter>
#include <QKeyEvent>
#include <QResizeEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSaveFile>
#include <QScrollBar>
#include <QSet>
#include <QStyleOptionGraphicsItem>
#include <QSvgGenerator>
#include <QWheelEvent>

#include <cmath>

namespace Godwit {

// What the items paint from: shared by every item of a view, replaced on setGraph, changed in place for marks.
struct RevisionGraphPaintState
{
    RevisionGraph graph;
    RevisionLayout layout;
    QList<QColor> nodeColor;
    QList<RevisionGraphView::DatabaseMark> marks;
    QHash<int, QList<int>> badges; // node → marks at it
    QSet<int> pending;             // of the focused mark
    int pendingFocus = -1;
    QSet<int> matches;
    QSet<int> errors;              // revisions with an error finding
    QFont idFont;
    QFont textFont;
    QFont smallFont;
    QPalette palette;

    void rebuildMarks()
    {
        badges.clear();
        pending.clear();
        for (int m = 0; m < marks.size(); ++m) {
            for (const QString &id : std::as_const(marks.at(m).current)) {
                const int node = graph.indexOf(id);
                if (node >= 0)
                    badges[node].append(m);
            }
        }
        if (pendingFocus >= 0 && pendingFocus < marks.size())
            for (const QString &id : std::as_const(marks.at(pendingFocus).pending))
                if (const int node = graph.indexOf(id); node >= 0)
                    pending.insert(node);
    }
};

namespace {

constexpr qreal textOnlyAbove = 0.38; // below this zoom, boxes are drawn without text

class RevisionItem : public QGraphicsItem
{
public:
    RevisionItem(const std::shared_ptr<RevisionGraphPaintState> &state, int node)
        : m_state(state), m_node(node), m_rect(state->layout.nodeRect(node))
    {
        setFlag(ItemIsSelectable);
        setAcceptHoverEvents(false);
        setData(0, node);
        const RevisionNode &n = state->graph.node(node);
        QString tip = QStringLiteral("<b>%1</b>").arg(n.id().toHtmlEscaped());
        if (!n.script.message.isEmpty())
            tip += QStringLiteral("<br>") + n.script.message.toHtmlEscaped();
        if (!n.branchLabels.isEmpty())
            tip += QStringLiteral("<br><i>%1</i>").arg(n.branchLabels.join(QStringLiteral(", ")).toHtmlEscaped());
        setToolTip(tip);
    }
    int node() const { return m_node; }
    QRectF boundingRect() const override { return m_rect.adjusted(-4, -16, 4, 4); }

    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const RevisionGraphPaintState &s = *m_state;
        const RevisionNode &n = s.graph.node(m_node);
        const QColor color = s.nodeColor.at(m_node);
        const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
        QColor fill = s.palette.color(QPalette::Base);
        if (s.pending.contains(m_node))
            fill = QColor(0xfd, 0xe7, 0xc4);
        if (s.matches.contains(m_node))
            fill = QColor(0xff, 0xf0, 0x8a);
        const bool selected = isSelected();
        if (lod < textOnlyAbove) {
            painter->setPen(selected ? QPen(s.palette.color(QPalette::Highlight), 4 / std::max(lod, 0.01)) : QPen(color, 1.5));
            painter->setBrush(fill == s.palette.color(QPalette::Base) ? color.lighter(160) : fill);
            painter->drawRect(m_rect);
            paintBadges(painter, lod);
            return;
        }
        painter->setRenderHint(QPainter::Antialiasing, true);
        QPen border(color, n.head ? 2.6 : 1.3);
        if (!n.reachable)
            border.setStyle(Qt::DashLine);
        painter->setPen(border);
        painter->setBrush(fill);
        painter->drawRoundedRect(m_rect, 5, 5);
        if (n.base)
            painter->drawRoundedRect(m_rect.adjusted(2.5, 2.5, -2.5, -2.5), 3.5, 3.5);
        painter->fillRect(QRectF(m_rect.left() + 1, m_rect.top() + 4, 4, m_rect.height() - 8), color);

        const QColor text = s.palette.color(QPalette::Text);
        const qreal left = m_rect.left() + 10, width = m_rect.width() - 16;
        // Line 1: the id, and the marks on the right.
        QStringList marks;
        if (n.head)
            marks << (n.effectiveHead() ? QObject::tr("eff. head") : QObject::tr("head"));
        if (n.base)
            marks << QObject::tr("base");
        if (n.branchPoint)
            marks << QObject::tr("branch");
        if (n.mergePoint)
            marks << QObject::tr("merge");
        painter->setFont(s.smallFont);
        qreal right = m_rect.right() - 5;
        const QFontMetricsF small(s.smallFont);
        for (auto it = marks.crbegin(); it != marks.crend(); ++it) {
            const qreal w = small.horizontalAdvance(*it) + 6;
            const QRectF pill(right - w, m_rect.top() + 4, w, small.height() + 1);
            painter->setPen(Qt::NoPen);
            painter->setBrush(color);
            painter->drawRoundedRect(pill, 3, 3);
            painter->setPen(Qt::white);
            painter->drawText(pill, Qt::AlignCenter, *it);
            right -= w + 3;
        }
        painter->setFont(s.idFont);
        painter->setPen(text);
        const QFontMetricsF idMetrics(s.idFont);
        painter->drawText(QPointF(left, m_rect.top() + 4 + idMetrics.ascent()),
                          idMetrics.elidedText(n.id(), Qt::ElideRight, std::max<qreal>(20, right - left - 4)));
        // Line 2: branch labels; line 3: the message.
        painter->setFont(s.textFont);
        const QFontMetricsF tm(s.textFont);
        qreal y = m_rect.top() + 4 + idMetrics.height() + tm.ascent();
        if (!n.branchLabels.isEmpty()) {
            if (m_labels.isEmpty())
                m_labels = tm.elidedText(n.branchLabels.join(QStringLiteral(", ")), Qt::ElideRight, width);
            painter->setPen(color.darker(115));
            painter->drawText(QPointF(left, y), m_labels);
            y += tm.height();
        }
        if (!n.script.message.isEmpty()) {
            if (m_message.isEmpty())
                m_message = tm.elidedText(n.script.message, Qt::ElideRight, width);
            painter->setPen(s.palette.color(QPalette::PlaceholderText));
            if (y + tm.descent() <= m_rect.bottom())
                painter->drawText(QPointF(left, y), m_message);
        }
        if (s.errors.contains(m_node)) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0xc6, 0x28, 0x28));
            painter->drawEllipse(QPointF(m_rect.right() - 8, m_rect.bottom() - 8), 4.5, 4.5);
        }
        if (selected) {
            painter->setPen(QPen(s.palette.color(QPalette::Highlight), 3));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(m_rect.adjusted(-2.5, -2.5, 2.5, 2.5), 6, 6);
        }
        paintBadges(painter, lod);
    }

private:
    void paintBadges(QPainter *painter, qreal lod) const
    {
        const RevisionGraphPaintState &s = *m_state;
        const auto it = s.badges.constFind(m_node);
        if (it == s.badges.cend())
            return;
        painter->setFont(s.smallFont);
        const QFontMetricsF fm(s.smallFont);
        qreal x = m_rect.left() + 6;
        for (int m : it.value()) {
            const RevisionGraphView::DatabaseMark &mark = s.marks.at(m);
            const QString text = lod < textOnlyAbove ? QString() : fm.elidedText(mark.name, Qt::ElideRight, 90);
            const qreal w = text.isEmpty() ? 14 : fm.horizontalAdvance(text) + 10;
            const QRectF pill(x, m_rect.top() - 14, w, 13);
            painter->setPen(Qt::NoPen);
            painter->setBrush(mark.color);
            painter->drawRoundedRect(pill, 4, 4);
            if (!text.isEmpty()) {
                painter->setPen(Qt::white);
                painter->drawText(pill, Qt::AlignCenter, text);
            }
            x += w + 3;
        }
    }

    std::shared_ptr<RevisionGraphPaintState> m_state;
    int m_node;
    QRectF m_rect;
    mutable QString m_labels;
    mutable QString m_message;
};

class EdgeItem : public QGraphicsPathItem
{
public:
    EdgeItem(const RevisionLayout::Edge &edge, const QColor &color)
    {
        const QList<QPointF> &p = edge.points;
        QPainterPath path;
        if (!p.isEmpty()) {
            path.moveTo(p.first());
            for (qsizetype i = 1; i + 2 < p.size(); i += 3)
                path.cubicTo(p.at(i), p.at(i + 1), p.at(i + 2));
            if ((p.size() - 1) % 3 != 0)
                path.lineTo(p.last());
        }
        setPath(path);
        const bool dependency = edge.kind == RevisionEdgeKind::Dependency;
        QPen pen(dependency ? QColor(0x55, 0x5b, 0x66) : color, dependency ? 1.2 : 1.5);
        if (dependency)
            pen.setDashPattern({5, 3});
        setPen(pen);
        setZValue(-1);
        setFlag(ItemIsSelectable, false);
        // The arrow sits at the newer revision: upgrades go the way the arrows point.
        if (p.size() >= 2) {
            const QPointF tip = p.first();
            QPointF from = p.at(1);
            if (QLineF(tip, from).length() < 0.01 && p.size() > 2)
                from = p.at(2);
            const QLineF line(tip, from);
            const double angle = std::atan2(line.dy(), line.dx());
            const double a = 0.45, len = 8;
            m_arrow << tip << tip + QPointF(std::cos(angle + a) * len, std::sin(angle + a) * len)
                    << tip + QPointF(std::cos(angle - a) * len, std::sin(angle - a) * len);
        }
        m_bounds = QGraphicsPathItem::boundingRect().united(m_arrow.boundingRect()).adjusted(-2, -2, 2, 2);
    }
    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *) override
    {
        const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
        painter->setRenderHint(QPainter::Antialiasing, lod >= textOnlyAbove);
        painter->setPen(pen());
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path());
        if (lod >= textOnlyAbove && !m_arrow.isEmpty()) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(pen().color());
            painter->drawPolygon(m_arrow);
        }
    }

private:
    QPolygonF m_arrow;
    QRectF m_bounds;
};

} // namespace

RevisionGraphView::RevisionGraphView(QWidget *parent)
    : QGraphicsView(parent), m_state(std::make_shared<RevisionGraphPaintState>()), m_scene(new QGraphicsScene(this))
{
    setScene(m_scene);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
    setRenderHint(QPainter::TextAntialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Revision graph"));
    m_state->palette = palette();
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(8.5);
    mono.setBold(true);
    m_state->idFont = mono;
    QFont text = font();
    text.setPointSizeF(8);
    m_state->textFont = text;
    QFont small = font();
    small.setPointSizeF(6.5);
    small.setBold(true);
    m_state->smallFont = small;
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &RevisionGraphView::onSceneSelectionChanged);
}

RevisionGraphView::~RevisionGraphView()
{
    // Items hold the state; the scene goes first.
    disconnect(m_scene, nullptr, this, nullptr);
    m_scene->clear();
}

void RevisionGraphView::setGraph(const RevisionGraph &graph, const RevisionLayout &layout)
{
    m_updatingSelection = true;
    m_scene->clear();
    m_nodes.clear();
    m_current = -1;
    // Marks survive a reload (the same databases, perhaps a changed graph).
    auto state = std::make_shared<RevisionGraphPaintState>(*m_state);
    state->graph = graph;
    state->layout = layout;
    state->matches.clear();
    state->errors.clear();
    state->nodeColor.clear();
    state->nodeColor.reserve(graph.size());
    QHash<QString, QColor> colors;
    for (const QString &label : graph.labels())
        colors.insert(label, QColor(revisionLabelColor(graph, label)));
    for (int i = 0; i < graph.size(); ++i) {
        const QStringList &labels = graph.node(i).branchLabels;
        state->nodeColor.append(labels.isEmpty() ? QColor(0x8a, 0x8f, 0x98) : colors.value(labels.first()));
    }
    for (const RevisionDiagnostic &d : graph.diagnostics())
        if (d.severity == RevisionDiagnostic::Error)
            for (const QString &id : d.revisions)
                if (const int node = graph.indexOf(id); node >= 0)
                    state->errors.insert(node);
    state->rebuildMarks();
    m_state = state;

    m_scene->setItemIndexMethod(QGraphicsScene::NoIndex); // adding is faster without the index; set below
    m_nodes.reserve(graph.size());
    for (int i = 0; i < graph.size() && i < layout.centers.size(); ++i) {
        auto *item = new RevisionItem(m_state, i);
        m_scene->addItem(item);
        m_nodes.append(item);
    }
    for (const RevisionLayout::Edge &e : layout.edges) {
        QColor c = m_state->nodeColor.value(e.from, QColor(Qt::gray));
        c.setAlpha(190);
        m_scene->addItem(new EdgeItem(e, c));
    }
    m_scene->setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    m_scene->setSceneRect(layout.bounds.adjusted(-40, -40, 40, 40));
    m_updatingSelection = false;
}

void RevisionGraphView::clearGraph()
{
    setGraph(RevisionGraph(), RevisionLayout());
}

const RevisionGraph &RevisionGraphView::graph() const
{
    return m_state->graph;
}

const RevisionLayout &RevisionGraphView::revisionLayout() const
{
    return m_state->layout;
}

int RevisionGraphView::itemCount() const
{
    return int(m_nodes.size());
}

void RevisionGraphView::setDatabaseMarks(const QList<DatabaseMark> &marks)
{
    m_state->marks = marks;
    if (m_state->pendingFocus >= marks.size())
        m_state->pendingFocus = marks.isEmpty() ? -1 : 0;
    m_state->rebuildMarks();
    m_scene->update();
}

void RevisionGraphView::setPendingFocus(int mark)
{
    m_state->pendingFocus = mark;
    m_state->rebuildMarks();
    m_scene->update();
}

void RevisionGraphView::setMatches(const QList<int> &nodes)
{
    m_state->matches = QSet<int>(nodes.cbegin(), nodes.cend());
    m_scene->update();
}

QList<int> RevisionGraphView::matches() const
{
    QList<int> out(m_state->matches.cbegin(), m_state->matches.cend());
    std::sort(out.begin(), out.end());
    return out;
}

void RevisionGraphView::selectRevision(int node, bool center)
{
    setSelectedRevisions(node >= 0 ? QList<int>{node} : QList<int>{});
    if (node >= 0 && center)
        centerOnRevision(node);
}

void RevisionGraphView::setSelectedRevisions(const QList<int> &nodes)
{
    m_updatingSelection = true;
    m_scene->clearSelection();
    for (int n : nodes)
        if (n >= 0 && n < m_nodes.size())
            m_nodes.at(n)->setSelected(true);
    m_updatingSelection = false;
    const int current = nodes.isEmpty() ? -1 : nodes.last();
    if (current != m_current) {
        m_current = current;
        Q_EMIT currentRevisionChanged(current);
    }
    Q_EMIT selectedRevisionsChanged(selectedRevisions());
}

int RevisionGraphView::currentRevision() const
{
    return m_current;
}

QList<int> RevisionGraphView::selectedRevisions() const
{
    QList<int> out;
    for (QGraphicsItem *item : m_scene->selectedItems())
        out.append(item->data(0).toInt());
    std::sort(out.begin(), out.end());
    return out;
}

void RevisionGraphView::onSceneSelectionChanged()
{
    if (m_updatingSelection)
        return;
    const QList<int> selected = selectedRevisions();
    int current = m_current;
    if (!selected.contains(current)) {
        current = selected.isEmpty() ? -1 : selected.first();
        // The item under the mouse, when the user clicked one.
        if (QGraphicsItem *item = m_scene->mouseGrabberItem(); item && item->isSelected())
            current = item->data(0).toInt();
    }
    if (current != m_current) {
        m_current = current;
        Q_EMIT currentRevisionChanged(current);
    }
    Q_EMIT selectedRevisionsChanged(selected);
}

qreal RevisionGraphView::zoom() const
{
    return transform().m11();
}

void RevisionGraphView::setZoom(qreal zoom)
{
    zoom = std::clamp<qreal>(zoom, 0.005, 4.0);
    const QTransform t = QTransform::fromScale(zoom, zoom);
    setTransform(t);
    Q_EMIT zoomChanged(zoom);
}

void RevisionGraphView::applyZoom(qreal factor)
{
    const qreal target = std::clamp<qreal>(zoom() * factor, 0.005, 4.0);
    if (qFuzzyCompare(target, zoom()))
        return;
    scale(target / zoom(), target / zoom());
    Q_EMIT zoomChanged(zoom());
}

void RevisionGraphView::zoomIn()
{
    applyZoom(1.25);
}

void RevisionGraphView::zoomOut()
{
    applyZoom(0.8);
}

void RevisionGraphView::fitAll()
{
    if (m_nodes.isEmpty())
        return;
    const QRectF r = m_state->layout.bounds.adjusted(-20, -20, 20, 20);
    const QRectF v = viewport()->rect();
    // A tall graph is fitted by width (and no further out than reading scale allows), then scrolled to the heads.
    qreal z = std::min(v.width() / r.width(), v.height() / r.height());
    if (z < 0.25 && v.width() / r.width() > z)
        z = std::min<qreal>(v.width() / r.width(), 1.0);
    setZoom(std::min<qreal>(z, 1.0));
    centerOn(r.center().x(), r.top() + v.height() / zoom() / 2);
}

void RevisionGraphView::showHeads()
{
    if (m_nodes.isEmpty())
        return;
    // Readable first: the whole graph when it fits at a zoom where text shows, else the heads at that zoom.
    const QRectF r = m_state->layout.bounds.adjusted(-20, -20, 20, 20);
    const QRectF v = viewport()->rect();
    const qreal fit = std::min(v.width() / r.width(), v.height() / r.height());
    setZoom(std::clamp<qreal>(fit, 0.6, 1.0));
    centerOn(r.center().x(), r.top() + std::min(r.height(), v.height() / zoom()) / 2);
}

void RevisionGraphView::requestFit()
{
    if (isVisible() && viewport()->width() > 50 && viewport()->height() > 50) {
        m_fitPending = false;
        showHeads();
    } else {
        m_fitPending = true;
    }
}

void RevisionGraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitPending && viewport()->width() > 50 && viewport()->height() > 50) {
        m_fitPending = false;
        showHeads();
    }
}

void RevisionGraphView::centerOnRevision(int node)
{
    if (node >= 0 && node < m_state->layout.centers.size())
        centerOn(m_state->layout.centers.at(node));
}

void RevisionGraphView::wheelEvent(QWheelEvent *event)
{
    // Ctrl+wheel or a plain wheel both zoom at the cursor; Shift+wheel scrolls sideways; Alt scrolls.
    if (event->modifiers() & (Qt::ShiftModifier | Qt::AltModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    applyZoom(std::pow(1.0015, delta));
    event->accept();
}

void RevisionGraphView::keyPressEvent(QKeyEvent *event)
{
    const RevisionGraph &g = m_state->graph;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_Home:
        fitAll();
        return;
    case Qt::Key_Up: // to the newer revision (first child), then the older one (first parent)
    case Qt::Key_Down:
        if (m_current >= 0 && m_current < g.size()) {
            const RevisionNode &n = g.node(m_current);
            const QList<int> &next = event->key() == Qt::Key_Up ? n.children : n.parents;
            if (!next.isEmpty())
                selectRevision(next.first(), true);
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current >= 0) {
            Q_EMIT revisionActivated(m_current);
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void RevisionGraphView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_state->palette = palette();
        m_scene->update();
    }
    QGraphicsView::changeEvent(event);
}

Status RevisionGraphView::exportSvg(const QString &path, const QString &title) const
{
    const QRectF source = m_scene->sceneRect();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(ErrorKind::Other, tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(title);
        svg.setDescription(tr("Alembic revision graph, drawn by Godwit"));
        QPainter painter(&svg);
        painter.fillRect(QRectF(QPointF(0, 0), source.size()), m_state->palette.color(QPalette::Base));
        m_scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    }
    if (!file.commit())
        return Error::make(ErrorKind::Other, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return success();
}

Status RevisionGraphView::exportPng(const QString &path, int maxPixels) const
{
    const QRectF source = m_scene->sceneRect();
    const qreal scale = std::min<qreal>(2.0, maxPixels / std::max(source.width(), source.height()));
    const QSize size = (source.size() * scale).toSize().expandedTo(QSize(1, 1));
    QImage image(size, QImage::Format_RGB32);
    if (image.isNull())
        return Error::make(ErrorKind::Other, tr("The graph is too large for an image of %1×%2 pixels").arg(size.width()).arg(size.height()));
    image.fill(m_state->palette.color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        m_scene->render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), source);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(ErrorKind::Other, tr("Cannot write %1: %2").arg(path, file.errorString()));
    QImageWriter writer(&file, "png");
    if (!writer.write(image) || !file.commit())
        return Error::make(ErrorKind::Other, tr("Cannot write %1: %2").arg(path, writer.errorString()));
    return success();
}

} // namespace Godwit
