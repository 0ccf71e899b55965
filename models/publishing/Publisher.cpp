// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/publishing/Publisher.h"

#include "models/assets/RenditionSpec.h"
#include "models/core/Timestamp.h"
#include "models/publishing/FolderPublication.h"
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
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace facet {

namespace {

// Phase timings of planning and publishing: QT_LOGGING_RULES="facet.publishing.debug=true".
Q_LOGGING_CATEGORY(lcPublishing, "facet.publishing", QtInfoMsg)

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::Publisher", text);
}

// Records rendered per batch: progress is reported and cancelling is noticed between batches, on the
// publisher's thread, while each batch spreads over every core.
constexpr qsizetype kRenderBatch = 256;

using Effective = PublishingStore::Effective;
using Held = PublishingStore::Held;

QString key(const QString& sku, const QString& locale)
{
    return PublishingStore::heldKey(sku, locale);
}

// What a channel's renderings are made with: the version of every slot's template, as a rendering reports it.
QString templateVersionOf(const RenderService::Snapshot& snapshot, const Channel& channel)
{
    QStringList versions;
    const QList<ChannelTemplate> templates = snapshot.templates.value(channel.code);
    for (const TemplateSlot& slot : TemplateSlot::forKind(channel.kind))
        for (const ChannelTemplate& t : templates)
            if (t.name == slot.name)
                versions << t.versionTag();
    return versions.join(u' ');
}

QList<qint64> assetIds(const Catalog& catalog, const MasterRecord& record)
{
    QList<qint64> ids;
    for (auto it = record.values.cbegin(); it != record.values.cend(); ++it) {
        const Attribute* a = catalog.attribute(it.key().attribute);
        if (a && a->type == AttributeType::Asset && it.value().isDouble())
            ids << qint64(it.value().toDouble());
    }
    return ids;
}

Finding incompleteFinding(const Completeness& c)
{
    Finding f;
    f.severity = Finding::Severity::Error;
    f.rule = u"incomplete"_s;
    f.measured = QString::number(c.percent()) + u'%';
    f.limit = u"100%"_s;
    f.attribute = c.missing.value(0);
    f.message = tr("The record is incomplete for this channel in %1: %2 missing.")
                    .arg(c.locale, c.missing.join(u", "));
    return f;
}

Finding expiredFinding(const Asset& asset)
{
    Finding f;
    f.severity = Finding::Severity::Error;
    f.rule = u"asset-expired"_s;
    f.measured = asset.metadata.expires.toString(Qt::ISODate);
    f.limit = QDate::currentDate().toString(Qt::ISODate);
    f.message =
        tr("The asset %1 expired on %2; channels may no longer use it.").arg(asset.fileName, f.measured);
    return f;
}

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

QList<Publisher::Job> Publisher::jobs(const Request& request, Status* status)
{
    const Catalog& catalog = m_workspace.catalog();
    const Session& session = m_workspace.session();
    auto fail = [status](const Status& s) {
        *status = s;
        return QList<Job>();
    };
    if (!session.canAct())
        return fail(Status::invalid(tr("this workspace has users: sign in to publish")));
    for (const QString& channel : request.channels)
        if (!catalog.channel(channel))
            return fail(Status::invalid(tr("there is no channel “%1”").arg(channel)));
    QList<PublishTarget> chosen;
    if (!request.targets.isEmpty()) {
        for (const QString& code : request.targets) {
            const auto target = store().target(code);
            if (!target)
                return fail(Status::invalid(tr("there is no publishing target “%1”").arg(code)));
            if (!target->enabled)
                return fail(Status::invalid(tr("the publishing target “%1” is disabled").arg(code)));
            if (!request.channels.isEmpty() && !request.channels.contains(target->channel))
                continue;
            chosen << *target;
        }
    } else {
        for (const PublishTarget& target : store().targets())
            if (target.enabled && (request.channels.isEmpty() || request.channels.contains(target.channel)))
                chosen << target;
        for (const QString& channel : request.channels)
            if (std::none_of(chosen.cbegin(), chosen.cend(),
                             [&](const PublishTarget& t) { return t.channel == channel; }))
                return fail(
                    Status::invalid(tr("the channel “%1” has no enabled publishing target").arg(channel)));
    }
    if (chosen.isEmpty())
        return fail(Status::invalid(tr("there is nothing to publish to: no enabled target matches")));
    // Every channel is checked before anything is planned, so a refusal changes nothing anywhere.
    for (const PublishTarget& target : std::as_const(chosen)) {
        const Channel* channel = catalog.channel(target.channel);
        if (!channel)
            return fail(Status::invalid(
                tr("the target “%1” publishes the unknown channel “%2”").arg(target.code, target.channel)));
        if (!session.canPublish(target.channel))
            return fail(
                Status::invalid(tr("%1 may not publish to the channel “%2”: none of their roles grants it")
                                    .arg(session.userName(), channel->label(catalog.defaultLocale()))));
    }
    for (const QString& sku : request.skus)
        if (!m_workspace.record(sku))
            return fail(Status::invalid(tr("no product with SKU “%1”").arg(sku)));

    QElapsedTimer clock;
    clock.start();
    const auto snapshot = RenderService::snapshot(m_workspace, false);
    qCDebug(lcPublishing) << "snapshot" << clock.restart() << "ms";
    const QDate today = QDate::currentDate();
    QSet<qint64> expired;
    for (const Asset& a : snapshot->assets)
        if (a.metadata.isExpired(today))
            expired.insert(a.id);
    QHash<int, QList<Effective>> byLevel; // channels of one level share their effective revisions
    QHash<qint64, QByteArray> contents;   // revision contents read so far, by revision id
    QHash<QString, std::optional<MasterRecord>> parsed; // by revision hash
    auto recordOf = [&parsed](const Effective& e) -> const std::optional<MasterRecord>& {
        auto it = parsed.find(e.hash);
        if (it == parsed.end())
            it = parsed.insert(e.hash, MasterRecord::fromCanonicalJson(e.content));
        return *it;
    };

    QList<Job> result;
    for (const PublishTarget& target : std::as_const(chosen)) {
        Job job;
        job.target = target;
        job.channel = *catalog.channel(target.channel);
        job.locales = job.channel.locales.isEmpty() ? catalog.localeCodes() : job.channel.locales;
        job.snapshot = snapshot;
        job.templateVersion = templateVersionOf(*snapshot, job.channel);
        job.contextHash = QString::fromLatin1(
            QCryptographicHash::hash(
                QByteArray(job.channel.kind.toUtf8() + '\n' +
                           QJsonDocument(job.channel.settings).toJson(QJsonDocument::Compact)),
                QCryptographicHash::Sha256)
                .toHex());
        const int level = job.channel.requiredLevel;
        // A whole-catalog plan is compared with the target in SQL and reads only the records that changed;
        // a plan for named records, or one that must look for expired assets in every record, reads them all.
        const bool whole = request.skus.isEmpty();
        const bool everything = !whole || !expired.isEmpty();
        if (!byLevel.contains(level)) {
            Status s;
            byLevel.insert(level, whole ? store().stageEffective(level, &s)
                                        : store().effectiveRevisions(level, request.skus, &s));
            if (!s)
                return fail(s);
        }
        for (const Effective& e : byLevel.value(level))
            job.effective.insert(e.sku, e);
        qCDebug(lcPublishing) << target.code << "effective revisions" << clock.restart() << "ms";
        Status s;
        job.holds = store().holds(target.code, request.skus, &s);
        QSet<QString> withHolds; // these records' locales are compared one by one
        for (auto it = job.holds.cbegin(); it != job.holds.cend(); ++it)
            withHolds.insert(it.key().section(u'\x1f', 0, 0));
        QSet<QString> stale;
        if (s && everything) {
            job.held = store().heldBy(target.code, request.skus, &s);
        } else if (s) {
            const QStringList changed = store().staleRecords(target.code, level, job.locales,
                                                             job.templateVersion, job.contextHash, &s);
            stale = QSet<QString>(changed.cbegin(), changed.cend());
            const QStringList compared = (stale | withHolds).values();
            if (s && !compared.isEmpty())
                job.held = store().heldBy(target.code, compared, &s);
            if (s)
                job.held.insert(store().heldBeyond(target.code, level, job.locales, &s));
        }
        if (!s)
            return fail(s);
        qCDebug(lcPublishing) << target.code << "held and holds" << clock.restart() << "ms";
        auto current = [&](const QString& sku) {
            return !everything && !stale.contains(sku) && !withHolds.contains(sku);
        };
        // Only the revisions that changed for this target are read (and with an expired asset, all).
        QList<qint64> missing;
        for (auto it = job.effective.begin(); it != job.effective.end(); ++it) {
            if (contents.contains(it->id) || current(it->sku))
                continue;
            bool needed = !expired.isEmpty();
            for (const QString& locale : std::as_const(job.locales)) {
                const auto h = job.held.constFind(key(it->sku, locale));
                const auto hold = job.holds.constFind(key(it->sku, locale));
                const bool same = h != job.held.constEnd() && h->revisionHash == it->hash &&
                                  h->templateVersion == job.templateVersion &&
                                  h->contextHash == job.contextHash;
                const bool heldAgain = hold != job.holds.constEnd() && hold->revisionHash == it->hash &&
                                       hold->templateVersion == job.templateVersion &&
                                       hold->contextHash == job.contextHash;
                needed = needed || (!same && !heldAgain);
            }
            if (needed)
                missing << it->id;
        }
        contents.insert(store().revisionContents(missing, &s));
        if (!s)
            return fail(s);
        for (auto it = job.effective.begin(); it != job.effective.end(); ++it)
            it->content = contents.value(it->id);
        qCDebug(lcPublishing) << target.code << "contents of" << missing.size() << "revisions"
                              << clock.restart() << "ms";

        job.plan.target = target.code;
        job.plan.channel = target.channel;
        job.plan.requiredLevel = level;
        QStringList skus = job.effective.keys();
        std::sort(skus.begin(), skus.end());
        for (const QString& sku : std::as_const(skus)) {
            const Effective& e = job.effective.value(sku);
            if (current(sku)) { // published as it is, in every locale
                for (const QString& locale : std::as_const(job.locales))
                    job.plan.entries << PublicationPlan::Entry{
                        sku, locale, e.hash, job.templateVersion, PublicationPlan::Action::Unchanged, {}};
                continue;
            }
            // Only a record whose revision changed, or that refers to an expired asset, is read here: an
            // unchanged revision was complete and valid when it was published.
            std::optional<QList<Completeness>> completeness;
            for (const QString& locale : std::as_const(job.locales)) {
                PublicationPlan::Entry entry{
                    sku, locale, e.hash, job.templateVersion, PublicationPlan::Action::New, {}};
                const auto h = job.held.constFind(key(sku, locale));
                const bool same = h != job.held.constEnd() && h->revisionHash == e.hash &&
                                  h->templateVersion == job.templateVersion &&
                                  h->contextHash == job.contextHash;
                if (h != job.held.constEnd())
                    entry.action =
                        same ? PublicationPlan::Action::Unchanged : PublicationPlan::Action::Changed;
                if (same && expired.isEmpty()) {
                    job.plan.entries << entry;
                    continue;
                }
                const auto hold = job.holds.constFind(key(sku, locale));
                if (!same && expired.isEmpty() && hold != job.holds.constEnd() &&
                    hold->revisionHash == e.hash && hold->templateVersion == job.templateVersion &&
                    hold->contextHash == job.contextHash) {
                    entry.action = PublicationPlan::Action::Held;
                    for (const QString& line : hold->reasons.split(u'\n', Qt::SkipEmptyParts))
                        entry.reasons << Finding::make(Finding::Severity::Error, line.section(u": "_s, 0, 0),
                                                       line.section(u": "_s, 1));
                    job.heldAgain.insert(key(sku, locale));
                    job.plan.entries << entry;
                    continue;
                }
                const std::optional<MasterRecord>& record = recordOf(e);
                if (!record) {
                    entry.action = PublicationPlan::Action::Held;
                    entry.reasons << Finding::make(
                        Finding::Severity::Error, u"revision-damaged"_s,
                        tr("revision %1 of %2 cannot be read").arg(e.hash.left(12), sku));
                    job.plan.entries << entry;
                    continue;
                }
                for (qint64 id : assetIds(catalog, *record))
                    if (expired.contains(id))
                        entry.reasons << expiredFinding(snapshot->assets.value(id));
                if (!same) {
                    if (!completeness)
                        completeness = Completeness::compute(catalog, *record);
                    for (const Completeness& c : *completeness)
                        if (c.channel == job.channel.code && c.locale == locale && !c.missing.isEmpty())
                            entry.reasons << incompleteFinding(c);
                }
                if (!entry.reasons.isEmpty())
                    entry.action = PublicationPlan::Action::Held;
                job.plan.entries << entry;
            }
        }
        // Published before, not effective now (never approved that far again, removed, or a locale dropped).
        QStringList gone;
        for (auto it = job.held.cbegin(); it != job.held.cend(); ++it)
            if (!job.effective.contains(it.key().section(u'\x1f', 0, 0)) ||
                !job.locales.contains(it.key().section(u'\x1f', 1)))
                gone << it.key();
        std::sort(gone.begin(), gone.end());
        for (const QString& k : std::as_const(gone))
            job.plan.entries << PublicationPlan::Entry{k.section(u'\x1f', 0, 0),
                                                       k.section(u'\x1f', 1),
                                                       {},
                                                       job.held.value(k).templateVersion,
                                                       PublicationPlan::Action::Withdrawn,
                                                       {}};
        qCDebug(lcPublishing) << target.code << "plan" << clock.restart() << "ms";
        result << job;
    }
    *status = Status::ok();
    return result;
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

    // Recorded as running before anything is written, so a run that dies leaves a trace.
    if (!request.dryRun) {
        const Status s = m_workspace.transact([&] {
            Status started;
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
