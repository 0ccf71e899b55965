// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace facet {

// A remark on one revision, shown in review threaded by revision.
struct RevisionComment
{
    qint64 id = 0;
    QString sku;
    QString revisionHash;
    QString user;
    QString text;
    QString at;
};

} // namespace facet
