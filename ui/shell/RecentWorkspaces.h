// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <functional>

class QMenu;

namespace facet {

// The workspaces opened lately, newest first, kept in the user's settings; also the one to reopen at start.
class RecentWorkspaces : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaximumCount = 10;

    explicit RecentWorkspaces(QObject* parent = nullptr);

    // Those that still exist; a file deleted or on an unmounted disk is left out, not forgotten.
    QStringList paths() const;
    void add(const QString& path);
    void remove(const QString& path);
    void clear();

    // The workspace open when Facet last quit, if it still exists.
    QString last() const;
    void setLast(const QString& path);

    // Fills `menu` with one action per workspace and "Clear list"; `open` gets the chosen path.
    void populateMenu(QMenu* menu, QObject* context, const std::function<void(const QString&)>& open);

Q_SIGNALS:
    void changed();

private:
    QStringList stored() const;
    void store(const QStringList& paths);
};

} // namespace facet
