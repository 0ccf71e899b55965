// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workflow/RecordStageBar.h"

#include "models/storage/Workspace.h"
#include "ui/editor/EditorPalette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace facet {

using namespace Qt::StringLiterals;

RecordStageBar::RecordStageBar(QWidget* parent)
    : QWidget(parent)
    , m_stage(new QLabel(this))
    , m_submit(new QToolButton(this))
    , m_review(new QToolButton(this))
    , m_history(new QToolButton(this))
{
    setObjectName(u"recordStageBar"_s);
    m_stage->setObjectName(u"recordStage"_s);
    editorPalette::makeSmall(m_stage);
    m_submit->setObjectName(u"submitButton"_s);
    m_submit->setText(tr("Submit…"));
    m_submit->setToolTip(tr("Freeze the saved working draft as a revision and send it for review"));
    m_review->setObjectName(u"reviewButton"_s);
    m_review->setText(tr("Review"));
    m_review->setToolTip(tr("Review the revision waiting in the workflow"));
    m_history->setObjectName(u"historyButton"_s);
    m_history->setText(tr("History"));
    m_history->setToolTip(tr("Revisions, decisions and comments; compare any two"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->setSpacing(4);
    layout->addWidget(m_stage);
    layout->addWidget(m_submit);
    layout->addWidget(m_review);
    layout->addWidget(m_history);
    connect(m_submit, &QToolButton::clicked, this, &RecordStageBar::submitRequested);
    connect(m_review, &QToolButton::clicked, this, &RecordStageBar::reviewRequested);
    connect(m_history, &QToolButton::clicked, this, &RecordStageBar::historyRequested);
    refresh();
}

void RecordStageBar::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        m_workspace->disconnect(this);
    m_workspace = workspace;
    if (workspace) {
        connect(workspace, &Workspace::revisionsChanged, this, [this](const QString& sku) {
            if (sku == m_sku)
                refresh();
        });
        connect(workspace, &Workspace::recordSaved, this, [this](const QString& sku) {
            if (sku == m_sku)
                refresh();
        });
        connect(workspace, &Workspace::sessionChanged, this, &RecordStageBar::refresh);
        connect(workspace, &Workspace::workflowChanged, this, &RecordStageBar::refresh);
    }
    refresh();
}

void RecordStageBar::setSku(const QString& sku)
{
    m_sku = sku;
    refresh();
}

QString RecordStageBar::stageText() const
{
    return m_stage->text();
}

void RecordStageBar::refresh()
{
    const bool shown = m_workspace && !m_sku.isEmpty();
    setVisible(shown);
    if (!shown)
        return;
    const Catalog& catalog = m_workspace->catalog();
    const QString language = catalog.hasLocale(QLocale().name()) ? QLocale().name() : catalog.defaultLocale();
    auto stageLabel = [this, &language](const QString& code) {
        const Stage* stage = m_workspace->workflow().stage(code);
        return stage ? stage->label(language) : code;
    };
    const QList<RevisionState> revisions = m_workspace->revisionStates(m_sku);
    const std::optional<RevisionState> current = m_workspace->currentRevision(m_sku);
    const std::optional<MasterRecord> draft = m_workspace->record(m_sku);
    const bool unsubmitted =
        draft && (revisions.isEmpty() || revisions.last().revision.hash != draft->contentHash());
    QString text;
    if (current)
        text = tr("In review: %1").arg(stageLabel(current->stage));
    else if (!revisions.isEmpty())
        text = stageLabel(revisions.last().stage);
    else
        text = tr("Not submitted");
    if (unsubmitted && !revisions.isEmpty())
        text += tr(" · draft changed");
    m_stage->setText(text);
    m_stage->setToolTip(
        unsubmitted ? tr("The working draft has changes no revision holds yet: submit them for review")
                    : QString());
    const Session& session = m_workspace->session();
    m_submit->setVisible(session.canAct() && session.can(Permission::Submit));
    // Content already waiting in review would be refused; a draft sent back may go again unchanged.
    m_submit->setEnabled(unsubmitted || !current);
    m_review->setVisible(current.has_value());
}

} // namespace facet
