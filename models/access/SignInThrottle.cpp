// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/access/SignInThrottle.h"

#include <algorithm>

namespace facet {

qint64 SignInThrottle::delaySeconds(int failures)
{
    if (failures < kFreeAttempts)
        return 0;
    const int exponent = failures - kFreeAttempts;
    // 2^10 s is already past the cap; larger shifts would overflow.
    if (exponent >= 10)
        return kMaxDelaySeconds;
    return std::min<qint64>(qint64(1) << exponent, kMaxDelaySeconds);
}

QDateTime SignInThrottle::allowedFrom(int failures, const QDateTime& lastFailure)
{
    const qint64 delay = delaySeconds(failures);
    if (delay == 0 || !lastFailure.isValid())
        return {};
    return lastFailure.addSecs(delay);
}

bool SignInThrottle::isThrottled(int failures, const QDateTime& lastFailure, const QDateTime& now)
{
    const QDateTime from = allowedFrom(failures, lastFailure);
    return from.isValid() && now < from;
}

} // namespace facet
