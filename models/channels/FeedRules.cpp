// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/channels/FeedRules.h"

#include "models/catalog/Gtin.h"
#include "models/channels/MerchantFeed.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMultiHash>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <algorithm>

namespace facet {

namespace {

using namespace Qt::StringLiterals;
using Severity = Finding::Severity;

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::FeedRules", text);
}

// One <item>: its attributes by Merchant Center name (title, link and description may come bare or as g:).
struct FeedItem
{
    qint64 offset = -1;
    QMultiHash<QString, QString> values;

    QString value(const QString& key) const { return values.value(key).trimmed(); }
    bool has(const QString& key) const { return values.contains(key); }
};

struct FeedDocument
{
    QList<FeedItem> items;
    QList<Finding> problems; // the document level: XML, rss envelope, namespace
};

Finding documentFinding(const QString& rule, const QString& message, qsizetype position = -1)
{
    return Finding::make(Severity::Error, rule, message, QString(), QString(), u"feed"_s, position);
}

FeedDocument read(const QByteArray& feed)
{
    FeedDocument document;
    QXmlStreamReader reader(feed);
    bool namespaceDeclared = false;
    bool channelTitle = false, channelLink = false, channelDescription = false;
    QStringList path;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isEndElement()) {
            path.removeLast();
            continue;
        }
        if (!reader.isStartElement())
            continue;
        if (path.isEmpty()) {
            if (reader.name() != u"rss" || reader.attributes().value(u"version") != u"2.0")
                document.problems << documentFinding(u"feed.rss"_s,
                                                     tr("The document is not an RSS 2.0 feed."));
            for (const QXmlStreamNamespaceDeclaration& declaration : reader.namespaceDeclarations())
                namespaceDeclared =
                    namespaceDeclared || declaration.namespaceUri() == MerchantFeed::googleNamespace;
        }
        const bool inChannel = path.size() == 2 && path.at(1) == u"channel";
        if (inChannel && reader.namespaceUri().isEmpty()) {
            channelTitle = channelTitle || reader.name() == u"title";
            channelLink = channelLink || reader.name() == u"link";
            channelDescription = channelDescription || reader.name() == u"description";
        }
        if (inChannel && reader.name() == u"item" && reader.namespaceUri().isEmpty()) {
            FeedItem item;
            item.offset = reader.characterOffset();
            while (reader.readNextStartElement()) {
                const bool google = reader.namespaceUri() == MerchantFeed::googleNamespace;
                const bool rss = reader.namespaceUri().isEmpty() &&
                                 (reader.name() == u"title" || reader.name() == u"link" ||
                                  reader.name() == u"description");
                const QString key = reader.name().toString();
                const QString text = reader.readElementText(QXmlStreamReader::IncludeChildElements);
                if (google || rss)
                    item.values.insert(key, text);
            }
            document.items << item;
            continue; // readNextStartElement consumed the </item>
        }
        path << reader.name().toString();
    }
    if (reader.hasError()) {
        // What was read of a broken document is not what Merchant Center would read; only the error counts.
        document.items.clear();
        document.problems << documentFinding(u"feed.xml"_s,
                                             tr("The feed is not well-formed XML: %1 (line %2, column %3).")
                                                 .arg(reader.errorString())
                                                 .arg(reader.lineNumber())
                                                 .arg(reader.columnNumber()),
                                             reader.characterOffset());
        return document;
    }
    if (!namespaceDeclared)
        document.problems << documentFinding(
            u"feed.namespace"_s,
            tr("The feed does not declare the namespace %1 on <rss>.").arg(MerchantFeed::googleNamespace));
    if (!channelTitle || !channelLink || !channelDescription)
        document.problems << documentFinding(
            u"feed.channel"_s, tr("The feed's <channel> needs a title, a link and a description."));
    return document;
}

bool isFeedUrl(const QString& url)
{
    // RFC 3986 characters only (so ASCII), a well-formed percent-encoding, http or https.
    static const QRegularExpression pattern(u"^https?://[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]+$"_s);
    static const QRegularExpression badPercent(u"%(?![0-9A-Fa-f]{2})"_s);
    return pattern.match(url).hasMatch() && !badPercent.match(url).hasMatch();
}

bool isIsoDate(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODate).isValid() ||
           QDate::fromString(text, Qt::ISODate).isValid();
}

class ItemChecker
{
public:
    ItemChecker(const FeedItem& item, int index, QList<Finding>& findings)
        : m_item(item)
        , m_findings(findings)
    {
        static const QRegularExpression idPattern(u"^[A-Za-z0-9_-]{1,50}$"_s);
        const QString id = item.value(u"id"_s);
        m_part = idPattern.match(id).hasMatch() ? u"item %1"_s.arg(id) : u"item #%1"_s.arg(index + 1);
    }

    void add(Severity severity, const QString& rule, const QString& message, const QString& measured = {},
             const QString& limit = {})
    {
        m_findings << Finding::make(severity, rule, message, measured, limit, m_part, m_item.offset);
    }

    // A required free-text attribute: present and 1..max code points after trimming.
    void length(const QString& key, const QString& rule, qsizetype max)
    {
        const qsizetype n = m_item.value(key).toUcs4().size();
        if (!m_item.has(key))
            add(Severity::Error, rule, tr("The item has no %1.").arg(key), QString(), u"1–%1"_s.arg(max));
        else if (n == 0 || n > max)
            add(Severity::Error, rule, tr("The %1 must be 1 to %2 characters long.").arg(key).arg(max),
                QString::number(n), u"1–%1"_s.arg(max));
    }

    void url(const QString& key, const QString& rule)
    {
        const QString value = m_item.value(key);
        if (!m_item.has(key))
            add(Severity::Error, rule, tr("The item has no %1.").arg(key));
        else if (!isFeedUrl(value) || value.size() > 2000)
            add(Severity::Error, rule,
                tr("The %1 must be an http(s) URL of at most 2,000 ASCII characters, with anything else "
                   "percent-encoded.")
                    .arg(key),
                value, u"2000"_s);
    }

private:
    const FeedItem& m_item;
    QList<Finding>& m_findings;
    QString m_part;
};

void checkGtins(const FeedItem& item, ItemChecker& checker)
{
    QStringList values = item.values.values(u"gtin"_s);
    std::reverse(values.begin(), values.end()); // QMultiHash lists the latest first; report in feed order
    if (values.size() > 10)
        checker.add(Severity::Error, u"feed.gtin"_s, tr("An item may have at most 10 GTINs."),
                    QString::number(values.size()), u"10"_s);
    for (const QString& value : values) {
        const QString digits = FeedRules::normalizedGtin(value);
        static const QRegularExpression shape(u"^(\\d{8}|\\d{12}|\\d{13}|\\d{14})$"_s);
        if (!shape.match(digits).hasMatch()) {
            checker.add(Severity::Error, u"feed.gtin"_s, tr("A GTIN has 8, 12, 13 or 14 digits."),
                        value.trimmed());
        } else if (!gtin::isValid(digits)) {
            checker.add(Severity::Error, u"feed.gtin"_s,
                        tr("The GTIN's check digit is wrong; it should be %1.")
                            .arg(gtin::checkDigit(QStringView(digits).chopped(1))),
                        value.trimmed());
        } else if (const QString prefix = FeedRules::restrictedPrefix(digits); !prefix.isEmpty()) {
            checker.add(
                Severity::Error, u"feed.gtin_restricted"_s,
                tr("GTINs starting with %1 are for restricted circulation or coupons; Merchant Center "
                   "rejects them.")
                    .arg(prefix),
                value.trimmed(), prefix);
        }
    }
}

void checkItem(const FeedItem& item, int index, QList<Finding>& findings)
{
    ItemChecker checker(item, index, findings);

    static const QRegularExpression idPattern(u"^[A-Za-z0-9_-]{1,50}$"_s);
    if (!item.has(u"id"_s))
        checker.add(Severity::Error, u"feed.id"_s, tr("The item has no g:id."));
    else if (!idPattern.match(item.value(u"id"_s)).hasMatch())
        checker.add(Severity::Error, u"feed.id"_s,
                    tr("The id must be 1 to 50 ASCII letters, digits, “_” or “-”."), item.value(u"id"_s));

    checker.length(u"title"_s, u"feed.title_length"_s, 150);
    checker.length(u"description"_s, u"feed.description_length"_s, 5000);
    checker.url(u"link"_s, u"feed.link"_s);
    checker.url(u"image_link"_s, u"feed.image_link"_s);

    static const QRegularExpression pricePattern(u"^(\\d+(\\.\\d{1,2})?) [A-Z]{3}$"_s);
    const QString price = item.value(u"price"_s);
    const QRegularExpressionMatch priceMatch = pricePattern.match(price);
    if (!item.has(u"price"_s))
        checker.add(Severity::Error, u"feed.price"_s, tr("The item has no price."));
    else if (!priceMatch.hasMatch())
        checker.add(
            Severity::Error, u"feed.price"_s,
            tr("The price must be a number with “.” and at most two decimals, a space and an ISO 4217 "
               "code, e.g. “15.00 EUR”."),
            price);
    else if (priceMatch.captured(1).toDouble() <= 0)
        checker.add(Severity::Error, u"feed.price"_s, tr("The price must be above zero."), price);

    static const QStringList availabilities{u"in_stock"_s, u"out_of_stock"_s, u"preorder"_s, u"backorder"_s};
    const QString availability = item.value(u"availability"_s);
    if (!availabilities.contains(availability))
        checker.add(Severity::Error, u"feed.availability"_s,
                    tr("The availability must be in_stock, out_of_stock, preorder or backorder."),
                    availability);
    const QString availabilityDate = item.value(u"availability_date"_s);
    if ((availability == u"preorder" || availability == u"backorder") && availabilityDate.isEmpty())
        checker.add(Severity::Error, u"feed.availability_date"_s,
                    tr("A preorder or backorder item needs an availability_date."));
    else if (!availabilityDate.isEmpty() && !isIsoDate(availabilityDate))
        checker.add(Severity::Error, u"feed.availability_date"_s,
                    tr("The availability_date must be an ISO 8601 date."), availabilityDate);

    const QString identifierExists = item.value(u"identifier_exists"_s).toLower();
    const bool noIdentifiers = identifierExists == u"no" || identifierExists == u"false";
    const QString brand = item.value(u"brand"_s);
    if (!item.has(u"brand"_s)) {
        if (!noIdentifiers)
            checker.add(Severity::Warning, u"feed.brand"_s,
                        tr("The item has no brand; Merchant Center requires it for every branded product."));
    } else if (brand.isEmpty() || brand.toUcs4().size() > 70) {
        checker.add(Severity::Error, u"feed.brand"_s, tr("The brand must be 1 to 70 characters long."),
                    QString::number(brand.toUcs4().size()), u"1–70"_s);
    } else if (brand.compare(u"N/A"_s, Qt::CaseInsensitive) == 0 ||
               brand.compare(u"Generic"_s, Qt::CaseInsensitive) == 0) {
        checker.add(
            Severity::Error, u"feed.brand"_s,
            tr("“%1” is not a brand; leave the brand out and set identifier_exists to no.").arg(brand),
            brand);
    }

    if (item.has(u"condition"_s) &&
        !QStringList{u"new"_s, u"refurbished"_s, u"used"_s}.contains(item.value(u"condition"_s)))
        checker.add(Severity::Error, u"feed.condition"_s,
                    tr("The condition must be new, refurbished or used."), item.value(u"condition"_s));

    checkGtins(item, checker);
    const qsizetype mpnLength = item.value(u"mpn"_s).toUcs4().size();
    if (item.has(u"mpn"_s) && (mpnLength == 0 || mpnLength > 70))
        checker.add(Severity::Error, u"feed.mpn"_s, tr("The mpn must be 1 to 70 characters long."),
                    QString::number(mpnLength), u"1–70"_s);
    const bool hasIdentifier = !item.value(u"gtin"_s).isEmpty() || !item.value(u"mpn"_s).isEmpty();
    if (!hasIdentifier && !noIdentifiers)
        checker.add(Severity::Error, u"feed.identifiers"_s,
                    tr("The item needs a gtin or an mpn, or identifier_exists set to no."));
    else if (hasIdentifier && noIdentifiers)
        checker.add(Severity::Warning, u"feed.identifier_exists"_s,
                    tr("identifier_exists is no although the item has a gtin or an mpn."));
}

} // namespace

QString FeedRules::normalizedGtin(const QString& gtin)
{
    QString digits = gtin;
    digits.remove(u' ').remove(u'-');
    return digits;
}

QString FeedRules::gtin13Form(const QString& digits)
{
    if (digits.size() == 14)
        return digits.mid(1);
    return digits.size() <= 13 ? QString(13 - digits.size(), u'0') + digits : QString();
}

QString FeedRules::restrictedPrefix(const QString& digits)
{
    const QString form = gtin13Form(digits);
    static const QStringList prefixes{u"981"_s, u"982"_s, u"983"_s, u"984"_s, u"99"_s,
                                      u"05"_s,  u"02"_s,  u"04"_s,  u"2"_s};
    for (const QString& prefix : prefixes)
        if (form.startsWith(prefix))
            return prefix;
    return {};
}

QList<Finding> FeedRules::check(const QByteArray& feed) const
{
    const FeedDocument document = read(feed);
    QList<Finding> findings = document.problems;
    QHash<QString, int> seen;
    for (int i = 0; i < document.items.size(); ++i) {
        const FeedItem& item = document.items.at(i);
        checkItem(item, i, findings);
        const QString id = item.value(u"id"_s);
        if (!id.isEmpty() && seen.contains(id))
            findings << Finding::make(
                Severity::Error, u"feed.id_duplicate"_s,
                tr("Item %1 has the same id as item %2; ids must be unique in the feed.")
                    .arg(i + 1)
                    .arg(seen.value(id) + 1),
                id, QString(), u"item %1"_s.arg(id), item.offset);
        if (!seen.contains(id))
            seen.insert(id, i);
    }
    return findings;
}

QList<OfferSummary> FeedRules::offers(const QByteArray& feed, QString* error)
{
    const FeedDocument document = read(feed);
    if (!document.problems.isEmpty() && error)
        *error = document.problems.first().message;
    QList<OfferSummary> summaries;
    for (const FeedItem& item : document.items) {
        const QString price = item.value(u"price"_s);
        const qsizetype space = price.indexOf(u' ');
        summaries << OfferSummary{item.value(u"id"_s), OfferSummary::canonicalPrice(price.left(space)),
                                  space < 0 ? QString() : price.mid(space + 1),
                                  OfferSummary::availabilityUrl(item.value(u"availability"_s))};
    }
    return summaries;
}

} // namespace facet
