// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/Attribute.h"
#include "models/editing/RecordDocument.h"
#include "models/record/ValueKey.h"

#include <QJsonValue>
#include <QWidget>
#include <optional>

namespace facet {

// The editor of one value of one attribute type. It shows a QJsonValue and reports what the user made of
// it; it never touches the record itself. What the user types is reported even when it breaks the
// attribute's rules (the record editor shows the rule inline and refuses to save), so nothing typed is lost.
class ValueEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ValueEditor(const Attribute& attribute, QWidget* parent = nullptr);

    const Attribute& attribute() const { return m_attribute; }
    // Shows `value` without reporting it. A value equal to the one last reported is not shown again, so the
    // record echoing a keystroke back never moves the cursor.
    void setValue(const QJsonValue& value);
    QJsonValue value() const { return m_value; }

    // The input gets "value:<key>" (e.g. "value:description-de_DE"), this widget "valueEditor:<key>".
    void setValueKey(const ValueKey& key, const QString& accessibleName);
    virtual void setReadOnly(bool readOnly);
    // What a channel override shows while empty: the common value it inherits.
    virtual void setInheritedHint(const QString& hint);
    // The widgets Tab visits, in visual order.
    virtual QList<QWidget*> focusChain() const;

    static bool sameValue(const QJsonValue& a, const QJsonValue& b);
    // The user's locale first ("1,5" in German), then the C locale files and the CLI use.
    static std::optional<double> parseNumber(const QString& text);
    static QString formatNumber(double number);

Q_SIGNALS:
    void valueEdited(const QJsonValue& value, facet::RecordDocument::Merge merge);

protected:
    virtual void showValue(const QJsonValue& value) = 0;
    // Call from the input's "user changed it" signals; ignored while showValue() runs.
    void edit(const QJsonValue& value, RecordDocument::Merge merge = RecordDocument::Merge::Typing);
    // The widget that takes focus and carries the value's objectName.
    void setInput(QWidget* input);
    QWidget* input() const { return m_input; }

private:
    Attribute m_attribute;
    QWidget* m_input = nullptr;
    QJsonValue m_value;
    bool m_showing = false;
    bool m_shown = false;
};

} // namespace facet
