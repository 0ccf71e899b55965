// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/editing/ChangeValueCommand.h"

#include "models/catalog/Attribute.h"
#include "models/editing/RecordDocument.h"

#include <QCoreApplication>

namespace facet {

namespace {
constexpr int ChangeValueId = 0x46430001; // "FC" + 1: unique among Facet's undo commands

// Empty values are removed from a record, so "cleared" and "never set" must compare equal here too.
bool sameValue(const QJsonValue& a, const QJsonValue& b)
{
    if (Attribute::isEmptyValue(a) || Attribute::isEmptyValue(b))
        return Attribute::isEmptyValue(a) && Attribute::isEmptyValue(b);
    return a == b;
}
} // namespace

ChangeValueCommand::ChangeValueCommand(RecordDocument* document, const ValueKey& key,
                                       const QJsonValue& oldValue, const QJsonValue& newValue,
                                       int mergeSession, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_key(key)
    , m_oldValue(oldValue)
    , m_newValue(newValue)
    , m_mergeSession(mergeSession)
{
    updateText();
}

void ChangeValueCommand::undo()
{
    m_document->applyValue(m_key, m_oldValue);
}

void ChangeValueCommand::redo()
{
    m_document->applyValue(m_key, m_newValue);
}

int ChangeValueCommand::id() const
{
    return ChangeValueId;
}

bool ChangeValueCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ChangeValueCommand*>(other);
    if (m_mergeSession < 0 || next->m_mergeSession != m_mergeSession || next->m_document != m_document ||
        next->m_key != m_key)
        return false;
    m_newValue = next->m_newValue;
    updateText();
    // Typing a letter and deleting it again leaves nothing to undo.
    setObsolete(sameValue(m_oldValue, m_newValue));
    return true;
}

void ChangeValueCommand::updateText()
{
    if (Attribute::isEmptyValue(m_newValue))
        setText(QCoreApplication::translate("facet::ChangeValueCommand", "Clear %1").arg(m_key.toString()));
    else
        setText(QCoreApplication::translate("facet::ChangeValueCommand", "Change %1").arg(m_key.toString()));
}

} // namespace facet
