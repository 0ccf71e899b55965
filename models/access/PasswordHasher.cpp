// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/access/PasswordHasher.h"

#include <atomic>
#include <sodium.h>

namespace facet {

namespace {

std::atomic<PasswordHasher::Cost> g_cost{PasswordHasher::Cost::Interactive};

bool initialized()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

unsigned long long opsLimit()
{
    return g_cost == PasswordHasher::Cost::Minimal ? crypto_pwhash_OPSLIMIT_MIN
                                                   : crypto_pwhash_OPSLIMIT_INTERACTIVE;
}

size_t memLimit()
{
    return g_cost == PasswordHasher::Cost::Minimal ? crypto_pwhash_MEMLIMIT_MIN
                                                   : crypto_pwhash_MEMLIMIT_INTERACTIVE;
}

} // namespace

QString PasswordHasher::hash(const QString& password)
{
    if (!initialized())
        return {};
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str(out, utf8.constData(), size_t(utf8.size()), opsLimit(), memLimit());
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0)
        return {};
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& storedHash, const QString& password)
{
    if (!initialized() || storedHash.isEmpty())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    QByteArray utf8 = password.toUtf8();
    const bool ok = crypto_pwhash_str_verify(stored.constData(), utf8.constData(), size_t(utf8.size())) == 0;
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    return ok;
}

bool PasswordHasher::needsRehash(const QString& storedHash)
{
    if (!initialized())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    // Only ever upgrade: a hash made with higher costs than the current ones stays.
    if (g_cost == Cost::Minimal)
        return false;
    return crypto_pwhash_str_needs_rehash(stored.constData(), opsLimit(), memLimit()) != 0;
}

void PasswordHasher::setCost(Cost cost)
{
    g_cost = cost;
}

PasswordHasher::Cost PasswordHasher::cost()
{
    return g_cost;
}

} // namespace facet
