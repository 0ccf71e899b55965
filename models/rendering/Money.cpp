// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rendering/Money.h"

#include <QHash>
#include <QLocale>

namespace facet {

namespace {

// QLocale knows the symbol of its own territory's currency only; for a foreign currency find a territory
// whose currency it is, so "USD" shows as "$" in a German text too.
QString symbolFor(const QString& currency, const QLocale& reader)
{
    if (reader.currencySymbol(QLocale::CurrencyIsoCode) == currency)
        return reader.currencySymbol(QLocale::CurrencySymbol);
    static const QHash<QString, QString> symbols = [] {
        QHash<QString, QString> map;
        for (const QLocale& l :
             QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory)) {
            const QString code = l.currencySymbol(QLocale::CurrencyIsoCode);
            const QString symbol = l.currencySymbol(QLocale::CurrencySymbol);
            // A bare "$" is only unambiguous for USD; other dollars keep "CA$", "A$" or their code.
            if (code.isEmpty() || symbol.isEmpty() || (symbol == u"$" && code != u"USD"))
                continue;
            // The shortest spelling is the one readers know ("$" rather than "US$").
            if (const auto it = map.constFind(code); it == map.constEnd() || it->size() > symbol.size())
                map.insert(code, symbol);
        }
        return map;
    }();
    if (const auto it = symbols.constFind(currency); it != symbols.constEnd())
        return *it;
    return currency;
}

} // namespace

QString Money::format(const QString& amount, const QString& currency, const QString& locale)
{
    const QLocale reader(locale);
    bool ok = false;
    const double value = amount.toDouble(&ok);
    if (!ok)
        return amount + u' ' + currency;
    return reader.toCurrencyString(value, symbolFor(currency, reader), 2);
}

QString Money::currencyOf(const QString& locale)
{
    return QLocale(locale).currencySymbol(QLocale::CurrencyIsoCode);
}

QString Money::machineAmount(const QString& amount)
{
    bool ok = false;
    const double value = amount.toDouble(&ok);
    return ok ? QString::number(value, 'f', 2) : amount;
}

} // namespace facet
