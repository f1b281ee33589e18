// SPDX-License-Identifier: GPL-3.0-or-later
#include "log.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Godwit {

Log *Log::instance()
{
    static Log *log = [] {
        qRegisterMetaType<Godwit::LogEntry>();
        auto *l = new Log;
        if (QCoreApplication::instance())
            l->moveToThread(QCoreApplication::instance()->thread());
        return l;
    }();
    return log;
}

void Log::add(LogEntry::Level level, const QString &source, const QString &message)
{
    LogEntry entry{QDateTime::currentDateTime(), level, source, redactSecrets(message)};
    Q_EMIT instance()->entryAdded(entry);
}

void Log::info(const QString &source, const QString &message) { add(LogEntry::Info, source, message); }
void Log::warning(const QString &source, const QString &message) { add(LogEntry::Warning, source, message); }
void Log::error(const QString &source, const QString &message) { add(LogEntry::Error, source, message); }

QString redactSecrets(const QString &text)
{
    static const QRegularExpression userInfo(QStringLiteral(R"(([A-Za-z][A-Za-z0-9+.\-]*://[^/\s:@]*):[^@/\s]*@)"));
    static const QRegularExpression params(
        QStringLiteral(R"(((?:password|passwd|pwd|apikey|api_key|token)=)[^&\s;]+)"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(userInfo, QStringLiteral("\\1:***@"));
    out.replace(params, QStringLiteral("\\1***"));
    return out;
}

LogModel::LogModel(QObject *parent) : QAbstractListModel(parent) {}

int LogModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_entries.size()); }
int LogModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return e.time.toString(QStringLiteral("HH:mm:ss"));
        case LevelColumn:
            return e.level == LogEntry::Error ? tr("Error") : e.level == LogEntry::Warning ? tr("Warning") : tr("Info");
        case SourceColumn: return e.source;
        case MessageColumn: return e.message;
        }
        return {};
    case Qt::ToolTipRole: return QString(e.time.toString(Qt::ISODateWithMs) + u' ' + e.message);
    case LevelRole: return int(e.level);
    case SourceRole: return e.source;
    case TimeRole: return e.time;
    case MessageRole: return e.message;
    }
    return {};
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case LevelColumn: return tr("Level");
    case SourceColumn: return tr("Source");
    case MessageColumn: return tr("Message");
    }
    return {};
}

QHash<int, QByteArray> LogModel::roleNames() const
{
    return {{LevelRole, "level"}, {SourceRole, "source"}, {TimeRole, "time"}, {MessageRole, "message"}};
}

void LogModel::append(const LogEntry &entry)
{
    if (m_entries.size() >= MaxEntries) {
        const int drop = MaxEntries / 10;
        beginRemoveRows({}, 0, drop - 1);
        m_entries.remove(0, drop);
        endRemoveRows();
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    endInsertRows();
}

void LogModel::clear()
{
    if (m_entries.isEmpty())
        return;
    beginRemoveRows({}, 0, int(m_entries.size()) - 1);
    m_entries.clear();
    endRemoveRows();
}

} // namespace Godwit
