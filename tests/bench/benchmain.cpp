// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

// The benchmarks behind `./dev bench`. Each measures a whole user-visible
// operation, prints a table and writes build/bench/results.json as
// {"metric": {"value": number, "unit": "ms"}, …}. Figures are wall-clock
// times (best of several runs) on this machine; peak memory is the child
// process's maximum resident set. The timeline metrics time calls in this
// process instead: what one painted frame costs.

#include "benchresults.h"
#include "entities/entitymatcher.h"
#include "parsers/documentparser.h"
#include "corpus/corpusgenerator.h"
#include "timeline/columnbins.h"
#include "timeline/timescale.h"
#include "timeline/timeticks.h"
#include "models/entitymodel.h"
#include "models/eventmodel.h"
#include "models/filteredeventmodel.h"
#include "models/viewstate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QFile>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>
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

/**
 * The best of @p runs runs of each command, taking turns: a machine whose
 * speed drifts (a shared or virtual one) then slows each command alike, and
 * ratios between them hold.
 */
std::vector<RunResult> bestOfInTurns(int runs, const std::vector<QStringList> &commands)
{
    std::vector<RunResult> best(commands.size());
    for (int i = 0; i < runs; ++i) {
        for (size_t c = 0; c < commands.size(); ++c) {
            const RunResult r = runCommand(commands[c]);
            if (!r.ok)
                return std::vector<RunResult>(commands.size());
            if (!best[c].ok || r.ms < best[c].ms)
                best[c] = RunResult{r.ok, r.ms, best[c].peakRssMb};
            best[c].peakRssMb = std::max(best[c].peakRssMb, r.peakRssMb);
        }
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

// Resident memory of this process, from /proc.
qint64 residentBytes()
{
    QFile file(u"/proc/self/statm"_s);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = file.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * 4096 : 0;
}

// About 800 entities with the depth of the real gazetteer: countries with their places,
// island groups with sub-groups and islands, seas, people, organizations and topics.
QList<EntityInfo> syntheticEntities()
{
    QList<EntityInfo> entities;
    auto add = [&entities](const QString &name, const QString &kind, int parent) {
        entities.append({name, kind, parent, {name.toUpper()}});
        return int(entities.size() - 1);
    };
    for (int c = 0; c < 40; ++c) {
        const int country = add(u"Country %1"_s.arg(c), u"country"_s, -1);
        for (int p = 0; p < 4; ++p)
            add(u"Place %1-%2"_s.arg(c).arg(p), u"place"_s, country);
    }
    for (int g = 0; g < 20; ++g) {
        const int group = add(u"Island group %1"_s.arg(g), u"island"_s, -1);
        for (int s = 0; s < 3; ++s) {
            const int sub = add(u"Island subgroup %1-%2"_s.arg(g).arg(s), u"island"_s, group);
            for (int i = 0; i < 4; ++i)
                add(u"Island %1-%2-%3"_s.arg(g).arg(s).arg(i), u"island"_s, sub);
        }
    }
    for (int i = 0; i < 30; ++i)
        add(u"Sea %1"_s.arg(i), u"sea"_s, -1);
    for (int i = 0; i < 150; ++i)
        add(u"Person %1"_s.arg(i), u"person"_s, -1);
    for (int i = 0; i < 60; ++i)
        add(u"Organization %1"_s.arg(i), u"organization"_s, -1);
    for (int i = 0; i < 40; ++i)
        add(u"Topic %1"_s.arg(i), u"topic"_s, -1);
    return entities;
}

// Generated events like the loader's: titles, paths and ids of realistic length, dates
// 1850–2030 (one in twenty undated), zero to six entities, some of them popular.
class EventFactory
{
public:
    explicit EventFactory(qsizetype entityCount)
        : m_rng(42)
        , m_entityCount(int(entityCount))
    {
    }

    Event make(int i)
    {
        static const QStringList words = {u"Russia"_s, u"Japan"_s, u"talks"_s, u"islands"_s, u"fishing"_s,
                                          u"treaty"_s, u"minister"_s, u"visit"_s, u"protest"_s, u"border"_s,
                                          u"patrol"_s, u"sanctions"_s, u"summit"_s, u"military"_s, u"drills"_s};
        Event event;
        QString title;
        const int length = 8 + int(m_rng() % 8);
        for (int w = 0; w < length; ++w) {
            if (w)
                title += u' ';
            title += words[qsizetype(m_rng() % quint64(words.size()))];
        }
        event.title = title;
        const bool undated = m_rng() % 20 == 0;
        QString datePath = u"undated"_s;
        if (!undated) {
            static const qint64 first = QDate(1850, 1, 1).toJulianDay();
            static const qint64 last = QDate(2030, 12, 31).toJulianDay();
            const QDate date = QDate::fromJulianDay(first + qint64(m_rng() % quint64(last - first + 1)));
            event.date = DateRange::day(date, DateSource::Metadata);
            datePath = date.toString(u"yyyy/MM/dd"_s);
        }
        const QString slug = title.toLower().replace(u' ', u'-').left(60) + u'-' + QString::number(i);
        event.id = u"news/"_s + datePath + u'/' + slug;
        event.path = event.id + u".md"_s;
        event.kind = undated ? EventKind::Article : EventKind::Page;
        const int count = int(m_rng() % 7);
        for (int k = 0; k < count; ++k) {
            // A third of the mentions go to the first fifty entities: some names are everywhere.
            const int entity = m_rng() % 3 == 0 ? int(m_rng() % 50) : int(m_rng() % quint64(m_entityCount));
            if (!event.entities.contains(entity))
                event.entities.append(entity);
        }
        std::sort(event.entities.begin(), event.entities.end());
        return event;
    }

private:
    std::mt19937_64 m_rng;
    int m_entityCount;
};

bool runModelBenchmarks(Results &results, int events)
{
    const QList<EntityInfo> entities = syntheticEntities();
    EventFactory factory(entities.size());
    const qint64 before = residentBytes();
    qint64 titleBytes = 0;
    {
        EventModel model;
        ViewState state;
        FilteredEventModel filtered(&model, &state);
        EntityModel entityModel(&model, &filtered, &state);
        model.setEntities(entities);
        model.reserve(events);
        model.beginLoad();
        // The loader's batches as the window asks for them (MainWindow: 500 events), plus a
        // tenth of earlier events changing (stubs whose pages arrived), posted to the GUI
        // thread one by one.
        qint64 stallNs = 0;
        std::vector<qint64> batchTimes;
        std::vector<Event> recent;
        constexpr int BatchSize = 500;
        for (int start = 0; start < events; start += BatchSize) {
            QList<Event> batch;
            batch.reserve(BatchSize + BatchSize / 10);
            for (int i = start; i < std::min(events, start + BatchSize); ++i)
                batch.append(factory.make(i));
            for (size_t k = 0; k < recent.size(); k += 10) {
                Event changed = recent[k];
                changed.title += u" (updated)"_s;
                batch.append(changed);
            }
            recent.assign(batch.begin(), batch.begin() + std::min<qsizetype>(batch.size(), BatchSize));
            QElapsedTimer timer;
            timer.start();
            model.addBatch(batch);
            const qint64 batchNs = timer.nsecsElapsed();
            batchTimes.push_back(batchNs);
            stallNs = std::max(stallNs, batchNs);
            QCoreApplication::processEvents();
        }
        recent.clear();
        if (model.rowCount() != events) {
            std::fprintf(stderr, "model holds %d rows, not %d\n", model.rowCount(), events);
            return false;
        }
        titleBytes = model.store().titleBytes() + qint64(events) * 16; // text and the string header
        const qint64 after = residentBytes();
        results.add(u"gui_stall_max_ms"_s, double(stallNs) / 1e6, u"ms"_s);
        std::sort(batchTimes.begin(), batchTimes.end());
        results.add(u"gui_stall_p99_ms"_s, double(batchTimes[batchTimes.size() * 99 / 100]) / 1e6, u"ms"_s);
        results.add(u"model_bytes_per_event"_s, double(after - before - titleBytes) / events, u"B"_s);
        results.add(u"model_title_bytes_per_event"_s, double(titleBytes) / events, u"B"_s);

        // Filter changes a user makes, one after the other; the slowest counts.
        const int country = 0;
        const int islandGroup = 200;
        const int island = 203;
        struct Step {
            const char *name;
            std::function<void()> apply;
        };
        const std::vector<Step> steps = {
            {"entity", [&] { state.setIncludedEntities({country}); }},
            {"entity any", [&] { state.setIncludedEntities({country, islandGroup}); }},
            {"entity all", [&] { state.setEntityMatch(EntityMatch::All); }},
            {"exclusion", [&] { state.setEntityMatch(EntityMatch::Any); state.setExcludedEntities({island}); }},
            {"date range", [&] { state.setDateRange(QDate(1900, 1, 1), QDate(2000, 12, 31)); }},
            {"undated", [&] { state.setShowUndated(false); }},
            {"clear", [&] { state.clearEntityFilter(); state.setDateRange({}, {}); state.setShowUndated(true); }},
            {"popular", [&] { state.setIncludedEntities({1, 2, 3}); }},
            {"parent", [&] { state.setIncludedEntities({islandGroup + 1}); }},
            {"none", [&] { state.clearEntityFilter(); }},
        };
        qint64 filterNs = 0;
        qint64 facetNs = 0;
        for (const Step &step : steps) {
            step.apply();
            filterNs = std::max(filterNs, filtered.lastFilterNs());
            facetNs = std::max(facetNs, entityModel.lastCountNs());
            std::printf("    %-12s %8.2f ms filter, %8.2f ms facets, %d rows\n", step.name,
                        double(filtered.lastFilterNs()) / 1e6, double(entityModel.lastCountNs()) / 1e6,
                        filtered.rowCount());
        }
        results.add(u"filter_1m_ms"_s, double(filterNs) / 1e6, u"ms"_s);
        results.add(u"facets_1m_ms"_s, double(facetNs) / 1e6, u"ms"_s);
        // Typing a title filter: each key narrows the last.
        qint64 textNs = 0;
        for (const QString &text : {u"m"_s, u"mi"_s, u"min"_s, u"mini"_s}) {
            state.setTextFilter(text);
            textNs = std::max(textNs, filtered.lastFilterNs());
            std::printf("    text %-7s %8.2f ms filter, %d rows\n", qPrintable(text), double(filtered.lastFilterNs()) / 1e6,
                        filtered.rowCount());
        }
        results.add(u"filter_text_1m_ms"_s, double(textNs) / 1e6, u"ms"_s);
    }
    return true;
}

// CPU time of this thread: steadier than wall time on a busy machine.
double threadCpuSeconds()
{
    return double(Bench::threadCpuNs()) / 1e9;
}

// One document as the loader's parsing threads see it: the texts to match, in reading order.
struct MatchDocument {
    QString title;
    QString body;
    DateRange date;
    qsizetype utf8Bytes = 0;
};

// The generated corpus's documents, parsed; news-like English dense with gazetteer names.
QList<MatchDocument> readDocuments(const QString &folder)
{
    QList<MatchDocument> documents;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const ParsedDocument parsed = DocumentParser::parse(path, QString::fromUtf8(file.readAll()));
        MatchDocument document {parsed.title, parsed.text.body, parsed.date, 0};
        for (const Comment &comment : parsed.text.comments)
            document.body += u'\n' + comment.text;
        for (const ParsedLink &link : parsed.related)
            document.body += u'\n' + link.text;
        document.utf8Bytes = document.title.toUtf8().size() + document.body.toUtf8().size();
        documents.append(document);
    }
    return documents;
}

// Matches ~100 MB of text on this thread: the pool of documents again and again.
bool benchEntityMatching(const QString &dataDir, const QString &textFolder, int runs, Results &results)
{
    const QString folder = textFolder.isEmpty() ? dataDir + u"/entity-text"_s : textFolder;
    if (textFolder.isEmpty() && !ensureCorpus(folder, 4000, 4000))
        return false;
    const QList<MatchDocument> documents = readDocuments(folder);
    qint64 poolBytes = 0;
    for (const MatchDocument &document : documents)
        poolBytes += document.utf8Bytes;
    if (poolBytes == 0) {
        std::fprintf(stderr, "no text in %s\n", qPrintable(folder));
        return false;
    }

    QElapsedTimer timer;
    timer.start();
    const EntityMatcher matcher(Gazetteer::bundled());
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;

    constexpr qint64 target = 100 * 1000 * 1000;
    const int passes = int((target + poolBytes - 1) / poolBytes);
    double bestSeconds = 0;
    double bestCpuSeconds = 0;
    qint64 mentions = 0;
    for (int run = 0; run < runs; ++run) {
        mentions = 0;
        const double cpuStart = threadCpuSeconds();
        timer.restart();
        for (int pass = 0; pass < passes; ++pass) {
            for (const MatchDocument &document : documents)
                mentions += matcher.entitiesIn({document.title, document.body}, document.date).size();
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const double cpuSeconds = threadCpuSeconds() - cpuStart;
        if (run == 0 || seconds < bestSeconds)
            bestSeconds = seconds;
        if (run == 0 || cpuSeconds < bestCpuSeconds)
            bestCpuSeconds = cpuSeconds;
    }
    const double megabytes = double(poolBytes) * passes / 1e6;
    const EntityMatcher::Statistics stats = matcher.statistics();
    std::printf("  %lld documents, %.1f MB matched, %lld entities per pass, %.1f MB/s of thread CPU time; automaton: "
                "%d forms, %d states (%d dense), %d classes, %.1f MB\n",
        qint64(documents.size()), megabytes, mentions / passes, megabytes / bestCpuSeconds, stats.forms, stats.states,
        stats.denseStates, stats.classes, double(stats.bytes) / 1e6);
    // Measured in this thread's CPU time, as on one core: other programs on the machine do not count.
    results.add(u"entity_match_mb_per_s"_s, megabytes / bestCpuSeconds, u"MB/s"_s);
    results.add(u"entity_match_wall_mb_per_s"_s, megabytes / bestSeconds, u"MB/s"_s);
    results.add(u"entity_matcher_build_ms"_s, buildMs, u"ms"_s);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption out(u"out"_s, u"Where to write the results."_s, u"FILE"_s, u"build/bench/results.json"_s);
    const QCommandLineOption runs(u"runs"_s, u"Runs per measurement (the best counts)."_s, u"N"_s, u"3"_s);
    const QCommandLineOption only(u"only"_s,
                                  u"Run only these groups of metrics (load, entities, models, timeline, paint; comma-separated)."_s,
                                  u"GROUPS"_s);
    const QCommandLineOption modelEvents(u"model-events"_s, u"Events in the model benchmarks."_s, u"N"_s,
                                         u"1000000"_s);
    const QCommandLineOption entityText(u"entity-text"_s,
        u"Match the documents of this folder instead of the generated ones (entities)."_s, u"FOLDER"_s);
    parser.addOptions({out, runs, only, modelEvents, entityText});
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
            // The baseline, reading and the graph alone, then with entities found
            // and articles dated; in turns, and more runs than the others take.
            const std::vector<RunResult> best =
                bestOfInTurns(std::max(n, 5), {{u"sh"_s, u"-c"_s, u"zstd -dc \"$0\" | tar -xO > /dev/null"_s, corpus},
                                               {cli, u"inspect"_s, u"--no-entities"_s, corpus},
                                               {cli, u"inspect"_s, corpus}});
            const RunResult &baseline = best[0];
            const RunResult &load = best[1];
            const RunResult &withEntities = best[2];
            if (baseline.ok && load.ok && withEntities.ok) {
                results.add(u"load_100k_tar_zst_ms"_s, load.ms, u"ms"_s);
                results.add(u"load_baseline_ms"_s, baseline.ms, u"ms"_s);
                results.add(u"load_ratio"_s, load.ms / baseline.ms, u"x"_s);
                results.add(u"load_peak_rss_mb"_s, load.peakRssMb, u"MB"_s);
                results.add(u"load_100k_with_entities_ms"_s, withEntities.ms, u"ms"_s);
                results.add(u"load_with_entities_peak_rss_mb"_s, withEntities.peakRssMb, u"MB"_s);
            } else {
                std::fprintf(stderr, "load benchmark failed (baseline %d, load %d, with entities %d)\n", baseline.ok,
                             load.ok, withEntities.ok);
                ok = false;
            }
        } else {
            ok = false;
        }
    }

    if (wanted(u"entities"_s)) {
        std::printf("Entity matching, one thread\n");
        ok = benchEntityMatching(dataDir, parser.value(entityText), n, results) && ok;
    }

    if (wanted(u"timeline"_s)) {
        std::printf("Timeline (one frame)\n");
        timelineBenchmarks(std::max(n, 5), results);
    }

    if (wanted(u"models"_s)) {
        std::printf("Models (issue: models)\n");
        ok = runModelBenchmarks(results, std::max(1, parser.value(modelEvents).toInt())) && ok;
    }

    if (!results.write(parser.value(out))) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(parser.value(out)));
        return 1;
    }
    std::printf("Results written to %s\n", qPrintable(parser.value(out)));
    return ok ? 0 : 1;
}
