// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "revisiongraph.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Godwit {

// One revision as JSON: id, down_revisions, depends_on, branch_labels (as Alembic shows them),
// own_branch_labels, message, create_date, path, line, and the head/base/branchpoint/mergepoint flags.
QJsonObject revisionToJson(const RevisionGraph &graph, int index);
QJsonObject diagnosticToJson(const RevisionDiagnostic &diagnostic);
QJsonArray diagnosticsToJson(const QList<RevisionDiagnostic> &diagnostics);

// The whole graph: heads, real_heads, bases, branchpoints, mergepoints, labels (label → revision), revisions
// (history order), edges (from the newer revision to the one it requires; kind "parent" or "depends_on") and
// diagnostics.
QJsonObject revisionGraphToJson(const RevisionGraph &graph);

// Graphviz DOT: parent edges solid, depends_on edges dashed; heads bold, bases doubled, labels in the nodes.
QString revisionGraphToDot(const RevisionGraph &graph, const QStringList &current = {});

} // namespace Godwit
