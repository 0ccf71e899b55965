// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/MeasureCommand.h"

#include "models/channels/CodePoints.h"
#include "models/channels/PushPayload.h"
#include "models/channels/SmsMeasure.h"
#include "models/channels/TweetCounter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

namespace facet::cli {

namespace {

using namespace Qt::StringLiterals;

const QString kTopicOption = u"topic"_s;
const QString kTitleOption = u"title"_s;
const QString kJsonOption = u"json"_s;

} // namespace

QString MeasureCommand::summary() const
{
    return tr(
        "Measure a text for a channel: SMS encoding and segments, X weighted length, push payload bytes.");
}

void MeasureCommand::describe(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(u"KIND"_s, tr("sms, x or push."));
    parser.addPositionalArgument(
        u"TEXT"_s,
        tr("The text (the push body). Absent or “-”: read from standard input, without "
           "its final line break."),
        u"[TEXT|-]"_s);
    parser.addOption({kJsonOption, tr("Print JSON instead of text.")});
    parser.addOption({kTitleOption, tr("push: the notification title."), tr("T")});
    parser.addOption({kTopicOption, tr("push: the FCM topic the message is measured with (default: all)."),
                      tr("NAME"), u"all"_s});
}

bool MeasureCommand::readInput(QString* text)
{
    if (!m_in || !m_in->isReadable()) {
        m_err << QStringLiteral("facetctl %1: %2\n").arg(name(), tr("cannot read standard input"));
        return false;
    }
    const QByteArray bytes = m_in->readAll();
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString decoded = decoder.decode(bytes);
    if (decoder.hasError()) {
        m_err << QStringLiteral("facetctl %1: %2\n").arg(name(), tr("standard input is not UTF-8 text"));
        return false;
    }
    // "echo TEXT |" adds a line break nobody means to measure.
    if (decoded.endsWith(u"\r\n"_s))
        decoded.chop(2);
    else if (decoded.endsWith(u'\n'))
        decoded.chop(1);
    *text = decoded;
    return true;
}

int MeasureCommand::run(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty() || args.size() > 2)
        return usageError(
            tr("expected a kind (sms, x or push) and at most one TEXT; quote a text with spaces"));
    const QString kind = args.first();
    if (kind != u"sms" && kind != u"x" && kind != u"push")
        return usageError(tr("unknown kind “%1”; expected sms, x or push").arg(kind));
    if (kind != u"push" && (parser.isSet(kTitleOption) || parser.isSet(kTopicOption)))
        return usageError(tr("--title and --topic apply to push only"));
    QString text;
    if (args.size() == 2 && args.at(1) != u"-")
        text = args.at(1);
    else if (!readInput(&text))
        return UserError;
    const bool json = parser.isSet(kJsonOption);
    if (kind == u"sms")
        return measureSms(text, json);
    if (kind == u"x")
        return measureX(text, json);
    if (parser.value(kTopicOption).isEmpty())
        return usageError(tr("--topic needs a name"));
    return measurePush(text, parser.value(kTitleOption), parser.value(kTopicOption), json);
}

void MeasureCommand::print(const QJsonObject& object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

int MeasureCommand::measureSms(const QString& text, bool json)
{
    const SmsMeasure m = SmsMeasure::of(text);
    if (json) {
        QJsonArray nonGsm;
        for (const NonGsmCharacter& c : m.nonGsm)
            nonGsm.append(QJsonObject{{u"character"_s, c.text()},
                                      {u"code_point"_s, codepoints::label(c.codePoint)},
                                      {u"name"_s, c.name},
                                      {u"offset"_s, c.offset},
                                      {u"index"_s, c.index},
                                      {u"replacement"_s, c.replacement}});
        print({{u"encoding"_s, m.encodingName()},
               {u"units"_s, m.units},
               {u"unit"_s, m.encoding == SmsMeasure::Encoding::Gsm7 ? u"septets"_s : u"utf16"_s},
               {u"segments"_s, m.segments},
               {u"characters"_s, m.characters},
               {u"non_gsm"_s, nonGsm}});
        return Done;
    }
    m_out << tr("encoding: %1\n").arg(m.encodingName()) << tr("units: %1 %2\n").arg(m.units).arg(m.unitName())
          << tr("segments: %1\n").arg(m.segments) << tr("characters: %1\n").arg(m.characters);
    if (m.nonGsm.isEmpty()) {
        m_out << tr("non_gsm: none\n");
        return Done;
    }
    m_out << tr("non_gsm:\n");
    for (const NonGsmCharacter& c : m.nonGsm)
        m_out << tr("  %1 %2 at character %3 (offset %4), GSM: “%5”\n")
                     .arg(codepoints::label(c.codePoint), c.name)
                     .arg(c.index + 1)
                     .arg(c.offset)
                     .arg(c.replacement);
    return Done;
}

int MeasureCommand::measureX(const QString& text, bool json)
{
    const TweetCounter counter;
    const TweetLength r = counter.measure(text);
    if (json) {
        print({{u"weightedLength"_s, r.weightedLength},
               {u"valid"_s, r.valid},
               {u"permillage"_s, r.permillage},
               {u"validRangeEnd"_s, r.validRangeEnd},
               {u"maxWeightedTweetLength"_s, counter.config().maxWeightedTweetLength}});
        return Done;
    }
    m_out
        << tr("weightedLength: %1 of %2\n").arg(r.weightedLength).arg(counter.config().maxWeightedTweetLength)
        << tr("valid: %1\n").arg(r.valid ? tr("yes") : tr("no")) << tr("permillage: %1\n").arg(r.permillage);
    return Done;
}

int MeasureCommand::measurePush(const QString& text, const QString& title, const QString& topic, bool json)
{
    PushMessage message;
    message.title = title;
    message.body = text;
    message.topic = topic;
    const PushPayload::Fitted fitted = PushPayload::fit(message);
    if (json) {
        QJsonObject o{{u"apns"_s, fitted.originalApnsBytes},
                      {u"fcm"_s, fitted.originalFcmBytes},
                      {u"limit"_s, PushPayload::kDefaultLimit},
                      {u"fits"_s, fitted.fits && !fitted.shortened},
                      {u"shortened"_s, fitted.shortened}};
        if (fitted.shortened)
            o.insert(u"shortened_body"_s, fitted.message.body);
        print(o);
        return Done;
    }
    m_out << tr("apns: %1 bytes\n").arg(fitted.originalApnsBytes)
          << tr("fcm: %1 bytes\n").arg(fitted.originalFcmBytes)
          << tr("limit: %1 bytes\n").arg(PushPayload::kDefaultLimit);
    if (fitted.shortened)
        m_out << tr("shortened body (%1 characters): %2\n")
                     .arg(codepoints::count(fitted.message.body))
                     .arg(fitted.message.body);
    else if (!fitted.fits)
        m_out << tr("does not fit, even with a shorter body\n");
    return Done;
}

} // namespace facet::cli
