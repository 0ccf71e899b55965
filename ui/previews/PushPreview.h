// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/previews/PreviewView.h"

class QFrame;
class QLabel;

namespace facet {

class ElidedLabel;

// A push notification on the lock screens of an iPhone and an Android phone: app name, title and body cut
// where each platform cuts them, with each platform's payload size under its card.
class PushPreview : public PreviewView
{
    Q_OBJECT

public:
    PushPreview(const Channel& channel, Size size, QWidget* parent = nullptr);

    void showRendering(const Rendering& rendering) override;
    void clearPreview() override;
    bool fillsHeight() const override { return false; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void applyColors() override;

private:
    struct Card
    {
        QFrame* frame = nullptr;
        QLabel* icon = nullptr;
        QLabel* app = nullptr;
        ElidedLabel* title = nullptr;
        ElidedLabel* body = nullptr;
        QLabel* payload = nullptr;
        bool over = false;
    };
    QWidget* createCard(Card& card, const QString& platform, const QString& caption, int titleLines,
                        int bodyLines);
    void showPayload(Card& card, const Rendering& rendering, const QString& measure, const QString& part,
                     const QString& service);
    void setOver(Card& card, bool over);
    QString appName() const;

    QFrame* m_screen;
    Card m_ios;
    Card m_android;
};

} // namespace facet
