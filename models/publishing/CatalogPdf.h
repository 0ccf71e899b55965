// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace facet {

// A print catalog: the pages of every product's PDF, in order, in one document (merged with qpdf, which
// copies the pages with their fonts and images instead of re-rendering them).
class CatalogPdf
{
public:
    // The merged document; empty with *error naming the input that could not be read. The output is the
    // same for the same inputs, so an unchanged catalog is recognised by its checksum.
    static QByteArray merge(const QList<QByteArray>& documents, const QStringList& names, QString* error);
};

} // namespace facet
