// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include <QStringView>

#include <vector>

namespace Chronoscope {

/**
 * Finds items by a text key they hold themselves (events by id): a flat,
 * open-addressing table of hashes, indices and where each key's characters
 * are, keeping no copy of the keys. A lookup that misses reads one cache line,
 * where a QHash of the keys reads every node it probes; one that hits reads
 * the key's characters, not the item. Building a graph looks up often (links,
 * stubs, links resolved below the corpus root).
 *
 * The characters of an added key must stay where they are while the index
 * is used: a QString that is never modified (copies share them) does.
 * Hashes are worked out by the caller; keys are never removed.
 */
class KeyIndex
{
public:
    /** Makes room for @p count keys. */
    void reserve(qsizetype count);

    /** The index stored under @p key, or -1. */
    [[nodiscard]] int find(QStringView key, size_t hash) const
    {
        if (m_slots.empty())
            return -1;
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            const Slot &slot = m_slots[i];
            if (slot.index < 0)
                return -1;
            if (slot.hash == hash && QStringView(slot.key, slot.length) == key)
                return slot.index;
        }
    }

    /** Adds @p index under @p key (see the class comment); it must not be there yet. */
    void insert(QStringView key, size_t hash, int index);

    [[nodiscard]] qsizetype size() const { return m_size; }

private:
    struct Slot {
        size_t hash = 0;
        const QChar *key = nullptr;
        int length = 0; // keys are ids and links of documents, which are far below 2 GiB
        int index = -1; // -1: empty
    };
    void rehash(size_t capacity);

    std::vector<Slot> m_slots; // a power of two, at most half full
    qsizetype m_size = 0;
};

} // namespace Chronoscope
