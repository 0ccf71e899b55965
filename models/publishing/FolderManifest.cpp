// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/publishing/FolderManifest.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>

namespace facet {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::FolderPublication", text);
}

} // namespace

std::optional<FolderManifest> FolderManifest::load(const QString& root, Status* status)
{
    QFile file(root + u'/' + fileName);
    if (!file.exists())
        return FolderManifest();
    if (!file.open(QIODevice::ReadOnly)) {
        *status = Status::internal(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        return std::nullopt;
    }
    Status parsed;
    FolderManifest manifest = fromJson(file.readAll(), &parsed);
    if (!parsed) {
        *status = Status::internal(tr("%1: %2").arg(file.fileName(), parsed.message()));
        return std::nullopt;
    }
    return manifest;
}

FolderManifest FolderManifest::fromJson(const QByteArray& json, Status* status)
{
    FolderManifest manifest;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject()) {
        *status = Status::internal(tr("The manifest is not a JSON object: %1").arg(error.errorString()));
        return manifest;
    }
    const QJsonObject root = document.object();
    manifest.m_exists = true;
    manifest.m_publication = root.value(u"publication").toObject();
    const QJsonObject files = root.value(u"files").toObject();
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        manifest.m_files.insert(
            it.key(), Entry{entry.value(u"sha256").toString().toLatin1(), entry.value(u"bytes").toInteger()});
    }
    return manifest;
}

QByteArray FolderManifest::toJson() const
{
    QJsonObject files;
    for (auto it = m_files.begin(); it != m_files.end(); ++it)
        files.insert(it.key(),
                     QJsonObject{{u"sha256"_s, QString::fromLatin1(it->sha256)}, {u"bytes"_s, it->bytes}});
    return QJsonDocument(QJsonObject{{u"publication"_s, m_publication}, {u"files"_s, files}}).toJson();
}

FolderManifest::Entry FolderManifest::entryFor(const QByteArray& content)
{
    return {QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex(), content.size()};
}

std::optional<FolderManifest::Entry> FolderManifest::entry(const QString& path) const
{
    const auto it = m_files.constFind(path);
    if (it == m_files.cend())
        return std::nullopt;
    return *it;
}

} // namespace facet
