// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include <QStringView>

#include <algorithm>

#include <vector>

namespace Chronoscope {

/** Asks the processor to start loading the cache line at @p address; a hint, with no effect on results. */
inline void prefetchMemory(const void *address)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address);
#else
    Q_UNUSED(address);
#endif
}

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

    /** Starts loading the slot a find() of @p hash reads first, for a find() a little later. */
    void prefetch(size_t hash) const
    {
        if (!m_slots.empty())
            prefetchMemory(&m_slots[hash & (m_slots.size() - 1)]);
    }

    /**
     * The index most likely stored under a key of @p hash, reading only the
     * slot prefetch() loaded, and starts loading that key's characters; -1 when
     * the slot holds another hash. A hint: find() gives the answer.
     */
    int peek(size_t hash) const
    {
        if (m_slots.empty())
            return -1;
        const Slot &slot = m_slots[hash & (m_slots.size() - 1)];
        if (slot.index < 0 || slot.hash != hash)
            return -1;
        // Keys are paths of a few cache lines: load all that find() compares.
        const char *const key = reinterpret_cast<const char *>(slot.key);
        const qsizetype bytes = std::min<qsizetype>(slot.length * qsizetype(sizeof(QChar)), 256);
        for (qsizetype at = 0; at < bytes; at += 64)
            prefetchMemory(key + at);
        return slot.index;
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
