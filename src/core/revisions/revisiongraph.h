// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "global/result.h"
#include "revisionscript.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QStringList>

#include <memory>
#include <vector>

namespace Godwit {

class JobContext;
struct AlembicConfig;

// One revision in the graph. Indices refer to RevisionGraph::node(); lists keep the order of the script.
struct RevisionNode
{
    RevisionScript script;
    QList<int> parents;                // down_revision entries present in the graph
    QList<int> dependencies;           // depends_on entries (revisions or branch labels) present in the graph
    QList<int> normalizedDependencies; // dependencies not already required through an ancestor's depends_on
    QList<int> children;               // revisions naming this one in down_revision
    QList<int> dependents;             // revisions naming this one (or one of its labels) in depends_on
    QStringList branchLabels;          // the labels Alembic shows for it (own and inherited), sorted
    int loadOrder = 0;                 // position in the order the scripts were read
    int depth = 0;                     // longest path from a root, over parents and dependencies (for layouts)
    bool head = false;                 // no revision names it in down_revision (`alembic heads`)
    bool realHead = false;             // nothing depends on it at all (`alembic heads --resolve-dependencies`)
    bool base = false;                 // down_revision = None
    bool realBase = false;             // ... and no depends_on
    bool branchPoint = false;          // several revisions name it in down_revision
    bool realBranchPoint = false;      // ... counting depends_on too
    bool mergePoint = false;           // down_revision names several revisions
    bool reachable = true;             // descends from a base (false below a missing parent or a cycle)

    const QString &id() const { return script.revision; }
    bool effectiveHead() const { return head && !realHead; }
};

enum class RevisionEdgeKind { Parent, Dependency };

// An edge from a revision (from) to one it requires (to): its down_revision (Parent) or a depends_on target.
struct RevisionEdge
{
    int from = -1;
    int to = -1;
    RevisionEdgeKind kind = RevisionEdgeKind::Parent;
    bool operator==(const RevisionEdge &) const = default;
};

// How a revision is written on one line, as Alembic's commands print it.
struct RevisionLineFormat
{
    bool branches = true;   // " (label, ...)"
    bool doc = false;       // ", message"
    bool parents = false;   // "parent (deps) -> rev"
    bool tree = true;       // " (branchpoint)", " (mergepoint)"
    bool heads = true;      // " (head)", " (effective head)"
    bool current = false;   // " (current)"
};

// The graph of an Alembic environment's revisions: what `alembic heads / branches / history / show / upgrade
// --sql` compute, without Python, and in O(n log n) (the tie-breaking orders are Alembic's). Cheap to copy
// (shared, immutable): build it in a job, hand it to the GUI.
class RevisionGraph
{
public:
    RevisionGraph();
    // When history() is worked out: with the graph (in the job that builds it, so that the GUI thread does not
    // pay for it), or the first time it is asked for. It walks the whole graph, about half the time of building a
    // large one, and most commands (heads, bases, show, ...) never need it.
    enum class HistoryOrder { WithGraph, OnFirstUse };
    // Builds the graph; scanDiagnostics (unreadable scripts, ...) are kept with the graph's own findings.
    static RevisionGraph build(QList<RevisionScript> scripts, const QList<RevisionDiagnostic> &scanDiagnostics = {},
                               HistoryOrder historyOrder = HistoryOrder::WithGraph);
    // Reads the version locations of an environment and builds its graph.
    static RevisionGraph load(const AlembicConfig &config, JobContext *job = nullptr,
                              HistoryOrder historyOrder = HistoryOrder::WithGraph);

    int size() const;
    bool isEmpty() const { return size() == 0; }
    const RevisionNode &node(int index) const;
    const QList<RevisionNode> &nodes() const;
    int indexOf(const QString &revision) const; // exact id, -1 if absent
    QStringList ids(const QList<int> &indices) const;

    // Every edge: parents (solid) and depends_on (dashed, in a drawing).
    QList<RevisionEdge> edges() const;

    const QList<int> &heads() const;      // `alembic heads` (load order)
    const QList<int> &realHeads() const;  // `alembic heads --resolve-dependencies`
    const QList<int> &bases() const;      // down_revision = None
    const QList<int> &realBases() const;
    QList<int> branchPoints() const;      // history order, as `alembic branches`
    QList<int> mergePoints() const;       // history order
    // Branch labels, sorted, and the revision declaring each.
    QStringList labels() const;
    int labelOwner(const QString &label) const;
    // Revisions whose labels include label (the label's owner, its descendants, and ancestors Alembic marks).
    QList<int> revisionsWithLabel(const QString &label) const;
    // Heads of a branch (label or revision): `label@heads`.
    QList<int> headsOf(const QString &branch) const;

    // Newest first, as `alembic history` lists them.
    const QList<int> &history() const;
    // `alembic history -r start:end` (either side may be empty; "base", "heads", "label@head", ... allowed).
    Result<QList<int>> history(const QString &range) const;

    // Alembic identifiers: full ids, unique partial ids, "head", "heads", "base", "label@head", "label@base",
    // "label@rev", "label@-1", "rev+2", "rev-1", "label@rev+1". "base" resolves to no revision.
    Result<QList<int>> resolve(const QString &identifier) const;
    // One revision: an error when the identifier names several (e.g. "head" with two heads) or none.
    Result<int> resolveOne(const QString &identifier) const;

    // The revisions `alembic upgrade TARGET` applies to a database at current (revision ids, empty: an empty
    // database), in the order it applies them. TARGET may be relative ("+2", "label@+1").
    Result<QList<int>> upgradePath(const QStringList &current, const QString &target = QStringLiteral("heads")) const;
    // The tips of what a database with these alembic_version rows has applied (`alembic current`).
    Result<QList<int>> currentHeads(const QStringList &current) const;

    // Ancestors (over parents and the dependencies Alembic follows), inclusive; and descendants over parents.
    QList<int> ancestors(const QList<int> &revisions, bool includeDependencies = true) const;
    QList<int> descendants(const QList<int> &revisions, bool includeDependencies = false) const;

    // Everything found wrong: unreadable scripts, duplicate ids and labels, missing parents and
    // dependencies, cycles, revisions no base leads to, several heads on one branch.
    const QList<RevisionDiagnostic> &diagnostics() const;
    int errorCount() const;
    QList<RevisionDiagnostic> diagnosticsFor(const QString &revision) const;

    // Output lines as Alembic prints them.
    QString formatLine(int index, const RevisionLineFormat &format) const;
    QString logEntry(int index, bool current = false) const; // `alembic show` / `history -v`

private:
    struct Data;
    std::shared_ptr<const Data> d;
    QList<int> sortForHistory(QList<char> &todo, const QList<int> &heads) const;
    struct SortState;
    size_t firstLaneAbove(SortState &state, int candidate) const;
    Result<QList<int>> resolveParts(const QString &identifier, bool allowRelative) const;
    Result<int> revisionForIdent(const QString &ident, const QString &branch) const;
    Result<int> resolveBranch(const QString &branch) const;
    Result<QList<int>> filterForLineage(const QList<int> &targets, const QString &branch) const;
    QList<char> lineageMask(int node) const;
    Result<QList<int>> currentHead(const QString &branch, const QString &argument) const;
    struct Walk
    {
        bool ok = false;  // false: walked past the end of the tree
        int node = -1;    // -1: base
    };
    Result<Walk> walk(int start, bool fromBase, int steps, const QString &branch, bool noOverwalk) const;
    Result<QList<int>> parseUpgradeTarget(const QList<int> &current, const QString &target) const;
    Result<QList<int>> collectUpgrade(const QList<int> &targets, const QList<int> &current, const QString &lower,
                                      bool inclusive, bool implicitBase) const;
    Status checkOverlap(const QList<int> &targets) const;
};

} // namespace Godwit

Q_DECLARE_METATYPE(Godwit::RevisionGraph)
