// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "global/result.h"

#include <QHash>
#include <QMutex>
#include <QObject>

#include <functional>

namespace Godwit {

// Passwords and API keys. Kept in the system keychain (QtKeychain) when one is available; otherwise, and
// always for the current session, in memory only. Never written to settings, logs or files.
// Asynchronous and main-thread only: jobs receive the secret as a copied value, fetched before they start.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<QString> &)>;

    static SecretStore *instance();

    // True when a keychain backend can be reached (a D-Bus session with a secret service or KWallet).
    // GODWIT_NO_KEYCHAIN=1 forces memory-only mode.
    bool keychainAvailable() const;

    // Delivers the secret for id (memory first, then the keychain) or an error of kind PasswordRequired.
    void fetch(const QString &id, QObject *context, Callback callback);
    // Remembers the secret for this session; with persist, also saves it in the keychain.
    void store(const QString &id, const QString &secret, bool persist, QObject *context = nullptr,
               std::function<void(const Status &)> callback = {});
    void remove(const QString &id);

    bool hasCached(const QString &id) const;
    QString cached(const QString &id) const;
    void forget(const QString &id);

private:
    explicit SecretStore(QObject *parent = nullptr);

    mutable QMutex m_mutex;
    QHash<QString, QString> m_memory;
    mutable int m_keychainState = -1; // -1 unknown, 0 unavailable, 1 available
};

} // namespace Godwit
