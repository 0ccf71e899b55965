// SPDX-License-Identifier: GPL-3.0-or-later
// Demo content: coffee machines. Written for Facet; model names are invented.
#include "models/demo/DemoProductLine.h"
#include "models/demo/DemoWorkspace.h"

namespace facet {

using namespace Qt::StringLiterals;

DemoProductLine DemoWorkspace::coffeeMachines()
{
    using Line = DemoProductLine;
    Line line;
    line.family = u"coffee_machines"_s;
    line.gtinBlock = 2;
    line.shortKind = {u"coffee machine"_s, u"Kaffeemaschine"_s, u"machine à café"_s};
    line.care = {
        u"Descale every two to three months and rinse the removable parts with warm water; never put the "
        u"machine itself under running water."_s,
        u"Alle zwei bis drei Monate entkalken und die abnehmbaren Teile mit warmem Wasser abspülen; das "
        u"Gerät selbst nie unter fließendes Wasser halten."_s,
        u"Détartrer tous les deux à trois mois et rincer les pièces amovibles à l'eau tiède ; ne jamais "
        u"passer l'appareil lui-même sous l'eau."_s};
    line.closing = {u"Finished in <i>%1</i>."_s, u"Gehäusefarbe: <i>%1</i>."_s, u"Finition <i>%1</i>."_s};

    line.models << Line::Model{
        .skuStem = u"CM-BRAVA-DUO"_s,
        .name = u"Brava Duo"_s,
        .kind = {u"Espresso Machine"_s, u"Siebträgermaschine"_s, u"Machine à expresso"_s},
        .tagline = {u"Café-style espresso, home-style mornings."_s,
                    u"Espresso wie im Café, Morgen wie zu Hause."_s,
                    u"Un expresso digne d'un café, des matins comme à la maison."_s},
        .summary = {u"Portafilter espresso machine with PID temperature control, a powerful steam wand and a "
                    u"2-litre water tank."_s,
                    u"Siebträgermaschine mit PID-Temperaturregelung, kraftvoller Dampflanze und "
                    u"2-Liter-Wassertank."_s,
                    u"Machine à expresso à porte-filtre avec régulation PID de la température, buse vapeur "
                    u"puissante et réservoir de 2 litres."_s},
        .intro =
            {u"The <b>Brava Duo</b> holds its brewing temperature to within one degree, shot after shot, so "
             u"the fourth espresso tastes like the first. Its steam wand textures the milk for a flat white "
             u"in under 30 seconds."_s,
             u"Die <b>Brava Duo</b> hält die Brühtemperatur Bezug für Bezug auf ein Grad genau – der vierte "
             u"Espresso schmeckt wie der erste. Ihre Dampflanze schäumt die Milch für einen Flat White in "
             u"weniger als 30 Sekunden auf."_s,
             u"La <b>Brava Duo</b> maintient sa température d'extraction à un degré près, tasse après tasse "
             u": le quatrième expresso a le goût du premier. Sa buse vapeur texture le lait d'un flat white "
             u"en moins de 30 secondes."_s},
        .bullets = {{u"<b>PID control</b> with three selectable temperatures"_s,
                     u"<b>PID-Regelung</b> mit drei wählbaren Temperaturen"_s,
                     u"<b>Régulation PID</b> avec trois températures au choix"_s},
                    {u"58 mm portafilter, single and double baskets included"_s,
                     u"58-mm-Siebträger, Einfach- und Doppelsieb inklusive"_s,
                     u"Porte-filtre de 58 mm, filtres simple et double inclus"_s},
                    {u"Ready in four minutes, switches itself off after thirty"_s,
                     u"Nach vier Minuten bereit, schaltet sich nach dreißig Minuten selbst ab"_s,
                     u"Prête en quatre minutes, s'éteint seule au bout de trente"_s}},
        .colors = {u"silver"_s, u"black"_s, u"white"_s},
        .categories = {u"espresso_machines"_s},
        .features = {u"pid_control"_s, u"milk_frother"_s, u"auto_off"_s},
        .materials = {u"stainless_steel"_s, u"abs_plastic"_s},
        .eurCents = 64900,
        .usdCents = 69900,
        .releaseDate = u"2024-05-15"_s,
        .warrantyYears = 3,
        .specs = {{u"pump_pressure"_s, 15},
                  {u"power"_s, Line::metric(1450, u"WATT"_s)},
                  {u"capacity"_s, Line::metric(2, u"LITER"_s)},
                  {u"weight"_s, Line::metric(9.8, u"KILOGRAM"_s)}},
        .printDescriptionDe =
            u"<p>Siebträgermaschine mit <b>PID-Regelung</b> für gleichbleibende Brühtemperatur und "
            u"Dampflanze für cremigen Milchschaum. 58-mm-Siebträger, 2-Liter-Tank.</p>"_s,
        .smsSummaryEn = u"Brava Duo: PID espresso machine with steam wand."_s,
    };

    line.models << Line::Model{
        .skuStem = u"CM-BRAVA-COMPACT"_s,
        .name = u"Brava Compact"_s,
        .kind = {u"Espresso Machine"_s, u"Siebträgermaschine"_s, u"Machine à expresso"_s},
        .tagline = {u"Real espresso on 20 centimetres of counter."_s,
                    u"Echter Espresso auf 20 Zentimetern Arbeitsfläche."_s,
                    u"Un vrai expresso sur 20 centimètres de plan de travail."_s},
        .summary =
            {u"Compact portafilter machine, just 20 cm wide, with thermoblock heating that is ready in 45 "
             u"seconds."_s,
             u"Kompakte Siebträgermaschine, nur 20 cm breit, mit Thermoblock-Heizung – in 45 Sekunden "
             u"startklar."_s,
             u"Machine à porte-filtre compacte de 20 cm de large seulement, avec une chauffe par thermobloc "
             u"prête en 45 secondes."_s},
        .intro =
            {u"Small kitchens deserve good coffee too. The <b>Brava Compact</b> fits beside the kettle, "
             u"heats up in 45 seconds and shares the pressure profile of its bigger sister, including a "
             u"gentle pre-infusion that tames freshly roasted beans."_s,
             u"Auch kleine Küchen verdienen guten Kaffee. Die <b>Brava Compact</b> passt neben den "
             u"Wasserkocher, ist in 45 Sekunden aufgeheizt und teilt das Druckprofil ihrer großen Schwester "
             u"– samt sanfter Präinfusion, die frisch geröstete Bohnen zähmt."_s,
             u"Les petites cuisines méritent aussi un bon café. La <b>Brava Compact</b> trouve sa place à "
             u"côté de la bouilloire, chauffe en 45 secondes et reprend le profil de pression de sa grande "
             u"sœur, y compris une pré-infusion douce qui apprivoise les grains fraîchement torréfiés."_s},
        .bullets = {{u"Thermoblock: ready in <b>45 seconds</b>"_s,
                     u"Thermoblock: in <b>45 Sekunden</b> bereit"_s,
                     u"Thermobloc : prête en <b>45 secondes</b>"_s},
                    {u"Pre-infusion for an even extraction"_s,
                     u"Präinfusion für eine gleichmäßige Extraktion"_s,
                     u"Pré-infusion pour une extraction homogène"_s},
                    {u"Removable 1.2-litre tank, filled from the top"_s,
                     u"Abnehmbarer 1,2-Liter-Tank, von oben befüllbar"_s,
                     u"Réservoir amovible de 1,2 litre, rempli par le haut"_s}},
        .colors = {u"black"_s, u"terracotta"_s, u"sage"_s, u"white"_s},
        .categories = {u"espresso_machines"_s, u"gift_ideas"_s},
        .features = {u"milk_frother"_s, u"auto_off"_s},
        .materials = {u"stainless_steel"_s, u"recycled_plastic"_s},
        .eurCents = 34900,
        .usdCents = 37900,
        .releaseDate = u"2024-10-01"_s,
        .specs = {{u"pump_pressure"_s, 15},
                  {u"power"_s, Line::metric(1200, u"WATT"_s)},
                  {u"capacity"_s, Line::metric(1.2, u"LITER"_s)},
                  {u"weight"_s, Line::metric(5.4, u"KILOGRAM"_s)}},
        .instagramTaglineFr = u"Petite cuisine, grand expresso. #café #expresso #cuisine"_s,
    };

    line.models << Line::Model{
        .skuStem = u"CM-FILTRA-10"_s,
        .name = u"Filtra 10"_s,
        .kind = {u"Filter Coffee Maker"_s, u"Filterkaffeemaschine"_s, u"Cafetière filtre"_s},
        .tagline = {u"Ten cups of clean, balanced filter coffee."_s,
                    u"Zehn Tassen klarer, ausgewogener Filterkaffee."_s,
                    u"Dix tasses d'un café filtre net et équilibré."_s},
        .summary =
            {u"Filter coffee maker for up to ten cups, with a wide shower head, a bloom phase and a thermal "
             u"carafe that keeps coffee hot for hours."_s,
             u"Filterkaffeemaschine für bis zu zehn Tassen mit breitem Brühkopf, Blooming-Phase und "
             u"Thermokanne, die den Kaffee stundenlang heiß hält."_s,
             u"Cafetière filtre jusqu'à dix tasses, avec une large douchette, une phase de pré-infusion et "
             u"une verseuse isotherme qui garde le café chaud pendant des heures."_s},
        .intro =
            {u"The <b>Filtra 10</b> brews like a careful barista with a pour-over kettle: it wets the "
             u"grounds first, lets them bloom for 30 seconds, then spreads the water evenly through a wide "
             u"shower head. There is no hot plate, so nothing turns bitter."_s,
             u"Die <b>Filtra 10</b> brüht wie ein sorgfältiger Barista mit Handfilter: Sie befeuchtet das "
             u"Kaffeemehl zuerst, lässt es 30 Sekunden quellen und verteilt das Wasser dann gleichmäßig über "
             u"einen breiten Brühkopf. Ohne Warmhalteplatte wird nichts bitter."_s,
             u"La <b>Filtra 10</b> infuse comme un barista attentif armé d'une bouilloire à col de cygne : "
             u"elle humidifie d'abord la mouture, la laisse gonfler 30 secondes, puis répartit l'eau grâce à "
             u"une large douchette. Sans plaque chauffante, rien ne devient amer."_s},
        .bullets = {{u"Double-walled <b>thermal carafe</b> (1.25 l)"_s,
                     u"Doppelwandige <b>Thermokanne</b> (1,25 l)"_s,
                     u"<b>Verseuse isotherme</b> à double paroi (1,25 l)"_s},
                    {u"Bloom phase and a brewing temperature of 92–96 °C"_s,
                     u"Blooming-Phase und 92–96 °C Brühtemperatur"_s,
                     u"Pré-infusion et température d'infusion de 92 à 96 °C"_s},
                    {u"Drip stop when you lift the carafe"_s, u"Tropfstopp beim Herausnehmen der Kanne"_s,
                     u"Système anti-goutte dès que l'on retire la verseuse"_s}},
        .colors = {u"black"_s, u"silver"_s, u"white"_s},
        .categories = {u"filter_coffee"_s},
        .features = {u"thermal_carafe"_s, u"auto_off"_s},
        .materials = {u"stainless_steel"_s, u"abs_plastic"_s},
        .eurCents = 12900,
        .usdCents = 13900,
        .releaseDate = u"2023-08-28"_s,
        .specs = {{u"power"_s, Line::metric(1600, u"WATT"_s)},
                  {u"capacity"_s, Line::metric(1.25, u"LITER"_s)},
                  {u"weight"_s, Line::metric(3.1, u"KILOGRAM"_s)}},
        .smsSummaryEn = u"Filtra 10: ten cups, thermal carafe, no bitterness."_s,
    };

    // A new model: the French copy and the silver studio shot are still missing.
    line.models << Line::Model{
        .skuStem = u"CM-MOLINO-ONE"_s,
        .name = u"Molino One"_s,
        .kind = {u"Bean-to-Cup Coffee Machine"_s, u"Kaffeevollautomat"_s, u"Machine à café à grain"_s},
        .tagline = {u"From bean to cup at the touch of a button."_s,
                    u"Von der Bohne in die Tasse – auf Knopfdruck."_s,
                    {}},
        .summary =
            {u"Bean-to-cup machine with a conical steel grinder, 12 grind settings and an automatic milk "
             u"system for cappuccino and latte."_s,
             u"Kaffeevollautomat mit Kegelmahlwerk aus Stahl, 12 Mahlstufen und automatischem Milchsystem "
             u"für Cappuccino und Latte."_s,
             u"Machine à café à grain avec broyeur conique en acier, 12 finesses de mouture et système à "
             u"lait automatique pour cappuccino et latte."_s},
        .intro =
            {u"The <b>Molino One</b> grinds fresh for every cup with a conical steel burr that stays cool "
             u"and quiet. Choose from eight drinks on the touch panel; the milk system rinses itself "
             u"afterwards, so cleaning takes about a minute a day."_s,
             u"Der <b>Molino One</b> mahlt für jede Tasse frisch – mit einem Kegelmahlwerk aus Stahl, das "
             u"kühl und leise bleibt. Acht Getränke stehen auf dem Touch-Bedienfeld zur Wahl; das "
             u"Milchsystem spült sich danach selbst, sodass die Reinigung etwa eine Minute am Tag dauert."_s,
             {}},
        .bullets = {{u"Conical steel grinder with <b>12 settings</b>"_s,
                     u"Kegelmahlwerk aus Stahl mit <b>12 Stufen</b>"_s,
                     {}},
                    {u"Eight drinks, two cups at once"_s, u"Acht Getränke, zwei Tassen gleichzeitig"_s, {}},
                    {u"Self-rinsing milk system"_s, u"Selbstspülendes Milchsystem"_s, {}}},
        .colors = {u"black"_s, u"silver"_s},
        .categories = {u"espresso_machines"_s, u"new_arrivals"_s},
        .features = {u"grinder"_s, u"milk_frother"_s, u"auto_off"_s},
        .materials = {u"stainless_steel"_s, u"abs_plastic"_s},
        .eurCents = 79900,
        .usdCents = 84900,
        .releaseDate = u"2025-03-03"_s,
        .specs = {{u"pump_pressure"_s, 15},
                  {u"power"_s, Line::metric(1500, u"WATT"_s)},
                  {u"capacity"_s, Line::metric(1.8, u"LITER"_s)},
                  {u"weight"_s, Line::metric(8.2, u"KILOGRAM"_s)}},
        .colorsWithoutImage = {u"silver"_s},
    };
    return line;
}

} // namespace facet
