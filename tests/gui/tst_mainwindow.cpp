// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"
#include "browse/browsemodel.h"
#include "connectiondialog.h"
#include "connections/connectionsmodel.h"
#include "connectionspanel.h"
#include "dumpspanel.h"
#include "jobs/jobsmodel.h"
#include "language.h"
#include "mainwindow.h"
#include "indexmigrationspanel.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Godwit;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensOnDemoWorkspace();
    void everyPanelReachable();
    void browseTreeLoads();
    void jobShowsProgressAndCancelsPromptly();
    void connectionDialogFillsFromUrl();
    void aboutListsComponents();
    void languageSwitchRetranslates();

private:
    QTemporaryDir m_dir;
    QString workspace() const { return m_dir.filePath(QStringLiteral("ws")); }
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("godwit-tests"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
    QVERIFY(Workspace(workspace()).ensureCreated(true).ok());
}

void TestMainWindow::opensOnDemoWorkspace()
{
    MainWindow window(workspace());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.connectionsPanel()->model()->rowCount(), 2); // the demo InvenTree and Invenio databases
    QCOMPARE(window.connectionsPanel()->model()->profileAt(0).engine, Engine::SQLite);
    QVERIFY(!window.windowIcon().isNull());
}

void TestMainWindow::everyPanelReachable()
{
    MainWindow window(workspace());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("stack"));
    QVERIFY(nav && stack);
    QCOMPARE(nav->count(), int(MainWindow::PageCount));
    for (int i = 0; i < MainWindow::PageCount; ++i) {
        // By mouse on the navigation…
        const QRect r = nav->visualItemRect(nav->item(i));
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, r.center());
        QCOMPARE(stack->currentIndex(), i);
        QCOMPARE(window.currentPanel(), MainWindow::Panel(i));
        QVERIFY(stack->currentWidget()->isVisible());
    }
    // …and by keyboard (Alt+1 back to Connections).
    QTest::keyClick(&window, Qt::Key_1, Qt::AltModifier);
    QCOMPARE(window.currentPanel(), MainWindow::ConnectionsPage);
    QVERIFY(qobject_cast<DumpsPanel *>(window.panel(MainWindow::DumpsPage)));
    QVERIFY(qobject_cast<IndexMigrationsPanel *>(window.panel(MainWindow::IndexMigrationsPage)));
}

void TestMainWindow::browseTreeLoads()
{
    MainWindow window(workspace());
    window.show();
    BrowseModel *browse = window.connectionsPanel()->browseModel();
    QAbstractItemModelTester tester(browse, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The demo connection is selected at start and its structure loads through a job.
    QTRY_VERIFY_WITH_TIMEOUT(browse->rowCount() == 3
                                 && browse->index(0, 0).data().toString().startsWith(QLatin1String("Tables")), 10000);
    const QModelIndex tables = browse->index(0, 0);
    QCOMPARE(browse->rowCount(tables), 9);
    auto *view = window.findChild<QTreeView *>(QStringLiteral("browseView"));
    QVERIFY(view && view->isVisible());
}

void TestMainWindow::jobShowsProgressAndCancelsPromptly()
{
    MainWindow window(workspace());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    JobManager *jobs = window.jobs();
    const JobId id = jobs->start(QStringLiteral("Long test job"), [](JobContext &ctx) {
        ctx.setUnit(QStringLiteral("rows"));
        ctx.setTotal(1'000'000);
        for (qint64 i = 0; i < 1'000'000; i += 1000) {
            if (ctx.isCanceled())
                return JobOutcome::failure(ctx.canceledError());
            ctx.setDone(i);
            QThread::msleep(5);
        }
        return JobOutcome::success();
    });
    JobsModel *model = jobs->model();
    const QModelIndex row = model->indexOf(id);
    QVERIFY(row.isValid());
    // Progress becomes visible in the model the Jobs dock shows.
    QTRY_VERIFY_WITH_TIMEOUT(model->indexOf(id, JobsModel::ProgressColumn).data(JobsModel::ProgressRole).toInt() > 0, 5000);
    QVERIFY(!model->indexOf(id, JobsModel::ThroughputColumn).data().toString().isEmpty());
    auto *view = window.findChild<QTreeView *>(QStringLiteral("jobsView"));
    QCOMPARE(view->model(), model);
    view->setCurrentIndex(model->indexOf(id));
    auto *cancel = window.findChild<QPushButton *>(QStringLiteral("cancelJobButton"));
    QTRY_VERIFY(cancel->isEnabled());
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(JobStatus(model->indexOf(id).data(JobsModel::StatusRole).toInt()), JobStatus::Canceled, 2000);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QStringLiteral("cancel took %1 ms").arg(clock.elapsed())));
    QVERIFY(!cancel->isEnabled());
}

void TestMainWindow::connectionDialogFillsFromUrl()
{
    JobManager jobs;
    ConnectionDialog dialog(&jobs, ConnectionProfile{}, false);
    QCOMPARE(dialog.fillFromUrl(QStringLiteral("postgresql+psycopg2://invenio:s3cr%40t@db.example.org:5433/invenio")), QString());
    const ConnectionProfile p = dialog.profile();
    QCOMPARE(p.engine, Engine::PostgreSQL);
    QCOMPARE(p.host, QStringLiteral("db.example.org"));
    QCOMPARE(p.port, 5433);
    QCOMPARE(p.database, QStringLiteral("invenio"));
    QCOMPARE(p.user, QStringLiteral("invenio"));
    QCOMPARE(dialog.secret(), QStringLiteral("s3cr@t"));
    // The pasted URL (with its password) does not stay on screen, and the profile holds no secret.
    QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("pasteEdit"))->text().isEmpty());
    QVERIFY(!QJsonDocument(p.toJson()).toJson().contains("s3cr"));
    QVERIFY(!dialog.fillFromUrl(QStringLiteral("ftp://nope")).isEmpty());
}

void TestMainWindow::aboutListsComponents()
{
    AboutDialog about;
    auto *table = about.findChild<QTableWidget *>(QStringLiteral("componentsTable"));
    QVERIFY(table);
    QStringList names;
    for (int r = 0; r < table->rowCount(); ++r)
        names << table->item(r, 0)->text();
    QVERIFY(names.contains(QStringLiteral("Qt (runtime)")));
    QVERIFY(names.contains(QStringLiteral("libarchive")));
    QVERIFY(names.contains(QStringLiteral("QtKeychain")));
}

void TestMainWindow::languageSwitchRetranslates()
{
    MainWindow window(workspace());
    window.show();
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    Language::apply(QStringLiteral("en"));
    QCOMPARE(nav->item(0)->text(), QStringLiteral("Connections"));
    Language::apply(QStringLiteral("fr"));
    QCOMPARE(Language::current(), QStringLiteral("fr"));
    QTRY_COMPARE(nav->item(0)->text(), QStringLiteral("Connexions"));
    Language::apply(QStringLiteral("de"));
    QCOMPARE(Language::current(), QStringLiteral("de"));
    QTRY_COMPARE(nav->item(0)->text(), QStringLiteral("Verbindungen"));
    Language::apply(QStringLiteral("en"));
    QTRY_COMPARE(nav->item(0)->text(), QStringLiteral("Connections"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
