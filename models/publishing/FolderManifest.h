// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Status.h"

#include <QJsonObject>
#include <QMap>
#include <optional>

namespace facet {

// "manifest.json" of a folder target: every published file with its SHA-256 and size, and the publication
// that last changed the folder. Kept up to date entry by entry, so a publication hashes only what it writes.
// A binary copy below ".facet/" spares parsing megabytes of JSON on every publication; it is trusted only
// while manifest.json is byte for byte the one it was written with, so an edited manifest is still read.
class FolderManifest
{
public:
    struct Entry
    {
        QByteArray sha256; // hex
        qint64 bytes = 0;
        bool operator==(const Entry&) const = default;
    };

    static constexpr QStringView fileName = u"manifest.json";
    static QString cachePath(); // the binary copy, relative to the target's root
    // The folder's own bookkeeping, which the manifest does not list.
    static bool isInternal(const QString& path);

    // The manifest in `root`; an empty one when the folder has never been published.
    static std::optional<FolderManifest> load(const QString& root, Status* status);
    static FolderManifest fromJson(const QByteArray& json, Status* status);
    // The same document QJsonDocument::toJson() writes, written directly: a manifest has tens of thousands
    // of entries and is written by every publication.
    QByteArray toJson() const;
    // The binary copy of this manifest, valid for exactly `json` (what toJson() gave).
    QByteArray toCache(const QByteArray& json) const;
    // The same in two steps, so the copy can be built while the JSON is: unsealed, it is valid for nothing.
    QByteArray toUnsealedCache() const;
    static void sealCache(QByteArray* cache, const QByteArray& json);
    // The manifest in the binary copy, or nothing when the copy is damaged or not the one of `json`.
    static std::optional<FolderManifest> fromCache(const QByteArray& cache, const QByteArray& json);

    static Entry entryFor(const QByteArray& content);
    // How the folder at `root` differs from this manifest: (path, "missing" / "changed" / "unexpected")
    // in path order, the folder's bookkeeping left out.
    QList<QPair<QString, QString>> differences(const QString& root) const;
    // A fast, non-cryptographic digest: tells whether a file is still the one Facet wrote, where a
    // mismatch costs a slower path, never a wrong result.
    static quint64 fingerprint(QByteArrayView content);

    bool exists() const { return m_exists; }
    const QMap<QString, Entry>& files() const { return m_files; }
    std::optional<Entry> entry(const QString& path) const;
    void set(const QString& path, const Entry& entry) { m_files.insert(path, entry); }
    void remove(const QString& path) { m_files.remove(path); }
    const QJsonObject& publication() const { return m_publication; }
    void setPublication(const QJsonObject& publication) { m_publication = publication; }

private:
    QMap<QString, Entry> m_files;
    QJsonObject m_publication;
    bool m_exists = false;
};

} // namespace facet
