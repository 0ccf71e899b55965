// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>

namespace facet {

// The documented shape of APNs payloads and FCM v1 messages: key whitelists and value types. Each check
// returns one readable problem per violation (empty: the payload is well-formed).
class PushSchema
{
public:
    static QStringList checkApns(const QJsonObject& payload);
    static QStringList checkFcm(const QJsonObject& request); // {"message": {...}}
    // FCM reserves "from", "gcm…" and "google.…" in the data map; APNs reserves "aps" at the top level.
    static bool isReservedDataKey(const QString& key);
};

} // namespace facet
