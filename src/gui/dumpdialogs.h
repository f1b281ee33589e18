// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dump/importer.h"
#include "jobs/jobmanager.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QSpinBox;
class QTreeWidget;

namespace Godwit {

class ConnectionsPanel;

// Import a dump or a Django fixture into a database connection: the pre-flight report runs as soon as the
// dump and the target are known (and again when an option changes); Import is enabled only when it found no
// problem. Nothing is written before Import.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(JobManager *jobs, ConnectionsPanel *connections, QWidget *parent = nullptr);

    void setDumpPath(const QString &path);
    void setTarget(const QString &connectionId);
    void setRestoreMode(bool restore); // a backup restore: clear and create tables
    QString dumpPath() const;
    QString targetId() const;
    Dump::ImportOptions options() const;

    void runPreflight();
    void startImport();
    bool preflightDone() const { return m_preflightDone; }
    bool canImport() const;
    bool importDone() const { return m_importDone; }
    const Dump::PreflightReport &report() const { return m_report; }
    const Dump::ImportResult &result() const { return m_result; }
    QString statusText() const;

Q_SIGNALS:
    void imported(const QString &connectionId);

private:
    void invalidate();
    void showReport();
    void setBusy(bool busy, const QString &status);

    JobManager *m_jobs;
    ConnectionsPanel *m_connections;
    QLineEdit *m_path;
    QComboBox *m_target;
    QCheckBox *m_clear, *m_strict, *m_ignore, *m_plugins, *m_create, *m_skip, *m_checkpoint, *m_resume;
    QTreeWidget *m_tables;
    QTreeWidget *m_issues;
    QLabel *m_status;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    QPushButton *m_importButton;
    QPushButton *m_checkButton;
    Dump::PreflightReport m_report;
    Dump::ImportResult m_result;
    bool m_preflightDone = false;
    bool m_importDone = false;
    bool m_busy = false;
    quint64 m_generation = 0;
};

// Export a database connection into a Godwit dump (folder or archive) or a Django fixture.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(JobManager *jobs, ConnectionsPanel *connections, const QString &defaultFolder, QWidget *parent = nullptr);

    void setSource(const QString &connectionId);
    void setOutput(const QString &path);
    void setBackupMode(bool backup); // timestamped .tar.zst into the backups folder
    QString output() const;
    void startExport();
    bool exportDone() const { return m_done; }
    QString statusText() const;
    QStringList checkedTables() const;
    int tableCount() const;

Q_SIGNALS:
    void exported(const QString &path);

private:
    void sourceChanged();
    void suggestOutput();
    Dump::ExportOptions exportOptions() const;

    JobManager *m_jobs;
    ConnectionsPanel *m_connections;
    QString m_folder;
    QComboBox *m_source;
    QComboBox *m_format;
    QLineEdit *m_output;
    QComboBox *m_preset;
    QLineEdit *m_exclude;
    QListWidget *m_tables;
    QSpinBox *m_chunk;
    QCheckBox *m_overwrite;
    QLineEdit *m_media;
    QLabel *m_status;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    bool m_done = false;
    bool m_backup = false;
    quint64 m_generation = 0;
};

} // namespace Godwit
