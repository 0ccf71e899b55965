// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace facet {

// A move between stages that users holding one of `roles` may make.
struct Transition
{
    enum class Kind { Approve, SendBack };

    QString from;
    QString to;
    Kind kind = Kind::Approve;
    QStringList roles;

    static QString kindId(Kind kind)
    {
        return kind == Kind::Approve ? QStringLiteral("approve") : QStringLiteral("send-back");
    }
    friend bool operator==(const Transition&, const Transition&) = default;
};

} // namespace facet
