// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace facet {

// Slows down password guessing per user: after kFreeAttempts consecutive failures, every further attempt
// waits min(2^(n - kFreeAttempts) s, 15 min) after the last failure. A success resets the count.
class SignInThrottle
{
public:
    static constexpr int kFreeAttempts = 5;
    static constexpr qint64 kMaxDelaySeconds = 15 * 60;

    // Seconds to wait after the last of `failures` consecutive failures; 0 below kFreeAttempts.
    static qint64 delaySeconds(int failures);
    // When the next attempt is allowed; invalid when it is allowed at once.
    static QDateTime allowedFrom(int failures, const QDateTime& lastFailure);
    static bool isThrottled(int failures, const QDateTime& lastFailure, const QDateTime& now);
};

} // namespace facet
