// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "keyindex.h"

#include <algorithm>
#include <bit>
#include <utility>

namespace Chronoscope {

void KeyIndex::reserve(qsizetype count)
{
    const size_t wanted = std::bit_ceil(size_t(std::max<qsizetype>(count, 8)) * 2);
    if (wanted > m_slots.size())
        rehash(wanted);
}

void KeyIndex::insert(QStringView key, size_t hash, int index)
{
    if (size_t(m_size + 1) * 2 > m_slots.size())
        rehash(std::max<size_t>(16, m_slots.size() * 2));
    const size_t mask = m_slots.size() - 1;
    size_t i = hash & mask;
    while (m_slots[i].index >= 0)
        i = (i + 1) & mask;
    m_slots[i] = {hash, key.data(), int(key.size()), index};
    ++m_size;
}

void KeyIndex::rehash(size_t capacity)
{
    std::vector<Slot> old = std::exchange(m_slots, std::vector<Slot>(capacity));
    const size_t mask = capacity - 1;
    for (const Slot &slot : old) {
        if (slot.index < 0)
            continue;
        size_t i = slot.hash & mask;
        while (m_slots[i].index >= 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

} // namespace Chronoscope
