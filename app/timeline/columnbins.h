// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "timeline/timescale.h"

#include <span>
#include <vector>

namespace Chronoscope {

/** Adjacent bins grouped under one label ("142 events"). */
struct EventCluster {
    int firstBin = 0;
    int lastBin = 0; ///< inclusive
    qsizetype firstEvent = 0; ///< index of the cluster's first event in the sorted times
    qsizetype count = 0;
    qint64 from = 0; ///< the bins' time range, half-open [from, to)
    qint64 to = 0;
    double left = 0; ///< the bins' pixels
    double right = 0;

    friend bool operator==(const EventCluster &, const EventCluster &) = default;
};

/**
 * How many events fall in each column of a TimeScale: what painting reads,
 * so that a frame never visits the events themselves.
 *
 * Bin i covers the pixels [i·N, (i+1)·N) (N = pixelsPerBin, the last bin cut at
 * the width) and the whole seconds [binStart(i), binStart(i+1)): the first
 * second at or after the time under its left edge, up to the next bin's. The
 * last bin ends with the window, so an event is counted in a bin exactly when
 * TimeScale::contains() says it is in view, and before() + inView() + after()
 * is always the number of events.
 *
 * Built with one binary search per bin boundary, each starting from the
 * previous boundary and widening its steps (galloping), so a million events
 * over 1920 columns cost some 2000 short searches, not a pass over the events.
 */
class ColumnBins
{
public:
    ColumnBins() = default;
    /**
     * Bins @p sortedTimes (seconds since the epoch, ascending; equal times
     * allowed) over @p scale, @p pixelsPerBin pixels each. A scale of 0 pixels
     * is binned as 1 pixel, as TimeScale computes it.
     */
    ColumnBins(std::span<const qint64> sortedTimes, const TimeScale &scale, int pixelsPerBin = 1);

    [[nodiscard]] int binCount() const { return int(m_counts.size()); }
    [[nodiscard]] int pixelsPerBin() const { return m_pixelsPerBin; }
    /** Events in @p bin; 0 for bins out of range. */
    [[nodiscard]] qsizetype count(int bin) const;
    /** Index in the sorted times of the first event in @p bin (its events follow it). */
    [[nodiscard]] qsizetype firstEvent(int bin) const;
    /** Counts per bin, for painting. */
    [[nodiscard]] const std::vector<qsizetype> &counts() const { return m_counts; }
    [[nodiscard]] qsizetype maxCount() const { return m_maxCount; }

    /** Events before the window. */
    [[nodiscard]] qsizetype before() const { return m_before; }
    /** Events in the window: the sum of all bins. */
    [[nodiscard]] qsizetype inView() const { return m_inView; }
    /** Events at or after the end of the window. */
    [[nodiscard]] qsizetype after() const { return m_total - m_before - m_inView; }
    [[nodiscard]] qsizetype total() const { return m_total; }

    /** The first second of @p bin; binStart(binCount()) is the end of the last bin. */
    [[nodiscard]] qint64 binStart(int bin) const;
    [[nodiscard]] double binLeft(int bin) const;
    [[nodiscard]] double binRight(int bin) const;
    /** The bin that counts an event at @p time, or -1 when it is out of view. */
    [[nodiscard]] int binAt(qint64 time) const;
    /** The bin under @p x, or -1. */
    [[nodiscard]] int binAtX(double x) const;

    /**
     * Groups the non-empty bins for labelling: a cluster starts at a non-empty
     * bin and takes every bin that starts less than @p minWidth pixels to the
     * right of it, then ends at the last non-empty one. Clusters are ordered,
     * never share a bin, and their label slots [left, left + minWidth) do not
     * overlap; their counts add up to inView().
     */
    [[nodiscard]] std::vector<EventCluster> clusters(double minWidth) const;

private:
    std::vector<qint64> m_edges; ///< binCount() + 1 boundaries
    std::vector<qsizetype> m_offsets; ///< binCount() + 1 indices into the times
    std::vector<qsizetype> m_counts;
    qsizetype m_total = 0;
    qsizetype m_before = 0;
    qsizetype m_inView = 0;
    qsizetype m_maxCount = 0;
    int m_pixelsPerBin = 1;
    int m_width = 0;
};

} // namespace Chronoscope
