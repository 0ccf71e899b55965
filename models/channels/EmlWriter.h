// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/channels/EmailMessage.h"

#include <QByteArray>
#include <QList>

namespace facet {

// Builds the RFC 5322 bytes of a marketing email: CRLF line ends, 7-bit, lines folded at 78 characters (only
// an unsubscribe URL longer than that makes a longer line, never over 998), RFC 2047
// encoded-words for non-ASCII subjects and display names, multipart/alternative with the plain text first
// and the HTML last (both quoted-printable UTF-8), and RFC 8058 one-click unsubscribe headers.
class EmlWriter
{
public:
    // The .eml bytes, or empty with *error set when the message cannot be sent as given.
    static QByteArray write(const EmailMessage& message, QString* error = nullptr);

    // The pieces, public for their own tests.
    static QByteArray quotedPrintable(const QByteArray& utf8);
    // RFC 2047 "B" encoded-words of at most 64 characters, never splitting a character.
    static QList<QByteArray> encodedWords(const QString& text);
    static QByteArray rfc5322Date(const QDateTime& date);
};

} // namespace facet
