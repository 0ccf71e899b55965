// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace facet {

// A mail address with an optional display name; the address itself must be ASCII.
struct Mailbox
{
    QString name;
    QString address;
};

// What the email channel's templates produced for one record, plus the envelope a campaign adds.
struct EmailMessage
{
    Mailbox from;
    Mailbox to;
    QString subject;
    QString preheader; // already the first text of the HTML body; kept here for the rule checks
    QString html;
    QString text;
    QString unsubscribeUrl;    // HTTPS, one-click (RFC 8058)
    QString unsubscribeMailto; // optional, "mailto:…"
    QDateTime date;
    QString messageIdDomain;
    QString messageId; // local part; a random one when empty
};

} // namespace facet
