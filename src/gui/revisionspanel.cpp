// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisionspanel.h"

#include "connectionspanel.h"
#include "decorations.h"
#include "pythonhighlighter.h"
#include "revisiondialogs.h"
#include "revisiongraphview.h"
#include "revisions/revisioncommand.h"
#include "revisions/revisionexport.h"
#include "revisions/revisionsmodel.h"
#include "revisions/revisionwriter.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Godwit {

namespace {

// Database badge colours: distinct from the branch palette (darker, saturated).
QColor databaseColor(int index)
{
    static const QColor colors[] = {QColor(0x1b, 0x5e, 0x20), QColor(0xb7, 0x1c, 0x1c), QColor(0x0d, 0x47, 0xa1),
                                    QColor(0x4a, 0x14, 0x8c), QColor(0xe6, 0x51, 0x00), QColor(0x00, 0x60, 0x64)};
    return colors[index % int(sizeof(colors) / sizeof(colors[0]))];
}

struct Loaded
{
    AlembicConfig config;
    RevisionGraph graph;
    RevisionLayout layout;
    qint64 loadMs = 0;
    qint64 layoutMs = 0;
};

QString settingsKey(const QString &path)
{
    return QString::fromLatin1(QCryptographicHash::hash(QFileInfo(path).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace

} // namespace Godwit

Q_DECLARE_METATYPE(Godwit::Loaded)

namespace Godwit {

RevisionsPanel::RevisionsPanel(JobManager *jobs, ConnectionsPanel *connections, QWidget *parent)
    : QWidget(parent), m_jobs(jobs), m_connections(connections), m_model(new RevisionsModel(this)),
      m_proxy(new RevisionFilterProxy(this)), m_diagnostics(new RevisionDiagnosticsModel(this))
{
    m_proxy->setSourceModel(m_model);
    buildUi();
    retranslate();
    updateActions();
}

RevisionsPanel::~RevisionsPanel() = default;

void RevisionsPanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(18, 18));
    m_openAction = toolbar->addAction(themedIcon(QStringLiteral("open")), QString(), this, &RevisionsPanel::openDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_reloadAction = toolbar->addAction(themedIcon(QStringLiteral("refresh")), QString(), this, &RevisionsPanel::reload);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    m_reloadAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    toolbar->addSeparator();
    m_newAction = toolbar->addAction(themedIcon(QStringLiteral("add")), QString(), this, &RevisionsPanel::newRevision);
    m_mergeAction = toolbar->addAction(themedIcon(QStringLiteral("merge")), QString(), this, &RevisionsPanel::mergeHeads);
    m_runAction = toolbar->addAction(themedIcon(QStringLiteral("run")), QString(), this, [this] { runCommand(); });
    toolbar->addSeparator();
    m_zoomInAction = toolbar->addAction(themedIcon(QStringLiteral("zoom-in")), QString());
    m_zoomOutAction = toolbar->addAction(themedIcon(QStringLiteral("zoom-out")), QString());
    m_fitAction = toolbar->addAction(themedIcon(QStringLiteral("zoom-fit")), QString());
    for (QAction *a : {m_zoomInAction, m_zoomOutAction, m_fitAction})
        if (auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_layoutCombo = new QComboBox(this);
    m_layoutCombo->addItem(QString(), int(RevisionLayoutEngine::Layered));
    m_layoutCombo->addItem(QString(), int(RevisionLayoutEngine::Graphviz));
    toolbar->addWidget(m_layoutCombo);
    m_exportAction = toolbar->addAction(themedIcon(QStringLiteral("export")), QString(), this, [this] {
        QString selectedFilter;
        const QString base = m_config.iniPath.isEmpty() ? QDir::homePath() + QStringLiteral("/revisions")
                                                        : QFileInfo(m_config.iniPath).absolutePath() + QStringLiteral("/revisions");
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the graph"), base + QStringLiteral(".svg"),
                                                          tr("SVG image (*.svg);;PNG image (*.png);;Graphviz DOT (*.dot)"), &selectedFilter);
        if (!path.isEmpty())
            exportGraph(path);
    });
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(280);
    m_search->setObjectName(QStringLiteral("revisionSearch"));
    toolbar->addWidget(m_search);
    layout->addWidget(toolbar);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("revisionsSplitter"));

    // Left: the list, with filters.
    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    auto *filters = new QHBoxLayout;
    m_branchCombo = new QComboBox(left);
    m_branchCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_branchCombo->setMinimumContentsLength(10);
    m_headsOnly = new QCheckBox(left);
    m_grouped = new QCheckBox(left);
    filters->addWidget(m_branchCombo, 1);
    filters->addWidget(m_headsOnly);
    filters->addWidget(m_grouped);
    leftLayout->addLayout(filters);
    m_tree = new QTreeView(left);
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setObjectName(QStringLiteral("revisionList"));
    for (int c = RevisionsModel::BranchColumn; c < RevisionsModel::ColumnCount; ++c)
        m_tree->setColumnHidden(c, c != RevisionsModel::BranchColumn);
    leftLayout->addWidget(m_tree, 1);

    // Middle: the graph.
    auto *middle = new QWidget(m_splitter);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->setSpacing(0);
    m_view = new RevisionGraphView(middle);
    m_view->setObjectName(QStringLiteral("revisionGraph"));
    m_empty = new QLabel(middle);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::RichText);
    middleLayout->addWidget(m_empty, 1);
    middleLayout->addWidget(m_view, 1);
    m_summary = new QLabel(middle);
    m_summary->setContentsMargins(6, 3, 6, 3);
    m_summary->setObjectName(QStringLiteral("revisionSummary"));
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long path must not widen the window
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    middleLayout->addWidget(m_summary);

    // Right: details, databases, problems.
    m_tabs = new QTabWidget(m_splitter);
    auto *detailsPage = new QWidget(m_tabs);
    auto *detailsLayout = new QVBoxLayout(detailsPage);
    m_details = new QLabel(detailsPage);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setObjectName(QStringLiteral("revisionDetails"));
    m_details->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    connect(m_details, &QLabel::linkActivated, this, [this](const QString &link) {
        const int node = m_graph.indexOf(link.section(u':', 1));
        if (node >= 0)
            m_view->selectRevision(node, true);
    });
    m_script = new QPlainTextEdit(detailsPage);
    m_script->setReadOnly(true);
    m_script->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_script->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_script->setObjectName(QStringLiteral("revisionScript"));
    new PythonHighlighter(m_script->document());
    detailsLayout->addWidget(m_details);
    detailsLayout->addWidget(m_script, 1);
    m_tabs->addTab(detailsPage, QString());

    auto *dbPage = new QWidget(m_tabs);
    auto *dbLayout = new QVBoxLayout(dbPage);
    auto *dbButtons = new QHBoxLayout;
    m_addDbButton = new QToolButton(dbPage);
    m_addDbButton->setPopupMode(QToolButton::InstantPopup);
    m_addDbButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_addDbButton->setIcon(themedIcon(QStringLiteral("add")));
    m_addDbButton->setMenu(new QMenu(m_addDbButton));
    connect(m_addDbButton->menu(), &QMenu::aboutToShow, this, &RevisionsPanel::showDatabaseMenu);
    m_removeDbButton = new QToolButton(dbPage);
    m_removeDbButton->setIcon(themedIcon(QStringLiteral("remove")));
    m_refreshDbAction = new QAction(themedIcon(QStringLiteral("refresh")), QString(), this);
    connect(m_refreshDbAction, &QAction::triggered, this, &RevisionsPanel::refreshDatabases);
    auto *refreshButton = new QToolButton(dbPage);
    refreshButton->setDefaultAction(m_refreshDbAction);
    dbButtons->addWidget(m_addDbButton);
    dbButtons->addWidget(m_removeDbButton);
    dbButtons->addWidget(refreshButton);
    dbButtons->addStretch(1);
    dbLayout->addLayout(dbButtons);
    auto *tableForm = new QHBoxLayout;
    m_versionTable = new QLineEdit(QStringLiteral("alembic_version"), dbPage);
    m_versionSchema = new QLineEdit(dbPage);
    auto *tableLabel = new QLabel(dbPage);
    tableLabel->setObjectName(QStringLiteral("versionTableLabel"));
    tableForm->addWidget(tableLabel);
    tableForm->addWidget(m_versionTable, 2);
    tableForm->addWidget(m_versionSchema, 1);
    dbLayout->addLayout(tableForm);
    m_dbList = new QTreeWidget(dbPage);
    m_dbList->setColumnCount(2);
    m_dbList->setObjectName(QStringLiteral("databaseList"));
    m_dbList->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    dbLayout->addWidget(m_dbList, 1);
    m_tabs->addTab(dbPage, QString());

    m_problems = new QTableView(m_tabs);
    m_problems->setModel(m_diagnostics);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setWordWrap(false);
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setSectionResizeMode(RevisionDiagnosticsModel::MessageColumn, QHeaderView::Stretch);
    m_problems->setObjectName(QStringLiteral("revisionProblems"));
    connect(m_problems, &QAbstractItemView::activated, this, &RevisionsPanel::selectFromDiagnostic);
    connect(m_problems, &QAbstractItemView::clicked, this, &RevisionsPanel::selectFromDiagnostic);
    m_tabs->addTab(m_problems, QString());

    m_splitter->addWidget(left);
    m_splitter->addWidget(middle);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({240, 720, 320});
    layout->addWidget(m_splitter, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(150);
    connect(m_searchTimer, &QTimer::timeout, this, &RevisionsPanel::updateSearch);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &RevisionsPanel::findNext);
    connect(m_zoomInAction, &QAction::triggered, m_view, &RevisionGraphView::zoomIn);
    connect(m_zoomOutAction, &QAction::triggered, m_view, &RevisionGraphView::zoomOut);
    connect(m_fitAction, &QAction::triggered, m_view, &RevisionGraphView::fitAll);
    connect(m_layoutCombo, &QComboBox::activated, this, [this] {
        setLayoutEngine(RevisionLayoutEngine(m_layoutCombo->currentData().toInt()));
    });
    connect(m_branchCombo, &QComboBox::activated, this, [this] { m_proxy->setBranch(m_branchCombo->currentData().toString()); });
    connect(m_headsOnly, &QCheckBox::toggled, m_proxy, &RevisionFilterProxy::setHeadsOnly);
    connect(m_grouped, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setGrouping(on ? RevisionsModel::Grouping::BranchLabel : RevisionsModel::Grouping::None);
        m_tree->setRootIsDecorated(on);
        if (on)
            m_tree->expandAll();
    });
    connect(m_view, &RevisionGraphView::currentRevisionChanged, this, [this](int node) {
        showRevision(node);
        syncTreeToGraph(node);
        updateActions();
    });
    connect(m_view, &RevisionGraphView::selectedRevisionsChanged, this, &RevisionsPanel::updateActions);
    connect(m_view, &RevisionGraphView::revisionActivated, this, [this](int) { m_tabs->setCurrentIndex(0); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        QList<int> nodes;
        for (const QModelIndex &index : m_tree->selectionModel()->selectedRows()) {
            const int node = m_model->nodeAt(m_proxy->mapToSource(index));
            if (node >= 0 && !nodes.contains(node))
                nodes.append(node);
        }
        if (nodes.isEmpty())
            return;
        const int current = m_model->nodeAt(m_proxy->mapToSource(m_tree->currentIndex()));
        if (current >= 0 && nodes.contains(current)) {
            nodes.removeOne(current);
            nodes.append(current);
        }
        m_view->setSelectedRevisions(nodes);
        m_view->centerOnRevision(nodes.last());
    });
    connect(m_removeDbButton, &QToolButton::clicked, this, [this] {
        QTreeWidgetItem *item = m_dbList->currentItem();
        while (item && item->parent())
            item = item->parent();
        if (item)
            removeDatabase(m_dbList->indexOfTopLevelItem(item));
    });
    connect(m_dbList, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        while (item && item->parent())
            item = item->parent();
        m_view->setPendingFocus(item ? m_dbList->indexOfTopLevelItem(item) : -1);
        if (item && item != m_dbList->currentItem())
            return;
        updateActions();
    });
    connect(m_dbList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int node = m_graph.indexOf(item->data(0, Qt::UserRole).toString());
        if (node >= 0)
            m_view->selectRevision(node, true);
    });
    for (QLineEdit *e : {m_versionTable, m_versionSchema})
        connect(e, &QLineEdit::editingFinished, this, &RevisionsPanel::refreshDatabases);
    if (m_connections)
        connect(m_connections->model(), &QAbstractItemModel::modelReset, this, &RevisionsPanel::updateActions);
    m_view->hide();
}

void RevisionsPanel::retranslate()
{
    m_openAction->setText(tr("Open…"));
    m_openAction->setToolTip(tr("Open an alembic.ini or a folder of revision scripts (%1)").arg(m_openAction->shortcut().toString(QKeySequence::NativeText)));
    m_reloadAction->setText(tr("Reload"));
    m_newAction->setText(tr("New revision…"));
    m_newAction->setToolTip(tr("Create a revision script as `alembic revision` does (parent: the selected revision)"));
    m_mergeAction->setText(tr("Merge…"));
    m_mergeAction->setToolTip(tr("Merge the selected revisions (or all heads) as `alembic merge` does"));
    m_runAction->setText(tr("Upgrade / stamp…"));
    m_runAction->setToolTip(tr("Run upgrade, downgrade or stamp through the application's own command, or preview its SQL"));
    m_zoomInAction->setText(tr("Zoom in"));
    m_zoomOutAction->setText(tr("Zoom out"));
    m_fitAction->setText(tr("Fit"));
    m_exportAction->setText(tr("Export…"));
    m_exportAction->setToolTip(tr("Save the graph as SVG, PNG or Graphviz DOT"));
    m_layoutCombo->setItemText(0, tr("Layered layout"));
    m_layoutCombo->setItemText(1, tr("Graphviz dot layout"));
    m_layoutCombo->setToolTip(tr("Layered: Godwit's own layout, fast at any size. Graphviz dot: the reference drawing, "
                                 "slow beyond a few thousand revisions."));
    m_search->setPlaceholderText(tr("Find id or message (Enter: next)"));
    m_headsOnly->setText(tr("Heads"));
    m_headsOnly->setToolTip(tr("Only heads"));
    m_grouped->setText(tr("By branch"));
    m_grouped->setToolTip(tr("Group the list by branch label"));
    m_tabs->setTabText(0, tr("Revision"));
    m_tabs->setTabText(1, tr("Databases"));
    m_tabs->setTabText(2, tr("Problems"));
    m_addDbButton->setText(tr("Compare database"));
    m_addDbButton->setToolTip(tr("Read a database's alembic_version and mark it on the graph"));
    m_removeDbButton->setToolTip(tr("Stop comparing the selected database"));
    m_refreshDbAction->setText(tr("Refresh"));
    m_refreshDbAction->setToolTip(tr("Read the databases' version tables again"));
    if (auto *label = findChild<QLabel *>(QStringLiteral("versionTableLabel")))
        label->setText(tr("Version table:"));
    m_versionSchema->setPlaceholderText(tr("schema (default)"));
    m_dbList->setHeaderLabels({tr("Database"), tr("State")});
    m_empty->setText(tr("<h3>No Alembic environment open</h3><p>Open an <b>alembic.ini</b> (or a folder of revision "
                        "scripts) to draw its revision graph: branches, heads, merges and <i>depends_on</i> edges, "
                        "compared with your databases.</p>"));
    updateBranchFilter();
    updateDatabaseList();
    if (!m_graph.isEmpty() || !m_path.isEmpty())
        showRevision(m_view->currentRevision());
}

void RevisionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RevisionsPanel::openDialog()
{
    QFileDialog dialog(this, tr("Open an Alembic environment"));
    dialog.setNameFilters({tr("Alembic configuration (*.ini)"), tr("All files (*)")});
    dialog.setFileMode(QFileDialog::ExistingFile);
    if (!m_path.isEmpty())
        dialog.setDirectory(QFileInfo(m_path).absolutePath());
    // A folder (of revision scripts, or holding alembic.ini) is accepted too: typed or chosen.
    dialog.setOption(QFileDialog::DontUseNativeDialog, false);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    openEnvironment(dialog.selectedFiles().constFirst());
}

void RevisionsPanel::openEnvironment(const QString &path)
{
    m_path = QFileInfo(path).absoluteFilePath();
    QSettings().setValue(QStringLiteral("revisions/environment"), m_path);
    reload();
}

void RevisionsPanel::reload()
{
    if (m_path.isEmpty())
        return;
    const QString path = m_path;
    const RevisionLayoutEngine engine = m_engine;
    const quint64 generation = ++m_generation;
    m_loading = true;
    updateActions();
    m_summary->setText(tr("Reading %1 …").arg(QDir::toNativeSeparators(path)));
    m_jobs->start(tr("Read revisions in %1").arg(QFileInfo(path).fileName()), [path, engine](JobContext &job) -> JobOutcome {
        QElapsedTimer timer;
        timer.start();
        Loaded out;
        const QFileInfo info(path);
        if (info.isDir() && QFileInfo::exists(path + QStringLiteral("/alembic.ini"))) {
            auto c = AlembicConfig::load(path + QStringLiteral("/alembic.ini"));
            if (!c)
                return JobOutcome::failure(c.error());
            out.config = c.value();
        } else if (info.isDir()) {
            out.config = AlembicConfig::fromVersionLocations({path});
        } else if (info.exists()) {
            auto c = AlembicConfig::load(path);
            if (!c)
                return JobOutcome::failure(c.error());
            out.config = c.value();
        } else {
            return JobOutcome::failure(Error::make(ErrorKind::NotFound, QObject::tr("%1 does not exist").arg(path)));
        }
        out.graph = RevisionGraph::load(out.config, &job);
        if (job.isCanceled())
            return JobOutcome::failure(job.canceledError());
        out.loadMs = timer.restart();
        job.setStatus(QObject::tr("Laying out %n revision(s)", nullptr, out.graph.size()));
        if (engine == RevisionLayoutEngine::Graphviz) {
            auto l = layoutRevisionGraphWithGraphviz(out.graph);
            if (!l)
                return JobOutcome::failure(l.error());
            out.layout = l.value();
        } else {
            out.layout = layoutRevisionGraph(out.graph);
        }
        out.layoutMs = timer.elapsed();
        return JobOutcome::success(QVariant::fromValue(out));
    }, this, [this, generation](const JobOutcome &outcome) {
        if (generation != m_generation)
            return; // a newer load started: this one is stale
        m_loading = false;
        if (!outcome.ok) {
            m_summary->setText(tr("Could not read %1: %2").arg(QDir::toNativeSeparators(m_path), outcome.error.message));
            Q_EMIT statusMessage(m_summary->text());
            updateActions();
            Q_EMIT environmentLoaded();
            return;
        }
        const Loaded loaded = outcome.value.value<Loaded>();
        m_config = loaded.config;
        applyLoaded(loaded.graph, loaded.layout, loaded.loadMs, loaded.layoutMs);
    });
}

void RevisionsPanel::setLayoutEngine(RevisionLayoutEngine engine)
{
    m_layoutCombo->setCurrentIndex(m_layoutCombo->findData(int(engine)));
    if (engine == m_engine)
        return;
    m_engine = engine;
    startLayout();
}

void RevisionsPanel::startLayout()
{
    if (m_graph.isEmpty())
        return;
    const RevisionGraph graph = m_graph;
    const RevisionLayoutEngine engine = m_engine;
    const quint64 generation = ++m_generation;
    m_loading = true;
    updateActions();
    m_jobs->start(tr("Lay out %n revision(s)", nullptr, graph.size()), [graph, engine](JobContext &) -> JobOutcome {
        QElapsedTimer timer;
        timer.start();
        Loaded out;
        out.graph = graph;
        if (engine == RevisionLayoutEngine::Graphviz) {
            auto l = layoutRevisionGraphWithGraphviz(graph);
            if (!l)
                return JobOutcome::failure(l.error());
            out.layout = l.value();
        } else {
            out.layout = layoutRevisionGraph(graph);
        }
        out.layoutMs = timer.elapsed();
        return JobOutcome::success(QVariant::fromValue(out));
    }, this, [this, generation](const JobOutcome &outcome) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!outcome.ok) {
            Q_EMIT statusMessage(tr("Layout failed: %1").arg(outcome.error.message));
            updateActions();
            return;
        }
        const Loaded loaded = outcome.value.value<Loaded>();
        const int current = m_view->currentRevision();
        const QString currentId = current >= 0 ? m_graph.node(current).id() : QString();
        applyLoaded(loaded.graph, loaded.layout, -1, loaded.layoutMs);
        if (const int node = m_graph.indexOf(currentId); node >= 0)
            m_view->selectRevision(node, true);
    });
}

void RevisionsPanel::applyLoaded(const RevisionGraph &graph, const RevisionLayout &layout, qint64 loadMs, qint64 layoutMs)
{
    QElapsedTimer timer;
    timer.start();
    const QString previous = m_view->currentRevision() >= 0 && m_view->currentRevision() < m_graph.size()
                                 ? m_graph.node(m_view->currentRevision()).id()
                                 : QString();
    m_graph = graph;
    m_model->setGraph(graph);
    m_diagnostics->setDiagnostics(graph.diagnostics());
    m_view->setGraph(graph, layout);
    const qint64 sceneMs = timer.elapsed();
    m_empty->hide();
    m_view->show();
    updateBranchFilter();
    const bool firstDraw = previous.isEmpty();
    if (firstDraw)
        m_view->requestFit();
    if (const int node = graph.indexOf(previous); node >= 0)
        m_view->selectRevision(node, false);
    else
        showRevision(-1);

    int errors = 0, warnings = 0;
    for (const RevisionDiagnostic &d : graph.diagnostics())
        (d.severity == RevisionDiagnostic::Error ? errors : warnings) += d.severity >= RevisionDiagnostic::Warning;
    QStringList parts;
    parts << tr("%n revision(s)", nullptr, graph.size()) << tr("%n head(s)", nullptr, int(graph.heads().size()))
          << tr("%n branch label(s)", nullptr, int(graph.labels().size()));
    if (errors || warnings)
        parts << tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") + tr("%n warning(s)", nullptr, warnings);
    QString timing = loadMs >= 0 ? tr("read in %1 ms, ").arg(loadMs) : QString();
    timing += tr("laid out in %1 ms, drawn in %2 ms").arg(layoutMs).arg(sceneMs);
    m_summary->setText(QDir::toNativeSeparators(m_path) + QStringLiteral(" — ") + parts.join(QStringLiteral(" · ")) + QStringLiteral(" — ") + timing);
    m_tabs->setTabText(2, errors + warnings ? tr("Problems (%1)").arg(errors + warnings) : tr("Problems"));
    if (!m_search->text().isEmpty())
        updateSearch();
    updateActions();
    refreshDatabases();
    Q_EMIT environmentLoaded();
}

void RevisionsPanel::updateBranchFilter()
{
    const QString current = m_branchCombo->currentData().toString();
    m_branchCombo->clear();
    m_branchCombo->addItem(tr("All branches"), QString());
    for (const QString &label : m_graph.labels()) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor(revisionLabelColor(m_graph, label)));
        m_branchCombo->addItem(QIcon(swatch), label, label);
    }
    const int index = m_branchCombo->findData(current);
    m_branchCombo->setCurrentIndex(index >= 0 ? index : 0);
    m_proxy->setBranch(m_branchCombo->currentData().toString());
}

void RevisionsPanel::showRevision(int node)
{
    if (node < 0 || node >= m_graph.size()) {
        m_details->setText(m_graph.isEmpty() ? QString()
                                             : tr("<p>Select a revision in the graph or the list. Ctrl+click selects "
                                                  "several (to merge them).</p>"));
        m_script->clear();
        return;
    }
    const RevisionNode &n = m_graph.node(node);
    auto links = [this](const QList<int> &nodes) {
        QStringList out;
        for (int i : nodes)
            out << QStringLiteral("<a href=\"rev:%1\">%1</a>").arg(m_graph.node(i).id().toHtmlEscaped());
        return out.isEmpty() ? QStringLiteral("—") : out.join(QStringLiteral(", "));
    };
    QStringList flags;
    if (n.head)
        flags << (n.effectiveHead() ? tr("effective head") : tr("head"));
    if (n.base)
        flags << tr("base");
    if (n.branchPoint)
        flags << tr("branch point");
    if (n.mergePoint)
        flags << tr("merge point");
    if (!n.reachable)
        flags << tr("unreachable");
    QString html = QStringLiteral("<h3 style='margin:0'><code>%1</code></h3><p style='margin-top:2px'>%2</p><table cellspacing='2'>")
                       .arg(n.id().toHtmlEscaped(), n.script.message.toHtmlEscaped());
    auto row = [&html](const QString &key, const QString &value) {
        html += QStringLiteral("<tr><td style='color:palette(placeholder-text)'>%1</td><td>%2</td></tr>").arg(key.toHtmlEscaped(), value);
    };
    if (!flags.isEmpty())
        row(tr("Marks"), flags.join(QStringLiteral(", ")).toHtmlEscaped());
    QStringList labelHtml;
    for (const QString &label : n.branchLabels)
        labelHtml << QStringLiteral("<span style='color:%1'><b>%2</b></span>").arg(revisionLabelColor(m_graph, label), label.toHtmlEscaped());
    row(tr("Branch labels"), labelHtml.isEmpty() ? QStringLiteral("—") : labelHtml.join(QStringLiteral(", ")));
    row(tr("Parents"), links(n.parents));
    if (!n.dependencies.isEmpty() || !n.script.dependsOn.isEmpty())
        row(tr("Depends on"), links(n.dependencies) + (n.script.dependsOn.isEmpty() ? QString() : QStringLiteral(" (") + n.script.dependsOn.join(QStringLiteral(", ")).toHtmlEscaped() + u')'));
    row(tr("Children"), links(n.children));
    if (!n.dependents.isEmpty())
        row(tr("Needed by"), links(n.dependents));
    if (!n.script.createDate.isEmpty())
        row(tr("Created"), n.script.createDate.toHtmlEscaped());
    row(tr("File"), QStringLiteral("%1:%2").arg(QDir::toNativeSeparators(n.script.path).toHtmlEscaped()).arg(n.script.revisionLine));
    html += QStringLiteral("</table>");
    const QList<RevisionDiagnostic> findings = m_graph.diagnosticsFor(n.id());
    for (const RevisionDiagnostic &d : findings)
        html += QStringLiteral("<p style='color:%1;margin:2px'>%2</p>")
                    .arg(d.severity == RevisionDiagnostic::Error ? QStringLiteral("#b00020") : QStringLiteral("#8a5a00"), d.message.toHtmlEscaped());
    m_details->setText(html);
    QFile file(n.script.path);
    if (file.open(QIODevice::ReadOnly) && file.size() < 4 * 1024 * 1024)
        m_script->setPlainText(QString::fromUtf8(file.readAll()));
    else
        m_script->setPlainText(tr("# cannot read %1").arg(n.script.path));
    // Show the revision's line.
    QTextCursor cursor(m_script->document()->findBlockByNumber(std::max(0, n.script.revisionLine - 1)));
    m_script->setTextCursor(cursor);
    m_script->centerCursor();
}

void RevisionsPanel::syncTreeToGraph(int node)
{
    if (node < 0 || node >= m_graph.size())
        return;
    const QModelIndex source = m_model->indexOfRevision(m_graph.node(node).id());
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid())
        return;
    const QSignalBlocker blocker(m_tree->selectionModel());
    m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->scrollTo(index);
    m_tree->viewport()->update();
}

void RevisionsPanel::setSearchText(const QString &text)
{
    m_search->setText(text);
    updateSearch();
}

void RevisionsPanel::updateSearch()
{
    const QString text = m_search->text().trimmed();
    m_proxy->setText(text);
    m_searchHits.clear();
    m_searchPos = -1;
    if (!text.isEmpty()) {
        for (int i : m_graph.history()) {
            const RevisionNode &n = m_graph.node(i);
            if (n.id().startsWith(text, Qt::CaseInsensitive) || n.script.message.contains(text, Qt::CaseInsensitive))
                m_searchHits.append(i);
        }
    }
    m_view->setMatches(m_searchHits);
    if (!text.isEmpty())
        Q_EMIT statusMessage(tr("%n revision(s) match “%1”", nullptr, int(m_searchHits.size())).arg(text));
    if (!m_searchHits.isEmpty())
        findNext();
}

void RevisionsPanel::findNext()
{
    if (m_searchHits.isEmpty())
        return;
    m_searchPos = (m_searchPos + 1) % int(m_searchHits.size());
    m_view->selectRevision(m_searchHits.at(m_searchPos), true);
}

void RevisionsPanel::updateActions()
{
    const bool loaded = !m_graph.isEmpty() || !m_config.versionLocations.isEmpty();
    m_reloadAction->setEnabled(!m_path.isEmpty());
    for (QAction *a : {m_zoomInAction, m_zoomOutAction, m_fitAction, m_exportAction})
        a->setEnabled(!m_graph.isEmpty());
    m_layoutCombo->setEnabled(!m_graph.isEmpty() && !m_loading);
    m_newAction->setEnabled(loaded && !m_loading);
    m_mergeAction->setEnabled(!m_loading && (m_view->selectedRevisions().size() >= 2 || m_graph.heads().size() >= 2));
    m_runAction->setEnabled(!m_config.iniPath.isEmpty() && !m_loading);
    m_addDbButton->setEnabled(loaded && m_connections);
    m_refreshDbAction->setEnabled(!m_databases.isEmpty());
    m_removeDbButton->setEnabled(m_dbList->currentItem() != nullptr);
}

QStringList RevisionsPanel::selectedIds() const
{
    return m_graph.ids(m_view->selectedRevisions());
}

// --- Databases -------------------------------------------------------------------------------------------------

void RevisionsPanel::showDatabaseMenu()
{
    QMenu *menu = m_addDbButton->menu();
    menu->clear();
    if (!m_connections)
        return;
    ConnectionsModel *model = m_connections->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const ConnectionProfile p = model->profileAt(row);
        if (p.kind() != ConnectionKind::Database)
            continue;
        QAction *a = menu->addAction(themedIcon(QStringLiteral("database")), QStringLiteral("%1  (%2)").arg(p.name, engineName(p.engine)));
        const QString id = p.id;
        const bool already = std::any_of(m_databases.cbegin(), m_databases.cend(), [&id](const Database &d) { return d.connectionId == id; });
        a->setEnabled(!already);
        connect(a, &QAction::triggered, this, [this, id] { addDatabase(id); });
    }
    if (menu->isEmpty())
        menu->addAction(tr("No database connections: add one in Connections"))->setEnabled(false);
}

void RevisionsPanel::addDatabase(const QString &connectionId)
{
    if (!m_connections)
        return;
    for (const Database &d : std::as_const(m_databases))
        if (d.connectionId == connectionId)
            return;
    const ConnectionProfile p = m_connections->model()->profile(connectionId);
    if (p.id.isEmpty())
        return;
    Database d;
    d.connectionId = connectionId;
    d.name = p.name;
    d.color = databaseColor(int(m_databases.size()));
    m_databases.append(d);
    updateDatabaseList();
    m_tabs->setCurrentIndex(1);
    refreshDatabase(int(m_databases.size()) - 1);
    updateActions();
}

void RevisionsPanel::removeDatabase(int index)
{
    if (index < 0 || index >= m_databases.size())
        return;
    m_databases.removeAt(index);
    updateDatabaseList();
    updateDatabaseMarks();
    updateActions();
}

void RevisionsPanel::refreshDatabases()
{
    for (int i = 0; i < m_databases.size(); ++i)
        refreshDatabase(i);
}

void RevisionsPanel::refreshDatabase(int index)
{
    if (!m_connections || index < 0 || index >= m_databases.size())
        return;
    const ConnectionProfile p = m_connections->model()->profile(m_databases.at(index).connectionId);
    if (p.id.isEmpty())
        return;
    VersionTable table;
    if (!m_versionTable->text().trimmed().isEmpty())
        table.table = m_versionTable->text().trimmed();
    table.schema = m_versionSchema->text().trimmed();
    if (m_loading)
        return; // the graph is being read: applyLoaded() refreshes every database
    m_databases[index].loading = true;
    const quint64 request = ++m_databases[index].request;
    updateDatabaseList();
    const QString id = p.id;
    m_connections->withSecret(p, false, [this, p, table, id, request](const QString &secret) {
        const RevisionGraph graph = m_graph;
        m_jobs->start(tr("Read %1 of %2").arg(table.table, p.name), [p, secret, table, graph](JobContext &) -> JobOutcome {
            auto rows = readDatabaseRevisions(p, secret, table);
            if (!rows)
                return JobOutcome::failure(rows.error());
            return JobOutcome::success(QVariant::fromValue(compareWithGraph(graph, rows.value())));
        }, this, [this, id, request](const JobOutcome &outcome) {
            for (int i = 0; i < m_databases.size(); ++i) {
                Database &d = m_databases[i];
                if (d.connectionId != id || d.request != request)
                    continue;
                d.loading = false;
                d.loaded = outcome.ok;
                d.error = outcome.ok ? QString() : outcome.error.message;
                if (outcome.ok)
                    d.status = outcome.value.value<RevisionStatus>();
            }
            updateDatabaseList();
            updateDatabaseMarks();
            updateActions();
            Q_EMIT databasesRefreshed();
        });
    });
}

RevisionStatus RevisionsPanel::databaseStatus(int index) const
{
    return m_databases.value(index).status;
}

QString RevisionsPanel::databaseError(int index) const
{
    return m_databases.value(index).error;
}

void RevisionsPanel::updateDatabaseMarks()
{
    QList<RevisionGraphView::DatabaseMark> marks;
    for (const Database &d : std::as_const(m_databases)) {
        RevisionGraphView::DatabaseMark m;
        m.name = d.name;
        m.color = d.color;
        if (d.loaded) {
            m.current = m_graph.ids(d.status.current);
            m.pending = m_graph.ids(d.status.pending);
        }
        marks.append(m);
    }
    m_view->setDatabaseMarks(marks);
}

void RevisionsPanel::updateDatabaseList()
{
    const int currentTop = m_dbList->currentItem() ? m_dbList->indexOfTopLevelItem(m_dbList->currentItem()) : -1;
    m_dbList->clear();
    for (const Database &d : std::as_const(m_databases)) {
        auto *item = new QTreeWidgetItem(m_dbList);
        QPixmap swatch(12, 12);
        swatch.fill(d.color);
        item->setIcon(0, QIcon(swatch));
        item->setText(0, d.name);
        QString state;
        if (d.loading) {
            state = tr("reading…");
        } else if (!d.error.isEmpty()) {
            state = d.error;
            item->setForeground(1, QColor(0xb0, 0x00, 0x20));
        } else if (d.loaded) {
            const RevisionStatus &s = d.status;
            if (!s.database.tableExists)
                state = tr("no %1 table: empty to Alembic, %n revision(s) to apply", nullptr, int(s.pending.size())).arg(m_versionTable->text());
            else if (!s.unknown.isEmpty())
                state = tr("at revisions these scripts do not contain: %1").arg(s.unknown.join(QStringLiteral(", ")));
            else if (s.atHeads)
                state = tr("at the heads");
            else if (!s.problem.isEmpty())
                state = s.problem;
            else
                state = tr("%n revision(s) to apply", nullptr, int(s.pending.size()));
            if (!s.unknown.isEmpty() || !s.problem.isEmpty())
                item->setForeground(1, QColor(0xb0, 0x00, 0x20));
            else if (s.atHeads)
                item->setForeground(1, QColor(0x1b, 0x5e, 0x20));
            for (int c : s.current) {
                auto *child = new QTreeWidgetItem(item, {tr("current"), m_graph.node(c).id() + QStringLiteral("  ") + m_graph.node(c).script.message});
                child->setData(0, Qt::UserRole, m_graph.node(c).id());
            }
            int step = 0;
            for (int p : s.pending) {
                auto *child = new QTreeWidgetItem(item, {tr("upgrade %1").arg(++step), m_graph.node(p).id() + QStringLiteral("  ") + m_graph.node(p).script.message});
                child->setData(0, Qt::UserRole, m_graph.node(p).id());
            }
        }
        item->setText(1, state);
        item->setToolTip(1, state);
    }
    if (currentTop >= 0 && currentTop < m_dbList->topLevelItemCount())
        m_dbList->setCurrentItem(m_dbList->topLevelItem(currentTop));
    else if (m_dbList->topLevelItemCount() > 0)
        m_dbList->setCurrentItem(m_dbList->topLevelItem(0));
}

void RevisionsPanel::selectFromDiagnostic(const QModelIndex &index)
{
    const QStringList revisions = index.siblingAtColumn(0).data(RevisionDiagnosticsModel::RevisionsRole).toStringList();
    QList<int> nodes;
    for (const QString &id : revisions)
        if (const int n = m_graph.indexOf(id); n >= 0)
            nodes.append(n);
    if (!nodes.isEmpty()) {
        m_view->setSelectedRevisions(nodes);
        m_view->centerOnRevision(nodes.first());
    }
}

// --- Export, writing, commands -------------------------------------------------------------------------------------

void RevisionsPanel::exportGraph(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    Status st = success();
    if (suffix == QLatin1String("png")) {
        st = m_view->exportPng(path);
    } else if (suffix == QLatin1String("dot") || suffix == QLatin1String("gv")) {
        QStringList current;
        for (const Database &d : std::as_const(m_databases))
            current << m_graph.ids(d.status.current);
        QSaveFile f(path);
        const QByteArray data = revisionGraphToDot(m_graph, current).toUtf8();
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
            st = Error::make(ErrorKind::Other, tr("Cannot write %1: %2").arg(path, f.errorString()));
    } else {
        st = m_view->exportSvg(path, QFileInfo(m_path).fileName());
    }
    if (!st) {
        QMessageBox::warning(this, tr("Export failed"), st.errorMessage());
        return;
    }
    Q_EMIT statusMessage(tr("Graph saved to %1").arg(QDir::toNativeSeparators(path)));
}

void RevisionsPanel::newRevision()
{
    QStringList parents = selectedIds();
    auto *dialog = new NewRevisionDialog(NewRevisionDialog::Mode::Revision, m_config, m_graph, parents, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (parents.isEmpty() && m_graph.isEmpty())
        dialog->setNewBranch(QString());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const RevisionWriter writer(m_config, m_graph);
        const auto written = writer.write(dialog->request());
        if (!written) {
            QMessageBox::warning(this, tr("New revision"), written.errorMessage());
            return;
        }
        Q_EMIT statusMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(written->path)));
        const QString id = written->revision;
        auto *once = new QMetaObject::Connection;
        *once = connect(this, &RevisionsPanel::environmentLoaded, this, [this, id, once] {
            disconnect(*once);
            delete once;
            if (const int n = m_graph.indexOf(id); n >= 0)
                m_view->selectRevision(n, true);
        });
        reload();
    });
    dialog->open();
}

void RevisionsPanel::mergeHeads()
{
    QStringList revisions = selectedIds();
    if (revisions.size() < 2)
        revisions = m_graph.ids(m_graph.heads());
    auto *dialog = new NewRevisionDialog(NewRevisionDialog::Mode::Merge, m_config, m_graph, revisions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMessage(tr("merge %1").arg(revisions.join(QStringLiteral(", "))));
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const RevisionWriter writer(m_config, m_graph);
        const auto written = writer.write(dialog->request());
        if (!written) {
            QMessageBox::warning(this, tr("Merge"), written.errorMessage());
            return;
        }
        Q_EMIT statusMessage(tr("Wrote %1").arg(QDir::toNativeSeparators(written->path)));
        reload();
    });
    dialog->open();
}

QString RevisionsPanel::commandTemplate() const
{
    return QSettings().value(QStringLiteral("revisions/command/") + settingsKey(m_config.iniPath)).toString();
}

void RevisionsPanel::setCommandTemplate(const QString &templ)
{
    QSettings().setValue(QStringLiteral("revisions/command/") + settingsKey(m_config.iniPath), templ);
}

void RevisionsPanel::runCommand(const QString &action)
{
    if (m_config.iniPath.isEmpty()) {
        QMessageBox::information(this, tr("Run a migration command"),
                                 tr("Open the environment's alembic.ini first: the command runs in its folder."));
        return;
    }
    QStringList targets{QStringLiteral("heads"), QStringLiteral("head")};
    for (const QString &id : selectedIds())
        targets.prepend(id);
    for (const QString &label : m_graph.labels())
        targets << label + QStringLiteral("@head");
    targets << QStringLiteral("base") << QStringLiteral("-1");
    // The focused database (selected in the Databases tab) drives the prediction.
    QStringList current;
    QString dbName;
    int focus = -1;
    if (QTreeWidgetItem *item = m_dbList->currentItem()) {
        while (item->parent())
            item = item->parent();
        focus = m_dbList->indexOfTopLevelItem(item);
    }
    if (focus >= 0 && m_databases.at(focus).loaded) {
        current = m_databases.at(focus).status.database.versions;
        dbName = m_databases.at(focus).name;
    }
    RunCommandDialog dialog(m_config, m_graph, commandTemplate(), targets, current, this);
    if (auto a = RevisionCommand::actionFromName(action))
        dialog.setAction(a.value());
    if (dialog.exec() != QDialog::Accepted)
        return;
    setCommandTemplate(dialog.commandTemplate() == RevisionCommand::defaultTemplate() ? QString() : dialog.commandTemplate());
    const QStringList args = dialog.arguments();
    if (args.isEmpty())
        return;
    const bool sql = dialog.sqlOnly();
    const QString workdir = RevisionCommand{dialog.commandTemplate(), m_config.iniPath, dialog.workingDirectory()}.effectiveWorkingDirectory();
    const QString title = sql ? tr("SQL for %1 %2").arg(RevisionCommand::actionName(dialog.action()), dialog.target())
                              : tr("%1 %2").arg(RevisionCommand::actionName(dialog.action()), dialog.target());
    m_jobs->start(title, [args, workdir, sql](JobContext &job) -> JobOutcome {
        auto r = runRevisionCommand(args, workdir, &job, sql);
        return r ? JobOutcome::success(r->standardOutput) : JobOutcome::failure(r.error());
    }, this, [this, sql, title](const JobOutcome &outcome) {
        if (!outcome.ok) {
            if (outcome.error.kind != ErrorKind::Canceled)
                QMessageBox::warning(this, title, outcome.error.message);
            refreshDatabases();
            return;
        }
        if (sql) {
            auto *box = new QDialog(this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setWindowTitle(title);
            auto *text = new QPlainTextEdit(outcome.value.toString(), box);
            text->setReadOnly(true);
            text->setLineWrapMode(QPlainTextEdit::NoWrap);
            text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            text->setObjectName(QStringLiteral("sqlPreview"));
            auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, box);
            connect(buttons, &QDialogButtonBox::rejected, box, &QDialog::reject);
            connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, box, [box, text] {
                const QString path = QFileDialog::getSaveFileName(box, QObject::tr("Save SQL"), QString(), QObject::tr("SQL (*.sql)"));
                if (path.isEmpty())
                    return;
                QSaveFile f(path);
                const QByteArray data = text->toPlainText().toUtf8();
                if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
                    QMessageBox::warning(box, QObject::tr("Save SQL"), f.errorString());
            });
            auto *l = new QVBoxLayout(box);
            l->addWidget(text);
            l->addWidget(buttons);
            box->resize(820, 600);
            box->open();
            return;
        }
        Q_EMIT statusMessage(tr("%1: done").arg(title));
        refreshDatabases();
    });
}

// --- State ---------------------------------------------------------------------------------------------------------

QByteArray RevisionsPanel::saveState() const
{
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    QStringList dbs;
    for (const Database &d : m_databases)
        dbs << d.connectionId;
    s << quint8(1) << m_splitter->saveState() << m_path << dbs << int(m_engine) << m_versionTable->text() << m_versionSchema->text();
    return out;
}

void RevisionsPanel::restoreState(const QByteArray &state)
{
    QDataStream s(state);
    quint8 version = 0;
    QByteArray splitter;
    QString path, table, schema;
    QStringList dbs;
    int engine = 0;
    s >> version;
    if (version != 1)
        return;
    s >> splitter >> path >> dbs >> engine >> table >> schema;
    if (s.status() != QDataStream::Ok)
        return;
    m_splitter->restoreState(splitter);
    if (!table.isEmpty())
        m_versionTable->setText(table);
    m_versionSchema->setText(schema);
    m_engine = engine == int(RevisionLayoutEngine::Graphviz) ? RevisionLayoutEngine::Graphviz : RevisionLayoutEngine::Layered;
    m_layoutCombo->setCurrentIndex(m_layoutCombo->findData(int(m_engine)));
    if (m_connections)
        for (const QString &id : std::as_const(dbs))
            if (!m_connections->model()->profile(id).id.isEmpty()) {
                Database d;
                d.connectionId = id;
                d.name = m_connections->model()->profile(id).name;
                d.color = databaseColor(int(m_databases.size()));
                m_databases.append(d);
            }
    updateDatabaseList();
    if (!path.isEmpty() && QFileInfo::exists(path))
        openEnvironment(path);
}

} // namespace Godwit
