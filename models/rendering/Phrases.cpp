// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rendering/Phrases.h"

#include "models/catalog/Channel.h"

#include <QJsonObject>

namespace facet {

using namespace Qt::StringLiterals;

namespace {

struct Phrase
{
    const char16_t* key;
    const char16_t* en;
    const char16_t* de;
    const char16_t* fr;
};

constexpr Phrase kPhrases[] = {
    {u"in_stock", u"In stock", u"Auf Lager", u"En stock"},
    {u"out_of_stock", u"Out of stock", u"Nicht auf Lager", u"En rupture de stock"},
    {u"preorder", u"Available for pre-order", u"Vorbestellbar", u"Disponible en précommande"},
    {u"backorder", u"Available soon", u"Bald wieder verfügbar", u"Bientôt disponible"},
    {u"buy_now", u"Add to cart", u"In den Warenkorb", u"Ajouter au panier"},
    {u"shop_now", u"Shop now", u"Jetzt entdecken", u"Découvrir"},
    {u"specifications", u"Specifications", u"Technische Daten", u"Caractéristiques"},
    {u"features", u"Highlights", u"Highlights", u"Points forts"},
    {u"materials", u"Materials", u"Materialien", u"Matériaux"},
    {u"care", u"Care", u"Pflege", u"Entretien"},
    {u"warranty", u"Warranty", u"Garantie", u"Garantie"},
    {u"years", u"years", u"Jahre", u"ans"},
    {u"price", u"Price", u"Preis", u"Prix"},
    {u"price_note", u"Including VAT", u"Inkl. MwSt.", u"TVA incluse"},
    {u"article_number", u"Article number", u"Artikelnummer", u"Référence"},
    {u"gtin", u"EAN", u"EAN", u"EAN"},
    {u"view_online", u"View in your browser", u"Im Browser ansehen", u"Afficher dans le navigateur"},
    {u"unsubscribe", u"Unsubscribe", u"Abmelden", u"Se désabonner"},
    {u"unsubscribe_note", u"You receive this email because you subscribed to our newsletter.",
     u"Sie erhalten diese E-Mail, weil Sie unseren Newsletter abonniert haben.",
     u"Vous recevez cet e-mail car vous êtes abonné(e) à notre lettre d'information."},
    {u"new", u"New", u"Neu", u"Nouveau"},
    {u"yes", u"Yes", u"Ja", u"Oui"},
    {u"no", u"No", u"Nein", u"Non"},
    {u"sms_stop", u"STOP to opt out", u"STOP zum Abmelden", u"STOP pour se désinscrire"},
    {u"talking_points", u"Talking points", u"Gesprächsleitfaden", u"Argumentaire"},
    {u"say_first", u"Say first", u"Zuerst sagen", u"À dire d'abord"},
    {u"if_asked", u"If asked", u"Auf Nachfrage", u"Si on vous le demande"},
    {u"data_sheet", u"Product data sheet", u"Produktdatenblatt", u"Fiche produit"},
};

} // namespace

QVariantHash Phrases::forLocale(const Channel& channel, const QString& locale)
{
    const QString language = locale.section(u'_', 0, 0);
    QVariantHash result;
    for (const Phrase& p : kPhrases) {
        const char16_t* text = language == u"de" ? p.de : language == u"fr" ? p.fr : p.en;
        result.insert(QString::fromUtf16(p.key), QString::fromUtf16(text));
    }
    const QJsonObject overrides = channel.settings.value(u"phrases").toObject().value(locale).toObject();
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        result.insert(it.key(), it.value().toString());
    return result;
}

} // namespace facet
