// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/publishing/PublishTargetTree.h"

#include "models/storage/Workspace.h"
#include "ui/publishing/PublishingText.h"

#include <QHeaderView>

namespace facet {

PublishTargetTree::PublishTargetTree(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("publishTargetTree"));
    setHeaderLabels({tr("Channel / target"), tr("Delivery"), tr("Last publication")});
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem*, int column) {
        if (column == NameColumn)
            Q_EMIT checksChanged();
    });
}

void PublishTargetTree::populate(const Workspace& workspace, bool withLastPublication)
{
    const QSignalBlocker blocker(this);
    clear();
    setColumnHidden(LastColumn, !withLastPublication);
    const Catalog& catalog = workspace.catalog();
    const Session& session = workspace.session();
    for (const Channel& channel : catalog.channels) {
        const QList<PublishTarget> targets = workspace.publishTargets(channel.code);
        auto* channelItem = new QTreeWidgetItem(this);
        channelItem->setText(NameColumn, channel.label(PublishingText::language(catalog)));
        channelItem->setData(NameColumn, CodeRole, channel.code);
        channelItem->setData(NameColumn, IsTargetRole, false);
        // The delivery column speaks of targets (folder, webhook); the channel's kind goes in its tooltip.
        channelItem->setToolTip(NameColumn, tr("%1 channel").arg(channel.kind));
        QString refusal;
        if (!session.canAct())
            refusal = tr("Sign in to publish.");
        else if (!session.canPublish(channel.code))
            refusal = tr("%1 may not publish to %2: none of their roles grants this channel.")
                          .arg(session.userName(), channel.label(PublishingText::language(catalog)));
        else if (targets.isEmpty())
            refusal = tr("This channel has no publishing target (Admin ▸ Publishing Targets…).");
        bool anyEnabled = false;
        for (const PublishTarget& target : targets) {
            auto* item = new QTreeWidgetItem(channelItem);
            // The demo's targets are named after their channel: the code alone then says it all.
            const QString label = target.labels.value(PublishingText::language(catalog));
            const bool plain = label.isEmpty() || label == channel.label(PublishingText::language(catalog));
            item->setText(NameColumn, plain ? target.code : tr("%1 (%2)").arg(label, target.code));
            item->setData(NameColumn, CodeRole, target.code);
            item->setData(NameColumn, IsTargetRole, true);
            item->setText(KindColumn, PublishingText::kind(target.kind));
            if (withLastPublication) {
                const QList<Publication> last = workspace.publications(target.code, 1);
                if (last.isEmpty()) {
                    item->setText(LastColumn, tr("never"));
                } else {
                    const Publication& p = last.first();
                    // Short enough for the column; the counts are in the tooltip.
                    item->setText(LastColumn, p.status == Publication::Status::Completed
                                                  ? PublishingText::localTime(p.startedAt)
                                                  : tr("%1 · %2").arg(PublishingText::localTime(p.startedAt),
                                                                      PublishingText::status(p.status)));
                    item->setToolTip(LastColumn,
                                     tr("%1: %2 written, %3 unchanged, %4 withdrawn, %5 held, %6 failed")
                                         .arg(PublishingText::status(p.status))
                                         .arg(p.written)
                                         .arg(p.unchanged)
                                         .arg(p.withdrawn)
                                         .arg(p.held)
                                         .arg(p.failed));
                }
            }
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(NameColumn, Qt::Unchecked);
            if (!refusal.isEmpty()) {
                item->setToolTip(NameColumn, refusal);
            } else if (!target.enabled) {
                item->setToolTip(NameColumn, tr("This target is disabled (Admin ▸ Publishing Targets…)."));
            } else {
                item->setFlags(item->flags() | Qt::ItemIsEnabled);
                anyEnabled = true;
            }
        }
        channelItem->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsSelectable | Qt::ItemIsAutoTristate);
        channelItem->setCheckState(NameColumn, Qt::Unchecked);
        if (anyEnabled)
            channelItem->setFlags(channelItem->flags() | Qt::ItemIsEnabled);
        else
            channelItem->setToolTip(NameColumn, refusal.isEmpty() ? tr("No enabled target.") : refusal);
        for (int i = 0; i < channelItem->childCount() && !refusal.isEmpty(); ++i)
            channelItem->child(i)->setToolTip(NameColumn, refusal);
    }
    expandAll();
    resizeColumnToContents(NameColumn);
    resizeColumnToContents(KindColumn);
    resizeColumnToContents(LastColumn);
}

QList<QTreeWidgetItem*> PublishTargetTree::targetItems() const
{
    QList<QTreeWidgetItem*> items;
    for (int c = 0; c < topLevelItemCount(); ++c)
        for (int t = 0; t < topLevelItem(c)->childCount(); ++t)
            items << topLevelItem(c)->child(t);
    return items;
}

QStringList PublishTargetTree::checkedTargets() const
{
    QStringList codes;
    for (QTreeWidgetItem* item : targetItems())
        if ((item->flags() & Qt::ItemIsEnabled) && item->checkState(NameColumn) == Qt::Checked)
            codes << item->data(NameColumn, CodeRole).toString();
    return codes;
}

QStringList PublishTargetTree::fullyCheckedChannels() const
{
    QStringList codes;
    for (int c = 0; c < topLevelItemCount(); ++c) {
        QTreeWidgetItem* channel = topLevelItem(c);
        if ((channel->flags() & Qt::ItemIsEnabled) && channel->checkState(NameColumn) == Qt::Checked)
            codes << channel->data(NameColumn, CodeRole).toString();
    }
    return codes;
}

bool PublishTargetTree::hasPartlyCheckedChannel() const
{
    for (int c = 0; c < topLevelItemCount(); ++c)
        if (topLevelItem(c)->checkState(NameColumn) == Qt::PartiallyChecked)
            return true;
    return false;
}

void PublishTargetTree::setTargetsChecked(const QStringList& targets, bool checked)
{
    for (QTreeWidgetItem* item : targetItems())
        if ((item->flags() & Qt::ItemIsEnabled) &&
            targets.contains(item->data(NameColumn, CodeRole).toString()))
            item->setCheckState(NameColumn, checked ? Qt::Checked : Qt::Unchecked);
}

void PublishTargetTree::setAllChecked(bool checked)
{
    for (QTreeWidgetItem* item : targetItems())
        if (item->flags() & Qt::ItemIsEnabled)
            item->setCheckState(NameColumn, checked ? Qt::Checked : Qt::Unchecked);
}

QTreeWidgetItem* PublishTargetTree::targetItem(const QString& code) const
{
    for (QTreeWidgetItem* item : targetItems())
        if (item->data(NameColumn, CodeRole).toString() == code)
            return item;
    return nullptr;
}

QTreeWidgetItem* PublishTargetTree::channelItem(const QString& code) const
{
    for (int c = 0; c < topLevelItemCount(); ++c)
        if (topLevelItem(c)->data(NameColumn, CodeRole).toString() == code)
            return topLevelItem(c);
    return nullptr;
}

} // namespace facet
