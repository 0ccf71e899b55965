// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's locales, channels, attribute groups, families and category tree.
#include "models/demo/DemoWorkspace.h"

#include <QJsonArray>

namespace facet {

using namespace Qt::StringLiterals;

namespace {

Labels labels(const QString& en, const QString& de, const QString& fr)
{
    return {{u"en_US"_s, en}, {u"de_DE"_s, de}, {u"fr_FR"_s, fr}};
}

const QStringList kAllLocales{u"en_US"_s, u"de_DE"_s, u"fr_FR"_s};

// How a channel wants its pictures (see RenditionSpec); width 0 keeps the original size.
QJsonObject rendition(int maxWidth, const QString& format, const QString& background = {})
{
    QJsonObject r{{u"max_width"_s, maxWidth}, {u"max_height"_s, maxWidth}, {u"format"_s, format}};
    if (format != u"png")
        r.insert(u"quality"_s, 85);
    if (!background.isEmpty())
        r.insert(u"background"_s, background);
    return r;
}

QList<AttributeGroup> groups()
{
    return {
        {u"general"_s, labels(u"General"_s, u"Allgemein"_s, u"Général"_s), 10},
        {u"marketing"_s, labels(u"Marketing"_s, u"Marketing"_s, u"Marketing"_s), 20},
        {u"technical"_s, labels(u"Technical data"_s, u"Technische Daten"_s, u"Données techniques"_s), 30},
        {u"pricing"_s, labels(u"Pricing"_s, u"Preise"_s, u"Prix"_s), 40},
        {u"media"_s, labels(u"Media"_s, u"Medien"_s, u"Médias"_s), 50},
        {u"logistics"_s, labels(u"Logistics"_s, u"Logistik"_s, u"Logistique"_s), 60},
        {u"service"_s, labels(u"Customer service"_s, u"Kundenservice"_s, u"Service client"_s), 70},
    };
}

// What each channel needs before it can publish a product; the family adds its key specs for print.
QMap<QString, QStringList> requirements(const QStringList& printSpecs)
{
    QMap<QString, QStringList> r;
    r.insert(u"ecommerce"_s,
             {u"name"_s, u"description"_s, u"price"_s, u"main_image"_s, u"color"_s, u"ean"_s});
    r.insert(u"newsletter"_s, {u"name"_s, u"tagline"_s, u"short_description"_s, u"price"_s, u"main_image"_s});
    r.insert(u"sms"_s, {u"name"_s, u"short_description"_s, u"price"_s});
    r.insert(u"app_push"_s, {u"name"_s, u"tagline"_s});
    r.insert(u"x"_s, {u"name"_s, u"tagline"_s});
    r.insert(u"instagram"_s, {u"name"_s, u"tagline"_s, u"main_image"_s});
    r.insert(u"linkedin"_s, {u"name"_s, u"short_description"_s});
    r.insert(u"print"_s,
             QStringList{u"name"_s, u"description"_s, u"price"_s, u"ean"_s, u"main_image"_s, u"weight"_s} +
                 printSpecs);
    r.insert(u"google_feed"_s,
             {u"name"_s, u"description"_s, u"price"_s, u"ean"_s, u"main_image"_s, u"color"_s});
    r.insert(u"talking_points"_s,
             {u"name"_s, u"short_description"_s, u"warranty_years"_s, u"care_instructions"_s});
    return r;
}

Family family(const QString& code, const Labels& names, const QStringList& specific,
              const QStringList& printSpecs)
{
    static const QStringList common{
        u"sku"_s,
        u"ean"_s,
        u"name"_s,
        u"tagline"_s,
        u"short_description"_s,
        u"description"_s,
        u"release_date"_s,
        u"features"_s,
        u"color"_s,
        u"materials"_s,
        u"price"_s,
        u"main_image"_s,
        u"weight"_s,
        u"eco_packaging"_s,
        u"warranty_years"_s,
        u"care_instructions"_s,
    };
    return Family{code, names, common + specific, u"name"_s, requirements(printSpecs)};
}

} // namespace

Catalog DemoWorkspace::structure()
{
    Catalog catalog;
    catalog.locales = {{u"en_US"_s, u"English (United States)"_s},
                       {u"de_DE"_s, u"Deutsch (Deutschland)"_s},
                       {u"fr_FR"_s, u"Français (France)"_s}};
    catalog.channels = channels();
    catalog.groups = groups();
    catalog.attributes = attributes();
    catalog.families = families();
    catalog.categories = categories();
    return catalog;
}

QList<Channel> DemoWorkspace::channels()
{
    // Required levels follow the demo workflow: talking points may use anything past editorial review (1),
    // digital channels need brand approval (2), print needs the final print approval (3).
    return {
        {u"ecommerce"_s, u"web"_s, labels(u"Online shop"_s, u"Onlineshop"_s, u"Boutique en ligne"_s),
         kAllLocales, 2,
         QJsonObject{{u"base_url"_s, u"https://shop.example.com"_s},
                     {u"brand"_s, u"Facet Demo"_s},
                     {u"spec_groups"_s, QJsonArray{u"technical"_s, u"logistics"_s, u"service"_s}},
                     {u"title_max"_s, 70},
                     {u"meta_description_max"_s, 160},
                     {u"renditions"_s, rendition(1200, u"webp"_s)}}},
        {u"newsletter"_s, u"email"_s, labels(u"Newsletter"_s, u"Newsletter"_s, u"Lettre d'information"_s),
         kAllLocales, 2,
         QJsonObject{{u"base_url"_s, u"https://shop.example.com"_s},
                     {u"unsubscribe_url"_s, u"https://shop.example.com/newsletter/unsubscribe?list=product-news"_s},
                     {u"subject_max"_s, 60},
                     {u"preheader_max"_s, 100},
                     {u"clip_bytes"_s, 102 * 1024},
                     {u"sender"_s, u"Facet Demo Store <news@example.com>"_s},
                     {u"renditions"_s, rendition(600, u"jpeg"_s, u"#ffffff"_s)}}},
        {u"sms"_s,
         u"sms"_s,
         labels(u"SMS promotions"_s, u"SMS-Aktionen"_s, u"Promotions SMS"_s),
         {u"en_US"_s, u"de_DE"_s},
         2,
         QJsonObject{{u"base_url"_s, u"https://shop.example.com"_s},
                     {u"max_segments"_s, 3},
                     {u"sender_id"_s, u"FACETSHOP"_s}}},
        {u"app_push"_s, u"push"_s, labels(u"App push"_s, u"App-Push"_s, u"Notifications de l'app"_s),
         kAllLocales, 2,
         QJsonObject{{u"base_url"_s, u"https://shop.example.com"_s},
                     {u"app_name"_s, u"Facet Shop"_s},
                     {u"title_max"_s, 50},
                     {u"body_max"_s, 150},
                     {u"max_payload_bytes"_s, 4000}}},
        {u"x"_s,
         u"x"_s,
         labels(u"X"_s, u"X"_s, u"X"_s),
         {u"en_US"_s, u"de_DE"_s},
         2,
         QJsonObject{{u"base_url"_s, u"https://shop.example.com"_s},
                     {u"account_name"_s, u"Facet Demo"_s},
                     {u"handle"_s, u"facetdemo"_s},
                     {u"max_weighted_length"_s, 280},
                     {u"url_length"_s, 23},
                     {u"renditions"_s, rendition(1080, u"jpeg"_s)}}},
        {u"instagram"_s,
         u"instagram"_s,
         labels(u"Instagram"_s, u"Instagram"_s, u"Instagram"_s),
         {u"en_US"_s, u"fr_FR"_s},
         2,
         QJsonObject{{u"base_url"_s, u"https://shop.example.com"_s},
                     {u"account_name"_s, u"Facet Demo"_s},
                     {u"handle"_s, u"facetdemo"_s},
                     {u"max_caption"_s, 2200},
                     {u"max_hashtags"_s, 5},
                     {u"renditions"_s, rendition(1080, u"jpeg"_s)}}},
        {u"linkedin"_s,
         u"linkedin"_s,
         labels(u"LinkedIn"_s, u"LinkedIn"_s, u"LinkedIn"_s),
         {u"en_US"_s, u"de_DE"_s},
         2,
         QJsonObject{{u"base_url"_s, u"https://shop.example.com"_s},
                     {u"account_name"_s, u"Facet Demo"_s},
                     {u"max_length"_s, 3000},
                     {u"renditions"_s, rendition(1080, u"jpeg"_s)}}},
        {u"print"_s,
         u"print"_s,
         labels(u"Print catalog"_s, u"Printkatalog"_s, u"Catalogue imprimé"_s),
         {u"de_DE"_s, u"fr_FR"_s},
         3,
         QJsonObject{{u"page_size"_s, u"A4"_s},
                     {u"bleed_mm"_s, 3},
                     {u"spec_groups"_s, QJsonArray{u"technical"_s, u"logistics"_s, u"service"_s}},
                     {u"renditions"_s, rendition(0, u"png"_s)}}},
        {u"google_feed"_s, u"feed"_s,
         labels(u"Google Shopping feed"_s, u"Google-Shopping-Feed"_s, u"Flux Google Shopping"_s), kAllLocales,
         2,
         QJsonObject{{u"format"_s, u"rss"_s},
                     {u"title_max"_s, 150},
                     {u"description_max"_s, 5000},
                     {u"base_url"_s, u"https://shop.example.com"_s},
                     {u"brand"_s, u"Facet Demo"_s},
                     {u"renditions"_s, rendition(1200, u"jpeg"_s)}}},
        {u"talking_points"_s,
         u"text"_s,
         labels(u"Customer service talking points"_s, u"Gesprächsleitfaden Kundenservice"_s,
                u"Argumentaire service client"_s),
         {u"en_US"_s, u"de_DE"_s},
         1,
         QJsonObject{{u"max_length"_s, 600}}},
    };
}

QList<Family> DemoWorkspace::families()
{
    return {
        family(u"headphones"_s, labels(u"Headphones"_s, u"Kopfhörer"_s, u"Casques et écouteurs"_s),
               {u"battery_life"_s}, {}),
        family(u"coffee_machines"_s, labels(u"Coffee machines"_s, u"Kaffeemaschinen"_s, u"Machines à café"_s),
               {u"pump_pressure"_s, u"power"_s, u"capacity"_s}, {u"power"_s, u"capacity"_s}),
        family(u"running_shoes"_s, labels(u"Running shoes"_s, u"Laufschuhe"_s, u"Chaussures de running"_s),
               {u"drop"_s, u"terrain"_s, u"sizes"_s, u"waterproof"_s}, {u"drop"_s, u"sizes"_s}),
        family(u"backpacks"_s, labels(u"Backpacks"_s, u"Rucksäcke"_s, u"Sacs à dos"_s),
               {u"capacity"_s, u"laptop_size"_s, u"waterproof"_s}, {u"capacity"_s}),
        family(u"lamps"_s, labels(u"Lamps"_s, u"Leuchten"_s, u"Lampes"_s),
               {u"power"_s, u"luminous_flux"_s, u"color_temperature"_s, u"dimmable"_s, u"height"_s,
                u"battery_life"_s},
               {u"power"_s, u"luminous_flux"_s}),
        family(u"bottles"_s, labels(u"Drinking bottles"_s, u"Trinkflaschen"_s, u"Gourdes"_s),
               {u"capacity"_s, u"insulated"_s, u"dishwasher_safe"_s}, {u"capacity"_s}),
    };
}

QList<Category> DemoWorkspace::categories()
{
    return {
        {u"audio"_s, {}, labels(u"Audio"_s, u"Audio"_s, u"Audio"_s), 10},
        {u"headphones"_s, u"audio"_s, labels(u"Headphones"_s, u"Kopfhörer"_s, u"Casques et écouteurs"_s), 10},
        {u"headphones_over_ear"_s, u"headphones"_s,
         labels(u"Over-ear and on-ear"_s, u"Over-Ear und On-Ear"_s, u"Circum- et supra-auriculaires"_s), 10},
        {u"headphones_in_ear"_s, u"headphones"_s, labels(u"In-ear"_s, u"In-Ear"_s, u"Intra-auriculaires"_s),
         20},

        {u"home_kitchen"_s, {}, labels(u"Home & Kitchen"_s, u"Haus & Küche"_s, u"Maison & cuisine"_s), 20},
        {u"coffee"_s, u"home_kitchen"_s, labels(u"Coffee"_s, u"Kaffee"_s, u"Café"_s), 10},
        {u"espresso_machines"_s, u"coffee"_s,
         labels(u"Espresso machines"_s, u"Espressomaschinen"_s, u"Machines à expresso"_s), 10},
        {u"filter_coffee"_s, u"coffee"_s, labels(u"Filter coffee"_s, u"Filterkaffee"_s, u"Café filtre"_s),
         20},

        {u"sports_outdoor"_s,
         {},
         labels(u"Sports & Outdoor"_s, u"Sport & Outdoor"_s, u"Sport & plein air"_s),
         30},
        {u"running"_s, u"sports_outdoor"_s, labels(u"Running"_s, u"Laufen"_s, u"Course à pied"_s), 10},
        {u"running_shoes_road"_s, u"running"_s,
         labels(u"Road shoes"_s, u"Straßenlaufschuhe"_s, u"Chaussures route"_s), 10},
        {u"running_shoes_trail"_s, u"running"_s,
         labels(u"Trail shoes"_s, u"Trailschuhe"_s, u"Chaussures de trail"_s), 20},
        {u"hydration"_s, u"sports_outdoor"_s,
         labels(u"Hydration"_s, u"Trinken unterwegs"_s, u"Hydratation"_s), 20},

        {u"bags"_s, {}, labels(u"Bags & Backpacks"_s, u"Taschen & Rucksäcke"_s, u"Sacs & sacs à dos"_s), 40},
        {u"daypacks"_s, u"bags"_s, labels(u"Daypacks"_s, u"Tagesrucksäcke"_s, u"Sacs à dos de jour"_s), 10},
        {u"travel_backpacks"_s, u"bags"_s,
         labels(u"Travel backpacks"_s, u"Reiserucksäcke"_s, u"Sacs à dos de voyage"_s), 20},

        {u"home_office"_s, {}, labels(u"Home Office"_s, u"Homeoffice"_s, u"Bureau à domicile"_s), 50},
        {u"lighting"_s, u"home_office"_s, labels(u"Lighting"_s, u"Beleuchtung"_s, u"Éclairage"_s), 10},
        {u"desk_lamps"_s, u"lighting"_s,
         labels(u"Desk lamps"_s, u"Schreibtischleuchten"_s, u"Lampes de bureau"_s), 10},
        {u"table_lamps"_s, u"lighting"_s, labels(u"Table lamps"_s, u"Tischleuchten"_s, u"Lampes de table"_s),
         20},

        {u"collections"_s, {}, labels(u"Collections"_s, u"Kollektionen"_s, u"Collections"_s), 60},
        {u"new_arrivals"_s, u"collections"_s, labels(u"New arrivals"_s, u"Neuheiten"_s, u"Nouveautés"_s), 10},
        {u"gift_ideas"_s, u"collections"_s, labels(u"Gift ideas"_s, u"Geschenkideen"_s, u"Idées cadeaux"_s),
         20},
        {u"sustainable_choice"_s, u"collections"_s,
         labels(u"Sustainable choice"_s, u"Nachhaltige Wahl"_s, u"Choix durable"_s), 30},
    };
}

} // namespace facet
