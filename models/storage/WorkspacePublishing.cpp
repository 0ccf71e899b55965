// SPDX-License-Identifier: GPL-3.0-or-later
// The Workspace's publishing half: targets, the publication history, schedules and dead letters. Publisher
// (models/publishing) plans and runs publications on top of it; the rest of the class is in Workspace.cpp.
#include "models/core/Timestamp.h"
#include "models/publishing/PublicationSchedule.h"
#include "models/storage/PublishingStore.h"
#include "models/storage/SqlDialect.h"
#include "models/storage/Transaction.h"
#include "models/storage/Workspace.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace facet {

QString Workspace::workspaceId() const
{
    return m_publishing->workspaceId();
}

QList<PublishTarget> Workspace::publishTargets(const QString& channel) const
{
    return m_publishing->targets(channel);
}

std::optional<PublishTarget> Workspace::publishTarget(const QString& code) const
{
    return m_publishing->target(code);
}

Status Workspace::savePublishTarget(const PublishTarget& target)
{
    if (Status s = refuseUnless(Permission::ManageChannels); !s)
        return s;
    static const QRegularExpression codePattern(u"^[a-z0-9][a-z0-9_-]{0,63}$"_s);
    if (!codePattern.match(target.code).hasMatch())
        return Status::invalid(tr("the target code “%1” must be 1 to 64 lower-case letters, digits, '-' or "
                                  "'_', starting with a letter or digit")
                                   .arg(target.code));
    if (!m_catalog.channel(target.channel))
        return Status::invalid(tr("there is no channel “%1”").arg(target.channel));
    if (target.kind == PublishTarget::Kind::Folder) {
        if (target.settings.value(u"path").toString().trimmed().isEmpty())
            return Status::invalid(tr("the folder target %1 needs a path").arg(target.code));
    } else {
        const QUrl url(target.settings.value(u"url").toString(), QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
            return Status::invalid(tr("the webhook target %1 needs an http or https URL, not “%2”")
                                       .arg(target.code, target.settings.value(u"url").toString()));
    }
    const bool existed = m_publishing->target(target.code).has_value();
    Transaction transaction(db(), *m_dialect);
    if (!transaction.isActive())
        return Status::internal(tr("the workspace is busy or read-only: %1").arg(transaction.errorText()));
    if (Status s = m_publishing->saveTarget(target); !s)
        return s;
    if (Status s = audit(u"target-save"_s, target.code,
                         {{u"channel"_s, target.channel},
                          {u"kind"_s, PublishTarget::kindName(target.kind)},
                          {u"settings"_s, target.settings},
                          {u"automatic"_s, target.automatic},
                          {u"enabled"_s, target.enabled},
                          {u"created"_s, !existed}});
        !s)
        return s;
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    Q_EMIT auditAppended();
    Q_EMIT publicationsChanged();
    return Status::ok();
}

Status Workspace::removePublishTarget(const QString& code)
{
    if (Status s = refuseUnless(Permission::ManageChannels); !s)
        return s;
    const auto target = m_publishing->target(code);
    if (!target)
        return Status::invalid(tr("there is no publishing target “%1”").arg(code));
    Transaction transaction(db(), *m_dialect);
    if (!transaction.isActive())
        return Status::internal(tr("the workspace is busy or read-only: %1").arg(transaction.errorText()));
    if (Status s = m_publishing->removeTarget(code); !s)
        return s;
    if (Status s =
            audit(u"target-remove"_s, code,
                  {{u"channel"_s, target->channel}, {u"kind"_s, PublishTarget::kindName(target->kind)}});
        !s)
        return s;
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    Q_EMIT auditAppended();
    Q_EMIT publicationsChanged();
    return Status::ok();
}

QString Workspace::targetFolder(const PublishTarget& target) const
{
    const QString path = target.settings.value(u"path").toString();
    if (path.isEmpty())
        return {};
    return QDir::cleanPath(QFileInfo(m_path).dir().absoluteFilePath(path));
}

QList<Publication> Workspace::publications(const QString& target, int limit) const
{
    return m_publishing->publications(target, limit);
}

std::optional<Publication> Workspace::publication(qint64 id) const
{
    return m_publishing->publication(id);
}

QList<PublishedItem> Workspace::publishedItems(qint64 publicationId) const
{
    return m_publishing->items(publicationId);
}

QList<PublishedItem> Workspace::publishedItemsFor(const QString& channel, const QDateTime& from,
                                                  const QDateTime& to) const
{
    return m_publishing->itemsFor(channel, from.toUTC().toString(Qt::ISODateWithMs),
                                  to.toUTC().toString(Qt::ISODateWithMs));
}

QList<PublicationSchedule> Workspace::schedules() const
{
    return m_publishing->schedules();
}

QStringList Workspace::scheduleChannels(const PublicationSchedule& schedule, Status* status) const
{
    QStringList channels;
    if (!schedule.targets.isEmpty()) {
        for (const QString& code : schedule.targets) {
            const auto target = m_publishing->target(code);
            if (!target) {
                *status = Status::invalid(tr("there is no publishing target “%1”").arg(code));
                return {};
            }
            if (!channels.contains(target->channel))
                channels << target->channel;
        }
        return channels;
    }
    if (!schedule.channels.isEmpty()) {
        for (const QString& code : schedule.channels)
            if (!m_catalog.channel(code)) {
                *status = Status::invalid(tr("there is no channel “%1”").arg(code));
                return {};
            }
        return schedule.channels;
    }
    for (const Channel& c : m_catalog.channels)
        channels << c.code;
    return channels;
}

std::optional<qint64> Workspace::saveSchedule(const PublicationSchedule& schedule, Status* status)
{
    auto fail = [status](const Status& s) {
        *status = s;
        return std::optional<qint64>();
    };
    if (Status s = refuseUnlessActing(); !s)
        return fail(s);
    if (!PublicationSchedule::isValidRecurrence(schedule.recurrence))
        return fail(Status::invalid(tr("“%1” is not a recurrence: use hourly, daily, weekly or “every N "
                                       "minutes”")
                                        .arg(schedule.recurrence)));
    Status local;
    const QStringList channels = scheduleChannels(schedule, &local);
    if (!local)
        return fail(local);
    for (const QString& channel : channels)
        if (!m_session.canPublish(channel))
            return fail(Status::invalid(
                tr("%1 may not publish to the channel “%2”").arg(m_session.userName(), channel)));
    PublicationSchedule stored = schedule;
    if (stored.id > 0) {
        const auto before = m_publishing->schedule(stored.id);
        if (!before)
            return fail(Status::invalid(tr("there is no schedule %1").arg(stored.id)));
        stored.createdBy = before->createdBy;
    } else {
        stored.createdBy = m_session.userName();
    }
    // A schedule runs first at its embargo's end, or at once without an embargo.
    if (!stored.nextRun.isValid() && stored.enabled)
        stored.nextRun =
            stored.notBefore.isValid() ? stored.notBefore.toUTC() : QDateTime::currentDateTimeUtc();
    Transaction transaction(db(), *m_dialect);
    if (!transaction.isActive())
        return fail(
            Status::internal(tr("the workspace is busy or read-only: %1").arg(transaction.errorText())));
    const auto id = m_publishing->saveSchedule(stored, status);
    if (!id)
        return std::nullopt;
    if (Status s = audit(u"schedule-save"_s, QString::number(*id),
                         {{u"targets"_s, QJsonArray::fromStringList(stored.targets)},
                          {u"channels"_s, QJsonArray::fromStringList(stored.channels)},
                          {u"notBefore"_s, stored.notBefore.toUTC().toString(Qt::ISODateWithMs)},
                          {u"recurrence"_s, stored.recurrence},
                          {u"nextRun"_s, stored.nextRun.toUTC().toString(Qt::ISODateWithMs)},
                          {u"enabled"_s, stored.enabled}});
        !s)
        return fail(s);
    if (!transaction.commit())
        return fail(Status::internal(transaction.errorText()));
    Q_EMIT auditAppended();
    Q_EMIT publicationsChanged();
    *status = Status::ok();
    return id;
}

Status Workspace::removeSchedule(qint64 id)
{
    if (Status s = refuseUnlessActing(); !s)
        return s;
    const auto schedule = m_publishing->schedule(id);
    if (!schedule)
        return Status::invalid(tr("there is no schedule %1").arg(id));
    Status local;
    const QStringList channels = scheduleChannels(*schedule, &local);
    // A schedule whose target is gone can still be removed by whoever may publish everything it could reach.
    for (const QString& channel : local ? channels : QStringList{})
        if (!m_session.canPublish(channel))
            return Status::invalid(
                tr("%1 may not publish to the channel “%2”").arg(m_session.userName(), channel));
    Transaction transaction(db(), *m_dialect);
    if (!transaction.isActive())
        return Status::internal(tr("the workspace is busy or read-only: %1").arg(transaction.errorText()));
    if (Status s = m_publishing->removeSchedule(id); !s)
        return s;
    if (Status s = audit(u"schedule-remove"_s, QString::number(id),
                         {{u"targets"_s, QJsonArray::fromStringList(schedule->targets)},
                          {u"channels"_s, QJsonArray::fromStringList(schedule->channels)}});
        !s)
        return s;
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    Q_EMIT auditAppended();
    Q_EMIT publicationsChanged();
    return Status::ok();
}

QList<DeadLetter> Workspace::deadLetters(const QString& target) const
{
    return m_publishing->deadLetters(target);
}

Status Workspace::queueAutomaticPublications(const QString& sku, const QString& revisionHash, int levelBefore,
                                             int levelAfter)
{
    for (const PublishTarget& target : m_publishing->targets()) {
        if (!target.automatic || !target.enabled)
            continue;
        const Channel* channel = m_catalog.channel(target.channel);
        if (!channel || levelBefore >= channel->requiredLevel || levelAfter < channel->requiredLevel)
            continue;
        if (Status s = m_publishing->enqueue(target.code, sku, revisionHash, m_session.userName()); !s)
            return s;
    }
    return Status::ok();
}

} // namespace facet
