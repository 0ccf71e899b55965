// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/workflow/RevisionState.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace facet {

class RevisionDiffView;
class Workspace;

// A record's history: every revision with its stage, who submitted it and when, each decision with its
// comment; any two revisions side by side, field by field; and an old revision restored as the working draft.
// Reachable by objectName: "historyWindow", "revisionList", "historyEvents", "compareBefore",
// "compareAfter", "restoreButton", "revisionDiff", "historyMessage".
class HistoryWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryWindow(Workspace* workspace, QWidget* parent = nullptr);

    void showRecord(const QString& sku);
    QString sku() const { return m_sku; }
    QList<RevisionState> revisions() const { return m_revisions; }
    // Compares two revisions by hash (the combos follow).
    void compare(const QString& beforeHash, const QString& afterHash);
    // Restores the revision selected in the list; false (with the reason shown) when refused.
    bool restoreSelected();
    RevisionDiffView* diffView() const { return m_diff; }
    QTreeWidget* revisionList() const { return m_list; }

Q_SIGNALS:
    // The working draft changed: an open editor should load it again.
    void restored(const QString& sku);

private:
    void reload();
    void updateDiff();
    void onSelectionChanged();
    QString stageLabel(const QString& code) const;
    QString labelLocale() const;

    QPointer<Workspace> m_workspace;
    QString m_sku;
    QList<RevisionState> m_revisions;
    QLabel* m_heading;
    QTreeWidget* m_list;
    QTreeWidget* m_events;
    QComboBox* m_before;
    QComboBox* m_after;
    RevisionDiffView* m_diff;
    QPushButton* m_restore;
    QLabel* m_message;
};

} // namespace facet
