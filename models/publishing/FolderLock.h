// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Status.h"

#include <QLockFile>

namespace facet {

// Serialises publications and recoveries of one folder target, also across processes; a lock left by a
// killed process is taken over because its owner no longer runs.
class FolderLock
{
public:
    explicit FolderLock(const QString& root);
    Status acquire();

private:
    QLockFile m_lock;
};

} // namespace facet
