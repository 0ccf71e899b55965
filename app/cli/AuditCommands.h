// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/UserCommands.h"

namespace facet::cli {

FACET_CLI_COMMAND(AuditListCommand, "audit list")
FACET_CLI_COMMAND(AuditVerifyCommand, "audit verify")

} // namespace facet::cli
