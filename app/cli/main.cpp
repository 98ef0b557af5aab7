// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

// chronoscope-cli: the core of Chronoscope on the command line.

#include "appinfo.h"
#include "corpus/corpusgenerator.h"
#include "corpus/corpusloader.h"
#include "corpus/jsonexport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

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

int inspect(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Loads a corpus and prints what Chronoscope finds in it."));
    parser.addHelpOption();
    parser.addPositionalArgument(u"inspect"_s, tr("The command."));
    parser.addPositionalArgument(u"path"_s, tr("A folder, an archive or a document."));
    const QCommandLineOption json(u"json"_s, tr("Print JSON instead of a summary."));
    const QCommandLineOption withText(u"with-text"_s, tr("Include bodies, comments and noise in the JSON."));
    parser.addOptions({json, withText});
    parser.process(arguments);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        print(stderr, tr("Usage: chronoscope-cli inspect PATH [--json] [--with-text]\n"));
        return Failure;
    }
    const QString path = positional[1];
    if (!QFileInfo::exists(path)) {
        print(stderr, tr("chronoscope-cli: %1: no such file or folder\n").arg(path));
        return CannotOpen;
    }
    LoadOptions options;
    options.keepText = parser.isSet(withText);
    const LoadResult result = CorpusReader::load(path, options);
    if (!result.ok) {
        print(stderr, u"chronoscope-cli: "_s + result.errorString + u'\n');
        return CannotOpen;
    }
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
    if (command == u"generate"_s)
        return generate(arguments);

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Chronoscope on the command line.\n\n"
                                        "Commands:\n"
                                        "  inspect PATH [--json] [--with-text]   load a corpus and describe it\n"
                                        "  generate --pages N --articles M --out PATH [--seed S]\n"
                                        "                                        write a synthetic corpus"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, tr("inspect or generate; COMMAND --help tells more."));
    parser.process(app);
    if (!command.isEmpty()) {
        print(stderr, tr("chronoscope-cli: unknown command '%1'\n").arg(command));
        return Failure;
    }
    parser.showHelp(Failure);
}
