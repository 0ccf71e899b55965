// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/publishing/FolderLock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace facet {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::FolderPublication", text);
}

} // namespace

FolderLock::FolderLock(const QString& root)
    : m_lock(root + u"/.facet/lock"_s)
{
    m_lock.setStaleLockTime(0); // a long publication is not stale; a dead owner is
}

Status FolderLock::acquire()
{
    if (!QDir().mkpath(QFileInfo(m_lock.fileName()).absolutePath()))
        return Status::internal(tr("Cannot create %1.").arg(QFileInfo(m_lock.fileName()).absolutePath()));
    if (m_lock.tryLock(2000))
        return Status::ok();
    if (m_lock.error() == QLockFile::LockFailedError)
        return Status::invalid(tr("Another publication is writing to this folder."));
    return Status::internal(tr("Cannot lock %1.").arg(m_lock.fileName()));
}

} // namespace facet
