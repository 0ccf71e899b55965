// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/channels/PushPayload.h"

#include "models/channels/CodePoints.h"
#include "models/channels/Graphemes.h"
#include "models/channels/PushSchema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <optional>

namespace facet {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::PushPayload", text);
}

const QString kEllipsis = u"\u2026"_s;

bool isPrimitive(const QJsonValue& v)
{
    return v.isString() || v.isDouble() || v.isBool();
}

// FCM data values are strings: numbers keep their JSON spelling, objects and arrays their compact JSON.
QString dataString(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(v.toInteger()) ? QString::number(v.toInteger())
                                          : QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return {};
}

Finding finding(Finding::Severity severity, const QString& rule, const QString& message, const QString& part)
{
    Finding f;
    f.severity = severity;
    f.rule = rule;
    f.message = message;
    f.part = part;
    return f;
}

QString trimmedRight(QStringView text)
{
    qsizetype end = text.size();
    while (end > 0 && text.at(end - 1).isSpace())
        --end;
    return text.first(end).toString();
}

} // namespace

QJsonObject PushPayload::apns(const PushMessage& message)
{
    QJsonObject alert;
    if (!message.title.isEmpty())
        alert.insert(u"title"_s, message.title);
    alert.insert(u"body"_s, message.body);
    QJsonObject aps{{u"alert"_s, alert}, {u"sound"_s, u"default"_s}};
    if (!message.threadId.isEmpty())
        aps.insert(u"thread-id"_s, message.threadId);
    QJsonObject payload;
    for (auto it = message.custom.begin(); it != message.custom.end(); ++it)
        if (it.key() != u"aps" && isPrimitive(it.value()))
            payload.insert(it.key(), it.value());
    if (!message.imageUrl.isEmpty()) {
        // The app's notification service extension, which downloads the image, runs only with
        // mutable-content; it reads the URL from the top-level "image" key (over a custom key of that name).
        aps.insert(u"mutable-content"_s, 1);
        payload.insert(u"image"_s, message.imageUrl);
    }
    payload.insert(u"aps"_s, aps);
    return payload;
}

QJsonObject PushPayload::fcm(const PushMessage& message)
{
    QJsonObject m;
    if (!message.token.isEmpty())
        m.insert(u"token"_s, message.token);
    if (!message.topic.isEmpty())
        m.insert(u"topic"_s, message.topic);
    QJsonObject notification;
    if (!message.title.isEmpty())
        notification.insert(u"title"_s, message.title);
    notification.insert(u"body"_s, message.body);
    if (!message.imageUrl.isEmpty())
        notification.insert(u"image"_s, message.imageUrl);
    m.insert(u"notification"_s, notification);
    QJsonObject data;
    for (auto it = message.custom.begin(); it != message.custom.end(); ++it)
        if (!PushSchema::isReservedDataKey(it.key()) && !it.value().isNull())
            data.insert(it.key(), dataString(it.value()));
    if (!data.isEmpty())
        m.insert(u"data"_s, data);
    QJsonObject apnsBlock{{u"payload"_s, apns(message)}};
    if (!message.imageUrl.isEmpty())
        apnsBlock.insert(u"fcm_options"_s, QJsonObject{{u"image"_s, message.imageUrl}});
    m.insert(u"apns"_s, apnsBlock);
    return QJsonObject{{u"message"_s, m}};
}

QByteArray PushPayload::bytes(const QJsonObject& json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

PushPayload::Fitted PushPayload::fit(const PushMessage& message, qsizetype limit)
{
    Fitted f;
    f.message = message;
    f.apns = bytes(apns(message));
    f.fcm = bytes(fcm(message));
    f.originalApnsBytes = f.apns.size();
    f.originalFcmBytes = f.fcm.size();
    const auto within = [limit](const Fitted& c) { return c.apns.size() <= limit && c.fcm.size() <= limit; };
    if (within(f)) {
        f.fits = true;
        return f;
    }
    const QList<qsizetype> bounds = graphemes::boundaries(message.body);
    const auto attempt = [&](qsizetype boundary) {
        Fitted c = f;
        c.message.body = trimmedRight(QStringView(message.body).first(bounds[boundary])) + kEllipsis;
        c.apns = bytes(apns(c.message));
        c.fcm = bytes(fcm(c.message));
        return c;
    };
    // The payloads grow with the body, so the longest body that fits is found by bisection over the
    // grapheme boundaries (1 … the one before the end: at least one grapheme stays).
    qsizetype lo = 1;
    qsizetype hi = bounds.size() - 2;
    std::optional<Fitted> best;
    while (lo <= hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        Fitted c = attempt(mid);
        if (within(c)) {
            best = std::move(c);
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    if (!best)
        return f;
    best->shortened = true;
    best->fits = true;
    return *best;
}

QList<Finding> PushPayload::findings(const PushMessage& message, const QJsonObject& settings,
                                     const QString& part)
{
    QList<Finding> result;
    const qsizetype limit = settings.value(u"max_payload_bytes").toInteger(kDefaultLimit);
    const Fitted fitted = fit(message, limit);

    Finding summary = finding(Finding::Severity::Info, u"push.summary"_s,
                              tr("APNs payload %1 bytes, FCM message %2 bytes, limit %3 bytes.")
                                  .arg(fitted.apns.size())
                                  .arg(fitted.fcm.size())
                                  .arg(limit),
                              part);
    summary.measured = QString::number(qMax(fitted.apns.size(), fitted.fcm.size()));
    summary.limit = QString::number(limit);
    result.append(summary);

    const qsizetype original = qMax(fitted.originalApnsBytes, fitted.originalFcmBytes);
    if (!fitted.fits) {
        Finding f =
            finding(Finding::Severity::Error, u"push.payload_bytes"_s,
                    tr("The payload takes %1 bytes, the limit is %2, and shortening the body does not "
                       "make it fit: shorten the title or the custom data.")
                        .arg(original)
                        .arg(limit),
                    part);
        f.measured = QString::number(original);
        f.limit = QString::number(limit);
        result.append(f);
    } else if (fitted.shortened) {
        Finding f =
            finding(Finding::Severity::Warning, u"push.body_shortened"_s,
                    tr("The payload would take %1 bytes, the limit is %2: the body was shortened to %3 "
                       "characters.")
                        .arg(original)
                        .arg(limit)
                        .arg(codepoints::count(fitted.message.body)),
                    part);
        f.measured = QString::number(original);
        f.limit = QString::number(limit);
        f.position = fitted.message.body.size() - kEllipsis.size();
        result.append(f);
    }

    const auto visible = [&](const QString& rule, const QString& text, const QString& setting, int fallback,
                             const char* what) {
        const int max = settings.value(setting).toInt(fallback);
        const qsizetype length = codepoints::count(text);
        if (length <= max)
            return;
        Finding f = finding(
            Finding::Severity::Warning, rule,
            tr("The %1 has %2 characters; lock screens show about %3.").arg(tr(what)).arg(length).arg(max),
            part);
        f.measured = QString::number(length);
        f.limit = QString::number(max);
        f.position = codepoints::offsetOf(text, max);
        result.append(f);
    };
    visible(u"push.title_length"_s, message.title, u"title_max"_s, kDefaultTitleMax,
            QT_TRANSLATE_NOOP("facet::PushPayload", "title"));
    visible(u"push.body_length"_s, message.body, u"body_max"_s, kDefaultBodyMax,
            QT_TRANSLATE_NOOP("facet::PushPayload", "body"));

    if (message.body.trimmed().isEmpty())
        result.append(finding(Finding::Severity::Error, u"push.alert_empty"_s,
                              tr("The notification has no body text."), part));
    if (!message.token.isEmpty() && !message.topic.isEmpty())
        result.append(finding(Finding::Severity::Error, u"push.fcm_target"_s,
                              tr("An FCM message goes to a token or a topic, not both."), part));
    for (auto it = message.custom.begin(); it != message.custom.end(); ++it) {
        if (PushSchema::isReservedDataKey(it.key())) {
            Finding f = finding(Finding::Severity::Error, u"push.reserved_key"_s,
                                tr("The custom key “%1” is reserved (FCM data: from, gcm…, google.…; APNs: "
                                   "aps) and is left out "
                                   "where it is reserved.")
                                    .arg(it.key()),
                                part);
            f.measured = it.key();
            result.append(f);
        } else if (!isPrimitive(it.value())) {
            Finding f =
                finding(Finding::Severity::Warning, u"push.custom_type"_s,
                        tr("The custom key “%1” is not a string, number or boolean: APNs leaves it out, FCM "
                           "gets it as a JSON string.")
                            .arg(it.key()),
                        part);
            f.measured = it.key();
            result.append(f);
        }
    }
    // A safety net for the builders above, and the place where templates' hand-written payloads are checked.
    // An empty body is reported above; the schema would only repeat it.
    if (message.body.trimmed().isEmpty())
        return result;
    QStringList problems = PushSchema::checkApns(apns(fitted.message));
    // Without a target (not known while rendering) the FCM message cannot be complete yet.
    if (message.token.isEmpty() != message.topic.isEmpty())
        problems += PushSchema::checkFcm(fcm(fitted.message));
    for (const QString& problem : problems)
        result.append(finding(Finding::Severity::Error, u"push.schema"_s, problem, part));
    return result;
}

} // namespace facet
