// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace facet {

// Argon2id through libsodium (crypto_pwhash_str): the stored string carries its own salt and costs, so costs
// can rise later and old hashes still verify (needsRehash tells when to store a new one).
class PasswordHasher
{
public:
    enum class Cost {
        Interactive, // libsodium's interactive limits: what every real workspace uses
        Minimal,     // the smallest costs libsodium allows; for tests only
    };

    // Empty on failure (out of memory).
    static QString hash(const QString& password);
    static bool verify(const QString& storedHash, const QString& password);
    static bool needsRehash(const QString& storedHash);

    // Tests that create many users lower the cost for the whole process.
    static void setCost(Cost cost);
    static Cost cost();
};

} // namespace facet
