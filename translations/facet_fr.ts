<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>facet</name>
    <message>
        <location filename="../models/channels/PostRules.cpp" line="38"/>
        <source>%1 characters, the channel allows %2.</source>
        <translation>%1 caractères, le canal en autorise %2.</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="38"/>
        <source>aps.alert must be a string or a dictionary</source>
        <translation>aps.alert doit être une chaîne ou un dictionnaire</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="49"/>
        <source>aps.alert.%1 must be a string</source>
        <translation>aps.alert.%1 doit être une chaîne</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="52"/>
        <source>aps.alert.%1 must be an array of strings</source>
        <translation>aps.alert.%1 doit être un tableau de chaînes</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="54"/>
        <source>aps.alert has an unknown key “%1”</source>
        <translation>aps.alert contient une clé inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="59"/>
        <source>aps.alert.%1 is empty</source>
        <translation>aps.alert.%1 est vide</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="71"/>
        <source>aps.badge must be a whole number of 0 or more</source>
        <translation>aps.badge doit être un nombre entier supérieur ou égal à 0</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="81"/>
        <source>aps.sound must be a string or {critical, name, volume 0…1}</source>
        <translation>aps.sound doit être une chaîne ou {critical, name, volume 0…1}</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="84"/>
        <source>aps.%1 must be a string</source>
        <translation>aps.%1 doit être une chaîne</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="87"/>
        <source>aps.%1 must be 1 when present</source>
        <translation>aps.%1 doit valoir 1 s’il est présent</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="92"/>
        <source>aps.interruption-level must be passive, active, time-sensitive or critical</source>
        <translation>aps.interruption-level doit valoir passive, active, time-sensitive ou critical</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="95"/>
        <source>aps.relevance-score must be a number from 0 to 1</source>
        <translation>aps.relevance-score doit être un nombre de 0 à 1</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="97"/>
        <source>aps has an unknown key “%1”</source>
        <translation>aps contient une clé inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="66"/>
        <source>The document is not an RSS 2.0 feed.</source>
        <translation>Le document n’est pas un flux RSS 2.0.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="99"/>
        <source>The feed is not well-formed XML: %1 (line %2, column %3).</source>
        <translation>Le flux n’est pas du XML bien formé&#xa0;: %1 (ligne %2, colonne %3).</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="109"/>
        <source>The feed does not declare the namespace %1 on &lt;rss&gt;.</source>
        <translation>Le flux ne déclare pas l’espace de noms %1 sur &lt;rss&gt;.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="112"/>
        <source>The feed&apos;s &lt;channel&gt; needs a title, a link and a description.</source>
        <translation>L’élément &lt;channel&gt; du flux doit avoir un titre, un lien et une description.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="183"/>
        <source>An item may have at most 10 GTINs.</source>
        <translation>Un article peut avoir au plus 10 GTIN.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="189"/>
        <source>A GTIN has 8, 12, 13 or 14 digits.</source>
        <translation>Un GTIN comporte 8, 12, 13 ou 14 chiffres.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="193"/>
        <source>The GTIN&apos;s check digit is wrong; it should be %1.</source>
        <translation>Le chiffre de contrôle du GTIN est faux&#xa0;; il devrait être %1.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="199"/>
        <source>GTINs starting with %1 are for restricted circulation or coupons; Merchant Center rejects them.</source>
        <translation>Les GTIN commençant par %1 sont réservés à la diffusion restreinte ou aux coupons&#xa0;; Merchant Center les refuse.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="213"/>
        <source>The item has no g:id.</source>
        <translation>L’article n’a pas de g:id.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="216"/>
        <source>The id must be 1 to 50 ASCII letters, digits, “_” or “-”.</source>
        <translation>L’id doit comporter de 1 à 50 lettres ASCII, chiffres, «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="227"/>
        <source>The item has no price.</source>
        <translation>L’article n’a pas de prix.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="231"/>
        <source>The price must be a number with “.” and at most two decimals, a space and an ISO 4217 code, e.g. “15.00 EUR”.</source>
        <translation>Le prix doit être un nombre avec «&#xa0;.&#xa0;» et au plus deux décimales, suivi d’une espace et d’un code ISO 4217, par exemple «&#xa0;15.00 EUR&#xa0;».</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="235"/>
        <source>The price must be above zero.</source>
        <translation>Le prix doit être supérieur à zéro.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="241"/>
        <source>The availability must be in_stock, out_of_stock, preorder or backorder.</source>
        <translation>L’availability doit valoir in_stock, out_of_stock, preorder ou backorder.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="246"/>
        <source>A preorder or backorder item needs an availability_date.</source>
        <translation>Un article en preorder ou backorder doit avoir une availability_date.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="249"/>
        <source>The availability_date must be an ISO 8601 date.</source>
        <translation>L’availability_date doit être une date ISO 8601.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="257"/>
        <source>The item has no brand; Merchant Center requires it for every branded product.</source>
        <translation>L’article n’a pas de marque (brand)&#xa0;; Merchant Center l’exige pour tout produit de marque.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="259"/>
        <source>The brand must be 1 to 70 characters long.</source>
        <translation>La marque doit comporter de 1 à 70 caractères.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="265"/>
        <source>“%1” is not a brand; leave the brand out and set identifier_exists to no.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une marque&#xa0;; omettez la marque et définissez identifier_exists sur no.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="272"/>
        <source>The condition must be new, refurbished or used.</source>
        <translation>La condition doit valoir new, refurbished ou used.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="277"/>
        <source>The mpn must be 1 to 70 characters long.</source>
        <translation>Le mpn doit comporter de 1 à 70 caractères.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="282"/>
        <source>The item needs a gtin or an mpn, or identifier_exists set to no.</source>
        <translation>L’article doit avoir un gtin ou un mpn, ou identifier_exists défini sur no.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="285"/>
        <source>identifier_exists is no although the item has a gtin or an mpn.</source>
        <translation>identifier_exists vaut no alors que l’article a un gtin ou un mpn.</translation>
    </message>
    <message>
        <location filename="../models/channels/EmlWriter.cpp" line="82"/>
        <source>“%1” is not a mail address that can be sent to</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse e-mail à laquelle on peut envoyer un message</translation>
    </message>
    <message>
        <location filename="../models/channels/MerchantFeed.cpp" line="38"/>
        <source>&lt;%1&gt; where an &lt;item&gt; was expected</source>
        <translation>&lt;%1&gt; là où un &lt;item&gt; était attendu</translation>
    </message>
    <message>
        <location filename="../models/channels/MerchantFeed.cpp" line="51"/>
        <source>text outside an &lt;item&gt;: “%1”</source>
        <translation>texte en dehors d’un &lt;item&gt;&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/channels/MerchantFeed.cpp" line="61"/>
        <source>%1 at line %2, column %3</source>
        <translation>%1 à la ligne %2, colonne %3</translation>
    </message>
    <message>
        <location filename="../models/channels/PrintRules.cpp" line="40"/>
        <source>no startxref</source>
        <translation>pas de startxref</translation>
    </message>
    <message>
        <location filename="../models/channels/PrintRules.cpp" line="47"/>
        <source>startxref does not point at an xref table</source>
        <translation>startxref ne pointe pas vers une table xref</translation>
    </message>
    <message>
        <location filename="../models/channels/PrintRules.cpp" line="52"/>
        <source>no trailer</source>
        <translation>pas de trailer</translation>
    </message>
    <message>
        <location filename="../models/channels/PrintRules.cpp" line="67"/>
        <source>an xref entry points outside the file</source>
        <translation>une entrée xref pointe en dehors du fichier</translation>
    </message>
    <message>
        <location filename="../models/rendering/ChannelChecks.cpp" line="203"/>
        <source>The .eml message cannot be written: %1</source>
        <translation>Impossible d’écrire le message .eml&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/rendering/ChannelChecks.cpp" line="218"/>
        <source>The PDF cannot be written in this process: it has no font access.</source>
        <translation>Impossible d’écrire le PDF dans ce processus&#xa0;: il n’a pas accès aux polices.</translation>
    </message>
    <message>
        <location filename="../models/rendering/ChannelChecks.cpp" line="228"/>
        <source>The PDF cannot be written: %1</source>
        <translation>Impossible d’écrire le PDF&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/rendering/TemplateEngine.cpp" line="34"/>
        <source>template %1: %2</source>
        <translation>modèle %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/rendering/TemplateEngine.cpp" line="38"/>
        <source>template %1, line %2: %3</source>
        <translation>modèle %1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../models/assets/AssetSniffer.cpp" line="42"/>
        <source>the PNG file is truncated (it does not end with its IEND chunk)</source>
        <translation>le fichier PNG est tronqué (il ne se termine pas par son bloc IEND)</translation>
    </message>
    <message>
        <location filename="../models/assets/AssetSniffer.cpp" line="47"/>
        <source>the JPEG file is truncated (it has no end-of-image marker)</source>
        <translation>le fichier JPEG est tronqué (il n’a pas de marqueur de fin d’image)</translation>
    </message>
    <message>
        <location filename="../models/assets/AssetSniffer.cpp" line="51"/>
        <source>the WebP file is truncated (%1 bytes of %2)</source>
        <translation>le fichier WebP est tronqué (%1 octets sur %2)</translation>
    </message>
    <message>
        <location filename="../models/assets/AssetSniffer.cpp" line="56"/>
        <source>the PDF file is truncated (it has no %%EOF marker)</source>
        <translation>le fichier PDF est tronqué (il n’a pas de marqueur %%EOF)</translation>
    </message>
    <message>
        <location filename="../models/publishing/PublisherPlanning.cpp" line="56"/>
        <source>The record is incomplete for this channel in %1: %2 missing.</source>
        <translation>La fiche est incomplète pour ce canal en %1. Il manque&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../models/publishing/PublisherPlanning.cpp" line="69"/>
        <source>The asset %1 expired on %2; channels may no longer use it.</source>
        <translation>La ressource %1 a expiré le %2&#xa0;; les canaux ne peuvent plus l’utiliser.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderLayout.cpp" line="51"/>
        <source>The %1 rendering of %2 (%3) has no “%4” part.</source>
        <translation>Le rendu %1 de %2 (%3) n’a pas de partie «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderLayout.cpp" line="64"/>
        <source>The “%1” part of %2 (%3) is not a JSON object: %4</source>
        <translation>La partie «&#xa0;%1&#xa0;» de %2 (%3) n’est pas un objet JSON&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>facet::AccessStore</name>
    <message>
        <location filename="../models/storage/AccessStore.cpp" line="96"/>
        <source>cannot add user “%1”: %2</source>
        <translation>impossible d’ajouter l’utilisateur «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/AccessStore.cpp" line="138"/>
        <source>cannot give “%1” the role “%2”: %3</source>
        <translation>impossible d’attribuer le rôle «&#xa0;%2&#xa0;» à «&#xa0;%1&#xa0;»&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>facet::AkeneoColumn</name>
    <message>
        <location filename="../models/exchange/AkeneoColumn.cpp" line="62"/>
        <source>the column has no name</source>
        <translation>la colonne n’a pas de nom</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoColumn.cpp" line="90"/>
        <source>“%1” is not an attribute code (letters, digits and “_”)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code d’attribut (lettres, chiffres et «&#xa0;_&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoColumn.cpp" line="100"/>
        <source>too many parts: expected code, code-&lt;locale&gt;, code-&lt;channel&gt; or code-&lt;locale&gt;-&lt;channel&gt;</source>
        <translation>trop de parties&#xa0;: attendu code, code-&lt;locale&gt;, code-&lt;channel&gt; ou code-&lt;locale&gt;-&lt;channel&gt;</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoColumn.cpp" line="105"/>
        <source>an empty part between “-”</source>
        <translation>une partie vide entre des «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoColumn.cpp" line="112"/>
        <source>“%1” is not a locale in Akeneo&apos;s format, such as en_US or de_DE</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une langue au format Akeneo, comme en_US ou de_DE</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoColumn.cpp" line="116"/>
        <source>“%1” is neither a locale (en_US) nor a channel code</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni une langue (en_US) ni un code de canal</translation>
    </message>
</context>
<context>
    <name>facet::AkeneoExporter</name>
    <message>
        <location filename="../models/exchange/AkeneoExporter.cpp" line="77"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoExporter.cpp" line="83"/>
        <location filename="../models/exchange/AkeneoExporter.cpp" line="232"/>
        <location filename="../models/exchange/AkeneoExporter.cpp" line="285"/>
        <location filename="../models/exchange/AkeneoExporter.cpp" line="302"/>
        <location filename="../models/exchange/AkeneoExporter.cpp" line="310"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoExporter.cpp" line="305"/>
        <source>cancelled; the export in %1 is incomplete</source>
        <translation>annulé&#xa0;; l’export dans %1 est incomplet</translation>
    </message>
</context>
<context>
    <name>facet::AkeneoImporter</name>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="163"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="179"/>
        <source>no product file among the files given (structure files alone cannot be imported yet)</source>
        <translation>aucun fichier de produits parmi les fichiers indiqués (les fichiers de structure seuls ne peuvent pas encore être importés)</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="205"/>
        <source>no product file can be read:
%1</source>
        <translation>aucun fichier de produits ne peut être lu&#xa0;:
%1</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="233"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="237"/>
        <source>the header is not valid UTF-8; save the file as UTF-8</source>
        <translation>l’en-tête n’est pas en UTF-8 valide&#xa0;; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="245"/>
        <source>the fields are separated by “%1”; Akeneo files use “;”</source>
        <translation>les champs sont séparés par «&#xa0;%1&#xa0;»&#xa0;; les fichiers Akeneo utilisent «&#xa0;;&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="268"/>
        <source>the column appears twice; only the first is read</source>
        <translation>la colonne apparaît deux fois&#xa0;; seule la première est lue</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="282"/>
        <source>a unit column without the column “%1” it belongs to</source>
        <translation>une colonne d’unité sans la colonne «&#xa0;%1&#xa0;» à laquelle elle se rapporte</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="290"/>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="632"/>
        <source>column skipped: %1</source>
        <translation>colonne ignorée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="295"/>
        <source>column not imported: Facet has no product associations (%1 with %2)</source>
        <translation>colonne non importée&#xa0;: Facet ne gère pas les associations de produits (%1 avec %2)</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="301"/>
        <source>column not imported: Facet has no product groups</source>
        <translation>colonne non importée&#xa0;: Facet ne gère pas les groupes de produits</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="306"/>
        <source>column not imported: Facet has no product models; each row is imported as a product of its own</source>
        <translation>colonne non importée&#xa0;: Facet ne gère pas les modèles de produits&#xa0;; chaque ligne est importée comme un produit distinct</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="312"/>
        <source>column not imported: channels receive a product through its workflow stage, not an enabled flag</source>
        <translation>colonne non importée&#xa0;: les canaux reçoivent un produit selon son étape de workflow, et non selon un indicateur enabled</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="349"/>
        <source>the file has no identifier column “%1”</source>
        <translation>le fichier n’a pas de colonne d’identifiant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="428"/>
        <source>locale %1, from the column headers</source>
        <translation>langue %1, d’après les en-têtes de colonnes</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="441"/>
        <source>channel %1 (kind %2, locales %3), from the column headers</source>
        <translation>canal %1 (type %2, langues %3), d’après les en-têtes de colonnes</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="464"/>
        <source>attribute %1: identifier, from the first column</source>
        <translation>attribut %1&#xa0;: identifiant, d’après la première colonne</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="488"/>
        <source>it has a unit column</source>
        <translation>il a une colonne d’unité</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="491"/>
        <source>it has a column per currency</source>
        <translation>il a une colonne par devise</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="494"/>
        <source>every value is a price such as “19.99 EUR”</source>
        <translation>chaque valeur est un prix, comme «&#xa0;19.99 EUR&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="497"/>
        <source>every value is 1 or 0</source>
        <translation>chaque valeur vaut 1 ou 0</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="500"/>
        <source>every value is a number</source>
        <translation>chaque valeur est un nombre</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="503"/>
        <source>every value is a date YYYY-MM-DD</source>
        <translation>chaque valeur est une date AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="506"/>
        <source>every value is an image or document file</source>
        <translation>chaque valeur est un fichier image ou document</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="509"/>
        <source>values hold HTML or line breaks</source>
        <translation>les valeurs contiennent du HTML ou des sauts de ligne</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="512"/>
        <source>values are comma-separated codes</source>
        <translation>les valeurs sont des codes séparés par des virgules</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="515"/>
        <source>values are a few codes</source>
        <translation>les valeurs sont quelques codes</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="518"/>
        <source>values are text</source>
        <translation>les valeurs sont du texte</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="518"/>
        <source>no values, so text</source>
        <translation>il n’y a aucune valeur, donc du texte</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="532"/>
        <source>localizable</source>
        <translation>localisable</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="534"/>
        <source>scopable</source>
        <translation>par canal</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="535"/>
        <source>attribute %1: %2%3, because %4</source>
        <translation>attribut %1&#xa0;: %2%3, car %4</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="548"/>
        <source>options of %1: %2, from the values</source>
        <translation>options de %1&#xa0;: %2, d’après les valeurs</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="577"/>
        <source>family default, for products without a family (%1 attributes)</source>
        <translation>famille default, pour les produits sans famille (%1 attributs)</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="579"/>
        <source>family %1 with the %2 attributes its products use</source>
        <translation>famille %1 avec les %2 attributs qu’utilisent ses produits</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="592"/>
        <source>categories %1 as roots of the tree, from the categories column</source>
        <translation>catégories %1 comme racines de l’arborescence, d’après la colonne categories</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="606"/>
        <source>unknown attribute “%1”</source>
        <translation>attribut «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="608"/>
        <source>“%1” is the identifier; only its own column holds it</source>
        <translation>«&#xa0;%1&#xa0;» est l’identifiant&#xa0;; seule sa propre colonne le contient</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="610"/>
        <source>attribute “%1” is not localizable</source>
        <translation>l’attribut «&#xa0;%1&#xa0;» n’est pas localisable</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="612"/>
        <source>attribute “%1” is localizable: the column needs a locale, e.g. %1-%2</source>
        <translation>l’attribut «&#xa0;%1&#xa0;» est localisable&#xa0;: la colonne nécessite une langue, par exemple %1-%2</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="615"/>
        <source>attribute “%1” has no per-channel values</source>
        <translation>l’attribut «&#xa0;%1&#xa0;» n’a pas de valeurs par canal</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="617"/>
        <source>unknown channel “%1”</source>
        <translation>canal «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="620"/>
        <source>channel “%1” does not publish in %2</source>
        <translation>le canal «&#xa0;%1&#xa0;» ne publie pas en %2</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="622"/>
        <source>a unit column, but “%1” is not a metric</source>
        <translation>une colonne d’unité, mais «&#xa0;%1&#xa0;» n’est pas une mesure</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="624"/>
        <source>a currency column, but “%1” is not a price</source>
        <translation>une colonne de devise, mais «&#xa0;%1&#xa0;» n’est pas un prix</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="664"/>
        <source>media paths must be relative to the import folder %1</source>
        <translation>les chemins des médias doivent être relatifs au dossier d’import %1</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="669"/>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="683"/>
        <source>the media path leads outside the import folder %1</source>
        <translation>le chemin du média sort du dossier d’import %1</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="679"/>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="835"/>
        <source>no such file in the import folder</source>
        <translation>aucun fichier de ce nom dans le dossier d’import</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="688"/>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="809"/>
        <source>markup dropped: %1</source>
        <translation>balisage supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="921"/>
        <source>the row has no identifier</source>
        <translation>la ligne n’a pas d’identifiant</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="930"/>
        <source>duplicate identifier: “%1” is already on line %2</source>
        <translation>identifiant en double&#xa0;: «&#xa0;%1&#xa0;» figure déjà à la ligne %2</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="1076"/>
        <source>the row is not valid UTF-8 (is the file saved as UTF-8?); it was rejected</source>
        <translation>la ligne n’est pas en UTF-8 valide (le fichier est-il enregistré en UTF-8&#xa0;?)&#xa0;; elle a été rejetée</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="1084"/>
        <source>the row has %1 fields, the header %2; it was rejected</source>
        <translation>la ligne a %1 champs, l’en-tête %2&#xa0;; elle a été rejetée</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoImporter.cpp" line="1098"/>
        <source>; the rows after it were not read</source>
        <translation>&#xa0;; les lignes suivantes n’ont pas été lues</translation>
    </message>
</context>
<context>
    <name>facet::AkeneoStructure</name>
    <message>
        <location filename="../models/exchange/AkeneoStructure.cpp" line="107"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoStructure.cpp" line="111"/>
        <source>the header is not valid UTF-8; save the file as UTF-8</source>
        <translation>l’en-tête n’est pas en UTF-8 valide&#xa0;; enregistrez le fichier en UTF-8</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoStructure.cpp" line="120"/>
        <source>the fields are separated by “%1”; Akeneo files use “;”</source>
        <translation>les champs sont séparés par «&#xa0;%1&#xa0;»&#xa0;; les fichiers Akeneo utilisent «&#xa0;;&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoStructure.cpp" line="128"/>
        <source>the row is not valid UTF-8; it was skipped</source>
        <translation>la ligne n’est pas en UTF-8 valide&#xa0;; elle a été ignorée</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoStructure.cpp" line="135"/>
        <source>the row has %1 fields, the header %2; it was skipped</source>
        <translation>la ligne a %1 champs, l’en-tête %2&#xa0;; elle a été ignorée</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoStructure.cpp" line="237"/>
        <source>the column “%1” is missing; the file was skipped</source>
        <translation>la colonne «&#xa0;%1&#xa0;» est absente&#xa0;; le fichier a été ignoré</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoStructure.cpp" line="250"/>
        <source>the row has no code</source>
        <translation>la ligne n’a pas de code</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoStructure.cpp" line="256"/>
        <location filename="../models/exchange/AkeneoStructure.cpp" line="285"/>
        <source>“%1” is not a locale in Akeneo&apos;s format, such as en_US</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une langue au format Akeneo, comme en_US</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoStructure.cpp" line="277"/>
        <source>channel %1: kind %2, from its code</source>
        <translation>canal %1&#xa0;: type %2, d’après son code</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoStructure.cpp" line="319"/>
        <source>the attribute type “%1” is not supported; the attribute and its columns are skipped</source>
        <translation>le type d’attribut «&#xa0;%1&#xa0;» n’est pas pris en charge&#xa0;; l’attribut et ses colonnes sont ignorés</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoStructure.cpp" line="364"/>
        <source>“%1” is not a select attribute</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un attribut de sélection</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoStructure.cpp" line="381"/>
        <source>family “%1” names the unknown attribute “%2”; it is left out</source>
        <translation>la famille «&#xa0;%1&#xa0;» fait référence à l’attribut inconnu «&#xa0;%2&#xa0;»&#xa0;; il est omis</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoStructure.cpp" line="401"/>
        <source>requirements for the unknown channel “%1” are left out</source>
        <translation>les exigences pour le canal inconnu «&#xa0;%1&#xa0;» sont omises</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoStructure.cpp" line="420"/>
        <source>family “%1” gains the attributes or requirements the file adds</source>
        <translation>la famille «&#xa0;%1&#xa0;» reçoit les attributs ou exigences ajoutés par le fichier</translation>
    </message>
    <message>
        <location filename="../models/exchange/AkeneoStructure.cpp" line="449"/>
        <source>category “%1” names the unknown parent “%2”; it becomes a root</source>
        <translation>la catégorie «&#xa0;%1&#xa0;» fait référence à la catégorie parente inconnue «&#xa0;%2&#xa0;»&#xa0;; elle devient une racine</translation>
    </message>
</context>
<context>
    <name>facet::AssetBrowser</name>
    <message>
        <location filename="../ui/assets/AssetBrowser.cpp" line="41"/>
        <source>Search titles, tags, file names…</source>
        <translation>Rechercher dans les titres, étiquettes, noms de fichiers…</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetBrowser.cpp" line="48"/>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetBrowser.cpp" line="68"/>
        <source>Drop JPEG, PNG, WebP, SVG or PDF files here to add them; drag a picture onto a record&apos;s asset field to use it.</source>
        <translation>Déposez ici des fichiers JPEG, PNG, WebP, SVG ou PDF pour les ajouter&#xa0;; faites glisser une image sur le champ de ressource d’une fiche pour l’utiliser.</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetBrowser.cpp" line="133"/>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetBrowser.cpp" line="193"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetBrowser.cpp" line="202"/>
        <source>= %1 is already in the library (deduplicated)</source>
        <translation>= %1 est déjà dans la bibliothèque (dédoublonné)</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetBrowser.cpp" line="203"/>
        <source>✓ %1 added</source>
        <translation>✓ %1 ajouté</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetBrowser.cpp" line="217"/>
        <source>Add to the asset library</source>
        <translation>Ajouter à la bibliothèque de ressources</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetBrowser.cpp" line="218"/>
        <source>Assets (*.jpg *.jpeg *.png *.webp *.svg *.pdf);;All files (*)</source>
        <translation>Ressources (*.jpg *.jpeg *.png *.webp *.svg *.pdf);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>facet::AssetListModel</name>
    <message>
        <location filename="../models/itemmodels/AssetListModel.cpp" line="119"/>
        <source>Expired on %1: channels may no longer use it.</source>
        <translation>Expirée le %1&#xa0;: les canaux ne peuvent plus l’utiliser.</translation>
    </message>
</context>
<context>
    <name>facet::AssetMetadataEditor</name>
    <message>
        <location filename="../ui/assets/AssetMetadataEditor.cpp" line="29"/>
        <source>Expires after</source>
        <translation>Valable jusqu’au</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetMetadataEditor.cpp" line="33"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetMetadataEditor.cpp" line="44"/>
        <source>Locale</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetMetadataEditor.cpp" line="44"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetMetadataEditor.cpp" line="44"/>
        <source>Alt text</source>
        <translation>Texte alternatif</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetMetadataEditor.cpp" line="50"/>
        <source>© year, rights holder</source>
        <translation>© année, titulaire des droits</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetMetadataEditor.cpp" line="58"/>
        <source>tags, separated by commas</source>
        <translation>étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetMetadataEditor.cpp" line="66"/>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetMetadataEditor.cpp" line="67"/>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetMetadataEditor.cpp" line="69"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetMetadataEditor.cpp" line="76"/>
        <source>Used by</source>
        <translation>Utilisée par</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetMetadataEditor.cpp" line="104"/>
        <source>Select an asset to see its details.</source>
        <translation>Sélectionnez une ressource pour afficher ses détails.</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetMetadataEditor.cpp" line="150"/>
        <source>No record uses this asset.</source>
        <translation>Aucune fiche n’utilise cette ressource.</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetMetadataEditor.cpp" line="168"/>
        <source>Expired on %1: channels may no longer use it, and renderings that do report an error.</source>
        <translation>Expirée le %1&#xa0;: les canaux ne peuvent plus l’utiliser, et les rendus qui l’utilisent quand même signalent une erreur.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/assets/AssetMetadataEditor.cpp" line="172"/>
        <source>Expires in %n day(s).</source>
        <translation>
            <numerusform>Expire dans %n jour.</numerusform>
            <numerusform>Expire dans %n jours.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>facet::AssetSniffer</name>
    <message>
        <location filename="../models/assets/AssetSniffer.cpp" line="136"/>
        <source>%1 was refused: %2</source>
        <translation>%1 a été refusé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/assets/AssetSniffer.cpp" line="142"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../models/assets/AssetSniffer.cpp" line="144"/>
        <source>the file has %1, more than the library&apos;s limit of %2</source>
        <translation>le fichier fait %1, soit plus que la limite de la bibliothèque de %2</translation>
    </message>
    <message>
        <location filename="../models/assets/AssetSniffer.cpp" line="152"/>
        <source>the library accepts JPEG, PNG, WebP, SVG and PDF files, and “.%1” is none of them</source>
        <translation>la bibliothèque accepte les fichiers JPEG, PNG, WebP, SVG et PDF, et «&#xa0;.%1&#xa0;» n’en fait pas partie</translation>
    </message>
    <message>
        <location filename="../models/assets/AssetSniffer.cpp" line="154"/>
        <source>the library accepts JPEG, PNG, WebP, SVG and PDF files, and %1 is none of them</source>
        <translation>la bibliothèque accepte les fichiers JPEG, PNG, WebP, SVG et PDF, et %1 n’en fait pas partie</translation>
    </message>
    <message>
        <location filename="../models/assets/AssetSniffer.cpp" line="158"/>
        <source>its name says %1, but its content is not a JPEG, PNG, WebP, SVG or PDF file</source>
        <translation>son nom indique %1, mais son contenu n’est pas un fichier JPEG, PNG, WebP, SVG ou PDF</translation>
    </message>
    <message>
        <location filename="../models/assets/AssetSniffer.cpp" line="162"/>
        <source>its name says %1, but its content is %2</source>
        <translation>son nom indique %1, mais son contenu est %2</translation>
    </message>
    <message>
        <location filename="../models/assets/AssetSniffer.cpp" line="173"/>
        <source>the SVG cannot be drawn</source>
        <translation>le SVG ne peut pas être dessiné</translation>
    </message>
    <message>
        <location filename="../models/assets/AssetSniffer.cpp" line="187"/>
        <source>its %1 header is damaged: %2</source>
        <translation>son en-tête %1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/assets/AssetSniffer.cpp" line="190"/>
        <source>its header claims %1 × %2 pixels (%3 megapixels); the library decodes at most %4 megapixels, so this is treated as a decompression bomb</source>
        <translation>son en-tête annonce %1 × %2 pixels (%3 mégapixels)&#xa0;; la bibliothèque décode au plus %4 mégapixels, il est donc traité comme une bombe de décompression</translation>
    </message>
    <message>
        <location filename="../models/assets/AssetSniffer.cpp" line="199"/>
        <source>the %1 data cannot be decoded: %2</source>
        <translation>les données %1 ne peuvent pas être décodées&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>facet::AssetStore</name>
    <message>
        <location filename="../models/assets/AssetStore.cpp" line="100"/>
        <source>cannot store %1: %2</source>
        <translation>impossible d’enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/assets/AssetStore.cpp" line="115"/>
        <source>there is no asset %1</source>
        <translation>il n’existe aucune ressource %1</translation>
    </message>
    <message>
        <location filename="../models/assets/AssetStore.cpp" line="285"/>
        <source>cannot cache the rendition: %1</source>
        <translation>impossible de mettre en cache la déclinaison&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>facet::AssetThumbnailDelegate</name>
    <message>
        <location filename="../ui/assets/AssetThumbnailDelegate.cpp" line="19"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <location filename="../ui/assets/AssetThumbnailDelegate.cpp" line="19"/>
        <source>Expires soon</source>
        <translation>Expire bientôt</translation>
    </message>
</context>
<context>
    <name>facet::AssetValueEditor</name>
    <message>
        <location filename="../ui/editor/AssetValueEditor.cpp" line="62"/>
        <source>⚠ expired on %1</source>
        <translation>⚠ expirée le %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/AssetValueEditor.cpp" line="63"/>
        <source>Channels may no longer use this asset: their renderings report an error. Choose another asset or extend its expiry date in the asset library.</source>
        <translation>Les canaux ne peuvent plus utiliser cette ressource&#xa0;: leurs rendus signalent une erreur. Choisissez une autre ressource ou prolongez sa date d’expiration dans la bibliothèque de ressources.</translation>
    </message>
    <message>
        <location filename="../ui/editor/AssetValueEditor.cpp" line="68"/>
        <source>expires on %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/AssetValueEditor.cpp" line="76"/>
        <source>no asset</source>
        <translation>aucune ressource</translation>
    </message>
    <message>
        <location filename="../ui/editor/AssetValueEditor.cpp" line="81"/>
        <source>no asset with this id</source>
        <translation>aucune ressource avec cet identifiant</translation>
    </message>
</context>
<context>
    <name>facet::Attribute</name>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="113"/>
        <source>“%1” is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="121"/>
        <source>“%1” is not an amount with a unit such as “1.5 KILOGRAM”</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une quantité avec unité, comme «&#xa0;1.5 KILOGRAM&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="130"/>
        <source>“%1” is not a price such as “19.99 EUR”</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un prix, comme «&#xa0;19.99 EUR&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="141"/>
        <source>“%1” is not a yes/no value (1 or 0)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une valeur oui/non (1 ou 0)</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="145"/>
        <location filename="../models/catalog/Attribute.cpp" line="294"/>
        <source>“%1” is not a date in the form YYYY-MM-DD</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="160"/>
        <source>“%1” is not an asset id</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de ressource</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="164"/>
        <source>unsupported attribute type</source>
        <translation>type d’attribut non pris en charge</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="224"/>
        <source>expected %1</source>
        <translation>valeur attendue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="231"/>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="239"/>
        <source>%1 characters, at most %2 allowed</source>
        <translation>%1 caractères, maximum autorisé&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="243"/>
        <source>markup “%1” is not allowed in rich text</source>
        <translation>le balisage «&#xa0;%1&#xa0;» n’est pas autorisé dans le texte enrichi</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="249"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="252"/>
        <source>%1 has decimals, only whole numbers are allowed</source>
        <translation>%1 comporte des décimales, seuls les nombres entiers sont autorisés</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="254"/>
        <location filename="../models/catalog/Attribute.cpp" line="268"/>
        <source>%1 is below the minimum %2</source>
        <translation>%1 est inférieur au minimum de %2</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="256"/>
        <location filename="../models/catalog/Attribute.cpp" line="270"/>
        <source>%1 is above the maximum %2</source>
        <translation>%1 est supérieur au maximum de %2</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="262"/>
        <source>an amount with a unit</source>
        <translation>une quantité avec unité</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="265"/>
        <source>unit “%1” is not one of %2</source>
        <translation>l’unité «&#xa0;%1&#xa0;» n’est pas admise (unités admises&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="275"/>
        <source>prices per currency</source>
        <translation>des prix par devise</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="280"/>
        <source>currency “%1” is not accepted</source>
        <translation>la devise «&#xa0;%1&#xa0;» n’est pas acceptée</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="283"/>
        <source>“%1” is not an amount such as 19.99</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un montant, comme 19.99</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="286"/>
        <source>price %1 %2 is negative</source>
        <translation>le prix %1 %2 est négatif</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="291"/>
        <source>yes or no</source>
        <translation>oui ou non</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="298"/>
        <source>an option code</source>
        <translation>un code d’option</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="300"/>
        <location filename="../models/catalog/Attribute.cpp" line="307"/>
        <source>“%1” is not an option of %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une option de %2</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="304"/>
        <source>a list of option codes</source>
        <translation>une liste de codes d’option</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="311"/>
        <source>an asset id</source>
        <translation>un identifiant de ressource</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="314"/>
        <source>“%1” is not a GTIN-8/12/13/14 with a valid check digit</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un GTIN-8/12/13/14 avec une clé de contrôle valide</translation>
    </message>
</context>
<context>
    <name>facet::AuditChain</name>
    <message>
        <location filename="../models/audit/AuditChain.cpp" line="57"/>
        <source>entry %1 is missing: the log goes from %2 to %3</source>
        <translation>l’entrée %1 est manquante&#xa0;: le journal passe de %2 à %3</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditChain.cpp" line="62"/>
        <source>entry %1 is out of order after entry %2</source>
        <translation>l’entrée %1 est dans le désordre après l’entrée %2</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditChain.cpp" line="67"/>
        <source>entry %1 does not follow entry %2: its previous hash differs</source>
        <translation>l’entrée %1 ne fait pas suite à l’entrée %2&#xa0;: son empreinte précédente diffère</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditChain.cpp" line="70"/>
        <source>entry %1 was changed: its content does not match its hash</source>
        <translation>l’entrée %1 a été modifiée&#xa0;: son contenu ne correspond pas à son empreinte</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditChain.cpp" line="80"/>
        <source>entries %1 to %2 are missing from the end of the log</source>
        <translation>les entrées %1 à %2 manquent à la fin du journal</translation>
    </message>
    <message>
        <location filename="../models/audit/AuditChain.cpp" line="83"/>
        <source>the log&apos;s last entry %1 is not the one the workspace recorded</source>
        <translation>la dernière entrée %1 du journal n’est pas celle que l’espace de travail a enregistrée</translation>
    </message>
</context>
<context>
    <name>facet::AuditLogWindow</name>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="60"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="60"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="92"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="94"/>
        <source>until</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="98"/>
        <source>&amp;Verify Chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="103"/>
        <source>Audit Log</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="110"/>
        <source>any user</source>
        <translation>tout utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="115"/>
        <source>any record or object</source>
        <translation>toute fiche ou tout objet</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="118"/>
        <source>any kind</source>
        <translation>tout type</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="133"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="133"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="133"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="133"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="133"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="133"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="144"/>
        <source>Recompute the hash chain over the whole log: a changed, removed or reordered entry is found and named</source>
        <translation>Recalculer la chaîne d’empreintes sur l’ensemble du journal&#xa0;: une entrée modifiée, supprimée ou déplacée est détectée et indiquée</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="148"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="150"/>
        <source>Save the entries shown as CSV or JSON</source>
        <translation>Enregistrer les entrées affichées au format CSV ou JSON</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="151"/>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="156"/>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="158"/>
        <source>Record:</source>
        <translation>Fiche&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="160"/>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="248"/>
        <source>The newest %L1 entries; narrow the filter to see older ones</source>
        <translation>Les %L1 entrées les plus récentes&#xa0;; affinez le filtre pour voir les plus anciennes</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/AuditLogWindow.cpp" line="249"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="281"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="290"/>
        <source>Export Audit Log</source>
        <translation>Exporter le journal d’audit</translation>
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
            <numerusform>%n entrée exportée vers %1.</numerusform>
            <numerusform>%n entrées exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/AuditLogWindow.cpp" line="309"/>
        <source>Checking the chain…</source>
        <translation>Vérification de la chaîne…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/AuditLogWindow.cpp" line="327"/>
        <source>✔ The chain is intact: %Ln entries checked.</source>
        <translation>
            <numerusform>✔ La chaîne est intacte&#xa0;: %Ln entrée vérifiée.</numerusform>
            <numerusform>✔ La chaîne est intacte&#xa0;: %Ln entrées vérifiées.</numerusform>
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
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../ui/editor/BooleanValueEditor.cpp" line="18"/>
        <source>Remove the value: neither yes nor no</source>
        <translation>Supprimer la valeur&#xa0;: ni oui ni non</translation>
    </message>
    <message>
        <location filename="../ui/editor/BooleanValueEditor.cpp" line="38"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../ui/editor/BooleanValueEditor.cpp" line="38"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../ui/editor/BooleanValueEditor.cpp" line="38"/>
        <source>Not set</source>
        <translation>Non renseigné</translation>
    </message>
</context>
<context>
    <name>facet::Catalog</name>
    <message>
        <location filename="../models/catalog/Catalog.cpp" line="69"/>
        <source>unknown attribute “%1”</source>
        <translation>attribut «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <location filename="../models/catalog/Catalog.cpp" line="78"/>
        <source>“%1” in “%2” is neither a locale nor a channel of this workspace</source>
        <translation>«&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;» n’est ni une langue ni un canal de cet espace de travail</translation>
    </message>
    <message>
        <location filename="../models/catalog/Catalog.cpp" line="84"/>
        <source>attribute “%1” is not localizable</source>
        <translation>l’attribut «&#xa0;%1&#xa0;» n’est pas localisable</translation>
    </message>
    <message>
        <location filename="../models/catalog/Catalog.cpp" line="86"/>
        <source>attribute “%1” needs a locale, e.g. %1-%2</source>
        <translation>l’attribut «&#xa0;%1&#xa0;» nécessite une langue, par exemple %1-%2</translation>
    </message>
    <message>
        <location filename="../models/catalog/Catalog.cpp" line="89"/>
        <source>attribute “%1” has no per-channel values</source>
        <translation>l’attribut «&#xa0;%1&#xa0;» n’a pas de valeurs par canal</translation>
    </message>
</context>
<context>
    <name>facet::CatalogPdf</name>
    <message>
        <location filename="../models/publishing/CatalogPdf.cpp" line="49"/>
        <source>Cannot add %1 to the catalog: %2</source>
        <translation>Impossible d’ajouter %1 au catalogue&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/CatalogPdf.cpp" line="51"/>
        <source>Cannot write the catalog: %1</source>
        <translation>Impossible d’écrire le catalogue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>facet::CatalogStore</name>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="64"/>
        <source>cannot save “%1”: %2</source>
        <translation>impossible d’enregistrer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="148"/>
        <source>locale “%1” is not of the form en_US</source>
        <translation>la langue «&#xa0;%1&#xa0;» n’est pas de la forme en_US</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="154"/>
        <source>%1 code “%2” must be 1–100 lower-case letters, digits or “_”</source>
        <translation>le code %1 «&#xa0;%2&#xa0;» doit comporter de 1 à 100 lettres minuscules, chiffres ou «&#xa0;_&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="157"/>
        <source>channel</source>
        <translation>de canal</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="160"/>
        <source>channel “%1” has the unknown kind “%2”</source>
        <translation>le canal «&#xa0;%1&#xa0;» a un type inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="163"/>
        <source>channel “%1” names the unknown locale “%2”</source>
        <translation>le canal «&#xa0;%1&#xa0;» fait référence à la langue inconnue «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="167"/>
        <source>attribute</source>
        <translation>d’attribut</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="173"/>
        <source>attribute “%1” names the unknown group “%2”</source>
        <translation>l’attribut «&#xa0;%1&#xa0;» fait référence au groupe inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="176"/>
        <source>family</source>
        <translation>de famille</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="180"/>
        <source>family “%1” names the unknown attribute “%2”</source>
        <translation>la famille «&#xa0;%1&#xa0;» fait référence à l’attribut inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="185"/>
        <source>family “%1” has requirements for the unknown channel “%2”</source>
        <translation>la famille «&#xa0;%1&#xa0;» définit des exigences pour le canal inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="189"/>
        <source>family “%1” requires “%2”, which it does not have</source>
        <translation>la famille «&#xa0;%1&#xa0;» exige «&#xa0;%2&#xa0;», qu’elle ne contient pas</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="194"/>
        <source>category</source>
        <translation>de catégorie</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="280"/>
        <source>the category tree has a cycle</source>
        <translation>l’arborescence des catégories contient un cycle</translation>
    </message>
</context>
<context>
    <name>facet::CategoryPanel</name>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="38"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="39"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="41"/>
        <source>All products</source>
        <translation>Tous les produits</translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="64"/>
        <source>Search or choose a category, then save it here to come back to it in one click.</source>
        <translation>Lancez une recherche ou choisissez une catégorie, puis enregistrez-la ici pour y revenir en un clic.</translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="69"/>
        <source>Keep the current search and category under a name</source>
        <translation>Conserver la recherche et la catégorie actuelles sous un nom</translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="82"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="85"/>
        <source>Saved Filters</source>
        <translation>Filtres enregistrés</translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="145"/>
        <source>Search: %1</source>
        <translation>Recherche&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="148"/>
        <source>Category: %1</source>
        <translation>Catégorie&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="200"/>
        <source>Save Filter</source>
        <translation>Enregistrer le filtre</translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="200"/>
        <source>Name of the saved filter:</source>
        <translation>Nom du filtre enregistré&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="207"/>
        <source>Replace Saved Filter</source>
        <translation>Remplacer le filtre enregistré</translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="208"/>
        <source>A saved filter named “%1” already exists. Replace it?</source>
        <translation>Un filtre enregistré nommé «&#xa0;%1&#xa0;» existe déjà. Voulez-vous le remplacer&#x202f;?</translation>
    </message>
</context>
<context>
    <name>facet::ChangeValueCommand</name>
    <message>
        <location filename="../models/editing/ChangeValueCommand.cpp" line="67"/>
        <source>Clear %1</source>
        <translation>l’effacement de %1</translation>
    </message>
    <message>
        <location filename="../models/editing/ChangeValueCommand.cpp" line="69"/>
        <source>Change %1</source>
        <translation>la modification de %1</translation>
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
        <translation>Ouvrir l’aperçu %1</translation>
    </message>
    <message>
        <location filename="../ui/previews/ChannelPreview.cpp" line="118"/>
        <source>%1 (%2 channel) in %3</source>
        <translation>%1 (canal %2) en %3</translation>
    </message>
    <message>
        <location filename="../ui/previews/ChannelPreview.cpp" line="164"/>
        <source>This channel&apos;s templates could not render the product:
%1</source>
        <translation>Les modèles de ce canal n’ont pas pu produire le rendu du produit&#xa0;:
%1</translation>
    </message>
    <message>
        <location filename="../ui/previews/ChannelPreview.cpp" line="244"/>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <location filename="../ui/previews/ChannelPreview.cpp" line="269"/>
        <source>1 error</source>
        <translation>1 erreur</translation>
    </message>
    <message>
        <location filename="../ui/previews/ChannelPreview.cpp" line="269"/>
        <source>%1 errors</source>
        <translation>%1 erreurs</translation>
    </message>
    <message>
        <location filename="../ui/previews/ChannelPreview.cpp" line="271"/>
        <source>1 warning</source>
        <translation>1 avertissement</translation>
    </message>
    <message>
        <location filename="../ui/previews/ChannelPreview.cpp" line="271"/>
        <source>%1 warnings</source>
        <translation>%1 avertissements</translation>
    </message>
    <message>
        <location filename="../ui/previews/ChannelPreview.cpp" line="273"/>
        <source>1 note</source>
        <translation>1 remarque</translation>
    </message>
    <message>
        <location filename="../ui/previews/ChannelPreview.cpp" line="273"/>
        <source>%1 notes</source>
        <translation>%1 remarques</translation>
    </message>
    <message>
        <location filename="../ui/previews/ChannelPreview.cpp" line="274"/>
        <source>No findings</source>
        <translation>Aucun constat</translation>
    </message>
    <message>
        <location filename="../ui/previews/ChannelPreview.cpp" line="278"/>
        <source>Open the tab to see the findings</source>
        <translation>Ouvrez l’onglet pour voir les constats</translation>
    </message>
</context>
<context>
    <name>facet::ChannelRenderer</name>
    <message>
        <location filename="../models/rendering/ChannelRenderer.cpp" line="59"/>
        <source>channel %1 has the kind “%2”, which Facet cannot render</source>
        <translation>le canal %1 est de type «&#xa0;%2&#xa0;», dont Facet ne sait pas produire le rendu</translation>
    </message>
    <message>
        <location filename="../models/rendering/ChannelRenderer.cpp" line="73"/>
        <source>channel %1 has no “%2” template</source>
        <translation>le canal %1 n’a pas de modèle «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/rendering/ChannelRenderer.cpp" line="112"/>
        <source>%1 has no %2 text; the %3 text is used.</source>
        <translation>%1 n’a pas de texte en %2&#xa0;; le texte en %3 est utilisé.</translation>
    </message>
    <message>
        <location filename="../models/rendering/ChannelRenderer.cpp" line="130"/>
        <source>The asset %1 in “%2” expired on %3; channels may no longer use it. Choose another asset or extend its expiry date in the asset library.</source>
        <translation>La ressource %1 dans «&#xa0;%2&#xa0;» a expiré le %3&#xa0;; les canaux ne peuvent plus l’utiliser. Choisissez une autre ressource ou prolongez sa date d’expiration dans la bibliothèque de ressources.</translation>
    </message>
    <message>
        <location filename="../models/rendering/ChannelRenderer.cpp" line="144"/>
        <source>“%1” is required for this channel and empty in %2.</source>
        <translation>«&#xa0;%1&#xa0;» est obligatoire pour ce canal et vide en %2.</translation>
    </message>
</context>
<context>
    <name>facet::CollapsibleSection</name>
    <message>
        <location filename="../ui/editor/CollapsibleSection.cpp" line="69"/>
        <source>expanded</source>
        <translation>développée</translation>
    </message>
    <message>
        <location filename="../ui/editor/CollapsibleSection.cpp" line="69"/>
        <source>collapsed</source>
        <translation>réduite</translation>
    </message>
</context>
<context>
    <name>facet::CompletenessPanel</name>
    <message numerus="yes">
        <location filename="../ui/editor/CompletenessPanel.cpp" line="70"/>
        <source>%1 channel “%2”, requires %n attribute(s)</source>
        <translation>
            <numerusform>Canal «&#xa0;%2&#xa0;» (type %1), requiert %n attribut</numerusform>
            <numerusform>Canal «&#xa0;%2&#xa0;» (type %1), requiert %n attributs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/CompletenessPanel.cpp" line="89"/>
        <source>Completeness for %1 in %2</source>
        <translation>Complétude pour %1, langue %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/CompletenessPanel.cpp" line="111"/>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <location filename="../ui/editor/CompletenessPanel.cpp" line="119"/>
        <source>Missing: %1</source>
        <translation>Manquant&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>facet::CsvReader</name>
    <message>
        <location filename="../models/exchange/CsvReader.cpp" line="45"/>
        <source>the quote opened on line %1 is never closed</source>
        <translation>le guillemet ouvert à la ligne %1 n’est jamais fermé</translation>
    </message>
</context>
<context>
    <name>facet::DateValueEditor</name>
    <message>
        <location filename="../ui/editor/DateValueEditor.cpp" line="25"/>
        <source>none</source>
        <translation>aucune date</translation>
    </message>
    <message>
        <location filename="../ui/editor/DateValueEditor.cpp" line="27"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../ui/editor/DateValueEditor.cpp" line="28"/>
        <source>Remove the date</source>
        <translation>Supprimer la date</translation>
    </message>
</context>
<context>
    <name>facet::DeadLettersView</name>
    <message>
        <location filename="../ui/publishing/DeadLettersView.cpp" line="36"/>
        <source>Retry &amp;Selected</source>
        <translation>Renvoyer la &amp;sélection</translation>
    </message>
    <message>
        <location filename="../ui/publishing/DeadLettersView.cpp" line="37"/>
        <source>Retry &amp;All</source>
        <translation>Renvoyer &amp;tout</translation>
    </message>
    <message>
        <location filename="../ui/publishing/DeadLettersView.cpp" line="43"/>
        <source>Target</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../ui/publishing/DeadLettersView.cpp" line="43"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../ui/publishing/DeadLettersView.cpp" line="43"/>
        <source>Locale</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/publishing/DeadLettersView.cpp" line="43"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location filename="../ui/publishing/DeadLettersView.cpp" line="43"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location filename="../ui/publishing/DeadLettersView.cpp" line="43"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/publishing/DeadLettersView.cpp" line="43"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location filename="../ui/publishing/DeadLettersView.cpp" line="56"/>
        <source>Webhook messages that were refused (4xx) or never answered after every retry. A retry sends them again with the same idempotency key.</source>
        <translation>Messages webhook refusés (4xx) ou restés sans réponse après toutes les tentatives. Un renvoi les transmet à nouveau avec la même clé d’idempotence.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/DeadLettersView.cpp" line="109"/>
        <source>Nothing waits: every message was delivered.</source>
        <translation>Rien en attente&#xa0;: tous les messages ont été remis.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/DeadLettersView.cpp" line="139"/>
        <source>Retried. What was delivered has left the list.</source>
        <translation>Renvoyés. Les messages remis ont quitté la liste.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/DeadLettersView.cpp" line="148"/>
        <source>Retrying…</source>
        <translation>Renvoi en cours…</translation>
    </message>
</context>
<context>
    <name>facet::DemoWorkspace</name>
    <message>
        <location filename="../models/demo/DemoWorkspace.cpp" line="50"/>
        <source>cannot add the demo image %1: %2</source>
        <translation>impossible d’ajouter l’image de démonstration %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoWorkflow.cpp" line="62"/>
        <source>cannot hash the demo password</source>
        <translation>impossible de hacher le mot de passe de démonstration</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoWorkflow.cpp" line="92"/>
        <source>Ready for review.</source>
        <translation>Prêt pour la relecture.</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoWorkflow.cpp" line="99"/>
        <source>Reads well.</source>
        <translation>Se lit bien.</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoWorkflow.cpp" line="108"/>
        <source>The tagline promises more than the product does; please tone it down.</source>
        <translation>Le slogan promet plus que ce que le produit offre&#xa0;; merci de l’atténuer.</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoWorkflow.cpp" line="115"/>
        <source>On brand.</source>
        <translation>Conforme à la marque.</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoWorkflow.cpp" line="121"/>
        <source>Legally fine for print.</source>
        <translation>Juridiquement conforme pour l’impression.</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoWorkflow.cpp" line="137"/>
        <source>New season, new colors.</source>
        <translation>Nouvelle saison, nouvelles couleurs.</translation>
    </message>
    <message>
        <location filename="../models/demo/DemoWorkflow.cpp" line="138"/>
        <source> New season, new colors.</source>
        <translation> Nouvelle saison, nouvelles couleurs.</translation>
    </message>
</context>
<context>
    <name>facet::DurableFile</name>
    <message>
        <location filename="../models/publishing/DurableFile.cpp" line="38"/>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/DurableFile.cpp" line="48"/>
        <location filename="../models/publishing/DurableFile.cpp" line="61"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/DurableFile.cpp" line="56"/>
        <source>Cannot flush %1 to disk: %2</source>
        <translation>Impossible d’écrire %1 sur le disque&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/DurableFile.cpp" line="71"/>
        <source>Cannot open the folder %1: %2</source>
        <translation>Impossible d’ouvrir le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/DurableFile.cpp" line="76"/>
        <source>Cannot flush the folder %1 to disk: %2</source>
        <translation>Impossible d’écrire le dossier %1 sur le disque&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/DurableFile.cpp" line="108"/>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>Impossible de renommer %1 en %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>facet::EmailRules</name>
    <message>
        <location filename="../models/channels/EmailRules.cpp" line="58"/>
        <source>The subject is empty.</source>
        <translation>L’objet est vide.</translation>
    </message>
    <message>
        <location filename="../models/channels/EmailRules.cpp" line="62"/>
        <source>The subject is longer than a mail header line may be; shorten it.</source>
        <translation>L’objet est plus long qu’une ligne d’en-tête d’e-mail ne peut l’être&#xa0;; raccourcissez-le.</translation>
    </message>
    <message>
        <location filename="../models/channels/EmailRules.cpp" line="68"/>
        <source>Inboxes cut the subject after about %1 characters; put the point first or shorten it.</source>
        <translation>Les boîtes de réception coupent l’objet après environ %1 caractères&#xa0;; placez l’essentiel au début ou raccourcissez-le.</translation>
    </message>
    <message>
        <location filename="../models/channels/EmailRules.cpp" line="78"/>
        <source>The preheader is short; inboxes fill the rest of the preview with the first text of the body.</source>
        <translation>Le pré-en-tête est court&#xa0;; les boîtes de réception complètent l’aperçu avec le début du corps du message.</translation>
    </message>
    <message>
        <location filename="../models/channels/EmailRules.cpp" line="80"/>
        <source>The preheader is longer than most inboxes show.</source>
        <translation>Le pré-en-tête est plus long que ce qu’affichent la plupart des boîtes de réception.</translation>
    </message>
    <message>
        <location filename="../models/channels/EmailRules.cpp" line="88"/>
        <source>Gmail clips HTML this large behind “View entire message”; make the HTML smaller.</source>
        <translation>Gmail tronque un HTML aussi volumineux derrière «&#xa0;Afficher l’intégralité du message&#xa0;»&#xa0;; réduisez la taille du HTML.</translation>
    </message>
    <message>
        <location filename="../models/channels/EmailRules.cpp" line="100"/>
        <source>The plain-text part does not name the product “%1”.</source>
        <translation>La partie texte brut ne mentionne pas le produit «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../models/channels/EmailRules.cpp" line="101"/>
        <source>The plain-text part does not show the price “%1”.</source>
        <translation>La partie texte brut n’indique pas le prix «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../models/channels/EmailRules.cpp" line="103"/>
        <source>The plain-text part does not contain the unsubscribe link %1.</source>
        <translation>La partie texte brut ne contient pas le lien de désinscription %1.</translation>
    </message>
    <message>
        <location filename="../models/channels/EmailRules.cpp" line="109"/>
        <source>An image has no alt text; add alt=&quot;&quot; if it is decoration.</source>
        <translation>Une image n’a pas de texte alternatif&#xa0;; ajoutez alt=&quot;&quot; s’il s’agit d’une décoration.</translation>
    </message>
    <message>
        <location filename="../models/channels/EmailRules.cpp" line="117"/>
        <source>A layout table needs role=&quot;presentation&quot; so screen readers do not read it as data.</source>
        <translation>Un tableau de mise en page doit avoir role=&quot;presentation&quot; pour que les lecteurs d’écran ne le lisent pas comme des données.</translation>
    </message>
    <message>
        <location filename="../models/channels/EmailRules.cpp" line="127"/>
        <source>The preheader is not the first text of the body, so inboxes preview something else.</source>
        <translation>Le pré-en-tête n’est pas le premier texte du corps, les boîtes de réception affichent donc autre chose en aperçu.</translation>
    </message>
</context>
<context>
    <name>facet::EmlWriter</name>
    <message>
        <location filename="../models/channels/EmlWriter.cpp" line="196"/>
        <source>sender: %1</source>
        <translation>expéditeur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/channels/EmlWriter.cpp" line="199"/>
        <source>recipient: %1</source>
        <translation>destinataire&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/channels/EmlWriter.cpp" line="203"/>
        <source>“%1” is not a domain for the Message-ID</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un domaine valable pour le Message-ID</translation>
    </message>
    <message>
        <location filename="../models/channels/EmlWriter.cpp" line="208"/>
        <source>the one-click unsubscribe link must be an ASCII https:// URL, not “%1”</source>
        <translation>le lien de désinscription en un clic doit être une URL https:// en ASCII, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/channels/EmlWriter.cpp" line="215"/>
        <source>the unsubscribe address must be an ASCII mailto: URL, not “%1”</source>
        <translation>l’adresse de désinscription doit être une URL mailto: en ASCII, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/channels/EmlWriter.cpp" line="222"/>
        <source>an unsubscribe link is longer than a mail header line may be</source>
        <translation>un lien de désinscription est plus long qu’une ligne d’en-tête d’e-mail ne peut l’être</translation>
    </message>
    <message>
        <location filename="../models/channels/EmlWriter.cpp" line="249"/>
        <source>“%1” cannot be the left part of a Message-ID</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être la partie gauche d’un Message-ID</translation>
    </message>
</context>
<context>
    <name>facet::FeedRules</name>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="327"/>
        <source>Item %1 has the same id as item %2; ids must be unique in the feed.</source>
        <translation>L’article %1 a le même id que l’article %2&#xa0;; les id doivent être uniques dans le flux.</translation>
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
        <translation>%1 · règle %2</translation>
    </message>
    <message>
        <location filename="../ui/previews/FindingsList.cpp" line="71"/>
        <source>Click to edit “%1”.</source>
        <translation>Cliquez pour modifier «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>facet::FolderJournal</name>
    <message>
        <location filename="../models/publishing/FolderJournal.cpp" line="84"/>
        <source>a rename outside the folder (%1 → %2)</source>
        <translation>un renommage hors du dossier (%1 → %2)</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderJournal.cpp" line="91"/>
        <source>a removal outside the folder (%1)</source>
        <translation>une suppression hors du dossier (%1)</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderJournal.cpp" line="126"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderJournal.cpp" line="130"/>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>Impossible de renommer %1 en %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderJournal.cpp" line="137"/>
        <location filename="../models/publishing/FolderJournal.cpp" line="150"/>
        <source>Cannot remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderJournal.cpp" line="164"/>
        <source>Cannot remove the staging folder %1.</source>
        <translation>Impossible de supprimer le dossier de préparation %1.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderJournal.cpp" line="173"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderJournal.cpp" line="178"/>
        <source>The journal %1 is damaged: %2</source>
        <translation>Le journal %1 est endommagé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>facet::FolderLayout</name>
    <message>
        <location filename="../models/publishing/FolderLayout.cpp" line="151"/>
        <source>The SKU “%1” cannot name a published file.</source>
        <translation>Le SKU «&#xa0;%1&#xa0;» ne peut pas servir de nom à un fichier publié.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderLayout.cpp" line="153"/>
        <source>The locale “%1” cannot name a published folder.</source>
        <translation>La langue «&#xa0;%1&#xa0;» ne peut pas servir de nom à un dossier publié.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderLayout.cpp" line="156"/>
        <source>The SKU “%1” is reserved in %2 folders.</source>
        <translation>Le SKU «&#xa0;%1&#xa0;» est réservé dans les dossiers %2.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderLayout.cpp" line="215"/>
        <source>Folder targets cannot publish the channel kind “%1”.</source>
        <translation>Les destinations de type dossier ne peuvent pas publier le type de canal «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderLayout.cpp" line="219"/>
        <source>The %1 rendering of %2 (%3) failed and cannot be published.</source>
        <translation>Le rendu %1 de %2 (%3) a échoué et ne peut pas être publié.</translation>
    </message>
</context>
<context>
    <name>facet::FolderLock</name>
    <message>
        <location filename="../models/publishing/FolderLock.cpp" line="30"/>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderLock.cpp" line="34"/>
        <source>Another publication is writing to this folder.</source>
        <translation>Une autre publication est en train d’écrire dans ce dossier.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderLock.cpp" line="35"/>
        <source>Cannot lock %1.</source>
        <translation>Impossible de verrouiller %1.</translation>
    </message>
</context>
<context>
    <name>facet::FolderManifest</name>
    <message>
        <location filename="../models/publishing/FolderManifest.cpp" line="126"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderManifest.cpp" line="137"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderManifest.cpp" line="149"/>
        <source>The manifest is not a JSON object: %1</source>
        <translation>Le manifeste n’est pas un objet JSON&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>facet::FolderPublication</name>
    <message>
        <location filename="../models/publishing/FeedAssembler.cpp" line="29"/>
        <source>the feed item cannot be placed in the feed</source>
        <translation>l’article ne peut pas être inséré dans le flux</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderPublication.cpp" line="550"/>
        <source>The folder “%1” is not an absolute path.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’est pas un chemin absolu.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderPublication.cpp" line="604"/>
        <source>%1 has no manifest.json: nothing was published there.</source>
        <translation>%1 n’a pas de manifest.json&#xa0;: rien n’y a été publié.</translation>
    </message>
</context>
<context>
    <name>facet::FolderStaging</name>
    <message>
        <location filename="../models/publishing/FolderStaging.cpp" line="47"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>facet::FolderState</name>
    <message>
        <location filename="../models/publishing/FolderState.cpp" line="114"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderState.cpp" line="120"/>
        <source>%1 is damaged: publish the target again in full.</source>
        <translation>%1 est endommagé : publiez à nouveau la destination en entier.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderState.cpp" line="237"/>
        <source>%1 is not the feed Facet published last: it was changed or replaced outside Facet. Check the target with “facetctl publications verify”, then restore the feed or publish every product of its locale to it again.</source>
        <translation>%1 n’est pas le flux que Facet a publié en dernier : il a été modifié ou remplacé en dehors de Facet. Vérifiez la destination avec « facetctl publications verify », puis restaurez le flux ou publiez-y à nouveau tous les produits de sa langue.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation type="vanished">%1 est endommagé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>facet::GtinValueEditor</name>
    <message>
        <location filename="../ui/editor/GtinValueEditor.cpp" line="46"/>
        <source>✓ valid GTIN-%1</source>
        <translation>✓ GTIN-%1 valide</translation>
    </message>
    <message>
        <location filename="../ui/editor/GtinValueEditor.cpp" line="52"/>
        <source>check digit should be %1</source>
        <translation>la clé de contrôle devrait être %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/GtinValueEditor.cpp" line="54"/>
        <source>%1 digits; a GTIN has 8, 12, 13 or 14</source>
        <translation>%1 chiffres&#x202f;; un GTIN en compte 8, 12, 13 ou 14</translation>
    </message>
</context>
<context>
    <name>facet::HistoryWindow</name>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="35"/>
        <source>Submitted</source>
        <translation>Soumise</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="37"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="39"/>
        <source>Sent back</source>
        <translation>Renvoyée</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="41"/>
        <source>Restored</source>
        <translation>Restaurée</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="43"/>
        <source>Superseded</source>
        <translation>Dépassée</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="59"/>
        <source>&amp;Restore as Working Draft</source>
        <translation>&amp;Restaurer comme brouillon de travail</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="70"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="70"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="70"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="70"/>
        <source>Submitted by</source>
        <translation>Soumise par</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="70"/>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="76"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="76"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="76"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="76"/>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="82"/>
        <source>Make the selected revision&apos;s content the working draft; nothing is lost, the current draft stays in the history if it was submitted</source>
        <translation>Faire du contenu de la révision sélectionnée le brouillon de travail&#xa0;; rien n’est perdu, le brouillon actuel reste dans l’historique s’il a été soumis</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="91"/>
        <source>&lt;b&gt;Revisions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Révisions&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="99"/>
        <source>&lt;b&gt;Decisions and comments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Décisions et commentaires&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="106"/>
        <source>&lt;b&gt;Compare&lt;/b&gt;</source>
        <translation>&lt;b&gt;Comparer&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="108"/>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="156"/>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="157"/>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="174"/>
        <source>%1 (superseded)</source>
        <translation>%1 (dépassée)</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="178"/>
        <source>A newer revision was submitted, so this one left everybody&apos;s tasks. It keeps its stage: channels that get it now keep getting it until the newer revision reaches their level.</source>
        <translation>Une révision plus récente a été soumise, celle-ci a donc quitté les tâches de tout le monde. Elle conserve son étape&#xa0;: les canaux qui la reçoivent actuellement continuent de la recevoir jusqu’à ce que la révision plus récente atteigne leur niveau.</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="186"/>
        <source>Edited by %1</source>
        <translation>Modifiée par %1</translation>
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
        <translation>Commentaire sur %1</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="223"/>
        <source>This product has no revisions yet: submit it to make one.</source>
        <translation>Ce produit n’a encore aucune révision&#xa0;: soumettez-le pour en créer une.</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="224"/>
        <source>Only one revision: nothing to compare yet.</source>
        <translation>Une seule révision&#xa0;: rien à comparer pour l’instant.</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="246"/>
        <source>A revision&apos;s content cannot be read.</source>
        <translation>Le contenu d’une révision ne peut pas être lu.</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="259"/>
        <source>Make the selected revision&apos;s content the working draft</source>
        <translation>Faire du contenu de la révision sélectionnée le brouillon de travail</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="260"/>
        <source>Your roles may not edit this product</source>
        <translation>Vos rôles ne permettent pas de modifier ce produit</translation>
    </message>
    <message>
        <location filename="../ui/workflow/HistoryWindow.cpp" line="275"/>
        <source>Revision %1 is now the working draft. Submit it to send it through review again.</source>
        <translation>La révision %1 est désormais le brouillon de travail. Soumettez-le pour le faire repasser en relecture.</translation>
    </message>
</context>
<context>
    <name>facet::HtmlToRichText</name>
    <message>
        <location filename="../models/exchange/HtmlToRichText.cpp" line="99"/>
        <location filename="../models/exchange/HtmlToRichText.cpp" line="104"/>
        <source>%1 attribute</source>
        <translation>attribut %1</translation>
    </message>
    <message>
        <location filename="../models/exchange/HtmlToRichText.cpp" line="101"/>
        <source>style attribute</source>
        <translation>attribut style</translation>
    </message>
    <message>
        <location filename="../models/exchange/HtmlToRichText.cpp" line="164"/>
        <source>&lt;%1&gt; (kept as bold text)</source>
        <translation>&lt;%1&gt; (conservé en gras)</translation>
    </message>
    <message>
        <location filename="../models/exchange/HtmlToRichText.cpp" line="176"/>
        <source>&lt;%1&gt; (text kept)</source>
        <translation>&lt;%1&gt; (texte conservé)</translation>
    </message>
</context>
<context>
    <name>facet::ImportReport</name>
    <message>
        <location filename="../models/exchange/ImportReport.cpp" line="122"/>
        <source>Dry run: nothing was written. This is what the import would do.
</source>
        <translation>Simulation&#xa0;: rien n’a été écrit. Voici ce que ferait l’import.
</translation>
    </message>
    <message>
        <location filename="../models/exchange/ImportReport.cpp" line="124"/>
        <source>Cancelled: the batches finished before cancelling are kept; run the import again to complete it.
</source>
        <translation>Annulé&#xa0;: les lots terminés avant l’annulation sont conservés&#xa0;; relancez l’import pour le terminer.
</translation>
    </message>
    <message>
        <location filename="../models/exchange/ImportReport.cpp" line="127"/>
        <source>Stopped by an internal failure: %1
</source>
        <translation>Arrêté par une erreur interne&#xa0;: %1
</translation>
    </message>
    <message>
        <location filename="../models/exchange/ImportReport.cpp" line="128"/>
        <source>Products: %1 created, %2 updated, %3 unchanged, %4 rejected (%5 rows read, %6 values)
</source>
        <translation>Produits&#xa0;: %1 créés, %2 mis à jour, %3 inchangés, %4 rejetés (%5 lignes lues, %6 valeurs)
</translation>
    </message>
    <message>
        <location filename="../models/exchange/ImportReport.cpp" line="139"/>
        <source>Locales created</source>
        <translation>Langues créées</translation>
    </message>
    <message>
        <location filename="../models/exchange/ImportReport.cpp" line="140"/>
        <source>Channels created</source>
        <translation>Canaux créés</translation>
    </message>
    <message>
        <location filename="../models/exchange/ImportReport.cpp" line="141"/>
        <source>Attribute groups created</source>
        <translation>Groupes d’attributs créés</translation>
    </message>
    <message>
        <location filename="../models/exchange/ImportReport.cpp" line="142"/>
        <source>Attributes created</source>
        <translation>Attributs créés</translation>
    </message>
    <message>
        <location filename="../models/exchange/ImportReport.cpp" line="143"/>
        <source>Families created</source>
        <translation>Familles créées</translation>
    </message>
    <message>
        <location filename="../models/exchange/ImportReport.cpp" line="144"/>
        <source>Categories created</source>
        <translation>Catégories créées</translation>
    </message>
    <message>
        <location filename="../models/exchange/ImportReport.cpp" line="146"/>
        <source>Options created: %1
</source>
        <translation>Options créées&#xa0;: %1
</translation>
    </message>
    <message>
        <location filename="../models/exchange/ImportReport.cpp" line="148"/>
        <source>Structure: nothing new
</source>
        <translation>Structure&#xa0;: rien de nouveau
</translation>
    </message>
    <message>
        <location filename="../models/exchange/ImportReport.cpp" line="149"/>
        <source>Assets: %1 stored, %2 already in the library
</source>
        <translation>Ressources&#xa0;: %1 enregistrées, %2 déjà dans la bibliothèque
</translation>
    </message>
    <message>
        <location filename="../models/exchange/ImportReport.cpp" line="151"/>
        <source>Inferred without a structure file:
</source>
        <translation>Déduit sans fichier de structure&#xa0;:
</translation>
    </message>
    <message>
        <location filename="../models/exchange/ImportReport.cpp" line="156"/>
        <source>Findings (%1):
</source>
        <translation>Constats (%1)&#xa0;:
</translation>
    </message>
</context>
<context>
    <name>facet::ImportWizard</name>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="34"/>
        <source>identifier</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="36"/>
        <source>family</source>
        <translation>famille</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="38"/>
        <source>categories</source>
        <translation>catégories</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="40"/>
        <source>groups (not imported)</source>
        <translation>groupes (non importés)</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="42"/>
        <source>enabled (not imported)</source>
        <translation>enabled (non importé)</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="44"/>
        <source>parent (not imported)</source>
        <translation>parent (non importé)</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="46"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="48"/>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="50"/>
        <source>price in one currency</source>
        <translation>prix dans une devise</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="52"/>
        <source>association (not imported)</source>
        <translation>association (non importée)</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="54"/>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="66"/>
        <source>Import Akeneo CSV</source>
        <translation>Importer un CSV Akeneo</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="97"/>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="98"/>
        <source>Choose the product files and, if you have them, the structure files (attributes.csv, families.csv, categories.csv, attribute_options.csv). Media paths in the files are read relative to the media folder.</source>
        <translation>Choisissez les fichiers de produits et, si vous les avez, les fichiers de structure (attributes.csv, families.csv, categories.csv, attribute_options.csv). Les chemins des médias dans les fichiers sont lus par rapport au dossier des médias.</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="103"/>
        <source>&amp;Add Files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="104"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="109"/>
        <source>The first product file&apos;s folder</source>
        <translation>Le dossier du premier fichier de produits</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="110"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="117"/>
        <source>Media folder:</source>
        <translation>Dossier des médias&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="130"/>
        <source>Mapping and preview</source>
        <translation>Correspondance et aperçu</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="131"/>
        <source>How each column is read, and the first records as they will be imported. Structure that the files do not define is inferred; the list below says what.</source>
        <translation>Comment chaque colonne est lue, et les premières fiches telles qu’elles seront importées. La structure que les fichiers ne définissent pas est déduite&#xa0;; la liste ci-dessous indique laquelle.</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="139"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="139"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="139"/>
        <source>Read as</source>
        <translation>Lue comme</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="139"/>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="139"/>
        <source>Locale</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="139"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="144"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="144"/>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="144"/>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="144"/>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="150"/>
        <source>Preview of the first records:</source>
        <translation>Aperçu des premières fiches&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="158"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="159"/>
        <source>A dry run reports what would happen without writing. The import writes in batches: cancelling keeps the finished batches, and running it again completes it.</source>
        <translation>Une simulation indique ce qui se passerait sans rien écrire. L’import écrit par lots&#xa0;: l’annulation conserve les lots terminés, et une nouvelle exécution le termine.</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="161"/>
        <source>&amp;Dry Run</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="163"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="165"/>
        <source>&amp;Cancel Import</source>
        <translation>&amp;Annuler l’import</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="215"/>
        <source>Akeneo CSV Files</source>
        <translation>Fichiers CSV Akeneo</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="216"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="225"/>
        <source>Media Folder</source>
        <translation>Dossier des médias</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/exchange/ImportWizard.cpp" line="294"/>
        <source>%n product row(s) in %1 file(s); %2 structure file(s).</source>
        <translation>
            <numerusform>%n ligne de produit dans %1 fichier(s)&#xa0;; %2 fichier(s) de structure.</numerusform>
            <numerusform>%n lignes de produits dans %1 fichier(s)&#xa0;; %2 fichier(s) de structure.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="298"/>
        <source>Inferred: %1</source>
        <translation>Déduit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="333"/>
        <source>Dry run…</source>
        <translation>Simulation…</translation>
    </message>
    <message>
        <location filename="../ui/exchange/ImportWizard.cpp" line="333"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
</context>
<context>
    <name>facet::InboxRow</name>
    <message>
        <location filename="../ui/previews/InboxRow.cpp" line="21"/>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <location filename="../ui/previews/InboxRow.cpp" line="62"/>
        <source>Sender not set</source>
        <translation>Expéditeur non défini</translation>
    </message>
</context>
<context>
    <name>facet::ItemChecker</name>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="153"/>
        <location filename="../models/channels/FeedRules.cpp" line="163"/>
        <source>The item has no %1.</source>
        <translation>L’article n’a pas de champ %1.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="155"/>
        <source>The %1 must be 1 to %2 characters long.</source>
        <translation>Le champ %1 doit comporter de 1 à %2 caractères.</translation>
    </message>
    <message>
        <location filename="../models/channels/FeedRules.cpp" line="166"/>
        <source>The %1 must be an http(s) URL of at most 2,000 ASCII characters, with anything else percent-encoded.</source>
        <translation>Le champ %1 doit être une URL http(s) d’au plus 2 000 caractères ASCII, tout autre caractère étant encodé en pourcentage.</translation>
    </message>
</context>
<context>
    <name>facet::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="57"/>
        <source>Facet workspaces (*.facet);;All files (*)</source>
        <translation>Espaces de travail Facet (*.facet);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="71"/>
        <source>Asset library</source>
        <translation>Bibliothèque de ressources</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="210"/>
        <source>Export Akeneo CSV To</source>
        <translation>Exporter le CSV Akeneo vers</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="214"/>
        <source>Exporting products…</source>
        <translation>Export des produits…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="214"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="252"/>
        <source>Exported %n product(s) and %1 media file(s) to %2</source>
        <translation>
            <numerusform>%n produit et %1 fichier(s) média exportés vers %2</numerusform>
            <numerusform>%n produits et %1 fichier(s) média exportés vers %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="346"/>
        <source>No workspace open — use File ▸ Open Workspace… or New Demo Workspace…</source>
        <translation>Aucun espace de travail ouvert — utilisez Fichier ▸ Ouvrir un espace de travail… ou Nouvel espace de démonstration…</translation>
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
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="399"/>
        <source>Not signed in: read only</source>
        <translation>Non connecté&#xa0;: lecture seule</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="401"/>
        <source>Open workspace: %1</source>
        <translation>Espace de travail ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="404"/>
        <source>File ▸ Switch User… to sign in as someone else</source>
        <translation>Fichier ▸ Changer d’utilisateur… pour vous connecter sous un autre nom</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="405"/>
        <source>This workspace has no users: everyone may do everything, and changes are audited under the computer&apos;s user name</source>
        <translation>Cet espace de travail n’a pas d’utilisateurs&#xa0;: chacun peut tout faire, et les modifications sont journalisées sous le nom d’utilisateur de l’ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="432"/>
        <source>No workspace is open.</source>
        <translation>Aucun espace de travail n’est ouvert.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="475"/>
        <source>Submitted %1: revision %2 waits at %3.</source>
        <translation>%1 soumis&#xa0;: la révision %2 attend à l’étape %3.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="487"/>
        <source>Submit for Review</source>
        <translation>Soumettre pour relecture</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="488"/>
        <source>Submit %1 for review. A comment for the reviewers (optional):</source>
        <translation>Soumettre %1 pour relecture. Un commentaire pour les relecteurs (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="591"/>
        <source>Creating the demo workspace…</source>
        <translation>Création de l’espace de démonstration…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="600"/>
        <source>1 product / %L1 shown</source>
        <translation>1 produit / affiché&#xa0;: %L1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="601"/>
        <source>%L1 products / %L2 shown</source>
        <translation>%L1 produits / affichés&#xa0;: %L2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="607"/>
        <source>Facet</source>
        <translation>Facet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="658"/>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="666"/>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="674"/>
        <source>New Demo Workspace</source>
        <translation>Nouvel espace de démonstration</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="683"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="684"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="692"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="699"/>
        <source>Channel &amp;previews</source>
        <translation>&amp;Aperçus des canaux</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="704"/>
        <source>Show or hide how the product looks in each channel</source>
        <translation>Afficher ou masquer l’apparence du produit dans chaque canal</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="710"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="717"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="718"/>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="720"/>
        <source>Open &amp;Recent</source>
        <translation>Espaces de travail &amp;récents</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="726"/>
        <source>New &amp;Demo Workspace…</source>
        <translation>Nouvel espace de &amp;démonstration…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="729"/>
        <source>&amp;Import Akeneo CSV…</source>
        <translation>&amp;Importer un CSV Akeneo…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="731"/>
        <source>&amp;Export Akeneo CSV…</source>
        <translation>E&amp;xporter un CSV Akeneo…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="736"/>
        <source>S&amp;witch User…</source>
        <translation>&amp;Changer d’utilisateur…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="738"/>
        <source>Sign &amp;Out</source>
        <translation>&amp;Se déconnecter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="744"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="747"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="753"/>
        <source>&amp;Find Products</source>
        <translation>Rechercher des &amp;produits</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="755"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="756"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="758"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="759"/>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="760"/>
        <source>&amp;System</source>
        <translation>S&amp;ystème</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="771"/>
        <source>&amp;Asset Library</source>
        <translation>&amp;Bibliothèque de ressources</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="777"/>
        <source>Go to &amp;Categories</source>
        <translation>Aller aux &amp;catégories</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="779"/>
        <source>Go to &amp;Products</source>
        <translation>Aller aux &amp;produits</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="781"/>
        <source>Go to &amp;Editor</source>
        <translation>Aller à l’&amp;éditeur</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="784"/>
        <source>&amp;Record</source>
        <translation>Fic&amp;he</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="785"/>
        <source>&amp;Submit for Review…</source>
        <translation>&amp;Soumettre pour relecture…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="789"/>
        <source>&amp;Review…</source>
        <translation>&amp;Relire…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="791"/>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="795"/>
        <source>&amp;Channels</source>
        <translation>&amp;Canaux</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="797"/>
        <source>Edit &amp;Templates…</source>
        <translation>Modifier les &amp;modèles…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="803"/>
        <source>&amp;Admin</source>
        <translation>Ad&amp;ministration</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="805"/>
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="808"/>
        <source>&amp;Roles and Permissions…</source>
        <translation>&amp;Rôles et autorisations…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="810"/>
        <source>&amp;Workflow…</source>
        <translation>&amp;Workflow…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="812"/>
        <source>Channel Release &amp;Levels…</source>
        <translation>&amp;Niveaux de diffusion des canaux…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="819"/>
        <source>&amp;Audit Log…</source>
        <translation>Journal d’&amp;audit…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="822"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="823"/>
        <source>&amp;About Facet</source>
        <translation>À &amp;propos de Facet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="824"/>
        <source>About Facet</source>
        <translation>À propos de Facet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="825"/>
        <source>&lt;h3&gt;Facet %1&lt;/h3&gt;&lt;p&gt;Author product content once, in one master record per product, and publish it to every channel.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Facet %1&lt;/h3&gt;&lt;p&gt;Rédigez vos contenus produit une seule fois, dans une fiche maître par produit, et publiez-les sur tous les canaux.&lt;/p&gt;&lt;p&gt;Distribué sous licence GNU GPL, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>facet::MerchantFeed</name>
    <message>
        <location filename="../models/channels/MerchantFeed.cpp" line="90"/>
        <source>item %1: %2</source>
        <translation>article %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>facet::MetricValueEditor</name>
    <message>
        <location filename="../ui/editor/MetricValueEditor.cpp" line="21"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
</context>
<context>
    <name>facet::MultiSelectValueEditor</name>
    <message>
        <location filename="../ui/editor/MultiSelectValueEditor.cpp" line="80"/>
        <source>%1 (unknown option)</source>
        <translation>%1 (option inconnue)</translation>
    </message>
    <message>
        <location filename="../ui/editor/MultiSelectValueEditor.cpp" line="102"/>
        <source>none selected</source>
        <translation>aucune sélection</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/MultiSelectValueEditor.cpp" line="103"/>
        <source>%n selected: %1</source>
        <translation>
            <numerusform>%n option sélectionnée&#xa0;: %1</numerusform>
            <numerusform>%n options sélectionnées&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>facet::Permission</name>
    <message>
        <location filename="../models/access/Permission.cpp" line="19"/>
        <source>manage users</source>
        <translation>gérer les utilisateurs</translation>
    </message>
    <message>
        <location filename="../models/access/Permission.cpp" line="20"/>
        <source>manage roles</source>
        <translation>gérer les rôles</translation>
    </message>
    <message>
        <location filename="../models/access/Permission.cpp" line="22"/>
        <source>manage the workflow</source>
        <translation>gérer le workflow</translation>
    </message>
    <message>
        <location filename="../models/access/Permission.cpp" line="24"/>
        <source>manage channels</source>
        <translation>gérer les canaux</translation>
    </message>
    <message>
        <location filename="../models/access/Permission.cpp" line="26"/>
        <source>manage templates</source>
        <translation>gérer les modèles</translation>
    </message>
    <message>
        <location filename="../models/access/Permission.cpp" line="28"/>
        <source>manage the catalog structure</source>
        <translation>gérer la structure du catalogue</translation>
    </message>
    <message>
        <location filename="../models/access/Permission.cpp" line="29"/>
        <source>import</source>
        <translation>importer</translation>
    </message>
    <message>
        <location filename="../models/access/Permission.cpp" line="30"/>
        <source>submit for review</source>
        <translation>soumettre pour relecture</translation>
    </message>
    <message>
        <location filename="../models/access/Permission.cpp" line="31"/>
        <source>view the audit log</source>
        <translation>consulter le journal d’audit</translation>
    </message>
</context>
<context>
    <name>facet::PermissionMatrixDialog</name>
    <message>
        <location filename="../ui/admin/PermissionMatrixDialog.cpp" line="47"/>
        <source>Roles and Permissions</source>
        <translation>Rôles et autorisations</translation>
    </message>
    <message>
        <location filename="../ui/admin/PermissionMatrixDialog.cpp" line="60"/>
        <source>Tick what each role may do. A user holds one or more roles and may do what any of them allows; the workspace enforces this for every change, whatever the window shows.</source>
        <translation>Cochez ce que chaque rôle peut faire. Un utilisateur a un ou plusieurs rôles et peut faire tout ce que l’un d’eux permet&#xa0;; l’espace de travail l’impose à chaque modification, quoi qu’affiche la fenêtre.</translation>
    </message>
    <message>
        <location filename="../ui/admin/PermissionMatrixDialog.cpp" line="97"/>
        <source>May</source>
        <translation>Peut</translation>
    </message>
    <message>
        <location filename="../ui/admin/PermissionMatrixDialog.cpp" line="101"/>
        <source>May edit attribute groups</source>
        <translation>Peut modifier les groupes d’attributs</translation>
    </message>
    <message>
        <location filename="../ui/admin/PermissionMatrixDialog.cpp" line="102"/>
        <source>Every group</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <location filename="../ui/admin/PermissionMatrixDialog.cpp" line="102"/>
        <source>Also groups added later</source>
        <translation>Y compris les groupes ajoutés plus tard</translation>
    </message>
    <message>
        <location filename="../ui/admin/PermissionMatrixDialog.cpp" line="107"/>
        <source>May publish to channels</source>
        <translation>Peut publier sur les canaux</translation>
    </message>
    <message>
        <location filename="../ui/admin/PermissionMatrixDialog.cpp" line="108"/>
        <source>Every channel</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <location filename="../ui/admin/PermissionMatrixDialog.cpp" line="108"/>
        <source>Also channels added later</source>
        <translation>Y compris les canaux ajoutés plus tard</translation>
    </message>
    <message>
        <location filename="../ui/admin/PermissionMatrixDialog.cpp" line="113"/>
        <source>May take workflow transitions</source>
        <translation>Peut effectuer les transitions du workflow</translation>
    </message>
    <message>
        <location filename="../ui/admin/PermissionMatrixDialog.cpp" line="121"/>
        <source>Approve: %1 → %2</source>
        <translation>Approuver&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/admin/PermissionMatrixDialog.cpp" line="122"/>
        <source>Send back: %1 → %2</source>
        <translation>Renvoyer&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/admin/PermissionMatrixDialog.cpp" line="261"/>
        <source>Nothing changed.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/PermissionMatrixDialog.cpp" line="262"/>
        <source>Saved: %n role(s) changed.</source>
        <translation>
            <numerusform>Enregistré&#xa0;: %n rôle modifié.</numerusform>
            <numerusform>Enregistré&#xa0;: %n rôles modifiés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>facet::PostPreview</name>
    <message>
        <location filename="../ui/previews/PostPreview.cpp" line="56"/>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <location filename="../ui/previews/PostPreview.cpp" line="56"/>
        <source>@%1 · now</source>
        <translation>@%1 · maintenant</translation>
    </message>
    <message>
        <location filename="../ui/previews/PostPreview.cpp" line="58"/>
        <source>Company page · now</source>
        <translation>Page entreprise · maintenant</translation>
    </message>
    <message>
        <location filename="../ui/previews/PostPreview.cpp" line="60"/>
        <source>Sponsored</source>
        <translation>Sponsorisé</translation>
    </message>
    <message>
        <location filename="../ui/previews/PostPreview.cpp" line="107"/>
        <source>Your brand</source>
        <translation>Votre marque</translation>
    </message>
    <message>
        <location filename="../ui/previews/PostPreview.cpp" line="160"/>
        <source>The post&apos;s picture</source>
        <translation>L’image de la publication</translation>
    </message>
</context>
<context>
    <name>facet::PostRules</name>
    <message>
        <location filename="../models/channels/PostRules.cpp" line="51"/>
        <source>%1 characters, %2 hashtags, %3 mentions.</source>
        <translation>%1 caractères, %2 hashtags, %3 mentions.</translation>
    </message>
    <message>
        <location filename="../models/channels/PostRules.cpp" line="58"/>
        <source>%1 hashtags, the channel allows %2.</source>
        <translation>%1 hashtags, le canal en autorise %2.</translation>
    </message>
    <message>
        <location filename="../models/channels/PostRules.cpp" line="63"/>
        <source>%1 mentions, the channel allows %2.</source>
        <translation>%1 mentions, le canal en autorise %2.</translation>
    </message>
    <message>
        <location filename="../models/channels/PostRules.cpp" line="69"/>
        <source>Links in Instagram captions are not clickable (“%1”); point to the link in bio instead.</source>
        <translation>Les liens des légendes Instagram ne sont pas cliquables («&#xa0;%1&#xa0;»)&#xa0;; renvoyez plutôt vers le lien dans la bio.</translation>
    </message>
    <message>
        <location filename="../models/channels/PostRules.cpp" line="80"/>
        <source>%1 characters.</source>
        <translation>%1 caractères.</translation>
    </message>
    <message>
        <location filename="../models/channels/PostRules.cpp" line="87"/>
        <source>“%1” at character %2 is reserved in LinkedIn&apos;s text format and cuts the post there; escape it as “\%1”.</source>
        <translation>«&#xa0;%1&#xa0;» au caractère %2 est réservé dans le format de texte de LinkedIn et coupe la publication à cet endroit&#xa0;; échappez-le en «&#xa0;\%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../models/channels/PostRules.cpp" line="96"/>
        <source>Only the first %1 characters show before “…see more”; put what matters there.</source>
        <translation>Seuls les %1 premiers caractères s’affichent avant «&#xa0;…voir plus&#xa0;»&#xa0;; placez-y l’essentiel.</translation>
    </message>
    <message>
        <location filename="../models/channels/PostRules.cpp" line="110"/>
        <source>%1 characters, %2 words.</source>
        <translation>%1 caractères, %2 mots.</translation>
    </message>
    <message>
        <location filename="../models/channels/PostRules.cpp" line="115"/>
        <source>%1 words, the channel allows %2.</source>
        <translation>%1 mots, le canal en autorise %2.</translation>
    </message>
</context>
<context>
    <name>facet::PreviewCounters</name>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="56"/>
        <source>1 segment</source>
        <translation>1 segment</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="56"/>
        <source>%1 segments</source>
        <translation>%1 segments</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="62"/>
        <source>%1 units</source>
        <translation>%1 unités</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="66"/>
        <source>This channel sends at most %1 segments</source>
        <translation>Ce canal envoie au plus %1 segments</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="69"/>
        <source>%1 weighted characters</source>
        <translation>%1 caractères pondérés</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="74"/>
        <source>Weighted length as X counts it: URLs count as 23, most CJK characters and emoji as 2</source>
        <translation>Longueur pondérée telle que X la compte&#xa0;: les URL comptent pour 23, la plupart des caractères CJK et des emoji pour 2</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="76"/>
        <source>%1 characters</source>
        <translation>%1 caractères</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="79"/>
        <source>%1 hashtags</source>
        <translation>%1 hashtags</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="82"/>
        <source>APNs %1 bytes</source>
        <translation>APNs %1 octets</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="84"/>
        <source>FCM %1 bytes</source>
        <translation>FCM %1 octets</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="87"/>
        <source>subject %1</source>
        <translation>objet %1</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="89"/>
        <source>preheader %1</source>
        <translation>pré-en-tête %1</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="93"/>
        <source>HTML %1 of %2</source>
        <translation>HTML %1 sur %2</translation>
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
        <translation>Les clients de messagerie tronquent les messages dont le HTML dépasse %1</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="105"/>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="106"/>
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="110"/>
        <source>1 item</source>
        <translation>1 article</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewCounters.cpp" line="111"/>
        <source>%1 items</source>
        <translation>%1 articles</translation>
    </message>
</context>
<context>
    <name>facet::PreviewPanel</name>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="71"/>
        <source>The locale to preview; a channel offers only its own locales</source>
        <translation>La langue de l’aperçu&#xa0;; un canal ne propose que ses propres langues</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="77"/>
        <source>Channel previews</source>
        <translation>Aperçus des canaux</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="82"/>
        <source>Working draft</source>
        <translation>Brouillon de travail</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="83"/>
        <source>What channels get now</source>
        <translation>Ce que reçoivent les canaux</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="84"/>
        <source>Preview the working draft as it is typed, or what each channel gets now: the newest revision approved up to the channel&apos;s release level</source>
        <translation>Afficher l’aperçu du brouillon de travail au fil de la saisie, ou de ce que reçoit actuellement chaque canal&#xa0;: la révision la plus récente approuvée jusqu’au niveau de diffusion du canal</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="87"/>
        <source>&amp;Locale:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="107"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="224"/>
        <location filename="../ui/previews/PreviewPanel.cpp" line="269"/>
        <source>Open a workspace to preview its channels.</source>
        <translation>Ouvrez un espace de travail pour afficher l’aperçu de ses canaux.</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="231"/>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="232"/>
        <source>Every channel of the product side by side</source>
        <translation>Tous les canaux du produit côte à côte</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="247"/>
        <source>%1 · %2 channel</source>
        <translation>%1 · canal %2</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="259"/>
        <location filename="../ui/previews/PreviewPanel.cpp" line="268"/>
        <source>Select a product to preview it in every channel.</source>
        <translation>Sélectionnez un produit pour en afficher l’aperçu dans chaque canal.</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="323"/>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="448"/>
        <source>Not released</source>
        <translation>Non diffusé</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="449"/>
        <source>No revision has reached this channel&apos;s release level (%1): it gets nothing yet.</source>
        <translation>Aucune révision n’a atteint le niveau de diffusion de ce canal (%1)&#xa0;: il ne reçoit encore rien.</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="453"/>
        <source>≠ Channel gets an older revision</source>
        <translation>≠ Le canal reçoit une révision plus ancienne</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="454"/>
        <source>≠ Differs from the draft</source>
        <translation>≠ Diffère du brouillon</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="455"/>
        <source>This channel gets revision %1; the working draft has changes that have not reached the channel&apos;s release level (%2).</source>
        <translation>Ce canal reçoit la révision %1&#xa0;; le brouillon de travail contient des modifications qui n’ont pas atteint le niveau de diffusion du canal (%2).</translation>
    </message>
    <message>
        <location filename="../ui/previews/PreviewPanel.cpp" line="475"/>
        <source>Nothing has reached this channel&apos;s release level yet: it gets nothing.</source>
        <translation>Rien n’a encore atteint le niveau de diffusion de ce canal&#xa0;: il ne reçoit rien.</translation>
    </message>
</context>
<context>
    <name>facet::PriceValueEditor</name>
    <message>
        <location filename="../ui/editor/PriceValueEditor.cpp" line="48"/>
        <source>Price in %1</source>
        <translation>Prix en %1</translation>
    </message>
</context>
<context>
    <name>facet::PrintPreview</name>
    <message>
        <location filename="../ui/previews/PrintPreview.cpp" line="95"/>
        <source>The PDF for this sheet is not available yet; this is its HTML, which the PDF is made from.</source>
        <translation>Le PDF de cette fiche n’est pas encore disponible&#xa0;; voici son HTML, à partir duquel le PDF est produit.</translation>
    </message>
    <message>
        <location filename="../ui/previews/PrintPreview.cpp" line="137"/>
        <source>The rendered PDF cannot be read; this is the sheet&apos;s HTML instead.</source>
        <translation>Le PDF produit ne peut pas être lu&#xa0;; voici à la place le HTML de la fiche.</translation>
    </message>
</context>
<context>
    <name>facet::PrintRules</name>
    <message>
        <location filename="../models/channels/PrintRules.cpp" line="123"/>
        <source>A PDF/A-1 file starts with the PDF 1.4 header.</source>
        <translation>Un fichier PDF/A-1 commence par l’en-tête PDF 1.4.</translation>
    </message>
    <message>
        <location filename="../models/channels/PrintRules.cpp" line="128"/>
        <source>The PDF&apos;s cross-reference table cannot be read: %1.</source>
        <translation>La table des références croisées du PDF ne peut pas être lue&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../models/channels/PrintRules.cpp" line="134"/>
        <source>The data sheet has no page.</source>
        <translation>La fiche technique n’a aucune page.</translation>
    </message>
    <message>
        <location filename="../models/channels/PrintRules.cpp" line="137"/>
        <source>PDF/A forbids encryption.</source>
        <translation>PDF/A interdit le chiffrement.</translation>
    </message>
    <message>
        <location filename="../models/channels/PrintRules.cpp" line="140"/>
        <source>PDF/A needs a file identifier (/ID).</source>
        <translation>PDF/A exige un identifiant de fichier (/ID).</translation>
    </message>
    <message>
        <location filename="../models/channels/PrintRules.cpp" line="150"/>
        <source>PDF/A-1 allows no object or cross-reference streams.</source>
        <translation>PDF/A-1 n’autorise pas les flux d’objets ni les flux de références croisées.</translation>
    </message>
    <message>
        <location filename="../models/channels/PrintRules.cpp" line="180"/>
        <source>PDF/A forbids scripts, launch actions and embedded files.</source>
        <translation>PDF/A interdit les scripts, les actions de lancement et les fichiers incorporés.</translation>
    </message>
    <message>
        <location filename="../models/channels/PrintRules.cpp" line="185"/>
        <source>The XMP metadata does not identify the file as PDF/A-1b (pdfaid part 1, conformance B).</source>
        <translation>Les métadonnées XMP n’identifient pas le fichier comme PDF/A-1b (pdfaid part 1, conformance B).</translation>
    </message>
    <message>
        <location filename="../models/channels/PrintRules.cpp" line="189"/>
        <source>PDF/A-1 needs an output intent (GTS_PDFA1) with an ICC profile.</source>
        <translation>PDF/A-1 exige un output intent (GTS_PDFA1) avec un profil ICC.</translation>
    </message>
    <message>
        <location filename="../models/channels/PrintRules.cpp" line="192"/>
        <source>Every font must be embedded; choose a TrueType font in the print template.</source>
        <translation>Toutes les polices doivent être incorporées&#xa0;; choisissez une police TrueType dans le modèle d’impression.</translation>
    </message>
    <message>
        <location filename="../models/channels/PrintRules.cpp" line="196"/>
        <source>PDF/A-1 forbids transparency (soft masks, alpha below 1, blend modes); use opaque colours and images.</source>
        <translation>PDF/A-1 interdit la transparence (masques adoucis, alpha inférieur à 1, modes de fusion)&#xa0;; utilisez des couleurs et des images opaques.</translation>
    </message>
</context>
<context>
    <name>facet::PrintSheet</name>
    <message>
        <location filename="../models/channels/PrintSheet.cpp" line="89"/>
        <source>The page size must be A4 or Letter.</source>
        <translation>Le format de page doit être A4 ou Letter.</translation>
    </message>
    <message>
        <location filename="../models/channels/PrintSheet.cpp" line="101"/>
        <source>The margins do not fit on the page.</source>
        <translation>Les marges ne tiennent pas sur la page.</translation>
    </message>
    <message>
        <location filename="../models/channels/PrintSheet.cpp" line="122"/>
        <source>The PDF writer could not start a page.</source>
        <translation>Le générateur PDF n’a pas pu commencer une page.</translation>
    </message>
</context>
<context>
    <name>facet::ProductBrowser</name>
    <message>
        <location filename="../ui/shell/ProductBrowser.cpp" line="49"/>
        <source>Search SKUs, names and texts (Ctrl+F)</source>
        <translation>Rechercher dans les SKU, noms et textes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ProductBrowser.cpp" line="249"/>
        <source>No product matches “%1”.</source>
        <translation>Aucun produit ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/shell/ProductBrowser.cpp" line="251"/>
        <source>No product in this category.</source>
        <translation>Aucun produit dans cette catégorie.</translation>
    </message>
    <message>
        <location filename="../ui/shell/ProductBrowser.cpp" line="253"/>
        <source>This workspace has no products yet.</source>
        <translation>Cet espace de travail ne contient encore aucun produit.</translation>
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
        <translation>aujourd’hui %1</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ProductListModel.cpp" line="175"/>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ProductListModel.cpp" line="177"/>
        <source>Completeness</source>
        <translation>Complétude</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/ProductListModel.cpp" line="179"/>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>facet::PublicationHistoryWindow</name>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="73"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="75"/>
        <source>until</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="82"/>
        <source>&amp;Verify Folder</source>
        <translation>&amp;Vérifier le dossier</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="88"/>
        <source>Publication History</source>
        <translation>Historique des publications</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="92"/>
        <source>Every channel</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="105"/>
        <source>Channel:</source>
        <translation>Canal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="114"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="126"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="126"/>
        <source>Target</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="126"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="126"/>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="127"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="127"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="127"/>
        <source>Written</source>
        <translation>Écrits</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="127"/>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="128"/>
        <source>Withdrawn</source>
        <translation>Retirés</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="128"/>
        <source>Held</source>
        <translation>Retenus</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="128"/>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="128"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="133"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="133"/>
        <source>Locale</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="133"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="133"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="134"/>
        <source>Checksum</source>
        <translation>Somme de contrôle</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="134"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="134"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="135"/>
        <source>Double-click an item to open its record in the workbench</source>
        <translation>Double-cliquez sur un élément pour ouvrir sa fiche dans l’atelier</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="138"/>
        <source>Select an item to see who submitted and approved its revision.</source>
        <translation>Sélectionnez un élément pour voir qui a soumis et approuvé sa révision.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="140"/>
        <source>Who approved it</source>
        <translation>Qui a approuvé</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="158"/>
        <source>Check the selected publication&apos;s target folder against its manifest: every file there, none changed</source>
        <translation>Comparer le dossier de destination de la publication sélectionnée à son manifeste&#xa0;: tous les fichiers présents, aucun modifié</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="174"/>
        <source>Publications</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="175"/>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="177"/>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="180"/>
        <source>Dead Letters</source>
        <translation>Messages non remis</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="177"/>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="179"/>
        <source>Dead Letters (%L1)</source>
        <translation>Messages non remis (%L1)</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="225"/>
        <source>Publication %1, started %2 UTC</source>
        <translation>Publication %1, lancée le %2 UTC</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="245"/>
        <source>%Ln publications</source>
        <translation>
            <numerusform>%Ln publication</numerusform>
            <numerusform>%Ln publications</numerusform>
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
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · révision &lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="361"/>
        <source>&lt;p&gt;Withdrawn: no revision of this record may go to the channel any more.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Retiré&#xa0;: plus aucune révision de cette fiche ne peut être diffusée sur le canal.&lt;/p&gt;</translation>
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
        <translation>Soumise par %1 à l’étape %2</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="376"/>
        <source>&lt;b&gt;Approved&lt;/b&gt; by %1: %2 → %3</source>
        <translation>&lt;b&gt;Approuvée&lt;/b&gt; par %1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="381"/>
        <source>Sent back by %1: %2 → %3</source>
        <translation>Renvoyée par %1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="384"/>
        <source>Restored by %1</source>
        <translation>Restaurée par %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="387"/>
        <source>Superseded (%1)</source>
        <translation>Remplacée (%1)</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="395"/>
        <source>&lt;p&gt;No decision is recorded for this revision.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune décision n’est enregistrée pour cette révision.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="400"/>
        <source>&lt;p&gt;&lt;b&gt;%1:&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&#xa0;:&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="426"/>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="443"/>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="446"/>
        <source>✔ Intact: every file in %1 matches its manifest.</source>
        <translation>✔ Intact&#xa0;: chaque fichier de %1 correspond à son manifeste.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/PublicationHistoryWindow.cpp" line="451"/>
        <source>✘ %Ln problems: %1</source>
        <translation>
            <numerusform>✘ %Ln problème&#xa0;: %1</numerusform>
            <numerusform>✘ %Ln problèmes&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>facet::PublishDialog</name>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="88"/>
        <source>&amp;Plan</source>
        <translation>&amp;Planifier</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="89"/>
        <source>&amp;Dry Run</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="90"/>
        <source>P&amp;ublish</source>
        <translation>P&amp;ublier</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="91"/>
        <source>Cancel Run</source>
        <translation>Annuler l’exécution</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="94"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="98"/>
        <source>Channels and targets</source>
        <translation>Canaux et destinations</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="102"/>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="103"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="116"/>
        <location filename="../ui/publishing/PublishDialog.cpp" line="143"/>
        <location filename="../ui/publishing/PublishDialog.cpp" line="180"/>
        <location filename="../ui/publishing/PublishDialog.cpp" line="192"/>
        <source>Target</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="116"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="116"/>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="116"/>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="117"/>
        <location filename="../ui/publishing/PublishDialog.cpp" line="180"/>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="117"/>
        <location filename="../ui/publishing/PublishDialog.cpp" line="181"/>
        <source>Withdrawn</source>
        <translation>Retirés</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="117"/>
        <location filename="../ui/publishing/PublishDialog.cpp" line="181"/>
        <source>Held</source>
        <translation>Retenus</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="130"/>
        <source>Filter by SKU, locale, target or reason</source>
        <translation>Filtrer par SKU, langue, destination ou motif</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="133"/>
        <source>Every action</source>
        <translation>Toutes les actions</translation>
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
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="143"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="143"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="143"/>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="158"/>
        <source>Double-click an entry to open its record in the workbench</source>
        <translation>Double-cliquez sur une entrée pour ouvrir sa fiche dans l’atelier</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="180"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="180"/>
        <source>Written</source>
        <translation>Écrits</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="181"/>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="181"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="182"/>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="182"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="192"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="198"/>
        <source>Double-click a record to open it in the workbench</source>
        <translation>Double-cliquez sur une fiche pour l’ouvrir dans l’atelier</translation>
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
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="232"/>
        <source>What publishing would do, without rendering or writing anything</source>
        <translation>Ce que ferait la publication, sans produire de rendu ni rien écrire</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="234"/>
        <source>Render everything and check it, and count what would be written; nothing is written or recorded</source>
        <translation>Produire et vérifier tous les rendus, et compter ce qui serait écrit&#xa0;; rien n’est écrit ni enregistré</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="239"/>
        <source>Stop: every target keeps its previous publication</source>
        <translation>Arrêter&#xa0;: chaque destination conserve sa publication précédente</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="240"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="268"/>
        <source>Choose the targets, then Plan to see what would change.</source>
        <translation>Choisissez les destinations, puis «&#xa0;Planifier&#xa0;» pour voir ce qui changerait.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="310"/>
        <source>Planning…</source>
        <translation>Planification…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="335"/>
        <source>Dry run: starting…</source>
        <translation>Simulation&#xa0;: démarrage…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="335"/>
        <source>Publishing: starting…</source>
        <translation>Publication&#xa0;: démarrage…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="346"/>
        <source>Cancelling… the targets keep their previous publication.</source>
        <translation>Annulation… Les destinations conservent leur publication précédente.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="355"/>
        <source>Dry run</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="355"/>
        <source>Publishing</source>
        <translation>Publication</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="357"/>
        <source>%1 · %2 (%3 of %4) · %5 %L6 / %L7</source>
        <translation>%1 · %2 (%3 sur %4) · %5 %L6 / %L7</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="365"/>
        <source>%1 · %2 (%3 of %4) · %5…</source>
        <translation>%1 · %2 (%3 sur %4) · %5…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="383"/>
        <source>No plan.</source>
        <translation>Aucun plan.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="416"/>
        <source>Revision %1
Templates %2</source>
        <translation>Révision %1
Modèles %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/PublishDialog.cpp" line="432"/>
        <source>Planned 1 target, %Ln entries.</source>
        <translation>
            <numerusform>Plan&#xa0;: 1 destination, %Ln entrée.</numerusform>
            <numerusform>Plan&#xa0;: 1 destination, %Ln entrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/PublishDialog.cpp" line="433"/>
        <source>Planned %1 targets, %Ln entries.</source>
        <translation>
            <numerusform>Plan&#xa0;: %1 destinations, %Ln entrée.</numerusform>
            <numerusform>Plan&#xa0;: %1 destinations, %Ln entrées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="444"/>
        <source>%L1 of %L2</source>
        <translation>%L1 sur %L2</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="495"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="511"/>
        <source>Held back or failed (%L1): not published; the rest was.</source>
        <translation>Retenus ou en échec (%L1)&#xa0;: non publiés&#xa0;; tout le reste l’a été.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="519"/>
        <source>Cancelled. The cancelled target and those after it keep their previous publication.</source>
        <translation>Annulé. La destination interrompue et les suivantes conservent leur publication précédente.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="523"/>
        <source>Dry run: what publishing would write. Nothing was written or recorded.</source>
        <translation>Simulation&#xa0;: ce que la publication écrirait. Rien n’a été écrit ni enregistré.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/PublishDialog.cpp" line="526"/>
        <source>Published %Ln renderings to %1 targets.</source>
        <translation>
            <numerusform>%Ln rendu publié vers %1 destinations.</numerusform>
            <numerusform>%Ln rendus publiés vers %1 destinations.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="527"/>
        <source>Dry run done.</source>
        <translation>Simulation terminée.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="527"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="528"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishDialog.cpp" line="528"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
</context>
<context>
    <name>facet::PublishTargetTree</name>
    <message>
        <location filename="../ui/publishing/PublishTargetTree.cpp" line="15"/>
        <source>Channel / target</source>
        <translation>Canal / destination</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="vanished">Type</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetTree.cpp" line="15"/>
        <source>Last publication</source>
        <translation>Dernière publication</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetTree.cpp" line="15"/>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetTree.cpp" line="39"/>
        <source>%1 channel</source>
        <translation>Canal de type %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetTree.cpp" line="42"/>
        <source>Sign in to publish.</source>
        <translation>Connectez-vous pour publier.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetTree.cpp" line="44"/>
        <source>%1 may not publish to %2: none of their roles grants this channel.</source>
        <translation>%1 n’a pas le droit de publier sur %2&#xa0;: aucun de ses rôles n’autorise ce canal.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetTree.cpp" line="47"/>
        <source>This channel has no publishing target (Admin ▸ Publishing Targets…).</source>
        <translation>Ce canal n’a aucune destination de publication (Administration ▸ Destinations de publication…).</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetTree.cpp" line="54"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetTree.cpp" line="61"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetTree.cpp" line="67"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetTree.cpp" line="70"/>
        <source>%1: %2 written, %3 unchanged, %4 withdrawn, %5 held, %6 failed</source>
        <translation>%1&#xa0;: %2 écrits, %3 inchangés, %4 retirés, %5 retenus, %6 en échec</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetTree.cpp" line="84"/>
        <source>This target is disabled (Admin ▸ Publishing Targets…).</source>
        <translation>Cette destination est désactivée (Administration ▸ Destinations de publication…).</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetTree.cpp" line="95"/>
        <source>No enabled target.</source>
        <translation>Aucune destination activée.</translation>
    </message>
</context>
<context>
    <name>facet::PublishTargetsDialog</name>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="41"/>
        <source>The target has no folder.</source>
        <translation>La destination n’a pas de dossier.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="44"/>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="47"/>
        <source>Cannot write in %1: %2</source>
        <translation>Impossible d’écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="63"/>
        <source>Also a catalog PDF per locale (print)</source>
        <translation>Également un catalogue PDF par langue (impression)</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="70"/>
        <source>Publish automatically when a revision reaches the channel&apos;s level</source>
        <translation>Publier automatiquement dès qu’une révision atteint le niveau de diffusion du canal</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="71"/>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="83"/>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="72"/>
        <source>&amp;Save Target</source>
        <translation>&amp;Enregistrer la destination</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="73"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="74"/>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="78"/>
        <source>Publishing Targets</source>
        <translation>Destinations de publication</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="83"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="83"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="83"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="83"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="83"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="91"/>
        <source>&amp;New Target</source>
        <translation>&amp;Nouvelle destination</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="103"/>
        <source>e.g. web-site</source>
        <translation>par exemple web-site</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="109"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="121"/>
        <source>absolute, or relative to the workspace file&apos;s folder</source>
        <translation>absolu, ou relatif au dossier du fichier d’espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="122"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="127"/>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="134"/>
        <source>Publish Into Folder</source>
        <translation>Publier dans le dossier</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="145"/>
        <source>URL:</source>
        <translation>URL&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="148"/>
        <source> per request</source>
        <translation> par requête</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="149"/>
        <source>Batch size:</source>
        <translation>Taille des lots&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="152"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="153"/>
        <source>Timeout:</source>
        <translation>Délai d’attente&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="156"/>
        <source>Attempts:</source>
        <translation>Tentatives&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="159"/>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="161"/>
        <source>A new random secret, shown until you save so you can give it to the receiver</source>
        <translation>Un nouveau secret aléatoire, affiché jusqu’à l’enregistrement pour que vous puissiez le transmettre au destinataire</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="165"/>
        <source>Signing secret:</source>
        <translation>Secret de signature&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="166"/>
        <source>Stored outside the workspace, never shown again. Requests carry X-Facet-Signature: sha256=HMAC of the body.</source>
        <translation>Stocké hors de l’espace de travail, jamais réaffiché. Les requêtes portent X-Facet-Signature: sha256=HMAC du corps.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="191"/>
        <source>Folder: whether Facet can write there. Webhook: whether the URL answers a signed empty batch.</source>
        <translation>Dossier&#xa0;: Facet peut-il y écrire&#xa0;? Webhook&#xa0;: l’URL répond-elle à un lot vide signé&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="198"/>
        <source>Code:</source>
        <translation>Code&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="199"/>
        <source>Channel:</source>
        <translation>Canal&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="200"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="201"/>
        <source>Kind:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="202"/>
        <source>Target</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="242"/>
        <source>Only users who may manage channels change targets.</source>
        <translation>Seuls les utilisateurs autorisés à gérer les canaux peuvent modifier les destinations.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="271"/>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="272"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="271"/>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="272"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="354"/>
        <source>a secret is stored; type or generate one to replace it</source>
        <translation>un secret est enregistré&#xa0;; saisissez-en ou générez-en un autre pour le remplacer</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="355"/>
        <source>none yet: type one or Generate</source>
        <translation>aucun pour l’instant&#xa0;: saisissez-en un ou cliquez sur «&#xa0;Générer&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="363"/>
        <source>Give the target a code, e.g. “web-site”.</source>
        <translation>Donnez un code à la destination, par exemple «&#xa0;web-site&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="368"/>
        <source>There is already a target “%1”.</source>
        <translation>Il existe déjà une destination «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="391"/>
        <source>Choose the folder to publish into.</source>
        <translation>Choisissez le dossier dans lequel publier.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="404"/>
        <source>The webhook needs an http or https URL, e.g. https://example.com/hook.</source>
        <translation>Le webhook nécessite une URL http ou https, par exemple https://example.com/hook.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="435"/>
        <source>Saved.</source>
        <translation>Enregistrée.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="443"/>
        <source>Saved, with its secret.</source>
        <translation>Enregistrée, avec son secret.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="445"/>
        <source>The target was saved, but its secret was not: %1</source>
        <translation>La destination a été enregistrée, mais pas son secret&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="449"/>
        <source>Saved. It has no secret yet: deliveries are refused until one is set.</source>
        <translation>Enregistrée. Elle n’a pas encore de secret&#xa0;: les envois sont refusés tant qu’aucun n’est défini.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="480"/>
        <source>Removed %1. Its publication history stays.</source>
        <translation>%1 supprimée. Son historique de publication est conservé.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="501"/>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="514"/>
        <source>✔ %1 is writable.</source>
        <translation>✔ %1 est accessible en écriture.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishTargetsDialog.cpp" line="515"/>
        <source>✔ %1 answered the signed ping.</source>
        <translation>✔ %1 a répondu au ping signé.</translation>
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
        <translation>cet espace de travail a des utilisateurs&#xa0;: connectez-vous pour publier</translation>
    </message>
    <message>
        <location filename="../models/publishing/PublisherPlanning.cpp" line="87"/>
        <source>there is no channel “%1”</source>
        <translation>il n’existe aucun canal «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/publishing/PublisherPlanning.cpp" line="93"/>
        <location filename="../models/publishing/PublisherDue.cpp" line="88"/>
        <source>there is no publishing target “%1”</source>
        <translation>il n’existe aucune destination de publication «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/publishing/PublisherPlanning.cpp" line="95"/>
        <source>the publishing target “%1” is disabled</source>
        <translation>la destination de publication «&#xa0;%1&#xa0;» est désactivée</translation>
    </message>
    <message>
        <location filename="../models/publishing/PublisherPlanning.cpp" line="108"/>
        <source>the channel “%1” has no enabled publishing target</source>
        <translation>le canal «&#xa0;%1&#xa0;» n’a aucune destination de publication activée</translation>
    </message>
    <message>
        <location filename="../models/publishing/PublisherPlanning.cpp" line="111"/>
        <source>there is nothing to publish to: no enabled target matches</source>
        <translation>aucune destination où publier&#xa0;: aucune destination activée ne correspond</translation>
    </message>
    <message>
        <location filename="../models/publishing/PublisherPlanning.cpp" line="117"/>
        <source>the target “%1” publishes the unknown channel “%2”</source>
        <translation>la destination «&#xa0;%1&#xa0;» publie le canal inconnu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/publishing/PublisherPlanning.cpp" line="120"/>
        <source>%1 may not publish to the channel “%2”: none of their roles grants it</source>
        <translation>%1 n’a pas le droit de publier sur le canal «&#xa0;%2&#xa0;»&#xa0;: aucun de ses rôles ne l’autorise</translation>
    </message>
    <message>
        <location filename="../models/publishing/PublisherPlanning.cpp" line="125"/>
        <source>no product with SKU “%1”</source>
        <translation>aucun produit avec le SKU «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/publishing/PublisherPlanning.cpp" line="274"/>
        <source>revision %1 of %2 cannot be read</source>
        <translation>la révision %1 de %2 ne peut pas être lue</translation>
    </message>
    <message>
        <location filename="../models/publishing/Publisher.cpp" line="115"/>
        <source>cancelled; the targets keep their previous publication</source>
        <translation>annulée&#xa0;; les destinations conservent leur publication précédente</translation>
    </message>
    <message>
        <location filename="../models/publishing/Publisher.cpp" line="150"/>
        <source>another publication to %1 is running (process %2 on %3); try again when it has finished</source>
        <translation>une autre publication vers %1 est en cours (processus %2 sur %3) ; réessayez quand elle sera terminée</translation>
    </message>
    <message>
        <location filename="../models/publishing/Publisher.cpp" line="162"/>
        <source>interrupted: the process publishing it ended before it finished</source>
        <translation>interrompue : le processus qui la publiait s’est arrêté avant la fin</translation>
    </message>
    <message>
        <location filename="../models/publishing/Publisher.cpp" line="211"/>
        <location filename="../models/publishing/Publisher.cpp" line="262"/>
        <location filename="../models/publishing/Publisher.cpp" line="375"/>
        <source>cancelled before anything was written</source>
        <translation>annulée avant toute écriture</translation>
    </message>
    <message>
        <location filename="../models/publishing/Publisher.cpp" line="312"/>
        <source>dry run: nothing was written</source>
        <translation>simulation&#xa0;: rien n’a été écrit</translation>
    </message>
    <message>
        <location filename="../models/publishing/Publisher.cpp" line="368"/>
        <source>the asset %1 cannot be prepared: %2</source>
        <translation>la ressource %1 ne peut pas être préparée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/Publisher.cpp" line="385"/>
        <source>cancelled; the folder keeps its previous publication</source>
        <translation>annulée&#xa0;; le dossier conserve sa publication précédente</translation>
    </message>
    <message>
        <location filename="../models/publishing/Publisher.cpp" line="413"/>
        <location filename="../models/publishing/PublisherDue.cpp" line="104"/>
        <source>the webhook target %1 has no secret: %2</source>
        <translation>la destination webhook %1 n’a pas de secret&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/Publisher.cpp" line="497"/>
        <source>cancelled during delivery; what was delivered is recorded</source>
        <translation>annulée pendant l’envoi&#xa0;; ce qui a été remis est enregistré</translation>
    </message>
    <message>
        <location filename="../models/publishing/PublisherDue.cpp" line="91"/>
        <source>%1 may not publish to the channel “%2”</source>
        <translation>%1 n’a pas le droit de publier sur le canal «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/publishing/PublisherDue.cpp" line="98"/>
        <source>the target %1 has no dead letter %2</source>
        <translation>la destination %1 n’a pas de message non remis %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/PublisherDue.cpp" line="151"/>
        <source>%1 of %2 messages to %3 were still not delivered; they stay in the dead-letter list</source>
        <translation>%1 des %2 messages vers %3 n’ont toujours pas été remis&#xa0;; ils restent dans la liste des messages non remis</translation>
    </message>
</context>
<context>
    <name>facet::PublishingActions</name>
    <message>
        <location filename="../ui/publishing/PublishingActions.cpp" line="27"/>
        <source>&amp;Publish…</source>
        <translation>&amp;Publier…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingActions.cpp" line="28"/>
        <source>Publication &amp;History…</source>
        <translation>&amp;Historique des publications…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingActions.cpp" line="29"/>
        <source>&amp;Schedules…</source>
        <translation>Publications p&amp;rogrammées…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingActions.cpp" line="30"/>
        <source>&amp;Dead Letters…</source>
        <translation>&amp;Messages non remis…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingActions.cpp" line="31"/>
        <source>Publishing &amp;Targets…</source>
        <translation>&amp;Destinations de publication…</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingActions.cpp" line="38"/>
        <source>Publish approved content to the channels&apos; targets</source>
        <translation>Publier le contenu approuvé vers les destinations des canaux</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingActions.cpp" line="91"/>
        <source>P&amp;ublish</source>
        <translation>&amp;Publication</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingActions.cpp" line="263"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/PublishingActions.cpp" line="264"/>
        <source>%Ln failed</source>
        <translation>
            <numerusform>%Ln en échec</numerusform>
            <numerusform>%Ln en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/publishing/PublishingActions.cpp" line="268"/>
        <source>Published %Ln renderings to %1</source>
        <translation>
            <numerusform>%Ln rendu publié vers %1</numerusform>
            <numerusform>%Ln rendus publiés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingActions.cpp" line="281"/>
        <source>⚠ Publishing problem</source>
        <translation>⚠ Problème de publication</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingActions.cpp" line="282"/>
        <source>%1

Click to open the publication history.</source>
        <translation>%1

Cliquez pour ouvrir l’historique des publications.</translation>
    </message>
</context>
<context>
    <name>facet::PublishingStore</name>
    <message>
        <location filename="../models/storage/PublishingStore.cpp" line="649"/>
        <source>there is no schedule %1</source>
        <translation>il n’existe aucune programmation %1</translation>
    </message>
</context>
<context>
    <name>facet::PublishingText</name>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="44"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="45"/>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="52"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="54"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="56"/>
        <location filename="../ui/publishing/PublishingText.cpp" line="71"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="58"/>
        <location filename="../ui/publishing/PublishingText.cpp" line="73"/>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="60"/>
        <location filename="../ui/publishing/PublishingText.cpp" line="75"/>
        <source>held</source>
        <translation>retenu</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="69"/>
        <source>written</source>
        <translation>écrit</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="77"/>
        <location filename="../ui/publishing/PublishingText.cpp" line="90"/>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="86"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="88"/>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="92"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="100"/>
        <source>manual</source>
        <translation>manuel</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="102"/>
        <source>schedule</source>
        <translation>programmation</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="104"/>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="111"/>
        <source>Planning</source>
        <translation>Planification</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="113"/>
        <source>Rendering</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="115"/>
        <source>Writing</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <location filename="../ui/publishing/PublishingText.cpp" line="117"/>
        <source>Delivering</source>
        <translation>Envoi</translation>
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
        <translation>Charge utile APNs %1 octets, message FCM %2 octets, limite %3 octets.</translation>
    </message>
    <message>
        <location filename="../models/channels/PushPayload.cpp" line="190"/>
        <source>The payload takes %1 bytes, the limit is %2, and shortening the body does not make it fit: shorten the title or the custom data.</source>
        <translation>La charge utile occupe %1 octets pour une limite de %2, et raccourcir le corps ne suffit pas&#xa0;: raccourcissez le titre ou les données personnalisées.</translation>
    </message>
    <message>
        <location filename="../models/channels/PushPayload.cpp" line="201"/>
        <source>The payload would take %1 bytes, the limit is %2: the body was shortened to %3 characters.</source>
        <translation>La charge utile occuperait %1 octets pour une limite de %2&#xa0;: le corps a été raccourci à %3 caractères.</translation>
    </message>
    <message>
        <location filename="../models/channels/PushPayload.cpp" line="221"/>
        <source>The %1 has %2 characters; lock screens show about %3.</source>
        <translation>Le %1 compte %2 caractères&#xa0;; les écrans de verrouillage en affichent environ %3.</translation>
    </message>
    <message>
        <location filename="../models/channels/PushPayload.cpp" line="229"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../models/channels/PushPayload.cpp" line="231"/>
        <source>body</source>
        <translation>corps</translation>
    </message>
    <message>
        <location filename="../models/channels/PushPayload.cpp" line="235"/>
        <source>The notification has no body text.</source>
        <translation>La notification n’a pas de corps de texte.</translation>
    </message>
    <message>
        <location filename="../models/channels/PushPayload.cpp" line="238"/>
        <source>An FCM message goes to a token or a topic, not both.</source>
        <translation>Un message FCM est destiné à un jeton ou à un sujet, pas aux deux.</translation>
    </message>
    <message>
        <location filename="../models/channels/PushPayload.cpp" line="242"/>
        <source>The custom key “%1” is reserved (FCM data: from, gcm…, google.…; APNs: aps) and is left out where it is reserved.</source>
        <translation>La clé personnalisée «&#xa0;%1&#xa0;» est réservée (data FCM&#xa0;: from, gcm…, google.…&#xa0;; APNs&#xa0;: aps) et est omise là où elle est réservée.</translation>
    </message>
    <message>
        <location filename="../models/channels/PushPayload.cpp" line="252"/>
        <source>The custom key “%1” is not a string, number or boolean: APNs leaves it out, FCM gets it as a JSON string.</source>
        <translation>La clé personnalisée «&#xa0;%1&#xa0;» n’est ni une chaîne, ni un nombre, ni un booléen&#xa0;: APNs l’omet, FCM la reçoit sous forme de chaîne JSON.</translation>
    </message>
</context>
<context>
    <name>facet::PushPreview</name>
    <message>
        <location filename="../ui/previews/PushPreview.cpp" line="24"/>
        <source>iPhone lock screen</source>
        <translation>Écran de verrouillage iPhone</translation>
    </message>
    <message>
        <location filename="../ui/previews/PushPreview.cpp" line="25"/>
        <source>Android lock screen</source>
        <translation>Écran de verrouillage Android</translation>
    </message>
    <message>
        <location filename="../ui/previews/PushPreview.cpp" line="44"/>
        <source>Your app</source>
        <translation>Votre application</translation>
    </message>
    <message>
        <location filename="../ui/previews/PushPreview.cpp" line="62"/>
        <source> · now</source>
        <translation> · maintenant</translation>
    </message>
    <message>
        <location filename="../ui/previews/PushPreview.cpp" line="83"/>
        <source>now</source>
        <translation>maintenant</translation>
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
        <translation>Charge utile %1&#xa0;: non mesurée</translation>
    </message>
    <message>
        <location filename="../ui/previews/PushPreview.cpp" line="140"/>
        <source>%1 payload: %2 of %3 bytes</source>
        <translation>Charge utile %1&#xa0;: %2 octets sur %3</translation>
    </message>
    <message>
        <location filename="../ui/previews/PushPreview.cpp" line="141"/>
        <source>%1 payload: %2 bytes</source>
        <translation>Charge utile %1&#xa0;: %2 octets</translation>
    </message>
</context>
<context>
    <name>facet::PushSchema</name>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="113"/>
        <source>an APNs payload must have an “aps” dictionary</source>
        <translation>une charge utile APNs doit contenir un dictionnaire «&#xa0;aps&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="118"/>
        <source>custom key “%1” must be a string, number or boolean</source>
        <translation>la clé personnalisée «&#xa0;%1&#xa0;» doit être une chaîne, un nombre ou un booléen</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="127"/>
        <source>an FCM request has an unknown key “%1”</source>
        <translation>une requête FCM contient une clé inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="129"/>
        <source>an FCM request must have a “message” object</source>
        <translation>une requête FCM doit contenir un objet «&#xa0;message&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="139"/>
        <source>message has an unknown key “%1”</source>
        <translation>message contient une clé inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="143"/>
        <source>message.%1 must be a non-empty string</source>
        <translation>message.%1 doit être une chaîne non vide</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="147"/>
        <source>message needs exactly one of token, topic and condition, not %1</source>
        <translation>message doit avoir exactement un élément parmi token, topic et condition, et non %1</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="152"/>
        <source>message.notification has an unknown key “%1”</source>
        <translation>message.notification contient une clé inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="154"/>
        <source>message.notification.%1 must be a string</source>
        <translation>message.notification.%1 doit être une chaîne</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="161"/>
        <source>message.data.%1 must be a string (FCM data holds strings only)</source>
        <translation>message.data.%1 doit être une chaîne (data FCM ne contient que des chaînes)</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="163"/>
        <source>message.data key “%1” is reserved</source>
        <translation>la clé «&#xa0;%1&#xa0;» de message.data est réservée</translation>
    </message>
    <message>
        <location filename="../models/channels/PushSchema.cpp" line="170"/>
        <source>message.apns has an unknown key “%1”</source>
        <translation>message.apns contient une clé inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>facet::RecentWorkspaces</name>
    <message>
        <location filename="../ui/shell/RecentWorkspaces.cpp" line="106"/>
        <source>No recent workspaces</source>
        <translation>Aucun espace de travail récent</translation>
    </message>
    <message>
        <location filename="../ui/shell/RecentWorkspaces.cpp" line="110"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>facet::RecordDocument</name>
    <message>
        <location filename="../models/editing/RecordDocument.cpp" line="52"/>
        <source>no workspace is open</source>
        <translation>aucun espace de travail n’est ouvert</translation>
    </message>
    <message>
        <location filename="../models/editing/RecordDocument.cpp" line="56"/>
        <source>there is no product with the SKU “%1”</source>
        <translation>il n’existe aucun produit avec le SKU «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/editing/RecordDocument.cpp" line="97"/>
        <source>no product is open</source>
        <translation>aucun produit n’est ouvert</translation>
    </message>
</context>
<context>
    <name>facet::RecordEditor</name>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="30"/>
        <location filename="../ui/editor/RecordEditor.cpp" line="154"/>
        <source>Select a product to edit it.</source>
        <translation>Sélectionnez un produit pour le modifier.</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="46"/>
        <source>Completeness</source>
        <translation>Complétude</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="108"/>
        <source>● Unsaved changes</source>
        <translation>● Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="110"/>
        <source>This product has changes that are not saved yet</source>
        <translation>Ce produit comporte des modifications qui ne sont pas encore enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="111"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="113"/>
        <source>Check and save this product&apos;s changes</source>
        <translation>Vérifier et enregistrer les modifications de ce produit</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="163"/>
        <source>The product cannot be opened: %1</source>
        <translation>Impossible d’ouvrir le produit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="222"/>
        <source>Not saved; nothing was written. Fix these first:
%1</source>
        <translation>Non enregistré&#x202f;; rien n’a été écrit. Corrigez d’abord ces points&#xa0;:
%1</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="223"/>
        <source>Not saved; nothing was written: %1</source>
        <translation>Non enregistré&#x202f;; rien n’a été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="250"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="251"/>
        <source>The product “%1” has unsaved changes. Save them?</source>
        <translation>Le produit «&#xa0;%1&#xa0;» comporte des modifications non enregistrées. Voulez-vous les enregistrer&#x202f;?</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="265"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="314"/>
        <source>SKU %1 · Family %2</source>
        <translation>SKU %1 · Famille %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="326"/>
        <source>complete for every channel and locale</source>
        <translation>complet pour tous les canaux et toutes les langues</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="327"/>
        <source>%1% on average · %2 of %3 channel locales incomplete</source>
        <translation>%1&#xa0;% en moyenne · %2 couples canal-langue incomplets sur %3</translation>
    </message>
</context>
<context>
    <name>facet::RecordForm</name>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="24"/>
        <source>identifier</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="26"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="28"/>
        <source>rich text</source>
        <translation>texte enrichi</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="30"/>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="32"/>
        <source>measurement</source>
        <translation>mesure</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="34"/>
        <source>prices</source>
        <translation>prix</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="36"/>
        <source>yes/no</source>
        <translation>oui/non</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="38"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="40"/>
        <source>one option</source>
        <translation>choix unique</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="42"/>
        <source>options</source>
        <translation>choix multiple</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="44"/>
        <source>asset</source>
        <translation>ressource</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="46"/>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="113"/>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/RecordForm.cpp" line="124"/>
        <source>%n attribute(s)</source>
        <translation>
            <numerusform>%n attribut</numerusform>
            <numerusform>%n attributs</numerusform>
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
            <numerusform>%n caractère max.</numerusform>
            <numerusform>%n caractères max.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/editor/RecordForm.cpp" line="196"/>
        <source>required for %n channel(s)</source>
        <translation>
            <numerusform>requis pour %n canal</numerusform>
            <numerusform>requis pour %n canaux</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="198"/>
        <source>required for %1</source>
        <translation>requis pour %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="207"/>
        <source>Attribute code: %1</source>
        <translation>Code d’attribut&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="208"/>
        <source>Attribute code: %1
Required for: %2</source>
        <translation>Code d’attribut&#xa0;: %1
Requis pour&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>facet::RecordStageBar</name>
    <message>
        <location filename="../ui/workflow/RecordStageBar.cpp" line="27"/>
        <source>Submit…</source>
        <translation>Soumettre…</translation>
    </message>
    <message>
        <location filename="../ui/workflow/RecordStageBar.cpp" line="28"/>
        <source>Freeze the saved working draft as a revision and send it for review</source>
        <translation>Figer le brouillon de travail enregistré en une révision et l’envoyer en relecture</translation>
    </message>
    <message>
        <location filename="../ui/workflow/RecordStageBar.cpp" line="30"/>
        <source>Review</source>
        <translation>Relire</translation>
    </message>
    <message>
        <location filename="../ui/workflow/RecordStageBar.cpp" line="31"/>
        <source>Review the revision waiting in the workflow</source>
        <translation>Relire la révision en attente dans le workflow</translation>
    </message>
    <message>
        <location filename="../ui/workflow/RecordStageBar.cpp" line="33"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../ui/workflow/RecordStageBar.cpp" line="34"/>
        <source>Revisions, decisions and comments; compare any two</source>
        <translation>Révisions, décisions et commentaires&#xa0;; comparez-en deux au choix</translation>
    </message>
    <message>
        <location filename="../ui/workflow/RecordStageBar.cpp" line="98"/>
        <source>In review: %1</source>
        <translation>En relecture&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/workflow/RecordStageBar.cpp" line="102"/>
        <source>Not submitted</source>
        <translation>Non soumis</translation>
    </message>
    <message>
        <location filename="../ui/workflow/RecordStageBar.cpp" line="104"/>
        <source> · draft changed</source>
        <translation> · brouillon modifié</translation>
    </message>
    <message>
        <location filename="../ui/workflow/RecordStageBar.cpp" line="107"/>
        <source>The working draft has changes no revision holds yet: submit them for review</source>
        <translation>Le brouillon de travail contient des modifications qu’aucune révision ne contient encore&#xa0;: soumettez-les pour relecture</translation>
    </message>
</context>
<context>
    <name>facet::RecordStore</name>
    <message>
        <location filename="../models/storage/RecordStore.cpp" line="111"/>
        <location filename="../models/storage/RecordStore.cpp" line="267"/>
        <location filename="../models/storage/RecordStore.cpp" line="412"/>
        <source>no product with SKU “%1”</source>
        <translation>aucun produit avec le SKU «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/storage/RecordStore.cpp" line="116"/>
        <source>the stored draft of “%1” is damaged</source>
        <translation>le brouillon enregistré de «&#xa0;%1&#xa0;» est endommagé</translation>
    </message>
    <message>
        <location filename="../models/storage/RecordStore.cpp" line="166"/>
        <location filename="../models/storage/RecordStore.cpp" line="184"/>
        <source>cannot save “%1”: %2</source>
        <translation>impossible d’enregistrer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/RecordStore.cpp" line="253"/>
        <source>cannot index “%1” for search: %2</source>
        <translation>impossible d’indexer «&#xa0;%1&#xa0;» pour la recherche&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/RecordStore.cpp" line="276"/>
        <source>“%1” cannot be removed: %2</source>
        <translation>impossible de supprimer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>facet::RenderService</name>
    <message>
        <location filename="../models/rendering/RenderService.cpp" line="99"/>
        <source>there is no channel “%1”</source>
        <translation>il n’existe aucun canal «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>facet::RenditionGenerator</name>
    <message>
        <location filename="../models/assets/RenditionGenerator.cpp" line="64"/>
        <source>the SVG cannot be drawn</source>
        <translation>le SVG ne peut pas être dessiné</translation>
    </message>
    <message>
        <location filename="../models/assets/RenditionGenerator.cpp" line="81"/>
        <source>the PDF cannot be opened</source>
        <translation>le PDF ne peut pas être ouvert</translation>
    </message>
    <message>
        <location filename="../models/assets/RenditionGenerator.cpp" line="87"/>
        <source>the PDF&apos;s first page cannot be drawn</source>
        <translation>la première page du PDF ne peut pas être dessinée</translation>
    </message>
    <message>
        <location filename="../models/assets/RenditionGenerator.cpp" line="98"/>
        <source>the image is too large to decode</source>
        <translation>l’image est trop grande pour être décodée</translation>
    </message>
    <message>
        <location filename="../models/assets/RenditionGenerator.cpp" line="104"/>
        <source>the image cannot be decoded: %1</source>
        <translation>l’image ne peut pas être décodée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/assets/RenditionGenerator.cpp" line="123"/>
        <source>%1 cannot be read to make a rendition</source>
        <translation>impossible de lire %1 pour produire une déclinaison</translation>
    </message>
    <message>
        <location filename="../models/assets/RenditionGenerator.cpp" line="144"/>
        <source>cannot write the %1 rendition of %2: %3</source>
        <translation>impossible d’écrire la déclinaison %1 de %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>facet::RenditionSpec</name>
    <message>
        <location filename="../models/assets/RenditionSpec.cpp" line="32"/>
        <source>channel %1: %2</source>
        <translation>canal %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/assets/RenditionSpec.cpp" line="52"/>
        <source>the rendition format “%1” is not jpeg, png or webp</source>
        <translation>le format de déclinaison «&#xa0;%1&#xa0;» n’est ni jpeg, ni png, ni webp</translation>
    </message>
    <message>
        <location filename="../models/assets/RenditionSpec.cpp" line="54"/>
        <source>rendition sizes must be between 0 (as the original) and 20000 pixels</source>
        <translation>les tailles de déclinaison doivent être comprises entre 0 (comme l’original) et 20000 pixels</translation>
    </message>
    <message>
        <location filename="../models/assets/RenditionSpec.cpp" line="56"/>
        <source>the rendition quality must be between 1 and 100, not %1</source>
        <translation>la qualité de déclinaison doit être comprise entre 1 et 100, et non %1</translation>
    </message>
    <message>
        <location filename="../models/assets/RenditionSpec.cpp" line="60"/>
        <source>the rendition background “%1” is not a colour</source>
        <translation>l’arrière-plan de déclinaison «&#xa0;%1&#xa0;» n’est pas une couleur</translation>
    </message>
</context>
<context>
    <name>facet::ReviewWindow</name>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="65"/>
        <source>Send &amp;Back</source>
        <translation>&amp;Renvoyer</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="66"/>
        <source>&amp;Comment</source>
        <translation>&amp;Commenter</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="86"/>
        <source>A comment for the author and the next reviewers (required to send back)</source>
        <translation>Un commentaire pour l’auteur et les relecteurs suivants (obligatoire pour renvoyer)</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="93"/>
        <source>The earlier stage the revision goes back to</source>
        <translation>L’étape antérieure à laquelle la révision retourne</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="97"/>
        <source>Add the comment to the thread without deciding</source>
        <translation>Ajouter le commentaire à la discussion sans prendre de décision</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="102"/>
        <source>Changes since the last approved revision</source>
        <translation>Modifications depuis la dernière révision approuvée</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="104"/>
        <source>Comments and decisions</source>
        <translation>Commentaires et décisions</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="109"/>
        <source>Every channel, as this revision renders</source>
        <translation>Chaque canal, avec le rendu de cette révision</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="122"/>
        <source>Send back to:</source>
        <translation>Renvoyer à&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="218"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="221"/>
        <source>Review: %1</source>
        <translation>Relecture&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="222"/>
        <source>Review %1</source>
        <translation>Relire %1</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="226"/>
        <source>Nothing of this product waits for review: its working draft has not been submitted.</source>
        <translation>Rien de ce produit n’attend de relecture&#xa0;: son brouillon de travail n’a pas été soumis.</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="227"/>
        <source>No revision to review.</source>
        <translation>Aucune révision à relire.</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="233"/>
        <source>Revision %1 at &lt;b&gt;%2&lt;/b&gt; · submitted by %3 on %4 · compared with %5</source>
        <translation>Révision %1 à l’étape &lt;b&gt;%2&lt;/b&gt; · soumise par %3 le %4 · comparée avec %5</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="236"/>
        <source>revision %1 (%2)</source>
        <translation>la révision %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="238"/>
        <source>nothing: no revision was approved before</source>
        <translation>rien&#xa0;: aucune révision n’a encore été approuvée</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="245"/>
        <source>Approved (%1)</source>
        <translation>Approuvée (%1)</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="245"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="246"/>
        <source>Under review (%1)</source>
        <translation>En relecture (%1)</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="251"/>
        <source>⚠ Four eyes: you edited or submitted this revision, so someone else must approve it at %1.</source>
        <translation>⚠ Principe des quatre yeux&#xa0;: vous avez modifié ou soumis cette révision, quelqu’un d’autre doit donc l’approuver à l’étape %1.</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="266"/>
        <source>&amp;Approve → %1</source>
        <translation>&amp;Approuver → %1</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="267"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="270"/>
        <source>Approve this revision: it moves to %1</source>
        <translation>Approuver cette révision&#xa0;: elle passe à l’étape %1</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="271"/>
        <source>None of your roles may approve this revision here</source>
        <translation>Aucun de vos rôles ne permet d’approuver cette révision ici</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="320"/>
        <source>this revision</source>
        <translation>cette révision</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="320"/>
        <source>revision %1</source>
        <translation>révision %1</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="326"/>
        <source>submitted for %1</source>
        <translation>soumise pour l’étape %1</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="329"/>
        <source>approved: %1 → %2</source>
        <translation>approuvée&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="332"/>
        <source>sent back: %1 → %2</source>
        <translation>renvoyée&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="335"/>
        <source>restored as the working draft</source>
        <translation>restaurée comme brouillon de travail</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="338"/>
        <source>superseded by a newer submission</source>
        <translation>dépassée par une soumission plus récente</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="358"/>
        <source>No comments yet.</source>
        <translation>Aucun commentaire pour l’instant.</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="383"/>
        <source>Approved. Revision %1 is now at %2.</source>
        <translation>Approuvée. La révision %1 est désormais à l’étape %2.</translation>
    </message>
    <message>
        <location filename="../ui/workflow/ReviewWindow.cpp" line="403"/>
        <source>Sent back to %1.</source>
        <translation>Renvoyée à l’étape %1.</translation>
    </message>
</context>
<context>
    <name>facet::RevisionDiffView</name>
    <message>
        <location filename="../ui/workflow/RevisionDiffView.cpp" line="110"/>
        <source>The two revisions have the same content.</source>
        <translation>Les deux révisions ont le même contenu.</translation>
    </message>
    <message>
        <location filename="../ui/workflow/RevisionDiffView.cpp" line="115"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../ui/workflow/RevisionDiffView.cpp" line="138"/>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <location filename="../ui/workflow/RevisionDiffView.cpp" line="143"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../ui/workflow/RevisionDiffView.cpp" line="157"/>
        <source>%1 only</source>
        <translation>%1 uniquement</translation>
    </message>
    <message>
        <location filename="../ui/workflow/RevisionDiffView.cpp" line="186"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
</context>
<context>
    <name>facet::RichTextValueEditor</name>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="28"/>
        <source>B</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="28"/>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="29"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="29"/>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="30"/>
        <source>U</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="30"/>
        <source>Underline</source>
        <translation>Souligné</translation>
    </message>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="40"/>
        <source>•</source>
        <translation>•</translation>
    </message>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="40"/>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="41"/>
        <source>1.</source>
        <translation>1.</translation>
    </message>
    <message>
        <location filename="../ui/editor/RichTextValueEditor.cpp" line="41"/>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
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
        <translation>Les destinations de type dossier ne peuvent pas publier le type de canal «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderPublication.cpp" line="170"/>
        <source>%1 (%2) is in the publication twice.</source>
        <translation>%1 (%2) figure deux fois dans la publication.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderPublication.cpp" line="179"/>
        <source>%1 (%2) is both published and withdrawn.</source>
        <translation>%1 (%2) est à la fois publié et retiré.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderPublication.cpp" line="183"/>
        <source>The asset path “%1” is not below the folder.</source>
        <translation>Le chemin de ressource «&#xa0;%1&#xa0;» ne se trouve pas dans le dossier.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderPublication.cpp" line="266"/>
        <source>Cannot read %1 for the catalog: %2</source>
        <translation>Impossible de lire %1 pour le catalogue&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderPublication.cpp" line="316"/>
        <source>The feed item of %1 (%2) cannot be published: %3</source>
        <translation>L’article de flux de %1 (%2) ne peut pas être publié&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="vanished">Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location filename="../models/publishing/FolderPublication.cpp" line="500"/>
        <location filename="../models/publishing/FolderPublication.cpp" line="506"/>
        <source>The publication was cancelled; the folder is unchanged.</source>
        <translation>La publication a été annulée&#xa0;; le dossier est inchangé.</translation>
    </message>
</context>
<context>
    <name>facet::SchedulesDialog</name>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="44"/>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="59"/>
        <source>Not before</source>
        <translation>Pas avant</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="48"/>
        <source>&amp;Add Schedule</source>
        <translation>&amp;Ajouter une programmation</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="49"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="50"/>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="215"/>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="54"/>
        <source>Publication Schedules</source>
        <translation>Programmation des publications</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="59"/>
        <source>Reaches</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="59"/>
        <source>Repeats</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="59"/>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="59"/>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="59"/>
        <source>Created by</source>
        <translation>Créée par</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="75"/>
        <source>Check whole channels (every target they have, also ones added later) or single targets</source>
        <translation>Cochez des canaux entiers (toutes leurs destinations, y compris celles ajoutées plus tard) ou des destinations isolées</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="78"/>
        <source>An embargo: nothing is published before this time. Unchecked, the schedule starts now.</source>
        <translation>Un embargo&#xa0;: rien n’est publié avant cette heure. Case décochée, la programmation commence immédiatement.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="89"/>
        <source>Once</source>
        <translation>Une fois</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="90"/>
        <source>Hourly</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="91"/>
        <source>Daily</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="92"/>
        <source>Weekly</source>
        <translation>Toutes les semaines</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="93"/>
        <source>Every N minutes</source>
        <translation>Toutes les N minutes</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="97"/>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="109"/>
        <source>Embargo:</source>
        <translation>Embargo&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="113"/>
        <source>Repeats:</source>
        <translation>Répétition&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="114"/>
        <source>Times are local (%1); they are stored in UTC.</source>
        <translation>Les heures sont locales (%1)&#xa0;; elles sont enregistrées en UTC.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="129"/>
        <source>New schedule</source>
        <translation>Nouvelle programmation</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="138"/>
        <source>Scheduled publications</source>
        <translation>Publications programmées</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="167"/>
        <source>Targets: %1</source>
        <translation>Destinations&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="172"/>
        <source>Channels: %1</source>
        <translation>Canaux&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="174"/>
        <source>Every channel</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="180"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="183"/>
        <source>once</source>
        <translation>une fois</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="185"/>
        <source>hourly</source>
        <translation>toutes les heures</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="187"/>
        <source>daily</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="189"/>
        <source>weekly</source>
        <translation>toutes les semaines</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="193"/>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="194"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="194"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="215"/>
        <source>&amp;Enable</source>
        <translation>Ac&amp;tiver</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="229"/>
        <source>Check at least one channel or target to publish.</source>
        <translation>Cochez au moins un canal ou une destination où publier.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="239"/>
        <source>The embargo %1 has passed: a one-off schedule would run at once. Pick a later time, or uncheck “Not before” to publish now.</source>
        <translation>L’embargo %1 est déjà passé&#xa0;: une programmation unique s’exécuterait immédiatement. Choisissez une heure plus tardive, ou décochez «&#xa0;Pas avant&#xa0;» pour publier maintenant.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="272"/>
        <source>Scheduled: first run %1.</source>
        <translation>Programmée&#xa0;: première exécution %1.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="273"/>
        <source>Scheduled.</source>
        <translation>Programmée.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="284"/>
        <source>Removed.</source>
        <translation>Supprimée.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="299"/>
        <source>Enabled.</source>
        <translation>Activée.</translation>
    </message>
    <message>
        <location filename="../ui/publishing/SchedulesDialog.cpp" line="299"/>
        <source>Disabled: it will not run until enabled again.</source>
        <translation>Désactivée&#xa0;: elle ne s’exécutera plus avant d’être réactivée.</translation>
    </message>
</context>
<context>
    <name>facet::SchemaMigrator</name>
    <message>
        <location filename="../models/storage/SchemaMigrator.cpp" line="86"/>
        <source>the migration script %1 is missing for %2</source>
        <translation>le script de migration %1 est manquant pour %2</translation>
    </message>
    <message>
        <location filename="../models/storage/SchemaMigrator.cpp" line="99"/>
        <source>cannot start the migration to version %1: %2</source>
        <translation>impossible de lancer la migration vers la version %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/SchemaMigrator.cpp" line="103"/>
        <source>migration to schema version %1 (%2) failed: %3</source>
        <translation>échec de la migration vers la version %1 du schéma (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../models/storage/SchemaMigrator.cpp" line="131"/>
        <source>migration to schema version %1 failed: %2</source>
        <translation>échec de la migration vers la version %1 du schéma&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/SchemaMigrator.cpp" line="140"/>
        <source>cannot prepare the workspace: %1</source>
        <translation>impossible de préparer l’espace de travail&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/storage/SchemaMigrator.cpp" line="148"/>
        <source>this workspace uses schema version %1, made by a newer Facet; this build reads up to version %2. Update Facet to open it; the file was not changed.</source>
        <translation>cet espace de travail utilise la version %1 du schéma, issue d’une version plus récente de Facet&#x202f;; la présente version lit au plus la version %2. Mettez Facet à jour pour l’ouvrir&#x202f;; le fichier n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>facet::ScreenshotTour</name>
    <message>
        <location filename="../ui/shell/ScreenshotTour.cpp" line="67"/>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/ScreenshotTour.cpp" line="429"/>
        <source>the window was closed</source>
        <translation>la fenêtre a été fermée</translation>
    </message>
    <message>
        <location filename="../ui/shell/ScreenshotTour.cpp" line="439"/>
        <source>step %1 was not ready in time</source>
        <translation>l’étape %1 n’était pas prête à temps</translation>
    </message>
    <message>
        <source>the previews did not finish rendering</source>
        <translation type="vanished">le rendu des aperçus ne s’est pas terminé</translation>
    </message>
    <message>
        <location filename="../ui/shell/ScreenshotTour.cpp" line="518"/>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
</context>
<context>
    <name>facet::SecretStore</name>
    <message>
        <location filename="../models/publishing/SecretStore.cpp" line="72"/>
        <source>The workspace id &quot;%1&quot; cannot name a secrets file.</source>
        <translation>L’identifiant d’espace de travail «&#xa0;%1&#xa0;» ne peut pas servir de nom à un fichier des secrets.</translation>
    </message>
    <message>
        <location filename="../models/publishing/SecretStore.cpp" line="82"/>
        <source>The secrets file %1 can be read or changed by other users; restrict it with &quot;chmod 600 %1&quot; (and consider the secrets in it exposed).</source>
        <translation>Le fichier des secrets %1 peut être lu ou modifié par d’autres utilisateurs&#xa0;; restreignez-le avec «&#xa0;chmod 600 %1&#xa0;» (et considérez les secrets qu’il contient comme exposés).</translation>
    </message>
    <message>
        <location filename="../models/publishing/SecretStore.cpp" line="91"/>
        <source>The secrets file %1 belongs to another user.</source>
        <translation>Le fichier des secrets %1 appartient à un autre utilisateur.</translation>
    </message>
    <message>
        <location filename="../models/publishing/SecretStore.cpp" line="97"/>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>Impossible de lire le fichier des secrets %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/SecretStore.cpp" line="103"/>
        <source>The secrets file %1 is not a JSON object of target codes and secrets.</source>
        <translation>Le fichier des secrets %1 n’est pas un objet JSON de codes de destination et de secrets.</translation>
    </message>
    <message>
        <location filename="../models/publishing/SecretStore.cpp" line="118"/>
        <source>Cannot create the secrets folder %1.</source>
        <translation>Impossible de créer le dossier des secrets %1.</translation>
    </message>
    <message>
        <location filename="../models/publishing/SecretStore.cpp" line="122"/>
        <source>%1 is not a folder.</source>
        <translation>%1 n’est pas un dossier.</translation>
    </message>
    <message>
        <location filename="../models/publishing/SecretStore.cpp" line="128"/>
        <source>Cannot restrict the secrets folder %1 to its owner.</source>
        <translation>Impossible de restreindre le dossier des secrets %1 à son propriétaire.</translation>
    </message>
    <message>
        <location filename="../models/publishing/SecretStore.cpp" line="142"/>
        <location filename="../models/publishing/SecretStore.cpp" line="154"/>
        <source>Cannot write the secrets file %1: %2</source>
        <translation>Impossible d’écrire le fichier des secrets %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/SecretStore.cpp" line="147"/>
        <source>Cannot restrict the secrets file %1 to its owner.</source>
        <translation>Impossible de restreindre le fichier des secrets %1 à son propriétaire.</translation>
    </message>
    <message>
        <location filename="../models/publishing/SecretStore.cpp" line="190"/>
        <source>A secret needs a target code.</source>
        <translation>Un secret nécessite un code de destination.</translation>
    </message>
    <message>
        <location filename="../models/publishing/SecretStore.cpp" line="193"/>
        <source>The secret for %1 is empty.</source>
        <translation>Le secret de %1 est vide.</translation>
    </message>
    <message>
        <location filename="../models/publishing/SecretStore.cpp" line="197"/>
        <source>The secret for %1 is not UTF-8 text.</source>
        <translation>Le secret de %1 n’est pas du texte UTF-8.</translation>
    </message>
</context>
<context>
    <name>facet::SelectValueEditor</name>
    <message>
        <location filename="../ui/editor/SelectValueEditor.cpp" line="15"/>
        <source>— none —</source>
        <translation>— aucune —</translation>
    </message>
    <message>
        <location filename="../ui/editor/SelectValueEditor.cpp" line="39"/>
        <source>%1 (unknown option)</source>
        <translation>%1 (option inconnue)</translation>
    </message>
</context>
<context>
    <name>facet::SignInDialog</name>
    <message>
        <location filename="../ui/workflow/SignInDialog.cpp" line="29"/>
        <source>Sign In</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location filename="../ui/workflow/SignInDialog.cpp" line="52"/>
        <source>&lt;b&gt;%1&lt;/b&gt; has users. Sign in to edit, submit and review; without signing in you can only look.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; a des utilisateurs. Connectez-vous pour modifier, soumettre et relire&#xa0;; sans connexion, vous pouvez seulement consulter.</translation>
    </message>
    <message>
        <location filename="../ui/workflow/SignInDialog.cpp" line="57"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/workflow/SignInDialog.cpp" line="58"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/workflow/SignInDialog.cpp" line="59"/>
        <source>&amp;Sign In</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../ui/workflow/SignInDialog.cpp" line="62"/>
        <source>&amp;Look Only</source>
        <translation>&amp;Lecture seule</translation>
    </message>
    <message>
        <location filename="../ui/workflow/SignInDialog.cpp" line="63"/>
        <source>Browse the workspace without signing in</source>
        <translation>Parcourir l’espace de travail sans se connecter</translation>
    </message>
    <message>
        <location filename="../ui/workflow/SignInDialog.cpp" line="103"/>
        <source>Choose who you are.</source>
        <translation>Choisissez qui vous êtes.</translation>
    </message>
</context>
<context>
    <name>facet::SmsMeasure</name>
    <message>
        <location filename="../models/channels/SmsMeasure.cpp" line="85"/>
        <source>septets</source>
        <translation>septets</translation>
    </message>
    <message>
        <location filename="../models/channels/SmsMeasure.cpp" line="85"/>
        <source>UTF-16 units</source>
        <translation>unités UTF-16</translation>
    </message>
    <message>
        <location filename="../models/channels/SmsMeasure.cpp" line="96"/>
        <source>Encoding %1, %2 %3, segments: %4.</source>
        <translation>Encodage %1, %2 %3, segments&#xa0;: %4.</translation>
    </message>
    <message>
        <location filename="../models/channels/SmsMeasure.cpp" line="108"/>
        <source>The message takes %1 segments, the channel allows %2. Shorten it%3.</source>
        <translation>Le message occupe %1 segments, le canal en autorise %2. Raccourcissez-le%3.</translation>
    </message>
    <message>
        <location filename="../models/channels/SmsMeasure.cpp" line="111"/>
        <source> or replace the characters that force UCS-2</source>
        <translation> ou remplacez les caractères qui imposent l’UCS-2</translation>
    </message>
    <message>
        <location filename="../models/channels/SmsMeasure.cpp" line="131"/>
        <source>%1(%2) at character %3 is not in the GSM alphabet and makes the whole message UCS-2.</source>
        <translation>%1(%2) au caractère %3 ne fait pas partie de l’alphabet GSM et fait passer tout le message en UCS-2.</translation>
    </message>
    <message>
        <location filename="../models/channels/SmsMeasure.cpp" line="134"/>
        <source>%1(%2) at character %3 is not in the GSM alphabet and makes the whole message UCS-2; it is invisible and can be removed.</source>
        <translation>%1(%2) au caractère %3 ne fait pas partie de l’alphabet GSM et fait passer tout le message en UCS-2&#xa0;; il est invisible et peut être supprimé.</translation>
    </message>
    <message>
        <location filename="../models/channels/SmsMeasure.cpp" line="138"/>
        <source>%1(%2) at character %3 is not in the GSM alphabet and makes the whole message UCS-2; “%4” would keep it GSM-7.</source>
        <translation>%1(%2) au caractère %3 ne fait pas partie de l’alphabet GSM et fait passer tout le message en UCS-2&#xa0;; avec «&#xa0;%4&#xa0;», il resterait en GSM-7.</translation>
    </message>
</context>
<context>
    <name>facet::SmsPreview</name>
    <message>
        <location filename="../ui/previews/SmsPreview.cpp" line="25"/>
        <source>Text message · Today</source>
        <translation>SMS · Aujourd’hui</translation>
    </message>
</context>
<context>
    <name>facet::SvgSafety</name>
    <message>
        <location filename="../models/assets/SvgSafety.cpp" line="57"/>
        <source>the SVG declares XML entities, which are refused</source>
        <translation>le SVG déclare des entités XML, qui sont refusées</translation>
    </message>
    <message>
        <location filename="../models/assets/SvgSafety.cpp" line="61"/>
        <source>the SVG loads an external style sheet</source>
        <translation>le SVG charge une feuille de style externe</translation>
    </message>
    <message>
        <location filename="../models/assets/SvgSafety.cpp" line="66"/>
        <source>the file is XML, but not an SVG image (its root element is &lt;%1&gt;)</source>
        <translation>le fichier est du XML, mais pas une image SVG (son élément racine est &lt;%1&gt;)</translation>
    </message>
    <message>
        <location filename="../models/assets/SvgSafety.cpp" line="69"/>
        <source>the SVG contains a &lt;script&gt; element</source>
        <translation>le SVG contient un élément &lt;script&gt;</translation>
    </message>
    <message>
        <location filename="../models/assets/SvgSafety.cpp" line="71"/>
        <source>the SVG embeds foreign content (&lt;foreignObject&gt;)</source>
        <translation>le SVG incorpore du contenu étranger (&lt;foreignObject&gt;)</translation>
    </message>
    <message>
        <location filename="../models/assets/SvgSafety.cpp" line="76"/>
        <source>the SVG has an event handler attribute (%1 on &lt;%2&gt;)</source>
        <translation>le SVG a un attribut de gestionnaire d’événement (%1 sur &lt;%2&gt;)</translation>
    </message>
    <message>
        <location filename="../models/assets/SvgSafety.cpp" line="78"/>
        <location filename="../models/assets/SvgSafety.cpp" line="81"/>
        <location filename="../models/assets/SvgSafety.cpp" line="91"/>
        <source>the SVG refers to an external resource (%1)</source>
        <translation>le SVG fait référence à une ressource externe (%1)</translation>
    </message>
    <message>
        <location filename="../models/assets/SvgSafety.cpp" line="98"/>
        <source>the SVG is not well-formed XML: %1 (line %2)</source>
        <translation>le SVG n’est pas du XML bien formé&#xa0;: %1 (ligne %2)</translation>
    </message>
    <message>
        <location filename="../models/assets/SvgSafety.cpp" line="102"/>
        <source>the SVG has no &lt;svg&gt; element</source>
        <translation>le SVG n’a pas d’élément &lt;svg&gt;</translation>
    </message>
</context>
<context>
    <name>facet::TasksPanel</name>
    <message>
        <location filename="../ui/workflow/TasksPanel.cpp" line="30"/>
        <source>My tasks</source>
        <translation>Mes tâches</translation>
    </message>
    <message>
        <location filename="../ui/workflow/TasksPanel.cpp" line="40"/>
        <source>Double-click a task to review it</source>
        <translation>Double-cliquez sur une tâche pour la relire</translation>
    </message>
    <message>
        <location filename="../ui/workflow/TasksPanel.cpp" line="102"/>
        <source>Open a workspace to see what waits for you.</source>
        <translation>Ouvrez un espace de travail pour voir ce qui vous attend.</translation>
    </message>
    <message>
        <location filename="../ui/workflow/TasksPanel.cpp" line="104"/>
        <source>Sign in to see what waits for your roles.</source>
        <translation>Connectez-vous pour voir ce qui attend vos rôles.</translation>
    </message>
    <message>
        <location filename="../ui/workflow/TasksPanel.cpp" line="106"/>
        <source>Nothing waits for your roles.</source>
        <translation>Rien n’attend vos rôles.</translation>
    </message>
    <message>
        <location filename="../ui/workflow/TasksPanel.cpp" line="119"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/workflow/TasksPanel.cpp" line="133"/>
        <source>%1 · submitted by %2 on %3</source>
        <translation>%1 · soumis par %2 le %3</translation>
    </message>
    <message>
        <location filename="../ui/workflow/TasksPanel.cpp" line="137"/>
        <source>You edited or submitted this revision: another reviewer must approve it.</source>
        <translation>Vous avez modifié ou soumis cette révision&#xa0;: un autre relecteur doit l’approuver.</translation>
    </message>
</context>
<context>
    <name>facet::TemplateEditorWindow</name>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="45"/>
        <source>&amp;Revert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="47"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="51"/>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="285"/>
        <source>Templates[*]</source>
        <translation>Modèles[*]</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="69"/>
        <source>Discard the changes and show the version in use</source>
        <translation>Abandonner les modifications et afficher la version utilisée</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="137"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="245"/>
        <source>A template cannot be empty: every rendering of the channel needs it.</source>
        <translation>Un modèle ne peut pas être vide&#xa0;: chaque rendu du canal en a besoin.</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="252"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="276"/>
        <source>Your roles may not change templates</source>
        <translation>Vos rôles ne permettent pas de modifier les modèles</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="279"/>
        <source>&amp;Save as Version %1</source>
        <translation>&amp;Enregistrer comme version %1</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="284"/>
        <source>Choose a template on the left.</source>
        <translation>Choisissez un modèle à gauche.</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="288"/>
        <source>%1/%2[*] — Templates</source>
        <translation>%1/%2[*] — Modèles</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="291"/>
        <source>%1 · showing version %2; version %3 is in use</source>
        <translation>%1 · version %2 affichée&#xa0;; la version %3 est utilisée</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="296"/>
        <source>%1 · the built-in template is in use</source>
        <translation>%1 · le modèle intégré est utilisé</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="298"/>
        <source>%1 · version %2 is in use</source>
        <translation>%1 · la version %2 est utilisée</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="324"/>
        <source>Saved %1/%2 as version %3.</source>
        <translation>%1/%2 enregistré comme version %3.</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="358"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateEditorWindow.cpp" line="359"/>
        <source>The template “%1/%2” has unsaved changes. Save them as a new version?</source>
        <translation>Le modèle «&#xa0;%1/%2&#xa0;» comporte des modifications non enregistrées. Voulez-vous les enregistrer comme nouvelle version&#xa0;?</translation>
    </message>
</context>
<context>
    <name>facet::TemplateEngine</name>
    <message>
        <location filename="../models/rendering/TemplateEngine.cpp" line="99"/>
        <source>Facet&apos;s template filters (%1) are not installed; looked in %2. Reinstall Facet.</source>
        <translation>Les filtres de modèles de Facet (%1) ne sont pas installés&#xa0;; recherchés dans %2. Réinstallez Facet.</translation>
    </message>
    <message>
        <location filename="../models/rendering/TemplateEngine.cpp" line="105"/>
        <source>Facet&apos;s template filters in %1 could not be loaded. Reinstall Facet.</source>
        <translation>Les filtres de modèles de Facet dans %1 n’ont pas pu être chargés. Réinstallez Facet.</translation>
    </message>
</context>
<context>
    <name>facet::TemplateNavigator</name>
    <message>
        <location filename="../ui/templates/TemplateNavigator.cpp" line="29"/>
        <source>built-in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateNavigator.cpp" line="29"/>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateNavigator.cpp" line="40"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateNavigator.cpp" line="40"/>
        <source>In use</source>
        <translation>Utilisée</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateNavigator.cpp" line="48"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateNavigator.cpp" line="48"/>
        <source>Saved by</source>
        <translation>Enregistrée par</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateNavigator.cpp" line="48"/>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateNavigator.cpp" line="53"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplateNavigator.cpp" line="119"/>
        <source>%1 (%2 channel)</source>
        <translation>%1 (canal %2)</translation>
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
        <translation>Rechercher par SKU ou par nom…</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplatePreview.cpp" line="87"/>
        <source>An approximate preview: simple HTML and CSS only, hidden elements are shown.</source>
        <translation>Un aperçu approximatif&#xa0;: HTML et CSS simples uniquement, les éléments masqués sont affichés.</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplatePreview.cpp" line="100"/>
        <source>&amp;Product:</source>
        <translation>&amp;Produit&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplatePreview.cpp" line="101"/>
        <source>&amp;Locale:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplatePreview.cpp" line="106"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplatePreview.cpp" line="218"/>
        <source>Choose a product to preview.</source>
        <translation>Choisissez un produit à afficher en aperçu.</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplatePreview.cpp" line="249"/>
        <source>The template has an error: this is the preview of its last correct state.</source>
        <translation>Le modèle contient une erreur&#xa0;: voici l’aperçu de son dernier état correct.</translation>
    </message>
    <message>
        <location filename="../ui/templates/TemplatePreview.cpp" line="296"/>
        <source>Nothing to report.</source>
        <translation>Rien à signaler.</translation>
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
        <translation>une plage de pondération doit avoir un début, une fin qui ne le précède pas et un poids</translation>
    </message>
    <message>
        <location filename="../models/channels/TweetConfig.cpp" line="48"/>
        <source>scale and maxWeightedTweetLength must be positive, weights not negative</source>
        <translation>scale et maxWeightedTweetLength doivent être positifs, les poids ne doivent pas être négatifs</translation>
    </message>
    <message>
        <location filename="../models/channels/TweetConfig.cpp" line="56"/>
        <source>cannot read “%1”: %2</source>
        <translation>impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/channels/TweetConfig.cpp" line="60"/>
        <source>“%1” is not a JSON object: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un objet JSON&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>facet::TweetCounter</name>
    <message>
        <location filename="../models/channels/TweetCounter.cpp" line="100"/>
        <source>Weighted length %1 of %2 (%3‰).</source>
        <translation>Longueur pondérée %1 sur %2 (%3&#xa0;‰).</translation>
    </message>
    <message>
        <location filename="../models/channels/TweetCounter.cpp" line="111"/>
        <source>The post&apos;s weighted length is %1, X allows %2; X cuts it after character %3. URLs count %4 each, most CJK characters and emoji 2.</source>
        <translation>La longueur pondérée de la publication est de %1, X en autorise %2&#xa0;; X la coupe après le caractère %3. Les URL comptent chacune pour %4, la plupart des caractères CJK et des emoji pour 2.</translation>
    </message>
    <message>
        <location filename="../models/channels/TweetCounter.cpp" line="128"/>
        <source>U+%1 at character %2 is not allowed in a post; remove it.</source>
        <translation>U+%1 au caractère %2 n’est pas autorisé dans une publication&#xa0;; supprimez-le.</translation>
    </message>
    <message>
        <location filename="../models/channels/TweetCounter.cpp" line="140"/>
        <source>The post is empty.</source>
        <translation>La publication est vide.</translation>
    </message>
</context>
<context>
    <name>facet::UsersDialog</name>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="30"/>
        <source>&amp;Add User…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="31"/>
        <location filename="../ui/admin/UsersDialog.cpp" line="148"/>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="32"/>
        <source>&amp;Reset Password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="36"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="39"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="39"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="39"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="39"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="56"/>
        <source>&lt;b&gt;Roles&lt;/b&gt; of the selected user</source>
        <translation>&lt;b&gt;Rôles&lt;/b&gt; de l’utilisateur sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="127"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="127"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="148"/>
        <source>&amp;Enable</source>
        <translation>Ac&amp;tiver</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="183"/>
        <source>%1 was added.</source>
        <translation>%1 a été ajouté.</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="196"/>
        <source>%1 can no longer sign in.</source>
        <translation>%1 ne peut plus se connecter.</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="197"/>
        <source>%1 can sign in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="206"/>
        <source>The password of %1 was changed.</source>
        <translation>Le mot de passe de %1 a été modifié.</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="215"/>
        <source>%1 now holds the role %2.</source>
        <translation>%1 a désormais le rôle %2.</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="216"/>
        <source>%1 no longer holds the role %2.</source>
        <translation>%1 n’a plus le rôle %2.</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="222"/>
        <source>Add User</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="233"/>
        <source>Sign-in &amp;name:</source>
        <translation>&amp;Identifiant de connexion&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="234"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Nom complet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="235"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="236"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="252"/>
        <source>Reset Password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/admin/UsersDialog.cpp" line="252"/>
        <source>New password for %1:</source>
        <translation>Nouveau mot de passe pour %1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>facet::Validator</name>
    <message>
        <location filename="../models/record/Validator.cpp" line="57"/>
        <source>the SKU must be 1–100 letters, digits, “.”, “_”, “/” or “-”, starting with a letter or digit</source>
        <translation>le SKU doit comporter de 1 à 100 lettres, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;», «&#xa0;/&#xa0;» ou «&#xa0;-&#xa0;» et commencer par une lettre ou un chiffre</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="61"/>
        <source>unknown family “%1”</source>
        <translation>famille «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="64"/>
        <source>unknown category “%1”</source>
        <translation>catégorie «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="70"/>
        <source>unknown attribute</source>
        <translation>attribut inconnu</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="74"/>
        <source>not an attribute of family “%1”</source>
        <translation>n’est pas un attribut de la famille «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="76"/>
        <source>unknown locale</source>
        <translation>langue inconnue</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="79"/>
        <source>a value per locale is required</source>
        <translation>une valeur par langue est requise</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="80"/>
        <source>the attribute is not localizable</source>
        <translation>l’attribut n’est pas localisable</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="84"/>
        <source>unknown channel</source>
        <translation>canal inconnu</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="86"/>
        <source>the channel does not publish in this locale</source>
        <translation>le canal ne publie pas dans cette langue</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="88"/>
        <source>the attribute has no per-channel values</source>
        <translation>l’attribut n’a pas de valeurs par canal</translation>
    </message>
</context>
<context>
    <name>facet::ValueCell</name>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="43"/>
        <source>Your roles may not edit the attribute group of this value</source>
        <translation>Vos rôles ne permettent pas de modifier le groupe d’attributs de cette valeur</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="53"/>
        <source>+ Channel override</source>
        <translation>+ Valeur propre à un canal</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="54"/>
        <source>Give one channel its own value instead of the common one</source>
        <translation>Attribuer à un canal sa propre valeur au lieu de la valeur commune</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="93"/>
        <source>%1, %2 override</source>
        <translation>%1, valeur propre à %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="126"/>
        <source>inherits the common value (empty)</source>
        <translation>hérite de la valeur commune (vide)</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="127"/>
        <source>inherits: %1</source>
        <translation>hérite&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="175"/>
        <source>↳ %1 only</source>
        <translation>↳ %1 uniquement</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="177"/>
        <source>The %1 channel shows this value instead of the common one</source>
        <translation>Le canal %1 affiche cette valeur au lieu de la valeur commune</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="185"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="187"/>
        <source>Remove the %1 override; the channel shows the common value again</source>
        <translation>Supprimer la valeur propre à %1&#x202f;; le canal affiche de nouveau la valeur commune</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="235"/>
        <source>⚠ %1 (rule: %2)</source>
        <translation>⚠ %1 (règle&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>facet::WebPreview</name>
    <message>
        <location filename="../ui/previews/WebPreview.cpp" line="54"/>
        <source>The browser engine is turned off (FACET_NO_WEBENGINE); this is a simplified rendering without the page&apos;s styles.</source>
        <translation>Le moteur de navigateur est désactivé (FACET_NO_WEBENGINE)&#xa0;; voici un rendu simplifié sans les styles de la page.</translation>
    </message>
    <message>
        <location filename="../ui/previews/WebPreview.cpp" line="72"/>
        <source>The browser engine stopped (exit code %1); this is a simplified rendering without the page&apos;s styles.</source>
        <translation>Le moteur de navigateur s’est arrêté (code de sortie %1)&#xa0;; voici un rendu simplifié sans les styles de la page.</translation>
    </message>
    <message>
        <location filename="../ui/previews/WebPreview.cpp" line="113"/>
        <source>Desktop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <location filename="../ui/previews/WebPreview.cpp" line="114"/>
        <source>As a %1 px wide desktop browser shows it, scaled to fit</source>
        <translation>Tel qu’un navigateur d’ordinateur de %1 px de large l’affiche, mis à l’échelle</translation>
    </message>
    <message>
        <location filename="../ui/previews/WebPreview.cpp" line="117"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../ui/previews/WebPreview.cpp" line="118"/>
        <source>As a %1 px wide phone shows it</source>
        <translation>Tel qu’un téléphone de %1 px de large l’affiche</translation>
    </message>
    <message>
        <location filename="../ui/previews/WebPreview.cpp" line="202"/>
        <source>The page is too large to preview (%1 bytes).</source>
        <translation>La page est trop volumineuse pour l’aperçu (%1 octets).</translation>
    </message>
</context>
<context>
    <name>facet::WebRules</name>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="83"/>
        <source>HTML: %1</source>
        <translation>HTML&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="92"/>
        <source>The page does not say its language: add lang=&quot;%1&quot; to &lt;html&gt;.</source>
        <translation>La page n’indique pas sa langue&#xa0;: ajoutez lang=&quot;%1&quot; à &lt;html&gt;.</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="95"/>
        <source>The page says it is in “%1” but was rendered for %2.</source>
        <translation>La page indique être en «&#xa0;%1&#xa0;» mais a été rendue pour %2.</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="100"/>
        <source>The page has no title.</source>
        <translation>La page n’a pas de titre.</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="110"/>
        <source>An image has no alt text; add alt=&quot;&quot; if it is decoration.</source>
        <translation>Une image n’a pas de texte alternatif&#xa0;; ajoutez alt=&quot;&quot; s’il s’agit d’une décoration.</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="114"/>
        <source>A product image needs alt text that says what it shows, e.g. the product name.</source>
        <translation>Une image de produit doit avoir un texte alternatif qui décrit ce qu’elle montre, par exemple le nom du produit.</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="128"/>
        <source>A JSON-LD block is not valid JSON: %1</source>
        <translation>Un bloc JSON-LD n’est pas du JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="132"/>
        <source>The page has no schema.org Product in a &lt;script type=&quot;application/ld+json&quot;&gt;.</source>
        <translation>La page ne contient pas de Product schema.org dans un &lt;script type=&quot;application/ld+json&quot;&gt;.</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="137"/>
        <source>The JSON-LD @context must be &quot;https://schema.org/&quot;.</source>
        <translation>Le @context JSON-LD doit être &quot;https://schema.org/&quot;.</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="143"/>
        <source>The Product has no name.</source>
        <translation>Le Product n’a pas de nom (name).</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="144"/>
        <source>The Product has no description.</source>
        <translation>Le Product n’a pas de description.</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="149"/>
        <source>The Product&apos;s image must be an http(s) URL or a list of them.</source>
        <translation>L’image du Product doit être une URL http(s) ou une liste d’URL.</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="152"/>
        <source>The Product has no brand; Google recommends one.</source>
        <translation>Le Product n’a pas de marque (brand)&#xa0;; Google en recommande une.</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="155"/>
        <source>The Product has no sku; it is what ties the page to the feed&apos;s id.</source>
        <translation>Le Product n’a pas de sku&#xa0;; c’est lui qui relie la page à l’id du flux.</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="160"/>
        <source>The Product has no offers, so Google shows no price.</source>
        <translation>Le Product n’a pas d’offers, Google n’affiche donc aucun prix.</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="174"/>
        <source>The offer&apos;s price must be a number above zero with “.” as the decimal point and no currency sign.</source>
        <translation>Le price de l’offre doit être un nombre supérieur à zéro, avec «&#xa0;.&#xa0;» comme séparateur décimal et sans symbole monétaire.</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="182"/>
        <source>The offer&apos;s priceCurrency must be a three-letter ISO 4217 code.</source>
        <translation>La priceCurrency de l’offre doit être un code ISO 4217 à trois lettres.</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="187"/>
        <source>The offer does not say whether it is in stock.</source>
        <translation>L’offre n’indique pas si le produit est en stock.</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="191"/>
        <source>The offer&apos;s availability must be a schema.org ItemAvailability URL such as https://schema.org/InStock.</source>
        <translation>L’availability de l’offre doit être une URL ItemAvailability de schema.org, comme https://schema.org/InStock.</translation>
    </message>
    <message>
        <location filename="../models/channels/WebRules.cpp" line="209"/>
        <source>The %1 “%2” is not a valid GTIN (length or GS1 check digit).</source>
        <translation>%1 «&#xa0;%2&#xa0;» n’est pas un GTIN valide (longueur ou chiffre de contrôle GS1).</translation>
    </message>
</context>
<context>
    <name>facet::WebhookDelivery</name>
    <message>
        <location filename="../models/publishing/WebhookDelivery.cpp" line="67"/>
        <location filename="../models/publishing/WebhookDelivery.cpp" line="326"/>
        <location filename="../models/publishing/WebhookDelivery.cpp" line="365"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../models/publishing/WebhookDelivery.cpp" line="88"/>
        <source>The endpoint redirects (HTTP %1) to %2; configure the final URL, a webhook does not follow redirects.</source>
        <translation>Le point de terminaison redirige (HTTP %1) vers %2&#xa0;; configurez l’URL finale, un webhook ne suit pas les redirections.</translation>
    </message>
    <message>
        <location filename="../models/publishing/WebhookDelivery.cpp" line="95"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/WebhookDelivery.cpp" line="97"/>
        <source>HTTP %1 %2: %3</source>
        <translation>HTTP %1 %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../models/publishing/WebhookDelivery.cpp" line="110"/>
        <source>The endpoint&apos;s TLS certificate was not accepted: %1</source>
        <translation>Le certificat TLS du point de terminaison n’a pas été accepté&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/publishing/WebhookDelivery.cpp" line="119"/>
        <source>No answer within %1 ms.</source>
        <translation>Aucune réponse dans un délai de %1 ms.</translation>
    </message>
    <message>
        <location filename="../models/publishing/WebhookDelivery.cpp" line="188"/>
        <source>The setting &quot;%1&quot; must be a whole number of at least 1.</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;» doit être un nombre entier supérieur ou égal à 1.</translation>
    </message>
    <message>
        <location filename="../models/publishing/WebhookDelivery.cpp" line="217"/>
        <source>A webhook needs a URL.</source>
        <translation>Un webhook nécessite une URL.</translation>
    </message>
    <message>
        <location filename="../models/publishing/WebhookDelivery.cpp" line="222"/>
        <location filename="../models/publishing/WebhookDelivery.cpp" line="413"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une URL http:// ou https://.</translation>
    </message>
    <message>
        <location filename="../models/publishing/WebhookDelivery.cpp" line="403"/>
        <source>%1 did not accept a test message: %2</source>
        <translation>%1 n’a pas accepté un message de test&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/publishing/WebhookDelivery.cpp" line="418"/>
        <source>The webhook settings are out of range.</source>
        <translation>Les paramètres du webhook sont hors des limites autorisées.</translation>
    </message>
</context>
<context>
    <name>facet::Workflow</name>
    <message>
        <location filename="../models/workflow/Workflow.cpp" line="88"/>
        <source>a workflow needs at least two stages: a draft stage and one to submit to</source>
        <translation>un workflow nécessite au moins deux étapes&#xa0;: une étape de brouillon et une étape à laquelle soumettre</translation>
    </message>
    <message>
        <location filename="../models/workflow/Workflow.cpp" line="93"/>
        <source>every stage needs a code</source>
        <translation>chaque étape doit avoir un code</translation>
    </message>
    <message>
        <location filename="../models/workflow/Workflow.cpp" line="95"/>
        <source>the stage code “%1” is used twice</source>
        <translation>le code d’étape «&#xa0;%1&#xa0;» est utilisé deux fois</translation>
    </message>
    <message>
        <location filename="../models/workflow/Workflow.cpp" line="97"/>
        <source>two stages have the position %1</source>
        <translation>deux étapes ont la position %1</translation>
    </message>
    <message>
        <location filename="../models/workflow/Workflow.cpp" line="99"/>
        <source>stage “%1” has a negative release level</source>
        <translation>l’étape «&#xa0;%1&#xa0;» a un niveau de diffusion négatif</translation>
    </message>
    <message>
        <location filename="../models/workflow/Workflow.cpp" line="108"/>
        <source>the transition %1 → %2 names a stage that does not exist</source>
        <translation>la transition %1 → %2 désigne une étape qui n’existe pas</translation>
    </message>
    <message>
        <location filename="../models/workflow/Workflow.cpp" line="111"/>
        <source>approving must move forward, but %1 → %2 goes back</source>
        <translation>une approbation doit avancer, mais %1 → %2 revient en arrière</translation>
    </message>
    <message>
        <location filename="../models/workflow/Workflow.cpp" line="114"/>
        <source>sending back must move backward, but %1 → %2 goes forward</source>
        <translation>un renvoi doit revenir en arrière, mais %1 → %2 avance</translation>
    </message>
    <message>
        <location filename="../models/workflow/Workflow.cpp" line="117"/>
        <source>nobody may take the transition %1 → %2: give it a role</source>
        <translation>personne ne peut effectuer la transition %1 → %2&#xa0;: attribuez-lui un rôle</translation>
    </message>
    <message>
        <location filename="../models/workflow/Workflow.cpp" line="121"/>
        <source>the first stage “%1” needs an approve transition: submitting goes there</source>
        <translation>la première étape «&#xa0;%1&#xa0;» nécessite une transition d’approbation&#xa0;: la soumission y mène</translation>
    </message>
    <message>
        <location filename="../models/workflow/Workflow.cpp" line="135"/>
        <source>no transition leads to stage “%1”</source>
        <translation>aucune transition ne mène à l’étape «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>facet::WorkflowDialog</name>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="59"/>
        <source>Workflow and Release Levels</source>
        <translation>Workflow et niveaux de diffusion</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="65"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="65"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="65"/>
        <source>Release level</source>
        <translation>Niveau de diffusion</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="65"/>
        <source>Four eyes</source>
        <translation>Quatre yeux</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="67"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="67"/>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="67"/>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="69"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="67"/>
        <source>Roles (codes, comma-separated)</source>
        <translation>Rôles (codes séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="69"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="69"/>
        <source>Required level</source>
        <translation>Niveau requis</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="69"/>
        <source>Reached at</source>
        <translation>Atteint à l’étape</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="73"/>
        <source>Stages and transitions</source>
        <translation>Étapes et transitions</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="74"/>
        <source>Channel release levels</source>
        <translation>Niveaux de diffusion des canaux</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="90"/>
        <source>A revision moves through the stages in this order. Its stage&apos;s release level decides which channels get it: every channel whose required level is at most that. Four eyes: whoever edited or submitted a revision may not approve it there.</source>
        <translation>Une révision passe par les étapes dans cet ordre. Le niveau de diffusion de son étape détermine les canaux qui la reçoivent&#xa0;: tous ceux dont le niveau requis ne le dépasse pas. Quatre yeux&#xa0;: quiconque a modifié ou soumis une révision ne peut pas l’approuver à cette étape.</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="100"/>
        <source>Add Stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="101"/>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="105"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="102"/>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="103"/>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="104"/>
        <source>Add Transition</source>
        <translation>Ajouter une transition</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="106"/>
        <source>&amp;Save Workflow</source>
        <translation>&amp;Enregistrer le workflow</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="120"/>
        <source>&lt;b&gt;Stages&lt;/b&gt;</source>
        <translation>&lt;b&gt;Étapes&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="123"/>
        <source>&lt;b&gt;Transitions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Transitions&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="130"/>
        <source>New stage</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="158"/>
        <source>A channel gets a record only through a revision whose stage grants at least the channel&apos;s required level; until then it keeps the last one that did.</source>
        <translation>Un canal ne reçoit une fiche que par une révision dont l’étape accorde au moins le niveau requis par le canal&#xa0;; d’ici là, il conserve la dernière qui le faisait.</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="162"/>
        <source>&amp;Save Levels</source>
        <translation>&amp;Enregistrer les niveaux</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="231"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="232"/>
        <source>Send back</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="330"/>
        <source>The workflow was saved.</source>
        <translation>Le workflow a été enregistré.</translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="367"/>
        <source>no stage grants it</source>
        <translation>aucune étape ne l’accorde</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/admin/WorkflowDialog.cpp" line="392"/>
        <source>%n channel level(s) saved.</source>
        <translation>
            <numerusform>%n niveau de canal enregistré.</numerusform>
            <numerusform>%n niveaux de canal enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/admin/WorkflowDialog.cpp" line="392"/>
        <source>Nothing changed.</source>
        <translation>Aucune modification.</translation>
    </message>
</context>
<context>
    <name>facet::Workspace</name>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="121"/>
        <source>there is no workspace at %1</source>
        <translation>aucun espace de travail à l’emplacement %1</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="125"/>
        <source>%1 already exists; choose another file name</source>
        <translation>%1 existe déjà&#x202f;; choisissez un autre nom de fichier</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="129"/>
        <source>%1 is not a Facet workspace</source>
        <translation>%1 n’est pas un espace de travail Facet</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="133"/>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="148"/>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="157"/>
        <source>%1 is an SQLite database, but not a Facet workspace</source>
        <translation>%1 est une base de données SQLite, mais pas un espace de travail Facet</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="162"/>
        <source>cannot configure %1: %2</source>
        <translation>impossible de configurer %1&#xa0;: %2</translation>
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
        <translation>l’espace de travail est occupé ou en lecture seule&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="307"/>
        <source>%1 records, but %2 prepared</source>
        <translation>%1 fiches, mais %2 préparées</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="316"/>
        <source>%1 may not edit records</source>
        <translation>%1 n’a pas le droit de modifier les fiches</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="325"/>
        <source>%1 may not edit the attribute group “%2” (%3 of %4)</source>
        <translation>%1 n’a pas le droit de modifier le groupe d’attributs «&#xa0;%2&#xa0;» (%3 de %4)</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="381"/>
        <source>cancelled; nothing was written</source>
        <translation>annulé&#x202f;; rien n’a été écrit</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="418"/>
        <source>the save failed and nothing was written: %1</source>
        <translation>l’enregistrement a échoué et rien n’a été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="535"/>
        <source>the expiry date %1 is not plausible</source>
        <translation>la date d’expiration %1 n’est pas plausible</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="625"/>
        <source>there is no asset %1</source>
        <translation>il n’existe aucune ressource %1</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="671"/>
        <location filename="../models/storage/WorkspacePublishing.cpp" line="46"/>
        <location filename="../models/storage/WorkspacePublishing.cpp" line="155"/>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="96"/>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="341"/>
        <source>there is no channel “%1”</source>
        <translation>il n’existe aucun canal «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="677"/>
        <source>a %1 channel has no template “%2”; it has %3</source>
        <translation>un canal %1 n’a pas de modèle «&#xa0;%2&#xa0;»&#xa0;; il a %3</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="681"/>
        <source>template %1/%2 is empty</source>
        <translation>le modèle %1/%2 est vide</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="739"/>
        <source>a saved filter needs a name</source>
        <translation>un filtre enregistré doit avoir un nom</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="108"/>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="118"/>
        <source>this workspace has users: sign in to change it</source>
        <translation>cet espace de travail a des utilisateurs&#xa0;: connectez-vous pour le modifier</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="111"/>
        <source>the user “%1” can no longer sign in</source>
        <translation>l’utilisateur «&#xa0;%1&#xa0;» ne peut plus se connecter</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="128"/>
        <source>%1 is not allowed to %2: none of their roles grants “%3”</source>
        <translation>%1 n’est pas autorisé à %2&#xa0;: aucun de ses rôles n’accorde «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="142"/>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="334"/>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="363"/>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="465"/>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="489"/>
        <source>there is no user “%1”</source>
        <translation>il n’existe aucun utilisateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="172"/>
        <source>the user name or the password is wrong</source>
        <translation>le nom d’utilisateur ou le mot de passe est incorrect</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="202"/>
        <source>too many failed sign-ins for %1; try again in %2 s</source>
        <translation>trop de connexions échouées pour %1&#xa0;; réessayez dans %2 s</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="218"/>
        <source>the user %1 is disabled</source>
        <translation>l’utilisateur %1 est désactivé</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="260"/>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="373"/>
        <source>the password must have at least %1 characters</source>
        <translation>le mot de passe doit comporter au moins %1 caractères</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="266"/>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="376"/>
        <source>the password could not be hashed (out of memory?)</source>
        <translation>le mot de passe n’a pas pu être haché (mémoire insuffisante&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="274"/>
        <source>“%1” cannot be a user name: use 1 to 64 letters, digits, dots, dashes, underscores or @</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être un nom d’utilisateur&#xa0;: utilisez de 1 à 64 lettres, chiffres, points, tirets, traits de soulignement ou @</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="277"/>
        <source>there already is a user “%1”</source>
        <translation>il existe déjà un utilisateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="279"/>
        <source>the first user must be an admin (role “%1”): once a workspace has users, only admins manage them</source>
        <translation>le premier utilisateur doit être un administrateur (rôle «&#xa0;%1&#xa0;»)&#xa0;: dès qu’un espace de travail a des utilisateurs, seuls les administrateurs les gèrent</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="284"/>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="434"/>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="467"/>
        <source>there is no role “%1”</source>
        <translation>il n’existe aucun rôle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="324"/>
        <source>%1 is the last admin: make someone else an admin first</source>
        <translation>%1 est le dernier administrateur&#xa0;: nommez d’abord quelqu’un d’autre administrateur</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="369"/>
        <source>the current password is wrong</source>
        <translation>le mot de passe actuel est incorrect</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="405"/>
        <source>“%1” cannot be a role code</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être un code de rôle</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="408"/>
        <source>the admin role keeps every permission, or nobody could manage the workspace</source>
        <translation>le rôle d’administrateur conserve toutes les autorisations, sinon personne ne pourrait gérer l’espace de travail</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="436"/>
        <source>the admin role cannot be removed</source>
        <translation>le rôle d’administrateur ne peut pas être supprimé</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/storage/WorkspaceAccess.cpp" line="442"/>
        <source>%n user(s) still hold the role “%1”</source>
        <translation>
            <numerusform>%n utilisateur a encore le rôle «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>%n utilisateurs ont encore le rôle «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="446"/>
        <source>the workflow transition %1 → %2 names the role “%3”</source>
        <translation>la transition de workflow %1 → %2 désigne le rôle «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceAccess.cpp" line="491"/>
        <source>%1 does not hold the role “%2”</source>
        <translation>%1 n’a pas le rôle «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="62"/>
        <source>the transition %1 → %2 names the unknown role “%3”</source>
        <translation>la transition %1 → %2 désigne le rôle inconnu «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="68"/>
        <source>revisions stand at stage “%1”: keep it, or move them first</source>
        <translation>des révisions se trouvent à l’étape «&#xa0;%1&#xa0;»&#xa0;: conservez-la, ou déplacez-les d’abord</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="99"/>
        <source>the required level must be between 0 and %1, the highest the workflow grants</source>
        <translation>le niveau requis doit être compris entre 0 et %1, le plus élevé qu’accorde le workflow</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="132"/>
        <source>the workflow has no stage to submit to</source>
        <translation>le workflow n’a aucune étape à laquelle soumettre</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="146"/>
        <source>the revision of %1 just frozen cannot be read back</source>
        <translation>la révision de %1 qui vient d’être figée ne peut pas être relue</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="150"/>
        <source>%1 is already at “%2” with this content (revision %3); change it before submitting again</source>
        <translation>%1 est déjà à l’étape «&#xa0;%2&#xa0;» avec ce contenu (révision %3)&#xa0;; modifiez-le avant de le soumettre à nouveau</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="213"/>
        <source>no product with SKU “%1”</source>
        <translation>aucun produit avec le SKU «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="214"/>
        <source>%1 has no revision waiting for a decision; submit it first</source>
        <translation>%1 n’a aucune révision en attente de décision&#xa0;; soumettez-le d’abord</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="217"/>
        <source>the record changed since you opened it: revision %1 of %2 is not the one waiting for a decision (%3)</source>
        <translation>la fiche a changé depuis que vous l’avez ouverte&#xa0;: la révision %1 de %2 n’est pas celle qui attend une décision (%3)</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="223"/>
        <source>revision %1 stands at the unknown stage “%2”</source>
        <translation>la révision %1 se trouve à l’étape inconnue «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="228"/>
        <source>%1 is at “%2”: submit it rather than approve it</source>
        <translation>%1 est à l’étape «&#xa0;%2&#xa0;»&#xa0;: soumettez-le plutôt que de l’approuver</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="235"/>
        <source>nothing goes on from “%1”</source>
        <translation>aucune transition ne part de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="237"/>
        <source>there is no approval from “%1” to “%2”</source>
        <translation>il n’existe aucune approbation de «&#xa0;%1&#xa0;» vers «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="238"/>
        <source>there is no sending back from “%1” to “%2”</source>
        <translation>il n’existe aucun renvoi de «&#xa0;%1&#xa0;» vers «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="251"/>
        <source>%1 may not approve at “%2”: that needs one of the roles %3</source>
        <translation>%1 n’a pas le droit d’approuver à l’étape «&#xa0;%2&#xa0;»&#xa0;: il faut l’un des rôles %3</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="252"/>
        <source>%1 may not send back from “%2”: that needs one of the roles %3</source>
        <translation>%1 n’a pas le droit de renvoyer depuis l’étape «&#xa0;%2&#xa0;»&#xa0;: il faut l’un des rôles %3</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="259"/>
        <source>four eyes: %1 submitted or edited this revision of %2 and may not approve it at “%3”; someone else must</source>
        <translation>principe des quatre yeux&#xa0;: %1 a soumis ou modifié cette révision de %2 et ne peut pas l’approuver à l’étape «&#xa0;%3&#xa0;»&#xa0;; quelqu’un d’autre doit le faire</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="263"/>
        <source>sending back needs a comment that says what to change</source>
        <translation>un renvoi nécessite un commentaire indiquant ce qu’il faut modifier</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="306"/>
        <source>say which stage to send %1 back to</source>
        <translation>indiquez à quelle étape renvoyer %1</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="318"/>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="530"/>
        <source>revision %1 of %2 is damaged</source>
        <translation>la révision %1 de %2 est endommagée</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="361"/>
        <source>give at least 4 characters of a revision hash</source>
        <translation>indiquez au moins 4 caractères d’une empreinte de révision</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="369"/>
        <source>“%1” names more than one revision of %2</source>
        <translation>«&#xa0;%1&#xa0;» désigne plus d’une révision de %2</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="375"/>
        <source>%1 has no revision “%2”</source>
        <translation>%1 n’a pas de révision «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspaceWorkflow.cpp" line="455"/>
        <source>the comment is empty</source>
        <translation>le commentaire est vide</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspacePublishing.cpp" line="42"/>
        <source>the target code “%1” must be 1 to 64 lower-case letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit</source>
        <translation>le code de destination «&#xa0;%1&#xa0;» doit comporter de 1 à 64 lettres minuscules, chiffres, «&#xa0;-&#xa0;» ou «&#xa0;_&#xa0;», et commencer par une lettre ou un chiffre</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspacePublishing.cpp" line="49"/>
        <source>the folder target %1 needs a path</source>
        <translation>la destination dossier %1 nécessite un chemin</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspacePublishing.cpp" line="53"/>
        <source>the webhook target %1 needs an http or https URL, not “%2”</source>
        <translation>la destination webhook %1 nécessite une URL http ou https, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspacePublishing.cpp" line="84"/>
        <location filename="../models/storage/WorkspacePublishing.cpp" line="144"/>
        <source>there is no publishing target “%1”</source>
        <translation>il n’existe aucune destination de publication «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspacePublishing.cpp" line="174"/>
        <source>“%1” is not a recurrence: use hourly, daily, weekly or “every N minutes”</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une répétition valide&#xa0;: utilisez hourly, daily, weekly ou «&#xa0;every N minutes&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspacePublishing.cpp" line="184"/>
        <location filename="../models/storage/WorkspacePublishing.cpp" line="235"/>
        <source>%1 may not publish to the channel “%2”</source>
        <translation>%1 n’a pas le droit de publier sur le canal «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/storage/WorkspacePublishing.cpp" line="189"/>
        <location filename="../models/storage/WorkspacePublishing.cpp" line="228"/>
        <source>there is no schedule %1</source>
        <translation>il n’existe aucune programmation %1</translation>
    </message>
</context>
<context>
    <name>facet::WorkspaceSession</name>
    <message>
        <location filename="../ui/shell/WorkspaceSession.cpp" line="121"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceSession.cpp" line="141"/>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
</context>
<context>
    <name>facet::cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="97"/>
        <source>usage: facetctl COMMAND [options] [arguments]

Facet&apos;s command-line tool. Commands:
</source>
        <translation>Utilisation&#xa0;: facetctl COMMANDE [options] [arguments]

L’outil en ligne de commande de Facet. Commandes&#xa0;:
</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="106"/>
        <source>
Run “facetctl COMMAND --help” for a command&apos;s options.
Exit codes: 0 done, 1 the input was wrong (message on stderr), 2 internal failure.
</source>
        <translation>
Lancez «&#xa0;facetctl COMMANDE --help&#xa0;» pour connaître les options d’une commande.
Codes de sortie&#xa0;: 0 terminé, 1 entrée incorrecte (message sur stderr), 2 erreur interne.
</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="144"/>
        <source>facetctl: unknown command “%1”
</source>
        <translation>facetctl: commande inconnue «&#xa0;%1&#xa0;»
</translation>
    </message>
    <message>
        <location filename="../app/cli/Command.cpp" line="44"/>
        <source>Run “facetctl %1 --help” for usage.
</source>
        <translation>Lancez «&#xa0;facetctl %1 --help&#xa0;» pour en savoir plus sur l’utilisation.
</translation>
    </message>
    <message>
        <location filename="../app/cli/Command.cpp" line="61"/>
        <source>Sign in as NAME (password from FACET_PASSWORD, --password-stdin or a prompt).</source>
        <translation>Se connecter en tant que NOM (mot de passe depuis FACET_PASSWORD, --password-stdin ou une invite).</translation>
    </message>
    <message>
        <location filename="../app/cli/Command.cpp" line="63"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location filename="../app/cli/Command.cpp" line="65"/>
        <source>Read the password from the first line of standard input.</source>
        <translation>Lire le mot de passe sur la première ligne de l’entrée standard.</translation>
    </message>
    <message>
        <location filename="../app/cli/Command.cpp" line="127"/>
        <source>Password for %1: </source>
        <translation>Mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <location filename="../app/cli/Command.cpp" line="130"/>
        <source>no password for %1: set FACET_PASSWORD, use --password-stdin or run on a terminal</source>
        <translation>aucun mot de passe pour %1&#xa0;: définissez FACET_PASSWORD, utilisez --password-stdin ou exécutez la commande dans un terminal</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="27"/>
        <location filename="../app/cli/ProductCommands.cpp" line="19"/>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="76"/>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="61"/>
        <source>there is no asset with the id %1</source>
        <translation>il n’existe aucune ressource avec l’identifiant %1</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="67"/>
        <source>“%1” is neither an asset id nor a SHA-256</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un identifiant de ressource ni un SHA-256</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="77"/>
        <source>no asset has the SHA-256 %1</source>
        <translation>aucune ressource n’a le SHA-256 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="78"/>
        <source>%1 is the start of %2 assets&apos; SHA-256; give more digits</source>
        <translation>%1 est le début du SHA-256 de %2 ressources&#xa0;; indiquez davantage de chiffres</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AssetCommands.cpp" line="315"/>
        <source>used by %n value(s)</source>
        <translation>
            <numerusform>utilisée par %n valeur</numerusform>
            <numerusform>utilisée par %n valeurs</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="26"/>
        <source>List the products of a workspace, optionally matching a full-text search.</source>
        <translation>Lister les produits d’un espace de travail, éventuellement filtrés par une recherche plein texte.</translation>
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
        <translation>Le fichier de l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="37"/>
        <source>Only products matching every word (prefixes).</source>
        <translation>Uniquement les produits correspondant à chaque mot (préfixes).</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="38"/>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="40"/>
        <source>Only products in this category or below.</source>
        <translation>Uniquement les produits de cette catégorie ou de ses sous-catégories.</translation>
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
        <translation>Au plus N produits (par défaut&#xa0;: tous).</translation>
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
        <translation>attendu&#xa0;: exactement un chemin d’espace de travail</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="61"/>
        <source>--limit needs a whole number of 0 or more</source>
        <translation>--limit attend un nombre entier supérieur ou égal à 0</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="66"/>
        <source>unknown category “%1”</source>
        <translation>catégorie «&#xa0;%1&#xa0;» inconnue</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="106"/>
        <source>Show one product&apos;s master record: every value, its content hash and completeness.</source>
        <translation>Afficher la fiche maître d’un produit&#xa0;: toutes ses valeurs, son empreinte de contenu et sa complétude.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="115"/>
        <location filename="../app/cli/ProductCommands.cpp" line="159"/>
        <location filename="../app/cli/WorkflowCommands.cpp" line="20"/>
        <source>The product&apos;s SKU.</source>
        <translation>Le SKU du produit.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="123"/>
        <source>expected a workspace path and a SKU</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail et un SKU</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="145"/>
        <source>Set values of a product&apos;s working draft. Each assignment is CODE[-LOCALE][-CHANNEL]=VALUE, e.g. description-de_DE=&quot;&lt;p&gt;Leise&lt;/p&gt;&quot;, name-en_US-x=&quot;Short name&quot;, price=&quot;19.99 EUR,21.50 USD&quot;, weight=&quot;1.2 KILOGRAM&quot;. An empty VALUE clears the value. All assignments are validated first; if one is wrong, nothing is written.</source>
        <translation>Définir des valeurs dans le brouillon de travail d’un produit. Chaque affectation est de la forme CODE[-LANGUE][-CANAL]=VALEUR, par exemple description-de_DE=&quot;&lt;p&gt;Leise&lt;/p&gt;&quot;, name-en_US-x=&quot;Nom court&quot;, price=&quot;19.99 EUR,21.50 USD&quot;, weight=&quot;1.2 KILOGRAM&quot;. Une VALEUR vide efface la valeur. Toutes les affectations sont d’abord validées&#x202f;; si l’une d’elles est incorrecte, rien n’est écrit.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="162"/>
        <source>CODE[-LOCALE][-CHANNEL]=VALUE, one or more.</source>
        <translation>CODE[-LANGUE][-CANAL]=VALEUR, une ou plusieurs.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="171"/>
        <source>expected a workspace path, a SKU and at least one CODE=VALUE</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail, un SKU et au moins une affectation CODE=VALEUR</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="186"/>
        <source>“%1” is not of the form CODE=VALUE</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme CODE=VALEUR</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="199"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="205"/>
        <source>%1: nothing was written:
%2</source>
        <translation>%1&#xa0;: rien n’a été écrit&#xa0;:
%2</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="213"/>
        <source>%1 saved; draft %2
</source>
        <translation>%1 enregistré&#x202f;; brouillon %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordJson.cpp" line="43"/>
        <source>SKU:        %1
</source>
        <translation>SKU&#xa0;:                    %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordJson.cpp" line="45"/>
        <source>Family:     %1 (%2)
</source>
        <translation>Famille&#xa0;:                %1 (%2)
</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordJson.cpp" line="47"/>
        <source>Categories: %1
</source>
        <translation>Catégories&#xa0;:             %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordJson.cpp" line="49"/>
        <source>Draft hash: %1

</source>
        <translation>Empreinte du brouillon&#xa0;: %1

</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordJson.cpp" line="62"/>
        <source>Completeness:
</source>
        <translation>Complétude&#xa0;:
</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordJson.cpp" line="66"/>
        <source>  missing: %1</source>
        <translation>  manquant&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="20"/>
        <source>Create a new, empty workspace file, or with --demo one filled with the demo catalog.</source>
        <translation>Créer un fichier d’espace de travail vide ou, avec --demo, un fichier rempli avec le catalogue de démonstration.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="28"/>
        <source>The workspace file to create; it must not exist.</source>
        <translation>Le fichier d’espace de travail à créer&#x202f;; il ne doit pas déjà exister.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="30"/>
        <source>Fill it with the demo catalog: 3 locales, channels of every kind, families, categories and products.</source>
        <translation>Le remplir avec le catalogue de démonstration&#xa0;: 3 langues, des canaux de tous types, des familles, des catégories et des produits.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="54"/>
        <source>created %1 (%2 products)
</source>
        <translation>%1 créé (%2 produits)
</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="62"/>
        <source>Completeness per channel and locale: for one product (with the missing attributes), or a summary over the whole workspace.</source>
        <translation>Complétude par canal et par langue&#xa0;: pour un produit (avec les attributs manquants) ou en synthèse pour tout l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="73"/>
        <source>Optional: one product.</source>
        <translation>Facultatif&#xa0;: un produit.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="84"/>
        <source>expected a workspace path and optionally a SKU</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail et, facultativement, un SKU</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="103"/>
        <source>missing: %1</source>
        <translation>manquant&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="119"/>
        <source>%1	%2	%3 of %4 complete	average %5%
</source>
        <translation>%1	%2	%3 complets sur %4	moyenne %5&#xa0;%
</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="132"/>
        <source>Add N synthetic products to a workspace (for benchmarks); creates the workspace with the demo structure if it does not exist.</source>
        <translation>Ajouter N produits synthétiques à un espace de travail (pour des mesures de performance)&#x202f;; crée l’espace de travail avec la structure de démonstration s’il n’existe pas.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="143"/>
        <source>How many products to add.</source>
        <translation>Nombre de produits à ajouter.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="147"/>
        <source>Random seed, for repeatable catalogs (default 1).</source>
        <translation>Graine aléatoire, pour des catalogues reproductibles (par défaut&#xa0;: 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="148"/>
        <source>SEED</source>
        <translation>GRAINE</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="160"/>
        <source>--products needs a whole number above 0</source>
        <translation>--products attend un nombre entier supérieur à 0</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="164"/>
        <source>--seed needs a whole number</source>
        <translation>--seed attend un nombre entier</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="178"/>
        <source>generated %1 of %2 products
</source>
        <translation>%1 produits générés sur %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="189"/>
        <source>generated %1 products in %2 s (%3 products/s)
</source>
        <translation>%1 produits générés en %2 s (%3 produits/s)
</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="25"/>
        <source>LOCALE</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="42"/>
        <location filename="../app/cli/TemplateCommands.cpp" line="22"/>
        <source>unknown channel “%1”; the workspace has %2</source>
        <translation>canal inconnu «&#xa0;%1&#xa0;»&#xa0;; l’espace de travail contient %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/AuditCommands.cpp" line="123"/>
        <source>intact: %n entries verified
</source>
        <translation>
            <numerusform>intact&#xa0;: %n entrée vérifiée
</numerusform>
            <numerusform>intact&#xa0;: %n entrées vérifiées
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="23"/>
        <source>The file format; only “akeneo-csv” for now.</source>
        <translation>Le format de fichier&#xa0;; uniquement «&#xa0;akeneo-csv&#xa0;» pour l’instant.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="24"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="121"/>
        <source>expected a workspace path and a user name</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail et un nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="128"/>
        <source>disabled %1
</source>
        <translation>%1 désactivé
</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="129"/>
        <source>enabled %1
</source>
        <translation>%1 activé
</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="269"/>
        <source>The user.</source>
        <translation>L’utilisateur.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="271"/>
        <source>The role code.</source>
        <translation>Le code du rôle.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="97"/>
        <source>%1 has no revision waiting for a decision</source>
        <translation>%1 n’a aucune révision en attente de décision</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="69"/>
        <source>written %1, unchanged %2, withdrawn %3, held %4, failed %5</source>
        <translation>écrits %1, inchangés %2, retirés %3, retenus %4, en échec %5</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/PublishCommands.cpp" line="335"/>
        <source>facetctl publications verify: %1 differs from its manifest in %n file(s)
</source>
        <translation>
            <numerusform>facetctl publications verify: %1 diffère de son manifeste pour %n fichier
</numerusform>
            <numerusform>facetctl publications verify: %1 diffère de son manifeste pour %n fichiers
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>facet::cli::ApproveCommand</name>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="107"/>
        <source>Approve the revision waiting for a decision, moving it to the next stage. With --hash, only if that is still the revision waiting (so you approve what you read).</source>
        <translation>Approuver la révision en attente de décision et la faire passer à l’étape suivante. Avec --hash, uniquement si c’est toujours la révision en attente (pour approuver ce que vous avez lu).</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="115"/>
        <source>Why.</source>
        <translation>Motif.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="115"/>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="117"/>
        <source>The revision you reviewed (a prefix is enough).</source>
        <translation>La révision que vous avez relue (un préfixe suffit).</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="117"/>
        <source>HASH</source>
        <translation>EMPREINTE</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="118"/>
        <source>The stage, if several approvals lead on.</source>
        <translation>L’étape cible, si plusieurs approbations sont possibles depuis l’étape actuelle.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="118"/>
        <source>STAGE</source>
        <translation>ÉTAPE</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="126"/>
        <source>expected a workspace path and a SKU</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail et un SKU</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="139"/>
        <source>approved %1 revision %2: now at %3
</source>
        <translation>révision %2 de %1 approuvée&#xa0;: désormais à l’étape %3
</translation>
    </message>
</context>
<context>
    <name>facet::cli::AssetsAddCommand</name>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="91"/>
        <source>Add JPEG, PNG, WebP, SVG or PDF files to the asset library. The same file twice is stored once (&quot;deduplicated&quot;); a file whose content does not match its type, that is truncated, an SVG with scripts or external references, or a decompression bomb is refused with the reason.</source>
        <translation>Ajouter des fichiers JPEG, PNG, WebP, SVG ou PDF à la bibliothèque de ressources. Un même fichier ajouté deux fois n’est stocké qu’une fois («&#xa0;dédoublonné&#xa0;»)&#xa0;; un fichier dont le contenu ne correspond pas à son type, un fichier tronqué, un SVG avec des scripts ou des références externes, ou une bombe de décompression est refusé avec le motif.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="119"/>
        <source>The workspace file.</source>
        <translation>Le fichier de l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="120"/>
        <source>The files to add.</source>
        <translation>Les fichiers à ajouter.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="123"/>
        <source>A title in a locale, as LOCALE=TEXT; also --title-LOCALE TEXT. Repeatable.</source>
        <translation>Un titre dans une langue, sous la forme LANGUE=TEXTE&#xa0;; aussi --title-LANGUE TEXTE. Répétable.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="124"/>
        <location filename="../app/cli/AssetCommands.cpp" line="127"/>
        <source>LOCALE=TEXT</source>
        <translation>LANGUE=TEXTE</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="126"/>
        <source>An alternative text in a locale, as LOCALE=TEXT; also --alt-LOCALE TEXT. Repeatable.</source>
        <translation>Un texte alternatif dans une langue, sous la forme LANGUE=TEXTE&#xa0;; aussi --alt-LANGUE TEXTE. Répétable.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="128"/>
        <source>A tag. Repeatable.</source>
        <translation>Une étiquette. Répétable.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="128"/>
        <source>TAG</source>
        <translation>ÉTIQUETTE</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="129"/>
        <source>The last day channels may use the files (YYYY-MM-DD).</source>
        <translation>Le dernier jour où les canaux peuvent utiliser les fichiers (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="129"/>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="130"/>
        <source>The copyright notice or rights holder.</source>
        <translation>La mention de copyright ou le titulaire des droits.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="130"/>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="138"/>
        <source>expected a workspace path and at least one file</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail et au moins un fichier</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="145"/>
        <source>--%1 wants LOCALE=TEXT, not “%2”</source>
        <translation>--%1 attend LANGUE=TEXTE, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="155"/>
        <source>--expires wants a date as YYYY-MM-DD, not “%1”</source>
        <translation>--expires attend une date au format AAAA-MM-JJ, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="163"/>
        <source>the workspace has no locale “%1”; it has %2</source>
        <translation>l’espace de travail n’a pas de langue «&#xa0;%1&#xa0;»&#xa0;; il a %2</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="174"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="195"/>
        <source>deduplicated</source>
        <translation>dédoublonné</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="195"/>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
</context>
<context>
    <name>facet::cli::AssetsListCommand</name>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="209"/>
        <source>List the asset library: ID, SHA-256, media type, size, title, tags and expiry. --search finds words in file names, titles, alt texts, tags and rights.</source>
        <translation>Lister la bibliothèque de ressources&#xa0;: identifiant, SHA-256, type de média, taille, titre, étiquettes et expiration. --search trouve des mots dans les noms de fichiers, titres, textes alternatifs, étiquettes et droits.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="215"/>
        <source>The workspace file.</source>
        <translation>Le fichier de l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="216"/>
        <source>Only assets whose texts contain all these words.</source>
        <translation>Uniquement les ressources dont les textes contiennent tous ces mots.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="216"/>
        <source>WORDS</source>
        <translation>MOTS</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="217"/>
        <source>Only assets with this tag.</source>
        <translation>Uniquement les ressources avec cette étiquette.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="217"/>
        <source>TAG</source>
        <translation>ÉTIQUETTE</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="219"/>
        <source>The locale of the titles shown (default: the workspace&apos;s first).</source>
        <translation>La langue des titres affichés (par défaut&#xa0;: la première de l’espace de travail).</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="219"/>
        <source>LOCALE</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="226"/>
        <source>expected exactly one workspace path</source>
        <translation>attendu&#xa0;: exactement un chemin d’espace de travail</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="250"/>
        <source>expired %1</source>
        <translation>expirée le %1</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="250"/>
        <source>expires %1</source>
        <translation>expire le %1</translation>
    </message>
</context>
<context>
    <name>facet::cli::AssetsRenditionCommand</name>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="332"/>
        <source>Write an asset&apos;s rendition for a channel (the channel&apos;s settings.renditions: size, format, quality, background) to a file. Made once and cached in the workspace.</source>
        <translation>Écrire dans un fichier la déclinaison d’une ressource pour un canal (settings.renditions du canal&#xa0;: taille, format, qualité, arrière-plan). Produite une seule fois et mise en cache dans l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="338"/>
        <source>The workspace file.</source>
        <translation>Le fichier de l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="339"/>
        <source>The asset&apos;s id or SHA-256.</source>
        <translation>L’identifiant ou le SHA-256 de la ressource.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="340"/>
        <source>The channel whose rendition to make.</source>
        <translation>Le canal dont il faut produire la déclinaison.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="340"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="341"/>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="341"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="348"/>
        <source>expected a workspace path and an asset id or SHA-256</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail et un identifiant de ressource ou un SHA-256</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="350"/>
        <source>--channel and --out are required</source>
        <translation>--channel et --out sont obligatoires</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="357"/>
        <source>unknown channel “%1”</source>
        <translation>canal «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="362"/>
        <source>channel %1 defines no renditions (settings.renditions)</source>
        <translation>le canal %1 ne définit aucune déclinaison (settings.renditions)</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="375"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="376"/>
        <source>cached</source>
        <translation>en cache</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="376"/>
        <source>made</source>
        <translation>produite</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="378"/>
        <source>from</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="378"/>
        <source>spec</source>
        <translation>spécification</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="382"/>
        <source>warning: %1 expired on %2; channels may no longer use it
</source>
        <translation>avertissement&#xa0;: %1 a expiré le %2&#xa0;; les canaux ne peuvent plus l’utiliser
</translation>
    </message>
</context>
<context>
    <name>facet::cli::AssetsShowCommand</name>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="261"/>
        <source>Show one asset&apos;s metadata and where it is used (the records whose values refer to it).</source>
        <translation>Afficher les métadonnées d’une ressource et où elle est utilisée (les fiches dont les valeurs y font référence).</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="266"/>
        <source>The workspace file.</source>
        <translation>Le fichier de l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="267"/>
        <source>The asset&apos;s id or SHA-256 (or its first 8+ digits).</source>
        <translation>L’identifiant ou le SHA-256 de la ressource (ou ses 8 premiers chiffres ou plus).</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="275"/>
        <source>expected a workspace path and an asset id or SHA-256</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail et un identifiant de ressource ou un SHA-256</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="300"/>
        <source>id</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="301"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="301"/>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="302"/>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="305"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="307"/>
        <source>alt</source>
        <translation>texte alt</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="309"/>
        <source>rights</source>
        <translation>droits</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="311"/>
        <source>expires</source>
        <translation>expiration</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="312"/>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <location filename="../app/cli/AssetCommands.cpp" line="314"/>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
</context>
<context>
    <name>facet::cli::AuditListCommand</name>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="16"/>
        <source>The audit log, newest first: SEQ, TIME, USER, KIND, SUBJECT, DETAIL. Needs the view-audit permission in a workspace with users.</source>
        <translation>Le journal d’audit, les entrées les plus récentes en premier&#xa0;: NUM, HEURE, UTILISATEUR, TYPE, OBJET, DÉTAIL. Nécessite l’autorisation view-audit dans un espace de travail avec utilisateurs.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="22"/>
        <source>The workspace file.</source>
        <translation>Le fichier de l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="23"/>
        <source>Only entries by this user.</source>
        <translation>Uniquement les entrées de cet utilisateur.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="23"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="25"/>
        <source>Only entries about this record (or other subject).</source>
        <translation>Uniquement les entrées concernant cette fiche (ou un autre objet).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="25"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="26"/>
        <source>Only this kind, e.g. approve (repeatable).</source>
        <translation>Uniquement ce type, par exemple approve (répétable).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="26"/>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="28"/>
        <source>Only entries at or after this ISO 8601 time or date.</source>
        <translation>Uniquement les entrées à partir de cette heure ou date ISO 8601.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="28"/>
        <location filename="../app/cli/AuditCommands.cpp" line="30"/>
        <source>TIME</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="30"/>
        <source>Only entries before this ISO 8601 time or date.</source>
        <translation>Uniquement les entrées antérieures à cette heure ou date ISO 8601.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="31"/>
        <source>At most this many entries (default 500).</source>
        <translation>Au plus ce nombre d’entrées (par défaut&#xa0;: 500).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="31"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="32"/>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="39"/>
        <source>expected a workspace path</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="47"/>
        <source>unknown kind “%1”; kinds are %2</source>
        <translation>type inconnu «&#xa0;%1&#xa0;»&#xa0;; types disponibles&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="59"/>
        <source>--since and --until take an ISO 8601 date or time, e.g. 2026-05-01</source>
        <translation>--since et --until attendent une date ou une heure ISO 8601, par exemple 2026-05-01</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="64"/>
        <source>--limit takes a positive number</source>
        <translation>--limit attend un nombre positif</translation>
    </message>
</context>
<context>
    <name>facet::cli::AuditVerifyCommand</name>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="98"/>
        <source>Recompute the audit log&apos;s hash chain. Exit 0 when intact; exit 1 naming the first broken entry (changed, missing or out of order).</source>
        <translation>Recalculer la chaîne d’empreintes du journal d’audit. Se termine avec le code 0 si elle est intacte&#xa0;; avec le code 1 en indiquant la première entrée rompue (modifiée, manquante ou dans le désordre).</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="105"/>
        <source>The workspace file.</source>
        <translation>Le fichier de l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="111"/>
        <source>expected a workspace path</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail</translation>
    </message>
    <message>
        <location filename="../app/cli/AuditCommands.cpp" line="118"/>
        <source>facetctl audit verify: the audit log is broken at entry %1: %2
</source>
        <translation>facetctl audit verify: le journal d’audit est rompu à l’entrée %1&#xa0;: %2
</translation>
    </message>
</context>
<context>
    <name>facet::cli::CheckCommand</name>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="205"/>
        <source>Render every product (or one) for every channel (or one) and locale, and report what the channels&apos; rules find. Exits 1 when there is an error.</source>
        <translation>Produire le rendu de tous les produits (ou d’un seul) pour tous les canaux (ou un seul) et toutes les langues, et signaler les constats des règles des canaux. Se termine avec le code 1 en cas d’erreur.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="211"/>
        <source>The workspace file.</source>
        <translation>Le fichier de l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="212"/>
        <source>Optional: one product.</source>
        <translation>Facultatif&#xa0;: un produit.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="216"/>
        <source>Print a JSON array of findings instead of text.</source>
        <translation>Afficher un tableau JSON des constats au lieu de texte.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="223"/>
        <source>expected a workspace path and optionally a SKU</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail et éventuellement un SKU</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="242"/>
        <source>unknown locale “%1”; the workspace has %2</source>
        <translation>langue inconnue «&#xa0;%1&#xa0;»&#xa0;; l’espace de travail contient %2</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="246"/>
        <source>channel %1 does not render %2</source>
        <translation>le canal %1 ne produit pas de rendu en %2</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="310"/>
        <source>checked %1 of %2 products
</source>
        <translation>%1 produits vérifiés sur %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="323"/>
        <source>products: %1, renderings: %2, failed: %3, errors: %4, warnings: %5, notes: %6
</source>
        <translation>produits&#xa0;: %1, rendus&#xa0;: %2, échecs&#xa0;: %3, erreurs&#xa0;: %4, avertissements&#xa0;: %5, remarques&#xa0;: %6
</translation>
    </message>
</context>
<context>
    <name>facet::cli::DiffCommand</name>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="262"/>
        <source>What changed between two revisions (hash prefixes, or “draft” for the working draft), field by field and word by word: [-removed-] {+added+}.</source>
        <translation>Ce qui a changé entre deux révisions (préfixes d’empreinte, ou «&#xa0;draft&#xa0;» pour le brouillon de travail), champ par champ et mot par mot&#xa0;: [-supprimé-] {+ajouté+}.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="270"/>
        <source>The older revision.</source>
        <translation>La révision la plus ancienne.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="271"/>
        <source>The newer revision.</source>
        <translation>La révision la plus récente.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="278"/>
        <source>expected a workspace path, a SKU and two revisions</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail, un SKU et deux révisions</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="288"/>
        <source>no differences
</source>
        <translation>aucune différence
</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="292"/>
        <source>family: %1 → %2
</source>
        <translation>famille&#xa0;: %1 → %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="294"/>
        <source>category added: %1
</source>
        <translation>catégorie ajoutée&#xa0;: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="296"/>
        <source>category removed: %1
</source>
        <translation>catégorie retirée&#xa0;: %1
</translation>
    </message>
</context>
<context>
    <name>facet::cli::EffectiveCommand</name>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="328"/>
        <source>The revision a channel gets now: the newest whose stage grants at least the channel&apos;s required level. Exit 1 when there is none.</source>
        <translation>La révision que reçoit actuellement un canal&#xa0;: la plus récente dont l’étape accorde au moins le niveau requis par le canal. Se termine avec le code 1 s’il n’y en a aucune.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="336"/>
        <source>The channel&apos;s code.</source>
        <translation>Le code du canal.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="336"/>
        <source>CHANNEL</source>
        <translation>CANAL</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="337"/>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="344"/>
        <source>expected a workspace path, a SKU and --channel</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail, un SKU et --channel</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="367"/>
        <source>facetctl effective: %1 has no revision at release level %2 or higher; %3 gets nothing
</source>
        <translation>facetctl effective: %1 n’a aucune révision de niveau de diffusion %2 ou supérieur&#xa0;; %3 ne reçoit rien
</translation>
    </message>
</context>
<context>
    <name>facet::cli::ExportCommand</name>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="120"/>
        <source>Export a workspace as Akeneo flat CSV: products, structure files and media.</source>
        <translation>Exporter un espace de travail au format CSV plat Akeneo&#xa0;: produits, fichiers de structure et médias.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="125"/>
        <source>The workspace file.</source>
        <translation>Le fichier de l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="127"/>
        <source>The folder to write to (created if needed).</source>
        <translation>Le dossier où écrire (créé si nécessaire).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="127"/>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="134"/>
        <source>expected exactly one workspace path</source>
        <translation>attendu&#xa0;: exactement un chemin d’espace de travail</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="137"/>
        <source>unknown format “%1”; supported: akeneo-csv</source>
        <translation>format «&#xa0;%1&#xa0;» inconnu&#xa0;; pris en charge&#xa0;: akeneo-csv</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="139"/>
        <source>--out DIR is required</source>
        <translation>--out DOSSIER est obligatoire</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="148"/>
        <source>exported %1 products (%2 values) and %3 media files to %4: %5
</source>
        <translation>%1 produits (%2 valeurs) et %3 fichiers média exportés vers %4&#xa0;: %5
</translation>
    </message>
</context>
<context>
    <name>facet::cli::HistoryCommand</name>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="189"/>
        <source>A record&apos;s revisions with their stages, and every decision: who, when, what, comment.</source>
        <translation>Les révisions d’une fiche avec leurs étapes, et chaque décision&#xa0;: qui, quand, quoi, commentaire.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="195"/>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="202"/>
        <source>expected a workspace path and a SKU</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail et un SKU</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="239"/>
        <source>Revisions of %1:
</source>
        <translation>Révisions de %1&#xa0;:
</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="243"/>
        <source> (superseded)</source>
        <translation> (dépassée)</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="244"/>
        <source>Decisions:
</source>
        <translation>Décisions&#xa0;:
</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="251"/>
        <source>Comments:
</source>
        <translation>Commentaires&#xa0;:
</translation>
    </message>
</context>
<context>
    <name>facet::cli::ImportCommand</name>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="31"/>
        <source>Import Akeneo flat CSV files (products and structure files) into a workspace and print the report.</source>
        <translation>Importer des fichiers CSV plats Akeneo (produits et fichiers de structure) dans un espace de travail et afficher le rapport.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="38"/>
        <source>The workspace file (created if it does not exist).</source>
        <translation>Le fichier de l’espace de travail (créé s’il n’existe pas).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="41"/>
        <source>Product files and structure files (attributes.csv, families.csv, categories.csv, attribute_options.csv, …); a folder stands for the CSV files in it.</source>
        <translation>Fichiers de produits et fichiers de structure (attributes.csv, families.csv, categories.csv, attribute_options.csv, …)&#xa0;; un dossier désigne les fichiers CSV qu’il contient.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="47"/>
        <source>The folder media paths are relative to (default: the first product file&apos;s).</source>
        <translation>Le dossier par rapport auquel les chemins des médias sont relatifs (par défaut&#xa0;: celui du premier fichier de produits).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="48"/>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="49"/>
        <source>Report what would happen, write nothing.</source>
        <translation>Indiquer ce qui se passerait, sans rien écrire.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="50"/>
        <source>Print the report as JSON.</source>
        <translation>Afficher le rapport en JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="51"/>
        <source>Rows per transaction (default 1000).</source>
        <translation>Lignes par transaction (par défaut&#xa0;: 1000).</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="51"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="58"/>
        <source>expected a workspace path and at least one file</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail et au moins un fichier</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="61"/>
        <source>unknown format “%1”; supported: akeneo-csv</source>
        <translation>format «&#xa0;%1&#xa0;» inconnu&#xa0;; pris en charge&#xa0;: akeneo-csv</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="73"/>
        <source>there is no file %1</source>
        <translation>le fichier %1 n’existe pas</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="81"/>
        <source>the media folder %1 does not exist</source>
        <translation>le dossier des médias %1 n’existe pas</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="88"/>
        <source>--batch-size needs a whole number above 0</source>
        <translation>--batch-size attend un nombre entier supérieur à 0</translation>
    </message>
    <message>
        <location filename="../app/cli/ExchangeCommands.cpp" line="103"/>
        <source>imported %1 of %2 rows
</source>
        <translation>%1 lignes importées sur %2
</translation>
    </message>
</context>
<context>
    <name>facet::cli::MeasureCommand</name>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="29"/>
        <source>Measure a text for a channel: SMS encoding and segments, X weighted length, push payload bytes.</source>
        <translation>Mesurer un texte pour un canal&#xa0;: encodage et segments SMS, longueur pondérée X, octets de la charge utile push.</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="35"/>
        <source>sms, x or push.</source>
        <translation>sms, x ou push.</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="38"/>
        <source>The text (the push body). Absent or “-”: read from standard input, without its final line break.</source>
        <translation>Le texte (le corps pour push). Absent ou «&#xa0;-&#xa0;»&#xa0;: lu sur l’entrée standard, sans le saut de ligne final.</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="41"/>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="42"/>
        <source>push: the notification title.</source>
        <translation>push&#xa0;: le titre de la notification.</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="42"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="43"/>
        <source>push: the FCM topic the message is measured with (default: all).</source>
        <translation>push&#xa0;: le sujet FCM avec lequel le message est mesuré (par défaut&#xa0;: all).</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="44"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="50"/>
        <source>cannot read standard input</source>
        <translation>impossible de lire l’entrée standard</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="57"/>
        <source>standard input is not UTF-8 text</source>
        <translation>l’entrée standard n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="74"/>
        <source>expected a kind (sms, x or push) and at most one TEXT; quote a text with spaces</source>
        <translation>attendu&#xa0;: un type (sms, x ou push) et au plus un TEXTE&#xa0;; mettez entre guillemets un texte contenant des espaces</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="77"/>
        <source>unknown kind “%1”; expected sms, x or push</source>
        <translation>type inconnu «&#xa0;%1&#xa0;»&#xa0;; attendu&#xa0;: sms, x ou push</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="79"/>
        <source>--title and --topic apply to push only</source>
        <translation>--title et --topic ne s’appliquent qu’à push</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="91"/>
        <source>--topic needs a name</source>
        <translation>--topic attend un nom</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="120"/>
        <source>encoding: %1
</source>
        <translation>encodage&#xa0;: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="120"/>
        <source>units: %1 %2
</source>
        <translation>unités&#xa0;: %1 %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="121"/>
        <source>segments: %1
</source>
        <translation>segments&#xa0;: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="121"/>
        <source>characters: %1
</source>
        <translation>caractères&#xa0;: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="123"/>
        <source>non_gsm: none
</source>
        <translation>non_gsm&#xa0;: aucun
</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="126"/>
        <source>non_gsm:
</source>
        <translation>non_gsm&#xa0;:
</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="128"/>
        <source>  %1 %2 at character %3 (offset %4), GSM: “%5”
</source>
        <translation>  %1 %2 au caractère %3 (décalage %4), GSM&#xa0;: «&#xa0;%5&#xa0;»
</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="149"/>
        <source>weightedLength: %1 of %2
</source>
        <translation>weightedLength&#xa0;: %1 sur %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="150"/>
        <source>valid: %1
</source>
        <translation>valide&#xa0;: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="150"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="150"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="150"/>
        <source>permillage: %1
</source>
        <translation>pour mille&#xa0;: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="172"/>
        <source>apns: %1 bytes
</source>
        <translation>apns&#xa0;: %1 octets
</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="173"/>
        <source>fcm: %1 bytes
</source>
        <translation>fcm&#xa0;: %1 octets
</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="174"/>
        <source>limit: %1 bytes
</source>
        <translation>limite&#xa0;: %1 octets
</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="176"/>
        <source>shortened body (%1 characters): %2
</source>
        <translation>corps raccourci (%1 caractères)&#xa0;: %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/MeasureCommand.cpp" line="180"/>
        <source>does not fit, even with a shorter body
</source>
        <translation>ne tient pas, même avec un corps plus court
</translation>
    </message>
</context>
<context>
    <name>facet::cli::PublicationsDeadLettersCommand</name>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="348"/>
        <source>Webhook messages that could not be delivered.</source>
        <translation>Messages webhook qui n&apos;ont pas pu être remis.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="354"/>
        <source>Only this target&apos;s.</source>
        <translation>Uniquement pour cette destination.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="354"/>
        <source>TARGET</source>
        <translation>DESTINATION</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="355"/>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="362"/>
        <source>expected a workspace path</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail</translation>
    </message>
</context>
<context>
    <name>facet::cli::PublicationsListCommand</name>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="205"/>
        <source>The publications, newest first: target, trigger, who, when, counts.</source>
        <translation>Les publications, les plus récentes d&apos;abord&#xa0;: cible, déclencheur, qui, quand, nombres.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="211"/>
        <source>Only this target&apos;s.</source>
        <translation>Uniquement pour cette destination.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="211"/>
        <source>TARGET</source>
        <translation>DESTINATION</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="212"/>
        <source>At most N (default 200).</source>
        <translation>Au plus N (par défaut&#xa0;: 200).</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="212"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="213"/>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="220"/>
        <source>expected a workspace path</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail</translation>
    </message>
</context>
<context>
    <name>facet::cli::PublicationsRetryCommand</name>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="396"/>
        <source>Deliver a webhook target&apos;s dead letters again (all, or the numbers given).</source>
        <translation>Remettre à nouveau les messages non remis d&apos;une cible webhook (tous, ou les numéros donnés).</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="402"/>
        <source>Dead letters to retry (default: all of the target&apos;s).</source>
        <translation>Messages non remis à renvoyer (par défaut&#xa0;: tous ceux de la destination).</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="404"/>
        <source>The webhook target.</source>
        <translation>La destination webhook.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="404"/>
        <source>TARGET</source>
        <translation>DESTINATION</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="412"/>
        <source>expected a workspace path and --target</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail et --target</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="418"/>
        <source>“%1” is not a dead letter&apos;s number</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro de message non remis</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="426"/>
        <source>delivered
</source>
        <translation>remis
</translation>
    </message>
</context>
<context>
    <name>facet::cli::PublicationsShowCommand</name>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="244"/>
        <source>One publication with every item: record, locale, revision, template version, checksum, result.</source>
        <translation>Une publication avec chaque élément&#xa0;: fiche, langue, révision, version du modèle, somme de contrôle, résultat.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="251"/>
        <source>The publication&apos;s number.</source>
        <translation>Le numéro de la publication.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="252"/>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="259"/>
        <source>expected a workspace path and a publication number</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail et un numéro de publication</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="266"/>
        <source>there is no publication %1</source>
        <translation>il n’existe aucune publication %1</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="277"/>
        <source>Publication %1 to %2 (%3), %4 by %5 (%6), %7 – %8: %9
</source>
        <translation>Publication %1 vers %2 (%3), %4 par %5 (%6), %7 – %8&#xa0;: %9
</translation>
    </message>
</context>
<context>
    <name>facet::cli::PublicationsVerifyCommand</name>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="294"/>
        <source>Compare a folder target with its manifest; exit 1 when a file is missing, changed or unexpected.</source>
        <translation>Comparer une cible dossier à son manifeste&#xa0;; sortie 1 si un fichier manque, a changé ou est inattendu.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="301"/>
        <source>A publication; its target&apos;s folder is verified.</source>
        <translation>Une publication&#xa0;; le dossier de sa destination est vérifié.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="302"/>
        <source>The folder target to verify.</source>
        <translation>La destination dossier à vérifier.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="302"/>
        <source>TARGET</source>
        <translation>DESTINATION</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="309"/>
        <source>expected a workspace path and a publication number, or --target</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail et un numéro de publication, ou --target</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="318"/>
        <source>there is no publication %1</source>
        <translation>il n’existe aucune publication %1</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="323"/>
        <source>there is no publishing target “%1”</source>
        <translation>il n’existe aucune destination de publication «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="326"/>
        <source>%1 is a webhook target: only folders have a manifest</source>
        <translation>%1 est une destination webhook&#xa0;: seuls les dossiers ont un manifeste</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="342"/>
        <source>%1 matches its manifest
</source>
        <translation>%1 correspond à son manifeste
</translation>
    </message>
</context>
<context>
    <name>facet::cli::PublishCommand</name>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="110"/>
        <source>Publish the effective revisions to the channels&apos; targets (incremental; held records are listed).</source>
        <translation>Publier les révisions en vigueur vers les cibles des canaux (incrémentiel&#xa0;; les fiches retenues sont listées).</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="118"/>
        <source>Only revisions at or above a channel&apos;s release level reach it. Unchanged renderings are skipped, records no longer effective are withdrawn, records with error findings are held back with their reasons while the rest publishes.
Exit codes: 0 every publication completed (held records included: they are listed), 1 wrong input, refused (no right to publish a channel) or cancelled, 2 a target failed or internal failure.</source>
        <translation>Seules les révisions ayant atteint ou dépassé le niveau de diffusion d’un canal y parviennent. Les rendus inchangés sont ignorés, les fiches qui ne sont plus en vigueur sont retirées, les fiches comportant des constats d’erreur sont retenues avec leurs motifs, tandis que le reste est publié.
Codes de sortie&#xa0;: 0 toutes les publications sont terminées (y compris avec des fiches retenues&#xa0;: elles sont listées), 1 entrée incorrecte, refus (pas le droit de publier sur un canal) ou annulation, 2 échec d’une destination ou erreur interne.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="125"/>
        <source>Only this channel&apos;s targets (repeatable).</source>
        <translation>Uniquement les destinations de ce canal (répétable).</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="125"/>
        <source>CHANNEL</source>
        <translation>CANAL</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="126"/>
        <source>Only this target (repeatable).</source>
        <translation>Uniquement cette destination (répétable).</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="126"/>
        <source>TARGET</source>
        <translation>DESTINATION</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="127"/>
        <source>Only this record (repeatable).</source>
        <translation>Uniquement cette fiche (répétable).</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="127"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="128"/>
        <source>Render and report, but write and record nothing.</source>
        <translation>Produire les rendus et en rendre compte, sans rien écrire ni enregistrer.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="129"/>
        <source>Run the schedules that are due and the automatic queue (for cron or a systemd timer).</source>
        <translation>Exécuter les programmations arrivées à échéance et la file automatique (pour cron ou un minuteur systemd).</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="131"/>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="139"/>
        <source>expected a workspace path</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="143"/>
        <source>--due runs what the schedules and the queue say; it takes no selection</source>
        <translation>--due exécute ce que prévoient les programmations et la file&#xa0;; il n’accepte aucune sélection</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="179"/>
        <source>%1 (%2): %3 — publication %4, %5
</source>
        <translation>%1 (%2)&#xa0;: %3 — publication %4, %5
</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="183"/>
        <source>%1 (%2): %3 — dry run, nothing written
</source>
        <translation>%1 (%2)&#xa0;: %3 — simulation, rien n’a été écrit
</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="195"/>
        <source>nothing to publish
</source>
        <translation>rien à publier
</translation>
    </message>
</context>
<context>
    <name>facet::cli::RenderCommand</name>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="101"/>
        <source>Render one product for one channel and locale: prints the channel&apos;s main output (or the part named with --template), or writes it to a file.</source>
        <translation>Produire le rendu d’un produit pour un canal et une langue&#xa0;: affiche la sortie principale du canal (ou la partie désignée par --template), ou l’écrit dans un fichier.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="107"/>
        <source>The workspace file.</source>
        <translation>Le fichier de l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="108"/>
        <source>The product&apos;s SKU.</source>
        <translation>Le SKU du produit.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="112"/>
        <source>The part to output, e.g. subject or text for an email (default: the channel&apos;s main output).</source>
        <translation>La partie à produire, par exemple subject ou text pour un e-mail (par défaut&#xa0;: la sortie principale du canal).</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="114"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="116"/>
        <source>Write to FILE instead of printing; replaced only when rendering succeeds.</source>
        <translation>Écrire dans FICHIER au lieu d’afficher&#xa0;; le fichier n’est remplacé que si le rendu réussit.</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="117"/>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="124"/>
        <source>expected a workspace path and a SKU</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail et un SKU</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="126"/>
        <source>--channel is required</source>
        <translation>--channel est obligatoire</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="140"/>
        <source>channel %1 renders %2, not “%3”</source>
        <translation>le canal %1 produit un rendu en %2, et non «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="159"/>
        <source>the %1 rendering has no part “%2”; it has %3</source>
        <translation>le rendu %1 n’a pas de partie «&#xa0;%2&#xa0;»&#xa0;; il a %3</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="166"/>
        <source>the %1 part is %2, not text; write it to a file with --out</source>
        <translation>la partie %1 est de type %2, pas du texte&#xa0;; écrivez-la dans un fichier avec --out</translation>
    </message>
    <message>
        <location filename="../app/cli/RenderCommands.cpp" line="178"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>facet::cli::RolesGrantCommand</name>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="278"/>
        <source>Give a user a role.</source>
        <translation>Attribuer un rôle à un utilisateur.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="291"/>
        <source>expected a workspace path, a user name and a role</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail, un nom d’utilisateur et un rôle</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="298"/>
        <source>%1 now holds %2
</source>
        <translation>%1 a désormais le rôle %2
</translation>
    </message>
</context>
<context>
    <name>facet::cli::RolesListCommand</name>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="222"/>
        <source>List the roles: CODE, LABEL, PERMISSIONS, EDIT GROUPS, PUBLISH CHANNELS.</source>
        <translation>Lister les rôles&#xa0;: CODE, LIBELLÉ, AUTORISATIONS, GROUPES MODIFIABLES, CANAUX DE PUBLICATION.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="228"/>
        <source>Print a JSON array.</source>
        <translation>Afficher un tableau JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="234"/>
        <source>expected a workspace path</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail</translation>
    </message>
</context>
<context>
    <name>facet::cli::RolesRevokeCommand</name>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="304"/>
        <source>Take a role from a user. The last admin keeps theirs.</source>
        <translation>Retirer un rôle à un utilisateur. Le dernier administrateur conserve le sien.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="317"/>
        <source>expected a workspace path, a user name and a role</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail, un nom d’utilisateur et un rôle</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="324"/>
        <source>%1 no longer holds %2
</source>
        <translation>%1 n’a plus le rôle %2
</translation>
    </message>
</context>
<context>
    <name>facet::cli::SchedulesAddCommand</name>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="656"/>
        <source>Plan a publication: not before --at (the embargo), once or --every hourly|daily|weekly|&quot;N minutes&quot;.</source>
        <translation>Planifier une publication&#xa0;: pas avant --at (l&apos;embargo), une fois ou --every hourly|daily|weekly|&quot;N minutes&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="663"/>
        <source>Publish to this target (repeatable).</source>
        <translation>Publier vers cette destination (répétable).</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="663"/>
        <source>TARGET</source>
        <translation>DESTINATION</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="664"/>
        <source>Publish to this channel&apos;s targets (repeatable).</source>
        <translation>Publier vers les destinations de ce canal (répétable).</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="664"/>
        <source>CHANNEL</source>
        <translation>CANAL</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="666"/>
        <source>Not before this time (ISO 8601; UTC unless it says otherwise).</source>
        <translation>Pas avant cette heure (ISO 8601&#xa0;; UTC sauf indication contraire).</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="666"/>
        <source>TIME</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="667"/>
        <source>Repeat: hourly, daily, weekly or &quot;N minutes&quot;.</source>
        <translation>Répétition&#xa0;: hourly, daily, weekly ou «&#xa0;N minutes&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="667"/>
        <source>RECURRENCE</source>
        <translation>RÉPÉTITION</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="675"/>
        <source>expected a workspace path</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="682"/>
        <source>“%1” is not an ISO 8601 time</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une heure ISO 8601</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="702"/>
        <source>schedule %1: next run %2
</source>
        <translation>programmation %1&#xa0;: prochaine exécution %2
</translation>
    </message>
</context>
<context>
    <name>facet::cli::SchedulesListCommand</name>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="616"/>
        <source>The publication schedules with their next run.</source>
        <translation>Les planifications de publication avec leur prochaine exécution.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="622"/>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="629"/>
        <source>expected a workspace path</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="647"/>
        <source>every channel</source>
        <translation>tous les canaux</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="648"/>
        <source>once</source>
        <translation>une fois</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="649"/>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="650"/>
        <source>disabled</source>
        <translation>désactivée</translation>
    </message>
</context>
<context>
    <name>facet::cli::SchedulesRemoveCommand</name>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="708"/>
        <source>Remove a publication schedule.</source>
        <translation>Supprimer une planification de publication.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="714"/>
        <source>The schedule&apos;s number.</source>
        <translation>Le numéro de la programmation.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="722"/>
        <source>expected a workspace path and a schedule number</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail et un numéro de programmation</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="729"/>
        <source>removed schedule %1
</source>
        <translation>programmation %1 supprimée
</translation>
    </message>
</context>
<context>
    <name>facet::cli::SendBackCommand</name>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="147"/>
        <source>Send the revision waiting for a decision back to an earlier stage, with a comment saying why.</source>
        <translation>Renvoyer la révision en attente de décision à une étape antérieure, avec un commentaire expliquant pourquoi.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="154"/>
        <source>The stage to send it back to.</source>
        <translation>L’étape à laquelle la renvoyer.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="154"/>
        <source>STAGE</source>
        <translation>ÉTAPE</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="155"/>
        <source>What to change (required).</source>
        <translation>Ce qu’il faut modifier (obligatoire).</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="155"/>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="157"/>
        <source>The revision you reviewed (a prefix is enough).</source>
        <translation>La révision que vous avez relue (un préfixe suffit).</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="157"/>
        <source>HASH</source>
        <translation>EMPREINTE</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="165"/>
        <source>expected a workspace path and a SKU</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail et un SKU</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="167"/>
        <source>say where to with --to STAGE</source>
        <translation>indiquez la destination avec --to ÉTAPE</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="180"/>
        <source>sent %1 revision %2 back to %3
</source>
        <translation>révision %2 de %1 renvoyée à l’étape %3
</translation>
    </message>
</context>
<context>
    <name>facet::cli::SubmitCommand</name>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="54"/>
        <source>Freeze the working draft as a revision and submit it for review; prints its hash.</source>
        <translation>Figer le brouillon de travail en une révision et la soumettre pour relecture&#xa0;; affiche son empreinte.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="60"/>
        <source>A note for the reviewers.</source>
        <translation>Une note pour les relecteurs.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="60"/>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="68"/>
        <source>expected a workspace path and a SKU</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail et un SKU</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="77"/>
        <source>submitted %1 revision %2 to %3
</source>
        <translation>révision %2 de %1 soumise à l’étape %3
</translation>
    </message>
</context>
<context>
    <name>facet::cli::TargetsAddCommand</name>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="472"/>
        <source>Add or change a publishing target: a folder or a webhook for one channel.</source>
        <translation>Ajouter ou modifier une cible de publication&#xa0;: un dossier ou un webhook pour un canal.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="478"/>
        <source>The target&apos;s code, e.g. web-site.</source>
        <translation>Le code de la destination, par exemple web-site.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="479"/>
        <source>The channel it publishes.</source>
        <translation>Le canal qu’elle publie.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="479"/>
        <source>CHANNEL</source>
        <translation>CANAL</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="481"/>
        <source>A folder (relative paths start at the workspace file&apos;s folder).</source>
        <translation>Un dossier (les chemins relatifs partent du dossier du fichier d’espace de travail).</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="481"/>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="482"/>
        <source>An http(s) URL to POST to.</source>
        <translation>Une URL http(s) à laquelle envoyer des requêtes POST.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="482"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="483"/>
        <source>Publish a record as soon as it reaches the channel&apos;s level.</source>
        <translation>Publier une fiche dès qu’elle atteint le niveau de diffusion du canal.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="484"/>
        <source>Print: also a catalog PDF of every product per locale.</source>
        <translation>Impression&#xa0;: également un catalogue PDF de tous les produits par langue.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="486"/>
        <source>Webhook: read the signing secret from standard input (default: a new random one, printed once).</source>
        <translation>Webhook&#xa0;: lire le secret de signature sur l’entrée standard (par défaut&#xa0;: un nouveau secret aléatoire, affiché une seule fois).</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="495"/>
        <source>expected a workspace path and a target code</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail et un code de destination</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="497"/>
        <source>say which channel with --channel</source>
        <translation>indiquez le canal avec --channel</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="499"/>
        <source>give either --folder PATH or --webhook URL</source>
        <translation>indiquez soit --folder CHEMIN, soit --webhook URL</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="515"/>
        <source>Secret: </source>
        <translation>Secret&#xa0;: </translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="517"/>
        <source>no secret on standard input</source>
        <translation>aucun secret sur l’entrée standard</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="532"/>
        <source>signing secret (shown once; the receiver checks X-Facet-Signature with it): %1
</source>
        <translation>secret de signature (affiché une seule fois&#xa0;; le destinataire s’en sert pour vérifier X-Facet-Signature)&#xa0;: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="535"/>
        <source>saved target %1 for %2
</source>
        <translation>destination %1 enregistrée pour %2
</translation>
    </message>
</context>
<context>
    <name>facet::cli::TargetsListCommand</name>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="434"/>
        <source>The publishing targets: channel, kind, folder or URL, automatic.</source>
        <translation>Les cibles de publication&#xa0;: canal, type, dossier ou URL, automatique.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="440"/>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="447"/>
        <source>expected a workspace path</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="465"/>
        <source>  automatic</source>
        <translation>  automatique</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="466"/>
        <source>  disabled</source>
        <translation>  désactivée</translation>
    </message>
</context>
<context>
    <name>facet::cli::TargetsRemoveCommand</name>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="541"/>
        <source>Remove a publishing target (its history stays).</source>
        <translation>Supprimer une cible de publication (son historique est conservé).</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="547"/>
        <source>The target&apos;s code.</source>
        <translation>Le code de la destination.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="555"/>
        <source>expected a workspace path and a target code</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail et un code de destination</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="565"/>
        <source>removed target %1
</source>
        <translation>destination %1 supprimée
</translation>
    </message>
</context>
<context>
    <name>facet::cli::TargetsTestCommand</name>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="571"/>
        <source>Check a target: a folder can be written, a webhook answers a signed ping.</source>
        <translation>Vérifier une cible&#xa0;: un dossier est accessible en écriture, un webhook répond à un ping signé.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="577"/>
        <source>The target&apos;s code.</source>
        <translation>Le code de la destination.</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="584"/>
        <source>expected a workspace path and a target code</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail et un code de destination</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="591"/>
        <source>there is no publishing target “%1”</source>
        <translation>il n’existe aucune destination de publication «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="596"/>
        <source>cannot write to %1</source>
        <translation>impossible d’écrire dans %1</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="597"/>
        <source>%1 can be written
</source>
        <translation>%1 est accessible en écriture
</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="604"/>
        <source>the webhook target %1 has no secret: %2</source>
        <translation>la destination webhook %1 n’a pas de secret&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/PublishCommands.cpp" line="608"/>
        <source>%1 answered
</source>
        <translation>%1 a répondu
</translation>
    </message>
</context>
<context>
    <name>facet::cli::TasksCommand</name>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="383"/>
        <source>What waits for the signed-in user&apos;s roles: SKU, STAGE, REVISION, SUBMITTED BY, LABEL.</source>
        <translation>Ce qui attend les rôles de l’utilisateur connecté&#xa0;: SKU, ÉTAPE, RÉVISION, SOUMIS PAR, LIBELLÉ.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="388"/>
        <source>The workspace file.</source>
        <translation>Le fichier de l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="389"/>
        <source>Print JSON.</source>
        <translation>Afficher du JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="396"/>
        <source>expected a workspace path</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="402"/>
        <source>tasks belong to someone: sign in with --user</source>
        <translation>les tâches appartiennent à quelqu’un&#xa0;: connectez-vous avec --user</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkflowCommands.cpp" line="426"/>
        <source>	(four eyes: someone else approves)</source>
        <translation>	(principe des quatre yeux&#xa0;: quelqu’un d’autre approuve)</translation>
    </message>
</context>
<context>
    <name>facet::cli::TemplatesListCommand</name>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="40"/>
        <source>List each channel&apos;s templates with the version in use: CHANNEL, NAME, VERSION, who saved it and when (version 0 is the built-in default).</source>
        <translation>Lister les modèles de chaque canal avec la version utilisée&#xa0;: CANAL, NOM, VERSION, auteur et date d’enregistrement (la version 0 est le modèle intégré par défaut).</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="46"/>
        <source>The workspace file.</source>
        <translation>Le fichier de l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="47"/>
        <source>Only this channel.</source>
        <translation>Uniquement ce canal.</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="47"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="53"/>
        <source>expected exactly one workspace path</source>
        <translation>attendu&#xa0;: exactement un chemin d’espace de travail</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="73"/>
        <source>built-in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="75"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>facet::cli::TemplatesSetCommand</name>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="144"/>
        <source>Save a channel&apos;s template from FILE (or standard input with -) as its next version. A template that does not compile is refused with the line of the problem; nothing is stored.</source>
        <translation>Enregistrer le modèle d’un canal depuis FICHIER (ou l’entrée standard avec -) comme nouvelle version. Un modèle qui ne compile pas est refusé avec la ligne du problème&#xa0;; rien n’est enregistré.</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="151"/>
        <source>The workspace file.</source>
        <translation>Le fichier de l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="152"/>
        <source>The channel&apos;s code.</source>
        <translation>Le code du canal.</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="153"/>
        <source>The template&apos;s name, e.g. body or subject.</source>
        <translation>Le nom du modèle, par exemple body ou subject.</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="155"/>
        <source>The template source (UTF-8), or - for standard input.</source>
        <translation>La source du modèle (UTF-8), ou - pour l’entrée standard.</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="163"/>
        <source>expected a workspace path, a channel, a template name and a file (or -)</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail, un canal, un nom de modèle et un fichier (ou -)</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="168"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="178"/>
        <location filename="../app/cli/TemplateCommands.cpp" line="186"/>
        <source>%1; nothing was stored</source>
        <translation>%1&#xa0;; rien n’a été enregistré</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="187"/>
        <source>saved %1/%2 as version %3
</source>
        <translation>%1/%2 enregistré comme version %3
</translation>
    </message>
</context>
<context>
    <name>facet::cli::TemplatesShowCommand</name>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="84"/>
        <source>Print the source of a channel&apos;s template: the version in use, or the one given with --version.</source>
        <translation>Afficher la source du modèle d’un canal&#xa0;: la version utilisée, ou celle indiquée avec --version.</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="90"/>
        <source>The workspace file.</source>
        <translation>Le fichier de l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="91"/>
        <source>The channel&apos;s code.</source>
        <translation>Le code du canal.</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="92"/>
        <source>The template&apos;s name, e.g. body or subject.</source>
        <translation>Le nom du modèle, par exemple body ou subject.</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="94"/>
        <source>This version instead of the one in use (0: the built-in).</source>
        <translation>Cette version au lieu de celle utilisée (0&#xa0;: le modèle intégré).</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="94"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="101"/>
        <source>expected a workspace path, a channel and a template name</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail, un canal et un nom de modèle</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="107"/>
        <source>--version needs a whole number of 0 or more</source>
        <translation>--version attend un nombre entier supérieur ou égal à 0</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="122"/>
        <source>a %1 channel has no template “%2”; it has %3</source>
        <translation>un canal %1 n’a pas de modèle «&#xa0;%2&#xa0;»&#xa0;; il a %3</translation>
    </message>
    <message>
        <location filename="../app/cli/TemplateCommands.cpp" line="134"/>
        <source>%1/%2 has no version %3; it has %4</source>
        <translation>%1/%2 n’a pas de version %3&#xa0;; versions disponibles&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>facet::cli::UsersAddCommand</name>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="27"/>
        <source>Add a user with roles. The new password comes from FACET_NEW_PASSWORD, the next line of standard input with --new-password-stdin, or a prompt. The first user of a workspace must be an admin.</source>
        <translation>Ajouter un utilisateur avec des rôles. Le nouveau mot de passe provient de FACET_NEW_PASSWORD, de la ligne suivante de l’entrée standard avec --new-password-stdin, ou d’une invite. Le premier utilisateur d’un espace de travail doit être un administrateur.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="35"/>
        <source>The sign-in name.</source>
        <translation>L’identifiant de connexion.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="36"/>
        <source>A role code (repeat for several).</source>
        <translation>Un code de rôle (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="36"/>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="37"/>
        <source>The name shown in the workbench.</source>
        <translation>Le nom affiché dans l’atelier.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="37"/>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="39"/>
        <source>Read the new password from standard input.</source>
        <translation>Lire le nouveau mot de passe sur l’entrée standard.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="47"/>
        <source>expected a workspace path and a user name</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail et un nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="54"/>
        <source>New password for %1: </source>
        <translation>Nouveau mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="56"/>
        <source>no password for the new user: set FACET_NEW_PASSWORD, use --new-password-stdin or run on a terminal</source>
        <translation>aucun mot de passe pour le nouvel utilisateur&#xa0;: définissez FACET_NEW_PASSWORD, utilisez --new-password-stdin ou exécutez la commande dans un terminal</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="65"/>
        <source>added %1 (%2)
</source>
        <translation>%1 ajouté (%2)
</translation>
    </message>
</context>
<context>
    <name>facet::cli::UsersDisableCommand</name>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="138"/>
        <source>Disable a user: they can no longer sign in; their history stays.</source>
        <translation>Désactiver un utilisateur&#xa0;: il ne peut plus se connecter&#xa0;; son historique est conservé.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="144"/>
        <source>The user.</source>
        <translation>L’utilisateur.</translation>
    </message>
</context>
<context>
    <name>facet::cli::UsersEnableCommand</name>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="158"/>
        <source>Enable a disabled user again.</source>
        <translation>Réactiver un utilisateur désactivé.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="164"/>
        <source>The user.</source>
        <translation>L’utilisateur.</translation>
    </message>
</context>
<context>
    <name>facet::cli::UsersListCommand</name>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="73"/>
        <source>List the users: NAME, ROLES, DISABLED, DISPLAY NAME.</source>
        <translation>Lister les utilisateurs&#xa0;: NOM, RÔLES, DÉSACTIVÉ, NOM AFFICHÉ.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="79"/>
        <source>Print a JSON array.</source>
        <translation>Afficher un tableau JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="85"/>
        <source>expected a workspace path</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="104"/>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="104"/>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
</context>
<context>
    <name>facet::cli::UsersPasswdCommand</name>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="180"/>
        <source>Change a password: your own (signed in as yourself) or, as an admin, anyone&apos;s. The new password comes from FACET_NEW_PASSWORD, --new-password-stdin or a prompt.</source>
        <translation>Changer un mot de passe&#xa0;: le vôtre (connecté sous votre nom) ou, en tant qu’administrateur, celui de n’importe qui. Le nouveau mot de passe provient de FACET_NEW_PASSWORD, de --new-password-stdin ou d’une invite.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="188"/>
        <source>Whose password (default: the signed-in user).</source>
        <translation>Le mot de passe de qui (par défaut&#xa0;: l’utilisateur connecté).</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="189"/>
        <source>[NAME]</source>
        <translation>[NOM]</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="191"/>
        <source>Read the new password from standard input.</source>
        <translation>Lire le nouveau mot de passe sur l’entrée standard.</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="199"/>
        <source>expected a workspace path and optionally a user name</source>
        <translation>attendu&#xa0;: un chemin d’espace de travail et éventuellement un nom d’utilisateur</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="207"/>
        <source>New password for %1: </source>
        <translation>Nouveau mot de passe pour %1&#xa0;: </translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="210"/>
        <source>no new password: set FACET_NEW_PASSWORD, use --new-password-stdin or run on a terminal</source>
        <translation>aucun nouveau mot de passe&#xa0;: définissez FACET_NEW_PASSWORD, utilisez --new-password-stdin ou exécutez la commande dans un terminal</translation>
    </message>
    <message>
        <location filename="../app/cli/UserCommands.cpp" line="214"/>
        <source>changed the password of %1
</source>
        <translation>mot de passe de %1 modifié
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/facet.cpp" line="36"/>
        <source>Facet product content workbench</source>
        <translation>Facet – atelier de contenus produit</translation>
    </message>
    <message>
        <location filename="../app/facet.cpp" line="40"/>
        <source>The workspace file to open.</source>
        <translation>Le fichier d’espace de travail à ouvrir.</translation>
    </message>
    <message>
        <location filename="../app/facet.cpp" line="43"/>
        <source>Open the demo workspace (at the given path, or the default one), building it if needed.</source>
        <translation>Ouvrir l’espace de démonstration (à l’emplacement indiqué ou à l’emplacement par défaut), en le créant si nécessaire.</translation>
    </message>
    <message>
        <location filename="../app/facet.cpp" line="47"/>
        <source>Build the demo workspace again.</source>
        <translation>Recréer l’espace de démonstration.</translation>
    </message>
    <message>
        <location filename="../app/facet.cpp" line="50"/>
        <source>Write pictures of the main views to &lt;dir&gt;, then quit.</source>
        <translation>Enregistrer des captures des vues principales dans &lt;dir&gt;, puis quitter.</translation>
    </message>
</context>
</TS>
