// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "corpus/corpusgenerator.h"
#include "corpus/corpusloader.h"
#include "corpus/jsonexport.h"
#include "graph/linkpath.h"
#include "testutils.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <K7Zip>
#include <KTar>
#include <KZip>

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace Chronoscope;
using namespace Qt::StringLiterals;

namespace {

QString seeds()
{
    return TestUtils::dataPath(u"seeds"_s);
}

QByteArray comparableJson(const LoadResult &result)
{
    QJsonObject json = loadResultToJson(result, true);
    json.remove(u"timing_ms"_s);
    json.remove(u"source"_s);
    return QJsonDocument(json).toJson();
}

LoadOptions withText()
{
    LoadOptions options;
    options.keepText = true;
    return options;
}

const Event *eventWithTitlePrefix(const EventGraph &graph, const QString &prefix)
{
    for (const Event &event : graph.events()) {
        if (event.title.startsWith(prefix))
            return &event;
    }
    return nullptr;
}

} // namespace

TEST_CASE("the seeds load as one page, ten stubs and two articles", "[loader][seeds]")
{
    const LoadResult result = CorpusReader::load(seeds(), {});
    REQUIRE(result.ok);
    CHECK(result.documents == 3);
    CHECK(result.problems.isEmpty());
    const EventGraph &graph = result.graph;
    REQUIRE(graph.size() == 13);
    CHECK(graph.stubCount() == 10);
    CHECK(graph.edges().size() == 10);

    const int page = graph.indexOf(u"000_1c63459801a68d8e"_s);
    REQUIRE(page >= 0);
    CHECK(graph.event(page).kind == EventKind::Page);
    CHECK(graph.event(page).date.from == QDate(2010, 11, 12));
    CHECK(graph.event(page).date.source == DateSource::Metadata);
    CHECK(graph.related(page).size() == 10);
    CHECK(graph.tags(page).contains(u"Kuril Islands"_s));

    const QList<QDate> expectedDates = {QDate(2016, 3, 25), QDate(2015, 10, 22), QDate(2010, 11, 2), QDate(2010, 11, 1),
                                        QDate(2006, 8, 16), QDate(2015, 12, 2),  QDate(2015, 8, 22), QDate(2014, 9, 24),
                                        QDate(2014, 7, 29), QDate(2014, 3, 18)};
    const QList<const RelatedEdge *> edges = graph.outgoing(page);
    REQUIRE(edges.size() == 10);
    for (int i = 0; i < 10; ++i) {
        const Event &stub = graph.event(edges[i]->to);
        INFO(stub.id.toStdString());
        CHECK(stub.kind == EventKind::Stub);
        CHECK(stub.date.from == expectedDates[i]);
        CHECK(stub.date.precision == DatePrecision::Day);
        CHECK(stub.date.source == DateSource::Link);
        CHECK(stub.path.isEmpty());
        CHECK_FALSE(stub.title.isEmpty());
        CHECK(graph.backlinks(edges[i]->to) == QList<int>{page});
        const QStringList context = graph.context(*edges[i]);
        CHECK_FALSE(context.isEmpty());
        for (const QString &tag : context)
            CHECK(graph.tags(edges[i]->to).contains(tag));
    }
    CHECK(graph.context(*edges[5]) == QStringList{u"Japan"_s, u"Russia"_s});

    const Event *kunashiri = eventWithTitlePrefix(graph, u"The President of Russia Dmitry Medvedev visits Kunashiri"_s);
    REQUIRE(kunashiri);
    CHECK(kunashiri->id == u"news/2010/11/01/the-president-of-russia-dmitry-medvedev-visits-kunashiri-one-of-the-southern-kuril-islands-that-are-the-subject-of-the-kuril-islands-disput"_s);

    // The articles have no date of their own: theirs is inferred, with the evidence.
    for (const QString &article : {u"003_66ef44475a6511ef"_s, u"004_e127b6791313603b"_s}) {
        const int index = graph.indexOf(article);
        REQUIRE(index >= 0);
        CHECK(graph.event(index).kind == EventKind::Article);
        CHECK(graph.event(index).date.source == DateSource::Inferred);
        CHECK_FALSE(graph.event(index).date.evidence.isEmpty());
    }
}

TEST_CASE("a stub becomes the page when its page is in the corpus, whatever the reading order", "[loader]")
{
    QTemporaryDir dir;
    REQUIRE(QFile::copy(seeds() + u"/000_1c63459801a68d8e.txt"_s, dir.filePath(u"000.txt"_s)));
    const QString linked = u"news/2010/11/01/the-president-of-russia-dmitry-medvedev-visits-kunashiri-one-of-the-southern-kuril-islands-that-are-the-subject-of-the-kuril-islands-disput.md"_s;
    // Written with a zero-padded day: the link has none, and both must meet.
    REQUIRE(TestUtils::writeFile(dir.filePath(linked), "### [2010-11-01](/news/2010/11/01/index.md)\n\n"
                                                       "# Medvedev visits Kunashiri\n\nThe first visit by a Russian leader.\n\n"
                                                       "### Related:\n\n1. [Back](/000.md) _Context: Russia_\n"));
    const LoadResult result = CorpusReader::load(dir.path(), {});
    REQUIRE(result.ok);
    const EventGraph &graph = result.graph;
    CHECK(graph.size() == 11); // two pages, nine stubs
    const int page = graph.indexOf(normalizedLinkKey(linked));
    REQUIRE(page >= 0);
    CHECK(graph.event(page).kind == EventKind::Page);
    CHECK(graph.event(page).title == u"Medvedev visits Kunashiri"_s);
    CHECK(graph.event(page).path == linked);
    const int seed = graph.indexOf(u"000"_s);
    CHECK(graph.backlinks(page) == QList<int>{seed});
    CHECK(graph.backlinks(seed) == QList<int>{page}); // a cycle, harmlessly
}

TEST_CASE("a load that leaves sources out still counts them", "[loader][seeds]")
{
    const QString samples = TestUtils::sharedPath(u"samples"_s);
    const QString corpus = samples.isEmpty() ? seeds() : samples;
    const LoadResult kept = CorpusReader::load(corpus, {});
    LoadOptions options;
    options.keepSources = false;
    const LoadResult counted = CorpusReader::load(corpus, options);
    REQUIRE(kept.ok);
    REQUIRE(counted.ok);
    REQUIRE(kept.graph.size() == counted.graph.size());
    qsizetype cited = 0;
    for (int i = 0; i < int(kept.graph.size()); ++i) {
        const Event &full = kept.graph.event(i);
        const Event &lean = counted.graph.event(i);
        INFO(full.id.toStdString());
        CHECK(lean.id == full.id);
        CHECK(lean.sources.isEmpty());
        CHECK(full.sourceCount == full.sources.size());
        CHECK(lean.sourceCount == full.sources.size());
        CHECK(lean.citedSources() == full.citedSources());
        cited += full.sources.size();
    }
    CHECK(cited > 0);
}

TEST_CASE("an event's Context tags are its own and those of its links in and out, each once", "[graph]")
{
    EventGraph graph;
    Event a;
    a.id = u"news/2010/11/01/a"_s;
    a.title = u"A"_s;
    a.tags = {u"Mine"_s};
    const int pageA = graph.addDocumentEvent(a);
    const int stubB = graph.addLink(pageA, u"/news/2010/11/02/b.md"_s, u"B"_s, {u"Japan"_s, u"Russia"_s});
    REQUIRE(stubB >= 0);
    CHECK(graph.addLink(pageA, u"/news/2010/11/2/b.md"_s, u"B"_s, {u"Russia"_s, u"China"_s}) == stubB);
    CHECK(graph.addLink(pageA, u"/news/2010/11/01/a.md"_s, u"A"_s, {u"Self"_s}) == pageA);
    Event c;
    c.id = u"news/2010/11/03/c"_s;
    c.title = u"C"_s;
    const int pageC = graph.addDocumentEvent(c);
    graph.addLink(pageC, u"/news/2010/11/01/a.md"_s, u"A"_s, {u"Kuril Islands"_s, u"Japan"_s});

    CHECK(graph.tags(pageA) == QStringList{u"Mine"_s, u"Japan"_s, u"Russia"_s, u"China"_s, u"Kuril Islands"_s});
    CHECK(graph.tags(stubB) == QStringList{u"Japan"_s, u"Russia"_s, u"China"_s});
    CHECK(graph.tags(pageC) == QStringList{u"Kuril Islands"_s, u"Japan"_s});
    REQUIRE(graph.outgoing(pageA).size() == 1); // the repeated link is one edge; the self-link none
    CHECK(graph.context(*graph.outgoing(pageA).first()) == QStringList{u"Japan"_s, u"Russia"_s, u"China"_s});

    // B's page arrives: it keeps the tags of the links to it, and adds its own.
    Event b;
    b.id = u"news/2010/11/02/b"_s;
    b.title = u"B itself"_s;
    b.tags = {u"Russia"_s, u"Habomai"_s};
    CHECK(graph.addDocumentEvent(b) == stubB);
    CHECK(graph.event(stubB).kind == EventKind::Page);
    CHECK(graph.tags(stubB) == QStringList{u"Russia"_s, u"Habomai"_s, u"Japan"_s, u"China"_s});
}

TEST_CASE("the same corpus gives the same JSON as a folder and as every archive format", "[loader][archive]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"corpus"_s);
    QDirIterator it(seeds(), QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        REQUIRE(TestUtils::writeFile(folder + u'/' + it.fileName(), TestUtils::readFile(path)));
    }
    CorpusGenerator::Options options;
    options.pages = 150;
    options.articles = 20;
    options.seed = 7;
    QString error;
    REQUIRE(CorpusGenerator::write(folder + u"/generated"_s, options, &error));

    const LoadResult reference = CorpusReader::load(folder, withText());
    REQUIRE(reference.ok);
    CHECK(reference.documents == 3 + 150 + 20);
    const QByteArray expected = comparableJson(reference);

    const QString name = GENERATE(u"c.zip"_s, u"c.tar"_s, u"c.tar.gz"_s, u"c.tar.bz2"_s, u"c.tar.xz"_s,
                                  u"c.tar.zst"_s, u"c.7z"_s, u"prefixed.tar.zst"_s);
    INFO(name.toStdString());
    const QString archive = dir.filePath(name);
    REQUIRE(TestUtils::packFolder(folder, archive, name.startsWith(u"prefixed"_s) ? u"my-corpus/"_s : QString()));
    const LoadResult result = CorpusReader::load(archive, withText());
    REQUIRE(result.ok);
    CHECK(comparableJson(result) == expected);
}

TEST_CASE("a tar read in one pass is read again when its first folder is not the only one", "[loader][archive]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"corpus"_s);
    REQUIRE(TestUtils::writeFile(folder + u"/news/2010/11/12/summit.md"_s,
                                 "### [2010-11-12](/news/2010/11/12/summit.md)\n\n# Summit\n\nText.\n\n"
                                 "### Related:\n\n1. [Later](/news/2011/02/07/later.md) _Context: Japan_\n"));
    REQUIRE(TestUtils::writeFile(folder + u"/news/2011/02/07/later.md"_s,
                                 "### [2011-02-07](/news/2011/02/07/later.md)\n\n# Later\n\nText.\n"));
    const QByteArray expected = comparableJson(CorpusReader::load(folder, withText()));

    // Under news/ only: one pass, ids without "news/" as when listed first.
    const QString onlyNews = dir.filePath(u"news.tar.zst"_s);
    REQUIRE(TestUtils::packFolder(folder + u"/news"_s, onlyNews, u"news/"_s));
    int restarts = 0;
    CorpusReader::Callbacks callbacks;
    callbacks.restarted = [&restarts] {
        ++restarts;
    };
    LoadResult result = CorpusReader::load(onlyNews, withText(), nullptr, callbacks);
    REQUIRE(result.ok);
    CHECK(restarts == 0);
    CHECK(result.graph.indexOf(u"2010/11/12/summit"_s) >= 0);
    // The link to a page read after it, written from the links' root
    // (/news/…), finds that page: no stub stands beside it. The same when
    // the "news" folder itself is opened.
    for (const QString &opened : QStringList{onlyNews, folder + u"/news"_s}) {
        INFO(opened.toStdString());
        const LoadResult below = CorpusReader::load(opened, withText());
        REQUIRE(below.ok);
        CHECK(below.graph.size() == 2);
        CHECK(below.graph.stubCount() == 0);
        const int summit = below.graph.indexOf(u"2010/11/12/summit"_s);
        const int later = below.graph.indexOf(u"2011/02/07/later"_s);
        REQUIRE(summit >= 0);
        REQUIRE(later >= 0);
        CHECK(below.graph.event(later).kind == EventKind::Page);
        CHECK(below.graph.event(later).title == u"Later"_s);
        CHECK(below.graph.related(summit) == QList<int>{later});
        CHECK(below.graph.backlinks(later) == QList<int>{summit});
        CHECK(below.graph.tags(later) == QStringList{u"Japan"_s});
        CHECK(below.graph.indexOf(u"news/2011/02/07/later"_s) == later); // the link's own key finds it too
    }

    // An article after the pages: read again, the same as the folder.
    REQUIRE(TestUtils::writeFile(folder + u"/zz-articles/one.txt"_s, "A title\n\nA body.\n"));
    const QByteArray expectedMixed = comparableJson(CorpusReader::load(folder, withText()));
    CHECK(expectedMixed != expected);
    const QString mixed = dir.filePath(u"mixed.tar.zst"_s);
    REQUIRE(TestUtils::packFolder(folder, mixed));
    result = CorpusReader::load(mixed, withText(), nullptr, callbacks);
    REQUIRE(result.ok);
    CHECK(restarts == 1);
    CHECK(comparableJson(result) == expectedMixed);
}

TEST_CASE("the loader delivers ordered batches and monotonic progress off the GUI thread", "[loader]")
{
    QTemporaryDir dir;
    CorpusGenerator::Options options;
    options.pages = 3000;
    options.articles = 200;
    QString error;
    REQUIRE(CorpusGenerator::write(dir.filePath(u"c.tar.zst"_s), options, &error));

    CorpusLoader loader;
    // Pages come first under news/, then articles/: the tar is read as if
    // packed under news/ until the first article, then again. Batches and
    // progress count from the last restart.
    int batchCount = 0;
    QSet<QString> seen;
    qint64 lastDocs = -1;
    qint64 lastBytes = -1;
    bool progressOrdered = true;
    int restarts = 0;
    QObject::connect(&loader, &CorpusLoader::batchReady, &loader, [&](const QList<Event> &events) {
        ++batchCount;
        for (const Event &event : events)
            seen.insert(event.id);
    });
    QObject::connect(&loader, &CorpusLoader::progress, &loader, [&](const LoadProgress &p) {
        progressOrdered = progressOrdered && p.documentsDone >= lastDocs && p.bytesDone >= lastBytes
            && p.documentsDone <= p.documentsTotal && p.bytesDone <= p.bytesTotal;
        lastDocs = p.documentsDone;
        lastBytes = p.bytesDone;
    });
    QObject::connect(&loader, &CorpusLoader::restarted, &loader, [&] {
        ++restarts;
        batchCount = 0;
        seen.clear();
        lastDocs = -1;
        lastBytes = -1;
    });
    QSignalSpy finished(&loader, &CorpusLoader::finished);
    LoadOptions loadOptions;
    loadOptions.batchSize = 250;
    loader.start(dir.filePath(u"c.tar.zst"_s), loadOptions);
    REQUIRE(finished.wait(60000));
    const auto result = finished.first().first().value<std::shared_ptr<LoadResult>>();
    REQUIRE(result->ok);
    CHECK(result->documents == 3200);
    CHECK(restarts == 1);
    CHECK(batchCount > 1);
    CHECK(seen.size() == result->graph.size());
    CHECK(progressOrdered);
    CHECK(lastDocs == 3200);
}

TEST_CASE("a load can be cancelled and stops soon", "[loader]")
{
    QTemporaryDir dir;
    CorpusGenerator::Options options;
    options.pages = 20000;
    QString error;
    REQUIRE(CorpusGenerator::write(dir.filePath(u"big"_s), options, &error));

    CorpusLoader loader;
    QSignalSpy finished(&loader, &CorpusLoader::finished);
    QSignalSpy batches(&loader, &CorpusLoader::batchReady);
    LoadOptions loadOptions;
    loadOptions.batchSize = 100;
    loader.start(dir.filePath(u"big"_s), loadOptions);
    REQUIRE(batches.wait(30000));
    QElapsedTimer timer;
    timer.start();
    loader.cancel();
    REQUIRE(finished.wait(5000));
    const qint64 elapsed = timer.elapsed();
    WARN("cancel took " << elapsed << " ms");
    const auto result = finished.first().first().value<std::shared_ptr<LoadResult>>();
    CHECK(result->cancelled);
    CHECK(result->documents < 20000);
#if !defined(__SANITIZE_ADDRESS__)
    CHECK(elapsed <= 100);
#endif
}

TEST_CASE("the shared samples load as their truth file says", "[loader][samples]")
{
    const QString samples = TestUtils::sharedPath(u"samples"_s);
    if (samples.isEmpty() || !QFile::exists(samples + u"/truth.jsonl"_s))
        SKIP("../shared/samples is not present");
    const LoadResult result = CorpusReader::load(samples, {});
    REQUIRE(result.ok);
    const EventGraph &graph = result.graph;
    int pages = 0;
    int links = 0;
    const QList<QByteArray> lines = TestUtils::readFile(samples + u"/truth.jsonl"_s).split('\n');
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject truth = QJsonDocument::fromJson(line).object();
        const QString file = truth[u"file"_s].toString();
        INFO(file.toStdString());
        const int index = graph.indexOf(normalizedLinkKey(file));
        REQUIRE(index >= 0);
        const Event &event = graph.event(index);
        CHECK(event.title == truth[u"title"_s].toString().trimmed());
        if (truth[u"kind"_s].toString() != u"event_page"_s) {
            CHECK(event.kind == EventKind::Article);
            continue;
        }
        ++pages;
        CHECK(event.kind == EventKind::Page);
        CHECK(event.date.from == QDate::fromString(truth[u"date"_s].toString(), Qt::ISODate));
        const QJsonArray related = truth[u"related"_s].toArray();
        const QList<int> targets = graph.related(index);
        REQUIRE(targets.size() == related.size());
        for (qsizetype i = 0; i < related.size(); ++i) {
            ++links;
            const QJsonObject link = related[i].toObject();
            const Event &target = graph.event(targets[i]);
            CHECK((target.kind != EventKind::Stub) == link[u"in_corpus"_s].toBool());
            if (link[u"in_corpus"_s].toBool())
                CHECK(target.id == normalizedLinkKey(link[u"resolves_to"_s].toString()));
        }
    }
    CHECK(pages == 24);
    CHECK(links > 0);
}
