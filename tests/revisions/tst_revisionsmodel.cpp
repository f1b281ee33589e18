// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisions/revisionsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Godwit;
using namespace Qt::StringLiterals;

namespace {

RevisionScript rev(const QString &id, const QStringList &down, const QStringList &labels = {}, const QStringList &deps = {})
{
    RevisionScript s;
    s.revision = id;
    s.downRevisions = down;
    s.branchLabels = labels;
    s.dependsOn = deps;
    s.message = u"message "_s + id;
    s.path = u"/v/"_s + id + u"_m.py"_s;
    s.createDate = u"2024-01-01 00:00:00"_s;
    return s;
}

RevisionGraph sample()
{
    return RevisionGraph::build({rev(u"c1"_s, {}, {u"core"_s}), rev(u"c2"_s, {u"c1"_s}), rev(u"m1"_s, {}, {u"mod"_s}, {u"c1"_s}),
                                 rev(u"m2"_s, {u"m1"_s}), rev(u"x1"_s, {}), rev(u"x2"_s, {u"x1"_s}), rev(u"x3"_s, {u"x1"_s}),
                                 rev(u"bad"_s, {u"missing"_s})});
}

} // namespace

class TestRevisionsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flat();
    void grouped();
    void databaseStateChangesDataOnly();
    void switchingGraphsAndGrouping();
    void diagnostics();
};

void TestRevisionsModel::flat()
{
    RevisionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGraph(sample());
    const RevisionGraph &g = model.graph();
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.columnCount(), int(RevisionsModel::ColumnCount));
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex i = model.index(row, 0);
        QCOMPARE(model.nodeAt(i), g.history().at(row));
        QCOMPARE(model.data(i, RevisionsModel::HistoryPositionRole).toInt(), row);
        QCOMPARE(model.rowCount(i), 0);
        QVERIFY(!model.parent(i).isValid());
    }
    const QModelIndex m1 = model.indexOfRevision(u"m1"_s);
    QVERIFY(m1.isValid());
    QCOMPARE(m1.data().toString(), u"m1"_s);
    QCOMPARE(model.data(m1, RevisionsModel::MessageRole).toString(), u"message m1"_s);
    QCOMPARE(model.data(m1, RevisionsModel::DependsOnRole).toStringList(), QStringList{u"c1"_s});
    QCOMPARE(model.data(m1, RevisionsModel::BranchLabelsRole).toStringList(), QStringList{u"mod"_s});
    QVERIFY(model.data(m1, RevisionsModel::IsBaseRole).toBool());
    QVERIFY(!model.data(m1, RevisionsModel::IsHeadRole).toBool());
    QCOMPARE(model.index(m1.row(), RevisionsModel::PathColumn).data().toString(), u"m1_m.py"_s);
    QCOMPARE(model.index(m1.row(), RevisionsModel::DependsOnColumn).data().toString(), u"c1"_s);
    const QModelIndex c1 = model.indexOfRevision(u"c1"_s);
    QVERIFY(model.data(c1, RevisionsModel::IsBaseRole).toBool());
    QCOMPARE(model.data(model.indexOfRevision(u"x1"_s), RevisionsModel::IsBranchPointRole).toBool(), true);
    // A revision with a finding carries it.
    const QModelIndex bad = model.indexOfRevision(u"bad"_s);
    QCOMPARE(model.data(bad, RevisionsModel::SeverityRole).toInt(), int(RevisionDiagnostic::Error));
    QVERIFY(!model.data(bad, RevisionsModel::DiagnosticsRole).toStringList().isEmpty());
    QVERIFY(model.data(bad, Qt::ToolTipRole).toString().contains(u"missing"_s));
    QCOMPARE(model.data(c1, RevisionsModel::SeverityRole).toInt(), -1);
    QVERIFY(!model.indexOfRevision(u"nope"_s).isValid());
    QVERIFY(model.roleNames().contains(RevisionsModel::RevisionIdRole));
    QCOMPARE(model.headerData(RevisionsModel::MessageColumn, Qt::Horizontal).toString(), u"Message"_s);
}

void TestRevisionsModel::grouped()
{
    RevisionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setGraph(sample());
    model.setGrouping(RevisionsModel::Grouping::BranchLabel);
    // core, mod, then the revisions without a label
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex core = model.index(0, 0);
    QCOMPARE(core.data().toString(), u"core"_s);
    QVERIFY(model.data(core, RevisionsModel::IsGroupRole).toBool());
    QCOMPARE(model.nodeAt(core), -1);
    QCOMPARE(model.data(core, RevisionsModel::RevisionIdRole).toString(), u"c1"_s);
    QCOMPARE(model.rowCount(core), 2);
    QCOMPARE(model.index(0, 0, core).data().toString(), u"c2"_s);
    QCOMPARE(model.parent(model.index(1, 3, core)), core);
    const QModelIndex unlabeled = model.index(2, 0);
    QCOMPARE(unlabeled.data().toString(), RevisionsModel::noLabelGroupName());
    QCOMPARE(model.rowCount(unlabeled), 4);
    const QModelIndex m2 = model.indexOfRevision(u"m2"_s, RevisionsModel::MessageColumn);
    QVERIFY(m2.isValid());
    QCOMPARE(m2.data().toString(), u"message m2"_s);
    QCOMPARE(m2.parent().data().toString(), u"mod"_s);
}

void TestRevisionsModel::databaseStateChangesDataOnly()
{
    for (const auto grouping : {RevisionsModel::Grouping::None, RevisionsModel::Grouping::BranchLabel}) {
        RevisionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setGraph(sample());
        model.setGrouping(grouping);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setDatabaseState({u"c2"_s}, {u"m1"_s, u"m2"_s});
        QCOMPARE(reset.count(), 0);
        QVERIFY(changed.count() > 0);
        QVERIFY(model.data(model.indexOfRevision(u"c2"_s), RevisionsModel::IsCurrentRole).toBool());
        QVERIFY(!model.data(model.indexOfRevision(u"c1"_s), RevisionsModel::IsCurrentRole).toBool());
        QVERIFY(model.data(model.indexOfRevision(u"m2"_s), RevisionsModel::IsPendingRole).toBool());
        changed.clear();
        model.setDatabaseState({u"c2"_s}, {u"m1"_s, u"m2"_s}); // no change, no signal
        QCOMPARE(changed.count(), 0);
        model.clearDatabaseState();
        QVERIFY(!model.data(model.indexOfRevision(u"c2"_s), RevisionsModel::IsCurrentRole).toBool());
    }
}

void TestRevisionsModel::switchingGraphsAndGrouping()
{
    RevisionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    model.setGrouping(RevisionsModel::Grouping::BranchLabel);
    model.setGraph(sample());
    model.setGraph(RevisionGraph::build({}));
    QCOMPARE(model.rowCount(), 0);
    model.setGraph(sample());
    model.setGrouping(RevisionsModel::Grouping::None);
    QCOMPARE(model.rowCount(), 8);
    model.setGrouping(RevisionsModel::Grouping::BranchLabel);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.index(5, 0).isValid());
    QVERIFY(!model.index(0, RevisionsModel::ColumnCount).isValid());
}

void TestRevisionsModel::diagnostics()
{
    RevisionDiagnosticsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const RevisionGraph g = sample();
    QVERIFY(!g.diagnostics().isEmpty());
    model.setDiagnostics(g.diagnostics());
    QCOMPARE(model.rowCount(), g.diagnostics().size());
    const QModelIndex first = model.index(0, RevisionDiagnosticsModel::MessageColumn);
    QCOMPARE(first.data().toString(), g.diagnostics().first().message);
    QCOMPARE(model.data(first, RevisionDiagnosticsModel::CodeRole).toString(), g.diagnostics().first().code);
    QCOMPARE(model.index(0, RevisionDiagnosticsModel::FileColumn).data().toString(), u"bad_m.py"_s);
    model.setDiagnostics({});
    QCOMPARE(model.rowCount(), 0);
    model.setDiagnostics(g.diagnostics());
    QCOMPARE(model.rowCount(), g.diagnostics().size());
}

QTEST_GUILESS_MAIN(TestRevisionsModel)
#include "tst_revisionsmodel.moc"
