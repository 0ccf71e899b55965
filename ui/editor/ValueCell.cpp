// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/ValueCell.h"

#include "models/editing/RecordDocument.h"
#include "models/record/RichText.h"
#include "ui/editor/EditorPalette.h"
#include "ui/editor/ValueEditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QToolButton>
#include <QVBoxLayout>

namespace facet {

ValueCell::ValueCell(RecordDocument* document, const Attribute& attribute, const QString& locale,
                     const QList<Channel>& channels, const ValueEditorFactory::Context& context,
                     const QString& accessibleName, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_attribute(attribute)
    , m_locale(locale)
    , m_channels(attribute.scopable ? channels : QList<Channel>())
    , m_context(context)
    , m_accessibleName(accessibleName)
    , m_readOnly(context.canEditGroup && !context.canEditGroup(attribute.group))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_common = createEditor(QString(), this);
    m_commonError = new QLabel(this);
    m_commonError->setObjectName(QStringLiteral("ruleMessage"));
    m_commonError->setWordWrap(true);
    m_commonError->hide();
    layout->addWidget(m_common);
    layout->addWidget(m_commonError);
    // The SKU is renamed elsewhere, never by typing over it.
    if (attribute.type == AttributeType::Identifier || m_readOnly)
        m_common->setReadOnly(true);
    if (m_readOnly)
        setToolTip(tr("Your roles may not edit the attribute group of this value"));

    if (!m_channels.isEmpty()) {
        m_overrideLayout = new QVBoxLayout;
        m_overrideLayout->setContentsMargins(16, 0, 0, 0);
        m_overrideLayout->setSpacing(2);
        layout->addLayout(m_overrideLayout);
        m_add = new QToolButton(this);
        m_add->setObjectName(QStringLiteral("addOverride:") +
                             ValueKey{attribute.code, locale, {}}.toString());
        m_add->setText(tr("+ Channel override"));
        m_add->setToolTip(tr("Give one channel its own value instead of the common one"));
        m_add->setAutoRaise(true);
        m_add->setPopupMode(QToolButton::InstantPopup);
        m_add->setToolButtonStyle(Qt::ToolButtonTextOnly);
        QFont font = m_add->font();
        font.setPointSizeF(font.pointSizeF() * 0.9);
        m_add->setFont(font);
        QPalette palette = m_add->palette();
        palette.setColor(QPalette::ButtonText, editorPalette::muted(this));
        m_add->setPalette(palette);
        m_addMenu = new QMenu(m_add);
        for (int i = 0; i < m_channels.size(); ++i) {
            QAction* action = m_addMenu->addAction(channelLabel(m_channels.at(i).code));
            action->setObjectName(QStringLiteral("addOverride:") + m_channels.at(i).code);
            connect(action, &QAction::triggered, this, [this, i] {
                m_pending << m_channels.at(i).code;
                refresh();
                for (const Override& o : std::as_const(m_overrides)) {
                    if (o.channel == m_channels.at(i).code)
                        o.editor->setFocus(Qt::OtherFocusReason);
                }
            });
        }
        m_add->setMenu(m_addMenu);
        auto* addRow = new QHBoxLayout;
        addRow->setContentsMargins(0, 0, 0, 0);
        addRow->addWidget(m_add);
        addRow->addStretch(1);
        layout->addLayout(addRow);
    }
    refresh();
}

ValueEditor* ValueCell::createEditor(const QString& channel, QWidget* parent)
{
    ValueEditor* editor = ValueEditorFactory::create(m_attribute, m_context, parent);
    const ValueKey key{m_attribute.code, m_locale, channel};
    editor->setValueKey(key, channel.isEmpty()
                                 ? m_accessibleName
                                 : tr("%1, %2 override").arg(m_accessibleName, channelLabel(channel)));
    connect(editor, &ValueEditor::valueEdited, this,
            [this, key](const QJsonValue& value, RecordDocument::Merge merge) {
                m_document->setValue(key, value, merge);
            });
    return editor;
}

QString ValueCell::channelLabel(const QString& code) const
{
    for (const Channel& channel : m_channels) {
        if (channel.code == code)
            return channel.label(m_context.labelLocale);
    }
    return code;
}

void ValueCell::refresh()
{
    if (m_attribute.type == AttributeType::Identifier) {
        m_common->setValue(QJsonValue(m_document->sku()));
        return;
    }
    const QJsonValue common = m_document->value({m_attribute.code, m_locale, {}});
    m_common->setValue(common);
    showRuleMessage(m_commonError, common);
    if (m_channels.isEmpty())
        return;
    const bool changed = syncOverrideRows();
    // An empty override shows what its channel gets instead: the common value.
    const QString inherited = m_attribute.type == AttributeType::RichText
                                  ? RichText::toPlainText(common.toString())
                                  : m_attribute.format(common);
    const QString hint = inherited.isEmpty() ? tr("inherits the common value (empty)")
                                             : tr("inherits: %1").arg(inherited.simplified().left(80));
    for (const Override& o : std::as_const(m_overrides)) {
        const QJsonValue value = m_document->value({m_attribute.code, m_locale, o.channel});
        o.editor->setValue(value);
        o.editor->setInheritedHint(hint);
        showRuleMessage(o.error, value);
    }
    int available = 0;
    for (QAction* action : m_addMenu->actions()) {
        const QString code = action->objectName().mid(QStringLiteral("addOverride:").size());
        const bool shown = std::any_of(m_overrides.cbegin(), m_overrides.cend(),
                                       [&code](const Override& o) { return o.channel == code; });
        action->setVisible(!shown);
        available += shown ? 0 : 1;
    }
    m_add->setVisible(available > 0 && !m_readOnly);
    if (changed)
        Q_EMIT focusChainChanged();
}

// Rows follow the record plus the overrides just added, in the catalog's channel order.
bool ValueCell::syncOverrideRows()
{
    bool changed = false;
    for (int i = 0; i < m_channels.size(); ++i) {
        const QString& code = m_channels.at(i).code;
        const bool wanted = m_pending.contains(code) ||
                            !Attribute::isEmptyValue(m_document->value({m_attribute.code, m_locale, code}));
        auto it = std::find_if(m_overrides.begin(), m_overrides.end(),
                               [&code](const Override& o) { return o.channel == code; });
        if (wanted && it == m_overrides.end()) {
            addOverrideRow(i);
            changed = true;
        } else if (!wanted && it != m_overrides.end()) {
            it->row->deleteLater();
            it->row->hide();
            m_overrides.erase(it);
            changed = true;
        }
    }
    return changed;
}

void ValueCell::addOverrideRow(int channelIndex)
{
    const QString code = m_channels.at(channelIndex).code;
    auto* row = new QWidget(this);
    row->setObjectName(QStringLiteral("override:") + ValueKey{m_attribute.code, m_locale, code}.toString());
    auto* caption = new QLabel(tr("↳ %1 only").arg(channelLabel(code)), row);
    caption->setToolTip(
        tr("The %1 channel shows this value instead of the common one").arg(channelLabel(code)));
    editorPalette::makeSmall(caption);
    caption->setWordWrap(true); // long channel names must not widen the locale column
    QFont font = caption->font();
    font.setBold(true);
    caption->setFont(font);
    auto* remove = new QToolButton(row);
    remove->setObjectName(QStringLiteral("removeOverride"));
    remove->setText(tr("Remove"));
    remove->setToolTip(
        tr("Remove the %1 override; the channel shows the common value again").arg(channelLabel(code)));
    remove->setAutoRaise(true);
    auto* header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(caption);
    header->addStretch(1);
    header->addWidget(remove);
    ValueEditor* editor = createEditor(code, row);
    editor->setReadOnly(m_readOnly);
    remove->setVisible(!m_readOnly);
    auto* error = new QLabel(row);
    error->setObjectName(QStringLiteral("ruleMessage"));
    error->setWordWrap(true);
    error->hide();
    auto* layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(editor);
    layout->addWidget(error);
    connect(remove, &QToolButton::clicked, this, [this, code] { removeOverride(code); });

    int position = 0; // rows stay in channel order whatever order they were added in
    for (const Override& o : std::as_const(m_overrides)) {
        const auto before = std::find_if(m_channels.cbegin(), m_channels.cend(),
                                         [&o](const Channel& c) { return c.code == o.channel; });
        if (before - m_channels.cbegin() < channelIndex)
            ++position;
    }
    m_overrideLayout->insertWidget(position, row);
    m_overrides.insert(position, Override{code, row, editor, error, remove});
}

void ValueCell::removeOverride(const QString& channel)
{
    m_pending.removeAll(channel);
    // Focus would otherwise fall to the next widget in the window, far from here.
    m_common->setFocus(Qt::OtherFocusReason);
    m_document->setValue({m_attribute.code, m_locale, channel}, QJsonValue(), RecordDocument::Merge::Never);
    refresh();
}

void ValueCell::showRuleMessage(QLabel* label, const QJsonValue& value) const
{
    const auto violation = m_attribute.check(value);
    label->setVisible(violation.has_value());
    if (!violation)
        return;
    label->setText(tr("⚠ %1 (rule: %2)").arg(violation->message, violation->rule));
    editorPalette::setTextColor(label, editorPalette::error(label));
}

QList<QWidget*> ValueCell::focusChain() const
{
    QList<QWidget*> chain = m_common->focusChain();
    for (const Override& o : m_overrides) {
        chain << o.editor->focusChain();
        chain << o.remove;
    }
    if (m_add)
        chain << m_add;
    return chain;
}

} // namespace facet
