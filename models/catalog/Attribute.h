// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/AttributeType.h"
#include "models/core/Labels.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace facet {

struct AttributeOption
{
    QString code;
    Labels labels;
};

// Rules a value must satisfy; zero or empty means "no limit".
struct AttributeRules
{
    int maxLength = 0;
    std::optional<double> minimum;
    std::optional<double> maximum;
    bool decimalsAllowed = true;
    QStringList units;      // metric units accepted, the first one is the default
    QStringList currencies; // ISO 4217 codes accepted in a price collection
};

struct RuleViolation
{
    QString rule;    // machine name, e.g. "max_length"
    QString message; // what is wrong, in the user's words
};

class Attribute
{
public:
    QString code;
    AttributeType type = AttributeType::Text;
    QString group;
    bool localizable = false;
    bool scopable = false;
    Labels labels;
    AttributeRules rules;
    QList<AttributeOption> options;
    int sortOrder = 0;

    QString label(const QString& locale) const;
    QString optionLabel(const QString& optionCode, const QString& locale) const;
    bool hasOption(const QString& optionCode) const;

    // The value typed on a command line or in an import cell, e.g. "19.99 EUR,21.50 USD" or "1.2 KILOGRAM".
    std::optional<QJsonValue> parse(const QString& text, QString* error) const;
    // The inverse of parse(): parse(format(v)) == v.
    QString format(const QJsonValue& value) const;
    std::optional<RuleViolation> check(const QJsonValue& value) const;
    static bool isEmptyValue(const QJsonValue& value);

    // Rules and options as stored in the workspace.
    QJsonObject settingsJson() const;
    void setSettingsJson(const QJsonObject& settings);
};

} // namespace facet
