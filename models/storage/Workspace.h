// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/access/Permission.h"
#include "models/access/Role.h"
#include "models/access/Session.h"
#include "models/access/User.h"
#include "models/assets/AssetQuery.h"
#include "models/assets/Rendition.h"
#include "models/assets/RenditionSpec.h"
#include "models/audit/AuditChain.h"
#include "models/audit/AuditEntry.h"
#include "models/audit/AuditQuery.h"
#include "models/catalog/Catalog.h"
#include "models/core/Status.h"
#include "models/publishing/Publication.h"
#include "models/publishing/PublicationSchedule.h"
#include "models/publishing/PublishTarget.h"
#include "models/record/Completeness.h"
#include "models/record/MasterRecord.h"
#include "models/record/Revision.h"
#include "models/record/Validator.h"
#include "models/rendering/ChannelTemplate.h"
#include "models/storage/Asset.h"
#include "models/storage/ProductQuery.h"
#include "models/workflow/Approval.h"
#include "models/workflow/RevisionComment.h"
#include "models/workflow/RevisionDiff.h"
#include "models/workflow/RevisionState.h"
#include "models/workflow/Task.h"
#include "models/workflow/Workflow.h"

#include <QMap>
#include <QObject>
#include <QSqlDatabase>
#include <functional>
#include <memory>
#include <optional>

namespace facet {

class AssetStore;
class AccessStore;
class PublishingStore;
class Publisher;
class AuditStore;
class RecordStore;
struct PreparedRecord;
class TemplateStore;
class SqlDialect;
class WorkflowStore;

// One catalog in one database. The single entry point the workbench and facetctl share: every write is
// validated, checked against the session's permissions, audited in the same transaction, and announces
// itself so views can follow. Refusals are Status::invalid with a message naming what is missing, and change
// nothing. A workspace without users is open (every permission, audited under the local account name);
// once it has users, writes need a signed-in user. Reading never does.
// A Workspace belongs to the thread that opened it; background work opens its own.
class Workspace : public QObject
{
    Q_OBJECT

public:
    enum class OpenMode { OpenExisting, Create, OpenOrCreate };

    static std::unique_ptr<Workspace> open(const QString& path, OpenMode mode, Status* status);
    ~Workspace() override;

    QString path() const { return m_path; }
    int schemaVersion() const;
    const Catalog& catalog() const { return m_catalog; }

    // --- Sign-in and people ---------------------------------------------------------------------------
    bool hasUsers() const;
    const Session& session() const { return m_session; }
    // Checks the password (Argon2id), the disabled flag and the throttle; audits success and failure.
    Status signIn(const QString& name, const QString& password);
    void signOut();
    QList<User> users() const;
    std::optional<User> user(const QString& name) const;
    // ManageUsers. The first user of a workspace must hold the Admin role.
    Status addUser(const User& user, const QString& password);
    Status setUserDisabled(const QString& name, bool disabled);
    // Users change their own password (with the current one); ManageUsers changes anyone's without it.
    Status changePassword(const QString& name, const QString& newPassword,
                          const QString& currentPassword = {});
    QList<Role> roles() const;
    std::optional<Role> role(const QString& code) const;
    Status saveRole(const Role& role);                           // ManageRoles
    Status removeRole(const QString& code);                      // ManageRoles; refused while a user holds it
    Status grantRole(const QString& user, const QString& role);  // ManageUsers
    Status revokeRole(const QString& user, const QString& role); // ManageUsers; the last admin stays

    // --- Workflow -------------------------------------------------------------------------------------
    const Workflow& workflow() const { return m_workflow; }
    Status saveWorkflow(const Workflow& workflow);             // ManageWorkflow
    Status setChannelLevel(const QString& channel, int level); // ManageChannels
    // Freezes the working draft as a revision at the workflow's submit stage (Submit).
    std::optional<RevisionState> submit(const QString& sku, const QString& comment, Status* status);
    // `revisionHash` names what the user saw; refused unless it is the record's newest non-superseded
    // submitted revision. `toStage` picks among several approve transitions (default: the first allowed).
    Status approve(const QString& sku, const QString& revisionHash, const QString& comment,
                   const QString& toStage = {});
    Status sendBack(const QString& sku, const QString& revisionHash, const QString& toStage,
                    const QString& comment);
    // The old revision's content becomes the working draft: a new edit.
    Status restoreRevision(const QString& sku, const QString& revisionHash);
    // The newest revision whose stage grants at least the channel's required level; none if there is none.
    std::optional<RevisionState> effectiveRevision(const QString& sku, const QString& channel,
                                                   Status* status = nullptr) const;
    // Every revision of a record with its stage, oldest first.
    QList<RevisionState> revisionStates(const QString& sku) const;
    // A revision by full hash or unique prefix.
    std::optional<RevisionState> revisionState(const QString& sku, const QString& hashOrPrefix,
                                               Status* status = nullptr) const;
    // The newest non-superseded submitted revision: what approve() and sendBack() act on.
    std::optional<RevisionState> currentRevision(const QString& sku) const;
    // The newest revision at a stage above the submit stage: what a review diffs against.
    std::optional<RevisionState> lastApprovedRevision(const QString& sku) const;
    QList<Approval> approvals(const QString& sku) const; // oldest first
    // The transitions the session may take on the record's current revision (four-eyes refusals removed).
    QList<Transition> allowedTransitions(const QString& sku) const;
    QList<RevisionComment> comments(const QString& sku, const QString& revisionHash = {}) const;
    Status addComment(const QString& sku, const QString& revisionHash, const QString& text);
    QList<Task> tasks() const;
    QMap<QString, int> taskCounts() const; // stage code → tasks
    std::optional<RevisionDiff> diff(const QString& sku, const QString& hashBefore, const QString& hashAfter,
                                     Status* status) const;

    // --- Audit ----------------------------------------------------------------------------------------
    QList<AuditEntry> auditEntries(const AuditQuery& query, Status* status) const; // ViewAudit
    AuditVerification verifyAudit() const;

    // --- Structure and records ------------------------------------------------------------------------
    Status saveStructure(const Catalog& catalog);

    std::optional<MasterRecord> record(const QString& sku, Status* status = nullptr) const;
    // The drafts of several products at once, for bulk work such as imports; unknown SKUs are left out.
    QList<MasterRecord> records(const QStringList& skus, Status* status = nullptr) const;
    // Runs `work` in one write transaction: everything it writes through this workspace is kept together,
    // or (when it fails, or the process dies) none of it is.
    Status transact(const std::function<Status()>& work);
    // Services built on the workspace (imports, publications) ask before they start and record their runs.
    Status require(Permission permission) const;
    Status recordEvent(const QString& kind, const QString& subject, const QJsonObject& detail);
    // A second connection in this process (background work) acts as the user signed in on the first one;
    // refused when that user has been disabled or removed since.
    Status continueSession(const Session& session);
    // Validates, then writes the working draft, its completeness and its search entry in one transaction.
    Status saveRecord(const MasterRecord& record);
    // All or nothing; `progress` is told how many were written and may return false to cancel (rolls back).
    Status saveRecords(const QList<MasterRecord>& records,
                       const std::function<bool(qsizetype)>& progress = {});
    // saveRecords() for bulk writers that prepared the records on their own threads: `prepared.at(i)` is
    // PreparedRecord::prepare(catalog(), records.at(i)).
    Status saveRecords(const QList<MasterRecord>& records, const QList<PreparedRecord>& prepared);
    Status removeRecord(const QString& sku);
    QList<ValidationError> validate(const MasterRecord& record) const;

    QList<ProductRow> products(const ProductQuery& query, Status* status = nullptr) const;
    qint64 productCount(const ProductQuery& query = {}) const;
    QList<Completeness> completeness(const QString& sku) const;
    QList<CompletenessSummary> completenessSummary() const;

    std::optional<Revision> freezeRevision(const QString& sku, const QString& author, Status* status);
    QList<Revision> revisions(const QString& sku) const;

    // Stores bytes as they are, once per content; importAsset() is the checked way in for files from outside.
    std::optional<qint64> addAsset(const QString& fileName, const QString& mimeType,
                                   const QByteArray& content, Status* status);
    std::optional<Asset> asset(qint64 id) const;
    // Every asset with its metadata; without content unless asked, so renderers can map ids to files cheaply.
    QList<Asset> assets(bool withContent = false) const;

    // The asset library. A file whose content is not the JPEG, PNG, WebP, SVG or PDF its name says, is cut
    // off, unsafe (SVG scripts) or a decompression bomb is refused with the reason and changes nothing.
    std::optional<AssetAdded> importAsset(const QString& fileName, const QByteArray& content,
                                          const AssetMetadata& metadata, Status* status);
    // The asset's metadata without its bytes.
    std::optional<Asset> assetInfo(qint64 id) const;
    std::optional<Asset> assetBySha(const QString& sha256, bool withContent = false) const;
    QList<Asset> findAssets(const AssetQuery& query) const;
    QStringList assetTags() const;
    Status saveAssetMetadata(qint64 id, const AssetMetadata& metadata);
    // Working drafts whose asset values name the asset.
    QList<AssetUsage> assetUsage(qint64 id, Status* status = nullptr) const;
    // The asset's rendition for `spec` from the cache, else made now on this thread and cached. The
    // workbench makes renditions with RenditionGenerator on a worker and stores them with storeRendition().
    std::optional<Rendition> rendition(qint64 assetId, const RenditionSpec& spec, Status* status);
    std::optional<Rendition> cachedRendition(const QString& sha256, const RenditionSpec& spec) const;
    // The bytes of every cached rendition of these specs, by "<source sha256>/<spec hash>".
    QHash<QString, QByteArray> cachedRenditions(const QStringList& specHashes) const;
    Status storeRendition(const Rendition& rendition);

    // A channel's templates, one per slot of its kind: the newest saved version, else the built-in default.
    QList<ChannelTemplate> templates(const QString& channel) const;
    QList<ChannelTemplate> templateHistory(const QString& channel, const QString& name) const;
    // Whether saveTemplate() would accept the source (the channel and slot exist, it compiles).
    Status checkTemplate(const QString& channel, const QString& name, const QString& source) const;
    // Checks that the source compiles, then stores it as the next version. A broken template changes nothing.
    std::optional<ChannelTemplate> saveTemplate(const QString& channel, const QString& name,
                                                const QString& source, const QString& author, Status* status);

    // --- Publishing (WorkspacePublishing.cpp; Publisher does the publishing) ---------------------------
    // A random id made with the workspace; SecretStore files the targets' secrets under it.
    QString workspaceId() const;
    QList<PublishTarget> publishTargets(const QString& channel = {}) const;
    std::optional<PublishTarget> publishTarget(const QString& code) const;
    Status savePublishTarget(const PublishTarget& target); // ManageChannels
    Status removePublishTarget(const QString& code);       // ManageChannels
    // The folder of a folder target: its "path", relative paths resolved against the workspace file's folder.
    QString targetFolder(const PublishTarget& target) const;
    QList<Publication> publications(const QString& target = {}, int limit = 200) const; // newest first
    std::optional<Publication> publication(qint64 id) const;
    QList<PublishedItem> publishedItems(qint64 publicationId) const;
    // Every item of the publications to a channel started in [from, to), newest first: "what went to email
    // on 3 November". Unchanged renderings are counted on their publication, not listed.
    QList<PublishedItem> publishedItemsFor(const QString& channel, const QDateTime& from,
                                           const QDateTime& to) const;
    QList<PublicationSchedule> schedules() const;
    // canPublish for every channel the schedule reaches. A new schedule runs first at notBefore (now
    // without one).
    std::optional<qint64> saveSchedule(const PublicationSchedule& schedule, Status* status);
    Status removeSchedule(qint64 id);
    QList<DeadLetter> deadLetters(const QString& target = {}) const;

    QList<SavedFilter> savedFilters() const;
    Status saveFilter(const SavedFilter& filter);
    Status removeFilter(const QString& name);

Q_SIGNALS:
    void recordSaved(const QString& sku);
    void recordsChanged();
    void structureChanged();
    void savedFiltersChanged();
    void templateSaved(const QString& channel, const QString& name);
    void assetsChanged();
    void sessionChanged();
    void usersChanged();
    void rolesChanged();
    void workflowChanged();
    // A submission, approval, send-back or restore changed where a record's revisions stand.
    void revisionsChanged(const QString& sku);
    void commentsChanged(const QString& sku);
    void auditAppended();
    // A publication was recorded, or targets, schedules or dead letters changed.
    void publicationsChanged();

private:
    friend class DemoWorkspace;
    // Publishing records its runs, the target state and the queue through the store, in its transactions.
    friend class Publisher;

    Workspace(const QString& path, const QString& connectionName);
    // The demo acts as its users without their passwords; nothing else may.
    Status actAs(const QString& userName);
    Status refuseUnless(Permission permission) const;
    Status checkEdit(const MasterRecord& record, const std::optional<MasterRecord>& before) const;
    // saveRecords(); with `restoredHash`, a restore of that revision audited as `auditKind`.
    Status writeRecords(const QList<MasterRecord>& records, const std::function<bool(qsizetype)>& progress,
                        const QString& auditKind, const QString& restoredHash,
                        const QList<PreparedRecord>* alreadyPrepared = nullptr);
    Status attemptSignIn(const QString& name, const QString& password);
    Status checkNewUser(const User& user) const;
    // addUser() with the hash already made: the demo hashes its one password once.
    Status addUserWithHash(const User& user, const QString& passwordHash);
    Status keepAnAdmin(const QString& user, const QString& removedRole, bool disabling) const;
    Status decide(const QString& sku, const QString& revisionHash, Transition::Kind kind,
                  const QString& toStage, const QString& comment);
    QList<Transition> transitionsFor(const RevisionState& state, bool* blockedByFourEyes) const;
    std::optional<RevisionState> findRevision(const QString& sku, const QString& hashOrPrefix,
                                              Status* status) const;
    Status refuseUnlessActing() const;
    Status audit(const QString& kind, const QString& subject, const QJsonObject& detail = {});
    Status loadWorkflow();
    void refreshSession();
    Status initialize(bool created);
    QSqlDatabase db() const;
    Status writeSavedFilters(const QString& sql, const QVariantList& values);
    // approve(): queues the automatic targets of the channels the revision's new stage opens to it.
    Status queueAutomaticPublications(const QString& sku, const QString& revisionHash, int levelBefore,
                                      int levelAfter);
    // The channels a schedule reaches (all of them when it names none).
    QStringList scheduleChannels(const PublicationSchedule& schedule, Status* status) const;

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<SqlDialect> m_dialect;
    Catalog m_catalog;
    std::unique_ptr<RecordStore> m_records;
    std::unique_ptr<TemplateStore> m_templates;
    std::unique_ptr<AssetStore> m_assets;
    std::unique_ptr<AccessStore> m_access;
    std::unique_ptr<WorkflowStore> m_workflowStore;
    std::unique_ptr<AuditStore> m_audit;
    std::unique_ptr<PublishingStore> m_publishing;
    Workflow m_workflow;
    Session m_session;
};

} // namespace facet
