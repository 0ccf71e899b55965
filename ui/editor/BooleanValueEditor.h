// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/ValueEditor.h"

class QCheckBox;
class QToolButton;

namespace facet {

// Yes/no, with "not set" kept apart from "no": completeness counts a "no" as filled.
class BooleanValueEditor : public ValueEditor
{
    Q_OBJECT

public:
    explicit BooleanValueEditor(const Attribute& attribute, QWidget* parent = nullptr);

    void setReadOnly(bool readOnly) override;
    QList<QWidget*> focusChain() const override;

protected:
    void showValue(const QJsonValue& value) override;

private:
    void updateText(const QJsonValue& value);

    QCheckBox* m_check;
    QToolButton* m_clear;
};

} // namespace facet
