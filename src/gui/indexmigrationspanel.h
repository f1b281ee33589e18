// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "indexmig/indexmigrator.h"
#include "jobs/jobmanager.h"

#include <QWidget>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QStandardItemModel;
class QTableView;
class QTimer;
class QLineSeries;
class QChart;
class QValueAxis;
class QDateTimeAxis;

namespace Godwit {

class ConnectionsPanel;

// The Index migrations panel: the workspace's recipes on the left; the selected recipe's form (clusters,
// prefix, jobs) and the live state of its migration (per job phase, progress, counts, lag, a chart of
// throughput and lag, the history) on the right. Every action runs as a job; the state lives in the cluster.
class IndexMigrationsPanel : public QWidget
{
    Q_OBJECT
public:
    IndexMigrationsPanel(JobManager *jobs, ConnectionsPanel *connections, const QString &workspaceDir, QWidget *parent = nullptr);
    ~IndexMigrationsPanel() override;

    QStandardItemModel *recipesModel() const { return m_recipes; }
    QStandardItemModel *jobsModel() const { return m_jobsForm; }
    QStandardItemModel *statusModel() const { return m_status; }
    QLabel *statusLabel() const { return m_statusLabel; }
    QPlainTextEdit *historyView() const { return m_history; }
    int chartPoints() const;
    bool isBusy() const { return m_busy != 0; }
    bool isRunning() const { return m_runJob != 0; }

    void reloadRecipes();
    void selectRecipe(const QString &name);
    // The recipe as the form shows it.
    Recipe formRecipe() const;
    void setFormRecipe(const Recipe &recipe);
    bool saveRecipe();
    void newRecipe(const QString &name);

    // Actions (also the toolbar's). confirm: ask before changing anything (the GUI); tests pass false.
    void validate();
    void init(bool confirm = true);
    void run();
    void stop();
    void rollover(bool confirm = true, bool force = false, bool confirmSwitch = false);
    void rollback(bool confirm = true);
    void cancelMigration(bool confirm = true, bool deleteCreated = true);
    void cleanup(bool confirm = true);
    void throttle(double rps);
    void refreshStatus();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void statusUpdated();
    void actionFinished(const QString &action, bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildUi();
    void retranslate();
    void updateActions();
    void currentRecipeChanged();
    void fillConnections();
    void showStatus(const MigrationStatus &status);
    void editMappings();
    // Resolves both clusters' secrets, then starts fn as a job on the worker pool.
    void withMigrator(const QString &title, std::function<JobOutcome(IndexMigrator &, JobContext &)> fn,
                      std::function<void(const JobOutcome &)> done, bool isRun = false);
    // A workflow step that returns the new state: runs it as a job and reports it (actionFinished).
    void stateStep(const QString &action, const QString &title, std::function<Result<MigrationState>(IndexMigrator &)> step,
                   bool warnUser = false, std::function<void(bool ok)> then = {});
    QString recipeFile(const QString &name) const;

    JobManager *m_jobs;
    ConnectionsPanel *m_connections;
    QString m_workspace;
    QStandardItemModel *m_recipes;
    QStandardItemModel *m_jobsForm;
    QStandardItemModel *m_status;
    QListView *m_recipeList = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_dest = nullptr;
    QLineEdit *m_prefix = nullptr;
    QCheckBox *m_copyAliases = nullptr;
    QTableView *m_jobsView = nullptr;
    QTableView *m_statusView = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPlainTextEdit *m_history = nullptr;
    QLabel *m_formTitle = nullptr;
    QList<QLabel *> m_formLabels;
    QChart *m_chart = nullptr;
    QLineSeries *m_rate = nullptr;
    QLineSeries *m_lag = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr;
    QValueAxis *m_rateAxis = nullptr;
    QValueAxis *m_lagAxis = nullptr;
    QTimer *m_poll = nullptr;
    QList<QAction *> m_actions;
    QAction *m_newAction = nullptr, *m_saveAction = nullptr, *m_validateAction = nullptr, *m_initAction = nullptr,
            *m_runAction = nullptr, *m_stopAction = nullptr, *m_pauseAction = nullptr, *m_resumeAction = nullptr,
            *m_rolloverAction = nullptr, *m_rollbackAction = nullptr, *m_cancelAction = nullptr, *m_cleanupAction = nullptr,
            *m_addJobAction = nullptr, *m_removeJobAction = nullptr, *m_mappingsAction = nullptr;
    QList<QJsonObject> m_jobExtras; // per form row: what the table does not show (mappings, settings, script)
    QString m_currentName;
    QString m_wantSource;
    QString m_wantDest;
    QString m_stateStatus;
    int m_busy = 0;
    JobId m_runJob = 0;
    bool m_polling = false;
    bool m_ownedElsewhere = false;
    bool m_resumeSyncAfterRollover = false;
    qint64 m_lastDoneTotal = -1;
    qint64 m_lastPollMs = 0;
};

} // namespace Godwit
