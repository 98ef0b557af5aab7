// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include <QDate>
#include <QString>

namespace Chronoscope {

/** How finely a date is known. */
enum class DatePrecision : quint8 {
    None, ///< undated
    Day,
    Month,
    Year,
    Range, ///< somewhere between two days
};

/** Where a date comes from. */
enum class DateSource : quint8 {
    None,
    Metadata, ///< the document states it (an event page's date heading)
    Link, ///< the path of a link to the event (stubs)
    Inferred, ///< deduced from clues in the text
    User, ///< set by hand
};

/**
 * The date of an event: a closed range of days with its precision, where it
 * came from and, for inferred dates, the evidence that decided it.
 */
struct DateRange {
    QDate from;
    QDate to;
    DatePrecision precision = DatePrecision::None;
    DateSource source = DateSource::None;
    float confidence = 0.0F;
    QString evidence;

    [[nodiscard]] bool isValid() const { return from.isValid() && to.isValid(); }

    /** A single known day. */
    static DateRange day(QDate date, DateSource source, const QString &evidence = {});

    static QString precisionName(DatePrecision precision);
    static QString sourceName(DateSource source);

    friend bool operator==(const DateRange &, const DateRange &) = default;
};

/** Parses "YYYY-MM-DD" (month and day may lack zero padding); invalid date when it does not parse. */
QDate parseIsoDay(QStringView text);

} // namespace Chronoscope
