// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStringList>

namespace facet {

// A filter over the audit log; empty fields do not filter. Newest entries first.
struct AuditQuery
{
    QString user;
    QString subject;
    QStringList kinds;
    QDateTime from; // inclusive
    QDateTime to;   // exclusive
    int limit = 500;
    int offset = 0;
};

} // namespace facet
