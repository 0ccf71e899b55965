// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/ValueEditor.h"

class QComboBox;
class QLineEdit;

namespace facet {

// A measurement: amount and one of the attribute's units.
class MetricValueEditor : public ValueEditor
{
    Q_OBJECT

public:
    explicit MetricValueEditor(const Attribute& attribute, QWidget* parent = nullptr);

    void setReadOnly(bool readOnly) override;
    void setInheritedHint(const QString& hint) override;
    QList<QWidget*> focusChain() const override;

protected:
    void showValue(const QJsonValue& value) override;

private:
    void report(RecordDocument::Merge merge);

    QLineEdit* m_amount;
    QComboBox* m_unit;
};

} // namespace facet
