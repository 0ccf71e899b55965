// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace facet {

// A template every channel of a kind has, e.g. an email's "subject" or a web channel's "page".
struct TemplateSlot
{
    QString name;
    QString mediaType; // of what the template produces
    bool html = false; // autoescaping on: values are HTML/XML-escaped, rich text arrives as safe HTML

    // The slots of a kind, in the order their parts appear in a rendering.
    static QList<TemplateSlot> forKind(const QString& kind);
    static const TemplateSlot* find(const QList<TemplateSlot>& slots, const QString& name);
    // The built-in template shipped for a kind's slot (resources/templates/<kind>/<name>.*).
    static QString defaultSource(const QString& kind, const QString& name);
};

} // namespace facet
