// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "testutils.h"
#include "timeline/columnbins.h"
#include "timeline/timescale.h"
#include "timeline/timeticks.h"

#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>

using namespace Chronoscope;
using namespace Qt::StringLiterals;
using Catch::Approx;

namespace {

constexpr double Year = 365.2425 * 86400;

qint64 at(int year, int month = 1, int day = 1, int hour = 0)
{
    return TimeScale::toTime(QDate(year, month, day)) + hour * 3600;
}

TimeScale window(qint64 from, qint64 to, int width)
{
    return TimeScale(double(from), double(to), width);
}

bool isFinite(const TimeScale &scale)
{
    return std::isfinite(scale.start()) && std::isfinite(scale.span()) && std::isfinite(scale.secondsPerPixel())
        && scale.secondsPerPixel() > 0;
}

// Seven pixels a character: a stand-in for font metrics.
int charWidth(const QString &label)
{
    return int(label.size()) * 7;
}

QStringList labels(const TickSet &set)
{
    QStringList result;
    for (const Tick &tick : set.ticks)
        result << (tick.major ? u"*"_s + tick.label : tick.label);
    return result;
}

QList<QDate> tickDates(const TickSet &set)
{
    QList<QDate> dates;
    for (const Tick &tick : set.ticks)
        dates << TimeScale::dateOf(tick.time);
    return dates;
}

} // namespace

TEST_CASE("times are seconds since 1970 in UTC, from year 1 to 9999", "[timeline]")
{
    auto [date, seconds] = GENERATE(table<QDate, qint64>({
        {QDate(1970, 1, 1), 0},
        {QDate(1970, 1, 2), 86400},
        {QDate(1969, 12, 31), -86400},
        {QDate(2000, 3, 1), 951868800},
        {QDate(1855, 2, 7), -3625862400},
        {QDate(1, 1, 1), TimeScale::MinTime},
        {QDate(10000, 1, 1), TimeScale::MaxTime},
    }));
    INFO(date.toString(Qt::ISODate).toStdString());
    CHECK(TimeScale::toTime(date) == seconds);
    CHECK(TimeScale::toTime(date.startOfDay(QTimeZone::UTC)) == seconds);
    CHECK(TimeScale::dateOf(seconds) == date);
    CHECK(TimeScale::dateOf(seconds + 86399) == date);
    CHECK(TimeScale::dateOf(seconds - 1) == date.addDays(-1));
    CHECK(TimeScale::dateTimeOf(seconds + 3600) == QDateTime(date, QTime(1, 0), QTimeZone::UTC));
}

TEST_CASE("dates outside years 1 to 9999 are clamped", "[timeline]")
{
    CHECK(TimeScale::toTime(QDate(-50, 1, 1)) == TimeScale::MinTime);
    CHECK(TimeScale::toTime(QDate(12000, 1, 1)) == TimeScale::MaxTime);
    CHECK(TimeScale::toTime(QDate()) == TimeScale::MinTime);
    CHECK(TimeScale::toTime(QDateTime()) == TimeScale::MinTime);
    // Another zone's wall clock is the same instant.
    const QDateTime tokyo(QDate(2019, 1, 1), QTime(9, 0), QTimeZone::fromSecondsAheadOfUtc(9 * 3600));
    CHECK(TimeScale::toTime(tokyo) == at(2019));
}

TEST_CASE("x and time map the window onto the width", "[timeline]")
{
    const TimeScale scale = window(at(2000), at(2020), 1000);
    CHECK(scale.width() == 1000);
    CHECK(scale.x(at(2000)) == 0);
    CHECK(scale.x(at(2020)) == Approx(1000));
    CHECK(scale.secondsPerPixel() == Approx(double(at(2020) - at(2000)) / 1000));
    CHECK(scale.contains(at(2000)));
    CHECK_FALSE(scale.contains(at(2020)));
    CHECK_FALSE(scale.contains(at(2000) - 1));
    CHECK(scale.x(at(1990)) < 0);
    CHECK(scale.x(at(2030)) > 1000);

    const qint64 t = GENERATE(at(2000), at(2004, 2, 29, 13) + 59, at(2019, 12, 31, 23));
    CHECK(scale.timeAt(scale.x(t)) == Approx(double(t)).margin(1e-3));
    CHECK(std::abs(scale.time(scale.x(t) + 1e-6) - t) <= 1);
    CHECK(scale.time(500) == qint64(std::floor(scale.timeAt(500))));
}

TEST_CASE("zooming keeps the time under the anchor", "[timeline]")
{
    const TimeScale scale = window(at(1900), at(2000), 1000);
    const double factor = GENERATE(2.0, 0.5, 1.1, 10.0, 1.0 / 3, 1000.0);
    const double anchor = GENERATE(0.0, 123.4, 500.0, 1000.0);
    const TimeScale zoomed = scale.zoomed(factor, anchor);
    CHECK(zoomed.span() == Approx(scale.span() / factor));
    CHECK(zoomed.timeAt(anchor) == Approx(scale.timeAt(anchor)).margin(1e-3));
    CHECK(zoomed.width() == scale.width());
    // And back again.
    const TimeScale back = zoomed.zoomed(1 / factor, anchor);
    CHECK(back.start() == Approx(scale.start()).margin(1e-3));
    CHECK(back.span() == Approx(scale.span()));
}

TEST_CASE("zooming stops at an hour and at two thousand years", "[timeline]")
{
    const TimeScale scale = window(at(1900), at(2000), 1000);
    const TimeScale in = scale.zoomed(1e12, 250);
    CHECK(in.span() == TimeScale::MinSpan);
    CHECK(in.timeAt(250) == Approx(scale.timeAt(250)).margin(1e-3));

    const TimeScale out = scale.zoomed(1e-12, 250);
    CHECK(out.span() == TimeScale::MaxSpan);
    CHECK(out.start() >= double(TimeScale::MinTime));
    CHECK(out.end() <= double(TimeScale::MaxTime));

    // Near year 1 the window stays inside the calendar.
    const TimeScale early = window(at(1, 1, 1), at(50), 800).zoomed(0.01, 0);
    CHECK(early.start() == double(TimeScale::MinTime));
    CHECK(early.span() == TimeScale::MaxSpan);
    const TimeScale late = window(at(9990), TimeScale::MaxTime, 800).zoomed(0.001, 800);
    CHECK(late.end() == Approx(double(TimeScale::MaxTime)));
    CHECK(late.end() <= double(TimeScale::MaxTime));
}

TEST_CASE("zoom factors that are not finite and positive change nothing", "[timeline]")
{
    const TimeScale scale = window(at(1900), at(2000), 1000);
    const double factor =
        GENERATE(0.0, -2.0, std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity());
    CHECK(scale.zoomed(factor, 100) == scale);
    // A NaN anchor zooms about the middle.
    const TimeScale middle = scale.zoomed(2, std::numeric_limits<double>::quiet_NaN());
    CHECK(middle.timeAt(500) == Approx(scale.timeAt(500)));
}

TEST_CASE("panning drags the content and stops at the calendar's ends", "[timeline]")
{
    const TimeScale scale = window(at(1900), at(2000), 1000);
    const double dx = GENERATE(-300.0, -1.5, 0.25, 40.0, 999.0);
    const TimeScale panned = scale.panned(dx);
    CHECK(panned.span() == scale.span());
    CHECK(panned.timeAt(200 + dx) == Approx(scale.timeAt(200)).margin(1e-3));

    CHECK(scale.panned(1e12).start() == double(TimeScale::MinTime));
    CHECK(scale.panned(-1e12).end() == Approx(double(TimeScale::MaxTime)));
    CHECK(scale.panned(std::numeric_limits<double>::quiet_NaN()) == scale);
    CHECK(scale.panned(0) == scale);
}

TEST_CASE("fitting shows a range inside margins", "[timeline]")
{
    const TimeScale scale = window(at(1900), at(2000), 1000);
    const TimeScale fitted = scale.fitted(at(2000), at(2010), 20);
    CHECK(fitted.width() == 1000);
    CHECK(fitted.x(at(2000)) == Approx(20));
    CHECK(fitted.x(at(2010)) == Approx(980));

    // Days are inclusive: the whole of 2019.
    const TimeScale year = scale.fitted(QDate(2019, 1, 1), QDate(2019, 12, 31));
    CHECK(year.start() == double(at(2019)));
    CHECK(year.end() == Approx(double(at(2020))));
    CHECK(
        scale.fitted(QDate(2019, 12, 31), QDate(2019, 1, 1)) == scale.fitted(QDate(2019, 12, 31), QDate(2019, 12, 31)));
    CHECK(scale.fitted(at(2010), at(2000), 20) == fitted);

    // A single moment is centred in the narrowest window.
    const TimeScale moment = scale.fitted(at(2019), at(2019), 20);
    CHECK(moment.span() == TimeScale::MinSpan);
    CHECK(moment.timeAt(500) == Approx(double(at(2019))));

    // All of the calendar shows its middle, two thousand years wide.
    const TimeScale everything = scale.fitted(TimeScale::MinTime, TimeScale::MaxTime, 10);
    CHECK(everything.span() == TimeScale::MaxSpan);
    CHECK(everything.timeAt(500) == Approx((double(TimeScale::MinTime) + double(TimeScale::MaxTime)) / 2));

    // Margins wider than the widget leave a pixel for the range.
    const TimeScale squeezed = window(at(1900), at(2000), 30).fitted(at(2000), at(2010), 100);
    CHECK(isFinite(squeezed));
    CHECK(squeezed.span() == Approx(double(at(2010) - at(2000)) * 30));
    CHECK(scale.fitted(QDate(), QDate(2000, 1, 1)) == scale);
}

TEST_CASE("degenerate widths and windows stay finite", "[timeline]")
{
    const qint64 from = GENERATE(at(1850), at(2000), TimeScale::MinTime);
    const double span = GENERATE(0.0, 1.0, 86400.0, 1e15, -86400.0);
    const int width = GENERATE(0, -5, 1, 1920);
    const TimeScale scale(double(from), double(from) + span, width);
    CHECK(scale.width() >= 0);
    CHECK(isFinite(scale));
    CHECK(scale.span() >= TimeScale::MinSpan);
    CHECK(scale.span() <= TimeScale::MaxSpan);
    CHECK(scale.start() >= double(TimeScale::MinTime));
    CHECK(scale.end() <= double(TimeScale::MaxTime));
    CHECK(std::isfinite(scale.x(at(1900))));
    CHECK(std::isfinite(scale.timeAt(10)));
    CHECK(isFinite(scale.zoomed(3, 0)));
    CHECK(isFinite(scale.zoomed(1e300, 1e300)));
    CHECK(isFinite(scale.panned(17)));
    CHECK(isFinite(scale.fitted(at(2000), at(2001), 50)));
    CHECK(isFinite(scale.fitted(at(2000), at(2000), 0)));
    CHECK(scale.time(std::numeric_limits<double>::infinity()) == qint64(std::floor(scale.start())));
    CHECK(scale.time(1e300) == TimeScale::MaxTime);
    CHECK(scale.time(-1e300) == TimeScale::MinTime);
}

TEST_CASE("windows of NaN or infinite bounds fall back to finite ones", "[timeline]")
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    CHECK(isFinite(TimeScale(nan, 0, 100)));
    CHECK(isFinite(TimeScale(0, inf, 100)));
    const TimeScale huge(-1e300, 1e300, 100);
    CHECK(huge.span() == TimeScale::MaxSpan);
    CHECK(huge.start() == double(TimeScale::MinTime));
    const TimeScale reversed = window(at(2000), at(1990), 100);
    CHECK(reversed == window(at(1990), at(2000), 100));
}

TEST_CASE("scales are values", "[timeline]")
{
    const TimeScale a = window(at(1990), at(2000), 640);
    CHECK(a == window(at(1990), at(2000), 640));
    CHECK_FALSE(a == window(at(1990), at(2000), 641));
    CHECK_FALSE(a == a.panned(1));
    const TimeScale wider = a.resized(1280);
    CHECK(wider.width() == 1280);
    CHECK(wider.start() == a.start());
    CHECK(wider.span() == a.span());
    CHECK(wider.resized(640) == a);
    CHECK(TimeScale().span() > 0);
    CHECK(TimeScale().width() == 0);
}

TEST_CASE("date ranges become clamped pixel spans", "[timeline]")
{
    // Ten days over 1000 pixels: a day is 100 pixels.
    const TimeScale scale = window(at(2019, 1, 1), at(2019, 1, 11), 1000);
    CHECK(scale.pixelSpan(QDate(2019, 1, 2), QDate(2019, 1, 2)) == PixelSpan{100, 200, false, false});
    CHECK(scale.pixelSpan(QDate(2019, 1, 2), QDate(2019, 1, 4)) == PixelSpan{100, 400, false, false});
    CHECK(scale.pixelSpan(QDate(2019, 1, 5), QDate(2019, 1, 20)) == PixelSpan{400, 1000, false, true});
    CHECK(scale.pixelSpan(QDate(2018, 12, 1), QDate(2019, 1, 1)) == PixelSpan{0, 100, true, false});
    CHECK(scale.pixelSpan(QDate(2018, 1, 1), QDate(2019, 12, 31)) == PixelSpan{0, 1000, true, true});
    CHECK(scale.pixelSpan(QDate(2019, 1, 10), QDate(2019, 1, 10)).right == Approx(1000));
    CHECK(scale.pixelSpan(QDate(2018, 12, 1), QDate(2018, 12, 31)).isEmpty());
    CHECK(scale.pixelSpan(QDate(2019, 1, 11), QDate(2019, 1, 31)).isEmpty());
    CHECK(scale.pixelSpan(QDate(), QDate(2019, 1, 3)).isEmpty());
    // A last day before the first is read as the first day alone.
    CHECK(scale.pixelSpan(QDate(2019, 1, 3), QDate(2019, 1, 2)) == PixelSpan{200, 300, false, false});
    CHECK(scale.pixelSpan(at(2019, 1, 3), at(2019, 1, 3)).isEmpty());
    CHECK(scale.pixelSpan(QDate(2019, 1, 2), QDate(2019, 1, 2)).width() == Approx(100));
}

TEST_CASE("tick units: the finest whose labels fit", "[timeline][ticks]")
{
    const TimeTicks ticks(QLocale(QLocale::German, QLocale::Germany), charWidth);
    auto [span, unit] = GENERATE(table<double, TickUnit>({
        {3600.0, TickUnit::Hour},
        {86400.0, TickUnit::ThreeHours},
        {3 * 86400.0, TickUnit::SixHours},
        {31 * 86400.0, TickUnit::Day},
        {182 * 86400.0, TickUnit::Week},
        {Year, TickUnit::Month},
        {3 * Year, TickUnit::Quarter},
        {20 * Year, TickUnit::Year},
        {100 * Year, TickUnit::FiveYears},
        {200 * Year, TickUnit::Decade},
        {300 * Year, TickUnit::FiftyYears},
        {2000 * Year, TickUnit::Century},
    }));
    // Too narrow for centuries: every five hundred years, then every thousand.
    CHECK(ticks.unitFor(window(at(1), at(2001), 300)) == TickUnit::FiveCenturies);
    CHECK(ticks.unitFor(window(at(1), at(2001), 120)) == TickUnit::Millennium);
    CHECK(ticks.unitFor(window(at(1), at(2001), 1)) == TickUnit::Millennium);
    INFO(span / 86400 << " days");
    const TimeScale scale(double(at(1900)), double(at(1900)) + span, 1000);
    CHECK(ticks.unitFor(scale) == unit);
    CHECK(ticks.ticks(scale).unit == unit);
}

TEST_CASE("months carry the year on January", "[timeline][ticks]")
{
    const QLocale german(QLocale::German, QLocale::Germany);
    const TickSet set = timeTicks(window(at(2019), at(2020), 1000), german, charWidth);
    CHECK(set.unit == TickUnit::Month);
    CHECK(set.context == u"2019"_s);
    CHECK(labels(set)
        == QStringList{u"*2019"_s, u"Februar"_s, u"März"_s, u"April"_s, u"Mai"_s, u"Juni"_s, u"Juli"_s, u"August"_s,
            u"September"_s, u"Oktober"_s, u"November"_s, u"Dezember"_s, u"*2020"_s});
    for (const Tick &tick : set.ticks)
        CHECK(tick.x == window(at(2019), at(2020), 1000).x(tick.time));

    // Narrower: the short standalone names.
    const TickSet narrow = timeTicks(window(at(2019), at(2020), 700), german, charWidth);
    CHECK(narrow.unit == TickUnit::Month);
    CHECK(labels(narrow).mid(0, 4) == QStringList{u"*2019"_s, u"Feb"_s, u"Mär"_s, u"Apr"_s});
}

TEST_CASE("days carry month and year on the first", "[timeline][ticks]")
{
    const QLocale german(QLocale::German, QLocale::Germany);
    const TickSet set = timeTicks(window(at(2019, 1, 1), at(2019, 2, 1), 1000), german, charWidth);
    CHECK(set.unit == TickUnit::Day);
    CHECK(set.ticks.size() == 32);
    // "Januar 2019" is wider than a day: the days it covers go unlabelled.
    CHECK(labels(set).mid(0, 5) == QStringList{u"*Januar 2019"_s, QString(), QString(), u"4"_s, u"5"_s});
    CHECK(set.ticks.back().label == u"Februar 2019"_s);
    CHECK(set.ticks.back().major);

    const TickSet march = timeTicks(window(at(2019, 3, 15), at(2019, 4, 15), 1000), german, charWidth);
    CHECK(march.context == u"März 2019"_s);
    CHECK(march.ticks.front().label == u"15"_s);
}

TEST_CASE("hours carry the date at midnight", "[timeline][ticks]")
{
    const QLocale german(QLocale::German, QLocale::Germany);
    const TickSet set = timeTicks(window(at(2019, 1, 7), at(2019, 1, 8), 1000), german, charWidth);
    CHECK(set.unit == TickUnit::ThreeHours);
    CHECK(set.context == u"7. Januar 2019"_s);
    CHECK(labels(set)
        == QStringList{u"*7. Januar 2019"_s, u"03:00"_s, u"06:00"_s, u"09:00"_s, u"12:00"_s, u"15:00"_s, u"18:00"_s,
            u"21:00"_s, u"*8. Januar 2019"_s});

    const QLocale american(QLocale::English, QLocale::UnitedStates);
    const TickSet us = timeTicks(window(at(2019, 1, 7), at(2019, 1, 8), 1000), american, charWidth);
    CHECK(us.unit == TickUnit::ThreeHours);
    CHECK(us.ticks.front().label == u"January 7, 2019"_s);
    CHECK(us.ticks[1].label.startsWith(u"3:00"_s));
}

TEST_CASE("context labels follow the locale's date formats", "[timeline][ticks]")
{
    auto [language, country, day, month] = GENERATE(table<QLocale::Language, QLocale::Country, QString, QString>({
        {QLocale::English, QLocale::UnitedStates, u"January 7, 2019"_s, u"January 2019"_s},
        {QLocale::French, QLocale::France, u"7 janvier 2019"_s, u"janvier 2019"_s},
        // Standalone month names: the nominative, not the genitive of a date.
        {QLocale::Russian, QLocale::Russia, u"7 января 2019\u202Fг."_s, u"январь 2019"_s},
        {QLocale::Japanese, QLocale::Japan, u"2019年1月7日"_s, u"2019 1月"_s},
    }));
    const QLocale locale(language, country);
    INFO(locale.name().toStdString());
    const TickSet hours = timeTicks(window(at(2019, 1, 7), at(2019, 1, 8), 1000), locale, charWidth);
    CHECK(hours.context == day);
    CHECK(hours.ticks.front().label == day);
    const TickSet days = timeTicks(window(at(2019, 1, 1), at(2019, 2, 1), 1000), locale, charWidth);
    CHECK(days.context == month);
    CHECK(days.ticks.front().label == month);
}

TEST_CASE("quarters and years", "[timeline][ticks]")
{
    const QLocale german(QLocale::German, QLocale::Germany);
    const TickSet quarters = timeTicks(window(at(2018, 5, 1), at(2021, 5, 1), 1000), german, charWidth);
    CHECK(quarters.unit == TickUnit::Quarter);
    CHECK(labels(quarters).mid(0, 5) == QStringList{u"Q3"_s, u"Q4"_s, u"*2019"_s, u"Q2"_s, u"Q3"_s});
    CHECK(tickDates(quarters).front() == QDate(2018, 7, 1));

    // Years are written without a group separator.
    const TickSet years = timeTicks(window(at(1845), at(1865), 1000), german, charWidth);
    CHECK(years.unit == TickUnit::Year);
    CHECK(years.context.isEmpty());
    CHECK(labels(years).mid(0, 6) == QStringList{u"1845"_s, u"1846"_s, u"1847"_s, u"1848"_s, u"1849"_s, u"*1850"_s});
}

TEST_CASE("weeks start on the locale's first day of the week", "[timeline][ticks]")
{
    auto [language, country, weekStart] = GENERATE(table<QLocale::Language, QLocale::Country, int>({
        {QLocale::German, QLocale::Germany, Qt::Monday},
        {QLocale::English, QLocale::UnitedStates, Qt::Sunday},
    }));
    const qint64 from = GENERATE(at(1853, 10, 4), at(2020, 1, 1), at(1, 3, 1));
    const TickSet set = timeTicks(window(from, from + 182 * 86400, 1000), QLocale(language, country), charWidth);
    REQUIRE(set.unit == TickUnit::Week);
    int weeks = 0;
    for (const Tick &tick : set.ticks) {
        const QDate date = TimeScale::dateOf(tick.time);
        CHECK(tick.time % 86400 == 0);
        if (tick.major) {
            CHECK(date.day() == 1);
            continue;
        }
        CHECK(date.dayOfWeek() == weekStart);
        ++weeks;
    }
    CHECK(weeks >= 20);
}

TEST_CASE("day ticks know leap years", "[timeline][ticks]")
{
    const QLocale german(QLocale::German, QLocale::Germany);
    auto [year, lastOfFebruary] = GENERATE(table<int, int>({{2020, 29}, {1900, 28}, {2000, 29}, {1852, 29}, {4, 29}}));
    const TickSet set = timeTicks(window(at(year, 2, 20), at(year, 3, 5), 1000), german, charWidth);
    REQUIRE(set.unit == TickUnit::Day);
    const QList<QDate> dates = tickDates(set);
    const auto march = std::find(dates.cbegin(), dates.cend(), QDate(year, 3, 1));
    REQUIRE(march != dates.cend());
    CHECK(*(march - 1) == QDate(year, 2, lastOfFebruary));
    CHECK(set.ticks[size_t(march - dates.cbegin())].major);
    CHECK(set.ticks[size_t(march - dates.cbegin())].label == u"März "_s + QString::number(year));
}

TEST_CASE("ticks around year 1 and year 9999", "[timeline][ticks]")
{
    const QLocale german(QLocale::German, QLocale::Germany);
    const TickSet first = timeTicks(window(TimeScale::MinTime, at(2), 1000), german, charWidth);
    CHECK(first.unit == TickUnit::Month);
    CHECK(first.ticks.front().time == TimeScale::MinTime);
    CHECK(first.ticks.front().label == u"1"_s);
    CHECK(first.ticks.back().label == u"2"_s);

    const TickSet decades = timeTicks(window(TimeScale::MinTime, at(200), 1000), german, charWidth);
    CHECK(decades.unit == TickUnit::Decade);
    CHECK(tickDates(decades).front() == QDate(10, 1, 1));
    CHECK(labels(decades).mid(9, 2) == QStringList{u"*100"_s, u"110"_s});

    const TickSet last = timeTicks(window(at(9999), TimeScale::MaxTime, 1000), german, charWidth);
    CHECK(last.unit == TickUnit::Month);
    CHECK(last.ticks.size() == 12);
    CHECK(last.ticks.back().label == u"Dezember"_s);
}

TEST_CASE("ticks on every zoom level: on boundaries, in order, labels apart", "[timeline][ticks]")
{
    const QLocale locale =
        GENERATE(QLocale(QLocale::German, QLocale::Germany), QLocale(QLocale::English, QLocale::UnitedStates),
            QLocale(QLocale::Russian, QLocale::Russia), QLocale(QLocale::Japanese, QLocale::Japan));
    const int width = GENERATE(1920, 640, 120, 1);
    const qint64 from = GENERATE(TimeScale::MinTime, at(1853, 6, 17, 5) + 17, at(1969, 12, 31, 22), at(9990));
    const int spacing = 8;
    const TimeTicks ticker(locale, charWidth, spacing);
    INFO(locale.name().toStdString() << " width " << width << " from " << from);
    TimeScale scale = window(from, from + 3600, width);
    for (int step = 0; step < 60; ++step, scale = scale.zoomed(0.75, 0)) {
        INFO("span " << scale.span() / 86400 << " days");
        const TickSet set = ticker.ticks(scale);
        const TickUnit unit = set.unit;
        CHECK(set.ticks.size() <= size_t(width / spacing + 4));
        double previousEnd = -1;
        qint64 previousTime = std::numeric_limits<qint64>::min();
        for (const Tick &tick : set.ticks) {
            CHECK(tick.time > previousTime);
            previousTime = tick.time;
            CHECK(tick.x == scale.x(tick.time));
            CHECK(tick.x >= 0);
            CHECK(tick.x <= width + 1e-6);
            const QDateTime when = TimeScale::dateTimeOf(tick.time);
            CHECK(when.time().minute() == 0);
            CHECK(when.time().second() == 0);
            if (unit == TickUnit::ThreeHours || unit == TickUnit::SixHours)
                CHECK(when.time().hour() % (unit == TickUnit::ThreeHours ? 3 : 6) == 0);
            if (unit >= TickUnit::Day || tick.major)
                CHECK(when.time().hour() == 0);
            if (unit >= TickUnit::Month)
                CHECK(when.date().day() == 1);
            if (unit == TickUnit::Quarter)
                CHECK((when.date().month() - 1) % 3 == 0);
            if (unit >= TickUnit::Year)
                CHECK(when.date().month() == 1);
            if (tick.label.isEmpty())
                continue;
            CHECK(tick.x >= previousEnd);
            previousEnd = tick.x + charWidth(tick.label) + spacing;
        }
    }
}

TEST_CASE("ticks for a widget without width", "[timeline][ticks]")
{
    const TickSet set = timeTicks(window(at(2000), at(2001), 0), QLocale(), charWidth);
    CHECK(set.ticks.empty());
    // Labels of no width still leave room between ticks.
    const TickSet unmeasured =
        timeTicks(window(at(2000), at(2001), 1000), QLocale(), [](const QString &) { return 0; });
    CHECK(unmeasured.ticks.size() <= 1000 / 8 + 4);
}

TEST_CASE("bins are half-open and add up", "[timeline][bins]")
{
    // An hour over 36 pixels: 100 seconds a column.
    const TimeScale scale = window(0, 3600, 36);
    const std::vector<qint64> times = {-1, 0, 99, 100, 100, 3599, 3600, 5000};
    const ColumnBins bins(times, scale);
    CHECK(bins.binCount() == 36);
    CHECK(bins.before() == 1);
    CHECK(bins.count(0) == 2);
    CHECK(bins.count(1) == 2);
    CHECK(bins.count(35) == 1);
    CHECK(bins.after() == 2);
    CHECK(bins.inView() == 5);
    CHECK(bins.total() == 8);
    CHECK(bins.maxCount() == 2);
    CHECK(bins.firstEvent(1) == 3);
    CHECK(bins.binStart(1) == 100);
    CHECK(bins.binStart(36) == 3600);
    CHECK(bins.binAt(99) == 0);
    CHECK(bins.binAt(100) == 1);
    CHECK(bins.binAt(3600) == -1);
    CHECK(bins.binAt(-1) == -1);
    CHECK(bins.binAtX(1.5) == 1);
    CHECK(bins.binAtX(36) == -1);
    CHECK(bins.binAtX(-0.5) == -1);
    CHECK(bins.count(-1) == 0);
    CHECK(bins.count(36) == 0);

    // A window starting between two seconds: the second it cuts is out of view.
    const ColumnBins shifted(times, TimeScale(0.5, 3600.5, 36));
    CHECK(shifted.before() == 2);
    CHECK(shifted.inView() == 5);
    CHECK(shifted.after() == 1);
}

TEST_CASE("bins of several pixels; the last one is cut at the width", "[timeline][bins]")
{
    const TimeScale scale = window(0, 3700, 37);
    std::vector<qint64> times(3700);
    std::iota(times.begin(), times.end(), 0);
    const ColumnBins bins(times, scale, 4);
    CHECK(bins.binCount() == 10);
    CHECK(bins.pixelsPerBin() == 4);
    CHECK(bins.count(0) == 400);
    CHECK(bins.count(9) == 100);
    CHECK(bins.binRight(9) == 37);
    CHECK(bins.binLeft(9) == 36);
    CHECK(bins.binAtX(36.5) == 9);
    CHECK(bins.inView() == 3700);

    CHECK(ColumnBins({}, scale).inView() == 0);
    CHECK(ColumnBins({}, scale).binCount() == 37);
    CHECK(ColumnBins().binCount() == 0);
    CHECK(ColumnBins().binAt(0) == -1);
    const ColumnBins none(times, window(0, 3600, 0));
    CHECK(none.binCount() == 1);
    CHECK(none.count(0) == 3600);
}

TEST_CASE("bins of millions of events agree with counting them one by one", "[timeline][bins]")
{
    std::mt19937_64 random(20260101);
    std::uniform_int_distribution<qint64> when(at(1850), at(2030));
    std::vector<qint64> times(2'000'000);
    for (qint64 &t : times)
        t = when(random);
    // Dates: many events share a midnight.
    for (size_t i = 0; i < times.size(); i += 3)
        times[i] -= ((times[i] % 86400) + 86400) % 86400;
    std::sort(times.begin(), times.end());

    const int pixelsPerBin = GENERATE(1, 3);
    TimeScale scale = window(at(1850), at(2030), 1920);
    for (int level = 0; level < 12; ++level, scale = scale.zoomed(2.7, 1920 * 0.37).panned(3.3)) {
        INFO("level " << level << " span " << scale.span() / 86400 << " days");
        const ColumnBins bins(times, scale, pixelsPerBin);
        REQUIRE(bins.binCount() == (1920 + pixelsPerBin - 1) / pixelsPerBin);
        // Boundaries are the first whole second at or after each bin's left edge.
        for (int i = 0; i < bins.binCount(); ++i) {
            const double edge = scale.timeAt(double(i) * pixelsPerBin);
            CHECK(double(bins.binStart(i)) >= edge);
            CHECK(double(bins.binStart(i)) - 1 < edge);
        }
        // One pass over every event, independent of the searches.
        std::vector<qsizetype> counts(size_t(bins.binCount()), 0);
        qsizetype before = 0;
        qsizetype after = 0;
        qsizetype inView = 0;
        int bin = 0;
        for (const qint64 t : times) {
            if (t < bins.binStart(0)) {
                ++before;
                continue;
            }
            if (t >= bins.binStart(bins.binCount())) {
                ++after;
                continue;
            }
            while (t >= bins.binStart(bin + 1))
                ++bin;
            ++counts[size_t(bin)];
            inView += scale.contains(t) ? 1 : 0;
        }
        CHECK(bins.counts() == counts);
        CHECK(bins.before() == before);
        CHECK(bins.after() == after);
        CHECK(bins.inView() == inView);
        CHECK(bins.before() + bins.inView() + bins.after() == qsizetype(times.size()));
        CHECK(std::accumulate(counts.begin(), counts.end(), qsizetype(0)) == bins.inView());
        CHECK(std::count_if(times.begin(), times.end(), [&](qint64 t) { return scale.contains(t); }) == bins.inView());
    }
}

TEST_CASE("clusters group neighbouring columns under one label", "[timeline][bins]")
{
    // 100 seconds a column; events in columns 0, 1, 2, 10, 11, 30 and 40 to 59.
    const TimeScale scale = window(0, 6400, 64);
    std::vector<qint64> times;
    for (const int column : {0, 1, 1, 2, 10, 11, 30})
        times.push_back(column * 100 + 50);
    for (int column = 40; column < 60; ++column)
        times.push_back(column * 100);
    const ColumnBins bins(times, scale);

    const std::vector<EventCluster> clusters = bins.clusters(5);
    REQUIRE(clusters.size() == 7);
    CHECK(clusters[0] == EventCluster{0, 2, 0, 4, 0, 300, 0, 3});
    CHECK(clusters[1] == EventCluster{10, 11, 4, 2, 1000, 1200, 10, 12});
    CHECK(clusters[2] == EventCluster{30, 30, 6, 1, 3000, 3100, 30, 31});
    for (int i = 3; i < 7; ++i) {
        CHECK(clusters[size_t(i)].firstBin == 40 + (i - 3) * 5);
        CHECK(clusters[size_t(i)].count == 5);
    }
    qsizetype sum = 0;
    double slotEnd = -1;
    for (const EventCluster &cluster : clusters) {
        CHECK(cluster.left >= slotEnd);
        slotEnd = cluster.left + 5;
        sum += cluster.count;
    }
    CHECK(sum == bins.inView());

    // A width of a column or less: every non-empty column alone.
    CHECK(bins.clusters(1).size() == 6 + 20);
    CHECK(bins.clusters(0).size() == 6 + 20);
    CHECK(bins.clusters(std::numeric_limits<double>::quiet_NaN()).size() == 6 + 20);
    // Wide enough for everything.
    const std::vector<EventCluster> one = bins.clusters(1000);
    REQUIRE(one.size() == 1);
    CHECK(one.front().count == qsizetype(times.size()));
    CHECK(one.front().lastBin == 59);
    CHECK(ColumnBins().clusters(10).empty());
}
