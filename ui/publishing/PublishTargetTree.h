// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeWidget>

namespace facet {

class Workspace;

// Channels and their publishing targets, checkable: a channel checks all of its targets. Channels the
// signed-in user may not publish, and disabled targets, are shown disabled with the reason as their
// tooltip. Used by the publish dialog (with each target's last publication) and the schedules dialog.
class PublishTargetTree : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, LastColumn };
    static constexpr int CodeRole = Qt::UserRole;
    static constexpr int IsTargetRole = Qt::UserRole + 1;

    explicit PublishTargetTree(QWidget* parent = nullptr);

    void populate(const Workspace& workspace, bool withLastPublication);
    QStringList checkedTargets() const;
    // Channels every one of whose publishable targets is checked.
    QStringList fullyCheckedChannels() const;
    // Whether some channel has only part of its targets checked.
    bool hasPartlyCheckedChannel() const;
    void setTargetsChecked(const QStringList& targets, bool checked = true);
    void setAllChecked(bool checked);
    QTreeWidgetItem* targetItem(const QString& code) const;
    QTreeWidgetItem* channelItem(const QString& code) const;

Q_SIGNALS:
    void checksChanged();

private:
    QList<QTreeWidgetItem*> targetItems() const;
};

} // namespace facet
