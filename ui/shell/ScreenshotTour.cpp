// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/ScreenshotTour.h"

#include "models/itemmodels/AssetListModel.h"
#include "models/itemmodels/ProductListModel.h"
#include "models/storage/Workspace.h"
#include "ui/MainWindow.h"
#include "ui/admin/AuditLogWindow.h"
#include "ui/admin/PermissionMatrixDialog.h"
#include "ui/assets/AssetBrowser.h"
#include "ui/editor/CollapsibleSection.h"
#include "ui/editor/RecordEditor.h"
#include "ui/previews/ChannelPreview.h"
#include "ui/previews/PreviewPanel.h"
#include "ui/previews/WebPreview.h"
#include "ui/publishing/PublicationHistoryWindow.h"
#include "ui/publishing/PublishDialog.h"
#include "ui/publishing/PublishTargetTree.h"
#include "ui/publishing/PublishTargetsDialog.h"
#include "ui/publishing/PublishingActions.h"
#include "ui/publishing/SchedulesDialog.h"
#include "ui/shell/ProductBrowser.h"
#include "ui/shell/Theme.h"
#include "ui/templates/CodeEditor.h"
#include "ui/templates/TemplateEditorWindow.h"
#include "ui/templates/TemplatePreview.h"
#include "ui/workflow/HistoryWindow.h"
#include "ui/workflow/ReviewWindow.h"
#include "ui/workflow/SignInDialog.h"
#include "ui/workflow/TasksPanel.h"

#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QListView>
#include <QPixmap>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTextCursor>
#include <QTimer>
#include <QTreeWidget>

namespace facet {

namespace {
// A German word the demo uses: the search picture shows the index finding text in another locale.
const auto SearchWord = QStringLiteral("Kopfhörer");
constexpr int PollMs = 100;
// The demo's users share it; the README documents it.
const auto DemoPassword = QStringLiteral("facet-demo");
} // namespace

ScreenshotTour::ScreenshotTour(MainWindow* window, const QString& directory, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(directory)
{
}

void ScreenshotTour::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!QDir().mkpath(m_directory)) {
        fail(tr("cannot create %1").arg(m_directory));
        return;
    }
    MainWindow* w = m_window;
    const Theme::Mode originalTheme = w->theme()->mode();
    m_steps = {
        // The demo has users: the sign-in dialog greets whoever opens it.
        {[w] {
             if (SignInDialog* dialog = w->signInDialog())
                 dialog->setUserName(QStringLiteral("mia"));
         },
         400},
        {[this, w] {
             if (SignInDialog* dialog = w->signInDialog()) {
                 grab(dialog, QStringLiteral("sign-in.png"));
                 dialog->findChild<QLineEdit*>(QStringLiteral("signInPassword"))->setText(DemoPassword);
                 dialog->trySignIn();
             }
         },
         300},
        {[w] {
             w->resize(1440, 880);
             w->theme()->setMode(Theme::Mode::Light);
             // A product from the middle of the list shows a filled record, not the first in the alphabet.
             const QString sku = w->productBrowser()->model()->skuAt(4);
             if (!sku.isEmpty())
                 w->selectProduct(sku);
         },
         800},
        {[this, w] { grab(w, QStringLiteral("main-light.png")); }, 0},
        {[w] { w->theme()->setMode(Theme::Mode::Dark); }, 500},
        {[this, w] { grab(w, QStringLiteral("main-dark.png")); }, 0},
        {[w] {
             w->theme()->setMode(Theme::Mode::Light);
             w->productBrowser()->searchEdit()->setText(SearchWord);
         },
         ProductBrowser::SearchDelayMs + 300},
        // The editor shows a hit, so the picture reads as "searched, found, opened".
        {[w] { w->selectProduct(w->productBrowser()->model()->skuAt(0)); }, 500},
        {[this, w] { grab(w, QStringLiteral("search.png")); }, 0},
        // The editor alone, given most of the window's width as a user focused on one record would, on a
        // product with something missing: a wall of 100 % would not show what the grid is for.
        {[this, w] {
             w->selectProduct(leastCompleteSku());
             if (auto* splitter = w->findChild<QSplitter*>(QStringLiteral("mainSplitter"))) {
                 m_splitterState = splitter->saveState();
                 const int width = splitter->width();
                 splitter->setSizes({width * 14 / 100, width * 28 / 100, width * 58 / 100});
             }
             scrollEditorToCompleteness();
         },
         600},
        {[this, w] { grab(w->recordEditor(), QStringLiteral("editor-completeness.png")); }, 0},
        {[this, w] {
             if (auto* splitter = w->findChild<QSplitter*>(QStringLiteral("mainSplitter")))
                 splitter->restoreState(m_splitterState);
             w->productBrowser()->setSearchText(QString());
         },
         ProductBrowser::SearchDelayMs + 300},
    };
    m_steps << previewSteps();
    // The asset library docked under the editor, on the demo's expired illustration: its badge in the grid,
    // the warning in the metadata editor.
    m_steps << QList<Step>{
        {[w] {
             w->showAssetLibrary(true);
             if (auto* dock = w->findChild<QDockWidget*>(QStringLiteral("assetDock")))
                 w->resizeDocks({dock}, {w->height() * 58 / 100}, Qt::Vertical);
             AssetListModel* model = w->assetBrowser()->model();
             for (int row = 0; row < model->rowCount(); ++row)
                 if (model->index(row).data(AssetListModel::ExpiredRole).toBool())
                     w->assetBrowser()->selectAsset(
                         model->index(row).data(AssetListModel::IdRole).toLongLong());
         },
         1000},
        {[this, w] { grab(w, QStringLiteral("asset-browser.png")); }, 200,
         [w] { return w->assetBrowser()->model()->pendingThumbnails() == 0; }},
        {[w] { w->showAssetLibrary(false); }, 300},
    };
    m_steps << QList<Step>{
        {[this] { showTemplateEditor(); }, 1500},
        {[this, w] { grab(w->templateEditor(), QStringLiteral("template-editor.png")); }, 0},
        // The same template with a block left open: the line is marked and saving is off.
        {[w] {
             QTextCursor cursor = w->templateEditor()->editor()->textCursor();
             cursor.movePosition(QTextCursor::Start);
             cursor.movePosition(QTextCursor::Down, QTextCursor::MoveAnchor, 2);
             cursor.insertText(QStringLiteral("{% if product.tagline %}\n"));
             w->templateEditor()->editor()->setTextCursor(cursor);
         },
         TemplateEditorWindow::CheckDelayMs + 500},
        {[this, w] { grab(w->templateEditor(), QStringLiteral("template-editor-error.png")); }, 0},
        {[w] {
             TemplateEditorWindow* editor = w->templateEditor();
             editor->setSaveQuestion([](const QString&) { return QMessageBox::Discard; });
             editor->close();
             editor->setSaveQuestion({});
         },
         0},
    };
    m_steps << workflowSteps();
    m_steps << publishingSteps();
    m_steps << Step{[this, w, originalTheme] {
                        if (auto* splitter = w->findChild<QSplitter*>(QStringLiteral("mainSplitter")))
                            splitter->restoreState(m_splitterState);
                        w->theme()->setMode(originalTheme);
                    },
                    0};
    QTimer::singleShot(0, this, &ScreenshotTour::runNext);
}

QList<ScreenshotTour::Step> ScreenshotTour::workflowSteps()
{
    MainWindow* w = m_window;
    QList<Step> steps;
    if (!w->workspace() || !w->workspace()->hasUsers())
        return steps;
    // The brand manager's day: what waits, then one review.
    steps << Step{[this, w] {
                      w->resize(1440, 880);
                      w->theme()->setMode(Theme::Mode::Light);
                      w->signIn(QStringLiteral("ben"), DemoPassword);
                      m_reviewSku = firstTaskSku();
                      if (!m_reviewSku.isEmpty())
                          w->selectProduct(m_reviewSku);
                  },
                  1200};
    steps << Step{[this, w] { grab(w, QStringLiteral("tasks.png")); }, 0};
    steps << Step{[this, w] {
                      // The review with the most to show: a released record's newer revision, diffed word by
                      // word against what its channels get now. Those wait in editorial review, for the
                      // author's colleague.
                      const Workspace* ws = w->workspace();
                      auto hasApproved = [ws](const QString& sku) {
                          const std::optional<RevisionState> current = ws->currentRevision(sku);
                          const std::optional<RevisionState> approved = ws->lastApprovedRevision(sku);
                          return current && approved && approved->revision.hash != current->revision.hash;
                      };
                      for (const QString& user : {QStringLiteral("max"), QStringLiteral("mia")}) {
                          if (hasApproved(m_reviewSku))
                              break;
                          w->signIn(user, DemoPassword);
                          const QString sku = firstTaskSku();
                          if (!sku.isEmpty() && hasApproved(sku))
                              m_reviewSku = sku;
                      }
                      if (ReviewWindow* review = w->showReview(m_reviewSku))
                          review->resize(1600, 1000);
                  },
                  1500,
                  [this, w] {
                      auto* review = w->findChild<ReviewWindow*>(QStringLiteral("reviewWindow"));
                      return !review || !review->isRendering();
                  }};
    steps << Step{[] {}, 1500};
    steps << Step{[this, w] {
                      if (auto* review = w->findChild<ReviewWindow*>(QStringLiteral("reviewWindow"))) {
                          grab(review, QStringLiteral("review.png"));
                          review->close();
                      }
                  },
                  300};
    steps << Step{[w, this] {
                      // A released record with a newer revision: the diff shows what changed since release.
                      QString sku = m_reviewSku;
                      ProductQuery query;
                      query.limit = 1000;
                      for (const ProductRow& row : w->workspace()->products(query)) {
                          if (w->workspace()->revisionStates(row.sku).size() >= 2) {
                              sku = row.sku;
                              break;
                          }
                      }
                      if (HistoryWindow* history = w->showHistory(sku))
                          history->resize(1500, 900);
                  },
                  800};
    steps << Step{[this, w] {
                      if (auto* history = w->findChild<HistoryWindow*>(QStringLiteral("historyWindow"))) {
                          grab(history, QStringLiteral("history-diff.png"));
                          history->close();
                      }
                  },
                  300};
    steps << Step{[w] {
                      w->signIn(QStringLiteral("ada"), DemoPassword);
                      if (PermissionMatrixDialog* matrix = w->showPermissions())
                          matrix->resize(1100, 900);
                  },
                  800};
    steps << Step{[this, w] {
                      if (auto* matrix =
                              w->findChild<PermissionMatrixDialog*>(QStringLiteral("permissionMatrix"))) {
                          grab(matrix, QStringLiteral("permission-matrix.png"));
                          matrix->close();
                      }
                  },
                  300};
    steps << Step{[w] {
                      if (AuditLogWindow* audit = w->showAuditLog()) {
                          audit->resize(1400, 800);
                          audit->verify();
                      }
                  },
                  2500};
    steps << Step{[this, w] {
                      if (auto* audit = w->findChild<AuditLogWindow*>(QStringLiteral("auditLog"))) {
                          grab(audit, QStringLiteral("audit.png"));
                          audit->close();
                      }
                  },
                  300};
    return steps;
}

QList<ScreenshotTour::Step> ScreenshotTour::publishingSteps()
{
    MainWindow* w = m_window;
    QList<Step> steps;
    if (!w->workspace() || !w->workspace()->hasUsers())
        return steps;
    // Sized for a 1280×800 screen: the dialogs must read well there.
    steps << Step{[w] {
                      w->signIn(QStringLiteral("ada"), DemoPassword);
                      if (PublishDialog* dialog = w->publishing()->showPublishDialog())
                          dialog->plan();
                  },
                  500,
                  {}};
    steps << Step{[this, w] {
                      if (PublishDialog* dialog = w->publishing()->publishDialog())
                          grab(dialog, QStringLiteral("publish-plan.png"));
                  },
                  0,
                  [w] {
                      PublishDialog* dialog = w->publishing()->publishDialog();
                      return !dialog || !dialog->isRunning();
                  }};
    steps << Step{[w] {
                      if (PublishDialog* dialog = w->publishing()->publishDialog())
                          dialog->publish();
                  },
                  500};
    steps << Step{[this, w] {
                      if (PublishDialog* dialog = w->publishing()->publishDialog()) {
                          grab(dialog, QStringLiteral("publish-result.png"));
                          dialog->close();
                      }
                  },
                  300,
                  [w] {
                      PublishDialog* dialog = w->publishing()->publishDialog();
                      return !dialog || !dialog->isRunning();
                  },
                  300000};
    steps << Step{[w] {
                      PublicationHistoryWindow* history = w->publishing()->showHistory();
                      if (!history)
                          return;
                      // The question the history answers: what went to the newsletter, and who approved it.
                      for (const Publication& p : history->publications())
                          if (p.channel == u"newsletter" && p.written > 0)
                              history->selectPublication(p.id);
                      const QList<PublishedItem> items = history->items();
                      for (int row = 0; row < items.size(); ++row)
                          if (items.at(row).result == PublishedItem::Result::Written) {
                              history->selectItem(row);
                              break;
                          }
                      history->verifyFolder();
                  },
                  1500};
    steps << Step{[this, w] {
                      if (PublicationHistoryWindow* history = w->publishing()->historyWindow()) {
                          grab(history, QStringLiteral("publication-history.png"));
                          history->close();
                      }
                  },
                  300};
    steps << Step{[w] {
                      if (PublishTargetsDialog* targets = w->publishing()->showTargets())
                          targets->selectTarget(QStringLiteral("print"));
                  },
                  600};
    steps << Step{[this, w] {
                      if (auto* targets =
                              w->findChild<PublishTargetsDialog*>(QStringLiteral("publishTargetsDialog"))) {
                          grab(targets, QStringLiteral("publish-targets.png"));
                          targets->close();
                      }
                  },
                  300};
    steps << Step{[w] {
                      Workspace* ws = w->workspace();
                      // A weekly newsletter release on Monday morning, local time.
                      PublicationSchedule schedule;
                      schedule.channels = {QStringLiteral("newsletter")};
                      QDate monday = QDate::currentDate().addDays(1);
                      while (monday.dayOfWeek() != Qt::Monday)
                          monday = monday.addDays(1);
                      schedule.notBefore = QDateTime(monday, QTime(6, 0)).toUTC();
                      schedule.recurrence = QStringLiteral("weekly");
                      Status status;
                      if (ws->schedules().isEmpty())
                          ws->saveSchedule(schedule, &status);
                      if (SchedulesDialog* dialog = w->publishing()->showSchedules()) {
                          if (QTreeWidgetItem* item =
                                  dialog->targetTree()->channelItem(QStringLiteral("ecommerce")))
                              item->setCheckState(0, Qt::Checked);
                      }
                  },
                  600};
    steps << Step{[this, w] {
                      if (auto* dialog = w->findChild<SchedulesDialog*>(QStringLiteral("schedulesDialog"))) {
                          grab(dialog, QStringLiteral("schedules.png"));
                          dialog->close();
                      }
                  },
                  300};
    return steps;
}

QString ScreenshotTour::firstTaskSku() const
{
    const QList<Task> tasks = m_window->tasksPanel()->tasks();
    // A released record with a newer revision in review shows what a review is about: a diff of a few
    // words against what the channels get now, and a history with more than one revision.
    const Workspace* ws = m_window->workspace();
    for (const Task& task : tasks) {
        if (task.blockedByFourEyes || !ws)
            continue;
        const std::optional<RevisionState> approved = ws->lastApprovedRevision(task.sku);
        if (approved && approved->revision.hash != task.revisionHash)
            return task.sku;
    }
    for (const Task& task : tasks) {
        if (!task.blockedByFourEyes)
            return task.sku;
    }
    return tasks.isEmpty() ? QString() : tasks.first().sku;
}

void ScreenshotTour::showTemplateEditor()
{
    TemplateEditorWindow* editor = m_window->showTemplateEditor();
    if (!editor)
        return;
    editor->resize(1440, 880);
    const int width = editor->splitter()->width();
    editor->splitter()->setSizes({width * 15 / 100, width * 40 / 100, width * 45 / 100});
    // The newsletter's HTML: highlighting, a rendered preview and the rules' findings at once.
    editor->openTemplate(QStringLiteral("newsletter"), QStringLiteral("html"));
    const QString sku = m_window->productBrowser()->model()->skuAt(4);
    if (!sku.isEmpty())
        editor->preview()->setProduct(sku);
}

void ScreenshotTour::runNext()
{
    if (m_failed)
        return;
    if (!m_window) {
        fail(tr("the window was closed"));
        return;
    }
    if (m_steps.isEmpty()) {
        Q_EMIT finished(0);
        return;
    }
    if (m_steps.first().ready && !m_steps.first().ready()) {
        m_waitedMs += PollMs;
        if (m_waitedMs > m_steps.first().maxWaitMs) {
            fail(tr("step %1 was not ready in time").arg(m_stepIndex));
            return;
        }
        QTimer::singleShot(PollMs, this, &ScreenshotTour::runNext);
        return;
    }
    m_waitedMs = 0;
    ++m_stepIndex;
    const Step step = m_steps.takeFirst();
    step.action();
    QTimer::singleShot(step.settleMs, this, &ScreenshotTour::runNext);
}

QList<ScreenshotTour::Step> ScreenshotTour::previewSteps()
{
    MainWindow* w = m_window;
    PreviewPanel* panel = w->previewPanel();
    QList<Step> steps;
    // The previews get most of a wide window: the overview then shows its cards three abreast.
    steps << Step{[w, panel] {
                      w->resize(1920, 1080);
                      w->theme()->setMode(Theme::Mode::Light);
                      w->selectProduct(w->productBrowser()->model()->skuAt(4));
                      panel->show();
                      panel->showChannel(QString());
                  },
                  300};
    // Once the window has its new size, or the splitter shares out the old width.
    steps << Step{[this, w] {
                      if (auto* splitter = w->findChild<QSplitter*>(QStringLiteral("mainSplitter"))) {
                          m_splitterState = splitter->saveState();
                          const int width = splitter->width();
                          splitter->setSizes({180, 330, width * 20 / 100, width - 510 - width * 20 / 100});
                      }
                  },
                  800};
    // Once rendered and loaded, the browser engine still needs a moment to paint.
    auto grabWhenReady = [this, panel, &steps](const QString& channel, const QString& file) {
        steps << Step{[] {}, 700, [this, channel] { return previewsReady(channel); }};
        steps << Step{[this, panel, file] { grab(panel, file); }, 0};
    };
    grabWhenReady(QString(), QStringLiteral("previews-all.png"));
    steps << Step{[this, w] { grab(w, QStringLiteral("main-previews.png")); }, 0};
    // Every card of the overview, including those below the fold.
    steps << Step{[this, panel] {
                      if (auto* grid = panel->findChild<QWidget*>(QStringLiteral("allChannelsGrid")))
                          grab(grid, QStringLiteral("previews-all-cards.png"));
                  },
                  0};
    steps << Step{[w] { w->theme()->setMode(Theme::Mode::Dark); }, 800};
    grabWhenReady(QString(), QStringLiteral("previews-all-dark.png"));
    steps << Step{[w] { w->theme()->setMode(Theme::Mode::Light); }, 500};
    for (const QString& channel : panel->channels()) {
        steps << Step{[panel, channel] { panel->showChannel(channel); }, 300};
        grabWhenReady(channel, QStringLiteral("preview-%1.png").arg(channel));
    }
    return steps;
}

bool ScreenshotTour::previewsReady(const QString& channel) const
{
    PreviewPanel* panel = m_window ? m_window->previewPanel() : nullptr;
    if (!panel || panel->isUpdating())
        return false;
    const QStringList channels = channel.isEmpty() ? panel->channels() : QStringList{channel};
    for (const QString& code : channels) {
        const ChannelPreview* preview =
            channel.isEmpty() ? panel->compactPreview(code) : panel->preview(code);
        const auto* web = preview ? qobject_cast<const WebPreview*>(preview->view()) : nullptr;
        if (web && !preview->hasError() && !web->isLoaded())
            return false;
    }
    return true;
}

void ScreenshotTour::grab(QWidget* widget, const QString& fileName)
{
    const QString path = QDir(m_directory).filePath(fileName);
    if (!widget->grab().save(path)) {
        fail(tr("cannot write %1").arg(path));
        return;
    }
    m_written << path;
}

QString ScreenshotTour::leastCompleteSku() const
{
    const ProductListModel* model = m_window->productBrowser()->model();
    QString sku = model->skuAt(0);
    int lowest = 100;
    for (int row = 0; row < model->rowCount(); ++row) {
        const int percent = model->index(row, ProductListModel::CompletenessColumn)
                                .data(ProductListModel::CompletenessRole)
                                .toInt();
        if (percent < lowest) {
            lowest = percent;
            sku = model->skuAt(row);
        }
    }
    if (lowest < 100 || !m_window->workspace())
        return sku;
    // Every hit is complete: the least complete product of the workspace, as sorting by the Completeness
    // column would put first.
    ProductQuery query;
    query.sortColumn = ProductQuery::SortColumn::Completeness;
    query.order = Qt::AscendingOrder;
    query.limit = 1;
    const QList<ProductRow> rows = m_window->workspace()->products(query);
    return rows.isEmpty() || rows.first().completeness >= 100 ? sku : rows.first().sku;
}

void ScreenshotTour::scrollEditorToCompleteness()
{
    // The editor's completeness section is found by name rather than through its API; where it is not inside
    // a scrolled area (it leads the editor today) there is nothing to scroll.
    auto* section =
        m_window->recordEditor()->findChild<CollapsibleSection*>(QStringLiteral("section:completeness"));
    if (section)
        section->setExpanded(true);
    const QList<QScrollArea*> areas = m_window->recordEditor()->findChildren<QScrollArea*>();
    for (QScrollArea* area : areas) {
        if (!area->widget())
            continue;
        const QList<QWidget*> children = area->widget()->findChildren<QWidget*>();
        for (QWidget* child : children) {
            if (child->objectName().startsWith(u"section:completeness")) {
                // Bring the section to the top of the view rather than just into it.
                area->verticalScrollBar()->setValue(child->mapTo(area->widget(), QPoint(0, 0)).y());
                return;
            }
        }
    }
}

void ScreenshotTour::fail(const QString& message)
{
    m_failed = true;
    qWarning("screenshots: %s", qPrintable(message));
    Q_EMIT finished(1);
}

} // namespace facet
