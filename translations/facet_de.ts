<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>facet::AssetValueEditor</name>
    <message>
        <location filename="../ui/editor/AssetValueEditor.cpp" line="43"/>
        <source>no asset</source>
        <translation>kein Asset</translation>
    </message>
    <message>
        <location filename="../ui/editor/AssetValueEditor.cpp" line="48"/>
        <source>no asset with this id</source>
        <translation>kein Asset mit dieser ID</translation>
    </message>
</context>
<context>
    <name>facet::Attribute</name>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="94"/>
        <source>“%1” is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="102"/>
        <source>“%1” is not an amount with a unit such as “1.5 KILOGRAM”</source>
        <translation>„%1“ ist keine Mengenangabe mit Einheit wie „1.5 KILOGRAM“</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="112"/>
        <source>“%1” is not a price such as “19.99 EUR”</source>
        <translation>„%1“ ist kein Preis wie „19.99 EUR“</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="123"/>
        <source>“%1” is not a yes/no value (1 or 0)</source>
        <translation>„%1“ ist kein Ja/Nein-Wert (1 oder 0)</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="127"/>
        <location filename="../models/catalog/Attribute.cpp" line="271"/>
        <source>“%1” is not a date in the form YYYY-MM-DD</source>
        <translation>„%1“ ist kein Datum im Format JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="142"/>
        <source>“%1” is not an asset id</source>
        <translation>„%1“ ist keine Asset-ID</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="146"/>
        <source>unsupported attribute type</source>
        <translation>nicht unterstützter Attributtyp</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="206"/>
        <source>expected %1</source>
        <translation>erwartet wird %1</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="213"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="218"/>
        <source>%1 characters, at most %2 allowed</source>
        <translation>%1 Zeichen, höchstens %2 erlaubt</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="222"/>
        <source>markup “%1” is not allowed in rich text</source>
        <translation>die Auszeichnung „%1“ ist in formatiertem Text nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="228"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="231"/>
        <source>%1 has decimals, only whole numbers are allowed</source>
        <translation>%1 hat Nachkommastellen, nur ganze Zahlen sind erlaubt</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="233"/>
        <location filename="../models/catalog/Attribute.cpp" line="247"/>
        <source>%1 is below the minimum %2</source>
        <translation>%1 liegt unter dem Minimum %2</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="235"/>
        <location filename="../models/catalog/Attribute.cpp" line="249"/>
        <source>%1 is above the maximum %2</source>
        <translation>%1 liegt über dem Maximum %2</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="241"/>
        <source>an amount with a unit</source>
        <translation>eine Mengenangabe mit Einheit</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="244"/>
        <source>unit “%1” is not one of %2</source>
        <translation>die Einheit „%1“ ist nicht zulässig (erlaubt: %2)</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="254"/>
        <source>prices per currency</source>
        <translation>Preise je Währung</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="259"/>
        <source>currency “%1” is not accepted</source>
        <translation>die Währung „%1“ wird nicht akzeptiert</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="261"/>
        <source>“%1” is not an amount such as 19.99</source>
        <translation>„%1“ ist kein Betrag wie 19.99</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="263"/>
        <source>price %1 %2 is negative</source>
        <translation>der Preis %1 %2 ist negativ</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="268"/>
        <source>yes or no</source>
        <translation>ja oder nein</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="275"/>
        <source>an option code</source>
        <translation>ein Optionscode</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="277"/>
        <location filename="../models/catalog/Attribute.cpp" line="284"/>
        <source>“%1” is not an option of %2</source>
        <translation>„%1“ ist keine Option von %2</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="281"/>
        <source>a list of option codes</source>
        <translation>eine Liste von Optionscodes</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="288"/>
        <source>an asset id</source>
        <translation>eine Asset-ID</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="291"/>
        <source>“%1” is not a GTIN-8/12/13/14 with a valid check digit</source>
        <translation>„%1“ ist keine GTIN-8/12/13/14 mit gültiger Prüfziffer</translation>
    </message>
</context>
<context>
    <name>facet::BooleanValueEditor</name>
    <message>
        <location filename="../ui/editor/BooleanValueEditor.cpp" line="17"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../ui/editor/BooleanValueEditor.cpp" line="18"/>
        <source>Remove the value: neither yes nor no</source>
        <translation>Wert entfernen: weder Ja noch Nein</translation>
    </message>
    <message>
        <location filename="../ui/editor/BooleanValueEditor.cpp" line="38"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../ui/editor/BooleanValueEditor.cpp" line="38"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../ui/editor/BooleanValueEditor.cpp" line="38"/>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>facet::Catalog</name>
    <message>
        <location filename="../models/catalog/Catalog.cpp" line="69"/>
        <source>unknown attribute “%1”</source>
        <translation>unbekanntes Attribut „%1“</translation>
    </message>
    <message>
        <location filename="../models/catalog/Catalog.cpp" line="77"/>
        <source>“%1” in “%2” is neither a locale nor a channel of this workspace</source>
        <translation>„%1“ in „%2“ ist weder ein Gebietsschema noch ein Kanal dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../models/catalog/Catalog.cpp" line="82"/>
        <source>attribute “%1” is not localizable</source>
        <translation>das Attribut „%1“ ist nicht lokalisierbar</translation>
    </message>
    <message>
        <location filename="../models/catalog/Catalog.cpp" line="84"/>
        <source>attribute “%1” needs a locale, e.g. %1-%2</source>
        <translation>das Attribut „%1“ benötigt ein Gebietsschema, z. B. %1-%2</translation>
    </message>
    <message>
        <location filename="../models/catalog/Catalog.cpp" line="87"/>
        <source>attribute “%1” has no per-channel values</source>
        <translation>das Attribut „%1“ hat keine kanalspezifischen Werte</translation>
    </message>
</context>
<context>
    <name>facet::CatalogStore</name>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="64"/>
        <source>cannot save “%1”: %2</source>
        <translation>„%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="144"/>
        <source>locale “%1” is not of the form en_US</source>
        <translation>das Gebietsschema „%1“ hat nicht die Form en_US</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="149"/>
        <source>%1 code “%2” must be 1–100 lower-case letters, digits or “_”</source>
        <translation>der %1-Code „%2“ muss aus 1–100 Kleinbuchstaben, Ziffern oder „_“ bestehen</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="152"/>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="155"/>
        <source>channel “%1” has the unknown kind “%2”</source>
        <translation>der Kanal „%1“ hat den unbekannten Typ „%2“</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="158"/>
        <source>channel “%1” names the unknown locale “%2”</source>
        <translation>der Kanal „%1“ verweist auf das unbekannte Gebietsschema „%2“</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="162"/>
        <source>attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="168"/>
        <source>attribute “%1” names the unknown group “%2”</source>
        <translation>das Attribut „%1“ verweist auf die unbekannte Gruppe „%2“</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="171"/>
        <source>family</source>
        <translation>Familien</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="175"/>
        <source>family “%1” names the unknown attribute “%2”</source>
        <translation>die Familie „%1“ verweist auf das unbekannte Attribut „%2“</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="179"/>
        <source>family “%1” has requirements for the unknown channel “%2”</source>
        <translation>die Familie „%1“ hat Anforderungen für den unbekannten Kanal „%2“</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="182"/>
        <source>family “%1” requires “%2”, which it does not have</source>
        <translation>die Familie „%1“ verlangt „%2“, enthält dieses Attribut aber nicht</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="187"/>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="264"/>
        <source>the category tree has a cycle</source>
        <translation>der Kategoriebaum enthält einen Zyklus</translation>
    </message>
</context>
<context>
    <name>facet::CategoryPanel</name>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="38"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="39"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="41"/>
        <source>All products</source>
        <translation>Alle Produkte</translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="64"/>
        <source>Search or choose a category, then save it here to come back to it in one click.</source>
        <translation>Suchen Sie oder wählen Sie eine Kategorie und speichern Sie die Auswahl hier, um mit einem Klick dorthin zurückzukehren.</translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="69"/>
        <source>Keep the current search and category under a name</source>
        <translation>Aktuelle Suche und Kategorie unter einem Namen speichern</translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="82"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="85"/>
        <source>Saved Filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="145"/>
        <source>Search: %1</source>
        <translation>Suche: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="148"/>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="200"/>
        <source>Save Filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="200"/>
        <source>Name of the saved filter:</source>
        <translation>Name des gespeicherten Filters:</translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="207"/>
        <source>Replace Saved Filter</source>
        <translation>Gespeicherten Filter ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="208"/>
        <source>A saved filter named “%1” already exists. Replace it?</source>
        <translation>Ein gespeicherter Filter mit dem Namen „%1“ ist bereits vorhanden. Möchten Sie ihn ersetzen?</translation>
    </message>
</context>
<context>
    <name>facet::ChangeValueCommand</name>
    <message>
        <location filename="../models/editing/ChangeValueCommand.cpp" line="67"/>
        <source>Clear %1</source>
        <translation>Leeren von %1</translation>
    </message>
    <message>
        <location filename="../models/editing/ChangeValueCommand.cpp" line="69"/>
        <source>Change %1</source>
        <translation>Änderung an %1</translation>
    </message>
</context>
<context>
    <name>facet::CollapsibleSection</name>
    <message>
        <location filename="../ui/editor/CollapsibleSection.cpp" line="69"/>
        <source>expanded</source>
        <translation>aufgeklappt</translation>
    </message>
    <message>
        <location filename="../ui/editor/CollapsibleSection.cpp" line="69"/>
        <source>collapsed</source>
        <translation>zugeklappt</translation>
    </message>
</context>
<context>
    <name>facet::CompletenessPanel</name>
    <message numerus="yes">
        <location filename="../ui/editor/CompletenessPanel.cpp" line="70"/>
        <source>%1 channel “%2”, requires %n attribute(s)</source>
        <translation>
            <numerusform>Kanal „%2“ (Typ %1), erfordert %n Attribut</numerusform>
            <numerusform>Kanal „%2“ (Typ %1), erfordert %n Attribute</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/CompletenessPanel.cpp" line="89"/>
        <source>Completeness for %1 in %2</source>
        <translation>Vollständigkeit für %1 in %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/CompletenessPanel.cpp" line="111"/>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <location filename="../ui/editor/CompletenessPanel.cpp" line="119"/>
        <source>Missing: %1</source>
        <translation>Fehlt: %1</translation>
    </message>
</context>
<context>
    <name>facet::DateValueEditor</name>
    <message>
        <location filename="../ui/editor/DateValueEditor.cpp" line="25"/>
        <source>none</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <location filename="../ui/editor/DateValueEditor.cpp" line="27"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../ui/editor/DateValueEditor.cpp" line="28"/>
        <source>Remove the date</source>
        <translation>Datum entfernen</translation>
    </message>
</context>
<context>
    <name>facet::DemoWorkspace</name>
    <message>
        <location filename="../models/demo/DemoWorkspace.cpp" line="48"/>
        <source>cannot add the demo image %1: %2</source>
        <translation>das Demobild %1 kann nicht hinzugefügt werden: %2</translation>
    </message>
</context>
<context>
    <name>facet::GtinValueEditor</name>
    <message>
        <location filename="../ui/editor/GtinValueEditor.cpp" line="46"/>
        <source>✓ valid GTIN-%1</source>
        <translation>✓ gültige GTIN-%1</translation>
    </message>
    <message>
        <location filename="../ui/editor/GtinValueEditor.cpp" line="52"/>
        <source>check digit should be %1</source>
        <translation>die Prüfziffer müsste %1 lauten</translation>
    </message>
    <message>
        <location filename="../ui/editor/GtinValueEditor.cpp" line="54"/>
        <source>%1 digits; a GTIN has 8, 12, 13 or 14</source>
        <translation>%1 Ziffern; eine GTIN hat 8, 12, 13 oder 14</translation>
    </message>
</context>
<context>
    <name>facet::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="37"/>
        <source>Facet workspaces (*.facet);;All files (*)</source>
        <translation>Facet-Arbeitsbereiche (*.facet);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="167"/>
        <source>No workspace open — use File ▸ Open Workspace… or New Demo Workspace…</source>
        <translation>Kein Arbeitsbereich geöffnet – wählen Sie Datei ▸ Arbeitsbereich öffnen… oder Neuer Demo-Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="203"/>
        <source>Creating the demo workspace…</source>
        <translation>Demo-Arbeitsbereich wird erstellt…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212"/>
        <source>1 product / %L1 shown</source>
        <translation>1 Produkt / %L1 angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="213"/>
        <source>%L1 products / %L2 shown</source>
        <translation>%L1 Produkte / %L2 angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="219"/>
        <source>Facet</source>
        <translation>Facet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="263"/>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="271"/>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="279"/>
        <source>New Demo Workspace</source>
        <translation>Neuer Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="288"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="289"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="297"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="307"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="314"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="315"/>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="317"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="323"/>
        <source>New &amp;Demo Workspace…</source>
        <translation>Neuer &amp;Demo-Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="326"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="329"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="335"/>
        <source>&amp;Find Products</source>
        <translation>&amp;Produkte suchen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="337"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="338"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="340"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="341"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="342"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="351"/>
        <source>Go to &amp;Categories</source>
        <translation>Zu den &amp;Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="353"/>
        <source>Go to &amp;Products</source>
        <translation>Zu den &amp;Produkten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="355"/>
        <source>Go to &amp;Editor</source>
        <translation>Zum &amp;Editor</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="358"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="359"/>
        <source>&amp;About Facet</source>
        <translation>Ü&amp;ber Facet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="360"/>
        <source>About Facet</source>
        <translation>Über Facet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="361"/>
        <source>&lt;h3&gt;Facet %1&lt;/h3&gt;&lt;p&gt;Author product content once, in one master record per product, and publish it to every channel.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Facet %1&lt;/h3&gt;&lt;p&gt;Produktinhalte einmal erfassen – in einem Stammdatensatz pro Produkt – und in jedem Kanal veröffentlichen.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>facet::MetricValueEditor</name>
    <message>
        <location filename="../ui/editor/MetricValueEditor.cpp" line="21"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
</context>
<context>
    <name>facet::MultiSelectValueEditor</name>
    <message>
        <location filename="../ui/editor/MultiSelectValueEditor.cpp" line="80"/>
        <source>%1 (unknown option)</source>
        <translation>%1 (unbekannte Option)</translation>
    </message>
    <message>
        <location filename="../ui/editor/MultiSelectValueEditor.cpp" line="102"/>
        <source>none selected</source>
        <translation>nichts ausgewählt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/MultiSelectValueEditor.cpp" line="103"/>
        <source>%n selected: %1</source>
        <translation>
            <numerusform>%n ausgewählt: %1</numerusform>
            <numerusform>%n ausgewählt: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>facet::PriceValueEditor</name>
    <message>
        <location filename="../ui/editor/PriceValueEditor.cpp" line="48"/>
        <source>Price in %1</source>
        <translation>Preis in %1</translation>
    </message>
</context>
<context>
    <name>facet::ProductBrowser</name>
    <message>
        <location filename="../ui/shell/ProductBrowser.cpp" line="49"/>
        <source>Search SKUs, names and texts (Ctrl+F)</source>
        <translation>SKUs, Namen und Texte durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ProductBrowser.cpp" line="249"/>
        <source>No product matches “%1”.</source>
        <translation>Kein Produkt entspricht „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ProductBrowser.cpp" line="251"/>
        <source>No product in this category.</source>
        <translation>Keine Produkte in dieser Kategorie.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ProductBrowser.cpp" line="253"/>
        <source>This workspace has no products yet.</source>
        <translation>Dieser Arbeitsbereich enthält noch keine Produkte.</translation>
    </message>
</context>
<context>
    <name>facet::ProductListModel</name>
    <message>
        <location filename="../models/itemmodels/ProductListModel.cpp" line="122"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ProductListModel.cpp" line="160"/>
        <source>today %1</source>
        <comment>Updated column: time of a change made today</comment>
        <translation>heute %1</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ProductListModel.cpp" line="161"/>
        <source>%1 %2</source>
        <comment>Updated column: date, then time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ProductListModel.cpp" line="171"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ProductListModel.cpp" line="173"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ProductListModel.cpp" line="175"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ProductListModel.cpp" line="177"/>
        <source>Completeness</source>
        <translation>Vollständigkeit</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ProductListModel.cpp" line="179"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>facet::RecentWorkspaces</name>
    <message>
        <location filename="../ui/shell/RecentWorkspaces.cpp" line="106"/>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <location filename="../ui/shell/RecentWorkspaces.cpp" line="110"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>facet::RecordDocument</name>
    <message>
        <location filename="../models/editing/RecordDocument.cpp" line="52"/>
        <source>no workspace is open</source>
        <translation>es ist kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <location filename="../models/editing/RecordDocument.cpp" line="56"/>
        <source>there is no product with the SKU “%1”</source>
        <translation>es gibt kein Produkt mit der SKU „%1“</translation>
    </message>
    <message>
        <location filename="../models/editing/RecordDocument.cpp" line="97"/>
        <source>no product is open</source>
        <translation>es ist kein Produkt geöffnet</translation>
    </message>
</context>
<context>
    <name>facet::RecordEditor</name>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="30"/>
        <location filename="../ui/editor/RecordEditor.cpp" line="146"/>
        <source>Select a product to edit it.</source>
        <translation>Wählen Sie ein Produkt aus, um es zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="46"/>
        <source>Completeness</source>
        <translation>Vollständigkeit</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="108"/>
        <source>● Unsaved changes</source>
        <translation>● Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="110"/>
        <source>This product has changes that are not saved yet</source>
        <translation>Dieses Produkt hat Änderungen, die noch nicht gespeichert sind</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="111"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="113"/>
        <source>Check and save this product&apos;s changes</source>
        <translation>Änderungen an diesem Produkt prüfen und speichern</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="155"/>
        <source>The product cannot be opened: %1</source>
        <translation>Das Produkt kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="190"/>
        <source>Not saved; nothing was written. Fix these first:
%1</source>
        <translation>Nicht gespeichert; es wurde nichts geschrieben. Beheben Sie zuerst Folgendes:
%1</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="191"/>
        <source>Not saved; nothing was written: %1</source>
        <translation>Nicht gespeichert; es wurde nichts geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="218"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="219"/>
        <source>The product “%1” has unsaved changes. Save them?</source>
        <translation>Das Produkt „%1“ hat ungespeicherte Änderungen. Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="233"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="273"/>
        <source>SKU %1 · Family %2</source>
        <translation>SKU %1 · Familie %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="285"/>
        <source>complete for every channel and locale</source>
        <translation>in allen Kanälen und Gebietsschemas vollständig</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="286"/>
        <source>%1% on average · %2 of %3 channel locales incomplete</source>
        <translation>%1 % im Durchschnitt · %2 von %3 Kanal-Gebietsschema-Kombinationen unvollständig</translation>
    </message>
</context>
<context>
    <name>facet::RecordForm</name>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="24"/>
        <source>identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="26"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="28"/>
        <source>rich text</source>
        <translation>formatierter Text</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="30"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="32"/>
        <source>measurement</source>
        <translation>Maßangabe</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="34"/>
        <source>prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="36"/>
        <source>yes/no</source>
        <translation>Ja/Nein</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="38"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="40"/>
        <source>one option</source>
        <translation>Einfachauswahl</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="42"/>
        <source>options</source>
        <translation>Mehrfachauswahl</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="44"/>
        <source>asset</source>
        <translation>Asset</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="46"/>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="113"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/RecordForm.cpp" line="124"/>
        <source>%n attribute(s)</source>
        <translation>
            <numerusform>%n Attribut</numerusform>
            <numerusform>%n Attribute</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="141"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="163"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/RecordForm.cpp" line="194"/>
        <source>max. %n characters</source>
        <translation>
            <numerusform>max. %n Zeichen</numerusform>
            <numerusform>max. %n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/RecordForm.cpp" line="196"/>
        <source>required for %n channel(s)</source>
        <translation>
            <numerusform>erforderlich für %n Kanal</numerusform>
            <numerusform>erforderlich für %n Kanäle</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="198"/>
        <source>required for %1</source>
        <translation>erforderlich für %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="207"/>
        <source>Attribute code: %1</source>
        <translation>Attributcode: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="208"/>
        <source>Attribute code: %1
Required for: %2</source>
        <translation>Attributcode: %1
Erforderlich für: %2</translation>
    </message>
</context>
<context>
    <name>facet::RecordStore</name>
    <message>
        <location filename="../models/storage/RecordStore.cpp" line="101"/>
        <location filename="../models/storage/RecordStore.cpp" line="235"/>
        <location filename="../models/storage/RecordStore.cpp" line="379"/>
        <source>no product with SKU “%1”</source>
        <translation>kein Produkt mit der SKU „%1“</translation>
    </message>
    <message>
        <location filename="../models/storage/RecordStore.cpp" line="106"/>
        <source>the stored draft of “%1” is damaged</source>
        <translation>der gespeicherte Entwurf von „%1“ ist beschädigt</translation>
    </message>
    <message>
        <location filename="../models/storage/RecordStore.cpp" line="155"/>
        <location filename="../models/storage/RecordStore.cpp" line="164"/>
        <source>cannot save “%1”: %2</source>
        <translation>„%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/RecordStore.cpp" line="221"/>
        <source>cannot index “%1” for search: %2</source>
        <translation>„%1“ kann nicht für die Suche indiziert werden: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/RecordStore.cpp" line="244"/>
        <source>“%1” cannot be removed: %2</source>
        <translation>„%1“ kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>facet::RichTextValueEditor</name>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="28"/>
        <source>B</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="28"/>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="29"/>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="29"/>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="30"/>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="30"/>
        <source>Underline</source>
        <translation>Unterstrichen</translation>
    </message>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="40"/>
        <source>•</source>
        <translation>•</translation>
    </message>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="40"/>
        <source>Bulleted list</source>
        <translation>Aufzählung</translation>
    </message>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="41"/>
        <source>1.</source>
        <translation>1.</translation>
    </message>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="41"/>
        <source>Numbered list</source>
        <translation>Nummerierte Liste</translation>
    </message>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="95"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="150"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>facet::SchemaMigrator</name>
    <message>
        <location filename="../models/storage/SchemaMigrator.cpp" line="84"/>
        <source>the migration script %1 is missing for %2</source>
        <translation>das Migrationsskript %1 für %2 fehlt</translation>
    </message>
    <message>
        <location filename="../models/storage/SchemaMigrator.cpp" line="96"/>
        <source>cannot start the migration to version %1: %2</source>
        <translation>die Migration auf Version %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/SchemaMigrator.cpp" line="100"/>
        <source>migration to schema version %1 (%2) failed: %3</source>
        <translation>die Migration auf Schemaversion %1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../models/storage/SchemaMigrator.cpp" line="117"/>
        <source>migration to schema version %1 failed: %2</source>
        <translation>die Migration auf Schemaversion %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/SchemaMigrator.cpp" line="125"/>
        <source>cannot prepare the workspace: %1</source>
        <translation>der Arbeitsbereich kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <location filename="../models/storage/SchemaMigrator.cpp" line="132"/>
        <source>this workspace uses schema version %1, made by a newer Facet; this build reads up to version %2. Update Facet to open it; the file was not changed.</source>
        <translation>dieser Arbeitsbereich verwendet die Schemaversion %1 einer neueren Facet-Version; dieser Build liest höchstens Version %2. Aktualisieren Sie Facet, um ihn zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>facet::ScreenshotTour</name>
    <message>
        <location filename="../ui/shell/ScreenshotTour.cpp" line="40"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../ui/shell/ScreenshotTour.cpp" line="95"/>
        <source>the window was closed</source>
        <translation>das Fenster wurde geschlossen</translation>
    </message>
    <message>
        <location filename="../ui/shell/ScreenshotTour.cpp" line="111"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>facet::SelectValueEditor</name>
    <message>
        <location filename="../ui/editor/SelectValueEditor.cpp" line="15"/>
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectValueEditor.cpp" line="39"/>
        <source>%1 (unknown option)</source>
        <translation>%1 (unbekannte Option)</translation>
    </message>
</context>
<context>
    <name>facet::TextValueEditor</name>
    <message>
        <location filename="../ui/editor/TextValueEditor.cpp" line="90"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>facet::Validator</name>
    <message>
        <location filename="../models/record/Validator.cpp" line="43"/>
        <source>the SKU must be 1–100 letters, digits, “.”, “_”, “/” or “-”, starting with a letter or digit</source>
        <translation>die SKU muss aus 1–100 Buchstaben, Ziffern, „.“, „_“, „/“ oder „-“ bestehen und mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="46"/>
        <source>unknown family “%1”</source>
        <translation>unbekannte Familie „%1“</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="49"/>
        <source>unknown category “%1”</source>
        <translation>unbekannte Kategorie „%1“</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="55"/>
        <source>unknown attribute</source>
        <translation>unbekanntes Attribut</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="59"/>
        <source>not an attribute of family “%1”</source>
        <translation>kein Attribut der Familie „%1“</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="61"/>
        <source>unknown locale</source>
        <translation>unbekanntes Gebietsschema</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="64"/>
        <source>a value per locale is required</source>
        <translation>ein Wert je Gebietsschema ist erforderlich</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="64"/>
        <source>the attribute is not localizable</source>
        <translation>das Attribut ist nicht lokalisierbar</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="68"/>
        <source>unknown channel</source>
        <translation>unbekannter Kanal</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="70"/>
        <source>the channel does not publish in this locale</source>
        <translation>der Kanal veröffentlicht nicht in diesem Gebietsschema</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="72"/>
        <source>the attribute has no per-channel values</source>
        <translation>das Attribut hat keine kanalspezifischen Werte</translation>
    </message>
</context>
<context>
    <name>facet::ValueCell</name>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="49"/>
        <source>+ Channel override</source>
        <translation>+ Kanalspezifischer Wert</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="50"/>
        <source>Give one channel its own value instead of the common one</source>
        <translation>Einem Kanal einen eigenen Wert statt des gemeinsamen Werts geben</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="89"/>
        <source>%1, %2 override</source>
        <translation>%1, eigener Wert für %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="122"/>
        <source>inherits the common value (empty)</source>
        <translation>übernimmt den gemeinsamen Wert (leer)</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="123"/>
        <source>inherits: %1</source>
        <translation>übernimmt: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="171"/>
        <source>↳ %1 only</source>
        <translation>↳ nur %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="173"/>
        <source>The %1 channel shows this value instead of the common one</source>
        <translation>Der Kanal %1 zeigt diesen Wert statt des gemeinsamen Werts</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="181"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="183"/>
        <source>Remove the %1 override; the channel shows the common value again</source>
        <translation>Den eigenen Wert für %1 entfernen; der Kanal zeigt wieder den gemeinsamen Wert</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="229"/>
        <source>⚠ %1 (rule: %2)</source>
        <translation>⚠ %1 (Regel: %2)</translation>
    </message>
</context>
<context>
    <name>facet::Workspace</name>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="68"/>
        <source>there is no workspace at %1</source>
        <translation>unter %1 gibt es keinen Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="72"/>
        <source>%1 already exists; choose another file name</source>
        <translation>%1 ist bereits vorhanden; wählen Sie einen anderen Dateinamen</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="76"/>
        <source>%1 is not a Facet workspace</source>
        <translation>%1 ist kein Facet-Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="80"/>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="95"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="102"/>
        <source>%1 is an SQLite database, but not a Facet workspace</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Facet-Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="107"/>
        <source>cannot configure %1: %2</source>
        <translation>%1 kann nicht konfiguriert werden: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="184"/>
        <source>the workspace is busy or read-only: %1</source>
        <translation>der Arbeitsbereich ist belegt oder schreibgeschützt: %1</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="190"/>
        <source>cancelled; nothing was written</source>
        <translation>abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="195"/>
        <source>the save failed and nothing was written: %1</source>
        <translation>das Speichern ist fehlgeschlagen, es wurde nichts geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="304"/>
        <source>a saved filter needs a name</source>
        <translation>ein gespeicherter Filter braucht einen Namen</translation>
    </message>
</context>
<context>
    <name>facet::WorkspaceSession</name>
    <message>
        <location filename="../ui/shell/WorkspaceSession.cpp" line="104"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceSession.cpp" line="124"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>facet::cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="44"/>
        <source>usage: facetctl COMMAND [options] [arguments]

Facet&apos;s command-line tool. Commands:
</source>
        <translation>Aufruf: facetctl BEFEHL [Optionen] [Argumente]

Das Kommandozeilenwerkzeug von Facet. Befehle:
</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="52"/>
        <source>
Run “facetctl COMMAND --help” for a command&apos;s options.
Exit codes: 0 done, 1 the input was wrong (message on stderr), 2 internal failure.
</source>
        <translation>
„facetctl BEFEHL --help“ zeigt die Optionen eines Befehls.
Exit-Codes: 0 erledigt, 1 fehlerhafte Eingabe (Meldung auf stderr), 2 interner Fehler.
</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="80"/>
        <source>facetctl: unknown command “%1”
</source>
        <translation>facetctl: unbekannter Befehl „%1“
</translation>
    </message>
    <message>
        <location filename="../app/cli/Command.cpp" line="41"/>
        <source>Run “facetctl %1 --help” for usage.
</source>
        <translation>„facetctl %1 --help“ zeigt die Verwendung.
</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="18"/>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="63"/>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="25"/>
        <source>List the products of a workspace, optionally matching a full-text search.</source>
        <translation>Die Produkte eines Arbeitsbereichs auflisten, optional gefiltert durch eine Volltextsuche.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="30"/>
        <location filename="../app/cli/ProductCommands.cpp" line="97"/>
        <location filename="../app/cli/ProductCommands.cpp" line="135"/>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="61"/>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="122"/>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="32"/>
        <source>Only products matching every word (prefixes).</source>
        <translation>Nur Produkte, die zu jedem Wort passen (Wortanfänge).</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="32"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="33"/>
        <source>Only products in this category or below.</source>
        <translation>Nur Produkte in dieser Kategorie oder ihren Unterkategorien.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="33"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="34"/>
        <source>At most N products (default: all).</source>
        <translation>Höchstens N Produkte (Standard: alle).</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="34"/>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="123"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="40"/>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="33"/>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="130"/>
        <source>expected exactly one workspace path</source>
        <translation>erwartet: genau ein Arbeitsbereichspfad</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="50"/>
        <source>--limit needs a whole number of 0 or more</source>
        <translation>--limit erwartet eine ganze Zahl ab 0</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="54"/>
        <source>unknown category “%1”</source>
        <translation>unbekannte Kategorie „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="92"/>
        <source>Show one product&apos;s master record: every value, its content hash and completeness.</source>
        <translation>Den Stammdatensatz eines Produkts anzeigen: alle Werte, den Inhalts-Hash und die Vollständigkeit.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="98"/>
        <location filename="../app/cli/ProductCommands.cpp" line="136"/>
        <source>The product&apos;s SKU.</source>
        <translation>Die SKU des Produkts.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="106"/>
        <source>expected a workspace path and a SKU</source>
        <translation>erwartet: ein Arbeitsbereichspfad und eine SKU</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="127"/>
        <source>Set values of a product&apos;s working draft. Each assignment is CODE[-LOCALE][-CHANNEL]=VALUE, e.g. description-de_DE=&quot;&lt;p&gt;Leise&lt;/p&gt;&quot;, name-en_US-x=&quot;Short name&quot;, price=&quot;19.99 EUR,21.50 USD&quot;, weight=&quot;1.2 KILOGRAM&quot;. An empty VALUE clears the value. All assignments are validated first; if one is wrong, nothing is written.</source>
        <translation>Werte im Arbeitsentwurf eines Produkts setzen. Jede Zuweisung hat die Form CODE[-GEBIETSSCHEMA][-KANAL]=WERT, z. B. description-de_DE=&quot;&lt;p&gt;Leise&lt;/p&gt;&quot;, name-en_US-x=&quot;Kurzname&quot;, price=&quot;19.99 EUR,21.50 USD&quot;, weight=&quot;1.2 KILOGRAM&quot;. Ein leerer WERT löscht den Wert. Alle Zuweisungen werden zuerst geprüft; ist eine davon fehlerhaft, wird nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="137"/>
        <source>CODE[-LOCALE][-CHANNEL]=VALUE, one or more.</source>
        <translation>CODE[-GEBIETSSCHEMA][-KANAL]=WERT, eine oder mehrere.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="145"/>
        <source>expected a workspace path, a SKU and at least one CODE=VALUE</source>
        <translation>erwartet: ein Arbeitsbereichspfad, eine SKU und mindestens eine Zuweisung CODE=WERT</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="158"/>
        <source>“%1” is not of the form CODE=VALUE</source>
        <translation>„%1“ hat nicht die Form CODE=WERT</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="169"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="175"/>
        <source>%1: nothing was written:
%2</source>
        <translation>%1: es wurde nichts geschrieben:
%2</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="178"/>
        <source>%1 saved; draft %2
</source>
        <translation>%1 gespeichert; Entwurf %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordJson.cpp" line="41"/>
        <source>SKU:        %1
</source>
        <translation>SKU:           %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordJson.cpp" line="43"/>
        <source>Family:     %1 (%2)
</source>
        <translation>Familie:       %1 (%2)
</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordJson.cpp" line="44"/>
        <source>Categories: %1
</source>
        <translation>Kategorien:    %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordJson.cpp" line="45"/>
        <source>Draft hash: %1

</source>
        <translation>Entwurfs-Hash: %1

</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordJson.cpp" line="58"/>
        <source>Completeness:
</source>
        <translation>Vollständigkeit:
</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordJson.cpp" line="62"/>
        <source>  missing: %1</source>
        <translation>  fehlt: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="20"/>
        <source>Create a new, empty workspace file, or with --demo one filled with the demo catalog.</source>
        <translation>Eine neue, leere Arbeitsbereichsdatei anlegen oder mit --demo eine mit dem Demo-Katalog gefüllte.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="25"/>
        <source>The workspace file to create; it must not exist.</source>
        <translation>Die anzulegende Arbeitsbereichsdatei; sie darf noch nicht existieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="26"/>
        <source>Fill it with the demo catalog: 3 locales, channels of every kind, families, categories and products.</source>
        <translation>Mit dem Demo-Katalog füllen: 3 Gebietsschemas, Kanäle jedes Typs, Familien, Kategorien und Produkte.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="49"/>
        <source>created %1 (%2 products)
</source>
        <translation>%1 angelegt (%2 Produkte)
</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="55"/>
        <source>Completeness per channel and locale: for one product (with the missing attributes), or a summary over the whole workspace.</source>
        <translation>Vollständigkeit je Kanal und Gebietsschema: für ein Produkt (mit den fehlenden Attributen) oder als Übersicht über den gesamten Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="62"/>
        <source>Optional: one product.</source>
        <translation>Optional: ein Produkt.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="70"/>
        <source>expected a workspace path and optionally a SKU</source>
        <translation>erwartet: ein Arbeitsbereichspfad und optional eine SKU</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="88"/>
        <source>missing: %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="103"/>
        <source>%1	%2	%3 of %4 complete	average %5%
</source>
        <translation>%1	%2	%3 von %4 vollständig	Durchschnitt %5 %
</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="116"/>
        <source>Add N synthetic products to a workspace (for benchmarks); creates the workspace with the demo structure if it does not exist.</source>
        <translation>N synthetische Produkte zu einem Arbeitsbereich hinzufügen (für Benchmarks); legt den Arbeitsbereich mit der Demo-Struktur an, falls er nicht existiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="123"/>
        <source>How many products to add.</source>
        <translation>Anzahl der hinzuzufügenden Produkte.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="124"/>
        <source>Random seed, for repeatable catalogs (default 1).</source>
        <translation>Startwert des Zufallsgenerators für reproduzierbare Kataloge (Standard: 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="124"/>
        <source>SEED</source>
        <translation>STARTWERT</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="134"/>
        <source>--products needs a whole number above 0</source>
        <translation>--products erwartet eine ganze Zahl größer als 0</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="137"/>
        <source>--seed needs a whole number</source>
        <translation>--seed erwartet eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="148"/>
        <source>generated %1 of %2 products
</source>
        <translation>%1 von %2 Produkten erzeugt
</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="157"/>
        <source>generated %1 products in %2 s (%3 products/s)
</source>
        <translation>%1 Produkte in %2 s erzeugt (%3 Produkte/s)
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/facet.cpp" line="33"/>
        <source>Facet product content workbench</source>
        <translation>Facet – Werkbank für Produktinhalte</translation>
    </message>
    <message>
        <location filename="../app/facet.cpp" line="37"/>
        <source>The workspace file to open.</source>
        <translation>Die zu öffnende Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location filename="../app/facet.cpp" line="40"/>
        <source>Open the demo workspace (at the given path, or the default one), building it if needed.</source>
        <translation>Den Demo-Arbeitsbereich öffnen (unter dem angegebenen oder dem Standardpfad) und bei Bedarf erstellen.</translation>
    </message>
    <message>
        <location filename="../app/facet.cpp" line="44"/>
        <source>Build the demo workspace again.</source>
        <translation>Den Demo-Arbeitsbereich neu erstellen.</translation>
    </message>
    <message>
        <location filename="../app/facet.cpp" line="47"/>
        <source>Write pictures of the main views to &lt;dir&gt;, then quit.</source>
        <translation>Bilder der Hauptansichten nach &lt;dir&gt; schreiben und dann beenden.</translation>
    </message>
</context>
</TS>
