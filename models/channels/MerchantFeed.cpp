// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/channels/MerchantFeed.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace facet {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::MerchantFeed", text);
}

// Copies the <item> elements of one template output into the writer; false with *error if it cannot.
bool copyItems(const QString& fragment, QXmlStreamWriter& writer, QString* error)
{
    // The wrapper gives the fragment the namespace the envelope declares, so "g:" resolves while reading.
    QXmlStreamReader reader(u"<items xmlns:g=\""_s + MerchantFeed::googleNamespace + u"\">"_s + fragment +
                            u"</items>"_s);
    int depth = -1;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        switch (token) {
        case QXmlStreamReader::StartDocument:
        case QXmlStreamReader::EndDocument:
        case QXmlStreamReader::Invalid:
            continue;
        case QXmlStreamReader::StartElement:
            ++depth;
            if (depth == 0)
                continue; // the wrapper
            if (depth == 1 && (reader.name() != u"item" || !reader.namespaceUri().isEmpty())) {
                *error = tr("<%1> where an <item> was expected").arg(reader.qualifiedName());
                return false;
            }
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            if (depth < 0)
                continue;
            break;
        case QXmlStreamReader::Characters:
            if (reader.isWhitespace() && depth <= 1)
                continue; // indentation between elements; the writer makes its own
            if (depth < 1) {
                *error = tr("text outside an <item>: “%1”").arg(reader.text().trimmed());
                return false;
            }
            break;
        default:
            break;
        }
        writer.writeCurrentToken(reader);
    }
    if (reader.hasError()) {
        *error = tr("%1 at line %2, column %3")
                     .arg(reader.errorString())
                     .arg(reader.lineNumber())
                     .arg(reader.columnNumber());
        return false;
    }
    return true;
}

} // namespace

QByteArray MerchantFeed::assemble(const QString& title, const QString& link, const QString& description,
                                  const QStringList& items, QString* error)
{
    QByteArray document;
    QXmlStreamWriter writer(&document);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    writer.writeStartElement(u"rss"_s);
    writer.writeNamespace(googleNamespace.toString(), u"g"_s);
    writer.writeAttribute(u"version"_s, u"2.0"_s);
    writer.writeStartElement(u"channel"_s);
    writer.writeTextElement(u"title"_s, title);
    writer.writeTextElement(u"link"_s, link);
    writer.writeTextElement(u"description"_s, description);
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString problem;
        if (!copyItems(items.at(i), writer, &problem)) {
            if (error)
                *error = tr("item %1: %2").arg(i + 1).arg(problem);
            return {};
        }
    }
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndDocument();
    return document;
}

} // namespace facet
