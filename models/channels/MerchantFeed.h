// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace facet {

// A Google Merchant Center product feed in RSS 2.0. The channel element and the namespace come from here;
// each <item> comes from the feed channel's item template, written with the "g:" prefix and no namespace
// declaration of its own.
class MerchantFeed
{
public:
    static constexpr QStringView googleNamespace = u"http://base.google.com/ns/1.0";

    // The UTF-8 feed document, or empty with *error naming the item fragment that is not well-formed XML
    // or holds anything but <item> elements. Fragments are re-read and written again, so the document is
    // well-formed by construction.
    static QByteArray assemble(const QString& title, const QString& link, const QString& description,
                               const QStringList& items, QString* error = nullptr);
};

} // namespace facet
