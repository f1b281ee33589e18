// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisiongraph.h"
#include "alembicconfig.h"

#include "jobs/jobmanager.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>
#include <mutex>
#include <vector>

namespace Godwit {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("Godwit::RevisionGraph", text); }

Error revisionError(const QString &message) { return Error::make(ErrorKind::InvalidInput, message); }

void appendUnique(QList<int> &list, int value)
{
    if (!list.contains(value))
        list.append(value);
}

// Children and dependents together, each once (a revision can be both parent and dependency of another).
QList<int> successors(const QList<int> &children, const QList<int> &dependents)
{
    if (dependents.isEmpty())
        return children;
    QList<int> out = children + dependents;
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// Alembic's relative destination: [branch@][symbol](+|-)N, matched from the start only (as re.match does).
const QRegularExpression &relativeDestination()
{
    static const QRegularExpression re(QStringLiteral("^(?:(.+?)@)?(\\w+)?((?:\\+|-)\\d+)"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

QString quoteList(const QStringList &ids)
{
    QStringList q;
    for (const QString &id : ids)
        q.append(u'\'' + id + u'\'');
    return q.join(QStringLiteral(", "));
}

} // namespace

struct RevisionGraph::Data
{
    QList<RevisionNode> nodes;
    QHash<QString, int> index;
    QHash<QString, int> labelOwner;
    QStringList keys;               // ids and labels, sorted, for partial identifiers
    QList<int> heads, realHeads, bases, realBases;
    mutable QList<int> history;     // worked out once, by history()
    mutable std::once_flag historyOnce;
    QList<QList<int>> down;         // parents + normalized dependencies: what Alembic walks
    QList<QList<int>> up;           // the reverse of down
    QList<int> topoIndex;           // a topological position: everything in down[v] comes before v
    QList<RevisionDiagnostic> diagnostics;
    int errors = 0;
};

RevisionGraph::RevisionGraph() : d(std::make_shared<Data>()) {}

int RevisionGraph::size() const { return int(d->nodes.size()); }
const RevisionNode &RevisionGraph::node(int index) const { return d->nodes.at(index); }
const QList<RevisionNode> &RevisionGraph::nodes() const { return d->nodes; }
int RevisionGraph::indexOf(const QString &revision) const { return d->index.value(revision, -1); }
const QList<int> &RevisionGraph::heads() const { return d->heads; }
const QList<int> &RevisionGraph::realHeads() const { return d->realHeads; }
const QList<int> &RevisionGraph::bases() const { return d->bases; }
const QList<int> &RevisionGraph::realBases() const { return d->realBases; }
const QList<int> &RevisionGraph::history() const
{
    std::call_once(d->historyOnce, [this] {
        QList<char> todo(size(), 1);
        d->history = sortForHistory(todo, d->realHeads);
    });
    return d->history;
}
const QList<RevisionDiagnostic> &RevisionGraph::diagnostics() const { return d->diagnostics; }
int RevisionGraph::errorCount() const { return d->errors; }

QStringList RevisionGraph::ids(const QList<int> &indices) const
{
    QStringList out;
    out.reserve(indices.size());
    for (int i : indices)
        out.append(i >= 0 ? d->nodes.at(i).id() : QString());
    return out;
}

QList<RevisionDiagnostic> RevisionGraph::diagnosticsFor(const QString &revision) const
{
    QList<RevisionDiagnostic> out;
    for (const RevisionDiagnostic &diag : d->diagnostics)
        if (diag.revisions.contains(revision))
            out.append(diag);
    return out;
}

QList<RevisionEdge> RevisionGraph::edges() const
{
    QList<RevisionEdge> out;
    for (int i = 0; i < size(); ++i) {
        for (int p : d->nodes.at(i).parents)
            out.append({i, p, RevisionEdgeKind::Parent});
        for (int p : d->nodes.at(i).dependencies)
            out.append({i, p, RevisionEdgeKind::Dependency});
    }
    return out;
}

QList<int> RevisionGraph::branchPoints() const
{
    QList<int> out;
    for (int i : history())
        if (d->nodes.at(i).branchPoint)
            out.append(i);
    return out;
}

QList<int> RevisionGraph::mergePoints() const
{
    QList<int> out;
    for (int i : history())
        if (d->nodes.at(i).mergePoint)
            out.append(i);
    return out;
}

QStringList RevisionGraph::labels() const
{
    QStringList out = d->labelOwner.keys();
    out.sort();
    return out;
}

int RevisionGraph::labelOwner(const QString &label) const { return d->labelOwner.value(label, -1); }

QList<int> RevisionGraph::revisionsWithLabel(const QString &label) const
{
    QList<int> out;
    for (int i : history())
        if (d->nodes.at(i).branchLabels.contains(label))
            out.append(i);
    return out;
}

QList<int> RevisionGraph::headsOf(const QString &branch) const
{
    auto r = filterForLineage(d->heads, branch);
    return r ? r.value() : QList<int>();
}

RevisionGraph RevisionGraph::load(const AlembicConfig &config, JobContext *job, HistoryOrder historyOrder)
{
    RevisionScan scan = scanVersionLocations(config.versionLocations, config.recursiveVersionLocations, config.fileOrder, job);
    QList<RevisionDiagnostic> diagnostics = config.diagnostics;
    diagnostics.append(scan.diagnostics);
    return build(std::move(scan.scripts), diagnostics, historyOrder);
}

RevisionGraph RevisionGraph::build(QList<RevisionScript> scripts, const QList<RevisionDiagnostic> &scanDiagnostics,
                                   HistoryOrder historyOrder)
{
    auto data = std::make_shared<Data>();
    Data &g = *data;
    g.diagnostics = scanDiagnostics;
    auto report = [&g](RevisionDiagnostic::Severity severity, const QString &code, const QString &message, const QString &path,
                       int line, const QStringList &revisions) {
        g.diagnostics.append({severity, code, message, path, line, revisions});
    };

    // 1. Nodes. A duplicate id replaces the first script, keeping its place (Alembic's ordered dict does so).
    //    The scripts are moved into the nodes: the list is this function's own (load() hands its own over).
    g.nodes.reserve(scripts.size());
    g.index.reserve(scripts.size());
    for (RevisionScript &s : scripts) {
        const auto it = g.index.constFind(s.revision);
        if (it != g.index.cend()) {
            RevisionNode &previous = g.nodes[*it];
            report(RevisionDiagnostic::Error, QStringLiteral("duplicate-revision"),
                   tr("revision %1 is defined twice, in %2 and in %3 (Alembic uses the one read last)")
                       .arg(s.revision, previous.script.path, s.path),
                   s.path, s.revisionLine, {s.revision});
            previous.script = std::move(s);
            continue;
        }
        g.index.insert(s.revision, int(g.nodes.size()));
        RevisionNode n;
        n.script = std::move(s);
        n.loadOrder = int(g.nodes.size());
        g.nodes.append(std::move(n));
    }
    const int count = int(g.nodes.size());

    // 2. Branch labels: unique, and never a revision id.
    for (int i = 0; i < count; ++i) {
        const RevisionScript &s = g.nodes.at(i).script;
        for (const QString &label : s.branchLabels) {
            if (g.index.contains(label)) {
                report(RevisionDiagnostic::Error, QStringLiteral("label-is-revision"),
                       tr("branch name '%1' in revision %2 is also a revision id").arg(label, s.revision), s.path,
                       s.branchLabelsLine, {s.revision, label});
            } else if (g.labelOwner.contains(label)) {
                const RevisionScript &other = g.nodes.at(g.labelOwner.value(label)).script;
                report(RevisionDiagnostic::Error, QStringLiteral("duplicate-label"),
                       tr("branch name '%1' in revision %2 already used by revision %3").arg(label, s.revision, other.revision),
                       s.path, s.branchLabelsLine, {s.revision, other.revision});
            } else {
                g.labelOwner.insert(label, i);
            }
        }
    }

    // 3. Parents and dependencies.
    for (int i = 0; i < count; ++i) {
        RevisionNode &n = g.nodes[i];
        const RevisionScript &s = n.script;
        for (const QString &down : s.downRevisions) {
            int j = g.index.value(down, -1);
            if (j < 0 && g.labelOwner.contains(down)) {
                j = g.labelOwner.value(down);
                report(RevisionDiagnostic::Warning, QStringLiteral("parent-is-label"),
                       tr("down_revision of %1 names the branch label '%2'; name the revision (%3)")
                           .arg(s.revision, down, g.nodes.at(j).id()),
                       s.path, s.downRevisionLine, {s.revision});
            }
            if (j < 0) {
                report(RevisionDiagnostic::Error, QStringLiteral("missing-parent"),
                       tr("revision %1 referenced from %2 (down_revision) is not present").arg(down, s.revision), s.path,
                       s.downRevisionLine, {s.revision, down});
                continue;
            }
            appendUnique(n.parents, j);
        }
        for (const QString &dep : s.dependsOn) {
            int j = g.index.value(dep, -1);
            if (j < 0)
                j = g.labelOwner.value(dep, -1);
            if (j < 0) {
                report(RevisionDiagnostic::Error, QStringLiteral("missing-dependency"),
                       tr("revision or branch %1 referenced from %2 (depends_on) is not present").arg(dep, s.revision), s.path,
                       s.dependsOnLine, {s.revision, dep});
                continue;
            }
            if (j == i)
                continue;
            appendUnique(n.dependencies, j);
        }
    }

    // 4. Cycles (Tarjan, iterative): reported, and their inner edges cut so that everything else still works.
    {
        std::vector<int> order(count, -1), low(count, 0), comp(count, -1);
        std::vector<char> onStack(count, 0);
        std::vector<int> stack;
        int counter = 0;
        int components = 0;
        std::vector<int> compSize;
        struct Frame
        {
            int v;
            int edge;
        };
        auto successor = [&g](int v, int e) -> int {
            const RevisionNode &n = g.nodes.at(v);
            if (e < n.parents.size())
                return n.parents.at(e);
            e -= int(n.parents.size());
            return e < n.dependencies.size() ? n.dependencies.at(e) : -1;
        };
        for (int s = 0; s < count; ++s) {
            if (order[s] >= 0)
                continue;
            std::vector<Frame> frames{{s, 0}};
            order[s] = low[s] = counter++;
            stack.push_back(s);
            onStack[s] = 1;
            while (!frames.empty()) {
                Frame &f = frames.back();
                const int w = successor(f.v, f.edge);
                if (w >= 0) {
                    ++f.edge;
                    if (order[w] < 0) {
                        order[w] = low[w] = counter++;
                        stack.push_back(w);
                        onStack[w] = 1;
                        frames.push_back({w, 0});
                    } else if (onStack[w]) {
                        low[f.v] = std::min(low[f.v], order[w]);
                    }
                    continue;
                }
                const int v = f.v;
                if (low[v] == order[v]) {
                    int size = 0;
                    int x;
                    do {
                        x = stack.back();
                        stack.pop_back();
                        onStack[x] = 0;
                        comp[x] = components;
                        ++size;
                    } while (x != v);
                    compSize.push_back(size);
                    ++components;
                }
                frames.pop_back();
                if (!frames.empty())
                    low[frames.back().v] = std::min(low[frames.back().v], low[v]);
            }
        }
        QHash<int, QList<int>> cycles;
        for (int i = 0; i < count; ++i)
            if (compSize[comp[i]] > 1)
                cycles[comp[i]].append(i);
        for (auto it = cycles.cbegin(); it != cycles.cend(); ++it) {
            const QList<int> &members = it.value();
            bool throughDependency = false;
            for (int m : members)
                for (int dep : g.nodes.at(m).dependencies)
                    throughDependency = throughDependency || comp[dep] == it.key();
            QStringList ids;
            for (int m : members)
                ids.append(g.nodes.at(m).id());
            const RevisionScript &first = g.nodes.at(members.first()).script;
            report(RevisionDiagnostic::Error, QStringLiteral("cycle"),
                   throughDependency ? tr("dependency cycle is detected in revisions (%1)").arg(ids.join(QStringLiteral(", ")))
                                     : tr("cycle is detected in revisions (%1)").arg(ids.join(QStringLiteral(", "))),
                   first.path, first.downRevisionLine, ids);
            for (int m : members) {
                RevisionNode &n = g.nodes[m];
                n.reachable = false;
                n.parents.removeIf([&](int p) { return comp[p] == it.key(); });
                n.dependencies.removeIf([&](int p) { return comp[p] == it.key(); });
            }
        }
    }

    // 5. Children, dependents, and a topological order (parents before children).
    for (int i = 0; i < count; ++i) {
        for (int p : g.nodes.at(i).parents)
            g.nodes[p].children.append(i);
        for (int p : g.nodes.at(i).dependencies)
            g.nodes[p].dependents.append(i);
    }
    std::vector<int> topo;
    topo.reserve(count);
    {
        std::vector<int> indegree(count, 0);
        for (int i = 0; i < count; ++i) {
            QList<int> reqs = g.nodes.at(i).parents;
            for (int dep : g.nodes.at(i).dependencies)
                appendUnique(reqs, dep);
            indegree[i] = int(reqs.size());
        }
        for (int i = 0; i < count; ++i)
            if (indegree[i] == 0)
                topo.push_back(i);
        for (size_t k = 0; k < topo.size(); ++k) {
            const RevisionNode &n = g.nodes.at(topo[k]);
            for (int c : successors(n.children, n.dependents))
                if (--indegree[c] == 0)
                    topo.push_back(c);
        }
        Q_ASSERT(int(topo.size()) == count);
        g.topoIndex.resize(count);
        for (int k = 0; k < count; ++k)
            g.topoIndex[topo[k]] = k;
    }

    // 6. Flags.
    for (int i = 0; i < count; ++i) {
        RevisionNode &n = g.nodes[i];
        const QList<int> next = successors(n.children, n.dependents);
        n.head = n.children.isEmpty();
        n.realHead = next.isEmpty();
        n.base = n.script.downRevisions.isEmpty();
        n.realBase = n.base && n.script.dependsOn.isEmpty();
        n.branchPoint = n.children.size() > 1;
        n.realBranchPoint = next.size() > 1;
        n.mergePoint = n.script.downRevisions.size() > 1;
        if (n.head)
            g.heads.append(i);
        if (n.realHead)
            g.realHeads.append(i);
        if (n.base)
            g.bases.append(i);
        if (n.realBase)
            g.realBases.append(i);
    }

    // 7. Normalized dependencies: depends_on entries not already named by an ancestor's depends_on (Alembic's
    //    _normalize_depends_on). Bit sets of the dependency targets, propagated down the parents in blocks.
    {
        QHash<int, int> bitOf;
        QList<int> targets;
        for (int i = 0; i < count; ++i)
            for (int dep : g.nodes.at(i).dependencies)
                if (!bitOf.contains(dep)) {
                    bitOf.insert(dep, int(targets.size()));
                    targets.append(dep);
                }
        std::vector<std::vector<char>> dropped(count);
        constexpr int blockBits = 4096;
        for (int start = 0; start < targets.size(); start += blockBits) {
            const int bits = std::min(blockBits, int(targets.size()) - start);
            const int words = (bits + 63) / 64;
            std::vector<quint64> inherited(size_t(count) * size_t(words), 0);
            for (int v : topo) {
                quint64 *mine = inherited.data() + size_t(v) * size_t(words);
                for (int p : g.nodes.at(v).parents) {
                    const quint64 *theirs = inherited.data() + size_t(p) * size_t(words);
                    for (int w = 0; w < words; ++w)
                        mine[w] |= theirs[w];
                    for (int dep : g.nodes.at(p).dependencies) {
                        const int bit = bitOf.value(dep) - start;
                        if (bit >= 0 && bit < bits)
                            mine[bit / 64] |= quint64(1) << (bit % 64);
                    }
                }
                const QList<int> &deps = g.nodes.at(v).dependencies;
                for (int k = 0; k < deps.size(); ++k) {
                    const int bit = bitOf.value(deps.at(k)) - start;
                    if (bit >= 0 && bit < bits && (mine[bit / 64] >> (bit % 64)) & 1) {
                        dropped[v].resize(deps.size(), 0);
                        dropped[v][k] = 1;
                    }
                }
            }
        }
        g.down.resize(count);
        g.up.resize(count);
        for (int i = 0; i < count; ++i) {
            RevisionNode &n = g.nodes[i];
            for (int k = 0; k < n.dependencies.size(); ++k)
                if (dropped[i].empty() || !dropped[i][k])
                    n.normalizedDependencies.append(n.dependencies.at(k));
            QList<int> down = n.parents;
            for (int dep : n.normalizedDependencies)
                appendUnique(down, dep);
            for (int x : down)
                g.up[x].append(i);
            g.down[i] = std::move(down);
        }
    }

    // 8. Branch labels as Alembic shows them: a label goes to its revision's descendants, and up to its
    //    ancestors when nothing branches or merges below it (the walk of RevisionMap._add_branches).
    {
        std::vector<QStringList> inherited(count);
        for (int v : topo) {
            const RevisionNode &n = g.nodes.at(v);
            QStringList own = n.script.branchLabels;
            if (n.parents.size() == 1 && own.isEmpty()) {
                inherited[v] = inherited[n.parents.first()];
                continue;
            }
            for (int p : n.parents)
                own += inherited[p];
            own.sort();
            own.removeDuplicates();
            inherited[v] = own;
        }
        std::vector<char> clean(count, 0);
        std::vector<QStringList> fromBelow(count);
        for (auto it = topo.rbegin(); it != topo.rend(); ++it) {
            const int v = *it;
            const RevisionNode &n = g.nodes.at(v);
            const bool stop = n.realBranchPoint || n.mergePoint;
            clean[v] = !stop && (n.children.isEmpty() || (n.children.size() == 1 && clean[n.children.first()]));
            if (!stop && n.children.size() == 1) {
                const int c = n.children.first();
                QStringList labels = fromBelow[c];
                if (clean[c])
                    labels += g.nodes.at(c).script.branchLabels;
                fromBelow[v] = labels;
            }
        }
        for (int i = 0; i < count; ++i) {
            QStringList labels = inherited[i];
            if (!fromBelow[i].isEmpty()) {
                labels += fromBelow[i];
                labels.sort();
                labels.removeDuplicates();
            }
            g.nodes[i].branchLabels = labels;
        }

        // Several heads on one branch: `alembic upgrade label@head` fails.
        QHash<QString, QList<int>> headsByLabel;
        QList<int> unlabeled;
        for (int h : std::as_const(g.heads)) {
            for (const QString &label : std::as_const(inherited[h]))
                if (g.labelOwner.contains(label))
                    headsByLabel[label].append(h);
            if (g.nodes.at(h).branchLabels.isEmpty())
                unlabeled.append(h);
        }
        QStringList labelNames = headsByLabel.keys();
        labelNames.sort();
        for (const QString &label : labelNames) {
            const QList<int> &hs = headsByLabel.value(label);
            if (hs.size() < 2)
                continue;
            QStringList ids;
            for (int h : hs)
                ids.append(g.nodes.at(h).id());
            const RevisionScript &owner = g.nodes.at(g.labelOwner.value(label)).script;
            report(RevisionDiagnostic::Warning, QStringLiteral("multiple-heads-in-branch"),
                   tr("branch '%1' has %2 heads (%3): `alembic upgrade %1@head` fails; merge them with "
                      "`alembic merge %4`").arg(label).arg(hs.size()).arg(ids.join(QStringLiteral(", ")), ids.join(u' ')),
                   owner.path, owner.branchLabelsLine, ids);
        }
        if (unlabeled.size() > 1) {
            QStringList ids;
            for (int h : unlabeled)
                ids.append(g.nodes.at(h).id());
            report(RevisionDiagnostic::Warning, QStringLiteral("multiple-heads"),
                   tr("%1 heads carry no branch label (%2): `alembic upgrade head` fails with “Multiple head revisions "
                      "are present”; merge them or label the branches").arg(unlabeled.size()).arg(ids.join(QStringLiteral(", "))),
                   g.nodes.at(unlabeled.first()).script.path, 0, ids);
        }
    }

    // 9. Depth (for drawings) and reachability from the bases.
    for (int v : topo) {
        RevisionNode &n = g.nodes[v];
        int depth = 0;
        for (int p : n.parents)
            depth = std::max(depth, g.nodes.at(p).depth + 1);
        for (int p : n.dependencies)
            depth = std::max(depth, g.nodes.at(p).depth + 1);
        n.depth = depth;
    }
    {
        std::vector<char> reached(count, 0);
        std::vector<int> todo;
        for (int b : std::as_const(g.bases)) {
            reached[b] = 1;
            todo.push_back(b);
        }
        while (!todo.empty()) {
            const int v = todo.back();
            todo.pop_back();
            for (int c : g.nodes.at(v).children)
                if (!reached[c]) {
                    reached[c] = 1;
                    todo.push_back(c);
                }
        }
        for (int i = 0; i < count; ++i)
            g.nodes[i].reachable = reached[i];
        for (int v : topo) {
            const RevisionNode &n = g.nodes.at(v);
            if (n.reachable)
                continue;
            bool top = true;
            for (int p : n.parents)
                top = top && g.nodes.at(p).reachable;
            if (!top)
                continue;
            bool inCycle = false;
            for (const RevisionDiagnostic &diag : std::as_const(g.diagnostics))
                inCycle = inCycle || (diag.code == QLatin1String("cycle") && diag.revisions.contains(n.id()));
            if (inCycle)
                continue;
            // Count what hangs below it.
            std::vector<int> below{v};
            QSet<int> visited{v};
            while (!below.empty()) {
                const int x = below.back();
                below.pop_back();
                for (int c : g.nodes.at(x).children)
                    if (!g.nodes.at(c).reachable && !visited.contains(c)) {
                        visited.insert(c);
                        below.push_back(c);
                    }
            }
            QStringList missing;
            for (const QString &down : n.script.downRevisions)
                if (!g.index.contains(down) && !g.labelOwner.contains(down))
                    missing.append(down);
            report(RevisionDiagnostic::Warning, QStringLiteral("unreachable"),
                   visited.size() > 1
                       ? tr("revision %1 and %2 revision(s) after it cannot be reached from any base (missing: %3)")
                             .arg(n.id()).arg(visited.size() - 1).arg(missing.join(QStringLiteral(", ")))
                       : tr("revision %1 cannot be reached from any base (missing: %2)").arg(n.id(), missing.join(QStringLiteral(", "))),
                   n.script.path, n.script.downRevisionLine, {n.id()});
        }
    }

    // 10. Identifier lookup: ids and labels longer than three characters, sorted for prefix search.
    for (auto it = g.index.cbegin(); it != g.index.cend(); ++it)
        if (it.key().size() > 3)
            g.keys.append(it.key());
    for (auto it = g.labelOwner.cbegin(); it != g.labelOwner.cend(); ++it)
        if (it.key().size() > 3)
            g.keys.append(it.key());
    // QStringList::sort()'s order (UTF-16 code units), compared inline: with a library call per comparison this
    // was about a tenth of the time of building a large graph.
    std::sort(g.keys.begin(), g.keys.end(), [](const QString &a, const QString &b) {
        return std::lexicographical_compare(a.cbegin(), a.cend(), b.cbegin(), b.cend());
    });

    for (const RevisionDiagnostic &diag : std::as_const(g.diagnostics))
        if (diag.severity == RevisionDiagnostic::Error)
            ++g.errors;

    RevisionGraph graph;
    graph.d = data;
    // 11. History order.
    if (historyOrder == HistoryOrder::WithGraph)
        graph.history();
    return graph;
}

// The state of Alembic's topological sort: lanes (one per head being walked down), in list order, which is also
// the order of their keys (a lane keeps its key as its head moves; new lanes get larger keys).
struct RevisionGraph::SortState
{
    QList<char> &todo;         // 1: still to emit
    std::vector<int> lanes;    // head of each lane
    std::vector<int> keys;     // key of each lane, ascending
    std::vector<int> keyOf;    // node → key of the lane it heads, -1 when none
    std::vector<int> pending;  // node → revisions still to emit that need it
    size_t idx = 0;
    std::vector<int> mark, downMark;
    int epoch = 0, downEpoch = 0;
    int nextKey = 0;
};

size_t RevisionGraph::firstLaneAbove(SortState &st, int candidate) const
{
    // The first lane whose head has the candidate below it. Two exact searches advance in step, one edge at a
    // time, and the first to finish answers, so a query costs at most twice the cheaper of them:
    //  - up from the candidate through revisions still to emit: the lane heads met, the first of them;
    //  - down from each lane's head in turn, through revisions placed after the candidate in topological order.
    const Data &g = *d;
    struct Frame
    {
        int node;
        int edge;
    };
    ++st.epoch;
    ++st.downEpoch;
    std::vector<Frame> upStack{{candidate, 0}};
    st.mark[candidate] = st.epoch;
    int bestKey = std::numeric_limits<int>::max();
    std::vector<Frame> downStack;
    size_t lane = 0;
    const int limit = g.topoIndex.at(candidate);
    auto nextLane = [&]() -> bool {
        while (lane < st.lanes.size()) {
            if (lane == st.idx || st.downMark[st.lanes[lane]] == st.downEpoch) {
                ++lane; // known to miss the candidate
                continue;
            }
            st.downMark[st.lanes[lane]] = st.downEpoch;
            downStack.assign(1, Frame{st.lanes[lane], 0});
            return true;
        }
        return false;
    };
    bool downActive = nextLane();
    while (true) {
        if (upStack.empty()) {
            if (bestKey == std::numeric_limits<int>::max())
                return st.idx;
            return size_t(std::lower_bound(st.keys.begin(), st.keys.end(), bestKey) - st.keys.begin());
        }
        {
            Frame &f = upStack.back();
            const QList<int> &ups = g.up.at(f.node);
            if (f.edge >= ups.size()) {
                upStack.pop_back();
            } else {
                const int u = ups.at(f.edge++);
                if (st.todo[u] && st.mark[u] != st.epoch) {
                    st.mark[u] = st.epoch;
                    if (st.keyOf[u] >= 0)
                        bestKey = std::min(bestKey, st.keyOf[u]);
                    upStack.push_back({u, 0});
                }
            }
        }
        if (!downActive)
            continue;
        if (downStack.empty()) {
            ++lane;
            downActive = nextLane();
            continue;
        }
        Frame &f = downStack.back();
        const QList<int> &downs = g.down.at(f.node);
        if (f.edge >= downs.size()) {
            downStack.pop_back();
            continue;
        }
        const int p = downs.at(f.edge++);
        if (p == candidate)
            return lane;
        if (st.todo[p] && st.downMark[p] != st.downEpoch && g.topoIndex.at(p) > limit) {
            st.downMark[p] = st.downEpoch;
            downStack.push_back({p, 0});
        }
    }
}

// Alembic's RevisionMap._topological_sort: revisions newest first, walking down one "lane" per head and switching
// to the first lane (in list order) that still needs a revision before it may be emitted. A revision may be
// emitted once no revision above it still waits (counted in pending); which lane to switch to is found by
// firstLaneAbove.
QList<int> RevisionGraph::sortForHistory(QList<char> &todo, const QList<int> &heads) const
{
    const Data &g = *d;
    const int count = size();
    SortState st{todo, {}, {}, std::vector<int>(count, -1), std::vector<int>(count, 0), 0,
                 std::vector<int>(count, 0), std::vector<int>(count, 0), 0, 0, 0};
    for (int u = 0; u < count; ++u) {
        if (!todo[u])
            continue;
        for (int v : g.down.at(u))
            if (todo[v])
                ++st.pending[v];
    }
    {
        QList<int> initial;
        for (int h : heads)
            if (todo[h] && st.keyOf[h] < 0) {
                st.keyOf[h] = 0;
                initial.append(h);
            }
        std::sort(initial.begin(), initial.end(), [&g](int a, int b) { return g.nodes.at(a).loadOrder < g.nodes.at(b).loadOrder; });
        for (int h : initial) {
            st.keyOf[h] = st.nextKey;
            st.lanes.push_back(h);
            st.keys.push_back(st.nextKey++);
        }
    }
    QList<int> out;
    out.reserve(count);
    while (!st.lanes.empty()) {
        const int candidate = st.lanes[st.idx];
        if (st.pending[candidate] > 0) {
            const size_t next = firstLaneAbove(st, candidate);
            if (next != st.idx) {
                st.idx = next;
                continue;
            }
            // Cannot happen in an acyclic graph; emit rather than loop forever.
        }
        out.append(candidate);
        todo[candidate] = 0;
        const int key = st.keyOf[candidate];
        st.keyOf[candidate] = -1;
        QList<int> add;
        for (int v : g.down.at(candidate)) {
            if (!todo[v])
                continue;
            --st.pending[v];
            if (st.keyOf[v] < 0 && !add.contains(v))
                add.append(v);
        }
        if (add.isEmpty()) {
            st.lanes.erase(st.lanes.begin() + ptrdiff_t(st.idx));
            st.keys.erase(st.keys.begin() + ptrdiff_t(st.idx));
            st.idx = st.idx > 0 ? st.idx - 1 : 0;
        } else {
            st.lanes[st.idx] = add.first();
            st.keyOf[add.first()] = key;
            for (int k = 1; k < add.size(); ++k) {
                st.lanes.push_back(add.at(k));
                st.keyOf[add.at(k)] = st.nextKey;
                st.keys.push_back(st.nextKey++);
            }
        }
    }
    return out;
}

QList<int> RevisionGraph::ancestors(const QList<int> &revisions, bool includeDependencies) const
{
    std::vector<char> seen(size(), 0);
    QList<int> out;
    std::vector<int> todo(revisions.cbegin(), revisions.cend());
    while (!todo.empty()) {
        const int v = todo.back();
        todo.pop_back();
        if (v < 0 || seen[v])
            continue;
        seen[v] = 1;
        out.append(v);
        for (int p : includeDependencies ? d->down.at(v) : d->nodes.at(v).parents)
            if (!seen[p])
                todo.push_back(p);
    }
    return out;
}

QList<int> RevisionGraph::descendants(const QList<int> &revisions, bool includeDependencies) const
{
    std::vector<char> seen(size(), 0);
    QList<int> out;
    std::vector<int> todo(revisions.cbegin(), revisions.cend());
    while (!todo.empty()) {
        const int v = todo.back();
        todo.pop_back();
        if (v < 0 || seen[v])
            continue;
        seen[v] = 1;
        out.append(v);
        for (int c : d->nodes.at(v).children)
            if (!seen[c])
                todo.push_back(c);
        if (includeDependencies)
            for (int c : d->nodes.at(v).dependents)
                if (!seen[c])
                    todo.push_back(c);
    }
    return out;
}

QList<char> RevisionGraph::lineageMask(int node) const
{
    QList<char> mask(size(), 0);
    for (int a : ancestors({node}, false))
        mask[a] = 1;
    for (int a : descendants({node}, false))
        mask[a] = 1;
    return mask;
}

Result<int> RevisionGraph::resolveBranch(const QString &branch) const
{
    const int owner = d->labelOwner.value(branch, -1);
    if (owner >= 0)
        return owner;
    auto r = revisionForIdent(branch, QString());
    if (!r)
        return revisionError(tr("No such branch: '%1'").arg(branch));
    return r;
}

Result<QList<int>> RevisionGraph::filterForLineage(const QList<int> &targets, const QString &branch) const
{
    if (branch.isEmpty())
        return targets;
    auto owner = revisionForIdent(branch, QString());
    if (!owner)
        return owner.error();
    const QList<char> mask = lineageMask(owner.value());
    QList<int> out;
    for (int t : targets)
        if (t >= 0 && mask.at(t))
            out.append(t);
    return out;
}

Result<int> RevisionGraph::revisionForIdent(const QString &ident, const QString &branch) const
{
    int branchRev = -1;
    if (!branch.isEmpty()) {
        auto b = resolveBranch(branch);
        if (!b)
            return b;
        branchRev = b.value();
    }
    int found = d->index.value(ident, -1);
    if (found < 0)
        found = d->labelOwner.value(ident, -1);
    if (found < 0) {
        QStringList matches;
        auto it = std::lower_bound(d->keys.cbegin(), d->keys.cend(), ident);
        for (; it != d->keys.cend() && it->startsWith(ident); ++it)
            matches.append(*it);
        if (branchRev >= 0 && matches.size() > 1) {
            const QList<char> mask = lineageMask(branchRev);
            matches.removeIf([&](const QString &key) {
                const int n = d->index.contains(key) ? d->index.value(key) : d->labelOwner.value(key);
                return !mask.at(n);
            });
        }
        if (matches.isEmpty())
            return Error::make(ErrorKind::NotFound,
                               ident.size() < 4 ? tr("No such revision or branch '%1'; please ensure at least four characters are "
                                                     "present for partial revision identifier matches").arg(ident)
                                                : tr("No such revision or branch '%1'").arg(ident));
        if (matches.size() > 1)
            return revisionError(tr("Multiple revisions start with '%1': %2...").arg(ident, quoteList(matches.mid(0, 3))));
        found = d->index.contains(matches.first()) ? d->index.value(matches.first()) : d->labelOwner.value(matches.first());
    }
    if (branchRev >= 0) {
        const QList<char> mask = lineageMask(branchRev);
        if (!mask.at(found))
            return revisionError(tr("Revision %1 is not a member of branch '%2'").arg(d->nodes.at(found).id(), branch));
    }
    return found;
}

Result<QList<int>> RevisionGraph::currentHead(const QString &branch, const QString &argument) const
{
    auto heads = filterForLineage(d->heads, branch);
    if (!heads)
        return heads;
    if (heads->size() > 1)
        return revisionError(tr("Multiple head revisions are present for given argument '%1'; please specify a specific "
                                "target revision, '<branchname>@%1' to narrow to a specific head, or 'heads' for all heads")
                                 .arg(argument));
    return heads;
}

Result<RevisionGraph::Walk> RevisionGraph::walk(int start, bool fromBase, int steps, const QString &branch, bool noOverwalk) const
{
    // State: a revision, "base" (below the first revision) or None (fromBase at the start: nothing applied).
    int current = start;
    bool isNone = fromBase;
    bool isBase = false;
    for (int s = 0; s < std::abs(steps); ++s) {
        QList<int> next;
        bool toBase = false;
        if (steps > 0) {
            if (isBase)
                return revisionError(tr("Cannot walk up from base"));
            next = isNone ? d->bases : d->nodes.at(current).children;
            if (!branch.isEmpty()) {
                auto filtered = filterForLineage(next, branch);
                if (!filtered)
                    return filtered.error();
                next = filtered.value();
            }
        } else if (!isBase) {
            next = isNone ? d->heads : d->nodes.at(current).parents;
            if (next.isEmpty())
                toBase = true;
        }
        if (next.isEmpty() && !toBase) {
            if (noOverwalk)
                return Walk{false, -1};
            return Walk{true, isBase || isNone ? -1 : current};
        }
        if (next.size() > 1)
            return revisionError(tr("Ambiguous walk"));
        if (toBase) {
            isBase = true;
            current = -1;
        } else {
            current = next.first();
        }
        isNone = false;
    }
    return Walk{true, isBase || isNone ? -1 : current};
}

Result<QList<int>> RevisionGraph::resolveParts(const QString &identifier, bool allowRelative) const
{
    const QString id = identifier.trimmed();
    if (allowRelative) {
        const auto m = relativeDestination().match(id);
        if (m.hasMatch() && !m.captured(2).isEmpty()) {
            const QString branch = m.captured(1);
            const QString symbol = m.captured(2);
            const int relative = m.captured(3).toInt();
            Result<int> start = relative > 0 || branch.isEmpty() ? resolveOne(symbol) : resolveOne(branch + u'@' + symbol);
            if (!start)
                return start.error();
            auto w = walk(start.value(), false, relative, relative > 0 ? branch : QString(), true);
            if (!w)
                return w.error();
            if (!w->ok)
                return revisionError(tr("Relative revision %1 didn't produce %2 migrations").arg(m.captured(3)).arg(std::abs(relative)));
            return w->node < 0 ? QList<int>() : QList<int>{w->node};
        }
        if (m.hasMatch() && m.captured(3).startsWith(u'+'))
            return revisionError(tr("“%1” is relative to a database's current revisions").arg(id));
    }
    QString branch;
    QString rest = id;
    const int at = id.indexOf(u'@');
    if (at >= 0) {
        branch = id.left(at);
        rest = id.mid(at + 1);
    }
    if (rest == QLatin1String("heads")) {
        if (branch.isEmpty())
            return d->realHeads;
        return filterForLineage(d->heads, branch);
    }
    if (rest == QLatin1String("head"))
        return currentHead(branch, branch.isEmpty() ? QStringLiteral("head") : branch + QStringLiteral("@head"));
    if (rest == QLatin1String("base") || rest.isEmpty())
        return QList<int>();
    bool isInt = false;
    const int rint = rest.toInt(&isInt);
    if (isInt && rint < 0) {
        // label@-1: walk down from the heads (of that branch)
        QList<int> out;
        for (int h : d->realHeads) {
            if (!branch.isEmpty() && !d->nodes.at(h).branchLabels.contains(branch))
                continue;
            auto w = walk(h, false, rint, QString(), true);
            if (!w)
                return w.error();
            if (w->ok && w->node >= 0)
                out.append(w->node);
        }
        return out;
    }
    auto r = revisionForIdent(rest, branch);
    if (!r)
        return r.error();
    return QList<int>{r.value()};
}

Result<QList<int>> RevisionGraph::resolve(const QString &identifier) const { return resolveParts(identifier, true); }

Result<int> RevisionGraph::resolveOne(const QString &identifier) const
{
    auto r = resolve(identifier);
    if (!r)
        return r.error();
    if (r->size() > 1)
        return revisionError(tr("Multiple heads are present for given argument '%1'; %2").arg(identifier, ids(r.value()).join(QStringLiteral(", "))));
    if (r->isEmpty())
        return Error::make(ErrorKind::NotFound, tr("“%1” names no revision").arg(identifier));
    return r->first();
}

Status RevisionGraph::checkOverlap(const QList<int> &targets) const
{
    if (targets.size() < 2)
        return success();
    std::vector<char> isTarget(size(), 0);
    for (int t : targets)
        isTarget[t] = 1;
    // One walk below all targets: a target reached is an ancestor of another.
    QList<int> starts;
    for (int t : targets)
        starts += d->down.at(t);
    const QList<int> below = ancestors(starts, true);
    for (int b : below) {
        if (!isTarget[b])
            continue;
        // Name the target that reaches it.
        for (int t : targets) {
            if (t == b)
                continue;
            if (ancestors(d->down.at(t), true).contains(b))
                return revisionError(tr("Requested revision %1 overlaps with other requested revisions %2")
                                         .arg(d->nodes.at(t).id(), d->nodes.at(b).id()));
        }
    }
    return success();
}

Result<QList<int>> RevisionGraph::parseUpgradeTarget(const QList<int> &current, const QString &target) const
{
    const auto m = relativeDestination().match(target);
    if (!m.hasMatch())
        return resolveParts(target, false);
    const QString branch = m.captured(1);
    const QString symbol = m.captured(2);
    const QString relativeText = m.captured(3);
    const int relative = relativeText.toInt();
    const QString tooFar = tr("Relative revision %1 didn't produce %2 migrations").arg(relativeText).arg(std::abs(relative));
    if (relative > 0) {
        if (symbol.isEmpty()) {
            QList<int> starts = current.isEmpty() ? QList<int>{-1} : current;
            if (!branch.isEmpty()) {
                auto onBranch = filterForLineage(current, branch);
                if (!onBranch)
                    return onBranch.error();
                starts = onBranch.value();
                if (starts.isEmpty()) {
                    auto active = filterForLineage(ancestors(current, true), branch);
                    if (!active)
                        return active.error();
                    QSet<int> lower;
                    for (int a : active.value())
                        for (int x : d->down.at(a))
                            lower.insert(x);
                    for (int a : active.value())
                        if (!lower.contains(a))
                            starts.append(a);
                    if (starts.isEmpty())
                        starts = {-1};
                }
            }
            if (starts.size() > 1)
                return revisionError(tr("Ambiguous upgrade from multiple current revisions"));
            auto w = walk(starts.first(), starts.first() < 0, relative, branch, true);
            if (!w)
                return w.error();
            if (!w->ok || w->node < 0)
                return revisionError(tooFar);
            return QList<int>{w->node};
        }
        auto start = resolveOne(symbol);
        if (!start)
            return start.error();
        auto w = walk(start.value(), false, relative, branch, true);
        if (!w)
            return w.error();
        if (!w->ok || w->node < 0)
            return revisionError(tooFar);
        return QList<int>{w->node};
    }
    if (symbol.isEmpty())
        return revisionError(tooFar);
    auto start = branch.isEmpty() ? resolveOne(symbol) : resolveOne(branch + u'@' + symbol);
    if (!start)
        return start.error();
    auto w = walk(start.value(), false, relative, QString(), true);
    if (!w)
        return w.error();
    if (!w->ok)
        return revisionError(tooFar);
    return w->node < 0 ? QList<int>() : QList<int>{w->node};
}

Result<QList<int>> RevisionGraph::collectUpgrade(const QList<int> &targetsIn, const QList<int> &current, const QString &lower,
                                                 bool inclusive, bool implicitBase) const
{
    QList<int> targets = targetsIn;
    if (lower.contains(u'@')) {
        // history -r label@base:... keeps the targets on that branch
        QString branch = lower.section(u'@', 0, 0);
        auto b = resolveOne(branch);
        if (b && d->nodes.at(b.value()).id() == branch && d->nodes.at(b.value()).branchLabels.size() == 1)
            branch = d->nodes.at(b.value()).branchLabels.first();
        targets.removeIf([&](int t) { return !d->nodes.at(t).branchLabels.contains(branch); });
    }
    if (auto st = checkOverlap(targets); !st)
        return st.error();
    const QList<int> required = ancestors(targets, true);
    std::vector<char> isRequired(size(), 0);
    for (int r : required)
        isRequired[r] = 1;
    if (!implicitBase)
        for (int c : current)
            if (!isRequired[c])
                return revisionError(tr("Revision %1 is not an ancestor of revision %2")
                                         .arg(d->nodes.at(c).id(), ids(targets).join(QStringLiteral(", "))));
    if (auto st = checkOverlap(current); !st)
        return st.error();
    QList<char> todo(size(), 0);
    for (int r : required)
        todo[r] = 1;
    for (int c : ancestors(current, true))
        todo[c] = 0;
    if (inclusive)
        for (int c : current)
            todo[c] = 1;
    if (!current.isEmpty() && !implicitBase) {
        QList<char> below(size(), 0);
        for (int x : descendants(current, false))
            below[x] = 1;
        for (int i = 0; i < size(); ++i)
            todo[i] = todo[i] && below[i];
    }
    return sortForHistory(todo, targets);
}

Result<QList<int>> RevisionGraph::history(const QString &range) const
{
    if (range.trimmed().isEmpty())
        return history();
    if (!range.contains(u':'))
        return revisionError(tr("History range requires [start]:[end], [start]:, or :[end]"));
    const QString start = range.section(u':', 0, 0).trimmed();
    const QString end = range.section(u':', 1).trimmed();
    if (start == QLatin1String("current") || end == QLatin1String("current"))
        return revisionError(tr("“current” needs a database: use `revisions current URL`"));
    const QString lower = start.isEmpty() ? QStringLiteral("base") : start;
    const QString upper = end.isEmpty() ? QStringLiteral("heads") : end;
    auto current = resolveParts(lower, true);
    if (!current)
        return current.error();
    auto targets = parseUpgradeTarget(current.value(), upper);
    if (!targets)
        return targets.error();
    auto r = collectUpgrade(targets.value(), current.value(), lower, true, false);
    if (!r && r.error().message.contains(QLatin1String("is not an ancestor")))
        return revisionError(tr("Requested range %1:%2 does not refer to ancestor/descendant revisions along the same branch")
                                 .arg(lower, upper));
    return r;
}

Result<QList<int>> RevisionGraph::upgradePath(const QStringList &currentIds, const QString &target) const
{
    QList<int> current;
    for (const QString &id : currentIds) {
        auto r = resolveParts(id, false);
        if (!r)
            return revisionError(tr("Can't locate revision identified by '%1'").arg(id));
        for (int x : r.value())
            appendUnique(current, x);
    }
    auto targets = parseUpgradeTarget(current, target.isEmpty() ? QStringLiteral("heads") : target);
    if (!targets)
        return targets.error();
    auto order = collectUpgrade(targets.value(), current, QString(), false, true);
    if (!order)
        return order;
    QList<int> out = order.value();
    std::reverse(out.begin(), out.end());
    return out;
}

Result<QList<int>> RevisionGraph::currentHeads(const QStringList &currentIds) const
{
    QList<int> current;
    for (const QString &id : currentIds) {
        auto r = resolveParts(id, false);
        if (!r)
            return revisionError(tr("Can't locate revision identified by '%1'").arg(id));
        current += r.value();
    }
    std::vector<char> in(size(), 0);
    const QList<int> all = ancestors(current, true);
    for (int a : all)
        in[a] = 1;
    QList<int> out;
    for (int a : all) {
        bool covered = false;
        for (int c : d->nodes.at(a).children)
            covered = covered || in[c];
        if (!covered)
            out.append(a);
    }
    std::sort(out.begin(), out.end(), [this](int a, int b) { return d->nodes.at(a).loadOrder < d->nodes.at(b).loadOrder; });
    return out;
}

QString RevisionGraph::formatLine(int index, const RevisionLineFormat &format) const
{
    const RevisionNode &n = d->nodes.at(index);
    const RevisionScript &s = n.script;
    QString text = s.revision;
    if (format.parents) {
        const QString down = s.downRevisions.isEmpty() ? QStringLiteral("<base>") : s.downRevisions.join(QStringLiteral(", "));
        if (!s.dependsOn.isEmpty())
            text = down + QStringLiteral(" (") + s.dependsOn.join(QStringLiteral(", ")) + QStringLiteral(") -> ") + text;
        else
            text = down + QStringLiteral(" -> ") + text;
    }
    if (format.branches && !n.branchLabels.isEmpty())
        text += QStringLiteral(" (") + n.branchLabels.join(QStringLiteral(", ")) + u')';
    if (format.heads || format.tree) {
        if (n.realHead)
            text += QStringLiteral(" (head)");
        if (n.head && !n.realHead)
            text += QStringLiteral(" (effective head)");
        if (format.current)
            text += QStringLiteral(" (current)");
    }
    if (format.tree) {
        if (n.branchPoint)
            text += QStringLiteral(" (branchpoint)");
        if (n.mergePoint)
            text += QStringLiteral(" (mergepoint)");
    }
    if (format.doc)
        text += QStringLiteral(", ") + s.message;
    return text;
}

QString RevisionGraph::logEntry(int index, bool current) const
{
    const RevisionNode &n = d->nodes.at(index);
    const RevisionScript &s = n.script;
    const QString down = s.downRevisions.isEmpty() ? QStringLiteral("<base>") : s.downRevisions.join(QStringLiteral(", "));
    QString out = QStringLiteral("Rev: ") + s.revision + (n.head ? QStringLiteral(" (head)") : QString())
                  + (n.branchPoint ? QStringLiteral(" (branchpoint)") : QString())
                  + (n.mergePoint ? QStringLiteral(" (mergepoint)") : QString()) + (current ? QStringLiteral(" (current)") : QString())
                  + u'\n';
    out += (n.mergePoint ? QStringLiteral("Merges: ") : QStringLiteral("Parent: ")) + down + u'\n';
    if (!s.dependsOn.isEmpty())
        out += QStringLiteral("Also depends on: ") + s.dependsOn.join(QStringLiteral(", ")) + u'\n';
    if (n.branchPoint) {
        QList<int> children = n.children;
        std::sort(children.begin(), children.end());
        out += QStringLiteral("Branches into: ") + ids(children).join(QStringLiteral(", ")) + u'\n';
    }
    if (!n.branchLabels.isEmpty())
        out += QStringLiteral("Branch names: ") + n.branchLabels.join(QStringLiteral(", ")) + u'\n';
    out += QStringLiteral("Path: ") + s.path + u'\n';
    QStringList doc;
    for (const QString &line : s.longDoc.split(u'\n'))
        doc.append(QStringLiteral("    ") + line);
    out += u'\n' + (s.longDoc.isEmpty() ? QString() : doc.join(u'\n')) + u'\n';
    return out;
}

} // namespace Godwit
