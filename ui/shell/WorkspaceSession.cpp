// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/WorkspaceSession.h"

#include "models/demo/DemoWorkspace.h"
#include "models/storage/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QStandardPaths>
#include <QtConcurrentRun>

namespace facet {

WorkspaceSession::WorkspaceSession(QObject* parent)
    : QObject(parent)
{
}

WorkspaceSession::~WorkspaceSession()
{
    close();
}

bool WorkspaceSession::open(const QString& path)
{
    return openWith(path, int(Workspace::OpenMode::OpenExisting));
}

bool WorkspaceSession::create(const QString& path)
{
    return openWith(path, int(Workspace::OpenMode::Create));
}

bool WorkspaceSession::openWith(const QString& path, int mode)
{
    Status status;
    // The current workspace stays open until the next one has opened, so a failure changes nothing.
    std::unique_ptr<Workspace> next = Workspace::open(path, Workspace::OpenMode(mode), &status);
    if (!next) {
        Q_EMIT errorOccurred(status.message());
        return false;
    }
    replace(std::move(next));
    return true;
}

bool WorkspaceSession::reload()
{
    if (!m_workspace)
        return false;
    Status status;
    std::unique_ptr<Workspace> next =
        Workspace::open(m_workspace->path(), Workspace::OpenMode::OpenExisting, &status);
    if (!next) {
        Q_EMIT errorOccurred(status.message());
        return false;
    }
    // Whoever was signed in stays signed in, unless they were disabled meanwhile.
    (void)next->continueSession(m_workspace->session());
    replace(std::move(next));
    return true;
}

void WorkspaceSession::close()
{
    if (m_workspace)
        replace(nullptr);
}

void WorkspaceSession::replace(std::unique_ptr<Workspace> next)
{
    std::unique_ptr<Workspace> previous = std::move(m_workspace);
    m_workspace = std::move(next);
    Q_EMIT workspaceChanged(m_workspace.get());
}

void WorkspaceSession::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void WorkspaceSession::createDemo(const QString& path)
{
    if (m_busy)
        return;
    setBusy(true);
    // The worker opens its own connection: a Workspace belongs to the thread that opened it.
    QtConcurrent::run([path] { return createDemoFile(path); }).then(this, [this, path](const Status& status) {
        setBusy(false);
        if (!status) {
            Q_EMIT errorOccurred(status.message());
            return;
        }
        open(path);
    });
}

QString WorkspaceSession::defaultDemoPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo.facet"));
}

bool WorkspaceSession::removeWorkspaceFile(const QString& path)
{
    for (const QString& suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return !QFileInfo::exists(path) || QFile::remove(path);
}

Status WorkspaceSession::createDemoFile(const QString& path)
{
    const QFileInfo target(path);
    if (!QDir().mkpath(target.absolutePath()))
        return Status::invalid(
            tr("cannot create the folder %1").arg(QDir::toNativeSeparators(target.absolutePath())));
    // Built beside the target and renamed at the end, so an interrupted start never leaves a half-made demo
    // where the next start would open it.
    const QString partial = target.absoluteFilePath() + QStringLiteral(".partial");
    removeWorkspaceFile(partial);
    Status status;
    {
        std::unique_ptr<Workspace> workspace = Workspace::open(partial, Workspace::OpenMode::Create, &status);
        if (!workspace)
            return status;
        status = DemoWorkspace::populate(*workspace);
    }
    if (!status) {
        removeWorkspaceFile(partial);
        return status;
    }
    if (!removeWorkspaceFile(target.absoluteFilePath()) ||
        !QFile::rename(partial, target.absoluteFilePath())) {
        removeWorkspaceFile(partial);
        return Status::internal(
            tr("cannot write %1").arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    }
    return Status::ok();
}

} // namespace facet
