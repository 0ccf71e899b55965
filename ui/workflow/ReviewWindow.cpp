// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workflow/ReviewWindow.h"

#include "models/record/RichText.h"
#include "models/storage/Workspace.h"
#include "ui/editor/EditorPalette.h"
#include "ui/previews/AllChannelsView.h"
#include "ui/previews/ChannelPreview.h"
#include "ui/previews/PreviewRenderer.h"
#include "ui/workflow/RevisionDiffView.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace facet {

using namespace Qt::StringLiterals;

namespace {

QString shortHash(const QString& hash)
{
    return hash.left(10);
}

QString when(const QString& iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : iso;
}

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

ReviewWindow::ReviewWindow(Workspace* workspace, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
    , m_renderer(new PreviewRenderer(this))
    , m_heading(new QLabel(this))
    , m_details(new QLabel(this))
    , m_fourEyes(new QLabel(this))
    , m_diff(new RevisionDiffView(this))
    , m_thread(new QTextBrowser(this))
    , m_previews(new AllChannelsView(this))
    , m_comment(new QPlainTextEdit(this))
    , m_message(new QLabel(this))
    , m_sendBackStage(new QComboBox(this))
    , m_approve(new QPushButton(this))
    , m_sendBack(new QPushButton(tr("Send &Back"), this))
    , m_addComment(new QPushButton(tr("&Comment"), this))
{
    setObjectName(u"reviewWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    m_heading->setObjectName(u"reviewHeading"_s);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(u"reviewDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fourEyes->setObjectName(u"fourEyesNote"_s);
    m_fourEyes->setWordWrap(true);
    m_fourEyes->hide();
    m_thread->setObjectName(u"commentThread"_s);
    m_thread->setOpenLinks(false);
    m_comment->setObjectName(u"reviewComment"_s);
    m_comment->setPlaceholderText(
        tr("A comment for the author and the next reviewers (required to send back)"));
    m_comment->setMaximumHeight(72);
    m_comment->setTabChangesFocus(true);
    m_message->setObjectName(u"reviewMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    m_sendBackStage->setObjectName(u"sendBackStage"_s);
    m_sendBackStage->setToolTip(tr("The earlier stage the revision goes back to"));
    m_approve->setObjectName(u"approveButton"_s);
    m_sendBack->setObjectName(u"sendBackButton"_s);
    m_addComment->setObjectName(u"addCommentButton"_s);
    m_addComment->setToolTip(tr("Add the comment to the thread without deciding"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(sectionTitle(tr("Changes since the last approved revision"), left));
    leftLayout->addWidget(m_diff, 3);
    leftLayout->addWidget(sectionTitle(tr("Comments and decisions"), left));
    leftLayout->addWidget(m_thread, 2);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(sectionTitle(tr("Every channel, as this revision renders"), right));
    rightLayout->addWidget(m_previews, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"reviewSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 5);

    auto* decision = new QHBoxLayout;
    decision->addWidget(m_addComment);
    decision->addStretch(1);
    decision->addWidget(new QLabel(tr("Send back to:"), this));
    decision->addWidget(m_sendBackStage);
    decision->addWidget(m_sendBack);
    decision->addSpacing(16);
    decision->addWidget(m_approve);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(m_heading);
    layout->addWidget(m_details);
    layout->addWidget(m_fourEyes);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_comment);
    layout->addWidget(m_message);
    layout->addLayout(decision);

    m_renderer->setWorkspace(workspace);
    connect(m_renderer, &PreviewRenderer::rendered, this, &ReviewWindow::onRendered);
    connect(m_approve, &QPushButton::clicked, this, &ReviewWindow::approve);
    connect(m_sendBack, &QPushButton::clicked, this, &ReviewWindow::sendBack);
    connect(m_addComment, &QPushButton::clicked, this, &ReviewWindow::addComment);
    if (workspace) {
        // Someone else decided, or the record was submitted again: show what waits now.
        connect(workspace, &Workspace::revisionsChanged, this, [this](const QString& sku) {
            if (sku == m_sku)
                reload();
        });
        connect(workspace, &Workspace::commentsChanged, this, [this](const QString& sku) {
            if (sku == m_sku)
                fillThread();
        });
        connect(workspace, &Workspace::sessionChanged, this, &ReviewWindow::reload);
    }
    resize(1400, 900);
}

ReviewWindow::~ReviewWindow() = default;

QString ReviewWindow::labelLocale() const
{
    if (!m_workspace)
        return QLocale().name();
    const Catalog& catalog = m_workspace->catalog();
    return catalog.hasLocale(QLocale().name()) ? QLocale().name() : catalog.defaultLocale();
}

QString ReviewWindow::stageLabel(const QString& code) const
{
    const Stage* stage = m_workspace ? m_workspace->workflow().stage(code) : nullptr;
    return stage ? stage->label(labelLocale()) : code;
}

QString ReviewWindow::revisionHash() const
{
    return m_current ? m_current->revision.hash : QString();
}

QString ReviewWindow::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

bool ReviewWindow::isRendering() const
{
    return m_renderer->isPending();
}

void ReviewWindow::showRecord(const QString& sku)
{
    m_sku = sku;
    m_message->hide();
    m_comment->clear();
    reload();
}

void ReviewWindow::reload()
{
    if (!m_workspace)
        return;
    const Catalog& catalog = m_workspace->catalog();
    const QString language = labelLocale();
    m_current = m_workspace->currentRevision(m_sku);
    m_transitions = m_current ? m_workspace->allowedTransitions(m_sku) : QList<Transition>();
    const std::optional<MasterRecord> draft = m_workspace->record(m_sku);
    QString title = m_sku;
    if (draft) {
        if (const Family* family = catalog.family(draft->family);
            family && !family->labelAttribute.isEmpty()) {
            const Attribute* attribute = catalog.attribute(family->labelAttribute);
            const QJsonValue value =
                draft->resolve(family->labelAttribute,
                               attribute && attribute->localizable ? language : QString(), QString());
            const QString text = attribute && attribute->type == AttributeType::RichText
                                     ? RichText::toPlainText(value.toString())
                                     : value.toString();
            if (!text.isEmpty())
                title = tr("%1 · %2").arg(text, m_sku);
        }
    }
    m_heading->setText(tr("Review: %1").arg(title));
    setWindowTitle(tr("Review %1").arg(m_sku));

    if (!m_current) {
        m_details->setText(
            tr("Nothing of this product waits for review: its working draft has not been submitted."));
        m_diff->showMessage(tr("No revision to review."));
        m_previews->setChannels({});
        m_fourEyes->hide();
    } else {
        const std::optional<RevisionState> base = m_workspace->lastApprovedRevision(m_sku);
        m_details->setText(
            tr("Revision %1 at <b>%2</b> · submitted by %3 on %4 · compared with %5")
                .arg(shortHash(m_current->revision.hash), stageLabel(m_current->stage).toHtmlEscaped(),
                     m_current->submittedBy.toHtmlEscaped(), when(m_current->submittedAt),
                     base ? tr("revision %1 (%2)")
                                .arg(shortHash(base->revision.hash), stageLabel(base->stage).toHtmlEscaped())
                          : tr("nothing: no revision was approved before")));
        const MasterRecord after =
            MasterRecord::fromCanonicalJson(m_current->revision.content).value_or(MasterRecord{});
        const MasterRecord before =
            base ? MasterRecord::fromCanonicalJson(base->revision.content).value_or(MasterRecord{})
                 : MasterRecord{};
        m_diff->setDiff(RevisionDiff::compare(before, after, &catalog), &catalog, language,
                        base ? tr("Approved (%1)").arg(shortHash(base->revision.hash)) : tr("Before"),
                        tr("Under review (%1)").arg(shortHash(m_current->revision.hash)));
        const QString me = m_workspace->session().userName();
        const bool author = m_current->editors.contains(me) || m_current->submittedBy == me;
        const Stage* stage = m_workspace->workflow().stage(m_current->stage);
        m_fourEyes->setVisible(stage && stage->fourEyes && author);
        m_fourEyes->setText(tr("⚠ Four eyes: you edited or submitted this revision, so someone else must "
                               "approve it at %1.")
                                .arg(stage ? stage->label(language) : QString()));
        editorPalette::setTextColor(m_fourEyes, editorPalette::error(m_fourEyes));
        renderPreviews();
    }

    const Transition* approveTransition = nullptr;
    m_sendBackStage->clear();
    for (const Transition& t : std::as_const(m_transitions)) {
        if (t.kind == Transition::Kind::Approve && !approveTransition)
            approveTransition = &t;
        else if (t.kind == Transition::Kind::SendBack)
            m_sendBackStage->addItem(stageLabel(t.to), t.to);
    }
    m_approve->setText(approveTransition ? tr("&Approve → %1").arg(stageLabel(approveTransition->to))
                                         : tr("&Approve"));
    m_approve->setEnabled(approveTransition != nullptr);
    m_approve->setToolTip(
        approveTransition ? tr("Approve this revision: it moves to %1").arg(stageLabel(approveTransition->to))
                          : tr("None of your roles may approve this revision here"));
    m_sendBack->setEnabled(m_sendBackStage->count() > 0);
    m_sendBackStage->setEnabled(m_sendBackStage->count() > 0);
    m_addComment->setEnabled(m_current.has_value() && m_workspace->session().canAct());
    m_comment->setEnabled(m_current.has_value() && m_workspace->session().canAct());
    fillThread();
}

void ReviewWindow::renderPreviews()
{
    const Catalog& catalog = m_workspace->catalog();
    m_previews->setChannels(catalog.channels);
    const QString language = labelLocale();
    QList<RenderService::Target> targets;
    for (const Channel& channel : catalog.channels) {
        const QStringList locales = m_renderer->locales(channel.code);
        const QString locale = locales.contains(language) ? language : locales.value(0);
        if (locale.isEmpty())
            continue;
        targets << RenderService::Target{channel.code, locale};
        if (ChannelPreview* preview = m_previews->preview(channel.code))
            preview->setTitle(language, locale);
    }
    m_renderer->setTargets(targets);
    if (const auto record = MasterRecord::fromCanonicalJson(m_current->revision.content))
        m_renderer->renderNow(*record);
}

void ReviewWindow::onRendered(const QList<Rendering>& renderings)
{
    for (const Rendering& rendering : renderings) {
        if (ChannelPreview* preview = m_previews->preview(rendering.channel))
            preview->setRendering(rendering);
    }
}

void ReviewWindow::fillThread()
{
    if (!m_workspace)
        return;
    struct Entry
    {
        QString at;
        QString html;
    };
    QList<Entry> entries;
    const QString muted = palette().color(QPalette::Disabled, QPalette::Text).name();
    const QString current = revisionHash();
    auto revisionTag = [&](const QString& hash) {
        return hash == current ? tr("this revision") : tr("revision %1").arg(shortHash(hash));
    };
    for (const Approval& a : m_workspace->approvals(m_sku)) {
        QString what;
        switch (a.decision) {
        case Approval::Decision::Submit:
            what = tr("submitted for %1").arg(stageLabel(a.toStage));
            break;
        case Approval::Decision::Approve:
            what = tr("approved: %1 → %2").arg(stageLabel(a.fromStage), stageLabel(a.toStage));
            break;
        case Approval::Decision::SendBack:
            what = tr("sent back: %1 → %2").arg(stageLabel(a.fromStage), stageLabel(a.toStage));
            break;
        case Approval::Decision::Restore:
            what = tr("restored as the working draft");
            break;
        case Approval::Decision::Supersede:
            what = tr("superseded by a newer submission");
            break;
        }
        QString html = u"<p><b>%1</b> %2 <span style='color:%3'>· %4 · %5</span>"_s.arg(
            a.user.toHtmlEscaped(), what.toHtmlEscaped(), muted, revisionTag(a.revisionHash), when(a.at));
        if (!a.comment.isEmpty())
            html += u"<br>“%1”"_s.arg(a.comment.toHtmlEscaped().replace(u'\n', u"<br>"_s));
        entries << Entry{a.at, html + u"</p>"_s};
    }
    for (const RevisionComment& c : m_workspace->comments(m_sku)) {
        entries << Entry{c.at, u"<p><b>%1</b> <span style='color:%2'>· %3 · %4</span><br>%5</p>"_s.arg(
                                   c.user.toHtmlEscaped(), muted, revisionTag(c.revisionHash), when(c.at),
                                   c.text.toHtmlEscaped().replace(u'\n', u"<br>"_s))};
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& a, const Entry& b) { return a.at < b.at; });
    QString html;
    for (const Entry& e : std::as_const(entries))
        html += e.html;
    if (html.isEmpty())
        html = u"<p style='color:%1'>%2</p>"_s.arg(muted, tr("No comments yet."));
    m_thread->setHtml(html);
    m_thread->moveCursor(QTextCursor::End);
}

void ReviewWindow::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    editorPalette::setTextColor(m_message,
                                error ? editorPalette::error(m_message) : editorPalette::success(m_message));
    m_message->show();
}

bool ReviewWindow::approve()
{
    if (!m_workspace || !m_current)
        return false;
    const QString hash = m_current->revision.hash;
    const Status status = m_workspace->approve(m_sku, hash, m_comment->toPlainText().trimmed());
    if (!status) {
        showMessage(status.message(), true);
        return false;
    }
    m_comment->clear();
    const std::optional<RevisionState> now = m_workspace->revisionState(m_sku, hash);
    showMessage(tr("Approved. Revision %1 is now at %2.")
                    .arg(shortHash(hash), now ? stageLabel(now->stage) : QString()),
                false);
    reload();
    Q_EMIT decided(m_sku);
    return true;
}

bool ReviewWindow::sendBack()
{
    if (!m_workspace || !m_current)
        return false;
    const QString hash = m_current->revision.hash;
    const QString stage = m_sendBackStage->currentData().toString();
    const Status status = m_workspace->sendBack(m_sku, hash, stage, m_comment->toPlainText().trimmed());
    if (!status) {
        showMessage(status.message(), true);
        return false;
    }
    m_comment->clear();
    showMessage(tr("Sent back to %1.").arg(stageLabel(stage)), false);
    reload();
    Q_EMIT decided(m_sku);
    return true;
}

bool ReviewWindow::addComment()
{
    if (!m_workspace || !m_current)
        return false;
    const Status status =
        m_workspace->addComment(m_sku, m_current->revision.hash, m_comment->toPlainText().trimmed());
    if (!status) {
        showMessage(status.message(), true);
        return false;
    }
    m_comment->clear();
    m_message->hide();
    fillThread();
    return true;
}

} // namespace facet
