// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/rendering/Finding.h"

#include <QStringList>

namespace facet::test {

// "error:web.img_alt" per finding, sorted: rule tests expect what is found, not the order the checks run in.
inline QStringList ids(const QList<Finding>& findings)
{
    QStringList list;
    for (const Finding& f : findings)
        list << Finding::severityName(f.severity) + u':' + f.rule;
    list.sort();
    return list;
}

// The rule ids in the order the checks report them.
inline QStringList rulesOf(const QList<Finding>& findings)
{
    QStringList rules;
    for (const Finding& f : findings)
        rules.append(f.rule);
    return rules;
}

// One line a finding, for a failure message.
inline QString describe(const QList<Finding>& findings)
{
    QStringList lines;
    for (const Finding& f : findings) {
        QString line = f.rule + QStringLiteral(": ") + f.message + QStringLiteral(" [") + f.measured + u']';
        lines << (f.part.isEmpty() ? line : f.part + QStringLiteral(": ") + line);
    }
    return lines.join(u'\n');
}

} // namespace facet::test
