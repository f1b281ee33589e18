// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobs/jobmanager.h"
#include "revisions/alembicconfig.h"
#include "revisions/revisiongraph.h"
#include "revisions/revisionlayout.h"
#include "revisions/revisionstate.h"

#include <QColor>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSplitter;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;
class QTreeView;
class QTreeWidget;

namespace Godwit {

class ConnectionsPanel;
class RevisionDiagnosticsModel;
class RevisionFilterProxy;
class RevisionGraphView;
class RevisionsModel;

// The Schema revisions panel: an Alembic environment's revision graph drawn and listed side by side, the
// selected revision's details and script, the databases it is compared with (their alembic_version rows marked
// on the graph, what an upgrade would apply), lint findings; new revisions, merges, and upgrade / downgrade /
// stamp through the application's own command, as jobs.
class RevisionsPanel : public QWidget
{
    Q_OBJECT
public:
    RevisionsPanel(JobManager *jobs, ConnectionsPanel *connections, QWidget *parent = nullptr);
    ~RevisionsPanel() override;

    // An alembic.ini, a folder holding one, or a version folder. Loads in a job.
    void openEnvironment(const QString &path);
    void reload();
    QString environmentPath() const { return m_path; }
    const RevisionGraph &graph() const { return m_graph; }
    const AlembicConfig &config() const { return m_config; }
    RevisionGraphView *graphView() const { return m_view; }
    RevisionsModel *model() const { return m_model; }
    RevisionFilterProxy *filterModel() const { return m_proxy; }
    bool isLoading() const { return m_loading; }

    void setLayoutEngine(RevisionLayoutEngine engine);
    void setSearchText(const QString &text);
    void findNext();

    // Compares a database connection (by id) with the graph; the version table is the panel's setting.
    void addDatabase(const QString &connectionId);
    void removeDatabase(int index);
    void refreshDatabases();
    int databaseCount() const { return int(m_databases.size()); }
    // Per database: its status (after a refresh), or an error.
    RevisionStatus databaseStatus(int index) const;
    QString databaseError(int index) const;

    void exportGraph(const QString &path); // by suffix: .svg, .png, .dot
    void newRevision();
    void mergeHeads();
    void runCommand(const QString &action = {});

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void statusMessage(const QString &message);
    void environmentLoaded(); // after every (re)load, successful or not
    void databasesRefreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Database
    {
        QString connectionId;
        QString name;
        QColor color;
        RevisionStatus status;
        QString error;
        bool loaded = false;
        bool loading = false;
        quint64 request = 0; // the newest read; older answers are dropped
    };

    void buildUi();
    void retranslate();
    void openDialog();
    void startLayout();
    void applyLoaded(const RevisionGraph &graph, const RevisionLayout &layout, qint64 loadMs, qint64 layoutMs);
    void showRevision(int node);
    void syncTreeToGraph(int node);
    void updateSearch();
    void updateBranchFilter();
    void updateActions();
    void updateDatabaseMarks();
    void updateDatabaseList();
    void refreshDatabase(int index);
    void showDatabaseMenu();
    void selectFromDiagnostic(const QModelIndex &index);
    QString commandTemplate() const;
    void setCommandTemplate(const QString &templ);
    QStringList selectedIds() const;

    JobManager *m_jobs;
    ConnectionsPanel *m_connections;
    QString m_path;
    AlembicConfig m_config;
    RevisionGraph m_graph;
    RevisionLayoutEngine m_engine = RevisionLayoutEngine::Layered;
    quint64 m_generation = 0;
    bool m_loading = false;
    QList<Database> m_databases;
    QList<int> m_searchHits;
    int m_searchPos = -1;

    RevisionsModel *m_model;
    RevisionFilterProxy *m_proxy;
    RevisionDiagnosticsModel *m_diagnostics;

    QAction *m_openAction;
    QAction *m_reloadAction;
    QAction *m_zoomInAction;
    QAction *m_zoomOutAction;
    QAction *m_fitAction;
    QAction *m_exportAction;
    QAction *m_newAction;
    QAction *m_mergeAction;
    QAction *m_runAction;
    QAction *m_refreshDbAction;
    QToolButton *m_addDbButton;
    QComboBox *m_layoutCombo;
    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QLabel *m_summary;
    QSplitter *m_splitter;
    QComboBox *m_branchCombo;
    QCheckBox *m_headsOnly;
    QCheckBox *m_grouped;
    QTreeView *m_tree;
    RevisionGraphView *m_view;
    QTabWidget *m_tabs;
    QLabel *m_details;
    QPlainTextEdit *m_script;
    QTreeWidget *m_dbList;
    QLineEdit *m_versionTable;
    QLineEdit *m_versionSchema;
    QToolButton *m_removeDbButton;
    QTableView *m_problems;
    QLabel *m_empty;
};

} // namespace Godwit
