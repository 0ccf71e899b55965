// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/rendering/Finding.h"

#include <QByteArray>

namespace facet {

// The PDF/A-1b clauses that can be checked in-process on the data sheet's bytes (CHANNEL-RULES §6b): PDF 1.4
// syntax (classic xref table, no object or xref streams), at least one page, pdfaid part 1 conformance B
// in the XMP, an output intent, fonts embedded, no transparency, no encryption or actions, a trailer /ID.
// Not a validator: veraPDF is the only full one and is not available offline.
class PrintRules
{
public:
    QList<Finding> check(const QByteArray& pdf) const;

    // The /Count of the page tree's root, or -1 if the PDF cannot be read.
    static int pageCount(const QByteArray& pdf);
};

} // namespace facet
