// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/rendering/Finding.h"

#include <QJsonObject>
#include <QString>

namespace facet {

// Rule checks on a post's text for the social and plain-text channel kinds. Lengths are in code points
// (Instagram, LinkedIn and most others do not document their unit). Limits come from the channel's
// settings, with the defaults of CHANNEL-RULES §5.
class PostRules
{
public:
    // Errors "instagram.caption_length" (max_caption, 2,200), "instagram.hashtags" (max_hashtags, 5),
    // "instagram.mentions" (max_mentions, 3); warning "instagram.link" (links in captions are not clickable).
    static QList<Finding> instagram(const QString& caption, const QJsonObject& settings,
                                    const QString& part = {});
    // Error "linkedin.length" (max_length, 3,000), error "linkedin.reserved_character" (LinkedIn cuts the
    // post at an unescaped reserved character), warning "linkedin.fold" (fold_length, 210: the rest hides
    // behind "…see more").
    static QList<Finding> linkedin(const QString& text, const QJsonObject& settings,
                                   const QString& part = {});
    // Errors "text.length" and "text.words" when the settings max_length / max_words are set.
    static QList<Finding> text(const QString& text, const QJsonObject& settings, const QString& part = {});

    // The checks of a channel kind whose rendering is one text: sms, x, instagram, linkedin, text. Empty for
    // other kinds.
    static QList<Finding> forKind(const QString& kind, const QString& text, const QJsonObject& settings,
                                  const QString& part = {});
};

} // namespace facet
