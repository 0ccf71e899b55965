// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/ValueEditor.h"

class QComboBox;

namespace facet {

// One option out of the attribute's list, shown by its label.
class SelectValueEditor : public ValueEditor
{
    Q_OBJECT

public:
    SelectValueEditor(const Attribute& attribute, const QString& labelLocale, QWidget* parent = nullptr);

    void setReadOnly(bool readOnly) override;

protected:
    void showValue(const QJsonValue& value) override;

private:
    QComboBox* m_combo;
};

} // namespace facet
