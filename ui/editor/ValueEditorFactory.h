// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <functional>

class QWidget;

namespace facet {

class Attribute;
class ValueEditor;

// Picks the editor for an attribute type; the one place that knows which class edits what.
class ValueEditorFactory
{
public:
    struct Context
    {
        QString labelLocale;                          // option labels are shown in this locale
        std::function<QString(qint64)> describeAsset; // file name of an asset id, empty if there is none
        std::function<QDate(qint64)> assetExpiry;     // the asset's last day of use, invalid if none
        // Whether the signed-in user may edit an attribute group; unset = every group. The workspace refuses
        // the others anyway: this only spares the user typing what could never be saved.
        std::function<bool(const QString& group)> canEditGroup;
    };

    static ValueEditor* create(const Attribute& attribute, const Context& context, QWidget* parent);
};

} // namespace facet
