// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace facet {

class Catalog;
class MasterRecord;

// One reason a record cannot be saved, naming the record, attribute, locale/channel and the rule.
struct ValidationError
{
    QString sku;
    QString attribute;
    QString locale;
    QString channel;
    QString rule;
    QString message;

    QString toString() const;
};

class Validator
{
public:
    static QList<ValidationError> validate(const Catalog& catalog, const MasterRecord& record);
    static QString summary(const QList<ValidationError>& errors);
};

} // namespace facet
