// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Status.h"
#include "models/publishing/Publication.h"
#include "models/publishing/PublicationSchedule.h"
#include "models/publishing/PublishTarget.h"

#include <QHash>
#include <QSqlDatabase>
#include <optional>

namespace facet {

// Publishing's tables in SQL: targets, publications and their items, what each target holds, schedules,
// the automatic queue and dead letters. Callers check permissions and own the transaction.
class PublishingStore
{
public:
    // What a target holds for one record and locale, from its last publication that wrote it.
    struct Held
    {
        QString revisionHash;
        QString templateVersion;
        QString checksum;
        qint64 publicationId = 0;
        QString contextHash;
    };
    // A rendering held back, and why (one "rule: message" per line).
    struct Hold
    {
        QString revisionHash;
        QString templateVersion;
        QString contextHash;
        QString reasons;
    };
    // The newest revision of a record at a stage granting at least some release level.
    struct Effective
    {
        QString sku;
        QString hash;
        QByteArray content; // filled by revisionContents() for the revisions that are read
        qint64 id = 0;      // the revision's row
    };
    struct Queued
    {
        qint64 id = 0;
        QString target;
        QString sku;
        QString revisionHash;
    };

    explicit PublishingStore(QSqlDatabase db);

    QString workspaceId() const;

    QList<PublishTarget> targets(const QString& channel = {}) const;
    std::optional<PublishTarget> target(const QString& code) const;
    Status saveTarget(const PublishTarget& target);
    Status removeTarget(const QString& code);

    // One query for every record (or those of `skus`): the bulk form of Workspace::effectiveRevision().
    // Without content: a republication reads only the revisions that changed.
    QList<Effective> effectiveRevisions(int level, const QStringList& skus, Status* status) const;
    QHash<qint64, QByteArray> revisionContents(const QList<qint64>& ids, Status* status) const;

    // The plan of a whole catalog is compared in SQL, so a republication reads only what changed:
    // stageEffective() keeps the effective revisions at `level` in a temporary table of this connection
    // (and returns them without content); staleRecords() and heldBeyond() compare a target with them.
    QList<Effective> stageEffective(int level, Status* status);
    // The staged records for which some locale of `locales` has neither been published nor held back
    // with that revision, template version and context.
    QStringList staleRecords(const QString& target, int level, const QStringList& locales,
                             const QString& templateVersion, const QString& contextHash,
                             Status* status) const;
    // What the target holds outside the staged records or `locales`: what a publication withdraws.
    QHash<QString, Held> heldBeyond(const QString& target, int level, const QStringList& locales,
                                    Status* status) const;

    // Inserts the publication (status running) and returns its id.
    std::optional<qint64> startPublication(const Publication& publication, Status* status);
    // Marks the target's publications still recorded as running as failed with `message`: for a caller
    // that knows no process is publishing to the target any more.
    Status endInterrupted(const QString& target, const QString& message, const QString& at);
    // Writes the publication's outcome and its items.
    Status finishPublication(const Publication& publication, const QList<PublishedItem>& items);
    QList<Publication> publications(const QString& target, int limit) const;
    std::optional<Publication> publication(qint64 id) const;
    QList<PublishedItem> items(qint64 publicationId) const;
    QList<PublishedItem> itemsFor(const QString& channel, const QString& from, const QString& to) const;

    // Keyed by "<sku>\x1f<locale>"; only the records of `skus` when given.
    QHash<QString, Held> heldBy(const QString& target, const QStringList& skus, Status* status) const;
    static QString heldKey(const QString& sku, const QString& locale) { return sku + u'\x1f' + locale; }
    Status setHeld(const QString& target, const QString& sku, const QString& locale, const Held& held);
    Status removeHeld(const QString& target, const QString& sku, const QString& locale);
    QHash<QString, Hold> holds(const QString& target, const QStringList& skus, Status* status) const;
    Status setHold(const QString& target, const QString& sku, const QString& locale, const Hold& hold);
    Status removeHold(const QString& target, const QString& sku, const QString& locale);

    QList<PublicationSchedule> schedules() const;
    std::optional<PublicationSchedule> schedule(qint64 id) const;
    std::optional<qint64> saveSchedule(const PublicationSchedule& schedule, Status* status);
    Status removeSchedule(qint64 id);

    Status enqueue(const QString& target, const QString& sku, const QString& revisionHash, const QString& by);
    QList<Queued> queued() const;
    Status dequeue(const QList<qint64>& ids);

    Status addDeadLetter(const DeadLetter& letter);
    QList<DeadLetter> deadLetters(const QString& target) const;
    Status updateDeadLetter(const DeadLetter& letter);
    Status removeDeadLetter(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace facet
