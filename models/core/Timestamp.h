// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace facet {

// The moment as every table stores it: UTC, ISO 8601 with milliseconds, so text order is time order.
inline QString utcTimestamp()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace facet
