// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/record/Completeness.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;
class QProgressBar;

namespace facet {

class Catalog;

// How complete the open record is for each channel and locale, with what is still missing, as bars that
// follow the unsaved draft.
class CompletenessPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CompletenessPanel(QWidget* parent = nullptr);

    // Lays out one row per channel and one column per locale; call when the record or catalog changes.
    void setStructure(const Catalog* catalog, const QString& family, const QString& labelLocale);
    void setCompleteness(const QList<Completeness>& entries);

private:
    struct Cell
    {
        QProgressBar* bar;
        QLabel* missing;
    };

    void clear();

    QGridLayout* m_grid;
    QHash<QString, Cell> m_cells;              // "channel|locale" → its bar
    QHash<QString, QString> m_attributeLabels; // attribute code → label, for the missing lists
    QList<QWidget*> m_widgets;
};

} // namespace facet
