// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/ValueEditor.h"

class QDateEdit;
class QToolButton;

namespace facet {

// A calendar date; its lowest date stands for "none" so a date can be removed again.
class DateValueEditor : public ValueEditor
{
    Q_OBJECT

public:
    explicit DateValueEditor(const Attribute& attribute, QWidget* parent = nullptr);

    void setReadOnly(bool readOnly) override;
    QList<QWidget*> focusChain() const override;

protected:
    void showValue(const QJsonValue& value) override;

private:
    QDateEdit* m_edit;
    QToolButton* m_clear;
};

} // namespace facet
