// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/UserCommands.h"

namespace facet::cli {

FACET_CLI_COMMAND(PublishCommand, "publish")
FACET_CLI_COMMAND(PublicationsListCommand, "publications list")
FACET_CLI_COMMAND(PublicationsShowCommand, "publications show")
FACET_CLI_COMMAND(PublicationsVerifyCommand, "publications verify")
FACET_CLI_COMMAND(PublicationsDeadLettersCommand, "publications dead-letters")
FACET_CLI_COMMAND(PublicationsRetryCommand, "publications retry")
FACET_CLI_COMMAND(TargetsListCommand, "targets list")
FACET_CLI_COMMAND(TargetsAddCommand, "targets add")
FACET_CLI_COMMAND(TargetsRemoveCommand, "targets remove")
FACET_CLI_COMMAND(TargetsTestCommand, "targets test")
FACET_CLI_COMMAND(SchedulesListCommand, "schedules list")
FACET_CLI_COMMAND(SchedulesAddCommand, "schedules add")
FACET_CLI_COMMAND(SchedulesRemoveCommand, "schedules remove")

} // namespace facet::cli
