// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

// The benchmarks behind `./dev bench`. Each measures a whole user-visible
// operation, prints a table and writes build/bench/results.json as
// {"metric": {"value": number, "unit": "ms"}, …}. Figures are wall-clock
// times (best of several runs) on this machine; peak memory is the child
// process's maximum resident set.

#include "corpus/corpusgenerator.h"
#include "entities/entitymatcher.h"
#include "parsers/documentparser.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QFile>
#include <QJsonObject>

#include <cmath>
#include <cstdio>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <vector>

extern char **environ;

using namespace Qt::StringLiterals;
using namespace Chronoscope;

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

class Results
{
public:
    void add(const QString &name, double value, const QString &unit)
    {
        m_json.insert(name, QJsonObject{{u"value"_s, std::round(value * 100) / 100}, {u"unit"_s, unit}});
        std::printf("  %-32s %12.2f %s\n", qPrintable(name), value, qPrintable(unit));
        std::fflush(stdout);
    }
    /** Keeps the figures of @p path that this run does not measure again. */
    void keepOthers(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return;
        const QJsonObject previous = QJsonDocument::fromJson(file.readAll()).object();
        for (auto it = previous.begin(); it != previous.end(); ++it) {
            if (!m_json.contains(it.key()))
                m_json.insert(it.key(), it.value());
        }
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

// CPU time of this thread: steadier than wall time on a busy machine.
double threadCpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
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
    results.add(u"entity_match_mb_per_s"_s, megabytes / bestSeconds, u"MB/s"_s);
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
    const QCommandLineOption only(u"only"_s, u"Run one group of benchmarks: load or entities."_s, u"GROUP"_s);
    const QCommandLineOption entityText(u"entity-text"_s,
        u"Match the documents of this folder instead of the generated ones (entities)."_s, u"FOLDER"_s);
    parser.addOptions({out, runs, only, entityText});
    parser.process(app);
    const int n = std::max(1, parser.value(runs).toInt());
    const QString dataDir = QFileInfo(parser.value(out)).absolutePath() + u"/data"_s;
    const QString cli = QCoreApplication::applicationDirPath() + u"/chronoscope-cli"_s;
    const QString group = parser.value(only);
    if (!group.isEmpty() && group != u"load"_s && group != u"entities"_s) {
        std::fprintf(stderr, "unknown group %s (load, entities)\n", qPrintable(group));
        return 2;
    }
    Results results;
    bool ok = true;

    if (group.isEmpty() || group == u"load"_s) {
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

    if (group.isEmpty() || group == u"entities"_s) {
        std::printf("Entity matching, one thread\n");
        ok = benchEntityMatching(dataDir, parser.value(entityText), n, results) && ok;
    }

    if (!group.isEmpty())
        results.keepOthers(parser.value(out));
    if (!results.write(parser.value(out))) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(parser.value(out)));
        return 1;
    }
    std::printf("Results written to %s\n", qPrintable(parser.value(out)));
    return ok ? 0 : 1;
}
