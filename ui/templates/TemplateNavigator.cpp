// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/templates/TemplateNavigator.h"

#include "models/rendering/TemplateSlot.h"
#include "models/storage/Workspace.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace facet {

namespace {

constexpr int ChannelRole = Qt::UserRole;
constexpr int NameRole = Qt::UserRole + 1;
constexpr int VersionRole = Qt::UserRole + 2;

QString uiLocale(const Catalog& catalog)
{
    return catalog.hasLocale(QLocale().name()) ? QLocale().name() : catalog.defaultLocale();
}

QString versionText(int version)
{
    return version == 0 ? TemplateNavigator::tr("built-in") : TemplateNavigator::tr("v%1").arg(version);
}

} // namespace

TemplateNavigator::TemplateNavigator(QWidget* parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_history(new QTreeWidget(this))
{
    m_tree->setObjectName(QStringLiteral("templateTree"));
    m_tree->setHeaderLabels({tr("Template"), tr("In use")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    m_history->setObjectName(QStringLiteral("templateHistory"));
    m_history->setHeaderLabels({tr("Version"), tr("Saved by"), tr("Saved")});
    m_history->setRootIsDecorated(false);
    m_history->setUniformRowHeights(true);
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* historyLabel = new QLabel(tr("History"), this);
    historyLabel->setBuddy(m_history);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 3);
    layout->addWidget(historyLabel);
    layout->addWidget(m_history, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { onTreeActivated(item); });
    connect(m_history, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && !m_selecting)
            Q_EMIT versionChosen(item->data(0, VersionRole).toInt());
    });
}

void TemplateNavigator::setWorkspace(Workspace* workspace)
{
    m_workspace = workspace;
    m_channel.clear();
    m_name.clear();
    fillTree();
    fillHistory();
}

void TemplateNavigator::refresh()
{
    const int version =
        m_history->currentItem() ? m_history->currentItem()->data(0, VersionRole).toInt() : -1;
    fillTree();
    fillHistory();
    if (version >= 0)
        selectVersion(version);
}

void TemplateNavigator::selectTemplate(const QString& channel, const QString& name)
{
    QTreeWidgetItem* item = findItem(channel, name);
    m_selecting = true;
    m_tree->setCurrentItem(item);
    m_selecting = false;
    m_channel = item ? channel : QString();
    m_name = item ? name : QString();
    fillHistory();
}

void TemplateNavigator::selectVersion(int version)
{
    m_selecting = true;
    for (int i = 0; i < m_history->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_history->topLevelItem(i);
        if (item->data(0, VersionRole).toInt() == version)
            m_history->setCurrentItem(item);
    }
    m_selecting = false;
}

void TemplateNavigator::fillTree()
{
    m_selecting = true;
    m_tree->clear();
    if (m_workspace) {
        const Catalog& catalog = m_workspace->catalog();
        const QString locale = uiLocale(catalog);
        for (const Channel& channel : catalog.channels) {
            auto* top = new QTreeWidgetItem(m_tree, {channel.label(locale)});
            top->setToolTip(0, tr("%1 (%2 channel)").arg(channel.code, channel.kind));
            top->setFlags(Qt::ItemIsEnabled);
            for (const ChannelTemplate& t : m_workspace->templates(channel.code)) {
                auto* child = new QTreeWidgetItem(top, {t.name, versionText(t.version)});
                child->setData(0, ChannelRole, channel.code);
                child->setData(0, NameRole, t.name);
                child->setToolTip(0, channel.code + u'/' + t.name);
            }
        }
        m_tree->expandAll();
    }
    if (QTreeWidgetItem* item = findItem(m_channel, m_name))
        m_tree->setCurrentItem(item);
    m_selecting = false;
}

void TemplateNavigator::fillHistory()
{
    m_selecting = true;
    m_history->clear();
    const Channel* channel = m_workspace ? m_workspace->catalog().channel(m_channel) : nullptr;
    if (channel) {
        for (const ChannelTemplate& t : m_workspace->templateHistory(m_channel, m_name)) {
            const QDateTime at = QDateTime::fromString(t.savedAt, Qt::ISODate).toLocalTime();
            auto* item = new QTreeWidgetItem(
                m_history, {versionText(t.version), t.savedBy, QLocale().toString(at, QLocale::ShortFormat)});
            item->setData(0, VersionRole, t.version);
        }
        auto* builtIn = new QTreeWidgetItem(m_history, {versionText(0), tr("Facet")});
        builtIn->setData(0, VersionRole, 0);
        m_history->setCurrentItem(m_history->topLevelItem(0));
    }
    m_selecting = false;
}

void TemplateNavigator::onTreeActivated(QTreeWidgetItem* item)
{
    if (m_selecting || !item || item->data(0, ChannelRole).toString().isEmpty())
        return;
    const QString channel = item->data(0, ChannelRole).toString();
    const QString name = item->data(0, NameRole).toString();
    if (channel == m_channel && name == m_name)
        return;
    // The window decides (it may ask about unsaved changes first) and calls selectTemplate() back.
    Q_EMIT templateChosen(channel, name);
}

QTreeWidgetItem* TemplateNavigator::findItem(const QString& channel, const QString& name) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = m_tree->topLevelItem(i);
        for (int j = 0; j < top->childCount(); ++j) {
            QTreeWidgetItem* child = top->child(j);
            if (child->data(0, ChannelRole).toString() == channel &&
                child->data(0, NameRole).toString() == name)
                return child;
        }
    }
    return nullptr;
}

} // namespace facet
