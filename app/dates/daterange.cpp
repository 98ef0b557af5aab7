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
    // Runs for the date heading of every page: digits read by hand, no list of parts.
    text = text.trimmed();
    int parts[3] = {0, 0, 0};
    qsizetype lengths[3] = {0, 0, 0};
    int part = 0;
    for (const QChar c : text) {
        if (c == u'-') {
            if (++part > 2)
                return {};
        } else if (c >= u'0' && c <= u'9') {
            parts[part] = parts[part] * 10 + (c.unicode() - u'0');
            if (++lengths[part] > (part == 0 ? 4 : 2))
                return {};
        } else {
            return {};
        }
    }
    if (part != 2 || lengths[0] != 4 || lengths[1] == 0 || lengths[2] == 0)
        return {};
    return QDate(parts[0], parts[1], parts[2]); // invalid for impossible days such as 2010-02-30
}

} // namespace Chronoscope
