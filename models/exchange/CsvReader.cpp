// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/exchange/CsvReader.h"

#include <QCoreApplication>
#include <QStringList>
#include <cstring>

namespace facet {

CsvReader::CsvReader(const QByteArray& data, char delimiter)
    : m_data(data)
    , m_delimiter(delimiter)
{
    if (m_data.startsWith("\xEF\xBB\xBF")) {
        m_pos = 3;
        m_bom = true;
    }
    m_fields.reserve(64);
}

bool CsvReader::next()
{
    m_fields.clear();
    m_scratch.clear();
    const char* data = m_data.constData();
    const qsizetype size = m_data.size();
    if (m_pos >= size || !m_error.isEmpty())
        return false;
    m_recordLine = m_line;
    m_recordStart = m_pos;
    qsizetype pos = m_pos;
    for (;;) {
        // One field starts at pos.
        if (pos < size && data[pos] == '"') {
            const qsizetype quoteLine = m_line;
            ++pos;
            const qsizetype start = pos;
            const qsizetype scratchStart = m_scratch.size();
            // Until a doubled quote or a CRLF needs rewriting, the field is [start, pos) of the data; after
            // that it is copied into m_scratch as it goes.
            bool copied = false;
            for (;;) {
                const void* hit = pos < size ? std::memchr(data + pos, '"', size_t(size - pos)) : nullptr;
                if (!hit) {
                    m_error = QCoreApplication::translate("facet::CsvReader",
                                                          "the quote opened on line %1 is never closed")
                                  .arg(quoteLine);
                    m_pos = size;
                    return false;
                }
                const qsizetype q = static_cast<const char*>(hit) - data;
                bool crlf = false;
                for (qsizetype i = pos; i < q; ++i) {
                    if (data[i] == '\n')
                        ++m_line;
                    else if (data[i] == '\r' && i + 1 < q && data[i + 1] == '\n')
                        crlf = true;
                }
                if (crlf && !copied) {
                    copied = true;
                    m_scratch.append(data + start, pos - start);
                }
                if (copied) {
                    for (qsizetype i = pos; i < q; ++i) {
                        if (!(data[i] == '\r' && i + 1 < q && data[i + 1] == '\n'))
                            m_scratch.append(data[i]);
                    }
                }
                if (q + 1 < size && data[q + 1] == '"') {
                    if (!copied) {
                        copied = true;
                        m_scratch.append(data + start, q - start);
                    }
                    m_scratch.append('"');
                    pos = q + 2;
                    continue;
                }
                if (copied)
                    m_fields.push_back({scratchStart, m_scratch.size() - scratchStart, true});
                else
                    m_fields.push_back({start, q - start, false});
                pos = q + 1;
                break;
            }
            // Anything between the closing quote and the delimiter is kept, as spreadsheets do.
            while (pos < size && data[pos] != m_delimiter && data[pos] != '\n' && data[pos] != '\r') {
                Field& f = m_fields.back();
                if (!f.inScratch) {
                    const qsizetype from = m_scratch.size();
                    m_scratch.append(data + f.offset, f.length);
                    f = {from, f.length, true};
                }
                m_scratch.append(data[pos]);
                ++f.length;
                ++pos;
            }
        } else {
            const qsizetype start = pos;
            while (pos < size) {
                const char c = data[pos];
                if (c == m_delimiter || c == '\n' || c == '\r')
                    break;
                ++pos;
            }
            m_fields.push_back({start, pos - start, false});
        }
        if (pos >= size) {
            m_recordEnd = pos;
            break;
        }
        if (data[pos] == m_delimiter) {
            ++pos;
            continue;
        }
        m_recordEnd = pos;
        if (data[pos] == '\r')
            ++pos;
        if (pos < size && data[pos] == '\n')
            ++pos;
        ++m_line;
        break;
    }
    m_pos = pos;
    return true;
}

QByteArrayView CsvReader::fieldBytes(qsizetype i) const
{
    const Field& f = m_fields[size_t(i)];
    return QByteArrayView((f.inScratch ? m_scratch.constData() : m_data.constData()) + f.offset, f.length);
}

QStringList CsvReader::fields() const
{
    QStringList list;
    list.reserve(fieldCount());
    for (qsizetype i = 0; i < fieldCount(); ++i)
        list << field(i);
    return list;
}

bool CsvReader::isValidUtf8() const
{
    return recordBytes().isValidUtf8();
}

QByteArrayView CsvReader::recordBytes() const
{
    return QByteArrayView(m_data.constData() + m_recordStart, m_recordEnd - m_recordStart);
}

char CsvReader::guessDelimiter(QByteArrayView firstLine)
{
    int counts[4] = {0, 0, 0, 0};
    const char candidates[4] = {';', ',', '\t', '|'};
    bool quoted = false;
    for (const char c : firstLine) {
        if (c == '"')
            quoted = !quoted;
        if (quoted)
            continue;
        for (int i = 0; i < 4; ++i)
            counts[i] += c == candidates[i];
    }
    int best = 0;
    for (int i = 1; i < 4; ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return counts[best] > 0 ? candidates[best] : ';';
}

} // namespace facet
