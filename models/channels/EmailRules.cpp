// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/channels/EmailRules.h"

#include "models/channels/HtmlDocument.h"

#include <QCoreApplication>

namespace facet {

namespace {

using namespace Qt::StringLiterals;

constexpr qsizetype maxHeaderLength = 998; // RFC 5322 §2.1.1

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::EmailRules", text);
}

qsizetype codePoints(const QString& text)
{
    return text.toUcs4().size();
}

QString comparable(const QString& text)
{
    return text.normalized(QString::NormalizationForm_C).simplified();
}

// A table is taken as layout unless it declares itself a data table with headers or a caption.
bool isLayoutTable(const HtmlNode& table)
{
    const QString role = table.attribute(u"role").trimmed().toLower();
    if (!role.isEmpty() && role != u"presentation" && role != u"none")
        return false;
    return table.descendants(u"th").isEmpty() && table.descendants(u"caption").isEmpty();
}

} // namespace

EmailRules::EmailRules(const QJsonObject& settings)
{
    m_subjectMax = settings.value(u"subject_max"_s).toInt(m_subjectMax);
    m_preheaderMin = settings.value(u"preheader_min"_s).toInt(m_preheaderMin);
    m_preheaderMax = settings.value(u"preheader_max"_s).toInt(m_preheaderMax);
    m_htmlMaxBytes = settings.value(u"html_max_bytes"_s).toInteger(m_htmlMaxBytes);
}

QList<Finding> EmailRules::check(const EmailMessage& message, const QString& productName,
                                 const QString& priceText) const
{
    using Severity = Finding::Severity;
    QList<Finding> findings;

    const qsizetype subjectLength = codePoints(message.subject);
    if (subjectLength == 0)
        findings << Finding::make(Severity::Error, u"email.subject_length"_s, tr("The subject is empty."),
                                  u"0"_s, u"1"_s, u"subject"_s);
    else if (subjectLength > maxHeaderLength)
        findings << Finding::make(Severity::Error, u"email.subject_length"_s,
                                  tr("The subject is longer than a mail header line may be; shorten it."),
                                  QString::number(subjectLength), QString::number(maxHeaderLength),
                                  u"subject"_s);
    else if (subjectLength > m_subjectMax)
        findings << Finding::make(
            Severity::Warning, u"email.subject_length"_s,
            tr("Inboxes cut the subject after about %1 characters; put the point first or "
               "shorten it.")
                .arg(m_subjectMax),
            QString::number(subjectLength), QString::number(m_subjectMax), u"subject"_s);

    const qsizetype preheaderLength = codePoints(message.preheader.simplified());
    if (preheaderLength < m_preheaderMin || preheaderLength > m_preheaderMax)
        findings << Finding::make(
            Severity::Warning, u"email.preheader_length"_s,
            preheaderLength < m_preheaderMin
                ? tr("The preheader is short; inboxes fill the rest of the preview with the "
                     "first text of the body.")
                : tr("The preheader is longer than most inboxes show."),
            QString::number(preheaderLength), u"%1–%2"_s.arg(m_preheaderMin).arg(m_preheaderMax),
            u"preheader"_s);

    const qsizetype htmlBytes = message.html.toUtf8().size();
    if (htmlBytes > m_htmlMaxBytes)
        findings << Finding::make(
            Severity::Error, u"email.clipping"_s,
            tr("Gmail clips HTML this large behind “View entire message”; make the HTML "
               "smaller."),
            QString::number(htmlBytes), QString::number(m_htmlMaxBytes), u"html"_s);

    const QString text = comparable(message.text);
    // Whole sentences per rule, so translations need not fit a noun into a shared sentence.
    auto requireInText = [&](const QString& needle, const QString& rule, const QString& sentence) {
        if (!needle.trimmed().isEmpty() && !text.contains(comparable(needle)))
            findings << Finding::make(Severity::Error, rule, sentence.arg(needle.trimmed()), QString(),
                                      QString(), u"text"_s);
    };
    requireInText(productName, u"email.text_name"_s,
                  tr("The plain-text part does not name the product “%1”."));
    requireInText(priceText, u"email.text_price"_s, tr("The plain-text part does not show the price “%1”."));
    requireInText(message.unsubscribeUrl, u"email.text_unsubscribe"_s,
                  tr("The plain-text part does not contain the unsubscribe link %1."));

    const HtmlDocument html = HtmlDocument::parse(message.html);
    for (const HtmlNode* img : html.elements(u"img")) {
        if (!img->hasAttribute(u"alt"))
            findings << Finding::make(Severity::Error, u"email.img_alt"_s,
                                      tr("An image has no alt text; add alt=\"\" if it is decoration."),
                                      img->attribute(u"src"), QString(), u"html"_s,
                                      html.offset(img->line, img->column));
    }
    for (const HtmlNode* table : html.elements(u"table")) {
        if (isLayoutTable(*table) && table->attribute(u"role").trimmed().isEmpty())
            findings << Finding::make(
                Severity::Warning, u"email.table_role"_s,
                tr("A layout table needs role=\"presentation\" so screen readers do not read "
                   "it as data."),
                QString(), QString(), u"html"_s, html.offset(table->line, table->column));
    }
    const QString preheader = comparable(message.preheader);
    if (const HtmlNode* body = html.first(u"body"); body && !preheader.isEmpty()) {
        const QString bodyText = comparable(body->textContent());
        if (!bodyText.startsWith(preheader))
            findings << Finding::make(
                Severity::Warning, u"email.preheader_position"_s,
                tr("The preheader is not the first text of the body, so inboxes preview "
                   "something else."),
                bodyText.left(preheader.size()), preheader, u"html"_s);
    }
    return findings;
}

} // namespace facet
