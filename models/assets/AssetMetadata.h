// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace facet {

// What the library knows about an asset besides its bytes: the words a channel shows with it, who owns it,
// and until when it may be used.
struct AssetMetadata
{
    QMap<QString, QString> titles; // by locale
    QMap<QString, QString> alts;   // alternative text by locale, for screen readers and failed loads
    QString rights;                // copyright notice or rights holder
    QDate expires;                 // the last day channels may use the asset; invalid = no end
    QStringList tags;              // lower case, sorted, unique

    // `locale`'s text, else the first of `fallbacks` that has one; empty when none does.
    QString title(const QString& locale, const QStringList& fallbacks = {}) const;
    QString alt(const QString& locale, const QStringList& fallbacks = {}) const;
    // Expired the day after `expires`.
    bool isExpired(const QDate& today = QDate::currentDate()) const
    {
        return expires.isValid() && today > expires;
    }
    // Words the library's search matches: titles, alt texts, tags, rights.
    QString searchText() const;

    QJsonObject toJson() const;
    static AssetMetadata fromJson(const QJsonObject& json);
    // Trims, lower-cases, sorts and removes duplicates and empty tags.
    static QStringList normalizedTags(const QStringList& tags);

    bool operator==(const AssetMetadata&) const = default;
};

} // namespace facet
