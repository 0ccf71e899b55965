// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/previews/TextPreview.h"

#include "models/rendering/Rendering.h"

#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace facet {

TextPreview::TextPreview(const Channel& channel, Size size, QWidget* parent)
    : PreviewView(channel, size, parent)
    , m_text(new QPlainTextEdit(this))
{
    m_text->setObjectName(QStringLiteral("plainText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    if (isCompact())
        m_text->setFixedHeight(240);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
}

void TextPreview::showRendering(const Rendering& rendering)
{
    // Every text part in order: a text channel has one, an unknown kind may have several.
    QStringList texts;
    for (const RenderedPart& part : rendering.parts)
        if (part.mediaType.startsWith(u"text/"))
            texts << part.text();
    m_text->setPlainText(texts.join(QStringLiteral("\n\n")));
}

void TextPreview::clearPreview()
{
    m_text->clear();
}

} // namespace facet
