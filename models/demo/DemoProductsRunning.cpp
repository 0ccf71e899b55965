// SPDX-License-Identifier: GPL-3.0-or-later
// Demo content: running shoes. Written for Facet; model names are invented.
#include "models/demo/DemoProductLine.h"
#include "models/demo/DemoWorkspace.h"

namespace facet {

using namespace Qt::StringLiterals;

DemoProductLine DemoWorkspace::runningShoes()
{
    using Line = DemoProductLine;
    Line line;
    line.family = u"running_shoes"_s;
    line.gtinBlock = 3;
    line.shortKind = {u"running shoe"_s, u"Laufschuh"_s, u"chaussure de running"_s};
    line.care = {
        u"Take out the insoles and let the shoes air-dry away from the radiator; hand wash only, never in "
        u"the washing machine."_s,
        u"Einlegesohlen herausnehmen und die Schuhe fern der Heizung an der Luft trocknen lassen; nur "
        u"Handwäsche, nie in der Waschmaschine."_s,
        u"Retirez les semelles et laissez sécher à l'air libre, loin du radiateur ; lavage à la main "
        u"uniquement, jamais en machine."_s};
    line.closing = {u"Colorway: <i>%1</i>."_s, u"Farbvariante: <i>%1</i>."_s, u"Coloris : <i>%1</i>."_s};

    line.models << Line::Model{
        .skuStem = u"RS-STRIDER-3"_s,
        .name = u"Strider 3"_s,
        .kind = {u"Road Running Shoe"_s, u"Straßenlaufschuh"_s, u"Chaussure de running route"_s},
        .tagline = {u"One shoe for every day and every pace."_s,
                    u"Ein Schuh für jeden Tag und jedes Tempo."_s,
                    u"Une chaussure pour tous les jours et toutes les allures."_s},
        .summary =
            {u"Cushioned daily trainer with an 8 mm drop, a breathable engineered-mesh upper and a "
             u"hard-wearing rubber outsole."_s,
             u"Gedämpfter Trainingsschuh für jeden Tag mit 8 mm Sprengung, atmungsaktivem Obermaterial aus "
             u"Strick-Mesh und strapazierfähiger Gummilaufsohle."_s,
             u"Chaussure d'entraînement amortie avec un drop de 8 mm, une tige en mesh technique respirante "
             u"et une semelle en caoutchouc résistante."_s},
        .intro =
            {u"The <b>Strider 3</b> pairs a soft foam midsole with a slightly firmer heel counter, so easy "
             u"recovery jogs feel plush and tempo runs still feel lively. We reinforced the toe box and "
             u"moved the seams away from the little toe, where most blisters start."_s,
             u"Der <b>Strider 3</b> kombiniert eine weiche Zwischensohle aus Schaum mit einer etwas festeren "
             u"Fersenkappe: Lockere Regenerationsläufe fühlen sich weich an, Tempoläufe trotzdem spritzig. "
             u"Die Zehenbox ist verstärkt, und die Nähte liegen nicht mehr am kleinen Zeh, wo die meisten "
             u"Blasen entstehen."_s,
             u"La <b>Strider 3</b> associe une semelle intermédiaire en mousse souple à un contrefort de "
             u"talon un peu plus ferme : les footings de récupération sont moelleux, les séances au seuil "
             u"restent dynamiques. L'avant-pied est renforcé et les coutures s'éloignent du petit orteil, là "
             u"où naissent la plupart des ampoules."_s},
        .bullets = {{u"<b>8 mm drop</b>, neutral support"_s, u"<b>8 mm Sprengung</b>, neutrale Stützung"_s,
                     u"<b>Drop de 8 mm</b>, foulée neutre"_s},
                    {u"Reflective details for runs at dawn and dusk"_s,
                     u"Reflektierende Details für Läufe in der Dämmerung"_s,
                     u"Détails réfléchissants pour courir à l'aube comme au crépuscule"_s},
                    {u"Outsole made to last 800 km and more"_s, u"Laufsohle für 800 km und mehr ausgelegt"_s,
                     u"Semelle conçue pour tenir 800 km et plus"_s}},
        .colors = {u"black"_s, u"sky_blue"_s, u"coral"_s, u"white"_s},
        .categories = {u"running_shoes_road"_s},
        .features = {u"reflective"_s},
        .materials = {u"engineered_mesh"_s, u"eva_foam"_s, u"rubber"_s, u"recycled_polyester"_s},
        .eurCents = 13995,
        .usdCents = 14995,
        .releaseDate = u"2024-02-01"_s,
        .warrantyYears = 1,
        .specs = {{u"drop"_s, Line::metric(8, u"MILLIMETER"_s)},
                  {u"terrain"_s, u"road"_s},
                  {u"sizes"_s, u"EU 36–47"_s},
                  {u"waterproof"_s, false},
                  {u"weight"_s, Line::metric(265, u"GRAM"_s)}},
        .printDescriptionDe =
            u"<p>Gedämpfter Alltagsläufer mit <b>8 mm Sprengung</b>, verstärkter Zehenbox und "
            u"reflektierenden Details. Gewicht in Größe EU 42: 265 g.</p>"_s,
        .smsSummaryEn = u"Strider 3: soft daily trainer, 8 mm drop."_s,
        .instagramTaglineFr = u"Tous les jours, toutes les allures. #running #course #entraînement"_s,
    };

    line.models << Line::Model{
        .skuStem = u"RS-STRIDER-RACE"_s,
        .name = u"Strider Race"_s,
        .kind = {u"Racing Shoe"_s, u"Wettkampfschuh"_s, u"Chaussure de compétition"_s},
        .tagline = {u"Built for the last five kilometres."_s, u"Gebaut für die letzten fünf Kilometer."_s,
                    u"Conçue pour les cinq derniers kilomètres."_s},
        .summary =
            {u"Lightweight racing shoe at 198 g with a curved nylon plate and a highly responsive foam, from "
             u"10 km to the marathon."_s,
             u"Leichter Wettkampfschuh mit nur 198 g, gebogener Nylonplatte und besonders reaktivem Schaum – "
             u"vom 10-km-Lauf bis zum Marathon."_s,
             u"Chaussure de compétition légère de 198 g, avec plaque en nylon incurvée et mousse très "
             u"réactive, du 10 km au marathon."_s},
        .intro =
            {u"When the race gets hard, the <b>Strider Race</b> keeps its shape: a curved nylon plate guides "
             u"the foot through each stride, and a foam that returns most of the energy you put in keeps the "
             u"legs fresh for longer. The thin, <i>almost see-through</i> upper dries within minutes of a "
             u"water station."_s,
             u"Wenn das Rennen hart wird, bleibt der <b>Strider Race</b> in Form: Eine gebogene Nylonplatte "
             u"führt den Fuß durch jeden Schritt, und ein Schaum, der den Großteil der Energie zurückgibt, "
             u"hält die Beine länger frisch. Das dünne, <i>fast durchsichtige</i> Obermaterial ist nach der "
             u"Verpflegungsstation in wenigen Minuten wieder trocken."_s,
             u"Quand la course devient difficile, la <b>Strider Race</b> garde le cap : une plaque en nylon "
             u"incurvée guide le pied à chaque foulée, et une mousse qui restitue l'essentiel de l'énergie "
             u"garde les jambes fraîches plus longtemps. La tige fine, <i>presque transparente</i>, sèche en "
             u"quelques minutes après un ravitaillement."_s},
        .bullets = {{u"<b>198 g</b> in EU size 42"_s, u"<b>198 g</b> in Größe EU 42"_s,
                     u"<b>198 g</b> en pointure 42"_s},
                    {u"Curved nylon plate for a smooth toe-off"_s,
                     u"Gebogene Nylonplatte für einen flüssigen Abdruck"_s,
                     u"Plaque en nylon incurvée pour une impulsion fluide"_s},
                    {u"Grippy outsole, even on wet tarmac"_s, u"Griffige Sohle, auch auf nassem Asphalt"_s,
                     u"Semelle adhérente, même sur bitume mouillé"_s}},
        .colors = {u"coral"_s, u"sunflower"_s, u"white"_s},
        .categories = {u"running_shoes_road"_s, u"new_arrivals"_s},
        .features = {u"propulsion_plate"_s, u"reflective"_s},
        .materials = {u"engineered_mesh"_s, u"nylon"_s, u"rubber"_s},
        .eurCents = 18995,
        .usdCents = 19995,
        .releaseDate = u"2025-04-10"_s,
        .warrantyYears = 1,
        .specs = {{u"drop"_s, Line::metric(6, u"MILLIMETER"_s)},
                  {u"terrain"_s, u"road"_s},
                  {u"sizes"_s, u"EU 38–47"_s},
                  {u"waterproof"_s, false},
                  {u"weight"_s, Line::metric(198, u"GRAM"_s)}},
    };

    line.models << Line::Model{
        .skuStem = u"RS-RIDGELINE-WP"_s,
        .name = u"Ridgeline WP"_s,
        .kind = {u"Trail Running Shoe"_s, u"Trailrunningschuh"_s, u"Chaussure de trail"_s},
        .tagline = {u"Mud, rain, roots: bring them on."_s, u"Matsch, Regen, Wurzeln? Her damit."_s,
                    u"Boue, pluie, racines : même pas peur."_s},
        .summary =
            {u"Waterproof trail shoe with 5 mm lugs, a rock plate and a gaiter-ready heel for wet, technical "
             u"terrain."_s,
             u"Wasserdichter Trailschuh mit 5-mm-Stollen, Steinschutzplatte und Gamaschenhaken für nasses, "
             u"technisches Gelände."_s,
             u"Chaussure de trail imperméable avec crampons de 5 mm, plaque anti-roches et talon compatible "
             u"guêtres pour les terrains humides et techniques."_s},
        .intro =
            {u"The <b>Ridgeline WP</b> keeps feet dry with a breathable waterproof membrane and holds on "
             u"where paths turn slippery, thanks to multi-directional 5 mm lugs. A flexible rock plate takes "
             u"the sting out of sharp stones without dulling your feel for the ground."_s,
             u"Der <b>Ridgeline WP</b> hält die Füße mit einer atmungsaktiven, wasserdichten Membran trocken "
             u"und greift dank multidirektionaler 5-mm-Stollen auch dort, wo Wege rutschig werden. Eine "
             u"flexible Steinschutzplatte nimmt spitzen Steinen den Schrecken, ohne das Gefühl für den "
             u"Untergrund zu dämpfen."_s,
             u"La <b>Ridgeline WP</b> garde les pieds au sec grâce à une membrane imperméable et respirante, "
             u"et accroche là où les sentiers deviennent glissants avec ses crampons multidirectionnels de 5 "
             u"mm. Une plaque anti-roches souple atténue les cailloux pointus sans gommer les "
             u"sensations."_s},
        .bullets = {{u"Waterproof, breathable membrane"_s, u"Wasserdichte, atmungsaktive Membran"_s,
                     u"Membrane imperméable et respirante"_s},
                    {u"<b>5 mm lugs</b> for mud and loose ground"_s,
                     u"<b>5-mm-Stollen</b> für Matsch und losen Boden"_s,
                     u"<b>Crampons de 5 mm</b> pour la boue et les terrains meubles"_s},
                    {u"Quick-lace system with a lace pocket"_s, u"Schnellschnürung mit Schnürsenkeltasche"_s,
                     u"Laçage rapide avec poche de rangement"_s}},
        .colors = {u"forest_green"_s, u"graphite"_s, u"terracotta"_s},
        .categories = {u"running_shoes_trail"_s},
        .features = {u"rock_plate"_s, u"reflective"_s},
        .materials = {u"nylon"_s, u"tpu"_s, u"rubber"_s, u"eva_foam"_s},
        .eurCents = 15995,
        .usdCents = 16995,
        .releaseDate = u"2024-09-02"_s,
        .warrantyYears = 1,
        .specs = {{u"drop"_s, Line::metric(6, u"MILLIMETER"_s)},
                  {u"terrain"_s, u"trail"_s},
                  {u"sizes"_s, u"EU 37–48"_s},
                  {u"waterproof"_s, true},
                  {u"weight"_s, Line::metric(310, u"GRAM"_s)}},
        .printDescriptionDe =
            u"<p>Wasserdichter Trailschuh mit <b>5-mm-Stollen</b> und Steinschutzplatte – für Matsch, Regen "
            u"und Wurzelpfade.</p>"_s,
    };

    // The German tagline has not been written yet.
    line.models << Line::Model{
        .skuStem = u"RS-RIDGELINE-LITE"_s,
        .name = u"Ridgeline Lite"_s,
        .kind = {u"Trail Running Shoe"_s, u"Trailrunningschuh"_s, u"Chaussure de trail"_s},
        .tagline = {u"Fast on dry trails, light on your feet."_s,
                    {},
                    u"Rapide sur les sentiers secs, légère aux pieds."_s},
        .summary =
            {u"Light trail shoe with a 4 mm drop, 3.5 mm lugs and a quick-drying mesh upper for dry summer "
             u"trails."_s,
             u"Leichter Trailschuh mit 4 mm Sprengung, 3,5-mm-Stollen und schnell trocknendem "
             u"Mesh-Obermaterial für trockene Sommertrails."_s,
             u"Chaussure de trail légère avec un drop de 4 mm, des crampons de 3,5 mm et une tige en mesh à "
             u"séchage rapide pour les sentiers secs de l'été."_s},
        .intro =
            {u"The <b>Ridgeline Lite</b> is made for summer ridges and forest loops: a low 4 mm drop keeps "
             u"you close to the ground, and the open mesh lets the heat out on long climbs."_s,
             u"Der <b>Ridgeline Lite</b> ist für Sommergrate und Waldrunden gemacht: Die geringe Sprengung "
             u"von 4 mm hält dich nah am Boden, und das offene Mesh lässt bei langen Anstiegen die Wärme "
             u"entweichen."_s,
             u"La <b>Ridgeline Lite</b> est faite pour les crêtes estivales et les boucles en forêt : son "
             u"faible drop de 4 mm vous garde près du sol, et son mesh aéré évacue la chaleur dans les "
             u"longues montées."_s},
        .bullets = {{u"Only <b>255 g</b> in EU size 42"_s, u"Nur <b>255 g</b> in Größe EU 42"_s,
                     u"Seulement <b>255 g</b> en pointure 42"_s},
                    {u"3.5 mm lugs for hard-packed trails"_s, u"3,5-mm-Stollen für feste Pfade"_s,
                     u"Crampons de 3,5 mm pour les sentiers compacts"_s},
                    {u"Quick-drying, breathable mesh"_s, u"Schnell trocknendes, atmungsaktives Mesh"_s,
                     u"Mesh respirant à séchage rapide"_s}},
        .colors = {u"sand"_s, u"sky_blue"_s},
        .categories = {u"running_shoes_trail"_s},
        .features = {u"reflective"_s},
        .materials = {u"engineered_mesh"_s, u"eva_foam"_s, u"rubber"_s},
        .eurCents = 13495,
        .usdCents = 14495,
        .releaseDate = u"2025-05-05"_s,
        .warrantyYears = 1,
        .specs = {{u"drop"_s, Line::metric(4, u"MILLIMETER"_s)},
                  {u"terrain"_s, u"trail"_s},
                  {u"sizes"_s, u"EU 36–46"_s},
                  {u"waterproof"_s, false},
                  {u"weight"_s, Line::metric(255, u"GRAM"_s)}},
    };
    return line;
}

} // namespace facet
