// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace facet {

// Writes Akeneo's CSV dialect: ";" between fields, LF line ends, UTF-8 without BOM; a field is quoted when
// it holds ";", a quote or a line break, with its quotes doubled.
class CsvWriter
{
public:
    static void appendRow(QByteArray& out, const QStringList& fields);
};

} // namespace facet
