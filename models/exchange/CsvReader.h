// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <vector>

namespace facet {

// Reads Akeneo's CSV dialect from a file held in memory: ";" between fields, UTF-8 with or without a BOM,
// fields quoted with '"' that may hold the delimiter, doubled quotes and line breaks, CRLF or LF lines.
//
// A hand-written reader rather than libcsv: libcsv hands out fields through callbacks that know nothing of
// line numbers, so reporting "file:line" for multi-line records means counting line breaks a second time,
// and every field is copied into its own buffer. This reader points into the file's bytes and copies only
// quoted fields that contain doubled quotes or CRLF. tests/bench/bench_import.cpp measures both on the same
// 112 MB file: this reader 620–1,080 MB/s, libcsv 160–255 MB/s (2 shared cores), about 4× apart.
class CsvReader
{
public:
    explicit CsvReader(const QByteArray& data, char delimiter = ';');

    // Reads the next record; false at the end of the data. An unterminated quote ends the data with
    // error() set.
    bool next();

    qsizetype fieldCount() const { return qsizetype(m_fields.size()); }
    QByteArrayView fieldBytes(qsizetype i) const;
    QString field(qsizetype i) const { return QString::fromUtf8(fieldBytes(i)); }
    QStringList fields() const;
    // The line (1-based) the current record starts on; a multi-line record spans several.
    qsizetype line() const { return m_recordLine; }
    // The current record's bytes are valid UTF-8.
    bool isValidUtf8() const;
    QByteArrayView recordBytes() const;
    // Bytes consumed so far, for progress.
    qsizetype position() const { return m_pos; }
    qsizetype size() const { return m_data.size(); }
    QString error() const { return m_error; }
    bool hadBom() const { return m_bom; }

    // The delimiter the first line most likely uses: the one of ";", ",", tab or "|" that occurs most often
    // outside quotes. Used to tell the user their file is not in Akeneo's dialect.
    static char guessDelimiter(QByteArrayView firstLine);

private:
    struct Field
    {
        qsizetype offset;
        qsizetype length;
        bool inScratch;
    };

    QByteArray m_data;
    char m_delimiter;
    qsizetype m_pos = 0;
    qsizetype m_line = 1;
    qsizetype m_recordLine = 0;
    qsizetype m_recordStart = 0;
    qsizetype m_recordEnd = 0;
    bool m_bom = false;
    std::vector<Field> m_fields;
    QByteArray m_scratch;
    QString m_error;
};

} // namespace facet
