// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/editing/RecordDocument.h"

#include "models/catalog/Attribute.h"
#include "models/editing/ChangeValueCommand.h"
#include "models/storage/Workspace.h"

#include <QUndoStack>

namespace facet {

RecordDocument::RecordDocument(Workspace* workspace, QObject* parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    setWorkspace(workspace);
}

RecordDocument::~RecordDocument()
{
    // ~QUndoStack clears itself and announces cleanChanged, which would reach this half-destroyed object.
    m_undoStack->blockSignals(true);
    m_undoStack->clear();
}

Workspace* RecordDocument::workspace() const
{
    return m_workspace;
}

void RecordDocument::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        m_workspace->disconnect(this);
    clear();
    m_workspace = workspace;
    // New requirements change what is missing even though the draft did not change.
    if (m_workspace)
        connect(m_workspace, &Workspace::structureChanged, this, &RecordDocument::updateCompleteness);
}

const Catalog* RecordDocument::catalog() const
{
    return m_workspace ? &m_workspace->catalog() : nullptr;
}

Status RecordDocument::load(const QString& sku)
{
    if (!m_workspace)
        return Status::internal(tr("no workspace is open"));
    Status status;
    std::optional<MasterRecord> record = m_workspace->record(sku, &status);
    if (!record)
        return status.isOk() ? Status::invalid(tr("there is no product with the SKU “%1”").arg(sku)) : status;
    m_record = *record;
    m_loaded = true;
    m_undoStack->clear();
    m_undoStack->setClean();
    ++m_typingSession;
    updateCompleteness();
    Q_EMIT loaded();
    return Status::ok();
}

void RecordDocument::clear()
{
    m_record = {};
    m_loaded = false;
    m_undoStack->clear();
    ++m_typingSession;
    updateCompleteness();
    Q_EMIT loaded();
}

void RecordDocument::setValue(const ValueKey& key, const QJsonValue& value, Merge merge)
{
    if (!m_loaded)
        return;
    const QJsonValue old = m_record.value(key);
    const bool bothEmpty = Attribute::isEmptyValue(old) && Attribute::isEmptyValue(value);
    if (bothEmpty || old == value)
        return;
    const int session = merge == Merge::Typing ? m_typingSession : -1;
    m_undoStack->push(new ChangeValueCommand(this, key, old, value, session));
}

void RecordDocument::endTyping()
{
    ++m_typingSession;
}

Status RecordDocument::save()
{
    if (!m_workspace || !m_loaded)
        return Status::internal(tr("no product is open"));
    if (Status s = m_workspace->saveRecord(m_record); !s)
        return s;
    m_undoStack->setClean();
    ++m_typingSession; // typing after a save must not merge into the saved step
    Q_EMIT saved(m_record.sku);
    return Status::ok();
}

bool RecordDocument::isModified() const
{
    return !m_undoStack->isClean();
}

QList<ValidationError> RecordDocument::validationErrors() const
{
    if (!m_workspace || !m_loaded)
        return {};
    return m_workspace->validate(m_record);
}

void RecordDocument::applyValue(const ValueKey& key, const QJsonValue& value)
{
    m_record.setValue(key, value);
    Q_EMIT valueChanged(key);
    updateCompleteness();
}

void RecordDocument::updateCompleteness()
{
    m_completeness = m_workspace && m_loaded ? Completeness::compute(m_workspace->catalog(), m_record)
                                             : QList<Completeness>();
    Q_EMIT completenessChanged();
}

} // namespace facet
