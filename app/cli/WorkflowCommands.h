// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/UserCommands.h"

namespace facet::cli {

FACET_CLI_COMMAND(SubmitCommand, "submit")
FACET_CLI_COMMAND(ApproveCommand, "approve")
FACET_CLI_COMMAND(SendBackCommand, "send-back")
FACET_CLI_COMMAND(HistoryCommand, "history")
FACET_CLI_COMMAND(DiffCommand, "diff")
FACET_CLI_COMMAND(EffectiveCommand, "effective")
FACET_CLI_COMMAND(TasksCommand, "tasks")

} // namespace facet::cli
