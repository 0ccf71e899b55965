// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/core/Status.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace facet {

// Target secrets (webhook signing keys) live outside the workspace's tables, so a copied workspace file or a
// database dump does not carry them. Lookup order: the environment variable FACET_SECRET_<TARGET CODE, upper
// case, any character but A-Z and 0-9 as '_'> (a server configured by its service manager), then a file only
// its owner can read: $FACET_SECRETS_DIR (default $XDG_CONFIG_HOME/facet/secrets) / <workspace id>.json,
// {"<target>": "<secret>"}, mode 0600 in a 0700 folder, replaced atomically. A secrets file others could read
// is refused (InvalidInput, asking for chmod 600), for reading and for writing.
class SecretStore
{
public:
    explicit SecretStore(QString workspaceId);

    // nullopt with an ok status: no secret configured for `target`.
    std::optional<QByteArray> secret(const QString& target, Status* status = nullptr) const;
    Status setSecret(const QString& target, const QByteArray& secret);
    Status removeSecret(const QString& target);
    // A new random secret (32 bytes, hex), for a target created without one.
    static QByteArray generate();

private:
    QString m_workspaceId;
};

} // namespace facet
