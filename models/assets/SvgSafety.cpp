// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/assets/SvgSafety.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace facet {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::SvgSafety", text);
}

// Fragment references (#id) and inline images stay inside the file; everything else is fetched from
// elsewhere.
bool isLocalReference(QStringView value)
{
    const QStringView v = value.trimmed();
    return v.isEmpty() || v.startsWith(u'#') || v.startsWith(u"data:image/", Qt::CaseInsensitive);
}

// CSS may fetch too: url(…) other than a fragment, and @import.
QString externalCssReference(const QString& css)
{
    if (css.contains(u"@import", Qt::CaseInsensitive))
        return u"@import"_s;
    qsizetype from = 0;
    while ((from = css.indexOf(u"url(", from, Qt::CaseInsensitive)) >= 0) {
        from += 4;
        const qsizetype end = css.indexOf(u')', from);
        QString target = css.mid(from, end < 0 ? -1 : end - from).trimmed();
        if (target.size() >= 2 && (target.front() == u'"' || target.front() == u'\''))
            target = target.mid(1, target.size() - 2);
        if (!isLocalReference(target))
            return target;
    }
    return {};
}

} // namespace

QString SvgSafety::check(const QByteArray& content)
{
    QXmlStreamReader xml(content);
    bool sawRoot = false;
    bool inStyle = false;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            // A DOCTYPE naming the SVG DTD is common and harmless; declared entities are how XML bombs and
            // file disclosure work.
            if (!xml.entityDeclarations().isEmpty())
                return tr("the SVG declares XML entities, which are refused");
            break;
        case QXmlStreamReader::ProcessingInstruction:
            if (xml.processingInstructionTarget().compare(u"xml-stylesheet", Qt::CaseInsensitive) == 0)
                return tr("the SVG loads an external style sheet");
            break;
        case QXmlStreamReader::StartElement: {
            const QStringView name = xml.name();
            if (!sawRoot && name != u"svg")
                return tr("the file is XML, but not an SVG image (its root element is <%1>)").arg(name);
            sawRoot = true;
            if (name.compare(u"script", Qt::CaseInsensitive) == 0)
                return tr("the SVG contains a <script> element");
            if (name.compare(u"foreignObject", Qt::CaseInsensitive) == 0)
                return tr("the SVG embeds foreign content (<foreignObject>)");
            inStyle = name == u"style";
            for (const QXmlStreamAttribute& a : xml.attributes()) {
                const QStringView attribute = a.name();
                if (attribute.startsWith(u"on", Qt::CaseInsensitive))
                    return tr("the SVG has an event handler attribute (%1 on <%2>)").arg(attribute, name);
                if (attribute == u"href" && !isLocalReference(a.value()))
                    return tr("the SVG refers to an external resource (%1)").arg(a.value());
                // style="…" and presentation attributes such as fill="url(…)" take CSS references.
                if (const QString ref = externalCssReference(a.value().toString()); !ref.isEmpty())
                    return tr("the SVG refers to an external resource (%1)").arg(ref);
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            inStyle = false;
            break;
        case QXmlStreamReader::Characters:
            if (inStyle)
                if (const QString ref = externalCssReference(xml.text().toString()); !ref.isEmpty())
                    return tr("the SVG refers to an external resource (%1)").arg(ref);
            break;
        default:
            break;
        }
    }
    if (xml.hasError())
        return tr("the SVG is not well-formed XML: %1 (line %2)")
            .arg(xml.errorString())
            .arg(xml.lineNumber());
    if (!sawRoot)
        return tr("the SVG has no <svg> element");
    return {};
}

} // namespace facet
