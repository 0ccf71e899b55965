// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/rendering/TemplateSlot.h"

#include <QFile>

namespace facet {

using namespace Qt::StringLiterals;

QList<TemplateSlot> TemplateSlot::forKind(const QString& kind)
{
    const QString text = u"text/plain"_s;
    if (kind == u"web")
        return {{u"page"_s, u"text/html"_s, true}};
    if (kind == u"email")
        return {{u"subject"_s, text, false},
                {u"preheader"_s, text, false},
                {u"html"_s, u"text/html"_s, true},
                {u"text"_s, text, false}};
    if (kind == u"sms")
        return {{u"body"_s, text, false}};
    if (kind == u"push")
        return {{u"title"_s, text, false}, {u"body"_s, text, false}};
    if (kind == u"x" || kind == u"instagram" || kind == u"linkedin")
        return {{u"post"_s, text, false}};
    if (kind == u"print")
        return {{u"sheet"_s, u"text/html"_s, true}};
    if (kind == u"feed")
        return {{u"item"_s, u"application/xml"_s, true}};
    if (kind == u"text")
        return {{u"body"_s, text, false}};
    return {};
}

const TemplateSlot* TemplateSlot::find(const QList<TemplateSlot>& slots, const QString& name)
{
    for (const TemplateSlot& s : slots)
        if (s.name == name)
            return &s;
    return nullptr;
}

QString TemplateSlot::defaultSource(const QString& kind, const QString& name)
{
    for (const char* suffix : {".html", ".txt", ".xml"}) {
        QFile f(u":/facet/templates/"_s + kind + u'/' + name + QLatin1String(suffix));
        if (f.open(QIODevice::ReadOnly))
            return QString::fromUtf8(f.readAll());
    }
    return {};
}

} // namespace facet
