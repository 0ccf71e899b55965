// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/publishing/FolderState.h"

#include "models/publishing/BinaryReader.h"
#include "models/publishing/FolderManifest.h"
#include "models/publishing/Sha256.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cstring>

namespace facet {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::FolderPublication", text);
}

constexpr QByteArrayView magic = "facet-state-2\n";
constexpr qint8 inlineShares = 0;
constexpr qint8 placedShares = 1;

template <typename T> void appendRaw(QByteArray& out, T value)
{
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

void appendBytes(QByteArray& out, QByteArrayView bytes)
{
    appendRaw(out, qint64(bytes.size()));
    out += bytes;
}

std::optional<FolderState> fromCbor(const QByteArray& data)
{
    QCborParserError error;
    const QCborValue document = QCborValue::fromCbor(data, &error);
    if (!document.isMap())
        return std::nullopt;
    FolderState state;
    const QCborArray products = document.toMap().value(u"products"_s).toArray();
    for (qsizetype i = 0; i + 1 < products.size(); i += 2)
        state.products().insert(state.products().cend(), products.at(i).toString(),
                                products.at(i + 1).toByteArray());
    return state;
}

} // namespace

QString FolderState::folder()
{
    return u".facet/state"_s;
}

QString FolderState::path(const QString& locale)
{
    return folder() + u'/' + locale + u".state"_s;
}

QString FolderState::legacyPath(const QString& locale)
{
    return folder() + u'/' + locale + u".cbor"_s;
}

std::optional<FolderState> FolderState::load(const QString& root, const QString& locale, Status* status)
{
    QFile file(root + u'/' + path(locale));
    const bool legacy = !file.exists();
    if (legacy) {
        file.setFileName(root + u'/' + legacyPath(locale));
        if (!file.exists())
            return FolderState();
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *status = Status::internal(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        return std::nullopt;
    }
    const QByteArray data = file.readAll();
    const auto damaged = [&] {
        *status =
            Status::internal(tr("%1 is damaged: publish the target again in full.").arg(file.fileName()));
        return std::nullopt;
    };
    if (legacy) {
        std::optional<FolderState> state = fromCbor(data);
        return state ? state : damaged();
    }
    if (!data.startsWith(magic))
        return damaged();
    BinaryReader reader(QByteArrayView(data).sliced(magic.size()));
    FolderState state;
    qint8 mode = 0;
    qint64 count = 0;
    QByteArrayView sha;
    if (!reader.read(&mode) || (mode != inlineShares && mode != placedShares))
        return damaged();
    if (mode == placedShares &&
        (!reader.read(&state.m_fileSize) || !reader.read(&state.m_fileFingerprint) || !reader.bytes(&sha)))
        return damaged();
    state.m_fileSha256 = sha.toByteArray();
    if (!reader.read(&count) || count < 0)
        return damaged();
    for (qint64 i = 0; i < count; ++i) {
        QByteArrayView sku;
        if (!reader.bytes(&sku))
            return damaged();
        if (mode == inlineShares) {
            QByteArrayView value;
            if (!reader.bytes(&value))
                return damaged();
            state.m_products.insert(state.m_products.cend(), QString::fromUtf8(sku), value.toByteArray());
        } else {
            Place place;
            if (!reader.read(&place.offset) || !reader.read(&place.size) || place.offset < 0 ||
                place.size < 0 || place.offset + place.size > state.m_fileSize)
                return damaged();
            state.m_places.insert(state.m_places.cend(), QString::fromUtf8(sku), place);
        }
    }
    if (!reader.atEnd())
        return damaged();
    return state;
}

QStringList FolderState::locales(const QString& root)
{
    QStringList result;
    const QStringList files =
        QDir(root + u'/' + folder()).entryList({u"*.state"_s, u"*.cbor"_s}, QDir::Files, QDir::Name);
    for (const QString& file : files)
        result << file.section(u'.', 0, -2);
    result.removeDuplicates();
    return result;
}

QByteArray FolderState::toBytes() const
{
    qsizetype size = magic.size() + 16;
    for (auto it = m_products.begin(); it != m_products.end(); ++it)
        size += 16 + it.key().size() * 3 + it.value().size();
    QByteArray data;
    data.reserve(size);
    data += magic;
    appendRaw(data, inlineShares);
    appendRaw(data, qint64(m_products.size()));
    for (auto it = m_products.begin(); it != m_products.end(); ++it) {
        appendBytes(data, it.key().toUtf8());
        appendBytes(data, it.value());
    }
    return data;
}

QByteArray FolderState::toBytes(const QByteArray& file, const QList<Place>& places,
                                const QByteArray& sha256) const
{
    Q_ASSERT(places.size() == m_products.size());
    QByteArray data;
    data.reserve(magic.size() + 128 + m_products.size() * 48);
    data += magic;
    appendRaw(data, placedShares);
    appendRaw(data, qint64(file.size()));
    appendRaw(data, FolderManifest::fingerprint(file));
    appendBytes(data, sha256);
    appendRaw(data, qint64(m_products.size()));
    qsizetype i = 0;
    for (auto it = m_products.begin(); it != m_products.end(); ++it, ++i) {
        appendBytes(data, it.key().toUtf8());
        appendRaw(data, places.at(i).offset);
        appendRaw(data, places.at(i).size);
    }
    return data;
}

bool FolderState::resolve(const QByteArray& file)
{
    if (file.size() != m_fileSize)
        return false;
    // The fingerprint is fast but may differ between machines; the SHA-256 is the final word.
    if (FolderManifest::fingerprint(file) != m_fileFingerprint && Sha256::hash(file).toHex() != m_fileSha256)
        return false;
    for (auto it = m_places.begin(); it != m_places.end(); ++it)
        if (!m_products.contains(it.key()))
            m_products.insert(it.key(), file.mid(it->offset, it->size));
    m_places.clear();
    return true;
}

Status FolderState::resolveExcept(const QString& file, const QSet<QString>& replaced)
{
    if (std::all_of(m_places.keyBegin(), m_places.keyEnd(),
                    [&replaced](const QString& sku) { return replaced.contains(sku); })) {
        dropUnresolved();
        return Status::ok();
    }
    QFile aggregate(file);
    if (aggregate.open(QIODevice::ReadOnly) && resolve(aggregate.readAll()))
        return Status::ok();
    return Status::invalid(tr("%1 is not the feed Facet published last: it was changed or replaced outside "
                              "Facet. Check the target with “facetctl publications verify”, then restore the "
                              "feed or publish every product of its locale to it again.")
                               .arg(file));
}

} // namespace facet
