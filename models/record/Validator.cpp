// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/record/Validator.h"

#include "models/catalog/Catalog.h"
#include "models/record/MasterRecord.h"

#include <QCoreApplication>
#include <algorithm>

namespace facet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("facet::Validator", text);
}

// "[A-Za-z0-9][A-Za-z0-9._/-]{0,99}", written out: it runs for every record saved, and a regular expression's
// "$" also matched before a trailing line break.
bool isValidSku(QStringView sku)
{
    auto alphanumeric = [](char16_t c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
    };
    if (sku.isEmpty() || sku.size() > 100 || !alphanumeric(sku.front().unicode()))
        return false;
    return std::all_of(sku.begin() + 1, sku.end(), [&](QChar c) {
        const char16_t u = c.unicode();
        return alphanumeric(u) || u == u'.' || u == u'_' || u == u'/' || u == u'-';
    });
}
} // namespace

QString ValidationError::toString() const
{
    QString where = attribute;
    QStringList scope;
    if (!locale.isEmpty())
        scope << locale;
    if (!channel.isEmpty())
        scope << channel;
    if (!scope.isEmpty())
        where += QStringLiteral(" (") + scope.join(QStringLiteral(", ")) + u')';
    if (where.isEmpty())
        return QStringLiteral("%1: %2 [%3]").arg(sku, message, rule);
    return QStringLiteral("%1: %2: %3 [%4]").arg(sku, where, message, rule);
}

QList<ValidationError> Validator::validate(const Catalog& catalog, const MasterRecord& record)
{
    QList<ValidationError> errors;
    auto add = [&](const ValueKey& key, const QString& rule, const QString& message) {
        errors << ValidationError{record.sku, key.attribute, key.locale, key.channel, rule, message};
    };
    if (!isValidSku(record.sku))
        add({}, QStringLiteral("sku"),
            tr("the SKU must be 1–100 letters, digits, “.”, “_”, “/” or “-”, starting with a letter or "
               "digit"));
    const Family* family = catalog.family(record.family);
    if (!family)
        add({}, QStringLiteral("family"), tr("unknown family “%1”").arg(record.family));
    for (const QString& category : record.categories) {
        if (!catalog.category(category))
            add({}, QStringLiteral("category"), tr("unknown category “%1”").arg(category));
    }
    for (auto it = record.values.constBegin(); it != record.values.constEnd(); ++it) {
        const ValueKey& key = it.key();
        const Attribute* attribute = catalog.attribute(key.attribute);
        if (!attribute) {
            add(key, QStringLiteral("attribute"), tr("unknown attribute"));
            continue;
        }
        if (family && !family->attributes.contains(key.attribute))
            add(key, QStringLiteral("family"), tr("not an attribute of family “%1”").arg(family->code));
        if (!key.locale.isEmpty() && !catalog.hasLocale(key.locale))
            add(key, QStringLiteral("locale"), tr("unknown locale"));
        if (attribute->localizable != !key.locale.isEmpty())
            add(key, QStringLiteral("localizable"),
                attribute->localizable ? tr("a value per locale is required")
                                       : tr("the attribute is not localizable"));
        if (!key.channel.isEmpty()) {
            const Channel* channel = catalog.channel(key.channel);
            if (!channel)
                add(key, QStringLiteral("channel"), tr("unknown channel"));
            else if (!key.locale.isEmpty() && !channel->locales.contains(key.locale))
                add(key, QStringLiteral("channel_locale"), tr("the channel does not publish in this locale"));
            if (!attribute->scopable)
                add(key, QStringLiteral("scopable"), tr("the attribute has no per-channel values"));
        }
        if (const auto violation = attribute->check(it.value()))
            add(key, violation->rule, violation->message);
    }
    return errors;
}

QString Validator::summary(const QList<ValidationError>& errors)
{
    QStringList lines;
    for (const ValidationError& e : errors)
        lines << e.toString();
    return lines.join(u'\n');
}

} // namespace facet
