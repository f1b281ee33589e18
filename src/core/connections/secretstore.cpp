// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"
#include "global/version.h"
#include "log/log.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace Godwit {

namespace {
QString serviceName() { return applicationId(); }
} // namespace

SecretStore::SecretStore(QObject *parent) : QObject(parent) {}

SecretStore *SecretStore::instance()
{
    static SecretStore *store = [] {
        auto *s = new SecretStore;
        if (QCoreApplication::instance())
            s->setParent(QCoreApplication::instance());
        return s;
    }();
    return store;
}

bool SecretStore::keychainAvailable() const
{
    if (m_keychainState < 0) {
        // Without a session bus QtKeychain would fail on every call (sometimes after a D-Bus timeout):
        // decide once, up front.
        const bool disabled = qEnvironmentVariableIntValue("GODWIT_NO_KEYCHAIN") == 1;
        const bool bus = qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS");
        m_keychainState = (!disabled && bus) ? 1 : 0;
    }
    return m_keychainState == 1;
}

bool SecretStore::hasCached(const QString &id) const
{
    QMutexLocker lock(&m_mutex);
    return m_memory.contains(id);
}

QString SecretStore::cached(const QString &id) const
{
    QMutexLocker lock(&m_mutex);
    return m_memory.value(id);
}

void SecretStore::forget(const QString &id)
{
    QMutexLocker lock(&m_mutex);
    m_memory.remove(id);
}

void SecretStore::fetch(const QString &id, QObject *context, Callback callback)
{
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto deliver = [guard, hasContext, callback](const Result<QString> &r) {
        if (!hasContext || guard)
            callback(r);
    };
    const auto missing = Error::make(ErrorKind::PasswordRequired, tr("A password is needed for this connection."));
    {
        QMutexLocker lock(&m_mutex);
        if (m_memory.contains(id)) {
            const QString secret = m_memory.value(id);
            QTimer::singleShot(0, this, [deliver, secret] { deliver(secret); });
            return;
        }
    }
    if (!keychainAvailable()) {
        QTimer::singleShot(0, this, [deliver, missing] { deliver(missing); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(id);
    connect(job, &QKeychain::Job::finished, this, [this, id, deliver, missing](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() == QKeychain::NoError) {
            {
                QMutexLocker lock(&m_mutex);
                m_memory.insert(id, read->textData());
            }
            deliver(read->textData());
            return;
        }
        if (read->error() != QKeychain::EntryNotFound) {
            Log::warning(tr("Keychain"), tr("The keychain could not be read: %1").arg(read->errorString()));
            m_keychainState = 0;
        }
        deliver(missing);
    });
    job->start();
}

void SecretStore::store(const QString &id, const QString &secret, bool persist, QObject *context,
                        std::function<void(const Status &)> callback)
{
    {
        QMutexLocker lock(&m_mutex);
        m_memory.insert(id, secret);
    }
    QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    auto deliver = [guard, hasContext, callback](const Status &s) {
        if (callback && (!hasContext || guard))
            callback(s);
    };
    if (!persist || !keychainAvailable()) {
        QTimer::singleShot(0, this, [deliver, persist, this] {
            if (persist)
                deliver(Error::make(ErrorKind::Other, tr("No keychain is available: the password is kept in memory "
                                                         "for this session only.")));
            else
                deliver(success());
        });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(id);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [deliver](QKeychain::Job *j) {
        if (j->error() == QKeychain::NoError)
            deliver(success());
        else
            deliver(Error::make(ErrorKind::Other, tr("The keychain refused the password (%1); it is kept in memory for "
                                                     "this session only.").arg(j->errorString())));
    });
    job->start();
}

void SecretStore::remove(const QString &id)
{
    forget(id);
    if (!keychainAvailable())
        return;
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setKey(id);
    job->start();
}

} // namespace Godwit
