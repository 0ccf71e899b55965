// SPDX-License-Identifier: GPL-3.0-or-later
// Publishing without someone pressing a button: schedules, the automatic queue and dead letters retried.
#include "models/publishing/Publisher.h"
#include "models/publishing/PublisherJob.h"
#include "models/publishing/SecretStore.h"
#include "models/publishing/WebhookDelivery.h"
#include "models/storage/Workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace facet {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::Publisher", text);
}

} // namespace

QList<Publication> Publisher::publishDue(const QDateTime& now, const ProgressFn& progress, Status* status)
{
    QList<Publication> result;
    *status = Status::ok();
    auto remember = [status](const Status& s) {
        if (!s && status->isOk())
            *status = s;
    };
    for (PublicationSchedule schedule : store().schedules()) {
        if (!schedule.isDue(now))
            continue;
        Request request;
        request.channels = schedule.channels;
        request.targets = schedule.targets;
        request.trigger = u"schedule"_s;
        Status s;
        result << publish(request, progress, &s);
        if (!s) {
            // A refused schedule stays due, so it runs once whatever stopped it is fixed.
            remember(s);
            continue;
        }
        schedule.nextRun = schedule.following(now);
        remember(m_workspace.transact([&]() -> Status {
            Status st;
            return store().saveSchedule(schedule, &st) ? Status::ok() : st;
        }));
    }
    // The automatic queue, one publication per target with every record queued for it.
    QMap<QString, QList<PublishingStore::Queued>> byTarget;
    for (const PublishingStore::Queued& q : store().queued())
        byTarget[q.target] << q;
    for (auto it = byTarget.cbegin(); it != byTarget.cend(); ++it) {
        QList<qint64> ids;
        QStringList skus;
        for (const PublishingStore::Queued& q : it.value()) {
            ids << q.id;
            // A record removed since it was queued is withdrawn by the next full publication.
            if (!skus.contains(q.sku) && m_workspace.record(q.sku))
                skus << q.sku;
        }
        const auto target = store().target(it.key());
        if (target && target->enabled && !skus.isEmpty()) {
            Request request;
            request.targets = {it.key()};
            request.skus = skus;
            request.trigger = u"automatic"_s;
            Status s;
            result << publish(request, progress, &s);
            if (!s) {
                remember(s);
                continue;
            }
        }
        remember(m_workspace.transact([&] { return store().dequeue(ids); }));
    }
    return result;
}

Status Publisher::retryDeadLetters(const QString& target, const QList<qint64>& ids)
{
    const auto t = store().target(target);
    if (!t)
        return Status::invalid(tr("there is no publishing target “%1”").arg(target));
    if (!m_workspace.session().canPublish(t->channel))
        return Status::invalid(
            tr("%1 may not publish to the channel “%2”").arg(m_workspace.session().userName(), t->channel));
    QList<DeadLetter> letters;
    for (const DeadLetter& d : store().deadLetters(target))
        if (ids.isEmpty() || ids.contains(d.id))
            letters << d;
    for (qint64 id : ids)
        if (std::none_of(letters.cbegin(), letters.cend(), [id](const DeadLetter& d) { return d.id == id; }))
            return Status::invalid(tr("the target %1 has no dead letter %2").arg(target).arg(id));
    if (letters.isEmpty())
        return Status::ok();
    Status s;
    const auto secret = SecretStore(m_workspace.workspaceId()).secret(target, &s);
    if (!secret)
        return Status::invalid(tr("the webhook target %1 has no secret: %2").arg(target, s.message()));
    QList<WebhookDelivery::Message> messages;
    for (const DeadLetter& d : std::as_const(letters))
        messages << WebhookDelivery::Message{d.key, d.sku, d.locale,
                                             QJsonDocument::fromJson(d.body).object()};
    WebhookDelivery delivery(WebhookDelivery::Settings::fromJson(t->settings), *secret, target,
                             letters.first().publicationId);
    const QList<WebhookDelivery::Outcome> outcomes = delivery.deliver(messages);
    int delivered = 0;
    const Status recorded = m_workspace.transact([&]() -> Status {
        for (qsizetype i = 0; i < letters.size() && i < outcomes.size(); ++i) {
            DeadLetter d = letters.at(i);
            const WebhookDelivery::Outcome& o = outcomes.at(i);
            const QJsonObject& body = messages.at(i).body;
            if (o.delivered) {
                ++delivered;
                if (Status st = store().removeDeadLetter(d.id); !st)
                    return st;
                const Status st = body.value(u"action").toString() == u"delete"
                                      ? store().removeHeld(target, d.sku, d.locale)
                                      : store().setHeld(target, d.sku, d.locale,
                                                        Held{body.value(u"revision").toString(),
                                                             body.value(u"templateVersion").toString(),
                                                             body.value(u"checksum").toString(),
                                                             d.publicationId,
                                                             // Which channel settings the letter was made
                                                             // with is not known: the next plan renders it
                                                             // again and sends it only if its output differs.
                                                             {}});
                if (!st)
                    return st;
                continue;
            }
            d.attempts += o.attempts;
            d.httpStatus = o.httpStatus;
            d.error = o.error;
            if (Status st = store().updateDeadLetter(d); !st)
                return st;
        }
        return m_workspace.recordEvent(
            u"dead-letter-retry"_s, target,
            {{u"target"_s, target}, {u"retried"_s, int(letters.size())}, {u"delivered"_s, delivered}});
    });
    if (!recorded)
        return recorded;
    Q_EMIT m_workspace.publicationsChanged();
    if (delivered < letters.size())
        return Status::invalid(tr("%1 of %2 messages to %3 were still not delivered; they stay in the "
                                  "dead-letter list")
                                   .arg(letters.size() - delivered)
                                   .arg(letters.size())
                                   .arg(target));
    return Status::ok();
}

} // namespace facet
