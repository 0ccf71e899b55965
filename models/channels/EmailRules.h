// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/channels/EmailMessage.h"
#include "models/rendering/Finding.h"

#include <QJsonObject>

namespace facet {

// The email channel's checks on a message before it is written: lengths the inbox shows, Gmail's clipping
// size, a plain-text part that says what the HTML says, and the accessibility basics of the HTML.
// Channel settings: subject_max (50 code points), preheader_min (30), preheader_max (90), html_max_bytes
// (100,000: a margin under Gmail's clipping at about 102 KB).
class EmailRules
{
public:
    explicit EmailRules(const QJsonObject& settings = {});

    // productName and priceText are what the plain-text part must repeat (as shown in the HTML).
    QList<Finding> check(const EmailMessage& message, const QString& productName,
                         const QString& priceText) const;

private:
    int m_subjectMax = 50;
    int m_preheaderMin = 30;
    int m_preheaderMax = 90;
    qsizetype m_htmlMaxBytes = 100'000;
};

} // namespace facet
