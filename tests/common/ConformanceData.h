// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace facet::test {

// $FACET_SHARED_DATA/<relative>, or an empty string when the shared data is not there.
inline QString sharedDataFile(const QString& relative)
{
    const QString root = qEnvironmentVariable("FACET_SHARED_DATA");
    if (root.isEmpty())
        return {};
    const QString path = root + u'/' + relative;
    return QFile::exists(path) ? path : QString();
}

// twitter-text's conformance files are converted from YAML and keep trailing commas ("[1, 2,]"), which
// strict JSON parsers refuse: drop a comma whose next non-blank character closes an array or object.
inline QByteArray withoutTrailingCommas(const QByteArray& json)
{
    QByteArray out;
    out.reserve(json.size());
    bool inString = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            out.append(c);
            if (c == '\\' && i + 1 < json.size())
                out.append(json.at(++i));
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        if (c == ',') {
            qsizetype j = i + 1;
            while (j < json.size() && QByteArrayView(" \t\r\n").contains(json.at(j)))
                ++j;
            if (j < json.size() && (json.at(j) == ']' || json.at(j) == '}'))
                continue;
        }
        out.append(c);
    }
    return out;
}

inline QJsonObject readLenientJson(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(withoutTrailingCommas(file.readAll())).object();
}

} // namespace facet::test
