// SPDX-License-Identifier: GPL-3.0-or-later
#include "browsemodel.h"
#include "db/databasesession.h"
#include "db/schema.h"
#include "search/clusterclient.h"

#include <QJsonObject>
#include <QLocale>

namespace Godwit {

struct BrowseModel::Node
{
    NodeKind kind = NodeKind::Message;
    QString name;    // what is shown
    QString key;     // the object's own name, for lazy loading
    QString detail;
    qint64 count = -1;
    qint64 size = -1;
    bool lazy = false;    // children come from a job
    bool loaded = false;
    bool loading = false;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        if (!parent)
            return 0;
        for (size_t i = 0; i < parent->children.size(); ++i)
            if (parent->children[i].get() == this)
                return int(i);
        return 0;
    }
    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        children.push_back(std::move(child));
        return children.back().get();
    }
};

namespace {

std::unique_ptr<BrowseModel::Node> makeNode(BrowseModel::NodeKind kind, const QString &name, const QString &detail = {},
                                            qint64 count = -1, qint64 size = -1)
{
    auto n = std::make_unique<BrowseModel::Node>();
    n->kind = kind;
    n->name = name;
    n->key = name;
    n->detail = detail;
    n->count = count;
    n->size = size;
    return n;
}

std::unique_ptr<BrowseModel::Node> loadingNode()
{
    return makeNode(BrowseModel::NodeKind::Message, BrowseModel::tr("Loading…"));
}

} // namespace

BrowseModel::BrowseModel(JobManager *jobs, QObject *parent)
    : QAbstractItemModel(parent), m_jobs(jobs), m_root(std::make_unique<Node>())
{
    m_root->kind = NodeKind::Group;
}

BrowseModel::~BrowseModel() = default;

QString BrowseModel::formatBytes(qint64 bytes)
{
    if (bytes < 0)
        return {};
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

void BrowseModel::clear()
{
    ++m_generation;
    if (m_topJob)
        m_jobs->cancel(m_topJob);
    m_topJob = 0;
    beginResetModel();
    m_root->children.clear();
    endResetModel();
}

bool BrowseModel::isLoading() const { return m_topJob != 0 && m_jobs->isRunning(m_topJob); }

void BrowseModel::setConnection(const ConnectionProfile &profile, const QString &secret)
{
    clear();
    m_profile = profile;
    m_secret = secret;
    reload();
}

void BrowseModel::reload()
{
    if (!m_profile.isValid())
        return;
    clear();
    {
        std::vector<std::unique_ptr<Node>> placeholder;
        placeholder.push_back(loadingNode());
        replaceChildren(m_root.get(), std::move(placeholder));
    }
    const quint64 generation = m_generation;
    const ConnectionProfile profile = m_profile;
    const QString secret = m_secret;
    const bool search = profile.kind() == ConnectionKind::Search;
    m_topJob = m_jobs->start(
        tr("Browse %1").arg(profile.name),
        [profile, secret, search](JobContext &job) -> JobOutcome {
            job.setStatus(tr("Reading structure"));
            if (search) {
                ClusterClient client(profile, secret, &job);
                return JobOutcome::from(client.summary());
            }
            DatabaseSession::Options options;
            options.readOnly = true;
            auto session = DatabaseSession::open(profile, secret, options);
            if (!session)
                return JobOutcome::failure(session.error());
            return JobOutcome::from(SchemaReader(**session).summary(true));
        },
        this,
        [this, generation, search](const JobOutcome &outcome) {
            if (generation != m_generation)
                return; // the user moved on
            m_topJob = 0;
            if (!outcome.ok) {
                std::vector<std::unique_ptr<Node>> nodes;
                nodes.push_back(makeNode(NodeKind::Error, outcome.error.message));
                replaceChildren(m_root.get(), std::move(nodes));
                Q_EMIT loadFailed(outcome.error);
                return;
            }
            if (search)
                showCluster(outcome.value.value<ClusterSummary>());
            else
                showSchema(outcome.value.value<SchemaSummary>());
            Q_EMIT loaded();
        },
        QStringLiteral("browse"));
}

void BrowseModel::replaceChildren(Node *parent, std::vector<std::unique_ptr<Node>> children)
{
    const QModelIndex parentIndex = parent == m_root.get() ? QModelIndex() : indexFor(parent);
    if (!parent->children.empty()) {
        beginRemoveRows(parentIndex, 0, int(parent->children.size()) - 1);
        parent->children.clear();
        endRemoveRows();
    }
    if (children.empty())
        return;
    beginInsertRows(parentIndex, 0, int(children.size()) - 1);
    for (auto &c : children)
        parent->add(std::move(c));
    endInsertRows();
}

void BrowseModel::showSchema(const SchemaSummary &summary)
{
    std::vector<std::unique_ptr<Node>> top;
    auto tables = makeNode(NodeKind::Group, {});
    auto views = makeNode(NodeKind::Group, {});
    qint64 totalRows = 0;
    for (const TableInfo &t : summary.tables) {
        auto n = makeNode(t.view ? NodeKind::View : NodeKind::Table, t.name,
                          t.rowCountEstimated ? tr("≈ estimated rows") : QString(), t.rowCount);
        n->lazy = true;
        if (!t.view && t.rowCount > 0)
            totalRows += t.rowCount;
        (t.view ? views : tables)->add(std::move(n));
    }
    tables->name = tr("Tables (%1)").arg(tables->children.size());
    tables->count = totalRows;
    tables->loaded = true;
    views->name = tr("Views (%1)").arg(views->children.size());
    views->loaded = true;
    top.push_back(std::move(tables));
    top.push_back(std::move(views));

    auto markers = makeNode(NodeKind::Group, tr("Schema versions"));
    const SchemaMarkers &m = summary.markers;
    if (m.hasAlembic) {
        auto alembic = makeNode(NodeKind::Marker, QStringLiteral("alembic_version"),
                                m.alembicVersions.isEmpty() ? tr("empty: no revision applied") : tr("%n head(s)", nullptr, int(m.alembicVersions.size())));
        for (const QString &rev : m.alembicVersions)
            alembic->add(makeNode(NodeKind::Marker, rev, tr("applied revision")));
        markers->add(std::move(alembic));
    }
    if (m.hasDjango) {
        auto django = makeNode(NodeKind::Marker, QStringLiteral("django_migrations"),
                               tr("%n migration(s) applied", nullptr, m.djangoMigrationCount), m.djangoMigrationCount);
        for (const auto &[app, name] : m.djangoLatest)
            django->add(makeNode(NodeKind::Marker, app, name));
        markers->add(std::move(django));
    }
    if (!m.hasAlembic && !m.hasDjango)
        markers->add(makeNode(NodeKind::Message, tr("No alembic_version or django_migrations table")));
    top.push_back(std::move(markers));
    replaceChildren(m_root.get(), std::move(top));
}

void BrowseModel::showCluster(const ClusterSummary &s)
{
    std::vector<std::unique_ptr<Node>> top;
    auto cluster = makeNode(NodeKind::Group, tr("Cluster"), s.info.product + u' ' + s.info.version);
    const QString status = s.health.value(QStringLiteral("status")).toString();
    cluster->add(makeNode(NodeKind::Info, tr("Name"), s.info.clusterName));
    cluster->add(makeNode(NodeKind::Info, tr("Distribution"), s.info.product + u' ' + s.info.version));
    cluster->add(makeNode(NodeKind::Info, tr("Health"), status));
    cluster->add(makeNode(NodeKind::Info, tr("Shards"),
                          tr("%1 active, %2 unassigned")
                              .arg(s.health.value(QStringLiteral("active_shards")).toInt())
                              .arg(s.health.value(QStringLiteral("unassigned_shards")).toInt())));
    top.push_back(std::move(cluster));

    auto nodes = makeNode(NodeKind::Group, tr("Nodes (%1)").arg(s.nodes.size()));
    for (const ClusterNode &n : s.nodes)
        nodes->add(makeNode(NodeKind::ClusterNode, n.name,
                            QStringLiteral("%1 · %2 · %3%4").arg(n.ip, n.version, n.roles, n.master ? tr(" · master") : QString())));
    top.push_back(std::move(nodes));

    auto indices = makeNode(NodeKind::Group, tr("Indices (%1)").arg(s.indices.size()));
    qint64 docs = 0, bytes = 0;
    for (const ClusterIndex &i : s.indices) {
        auto n = makeNode(NodeKind::SearchIndex, i.name, QStringLiteral("%1 · %2 · %3p/%4r").arg(i.health, i.status).arg(i.primaries).arg(i.replicas),
                          i.docs, i.sizeBytes);
        n->lazy = true;
        docs += qMax<qint64>(0, i.docs);
        bytes += qMax<qint64>(0, i.sizeBytes);
        indices->add(std::move(n));
    }
    indices->count = docs;
    indices->size = bytes;
    top.push_back(std::move(indices));

    auto aliases = makeNode(NodeKind::Group, tr("Aliases (%1)").arg(s.aliases.size()));
    for (const ClusterAlias &a : s.aliases)
        aliases->add(makeNode(NodeKind::Alias, a.alias, a.writeIndex ? tr("→ %1 (write index)").arg(a.index) : tr("→ %1").arg(a.index)));
    top.push_back(std::move(aliases));
    replaceChildren(m_root.get(), std::move(top));
}

std::vector<std::unique_ptr<BrowseModel::Node>> BrowseModel::tableChildren(const TableInfo &t)
{
    std::vector<std::unique_ptr<Node>> out;
    auto columns = makeNode(NodeKind::Group, tr("Columns (%1)").arg(t.columns.size()));
    for (const ColumnInfo &c : t.columns) {
        QStringList detail{c.type};
        if (!c.nullable)
            detail << QStringLiteral("NOT NULL");
        if (c.primaryKey)
            detail << tr("primary key");
        if (c.autoIncrement)
            detail << tr("auto-increment");
        if (!c.defaultValue.isEmpty() && !c.autoIncrement)
            detail << tr("default %1").arg(c.defaultValue);
        columns->add(makeNode(c.primaryKey ? NodeKind::PrimaryKey : NodeKind::Column, c.name, detail.join(QStringLiteral(" · "))));
    }
    out.push_back(std::move(columns));
    if (!t.view) {
        out.push_back(makeNode(NodeKind::PrimaryKey, tr("Primary key"),
                               t.primaryKey.isEmpty() ? tr("none") : t.primaryKey.join(QStringLiteral(", "))));
        auto fks = makeNode(NodeKind::Group, tr("Foreign keys (%1)").arg(t.foreignKeys.size()));
        for (const ForeignKeyInfo &fk : t.foreignKeys)
            fks->add(makeNode(NodeKind::ForeignKey, fk.columns.join(QStringLiteral(", ")),
                              QStringLiteral("→ %1(%2)").arg(fk.referencedTable, fk.referencedColumns.join(QStringLiteral(", ")))));
        out.push_back(std::move(fks));
        auto indexes = makeNode(NodeKind::Group, tr("Indexes (%1)").arg(t.indexes.size()));
        for (const IndexInfo &i : t.indexes)
            indexes->add(makeNode(NodeKind::Index, i.name,
                                  (i.primary ? tr("primary") : i.unique ? tr("unique") : tr("index")) + QStringLiteral(" (")
                                      + i.columns.join(QStringLiteral(", ")) + u')'));
        out.push_back(std::move(indexes));
    }
    return out;
}

std::vector<std::unique_ptr<BrowseModel::Node>> BrowseModel::fieldChildren(const QList<MappingField> &fields)
{
    std::vector<std::unique_ptr<Node>> out;
    auto mapping = makeNode(NodeKind::Group, tr("Mapping (%1 fields)").arg(fields.size()));
    for (const MappingField &f : fields)
        mapping->add(makeNode(NodeKind::Field, f.path, f.type));
    out.push_back(std::move(mapping));
    return out;
}

BrowseModel::Node *BrowseModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex BrowseModel::indexFor(Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, node);
}

QModelIndex BrowseModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node *p = nodeFor(parent);
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex BrowseModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *n = nodeFor(child);
    return indexFor(n->parent);
}

int BrowseModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int BrowseModel::columnCount(const QModelIndex &) const { return ColumnCount; }

bool BrowseModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *n = nodeFor(parent);
    return !n->children.empty() || (n->lazy && !n->loaded);
}

bool BrowseModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.column() > 0)
        return false;
    const Node *n = nodeFor(parent);
    return n->lazy && !n->loaded && !n->loading;
}

void BrowseModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *n = nodeFor(parent);
    n->loading = true;
    const quint64 generation = m_generation;
    // The "Loading…" row goes in from the event loop, not from here: views, proxies and model testers call
    // fetchMore() while they handle this model's own signals, where inserting rows would nest one insertion
    // inside another.
    QMetaObject::invokeMethod(
        this,
        [this, generation, n] {
            if (generation != m_generation || !n->loading || !n->children.empty())
                return; // the tree was rebuilt, or the answer came first
            std::vector<std::unique_ptr<Node>> placeholder;
            placeholder.push_back(loadingNode());
            replaceChildren(n, std::move(placeholder));
        },
        Qt::QueuedConnection);
    const ConnectionProfile profile = m_profile;
    const QString secret = m_secret;
    const QString key = n->key;
    const bool index = n->kind == NodeKind::SearchIndex;
    QPointer<BrowseModel> self(this);
    m_jobs->start(
        index ? tr("Read mapping of %1").arg(key) : tr("Describe %1").arg(key),
        [profile, secret, key, index](JobContext &job) -> JobOutcome {
            if (index) {
                ClusterClient client(profile, secret, &job);
                auto fields = client.mapping(key);
                if (!fields)
                    return JobOutcome::failure(fields.error());
                return JobOutcome::success(QVariant::fromValue(fields.value()));
            }
            DatabaseSession::Options options;
            options.readOnly = true;
            auto session = DatabaseSession::open(profile, secret, options);
            if (!session)
                return JobOutcome::failure(session.error());
            return JobOutcome::from(SchemaReader(**session).describe(key));
        },
        this,
        [this, generation, n, index](const JobOutcome &outcome) {
            if (generation != m_generation)
                return; // the tree was rebuilt: n is gone
            n->loading = false;
            n->loaded = true;
            std::vector<std::unique_ptr<Node>> children;
            if (!outcome.ok)
                children.push_back(makeNode(NodeKind::Error, outcome.error.message));
            else if (index)
                children = fieldChildren(outcome.value.value<QList<MappingField>>());
            else
                children = tableChildren(outcome.value.value<TableInfo>());
            replaceChildren(n, std::move(children));
        },
        QStringLiteral("browse"));
}

QVariant BrowseModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *n = nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return n->name;
        case DetailColumn: return n->detail;
        case CountColumn: return n->count >= 0 ? QLocale().toString(n->count) : QString();
        case SizeColumn: return formatBytes(n->size);
        }
        return {};
    case Qt::ToolTipRole: return n->detail.isEmpty() ? n->name : n->name + QStringLiteral("\n") + n->detail;
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn || index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case KindRole: return int(n->kind);
    case NameRole: return n->key;
    case DetailRole: return n->detail;
    case CountRole: return n->count;
    case SizeRole: return n->size;
    case LoadingRole: return n->loading;
    }
    return {};
}

QVariant BrowseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case DetailColumn: return tr("Details");
    case CountColumn: return tr("Rows / docs");
    case SizeColumn: return tr("Size");
    }
    return {};
}

QHash<int, QByteArray> BrowseModel::roleNames() const
{
    return {{KindRole, "kind"}, {NameRole, "name"}, {DetailRole, "detail"}, {CountRole, "count"},
            {SizeRole, "size"}, {LoadingRole, "loading"}};
}

} // namespace Godwit
