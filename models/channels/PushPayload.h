// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/channels/PushMessage.h"
#include "models/rendering/Finding.h"

#include <QByteArray>
#include <QJsonObject>

namespace facet {

// The exact APNs payload and FCM v1 message for a push notification, their size in bytes, and a body
// shortened to fit the limit. APNs and FCM both document 4,096 bytes; some FCM pages say 4,000, so Facet
// stays under 4,000 unless the channel says otherwise (setting max_payload_bytes).
class PushPayload
{
public:
    static constexpr qsizetype kDefaultLimit = 4000;
    static constexpr int kDefaultTitleMax = 30; // visible on a lock screen (Batch's conservative numbers)
    static constexpr int kDefaultBodyMax = 140;

    // {"aps": {"alert": {"title", "body"}, "sound": "default", "thread-id"?, "mutable-content": 1 with an
    // image}, "image"?: URL for the notification service extension, custom keys (strings, numbers, booleans)}
    static QJsonObject apns(const PushMessage& message);
    // {"message": {"token" | "topic", "notification": {"title", "body", "image"?}, "data": {custom keys as
    // strings, reserved keys left out}, "apns": {"payload": apns(message), "fcm_options": {"image"}?}}}
    static QJsonObject fcm(const PushMessage& message);
    // Compact UTF-8 JSON, as sent.
    static QByteArray bytes(const QJsonObject& json);

    struct Fitted
    {
        PushMessage message; // with the body shortened when needed
        QByteArray apns;
        QByteArray fcm;
        qsizetype originalApnsBytes = 0;
        qsizetype originalFcmBytes = 0;
        bool shortened = false;
        bool fits = false;
    };
    // Both payloads within `limit` bytes: unchanged if they fit, else the body cut at the last grapheme
    // boundary that still fits, trailing spaces dropped, "…" appended. A UTF-8 sequence, a surrogate pair or
    // an emoji sequence is never split. `fits` is false when even one grapheme of body does not fit.
    static Fitted fit(const PushMessage& message, qsizetype limit = kDefaultLimit);

    // Error "push.payload_bytes" when it cannot fit, warning "push.body_shortened" when it was shortened,
    // warnings "push.title_length"/"push.body_length" over the visible limits (settings title_max/body_max),
    // errors "push.reserved_key", "push.alert_empty", "push.fcm_target", "push.schema"; warning
    // "push.custom_type" for custom values that are not strings, numbers or booleans; info "push.summary".
    static QList<Finding> findings(const PushMessage& message, const QJsonObject& settings,
                                   const QString& part = {});
};

} // namespace facet
