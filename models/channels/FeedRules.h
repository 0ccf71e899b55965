// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/channels/OfferSummary.h"
#include "models/rendering/Finding.h"

#include <QByteArray>

namespace facet {

// Google Merchant Center's product data rules, checked per item on an RSS 2.0 feed document read
// namespace-aware (the namespace URI counts, not the "g" prefix). Findings name the item ("item KM-4711")
// in Finding::part and point at its <item> with Finding::position (a character offset into the document).
class FeedRules
{
public:
    QList<Finding> check(const QByteArray& feed) const;

    // Price, currency and availability per item, in the vocabulary shared with the web page's JSON-LD.
    static QList<OfferSummary> offers(const QByteArray& feed, QString* error = nullptr);

    // GTIN handling as Merchant Center does it: spaces and dashes ignored; the GTIN-13 form pads GTIN-8
    // and GTIN-12 with zeros and drops a GTIN-14's indicator digit (it is "not considered a part of a
    // prefix"); restrictedPrefix() is the restricted-circulation (2, 02, 04) or coupon (981–984, 99, 05)
    // prefix of that form, or empty.
    static QString normalizedGtin(const QString& gtin);
    static QString gtin13Form(const QString& digits);
    static QString restrictedPrefix(const QString& digits);
};

} // namespace facet
