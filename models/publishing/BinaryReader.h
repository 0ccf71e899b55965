// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <cstring>

namespace facet {

// Reads the length-prefixed binary files a folder target keeps below ".facet/" (the manifest's copy, the
// states). Every read is bounds-checked: a torn or foreign file reads as damaged, never past its end.
class BinaryReader
{
public:
    explicit BinaryReader(QByteArrayView data)
        : m_at(data.data())
        , m_end(data.data() + data.size())
    {
    }
    template <typename T> bool read(T* value)
    {
        if (m_end - m_at < qsizetype(sizeof(T)))
            return false;
        std::memcpy(value, m_at, sizeof(T));
        m_at += sizeof(T);
        return true;
    }
    bool bytes(qsizetype size, QByteArrayView* view)
    {
        if (size < 0 || m_end - m_at < size)
            return false;
        *view = QByteArrayView(m_at, size);
        m_at += size;
        return true;
    }
    // A qint64 length, then that many bytes.
    bool bytes(QByteArrayView* view)
    {
        qint64 size = 0;
        return read(&size) && bytes(qsizetype(size), view);
    }
    bool atEnd() const { return m_at == m_end; }

private:
    const char* m_at;
    const char* m_end;
};

} // namespace facet
