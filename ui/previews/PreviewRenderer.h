// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/record/MasterRecord.h"
#include "models/rendering/RenderService.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QTimer>
#include <atomic>
#include <memory>

namespace facet {

class Workspace;

// Renders one record for the previews off the UI thread. Changes are collected while the user types and
// rendered once typing pauses; a newer request makes every older one stale, so a slow rendering can never
// overwrite a newer one. Works on a snapshot of the workspace, taken again when its structure, a template
// or the assets the record uses change.
class PreviewRenderer : public QObject
{
    Q_OBJECT

public:
    static constexpr int DebounceMs = 150;

    explicit PreviewRenderer(QObject* parent = nullptr);

    // One channel's rendering as a preview shows it. Findings, counters and documents are those of what the
    // channel publishes (published links); the HTML a browser shows has its pictures embedded, so they show
    // without a server. Print and Instagram embed them in what they publish anyway (the PDF, the post).
    static Rendering render(const RenderService& published, const RenderService& embedded,
                            const MasterRecord& record, const QString& channel, const QString& locale);

    ~PreviewRenderer() override;

    void setWorkspace(Workspace* workspace); // nullptr: nothing to render
    Workspace* workspace() const;
    // The snapshot's catalog; null without a workspace.
    const Catalog* catalog() const;
    // The locales a channel renders, in the catalog's order.
    QStringList locales(const QString& channel) const;

    void setTargets(const QList<RenderService::Target>& targets);
    // The channel the user looks at: rendered, and announced, before the others.
    void setPriority(const QString& channel);
    // Renders once no new change came for DebounceMs.
    void scheduleRender(const MasterRecord& record);
    void renderNow(const MasterRecord& record);
    // Renders the last record again, e.g. for new targets.
    void renderAgain();
    // No record: pending work is dropped.
    void clear();

    bool isPending() const { return m_pending; }
    bool hasRecord() const { return m_hasRecord; }
    const MasterRecord& record() const { return m_record; }

Q_SIGNALS:
    // A new snapshot: the catalog (channels, locales) or templates may differ.
    void snapshotChanged();
    void pendingChanged(bool pending);
    // Some or all of the newest renderings; isPending() is false once the last of them arrived.
    void rendered(const QList<facet::Rendering>& renderings);

private:
    void takeSnapshot(bool announce = true);
    bool usesUnknownAsset(const MasterRecord& record) const;
    void start();
    void setPending(bool pending);

    QPointer<Workspace> m_workspace;
    std::shared_ptr<const RenderService::Snapshot> m_snapshot;
    std::shared_ptr<const RenderService> m_embedded;
    std::shared_ptr<const RenderService> m_published;
    QList<RenderService::Target> m_targets;
    QString m_priority;
    int m_batches = 0; // jobs of the newest request still running
    MasterRecord m_record;
    bool m_hasRecord = false;
    bool m_pending = false;
    QTimer m_debounce;
    int m_generation = 0;
    // The newest generation, read by the worker to skip requests that are stale before they start.
    std::shared_ptr<std::atomic<int>> m_latest;
    // One thread: its template engine stays warm, and requests run in the order they were made.
    QThreadPool m_pool;
};

} // namespace facet
