<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>facet</name>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="64"/>
        <source>cannot save “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::AssetValueEditor</name>
    <message>
        <location filename="../ui/editor/AssetValueEditor.cpp" line="43"/>
        <source>no asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/AssetValueEditor.cpp" line="48"/>
        <source>no asset with this id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::Attribute</name>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="94"/>
        <source>“%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="102"/>
        <source>“%1” is not an amount with a unit such as “1.5 KILOGRAM”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="112"/>
        <source>“%1” is not a price such as “19.99 EUR”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="123"/>
        <source>“%1” is not a yes/no value (1 or 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="127"/>
        <location filename="../models/catalog/Attribute.cpp" line="271"/>
        <source>“%1” is not a date in the form YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="142"/>
        <source>“%1” is not an asset id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="146"/>
        <source>unsupported attribute type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="206"/>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="213"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="218"/>
        <source>%1 characters, at most %2 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="222"/>
        <source>markup “%1” is not allowed in rich text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="228"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="231"/>
        <source>%1 has decimals, only whole numbers are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="233"/>
        <location filename="../models/catalog/Attribute.cpp" line="247"/>
        <source>%1 is below the minimum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="235"/>
        <location filename="../models/catalog/Attribute.cpp" line="249"/>
        <source>%1 is above the maximum %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="241"/>
        <source>an amount with a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="244"/>
        <source>unit “%1” is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="254"/>
        <source>prices per currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="259"/>
        <source>currency “%1” is not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="261"/>
        <source>“%1” is not an amount such as 19.99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="263"/>
        <source>price %1 %2 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="268"/>
        <source>yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="275"/>
        <source>an option code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="277"/>
        <location filename="../models/catalog/Attribute.cpp" line="284"/>
        <source>“%1” is not an option of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="281"/>
        <source>a list of option codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="288"/>
        <source>an asset id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="291"/>
        <source>“%1” is not a GTIN-8/12/13/14 with a valid check digit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::BooleanValueEditor</name>
    <message>
        <location filename="../ui/editor/BooleanValueEditor.cpp" line="17"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/BooleanValueEditor.cpp" line="18"/>
        <source>Remove the value: neither yes nor no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/BooleanValueEditor.cpp" line="38"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/BooleanValueEditor.cpp" line="38"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/BooleanValueEditor.cpp" line="38"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::Catalog</name>
    <message>
        <location filename="../models/catalog/Catalog.cpp" line="69"/>
        <source>unknown attribute “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/Catalog.cpp" line="77"/>
        <source>“%1” in “%2” is neither a locale nor a channel of this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/Catalog.cpp" line="82"/>
        <source>attribute “%1” is not localizable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/Catalog.cpp" line="84"/>
        <source>attribute “%1” needs a locale, e.g. %1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/catalog/Catalog.cpp" line="87"/>
        <source>attribute “%1” has no per-channel values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::CatalogStore</name>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="143"/>
        <source>locale “%1” is not of the form en_US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="148"/>
        <source>%1 code “%2” must be 1–100 lower-case letters, digits or “_”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="151"/>
        <source>channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="154"/>
        <source>channel “%1” has the unknown kind “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="157"/>
        <source>channel “%1” names the unknown locale “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="161"/>
        <source>attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="167"/>
        <source>attribute “%1” names the unknown group “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="170"/>
        <source>family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="174"/>
        <source>family “%1” names the unknown attribute “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="178"/>
        <source>family “%1” has requirements for the unknown channel “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="181"/>
        <source>family “%1” requires “%2”, which it does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="186"/>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="263"/>
        <source>the category tree has a cycle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::CategoryPanel</name>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="38"/>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="39"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="41"/>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="64"/>
        <source>Search or choose a category, then save it here to come back to it in one click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="69"/>
        <source>Keep the current search and category under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="82"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="85"/>
        <source>Saved Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="145"/>
        <source>Search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="148"/>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="200"/>
        <source>Save Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="200"/>
        <source>Name of the saved filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="207"/>
        <source>Replace Saved Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="208"/>
        <source>A saved filter named “%1” already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::ChangeValueCommand</name>
    <message>
        <location filename="../models/editing/ChangeValueCommand.cpp" line="67"/>
        <source>Clear %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/ChangeValueCommand.cpp" line="69"/>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::CollapsibleSection</name>
    <message>
        <location filename="../ui/editor/CollapsibleSection.cpp" line="69"/>
        <source>expanded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/CollapsibleSection.cpp" line="69"/>
        <source>collapsed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::CompletenessPanel</name>
    <message numerus="yes">
        <location filename="../ui/editor/CompletenessPanel.cpp" line="70"/>
        <source>%1 channel “%2”, requires %n attribute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/CompletenessPanel.cpp" line="89"/>
        <source>Completeness for %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/CompletenessPanel.cpp" line="111"/>
        <source>✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/CompletenessPanel.cpp" line="119"/>
        <source>Missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::DateValueEditor</name>
    <message>
        <location filename="../ui/editor/DateValueEditor.cpp" line="25"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/DateValueEditor.cpp" line="27"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/DateValueEditor.cpp" line="28"/>
        <source>Remove the date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::DemoWorkspace</name>
    <message>
        <location filename="../models/demo/DemoWorkspace.cpp" line="48"/>
        <source>cannot add the demo image %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::GtinValueEditor</name>
    <message>
        <location filename="../ui/editor/GtinValueEditor.cpp" line="46"/>
        <source>✓ valid GTIN-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/GtinValueEditor.cpp" line="52"/>
        <source>check digit should be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/GtinValueEditor.cpp" line="54"/>
        <source>%1 digits; a GTIN has 8, 12, 13 or 14</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="37"/>
        <source>Facet workspaces (*.facet);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="167"/>
        <source>No workspace open — use File ▸ Open Workspace… or New Demo Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="203"/>
        <source>Creating the demo workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212"/>
        <source>1 product / %L1 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="213"/>
        <source>%L1 products / %L2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="219"/>
        <source>Facet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="263"/>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="271"/>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="279"/>
        <source>New Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="288"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="289"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="297"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="307"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="314"/>
        <source>&amp;New Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="315"/>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="317"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="323"/>
        <source>New &amp;Demo Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="326"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="329"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="335"/>
        <source>&amp;Find Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="337"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="338"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="340"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="341"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="342"/>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="351"/>
        <source>Go to &amp;Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="353"/>
        <source>Go to &amp;Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="355"/>
        <source>Go to &amp;Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="358"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="359"/>
        <source>&amp;About Facet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="360"/>
        <source>About Facet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="361"/>
        <source>&lt;h3&gt;Facet %1&lt;/h3&gt;&lt;p&gt;Author product content once, in one master record per product, and publish it to every channel.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::MetricValueEditor</name>
    <message>
        <location filename="../ui/editor/MetricValueEditor.cpp" line="21"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::MultiSelectValueEditor</name>
    <message>
        <location filename="../ui/editor/MultiSelectValueEditor.cpp" line="80"/>
        <source>%1 (unknown option)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/MultiSelectValueEditor.cpp" line="102"/>
        <source>none selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/MultiSelectValueEditor.cpp" line="103"/>
        <source>%n selected: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>facet::PriceValueEditor</name>
    <message>
        <location filename="../ui/editor/PriceValueEditor.cpp" line="48"/>
        <source>Price in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::ProductBrowser</name>
    <message>
        <location filename="../ui/shell/ProductBrowser.cpp" line="30"/>
        <source>Search SKUs, names and texts (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ProductBrowser.cpp" line="223"/>
        <source>No product matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ProductBrowser.cpp" line="225"/>
        <source>No product in this category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ProductBrowser.cpp" line="227"/>
        <source>This workspace has no products yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::ProductListModel</name>
    <message>
        <location filename="../models/itemmodels/ProductListModel.cpp" line="121"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ProductListModel.cpp" line="155"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ProductListModel.cpp" line="157"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ProductListModel.cpp" line="159"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ProductListModel.cpp" line="161"/>
        <source>Completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ProductListModel.cpp" line="163"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::RecentWorkspaces</name>
    <message>
        <location filename="../ui/shell/RecentWorkspaces.cpp" line="106"/>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/RecentWorkspaces.cpp" line="110"/>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::RecordDocument</name>
    <message>
        <location filename="../models/editing/RecordDocument.cpp" line="52"/>
        <source>no workspace is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/RecordDocument.cpp" line="56"/>
        <source>there is no product with the SKU “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/editing/RecordDocument.cpp" line="97"/>
        <source>no product is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::RecordEditor</name>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="29"/>
        <location filename="../ui/editor/RecordEditor.cpp" line="143"/>
        <source>Select a product to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="45"/>
        <source>Completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="105"/>
        <source>● Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="107"/>
        <source>This product has changes that are not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="108"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="110"/>
        <source>Check and save this product&apos;s changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="152"/>
        <source>The product cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="187"/>
        <source>Not saved; nothing was written. Fix these first:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="188"/>
        <source>Not saved; nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="215"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="216"/>
        <source>The product “%1” has unsaved changes. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="230"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="272"/>
        <source>SKU %1 · Family %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="283"/>
        <source>complete for every channel and locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="284"/>
        <source>%1% on average · %2 of %3 channel locales incomplete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::RecordForm</name>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="24"/>
        <source>identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="26"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="28"/>
        <source>rich text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="30"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="32"/>
        <source>measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="34"/>
        <source>prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="36"/>
        <source>yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="38"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="40"/>
        <source>one option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="42"/>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="44"/>
        <source>asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="46"/>
        <source>GTIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="113"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/RecordForm.cpp" line="124"/>
        <source>%n attribute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="141"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="163"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/RecordForm.cpp" line="194"/>
        <source>max. %n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/RecordForm.cpp" line="196"/>
        <source>required for %n channel(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="198"/>
        <source>required for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="207"/>
        <source>Attribute code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="208"/>
        <source>Attribute code: %1
Required for: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::RecordStore</name>
    <message>
        <location filename="../models/storage/RecordStore.cpp" line="101"/>
        <location filename="../models/storage/RecordStore.cpp" line="235"/>
        <location filename="../models/storage/RecordStore.cpp" line="379"/>
        <source>no product with SKU “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/RecordStore.cpp" line="106"/>
        <source>the stored draft of “%1” is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/RecordStore.cpp" line="155"/>
        <location filename="../models/storage/RecordStore.cpp" line="164"/>
        <source>cannot save “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/RecordStore.cpp" line="221"/>
        <source>cannot index “%1” for search: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/RecordStore.cpp" line="244"/>
        <source>“%1” cannot be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::RichTextValueEditor</name>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="28"/>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="28"/>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="29"/>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="29"/>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="30"/>
        <source>U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="30"/>
        <source>Underline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="40"/>
        <source>•</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="40"/>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="41"/>
        <source>1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="41"/>
        <source>Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="95"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="150"/>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::SchemaMigrator</name>
    <message>
        <location filename="../models/storage/SchemaMigrator.cpp" line="84"/>
        <source>the migration script %1 is missing for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SchemaMigrator.cpp" line="96"/>
        <source>cannot start the migration to version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SchemaMigrator.cpp" line="100"/>
        <source>migration to schema version %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SchemaMigrator.cpp" line="117"/>
        <source>migration to schema version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SchemaMigrator.cpp" line="125"/>
        <source>cannot prepare the workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/SchemaMigrator.cpp" line="132"/>
        <source>this workspace uses schema version %1, made by a newer Facet; this build reads up to version %2. Update Facet to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::ScreenshotTour</name>
    <message>
        <location filename="../ui/shell/ScreenshotTour.cpp" line="39"/>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ScreenshotTour.cpp" line="92"/>
        <source>the window was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/ScreenshotTour.cpp" line="108"/>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::SelectValueEditor</name>
    <message>
        <location filename="../ui/editor/SelectValueEditor.cpp" line="15"/>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectValueEditor.cpp" line="39"/>
        <source>%1 (unknown option)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::TextValueEditor</name>
    <message>
        <location filename="../ui/editor/TextValueEditor.cpp" line="90"/>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::Validator</name>
    <message>
        <location filename="../models/record/Validator.cpp" line="43"/>
        <source>the SKU must be 1–100 letters, digits, “.”, “_”, “/” or “-”, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="46"/>
        <source>unknown family “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="49"/>
        <source>unknown category “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="55"/>
        <source>unknown attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="59"/>
        <source>not an attribute of family “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="61"/>
        <source>unknown locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="64"/>
        <source>a value per locale is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="64"/>
        <source>the attribute is not localizable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="68"/>
        <source>unknown channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="70"/>
        <source>the channel does not publish in this locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="72"/>
        <source>the attribute has no per-channel values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::ValueCell</name>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="49"/>
        <source>+ Channel override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="50"/>
        <source>Give one channel its own value instead of the common one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="89"/>
        <source>%1, %2 override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="122"/>
        <source>inherits the common value (empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="123"/>
        <source>inherits: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="171"/>
        <source>↳ %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="173"/>
        <source>The %1 channel shows this value instead of the common one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="181"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="183"/>
        <source>Remove the %1 override; the channel shows the common value again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="229"/>
        <source>⚠ %1 (rule: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::Workspace</name>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="68"/>
        <source>there is no workspace at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="72"/>
        <source>%1 already exists; choose another file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="76"/>
        <source>%1 is not a Facet workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="80"/>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="95"/>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="102"/>
        <source>%1 is an SQLite database, but not a Facet workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="107"/>
        <source>cannot configure %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="184"/>
        <source>the workspace is busy or read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="190"/>
        <source>cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="195"/>
        <source>the save failed and nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="304"/>
        <source>a saved filter needs a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::WorkspaceSession</name>
    <message>
        <location filename="../ui/shell/WorkspaceSession.cpp" line="104"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceSession.cpp" line="124"/>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="44"/>
        <source>usage: facetctl COMMAND [options] [arguments]

Facet&apos;s command-line tool. Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="52"/>
        <source>
Run “facetctl COMMAND --help” for a command&apos;s options.
Exit codes: 0 done, 1 the input was wrong (message on stderr), 2 internal failure.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="80"/>
        <source>facetctl: unknown command “%1”
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Command.cpp" line="41"/>
        <source>Run “facetctl %1 --help” for usage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="23"/>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::cli::CompletenessCommand</name>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="62"/>
        <source>Completeness per channel and locale: for one product (with the missing attributes), or a summary over the whole workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="68"/>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="69"/>
        <source>Optional: one product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="70"/>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="77"/>
        <source>expected a workspace path and optionally a SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="95"/>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="110"/>
        <source>%1	%2	%3 of %4 complete	average %5%
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::cli::GenerateCommand</name>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="123"/>
        <source>Add N synthetic products to a workspace (for benchmarks); creates the workspace with the demo structure if it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="129"/>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="130"/>
        <source>How many products to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="130"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="131"/>
        <source>Random seed, for repeatable catalogs (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="131"/>
        <source>SEED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="137"/>
        <source>expected exactly one workspace path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="141"/>
        <source>--products needs a whole number above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="144"/>
        <source>--seed needs a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="155"/>
        <source>generated %1 of %2 products
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="164"/>
        <source>generated %1 products in %2 s (%3 products/s)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::cli::InitCommand</name>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="27"/>
        <source>Create a new, empty workspace file, or with --demo one filled with the demo catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="32"/>
        <source>The workspace file to create; it must not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="33"/>
        <source>Fill it with the demo catalog: 3 locales, channels of every kind, families, categories and products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="40"/>
        <source>expected exactly one workspace path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="56"/>
        <source>created %1 (%2 products)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::cli::ProductsListCommand</name>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="30"/>
        <source>List the products of a workspace, optionally matching a full-text search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="35"/>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="37"/>
        <source>Only products matching every word (prefixes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="37"/>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="38"/>
        <source>Only products in this category or below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="38"/>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="39"/>
        <source>At most N products (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="39"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="45"/>
        <source>expected exactly one workspace path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="55"/>
        <source>--limit needs a whole number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="59"/>
        <source>unknown category “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::cli::ProductsSetCommand</name>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="132"/>
        <source>Set values of a product&apos;s working draft. Each assignment is CODE[-LOCALE][-CHANNEL]=VALUE, e.g. description-de_DE=&quot;&lt;p&gt;Leise&lt;/p&gt;&quot;, name-en_US-x=&quot;Short name&quot;, price=&quot;19.99 EUR,21.50 USD&quot;, weight=&quot;1.2 KILOGRAM&quot;. An empty VALUE clears the value. All assignments are validated first; if one is wrong, nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="140"/>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="141"/>
        <source>The product&apos;s SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="142"/>
        <source>CODE[-LOCALE][-CHANNEL]=VALUE, one or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="150"/>
        <source>expected a workspace path, a SKU and at least one CODE=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="163"/>
        <source>“%1” is not of the form CODE=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="174"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="180"/>
        <source>%1: nothing was written:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="183"/>
        <source>%1 saved; draft %2
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::cli::ProductsShowCommand</name>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="97"/>
        <source>Show one product&apos;s master record: every value, its content hash and completeness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="102"/>
        <source>The workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="103"/>
        <source>The product&apos;s SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="111"/>
        <source>expected a workspace path and a SKU</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>facet::cli::RecordJson</name>
    <message>
        <location filename="../app/cli/RecordJson.cpp" line="42"/>
        <source>SKU:        %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordJson.cpp" line="44"/>
        <source>Family:     %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordJson.cpp" line="45"/>
        <source>Categories: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordJson.cpp" line="46"/>
        <source>Draft hash: %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordJson.cpp" line="59"/>
        <source>Completeness:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RecordJson.cpp" line="63"/>
        <source>  missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/facet.cpp" line="33"/>
        <source>Facet product content workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/facet.cpp" line="37"/>
        <source>The workspace file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/facet.cpp" line="40"/>
        <source>Open the demo workspace (at the given path, or the default one), building it if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/facet.cpp" line="44"/>
        <source>Build the demo workspace again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/facet.cpp" line="47"/>
        <source>Write pictures of the main views to &lt;dir&gt;, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
