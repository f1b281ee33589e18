// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "revisions/alembicconfig.h"
#include "revisions/revisioncommand.h"
#include "revisions/revisiongraph.h"
#include "revisions/revisionwriter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Godwit {

// New revision (`alembic revision`) or merge (`alembic merge`): the request, a live preview of the script
// rendered from the environment's template, and the checks Alembic would make, before anything is written.
class NewRevisionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Revision, Merge };
    NewRevisionDialog(Mode mode, const AlembicConfig &config, const RevisionGraph &graph, const QStringList &parents,
                      QWidget *parent = nullptr);
    ~NewRevisionDialog() override;

    RevisionRequest request() const;
    void setMessage(const QString &message);
    void setNewBranch(const QString &label);
    QString previewText() const;
    QString problem() const; // why Create is disabled, empty when it is enabled

private:
    void updatePreview();

    Mode m_mode;
    AlembicConfig m_config;
    RevisionGraph m_graph;
    QLineEdit *m_message;
    QLineEdit *m_heads;
    QCheckBox *m_newBranch;
    QLineEdit *m_label;
    QComboBox *m_versionPath;
    QLineEdit *m_dependsOn;
    QCheckBox *m_splice;
    QLineEdit *m_revId;
    QPlainTextEdit *m_preview;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QString m_previewId; // kept while the request does not change (no new random id at every keystroke)
};

// Upgrade / downgrade / stamp through the application's command: what to run, where, what Godwit expects it to
// apply to the chosen database, and whether to preview the SQL only.
class RunCommandDialog : public QDialog
{
    Q_OBJECT
public:
    RunCommandDialog(const AlembicConfig &config, const RevisionGraph &graph, const QString &commandTemplate,
                     const QStringList &targets, const QStringList &databaseCurrent, QWidget *parent = nullptr);

    RevisionCommand::Action action() const;
    void setAction(RevisionCommand::Action action);
    QString target() const;
    bool sqlOnly() const;
    void setSqlOnly(bool sql);
    QString commandTemplate() const;
    QString workingDirectory() const;
    QStringList arguments() const; // empty when invalid

private:
    void updatePlan();

    AlembicConfig m_config;
    RevisionGraph m_graph;
    QStringList m_current;
    QComboBox *m_action;
    QComboBox *m_target;
    QCheckBox *m_sql;
    QLineEdit *m_command;
    QLineEdit *m_workdir;
    QLabel *m_commandLine;
    QLabel *m_plan;
    QDialogButtonBox *m_buttons;
};

} // namespace Godwit
