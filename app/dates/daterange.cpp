// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "daterange.h"

using namespace Qt::StringLiterals;

namespace Chronoscope {

DateRange DateRange::day(QDate date, DateSource source, const QString &evidence)
{
    DateRange range;
    if (!date.isValid())
        return range;
    range.from = date;
    range.to = date;
    range.precision = DatePrecision::Day;
    range.source = source;
    range.confidence = 1.0F;
    range.evidence = evidence;
    return range;
}

QString DateRange::precisionName(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::Day:
        return u"day"_s;
    case DatePrecision::Month:
        return u"month"_s;
    case DatePrecision::Year:
        return u"year"_s;
    case DatePrecision::Range:
        return u"range"_s;
    case DatePrecision::None:
        break;
    }
    return u"none"_s;
}

QString DateRange::sourceName(DateSource source)
{
    switch (source) {
    case DateSource::Metadata:
        return u"metadata"_s;
    case DateSource::Link:
        return u"link"_s;
    case DateSource::Inferred:
        return u"inferred"_s;
    case DateSource::User:
        return u"user"_s;
    case DateSource::None:
        break;
    }
    return u"none"_s;
}

QDate parseIsoDay(QStringView text)
{
    const auto parts = text.trimmed().split(u'-');
    if (parts.size() != 3 || parts[0].size() != 4 || parts[1].isEmpty() || parts[1].size() > 2 || parts[2].isEmpty()
        || parts[2].size() > 2)
        return {};
    bool okYear = false;
    bool okMonth = false;
    bool okDay = false;
    const int year = parts[0].toInt(&okYear);
    const int month = parts[1].toInt(&okMonth);
    const int day = parts[2].toInt(&okDay);
    if (!okYear || !okMonth || !okDay)
        return {};
    return QDate(year, month, day); // invalid for impossible days such as 2010-02-30
}

} // namespace Chronoscope
