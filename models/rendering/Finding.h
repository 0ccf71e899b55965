// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <utility>

namespace facet {

// One result of a channel's rule check on a rendering: what was measured against which limit, and where.
struct Finding
{
    enum class Severity { Info, Warning, Error };

    Severity severity = Severity::Warning;
    QString rule;            // stable identifier, e.g. "sms.segments", "x.weighted_length", "web.img_alt"
    QString message;         // translated sentence for the author: what is wrong and what to do
    QString measured;        // e.g. "4" (segments), "312" (weighted length), "2 images without alt"
    QString limit;           // e.g. "3", "280"; empty when the rule is not a limit
    QString part;            // the rendering's part it concerns, e.g. "body", "subject", "html"
    QString attribute;       // attribute code whose value causes it, when known (focuses the editor field)
    qsizetype position = -1; // offset into the part's text (UTF-16 units), when it is about one place

    // What a rule check reports; the attribute is left for the caller that knows which value caused it.
    static Finding make(Severity severity, QString rule, QString message, QString measured = {},
                        QString limit = {}, QString part = {}, qsizetype position = -1)
    {
        return Finding{severity,         std::move(rule), std::move(message), std::move(measured),
                       std::move(limit), std::move(part), QString(),          position};
    }

    static QString severityName(Severity s)
    {
        switch (s) {
        case Severity::Info:
            return QStringLiteral("info");
        case Severity::Warning:
            return QStringLiteral("warning");
        case Severity::Error:
            return QStringLiteral("error");
        }
        return {};
    }
};

inline bool hasErrors(const QList<Finding>& findings)
{
    for (const Finding& f : findings)
        if (f.severity == Finding::Severity::Error)
            return true;
    return false;
}

} // namespace facet
