// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/RecentWorkspaces.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace facet {

namespace {
const auto RecentKey = QStringLiteral("workspaces/recent");
const auto LastKey = QStringLiteral("workspaces/last");

QString canonical(const QString& path)
{
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? info.absoluteFilePath() : resolved;
}
} // namespace

RecentWorkspaces::RecentWorkspaces(QObject* parent)
    : QObject(parent)
{
}

QStringList RecentWorkspaces::stored() const
{
    return QSettings().value(RecentKey).toStringList();
}

void RecentWorkspaces::store(const QStringList& paths)
{
    QSettings().setValue(RecentKey, paths);
    Q_EMIT changed();
}

QStringList RecentWorkspaces::paths() const
{
    QStringList existing;
    for (const QString& path : stored()) {
        if (QFileInfo::exists(path))
            existing << path;
    }
    return existing;
}

void RecentWorkspaces::add(const QString& path)
{
    const QString entry = canonical(path);
    QStringList list = stored();
    list.removeAll(entry);
    list.prepend(entry);
    while (list.size() > MaximumCount)
        list.removeLast();
    store(list);
}

void RecentWorkspaces::remove(const QString& path)
{
    QStringList list = stored();
    if (list.removeAll(canonical(path)) > 0)
        store(list);
}

void RecentWorkspaces::clear()
{
    store({});
}

QString RecentWorkspaces::last() const
{
    const QString path = QSettings().value(LastKey).toString();
    return !path.isEmpty() && QFileInfo::exists(path) ? path : QString();
}

void RecentWorkspaces::setLast(const QString& path)
{
    QSettings().setValue(LastKey, path.isEmpty() ? QString() : canonical(path));
}

void RecentWorkspaces::populateMenu(QMenu* menu, QObject* context,
                                    const std::function<void(const QString&)>& open)
{
    menu->clear();
    const QStringList list = paths();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString& path = list.at(i);
        // Two demo.facet files in different folders must be told apart, so the folder is shown too; the
        // first nine get a mnemonic digit so the menu works from the keyboard.
        const QFileInfo info(path);
        QString folder = QDir::toNativeSeparators(info.absolutePath());
        const QString home = QDir::toNativeSeparators(QDir::homePath());
        if (folder == home || folder.startsWith(home + QDir::separator()))
            folder = u'~' + folder.mid(home.size());
        QString label = QStringLiteral("%1   %2").arg(info.fileName(), folder);
        if (i < 9)
            label = QStringLiteral("&%1  ").arg(i + 1) + label;
        QAction* action = menu->addAction(label);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, context, [open, path] { open(path); });
    }
    if (list.isEmpty()) {
        menu->addAction(tr("No recent workspaces"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    connect(menu->addAction(tr("&Clear List")), &QAction::triggered, this, &RecentWorkspaces::clear);
}

} // namespace facet
