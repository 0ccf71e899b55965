// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/previews/PreviewView.h"

class QPlainTextEdit;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace facet {

// A feed channel's XML, highlighted: the whole feed document when the rendering has it, else the item.
class FeedPreview : public PreviewView
{
    Q_OBJECT

public:
    FeedPreview(const Channel& channel, Size size, QWidget* parent = nullptr);

    void showRendering(const Rendering& rendering) override;
    void clearPreview() override;

private:
    void applyColors() override;

    QPlainTextEdit* m_text;
    KSyntaxHighlighting::SyntaxHighlighter* m_highlighter;
};

} // namespace facet
