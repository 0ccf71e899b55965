// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QPointer>
#include <QWidget>
#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QUndoStack;

namespace facet {

class CollapsibleSection;
class CompletenessPanel;
class RecordDocument;
class RecordForm;
class Workspace;
struct ValueKey;

// The right pane of the workbench: edits one master record with undo, shows its completeness per channel
// and locale while typing, and saves it through the workspace.
// Editors are reachable by objectName: "value:<attribute>[-<locale>][-<channel>]" (the input widget),
// completeness bars "completeness:<channel>-<locale>", the save button "saveButton".
class RecordEditor : public QWidget
{
    Q_OBJECT

public:
    // Asked by maybeSave(); returns QMessageBox::Save, Discard or Cancel. Tests pre-answer it.
    using SaveQuestion = std::function<QMessageBox::StandardButton(const QString& sku)>;

    explicit RecordEditor(QWidget* parent = nullptr);
    ~RecordEditor() override;

    void setWorkspace(Workspace* workspace); // nullptr clears
    // Shows a product, dropping unsaved changes of the previous one: call maybeSave() first.
    void showRecord(const QString& sku); // empty clears
    QString currentSku() const;
    bool isModified() const;
    // False, with the reasons shown in the editor, when the record is invalid; nothing is written then.
    bool save();
    // If modified asks Save/Discard/Cancel; false = cancel. Discard reverts to the saved record.
    bool maybeSave();
    QUndoStack* undoStack() const;
    // The record being edited, for views that follow it (previews).
    RecordDocument* document() const { return m_document; }
    // Scrolls to and focuses the field of a value: the most specific one the form has of
    // attribute-locale-channel, attribute-locale, attribute-channel, attribute. False if there is none.
    bool focusValue(const QString& attribute, const QString& locale, const QString& channel = {});

    void setSaveQuestion(SaveQuestion question);
    // Puts a widget in the header beside the save button (the workflow's stage and actions).
    void addHeaderWidget(QWidget* widget);

Q_SIGNALS:
    void modifiedChanged(bool modified);
    void recordSaved(const QString& sku);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createHeader();
    void rebuild();
    void updateHeader();
    void updateCompleteness();
    void fitCompletenessHeight();
    void updateTabOrder();
    void showBanner(const QString& text);
    void onValueChanged(const ValueKey& key);
    void onWorkspaceRecordSaved(const QString& sku);
    QString labelLocale() const;
    QMessageBox::StandardButton askToSave(const QString& sku);

    RecordDocument* m_document;
    QPointer<Workspace> m_workspace;
    SaveQuestion m_saveQuestion;
    bool m_saving = false;

    QStackedWidget* m_pages;
    QLabel* m_emptyLabel;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_modifiedMarker;
    QPushButton* m_saveButton;
    QHBoxLayout* m_headerLayout = nullptr;
    QLabel* m_banner;
    CollapsibleSection* m_completenessSection;
    CompletenessPanel* m_completeness;
    QScrollArea* m_completenessScroll = nullptr;
    QScrollArea* m_scroll;
    RecordForm* m_form;
};

} // namespace facet
