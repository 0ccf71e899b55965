// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/Attribute.h"
#include "models/catalog/AttributeGroup.h"
#include "models/catalog/Category.h"
#include "models/catalog/Channel.h"
#include "models/catalog/Family.h"
#include "models/catalog/Locale.h"
#include "models/record/ValueKey.h"

#include <QList>
#include <optional>

namespace facet {

// The structure of a workspace: locales, channels, attribute groups, attributes, families and categories.
// Small enough to keep in memory; the products are not.
class Catalog
{
public:
    QList<Locale> locales;
    QList<Channel> channels;
    QList<AttributeGroup> groups;
    QList<Attribute> attributes;
    QList<Family> families;
    QList<Category> categories;

    const Attribute* attribute(const QString& code) const;
    const Channel* channel(const QString& code) const;
    const Family* family(const QString& code) const;
    const Category* category(const QString& code) const;
    bool hasLocale(const QString& code) const;
    QStringList localeCodes() const;
    // The locale labels and product names are shown in when the user has not chosen one.
    QString defaultLocale() const;
    // "description-de_DE-print" → {description, de_DE, print}; the error says which part is unknown.
    std::optional<ValueKey> parseValueKey(const QString& text, QString* error) const;
    // A category and everything below it.
    QStringList categorySubtree(const QString& code) const;
};

} // namespace facet
