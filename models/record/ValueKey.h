// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <compare>

namespace facet {

// Where a value lives in a master record: an attribute, optionally for one locale and one channel.
// Written the way Akeneo names its columns: "description", "description-de_DE", "description-de_DE-print".
struct ValueKey
{
    QString attribute;
    QString locale;  // empty: not localized
    QString channel; // empty: the common value every channel sees unless it has its own

    QString toString() const
    {
        QString s = attribute;
        if (!locale.isEmpty())
            s += u'-' + locale;
        if (!channel.isEmpty())
            s += u'-' + channel;
        return s;
    }
    // The scope part of the canonical form: "de_DE|print", "de_DE|", "|print", "|".
    QString scope() const { return locale + u'|' + channel; }
    static ValueKey fromScope(const QString& attribute, const QString& scope)
    {
        const qsizetype bar = scope.indexOf(u'|');
        return {attribute, scope.left(bar), scope.mid(bar + 1)};
    }

    friend bool operator==(const ValueKey&, const ValueKey&) = default;
    friend std::strong_ordering operator<=>(const ValueKey& a, const ValueKey& b)
    {
        if (auto c = QString::compare(a.attribute, b.attribute); c != 0)
            return c <=> 0;
        if (auto c = QString::compare(a.locale, b.locale); c != 0)
            return c <=> 0;
        return QString::compare(a.channel, b.channel) <=> 0;
    }
};

} // namespace facet
