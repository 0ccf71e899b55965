// SPDX-License-Identifier: GPL-3.0-or-later
// Publishing on the demo workspace: only effective revisions reach a channel (design invariant 3), every
// publication is recorded with its items and an audit entry (invariant 5), republishing is incremental, and
// held records, withdrawals, permissions, schedules and the automatic queue behave as documented.
#include "models/access/PasswordHasher.h"
#include "models/publishing/PublicationPlan.h"
#include "models/publishing/Publisher.h"
#include "models/storage/Workspace.h"
#include "tests/common/DemoWorkspaceFile.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace facet;
using namespace Qt::StringLiterals;

namespace {

const ValueKey kName{u"name"_s, u"en_US"_s, {}};

} // namespace

class TestPublishing : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;

    void signIn(const QString& user)
    {
        const Status s = m_ws->signIn(user, DemoWorkspace::password());
        QVERIFY2(s.isOk(), qPrintable(s.message()));
    }

    // A record whose newest submitted revision stands at `stage` and that has no revision effective for
    // `channel`, or (with effective = true) one that has.
    QString skuAt(const QString& stage, const QString& channel, bool effective)
    {
        ProductQuery query;
        query.limit = 1000;
        for (const ProductRow& row : m_ws->products(query)) {
            const auto current = m_ws->currentRevision(row.sku);
            if (current && current->stage == stage &&
                m_ws->effectiveRevision(row.sku, channel).has_value() == effective && !expiredImage(row.sku))
                return row.sku;
        }
        return {};
    }

    // The demo has an asset that expired on purpose; records showing it are held wherever they go.
    qint64 imageOf(const QString& sku)
    {
        const auto record = m_ws->record(sku);
        const QJsonValue v = record ? record->value(ValueKey{u"main_image"_s, {}, {}}) : QJsonValue();
        return v.isDouble() ? qint64(v.toDouble()) : -1;
    }

    bool expiredImage(const QString& sku)
    {
        const auto asset = m_ws->assetInfo(imageOf(sku));
        return asset && asset->metadata.isExpired();
    }

    // With an expired asset anywhere, every record is looked at again; without one, the plan is compared
    // with the target in SQL. Both ways must come to the same plan.
    void renewExpiredAssets()
    {
        for (const Asset& a : m_ws->assets())
            if (a.metadata.isExpired()) {
                AssetMetadata metadata = a.metadata;
                metadata.expires = {};
                QVERIFY(m_ws->saveAssetMetadata(a.id, metadata).isOk());
            }
    }

    QMap<PublicationPlan::Action, QStringList> planOf(const QString& target)
    {
        Status status;
        const QList<PublicationPlan> plans = Publisher(*m_ws).plan(to(target), &status);
        QMap<PublicationPlan::Action, QStringList> byAction;
        if (!status.isOk() || plans.size() != 1) {
            qWarning() << status.message();
            return byAction;
        }
        for (const PublicationPlan::Entry& e : plans.first().entries)
            byAction[e.action] << e.sku + u'/' + e.locale;
        return byAction;
    }

    QList<Publication> publish(Publisher::Request request, Status* status)
    {
        Publisher publisher(*m_ws);
        return publisher.publish(request, {}, status);
    }

    Publication publishOne(const Publisher::Request& request)
    {
        Status status;
        const QList<Publication> pubs = publish(request, &status);
        if (!status.isOk())
            qWarning() << status.message();
        return pubs.size() == 1 ? pubs.first() : Publication{};
    }

    static Publisher::Request to(const QString& target, const QStringList& skus = {})
    {
        Publisher::Request r;
        r.targets = {target};
        r.skus = skus;
        return r;
    }

    QStringList itemSkus(qint64 publicationId, PublishedItem::Result result)
    {
        QStringList skus;
        for (const PublishedItem& i : m_ws->publishedItems(publicationId))
            if (i.result == result)
                skus << i.sku;
        return skus;
    }

    // Edits as mia, submits, and approves through editorial (max) and brand review (ben): released.
    void changeAndRelease(const QString& sku, const ValueKey& key, const QJsonValue& value)
    {
        changeAndRelease(sku, QList<QPair<ValueKey, QJsonValue>>{{key, value}});
    }

    void changeAndRelease(const QString& sku, const QList<QPair<ValueKey, QJsonValue>>& changes)
    {
        signIn(u"mia"_s);
        auto record = m_ws->record(sku);
        QVERIFY(record);
        for (const auto& [key, value] : changes)
            record->setValue(key, value);
        Status s = m_ws->saveRecord(*record);
        QVERIFY2(s.isOk(), qPrintable(s.message()));
        QVERIFY2(m_ws->submit(sku, u"new text"_s, &s), qPrintable(s.message()));
        for (const QString& user : {u"max"_s, u"ben"_s}) {
            signIn(user);
            s = m_ws->approve(sku, m_ws->currentRevision(sku)->revision.hash, u"ok"_s);
            QVERIFY2(s.isOk(), qPrintable(s.message()));
        }
        signIn(u"ada"_s);
    }

    QString folder(const QString& target) { return m_ws->targetFolder(*m_ws->publishTarget(target)); }

    QString page(const QString& sku, const QString& lang = u"en-us"_s)
    {
        QFile f(folder(u"ecommerce"_s) + u'/' + lang + u'/' + sku + u".html"_s);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    qint64 count(const QString& table)
    {
        QSqlQuery q(QSqlDatabase::database(u"check"_s));
        q.exec(u"SELECT COUNT(*) FROM "_s + table);
        return q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase() { PasswordHasher::setCost(PasswordHasher::Cost::Minimal); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QString error;
        m_ws = test::createDemoWorkspace(m_dir->filePath(u"demo.facet"_s), &error);
        QVERIFY2(m_ws, qPrintable(error));
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(m_ws->path());
        QVERIFY(db.open());
    }

    void cleanup()
    {
        m_ws.reset();
        QSqlDatabase::database(u"check"_s).close();
        QSqlDatabase::removeDatabase(u"check"_s);
        m_dir.reset();
    }

    void demoHasAFolderTargetPerChannel()
    {
        const QList<PublishTarget> targets = m_ws->publishTargets();
        QCOMPARE(targets.size(), m_ws->catalog().channels.size());
        for (const PublishTarget& t : targets) {
            QCOMPARE(t.kind, PublishTarget::Kind::Folder);
            QCOMPARE(t.code, t.channel);
            QCOMPARE(m_ws->targetFolder(t), QDir::cleanPath(m_dir->filePath(u"published/"_s + t.channel)));
            QCOMPARE(t.settings.value(u"catalog").toBool(), t.channel == u"print");
        }
        QCOMPARE(m_ws->workspaceId().size(), 36);
    }

    void belowLevelNeverReachesTheChannel_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("every record") << u"all"_s;
        QTest::newRow("explicit sku") << u"sku"_s;
        QTest::newRow("dry run") << u"dry"_s;
        QTest::newRow("automatic") << u"automatic"_s;
        QTest::newRow("schedule") << u"schedule"_s;
    }

    void belowLevelNeverReachesTheChannel()
    {
        QFETCH(QString, mode);
        // At editorial review: level 0; the shop needs 2.
        const QString sku = skuAt(u"editorial_review"_s, u"ecommerce"_s, false);
        QVERIFY(!sku.isEmpty());
        Publisher publisher(*m_ws);
        Status status;
        QList<Publication> pubs;
        if (mode == u"automatic") {
            PublishTarget target = *m_ws->publishTarget(u"ecommerce"_s);
            target.automatic = true;
            QVERIFY(m_ws->savePublishTarget(target).isOk());
            // Editorial approval brings it to brand review (level 1): still below the shop's level.
            signIn(sku.size() % 2 ? u"mia"_s : u"max"_s);
            Status s = m_ws->approve(sku, m_ws->currentRevision(sku)->revision.hash, u"ok"_s);
            if (!s) { // the other marketer submitted it
                signIn(m_ws->session().userName() == u"mia" ? u"max"_s : u"mia"_s);
                s = m_ws->approve(sku, m_ws->currentRevision(sku)->revision.hash, u"ok"_s);
            }
            QVERIFY2(s.isOk(), qPrintable(s.message()));
            QCOMPARE(m_ws->currentRevision(sku)->stage, u"brand_review"_s);
            signIn(u"ada"_s);
            QCOMPARE(count(u"publication_queue WHERE target = 'ecommerce'"_s), 0);
            pubs = publisher.publishDue(QDateTime::currentDateTimeUtc(), {}, &status);
            QVERIFY(status.isOk());
            QVERIFY(pubs.isEmpty() || std::none_of(pubs.cbegin(), pubs.cend(), [](const Publication& p) {
                        return p.target == u"ecommerce";
                    }));
        } else if (mode == u"schedule") {
            PublicationSchedule schedule;
            schedule.targets = {u"ecommerce"_s};
            QVERIFY(m_ws->saveSchedule(schedule, &status));
            pubs = publisher.publishDue(QDateTime::currentDateTimeUtc().addSecs(1), {}, &status);
            QVERIFY2(status.isOk(), qPrintable(status.message()));
            QCOMPARE(pubs.size(), 1);
            QCOMPARE(pubs.first().trigger, u"schedule"_s);
            QVERIFY(pubs.first().written > 0);
        } else {
            Publisher::Request request =
                to(u"ecommerce"_s, mode == u"all" ? QStringList() : QStringList{sku});
            request.dryRun = mode == u"dry";
            const auto plans = publisher.plan(request, &status);
            QVERIFY(status.isOk());
            QCOMPARE(plans.size(), 1);
            for (const PublicationPlan::Entry& e : plans.first().entries)
                QVERIFY(e.sku != sku);
            pubs = publisher.publish(request, {}, &status);
            QVERIFY2(status.isOk(), qPrintable(status.message()));
            QCOMPARE(pubs.size(), 1);
            if (mode != u"all")
                QCOMPARE(pubs.first().written, 0);
        }
        for (const Publication& p : std::as_const(pubs))
            for (const PublishedItem& i : m_ws->publishedItems(p.id))
                QVERIFY(i.sku != sku);
        QVERIFY(page(sku).isEmpty());
        QVERIFY(!QFile::exists(folder(u"ecommerce"_s) + u"/en-us/"_s + sku + u".html"_s));
    }

    void afterApprovalItIsPublishedAndANewEditDoesNotReplaceIt()
    {
        const QString sku = skuAt(u"brand_review"_s, u"ecommerce"_s, false);
        QVERIFY(!sku.isEmpty());
        const QString approvedName = m_ws->record(sku)->value(kName).toString();
        signIn(u"ben"_s);
        QVERIFY(m_ws->approve(sku, m_ws->currentRevision(sku)->revision.hash, u"on brand"_s).isOk());
        const QString approved = m_ws->effectiveRevision(sku, u"ecommerce"_s)->revision.hash;
        Publication p = publishOne(to(u"ecommerce"_s, {sku}));
        QCOMPARE(p.status, Publication::Status::Completed);
        QCOMPARE(p.written, 3); // en_US, de_DE, fr_FR
        QCOMPARE(itemSkus(p.id, PublishedItem::Result::Written), QStringList(3, sku));
        for (const PublishedItem& i : m_ws->publishedItems(p.id))
            QCOMPARE(i.revisionHash, approved);
        QVERIFY(page(sku).contains(approvedName.toHtmlEscaped()));

        // A new edit, submitted but not approved: the approved revision is still what the shop gets.
        signIn(u"mia"_s);
        auto record = m_ws->record(sku);
        record->setValue(kName, u"Unapproved new name"_s);
        QVERIFY(m_ws->saveRecord(*record).isOk());
        Status s;
        QVERIFY(m_ws->submit(sku, {}, &s));
        signIn(u"ada"_s);
        p = publishOne(to(u"ecommerce"_s, {sku}));
        QCOMPARE(p.status, Publication::Status::Completed);
        QCOMPARE(p.written, 0);
        QCOMPARE(p.unchanged, 3);
        QVERIFY(!page(sku).contains(u"Unapproved new name"_s));
        QVERIFY(page(sku).contains(approvedName.toHtmlEscaped()));
    }

    void republishWritesOnlyTheChangedRecord_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("locales");
        QTest::addColumn<bool>("expiredAsset");
        QTest::newRow("web") << u"ecommerce"_s << 3 << true;
        QTest::newRow("email") << u"newsletter"_s << 3 << true;
        QTest::newRow("sms") << u"sms"_s << 2 << true;
        QTest::newRow("text") << u"talking_points"_s << 2 << true;
        QTest::newRow("web, every asset current") << u"ecommerce"_s << 3 << false;
        QTest::newRow("email, every asset current") << u"newsletter"_s << 3 << false;
        QTest::newRow("sms, every asset current") << u"sms"_s << 2 << false;
    }

    void republishWritesOnlyTheChangedRecord()
    {
        QFETCH(QString, target);
        QFETCH(int, locales);
        QFETCH(bool, expiredAsset);
        if (!expiredAsset)
            renewExpiredAssets();
        const Publication first = publishOne(to(target));
        QCOMPARE(first.status, Publication::Status::Completed);
        QVERIFY(first.written > locales);
        const Publication again = publishOne(to(target));
        QCOMPARE(again.written, 0);
        QCOMPARE(again.unchanged, first.written);

        const QString sku = skuAt(u"released"_s, u"ecommerce"_s, true);
        QVERIFY(!itemSkus(first.id, PublishedItem::Result::Written).filter(sku).isEmpty());
        // Renamed in every locale: each of the record's renderings changes, nothing else does.
        changeAndRelease(sku, {{kName, u"A renamed product"_s},
                               {ValueKey{u"name"_s, u"de_DE"_s, {}}, u"Ein umbenanntes Produkt"_s},
                               {ValueKey{u"name"_s, u"fr_FR"_s, {}}, u"Un produit renommé"_s}});
        const Publication third = publishOne(to(target));
        QCOMPARE(third.status, Publication::Status::Completed);
        QCOMPARE(third.written, locales);
        QCOMPARE(third.unchanged, first.written - locales);
        QCOMPARE(third.held, first.held);
        QCOMPARE(third.withdrawn, 0);
        QCOMPARE(itemSkus(third.id, PublishedItem::Result::Written), QStringList(locales, sku));
    }

    void withdrawnRecordsLeaveTheTarget_data()
    {
        QTest::addColumn<bool>("expiredAsset");
        QTest::newRow("an expired asset in the library") << true;
        QTest::newRow("every asset current") << false;
    }

    void withdrawnRecordsLeaveTheTarget()
    {
        QFETCH(bool, expiredAsset);
        if (!expiredAsset)
            renewExpiredAssets();
        const Publication first = publishOne(to(u"ecommerce"_s));
        const QStringList before = itemSkus(first.id, PublishedItem::Result::Written);
        // Raising the shop to print approval leaves only print-approved records effective.
        QVERIFY(m_ws->setChannelLevel(u"ecommerce"_s, 3).isOk());
        QStringList staying;
        for (const QString& sku : before)
            if (m_ws->effectiveRevision(sku, u"ecommerce"_s))
                staying << sku;
        QVERIFY(staying.size() < before.size());
        const Publication second = publishOne(to(u"ecommerce"_s));
        QCOMPARE(second.withdrawn, int(before.size() - staying.size()));
        QCOMPARE(second.written, 0);
        QCOMPARE(second.unchanged, int(staying.size()));
        const QStringList gone = itemSkus(second.id, PublishedItem::Result::Withdrawn);
        QVERIFY(!gone.isEmpty());
        for (const QString& sku : gone) {
            QVERIFY(!staying.contains(sku));
            QVERIFY(!QFile::exists(folder(u"ecommerce"_s) + u"/en-us/"_s + sku + u".html"_s));
        }
        for (const QString& sku : staying)
            QVERIFY(QFile::exists(folder(u"ecommerce"_s) + u"/en-us/"_s + sku + u".html"_s));
    }

    // What the plan compares besides revisions: the channel's locales, its templates and the reasons a
    // rendering was held back.
    void planComparesWithWhatTheTargetHolds_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<bool>("expiredAsset");
        for (const bool expired : {true, false}) {
            const char* how = expired ? "an expired asset in the library" : "every asset current";
            QTest::addRow("locale dropped, %s", how) << u"locale"_s << expired;
            QTest::addRow("template changed, %s", how) << u"template"_s << expired;
            QTest::addRow("held again, %s", how) << u"held"_s << expired;
        }
    }

    void planComparesWithWhatTheTargetHolds()
    {
        QFETCH(QString, change);
        QFETCH(bool, expiredAsset);
        if (!expiredAsset)
            renewExpiredAssets();
        const QString held = skuAt(u"released"_s, u"ecommerce"_s, true);
        if (change == u"held")
            changeAndRelease(held, kName, QJsonValue());
        const Publication first = publishOne(to(u"ecommerce"_s));
        QCOMPARE(first.status, Publication::Status::Completed);
        QVERIFY(first.written > 0);
        using A = PublicationPlan::Action;
        const QStringList written = planOf(u"ecommerce"_s).value(A::Unchanged);
        QCOMPARE(written.size(), first.written);

        if (change == u"locale") {
            Catalog catalog = m_ws->catalog();
            for (Channel& c : catalog.channels)
                if (c.code == u"ecommerce")
                    c.locales = {u"en_US"_s, u"de_DE"_s};
            QVERIFY(m_ws->saveStructure(catalog).isOk());
            const auto plan = planOf(u"ecommerce"_s);
            QCOMPARE(plan.value(A::Withdrawn), written.filter(u"/fr_FR"_s));
            QCOMPARE(plan.value(A::Unchanged).size(), written.size() - written.filter(u"/fr_FR"_s).size());
            QVERIFY(plan.value(A::New).isEmpty() && plan.value(A::Changed).isEmpty());
        } else if (change == u"template") {
            const QString source = m_ws->templates(u"ecommerce"_s).value(0).source;
            const QString name = m_ws->templates(u"ecommerce"_s).value(0).name;
            Status status;
            QVERIFY2(m_ws->saveTemplate(u"ecommerce"_s, name, source + u"\n"_s, u"ada"_s, &status),
                     qPrintable(status.message()));
            const auto plan = planOf(u"ecommerce"_s);
            QCOMPARE(plan.value(A::Changed), written);
            QVERIFY(plan.value(A::Unchanged).isEmpty());
        } else {
            const auto plan = planOf(u"ecommerce"_s);
            QCOMPARE(plan.value(A::Held).filter(held + u'/'), QStringList{held + u"/en_US"_s});
            QCOMPARE(plan.value(A::Held).size(), first.held);
            QVERIFY(plan.value(A::New).isEmpty() && plan.value(A::Changed).isEmpty());
            const Publication again = publishOne(to(u"ecommerce"_s));
            QCOMPARE(again.held, first.held);
            QCOMPARE(again.written, 0);
            QCOMPARE(again.unchanged, first.written);
        }
    }

    void interruptedPublicationsAreEndedAndRunsDoNotOverlap()
    {
        // A process that died while publishing left its publication recorded as running.
        QSqlQuery q(QSqlDatabase::database(u"check"_s));
        QVERIFY(q.exec(
            u"INSERT INTO publications (target, channel, trigger_kind, started_by, started_at, status) "
            "VALUES ('sms', 'sms', 'manual', 'ada', '2026-01-01T00:00:00.000Z', 'running')"_s));
        const qint64 dead = q.lastInsertId().toLongLong();
        auto state = [&] {
            QSqlQuery s(QSqlDatabase::database(u"check"_s));
            s.prepare(u"SELECT status, message FROM publications WHERE id = ?"_s);
            s.addBindValue(dead);
            return s.exec() && s.next() ? s.value(0).toString() + u": "_s + s.value(1).toString() : QString();
        };
        {
            // Another process is publishing to the target right now: this run waits its turn.
            QLockFile other(m_ws->path() + u".publishing-sms.lock"_s);
            QVERIFY(other.tryLock(0));
            Status status;
            const qint64 before = count(u"publications"_s);
            publish(to(u"sms"_s), &status);
            QVERIFY(!status.isOk());
            QVERIFY2(status.message().contains(u"another publication to sms is running"_s),
                     qPrintable(status.message()));
            QCOMPARE(count(u"publications"_s), before);
            QCOMPARE(state(), u"running: "_s);
        }
        const Publication p = publishOne(to(u"sms"_s));
        QCOMPARE(p.status, Publication::Status::Completed);
        QVERIFY2(state().startsWith(u"failed: interrupted"_s), qPrintable(state()));
        QVERIFY(!QFile::exists(m_ws->path() + u".publishing-sms.lock"_s));
    }

    void heldRecordsAreListedWithReasons_data()
    {
        QTest::addColumn<QString>("cause");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("rule");
        QTest::newRow("expired asset") << u"asset"_s << u"ecommerce"_s << u"asset-expired"_s;
        QTest::newRow("incomplete") << u"incomplete"_s << u"ecommerce"_s << u"incomplete"_s;
        QTest::newRow("sms over its segments") << u"sms"_s << u"sms"_s << u"sms.segments"_s;
    }

    void heldRecordsAreListedWithReasons()
    {
        QFETCH(QString, cause);
        QFETCH(QString, target);
        QFETCH(QString, rule);
        const QString sku = skuAt(u"released"_s, u"ecommerce"_s, true);
        if (cause == u"asset") {
            const qint64 assetId = imageOf(sku);
            QVERIFY(assetId > 0);
            AssetMetadata metadata = m_ws->assetInfo(assetId)->metadata;
            metadata.expires = QDate::currentDate().addDays(-1);
            QVERIFY(m_ws->saveAssetMetadata(assetId, metadata).isOk());
        } else if (cause == u"incomplete") {
            changeAndRelease(sku, kName, QJsonValue());
        } else {
            Catalog catalog = m_ws->catalog();
            for (Channel& c : catalog.channels)
                if (c.code == u"sms")
                    c.settings.insert(u"max_segments"_s, 1);
            QVERIFY(m_ws->saveStructure(catalog).isOk());
        }
        const Publication p = publishOne(to(target));
        QCOMPARE(p.status, Publication::Status::Completed);
        QVERIFY(p.held > 0);
        QVERIFY(p.written > 0 || cause == u"sms");
        int held = 0;
        int becauseOfRule = 0;
        for (const PublishedItem& i : m_ws->publishedItems(p.id)) {
            if (i.result != PublishedItem::Result::Held)
                continue;
            ++held;
            QVERIFY(!i.message.isEmpty());
            QVERIFY(i.checksum.isEmpty());
            QVERIFY(i.paths.isEmpty());
            if (i.message.contains(rule))
                ++becauseOfRule;
            if (i.sku == sku && cause != u"sms")
                QVERIFY2(i.message.contains(rule), qPrintable(i.message));
        }
        QCOMPARE(held, p.held);
        QVERIFY(becauseOfRule > 0);
        if (cause != u"sms") {
            QVERIFY(itemSkus(p.id, PublishedItem::Result::Held).contains(sku));
            // Incomplete in English only: German and French still publish.
            QCOMPARE(itemSkus(p.id, PublishedItem::Result::Written).count(sku),
                     cause == u"incomplete" ? 2 : 0);
            QVERIFY(page(sku).isEmpty());
        }
        if (cause == u"incomplete") // the English name only: German and French still have theirs
            QCOMPARE(itemSkus(p.id, PublishedItem::Result::Held).count(sku), 1);
    }

    void dryRunWritesAndRecordsNothing()
    {
        const qint64 audit = count(u"audit_log"_s);
        Publisher::Request request;
        request.dryRun = true;
        Status status;
        const QList<Publication> pubs = publish(request, &status);
        QVERIFY2(status.isOk(), qPrintable(status.message()));
        QCOMPARE(pubs.size(), m_ws->publishTargets().size());
        int written = 0;
        for (const Publication& p : pubs) {
            QCOMPARE(p.id, 0);
            written += p.written;
        }
        QVERIFY(written > 0);
        QCOMPARE(count(u"publications"_s), 0);
        QCOMPARE(count(u"published_items"_s), 0);
        QCOMPARE(count(u"publish_state"_s), 0);
        QCOMPARE(count(u"audit_log"_s), audit);
        QVERIFY(!QDir(m_dir->filePath(u"published"_s)).exists());
    }

    void refusedWithoutPublishingRights_data()
    {
        QTest::addColumn<QString>("user");
        QTest::newRow("marketer mia") << u"mia"_s;
        QTest::newRow("marketer max") << u"max"_s;
        QTest::newRow("reviewer") << u"lea"_s;
        QTest::newRow("viewer") << u"val"_s;
    }

    void refusedWithoutPublishingRights()
    {
        QFETCH(QString, user);
        signIn(user);
        const qint64 audit = count(u"audit_log"_s);
        Status status;
        const QList<Publication> pubs = publish(to(u"ecommerce"_s), &status);
        QCOMPARE(status.kind(), Status::Kind::InvalidInput);
        QVERIFY2(status.message().contains(user), qPrintable(status.message()));
        QVERIFY(pubs.isEmpty());
        Publisher publisher(*m_ws);
        QVERIFY(publisher.publishDue(QDateTime::currentDateTimeUtc(), {}, &status).isEmpty());
        PublicationSchedule schedule;
        schedule.channels = {u"ecommerce"_s};
        QVERIFY(!m_ws->saveSchedule(schedule, &status));
        QCOMPARE(status.kind(), Status::Kind::InvalidInput);
        PublishTarget target = *m_ws->publishTarget(u"ecommerce"_s);
        target.automatic = true;
        QCOMPARE(m_ws->savePublishTarget(target).kind(), Status::Kind::InvalidInput);
        QCOMPARE(count(u"publications"_s), 0);
        QCOMPARE(count(u"publication_schedules"_s), 0);
        QCOMPARE(count(u"audit_log"_s), audit);
        QVERIFY(!QDir(m_dir->filePath(u"published"_s)).exists());
        // The brand manager may publish every channel.
        signIn(u"ben"_s);
        QCOMPARE(publishOne(to(u"ecommerce"_s)).status, Publication::Status::Completed);
    }

    void publicationItemsAndAuditAreRecorded()
    {
        const QDateTime from = QDateTime::currentDateTimeUtc().addSecs(-1);
        const Publication p = publishOne(to(u"newsletter"_s));
        const auto stored = m_ws->publication(p.id);
        QVERIFY(stored);
        QCOMPARE(stored->target, u"newsletter"_s);
        QCOMPARE(stored->channel, u"newsletter"_s);
        QCOMPARE(stored->trigger, u"manual"_s);
        QCOMPARE(stored->startedBy, u"ada"_s);
        QCOMPARE(stored->status, Publication::Status::Completed);
        QVERIFY(!stored->finishedAt.isEmpty());
        QCOMPARE(stored->written, p.written);
        QCOMPARE(stored->held, p.held);
        QVERIFY(stored->bytes > 0);
        const QList<PublishedItem> items = m_ws->publishedItems(p.id);
        QCOMPARE(items.size(), p.written + p.held + p.failed + p.withdrawn);
        for (const PublishedItem& i : items) {
            if (i.result != PublishedItem::Result::Written)
                continue;
            QCOMPARE(i.checksum.size(), 64);
            QCOMPARE(i.revisionHash, m_ws->effectiveRevision(i.sku, u"newsletter"_s)->revision.hash);
            QVERIFY(i.templateVersion.contains(u"subject@"_s));
            QVERIFY(!i.paths.isEmpty());
        }
        QCOMPARE(
            m_ws->publishedItemsFor(u"newsletter"_s, from, QDateTime::currentDateTimeUtc().addSecs(1)).size(),
            items.size());
        QVERIFY(m_ws->publishedItemsFor(u"newsletter"_s, from.addDays(-2), from.addDays(-1)).isEmpty());
        QVERIFY(m_ws->publishedItemsFor(u"ecommerce"_s, from, QDateTime::currentDateTimeUtc().addSecs(1))
                    .isEmpty());
        AuditQuery query;
        query.kinds = {u"publication"_s};
        Status status;
        const QList<AuditEntry> entries = m_ws->auditEntries(query, &status);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().actor, u"ada"_s);
        QCOMPARE(entries.first().subject, u"newsletter"_s);
        QCOMPARE(entries.first().detail.value(u"publication").toInteger(), p.id);
        QCOMPARE(entries.first().detail.value(u"written").toInt(), p.written);
        QVERIFY(m_ws->verifyAudit().intact);
        QCOMPARE(m_ws->publications().size(), 1);
        QCOMPARE(m_ws->publications(u"ecommerce"_s).size(), 0);
    }

    void cancelledRunLeavesThePreviousPublication()
    {
        const Publication first = publishOne(to(u"ecommerce"_s));
        const QString sku = skuAt(u"released"_s, u"ecommerce"_s, true);
        const QString before = page(sku);
        QVERIFY(!before.isEmpty());
        changeAndRelease(sku, {{kName, u"Never written"_s},
                               {ValueKey{u"name"_s, u"de_DE"_s, {}}, u"Nie geschrieben"_s},
                               {ValueKey{u"name"_s, u"fr_FR"_s, {}}, u"Jamais écrit"_s}});
        Publisher publisher(*m_ws);
        Status status;
        const QList<Publication> pubs = publisher.publish(
            to(u"ecommerce"_s), [](const Publisher::Progress& p) { return p.phase != u"writing"; }, &status);
        QCOMPARE(status.kind(), Status::Kind::InvalidInput);
        QCOMPARE(pubs.size(), 1);
        QCOMPARE(pubs.first().status, Publication::Status::Cancelled);
        QCOMPARE(m_ws->publication(pubs.first().id)->status, Publication::Status::Cancelled);
        QVERIFY(m_ws->publishedItems(pubs.first().id).isEmpty());
        QCOMPARE(page(sku), before);
        // The next run completes and writes the change.
        const Publication next = publishOne(to(u"ecommerce"_s));
        QCOMPARE(next.written, 3);
        QVERIFY(page(sku).contains(u"Never written"_s));
        Q_UNUSED(first);
    }

    void schedules_data()
    {
        QTest::addColumn<QString>("recurrence");
        QTest::addColumn<int>("delaySeconds"); // the embargo, from now
        QTest::addColumn<int>("runAfterSeconds");
        QTest::addColumn<bool>("runs");
        QTest::addColumn<int>("nextRunAfterEmbargo"); // seconds; -1 = none
        QTest::newRow("once, not due yet") << QString() << 3600 << 60 << false << 0;
        QTest::newRow("once, due") << QString() << 3600 << 3601 << true << -1;
        QTest::newRow("no embargo, due at once") << QString() << 0 << 1 << true << -1;
        QTest::newRow("hourly, due") << u"hourly"_s << 600 << 601 << true << 3600;
        QTest::newRow("every 15 minutes, due") << u"every 15 minutes"_s << 600 << 1500 << true << 1800;
        QTest::newRow("daily, not due") << u"daily"_s << 600 << 599 << false << 0;
    }

    void schedules()
    {
        QFETCH(QString, recurrence);
        QFETCH(int, delaySeconds);
        QFETCH(int, runAfterSeconds);
        QFETCH(bool, runs);
        QFETCH(int, nextRunAfterEmbargo);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        PublicationSchedule schedule;
        schedule.targets = {u"talking_points"_s};
        schedule.recurrence = recurrence;
        if (delaySeconds > 0)
            schedule.notBefore = now.addSecs(delaySeconds);
        Status status;
        const auto id = m_ws->saveSchedule(schedule, &status);
        QVERIFY2(id, qPrintable(status.message()));
        QCOMPARE(m_ws->schedules().size(), 1);
        QCOMPARE(m_ws->schedules().first().createdBy, u"ada"_s);
        Publisher publisher(*m_ws);
        const QList<Publication> pubs = publisher.publishDue(now.addSecs(runAfterSeconds), {}, &status);
        QVERIFY2(status.isOk(), qPrintable(status.message()));
        QCOMPARE(pubs.size(), runs ? 1 : 0);
        const PublicationSchedule after = m_ws->schedules().first();
        if (!runs) {
            QCOMPARE(after.nextRun, delaySeconds > 0 ? schedule.notBefore : after.nextRun);
            return;
        }
        QCOMPARE(pubs.first().trigger, u"schedule"_s);
        QCOMPARE(pubs.first().target, u"talking_points"_s);
        QVERIFY(pubs.first().written > 0);
        if (nextRunAfterEmbargo < 0)
            QVERIFY(!after.nextRun.isValid());
        else
            QCOMPARE(after.nextRun, schedule.notBefore.addSecs(nextRunAfterEmbargo));
        // Not due again at the same moment.
        QVERIFY(publisher.publishDue(now.addSecs(runAfterSeconds), {}, &status).isEmpty());
    }

    void approvalQueuesAutomaticTargets()
    {
        PublishTarget target = *m_ws->publishTarget(u"newsletter"_s);
        target.automatic = true;
        QVERIFY(m_ws->savePublishTarget(target).isOk());
        const QString sku = skuAt(u"brand_review"_s, u"newsletter"_s, false);
        QVERIFY(!sku.isEmpty());
        signIn(u"ben"_s);
        QVERIFY(m_ws->approve(sku, m_ws->currentRevision(sku)->revision.hash, {}).isOk());
        QCOMPARE(count(u"publication_queue"_s), 1);
        Publisher publisher(*m_ws);
        Status status;
        QList<Publication> pubs = publisher.publishDue(QDateTime::currentDateTimeUtc(), {}, &status);
        QVERIFY2(status.isOk(), qPrintable(status.message()));
        QCOMPARE(pubs.size(), 1);
        QCOMPARE(pubs.first().trigger, u"automatic"_s);
        QCOMPARE(pubs.first().target, u"newsletter"_s);
        QCOMPARE(pubs.first().startedBy, u"ben"_s);
        QCOMPARE(pubs.first().written, 3);
        QCOMPARE(itemSkus(pubs.first().id, PublishedItem::Result::Written), QStringList(3, sku));
        QCOMPARE(count(u"publication_queue"_s), 0);
        QVERIFY(publisher.publishDue(QDateTime::currentDateTimeUtc(), {}, &status).isEmpty());
    }

    void targetsNeedManageChannelsAndAreAudited()
    {
        PublishTarget hook;
        hook.code = u"shop-hook"_s;
        hook.channel = u"ecommerce"_s;
        hook.kind = PublishTarget::Kind::Webhook;
        hook.settings = QJsonObject{{u"url"_s, u"https://hooks.example.com/facet"_s}};
        signIn(u"ben"_s);
        QCOMPARE(m_ws->savePublishTarget(hook).kind(), Status::Kind::InvalidInput);
        signIn(u"ada"_s);
        QVERIFY(m_ws->savePublishTarget(hook).isOk());
        QCOMPARE(m_ws->publishTargets(u"ecommerce"_s).size(), 2);
        PublishTarget bad = hook;
        bad.settings = QJsonObject{{u"url"_s, u"ftp://x"_s}};
        QCOMPARE(m_ws->savePublishTarget(bad).kind(), Status::Kind::InvalidInput);
        bad = hook;
        bad.code = u"Has Spaces"_s;
        QCOMPARE(m_ws->savePublishTarget(bad).kind(), Status::Kind::InvalidInput);
        QVERIFY(m_ws->removePublishTarget(u"shop-hook"_s).isOk());
        QCOMPARE(m_ws->removePublishTarget(u"shop-hook"_s).kind(), Status::Kind::InvalidInput);
        QCOMPARE(
            count(u"audit_log WHERE kind IN ('target-save', 'target-remove') AND subject = 'shop-hook'"_s),
            2);
    }
};

QTEST_MAIN(TestPublishing)
#include "tst_publishing.moc"
