#include "app/cli/Cli.h"
#include "models/storage/Workspace.h"
namespace facet { int runCli(const QStringList&) { return 0; } }
