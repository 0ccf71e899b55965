// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/Asset.h"

#include <QDate>
#include <QHash>
#include <QStringList>
#include <QVariantHash>

namespace facet {

class Catalog;
class MasterRecord;
struct Channel;

// What a template sees: the record resolved for one channel and locale. A channel's own value wins over the
// common one, a missing localized value falls back along the channel's explicit locale fallbacks, rich text
// arrives as safe HTML in HTML templates and as clean text in text templates, assets as their rendition.
class TemplateContext
{
public:
    enum class AssetLinks {
        Published, // URLs below the channel's base URL, as a publication writes them
        Embedded,  // data: URLs, so a preview shows the picture without a server
    };

    struct Inputs
    {
        const Catalog* catalog = nullptr;
        const Channel* channel = nullptr;
        QString locale;
        AssetLinks assetLinks = AssetLinks::Published;
        const QHash<qint64, Asset>* assets = nullptr; // metadata; content only needed for Embedded
        // Cached rendition bytes by "<source sha256>/<spec hash>", for Embedded links; a rendition not
        // made yet is embedded as its original.
        const QHash<QString, QByteArray>* renditions = nullptr;
        QDate today = QDate::currentDate(); // assets expire relative to it
        const QVariantHash* base = nullptr; // base(catalog, channel, locale), when the caller keeps it
        // Products already built for the same record: channels that see the same values share one.
        QHash<QString, std::pair<QVariantHash, QStringList>>* products = nullptr;
    };

    // The part of a context that does not depend on the record: labels, phrases, channel, locale.
    static QVariantHash base(const Catalog& catalog, const Channel& channel, const QString& locale);

    static QVariantHash build(const MasterRecord& record, const Inputs& inputs, bool html,
                              QStringList* fallbacks = nullptr);

    // "de_DE" → "de-DE", the BCP 47 form HTML's lang attribute wants.
    static QString languageTag(const QString& locale);
    // Akeneo unit codes as readers write them ("KILOGRAM" → "kg").
    static QString unitSymbol(const QString& unit);
    // Where a publication puts an asset's file for the channel: "assets/<sha256>.<ext>" for the original,
    // "assets/<sha256>.<first 16 hex digits of the spec hash>.<ext>" for the channel's rendition.
    static QString assetPath(const Asset& asset, const Channel& channel);
    // The channel's locale fallbacks: settings "fallback_locales": {"fr_FR": ["en_US"]}.
    static QStringList fallbackLocales(const Channel& channel, const QString& locale);
};

} // namespace facet
