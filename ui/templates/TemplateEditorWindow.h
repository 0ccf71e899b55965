// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/rendering/TemplateEngine.h"

#include <KSyntaxHighlighting/Definition>
#include <QMainWindow>
#include <QMessageBox>
#include <functional>

class QLabel;
class QPushButton;
class QSplitter;
class QTimer;

namespace facet {

class CodeEditor;
class TemplateNavigator;
class TemplatePreview;
class Workspace;

// Where admins edit channel templates: the channels' templates and their versions on the left, the source in
// the middle (checked as it is typed, errors marked at their line), a live preview of one product on the
// right. Saving adds a version; nothing is ever overwritten.
class TemplateEditorWindow : public QMainWindow
{
    Q_OBJECT

public:
    // How long typing must pause before the source is checked and previewed.
    static constexpr int CheckDelayMs = 300;

    explicit TemplateEditorWindow(QWidget* parent = nullptr);
    ~TemplateEditorWindow() override;

    // Switches without asking: call maybeSave() first.
    void setWorkspace(Workspace* workspace);
    // Shows the template's version in use; asks about unsaved changes first. False if the user cancelled.
    bool openTemplate(const QString& channel, const QString& name);
    // Shows an older version of the open template (0: the built-in); saving it makes it the newest again.
    bool showVersion(int version);
    bool save();
    // Asks to save unsaved changes; false if the user cancelled or saving failed.
    bool maybeSave();
    bool isModified() const;
    bool hasError() const { return !m_errorText.isEmpty(); }
    QString currentChannel() const { return m_channel; }
    QString currentName() const { return m_name; }

    // Asked by maybeSave(); returns QMessageBox::Save, Discard or Cancel. Tests pre-answer it.
    using SaveQuestion = std::function<QMessageBox::StandardButton(const QString& templateName)>;
    void setSaveQuestion(SaveQuestion question) { m_saveQuestion = std::move(question); }

    // Who a save is recorded as: the "user/name" setting, else the login name.
    static QString userName();

    CodeEditor* editor() const { return m_editor; }
    TemplateNavigator* navigator() const { return m_navigator; }
    TemplatePreview* preview() const { return m_preview; }
    QSplitter* splitter() const { return m_splitter; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void loadSource(const QString& source, int version);
    void onTextChanged();
    void runCheck();
    void updateState();
    void onTemplateSaved(const QString& channel, const QString& name);
    QMessageBox::StandardButton askToSave();

    Workspace* m_workspace = nullptr;
    TemplateEngine m_engine;
    QSplitter* m_splitter;
    TemplateNavigator* m_navigator;
    CodeEditor* m_editor;
    TemplatePreview* m_preview;
    QLabel* m_heading;
    QLabel* m_error;
    QPushButton* m_revert;
    QPushButton* m_save;
    QAction* m_saveAction;
    QTimer* m_checkTimer;
    SaveQuestion m_saveQuestion;

    QString m_channel;
    QString m_name;
    QString m_kindLabel;
    KSyntaxHighlighting::Definition m_definition;
    int m_latestVersion = 0;
    QString m_latestSource;
    int m_shownVersion = 0;
    QString m_shownSource;
    QString m_errorText;
    bool m_loading = false;
};

} // namespace facet
