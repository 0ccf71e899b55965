// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/channels/PushSchema.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace facet {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::PushSchema", text);
}

bool isPrimitive(const QJsonValue& v)
{
    return v.isString() || v.isDouble() || v.isBool();
}

bool isStringArray(const QJsonValue& v)
{
    if (!v.isArray())
        return false;
    for (const QJsonValue& e : v.toArray())
        if (!e.isString())
            return false;
    return true;
}

void checkAlert(const QJsonValue& alert, QStringList& problems)
{
    if (alert.isString())
        return;
    if (!alert.isObject()) {
        problems.append(tr("aps.alert must be a string or a dictionary"));
        return;
    }
    static const QStringList strings{u"title"_s,        u"subtitle"_s,      u"body"_s,
                                     u"launch-image"_s, u"title-loc-key"_s, u"subtitle-loc-key"_s,
                                     u"loc-key"_s};
    static const QStringList arrays{u"title-loc-args"_s, u"subtitle-loc-args"_s, u"loc-args"_s};
    const QJsonObject o = alert.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (strings.contains(it.key())) {
            if (!it.value().isString())
                problems.append(tr("aps.alert.%1 must be a string").arg(it.key()));
        } else if (arrays.contains(it.key())) {
            if (!isStringArray(it.value()))
                problems.append(tr("aps.alert.%1 must be an array of strings").arg(it.key()));
        } else {
            problems.append(tr("aps.alert has an unknown key “%1”").arg(it.key()));
        }
    }
    for (const char* key : {"title", "body"})
        if (o.contains(QLatin1StringView(key)) && o.value(QLatin1StringView(key)).toString().isEmpty())
            problems.append(tr("aps.alert.%1 is empty").arg(QLatin1StringView(key)));
}

void checkAps(const QJsonObject& aps, QStringList& problems)
{
    for (auto it = aps.begin(); it != aps.end(); ++it) {
        const QString& key = it.key();
        const QJsonValue v = it.value();
        if (key == u"alert") {
            checkAlert(v, problems);
        } else if (key == u"badge") {
            if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(v.toInteger()))
                problems.append(tr("aps.badge must be a whole number of 0 or more"));
        } else if (key == u"sound") {
            const QJsonObject s = v.toObject();
            const bool dictionary = v.isObject() && s.value(u"name").isString() &&
                                    (!s.contains(u"critical") || s.value(u"critical").toInt(-1) == 0 ||
                                     s.value(u"critical").toInt(-1) == 1) &&
                                    (!s.contains(u"volume") ||
                                     (s.value(u"volume").isDouble() && s.value(u"volume").toDouble() >= 0 &&
                                      s.value(u"volume").toDouble() <= 1));
            if (!v.isString() && !dictionary)
                problems.append(tr("aps.sound must be a string or {critical, name, volume 0…1}"));
        } else if (key == u"thread-id" || key == u"category" || key == u"target-content-id") {
            if (!v.isString())
                problems.append(tr("aps.%1 must be a string").arg(key));
        } else if (key == u"content-available" || key == u"mutable-content") {
            if (v.toInt(-1) != 1 || !v.isDouble())
                problems.append(tr("aps.%1 must be 1 when present").arg(key));
        } else if (key == u"interruption-level") {
            static const QStringList levels{u"passive"_s, u"active"_s, u"time-sensitive"_s, u"critical"_s};
            if (!levels.contains(v.toString()))
                problems.append(
                    tr("aps.interruption-level must be passive, active, time-sensitive or critical"));
        } else if (key == u"relevance-score") {
            if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1)
                problems.append(tr("aps.relevance-score must be a number from 0 to 1"));
        } else {
            problems.append(tr("aps has an unknown key “%1”").arg(key));
        }
    }
}

} // namespace

bool PushSchema::isReservedDataKey(const QString& key)
{
    return key == u"from" || key == u"aps" || key.startsWith(u"google.") || key.startsWith(u"gcm");
}

QStringList PushSchema::checkApns(const QJsonObject& payload)
{
    QStringList problems;
    if (!payload.value(u"aps").isObject())
        problems.append(tr("an APNs payload must have an “aps” dictionary"));
    else
        checkAps(payload.value(u"aps").toObject(), problems);
    for (auto it = payload.begin(); it != payload.end(); ++it)
        if (it.key() != u"aps" && !isPrimitive(it.value()))
            problems.append(tr("custom key “%1” must be a string, number or boolean").arg(it.key()));
    return problems;
}

QStringList PushSchema::checkFcm(const QJsonObject& request)
{
    QStringList problems;
    for (auto it = request.begin(); it != request.end(); ++it)
        if (it.key() != u"message" && it.key() != u"validate_only")
            problems.append(tr("an FCM request has an unknown key “%1”").arg(it.key()));
    if (!request.value(u"message").isObject()) {
        problems.append(tr("an FCM request must have a “message” object"));
        return problems;
    }
    const QJsonObject message = request.value(u"message").toObject();
    static const QStringList known{u"name"_s,    u"data"_s,     u"notification"_s, u"android"_s,
                                   u"webpush"_s, u"apns"_s,     u"fcm_options"_s,  u"token"_s,
                                   u"topic"_s,   u"condition"_s};
    int targets = 0;
    for (auto it = message.begin(); it != message.end(); ++it) {
        if (!known.contains(it.key()))
            problems.append(tr("message has an unknown key “%1”").arg(it.key()));
        if (it.key() == u"token" || it.key() == u"topic" || it.key() == u"condition") {
            ++targets;
            if (it.value().toString().isEmpty())
                problems.append(tr("message.%1 must be a non-empty string").arg(it.key()));
        }
    }
    if (targets != 1)
        problems.append(tr("message needs exactly one of token, topic and condition, not %1").arg(targets));
    if (message.contains(u"notification")) {
        const QJsonObject n = message.value(u"notification").toObject();
        for (auto it = n.begin(); it != n.end(); ++it) {
            if (it.key() != u"title" && it.key() != u"body" && it.key() != u"image")
                problems.append(tr("message.notification has an unknown key “%1”").arg(it.key()));
            else if (!it.value().isString())
                problems.append(tr("message.notification.%1 must be a string").arg(it.key()));
        }
    }
    const QJsonObject data = message.value(u"data").toObject();
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (!it.value().isString())
            problems.append(
                tr("message.data.%1 must be a string (FCM data holds strings only)").arg(it.key()));
        if (isReservedDataKey(it.key()))
            problems.append(tr("message.data key “%1” is reserved").arg(it.key()));
    }
    if (message.contains(u"apns")) {
        const QJsonObject apns = message.value(u"apns").toObject();
        for (auto it = apns.begin(); it != apns.end(); ++it)
            if (it.key() != u"headers" && it.key() != u"payload" && it.key() != u"fcm_options" &&
                it.key() != u"live_activity_token")
                problems.append(tr("message.apns has an unknown key “%1”").arg(it.key()));
        if (apns.contains(u"payload"))
            for (const QString& p : checkApns(apns.value(u"payload").toObject()))
                problems.append(u"message.apns.payload: "_s + p);
    }
    return problems;
}

} // namespace facet
