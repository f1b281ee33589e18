// SPDX-License-Identifier: GPL-3.0-or-later
// The Dump files panel on the offscreen platform: the list of dumps, opening one, paging through a table of
// a million rows, the row's JSON, find by key, verify (intact and damaged), export and import through the
// dialogs (pre-flight first, Import only when it is clean), and a dump dropped onto a connection.
#include "connections/connectionsmodel.h"
#include "connectionspanel.h"
#include "dump/dumpio.h"
#include "dump/importer.h"
#include "dumpdialogs.h"
#include "dumpspanel.h"
#include "mainwindow.h"
#include "workspace/workspace.h"

#include "../dump/dumptestsupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Godwit;
using namespace Godwit::Dump;
using namespace Qt::StringLiterals;

class TestDumpsPanel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listsOpensAndPages();
    void millionRowsScroll();
    void verifyIntactAndDamaged();
    void exportThenImportThroughDialogs();
    void dropOntoConnection();
    void resumeAnInterruptedImport();

private:
    QTemporaryDir m_dir;
    QString workspace() const { return m_dir.filePath(u"ws"_s); }
    QString m_big; // a dump with a million-row table
};

void TestDumpsPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(u"godwit-tests"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    const Workspace ws(workspace());
    QVERIFY(ws.ensureCreated(true).ok());
    // One dump of the demo database in the workspace's dumps folder, and a million-row one beside it.
    auto demo = exportDatabase(GodwitTest::sqliteProfile(ws.demoDatabasePath()), {}, ws.dumpsDirectory() + u"/demo.tar.zst"_s, ExportOptions{}, nullptr);
    QVERIFY2(demo.ok(), qPrintable(demo.errorMessage()));
    const QString big = m_dir.filePath(u"big.sqlite3"_s);
    QVERIFY(GodwitTest::execOn(GodwitTest::sqliteProfile(big), {}, {
        u"CREATE TABLE readings (id INTEGER PRIMARY KEY, sensor TEXT NOT NULL, value REAL)"_s,
        u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000) INSERT INTO readings SELECT x, 'sensor-' || (x % 13), x / 8.0 FROM c"_s}).ok());
    m_big = ws.dumpsDirectory() + u"/million"_s;
    ExportOptions o;
    o.chunkRows = 5000;
    auto r = exportDatabase(GodwitTest::sqliteProfile(big), {}, m_big, o, nullptr);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
}

void TestDumpsPanel::listsOpensAndPages()
{
    MainWindow window(workspace());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPanel(MainWindow::DumpsPage);
    DumpsPanel *panel = window.dumpsPanel();
    QAbstractItemModelTester listTester(panel->listModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester tablesTester(panel->tablesModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(panel->listModel()->rowCount(), 2, 10000);
    const int demoRow = panel->listModel()->rowOf(Workspace(workspace()).dumpsDirectory() + u"/demo.tar.zst"_s);
    QVERIFY(demoRow >= 0);
    QCOMPARE(panel->listModel()->index(demoRow, DumpListModel::RowsColumn).data().toString(), QLocale().toString(6568));
    QVERIFY(panel->listModel()->index(demoRow, DumpListModel::SourceColumn).data().toString().startsWith(u"SQLite"_s));

    panel->openDump(panel->listModel()->entry(demoRow)->path);
    QTRY_COMPARE_WITH_TIMEOUT(panel->tablesModel()->rowCount(), 9, 10000);
    QAbstractItemModelTester rowsTester(panel->rowsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int part = panel->tablesModel()->manifest().tableIndex(u"part_part"_s);
    panel->openTable(part);
    QCOMPARE(panel->rowsModel()->rowCount(), 1200);
    QVERIFY(panel->rowsModel()->columnCount() > 5);
    // The first row is selected and shown as JSON.
    QTRY_VERIFY(panel->rowJsonView()->toPlainText().contains(u"\"id\": 1"_s));
    // Find by key: row of id 777.
    panel->findKey(u"777"_s);
    QTRY_COMPARE_WITH_TIMEOUT(panel->rowsView()->currentIndex().row(), 776, 10000);
    QVERIFY(panel->rowJsonView()->toPlainText().contains(u"\"id\": 777"_s));
}

void TestDumpsPanel::millionRowsScroll()
{
    MainWindow window(workspace());
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPanel(MainWindow::DumpsPage);
    DumpsPanel *panel = window.dumpsPanel();
    panel->openDump(m_big);
    QTRY_COMPARE_WITH_TIMEOUT(panel->tablesModel()->rowCount(), 1, 10000);
    panel->openTable(0);
    QCOMPARE(panel->rowsModel()->rowCount(), 1000000);
    // Jump around the table: only the chunks shown are read (5,000 rows each), never the whole table.
    QScrollBar *bar = panel->rowsView()->verticalScrollBar();
    QElapsedTimer clock;
    clock.start();
    for (int step = 0; step <= 20; ++step) {
        bar->setValue(bar->maximum() * step / 20);
        QCoreApplication::processEvents();
        panel->rowsView()->viewport()->repaint();
    }
    QVERIFY2(panel->rowsModel()->chunksLoaded() <= 44, qPrintable(QString::number(panel->rowsModel()->chunksLoaded())));
    const QModelIndex last = panel->rowsModel()->index(999999, 1);
    QCOMPARE(last.data().toString(), u"sensor-%1"_s.arg(1000000 % 13));
    QCOMPARE(panel->rowsModel()->index(999999, 0).data().toString(), u"1000000"_s);
    qInfo("21 jumps across a million rows in %lld ms, %d chunks read", clock.elapsed(), panel->rowsModel()->chunksLoaded());
}

void TestDumpsPanel::verifyIntactAndDamaged()
{
    MainWindow window(workspace());
    window.show();
    DumpsPanel *panel = window.dumpsPanel();
    QTRY_COMPARE_WITH_TIMEOUT(panel->listModel()->rowCount(), 2, 10000);
    panel->verifyDump(m_big);
    const int row = panel->listModel()->rowOf(m_big);
    QTRY_COMPARE_WITH_TIMEOUT(panel->listModel()->index(row, 0).data(DumpListModel::VerifyStateRole).toInt(), int(DumpEntry::Verified), 60000);
    // Damage one chunk: the list says so, with the reason.
    auto source = DumpSource::open(m_big);
    QVERIFY(source.ok());
    const QString chunk = (*source)->chunkPath((*source)->manifest().tables.first().chunks.at(3));
    QVERIFY(GodwitTest::rewriteFile(chunk, [](QByteArray &d) { d[100] = char(d[100] ^ 1); }));
    panel->verifyDump(m_big);
    QTRY_COMPARE_WITH_TIMEOUT(panel->listModel()->index(row, 0).data(DumpListModel::VerifyStateRole).toInt(), int(DumpEntry::Damaged), 60000);
    QVERIFY(panel->listModel()->index(row, DumpListModel::VerifiedColumn).data(Qt::ToolTipRole).toString().contains(u"SHA-256"_s));
    QVERIFY(GodwitTest::rewriteFile(chunk, [](QByteArray &d) { d[100] = char(d[100] ^ 1); })); // mend it for the other tests
}

void TestDumpsPanel::exportThenImportThroughDialogs()
{
    MainWindow window(workspace());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    DumpsPanel *panel = window.dumpsPanel();
    ConnectionsModel *connections = window.connectionsPanel()->model();
    const QString demoId = connections->profileAt(0).id;
    panel->exportConnection(demoId);
    ExportDialog *exportDialog = panel->exportDialog();
    QVERIFY(exportDialog);
    QTRY_COMPARE_WITH_TIMEOUT(exportDialog->tableCount(), 9, 10000);
    const QString out = m_dir.filePath(u"from-dialog.tar.gz"_s);
    exportDialog->setOutput(out);
    exportDialog->startExport();
    QTRY_VERIFY_WITH_TIMEOUT(exportDialog->exportDone(), 30000);
    QVERIFY(QFileInfo::exists(out));

    // A new SQLite connection as the target, then the import dialog.
    ConnectionProfile target = GodwitTest::sqliteProfile(m_dir.filePath(u"target.sqlite3"_s));
    target.name = u"Target"_s;
    QVERIFY(connections->upsert(target).ok());
    panel->importDump(out, target.id);
    ImportDialog *importDialog = panel->importDialog();
    QVERIFY(importDialog);
    QTRY_VERIFY_WITH_TIMEOUT(importDialog->preflightDone(), 30000);
    // The target has none of the tables: the pre-flight refuses until creating tables is allowed.
    QVERIFY(!importDialog->canImport());
    QVERIFY(importDialog->statusText().contains(u"problem"_s));
    importDialog->setRestoreMode(true); // clear + create tables
    QTRY_VERIFY_WITH_TIMEOUT(importDialog->preflightDone() && importDialog->canImport(), 30000);
    // For the README's screenshot: GODWIT_SCREENSHOT_DIR=docs/screenshots under Xvfb.
    if (const QString shots = qEnvironmentVariable("GODWIT_SCREENSHOT_DIR"); !shots.isEmpty()) {
        importDialog->resize(1100, 760);
        QTest::qWait(300);
        QVERIFY(importDialog->grab().save(QDir(shots).filePath(u"dumps-import.png"_s)));
    }
    importDialog->startImport();
    QTRY_VERIFY_WITH_TIMEOUT(importDialog->importDone(), 60000);
    QVERIFY2(importDialog->result().verified, qPrintable(importDialog->statusText()));
    QCOMPARE(importDialog->result().rowsWritten, 6568);
    QCOMPARE(GodwitTest::countRows(target, {}, u"stock_stockitem"_s), 3000);
}

// A checkpointed import stops at a row the target refuses (a trigger standing for any server-side check); the
// administrator fixes the target, opens the import again: the pre-flight says an interrupted import waits and
// points at the Resume option; with it ticked the import goes on and completes, every row once.
void TestDumpsPanel::resumeAnInterruptedImport()
{
    const QString src = m_dir.filePath(u"resume-src.sqlite3"_s);
    QVERIFY(GodwitTest::execOn(GodwitTest::sqliteProfile(src), {}, {
        u"CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"_s,
        u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 2500) "
        "INSERT INTO items SELECT x, CASE x WHEN 2100 THEN 'poison' ELSE 'item ' || x END FROM c"_s}).ok());
    const QString dump = m_dir.filePath(u"resume-dump"_s);
    QVERIFY(exportDatabase(GodwitTest::sqliteProfile(src), {}, dump, ExportOptions{}, nullptr).ok());
    ConnectionProfile target = GodwitTest::sqliteProfile(m_dir.filePath(u"resume-target.sqlite3"_s));
    target.name = u"Resume target"_s;
    QVERIFY(GodwitTest::execOn(target, {}, {
        u"CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL)"_s,
        u"CREATE TRIGGER refuse BEFORE INSERT ON items WHEN NEW.name = 'poison' BEGIN SELECT RAISE(ABORT, 'refused by the target'); END"_s}).ok());
    auto source = DumpSource::open(dump);
    QVERIFY(source.ok());
    ImportOptions checkpointed;
    checkpointed.checkpoint = true;
    auto stopped = importDump(**source, target, {}, checkpointed, nullptr);
    QVERIFY(!stopped.ok());
    QVERIFY2(stopped.errorMessage().contains(u"chunk 3 of 3"_s), qPrintable(stopped.errorMessage()));
    QCOMPARE(GodwitTest::countRows(target, {}, u"items"_s), 2000);
    QVERIFY(GodwitTest::execOn(target, {}, {u"DROP TRIGGER refuse"_s}).ok());

    MainWindow window(workspace());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ConnectionsModel *connections = window.connectionsPanel()->model();
    QVERIFY(connections->upsert(target).ok());
    DumpsPanel *panel = window.dumpsPanel();
    panel->importDump(dump, target.id);
    ImportDialog *dialog = panel->importDialog();
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->preflightDone(), 30000);
    QVERIFY(!dialog->canImport());
    QVERIFY2(dialog->statusText().contains(u"Resume the interrupted import"_s), qPrintable(dialog->statusText()));
    auto *resume = dialog->findChild<QCheckBox *>(u"resumeCheck"_s);
    QVERIFY(resume);
    resume->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->preflightDone() && dialog->canImport(), 30000);
    dialog->startImport();
    QTRY_VERIFY_WITH_TIMEOUT(dialog->importDone(), 60000);
    QVERIFY2(dialog->result().verified, qPrintable(dialog->statusText()));
    QCOMPARE(dialog->result().rowsWritten, 500);
    QCOMPARE(GodwitTest::countRows(target, {}, u"items"_s), 2500);
}

void TestDumpsPanel::dropOntoConnection()
{
    MainWindow window(workspace());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    bool dropped = false;
    QString droppedPath, droppedId;
    connect(window.connectionsPanel(), &ConnectionsPanel::dumpDropped, this, [&](const QString &p, const QString &id) {
        dropped = true;
        droppedPath = p;
        droppedId = id;
    });
    auto *view = window.connectionsPanel()->findChild<QAbstractItemView *>(u"connectionsView"_s);
    QVERIFY(view);
    const QRect r = view->visualRect(view->model()->index(0, 0));
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(m_big + u"/manifest.json"_s)});
    QDragEnterEvent enter(r.center(), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(view->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(r.center()), Qt::CopyAction, &mime, Qt::LeftButton, {});
    QCoreApplication::sendEvent(view->viewport(), &drop);
    QVERIFY(dropped);
    QCOMPARE(droppedPath, m_big);
    QCOMPARE(droppedId, window.connectionsPanel()->model()->profileAt(0).id);
    // The main window switched to the Dump files panel with the import dialog open on that target.
    QCOMPARE(window.currentPanel(), MainWindow::DumpsPage);
    QVERIFY(window.dumpsPanel()->importDialog());
    QCOMPARE(window.dumpsPanel()->importDialog()->targetId(), droppedId);
    QCOMPARE(window.dumpsPanel()->importDialog()->dumpPath(), m_big);
}

QTEST_MAIN(TestDumpsPanel)
#include "tst_dumpspanel.moc"
