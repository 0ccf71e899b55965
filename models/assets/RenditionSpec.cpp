// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/assets/RenditionSpec.h"

#include "models/catalog/Channel.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <limits>

namespace facet {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::RenditionSpec", text);
}

} // namespace

std::optional<RenditionSpec> RenditionSpec::forChannel(const Channel& channel, QString* error)
{
    const QJsonValue v = channel.settings.value(u"renditions");
    if (!v.isObject())
        return std::nullopt;
    QString why;
    auto spec = fromJson(v.toObject(), &why);
    if (!spec && error)
        *error = tr("channel %1: %2").arg(channel.code, why);
    return spec;
}

std::optional<RenditionSpec> RenditionSpec::fromJson(const QJsonObject& json, QString* error)
{
    RenditionSpec s;
    s.maxWidth = json.value(u"max_width").toInt(0);
    s.maxHeight = json.value(u"max_height").toInt(0);
    s.format = json.value(u"format").toString(u"png"_s).toLower();
    if (s.format == u"jpg")
        s.format = u"jpeg"_s;
    s.quality = json.value(u"quality").toInt(85);
    const QString background = json.value(u"background").toString();
    auto fail = [error](const QString& why) -> std::optional<RenditionSpec> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (s.format != u"jpeg" && s.format != u"png" && s.format != u"webp")
        return fail(tr("the rendition format “%1” is not jpeg, png or webp").arg(s.format));
    if (s.maxWidth < 0 || s.maxHeight < 0 || s.maxWidth > 20000 || s.maxHeight > 20000)
        return fail(tr("rendition sizes must be between 0 (as the original) and 20000 pixels"));
    if (s.quality < 1 || s.quality > 100)
        return fail(tr("the rendition quality must be between 1 and 100, not %1").arg(s.quality));
    if (!background.isEmpty()) {
        s.background = QColor::fromString(background);
        if (!s.background.isValid())
            return fail(tr("the rendition background “%1” is not a colour").arg(background));
    }
    return s;
}

RenditionSpec RenditionSpec::thumbnail(int edge)
{
    RenditionSpec s;
    s.maxWidth = edge;
    s.maxHeight = edge;
    s.format = u"png"_s;
    return s;
}

QJsonObject RenditionSpec::toJson() const
{
    QJsonObject o{{u"format"_s, format},
                  {u"max_height"_s, maxHeight},
                  {u"max_width"_s, maxWidth},
                  {u"quality"_s, quality}};
    if (background.isValid())
        o.insert(u"background"_s, background.name(QColor::HexRgb));
    return o;
}

QString RenditionSpec::hash() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(QJsonDocument(toJson()).toJson(QJsonDocument::Compact),
                                 QCryptographicHash::Sha256)
            .toHex());
}

QString RenditionSpec::mimeType() const
{
    return u"image/"_s + format;
}

QString RenditionSpec::suffix() const
{
    return format == u"jpeg" ? u"jpg"_s : format;
}

QSize RenditionSpec::targetSize(const QSize& source, bool scalable) const
{
    if (source.isEmpty())
        return source;
    if (scalable && (maxWidth > 0 || maxHeight > 0)) {
        const int big = std::numeric_limits<int>::max() / 4;
        return source
            .scaled(QSize(maxWidth > 0 ? maxWidth : big, maxHeight > 0 ? maxHeight : big),
                    Qt::KeepAspectRatio)
            .expandedTo(QSize(1, 1));
    }
    const QSize bound(maxWidth > 0 ? maxWidth : source.width(), maxHeight > 0 ? maxHeight : source.height());
    if (source.width() <= bound.width() && source.height() <= bound.height())
        return source;
    return source.scaled(bound, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
}

QColor RenditionSpec::flattenColor() const
{
    if (background.isValid())
        return background;
    return format == u"jpeg" ? QColor(Qt::white) : QColor();
}

} // namespace facet
