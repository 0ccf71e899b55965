// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/CollapsibleSection.h"

#include "ui/editor/EditorPalette.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace facet {

CollapsibleSection::CollapsibleSection(const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_summary(new QLabel(this))
    , m_body(new QWidget(this))
{
    m_toggle->setText(title);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::DownArrow);
    m_toggle->setObjectName(QStringLiteral("sectionToggle"));
    QFont font = m_toggle->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    m_toggle->setFont(font);
    editorPalette::makeSmall(m_summary);
    editorPalette::setTextColor(m_summary, editorPalette::muted(this));

    auto* line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_toggle);
    header->addWidget(m_summary);
    header->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(header);
    layout->addWidget(line);
    layout->addWidget(m_body);

    // Not a checkable button: a checked one is drawn pressed, which reads as a button rather than a heading.
    connect(m_toggle, &QToolButton::clicked, this, [this] { setExpanded(!m_expanded); });
}

void CollapsibleSection::setSummary(const QString& text)
{
    m_summary->setText(text);
}

bool CollapsibleSection::isExpanded() const
{
    return m_expanded;
}

void CollapsibleSection::setExpanded(bool expanded)
{
    if (expanded == m_expanded)
        return;
    m_expanded = expanded;
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_toggle->setAccessibleDescription(expanded ? tr("expanded") : tr("collapsed"));
    m_body->setVisible(expanded);
    Q_EMIT expandedChanged(expanded);
}

} // namespace facet
