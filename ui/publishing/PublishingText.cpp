// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/publishing/PublishingText.h"

#include "models/catalog/Catalog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace facet::PublishingText {

QString language(const Catalog& catalog)
{
    return catalog.hasLocale(QLocale().name()) ? QLocale().name() : catalog.defaultLocale();
}

QString channelLabel(const Catalog& catalog, const QString& channel)
{
    const Channel* c = catalog.channel(channel);
    return c ? c->label(language(catalog)) : channel;
}

QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString localTime(const QString& utcIso)
{
    if (utcIso.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(utcIso, Qt::ISODateWithMs);
    if (!t.isValid())
        return utcIso;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeZone(QTimeZone::UTC);
    return localTime(t);
}

QString kind(PublishTarget::Kind kind)
{
    return kind == PublishTarget::Kind::Folder
               ? QCoreApplication::translate("facet::PublishingText", "Folder")
               : QCoreApplication::translate("facet::PublishingText", "Webhook");
}

QString action(PublicationPlan::Action action)
{
    switch (action) {
    case PublicationPlan::Action::New:
        return QCoreApplication::translate("facet::PublishingText", "new");
    case PublicationPlan::Action::Changed:
        return QCoreApplication::translate("facet::PublishingText", "changed");
    case PublicationPlan::Action::Unchanged:
        return QCoreApplication::translate("facet::PublishingText", "unchanged");
    case PublicationPlan::Action::Withdrawn:
        return QCoreApplication::translate("facet::PublishingText", "withdrawn");
    case PublicationPlan::Action::Held:
        return QCoreApplication::translate("facet::PublishingText", "held");
    }
    return {};
}

QString result(PublishedItem::Result result)
{
    switch (result) {
    case PublishedItem::Result::Written:
        return QCoreApplication::translate("facet::PublishingText", "written");
    case PublishedItem::Result::Unchanged:
        return QCoreApplication::translate("facet::PublishingText", "unchanged");
    case PublishedItem::Result::Withdrawn:
        return QCoreApplication::translate("facet::PublishingText", "withdrawn");
    case PublishedItem::Result::Held:
        return QCoreApplication::translate("facet::PublishingText", "held");
    case PublishedItem::Result::Failed:
        return QCoreApplication::translate("facet::PublishingText", "failed");
    }
    return {};
}

QString status(Publication::Status status)
{
    switch (status) {
    case Publication::Status::Running:
        return QCoreApplication::translate("facet::PublishingText", "running");
    case Publication::Status::Completed:
        return QCoreApplication::translate("facet::PublishingText", "completed");
    case Publication::Status::Failed:
        return QCoreApplication::translate("facet::PublishingText", "failed");
    case Publication::Status::Cancelled:
        return QCoreApplication::translate("facet::PublishingText", "cancelled");
    }
    return {};
}

QString trigger(const QString& trigger)
{
    if (trigger == u"manual")
        return QCoreApplication::translate("facet::PublishingText", "manual");
    if (trigger == u"schedule")
        return QCoreApplication::translate("facet::PublishingText", "schedule");
    if (trigger == u"automatic")
        return QCoreApplication::translate("facet::PublishingText", "automatic");
    return trigger;
}

QString phase(const QString& phase)
{
    if (phase == u"planning")
        return QCoreApplication::translate("facet::PublishingText", "Planning");
    if (phase == u"rendering")
        return QCoreApplication::translate("facet::PublishingText", "Rendering");
    if (phase == u"writing")
        return QCoreApplication::translate("facet::PublishingText", "Writing");
    if (phase == u"delivering")
        return QCoreApplication::translate("facet::PublishingText", "Delivering");
    return phase;
}

QString bytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString duration(const QString& startedAt, const QString& finishedAt)
{
    const QDateTime from = QDateTime::fromString(startedAt, Qt::ISODateWithMs);
    const QDateTime to = QDateTime::fromString(finishedAt, Qt::ISODateWithMs);
    if (!from.isValid() || !to.isValid())
        return {};
    const qint64 ms = from.msecsTo(to);
    if (ms < 60000)
        return QCoreApplication::translate("facet::PublishingText", "%L1 s")
            .arg(double(ms) / 1000.0, 0, 'f', 1);
    return QCoreApplication::translate("facet::PublishingText", "%1 min %2 s")
        .arg(ms / 60000)
        .arg((ms / 1000) % 60);
}

} // namespace facet::PublishingText
