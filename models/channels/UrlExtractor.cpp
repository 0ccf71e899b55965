// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/channels/UrlExtractor.h"

#include "models/channels/Punycode.h"
#include "models/channels/TopLevelDomains.h"

namespace facet {

namespace {

using namespace Qt::StringLiterals;

// The character sets of twitter-text's regular expressions, in PCRE syntax.
const QString kInvalid = QStringLiteral("\\x{FFFE}\\x{FEFF}\\x{FFFF}");
const QString kDirectional =
    QStringLiteral("\\x{202A}-\\x{202E}\\x{061C}\\x{200E}\\x{200F}\\x{2066}-\\x{2069}");
const QString kSpaces =
    QStringLiteral("\\x{09}-\\x{0D}\\x{20}\\x{85}\\x{A0}\\x{1680}\\x{180E}\\x{2000}-\\x{200A}"
                   "\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}");
// ASCII punctuation except '"', '`', '-' and '_' (the last two are added where a label may not hold them).
const QString kPunct = QStringLiteral("!'#%&()*+,\\\\./:;<=>?@\\[\\]\\^{|}~$");
const QString kLatinAccents = QStringLiteral(
    "\\x{C0}-\\x{D6}\\x{D8}-\\x{F6}\\x{F8}-\\x{FF}\\x{100}-\\x{24F}\\x{253}\\x{254}\\x{256}\\x{257}"
    "\\x{259}\\x{25B}\\x{263}\\x{268}\\x{26F}\\x{272}\\x{289}\\x{28B}\\x{2BB}\\x{300}-\\x{36F}"
    "\\x{1E00}-\\x{1EFF}");
const QString kCyrillic = QStringLiteral("\\x{400}-\\x{4FF}");
const QString kQueryChars = QStringLiteral("[a-z0-9!?*'@();:&=+$/%#\\[\\]\\-_.,~|]");
const QString kQueryEnd = QStringLiteral("[a-z0-9\\-_&=#/]");
constexpr qsizetype kMaxUrlLength = 4096;
constexpr qsizetype kMaxLabelLength = 63;
constexpr qsizetype kMaxTcoSlugLength = 40;

// Patterns are joined with + rather than QString::arg(): their "%" characters would read as placeholders.
QString tldPattern(const QStringList& domains)
{
    QStringList escaped;
    escaped.reserve(domains.size());
    for (const QString& d : domains)
        escaped.append(QRegularExpression::escape(d));
    // A TLD must end the host: no letter, digit, @, + or - may follow it.
    return u"(?:(?:"_s + escaped.join(u'|') + u")(?=[^0-9a-z@+\\-]|\\z))"_s;
}

const QString kPunycode = u"(?:xn--[\\-0-9a-z]+)"_s;

QString urlPattern(const QString& tld)
{
    const QString excluded = kPunct + kSpaces + kInvalid + kDirectional;
    const QString domainChar = u"[^"_s + excluded + u"_\\-]"_s;
    // Inside a label: a subdomain label may hold '-' and '_', the registered name only '-'. Written as one
    // character class, not twitter-text's (?:[_-]|char)*, so PCRE backtracks by character without a stack
    // frame per repetition (a 12,000-character label stays cheap).
    const QString subdomainChars = u"[^"_s + excluded + u"]"_s;
    const QString nameChars = u"[^"_s + excluded + u"_]"_s;
    const QString subdomain = u"(?:(?:"_s + domainChar + subdomainChars + u"*)?"_s + domainChar + u"\\.)"_s;
    const QString domainName = u"(?:(?:"_s + domainChar + nameChars + u"*)?"_s + domainChar + u"\\.)"_s;
    const QString domain =
        u"(?:"_s + subdomain + u"*"_s + domainName + u"(?:"_s + tld + u"|"_s + kPunycode + u"))"_s;

    const QString pathChar =
        u"[a-z"_s + kCyrillic + u"0-9!*';:=+,.$/%#\\[\\]\\-\\x{2013}_~@|&"_s + kLatinAccents + u"]"_s;
    // Up to two levels of balanced parentheses, as in /wiki/Primer_(film).
    const QString parens = u"\\((?:"_s + pathChar + u"+|(?:"_s + pathChar + u"*\\("_s + pathChar + u"+\\)"_s +
                           pathChar + u"*))\\)"_s;
    const QString pathEnd =
        u"(?:[+\\-a-z"_s + kCyrillic + u"0-9=_#/"_s + kLatinAccents + u"]|(?:"_s + parens + u"))"_s;
    const QString path = u"(?:(?:"_s + pathChar + u"*(?:"_s + parens + pathChar + u"*)*"_s + pathEnd +
                         u")|(?:@"_s + pathChar + u"+/))"_s;
    const QString preceding =
        u"(?:[^a-z0-9@\\x{FF20}$#\\x{FF03}"_s + kInvalid + u"]|["_s + kDirectional + u"]|\\A)"_s;
    // 1 preceding character, 2 URL, 3 protocol, 4 domain, 5 port, 6 path, 7 query
    return u"("_s + preceding + u")((https?://)?("_s + domain + u")(?::([0-9]+))?(/"_s + path + u"*)?(\\?"_s +
           kQueryChars + u"*"_s + kQueryEnd + u")?)"_s;
}

} // namespace

UrlExtractor::UrlExtractor(const QStringList& topLevelDomains)
{
    const QString tld = tldPattern(topLevelDomains);
    const auto options = QRegularExpression::CaseInsensitiveOption;
    m_url = QRegularExpression(urlPattern(tld), options);
    m_asciiDomain = QRegularExpression(u"(?:(?:[\\-a-z0-9"_s + kLatinAccents + u"]+)\\.)+(?:"_s + tld +
                                           u"|"_s + kPunycode + u")"_s,
                                       options);
    m_tco = QRegularExpression(
        u"\\Ahttps?://t\\.co/([a-z0-9]+)(?:\\?"_s + kQueryChars + u"*"_s + kQueryEnd + u")?"_s, options);
    for (const QRegularExpression* re : {&m_url, &m_asciiDomain, &m_tco})
        if (!re->isValid())
            qWarning("UrlExtractor: %s at %lld", qPrintable(re->errorString()),
                     qlonglong(re->patternErrorOffset()));
}

const UrlExtractor& UrlExtractor::system()
{
    static const UrlExtractor extractor(TopLevelDomains::system());
    return extractor;
}

bool UrlExtractor::isValidUrl(const QString& url, qsizetype protocolLength, const QString& domain) const
{
    // An "xn--" host must be ASCII throughout.
    if (domain.startsWith(QStringLiteral("xn--")) && !m_asciiDomain.match(domain).hasMatch())
        return false;
    for (const QString& label : domain.split(u'.')) {
        const qsizetype length = punycode::toAscii(label).size();
        if (length < 1 || length > kMaxLabelLength)
            return false;
    }
    return protocolLength + url.size() <= kMaxUrlLength;
}

QList<ExtractedUrl> UrlExtractor::extract(const QString& text) const
{
    QList<ExtractedUrl> urls;
    if (!text.contains(u'.'))
        return urls;
    for (auto it = m_url.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString before = m.captured(1);
        QString url = m.captured(2);
        const QString protocol = m.captured(3);
        const QString domain = m.captured(4);
        const bool hasPath = !m.captured(6).isEmpty();
        const qsizetype start = m.capturedStart(2);
        qsizetype end = m.capturedEnd(2);
        // Without a protocol twitter-text assumes https:// for the length limit.
        if (!isValidUrl(url, protocol.isEmpty() ? 8 : protocol.size(), domain))
            continue;
        if (protocol.isEmpty()) {
            // "foo-bar.com" after "-", "_", "." or "/" is part of something else (a file name, a path).
            if (!before.isEmpty() && QStringLiteral("-_./").contains(before.back()))
                continue;
            // Only the ASCII host names inside the match count ("これはexample.com" → "example.com").
            qsizetype last = -1;
            for (auto ascii = m_asciiDomain.globalMatch(domain); ascii.hasNext();) {
                const QRegularExpressionMatch a = ascii.next();
                urls.append({a.captured(), start + a.capturedStart(), start + a.capturedEnd()});
                last = urls.size() - 1;
            }
            if (last < 0)
                continue;
            if (hasPath) {
                urls[last].url += url.mid(domain.size());
                urls[last].end = end;
            }
        } else {
            // A t.co link ends after its slug (and query): "http://t.co/abc's" is "http://t.co/abc".
            const QRegularExpressionMatch tco = m_tco.match(url);
            if (tco.hasMatch()) {
                if (tco.captured(1).size() > kMaxTcoSlugLength)
                    continue;
                url = tco.captured(0);
                end = start + url.size();
            }
            urls.append({url, start, end});
        }
    }
    return urls;
}

} // namespace facet
