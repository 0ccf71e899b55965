// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/previews/PreviewView.h"

class QPlainTextEdit;

namespace facet {

// A text channel's output (talking points, and any kind Facet has no picture of) as plain text.
class TextPreview : public PreviewView
{
    Q_OBJECT

public:
    TextPreview(const Channel& channel, Size size, QWidget* parent = nullptr);

    void showRendering(const Rendering& rendering) override;
    void clearPreview() override;

private:
    QPlainTextEdit* m_text;
};

} // namespace facet
