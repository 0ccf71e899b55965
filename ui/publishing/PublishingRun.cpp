// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/publishing/PublishingRun.h"

#include "models/storage/Workspace.h"

#include <QtConcurrent/QtConcurrentRun>

namespace facet {

PublishingRun::PublishingRun(QString workspacePath, Session session, QObject* parent)
    : QObject(parent)
    , m_path(std::move(workspacePath))
    , m_session(std::move(session))
{
}

PublishingRun::~PublishingRun()
{
    // Nobody waits for the answer any more: stop the worker at its next report.
    cancel();
}

void PublishingRun::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

bool PublishingRun::start(Kind kind, Job job)
{
    if (m_running)
        return false;
    m_running = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const QString path = m_path;
    const Session session = m_session;
    auto cancelled = m_cancel;
    QPointer<PublishingRun> self(this);
    (void)QtConcurrent::run([=] {
        auto last = std::make_shared<Publisher::Progress>();
        Publisher::ProgressFn progress = [self, cancelled, last](const Publisher::Progress& p) {
            // The folder writer polls with the same numbers per file: only news crosses threads.
            if (p.target == last->target && p.phase == last->phase && p.done == last->done &&
                p.total == last->total)
                return !cancelled->load();
            *last = p;
            QMetaObject::invokeMethod(
                self,
                [self, p] {
                    if (self)
                        Q_EMIT self->progressed(p.target, p.phase, p.done, p.total);
                },
                Qt::QueuedConnection);
            return !cancelled->load();
        };
        Status status;
        // A Workspace belongs to the thread that opened it: the worker opens its own.
        auto workspace = Workspace::open(path, Workspace::OpenMode::OpenExisting, &status);
        if (workspace)
            status = workspace->continueSession(session);
        if (!workspace || !status) {
            // The job still answers, so the caller leaves its running state.
            QMetaObject::invokeMethod(
                self,
                [self, kind, status] {
                    if (self)
                        self->finish(kind, {}, {}, status);
                },
                Qt::QueuedConnection);
            return;
        }
        job(*workspace, progress);
    });
    return true;
}

void PublishingRun::finish(Kind kind, const QList<PublicationPlan>& plans,
                           const QList<Publication>& publications, const Status& status)
{
    m_running = false;
    switch (kind) {
    case Kind::Plan:
        Q_EMIT planned(plans, status);
        break;
    case Kind::Publish:
        Q_EMIT published(publications, status);
        break;
    case Kind::Retry:
        Q_EMIT retried(status);
        break;
    }
}

bool PublishingRun::plan(const Publisher::Request& request)
{
    QPointer<PublishingRun> self(this);
    return start(Kind::Plan, [self, request](Workspace& workspace, const Publisher::ProgressFn&) {
        Status status;
        Publisher publisher(workspace);
        const QList<PublicationPlan> plans = publisher.plan(request, &status);
        QMetaObject::invokeMethod(
            self,
            [self, plans, status] {
                if (self)
                    self->finish(Kind::Plan, plans, {}, status);
            },
            Qt::QueuedConnection);
    });
}

bool PublishingRun::publish(const Publisher::Request& request)
{
    QPointer<PublishingRun> self(this);
    return start(Kind::Publish, [self, request](Workspace& workspace, const Publisher::ProgressFn& progress) {
        Status status;
        Publisher publisher(workspace);
        const QList<Publication> publications = publisher.publish(request, progress, &status);
        QMetaObject::invokeMethod(
            self,
            [self, publications, status] {
                if (self)
                    self->finish(Kind::Publish, {}, publications, status);
            },
            Qt::QueuedConnection);
    });
}

bool PublishingRun::publishDue(const QDateTime& now)
{
    QPointer<PublishingRun> self(this);
    return start(Kind::Publish, [self, now](Workspace& workspace, const Publisher::ProgressFn& progress) {
        Status status;
        Publisher publisher(workspace);
        const QList<Publication> publications = publisher.publishDue(now, progress, &status);
        QMetaObject::invokeMethod(
            self,
            [self, publications, status] {
                if (self)
                    self->finish(Kind::Publish, {}, publications, status);
            },
            Qt::QueuedConnection);
    });
}

bool PublishingRun::retryDeadLetters(const QMap<QString, QList<qint64>>& idsByTarget)
{
    QPointer<PublishingRun> self(this);
    return start(Kind::Retry, [self, idsByTarget](Workspace& workspace, const Publisher::ProgressFn&) {
        Publisher publisher(workspace);
        Status status;
        for (auto it = idsByTarget.cbegin(); it != idsByTarget.cend() && status; ++it)
            status = publisher.retryDeadLetters(it.key(), it.value());
        QMetaObject::invokeMethod(
            self,
            [self, status] {
                if (self)
                    self->finish(Kind::Retry, {}, {}, status);
            },
            Qt::QueuedConnection);
    });
}

} // namespace facet
