// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Labels.h"

#include <QJsonObject>
#include <QStringList>

namespace facet {

// An output touchpoint. Its kind decides which renderer and rules apply.
struct Channel
{
    QString code;
    QString kind; // one of knownKinds()
    Labels labels;
    QStringList locales;
    int requiredLevel = 0;
    QJsonObject settings; // limits and kind-specific options

    QString label(const QString& locale) const { return labelIn(labels, locale, code); }

    static QStringList knownKinds()
    {
        return {QStringLiteral("web"),      QStringLiteral("email"), QStringLiteral("sms"),
                QStringLiteral("push"),     QStringLiteral("x"),     QStringLiteral("instagram"),
                QStringLiteral("linkedin"), QStringLiteral("print"), QStringLiteral("feed"),
                QStringLiteral("text")};
    }
};

} // namespace facet
