// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/publishing/SiteIndex.h"

#include "models/publishing/FolderLayout.h"
#include "models/rendering/TemplateContext.h"

#include <QLocale>
#include <QUrl>

namespace facet {

namespace {

using namespace Qt::StringLiterals;

QString href(const QString& path)
{
    // Unreserved characters stay as they are in both encodings, and SKUs are mostly made of them.
    const auto unreserved = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
               c == u'-' || c == u'.' || c == u'_' || c == u'~' || c == u'/';
    };
    if (std::all_of(path.cbegin(), path.cend(), unreserved))
        return path;
    return QString::fromLatin1(QUrl::toPercentEncoding(path, "/")).toHtmlEscaped();
}

QString page(const QString& lang, const QString& title, const QString& list)
{
    return u"<!DOCTYPE html>\n<html lang=\""_s + lang.toHtmlEscaped() +
           u"\">\n<head>\n<meta charset=\"utf-8\">\n"
           u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"_s +
           title.toHtmlEscaped() + u"</title>\n</head>\n<body>\n<h1>"_s + title.toHtmlEscaped() +
           u"</h1>\n<ul>\n"_s + list + u"</ul>\n</body>\n</html>\n"_s;
}

QString localeName(const QString& locale)
{
    const QLocale l(locale);
    if (l.language() == QLocale::C || l.nativeLanguageName().isEmpty())
        return locale;
    QString name = l.nativeLanguageName();
    if (!l.nativeTerritoryName().isEmpty())
        name += u" ("_s + l.nativeTerritoryName() + u')';
    return name;
}

} // namespace

QByteArray SiteIndex::localeIndex(const Channel& channel, const QString& locale,
                                  const QMap<QString, QString>& products)
{
    QString list;
    for (auto it = products.begin(); it != products.end(); ++it)
        list += u"<li><a href=\""_s + href(it.key() + u".html"_s) + u"\">"_s + it.value().toHtmlEscaped() +
                u"</a></li>\n"_s;
    return page(TemplateContext::languageTag(locale), channel.label(locale), list).toUtf8();
}

QByteArray SiteIndex::rootIndex(const Channel& channel, const QStringList& locales)
{
    QString list;
    for (const QString& locale : locales)
        list += u"<li><a href=\""_s + href(FolderLayout::indexPath(locale)) + u"\" hreflang=\""_s +
                TemplateContext::languageTag(locale).toHtmlEscaped() + u"\">"_s +
                localeName(locale).toHtmlEscaped() + u"</a></li>\n"_s;
    const QString first = channel.locales.value(0, locales.value(0));
    return page(TemplateContext::languageTag(first.isEmpty() ? u"en"_s : first), channel.label(first), list)
        .toUtf8();
}

} // namespace facet
