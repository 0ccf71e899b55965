// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace facet {

// An immutable snapshot of a record's values, named by the SHA-256 of its canonical form.
struct Revision
{
    qint64 id = 0;
    QString sku;
    QString hash;
    QByteArray content; // the canonical JSON the hash was computed over
    QString author;
    QString createdAt;
};

} // namespace facet
