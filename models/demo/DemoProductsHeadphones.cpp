// SPDX-License-Identifier: GPL-3.0-or-later
// Demo content: headphones. Written for Facet; model names are invented.
#include "models/demo/DemoProductLine.h"
#include "models/demo/DemoWorkspace.h"

namespace facet {

using namespace Qt::StringLiterals;

DemoProductLine DemoWorkspace::headphones()
{
    using Line = DemoProductLine;
    Line line;
    line.family = u"headphones"_s;
    line.gtinBlock = 1;
    line.shortKind = {u"headphones"_s, u"Kopfhörer"_s, u"casque"_s};
    line.care = {
        u"Wipe the ear cushions with a dry, soft cloth and keep the headphones in their case when "
        u"travelling."_s,
        u"Ohrpolster mit einem weichen, trockenen Tuch abwischen und die Kopfhörer auf Reisen im Etui "
        u"aufbewahren."_s,
        u"Essuyez les coussinets avec un chiffon doux et sec et rangez le casque dans son étui en voyage."_s};
    line.closing = {u"This version comes in <i>%1</i>."_s, u"Diese Ausführung ist in <i>%1</i> erhältlich."_s,
                    u"Cette version est proposée en coloris <i>%1</i>."_s};

    line.models << Line::Model{
        .skuStem = u"HP-AUREL-ANC"_s,
        .name = u"Aurel ANC"_s,
        .kind = {u"Over-Ear Headphones"_s, u"Over-Ear-Kopfhörer"_s, u"Casque circum-auriculaire"_s},
        .tagline = {u"Quiet where you need it, clear where you want it."_s,
                    u"Ruhe, wo du sie brauchst – Klang, wo du ihn willst."_s,
                    u"Le calme quand il le faut, la clarté quand vous le voulez."_s},
        .summary =
            {u"Wireless over-ear headphones with adaptive noise cancelling, 40 hours of battery life and "
             u"soft memory-foam cushions."_s,
             u"Kabellose Over-Ear-Kopfhörer mit adaptiver Geräuschunterdrückung, 40 Stunden Akkulaufzeit und "
             u"weichen Polstern aus Memory-Schaum."_s,
             u"Casque sans fil à réduction de bruit adaptative, avec 40 heures d'autonomie et des coussinets "
             u"en mousse à mémoire de forme."_s},
        .intro =
            {u"The <b>Aurel ANC</b> listens to your surroundings 200 times a second and adjusts its noise "
             u"cancelling, so trains, open-plan offices and long flights fade into the background. Its 40 mm "
             u"drivers keep voices natural and bass under control, even at low volume."_s,
             u"Der <b>Aurel ANC</b> analysiert die Umgebung 200-mal pro Sekunde und passt seine "
             u"Geräuschunterdrückung laufend an – Zugfahrten, Großraumbüros und Langstreckenflüge treten in "
             u"den Hintergrund. Seine 40-mm-Treiber geben Stimmen natürlich und Bässe kontrolliert wieder, "
             u"auch bei geringer Lautstärke."_s,
             u"L'<b>Aurel ANC</b> analyse votre environnement 200 fois par seconde et ajuste sa réduction de "
             u"bruit : trains, open spaces et vols long-courriers s'effacent. Ses haut-parleurs de 40 mm "
             u"restituent des voix naturelles et des basses maîtrisées, même à faible volume."_s},
        .bullets = {{u"<b>40 hours</b> of playback with noise cancelling switched on"_s,
                     u"<b>40 Stunden</b> Wiedergabe bei eingeschalteter Geräuschunterdrückung"_s,
                     u"<b>40 heures</b> d'écoute avec la réduction de bruit activée"_s},
                    {u"Ten minutes of USB-C charging give five hours of music"_s,
                     u"Zehn Minuten Laden über USB-C reichen für fünf Stunden Musik"_s,
                     u"Dix minutes de charge USB-C pour cinq heures de musique"_s},
                    {u"Stays connected to two devices at once (multipoint)"_s,
                     u"Gleichzeitig mit zwei Geräten verbunden (Multipoint)"_s,
                     u"Connecté à deux appareils à la fois (multipoint)"_s}},
        .colors = {u"black"_s, u"midnight_blue"_s, u"sand"_s},
        .categories = {u"headphones_over_ear"_s, u"gift_ideas"_s},
        .features = {u"anc"_s, u"bluetooth"_s, u"multipoint"_s, u"usb_c"_s, u"foldable"_s},
        .materials = {u"aluminium"_s, u"memory_foam"_s, u"protein_leather"_s, u"recycled_plastic"_s},
        .eurCents = 19900,
        .usdCents = 21900,
        .releaseDate = u"2024-09-12"_s,
        .specs = {{u"battery_life"_s, 40}, {u"weight"_s, Line::metric(265, u"GRAM"_s)}},
        .printDescriptionDe =
            u"<p>Adaptive Geräuschunterdrückung, <b>40 Stunden</b> Akkulaufzeit und Multipoint-Verbindung: "
            u"der Reisebegleiter für Zug, Büro und Flugzeug.</p>"_s,
        .smsSummaryEn = u"Aurel ANC: noise cancelling, 40 h battery, multipoint."_s,
        .instagramTaglineFr = u"Le calme, version nomade. #casque #voyage #silence"_s,
    };

    line.models << Line::Model{
        .skuStem = u"HP-AUREL-LITE"_s,
        .name = u"Aurel Lite"_s,
        .kind = {u"On-Ear Headphones"_s, u"On-Ear-Kopfhörer"_s, u"Casque supra-auriculaire"_s},
        .tagline = {u"Light enough to forget you're wearing them."_s, u"So leicht, dass du sie vergisst."_s,
                    u"Si léger qu'on l'oublie."_s},
        .summary =
            {u"Foldable wireless on-ear headphones weighing only 180 g, with 30 hours of battery life and a "
             u"built-in microphone for calls."_s,
             u"Faltbare kabellose On-Ear-Kopfhörer mit nur 180 g, 30 Stunden Akkulaufzeit und integriertem "
             u"Mikrofon für Telefonate."_s,
             u"Casque supra-auriculaire sans fil et pliable de seulement 180 g, avec 30 heures d'autonomie "
             u"et un micro intégré pour vos appels."_s},
        .intro =
            {u"The <b>Aurel Lite</b> folds flat into a jacket pocket and weighs less than a paperback. Soft "
             u"protein-leather cushions rest gently on the ears, so a whole commute or lecture passes "
             u"without pressure points."_s,
             u"Der <b>Aurel Lite</b> lässt sich flach zusammenfalten, passt in jede Jackentasche und wiegt "
             u"weniger als ein Taschenbuch. Weiche Polster aus Proteinleder liegen sanft auf den Ohren – so "
             u"vergeht ein ganzer Arbeitsweg oder eine Vorlesung ohne Druckstellen."_s,
             u"L'<b>Aurel Lite</b> se replie à plat dans une poche de veste et pèse moins qu'un livre de "
             u"poche. Ses coussinets en similicuir protéiné reposent délicatement sur les oreilles : un "
             u"trajet ou un cours entier passe sans la moindre gêne."_s},
        .bullets = {{u"<b>30 hours</b> of music on one charge"_s,
                     u"<b>30 Stunden</b> Musik mit einer Akkuladung"_s,
                     u"<b>30 heures</b> de musique avec une seule charge"_s},
                    {u"Built-in microphone with wind-noise filter"_s,
                     u"Integriertes Mikrofon mit Windgeräuschfilter"_s,
                     u"Micro intégré avec filtre anti-vent"_s},
                    {u"Folds flat, travel pouch included"_s, u"Flach faltbar, Reisebeutel inklusive"_s,
                     u"Pliable à plat, housse de voyage incluse"_s}},
        .colors = {u"white"_s, u"coral"_s, u"sky_blue"_s, u"black"_s},
        .categories = {u"headphones_over_ear"_s},
        .features = {u"bluetooth"_s, u"usb_c"_s, u"foldable"_s},
        .materials = {u"protein_leather"_s, u"recycled_plastic"_s},
        .eurCents = 8900,
        .usdCents = 9900,
        .releaseDate = u"2024-03-04"_s,
        .specs = {{u"battery_life"_s, 30}, {u"weight"_s, Line::metric(180, u"GRAM"_s)}},
        .smsSummaryEn = u"Aurel Lite: 180 g, foldable, 30 h of music."_s,
    };

    line.models << Line::Model{
        .skuStem = u"HP-PEBBLE-BUDS"_s,
        .name = u"Pebble Buds"_s,
        .kind = {u"True Wireless Earbuds"_s, u"True-Wireless-Ohrhörer"_s, u"Écouteurs sans fil"_s},
        .tagline = {u"Small enough for any pocket, big enough for any playlist."_s,
                    u"Klein genug für jede Tasche, stark genug für jede Playlist."_s,
                    u"Assez petits pour toutes les poches, assez grands pour toutes vos playlists."_s},
        .summary =
            {u"True wireless earbuds with noise cancelling, IPX4 splash protection and a charging case that "
             u"adds 24 hours of playback."_s,
             u"True-Wireless-Ohrhörer mit Geräuschunterdrückung, Spritzwasserschutz nach IPX4 und einem "
             u"Ladecase für 24 weitere Stunden Wiedergabe."_s,
             u"Écouteurs sans fil à réduction de bruit, résistants aux éclaboussures (IPX4), avec un boîtier "
             u"de charge qui ajoute 24 heures d'écoute."_s},
        .intro =
            {u"<b>Pebble Buds</b> stay put thanks to three sizes of silicone tips and a shape modelled on "
             u"hundreds of ear scans. Noise cancelling blocks the hum of the bus, while <i>transparency "
             u"mode</i> still lets the next-stop announcement through."_s,
             u"<b>Pebble Buds</b> sitzen dank dreier Größen von Silikonaufsätzen und einer Form, die auf "
             u"Hunderten Ohrscans beruht, sicher und bequem. Die Geräuschunterdrückung blendet das Brummen "
             u"des Busses aus, der <i>Transparenzmodus</i> lässt die Haltestellenansage trotzdem durch."_s,
             u"Les <b>Pebble Buds</b> tiennent en place grâce à trois tailles d'embouts en silicone et à une "
             u"forme issue de centaines de scans d'oreilles. La réduction de bruit gomme le ronronnement du "
             u"bus, tandis que le <i>mode transparence</i> laisse passer l'annonce du prochain arrêt."_s},
        .bullets = {{u"<b>8 + 24 hours</b> of playback with the charging case"_s,
                     u"<b>8 + 24 Stunden</b> Wiedergabe mit Ladecase"_s,
                     u"<b>8 + 24 heures</b> d'écoute avec le boîtier de charge"_s},
                    {u"IPX4: safe from sweat and rain"_s, u"IPX4: geschützt vor Schweiß und Regen"_s,
                     u"IPX4 : à l'abri de la transpiration et de la pluie"_s},
                    {u"Case charges wirelessly on any Qi pad"_s,
                     u"Ladecase lädt kabellos auf jeder Qi-Ladematte"_s,
                     u"Boîtier rechargeable sans fil sur tout chargeur Qi"_s}},
        .colors = {u"black"_s, u"white"_s, u"sage"_s},
        .categories = {u"headphones_in_ear"_s, u"gift_ideas"_s},
        .features = {u"anc"_s, u"bluetooth"_s, u"usb_c"_s, u"wireless_charging"_s},
        .materials = {u"silicone"_s, u"recycled_plastic"_s},
        .eurCents = 12900,
        .usdCents = 13900,
        .releaseDate = u"2025-02-20"_s,
        .specs = {{u"battery_life"_s, 32}, {u"weight"_s, Line::metric(52, u"GRAM"_s)}},
        .instagramTaglineFr = u"Petits, discrets, redoutables. #écouteurs #musique #sansfil"_s,
    };

    // The French copy of the studio model is still with the translation agency.
    line.models << Line::Model{
        .skuStem = u"HP-HALDEN-STUDIO"_s,
        .name = u"Halden Studio"_s,
        .kind = {u"Studio Headphones"_s, u"Studiokopfhörer"_s, u"Casque de studio"_s},
        .tagline = {u"Hear the mix as it really is."_s, u"Hör den Mix, wie er wirklich ist."_s, {}},
        .summary =
            {u"Closed-back studio headphones with a flat frequency response, a detachable cable and "
             u"replaceable velour ear pads."_s,
             u"Geschlossene Studiokopfhörer mit linearem Frequenzgang, abnehmbarem Kabel und austauschbaren "
             u"Velourspolstern."_s,
             u"Casque de studio fermé à réponse neutre, avec câble détachable et coussinets en velours "
             u"remplaçables."_s},
        .intro =
            {u"The <b>Halden Studio</b> is tuned for honesty rather than flattery: a flat response from 10 "
             u"Hz to 30 kHz reveals every detail of a recording, so a mix made on it sounds right on any "
             u"speaker. The closed design keeps the click track out of the vocal microphone."_s,
             u"Der <b>Halden Studio</b> ist auf Ehrlichkeit statt Schönfärberei abgestimmt: Ein linearer "
             u"Frequenzgang von 10 Hz bis 30 kHz zeigt jedes Detail einer Aufnahme, sodass ein Mix auf jedem "
             u"Lautsprecher besteht. Die geschlossene Bauweise hält den Klick aus dem Gesangsmikrofon "
             u"fern."_s,
             {}},
        .bullets = {{u"Detachable 3 m coiled cable with 6.3 mm adapter"_s,
                     u"Abnehmbares 3-m-Spiralkabel mit 6,3-mm-Adapter"_s,
                     {}},
                    {u"Replaceable velour ear pads"_s, u"Austauschbare Velours-Ohrpolster"_s, {}},
                    {u"Swivelling ear cups for one-ear monitoring"_s,
                     u"Drehbare Ohrmuscheln für einseitiges Abhören"_s,
                     {}}},
        .colors = {u"black"_s, u"graphite"_s},
        .categories = {u"headphones_over_ear"_s},
        .features = {u"detachable_cable"_s, u"foldable"_s},
        .materials = {u"aluminium"_s, u"velour"_s, u"memory_foam"_s},
        .eurCents = 14900,
        .usdCents = 15900,
        .releaseDate = u"2023-11-06"_s,
        .warrantyYears = 3,
        .specs = {{u"weight"_s, Line::metric(310, u"GRAM"_s)}},
    };
    return line;
}

} // namespace facet
