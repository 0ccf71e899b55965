// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/previews/PreviewView.h"

#include <QPixmap>

class QFrame;
class QLabel;

namespace facet {

// A social post (X, Instagram, LinkedIn) as the network's feed shows it: avatar, account name, the text with
// its links, hashtags and mentions in the link colour, and Instagram's picture above the caption.
class PostPreview : public PreviewView
{
    Q_OBJECT

public:
    PostPreview(const Channel& channel, Size size, QWidget* parent = nullptr);

    void showRendering(const Rendering& rendering) override;
    void clearPreview() override;
    bool fillsHeight() const override { return false; }

    // The post's text as rich text, links, #hashtags and @mentions in `linkColor`.
    static QString decorate(const QString& text, const QColor& linkColor);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void applyColors() override;

private:
    void fit();
    QString captionHtml() const;
    QString accountName() const;
    bool isInstagram() const;

    QFrame* m_card;
    QLabel* m_avatar;
    QLabel* m_name;
    QLabel* m_meta;
    QLabel* m_image = nullptr;
    QLabel* m_text;
    QString m_plain;
    QPixmap m_picture;
};

} // namespace facet
