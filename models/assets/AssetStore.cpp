// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/assets/AssetStore.h"

#include "models/storage/SqlDialect.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <tuple>

namespace facet {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::AssetStore", text);
}

QString searchText(const QString& fileName, const AssetMetadata& metadata)
{
    return (fileName + u' ' + metadata.searchText()).toLower();
}

QString likePattern(const QString& word)
{
    QString escaped = word.toLower();
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

AssetMetadata merged(AssetMetadata existing, const AssetMetadata& added)
{
    for (auto it = added.titles.cbegin(); it != added.titles.cend(); ++it)
        existing.titles.insert(it.key(), it.value());
    for (auto it = added.alts.cbegin(); it != added.alts.cend(); ++it)
        existing.alts.insert(it.key(), it.value());
    if (!added.rights.isEmpty())
        existing.rights = added.rights;
    if (added.expires.isValid())
        existing.expires = added.expires;
    existing.tags = AssetMetadata::normalizedTags(existing.tags + added.tags);
    return existing;
}

} // namespace

AssetStore::AssetStore(QSqlDatabase db, const SqlDialect& dialect)
    : m_db(db)
    , m_dialect(dialect)
{
}

std::optional<AssetAdded> AssetStore::add(const QString& fileName, const QString& mimeType,
                                          const QByteArray& content, const QSize& size,
                                          const AssetMetadata& metadata, Status* status)
{
    AssetAdded added;
    added.sha256 = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    added.mimeType = mimeType;
    if (const auto existing = findBySha(added.sha256, false)) {
        added.id = existing->id;
        added.mimeType = existing->mimeType;
        added.deduplicated = true;
        const AssetMetadata combined = merged(existing->metadata, metadata);
        if (combined != existing->metadata)
            if (Status s = setMetadata(existing->id, combined); !s) {
                *status = s;
                return std::nullopt;
            }
        return added;
    }
    QSqlQuery q(m_db);
    q.prepare(
        u"INSERT INTO assets (sha256, file_name, mime_type, content, created_at, metadata, search_text, "
        u"expires, width, height, byte_size) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const AssetMetadata normalized = AssetMetadata::fromJson(metadata.toJson());
    const QVariantList values{
        added.sha256,
        fileName,
        mimeType,
        content,
        QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
        QString::fromUtf8(QJsonDocument(normalized.toJson()).toJson(QJsonDocument::Compact)),
        searchText(fileName, normalized),
        normalized.expires.isValid() ? QVariant(normalized.expires.toString(Qt::ISODate))
                                     : QVariant(QMetaType::fromType<QString>()),
        size.isValid() ? size.width() : 0,
        size.isValid() ? size.height() : 0,
        content.size()};
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (!q.exec()) {
        *status = Status::internal(tr("cannot store %1: %2").arg(fileName, q.lastError().text()));
        return std::nullopt;
    }
    added.id = q.lastInsertId().toLongLong();
    if (Status s = writeTags(added.id, normalized.tags); !s) {
        *status = s;
        return std::nullopt;
    }
    return added;
}

Status AssetStore::setMetadata(qint64 id, const AssetMetadata& metadata)
{
    const auto asset = find(id, false);
    if (!asset)
        return Status::invalid(tr("there is no asset %1").arg(id));
    const AssetMetadata normalized = AssetMetadata::fromJson(metadata.toJson());
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE assets SET metadata = ?, search_text = ?, expires = ? WHERE id = ?"_s);
    q.bindValue(0, QString::fromUtf8(QJsonDocument(normalized.toJson()).toJson(QJsonDocument::Compact)));
    q.bindValue(1, searchText(asset->fileName, normalized));
    q.bindValue(2, normalized.expires.isValid() ? QVariant(normalized.expires.toString(Qt::ISODate))
                                                : QVariant(QMetaType::fromType<QString>()));
    q.bindValue(3, id);
    if (!q.exec())
        return Status::internal(q.lastError().text());
    return writeTags(id, normalized.tags);
}

Status AssetStore::writeTags(qint64 id, const QStringList& tags)
{
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM asset_tags WHERE asset_id = ?"_s);
    q.bindValue(0, id);
    if (!q.exec())
        return Status::internal(q.lastError().text());
    q.prepare(u"INSERT INTO asset_tags (asset_id, tag) VALUES (?, ?)"_s);
    for (const QString& tag : tags) {
        q.bindValue(0, id);
        q.bindValue(1, tag);
        if (!q.exec())
            return Status::internal(q.lastError().text());
    }
    return Status::ok();
}

QList<Asset> AssetStore::select(const QString& where, const QVariantList& values, bool withContent) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, sha256, file_name, mime_type, metadata, width, height, byte_size, created_at%1 "
              u"FROM assets %2 ORDER BY id"_s.arg(withContent ? u", content"_s : QString(), where));
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    QList<Asset> result;
    if (!q.exec())
        return result;
    while (q.next()) {
        Asset a;
        a.id = q.value(0).toLongLong();
        a.sha256 = q.value(1).toString();
        a.fileName = q.value(2).toString();
        a.mimeType = q.value(3).toString();
        a.metadata = AssetMetadata::fromJson(QJsonDocument::fromJson(q.value(4).toByteArray()).object());
        a.size = QSize(q.value(5).toInt(), q.value(6).toInt());
        a.byteSize = q.value(7).toLongLong();
        a.createdAt = q.value(8).toString();
        if (withContent)
            a.content = q.value(9).toByteArray();
        result << a;
    }
    return result;
}

std::optional<Asset> AssetStore::find(qint64 id, bool withContent) const
{
    const QList<Asset> found = select(u"WHERE id = ?"_s, {id}, withContent);
    return found.isEmpty() ? std::nullopt : std::optional<Asset>(found.first());
}

std::optional<Asset> AssetStore::findBySha(const QString& sha256, bool withContent) const
{
    const QList<Asset> found = select(u"WHERE sha256 = ?"_s, {sha256.toLower()}, withContent);
    return found.isEmpty() ? std::nullopt : std::optional<Asset>(found.first());
}

QList<Asset> AssetStore::list(const AssetQuery& query, bool withContent) const
{
    QStringList conditions;
    QVariantList values;
    for (const QString& word : query.search.split(u' ', Qt::SkipEmptyParts)) {
        conditions << u"search_text LIKE ? ESCAPE '\\'"_s;
        values << likePattern(word);
    }
    if (!query.tag.isEmpty()) {
        conditions << u"id IN (SELECT asset_id FROM asset_tags WHERE tag = ?)"_s;
        values << query.tag.trimmed().toLower();
    }
    if (query.expiredOnly) {
        conditions << u"expires IS NOT NULL AND expires < ?"_s;
        values << QDate::currentDate().toString(Qt::ISODate);
    }
    return select(conditions.isEmpty() ? QString() : u"WHERE "_s + conditions.join(u" AND "_s), values,
                  withContent);
}

QStringList AssetStore::tags() const
{
    QSqlQuery q(m_db);
    QStringList result;
    if (q.exec(u"SELECT DISTINCT tag FROM asset_tags ORDER BY tag"_s))
        while (q.next())
            result << q.value(0).toString();
    return result;
}

QList<AssetUsage> AssetStore::usage(qint64 id, const QStringList& assetAttributes, Status* status) const
{
    QList<AssetUsage> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Drafts keep values as {"values": {"<attribute>": {"<locale>|<channel>": value}}}.
    q.prepare(u"SELECT p.sku, j.key FROM products p JOIN drafts d ON d.product_id = p.id, "
              u"json_each(d.content, ?) j WHERE j.value = ? ORDER BY p.sku, j.key"_s);
    for (const QString& attribute : assetAttributes) {
        QString escaped = attribute;
        escaped.replace(u'"', u"\\\""_s);
        q.bindValue(0, QString(u"$.values.\""_s + escaped + u'"'));
        q.bindValue(1, id);
        if (!q.exec()) {
            if (status)
                *status = Status::internal(q.lastError().text());
            return result;
        }
        while (q.next()) {
            const QString scope = q.value(1).toString();
            result << AssetUsage{q.value(0).toString(), attribute, scope.section(u'|', 0, 0),
                                 scope.section(u'|', 1)};
        }
    }
    std::sort(result.begin(), result.end(), [](const AssetUsage& a, const AssetUsage& b) {
        return std::tie(a.sku, a.attribute, a.locale, a.channel) <
               std::tie(b.sku, b.attribute, b.locale, b.channel);
    });
    return result;
}

std::optional<Rendition> AssetStore::rendition(const QString& sourceSha256, const QString& specHash) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT spec, mime_type, width, height, content FROM asset_renditions "
              u"WHERE source_sha256 = ? AND spec_hash = ?"_s);
    q.bindValue(0, sourceSha256);
    q.bindValue(1, specHash);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Rendition r;
    r.sourceSha256 = sourceSha256;
    r.specHash = specHash;
    r.spec = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
    r.mimeType = q.value(1).toString();
    r.size = QSize(q.value(2).toInt(), q.value(3).toInt());
    r.content = q.value(4).toByteArray();
    r.cached = true;
    return r;
}

Status AssetStore::storeRendition(const Rendition& rendition)
{
    QSqlQuery q(m_db);
    // Two workers may make the same rendition; equal keys mean equal bytes, so the first one stays.
    q.prepare(
        u"INSERT INTO asset_renditions (source_sha256, spec_hash, spec, mime_type, width, height, content, "
        u"created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source_sha256, spec_hash) DO NOTHING"_s);
    const QVariantList values{rendition.sourceSha256,
                              rendition.specHash,
                              QString::fromUtf8(QJsonDocument(rendition.spec).toJson(QJsonDocument::Compact)),
                              rendition.mimeType,
                              rendition.size.width(),
                              rendition.size.height(),
                              rendition.content,
                              QDateTime::currentDateTimeUtc().toString(Qt::ISODate)};
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (!q.exec())
        return Status::internal(tr("cannot cache the rendition: %1").arg(q.lastError().text()));
    return Status::ok();
}

QHash<QString, QByteArray> AssetStore::renditionContents(const QStringList& specHashes) const
{
    QHash<QString, QByteArray> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT source_sha256, spec_hash, content FROM asset_renditions WHERE spec_hash = ?"_s);
    for (const QString& spec : specHashes) {
        q.bindValue(0, spec);
        if (!q.exec())
            continue;
        while (q.next())
            result.insert(QString(q.value(0).toString() + u'/' + q.value(1).toString()),
                          q.value(2).toByteArray());
    }
    return result;
}

qint64 AssetStore::renditionCount() const
{
    QSqlQuery q(m_db);
    if (q.exec(u"SELECT COUNT(*) FROM asset_renditions"_s) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace facet
