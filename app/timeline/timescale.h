// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include <QDate>
#include <QDateTime>
#include <QtGlobal>

namespace Chronoscope {

/**
 * The part of a widget's width that a time range covers, clamped to the widget.
 * Empty when the range lies wholly outside the visible window.
 */
struct PixelSpan {
    double left = 0;
    double right = 0;
    bool clippedLeft = false; ///< the range starts before the window
    bool clippedRight = false; ///< the range ends after the window

    [[nodiscard]] bool isEmpty() const { return right <= left; }
    [[nodiscard]] double width() const { return right - left; }

    friend bool operator==(const PixelSpan &, const PixelSpan &) = default;
};

/**
 * The timeline's coordinates: a visible window of time laid over a width in
 * pixels. One value shared by painting, hit-testing, tooltips and tests; every
 * change returns a new scale.
 *
 * Times are qint64 seconds since 1970-01-01T00:00Z. Events are dates, read in
 * UTC: a day starts at a multiple of 86400 seconds, so calendar boundaries are
 * exact integers, and years 1 to 9999 (±6.3e10 s) fit with room to spare.
 * The window itself is kept in doubles: a smooth zoom about the cursor needs a
 * start between two seconds, and a double holds these magnitudes to some tens
 * of microseconds — far below the one hour that is the narrowest window.
 *
 * The window never leaves [MinTime, MaxTime) and spans from MinSpan (an hour)
 * to MaxSpan (two thousand years). A width of 0 pixels is computed as 1 pixel,
 * so no method divides by zero or returns NaN.
 */
class TimeScale
{
public:
    /** 0001-01-01T00:00Z, the earliest time a window shows. */
    static constexpr qint64 MinTime = -62135596800;
    /** 10000-01-01T00:00Z, the end (exclusive) of the latest window. */
    static constexpr qint64 MaxTime = 253402300800;
    /** The narrowest window: one hour across the width. */
    static constexpr double MinSpan = 3600.0;
    /** The widest window: two thousand Gregorian years across the width. */
    static constexpr double MaxSpan = 2000 * 365.2425 * 86400.0;
    static constexpr qint64 SecondsPerDay = 86400;

    /** The years 1900 to 2030 over zero pixels: a placeholder until the widget has a size. */
    TimeScale();
    /** The window [@p start, @p end) in seconds over @p width pixels, clamped to the limits. */
    TimeScale(double start, double end, int width);

    /**
     * Midnight UTC starting @p date. Dates before year 1 give MinTime, dates
     * after 9999 give MaxTime, an invalid date gives MinTime.
     */
    static qint64 toTime(QDate date);
    /** @p dateTime in seconds since the epoch, clamped like toTime(QDate). */
    static qint64 toTime(const QDateTime &dateTime);
    /** The UTC day that contains @p time. */
    static QDate dateOf(qint64 time);
    /** @p time as a QDateTime in UTC. */
    static QDateTime dateTimeOf(qint64 time);

    [[nodiscard]] int width() const { return m_width; }
    /** The first visible time, in (fractional) seconds. */
    [[nodiscard]] double start() const { return m_start; }
    /** The end of the visible window (exclusive), in seconds. */
    [[nodiscard]] double end() const { return m_start + m_span; }
    [[nodiscard]] double span() const { return m_span; }
    [[nodiscard]] double secondsPerPixel() const;
    /** Whether @p time lies in the half-open window [start(), end()). */
    [[nodiscard]] bool contains(qint64 time) const;

    /** The x coordinate of @p time; outside [0, width] for times out of the window. */
    [[nodiscard]] double x(qint64 time) const;
    /** The time under @p x, rounded down to the second and clamped to [MinTime, MaxTime]. */
    [[nodiscard]] qint64 time(double x) const;
    /** The time under @p x, in fractional seconds. */
    [[nodiscard]] double timeAt(double x) const;

    /**
     * The pixels covered by the half-open range [@p from, @p to) (seconds),
     * clamped to [0, width].
     */
    [[nodiscard]] PixelSpan pixelSpan(qint64 from, qint64 to) const;
    /**
     * The pixels covered by the days @p first to @p last inclusive: from
     * midnight starting @p first to midnight ending @p last. This is the bar of
     * an event known to a month, a year or a range of days.
     */
    [[nodiscard]] PixelSpan pixelSpan(QDate first, QDate last) const;

    /** The same window over @p width pixels. */
    [[nodiscard]] TimeScale resized(int width) const;
    /**
     * Zoomed in by @p factor (> 1 narrows the window, < 1 widens it) about
     * @p anchorX: the time under the anchor stays under it unless a limit is
     * reached. Factors that are not finite and positive change nothing.
     */
    [[nodiscard]] TimeScale zoomed(double factor, double anchorX) const;
    /**
     * Moved as if the content were dragged @p dx pixels to the right: the time
     * at x is afterwards at x + dx. A positive @p dx shows earlier times.
     */
    [[nodiscard]] TimeScale panned(double dx) const;
    /**
     * The window that shows [@p from, @p to) (seconds) with @p margin pixels
     * left free on either side. A range narrower than MinSpan is centred; one
     * wider than MaxSpan shows its middle.
     */
    [[nodiscard]] TimeScale fitted(qint64 from, qint64 to, double margin = 0) const;
    /** fitted() for the days @p first to @p last inclusive. */
    [[nodiscard]] TimeScale fitted(QDate first, QDate last, double margin = 0) const;

    friend bool operator==(const TimeScale &, const TimeScale &) = default;

private:
    /** The width used for arithmetic: never zero. */
    [[nodiscard]] double pixels() const { return m_width > 0 ? double(m_width) : 1.0; }
    /** A scale over m_width with @p span clamped to the zoom limits and the window moved into range. */
    [[nodiscard]] TimeScale clampedWindow(double start, double span) const;

    double m_start = 0;
    double m_span = 0;
    int m_width = 0;
};

} // namespace Chronoscope
