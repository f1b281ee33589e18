// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobsmodel.h"

namespace Godwit {

JobsModel::JobsModel(JobManager *manager) : QAbstractTableModel(manager), m_manager(manager)
{
    m_refresh.setInterval(250);
    connect(&m_refresh, &QTimer::timeout, this, &JobsModel::refreshRunning);
}

int JobsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_manager->jobCount();
}

int JobsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

JobId JobsModel::jobId(const QModelIndex &index) const
{
    return index.isValid() ? m_manager->jobIdAt(index.row()) : 0;
}

QModelIndex JobsModel::indexOf(JobId id, int column) const
{
    const int row = m_manager->rowOf(id);
    return row >= 0 ? index(row, column) : QModelIndex();
}

QString JobsModel::formatDuration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("–");
    qint64 s = ms / 1000;
    if (s < 60)
        return ms < 10000 ? QString::number(double(ms) / 1000.0, 'f', 1) + u's' : QString::number(s) + u's';
    if (s < 3600)
        return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString JobsModel::formatCount(double value)
{
    if (value >= 1e9)
        return QString::number(value / 1e9, 'f', 1) + u'G';
    if (value >= 1e6)
        return QString::number(value / 1e6, 'f', 1) + u'M';
    if (value >= 1e4)
        return QString::number(value / 1e3, 'f', 1) + u'k';
    return QString::number(qRound64(value));
}

QString JobsModel::statusText(const JobSnapshot &s) const
{
    switch (s.status) {
    case JobStatus::Running:
        if (s.cancelRequested)
            return tr("Canceling…");
        return s.step.isEmpty() ? tr("Running") : s.step;
    case JobStatus::Succeeded: return tr("Done");
    case JobStatus::Failed: return tr("Failed: %1").arg(s.message);
    case JobStatus::Canceled: return tr("Canceled");
    }
    return {};
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JobSnapshot s = m_manager->snapshot(jobId(index));
    const int progress = s.total > 0 ? int(qBound<qint64>(0, s.done * 1000 / s.total, qint64(1000)))
                                     : (s.status == JobStatus::Succeeded ? 1000 : -1);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return s.title;
        case ProgressColumn:
            if (s.total > 0)
                return QStringLiteral("%1 / %2 %3").arg(formatCount(double(s.done)), formatCount(double(s.total)), s.unit).trimmed();
            return s.done > 0 ? QStringLiteral("%1 %2").arg(formatCount(double(s.done)), s.unit).trimmed() : QString();
        case ThroughputColumn:
            return s.done > 0 ? tr("%1 %2/s").arg(formatCount(s.throughput), s.unit.isEmpty() ? tr("items") : s.unit)
                              : QString();
        case TimeColumn:
            if (s.status == JobStatus::Running && s.etaMs >= 0)
                return tr("%1 (ETA %2)").arg(formatDuration(s.elapsedMs), formatDuration(s.etaMs));
            return formatDuration(s.elapsedMs);
        case StatusColumn: return statusText(s);
        }
        return {};
    case Qt::ToolTipRole: return s.message.isEmpty() ? statusText(s) : s.message;
    case IdRole: return s.id;
    case StatusRole: return int(s.status);
    case ProgressRole: return progress;
    case DoneRole: return s.done;
    case TotalRole: return s.total;
    case ThroughputRole: return s.throughput;
    case ElapsedRole: return s.elapsedMs;
    case EtaRole: return s.etaMs;
    case MessageRole: return s.message;
    case CanCancelRole: return s.status == JobStatus::Running && !s.cancelRequested;
    }
    return {};
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Job");
    case ProgressColumn: return tr("Progress");
    case ThroughputColumn: return tr("Speed");
    case TimeColumn: return tr("Time");
    case StatusColumn: return tr("Status");
    }
    return {};
}

QHash<int, QByteArray> JobsModel::roleNames() const
{
    return {{IdRole, "id"}, {StatusRole, "status"}, {ProgressRole, "progress"}, {DoneRole, "done"},
            {TotalRole, "total"}, {ThroughputRole, "throughput"}, {ElapsedRole, "elapsed"},
            {EtaRole, "eta"}, {MessageRole, "message"}, {CanCancelRole, "canCancel"}};
}

void JobsModel::beginInsertJob()
{
    const int row = rowCount();
    beginInsertRows({}, row, row);
}

void JobsModel::endInsertJob()
{
    endInsertRows();
    if (!m_refresh.isActive())
        m_refresh.start();
}

void JobsModel::beginRemoveJob(int row) { beginRemoveRows({}, row, row); }
void JobsModel::endRemoveJob() { endRemoveRows(); }

void JobsModel::jobChanged(JobId id)
{
    const QModelIndex first = indexOf(id, 0);
    if (first.isValid())
        Q_EMIT dataChanged(first, index(first.row(), ColumnCount - 1));
}

void JobsModel::refreshRunning()
{
    bool any = false;
    for (int row = 0; row < m_manager->jobCount(); ++row) {
        if (!m_manager->isRunning(m_manager->jobIdAt(row)))
            continue;
        any = true;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (!any)
        m_refresh.stop();
}

} // namespace Godwit
