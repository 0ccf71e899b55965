// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/publishing/CatalogPdf.h"

#include <QCoreApplication>
#include <memory>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

namespace facet {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::FolderPublication", text);
}

} // namespace

QByteArray CatalogPdf::merge(const QList<QByteArray>& documents, const QStringList& names, QString* error)
{
    qsizetype current = -1;
    try {
        QPDF catalog;
        catalog.emptyPDF();
        QPDFPageDocumentHelper pages(catalog);
        // Pages copied from a source keep referring to it until the catalog is written.
        std::vector<std::unique_ptr<QPDF>> sources;
        for (current = 0; current < documents.size(); ++current) {
            auto source = std::make_unique<QPDF>();
            source->setSuppressWarnings(true);
            const QByteArray name = names.value(current).toUtf8();
            source->processMemoryFile(name.constData(), documents.at(current).constData(),
                                      size_t(documents.at(current).size()));
            for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(*source).getAllPages())
                pages.addPage(page, false);
            sources.push_back(std::move(source));
        }
        current = -1;
        QPDFWriter writer(catalog);
        writer.setOutputMemory();
        writer.setDeterministicID(true);
        writer.write();
        const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char*>(buffer->getBuffer()), qsizetype(buffer->getSize()));
    } catch (const std::exception& e) {
        *error = current >= 0 ? tr("Cannot add %1 to the catalog: %2")
                                    .arg(names.value(current), QString::fromUtf8(e.what()))
                              : tr("Cannot write the catalog: %1").arg(QString::fromUtf8(e.what()));
        return {};
    }
}

} // namespace facet
