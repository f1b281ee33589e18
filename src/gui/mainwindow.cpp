// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "aboutdialog.h"
#include "connectionspanel.h"
#include "decorations.h"
#include "delegates.h"
#include "jobs/jobsmodel.h"
#include "language.h"
#include "log/log.h"
#include "dumpspanel.h"
#include "indexmigrationspanel.h"
#include "preferencesdialog.h"
#include "revisionspanel.h"
#include "ui_mainwindow.h"
#include "workspace/workspace.h"

#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QFileInfo>
#include <QSettings>

// The icons live in the static godwit-gui library: their resource must be registered explicitly.
static void initGuiResources() { Q_INIT_RESOURCE(icons); }

namespace Godwit {

MainWindow::MainWindow(const QString &workspaceDir, QWidget *parent)
    : QMainWindow(parent), ui(std::make_unique<Ui::MainWindow>()), m_workspace(workspaceDir),
      m_jobs(new JobManager(this)), m_log(new LogModel(this)), m_jobsStatus(new QLabel(this))
{
    initGuiResources();
    ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/org.godwit.Godwit.svg")));
    connect(Log::instance(), &Log::entryAdded, m_log, &LogModel::append);

    Workspace ws(workspaceDir);
    m_connections = new ConnectionsPanel(m_jobs, ws.connectionsFile(), this);
    ui->stack->addWidget(m_connections);
    m_dumps = new DumpsPanel(m_jobs, m_connections, workspaceDir, this);
    ui->stack->addWidget(m_dumps);
    connect(m_dumps, &DumpsPanel::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 10000); });
    // A dump dropped onto a connection opens the import dialog with that connection as the target.
    connect(m_connections, &ConnectionsPanel::dumpDropped, this, [this](const QString &path, const QString &connectionId) {
        showPanel(DumpsPage);
        m_dumps->importDump(path, connectionId);
    });
    m_revisions = new RevisionsPanel(m_jobs, m_connections, this);
    ui->stack->addWidget(m_revisions);
    connect(m_revisions, &RevisionsPanel::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 10000); });
    m_indexes = new IndexMigrationsPanel(m_jobs, m_connections, workspaceDir, this);
    ui->stack->addWidget(m_indexes);
    connect(m_indexes, &IndexMigrationsPanel::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 10000); });
    connect(m_connections, &ConnectionsPanel::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 10000); });

    setupNavigation();
    setupDocks();

    ui->actionNewConnection->setIcon(themedIcon(QStringLiteral("add")));
    ui->actionImportConfig->setIcon(themedIcon(QStringLiteral("import")));
    ui->actionPreferences->setIcon(themedIcon(QStringLiteral("settings")));
    ui->actionAbout->setIcon(themedIcon(QStringLiteral("about")));
    connect(ui->actionNewConnection, &QAction::triggered, this, [this] {
        showPanel(ConnectionsPage);
        m_connections->newConnection();
    });
    connect(ui->actionImportConfig, &QAction::triggered, this, [this] {
        showPanel(ConnectionsPage);
        m_connections->importConfig();
    });
    connect(ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);

    statusBar()->addPermanentWidget(m_jobsStatus);
    connect(m_jobs, &JobManager::jobStarted, this, &MainWindow::updateStatusJobs);
    connect(m_jobs, &JobManager::jobFinished, this, &MainWindow::updateStatusJobs);
    updateStatusJobs();
    restoreWindowState();
    Log::info(tr("Godwit"), tr("Workspace: %1").arg(workspaceDir));
}

MainWindow::~MainWindow() = default;

void MainWindow::setupNavigation()
{
    const char *icons[] = {"connections", "dumps", "revisions", "indexes"};
    for (const char *icon : icons) {
        auto *item = new QListWidgetItem(themedIcon(QString::fromLatin1(icon)), QString(), ui->navigation);
        item->setSizeHint(QSize(0, 44));
    }
    retranslateNavigation();
    ui->navigation->setFixedWidth(200);
    connect(ui->navigation, &QListWidget::currentRowChanged, ui->stack, &QStackedWidget::setCurrentIndex);
    ui->navigation->setCurrentRow(0);
    // Alt+1…4 jump to the panels.
    for (int i = 0; i < PageCount; ++i) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this, [this, i] { showPanel(Panel(i)); });
        addAction(action);
    }
}

void MainWindow::retranslateNavigation()
{
    const QString names[] = {tr("Connections"), tr("Dump files"), tr("Schema revisions"), tr("Index migrations")};
    for (int i = 0; i < PageCount && i < ui->navigation->count(); ++i) {
        ui->navigation->item(i)->setText(names[i]);
        ui->navigation->item(i)->setToolTip(tr("%1 (Alt+%2)").arg(names[i]).arg(i + 1));
    }
}

void MainWindow::setupDocks()
{
    ui->jobsView->setModel(m_jobs->model());
    ui->jobsView->setItemDelegateForColumn(JobsModel::ProgressColumn, new JobProgressDelegate(this));
    ui->jobsView->header()->resizeSection(JobsModel::TitleColumn, 260);
    ui->jobsView->header()->resizeSection(JobsModel::ProgressColumn, 220);
    ui->jobsView->header()->resizeSection(JobsModel::ThroughputColumn, 110);
    ui->jobsView->header()->resizeSection(JobsModel::TimeColumn, 130);
    ui->cancelJobButton->setIcon(themedIcon(QStringLiteral("cancel")));
    connect(ui->cancelJobButton, &QPushButton::clicked, this, [this] {
        m_jobs->cancel(m_jobs->model()->jobId(ui->jobsView->currentIndex()));
    });
    connect(ui->clearJobsButton, &QPushButton::clicked, m_jobs, &JobManager::clearFinished);
    connect(ui->jobsView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateJobActions);
    connect(m_jobs->model(), &QAbstractItemModel::dataChanged, this, &MainWindow::updateJobActions);
    connect(m_jobs, &JobManager::jobStarted, this, [this](JobId id) {
        ui->jobsView->setCurrentIndex(m_jobs->model()->indexOf(id));
    });
    updateJobActions();

    ui->logView->setModel(m_log);
    ui->logView->header()->resizeSection(LogModel::TimeColumn, 80);
    ui->logView->header()->resizeSection(LogModel::LevelColumn, 80);
    ui->logView->header()->resizeSection(LogModel::SourceColumn, 180);
    connect(m_log, &QAbstractItemModel::rowsInserted, ui->logView, &QAbstractItemView::scrollToBottom);

    tabifyDockWidget(ui->jobsDock, ui->logDock);
    ui->jobsDock->raise();
    ui->jobsDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    ui->logDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    ui->menuView->addAction(ui->jobsDock->toggleViewAction());
    ui->menuView->addAction(ui->logDock->toggleViewAction());
}

void MainWindow::updateJobActions()
{
    ui->cancelJobButton->setEnabled(ui->jobsView->currentIndex().data(JobsModel::CanCancelRole).toBool());
}

void MainWindow::updateStatusJobs()
{
    const int running = m_jobs->runningCount();
    m_jobsStatus->setText(running ? tr("%n job(s) running", nullptr, running) : tr("Idle"));
}

void MainWindow::showPanel(Panel panel)
{
    ui->navigation->setCurrentRow(int(panel));
}

MainWindow::Panel MainWindow::currentPanel() const { return Panel(ui->stack->currentIndex()); }
QWidget *MainWindow::panel(Panel panel) const { return ui->stack->widget(int(panel)); }

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_workspace, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [dialog] {
        const QString code = dialog->languageCode();
        if (code != Language::saved()) {
            Language::save(code);
            Language::apply(code);
        }
    });
    dialog->open();
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray()))
        resizeDocks({ui->jobsDock}, {170}, Qt::Vertical);
    m_connections->restoreState(settings.value(QStringLiteral("connections/splitter")).toByteArray());
    const QByteArray revisions = settings.value(QStringLiteral("revisions/state")).toByteArray();
    if (!revisions.isEmpty()) {
        m_revisions->restoreState(revisions);
    } else {
        // First start: the demo environment, compared with the demo database.
        const Workspace ws(m_workspace);
        if (QFileInfo::exists(ws.demoRevisionsPath())) {
            m_revisions->openEnvironment(ws.demoRevisionsPath());
            for (int row = 0; row < m_connections->model()->rowCount(); ++row)
                if (m_connections->model()->profileAt(row).database == ws.demoInvenioDatabasePath())
                    m_revisions->addDatabase(m_connections->model()->profileAt(row).id);
        }
    }
    showPanel(Panel(qBound(0, settings.value(QStringLiteral("window/panel"), 0).toInt(), PageCount - 1)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/panel"), int(currentPanel()));
    settings.setValue(QStringLiteral("connections/splitter"), m_connections->saveState());
    settings.setValue(QStringLiteral("revisions/state"), m_revisions->saveState());
    m_jobs->cancelAll();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        retranslateNavigation();
        updateStatusJobs();
    }
    QMainWindow::changeEvent(event);
}

} // namespace Godwit
