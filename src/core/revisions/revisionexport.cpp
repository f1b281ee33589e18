// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisionexport.h"

namespace Godwit {

namespace {

QJsonArray idArray(const RevisionGraph &graph, const QList<int> &indices)
{
    return QJsonArray::fromStringList(graph.ids(indices));
}

QString dotString(const QString &text)
{
    QString out = text;
    out.replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\"")).replace(u'\n', QLatin1String("\\n"));
    return u'"' + out + u'"';
}

} // namespace

QJsonObject revisionToJson(const RevisionGraph &graph, int index)
{
    const RevisionNode &n = graph.node(index);
    const RevisionScript &s = n.script;
    QJsonObject o;
    o[QStringLiteral("id")] = s.revision;
    o[QStringLiteral("down_revisions")] = QJsonArray::fromStringList(s.downRevisions);
    o[QStringLiteral("depends_on")] = QJsonArray::fromStringList(s.dependsOn);
    o[QStringLiteral("branch_labels")] = QJsonArray::fromStringList(n.branchLabels);
    o[QStringLiteral("own_branch_labels")] = QJsonArray::fromStringList(s.branchLabels);
    o[QStringLiteral("message")] = s.message;
    o[QStringLiteral("create_date")] = s.createDate;
    o[QStringLiteral("path")] = s.path;
    o[QStringLiteral("line")] = s.revisionLine;
    o[QStringLiteral("head")] = n.head;
    o[QStringLiteral("effective_head")] = n.effectiveHead();
    o[QStringLiteral("base")] = n.base;
    o[QStringLiteral("branchpoint")] = n.branchPoint;
    o[QStringLiteral("mergepoint")] = n.mergePoint;
    o[QStringLiteral("depth")] = n.depth;
    return o;
}

QJsonObject diagnosticToJson(const RevisionDiagnostic &d)
{
    QJsonObject o;
    o[QStringLiteral("severity")] = RevisionDiagnostic::severityName(d.severity);
    o[QStringLiteral("code")] = d.code;
    o[QStringLiteral("message")] = d.message;
    if (!d.path.isEmpty())
        o[QStringLiteral("path")] = d.path;
    if (d.line > 0)
        o[QStringLiteral("line")] = d.line;
    if (!d.revisions.isEmpty())
        o[QStringLiteral("revisions")] = QJsonArray::fromStringList(d.revisions);
    return o;
}

QJsonArray diagnosticsToJson(const QList<RevisionDiagnostic> &diagnostics)
{
    QJsonArray a;
    for (const RevisionDiagnostic &d : diagnostics)
        a.append(diagnosticToJson(d));
    return a;
}

QJsonObject revisionGraphToJson(const RevisionGraph &graph)
{
    QJsonObject o;
    o[QStringLiteral("heads")] = idArray(graph, graph.heads());
    o[QStringLiteral("real_heads")] = idArray(graph, graph.realHeads());
    o[QStringLiteral("bases")] = idArray(graph, graph.bases());
    o[QStringLiteral("branchpoints")] = idArray(graph, graph.branchPoints());
    o[QStringLiteral("mergepoints")] = idArray(graph, graph.mergePoints());
    QJsonObject labels;
    for (const QString &label : graph.labels())
        labels[label] = graph.node(graph.labelOwner(label)).id();
    o[QStringLiteral("labels")] = labels;
    QJsonArray revisions;
    for (int i : graph.history())
        revisions.append(revisionToJson(graph, i));
    o[QStringLiteral("revisions")] = revisions;
    QJsonArray edges;
    for (const RevisionEdge &e : graph.edges())
        edges.append(QJsonObject{{QStringLiteral("from"), graph.node(e.from).id()},
                                 {QStringLiteral("to"), graph.node(e.to).id()},
                                 {QStringLiteral("kind"), e.kind == RevisionEdgeKind::Parent ? QStringLiteral("parent")
                                                                                            : QStringLiteral("depends_on")}});
    o[QStringLiteral("edges")] = edges;
    o[QStringLiteral("diagnostics")] = diagnosticsToJson(graph.diagnostics());
    return o;
}

QString revisionGraphToDot(const RevisionGraph &graph, const QStringList &current)
{
    QString out = QStringLiteral("digraph revisions {\n"
                                 "  rankdir=TB;\n"
                                 "  node [shape=box, fontname=\"monospace\", fontsize=10];\n"
                                 "  edge [arrowsize=0.7];\n");
    for (int i : graph.history()) {
        const RevisionNode &n = graph.node(i);
        QString label = n.id();
        if (!n.branchLabels.isEmpty())
            label += QStringLiteral(" (") + n.branchLabels.join(QStringLiteral(", ")) + u')';
        if (!n.script.message.isEmpty())
            label += u'\n' + (n.script.message.size() > 48 ? n.script.message.left(47) + QChar(0x2026) : n.script.message);
        QStringList attrs{QStringLiteral("label=") + dotString(label)};
        if (n.realHead)
            attrs << QStringLiteral("penwidth=2");
        if (n.base)
            attrs << QStringLiteral("peripheries=2");
        if (current.contains(n.id()))
            attrs << QStringLiteral("style=filled") << QStringLiteral("fillcolor=\"#d8f0d8\"");
        if (!n.reachable)
            attrs << QStringLiteral("color=red");
        out += QStringLiteral("  %1 [%2];\n").arg(dotString(n.id()), attrs.join(QStringLiteral(", ")));
    }
    for (const RevisionEdge &e : graph.edges()) {
        out += QStringLiteral("  %1 -> %2%3;\n")
                   .arg(dotString(graph.node(e.from).id()), dotString(graph.node(e.to).id()),
                        e.kind == RevisionEdgeKind::Dependency ? QStringLiteral(" [style=dashed]") : QString());
    }
    out += QStringLiteral("}\n");
    return out;
}

} // namespace Godwit
