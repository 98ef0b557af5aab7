// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "timeticks.h"

#include <QTime>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Chronoscope {

namespace {

constexpr qint64 Day = TimeScale::SecondsPerDay;
constexpr qint64 Hour = 3600;
constexpr qint64 EpochJulianDay = 2440588;

constexpr qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

constexpr qint64 ceilDiv(qint64 a, qint64 b)
{
    return -floorDiv(-a, b);
}

// How ticks of a unit are laid: every so many seconds from midnight, every
// week on one weekday, every so many months from January, or every so many
// years from a multiple of that many.
struct Step
{
    enum Kind : quint8 { Seconds, Weeks, Months, Years };
    Kind kind;
    int count;
};

Step minorStep(TickUnit unit)
{
    switch (unit) {
    case TickUnit::Hour:
        return {Step::Seconds, int(Hour)};
    case TickUnit::ThreeHours:
        return {Step::Seconds, int(3 * Hour)};
    case TickUnit::SixHours:
        return {Step::Seconds, int(6 * Hour)};
    case TickUnit::Day:
        return {Step::Seconds, int(Day)};
    case TickUnit::Week:
        return {Step::Weeks, 1};
    case TickUnit::Month:
        return {Step::Months, 1};
    case TickUnit::Quarter:
        return {Step::Months, 3};
    case TickUnit::Year:
        return {Step::Years, 1};
    case TickUnit::FiveYears:
        return {Step::Years, 5};
    case TickUnit::Decade:
        return {Step::Years, 10};
    case TickUnit::FiftyYears:
        return {Step::Years, 50};
    case TickUnit::Century:
        return {Step::Years, 100};
    case TickUnit::FiveCenturies:
        return {Step::Years, 500};
    case TickUnit::Millennium:
        break;
    }
    return {Step::Years, 1000};
}

// The period whose starts give context to the minor ticks.
Step majorStep(TickUnit unit)
{
    switch (unit) {
    case TickUnit::Hour:
    case TickUnit::ThreeHours:
    case TickUnit::SixHours:
        return {Step::Seconds, int(Day)};
    case TickUnit::Day:
    case TickUnit::Week:
        return {Step::Months, 1};
    case TickUnit::Month:
    case TickUnit::Quarter:
        return {Step::Years, 1};
    case TickUnit::Year:
        return {Step::Years, 10};
    case TickUnit::FiveYears:
        return {Step::Years, 50};
    case TickUnit::Decade:
    case TickUnit::FiftyYears:
        return {Step::Years, 100};
    case TickUnit::Century:
    case TickUnit::FiveCenturies:
        return {Step::Years, 1000};
    case TickUnit::Millennium:
        break;
    }
    // Beyond the calendar's last year: millennia have no context.
    return {Step::Years, 10000};
}

// The shortest period of each unit in seconds: labels must fit in it.
qint64 shortestPeriod(TickUnit unit)
{
    switch (unit) {
    case TickUnit::Hour:
    case TickUnit::ThreeHours:
    case TickUnit::SixHours:
    case TickUnit::Day:
        return minorStep(unit).count;
    case TickUnit::Week:
        return 7 * Day;
    case TickUnit::Month:
        return 28 * Day;
    case TickUnit::Quarter:
        return 90 * Day;
    case TickUnit::Year:
        return 365 * Day;
    case TickUnit::FiveYears:
        return (5 * 365 + 1) * Day;
    case TickUnit::Decade:
        return (10 * 365 + 2) * Day;
    case TickUnit::FiftyYears:
        return (50 * 365 + 12) * Day;
    case TickUnit::Century:
        return (100 * 365 + 24) * Day;
    case TickUnit::FiveCenturies:
        return (500 * 365 + 121) * Day;
    case TickUnit::Millennium:
        break;
    }
    return (1000 * 365 + 242) * Day;
}

qint64 firstOfMonth(int year, int month)
{
    return TimeScale::toTime(QDate(year, month, 1));
}

// Appends every boundary of @p step in [first, last] to @p out, in order.
void boundaries(Step step, qint64 first, qint64 last, Qt::DayOfWeek weekStart, std::vector<qint64> &out)
{
    last = std::min(last, TimeScale::MaxTime - 1);
    if (last < first)
        return;
    switch (step.kind) {
    case Step::Seconds:
        for (qint64 t = ceilDiv(first, step.count) * step.count; t <= last; t += step.count)
            out.push_back(t);
        return;
    case Step::Weeks: {
        qint64 day = ceilDiv(first, Day);
        // Julian day 0 was a Monday.
        const int weekday = int((day + EpochJulianDay) % 7) + 1;
        day += (int(weekStart) - weekday + 7) % 7;
        for (qint64 t = day * Day; t <= last; t += 7 * Day)
            out.push_back(t);
        return;
    }
    case Step::Months: {
        const QDate date = TimeScale::dateOf(first);
        int year = date.year();
        int month = date.month();
        if (firstOfMonth(year, month) < first)
            ++month;
        // Quarters start in January, April, July and October.
        month += (step.count - (month - 1) % step.count) % step.count;
        year += (month - 1) / 12;
        month = (month - 1) % 12 + 1;
        for (qint64 t = firstOfMonth(year, month); t <= last; t = firstOfMonth(year, month)) {
            out.push_back(t);
            month += step.count;
            year += (month - 1) / 12;
            month = (month - 1) % 12 + 1;
        }
        return;
    }
    case Step::Years: {
        int year = TimeScale::dateOf(first).year();
        if (firstOfMonth(year, 1) < first)
            ++year;
        // Windows never reach before year 1, so years are positive here.
        year = int(ceilDiv(year, step.count) * step.count);
        for (qint64 t = firstOfMonth(year, 1); t <= last; t = firstOfMonth(year, 1)) {
            out.push_back(t);
            year += step.count;
        }
        return;
    }
    }
}

// The order in which TimeTicks tries units and name lengths: finest first.
struct LevelInfo
{
    TickUnit unit;
    bool shortNames;
};
constexpr std::array<LevelInfo, 15> Levels = {{
    {TickUnit::Hour, false},
    {TickUnit::ThreeHours, false},
    {TickUnit::SixHours, false},
    {TickUnit::Day, false},
    {TickUnit::Week, false},
    {TickUnit::Month, false},
    {TickUnit::Month, true},
    {TickUnit::Quarter, false},
    {TickUnit::Year, false},
    {TickUnit::FiveYears, false},
    {TickUnit::Decade, false},
    {TickUnit::FiftyYears, false},
    {TickUnit::Century, false},
    {TickUnit::FiveCenturies, false},
    {TickUnit::Millennium, false},
}};

bool isHours(TickUnit unit)
{
    return unit <= TickUnit::SixHours;
}

bool isYears(TickUnit unit)
{
    return unit >= TickUnit::Year;
}

// Commas (also the Arabic one) and spaces between the parts of a date format.
bool isSeparator(QChar c)
{
    return c != u'\'' && (c.isSpace() || c.isPunct());
}

// The locale's long date without the weekday: "d. MMMM yyyy", "MMMM d, yyyy",
// "yyyy年M月d日". Quoted literals are kept as they are.
QString dateFormatWithoutWeekday(const QLocale &locale)
{
    const QString format = locale.dateFormat(QLocale::LongFormat);
    QString result;
    bool quoted = false;
    for (qsizetype i = 0; i < format.size();) {
        const QChar c = format.at(i);
        if (c == u'\'') {
            quoted = !quoted;
            result += c;
            ++i;
            continue;
        }
        if (!quoted && c == u'd') {
            qsizetype run = i;
            while (run < format.size() && format.at(run) == u'd')
                ++run;
            if (run - i >= 3) {
                // Drop the weekday with the separator that follows it, or,
                // at the end, the one before it.
                i = run;
                while (i < format.size() && isSeparator(format.at(i)))
                    ++i;
                if (i == format.size()) {
                    while (!result.isEmpty() && isSeparator(result.back()))
                        result.chop(1);
                }
                continue;
            }
        }
        result += c;
        ++i;
    }
    result = result.trimmed();
    if (!result.contains(u'd') || !result.contains(u'y'))
        return u"d MMMM yyyy"_s;
    return result;
}

} // namespace

TimeTicks::TimeTicks(const QLocale &locale, LabelWidth labelWidth, int spacing)
    : m_locale(locale)
    , m_numbers(locale)
    , m_labelWidth(std::move(labelWidth))
    , m_spacing(std::max(spacing, 1))
{
    static_assert(Levels.size() == LevelCount);
    m_numbers.setNumberOptions(QLocale::OmitGroupSeparator);
    m_widest.fill(-1);
}

void TimeTicks::prepareNames() const
{
    if (m_namesReady)
        return;
    for (int m = 1; m <= 12; ++m) {
        m_longMonths[m - 1] = m_locale.standaloneMonthName(m, QLocale::LongFormat);
        m_shortMonths[m - 1] = m_locale.standaloneMonthName(m, QLocale::ShortFormat);
    }
    for (int d = 1; d <= 31; ++d)
        m_days[d - 1] = m_numbers.toString(d);
    for (int h = 0; h < 24; ++h)
        m_hours[h] = m_locale.toString(QTime(h, 0), QLocale::ShortFormat);
    for (int q = 1; q <= 4; ++q)
        //: A quarter of a year on the time axis: Q1 to Q4
        m_quarters[q - 1] = tr("Q%1").arg(m_numbers.toString(q));
    m_dayFormat = dateFormatWithoutWeekday(m_locale);
    // Month and year in the order of the locale's dates: "Januar 2019", "2019 1月".
    const QString shortFormat = m_locale.dateFormat(QLocale::ShortFormat);
    m_yearFirst = shortFormat.indexOf(u'y') >= 0 && shortFormat.indexOf(u'y') < shortFormat.indexOf(u'M');
    m_namesReady = true;
}

int TimeTicks::width(const QString &label) const
{
    return m_labelWidth ? std::max(m_labelWidth(label), 0) : 0;
}

QString TimeTicks::yearLabel(int year) const
{
    return m_numbers.toString(year);
}

QString TimeTicks::minorLabel(qint64 time, TickUnit unit, bool shortNames) const
{
    if (isHours(unit))
        return m_hours[size_t(floorDiv(time, Hour) - floorDiv(time, Day) * 24)];
    const QDate date = TimeScale::dateOf(time);
    switch (unit) {
    case TickUnit::Day:
    case TickUnit::Week:
        return m_days[size_t(date.day() - 1)];
    case TickUnit::Month:
        return (shortNames ? m_shortMonths : m_longMonths)[size_t(date.month() - 1)];
    case TickUnit::Quarter:
        return m_quarters[size_t((date.month() - 1) / 3)];
    default:
        return yearLabel(date.year());
    }
}

QString TimeTicks::majorLabel(qint64 time, TickUnit unit) const
{
    const QDate date = TimeScale::dateOf(time);
    if (isHours(unit))
        return m_locale.toString(date, m_dayFormat);
    if (unit == TickUnit::Day || unit == TickUnit::Week) {
        const QString &month = m_longMonths[size_t(date.month() - 1)];
        const QString year = yearLabel(date.year());
        return m_yearFirst ? QString(year + u' ' + month) : QString(month + u' ' + year);
    }
    return yearLabel(date.year());
}

int TimeTicks::widestMinorLabel(int level) const
{
    int &widest = m_widest[size_t(level)];
    if (widest >= 0)
        return widest;
    const auto widestOf = [this](const auto &labels) {
        int w = 0;
        for (const QString &label : labels)
            w = std::max(w, width(label));
        return w;
    };
    const LevelInfo info = Levels[size_t(level)];
    if (isHours(info.unit))
        widest = widestOf(m_hours);
    else if (info.unit == TickUnit::Day || info.unit == TickUnit::Week)
        widest = widestOf(m_days);
    else if (info.unit == TickUnit::Month)
        widest = widestOf(info.shortNames ? m_shortMonths : m_longMonths);
    else if (info.unit == TickUnit::Quarter)
        widest = widestOf(m_quarters);
    else
        widest = widestOf(std::array{yearLabel(2000), yearLabel(8888), yearLabel(9999)});
    return widest;
}

int TimeTicks::pickLevel(const TimeScale &scale) const
{
    prepareNames();
    const double perPixel = scale.secondsPerPixel();
    for (int level = 0; level < LevelCount; ++level) {
        const double room = double(shortestPeriod(Levels[size_t(level)].unit)) / perPixel;
        // Labels are measured only for units whose ticks are not hopelessly close.
        if (room < m_spacing + 1)
            continue;
        if (room >= widestMinorLabel(level) + m_spacing)
            return level;
    }
    return LevelCount - 1;
}

TickUnit TimeTicks::unitFor(const TimeScale &scale) const
{
    return Levels[size_t(pickLevel(scale))].unit;
}

TickSet TimeTicks::ticks(const TimeScale &scale) const
{
    const LevelInfo level = Levels[size_t(pickLevel(scale))];
    TickSet set;
    set.unit = level.unit;
    if (!isYears(level.unit))
        set.context = majorLabel(qint64(std::floor(scale.start())), level.unit);
    if (scale.width() <= 0)
        return set;

    const qint64 first = qint64(std::ceil(scale.start()));
    const qint64 last = qint64(std::floor(scale.end()));
    const auto weekStart = m_locale.firstDayOfWeek();
    std::vector<qint64> minor;
    std::vector<qint64> major;
    boundaries(minorStep(level.unit), first, last, weekStart, minor);
    boundaries(majorStep(level.unit), first, last, weekStart, major);

    // Merge the two ordered lists; a minor tick where a major one falls becomes major.
    set.ticks.reserve(minor.size() + major.size());
    auto m = major.cbegin();
    for (const qint64 t : minor) {
        for (; m != major.cend() && *m < t; ++m)
            set.ticks.push_back({*m, scale.x(*m), true, majorLabel(*m, level.unit)});
        const bool isMajor = m != major.cend() && *m == t;
        if (isMajor)
            ++m;
        set.ticks.push_back({t, scale.x(t), isMajor,
            isMajor ? majorLabel(t, level.unit) : minorLabel(t, level.unit, level.shortNames)});
    }
    for (; m != major.cend(); ++m)
        set.ticks.push_back({*m, scale.x(*m), true, majorLabel(*m, level.unit)});

    // Major labels first, each clear of the previous major one; then minor
    // labels wherever they touch neither their left neighbour nor the next
    // major label.
    std::vector<double> ends(set.ticks.size(), 0);
    double majorEnd = -std::numeric_limits<double>::infinity();
    for (size_t i = 0; i < set.ticks.size(); ++i) {
        Tick &tick = set.ticks[i];
        if (!tick.major)
            continue;
        if (tick.x < majorEnd) {
            tick.label.clear();
            continue;
        }
        ends[i] = tick.x + width(tick.label) + m_spacing;
        majorEnd = ends[i];
    }
    double nextMajor = std::numeric_limits<double>::infinity();
    for (size_t i = set.ticks.size(); i-- > 0;) {
        if (set.ticks[i].major) {
            if (!set.ticks[i].label.isEmpty())
                nextMajor = set.ticks[i].x;
            continue;
        }
        ends[i] = nextMajor; // the limit this minor label must stay below
    }
    double previousEnd = -std::numeric_limits<double>::infinity();
    for (size_t i = 0; i < set.ticks.size(); ++i) {
        Tick &tick = set.ticks[i];
        if (tick.major) {
            if (!tick.label.isEmpty())
                previousEnd = ends[i];
            continue;
        }
        const double end = tick.x + width(tick.label) + m_spacing;
        if (tick.x < previousEnd || end > ends[i]) {
            tick.label.clear();
            continue;
        }
        previousEnd = end;
    }
    return set;
}

TickSet timeTicks(const TimeScale &scale, const QLocale &locale, const TimeTicks::LabelWidth &labelWidth)
{
    return TimeTicks(locale, labelWidth).ticks(scale);
}

} // namespace Chronoscope
