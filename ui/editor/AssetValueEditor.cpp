// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/AssetValueEditor.h"

#include "ui/editor/EditorPalette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace facet {

AssetValueEditor::AssetValueEditor(const Attribute& attribute, std::function<QString(qint64)> describe,
                                   QWidget* parent)
    : ValueEditor(attribute, parent)
    , m_describe(std::move(describe))
    , m_id(new QLineEdit(this))
    , m_file(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_id->setMaximumWidth(m_id->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 12);
    m_id->setAlignment(Qt::AlignRight);
    m_file->setObjectName(QStringLiteral("assetFile"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_id);
    layout->addWidget(m_file, 1);
    setInput(m_id);
    connect(m_id, &QLineEdit::textEdited, this, [this](const QString& text) {
        bool ok = false;
        const qint64 id = text.trimmed().toLongLong(&ok);
        const QJsonValue value = text.trimmed().isEmpty() ? QJsonValue()
                                 : ok                     ? QJsonValue(id)
                                                          : QJsonValue(text);
        updateDescription(value);
        edit(value);
    });
    updateDescription(QJsonValue());
}

void AssetValueEditor::updateDescription(const QJsonValue& value)
{
    if (!value.isDouble()) {
        m_file->setText(value.isNull() || value.isUndefined() ? tr("no asset") : QString());
        editorPalette::setTextColor(m_file, editorPalette::muted(this));
        return;
    }
    const QString name = m_describe ? m_describe(qint64(value.toDouble())) : QString();
    m_file->setText(name.isEmpty() ? tr("no asset with this id") : name);
    editorPalette::setTextColor(m_file,
                                name.isEmpty() ? editorPalette::error(this) : editorPalette::normal(this));
}

void AssetValueEditor::setReadOnly(bool readOnly)
{
    m_id->setReadOnly(readOnly);
}

void AssetValueEditor::setInheritedHint(const QString& hint)
{
    m_id->setPlaceholderText(hint);
}

void AssetValueEditor::showValue(const QJsonValue& value)
{
    m_id->setText(value.isDouble() ? QString::number(qint64(value.toDouble())) : value.toString());
    updateDescription(value);
}

} // namespace facet
