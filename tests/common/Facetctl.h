// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/cli/Cli.h"

#include <QStringList>
#include <QTextStream>

namespace facet::test {

// One facetctl command line run in-process, as a user would type it.
struct CliResult
{
    int code = 0;
    QString out;
    QString err;
};

inline CliResult facetctl(const QStringList& args)
{
    CliResult r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.code = cli::run(QStringList{QStringLiteral("facetctl")} + args, out, err);
    out.flush();
    err.flush();
    return r;
}

} // namespace facet::test
