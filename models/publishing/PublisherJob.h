// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by Publisher.cpp (publishing) and PublisherPlanning.cpp (planning); not part of the API.
#include "models/publishing/Publisher.h"
#include "models/rendering/RenderService.h"
#include "models/storage/PublishingStore.h"

#include <QLoggingCategory>
#include <QSet>
#include <memory>

namespace facet {

Q_DECLARE_LOGGING_CATEGORY(lcPublishing)

using Effective = PublishingStore::Effective;
using Held = PublishingStore::Held;

inline QString key(const QString& sku, const QString& locale)
{
    return PublishingStore::heldKey(sku, locale);
}

// One target's share of a request: its channel, what it holds now and the plan.
struct Publisher::Job
{
    PublishTarget target;
    Channel channel;
    QStringList locales;
    QString templateVersion;
    std::shared_ptr<const RenderService::Snapshot> snapshot; // one per request, shared by its targets
    QString contextHash;                         // what changes output besides revision and templates
    QHash<QString, Held> held;                   // what the target holds, by key(sku, locale)
    QHash<QString, PublishingStore::Hold> holds; // what was held back last time, and why
    QSet<QString> heldAgain;                     // held for the same reasons as last time: not rendered again
    QHash<QString, Effective> effective;         // by sku
    PublicationPlan plan;
};

} // namespace facet
