// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace facet {

// Callers must tell a user's mistake (fix the input, exit 1) from a failure of the system (exit 2).
class Status
{
public:
    enum class Kind { Ok, InvalidInput, Internal };

    Status() = default;
    static Status ok() { return {}; }
    static Status invalid(const QString& message) { return Status(Kind::InvalidInput, message); }
    static Status internal(const QString& message) { return Status(Kind::Internal, message); }

    bool isOk() const { return m_kind == Kind::Ok; }
    explicit operator bool() const { return isOk(); }
    Kind kind() const { return m_kind; }
    const QString& message() const { return m_message; }

private:
    Status(Kind kind, const QString& message)
        : m_kind(kind)
        , m_message(message)
    {
    }
    Kind m_kind = Kind::Ok;
    QString m_message;
};

} // namespace facet
