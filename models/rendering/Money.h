// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace facet {

// Prices as each audience reads them. Amounts stay decimal strings ("19.99") until display so no binary
// rounding reaches a channel.
class Money
{
public:
    // "19.99", "EUR", "de_DE" → "19,99 €"; "19.99", "USD", "en_US" → "$19.99".
    static QString format(const QString& amount, const QString& currency, const QString& locale);
    // The currency a locale's audience pays in ("de_DE" → "EUR"), from the locale's territory.
    static QString currencyOf(const QString& locale);
    // "19.9" → "19.90": two decimals with a dot, as feeds and schema.org expect.
    static QString machineAmount(const QString& amount);
};

} // namespace facet
