// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/rendering/Finding.h"

#include <QJsonObject>

namespace facet {

class HtmlDocument;

// The web channel's checks on a rendered HTML5 product page: markup errors as libtidy sees them, the page
// language and title (WCAG 3.1.1, 2.4.2), text alternatives of images (WCAG 1.1.1), and the schema.org
// Product JSON-LD that Google Search reads for product results.
class WebRules
{
public:
    QList<Finding> check(const QString& html, const QString& locale) const;

    // The <html lang> a page rendered for a Facet locale must carry: the locale code with "-" instead of
    // "_" ("de_DE" → "de-DE", "fr" → "fr"). The region is kept because the page's prices and formats are
    // regional; BCP 47 tags compare case-insensitively.
    static QString expectedLang(const QString& locale);

private:
    // Adds the JSON-LD findings and returns the Product it checked (empty if none).
    QJsonObject checkJsonLd(const HtmlDocument& html, QList<Finding>& findings) const;
};

} // namespace facet
