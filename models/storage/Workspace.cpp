// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/Workspace.h"

#include "models/access/PasswordHasher.h"
#include "models/access/SignInThrottle.h"
#include "models/assets/AssetSniffer.h"
#include "models/assets/AssetStore.h"
#include "models/assets/RenditionGenerator.h"
#include "models/rendering/ChannelRenderer.h"
#include "models/rendering/TemplateEngine.h"
#include "models/rendering/TemplateSlot.h"
#include "models/storage/AccessStore.h"
#include "models/storage/AuditStore.h"
#include "models/storage/CatalogStore.h"
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

QString localUserName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("local") : name;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
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

bool validName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    return pattern.match(name).hasMatch();
}

constexpr qsizetype kMinimumPasswordLength = 8;

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
                               const QString& restoredHash)
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
    const QList<PreparedRecord> prepared = records.size() < 64
                                               ? [&] {
                                                     QList<PreparedRecord> list;
                                                     list.reserve(records.size());
                                                     for (const MasterRecord& r : records)
                                                         list << prepare(r);
                                                     return list;
                                                 }()
                                               : QtConcurrent::blockingMapped(records, prepare);
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
                                                            now()});
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

// --- Sessions and permissions ---------------------------------------------------------------------------

void Workspace::refreshSession()
{
    if (m_access->userCount() == 0) {
        m_session = Session::open(localUserName());
        return;
    }
    if (!m_session.isSignedIn()) {
        m_session = Session();
        return;
    }
    const auto u = m_access->user(m_session.userName());
    if (!u || u->disabled) {
        m_session = Session();
        return;
    }
    QList<Role> roles;
    for (const QString& code : u->roles)
        if (const auto r = m_access->role(code))
            roles << *r;
    m_session = Session::signedIn(*u, roles);
}

Status Workspace::require(Permission permission) const
{
    return refuseUnless(permission);
}

Status Workspace::recordEvent(const QString& kind, const QString& subject, const QJsonObject& detail)
{
    if (Status s = refuseUnlessActing(); !s)
        return s;
    Transaction transaction(db(), *m_dialect);
    if (Status s = audit(kind, subject, detail); !s)
        return s;
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    Q_EMIT auditAppended();
    return Status::ok();
}

Status Workspace::continueSession(const Session& session)
{
    if (!hasUsers())
        return Status::ok();
    if (!session.isSignedIn())
        return Status::invalid(tr("this workspace has users: sign in to change it"));
    const auto user = m_access->user(session.userName());
    if (!user || user->disabled)
        return Status::invalid(tr("the user “%1” can no longer sign in").arg(session.userName()));
    return actAs(user->name);
}

Status Workspace::refuseUnlessActing() const
{
    if (!m_session.canAct())
        return Status::invalid(tr("this workspace has users: sign in to change it"));
    return Status::ok();
}

Status Workspace::refuseUnless(Permission permission) const
{
    if (Status s = refuseUnlessActing(); !s)
        return s;
    if (!m_session.can(permission))
        return Status::invalid(
            tr("%1 is not allowed to %2: none of their roles grants “%3”")
                .arg(m_session.userName(), permissions::label(permission), permissions::id(permission)));
    return Status::ok();
}

Status Workspace::audit(const QString& kind, const QString& subject, const QJsonObject& detail)
{
    return m_audit->append(m_session.userName(), kind, subject, detail);
}

Status Workspace::actAs(const QString& userName)
{
    const auto u = m_access->user(userName);
    if (!u)
        return Status::invalid(tr("there is no user “%1”").arg(userName));
    m_session = Session::signedIn(*u, {});
    refreshSession();
    Q_EMIT sessionChanged();
    return Status::ok();
}

bool Workspace::hasUsers() const
{
    return m_access->userCount() > 0;
}

Status Workspace::signIn(const QString& name, const QString& password)
{
    // Whoever signs in replaces whoever was signed in, even when the attempt fails.
    const bool wasSignedIn = m_session.isSignedIn();
    if (wasSignedIn) {
        m_session = Session();
        refreshSession();
    }
    const Status status = attemptSignIn(name, password);
    if (!status && wasSignedIn)
        Q_EMIT sessionChanged();
    return status;
}

Status Workspace::attemptSignIn(const QString& name, const QString& password)
{
    const auto credentials = m_access->credentials(name);
    const QDateTime at = QDateTime::currentDateTimeUtc();
    const QString refused = tr("the user name or the password is wrong");
    auto record = [this](const QString& actor, const QString& kind, const QJsonObject& detail,
                         const std::function<Status()>& extra = {}) {
        Transaction transaction(db(), *m_dialect);
        if (extra)
            if (Status s = extra(); !s)
                return s;
        if (Status s = m_audit->append(actor, kind, actor, detail); !s)
            return s;
        if (!transaction.commit())
            return Status::internal(transaction.errorText());
        Q_EMIT auditAppended();
        return Status::ok();
    };
    if (!credentials) {
        // As slow as a wrong password, so the answer's timing does not tell which user names exist.
        static const QString decoy = PasswordHasher::hash(QStringLiteral("facet-decoy"));
        (void)PasswordHasher::verify(decoy, password);
        if (Status s = record(name, QStringLiteral("sign-in-failed"), {{u"reason"_s, u"unknown user"_s}}); !s)
            return s;
        return Status::invalid(refused);
    }
    if (SignInThrottle::isThrottled(credentials->failedAttempts, credentials->lastFailure, at)) {
        const QDateTime from =
            SignInThrottle::allowedFrom(credentials->failedAttempts, credentials->lastFailure);
        if (Status s = record(name, QStringLiteral("sign-in-throttled"),
                              {{u"failures"_s, credentials->failedAttempts},
                               {u"until"_s, from.toString(Qt::ISODateWithMs)}});
            !s)
            return s;
        return Status::invalid(tr("too many failed sign-ins for %1; try again in %2 s")
                                   .arg(name)
                                   .arg(std::max<qint64>(1, (at.msecsTo(from) + 999) / 1000)));
    }
    if (!PasswordHasher::verify(credentials->passwordHash, password)) {
        if (Status s =
                record(name, QStringLiteral("sign-in-failed"),
                       {{u"reason"_s, u"wrong password"_s}, {u"failures"_s, credentials->failedAttempts + 1}},
                       [&] { return m_access->recordFailure(name, at); });
            !s)
            return s;
        return Status::invalid(refused);
    }
    if (credentials->disabled) {
        if (Status s = record(name, QStringLiteral("sign-in-failed"), {{u"reason"_s, u"disabled"_s}}); !s)
            return s;
        return Status::invalid(tr("the user %1 is disabled").arg(name));
    }
    const bool rehash = PasswordHasher::needsRehash(credentials->passwordHash);
    const QString newHash = rehash ? PasswordHasher::hash(password) : QString();
    if (Status s = record(name, QStringLiteral("sign-in"), {},
                          [&] {
                              if (Status r = m_access->resetFailures(name); !r)
                                  return r;
                              return newHash.isEmpty() ? Status::ok()
                                                       : m_access->setPasswordHash(name, newHash);
                          });
        !s)
        return s;
    m_session = Session::signedIn(*m_access->user(name), {});
    refreshSession();
    Q_EMIT sessionChanged();
    return Status::ok();
}

void Workspace::signOut()
{
    m_session = Session();
    refreshSession();
    Q_EMIT sessionChanged();
}

QList<User> Workspace::users() const
{
    return m_access->users();
}

std::optional<User> Workspace::user(const QString& name) const
{
    return m_access->user(name);
}

Status Workspace::addUser(const User& user, const QString& password)
{
    if (Status s = refuseUnless(Permission::ManageUsers); !s)
        return s;
    if (password.size() < kMinimumPasswordLength)
        return Status::invalid(
            tr("the password must have at least %1 characters").arg(kMinimumPasswordLength));
    // Checked before hashing, which takes a noticeable moment.
    if (Status s = checkNewUser(user); !s)
        return s;
    const QString hash = PasswordHasher::hash(password);
    if (hash.isEmpty())
        return Status::internal(tr("the password could not be hashed (out of memory?)"));
    return addUserWithHash(user, hash);
}

Status Workspace::checkNewUser(const User& user) const
{
    if (!validName(user.name))
        return Status::invalid(
            tr("“%1” cannot be a user name: use 1 to 64 letters, digits, dots, dashes, underscores or @")
                .arg(user.name));
    if (m_access->user(user.name))
        return Status::invalid(tr("there already is a user “%1”").arg(user.name));
    if (m_access->userCount() == 0 && !user.roles.contains(Role::adminCode()))
        return Status::invalid(tr("the first user must be an admin (role “%1”): once a workspace has users, "
                                  "only admins manage them")
                                   .arg(Role::adminCode()));
    for (const QString& role : user.roles)
        if (!m_access->role(role))
            return Status::invalid(tr("there is no role “%1”").arg(role));
    return Status::ok();
}

Status Workspace::addUserWithHash(const User& user, const QString& hash)
{
    if (Status s = refuseUnless(Permission::ManageUsers); !s)
        return s;
    if (Status s = checkNewUser(user); !s)
        return s;
    Transaction transaction(db(), *m_dialect);
    User added = user;
    added.createdAt = now();
    if (Status s = m_access->addUser(added, hash); !s)
        return s;
    if (Status s = audit(QStringLiteral("user-add"), user.name,
                         {{u"roles"_s, QJsonArray::fromStringList(user.roles)},
                          {u"displayName"_s, user.displayName},
                          {u"disabled"_s, user.disabled}});
        !s)
        return s;
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    const bool wasOpen = m_session.isOpen();
    refreshSession();
    Q_EMIT auditAppended();
    Q_EMIT usersChanged();
    if (wasOpen)
        Q_EMIT sessionChanged();
    return Status::ok();
}

Status Workspace::keepAnAdmin(const QString& userName, const QString& removedRole, bool disabling) const
{
    const auto u = m_access->user(userName);
    if (!u || !u->roles.contains(Role::adminCode()) || u->disabled)
        return Status::ok();
    if (!disabling && removedRole != Role::adminCode())
        return Status::ok();
    if (m_access->holders(Role::adminCode()).size() <= 1)
        return Status::invalid(tr("%1 is the last admin: make someone else an admin first").arg(userName));
    return Status::ok();
}

Status Workspace::setUserDisabled(const QString& name, bool disabled)
{
    if (Status s = refuseUnless(Permission::ManageUsers); !s)
        return s;
    const auto u = m_access->user(name);
    if (!u)
        return Status::invalid(tr("there is no user “%1”").arg(name));
    if (u->disabled == disabled)
        return Status::ok();
    if (disabled)
        if (Status s = keepAnAdmin(name, {}, true); !s)
            return s;
    Transaction transaction(db(), *m_dialect);
    if (Status s = m_access->setDisabled(name, disabled); !s)
        return s;
    if (!disabled)
        if (Status s = m_access->resetFailures(name); !s)
            return s;
    if (Status s = audit(disabled ? QStringLiteral("user-disable") : QStringLiteral("user-enable"), name); !s)
        return s;
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    refreshSession();
    Q_EMIT auditAppended();
    Q_EMIT usersChanged();
    return Status::ok();
}

Status Workspace::changePassword(const QString& name, const QString& newPassword,
                                 const QString& currentPassword)
{
    if (Status s = refuseUnlessActing(); !s)
        return s;
    const auto credentials = m_access->credentials(name);
    if (!credentials)
        return Status::invalid(tr("there is no user “%1”").arg(name));
    const bool own = m_session.isSignedIn() && m_session.userName() == name;
    if (!m_session.can(Permission::ManageUsers)) {
        if (!own)
            return refuseUnless(Permission::ManageUsers);
        if (!PasswordHasher::verify(credentials->passwordHash, currentPassword))
            return Status::invalid(tr("the current password is wrong"));
    }
    if (newPassword.size() < kMinimumPasswordLength)
        return Status::invalid(
            tr("the password must have at least %1 characters").arg(kMinimumPasswordLength));
    const QString hash = PasswordHasher::hash(newPassword);
    if (hash.isEmpty())
        return Status::internal(tr("the password could not be hashed (out of memory?)"));
    Transaction transaction(db(), *m_dialect);
    if (Status s = m_access->setPasswordHash(name, hash); !s)
        return s;
    if (Status s = m_access->resetFailures(name); !s)
        return s;
    if (Status s = audit(QStringLiteral("password-change"), name); !s)
        return s;
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    Q_EMIT auditAppended();
    return Status::ok();
}

QList<Role> Workspace::roles() const
{
    return m_access->roles();
}

std::optional<Role> Workspace::role(const QString& code) const
{
    return m_access->role(code);
}

Status Workspace::saveRole(const Role& role)
{
    if (Status s = refuseUnless(Permission::ManageRoles); !s)
        return s;
    if (!validName(role.code))
        return Status::invalid(tr("“%1” cannot be a role code").arg(role.code));
    if (role.code == Role::adminCode() && role.permissions.size() != permissions::all().size())
        return Status::invalid(
            tr("the admin role keeps every permission, or nobody could manage the workspace"));
    QJsonArray ids;
    for (Permission p : role.permissions)
        ids << permissions::id(p);
    Transaction transaction(db(), *m_dialect);
    if (Status s = m_access->saveRole(role); !s)
        return s;
    if (Status s = audit(QStringLiteral("role-save"), role.code,
                         {{u"permissions"_s, ids},
                          {u"editGroups"_s, QJsonArray::fromStringList(role.editGroups)},
                          {u"publishChannels"_s, QJsonArray::fromStringList(role.publishChannels)}});
        !s)
        return s;
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    refreshSession();
    Q_EMIT auditAppended();
    Q_EMIT rolesChanged();
    return Status::ok();
}

Status Workspace::removeRole(const QString& code)
{
    if (Status s = refuseUnless(Permission::ManageRoles); !s)
        return s;
    if (!m_access->role(code))
        return Status::invalid(tr("there is no role “%1”").arg(code));
    if (code == Role::adminCode())
        return Status::invalid(tr("the admin role cannot be removed"));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM user_roles WHERE role = ?"));
    q.bindValue(0, code);
    if (q.exec() && q.next() && q.value(0).toInt() > 0)
        return Status::invalid(
            tr("%n user(s) still hold the role “%1”", nullptr, q.value(0).toInt()).arg(code));
    for (const Transition& t : m_workflow.transitions)
        if (t.roles.contains(code))
            return Status::invalid(
                tr("the workflow transition %1 → %2 names the role “%3”").arg(t.from, t.to, code));
    Transaction transaction(db(), *m_dialect);
    if (Status s = m_access->removeRole(code); !s)
        return s;
    if (Status s = audit(QStringLiteral("role-remove"), code); !s)
        return s;
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    Q_EMIT auditAppended();
    Q_EMIT rolesChanged();
    return Status::ok();
}

Status Workspace::grantRole(const QString& userName, const QString& roleCode)
{
    if (Status s = refuseUnless(Permission::ManageUsers); !s)
        return s;
    const auto u = m_access->user(userName);
    if (!u)
        return Status::invalid(tr("there is no user “%1”").arg(userName));
    if (!m_access->role(roleCode))
        return Status::invalid(tr("there is no role “%1”").arg(roleCode));
    if (u->roles.contains(roleCode))
        return Status::ok();
    Transaction transaction(db(), *m_dialect);
    if (Status s = m_access->grant(userName, roleCode); !s)
        return s;
    if (Status s = audit(QStringLiteral("role-grant"), userName, {{u"role"_s, roleCode}}); !s)
        return s;
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    refreshSession();
    Q_EMIT auditAppended();
    Q_EMIT usersChanged();
    return Status::ok();
}

Status Workspace::revokeRole(const QString& userName, const QString& roleCode)
{
    if (Status s = refuseUnless(Permission::ManageUsers); !s)
        return s;
    const auto u = m_access->user(userName);
    if (!u)
        return Status::invalid(tr("there is no user “%1”").arg(userName));
    if (!u->roles.contains(roleCode))
        return Status::invalid(tr("%1 does not hold the role “%2”").arg(userName, roleCode));
    if (Status s = keepAnAdmin(userName, roleCode, false); !s)
        return s;
    Transaction transaction(db(), *m_dialect);
    if (Status s = m_access->revoke(userName, roleCode); !s)
        return s;
    if (Status s = audit(QStringLiteral("role-revoke"), userName, {{u"role"_s, roleCode}}); !s)
        return s;
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    refreshSession();
    Q_EMIT auditAppended();
    Q_EMIT usersChanged();
    return Status::ok();
}

// --- Workflow -----------------------------------------------------------------------------------------

Status Workspace::loadWorkflow()
{
    Status status;
    m_workflow = m_workflowStore->load(&status);
    return status;
}

Status Workspace::saveWorkflow(const Workflow& workflow)
{
    if (Status s = refuseUnless(Permission::ManageWorkflow); !s)
        return s;
    if (Status s = workflow.validate(); !s)
        return s;
    const QList<Role> known = m_access->roles();
    for (const Transition& t : workflow.transitions)
        for (const QString& code : t.roles)
            if (std::none_of(known.cbegin(), known.cend(), [&](const Role& r) { return r.code == code; }))
                return Status::invalid(
                    tr("the transition %1 → %2 names the unknown role “%3”").arg(t.from, t.to, code));
    // Revisions must keep a stage: removing one they stand at would drop them out of the workflow.
    QSqlQuery q(db());
    if (q.exec(QStringLiteral("SELECT DISTINCT stage FROM revisions")))
        while (q.next())
            if (!workflow.stage(q.value(0).toString()))
                return Status::invalid(tr("revisions stand at stage “%1”: keep it, or move them first")
                                           .arg(q.value(0).toString()));
    QJsonArray stages;
    for (const Stage& st : workflow.stages)
        stages << QJsonObject{
            {u"code"_s, st.code}, {u"level"_s, st.releaseLevel}, {u"fourEyes"_s, st.fourEyes}};
    Transaction transaction(db(), *m_dialect);
    if (Status s = m_workflowStore->save(workflow); !s)
        return s;
    if (Status s = audit(QStringLiteral("workflow-save"), {},
                         {{u"stages"_s, stages}, {u"transitions"_s, int(workflow.transitions.size())}});
        !s)
        return s;
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    if (Status s = loadWorkflow(); !s)
        return s;
    Q_EMIT auditAppended();
    Q_EMIT workflowChanged();
    return Status::ok();
}

Status Workspace::setChannelLevel(const QString& channel, int level)
{
    if (Status s = refuseUnless(Permission::ManageChannels); !s)
        return s;
    const Channel* c = m_catalog.channel(channel);
    if (!c)
        return Status::invalid(tr("there is no channel “%1”").arg(channel));
    if (level < 0 || level > m_workflow.maxReleaseLevel())
        return Status::invalid(
            tr("the required level must be between 0 and %1, the highest the workflow grants")
                .arg(m_workflow.maxReleaseLevel()));
    const int before = c->requiredLevel;
    if (before == level)
        return Status::ok();
    Transaction transaction(db(), *m_dialect);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE channels SET required_level = ? WHERE code = ?"));
    q.bindValue(0, level);
    q.bindValue(1, channel);
    if (!q.exec())
        return Status::internal(q.lastError().text());
    if (Status s = audit(QStringLiteral("channel-level"), channel, {{u"from"_s, before}, {u"to"_s, level}});
        !s)
        return s;
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    if (Status s = CatalogStore::load(db(), &m_catalog); !s)
        return s;
    Q_EMIT auditAppended();
    Q_EMIT structureChanged();
    return Status::ok();
}

std::optional<RevisionState> Workspace::submit(const QString& sku, const QString& comment, Status* status)
{
    if (Status s = refuseUnless(Permission::Submit); !s) {
        *status = s;
        return std::nullopt;
    }
    const Stage* start = m_workflow.first();
    const Stage* target = m_workflow.submitStage();
    if (!start || !target) {
        *status = Status::internal(tr("the workflow has no stage to submit to"));
        return std::nullopt;
    }
    auto fail = [status](const Status& s) {
        *status = s;
        return std::optional<RevisionState>();
    };
    Transaction transaction(db(), *m_dialect);
    const QString user = m_session.userName();
    const auto revision = m_records->freeze(sku, user, status);
    if (!revision)
        return std::nullopt;
    auto state = m_workflowStore->revision(sku, revision->hash);
    if (!state)
        return fail(Status::internal(tr("the revision of %1 just frozen cannot be read back").arg(sku)));
    if (state->submission > 0 && !state->superseded && state->stage != start->code) {
        const Stage* at = m_workflow.stage(state->stage);
        return fail(Status::invalid(
            tr("%1 is already at “%2” with this content (revision %3); change it before submitting again")
                .arg(sku, at ? at->label(m_catalog.defaultLocale()) : state->stage,
                     revision->hash.left(12))));
    }
    QStringList editors = state->submission > 0 ? state->editors : QStringList();
    for (const QString& e : m_workflowStore->draftEditors(sku) + QStringList{user})
        if (!editors.contains(e))
            editors << e;
    const QString at = now();
    for (const RevisionState& other : m_workflowStore->revisions(sku)) {
        if (other.revision.id == state->revision.id || other.superseded || other.submission == 0)
            continue;
        if (Status s = m_workflowStore->setSuperseded(other.revision.id); !s)
            return fail(s);
        if (other.stage == start->code)
            continue;
        if (Status s = m_workflowStore->addApproval(Approval{0,
                                                             sku,
                                                             other.revision.hash,
                                                             user,
                                                             {},
                                                             other.stage,
                                                             other.stage,
                                                             Approval::Decision::Supersede,
                                                             {},
                                                             at});
            !s)
            return fail(s);
        if (Status s = audit(
                QStringLiteral("supersede"), sku,
                {{u"revision"_s, other.revision.hash}, {u"stage"_s, other.stage}, {u"by"_s, revision->hash}});
            !s)
            return fail(s);
    }
    if (Status s = m_workflowStore->markSubmitted(state->revision.id, target->code, user, at, editors); !s)
        return fail(s);
    if (Status s = m_workflowStore->setDraftEditors(sku, {}); !s)
        return fail(s);
    const QString role = m_session.roleAmong(m_session.user().roles);
    if (Status s =
            m_workflowStore->addApproval(Approval{0, sku, revision->hash, user, role, start->code,
                                                  target->code, Approval::Decision::Submit, comment, at});
        !s)
        return fail(s);
    if (Status s = audit(QStringLiteral("submit"), sku,
                         {{u"revision"_s, revision->hash}, {u"to"_s, target->code}, {u"comment"_s, comment}});
        !s)
        return fail(s);
    if (!transaction.commit())
        return fail(Status::internal(transaction.errorText()));
    Q_EMIT auditAppended();
    Q_EMIT revisionsChanged(sku);
    return m_workflowStore->revision(sku, revision->hash);
}

Status Workspace::decide(const QString& sku, const QString& revisionHash, Transition::Kind kind,
                         const QString& toStage, const QString& comment)
{
    if (Status s = refuseUnlessActing(); !s)
        return s;
    const auto current = currentRevision(sku);
    if (!current) {
        if (!m_records->load(sku))
            return Status::invalid(tr("no product with SKU “%1”").arg(sku));
        return Status::invalid(tr("%1 has no revision waiting for a decision; submit it first").arg(sku));
    }
    if (current->revision.hash != revisionHash)
        return Status::invalid(tr("the record changed since you opened it: revision %1 of %2 is not the one "
                                  "waiting for a decision (%3)")
                                   .arg(revisionHash.left(12), sku, current->revision.hash.left(12)));
    const Stage* from = m_workflow.stage(current->stage);
    if (!from)
        return Status::internal(
            tr("revision %1 stands at the unknown stage “%2”").arg(revisionHash.left(12), current->stage));
    const QString locale = m_catalog.defaultLocale();
    const bool approving = kind == Transition::Kind::Approve;
    if (approving && from->code == m_workflow.first()->code)
        return Status::invalid(
            tr("%1 is at “%2”: submit it rather than approve it").arg(sku, from->label(locale)));
    QList<Transition> candidates;
    for (const Transition& t : m_workflow.transitionsFrom(from->code, kind))
        if (toStage.isEmpty() || t.to == toStage)
            candidates << t;
    if (candidates.isEmpty()) {
        if (toStage.isEmpty())
            return Status::invalid(tr("nothing goes on from “%1”").arg(from->label(locale)));
        return Status::invalid(
            approving ? tr("there is no approval from “%1” to “%2”").arg(from->label(locale), toStage)
                      : tr("there is no sending back from “%1” to “%2”").arg(from->label(locale), toStage));
    }
    const Transition* chosen = nullptr;
    for (const Transition& t : candidates)
        if (!chosen && m_session.holdsAny(t.roles))
            chosen = &t;
    if (!chosen) {
        QStringList roleNames;
        for (const QString& code : candidates.first().roles) {
            const auto r = m_access->role(code);
            roleNames << (r ? r->label(locale) : code);
        }
        return Status::invalid((approving
                                    ? tr("%1 may not approve at “%2”: that needs one of the roles %3")
                                    : tr("%1 may not send back from “%2”: that needs one of the roles %3"))
                                   .arg(m_session.userName(), from->label(locale), roleNames.join(u", ")));
    }
    // Four eyes: in an open workspace there is only one pair of eyes, so the rule cannot apply there.
    if (approving && from->fourEyes && !m_session.isOpen() &&
        (current->submittedBy == m_session.userName() || current->editors.contains(m_session.userName())))
        return Status::invalid(
            tr("four eyes: %1 submitted or edited this revision of %2 and may not approve it "
               "at “%3”; someone else must")
                .arg(m_session.userName(), sku, from->label(locale)));
    if (!approving && comment.trimmed().isEmpty())
        return Status::invalid(tr("sending back needs a comment that says what to change"));
    const Transition transition = *chosen;
    Transaction transaction(db(), *m_dialect);
    if (Status s = m_workflowStore->setStage(current->revision.id, transition.to); !s)
        return s;
    const QString role = m_session.roleAmong(transition.roles);
    const QString at = now();
    const Approval::Decision decision =
        approving ? Approval::Decision::Approve : Approval::Decision::SendBack;
    if (Status s = m_workflowStore->addApproval(Approval{0, sku, revisionHash, m_session.userName(), role,
                                                         from->code, transition.to, decision, comment, at});
        !s)
        return s;
    if (Status s = audit(Approval::decisionId(decision), sku,
                         {{u"revision"_s, revisionHash},
                          {u"from"_s, from->code},
                          {u"to"_s, transition.to},
                          {u"role"_s, role},
                          {u"comment"_s, comment}});
        !s)
        return s;
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    Q_EMIT auditAppended();
    Q_EMIT revisionsChanged(sku);
    return Status::ok();
}

Status Workspace::approve(const QString& sku, const QString& revisionHash, const QString& comment,
                          const QString& toStage)
{
    return decide(sku, revisionHash, Transition::Kind::Approve, toStage, comment);
}

Status Workspace::sendBack(const QString& sku, const QString& revisionHash, const QString& toStage,
                           const QString& comment)
{
    if (toStage.isEmpty())
        return Status::invalid(tr("say which stage to send %1 back to").arg(sku));
    return decide(sku, revisionHash, Transition::Kind::SendBack, toStage, comment);
}

Status Workspace::restoreRevision(const QString& sku, const QString& revisionHash)
{
    Status status;
    const auto state = findRevision(sku, revisionHash, &status);
    if (!state)
        return status;
    auto record = MasterRecord::fromCanonicalJson(state->revision.content);
    if (!record)
        return Status::internal(tr("revision %1 of %2 is damaged").arg(state->revision.hash.left(12), sku));
    if (Status s = writeRecords({*record}, {}, QStringLiteral("restore"), state->revision.hash); !s)
        return s;
    Q_EMIT recordSaved(sku);
    Q_EMIT revisionsChanged(sku);
    return Status::ok();
}

namespace {

bool newerSubmission(const RevisionState& a, const RevisionState& b)
{
    return a.submission != b.submission ? a.submission > b.submission : a.revision.id > b.revision.id;
}

} // namespace

std::optional<RevisionState> Workspace::effectiveRevision(const QString& sku, const QString& channel,
                                                          Status* status) const
{
    const Channel* c = m_catalog.channel(channel);
    if (!c) {
        if (status)
            *status = Status::invalid(tr("there is no channel “%1”").arg(channel));
        return std::nullopt;
    }
    QList<RevisionState> states = m_workflowStore->revisions(sku);
    std::sort(states.begin(), states.end(), newerSubmission);
    for (const RevisionState& state : std::as_const(states))
        if (m_workflow.stage(state.stage) && m_workflow.releaseLevel(state.stage) >= c->requiredLevel)
            return state;
    return std::nullopt;
}

QList<RevisionState> Workspace::revisionStates(const QString& sku) const
{
    return m_workflowStore->revisions(sku);
}

std::optional<RevisionState> Workspace::findRevision(const QString& sku, const QString& hashOrPrefix,
                                                     Status* status) const
{
    if (hashOrPrefix.size() < 4) {
        *status = Status::invalid(tr("give at least 4 characters of a revision hash"));
        return std::nullopt;
    }
    std::optional<RevisionState> found;
    for (const RevisionState& state : m_workflowStore->revisions(sku)) {
        if (!state.revision.hash.startsWith(hashOrPrefix.toLower()))
            continue;
        if (found) {
            *status = Status::invalid(tr("“%1” names more than one revision of %2").arg(hashOrPrefix, sku));
            return std::nullopt;
        }
        found = state;
    }
    if (!found)
        *status = Status::invalid(tr("%1 has no revision “%2”").arg(sku, hashOrPrefix));
    return found;
}

std::optional<RevisionState> Workspace::revisionState(const QString& sku, const QString& hashOrPrefix,
                                                      Status* status) const
{
    Status local;
    auto found = findRevision(sku, hashOrPrefix, &local);
    if (status)
        *status = local;
    return found;
}

std::optional<RevisionState> Workspace::currentRevision(const QString& sku) const
{
    std::optional<RevisionState> best;
    for (const RevisionState& state : m_workflowStore->revisions(sku))
        if (state.submission > 0 && !state.superseded && (!best || newerSubmission(state, *best)))
            best = state;
    return best;
}

std::optional<RevisionState> Workspace::lastApprovedRevision(const QString& sku) const
{
    const auto current = currentRevision(sku);
    QList<RevisionState> states = m_workflowStore->revisions(sku);
    std::sort(states.begin(), states.end(), newerSubmission);
    for (const RevisionState& state : std::as_const(states))
        if ((!current || state.revision.id != current->revision.id) &&
            m_workflow.releaseLevel(state.stage) > 0)
            return state;
    return std::nullopt;
}

QList<Approval> Workspace::approvals(const QString& sku) const
{
    return m_workflowStore->approvals(sku);
}

QList<Transition> Workspace::transitionsFor(const RevisionState& state, bool* blockedByFourEyes) const
{
    QList<Transition> result;
    if (blockedByFourEyes)
        *blockedByFourEyes = false;
    const Stage* stage = m_workflow.stage(state.stage);
    if (!stage || !m_session.canAct() || stage->code == m_workflow.first()->code)
        return result;
    const bool fourEyes =
        stage->fourEyes && !m_session.isOpen() &&
        (state.submittedBy == m_session.userName() || state.editors.contains(m_session.userName()));
    for (const Transition& t : m_workflow.transitionsFrom(stage->code)) {
        if (!m_session.holdsAny(t.roles))
            continue;
        if (fourEyes && t.kind == Transition::Kind::Approve) {
            if (blockedByFourEyes)
                *blockedByFourEyes = true;
            continue;
        }
        result << t;
    }
    return result;
}

QList<Transition> Workspace::allowedTransitions(const QString& sku) const
{
    const auto current = currentRevision(sku);
    return current ? transitionsFor(*current, nullptr) : QList<Transition>();
}

QList<RevisionComment> Workspace::comments(const QString& sku, const QString& revisionHash) const
{
    return m_workflowStore->comments(sku, revisionHash);
}

Status Workspace::addComment(const QString& sku, const QString& revisionHash, const QString& text)
{
    if (Status s = refuseUnlessActing(); !s)
        return s;
    if (text.trimmed().isEmpty())
        return Status::invalid(tr("the comment is empty"));
    Status status;
    const auto state = findRevision(sku, revisionHash, &status);
    if (!state)
        return status;
    Transaction transaction(db(), *m_dialect);
    if (Status s = m_workflowStore->addComment(
            RevisionComment{0, sku, state->revision.hash, m_session.userName(), text.trimmed(), now()});
        !s)
        return s;
    if (Status s = audit(QStringLiteral("comment"), sku,
                         {{u"revision"_s, state->revision.hash}, {u"text"_s, text.trimmed()}});
        !s)
        return s;
    if (!transaction.commit())
        return Status::internal(transaction.errorText());
    Q_EMIT auditAppended();
    Q_EMIT commentsChanged(sku);
    return Status::ok();
}

QList<Task> Workspace::tasks() const
{
    QList<Task> result;
    if (!m_session.canAct())
        return result;
    // Tasks are what waits for an approval this user may give; send-backs alone do not make work.
    QStringList stages;
    for (const Stage& stage : m_workflow.stages) {
        if (stage.code == m_workflow.first()->code)
            continue;
        for (const Transition& t : m_workflow.transitionsFrom(stage.code, Transition::Kind::Approve))
            if (m_session.holdsAny(t.roles) && !stages.contains(stage.code))
                stages << stage.code;
    }
    QSqlQuery label(db());
    label.prepare(QStringLiteral("SELECT label FROM products WHERE sku = ?"));
    for (const RevisionState& state : m_workflowStore->waiting(stages)) {
        Task task{state.revision.sku,
                  {},
                  state.revision.hash,
                  state.stage,
                  state.submittedBy,
                  state.submittedAt,
                  {},
                  false};
        task.transitions = transitionsFor(state, &task.blockedByFourEyes);
        label.bindValue(0, task.sku);
        if (label.exec() && label.next())
            task.label = label.value(0).toString();
        result << task;
    }
    return result;
}

QMap<QString, int> Workspace::taskCounts() const
{
    QMap<QString, int> counts;
    for (const Task& task : tasks())
        if (!task.blockedByFourEyes)
            ++counts[task.stage];
    return counts;
}

std::optional<RevisionDiff> Workspace::diff(const QString& sku, const QString& hashBefore,
                                            const QString& hashAfter, Status* status) const
{
    auto load = [&](const QString& hash) -> std::optional<MasterRecord> {
        if (hash == u"draft")
            return m_records->load(sku, status);
        const auto state = findRevision(sku, hash, status);
        if (!state)
            return std::nullopt;
        auto record = MasterRecord::fromCanonicalJson(state->revision.content);
        if (!record)
            *status = Status::internal(tr("revision %1 of %2 is damaged").arg(hash, sku));
        return record;
    };
    const auto before = load(hashBefore);
    if (!before)
        return std::nullopt;
    const auto after = load(hashAfter);
    if (!after)
        return std::nullopt;
    return RevisionDiff::compare(*before, *after, &m_catalog);
}

// --- Audit ---------------------------------------------------------------------------------------------

QList<AuditEntry> Workspace::auditEntries(const AuditQuery& query, Status* status) const
{
    if (Status s = refuseUnless(Permission::ViewAudit); !s) {
        if (status)
            *status = s;
        return {};
    }
    return m_audit->list(query, status);
}

AuditVerification Workspace::verifyAudit() const
{
    return m_audit->verify();
}

} // namespace facet
