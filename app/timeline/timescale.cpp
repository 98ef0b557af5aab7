// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "timescale.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <utility>

namespace Chronoscope {

namespace {

// The Julian day number of 1970-01-01.
constexpr qint64 EpochJulianDay = 2440588;

// Division rounding towards negative infinity: times before 1970 are negative.
constexpr qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

} // namespace

TimeScale::TimeScale()
    : m_start(double(toTime(QDate(1900, 1, 1))))
    , m_span(double(toTime(QDate(2030, 1, 1)) - toTime(QDate(1900, 1, 1))))
{ }

TimeScale::TimeScale(double start, double end, int width)
    : m_width(std::max(width, 0))
{
    if (!std::isfinite(start) || !std::isfinite(end))
        start = end = 0;
    if (end < start)
        std::swap(start, end);
    *this = clampedWindow(start, end - start);
}

qint64 TimeScale::toTime(QDate date)
{
    if (!date.isValid())
        return MinTime;
    const qint64 time = (date.toJulianDay() - EpochJulianDay) * SecondsPerDay;
    return std::clamp(time, MinTime, MaxTime);
}

qint64 TimeScale::toTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return MinTime;
    return std::clamp(dateTime.toSecsSinceEpoch(), MinTime, MaxTime);
}

QDate TimeScale::dateOf(qint64 time)
{
    return QDate::fromJulianDay(floorDiv(time, SecondsPerDay) + EpochJulianDay);
}

QDateTime TimeScale::dateTimeOf(qint64 time)
{
    return QDateTime::fromSecsSinceEpoch(time, QTimeZone::UTC);
}

double TimeScale::secondsPerPixel() const
{
    return m_span / pixels();
}

bool TimeScale::contains(qint64 time) const
{
    const double t = double(time);
    return t >= m_start && t < end();
}

double TimeScale::x(qint64 time) const
{
    return (double(time) - m_start) * (pixels() / m_span);
}

double TimeScale::timeAt(double x) const
{
    if (!std::isfinite(x))
        return m_start;
    return m_start + x * secondsPerPixel();
}

qint64 TimeScale::time(double x) const
{
    const double t = std::floor(timeAt(x));
    return qint64(std::clamp(t, double(MinTime), double(MaxTime)));
}

PixelSpan TimeScale::pixelSpan(qint64 from, qint64 to) const
{
    if (to <= from)
        return {};
    const double w = double(m_width);
    const double left = x(from);
    const double right = x(to);
    PixelSpan span;
    span.clippedLeft = left < 0;
    span.clippedRight = right > w;
    span.left = std::clamp(left, 0.0, w);
    span.right = std::clamp(right, 0.0, w);
    return span;
}

PixelSpan TimeScale::pixelSpan(QDate first, QDate last) const
{
    if (!first.isValid())
        return {};
    if (!last.isValid() || last < first)
        last = first;
    return pixelSpan(toTime(first), toTime(last.addDays(1)));
}

TimeScale TimeScale::resized(int width) const
{
    TimeScale scale = *this;
    scale.m_width = std::max(width, 0);
    return scale;
}

TimeScale TimeScale::zoomed(double factor, double anchorX) const
{
    if (!std::isfinite(factor) || factor <= 0)
        return *this;
    if (!std::isfinite(anchorX))
        anchorX = m_width / 2.0;
    const double anchorTime = timeAt(anchorX);
    const double span = std::clamp(m_span / factor, MinSpan, MaxSpan);
    return clampedWindow(anchorTime - anchorX * (span / pixels()), span);
}

TimeScale TimeScale::panned(double dx) const
{
    if (!std::isfinite(dx))
        return *this;
    return clampedWindow(m_start - dx * secondsPerPixel(), m_span);
}

TimeScale TimeScale::fitted(qint64 from, qint64 to, double margin) const
{
    if (to < from)
        std::swap(from, to);
    const double w = pixels();
    // At least one pixel stays for the range itself.
    margin = std::isfinite(margin) ? std::clamp(margin, 0.0, (w - 1) / 2) : 0.0;
    const double perPixel = double(to - from) / (w - 2 * margin);
    const double span = perPixel * w;
    if (span < MinSpan || span > MaxSpan) {
        const double clamped = std::clamp(span, MinSpan, MaxSpan);
        const double middle = (double(from) + double(to)) / 2;
        return clampedWindow(middle - clamped / 2, clamped);
    }
    return clampedWindow(double(from) - margin * perPixel, span);
}

TimeScale TimeScale::fitted(QDate first, QDate last, double margin) const
{
    if (!first.isValid())
        return *this;
    if (!last.isValid() || last < first)
        last = first;
    return fitted(toTime(first), toTime(last.addDays(1)), margin);
}

TimeScale TimeScale::clampedWindow(double start, double span) const
{
    TimeScale scale = *this;
    if (std::isnan(span))
        span = m_span;
    if (!std::isfinite(start))
        start = m_start;
    scale.m_span = std::clamp(span, MinSpan, MaxSpan);
    scale.m_start = std::clamp(start, double(MinTime), double(MaxTime) - scale.m_span);
    return scale;
}

} // namespace Chronoscope
