// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

// chronoscope-cli: the core of Chronoscope on the command line.

#include "appinfo.h"
#include "corpus/corpusgenerator.h"
#include "corpus/corpusloader.h"
#include "corpus/jsonexport.h"
#include "entities/entityfilter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace Chronoscope;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("chronoscope-cli", text);
}

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

enum ExitCode { Ok = 0, Failure = 1, CannotOpen = 2 };

/** Loads @p path as inspect and filter do; on failure says why and returns the exit code, else Ok. */
int loadCorpus(const QString &path, const LoadOptions &options, LoadResult *result)
{
    if (!QFileInfo::exists(path)) {
        print(stderr, tr("chronoscope-cli: %1: no such file or folder\n").arg(path));
        return CannotOpen;
    }
    *result = CorpusReader::load(path, options);
    if (!result->ok) {
        print(stderr, u"chronoscope-cli: "_s + result->errorString + u'\n');
        return CannotOpen;
    }
    return Ok;
}

int inspect(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Loads a corpus and prints what Chronoscope finds in it."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"inspect"_s, tr("The command."));
    parser.addPositionalArgument(u"path"_s, tr("A folder, an archive or a document."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON instead of a summary."));
    const QCommandLineOption withText(u"with-text"_s, tr("Include bodies, comments and noise in the JSON."));
    const QCommandLineOption noEntities(u"no-entities"_s,
                                        tr("Skip finding entities and dating undated articles (Context tags stand in)."));
    parser.addOptions({json, withText, noEntities});
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        print(stderr, tr("Usage: chronoscope-cli inspect PATH [--json] [--with-text]\n"));
        return Failure;
    }
    LoadOptions options;
    options.keepText = parser.isSet(withText);
    options.annotate = !parser.isSet(noEntities);
    options.keepSources = parser.isSet(json); // the summary only counts them
    LoadResult result;
    if (const int failed = loadCorpus(positional[1], options, &result); failed != Ok)
        return failed;
    if (parser.isSet(json))
        print(stdout, QString::fromUtf8(QJsonDocument(loadResultToJson(result, parser.isSet(withText))).toJson()));
    else
        print(stdout, loadResultSummary(result));
    // A large corpus makes millions of small allocations: freeing them one by
    // one takes longer than the operating system takes to reclaim the process.
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(Ok);
}

/** The entities named on the command line, or an error naming the one not found. */
bool resolveEntities(const Gazetteer &gazetteer, const QStringList &names, QList<int> *entities, QString *error)
{
    for (const QString &name : names) {
        const int entity = gazetteer.find(name);
        if (entity < 0) {
            *error = tr("no entity is called '%1'").arg(name);
            return false;
        }
        entities->append(entity);
    }
    return true;
}

int filter(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Loads a corpus and prints the events that pass a filter, as the app shows them."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"filter"_s, tr("The command."));
    parser.addPositionalArgument(u"path"_s, tr("A folder, an archive or a document."));
    const QCommandLineOption entity(u"entity"_s, tr("Events that name NAME or anything in it (repeatable)."), u"NAME"_s);
    const QCommandLineOption all(u"all"_s, tr("Every --entity must match, not just one."));
    const QCommandLineOption exclude(u"exclude"_s, tr("Leave out events that name NAME or anything in it (repeatable)."),
                                     u"NAME"_s);
    const QCommandLineOption from(u"from"_s, tr("Events on or after DATE (YYYY-MM-DD)."), u"DATE"_s);
    const QCommandLineOption to(u"to"_s, tr("Events on or before DATE (YYYY-MM-DD)."), u"DATE"_s);
    const QCommandLineOption json(u"json"_s, tr("Print JSON: the events in the shape of inspect --json."));
    parser.addOptions({entity, all, exclude, from, to, json});
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        print(stderr, tr("Usage: chronoscope-cli filter PATH --entity NAME… [--all] [--exclude NAME…] [--from DATE] "
                         "[--to DATE] [--json]\n"));
        return Failure;
    }
    const QDate fromDate = parser.isSet(from) ? parseIsoDay(parser.value(from)) : QDate();
    const QDate toDate = parser.isSet(to) ? parseIsoDay(parser.value(to)) : QDate();
    if ((parser.isSet(from) && !fromDate.isValid()) || (parser.isSet(to) && !toDate.isValid())) {
        print(stderr, tr("chronoscope-cli: dates are written YYYY-MM-DD\n"));
        return Failure;
    }
    LoadResult result;
    if (const int failed = loadCorpus(positional[1], LoadOptions(), &result); failed != Ok)
        return failed;
    QList<int> included;
    QList<int> excluded;
    QString error;
    if (!resolveEntities(result.entities, parser.values(entity), &included, &error)
        || !resolveEntities(result.entities, parser.values(exclude), &excluded, &error)) {
        print(stderr, u"chronoscope-cli: "_s + error + u'\n');
        return Failure;
    }
    EntityFilter entityFilter;
    entityFilter.setIncluded(included);
    entityFilter.setExcluded(excluded);
    entityFilter.setMode(parser.isSet(all) ? EntityFilter::Mode::All : EntityFilter::Mode::Any);
    entityFilter.setDateRange(fromDate, toDate);
    entityFilter.prepare(result.entities);

    QSet<QString> matching;
    QList<const Event *> shown;
    for (const Event &event : result.graph.events()) {
        if (entityFilter.matches(event.entities, event.date)) {
            matching.insert(event.id);
            shown.append(&event);
        }
    }
    if (parser.isSet(json)) {
        const QJsonObject all = loadResultToJson(result, false);
        QJsonArray events;
        for (const QJsonValue &event : all.value(u"events"_s).toArray()) {
            if (matching.contains(event.toObject().value(u"id"_s).toString()))
                events.append(event);
        }
        print(stdout, QString::fromUtf8(QJsonDocument(QJsonObject{{u"events"_s, events}, {u"count"_s, events.size()}}).toJson()));
    } else {
        std::stable_sort(shown.begin(), shown.end(), [](const Event *a, const Event *b) {
            if (a->date.isValid() != b->date.isValid())
                return a->date.isValid();
            return a->date.from < b->date.from;
        });
        QString text;
        for (const Event *event : std::as_const(shown)) {
            QString date = event->date.isValid() ? event->date.from.toString(Qt::ISODate) : tr("undated");
            if (event->date.isValid() && event->date.to != event->date.from)
                date += u".."_s + event->date.to.toString(Qt::ISODate);
            text += u"%1  %2  %3\n"_s.arg(date, -22).arg(eventKindName(event->kind), -7).arg(event->title);
        }
        text += tr("%1 of %2 events\n").arg(shown.size()).arg(result.graph.size());
        print(stdout, text);
    }
    std::fflush(stdout);
    std::_Exit(Ok);
}

int generate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Writes a synthetic corpus for benchmarks and scale tests."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"generate"_s, tr("The command."));
    const QCommandLineOption pages(u"pages"_s, tr("Number of event pages."), u"N"_s, u"1000"_s);
    const QCommandLineOption articles(u"articles"_s, tr("Number of articles."), u"M"_s, u"0"_s);
    const QCommandLineOption out(u"out"_s, tr("A folder, or an archive: .zip, .tar.zst, .tar.gz, .tar.xz."), u"PATH"_s);
    const QCommandLineOption seed(u"seed"_s, tr("Random seed: the same seed writes the same corpus."), u"S"_s, u"1"_s);
    parser.addOptions({pages, articles, out, seed});
    parser.process(arguments);
    bool okPages = false;
    bool okArticles = false;
    bool okSeed = false;
    CorpusGenerator::Options options;
    options.pages = parser.value(pages).toInt(&okPages);
    options.articles = parser.value(articles).toInt(&okArticles);
    options.seed = parser.value(seed).toULongLong(&okSeed);
    if (!parser.isSet(out) || !okPages || !okArticles || !okSeed || options.pages < 0 || options.articles < 0) {
        print(stderr, tr("Usage: chronoscope-cli generate --pages N --articles M --out PATH [--seed S]\n"));
        return Failure;
    }
    QString error;
    if (!CorpusGenerator::write(parser.value(out), options, &error)) {
        print(stderr, tr("chronoscope-cli: cannot write %1: %2\n").arg(parser.value(out), error));
        return Failure;
    }
    return Ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setApplicationInfo(app);

    const QStringList arguments = app.arguments();
    const QString command = arguments.size() > 1 ? arguments[1] : QString();
    if (command == u"inspect"_s)
        return inspect(arguments);
    if (command == u"filter"_s)
        return filter(arguments);
    if (command == u"generate"_s)
        return generate(arguments);

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Chronoscope on the command line.\n\n"
                                        "Commands:\n"
                                        "  inspect PATH [--json] [--with-text]   load a corpus and describe it\n"
                                        "  filter PATH --entity NAME… [--all] [--exclude NAME…] [--from DATE] [--to DATE]\n"
                                        "                                        the events that pass a filter\n"
                                        "  generate --pages N --articles M --out PATH [--seed S]\n"
                                        "                                        write a synthetic corpus"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, tr("inspect, filter or generate; COMMAND --help tells more."));
    parser.process(app);
    if (!command.isEmpty()) {
        print(stderr, tr("chronoscope-cli: unknown command '%1'\n").arg(command));
        return Failure;
    }
    parser.showHelp(Failure);
}
