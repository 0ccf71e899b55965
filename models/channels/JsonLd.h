// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/channels/OfferSummary.h"

#include <QJsonObject>
#include <QStringList>

namespace facet {

class HtmlDocument;

// schema.org structured data embedded in a page as <script type="application/ld+json">.
class JsonLd
{
public:
    // The first schema.org Product of the page, or an empty object. A Product inside an @graph gets the
    // graph's @context copied in, so callers can check it in one place.
    static QJsonObject extract(const QString& html);

    // The text of every JSON-LD script of the document, in document order.
    static QStringList blocks(const HtmlDocument& html);
    // The first Product in these blocks; *errors gets one line per block that is not valid JSON.
    static QJsonObject product(const QStringList& blocks, QStringList* errors = nullptr);
    // "https://schema.org" with or without the trailing slash.
    static bool isSchemaOrgContext(const QJsonValue& context);
    // The product's first offer in the vocabulary shared with the feed; id is the Product's sku.
    static OfferSummary offer(const QJsonObject& product);
    // The offers as a list whether the page gives one object or an array.
    static QList<QJsonObject> offers(const QJsonObject& product);
};

} // namespace facet
