// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/publishing/Publication.h"
#include "models/publishing/PublicationPlan.h"
#include "models/publishing/PublishTarget.h"

#include <QString>

namespace facet {

class Catalog;

// How the publishing views word the models' states, so the dialog, the history and the notices agree.
namespace PublishingText {

// The catalog locale labels are shown in: the user's own when the catalog has it, else the default.
QString language(const Catalog& catalog);
QString channelLabel(const Catalog& catalog, const QString& channel);
// A stored UTC timestamp (ISO 8601) as local date and time, short format; empty stays empty.
QString localTime(const QString& utcIso);
QString localTime(const QDateTime& utc);
QString kind(PublishTarget::Kind kind);
QString action(PublicationPlan::Action action);
QString result(PublishedItem::Result result);
QString status(Publication::Status status);
QString trigger(const QString& trigger);
QString phase(const QString& phase);
QString bytes(qint64 bytes);
// "finishedAt - startedAt" as "1.4 s" / "2 min 5 s"; empty when unknown.
QString duration(const QString& startedAt, const QString& finishedAt);

} // namespace PublishingText

} // namespace facet
