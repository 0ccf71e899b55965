// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace facet {

// What a channel tells a shopper about buying one product, in one vocabulary for every channel, so the feed
// and the web page can be compared (Merchant Center disapproves a feed whose price or availability differs
// from the landing page).
struct OfferSummary
{
    QString id;           // feed g:id, or the page's Product.sku
    QString price;        // canonicalPrice() form
    QString currency;     // ISO 4217
    QString availability; // schema.org ItemAvailability URL

    bool operator==(const OfferSummary&) const = default;

    // "0189.90" and 189.9 both become "189.9"; empty when the text is not a plain decimal.
    static QString canonicalPrice(const QString& decimal)
    {
        QString text = decimal.trimmed();
        const qsizetype dot = text.indexOf(u'.');
        for (qsizetype i = 0; i < text.size(); ++i)
            if (i != dot && !text.at(i).isDigit())
                return {};
        if (text.isEmpty() || dot == 0 || dot == text.size() - 1)
            return {};
        if (dot > 0) {
            while (text.endsWith(u'0'))
                text.chop(1);
            if (text.endsWith(u'.'))
                text.chop(1);
        }
        while (text.size() > 1 && text.startsWith(u'0') && text.at(1) != u'.')
            text.remove(0, 1);
        return text;
    }

    // Merchant Center availability ↔ schema.org ItemAvailability; empty when there is no counterpart.
    static QString availabilityUrl(const QString& feedValue)
    {
        static const QString base = QStringLiteral("https://schema.org/");
        if (feedValue == u"in_stock")
            return base + u"InStock";
        if (feedValue == u"out_of_stock")
            return base + u"OutOfStock";
        if (feedValue == u"preorder")
            return base + u"PreOrder";
        if (feedValue == u"backorder")
            return base + u"BackOrder";
        return {};
    }
};

} // namespace facet
