// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rendering/filters/HashtagsFilter.h"

#include "models/channels/PostText.h"

#include <KTextTemplate/SafeString>
#include <KTextTemplate/Util>

namespace facet {

QVariant HashtagsFilter::doFilter(const QVariant& input, const QVariant& argument, bool autoescape) const
{
    Q_UNUSED(autoescape)
    QStringList tags;
    if (input.typeId() == QMetaType::QVariantList || input.typeId() == QMetaType::QStringList) {
        QStringList phrases;
        for (const QVariant& v : input.toList())
            phrases << KTextTemplate::getSafeString(v).get();
        tags = PostText::hashtagsFrom(phrases);
    } else {
        tags = PostText::hashtagsFrom(KTextTemplate::getSafeString(input).get());
    }
    const int max = KTextTemplate::getSafeString(argument).get().toInt();
    if (max > 0 && tags.size() > max)
        tags = tags.mid(0, max);
    return tags.join(u' ');
}

} // namespace facet
