// SPDX-License-Identifier: GPL-3.0-or-later
// Demo content: desk and table lamps. Written for Facet; model names are invented.
#include "models/demo/DemoProductLine.h"
#include "models/demo/DemoWorkspace.h"

namespace facet {

using namespace Qt::StringLiterals;

DemoProductLine DemoWorkspace::lamps()
{
    using Line = DemoProductLine;
    Line line;
    line.family = u"lamps"_s;
    line.gtinBlock = 5;
    line.shortKind = {u"lamp"_s, u"Leuchte"_s, u"lampe"_s};
    line.care = {
        u"Unplug before cleaning and dust with a dry microfibre cloth; the LEDs never need replacing."_s,
        u"Vor dem Reinigen den Stecker ziehen und mit einem trockenen Mikrofasertuch abstauben; die LEDs "
        u"müssen nie gewechselt werden."_s,
        u"Débranchez avant le nettoyage et dépoussiérez avec une microfibre sèche ; les LED n'ont jamais "
        u"besoin d'être remplacées."_s};
    line.closing = {u"Finish: <i>%1</i>."_s, u"Oberfläche: <i>%1</i>."_s, u"Finition : <i>%1</i>."_s};

    line.models << Line::Model{
        .skuStem = u"LA-LUMO-ARM"_s,
        .name = u"Lumo Arm"_s,
        .kind = {u"LED Desk Lamp"_s, u"LED-Schreibtischleuchte"_s, u"Lampe de bureau LED"_s},
        .tagline = {u"Light exactly where the work is."_s, u"Licht genau dort, wo gearbeitet wird."_s,
                    u"La lumière exactement là où l'on travaille."_s},
        .summary = {u"Balanced-arm LED desk lamp with 600 lumens, stepless dimming and a color temperature "
                    u"adjustable from 2700 to 6500 K."_s,
                    u"LED-Schreibtischleuchte mit Federarm, 600 Lumen, stufenloser Dimmung und einstellbarer "
                    u"Farbtemperatur von 2700 bis 6500 K."_s,
                    u"Lampe de bureau LED à bras équilibré, 600 lumens, variation continue et température de "
                    u"couleur réglable de 2700 à 6500 K."_s},
        .intro =
            {u"Springs in the arm of the <b>Lumo Arm</b> balance the head at any angle, so it stays where "
             u"you put it: over the keyboard, the sketchbook or the jigsaw puzzle. Warm light in the "
             u"evening, cool daylight for detailed work – one turn of the dial changes the color."_s,
             u"Federn im Arm der <b>Lumo Arm</b> halten den Leuchtenkopf in jedem Winkel im Gleichgewicht – "
             u"er bleibt, wo du ihn hinstellst: über der Tastatur, dem Skizzenbuch oder dem Puzzle. Warmes "
             u"Licht am Abend, kühles Tageslicht für Detailarbeit: Eine Drehung am Regler ändert die "
             u"Lichtfarbe."_s,
             u"Les ressorts du bras de la <b>Lumo Arm</b> équilibrent la tête dans toutes les positions : "
             u"elle reste là où vous la placez, au-dessus du clavier, du carnet de croquis ou du puzzle. "
             u"Lumière chaude le soir, lumière du jour pour les travaux minutieux : un tour de molette "
             u"suffit."_s},
        .bullets = {{u"<b>600 lumens</b>, flicker-free"_s, u"<b>600 Lumen</b>, flimmerfrei"_s,
                     u"<b>600 lumens</b>, sans scintillement"_s},
                    {u"Color temperature from 2700 to 6500 K"_s, u"Farbtemperatur von 2700 bis 6500 K"_s,
                     u"Température de couleur de 2700 à 6500 K"_s},
                    {u"USB-C port in the base to charge your phone"_s,
                     u"USB-C-Anschluss im Fuß zum Laden des Handys"_s,
                     u"Port USB-C dans le pied pour recharger le téléphone"_s}},
        .colors = {u"black"_s, u"white"_s, u"brass"_s, u"sage"_s},
        .categories = {u"desk_lamps"_s},
        .features = {u"tunable_white"_s, u"usb_port"_s},
        .materials = {u"aluminium"_s, u"stainless_steel"_s},
        .eurCents = 11900,
        .usdCents = 12900,
        .releaseDate = u"2024-01-15"_s,
        .warrantyYears = 3,
        .specs = {{u"power"_s, Line::metric(8, u"WATT"_s)},
                  {u"luminous_flux"_s, 600},
                  {u"color_temperature"_s, 4000},
                  {u"dimmable"_s, true},
                  {u"height"_s, Line::metric(45, u"CENTIMETER"_s)},
                  {u"weight"_s, Line::metric(1.6, u"KILOGRAM"_s)}},
        .printDescriptionDe =
            u"<p>Federarm-Leuchte mit <b>600 Lumen</b>, stufenlos dimmbar, Lichtfarbe von 2700 bis 6500 K. "
            u"USB-C-Ladeanschluss im Fuß.</p>"_s,
        .smsSummaryEn = u"Lumo Arm: 600 lm desk lamp, warm to daylight."_s,
    };

    line.models << Line::Model{
        .skuStem = u"LA-LUMO-MINI"_s,
        .name = u"Lumo Mini"_s,
        .kind = {u"LED Desk Lamp"_s, u"LED-Schreibtischleuchte"_s, u"Lampe de bureau LED"_s},
        .tagline = {u"Small footprint, bright idea."_s, u"Kleiner Fuß, helle Idee."_s,
                    u"Petit pied, idée lumineuse."_s},
        .summary =
            {u"Compact LED desk lamp with a rotating head, three brightness levels and a base no bigger than "
             u"a coaster."_s,
             u"Kompakte LED-Schreibtischleuchte mit drehbarem Kopf, drei Helligkeitsstufen und einem Fuß, "
             u"kaum größer als ein Bierdeckel."_s,
             u"Lampe de bureau LED compacte avec tête orientable, trois niveaux de luminosité et un pied à "
             u"peine plus grand qu'un sous-verre."_s},
        .intro =
            {u"The <b>Lumo Mini</b> was designed for the narrow shelf above a bed and the corner of a "
             u"crowded desk. Its head turns through 300 degrees, and a touch on the base cycles through "
             u"three brightness levels."_s,
             u"Die <b>Lumo Mini</b> wurde für das schmale Regal über dem Bett und die Ecke eines vollen "
             u"Schreibtischs entworfen. Ihr Kopf dreht sich um 300 Grad, und eine Berührung des Fußes "
             u"wechselt durch drei Helligkeitsstufen."_s,
             u"La <b>Lumo Mini</b> a été pensée pour l'étagère étroite au-dessus du lit et le coin d'un "
             u"bureau encombré. Sa tête pivote sur 300 degrés, et une simple touche sur le pied fait défiler "
             u"trois niveaux de luminosité."_s},
        .bullets = {{u"Head rotates through <b>300°</b>"_s, u"Kopf um <b>300°</b> drehbar"_s,
                     u"Tête orientable sur <b>300°</b>"_s},
                    {u"Touch control with three levels"_s, u"Touch-Bedienung mit drei Stufen"_s,
                     u"Commande tactile à trois niveaux"_s},
                    {u"Base only 11 cm across"_s, u"Fußdurchmesser nur 11 cm"_s,
                     u"Pied de seulement 11 cm de diamètre"_s}},
        .colors = {u"white"_s, u"coral"_s, u"sky_blue"_s},
        .categories = {u"desk_lamps"_s, u"gift_ideas"_s},
        .features = {u"usb_c"_s},
        .materials = {u"aluminium"_s, u"recycled_plastic"_s},
        .eurCents = 5900,
        .usdCents = 6500,
        .releaseDate = u"2024-11-04"_s,
        .specs = {{u"power"_s, Line::metric(5, u"WATT"_s)},
                  {u"luminous_flux"_s, 350},
                  {u"color_temperature"_s, 3000},
                  {u"dimmable"_s, true},
                  {u"height"_s, Line::metric(38, u"CENTIMETER"_s)},
                  {u"weight"_s, Line::metric(900, u"GRAM"_s)}},
        .instagramTaglineFr = u"Petite lampe, grandes idées. #bureau #déco #lumière"_s,
    };

    line.models << Line::Model{
        .skuStem = u"LA-HALO-DOME"_s,
        .name = u"Halo Dome"_s,
        .kind = {u"Cordless Table Lamp"_s, u"Kabellose Tischleuchte"_s, u"Lampe de table sans fil"_s},
        .tagline = {u"Warm light that goes wherever the evening goes."_s,
                    u"Warmes Licht, das mitgeht, wohin der Abend auch führt."_s,
                    u"Une lumière chaleureuse qui suit la soirée partout."_s},
        .summary =
            {u"Rechargeable cordless table lamp with warm 2700 K light, stepless dimming and up to 24 hours "
             u"per charge."_s,
             u"Aufladbare kabellose Tischleuchte mit warmweißem Licht (2700 K), stufenloser Dimmung und bis "
             u"zu 24 Stunden pro Ladung."_s,
             u"Lampe de table sans fil rechargeable, à lumière chaude de 2700 K, variation continue et "
             u"jusqu'à 24 heures d'autonomie."_s},
        .intro =
            {u"Carry the <b>Halo Dome</b> from the desk to the dinner table and out onto the balcony: "
             u"without a cable it goes wherever the evening does. The opal glass shade spreads a soft, "
             u"glare-free glow, and a long press on the top dims it down to a night light."_s,
             u"Trag die <b>Halo Dome</b> vom Schreibtisch zum Esstisch und hinaus auf den Balkon: Ohne Kabel "
             u"geht sie überall mit. Der Schirm aus Opalglas verteilt ein weiches, blendfreies Licht, und "
             u"ein langer Druck auf die Oberseite dimmt sie bis zum Nachtlicht herunter."_s,
             u"Emportez la <b>Halo Dome</b> du bureau à la table du dîner, puis sur le balcon : sans fil, "
             u"elle suit la soirée. Son abat-jour en verre opale diffuse une lueur douce et sans "
             u"éblouissement, et un appui long sur le dessus la transforme en veilleuse."_s},
        .bullets = {{u"Up to <b>24 hours</b> per charge"_s, u"Bis zu <b>24 Stunden</b> pro Ladung"_s,
                     u"Jusqu'à <b>24 heures</b> d'autonomie"_s},
                    {u"Opal glass shade, aluminium body"_s, u"Schirm aus Opalglas, Gehäuse aus Aluminium"_s,
                     u"Abat-jour en verre opale, corps en aluminium"_s},
                    {u"IP44: fine on the balcony, too"_s, u"IP44: auch für den Balkon geeignet"_s,
                     u"IP44 : parfaite aussi sur le balcon"_s}},
        .colors = {u"brass"_s, u"sage"_s, u"burgundy"_s},
        .categories = {u"table_lamps"_s, u"gift_ideas"_s},
        .features = {u"rechargeable"_s, u"usb_c"_s},
        .materials = {u"aluminium"_s, u"opal_glass"_s},
        .eurCents = 8900,
        .usdCents = 9900,
        .releaseDate = u"2024-10-14"_s,
        .specs = {{u"power"_s, Line::metric(3, u"WATT"_s)},
                  {u"luminous_flux"_s, 200},
                  {u"color_temperature"_s, 2700},
                  {u"dimmable"_s, true},
                  {u"battery_life"_s, 24},
                  {u"height"_s, Line::metric(30, u"CENTIMETER"_s)},
                  {u"weight"_s, Line::metric(700, u"GRAM"_s)}},
    };

    // Announced for autumn: the French copy is not written yet.
    line.models << Line::Model{
        .skuStem = u"LA-LUMO-PRO"_s,
        .name = u"Lumo Pro"_s,
        .kind = {u"LED Desk Lamp"_s, u"LED-Schreibtischleuchte"_s, u"Lampe de bureau LED"_s},
        .tagline = {u"Even light across the whole desk."_s,
                    u"Gleichmäßiges Licht auf dem ganzen Schreibtisch."_s,
                    {}},
        .summary =
            {u"Wide-head LED desk lamp with 1000 lumens, an ambient light sensor and a reach of 60 cm."_s,
             u"LED-Schreibtischleuchte mit breitem Kopf, 1000 Lumen, Umgebungslichtsensor und 60 cm "
             u"Reichweite."_s,
             u"Lampe de bureau LED à tête large, 1000 lumens, capteur de luminosité ambiante et portée de 60 "
             u"cm."_s},
        .intro =
            {u"The <b>Lumo Pro</b> lights a 120 cm desk from edge to edge. An ambient light sensor tops up "
             u"the brightness as daylight fades, so the light on your papers stays at a steady 500 lux."_s,
             u"Die <b>Lumo Pro</b> leuchtet einen 120 cm breiten Schreibtisch von Rand zu Rand aus. Ein "
             u"Umgebungslichtsensor regelt nach, wenn das Tageslicht schwindet – so bleibt das Licht auf "
             u"deinen Unterlagen konstant bei 500 Lux."_s,
             {}},
        .bullets = {{u"<b>1000 lumens</b> across a 120 cm desk"_s,
                     u"<b>1000 Lumen</b> auf 120 cm Schreibtischbreite"_s,
                     {}},
                    {u"Ambient light sensor holds 500 lux"_s, u"Umgebungslichtsensor hält 500 Lux"_s, {}},
                    {u"Desk clamp and weighted base included"_s,
                     u"Tischklemme und beschwerter Fuß inklusive"_s,
                     {}}},
        .colors = {u"black"_s, u"silver"_s},
        .categories = {u"desk_lamps"_s, u"new_arrivals"_s},
        .features = {u"tunable_white"_s, u"usb_port"_s},
        .materials = {u"aluminium"_s},
        .eurCents = 22900,
        .usdCents = 24900,
        .releaseDate = u"2025-09-22"_s,
        .warrantyYears = 3,
        .specs = {{u"power"_s, Line::metric(12, u"WATT"_s)},
                  {u"luminous_flux"_s, 1000},
                  {u"color_temperature"_s, 4000},
                  {u"dimmable"_s, true},
                  {u"height"_s, Line::metric(60, u"CENTIMETER"_s)},
                  {u"weight"_s, Line::metric(2.4, u"KILOGRAM"_s)}},
    };
    return line;
}

} // namespace facet
