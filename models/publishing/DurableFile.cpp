// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/publishing/DurableFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace facet {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::FolderPublication", text);
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

bool DurableFile::write(const QString& path, const QByteArray& data, QString* error, Flush flush)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        *error = tr("Cannot create %1: %2").arg(path, systemError());
        return false;
    }
    const char* at = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, at, size_t(left));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *error = tr("Cannot write %1: %2").arg(path, systemError());
            ::close(fd);
            return false;
        }
        at += n;
        left -= n;
    }
    if (flush == Flush::Yes && ::fsync(fd) != 0) {
        *error = tr("Cannot flush %1 to disk: %2").arg(path, systemError());
        ::close(fd);
        return false;
    }
    if (::close(fd) != 0) {
        *error = tr("Cannot write %1: %2").arg(path, systemError());
        return false;
    }
    return true;
}

bool DurableFile::syncDirectory(const QString& path, QString* error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        *error = tr("Cannot open the folder %1: %2").arg(path, systemError());
        return false;
    }
    const bool synced = ::fsync(fd) == 0;
    if (!synced)
        *error = tr("Cannot flush the folder %1 to disk: %2").arg(path, systemError());
    ::close(fd);
    return synced;
}

bool DurableFile::syncDirectories(const QStringList& paths, QString* error)
{
    if (paths.size() <= 1)
        return paths.isEmpty() || syncDirectory(paths.first(), error);
    QThreadPool pool;
    pool.setMaxThreadCount(int(std::min<qsizetype>(paths.size(), 8)));
    QMutex mutex;
    QString firstError;
    QtConcurrent::blockingMap(&pool, paths, [&](const QString& path) {
        QString failure;
        if (!syncDirectory(path, &failure)) {
            const QMutexLocker locker(&mutex);
            if (firstError.isEmpty())
                firstError = failure;
        }
    });
    if (!firstError.isEmpty())
        *error = firstError;
    return firstError.isEmpty();
}

bool DurableFile::replace(const QString& path, const QByteArray& data, QString* error)
{
    const QString temporary = path + u".tmp"_s;
    if (!write(temporary, data, error))
        return false;
    if (::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        *error = tr("Cannot rename %1 to %2: %3").arg(temporary, path, systemError());
        QFile::remove(temporary);
        return false;
    }
    return syncDirectory(QFileInfo(path).absolutePath(), error);
}

} // namespace facet
