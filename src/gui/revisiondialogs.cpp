// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisiondialogs.h"

#include "pythonhighlighter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QVBoxLayout>

namespace Godwit {

namespace {

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        out << part;
    return out;
}

} // namespace

NewRevisionDialog::NewRevisionDialog(Mode mode, const AlembicConfig &config, const RevisionGraph &graph,
                                     const QStringList &parents, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_config(config), m_graph(graph), m_message(new QLineEdit(this)),
      m_heads(new QLineEdit(this)), m_newBranch(new QCheckBox(tr("Start a new branch (--head base)"), this)),
      m_label(new QLineEdit(this)), m_versionPath(new QComboBox(this)), m_dependsOn(new QLineEdit(this)),
      m_splice(new QCheckBox(tr("Allow a parent that is not a head (--splice)"), this)), m_revId(new QLineEdit(this)),
      m_preview(new QPlainTextEdit(this)), m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(mode == Mode::Merge ? tr("Merge revisions") : tr("New revision"));
    auto *form = new QFormLayout;
    m_message->setPlaceholderText(mode == Mode::Merge ? tr("merge heads") : tr("add a column to …"));
    m_message->setObjectName(QStringLiteral("message"));
    form->addRow(tr("&Message:"), m_message);
    m_heads->setText(parents.isEmpty() ? QStringLiteral("head") : parents.join(u' '));
    m_heads->setObjectName(QStringLiteral("heads"));
    m_heads->setToolTip(tr("Revisions or identifiers (head, label@head, an id), separated by spaces"));
    form->addRow(mode == Mode::Merge ? tr("&Revisions to merge:") : tr("&Parent (--head):"), m_heads);
    if (mode == Mode::Revision) {
        form->addRow(QString(), m_newBranch);
        form->addRow(QString(), m_splice);
    }
    m_label->setObjectName(QStringLiteral("branchLabel"));
    form->addRow(tr("&Branch label:"), m_label);
    if (mode == Mode::Revision) {
        m_versionPath->addItem(tr("(the default location)"), QString());
        for (const QString &dir : config.versionLocations)
            m_versionPath->addItem(QDir::toNativeSeparators(dir), dir);
        form->addRow(tr("&Version path:"), m_versionPath);
        m_dependsOn->setPlaceholderText(tr("revisions or branch labels"));
        form->addRow(tr("&Depends on:"), m_dependsOn);
    } else {
        m_versionPath->hide();
        m_dependsOn->hide();
    }
    m_revId->setPlaceholderText(tr("random, as Alembic"));
    form->addRow(tr("Revision &id:"), m_revId);

    m_preview->setReadOnly(true);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setObjectName(QStringLiteral("preview"));
    new PythonHighlighter(m_preview->document());
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Merge ? tr("Create &merge") : tr("&Create"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Script to be written:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    resize(760, 620);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : {m_message, m_heads, m_label, m_dependsOn, m_revId})
        connect(e, &QLineEdit::textChanged, this, &NewRevisionDialog::updatePreview);
    connect(m_newBranch, &QCheckBox::toggled, this, [this](bool on) {
        m_heads->setEnabled(!on);
        updatePreview();
    });
    connect(m_splice, &QCheckBox::toggled, this, &NewRevisionDialog::updatePreview);
    connect(m_versionPath, &QComboBox::currentIndexChanged, this, &NewRevisionDialog::updatePreview);
    m_previewId = RevisionWriter::newRevisionId();
    updatePreview();
}

NewRevisionDialog::~NewRevisionDialog() = default;

void NewRevisionDialog::setMessage(const QString &message)
{
    m_message->setText(message);
}

void NewRevisionDialog::setNewBranch(const QString &label)
{
    m_newBranch->setChecked(true);
    m_label->setText(label);
}

RevisionRequest NewRevisionDialog::request() const
{
    RevisionRequest r;
    r.message = m_message->text().trimmed();
    if (m_mode == Mode::Merge) {
        r = RevisionRequest::merge(r.message, splitList(m_heads->text()));
    } else {
        r.heads = m_newBranch->isChecked() ? QStringList{QStringLiteral("base")} : splitList(m_heads->text());
        r.splice = m_splice->isChecked();
        r.versionPath = m_versionPath->currentData().toString();
        r.dependsOn = splitList(m_dependsOn->text());
    }
    if (!m_label->text().trimmed().isEmpty())
        r.branchLabels = splitList(m_label->text());
    r.revisionId = m_revId->text().trimmed().isEmpty() ? m_previewId : m_revId->text().trimmed();
    return r;
}

QString NewRevisionDialog::previewText() const
{
    return m_preview->toPlainText();
}

QString NewRevisionDialog::problem() const
{
    return m_problem->text();
}

void NewRevisionDialog::updatePreview()
{
    const RevisionWriter writer(m_config, m_graph);
    const auto generated = writer.generate(request());
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    if (!generated) {
        m_problem->setText(generated.errorMessage());
        m_preview->clear();
        ok->setEnabled(false);
        return;
    }
    m_problem->clear();
    m_preview->setPlainText(tr("# %1\n").arg(QDir::toNativeSeparators(generated->path)) + generated->source);
    ok->setEnabled(true);
}

RunCommandDialog::RunCommandDialog(const AlembicConfig &config, const RevisionGraph &graph, const QString &commandTemplate,
                                   const QStringList &targets, const QStringList &databaseCurrent, QWidget *parent)
    : QDialog(parent), m_config(config), m_graph(graph), m_current(databaseCurrent), m_action(new QComboBox(this)),
      m_target(new QComboBox(this)), m_sql(new QCheckBox(tr("Preview the SQL only (--sql, offline: the database is not changed)"), this)),
      m_command(new QLineEdit(this)), m_workdir(new QLineEdit(this)), m_commandLine(new QLabel(this)), m_plan(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Run a migration command"));
    m_action->addItem(tr("Upgrade"), int(RevisionCommand::Action::Upgrade));
    m_action->addItem(tr("Downgrade"), int(RevisionCommand::Action::Downgrade));
    m_action->addItem(tr("Stamp"), int(RevisionCommand::Action::Stamp));
    m_target->setEditable(true);
    m_target->addItems(targets);
    m_command->setText(commandTemplate.isEmpty() ? RevisionCommand::defaultTemplate() : commandTemplate);
    m_command->setToolTip(tr("{config}: the alembic.ini; {action}: upgrade, downgrade or stamp; {target}: the revision; "
                             "{sql}: --sql for a preview. Passwords stay in the application's own configuration."));
    m_workdir->setPlaceholderText(QDir::toNativeSeparators(RevisionCommand{QString(), config.iniPath, QString()}.effectiveWorkingDirectory()));
    m_commandLine->setWordWrap(true);
    m_commandLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_commandLine->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_plan->setWordWrap(true);
    m_plan->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Action:"), m_action);
    form->addRow(tr("&Target:"), m_target);
    form->addRow(QString(), m_sql);
    form->addRow(tr("&Command:"), m_command);
    form->addRow(tr("&Working folder:"), m_workdir);
    form->addRow(tr("Runs:"), m_commandLine);
    form->addRow(tr("Expected:"), m_plan);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(680, 360);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_action, &QComboBox::currentIndexChanged, this, &RunCommandDialog::updatePlan);
    connect(m_target, &QComboBox::currentTextChanged, this, &RunCommandDialog::updatePlan);
    connect(m_sql, &QCheckBox::toggled, this, &RunCommandDialog::updatePlan);
    connect(m_command, &QLineEdit::textChanged, this, &RunCommandDialog::updatePlan);
    updatePlan();
}

RevisionCommand::Action RunCommandDialog::action() const
{
    return RevisionCommand::Action(m_action->currentData().toInt());
}

void RunCommandDialog::setAction(RevisionCommand::Action action)
{
    m_action->setCurrentIndex(m_action->findData(int(action)));
}

QString RunCommandDialog::target() const
{
    return m_target->currentText().trimmed();
}

bool RunCommandDialog::sqlOnly() const
{
    return m_sql->isChecked();
}

void RunCommandDialog::setSqlOnly(bool sql)
{
    m_sql->setChecked(sql);
}

QString RunCommandDialog::commandTemplate() const
{
    return m_command->text().trimmed();
}

QString RunCommandDialog::workingDirectory() const
{
    return m_workdir->text().trimmed();
}

QStringList RunCommandDialog::arguments() const
{
    RevisionCommand c{commandTemplate(), m_config.iniPath, workingDirectory()};
    auto args = c.arguments(action(), target(), sqlOnly());
    return args ? args.value() : QStringList();
}

void RunCommandDialog::updatePlan()
{
    RevisionCommand c{commandTemplate(), m_config.iniPath, workingDirectory()};
    const auto args = c.arguments(action(), target(), sqlOnly());
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(sqlOnly() ? tr("&Preview SQL") : tr("&Run"));
    if (!args) {
        m_commandLine->setText(args.errorMessage());
        ok->setEnabled(false);
        return;
    }
    QStringList shown;
    for (const QString &a : args.value())
        shown << (a.contains(u' ') ? u'"' + a + u'"' : a);
    m_commandLine->setText(shown.join(u' '));
    ok->setEnabled(true);

    if (action() != RevisionCommand::Action::Upgrade) {
        m_plan->setText(action() == RevisionCommand::Action::Stamp
                            ? tr("Only the version table changes: no migration code runs.")
                            : tr("Runs the downgrade() of each revision above the target."));
        return;
    }
    const auto path = m_graph.upgradePath(m_current, target());
    if (!path) {
        m_plan->setText(tr("Godwit cannot predict this upgrade: %1").arg(path.errorMessage()));
        return;
    }
    if (path->isEmpty()) {
        m_plan->setText(tr("Nothing to apply: the database is already there."));
        return;
    }
    QStringList ids = m_graph.ids(path.value());
    const qsizetype count = ids.size();
    if (ids.size() > 12)
        ids = ids.mid(0, 12) << QStringLiteral("…");
    m_plan->setText(tr("%n revision(s) applied, in this order: %1", nullptr, int(count)).arg(ids.join(QStringLiteral(" → "))));
}

} // namespace Godwit
