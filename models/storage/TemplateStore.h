// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Status.h"
#include "models/rendering/ChannelTemplate.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace facet {

class SqlDialect;

// Channel templates, append-only: a save inserts the next version, nothing is ever updated.
class TemplateStore
{
public:
    TemplateStore(QSqlDatabase db, const SqlDialect& dialect);

    // The newest version of each of a channel's templates.
    QList<ChannelTemplate> latest(const QString& channel, Status* status = nullptr) const;
    QList<ChannelTemplate> history(const QString& channel, const QString& name) const;
    std::optional<ChannelTemplate> version(const QString& channel, const QString& name, int version) const;
    std::optional<ChannelTemplate> add(const QString& channel, const QString& name, const QString& source,
                                       const QString& author, Status* status);

private:
    QSqlDatabase m_db;
    const SqlDialect& m_dialect;
};

} // namespace facet
