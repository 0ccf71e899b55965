// SPDX-License-Identifier: GPL-3.0-or-later
// Stand-ins for the folder, webhook, secret and schedule parts of publishing, so the core links and its
// tests run before those parts arrive. Not for release: the real implementations replace this file.
#include "models/publishing/FolderPublication.h"
#include "models/publishing/PublicationSchedule.h"
#include "models/publishing/SecretStore.h"
#include "models/publishing/WebhookDelivery.h"
#include "models/rendering/TemplateContext.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace facet {

namespace {

QList<PublishedFile> filesOf(const Rendering& r)
{
    QList<PublishedFile> files;
    if (r.kind == u"web") {
        files << PublishedFile{TemplateContext::languageTag(r.locale).toLower() + u'/' + r.sku + u".html",
                               r.part(u"page"_s) ? r.part(u"page"_s)->content : QByteArray()};
        return files;
    }
    for (const RenderedPart& p : r.parts)
        files << PublishedFile{r.locale + u'/' + r.sku + u'.' + p.name, p.content};
    return files;
}

} // namespace

std::optional<FolderPublication::Result>
FolderPublication::publish(const Input& input, const std::function<bool()>& cancelled, Status* status)
{
    Result result;
    QDir root(input.root);
    if (!root.mkpath(u"."_s)) {
        *status = Status::internal(u"cannot create "_s + input.root);
        return std::nullopt;
    }
    QJsonObject manifest;
    QFile old(root.filePath(u"manifest.json"_s));
    if (old.open(QIODevice::ReadOnly))
        manifest = QJsonDocument::fromJson(old.readAll()).object().value(u"files"_s).toObject();
    auto write = [&](const PublishedFile& f) {
        const QString path = root.filePath(f.path);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(f.content) != f.content.size() || !file.commit())
            return false;
        manifest.insert(f.path, QString::fromLatin1(
                                    QCryptographicHash::hash(f.content, QCryptographicHash::Sha256).toHex()));
        result.bytesWritten += f.content.size();
        ++result.filesWritten;
        return true;
    };
    for (const Rendering& r : input.renderings) {
        if (cancelled && cancelled()) {
            *status = Status::invalid(u"cancelled"_s);
            return std::nullopt;
        }
        WrittenRendering w{r.sku, r.locale, {}, checksum(input.channel, r)};
        for (const PublishedFile& f : filesOf(r)) {
            if (!write(f)) {
                *status = Status::internal(u"cannot write "_s + f.path);
                return std::nullopt;
            }
            w.paths << f.path;
        }
        result.written << w;
    }
    for (const PublishedFile& f : input.assets)
        if (!manifest.contains(f.path) && !write(f)) {
            *status = Status::internal(u"cannot write "_s + f.path);
            return std::nullopt;
        }
    for (const auto& [sku, locale] : input.withdrawn) {
        const QStringList keys = manifest.keys();
        for (const QString& path : keys) {
            const QString name = QFileInfo(path).fileName();
            if (name.startsWith(sku + u'.') &&
                (path.startsWith(locale + u'/') ||
                 path.startsWith(TemplateContext::languageTag(locale).toLower() + u'/'))) {
                QFile::remove(root.filePath(path));
                manifest.remove(path);
                ++result.filesRemoved;
            }
        }
    }
    QSaveFile m(root.filePath(u"manifest.json"_s));
    if (!m.open(QIODevice::WriteOnly)) {
        *status = Status::internal(u"cannot write the manifest"_s);
        return std::nullopt;
    }
    m.write(QJsonDocument(QJsonObject{{u"publication"_s, input.publicationInfo}, {u"files"_s, manifest}})
                .toJson());
    if (!m.commit()) {
        *status = Status::internal(u"cannot write the manifest"_s);
        return std::nullopt;
    }
    *status = Status::ok();
    return result;
}

QString FolderPublication::checksum(const Channel&, const Rendering& rendering)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const PublishedFile& f : filesOf(rendering)) {
        hash.addData(f.path.toUtf8());
        hash.addData(f.content);
    }
    return QString::fromLatin1(hash.result().toHex());
}

Status FolderPublication::recover(const QString&)
{
    return Status::ok();
}

QList<FolderPublication::Problem> FolderPublication::verify(const QString& root, Status* status)
{
    QList<Problem> problems;
    QFile m(QDir(root).filePath(u"manifest.json"_s));
    if (!m.open(QIODevice::ReadOnly)) {
        *status = Status::invalid(u"no manifest in "_s + root);
        return problems;
    }
    const QJsonObject files = QJsonDocument::fromJson(m.readAll()).object().value(u"files"_s).toObject();
    for (auto it = files.begin(); it != files.end(); ++it) {
        QFile f(QDir(root).filePath(it.key()));
        if (!f.open(QIODevice::ReadOnly))
            problems << Problem{it.key(), u"missing"_s};
        else if (QString::fromLatin1(
                     QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()) !=
                 it.value().toString())
            problems << Problem{it.key(), u"changed"_s};
    }
    *status = Status::ok();
    return problems;
}

WebhookDelivery::Settings WebhookDelivery::Settings::fromJson(const QJsonObject& settings)
{
    Settings s;
    s.url = QUrl(settings.value(u"url").toString());
    return s;
}

WebhookDelivery::WebhookDelivery(Settings settings, QByteArray secret, QString targetCode,
                                 qint64 publicationId)
    : m_settings(std::move(settings))
    , m_secret(std::move(secret))
    , m_target(std::move(targetCode))
    , m_publicationId(publicationId)
{
}

QList<WebhookDelivery::Outcome> WebhookDelivery::deliver(const QList<Message>& messages,
                                                         const std::function<bool(qsizetype, qsizetype)>&)
{
    QList<Outcome> outcomes;
    for (const Message& m : messages)
        outcomes << Outcome{m.key, false, 0, 0, u"not available yet"_s};
    return outcomes;
}

Status WebhookDelivery::ping()
{
    return Status::internal(u"not available yet"_s);
}

QByteArray WebhookDelivery::signature(const QByteArray& secret, const QByteArray& body)
{
    return "sha256=" + QMessageAuthenticationCode::hash(body, secret, QCryptographicHash::Sha256).toHex();
}

SecretStore::SecretStore(QString workspaceId)
    : m_workspaceId(std::move(workspaceId))
{
}

std::optional<QByteArray> SecretStore::secret(const QString& target, Status* status) const
{
    QString name = u"FACET_SECRET_"_s + target.toUpper();
    name.replace(u'-', u'_');
    if (qEnvironmentVariableIsSet(name.toLatin1().constData()))
        return qgetenv(name.toLatin1().constData());
    if (status)
        *status = Status::internal(u"not available yet"_s);
    return std::nullopt;
}

Status SecretStore::setSecret(const QString&, const QByteArray&)
{
    return Status::internal(u"not available yet"_s);
}

Status SecretStore::removeSecret(const QString&)
{
    return Status::ok();
}

QByteArray SecretStore::generate()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), 8);
    return bytes.toHex();
}

namespace {

qint64 stepSeconds(const QString& recurrence)
{
    if (recurrence == u"hourly")
        return 3600;
    if (recurrence == u"daily")
        return 86400;
    if (recurrence == u"weekly")
        return 7 * 86400;
    static const QRegularExpression every(u"^every (\\d+) minutes?$"_s);
    const auto m = every.match(recurrence);
    return m.hasMatch() ? m.captured(1).toLongLong() * 60 : 0;
}

} // namespace

QDateTime PublicationSchedule::following(const QDateTime& after) const
{
    const qint64 step = stepSeconds(recurrence);
    const QDateTime anchor = notBefore.isValid() ? notBefore : nextRun;
    if (step <= 0 || !anchor.isValid())
        return {};
    if (after < anchor)
        return anchor;
    const qint64 n = anchor.secsTo(after) / step + 1;
    return anchor.addSecs(n * step);
}

bool PublicationSchedule::isValidRecurrence(const QString& recurrence)
{
    return recurrence.isEmpty() || stepSeconds(recurrence) > 0;
}

} // namespace facet
