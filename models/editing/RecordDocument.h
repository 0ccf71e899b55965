// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Status.h"
#include "models/record/Completeness.h"
#include "models/record/MasterRecord.h"
#include "models/record/Validator.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>

class QUndoStack;

namespace facet {

class Catalog;
class Workspace;

// The master record being edited: an unsaved draft of one product with its undo history. The editor widgets
// read and write values only through it, so everything they do can be tested without a window.
class RecordDocument : public QObject
{
    Q_OBJECT

public:
    enum class Merge { Typing, Never };

    explicit RecordDocument(Workspace* workspace, QObject* parent = nullptr);
    ~RecordDocument() override;

    Workspace* workspace() const;
    // Clears the draft; the undo stack object stays, so actions built on it stay valid.
    void setWorkspace(Workspace* workspace);
    // Null when no workspace is set; the catalog of the workspace otherwise.
    const Catalog* catalog() const;

    // Replaces the draft with the saved record and forgets the undo history.
    Status load(const QString& sku);
    void clear();
    bool isLoaded() const { return m_loaded; }
    QString sku() const { return m_record.sku; }
    const MasterRecord& record() const { return m_record; }

    QJsonValue value(const ValueKey& key) const { return m_record.value(key); }
    // Pushes an undoable change; does nothing when the value is already there. Typing merges with the
    // previous change of the same value until endTyping().
    void setValue(const ValueKey& key, const QJsonValue& value, Merge merge = Merge::Typing);
    // The next change starts a new undo step even if it edits the same value (focus left the field).
    void endTyping();

    // Validates and writes the draft; on success the current state becomes the clean one.
    Status save();
    bool isModified() const;
    QUndoStack* undoStack() const { return m_undoStack; }

    // Computed from the unsaved draft, so it follows every keystroke.
    const QList<Completeness>& completeness() const { return m_completeness; }
    QList<ValidationError> validationErrors() const;

Q_SIGNALS:
    void loaded();
    void valueChanged(const facet::ValueKey& key);
    void modifiedChanged(bool modified);
    void completenessChanged();
    void saved(const QString& sku);

private:
    friend class ChangeValueCommand;
    // The only place the draft changes; called by ChangeValueCommand::redo()/undo().
    void applyValue(const ValueKey& key, const QJsonValue& value);
    void updateCompleteness();

    QPointer<Workspace> m_workspace;
    QUndoStack* m_undoStack;
    MasterRecord m_record;
    QList<Completeness> m_completeness;
    bool m_loaded = false;
    int m_typingSession = 0;
};

} // namespace facet
