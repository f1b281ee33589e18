// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connections/connectionprofile.h"
#include "db/databasesession.h"

#include <QAbstractListModel>

namespace Godwit {

// The saved connections of a workspace, persisted as JSON (never with secrets), plus the outcome of the
// last test of each for this session.
class ConnectionsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        NameRole,
        EngineRole,      // Engine as int
        KindRole,        // ConnectionKind as int
        UrlRole,         // display URL, no secret
        TestStateRole,   // TestState as int
        TestMessageRole, // server version or error
        ProfileRole,     // QVariant<ConnectionProfile>
    };
    enum class TestState { Untested, Testing, Ok, Failed };

    explicit ConnectionsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reads and writes the profiles file; an unreadable file is an error, a missing one an empty list.
    Status load(const QString &file);
    Status save() const;
    QString fileName() const { return m_file; }

    const QList<ConnectionProfile> &profiles() const { return m_profiles; }
    ConnectionProfile profile(const QString &id) const;
    ConnectionProfile profileAt(int row) const { return m_profiles.value(row); }
    int rowOf(const QString &id) const;
    // Finds by id, then by exact name.
    int find(const QString &idOrName) const;

    // Adds or replaces (same id) and saves.
    Status upsert(const ConnectionProfile &profile);
    Status remove(const QString &id);

    void setTestState(const QString &id, TestState state, const QString &message = {});
    TestState testState(const QString &id) const;

private:
    Error unreadableError() const;

    struct Test
    {
        TestState state = TestState::Untested;
        QString message;
    };
    QString m_file;
    QString m_unreadable; // why m_file could not be loaded; it is then never overwritten
    QList<ConnectionProfile> m_profiles;
    QHash<QString, Test> m_tests;
};

} // namespace Godwit
