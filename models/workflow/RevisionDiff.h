// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/record/MasterRecord.h"
#include "models/record/ValueKey.h"

#include <QJsonValue>
#include <QList>
#include <QStringList>

namespace facet {

class Catalog;

// A run of words that is the same on both sides, or only on one.
struct DiffSpan
{
    enum class Kind { Same, Added, Removed };
    Kind kind = Kind::Same;
    QString text;
    friend bool operator==(const DiffSpan&, const DiffSpan&) = default;
};

// One value that differs between two revisions.
struct FieldChange
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    ValueKey key;
    QJsonValue before;
    QJsonValue after;
    // For text and rich text (compared as plain text): the words of both sides in order, marked.
    // Empty for other types.
    QList<DiffSpan> spans;
};

// What changed between two revisions of a record, field by field (attribute, locale, channel) and word by
// word inside text.
class RevisionDiff
{
public:
    QString familyBefore;
    QString familyAfter;
    QStringList categoriesAdded;
    QStringList categoriesRemoved;
    QList<FieldChange> changes; // in value key order

    bool isEmpty() const
    {
        return familyBefore == familyAfter && categoriesAdded.isEmpty() && categoriesRemoved.isEmpty() &&
               changes.isEmpty();
    }

    // `catalog` tells rich text (compared without its markup) from plain text; without it every string is
    // compared as it is.
    static RevisionDiff compare(const MasterRecord& before, const MasterRecord& after,
                                const Catalog* catalog = nullptr);
    // Word-level difference of two texts; spaces and punctuation are tokens of their own, so joining the
    // Same and Removed spans gives `before` back, the Same and Added ones `after`.
    static QList<DiffSpan> words(const QString& before, const QString& after);
};

} // namespace facet
