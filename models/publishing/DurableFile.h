// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace facet {

// Writes that survive a power cut: the data and the directory entries that name it reach the disk before
// the call returns, so a later rename can commit them.
class DurableFile
{
public:
    enum class Flush { Yes, No };
    // Creates or replaces `path` with `data` and fsyncs it (unless told not to); false with *error on
    // failure.
    static bool write(const QString& path, const QByteArray& data, QString* error, Flush flush = Flush::Yes);
    // fsyncs a directory, making the entries created, renamed or removed in it durable.
    static bool syncDirectory(const QString& path, QString* error);
    // fsyncs several directories at once: each fsync mostly waits for the disk, and the waits overlap.
    static bool syncDirectories(const QStringList& paths, QString* error);
    // Writes beside `path`, fsyncs, renames over `path` and fsyncs the directory: readers see the old or
    // the new content, never a mixture.
    static bool replace(const QString& path, const QByteArray& data, QString* error);
};

} // namespace facet
