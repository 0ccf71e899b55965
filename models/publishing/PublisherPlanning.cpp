// SPDX-License-Identifier: GPL-3.0-or-later
// Planning: what each target is to get, compared with what it holds.
#include "models/publishing/Publisher.h"
#include "models/publishing/PublisherJob.h"
#include "models/record/Completeness.h"
#include "models/rendering/TemplateSlot.h"
#include "models/storage/Workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace facet {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::Publisher", text);
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

} // namespace

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

} // namespace facet
