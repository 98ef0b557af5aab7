// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "dates/daterange.h"

#include <QDate>
#include <QList>

namespace Chronoscope {

class Gazetteer;

/**
 * Which events to show: the reference semantics every view and model shares.
 *
 * - Included entities: an entity stands for itself and everything below it in
 *   the gazetteer (Kuril Islands ⇒ Kunashir, Iturup, the Habomai islets, …).
 *   Any: an event mentioning one of them passes; All: it must mention each of
 *   them (or something below each). No included entity: every event passes.
 * - Excluded entities, each with everything below it, remove an event that
 *   mentions any of them, whatever it includes.
 * - Date range, either end open: a dated event passes when its days overlap it.
 * - Undated events pass only when keepUndated() is true, with or without a range.
 *
 * Entities are gazetteer indices; call prepare() after changing them and
 * before matches(), which until then sees each entity alone.
 */
class EntityFilter
{
public:
    enum class Mode : quint8 {
        Any,
        All,
    };

    [[nodiscard]] QList<int> included() const { return m_included; }
    void setIncluded(const QList<int> &entities);
    [[nodiscard]] Mode mode() const { return m_mode; }
    void setMode(Mode mode) { m_mode = mode; }
    [[nodiscard]] QList<int> excluded() const { return m_excluded; }
    void setExcluded(const QList<int> &entities);

    [[nodiscard]] QDate from() const { return m_from; }
    [[nodiscard]] QDate to() const { return m_to; }
    /** Either end may be invalid: open. */
    void setDateRange(QDate from, QDate to);
    [[nodiscard]] bool keepUndated() const { return m_keepUndated; }
    void setKeepUndated(bool keep) { m_keepUndated = keep; }

    /** True when the filter lets every event through. */
    [[nodiscard]] bool isEmpty() const;

    /** Expands every included and excluded entity to itself and its descendants. */
    void prepare(const Gazetteer &gazetteer);

    /** Whether an event with these entities (sorted, unique) and this date passes. */
    [[nodiscard]] bool matches(const QList<int> &sortedEventEntities, const DateRange &date) const;

    /** Same settings (the prepared expansions are not compared). */
    friend bool operator==(const EntityFilter &a, const EntityFilter &b)
    {
        return a.m_included == b.m_included && a.m_mode == b.m_mode && a.m_excluded == b.m_excluded
            && a.m_from == b.m_from && a.m_to == b.m_to && a.m_keepUndated == b.m_keepUndated;
    }

private:
    QList<int> m_included; // sorted, unique
    QList<int> m_excluded; // sorted, unique
    Mode m_mode = Mode::Any;
    QDate m_from;
    QDate m_to;
    bool m_keepUndated = true;

    QList<QList<int>> m_includedExpanded; // per included entity, sorted
    QList<int> m_anyExpanded; // union of m_includedExpanded, sorted
    QList<int> m_excludedExpanded; // sorted
};

} // namespace Chronoscope
