// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexmigrationspanel.h"

#include "connections/connectionsmodel.h"
#include "connectionspanel.h"
#include "decorations.h"

#include <QAction>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <QJsonArray>
#include <QPointer>
#include <QPushButton>
#include <QTextCursor>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QValueAxis>
#include <QVBoxLayout>

#include <utility>

namespace Godwit {

namespace {
enum FormColumn { FSource, FDestination, FMethod, FSlices, FRps, FBatch, FTimestamp, FInterval, FMaxLag, FColumns };
enum StatusColumn { SSource, SDest, SPhase, SProgress, SRate, SEta, SSourceDocs, SDestDocs, SLag, SSynced, SDeleted, SErrors, SColumns };

QString duration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("–");
    if (ms < 10000)
        return QCoreApplication::translate("Godwit::IndexMigrationsPanel", "%1 s").arg(ms / 1000.0, 0, 'f', 1);
    if (ms < 3600000)
        return QCoreApplication::translate("Godwit::IndexMigrationsPanel", "%1 min %2 s").arg(ms / 60000).arg((ms / 1000) % 60);
    return QCoreApplication::translate("Godwit::IndexMigrationsPanel", "%1 h %2 min").arg(ms / 3600000).arg((ms / 60000) % 60);
}

QString count(qint64 n) { return n < 0 ? QStringLiteral("–") : QLocale().toString(n); }
} // namespace

IndexMigrationsPanel::IndexMigrationsPanel(JobManager *jobs, ConnectionsPanel *connections, const QString &workspaceDir, QWidget *parent)
    : QWidget(parent), m_jobs(jobs), m_connections(connections), m_workspace(workspaceDir),
      m_recipes(new QStandardItemModel(this)), m_jobsForm(new QStandardItemModel(0, FColumns, this)),
      m_status(new QStandardItemModel(0, SColumns, this))
{
    buildUi();
    retranslate();
    reloadRecipes();
    connect(m_connections->model(), &QAbstractItemModel::modelReset, this, &IndexMigrationsPanel::fillConnections);
    connect(m_connections->model(), &QAbstractItemModel::rowsInserted, this, &IndexMigrationsPanel::fillConnections);
    connect(m_connections->model(), &QAbstractItemModel::rowsRemoved, this, &IndexMigrationsPanel::fillConnections);
    m_poll = new QTimer(this);
    m_poll->setInterval(2000);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (isVisible() && !m_currentName.isEmpty() && !m_polling && m_stateStatus != QLatin1String("not-initialized"))
            refreshStatus();
    });
    m_poll->start();
    updateActions();
}

IndexMigrationsPanel::~IndexMigrationsPanel() = default;

void IndexMigrationsPanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(18, 18));
    m_newAction = toolbar->addAction(themedIcon(QStringLiteral("add")), QString(), this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New recipe"), tr("Name of the recipe:"), QLineEdit::Normal, QString(), &ok);
        if (ok && !name.trimmed().isEmpty())
            newRecipe(name.trimmed());
    });
    m_saveAction = toolbar->addAction(themedIcon(QStringLiteral("export")), QString(), this, [this] { saveRecipe(); });
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_validateAction = toolbar->addAction(themedIcon(QStringLiteral("test")), QString(), this, &IndexMigrationsPanel::validate);
    toolbar->addSeparator();
    m_initAction = toolbar->addAction(themedIcon(QStringLiteral("indexes")), QString(), this, [this] { init(); });
    m_runAction = toolbar->addAction(themedIcon(QStringLiteral("run")), QString(), this, &IndexMigrationsPanel::run);
    m_stopAction = toolbar->addAction(themedIcon(QStringLiteral("cancel")), QString(), this, &IndexMigrationsPanel::stop);
    m_pauseAction = toolbar->addAction(QString(), this, [this] { throttle(0); });
    m_resumeAction = toolbar->addAction(QString(), this, [this] { throttle(-1); });
    toolbar->addSeparator();
    m_rolloverAction = toolbar->addAction(themedIcon(QStringLiteral("alias")), QString(), this, [this] {
        rollover(true, false, m_stateStatus == QLatin1String("switch-pending"));
    });
    m_rollbackAction = toolbar->addAction(themedIcon(QStringLiteral("refresh")), QString(), this, [this] { rollback(); });
    m_cancelAction = toolbar->addAction(themedIcon(QStringLiteral("remove")), QString(), this, [this] { cancelMigration(); });
    m_cleanupAction = toolbar->addAction(themedIcon(QStringLiteral("ok")), QString(), this, [this] { cleanup(); });
    layout->addWidget(toolbar);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_recipeList = new QListView(split);
    m_recipeList->setModel(m_recipes);
    m_recipeList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_recipeList->selectionModel(), &QItemSelectionModel::currentChanged, this, &IndexMigrationsPanel::currentRecipeChanged);

    auto *right = new QSplitter(Qt::Vertical, split);
    auto *formBox = new QWidget(right);
    auto *formLayout = new QVBoxLayout(formBox);
    m_formTitle = new QLabel(formBox);
    QFont big = m_formTitle->font();
    big.setBold(true);
    m_formTitle->setFont(big);
    formLayout->addWidget(m_formTitle);
    auto *form = new QFormLayout;
    m_name = new QLineEdit(formBox);
    m_name->setReadOnly(true);
    m_source = new QComboBox(formBox);
    m_dest = new QComboBox(formBox);
    m_prefix = new QLineEdit(formBox);
    m_copyAliases = new QCheckBox(formBox);
    for (QWidget *field : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_source), static_cast<QWidget *>(m_dest),
                           static_cast<QWidget *>(m_prefix)}) {
        auto *label = new QLabel(formBox);
        m_formLabels.append(label);
        form->addRow(label, field);
    }
    form->addRow(QString(), m_copyAliases);
    formLayout->addLayout(form);
    auto *jobsBar = new QToolBar(formBox);
    jobsBar->setIconSize(QSize(16, 16));
    jobsBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_addJobAction = jobsBar->addAction(themedIcon(QStringLiteral("add")), QString(), this, [this] {
        QList<QStandardItem *> row;
        RecipeJob j;
        // Across clusters the client-side copy: it needs no remote allowlist (as godwit-cli's default).
        const QString dest = m_dest->currentData().toString();
        if (!dest.isEmpty() && dest != m_source->currentData().toString())
            j.method = CopyMethod::Client;
        row << new QStandardItem() << new QStandardItem(j.destination) << new QStandardItem(copyMethodKey(j.method))
            << new QStandardItem(QStringLiteral("auto")) << new QStandardItem(QStringLiteral("-1")) << new QStandardItem(j.batchSize == 0 ? QStringLiteral("auto") : QString::number(j.batchSize))
            << new QStandardItem(j.sync.timestampField) << new QStandardItem(QString::number(j.sync.intervalMs / 1000.0))
            << new QStandardItem(QString::number(j.sync.maxLagMs / 1000.0));
        m_jobsForm->appendRow(row);
        m_jobExtras.append(QJsonObject{});
        m_jobsView->setCurrentIndex(m_jobsForm->index(m_jobsForm->rowCount() - 1, FSource));
        m_jobsView->edit(m_jobsView->currentIndex());
    });
    m_removeJobAction = jobsBar->addAction(themedIcon(QStringLiteral("remove")), QString(), this, [this] {
        const int row = m_jobsView->currentIndex().row();
        if (row >= 0) {
            m_jobsForm->removeRow(row);
            m_jobExtras.removeAt(row);
        }
    });
    m_mappingsAction = jobsBar->addAction(themedIcon(QStringLiteral("edit")), QString(), this, &IndexMigrationsPanel::editMappings);
    formLayout->addWidget(jobsBar);
    m_jobsView = new QTableView(formBox);
    m_jobsView->setModel(m_jobsForm);
    m_jobsView->horizontalHeader()->setStretchLastSection(true);
    m_jobsView->verticalHeader()->hide();
    m_jobsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    formLayout->addWidget(m_jobsView);

    auto *statusBox = new QWidget(right);
    auto *statusLayout = new QVBoxLayout(statusBox);
    m_statusLabel = new QLabel(statusBox);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusLayout->addWidget(m_statusLabel);
    m_statusView = new QTableView(statusBox);
    m_statusView->setModel(m_status);
    m_statusView->verticalHeader()->hide();
    m_statusView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_statusView->horizontalHeader()->setStretchLastSection(true);
    m_statusView->setMaximumHeight(150);
    statusLayout->addWidget(m_statusView);
    auto *bottom = new QSplitter(Qt::Horizontal, statusBox);
    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_rate = new QLineSeries(m_chart);
    m_lag = new QLineSeries(m_chart);
    m_chart->addSeries(m_rate);
    m_chart->addSeries(m_lag);
    m_timeAxis = new QDateTimeAxis(m_chart);
    m_timeAxis->setFormat(QStringLiteral("HH:mm:ss"));
    m_rateAxis = new QValueAxis(m_chart);
    m_lagAxis = new QValueAxis(m_chart);
    m_rateAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_lagAxis->setLabelFormat(QStringLiteral("%.1f"));
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_rateAxis, Qt::AlignLeft);
    m_chart->addAxis(m_lagAxis, Qt::AlignRight);
    m_rate->attachAxis(m_timeAxis);
    m_rate->attachAxis(m_rateAxis);
    m_lag->attachAxis(m_timeAxis);
    m_lag->attachAxis(m_lagAxis);
    m_rateAxis->setRange(0, 10);
    m_lagAxis->setRange(0, 5);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(now - 60000), QDateTime::fromMSecsSinceEpoch(now));
    auto *chartView = new QChartView(m_chart, bottom);
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumHeight(200);
    m_history = new QPlainTextEdit(bottom);
    m_history->setReadOnly(true);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    statusLayout->addWidget(bottom, 1);

    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 5);
    right->setStretchFactor(0, 2);
    right->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    fillConnections();
}

void IndexMigrationsPanel::retranslate()
{
    m_newAction->setText(tr("New recipe"));
    m_saveAction->setText(tr("Save"));
    m_validateAction->setText(tr("Validate"));
    m_validateAction->setToolTip(tr("Check the recipe against the clusters and try the new mappings; nothing is created"));
    m_initAction->setText(tr("Init…"));
    m_initAction->setToolTip(tr("Show what would be created, then create the destination indexes"));
    m_runAction->setText(tr("Run"));
    m_runAction->setToolTip(tr("Bulk copy, then keep syncing changes until stopped"));
    m_stopAction->setText(tr("Stop"));
    m_stopAction->setToolTip(tr("Stop syncing (the state stays in the cluster; Run resumes)"));
    m_pauseAction->setText(tr("Pause"));
    m_resumeAction->setText(tr("Resume"));
    m_rolloverAction->setText(tr("Rollover…"));
    m_rolloverAction->setToolTip(tr("Swap the aliases to the new indexes in one atomic call"));
    m_rollbackAction->setText(tr("Rollback…"));
    m_cancelAction->setText(tr("Cancel…"));
    m_cleanupAction->setText(tr("Clean up…"));
    m_addJobAction->setText(tr("Add job"));
    m_removeJobAction->setText(tr("Remove job"));
    m_mappingsAction->setText(tr("Mappings and settings…"));
    const QStringList labels{tr("Name:"), tr("Source cluster:"), tr("Destination cluster:"), tr("Index prefix:")};
    for (int i = 0; i < m_formLabels.size(); ++i)
        m_formLabels[i]->setText(labels.value(i));
    m_copyAliases->setText(tr("Move the aliases at rollover (create them on the destination across clusters)"));
    m_jobsForm->setHorizontalHeaderLabels({tr("Source index or alias"), tr("Destination"), tr("Method"), tr("Slices"), tr("Req/s"),
                                           tr("Batch"), tr("Timestamp field"), tr("Sync every (s)"), tr("Max lag (s)")});
    m_status->setHorizontalHeaderLabels({tr("Source"), tr("Destination"), tr("Phase"), tr("Progress"), tr("Docs/s"), tr("ETA"),
                                         tr("Source docs"), tr("Dest. docs"), tr("Lag"), tr("Synced"), tr("Deleted"), tr("Errors")});
    m_rate->setName(tr("Documents per second"));
    m_lag->setName(tr("Sync lag (s)"));
    m_chart->setTitle(tr("Throughput and lag"));
    m_formTitle->setText(m_currentName.isEmpty() ? tr("No recipe selected: create one with “New recipe”") : tr("Recipe %1").arg(m_currentName));
}

void IndexMigrationsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void IndexMigrationsPanel::fillConnections()
{
    const QString src = m_source->currentData().toString(), dst = m_dest->currentData().toString();
    m_source->clear();
    m_dest->clear();
    m_dest->addItem(tr("(same as the source)"), QString());
    ConnectionsModel *model = m_connections->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const ConnectionProfile p = model->profileAt(row);
        if (p.kind() != ConnectionKind::Search)
            continue;
        m_source->addItem(themedIcon(QStringLiteral("cluster")), p.name, p.name);
        m_dest->addItem(themedIcon(QStringLiteral("cluster")), p.name, p.name);
    }
    // The recipe's clusters win over what the combo boxes showed (they may be named before they exist).
    m_source->setCurrentIndex(qMax(0, m_source->findData(m_wantSource.isEmpty() ? src : m_wantSource)));
    m_dest->setCurrentIndex(qMax(0, m_dest->findData(m_wantSource.isEmpty() ? dst : m_wantDest)));
    if (!m_currentName.isEmpty() && !m_polling)
        QTimer::singleShot(0, this, &IndexMigrationsPanel::refreshStatus);
}

QString IndexMigrationsPanel::recipeFile(const QString &name) const { return recipePath(m_workspace, name); }

void IndexMigrationsPanel::reloadRecipes()
{
    const QString keep = m_currentName;
    m_recipes->clear();
    for (const QString &path : listRecipes(m_workspace)) {
        auto *item = new QStandardItem(themedIcon(QStringLiteral("index")), QFileInfo(path).completeBaseName());
        item->setData(path, Qt::UserRole);
        m_recipes->appendRow(item);
    }
    if (!keep.isEmpty())
        selectRecipe(keep);
    else if (m_recipes->rowCount() > 0)
        m_recipeList->setCurrentIndex(m_recipes->index(0, 0));
}

void IndexMigrationsPanel::selectRecipe(const QString &name)
{
    for (int row = 0; row < m_recipes->rowCount(); ++row)
        if (m_recipes->item(row)->text() == name) {
            m_currentName.clear(); // read it again from its file
            m_recipeList->setCurrentIndex(m_recipes->index(row, 0));
            currentRecipeChanged();
            return;
        }
}

void IndexMigrationsPanel::currentRecipeChanged()
{
    const QModelIndex i = m_recipeList->currentIndex();
    if (!i.isValid())
        return;
    const QString name = i.data().toString();
    if (name == m_currentName && m_jobsForm->rowCount() > 0)
        return;
    auto r = Recipe::load(i.data(Qt::UserRole).toString());
    m_currentName = name;
    m_stateStatus.clear();
    m_rate->clear();
    m_lag->clear();
    m_status->removeRows(0, m_status->rowCount());
    m_history->clear();
    if (!r) {
        m_statusLabel->setText(r.errorMessage());
        setFormRecipe(Recipe{});
    } else {
        setFormRecipe(*r);
        m_statusLabel->setText(tr("Reading the migration state…"));
        refreshStatus();
    }
    retranslate();
    updateActions();
}

void IndexMigrationsPanel::setFormRecipe(const Recipe &r)
{
    m_wantSource = r.sourceConnection;
    m_wantDest = r.crossCluster() ? r.destinationConnection : QString();
    m_name->setText(r.name);
    m_source->setCurrentIndex(qMax(0, m_source->findData(r.sourceConnection)));
    m_dest->setCurrentIndex(qMax(0, m_dest->findData(r.crossCluster() ? r.destinationConnection : QString())));
    m_prefix->setText(r.prefix);
    m_copyAliases->setChecked(r.copyAliases);
    m_jobsForm->removeRows(0, m_jobsForm->rowCount());
    m_jobExtras.clear();
    const QJsonArray jobs = r.toJson().value(QStringLiteral("jobs")).toArray();
    for (int k = 0; k < r.jobs.size(); ++k) {
        const RecipeJob &j = r.jobs.at(k);
        QList<QStandardItem *> row;
        row << new QStandardItem(j.source) << new QStandardItem(j.destination) << new QStandardItem(copyMethodKey(j.method))
            << new QStandardItem(j.slices == 0 ? QStringLiteral("auto") : QString::number(j.slices))
            << new QStandardItem(QString::number(j.requestsPerSecond)) << new QStandardItem(j.batchSize == 0 ? QStringLiteral("auto") : QString::number(j.batchSize))
            << new QStandardItem(j.sync.timestampField) << new QStandardItem(QString::number(j.sync.intervalMs / 1000.0))
            << new QStandardItem(QString::number(j.sync.maxLagMs / 1000.0));
        m_jobsForm->appendRow(row);
        m_jobExtras.append(jobs.at(k).toObject());
    }
    m_jobsView->resizeColumnsToContents();
}

Recipe IndexMigrationsPanel::formRecipe() const
{
    QJsonObject o{{QStringLiteral("name"), m_name->text()},
                  {QStringLiteral("source"), QJsonObject{{QStringLiteral("connection"), m_source->currentData().toString()}}},
                  {QStringLiteral("destination"), QJsonObject{{QStringLiteral("connection"), m_dest->currentData().toString().isEmpty()
                                                                                                 ? m_source->currentData().toString()
                                                                                                 : m_dest->currentData().toString()}}},
                  {QStringLiteral("prefix"), m_prefix->text().trimmed()},
                  {QStringLiteral("copy_aliases"), m_copyAliases->isChecked()}};
    QJsonArray jobs;
    for (int row = 0; row < m_jobsForm->rowCount(); ++row) {
        QJsonObject j = m_jobExtras.value(row);
        auto text = [&](int c) { return m_jobsForm->item(row, c) ? m_jobsForm->item(row, c)->text().trimmed() : QString(); };
        j[QStringLiteral("source")] = text(FSource);
        j[QStringLiteral("destination")] = text(FDestination);
        j[QStringLiteral("method")] = text(FMethod);
        j[QStringLiteral("slices")] = text(FSlices) == QLatin1String("auto") ? QJsonValue(QStringLiteral("auto")) : QJsonValue(text(FSlices).toInt());
        j[QStringLiteral("requests_per_second")] = text(FRps).toDouble();
        j[QStringLiteral("batch_size")] = text(FBatch) == QLatin1String("auto") ? QJsonValue(QStringLiteral("auto")) : QJsonValue(text(FBatch).toInt());
        QJsonObject sync = j.value(QStringLiteral("sync")).toObject();
        sync[QStringLiteral("timestamp_field")] = text(FTimestamp);
        sync[QStringLiteral("interval_seconds")] = text(FInterval).toDouble();
        sync[QStringLiteral("rollover_max_lag_seconds")] = text(FMaxLag).toDouble();
        j[QStringLiteral("sync")] = sync;
        jobs.append(j);
    }
    o[QStringLiteral("jobs")] = jobs;
    auto r = Recipe::fromJson(o);
    Recipe out = r ? r.take() : Recipe{};
    out.filePath = recipeFile(m_name->text());
    return out;
}

bool IndexMigrationsPanel::saveRecipe()
{
    if (m_currentName.isEmpty())
        return false;
    const Recipe r = formRecipe();
    const QStringList problems = r.validate();
    if (!problems.isEmpty()) {
        QMessageBox::warning(this, tr("Recipe not saved"), problems.join(u'\n'));
        return false;
    }
    if (Status s = r.save(recipeFile(r.name)); !s) {
        QMessageBox::warning(this, tr("Recipe not saved"), s.errorMessage());
        return false;
    }
    Q_EMIT statusMessage(tr("Saved %1").arg(recipeFile(r.name)));
    return true;
}

void IndexMigrationsPanel::newRecipe(const QString &name)
{
    Recipe r;
    r.name = name;
    r.sourceConnection = m_source->itemData(0).toString();
    RecipeJob j;
    j.source = QStringLiteral("records");
    j.destination = QStringLiteral("{index}-{date}");
    r.jobs.append(j);
    if (Status s = r.save(recipeFile(name)); !s) {
        QMessageBox::warning(this, tr("New recipe"), s.errorMessage());
        return;
    }
    m_currentName.clear();
    reloadRecipes();
    selectRecipe(name);
}

void IndexMigrationsPanel::editMappings()
{
    const int row = m_jobsView->currentIndex().row();
    if (row < 0 || row >= m_jobExtras.size())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Mappings and settings of job %1").arg(row + 1));
    auto *layout = new QVBoxLayout(&dialog);
    auto *hint = new QLabel(tr("Either the complete new mappings, or edits merged into the source's (null removes a key). "
                               "Settings are merged over the source's. The dry run of Init shows the difference."), &dialog);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    const QJsonObject extras = m_jobExtras.at(row);
    auto editor = [&](const QString &label, const QString &key) {
        layout->addWidget(new QLabel(label, &dialog));
        auto *e = new QPlainTextEdit(&dialog);
        e->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        const QJsonObject v = extras.value(key).toObject();
        e->setPlainText(v.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(v).toJson(QJsonDocument::Indented)));
        layout->addWidget(e);
        return e;
    };
    QPlainTextEdit *mappings = editor(tr("New mappings (empty: the source's):"), QStringLiteral("mappings"));
    QPlainTextEdit *edits = editor(tr("Mapping edits:"), QStringLiteral("mapping_edits"));
    QPlainTextEdit *settings = editor(tr("Index settings:"), QStringLiteral("settings"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QJsonObject result = extras;
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        for (auto [edit, key] : {std::pair{mappings, QStringLiteral("mappings")}, std::pair{edits, QStringLiteral("mapping_edits")},
                                 std::pair{settings, QStringLiteral("settings")}}) {
            const QString text = edit->toPlainText().trimmed();
            if (text.isEmpty()) {
                result.remove(key);
                continue;
            }
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &pe);
            if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
                QMessageBox::warning(&dialog, dialog.windowTitle(), tr("%1 is not a JSON object: %2 at offset %3").arg(key, pe.errorString()).arg(pe.offset));
                return;
            }
            result[key] = doc.object();
        }
        dialog.accept();
    });
    dialog.resize(620, 640);
    if (dialog.exec() == QDialog::Accepted)
        m_jobExtras[row] = result;
}

void IndexMigrationsPanel::updateActions()
{
    const bool have = !m_currentName.isEmpty();
    const QString s = m_stateStatus;
    const bool idle = m_busy == 0;
    m_saveAction->setEnabled(have);
    m_validateAction->setEnabled(have && idle);
    m_addJobAction->setEnabled(have);
    m_removeJobAction->setEnabled(have);
    m_mappingsAction->setEnabled(have);
    m_initAction->setEnabled(have && idle && (s == QLatin1String("not-initialized") || s == QLatin1String("canceled")
                                               || s == QLatin1String("completed") || s == QLatin1String("failed")));
    const bool runnable = s == QLatin1String("initialized") || s == QLatin1String("bulk") || s == QLatin1String("syncing")
        || s == QLatin1String("switch-pending");
    m_runAction->setEnabled(have && m_runJob == 0 && runnable && !m_ownedElsewhere);
    m_runAction->setToolTip(m_ownedElsewhere ? tr("Another Godwit drives this migration; stop it there first")
                                             : tr("Bulk copy, then keep syncing changes until stopped"));
    m_stopAction->setEnabled(m_runJob != 0);
    m_pauseAction->setEnabled(have && s == QLatin1String("bulk"));
    m_resumeAction->setEnabled(have && s == QLatin1String("bulk"));
    m_rolloverAction->setEnabled(have && idle && (s == QLatin1String("syncing") || s == QLatin1String("switch-pending")));
    m_rolloverAction->setText(s == QLatin1String("switch-pending") ? tr("Confirm switch…") : tr("Rollover…"));
    m_rollbackAction->setEnabled(have && idle && (s == QLatin1String("rolled-over") || s == QLatin1String("switch-pending")));
    m_cancelAction->setEnabled(have && (runnable || s == QLatin1String("initializing")));
    m_cleanupAction->setEnabled(have && idle && s == QLatin1String("rolled-over"));
}

void IndexMigrationsPanel::withMigrator(const QString &title, std::function<JobOutcome(IndexMigrator &, JobContext &)> fn,
                                        std::function<void(const JobOutcome &)> done, bool isRun)
{
    const Recipe recipe = formRecipe();
    const QStringList problems = recipe.validate();
    if (!problems.isEmpty()) {
        if (done)
            done(JobOutcome::failure(Error::make(ErrorKind::InvalidInput, problems.join(u' '))));
        return;
    }
    ConnectionsModel *model = m_connections->model();
    const int srcRow = model->find(recipe.sourceConnection);
    const int dstRow = model->find(recipe.destinationConnectionName());
    if (srcRow < 0 || dstRow < 0) {
        if (done)
            done(JobOutcome::failure(Error::make(ErrorKind::NotFound, tr("The recipe names a connection that does not exist."))));
        return;
    }
    const ConnectionProfile src = model->profileAt(srcRow);
    const ConnectionProfile dst = model->profileAt(dstRow);
    ++m_busy;
    updateActions();
    QPointer<IndexMigrationsPanel> self(this);
    m_connections->withSecret(src, false, [=](const QString &srcSecret) {
        if (!self)
            return;
        m_connections->withSecret(dst, false, [=](const QString &dstSecret) {
            if (!self)
                return;
            ClusterEndpoint a{recipe.sourceConnection, src, srcSecret};
            ClusterEndpoint b{recipe.destinationConnectionName(), dst, dstSecret};
            const JobId id = m_jobs->start(title, [=](JobContext &job) {
                IndexMigrator m(recipe, a, b, &job);
                return fn(m, job);
            }, this, [this, done, isRun](const JobOutcome &o) {
                --m_busy;
                if (isRun)
                    m_runJob = 0;
                if (done)
                    done(o);
                updateActions();
                refreshStatus();
            }, QStringLiteral("index"));
            if (isRun)
                m_runJob = id;
            updateActions();
        });
    });
}

void IndexMigrationsPanel::validate()
{
    withMigrator(tr("Validate %1").arg(m_currentName), [](IndexMigrator &m, JobContext &) {
        auto p = m.plan(true);
        return p ? JobOutcome::success(QVariant(p->toJson())) : JobOutcome::failure(p.error());
    }, [this](const JobOutcome &o) {
        if (!o.ok) {
            QMessageBox::warning(this, tr("Validate"), o.error.message);
            Q_EMIT actionFinished(QStringLiteral("validate"), false, o.error.message);
            return;
        }
        const QJsonObject plan = o.value.toJsonObject();
        QStringList lines;
        for (const QJsonValue &p : plan.value(QStringLiteral("problems")).toArray())
            lines << tr("Problem: %1").arg(p.toString());
        for (const QJsonValue &w : plan.value(QStringLiteral("warnings")).toArray())
            lines << tr("Warning: %1").arg(w.toString());
        const bool ok = plan.value(QStringLiteral("problems")).toArray().isEmpty();
        m_statusLabel->setText(ok ? tr("The recipe is valid. %1").arg(lines.join(u' ')) : lines.join(u'\n'));
        Q_EMIT actionFinished(QStringLiteral("validate"), ok, lines.join(u'\n'));
    });
}

void IndexMigrationsPanel::init(bool confirm)
{
    saveRecipe();
    withMigrator(tr("Plan %1").arg(m_currentName), [](IndexMigrator &m, JobContext &) {
        auto p = m.plan(true);
        return p ? JobOutcome::success(QVariant(p->text() + QStringLiteral("\n\x1f") + QString::number(p->problems.size())))
                 : JobOutcome::failure(p.error());
    }, [this, confirm](const JobOutcome &o) {
        if (!o.ok) {
            m_statusLabel->setText(o.error.message);
            Q_EMIT actionFinished(QStringLiteral("init"), false, o.error.message);
            return;
        }
        const QString value = o.value.toString();
        const QString text = value.section(QChar(0x1f), 0, 0);
        const int problems = value.section(QChar(0x1f), 1).toInt();
        if (problems > 0) {
            m_statusLabel->setText(text);
            if (confirm)
                QMessageBox::warning(this, tr("Init"), tr("Nothing was created:\n\n%1").arg(text));
            Q_EMIT actionFinished(QStringLiteral("init"), false, text);
            return;
        }
        if (confirm) {
            QMessageBox box(QMessageBox::Question, tr("Init %1").arg(m_currentName), tr("Create the destination indexes?"),
                            QMessageBox::Ok | QMessageBox::Cancel, this);
            box.setInformativeText(tr("This is the dry run; nothing has been created yet."));
            box.setDetailedText(text);
            box.button(QMessageBox::Ok)->setText(tr("Create"));
            if (box.exec() != QMessageBox::Ok)
                return;
        }
        withMigrator(tr("Init %1").arg(m_currentName), [](IndexMigrator &m, JobContext &) {
            auto r = m.init();
            return r ? JobOutcome::success(QVariant(r->toJson())) : JobOutcome::failure(r.error());
        }, [this](const JobOutcome &done) {
            m_statusLabel->setText(done.ok ? tr("Initialised.") : done.error.message);
            Q_EMIT actionFinished(QStringLiteral("init"), done.ok, done.ok ? QString() : done.error.message);
        });
    });
}

void IndexMigrationsPanel::run()
{
    if (m_runJob)
        return;
    withMigrator(tr("Run %1").arg(m_currentName), [](IndexMigrator &m, JobContext &) {
        IndexMigrator::RunOptions o;
        auto r = m.run(o);
        return r ? JobOutcome::success(QVariant(r->toJson())) : JobOutcome::failure(r.error());
    }, [this](const JobOutcome &o) {
        const bool stopped = !o.ok && o.error.kind == ErrorKind::Canceled;
        if (!o.ok && !stopped)
            m_statusLabel->setText(o.error.message);
        Q_EMIT actionFinished(QStringLiteral("run"), o.ok || stopped, o.ok ? QString() : o.error.message);
    }, true);
}

void IndexMigrationsPanel::stop()
{
    if (m_runJob)
        m_jobs->cancel(m_runJob);
}

void IndexMigrationsPanel::rollover(bool confirm, bool force, bool confirmSwitch)
{
    if (confirm) {
        const QString q = confirmSwitch ? tr("Does the application use the destination cluster now? The last writes to the source are copied, then the migration is marked as rolled over.")
                                        : tr("Swap every alias of %1 to the new indexes in one call? The old indexes are kept until you clean up; until then you can roll back.").arg(m_currentName);
        if (QMessageBox::question(this, tr("Rollover"), q) != QMessageBox::Yes)
            return;
    }
    if (m_runJob != 0) {
        // The sync and the rollover must not write the state at the same time: stop the sync first. Across
        // clusters it starts again once the destination carries the aliases, until the switch is confirmed.
        m_resumeSyncAfterRollover = !confirmSwitch && formRecipe().crossCluster();
        stop();
        QTimer::singleShot(300, this, [this, force, confirmSwitch] { rollover(false, force, confirmSwitch); });
        return;
    }
    IndexMigrator::RolloverOptions ro;
    ro.force = force;
    ro.confirm = confirmSwitch;
    const bool resume = std::exchange(m_resumeSyncAfterRollover, false);
    stateStep(QStringLiteral("rollover"), tr("Rollover %1").arg(m_currentName), [ro](IndexMigrator &m) { return m.rollover(ro); }, confirm,
              [this, resume](bool ok) {
                  if (ok && resume)
                      run();
              });
}

void IndexMigrationsPanel::stateStep(const QString &action, const QString &title,
                                     std::function<Result<MigrationState>(IndexMigrator &)> step, bool warnUser,
                                     std::function<void(bool)> then)
{
    withMigrator(title, [step](IndexMigrator &m, JobContext &) {
        auto r = step(m);
        return r ? JobOutcome::success(QVariant(r->toJson())) : JobOutcome::failure(r.error());
    }, [this, action, title, warnUser, then](const JobOutcome &o) {
        if (!o.ok) {
            m_statusLabel->setText(o.error.message);
            if (warnUser)
                QMessageBox::warning(this, title, o.error.message);
        }
        Q_EMIT actionFinished(action, o.ok, o.ok ? QString() : o.error.message);
        if (then)
            then(o.ok);
    });
}

void IndexMigrationsPanel::rollback(bool confirm)
{
    if (confirm && QMessageBox::question(this, tr("Rollback"), tr("Swap the aliases of %1 back to the old indexes? What was written meanwhile is copied back first.").arg(m_currentName)) != QMessageBox::Yes)
        return;
    stateStep(QStringLiteral("rollback"), tr("Rollback %1").arg(m_currentName), [](IndexMigrator &m) { return m.rollback(); });
}

void IndexMigrationsPanel::cancelMigration(bool confirm, bool deleteCreated)
{
    if (confirm) {
        QMessageBox box(QMessageBox::Question, tr("Cancel %1").arg(m_currentName), tr("Cancel the migration? Running bulk tasks are canceled."),
                        QMessageBox::Yes | QMessageBox::No, this);
        auto *del = new QCheckBox(tr("Delete the indexes it created"), &box);
        del->setChecked(true);
        box.setCheckBox(del);
        if (box.exec() != QMessageBox::Yes)
            return;
        deleteCreated = del->isChecked();
    }
    stop();
    stateStep(QStringLiteral("cancel"), tr("Cancel %1").arg(m_currentName), [deleteCreated](IndexMigrator &m) { return m.cancel(deleteCreated); });
}

void IndexMigrationsPanel::cleanup(bool confirm)
{
    if (confirm && QMessageBox::question(this, tr("Clean up"), tr("Delete the old indexes of %1 for good? Rollback is no longer possible afterwards.").arg(m_currentName)) != QMessageBox::Yes)
        return;
    stateStep(QStringLiteral("cleanup"), tr("Clean up %1").arg(m_currentName), [](IndexMigrator &m) { return m.cleanup(); });
}

void IndexMigrationsPanel::throttle(double rps)
{
    withMigrator(rps == 0 ? tr("Pause %1").arg(m_currentName) : tr("Resume %1").arg(m_currentName), [rps](IndexMigrator &m, JobContext &) {
        auto r = m.throttle(rps);
        return r ? JobOutcome::success(QVariant(r->toJson())) : JobOutcome::failure(r.error());
    }, [this](const JobOutcome &o) {
        Q_EMIT statusMessage(o.ok ? tr("Throttle changed.") : o.error.message);
    });
}

void IndexMigrationsPanel::refreshStatus()
{
    if (m_currentName.isEmpty() || m_polling)
        return;
    m_polling = true;
    const Recipe recipe = formRecipe();
    ConnectionsModel *model = m_connections->model();
    const int srcRow = model->find(recipe.sourceConnection);
    const int dstRow = model->find(recipe.destinationConnectionName());
    if (srcRow < 0 || dstRow < 0 || !recipe.validate().isEmpty()) {
        m_polling = false;
        m_stateStatus = QStringLiteral("not-initialized");
        m_statusLabel->setText(srcRow < 0 || dstRow < 0 ? tr("Choose the clusters, then save the recipe.") : recipe.validate().join(u' '));
        updateActions();
        return;
    }
    const ConnectionProfile src = model->profileAt(srcRow), dst = model->profileAt(dstRow);
    QPointer<IndexMigrationsPanel> self(this);
    m_connections->withSecret(src, false, [=](const QString &srcSecret) {
        if (!self)
            return;
        m_connections->withSecret(dst, false, [=](const QString &dstSecret) {
            if (!self)
                return;
            const QString name = m_currentName;
            // A light, frequent read: off the GUI thread, but not listed among the jobs (one every two seconds
            // would bury the real ones). Every request has its timeout.
            auto *watcher = new QFutureWatcher<JobOutcome>(this);
            connect(watcher, &QFutureWatcher<JobOutcome>::finished, this, [this, name, watcher] {
                const JobOutcome o = watcher->result();
                watcher->deleteLater();
                m_polling = false;
                if (name != m_currentName)
                    return;
                if (!o.ok) {
                    m_statusLabel->setText(o.error.message);
                    return;
                }
                const QJsonObject st = o.value.toJsonObject();
                MigrationStatus s;
                s.exists = st.value(QStringLiteral("exists")).toBool();
                s.state = MigrationState::fromJson(st);
                s.state.status = st.value(QStringLiteral("status")).toString();
                s.state.owner = st.value(QStringLiteral("owner")).toObject();
                s.ownerAlive = s.state.owner.value(QStringLiteral("alive")).toBool();
                for (const QJsonValue &v : st.value(QStringLiteral("jobs")).toArray()) {
                    const QJsonObject j = v.toObject();
                    MigrationStatus::Job job;
                    job.sourceIndex = j.value(QStringLiteral("source_index")).toString();
                    job.destIndex = j.value(QStringLiteral("dest_index")).toString();
                    job.phase = j.value(QStringLiteral("phase")).toString();
                    job.total = qint64(j.value(QStringLiteral("total")).toDouble());
                    job.done = qint64(j.value(QStringLiteral("done")).toDouble());
                    job.docsPerSecond = j.value(QStringLiteral("docs_per_second")).toDouble();
                    job.etaMs = qint64(j.value(QStringLiteral("eta_ms")).toDouble());
                    job.sourceDocs = qint64(j.value(QStringLiteral("source_docs")).toDouble());
                    job.destDocs = qint64(j.value(QStringLiteral("dest_docs")).toDouble());
                    job.lagMs = qint64(j.value(QStringLiteral("lag_ms")).toDouble());
                    job.syncedDocs = qint64(j.value(QStringLiteral("synced_docs")).toDouble());
                    job.deletedDocs = qint64(j.value(QStringLiteral("deleted_docs")).toDouble());
                    for (const QJsonValue &e : j.value(QStringLiteral("errors")).toArray())
                        job.errors << e.toString();
                    s.jobs.append(job);
                }
                showStatus(s);
                        });
            watcher->setFuture(QtConcurrent::run([=] {
                IndexMigrator m(recipe, ClusterEndpoint{recipe.sourceConnection, src, srcSecret},
                                ClusterEndpoint{recipe.destinationConnectionName(), dst, dstSecret});
                auto st = m.status();
                return st ? JobOutcome::success(QVariant::fromValue(st->toJson())) : JobOutcome::failure(st.error());
            }));
        });
    });
}

int IndexMigrationsPanel::chartPoints() const { return int(m_rate->count()); }

void IndexMigrationsPanel::showStatus(const MigrationStatus &s)
{
    m_stateStatus = s.exists ? s.state.status : QStringLiteral("not-initialized");
    m_ownedElsewhere = !s.state.owner.isEmpty() && s.ownerAlive
        && qint64(s.state.owner.value(QStringLiteral("pid")).toDouble()) != QCoreApplication::applicationPid();
    QString owner;
    if (!s.state.owner.isEmpty())
        owner = tr(" — driven by %1 (process %2)%3").arg(s.state.owner.value(QStringLiteral("host")).toString())
                    .arg(qint64(s.state.owner.value(QStringLiteral("pid")).toDouble()))
                    .arg(s.ownerAlive ? QString() : tr(", gone"));
    QString label = s.exists ? tr("Migration: <b>%1</b>%2").arg(m_stateStatus, owner.toHtmlEscaped())
                             : tr("Not initialised yet: Validate, then Init… creates the destination indexes.");
    if (m_stateStatus == QLatin1String("switch-pending") && !s.state.history.isEmpty())
        label += QStringLiteral("<br>") + s.state.history.last().toObject().value(QStringLiteral("message")).toString().toHtmlEscaped();
    m_statusLabel->setText(label);
    m_status->removeRows(0, m_status->rowCount());
    qint64 totalDone = 0;
    qint64 maxLag = -1;
    for (const MigrationStatus::Job &j : s.jobs) {
        QString progress;
        if (j.total > 0)
            progress = tr("%1 % (%2 of %3)").arg(qMin<qint64>(100, j.done * 100 / j.total)).arg(count(j.done), count(j.total));
        QList<QStandardItem *> row;
        row << new QStandardItem(j.sourceIndex) << new QStandardItem(j.destIndex) << new QStandardItem(j.phase)
            << new QStandardItem(progress) << new QStandardItem(j.docsPerSecond > 0 ? QString::number(j.docsPerSecond, 'f', 0) : QStringLiteral("–"))
            << new QStandardItem(duration(j.etaMs)) << new QStandardItem(count(j.sourceDocs)) << new QStandardItem(count(j.destDocs))
            << new QStandardItem(duration(j.lagMs)) << new QStandardItem(count(j.syncedDocs)) << new QStandardItem(count(j.deletedDocs))
            << new QStandardItem(j.errors.join(QStringLiteral("; ")));
        if (!j.errors.isEmpty())
            row.last()->setIcon(themedIcon(QStringLiteral("error")));
        m_status->appendRow(row);
        totalDone += j.done + j.syncedDocs + j.deletedDocs;
        maxLag = qMax(maxLag, j.lagMs);
    }
    m_statusView->resizeColumnsToContents();
    QStringList history;
    for (const QJsonValue &h : s.state.history) {
        const QJsonObject o = h.toObject();
        history << QStringLiteral("%1  %2  %3").arg(QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                                                     o.value(QStringLiteral("event")).toString(), o.value(QStringLiteral("message")).toString());
    }
    m_history->setPlainText(history.join(u'\n'));
    m_history->moveCursor(QTextCursor::End);

    // The chart: throughput from the change of the processed counters, lag as reported.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (s.exists) {
        if (m_lastDoneTotal >= 0 && m_lastPollMs > 0 && now > m_lastPollMs) {
            const double rate = qMax<qint64>(0, totalDone - m_lastDoneTotal) * 1000.0 / double(now - m_lastPollMs);
            m_rate->append(double(now), rate);
            m_lag->append(double(now), maxLag < 0 ? 0 : maxLag / 1000.0);
            while (m_rate->count() > 300) {
                m_rate->remove(0);
                m_lag->remove(0);
            }
            double maxRate = 10, maxLagS = 5;
            for (const QPointF &p : m_rate->points())
                maxRate = qMax(maxRate, p.y());
            for (const QPointF &p : m_lag->points())
                maxLagS = qMax(maxLagS, p.y());
            m_rateAxis->setRange(0, maxRate * 1.1);
            m_lagAxis->setRange(0, maxLagS * 1.1);
            m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(m_rate->at(0).x())), QDateTime::fromMSecsSinceEpoch(now));
        }
        m_lastDoneTotal = totalDone;
        m_lastPollMs = now;
    }
    updateActions();
    Q_EMIT statusUpdated();
}

} // namespace Godwit
