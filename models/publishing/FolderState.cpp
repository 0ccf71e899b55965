// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/publishing/FolderState.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace facet {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::FolderPublication", text);
}

} // namespace

QString FolderState::folder()
{
    return u".facet/state"_s;
}

QString FolderState::path(const QString& locale)
{
    return folder() + u'/' + locale + u".json"_s;
}

std::optional<FolderState> FolderState::load(const QString& root, const QString& locale, Status* status)
{
    FolderState state;
    QFile file(root + u'/' + path(locale));
    if (!file.exists())
        return state;
    if (!file.open(QIODevice::ReadOnly)) {
        *status = Status::internal(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (!document.isObject()) {
        *status = Status::internal(tr("%1 is damaged: %2").arg(file.fileName(), error.errorString()));
        return std::nullopt;
    }
    const QJsonObject products = document.object().value(u"products").toObject();
    for (auto it = products.begin(); it != products.end(); ++it)
        state.m_products.insert(it.key(), it.value().toString());
    return state;
}

QStringList FolderState::locales(const QString& root)
{
    QStringList result;
    const QStringList files = QDir(root + u'/' + folder()).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        result << file.chopped(5);
    return result;
}

QByteArray FolderState::toJson() const
{
    QJsonObject products;
    for (auto it = m_products.begin(); it != m_products.end(); ++it)
        products.insert(it.key(), it.value());
    return QJsonDocument(QJsonObject{{u"products"_s, products}}).toJson(QJsonDocument::Compact);
}

} // namespace facet
