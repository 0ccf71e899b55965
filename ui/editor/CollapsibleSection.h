// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace facet {

// A titled part of the record editor that folds away to its header line.
class CollapsibleSection : public QWidget
{
    Q_OBJECT

public:
    explicit CollapsibleSection(const QString& title, QWidget* parent = nullptr);

    QWidget* body() const { return m_body; }
    QToolButton* toggleButton() const { return m_toggle; }
    void setSummary(const QString& text);
    bool isExpanded() const;
    void setExpanded(bool expanded);

Q_SIGNALS:
    void expandedChanged(bool expanded);

private:
    QToolButton* m_toggle;
    QLabel* m_summary;
    QWidget* m_body;
    bool m_expanded = true;
};

} // namespace facet
