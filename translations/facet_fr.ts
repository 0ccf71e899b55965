<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>facet::AssetValueEditor</name>
    <message>
        <location filename="../ui/editor/AssetValueEditor.cpp" line="43"/>
        <source>no asset</source>
        <translation>aucune ressource</translation>
    </message>
    <message>
        <location filename="../ui/editor/AssetValueEditor.cpp" line="48"/>
        <source>no asset with this id</source>
        <translation>aucune ressource avec cet identifiant</translation>
    </message>
</context>
<context>
    <name>facet::Attribute</name>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="94"/>
        <source>“%1” is not a number</source>
        <translation>« %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="102"/>
        <source>“%1” is not an amount with a unit such as “1.5 KILOGRAM”</source>
        <translation>« %1 » n’est pas une quantité avec unité, comme « 1.5 KILOGRAM »</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="112"/>
        <source>“%1” is not a price such as “19.99 EUR”</source>
        <translation>« %1 » n’est pas un prix, comme « 19.99 EUR »</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="123"/>
        <source>“%1” is not a yes/no value (1 or 0)</source>
        <translation>« %1 » n’est pas une valeur oui/non (1 ou 0)</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="127"/>
        <location filename="../models/catalog/Attribute.cpp" line="271"/>
        <source>“%1” is not a date in the form YYYY-MM-DD</source>
        <translation>« %1 » n’est pas une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="142"/>
        <source>“%1” is not an asset id</source>
        <translation>« %1 » n’est pas un identifiant de ressource</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="146"/>
        <source>unsupported attribute type</source>
        <translation>type d’attribut non pris en charge</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="206"/>
        <source>expected %1</source>
        <translation>valeur attendue : %1</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="213"/>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="218"/>
        <source>%1 characters, at most %2 allowed</source>
        <translation>%1 caractères, maximum autorisé : %2</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="222"/>
        <source>markup “%1” is not allowed in rich text</source>
        <translation>le balisage « %1 » n’est pas autorisé dans le texte enrichi</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="228"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="231"/>
        <source>%1 has decimals, only whole numbers are allowed</source>
        <translation>%1 comporte des décimales, seuls les nombres entiers sont autorisés</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="233"/>
        <location filename="../models/catalog/Attribute.cpp" line="247"/>
        <source>%1 is below the minimum %2</source>
        <translation>%1 est inférieur au minimum de %2</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="235"/>
        <location filename="../models/catalog/Attribute.cpp" line="249"/>
        <source>%1 is above the maximum %2</source>
        <translation>%1 est supérieur au maximum de %2</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="241"/>
        <source>an amount with a unit</source>
        <translation>une quantité avec unité</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="244"/>
        <source>unit “%1” is not one of %2</source>
        <translation>l’unité « %1 » n’est pas admise (unités admises : %2)</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="254"/>
        <source>prices per currency</source>
        <translation>des prix par devise</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="259"/>
        <source>currency “%1” is not accepted</source>
        <translation>la devise « %1 » n’est pas acceptée</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="261"/>
        <source>“%1” is not an amount such as 19.99</source>
        <translation>« %1 » n’est pas un montant, comme 19.99</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="263"/>
        <source>price %1 %2 is negative</source>
        <translation>le prix %1 %2 est négatif</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="268"/>
        <source>yes or no</source>
        <translation>oui ou non</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="275"/>
        <source>an option code</source>
        <translation>un code d’option</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="277"/>
        <location filename="../models/catalog/Attribute.cpp" line="284"/>
        <source>“%1” is not an option of %2</source>
        <translation>« %1 » n’est pas une option de %2</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="281"/>
        <source>a list of option codes</source>
        <translation>une liste de codes d’option</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="288"/>
        <source>an asset id</source>
        <translation>un identifiant de ressource</translation>
    </message>
    <message>
        <location filename="../models/catalog/Attribute.cpp" line="291"/>
        <source>“%1” is not a GTIN-8/12/13/14 with a valid check digit</source>
        <translation>« %1 » n’est pas un GTIN-8/12/13/14 avec une clé de contrôle valide</translation>
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
        <translation>Supprimer la valeur : ni oui ni non</translation>
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
        <translation>attribut « %1 » inconnu</translation>
    </message>
    <message>
        <location filename="../models/catalog/Catalog.cpp" line="77"/>
        <source>“%1” in “%2” is neither a locale nor a channel of this workspace</source>
        <translation>« %1 » dans « %2 » n’est ni une langue ni un canal de cet espace de travail</translation>
    </message>
    <message>
        <location filename="../models/catalog/Catalog.cpp" line="82"/>
        <source>attribute “%1” is not localizable</source>
        <translation>l’attribut « %1 » n’est pas localisable</translation>
    </message>
    <message>
        <location filename="../models/catalog/Catalog.cpp" line="84"/>
        <source>attribute “%1” needs a locale, e.g. %1-%2</source>
        <translation>l’attribut « %1 » nécessite une langue, par exemple %1-%2</translation>
    </message>
    <message>
        <location filename="../models/catalog/Catalog.cpp" line="87"/>
        <source>attribute “%1” has no per-channel values</source>
        <translation>l’attribut « %1 » n’a pas de valeurs par canal</translation>
    </message>
</context>
<context>
    <name>facet::CatalogStore</name>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="64"/>
        <source>cannot save “%1”: %2</source>
        <translation>impossible d’enregistrer « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="144"/>
        <source>locale “%1” is not of the form en_US</source>
        <translation>la langue « %1 » n’est pas de la forme en_US</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="149"/>
        <source>%1 code “%2” must be 1–100 lower-case letters, digits or “_”</source>
        <translation>le code %1 « %2 » doit comporter de 1 à 100 lettres minuscules, chiffres ou « _ »</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="152"/>
        <source>channel</source>
        <translation>de canal</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="155"/>
        <source>channel “%1” has the unknown kind “%2”</source>
        <translation>le canal « %1 » a un type inconnu « %2 »</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="158"/>
        <source>channel “%1” names the unknown locale “%2”</source>
        <translation>le canal « %1 » fait référence à la langue inconnue « %2 »</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="162"/>
        <source>attribute</source>
        <translation>d’attribut</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="168"/>
        <source>attribute “%1” names the unknown group “%2”</source>
        <translation>l’attribut « %1 » fait référence au groupe inconnu « %2 »</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="171"/>
        <source>family</source>
        <translation>de famille</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="175"/>
        <source>family “%1” names the unknown attribute “%2”</source>
        <translation>la famille « %1 » fait référence à l’attribut inconnu « %2 »</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="179"/>
        <source>family “%1” has requirements for the unknown channel “%2”</source>
        <translation>la famille « %1 » définit des exigences pour le canal inconnu « %2 »</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="182"/>
        <source>family “%1” requires “%2”, which it does not have</source>
        <translation>la famille « %1 » exige « %2 », qu’elle ne contient pas</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="187"/>
        <source>category</source>
        <translation>de catégorie</translation>
    </message>
    <message>
        <location filename="../models/storage/CatalogStore.cpp" line="264"/>
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
        <translation>Recherche : %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="148"/>
        <source>Category: %1</source>
        <translation>Catégorie : %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="200"/>
        <source>Save Filter</source>
        <translation>Enregistrer le filtre</translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="200"/>
        <source>Name of the saved filter:</source>
        <translation>Nom du filtre enregistré :</translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="207"/>
        <source>Replace Saved Filter</source>
        <translation>Remplacer le filtre enregistré</translation>
    </message>
    <message>
        <location filename="../ui/shell/CategoryPanel.cpp" line="208"/>
        <source>A saved filter named “%1” already exists. Replace it?</source>
        <translation>Un filtre enregistré nommé « %1 » existe déjà. Voulez-vous le remplacer ?</translation>
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
            <numerusform>Canal « %2 » (type %1), requiert %n attribut</numerusform>
            <numerusform>Canal « %2 » (type %1), requiert %n attributs</numerusform>
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
        <translation>Manquant : %1</translation>
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
    <name>facet::DemoWorkspace</name>
    <message>
        <location filename="../models/demo/DemoWorkspace.cpp" line="48"/>
        <source>cannot add the demo image %1: %2</source>
        <translation>impossible d’ajouter l’image de démonstration %1 : %2</translation>
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
        <translation>%1 chiffres ; un GTIN en compte 8, 12, 13 ou 14</translation>
    </message>
</context>
<context>
    <name>facet::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="37"/>
        <source>Facet workspaces (*.facet);;All files (*)</source>
        <translation>Espaces de travail Facet (*.facet);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="167"/>
        <source>No workspace open — use File ▸ Open Workspace… or New Demo Workspace…</source>
        <translation>Aucun espace de travail ouvert — utilisez Fichier ▸ Ouvrir un espace de travail… ou Nouvel espace de démonstration…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="203"/>
        <source>Creating the demo workspace…</source>
        <translation>Création de l’espace de démonstration…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="212"/>
        <source>1 product / %L1 shown</source>
        <translation>1 produit / affiché : %L1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="213"/>
        <source>%L1 products / %L2 shown</source>
        <translation>%L1 produits / affichés : %L2</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="219"/>
        <source>Facet</source>
        <translation>Facet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="263"/>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="271"/>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="279"/>
        <source>New Demo Workspace</source>
        <translation>Nouvel espace de démonstration</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="288"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="289"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="297"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="307"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="314"/>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="315"/>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="317"/>
        <source>Open &amp;Recent</source>
        <translation>Espaces de travail &amp;récents</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="323"/>
        <source>New &amp;Demo Workspace…</source>
        <translation>Nouvel espace de &amp;démonstration…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="326"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="329"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="335"/>
        <source>&amp;Find Products</source>
        <translation>Rechercher des &amp;produits</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="337"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="338"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="340"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="341"/>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="342"/>
        <source>&amp;System</source>
        <translation>S&amp;ystème</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="351"/>
        <source>Go to &amp;Categories</source>
        <translation>Aller aux &amp;catégories</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="353"/>
        <source>Go to &amp;Products</source>
        <translation>Aller aux &amp;produits</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="355"/>
        <source>Go to &amp;Editor</source>
        <translation>Aller à l’&amp;éditeur</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="358"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="359"/>
        <source>&amp;About Facet</source>
        <translation>À &amp;propos de Facet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="360"/>
        <source>About Facet</source>
        <translation>À propos de Facet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="361"/>
        <source>&lt;h3&gt;Facet %1&lt;/h3&gt;&lt;p&gt;Author product content once, in one master record per product, and publish it to every channel.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Facet %1&lt;/h3&gt;&lt;p&gt;Rédigez vos contenus produit une seule fois, dans une fiche maître par produit, et publiez-les sur tous les canaux.&lt;/p&gt;&lt;p&gt;Distribué sous licence GNU GPL, version 3 ou ultérieure.&lt;/p&gt;</translation>
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
            <numerusform>%n option sélectionnée : %1</numerusform>
            <numerusform>%n options sélectionnées : %1</numerusform>
        </translation>
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
    <name>facet::ProductBrowser</name>
    <message>
        <location filename="../ui/shell/ProductBrowser.cpp" line="49"/>
        <source>Search SKUs, names and texts (Ctrl+F)</source>
        <translation>Rechercher dans les SKU, noms et textes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/shell/ProductBrowser.cpp" line="249"/>
        <source>No product matches “%1”.</source>
        <translation>Aucun produit ne correspond à « %1 ».</translation>
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
        <translation>%1 %</translation>
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
        <translation>il n’existe aucun produit avec le SKU « %1 »</translation>
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
        <location filename="../ui/editor/RecordEditor.cpp" line="146"/>
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
        <location filename="../ui/editor/RecordEditor.cpp" line="155"/>
        <source>The product cannot be opened: %1</source>
        <translation>Impossible d’ouvrir le produit : %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="190"/>
        <source>Not saved; nothing was written. Fix these first:
%1</source>
        <translation>Non enregistré ; rien n’a été écrit. Corrigez d’abord ces points :
%1</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="191"/>
        <source>Not saved; nothing was written: %1</source>
        <translation>Non enregistré ; rien n’a été écrit : %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="218"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="219"/>
        <source>The product “%1” has unsaved changes. Save them?</source>
        <translation>Le produit « %1 » comporte des modifications non enregistrées. Voulez-vous les enregistrer ?</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="233"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="273"/>
        <source>SKU %1 · Family %2</source>
        <translation>SKU %1 · Famille %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="285"/>
        <source>complete for every channel and locale</source>
        <translation>complet pour tous les canaux et toutes les langues</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordEditor.cpp" line="286"/>
        <source>%1% on average · %2 of %3 channel locales incomplete</source>
        <translation>%1 % en moyenne · %2 couples canal-langue incomplets sur %3</translation>
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
        <translation>Code d’attribut : %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/RecordForm.cpp" line="208"/>
        <source>Attribute code: %1
Required for: %2</source>
        <translation>Code d’attribut : %1
Requis pour : %2</translation>
    </message>
</context>
<context>
    <name>facet::RecordStore</name>
    <message>
        <location filename="../models/storage/RecordStore.cpp" line="101"/>
        <location filename="../models/storage/RecordStore.cpp" line="235"/>
        <location filename="../models/storage/RecordStore.cpp" line="379"/>
        <source>no product with SKU “%1”</source>
        <translation>aucun produit avec le SKU « %1 »</translation>
    </message>
    <message>
        <location filename="../models/storage/RecordStore.cpp" line="106"/>
        <source>the stored draft of “%1” is damaged</source>
        <translation>le brouillon enregistré de « %1 » est endommagé</translation>
    </message>
    <message>
        <location filename="../models/storage/RecordStore.cpp" line="155"/>
        <location filename="../models/storage/RecordStore.cpp" line="164"/>
        <source>cannot save “%1”: %2</source>
        <translation>impossible d’enregistrer « %1 » : %2</translation>
    </message>
    <message>
        <location filename="../models/storage/RecordStore.cpp" line="221"/>
        <source>cannot index “%1” for search: %2</source>
        <translation>impossible d’indexer « %1 » pour la recherche : %2</translation>
    </message>
    <message>
        <location filename="../models/storage/RecordStore.cpp" line="244"/>
        <source>“%1” cannot be removed: %2</source>
        <translation>impossible de supprimer « %1 » : %2</translation>
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
    <name>facet::SchemaMigrator</name>
    <message>
        <location filename="../models/storage/SchemaMigrator.cpp" line="84"/>
        <source>the migration script %1 is missing for %2</source>
        <translation>le script de migration %1 est manquant pour %2</translation>
    </message>
    <message>
        <location filename="../models/storage/SchemaMigrator.cpp" line="96"/>
        <source>cannot start the migration to version %1: %2</source>
        <translation>impossible de lancer la migration vers la version %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/storage/SchemaMigrator.cpp" line="100"/>
        <source>migration to schema version %1 (%2) failed: %3</source>
        <translation>échec de la migration vers la version %1 du schéma (%2) : %3</translation>
    </message>
    <message>
        <location filename="../models/storage/SchemaMigrator.cpp" line="117"/>
        <source>migration to schema version %1 failed: %2</source>
        <translation>échec de la migration vers la version %1 du schéma : %2</translation>
    </message>
    <message>
        <location filename="../models/storage/SchemaMigrator.cpp" line="125"/>
        <source>cannot prepare the workspace: %1</source>
        <translation>impossible de préparer l’espace de travail : %1</translation>
    </message>
    <message>
        <location filename="../models/storage/SchemaMigrator.cpp" line="132"/>
        <source>this workspace uses schema version %1, made by a newer Facet; this build reads up to version %2. Update Facet to open it; the file was not changed.</source>
        <translation>cet espace de travail utilise la version %1 du schéma, issue d’une version plus récente de Facet ; la présente version lit au plus la version %2. Mettez Facet à jour pour l’ouvrir ; le fichier n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>facet::ScreenshotTour</name>
    <message>
        <location filename="../ui/shell/ScreenshotTour.cpp" line="40"/>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/ScreenshotTour.cpp" line="95"/>
        <source>the window was closed</source>
        <translation>la fenêtre a été fermée</translation>
    </message>
    <message>
        <location filename="../ui/shell/ScreenshotTour.cpp" line="111"/>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
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
        <translation>le SKU doit comporter de 1 à 100 lettres, chiffres, « . », « _ », « / » ou « - » et commencer par une lettre ou un chiffre</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="46"/>
        <source>unknown family “%1”</source>
        <translation>famille « %1 » inconnue</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="49"/>
        <source>unknown category “%1”</source>
        <translation>catégorie « %1 » inconnue</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="55"/>
        <source>unknown attribute</source>
        <translation>attribut inconnu</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="59"/>
        <source>not an attribute of family “%1”</source>
        <translation>n’est pas un attribut de la famille « %1 »</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="61"/>
        <source>unknown locale</source>
        <translation>langue inconnue</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="64"/>
        <source>a value per locale is required</source>
        <translation>une valeur par langue est requise</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="64"/>
        <source>the attribute is not localizable</source>
        <translation>l’attribut n’est pas localisable</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="68"/>
        <source>unknown channel</source>
        <translation>canal inconnu</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="70"/>
        <source>the channel does not publish in this locale</source>
        <translation>le canal ne publie pas dans cette langue</translation>
    </message>
    <message>
        <location filename="../models/record/Validator.cpp" line="72"/>
        <source>the attribute has no per-channel values</source>
        <translation>l’attribut n’a pas de valeurs par canal</translation>
    </message>
</context>
<context>
    <name>facet::ValueCell</name>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="49"/>
        <source>+ Channel override</source>
        <translation>+ Valeur propre à un canal</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="50"/>
        <source>Give one channel its own value instead of the common one</source>
        <translation>Attribuer à un canal sa propre valeur au lieu de la valeur commune</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="89"/>
        <source>%1, %2 override</source>
        <translation>%1, valeur propre à %2</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="122"/>
        <source>inherits the common value (empty)</source>
        <translation>hérite de la valeur commune (vide)</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="123"/>
        <source>inherits: %1</source>
        <translation>hérite : %1</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="171"/>
        <source>↳ %1 only</source>
        <translation>↳ %1 uniquement</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="173"/>
        <source>The %1 channel shows this value instead of the common one</source>
        <translation>Le canal %1 affiche cette valeur au lieu de la valeur commune</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="181"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="183"/>
        <source>Remove the %1 override; the channel shows the common value again</source>
        <translation>Supprimer la valeur propre à %1 ; le canal affiche de nouveau la valeur commune</translation>
    </message>
    <message>
        <location filename="../ui/editor/ValueCell.cpp" line="229"/>
        <source>⚠ %1 (rule: %2)</source>
        <translation>⚠ %1 (règle : %2)</translation>
    </message>
</context>
<context>
    <name>facet::Workspace</name>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="68"/>
        <source>there is no workspace at %1</source>
        <translation>aucun espace de travail à l’emplacement %1</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="72"/>
        <source>%1 already exists; choose another file name</source>
        <translation>%1 existe déjà ; choisissez un autre nom de fichier</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="76"/>
        <source>%1 is not a Facet workspace</source>
        <translation>%1 n’est pas un espace de travail Facet</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="80"/>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="95"/>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="102"/>
        <source>%1 is an SQLite database, but not a Facet workspace</source>
        <translation>%1 est une base de données SQLite, mais pas un espace de travail Facet</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="107"/>
        <source>cannot configure %1: %2</source>
        <translation>impossible de configurer %1 : %2</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="184"/>
        <source>the workspace is busy or read-only: %1</source>
        <translation>l’espace de travail est occupé ou en lecture seule : %1</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="190"/>
        <source>cancelled; nothing was written</source>
        <translation>annulé ; rien n’a été écrit</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="195"/>
        <source>the save failed and nothing was written: %1</source>
        <translation>l’enregistrement a échoué et rien n’a été écrit : %1</translation>
    </message>
    <message>
        <location filename="../models/storage/Workspace.cpp" line="304"/>
        <source>a saved filter needs a name</source>
        <translation>un filtre enregistré doit avoir un nom</translation>
    </message>
</context>
<context>
    <name>facet::WorkspaceSession</name>
    <message>
        <location filename="../ui/shell/WorkspaceSession.cpp" line="104"/>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location filename="../ui/shell/WorkspaceSession.cpp" line="124"/>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
</context>
<context>
    <name>facet::cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="44"/>
        <source>usage: facetctl COMMAND [options] [arguments]

Facet&apos;s command-line tool. Commands:
</source>
        <translation>Utilisation : facetctl COMMANDE [options] [arguments]

L’outil en ligne de commande de Facet. Commandes :
</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="52"/>
        <source>
Run “facetctl COMMAND --help” for a command&apos;s options.
Exit codes: 0 done, 1 the input was wrong (message on stderr), 2 internal failure.
</source>
        <translation>
Lancez « facetctl COMMANDE --help » pour connaître les options d’une commande.
Codes de sortie : 0 terminé, 1 entrée incorrecte (message sur stderr), 2 erreur interne.
</translation>
    </message>
    <message>
        <location filename="../app/cli/Cli.cpp" line="80"/>
        <source>facetctl: unknown command “%1”
</source>
        <translation>facetctl: commande inconnue « %1 »
</translation>
    </message>
    <message>
        <location filename="../app/cli/Command.cpp" line="41"/>
        <source>Run “facetctl %1 --help” for usage.
</source>
        <translation>Lancez « facetctl %1 --help » pour en savoir plus sur l’utilisation.
</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="18"/>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="63"/>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="25"/>
        <source>List the products of a workspace, optionally matching a full-text search.</source>
        <translation>Lister les produits d’un espace de travail, éventuellement filtrés par une recherche plein texte.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="30"/>
        <location filename="../app/cli/ProductCommands.cpp" line="97"/>
        <location filename="../app/cli/ProductCommands.cpp" line="135"/>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="61"/>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="122"/>
        <source>The workspace file.</source>
        <translation>Le fichier de l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="32"/>
        <source>Only products matching every word (prefixes).</source>
        <translation>Uniquement les produits correspondant à chaque mot (préfixes).</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="32"/>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="33"/>
        <source>Only products in this category or below.</source>
        <translation>Uniquement les produits de cette catégorie ou de ses sous-catégories.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="33"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="34"/>
        <source>At most N products (default: all).</source>
        <translation>Au plus N produits (par défaut : tous).</translation>
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
        <translation>attendu : exactement un chemin d’espace de travail</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="50"/>
        <source>--limit needs a whole number of 0 or more</source>
        <translation>--limit attend un nombre entier supérieur ou égal à 0</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="54"/>
        <source>unknown category “%1”</source>
        <translation>catégorie « %1 » inconnue</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="92"/>
        <source>Show one product&apos;s master record: every value, its content hash and completeness.</source>
        <translation>Afficher la fiche maître d’un produit : toutes ses valeurs, son empreinte de contenu et sa complétude.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="98"/>
        <location filename="../app/cli/ProductCommands.cpp" line="136"/>
        <source>The product&apos;s SKU.</source>
        <translation>Le SKU du produit.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="106"/>
        <source>expected a workspace path and a SKU</source>
        <translation>attendu : un chemin d’espace de travail et un SKU</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="127"/>
        <source>Set values of a product&apos;s working draft. Each assignment is CODE[-LOCALE][-CHANNEL]=VALUE, e.g. description-de_DE=&quot;&lt;p&gt;Leise&lt;/p&gt;&quot;, name-en_US-x=&quot;Short name&quot;, price=&quot;19.99 EUR,21.50 USD&quot;, weight=&quot;1.2 KILOGRAM&quot;. An empty VALUE clears the value. All assignments are validated first; if one is wrong, nothing is written.</source>
        <translation>Définir des valeurs dans le brouillon de travail d’un produit. Chaque affectation est de la forme CODE[-LANGUE][-CANAL]=VALEUR, par exemple description-de_DE=&quot;&lt;p&gt;Leise&lt;/p&gt;&quot;, name-en_US-x=&quot;Nom court&quot;, price=&quot;19.99 EUR,21.50 USD&quot;, weight=&quot;1.2 KILOGRAM&quot;. Une VALEUR vide efface la valeur. Toutes les affectations sont d’abord validées ; si l’une d’elles est incorrecte, rien n’est écrit.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="137"/>
        <source>CODE[-LOCALE][-CHANNEL]=VALUE, one or more.</source>
        <translation>CODE[-LANGUE][-CANAL]=VALEUR, une ou plusieurs.</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="145"/>
        <source>expected a workspace path, a SKU and at least one CODE=VALUE</source>
        <translation>attendu : un chemin d’espace de travail, un SKU et au moins une affectation CODE=VALEUR</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="158"/>
        <source>“%1” is not of the form CODE=VALUE</source>
        <translation>« %1 » n’est pas de la forme CODE=VALEUR</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="169"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="175"/>
        <source>%1: nothing was written:
%2</source>
        <translation>%1 : rien n’a été écrit :
%2</translation>
    </message>
    <message>
        <location filename="../app/cli/ProductCommands.cpp" line="178"/>
        <source>%1 saved; draft %2
</source>
        <translation>%1 enregistré ; brouillon %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordJson.cpp" line="41"/>
        <source>SKU:        %1
</source>
        <translation>SKU :                    %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordJson.cpp" line="43"/>
        <source>Family:     %1 (%2)
</source>
        <translation>Famille :                %1 (%2)
</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordJson.cpp" line="44"/>
        <source>Categories: %1
</source>
        <translation>Catégories :             %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordJson.cpp" line="45"/>
        <source>Draft hash: %1

</source>
        <translation>Empreinte du brouillon : %1

</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordJson.cpp" line="58"/>
        <source>Completeness:
</source>
        <translation>Complétude :
</translation>
    </message>
    <message>
        <location filename="../app/cli/RecordJson.cpp" line="62"/>
        <source>  missing: %1</source>
        <translation>  manquant : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="20"/>
        <source>Create a new, empty workspace file, or with --demo one filled with the demo catalog.</source>
        <translation>Créer un fichier d’espace de travail vide ou, avec --demo, un fichier rempli avec le catalogue de démonstration.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="25"/>
        <source>The workspace file to create; it must not exist.</source>
        <translation>Le fichier d’espace de travail à créer ; il ne doit pas déjà exister.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="26"/>
        <source>Fill it with the demo catalog: 3 locales, channels of every kind, families, categories and products.</source>
        <translation>Le remplir avec le catalogue de démonstration : 3 langues, des canaux de tous types, des familles, des catégories et des produits.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="49"/>
        <source>created %1 (%2 products)
</source>
        <translation>%1 créé (%2 produits)
</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="55"/>
        <source>Completeness per channel and locale: for one product (with the missing attributes), or a summary over the whole workspace.</source>
        <translation>Complétude par canal et par langue : pour un produit (avec les attributs manquants) ou en synthèse pour tout l’espace de travail.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="62"/>
        <source>Optional: one product.</source>
        <translation>Facultatif : un produit.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="70"/>
        <source>expected a workspace path and optionally a SKU</source>
        <translation>attendu : un chemin d’espace de travail et, facultativement, un SKU</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="88"/>
        <source>missing: %1</source>
        <translation>manquant : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="103"/>
        <source>%1	%2	%3 of %4 complete	average %5%
</source>
        <translation>%1	%2	%3 complets sur %4	moyenne %5 %
</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="116"/>
        <source>Add N synthetic products to a workspace (for benchmarks); creates the workspace with the demo structure if it does not exist.</source>
        <translation>Ajouter N produits synthétiques à un espace de travail (pour des mesures de performance) ; crée l’espace de travail avec la structure de démonstration s’il n’existe pas.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="123"/>
        <source>How many products to add.</source>
        <translation>Nombre de produits à ajouter.</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="124"/>
        <source>Random seed, for repeatable catalogs (default 1).</source>
        <translation>Graine aléatoire, pour des catalogues reproductibles (par défaut : 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="124"/>
        <source>SEED</source>
        <translation>GRAINE</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="134"/>
        <source>--products needs a whole number above 0</source>
        <translation>--products attend un nombre entier supérieur à 0</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="137"/>
        <source>--seed needs a whole number</source>
        <translation>--seed attend un nombre entier</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="148"/>
        <source>generated %1 of %2 products
</source>
        <translation>%1 produits générés sur %2
</translation>
    </message>
    <message>
        <location filename="../app/cli/WorkspaceCommands.cpp" line="157"/>
        <source>generated %1 products in %2 s (%3 products/s)
</source>
        <translation>%1 produits générés en %2 s (%3 produits/s)
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/facet.cpp" line="33"/>
        <source>Facet product content workbench</source>
        <translation>Facet – atelier de contenus produit</translation>
    </message>
    <message>
        <location filename="../app/facet.cpp" line="37"/>
        <source>The workspace file to open.</source>
        <translation>Le fichier d’espace de travail à ouvrir.</translation>
    </message>
    <message>
        <location filename="../app/facet.cpp" line="40"/>
        <source>Open the demo workspace (at the given path, or the default one), building it if needed.</source>
        <translation>Ouvrir l’espace de démonstration (à l’emplacement indiqué ou à l’emplacement par défaut), en le créant si nécessaire.</translation>
    </message>
    <message>
        <location filename="../app/facet.cpp" line="44"/>
        <source>Build the demo workspace again.</source>
        <translation>Recréer l’espace de démonstration.</translation>
    </message>
    <message>
        <location filename="../app/facet.cpp" line="47"/>
        <source>Write pictures of the main views to &lt;dir&gt;, then quit.</source>
        <translation>Enregistrer des captures des vues principales dans &lt;dir&gt;, puis quitter.</translation>
    </message>
</context>
</TS>
