// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rendering/ChannelChecks.h"

#include "models/catalog/Channel.h"
#include "models/channels/CodePoints.h"
#include "models/channels/EmailRules.h"
#include "models/channels/EmlWriter.h"
#include "models/channels/FeedRules.h"
#include "models/channels/MerchantFeed.h"
#include "models/channels/PostRules.h"
#include "models/channels/PostText.h"
#include "models/channels/PrintRules.h"
#include "models/channels/PrintSheet.h"
#include "models/channels/PushPayload.h"
#include "models/channels/SmsMeasure.h"
#include "models/channels/TweetCounter.h"
#include "models/channels/WebRules.h"
#include "models/rendering/Rendering.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace facet {

using namespace Qt::StringLiterals;

namespace {

// The attribute whose value a finding is about, so the workbench can focus its field: the one whose text
// holds the character at `position` of the rendered part, else the longest text in it (the one to shorten).
QString causingAttribute(const QVariantHash& product, const QString& rendered, qsizetype position)
{
    QString longest;
    QString holding;
    qsizetype longestSize = 0;
    qsizetype holdingSize = 0;
    const QString around = position >= 0 && position < rendered.size() ? rendered.mid(position, 1) : QString();
    for (auto it = product.cbegin(); it != product.cend(); ++it) {
        if (it.value().typeId() != QMetaType::QString || it.key() == u"sku" || it.key() == u"url" ||
            it.key() == u"title")
            continue;
        const QString value = it.value().toString();
        if (value.size() < 3 || !rendered.contains(value.left(24)))
            continue;
        if (value.size() > longestSize) {
            longest = it.key();
            longestSize = value.size();
        }
        if (!around.isEmpty() && value.contains(around) && value.size() > holdingSize) {
            holding = it.key();
            holdingSize = value.size();
        }
    }
    return holding.isEmpty() ? longest : holding;
}

void attribute(QList<Finding>& findings, const QVariantHash& product, const QString& text)
{
    for (Finding& f : findings)
        if (f.attribute.isEmpty() && f.severity != Finding::Severity::Info)
            f.attribute = causingAttribute(product, text, f.position);
}

void checkSms(const Channel& channel, Rendering& r, const QVariantHash& product)
{
    const QString body = r.text(u"body"_s);
    const SmsMeasure sms = SmsMeasure::of(body);
    QList<Finding> findings = sms.findings(channel.settings, u"body"_s);
    attribute(findings, product, body);
    r.findings << findings;
    r.measures.insert(u"encoding"_s, sms.encodingName());
    r.measures.insert(u"segments"_s, sms.segments);
    r.measures.insert(u"units"_s, sms.units);
    r.measures.insert(u"capacity"_s, sms.capacity());
    r.measures.insert(u"characters"_s, sms.characters);
    r.measures.insert(u"max_segments"_s, channel.settings.value(u"max_segments").toInt());
}

void checkX(const Channel& channel, Rendering& r, const QVariantHash& product)
{
    const QString post = r.text(u"post"_s);
    const TweetCounter counter = TweetCounter::forChannel(channel.settings);
    const TweetLength length = counter.measure(post);
    QList<Finding> findings = counter.findings(post, u"post"_s);
    attribute(findings, product, post);
    r.findings << findings;
    r.measures.insert(u"weighted_length"_s, length.weightedLength);
    r.measures.insert(u"max_weighted_length"_s, counter.config().maxWeightedTweetLength);
    r.measures.insert(u"valid"_s, length.valid);
}

void checkPost(const Channel& channel, Rendering& r, const QVariantHash& product)
{
    const QString part = channel.kind == u"text" ? u"body"_s : u"post"_s;
    const QString text = r.text(part);
    QList<Finding> findings = PostRules::forKind(channel.kind, text, channel.settings, part);
    attribute(findings, product, text);
    r.findings << findings;
    const QJsonObject& s = channel.settings;
    const int defaultMax = channel.kind == u"instagram" ? 2200 : channel.kind == u"linkedin" ? 3000 : 0;
    r.measures.insert(u"length"_s, codepoints::count(text));
    r.measures.insert(u"max_length"_s, s.value(channel.kind == u"instagram" ? u"max_caption" : u"max_length")
                                            .toInt(defaultMax));
    r.measures.insert(u"hashtags"_s, PostText::countHashtags(text));
    if (channel.kind == u"instagram")
        r.measures.insert(u"max_hashtags"_s, s.value(u"max_hashtags").toInt(5));
}

void checkPush(const Channel& channel, Rendering& r, const QVariantHash& product)
{
    PushMessage message;
    message.title = r.text(u"title"_s);
    message.body = r.text(u"body"_s);
    message.topic = channel.settings.value(u"topic").toString(u"product-news"_s);
    message.imageUrl = product.value(u"main_image"_s).toHash().value(u"url"_s).toString();
    if (message.imageUrl.startsWith(u"data:"))
        message.imageUrl.clear(); // previews embed pictures; a push can only link one
    message.threadId = product.value(u"family_code"_s).toString();
    message.custom = QJsonObject{{u"sku"_s, product.value(u"sku"_s).toString()},
                                 {u"url"_s, product.value(u"url"_s).toString()}};
    const qsizetype limit = channel.settings.value(u"max_payload_bytes").toInt(int(PushPayload::kDefaultLimit));
    const PushPayload::Fitted fitted = PushPayload::fit(message, limit);
    QList<Finding> findings = PushPayload::findings(message, channel.settings, u"body"_s);
    attribute(findings, product, message.title + u'\n' + message.body);
    r.findings << findings;
    if (fitted.fits) {
        r.parts << RenderedPart{u"apns"_s, u"application/json"_s, fitted.apns}
                << RenderedPart{u"fcm"_s, u"application/json"_s, fitted.fcm};
    }
    r.measures.insert(u"apns_bytes"_s, fitted.apns.size());
    r.measures.insert(u"fcm_bytes"_s, fitted.fcm.size());
    r.measures.insert(u"max_payload_bytes"_s, limit);
    r.measures.insert(u"title_length"_s, codepoints::count(message.title));
    r.measures.insert(u"body_length"_s, codepoints::count(fitted.message.body));
}

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::ChannelChecks", text);
}

Finding documentError(const QString& rule, const QString& part, const QString& message)
{
    Finding f;
    f.severity = Finding::Severity::Error;
    f.rule = rule;
    f.part = part;
    f.message = message;
    return f;
}

// "Facet Demo Store <news@example.com>" → name and address.
Mailbox mailbox(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(.*?)\\s*<([^>]+)>\\s*$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (m.hasMatch())
        return Mailbox{m.captured(1).remove(u'"'), m.captured(2)};
    return Mailbox{{}, text.trimmed()};
}

void checkWeb(Rendering& r)
{
    const QString page = r.text(u"page"_s);
    QList<Finding> findings = WebRules().check(page, r.locale);
    for (Finding& f : findings)
        if (f.part.isEmpty())
            f.part = u"page"_s;
    r.findings << findings;
    r.measures.insert(u"html_bytes"_s, r.part(u"page"_s)->content.size());
}

void checkEmail(const Channel& channel, Rendering& r, const QVariantHash& context)
{
    const QVariantHash product = context.value(u"product"_s).toHash();
    const QJsonObject& s = channel.settings;
    EmailMessage message;
    message.from = mailbox(s.value(u"sender").toString(u"Facet <news@example.com>"_s));
    message.to = mailbox(s.value(u"recipient").toString(u"subscriber@example.com"_s));
    message.subject = r.text(u"subject"_s);
    message.preheader = r.text(u"preheader"_s);
    message.html = r.text(u"html"_s);
    message.text = r.text(u"text"_s);
    message.unsubscribeUrl = context.value(u"unsubscribe_url"_s).toString();
    message.date = QDateTime::currentDateTimeUtc();
    message.messageIdDomain = message.from.address.section(u'@', 1);
    // The same revision rendered again gets the same Message-ID: a resent copy is recognisably the same mail.
    message.messageId = QString::fromLatin1(
        QCryptographicHash::hash((r.revisionHash + r.channel + r.locale + r.templateVersion).toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(32));
    const QString priceText = product.value(u"price"_s).toHash().value(u"text"_s).toString();
    QList<Finding> findings = EmailRules(s).check(message, product.value(u"name"_s).toString(), priceText);
    attribute(findings, product, message.subject + u'\n' + message.preheader);
    r.findings << findings;
    QString error;
    const QByteArray eml = EmlWriter::write(message, &error);
    if (eml.isEmpty())
        r.findings << documentError(u"email.eml"_s, u"eml"_s, tr("The .eml message cannot be written: %1").arg(error));
    else
        r.parts << RenderedPart{u"eml"_s, u"message/rfc822"_s, eml};
    r.measures.insert(u"html_bytes"_s, message.html.toUtf8().size());
    r.measures.insert(u"clip_bytes"_s, s.value(u"html_max_bytes").toInt(100'000));
    r.measures.insert(u"subject_length"_s, codepoints::count(message.subject));
    r.measures.insert(u"preheader_length"_s, codepoints::count(message.preheader));
}

void checkPrint(const Channel& channel, Rendering& r, const QVariantHash& context)
{
    // Fonts come from the platform: without a QGuiApplication (e.g. a headless tool that did not create
    // one) there is no PDF, and the rendering says so rather than failing.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        r.findings << documentError(u"print.pdf"_s, u"pdf"_s,
                                    tr("The PDF cannot be written in this process: it has no font access."));
        return;
    }
    PrintSheet::Options options;
    options.title = context.value(u"product"_s).toHash().value(u"title"_s).toString();
    options.locale = r.locale;
    options.pageSize = PrintSheet::pageSize(channel.settings.value(u"page_size").toString(u"A4"_s));
    QString error;
    const QByteArray pdf = PrintSheet::write(r.text(u"sheet"_s), options, &error);
    if (pdf.isEmpty()) {
        r.findings << documentError(u"print.pdf"_s, u"pdf"_s, tr("The PDF cannot be written: %1").arg(error));
        return;
    }
    r.parts << RenderedPart{u"pdf"_s, u"application/pdf"_s, pdf};
    QList<Finding> findings = PrintRules().check(pdf);
    for (Finding& f : findings)
        if (f.part.isEmpty())
            f.part = u"pdf"_s;
    r.findings << findings;
    r.measures.insert(u"pages"_s, PrintRules::pageCount(pdf));
}

void checkFeed(const Channel& channel, Rendering& r, const QVariantHash& context)
{
    const QVariantHash channelHash = context.value(u"channel"_s).toHash();
    QString error;
    const QByteArray feed = MerchantFeed::assemble(channel.label(r.locale), channelHash.value(u"base_url"_s).toString(),
                                                   channel.label(r.locale), {r.text(u"item"_s)}, &error);
    if (feed.isEmpty()) {
        r.findings << documentError(u"feed.xml"_s, u"item"_s, error);
        return;
    }
    r.parts << RenderedPart{u"feed"_s, u"application/xml"_s, feed};
    QList<Finding> findings = FeedRules().check(feed);
    attribute(findings, context.value(u"product"_s).toHash(), QString::fromUtf8(feed));
    r.findings << findings;
    r.measures.insert(u"items"_s, 1);
}

} // namespace

void ChannelChecks::apply(const Channel& channel, Rendering& rendering, const QVariantHash& context)
{
    const QVariantHash product = context.value(u"product"_s).toHash();
    const QString& kind = channel.kind;
    if (kind == u"sms")
        checkSms(channel, rendering, product);
    else if (kind == u"x")
        checkX(channel, rendering, product);
    else if (kind == u"instagram" || kind == u"linkedin" || kind == u"text")
        checkPost(channel, rendering, product);
    else if (kind == u"push")
        checkPush(channel, rendering, product);
    else if (kind == u"web")
        checkWeb(rendering);
    else if (kind == u"email")
        checkEmail(channel, rendering, context);
    else if (kind == u"print")
        checkPrint(channel, rendering, context);
    else if (kind == u"feed")
        checkFeed(channel, rendering, context);
}

} // namespace facet
