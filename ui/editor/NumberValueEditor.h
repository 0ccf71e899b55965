// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/ValueEditor.h"

class QLineEdit;

namespace facet {

// Numbers in a line edit rather than a spin box: "not set" stays empty, and a typo is shown as a rule
// message instead of being silently corrected.
class NumberValueEditor : public ValueEditor
{
    Q_OBJECT

public:
    explicit NumberValueEditor(const Attribute& attribute, QWidget* parent = nullptr);

    void setReadOnly(bool readOnly) override;
    void setInheritedHint(const QString& hint) override;

protected:
    void showValue(const QJsonValue& value) override;

private:
    QLineEdit* m_edit;
};

} // namespace facet
