// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "dateformat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Chronoscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Chronoscope::DateFormat", text);
}

QString dayText(QDate date, const QLocale &locale)
{
    // The long format names the weekday in many locales: useful for news.
    return locale.toString(date, QLocale::LongFormat);
}

QString monthText(QDate date, const QLocale &locale)
{
    return locale.standaloneMonthName(date.month(), QLocale::LongFormat) + u' ' + QString::number(date.year());
}

bool isWholeMonth(QDate from, QDate to)
{
    return from.day() == 1 && to == from.addMonths(1).addDays(-1);
}

bool isWholeYear(QDate from, QDate to)
{
    return from.month() == 1 && from.day() == 1 && to == QDate(from.year(), 12, 31);
}

} // namespace

QString formatDateRange(const DateRange &date, const QLocale &locale)
{
    if (!date.isValid())
        return tr("undated");
    const QDate from = date.from;
    const QDate to = date.to;
    switch (date.precision) {
    case DatePrecision::Day:
        return dayText(from, locale);
    case DatePrecision::Month:
        return monthText(from, locale);
    case DatePrecision::Year:
        return QString::number(from.year());
    case DatePrecision::None:
    case DatePrecision::Range:
        break;
    }
    if (from == to)
        return dayText(from, locale);
    if (isWholeMonth(from, to))
        return monthText(from, locale);
    if (isWholeYear(from, to))
        return QString::number(from.year());
    // A range: as coarse as its ends allow.
    const bool monthEnds = from.day() == 1 && to.addDays(1).day() == 1;
    const bool yearEnds = monthEnds && from.month() == 1 && to.month() == 12;
    if (yearEnds)
        return QString::number(from.year()) + u" – "_s + QString::number(to.year());
    if (monthEnds) {
        if (from.year() == to.year()) {
            return locale.standaloneMonthName(from.month()) + u" – "_s + monthText(to, locale);
        }
        return monthText(from, locale) + u" – "_s + monthText(to, locale);
    }
    return locale.toString(from, QLocale::ShortFormat) + u" – "_s + locale.toString(to, QLocale::ShortFormat);
}

QString describeDateSource(const DateRange &date)
{
    switch (date.source) {
    case DateSource::Metadata:
        return tr("Stated by the document");
    case DateSource::Link:
        return tr("From the path of a link to this page");
    case DateSource::Inferred:
        return date.evidence.isEmpty() ? tr("Inferred from the text") : tr("Inferred from the text: %1").arg(date.evidence);
    case DateSource::User:
        return tr("Set by hand");
    case DateSource::None:
        break;
    }
    return tr("No date could be found");
}

} // namespace Chronoscope
