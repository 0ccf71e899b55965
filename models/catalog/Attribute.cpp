// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/Attribute.h"

#include "models/catalog/Gtin.h"
#include "models/record/RichText.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <algorithm>

namespace facet {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::Attribute", text);
}

// "-?\d+(\.\d{1,2})?", written out: prices are checked on every save, where a regular expression match
// was a noticeable share of a bulk import. Digits are Unicode digits, as \d is in QRegularExpression.
bool isMoney(QStringView s)
{
    qsizetype i = s.startsWith(u'-') ? 1 : 0;
    const qsizetype integerStart = i;
    while (i < s.size() && s.at(i).isDigit())
        ++i;
    if (i == integerStart)
        return false;
    if (i == s.size())
        return true;
    if (s.at(i) != u'.')
        return false;
    const qsizetype decimals = s.size() - i - 1;
    if (decimals < 1 || decimals > 2)
        return false;
    for (++i; i < s.size(); ++i) {
        if (!s.at(i).isDigit())
            return false;
    }
    return true;
}

// "[A-Z]{3}"
bool isCurrency(QStringView s)
{
    return s.size() == 3 && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
}

// "19.9" → "19.90": money is stored as a fixed two-decimal string so the content hash never depends on
// floating-point formatting.
QString normalizedAmount(const QString& amount)
{
    const qsizetype dot = amount.indexOf(u'.');
    if (dot < 0)
        return amount + QStringLiteral(".00");
    return amount.leftJustified(dot + 3, u'0');
}

QJsonValue jsonFromStrings(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

} // namespace

QString Attribute::label(const QString& locale) const
{
    return labelIn(labels, locale, code);
}

QString Attribute::optionLabel(const QString& optionCode, const QString& locale) const
{
    for (const AttributeOption& option : options) {
        if (option.code == optionCode)
            return labelIn(option.labels, locale, optionCode);
    }
    return optionCode;
}

bool Attribute::hasOption(const QString& optionCode) const
{
    for (const AttributeOption& option : options) {
        if (option.code == optionCode)
            return true;
    }
    return false;
}

std::optional<QJsonValue> Attribute::parse(const QString& input, QString* error) const
{
    const QString text =
        type == AttributeType::RichText || type == AttributeType::Text ? input : input.trimmed();
    auto fail = [error](const QString& message) -> std::optional<QJsonValue> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Null);
    switch (type) {
    case AttributeType::Identifier:
    case AttributeType::Text:
    case AttributeType::RichText:
    case AttributeType::Gtin:
    case AttributeType::SimpleSelect:
        return QJsonValue(text);
    case AttributeType::Number: {
        bool ok = false;
        const double number = text.toDouble(&ok);
        if (!ok)
            return fail(tr("“%1” is not a number").arg(text));
        return QJsonValue(number);
    }
    case AttributeType::Metric: {
        const QStringList parts = text.split(u' ', Qt::SkipEmptyParts);
        bool ok = false;
        const double amount = parts.value(0).toDouble(&ok);
        if (!ok || parts.size() > 2)
            return fail(tr("“%1” is not an amount with a unit such as “1.5 KILOGRAM”").arg(text));
        const QString unit = parts.size() == 2 ? parts.at(1) : rules.units.value(0);
        return QJsonValue(QJsonObject{{QStringLiteral("amount"), amount}, {QStringLiteral("unit"), unit}});
    }
    case AttributeType::PriceCollection: {
        QJsonObject prices;
        for (const QString& entry : text.split(u',', Qt::SkipEmptyParts)) {
            const QStringList parts = entry.trimmed().split(u' ', Qt::SkipEmptyParts);
            if (parts.size() != 2 || !isMoney(parts.at(0)) || !isCurrency(parts.at(1)))
                return fail(tr("“%1” is not a price such as “19.99 EUR”").arg(entry.trimmed()));
            prices.insert(parts.at(1), normalizedAmount(parts.at(0)));
        }
        return QJsonValue(prices);
    }
    case AttributeType::Boolean: {
        const QString lower = text.toLower();
        if (lower == u"1" || lower == u"true" || lower == u"yes")
            return QJsonValue(true);
        if (lower == u"0" || lower == u"false" || lower == u"no")
            return QJsonValue(false);
        return fail(tr("“%1” is not a yes/no value (1 or 0)").arg(text));
    }
    case AttributeType::Date: {
        if (!QDate::fromString(text, Qt::ISODate).isValid())
            return fail(tr("“%1” is not a date in the form YYYY-MM-DD").arg(text));
        return QJsonValue(text);
    }
    case AttributeType::MultiSelect: {
        QStringList codes;
        for (const QString& option : text.split(u',', Qt::SkipEmptyParts))
            codes << option.trimmed();
        codes.sort();
        codes.removeDuplicates();
        return jsonFromStrings(codes);
    }
    case AttributeType::Asset: {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0)
            return fail(tr("“%1” is not an asset id").arg(text));
        return QJsonValue(id);
    }
    }
    return fail(tr("unsupported attribute type"));
}

QString Attribute::format(const QJsonValue& value) const
{
    if (isEmptyValue(value))
        return {};
    switch (type) {
    case AttributeType::Number:
    case AttributeType::Asset:
        return QString::number(value.toDouble(), 'g', 15);
    case AttributeType::Metric: {
        const QJsonObject o = value.toObject();
        return QString::number(o.value(u"amount").toDouble(), 'g', 15) + u' ' + o.value(u"unit").toString();
    }
    case AttributeType::PriceCollection: {
        QStringList parts;
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            parts << it.value().toString() + u' ' + it.key();
        return parts.join(u',');
    }
    case AttributeType::Boolean:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case AttributeType::MultiSelect: {
        QStringList codes;
        for (const QJsonValue& v : value.toArray())
            codes << v.toString();
        return codes.join(u',');
    }
    default:
        return value.toString();
    }
}

bool Attribute::isEmptyValue(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return true;
    case QJsonValue::String:
        return value.toString().trimmed().isEmpty();
    case QJsonValue::Array:
        return value.toArray().isEmpty();
    case QJsonValue::Object:
        return value.toObject().isEmpty();
    default:
        return false;
    }
}

std::optional<RuleViolation> Attribute::check(const QJsonValue& value) const
{
    if (isEmptyValue(value))
        return std::nullopt;
    auto violation = [](const char* rule, const QString& message) {
        return std::optional<RuleViolation>(RuleViolation{QString::fromLatin1(rule), message});
    };
    auto wrongShape = [&](const QString& expected) {
        return violation("type", tr("expected %1").arg(expected));
    };
    switch (type) {
    case AttributeType::Identifier:
    case AttributeType::Text:
    case AttributeType::RichText: {
        if (!value.isString())
            return wrongShape(tr("text"));
        // The plain text of rich text is only worth computing when there is a limit to hold it against.
        const qsizetype length = rules.maxLength <= 0 ? 0
                                 : type == AttributeType::RichText
                                     ? RichText::toPlainText(value.toString()).size()
                                     : value.toString().size();
        if (rules.maxLength > 0 && length > rules.maxLength)
            return violation("max_length",
                             tr("%1 characters, at most %2 allowed").arg(length).arg(rules.maxLength));
        if (type == AttributeType::RichText) {
            const QString unsafe = RichText::firstUnsupportedMarkup(value.toString());
            if (!unsafe.isEmpty())
                return violation("rich_text", tr("markup “%1” is not allowed in rich text").arg(unsafe));
        }
        return std::nullopt;
    }
    case AttributeType::Number: {
        if (!value.isDouble())
            return wrongShape(tr("a number"));
        const double n = value.toDouble();
        if (!rules.decimalsAllowed && n != static_cast<double>(static_cast<qint64>(n)))
            return violation("decimals", tr("%1 has decimals, only whole numbers are allowed").arg(n));
        if (rules.minimum && n < *rules.minimum)
            return violation("minimum", tr("%1 is below the minimum %2").arg(n).arg(*rules.minimum));
        if (rules.maximum && n > *rules.maximum)
            return violation("maximum", tr("%1 is above the maximum %2").arg(n).arg(*rules.maximum));
        return std::nullopt;
    }
    case AttributeType::Metric: {
        const QJsonObject o = value.toObject();
        if (!value.isObject() || !o.value(u"amount").isDouble())
            return wrongShape(tr("an amount with a unit"));
        const QString unit = o.value(u"unit").toString();
        if (!rules.units.isEmpty() && !rules.units.contains(unit))
            return violation("unit", tr("unit “%1” is not one of %2").arg(unit, rules.units.join(u", ")));
        const double n = o.value(u"amount").toDouble();
        if (rules.minimum && n < *rules.minimum)
            return violation("minimum", tr("%1 is below the minimum %2").arg(n).arg(*rules.minimum));
        if (rules.maximum && n > *rules.maximum)
            return violation("maximum", tr("%1 is above the maximum %2").arg(n).arg(*rules.maximum));
        return std::nullopt;
    }
    case AttributeType::PriceCollection: {
        if (!value.isObject())
            return wrongShape(tr("prices per currency"));
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!isCurrency(it.key()) ||
                (!rules.currencies.isEmpty() && !rules.currencies.contains(it.key())))
                return violation("currency", tr("currency “%1” is not accepted").arg(it.key()));
            if (!it.value().isString() || !isMoney(it.value().toString()))
                return violation("price_format",
                                 tr("“%1” is not an amount such as 19.99").arg(it.value().toString()));
            if (it.value().toString().startsWith(u'-'))
                return violation("minimum",
                                 tr("price %1 %2 is negative").arg(it.value().toString(), it.key()));
        }
        return std::nullopt;
    }
    case AttributeType::Boolean:
        return value.isBool() ? std::nullopt : wrongShape(tr("yes or no"));
    case AttributeType::Date:
        if (!value.isString() || !QDate::fromString(value.toString(), Qt::ISODate).isValid())
            return violation("date", tr("“%1” is not a date in the form YYYY-MM-DD").arg(value.toString()));
        return std::nullopt;
    case AttributeType::SimpleSelect:
        if (!value.isString())
            return wrongShape(tr("an option code"));
        if (!hasOption(value.toString()))
            return violation("option", tr("“%1” is not an option of %2").arg(value.toString(), code));
        return std::nullopt;
    case AttributeType::MultiSelect:
        if (!value.isArray())
            return wrongShape(tr("a list of option codes"));
        for (const QJsonValue& v : value.toArray()) {
            if (!hasOption(v.toString()))
                return violation("option", tr("“%1” is not an option of %2").arg(v.toString(), code));
        }
        return std::nullopt;
    case AttributeType::Asset:
        return value.isDouble() && value.toDouble() > 0 ? std::nullopt : wrongShape(tr("an asset id"));
    case AttributeType::Gtin:
        if (!value.isString() || !gtin::isValid(value.toString()))
            return violation("gtin", tr("“%1” is not a GTIN-8/12/13/14 with a valid check digit")
                                         .arg(value.toVariant().toString()));
        return std::nullopt;
    }
    return std::nullopt;
}

QJsonObject Attribute::settingsJson() const
{
    QJsonObject o;
    if (rules.maxLength > 0)
        o.insert(u"max_length", rules.maxLength);
    if (rules.minimum)
        o.insert(u"minimum", *rules.minimum);
    if (rules.maximum)
        o.insert(u"maximum", *rules.maximum);
    if (!rules.decimalsAllowed)
        o.insert(u"decimals_allowed", false);
    if (!rules.units.isEmpty())
        o.insert(u"units", jsonFromStrings(rules.units));
    if (!rules.currencies.isEmpty())
        o.insert(u"currencies", jsonFromStrings(rules.currencies));
    if (!options.isEmpty()) {
        QJsonArray list;
        for (const AttributeOption& option : options) {
            QJsonObject labelsJson;
            for (auto it = option.labels.begin(); it != option.labels.end(); ++it)
                labelsJson.insert(it.key(), it.value());
            list.append(
                QJsonObject{{QStringLiteral("code"), option.code}, {QStringLiteral("labels"), labelsJson}});
        }
        o.insert(u"options", list);
    }
    return o;
}

void Attribute::setSettingsJson(const QJsonObject& o)
{
    rules = {};
    rules.maxLength = o.value(u"max_length").toInt();
    if (o.contains(u"minimum"))
        rules.minimum = o.value(u"minimum").toDouble();
    if (o.contains(u"maximum"))
        rules.maximum = o.value(u"maximum").toDouble();
    rules.decimalsAllowed = o.value(u"decimals_allowed").toBool(true);
    for (const QJsonValue& v : o.value(u"units").toArray())
        rules.units << v.toString();
    for (const QJsonValue& v : o.value(u"currencies").toArray())
        rules.currencies << v.toString();
    options.clear();
    for (const QJsonValue& v : o.value(u"options").toArray()) {
        AttributeOption option;
        option.code = v.toObject().value(u"code").toString();
        const QJsonObject labelsJson = v.toObject().value(u"labels").toObject();
        for (auto it = labelsJson.begin(); it != labelsJson.end(); ++it)
            option.labels.insert(it.key(), it.value().toString());
        options << option;
    }
}

} // namespace facet
