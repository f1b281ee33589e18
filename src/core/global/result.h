// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

#include <optional>
#include <utility>
#include <variant>

namespace Godwit {

// What went wrong, in categories a user interface can act on (ask for a password, suggest checking the
// host, ...). The message is always one user-readable line.
enum class ErrorKind {
    Other,
    InvalidInput,
    AuthenticationFailed,
    PasswordRequired,
    HostUnreachable,
    TlsUntrusted,
    UnknownDatabase,
    NotADatabase,
    NotASearchCluster,
    Timeout,
    Canceled,
    Server,
    NotFound,
};

struct Error
{
    ErrorKind kind = ErrorKind::Other;
    QString message;

    static Error make(ErrorKind kind, const QString &message) { return Error{kind, message}; }
};

QString errorKindName(ErrorKind kind);

// A value or an error. Small on purpose: errors are values, never exceptions, never dialogs.
template<typename T>
class Result
{
public:
    Result(const T &value) : m_data(value) {}
    Result(T &&value) : m_data(std::move(value)) {}
    Result(const Error &error) : m_data(error) {}
    Result(Error &&error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    T take() { return std::move(std::get<T>(m_data)); }
    const T &operator*() const { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }
    QString errorMessage() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

struct Done
{
};
using Status = Result<Done>;

inline Status success() { return Status(Done{}); }

} // namespace Godwit
