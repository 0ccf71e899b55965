// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/publishing/FolderState.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QDir>
#include <QFile>

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
    return folder() + u'/' + locale + u".cbor"_s;
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
    QCborParserError error;
    const QCborValue document = QCborValue::fromCbor(file.readAll(), &error);
    if (!document.isMap()) {
        *status = Status::internal(tr("%1 is damaged: %2").arg(file.fileName(), error.errorString()));
        return std::nullopt;
    }
    const QCborArray products = document.toMap().value(u"products"_s).toArray();
    for (qsizetype i = 0; i + 1 < products.size(); i += 2)
        state.m_products.insert(state.m_products.cend(), products.at(i).toString(),
                                products.at(i + 1).toByteArray());
    return state;
}

QStringList FolderState::locales(const QString& root)
{
    QStringList result;
    const QStringList files = QDir(root + u'/' + folder()).entryList({u"*.cbor"_s}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        result << file.chopped(5);
    return result;
}

QByteArray FolderState::toCbor() const
{
    // SKU, value, SKU, value, ... in SKU order: a CBOR map would search its keys on every insertion.
    QCborArray products;
    for (auto it = m_products.begin(); it != m_products.end(); ++it)
        products << it.key() << it.value();
    return QCborValue(QCborMap{{u"products"_s, products}}).toCbor();
}

} // namespace facet
