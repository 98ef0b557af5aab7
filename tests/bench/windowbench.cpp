// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

// chronoscope-windowbench: the main window loading a corpus of a million events,
// as a user sees it. A precise timer ticks on the GUI thread every few
// milliseconds while MainWindow::openPath reads the corpus; a gap between two
// ticks is a time the window could not answer (a batch taken in, a repaint, the
// sidebar refilled, the result set up). Adds its figures to results.json;
// with CHRONOSCOPE_BENCH_GAPS set it also prints every gap over 30 ms and when.

#include "benchresults.h"
#include "corpus/corpusgenerator.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Chronoscope;

namespace {

// A million events: each page links five others on average, and the pages
// absent from the corpus that they name become stubs, about one per page
// (1,000,051 events with this seed).
constexpr int Pages = 500000;

bool ensureCorpus(const QString &path)
{
    if (QFileInfo::exists(path))
        return true;
    std::printf("  generating %s (%d pages)…\n", qPrintable(path), Pages);
    std::fflush(stdout);
    CorpusGenerator::Options options;
    options.pages = Pages;
    options.seed = 42;
    const QString partial = QFileInfo(path).path() + u"/partial-"_s + QFileInfo(path).fileName();
    QDir().mkpath(QFileInfo(path).path());
    QFile::remove(partial);
    QString error;
    if (!CorpusGenerator::write(partial, options, &error)) {
        std::fprintf(stderr, "cannot generate %s: %s\n", qPrintable(path), qPrintable(error));
        return false;
    }
    return QFile::rename(partial, path);
}

struct WindowFigures {
    bool ok = false;
    qsizetype events = 0;
    double loadMs = 0;
    double stallMaxMs = 0;
    double stallP99Ms = 0;
    double stallCpuMaxMs = 0;
    double stallCpuP99Ms = 0;
    int ticks = 0;
};

WindowFigures measureLoad(const QString &corpus)
{
    WindowFigures figures;
    MainWindow window;
    window.resize(1920, 1080);
    window.show();
    QApplication::processEvents();

    // The gaps between ticks of a timer that asks to run every 2 ms, in wall time
    // and in the GUI thread's CPU time.
    std::vector<double> gaps;
    std::vector<double> cpuGaps;
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 lastCpu = Bench::threadCpuNs();
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(2);
    QObject::connect(&ticker, &QTimer::timeout, &window, [&] {
        const qint64 now = clock.nsecsElapsed();
        const qint64 cpu = Bench::threadCpuNs();
        gaps.push_back(double(now - last) / 1e6);
        cpuGaps.push_back(double(cpu - lastCpu) / 1e6);
        if (qEnvironmentVariableIsSet("CHRONOSCOPE_BENCH_GAPS") && gaps.back() > 30)
            std::printf("    gap of %.0f ms (%.0f ms of CPU) at %.0f ms\n", gaps.back(), cpuGaps.back(), double(now) / 1e6);
        last = now;
        lastCpu = cpu;
    });

    bool finished = false;
    QObject::connect(&window, &MainWindow::loadFinished, &window, [&] {
        figures.loadMs = double(clock.nsecsElapsed()) / 1e6;
        finished = true;
    });
    clock.start();
    lastCpu = Bench::threadCpuNs();
    ticker.start();
    window.openPath(corpus);
    while (!finished)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents);
    // What the window does right after the load (the first full paint of the
    // result) counts too.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 500)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    ticker.stop();

    const LoadResult *result = window.lastResult();
    figures.ok = result && result->ok;
    figures.events = result ? result->graph.size() : 0;
    figures.ticks = int(gaps.size());
    if (!gaps.empty()) {
        figures.stallMaxMs = *std::max_element(gaps.begin(), gaps.end());
        figures.stallP99Ms = Bench::percentile(gaps, 99);
        figures.stallCpuMaxMs = *std::max_element(cpuGaps.begin(), cpuGaps.end());
        figures.stallCpuP99Ms = Bench::percentile(cpuGaps, 99);
    }
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The window keeps its session in the settings: the user's stay untouched.
    QCoreApplication::setApplicationName(u"chronoscope-windowbench"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption out(u"out"_s, u"The results file to add to."_s, u"FILE"_s, u"build/bench/results.json"_s);
    const QCommandLineOption only(u"only"_s, u"Groups to run; this bench is the group \"window\"."_s, u"GROUPS"_s);
    const QCommandLineOption corpus(u"corpus"_s, u"Load this corpus instead of the generated one."_s, u"PATH"_s);
    parser.addOptions({out, only, corpus});
    // The other benchmarks' options come along from ./dev bench: ignored here.
    parser.parse(QCoreApplication::arguments());
    if (parser.isSet(u"help"_s))
        parser.showHelp();
    const QStringList groups = parser.value(only).split(u',', Qt::SkipEmptyParts);
    if (!groups.isEmpty() && !groups.contains(u"window"_s))
        return 0;

    Bench::Results results;
    results.read(parser.value(out));
    const QString dataDir = QFileInfo(parser.value(out)).absolutePath() + u"/data"_s;
    const QString path = parser.isSet(corpus) ? parser.value(corpus) : dataDir + u"/window-1m-500k-pages.tar.zst"_s;
    if (!parser.isSet(corpus) && !ensureCorpus(path))
        return 1;

    std::printf("Main window loading %s (GUI thread: longest gap between 2 ms ticks)\n", qPrintable(path));
    std::fflush(stdout);
    const WindowFigures figures = measureLoad(path);
    if (!figures.ok) {
        std::fprintf(stderr, "the window could not load %s\n", qPrintable(path));
        return 1;
    }
    std::printf("  %lld events, %d ticks\n", qint64(figures.events), figures.ticks);
    results.add(u"window_1m_load_ms"_s, figures.loadMs, u"ms"_s);
    results.add(u"window_1m_stall_max_ms"_s, figures.stallMaxMs, u"ms"_s);
    results.add(u"window_1m_stall_p99_ms"_s, figures.stallP99Ms, u"ms"_s);
    // The same gaps counted in the GUI thread's CPU time: what the window's own work costs.
    results.add(u"window_1m_stall_cpu_max_ms"_s, figures.stallCpuMaxMs, u"ms"_s);
    results.add(u"window_1m_stall_cpu_p99_ms"_s, figures.stallCpuP99Ms, u"ms"_s);
    if (!results.write(parser.value(out))) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(parser.value(out)));
        return 1;
    }
    return 0;
}
