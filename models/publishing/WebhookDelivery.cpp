// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/publishing/WebhookDelivery.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSslError>
#include <QTimer>
#include <QUuid>
#include <limits>

using namespace Qt::StringLiterals;

namespace facet {

namespace {

// How often a running request or a backoff pause asks `progress` whether to go on: cancel feels immediate
// without calling the caller's function more than a few times a second.
constexpr int kCancelPollMs = 100;

// What one POST came to.
struct Attempt
{
    bool delivered = false;
    bool retryable = false;
    bool cancelled = false;
    int httpStatus = 0;
    int retryAfterMs = -1; // from a Retry-After header, when the endpoint sent one in seconds
    QString error;
};

QByteArray userAgent()
{
    return QByteArrayLiteral("Facet/" FACET_VERSION);
}

QString reasonOf(const QNetworkReply* reply)
{
    return QString::fromUtf8(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
}

// A short, printable excerpt of an error response body helps an admin see why an endpoint refused a message.
QString excerptOf(const QByteArray& body)
{
    QString text = QString::fromUtf8(body.left(200)).simplified();
    if (body.size() > 200)
        text += u'…';
    return text;
}

Attempt classify(QNetworkReply* reply, const QList<QSslError>& sslErrors, int timeoutMs, bool cancelled)
{
    Attempt result;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const int status = result.httpStatus;
    if (cancelled) {
        result.cancelled = true;
        result.error = QCoreApplication::translate("facet::WebhookDelivery", "cancelled");
        return result;
    }
    if (status >= 200 && status < 300) {
        result.delivered = true;
        return result;
    }
    if (status != 0) {
        result.retryable = status >= 500 || status == 408 || status == 429;
        if (result.retryable) {
            bool ok = false;
            const int seconds = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
            if (ok && seconds >= 0)
                result.retryAfterMs = seconds > std::numeric_limits<int>::max() / 1000
                                          ? std::numeric_limits<int>::max()
                                          : seconds * 1000;
        }
        const QString reason = reasonOf(reply);
        const QString excerpt = excerptOf(reply->readAll());
        if (status >= 300 && status < 400) {
            result.error =
                QCoreApplication::translate("facet::WebhookDelivery",
                                            "The endpoint redirects (HTTP %1) to %2; configure the "
                                            "final URL, a webhook does not follow redirects.")
                    .arg(status)
                    .arg(QString::fromUtf8(reply->rawHeader("Location")));
        } else if (excerpt.isEmpty()) {
            result.error =
                QCoreApplication::translate("facet::WebhookDelivery", "HTTP %1 %2").arg(status).arg(reason);
        } else {
            result.error = QCoreApplication::translate("facet::WebhookDelivery", "HTTP %1 %2: %3")
                               .arg(status)
                               .arg(reason, excerpt);
        }
        result.error = result.error.trimmed();
        return result;
    }
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError: {
        // Certificates are never waived: a retry would meet the same certificate.
        QStringList reasons;
        for (const QSslError& error : sslErrors)
            reasons << error.errorString();
        result.error = QCoreApplication::translate("facet::WebhookDelivery",
                                                   "The endpoint's TLS certificate was not accepted: %1")
                           .arg(reasons.isEmpty() ? reply->errorString() : reasons.join("; "_L1));
        return result;
    }
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // what setTransferTimeout() aborts with
        result.retryable = true;
        result.error =
            QCoreApplication::translate("facet::WebhookDelivery", "No answer within %1 ms.").arg(timeoutMs);
        return result;
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        result.error = reply->errorString();
        return result;
    default:
        // Refused or reset connections, name lookups and proxies are often back a moment later.
        result.retryable = true;
        result.error = reply->errorString();
        return result;
    }
}

// Waits `ms` on this (worker) thread while still letting `keepGoing` cancel; false when it did.
bool pause(int ms, const std::function<bool()>& keepGoing)
{
    if (ms <= 0)
        return keepGoing();
    QEventLoop loop;
    bool cancelled = false;
    QTimer done;
    done.setSingleShot(true);
    QObject::connect(&done, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!keepGoing()) {
            cancelled = true;
            loop.quit();
        }
    });
    done.start(ms);
    poll.start(kCancelPollMs);
    loop.exec();
    return !cancelled;
}

// A message without a key still gets a stable one: the hash of what it says.
QString keyOf(const WebhookDelivery::Message& message)
{
    if (!message.key.isEmpty())
        return message.key;
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(message.body).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

QByteArray batchKey(const QList<WebhookDelivery::Message>& batch)
{
    if (batch.size() == 1)
        return keyOf(batch.front()).toUtf8();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const WebhookDelivery::Message& message : batch) {
        hash.addData(keyOf(message).toUtf8());
        hash.addData("\n");
    }
    return hash.result().toHex();
}

std::optional<int> positiveInt(const QJsonObject& settings, QLatin1StringView key, Status* status)
{
    if (!settings.contains(key))
        return std::nullopt;
    const QJsonValue value = settings.value(key);
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 1 || number > std::numeric_limits<int>::max() ||
        number != static_cast<double>(static_cast<qint64>(number))) {
        if (status && status->isOk()) {
            *status = Status::invalid(QCoreApplication::translate("facet::WebhookDelivery",
                                                                  "The setting \"%1\" must be a whole number "
                                                                  "of at least 1.")
                                          .arg(key));
        }
        return std::nullopt;
    }
    return static_cast<int>(number);
}

} // namespace

WebhookDelivery::Settings WebhookDelivery::Settings::fromJson(const QJsonObject& settings)
{
    Settings result;
    result.url = QUrl(settings.value("url"_L1).toString(), QUrl::StrictMode);
    result.batchSize = positiveInt(settings, "batch_size"_L1, nullptr).value_or(result.batchSize);
    result.timeoutMs = positiveInt(settings, "timeout_ms"_L1, nullptr).value_or(result.timeoutMs);
    result.maxAttempts = positiveInt(settings, "max_attempts"_L1, nullptr).value_or(result.maxAttempts);
    result.backoffMs = positiveInt(settings, "backoff_ms"_L1, nullptr).value_or(result.backoffMs);
    result.maxBackoffMs = positiveInt(settings, "max_backoff_ms"_L1, nullptr).value_or(result.maxBackoffMs);
    return result;
}

Status WebhookDelivery::Settings::validate(const QJsonObject& settings)
{
    const QString text = settings.value("url"_L1).toString();
    if (text.isEmpty())
        return Status::invalid(
            QCoreApplication::translate("facet::WebhookDelivery", "A webhook needs a URL."));
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != "https"_L1 && scheme != "http"_L1) || url.host().isEmpty()) {
        return Status::invalid(
            QCoreApplication::translate("facet::WebhookDelivery", "\"%1\" is not an http:// or https:// URL.")
                .arg(text));
    }
    Status status;
    for (const auto key :
         {"batch_size"_L1, "timeout_ms"_L1, "max_attempts"_L1, "backoff_ms"_L1, "max_backoff_ms"_L1})
        positiveInt(settings, key, &status);
    return status;
}

WebhookDelivery::WebhookDelivery(Settings settings, QByteArray secret, QString targetCode,
                                 qint64 publicationId)
    : m_settings(std::move(settings))
    , m_secret(std::move(secret))
    , m_target(std::move(targetCode))
    , m_publicationId(publicationId)
{
}

QByteArray WebhookDelivery::signature(const QByteArray& secret, const QByteArray& body)
{
    return "sha256=" + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

int WebhookDelivery::backoffLimit(const Settings& settings, int retry)
{
    const qint64 base = qMax(0, settings.backoffMs);
    const int doublings = qBound(0, retry - 1, 30);
    return static_cast<int>(qMin<qint64>(qMax(0, settings.maxBackoffMs), base << doublings));
}

int WebhookDelivery::backoffDelay(const Settings& settings, int retry)
{
    // Full jitter: senders that failed together do not come back together.
    return QRandomGenerator::global()->bounded(backoffLimit(settings, retry) + 1);
}

QByteArray WebhookDelivery::requestBody(const QList<Message>& messages) const
{
    QJsonArray array;
    for (const Message& message : messages) {
        QJsonObject body = message.body;
        body.insert("key"_L1, keyOf(message));
        array.append(body);
    }
    const QJsonObject envelope{
        {"target"_L1, m_target}, {"publication"_L1, m_publicationId}, {"messages"_L1, array}};
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

namespace {

Attempt post(QNetworkAccessManager& manager, const WebhookDelivery::Settings& settings,
             const QByteArray& body, const QByteArray& signature, const QByteArray& key,
             const std::function<bool()>& keepGoing)
{
    QNetworkRequest request(settings.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent());
    request.setRawHeader("X-Facet-Signature", signature);
    request.setRawHeader("X-Facet-Timestamp",
                         QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1());
    request.setRawHeader("Idempotency-Key", key);
    // A redirected POST may turn into a GET or land somewhere unverified: an admin fixes the URL instead.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(settings.timeoutMs);

    // The worker thread has no event loop of its own while it delivers: this one runs the request.
    QEventLoop loop;
    std::unique_ptr<QNetworkReply> reply(manager.post(request, body));
    QList<QSslError> sslErrors;
    QObject::connect(reply.get(), &QNetworkReply::sslErrors, &loop,
                     [&sslErrors](const QList<QSslError>& errors) { sslErrors << errors; });
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    bool cancelled = false;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!cancelled && !keepGoing()) {
            cancelled = true;
            reply->abort();
        }
    });
    poll.start(kCancelPollMs);
    if (!reply->isFinished())
        loop.exec();
    return classify(reply.get(), sslErrors, settings.timeoutMs, cancelled);
}

} // namespace

QList<WebhookDelivery::Outcome>
WebhookDelivery::deliver(const QList<Message>& messages,
                         const std::function<bool(qsizetype, qsizetype)>& progress)
{
    QList<Outcome> outcomes;
    outcomes.reserve(messages.size());
    for (const Message& message : messages)
        outcomes.append(Outcome{keyOf(message), false, 0, 0, {}, false});
    const qsizetype total = messages.size();
    qsizetype done = 0;
    const auto keepGoing = [&] { return !progress || progress(done, total); };
    const auto cancelFrom = [&](qsizetype first) {
        for (qsizetype i = first; i < total; ++i) {
            outcomes[i].cancelled = true;
            outcomes[i].error = QCoreApplication::translate("facet::WebhookDelivery", "cancelled");
        }
    };

    const Status valid = m_settings.check();
    if (!valid) {
        for (Outcome& outcome : outcomes)
            outcome.error = valid.message();
        return outcomes;
    }
    if (total == 0)
        return outcomes;
    if (!keepGoing()) {
        cancelFrom(0);
        return outcomes;
    }

    QNetworkAccessManager manager;
    const qsizetype batchSize = m_settings.batchSize;
    for (qsizetype first = 0; first < total; first += batchSize) {
        const QList<Message> batch = messages.mid(first, batchSize);
        // The same bytes, signature and key on every attempt, so the endpoint can recognise a retry.
        const QByteArray body = requestBody(batch);
        const QByteArray bodySignature = signature(m_secret, body);
        const QByteArray key = batchKey(batch);
        int attempts = 0;
        Attempt result;
        Q_FOREVER
        {
            ++attempts;
            result = post(manager, m_settings, body, bodySignature, key, keepGoing);
            if (result.delivered || result.cancelled || !result.retryable ||
                attempts >= m_settings.maxAttempts)
                break;
            int wait = backoffDelay(m_settings, attempts);
            if (result.retryAfterMs >= 0)
                wait = qMax(wait, qMin(result.retryAfterMs, m_settings.maxBackoffMs));
            if (!pause(wait, keepGoing)) {
                result.cancelled = true;
                result.error = QCoreApplication::translate("facet::WebhookDelivery", "cancelled");
                break;
            }
        }
        for (qsizetype i = first; i < first + batch.size(); ++i) {
            Outcome& outcome = outcomes[i];
            outcome.delivered = result.delivered;
            outcome.attempts = attempts;
            outcome.httpStatus = result.httpStatus;
            outcome.error = result.error;
            outcome.cancelled = result.cancelled;
        }
        if (result.cancelled) {
            cancelFrom(first + batch.size());
            break;
        }
        done = first + batch.size();
        if (!keepGoing()) {
            cancelFrom(done);
            break;
        }
    }
    return outcomes;
}

Status WebhookDelivery::ping()
{
    const Status valid = m_settings.check();
    if (!valid)
        return valid;
    const QByteArray body = requestBody({});
    // A test is not a publication: a fresh key keeps an endpoint from discarding the next test as a repeat.
    const QByteArray key = "ping-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    QNetworkAccessManager manager;
    const Attempt result =
        post(manager, m_settings, body, signature(m_secret, body), key, [] { return true; });
    if (result.delivered)
        return Status::ok();
    return Status::invalid(QCoreApplication::translate("facet::WebhookDelivery", "%1 did not accept a test "
                                                                                 "message: %2")
                               .arg(m_settings.url.toDisplayString(), result.error));
}

Status WebhookDelivery::Settings::check() const
{
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != "https"_L1 && scheme != "http"_L1) || url.host().isEmpty()) {
        return Status::invalid(
            QCoreApplication::translate("facet::WebhookDelivery", "\"%1\" is not an http:// or https:// URL.")
                .arg(url.toDisplayString()));
    }
    if (batchSize < 1 || timeoutMs < 1 || maxAttempts < 1 || backoffMs < 0 || maxBackoffMs < 0) {
        return Status::invalid(
            QCoreApplication::translate("facet::WebhookDelivery", "The webhook settings are out of range."));
    }
    return Status::ok();
}

} // namespace facet
