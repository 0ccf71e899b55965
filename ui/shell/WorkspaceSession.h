// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Status.h"

#include <QObject>
#include <memory>

namespace facet {

class Workspace;

// Owns the workspace the window shows: opens, creates and closes it, builds demo workspaces off the UI
// thread, and tells the views through signals. No widget here, so it can be driven without a window.
class WorkspaceSession : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceSession(QObject* parent = nullptr);
    ~WorkspaceSession() override;

    Workspace* workspace() const { return m_workspace.get(); }
    bool isBusy() const { return m_busy; }

    bool open(const QString& path);
    // Reopens the open workspace to see what another connection wrote, keeping whoever is signed in.
    bool reload();
    bool create(const QString& path);
    void close();
    // Builds a demo workspace at `path` (replacing the file) in the background, then opens it.
    void createDemo(const QString& path);

    // Where the demo lives when the user has not chosen a workspace.
    static QString defaultDemoPath();
    // The blocking work of createDemo(); a failure leaves no file behind.
    static Status createDemoFile(const QString& path);
    // A workspace and SQLite's files beside it (-wal, -shm).
    static bool removeWorkspaceFile(const QString& path);

Q_SIGNALS:
    // Views switch here; the previous workspace is destroyed only after this returns.
    void workspaceChanged(Workspace* workspace);
    void busyChanged(bool busy);
    void errorOccurred(const QString& message);

private:
    bool openWith(const QString& path, int mode);
    void replace(std::unique_ptr<Workspace> next);
    void setBusy(bool busy);

    std::unique_ptr<Workspace> m_workspace;
    bool m_busy = false;
};

} // namespace facet
