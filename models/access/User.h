// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace facet {

// Someone who signs in. The password hash never leaves storage.
struct User
{
    QString name; // what they sign in with
    QString displayName;
    bool disabled = false;
    QStringList roles; // role codes
    QString createdAt;

    QString shownName() const { return displayName.isEmpty() ? name : displayName; }
};

} // namespace facet
