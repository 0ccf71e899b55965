// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Status.h"

#include <QJsonObject>
#include <QMap>
#include <optional>

namespace facet {

// "manifest.json" of a folder target: every published file with its SHA-256 and size, and the publication
// that last changed the folder. Kept up to date entry by entry, so a publication hashes only what it writes.
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

    // The manifest in `root`; an empty one when the folder has never been published.
    static std::optional<FolderManifest> load(const QString& root, Status* status);
    static FolderManifest fromJson(const QByteArray& json, Status* status);
    QByteArray toJson() const;

    static Entry entryFor(const QByteArray& content);

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
