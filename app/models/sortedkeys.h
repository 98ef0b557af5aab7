// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace Chronoscope {

/**
 * A sorted vector of unique 64-bit keys that a model shows row by row, with
 * insertions and removals of many scattered keys announced one contiguous run
 * of rows at a time.
 *
 * Inserting a batch into a million rows run by run would move the whole tail
 * once per run. Instead the final vector is merged once, and until the last
 * run is announced a row reads from the final vector below the runs already
 * announced and from the previous vector, shifted, above them. Every run costs
 * O(1); the whole batch one merge.
 */
class SortedKeys
{
public:
    [[nodiscard]] qsizetype size() const { return qsizetype(m_keys.size()) + (m_pending ? m_shift : 0); }
    [[nodiscard]] bool isEmpty() const { return size() == 0; }

    [[nodiscard]] quint64 at(qsizetype row) const
    {
        if (!m_pending)
            return m_keys[size_t(row)];
        return row < m_boundary ? m_next[size_t(row)] : m_keys[size_t(row - m_shift)];
    }

    /** The keys; only between updates. */
    [[nodiscard]] const std::vector<quint64> &keys() const { return m_keys; }

    /** The first row whose key is not less than @p key. */
    [[nodiscard]] qsizetype lowerBound(quint64 key) const
    {
        if (!m_pending)
            return std::lower_bound(m_keys.begin(), m_keys.end(), key) - m_keys.begin();
        qsizetype lo = 0;
        qsizetype hi = size();
        while (lo < hi) {
            const qsizetype mid = lo + (hi - lo) / 2;
            if (at(mid) < key)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    /** The row of @p key, or -1. */
    [[nodiscard]] qsizetype find(quint64 key) const
    {
        const qsizetype row = lowerBound(key);
        return row < size() && at(row) == key ? row : -1;
    }

    void reset(std::vector<quint64> keys = {})
    {
        m_keys = std::move(keys);
        m_next.clear();
        m_pending = false;
    }

    /**
     * Inserts @p keys (sorted, none present yet), calling begin(first, last)
     * and end() around each contiguous run of new rows, in ascending order.
     */
    template<typename Begin, typename End>
    void insert(const std::vector<quint64> &keys, Begin &&begin, End &&end)
    {
        if (keys.empty())
            return;
        m_next.resize(m_keys.size() + keys.size());
        std::merge(m_keys.begin(), m_keys.end(), keys.begin(), keys.end(), m_next.begin());
        m_pending = true;
        m_boundary = 0;
        m_shift = 0;
        size_t i = 0;
        while (i < keys.size()) {
            // The final row of the i-th new key is its place among the old keys plus the new keys before it.
            const qsizetype first = qsizetype(std::lower_bound(m_keys.begin(), m_keys.end(), keys[i]) - m_keys.begin())
                + qsizetype(i);
            size_t j = i + 1;
            while (j < keys.size() && m_next[size_t(first) + (j - i)] == keys[j])
                ++j;
            const qsizetype last = first + qsizetype(j - i) - 1;
            begin(first, last);
            m_boundary = last + 1;
            m_shift += qsizetype(j - i);
            end();
            i = j;
        }
        finish();
    }

    /**
     * Removes @p keys (sorted, all present), calling begin(first, last) and
     * end() around each contiguous run of rows, in ascending order.
     */
    template<typename Begin, typename End>
    void remove(const std::vector<quint64> &keys, Begin &&begin, End &&end)
    {
        if (keys.empty())
            return;
        m_next.clear();
        m_next.reserve(m_keys.size() - std::min(m_keys.size(), keys.size()));
        std::set_difference(m_keys.begin(), m_keys.end(), keys.begin(), keys.end(), std::back_inserter(m_next));
        m_pending = true;
        m_boundary = 0;
        m_shift = 0;
        size_t i = 0;
        while (i < keys.size()) {
            const qsizetype oldFirst = std::lower_bound(m_keys.begin(), m_keys.end(), keys[i]) - m_keys.begin();
            size_t j = i + 1;
            while (j < keys.size() && size_t(oldFirst) + (j - i) < m_keys.size()
                   && m_keys[size_t(oldFirst) + (j - i)] == keys[j])
                ++j;
            // Rows already removed above this run moved it up.
            const qsizetype first = oldFirst + m_shift;
            begin(first, first + qsizetype(j - i) - 1);
            m_boundary = first;
            m_shift -= qsizetype(j - i);
            end();
            i = j;
        }
        finish();
    }

private:
    void finish()
    {
        m_keys.swap(m_next);
        m_next.clear();
        m_next.shrink_to_fit();
        m_pending = false;
        m_shift = 0;
        m_boundary = 0;
    }

    std::vector<quint64> m_keys;
    std::vector<quint64> m_next; // the vector being announced
    qsizetype m_boundary = 0; // rows below come from m_next
    qsizetype m_shift = 0; // rows at or above m_boundary read m_keys[row - m_shift]
    bool m_pending = false;
};

} // namespace Chronoscope
