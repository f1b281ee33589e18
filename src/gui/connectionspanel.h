// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connections/connectionsmodel.h"
#include "jobs/jobmanager.h"

#include <QWidget>

#include <functional>
#include <memory>

class QSortFilterProxyModel;
namespace Ui { class ConnectionsPanel; }

namespace Godwit {

class BrowseModel;
class BrowseDecorationProxy;

// The Connections panel: the workspace's connections on the left, the selected one's structure on the
// right. Testing and browsing run as jobs; passwords come from the SecretStore or a prompt.
class ConnectionsPanel : public QWidget
{
    Q_OBJECT
public:
    ConnectionsPanel(JobManager *jobs, const QString &connectionsFile, QWidget *parent = nullptr);
    ~ConnectionsPanel() override;

    ConnectionsModel *model() const { return m_model; }
    BrowseModel *browseModel() const { return m_browse; }
    QString currentId() const;
    void selectConnection(const QString &id);

    void newConnection();
    void editConnection();
    void removeConnection();
    void testConnection();
    void importConfig();
    void importConfigFile(const QString &file);

    // Calls then with the connection's secret: from memory or the keychain, else after asking the user.
    // Does not call it when the user cancels the prompt. (Other panels borrow connections through this.)
    void withSecret(const ConnectionProfile &profile, bool forcePrompt, std::function<void(const QString &)> then);

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

Q_SIGNALS:
    void statusMessage(const QString &message);
    // A dump (folder, archive or fixture) was dropped onto a database connection.
    void dumpDropped(const QString &path, const QString &connectionId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showBrowseMenu(const QPoint &pos);
    // Runs one administrative request on the browsed cluster as a job, then reloads the tree.
    void clusterAction(const QString &title, std::function<Status(class ClusterClient &)> action, bool reload = true);
    void currentChanged();
    void showDetails();
    void browseCurrent();
    void updateActions();

    std::unique_ptr<Ui::ConnectionsPanel> ui;
    JobManager *m_jobs;
    ConnectionsModel *m_model;
    BrowseModel *m_browse;
    BrowseDecorationProxy *m_decorated;
    QSortFilterProxyModel *m_filter;
    QString m_browsedId;
};

} // namespace Godwit
