// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dump/dumpmodels.h"
#include "dumpdialogs.h"
#include "jobs/jobmanager.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QToolButton;
class QTreeView;

namespace Godwit {

class ConnectionsPanel;

// The Dump files panel: the dumps of the workspace (dumps/ and backups/) and of folders the user adds on the
// left; the opened dump's tables and its rows, paged in lazily, on the right. Drop a dump here (or onto a
// connection in the Connections panel) to import it.
class DumpsPanel : public QWidget
{
    Q_OBJECT
public:
    DumpsPanel(JobManager *jobs, ConnectionsPanel *connections, const QString &workspaceDir, QWidget *parent = nullptr);
    ~DumpsPanel() override;

    Dump::DumpListModel *listModel() const { return m_list; }
    Dump::DumpTablesModel *tablesModel() const { return m_tables; }
    Dump::DumpRowsModel *rowsModel() const { return m_rows; }
    QTreeView *listView() const { return m_listView; }
    QTableView *rowsView() const { return m_rowsView; }
    QPlainTextEdit *rowJsonView() const { return m_json; }
    QString openedPath() const { return m_openedPath; }
    ImportDialog *importDialog() const { return m_importDialog; }
    ExportDialog *exportDialog() const { return m_exportDialog; }
    bool isLoading() const { return m_loading; }

    void refresh();
    void addFolder(const QString &folder);
    void openDump(const QString &path);
    void openTable(int tableIndex);
    void findKey(const QString &key);
    void verifyDump(const QString &path);
    // Opens the import dialog pre-filled; targetId may be empty.
    void importDump(const QString &path, const QString &targetId = {}, bool restore = false);
    void exportConnection(const QString &connectionId = {}, bool backup = false);

    QStringList extraFolders() const { return m_extraFolders; }
    void setExtraFolders(const QStringList &folders);

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void currentDumpChanged();
    void updateActions();
    void showSummary(const Dump::Manifest &manifest);
    QString selectedPath() const;

    JobManager *m_jobs;
    ConnectionsPanel *m_connections;
    QString m_dumpsDir;
    QString m_backupsDir;
    QStringList m_extraFolders;
    Dump::DumpListModel *m_list;
    QSortFilterProxyModel *m_listProxy;
    Dump::DumpTablesModel *m_tables;
    QSortFilterProxyModel *m_tablesProxy;
    Dump::DumpRowsModel *m_rows;
    std::shared_ptr<Dump::DumpSource> m_opened;
    QString m_openedPath;

    QLabel *m_title;
    QLineEdit *m_filter;
    QToolButton *m_exportButton, *m_importButton, *m_verifyButton, *m_backupButton, *m_restoreButton, *m_addFolderButton, *m_refreshButton;
    QStackedWidget *m_listStack;
    QLabel *m_emptyLabel;
    QTreeView *m_listView;
    QLabel *m_summary;
    QTreeView *m_tablesView;
    QLineEdit *m_keyEdit;
    QLabel *m_rowsLabel;
    QTableView *m_rowsView;
    QPlainTextEdit *m_json;
    QPointer<ImportDialog> m_importDialog;
    QPointer<ExportDialog> m_exportDialog;
    quint64 m_listGeneration = 0;
    quint64 m_openGeneration = 0;
    bool m_loading = false;
};

} // namespace Godwit
