// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace facet {

class AllChannelsView;
class ChannelPreview;
class PreviewRenderer;
class RecordDocument;
class RecordEditor;
class Workspace;
struct Rendering;
struct ValueKey;

// Beside the record editor: the record as every channel shows it, a tab per channel and one with all of
// them side by side, re-rendered live while the user types. A locale switcher offers the tab's locales;
// clicking a finding takes the editor to the field that causes it.
// Reachable by objectName: "previewTabs" (tab "previewTab:all", "previewTab:<channel>"), "previewLocale",
// "previewStatus", "previewMode", each channel's "preview:<channel>" and, in the overview,
// "compactPreview:<channel>".
// Two modes: the working draft as it is typed, or what each channel gets now (its effective revision: the
// newest one whose stage reaches the channel's required level). Either way a badge marks the channels whose
// effective revision differs from the draft.
class PreviewPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { Draft, Effective };

    explicit PreviewPanel(QWidget* parent = nullptr);
    ~PreviewPanel() override;

    // Follows the editor's record; findings take the user to the editor's fields.
    void attach(RecordEditor* editor);
    // Follows a document's record (and its workspace).
    void setDocument(RecordDocument* document);

    // The locale chosen; a channel without it shows its first locale.
    QString locale() const { return m_locale; }
    void setLocale(const QString& locale);
    QString localeFor(const QString& channel) const;

    // Empty: the All channels tab.
    void showChannel(const QString& channel);
    QString currentChannel() const;
    QStringList channels() const;
    ChannelPreview* preview(const QString& channel) const;
    ChannelPreview* compactPreview(const QString& channel) const;
    QTabWidget* tabs() const { return m_tabs; }
    // True while a rendering for the current record is being made.
    bool isUpdating() const;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    // The hash of the revision a channel gets now; empty when none has reached its level.
    QString effectiveHash(const QString& channel) const { return m_effective.value(channel); }
    // The channel gets something other than the working draft (or nothing at all).
    bool differsFromDraft(const QString& channel) const;

Q_SIGNALS:
    void fieldRequested(const QString& attribute, const QString& locale, const QString& channel);
    // The previews show the newest rendering of the record.
    void updated();

protected:
    bool event(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void syncWorkspace();
    void onSnapshotChanged();
    void rebuild();
    void onLoaded();
    void onValueChanged();
    void onRendered(const QList<Rendering>& renderings);
    void onPendingChanged(bool pending);
    void onTabChanged();
    void fillLocaleBox();
    void updateTargets();
    void updateTitles();
    void showEmpty(const QString& message);
    QString labelLocale() const;
    // Looks up each channel's effective revision again and marks the channels that differ.
    void updateEffective();
    void updateBadges();
    void renderEffective();
    void onEffectiveRendered(const QList<Rendering>& renderings);
    void onEffectivePendingChanged();

    QPointer<RecordDocument> m_document;
    QPointer<Workspace> m_workspace;
    PreviewRenderer* m_renderer;
    // One renderer per distinct effective revision: each renders its own record for its own channels.
    QHash<QString, PreviewRenderer*> m_effectiveRenderers;
    QHash<QString, QString> m_effective;           // channel → revision hash ("" = nothing released)
    QHash<QString, QByteArray> m_effectiveContent; // revision hash → canonical JSON
    QStackedWidget* m_pages;
    QLabel* m_empty;
    QTabWidget* m_tabs;
    AllChannelsView* m_all;
    QComboBox* m_localeBox;
    QLabel* m_status;
    QComboBox* m_modeBox;
    Mode m_mode = Mode::Draft;
    QHash<QString, ChannelPreview*> m_previews;
    QString m_locale;
    QString m_signature;
    bool m_filling = false;
    bool m_stale = false; // the record changed while the panel was hidden
};

} // namespace facet
