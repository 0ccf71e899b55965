// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/exchange/CsvWriter.h"

namespace facet {

void CsvWriter::appendRow(QByteArray& out, const QStringList& fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ';';
        const QByteArray utf8 = fields.at(i).toUtf8();
        if (utf8.contains(';') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
            out += '"';
            for (const char c : utf8) {
                if (c == '"')
                    out += '"';
                out += c;
            }
            out += '"';
        } else {
            out += utf8;
        }
    }
    out += '\n';
}

} // namespace facet
