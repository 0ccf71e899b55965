// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace facet {

// Plain text cut to a number of lines with an ellipsis, the way a lock screen or a feed shortens what does
// not fit. fullText() keeps the whole text.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    void setFullText(const QString& text);
    QString fullText() const { return m_fullText; }
    void setMaxLines(int lines);
    int maxLines() const { return m_maxLines; }
    bool isElided() const { return m_elided; }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QString elide(int width, bool* elided) const;
    void updateText();

    QString m_fullText;
    int m_maxLines = 1;
    bool m_elided = false;
};

} // namespace facet
