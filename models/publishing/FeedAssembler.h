// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace facet {

// Builds a locale's Merchant Center feed from items kept as MerchantFeed writes them, so republishing one
// product re-reads that product's item only. The envelope and the item serialisation both come from
// MerchantFeed; the document equals MerchantFeed::assemble() of all the items.
class FeedAssembler
{
public:
    FeedAssembler(const QString& title, const QString& link, const QString& description);

    // The <item> elements of a template's fragment exactly as they appear inside the feed document, or
    // empty with *error when the fragment cannot be part of a feed.
    QByteArray normalize(const QString& fragment, QString* error) const;
    // The feed of normalized items, in the order given; `offsets` receives where each item starts in it.
    QByteArray document(const QList<QByteArray>& normalizedItems, QList<qint64>* offsets = nullptr) const;

private:
    QString m_title;
    QString m_link;
    QString m_description;
    QByteArray m_head; // up to where the items go
    QByteArray m_tail;
};

} // namespace facet
