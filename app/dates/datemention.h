// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "dates/texttokenizer.h"

#include <QDate>
#include <QList>
#include <QStringView>

namespace Chronoscope {

/**
 * A date, month, year or weekday written in a text, in English, Japanese or Russian, with what the words
 * around it say about how it relates to the day the text was written.
 */
struct DateMention
{
    enum class Kind : quint8 {
        Day, ///< "11 January 2019", "January 11, 2019", "2019-01-11", "2019年1月11日", "11 января 2019 года"
        Month, ///< "January 2019", "2019年1月", "в январе 2019 года"
        Year, ///< "in 2019", "2019年", "平成31年"
        MonthDay, ///< a day without its year: "Feb. 24", "1 июля", "16日"
        Weekday, ///< "Saturday", "в субботу", "土曜日"
    };
    enum class Tense : quint8 {
        Neutral, ///< nothing says: most likely the past
        Past, ///< plainly history: "since 1945", "the 1956 declaration", "Treaty of 1855", "50 years ago"
        Event, ///< a year naming something: "the 2008 APEC summit" (could lie a little ahead)
        Present, ///< "this year's summit in 2008", "в этом году"
        Future, ///< "will visit in 2019", "plans for 2020"
        Deadline, ///< "by 2020", "к 2020 году", "2020年までに"
        Either, ///< "until 1991" or "until 2030", "before", "after": either side of the day it was written
    };
    enum class Anchor : quint8 {
        None,
        Today, ///< the same sentence says "today"
        Yesterday,
        Tomorrow,
    };

    Kind kind = Kind::Year;
    Tense tense = Tense::Neutral;
    Anchor anchor = Anchor::None;
    int year = 0;
    int month = 0;
    int day = 0;
    int weekday = 0; ///< 1 = Monday; for days, the weekday written beside the date (0 when none)
    qsizetype position = 0;
    qsizetype length = 0;
    int sentence = 0;

    /** The first and last day the mention names (invalid for month-days and weekdays). */
    [[nodiscard]] QDate first() const;
    [[nodiscard]] QDate last() const;
};

/**
 * Finds the dates in @p text. Digit runs that only look like years are left out: counts ("1,500 troops",
 * "2008 people"), times ("20:08"), phone numbers and ISBNs (digits joined by hyphens), page and item
 * numbers ("page 2008", "No. 2008"), decades ("the 1970s") and spans of years ("2000-2050").
 */
QList<DateMention> findDateMentions(QStringView text, const QList<TextToken> &tokens);
QList<DateMention> findDateMentions(QStringView text);

} // namespace Chronoscope
