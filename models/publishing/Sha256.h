// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace facet {

// SHA-256 with the processor's SHA instructions where it has them: a folder publication hashes whole feeds
// and indexes of megabytes on every run, and QCryptographicHash computes SHA-256 in portable code, several
// times slower. Elsewhere it is QCryptographicHash; the digests are the same.
class Sha256
{
public:
    static QByteArray hash(QByteArrayView data); // 32 bytes
    static bool accelerated();
};

} // namespace facet
