// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/CompletenessDelegate.h"

#include <QApplication>
#include <QPainter>

namespace facet {

CompletenessDelegate::CompletenessDelegate(int percentRole, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_percentRole(percentRole)
{
}

void CompletenessDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    // Background, selection and focus as the style draws them; the bar and the number on top.
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const int percent = qBound(0, index.data(m_percentRole).toInt(), 100);
    const QRect cell = opt.rect.adjusted(6, 0, -6, 0);
    const int textWidth = opt.fontMetrics.horizontalAdvance(QStringLiteral("100 %")) + 6;
    const QRect textRect(cell.right() - textWidth, cell.top(), textWidth, cell.height());
    const int barHeight = qMax(4, opt.fontMetrics.height() / 3);
    const QRect track(cell.left(), cell.center().y() - barHeight / 2 + 1,
                      qMax(0, cell.width() - textWidth - 4), barHeight);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor trackColor = textColor;
    trackColor.setAlphaF(0.15f);
    // Green when complete, amber from half, red below: the usual reading of a completeness gauge.
    const bool dark = opt.palette.color(QPalette::Base).lightness() < 128;
    QColor fill = percent >= 100  ? QColor(dark ? 0x3f : 0x2e, dark ? 0xb9 : 0x8b, dark ? 0x50 : 0x3e)
                  : percent >= 50 ? QColor(dark ? 0xe3 : 0xc7, dark ? 0xa0 : 0x86, dark ? 0x08 : 0x00)
                                  : QColor(dark ? 0xf0 : 0xc6, dark ? 0x6a : 0x28, dark ? 0x6a : 0x28);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    if (track.width() > 8) {
        painter->setBrush(trackColor);
        painter->drawRoundedRect(track, barHeight / 2.0, barHeight / 2.0);
        QRect filled = track;
        filled.setWidth(track.width() * percent / 100);
        if (filled.width() > 0) {
            painter->setBrush(fill);
            painter->drawRoundedRect(filled, barHeight / 2.0, barHeight / 2.0);
        }
    }
    painter->setPen(textColor);
    painter->drawText(textRect, Qt::AlignRight | Qt::AlignVCenter, text);
    painter->restore();
}

QSize CompletenessDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width(), option.fontMetrics.horizontalAdvance(QStringLiteral("100 %")) * 3));
    return size;
}

} // namespace facet
