// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

// chronoscope-paintbench: how fast the timeline paints and hit-tests with
// 1,000, 10,000 and 1,000,000 events. Adds its figures to results.json.

#include "benchresults.h"
#include "timeline/timelinesource.h"
#include "timelinewidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cstring>
#include <random>

using namespace Qt::StringLiterals;
using namespace Chronoscope;

namespace {

/** CPU time of this thread, in milliseconds: what a frame costs on one core. */
double threadCpuMs()
{
    return double(Bench::threadCpuNs()) / 1e6;
}

/** @p count events between 1850 and 2030: days, some months and years, some stubs and articles. */
std::vector<Event> syntheticEvents(int count)
{
    std::mt19937 random(42);
    std::uniform_int_distribution<qint64> days(QDate(1850, 1, 1).toJulianDay(), QDate(2030, 12, 31).toJulianDay());
    std::uniform_int_distribution<int> kind(0, 9);
    static const QStringList subjects = {u"Japan and Russia"_s, u"The foreign ministers"_s, u"Fishermen from Nemuro"_s,
                                         u"The Security Council"_s, u"Former islanders"_s, u"A Soviet patrol boat"_s};
    static const QStringList verbs = {u"meet in Moscow over"_s, u"protest about"_s, u"sign an agreement on"_s,
                                      u"discuss"_s, u"visit"_s, u"report on"_s};
    static const QStringList objects = {u"the southern Kurils"_s, u"Kunashir"_s, u"the Habomai islets"_s,
                                        u"a peace treaty"_s, u"joint economic activity"_s, u"visa-free visits"_s};
    std::vector<Event> events;
    events.reserve(size_t(count));
    for (int i = 0; i < count; ++i) {
        Event event;
        event.id = u"news/%1"_s.arg(i);
        event.title = subjects[i % subjects.size()] + u' ' + verbs[(i / 6) % verbs.size()] + u' '
            + objects[(i / 36) % objects.size()];
        const QDate day = QDate::fromJulianDay(days(random));
        const int k = kind(random);
        event.kind = k == 0 ? EventKind::Stub : k == 1 ? EventKind::Article : EventKind::Page;
        if (k == 2) {
            event.date = {QDate(day.year(), day.month(), 1), QDate(day.year(), day.month(), 1).addMonths(1).addDays(-1),
                          DatePrecision::Month, DateSource::Inferred, 0.5F, {}};
        } else {
            event.date = DateRange::day(day, DateSource::Metadata);
        }
        events.push_back(std::move(event));
    }
    return events;
}

/** Ten countries, Moscow in Russia and an island: the entity table of the lanes case. */
QList<EntityInfo> syntheticEntities()
{
    QList<EntityInfo> entities;
    for (const QString &name : {u"Japan"_s, u"Russia"_s, u"China"_s, u"United States"_s, u"South Korea"_s, u"North Korea"_s,
                                u"Mongolia"_s, u"Taiwan"_s, u"Philippines"_s, u"Vietnam"_s})
        entities.append({name, u"country"_s, -1, {}});
    entities.append({u"Moscow"_s, u"place"_s, 1, {}});
    entities.append({u"Kunashir"_s, u"island"_s, -1, {}});
    return entities;
}

/** Names one or two of syntheticEntities() in most events, with Japan and Russia the most often; some name none. */
void tagEvents(std::vector<Event> &events)
{
    std::mt19937 random(3);
    std::discrete_distribution<int> entity({30, 25, 10, 8, 5, 4, 3, 3, 2, 2, 6, 8});
    std::uniform_int_distribution<int> many(0, 9);
    for (Event &event : events) {
        const int n = many(random);
        if (n == 0)
            continue; // names nothing: the Other lane
        event.entities.append(entity(random));
        if (n > 6)
            event.entities.append(entity(random));
        std::sort(event.entities.begin(), event.entities.end());
        event.entities.erase(std::unique(event.entities.begin(), event.entities.end()), event.entities.end());
    }
}

struct PaintFigures {
    double p95 = 0;
    double hitTest = 0;
    double lanesBuild = 0;
};

PaintFigures measure(int count, bool details, LaneGrouping lanes = LaneGrouping::None)
{
    GraphTimelineSource source;
    std::vector<Event> events = syntheticEvents(count);
    if (lanes != LaneGrouping::None)
        tagEvents(events);
    source.setEvents(events);
    source.setEntityTable(syntheticEntities());
    TimelineWidget widget;
    widget.setSource(&source);
    const QSize size(1920, 1080);
    widget.resize(size);
    PaintFigures figures;
    if (lanes != LaneGrouping::None) {
        // Worked out once per change of the events or the lanes, not per frame: timed apart.
        widget.setLanes({lanes, {}});
        const double start = threadCpuMs();
        (void)widget.laneData();
        figures.lanesBuild = threadCpuMs() - start;
    }
    QImage image(size, QImage::Format_ARGB32_Premultiplied);

    // The sweep: fit all, then a decade, a year, a month and a day, each at
    // several places (pans), the way a reader moves through a corpus.
    std::vector<std::pair<double, double>> windows;
    std::vector<const char *> levels; // per window, for --details
    windows.emplace_back(double(TimeScale::toTime(QDate(1845, 1, 1))), double(TimeScale::toTime(QDate(2035, 1, 1))));
    levels.push_back("fit all");
    const qint64 day = TimeScale::SecondsPerDay;
    const std::array<std::pair<qint64, const char *>, 4> spans = {
        {{3653 * day, "decade"}, {365 * day, "year"}, {31 * day, "month"}, {day, "day"}}};
    for (const auto &[span, level] : spans) {
        for (int year = 1860; year <= 2020; year += 20) {
            const double start = double(TimeScale::toTime(QDate(year, 3, 15)));
            for (int pan = 0; pan < 3; ++pan) {
                windows.emplace_back(start + double(pan * span) / 7, start + double(pan * span) / 7 + double(span));
                levels.push_back(level);
            }
        }
    }
    std::vector<double> frames;
    for (int round = 0; round < 3; ++round) {
        for (const auto &[from, to] : windows) {
            widget.setWindow(from, to);
            const double start = threadCpuMs();
            QPainter painter(&image);
            widget.render(&painter, size);
            painter.end();
            frames.push_back(threadCpuMs() - start);
        }
    }
    figures.p95 = Bench::percentile(frames, 95);
    if (details) {
        // Per zoom level: the median and the slowest frame of its windows.
        for (const auto &[span, level] : spans) {
            std::vector<double> ofLevel;
            for (size_t i = 0; i < frames.size(); ++i) {
                if (std::strcmp(levels[i % windows.size()], level) == 0)
                    ofLevel.push_back(frames[i]);
            }
            std::printf("    %7d events, %-7s median %6.2f ms, max %6.2f ms\n", count, level,
                        Bench::percentile(ofLevel, 50), *std::max_element(ofLevel.begin(), ofLevel.end()));
        }
        std::printf("    %7d events, fit all first frame %6.2f ms\n", count, frames.front());
    }

    // A click: the frame is laid out, then the point is looked up.
    std::mt19937 random(7);
    std::uniform_real_distribution<double> xs(0, 1700);
    std::uniform_real_distribution<double> ys(0, 1080);
    std::vector<double> hits;
    for (const auto &[from, to] : windows) {
        widget.setWindow(from, to);
        (void)widget.hitAt(QPointF(1, 1)); // lays the frame out, as painting would have
        const double start = threadCpuMs();
        for (int i = 0; i < 100; ++i)
            (void)widget.hitAt(QPointF(xs(random), ys(random)));
        hits.push_back((threadCpuMs() - start) / 100);
    }
    figures.hitTest = Bench::percentile(hits, 95);
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption out(u"out"_s, u"The results file to add to."_s, u"FILE"_s, u"build/bench/results.json"_s);
    const QCommandLineOption runs(u"runs"_s, u"Accepted for symmetry with chronoscope-bench."_s, u"N"_s);
    const QCommandLineOption only(u"only"_s, u"Groups to run; this bench is the group \"paint\"."_s, u"GROUPS"_s);
    const QCommandLineOption details(u"details"_s, u"Print the cost of each zoom level."_s);
    parser.addOptions({out, runs, only, details});
    parser.process(app);
    const QStringList groups = parser.value(only).split(u',', Qt::SkipEmptyParts);
    if (!groups.isEmpty() && !groups.contains(u"paint"_s))
        return 0;

    Bench::Results results;
    results.read(parser.value(out));
    std::printf("Timeline painting (1920x1080, CPU time per frame, p95 over a sweep of zoom levels and pans)\n");
    const PaintFigures k1 = measure(1000, parser.isSet(details));
    results.add(u"paint_1k_p95_ms"_s, k1.p95, u"ms"_s);
    const PaintFigures k10 = measure(10000, parser.isSet(details));
    results.add(u"paint_10k_p95_ms"_s, k10.p95, u"ms"_s);
    const PaintFigures m1 = measure(1000000, parser.isSet(details));
    results.add(u"paint_1m_p95_ms"_s, m1.p95, u"ms"_s);
    results.add(u"hittest_1m_ms"_s, m1.hitTest, u"ms"_s);
    std::printf("  1M events in lanes by country (11 lanes with Other)\n");
    const PaintFigures lanes = measure(1000000, parser.isSet(details), LaneGrouping::Countries);
    results.add(u"paint_1m_lanes_p95_ms"_s, lanes.p95, u"ms"_s);
    results.add(u"hittest_1m_lanes_ms"_s, lanes.hitTest, u"ms"_s);
    results.add(u"lanes_build_1m_ms"_s, lanes.lanesBuild, u"ms"_s);
    if (!results.write(parser.value(out))) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(parser.value(out)));
        return 1;
    }
    return 0;
}
