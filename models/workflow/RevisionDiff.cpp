// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workflow/RevisionDiff.h"

#include "models/catalog/Catalog.h"
#include "models/record/RichText.h"

#include <QJsonDocument>
#include <QSet>
#include <dtl/dtl.hpp>
#include <vector>

namespace facet {

namespace {

// Words, runs of spaces and single other characters (punctuation) are tokens of their own, so a changed
// comma does not mark its whole word.
std::vector<QString> tokens(const QString& text)
{
    std::vector<QString> result;
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        qsizetype j = i + 1;
        if (c.isLetterOrNumber()) {
            while (j < text.size() && (text.at(j).isLetterOrNumber() || text.at(j).isMark()))
                ++j;
        } else if (c.isSpace()) {
            while (j < text.size() && text.at(j).isSpace())
                ++j;
        } else if (c.isHighSurrogate() && j < text.size()) {
            ++j;
        }
        result.push_back(text.mid(i, j - i));
        i = j;
    }
    return result;
}

void append(QList<DiffSpan>& spans, DiffSpan::Kind kind, const QString& text)
{
    if (!spans.isEmpty() && spans.last().kind == kind)
        spans.last().text += text;
    else
        spans << DiffSpan{kind, text};
}

QString comparableText(const QJsonValue& value, bool richText)
{
    if (!value.isString())
        return {};
    return richText ? RichText::toPlainText(value.toString()) : value.toString();
}

} // namespace

QList<DiffSpan> RevisionDiff::words(const QString& before, const QString& after)
{
    const std::vector<QString> a = tokens(before);
    const std::vector<QString> b = tokens(after);
    dtl::Diff<QString, std::vector<QString>> diff(a, b);
    diff.compose();
    QList<DiffSpan> spans;
    // Removed words go before the added ones that replace them, as readers expect.
    QList<DiffSpan> removed;
    QList<DiffSpan> added;
    auto flush = [&] {
        for (const DiffSpan& s : std::as_const(removed))
            append(spans, s.kind, s.text);
        for (const DiffSpan& s : std::as_const(added))
            append(spans, s.kind, s.text);
        removed.clear();
        added.clear();
    };
    for (const auto& [token, info] : diff.getSes().getSequence()) {
        switch (info.type) {
        case dtl::SES_COMMON:
            flush();
            append(spans, DiffSpan::Kind::Same, token);
            break;
        case dtl::SES_DELETE:
            append(removed, DiffSpan::Kind::Removed, token);
            break;
        case dtl::SES_ADD:
            append(added, DiffSpan::Kind::Added, token);
            break;
        }
    }
    flush();
    return spans;
}

RevisionDiff RevisionDiff::compare(const MasterRecord& before, const MasterRecord& after,
                                   const Catalog* catalog)
{
    RevisionDiff d;
    d.familyBefore = before.family;
    d.familyAfter = after.family;
    const QSet<QString> catsBefore(before.categories.cbegin(), before.categories.cend());
    const QSet<QString> catsAfter(after.categories.cbegin(), after.categories.cend());
    for (const QString& c : after.categories)
        if (!catsBefore.contains(c))
            d.categoriesAdded << c;
    for (const QString& c : before.categories)
        if (!catsAfter.contains(c))
            d.categoriesRemoved << c;
    d.categoriesAdded.sort();
    d.categoriesRemoved.sort();

    auto isText = [catalog](const ValueKey& key, const QJsonValue& a, const QJsonValue& b, bool* rich) {
        *rich = false;
        if (catalog) {
            const Attribute* attribute = catalog->attribute(key.attribute);
            if (attribute && attribute->type == AttributeType::RichText) {
                *rich = true;
                return true;
            }
            if (attribute && attribute->type != AttributeType::Text &&
                attribute->type != AttributeType::Identifier)
                return false;
        }
        return (a.isString() || a.isUndefined() || a.isNull()) &&
               (b.isString() || b.isUndefined() || b.isNull());
    };

    // Both maps are sorted by key: walk them together.
    auto i = before.values.cbegin();
    auto j = after.values.cbegin();
    while (i != before.values.cend() || j != after.values.cend()) {
        FieldChange change;
        if (j == after.values.cend() || (i != before.values.cend() && i.key() < j.key())) {
            change = FieldChange{FieldChange::Kind::Removed, i.key(), i.value(), QJsonValue(), {}};
            ++i;
        } else if (i == before.values.cend() || j.key() < i.key()) {
            change = FieldChange{FieldChange::Kind::Added, j.key(), QJsonValue(), j.value(), {}};
            ++j;
        } else {
            if (i.value() == j.value()) {
                ++i;
                ++j;
                continue;
            }
            change = FieldChange{FieldChange::Kind::Changed, i.key(), i.value(), j.value(), {}};
            ++i;
            ++j;
        }
        bool rich = false;
        if (isText(change.key, change.before, change.after, &rich))
            change.spans = words(comparableText(change.before, rich), comparableText(change.after, rich));
        d.changes << change;
    }
    return d;
}

} // namespace facet
