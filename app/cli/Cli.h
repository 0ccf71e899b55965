// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIODevice>
#include <QStringList>
#include <QTextStream>

namespace facet::cli {

// facetctl's exit codes, as documented in --help and the README.
enum ExitCode { Done = 0, UserError = 1, InternalFailure = 2 };

// Runs one facetctl command line (arguments[0] is the program name). Output goes to `out`, errors to `err`;
// commands that read text take it from standard input.
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
// The same with the input given, for tests and callers that pipe text in.
int run(const QStringList& arguments, QIODevice& in, QTextStream& out, QTextStream& err);

} // namespace facet::cli
