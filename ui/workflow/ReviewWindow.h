// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/workflow/RevisionState.h"
#include "models/workflow/Transition.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace facet {

class AllChannelsView;
class PreviewRenderer;
class RevisionDiffView;
class Workspace;
struct Rendering;

// Reviews the revision of one record that waits in the workflow: what changed since the last approved
// revision, every channel's preview of it with the rules' findings, the comment thread, and the decision
// (approve, or send back to an earlier stage) with a comment. The decision names the revision hash shown,
// so a record changed meanwhile is refused by the workspace rather than approved unseen.
// Reachable by objectName: "reviewWindow", "reviewHeading", "reviewMessage", "reviewComment",
// "approveButton", "sendBackButton", "sendBackStage", "addCommentButton", "commentThread", "revisionDiff".
class ReviewWindow : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewWindow(Workspace* workspace, QWidget* parent = nullptr);
    ~ReviewWindow() override;

    void showRecord(const QString& sku);
    QString sku() const { return m_sku; }
    // The revision under review; empty when nothing waits.
    QString revisionHash() const;

    // What the buttons do; false (with the reason shown) when the workspace refused.
    bool approve();
    bool sendBack();
    bool addComment();

    QPlainTextEdit* commentBox() const { return m_comment; }
    QComboBox* sendBackStage() const { return m_sendBackStage; }
    QString message() const;
    AllChannelsView* previews() const { return m_previews; }
    bool isRendering() const;

Q_SIGNALS:
    // A decision was recorded: task lists and editors should follow.
    void decided(const QString& sku);

private:
    void reload();
    void fillThread();
    void renderPreviews();
    void onRendered(const QList<facet::Rendering>& renderings);
    void showMessage(const QString& text, bool error);
    QString stageLabel(const QString& code) const;
    QString labelLocale() const;

    QPointer<Workspace> m_workspace;
    QString m_sku;
    std::optional<RevisionState> m_current;
    QList<Transition> m_transitions;
    PreviewRenderer* m_renderer;
    QLabel* m_heading;
    QLabel* m_details;
    QLabel* m_fourEyes;
    RevisionDiffView* m_diff;
    QTextBrowser* m_thread;
    AllChannelsView* m_previews;
    QPlainTextEdit* m_comment;
    QLabel* m_message;
    QComboBox* m_sendBackStage;
    QPushButton* m_approve;
    QPushButton* m_sendBack;
    QPushButton* m_addComment;
};

} // namespace facet
