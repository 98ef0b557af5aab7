// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "timeline/timescale.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

#include <array>
#include <functional>
#include <vector>

namespace Chronoscope {

/** A mark on the time axis. */
struct Tick {
    qint64 time = 0; ///< a calendar boundary, seconds since the epoch (UTC)
    double x = 0; ///< where the tick is, TimeScale::x(time)
    bool major = false; ///< starts a period of the context unit (a year when showing months)
    /**
     * The name of the period that starts here, drawn from x to the right; empty
     * when it would run into another label (the tick itself stays).
     */
    QString label;

    friend bool operator==(const Tick &, const Tick &) = default;
};

/** The step between minor ticks, finest first. */
enum class TickUnit : quint8 {
    Hour,
    ThreeHours,
    SixHours,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    FiveYears,
    Decade,
    FiftyYears,
    Century,
    FiveCenturies,
    Millennium,
};

/** The ticks for one frame. */
struct TickSet {
    TickUnit unit = TickUnit::Millennium;
    std::vector<Tick> ticks; ///< minor and major, ordered by time, all within [0, width]
    /**
     * The label of the major period the window starts in ("Januar 2019" when
     * showing days), for a widget to pin at the left edge; empty for years.
     */
    QString context;
};

/**
 * Calendar ticks for a TimeScale: picks the finest unit whose labels fit
 * between its ticks, then lists the ticks in view, on real boundaries in UTC
 * (midnight, month starts, 1 January, weeks starting on the locale's first day
 * of the week), labelled in the locale's words.
 *
 * Labels name the period that starts at their tick and are drawn from the tick
 * to the right. Major labels carry the context the minor ones lack ("2019" then
 * "Feb", "März"…; "Januar 2019" then "2", "3"…). Minor labels that would touch
 * a major label or the previous label are left empty, so no two labels overlap.
 *
 * Producing a frame's ticks visits only the ticks in view; the locale's names
 * and their widths are looked up once and kept, so one object should live as
 * long as its locale and font. Not thread-safe.
 */
class TimeTicks
{
    Q_DECLARE_TR_FUNCTIONS(TimeTicks)

public:
    /** The width in pixels of a label as painted (QFontMetrics::horizontalAdvance). */
    using LabelWidth = std::function<int(const QString &)>;

    /** @p spacing: the free pixels required after every label. */
    TimeTicks(const QLocale &locale, LabelWidth labelWidth, int spacing = 8);

    [[nodiscard]] TickSet ticks(const TimeScale &scale) const;
    /** The unit ticks() picks for @p scale. */
    [[nodiscard]] TickUnit unitFor(const TimeScale &scale) const;

private:
    // Units with the length of their names (months come long and short), finest first.
    static constexpr int LevelCount = 15;

    [[nodiscard]] int pickLevel(const TimeScale &scale) const;
    [[nodiscard]] int widestMinorLabel(int level) const;
    [[nodiscard]] QString minorLabel(qint64 time, TickUnit unit, bool shortNames) const;
    [[nodiscard]] QString majorLabel(qint64 time, TickUnit unit) const;
    [[nodiscard]] QString yearLabel(int year) const;
    [[nodiscard]] int width(const QString &label) const;
    void prepareNames() const;

    QLocale m_locale;
    QLocale m_numbers; ///< m_locale without group separators: "1850", not "1.850"
    LabelWidth m_labelWidth;
    int m_spacing;

    mutable bool m_namesReady = false;
    mutable std::array<QString, 12> m_longMonths;
    mutable std::array<QString, 12> m_shortMonths;
    mutable std::array<QString, 31> m_days;
    mutable std::array<QString, 24> m_hours;
    mutable std::array<QString, 4> m_quarters;
    mutable QString m_dayFormat;
    mutable bool m_yearFirst = false;
    mutable std::array<int, LevelCount> m_widest{};
};

/** One frame's ticks without keeping a TimeTicks; widgets should keep one instead. */
TickSet timeTicks(const TimeScale &scale, const QLocale &locale, const TimeTicks::LabelWidth &labelWidth);

} // namespace Chronoscope
