// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "dates/daterange.h"

#include <QLocale>

namespace Chronoscope {

/**
 * A date as a reader says it, no finer than it is known: "12 November 2010",
 * "November 2010", "2010", "March – June 2019", "undated". Month and weekday
 * names come from @p locale.
 */
QString formatDateRange(const DateRange &date, const QLocale &locale = QLocale());

/** Where a date came from, in words for a tooltip or a badge ("from the page's date heading"). */
QString describeDateSource(const DateRange &date);

} // namespace Chronoscope
