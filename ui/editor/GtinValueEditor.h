// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/ValueEditor.h"

class QLabel;
class QLineEdit;

namespace facet {

// A GTIN, checked digit by digit while it is typed: the check digit it needs is shown before saving fails.
class GtinValueEditor : public ValueEditor
{
    Q_OBJECT

public:
    explicit GtinValueEditor(const Attribute& attribute, QWidget* parent = nullptr);

    void setReadOnly(bool readOnly) override;
    void setInheritedHint(const QString& hint) override;

protected:
    void showValue(const QJsonValue& value) override;

private:
    void updateFeedback();

    QLineEdit* m_edit;
    QLabel* m_feedback;
};

} // namespace facet
