// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace facet {

// The top-level domains that make a host name without a protocol a URL ("shop.example.com"), read at run
// time from the Public Suffix List that Debian's publicsuffix package installs, so new TLDs need no release.
class TopLevelDomains
{
public:
    static constexpr const char* kPublicSuffixList = "/usr/share/publicsuffix/public_suffix_list.dat";

    // The system list, read once; builtIn() when the file is missing or unreadable.
    static const QStringList& system();
    // Every rule's last label, lower case, longest first. Not only the rules without a dot: some ccTLDs
    // (za, ck, er, …) appear only under their second level ("co.za", "*.ck").
    static QStringList fromPublicSuffixList(const QString& path, bool* ok = nullptr);
    // A small fallback: the common generic TLDs and every two-letter country code in use.
    static QStringList builtIn();
    // Whether system() came from the Public Suffix List.
    static bool systemIsPublicSuffixList();
};

} // namespace facet
