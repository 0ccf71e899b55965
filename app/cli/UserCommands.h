// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Command.h"

// Declares a facetctl command class; the definitions live in the matching .cpp.
#define FACET_CLI_COMMAND(ClassName, words)                                                                  \
    class ClassName : public Command                                                                         \
    {                                                                                                        \
    public:                                                                                                  \
        using Command::Command;                                                                              \
        QString name() const override                                                                        \
        {                                                                                                    \
            return QStringLiteral(words);                                                                    \
        }                                                                                                    \
        QString summary() const override;                                                                    \
                                                                                                             \
    protected:                                                                                               \
        void describe(QCommandLineParser& parser) const override;                                            \
        int run(const QCommandLineParser& parser) override;                                                  \
    };

namespace facet::cli {

FACET_CLI_COMMAND(UsersAddCommand, "users add")
FACET_CLI_COMMAND(UsersListCommand, "users list")
FACET_CLI_COMMAND(UsersDisableCommand, "users disable")
FACET_CLI_COMMAND(UsersEnableCommand, "users enable")
FACET_CLI_COMMAND(UsersPasswdCommand, "users passwd")
FACET_CLI_COMMAND(RolesListCommand, "roles list")
FACET_CLI_COMMAND(RolesGrantCommand, "roles grant")
FACET_CLI_COMMAND(RolesRevokeCommand, "roles revoke")

} // namespace facet::cli
