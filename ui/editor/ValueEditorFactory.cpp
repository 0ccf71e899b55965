// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/editor/ValueEditorFactory.h"

#include "models/catalog/Attribute.h"
#include "ui/editor/AssetValueEditor.h"
#include "ui/editor/BooleanValueEditor.h"
#include "ui/editor/DateValueEditor.h"
#include "ui/editor/GtinValueEditor.h"
#include "ui/editor/MetricValueEditor.h"
#include "ui/editor/MultiSelectValueEditor.h"
#include "ui/editor/NumberValueEditor.h"
#include "ui/editor/PriceValueEditor.h"
#include "ui/editor/RichTextValueEditor.h"
#include "ui/editor/SelectValueEditor.h"
#include "ui/editor/TextValueEditor.h"

namespace facet {

ValueEditor* ValueEditorFactory::create(const Attribute& attribute, const Context& context, QWidget* parent)
{
    switch (attribute.type) {
    case AttributeType::Identifier:
    case AttributeType::Text:
        return new TextValueEditor(attribute, parent);
    case AttributeType::RichText:
        return new RichTextValueEditor(attribute, parent);
    case AttributeType::Number:
        return new NumberValueEditor(attribute, parent);
    case AttributeType::Metric:
        return new MetricValueEditor(attribute, parent);
    case AttributeType::PriceCollection:
        return new PriceValueEditor(attribute, parent);
    case AttributeType::Boolean:
        return new BooleanValueEditor(attribute, parent);
    case AttributeType::Date:
        return new DateValueEditor(attribute, parent);
    case AttributeType::SimpleSelect:
        return new SelectValueEditor(attribute, context.labelLocale, parent);
    case AttributeType::MultiSelect:
        return new MultiSelectValueEditor(attribute, context.labelLocale, parent);
    case AttributeType::Asset:
        return new AssetValueEditor(attribute, context.describeAsset, parent, context.assetExpiry);
    case AttributeType::Gtin:
        return new GtinValueEditor(attribute, parent);
    }
    return new TextValueEditor(attribute, parent);
}

} // namespace facet
