// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/publishing/FolderStaging.h"

#include "models/publishing/DurableFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QMutex>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace facet {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::FolderPublication", text);
}

} // namespace

void FolderStaging::hash(QList<File>& files)
{
    QList<File*> unhashed;
    for (File& file : files)
        if (file.entry.sha256.isEmpty() && !FolderManifest::isInternal(file.path))
            unhashed << &file;
    QtConcurrent::blockingMap(unhashed,
                              [](File* file) { file->entry = FolderManifest::entryFor(file->content); });
}

Status FolderStaging::write(const QString& staging, const QList<File>& files, const QStringList& alsoSync,
                            const std::function<bool()>& cancelled, bool* wasCancelled)
{
    QSet<QString> folders{QString()};
    for (const File& file : files) {
        QString folder = file.path.section(u'/', 0, -2);
        while (!folders.contains(folder)) {
            folders.insert(folder);
            folder = folder.section(u'/', 0, -2);
        }
    }
    for (const QString& folder : std::as_const(folders))
        if (!QDir().mkpath(staging + u'/' + folder))
            return Status::internal(tr("Cannot create the folder %1.").arg(staging + u'/' + folder));

    // Writing and flushing thousands of small files waits on the disk, not the processor: several at once.
    QThreadPool pool;
    pool.setMaxThreadCount(8);
    QMutex mutex;
    QString firstError;
    constexpr qsizetype batch = 128;
    for (qsizetype start = 0; start < files.size(); start += batch) {
        if (cancelled && cancelled()) {
            *wasCancelled = true;
            return Status::ok();
        }
        const auto begin = files.cbegin() + start;
        const auto end = files.cbegin() + std::min(start + batch, files.size());
        QtConcurrent::blockingMap(&pool, begin, end, [&](const File& file) {
            QString error;
            if (!DurableFile::write(staging + u'/' + file.path, file.content, &error,
                                    file.durable ? DurableFile::Flush::Yes : DurableFile::Flush::No)) {
                const QMutexLocker locker(&mutex);
                if (firstError.isEmpty())
                    firstError = error;
            }
        });
        if (!firstError.isEmpty())
            return Status::internal(firstError);
    }
    QStringList synced = alsoSync;
    for (const QString& folder : std::as_const(folders))
        synced << (folder.isEmpty() ? staging : staging + u'/' + folder);
    QString error;
    if (!DurableFile::syncDirectories(synced, &error))
        return Status::internal(error);
    return Status::ok();
}

} // namespace facet
