// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/Catalog.h"
#include "models/record/MasterRecord.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace facet {

// The demo products of one family, written as models × colors: each model's copy is written once in three
// languages, and every color variant becomes its own record (own SKU, GTIN, name and image), which is how
// real catalogs are organised and keeps the demo content compact.
class DemoProductLine
{
public:
    // One text in the demo's three locales; an empty string means "not written yet", which is how the demo
    // shows incomplete records.
    struct Text
    {
        QString en;
        QString de;
        QString fr;

        QString in(const QString& locale) const;
    };

    struct Model
    {
        QString skuStem{};     // the SKU without the color suffix, e.g. "HP-AUREL-ANC"
        QString name{};        // the model name, the same in every language
        Text kind{};           // what it is: "Over-Ear Headphones", "Over-Ear-Kopfhörer", …
        Text tagline{};        // one line for push, social posts and newsletters
        Text summary{};        // the short description
        Text intro{};          // the first paragraph of the description (rich text)
        QList<Text> bullets{}; // the description's list (rich text)
        QStringList colors{};  // option codes of the color attribute, one record each
        QStringList categories{};
        QStringList features{};
        QStringList materials{};
        int eurCents = 0;
        int usdCents = 0;
        QString releaseDate{};
        int warrantyYears = 2;
        QJsonObject specs{}; // further values every variant shares: attribute code → value
        // Channel overrides: a value scoped to one channel, as marketers write them.
        QString printDescriptionDe{};     // description-de_DE-print
        QString smsSummaryEn{};           // short_description-en_US-sms
        QString instagramTaglineFr{};     // tagline-fr_FR-instagram
        QStringList colorsWithoutImage{}; // variants whose photos are still missing
    };

    QString family;
    int gtinBlock = 0; // keeps each line's GTINs apart
    Text shortKind;    // the short name social posts use: "headphones", "Kopfhörer", …
    Text care;         // care_instructions, shared by the whole line
    Text closing;      // the description's last paragraph; %1 is the color's label
    QList<Model> models;

    // `catalog` supplies the color labels; `assetIds` the images (see DemoImages::key()).
    QList<MasterRecord> records(const Catalog& catalog, const QHash<QString, qint64>& assetIds) const;

    static QJsonObject metric(double amount, const QString& unit);
};

} // namespace facet
