// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's attributes: one or more of every attribute type, with labels and options in all three locales.
#include "models/demo/DemoWorkspace.h"

namespace facet {

using namespace Qt::StringLiterals;

namespace {

Labels labels(const QString& en, const QString& de, const QString& fr)
{
    return {{u"en_US"_s, en}, {u"de_DE"_s, de}, {u"fr_FR"_s, fr}};
}

AttributeOption option(const QString& code, const QString& en, const QString& de, const QString& fr)
{
    return {code, labels(en, de, fr)};
}

enum Scope { Global = 0, Localizable = 1, LocalizableAndScopable = 3 };

Attribute attribute(const QString& code, AttributeType type, const QString& group, const Labels& names,
                    Scope scope = Global)
{
    Attribute a;
    a.code = code;
    a.type = type;
    a.group = group;
    a.labels = names;
    a.localizable = scope & Localizable;
    a.scopable = scope == LocalizableAndScopable;
    return a;
}

QList<AttributeOption> colorOptions()
{
    return {
        option(u"black"_s, u"Black"_s, u"Schwarz"_s, u"Noir"_s),
        option(u"white"_s, u"White"_s, u"Weiß"_s, u"Blanc"_s),
        option(u"graphite"_s, u"Graphite"_s, u"Graphit"_s, u"Graphite"_s),
        option(u"silver"_s, u"Silver"_s, u"Silber"_s, u"Argent"_s),
        option(u"midnight_blue"_s, u"Midnight Blue"_s, u"Mitternachtsblau"_s, u"Bleu nuit"_s),
        option(u"sky_blue"_s, u"Sky Blue"_s, u"Himmelblau"_s, u"Bleu ciel"_s),
        option(u"forest_green"_s, u"Forest Green"_s, u"Waldgrün"_s, u"Vert forêt"_s),
        option(u"sage"_s, u"Sage"_s, u"Salbeigrün"_s, u"Vert sauge"_s),
        option(u"sand"_s, u"Sand"_s, u"Sand"_s, u"Sable"_s),
        option(u"terracotta"_s, u"Terracotta"_s, u"Terrakotta"_s, u"Terre cuite"_s),
        option(u"coral"_s, u"Coral"_s, u"Koralle"_s, u"Corail"_s),
        option(u"burgundy"_s, u"Burgundy"_s, u"Bordeaux"_s, u"Bordeaux"_s),
        option(u"sunflower"_s, u"Sunflower Yellow"_s, u"Sonnengelb"_s, u"Jaune tournesol"_s),
        option(u"brass"_s, u"Brass"_s, u"Messing"_s, u"Laiton"_s),
    };
}

QList<AttributeOption> materialOptions()
{
    return {
        option(u"aluminium"_s, u"Aluminum"_s, u"Aluminium"_s, u"Aluminium"_s),
        option(u"stainless_steel"_s, u"Stainless steel"_s, u"Edelstahl"_s, u"Acier inoxydable"_s),
        option(u"recycled_polyester"_s, u"Recycled polyester"_s, u"Recyceltes Polyester"_s,
               u"Polyester recyclé"_s),
        option(u"recycled_plastic"_s, u"Recycled plastic"_s, u"Recycelter Kunststoff"_s,
               u"Plastique recyclé"_s),
        option(u"plant_based_plastic"_s, u"Plant-based plastic"_s, u"Pflanzenbasierter Kunststoff"_s,
               u"Plastique biosourcé"_s),
        option(u"abs_plastic"_s, u"ABS plastic"_s, u"ABS-Kunststoff"_s, u"Plastique ABS"_s),
        option(u"nylon"_s, u"Nylon"_s, u"Nylon"_s, u"Nylon"_s),
        option(u"tpu"_s, u"TPU"_s, u"TPU"_s, u"TPU"_s),
        option(u"memory_foam"_s, u"Memory foam"_s, u"Memory-Schaum"_s, u"Mousse à mémoire de forme"_s),
        option(u"protein_leather"_s, u"Protein leather"_s, u"Proteinleder"_s, u"Similicuir protéiné"_s),
        option(u"velour"_s, u"Velour"_s, u"Velours"_s, u"Velours"_s),
        option(u"silicone"_s, u"Silicone"_s, u"Silikon"_s, u"Silicone"_s),
        option(u"engineered_mesh"_s, u"Engineered mesh"_s, u"Strick-Mesh"_s, u"Mesh technique"_s),
        option(u"rubber"_s, u"Rubber"_s, u"Gummi"_s, u"Caoutchouc"_s),
        option(u"eva_foam"_s, u"EVA foam"_s, u"EVA-Schaum"_s, u"Mousse EVA"_s),
        option(u"opal_glass"_s, u"Opal glass"_s, u"Opalglas"_s, u"Verre opale"_s),
        option(u"bamboo"_s, u"Bamboo"_s, u"Bambus"_s, u"Bambou"_s),
    };
}

QList<AttributeOption> featureOptions()
{
    return {
        option(u"anc"_s, u"Active noise cancelling"_s, u"Aktive Geräuschunterdrückung"_s,
               u"Réduction de bruit active"_s),
        option(u"bluetooth"_s, u"Bluetooth"_s, u"Bluetooth"_s, u"Bluetooth"_s),
        option(u"multipoint"_s, u"Multipoint"_s, u"Multipoint"_s, u"Multipoint"_s),
        option(u"usb_c"_s, u"USB-C charging"_s, u"Laden über USB-C"_s, u"Charge USB-C"_s),
        option(u"wireless_charging"_s, u"Wireless charging"_s, u"Kabelloses Laden"_s, u"Recharge sans fil"_s),
        option(u"foldable"_s, u"Foldable"_s, u"Faltbar"_s, u"Pliable"_s),
        option(u"detachable_cable"_s, u"Detachable cable"_s, u"Abnehmbares Kabel"_s, u"Câble détachable"_s),
        option(u"pid_control"_s, u"PID temperature control"_s, u"PID-Temperaturregelung"_s,
               u"Régulation PID"_s),
        option(u"milk_frother"_s, u"Milk frother"_s, u"Milchaufschäumer"_s, u"Mousseur à lait"_s),
        option(u"grinder"_s, u"Built-in grinder"_s, u"Integriertes Mahlwerk"_s, u"Broyeur intégré"_s),
        option(u"auto_off"_s, u"Automatic switch-off"_s, u"Abschaltautomatik"_s, u"Arrêt automatique"_s),
        option(u"thermal_carafe"_s, u"Thermal carafe"_s, u"Thermokanne"_s, u"Verseuse isotherme"_s),
        option(u"reflective"_s, u"Reflective details"_s, u"Reflektierende Details"_s,
               u"Détails réfléchissants"_s),
        option(u"propulsion_plate"_s, u"Propulsion plate"_s, u"Vortriebsplatte"_s, u"Plaque de propulsion"_s),
        option(u"rock_plate"_s, u"Rock plate"_s, u"Steinschutzplatte"_s, u"Plaque anti-roches"_s),
        option(u"laptop_sleeve"_s, u"Laptop sleeve"_s, u"Laptopfach"_s, u"Compartiment ordinateur"_s),
        option(u"luggage_strap"_s, u"Luggage strap"_s, u"Trolleyband"_s, u"Sangle pour valise"_s),
        option(u"lockable_zips"_s, u"Lockable zips"_s, u"Abschließbare Reißverschlüsse"_s,
               u"Fermetures verrouillables"_s),
        option(u"tunable_white"_s, u"Adjustable color temperature"_s, u"Einstellbare Farbtemperatur"_s,
               u"Température de couleur réglable"_s),
        option(u"usb_port"_s, u"USB charging port"_s, u"USB-Ladeanschluss"_s, u"Port de charge USB"_s),
        option(u"rechargeable"_s, u"Rechargeable battery"_s, u"Akkubetrieb"_s, u"Batterie rechargeable"_s),
        option(u"leak_proof"_s, u"Leak-proof"_s, u"Auslaufsicher"_s, u"Anti-fuite"_s),
    };
}

QList<AttributeOption> terrainOptions()
{
    return {
        option(u"road"_s, u"Road"_s, u"Straße"_s, u"Route"_s),
        option(u"trail"_s, u"Trail"_s, u"Trail"_s, u"Sentier"_s),
        option(u"track"_s, u"Track"_s, u"Bahn"_s, u"Piste"_s),
    };
}

} // namespace

QList<Attribute> DemoWorkspace::attributes()
{
    using T = AttributeType;
    QList<Attribute> list;

    // General
    list << attribute(u"sku"_s, T::Identifier, u"general"_s,
                      labels(u"SKU"_s, u"Artikelnummer"_s, u"Référence"_s));
    list.last().rules.maxLength = 64;
    list << attribute(u"ean"_s, T::Gtin, u"general"_s,
                      labels(u"EAN / GTIN"_s, u"EAN / GTIN"_s, u"EAN / GTIN"_s));

    // Marketing: the texts every channel renders, each one overridable per channel.
    list << attribute(u"name"_s, T::Text, u"marketing"_s, labels(u"Name"_s, u"Name"_s, u"Nom"_s),
                      LocalizableAndScopable);
    list.last().rules.maxLength = 120;
    list << attribute(u"tagline"_s, T::Text, u"marketing"_s, labels(u"Tagline"_s, u"Slogan"_s, u"Accroche"_s),
                      LocalizableAndScopable);
    list.last().rules.maxLength = 120;
    list << attribute(u"short_description"_s, T::Text, u"marketing"_s,
                      labels(u"Short description"_s, u"Kurzbeschreibung"_s, u"Description courte"_s),
                      LocalizableAndScopable);
    list.last().rules.maxLength = 300;
    list << attribute(u"description"_s, T::RichText, u"marketing"_s,
                      labels(u"Description"_s, u"Beschreibung"_s, u"Description"_s), LocalizableAndScopable);
    list.last().rules.maxLength = 4000;
    list << attribute(u"release_date"_s, T::Date, u"marketing"_s,
                      labels(u"Release date"_s, u"Erscheinungsdatum"_s, u"Date de sortie"_s));
    list << attribute(u"features"_s, T::MultiSelect, u"marketing"_s,
                      labels(u"Features"_s, u"Ausstattung"_s, u"Caractéristiques"_s));
    list.last().options = featureOptions();

    // Technical
    list << attribute(u"color"_s, T::SimpleSelect, u"technical"_s,
                      labels(u"Color"_s, u"Farbe"_s, u"Couleur"_s));
    list.last().options = colorOptions();
    list << attribute(u"materials"_s, T::MultiSelect, u"technical"_s,
                      labels(u"Materials"_s, u"Materialien"_s, u"Matériaux"_s));
    list.last().options = materialOptions();
    list << attribute(
        u"battery_life"_s, T::Number, u"technical"_s,
        labels(u"Battery life (hours)"_s, u"Akkulaufzeit (Stunden)"_s, u"Autonomie (heures)"_s));
    list.last().rules.minimum = 0;
    list.last().rules.maximum = 500;
    list << attribute(
        u"pump_pressure"_s, T::Number, u"technical"_s,
        labels(u"Pump pressure (bar)"_s, u"Pumpendruck (bar)"_s, u"Pression de la pompe (bar)"_s));
    list.last().rules.minimum = 0;
    list.last().rules.maximum = 30;
    list << attribute(u"power"_s, T::Metric, u"technical"_s,
                      labels(u"Power"_s, u"Leistung"_s, u"Puissance"_s));
    list.last().rules.units = {u"WATT"_s, u"KILOWATT"_s};
    list.last().rules.minimum = 0;
    list << attribute(u"capacity"_s, T::Metric, u"technical"_s,
                      labels(u"Capacity"_s, u"Fassungsvermögen"_s, u"Contenance"_s));
    list.last().rules.units = {u"LITER"_s, u"MILLILITER"_s};
    list.last().rules.minimum = 0;
    list << attribute(u"luminous_flux"_s, T::Number, u"technical"_s,
                      labels(u"Luminous flux (lm)"_s, u"Lichtstrom (lm)"_s, u"Flux lumineux (lm)"_s));
    list.last().rules.decimalsAllowed = false;
    list.last().rules.minimum = 0;
    list << attribute(
        u"color_temperature"_s, T::Number, u"technical"_s,
        labels(u"Color temperature (K)"_s, u"Farbtemperatur (K)"_s, u"Température de couleur (K)"_s));
    list.last().rules.decimalsAllowed = false;
    list.last().rules.minimum = 1500;
    list.last().rules.maximum = 10000;
    list << attribute(u"drop"_s, T::Metric, u"technical"_s,
                      labels(u"Heel-to-toe drop"_s, u"Sprengung"_s, u"Drop"_s));
    list.last().rules.units = {u"MILLIMETER"_s};
    list.last().rules.minimum = 0;
    list.last().rules.maximum = 20;
    list << attribute(u"terrain"_s, T::SimpleSelect, u"technical"_s,
                      labels(u"Terrain"_s, u"Untergrund"_s, u"Terrain"_s));
    list.last().options = terrainOptions();
    list << attribute(u"sizes"_s, T::Text, u"technical"_s,
                      labels(u"Available sizes"_s, u"Verfügbare Größen"_s, u"Pointures disponibles"_s));
    list.last().rules.maxLength = 40;
    list << attribute(u"laptop_size"_s, T::Number, u"technical"_s,
                      labels(u"Laptop size up to (inches)"_s, u"Laptopgröße bis (Zoll)"_s,
                             u"Ordinateur jusqu'à (pouces)"_s));
    list.last().rules.minimum = 10;
    list.last().rules.maximum = 18;
    list << attribute(u"waterproof"_s, T::Boolean, u"technical"_s,
                      labels(u"Waterproof"_s, u"Wasserdicht"_s, u"Imperméable"_s));
    list << attribute(u"dimmable"_s, T::Boolean, u"technical"_s,
                      labels(u"Dimmable"_s, u"Dimmbar"_s, u"Intensité réglable"_s));
    list << attribute(u"insulated"_s, T::Boolean, u"technical"_s,
                      labels(u"Vacuum insulated"_s, u"Vakuumisoliert"_s, u"Isolation sous vide"_s));
    list << attribute(u"dishwasher_safe"_s, T::Boolean, u"technical"_s,
                      labels(u"Dishwasher-safe"_s, u"Spülmaschinenfest"_s, u"Lavable au lave-vaisselle"_s));

    // Pricing
    list << attribute(u"price"_s, T::PriceCollection, u"pricing"_s,
                      labels(u"Retail price"_s, u"Verkaufspreis"_s, u"Prix de vente"_s));
    list.last().rules.currencies = {u"EUR"_s, u"USD"_s};

    // Media
    list << attribute(u"main_image"_s, T::Asset, u"media"_s,
                      labels(u"Main image"_s, u"Hauptbild"_s, u"Image principale"_s));

    // Logistics
    list << attribute(u"weight"_s, T::Metric, u"logistics"_s, labels(u"Weight"_s, u"Gewicht"_s, u"Poids"_s));
    list.last().rules.units = {u"GRAM"_s, u"KILOGRAM"_s};
    list.last().rules.minimum = 0;
    list << attribute(u"height"_s, T::Metric, u"logistics"_s, labels(u"Height"_s, u"Höhe"_s, u"Hauteur"_s));
    list.last().rules.units = {u"CENTIMETER"_s, u"MILLIMETER"_s, u"METER"_s};
    list.last().rules.minimum = 0;
    list << attribute(
        u"eco_packaging"_s, T::Boolean, u"logistics"_s,
        labels(u"Plastic-free packaging"_s, u"Plastikfreie Verpackung"_s, u"Emballage sans plastique"_s));

    // Service: what customer service needs at hand.
    list << attribute(u"warranty_years"_s, T::Number, u"service"_s,
                      labels(u"Warranty (years)"_s, u"Garantie (Jahre)"_s, u"Garantie (années)"_s));
    list.last().rules.decimalsAllowed = false;
    list.last().rules.minimum = 0;
    list.last().rules.maximum = 10;
    list << attribute(u"care_instructions"_s, T::Text, u"service"_s,
                      labels(u"Care instructions"_s, u"Pflegehinweise"_s, u"Conseils d'entretien"_s),
                      Localizable);
    list.last().rules.maxLength = 400;

    for (qsizetype i = 0; i < list.size(); ++i)
        list[i].sortOrder = int(i + 1) * 10;
    return list;
}

} // namespace facet
