// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionsmodel.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace Godwit {

ConnectionsModel::ConnectionsModel(QObject *parent) : QAbstractListModel(parent) {}

int ConnectionsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_profiles.size()); }

QVariant ConnectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConnectionProfile &p = m_profiles.at(index.row());
    const Test test = m_tests.value(p.id);
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return p.name;
    case Qt::ToolTipRole: {
        QString tip = engineName(p.engine) + u'\n' + p.displayUrl();
        if (!test.message.isEmpty())
            tip += u'\n' + test.message;
        return tip;
    }
    case IdRole: return p.id;
    case EngineRole: return int(p.engine);
    case KindRole: return int(p.kind());
    case UrlRole: return p.displayUrl();
    case TestStateRole: return int(test.state);
    case TestMessageRole: return test.message;
    case ProfileRole: return QVariant::fromValue(p);
    }
    return {};
}

QHash<int, QByteArray> ConnectionsModel::roleNames() const
{
    return {{IdRole, "id"}, {NameRole, "name"}, {EngineRole, "engine"}, {KindRole, "kind"}, {UrlRole, "url"},
            {TestStateRole, "testState"}, {TestMessageRole, "testMessage"}};
}

Status ConnectionsModel::load(const QString &file)
{
    m_file = file;
    m_unreadable.clear();
    QList<ConnectionProfile> loaded;
    QFile f(file);
    if (f.exists()) {
        // Until it is read successfully, the file is never written over: the user may still repair it.
        auto refuse = [this](ErrorKind kind, const QString &message) {
            m_unreadable = message;
            return Error::make(kind, message);
        };
        if (!f.open(QIODevice::ReadOnly))
            return refuse(ErrorKind::Other, tr("Cannot read %1: %2").arg(file, f.errorString()));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
        if (pe.error != QJsonParseError::NoError)
            return refuse(ErrorKind::InvalidInput, tr("%1 is not valid JSON: %2").arg(file, pe.errorString()));
        const QJsonValue connections = doc.object().value(QStringLiteral("connections"));
        if (!doc.isObject() || !(connections.isArray() || connections.isUndefined()))
            return refuse(ErrorKind::InvalidInput, tr("%1 is not a Godwit connections file.").arg(file));
        const QJsonArray arr = connections.toArray();
        for (const QJsonValue &v : arr)
            loaded.append(ConnectionProfile::fromJson(v.toObject()));
    }
    beginResetModel(); // a whole new file: a reset is the honest signal here
    m_profiles = loaded;
    m_tests.clear();
    endResetModel();
    return success();
}

Error ConnectionsModel::unreadableError() const
{
    return Error::make(ErrorKind::Other, tr("Not saving over a connections file that could not be read: %1").arg(m_unreadable));
}

Status ConnectionsModel::save() const
{
    if (m_file.isEmpty())
        return success();
    if (!m_unreadable.isEmpty())
        return unreadableError();
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QJsonArray arr;
    for (const ConnectionProfile &p : m_profiles)
        arr.append(p.toJson());
    QJsonObject root;
    root[QStringLiteral("format")] = QStringLiteral("godwit-connections");
    root[QStringLiteral("version")] = 1;
    root[QStringLiteral("connections")] = arr;
    QSaveFile f(m_file);
    if (!f.open(QIODevice::WriteOnly))
        return Error::make(ErrorKind::Other, tr("Cannot write %1: %2").arg(m_file, f.errorString()));
    f.write(QJsonDocument(root).toJson());
    if (!f.commit())
        return Error::make(ErrorKind::Other, tr("Cannot write %1: %2").arg(m_file, f.errorString()));
    return success();
}

ConnectionProfile ConnectionsModel::profile(const QString &id) const
{
    const int row = rowOf(id);
    return row >= 0 ? m_profiles.at(row) : ConnectionProfile{};
}

int ConnectionsModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_profiles.size(); ++i)
        if (m_profiles.at(i).id == id)
            return i;
    return -1;
}

int ConnectionsModel::find(const QString &idOrName) const
{
    const int row = rowOf(idOrName);
    if (row >= 0)
        return row;
    for (int i = 0; i < m_profiles.size(); ++i)
        if (m_profiles.at(i).name == idOrName)
            return i;
    return -1;
}

Status ConnectionsModel::upsert(const ConnectionProfile &profile)
{
    if (!m_unreadable.isEmpty())
        return unreadableError();
    ConnectionProfile p = profile;
    if (p.id.isEmpty())
        p.id = ConnectionProfile::newId();
    if (p.name.trimmed().isEmpty())
        return Error::make(ErrorKind::InvalidInput, tr("A connection needs a name."));
    for (const ConnectionProfile &other : std::as_const(m_profiles))
        if (other.id != p.id && other.name == p.name)
            return Error::make(ErrorKind::InvalidInput, tr("A connection named “%1” exists already.").arg(p.name));
    const int row = rowOf(p.id);
    if (row >= 0) {
        m_profiles[row] = p;
        m_tests.remove(p.id);
        Q_EMIT dataChanged(index(row), index(row));
    } else {
        const int at = int(m_profiles.size());
        beginInsertRows({}, at, at);
        m_profiles.append(p);
        endInsertRows();
    }
    return save();
}

Status ConnectionsModel::remove(const QString &id)
{
    if (!m_unreadable.isEmpty())
        return unreadableError();
    const int row = rowOf(id);
    if (row < 0)
        return Error::make(ErrorKind::NotFound, tr("No such connection."));
    beginRemoveRows({}, row, row);
    m_profiles.removeAt(row);
    m_tests.remove(id);
    endRemoveRows();
    return save();
}

void ConnectionsModel::setTestState(const QString &id, TestState state, const QString &message)
{
    m_tests[id] = Test{state, message};
    const int row = rowOf(id);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

ConnectionsModel::TestState ConnectionsModel::testState(const QString &id) const { return m_tests.value(id).state; }

} // namespace Godwit
