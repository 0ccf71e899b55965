// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/templates/TemplateEditorWindow.h"

#include "models/rendering/TemplateSlot.h"
#include "models/storage/Workspace.h"
#include "ui/templates/CodeEditor.h"
#include "ui/templates/TemplateHighlighting.h"
#include "ui/templates/TemplateNavigator.h"
#include "ui/templates/TemplatePreview.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace facet {

namespace {

// TemplateEngine reports "template NAME, line N: problem".
int errorLine(const QString& error)
{
    static const QRegularExpression line(QStringLiteral("\\bline (\\d+):"));
    const QRegularExpressionMatch m = line.match(error);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace

TemplateEditorWindow::TemplateEditorWindow(QWidget* parent)
    : QMainWindow(parent, Qt::Window)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_navigator(new TemplateNavigator(m_splitter))
    , m_editor(new CodeEditor(this))
    , m_preview(new TemplatePreview(m_splitter))
    , m_heading(new QLabel(this))
    , m_error(new QLabel(this))
    , m_revert(new QPushButton(tr("&Revert"), this))
    , m_save(new QPushButton(this))
    , m_saveAction(new QAction(tr("&Save"), this))
    , m_checkTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("templateEditor"));
    setWindowTitle(tr("Templates[*]"));
    m_splitter->setObjectName(QStringLiteral("templateSplitter"));
    m_navigator->setObjectName(QStringLiteral("templateNavigator"));
    m_editor->setObjectName(QStringLiteral("templateSource"));
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_heading->setObjectName(QStringLiteral("templateHeading"));
    m_error->setObjectName(QStringLiteral("templateError"));
    m_revert->setObjectName(QStringLiteral("revertTemplateButton"));
    m_save->setObjectName(QStringLiteral("saveTemplateButton"));
    m_saveAction->setObjectName(QStringLiteral("saveTemplateAction"));

    m_heading->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setTextFormat(Qt::PlainText);
    // The palette's warning red, so the message follows the light and dark themes.
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->hide();
    m_revert->setToolTip(tr("Discard the changes and show the version in use"));
    m_save->setDefault(true);

    auto* centre = new QWidget(m_splitter);
    auto* centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->addWidget(m_heading);
    centreLayout->addWidget(m_editor, 1);
    centreLayout->addWidget(m_error);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    centreLayout->addLayout(buttons);

    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(m_preview);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(8);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_navigator->setMinimumWidth(200);
    m_preview->setMinimumWidth(280);
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(m_splitter);
    setCentralWidget(central);
    statusBar();

    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(CheckDelayMs);
    connect(m_checkTimer, &QTimer::timeout, this, &TemplateEditorWindow::runCheck);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &TemplateEditorWindow::onTextChanged);
    connect(m_save, &QPushButton::clicked, this, &TemplateEditorWindow::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        loadSource(m_latestSource, m_latestVersion);
        m_navigator->selectVersion(m_latestVersion);
    });
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &TemplateEditorWindow::save);
    addAction(m_saveAction);
    connect(m_navigator, &TemplateNavigator::templateChosen, this,
            [this](const QString& channel, const QString& name) {
                if (!openTemplate(channel, name))
                    m_navigator->selectTemplate(m_channel, m_name);
            });
    connect(m_navigator, &TemplateNavigator::versionChosen, this, [this](int version) {
        if (!showVersion(version))
            m_navigator->selectVersion(m_shownVersion);
    });

    resize(1280, 800);
    updateState();
}

TemplateEditorWindow::~TemplateEditorWindow() = default;

QString TemplateEditorWindow::userName()
{
    const QString configured = QSettings().value(QStringLiteral("user/name")).toString().trimmed();
    if (!configured.isEmpty())
        return configured;
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"})
        if (const QString name = qEnvironmentVariable(variable); !name.isEmpty())
            return name;
    return tr("unknown");
}

void TemplateEditorWindow::setWorkspace(Workspace* workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    m_channel.clear();
    m_name.clear();
    m_navigator->setWorkspace(workspace);
    m_preview->setWorkspace(workspace);
    if (workspace) {
        connect(workspace, &Workspace::templateSaved, this, &TemplateEditorWindow::onTemplateSaved);
        connect(workspace, &Workspace::sessionChanged, this, &TemplateEditorWindow::updateState);
        connect(workspace, &Workspace::structureChanged, this, [this] {
            m_preview->invalidate();
            m_navigator->refresh();
        });
        // Open on the first template, so the window never starts empty.
        if (!workspace->catalog().channels.isEmpty()) {
            const Channel& first = workspace->catalog().channels.first();
            const QList<TemplateSlot> slots = TemplateSlot::forKind(first.kind);
            if (!slots.isEmpty())
                openTemplate(first.code, slots.first().name);
        }
    }
    if (m_channel.isEmpty())
        loadSource(QString(), 0);
}

bool TemplateEditorWindow::openTemplate(const QString& channel, const QString& name)
{
    if (!m_workspace)
        return false;
    if (channel == m_channel && name == m_name)
        return true;
    const Channel* c = m_workspace->catalog().channel(channel);
    const QList<TemplateSlot> slots = c ? TemplateSlot::forKind(c->kind) : QList<TemplateSlot>();
    const TemplateSlot* slot = TemplateSlot::find(slots, name);
    if (!slot || !maybeSave())
        return false;
    const QList<ChannelTemplate> templates = m_workspace->templates(channel);
    const auto current = std::find_if(templates.cbegin(), templates.cend(),
                                      [&](const ChannelTemplate& t) { return t.name == name; });
    if (current == templates.cend())
        return false;
    m_channel = channel;
    m_name = name;
    m_kindLabel = slot->mediaType;
    m_latestVersion = current->version;
    m_latestSource = current->source;
    m_navigator->selectTemplate(channel, name);
    m_definition = TemplateHighlighting::definitionFor(*slot);
    m_preview->setTemplate(channel, name);
    loadSource(m_latestSource, m_latestVersion);
    return true;
}

bool TemplateEditorWindow::showVersion(int version)
{
    if (!m_workspace || m_channel.isEmpty())
        return false;
    if (version == m_shownVersion && !isModified())
        return true;
    QString source;
    if (version == 0) {
        source = TemplateSlot::defaultSource(m_workspace->catalog().channel(m_channel)->kind, m_name);
    } else {
        const QList<ChannelTemplate> history = m_workspace->templateHistory(m_channel, m_name);
        const auto it = std::find_if(history.cbegin(), history.cend(),
                                     [version](const ChannelTemplate& t) { return t.version == version; });
        if (it == history.cend())
            return false;
        source = it->source;
    }
    if (!maybeSave())
        return false;
    loadSource(source, version);
    return true;
}

void TemplateEditorWindow::loadSource(const QString& source, int version)
{
    m_shownVersion = version;
    m_shownSource = source;
    m_loading = true;
    m_editor->setSource(source, m_definition);
    m_loading = false;
    m_checkTimer->stop();
    runCheck();
}

void TemplateEditorWindow::onTextChanged()
{
    if (m_loading)
        return;
    m_checkTimer->start();
    updateState();
}

void TemplateEditorWindow::runCheck()
{
    m_checkTimer->stop();
    const QString source = m_editor->toPlainText();
    m_errorText.clear();
    if (!m_channel.isEmpty()) {
        if (source.trimmed().isEmpty())
            m_errorText = tr("A template cannot be empty: every rendering of the channel needs it.");
        else
            m_errorText = m_engine.check(m_channel + u'/' + m_name, source);
    }
    const int line = errorLine(m_errorText);
    m_editor->setErrorLine(line);
    // The editor already names the template; the message starts at the line, where the eye is.
    m_error->setText(line > 0 ? tr("Line %1: %2").arg(line).arg(m_errorText.section(QStringLiteral(": "), 1))
                              : m_errorText);
    m_error->setVisible(!m_errorText.isEmpty());
    m_preview->setSource(source);
    if (m_errorText.isEmpty())
        m_preview->refresh();
    else
        m_preview->setStale();
    updateState();
}

bool TemplateEditorWindow::isModified() const
{
    return !m_channel.isEmpty() && m_editor->toPlainText() != m_shownSource;
}

void TemplateEditorWindow::updateState()
{
    const bool open = !m_channel.isEmpty();
    const bool differs = open && m_editor->toPlainText() != m_latestSource;
    // Until the pending check has run, the last result stands; save() checks again before it writes.
    // The workspace refuses a save without the permission too; this only spares the user trying.
    const bool allowed = m_workspace && m_workspace->session().can(Permission::ManageTemplates);
    const bool canSave = differs && m_errorText.isEmpty() && allowed;
    m_save->setToolTip(allowed ? QString() : tr("Your roles may not change templates"));
    m_save->setEnabled(canSave);
    m_saveAction->setEnabled(canSave);
    m_save->setText(tr("&Save as Version %1").arg(m_latestVersion + 1));
    m_revert->setEnabled(differs);
    m_editor->setEnabled(open);
    setWindowModified(isModified());
    if (!open) {
        m_heading->setText(tr("Choose a template on the left."));
        setWindowTitle(tr("Templates[*]"));
        return;
    }
    setWindowTitle(tr("%1/%2[*] — Templates").arg(m_channel, m_name));
    const QString what = QStringLiteral("%1/%2 · %3").arg(m_channel, m_name, m_kindLabel);
    if (m_shownVersion != m_latestVersion)
        m_heading->setText(tr("%1 · showing version %2; version %3 is in use")
                               .arg(what)
                               .arg(m_shownVersion)
                               .arg(m_latestVersion));
    else if (m_latestVersion == 0)
        m_heading->setText(tr("%1 · the built-in template is in use").arg(what));
    else
        m_heading->setText(tr("%1 · version %2 is in use").arg(what).arg(m_latestVersion));
}

bool TemplateEditorWindow::save()
{
    if (!m_workspace || m_channel.isEmpty())
        return false;
    if (m_checkTimer->isActive())
        runCheck();
    if (!m_errorText.isEmpty() || m_editor->toPlainText() == m_latestSource)
        return false;
    Status status;
    const auto saved = m_workspace->saveTemplate(
        m_channel, m_name, m_editor->toPlainText(),
        m_workspace->session().isSignedIn() ? m_workspace->session().userName() : userName(), &status);
    if (!saved) {
        m_errorText = status.message();
        m_error->setText(m_errorText);
        m_error->show();
        updateState();
        return false;
    }
    m_latestVersion = m_shownVersion = saved->version;
    m_latestSource = m_shownSource = saved->source;
    m_navigator->refresh();
    m_navigator->selectVersion(saved->version);
    statusBar()->showMessage(tr("Saved %1/%2 as version %3.").arg(m_channel, m_name).arg(saved->version),
                             8000);
    updateState();
    return true;
}

void TemplateEditorWindow::onTemplateSaved(const QString& channel, const QString& name)
{
    Q_UNUSED(channel)
    Q_UNUSED(name)
    // Other templates of the channel feed into this one's rendering (an email's HTML shows its preheader).
    m_preview->invalidate();
    m_navigator->refresh();
}

bool TemplateEditorWindow::maybeSave()
{
    if (!isModified())
        return true;
    const QString name = m_channel + u'/' + m_name;
    switch (m_saveQuestion ? m_saveQuestion(name) : askToSave()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        loadSource(m_shownSource, m_shownVersion);
        return true;
    default:
        return false;
    }
}

QMessageBox::StandardButton TemplateEditorWindow::askToSave()
{
    QMessageBox box(
        QMessageBox::Question, tr("Unsaved changes"),
        tr("The template “%1/%2” has unsaved changes. Save them as a new version?").arg(m_channel, m_name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Save);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

void TemplateEditorWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    event->accept();
}

} // namespace facet
