// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/publishing/Publisher.h"

#include "models/assets/RenditionSpec.h"
#include "models/core/Timestamp.h"
#include "models/publishing/FolderPublication.h"
#include "models/publishing/PublisherJob.h"
#include "models/publishing/SecretStore.h"
#include "models/publishing/WebhookDelivery.h"
#include "models/record/Completeness.h"
#include "models/rendering/RenderService.h"
#include "models/rendering/TemplateContext.h"
#include "models/rendering/TemplateSlot.h"
#include "models/storage/PublishingStore.h"
#include "models/storage/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace facet {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::Publisher", text);
}

// Records rendered per batch: progress is reported and cancelling is noticed between batches, on the
// publisher's thread, while each batch spreads over every core.
constexpr qsizetype kRenderBatch = 256;

QString reasonsText(const QList<Finding>& findings)
{
    QStringList lines;
    for (const Finding& f : findings)
        if (f.severity == Finding::Severity::Error)
            lines << f.rule + u": "_s + f.message;
    return lines.join(u'\n');
}

QJsonObject partsJson(const Rendering& r)
{
    QJsonObject parts;
    for (const RenderedPart& p : r.parts) {
        if (p.mediaType.startsWith(u"text/") || p.mediaType == u"application/json" ||
            p.mediaType == u"application/xml" || p.mediaType.startsWith(u"message/"))
            parts.insert(p.name, p.text());
        else
            parts.insert(p.name, QJsonObject{{u"mediaType"_s, p.mediaType},
                                             {u"base64"_s, QString::fromLatin1(p.content.toBase64())}});
    }
    return parts;
}

} // namespace

// Phase timings of planning and publishing: QT_LOGGING_RULES="facet.publishing.debug=true".
Q_LOGGING_CATEGORY(lcPublishing, "facet.publishing", QtInfoMsg)

Publisher::Publisher(Workspace& workspace)
    : m_workspace(workspace)
{
}

PublishingStore& Publisher::store() const
{
    return *m_workspace.m_publishing;
}

QString Publisher::messageKey(const QString& target, const QString& sku, const QString& locale,
                              const QString& revisionHash, const QString& templateVersion,
                              const QString& checksum)
{
    const QString joined =
        QStringList{target, sku, locale, revisionHash, templateVersion, checksum}.join(u'|');
    return QString::fromLatin1(QCryptographicHash::hash(joined.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QList<PublicationPlan> Publisher::plan(const Request& request, Status* status)
{
    const QList<Job> planned = jobs(request, status);
    QList<PublicationPlan> plans;
    for (const Job& job : planned)
        plans << job.plan;
    return plans;
}

QList<Publication> Publisher::publish(const Request& request, const ProgressFn& progress, Status* status)
{
    QList<Job> planned = jobs(request, status);
    if (!*status)
        return {};
    QList<Publication> result;
    for (Job& job : planned) {
        bool cancelled = false;
        Status s;
        const auto publication = run(job, request, progress, &cancelled, &s);
        if (publication)
            result << *publication;
        if (!s) {
            *status = s;
            return result;
        }
        if (cancelled) {
            *status = Status::invalid(tr("cancelled; the targets keep their previous publication"));
            return result;
        }
    }
    *status = Status::ok();
    return result;
}

std::optional<Publication> Publisher::run(Job& job, const Request& request, const ProgressFn& progress,
                                          bool* cancelled, Status* status)
{
    const QString code = job.target.code;
    Publication pub;
    pub.target = code;
    pub.channel = job.channel.code;
    pub.trigger = request.trigger;
    pub.startedBy = m_workspace.session().userName();
    pub.startedAt = utcTimestamp();
    auto report = [&](const QString& phase, qsizetype done, qsizetype total) {
        if (progress && !progress(Progress{code, phase, done, total}))
            *cancelled = true;
        return !*cancelled;
    };

    // One run per target at a time, across processes. Holding the lock also proves that a publication
    // still recorded as running belongs to a process that ended without finishing it.
    std::optional<QLockFile> lock;
    if (!request.dryRun && !m_workspace.path().isEmpty()) {
        lock.emplace(m_workspace.path() + u".publishing-"_s + code + u".lock"_s);
        lock->setStaleLockTime(0);
        if (!lock->tryLock(0)) {
            qint64 pid = 0;
            QString host, application;
            lock->getLockInfo(&pid, &host, &application);
            *status = Status::invalid(
                tr("another publication to %1 is running (process %2 on %3); try again when it has finished")
                    .arg(code)
                    .arg(pid)
                    .arg(host));
            return std::nullopt;
        }
    }
    // Recorded as running before anything is written, so a run that dies leaves a trace.
    if (!request.dryRun) {
        const Status s = m_workspace.transact([&] {
            Status started;
            if (Status ended = store().endInterrupted(
                    code, tr("interrupted: the process publishing it ended before it finished"),
                    pub.startedAt);
                !ended)
                return ended;
            const auto id = store().startPublication(pub, &started);
            if (id)
                pub.id = *id;
            return id ? Status::ok() : started;
        });
        if (!s) {
            *status = s;
            return std::nullopt;
        }
    }
    auto finish = [&](Publication::Status outcome, const QString& message, const QList<PublishedItem>& items,
                      const std::function<Status()>& more) -> std::optional<Publication> {
        pub.status = outcome;
        pub.message = message;
        pub.finishedAt = utcTimestamp();
        if (request.dryRun)
            return pub;
        const Status s = m_workspace.transact([&]() -> Status {
            if (Status st = store().finishPublication(pub, items); !st)
                return st;
            if (more)
                if (Status st = more(); !st)
                    return st;
            return m_workspace.recordEvent(u"publication"_s, code,
                                           {{u"publication"_s, pub.id},
                                            {u"target"_s, code},
                                            {u"channel"_s, pub.channel},
                                            {u"trigger"_s, pub.trigger},
                                            {u"status"_s, Publication::statusName(pub.status)},
                                            {u"written"_s, pub.written},
                                            {u"unchanged"_s, pub.unchanged},
                                            {u"withdrawn"_s, pub.withdrawn},
                                            {u"held"_s, pub.held},
                                            {u"failed"_s, pub.failed},
                                            {u"bytes"_s, pub.bytes},
                                            {u"message"_s, message}});
        });
        if (!s) {
            *status = s;
            return pub;
        }
        Q_EMIT m_workspace.publicationsChanged();
        return pub;
    };
    if (!report(u"planning"_s, 0, 0))
        return finish(Publication::Status::Cancelled, tr("cancelled before anything was written"), {}, {});

    // Render what is new or changed, batch by batch.
    QElapsedTimer clock;
    clock.start();
    QList<PublishedItem> items;
    QHash<QString, const PublicationPlan::Entry*> toRender; // by key(sku, locale)
    QStringList renderSkus;
    QList<QPair<QString, QString>> withdrawn;
    int heldAgain = 0;
    for (const PublicationPlan::Entry& e : std::as_const(job.plan.entries)) {
        switch (e.action) {
        case PublicationPlan::Action::New:
        case PublicationPlan::Action::Changed:
            if (!toRender.contains(key(e.sku, e.locale)) &&
                (renderSkus.isEmpty() || renderSkus.last() != e.sku))
                renderSkus << e.sku;
            toRender.insert(key(e.sku, e.locale), &e);
            break;
        case PublicationPlan::Action::Unchanged:
            ++pub.unchanged;
            break;
        case PublicationPlan::Action::Held:
            if (job.heldAgain.contains(key(e.sku, e.locale))) {
                ++heldAgain;
                break;
            }
            items << PublishedItem{0,
                                   e.sku,
                                   e.locale,
                                   e.revisionHash,
                                   e.templateVersion,
                                   {},
                                   PublishedItem::Result::Held,
                                   reasonsText(e.reasons),
                                   {}};
            break;
        case PublicationPlan::Action::Withdrawn:
            withdrawn << qMakePair(e.sku, e.locale);
            break;
        }
    }
    const auto snapshot = job.snapshot;
    RenderService service(snapshot);
    service.setCaching(false);
    const QList<RenderService::Target> targets = service.targets({job.channel.code});
    QList<Rendering> toWrite;
    QHash<QString, QString> checksums; // by key(sku, locale), of toWrite and of unchanged output
    QList<PublishedItem> sameOutput;   // rendered again, the same bytes: the target needs nothing
    for (qsizetype from = 0; from < renderSkus.size(); from += kRenderBatch) {
        if (!report(u"rendering"_s, from, renderSkus.size()))
            return finish(Publication::Status::Cancelled, tr("cancelled before anything was written"), {},
                          {});
        QList<MasterRecord> records;
        for (const QString& sku : renderSkus.mid(from, kRenderBatch))
            if (auto r = MasterRecord::fromCanonicalJson(job.effective.value(sku).content))
                records << *r;
        for (Rendering& r : service.renderAll(records, targets)) {
            const PublicationPlan::Entry* e = toRender.value(key(r.sku, r.locale));
            if (!e)
                continue;
            r.revisionHash = e->revisionHash;
            PublishedItem item{
                0,  r.sku, r.locale, e->revisionHash, r.templateVersion, {}, PublishedItem::Result::Written,
                {}, {}};
            if (!r.ok()) {
                item.result = PublishedItem::Result::Failed;
                item.message = r.error;
                items << item;
                continue;
            }
            if (hasErrors(r.findings)) {
                item.result = PublishedItem::Result::Held;
                item.message = reasonsText(r.findings);
                items << item;
                continue;
            }
            item.checksum = FolderPublication::checksum(job.channel, r);
            const auto h = job.held.constFind(key(r.sku, r.locale));
            if (h != job.held.constEnd() && h->checksum == item.checksum) {
                item.result = PublishedItem::Result::Unchanged;
                sameOutput << item;
                continue;
            }
            checksums.insert(key(r.sku, r.locale), item.checksum);
            toWrite << r;
        }
    }
    qCDebug(lcPublishing) << code << "rendered" << renderSkus.size() << "records" << clock.restart() << "ms";
    pub.unchanged += int(sameOutput.size());
    pub.held = heldAgain;
    QList<PublishedItem> newHolds; // reasons that depend on the day (expired assets) are looked at again
    for (const PublishedItem& i : std::as_const(items)) {
        (i.result == PublishedItem::Result::Held ? pub.held : pub.failed)++;
        if (i.result == PublishedItem::Result::Held && !i.message.contains(u"asset-expired"))
            newHolds << i;
    }

    if (request.dryRun) {
        pub.written = int(toWrite.size());
        pub.withdrawn = int(withdrawn.size());
        return finish(Publication::Status::Completed, tr("dry run: nothing was written"), {}, {});
    }

    // What the target holds from now on, written in the same transaction as the publication.
    QList<PublishedItem> delivered;
    QList<QPair<QString, QString>> removed;
    QList<DeadLetter> deadLetters;
    if (job.target.kind == PublishTarget::Kind::Folder) {
        FolderPublication::Input input;
        input.publicationId = pub.id;
        input.channel = job.channel;
        input.root = m_workspace.targetFolder(job.target);
        input.settings = job.target.settings;
        input.renderings = toWrite;
        input.withdrawn = withdrawn;
        input.publicationInfo = QJsonObject{{u"id"_s, pub.id},
                                            {u"target"_s, code},
                                            {u"channel"_s, pub.channel},
                                            {u"trigger"_s, pub.trigger},
                                            {u"startedBy"_s, pub.startedBy},
                                            {u"startedAt"_s, pub.startedAt},
                                            {u"workspace"_s, m_workspace.workspaceId()}};
        // The files the pages refer to: the channel's renditions of the assets, named as the renderer linked
        // them (TemplateContext::assetPath).
        static const QRegularExpression assetLink(u"assets/([0-9a-f]{64})(?:\\.[0-9a-f]{16})?\\.[a-z0-9]+"_s);
        QHash<QString, qint64> bySha;
        for (const Asset& a : snapshot->assets)
            bySha.insert(a.sha256, a.id);
        const auto spec = RenditionSpec::forChannel(job.channel);
        QSet<QString> seen;
        for (const Rendering& r : std::as_const(toWrite)) {
            for (const RenderedPart& p : r.parts) {
                if (p.mediaType == u"application/pdf")
                    continue;
                auto matches = assetLink.globalMatch(p.text());
                while (matches.hasNext()) {
                    const auto m = matches.next();
                    const QString path = m.captured(0);
                    const qint64 id = bySha.value(m.captured(1), -1);
                    if (seen.contains(path) || id < 0)
                        continue;
                    seen.insert(path);
                    const Asset& asset = snapshot->assets.value(id);
                    if (TemplateContext::assetPath(asset, job.channel) != path)
                        continue;
                    Status s;
                    QByteArray bytes;
                    if (spec) {
                        if (const auto rendition = m_workspace.rendition(id, *spec, &s))
                            bytes = rendition->content;
                    } else if (const auto original = m_workspace.asset(id)) {
                        bytes = original->content;
                    }
                    if (bytes.isEmpty())
                        return finish(
                            Publication::Status::Failed,
                            tr("the asset %1 cannot be prepared: %2").arg(asset.fileName, s.message()), {},
                            {});
                    input.assets << PublishedFile{path, bytes};
                }
            }
        }
        if (!report(u"writing"_s, 0, toWrite.size()))
            return finish(Publication::Status::Cancelled, tr("cancelled before anything was written"), {},
                          {});
        qCDebug(lcPublishing) << code << "assets" << input.assets.size() << clock.restart() << "ms";
        Status s;
        const auto written =
            FolderPublication::publish(input, [&] { return !report(u"writing"_s, 0, toWrite.size()); }, &s);
        qCDebug(lcPublishing) << code << "folder" << clock.restart() << "ms";
        if (!written) {
            if (*cancelled)
                return finish(Publication::Status::Cancelled,
                              tr("cancelled; the folder keeps its previous publication"), {}, {});
            return finish(Publication::Status::Failed, s.message(), {}, {});
        }
        pub.bytes = written->bytesWritten;
        QHash<QString, FolderPublication::WrittenRendering> byKey;
        for (const FolderPublication::WrittenRendering& w : written->written)
            byKey.insert(key(w.sku, w.locale), w);
        for (const Rendering& r : std::as_const(toWrite)) {
            const auto w = byKey.constFind(key(r.sku, r.locale));
            PublishedItem item{0,
                               r.sku,
                               r.locale,
                               r.revisionHash,
                               r.templateVersion,
                               w != byKey.constEnd() && !w->checksum.isEmpty()
                                   ? w->checksum
                                   : checksums.value(key(r.sku, r.locale)),
                               PublishedItem::Result::Written,
                               {},
                               w != byKey.constEnd() ? w->paths : QStringList()};
            delivered << item;
        }
        removed = withdrawn;
    } else {
        Status s;
        const auto secret = SecretStore(m_workspace.workspaceId()).secret(code, &s);
        if (!secret)
            return finish(Publication::Status::Failed,
                          tr("the webhook target %1 has no secret: %2").arg(code, s.message()), {}, {});
        QList<WebhookDelivery::Message> messages;
        for (const Rendering& r : std::as_const(toWrite)) {
            const QString checksum = checksums.value(key(r.sku, r.locale));
            const QString k = messageKey(code, r.sku, r.locale, r.revisionHash, r.templateVersion, checksum);
            messages << WebhookDelivery::Message{k, r.sku, r.locale,
                                                 QJsonObject{{u"action"_s, u"upsert"_s},
                                                             {u"key"_s, k},
                                                             {u"sku"_s, r.sku},
                                                             {u"locale"_s, r.locale},
                                                             {u"channel"_s, pub.channel},
                                                             {u"revision"_s, r.revisionHash},
                                                             {u"templateVersion"_s, r.templateVersion},
                                                             {u"checksum"_s, checksum},
                                                             {u"parts"_s, partsJson(r)}}};
        }
        for (const auto& [sku, locale] : std::as_const(withdrawn)) {
            const Held h = job.held.value(key(sku, locale));
            const QString k = messageKey(code, sku, locale, u"delete"_s, h.revisionHash, h.checksum);
            messages << WebhookDelivery::Message{k, sku, locale,
                                                 QJsonObject{{u"action"_s, u"delete"_s},
                                                             {u"key"_s, k},
                                                             {u"sku"_s, sku},
                                                             {u"locale"_s, locale},
                                                             {u"channel"_s, pub.channel},
                                                             {u"revision"_s, h.revisionHash}}};
        }
        WebhookDelivery delivery(WebhookDelivery::Settings::fromJson(job.target.settings), *secret, code,
                                 pub.id);
        const QList<WebhookDelivery::Outcome> outcomes = delivery.deliver(
            messages, [&](qsizetype done, qsizetype total) { return report(u"delivering"_s, done, total); });
        for (qsizetype i = 0; i < messages.size() && i < outcomes.size(); ++i) {
            const WebhookDelivery::Message& m = messages.at(i);
            const WebhookDelivery::Outcome& o = outcomes.at(i);
            const bool isDelete = m.body.value(u"action").toString() == u"delete";
            const QByteArray body = QJsonDocument(m.body).toJson(QJsonDocument::Compact);
            if (o.delivered) {
                pub.bytes += body.size();
                if (isDelete)
                    removed << qMakePair(m.sku, m.locale);
                else
                    delivered << PublishedItem{0,
                                               m.sku,
                                               m.locale,
                                               m.body.value(u"revision").toString(),
                                               m.body.value(u"templateVersion").toString(),
                                               m.body.value(u"checksum").toString(),
                                               PublishedItem::Result::Written,
                                               {},
                                               {}};
                continue;
            }
            items << PublishedItem{0,
                                   m.sku,
                                   m.locale,
                                   m.body.value(u"revision").toString(),
                                   m.body.value(u"templateVersion").toString(),
                                   m.body.value(u"checksum").toString(),
                                   PublishedItem::Result::Failed,
                                   o.error,
                                   {}};
            ++pub.failed;
            // A cancelled message was never refused: it is sent by the next publication, not kept as a
            // letter.
            if (!*cancelled)
                deadLetters << DeadLetter{0,    code,       pub.id,       m.sku,   m.locale, m.key,
                                          body, o.attempts, o.httpStatus, o.error, {}};
        }
    }
    pub.written = int(delivered.size());
    pub.withdrawn = int(removed.size());
    for (const auto& [sku, locale] : std::as_const(removed))
        items << PublishedItem{0,
                               sku,
                               locale,
                               {},
                               job.held.value(key(sku, locale)).templateVersion,
                               job.held.value(key(sku, locale)).checksum,
                               PublishedItem::Result::Withdrawn,
                               {},
                               {}};
    items = delivered + items;
    qCDebug(lcPublishing) << code << "delivered" << clock.restart() << "ms";
    const QString message =
        *cancelled ? tr("cancelled during delivery; what was delivered is recorded") : QString();
    const auto done =
        finish(*cancelled ? Publication::Status::Cancelled : Publication::Status::Completed, message, items,
               [&]() -> Status {
                   for (const PublishedItem& i : std::as_const(delivered))
                       if (Status s = store().setHeld(
                               code, i.sku, i.locale,
                               Held{i.revisionHash, i.templateVersion, i.checksum, pub.id, job.contextHash});
                           !s)
                           return s;
                   for (const PublishedItem& i : std::as_const(sameOutput))
                       if (Status s = store().setHeld(
                               code, i.sku, i.locale,
                               Held{i.revisionHash, i.templateVersion, i.checksum, pub.id, job.contextHash});
                           !s)
                           return s;
                   for (const auto& [sku, locale] : std::as_const(removed))
                       if (Status s = store().removeHeld(code, sku, locale); !s)
                           return s;
                   for (const PublishedItem& i : std::as_const(newHolds))
                       if (Status s = store().setHold(code, i.sku, i.locale,
                                                      PublishingStore::Hold{i.revisionHash, i.templateVersion,
                                                                            job.contextHash, i.message});
                           !s)
                           return s;
                   for (const PublishedItem& i : delivered + sameOutput)
                       if (job.holds.contains(key(i.sku, i.locale)))
                           if (Status s = store().removeHold(code, i.sku, i.locale); !s)
                               return s;
                   for (const DeadLetter& d : std::as_const(deadLetters))
                       if (Status s = store().addDeadLetter(d); !s)
                           return s;
                   return Status::ok();
               });
    qCDebug(lcPublishing) << code << "recorded" << clock.restart() << "ms";
    return done;
}

} // namespace facet
