// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "columnbins.h"

#include <algorithm>
#include <cmath>

namespace Chronoscope {

namespace {

// The first index at or after @p from whose time is not before @p value.
// Boundaries arrive in order and usually lie close together, so the search
// doubles its step from the previous answer before bisecting: neighbouring
// bins cost a few comparisons on memory already in cache.
qsizetype lowerBoundFrom(std::span<const qint64> times, qsizetype from, qint64 value)
{
    const qsizetype n = qsizetype(times.size());
    if (from >= n || times[size_t(from)] >= value)
        return from;
    // times[low] < value; high is n or times[high] >= value.
    qsizetype low = from;
    qsizetype step = 1;
    qsizetype high = from + 1;
    while (high < n && times[size_t(high)] < value) {
        low = high;
        step *= 2;
        high = from + step;
    }
    high = std::min(high, n);
    const auto begin = times.begin();
    return qsizetype(std::lower_bound(begin + low + 1, begin + high, value) - begin);
}

} // namespace

ColumnBins::ColumnBins(std::span<const qint64> sortedTimes, const TimeScale &scale, int pixelsPerBin)
    : m_total(qsizetype(sortedTimes.size()))
    , m_pixelsPerBin(std::max(pixelsPerBin, 1))
    , m_width(std::max(scale.width(), 1))
{
    const int bins = (m_width + m_pixelsPerBin - 1) / m_pixelsPerBin;
    // Whole seconds: a time t is at or after a boundary b exactly when t >= ceil(b).
    const qint64 end = qint64(std::ceil(scale.end()));
    m_edges.resize(size_t(bins) + 1);
    for (int i = 0; i < bins; ++i)
        m_edges[size_t(i)] = std::min(qint64(std::ceil(scale.timeAt(double(i) * m_pixelsPerBin))), end);
    m_edges[size_t(bins)] = end;

    m_offsets.resize(m_edges.size());
    m_offsets[0] =
        qsizetype(std::lower_bound(sortedTimes.begin(), sortedTimes.end(), m_edges[0]) - sortedTimes.begin());
    for (size_t i = 1; i < m_edges.size(); ++i)
        m_offsets[i] = lowerBoundFrom(sortedTimes, m_offsets[i - 1], m_edges[i]);

    m_counts.resize(size_t(bins));
    for (size_t i = 0; i < m_counts.size(); ++i) {
        m_counts[i] = m_offsets[i + 1] - m_offsets[i];
        m_maxCount = std::max(m_maxCount, m_counts[i]);
    }
    m_before = m_offsets.front();
    m_inView = m_offsets.back() - m_offsets.front();
}

qsizetype ColumnBins::count(int bin) const
{
    return bin >= 0 && bin < binCount() ? m_counts[size_t(bin)] : 0;
}

qsizetype ColumnBins::firstEvent(int bin) const
{
    if (m_offsets.empty())
        return 0;
    return m_offsets[size_t(std::clamp(bin, 0, binCount()))];
}

qint64 ColumnBins::binStart(int bin) const
{
    if (m_edges.empty())
        return 0;
    return m_edges[size_t(std::clamp(bin, 0, binCount()))];
}

double ColumnBins::binLeft(int bin) const
{
    return std::min(double(bin) * m_pixelsPerBin, double(m_width));
}

double ColumnBins::binRight(int bin) const
{
    return binLeft(bin + 1);
}

int ColumnBins::binAt(qint64 time) const
{
    if (m_edges.empty() || time < m_edges.front() || time >= m_edges.back())
        return -1;
    // The last boundary not after the time: empty bins share their boundary with the next.
    return int(std::upper_bound(m_edges.begin(), m_edges.end(), time) - m_edges.begin()) - 1;
}

int ColumnBins::binAtX(double x) const
{
    if (!(x >= 0) || x >= double(m_width))
        return -1;
    return std::min(int(x / m_pixelsPerBin), binCount() - 1);
}

std::vector<EventCluster> ColumnBins::clusters(double minWidth) const
{
    std::vector<EventCluster> result;
    const int bins = binCount();
    int bin = 0;
    while (bin < bins) {
        if (m_counts[size_t(bin)] == 0) {
            ++bin;
            continue;
        }
        const int first = bin;
        int last = bin;
        const double slotEnd = binLeft(first) + (std::isfinite(minWidth) ? minWidth : 0.0);
        for (++bin; bin < bins && binLeft(bin) < slotEnd; ++bin) {
            if (m_counts[size_t(bin)] > 0)
                last = bin;
        }
        EventCluster cluster;
        cluster.firstBin = first;
        cluster.lastBin = last;
        cluster.firstEvent = m_offsets[size_t(first)];
        cluster.count = m_offsets[size_t(last) + 1] - m_offsets[size_t(first)];
        cluster.from = m_edges[size_t(first)];
        cluster.to = m_edges[size_t(last) + 1];
        cluster.left = binLeft(first);
        cluster.right = binRight(last);
        result.push_back(cluster);
    }
    return result;
}

} // namespace Chronoscope
