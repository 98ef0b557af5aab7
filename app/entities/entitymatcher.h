// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "dates/daterange.h"
#include "entities/gazetteer.h"

#include <QList>
#include <QStringView>

#include <memory>

namespace Chronoscope {

/** Where a text names an entity. */
struct EntityMention {
    int entity = -1; ///< index in the Gazetteer the matcher was built from
    qsizetype start = 0; ///< in UTF-16 code units, within its part
    qsizetype length = 0;
    bool weak = false; ///< found by a weak form, licensed by an earlier mention, a title or the date
    int part = 0; ///< which of the texts given (0 for a single text)

    friend bool operator==(const EntityMention &, const EntityMention &) = default;
};

/**
 * Finds the gazetteer's entities in text, in one pass over it with an
 * Aho–Corasick automaton over UTF-16 code units (dense tables for the shallow
 * states reached by ASCII, sorted edge lists elsewhere).
 *
 * The rules (resources/gazetteer/README.md):
 * - Latin and Cyrillic forms are case-sensitive and need word boundaries: no
 *   letter, digit, mark or underscore of a spaced script right before or after
 *   (a CJK neighbour is a boundary, Japanese has no spaces). An English
 *   possessive ("Russia's", "Russia’s") follows a boundary, so it matches.
 * - CJK forms match anywhere, inside longer CJK runs too.
 * - A match inside a longer strong one never counts ("Kuril Islands" in
 *   "South Kuril Islands"). Of partly overlapping matches the longest wins,
 *   then the leftmost; a strong form wins a tie with a weak one. A combined
 *   form ("Russo-Japanese", 日露) yields each of its entities with one span.
 * - A weak form ("Abe", "Kan", 安倍, タイ) counts when
 *   (a) one of its entities was mentioned before in the document (by a full
 *       form, or by a weak form that counted) — the latest such mention decides
 *       between people who share a surname;
 *   (b) one of the entity's titles stands right before it in English and
 *       Russian ("Prime Minister Abe", "президент Путин") or right after it
 *       in Japanese (安倍首相); when several people have that title, the one in
 *       office on the document's date;
 *   (c) the document is dated and exactly one of its people held an office on
 *       every day of that date for a country the document mentions
 *       ("Kan" in a 2010 story about Japan).
 *   Otherwise it is dropped.
 *
 * Built once; immutable afterwards. Every method is const and safe to call
 * from many threads at once; copies share the automaton.
 */
class EntityMatcher
{
public:
    /** Matches nothing. */
    EntityMatcher();
    explicit EntityMatcher(const Gazetteer &gazetteer);

    /** The gazetteer the matcher was built from (its entity indices). */
    [[nodiscard]] const Gazetteer &gazetteer() const;

    /** Mentions in @p text, sorted by position; @p date is the document's, for rule (c) and titles. */
    [[nodiscard]] QList<EntityMention> mentions(QStringView text, const DateRange &date = {}) const;
    /**
     * Mentions in the texts of one document in reading order (title, summary,
     * body): a full mention in an earlier part licenses a weak form in a later
     * one. No match spans two parts. Sorted by part, then position.
     */
    [[nodiscard]] QList<EntityMention> mentions(const QList<QStringView> &parts, const DateRange &date = {}) const;

    /** Sorted unique entity indices mentioned in @p text. */
    [[nodiscard]] QList<int> entitiesIn(QStringView text, const DateRange &date = {}) const;
    /** Sorted unique entity indices mentioned in the parts of one document. */
    [[nodiscard]] QList<int> entitiesIn(const QList<QStringView> &parts, const DateRange &date = {}) const;

    /** Size of the automaton, for diagnostics and benchmarks. */
    struct Statistics {
        int forms = 0;
        int states = 0;
        int denseStates = 0;
        int classes = 0;
        qsizetype bytes = 0;
    };
    [[nodiscard]] Statistics statistics() const;

    struct Data;

private:
    std::shared_ptr<const Data> d;
};

} // namespace Chronoscope
