// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include <QStringView>

#include <vector>

namespace Chronoscope {

/**
 * Finds items by a text key they hold themselves (events by id): a flat,
 * open-addressing table of (hash, index) pairs that keeps no copy of the keys.
 * A lookup that misses reads one cache line, where a QHash of the keys reads
 * every node it probes; building a graph misses often (stubs, links resolved
 * below the corpus root). Hashes are worked out by the caller, keys are never
 * removed.
 */
class KeyIndex
{
public:
    /** Makes room for @p count keys. */
    void reserve(qsizetype count);

    /**
     * The index stored under @p key, or -1. @p keyOf(index) gives the key of
     * the item at an index.
     */
    template<typename KeyOf>
    [[nodiscard]] int find(QStringView key, size_t hash, KeyOf keyOf) const
    {
        if (m_slots.empty())
            return -1;
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (slot.index < 0)
                return -1;
            if (slot.hash == hash && keyOf(slot.index) == key)
                return slot.index;
        }
    }

    /** Adds @p index under @p hash; its key must not be there yet. */
    void insert(size_t hash, int index);

    [[nodiscard]] qsizetype size() const { return m_size; }

private:
    struct Slot {
        size_t hash = 0;
        int index = -1; // -1: empty
    };
    void rehash(size_t capacity);

    std::vector<Slot> m_slots; // a power of two, at most half full
    qsizetype m_size = 0;
};

} // namespace Chronoscope
