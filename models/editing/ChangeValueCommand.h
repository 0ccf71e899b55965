// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/record/ValueKey.h"

#include <QJsonValue>
#include <QUndoCommand>

namespace facet {

class RecordDocument;

// One edit of one value of the record being edited. Consecutive edits of the same value within one typing
// session merge, so a word typed letter by letter is undone in one step.
class ChangeValueCommand : public QUndoCommand
{
public:
    // A session of -1 never merges: toggles and picks are steps of their own.
    ChangeValueCommand(RecordDocument* document, const ValueKey& key, const QJsonValue& oldValue,
                       const QJsonValue& newValue, int mergeSession, QUndoCommand* parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

    const ValueKey& key() const { return m_key; }

private:
    void updateText();

    RecordDocument* m_document;
    ValueKey m_key;
    QJsonValue m_oldValue;
    QJsonValue m_newValue;
    int m_mergeSession;
};

} // namespace facet
