// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QObject>

namespace Godwit {

struct LogEntry
{
    enum Level { Info, Warning, Error };
    QDateTime time;
    Level level = Info;
    QString source;
    QString message;
};

// Application-wide log. Callable from any thread; entries reach the log's thread through a queued signal.
// Messages pass through redactSecrets() so that a URL with a password never lands in the log.
class Log : public QObject
{
    Q_OBJECT
public:
    static Log *instance();

    static void info(const QString &source, const QString &message);
    static void warning(const QString &source, const QString &message);
    static void error(const QString &source, const QString &message);
    static void add(LogEntry::Level level, const QString &source, const QString &message);

Q_SIGNALS:
    void entryAdded(const Godwit::LogEntry &entry);

private:
    using QObject::QObject;
};

// Replaces the password in "scheme://user:password@host" and the value of password=/apikey= parameters.
QString redactSecrets(const QString &text);

class LogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { LevelRole = Qt::UserRole + 1, SourceRole, TimeRole, MessageRole };
    enum Column { TimeColumn, LevelColumn, SourceColumn, MessageColumn, ColumnCount };

    explicit LogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void append(const LogEntry &entry);
    void clear();

    static constexpr int MaxEntries = 20000;

private:
    QList<LogEntry> m_entries;
};

} // namespace Godwit

Q_DECLARE_METATYPE(Godwit::LogEntry)
