// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace facet {

class Workspace;

// The template editor's left side: every channel with its kind's templates and the version each uses, and the
// versions of the chosen template, newest first, down to the built-in default.
class TemplateNavigator : public QWidget
{
    Q_OBJECT

public:
    explicit TemplateNavigator(QWidget* parent = nullptr);

    void setWorkspace(Workspace* workspace);
    // Reads the versions again, keeping the selection.
    void refresh();
    // Selects without emitting templateChosen.
    void selectTemplate(const QString& channel, const QString& name);
    void selectVersion(int version);
    QString currentChannel() const { return m_channel; }
    QString currentName() const { return m_name; }

    QTreeWidget* templateTree() const { return m_tree; }
    QTreeWidget* historyList() const { return m_history; }

Q_SIGNALS:
    void templateChosen(const QString& channel, const QString& name);
    void versionChosen(int version);

private:
    void fillTree();
    void fillHistory();
    void onTreeActivated(QTreeWidgetItem* item);
    QTreeWidgetItem* findItem(const QString& channel, const QString& name) const;

    Workspace* m_workspace = nullptr;
    QTreeWidget* m_tree;
    QTreeWidget* m_history;
    QString m_channel;
    QString m_name;
    bool m_selecting = false;
};

} // namespace facet
