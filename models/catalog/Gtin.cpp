// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/catalog/Gtin.h"

namespace facet::gtin {

int checkDigit(QStringView body)
{
    int sum = 0;
    // Weights alternate 3,1,3,… counted from the digit nearest the check digit.
    for (qsizetype i = 0; i < body.size(); ++i) {
        const int digit = body.at(body.size() - 1 - i).digitValue();
        sum += digit * (i % 2 == 0 ? 3 : 1);
    }
    return (10 - sum % 10) % 10;
}

bool isValid(const QString& gtin)
{
    const qsizetype n = gtin.size();
    if (n != 8 && n != 12 && n != 13 && n != 14)
        return false;
    for (const QChar c : gtin) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return checkDigit(QStringView(gtin).first(n - 1)) == gtin.back().digitValue();
}

QString complete(const QString& body)
{
    return body + QString::number(checkDigit(body));
}

} // namespace facet::gtin
