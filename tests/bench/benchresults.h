// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <vector>

namespace Chronoscope::Bench {

using namespace Qt::StringLiterals;

/**
 * CPU time of the calling thread, in nanoseconds: what work costs on one
 * core, unaffected by other programs competing for the machine.
 */
inline qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

/** The figures of a benchmark run, written as build/bench/results.json. */
class Results
{
public:
    void add(const QString &name, double value, const QString &unit)
    {
        m_json.insert(name, QJsonObject{{u"value"_s, std::round(value * 100) / 100}, {u"unit"_s, unit}});
        std::printf("  %-32s %12.2f %s\n", qPrintable(name), value, qPrintable(unit));
        std::fflush(stdout);
    }
    void read(const QString &path)
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            m_json = QJsonDocument::fromJson(file.readAll()).object();
    }
    bool write(const QString &path) const
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(m_json).toJson()) > 0;
    }

private:
    QJsonObject m_json;
};

/** The value below which @p percent of @p samples lie. */
inline double percentile(std::vector<double> samples, double percent)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const size_t index = std::min(samples.size() - 1, size_t(std::ceil(percent / 100.0 * double(samples.size()))) - 1);
    return samples[index];
}

} // namespace Chronoscope::Bench
