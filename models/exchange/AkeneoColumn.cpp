// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/exchange/AkeneoColumn.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace facet {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::AkeneoColumn", text);
}

bool matches(const char* pattern, QStringView text)
{
    return QRegularExpression(QString::fromLatin1(pattern)).matchView(text).hasMatch();
}

bool isCurrency(QStringView part)
{
    return part.size() == 3 && part.at(0).isUpper() && part.at(1).isUpper() && part.at(2).isUpper() &&
           part.at(0).unicode() < 128 && part.at(1).unicode() < 128 && part.at(2).unicode() < 128;
}

// Parts that are meant as a locale but are not written as Akeneo writes one ("de_de", "DE_DE", "de", "deDE").
bool looksLikeLocale(QStringView part)
{
    return matches("^[A-Za-z]{2,3}_[A-Za-z]{2}$", part) || matches("^[a-z]{2}[A-Z]{2}$", part) ||
           matches("^[a-z]{2}$", part) || matches("^[A-Z]{2}$", part);
}

} // namespace

bool AkeneoColumn::isLocaleCode(QStringView text)
{
    // en_US, fil_PH, and the script forms Akeneo knows: sr_Latn_RS, zh_Hans_CN.
    return matches("^[a-z]{2,3}(_[A-Z][a-z]{3})?_[A-Z]{2}$", text);
}

QString AkeneoColumn::headerFor(const ValueKey& key, const QString& suffix)
{
    QString header = key.toString();
    if (!suffix.isEmpty())
        header += u'-' + suffix;
    return header;
}

AkeneoColumn AkeneoColumn::parse(const QString& header, const Context& context)
{
    AkeneoColumn c;
    c.header = header;
    const QString h = header.trimmed();
    auto invalid = [&c](const QString& why) {
        c.kind = Kind::Invalid;
        c.error = why;
        return c;
    };
    if (h.isEmpty())
        return invalid(tr("the column has no name"));
    if (h == context.identifier) {
        c.kind = Kind::Identifier;
        c.attribute = h;
        return c;
    }
    static const QList<std::pair<QString, Kind>> fixed{{QStringLiteral("family"), Kind::Family},
                                                       {QStringLiteral("categories"), Kind::Categories},
                                                       {QStringLiteral("groups"), Kind::Groups},
                                                       {QStringLiteral("enabled"), Kind::Enabled},
                                                       {QStringLiteral("parent"), Kind::Parent}};
    for (const auto& [name, kind] : fixed) {
        if (h == name) {
            c.kind = kind;
            return c;
        }
    }
    static const QRegularExpression association(
        QStringLiteral("^([A-Z][A-Z0-9_]*)-(products|product_models|groups)(-quantity)?$"));
    if (const auto m = association.match(h); m.hasMatch()) {
        c.kind = Kind::Association;
        c.association = m.captured(1);
        c.target = m.captured(2);
        return c;
    }
    QStringList parts = h.split(u'-');
    c.attribute = parts.takeFirst();
    if (!matches("^[A-Za-z0-9_]{1,100}$", c.attribute))
        return invalid(tr("“%1” is not an attribute code (letters, digits and “_”)").arg(c.attribute));
    c.kind = Kind::Value;
    if (!parts.isEmpty() && parts.last() == u"unit") {
        c.kind = Kind::Unit;
        parts.removeLast();
    } else if (!parts.isEmpty() && isCurrency(parts.last()) && !context.channels.contains(parts.last())) {
        c.kind = Kind::Currency;
        c.currency = parts.takeLast();
    }
    if (parts.size() > 2)
        return invalid(tr("too many parts: expected code, code-<locale>, code-<channel> or "
                          "code-<locale>-<channel>"));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString& part = parts.at(i);
        if (part.isEmpty())
            return invalid(tr("an empty part between “-”"));
        if (isLocaleCode(part) && c.locale.isEmpty() && c.channel.isEmpty()) {
            c.locale = part;
        } else if (context.channels.contains(part) && c.channel.isEmpty()) {
            c.channel = part;
        } else if (looksLikeLocale(part) || (i + 1 < parts.size() && matches("^[a-z]{2,3}$", part) &&
                                             matches("^[A-Z]{2}$", parts.at(i + 1)))) {
            return invalid(tr("“%1” is not a locale in Akeneo's format, such as en_US or de_DE").arg(part));
        } else if (matches("^[a-z0-9_]{1,100}$", part) && c.channel.isEmpty()) {
            c.channel = part;
        } else {
            return invalid(tr("“%1” is neither a locale (en_US) nor a channel code").arg(part));
        }
    }
    return c;
}

} // namespace facet
