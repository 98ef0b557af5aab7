// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <cstring>
#include <memory>
#include <vector>

namespace Chronoscope {

/**
 * A vector that grows in fixed chunks: appending never moves what is already
 * there, so growing to a million elements costs no pause on the thread that
 * appends (a std::vector would copy everything at each doubling).
 */
template<typename T, int ChunkBits = 16>
class ChunkedVector
{
public:
    static constexpr size_t ChunkSize = size_t(1) << ChunkBits;

    [[nodiscard]] size_t size() const { return m_size; }
    [[nodiscard]] T &operator[](size_t i) { return m_chunks[i >> ChunkBits][i & (ChunkSize - 1)]; }
    [[nodiscard]] const T &operator[](size_t i) const { return m_chunks[i >> ChunkBits][i & (ChunkSize - 1)]; }

    T &append(T value)
    {
        if ((m_size >> ChunkBits) >= m_chunks.size())
            m_chunks.push_back(std::make_unique<T[]>(ChunkSize));
        T &slot = (*this)[m_size++];
        slot = std::move(value);
        return slot;
    }

    void clear()
    {
        m_chunks.clear();
        m_size = 0;
    }

    [[nodiscard]] qint64 memoryBytes() const { return qint64(m_chunks.size() * ChunkSize * sizeof(T)); }

private:
    std::vector<std::unique_ptr<T[]>> m_chunks;
    size_t m_size = 0;
};

/**
 * Variable-length byte strings packed into 4 MiB chunks, addressed by a 32-bit
 * reference. Strings are never freed one by one: replacing one leaves its old
 * bytes behind until the arena is cleared, which only edits of a reload do.
 */
class ByteArena
{
public:
    static constexpr quint32 Null = 0xffffffffU;
    /** Longer strings are cut: ids, paths and evidence never come near it. */
    static constexpr qsizetype MaxLength = 1 << 20;

    quint32 add(QByteArrayView bytes)
    {
        if (bytes.isEmpty())
            return Null;
        const quint32 length = quint32(std::min(bytes.size(), MaxLength));
        const size_t needed = (sizeof(quint32) + length + 3) & ~size_t(3);
        if (m_chunks.empty() || m_used + needed > ChunkBytes) {
            m_chunks.push_back(std::make_unique<char[]>(ChunkBytes));
            m_used = 0;
        }
        char *at = m_chunks.back().get() + m_used;
        std::memcpy(at, &length, sizeof length);
        std::memcpy(at + sizeof length, bytes.data(), length);
        const quint32 ref = quint32(((m_chunks.size() - 1) << ChunkShift) | (m_used >> 2));
        m_used += needed;
        return ref;
    }

    [[nodiscard]] QByteArrayView get(quint32 ref) const
    {
        if (ref == Null)
            return {};
        const char *at = m_chunks[ref >> ChunkShift].get() + (size_t(ref & ((1U << ChunkShift) - 1)) << 2);
        quint32 length = 0;
        std::memcpy(&length, at, sizeof length);
        return {at + sizeof length, qsizetype(length)};
    }

    void clear()
    {
        m_chunks.clear();
        m_used = 0;
    }

    [[nodiscard]] qint64 memoryBytes() const { return qint64(m_chunks.size()) * qint64(ChunkBytes); }

private:
    // A reference is the chunk number (top 12 bits) and the offset in 4-byte units (low 20 bits).
    static constexpr int ChunkShift = 20;
    static constexpr size_t ChunkBytes = size_t(4) << ChunkShift;

    std::vector<std::unique_ptr<char[]>> m_chunks;
    size_t m_used = 0;
};

} // namespace Chronoscope
