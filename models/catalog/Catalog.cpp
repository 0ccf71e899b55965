// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/Catalog.h"

#include <QCoreApplication>

namespace facet {

namespace {
template <typename T> const T* findByCode(const QList<T>& list, const QString& code)
{
    for (const T& item : list) {
        if (item.code == code)
            return &item;
    }
    return nullptr;
}
} // namespace

const Attribute* Catalog::attribute(const QString& code) const
{
    return findByCode(attributes, code);
}

const Channel* Catalog::channel(const QString& code) const
{
    return findByCode(channels, code);
}

const Family* Catalog::family(const QString& code) const
{
    return findByCode(families, code);
}

const Category* Catalog::category(const QString& code) const
{
    return findByCode(categories, code);
}

bool Catalog::hasLocale(const QString& code) const
{
    return findByCode(locales, code) != nullptr;
}

QStringList Catalog::localeCodes() const
{
    QStringList codes;
    for (const Locale& l : locales)
        codes << l.code;
    return codes;
}

QString Catalog::defaultLocale() const
{
    return locales.isEmpty() ? QStringLiteral("en_US") : locales.first().code;
}

std::optional<ValueKey> Catalog::parseValueKey(const QString& text, QString* error) const
{
    auto fail = [error](const QString& message) -> std::optional<ValueKey> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QStringList parts = text.split(u'-');
    ValueKey key{parts.first(), {}, {}};
    const Attribute* a = attribute(key.attribute);
    if (!a)
        return fail(
            QCoreApplication::translate("facet::Catalog", "unknown attribute “%1”").arg(key.attribute));
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString& part = parts.at(i);
        if (key.locale.isEmpty() && key.channel.isEmpty() && hasLocale(part))
            key.locale = part;
        else if (key.channel.isEmpty() && channel(part))
            key.channel = part;
        else
            return fail(
                QCoreApplication::translate(
                    "facet::Catalog", "“%1” in “%2” is neither a locale nor a channel of this workspace")
                    .arg(part, text));
    }
    if (!key.locale.isEmpty() && !a->localizable)
        return fail(
            QCoreApplication::translate("facet::Catalog", "attribute “%1” is not localizable").arg(a->code));
    if (key.locale.isEmpty() && a->localizable)
        return fail(QCoreApplication::translate("facet::Catalog", "attribute “%1” needs a locale, e.g. %1-%2")
                        .arg(a->code, defaultLocale()));
    if (!key.channel.isEmpty() && !a->scopable)
        return fail(QCoreApplication::translate("facet::Catalog", "attribute “%1” has no per-channel values")
                        .arg(a->code));
    return key;
}

QStringList Catalog::categorySubtree(const QString& code) const
{
    QStringList result{code};
    for (qsizetype i = 0; i < result.size(); ++i) {
        for (const Category& c : categories) {
            if (c.parent == result.at(i))
                result << c.code;
        }
    }
    return result;
}

} // namespace facet
