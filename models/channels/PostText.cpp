// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/channels/PostText.h"

#include "models/channels/CodePoints.h"
#include "models/channels/Graphemes.h"

#include <QRegularExpression>
#include <QSet>

namespace facet {

namespace {

using namespace Qt::StringLiterals;

const QString kLinkedinReserved = u"\\|{}@[]()<>#*_~"_s;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

const QRegularExpression& hashtagPattern()
{
    // Not after a word character, '&' (an HTML entity), '#' or '/' (a URL fragment); at least one letter.
    static const QRegularExpression re(
        u"(?<![\\p{L}\\p{M}\\p{N}_&#/])[#\\x{FF03}](?=[\\p{L}\\p{M}\\p{N}_]*[\\p{L}\\p{M}])[\\p{L}\\p{M}\\p{N}_]+"_s);
    return re;
}

const QRegularExpression& linkedinMentionPattern()
{
    static const QRegularExpression re(u"@\\[[^\\[\\]\\\\]*\\]\\(urn:[^()\\s]+\\)"_s);
    return re;
}

const QRegularExpression& mentionPattern()
{
    static const QRegularExpression re(
        u"(?<![\\p{L}\\p{M}\\p{N}_.@])@[\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_.]*[\\p{L}\\p{N}_])?"_s);
    return re;
}

// Length (UTF-16) of a deliberate LinkedIn hashtag starting at `i`, or 0: '#' at the start or after a
// non-word character, then letters and digits with at least one letter.
qsizetype hashtagAt(const QString& text, qsizetype i)
{
    if (text.at(i) != u'#' || (i > 0 && (isWordChar(text.at(i - 1)) || text.at(i - 1) == u'\\')))
        return 0;
    qsizetype end = i + 1;
    bool letter = false;
    while (end < text.size() && isWordChar(text.at(end))) {
        letter = letter || !text.at(end).isDigit();
        ++end;
    }
    return letter ? end - i : 0;
}

qsizetype linkedinMentionAt(const QString& text, qsizetype i)
{
    if (text.at(i) != u'@')
        return 0;
    const QRegularExpressionMatch m = linkedinMentionPattern().match(
        text, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    return m.hasMatch() ? m.capturedLength() : 0;
}

} // namespace

QString PostText::smartTruncate(const QString& text, int maxCodePoints, const QString& ellipsis)
{
    if (codepoints::count(text) <= maxCodePoints)
        return text;
    const qsizetype room = maxCodePoints - codepoints::count(ellipsis);
    if (room <= 0)
        return ellipsis.left(codepoints::offsetOf(ellipsis, qMax(0, maxCodePoints)));
    const qsizetype hardCut = graphemes::boundaryAtOrBefore(text, codepoints::offsetOf(text, room));
    qsizetype cut = hardCut;
    const bool wordEndsAtCut = hardCut < text.size() && text.at(hardCut).isSpace();
    if (!wordEndsAtCut) {
        const qsizetype earliest = codepoints::offsetOf(text, room - room / 5);
        for (qsizetype i = hardCut - 1; i >= earliest && i > 0; --i) {
            if (text.at(i).isSpace()) {
                cut = i;
                break;
            }
        }
    }
    QStringView kept = QStringView(text).first(cut);
    while (!kept.isEmpty() && (kept.back().isSpace() || QStringView(u",;:").contains(kept.back())))
        kept.chop(1);
    return kept.toString() + ellipsis;
}

QString PostText::hashtag(const QString& phrase)
{
    const QString text = phrase.normalized(QString::NormalizationForm_C);
    QString tag;
    bool startOfWord = true;
    bool letter = false;
    for (codepoints::Iterator it(text); it.hasNext();) {
        const char32_t c = it.next();
        if (QChar::isLetterOrNumber(c) || QChar::isMark(c)) {
            const QString part = QString::fromUcs4(&c, 1);
            tag += startOfWord ? part.toUpper() : part;
            letter = letter || !QChar::isDigit(c);
            startOfWord = false;
        } else if (c != U'\'' && c != U'\u2019') { // "l'été" is one word
            startOfWord = true;
        }
    }
    return letter ? u"#"_s + tag : QString();
}

QStringList PostText::hashtagsFrom(const QStringList& phrases)
{
    QStringList tags;
    QSet<QString> seen;
    for (const QString& phrase : phrases) {
        const QString tag = hashtag(phrase);
        if (!tag.isEmpty() && !seen.contains(tag.toCaseFolded())) {
            seen.insert(tag.toCaseFolded());
            tags.append(tag);
        }
    }
    return tags;
}

QStringList PostText::hashtagsFrom(const QString& text)
{
    static const QRegularExpression separators(u"[,;\\n\\r]+"_s);
    return hashtagsFrom(text.split(separators, Qt::SkipEmptyParts));
}

int PostText::countHashtags(const QString& text)
{
    int n = 0;
    for (auto it = hashtagPattern().globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

int PostText::countMentions(const QString& text)
{
    int n = 0;
    for (auto it = linkedinMentionPattern().globalMatch(text); it.hasNext(); it.next())
        ++n;
    // The @[Name](urn:…) form is counted above; "@[" never matches the plain pattern.
    for (auto it = mentionPattern().globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

QString PostText::linkedinEscape(const QString& text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (qsizetype i = 0; i < text.size();) {
        if (const qsizetype n = linkedinMentionAt(text, i) + hashtagAt(text, i); n > 0) {
            out += QStringView(text).sliced(i, n);
            i += n;
            continue;
        }
        if (kLinkedinReserved.contains(text.at(i)))
            out += u'\\';
        out += text.at(i++);
    }
    return out;
}

QString PostText::linkedinUnescape(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\' && i + 1 < text.size() && kLinkedinReserved.contains(text.at(i + 1)))
            ++i;
        out += text.at(i);
    }
    return out;
}

qsizetype PostText::firstUnescapedLinkedinReserved(const QString& text)
{
    for (qsizetype i = 0; i < text.size();) {
        if (text.at(i) == u'\\' && i + 1 < text.size() && kLinkedinReserved.contains(text.at(i + 1))) {
            i += 2;
            continue;
        }
        if (const qsizetype n = linkedinMentionAt(text, i) + hashtagAt(text, i); n > 0) {
            i += n;
            continue;
        }
        if (kLinkedinReserved.contains(text.at(i)))
            return i;
        ++i;
    }
    return -1;
}

} // namespace facet
