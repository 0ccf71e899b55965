// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/rendering/Finding.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace facet {

// One named output of a channel's rendering: a template's result (e.g. an email's "subject") or a document
// assembled from them (the email's "eml", the push "apns" payload, the print "pdf").
struct RenderedPart
{
    QString name;
    QString mediaType; // "text/plain", "text/html", "application/json", "application/xml", "application/pdf"
    QByteArray content; // UTF-8 for text parts

    QString text() const { return QString::fromUtf8(content); }
};

// The output of one channel's templates for one record (revision) and one locale, with the channel's rule
// checks on it. A rendering with an error has no parts: it fails whole, never half-written.
struct Rendering
{
    QString sku;
    QString channel;
    QString kind;
    QString locale;
    QString revisionHash;    // content hash of the record rendered
    QString templateVersion; // e.g. "html@3 subject@1 ..." of the templates used
    QList<RenderedPart> parts;
    QList<Finding> findings;
    // The kind's counters, for previews and reports. Keys per kind:
    //   sms: encoding ("GSM-7"/"UCS-2"), segments, max_segments, units, capacity (units the segments
    //        hold), characters
    //   x: weighted_length, max_weighted_length, valid
    //   push: apns_bytes, fcm_bytes, max_payload_bytes, title_length, body_length
    //   instagram, linkedin, text: length, max_length, hashtags, max_hashtags
    //   email: html_bytes, clip_bytes, subject_length, preheader_length
    //   web: html_bytes; print: pages; feed: items
    QVariantMap measures;
    QString error; // names the template, line and problem when rendering failed

    bool ok() const { return error.isEmpty(); }
    const RenderedPart* part(const QString& name) const
    {
        for (const RenderedPart& p : parts)
            if (p.name == name)
                return &p;
        return nullptr;
    }
    QString text(const QString& name) const
    {
        const RenderedPart* p = part(name);
        return p ? p->text() : QString();
    }
};

} // namespace facet
