// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/AssetValueEditor.h"

#include "ui/editor/EditorPalette.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLocale>
#include <QMimeData>
#include <QLabel>
#include <QLineEdit>

namespace facet {

namespace {
// AssetListModel::mimeType(); spelled out so the editor needs no item model header.
const QString kAssetMimeType = QStringLiteral("application/x-facet-asset-id");
} // namespace

AssetValueEditor::AssetValueEditor(const Attribute& attribute, std::function<QString(qint64)> describe,
                                   QWidget* parent, std::function<QDate(qint64)> expiry)
    : ValueEditor(attribute, parent)
    , m_describe(std::move(describe))
    , m_expiry(std::move(expiry))
    , m_id(new QLineEdit(this))
    , m_file(new QLabel(this))
    , m_warning(new QLabel(this))
{
    setAcceptDrops(true);
    // Drops over the id field come to the editor, which knows what an asset drag carries.
    m_id->setAcceptDrops(false);
    m_warning->setObjectName(QStringLiteral("assetExpiryWarning"));
    m_warning->hide();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_id->setMaximumWidth(m_id->fontMetrics().horizontalAdvance(QStringLiteral("0")) * 12);
    m_id->setAlignment(Qt::AlignRight);
    m_file->setObjectName(QStringLiteral("assetFile"));
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_id);
    layout->addWidget(m_file, 1);
    layout->addWidget(m_warning);
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
    const QDate expires = value.isDouble() && m_expiry ? m_expiry(qint64(value.toDouble())) : QDate();
    const QDate today = QDate::currentDate();
    if (expires.isValid() && today > expires) {
        m_warning->setText(tr("⚠ expired on %1").arg(QLocale().toString(expires, QLocale::ShortFormat)));
        m_warning->setToolTip(tr("Channels may no longer use this asset: their renderings report an error. "
                                 "Choose another asset or extend its expiry date in the asset library."));
        editorPalette::setTextColor(m_warning, editorPalette::error(this));
        m_warning->show();
    } else if (expires.isValid() && today.daysTo(expires) <= 30) {
        m_warning->setText(tr("expires on %1").arg(QLocale().toString(expires, QLocale::ShortFormat)));
        m_warning->setToolTip(QString());
        editorPalette::setTextColor(m_warning, editorPalette::muted(this));
        m_warning->show();
    } else {
        m_warning->hide();
    }
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
    m_readOnly = readOnly;
    m_id->setReadOnly(readOnly);
}

void AssetValueEditor::dragEnterEvent(QDragEnterEvent* event)
{
    if (!m_readOnly && event->mimeData()->hasFormat(kAssetMimeType))
        event->acceptProposedAction();
    else
        event->ignore();
}

void AssetValueEditor::dropEvent(QDropEvent* event)
{
    bool ok = false;
    const qint64 id = event->mimeData()->data(kAssetMimeType).toLongLong(&ok);
    if (m_readOnly || !ok) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    m_id->setText(QString::number(id));
    updateDescription(QJsonValue(id));
    edit(QJsonValue(id));
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
