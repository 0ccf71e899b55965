// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/Workspace.h"

#include "models/access/PasswordHasher.h"
#include "models/access/SignInThrottle.h"
#include "models/assets/AssetSniffer.h"
#include "models/assets/AssetStore.h"
#include "models/assets/RenditionGenerator.h"
#include "models/core/Timestamp.h"
#include "models/rendering/ChannelRenderer.h"
#include "models/rendering/TemplateEngine.h"
#include "models/rendering/TemplateSlot.h"
#include "models/storage/AccessStore.h"
#include "models/storage/AuditStore.h"
#include "models/storage/CatalogStore.h"
#include "models/storage/PublishingStore.h"
#include "models/storage/RecordStore.h"
#include "models/storage/SchemaMigrator.h"
#include "models/storage/SqlDialect.h"
#include "models/storage/TemplateStore.h"
#include "models/storage/Transaction.h"
#include "models/storage/WorkflowStore.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentMap>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace facet {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("facet-workspace-%1").arg(counter.fetchAndAddRelaxed(1));
}

// SQLite files start with this header; anything else is not a workspace.
bool looksLikeSqlite(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.size() == 0 || f.read(16) == QByteArray("SQLite format 3\0", 16);
}

// The value keys whose values differ between two versions of a record.
QList<ValueKey> changedKeys(const MasterRecord* before, const MasterRecord& after)
{
    QList<ValueKey> keys;
    if (!before) {
        keys = after.values.keys();
        return keys;
    }
    for (auto it = after.values.cbegin(); it != after.values.cend(); ++it)
        if (before->values.value(it.key()) != it.value())
            keys << it.key();
    for (auto it = before->values.cbegin(); it != before->values.cend(); ++it)
        if (!after.values.contains(it.key()))
            keys << it.key();
    std::sort(keys.begin(), keys.end());
    return keys;
}

QJsonArray keyArray(const QList<ValueKey>& keys)
{
    QJsonArray a;
    for (const ValueKey& k : keys)
        a << k.toString();
    return a;
}

} // namespace

Workspace::Workspace(const QString& path, const QString& connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
    , m_dialect(SqlDialect::sqlite())
{
}

Workspace::~Workspace()
{
    // The stores hold handles to the connection, which can only be removed once nothing uses it.
    m_records.reset();
    m_templates.reset();
    m_assets.reset();
    m_access.reset();
    m_workflowStore.reset();
    m_audit.reset();
    m_publishing.reset();
    {
        QSqlDatabase database = QSqlDatabase::database(m_connectionName, false);
        database.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Workspace::db() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::unique_ptr<Workspace> Workspace::open(const QString& path, OpenMode mode, Status* status)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (mode == OpenMode::OpenExisting && !exists) {
        *status = Status::invalid(tr("there is no workspace at %1").arg(path));
        return nullptr;
    }
    if (mode == OpenMode::Create && exists) {
        *status = Status::invalid(tr("%1 already exists; choose another file name").arg(path));
        return nullptr;
    }
    if (exists && (info.isDir() || !looksLikeSqlite(path))) {
        *status = Status::invalid(tr("%1 is not a Facet workspace").arg(path));
        return nullptr;
    }
    if (!exists && !info.dir().exists()) {
        *status = Status::invalid(tr("the folder %1 does not exist").arg(info.absolutePath()));
        return nullptr;
    }
    std::unique_ptr<Workspace> workspace(new Workspace(info.absoluteFilePath(), uniqueConnectionName()));
    *status = workspace->initialize(!exists);
    if (!*status)
        return nullptr;
    return workspace;
}

Status Workspace::initialize(bool created)
{
    QSqlDatabase database = QSqlDatabase::addDatabase(m_dialect->qtDriver(), m_connectionName);
    database.setDatabaseName(m_path);
    if (!database.open())
        return Status::internal(tr("cannot open %1: %2").arg(m_path, database.lastError().text()));
    if (!created) {
        QSqlQuery q(database);
        // A file of another application has tables but no meta table: refuse rather than add ours to it.
        if (q.exec(QStringLiteral(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name <> 'meta'")) &&
            q.next() && q.value(0).toInt() > 0 &&
            !(q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'")) &&
              q.next()))
            return Status::invalid(tr("%1 is an SQLite database, but not a Facet workspace").arg(m_path));
    }
    // Only now: switching to WAL writes to the file, and a foreign file must stay untouched.
    QString error;
    if (!m_dialect->configureConnection(database, &error))
        return Status::internal(tr("cannot configure %1: %2").arg(m_path, error));
    SchemaMigrator migrator(database, *m_dialect);
    if (Status s = migrator.migrate(); !s)
        return s;
    if (Status s = CatalogStore::load(database, &m_catalog); !s)
        return s;
    m_records = std::make_unique<RecordStore>(database, *m_dialect, m_catalog);
    m_templates = std::make_unique<TemplateStore>(database, *m_dialect);
    m_assets = std::make_unique<AssetStore>(database, *m_dialect);
    m_access = std::make_unique<AccessStore>(database);
    m_workflowStore = std::make_unique<WorkflowStore>(database);
    m_audit = std::make_unique<AuditStore>(database);
    m_publishing = std::make_unique<PublishingStore>(database);
    if (migrator.startVersion() < 5) {
        // Version 5 brought roles and the workflow: every workspace starts with the defaults.
        Transaction transaction(database, *m_dialect);
        if (m_access->roles().isEmpty())
            for (const Role& role : Role::defaults())
                if (Status s = m_access->saveRole(role); !s)
                    return s;
        if (m_workflowStore->load().stages.isEmpty())
            if (Status s = m_workflowStore->save(Workflow::defaultWorkflow()); !s)
                return s;
        if (!transaction.commit())
            return Status::internal(transaction.errorText());
    }
    if (Status s = loadWorkflow(); !s)
        return s;
    refreshSession();
    if (migrator.startVersion() > 0 && migrator.startVersion() < 3) {
        // Version 3 added the search index; fill it from the drafts already there.
        Transaction transaction(database, *m_dialect);
        if (Status s = m_records->rebuildSearchIndex(); !s)
            return s;
        if (!transaction.commit())
            return Status::internal(transaction.errorText());
    }
    return Status::ok();
}

int Workspace::schemaVersion() const
{
    return SchemaMigrator(db(), *m_dialect).currentVersion();
}

Status Workspace::saveStructure(const Catalog& catalog)
{
    if (Status s = refuseUnless(Permission::ManageStructure); !s)
        return s;
    // Release levels decide what reaches a channel: changing them is a channel manager's call.
    for (const Channel& channel : catalog.channels) {
        const Channel* current = m_catalog.channel(channel.code);
        if (current && current->requiredLevel != channel.requiredLevel)
            if (Status s = refuseUnless(Permission::ManageChannels); !s)
                return s;
    }
    Transaction transaction(db(), *m_dialect);
    if (!transaction.isActive())
        return Status::internal(transaction.errorText());
    if (Status s = CatalogStore::save(db(), catalog); !s)
        return s;
    if (Status s = audit(QStringLiteral("structure-save"), {},
                         {{u"channels"_s, int(catalog.channels.size())},
                          {u"attributes"_s, int(catalog.attributes.size())},
                          {u"families"_s, int(catalog.families.size())},
                          {u"categories"_s, int(catalog.categories.size())}});
        !s)
        return s;
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    Q_EMIT auditAppended();
    // The record store refers to m_catalog, which is reloaded in place.
    if (Status s = CatalogStore::load(db(), &m_catalog); !s)
        return s;
    Q_EMIT structureChanged();
    return Status::ok();
}

std::optional<MasterRecord> Workspace::record(const QString& sku, Status* status) const
{
    return m_records->load(sku, status);
}

QList<MasterRecord> Workspace::records(const QStringList& skus, Status* status) const
{
    QList<MasterRecord> result;
    constexpr qsizetype chunk = 500;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    for (qsizetype from = 0; from < skus.size(); from += chunk) {
        const qsizetype n = qMin(chunk, skus.size() - from);
        QStringList placeholders(n, QStringLiteral("?"));
        q.prepare(
            QStringLiteral("SELECT d.content FROM products p JOIN drafts d ON d.product_id = p.id WHERE "
                           "p.sku IN (%1)")
                .arg(placeholders.join(u',')));
        for (qsizetype i = 0; i < n; ++i)
            q.bindValue(int(i), skus.at(from + i));
        if (!q.exec()) {
            if (status)
                *status = Status::internal(q.lastError().text());
            return {};
        }
        while (q.next()) {
            if (auto r = MasterRecord::fromCanonicalJson(q.value(0).toByteArray()))
                result << *r;
        }
    }
    return result;
}

Status Workspace::transact(const std::function<Status()>& work)
{
    Transaction transaction(db(), *m_dialect);
    if (!transaction.isActive())
        return Status::internal(tr("the workspace is busy or read-only: %1").arg(transaction.errorText()));
    if (Status s = work(); !s)
        return s;
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    return Status::ok();
}

QList<ValidationError> Workspace::validate(const MasterRecord& record) const
{
    return Validator::validate(m_catalog, record);
}

Status Workspace::saveRecord(const MasterRecord& record)
{
    if (Status s = saveRecords({record}); !s)
        return s;
    Q_EMIT recordSaved(record.sku);
    return Status::ok();
}

Status Workspace::saveRecords(const QList<MasterRecord>& records,
                              const std::function<bool(qsizetype)>& progress)
{
    return writeRecords(records, progress, QString(), QString());
}

Status Workspace::saveRecords(const QList<MasterRecord>& records, const QList<PreparedRecord>& prepared)
{
    if (prepared.size() != records.size())
        return Status::internal(tr("%1 records, but %2 prepared").arg(records.size()).arg(prepared.size()));
    return writeRecords(records, {}, QString(), QString(), &prepared);
}

Status Workspace::checkEdit(const MasterRecord& record, const std::optional<MasterRecord>& before) const
{
    if (m_session.canEditAllGroups())
        return Status::ok();
    if (!m_session.canEditAnything())
        return Status::invalid(tr("%1 may not edit records").arg(m_session.userName()));
    for (const ValueKey& key : changedKeys(before ? &*before : nullptr, record)) {
        const Attribute* attribute = m_catalog.attribute(key.attribute);
        const QString group = attribute ? attribute->group : QString();
        if (!m_session.canEditGroup(group)) {
            const AttributeGroup* g = nullptr;
            for (const AttributeGroup& candidate : m_catalog.groups)
                if (candidate.code == group)
                    g = &candidate;
            return Status::invalid(tr("%1 may not edit the attribute group “%2” (%3 of %4)")
                                       .arg(m_session.userName(),
                                            g ? g->label(m_catalog.defaultLocale()) : group, key.toString(),
                                            record.sku));
        }
    }
    return Status::ok();
}

Status Workspace::writeRecords(const QList<MasterRecord>& records,
                               const std::function<bool(qsizetype)>& progress, const QString& auditKind,
                               const QString& restoredHash, const QList<PreparedRecord>* alreadyPrepared)
{
    if (Status s = refuseUnlessActing(); !s)
        return s;
    // One record: its changed keys are audited, so the stored version is needed anyway.
    std::optional<MasterRecord> single;
    if (records.size() == 1)
        single = m_records->load(records.first().sku);
    if (!m_session.canEditAllGroups()) {
        for (const MasterRecord& r : records)
            if (Status s = checkEdit(r, records.size() == 1 ? single : m_records->load(r.sku)); !s)
                return s;
    }
    if (records.size() == 1 && single && single->contentHash() == records.first().contentHash() &&
        restoredHash.isEmpty())
        return Status::ok(); // nothing changed: nothing to write or audit
    // Validation, canonical form, hash, completeness and search text need no database: spread them over the
    // cores, then write on this thread.
    auto prepare = [this](const MasterRecord& record) { return PreparedRecord::prepare(m_catalog, record); };
    QList<PreparedRecord> prepared = alreadyPrepared       ? *alreadyPrepared
                                     : records.size() < 64 ? [&] {
                                           QList<PreparedRecord> list;
                                           list.reserve(records.size());
                                           for (const MasterRecord& r : records)
                                               list << prepare(r);
                                           return list;
                                       }()
                                                           : QtConcurrent::blockingMapped(records, prepare);
    // Prepared elsewhere, the entries point at the caller's copies; these are the records written.
    for (qsizetype i = 0; i < prepared.size(); ++i)
        prepared[i].record = &records.at(i);
    QList<ValidationError> errors;
    for (const PreparedRecord& p : prepared)
        errors << p.errors;
    if (!errors.isEmpty())
        return Status::invalid(Validator::summary(errors));
    Transaction transaction(db(), *m_dialect);
    if (!transaction.isActive())
        return Status::internal(tr("the workspace is busy or read-only: %1").arg(transaction.errorText()));
    m_records->discardSearchEntries();
    m_records->setEditor(m_session.userName());
    for (qsizetype i = 0; i < prepared.size(); ++i) {
        if (Status s = m_records->write(prepared.at(i)); !s)
            return s;
        if (progress && (i + 1) % 1000 == 0 && !progress(i + 1))
            return Status::invalid(tr("cancelled; nothing was written"));
    }
    if (Status s = m_records->flushSearchEntries(); !s)
        return s;
    Status audited;
    if (!restoredHash.isEmpty()) {
        const MasterRecord& r = records.first();
        audited = audit(auditKind, r.sku,
                        {{u"revision"_s, restoredHash},
                         {u"changed"_s, keyArray(changedKeys(single ? &*single : nullptr, r))}});
        if (audited)
            audited = m_workflowStore->addApproval(Approval{0,
                                                            r.sku,
                                                            restoredHash,
                                                            m_session.userName(),
                                                            m_session.roleAmong(m_session.user().roles),
                                                            {},
                                                            {},
                                                            Approval::Decision::Restore,
                                                            {},
                                                            utcTimestamp()});
    } else if (records.size() == 1) {
        const MasterRecord& r = records.first();
        audited = audit(QStringLiteral("record-edit"), r.sku,
                        {{u"changed"_s, keyArray(changedKeys(single ? &*single : nullptr, r))},
                         {u"created"_s, !single.has_value()}});
    } else if (!records.isEmpty()) {
        QJsonArray skus;
        for (qsizetype i = 0; i < records.size() && i < 100; ++i)
            skus << records.at(i).sku;
        audited =
            audit(QStringLiteral("records-bulk"), {}, {{u"count"_s, int(records.size())}, {u"skus"_s, skus}});
    }
    if (!audited)
        return audited;
    if (!transaction.commit())
        return Status::internal(
            tr("the save failed and nothing was written: %1").arg(transaction.errorText()));
    Q_EMIT auditAppended();
    if (progress)
        progress(records.size());
    if (records.size() != 1)
        Q_EMIT recordsChanged();
    return Status::ok();
}

Status Workspace::removeRecord(const QString& sku)
{
    if (Status s = refuseUnless(Permission::ManageStructure); !s)
        return s;
    Transaction transaction(db(), *m_dialect);
    if (Status s = m_records->remove(sku); !s)
        return s;
    if (Status s = audit(QStringLiteral("record-remove"), sku); !s)
        return s;
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    Q_EMIT auditAppended();
    Q_EMIT recordsChanged();
    return Status::ok();
}

QList<ProductRow> Workspace::products(const ProductQuery& query, Status* status) const
{
    return m_records->list(query, status);
}

qint64 Workspace::productCount(const ProductQuery& query) const
{
    return m_records->count(query);
}

QList<Completeness> Workspace::completeness(const QString& sku) const
{
    // Computed from the draft rather than read back: it is cheap, and cannot disagree with the values.
    const auto r = m_records->load(sku);
    return r ? Completeness::compute(m_catalog, *r) : QList<Completeness>();
}

QList<CompletenessSummary> Workspace::completenessSummary() const
{
    return m_records->completenessSummary();
}

std::optional<Revision> Workspace::freezeRevision(const QString& sku, const QString& author, Status* status)
{
    if (Status s = refuseUnlessActing(); !s) {
        *status = s;
        return std::nullopt;
    }
    Transaction transaction(db(), *m_dialect);
    auto revision = m_records->freeze(sku, m_session.isSignedIn() ? m_session.userName() : author, status);
    if (!revision)
        return std::nullopt;
    if (Status s = audit(QStringLiteral("revision-freeze"), sku, {{u"revision"_s, revision->hash}}); !s) {
        *status = s;
        return std::nullopt;
    }
    if (!transaction.commit()) {
        *status = Status::internal(transaction.errorText());
        return std::nullopt;
    }
    return revision;
}

QList<Revision> Workspace::revisions(const QString& sku) const
{
    return m_records->revisions(sku);
}

std::optional<qint64> Workspace::addAsset(const QString& fileName, const QString& mimeType,
                                          const QByteArray& content, Status* status)
{
    if (Status s = refuseUnlessActing(); !s) {
        *status = s;
        return std::nullopt;
    }
    Transaction transaction(db(), *m_dialect);
    const auto added = m_assets->add(fileName, mimeType, content,
                                     RenditionGenerator::naturalSize(content, mimeType), {}, status);
    if (!added)
        return std::nullopt;
    if (!added->deduplicated) {
        if (Status s = audit(QStringLiteral("asset-add"), fileName,
                             {{u"asset"_s, added->id}, {u"sha256"_s, added->sha256}});
            !s) {
            *status = s;
            return std::nullopt;
        }
    }
    if (!transaction.commit()) {
        *status = Status::internal(transaction.errorText());
        return std::nullopt;
    }
    if (!added->deduplicated)
        Q_EMIT assetsChanged();
    return added->id;
}

QList<Asset> Workspace::assets(bool withContent) const
{
    return m_assets->list({}, withContent);
}

std::optional<AssetAdded> Workspace::importAsset(const QString& fileName, const QByteArray& content,
                                                 const AssetMetadata& metadata, Status* status)
{
    const AssetSniffer::Result sniffed = AssetSniffer::sniff(fileName, content);
    if (!sniffed.ok()) {
        *status = Status::invalid(sniffed.error);
        return std::nullopt;
    }
    if (metadata.expires.isValid() && metadata.expires.year() < 1900) {
        *status = Status::invalid(
            tr("the expiry date %1 is not plausible").arg(metadata.expires.toString(Qt::ISODate)));
        return std::nullopt;
    }
    if (Status s = refuseUnlessActing(); !s) {
        *status = s;
        return std::nullopt;
    }
    Transaction transaction(db(), *m_dialect);
    if (!transaction.isActive()) {
        *status = Status::internal(tr("the workspace is busy or read-only: %1").arg(transaction.errorText()));
        return std::nullopt;
    }
    const QString name = QFileInfo(fileName).fileName();
    auto added = m_assets->add(name, sniffed.mimeType, content, sniffed.size, metadata, status);
    if (!added)
        return std::nullopt;
    if (!added->deduplicated) {
        if (Status s = audit(QStringLiteral("asset-add"), name,
                             {{u"asset"_s, added->id}, {u"sha256"_s, added->sha256}});
            !s) {
            *status = s;
            return std::nullopt;
        }
    }
    if (!transaction.commit()) {
        *status = Status::internal(transaction.errorText());
        return std::nullopt;
    }
    Q_EMIT assetsChanged();
    return added;
}

std::optional<Asset> Workspace::assetInfo(qint64 id) const
{
    return m_assets->find(id, false);
}

std::optional<Asset> Workspace::assetBySha(const QString& sha256, bool withContent) const
{
    return m_assets->findBySha(sha256, withContent);
}

QList<Asset> Workspace::findAssets(const AssetQuery& query) const
{
    return m_assets->list(query, false);
}

QStringList Workspace::assetTags() const
{
    return m_assets->tags();
}

Status Workspace::saveAssetMetadata(qint64 id, const AssetMetadata& metadata)
{
    if (Status s = refuseUnlessActing(); !s)
        return s;
    Transaction transaction(db(), *m_dialect);
    if (Status s = m_assets->setMetadata(id, metadata); !s)
        return s;
    if (Status s = audit(QStringLiteral("asset-metadata"), QString::number(id), {{u"asset"_s, id}}); !s)
        return s;
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    Q_EMIT assetsChanged();
    return Status::ok();
}

QList<AssetUsage> Workspace::assetUsage(qint64 id, Status* status) const
{
    QStringList attributes;
    for (const Attribute& a : m_catalog.attributes)
        if (a.type == AttributeType::Asset)
            attributes << a.code;
    return m_assets->usage(id, attributes, status);
}

std::optional<Rendition> Workspace::cachedRendition(const QString& sha256, const RenditionSpec& spec) const
{
    return m_assets->rendition(sha256, spec.hash());
}

QHash<QString, QByteArray> Workspace::cachedRenditions(const QStringList& specHashes) const
{
    return m_assets->renditionContents(specHashes);
}

std::optional<Rendition> Workspace::rendition(qint64 assetId, const RenditionSpec& spec, Status* status)
{
    const auto meta = m_assets->find(assetId, false);
    if (!meta) {
        *status = Status::invalid(tr("there is no asset %1").arg(assetId));
        return std::nullopt;
    }
    if (auto cached = cachedRendition(meta->sha256, spec))
        return cached;
    const auto source = m_assets->find(assetId, true);
    QString error;
    Rendition made = RenditionGenerator::generate(*source, spec, &error);
    if (!made.isValid()) {
        *status = Status::invalid(error);
        return std::nullopt;
    }
    if (Status s = storeRendition(made); !s) {
        *status = s;
        return std::nullopt;
    }
    return made;
}

Status Workspace::storeRendition(const Rendition& rendition)
{
    Transaction transaction(db(), *m_dialect);
    if (Status s = m_assets->storeRendition(rendition); !s)
        return s;
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    return Status::ok();
}

QList<ChannelTemplate> Workspace::templates(const QString& channel) const
{
    const Channel* c = m_catalog.channel(channel);
    if (!c)
        return {};
    return ChannelRenderer::withDefaults(c->kind, channel, m_templates->latest(channel));
}

QList<ChannelTemplate> Workspace::templateHistory(const QString& channel, const QString& name) const
{
    return m_templates->history(channel, name);
}

Status Workspace::checkTemplate(const QString& channel, const QString& name, const QString& source) const
{
    const Channel* c = m_catalog.channel(channel);
    if (!c)
        return Status::invalid(tr("there is no channel “%1”").arg(channel));
    if (!TemplateSlot::find(TemplateSlot::forKind(c->kind), name)) {
        QStringList names;
        for (const TemplateSlot& slot : TemplateSlot::forKind(c->kind))
            names << slot.name;
        return Status::invalid(
            tr("a %1 channel has no template “%2”; it has %3").arg(c->kind, name, names.join(u", ")));
    }
    // An empty template would make every rendering of the channel fail.
    if (source.trimmed().isEmpty())
        return Status::invalid(tr("template %1/%2 is empty").arg(channel, name));
    TemplateEngine engine;
    if (const QString error = engine.check(channel + u'/' + name, source); !error.isEmpty())
        return Status::invalid(error);
    return Status::ok();
}

std::optional<ChannelTemplate> Workspace::saveTemplate(const QString& channel, const QString& name,
                                                       const QString& source, const QString& author,
                                                       Status* status)
{
    if (Status s = refuseUnless(Permission::ManageTemplates); !s) {
        *status = s;
        return std::nullopt;
    }
    if (Status s = checkTemplate(channel, name, source); !s) {
        *status = s;
        return std::nullopt;
    }
    Transaction transaction(db(), *m_dialect);
    auto saved = m_templates->add(channel, name, source,
                                  m_session.isSignedIn() ? m_session.userName() : author, status);
    if (!saved)
        return std::nullopt;
    if (Status s =
            audit(QStringLiteral("template-save"), channel + u'/' + name, {{u"version"_s, saved->version}});
        !s) {
        *status = s;
        return std::nullopt;
    }
    if (!transaction.commit()) {
        *status = Status::internal(transaction.errorText());
        return std::nullopt;
    }
    Q_EMIT auditAppended();
    Q_EMIT templateSaved(channel, name);
    return saved;
}

std::optional<Asset> Workspace::asset(qint64 id) const
{
    return m_assets->find(id, true);
}

QList<SavedFilter> Workspace::savedFilters() const
{
    QSqlQuery q(db());
    QList<SavedFilter> filters;
    if (!q.exec(QStringLiteral("SELECT name, search, category FROM saved_filters ORDER BY name")))
        return filters;
    while (q.next())
        filters << SavedFilter{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    return filters;
}

Status Workspace::saveFilter(const SavedFilter& filter)
{
    if (filter.name.trimmed().isEmpty())
        return Status::invalid(tr("a saved filter needs a name"));
    return writeSavedFilters(
        QStringLiteral(
            "INSERT INTO saved_filters (name, search, category) VALUES (?, ?, ?) ON "
            "CONFLICT (name) DO UPDATE SET search = excluded.search, category = excluded.category"),
        {filter.name.trimmed(), filter.search, filter.category});
}

Status Workspace::removeFilter(const QString& name)
{
    return writeSavedFilters(QStringLiteral("DELETE FROM saved_filters WHERE name = ?"), {name});
}

Status Workspace::writeSavedFilters(const QString& sql, const QVariantList& values)
{
    Transaction transaction(db(), *m_dialect);
    QSqlQuery q(db());
    q.prepare(sql);
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (!q.exec())
        return Status::internal(q.lastError().text());
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    Q_EMIT savedFiltersChanged();
    return Status::ok();
}

} // namespace facet
