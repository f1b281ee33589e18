// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
namespace Ui { class MainWindow; }

namespace Godwit {

class ConnectionsPanel;
class DumpsPanel;
class RevisionsPanel;
class IndexMigrationsPanel;
class JobManager;
class LogModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Panel { ConnectionsPage, DumpsPage, RevisionsPage, IndexMigrationsPage, PageCount };

    explicit MainWindow(const QString &workspaceDir, QWidget *parent = nullptr);
    ~MainWindow() override;

    JobManager *jobs() const { return m_jobs; }
    ConnectionsPanel *connectionsPanel() const { return m_connections; }
    RevisionsPanel *revisionsPanel() const { return m_revisions; }
    IndexMigrationsPanel *indexMigrationsPanel() const { return m_indexes; }
    DumpsPanel *dumpsPanel() const { return m_dumps; }
    LogModel *logModel() const { return m_log; }
    void showPanel(Panel panel);
    Panel currentPanel() const;
    QWidget *panel(Panel panel) const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setupNavigation();
    void retranslateNavigation();
    void setupDocks();
    void updateJobActions();
    void updateStatusJobs();
    void showAbout();
    void showPreferences();
    void restoreWindowState();

    std::unique_ptr<Ui::MainWindow> ui;
    QString m_workspace;
    JobManager *m_jobs;
    LogModel *m_log;
    ConnectionsPanel *m_connections;
    RevisionsPanel *m_revisions;
    IndexMigrationsPanel *m_indexes = nullptr;
    DumpsPanel *m_dumps;
    QLabel *m_jobsStatus;
};

} // namespace Godwit
