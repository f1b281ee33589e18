// SPDX-License-Identifier: GPL-3.0-or-later
#include "dumpspanel.h"

#include "connectionspanel.h"
#include "decorations.h"
#include "dumpdialogs.h"

#include "dump/formats/django.h"
#include "workspace/workspace.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPalette>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Godwit {

using namespace Godwit::Dump;

namespace {

QToolButton *toolButton(QWidget *parent, const char *icon)
{
    auto *b = new QToolButton(parent);
    b->setIcon(themedIcon(QString::fromLatin1(icon)));
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setAutoRaise(true);
    return b;
}

// Key icons on the primary-key columns' headers (core models carry no icons).
class KeyHeaderProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (role == Qt::DecorationRole && orientation == Qt::Horizontal)
            return sourceModel() && sourceModel()->headerData(section, orientation, DumpRowsModel::IsKeyRole).toBool()
                       ? QVariant(themedIcon(QStringLiteral("key"))) : QVariant();
        return QIdentityProxyModel::headerData(section, orientation, role);
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ForegroundRole && QIdentityProxyModel::data(index, DumpRowsModel::IsNullRole).toBool())
            return QPalette().color(QPalette::Disabled, QPalette::Text); // NULL is not the text "NULL"
        return QIdentityProxyModel::data(index, role);
    }
};

bool looksLikeDump(const QString &path)
{
    const QFileInfo fi(path);
    if (fi.isDir())
        return QFileInfo::exists(fi.absoluteFilePath() + QStringLiteral("/manifest.json"));
    const QString name = fi.fileName().toLower();
    return name == QLatin1String("manifest.json") || name.endsWith(QLatin1String(".json")) || name.endsWith(QLatin1String(".jsonl"))
        || name.endsWith(QLatin1String(".tar")) || name.endsWith(QLatin1String(".tar.gz")) || name.endsWith(QLatin1String(".tgz"))
        || name.endsWith(QLatin1String(".tar.zst")) || name.endsWith(QLatin1String(".zip"));
}

} // namespace

DumpsPanel::DumpsPanel(JobManager *jobs, ConnectionsPanel *connections, const QString &workspaceDir, QWidget *parent)
    : QWidget(parent), m_jobs(jobs), m_connections(connections), m_list(new DumpListModel(this)),
      m_listProxy(new QSortFilterProxyModel(this)), m_tables(new DumpTablesModel(this)), m_tablesProxy(new QSortFilterProxyModel(this)),
      m_rows(new DumpRowsModel(this))
{
    const Workspace ws(workspaceDir);
    m_dumpsDir = ws.dumpsDirectory();
    m_backupsDir = ws.backupsDirectory();
    setAcceptDrops(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setChildrenCollapsible(false);
    layout->addWidget(split);

    // Left: the dumps.
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(left);
    leftLayout->addWidget(m_title);
    auto *buttons = new QHBoxLayout;
    m_exportButton = toolButton(left, "export");
    m_importButton = toolButton(left, "import");
    m_verifyButton = toolButton(left, "ok");
    m_backupButton = toolButton(left, "database");
    m_restoreButton = toolButton(left, "run");
    m_addFolderButton = toolButton(left, "open");
    m_refreshButton = toolButton(left, "refresh");
    m_addFolderButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_refreshButton->setToolButtonStyle(Qt::ToolButtonIconOnly);
    for (QToolButton *b : {m_exportButton, m_importButton, m_verifyButton, m_backupButton, m_restoreButton})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_addFolderButton);
    buttons->addWidget(m_refreshButton);
    leftLayout->addLayout(buttons);
    m_filter = new QLineEdit(left);
    m_filter->setClearButtonEnabled(true);
    leftLayout->addWidget(m_filter);
    m_listStack = new QStackedWidget(left);
    m_emptyLabel = new QLabel(m_listStack);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMargin(24);
    m_listView = new QTreeView(m_listStack);
    m_listView->setRootIsDecorated(false);
    m_listView->setSortingEnabled(true);
    m_listView->setAlternatingRowColors(true);
    m_listView->setUniformRowHeights(true);
    m_listView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_listView->setDragEnabled(true);
    m_listProxy->setSourceModel(m_list);
    m_listProxy->setSortRole(DumpListModel::SortRole);
    m_listProxy->setFilterKeyColumn(-1);
    m_listProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_listView->setModel(m_listProxy);
    m_listView->sortByColumn(DumpListModel::CreatedColumn, Qt::DescendingOrder);
    m_listView->header()->setSectionResizeMode(DumpListModel::NameColumn, QHeaderView::Interactive);
    m_listView->header()->resizeSection(DumpListModel::NameColumn, 240);
    m_listView->header()->resizeSection(DumpListModel::SourceColumn, 200);
    m_listView->header()->resizeSection(DumpListModel::CreatedColumn, 130);
    m_listView->header()->resizeSection(DumpListModel::TablesColumn, 60);
    m_listStack->addWidget(m_emptyLabel);
    m_listStack->addWidget(m_listView);
    leftLayout->addWidget(m_listStack, 1);

    // Right: the opened dump.
    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(right);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    rightLayout->addWidget(m_summary);
    auto *vsplit = new QSplitter(Qt::Vertical, right);
    vsplit->setChildrenCollapsible(false);
    m_tablesView = new QTreeView(vsplit);
    m_tablesView->setRootIsDecorated(false);
    m_tablesView->setSortingEnabled(true);
    m_tablesView->setUniformRowHeights(true);
    m_tablesProxy->setSourceModel(m_tables);
    m_tablesProxy->setSortRole(DumpTablesModel::SortRole);
    m_tablesView->setModel(m_tablesProxy);
    m_tablesView->sortByColumn(DumpTablesModel::NameColumn, Qt::AscendingOrder);
    m_tablesView->header()->resizeSection(DumpTablesModel::NameColumn, 280);
    auto *rowsSide = new QWidget(vsplit);
    auto *rowsLayout = new QVBoxLayout(rowsSide);
    rowsLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    m_rowsLabel = new QLabel(rowsSide);
    m_keyEdit = new QLineEdit(rowsSide);
    m_keyEdit->setClearButtonEnabled(true);
    m_keyEdit->setMaximumWidth(260);
    searchRow->addWidget(m_rowsLabel, 1);
    searchRow->addWidget(m_keyEdit);
    rowsLayout->addLayout(searchRow);
    auto *rowsSplit = new QSplitter(Qt::Horizontal, rowsSide);
    m_rowsView = new QTableView(rowsSplit);
    auto *keyHeaders = new KeyHeaderProxy(this);
    keyHeaders->setSourceModel(m_rows);
    m_rowsView->setModel(keyHeaders);
    m_rowsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rowsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rowsView->setWordWrap(false);
    m_rowsView->verticalHeader()->setDefaultSectionSize(m_rowsView->fontMetrics().height() + 6);
    m_rowsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // uniform rows: a million scroll like ten
    m_rowsView->horizontalHeader()->setDefaultSectionSize(140);
    m_json = new QPlainTextEdit(rowsSplit);
    m_json->setReadOnly(true);
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    rowsSplit->setStretchFactor(0, 2);
    rowsSplit->setStretchFactor(1, 1);
    rowsSplit->setSizes({640, 320});
    rowsLayout->addWidget(rowsSplit, 1);
    vsplit->setStretchFactor(0, 1);
    vsplit->setStretchFactor(1, 3);
    rightLayout->addWidget(vsplit, 1);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({560, 840});

    connect(m_filter, &QLineEdit::textChanged, m_listProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DumpsPanel::currentDumpChanged);
    connect(m_listView, &QTreeView::activated, this, &DumpsPanel::currentDumpChanged);
    connect(m_tablesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        openTable(current.isValid() ? current.data(DumpTablesModel::TableIndexRole).toInt() : -1);
    });
    connect(m_rowsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        m_json->setPlainText(current.isValid() ? m_rows->rowJson(current.row()) : QString());
    });
    connect(m_keyEdit, &QLineEdit::returnPressed, this, [this] { findKey(m_keyEdit->text().trimmed()); });
    connect(m_exportButton, &QToolButton::clicked, this, [this] { exportConnection(m_connections->currentId()); });
    connect(m_backupButton, &QToolButton::clicked, this, [this] { exportConnection(m_connections->currentId(), true); });
    connect(m_importButton, &QToolButton::clicked, this, [this] { importDump(selectedPath(), m_connections->currentId()); });
    connect(m_restoreButton, &QToolButton::clicked, this, [this] { importDump(selectedPath(), m_connections->currentId(), true); });
    connect(m_verifyButton, &QToolButton::clicked, this, [this] { verifyDump(selectedPath()); });
    connect(m_refreshButton, &QToolButton::clicked, this, &DumpsPanel::refresh);
    connect(m_addFolderButton, &QToolButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Add a folder of dumps"));
        if (!dir.isEmpty())
            addFolder(dir);
    });
    retranslate();
    updateActions();
    refresh();
}

DumpsPanel::~DumpsPanel() = default;

void DumpsPanel::retranslate()
{
    m_title->setText(tr("<b>Dump files</b>"));
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Export a database connection into a dump"));
    m_importButton->setText(tr("Import…"));
    m_importButton->setToolTip(tr("Import the selected dump into a database (or drop a dump here)"));
    m_verifyButton->setText(tr("Verify"));
    m_verifyButton->setToolTip(tr("Check every checksum of the selected dump"));
    m_backupButton->setText(tr("Back up…"));
    m_backupButton->setToolTip(tr("A timestamped, compressed dump of a connection into the backups folder"));
    m_restoreButton->setText(tr("Restore…"));
    m_restoreButton->setToolTip(tr("Restore the selected backup into a connection: clears the tables, creates missing ones"));
    m_addFolderButton->setToolTip(tr("Add a folder of dumps"));
    m_refreshButton->setToolTip(tr("Look for dumps again"));
    m_filter->setPlaceholderText(tr("Filter dumps"));
    m_keyEdit->setPlaceholderText(tr("Find by key, then Enter"));
    m_emptyLabel->setText(tr("No dumps yet.\n\nExport a connection, or drop a dump folder, an archive (.tar.gz, .tar.zst, .zip) "
                             "or a Django fixture (.json) here to import it."));
    if (!m_opened)
        m_summary->setText(tr("Select a dump to see its tables and rows."));
}

void DumpsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DumpsPanel::setExtraFolders(const QStringList &folders)
{
    m_extraFolders = folders;
    refresh();
}

void DumpsPanel::addFolder(const QString &folder)
{
    const QString abs = QFileInfo(folder).absoluteFilePath();
    if (!m_extraFolders.contains(abs))
        m_extraFolders.append(abs);
    refresh();
}

void DumpsPanel::refresh()
{
    QList<QPair<QString, QString>> folders{{m_dumpsDir, tr("Dumps")}, {m_backupsDir, tr("Backups")}};
    for (const QString &f : std::as_const(m_extraFolders))
        folders.append({f, QFileInfo(f).fileName()});
    const quint64 generation = ++m_listGeneration;
    m_loading = true;
    m_jobs->start(tr("Look for dumps"), [folders](JobContext &job) -> JobOutcome {
        return JobOutcome::success(QVariant::fromValue(scanFolders(folders, &job)));
    }, this, [this, generation](const JobOutcome &outcome) {
        if (generation != m_listGeneration)
            return;
        m_loading = false;
        const QString keep = selectedPath();
        m_list->setEntries(outcome.value.value<QList<DumpEntry>>());
        m_listStack->setCurrentIndex(m_list->rowCount() > 0 ? 1 : 0);
        const int row = m_list->rowOf(keep.isEmpty() ? m_openedPath : keep);
        if (row >= 0)
            m_listView->setCurrentIndex(m_listProxy->mapFromSource(m_list->index(row, 0)));
        updateActions();
    }, QStringLiteral("dumps"));
}

QString DumpsPanel::selectedPath() const
{
    const QModelIndex current = m_listView->currentIndex();
    return current.isValid() ? current.data(DumpListModel::PathRole).toString() : QString();
}

void DumpsPanel::updateActions()
{
    const bool selected = !selectedPath().isEmpty();
    const bool databases = std::any_of(m_connections->model()->profiles().begin(), m_connections->model()->profiles().end(),
                                       [](const ConnectionProfile &p) { return p.kind() == ConnectionKind::Database; });
    m_exportButton->setEnabled(databases);
    m_backupButton->setEnabled(databases);
    m_importButton->setEnabled(databases);
    m_restoreButton->setEnabled(selected && databases);
    const QModelIndex current = m_listView->currentIndex();
    m_verifyButton->setEnabled(selected && current.data(DumpListModel::KindRole).toInt() != DumpEntry::DjangoFixture);
}

void DumpsPanel::currentDumpChanged()
{
    updateActions();
    const QString path = selectedPath();
    if (!path.isEmpty() && path != m_openedPath)
        openDump(path);
}

void DumpsPanel::showSummary(const Manifest &m)
{
    QStringList markers;
    if (m.markers.hasAlembic)
        markers.append(tr("Alembic at %1").arg(m.markers.alembicVersions.join(QStringLiteral(", "))));
    if (m.markers.hasDjango)
        markers.append(tr("%n Django migration(s)", nullptr, m.markers.djangoMigrationCount));
    m_summary->setText(tr("<b>%1</b><br>From %2 %3 (%4), written %5 by %6 · %7 tables, %8 rows%9%10")
                           .arg(QFileInfo(m_openedPath).fileName().toHtmlEscaped(), m.sourceEngine.toHtmlEscaped(), m.sourceVersion.toHtmlEscaped(),
                                m.sourceName.toHtmlEscaped(), QLocale().toString(m.created.toLocalTime(), QLocale::ShortFormat), m.tool.toHtmlEscaped())
                           .arg(m.tables.size())
                           .arg(QLocale().toString(m.totalRows()))
                           .arg(markers.isEmpty() ? QString() : QStringLiteral(" · ") + markers.join(QStringLiteral(" · ")).toHtmlEscaped())
                           .arg(m.media.isEmpty() ? QString() : tr(" · %n media file(s)", nullptr, int(m.media.size()))));
}

void DumpsPanel::openDump(const QString &path)
{
    const quint64 generation = ++m_openGeneration;
    m_openedPath = path;
    m_opened.reset();
    m_rows->clear();
    m_tables->setManifest({});
    m_json->clear();
    m_rowsLabel->clear();
    if (isDjangoFixture(path)) {
        m_summary->setText(tr("<b>%1</b><br>A Django fixture: import it into a database whose schema the application's migrations created.")
                               .arg(QFileInfo(path).fileName().toHtmlEscaped()));
        return;
    }
    m_summary->setText(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    m_loading = true;
    m_jobs->start(tr("Open %1").arg(QFileInfo(path).fileName()), [path](JobContext &job) -> JobOutcome {
        auto source = DumpSource::open(path, &job);
        if (!source)
            return JobOutcome::failure(source.error());
        return JobOutcome::success(QVariant::fromValue(source.value()));
    }, this, [this, generation](const JobOutcome &outcome) {
        if (generation != m_openGeneration)
            return;
        m_loading = false;
        if (!outcome.ok) {
            m_summary->setText(tr("<b>This dump cannot be read.</b><br>%1").arg(outcome.error.message.toHtmlEscaped()));
            return;
        }
        m_opened = outcome.value.value<std::shared_ptr<DumpSource>>();
        m_tables->setManifest(m_opened->manifest());
        showSummary(m_opened->manifest());
        if (m_tables->rowCount() > 0)
            m_tablesView->setCurrentIndex(m_tablesProxy->index(0, 0));
    }, QStringLiteral("dumps"));
}

void DumpsPanel::openTable(int tableIndex)
{
    m_json->clear();
    m_rows->setTable(m_opened, tableIndex);
    const DumpTable *t = m_rows->table();
    m_rowsLabel->setText(t ? tr("<b>%1</b> · %2 rows").arg(t->name.toHtmlEscaped(), QLocale().toString(t->rows)) : QString());
    if (t && t->rows > 0)
        m_rowsView->selectRow(0);
}

void DumpsPanel::findKey(const QString &key)
{
    const DumpTable *t = m_rows->table();
    if (!t || key.isEmpty() || !m_opened)
        return;
    const std::shared_ptr<const DumpSource> source = m_opened;
    const DumpTable table = *t;
    const quint64 generation = m_openGeneration;
    m_jobs->start(tr("Find %1 in %2").arg(key, table.name), [source, table, key](JobContext &job) -> JobOutcome {
        job.setUnit(QStringLiteral("rows"));
        job.setTotal(table.rows);
        return JobOutcome::success(DumpRowsModel::findRow(*source, table, key, -1, &job));
    }, this, [this, generation, key](const JobOutcome &outcome) {
        if (generation != m_openGeneration || !outcome.ok)
            return;
        const int row = outcome.value.toInt();
        if (row < 0) {
            Q_EMIT statusMessage(tr("No row with the key %1.").arg(key));
            return;
        }
        m_rowsView->selectRow(row);
        m_rowsView->scrollTo(m_rowsView->model()->index(row, 0), QAbstractItemView::PositionAtCenter);
    }, QStringLiteral("dumps"));
}

void DumpsPanel::verifyDump(const QString &path)
{
    if (path.isEmpty())
        return;
    m_list->setVerifyState(path, DumpEntry::Verifying);
    m_jobs->start(tr("Verify %1").arg(QFileInfo(path).fileName()), [path](JobContext &job) -> JobOutcome {
        auto source = DumpSource::open(path, &job);
        if (!source)
            return JobOutcome::failure(source.error());
        return JobOutcome::success(QVariant::fromValue(Dump::verifyDump(**source, &job)));
    }, this, [this, path](const JobOutcome &outcome) {
        if (!outcome.ok) {
            m_list->setVerifyState(path, DumpEntry::Damaged, outcome.error.message);
            Q_EMIT statusMessage(outcome.error.message);
            return;
        }
        const VerifyReport r = outcome.value.value<VerifyReport>();
        QStringList lines;
        for (const VerifyProblem &p : r.problems)
            lines.append(QStringLiteral("%1 %2: %3").arg(p.table, p.where, p.message));
        m_list->setVerifyState(path, r.ok ? DumpEntry::Verified : DumpEntry::Damaged,
                               r.ok ? tr("%1 rows in %2 chunks: every checksum matches.").arg(r.rows).arg(r.chunks) : lines.join(u'\n'));
        Q_EMIT statusMessage(r.ok ? tr("%1 is intact.").arg(QFileInfo(path).fileName())
                                  : tr("%1 is damaged: %2").arg(QFileInfo(path).fileName(), lines.value(0)));
    }, QStringLiteral("dumps"));
}

void DumpsPanel::importDump(const QString &path, const QString &targetId, bool restore)
{
    if (m_importDialog)
        m_importDialog->close();
    auto *dialog = new ImportDialog(m_jobs, m_connections, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_importDialog = dialog;
    dialog->setRestoreMode(restore);
    if (!targetId.isEmpty())
        dialog->setTarget(targetId);
    if (!path.isEmpty())
        dialog->setDumpPath(path);
    connect(dialog, &ImportDialog::imported, this, [this] { Q_EMIT statusMessage(tr("Import finished.")); });
    dialog->open();
}

void DumpsPanel::exportConnection(const QString &connectionId, bool backup)
{
    if (m_exportDialog)
        m_exportDialog->close();
    auto *dialog = new ExportDialog(m_jobs, m_connections, backup ? m_backupsDir : m_dumpsDir, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_exportDialog = dialog;
    if (!connectionId.isEmpty())
        dialog->setSource(connectionId);
    dialog->setBackupMode(backup);
    connect(dialog, &ExportDialog::exported, this, [this](const QString &path) {
        m_openedPath.clear();
        refresh();
        Q_EMIT statusMessage(tr("Exported to %1").arg(path));
    });
    dialog->open();
}

void DumpsPanel::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile() && looksLikeDump(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

void DumpsPanel::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    QString path = urls.first().toLocalFile();
    if (QFileInfo(path).fileName() == QLatin1String("manifest.json"))
        path = QFileInfo(path).absolutePath();
    event->acceptProposedAction();
    importDump(path, m_connections->currentId());
}

} // namespace Godwit
