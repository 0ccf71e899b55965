// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/publishing/PublishTarget.h"

namespace facet {

QString PublishTarget::kindName(Kind kind)
{
    return kind == Kind::Webhook ? QStringLiteral("webhook") : QStringLiteral("folder");
}

std::optional<PublishTarget::Kind> PublishTarget::kindFromName(const QString& name)
{
    if (name == u"folder")
        return Kind::Folder;
    if (name == u"webhook")
        return Kind::Webhook;
    return std::nullopt;
}

} // namespace facet
