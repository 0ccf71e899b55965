// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/assets/AssetThumbnailDelegate.h"

#include "models/itemmodels/AssetListModel.h"

#include <QPainter>
#include <QPainterPath>

namespace facet {

void AssetThumbnailDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    QStyledItemDelegate::paint(painter, option, index);
    const bool expired = index.data(AssetListModel::ExpiredRole).toBool();
    const bool soon = index.data(AssetListModel::ExpiresSoonRole).toBool();
    if (!expired && !soon)
        return;
    const QString text = expired ? tr("Expired") : tr("Expires soon");
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QFont font = option.font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.85);
    painter->setFont(font);
    const QFontMetrics metrics(font);
    const QRect badge(option.rect.left() + 6, option.rect.top() + 6, metrics.horizontalAdvance(text) + 14,
                      metrics.height() + 6);
    QPainterPath path;
    path.addRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    painter->fillPath(path, expired ? QColor(0xc6, 0x28, 0x28) : QColor(0xe0, 0x8e, 0x0b));
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace facet
