// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "dates/daterange.h"
#include "dates/officeholder.h"

#include <QDate>
#include <QList>
#include <QStringView>

#include <memory>

namespace Chronoscope {

struct DateInferenceData;

/**
 * A dated event of the same corpus that an undated text may report, found by the caller (shared rare
 * entities or words); @p weight in [0, 1] says how sure the match is.
 */
struct DateCandidate
{
    QDate from;
    QDate to;
    float weight = 0.0F;
    QString label; ///< names the event in the evidence, e.g. its title
};

/**
 * Gives an undated text the date its words support, as a range that is only as narrow as the evidence:
 *
 * 1. a dateline (a full date opening the body) decides the day;
 * 2. titled office holders ("Prime Minister Taro Aso", "麻生首相", "президент Медведев") bound the date to
 *    their terms, intersected; "former", "then" or a year in the same sentence keep only the lower bound;
 * 3. the latest full date of the text, unless older than a year the text names, places it within a week
 *    after that day ("today", "yesterday" or a matching weekday pin it closer);
 * 4. years said to be the present ("this year's summit in 2008") or near future ("talks in 2019") give a
 *    window, deadlines ("by 2020") an upper bound, history ("since 1945", "the 1956 declaration") and other
 *    years, months and days only a lower bound;
 * 5. relative cues narrow what is left: a "New Year press conference" means January, a weekday picks its
 *    day once the range is two weeks or less;
 * 6. dated events of the corpus the caller found similar narrow a wide range last.
 *
 * Clues that contradict stronger ones are dropped and named in the evidence; the result never inverts.
 * Without both a lower and an upper bound the text stays undated.
 *
 * Immutable after construction: one instance can serve every parsing thread.
 */
class DateInference
{
public:
    /** @p latest caps open terms and is the newest date a text can have; invalid means today. */
    explicit DateInference(QList<OfficeHolder> holders = {}, QDate latest = {});

    /**
     * The inferred date of a text from its @p title and @p body (without reader comments or site noise):
     * source Inferred, precision Day, Month, Year or Range, a confidence in [0, 1] and the evidence; an
     * invalid range when the text gives too little.
     */
    [[nodiscard]] DateRange infer(QStringView title, QStringView body, const QList<DateCandidate> &similar = {}) const;

    [[nodiscard]] QDate latest() const;

private:
    std::shared_ptr<const DateInferenceData> d;
};

} // namespace Chronoscope
