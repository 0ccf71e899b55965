// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/ValueEditor.h"

class QLabel;
class QListWidget;

namespace facet {

// Any number of the attribute's options, as a checkable list.
class MultiSelectValueEditor : public ValueEditor
{
    Q_OBJECT

public:
    MultiSelectValueEditor(const Attribute& attribute, const QString& labelLocale, QWidget* parent = nullptr);

    void setReadOnly(bool readOnly) override;

protected:
    void showValue(const QJsonValue& value) override;

private:
    void addOption(const QString& code, const QString& label);
    void fitHeight();
    void updateSummary();

    QListWidget* m_list;
    QLabel* m_summary;
};

} // namespace facet
