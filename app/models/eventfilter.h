// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "models/viewstate.h"

#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace Chronoscope {

class EventStore;

/** One bit per event number. */
class EventBits
{
public:
    EventBits() = default;
    explicit EventBits(quint32 size)
        : m_words((size_t(size) + 63) / 64, 0)
    {
    }
    [[nodiscard]] bool test(quint32 n) const
    {
        return (n >> 6) < m_words.size() && (m_words[n >> 6] >> (n & 63)) & 1U;
    }
    void set(quint32 n)
    {
        if ((n >> 6) >= m_words.size())
            m_words.resize((n >> 6) + 1 + m_words.size() / 4, 0);
        m_words[n >> 6] |= quint64(1) << (n & 63);
    }
    void reset(quint32 n)
    {
        if ((n >> 6) < m_words.size())
            m_words[n >> 6] &= ~(quint64(1) << (n & 63));
    }
    [[nodiscard]] std::vector<quint64> &words() { return m_words; }
    [[nodiscard]] const std::vector<quint64> &words() const { return m_words; }

private:
    std::vector<quint64> m_words;
};

/**
 * Finds a text in titles, ignoring case. An ASCII text (the common case, typed
 * in a search box) is looked for with Qt's vectorized search for its first
 * letter in either case and compared after that by ASCII folding, several
 * times faster than a general case-insensitive search; other texts use
 * QStringView::contains().
 */
class TitleMatcher
{
public:
    explicit TitleMatcher(const QString &text = {});
    [[nodiscard]] bool isEmpty() const { return m_text.isEmpty(); }
    [[nodiscard]] bool matches(QStringView title) const;

private:
    QString m_text; // lower case when ASCII
    bool m_ascii = true;
    QChar m_firstLower;
    QChar m_firstUpper;
};

/** The filter settings of a ViewState, as the filter needs them. */
struct FilterSpec {
    QList<int> included;
    EntityMatch match = EntityMatch::Any;
    QList<int> excluded;
    QDate from; ///< invalid: open
    QDate to; ///< invalid: open
    QString text;
    bool showUndated = true;

    static FilterSpec of(const ViewState &state);
    friend bool operator==(const FilterSpec &, const FilterSpec &) = default;
};

/**
 * Which events a FilterSpec keeps, worked out from the store's indexes rather
 * than row by row: the entity conditions as bit sets from the (expanded)
 * posting lists, the date range as a slice of the date order, the title text
 * from a cached set of matches.
 *
 * Entity conditions: including an entity matches events that name it or
 * anything below it; Any keeps events matching at least one included entity,
 * All those matching every one; an excluded entity (or anything below it)
 * removes the event. The date range keeps dated events whose days overlap
 * it; undated events are kept or not by showUndated alone.
 */
class EventFilter
{
public:
    /** Title matches for one text, kept across filter changes that leave the text alone. */
    struct TextMatches {
        QString text;
        EventBits bits;
        quint32 size = 0; ///< numbers below this are decided
    };

    EventFilter(const EventStore &store, FilterSpec spec, std::shared_ptr<const TextMatches> text = {});

    [[nodiscard]] const FilterSpec &spec() const { return m_spec; }

    /** Whether event @p n passes (it must be live). */
    [[nodiscard]] bool matches(quint32 n) const;
    /** Sort keys of the events that pass, in date order. */
    [[nodiscard]] std::vector<quint64> visibleKeys() const;
    /**
     * For every entity, how many events it would match under the other
     * filters: the date range, text, undated option and exclusions always; in
     * All mode the other included entities too (so the count is what checking
     * it would leave). For an excluded entity, its own exclusion is left out.
     */
    [[nodiscard]] std::vector<int> facetCounts() const;

    /** Works out title matches for @p text, reusing @p previous when the text only grew. */
    static std::shared_ptr<TextMatches> matchText(const EventStore &store, const QString &text,
                                                  const std::shared_ptr<const TextMatches> &previous = {});

private:
    /** Rows of the date order to scan: [first, last) for dated events, [undated, end) for the rest. */
    struct Slice {
        qsizetype first = 0;
        qsizetype last = 0;
        qsizetype undated = 0;
        qsizetype end = 0;
    };
    [[nodiscard]] Slice dateSlice() const;
    [[nodiscard]] bool passesBase(quint32 n, bool checkExclusion) const;
    [[nodiscard]] bool passesEntities(quint32 n) const;
    [[nodiscard]] bool passesText(quint32 n) const;

    const EventStore &m_store;
    FilterSpec m_spec;
    std::shared_ptr<const TextMatches> m_text;
    TitleMatcher m_matcher;
    quint32 m_fromDay;
    quint32 m_toDay;
    bool m_hasInclusion = false;
    EventBits m_included; // events the inclusion keeps
    EventBits m_excluded; // events an exclusion removes
};

} // namespace Chronoscope
