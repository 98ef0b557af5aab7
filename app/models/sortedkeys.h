// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include <QtGlobal>

#include <algorithm>
#include <limits>
#include <vector>

namespace Chronoscope {

/**
 * A sorted sequence of unique 64-bit keys that a model shows row by row, with
 * insertions and removals of many scattered keys announced one contiguous run
 * of rows at a time.
 *
 * The keys live in chunks of a few thousand: a run of new rows moves at most
 * one chunk and shifts the first rows of the chunks after it, so a batch of a
 * thousand events costs the same in a million rows as in ten thousand (one
 * flat vector would move its whole tail once per run).
 */
class SortedKeys
{
public:
    static constexpr size_t ChunkSize = 4096;

    [[nodiscard]] qsizetype size() const { return m_starts.empty() ? 0 : m_starts.back(); }
    [[nodiscard]] bool isEmpty() const { return size() == 0; }

    [[nodiscard]] quint64 at(qsizetype row) const
    {
        const size_t c = size_t(std::upper_bound(m_starts.begin(), m_starts.end() - 1, row) - m_starts.begin()) - 1;
        return m_chunks[c][size_t(row - m_starts[c])];
    }

    /** The first row whose key is not less than @p key. */
    [[nodiscard]] qsizetype lowerBound(quint64 key) const
    {
        if (m_chunks.empty())
            return 0;
        const size_t c = chunkFor(key);
        const std::vector<quint64> &chunk = m_chunks[c];
        return m_starts[c] + (std::lower_bound(chunk.begin(), chunk.end(), key) - chunk.begin());
    }

    /** The row of @p key, or -1. */
    [[nodiscard]] qsizetype find(quint64 key) const
    {
        if (m_chunks.empty())
            return -1;
        const size_t c = chunkFor(key);
        const std::vector<quint64> &chunk = m_chunks[c];
        const auto it = std::lower_bound(chunk.begin(), chunk.end(), key);
        return it != chunk.end() && *it == key ? m_starts[c] + (it - chunk.begin()) : -1;
    }

    /** Calls fn(key) for the rows [first, last), in order. */
    template<typename Fn>
    void forRange(qsizetype first, qsizetype last, Fn &&fn) const
    {
        if (first >= last)
            return;
        size_t c = size_t(std::upper_bound(m_starts.begin(), m_starts.end() - 1, first) - m_starts.begin()) - 1;
        qsizetype row = first;
        for (; c < m_chunks.size() && row < last; ++c) {
            const std::vector<quint64> &chunk = m_chunks[c];
            const size_t from = size_t(row - m_starts[c]);
            const size_t to = size_t(std::min(last, m_starts[c + 1]) - m_starts[c]);
            for (size_t i = from; i < to; ++i)
                fn(chunk[i]);
            row = m_starts[c + 1];
        }
    }

    [[nodiscard]] std::vector<quint64> toVector() const
    {
        std::vector<quint64> keys;
        keys.reserve(size_t(size()));
        for (const std::vector<quint64> &chunk : m_chunks)
            keys.insert(keys.end(), chunk.begin(), chunk.end());
        return keys;
    }

    void reset(const std::vector<quint64> &keys = {})
    {
        m_chunks.clear();
        for (size_t i = 0; i < keys.size(); i += ChunkSize)
            m_chunks.emplace_back(keys.begin() + qsizetype(i),
                                  keys.begin() + qsizetype(std::min(keys.size(), i + ChunkSize)));
        restart();
    }

    /**
     * Inserts @p keys (sorted, none present yet), calling begin(first, last)
     * and end() around each contiguous run of new rows, in ascending order.
     */
    template<typename Begin, typename End>
    void insert(const std::vector<quint64> &keys, Begin &&begin, End &&end)
    {
        size_t j = 0;
        while (j < keys.size()) {
            if (m_chunks.empty()) {
                m_chunks.emplace_back();
                m_starts = {0, 0};
            }
            const size_t c = chunkFor(keys[j]);
            std::vector<quint64> &chunk = m_chunks[c];
            const size_t at = size_t(std::lower_bound(chunk.begin(), chunk.end(), keys[j]) - chunk.begin());
            // New keys up to the next key already there make one run.
            const quint64 limit = at < chunk.size() ? chunk[at] : std::numeric_limits<quint64>::max();
            size_t k = j + 1;
            while (k < keys.size() && keys[k] < limit)
                ++k;
            const qsizetype row = m_starts[c] + qsizetype(at);
            begin(row, row + qsizetype(k - j) - 1);
            chunk.insert(chunk.begin() + qsizetype(at), keys.begin() + qsizetype(j), keys.begin() + qsizetype(k));
            for (size_t s = c + 1; s < m_starts.size(); ++s)
                m_starts[s] += qsizetype(k - j);
            end();
            if (chunk.size() > 2 * ChunkSize)
                split(c);
            j = k;
        }
    }

    /**
     * Removes @p keys (sorted, all present), calling begin(first, last) and
     * end() around each contiguous run of rows (within a chunk), in ascending order.
     */
    template<typename Begin, typename End>
    void remove(const std::vector<quint64> &keys, Begin &&begin, End &&end)
    {
        size_t j = 0;
        while (j < keys.size()) {
            const size_t c = chunkFor(keys[j]);
            std::vector<quint64> &chunk = m_chunks[c];
            const size_t at = size_t(std::lower_bound(chunk.begin(), chunk.end(), keys[j]) - chunk.begin());
            Q_ASSERT(at < chunk.size() && chunk[at] == keys[j]);
            size_t k = j + 1;
            while (k < keys.size() && at + (k - j) < chunk.size() && chunk[at + (k - j)] == keys[k])
                ++k;
            const qsizetype row = m_starts[c] + qsizetype(at);
            begin(row, row + qsizetype(k - j) - 1);
            chunk.erase(chunk.begin() + qsizetype(at), chunk.begin() + qsizetype(at + (k - j)));
            for (size_t s = c + 1; s < m_starts.size(); ++s)
                m_starts[s] -= qsizetype(k - j);
            end();
            if (chunk.empty()) {
                m_chunks.erase(m_chunks.begin() + qsizetype(c));
                m_starts.erase(m_starts.begin() + qsizetype(c));
                if (m_chunks.empty())
                    m_starts.clear();
            }
            j = k;
        }
    }

    [[nodiscard]] qint64 memoryBytes() const
    {
        qint64 bytes = qint64(m_starts.capacity() * sizeof(qsizetype));
        for (const std::vector<quint64> &chunk : m_chunks)
            bytes += qint64(chunk.capacity() * sizeof(quint64));
        return bytes;
    }

private:
    // The first chunk whose last key is not less than @p key, or the last chunk.
    [[nodiscard]] size_t chunkFor(quint64 key) const
    {
        if (m_chunks.size() == 1)
            return 0; // perhaps the empty chunk an insertion into nothing starts with
        const auto it = std::lower_bound(m_chunks.begin(), m_chunks.end(), key,
                                         [](const std::vector<quint64> &chunk, quint64 k) {
                                             return chunk.back() < k;
                                         });
        return it == m_chunks.end() ? m_chunks.size() - 1 : size_t(it - m_chunks.begin());
    }

    void split(size_t c)
    {
        std::vector<quint64> whole = std::move(m_chunks[c]);
        std::vector<std::vector<quint64>> parts;
        for (size_t i = 0; i < whole.size(); i += ChunkSize)
            parts.emplace_back(whole.begin() + qsizetype(i),
                               whole.begin() + qsizetype(std::min(whole.size(), i + ChunkSize)));
        m_chunks.erase(m_chunks.begin() + qsizetype(c));
        m_chunks.insert(m_chunks.begin() + qsizetype(c), std::make_move_iterator(parts.begin()),
                        std::make_move_iterator(parts.end()));
        restart();
    }

    void restart()
    {
        m_starts.clear();
        if (m_chunks.empty())
            return;
        m_starts.reserve(m_chunks.size() + 1);
        qsizetype row = 0;
        for (const std::vector<quint64> &chunk : m_chunks) {
            m_starts.push_back(row);
            row += qsizetype(chunk.size());
        }
        m_starts.push_back(row);
    }

    std::vector<std::vector<quint64>> m_chunks; // none empty; every key of a chunk below every key of the next
    std::vector<qsizetype> m_starts; // first row of each chunk, then the row count
};

} // namespace Chronoscope
