// SPDX-License-Identifier: GPL-3.0-or-later
// Demo content: backpacks. Written for Facet; model names are invented.
#include "models/demo/DemoProductLine.h"
#include "models/demo/DemoWorkspace.h"

namespace facet {

using namespace Qt::StringLiterals;

DemoProductLine DemoWorkspace::backpacks()
{
    using Line = DemoProductLine;
    Line line;
    line.family = u"backpacks"_s;
    line.gtinBlock = 4;
    line.shortKind = {u"backpack"_s, u"Rucksack"_s, u"sac à dos"_s};
    line.care = {
        u"Brush off dirt once dry and clean with a damp cloth and mild soap; do not machine wash or tumble "
        u"dry."_s,
        u"Schmutz nach dem Trocknen abbürsten und mit einem feuchten Tuch und milder Seife reinigen; nicht "
        u"in der Maschine waschen oder trocknen."_s,
        u"Brossez la saleté une fois sèche, puis nettoyez avec un chiffon humide et un savon doux ; ni "
        u"lavage en machine ni sèche-linge."_s};
    line.closing = {u"Shown here in <i>%1</i>."_s, u"Hier abgebildet in <i>%1</i>."_s,
                    u"Présenté ici en coloris <i>%1</i>."_s};

    line.models << Line::Model{
        .skuStem = u"BP-METRO-20"_s,
        .name = u"Metro 20"_s,
        .kind = {u"Daypack"_s, u"Tagesrucksack"_s, u"Sac à dos urbain"_s},
        .tagline = {u"Everything for the day, nothing in the way."_s, u"Alles für den Tag, nichts im Weg."_s,
                    u"Tout pour la journée, rien qui encombre."_s},
        .summary =
            {u"20-litre city backpack with a padded 16-inch laptop sleeve, a hidden back pocket and "
             u"water-repellent recycled fabric."_s,
             u"20-Liter-Stadtrucksack mit gepolstertem Laptopfach für 16 Zoll, verstecktem Rückenfach und "
             u"wasserabweisendem Recyclinggewebe."_s,
             u"Sac à dos urbain de 20 litres avec pochette rembourrée pour ordinateur 16 pouces, poche "
             u"dorsale cachée et tissu recyclé déperlant."_s},
        .intro =
            {u"The <b>Metro 20</b> opens wide like a suitcase, so nothing gets lost at the bottom. Keys, "
             u"cards and phone go into a <i>hidden pocket against your back</i>, out of reach on a crowded "
             u"tram."_s,
             u"Der <b>Metro 20</b> öffnet sich weit wie ein Koffer, damit nichts am Boden verschwindet. "
             u"Schlüssel, Karten und Handy wandern in ein <i>verstecktes Fach am Rücken</i>, an das in der "
             u"vollen Straßenbahn niemand herankommt."_s,
             u"Le <b>Metro 20</b> s'ouvre en grand comme une valise : plus rien ne se perd au fond. Clés, "
             u"cartes et téléphone se glissent dans une <i>poche cachée contre le dos</i>, hors de portée "
             u"dans un tram bondé."_s},
        .bullets = {{u"Fabric made from <b>24 recycled bottles</b>"_s,
                     u"Gewebe aus <b>24 recycelten Flaschen</b>"_s,
                     u"Tissu issu de <b>24 bouteilles recyclées</b>"_s},
                    {u"Padded sleeve for laptops up to 16 inches"_s,
                     u"Gepolstertes Fach für Laptops bis 16 Zoll"_s,
                     u"Pochette rembourrée pour ordinateurs jusqu'à 16 pouces"_s},
                    {u"Luggage strap slides over a trolley handle"_s,
                     u"Trolleyband zum Aufstecken auf den Koffergriff"_s,
                     u"Sangle pour glisser le sac sur la poignée d'une valise"_s}},
        .colors = {u"black"_s, u"graphite"_s, u"sage"_s, u"burgundy"_s},
        .categories = {u"daypacks"_s, u"sustainable_choice"_s},
        .features = {u"laptop_sleeve"_s, u"luggage_strap"_s},
        .materials = {u"recycled_polyester"_s, u"nylon"_s},
        .eurCents = 8900,
        .usdCents = 9500,
        .releaseDate = u"2023-09-18"_s,
        .warrantyYears = 5,
        .specs = {{u"capacity"_s, Line::metric(20, u"LITER"_s)},
                  {u"laptop_size"_s, 16},
                  {u"waterproof"_s, false},
                  {u"weight"_s, Line::metric(780, u"GRAM"_s)}},
        .printDescriptionDe =
            u"<p>Stadtrucksack mit 20 Litern, Kofferöffnung und <b>verstecktem Rückenfach</b>. Gewebe aus "
            u"recycelten Flaschen.</p>"_s,
        .smsSummaryEn = u"Metro 20: city backpack, 16-inch sleeve, recycled fabric."_s,
    };

    line.models << Line::Model{
        .skuStem = u"BP-METRO-ROLL-26"_s,
        .name = u"Metro Roll 26"_s,
        .kind = {u"Roll-Top Backpack"_s, u"Rolltop-Rucksack"_s, u"Sac à dos à fermeture enroulable"_s},
        .tagline = {u"Rain on the way? Roll it up."_s, u"Regen unterwegs? Einfach einrollen."_s,
                    u"De la pluie en route ? Il suffit d'enrouler."_s},
        .summary =
            {u"Waterproof roll-top backpack with 26 litres, expandable to 30, welded seams and a side zip to "
             u"reach the laptop."_s,
             u"Wasserdichter Rolltop-Rucksack mit 26 Litern, erweiterbar auf 30, verschweißten Nähten und "
             u"seitlichem Reißverschluss zum Laptopfach."_s,
             u"Sac à dos étanche à fermeture enroulable, 26 litres extensibles à 30, avec coutures soudées "
             u"et zip latéral pour atteindre l'ordinateur."_s},
        .intro =
            {u"Cycle commuters told us what they needed, and the <b>Metro Roll 26</b> is the answer: a "
             u"welded, fully waterproof main compartment, a side zip to grab the laptop without unrolling, "
             u"and reflective strips that catch headlights from every angle."_s,
             u"Pendlerinnen und Pendler auf dem Fahrrad haben uns erzählt, was sie brauchen – der <b>Metro "
             u"Roll 26</b> ist die Antwort: ein verschweißtes, komplett wasserdichtes Hauptfach, ein "
             u"seitlicher Reißverschluss, um den Laptop ohne Aufrollen herauszuholen, und Reflexstreifen, "
             u"die Scheinwerferlicht aus jedem Winkel zurückwerfen."_s,
             u"Les cyclistes nous ont dit ce dont ils avaient besoin, et le <b>Metro Roll 26</b> leur répond "
             u": un compartiment principal soudé et entièrement étanche, un zip latéral pour sortir "
             u"l'ordinateur sans dérouler le sac, et des bandes réfléchissantes visibles sous tous les "
             u"angles."_s},
        .bullets = {{u"Welded seams, <b>fully waterproof</b>"_s,
                     u"Verschweißte Nähte, <b>komplett wasserdicht</b>"_s,
                     u"Coutures soudées, <b>totalement étanche</b>"_s},
                    {u"Expands from 26 to 30 litres"_s, u"Erweiterbar von 26 auf 30 Liter"_s,
                     u"Extensible de 26 à 30 litres"_s},
                    {u"Reflective strips on the front and sides"_s,
                     u"Reflexstreifen vorne und an den Seiten"_s,
                     u"Bandes réfléchissantes à l'avant et sur les côtés"_s}},
        .colors = {u"black"_s, u"sand"_s, u"terracotta"_s},
        .categories = {u"daypacks"_s},
        .features = {u"laptop_sleeve"_s, u"reflective"_s},
        .materials = {u"tpu"_s, u"recycled_polyester"_s},
        .eurCents = 11900,
        .usdCents = 12900,
        .releaseDate = u"2024-04-22"_s,
        .warrantyYears = 5,
        .specs = {{u"capacity"_s, Line::metric(26, u"LITER"_s)},
                  {u"laptop_size"_s, 15},
                  {u"waterproof"_s, true},
                  {u"weight"_s, Line::metric(920, u"GRAM"_s)}},
        .instagramTaglineFr = u"La pluie ? Même pas mouillé. #vélotaf #étanche #sacàdos"_s,
    };

    line.models << Line::Model{
        .skuStem = u"BP-TREKKA-40"_s,
        .name = u"Trekka 40"_s,
        .kind = {u"Travel Backpack"_s, u"Reiserucksack"_s, u"Sac à dos de voyage"_s},
        .tagline = {u"One bag, cabin size, two weeks away."_s,
                    u"Ein Gepäckstück, Handgepäckmaß, zwei Wochen weg."_s,
                    u"Un seul sac, format cabine, deux semaines d'évasion."_s},
        .summary =
            {u"40-litre travel backpack in cabin size, with a clamshell opening, a stowable hip belt and a "
             u"17-inch laptop compartment."_s,
             u"40-Liter-Reiserucksack im Handgepäckformat mit Kofferöffnung, verstaubarem Hüftgurt und "
             u"Laptopfach für 17 Zoll."_s,
             u"Sac à dos de voyage de 40 litres au format cabine, avec ouverture intégrale, ceinture "
             u"escamotable et compartiment pour ordinateur 17 pouces."_s},
        .intro =
            {u"The <b>Trekka 40</b> is sized for the cabin limits of most airlines and packs like a "
             u"suitcase. When the bus stop turns out to be a kilometre away, the padded hip belt comes out "
             u"of its pocket and the load moves onto your hips."_s,
             u"Der <b>Trekka 40</b> entspricht den Handgepäckmaßen der meisten Fluglinien und lässt sich "
             u"packen wie ein Koffer. Liegt die Bushaltestelle dann doch einen Kilometer entfernt, kommt der "
             u"gepolsterte Hüftgurt aus seinem Fach, und das Gewicht verlagert sich auf die Hüften."_s,
             u"Le <b>Trekka 40</b> respecte les dimensions cabine de la plupart des compagnies aériennes et "
             u"se remplit comme une valise. Quand l'arrêt de bus se révèle à un kilomètre, la ceinture "
             u"rembourrée sort de sa poche et le poids passe sur les hanches."_s},
        .bullets = {{u"Clamshell opening, <b>packs like a suitcase</b>"_s,
                     u"Kofferöffnung – <b>packt sich wie ein Koffer</b>"_s,
                     u"Ouverture intégrale, <b>se remplit comme une valise</b>"_s},
                    {u"Stowable hip belt and shoulder straps"_s, u"Verstaubarer Hüftgurt und Schultergurte"_s,
                     u"Ceinture et bretelles escamotables"_s},
                    {u"Lockable zips on the main compartment"_s,
                     u"Abschließbare Reißverschlüsse am Hauptfach"_s,
                     u"Fermetures verrouillables sur le compartiment principal"_s}},
        .colors = {u"forest_green"_s, u"midnight_blue"_s, u"graphite"_s},
        .categories = {u"travel_backpacks"_s, u"gift_ideas"_s},
        .features = {u"laptop_sleeve"_s, u"lockable_zips"_s, u"luggage_strap"_s},
        .materials = {u"nylon"_s, u"recycled_polyester"_s},
        .eurCents = 16900,
        .usdCents = 17900,
        .releaseDate = u"2024-06-03"_s,
        .warrantyYears = 5,
        .specs = {{u"capacity"_s, Line::metric(40, u"LITER"_s)},
                  {u"laptop_size"_s, 17},
                  {u"waterproof"_s, false},
                  {u"weight"_s, Line::metric(1.45, u"KILOGRAM"_s)}},
        .smsSummaryEn = u"Trekka 40: cabin-size travel pack, opens like a suitcase."_s,
    };

    // The French copy is still missing, and so is the photo of the coral version.
    line.models << Line::Model{
        .skuStem = u"BP-KIDDO-12"_s,
        .name = u"Kiddo 12"_s,
        .kind = {u"Kids' Backpack"_s, u"Kinderrucksack"_s, u"Sac à dos enfant"_s},
        .tagline = {u"Big adventures, small shoulders."_s, u"Große Abenteuer, kleine Schultern."_s,
                    u"Grandes aventures, petites épaules."_s},
        .summary =
            {u"Light 12-litre backpack for children aged 4 to 8, with a chest strap, reflective panels and a "
             u"name tag inside."_s,
             u"Leichter 12-Liter-Rucksack für Kinder von 4 bis 8 Jahren mit Brustgurt, Reflektorflächen und "
             u"Namensschild innen."_s,
             {}},
        .intro =
            {u"The <b>Kiddo 12</b> holds a lunch box, a drinking bottle and a jumper, and weighs just 390 g. "
             u"The zip pullers are big enough for small hands, and the chest strap keeps the bag from "
             u"slipping on the way to kindergarten."_s,
             u"In den <b>Kiddo 12</b> passen Brotdose, Trinkflasche und Pulli – und er wiegt nur 390 g. Die "
             u"Reißverschlusszipper sind groß genug für kleine Hände, und der Brustgurt verhindert, dass der "
             u"Rucksack auf dem Weg zur Kita verrutscht."_s,
             {}},
        .bullets = {{u"Only <b>390 g</b>"_s, u"Nur <b>390 g</b>"_s, {}},
                    {u"Large zip pullers for small hands"_s, u"Große Zipper für kleine Hände"_s, {}},
                    {u"Reflective panels front and back"_s, u"Reflektorflächen vorne und hinten"_s, {}}},
        .colors = {u"coral"_s, u"sky_blue"_s, u"sunflower"_s},
        .categories = {u"daypacks"_s, u"new_arrivals"_s},
        .features = {u"reflective"_s},
        .materials = {u"recycled_polyester"_s},
        .eurCents = 3990,
        .usdCents = 4490,
        .releaseDate = u"2025-06-16"_s,
        .warrantyYears = 5,
        .specs = {{u"capacity"_s, Line::metric(12, u"LITER"_s)},
                  {u"waterproof"_s, false},
                  {u"weight"_s, Line::metric(390, u"GRAM"_s)}},
        .colorsWithoutImage = {u"coral"_s},
    };
    return line;
}

} // namespace facet
