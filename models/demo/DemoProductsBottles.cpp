// SPDX-License-Identifier: GPL-3.0-or-later
// Demo content: drinking bottles. Written for Facet; model names are invented.
#include "models/demo/DemoProductLine.h"
#include "models/demo/DemoWorkspace.h"

namespace facet {

using namespace Qt::StringLiterals;

DemoProductLine DemoWorkspace::bottles()
{
    using Line = DemoProductLine;
    Line line;
    line.family = u"bottles"_s;
    line.gtinBlock = 6;
    line.shortKind = {u"bottle"_s, u"Trinkflasche"_s, u"gourde"_s};
    line.care = {
        u"Rinse after use and leave the lid open to dry; a bottle brush reaches every corner."_s,
        u"Nach Gebrauch ausspülen und mit offenem Deckel trocknen lassen; eine Flaschenbürste erreicht jede "
        u"Ecke."_s,
        u"Rincez après usage et laissez sécher bouchon ouvert ; un goupillon atteint tous les recoins."_s};
    line.closing = {u"Color: <i>%1</i>."_s, u"Farbe: <i>%1</i>."_s, u"Coloris : <i>%1</i>."_s};

    line.models << Line::Model{
        .skuStem = u"BO-TUNDRA-750"_s,
        .name = u"Tundra 750"_s,
        .kind = {u"Insulated Bottle"_s, u"Isolierflasche"_s, u"Gourde isotherme"_s},
        .tagline = {u"Ice in the morning, still ice at night."_s, u"Morgens Eis, abends immer noch Eis."_s,
                    u"Des glaçons le matin, encore des glaçons le soir."_s},
        .summary =
            {u"Double-walled stainless steel bottle, 750 ml, that keeps drinks cold for 24 hours and hot for "
             u"12."_s,
             u"Doppelwandige Edelstahlflasche mit 750 ml, die Getränke 24 Stunden kalt und 12 Stunden heiß "
             u"hält."_s,
             u"Gourde en inox à double paroi de 750 ml, qui garde les boissons froides 24 heures et chaudes "
             u"12 heures."_s},
        .intro =
            {u"There is a vacuum between the two steel walls of the <b>Tundra 750</b>, so the outside never "
             u"sweats and the inside never warms up. The wide mouth takes ice cubes and a cleaning brush, "
             u"and the leak-proof lid opens with one hand on the bike."_s,
             u"Zwischen den beiden Stahlwänden der <b>Tundra 750</b> liegt ein Vakuum: Außen beschlägt "
             u"nichts, innen wird nichts warm. Die weite Öffnung nimmt Eiswürfel und Spülbürste auf, und der "
             u"auslaufsichere Deckel lässt sich auf dem Fahrrad mit einer Hand öffnen."_s,
             u"Entre les deux parois en acier de la <b>Tundra 750</b> règne le vide : l'extérieur ne perle "
             u"jamais et l'intérieur ne se réchauffe pas. Le large goulot accepte glaçons et goupillon, et "
             u"le bouchon étanche s'ouvre d'une seule main à vélo."_s},
        .bullets = {{u"Cold for <b>24 hours</b>, hot for <b>12 hours</b>"_s,
                     u"<b>24 Stunden</b> kalt, <b>12 Stunden</b> heiß"_s,
                     u"Froid pendant <b>24 heures</b>, chaud pendant <b>12 heures</b>"_s},
                    {u"BPA-free, food-grade 18/8 stainless steel"_s,
                     u"BPA-frei, lebensmittelechter Edelstahl 18/8"_s, u"Sans BPA, inox alimentaire 18/8"_s},
                    {u"Leak-proof lid that opens with one hand"_s,
                     u"Auslaufsicherer Deckel, mit einer Hand zu öffnen"_s,
                     u"Bouchon étanche, ouverture d'une seule main"_s}},
        .colors = {u"midnight_blue"_s, u"forest_green"_s, u"coral"_s, u"white"_s},
        .categories = {u"hydration"_s, u"sustainable_choice"_s},
        .features = {u"leak_proof"_s},
        .materials = {u"stainless_steel"_s, u"bamboo"_s},
        .eurCents = 3490,
        .usdCents = 3790,
        .releaseDate = u"2023-05-08"_s,
        .specs = {{u"capacity"_s, Line::metric(750, u"MILLILITER"_s)},
                  {u"insulated"_s, true},
                  {u"dishwasher_safe"_s, false},
                  {u"weight"_s, Line::metric(390, u"GRAM"_s)}},
        .printDescriptionDe =
            u"<p>Vakuumisolierte Edelstahlflasche mit 750 ml: <b>24 Stunden kalt</b>, 12 Stunden heiß, "
            u"auslaufsicher.</p>"_s,
        .smsSummaryEn = u"Tundra 750: cold for 24 h, hot for 12 h."_s,
        .instagramTaglineFr = u"Froide le matin, encore froide le soir. #gourde #zérodéchet #randonnée"_s,
    };

    line.models << Line::Model{
        .skuStem = u"BO-TUNDRA-500"_s,
        .name = u"Tundra 500"_s,
        .kind = {u"Insulated Bottle"_s, u"Isolierflasche"_s, u"Gourde isotherme"_s},
        .tagline = {u"Pocket-sized, cold all day."_s, u"Taschenformat, den ganzen Tag kalt."_s,
                    u"Format poche, fraîcheur toute la journée."_s},
        .summary =
            {u"Insulated 500 ml stainless steel bottle that fits cup holders and bag pockets; cold for 20 "
             u"hours, hot for 10."_s,
             u"Isolierte 500-ml-Edelstahlflasche, passend für Getränkehalter und Taschenfächer; 20 Stunden "
             u"kalt, 10 Stunden heiß."_s,
             u"Gourde isotherme en inox de 500 ml, adaptée aux porte-gobelets et aux poches de sac ; froid "
             u"20 heures, chaud 10 heures."_s},
        .intro =
            {u"At 7 cm across, the <b>Tundra 500</b> slides into car cup holders and the side pockets of "
             u"most backpacks. It shares the double wall and leak-proof lid of the larger Tundra, in a size "
             u"made for the commute."_s,
             u"Mit 7 cm Durchmesser passt die <b>Tundra 500</b> in Getränkehalter im Auto und in die "
             u"Seitentaschen der meisten Rucksäcke. Doppelwand und auslaufsicheren Deckel hat sie von der "
             u"großen Tundra – im Format für den Arbeitsweg."_s,
             u"Avec ses 7 cm de diamètre, la <b>Tundra 500</b> se glisse dans les porte-gobelets et les "
             u"poches latérales de la plupart des sacs à dos. Elle reprend la double paroi et le bouchon "
             u"étanche de la grande Tundra, au format idéal pour les trajets."_s},
        .bullets = {{u"Cold for <b>20 hours</b>, hot for <b>10 hours</b>"_s,
                     u"<b>20 Stunden</b> kalt, <b>10 Stunden</b> heiß"_s,
                     u"Froid pendant <b>20 heures</b>, chaud pendant <b>10 heures</b>"_s},
                    {u"Fits standard cup holders (7 cm)"_s, u"Passt in übliche Getränkehalter (7 cm)"_s,
                     u"Compatible avec les porte-gobelets standard (7 cm)"_s},
                    {u"Powder-coated, non-slip finish"_s, u"Pulverbeschichtet und rutschfest"_s,
                     u"Revêtement poudré antidérapant"_s}},
        .colors = {u"sky_blue"_s, u"sage"_s, u"sand"_s},
        .categories = {u"hydration"_s, u"sustainable_choice"_s},
        .features = {u"leak_proof"_s},
        .materials = {u"stainless_steel"_s, u"bamboo"_s},
        .eurCents = 2990,
        .usdCents = 3290,
        .releaseDate = u"2024-03-18"_s,
        .specs = {{u"capacity"_s, Line::metric(500, u"MILLILITER"_s)},
                  {u"insulated"_s, true},
                  {u"dishwasher_safe"_s, false},
                  {u"weight"_s, Line::metric(290, u"GRAM"_s)}},
    };

    line.models << Line::Model{
        .skuStem = u"BO-FLOW-SPORT"_s,
        .name = u"Flow Sport"_s,
        .kind = {u"Sports Bottle"_s, u"Sporttrinkflasche"_s, u"Bidon de sport"_s},
        .tagline = {u"Squeeze, sip, keep going."_s, u"Drücken, trinken, weiterfahren."_s,
                    u"On presse, on boit, on repart."_s},
        .summary =
            {u"Soft, squeezable 600 ml sports bottle with a self-sealing valve; fits every bike cage and "
             u"goes in the dishwasher."_s,
             u"Weiche 600-ml-Sportflasche zum Zusammendrücken, mit selbstschließendem Ventil; passt in jeden "
             u"Flaschenhalter und darf in die Spülmaschine."_s,
             u"Bidon souple de 600 ml avec valve auto-obturante ; il s'adapte à tous les porte-bidons et "
             u"passe au lave-vaisselle."_s},
        .intro =
            {u"The <b>Flow Sport</b> gives a generous stream with a light squeeze, then its silicone valve "
             u"closes by itself, so nothing drips into your jersey pocket. It is made from a plant-based "
             u"plastic that leaves no taste in the water."_s,
             u"Die <b>Flow Sport</b> gibt schon bei leichtem Druck einen kräftigen Strahl ab; danach "
             u"schließt sich das Silikonventil von selbst – nichts tropft ins Trikot. Sie besteht aus "
             u"pflanzenbasiertem Kunststoff, der keinen Geschmack ans Wasser abgibt."_s,
             u"Le <b>Flow Sport</b> délivre un jet généreux d'une simple pression, puis sa valve en silicone "
             u"se referme toute seule : rien ne coule dans la poche du maillot. Il est fabriqué dans un "
             u"plastique biosourcé qui ne laisse aucun goût dans l'eau."_s},
        .bullets = {{u"Self-sealing silicone valve"_s, u"Selbstschließendes Silikonventil"_s,
                     u"Valve en silicone auto-obturante"_s},
                    {u"<b>Dishwasher-safe</b> (top rack)"_s, u"<b>Spülmaschinenfest</b> (oberer Korb)"_s,
                     u"<b>Lavable au lave-vaisselle</b> (panier supérieur)"_s},
                    {u"Plant-based, BPA-free plastic"_s, u"Pflanzenbasierter, BPA-freier Kunststoff"_s,
                     u"Plastique biosourcé sans BPA"_s}},
        .colors = {u"sunflower"_s, u"coral"_s, u"sky_blue"_s, u"black"_s},
        .categories = {u"hydration"_s},
        .features = {u"leak_proof"_s},
        .materials = {u"plant_based_plastic"_s, u"silicone"_s},
        .eurCents = 1290,
        .usdCents = 1490,
        .releaseDate = u"2024-07-01"_s,
        .warrantyYears = 1,
        .specs = {{u"capacity"_s, Line::metric(600, u"MILLILITER"_s)},
                  {u"insulated"_s, false},
                  {u"dishwasher_safe"_s, true},
                  {u"weight"_s, Line::metric(95, u"GRAM"_s)}},
        .smsSummaryEn = u"Flow Sport: 600 ml squeeze bottle, dishwasher-safe."_s,
    };
    return line;
}

} // namespace facet
