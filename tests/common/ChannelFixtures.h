// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tests/common/FindingList.h"

#include <QFile>
#include <QString>

#ifndef FACET_CHANNEL_FIXTURES
#error "the test target defines FACET_CHANNEL_FIXTURES (tests/models/CMakeLists.txt)"
#endif

namespace facet::test {

// A hand-written document from tests/models/channels; a test without its fixture cannot say anything.
inline QString fixture(const QString& name)
{
    QFile file(QStringLiteral(FACET_CHANNEL_FIXTURES "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

// The fixture with one passage changed; a passage the fixture lacks would make the test check nothing.
inline QString replaced(QString text, const QString& before, const QString& after)
{
    if (!text.contains(before))
        qFatal("fixture does not contain %s", qPrintable(before));
    return text.replace(before, after);
}

} // namespace facet::test
