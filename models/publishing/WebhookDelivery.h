// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Status.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QUrl>
#include <functional>

namespace facet {

// POSTs a publication's messages to an HTTP endpoint, signed, with an idempotency key per message, retrying
// transient failures. Runs synchronously on the calling (worker) thread with a network manager of its own.
//
// Request headers: "Content-Type: application/json", "X-Facet-Signature: sha256=<hex HMAC-SHA256 of the
// body with the target's secret>", "X-Facet-Timestamp: <UTC ISO 8601>", "Idempotency-Key: <key>" (for a
// batch, the hex SHA-256 of the keys it carries, each followed by "\n"; each message's own key is in the
// body), "User-Agent: Facet/…". Body: {"target": code, "publication": id, "messages": [message, ...]}. 2xx
// delivers; 5xx, 408, 429, timeouts and connection errors are retried with exponential backoff and full
// jitter up to maxAttempts (a Retry-After in seconds lengthens the pause, up to maxBackoffMs); any other 4xx
// and 3xx (redirects are not followed) is not retried: the batch goes to the dead-letter list. TLS
// certificates are always verified; a certificate error is not retried either. Each message in `messages`
// carries its "key". A ping carries no messages and an Idempotency-Key of its own ("ping-<uuid>").
class WebhookDelivery
{
public:
    struct Settings
    {
        QUrl url;
        int batchSize = 1;     // messages per request
        int timeoutMs = 10000; // per attempt
        int maxAttempts = 5;
        int backoffMs = 500; // first retry waits up to this, doubling per attempt
        int maxBackoffMs = 30000;

        // The target's settings: "url", "batch_size", "timeout_ms", "max_attempts", "backoff_ms",
        // "max_backoff_ms"; a missing or unusable number keeps its default (validate() tells the admin about
        // it).
        static Settings fromJson(const QJsonObject& settings);
        // Whether a target's settings are usable: an http(s) URL with a host, whole numbers of at least 1.
        static Status validate(const QJsonObject& settings);
        Status check() const;
    };
    struct Message
    {
        QString
            key; // idempotency key: stable for the same (target, record, locale, revision, template, output)
        QString sku;
        QString locale;
        QJsonObject
            body; // {"action": "upsert"|"delete", "sku", "locale", "channel", "revision", "parts": {...}}
    };
    struct Outcome
    {
        QString key;
        bool delivered = false;
        int attempts = 0;
        int httpStatus = 0;     // of the last attempt; 0 when no response came
        QString error;          // why it was not delivered
        bool cancelled = false; // stopped through `progress`: not a dead letter, publish again later
    };

    WebhookDelivery(Settings settings, QByteArray secret, QString targetCode, qint64 publicationId);

    // One outcome per message, in order. `progress` gets (done, total) and may return false to cancel:
    // undelivered messages then come back with error "cancelled".
    QList<Outcome> deliver(const QList<Message>& messages,
                           const std::function<bool(qsizetype, qsizetype)>& progress = {});
    // A signed empty batch: whether the endpoint answers 2xx ("targets test").
    Status ping();

    static QByteArray signature(const QByteArray& secret, const QByteArray& body); // "sha256=<hex>"
    // The longest pause before retry n (1 = the first retry): backoffMs doubled per retry, capped at
    // maxBackoffMs.
    static int backoffLimit(const Settings& settings, int retry);
    // A pause drawn uniformly from [0, backoffLimit] ("full jitter").
    static int backoffDelay(const Settings& settings, int retry);

private:
    QByteArray requestBody(const QList<Message>& messages) const;

    Settings m_settings;
    QByteArray m_secret;
    QString m_target;
    qint64 m_publicationId;
};

} // namespace facet
