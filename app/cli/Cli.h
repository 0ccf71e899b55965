#pragma once
#include <QStringList>
namespace facet { int runCli(const QStringList& arguments); }
