// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/Attribute.h"
#include "models/catalog/Channel.h"
#include "ui/editor/ValueEditorFactory.h"

#include <QWidget>

class QLabel;
class QMenu;
class QToolButton;
class QVBoxLayout;

namespace facet {

class RecordDocument;
class ValueEditor;

// Everything one attribute holds for one locale (or for no locale): the common value and, for a scopable
// attribute, the channels' own values that override it, each with its rule message.
class ValueCell : public QWidget
{
    Q_OBJECT

public:
    // `channels` are those that may hold an override here (they publish in this locale).
    ValueCell(RecordDocument* document, const Attribute& attribute, const QString& locale,
              const QList<Channel>& channels, const ValueEditorFactory::Context& context,
              const QString& accessibleName, QWidget* parent = nullptr);

    const QString& locale() const { return m_locale; }
    // Shows what the document holds now (after loading, undo, redo).
    void refresh();
    QList<QWidget*> focusChain() const;

Q_SIGNALS:
    void focusChainChanged();

private:
    struct Override
    {
        QString channel;
        QWidget* row;
        ValueEditor* editor;
        QLabel* error;
        QToolButton* remove;
    };

    ValueEditor* createEditor(const QString& channel, QWidget* parent);
    void addOverrideRow(int channelIndex);
    void removeOverride(const QString& channel);
    void showRuleMessage(QLabel* label, const QJsonValue& value) const;
    bool syncOverrideRows();
    QString channelLabel(const QString& code) const;

    RecordDocument* m_document;
    Attribute m_attribute;
    QString m_locale;
    QList<Channel> m_channels;
    ValueEditorFactory::Context m_context;
    QString m_accessibleName;
    bool m_readOnly = false; // the user may not edit the attribute's group
    ValueEditor* m_common = nullptr;
    QLabel* m_commonError = nullptr;
    QVBoxLayout* m_overrideLayout = nullptr;
    QList<Override> m_overrides;
    QStringList m_pending; // overrides added but still empty: shown, but not in the record
    QToolButton* m_add = nullptr;
    QMenu* m_addMenu = nullptr;
};

} // namespace facet
