// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

// The benchmarks behind `./dev bench`. Each measures a whole user-visible
// operation, prints a table and writes build/bench/results.json as
// {"metric": {"value": number, "unit": "ms"}, …}. Figures are wall-clock
// times (best of several runs) on this machine; peak memory is the child
// process's maximum resident set. The timeline metrics time calls in this
// process instead: what one painted frame costs.

#include "benchresults.h"
#include "corpus/corpusgenerator.h"
#include "timeline/columnbins.h"
#include "timeline/timescale.h"
#include "timeline/timeticks.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QFile>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fcntl.h>
#include <random>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

using namespace Qt::StringLiterals;
using namespace Chronoscope;
using Chronoscope::Bench::Results;

namespace {

struct RunResult {
    bool ok = false;
    double ms = 0;
    double peakRssMb = 0;
};

// Runs a command with its output discarded; wall time and the child's peak RSS.
RunResult runCommand(const QStringList &command)
{
    std::vector<QByteArray> storage;
    for (const QString &arg : command)
        storage.push_back(arg.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &arg : storage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    RunResult result;
    if (posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return result;
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    result.ms = double(timer.nsecsElapsed()) / 1e6;
    posix_spawn_file_actions_destroy(&actions);
    result.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    result.peakRssMb = double(usage.ru_maxrss) / 1024.0;
    return result;
}

RunResult bestOf(int runs, const QStringList &command)
{
    RunResult best;
    for (int i = 0; i < runs; ++i) {
        const RunResult r = runCommand(command);
        if (!r.ok)
            return r;
        if (!best.ok || r.ms < best.ms)
            best = r;
        best.peakRssMb = std::max(best.peakRssMb, r.peakRssMb);
    }
    return best;
}

bool ensureCorpus(const QString &path, int pages, int articles)
{
    if (QFileInfo::exists(path))
        return true;
    std::printf("  generating %s (%d pages, %d articles)…\n", qPrintable(path), pages, articles);
    std::fflush(stdout);
    CorpusGenerator::Options options;
    options.pages = pages;
    options.articles = articles;
    options.seed = 42;
    QString error;
    const QString partial = path + u".partial"_s + QFileInfo(path).completeSuffix().prepend(u'.');
    QDir().mkpath(QFileInfo(path).path());
    QFile::remove(partial);
    if (!CorpusGenerator::write(partial, options, &error)) {
        std::fprintf(stderr, "cannot generate %s: %s\n", qPrintable(path), qPrintable(error));
        return false;
    }
    return QFile::rename(partial, path);
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    const auto middle = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

// Microseconds one call of @p work takes: the best of @p runs, so that a
// preempted run does not count.
template<typename Work>
double bestMicroseconds(int runs, Work &&work)
{
    double best = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        const double us = double(timer.nsecsElapsed()) / 1e3;
        if (i == 0 || us < best)
            best = us;
    }
    return best;
}

// A frame's timeline work over a sweep of 50 zoom levels, from 1850-2030 in
// 1920 pixels down to about an hour, zooming about a point in 1937: the
// median of the levels, each the best of @p runs.
void timelineBenchmarks(int runs, Results &results)
{
    using Chronoscope::ColumnBins;
    using Chronoscope::TimeScale;
    constexpr int Width = 1920;
    constexpr int Levels = 50;

    std::mt19937_64 random(42);
    std::uniform_int_distribution<qint64> when(
        TimeScale::toTime(QDate(1850, 1, 1)), TimeScale::toTime(QDate(2030, 1, 1)));
    std::vector<qint64> times(1'000'000);
    for (qint64 &t : times)
        t = when(random);
    std::sort(times.begin(), times.end());

    const TimeScale full = TimeScale().resized(Width).fitted(times.front(), times.back() + 1);
    const double anchor = full.x(TimeScale::toTime(QDate(1937, 5, 6)));
    const double step = std::pow(full.span() / TimeScale::MinSpan, 1.0 / (Levels - 1));
    std::vector<TimeScale> scales;
    for (TimeScale scale = full; int(scales.size()) < Levels; scale = scale.zoomed(step, anchor))
        scales.push_back(scale);

    // A font of seven pixels a character; the locale's names measured once, as a widget keeps them.
    const auto labelWidth = [](const QString &label) { return int(label.size()) * 7; };
    const Chronoscope::TimeTicks ticks(QLocale(QLocale::German, QLocale::Germany), labelWidth);
    qsizetype checksum = 0;
    std::vector<double> binTimes;
    std::vector<double> tickTimes;
    for (const TimeScale &scale : scales) {
        binTimes.push_back(bestMicroseconds(runs, [&] {
            const ColumnBins bins(times, scale);
            checksum += bins.inView();
        }));
        tickTimes.push_back(bestMicroseconds(runs, [&] { checksum += qsizetype(ticks.ticks(scale).ticks.size()); }));
    }
    if (checksum == 0)
        std::printf("  (no events in view)\n");
    results.add(u"timeline_bins_1m_us"_s, median(binTimes), u"us"_s);
    results.add(u"timeline_ticks_us"_s, median(tickTimes), u"us"_s);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption out(u"out"_s, u"Where to write the results."_s, u"FILE"_s, u"build/bench/results.json"_s);
    const QCommandLineOption runs(u"runs"_s, u"Runs per measurement (the best counts)."_s, u"N"_s, u"3"_s);
    const QCommandLineOption only(
        u"only"_s, u"Run only these groups of metrics (load, timeline, paint; comma-separated)."_s, u"GROUPS"_s);
    parser.addOptions({out, runs, only});
    parser.process(app);
    const QStringList groups = parser.value(only).split(u',', Qt::SkipEmptyParts);
    const auto wanted = [&groups](const QString &group) { return groups.isEmpty() || groups.contains(group); };
    const int n = std::max(1, parser.value(runs).toInt());
    const QString dataDir = QFileInfo(parser.value(out)).absolutePath() + u"/data"_s;
    const QString cli = QCoreApplication::applicationDirPath() + u"/chronoscope-cli"_s;
    Results results;
    // A partial run updates its metrics and keeps the others of the last run.
    if (!groups.isEmpty())
        results.read(parser.value(out));
    bool ok = true;

    if (wanted(u"load"_s)) {
        std::printf("Loading (issue: corpus)\n");
        const QString corpus = dataDir + u"/pages-100k.tar.zst"_s;
        if (ensureCorpus(corpus, 100000, 0)) {
            const RunResult baseline =
                bestOf(n, {u"sh"_s, u"-c"_s, u"zstd -dc \"$0\" | tar -xO > /dev/null"_s, corpus});
            const RunResult load = bestOf(n, {cli, u"inspect"_s, corpus});
            if (baseline.ok && load.ok) {
                results.add(u"load_100k_tar_zst_ms"_s, load.ms, u"ms"_s);
                results.add(u"load_baseline_ms"_s, baseline.ms, u"ms"_s);
                results.add(u"load_ratio"_s, load.ms / baseline.ms, u"x"_s);
                results.add(u"load_peak_rss_mb"_s, load.peakRssMb, u"MB"_s);
            } else {
                std::fprintf(stderr, "load benchmark failed (baseline %d, load %d)\n", baseline.ok, load.ok);
                ok = false;
            }
        } else {
            ok = false;
        }
    }

    if (wanted(u"timeline"_s)) {
        std::printf("Timeline (one frame)\n");
        timelineBenchmarks(std::max(n, 5), results);
    }

    if (!results.write(parser.value(out))) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(parser.value(out)));
        return 1;
    }
    std::printf("Results written to %s\n", qPrintable(parser.value(out)));
    return ok ? 0 : 1;
}
