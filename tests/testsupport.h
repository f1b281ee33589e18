// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small helpers shared by the tests (header-only: tests never compile core sources).

#include <QAbstractItemModel>
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace GodwitTest {

// The environment variables of scripts/test-servers that are missing among names.
inline QStringList missingEnv(const QStringList &names)
{
    QStringList missing;
    for (const QString &n : names)
        if (qEnvironmentVariable(n.toLatin1().constData()).isEmpty())
            missing.append(n);
    return missing;
}

// The failure message for a missing server: integration tests fail, they never skip.
inline QByteArray serversHint(const QStringList &missing)
{
    return QStringLiteral("%1 not set: run `scripts/test-servers start` and `eval \"$(scripts/test-servers env)\"`, "
                          "then run the tests again")
        .arg(missing.join(QStringLiteral(", ")))
        .toUtf8();
}

inline QString env(const char *name) { return qEnvironmentVariable(name); }

// A name no other test run uses: lower case letters and digits, for databases and indices.
inline QString uniqueName(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

// The first child of parent whose text in column 0 (for role) starts with prefix; invalid if none.
inline QModelIndex childStartingWith(const QAbstractItemModel *model, const QModelIndex &parent, const QString &prefix,
                                     int role = Qt::DisplayRole)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex i = model->index(row, 0, parent);
        if (model->data(i, role).toString().startsWith(prefix))
            return i;
    }
    return {};
}

// The texts in column 0 of parent's children, for failure messages and comparisons.
inline QStringList childTexts(const QAbstractItemModel *model, const QModelIndex &parent = {}, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int row = 0; row < model->rowCount(parent); ++row)
        out.append(model->data(model->index(row, 0, parent), role).toString());
    return out;
}

} // namespace GodwitTest

#define GODWIT_REQUIRE_ENV(...)                                                                                  \
    do {                                                                                                         \
        const QStringList missing_ = GodwitTest::missingEnv(QStringList{__VA_ARGS__});                            \
        if (!missing_.isEmpty())                                                                                 \
            QFAIL(GodwitTest::serversHint(missing_).constData());                                                \
    } while (false)
