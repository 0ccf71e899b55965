// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/workflow/Approval.h"

namespace facet {

QString Approval::decisionId(Decision decision)
{
    switch (decision) {
    case Decision::Submit:
        return QStringLiteral("submit");
    case Decision::Approve:
        return QStringLiteral("approve");
    case Decision::SendBack:
        return QStringLiteral("send-back");
    case Decision::Restore:
        return QStringLiteral("restore");
    case Decision::Supersede:
        return QStringLiteral("supersede");
    }
    return {};
}

std::optional<Approval::Decision> Approval::decisionFromId(const QString& id)
{
    for (Decision d :
         {Decision::Submit, Decision::Approve, Decision::SendBack, Decision::Restore, Decision::Supersede})
        if (decisionId(d) == id)
            return d;
    return std::nullopt;
}

} // namespace facet
