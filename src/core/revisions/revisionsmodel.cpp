// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisionsmodel.h"

#include <QFileInfo>

namespace Godwit {

namespace {
constexpr quintptr TopLevel = 0; // internalId of top-level rows; children carry their group row + 1
}

RevisionsModel::RevisionsModel(QObject *parent) : QAbstractItemModel(parent) {}

QString RevisionsModel::noLabelGroupName() { return tr("(no branch label)"); }

void RevisionsModel::setGraph(const RevisionGraph &graph)
{
    beginResetModel();
    m_graph = graph;
    m_position = QList<int>(graph.size(), -1);
    const QList<int> &history = graph.history();
    for (int i = 0; i < history.size(); ++i)
        m_position[history.at(i)] = i;
    m_current.clear();
    m_pending.clear();
    rebuildGroups();
    endResetModel();
}

void RevisionsModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    rebuildGroups();
    endResetModel();
}

void RevisionsModel::rebuildGroups()
{
    m_groups.clear();
    if (m_grouping != Grouping::BranchLabel)
        return;
    QHash<QString, int> byLabel;
    for (const QString &label : m_graph.labels()) {
        byLabel.insert(label, int(m_groups.size()));
        m_groups.append(Group{label, {}});
    }
    Group unlabeled;
    for (int n : m_graph.history()) {
        const QStringList &labels = m_graph.node(n).branchLabels;
        bool placed = false;
        for (const QString &label : labels) {
            const int g = byLabel.value(label, -1);
            if (g >= 0) {
                m_groups[g].nodes.append(n);
                placed = true;
            }
        }
        if (!placed)
            unlabeled.nodes.append(n);
    }
    if (!unlabeled.nodes.isEmpty())
        m_groups.append(unlabeled);
}

void RevisionsModel::setDatabaseState(const QStringList &current, const QStringList &pending)
{
    QSet<int> newCurrent, newPending;
    for (const QString &id : current)
        if (const int i = m_graph.indexOf(id); i >= 0)
            newCurrent.insert(i);
    for (const QString &id : pending)
        if (const int i = m_graph.indexOf(id); i >= 0)
            newPending.insert(i);
    if (newCurrent == m_current && newPending == m_pending)
        return;
    m_current = newCurrent;
    m_pending = newPending;
    const QList<int> roles{IsCurrentRole, IsPendingRole, Qt::DisplayRole, Qt::ToolTipRole};
    if (m_grouping == Grouping::None) {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), roles);
        return;
    }
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex parent = index(g, 0);
        if (rowCount(parent) > 0)
            Q_EMIT dataChanged(index(0, 0, parent), index(rowCount(parent) - 1, ColumnCount - 1, parent), roles);
    }
}

int RevisionsModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return -1;
    if (m_grouping == Grouping::None)
        return index.row() < m_graph.history().size() ? m_graph.history().at(index.row()) : -1;
    if (index.internalId() == TopLevel)
        return -1;
    const int g = int(index.internalId()) - 1;
    if (g < 0 || g >= m_groups.size() || index.row() >= m_groups.at(g).nodes.size())
        return -1;
    return m_groups.at(g).nodes.at(index.row());
}

QModelIndex RevisionsModel::indexOfRevision(const QString &revision, int column) const
{
    const int n = m_graph.indexOf(revision);
    if (n < 0)
        return {};
    if (m_grouping == Grouping::None)
        return index(m_position.at(n), column);
    for (int g = 0; g < m_groups.size(); ++g) {
        const int row = int(m_groups.at(g).nodes.indexOf(n));
        if (row >= 0)
            return index(row, column, index(g, 0));
    }
    return {};
}

QModelIndex RevisionsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        const int rows = m_grouping == Grouping::None ? int(m_graph.history().size()) : int(m_groups.size());
        return row < rows ? createIndex(row, column, TopLevel) : QModelIndex();
    }
    if (m_grouping == Grouping::None || parent.internalId() != TopLevel || parent.column() != 0)
        return {};
    const int g = parent.row();
    if (g >= m_groups.size() || row >= m_groups.at(g).nodes.size())
        return {};
    return createIndex(row, column, quintptr(g + 1));
}

QModelIndex RevisionsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, TopLevel);
}

int RevisionsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_grouping == Grouping::None ? int(m_graph.history().size()) : int(m_groups.size());
    if (m_grouping == Grouping::None || parent.internalId() != TopLevel || parent.column() != 0)
        return 0;
    return parent.row() < m_groups.size() ? int(m_groups.at(parent.row()).nodes.size()) : 0;
}

int RevisionsModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QVariant RevisionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (m_grouping == Grouping::BranchLabel && index.internalId() == TopLevel) {
        if (index.row() >= m_groups.size())
            return {};
        const Group &g = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == RevisionColumn)
                return g.label.isEmpty() ? noLabelGroupName() : g.label;
            if (index.column() == MessageColumn)
                return tr("%n revision(s)", nullptr, int(g.nodes.size()));
            return {};
        case IsGroupRole: return true;
        case NodeIndexRole: return -1;
        case BranchLabelsRole: return g.label.isEmpty() ? QStringList() : QStringList{g.label};
        case RevisionIdRole:
            if (const int owner = m_graph.labelOwner(g.label); owner >= 0)
                return m_graph.node(owner).id();
            return QString();
        default: return {};
        }
    }
    const int n = nodeAt(index);
    if (n < 0)
        return {};
    return revisionData(n, index.column(), role);
}

QVariant RevisionsModel::revisionData(int n, int column, int role) const
{
    const RevisionNode &node = m_graph.node(n);
    const RevisionScript &s = node.script;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case RevisionColumn: return s.revision;
        case MessageColumn: return s.message;
        case BranchColumn: return node.branchLabels.join(QStringLiteral(", "));
        case ParentsColumn: return s.downRevisions.join(QStringLiteral(", "));
        case DependsOnColumn: return s.dependsOn.join(QStringLiteral(", "));
        case CreatedColumn: return s.createDate;
        case PathColumn: return QFileInfo(s.path).fileName();
        default: return {};
        }
    case Qt::ToolTipRole: {
        QString tip = m_graph.formatLine(n, RevisionLineFormat{true, true, true, true, true, m_current.contains(n)});
        if (column == PathColumn)
            tip = s.path;
        for (const RevisionDiagnostic &d : m_graph.diagnosticsFor(s.revision))
            tip += u'\n' + RevisionDiagnostic::severityName(d.severity) + QStringLiteral(": ") + d.message;
        return tip;
    }
    case RevisionIdRole: return s.revision;
    case NodeIndexRole: return n;
    case MessageRole: return s.message;
    case DownRevisionsRole: return s.downRevisions;
    case DependsOnRole: return s.dependsOn;
    case BranchLabelsRole: return node.branchLabels;
    case OwnBranchLabelsRole: return s.branchLabels;
    case PathRole: return s.path;
    case LineRole: return s.revisionLine;
    case CreateDateRole: return s.createDate;
    case IsHeadRole: return node.head;
    case IsEffectiveHeadRole: return node.effectiveHead();
    case IsBaseRole: return node.base;
    case IsBranchPointRole: return node.branchPoint;
    case IsMergePointRole: return node.mergePoint;
    case IsCurrentRole: return m_current.contains(n);
    case IsPendingRole: return m_pending.contains(n);
    case DepthRole: return node.depth;
    case HistoryPositionRole: return m_position.value(n, -1);
    case DiagnosticsRole: {
        QStringList out;
        for (const RevisionDiagnostic &d : m_graph.diagnosticsFor(s.revision))
            out.append(d.message);
        return out;
    }
    case SeverityRole: {
        int worst = -1;
        for (const RevisionDiagnostic &d : m_graph.diagnosticsFor(s.revision))
            worst = std::max(worst, int(d.severity));
        return worst;
    }
    case IsGroupRole: return false;
    default: return {};
    }
}

QVariant RevisionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RevisionColumn: return tr("Revision");
    case MessageColumn: return tr("Message");
    case BranchColumn: return tr("Branch");
    case ParentsColumn: return tr("Parents");
    case DependsOnColumn: return tr("Depends on");
    case CreatedColumn: return tr("Created");
    case PathColumn: return tr("File");
    default: return {};
    }
}

QHash<int, QByteArray> RevisionsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(RevisionIdRole, "revisionId");
    names.insert(NodeIndexRole, "nodeIndex");
    names.insert(MessageRole, "message");
    names.insert(DownRevisionsRole, "downRevisions");
    names.insert(DependsOnRole, "dependsOn");
    names.insert(BranchLabelsRole, "branchLabels");
    names.insert(OwnBranchLabelsRole, "ownBranchLabels");
    names.insert(PathRole, "path");
    names.insert(LineRole, "line");
    names.insert(CreateDateRole, "createDate");
    names.insert(IsHeadRole, "isHead");
    names.insert(IsEffectiveHeadRole, "isEffectiveHead");
    names.insert(IsBaseRole, "isBase");
    names.insert(IsBranchPointRole, "isBranchPoint");
    names.insert(IsMergePointRole, "isMergePoint");
    names.insert(IsCurrentRole, "isCurrent");
    names.insert(IsPendingRole, "isPending");
    names.insert(DepthRole, "depth");
    names.insert(HistoryPositionRole, "historyPosition");
    names.insert(DiagnosticsRole, "diagnostics");
    names.insert(SeverityRole, "severity");
    names.insert(IsGroupRole, "isGroup");
    return names;
}

// ---- diagnostics ----------------------------------------------------------------------------------------------

RevisionDiagnosticsModel::RevisionDiagnosticsModel(QObject *parent) : QAbstractTableModel(parent) {}

void RevisionDiagnosticsModel::setDiagnostics(const QList<RevisionDiagnostic> &diagnostics)
{
    if (!m_items.isEmpty()) {
        beginRemoveRows({}, 0, int(m_items.size()) - 1);
        m_items.clear();
        endRemoveRows();
    }
    if (!diagnostics.isEmpty()) {
        beginInsertRows({}, 0, int(diagnostics.size()) - 1);
        m_items = diagnostics;
        endInsertRows();
    }
}

int RevisionDiagnosticsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_items.size()); }
int RevisionDiagnosticsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RevisionDiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const RevisionDiagnostic &d = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return d.severity == RevisionDiagnostic::Error ? tr("Error") : d.severity == RevisionDiagnostic::Warning ? tr("Warning") : tr("Note");
        case MessageColumn: return d.message;
        case FileColumn: return QFileInfo(d.path).fileName();
        case LineColumn: return d.line > 0 ? QVariant(d.line) : QVariant();
        default: return {};
        }
    case Qt::ToolTipRole: return d.toString();
    case SeverityRole: return int(d.severity);
    case CodeRole: return d.code;
    case PathRole: return d.path;
    case LineRole: return d.line;
    case RevisionsRole: return d.revisions;
    default: return {};
    }
}

QVariant RevisionDiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case MessageColumn: return tr("Finding");
    case FileColumn: return tr("File");
    case LineColumn: return tr("Line");
    default: return {};
    }
}

QHash<int, QByteArray> RevisionDiagnosticsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SeverityRole, "severity");
    names.insert(CodeRole, "code");
    names.insert(PathRole, "path");
    names.insert(LineRole, "line");
    names.insert(RevisionsRole, "revisions");
    return names;
}

RevisionFilterProxy::RevisionFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void RevisionFilterProxy::setBranch(const QString &label)
{
    if (label == m_branch)
        return;
    m_branch = label;
    invalidateFilter();
}

void RevisionFilterProxy::setHeadsOnly(bool headsOnly)
{
    if (headsOnly == m_headsOnly)
        return;
    m_headsOnly = headsOnly;
    invalidateFilter();
}

void RevisionFilterProxy::setText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    invalidateFilter();
}

bool RevisionFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(RevisionsModel::IsGroupRole).toBool())
        return false; // kept through its children (recursive filtering)
    if (m_headsOnly && !index.data(RevisionsModel::IsHeadRole).toBool())
        return false;
    if (!m_branch.isEmpty() && !index.data(RevisionsModel::BranchLabelsRole).toStringList().contains(m_branch))
        return false;
    if (!m_text.isEmpty()) {
        const QString id = index.data(RevisionsModel::RevisionIdRole).toString();
        if (!id.startsWith(m_text, Qt::CaseInsensitive)
            && !index.data(RevisionsModel::MessageRole).toString().contains(m_text, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace Godwit
