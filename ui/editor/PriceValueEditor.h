// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/ValueEditor.h"

#include <QMap>

class QLineEdit;

namespace facet {

// A price collection: one amount field per accepted currency.
class PriceValueEditor : public ValueEditor
{
    Q_OBJECT

public:
    explicit PriceValueEditor(const Attribute& attribute, QWidget* parent = nullptr);

    void setReadOnly(bool readOnly) override;
    QList<QWidget*> focusChain() const override;

protected:
    void showValue(const QJsonValue& value) override;

private:
    QLineEdit* addCurrency(const QString& currency);
    void report();

    QMap<QString, QLineEdit*> m_fields; // currency → amount
    QList<QWidget*> m_order;
};

} // namespace facet
