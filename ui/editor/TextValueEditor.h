// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/ValueEditor.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace facet {

// Text and identifiers: one line, with a counter when the attribute limits the length. Texts allowed to be
// long (a short description) wrap over several rows instead of scrolling sideways.
class TextValueEditor : public ValueEditor
{
    Q_OBJECT

public:
    explicit TextValueEditor(const Attribute& attribute, QWidget* parent = nullptr);

    void setReadOnly(bool readOnly) override;
    void setInheritedHint(const QString& hint) override;

protected:
    void showValue(const QJsonValue& value) override;

private:
    QString text() const;
    void updateCounter();

    QLineEdit* m_edit = nullptr;
    QPlainTextEdit* m_long = nullptr;
    QLabel* m_counter = nullptr;
};

} // namespace facet
