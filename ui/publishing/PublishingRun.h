// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/access/Session.h"
#include "models/core/Status.h"
#include "models/publishing/Publication.h"
#include "models/publishing/PublicationPlan.h"
#include "models/publishing/Publisher.h"

#include <QObject>
#include <QPointer>
#include <atomic>
#include <memory>

namespace facet {

// Runs Publisher on a worker thread with a connection of its own that acts as the workbench's signed-in
// user (Workspace::continueSession), and reports back on the thread that made it. One job at a time;
// the publish dialog, the dead-letter list and the workbench's timer each hold one.
class PublishingRun : public QObject
{
    Q_OBJECT

public:
    PublishingRun(QString workspacePath, Session session, QObject* parent = nullptr);
    ~PublishingRun() override;

    bool isRunning() const { return m_running; }
    // Each returns false (and does nothing) while a job runs.
    bool plan(const Publisher::Request& request);
    bool publish(const Publisher::Request& request);
    bool publishDue(const QDateTime& now);
    // Dead letters per target (every one of a target when its list is empty).
    bool retryDeadLetters(const QMap<QString, QList<qint64>>& idsByTarget);
    // Asks the running job to stop at its next progress report: the targets keep their previous publication.
    void cancel();
    bool isCancelling() const { return m_cancel && m_cancel->load(); }

Q_SIGNALS:
    void progressed(const QString& target, const QString& phase, qsizetype done, qsizetype total);
    void planned(const QList<PublicationPlan>& plans, const Status& status);
    void published(const QList<Publication>& publications, const Status& status);
    void retried(const Status& status);

private:
    enum class Kind { Plan, Publish, Retry };
    using Job = std::function<void(Workspace&, const Publisher::ProgressFn&)>;
    bool start(Kind kind, Job job);
    // Back on this object's thread: leaves the running state, then answers with the signal of `kind`.
    void finish(Kind kind, const QList<PublicationPlan>& plans, const QList<Publication>& publications,
                const Status& status);

    QString m_path;
    Session m_session;
    bool m_running = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace facet
