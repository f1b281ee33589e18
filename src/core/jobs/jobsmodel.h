// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jobmanager.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace Godwit {

// The jobs of a JobManager, newest last. Running rows refresh a few times a second.
class JobsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        StatusRole,       // JobStatus as int
        ProgressRole,     // 0..1000, or -1 when the total is unknown
        DoneRole,
        TotalRole,
        ThroughputRole,   // double, units per second
        ElapsedRole,      // ms
        EtaRole,          // ms, -1 unknown
        MessageRole,
        CanCancelRole,
    };
    enum Column { TitleColumn, ProgressColumn, ThroughputColumn, TimeColumn, StatusColumn, ColumnCount };

    explicit JobsModel(JobManager *manager);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    JobId jobId(const QModelIndex &index) const;
    QModelIndex indexOf(JobId id, int column = 0) const;

    static QString formatDuration(qint64 ms);
    static QString formatCount(double value);

private:
    friend class JobManager;
    void beginInsertJob();
    void endInsertJob();
    void beginRemoveJob(int row);
    void endRemoveJob();
    void jobChanged(JobId id);
    void refreshRunning();
    QString statusText(const JobSnapshot &s) const;

    JobManager *m_manager;
    QTimer m_refresh;
};

} // namespace Godwit
