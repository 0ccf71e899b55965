// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class QWidget;

namespace facet {

class MainWindow;

// Walks the open workbench through its main views and writes a PNG of each, for the documentation and as
// a smoke test of the real binary. Steps are spaced by timers, never a nested event loop, so searches,
// layouts and repaints settle as they would for a user.
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(MainWindow* window, const QString& directory, QObject* parent = nullptr);

    // Starts once; later calls do nothing.
    void start();
    QStringList writtenFiles() const { return m_written; }

Q_SIGNALS:
    // 0 when every picture was written.
    void finished(int exitCode);

private:
    struct Step
    {
        std::function<void()> action;
        int settleMs;
        // Polled before the action runs (a web page still loading); the tour fails if it never holds.
        std::function<bool()> ready = {};
        // How long `ready` may take; publishing every channel takes longer than a preview.
        int maxWaitMs = 30000;
    };
    void runNext();
    void grab(QWidget* widget, const QString& fileName);
    // The search hit with the most missing, or the workspace's least complete product if every hit is
    // complete.
    QString leastCompleteSku() const;
    void scrollEditorToCompleteness();
    void showTemplateEditor();
    QList<Step> previewSteps();
    // Sign-in, tasks, review, history, permission matrix and audit log; skipped without demo users.
    QList<Step> workflowSteps();
    QString firstTaskSku() const;
    // The publish dialog's plan and result, the publication history, targets and schedules, as the admin.
    QList<Step> publishingSteps();
    bool previewsReady(const QString& channel) const;
    void fail(const QString& message);

    QPointer<MainWindow> m_window;
    QString m_directory;
    QList<Step> m_steps;
    QStringList m_written;
    QByteArray m_splitterState;
    QString m_reviewSku;
    int m_waitedMs = 0;
    int m_stepIndex = 0;
    bool m_started = false;
    bool m_failed = false;
};

} // namespace facet
