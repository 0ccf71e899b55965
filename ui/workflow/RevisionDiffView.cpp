// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workflow/RevisionDiffView.h"

#include "models/catalog/Catalog.h"
#include "models/record/RichText.h"
#include "models/rendering/TemplateContext.h"

#include <QEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace facet {

using namespace Qt::StringLiterals;

namespace {

bool isDark(const QWidget* widget)
{
    return widget->palette().color(QPalette::Base).lightness() < 128;
}

QString valueText(const QJsonValue& value, const Attribute* attribute, const QString& locale)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (attribute && attribute->type == AttributeType::RichText)
        return RichText::toPlainText(value.toString());
    // Reviewers read the option's label, as the editor shows it, not the stored code.
    if (attribute && attribute->type == AttributeType::SimpleSelect)
        return attribute->optionLabel(value.toString(), locale);
    if (attribute && attribute->type == AttributeType::MultiSelect) {
        QStringList labels;
        for (const QJsonValue& v : value.toArray())
            labels << attribute->optionLabel(v.toString(), locale);
        return labels.join(u", ");
    }
    // "600 ml" as the page and the data sheet print it, not the stored unit code "600 MILLILITER".
    if (attribute && attribute->type == AttributeType::Metric && value.isObject()) {
        const QJsonObject metric = value.toObject();
        return QLocale(locale).toString(metric.value(u"amount").toDouble(), 'g', 15) + QChar(0x00a0) +
               TemplateContext::unitSymbol(metric.value(u"unit").toString());
    }
    if (attribute)
        return attribute->format(value);
    if (value.isString())
        return value.toString();
    return QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact));
}

QString escapedLines(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

} // namespace

RevisionDiffView::RevisionDiffView(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(u"revisionDiff"_s);
    setOpenLinks(false);
    setReadOnly(true);
}

bool RevisionDiffView::event(QEvent* event)
{
    const bool result = QTextBrowser::event(event);
    // The marks' colours depend on the theme: a light green on a dark page would glare.
    if (event->type() == QEvent::PaletteChange)
        render();
    return result;
}

void RevisionDiffView::showMessage(const QString& message)
{
    m_diff = {};
    m_message = message;
    render();
}

void RevisionDiffView::setDiff(const RevisionDiff& diff, const Catalog* catalog, const QString& labelLocale,
                               const QString& beforeTitle, const QString& afterTitle)
{
    m_diff = diff;
    m_catalog = catalog;
    m_labelLocale = labelLocale;
    m_beforeTitle = beforeTitle;
    m_afterTitle = afterTitle;
    m_message.clear();
    render();
}

void RevisionDiffView::render()
{
    m_rows = 0;
    const bool dark = isDark(this);
    const QString removedStyle = dark ? u"background-color:#5c2b2b; text-decoration:line-through;"_s
                                      : u"background-color:#ffd7d5; text-decoration:line-through;"_s;
    const QString addedStyle = dark ? u"background-color:#1f4d2c;"_s : u"background-color:#ccf2d4;"_s;
    const QString muted = palette().color(QPalette::Disabled, QPalette::Text).name();
    const QString rule = palette().color(QPalette::Mid).name();
    if (!m_message.isEmpty()) {
        setHtml(u"<p style='color:%1'>%2</p>"_s.arg(muted, m_message.toHtmlEscaped()));
        return;
    }
    if (m_diff.isEmpty()) {
        setHtml(u"<p style='color:%1'>%2</p>"_s.arg(muted, tr("The two revisions have the same content.")));
        return;
    }
    QString html = u"<table width='100%' cellspacing='0' cellpadding='6' style='border-collapse:collapse'>"_s;
    html += u"<tr><th align='left' width='22%'>%1</th><th align='left' width='39%'>%2</th>"
            u"<th align='left' width='39%'>%3</th></tr>"_s.arg(tr("Field"), m_beforeTitle.toHtmlEscaped(),
                                                               m_afterTitle.toHtmlEscaped());
    auto row = [&](const QString& field, const QString& detail, const QString& before, const QString& after) {
        html += u"<tr><td valign='top' style='border-top:1px solid %1'><b>%2</b><br>"
                u"<span style='color:%3'>%4</span></td>"
                u"<td valign='top' style='border-top:1px solid %1'>%5</td>"
                u"<td valign='top' style='border-top:1px solid %1'>%6</td></tr>"_s.arg(
                    rule, field.toHtmlEscaped(), muted, detail.toHtmlEscaped(), before, after);
        ++m_rows;
    };
    auto familyLabel = [this](const QString& code) {
        const Family* family = m_catalog ? m_catalog->family(code) : nullptr;
        return family ? family->label(m_labelLocale) : code;
    };
    auto categoryLabels = [this](const QStringList& codes) {
        QStringList labels;
        for (const QString& code : codes) {
            const Category* category = m_catalog ? m_catalog->category(code) : nullptr;
            labels << (category ? category->label(m_labelLocale) : code);
        }
        return labels.join(u", ");
    };
    if (m_diff.familyBefore != m_diff.familyAfter)
        row(tr("Family"), QString(),
            u"<span style='%1'>%2</span>"_s.arg(removedStyle,
                                                familyLabel(m_diff.familyBefore).toHtmlEscaped()),
            u"<span style='%1'>%2</span>"_s.arg(addedStyle, familyLabel(m_diff.familyAfter).toHtmlEscaped()));
    if (!m_diff.categoriesAdded.isEmpty() || !m_diff.categoriesRemoved.isEmpty())
        row(tr("Categories"), QString(),
            u"<span style='%1'>%2</span>"_s.arg(removedStyle,
                                                categoryLabels(m_diff.categoriesRemoved).toHtmlEscaped()),
            u"<span style='%1'>%2</span>"_s.arg(addedStyle,
                                                categoryLabels(m_diff.categoriesAdded).toHtmlEscaped()));

    for (const FieldChange& change : std::as_const(m_diff.changes)) {
        const Attribute* attribute = m_catalog ? m_catalog->attribute(change.key.attribute) : nullptr;
        const QString field = attribute ? attribute->label(m_labelLocale) : change.key.attribute;
        QStringList scope;
        if (!change.key.locale.isEmpty())
            scope << change.key.locale;
        if (!change.key.channel.isEmpty()) {
            const Channel* channel = m_catalog ? m_catalog->channel(change.key.channel) : nullptr;
            scope << tr("%1 only").arg(channel ? channel->label(m_labelLocale) : change.key.channel);
        }
        const QString detail = scope.isEmpty() ? change.key.toString() : scope.join(u" · ");
        QString before;
        QString after;
        if (!change.spans.isEmpty()) {
            for (const DiffSpan& span : change.spans) {
                const QString text = escapedLines(span.text);
                switch (span.kind) {
                case DiffSpan::Kind::Same:
                    before += text;
                    after += text;
                    break;
                case DiffSpan::Kind::Removed:
                    before += u"<span style='%1'>%2</span>"_s.arg(removedStyle, text);
                    break;
                case DiffSpan::Kind::Added:
                    after += u"<span style='%1'>%2</span>"_s.arg(addedStyle, text);
                    break;
                }
            }
        } else {
            const QString b = valueText(change.before, attribute, m_labelLocale);
            const QString a = valueText(change.after, attribute, m_labelLocale);
            if (!b.isEmpty())
                before = u"<span style='%1'>%2</span>"_s.arg(removedStyle, escapedLines(b));
            if (!a.isEmpty())
                after = u"<span style='%1'>%2</span>"_s.arg(addedStyle, escapedLines(a));
        }
        const QString none = u"<span style='color:%1'><i>%2</i></span>"_s.arg(muted, tr("(empty)"));
        row(field, detail, before.isEmpty() ? none : before, after.isEmpty() ? none : after);
    }
    html += u"</table>"_s;
    setHtml(html);
}

} // namespace facet
