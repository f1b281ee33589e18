// SPDX-License-Identifier: GPL-3.0-or-later
// The Schema revisions panel on the offscreen platform: the demo environment drawn, the demo database marked,
// search, filters, selection sync, layouts, exports, a new revision and a merge written and reloaded.
#include "connectionspanel.h"
#include "mainwindow.h"
#include "revisiondialogs.h"
#include "revisiongraphview.h"
#include "revisions/revisionsmodel.h"
#include "revisions/revisionwriter.h"
#include "revisionspanel.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Godwit;
using namespace Qt::StringLiterals;

class TestRevisionsPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void demoDrawnAndMarked();
    void searchSelectsAndSyncsList();
    void filters();
    void graphvizLayout();
    void exports();
    void newRevisionAndMerge();
    void brokenEnvironmentReported();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    RevisionsPanel *panel() const { return m_window->revisionsPanel(); }
};

void TestRevisionsPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    const QString ws = m_dir.filePath(u"ws"_s);
    QVERIFY(Workspace(ws).ensureCreated().ok());
    m_window = std::make_unique<MainWindow>(ws);
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->showPanel(MainWindow::RevisionsPage);
}

void TestRevisionsPanel::demoDrawnAndMarked()
{
    // First start: the demo environment opens by itself, compared with the demo database.
    QTRY_COMPARE_WITH_TIMEOUT(panel()->graph().size(), 26, 20000);
    RevisionGraphView *view = panel()->graphView();
    QCOMPARE(view->itemCount(), 26);
    QCOMPARE(view->revisionLayout().overlapCount(), 0);
    QVERIFY(view->isVisible());
    QAbstractItemModelTester tester(panel()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(panel()->model()->rowCount(), 26);

    QTRY_COMPARE_WITH_TIMEOUT(panel()->databaseCount(), 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!panel()->databaseStatus(0).current.isEmpty(), 20000);
    QVERIFY2(panel()->databaseError(0).isEmpty(), qPrintable(panel()->databaseError(0)));
    const RevisionStatus s = panel()->databaseStatus(0);
    QVERIFY(s.database.tableExists);
    QCOMPARE(s.database.versions.size(), 6);
    QVERIFY(!s.atHeads);
    // What an upgrade would apply, in order: every pending revision comes after its parents.
    QVERIFY(s.pending.size() >= 5);
    const RevisionGraph &g = panel()->graph();
    for (int i = 0; i < s.pending.size(); ++i)
        for (int p : g.node(s.pending.at(i)).parents)
            QVERIFY(!s.pending.mid(i + 1).contains(p));
    auto *list = panel()->findChild<QTreeWidget *>(u"databaseList"_s);
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->childCount(), int(s.current.size() + s.pending.size()));
    QVERIFY(list->topLevelItem(0)->text(1).contains(QString::number(s.pending.size())));
}

void TestRevisionsPanel::searchSelectsAndSyncsList()
{
    panel()->setSearchText(u"pidstore"_s);
    RevisionGraphView *view = panel()->graphView();
    QCOMPARE(view->matches().size(), 1); // "Create pidstore tables."
    const int hit = view->matches().first();
    QCOMPARE(panel()->graph().node(hit).id(), u"999c62899c20"_s);
    QCOMPARE(view->currentRevision(), hit);
    auto *details = panel()->findChild<QLabel *>(u"revisionDetails"_s);
    QVERIFY(details->text().contains(u"999c62899c20"_s));
    auto *script = panel()->findChild<QPlainTextEdit *>(u"revisionScript"_s);
    QVERIFY(script->toPlainText().contains(u"revision = \"999c62899c20\""_s));
    // The list filters to the hits and selects the same revision.
    auto *tree = panel()->findChild<QTreeView *>(u"revisionList"_s);
    QCOMPARE(tree->model()->rowCount(), 1);
    QCOMPARE(tree->currentIndex().data(RevisionsModel::RevisionIdRole).toString(), u"999c62899c20"_s);

    // An id prefix works too; Enter walks the hits.
    panel()->setSearchText(u"a"_s);
    const QList<int> hits = view->matches();
    QVERIFY(hits.size() > 2);
    const int first = view->currentRevision();
    panel()->findNext();
    QVERIFY(view->currentRevision() != first);
    panel()->setSearchText(QString());
    QVERIFY(view->matches().isEmpty());
    QCOMPARE(tree->model()->rowCount(), 26);

    // Selecting in the list selects in the graph.
    const QModelIndex row = tree->model()->index(3, 0);
    tree->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(panel()->graph().node(view->currentRevision()).id(), row.data(RevisionsModel::RevisionIdRole).toString());
}

void TestRevisionsPanel::filters()
{
    RevisionFilterProxy *proxy = panel()->filterModel();
    QAbstractItemModelTester tester(proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy->setHeadsOnly(true);
    QCOMPARE(proxy->rowCount(), int(panel()->graph().heads().size()));
    proxy->setHeadsOnly(false);
    proxy->setBranch(u"invenio_oauthclient"_s);
    QCOMPARE(proxy->rowCount(), int(panel()->graph().revisionsWithLabel(u"invenio_oauthclient"_s).size()));
    QCOMPARE(proxy->rowCount(), 5);
    proxy->setBranch(QString());
    QCOMPARE(proxy->rowCount(), 26);
}

void TestRevisionsPanel::graphvizLayout()
{
    panel()->setLayoutEngine(RevisionLayoutEngine::Graphviz);
    QTRY_COMPARE_WITH_TIMEOUT(panel()->graphView()->revisionLayout().engine, RevisionLayoutEngine::Graphviz, 20000);
    QCOMPARE(panel()->graphView()->itemCount(), 26);
    QCOMPARE(panel()->graphView()->revisionLayout().overlapCount(), 0);
    panel()->setLayoutEngine(RevisionLayoutEngine::Layered);
    QTRY_COMPARE_WITH_TIMEOUT(panel()->graphView()->revisionLayout().engine, RevisionLayoutEngine::Layered, 20000);
}

void TestRevisionsPanel::exports()
{
    const QString svg = m_dir.filePath(u"g.svg"_s), png = m_dir.filePath(u"g.png"_s), dot = m_dir.filePath(u"g.dot"_s);
    panel()->exportGraph(svg);
    panel()->exportGraph(png);
    panel()->exportGraph(dot);
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("5f2c9a1e7b4d"));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 500);
    // Not blank: the boxes and edges are there.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 10);
    QFile d(dot);
    QVERIFY(d.open(QIODevice::ReadOnly));
    QVERIFY(d.readAll().contains("fillcolor")); // the database's current revisions are filled
}

void TestRevisionsPanel::newRevisionAndMerge()
{
    const RevisionGraph before = panel()->graph();
    const int heads = int(before.heads().size());
    // A child of the oauthclient merge, through the dialog's request (as if typed).
    NewRevisionDialog dialog(NewRevisionDialog::Mode::Revision, panel()->config(), before, {u"a3f5a8635cbb"_s});
    dialog.setMessage(u"add oauth token index"_s);
    QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    const QRegularExpression parentLine(u"^down_revision[^=]*=\\s*['\"]a3f5a8635cbb['\"]"_s, QRegularExpression::MultilineOption);
    QVERIFY2(parentLine.match(dialog.previewText()).hasMatch(), qPrintable(dialog.previewText()));
    auto written = RevisionWriter(panel()->config(), before).write(dialog.request());
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    // Not a head: the dialog says why before anything is written.
    NewRevisionDialog bad(NewRevisionDialog::Mode::Revision, panel()->config(), before, {u"9848d0149abd"_s});
    bad.setMessage(u"x"_s);
    QVERIFY(!bad.problem().isEmpty());

    panel()->reload();
    QTRY_COMPARE_WITH_TIMEOUT(panel()->graph().size(), 27, 20000);
    QCOMPARE(int(panel()->graph().heads().size()), heads);
    QCOMPARE(panel()->graphView()->itemCount(), 27);

    // Merge two heads: one head fewer.
    const QStringList two{u"f2522cdd5fcd"_s, u"f615cee99600"_s};
    NewRevisionDialog merge(NewRevisionDialog::Mode::Merge, panel()->config(), panel()->graph(), two);
    merge.setMessage(u"merge accounts and pidstore"_s);
    QVERIFY2(merge.problem().isEmpty(), qPrintable(merge.problem()));
    written = RevisionWriter(panel()->config(), panel()->graph()).write(merge.request());
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    panel()->reload();
    QTRY_COMPARE_WITH_TIMEOUT(panel()->graph().size(), 28, 20000);
    QCOMPARE(int(panel()->graph().heads().size()), heads - 1);
    const int m = panel()->graph().indexOf(written->revision);
    QVERIFY(m >= 0);
    QVERIFY(panel()->graph().node(m).mergePoint);
}

void TestRevisionsPanel::brokenEnvironmentReported()
{
    // A script with a syntax error: reported with path and line, the rest still drawn.
    QTemporaryDir dir;
    QFile ok(dir.filePath(u"aaa_one.py"_s));
    QVERIFY(ok.open(QIODevice::WriteOnly));
    ok.write("revision = 'aaa'\ndown_revision = None\n");
    ok.close();
    QFile broken(dir.filePath(u"bbb_two.py"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("revision = 'bbb'\ndown_revision = ('aaa'\n");
    broken.close();
    panel()->openEnvironment(dir.path());
    QTRY_VERIFY_WITH_TIMEOUT(!panel()->isLoading() && panel()->environmentPath() == dir.path() && panel()->graph().size() == 1, 20000);
    QVERIFY(panel()->graph().errorCount() > 0);
    auto *summary = panel()->findChild<QLabel *>(u"revisionSummary"_s);
    QVERIFY(summary->text().contains(u"error"_s));
    // A path that does not exist: an error line, the previous graph kept.
    panel()->openEnvironment(dir.filePath(u"missing/alembic.ini"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!panel()->isLoading() && summary->text().contains(u"Could not read"_s), 20000);
    QCOMPARE(panel()->graph().size(), 1);
}

QTEST_MAIN(TestRevisionsPanel)
#include "tst_revisionspanel.moc"
