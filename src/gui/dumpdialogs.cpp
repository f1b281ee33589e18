// SPDX-License-Identifier: GPL-3.0-or-later
#include "dumpdialogs.h"

#include "connectionspanel.h"
#include "decorations.h"

#include "db/databasesession.h"
#include "db/schema.h"
#include "dump/formats/django.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Godwit {

using namespace Godwit::Dump;

namespace {

void fillDatabaseConnections(QComboBox *combo, const ConnectionsModel *model)
{
    combo->clear();
    for (const ConnectionProfile &p : model->profiles())
        if (p.kind() == ConnectionKind::Database)
            combo->addItem(themedIcon(QStringLiteral("database")), QStringLiteral("%1 — %2").arg(p.name, p.displayUrl()), p.id);
}

QString severityText(PreflightIssue::Severity s)
{
    switch (s) {
    case PreflightIssue::Problem: return ImportDialog::tr("Problem");
    case PreflightIssue::Warning: return ImportDialog::tr("Warning");
    case PreflightIssue::Info: break;
    }
    return ImportDialog::tr("Note");
}

QIcon severityIcon(PreflightIssue::Severity s)
{
    switch (s) {
    case PreflightIssue::Problem: return themedIcon(QStringLiteral("error"));
    case PreflightIssue::Warning: return themedIcon(QStringLiteral("warning"));
    case PreflightIssue::Info: break;
    }
    return themedIcon(QStringLiteral("about"));
}

} // namespace

// ---------------------------------------------------------------------------------------------------------

ImportDialog::ImportDialog(JobManager *jobs, ConnectionsPanel *connections, QWidget *parent)
    : QDialog(parent), m_jobs(jobs), m_connections(connections)
{
    setWindowTitle(tr("Import a dump"));
    resize(860, 640);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setPlaceholderText(tr("A dump folder, a .tar.gz/.tar.zst/.zip archive or a Django fixture (.json)"));
    auto *browse = new QToolButton(this);
    browse->setIcon(themedIcon(QStringLiteral("open")));
    browse->setToolTip(tr("Choose a dump file"));
    pathRow->addWidget(m_path);
    pathRow->addWidget(browse);
    auto *pathLabel = new QLabel(tr("&Dump:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    m_target = new QComboBox(this);
    fillDatabaseConnections(m_target, connections->model());
    form->addRow(tr("&Into:"), m_target);
    layout->addLayout(form);

    auto *optionsBox = new QGroupBox(tr("Options"), this);
    auto *grid = new QGridLayout(optionsBox);
    m_clear = new QCheckBox(tr("&Clear the imported tables first"), optionsBox);
    m_create = new QCheckBox(tr("C&reate missing tables from the dump"), optionsBox);
    m_ignore = new QCheckBox(tr("I&gnore tables and columns the target lacks"), optionsBox);
    m_plugins = new QCheckBox(tr("Leave out &plugin data"), optionsBox);
    m_strict = new QCheckBox(tr("&Strict: a different migration state is an error"), optionsBox);
    m_skip = new QCheckBox(tr("S&kip bad rows (into a reject file) instead of stopping"), optionsBox);
    m_checkpoint = new QCheckBox(tr("Commit after every c&hunk, so that an interrupted import can be resumed"), optionsBox);
    m_checkpoint->setToolTip(tr("Instead of all or nothing: the progress is kept in the target's %1 table, and an interrupted "
                                "import goes on where it stopped without loading a row twice.").arg(QLatin1String(CheckpointTableName)));
    m_resume = new QCheckBox(tr("Res&ume the interrupted import of this dump"), optionsBox);
    m_checkpoint->setObjectName(QStringLiteral("checkpointCheck"));
    m_resume->setObjectName(QStringLiteral("resumeCheck"));
    grid->addWidget(m_clear, 0, 0);
    grid->addWidget(m_create, 0, 1);
    grid->addWidget(m_ignore, 1, 0);
    grid->addWidget(m_plugins, 1, 1);
    grid->addWidget(m_strict, 2, 0);
    grid->addWidget(m_skip, 2, 1);
    grid->addWidget(m_checkpoint, 3, 0);
    grid->addWidget(m_resume, 3, 1);
    connect(m_resume, &QCheckBox::toggled, m_checkpoint, [this](bool on) {
        m_checkpoint->setEnabled(!on);
        m_clear->setEnabled(!on); // a resumed import does not clear again
    });
    layout->addWidget(optionsBox);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_tables = new QTreeWidget(split);
    m_tables->setHeaderLabels({tr("Table"), tr("Rows"), tr("Action"), tr("Rows now in the target"), tr("Key collisions")});
    m_tables->setRootIsDecorated(false);
    m_tables->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 5; ++c)
        m_tables->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_issues = new QTreeWidget(split);
    m_issues->setHeaderLabels({tr("Severity"), tr("Table"), tr("Finding")});
    m_issues->setRootIsDecorated(false);
    m_issues->setWordWrap(true);
    m_issues->header()->setStretchLastSection(true);
    m_issues->header()->resizeSection(0, 110);
    m_issues->header()->resizeSection(1, 200);
    layout->addWidget(split, 1);

    m_status = new QLabel(tr("Choose a dump and a target: the pre-flight report shows what would happen, before anything is written."), this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_checkButton = m_buttons->addButton(tr("Check &again"), QDialogButtonBox::ActionRole);
    m_checkButton->setIcon(themedIcon(QStringLiteral("test")));
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setIcon(themedIcon(QStringLiteral("import")));
    m_importButton->setEnabled(false);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_checkButton, &QPushButton::clicked, this, &ImportDialog::runPreflight);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Choose a dump"), QFileInfo(dumpPath()).absolutePath(),
                                                          tr("Dumps (manifest.json *.tar *.tar.gz *.tgz *.tar.zst *.zip *.json)"));
        if (!file.isEmpty())
            setDumpPath(QFileInfo(file).fileName() == QLatin1String("manifest.json") ? QFileInfo(file).absolutePath() : file);
    });
    connect(m_path, &QLineEdit::editingFinished, this, &ImportDialog::invalidate);
    connect(m_target, &QComboBox::currentIndexChanged, this, &ImportDialog::invalidate);
    for (QCheckBox *box : {m_clear, m_strict, m_ignore, m_plugins, m_create, m_skip, m_checkpoint, m_resume})
        connect(box, &QCheckBox::toggled, this, &ImportDialog::invalidate);
}

void ImportDialog::setDumpPath(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    invalidate();
}

void ImportDialog::setTarget(const QString &connectionId)
{
    const int i = m_target->findData(connectionId);
    if (i >= 0)
        m_target->setCurrentIndex(i);
    invalidate();
}

void ImportDialog::setRestoreMode(bool restore)
{
    setWindowTitle(restore ? tr("Restore a backup") : tr("Import a dump"));
    m_clear->setChecked(restore);
    m_create->setChecked(restore);
}

QString ImportDialog::dumpPath() const { return QDir::fromNativeSeparators(m_path->text().trimmed()); }
QString ImportDialog::targetId() const { return m_target->currentData().toString(); }

ImportOptions ImportDialog::options() const
{
    ImportOptions o;
    o.clear = m_clear->isChecked();
    o.strict = m_strict->isChecked();
    o.ignoreNonexistent = m_ignore->isChecked();
    o.excludePlugins = m_plugins->isChecked();
    o.createTables = m_create->isChecked();
    o.skipOnError = m_skip->isChecked();
    o.resume = m_resume->isChecked();
    o.checkpoint = !o.resume && m_checkpoint->isChecked();
    return o;
}

bool ImportDialog::canImport() const { return m_preflightDone && m_report.canImport && !m_busy && !m_importDone; }

QString ImportDialog::statusText() const { return m_status->text(); }

void ImportDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_status->setText(status);
    m_checkButton->setEnabled(!busy);
    m_importButton->setEnabled(canImport());
}

void ImportDialog::invalidate()
{
    m_preflightDone = false;
    m_importDone = false;
    m_importButton->setEnabled(false);
    // Run the pre-flight soon after the last change, not on every keystroke.
    QTimer::singleShot(150, this, [this, generation = ++m_generation] {
        if (generation == m_generation && !dumpPath().isEmpty() && !targetId().isEmpty())
            runPreflight();
    });
}

void ImportDialog::runPreflight()
{
    const QString path = dumpPath();
    const ConnectionProfile target = m_connections->model()->profile(targetId());
    if (path.isEmpty() || target.id.isEmpty()) {
        m_status->setText(tr("Choose a dump and a target connection."));
        return;
    }
    const quint64 generation = ++m_generation;
    const ImportOptions opts = options();
    setBusy(true, tr("Checking %1 against %2…").arg(QFileInfo(path).fileName(), target.name));
    m_connections->withSecret(target, false, [this, path, target, opts, generation](const QString &secret) {
        m_jobs->start(tr("Pre-flight %1 → %2").arg(QFileInfo(path).fileName(), target.name), [path, target, secret, opts](JobContext &job) -> JobOutcome {
            if (isDjangoFixture(path))
                return JobOutcome::from(preflightFixture(path, target, secret, opts, &job));
            auto source = DumpSource::open(path, &job);
            if (!source)
                return JobOutcome::failure(source.error());
            return JobOutcome::from(preflightImport(**source, target, secret, opts, &job));
        }, this, [this, generation](const JobOutcome &outcome) {
            if (generation != m_generation)
                return; // the user changed something meanwhile
            if (!outcome.ok) {
                m_report = {};
                m_preflightDone = false;
                m_tables->clear();
                m_issues->clear();
                setBusy(false, tr("The pre-flight failed: %1").arg(outcome.error.message));
                return;
            }
            m_report = outcome.value.value<PreflightReport>();
            m_preflightDone = true;
            showReport();
        }, QStringLiteral("dumps"));
    });
}

void ImportDialog::showReport()
{
    m_tables->clear();
    const QLocale locale;
    for (const PreflightTable &t : std::as_const(m_report.tables)) {
        auto *item = new QTreeWidgetItem(m_tables);
        item->setText(0, t.table);
        item->setIcon(0, themedIcon(QStringLiteral("table")));
        item->setText(1, locale.toString(t.rows));
        item->setText(2, t.skip ? tr("left out") : t.create ? tr("create and load") : m_clear->isChecked() ? tr("clear and load") : tr("load"));
        item->setText(3, t.targetRows >= 0 ? locale.toString(t.targetRows) : tr("—"));
        item->setText(4, t.collisions > 0 ? locale.toString(t.collisions) : QString());
        for (int c : {1, 3, 4})
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        if (t.collisions > 0)
            item->setIcon(4, themedIcon(QStringLiteral("error")));
    }
    m_issues->clear();
    for (const PreflightIssue &i : std::as_const(m_report.issues)) {
        auto *item = new QTreeWidgetItem(m_issues);
        item->setIcon(0, severityIcon(i.severity));
        item->setText(0, severityText(i.severity));
        item->setText(1, i.table);
        item->setText(2, i.message);
        item->setToolTip(2, i.message);
    }
    const int problems = m_report.count(PreflightIssue::Problem);
    const int warnings = m_report.count(PreflightIssue::Warning);
    QString text;
    const bool waiting = std::any_of(m_report.issues.cbegin(), m_report.issues.cend(), [](const PreflightIssue &i) {
        return i.severity == PreflightIssue::Problem && i.message.contains(QLatin1String(CheckpointTableName)) && i.table.isEmpty();
    });
    if (problems > 0)
        text = tr("%n problem(s) must be solved before importing; nothing has been written.", nullptr, problems)
               + (waiting && !m_resume->isChecked() ? u' ' + tr("To go on with the interrupted import, tick “Resume the interrupted import of this dump”.") : QString());
    else
        text = (warnings > 0 ? tr("Ready to import into %1, with %n warning(s) above.", nullptr, warnings) : tr("Ready to import into %1.")).arg(m_report.targetProduct)
               + u' ' + tr("Tables load in foreign-key order: %1").arg(m_report.loadOrder.mid(0, 6).join(QStringLiteral(" → "))
                                                                      + (m_report.loadOrder.size() > 6 ? QStringLiteral(" → …") : QStringLiteral(".")));
    setBusy(false, text);
}

void ImportDialog::startImport()
{
    if (!canImport())
        return;
    const QString path = dumpPath();
    const ConnectionProfile target = m_connections->model()->profile(targetId());
    ImportOptions opts = options();
    opts.verifyDump = false; // the pre-flight just did
    const quint64 generation = ++m_generation;
    setBusy(true, tr("Importing into %1…").arg(target.name));
    m_importButton->setEnabled(false);
    m_connections->withSecret(target, false, [this, path, target, opts, generation](const QString &secret) {
        m_jobs->start(tr("Import %1 → %2").arg(QFileInfo(path).fileName(), target.name), [path, target, secret, opts](JobContext &job) -> JobOutcome {
            if (isDjangoFixture(path))
                return JobOutcome::from(importFixture(path, target, secret, opts, &job));
            auto source = DumpSource::open(path, &job);
            if (!source)
                return JobOutcome::failure(source.error());
            return JobOutcome::from(importDump(**source, target, secret, opts, &job));
        }, this, [this, generation, target](const JobOutcome &outcome) {
            if (generation != m_generation)
                return;
            if (!outcome.ok) {
                setBusy(false, tr("Import failed: %1").arg(outcome.error.message));
                return;
            }
            m_result = outcome.value.value<ImportResult>();
            m_importDone = true;
            QStringList differing;
            for (const TableComparison &c : std::as_const(m_result.verification))
                if (!c.equal)
                    differing.append(c.table);
            QString text = tr("Imported %1 rows into %2 in %3 s.")
                               .arg(QLocale().toString(m_result.rowsWritten), target.name)
                               .arg(double(m_result.elapsedMs) / 1000.0, 0, 'f', 1);
            if (m_result.rowsRejected > 0)
                text += u' ' + tr("%1 bad rows were skipped into %2.").arg(m_result.rowsRejected).arg(m_result.rejectFile);
            text += u' ' + (m_result.verified ? tr("Verified: every table matches the dump.")
                                              : tr("Verification found differences in: %1.").arg(differing.join(QStringLiteral(", "))));
            setBusy(false, text);
            Q_EMIT imported(target.id);
        }, QStringLiteral("dumps"));
    });
}

// ---------------------------------------------------------------------------------------------------------

ExportDialog::ExportDialog(JobManager *jobs, ConnectionsPanel *connections, const QString &defaultFolder, QWidget *parent)
    : QDialog(parent), m_jobs(jobs), m_connections(connections), m_folder(defaultFolder)
{
    setWindowTitle(tr("Export a database"));
    resize(720, 620);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_source = new QComboBox(this);
    fillDatabaseConnections(m_source, connections->model());
    form->addRow(tr("&Database:"), m_source);
    m_format = new QComboBox(this);
    m_format->addItem(tr("Godwit dump, compressed (.tar.zst)"), QStringLiteral(".tar.zst"));
    m_format->addItem(tr("Godwit dump, compressed (.tar.gz)"), QStringLiteral(".tar.gz"));
    m_format->addItem(tr("Godwit dump, ZIP (.zip)"), QStringLiteral(".zip"));
    m_format->addItem(tr("Godwit dump, folder"), QString());
    m_format->addItem(tr("Django fixture for loaddata (.json)"), QStringLiteral(".json"));
    form->addRow(tr("&Format:"), m_format);
    auto *outRow = new QHBoxLayout;
    m_output = new QLineEdit(this);
    auto *browse = new QToolButton(this);
    browse->setIcon(themedIcon(QStringLiteral("open")));
    browse->setToolTip(tr("Choose where the dump goes"));
    outRow->addWidget(m_output);
    outRow->addWidget(browse);
    auto *outLabel = new QLabel(tr("&Save as:"), this);
    outLabel->setBuddy(m_output);
    form->addRow(outLabel, outRow);
    m_preset = new QComboBox(this);
    m_preset->addItem(tr("Everything"), QString());
    m_preset->addItem(tr("InvenTree: leave out sessions, tokens, email logs, task queue, plugin data"), QStringLiteral("inventree"));
    m_preset->addItem(tr("Invenio: leave out sessions and tokens"), QStringLiteral("invenio"));
    form->addRow(tr("&Preset:"), m_preset);
    m_exclude = new QLineEdit(this);
    m_exclude->setPlaceholderText(tr("e.g. django_session, *_log"));
    form->addRow(tr("E&xclude tables:"), m_exclude);
    m_chunk = new QSpinBox(this);
    m_chunk->setRange(1, 10'000'000);
    m_chunk->setValue(1000);
    m_chunk->setSuffix(tr(" rows per file"));
    form->addRow(tr("C&hunks:"), m_chunk);
    auto *mediaRow = new QHBoxLayout;
    m_media = new QLineEdit(this);
    m_media->setPlaceholderText(tr("optional: InvenTree's media/ or Invenio's files folder"));
    auto *mediaBrowse = new QToolButton(this);
    mediaBrowse->setIcon(themedIcon(QStringLiteral("open")));
    mediaRow->addWidget(m_media);
    mediaRow->addWidget(mediaBrowse);
    auto *mediaLabel = new QLabel(tr("&Media folder:"), this);
    mediaLabel->setBuddy(m_media);
    form->addRow(mediaLabel, mediaRow);
    m_overwrite = new QCheckBox(tr("&Replace an existing dump of that name"), this);
    form->addRow(QString(), m_overwrite);
    layout->addLayout(form);
    auto *tablesLabel = new QLabel(tr("&Tables (unchecked ones are left out):"), this);
    m_tables = new QListWidget(this);
    tablesLabel->setBuddy(m_tables);
    layout->addWidget(tablesLabel);
    layout->addWidget(m_tables, 1);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    exportButton->setIcon(themedIcon(QStringLiteral("export")));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ExportDialog::sourceChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::suggestOutput);
    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] {
        ExportOptions o;
        o.preset = m_preset->currentData().toString();
        for (int i = 0; i < m_tables->count(); ++i) {
            QListWidgetItem *item = m_tables->item(i);
            item->setCheckState(selectTables({item->text()}, o).isEmpty() ? Qt::Unchecked : Qt::Checked);
        }
    });
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString ext = m_format->currentData().toString();
        const QString path = ext.isEmpty() ? QFileDialog::getExistingDirectory(this, tr("Folder for the dump"), m_folder)
                                           : QFileDialog::getSaveFileName(this, tr("Save the dump as"), output(), QStringLiteral("*") + ext);
        if (!path.isEmpty())
            setOutput(path);
    });
    connect(mediaBrowse, &QToolButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Media folder"), m_media->text());
        if (!dir.isEmpty())
            m_media->setText(QDir::toNativeSeparators(dir));
    });
    sourceChanged();
}

void ExportDialog::setSource(const QString &connectionId)
{
    const int i = m_source->findData(connectionId);
    if (i >= 0)
        m_source->setCurrentIndex(i);
}

void ExportDialog::setOutput(const QString &path) { m_output->setText(QDir::toNativeSeparators(path)); }
QString ExportDialog::output() const { return QDir::fromNativeSeparators(m_output->text().trimmed()); }
QString ExportDialog::statusText() const { return m_status->text(); }
int ExportDialog::tableCount() const { return m_tables->count(); }

void ExportDialog::setBackupMode(bool backup)
{
    m_backup = backup;
    setWindowTitle(backup ? tr("Back up a database") : tr("Export a database"));
    if (backup)
        m_format->setCurrentIndex(0);
    m_format->setEnabled(!backup);
    suggestOutput();
}

QStringList ExportDialog::checkedTables() const
{
    QStringList out;
    for (int i = 0; i < m_tables->count(); ++i)
        if (m_tables->item(i)->checkState() == Qt::Checked)
            out.append(m_tables->item(i)->text());
    return out;
}

void ExportDialog::suggestOutput()
{
    const ConnectionProfile p = m_connections->model()->profile(m_source->currentData().toString());
    QString base;
    for (const QChar ch : p.name)
        base.append(ch.isLetterOrNumber() || ch == u'-' ? ch : u'_');
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    setOutput(QDir(m_folder).filePath(QStringLiteral("%1-%2%3").arg(base.isEmpty() ? QStringLiteral("dump") : base, stamp,
                                                                      m_format->currentData().toString())));
}

void ExportDialog::sourceChanged()
{
    suggestOutput();
    m_tables->clear();
    const ConnectionProfile p = m_connections->model()->profile(m_source->currentData().toString());
    if (p.id.isEmpty()) {
        m_status->setText(tr("Add a database connection first."));
        return;
    }
    const quint64 generation = ++m_generation;
    m_status->setText(tr("Reading the tables of %1…").arg(p.name));
    m_connections->withSecret(p, false, [this, p, generation](const QString &secret) {
        m_jobs->start(tr("List tables of %1").arg(p.name), [p, secret](JobContext &) -> JobOutcome {
            DatabaseSession::Options ro;
            ro.readOnly = true;
            auto session = DatabaseSession::open(p, secret, ro);
            if (!session)
                return JobOutcome::failure(session.error());
            auto tables = SchemaReader(**session).listTables(false);
            if (!tables)
                return JobOutcome::failure(tables.error());
            QStringList names;
            for (const TableInfo &t : *tables)
                if (!t.view)
                    names.append(t.name);
            return JobOutcome::success(names);
        }, this, [this, generation](const JobOutcome &outcome) {
            if (generation != m_generation)
                return;
            if (!outcome.ok) {
                m_status->setText(outcome.error.message);
                return;
            }
            ExportOptions o;
            o.preset = m_preset->currentData().toString();
            for (const QString &name : outcome.value.toStringList()) {
                auto *item = new QListWidgetItem(themedIcon(QStringLiteral("table")), name, m_tables);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(selectTables({name}, o).isEmpty() ? Qt::Unchecked : Qt::Checked);
            }
            m_status->setText(tr("%n table(s).", nullptr, m_tables->count()));
        }, QStringLiteral("dumps"));
    });
}

ExportOptions ExportDialog::exportOptions() const
{
    ExportOptions o;
    o.tables = checkedTables();
    o.exclude = m_exclude->text().split(u',', Qt::SkipEmptyParts);
    for (QString &e : o.exclude)
        e = e.trimmed();
    o.include = o.tables; // what the user checked is exported, whatever the preset says
    o.preset = m_preset->currentData().toString();
    o.chunkRows = m_chunk->value();
    o.overwrite = m_overwrite->isChecked();
    o.mediaFolder = QDir::fromNativeSeparators(m_media->text().trimmed());
    return o;
}

void ExportDialog::startExport()
{
    const ConnectionProfile p = m_connections->model()->profile(m_source->currentData().toString());
    const QString out = output();
    if (p.id.isEmpty() || out.isEmpty())
        return;
    if (m_tables->count() > 0 && checkedTables().isEmpty()) {
        m_status->setText(tr("Check at least one table."));
        return;
    }
    const ExportOptions o = exportOptions();
    const bool fixture = out.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    const quint64 generation = ++m_generation;
    m_progress->setVisible(true);
    m_status->setText(tr("Exporting %1…").arg(p.name));
    m_connections->withSecret(p, false, [this, p, out, o, fixture, generation](const QString &secret) {
        m_jobs->start(tr("Export %1 → %2").arg(p.name, QFileInfo(out).fileName()), [p, secret, out, o, fixture](JobContext &job) -> JobOutcome {
            if (fixture) {
                auto r = exportFixture(p, secret, out, o, FixtureExportOptions{}, &job);
                if (!r)
                    return JobOutcome::failure(r.error());
                return JobOutcome::success(QObject::tr("%n object(s)", nullptr, int(r->objects)));
            }
            auto r = exportDatabase(p, secret, out, o, &job);
            if (!r)
                return JobOutcome::failure(r.error());
            return JobOutcome::success(QObject::tr("%1 rows of %n table(s)", nullptr, int(r->manifest.tables.size()))
                                           .arg(QLocale().toString(r->manifest.totalRows())));
        }, this, [this, generation, out](const JobOutcome &outcome) {
            if (generation != m_generation)
                return;
            m_progress->setVisible(false);
            if (!outcome.ok) {
                m_status->setText(tr("Export failed: %1").arg(outcome.error.message));
                return;
            }
            m_done = true;
            m_status->setText(tr("Exported %1 to %2.").arg(outcome.value.toString(), QDir::toNativeSeparators(out)));
            Q_EMIT exported(out);
        }, QStringLiteral("dumps"));
    });
}

} // namespace Godwit
