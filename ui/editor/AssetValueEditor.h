// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/ValueEditor.h"

#include <functional>

class QLabel;
class QLineEdit;

namespace facet {

// A reference to an asset of the DAM by id, with the file it names.
class AssetValueEditor : public ValueEditor
{
    Q_OBJECT

public:
    // `describe` names the asset with the given id, or returns an empty string when there is none.
    AssetValueEditor(const Attribute& attribute, std::function<QString(qint64)> describe,
                     QWidget* parent = nullptr);

    void setReadOnly(bool readOnly) override;
    void setInheritedHint(const QString& hint) override;

protected:
    void showValue(const QJsonValue& value) override;

private:
    void updateDescription(const QJsonValue& value);

    std::function<QString(qint64)> m_describe;
    QLineEdit* m_id;
    QLabel* m_file;
};

} // namespace facet
