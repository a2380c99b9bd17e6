// SPDX-License-Identifier: GPL-3.0-or-later
// Copyright 2026 The GridSentinel authors
#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace gs {

/// A problem with one input field, in words the user can act on.
struct FieldError
{
    QString field; ///< the model's field name ("entityUscc", "amount", ...)
    QString message; ///< translated, starts with the field's label
};

/// What went wrong, for code (the code) and for people (a translated message naming what to do).
struct Error
{
    enum class Code {
        Io,
        WrongCredentials, ///< user name or password is wrong (never says which)
        AccountDisabled,
        KeyFileDamaged, ///< the key-slot sidecar cannot be read or was altered
        DatabaseDamaged, ///< the key is proven right but SQLCipher cannot read the file
        NotEncrypted, ///< the SQLite library in use is not SQLCipher, or the file is plaintext
        SchemaTooNew,
        AlreadyExists,
        NotFound,
        PermissionDenied,
        InvalidInput,
        Sql,
        Crypto,
    };
    Code code = Code::Io;
    QString message;
    QString field; ///< the input field the message is about, if any
    QList<FieldError> fields; ///< every field problem, when validation found several
};

/// A value or an Error. Errors are returned, never thrown across Qt code.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) { }
    Result(Error error) : m_data(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<T>(m_data); }
    const T& value() const& { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const Error& error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that yields nothing but may fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) { }
    template <typename T>
    static Status from(const Result<T>& r) { return r.ok() ? Status() : Status(r.error()); }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(Error::Code code, QString message, QString field = {})
{
    return Error { code, std::move(message), std::move(field) };
}

/// Invalid input with every field problem in `fields` (not empty); the first one is the message and field.
inline Error invalidInput(QList<FieldError> fields)
{
    Error e = makeError(Error::Code::InvalidInput, fields.first().message, fields.first().field);
    e.fields = std::move(fields);
    return e;
}

} // namespace gs
