// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace facet {

// Completeness as a small bar with its number, so gaps stand out while scrolling a long list.
class CompletenessDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit CompletenessDelegate(int percentRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_percentRole;
};

} // namespace facet
