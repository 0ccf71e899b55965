// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/publishing/FolderJournal.h"

#include "models/publishing/DurableFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace facet {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::FolderPublication", text);
}

// A journal names files below the root only; anything else is damage, not something to act on.
bool isInside(const QString& path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\') || path.contains(QChar(0)))
        return false;
    const QStringList components = path.split(u'/');
    return std::none_of(components.cbegin(), components.cend(),
                        [](const QString& c) { return c.isEmpty() || c == u"." || c == u".."; });
}

QString parentOf(const QString& relative)
{
    const qsizetype slash = relative.lastIndexOf(u'/');
    return slash < 0 ? QString() : relative.left(slash);
}

} // namespace

QString FolderJournal::path()
{
    return u".facet/journal.json"_s;
}

QString FolderJournal::stagingFolder(qint64 publicationId)
{
    return u".facet/staging-%1"_s.arg(publicationId);
}

QByteArray FolderJournal::toJson() const
{
    QJsonArray renameList;
    for (const auto& [from, to] : renames)
        renameList.append(QJsonObject{{u"from"_s, from}, {u"to"_s, to}});
    return QJsonDocument(QJsonObject{{u"publication"_s, publicationId},
                                     {u"renames"_s, renameList},
                                     {u"removals"_s, QJsonArray::fromStringList(removals)}})
        .toJson(QJsonDocument::Compact);
}

std::optional<FolderJournal> FolderJournal::fromJson(const QByteArray& json, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = parseError.errorString();
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    FolderJournal journal;
    journal.publicationId = object.value(u"publication").toInteger();
    const QString staging = stagingFolder(journal.publicationId) + u'/';
    for (const QJsonValue& value : object.value(u"renames").toArray()) {
        const QString from = value.toObject().value(u"from").toString();
        const QString to = value.toObject().value(u"to").toString();
        if (!isInside(from) || !from.startsWith(staging) || !isInside(to)) {
            *error = tr("a rename outside the folder (%1 → %2)").arg(from, to);
            return std::nullopt;
        }
        journal.renames.append({from, to});
    }
    for (const QJsonValue& value : object.value(u"removals").toArray()) {
        if (!isInside(value.toString())) {
            *error = tr("a removal outside the folder (%1)").arg(value.toString());
            return std::nullopt;
        }
        journal.removals << value.toString();
    }
    return journal;
}

Status FolderJournal::commit(const QString& root) const
{
    QString error;
    if (!DurableFile::replace(root + u'/' + path(), toJson(), &error))
        return Status::internal(error);
    return Status::ok();
}

Status FolderJournal::apply(const QString& root) const
{
    // Every folder whose entries change, and the folders holding folders created on the way.
    QSet<QString> touched{QString()};
    const auto touch = [&touched](QString folder) {
        while (!folder.isEmpty() && !touched.contains(folder)) {
            touched.insert(folder);
            folder = parentOf(folder);
        }
    };
    QSet<QString> created;
    for (const auto& [from, to] : renames) {
        const QString source = root + u'/' + from;
        const QString target = root + u'/' + to;
        if (!QFileInfo::exists(source))
            continue; // renamed by an earlier, interrupted run
        const QString folder = parentOf(to);
        if (!created.contains(folder)) {
            if (!QDir().mkpath(root + u'/' + folder))
                return Status::internal(tr("Cannot create the folder %1.").arg(root + u'/' + folder));
            created.insert(folder);
        }
        if (std::rename(QFile::encodeName(source).constData(), QFile::encodeName(target).constData()) != 0)
            return Status::internal(tr("Cannot rename %1 to %2: %3")
                                        .arg(source, target, QString::fromLocal8Bit(std::strerror(errno))));
        touch(folder);
    }
    for (const QString& removal : removals) {
        const QString target = root + u'/' + removal;
        if (QFileInfo(target).isFile() && !QFile::remove(target))
            return Status::internal(tr("Cannot remove %1.").arg(target));
        touch(parentOf(removal));
    }
    QString error;
    QStringList folders;
    for (const QString& folder : std::as_const(touched)) {
        const QString absolute = folder.isEmpty() ? root : root + u'/' + folder;
        if (QFileInfo(absolute).isDir())
            folders << absolute;
    }
    if (!DurableFile::syncDirectories(folders, &error))
        return Status::internal(error);
    if (!QFile::remove(root + u'/' + path()) || !DurableFile::syncDirectory(root + u"/.facet"_s, &error))
        return Status::internal(error.isEmpty() ? tr("Cannot remove %1.").arg(root + u'/' + path()) : error);
    return discardStaging(root);
}

Status FolderJournal::discardStaging(const QString& root)
{
    QDir internals(root + u"/.facet"_s);
    if (!internals.exists())
        return Status::ok();
    QFile::remove(internals.filePath(u"journal.json.tmp"_s));
    const QStringList stagings = internals.entryList({u"staging-*"_s}, QDir::Dirs | QDir::Hidden);
    for (const QString& staging : stagings)
        if (!QDir(internals.filePath(staging)).removeRecursively())
            return Status::internal(
                tr("Cannot remove the staging folder %1.").arg(internals.filePath(staging)));
    return Status::ok();
}

Status FolderJournal::recover(const QString& root)
{
    QFile file(root + u'/' + path());
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Status::internal(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        QString error;
        const std::optional<FolderJournal> journal = fromJson(file.readAll(), &error);
        file.close();
        if (!journal)
            return Status::internal(tr("The journal %1 is damaged: %2").arg(file.fileName(), error));
        return journal->apply(root);
    }
    return discardStaging(root);
}

} // namespace facet
