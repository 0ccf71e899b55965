// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/editor/ValueEditor.h"

#include <QDate>
#include <functional>

class QLabel;
class QLineEdit;

namespace facet {

// A reference to an asset of the DAM by id, with the file it names and a warning when the asset has expired.
// An asset dragged from the asset library and dropped here becomes the value.
class AssetValueEditor : public ValueEditor
{
    Q_OBJECT

public:
    // `describe` names the asset with the given id, or returns an empty string when there is none.
    // `expiry` gives the last day an asset may be used (invalid: no end).
    AssetValueEditor(const Attribute& attribute, std::function<QString(qint64)> describe,
                     QWidget* parent = nullptr, std::function<QDate(qint64)> expiry = {});

    void setReadOnly(bool readOnly) override;
    void setInheritedHint(const QString& hint) override;

protected:
    void showValue(const QJsonValue& value) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void updateDescription(const QJsonValue& value);

    std::function<QString(qint64)> m_describe;
    std::function<QDate(qint64)> m_expiry;
    QLineEdit* m_id;
    QLabel* m_file;
    QLabel* m_warning;
    bool m_readOnly = false;
};

} // namespace facet
