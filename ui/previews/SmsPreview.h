// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/previews/PreviewView.h"

class QFrame;
class QLabel;

namespace facet {

// An SMS as the recipient's phone shows it: the sender's name above a message bubble in a thread.
class SmsPreview : public PreviewView
{
    Q_OBJECT

public:
    SmsPreview(const Channel& channel, Size size, QWidget* parent = nullptr);

    void showRendering(const Rendering& rendering) override;
    void clearPreview() override;
    bool fillsHeight() const override { return false; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void applyColors() override;

private:
    void fit();

    QFrame* m_phone;
    QLabel* m_sender;
    QLabel* m_time;
    QLabel* m_bubble;
};

} // namespace facet
