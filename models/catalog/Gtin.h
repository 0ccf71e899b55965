// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace facet::gtin {

// GS1 mod-10 check digit over every digit but the last, for GTIN-8, -12, -13 and -14.
int checkDigit(QStringView digitsWithoutCheck);
bool isValid(const QString& gtin);
// Appends the check digit to a body of 7, 11, 12 or 13 digits.
QString complete(const QString& body);

} // namespace facet::gtin
