<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>facet</name>
    <message>
        <location filename="../models/channels/PostRules.cpp" line="38"/>
        <source>%1 characters, the channel allows %2.</source>
        <translation>%1 Zeichen, der Kanal erlaubt %2.</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="38"/>
        <source>aps.alert must be a string or a dictionary</source>
        <translation>aps.alert muss eine Zeichenkette oder ein Dictionary sein</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="49"/>
        <source>aps.alert.%1 must be a string</source>
        <translation>aps.alert.%1 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="52"/>
        <source>aps.alert.%1 must be an array of strings</source>
        <translation>aps.alert.%1 muss ein Array von Zeichenketten sein</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="54"/>
        <source>aps.alert has an unknown key “%1”</source>
        <translation>aps.alert hat einen unbekannten Schlüssel „%1“</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="59"/>
        <source>aps.alert.%1 is empty</source>
        <translation>aps.alert.%1 ist leer</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="71"/>
        <source>aps.badge must be a whole number of 0 or more</source>
        <translation>aps.badge muss eine ganze Zahl ab 0 sein</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="81"/>
        <source>aps.sound must be a string or {critical, name, volume 0…1}</source>
        <translation>aps.sound muss eine Zeichenkette oder {critical, name, volume 0…1} sein</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="84"/>
        <source>aps.%1 must be a string</source>
        <translation>aps.%1 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="87"/>
        <source>aps.%1 must be 1 when present</source>
        <translation>aps.%1 muss 1 sein, wenn es vorhanden ist</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="92"/>
        <source>aps.interruption-level must be passive, active, time-sensitive or critical</source>
        <translation>aps.interruption-level muss passive, active, time-sensitive oder critical sein</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="95"/>
        <source>aps.relevance-score must be a number from 0 to 1</source>
        <translation>aps.relevance-score muss eine Zahl von 0 bis 1 sein</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="97"/>
        <source>aps has an unknown key “%1”</source>
        <translation>aps hat einen unbekannten Schlüssel „%1“</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="66"/>
        <source>The document is not an RSS 2.0 feed.</source>
        <translation>Das Dokument ist kein RSS-2.0-Feed.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="99"/>
        <source>The feed is not well-formed XML: %1 (line %2, column %3).</source>
        <translation>Der Feed ist kein wohlgeformtes XML: %1 (Zeile %2, Spalte %3).</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="109"/>
        <source>The feed does not declare the namespace %1 on &lt;rss&gt;.</source>
        <translation>Der Feed deklariert den Namensraum %1 nicht an &lt;rss&gt;.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="112"/>
        <source>The feed&apos;s &lt;channel&gt; needs a title, a link and a description.</source>
        <translation>Das &lt;channel&gt;-Element des Feeds benötigt einen Titel, einen Link und eine Beschreibung.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="183"/>
        <source>An item may have at most 10 GTINs.</source>
        <translation>Ein Artikel darf höchstens 10 GTINs haben.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="189"/>
        <source>A GTIN has 8, 12, 13 or 14 digits.</source>
        <translation>Eine GTIN hat 8, 12, 13 oder 14 Ziffern.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="193"/>
        <source>The GTIN&apos;s check digit is wrong; it should be %1.</source>
        <translation>Die Prüfziffer der GTIN ist falsch; sie müsste %1 lauten.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="199"/>
        <source>GTINs starting with %1 are for restricted circulation or coupons; Merchant Center rejects them.</source>
        <translation>GTINs, die mit %1 beginnen, sind für den internen Gebrauch oder Coupons bestimmt; Merchant Center lehnt sie ab.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="213"/>
        <source>The item has no g:id.</source>
        <translation>Der Artikel hat keine g:id.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="216"/>
        <source>The id must be 1 to 50 ASCII letters, digits, “_” or “-”.</source>
        <translation>Die id muss aus 1 bis 50 ASCII-Buchstaben, Ziffern, „_“ oder „-“ bestehen.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="227"/>
        <source>The item has no price.</source>
        <translation>Der Artikel hat keinen Preis.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="231"/>
        <source>The price must be a number with “.” and at most two decimals, a space and an ISO 4217 code, e.g. “15.00 EUR”.</source>
        <translation>Der Preis muss eine Zahl mit „.“ und höchstens zwei Nachkommastellen, ein Leerzeichen und ein ISO-4217-Code sein, z. B. „15.00 EUR“.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="235"/>
        <source>The price must be above zero.</source>
        <translation>Der Preis muss größer als null sein.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="241"/>
        <source>The availability must be in_stock, out_of_stock, preorder or backorder.</source>
        <translation>Die availability muss in_stock, out_of_stock, preorder oder backorder sein.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="246"/>
        <source>A preorder or backorder item needs an availability_date.</source>
        <translation>Ein Artikel mit preorder oder backorder benötigt ein availability_date.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="249"/>
        <source>The availability_date must be an ISO 8601 date.</source>
        <translation>Das availability_date muss ein Datum nach ISO 8601 sein.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="257"/>
        <source>The item has no brand; Merchant Center requires it for every branded product.</source>
        <translation>Der Artikel hat keine Marke (brand); Merchant Center verlangt sie für jedes Markenprodukt.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="259"/>
        <source>The brand must be 1 to 70 characters long.</source>
        <translation>Die Marke muss 1 bis 70 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="265"/>
        <source>“%1” is not a brand; leave the brand out and set identifier_exists to no.</source>
        <translation>„%1“ ist keine Marke; lassen Sie die Marke weg und setzen Sie identifier_exists auf no.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="272"/>
        <source>The condition must be new, refurbished or used.</source>
        <translation>Die condition muss new, refurbished oder used sein.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="277"/>
        <source>The mpn must be 1 to 70 characters long.</source>
        <translation>Die mpn muss 1 bis 70 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="282"/>
        <source>The item needs a gtin or an mpn, or identifier_exists set to no.</source>
        <translation>Der Artikel benötigt eine gtin oder eine mpn oder identifier_exists mit dem Wert no.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="285"/>
        <source>identifier_exists is no although the item has a gtin or an mpn.</source>
        <translation>identifier_exists ist no, obwohl der Artikel eine gtin oder eine mpn hat.</translation>
    </message>
    <message>
        <location filename="../models/channels/EmlWriter.cpp" line="82"/>
        <source>“%1” is not a mail address that can be sent to</source>
        <translation>„%1“ ist keine E-Mail-Adresse, an die gesendet werden kann</translation>
    </message>
    <message>
        <location filename="../models/channels/MerchantFeed.cpp" line="38"/>
        <source>&lt;%1&gt; where an &lt;item&gt; was expected</source>
        <translation>&lt;%1&gt;, wo ein &lt;item&gt; erwartet wurde</translation>
    </message>
    <message>
        <location filename="../models/channels/MerchantFeed.cpp" line="51"/>
        <source>text outside an &lt;item&gt;: “%1”</source>
        <translation>Text außerhalb eines &lt;item&gt;: „%1“</translation>
    </message>
    <message>
        <location filename="../models/channels/MerchantFeed.cpp" line="61"/>
        <source>%1 at line %2, column %3</source>
        <translation>%1 in Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <location filename="../models/channels/PrintRules.cpp" line="40"/>
        <source>no startxref</source>
        <translation>kein startxref</translation>
    </message>
    <message>
        <location filename="../models/channels/PrintRules.cpp" line="47"/>
        <source>startxref does not point at an xref table</source>
        <translation>startxref verweist auf keine xref-Tabelle</translation>
    </message>
    <message>
        <location filename="../models/channels/PrintRules.cpp" line="52"/>
        <source>no trailer</source>
        <translation>kein Trailer</translation>
    </message>
    <message>
        <location filename="../models/channels/PrintRules.cpp" line="67"/>
        <source>an xref entry points outside the file</source>
        <translation>ein xref-Eintrag verweist auf eine Stelle außerhalb der Datei</translation>
    </message>
    <message>
        <location filename="../models/rendering/ChannelChecks.cpp" line="203"/>
        <source>The .eml message cannot be written: %1</source>
        <translation>Die .eml-Nachricht kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../models/rendering/ChannelChecks.cpp" line="218"/>
        <source>The PDF cannot be written in this process: it has no font access.</source>
        <translation>Das PDF kann in diesem Prozess nicht geschrieben werden: Er hat keinen Zugriff auf Schriften.</translation>
    </message>
    <message>
        <location filename="../models/rendering/ChannelChecks.cpp" line="228"/>
        <source>The PDF cannot be written: %1</source>
        <translation>Das PDF kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../models/rendering/TemplateEngine.cpp" line="34"/>
        <source>template %1: %2</source>
        <translation>Vorlage %1: %2</translation>
    </message>
    <message>
        <location filename="../models/rendering/TemplateEngine.cpp" line="38"/>
        <source>template %1, line %2: %3</source>
        <translation>Vorlage %1, Zeile %2: %3</translation>
    </message>
    <message>
        <location filename="../models/assets/AssetSniffer.cpp" line="42"/>
        <source>the PNG file is truncated (it does not end with its IEND chunk)</source>
        <translation>die PNG-Datei ist abgeschnitten (sie endet nicht mit ihrem IEND-Chunk)</translation>
    </message>
    <message>
        <location filename="../models/assets/AssetSniffer.cpp" line="47"/>
        <source>the JPEG file is truncated (it has no end-of-image marker)</source>
        <translation>die JPEG-Datei ist abgeschnitten (ihr fehlt die End-of-Image-Markierung)</translation>
    </message>
    <message>
        <location filename="../models/assets/AssetSniffer.cpp" line="51"/>
        <source>the WebP file is truncated (%1 bytes of %2)</source>
        <translation>die WebP-Datei ist abgeschnitten (%1 von %2 Bytes)</translation>
    </message>
    <message>
        <location filename="../models/assets/AssetSniffer.cpp" line="56"/>
        <source>the PDF file is truncated (it has no %%EOF marker)</source>
        <translation>die PDF-Datei ist abgeschnitten (ihr fehlt die Markierung %%EOF)</translation>
    </message>
    <message>
        <location filename="../models/publishing/PublisherPlanning.cpp" line="56"/>
        <source>The record is incomplete for this channel in %1: %2 missing.</source>
        <translation>Der Datensatz ist für diesen Kanal in %1 unvollständig. Fehlend: %2.</translation>
    </message>
    <message>
        <location filename="../models/publishing/PublisherPlanning.cpp" line="69"/>
        <source>The asset %1 expired on %2; channels may no longer use it.</source>
        <translation>Das Asset %1 ist am %2 abgelaufen; Kanäle dürfen es nicht mehr verwenden.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderLayout.cpp" line="51"/>
        <source>The %1 rendering of %2 (%3) has no “%4” part.</source>
        <translation>Die Ausgabe %1 von %2 (%3) hat keinen Teil „%4“.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderLayout.cpp" line="64"/>
        <source>The “%1” part of %2 (%3) is not a JSON object: %4</source>
        <translation>Der Teil „%1“ von %2 (%3) ist kein JSON-Objekt: %4</translation>
    </message>
</context>
<context>
    <name>facet::AccessStore</name>
    <message>
        <location filename="../models/storage/AccessStore.cpp" line="96"/>
        <source>cannot add user “%1”: %2</source>
        <translation>Benutzer „%1“ kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/AccessStore.cpp" line="138"/>
        <source>cannot give “%1” the role “%2”: %3</source>
        <translation>„%1“ kann die Rolle „%2“ nicht erhalten: %3</translation>
    </message>
</context>
<context>
    <name>facet::AkeneoColumn</name>
    <message>
        <location filename="../models/exchange/AkeneoColumn.cpp" line="62"/>
        <source>the column has no name</source>
        <translation>die Spalte hat keinen Namen</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoColumn.cpp" line="90"/>
        <source>“%1” is not an attribute code (letters, digits and “_”)</source>
        <translation>„%1“ ist kein Attributcode (Buchstaben, Ziffern und „_“)</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoColumn.cpp" line="100"/>
        <source>too many parts: expected code, code-&lt;locale&gt;, code-&lt;channel&gt; or code-&lt;locale&gt;-&lt;channel&gt;</source>
        <translation>zu viele Teile: erwartet wird code, code-&lt;locale&gt;, code-&lt;channel&gt; oder code-&lt;locale&gt;-&lt;channel&gt;</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoColumn.cpp" line="105"/>
        <source>an empty part between “-”</source>
        <translation>ein leerer Teil zwischen „-“</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoColumn.cpp" line="112"/>
        <source>“%1” is not a locale in Akeneo&apos;s format, such as en_US or de_DE</source>
        <translation>„%1“ ist kein Gebietsschema im Akeneo-Format wie en_US oder de_DE</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoColumn.cpp" line="116"/>
        <source>“%1” is neither a locale (en_US) nor a channel code</source>
        <translation>„%1“ ist weder ein Gebietsschema (en_US) noch ein Kanalcode</translation>
    </message>
</context>
<context>
    <name>facet::AkeneoExporter</name>
    <message>
        <location filename="../models/exchange/AkeneoExporter.cpp" line="77"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoExporter.cpp" line="83"/>
        <location filename="../models/exchange/AkeneoExporter.cpp" line="232"/>
        <location filename="../models/exchange/AkeneoExporter.cpp" line="285"/>
        <location filename="../models/exchange/AkeneoExporter.cpp" line="302"/>
        <location filename="../models/exchange/AkeneoExporter.cpp" line="310"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoExporter.cpp" line="305"/>
        <source>cancelled; the export in %1 is incomplete</source>
        <translation>abgebrochen; der Export in %1 ist unvollständig</translation>
    </message>
</context>
<context>
    <name>facet::AkeneoImporter</name>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="163"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="179"/>
        <source>no product file among the files given (structure files alone cannot be imported yet)</source>
        <translation>keine Produktdatei unter den angegebenen Dateien (Strukturdateien allein können noch nicht importiert werden)</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="205"/>
        <source>no product file can be read:
%1</source>
        <translation>keine Produktdatei kann gelesen werden:
%1</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="233"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="237"/>
        <source>the header is not valid UTF-8; save the file as UTF-8</source>
        <translation>die Kopfzeile ist kein gültiges UTF-8; speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="245"/>
        <source>the fields are separated by “%1”; Akeneo files use “;”</source>
        <translation>die Felder sind durch „%1“ getrennt; Akeneo-Dateien verwenden „;“</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="268"/>
        <source>the column appears twice; only the first is read</source>
        <translation>die Spalte kommt zweimal vor; nur die erste wird gelesen</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="282"/>
        <source>a unit column without the column “%1” it belongs to</source>
        <translation>eine Einheitenspalte ohne die zugehörige Spalte „%1“</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="290"/>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="632"/>
        <source>column skipped: %1</source>
        <translation>Spalte übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="295"/>
        <source>column not imported: Facet has no product associations (%1 with %2)</source>
        <translation>Spalte nicht importiert: Facet kennt keine Produktverknüpfungen (%1 mit %2)</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="301"/>
        <source>column not imported: Facet has no product groups</source>
        <translation>Spalte nicht importiert: Facet kennt keine Produktgruppen</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="306"/>
        <source>column not imported: Facet has no product models; each row is imported as a product of its own</source>
        <translation>Spalte nicht importiert: Facet kennt keine Produktmodelle; jede Zeile wird als eigenes Produkt importiert</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="312"/>
        <source>column not imported: channels receive a product through its workflow stage, not an enabled flag</source>
        <translation>Spalte nicht importiert: Kanäle erhalten ein Produkt über seine Workflow-Phase, nicht über ein enabled-Flag</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="349"/>
        <source>the file has no identifier column “%1”</source>
        <translation>die Datei hat keine Kennungsspalte „%1“</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="428"/>
        <source>locale %1, from the column headers</source>
        <translation>Gebietsschema %1, aus den Spaltenköpfen</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="441"/>
        <source>channel %1 (kind %2, locales %3), from the column headers</source>
        <translation>Kanal %1 (Typ %2, Gebietsschemas %3), aus den Spaltenköpfen</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="464"/>
        <source>attribute %1: identifier, from the first column</source>
        <translation>Attribut %1: Kennung, aus der ersten Spalte</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="488"/>
        <source>it has a unit column</source>
        <translation>es hat eine Einheitenspalte</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="491"/>
        <source>it has a column per currency</source>
        <translation>es hat eine Spalte pro Währung</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="494"/>
        <source>every value is a price such as “19.99 EUR”</source>
        <translation>jeder Wert ist ein Preis wie „19.99 EUR“</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="497"/>
        <source>every value is 1 or 0</source>
        <translation>jeder Wert ist 1 oder 0</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="500"/>
        <source>every value is a number</source>
        <translation>jeder Wert ist eine Zahl</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="503"/>
        <source>every value is a date YYYY-MM-DD</source>
        <translation>jeder Wert ist ein Datum JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="506"/>
        <source>every value is an image or document file</source>
        <translation>jeder Wert ist eine Bild- oder Dokumentdatei</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="509"/>
        <source>values hold HTML or line breaks</source>
        <translation>die Werte enthalten HTML oder Zeilenumbrüche</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="512"/>
        <source>values are comma-separated codes</source>
        <translation>die Werte sind kommagetrennte Codes</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="515"/>
        <source>values are a few codes</source>
        <translation>die Werte sind wenige Codes</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="518"/>
        <source>values are text</source>
        <translation>die Werte sind Text</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="518"/>
        <source>no values, so text</source>
        <translation>es gibt keine Werte, daher Text</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="532"/>
        <source>localizable</source>
        <translation>lokalisierbar</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="534"/>
        <source>scopable</source>
        <translation>kanalspezifisch</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="535"/>
        <source>attribute %1: %2%3, because %4</source>
        <translation>Attribut %1: %2%3, denn %4</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="548"/>
        <source>options of %1: %2, from the values</source>
        <translation>Optionen von %1: %2, aus den Werten</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="577"/>
        <source>family default, for products without a family (%1 attributes)</source>
        <translation>Familie default für Produkte ohne Familie (%1 Attribute)</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="579"/>
        <source>family %1 with the %2 attributes its products use</source>
        <translation>Familie %1 mit den %2 Attributen, die ihre Produkte verwenden</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="592"/>
        <source>categories %1 as roots of the tree, from the categories column</source>
        <translation>Kategorien %1 als Wurzeln des Baums, aus der Spalte categories</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="606"/>
        <source>unknown attribute “%1”</source>
        <translation>unbekanntes Attribut „%1“</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="608"/>
        <source>“%1” is the identifier; only its own column holds it</source>
        <translation>„%1“ ist die Kennung; nur ihre eigene Spalte enthält sie</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="610"/>
        <source>attribute “%1” is not localizable</source>
        <translation>das Attribut „%1“ ist nicht lokalisierbar</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="612"/>
        <source>attribute “%1” is localizable: the column needs a locale, e.g. %1-%2</source>
        <translation>das Attribut „%1“ ist lokalisierbar: die Spalte benötigt ein Gebietsschema, z. B. %1-%2</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="615"/>
        <source>attribute “%1” has no per-channel values</source>
        <translation>das Attribut „%1“ hat keine kanalspezifischen Werte</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="617"/>
        <source>unknown channel “%1”</source>
        <translation>unbekannter Kanal „%1“</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="620"/>
        <source>channel “%1” does not publish in %2</source>
        <translation>der Kanal „%1“ veröffentlicht nicht in %2</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="622"/>
        <source>a unit column, but “%1” is not a metric</source>
        <translation>eine Einheitenspalte, aber „%1“ ist kein Messwert</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="624"/>
        <source>a currency column, but “%1” is not a price</source>
        <translation>eine Währungsspalte, aber „%1“ ist kein Preis</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="664"/>
        <source>media paths must be relative to the import folder %1</source>
        <translation>Medienpfade müssen relativ zum Importordner %1 sein</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="669"/>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="683"/>
        <source>the media path leads outside the import folder %1</source>
        <translation>der Medienpfad führt aus dem Importordner %1 heraus</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="679"/>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="835"/>
        <source>no such file in the import folder</source>
        <translation>keine solche Datei im Importordner</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="688"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="809"/>
        <source>markup dropped: %1</source>
        <translation>Auszeichnung entfernt: %1</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="921"/>
        <source>the row has no identifier</source>
        <translation>die Zeile hat keine Kennung</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="930"/>
        <source>duplicate identifier: “%1” is already on line %2</source>
        <translation>doppelte Kennung: „%1“ steht bereits in Zeile %2</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="1076"/>
        <source>the row is not valid UTF-8 (is the file saved as UTF-8?); it was rejected</source>
        <translation>die Zeile ist kein gültiges UTF-8 (ist die Datei als UTF-8 gespeichert?); sie wurde abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="1084"/>
        <source>the row has %1 fields, the header %2; it was rejected</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile %2; sie wurde abgelehnt</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="1098"/>
        <source>; the rows after it were not read</source>
        <translation>; die Zeilen danach wurden nicht gelesen</translation>
    </message>
</context>
<context>
    <name>facet::AkeneoStructure</name>
    <message>
        <location filename="../models/exchange/AkeneoStructure.cpp" line="107"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoStructure.cpp" line="111"/>
        <source>the header is not valid UTF-8; save the file as UTF-8</source>
        <translation>die Kopfzeile ist kein gültiges UTF-8; speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoStructure.cpp" line="120"/>
        <source>the fields are separated by “%1”; Akeneo files use “;”</source>
        <translation>die Felder sind durch „%1“ getrennt; Akeneo-Dateien verwenden „;“</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoStructure.cpp" line="128"/>
        <source>the row is not valid UTF-8; it was skipped</source>
        <translation>die Zeile ist kein gültiges UTF-8; sie wurde übersprungen</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoStructure.cpp" line="135"/>
        <source>the row has %1 fields, the header %2; it was skipped</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile %2; sie wurde übersprungen</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoStructure.cpp" line="237"/>
        <source>the column “%1” is missing; the file was skipped</source>
        <translation>die Spalte „%1“ fehlt; die Datei wurde übersprungen</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoStructure.cpp" line="250"/>
        <source>the row has no code</source>
        <translation>die Zeile hat keinen Code</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoStructure.cpp" line="256"/>
        <location filename="../models/exchange/AkeneoStructure.cpp" line="285"/>
        <source>“%1” is not a locale in Akeneo&apos;s format, such as en_US</source>
        <translation>„%1“ ist kein Gebietsschema im Akeneo-Format wie en_US</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoStructure.cpp" line="277"/>
        <source>channel %1: kind %2, from its code</source>
        <translation>Kanal %1: Typ %2, aus seinem Code</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoStructure.cpp" line="319"/>
        <source>the attribute type “%1” is not supported; the attribute and its columns are skipped</source>
        <translation>der Attributtyp „%1“ wird nicht unterstützt; das Attribut und seine Spalten werden übersprungen</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoStructure.cpp" line="364"/>
        <source>“%1” is not a select attribute</source>
        <translation>„%1“ ist kein Auswahlattribut</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoStructure.cpp" line="381"/>
        <source>family “%1” names the unknown attribute “%2”; it is left out</source>
        <translation>die Familie „%1“ verweist auf das unbekannte Attribut „%2“; es wird weggelassen</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoStructure.cpp" line="401"/>
        <source>requirements for the unknown channel “%1” are left out</source>
        <translation>Anforderungen für den unbekannten Kanal „%1“ werden weggelassen</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoStructure.cpp" line="420"/>
        <source>family “%1” gains the attributes or requirements the file adds</source>
        <translation>die Familie „%1“ erhält die Attribute oder Anforderungen, die die Datei hinzufügt</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoStructure.cpp" line="449"/>
        <source>category “%1” names the unknown parent “%2”; it becomes a root</source>
        <translation>die Kategorie „%1“ verweist auf die unbekannte übergeordnete Kategorie „%2“; sie wird zu einer Wurzel</translation>
    </message>
</context>
<context>
    <name>facet::AssetBrowser</name>
    <message>
        <location filename="../ui/assets/AssetBrowser.cpp" line="41"/>
        <source>Search titles, tags, file names…</source>
        <translation>Titel, Tags, Dateinamen durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetBrowser.cpp" line="48"/>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetBrowser.cpp" line="68"/>
        <source>Drop JPEG, PNG, WebP, SVG or PDF files here to add them; drag a picture onto a record&apos;s asset field to use it.</source>
        <translation>Legen Sie JPEG-, PNG-, WebP-, SVG- oder PDF-Dateien hier ab, um sie hinzuzufügen; ziehen Sie ein Bild auf das Asset-Feld eines Datensatzes, um es zu verwenden.</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetBrowser.cpp" line="133"/>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetBrowser.cpp" line="193"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetBrowser.cpp" line="202"/>
        <source>= %1 is already in the library (deduplicated)</source>
        <translation>= %1 ist bereits in der Bibliothek (dedupliziert)</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetBrowser.cpp" line="203"/>
        <source>✓ %1 added</source>
        <translation>✓ %1 hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetBrowser.cpp" line="217"/>
        <source>Add to the asset library</source>
        <translation>Zur Asset-Bibliothek hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetBrowser.cpp" line="218"/>
        <source>Assets (*.jpg *.jpeg *.png *.webp *.svg *.pdf);;All files (*)</source>
        <translation>Assets (*.jpg *.jpeg *.png *.webp *.svg *.pdf);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>facet::AssetListModel</name>
    <message>
        <location filename="../models/itemmodels/AssetListModel.cpp" line="119"/>
        <source>Expired on %1: channels may no longer use it.</source>
        <translation>Abgelaufen am %1: Kanäle dürfen es nicht mehr verwenden.</translation>
    </message>
</context>
<context>
    <name>facet::AssetMetadataEditor</name>
    <message>
        <location filename="../ui/assets/AssetMetadataEditor.cpp" line="29"/>
        <source>Expires after</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetMetadataEditor.cpp" line="33"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetMetadataEditor.cpp" line="44"/>
        <source>Locale</source>
        <translation>Gebietsschema</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetMetadataEditor.cpp" line="44"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetMetadataEditor.cpp" line="44"/>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetMetadataEditor.cpp" line="50"/>
        <source>© year, rights holder</source>
        <translation>© Jahr, Rechteinhaber</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetMetadataEditor.cpp" line="58"/>
        <source>tags, separated by commas</source>
        <translation>Tags, durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetMetadataEditor.cpp" line="66"/>
        <source>Rights</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetMetadataEditor.cpp" line="67"/>
        <source>Expiry</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetMetadataEditor.cpp" line="69"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetMetadataEditor.cpp" line="76"/>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetMetadataEditor.cpp" line="104"/>
        <source>Select an asset to see its details.</source>
        <translation>Wählen Sie ein Asset aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetMetadataEditor.cpp" line="150"/>
        <source>No record uses this asset.</source>
        <translation>Kein Datensatz verwendet dieses Asset.</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetMetadataEditor.cpp" line="168"/>
        <source>Expired on %1: channels may no longer use it, and renderings that do report an error.</source>
        <translation>Abgelaufen am %1: Kanäle dürfen es nicht mehr verwenden, und Ausgaben, die es doch tun, melden einen Fehler.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/assets/AssetMetadataEditor.cpp" line="172"/>
        <source>Expires in %n day(s).</source>
        <translation>
            <numerusform>Läuft in %n Tag ab.</numerusform>
            <numerusform>Läuft in %n Tagen ab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>facet::AssetSniffer</name>
    <message>
        <location filename="../models/assets/AssetSniffer.cpp" line="136"/>
        <source>%1 was refused: %2</source>
        <translation>%1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../models/assets/AssetSniffer.cpp" line="142"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../models/assets/AssetSniffer.cpp" line="144"/>
        <source>the file has %1, more than the library&apos;s limit of %2</source>
        <translation>die Datei ist %1 groß, mehr als die Grenze der Bibliothek von %2</translation>
    </message>
    <message>
        <location filename="../models/assets/AssetSniffer.cpp" line="152"/>
        <source>the library accepts JPEG, PNG, WebP, SVG and PDF files, and “.%1” is none of them</source>
        <translation>die Bibliothek akzeptiert JPEG-, PNG-, WebP-, SVG- und PDF-Dateien, und „.%1“ ist keines davon</translation>
    </message>
    <message>
        <location filename="../models/assets/AssetSniffer.cpp" line="154"/>
        <source>the library accepts JPEG, PNG, WebP, SVG and PDF files, and %1 is none of them</source>
        <translation>die Bibliothek akzeptiert JPEG-, PNG-, WebP-, SVG- und PDF-Dateien, und %1 ist keines davon</translation>
    </message>
    <message>
        <location filename="../models/assets/AssetSniffer.cpp" line="158"/>
        <source>its name says %1, but its content is not a JPEG, PNG, WebP, SVG or PDF file</source>
        <translation>laut Name ist sie %1, aber ihr Inhalt ist keine JPEG-, PNG-, WebP-, SVG- oder PDF-Datei</translation>
    </message>
    <message>
        <location filename="../models/assets/AssetSniffer.cpp" line="162"/>
        <source>its name says %1, but its content is %2</source>
        <translation>laut Name ist sie %1, aber ihr Inhalt ist %2</translation>
    </message>
    <message>
        <location filename="../models/assets/AssetSniffer.cpp" line="173"/>
        <source>the SVG cannot be drawn</source>
        <translation>das SVG kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <location filename="../models/assets/AssetSniffer.cpp" line="187"/>
        <source>its %1 header is damaged: %2</source>
        <translation>ihr %1-Header ist beschädigt: %2</translation>
    </message>
    <message>
        <location filename="../models/assets/AssetSniffer.cpp" line="190"/>
        <source>its header claims %1 × %2 pixels (%3 megapixels); the library decodes at most %4 megapixels, so this is treated as a decompression bomb</source>
        <translation>ihr Header gibt %1 × %2 Pixel an (%3 Megapixel); die Bibliothek dekodiert höchstens %4 Megapixel, daher wird dies als Dekompressionsbombe behandelt</translation>
    </message>
    <message>
        <location filename="../models/assets/AssetSniffer.cpp" line="199"/>
        <source>the %1 data cannot be decoded: %2</source>
        <translation>die %1-Daten können nicht dekodiert werden: %2</translation>
    </message>
</context>
<context>
    <name>facet::AssetStore</name>
    <message>
        <location filename="../models/assets/AssetStore.cpp" line="100"/>
        <source>cannot store %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../models/assets/AssetStore.cpp" line="115"/>
        <source>there is no asset %1</source>
        <translation>es gibt kein Asset %1</translation>
    </message>
    <message>
        <location filename="../models/assets/AssetStore.cpp" line="285"/>
        <source>cannot cache the rendition: %1</source>
        <translation>die Variante kann nicht zwischengespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>facet::AssetThumbnailDelegate</name>
    <message>
        <location filename="../ui/assets/AssetThumbnailDelegate.cpp" line="19"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetThumbnailDelegate.cpp" line="19"/>
        <source>Expires soon</source>
        <translation>Läuft bald ab</translation>
    </message>
</context>
<context>
    <name>facet::AssetValueEditor</name>
    <message>
        <location filename="../ui/editor/AssetValueEditor.cpp" line="62"/>
        <source>⚠ expired on %1</source>
        <translation>⚠ abgelaufen am %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/AssetValueEditor.cpp" line="63"/>
        <source>Channels may no longer use this asset: their renderings report an error. Choose another asset or extend its expiry date in the asset library.</source>
        <translation>Kanäle dürfen dieses Asset nicht mehr verwenden: Ihre Ausgaben melden einen Fehler. Wählen Sie ein anderes Asset oder verlängern Sie sein Ablaufdatum in der Asset-Bibliothek.</translation>
    </message>
    <message>
        <location filename="../ui/editor/AssetValueEditor.cpp" line="68"/>
        <source>expires on %1</source>
        <translation>läuft am %1 ab</translation>
    </message>
    <message>
        <location filename="../ui/editor/AssetValueEditor.cpp" line="76"/>
        <source>no asset</source>
        <translation>kein Asset</translation>
    </message>
    <message>
        <location filename="../ui/editor/AssetValueEditor.cpp" line="81"/>
        <source>no asset with this id</source>
        <translation>kein Asset mit dieser ID</translation>
    </message>
</context>
<context>
    <name>facet::Attribute</name>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="113"/>
        <source>“%1” is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="121"/>
        <source>“%1” is not an amount with a unit such as “1.5 KILOGRAM”</source>
        <translation>„%1“ ist keine Mengenangabe mit Einheit wie „1.5 KILOGRAM“</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="130"/>
        <source>“%1” is not a price such as “19.99 EUR”</source>
        <translation>„%1“ ist kein Preis wie „19.99 EUR“</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="141"/>
        <source>“%1” is not a yes/no value (1 or 0)</source>
        <translation>„%1“ ist kein Ja/Nein-Wert (1 oder 0)</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="145"/>
        <location filename="../models/catalog/Attribute.cpp" line="294"/>
        <source>“%1” is not a date in the form YYYY-MM-DD</source>
        <translation>„%1“ ist kein Datum im Format JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="160"/>
        <source>“%1” is not an asset id</source>
        <translation>„%1“ ist keine Asset-ID</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="164"/>
        <source>unsupported attribute type</source>
        <translation>nicht unterstützter Attributtyp</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="224"/>
        <source>expected %1</source>
        <translation>erwartet wird %1</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="231"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="239"/>
        <source>%1 characters, at most %2 allowed</source>
        <translation>%1 Zeichen, höchstens %2 erlaubt</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="243"/>
        <source>markup “%1” is not allowed in rich text</source>
        <translation>die Auszeichnung „%1“ ist in formatiertem Text nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="249"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="252"/>
        <source>%1 has decimals, only whole numbers are allowed</source>
        <translation>%1 hat Nachkommastellen, nur ganze Zahlen sind erlaubt</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="254"/>
        <location filename="../models/catalog/Attribute.cpp" line="268"/>
        <source>%1 is below the minimum %2</source>
        <translation>%1 liegt unter dem Minimum %2</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="256"/>
        <location filename="../models/catalog/Attribute.cpp" line="270"/>
        <source>%1 is above the maximum %2</source>
        <translation>%1 liegt über dem Maximum %2</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="262"/>
        <source>an amount with a unit</source>
        <translation>eine Mengenangabe mit Einheit</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="265"/>
        <source>unit “%1” is not one of %2</source>
        <translation>die Einheit „%1“ ist nicht zulässig (erlaubt: %2)</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="275"/>
        <source>prices per currency</source>
        <translation>Preise je Währung</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="280"/>
        <source>currency “%1” is not accepted</source>
        <translation>die Währung „%1“ wird nicht akzeptiert</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="283"/>
        <source>“%1” is not an amount such as 19.99</source>
        <translation>„%1“ ist kein Betrag wie 19.99</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="286"/>
        <source>price %1 %2 is negative</source>
        <translation>der Preis %1 %2 ist negativ</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="291"/>
        <source>yes or no</source>
        <translation>ja oder nein</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="298"/>
        <source>an option code</source>
        <translation>ein Optionscode</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="300"/>
        <location filename="../models/catalog/Attribute.cpp" line="307"/>
        <source>“%1” is not an option of %2</source>
        <translation>„%1“ ist keine Option von %2</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="304"/>
        <source>a list of option codes</source>
        <translation>eine Liste von Optionscodes</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="311"/>
        <source>an asset id</source>
        <translation>eine Asset-ID</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="314"/>
        <source>“%1” is not a GTIN-8/12/13/14 with a valid check digit</source>
        <translation>„%1“ ist keine GTIN-8/12/13/14 mit gültiger Prüfziffer</translation>
    </message>
</context>
<context>
    <name>facet::AuditChain</name>
    <message>
        <location filename="../models/audit/AuditChain.cpp" line="57"/>
        <source>entry %1 is missing: the log goes from %2 to %3</source>
        <translation>Eintrag %1 fehlt: das Protokoll springt von %2 zu %3</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditChain.cpp" line="62"/>
        <source>entry %1 is out of order after entry %2</source>
        <translation>Eintrag %1 steht in falscher Reihenfolge nach Eintrag %2</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditChain.cpp" line="67"/>
        <source>entry %1 does not follow entry %2: its previous hash differs</source>
        <translation>Eintrag %1 folgt nicht auf Eintrag %2: sein vorheriger Hash weicht ab</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditChain.cpp" line="70"/>
        <source>entry %1 was changed: its content does not match its hash</source>
        <translation>Eintrag %1 wurde geändert: sein Inhalt passt nicht zu seinem Hash</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditChain.cpp" line="80"/>
        <source>entries %1 to %2 are missing from the end of the log</source>
        <translation>die Einträge %1 bis %2 fehlen am Ende des Protokolls</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditChain.cpp" line="83"/>
        <source>the log&apos;s last entry %1 is not the one the workspace recorded</source>
        <translation>der letzte Eintrag %1 des Protokolls ist nicht der, den der Arbeitsbereich festgehalten hat</translation>
    </message>
</context>
<context>
    <name>facet::AuditLogWindow</name>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="60"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="60"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="92"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="94"/>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="98"/>
        <source>&amp;Verify Chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="103"/>
        <source>Audit Log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="110"/>
        <source>any user</source>
        <translation>jeder Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="115"/>
        <source>any record or object</source>
        <translation>jeder Datensatz oder Gegenstand</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="118"/>
        <source>any kind</source>
        <translation>jede Art</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="133"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="133"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="133"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="133"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="133"/>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="133"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="144"/>
        <source>Recompute the hash chain over the whole log: a changed, removed or reordered entry is found and named</source>
        <translation>Die Hash-Kette über das gesamte Protokoll neu berechnen: ein geänderter, entfernter oder verschobener Eintrag wird gefunden und benannt</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="148"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="150"/>
        <source>Save the entries shown as CSV or JSON</source>
        <translation>Die angezeigten Einträge als CSV oder JSON speichern</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="151"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtern</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="156"/>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="158"/>
        <source>Record:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="160"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="248"/>
        <source>The newest %L1 entries; narrow the filter to see older ones</source>
        <translation>Die neuesten %L1 Einträge; schränken Sie den Filter ein, um ältere zu sehen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/AuditLogWindow.cpp" line="249"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="281"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="290"/>
        <source>Export Audit Log</source>
        <translation>Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="291"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/AuditLogWindow.cpp" line="299"/>
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="309"/>
        <source>Checking the chain…</source>
        <translation>Kette wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/AuditLogWindow.cpp" line="327"/>
        <source>✔ The chain is intact: %Ln entries checked.</source>
        <translation>
            <numerusform>✔ Die Kette ist intakt: %Ln Eintrag geprüft.</numerusform>
            <numerusform>✔ Die Kette ist intakt: %Ln Einträge geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="328"/>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
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
        <location filename="../models/catalog/Catalog.cpp" line="78"/>
        <source>“%1” in “%2” is neither a locale nor a channel of this workspace</source>
        <translation>„%1“ in „%2“ ist weder ein Gebietsschema noch ein Kanal dieses Arbeitsbereichs</translation>
    </message>
    <message>
        <location filename="../models/catalog/Catalog.cpp" line="84"/>
        <source>attribute “%1” is not localizable</source>
        <translation>das Attribut „%1“ ist nicht lokalisierbar</translation>
    </message>
    <message>
        <location filename="../models/catalog/Catalog.cpp" line="86"/>
        <source>attribute “%1” needs a locale, e.g. %1-%2</source>
        <translation>das Attribut „%1“ benötigt ein Gebietsschema, z.&#xa0;B. %1-%2</translation>
    </message>
    <message>
        <location filename="../models/catalog/Catalog.cpp" line="89"/>
        <source>attribute “%1” has no per-channel values</source>
        <translation>das Attribut „%1“ hat keine kanalspezifischen Werte</translation>
    </message>
</context>
<context>
    <name>facet::CatalogPdf</name>
    <message>
        <location filename="../models/publishing/CatalogPdf.cpp" line="49"/>
        <source>Cannot add %1 to the catalog: %2</source>
        <translation>%1 kann nicht in den Katalog aufgenommen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/CatalogPdf.cpp" line="51"/>
        <source>Cannot write the catalog: %1</source>
        <translation>Der Katalog kann nicht geschrieben werden: %1</translation>
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
        <location filename="../models/storage/CatalogStore.cpp" line="148"/>
        <source>locale “%1” is not of the form en_US</source>
        <translation>das Gebietsschema „%1“ hat nicht die Form en_US</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="154"/>
        <source>%1 code “%2” must be 1–100 lower-case letters, digits or “_”</source>
        <translation>der %1-Code „%2“ muss aus 1–100 Kleinbuchstaben, Ziffern oder „_“ bestehen</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="157"/>
        <source>channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="160"/>
        <source>channel “%1” has the unknown kind “%2”</source>
        <translation>der Kanal „%1“ hat den unbekannten Typ „%2“</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="163"/>
        <source>channel “%1” names the unknown locale “%2”</source>
        <translation>der Kanal „%1“ verweist auf das unbekannte Gebietsschema „%2“</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="167"/>
        <source>attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="173"/>
        <source>attribute “%1” names the unknown group “%2”</source>
        <translation>das Attribut „%1“ verweist auf die unbekannte Gruppe „%2“</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="176"/>
        <source>family</source>
        <translation>Familien</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="180"/>
        <source>family “%1” names the unknown attribute “%2”</source>
        <translation>die Familie „%1“ verweist auf das unbekannte Attribut „%2“</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="185"/>
        <source>family “%1” has requirements for the unknown channel “%2”</source>
        <translation>die Familie „%1“ hat Anforderungen für den unbekannten Kanal „%2“</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="189"/>
        <source>family “%1” requires “%2”, which it does not have</source>
        <translation>die Familie „%1“ verlangt „%2“, enthält dieses Attribut aber nicht</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="194"/>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="280"/>
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
    <name>facet::ChannelPreview</name>
    <message>
        <location filename="../ui/previews/ChannelPreview.cpp" line="114"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/previews/ChannelPreview.cpp" line="117"/>
        <source>Open the %1 preview</source>
        <translation>Vorschau für %1 öffnen</translation>
    </message>
    <message>
        <location filename="../ui/previews/ChannelPreview.cpp" line="118"/>
        <source>%1 (%2 channel) in %3</source>
        <translation>%1 (Kanal vom Typ %2) in %3</translation>
    </message>
    <message>
        <location filename="../ui/previews/ChannelPreview.cpp" line="164"/>
        <source>This channel&apos;s templates could not render the product:
%1</source>
        <translation>Die Vorlagen dieses Kanals konnten das Produkt nicht ausgeben:
%1</translation>
    </message>
    <message>
        <location filename="../ui/previews/ChannelPreview.cpp" line="244"/>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <location filename="../ui/previews/ChannelPreview.cpp" line="269"/>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <location filename="../ui/previews/ChannelPreview.cpp" line="269"/>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <location filename="../ui/previews/ChannelPreview.cpp" line="271"/>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <location filename="../ui/previews/ChannelPreview.cpp" line="271"/>
        <source>%1 warnings</source>
        <translation>%1 Warnungen</translation>
    </message>
    <message>
        <location filename="../ui/previews/ChannelPreview.cpp" line="273"/>
        <source>1 note</source>
        <translation>1 Hinweis</translation>
    </message>
    <message>
        <location filename="../ui/previews/ChannelPreview.cpp" line="273"/>
        <source>%1 notes</source>
        <translation>%1 Hinweise</translation>
    </message>
    <message>
        <location filename="../ui/previews/ChannelPreview.cpp" line="274"/>
        <source>No findings</source>
        <translation>Keine Befunde</translation>
    </message>
    <message>
        <location filename="../ui/previews/ChannelPreview.cpp" line="278"/>
        <source>Open the tab to see the findings</source>
        <translation>Öffnen Sie den Tab, um die Befunde zu sehen</translation>
    </message>
</context>
<context>
    <name>facet::ChannelRenderer</name>
    <message>
        <location filename="../models/rendering/ChannelRenderer.cpp" line="59"/>
        <source>channel %1 has the kind “%2”, which Facet cannot render</source>
        <translation>Kanal %1 hat den Typ „%2“, den Facet nicht ausgeben kann</translation>
    </message>
    <message>
        <location filename="../models/rendering/ChannelRenderer.cpp" line="73"/>
        <source>channel %1 has no “%2” template</source>
        <translation>Kanal %1 hat keine Vorlage „%2“</translation>
    </message>
    <message>
        <location filename="../models/rendering/ChannelRenderer.cpp" line="112"/>
        <source>%1 has no %2 text; the %3 text is used.</source>
        <translation>%1 hat keinen Text für %2; der Text für %3 wird verwendet.</translation>
    </message>
    <message>
        <location filename="../models/rendering/ChannelRenderer.cpp" line="130"/>
        <source>The asset %1 in “%2” expired on %3; channels may no longer use it. Choose another asset or extend its expiry date in the asset library.</source>
        <translation>Das Asset %1 in „%2“ ist am %3 abgelaufen; Kanäle dürfen es nicht mehr verwenden. Wählen Sie ein anderes Asset oder verlängern Sie sein Ablaufdatum in der Asset-Bibliothek.</translation>
    </message>
    <message>
        <location filename="../models/rendering/ChannelRenderer.cpp" line="144"/>
        <source>“%1” is required for this channel and empty in %2.</source>
        <translation>„%1“ ist für diesen Kanal erforderlich und in %2 leer.</translation>
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
    <name>facet::CsvReader</name>
    <message>
        <location filename="../models/exchange/CsvReader.cpp" line="45"/>
        <source>the quote opened on line %1 is never closed</source>
        <translation>das in Zeile %1 geöffnete Anführungszeichen wird nie geschlossen</translation>
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
    <name>facet::DeadLettersView</name>
    <message>
        <location filename="../ui/publishing/DeadLettersView.cpp" line="36"/>
        <source>Retry &amp;Selected</source>
        <translation>&amp;Ausgewählte erneut senden</translation>
    </message>
    <message>
        <location filename="../ui/publishing/DeadLettersView.cpp" line="37"/>
        <source>Retry &amp;All</source>
        <translation>A&amp;lle erneut senden</translation>
    </message>
    <message>
        <location filename="../ui/publishing/DeadLettersView.cpp" line="43"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/publishing/DeadLettersView.cpp" line="43"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../ui/publishing/DeadLettersView.cpp" line="43"/>
        <source>Locale</source>
        <translation>Gebietsschema</translation>
    </message>
    <message>
        <location filename="../ui/publishing/DeadLettersView.cpp" line="43"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location filename="../ui/publishing/DeadLettersView.cpp" line="43"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../ui/publishing/DeadLettersView.cpp" line="43"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../ui/publishing/DeadLettersView.cpp" line="43"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../ui/publishing/DeadLettersView.cpp" line="56"/>
        <source>Webhook messages that were refused (4xx) or never answered after every retry. A retry sends them again with the same idempotency key.</source>
        <translation>Webhook-Nachrichten, die abgelehnt wurden (4xx) oder auch nach allen Wiederholungen unbeantwortet blieben. Beim erneuten Senden wird derselbe Idempotenzschlüssel verwendet.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/DeadLettersView.cpp" line="109"/>
        <source>Nothing waits: every message was delivered.</source>
        <translation>Nichts ausstehend: Alle Nachrichten wurden zugestellt.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/DeadLettersView.cpp" line="139"/>
        <source>Retried. What was delivered has left the list.</source>
        <translation>Erneut gesendet. Zugestellte Nachrichten wurden aus der Liste entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/DeadLettersView.cpp" line="148"/>
        <source>Retrying…</source>
        <translation>Wird erneut gesendet…</translation>
    </message>
</context>
<context>
    <name>facet::DemoWorkspace</name>
    <message>
        <location filename="../models/demo/DemoWorkspace.cpp" line="50"/>
        <source>cannot add the demo image %1: %2</source>
        <translation>das Demobild %1 kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoWorkflow.cpp" line="62"/>
        <source>cannot hash the demo password</source>
        <translation>das Demo-Passwort kann nicht gehasht werden</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoWorkflow.cpp" line="92"/>
        <source>Ready for review.</source>
        <translation>Bereit zur Prüfung.</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoWorkflow.cpp" line="99"/>
        <source>Reads well.</source>
        <translation>Liest sich gut.</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoWorkflow.cpp" line="108"/>
        <source>The tagline promises more than the product does; please tone it down.</source>
        <translation>Der Slogan verspricht mehr, als das Produkt hält; bitte abschwächen.</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoWorkflow.cpp" line="115"/>
        <source>On brand.</source>
        <translation>Passt zur Marke.</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoWorkflow.cpp" line="121"/>
        <source>Legally fine for print.</source>
        <translation>Rechtlich in Ordnung für den Druck.</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoWorkflow.cpp" line="137"/>
        <source>New season, new colors.</source>
        <translation>Neue Saison, neue Farben.</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoWorkflow.cpp" line="138"/>
        <source> New season, new colors.</source>
        <translation> Neue Saison, neue Farben.</translation>
    </message>
</context>
<context>
    <name>facet::DurableFile</name>
    <message>
        <location filename="../models/publishing/DurableFile.cpp" line="38"/>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/DurableFile.cpp" line="48"/>
        <location filename="../models/publishing/DurableFile.cpp" line="61"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/DurableFile.cpp" line="56"/>
        <source>Cannot flush %1 to disk: %2</source>
        <translation>%1 kann nicht auf den Datenträger geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/DurableFile.cpp" line="71"/>
        <source>Cannot open the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/DurableFile.cpp" line="76"/>
        <source>Cannot flush the folder %1 to disk: %2</source>
        <translation>Der Ordner %1 kann nicht auf den Datenträger geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/DurableFile.cpp" line="108"/>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3</translation>
    </message>
</context>
<context>
    <name>facet::EmailRules</name>
    <message>
        <location filename="../models/channels/EmailRules.cpp" line="58"/>
        <source>The subject is empty.</source>
        <translation>Der Betreff ist leer.</translation>
    </message>
    <message>
        <location filename="../models/channels/EmailRules.cpp" line="62"/>
        <source>The subject is longer than a mail header line may be; shorten it.</source>
        <translation>Der Betreff ist länger, als eine Kopfzeile einer E-Mail sein darf; kürzen Sie ihn.</translation>
    </message>
    <message>
        <location filename="../models/channels/EmailRules.cpp" line="68"/>
        <source>Inboxes cut the subject after about %1 characters; put the point first or shorten it.</source>
        <translation>Posteingänge schneiden den Betreff nach etwa %1 Zeichen ab; stellen Sie das Wichtigste an den Anfang oder kürzen Sie ihn.</translation>
    </message>
    <message>
        <location filename="../models/channels/EmailRules.cpp" line="78"/>
        <source>The preheader is short; inboxes fill the rest of the preview with the first text of the body.</source>
        <translation>Der Preheader ist kurz; Posteingänge füllen den Rest der Vorschau mit dem ersten Text des Inhalts.</translation>
    </message>
    <message>
        <location filename="../models/channels/EmailRules.cpp" line="80"/>
        <source>The preheader is longer than most inboxes show.</source>
        <translation>Der Preheader ist länger, als die meisten Posteingänge anzeigen.</translation>
    </message>
    <message>
        <location filename="../models/channels/EmailRules.cpp" line="88"/>
        <source>Gmail clips HTML this large behind “View entire message”; make the HTML smaller.</source>
        <translation>Gmail kürzt so großes HTML hinter „Gesamte Nachricht anzeigen“; verkleinern Sie das HTML.</translation>
    </message>
    <message>
        <location filename="../models/channels/EmailRules.cpp" line="100"/>
        <source>The plain-text part does not name the product “%1”.</source>
        <translation>Der Nur-Text-Teil nennt das Produkt „%1“ nicht.</translation>
    </message>
    <message>
        <location filename="../models/channels/EmailRules.cpp" line="101"/>
        <source>The plain-text part does not show the price “%1”.</source>
        <translation>Der Nur-Text-Teil zeigt den Preis „%1“ nicht.</translation>
    </message>
    <message>
        <location filename="../models/channels/EmailRules.cpp" line="103"/>
        <source>The plain-text part does not contain the unsubscribe link %1.</source>
        <translation>Der Nur-Text-Teil enthält den Abmeldelink %1 nicht.</translation>
    </message>
    <message>
        <location filename="../models/channels/EmailRules.cpp" line="109"/>
        <source>An image has no alt text; add alt=&quot;&quot; if it is decoration.</source>
        <translation>Ein Bild hat keinen Alternativtext; fügen Sie alt=&quot;&quot; hinzu, wenn es nur Dekoration ist.</translation>
    </message>
    <message>
        <location filename="../models/channels/EmailRules.cpp" line="117"/>
        <source>A layout table needs role=&quot;presentation&quot; so screen readers do not read it as data.</source>
        <translation>Eine Layout-Tabelle benötigt role=&quot;presentation&quot;, damit Screenreader sie nicht als Daten vorlesen.</translation>
    </message>
    <message>
        <location filename="../models/channels/EmailRules.cpp" line="127"/>
        <source>The preheader is not the first text of the body, so inboxes preview something else.</source>
        <translation>Der Preheader ist nicht der erste Text des Inhalts, daher zeigen Posteingänge in der Vorschau etwas anderes.</translation>
    </message>
</context>
<context>
    <name>facet::EmlWriter</name>
    <message>
        <location filename="../models/channels/EmlWriter.cpp" line="196"/>
        <source>sender: %1</source>
        <translation>Absender: %1</translation>
    </message>
    <message>
        <location filename="../models/channels/EmlWriter.cpp" line="199"/>
        <source>recipient: %1</source>
        <translation>Empfänger: %1</translation>
    </message>
    <message>
        <location filename="../models/channels/EmlWriter.cpp" line="203"/>
        <source>“%1” is not a domain for the Message-ID</source>
        <translation>„%1“ ist keine Domain für die Message-ID</translation>
    </message>
    <message>
        <location filename="../models/channels/EmlWriter.cpp" line="208"/>
        <source>the one-click unsubscribe link must be an ASCII https:// URL, not “%1”</source>
        <translation>der Link zur Abmeldung mit einem Klick muss eine ASCII-URL mit https:// sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../models/channels/EmlWriter.cpp" line="215"/>
        <source>the unsubscribe address must be an ASCII mailto: URL, not “%1”</source>
        <translation>die Abmeldeadresse muss eine ASCII-URL mit mailto: sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../models/channels/EmlWriter.cpp" line="222"/>
        <source>an unsubscribe link is longer than a mail header line may be</source>
        <translation>ein Abmeldelink ist länger, als eine Kopfzeile einer E-Mail sein darf</translation>
    </message>
    <message>
        <location filename="../models/channels/EmlWriter.cpp" line="249"/>
        <source>“%1” cannot be the left part of a Message-ID</source>
        <translation>„%1“ kann nicht der linke Teil einer Message-ID sein</translation>
    </message>
</context>
<context>
    <name>facet::FeedRules</name>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="327"/>
        <source>Item %1 has the same id as item %2; ids must be unique in the feed.</source>
        <translation>Artikel %1 hat dieselbe id wie Artikel %2; ids müssen im Feed eindeutig sein.</translation>
    </message>
</context>
<context>
    <name>facet::FindingsList</name>
    <message>
        <location filename="../ui/previews/FindingsList.cpp" line="66"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../ui/previews/FindingsList.cpp" line="66"/>
        <source> (%1 / %2)</source>
        <translation> (%1 / %2)</translation>
    </message>
    <message>
        <location filename="../ui/previews/FindingsList.cpp" line="69"/>
        <source>%1 · rule %2</source>
        <translation>%1 · Regel %2</translation>
    </message>
    <message>
        <location filename="../ui/previews/FindingsList.cpp" line="71"/>
        <source>Click to edit “%1”.</source>
        <translation>Klicken Sie, um „%1“ zu bearbeiten.</translation>
    </message>
</context>
<context>
    <name>facet::FolderJournal</name>
    <message>
        <location filename="../models/publishing/FolderJournal.cpp" line="84"/>
        <source>a rename outside the folder (%1 → %2)</source>
        <translation>eine Umbenennung außerhalb des Ordners (%1 → %2)</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderJournal.cpp" line="91"/>
        <source>a removal outside the folder (%1)</source>
        <translation>ein Löschvorgang außerhalb des Ordners (%1)</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderJournal.cpp" line="126"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderJournal.cpp" line="130"/>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>%1 kann nicht in %2 umbenannt werden: %3</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderJournal.cpp" line="137"/>
        <location filename="../models/publishing/FolderJournal.cpp" line="150"/>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderJournal.cpp" line="164"/>
        <source>Cannot remove the staging folder %1.</source>
        <translation>Der Zwischenordner %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderJournal.cpp" line="173"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderJournal.cpp" line="178"/>
        <source>The journal %1 is damaged: %2</source>
        <translation>Das Journal %1 ist beschädigt: %2</translation>
    </message>
</context>
<context>
    <name>facet::FolderLayout</name>
    <message>
        <location filename="../models/publishing/FolderLayout.cpp" line="151"/>
        <source>The SKU “%1” cannot name a published file.</source>
        <translation>Die SKU „%1“ kann nicht als Name einer veröffentlichten Datei dienen.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderLayout.cpp" line="153"/>
        <source>The locale “%1” cannot name a published folder.</source>
        <translation>Das Gebietsschema „%1“ kann nicht als Name eines veröffentlichten Ordners dienen.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderLayout.cpp" line="156"/>
        <source>The SKU “%1” is reserved in %2 folders.</source>
        <translation>Die SKU „%1“ ist in %2-Ordnern reserviert.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderLayout.cpp" line="215"/>
        <source>Folder targets cannot publish the channel kind “%1”.</source>
        <translation>Ordnerziele können den Kanaltyp „%1“ nicht veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderLayout.cpp" line="219"/>
        <source>The %1 rendering of %2 (%3) failed and cannot be published.</source>
        <translation>Die Ausgabe %1 von %2 (%3) ist fehlgeschlagen und kann nicht veröffentlicht werden.</translation>
    </message>
</context>
<context>
    <name>facet::FolderLock</name>
    <message>
        <location filename="../models/publishing/FolderLock.cpp" line="30"/>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderLock.cpp" line="34"/>
        <source>Another publication is writing to this folder.</source>
        <translation>Eine andere Veröffentlichung schreibt gerade in diesen Ordner.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderLock.cpp" line="35"/>
        <source>Cannot lock %1.</source>
        <translation>%1 kann nicht gesperrt werden.</translation>
    </message>
</context>
<context>
    <name>facet::FolderManifest</name>
    <message>
        <location filename="../models/publishing/FolderManifest.cpp" line="126"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderManifest.cpp" line="137"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderManifest.cpp" line="149"/>
        <source>The manifest is not a JSON object: %1</source>
        <translation>Das Manifest ist kein JSON-Objekt: %1</translation>
    </message>
</context>
<context>
    <name>facet::FolderPublication</name>
    <message>
        <location filename="../models/publishing/FeedAssembler.cpp" line="29"/>
        <source>the feed item cannot be placed in the feed</source>
        <translation>der Artikel kann nicht in den Feed eingefügt werden</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderPublication.cpp" line="550"/>
        <source>The folder “%1” is not an absolute path.</source>
        <translation>Der Ordner „%1“ ist kein absoluter Pfad.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderPublication.cpp" line="604"/>
        <source>%1 has no manifest.json: nothing was published there.</source>
        <translation>%1 hat keine manifest.json: Dort wurde nichts veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>facet::FolderStaging</name>
    <message>
        <location filename="../models/publishing/FolderStaging.cpp" line="47"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>facet::FolderState</name>
    <message>
        <location filename="../models/publishing/FolderState.cpp" line="114"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderState.cpp" line="120"/>
        <source>%1 is damaged: publish the target again in full.</source>
        <translation>%1 ist beschädigt: Veröffentlichen Sie das Ziel noch einmal vollständig.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderState.cpp" line="237"/>
        <source>%1 is not the feed Facet published last: it was changed or replaced outside Facet. Check the target with “facetctl publications verify”, then restore the feed or publish every product of its locale to it again.</source>
        <translation>%1 ist nicht der Feed, den Facet zuletzt veröffentlicht hat: Er wurde außerhalb von Facet geändert oder ersetzt. Prüfen Sie das Ziel mit „facetctl publications verify“ und stellen Sie dann den Feed wieder her oder veröffentlichen Sie alle Produkte seiner Sprache erneut dorthin.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="vanished">%1 ist beschädigt: %2</translation>
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
    <name>facet::HistoryWindow</name>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="35"/>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="37"/>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="39"/>
        <source>Sent back</source>
        <translation>Zurückgesendet</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="41"/>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="43"/>
        <source>Superseded</source>
        <translation>Überholt</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="59"/>
        <source>&amp;Restore as Working Draft</source>
        <translation>Als Arbeitsentwurf &amp;wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="70"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="70"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="70"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="70"/>
        <source>Submitted by</source>
        <translation>Eingereicht von</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="70"/>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="76"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="76"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="76"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="76"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="82"/>
        <source>Make the selected revision&apos;s content the working draft; nothing is lost, the current draft stays in the history if it was submitted</source>
        <translation>Den Inhalt der ausgewählten Revision zum Arbeitsentwurf machen; nichts geht verloren, der aktuelle Entwurf bleibt im Verlauf, falls er eingereicht wurde</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="91"/>
        <source>&lt;b&gt;Revisions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Revisionen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="99"/>
        <source>&lt;b&gt;Decisions and comments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Entscheidungen und Kommentare&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="106"/>
        <source>&lt;b&gt;Compare&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vergleichen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="108"/>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="156"/>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="157"/>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="174"/>
        <source>%1 (superseded)</source>
        <translation>%1 (überholt)</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="178"/>
        <source>A newer revision was submitted, so this one left everybody&apos;s tasks. It keeps its stage: channels that get it now keep getting it until the newer revision reaches their level.</source>
        <translation>Eine neuere Revision wurde eingereicht, daher ist diese aus allen Aufgaben verschwunden. Sie behält ihre Phase: Kanäle, die sie jetzt erhalten, erhalten sie weiter, bis die neuere Revision ihre Stufe erreicht.</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="186"/>
        <source>Edited by %1</source>
        <translation>Bearbeitet von %1</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="187"/>
        <source>#%1 · %2 · %3</source>
        <translation>#%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="204"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="206"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="211"/>
        <source>Commented on %1</source>
        <translation>Kommentar zu %1</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="223"/>
        <source>This product has no revisions yet: submit it to make one.</source>
        <translation>Dieses Produkt hat noch keine Revisionen: Reichen Sie es ein, um eine zu erstellen.</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="224"/>
        <source>Only one revision: nothing to compare yet.</source>
        <translation>Nur eine Revision: noch nichts zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="246"/>
        <source>A revision&apos;s content cannot be read.</source>
        <translation>Der Inhalt einer Revision kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="259"/>
        <source>Make the selected revision&apos;s content the working draft</source>
        <translation>Den Inhalt der ausgewählten Revision zum Arbeitsentwurf machen</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="260"/>
        <source>Your roles may not edit this product</source>
        <translation>Ihre Rollen dürfen dieses Produkt nicht bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="275"/>
        <source>Revision %1 is now the working draft. Submit it to send it through review again.</source>
        <translation>Revision %1 ist jetzt der Arbeitsentwurf. Reichen Sie ihn ein, um ihn erneut durch die Prüfung zu schicken.</translation>
    </message>
</context>
<context>
    <name>facet::HtmlToRichText</name>
    <message>
        <location filename="../models/exchange/HtmlToRichText.cpp" line="99"/>
        <location filename="../models/exchange/HtmlToRichText.cpp" line="104"/>
        <source>%1 attribute</source>
        <translation>Attribut %1</translation>
    </message>
    <message>
        <location filename="../models/exchange/HtmlToRichText.cpp" line="101"/>
        <source>style attribute</source>
        <translation>Attribut style</translation>
    </message>
    <message>
        <location filename="../models/exchange/HtmlToRichText.cpp" line="164"/>
        <source>&lt;%1&gt; (kept as bold text)</source>
        <translation>&lt;%1&gt; (als fetter Text beibehalten)</translation>
    </message>
    <message>
        <location filename="../models/exchange/HtmlToRichText.cpp" line="176"/>
        <source>&lt;%1&gt; (text kept)</source>
        <translation>&lt;%1&gt; (Text beibehalten)</translation>
    </message>
</context>
<context>
    <name>facet::ImportReport</name>
    <message>
        <location filename="../models/exchange/ImportReport.cpp" line="122"/>
        <source>Dry run: nothing was written. This is what the import would do.
</source>
        <translation>Probelauf: Es wurde nichts geschrieben. So würde der Import aussehen.
</translation>
    </message>
    <message>
        <location filename="../models/exchange/ImportReport.cpp" line="124"/>
        <source>Cancelled: the batches finished before cancelling are kept; run the import again to complete it.
</source>
        <translation>Abgebrochen: Die vor dem Abbruch abgeschlossenen Stapel bleiben erhalten; führen Sie den Import erneut aus, um ihn abzuschließen.
</translation>
    </message>
    <message>
        <location filename="../models/exchange/ImportReport.cpp" line="127"/>
        <source>Stopped by an internal failure: %1
</source>
        <translation>Durch einen internen Fehler gestoppt: %1
</translation>
    </message>
    <message>
        <location filename="../models/exchange/ImportReport.cpp" line="128"/>
        <source>Products: %1 created, %2 updated, %3 unchanged, %4 rejected (%5 rows read, %6 values)
</source>
        <translation>Produkte: %1 angelegt, %2 aktualisiert, %3 unverändert, %4 abgelehnt (%5 Zeilen gelesen, %6 Werte)
</translation>
    </message>
    <message>
        <location filename="../models/exchange/ImportReport.cpp" line="139"/>
        <source>Locales created</source>
        <translation>Angelegte Gebietsschemas</translation>
    </message>
    <message>
        <location filename="../models/exchange/ImportReport.cpp" line="140"/>
        <source>Channels created</source>
        <translation>Angelegte Kanäle</translation>
    </message>
    <message>
        <location filename="../models/exchange/ImportReport.cpp" line="141"/>
        <source>Attribute groups created</source>
        <translation>Angelegte Attributgruppen</translation>
    </message>
    <message>
        <location filename="../models/exchange/ImportReport.cpp" line="142"/>
        <source>Attributes created</source>
        <translation>Angelegte Attribute</translation>
    </message>
    <message>
        <location filename="../models/exchange/ImportReport.cpp" line="143"/>
        <source>Families created</source>
        <translation>Angelegte Familien</translation>
    </message>
    <message>
        <location filename="../models/exchange/ImportReport.cpp" line="144"/>
        <source>Categories created</source>
        <translation>Angelegte Kategorien</translation>
    </message>
    <message>
        <location filename="../models/exchange/ImportReport.cpp" line="146"/>
        <source>Options created: %1
</source>
        <translation>Angelegte Optionen: %1
</translation>
    </message>
    <message>
        <location filename="../models/exchange/ImportReport.cpp" line="148"/>
        <source>Structure: nothing new
</source>
        <translation>Struktur: nichts Neues
</translation>
    </message>
    <message>
        <location filename="../models/exchange/ImportReport.cpp" line="149"/>
        <source>Assets: %1 stored, %2 already in the library
</source>
        <translation>Assets: %1 gespeichert, %2 bereits in der Bibliothek
</translation>
    </message>
    <message>
        <location filename="../models/exchange/ImportReport.cpp" line="151"/>
        <source>Inferred without a structure file:
</source>
        <translation>Ohne Strukturdatei abgeleitet:
</translation>
    </message>
    <message>
        <location filename="../models/exchange/ImportReport.cpp" line="156"/>
        <source>Findings (%1):
</source>
        <translation>Befunde (%1):
</translation>
    </message>
</context>
<context>
    <name>facet::ImportWizard</name>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="34"/>
        <source>identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="36"/>
        <source>family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="38"/>
        <source>categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="40"/>
        <source>groups (not imported)</source>
        <translation>Gruppen (nicht importiert)</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="42"/>
        <source>enabled (not imported)</source>
        <translation>enabled (nicht importiert)</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="44"/>
        <source>parent (not imported)</source>
        <translation>übergeordnetes Modell (nicht importiert)</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="46"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="48"/>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="50"/>
        <source>price in one currency</source>
        <translation>Preis in einer Währung</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="52"/>
        <source>association (not imported)</source>
        <translation>Verknüpfung (nicht importiert)</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="54"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="66"/>
        <source>Import Akeneo CSV</source>
        <translation>Akeneo-CSV importieren</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="97"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="98"/>
        <source>Choose the product files and, if you have them, the structure files (attributes.csv, families.csv, categories.csv, attribute_options.csv). Media paths in the files are read relative to the media folder.</source>
        <translation>Wählen Sie die Produktdateien und, falls vorhanden, die Strukturdateien (attributes.csv, families.csv, categories.csv, attribute_options.csv). Medienpfade in den Dateien werden relativ zum Medienordner gelesen.</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="103"/>
        <source>&amp;Add Files…</source>
        <translation>Dateien &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="104"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="109"/>
        <source>The first product file&apos;s folder</source>
        <translation>Der Ordner der ersten Produktdatei</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="110"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="117"/>
        <source>Media folder:</source>
        <translation>Medienordner:</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="130"/>
        <source>Mapping and preview</source>
        <translation>Zuordnung und Vorschau</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="131"/>
        <source>How each column is read, and the first records as they will be imported. Structure that the files do not define is inferred; the list below says what.</source>
        <translation>Wie jede Spalte gelesen wird und die ersten Datensätze, wie sie importiert werden. Struktur, die die Dateien nicht definieren, wird abgeleitet; die Liste unten zeigt, welche.</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="139"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="139"/>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="139"/>
        <source>Read as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="139"/>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="139"/>
        <source>Locale</source>
        <translation>Gebietsschema</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="139"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="144"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="144"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="144"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="144"/>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="150"/>
        <source>Preview of the first records:</source>
        <translation>Vorschau der ersten Datensätze:</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="158"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="159"/>
        <source>A dry run reports what would happen without writing. The import writes in batches: cancelling keeps the finished batches, and running it again completes it.</source>
        <translation>Ein Probelauf zeigt, was passieren würde, ohne zu schreiben. Der Import schreibt in Stapeln: Ein Abbruch behält die abgeschlossenen Stapel, und ein erneuter Lauf schließt ihn ab.</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="161"/>
        <source>&amp;Dry Run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="163"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="165"/>
        <source>&amp;Cancel Import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="215"/>
        <source>Akeneo CSV Files</source>
        <translation>Akeneo-CSV-Dateien</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="216"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="225"/>
        <source>Media Folder</source>
        <translation>Medienordner</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exchange/ImportWizard.cpp" line="294"/>
        <source>%n product row(s) in %1 file(s); %2 structure file(s).</source>
        <translation>
            <numerusform>%n Produktzeile in %1 Datei(en); %2 Strukturdatei(en).</numerusform>
            <numerusform>%n Produktzeilen in %1 Datei(en); %2 Strukturdatei(en).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="298"/>
        <source>Inferred: %1</source>
        <translation>Abgeleitet: %1</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="333"/>
        <source>Dry run…</source>
        <translation>Probelauf…</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="333"/>
        <source>Importing…</source>
        <translation>Importieren…</translation>
    </message>
</context>
<context>
    <name>facet::InboxRow</name>
    <message>
        <location filename="../ui/previews/InboxRow.cpp" line="21"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location filename="../ui/previews/InboxRow.cpp" line="62"/>
        <source>Sender not set</source>
        <translation>Absender nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>facet::ItemChecker</name>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="153"/>
        <location filename="../models/channels/FeedRules.cpp" line="163"/>
        <source>The item has no %1.</source>
        <translation>Der Artikel hat kein Feld %1.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="155"/>
        <source>The %1 must be 1 to %2 characters long.</source>
        <translation>Das Feld %1 muss 1 bis %2 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="166"/>
        <source>The %1 must be an http(s) URL of at most 2,000 ASCII characters, with anything else percent-encoded.</source>
        <translation>Das Feld %1 muss eine http(s)-URL aus höchstens 2.000 ASCII-Zeichen sein; alle anderen Zeichen müssen prozentkodiert sein.</translation>
    </message>
</context>
<context>
    <name>facet::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="57"/>
        <source>Facet workspaces (*.facet);;All files (*)</source>
        <translation>Facet-Arbeitsbereiche (*.facet);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="71"/>
        <source>Asset library</source>
        <translation>Asset-Bibliothek</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>Export Akeneo CSV To</source>
        <translation>Akeneo-CSV exportieren nach</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="214"/>
        <source>Exporting products…</source>
        <translation>Produkte werden exportiert…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="214"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>Exported %n product(s) and %1 media file(s) to %2</source>
        <translation>
            <numerusform>%n Produkt und %1 Mediendatei(en) nach %2 exportiert</numerusform>
            <numerusform>%n Produkte und %1 Mediendatei(en) nach %2 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="346"/>
        <source>No workspace open — use File ▸ Open Workspace… or New Demo Workspace…</source>
        <translation>Kein Arbeitsbereich geöffnet – wählen Sie Datei ▸ Arbeitsbereich öffnen… oder Neuer Demo-Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="379"/>
        <source>%1[*] — %2</source>
        <translation>%1[*] — %2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="380"/>
        <source>%1[*]</source>
        <translation>%1[*]</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="397"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="399"/>
        <source>Not signed in: read only</source>
        <translation>Nicht angemeldet: nur Lesen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="401"/>
        <source>Open workspace: %1</source>
        <translation>Offener Arbeitsbereich: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="404"/>
        <source>File ▸ Switch User… to sign in as someone else</source>
        <translation>Datei ▸ Benutzer wechseln…, um sich als jemand anderes anzumelden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="405"/>
        <source>This workspace has no users: everyone may do everything, and changes are audited under the computer&apos;s user name</source>
        <translation>Dieser Arbeitsbereich hat keine Benutzer: Alle dürfen alles, und Änderungen werden unter dem Benutzernamen des Computers protokolliert</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="432"/>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="475"/>
        <source>Submitted %1: revision %2 waits at %3.</source>
        <translation>%1 eingereicht: Revision %2 wartet in %3.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="487"/>
        <source>Submit for Review</source>
        <translation>Zur Prüfung einreichen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="488"/>
        <source>Submit %1 for review. A comment for the reviewers (optional):</source>
        <translation>%1 zur Prüfung einreichen. Ein Kommentar für die Prüfer (optional):</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="591"/>
        <source>Creating the demo workspace…</source>
        <translation>Demo-Arbeitsbereich wird erstellt…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="600"/>
        <source>1 product / %L1 shown</source>
        <translation>1 Produkt / %L1 angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="601"/>
        <source>%L1 products / %L2 shown</source>
        <translation>%L1 Produkte / %L2 angezeigt</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="607"/>
        <source>Facet</source>
        <translation>Facet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="658"/>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="666"/>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="674"/>
        <source>New Demo Workspace</source>
        <translation>Neuer Demo-Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="683"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="684"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="692"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="699"/>
        <source>Channel &amp;previews</source>
        <translation>Kanal&amp;vorschau</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="704"/>
        <source>Show or hide how the product looks in each channel</source>
        <translation>Anzeigen oder ausblenden, wie das Produkt in jedem Kanal aussieht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="710"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="717"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="718"/>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="720"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="726"/>
        <source>New &amp;Demo Workspace…</source>
        <translation>Neuer &amp;Demo-Arbeitsbereich…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="729"/>
        <source>&amp;Import Akeneo CSV…</source>
        <translation>Akeneo-CSV &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="731"/>
        <source>&amp;Export Akeneo CSV…</source>
        <translation>Akeneo-CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="736"/>
        <source>S&amp;witch User…</source>
        <translation>Benutzer &amp;wechseln…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="738"/>
        <source>Sign &amp;Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="744"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="747"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="753"/>
        <source>&amp;Find Products</source>
        <translation>&amp;Produkte suchen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="755"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="756"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="758"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="759"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="760"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="771"/>
        <source>&amp;Asset Library</source>
        <translation>&amp;Asset-Bibliothek</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="777"/>
        <source>Go to &amp;Categories</source>
        <translation>Zu den &amp;Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="779"/>
        <source>Go to &amp;Products</source>
        <translation>Zu den &amp;Produkten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="781"/>
        <source>Go to &amp;Editor</source>
        <translation>Zum &amp;Editor</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="784"/>
        <source>&amp;Record</source>
        <translation>Daten&amp;satz</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="785"/>
        <source>&amp;Submit for Review…</source>
        <translation>Zur Prüfung &amp;einreichen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="789"/>
        <source>&amp;Review…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="791"/>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="795"/>
        <source>&amp;Channels</source>
        <translation>&amp;Kanäle</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="797"/>
        <source>Edit &amp;Templates…</source>
        <translation>&amp;Vorlagen bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="803"/>
        <source>&amp;Admin</source>
        <translation>Ver&amp;waltung</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="805"/>
        <source>&amp;Users…</source>
        <translation>&amp;Benutzer…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="808"/>
        <source>&amp;Roles and Permissions…</source>
        <translation>&amp;Rollen und Berechtigungen…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="810"/>
        <source>&amp;Workflow…</source>
        <translation>&amp;Workflow…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="812"/>
        <source>Channel Release &amp;Levels…</source>
        <translation>&amp;Freigabestufen der Kanäle…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="819"/>
        <source>&amp;Audit Log…</source>
        <translation>&amp;Audit-Protokoll…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="822"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="823"/>
        <source>&amp;About Facet</source>
        <translation>Ü&amp;ber Facet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="824"/>
        <source>About Facet</source>
        <translation>Über Facet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="825"/>
        <source>&lt;h3&gt;Facet %1&lt;/h3&gt;&lt;p&gt;Author product content once, in one master record per product, and publish it to every channel.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Facet %1&lt;/h3&gt;&lt;p&gt;Produktinhalte einmal erfassen – in einem Stammdatensatz pro Produkt – und in jedem Kanal veröffentlichen.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>facet::MerchantFeed</name>
    <message>
        <location filename="../models/channels/MerchantFeed.cpp" line="90"/>
        <source>item %1: %2</source>
        <translation>Artikel %1: %2</translation>
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
    <name>facet::Permission</name>
    <message>
        <location filename="../models/access/Permission.cpp" line="19"/>
        <source>manage users</source>
        <translation>Benutzer verwalten</translation>
    </message>
    <message>
        <location filename="../models/access/Permission.cpp" line="20"/>
        <source>manage roles</source>
        <translation>Rollen verwalten</translation>
    </message>
    <message>
        <location filename="../models/access/Permission.cpp" line="22"/>
        <source>manage the workflow</source>
        <translation>Workflow verwalten</translation>
    </message>
    <message>
        <location filename="../models/access/Permission.cpp" line="24"/>
        <source>manage channels</source>
        <translation>Kanäle verwalten</translation>
    </message>
    <message>
        <location filename="../models/access/Permission.cpp" line="26"/>
        <source>manage templates</source>
        <translation>Vorlagen verwalten</translation>
    </message>
    <message>
        <location filename="../models/access/Permission.cpp" line="28"/>
        <source>manage the catalog structure</source>
        <translation>Katalogstruktur verwalten</translation>
    </message>
    <message>
        <location filename="../models/access/Permission.cpp" line="29"/>
        <source>import</source>
        <translation>importieren</translation>
    </message>
    <message>
        <location filename="../models/access/Permission.cpp" line="30"/>
        <source>submit for review</source>
        <translation>zur Prüfung einreichen</translation>
    </message>
    <message>
        <location filename="../models/access/Permission.cpp" line="31"/>
        <source>view the audit log</source>
        <translation>Audit-Protokoll einsehen</translation>
    </message>
</context>
<context>
    <name>facet::PermissionMatrixDialog</name>
    <message>
        <location filename="../ui/admin/PermissionMatrixDialog.cpp" line="47"/>
        <source>Roles and Permissions</source>
        <translation>Rollen und Berechtigungen</translation>
    </message>
    <message>
        <location filename="../ui/admin/PermissionMatrixDialog.cpp" line="60"/>
        <source>Tick what each role may do. A user holds one or more roles and may do what any of them allows; the workspace enforces this for every change, whatever the window shows.</source>
        <translation>Haken Sie an, was jede Rolle darf. Ein Benutzer hat eine oder mehrere Rollen und darf, was eine davon erlaubt; der Arbeitsbereich setzt dies bei jeder Änderung durch, unabhängig davon, was das Fenster anzeigt.</translation>
    </message>
    <message>
        <location filename="../ui/admin/PermissionMatrixDialog.cpp" line="97"/>
        <source>May</source>
        <translation>Darf</translation>
    </message>
    <message>
        <location filename="../ui/admin/PermissionMatrixDialog.cpp" line="101"/>
        <source>May edit attribute groups</source>
        <translation>Darf Attributgruppen bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/admin/PermissionMatrixDialog.cpp" line="102"/>
        <source>Every group</source>
        <translation>Jede Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/admin/PermissionMatrixDialog.cpp" line="102"/>
        <source>Also groups added later</source>
        <translation>Auch später hinzugefügte Gruppen</translation>
    </message>
    <message>
        <location filename="../ui/admin/PermissionMatrixDialog.cpp" line="107"/>
        <source>May publish to channels</source>
        <translation>Darf in Kanälen veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/admin/PermissionMatrixDialog.cpp" line="108"/>
        <source>Every channel</source>
        <translation>Jeder Kanal</translation>
    </message>
    <message>
        <location filename="../ui/admin/PermissionMatrixDialog.cpp" line="108"/>
        <source>Also channels added later</source>
        <translation>Auch später hinzugefügte Kanäle</translation>
    </message>
    <message>
        <location filename="../ui/admin/PermissionMatrixDialog.cpp" line="113"/>
        <source>May take workflow transitions</source>
        <translation>Darf Workflow-Übergänge ausführen</translation>
    </message>
    <message>
        <location filename="../ui/admin/PermissionMatrixDialog.cpp" line="121"/>
        <source>Approve: %1 → %2</source>
        <translation>Genehmigen: %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/admin/PermissionMatrixDialog.cpp" line="122"/>
        <source>Send back: %1 → %2</source>
        <translation>Zurücksenden: %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/admin/PermissionMatrixDialog.cpp" line="261"/>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/PermissionMatrixDialog.cpp" line="262"/>
        <source>Saved: %n role(s) changed.</source>
        <translation>
            <numerusform>Gespeichert: %n Rolle geändert.</numerusform>
            <numerusform>Gespeichert: %n Rollen geändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>facet::PostPreview</name>
    <message>
        <location filename="../ui/previews/PostPreview.cpp" line="56"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location filename="../ui/previews/PostPreview.cpp" line="56"/>
        <source>@%1 · now</source>
        <translation>@%1 · jetzt</translation>
    </message>
    <message>
        <location filename="../ui/previews/PostPreview.cpp" line="58"/>
        <source>Company page · now</source>
        <translation>Unternehmensseite · jetzt</translation>
    </message>
    <message>
        <location filename="../ui/previews/PostPreview.cpp" line="60"/>
        <source>Sponsored</source>
        <translation>Gesponsert</translation>
    </message>
    <message>
        <location filename="../ui/previews/PostPreview.cpp" line="107"/>
        <source>Your brand</source>
        <translation>Ihre Marke</translation>
    </message>
    <message>
        <location filename="../ui/previews/PostPreview.cpp" line="160"/>
        <source>The post&apos;s picture</source>
        <translation>Das Bild des Beitrags</translation>
    </message>
</context>
<context>
    <name>facet::PostRules</name>
    <message>
        <location filename="../models/channels/PostRules.cpp" line="51"/>
        <source>%1 characters, %2 hashtags, %3 mentions.</source>
        <translation>%1 Zeichen, %2 Hashtags, %3 Erwähnungen.</translation>
    </message>
    <message>
        <location filename="../models/channels/PostRules.cpp" line="58"/>
        <source>%1 hashtags, the channel allows %2.</source>
        <translation>%1 Hashtags, der Kanal erlaubt %2.</translation>
    </message>
    <message>
        <location filename="../models/channels/PostRules.cpp" line="63"/>
        <source>%1 mentions, the channel allows %2.</source>
        <translation>%1 Erwähnungen, der Kanal erlaubt %2.</translation>
    </message>
    <message>
        <location filename="../models/channels/PostRules.cpp" line="69"/>
        <source>Links in Instagram captions are not clickable (“%1”); point to the link in bio instead.</source>
        <translation>Links in Instagram-Bildunterschriften sind nicht anklickbar („%1“); verweisen Sie stattdessen auf den Link in der Bio.</translation>
    </message>
    <message>
        <location filename="../models/channels/PostRules.cpp" line="80"/>
        <source>%1 characters.</source>
        <translation>%1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../models/channels/PostRules.cpp" line="87"/>
        <source>“%1” at character %2 is reserved in LinkedIn&apos;s text format and cuts the post there; escape it as “\%1”.</source>
        <translation>„%1“ an Zeichen %2 ist im Textformat von LinkedIn reserviert und schneidet den Beitrag dort ab; maskieren Sie es als „\%1“.</translation>
    </message>
    <message>
        <location filename="../models/channels/PostRules.cpp" line="96"/>
        <source>Only the first %1 characters show before “…see more”; put what matters there.</source>
        <translation>Nur die ersten %1 Zeichen erscheinen vor „…mehr anzeigen“; stellen Sie das Wichtigste dorthin.</translation>
    </message>
    <message>
        <location filename="../models/channels/PostRules.cpp" line="110"/>
        <source>%1 characters, %2 words.</source>
        <translation>%1 Zeichen, %2 Wörter.</translation>
    </message>
    <message>
        <location filename="../models/channels/PostRules.cpp" line="115"/>
        <source>%1 words, the channel allows %2.</source>
        <translation>%1 Wörter, der Kanal erlaubt %2.</translation>
    </message>
</context>
<context>
    <name>facet::PreviewCounters</name>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="56"/>
        <source>1 segment</source>
        <translation>1 Segment</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="56"/>
        <source>%1 segments</source>
        <translation>%1 Segmente</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="62"/>
        <source>%1 units</source>
        <translation>%1 Einheiten</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="66"/>
        <source>This channel sends at most %1 segments</source>
        <translation>Dieser Kanal sendet höchstens %1 Segmente</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="69"/>
        <source>%1 weighted characters</source>
        <translation>%1 gewichtete Zeichen</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="74"/>
        <source>Weighted length as X counts it: URLs count as 23, most CJK characters and emoji as 2</source>
        <translation>Gewichtete Länge, wie X sie zählt: URLs zählen als 23, die meisten CJK-Zeichen und Emojis als 2</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="76"/>
        <source>%1 characters</source>
        <translation>%1 Zeichen</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="79"/>
        <source>%1 hashtags</source>
        <translation>%1 Hashtags</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="82"/>
        <source>APNs %1 bytes</source>
        <translation>APNs %1 Bytes</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="84"/>
        <source>FCM %1 bytes</source>
        <translation>FCM %1 Bytes</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="87"/>
        <source>subject %1</source>
        <translation>Betreff %1</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="89"/>
        <source>preheader %1</source>
        <translation>Preheader %1</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="93"/>
        <source>HTML %1 of %2</source>
        <translation>HTML %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="94"/>
        <location filename="../ui/previews/PreviewCounters.cpp" line="101"/>
        <source>HTML %1</source>
        <translation>HTML %1</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="97"/>
        <source>Mail clients clip messages whose HTML is larger than %1</source>
        <translation>E-Mail-Programme kürzen Nachrichten, deren HTML größer als %1 ist</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="105"/>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="106"/>
        <source>%1 pages</source>
        <translation>%1 Seiten</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="110"/>
        <source>1 item</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="111"/>
        <source>%1 items</source>
        <translation>%1 Artikel</translation>
    </message>
</context>
<context>
    <name>facet::PreviewPanel</name>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="71"/>
        <source>The locale to preview; a channel offers only its own locales</source>
        <translation>Das Gebietsschema für die Vorschau; ein Kanal bietet nur seine eigenen Gebietsschemas an</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="77"/>
        <source>Channel previews</source>
        <translation>Kanalvorschau</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="82"/>
        <source>Working draft</source>
        <translation>Arbeitsentwurf</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="83"/>
        <source>What channels get now</source>
        <translation>Was Kanäle jetzt erhalten</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="84"/>
        <source>Preview the working draft as it is typed, or what each channel gets now: the newest revision approved up to the channel&apos;s release level</source>
        <translation>Den Arbeitsentwurf beim Tippen in der Vorschau zeigen oder das, was jeder Kanal jetzt erhält: die neueste Revision, die bis zur Freigabestufe des Kanals genehmigt wurde</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="87"/>
        <source>&amp;Locale:</source>
        <translation>&amp;Gebietsschema:</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="107"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="224"/>
        <location filename="../ui/previews/PreviewPanel.cpp" line="269"/>
        <source>Open a workspace to preview its channels.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um seine Kanäle in der Vorschau zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="231"/>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="232"/>
        <source>Every channel of the product side by side</source>
        <translation>Alle Kanäle des Produkts nebeneinander</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="247"/>
        <source>%1 · %2 channel</source>
        <translation>%1 · Kanal vom Typ %2</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="259"/>
        <location filename="../ui/previews/PreviewPanel.cpp" line="268"/>
        <source>Select a product to preview it in every channel.</source>
        <translation>Wählen Sie ein Produkt aus, um es in jedem Kanal in der Vorschau zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="323"/>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="448"/>
        <source>Not released</source>
        <translation>Nicht freigegeben</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="449"/>
        <source>No revision has reached this channel&apos;s release level (%1): it gets nothing yet.</source>
        <translation>Keine Revision hat die Freigabestufe dieses Kanals (%1) erreicht: Er erhält noch nichts.</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="453"/>
        <source>≠ Channel gets an older revision</source>
        <translation>≠ Kanal erhält eine ältere Revision</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="454"/>
        <source>≠ Differs from the draft</source>
        <translation>≠ Weicht vom Entwurf ab</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="455"/>
        <source>This channel gets revision %1; the working draft has changes that have not reached the channel&apos;s release level (%2).</source>
        <translation>Dieser Kanal erhält Revision %1; der Arbeitsentwurf hat Änderungen, die die Freigabestufe des Kanals (%2) noch nicht erreicht haben.</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="475"/>
        <source>Nothing has reached this channel&apos;s release level yet: it gets nothing.</source>
        <translation>Noch nichts hat die Freigabestufe dieses Kanals erreicht: Er erhält nichts.</translation>
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
    <name>facet::PrintPreview</name>
    <message>
        <location filename="../ui/previews/PrintPreview.cpp" line="95"/>
        <source>The PDF for this sheet is not available yet; this is its HTML, which the PDF is made from.</source>
        <translation>Das PDF für dieses Datenblatt ist noch nicht verfügbar; hier sehen Sie sein HTML, aus dem das PDF erzeugt wird.</translation>
    </message>
    <message>
        <location filename="../ui/previews/PrintPreview.cpp" line="137"/>
        <source>The rendered PDF cannot be read; this is the sheet&apos;s HTML instead.</source>
        <translation>Das erzeugte PDF kann nicht gelesen werden; hier sehen Sie stattdessen das HTML des Datenblatts.</translation>
    </message>
</context>
<context>
    <name>facet::PrintRules</name>
    <message>
        <location filename="../models/channels/PrintRules.cpp" line="123"/>
        <source>A PDF/A-1 file starts with the PDF 1.4 header.</source>
        <translation>Eine PDF/A-1-Datei beginnt mit dem Header von PDF 1.4.</translation>
    </message>
    <message>
        <location filename="../models/channels/PrintRules.cpp" line="128"/>
        <source>The PDF&apos;s cross-reference table cannot be read: %1.</source>
        <translation>Die Querverweistabelle des PDF kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location filename="../models/channels/PrintRules.cpp" line="134"/>
        <source>The data sheet has no page.</source>
        <translation>Das Datenblatt hat keine Seite.</translation>
    </message>
    <message>
        <location filename="../models/channels/PrintRules.cpp" line="137"/>
        <source>PDF/A forbids encryption.</source>
        <translation>PDF/A verbietet Verschlüsselung.</translation>
    </message>
    <message>
        <location filename="../models/channels/PrintRules.cpp" line="140"/>
        <source>PDF/A needs a file identifier (/ID).</source>
        <translation>PDF/A benötigt eine Dateikennung (/ID).</translation>
    </message>
    <message>
        <location filename="../models/channels/PrintRules.cpp" line="150"/>
        <source>PDF/A-1 allows no object or cross-reference streams.</source>
        <translation>PDF/A-1 erlaubt keine Objekt- oder Querverweis-Streams.</translation>
    </message>
    <message>
        <location filename="../models/channels/PrintRules.cpp" line="180"/>
        <source>PDF/A forbids scripts, launch actions and embedded files.</source>
        <translation>PDF/A verbietet Skripte, Startaktionen und eingebettete Dateien.</translation>
    </message>
    <message>
        <location filename="../models/channels/PrintRules.cpp" line="185"/>
        <source>The XMP metadata does not identify the file as PDF/A-1b (pdfaid part 1, conformance B).</source>
        <translation>Die XMP-Metadaten weisen die Datei nicht als PDF/A-1b aus (pdfaid part 1, conformance B).</translation>
    </message>
    <message>
        <location filename="../models/channels/PrintRules.cpp" line="189"/>
        <source>PDF/A-1 needs an output intent (GTS_PDFA1) with an ICC profile.</source>
        <translation>PDF/A-1 benötigt einen Output Intent (GTS_PDFA1) mit einem ICC-Profil.</translation>
    </message>
    <message>
        <location filename="../models/channels/PrintRules.cpp" line="192"/>
        <source>Every font must be embedded; choose a TrueType font in the print template.</source>
        <translation>Jede Schrift muss eingebettet sein; wählen Sie in der Druckvorlage eine TrueType-Schrift.</translation>
    </message>
    <message>
        <location filename="../models/channels/PrintRules.cpp" line="196"/>
        <source>PDF/A-1 forbids transparency (soft masks, alpha below 1, blend modes); use opaque colours and images.</source>
        <translation>PDF/A-1 verbietet Transparenz (Soft Masks, Alpha unter 1, Füllmethoden); verwenden Sie deckende Farben und Bilder.</translation>
    </message>
</context>
<context>
    <name>facet::PrintSheet</name>
    <message>
        <location filename="../models/channels/PrintSheet.cpp" line="89"/>
        <source>The page size must be A4 or Letter.</source>
        <translation>Das Seitenformat muss A4 oder Letter sein.</translation>
    </message>
    <message>
        <location filename="../models/channels/PrintSheet.cpp" line="101"/>
        <source>The margins do not fit on the page.</source>
        <translation>Die Ränder passen nicht auf die Seite.</translation>
    </message>
    <message>
        <location filename="../models/channels/PrintSheet.cpp" line="122"/>
        <source>The PDF writer could not start a page.</source>
        <translation>Der PDF-Writer konnte keine Seite beginnen.</translation>
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
        <translation>%1&#xa0;%</translation>
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
    <name>facet::PublicationHistoryWindow</name>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="73"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="75"/>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="82"/>
        <source>&amp;Verify Folder</source>
        <translation>Ordner &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="88"/>
        <source>Publication History</source>
        <translation>Veröffentlichungsverlauf</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="92"/>
        <source>Every channel</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="105"/>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="114"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="126"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="126"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="126"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="126"/>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="127"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="127"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="127"/>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="127"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="128"/>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="128"/>
        <source>Held</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="128"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="128"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="133"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="133"/>
        <source>Locale</source>
        <translation>Gebietsschema</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="133"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="133"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="134"/>
        <source>Checksum</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="134"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="134"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="135"/>
        <source>Double-click an item to open its record in the workbench</source>
        <translation>Doppelklicken Sie auf einen Eintrag, um seinen Datensatz in der Werkbank zu öffnen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="138"/>
        <source>Select an item to see who submitted and approved its revision.</source>
        <translation>Wählen Sie einen Eintrag aus, um zu sehen, wer seine Revision eingereicht und genehmigt hat.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="140"/>
        <source>Who approved it</source>
        <translation>Wer hat genehmigt</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="158"/>
        <source>Check the selected publication&apos;s target folder against its manifest: every file there, none changed</source>
        <translation>Den Zielordner der ausgewählten Veröffentlichung mit ihrem Manifest abgleichen: alle Dateien vorhanden, keine verändert</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="174"/>
        <source>Publications</source>
        <translation>Veröffentlichungen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="175"/>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="177"/>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="180"/>
        <source>Dead Letters</source>
        <translation>Unzustellbare Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="177"/>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="179"/>
        <source>Dead Letters (%L1)</source>
        <translation>Unzustellbare Nachrichten (%L1)</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="225"/>
        <source>Publication %1, started %2 UTC</source>
        <translation>Veröffentlichung %1, gestartet am %2 UTC</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="245"/>
        <source>%Ln publications</source>
        <translation>
            <numerusform>%Ln Veröffentlichung</numerusform>
            <numerusform>%Ln Veröffentlichungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="308"/>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="358"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · revision &lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · Revision &lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="361"/>
        <source>&lt;p&gt;Withdrawn: no revision of this record may go to the channel any more.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zurückgezogen: Keine Revision dieses Datensatzes darf mehr in den Kanal gelangen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="369"/>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="450"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="373"/>
        <source>Submitted by %1 to %2</source>
        <translation>Von %1 in %2 eingereicht</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="376"/>
        <source>&lt;b&gt;Approved&lt;/b&gt; by %1: %2 → %3</source>
        <translation>&lt;b&gt;Genehmigt&lt;/b&gt; von %1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="381"/>
        <source>Sent back by %1: %2 → %3</source>
        <translation>Zurückgesendet von %1: %2 → %3</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="384"/>
        <source>Restored by %1</source>
        <translation>Wiederhergestellt von %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="387"/>
        <source>Superseded (%1)</source>
        <translation>Ersetzt (%1)</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="395"/>
        <source>&lt;p&gt;No decision is recorded for this revision.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Für diese Revision ist keine Entscheidung verzeichnet.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="400"/>
        <source>&lt;p&gt;&lt;b&gt;%1:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1:&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="426"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="443"/>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="446"/>
        <source>✔ Intact: every file in %1 matches its manifest.</source>
        <translation>✔ Intakt: Jede Datei in %1 stimmt mit dem Manifest überein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="451"/>
        <source>✘ %Ln problems: %1</source>
        <translation>
            <numerusform>✘ %Ln Problem: %1</numerusform>
            <numerusform>✘ %Ln Probleme: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>facet::PublishDialog</name>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="88"/>
        <source>&amp;Plan</source>
        <translation>Pla&amp;nen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="89"/>
        <source>&amp;Dry Run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="90"/>
        <source>P&amp;ublish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="91"/>
        <source>Cancel Run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="94"/>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="98"/>
        <source>Channels and targets</source>
        <translation>Kanäle und Ziele</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="102"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="103"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="116"/>
        <location filename="../ui/publishing/PublishDialog.cpp" line="143"/>
        <location filename="../ui/publishing/PublishDialog.cpp" line="180"/>
        <location filename="../ui/publishing/PublishDialog.cpp" line="192"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="116"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="116"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="116"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="117"/>
        <location filename="../ui/publishing/PublishDialog.cpp" line="180"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="117"/>
        <location filename="../ui/publishing/PublishDialog.cpp" line="181"/>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="117"/>
        <location filename="../ui/publishing/PublishDialog.cpp" line="181"/>
        <source>Held</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="130"/>
        <source>Filter by SKU, locale, target or reason</source>
        <translation>Nach SKU, Gebietsschema, Ziel oder Grund filtern</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="133"/>
        <source>Every action</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="143"/>
        <location filename="../ui/publishing/PublishDialog.cpp" line="192"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="143"/>
        <location filename="../ui/publishing/PublishDialog.cpp" line="192"/>
        <source>Locale</source>
        <translation>Gebietsschema</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="143"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="143"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="143"/>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="158"/>
        <source>Double-click an entry to open its record in the workbench</source>
        <translation>Doppelklicken Sie auf einen Eintrag, um seinen Datensatz in der Werkbank zu öffnen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="180"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="180"/>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="181"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="181"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="182"/>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="182"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="192"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="198"/>
        <source>Double-click a record to open it in the workbench</source>
        <translation>Doppelklicken Sie auf einen Datensatz, um ihn in der Werkbank zu öffnen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="208"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="192"/>
        <location filename="../ui/publishing/PublishDialog.cpp" line="209"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="232"/>
        <source>What publishing would do, without rendering or writing anything</source>
        <translation>Was die Veröffentlichung tun würde, ohne etwas auszugeben oder zu schreiben</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="234"/>
        <source>Render everything and check it, and count what would be written; nothing is written or recorded</source>
        <translation>Alles ausgeben und prüfen und zählen, was geschrieben würde; nichts wird geschrieben oder protokolliert</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="239"/>
        <source>Stop: every target keeps its previous publication</source>
        <translation>Abbrechen: Jedes Ziel behält seine vorherige Veröffentlichung</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="240"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="268"/>
        <source>Choose the targets, then Plan to see what would change.</source>
        <translation>Wählen Sie die Ziele aus und dann „Planen“, um zu sehen, was sich ändern würde.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="310"/>
        <source>Planning…</source>
        <translation>Wird geplant…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="335"/>
        <source>Dry run: starting…</source>
        <translation>Probelauf: wird gestartet…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="335"/>
        <source>Publishing: starting…</source>
        <translation>Veröffentlichung: wird gestartet…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="346"/>
        <source>Cancelling… the targets keep their previous publication.</source>
        <translation>Wird abgebrochen… Die Ziele behalten ihre vorherige Veröffentlichung.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="355"/>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="355"/>
        <source>Publishing</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="357"/>
        <source>%1 · %2 (%3 of %4) · %5 %L6 / %L7</source>
        <translation>%1 · %2 (%3 von %4) · %5 %L6 / %L7</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="365"/>
        <source>%1 · %2 (%3 of %4) · %5…</source>
        <translation>%1 · %2 (%3 von %4) · %5…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="383"/>
        <source>No plan.</source>
        <translation>Kein Plan.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="416"/>
        <source>Revision %1
Templates %2</source>
        <translation>Revision %1
Vorlagen %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/PublishDialog.cpp" line="432"/>
        <source>Planned 1 target, %Ln entries.</source>
        <translation>
            <numerusform>Geplant: 1 Ziel, %Ln Eintrag.</numerusform>
            <numerusform>Geplant: 1 Ziel, %Ln Einträge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/PublishDialog.cpp" line="433"/>
        <source>Planned %1 targets, %Ln entries.</source>
        <translation>
            <numerusform>Geplant: %1 Ziele, %Ln Eintrag.</numerusform>
            <numerusform>Geplant: %1 Ziele, %Ln Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="444"/>
        <source>%L1 of %L2</source>
        <translation>%L1 von %L2</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="495"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="511"/>
        <source>Held back or failed (%L1): not published; the rest was.</source>
        <translation>Zurückgehalten oder fehlgeschlagen (%L1): nicht veröffentlicht; alles andere wurde veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="519"/>
        <source>Cancelled. The cancelled target and those after it keep their previous publication.</source>
        <translation>Abgebrochen. Das abgebrochene Ziel und alle folgenden behalten ihre vorherige Veröffentlichung.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="523"/>
        <source>Dry run: what publishing would write. Nothing was written or recorded.</source>
        <translation>Probelauf: Das würde die Veröffentlichung schreiben. Es wurde nichts geschrieben oder protokolliert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/PublishDialog.cpp" line="526"/>
        <source>Published %Ln renderings to %1 targets.</source>
        <translation>
            <numerusform>%Ln Ausgabe in %1 Zielen veröffentlicht.</numerusform>
            <numerusform>%Ln Ausgaben in %1 Zielen veröffentlicht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="527"/>
        <source>Dry run done.</source>
        <translation>Probelauf abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="527"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="528"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="528"/>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
</context>
<context>
    <name>facet::PublishTargetTree</name>
    <message>
        <location filename="../ui/publishing/PublishTargetTree.cpp" line="15"/>
        <source>Channel / target</source>
        <translation>Kanal / Ziel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="vanished">Typ</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetTree.cpp" line="15"/>
        <source>Last publication</source>
        <translation>Letzte Veröffentlichung</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetTree.cpp" line="15"/>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetTree.cpp" line="39"/>
        <source>%1 channel</source>
        <translation>Kanal vom Typ %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetTree.cpp" line="42"/>
        <source>Sign in to publish.</source>
        <translation>Melden Sie sich an, um zu veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetTree.cpp" line="44"/>
        <source>%1 may not publish to %2: none of their roles grants this channel.</source>
        <translation>%1 darf nicht in %2 veröffentlichen: Keine der zugewiesenen Rollen erlaubt diesen Kanal.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetTree.cpp" line="47"/>
        <source>This channel has no publishing target (Admin ▸ Publishing Targets…).</source>
        <translation>Dieser Kanal hat kein Veröffentlichungsziel (Verwaltung ▸ Veröffentlichungsziele…).</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetTree.cpp" line="54"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetTree.cpp" line="61"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetTree.cpp" line="67"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetTree.cpp" line="70"/>
        <source>%1: %2 written, %3 unchanged, %4 withdrawn, %5 held, %6 failed</source>
        <translation>%1: %2 geschrieben, %3 unverändert, %4 zurückgezogen, %5 zurückgehalten, %6 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetTree.cpp" line="84"/>
        <source>This target is disabled (Admin ▸ Publishing Targets…).</source>
        <translation>Dieses Ziel ist deaktiviert (Verwaltung ▸ Veröffentlichungsziele…).</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetTree.cpp" line="95"/>
        <source>No enabled target.</source>
        <translation>Kein aktiviertes Ziel.</translation>
    </message>
</context>
<context>
    <name>facet::PublishTargetsDialog</name>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="41"/>
        <source>The target has no folder.</source>
        <translation>Das Ziel hat keinen Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="44"/>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="47"/>
        <source>Cannot write in %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="63"/>
        <source>Also a catalog PDF per locale (print)</source>
        <translation>Zusätzlich ein Katalog-PDF pro Gebietsschema (Druck)</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="70"/>
        <source>Publish automatically when a revision reaches the channel&apos;s level</source>
        <translation>Automatisch veröffentlichen, sobald eine Revision die Freigabestufe des Kanals erreicht</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="71"/>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="83"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="72"/>
        <source>&amp;Save Target</source>
        <translation>Ziel &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="73"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="74"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="78"/>
        <source>Publishing Targets</source>
        <translation>Veröffentlichungsziele</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="83"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="83"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="83"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="83"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="83"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="91"/>
        <source>&amp;New Target</source>
        <translation>&amp;Neues Ziel</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="103"/>
        <source>e.g. web-site</source>
        <translation>z. B. web-site</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="109"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="121"/>
        <source>absolute, or relative to the workspace file&apos;s folder</source>
        <translation>absolut oder relativ zum Ordner der Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="122"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="127"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="134"/>
        <source>Publish Into Folder</source>
        <translation>In Ordner veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="145"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="148"/>
        <source> per request</source>
        <translation> pro Anfrage</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="149"/>
        <source>Batch size:</source>
        <translation>Stapelgröße:</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="152"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="153"/>
        <source>Timeout:</source>
        <translation>Zeitlimit:</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="156"/>
        <source>Attempts:</source>
        <translation>Versuche:</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="159"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="161"/>
        <source>A new random secret, shown until you save so you can give it to the receiver</source>
        <translation>Ein neuer zufälliger Schlüssel; er bleibt bis zum Speichern sichtbar, damit Sie ihn an den Empfänger weitergeben können</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="165"/>
        <source>Signing secret:</source>
        <translation>Signaturschlüssel:</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="166"/>
        <source>Stored outside the workspace, never shown again. Requests carry X-Facet-Signature: sha256=HMAC of the body.</source>
        <translation>Wird außerhalb des Arbeitsbereichs gespeichert und nie wieder angezeigt. Anfragen tragen X-Facet-Signature: sha256=HMAC des Inhalts.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="191"/>
        <source>Folder: whether Facet can write there. Webhook: whether the URL answers a signed empty batch.</source>
        <translation>Ordner: ob Facet dort schreiben kann. Webhook: ob die URL auf einen signierten leeren Stapel antwortet.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="198"/>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="199"/>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="200"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="201"/>
        <source>Kind:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="202"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="242"/>
        <source>Only users who may manage channels change targets.</source>
        <translation>Nur Benutzer, die Kanäle verwalten dürfen, können Ziele ändern.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="271"/>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="272"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="271"/>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="272"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="354"/>
        <source>a secret is stored; type or generate one to replace it</source>
        <translation>ein Schlüssel ist gespeichert; geben Sie einen neuen ein oder generieren Sie einen, um ihn zu ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="355"/>
        <source>none yet: type one or Generate</source>
        <translation>noch keiner: eingeben oder „Generieren“</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="363"/>
        <source>Give the target a code, e.g. “web-site”.</source>
        <translation>Geben Sie dem Ziel einen Code, z. B. „web-site“.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="368"/>
        <source>There is already a target “%1”.</source>
        <translation>Es gibt bereits ein Ziel „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="391"/>
        <source>Choose the folder to publish into.</source>
        <translation>Wählen Sie den Ordner, in dem veröffentlicht werden soll.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="404"/>
        <source>The webhook needs an http or https URL, e.g. https://example.com/hook.</source>
        <translation>Der Webhook benötigt eine http- oder https-URL, z. B. https://example.com/hook.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="435"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="443"/>
        <source>Saved, with its secret.</source>
        <translation>Gespeichert, mit Schlüssel.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="445"/>
        <source>The target was saved, but its secret was not: %1</source>
        <translation>Das Ziel wurde gespeichert, sein Schlüssel jedoch nicht: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="449"/>
        <source>Saved. It has no secret yet: deliveries are refused until one is set.</source>
        <translation>Gespeichert. Das Ziel hat noch keinen Schlüssel: Zustellungen werden abgelehnt, bis einer festgelegt ist.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="480"/>
        <source>Removed %1. Its publication history stays.</source>
        <translation>%1 entfernt. Sein Veröffentlichungsverlauf bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="501"/>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="514"/>
        <source>✔ %1 is writable.</source>
        <translation>✔ %1 ist beschreibbar.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="515"/>
        <source>✔ %1 answered the signed ping.</source>
        <translation>✔ %1 hat auf den signierten Ping geantwortet.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="518"/>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
</context>
<context>
    <name>facet::Publisher</name>
    <message>
        <location filename="../models/publishing/PublisherPlanning.cpp" line="84"/>
        <source>this workspace has users: sign in to publish</source>
        <translation>dieser Arbeitsbereich hat Benutzer: Melden Sie sich an, um zu veröffentlichen</translation>
    </message>
    <message>
        <location filename="../models/publishing/PublisherPlanning.cpp" line="87"/>
        <source>there is no channel “%1”</source>
        <translation>es gibt keinen Kanal „%1“</translation>
    </message>
    <message>
        <location filename="../models/publishing/PublisherPlanning.cpp" line="93"/>
        <location filename="../models/publishing/PublisherDue.cpp" line="88"/>
        <source>there is no publishing target “%1”</source>
        <translation>es gibt kein Veröffentlichungsziel „%1“</translation>
    </message>
    <message>
        <location filename="../models/publishing/PublisherPlanning.cpp" line="95"/>
        <source>the publishing target “%1” is disabled</source>
        <translation>das Veröffentlichungsziel „%1“ ist deaktiviert</translation>
    </message>
    <message>
        <location filename="../models/publishing/PublisherPlanning.cpp" line="108"/>
        <source>the channel “%1” has no enabled publishing target</source>
        <translation>der Kanal „%1“ hat kein aktiviertes Veröffentlichungsziel</translation>
    </message>
    <message>
        <location filename="../models/publishing/PublisherPlanning.cpp" line="111"/>
        <source>there is nothing to publish to: no enabled target matches</source>
        <translation>es gibt kein Ziel zum Veröffentlichen: Kein aktiviertes Ziel passt</translation>
    </message>
    <message>
        <location filename="../models/publishing/PublisherPlanning.cpp" line="117"/>
        <source>the target “%1” publishes the unknown channel “%2”</source>
        <translation>das Ziel „%1“ veröffentlicht den unbekannten Kanal „%2“</translation>
    </message>
    <message>
        <location filename="../models/publishing/PublisherPlanning.cpp" line="120"/>
        <source>%1 may not publish to the channel “%2”: none of their roles grants it</source>
        <translation>%1 darf nicht im Kanal „%2“ veröffentlichen: Keine der zugewiesenen Rollen erlaubt es</translation>
    </message>
    <message>
        <location filename="../models/publishing/PublisherPlanning.cpp" line="125"/>
        <source>no product with SKU “%1”</source>
        <translation>kein Produkt mit der SKU „%1“</translation>
    </message>
    <message>
        <location filename="../models/publishing/PublisherPlanning.cpp" line="274"/>
        <source>revision %1 of %2 cannot be read</source>
        <translation>Revision %1 von %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../models/publishing/Publisher.cpp" line="115"/>
        <source>cancelled; the targets keep their previous publication</source>
        <translation>abgebrochen; die Ziele behalten ihre vorherige Veröffentlichung</translation>
    </message>
    <message>
        <location filename="../models/publishing/Publisher.cpp" line="150"/>
        <source>another publication to %1 is running (process %2 on %3); try again when it has finished</source>
        <translation>eine andere Veröffentlichung nach %1 läuft gerade (Prozess %2 auf %3); versuchen Sie es erneut, wenn sie beendet ist</translation>
    </message>
    <message>
        <location filename="../models/publishing/Publisher.cpp" line="162"/>
        <source>interrupted: the process publishing it ended before it finished</source>
        <translation>unterbrochen: Der veröffentlichende Prozess endete, bevor sie abgeschlossen war</translation>
    </message>
    <message>
        <location filename="../models/publishing/Publisher.cpp" line="211"/>
        <location filename="../models/publishing/Publisher.cpp" line="262"/>
        <location filename="../models/publishing/Publisher.cpp" line="375"/>
        <source>cancelled before anything was written</source>
        <translation>abgebrochen, bevor etwas geschrieben wurde</translation>
    </message>
    <message>
        <location filename="../models/publishing/Publisher.cpp" line="312"/>
        <source>dry run: nothing was written</source>
        <translation>Probelauf: Es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../models/publishing/Publisher.cpp" line="368"/>
        <source>the asset %1 cannot be prepared: %2</source>
        <translation>das Asset %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/Publisher.cpp" line="385"/>
        <source>cancelled; the folder keeps its previous publication</source>
        <translation>abgebrochen; der Ordner behält seine vorherige Veröffentlichung</translation>
    </message>
    <message>
        <location filename="../models/publishing/Publisher.cpp" line="413"/>
        <location filename="../models/publishing/PublisherDue.cpp" line="104"/>
        <source>the webhook target %1 has no secret: %2</source>
        <translation>das Webhook-Ziel %1 hat keinen Schlüssel: %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/Publisher.cpp" line="497"/>
        <source>cancelled during delivery; what was delivered is recorded</source>
        <translation>während der Zustellung abgebrochen; was bereits zugestellt wurde, ist protokolliert</translation>
    </message>
    <message>
        <location filename="../models/publishing/PublisherDue.cpp" line="91"/>
        <source>%1 may not publish to the channel “%2”</source>
        <translation>%1 darf nicht im Kanal „%2“ veröffentlichen</translation>
    </message>
    <message>
        <location filename="../models/publishing/PublisherDue.cpp" line="98"/>
        <source>the target %1 has no dead letter %2</source>
        <translation>das Ziel %1 hat keine unzustellbare Nachricht %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/PublisherDue.cpp" line="151"/>
        <source>%1 of %2 messages to %3 were still not delivered; they stay in the dead-letter list</source>
        <translation>%1 von %2 Nachrichten an %3 wurden weiterhin nicht zugestellt; sie bleiben in der Liste der unzustellbaren Nachrichten</translation>
    </message>
</context>
<context>
    <name>facet::PublishingActions</name>
    <message>
        <location filename="../ui/publishing/PublishingActions.cpp" line="27"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Veröffentlichen…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingActions.cpp" line="28"/>
        <source>Publication &amp;History…</source>
        <translation>Veröffentlichungsver&amp;lauf…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingActions.cpp" line="29"/>
        <source>&amp;Schedules…</source>
        <translation>&amp;Zeitpläne…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingActions.cpp" line="30"/>
        <source>&amp;Dead Letters…</source>
        <translation>&amp;Unzustellbare Nachrichten…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingActions.cpp" line="31"/>
        <source>Publishing &amp;Targets…</source>
        <translation>Veröffentlichungs&amp;ziele…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingActions.cpp" line="38"/>
        <source>Publish approved content to the channels&apos; targets</source>
        <translation>Genehmigte Inhalte in den Zielen der Kanäle veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingActions.cpp" line="91"/>
        <source>P&amp;ublish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingActions.cpp" line="263"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/PublishingActions.cpp" line="264"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln fehlgeschlagen</numerusform>
            <numerusform>%Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/PublishingActions.cpp" line="268"/>
        <source>Published %Ln renderings to %1</source>
        <translation>
            <numerusform>%Ln Ausgabe in %1 veröffentlicht</numerusform>
            <numerusform>%Ln Ausgaben in %1 veröffentlicht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingActions.cpp" line="281"/>
        <source>⚠ Publishing problem</source>
        <translation>⚠ Problem bei der Veröffentlichung</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingActions.cpp" line="282"/>
        <source>%1

Click to open the publication history.</source>
        <translation>%1

Klicken Sie, um den Veröffentlichungsverlauf zu öffnen.</translation>
    </message>
</context>
<context>
    <name>facet::PublishingStore</name>
    <message>
        <location filename="../models/storage/PublishingStore.cpp" line="649"/>
        <source>there is no schedule %1</source>
        <translation>es gibt keinen Zeitplan %1</translation>
    </message>
</context>
<context>
    <name>facet::PublishingText</name>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="44"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="45"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="52"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="54"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="56"/>
        <location filename="../ui/publishing/PublishingText.cpp" line="71"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="58"/>
        <location filename="../ui/publishing/PublishingText.cpp" line="73"/>
        <source>withdrawn</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="60"/>
        <location filename="../ui/publishing/PublishingText.cpp" line="75"/>
        <source>held</source>
        <translation>zurückgehalten</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="69"/>
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="77"/>
        <location filename="../ui/publishing/PublishingText.cpp" line="90"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="86"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="88"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="92"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="100"/>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="102"/>
        <source>schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="104"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="111"/>
        <source>Planning</source>
        <translation>Planen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="113"/>
        <source>Rendering</source>
        <translation>Ausgeben</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="115"/>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="117"/>
        <source>Delivering</source>
        <translation>Zustellen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="134"/>
        <source>%L1 s</source>
        <translation>%L1 s</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="136"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>facet::PushPayload</name>
    <message>
        <location filename="../models/channels/PushPayload.cpp" line="177"/>
        <source>APNs payload %1 bytes, FCM message %2 bytes, limit %3 bytes.</source>
        <translation>APNs-Payload %1 Bytes, FCM-Nachricht %2 Bytes, Grenze %3 Bytes.</translation>
    </message>
    <message>
        <location filename="../models/channels/PushPayload.cpp" line="190"/>
        <source>The payload takes %1 bytes, the limit is %2, and shortening the body does not make it fit: shorten the title or the custom data.</source>
        <translation>Die Payload belegt %1 Bytes, die Grenze liegt bei %2, und ein kürzerer Text reicht nicht aus: Kürzen Sie den Titel oder die benutzerdefinierten Daten.</translation>
    </message>
    <message>
        <location filename="../models/channels/PushPayload.cpp" line="201"/>
        <source>The payload would take %1 bytes, the limit is %2: the body was shortened to %3 characters.</source>
        <translation>Die Payload würde %1 Bytes belegen, die Grenze liegt bei %2: Der Text wurde auf %3 Zeichen gekürzt.</translation>
    </message>
    <message>
        <location filename="../models/channels/PushPayload.cpp" line="221"/>
        <source>The %1 has %2 characters; lock screens show about %3.</source>
        <translation>Der %1 hat %2 Zeichen; Sperrbildschirme zeigen etwa %3.</translation>
    </message>
    <message>
        <location filename="../models/channels/PushPayload.cpp" line="229"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../models/channels/PushPayload.cpp" line="231"/>
        <source>body</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../models/channels/PushPayload.cpp" line="235"/>
        <source>The notification has no body text.</source>
        <translation>Die Benachrichtigung hat keinen Text.</translation>
    </message>
    <message>
        <location filename="../models/channels/PushPayload.cpp" line="238"/>
        <source>An FCM message goes to a token or a topic, not both.</source>
        <translation>Eine FCM-Nachricht geht an ein Token oder ein Topic, nicht an beide.</translation>
    </message>
    <message>
        <location filename="../models/channels/PushPayload.cpp" line="242"/>
        <source>The custom key “%1” is reserved (FCM data: from, gcm…, google.…; APNs: aps) and is left out where it is reserved.</source>
        <translation>Der benutzerdefinierte Schlüssel „%1“ ist reserviert (FCM-data: from, gcm…, google.…; APNs: aps) und wird dort weggelassen, wo er reserviert ist.</translation>
    </message>
    <message>
        <location filename="../models/channels/PushPayload.cpp" line="252"/>
        <source>The custom key “%1” is not a string, number or boolean: APNs leaves it out, FCM gets it as a JSON string.</source>
        <translation>Der benutzerdefinierte Schlüssel „%1“ ist weder Zeichenkette, Zahl noch Boolescher Wert: APNs lässt ihn weg, FCM erhält ihn als JSON-Zeichenkette.</translation>
    </message>
</context>
<context>
    <name>facet::PushPreview</name>
    <message>
        <location filename="../ui/previews/PushPreview.cpp" line="24"/>
        <source>iPhone lock screen</source>
        <translation>iPhone-Sperrbildschirm</translation>
    </message>
    <message>
        <location filename="../ui/previews/PushPreview.cpp" line="25"/>
        <source>Android lock screen</source>
        <translation>Android-Sperrbildschirm</translation>
    </message>
    <message>
        <location filename="../ui/previews/PushPreview.cpp" line="44"/>
        <source>Your app</source>
        <translation>Ihre App</translation>
    </message>
    <message>
        <location filename="../ui/previews/PushPreview.cpp" line="62"/>
        <source> · now</source>
        <translation> · jetzt</translation>
    </message>
    <message>
        <location filename="../ui/previews/PushPreview.cpp" line="83"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location filename="../ui/previews/PushPreview.cpp" line="111"/>
        <source>APNs</source>
        <translation>APNs</translation>
    </message>
    <message>
        <location filename="../ui/previews/PushPreview.cpp" line="112"/>
        <source>FCM</source>
        <translation>FCM</translation>
    </message>
    <message>
        <location filename="../ui/previews/PushPreview.cpp" line="131"/>
        <source>%1 payload: not measured</source>
        <translation>%1-Payload: nicht gemessen</translation>
    </message>
    <message>
        <location filename="../ui/previews/PushPreview.cpp" line="140"/>
        <source>%1 payload: %2 of %3 bytes</source>
        <translation>%1-Payload: %2 von %3 Bytes</translation>
    </message>
    <message>
        <location filename="../ui/previews/PushPreview.cpp" line="141"/>
        <source>%1 payload: %2 bytes</source>
        <translation>%1-Payload: %2 Bytes</translation>
    </message>
</context>
<context>
    <name>facet::PushSchema</name>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="113"/>
        <source>an APNs payload must have an “aps” dictionary</source>
        <translation>eine APNs-Payload muss ein „aps“-Dictionary enthalten</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="118"/>
        <source>custom key “%1” must be a string, number or boolean</source>
        <translation>der benutzerdefinierte Schlüssel „%1“ muss eine Zeichenkette, eine Zahl oder ein Boolescher Wert sein</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="127"/>
        <source>an FCM request has an unknown key “%1”</source>
        <translation>eine FCM-Anfrage hat einen unbekannten Schlüssel „%1“</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="129"/>
        <source>an FCM request must have a “message” object</source>
        <translation>eine FCM-Anfrage muss ein „message“-Objekt enthalten</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="139"/>
        <source>message has an unknown key “%1”</source>
        <translation>message hat einen unbekannten Schlüssel „%1“</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="143"/>
        <source>message.%1 must be a non-empty string</source>
        <translation>message.%1 muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="147"/>
        <source>message needs exactly one of token, topic and condition, not %1</source>
        <translation>message benötigt genau eines von token, topic und condition, nicht %1</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="152"/>
        <source>message.notification has an unknown key “%1”</source>
        <translation>message.notification hat einen unbekannten Schlüssel „%1“</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="154"/>
        <source>message.notification.%1 must be a string</source>
        <translation>message.notification.%1 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="161"/>
        <source>message.data.%1 must be a string (FCM data holds strings only)</source>
        <translation>message.data.%1 muss eine Zeichenkette sein (FCM-data enthält nur Zeichenketten)</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="163"/>
        <source>message.data key “%1” is reserved</source>
        <translation>der Schlüssel „%1“ in message.data ist reserviert</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="170"/>
        <source>message.apns has an unknown key “%1”</source>
        <translation>message.apns hat einen unbekannten Schlüssel „%1“</translation>
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
        <location filename="../ui/editor/RecordEditor.cpp" line="154"/>
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
        <location filename="../ui/editor/RecordEditor.cpp" line="163"/>
        <source>The product cannot be opened: %1</source>
        <translation>Das Produkt kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="222"/>
        <source>Not saved; nothing was written. Fix these first:
%1</source>
        <translation>Nicht gespeichert; es wurde nichts geschrieben. Beheben Sie zuerst Folgendes:
%1</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="223"/>
        <source>Not saved; nothing was written: %1</source>
        <translation>Nicht gespeichert; es wurde nichts geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="250"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="251"/>
        <source>The product “%1” has unsaved changes. Save them?</source>
        <translation>Das Produkt „%1“ hat ungespeicherte Änderungen. Möchten Sie sie speichern?</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="265"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="314"/>
        <source>SKU %1 · Family %2</source>
        <translation>SKU %1 · Familie %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="326"/>
        <source>complete for every channel and locale</source>
        <translation>in allen Kanälen und Gebietsschemas vollständig</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="327"/>
        <source>%1% on average · %2 of %3 channel locales incomplete</source>
        <translation>%1&#xa0;% im Durchschnitt · %2 von %3 Kanal-Gebietsschema-Kombinationen unvollständig</translation>
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
    <name>facet::RecordStageBar</name>
    <message>
        <location filename="../ui/workflow/RecordStageBar.cpp" line="27"/>
        <source>Submit…</source>
        <translation>Einreichen…</translation>
    </message>
    <message>
        <location filename="../ui/workflow/RecordStageBar.cpp" line="28"/>
        <source>Freeze the saved working draft as a revision and send it for review</source>
        <translation>Den gespeicherten Arbeitsentwurf als Revision einfrieren und zur Prüfung senden</translation>
    </message>
    <message>
        <location filename="../ui/workflow/RecordStageBar.cpp" line="30"/>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../ui/workflow/RecordStageBar.cpp" line="31"/>
        <source>Review the revision waiting in the workflow</source>
        <translation>Die im Workflow wartende Revision prüfen</translation>
    </message>
    <message>
        <location filename="../ui/workflow/RecordStageBar.cpp" line="33"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/workflow/RecordStageBar.cpp" line="34"/>
        <source>Revisions, decisions and comments; compare any two</source>
        <translation>Revisionen, Entscheidungen und Kommentare; zwei beliebige vergleichen</translation>
    </message>
    <message>
        <location filename="../ui/workflow/RecordStageBar.cpp" line="98"/>
        <source>In review: %1</source>
        <translation>In Prüfung: %1</translation>
    </message>
    <message>
        <location filename="../ui/workflow/RecordStageBar.cpp" line="102"/>
        <source>Not submitted</source>
        <translation>Nicht eingereicht</translation>
    </message>
    <message>
        <location filename="../ui/workflow/RecordStageBar.cpp" line="104"/>
        <source> · draft changed</source>
        <translation> · Entwurf geändert</translation>
    </message>
    <message>
        <location filename="../ui/workflow/RecordStageBar.cpp" line="107"/>
        <source>The working draft has changes no revision holds yet: submit them for review</source>
        <translation>Der Arbeitsentwurf hat Änderungen, die noch keine Revision enthält: Reichen Sie sie zur Prüfung ein</translation>
    </message>
</context>
<context>
    <name>facet::RecordStore</name>
    <message>
        <location filename="../models/storage/RecordStore.cpp" line="111"/>
        <location filename="../models/storage/RecordStore.cpp" line="267"/>
        <location filename="../models/storage/RecordStore.cpp" line="412"/>
        <source>no product with SKU “%1”</source>
        <translation>kein Produkt mit der SKU „%1“</translation>
    </message>
    <message>
        <location filename="../models/storage/RecordStore.cpp" line="116"/>
        <source>the stored draft of “%1” is damaged</source>
        <translation>der gespeicherte Entwurf von „%1“ ist beschädigt</translation>
    </message>
    <message>
        <location filename="../models/storage/RecordStore.cpp" line="166"/>
        <location filename="../models/storage/RecordStore.cpp" line="184"/>
        <source>cannot save “%1”: %2</source>
        <translation>„%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/RecordStore.cpp" line="253"/>
        <source>cannot index “%1” for search: %2</source>
        <translation>„%1“ kann nicht für die Suche indiziert werden: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/RecordStore.cpp" line="276"/>
        <source>“%1” cannot be removed: %2</source>
        <translation>„%1“ kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>facet::RenderService</name>
    <message>
        <location filename="../models/rendering/RenderService.cpp" line="99"/>
        <source>there is no channel “%1”</source>
        <translation>es gibt keinen Kanal „%1“</translation>
    </message>
</context>
<context>
    <name>facet::RenditionGenerator</name>
    <message>
        <location filename="../models/assets/RenditionGenerator.cpp" line="64"/>
        <source>the SVG cannot be drawn</source>
        <translation>das SVG kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <location filename="../models/assets/RenditionGenerator.cpp" line="81"/>
        <source>the PDF cannot be opened</source>
        <translation>das PDF kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../models/assets/RenditionGenerator.cpp" line="87"/>
        <source>the PDF&apos;s first page cannot be drawn</source>
        <translation>die erste Seite des PDF kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <location filename="../models/assets/RenditionGenerator.cpp" line="98"/>
        <source>the image is too large to decode</source>
        <translation>das Bild ist zu groß zum Dekodieren</translation>
    </message>
    <message>
        <location filename="../models/assets/RenditionGenerator.cpp" line="104"/>
        <source>the image cannot be decoded: %1</source>
        <translation>das Bild kann nicht dekodiert werden: %1</translation>
    </message>
    <message>
        <location filename="../models/assets/RenditionGenerator.cpp" line="123"/>
        <source>%1 cannot be read to make a rendition</source>
        <translation>%1 kann nicht gelesen werden, um eine Variante zu erstellen</translation>
    </message>
    <message>
        <location filename="../models/assets/RenditionGenerator.cpp" line="144"/>
        <source>cannot write the %1 rendition of %2: %3</source>
        <translation>die Variante %1 von %2 kann nicht geschrieben werden: %3</translation>
    </message>
</context>
<context>
    <name>facet::RenditionSpec</name>
    <message>
        <location filename="../models/assets/RenditionSpec.cpp" line="32"/>
        <source>channel %1: %2</source>
        <translation>Kanal %1: %2</translation>
    </message>
    <message>
        <location filename="../models/assets/RenditionSpec.cpp" line="52"/>
        <source>the rendition format “%1” is not jpeg, png or webp</source>
        <translation>das Variantenformat „%1“ ist nicht jpeg, png oder webp</translation>
    </message>
    <message>
        <location filename="../models/assets/RenditionSpec.cpp" line="54"/>
        <source>rendition sizes must be between 0 (as the original) and 20000 pixels</source>
        <translation>Variantengrößen müssen zwischen 0 (wie das Original) und 20000 Pixeln liegen</translation>
    </message>
    <message>
        <location filename="../models/assets/RenditionSpec.cpp" line="56"/>
        <source>the rendition quality must be between 1 and 100, not %1</source>
        <translation>die Variantenqualität muss zwischen 1 und 100 liegen, nicht %1</translation>
    </message>
    <message>
        <location filename="../models/assets/RenditionSpec.cpp" line="60"/>
        <source>the rendition background “%1” is not a colour</source>
        <translation>der Variantenhintergrund „%1“ ist keine Farbe</translation>
    </message>
</context>
<context>
    <name>facet::ReviewWindow</name>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="65"/>
        <source>Send &amp;Back</source>
        <translation>&amp;Zurücksenden</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="66"/>
        <source>&amp;Comment</source>
        <translation>&amp;Kommentieren</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="86"/>
        <source>A comment for the author and the next reviewers (required to send back)</source>
        <translation>Ein Kommentar für den Autor und die nächsten Prüfer (zum Zurücksenden erforderlich)</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="93"/>
        <source>The earlier stage the revision goes back to</source>
        <translation>Die frühere Phase, in die die Revision zurückgeht</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="97"/>
        <source>Add the comment to the thread without deciding</source>
        <translation>Den Kommentar zum Verlauf hinzufügen, ohne zu entscheiden</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="102"/>
        <source>Changes since the last approved revision</source>
        <translation>Änderungen seit der letzten genehmigten Revision</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="104"/>
        <source>Comments and decisions</source>
        <translation>Kommentare und Entscheidungen</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="109"/>
        <source>Every channel, as this revision renders</source>
        <translation>Jeder Kanal, wie diese Revision ausgegeben wird</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="122"/>
        <source>Send back to:</source>
        <translation>Zurücksenden an:</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="218"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="221"/>
        <source>Review: %1</source>
        <translation>Prüfung: %1</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="222"/>
        <source>Review %1</source>
        <translation>%1 prüfen</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="226"/>
        <source>Nothing of this product waits for review: its working draft has not been submitted.</source>
        <translation>Von diesem Produkt wartet nichts auf Prüfung: Sein Arbeitsentwurf wurde nicht eingereicht.</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="227"/>
        <source>No revision to review.</source>
        <translation>Keine Revision zu prüfen.</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="233"/>
        <source>Revision %1 at &lt;b&gt;%2&lt;/b&gt; · submitted by %3 on %4 · compared with %5</source>
        <translation>Revision %1 in &lt;b&gt;%2&lt;/b&gt; · eingereicht von %3 am %4 · verglichen mit %5</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="236"/>
        <source>revision %1 (%2)</source>
        <translation>Revision %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="238"/>
        <source>nothing: no revision was approved before</source>
        <translation>nichts: Es wurde noch keine Revision genehmigt</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="245"/>
        <source>Approved (%1)</source>
        <translation>Genehmigt (%1)</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="245"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="246"/>
        <source>Under review (%1)</source>
        <translation>In Prüfung (%1)</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="251"/>
        <source>⚠ Four eyes: you edited or submitted this revision, so someone else must approve it at %1.</source>
        <translation>⚠ Vier-Augen-Prinzip: Sie haben diese Revision bearbeitet oder eingereicht, daher muss jemand anderes sie in %1 genehmigen.</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="266"/>
        <source>&amp;Approve → %1</source>
        <translation>&amp;Genehmigen → %1</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="267"/>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="270"/>
        <source>Approve this revision: it moves to %1</source>
        <translation>Diese Revision genehmigen: Sie geht nach %1</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="271"/>
        <source>None of your roles may approve this revision here</source>
        <translation>Keine Ihrer Rollen darf diese Revision hier genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="320"/>
        <source>this revision</source>
        <translation>diese Revision</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="320"/>
        <source>revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="326"/>
        <source>submitted for %1</source>
        <translation>eingereicht für %1</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="329"/>
        <source>approved: %1 → %2</source>
        <translation>genehmigt: %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="332"/>
        <source>sent back: %1 → %2</source>
        <translation>zurückgesendet: %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="335"/>
        <source>restored as the working draft</source>
        <translation>als Arbeitsentwurf wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="338"/>
        <source>superseded by a newer submission</source>
        <translation>durch eine neuere Einreichung überholt</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="358"/>
        <source>No comments yet.</source>
        <translation>Noch keine Kommentare.</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="383"/>
        <source>Approved. Revision %1 is now at %2.</source>
        <translation>Genehmigt. Revision %1 ist jetzt in %2.</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="403"/>
        <source>Sent back to %1.</source>
        <translation>An %1 zurückgesendet.</translation>
    </message>
</context>
<context>
    <name>facet::RevisionDiffView</name>
    <message>
        <location filename="../ui/workflow/RevisionDiffView.cpp" line="110"/>
        <source>The two revisions have the same content.</source>
        <translation>Die beiden Revisionen haben denselben Inhalt.</translation>
    </message>
    <message>
        <location filename="../ui/workflow/RevisionDiffView.cpp" line="115"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../ui/workflow/RevisionDiffView.cpp" line="138"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../ui/workflow/RevisionDiffView.cpp" line="143"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../ui/workflow/RevisionDiffView.cpp" line="157"/>
        <source>%1 only</source>
        <translation>nur %1</translation>
    </message>
    <message>
        <location filename="../ui/workflow/RevisionDiffView.cpp" line="186"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
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
    <name>facet::Run</name>
    <message>
        <location filename="../models/publishing/FolderPublication.cpp" line="160"/>
        <source>Folder targets cannot publish the channel kind “%1”.</source>
        <translation>Ordnerziele können den Kanaltyp „%1“ nicht veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderPublication.cpp" line="170"/>
        <source>%1 (%2) is in the publication twice.</source>
        <translation>%1 (%2) ist zweimal in der Veröffentlichung enthalten.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderPublication.cpp" line="179"/>
        <source>%1 (%2) is both published and withdrawn.</source>
        <translation>%1 (%2) wird zugleich veröffentlicht und zurückgezogen.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderPublication.cpp" line="183"/>
        <source>The asset path “%1” is not below the folder.</source>
        <translation>Der Asset-Pfad „%1“ liegt nicht innerhalb des Ordners.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderPublication.cpp" line="266"/>
        <source>Cannot read %1 for the catalog: %2</source>
        <translation>%1 kann für den Katalog nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderPublication.cpp" line="316"/>
        <source>The feed item of %1 (%2) cannot be published: %3</source>
        <translation>Der Feed-Artikel von %1 (%2) kann nicht veröffentlicht werden: %3</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="vanished">Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderPublication.cpp" line="500"/>
        <location filename="../models/publishing/FolderPublication.cpp" line="506"/>
        <source>The publication was cancelled; the folder is unchanged.</source>
        <translation>Die Veröffentlichung wurde abgebrochen; der Ordner ist unverändert.</translation>
    </message>
</context>
<context>
    <name>facet::SchedulesDialog</name>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="44"/>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="59"/>
        <source>Not before</source>
        <translation>Nicht vor</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="48"/>
        <source>&amp;Add Schedule</source>
        <translation>Zeitplan &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="49"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="50"/>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="215"/>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="54"/>
        <source>Publication Schedules</source>
        <translation>Zeitpläne für Veröffentlichungen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="59"/>
        <source>Reaches</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="59"/>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="59"/>
        <source>Next run</source>
        <translation>Nächste Ausführung</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="59"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="59"/>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="75"/>
        <source>Check whole channels (every target they have, also ones added later) or single targets</source>
        <translation>Ganze Kanäle ankreuzen (alle ihre Ziele, auch später hinzugefügte) oder einzelne Ziele</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="78"/>
        <source>An embargo: nothing is published before this time. Unchecked, the schedule starts now.</source>
        <translation>Eine Sperrfrist: Vor diesem Zeitpunkt wird nichts veröffentlicht. Ohne Häkchen beginnt der Zeitplan sofort.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="89"/>
        <source>Once</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="90"/>
        <source>Hourly</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="91"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="92"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="93"/>
        <source>Every N minutes</source>
        <translation>Alle N Minuten</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="97"/>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="109"/>
        <source>Embargo:</source>
        <translation>Sperrfrist:</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="113"/>
        <source>Repeats:</source>
        <translation>Wiederholung:</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="114"/>
        <source>Times are local (%1); they are stored in UTC.</source>
        <translation>Zeiten sind Ortszeit (%1); gespeichert werden sie in UTC.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="129"/>
        <source>New schedule</source>
        <translation>Neuer Zeitplan</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="138"/>
        <source>Scheduled publications</source>
        <translation>Geplante Veröffentlichungen</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="167"/>
        <source>Targets: %1</source>
        <translation>Ziele: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="172"/>
        <source>Channels: %1</source>
        <translation>Kanäle: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="174"/>
        <source>Every channel</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="180"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="183"/>
        <source>once</source>
        <translation>einmalig</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="185"/>
        <source>hourly</source>
        <translation>stündlich</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="187"/>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="189"/>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="193"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="194"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="194"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="215"/>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="229"/>
        <source>Check at least one channel or target to publish.</source>
        <translation>Kreuzen Sie mindestens einen Kanal oder ein Ziel zum Veröffentlichen an.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="239"/>
        <source>The embargo %1 has passed: a one-off schedule would run at once. Pick a later time, or uncheck “Not before” to publish now.</source>
        <translation>Die Sperrfrist %1 ist bereits vorbei: Ein einmaliger Zeitplan würde sofort ausgeführt. Wählen Sie einen späteren Zeitpunkt oder entfernen Sie das Häkchen bei „Nicht vor“, um jetzt zu veröffentlichen.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="272"/>
        <source>Scheduled: first run %1.</source>
        <translation>Geplant: erste Ausführung %1.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="273"/>
        <source>Scheduled.</source>
        <translation>Geplant.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="284"/>
        <source>Removed.</source>
        <translation>Entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="299"/>
        <source>Enabled.</source>
        <translation>Aktiviert.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="299"/>
        <source>Disabled: it will not run until enabled again.</source>
        <translation>Deaktiviert: Er wird erst nach erneuter Aktivierung wieder ausgeführt.</translation>
    </message>
</context>
<context>
    <name>facet::SchemaMigrator</name>
    <message>
        <location filename="../models/storage/SchemaMigrator.cpp" line="86"/>
        <source>the migration script %1 is missing for %2</source>
        <translation>das Migrationsskript %1 für %2 fehlt</translation>
    </message>
    <message>
        <location filename="../models/storage/SchemaMigrator.cpp" line="99"/>
        <source>cannot start the migration to version %1: %2</source>
        <translation>die Migration auf Version %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/SchemaMigrator.cpp" line="103"/>
        <source>migration to schema version %1 (%2) failed: %3</source>
        <translation>die Migration auf Schemaversion %1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../models/storage/SchemaMigrator.cpp" line="131"/>
        <source>migration to schema version %1 failed: %2</source>
        <translation>die Migration auf Schemaversion %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/SchemaMigrator.cpp" line="140"/>
        <source>cannot prepare the workspace: %1</source>
        <translation>der Arbeitsbereich kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <location filename="../models/storage/SchemaMigrator.cpp" line="148"/>
        <source>this workspace uses schema version %1, made by a newer Facet; this build reads up to version %2. Update Facet to open it; the file was not changed.</source>
        <translation>dieser Arbeitsbereich verwendet die Schemaversion %1 einer neueren Facet-Version; dieser Build liest höchstens Version %2. Aktualisieren Sie Facet, um ihn zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>facet::ScreenshotTour</name>
    <message>
        <location filename="../ui/shell/ScreenshotTour.cpp" line="67"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../ui/shell/ScreenshotTour.cpp" line="429"/>
        <source>the window was closed</source>
        <translation>das Fenster wurde geschlossen</translation>
    </message>
    <message>
        <location filename="../ui/shell/ScreenshotTour.cpp" line="439"/>
        <source>step %1 was not ready in time</source>
        <translation>Schritt %1 war nicht rechtzeitig bereit</translation>
    </message>
    <message>
        <source>the previews did not finish rendering</source>
        <translation type="vanished">die Vorschauen wurden nicht fertig erzeugt</translation>
    </message>
    <message>
        <location filename="../ui/shell/ScreenshotTour.cpp" line="518"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>facet::SecretStore</name>
    <message>
        <location filename="../models/publishing/SecretStore.cpp" line="72"/>
        <source>The workspace id &quot;%1&quot; cannot name a secrets file.</source>
        <translation>Die Arbeitsbereichs-ID „%1“ kann nicht als Name einer Schlüsseldatei dienen.</translation>
    </message>
    <message>
        <location filename="../models/publishing/SecretStore.cpp" line="82"/>
        <source>The secrets file %1 can be read or changed by other users; restrict it with &quot;chmod 600 %1&quot; (and consider the secrets in it exposed).</source>
        <translation>Die Schlüsseldatei %1 kann von anderen Benutzern gelesen oder geändert werden; schränken Sie sie mit „chmod 600 %1“ ein (und betrachten Sie die darin enthaltenen Schlüssel als offengelegt).</translation>
    </message>
    <message>
        <location filename="../models/publishing/SecretStore.cpp" line="91"/>
        <source>The secrets file %1 belongs to another user.</source>
        <translation>Die Schlüsseldatei %1 gehört einem anderen Benutzer.</translation>
    </message>
    <message>
        <location filename="../models/publishing/SecretStore.cpp" line="97"/>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/SecretStore.cpp" line="103"/>
        <source>The secrets file %1 is not a JSON object of target codes and secrets.</source>
        <translation>Die Schlüsseldatei %1 ist kein JSON-Objekt aus Zielcodes und Schlüsseln.</translation>
    </message>
    <message>
        <location filename="../models/publishing/SecretStore.cpp" line="118"/>
        <source>Cannot create the secrets folder %1.</source>
        <translation>Der Schlüsselordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../models/publishing/SecretStore.cpp" line="122"/>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../models/publishing/SecretStore.cpp" line="128"/>
        <source>Cannot restrict the secrets folder %1 to its owner.</source>
        <translation>Der Zugriff auf den Schlüsselordner %1 kann nicht auf den Eigentümer beschränkt werden.</translation>
    </message>
    <message>
        <location filename="../models/publishing/SecretStore.cpp" line="142"/>
        <location filename="../models/publishing/SecretStore.cpp" line="154"/>
        <source>Cannot write the secrets file %1: %2</source>
        <translation>Die Schlüsseldatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/SecretStore.cpp" line="147"/>
        <source>Cannot restrict the secrets file %1 to its owner.</source>
        <translation>Der Zugriff auf die Schlüsseldatei %1 kann nicht auf den Eigentümer beschränkt werden.</translation>
    </message>
    <message>
        <location filename="../models/publishing/SecretStore.cpp" line="190"/>
        <source>A secret needs a target code.</source>
        <translation>Ein Schlüssel benötigt einen Zielcode.</translation>
    </message>
    <message>
        <location filename="../models/publishing/SecretStore.cpp" line="193"/>
        <source>The secret for %1 is empty.</source>
        <translation>Der Schlüssel für %1 ist leer.</translation>
    </message>
    <message>
        <location filename="../models/publishing/SecretStore.cpp" line="197"/>
        <source>The secret for %1 is not UTF-8 text.</source>
        <translation>Der Schlüssel für %1 ist kein UTF-8-Text.</translation>
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
    <name>facet::SignInDialog</name>
    <message>
        <location filename="../ui/workflow/SignInDialog.cpp" line="29"/>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../ui/workflow/SignInDialog.cpp" line="52"/>
        <source>&lt;b&gt;%1&lt;/b&gt; has users. Sign in to edit, submit and review; without signing in you can only look.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; hat Benutzer. Melden Sie sich an, um zu bearbeiten, einzureichen und zu prüfen; ohne Anmeldung können Sie nur ansehen.</translation>
    </message>
    <message>
        <location filename="../ui/workflow/SignInDialog.cpp" line="57"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../ui/workflow/SignInDialog.cpp" line="58"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/workflow/SignInDialog.cpp" line="59"/>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location filename="../ui/workflow/SignInDialog.cpp" line="62"/>
        <source>&amp;Look Only</source>
        <translation>&amp;Nur ansehen</translation>
    </message>
    <message>
        <location filename="../ui/workflow/SignInDialog.cpp" line="63"/>
        <source>Browse the workspace without signing in</source>
        <translation>Den Arbeitsbereich ohne Anmeldung durchsehen</translation>
    </message>
    <message>
        <location filename="../ui/workflow/SignInDialog.cpp" line="103"/>
        <source>Choose who you are.</source>
        <translation>Wählen Sie aus, wer Sie sind.</translation>
    </message>
</context>
<context>
    <name>facet::SmsMeasure</name>
    <message>
        <location filename="../models/channels/SmsMeasure.cpp" line="85"/>
        <source>septets</source>
        <translation>Septette</translation>
    </message>
    <message>
        <location filename="../models/channels/SmsMeasure.cpp" line="85"/>
        <source>UTF-16 units</source>
        <translation>UTF-16-Einheiten</translation>
    </message>
    <message>
        <location filename="../models/channels/SmsMeasure.cpp" line="96"/>
        <source>Encoding %1, %2 %3, segments: %4.</source>
        <translation>Kodierung %1, %2 %3, Segmente: %4.</translation>
    </message>
    <message>
        <location filename="../models/channels/SmsMeasure.cpp" line="108"/>
        <source>The message takes %1 segments, the channel allows %2. Shorten it%3.</source>
        <translation>Die Nachricht belegt %1 Segmente, der Kanal erlaubt %2. Kürzen Sie sie%3.</translation>
    </message>
    <message>
        <location filename="../models/channels/SmsMeasure.cpp" line="111"/>
        <source> or replace the characters that force UCS-2</source>
        <translation> oder ersetzen Sie die Zeichen, die UCS-2 erzwingen</translation>
    </message>
    <message>
        <location filename="../models/channels/SmsMeasure.cpp" line="131"/>
        <source>%1(%2) at character %3 is not in the GSM alphabet and makes the whole message UCS-2.</source>
        <translation>%1(%2) an Zeichen %3 gehört nicht zum GSM-Alphabet und macht die ganze Nachricht zu UCS-2.</translation>
    </message>
    <message>
        <location filename="../models/channels/SmsMeasure.cpp" line="134"/>
        <source>%1(%2) at character %3 is not in the GSM alphabet and makes the whole message UCS-2; it is invisible and can be removed.</source>
        <translation>%1(%2) an Zeichen %3 gehört nicht zum GSM-Alphabet und macht die ganze Nachricht zu UCS-2; es ist unsichtbar und kann entfernt werden.</translation>
    </message>
    <message>
        <location filename="../models/channels/SmsMeasure.cpp" line="138"/>
        <source>%1(%2) at character %3 is not in the GSM alphabet and makes the whole message UCS-2; “%4” would keep it GSM-7.</source>
        <translation>%1(%2) an Zeichen %3 gehört nicht zum GSM-Alphabet und macht die ganze Nachricht zu UCS-2; mit „%4“ bliebe sie GSM-7.</translation>
    </message>
</context>
<context>
    <name>facet::SmsPreview</name>
    <message>
        <location filename="../ui/previews/SmsPreview.cpp" line="25"/>
        <source>Text message · Today</source>
        <translation>SMS · Heute</translation>
    </message>
</context>
<context>
    <name>facet::SvgSafety</name>
    <message>
        <location filename="../models/assets/SvgSafety.cpp" line="57"/>
        <source>the SVG declares XML entities, which are refused</source>
        <translation>das SVG deklariert XML-Entitäten, die abgelehnt werden</translation>
    </message>
    <message>
        <location filename="../models/assets/SvgSafety.cpp" line="61"/>
        <source>the SVG loads an external style sheet</source>
        <translation>das SVG lädt ein externes Stylesheet</translation>
    </message>
    <message>
        <location filename="../models/assets/SvgSafety.cpp" line="66"/>
        <source>the file is XML, but not an SVG image (its root element is &lt;%1&gt;)</source>
        <translation>die Datei ist XML, aber kein SVG-Bild (ihr Wurzelelement ist &lt;%1&gt;)</translation>
    </message>
    <message>
        <location filename="../models/assets/SvgSafety.cpp" line="69"/>
        <source>the SVG contains a &lt;script&gt; element</source>
        <translation>das SVG enthält ein &lt;script&gt;-Element</translation>
    </message>
    <message>
        <location filename="../models/assets/SvgSafety.cpp" line="71"/>
        <source>the SVG embeds foreign content (&lt;foreignObject&gt;)</source>
        <translation>das SVG bettet fremde Inhalte ein (&lt;foreignObject&gt;)</translation>
    </message>
    <message>
        <location filename="../models/assets/SvgSafety.cpp" line="76"/>
        <source>the SVG has an event handler attribute (%1 on &lt;%2&gt;)</source>
        <translation>das SVG hat ein Event-Handler-Attribut (%1 an &lt;%2&gt;)</translation>
    </message>
    <message>
        <location filename="../models/assets/SvgSafety.cpp" line="78"/>
        <location filename="../models/assets/SvgSafety.cpp" line="81"/>
        <location filename="../models/assets/SvgSafety.cpp" line="91"/>
        <source>the SVG refers to an external resource (%1)</source>
        <translation>das SVG verweist auf eine externe Ressource (%1)</translation>
    </message>
    <message>
        <location filename="../models/assets/SvgSafety.cpp" line="98"/>
        <source>the SVG is not well-formed XML: %1 (line %2)</source>
        <translation>das SVG ist kein wohlgeformtes XML: %1 (Zeile %2)</translation>
    </message>
    <message>
        <location filename="../models/assets/SvgSafety.cpp" line="102"/>
        <source>the SVG has no &lt;svg&gt; element</source>
        <translation>das SVG hat kein &lt;svg&gt;-Element</translation>
    </message>
</context>
<context>
    <name>facet::TasksPanel</name>
    <message>
        <location filename="../ui/workflow/TasksPanel.cpp" line="30"/>
        <source>My tasks</source>
        <translation>Meine Aufgaben</translation>
    </message>
    <message>
        <location filename="../ui/workflow/TasksPanel.cpp" line="40"/>
        <source>Double-click a task to review it</source>
        <translation>Doppelklicken Sie auf eine Aufgabe, um sie zu prüfen</translation>
    </message>
    <message>
        <location filename="../ui/workflow/TasksPanel.cpp" line="102"/>
        <source>Open a workspace to see what waits for you.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um zu sehen, was auf Sie wartet.</translation>
    </message>
    <message>
        <location filename="../ui/workflow/TasksPanel.cpp" line="104"/>
        <source>Sign in to see what waits for your roles.</source>
        <translation>Melden Sie sich an, um zu sehen, was auf Ihre Rollen wartet.</translation>
    </message>
    <message>
        <location filename="../ui/workflow/TasksPanel.cpp" line="106"/>
        <source>Nothing waits for your roles.</source>
        <translation>Nichts wartet auf Ihre Rollen.</translation>
    </message>
    <message>
        <location filename="../ui/workflow/TasksPanel.cpp" line="119"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/workflow/TasksPanel.cpp" line="133"/>
        <source>%1 · submitted by %2 on %3</source>
        <translation>%1 · eingereicht von %2 am %3</translation>
    </message>
    <message>
        <location filename="../ui/workflow/TasksPanel.cpp" line="137"/>
        <source>You edited or submitted this revision: another reviewer must approve it.</source>
        <translation>Sie haben diese Revision bearbeitet oder eingereicht: Ein anderer Prüfer muss sie genehmigen.</translation>
    </message>
</context>
<context>
    <name>facet::TemplateEditorWindow</name>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="45"/>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="47"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="51"/>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="285"/>
        <source>Templates[*]</source>
        <translation>Vorlagen[*]</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="69"/>
        <source>Discard the changes and show the version in use</source>
        <translation>Änderungen verwerfen und die verwendete Version anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="137"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="245"/>
        <source>A template cannot be empty: every rendering of the channel needs it.</source>
        <translation>Eine Vorlage darf nicht leer sein: Jede Ausgabe des Kanals benötigt sie.</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="252"/>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="276"/>
        <source>Your roles may not change templates</source>
        <translation>Ihre Rollen dürfen keine Vorlagen ändern</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="279"/>
        <source>&amp;Save as Version %1</source>
        <translation>Als Version %1 &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="284"/>
        <source>Choose a template on the left.</source>
        <translation>Wählen Sie links eine Vorlage aus.</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="288"/>
        <source>%1/%2[*] — Templates</source>
        <translation>%1/%2[*] – Vorlagen</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="291"/>
        <source>%1 · showing version %2; version %3 is in use</source>
        <translation>%1 · Version %2 wird angezeigt; Version %3 ist in Verwendung</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="296"/>
        <source>%1 · the built-in template is in use</source>
        <translation>%1 · die integrierte Vorlage ist in Verwendung</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="298"/>
        <source>%1 · version %2 is in use</source>
        <translation>%1 · Version %2 ist in Verwendung</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="324"/>
        <source>Saved %1/%2 as version %3.</source>
        <translation>%1/%2 als Version %3 gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="358"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="359"/>
        <source>The template “%1/%2” has unsaved changes. Save them as a new version?</source>
        <translation>Die Vorlage „%1/%2“ hat ungespeicherte Änderungen. Möchten Sie sie als neue Version speichern?</translation>
    </message>
</context>
<context>
    <name>facet::TemplateEngine</name>
    <message>
        <location filename="../models/rendering/TemplateEngine.cpp" line="99"/>
        <source>Facet&apos;s template filters (%1) are not installed; looked in %2. Reinstall Facet.</source>
        <translation>Die Vorlagenfilter von Facet (%1) sind nicht installiert; gesucht wurde in %2. Installieren Sie Facet neu.</translation>
    </message>
    <message>
        <location filename="../models/rendering/TemplateEngine.cpp" line="105"/>
        <source>Facet&apos;s template filters in %1 could not be loaded. Reinstall Facet.</source>
        <translation>Die Vorlagenfilter von Facet in %1 konnten nicht geladen werden. Installieren Sie Facet neu.</translation>
    </message>
</context>
<context>
    <name>facet::TemplateNavigator</name>
    <message>
        <location filename="../ui/templates/TemplateNavigator.cpp" line="29"/>
        <source>built-in</source>
        <translation>integriert</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateNavigator.cpp" line="29"/>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateNavigator.cpp" line="40"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateNavigator.cpp" line="40"/>
        <source>In use</source>
        <translation>In Verwendung</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateNavigator.cpp" line="48"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateNavigator.cpp" line="48"/>
        <source>Saved by</source>
        <translation>Gespeichert von</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateNavigator.cpp" line="48"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateNavigator.cpp" line="53"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateNavigator.cpp" line="119"/>
        <source>%1 (%2 channel)</source>
        <translation>%1 (Kanal vom Typ %2)</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateNavigator.cpp" line="147"/>
        <source>Facet</source>
        <translation>Facet</translation>
    </message>
</context>
<context>
    <name>facet::TemplatePreview</name>
    <message>
        <location filename="../ui/templates/TemplatePreview.cpp" line="61"/>
        <source>Search by SKU or name…</source>
        <translation>Nach SKU oder Name suchen…</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplatePreview.cpp" line="87"/>
        <source>An approximate preview: simple HTML and CSS only, hidden elements are shown.</source>
        <translation>Eine ungefähre Vorschau: nur einfaches HTML und CSS, ausgeblendete Elemente werden angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplatePreview.cpp" line="100"/>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplatePreview.cpp" line="101"/>
        <source>&amp;Locale:</source>
        <translation>&amp;Gebietsschema:</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplatePreview.cpp" line="106"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplatePreview.cpp" line="218"/>
        <source>Choose a product to preview.</source>
        <translation>Wählen Sie ein Produkt für die Vorschau aus.</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplatePreview.cpp" line="249"/>
        <source>The template has an error: this is the preview of its last correct state.</source>
        <translation>Die Vorlage enthält einen Fehler: Dies ist die Vorschau ihres letzten fehlerfreien Stands.</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplatePreview.cpp" line="296"/>
        <source>Nothing to report.</source>
        <translation>Nichts zu melden.</translation>
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
    <name>facet::TweetConfig</name>
    <message>
        <location filename="../models/channels/TweetConfig.cpp" line="43"/>
        <source>a weight range needs a start, an end not before it, and a weight</source>
        <translation>ein Gewichtungsbereich benötigt einen Anfang, ein Ende, das nicht davor liegt, und eine Gewichtung</translation>
    </message>
    <message>
        <location filename="../models/channels/TweetConfig.cpp" line="48"/>
        <source>scale and maxWeightedTweetLength must be positive, weights not negative</source>
        <translation>scale und maxWeightedTweetLength müssen positiv sein, Gewichtungen dürfen nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../models/channels/TweetConfig.cpp" line="56"/>
        <source>cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../models/channels/TweetConfig.cpp" line="60"/>
        <source>“%1” is not a JSON object: %2</source>
        <translation>„%1“ ist kein JSON-Objekt: %2</translation>
    </message>
</context>
<context>
    <name>facet::TweetCounter</name>
    <message>
        <location filename="../models/channels/TweetCounter.cpp" line="100"/>
        <source>Weighted length %1 of %2 (%3‰).</source>
        <translation>Gewichtete Länge %1 von %2 (%3&#xa0;‰).</translation>
    </message>
    <message>
        <location filename="../models/channels/TweetCounter.cpp" line="111"/>
        <source>The post&apos;s weighted length is %1, X allows %2; X cuts it after character %3. URLs count %4 each, most CJK characters and emoji 2.</source>
        <translation>Die gewichtete Länge des Beitrags beträgt %1, X erlaubt %2; X schneidet ihn nach Zeichen %3 ab. URLs zählen jeweils %4, die meisten CJK-Zeichen und Emojis 2.</translation>
    </message>
    <message>
        <location filename="../models/channels/TweetCounter.cpp" line="128"/>
        <source>U+%1 at character %2 is not allowed in a post; remove it.</source>
        <translation>U+%1 an Zeichen %2 ist in einem Beitrag nicht erlaubt; entfernen Sie es.</translation>
    </message>
    <message>
        <location filename="../models/channels/TweetCounter.cpp" line="140"/>
        <source>The post is empty.</source>
        <translation>Der Beitrag ist leer.</translation>
    </message>
</context>
<context>
    <name>facet::UsersDialog</name>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="30"/>
        <source>&amp;Add User…</source>
        <translation>Benutzer &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="31"/>
        <location filename="../ui/admin/UsersDialog.cpp" line="148"/>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="32"/>
        <source>&amp;Reset Password…</source>
        <translation>Passwort &amp;zurücksetzen…</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="36"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="39"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="39"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="39"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="39"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="56"/>
        <source>&lt;b&gt;Roles&lt;/b&gt; of the selected user</source>
        <translation>&lt;b&gt;Rollen&lt;/b&gt; des ausgewählten Benutzers</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="127"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="127"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="148"/>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="183"/>
        <source>%1 was added.</source>
        <translation>%1 wurde hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="196"/>
        <source>%1 can no longer sign in.</source>
        <translation>%1 kann sich nicht mehr anmelden.</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="197"/>
        <source>%1 can sign in again.</source>
        <translation>%1 kann sich wieder anmelden.</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="206"/>
        <source>The password of %1 was changed.</source>
        <translation>Das Passwort von %1 wurde geändert.</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="215"/>
        <source>%1 now holds the role %2.</source>
        <translation>%1 hat jetzt die Rolle %2.</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="216"/>
        <source>%1 no longer holds the role %2.</source>
        <translation>%1 hat die Rolle %2 nicht mehr.</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="222"/>
        <source>Add User</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="233"/>
        <source>Sign-in &amp;name:</source>
        <translation>Anmelde&amp;name:</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="234"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="235"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="236"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="252"/>
        <source>Reset Password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="252"/>
        <source>New password for %1:</source>
        <translation>Neues Passwort für %1:</translation>
    </message>
</context>
<context>
    <name>facet::Validator</name>
    <message>
        <location filename="../models/record/Validator.cpp" line="57"/>
        <source>the SKU must be 1–100 letters, digits, “.”, “_”, “/” or “-”, starting with a letter or digit</source>
        <translation>die SKU muss aus 1–100 Buchstaben, Ziffern, „.“, „_“, „/“ oder „-“ bestehen und mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="61"/>
        <source>unknown family “%1”</source>
        <translation>unbekannte Familie „%1“</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="64"/>
        <source>unknown category “%1”</source>
        <translation>unbekannte Kategorie „%1“</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="70"/>
        <source>unknown attribute</source>
        <translation>unbekanntes Attribut</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="74"/>
        <source>not an attribute of family “%1”</source>
        <translation>kein Attribut der Familie „%1“</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="76"/>
        <source>unknown locale</source>
        <translation>unbekanntes Gebietsschema</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="79"/>
        <source>a value per locale is required</source>
        <translation>ein Wert je Gebietsschema ist erforderlich</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="80"/>
        <source>the attribute is not localizable</source>
        <translation>das Attribut ist nicht lokalisierbar</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="84"/>
        <source>unknown channel</source>
        <translation>unbekannter Kanal</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="86"/>
        <source>the channel does not publish in this locale</source>
        <translation>der Kanal veröffentlicht nicht in diesem Gebietsschema</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="88"/>
        <source>the attribute has no per-channel values</source>
        <translation>das Attribut hat keine kanalspezifischen Werte</translation>
    </message>
</context>
<context>
    <name>facet::ValueCell</name>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="43"/>
        <source>Your roles may not edit the attribute group of this value</source>
        <translation>Ihre Rollen dürfen die Attributgruppe dieses Werts nicht bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="53"/>
        <source>+ Channel override</source>
        <translation>+ Kanalspezifischer Wert</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="54"/>
        <source>Give one channel its own value instead of the common one</source>
        <translation>Einem Kanal einen eigenen Wert statt des gemeinsamen Werts geben</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="93"/>
        <source>%1, %2 override</source>
        <translation>%1, eigener Wert für %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="126"/>
        <source>inherits the common value (empty)</source>
        <translation>übernimmt den gemeinsamen Wert (leer)</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="127"/>
        <source>inherits: %1</source>
        <translation>übernimmt: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="175"/>
        <source>↳ %1 only</source>
        <translation>↳ nur %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="177"/>
        <source>The %1 channel shows this value instead of the common one</source>
        <translation>Der Kanal %1 zeigt diesen Wert statt des gemeinsamen Werts</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="185"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="187"/>
        <source>Remove the %1 override; the channel shows the common value again</source>
        <translation>Den eigenen Wert für %1 entfernen; der Kanal zeigt wieder den gemeinsamen Wert</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="235"/>
        <source>⚠ %1 (rule: %2)</source>
        <translation>⚠ %1 (Regel: %2)</translation>
    </message>
</context>
<context>
    <name>facet::WebPreview</name>
    <message>
        <location filename="../ui/previews/WebPreview.cpp" line="54"/>
        <source>The browser engine is turned off (FACET_NO_WEBENGINE); this is a simplified rendering without the page&apos;s styles.</source>
        <translation>Die Browser-Engine ist ausgeschaltet (FACET_NO_WEBENGINE); dies ist eine vereinfachte Darstellung ohne die Stile der Seite.</translation>
    </message>
    <message>
        <location filename="../ui/previews/WebPreview.cpp" line="72"/>
        <source>The browser engine stopped (exit code %1); this is a simplified rendering without the page&apos;s styles.</source>
        <translation>Die Browser-Engine wurde beendet (Exit-Code %1); dies ist eine vereinfachte Darstellung ohne die Stile der Seite.</translation>
    </message>
    <message>
        <location filename="../ui/previews/WebPreview.cpp" line="113"/>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <location filename="../ui/previews/WebPreview.cpp" line="114"/>
        <source>As a %1 px wide desktop browser shows it, scaled to fit</source>
        <translation>So, wie ein %1 px breiter Desktop-Browser sie zeigt, passend skaliert</translation>
    </message>
    <message>
        <location filename="../ui/previews/WebPreview.cpp" line="117"/>
        <source>Mobile</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <location filename="../ui/previews/WebPreview.cpp" line="118"/>
        <source>As a %1 px wide phone shows it</source>
        <translation>So, wie ein %1 px breites Smartphone sie zeigt</translation>
    </message>
    <message>
        <location filename="../ui/previews/WebPreview.cpp" line="202"/>
        <source>The page is too large to preview (%1 bytes).</source>
        <translation>Die Seite ist zu groß für die Vorschau (%1 Bytes).</translation>
    </message>
</context>
<context>
    <name>facet::WebRules</name>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="83"/>
        <source>HTML: %1</source>
        <translation>HTML: %1</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="92"/>
        <source>The page does not say its language: add lang=&quot;%1&quot; to &lt;html&gt;.</source>
        <translation>Die Seite gibt ihre Sprache nicht an: Fügen Sie lang=&quot;%1&quot; zu &lt;html&gt; hinzu.</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="95"/>
        <source>The page says it is in “%1” but was rendered for %2.</source>
        <translation>Die Seite gibt „%1“ als Sprache an, wurde aber für %2 erzeugt.</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="100"/>
        <source>The page has no title.</source>
        <translation>Die Seite hat keinen Titel.</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="110"/>
        <source>An image has no alt text; add alt=&quot;&quot; if it is decoration.</source>
        <translation>Ein Bild hat keinen Alternativtext; fügen Sie alt=&quot;&quot; hinzu, wenn es nur Dekoration ist.</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="114"/>
        <source>A product image needs alt text that says what it shows, e.g. the product name.</source>
        <translation>Ein Produktbild benötigt einen Alternativtext, der beschreibt, was es zeigt, z. B. den Produktnamen.</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="128"/>
        <source>A JSON-LD block is not valid JSON: %1</source>
        <translation>Ein JSON-LD-Block ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="132"/>
        <source>The page has no schema.org Product in a &lt;script type=&quot;application/ld+json&quot;&gt;.</source>
        <translation>Die Seite enthält kein schema.org-Product in einem &lt;script type=&quot;application/ld+json&quot;&gt;.</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="137"/>
        <source>The JSON-LD @context must be &quot;https://schema.org/&quot;.</source>
        <translation>Der JSON-LD-@context muss &quot;https://schema.org/&quot; sein.</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="143"/>
        <source>The Product has no name.</source>
        <translation>Das Product hat keinen Namen (name).</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="144"/>
        <source>The Product has no description.</source>
        <translation>Das Product hat keine Beschreibung (description).</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="149"/>
        <source>The Product&apos;s image must be an http(s) URL or a list of them.</source>
        <translation>Das image des Product muss eine http(s)-URL oder eine Liste davon sein.</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="152"/>
        <source>The Product has no brand; Google recommends one.</source>
        <translation>Das Product hat keine Marke (brand); Google empfiehlt eine.</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="155"/>
        <source>The Product has no sku; it is what ties the page to the feed&apos;s id.</source>
        <translation>Das Product hat keine sku; sie verbindet die Seite mit der id im Feed.</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="160"/>
        <source>The Product has no offers, so Google shows no price.</source>
        <translation>Das Product hat keine offers, daher zeigt Google keinen Preis.</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="174"/>
        <source>The offer&apos;s price must be a number above zero with “.” as the decimal point and no currency sign.</source>
        <translation>Der price des Angebots muss eine Zahl größer als null mit „.“ als Dezimaltrennzeichen und ohne Währungszeichen sein.</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="182"/>
        <source>The offer&apos;s priceCurrency must be a three-letter ISO 4217 code.</source>
        <translation>Die priceCurrency des Angebots muss ein dreistelliger ISO-4217-Code sein.</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="187"/>
        <source>The offer does not say whether it is in stock.</source>
        <translation>Das Angebot gibt nicht an, ob es vorrätig ist.</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="191"/>
        <source>The offer&apos;s availability must be a schema.org ItemAvailability URL such as https://schema.org/InStock.</source>
        <translation>Die availability des Angebots muss eine schema.org-ItemAvailability-URL wie https://schema.org/InStock sein.</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="209"/>
        <source>The %1 “%2” is not a valid GTIN (length or GS1 check digit).</source>
        <translation>%1 „%2“ ist keine gültige GTIN (Länge oder GS1-Prüfziffer).</translation>
    </message>
</context>
<context>
    <name>facet::WebhookDelivery</name>
    <message>
        <location filename="../models/publishing/WebhookDelivery.cpp" line="67"/>
        <location filename="../models/publishing/WebhookDelivery.cpp" line="326"/>
        <location filename="../models/publishing/WebhookDelivery.cpp" line="365"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../models/publishing/WebhookDelivery.cpp" line="88"/>
        <source>The endpoint redirects (HTTP %1) to %2; configure the final URL, a webhook does not follow redirects.</source>
        <translation>Der Endpunkt leitet weiter (HTTP %1) nach %2; tragen Sie die endgültige URL ein, ein Webhook folgt keinen Weiterleitungen.</translation>
    </message>
    <message>
        <location filename="../models/publishing/WebhookDelivery.cpp" line="95"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/WebhookDelivery.cpp" line="97"/>
        <source>HTTP %1 %2: %3</source>
        <translation>HTTP %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../models/publishing/WebhookDelivery.cpp" line="110"/>
        <source>The endpoint&apos;s TLS certificate was not accepted: %1</source>
        <translation>Das TLS-Zertifikat des Endpunkts wurde nicht akzeptiert: %1</translation>
    </message>
    <message>
        <location filename="../models/publishing/WebhookDelivery.cpp" line="119"/>
        <source>No answer within %1 ms.</source>
        <translation>Keine Antwort innerhalb von %1 ms.</translation>
    </message>
    <message>
        <location filename="../models/publishing/WebhookDelivery.cpp" line="188"/>
        <source>The setting &quot;%1&quot; must be a whole number of at least 1.</source>
        <translation>Die Einstellung „%1“ muss eine ganze Zahl ab 1 sein.</translation>
    </message>
    <message>
        <location filename="../models/publishing/WebhookDelivery.cpp" line="217"/>
        <source>A webhook needs a URL.</source>
        <translation>Ein Webhook benötigt eine URL.</translation>
    </message>
    <message>
        <location filename="../models/publishing/WebhookDelivery.cpp" line="222"/>
        <location filename="../models/publishing/WebhookDelivery.cpp" line="413"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>„%1“ ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <location filename="../models/publishing/WebhookDelivery.cpp" line="403"/>
        <source>%1 did not accept a test message: %2</source>
        <translation>%1 hat eine Testnachricht nicht angenommen: %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/WebhookDelivery.cpp" line="418"/>
        <source>The webhook settings are out of range.</source>
        <translation>Die Webhook-Einstellungen liegen außerhalb des zulässigen Bereichs.</translation>
    </message>
</context>
<context>
    <name>facet::Workflow</name>
    <message>
        <location filename="../models/workflow/Workflow.cpp" line="88"/>
        <source>a workflow needs at least two stages: a draft stage and one to submit to</source>
        <translation>ein Workflow braucht mindestens zwei Phasen: eine Entwurfsphase und eine, in die eingereicht wird</translation>
    </message>
    <message>
        <location filename="../models/workflow/Workflow.cpp" line="93"/>
        <source>every stage needs a code</source>
        <translation>jede Phase braucht einen Code</translation>
    </message>
    <message>
        <location filename="../models/workflow/Workflow.cpp" line="95"/>
        <source>the stage code “%1” is used twice</source>
        <translation>der Phasencode „%1“ wird zweimal verwendet</translation>
    </message>
    <message>
        <location filename="../models/workflow/Workflow.cpp" line="97"/>
        <source>two stages have the position %1</source>
        <translation>zwei Phasen haben die Position %1</translation>
    </message>
    <message>
        <location filename="../models/workflow/Workflow.cpp" line="99"/>
        <source>stage “%1” has a negative release level</source>
        <translation>die Phase „%1“ hat eine negative Freigabestufe</translation>
    </message>
    <message>
        <location filename="../models/workflow/Workflow.cpp" line="108"/>
        <source>the transition %1 → %2 names a stage that does not exist</source>
        <translation>der Übergang %1 → %2 nennt eine Phase, die es nicht gibt</translation>
    </message>
    <message>
        <location filename="../models/workflow/Workflow.cpp" line="111"/>
        <source>approving must move forward, but %1 → %2 goes back</source>
        <translation>Genehmigen muss vorwärts führen, aber %1 → %2 geht zurück</translation>
    </message>
    <message>
        <location filename="../models/workflow/Workflow.cpp" line="114"/>
        <source>sending back must move backward, but %1 → %2 goes forward</source>
        <translation>Zurücksenden muss rückwärts führen, aber %1 → %2 geht vorwärts</translation>
    </message>
    <message>
        <location filename="../models/workflow/Workflow.cpp" line="117"/>
        <source>nobody may take the transition %1 → %2: give it a role</source>
        <translation>niemand darf den Übergang %1 → %2 ausführen: weisen Sie ihm eine Rolle zu</translation>
    </message>
    <message>
        <location filename="../models/workflow/Workflow.cpp" line="121"/>
        <source>the first stage “%1” needs an approve transition: submitting goes there</source>
        <translation>die erste Phase „%1“ braucht einen Genehmigungsübergang: Einreichen führt dorthin</translation>
    </message>
    <message>
        <location filename="../models/workflow/Workflow.cpp" line="135"/>
        <source>no transition leads to stage “%1”</source>
        <translation>kein Übergang führt zur Phase „%1“</translation>
    </message>
</context>
<context>
    <name>facet::WorkflowDialog</name>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="59"/>
        <source>Workflow and Release Levels</source>
        <translation>Workflow und Freigabestufen</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="65"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="65"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="65"/>
        <source>Release level</source>
        <translation>Freigabestufe</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="65"/>
        <source>Four eyes</source>
        <translation>Vier-Augen-Prinzip</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="67"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="67"/>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="67"/>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="69"/>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="67"/>
        <source>Roles (codes, comma-separated)</source>
        <translation>Rollen (Codes, kommagetrennt)</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="69"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="69"/>
        <source>Required level</source>
        <translation>Erforderliche Stufe</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="69"/>
        <source>Reached at</source>
        <translation>Erreicht in</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="73"/>
        <source>Stages and transitions</source>
        <translation>Phasen und Übergänge</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="74"/>
        <source>Channel release levels</source>
        <translation>Freigabestufen der Kanäle</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="90"/>
        <source>A revision moves through the stages in this order. Its stage&apos;s release level decides which channels get it: every channel whose required level is at most that. Four eyes: whoever edited or submitted a revision may not approve it there.</source>
        <translation>Eine Revision durchläuft die Phasen in dieser Reihenfolge. Die Freigabestufe ihrer Phase entscheidet, welche Kanäle sie erhalten: jeder Kanal, dessen erforderliche Stufe höchstens so hoch ist. Vier-Augen-Prinzip: Wer eine Revision bearbeitet oder eingereicht hat, darf sie in dieser Phase nicht genehmigen.</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="100"/>
        <source>Add Stage</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="101"/>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="105"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="102"/>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="103"/>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="104"/>
        <source>Add Transition</source>
        <translation>Übergang hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="106"/>
        <source>&amp;Save Workflow</source>
        <translation>Workflow &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="120"/>
        <source>&lt;b&gt;Stages&lt;/b&gt;</source>
        <translation>&lt;b&gt;Phasen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="123"/>
        <source>&lt;b&gt;Transitions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Übergänge&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="130"/>
        <source>New stage</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="158"/>
        <source>A channel gets a record only through a revision whose stage grants at least the channel&apos;s required level; until then it keeps the last one that did.</source>
        <translation>Ein Kanal erhält einen Datensatz nur über eine Revision, deren Phase mindestens die erforderliche Stufe des Kanals gewährt; bis dahin behält er die letzte, bei der das der Fall war.</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="162"/>
        <source>&amp;Save Levels</source>
        <translation>Stufen &amp;speichern</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="231"/>
        <source>Approve</source>
        <translation>Genehmigen</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="232"/>
        <source>Send back</source>
        <translation>Zurücksenden</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="330"/>
        <source>The workflow was saved.</source>
        <translation>Der Workflow wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="367"/>
        <source>no stage grants it</source>
        <translation>keine Phase gewährt sie</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/WorkflowDialog.cpp" line="392"/>
        <source>%n channel level(s) saved.</source>
        <translation>
            <numerusform>%n Kanalstufe gespeichert.</numerusform>
            <numerusform>%n Kanalstufen gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="392"/>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
</context>
<context>
    <name>facet::Workspace</name>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="121"/>
        <source>there is no workspace at %1</source>
        <translation>unter %1 gibt es keinen Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="125"/>
        <source>%1 already exists; choose another file name</source>
        <translation>%1 ist bereits vorhanden; wählen Sie einen anderen Dateinamen</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="129"/>
        <source>%1 is not a Facet workspace</source>
        <translation>%1 ist kein Facet-Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="133"/>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="148"/>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="157"/>
        <source>%1 is an SQLite database, but not a Facet workspace</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Facet-Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="162"/>
        <source>cannot configure %1: %2</source>
        <translation>%1 kann nicht konfiguriert werden: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="277"/>
        <location filename="../models/storage/Workspace.cpp" line="374"/>
        <location filename="../models/storage/Workspace.cpp" line="544"/>
        <location filename="../models/storage/WorkspacePublishing.cpp" line="59"/>
        <location filename="../models/storage/WorkspacePublishing.cpp" line="87"/>
        <location filename="../models/storage/WorkspacePublishing.cpp" line="201"/>
        <location filename="../models/storage/WorkspacePublishing.cpp" line="238"/>
        <source>the workspace is busy or read-only: %1</source>
        <translation>der Arbeitsbereich ist belegt oder schreibgeschützt: %1</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="307"/>
        <source>%1 records, but %2 prepared</source>
        <translation>%1 Datensätze, aber %2 vorbereitet</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="316"/>
        <source>%1 may not edit records</source>
        <translation>%1 darf keine Datensätze bearbeiten</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="325"/>
        <source>%1 may not edit the attribute group “%2” (%3 of %4)</source>
        <translation>%1 darf die Attributgruppe „%2“ nicht bearbeiten (%3 von %4)</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="381"/>
        <source>cancelled; nothing was written</source>
        <translation>abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="418"/>
        <source>the save failed and nothing was written: %1</source>
        <translation>das Speichern ist fehlgeschlagen, es wurde nichts geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="535"/>
        <source>the expiry date %1 is not plausible</source>
        <translation>das Ablaufdatum %1 ist nicht plausibel</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="625"/>
        <source>there is no asset %1</source>
        <translation>es gibt kein Asset %1</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="671"/>
        <location filename="../models/storage/WorkspacePublishing.cpp" line="46"/>
        <location filename="../models/storage/WorkspacePublishing.cpp" line="155"/>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="96"/>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="341"/>
        <source>there is no channel “%1”</source>
        <translation>es gibt keinen Kanal „%1“</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="677"/>
        <source>a %1 channel has no template “%2”; it has %3</source>
        <translation>ein Kanal vom Typ %1 hat keine Vorlage „%2“; er hat %3</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="681"/>
        <source>template %1/%2 is empty</source>
        <translation>die Vorlage %1/%2 ist leer</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="739"/>
        <source>a saved filter needs a name</source>
        <translation>ein gespeicherter Filter braucht einen Namen</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="108"/>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="118"/>
        <source>this workspace has users: sign in to change it</source>
        <translation>dieser Arbeitsbereich hat Benutzer: Melden Sie sich an, um ihn zu ändern</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="111"/>
        <source>the user “%1” can no longer sign in</source>
        <translation>der Benutzer „%1“ kann sich nicht mehr anmelden</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="128"/>
        <source>%1 is not allowed to %2: none of their roles grants “%3”</source>
        <translation>%1 fehlt die Berechtigung „%2“: keine der Rollen gewährt „%3“</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="142"/>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="334"/>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="363"/>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="465"/>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="489"/>
        <source>there is no user “%1”</source>
        <translation>es gibt keinen Benutzer „%1“</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="172"/>
        <source>the user name or the password is wrong</source>
        <translation>der Benutzername oder das Passwort ist falsch</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="202"/>
        <source>too many failed sign-ins for %1; try again in %2 s</source>
        <translation>zu viele fehlgeschlagene Anmeldungen für %1; versuchen Sie es in %2 s erneut</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="218"/>
        <source>the user %1 is disabled</source>
        <translation>der Benutzer %1 ist deaktiviert</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="260"/>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="373"/>
        <source>the password must have at least %1 characters</source>
        <translation>das Passwort muss mindestens %1 Zeichen haben</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="266"/>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="376"/>
        <source>the password could not be hashed (out of memory?)</source>
        <translation>das Passwort konnte nicht gehasht werden (zu wenig Speicher?)</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="274"/>
        <source>“%1” cannot be a user name: use 1 to 64 letters, digits, dots, dashes, underscores or @</source>
        <translation>„%1“ kann kein Benutzername sein: Verwenden Sie 1 bis 64 Buchstaben, Ziffern, Punkte, Bindestriche, Unterstriche oder @</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="277"/>
        <source>there already is a user “%1”</source>
        <translation>es gibt bereits einen Benutzer „%1“</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="279"/>
        <source>the first user must be an admin (role “%1”): once a workspace has users, only admins manage them</source>
        <translation>der erste Benutzer muss ein Administrator sein (Rolle „%1“): Sobald ein Arbeitsbereich Benutzer hat, verwalten nur Administratoren sie</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="284"/>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="434"/>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="467"/>
        <source>there is no role “%1”</source>
        <translation>es gibt keine Rolle „%1“</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="324"/>
        <source>%1 is the last admin: make someone else an admin first</source>
        <translation>%1 ist der letzte Administrator: Machen Sie zuerst jemand anderen zum Administrator</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="369"/>
        <source>the current password is wrong</source>
        <translation>das aktuelle Passwort ist falsch</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="405"/>
        <source>“%1” cannot be a role code</source>
        <translation>„%1“ kann kein Rollencode sein</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="408"/>
        <source>the admin role keeps every permission, or nobody could manage the workspace</source>
        <translation>die Administratorrolle behält jede Berechtigung, sonst könnte niemand den Arbeitsbereich verwalten</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="436"/>
        <source>the admin role cannot be removed</source>
        <translation>die Administratorrolle kann nicht entfernt werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/storage/WorkspaceAccess.cpp" line="442"/>
        <source>%n user(s) still hold the role “%1”</source>
        <translation>
            <numerusform>%n Benutzer hat noch die Rolle „%1“</numerusform>
            <numerusform>%n Benutzer haben noch die Rolle „%1“</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="446"/>
        <source>the workflow transition %1 → %2 names the role “%3”</source>
        <translation>der Workflow-Übergang %1 → %2 nennt die Rolle „%3“</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="491"/>
        <source>%1 does not hold the role “%2”</source>
        <translation>%1 hat die Rolle „%2“ nicht</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="62"/>
        <source>the transition %1 → %2 names the unknown role “%3”</source>
        <translation>der Übergang %1 → %2 nennt die unbekannte Rolle „%3“</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="68"/>
        <source>revisions stand at stage “%1”: keep it, or move them first</source>
        <translation>Revisionen stehen in der Phase „%1“: Behalten Sie sie oder verschieben Sie die Revisionen zuerst</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="99"/>
        <source>the required level must be between 0 and %1, the highest the workflow grants</source>
        <translation>die erforderliche Stufe muss zwischen 0 und %1 liegen, der höchsten, die der Workflow gewährt</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="132"/>
        <source>the workflow has no stage to submit to</source>
        <translation>der Workflow hat keine Phase, in die eingereicht werden kann</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="146"/>
        <source>the revision of %1 just frozen cannot be read back</source>
        <translation>die soeben eingefrorene Revision von %1 kann nicht zurückgelesen werden</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="150"/>
        <source>%1 is already at “%2” with this content (revision %3); change it before submitting again</source>
        <translation>%1 ist bereits in „%2“ mit diesem Inhalt (Revision %3); ändern Sie ihn, bevor Sie erneut einreichen</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="213"/>
        <source>no product with SKU “%1”</source>
        <translation>kein Produkt mit der SKU „%1“</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="214"/>
        <source>%1 has no revision waiting for a decision; submit it first</source>
        <translation>%1 hat keine Revision, die auf eine Entscheidung wartet; reichen Sie es zuerst ein</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="217"/>
        <source>the record changed since you opened it: revision %1 of %2 is not the one waiting for a decision (%3)</source>
        <translation>der Datensatz hat sich geändert, seit Sie ihn geöffnet haben: Revision %1 von %2 ist nicht die, die auf eine Entscheidung wartet (%3)</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="223"/>
        <source>revision %1 stands at the unknown stage “%2”</source>
        <translation>Revision %1 steht in der unbekannten Phase „%2“</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="228"/>
        <source>%1 is at “%2”: submit it rather than approve it</source>
        <translation>%1 ist in „%2“: Reichen Sie es ein, statt es zu genehmigen</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="235"/>
        <source>nothing goes on from “%1”</source>
        <translation>von „%1“ geht es nicht weiter</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="237"/>
        <source>there is no approval from “%1” to “%2”</source>
        <translation>es gibt keine Genehmigung von „%1“ nach „%2“</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="238"/>
        <source>there is no sending back from “%1” to “%2”</source>
        <translation>es gibt kein Zurücksenden von „%1“ nach „%2“</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="251"/>
        <source>%1 may not approve at “%2”: that needs one of the roles %3</source>
        <translation>%1 darf in „%2“ nicht genehmigen: dafür ist eine der Rollen %3 nötig</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="252"/>
        <source>%1 may not send back from “%2”: that needs one of the roles %3</source>
        <translation>%1 darf aus „%2“ nicht zurücksenden: dafür ist eine der Rollen %3 nötig</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="259"/>
        <source>four eyes: %1 submitted or edited this revision of %2 and may not approve it at “%3”; someone else must</source>
        <translation>Vier-Augen-Prinzip: %1 hat diese Revision von %2 eingereicht oder bearbeitet und darf sie in „%3“ nicht genehmigen; das muss jemand anderes tun</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="263"/>
        <source>sending back needs a comment that says what to change</source>
        <translation>Zurücksenden erfordert einen Kommentar, der sagt, was zu ändern ist</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="306"/>
        <source>say which stage to send %1 back to</source>
        <translation>geben Sie an, in welche Phase %1 zurückgesendet werden soll</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="318"/>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="530"/>
        <source>revision %1 of %2 is damaged</source>
        <translation>Revision %1 von %2 ist beschädigt</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="361"/>
        <source>give at least 4 characters of a revision hash</source>
        <translation>geben Sie mindestens 4 Zeichen eines Revisions-Hashs an</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="369"/>
        <source>“%1” names more than one revision of %2</source>
        <translation>„%1“ bezeichnet mehr als eine Revision von %2</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="375"/>
        <source>%1 has no revision “%2”</source>
        <translation>%1 hat keine Revision „%2“</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="455"/>
        <source>the comment is empty</source>
        <translation>der Kommentar ist leer</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspacePublishing.cpp" line="42"/>
        <source>the target code “%1” must be 1 to 64 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit</source>
        <translation>der Zielcode „%1“ muss aus 1 bis 64 Kleinbuchstaben, Ziffern, „-“ oder „_“ bestehen und mit einem Buchstaben oder einer Ziffer beginnen</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspacePublishing.cpp" line="49"/>
        <source>the folder target %1 needs a path</source>
        <translation>das Ordnerziel %1 benötigt einen Pfad</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspacePublishing.cpp" line="53"/>
        <source>the webhook target %1 needs an http or https URL, not “%2”</source>
        <translation>das Webhook-Ziel %1 benötigt eine http- oder https-URL, nicht „%2“</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspacePublishing.cpp" line="84"/>
        <location filename="../models/storage/WorkspacePublishing.cpp" line="144"/>
        <source>there is no publishing target “%1”</source>
        <translation>es gibt kein Veröffentlichungsziel „%1“</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspacePublishing.cpp" line="174"/>
        <source>“%1” is not a recurrence: use hourly, daily, weekly or “every N minutes”</source>
        <translation>„%1“ ist keine gültige Wiederholung: Verwenden Sie hourly, daily, weekly oder „every N minutes“</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspacePublishing.cpp" line="184"/>
        <location filename="../models/storage/WorkspacePublishing.cpp" line="235"/>
        <source>%1 may not publish to the channel “%2”</source>
        <translation>%1 darf nicht im Kanal „%2“ veröffentlichen</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspacePublishing.cpp" line="189"/>
        <location filename="../models/storage/WorkspacePublishing.cpp" line="228"/>
        <source>there is no schedule %1</source>
        <translation>es gibt keinen Zeitplan %1</translation>
    </message>
</context>
<context>
    <name>facet::WorkspaceSession</name>
    <message>
        <location filename="../ui/shell/WorkspaceSession.cpp" line="121"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceSession.cpp" line="141"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>facet::cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="97"/>
        <source>usage: facetctl COMMAND [options] [arguments]

Facet&apos;s command-line tool. Commands:
</source>
        <translation>Aufruf: facetctl BEFEHL [Optionen] [Argumente]

Das Kommandozeilenwerkzeug von Facet. Befehle:
</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="106"/>
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
        <location filename="../app/cli/Cli.cpp" line="144"/>
        <source>facetctl: unknown command “%1”
</source>
        <translation>facetctl: unbekannter Befehl „%1“
</translation>
    </message>
    <message>
        <location filename="../app/cli/Command.cpp" line="44"/>
        <source>Run “facetctl %1 --help” for usage.
</source>
        <translation>„facetctl %1 --help“ zeigt die Verwendung.
</translation>
    </message>
    <message>
        <location filename="../app/cli/Command.cpp" line="61"/>
        <source>Sign in as NAME (password from FACET_PASSWORD, --password-stdin or a prompt).</source>
        <translation>Als NAME anmelden (Passwort aus FACET_PASSWORD, --password-stdin oder einer Eingabeaufforderung).</translation>
    </message>
    <message>
        <location filename="../app/cli/Command.cpp" line="63"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/Command.cpp" line="65"/>
        <source>Read the password from the first line of standard input.</source>
        <translation>Das Passwort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/Command.cpp" line="127"/>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <location filename="../app/cli/Command.cpp" line="130"/>
        <source>no password for %1: set FACET_PASSWORD, use --password-stdin or run on a terminal</source>
        <translation>kein Passwort für %1: setzen Sie FACET_PASSWORD, verwenden Sie --password-stdin oder führen Sie den Befehl in einem Terminal aus</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="27"/>
        <location filename="../app/cli/ProductCommands.cpp" line="19"/>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="76"/>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="61"/>
        <source>there is no asset with the id %1</source>
        <translation>es gibt kein Asset mit der ID %1</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="67"/>
        <source>“%1” is neither an asset id nor a SHA-256</source>
        <translation>„%1“ ist weder eine Asset-ID noch ein SHA-256</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="77"/>
        <source>no asset has the SHA-256 %1</source>
        <translation>kein Asset hat den SHA-256 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="78"/>
        <source>%1 is the start of %2 assets&apos; SHA-256; give more digits</source>
        <translation>%1 ist der Anfang des SHA-256 von %2 Assets; geben Sie mehr Ziffern an</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AssetCommands.cpp" line="315"/>
        <source>used by %n value(s)</source>
        <translation>
            <numerusform>verwendet von %n Wert</numerusform>
            <numerusform>verwendet von %n Werten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="26"/>
        <source>List the products of a workspace, optionally matching a full-text search.</source>
        <translation>Die Produkte eines Arbeitsbereichs auflisten, optional gefiltert durch eine Volltextsuche.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="33"/>
        <location filename="../app/cli/ProductCommands.cpp" line="113"/>
        <location filename="../app/cli/ProductCommands.cpp" line="157"/>
        <location filename="../app/cli/PublishCommands.cpp" line="33"/>
        <location filename="../app/cli/UserCommands.cpp" line="18"/>
        <location filename="../app/cli/WorkflowCommands.cpp" line="18"/>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="71"/>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="141"/>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="37"/>
        <source>Only products matching every word (prefixes).</source>
        <translation>Nur Produkte, die zu jedem Wort passen (Wortanfänge).</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="38"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="40"/>
        <source>Only products in this category or below.</source>
        <translation>Nur Produkte in dieser Kategorie oder ihren Unterkategorien.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="41"/>
        <location filename="../app/cli/RenderCommands.cpp" line="19"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="43"/>
        <source>At most N products (default: all).</source>
        <translation>Höchstens N Produkte (Standard: alle).</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="44"/>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="144"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="50"/>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="38"/>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="155"/>
        <source>expected exactly one workspace path</source>
        <translation>erwartet: genau ein Arbeitsbereichspfad</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="61"/>
        <source>--limit needs a whole number of 0 or more</source>
        <translation>--limit erwartet eine ganze Zahl ab 0</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="66"/>
        <source>unknown category “%1”</source>
        <translation>unbekannte Kategorie „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="106"/>
        <source>Show one product&apos;s master record: every value, its content hash and completeness.</source>
        <translation>Den Stammdatensatz eines Produkts anzeigen: alle Werte, den Inhalts-Hash und die Vollständigkeit.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="115"/>
        <location filename="../app/cli/ProductCommands.cpp" line="159"/>
        <location filename="../app/cli/WorkflowCommands.cpp" line="20"/>
        <source>The product&apos;s SKU.</source>
        <translation>Die SKU des Produkts.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="123"/>
        <source>expected a workspace path and a SKU</source>
        <translation>erwartet: ein Arbeitsbereichspfad und eine SKU</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="145"/>
        <source>Set values of a product&apos;s working draft. Each assignment is CODE[-LOCALE][-CHANNEL]=VALUE, e.g. description-de_DE=&quot;&lt;p&gt;Leise&lt;/p&gt;&quot;, name-en_US-x=&quot;Short name&quot;, price=&quot;19.99 EUR,21.50 USD&quot;, weight=&quot;1.2 KILOGRAM&quot;. An empty VALUE clears the value. All assignments are validated first; if one is wrong, nothing is written.</source>
        <translation>Werte im Arbeitsentwurf eines Produkts setzen. Jede Zuweisung hat die Form CODE[-GEBIETSSCHEMA][-KANAL]=WERT, z.&#xa0;B. description-de_DE=&quot;&lt;p&gt;Leise&lt;/p&gt;&quot;, name-en_US-x=&quot;Kurzname&quot;, price=&quot;19.99 EUR,21.50 USD&quot;, weight=&quot;1.2 KILOGRAM&quot;. Ein leerer WERT löscht den Wert. Alle Zuweisungen werden zuerst geprüft; ist eine davon fehlerhaft, wird nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="162"/>
        <source>CODE[-LOCALE][-CHANNEL]=VALUE, one or more.</source>
        <translation>CODE[-GEBIETSSCHEMA][-KANAL]=WERT, eine oder mehrere.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="171"/>
        <source>expected a workspace path, a SKU and at least one CODE=VALUE</source>
        <translation>erwartet: ein Arbeitsbereichspfad, eine SKU und mindestens eine Zuweisung CODE=WERT</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="186"/>
        <source>“%1” is not of the form CODE=VALUE</source>
        <translation>„%1“ hat nicht die Form CODE=WERT</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="199"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="205"/>
        <source>%1: nothing was written:
%2</source>
        <translation>%1: es wurde nichts geschrieben:
%2</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="213"/>
        <source>%1 saved; draft %2
</source>
        <translation>%1 gespeichert; Entwurf %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordJson.cpp" line="43"/>
        <source>SKU:        %1
</source>
        <translation>SKU:           %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordJson.cpp" line="45"/>
        <source>Family:     %1 (%2)
</source>
        <translation>Familie:       %1 (%2)
</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordJson.cpp" line="47"/>
        <source>Categories: %1
</source>
        <translation>Kategorien:    %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordJson.cpp" line="49"/>
        <source>Draft hash: %1

</source>
        <translation>Entwurfs-Hash: %1

</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordJson.cpp" line="62"/>
        <source>Completeness:
</source>
        <translation>Vollständigkeit:
</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordJson.cpp" line="66"/>
        <source>  missing: %1</source>
        <translation>  fehlt: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="20"/>
        <source>Create a new, empty workspace file, or with --demo one filled with the demo catalog.</source>
        <translation>Eine neue, leere Arbeitsbereichsdatei anlegen oder mit --demo eine mit dem Demo-Katalog gefüllte.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="28"/>
        <source>The workspace file to create; it must not exist.</source>
        <translation>Die anzulegende Arbeitsbereichsdatei; sie darf noch nicht existieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="30"/>
        <source>Fill it with the demo catalog: 3 locales, channels of every kind, families, categories and products.</source>
        <translation>Mit dem Demo-Katalog füllen: 3 Gebietsschemas, Kanäle jedes Typs, Familien, Kategorien und Produkte.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="54"/>
        <source>created %1 (%2 products)
</source>
        <translation>%1 angelegt (%2 Produkte)
</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="62"/>
        <source>Completeness per channel and locale: for one product (with the missing attributes), or a summary over the whole workspace.</source>
        <translation>Vollständigkeit je Kanal und Gebietsschema: für ein Produkt (mit den fehlenden Attributen) oder als Übersicht über den gesamten Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="73"/>
        <source>Optional: one product.</source>
        <translation>Optional: ein Produkt.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="84"/>
        <source>expected a workspace path and optionally a SKU</source>
        <translation>erwartet: ein Arbeitsbereichspfad und optional eine SKU</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="103"/>
        <source>missing: %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="119"/>
        <source>%1	%2	%3 of %4 complete	average %5%
</source>
        <translation>%1	%2	%3 von %4 vollständig	Durchschnitt %5&#xa0;%
</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="132"/>
        <source>Add N synthetic products to a workspace (for benchmarks); creates the workspace with the demo structure if it does not exist.</source>
        <translation>N synthetische Produkte zu einem Arbeitsbereich hinzufügen (für Benchmarks); legt den Arbeitsbereich mit der Demo-Struktur an, falls er nicht existiert.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="143"/>
        <source>How many products to add.</source>
        <translation>Anzahl der hinzuzufügenden Produkte.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="147"/>
        <source>Random seed, for repeatable catalogs (default 1).</source>
        <translation>Startwert des Zufallsgenerators für reproduzierbare Kataloge (Standard: 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="148"/>
        <source>SEED</source>
        <translation>STARTWERT</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="160"/>
        <source>--products needs a whole number above 0</source>
        <translation>--products erwartet eine ganze Zahl größer als 0</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="164"/>
        <source>--seed needs a whole number</source>
        <translation>--seed erwartet eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="178"/>
        <source>generated %1 of %2 products
</source>
        <translation>%1 von %2 Produkten erzeugt
</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="189"/>
        <source>generated %1 products in %2 s (%3 products/s)
</source>
        <translation>%1 Produkte in %2 s erzeugt (%3 Produkte/s)
</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="25"/>
        <source>LOCALE</source>
        <translation>GEBIETSSCHEMA</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="42"/>
        <location filename="../app/cli/TemplateCommands.cpp" line="22"/>
        <source>unknown channel “%1”; the workspace has %2</source>
        <translation>unbekannter Kanal „%1“; der Arbeitsbereich hat %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AuditCommands.cpp" line="123"/>
        <source>intact: %n entries verified
</source>
        <translation>
            <numerusform>intakt: %n Eintrag geprüft
</numerusform>
            <numerusform>intakt: %n Einträge geprüft
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="23"/>
        <source>The file format; only “akeneo-csv” for now.</source>
        <translation>Das Dateiformat; vorerst nur „akeneo-csv“.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="24"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="121"/>
        <source>expected a workspace path and a user name</source>
        <translation>erwartet: ein Arbeitsbereichspfad und ein Benutzername</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="128"/>
        <source>disabled %1
</source>
        <translation>%1 deaktiviert
</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="129"/>
        <source>enabled %1
</source>
        <translation>%1 aktiviert
</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="269"/>
        <source>The user.</source>
        <translation>Der Benutzer.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="271"/>
        <source>The role code.</source>
        <translation>Der Rollencode.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="97"/>
        <source>%1 has no revision waiting for a decision</source>
        <translation>%1 hat keine Revision, die auf eine Entscheidung wartet</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="69"/>
        <source>written %1, unchanged %2, withdrawn %3, held %4, failed %5</source>
        <translation>geschrieben %1, unverändert %2, zurückgezogen %3, zurückgehalten %4, fehlgeschlagen %5</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PublishCommands.cpp" line="335"/>
        <source>facetctl publications verify: %1 differs from its manifest in %n file(s)
</source>
        <translation>
            <numerusform>facetctl publications verify: %1 weicht in %n Datei von seinem Manifest ab
</numerusform>
            <numerusform>facetctl publications verify: %1 weicht in %n Dateien von seinem Manifest ab
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>facet::cli::ApproveCommand</name>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="107"/>
        <source>Approve the revision waiting for a decision, moving it to the next stage. With --hash, only if that is still the revision waiting (so you approve what you read).</source>
        <translation>Die Revision genehmigen, die auf eine Entscheidung wartet, und sie in die nächste Phase bringen. Mit --hash nur, wenn diese noch die wartende Revision ist (damit Sie genehmigen, was Sie gelesen haben).</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="115"/>
        <source>Why.</source>
        <translation>Begründung.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="115"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="117"/>
        <source>The revision you reviewed (a prefix is enough).</source>
        <translation>Die Revision, die Sie geprüft haben (ein Präfix genügt).</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="117"/>
        <source>HASH</source>
        <translation>HASH</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="118"/>
        <source>The stage, if several approvals lead on.</source>
        <translation>Die Zielphase, falls von hier mehrere Genehmigungen weiterführen.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="118"/>
        <source>STAGE</source>
        <translation>PHASE</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="126"/>
        <source>expected a workspace path and a SKU</source>
        <translation>erwartet: ein Arbeitsbereichspfad und eine SKU</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="139"/>
        <source>approved %1 revision %2: now at %3
</source>
        <translation>Revision %2 von %1 genehmigt: jetzt in %3
</translation>
    </message>
</context>
<context>
    <name>facet::cli::AssetsAddCommand</name>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="91"/>
        <source>Add JPEG, PNG, WebP, SVG or PDF files to the asset library. The same file twice is stored once (&quot;deduplicated&quot;); a file whose content does not match its type, that is truncated, an SVG with scripts or external references, or a decompression bomb is refused with the reason.</source>
        <translation>JPEG-, PNG-, WebP-, SVG- oder PDF-Dateien zur Asset-Bibliothek hinzufügen. Dieselbe Datei wird nur einmal gespeichert („dedupliziert“); eine Datei, deren Inhalt nicht zu ihrem Typ passt, die abgeschnitten ist, ein SVG mit Skripten oder externen Verweisen oder eine Dekompressionsbombe wird mit Begründung abgelehnt.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="119"/>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="120"/>
        <source>The files to add.</source>
        <translation>Die hinzuzufügenden Dateien.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="123"/>
        <source>A title in a locale, as LOCALE=TEXT; also --title-LOCALE TEXT. Repeatable.</source>
        <translation>Ein Titel in einem Gebietsschema, als GEBIETSSCHEMA=TEXT; auch --title-GEBIETSSCHEMA TEXT. Wiederholbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="124"/>
        <location filename="../app/cli/AssetCommands.cpp" line="127"/>
        <source>LOCALE=TEXT</source>
        <translation>GEBIETSSCHEMA=TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="126"/>
        <source>An alternative text in a locale, as LOCALE=TEXT; also --alt-LOCALE TEXT. Repeatable.</source>
        <translation>Ein Alternativtext in einem Gebietsschema, als GEBIETSSCHEMA=TEXT; auch --alt-GEBIETSSCHEMA TEXT. Wiederholbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="128"/>
        <source>A tag. Repeatable.</source>
        <translation>Ein Tag. Wiederholbar.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="128"/>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="129"/>
        <source>The last day channels may use the files (YYYY-MM-DD).</source>
        <translation>Der letzte Tag, an dem Kanäle die Dateien verwenden dürfen (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="129"/>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="130"/>
        <source>The copyright notice or rights holder.</source>
        <translation>Der Copyright-Vermerk oder Rechteinhaber.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="130"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="138"/>
        <source>expected a workspace path and at least one file</source>
        <translation>erwartet: ein Arbeitsbereichspfad und mindestens eine Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="145"/>
        <source>--%1 wants LOCALE=TEXT, not “%2”</source>
        <translation>--%1 erwartet GEBIETSSCHEMA=TEXT, nicht „%2“</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="155"/>
        <source>--expires wants a date as YYYY-MM-DD, not “%1”</source>
        <translation>--expires erwartet ein Datum im Format JJJJ-MM-TT, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="163"/>
        <source>the workspace has no locale “%1”; it has %2</source>
        <translation>der Arbeitsbereich hat kein Gebietsschema „%1“; er hat %2</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="174"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="195"/>
        <source>deduplicated</source>
        <translation>dedupliziert</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="195"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
</context>
<context>
    <name>facet::cli::AssetsListCommand</name>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="209"/>
        <source>List the asset library: ID, SHA-256, media type, size, title, tags and expiry. --search finds words in file names, titles, alt texts, tags and rights.</source>
        <translation>Die Asset-Bibliothek auflisten: ID, SHA-256, Medientyp, Größe, Titel, Tags und Ablaufdatum. --search findet Wörter in Dateinamen, Titeln, Alternativtexten, Tags und Rechten.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="215"/>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="216"/>
        <source>Only assets whose texts contain all these words.</source>
        <translation>Nur Assets, deren Texte alle diese Wörter enthalten.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="216"/>
        <source>WORDS</source>
        <translation>WÖRTER</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="217"/>
        <source>Only assets with this tag.</source>
        <translation>Nur Assets mit diesem Tag.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="217"/>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="219"/>
        <source>The locale of the titles shown (default: the workspace&apos;s first).</source>
        <translation>Das Gebietsschema der angezeigten Titel (Standard: das erste des Arbeitsbereichs).</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="219"/>
        <source>LOCALE</source>
        <translation>GEBIETSSCHEMA</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="226"/>
        <source>expected exactly one workspace path</source>
        <translation>erwartet: genau ein Arbeitsbereichspfad</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="250"/>
        <source>expired %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="250"/>
        <source>expires %1</source>
        <translation>läuft ab am %1</translation>
    </message>
</context>
<context>
    <name>facet::cli::AssetsRenditionCommand</name>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="332"/>
        <source>Write an asset&apos;s rendition for a channel (the channel&apos;s settings.renditions: size, format, quality, background) to a file. Made once and cached in the workspace.</source>
        <translation>Die Variante eines Assets für einen Kanal (settings.renditions des Kanals: Größe, Format, Qualität, Hintergrund) in eine Datei schreiben. Wird einmal erstellt und im Arbeitsbereich zwischengespeichert.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="338"/>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="339"/>
        <source>The asset&apos;s id or SHA-256.</source>
        <translation>Die ID oder der SHA-256 des Assets.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="340"/>
        <source>The channel whose rendition to make.</source>
        <translation>Der Kanal, dessen Variante erstellt werden soll.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="340"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="341"/>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="341"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="348"/>
        <source>expected a workspace path and an asset id or SHA-256</source>
        <translation>erwartet: ein Arbeitsbereichspfad und eine Asset-ID oder ein SHA-256</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="350"/>
        <source>--channel and --out are required</source>
        <translation>--channel und --out sind erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="357"/>
        <source>unknown channel “%1”</source>
        <translation>unbekannter Kanal „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="362"/>
        <source>channel %1 defines no renditions (settings.renditions)</source>
        <translation>der Kanal %1 definiert keine Varianten (settings.renditions)</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="375"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="376"/>
        <source>cached</source>
        <translation>zwischengespeichert</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="376"/>
        <source>made</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="378"/>
        <source>from</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="378"/>
        <source>spec</source>
        <translation>Spezifikation</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="382"/>
        <source>warning: %1 expired on %2; channels may no longer use it
</source>
        <translation>Warnung: %1 ist am %2 abgelaufen; Kanäle dürfen es nicht mehr verwenden
</translation>
    </message>
</context>
<context>
    <name>facet::cli::AssetsShowCommand</name>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="261"/>
        <source>Show one asset&apos;s metadata and where it is used (the records whose values refer to it).</source>
        <translation>Die Metadaten eines Assets anzeigen und wo es verwendet wird (die Datensätze, deren Werte darauf verweisen).</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="266"/>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="267"/>
        <source>The asset&apos;s id or SHA-256 (or its first 8+ digits).</source>
        <translation>Die ID oder der SHA-256 des Assets (oder seine ersten 8+ Ziffern).</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="275"/>
        <source>expected a workspace path and an asset id or SHA-256</source>
        <translation>erwartet: ein Arbeitsbereichspfad und eine Asset-ID oder ein SHA-256</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="300"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="301"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="301"/>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="302"/>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="305"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="307"/>
        <source>alt</source>
        <translation>Alt-Text</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="309"/>
        <source>rights</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="311"/>
        <source>expires</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="312"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="314"/>
        <source>tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>facet::cli::AuditListCommand</name>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="16"/>
        <source>The audit log, newest first: SEQ, TIME, USER, KIND, SUBJECT, DETAIL. Needs the view-audit permission in a workspace with users.</source>
        <translation>Das Audit-Protokoll, neueste Einträge zuerst: NR, ZEIT, BENUTZER, ART, GEGENSTAND, DETAIL. Erfordert die Berechtigung view-audit in einem Arbeitsbereich mit Benutzern.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="22"/>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="23"/>
        <source>Only entries by this user.</source>
        <translation>Nur Einträge dieses Benutzers.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="23"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="25"/>
        <source>Only entries about this record (or other subject).</source>
        <translation>Nur Einträge zu diesem Datensatz (oder einem anderen Gegenstand).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="25"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="26"/>
        <source>Only this kind, e.g. approve (repeatable).</source>
        <translation>Nur diese Art, z. B. approve (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="26"/>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="28"/>
        <source>Only entries at or after this ISO 8601 time or date.</source>
        <translation>Nur Einträge ab diesem Zeitpunkt oder Datum nach ISO 8601.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="28"/>
        <location filename="../app/cli/AuditCommands.cpp" line="30"/>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="30"/>
        <source>Only entries before this ISO 8601 time or date.</source>
        <translation>Nur Einträge vor diesem Zeitpunkt oder Datum nach ISO 8601.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="31"/>
        <source>At most this many entries (default 500).</source>
        <translation>Höchstens so viele Einträge (Standard: 500).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="31"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="32"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="39"/>
        <source>expected a workspace path</source>
        <translation>erwartet: ein Arbeitsbereichspfad</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="47"/>
        <source>unknown kind “%1”; kinds are %2</source>
        <translation>unbekannte Art „%1“; vorhandene Arten: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="59"/>
        <source>--since and --until take an ISO 8601 date or time, e.g. 2026-05-01</source>
        <translation>--since und --until erwarten ein Datum oder einen Zeitpunkt nach ISO 8601, z. B. 2026-05-01</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="64"/>
        <source>--limit takes a positive number</source>
        <translation>--limit erwartet eine positive Zahl</translation>
    </message>
</context>
<context>
    <name>facet::cli::AuditVerifyCommand</name>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="98"/>
        <source>Recompute the audit log&apos;s hash chain. Exit 0 when intact; exit 1 naming the first broken entry (changed, missing or out of order).</source>
        <translation>Die Hash-Kette des Audit-Protokolls neu berechnen. Endet mit 0, wenn sie intakt ist; mit 1 und nennt den ersten fehlerhaften Eintrag (geändert, fehlend oder in falscher Reihenfolge).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="105"/>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="111"/>
        <source>expected a workspace path</source>
        <translation>erwartet: ein Arbeitsbereichspfad</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="118"/>
        <source>facetctl audit verify: the audit log is broken at entry %1: %2
</source>
        <translation>facetctl audit verify: das Audit-Protokoll ist bei Eintrag %1 unterbrochen: %2
</translation>
    </message>
</context>
<context>
    <name>facet::cli::CheckCommand</name>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="205"/>
        <source>Render every product (or one) for every channel (or one) and locale, and report what the channels&apos; rules find. Exits 1 when there is an error.</source>
        <translation>Alle Produkte (oder eines) für alle Kanäle (oder einen) und Gebietsschemas ausgeben und melden, was die Regeln der Kanäle finden. Endet mit 1, wenn es einen Fehler gibt.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="211"/>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="212"/>
        <source>Optional: one product.</source>
        <translation>Optional: ein Produkt.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="216"/>
        <source>Print a JSON array of findings instead of text.</source>
        <translation>Ein JSON-Array der Befunde statt Text ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="223"/>
        <source>expected a workspace path and optionally a SKU</source>
        <translation>erwartet: ein Arbeitsbereichspfad und optional eine SKU</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="242"/>
        <source>unknown locale “%1”; the workspace has %2</source>
        <translation>unbekanntes Gebietsschema „%1“; der Arbeitsbereich hat %2</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="246"/>
        <source>channel %1 does not render %2</source>
        <translation>Kanal %1 gibt %2 nicht aus</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="310"/>
        <source>checked %1 of %2 products
</source>
        <translation>%1 von %2 Produkten geprüft
</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="323"/>
        <source>products: %1, renderings: %2, failed: %3, errors: %4, warnings: %5, notes: %6
</source>
        <translation>Produkte: %1, Ausgaben: %2, fehlgeschlagen: %3, Fehler: %4, Warnungen: %5, Hinweise: %6
</translation>
    </message>
</context>
<context>
    <name>facet::cli::DiffCommand</name>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="262"/>
        <source>What changed between two revisions (hash prefixes, or “draft” for the working draft), field by field and word by word: [-removed-] {+added+}.</source>
        <translation>Was sich zwischen zwei Revisionen geändert hat (Hash-Präfixe oder „draft“ für den Arbeitsentwurf), Feld für Feld und Wort für Wort: [-entfernt-] {+hinzugefügt+}.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="270"/>
        <source>The older revision.</source>
        <translation>Die ältere Revision.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="271"/>
        <source>The newer revision.</source>
        <translation>Die neuere Revision.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="278"/>
        <source>expected a workspace path, a SKU and two revisions</source>
        <translation>erwartet: ein Arbeitsbereichspfad, eine SKU und zwei Revisionen</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="288"/>
        <source>no differences
</source>
        <translation>keine Unterschiede
</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="292"/>
        <source>family: %1 → %2
</source>
        <translation>Familie: %1 → %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="294"/>
        <source>category added: %1
</source>
        <translation>Kategorie hinzugefügt: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="296"/>
        <source>category removed: %1
</source>
        <translation>Kategorie entfernt: %1
</translation>
    </message>
</context>
<context>
    <name>facet::cli::EffectiveCommand</name>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="328"/>
        <source>The revision a channel gets now: the newest whose stage grants at least the channel&apos;s required level. Exit 1 when there is none.</source>
        <translation>Die Revision, die ein Kanal jetzt erhält: die neueste, deren Phase mindestens die erforderliche Stufe des Kanals gewährt. Endet mit 1, wenn es keine gibt.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="336"/>
        <source>The channel&apos;s code.</source>
        <translation>Der Code des Kanals.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="336"/>
        <source>CHANNEL</source>
        <translation>KANAL</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="337"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="344"/>
        <source>expected a workspace path, a SKU and --channel</source>
        <translation>erwartet: ein Arbeitsbereichspfad, eine SKU und --channel</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="367"/>
        <source>facetctl effective: %1 has no revision at release level %2 or higher; %3 gets nothing
</source>
        <translation>facetctl effective: %1 hat keine Revision mit Freigabestufe %2 oder höher; %3 erhält nichts
</translation>
    </message>
</context>
<context>
    <name>facet::cli::ExportCommand</name>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="120"/>
        <source>Export a workspace as Akeneo flat CSV: products, structure files and media.</source>
        <translation>Einen Arbeitsbereich als Akeneo-Flat-CSV exportieren: Produkte, Strukturdateien und Medien.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="125"/>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="127"/>
        <source>The folder to write to (created if needed).</source>
        <translation>Der Ordner, in den geschrieben wird (wird bei Bedarf erstellt).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="127"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="134"/>
        <source>expected exactly one workspace path</source>
        <translation>erwartet: genau ein Arbeitsbereichspfad</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="137"/>
        <source>unknown format “%1”; supported: akeneo-csv</source>
        <translation>unbekanntes Format „%1“; unterstützt: akeneo-csv</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="139"/>
        <source>--out DIR is required</source>
        <translation>--out ORDNER ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="148"/>
        <source>exported %1 products (%2 values) and %3 media files to %4: %5
</source>
        <translation>%1 Produkte (%2 Werte) und %3 Mediendateien nach %4 exportiert: %5
</translation>
    </message>
</context>
<context>
    <name>facet::cli::HistoryCommand</name>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="189"/>
        <source>A record&apos;s revisions with their stages, and every decision: who, when, what, comment.</source>
        <translation>Die Revisionen eines Datensatzes mit ihren Phasen und jede Entscheidung: wer, wann, was, Kommentar.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="195"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="202"/>
        <source>expected a workspace path and a SKU</source>
        <translation>erwartet: ein Arbeitsbereichspfad und eine SKU</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="239"/>
        <source>Revisions of %1:
</source>
        <translation>Revisionen von %1:
</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="243"/>
        <source> (superseded)</source>
        <translation> (überholt)</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="244"/>
        <source>Decisions:
</source>
        <translation>Entscheidungen:
</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="251"/>
        <source>Comments:
</source>
        <translation>Kommentare:
</translation>
    </message>
</context>
<context>
    <name>facet::cli::ImportCommand</name>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="31"/>
        <source>Import Akeneo flat CSV files (products and structure files) into a workspace and print the report.</source>
        <translation>Akeneo-Flat-CSV-Dateien (Produkte und Strukturdateien) in einen Arbeitsbereich importieren und den Bericht ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="38"/>
        <source>The workspace file (created if it does not exist).</source>
        <translation>Die Arbeitsbereichsdatei (wird erstellt, falls sie nicht existiert).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="41"/>
        <source>Product files and structure files (attributes.csv, families.csv, categories.csv, attribute_options.csv, …); a folder stands for the CSV files in it.</source>
        <translation>Produktdateien und Strukturdateien (attributes.csv, families.csv, categories.csv, attribute_options.csv, …); ein Ordner steht für die CSV-Dateien darin.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="47"/>
        <source>The folder media paths are relative to (default: the first product file&apos;s).</source>
        <translation>Der Ordner, auf den sich Medienpfade beziehen (Standard: der der ersten Produktdatei).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="48"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="49"/>
        <source>Report what would happen, write nothing.</source>
        <translation>Berichten, was passieren würde, nichts schreiben.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="50"/>
        <source>Print the report as JSON.</source>
        <translation>Den Bericht als JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="51"/>
        <source>Rows per transaction (default 1000).</source>
        <translation>Zeilen pro Transaktion (Standard: 1000).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="51"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="58"/>
        <source>expected a workspace path and at least one file</source>
        <translation>erwartet: ein Arbeitsbereichspfad und mindestens eine Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="61"/>
        <source>unknown format “%1”; supported: akeneo-csv</source>
        <translation>unbekanntes Format „%1“; unterstützt: akeneo-csv</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="73"/>
        <source>there is no file %1</source>
        <translation>es gibt keine Datei %1</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="81"/>
        <source>the media folder %1 does not exist</source>
        <translation>der Medienordner %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="88"/>
        <source>--batch-size needs a whole number above 0</source>
        <translation>--batch-size erwartet eine ganze Zahl größer als 0</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="103"/>
        <source>imported %1 of %2 rows
</source>
        <translation>%1 von %2 Zeilen importiert
</translation>
    </message>
</context>
<context>
    <name>facet::cli::MeasureCommand</name>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="29"/>
        <source>Measure a text for a channel: SMS encoding and segments, X weighted length, push payload bytes.</source>
        <translation>Einen Text für einen Kanal messen: SMS-Kodierung und -Segmente, gewichtete Länge für X, Bytes der Push-Payload.</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="35"/>
        <source>sms, x or push.</source>
        <translation>sms, x oder push.</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="38"/>
        <source>The text (the push body). Absent or “-”: read from standard input, without its final line break.</source>
        <translation>Der Text (bei push der Nachrichtentext). Fehlt er oder ist er „-“: wird von der Standardeingabe gelesen, ohne den letzten Zeilenumbruch.</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="41"/>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="42"/>
        <source>push: the notification title.</source>
        <translation>push: der Titel der Benachrichtigung.</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="42"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="43"/>
        <source>push: the FCM topic the message is measured with (default: all).</source>
        <translation>push: das FCM-Topic, mit dem die Nachricht gemessen wird (Standard: all).</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="44"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="50"/>
        <source>cannot read standard input</source>
        <translation>die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="57"/>
        <source>standard input is not UTF-8 text</source>
        <translation>die Standardeingabe ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="74"/>
        <source>expected a kind (sms, x or push) and at most one TEXT; quote a text with spaces</source>
        <translation>erwartet: eine Art (sms, x oder push) und höchstens ein TEXT; setzen Sie einen Text mit Leerzeichen in Anführungszeichen</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="77"/>
        <source>unknown kind “%1”; expected sms, x or push</source>
        <translation>unbekannte Art „%1“; erwartet: sms, x oder push</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="79"/>
        <source>--title and --topic apply to push only</source>
        <translation>--title und --topic gelten nur für push</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="91"/>
        <source>--topic needs a name</source>
        <translation>--topic benötigt einen Namen</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="120"/>
        <source>encoding: %1
</source>
        <translation>Kodierung: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="120"/>
        <source>units: %1 %2
</source>
        <translation>Einheiten: %1 %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="121"/>
        <source>segments: %1
</source>
        <translation>Segmente: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="121"/>
        <source>characters: %1
</source>
        <translation>Zeichen: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="123"/>
        <source>non_gsm: none
</source>
        <translation>non_gsm: keine
</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="126"/>
        <source>non_gsm:
</source>
        <translation>non_gsm:
</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="128"/>
        <source>  %1 %2 at character %3 (offset %4), GSM: “%5”
</source>
        <translation>  %1 %2 an Zeichen %3 (Offset %4), GSM: „%5“
</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="149"/>
        <source>weightedLength: %1 of %2
</source>
        <translation>weightedLength: %1 von %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="150"/>
        <source>valid: %1
</source>
        <translation>gültig: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="150"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="150"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="150"/>
        <source>permillage: %1
</source>
        <translation>Promille: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="172"/>
        <source>apns: %1 bytes
</source>
        <translation>apns: %1 Bytes
</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="173"/>
        <source>fcm: %1 bytes
</source>
        <translation>fcm: %1 Bytes
</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="174"/>
        <source>limit: %1 bytes
</source>
        <translation>Grenze: %1 Bytes
</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="176"/>
        <source>shortened body (%1 characters): %2
</source>
        <translation>gekürzter Text (%1 Zeichen): %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="180"/>
        <source>does not fit, even with a shorter body
</source>
        <translation>passt auch mit kürzerem Text nicht
</translation>
    </message>
</context>
<context>
    <name>facet::cli::PublicationsDeadLettersCommand</name>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="348"/>
        <source>Webhook messages that could not be delivered.</source>
        <translation>Webhook-Nachrichten, die nicht zugestellt werden konnten.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="354"/>
        <source>Only this target&apos;s.</source>
        <translation>Nur für dieses Ziel.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="354"/>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="355"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="362"/>
        <source>expected a workspace path</source>
        <translation>erwartet: ein Arbeitsbereichspfad</translation>
    </message>
</context>
<context>
    <name>facet::cli::PublicationsListCommand</name>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="205"/>
        <source>The publications, newest first: target, trigger, who, when, counts.</source>
        <translation>Die Veröffentlichungen, neueste zuerst: Ziel, Auslöser, wer, wann, Anzahlen.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="211"/>
        <source>Only this target&apos;s.</source>
        <translation>Nur für dieses Ziel.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="211"/>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="212"/>
        <source>At most N (default 200).</source>
        <translation>Höchstens N (Standard: 200).</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="212"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="213"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="220"/>
        <source>expected a workspace path</source>
        <translation>erwartet: ein Arbeitsbereichspfad</translation>
    </message>
</context>
<context>
    <name>facet::cli::PublicationsRetryCommand</name>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="396"/>
        <source>Deliver a webhook target&apos;s dead letters again (all, or the numbers given).</source>
        <translation>Die unzustellbaren Nachrichten eines Webhook-Ziels erneut zustellen (alle oder die angegebenen Nummern).</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="402"/>
        <source>Dead letters to retry (default: all of the target&apos;s).</source>
        <translation>Erneut zu sendende unzustellbare Nachrichten (Standard: alle des Ziels).</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="404"/>
        <source>The webhook target.</source>
        <translation>Das Webhook-Ziel.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="404"/>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="412"/>
        <source>expected a workspace path and --target</source>
        <translation>erwartet: ein Arbeitsbereichspfad und --target</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="418"/>
        <source>“%1” is not a dead letter&apos;s number</source>
        <translation>„%1“ ist keine Nummer einer unzustellbaren Nachricht</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="426"/>
        <source>delivered
</source>
        <translation>zugestellt
</translation>
    </message>
</context>
<context>
    <name>facet::cli::PublicationsShowCommand</name>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="244"/>
        <source>One publication with every item: record, locale, revision, template version, checksum, result.</source>
        <translation>Eine Veröffentlichung mit allen Einträgen: Datensatz, Gebietsschema, Revision, Vorlagenversion, Prüfsumme, Ergebnis.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="251"/>
        <source>The publication&apos;s number.</source>
        <translation>Die Nummer der Veröffentlichung.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="252"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="259"/>
        <source>expected a workspace path and a publication number</source>
        <translation>erwartet: ein Arbeitsbereichspfad und eine Veröffentlichungsnummer</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="266"/>
        <source>there is no publication %1</source>
        <translation>es gibt keine Veröffentlichung %1</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="277"/>
        <source>Publication %1 to %2 (%3), %4 by %5 (%6), %7 – %8: %9
</source>
        <translation>Veröffentlichung %1 in %2 (%3), %4 von %5 (%6), %7 – %8: %9
</translation>
    </message>
</context>
<context>
    <name>facet::cli::PublicationsVerifyCommand</name>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="294"/>
        <source>Compare a folder target with its manifest; exit 1 when a file is missing, changed or unexpected.</source>
        <translation>Ein Ordnerziel mit seinem Manifest vergleichen; endet mit 1, wenn eine Datei fehlt, geändert wurde oder unerwartet ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="301"/>
        <source>A publication; its target&apos;s folder is verified.</source>
        <translation>Eine Veröffentlichung; der Ordner ihres Ziels wird geprüft.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="302"/>
        <source>The folder target to verify.</source>
        <translation>Das zu prüfende Ordnerziel.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="302"/>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="309"/>
        <source>expected a workspace path and a publication number, or --target</source>
        <translation>erwartet: ein Arbeitsbereichspfad und eine Veröffentlichungsnummer oder --target</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="318"/>
        <source>there is no publication %1</source>
        <translation>es gibt keine Veröffentlichung %1</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="323"/>
        <source>there is no publishing target “%1”</source>
        <translation>es gibt kein Veröffentlichungsziel „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="326"/>
        <source>%1 is a webhook target: only folders have a manifest</source>
        <translation>%1 ist ein Webhook-Ziel: Nur Ordner haben ein Manifest</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="342"/>
        <source>%1 matches its manifest
</source>
        <translation>%1 stimmt mit seinem Manifest überein
</translation>
    </message>
</context>
<context>
    <name>facet::cli::PublishCommand</name>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="110"/>
        <source>Publish the effective revisions to the channels&apos; targets (incremental; held records are listed).</source>
        <translation>Die wirksamen Revisionen an die Ziele der Kanäle veröffentlichen (inkrementell; zurückgehaltene Datensätze werden aufgeführt).</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="118"/>
        <source>Only revisions at or above a channel&apos;s release level reach it. Unchanged renderings are skipped, records no longer effective are withdrawn, records with error findings are held back with their reasons while the rest publishes.
Exit codes: 0 every publication completed (held records included: they are listed), 1 wrong input, refused (no right to publish a channel) or cancelled, 2 a target failed or internal failure.</source>
        <translation>Nur Revisionen, die mindestens die Freigabestufe eines Kanals erreicht haben, gelangen in diesen Kanal. Unveränderte Ausgaben werden übersprungen, nicht mehr gültige Datensätze werden zurückgezogen, Datensätze mit Fehlerbefunden werden mit ihren Gründen zurückgehalten, während der Rest veröffentlicht wird.
Exit-Codes: 0 alle Veröffentlichungen abgeschlossen (auch mit zurückgehaltenen Datensätzen: Sie werden aufgeführt), 1 fehlerhafte Eingabe, abgelehnt (keine Berechtigung, in einem Kanal zu veröffentlichen) oder abgebrochen, 2 ein Ziel ist fehlgeschlagen oder interner Fehler.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="125"/>
        <source>Only this channel&apos;s targets (repeatable).</source>
        <translation>Nur die Ziele dieses Kanals (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="125"/>
        <source>CHANNEL</source>
        <translation>KANAL</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="126"/>
        <source>Only this target (repeatable).</source>
        <translation>Nur dieses Ziel (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="126"/>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="127"/>
        <source>Only this record (repeatable).</source>
        <translation>Nur dieser Datensatz (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="127"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="128"/>
        <source>Render and report, but write and record nothing.</source>
        <translation>Ausgeben und berichten, aber nichts schreiben oder protokollieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="129"/>
        <source>Run the schedules that are due and the automatic queue (for cron or a systemd timer).</source>
        <translation>Die fälligen Zeitpläne und die automatische Warteschlange ausführen (für cron oder einen systemd-Timer).</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="131"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="139"/>
        <source>expected a workspace path</source>
        <translation>erwartet: ein Arbeitsbereichspfad</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="143"/>
        <source>--due runs what the schedules and the queue say; it takes no selection</source>
        <translation>--due führt aus, was Zeitpläne und Warteschlange vorgeben; es nimmt keine Auswahl an</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="179"/>
        <source>%1 (%2): %3 — publication %4, %5
</source>
        <translation>%1 (%2): %3 — Veröffentlichung %4, %5
</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="183"/>
        <source>%1 (%2): %3 — dry run, nothing written
</source>
        <translation>%1 (%2): %3 — Probelauf, nichts geschrieben
</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="195"/>
        <source>nothing to publish
</source>
        <translation>nichts zu veröffentlichen
</translation>
    </message>
</context>
<context>
    <name>facet::cli::RenderCommand</name>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="101"/>
        <source>Render one product for one channel and locale: prints the channel&apos;s main output (or the part named with --template), or writes it to a file.</source>
        <translation>Ein Produkt für einen Kanal und ein Gebietsschema ausgeben: gibt die Hauptausgabe des Kanals (oder den mit --template benannten Teil) aus oder schreibt sie in eine Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="107"/>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="108"/>
        <source>The product&apos;s SKU.</source>
        <translation>Die SKU des Produkts.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="112"/>
        <source>The part to output, e.g. subject or text for an email (default: the channel&apos;s main output).</source>
        <translation>Der auszugebende Teil, z. B. subject oder text bei einer E-Mail (Standard: die Hauptausgabe des Kanals).</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="114"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="116"/>
        <source>Write to FILE instead of printing; replaced only when rendering succeeds.</source>
        <translation>In DATEI schreiben statt auszugeben; sie wird nur ersetzt, wenn die Ausgabe gelingt.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="117"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="124"/>
        <source>expected a workspace path and a SKU</source>
        <translation>erwartet: ein Arbeitsbereichspfad und eine SKU</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="126"/>
        <source>--channel is required</source>
        <translation>--channel ist erforderlich</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="140"/>
        <source>channel %1 renders %2, not “%3”</source>
        <translation>Kanal %1 gibt %2 aus, nicht „%3“</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="159"/>
        <source>the %1 rendering has no part “%2”; it has %3</source>
        <translation>die Ausgabe %1 hat keinen Teil „%2“; sie hat %3</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="166"/>
        <source>the %1 part is %2, not text; write it to a file with --out</source>
        <translation>der Teil %1 ist %2, kein Text; schreiben Sie ihn mit --out in eine Datei</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="178"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>facet::cli::RolesGrantCommand</name>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="278"/>
        <source>Give a user a role.</source>
        <translation>Einem Benutzer eine Rolle geben.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="291"/>
        <source>expected a workspace path, a user name and a role</source>
        <translation>erwartet: ein Arbeitsbereichspfad, ein Benutzername und eine Rolle</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="298"/>
        <source>%1 now holds %2
</source>
        <translation>%1 hat jetzt die Rolle %2
</translation>
    </message>
</context>
<context>
    <name>facet::cli::RolesListCommand</name>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="222"/>
        <source>List the roles: CODE, LABEL, PERMISSIONS, EDIT GROUPS, PUBLISH CHANNELS.</source>
        <translation>Die Rollen auflisten: CODE, BEZEICHNUNG, BERECHTIGUNGEN, BEARBEITBARE GRUPPEN, VERÖFFENTLICHUNGSKANÄLE.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="228"/>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="234"/>
        <source>expected a workspace path</source>
        <translation>erwartet: ein Arbeitsbereichspfad</translation>
    </message>
</context>
<context>
    <name>facet::cli::RolesRevokeCommand</name>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="304"/>
        <source>Take a role from a user. The last admin keeps theirs.</source>
        <translation>Einem Benutzer eine Rolle entziehen. Der letzte Administrator behält seine.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="317"/>
        <source>expected a workspace path, a user name and a role</source>
        <translation>erwartet: ein Arbeitsbereichspfad, ein Benutzername und eine Rolle</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="324"/>
        <source>%1 no longer holds %2
</source>
        <translation>%1 hat die Rolle %2 nicht mehr
</translation>
    </message>
</context>
<context>
    <name>facet::cli::SchedulesAddCommand</name>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="656"/>
        <source>Plan a publication: not before --at (the embargo), once or --every hourly|daily|weekly|&quot;N minutes&quot;.</source>
        <translation>Eine Veröffentlichung planen: nicht vor --at (die Sperrfrist), einmalig oder --every hourly|daily|weekly|&quot;N minutes&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="663"/>
        <source>Publish to this target (repeatable).</source>
        <translation>In diesem Ziel veröffentlichen (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="663"/>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="664"/>
        <source>Publish to this channel&apos;s targets (repeatable).</source>
        <translation>In den Zielen dieses Kanals veröffentlichen (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="664"/>
        <source>CHANNEL</source>
        <translation>KANAL</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="666"/>
        <source>Not before this time (ISO 8601; UTC unless it says otherwise).</source>
        <translation>Nicht vor diesem Zeitpunkt (ISO 8601; UTC, sofern nicht anders angegeben).</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="666"/>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="667"/>
        <source>Repeat: hourly, daily, weekly or &quot;N minutes&quot;.</source>
        <translation>Wiederholung: hourly, daily, weekly oder „N minutes“.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="667"/>
        <source>RECURRENCE</source>
        <translation>WIEDERHOLUNG</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="675"/>
        <source>expected a workspace path</source>
        <translation>erwartet: ein Arbeitsbereichspfad</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="682"/>
        <source>“%1” is not an ISO 8601 time</source>
        <translation>„%1“ ist keine Zeitangabe nach ISO 8601</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="702"/>
        <source>schedule %1: next run %2
</source>
        <translation>Zeitplan %1: nächste Ausführung %2
</translation>
    </message>
</context>
<context>
    <name>facet::cli::SchedulesListCommand</name>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="616"/>
        <source>The publication schedules with their next run.</source>
        <translation>Die Veröffentlichungspläne mit ihrer nächsten Ausführung.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="622"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="629"/>
        <source>expected a workspace path</source>
        <translation>erwartet: ein Arbeitsbereichspfad</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="647"/>
        <source>every channel</source>
        <translation>alle Kanäle</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="648"/>
        <source>once</source>
        <translation>einmalig</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="649"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="650"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
</context>
<context>
    <name>facet::cli::SchedulesRemoveCommand</name>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="708"/>
        <source>Remove a publication schedule.</source>
        <translation>Einen Veröffentlichungsplan entfernen.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="714"/>
        <source>The schedule&apos;s number.</source>
        <translation>Die Nummer des Zeitplans.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="722"/>
        <source>expected a workspace path and a schedule number</source>
        <translation>erwartet: ein Arbeitsbereichspfad und eine Zeitplannummer</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="729"/>
        <source>removed schedule %1
</source>
        <translation>Zeitplan %1 entfernt
</translation>
    </message>
</context>
<context>
    <name>facet::cli::SendBackCommand</name>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="147"/>
        <source>Send the revision waiting for a decision back to an earlier stage, with a comment saying why.</source>
        <translation>Die Revision, die auf eine Entscheidung wartet, mit einem Kommentar zur Begründung an eine frühere Phase zurücksenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="154"/>
        <source>The stage to send it back to.</source>
        <translation>Die Phase, an die sie zurückgesendet wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="154"/>
        <source>STAGE</source>
        <translation>PHASE</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="155"/>
        <source>What to change (required).</source>
        <translation>Was zu ändern ist (erforderlich).</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="155"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="157"/>
        <source>The revision you reviewed (a prefix is enough).</source>
        <translation>Die Revision, die Sie geprüft haben (ein Präfix genügt).</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="157"/>
        <source>HASH</source>
        <translation>HASH</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="165"/>
        <source>expected a workspace path and a SKU</source>
        <translation>erwartet: ein Arbeitsbereichspfad und eine SKU</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="167"/>
        <source>say where to with --to STAGE</source>
        <translation>geben Sie mit --to PHASE an, wohin</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="180"/>
        <source>sent %1 revision %2 back to %3
</source>
        <translation>Revision %2 von %1 an %3 zurückgesendet
</translation>
    </message>
</context>
<context>
    <name>facet::cli::SubmitCommand</name>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="54"/>
        <source>Freeze the working draft as a revision and submit it for review; prints its hash.</source>
        <translation>Den Arbeitsentwurf als Revision einfrieren und zur Prüfung einreichen; gibt ihren Hash aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="60"/>
        <source>A note for the reviewers.</source>
        <translation>Eine Notiz für die Prüfer.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="60"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="68"/>
        <source>expected a workspace path and a SKU</source>
        <translation>erwartet: ein Arbeitsbereichspfad und eine SKU</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="77"/>
        <source>submitted %1 revision %2 to %3
</source>
        <translation>Revision %2 von %1 in %3 eingereicht
</translation>
    </message>
</context>
<context>
    <name>facet::cli::TargetsAddCommand</name>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="472"/>
        <source>Add or change a publishing target: a folder or a webhook for one channel.</source>
        <translation>Ein Veröffentlichungsziel hinzufügen oder ändern: einen Ordner oder einen Webhook für einen Kanal.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="478"/>
        <source>The target&apos;s code, e.g. web-site.</source>
        <translation>Der Code des Ziels, z. B. web-site.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="479"/>
        <source>The channel it publishes.</source>
        <translation>Der Kanal, den es veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="479"/>
        <source>CHANNEL</source>
        <translation>KANAL</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="481"/>
        <source>A folder (relative paths start at the workspace file&apos;s folder).</source>
        <translation>Ein Ordner (relative Pfade beginnen im Ordner der Arbeitsbereichsdatei).</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="481"/>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="482"/>
        <source>An http(s) URL to POST to.</source>
        <translation>Eine http(s)-URL, an die per POST gesendet wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="482"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="483"/>
        <source>Publish a record as soon as it reaches the channel&apos;s level.</source>
        <translation>Einen Datensatz veröffentlichen, sobald er die Freigabestufe des Kanals erreicht.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="484"/>
        <source>Print: also a catalog PDF of every product per locale.</source>
        <translation>Druck: zusätzlich ein Katalog-PDF aller Produkte pro Gebietsschema.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="486"/>
        <source>Webhook: read the signing secret from standard input (default: a new random one, printed once).</source>
        <translation>Webhook: den Signaturschlüssel von der Standardeingabe lesen (Standard: ein neuer zufälliger, der einmal ausgegeben wird).</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="495"/>
        <source>expected a workspace path and a target code</source>
        <translation>erwartet: ein Arbeitsbereichspfad und ein Zielcode</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="497"/>
        <source>say which channel with --channel</source>
        <translation>geben Sie den Kanal mit --channel an</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="499"/>
        <source>give either --folder PATH or --webhook URL</source>
        <translation>geben Sie entweder --folder PFAD oder --webhook URL an</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="515"/>
        <source>Secret: </source>
        <translation>Schlüssel: </translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="517"/>
        <source>no secret on standard input</source>
        <translation>kein Schlüssel auf der Standardeingabe</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="532"/>
        <source>signing secret (shown once; the receiver checks X-Facet-Signature with it): %1
</source>
        <translation>Signaturschlüssel (wird nur einmal angezeigt; der Empfänger prüft damit X-Facet-Signature): %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="535"/>
        <source>saved target %1 for %2
</source>
        <translation>Ziel %1 für %2 gespeichert
</translation>
    </message>
</context>
<context>
    <name>facet::cli::TargetsListCommand</name>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="434"/>
        <source>The publishing targets: channel, kind, folder or URL, automatic.</source>
        <translation>Die Veröffentlichungsziele: Kanal, Art, Ordner oder URL, automatisch.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="440"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="447"/>
        <source>expected a workspace path</source>
        <translation>erwartet: ein Arbeitsbereichspfad</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="465"/>
        <source>  automatic</source>
        <translation>  automatisch</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="466"/>
        <source>  disabled</source>
        <translation>  deaktiviert</translation>
    </message>
</context>
<context>
    <name>facet::cli::TargetsRemoveCommand</name>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="541"/>
        <source>Remove a publishing target (its history stays).</source>
        <translation>Ein Veröffentlichungsziel entfernen (sein Verlauf bleibt erhalten).</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="547"/>
        <source>The target&apos;s code.</source>
        <translation>Der Code des Ziels.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="555"/>
        <source>expected a workspace path and a target code</source>
        <translation>erwartet: ein Arbeitsbereichspfad und ein Zielcode</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="565"/>
        <source>removed target %1
</source>
        <translation>Ziel %1 entfernt
</translation>
    </message>
</context>
<context>
    <name>facet::cli::TargetsTestCommand</name>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="571"/>
        <source>Check a target: a folder can be written, a webhook answers a signed ping.</source>
        <translation>Ein Ziel prüfen: ein Ordner ist beschreibbar, ein Webhook beantwortet einen signierten Ping.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="577"/>
        <source>The target&apos;s code.</source>
        <translation>Der Code des Ziels.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="584"/>
        <source>expected a workspace path and a target code</source>
        <translation>erwartet: ein Arbeitsbereichspfad und ein Zielcode</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="591"/>
        <source>there is no publishing target “%1”</source>
        <translation>es gibt kein Veröffentlichungsziel „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="596"/>
        <source>cannot write to %1</source>
        <translation>in %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="597"/>
        <source>%1 can be written
</source>
        <translation>%1 ist beschreibbar
</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="604"/>
        <source>the webhook target %1 has no secret: %2</source>
        <translation>das Webhook-Ziel %1 hat keinen Schlüssel: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="608"/>
        <source>%1 answered
</source>
        <translation>%1 hat geantwortet
</translation>
    </message>
</context>
<context>
    <name>facet::cli::TasksCommand</name>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="383"/>
        <source>What waits for the signed-in user&apos;s roles: SKU, STAGE, REVISION, SUBMITTED BY, LABEL.</source>
        <translation>Was auf die Rollen des angemeldeten Benutzers wartet: SKU, PHASE, REVISION, EINGEREICHT VON, BEZEICHNUNG.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="388"/>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="389"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="396"/>
        <source>expected a workspace path</source>
        <translation>erwartet: ein Arbeitsbereichspfad</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="402"/>
        <source>tasks belong to someone: sign in with --user</source>
        <translation>Aufgaben gehören jemandem: melden Sie sich mit --user an</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="426"/>
        <source>	(four eyes: someone else approves)</source>
        <translation>	(Vier-Augen-Prinzip: jemand anderes genehmigt)</translation>
    </message>
</context>
<context>
    <name>facet::cli::TemplatesListCommand</name>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="40"/>
        <source>List each channel&apos;s templates with the version in use: CHANNEL, NAME, VERSION, who saved it and when (version 0 is the built-in default).</source>
        <translation>Die Vorlagen jedes Kanals mit der verwendeten Version auflisten: KANAL, NAME, VERSION, wer sie wann gespeichert hat (Version 0 ist die integrierte Standardvorlage).</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="46"/>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="47"/>
        <source>Only this channel.</source>
        <translation>Nur dieser Kanal.</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="47"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="53"/>
        <source>expected exactly one workspace path</source>
        <translation>erwartet: genau ein Arbeitsbereichspfad</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="73"/>
        <source>built-in</source>
        <translation>integriert</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="75"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>facet::cli::TemplatesSetCommand</name>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="144"/>
        <source>Save a channel&apos;s template from FILE (or standard input with -) as its next version. A template that does not compile is refused with the line of the problem; nothing is stored.</source>
        <translation>Die Vorlage eines Kanals aus DATEI (oder mit - von der Standardeingabe) als nächste Version speichern. Eine Vorlage, die sich nicht kompilieren lässt, wird mit der Zeile des Problems abgelehnt; dann wird nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="151"/>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="152"/>
        <source>The channel&apos;s code.</source>
        <translation>Der Code des Kanals.</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="153"/>
        <source>The template&apos;s name, e.g. body or subject.</source>
        <translation>Der Name der Vorlage, z. B. body oder subject.</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="155"/>
        <source>The template source (UTF-8), or - for standard input.</source>
        <translation>Der Quelltext der Vorlage (UTF-8) oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="163"/>
        <source>expected a workspace path, a channel, a template name and a file (or -)</source>
        <translation>erwartet: ein Arbeitsbereichspfad, ein Kanal, ein Vorlagenname und eine Datei (oder -)</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="168"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="178"/>
        <location filename="../app/cli/TemplateCommands.cpp" line="186"/>
        <source>%1; nothing was stored</source>
        <translation>%1; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="187"/>
        <source>saved %1/%2 as version %3
</source>
        <translation>%1/%2 als Version %3 gespeichert
</translation>
    </message>
</context>
<context>
    <name>facet::cli::TemplatesShowCommand</name>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="84"/>
        <source>Print the source of a channel&apos;s template: the version in use, or the one given with --version.</source>
        <translation>Den Quelltext der Vorlage eines Kanals ausgeben: die verwendete Version oder die mit --version angegebene.</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="90"/>
        <source>The workspace file.</source>
        <translation>Die Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="91"/>
        <source>The channel&apos;s code.</source>
        <translation>Der Code des Kanals.</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="92"/>
        <source>The template&apos;s name, e.g. body or subject.</source>
        <translation>Der Name der Vorlage, z. B. body oder subject.</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="94"/>
        <source>This version instead of the one in use (0: the built-in).</source>
        <translation>Diese Version statt der verwendeten (0: die integrierte).</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="94"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="101"/>
        <source>expected a workspace path, a channel and a template name</source>
        <translation>erwartet: ein Arbeitsbereichspfad, ein Kanal und ein Vorlagenname</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="107"/>
        <source>--version needs a whole number of 0 or more</source>
        <translation>--version erwartet eine ganze Zahl ab 0</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="122"/>
        <source>a %1 channel has no template “%2”; it has %3</source>
        <translation>ein Kanal vom Typ %1 hat keine Vorlage „%2“; er hat %3</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="134"/>
        <source>%1/%2 has no version %3; it has %4</source>
        <translation>%1/%2 hat keine Version %3; vorhanden: %4</translation>
    </message>
</context>
<context>
    <name>facet::cli::UsersAddCommand</name>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="27"/>
        <source>Add a user with roles. The new password comes from FACET_NEW_PASSWORD, the next line of standard input with --new-password-stdin, or a prompt. The first user of a workspace must be an admin.</source>
        <translation>Einen Benutzer mit Rollen hinzufügen. Das neue Passwort kommt aus FACET_NEW_PASSWORD, mit --new-password-stdin aus der nächsten Zeile der Standardeingabe oder aus einer Eingabeaufforderung. Der erste Benutzer eines Arbeitsbereichs muss ein Administrator sein.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="35"/>
        <source>The sign-in name.</source>
        <translation>Der Anmeldename.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="36"/>
        <source>A role code (repeat for several).</source>
        <translation>Ein Rollencode (für mehrere wiederholen).</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="36"/>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="37"/>
        <source>The name shown in the workbench.</source>
        <translation>Der in der Werkbank angezeigte Name.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="37"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="39"/>
        <source>Read the new password from standard input.</source>
        <translation>Das neue Passwort von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="47"/>
        <source>expected a workspace path and a user name</source>
        <translation>erwartet: ein Arbeitsbereichspfad und ein Benutzername</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="54"/>
        <source>New password for %1: </source>
        <translation>Neues Passwort für %1: </translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="56"/>
        <source>no password for the new user: set FACET_NEW_PASSWORD, use --new-password-stdin or run on a terminal</source>
        <translation>kein Passwort für den neuen Benutzer: setzen Sie FACET_NEW_PASSWORD, verwenden Sie --new-password-stdin oder führen Sie den Befehl in einem Terminal aus</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="65"/>
        <source>added %1 (%2)
</source>
        <translation>%1 hinzugefügt (%2)
</translation>
    </message>
</context>
<context>
    <name>facet::cli::UsersDisableCommand</name>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="138"/>
        <source>Disable a user: they can no longer sign in; their history stays.</source>
        <translation>Einen Benutzer deaktivieren: Er kann sich nicht mehr anmelden; sein Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="144"/>
        <source>The user.</source>
        <translation>Der Benutzer.</translation>
    </message>
</context>
<context>
    <name>facet::cli::UsersEnableCommand</name>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="158"/>
        <source>Enable a disabled user again.</source>
        <translation>Einen deaktivierten Benutzer wieder aktivieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="164"/>
        <source>The user.</source>
        <translation>Der Benutzer.</translation>
    </message>
</context>
<context>
    <name>facet::cli::UsersListCommand</name>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="73"/>
        <source>List the users: NAME, ROLES, DISABLED, DISPLAY NAME.</source>
        <translation>Die Benutzer auflisten: NAME, ROLLEN, DEAKTIVIERT, ANZEIGENAME.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="79"/>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="85"/>
        <source>expected a workspace path</source>
        <translation>erwartet: ein Arbeitsbereichspfad</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="104"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="104"/>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
</context>
<context>
    <name>facet::cli::UsersPasswdCommand</name>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="180"/>
        <source>Change a password: your own (signed in as yourself) or, as an admin, anyone&apos;s. The new password comes from FACET_NEW_PASSWORD, --new-password-stdin or a prompt.</source>
        <translation>Ein Passwort ändern: Ihr eigenes (als Sie selbst angemeldet) oder als Administrator das eines beliebigen Benutzers. Das neue Passwort kommt aus FACET_NEW_PASSWORD, --new-password-stdin oder einer Eingabeaufforderung.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="188"/>
        <source>Whose password (default: the signed-in user).</source>
        <translation>Wessen Passwort (Standard: der angemeldete Benutzer).</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="189"/>
        <source>[NAME]</source>
        <translation>[NAME]</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="191"/>
        <source>Read the new password from standard input.</source>
        <translation>Das neue Passwort von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="199"/>
        <source>expected a workspace path and optionally a user name</source>
        <translation>erwartet: ein Arbeitsbereichspfad und optional ein Benutzername</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="207"/>
        <source>New password for %1: </source>
        <translation>Neues Passwort für %1: </translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="210"/>
        <source>no new password: set FACET_NEW_PASSWORD, use --new-password-stdin or run on a terminal</source>
        <translation>kein neues Passwort: setzen Sie FACET_NEW_PASSWORD, verwenden Sie --new-password-stdin oder führen Sie den Befehl in einem Terminal aus</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="214"/>
        <source>changed the password of %1
</source>
        <translation>Passwort von %1 geändert
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/facet.cpp" line="36"/>
        <source>Facet product content workbench</source>
        <translation>Facet – Werkbank für Produktinhalte</translation>
    </message>
    <message>
        <location filename="../app/facet.cpp" line="40"/>
        <source>The workspace file to open.</source>
        <translation>Die zu öffnende Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location filename="../app/facet.cpp" line="43"/>
        <source>Open the demo workspace (at the given path, or the default one), building it if needed.</source>
        <translation>Den Demo-Arbeitsbereich öffnen (unter dem angegebenen oder dem Standardpfad) und bei Bedarf erstellen.</translation>
    </message>
    <message>
        <location filename="../app/facet.cpp" line="47"/>
        <source>Build the demo workspace again.</source>
        <translation>Den Demo-Arbeitsbereich neu erstellen.</translation>
    </message>
    <message>
        <location filename="../app/facet.cpp" line="50"/>
        <source>Write pictures of the main views to &lt;dir&gt;, then quit.</source>
        <translation>Bilder der Hauptansichten nach &lt;dir&gt; schreiben und dann beenden.</translation>
    </message>
</context>
</TS>
