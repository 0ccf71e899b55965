// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/demo/DemoWorkspace.h"
#include "models/storage/Workspace.h"

#include <memory>

namespace facet::test {

// A new workspace file at `path` holding the demo catalog, products, users and workflow; null, with the
// reason in *error, when it cannot be made. Signed in as `user` (the admin by default), so tests may write.
inline std::unique_ptr<Workspace> createDemoWorkspace(const QString& path, QString* error,
                                                      const QString& user = QStringLiteral("ada"))
{
    Status status;
    auto workspace = Workspace::open(path, Workspace::OpenMode::Create, &status);
    if (workspace && status.isOk())
        status = DemoWorkspace::populate(*workspace);
    if (workspace && status.isOk() && !user.isEmpty())
        status = workspace->signIn(user, DemoWorkspace::password());
    if (!workspace || !status.isOk()) {
        *error = status.message();
        return nullptr;
    }
    return workspace;
}

} // namespace facet::test
