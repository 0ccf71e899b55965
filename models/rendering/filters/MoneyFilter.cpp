// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rendering/filters/MoneyFilter.h"

#include "models/rendering/Money.h"

#include <KTextTemplate/SafeString>
#include <KTextTemplate/Util>

namespace facet {

QVariant MoneyFilter::doFilter(const QVariant& input, const QVariant& argument, bool autoescape) const
{
    Q_UNUSED(autoescape)
    const QVariantHash price = input.toHash();
    const QString locale = price.value(QStringLiteral("locale")).toString();
    QString currency = KTextTemplate::getSafeString(argument).get();
    QString amount;
    if (currency.isEmpty()) {
        currency = price.value(QStringLiteral("currency")).toString();
        amount = price.value(QStringLiteral("amount")).toString();
    } else {
        amount = price.value(QStringLiteral("all")).toHash().value(currency).toString();
    }
    if (amount.isEmpty())
        return QString();
    return Money::format(amount, currency, locale);
}

} // namespace facet
