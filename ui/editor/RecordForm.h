// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/ValueEditorFactory.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QGridLayout;

namespace facet {

class Attribute;
class Catalog;
class CollapsibleSection;
class RecordDocument;
class ValueCell;
struct ValueKey;

// The attribute groups of the open record's family, each a collapsible section with one row per attribute
// and one column per locale.
class RecordForm : public QWidget
{
    Q_OBJECT

public:
    explicit RecordForm(RecordDocument* document, QWidget* parent = nullptr);

    // Builds the sections for the document's record; call after loading and when the catalog changes.
    void rebuild(const ValueEditorFactory::Context& context);
    // Every focusable widget in visual order: section headers, then each cell top to bottom, left to right.
    QList<QWidget*> focusChain() const;

Q_SIGNALS:
    void focusChainChanged();

private:
    void clear();
    CollapsibleSection* addSection(const QString& code, const QString& title,
                                   const QList<const Attribute*>& attributes, const Catalog& catalog);
    QWidget* attributeLabel(const Attribute& attribute, const Catalog& catalog, QWidget* parent) const;
    void onValueChanged(const ValueKey& key);

    RecordDocument* m_document;
    ValueEditorFactory::Context m_context;
    QList<CollapsibleSection*> m_sections;
    QList<ValueCell*> m_cells;                       // in visual order
    QHash<QString, QList<ValueCell*>> m_byAttribute; // attribute code → its cells
    QSet<QString> m_collapsed;                       // kept from one record to the next
};

} // namespace facet
