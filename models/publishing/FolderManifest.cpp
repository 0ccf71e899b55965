// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/publishing/FolderManifest.h"

#include "models/publishing/BinaryReader.h"
#include "models/publishing/Sha256.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstring>

namespace facet {

namespace {

using namespace Qt::StringLiterals;

QString tr(const char* text)
{
    return QCoreApplication::translate("facet::FolderPublication", text);
}

constexpr QByteArrayView cacheMagic = "facet-manifest-cache-1\n";

// JSON string content as QJsonDocument writes it: UTF-8, with quotes, backslashes and control characters
// escaped.
void appendEscapedSlowly(QByteArray& out, QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = uchar(c);
        if (u >= 0x20 && c != '"' && c != '\\') {
            out += c;
            continue;
        }
        out += '\\';
        switch (u) {
        case '"':
            out += '"';
            break;
        case '\\':
            out += '\\';
            break;
        case '\b':
            out += 'b';
            break;
        case '\f':
            out += 'f';
            break;
        case '\n':
            out += 'n';
            break;
        case '\r':
            out += 'r';
            break;
        case '\t':
            out += 't';
            break;
        default:
            out += "u00";
            out += hex[u >> 4];
            out += hex[u & 0xf];
        }
    }
}

template <typename T> void appendRaw(QByteArray& out, T value)
{
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

} // namespace

QString FolderManifest::cachePath()
{
    return u".facet/manifest.cache"_s;
}

bool FolderManifest::isInternal(const QString& path)
{
    return path.startsWith(u".facet/") || path == fileName;
}

std::optional<FolderManifest> FolderManifest::load(const QString& root, Status* status)
{
    QFile file(root + u'/' + fileName);
    if (!file.exists())
        return FolderManifest();
    if (!file.open(QIODevice::ReadOnly)) {
        *status = Status::internal(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
        return std::nullopt;
    }
    const QByteArray json = file.readAll();
    QFile cache(root + u'/' + cachePath());
    if (cache.open(QIODevice::ReadOnly))
        if (std::optional<FolderManifest> cached = fromCache(cache.readAll(), json))
            return cached;
    Status parsed;
    FolderManifest manifest = fromJson(json, &parsed);
    if (!parsed) {
        *status = Status::internal(tr("%1: %2").arg(file.fileName(), parsed.message()));
        return std::nullopt;
    }
    return manifest;
}

FolderManifest FolderManifest::fromJson(const QByteArray& json, Status* status)
{
    FolderManifest manifest;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject()) {
        *status = Status::internal(tr("The manifest is not a JSON object: %1").arg(error.errorString()));
        return manifest;
    }
    const QJsonObject root = document.object();
    manifest.m_exists = true;
    manifest.m_publication = root.value(u"publication").toObject();
    const QJsonObject files = root.value(u"files").toObject();
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        manifest.m_files.insert(
            it.key(), Entry{entry.value(u"sha256").toString().toLatin1(), entry.value(u"bytes").toInteger()});
    }
    return manifest;
}

QByteArray FolderManifest::toJson() const
{
    // Written through a cursor into a buffer sized for the worst case: tens of thousands of entries.
    qsizetype bound = 256;
    for (auto it = m_files.begin(); it != m_files.end(); ++it)
        bound += 128 + (it.key().size() + it->sha256.size()) * 6;
    QByteArray json(bound, Qt::Uninitialized);
    char* at = json.data();
    const auto put = [&at](QByteArrayView bytes) {
        std::memcpy(at, bytes.data(), size_t(bytes.size()));
        at += bytes.size();
    };
    const auto putString = [&](QStringView text) {
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u < 0x20 || u >= 0x7f || u == u'"' || u == u'\\') {
                QByteArray escaped;
                appendEscapedSlowly(escaped, text);
                put(escaped);
                return;
            }
        }
        for (const QChar c : text)
            *at++ = char(c.unicode());
    };
    put("{\n    \"files\": {\n");
    // Paths and checksums are plain ASCII nearly always: copied without a detour through UTF-8.
    for (auto it = m_files.begin(); it != m_files.end(); ++it) {
        put(it == m_files.begin() ? QByteArrayView("        \"") : QByteArrayView(",\n        \""));
        putString(it.key());
        put("\": {\n            \"bytes\": ");
        at = std::to_chars(at, at + 24, it->bytes).ptr;
        put(",\n            \"sha256\": \"");
        if (std::all_of(it->sha256.cbegin(), it->sha256.cend(),
                        [](char c) { return c >= 0x20 && c < 0x7f && c != '"' && c != '\\'; }))
            put(it->sha256);
        else
            putString(QString::fromLatin1(it->sha256));
        put("\"\n        }");
    }
    if (!m_files.isEmpty())
        put("\n");
    json.truncate(at - json.constData());
    json += "    },\n    \"publication\": ";
    // Small and of any shape: QJsonDocument writes it, indented one level deeper.
    QByteArray publication = QJsonDocument(m_publication).toJson(QJsonDocument::Indented);
    publication.chop(1); // its final newline
    json += publication.replace('\n', "\n    ");
    json += "\n}\n";
    return json;
}

QByteArray FolderManifest::toCache(const QByteArray& json) const
{
    QByteArray cache = toUnsealedCache();
    sealCache(&cache, json);
    return cache;
}

void FolderManifest::sealCache(QByteArray* cache, const QByteArray& json)
{
    const qint64 size = json.size();
    const quint64 digest = fingerprint(json);
    std::memcpy(cache->data() + cacheMagic.size(), &size, sizeof size);
    std::memcpy(cache->data() + cacheMagic.size() + sizeof size, &digest, sizeof digest);
}

QByteArray FolderManifest::toUnsealedCache() const
{
    QByteArray cache;
    cache.reserve(128 + m_files.size() * 110);
    cache += cacheMagic;
    appendRaw(cache, qint64(-1)); // no JSON has this size
    appendRaw(cache, quint64(0));
    const QByteArray publication = QJsonDocument(m_publication).toJson(QJsonDocument::Compact);
    appendRaw(cache, qint64(publication.size()));
    cache += publication;
    appendRaw(cache, qint64(m_files.size()));
    for (auto it = m_files.begin(); it != m_files.end(); ++it) {
        // The path as UTF-8, written in place when it is ASCII.
        const qsizetype sizeAt = cache.size();
        appendRaw(cache, qint32(0));
        const qsizetype pathAt = cache.size();
        cache.resize(pathAt + it.key().size());
        char* at = cache.data() + pathAt;
        bool ascii = true;
        for (const QChar c : it.key()) {
            if (c.unicode() >= 0x80) {
                ascii = false;
                break;
            }
            *at++ = char(c.unicode());
        }
        if (!ascii) {
            cache.truncate(pathAt);
            cache += it.key().toUtf8();
        }
        const auto pathSize = qint32(cache.size() - pathAt);
        std::memcpy(cache.data() + sizeAt, &pathSize, sizeof pathSize);
        appendRaw(cache, qint32(it->sha256.size()));
        cache += it->sha256;
        appendRaw(cache, it->bytes);
    }
    return cache;
}

std::optional<FolderManifest> FolderManifest::fromCache(const QByteArray& cache, const QByteArray& json)
{
    if (!cache.startsWith(cacheMagic))
        return std::nullopt;
    BinaryReader reader(cache);
    QByteArrayView skipped;
    qint64 jsonSize = 0;
    quint64 jsonFingerprint = 0;
    qint64 publicationSize = 0;
    QByteArrayView publication;
    qint64 count = 0;
    if (!reader.bytes(cacheMagic.size(), &skipped) || !reader.read(&jsonSize) || jsonSize != json.size() ||
        !reader.read(&jsonFingerprint))
        return std::nullopt;
    // The JSON is fingerprinted while the copy is read.
    QFuture<bool> matches =
        QtConcurrent::run([&json, jsonFingerprint] { return fingerprint(json) == jsonFingerprint; });
    if (!reader.read(&publicationSize) || !reader.bytes(publicationSize, &publication) ||
        !reader.read(&count) || count < 0) {
        matches.waitForFinished();
        return std::nullopt;
    }
    FolderManifest manifest;
    manifest.m_exists = true;
    manifest.m_publication = QJsonDocument::fromJson(publication.toByteArray()).object();
    for (qint64 i = 0; i < count; ++i) {
        qint32 pathSize = 0;
        qint32 shaSize = 0;
        QByteArrayView path;
        QByteArrayView sha;
        Entry entry;
        if (!reader.read(&pathSize) || !reader.bytes(pathSize, &path) || !reader.read(&shaSize) ||
            !reader.bytes(shaSize, &sha) || !reader.read(&entry.bytes)) {
            matches.waitForFinished();
            return std::nullopt;
        }
        entry.sha256 = sha.toByteArray();
        manifest.m_files.insert(manifest.m_files.cend(), QString::fromUtf8(path), entry);
    }
    if (!matches.result() || !reader.atEnd())
        return std::nullopt;
    return manifest;
}

quint64 FolderManifest::fingerprint(QByteArrayView content)
{
    return quint64(qHash(content, size_t(0x66616365744d4631ULL)));
}

QList<QPair<QString, QString>> FolderManifest::differences(const QString& root) const
{
    QList<QPair<QString, QString>> problems;
    for (auto it = m_files.begin(); it != m_files.end(); ++it) {
        QFile file(root + u'/' + it.key());
        if (!file.open(QIODevice::ReadOnly)) {
            problems.append({it.key(), u"missing"_s});
            continue;
        }
        const QByteArray content = file.readAll();
        if (content.size() != it->bytes || Sha256::hash(content).toHex() != it->sha256)
            problems.append({it.key(), u"changed"_s});
    }
    QDirIterator files(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next().mid(root.size() + 1);
        if (!isInternal(path) && !m_files.contains(path))
            problems.append({path, u"unexpected"_s});
    }
    std::sort(problems.begin(), problems.end());
    return problems;
}

FolderManifest::Entry FolderManifest::entryFor(const QByteArray& content)
{
    return {Sha256::hash(content).toHex(), content.size()};
}

std::optional<FolderManifest::Entry> FolderManifest::entry(const QString& path) const
{
    const auto it = m_files.constFind(path);
    if (it == m_files.cend())
        return std::nullopt;
    return *it;
}

} // namespace facet
