// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/previews/FindingsList.h"

#include <QStyle>

namespace facet {

namespace {

int rank(Finding::Severity s)
{
    switch (s) {
    case Finding::Severity::Error:
        return 0;
    case Finding::Severity::Warning:
        return 1;
    case Finding::Severity::Info:
        return 2;
    }
    return 3;
}

QStyle::StandardPixmap icon(Finding::Severity s)
{
    switch (s) {
    case Finding::Severity::Error:
        return QStyle::SP_MessageBoxCritical;
    case Finding::Severity::Warning:
        return QStyle::SP_MessageBoxWarning;
    case Finding::Severity::Info:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

constexpr int MaxVisibleRows = 6;

} // namespace

FindingsList::FindingsList(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("previewFindings"));
    setWordWrap(true);
    setUniformItemSizes(false);
    setIconSize(QSize(16, 16));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(this, &QListWidget::itemActivated, this, &FindingsList::onItemActivated);
    connect(this, &QListWidget::itemClicked, this, &FindingsList::onItemActivated);
}

void FindingsList::setFindings(const QList<Finding>& findings)
{
    m_findings = findings;
    std::stable_sort(m_findings.begin(), m_findings.end(),
                     [](const Finding& a, const Finding& b) { return rank(a.severity) < rank(b.severity); });
    clear();
    for (qsizetype i = 0; i < m_findings.size(); ++i) {
        const Finding& f = m_findings.at(i);
        QString text = f.message;
        if (!f.measured.isEmpty())
            text +=
                f.limit.isEmpty() ? tr(" (%1)").arg(f.measured) : tr(" (%1 / %2)").arg(f.measured, f.limit);
        auto* item = new QListWidgetItem(style()->standardIcon(icon(f.severity)), text, this);
        item->setData(Qt::UserRole, int(i));
        QString tip = tr("%1 · rule %2").arg(Finding::severityName(f.severity), f.rule);
        if (!f.attribute.isEmpty())
            tip += u'\n' + tr("Click to edit “%1”.").arg(f.attribute);
        item->setToolTip(tip);
    }
    setVisible(!m_findings.isEmpty());
    updateGeometry();
}

QSize FindingsList::sizeHint() const
{
    // As tall as the findings, up to a few rows: the preview above keeps most of the room.
    int height = 2 * frameWidth();
    for (int row = 0; row < qMin(count(), MaxVisibleRows); ++row)
        height += qMax(sizeHintForRow(row), fontMetrics().height() + 6);
    return {QListWidget::sizeHint().width(), height};
}

QSize FindingsList::minimumSizeHint() const
{
    return {QListWidget::minimumSizeHint().width(), count() > 0 ? fontMetrics().height() * 2 : 0};
}

void FindingsList::onItemActivated(QListWidgetItem* item)
{
    const int index = item ? item->data(Qt::UserRole).toInt() : -1;
    if (index >= 0 && index < m_findings.size())
        Q_EMIT findingActivated(m_findings.at(index));
}

} // namespace facet
