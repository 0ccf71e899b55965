// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/publishing/FeedAssembler.h"

#include "models/channels/MerchantFeed.h"

#include <QCoreApplication>

namespace facet {

FeedAssembler::FeedAssembler(const QString& title, const QString& link, const QString& description)
    : m_title(title)
    , m_link(link)
    , m_description(description)
{
    // The items go where an empty feed closes its channel: at the start of the "</channel>" line.
    const QByteArray empty = MerchantFeed::assemble(title, link, description, {});
    const qsizetype close = empty.lastIndexOf("</channel>");
    const qsizetype lineStart = empty.lastIndexOf('\n', close) + 1;
    m_head = empty.left(lineStart);
    m_tail = empty.mid(lineStart);
}

QByteArray FeedAssembler::normalize(const QString& fragment, QString* error) const
{
    const QByteArray one = MerchantFeed::assemble(m_title, m_link, m_description, {fragment}, error);
    if (one.isEmpty())
        return {};
    if (!one.startsWith(m_head) || !one.endsWith(m_tail) || one.size() < m_head.size() + m_tail.size()) {
        *error = QCoreApplication::translate("facet::FolderPublication",
                                             "the feed item cannot be placed in the feed");
        return {};
    }
    return one.mid(m_head.size(), one.size() - m_head.size() - m_tail.size());
}

QByteArray FeedAssembler::document(const QList<QByteArray>& normalizedItems, QList<qint64>* offsets) const
{
    if (offsets) {
        offsets->clear();
        offsets->reserve(normalizedItems.size());
    }
    qsizetype size = m_head.size() + m_tail.size();
    for (const QByteArray& item : normalizedItems)
        size += item.size();
    QByteArray result;
    result.reserve(size);
    result += m_head;
    for (const QByteArray& item : normalizedItems) {
        if (offsets)
            offsets->append(result.size());
        result += item;
    }
    return result + m_tail;
}

} // namespace facet
