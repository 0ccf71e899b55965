// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/record/ValueKey.h"

#include <QByteArray>
#include <QJsonValue>
#include <QMap>
#include <QStringList>
#include <optional>

namespace facet {

// One product's content: the single source every channel renders from.
class MasterRecord
{
public:
    QString sku;
    QString family;
    QStringList categories;
    QMap<ValueKey, QJsonValue> values;

    QJsonValue value(const ValueKey& key) const { return values.value(key); }
    // Empty values are removed rather than stored, so "cleared" and "never set" hash the same.
    void setValue(const ValueKey& key, const QJsonValue& value);
    // What a channel sees for one locale: its own scoped value wins over the common one.
    QJsonValue resolve(const QString& attribute, const QString& locale, const QString& channel) const;

    // Sorted keys, compact UTF-8 JSON, categories sorted: equal content gives equal bytes on every machine.
    QByteArray canonicalJson() const;
    static std::optional<MasterRecord> fromCanonicalJson(const QByteArray& json);
    // SHA-256 of canonicalJson(), lower-case hex.
    QString contentHash() const;

    friend bool operator==(const MasterRecord&, const MasterRecord&) = default;
};

} // namespace facet
