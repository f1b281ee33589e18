// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connections/connectionprofile.h"
#include "jobs/jobmanager.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace Godwit {

struct SchemaSummary;
struct ClusterSummary;
struct TableInfo;
struct MappingField;

// What is inside a connection, as a tree: tables (columns, keys, foreign keys, indexes), views and
// schema-version markers for a database; health, nodes, indices (with their mappings) and aliases for a
// search cluster. Everything loads lazily through jobs; a "Loading…" row stands in meanwhile.
class BrowseModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class NodeKind {
        Message, Error, Group, Table, View, Column, PrimaryKey, ForeignKey, Index, Marker, Info,
        ClusterNode, SearchIndex, Alias, Field,
    };
    Q_ENUM(NodeKind)
    enum Roles {
        KindRole = Qt::UserRole + 1, // NodeKind as int
        NameRole,                    // the object's own name (table, column, index…)
        DetailRole,
        CountRole,                   // qint64 rows / documents, -1 unknown
        SizeRole,                    // qint64 bytes, -1 unknown
        LoadingRole,                 // bool
    };
    enum Column { NameColumn, DetailColumn, CountColumn, SizeColumn, ColumnCount };

    explicit BrowseModel(JobManager *jobs, QObject *parent = nullptr);
    ~BrowseModel() override;

    // Shows a connection: clears the tree and starts loading its top level. Results for an earlier
    // connection that arrive late are dropped.
    void setConnection(const ConnectionProfile &profile, const QString &secret);
    void clear();
    void reload();
    const ConnectionProfile &connection() const { return m_profile; }
    bool isLoading() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString formatBytes(qint64 bytes);

Q_SIGNALS:
    void loaded();
    void loadFailed(const Godwit::Error &error);

public:
    struct Node; // internal tree node, public only so helpers in the .cpp can build them

private:
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(Node *node, int column = 0) const;
    void replaceChildren(Node *parent, std::vector<std::unique_ptr<Node>> children);
    void showSchema(const SchemaSummary &summary);
    void showCluster(const ClusterSummary &summary);
    static std::vector<std::unique_ptr<Node>> tableChildren(const TableInfo &table);
    static std::vector<std::unique_ptr<Node>> fieldChildren(const QList<MappingField> &fields);

    JobManager *m_jobs;
    ConnectionProfile m_profile;
    QString m_secret;
    std::unique_ptr<Node> m_root;
    quint64 m_generation = 0;
    JobId m_topJob = 0;
};

} // namespace Godwit
