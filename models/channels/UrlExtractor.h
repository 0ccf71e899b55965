// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace facet {

// A URL found in a post, as X finds it: [start, end) in UTF-16 units.
struct ExtractedUrl
{
    QString url;
    qsizetype start = 0;
    qsizetype end = 0;

    bool operator==(const ExtractedUrl&) const = default;
};

// Finds URLs the way twitter-text (v3) does, so a post's weighted length matches X's: with or without
// http(s)://, the host ending in a known top-level domain, paths with balanced parentheses, no trailing
// punctuation, t.co links cut after their slug, hosts with a label over 63 characters (after Punycode)
// rejected. Behaviour checked against twitter-text's conformance data (extract.json, validate.json).
class UrlExtractor
{
public:
    explicit UrlExtractor(const QStringList& topLevelDomains);
    // With TopLevelDomains::system(), built once.
    static const UrlExtractor& system();

    QList<ExtractedUrl> extract(const QString& text) const;

private:
    bool isValidUrl(const QString& url, qsizetype protocolLength, const QString& domain) const;

    QRegularExpression m_url;
    QRegularExpression m_asciiDomain;
    QRegularExpression m_tco;
};

} // namespace facet
