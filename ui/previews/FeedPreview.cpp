// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/previews/FeedPreview.h"

#include "models/rendering/Rendering.h"
#include "ui/previews/SyntaxRepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#include <QEvent>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace facet {

FeedPreview::FeedPreview(const Channel& channel, Size size, QWidget* parent)
    : PreviewView(channel, size, parent)
    , m_text(new QPlainTextEdit(this))
{
    m_text->setObjectName(QStringLiteral("feedXml"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (isCompact())
        mono.setPointSizeF(mono.pointSizeF() * 0.85);
    m_text->setFont(mono);
    if (isCompact())
        m_text->setFixedHeight(240);
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_text->document());
    m_highlighter->setDefinition(SyntaxRepository::shared().definitionForName(QStringLiteral("XML")));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    applyColors();
}

void FeedPreview::showRendering(const Rendering& rendering)
{
    const RenderedPart* feed = rendering.part(QStringLiteral("feed"));
    const QString xml = feed ? feed->text() : rendering.text(QStringLiteral("item"));
    if (xml != m_text->toPlainText())
        m_text->setPlainText(xml);
}

void FeedPreview::clearPreview()
{
    m_text->clear();
}

void FeedPreview::applyColors()
{
    const KSyntaxHighlighting::Theme theme = SyntaxRepository::themeFor(this);
    if (m_highlighter->theme().name() == theme.name())
        return;
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
}

} // namespace facet
