// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace facet {

// What a push notification says, before it becomes an APNs or FCM payload.
struct PushMessage
{
    QString title;
    QString body;
    QString imageUrl; // optional: a notification service extension shows it (APNs mutable-content)
    QString threadId; // optional: groups notifications on iOS
    // The FCM target: exactly one of them (FCM also knows "condition", which Facet does not send).
    QString token;
    QString topic;
    // Custom keys: at the top level of the APNs payload, in FCM's data map (as strings), e.g. "sku", "url".
    QJsonObject custom;
};

} // namespace facet
