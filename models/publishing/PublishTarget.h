// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Labels.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace facet {

// Where a channel's publications go. Admins configure targets per channel (ManageChannels).
struct PublishTarget
{
    enum class Kind { Folder, Webhook };

    QString code;    // unique in the workspace, e.g. "web-site"
    QString channel; // the channel it publishes
    Kind kind = Kind::Folder;
    Labels labels;
    // Folder: {"path": absolute, or relative to the workspace file's folder; "catalog": bool (print)}.
    // Webhook: {"url", "batch_size", "timeout_ms", "max_attempts", "backoff_ms"}; the secret is in
    // SecretStore.
    QJsonObject settings;
    bool automatic = false; // a revision reaching the channel's level queues its publication
    bool enabled = true;

    static QString kindName(Kind kind); // "folder", "webhook"
    static std::optional<Kind> kindFromName(const QString& name);
};

} // namespace facet
