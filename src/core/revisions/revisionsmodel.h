// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "revisiongraph.h"

#include <QAbstractItemModel>
#include <QSet>
#include <QSortFilterProxyModel>

namespace Godwit {

// The revisions of a RevisionGraph, newest first (as `alembic history`), either as a flat list or grouped
// under their branch labels (a revision carrying two labels appears under both). Database state (current,
// pending) is set separately and only changes data, never the rows.
class RevisionsModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles {
        RevisionIdRole = Qt::UserRole + 1, // QString
        NodeIndexRole,          // int: index in graph(), -1 for a group row
        MessageRole,            // QString
        DownRevisionsRole,      // QStringList
        DependsOnRole,          // QStringList
        BranchLabelsRole,       // QStringList: as Alembic shows them
        OwnBranchLabelsRole,    // QStringList: declared by this script
        PathRole,               // QString
        LineRole,               // int: line of `revision =`
        CreateDateRole,         // QString, verbatim from the docstring
        IsHeadRole,             // bool
        IsEffectiveHeadRole,    // bool: a head only through depends_on
        IsBaseRole,             // bool
        IsBranchPointRole,      // bool
        IsMergePointRole,       // bool
        IsCurrentRole,          // bool: in the database's current revisions
        IsPendingRole,          // bool: `upgrade heads` would apply it
        DepthRole,              // int: longest path from a root
        HistoryPositionRole,    // int: 0 = newest
        DiagnosticsRole,        // QStringList: findings about this revision
        SeverityRole,           // int: highest RevisionDiagnostic::Severity, -1 when none
        IsGroupRole,            // bool: a branch-label row (grouped mode)
    };
    enum Column { RevisionColumn, MessageColumn, BranchColumn, ParentsColumn, DependsOnColumn, CreatedColumn, PathColumn, ColumnCount };
    enum class Grouping { None, BranchLabel };

    explicit RevisionsModel(QObject *parent = nullptr);

    void setGraph(const RevisionGraph &graph);
    const RevisionGraph &graph() const { return m_graph; }
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }
    // Marks the database's state: ids of current revisions (`alembic current`) and of pending upgrades.
    void setDatabaseState(const QStringList &current, const QStringList &pending);
    void clearDatabaseState() { setDatabaseState({}, {}); }

    int nodeAt(const QModelIndex &index) const; // -1 for group rows and invalid indices
    QModelIndex indexOfRevision(const QString &revision, int column = 0) const; // its first row
    static QString noLabelGroupName();

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Group
    {
        QString label; // empty: revisions without a label
        QList<int> nodes;
    };
    void rebuildGroups();
    QVariant revisionData(int node, int column, int role) const;

    RevisionGraph m_graph;
    Grouping m_grouping = Grouping::None;
    QList<Group> m_groups;
    QList<int> m_position; // node → history position
    QSet<int> m_current;
    QSet<int> m_pending;
};

// The findings of a RevisionGraph (lint), one row each.
class RevisionDiagnosticsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        SeverityRole = Qt::UserRole + 1, // int: RevisionDiagnostic::Severity
        CodeRole,                        // QString
        PathRole,                        // QString
        LineRole,                        // int
        RevisionsRole,                   // QStringList
    };
    enum Column { SeverityColumn, MessageColumn, FileColumn, LineColumn, ColumnCount };

    explicit RevisionDiagnosticsModel(QObject *parent = nullptr);
    void setDiagnostics(const QList<RevisionDiagnostic> &diagnostics);
    const RevisionDiagnostic &diagnosticAt(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<RevisionDiagnostic> m_items;
};

// Filters a RevisionsModel: by branch label, heads only, and text (an id prefix, or words of the message).
// Group rows stay while one of their revisions does.
class RevisionFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RevisionFilterProxy(QObject *parent = nullptr);
    void setBranch(const QString &label); // empty: every branch
    QString branch() const { return m_branch; }
    void setHeadsOnly(bool headsOnly);
    bool headsOnly() const { return m_headsOnly; }
    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_branch;
    bool m_headsOnly = false;
    QString m_text;
};

} // namespace Godwit
