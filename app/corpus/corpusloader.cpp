// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "corpusloader.h"

#include "chronoscope_debug.h"
#include "entities/eventannotator.h"
#include "graph/linkpath.h"
#include "parsers/documentparser.h"
#include "parsers/eventpageparser.h"
#include "parsers/textdecoder.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QThreadPool>
#include <QVarLengthArray>
#include <QtConcurrent>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

using namespace Qt::StringLiterals;

namespace Chronoscope {

namespace {

/**
 * Lets the calling thread give way to the others of the program when both
 * want a core: a load keeps every core busy, and the window must still answer
 * at once. Once per thread (a thread cannot take its priority back).
 */
void yieldToTheWindow()
{
#ifdef Q_OS_LINUX
    thread_local bool done = false;
    if (!done) {
        done = true;
        setpriority(PRIO_PROCESS, id_t(gettid()), 10); // this thread only: Linux counts niceness per thread
    }
#endif
}

/** Threads for loads: they give way to the window (see yieldToTheWindow). */
class LoadingPool : public QThreadPool
{
public:
    explicit LoadingPool(int threads) { setMaxThreadCount(threads); }
};
// Parsing, a core's worth each: more would only take turns on the cores, with
// the reading and merging threads besides.
Q_GLOBAL_STATIC(LoadingPool, parsingPool, QThread::idealThreadCount())
// CorpusLoader's loads, one a thread (each merges, and waits on the parsing):
// a cancelled load may still be winding down when the next starts.
Q_GLOBAL_STATIC(LoadingPool, runPool, 4)

QThreadPool *loadingPool()
{
    return parsingPool();
}

/** A Related link, worked out on a parsing thread: offsets into ParsedBatch::linkText. */
struct PendingLink {
    int keyAt = 0;
    int keyLength = 0;
    int titleAt = 0;
    int titleLength = 0;
    int tagsAt = 0; // into ParsedBatch::tags
    int tagCount = 0;
    size_t keyHash = 0;
    size_t belowHash = 0; // of the key below its first folder (LinkTargetView::belowHash)
    QDate date; // in the link's path
};

struct PendingTag {
    int at = 0;
    int length = 0;
    size_t hash = 0;
};

/** One document between reading and merging. */
struct Pending {
    QString path;
    bool parse = true; // false: it only carries problems met while reading
    QByteArray bytes;
    QString readError;
    EventKey key; // the event id, hashed
    // filled by the parsing stage:
    ParsedDocument parsed;
    int firstLink = 0; // its Related links in ParsedBatch::links
    int linkCount = 0;
    QList<int> entities; // what its title, summary or body names
    QList<Problem> problems;
    bool usable = false;
};

/**
 * Documents parsed together. The keys, titles and tags of all their Related
 * links lie back to back in one buffer, found by offsets: a string per field,
 * or even a buffer per document, would cost an allocation each on the parsing
 * threads and a free each later.
 */
struct ParsedBatch {
    QList<Pending> docs;
    QString linkText;
    std::vector<PendingLink> links;
    std::vector<PendingTag> tags;
    std::vector<QList<int>> linkEntities; // per link: what its text names, which is what a stub names

    QStringView textAt(int at, int length) const { return QStringView(linkText).sliced(at, length); }
};

void addRelatedLink(ParsedBatch &batch, const RelatedLinkView &link)
{
    QString &text = batch.linkText;
    PendingLink out;
    out.keyAt = int(text.size());
    out.keyLength = int(appendLinkKey(link.target, text, &out.date));
    if (out.keyLength == 0)
        return; // an external link: no edge, no stub
    const QStringView key = batch.textAt(out.keyAt, out.keyLength);
    out.keyHash = keyHash(key);
    if (const qsizetype slash = key.indexOf(u'/'); slash >= 0)
        out.belowHash = keyHash(key.sliced(slash + 1));
    out.titleAt = int(text.size());
    out.titleLength = int(appendSimplified(link.text, text));
    out.tagsAt = int(batch.tags.size());
    EventPageParser::forEachContextTag(link.context, [&batch, &text](QStringView tag) {
        batch.tags.push_back({int(text.size()), int(tag.size()), keyHash(tag)});
        text.append(tag);
    });
    out.tagCount = int(batch.tags.size()) - out.tagsAt;
    batch.links.push_back(out);
}

void parseOne(Pending &doc, ParsedBatch &batch, const EventAnnotator *annotator, const LoadOptions &options)
{
    if (!doc.parse)
        return;
    if (!doc.readError.isEmpty()) {
        doc.problems.append({doc.path, Problem::Severity::Error, doc.readError});
        return;
    }
    DecodedText decoded = TextDecoder::decode(doc.bytes);
    doc.bytes = QByteArray(); // free early: a batch may hold many documents
    if (decoded.binary) {
        doc.problems.append({doc.path, Problem::Severity::Warning,
                             CorpusSource::tr("Binary file, not a text document: skipped.")});
        return;
    }
    if (decoded.legacy) {
        doc.problems.append({doc.path, Problem::Severity::Warning,
                             CorpusSource::tr("Not UTF-8: decoded as %1 (detected).").arg(decoded.encoding)});
    }
    if (decoded.replaced > 0) {
        doc.problems.append({doc.path, Problem::Severity::Warning,
                             CorpusSource::tr("%n character(s) could not be decoded and were replaced.", nullptr,
                                              int(std::min<qsizetype>(decoded.replaced, INT_MAX)))});
    }
    if (QStringView(decoded.text).trimmed().isEmpty()) {
        doc.problems.append({doc.path, Problem::Severity::Warning, CorpusSource::tr("No text: skipped.")});
        return;
    }
    const qsizetype textSize = batch.linkText.size();
    const size_t tagCount = batch.tags.size();
    doc.firstLink = int(batch.links.size());
    doc.parsed = DocumentParser::parse(
        doc.path, decoded.text,
        [&batch](const RelatedLinkView &link) {
            addRelatedLink(batch, link);
        },
        options.keepSources);
    doc.linkCount = int(batch.links.size()) - doc.firstLink;
    if (doc.parsed.title.isEmpty()) {
        doc.problems.append({doc.path, Problem::Severity::Warning, CorpusSource::tr("No title found: skipped.")});
        batch.linkText.truncate(textSize);
        batch.tags.resize(tagCount);
        batch.links.resize(size_t(doc.firstLink));
        doc.linkCount = 0;
        return;
    }
    if (annotator) {
        // Entities, and a date for an undated article: here, on the parsing thread.
        doc.entities = annotator->annotate(doc.parsed).entities;
        batch.linkEntities.resize(batch.links.size());
        for (int l = doc.firstLink; l < doc.firstLink + doc.linkCount; ++l) {
            const PendingLink &link = batch.links[size_t(l)];
            batch.linkEntities[size_t(l)] =
                annotator->matcher().entitiesIn(batch.textAt(link.titleAt, link.titleLength), doc.parsed.date);
        }
    }
    if (!options.keepText)
        doc.parsed.text = {}; // freed here, where it was made, and while it is in the cache
    doc.key = EventKey(normalizedLinkKey(doc.path));
    if (doc.key.id.isEmpty())
        doc.key = EventKey(doc.path);
    doc.usable = true;
}

ParsedBatch parseBatch(QList<Pending> docs, const std::shared_ptr<const EventAnnotator> &annotator,
                       const LoadOptions &options)
{
    yieldToTheWindow();
    ParsedBatch batch;
    batch.docs = std::move(docs);
    // A page's keys, titles and tags take about a third of its text: room
    // for that, rather than a buffer that doubles (and is copied) as it grows.
    qsizetype bytes = 0;
    for (const Pending &doc : std::as_const(batch.docs))
        bytes += doc.bytes.size();
    batch.linkText.reserve(std::max<qsizetype>(bytes / 3, 4096));
    batch.links.reserve(size_t(batch.docs.size()) * 8);
    batch.tags.reserve(size_t(batch.docs.size()) * 20);
    for (Pending &doc : batch.docs)
        parseOne(doc, batch, annotator.get(), options);
    return batch;
}

/**
 * Parsed batches on their way to the thread that merges them, in reading
 * order. Holds a few at most: reading waits for merging to catch up rather
 * than fill memory with batches.
 */
class MergeQueue
{
public:
    explicit MergeQueue(size_t capacity)
        : m_capacity(capacity)
    {
    }

    /** Queues @p batch, waiting while the queue is full. */
    void push(QFuture<ParsedBatch> batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] {
            return m_batches.size() < m_capacity;
        });
        m_batches.push_back(std::move(batch));
        m_changed.notify_all();
    }

    /** No more batches will come. */
    void close()
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

    /** The oldest batch, waiting for one; nothing when the queue is closed and empty. */
    std::optional<QFuture<ParsedBatch>> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] {
            return m_closed || !m_batches.empty();
        });
        if (m_batches.empty())
            return std::nullopt;
        QFuture<ParsedBatch> batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QFuture<ParsedBatch>> m_batches;
    const size_t m_capacity;
    bool m_closed = false;
};

} // namespace

LoadResult CorpusReader::load(const QString &path, const LoadOptions &options, const std::atomic_bool *cancel,
                              const Callbacks &callbacks)
{
    QElapsedTimer total;
    total.start();
    auto cancelled = [cancel] {
        return cancel && cancel->load(std::memory_order_relaxed);
    };

    std::unique_ptr<CorpusSource> source = CorpusSource::create(path, options.limits);
    source->setCancelFlag(cancel);
    LoadResult result;
    // Every source is read once, in order; a tar lists its documents while
    // they are read. When one turns out not to be packed under the folder of
    // its first document, the ids given so far are wrong: it is read again.
    for (;;) {
        result = LoadResult();
        if (readCorpus(*source, options, cancel, callbacks, &result) || !source->mustRestart())
            break;
        qCDebug(CHRONOSCOPE_CORE) << path << "is not packed under one folder: reading it again";
        if (callbacks.restarted)
            callbacks.restarted();
    }
    result.cancelled = cancelled();
    result.timingMs.insert(u"total"_s, total.elapsed());
    qCDebug(CHRONOSCOPE_CORE) << "loaded" << path << "as" << result.sourceKind << ":" << result.documents << "documents,"
                              << result.graph.size() << "events," << result.problems.size() << "problems;"
                              << "timings (ms)" << result.timingMs;
    return result;
}

bool CorpusReader::readCorpus(CorpusSource &source, const LoadOptions &options, const std::atomic_bool *cancel,
                              const Callbacks &callbacks, LoadResult *resultOut)
{
    LoadResult &result = *resultOut;
    QElapsedTimer total;
    total.start();
    auto cancelled = [cancel] {
        return cancel && cancel->load(std::memory_order_relaxed);
    };
    result.sourceKind = source.kindName();
    if (!source.openSequential()) {
        result.errorString = source.errorString();
        result.problems = source.takeProblems();
        return true;
    }
    result.timingMs.insert(u"list"_s, total.elapsed());
    // Problems met while listing come first, as when every entry was listed
    // before the first was read.
    QList<Problem> listingProblems = source.takeProblems();

    // A source that lists while it reads knows its totals only at the end:
    // until then they are extrapolated from how far into its file it is.
    const bool streamed = source.streamSize() >= 0;
    LoadProgress progress;
    if (streamed) {
        progress.totalsEstimated = true;
        progress.bytesTotal = source.streamSize();
    } else {
        progress.documentsTotal = source.entries().size();
        for (const CorpusEntry &entry : source.entries())
            progress.bytesTotal += std::max<qint64>(entry.size, 0);
    }
    auto reportProgress = [&] {
        if (streamed) {
            progress.bytesDone = std::min(std::max(source.streamPosition(), progress.bytesDone), progress.bytesTotal);
            const qint64 estimate = progress.bytesDone > 0
                ? qint64(double(progress.documentsDone) * double(progress.bytesTotal) / double(progress.bytesDone))
                : 0;
            progress.documentsTotal = std::max({progress.documentsTotal, progress.documentsDone, estimate});
        }
        if (callbacks.progress)
            callbacks.progress(progress);
    };
    reportProgress();
    // Pages link to pages that are not in the corpus: expect stubs too.
    // (A compressed page takes a few hundred bytes of its file; room that is
    // reserved but not used costs address space, not memory.)
    const qsizetype expectedEvents = streamed ? qsizetype(std::min<qint64>(source.streamSize() / 64, 1 << 21))
                                              : source.entries().size() * 2;
    result.graph.setTrackChanges(bool(callbacks.batch));

    // Entities and dates: the annotator works on the parsing threads, tags
    // are resolved here, on the thread that merges.
    const std::shared_ptr<const EventAnnotator> annotator = options.annotate ? EventAnnotator::shared() : nullptr;
    std::optional<TagResolver> tagResolver;
    if (annotator)
        tagResolver.emplace(annotator->gazetteer());

    qint64 mergeNs = 0;
    QVarLengthArray<EventKeyView, 16> tags;
    auto merge = [&](ParsedBatch batch) {
        QElapsedTimer timer;
        timer.start();
        // Links point anywhere in the graph: load what the coming ones read
        // while this one is merged (see EventGraph::prefetchLink).
        constexpr size_t linksAhead = 16;
        const size_t linkCount = batch.links.size();
        for (size_t l = 0; l < std::min(linkCount, linksAhead); ++l)
            result.graph.prefetchLink(batch.links[l].keyHash, 0);
        for (qsizetype d = 0; d < batch.docs.size(); ++d) {
            Pending &doc = batch.docs[d];
            result.problems.append(doc.problems);
            if (!doc.usable)
                continue;
            if (d + 1 < batch.docs.size()) {
                result.graph.prefetchLink(batch.docs[d + 1].key.hash, 0);
                prefetchMemory(batch.docs[d + 1].key.id.constData()); // the graph reads its first folder
            }
            ++result.documents;
            Event event;
            event.id = std::move(doc.key.id);
            event.kind = doc.parsed.kind;
            event.title = std::move(doc.parsed.title);
            event.date = std::move(doc.parsed.date);
            event.path = std::move(doc.path);
            event.sourceCount = quint16(std::min<qsizetype>(doc.parsed.sourceCount, 0xffff));
            event.sources = std::move(doc.parsed.sources);
            event.entities = std::move(doc.entities);
            const int index = result.graph.addDocumentEvent(std::move(event), doc.key.hash);
            // Links from above the corpus's root find their pages below their first folder: load both.
            const bool fromAbove = result.graph.hasLinksFromAboveTheRoot();
            for (int l = doc.firstLink; l < doc.firstLink + doc.linkCount; ++l) {
                if (size_t(l) + linksAhead < linkCount) {
                    const PendingLink &ahead = batch.links[size_t(l) + linksAhead];
                    result.graph.prefetchLink(ahead.keyHash, 0);
                    if (fromAbove)
                        result.graph.prefetchLink(ahead.belowHash, 0);
                }
                if (size_t(l) + linksAhead / 2 < linkCount) {
                    const PendingLink &ahead = batch.links[size_t(l) + linksAhead / 2];
                    result.graph.prefetchLink(ahead.keyHash, 1);
                    if (fromAbove)
                        result.graph.prefetchLink(ahead.belowHash, 1);
                }
                const PendingLink &link = batch.links[size_t(l)];
                tags.clear();
                for (int t = link.tagsAt; t < link.tagsAt + link.tagCount; ++t) {
                    const PendingTag &tag = batch.tags[size_t(t)];
                    tags.append(EventKeyView(batch.textAt(tag.at, tag.length), tag.hash));
                }
                LinkTargetView target(EventKeyView(batch.textAt(link.keyAt, link.keyLength), link.keyHash),
                                      batch.textAt(link.titleAt, link.titleLength), link.date);
                target.belowHash = link.belowHash;
                const int to = result.graph.addLink(index, target, QSpan<const EventKeyView>(tags));
                if (!tagResolver || to < 0)
                    continue;
                // Context tags name what both ends share; a stub is also what its link text names.
                const QList<int> tagged = tagResolver->entities(QSpan<const EventKeyView>(tags));
                result.graph.addEntities(index, tagged);
                result.graph.addEntities(to, tagged);
                if (result.graph.event(to).kind == EventKind::Stub && size_t(l) < batch.linkEntities.size())
                    result.graph.addEntities(to, batch.linkEntities[size_t(l)]);
            }
            if (options.keepText)
                result.texts.insert(index, std::move(doc.parsed.text));
        }
        if (callbacks.batch) {
            QList<Event> changed;
            for (int index : result.graph.takeChanged())
                changed.append(result.graph.event(index));
            if (!changed.isEmpty())
                callbacks.batch(changed);
        }
        // What is left of the batch (link lists, parsed texts) is freed by a
        // pool thread: freeing costs this thread as much as merging does.
        loadingPool()->start([spent = std::move(batch)] {});
        mergeNs += timer.nsecsElapsed();
    };

    // Three stages run at once: reading (and decompressing) on a thread of
    // its own, in archive order; decoding and parsing on pool threads, a batch
    // at a time; merging into the graph on this thread, in reading order.
    // Only this thread touches the result. (Merging allocates most of what
    // the graph keeps: the main thread's heap, when it is this one, grows
    // in larger steps than a thread's own.)
    const int parsers = std::max(1, QThread::idealThreadCount());
    MergeQueue queue(size_t(parsers) + 1);
    qint64 readNs = 0;
    std::thread reader([&] {
        yieldToTheWindow();
        // Its time, less the time it waits for parsing and merging to catch up.
        QElapsedTimer busy;
        busy.start();
        qint64 waitedNs = 0;
        QList<Pending> batch;
        qint64 batchBytes = 0;
        bool sentFirst = false;
        auto sendBatch = [&] {
            // The batch moves into the task: QtConcurrent hands its stored
            // arguments on as copies, and parsing a shared list would copy
            // every document.
            QFuture<ParsedBatch> parsed =
                QtConcurrent::run(loadingPool(), [docs = std::exchange(batch, {}), annotator, options]() mutable {
                    return parseBatch(std::move(docs), annotator, options);
                });
            const qint64 before = busy.nsecsElapsed();
            queue.push(std::move(parsed));
            waitedNs += busy.nsecsElapsed() - before;
            batchBytes = 0;
        };
        // Problems met while reading travel with the documents, so that they are
        // listed in reading order with the ones parsing finds.
        auto addReadProblems = [&batch](const QString &path, QList<Problem> problems) {
            if (problems.isEmpty())
                return;
            Pending item;
            item.path = path;
            item.parse = false;
            item.problems = std::move(problems);
            batch.append(std::move(item));
        };
        QElapsedTimer progressTimer;
        progressTimer.start();
        CorpusEntry entry;
        batch.reserve(options.batchSize);
        for (;;) {
            const bool more = source.nextEntry(&entry);
            listingProblems.append(source.takeProblems());
            if (!more || cancelled())
                break;
            ++progress.documentsDone;
            if (!streamed)
                progress.bytesDone += std::max<qint64>(entry.size, 0);
            if (isCorpusMetadataName(entry.path))
                continue;
            if (!isDocumentName(entry.path)) {
                addReadProblems(entry.path,
                                {{entry.path, Problem::Severity::Warning,
                                  CorpusSource::tr("A data, code or web file, not a news document: skipped.")}});
                continue;
            }
            Pending doc;
            doc.path = entry.path;
            QString error;
            const bool readOk = source.read(entry, &doc.bytes, &error);
            // What a source that lists while reading says is a listing problem.
            if (streamed)
                listingProblems.append(source.takeProblems());
            else
                doc.problems = source.takeProblems();
            if (!readOk) {
                if (cancelled() || source.hasFailed())
                    break;
                if (error.isEmpty()) { // no document after all
                    addReadProblems(doc.path, std::move(doc.problems));
                    continue;
                }
                doc.readError = error;
                doc.bytes.clear();
            }
            batchBytes += doc.bytes.size();
            batch.append(std::move(doc));
            // The first batch is small: parsing starts at once, and so do the first results.
            const qsizetype wanted = sentFirst ? options.batchSize : std::min(options.batchSize, 100);
            if (batch.size() >= wanted || batchBytes >= (8 << 20)) {
                sendBatch();
                sentFirst = true;
                batch.reserve(options.batchSize);
                if (progressTimer.elapsed() >= 50) {
                    reportProgress();
                    progressTimer.restart();
                }
            }
        }
        // A cancel stops the stream too; what was read until then stays, as it
        // does for every source. A failed or restarted read is thrown away.
        if (!batch.isEmpty() && !cancelled() && !source.mustRestart() && !source.hasFailed())
            sendBatch();
        queue.close();
        readNs = busy.nsecsElapsed() - waitedNs;
    });

    // Made while the first documents are read: a large graph's room takes a while to clear.
    result.graph.reserve(expectedEvents);

    qint64 waitNs = 0;
    QElapsedTimer wait;
    while (std::optional<QFuture<ParsedBatch>> next = queue.pop()) {
        wait.start();
        next->waitForFinished();
        waitNs += wait.nsecsElapsed();
        merge(next->takeResult());
    }
    reader.join();
    if (source.mustRestart() || (source.hasFailed() && !cancelled())) {
        // What was read is thrown away.
        if (source.mustRestart())
            return false;
        result = LoadResult();
        result.sourceKind = source.kindName();
        result.errorString = source.errorString();
        result.problems = listingProblems + source.takeProblems();
        return true;
    }
    listingProblems.append(source.takeProblems());
    result.problems = listingProblems + result.problems;
    if (streamed && !cancelled()) {
        progress.documentsTotal = progress.documentsDone;
        progress.bytesDone = progress.bytesTotal;
    }
    reportProgress();

    if (tagResolver)
        result.entities = tagResolver->gazetteer();
    result.ok = true;
    result.timingMs.insert(u"merge"_s, mergeNs / 1000000);
    result.timingMs.insert(u"read"_s, readNs / 1000000);
    result.timingMs.insert(u"wait_parse"_s, waitNs / 1000000);
    return true;
}

struct CorpusLoader::Run {
    std::atomic_bool cancel = false;
    QFuture<void> future;
    bool finished = false; // finished() was emitted; only touched on the loader's thread
};

CorpusLoader::CorpusLoader(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<LoadProgress>();
}

CorpusLoader::~CorpusLoader()
{
    if (m_run) {
        m_run->cancel = true;
        m_run->future.waitForFinished();
    }
}

void CorpusLoader::start(const QString &path, const LoadOptions &options)
{
    cancel();
    const quint64 generation = ++m_generation; // drops what the previous run still delivers
    auto run = std::make_shared<Run>();
    m_run = run;
    // The destructor waits for the run, so the worker may post to this object.
    run->future = QtConcurrent::run(static_cast<QThreadPool *>(runPool()), [this, run, generation, path, options] {
        yieldToTheWindow();
        auto deliver = [this, generation](std::function<void()> fn) {
            QMetaObject::invokeMethod(
                this,
                [this, generation, fn = std::move(fn)] {
                    if (generation == m_generation)
                        fn();
                },
                Qt::QueuedConnection);
        };
        CorpusReader::Callbacks callbacks;
        callbacks.progress = [&](const LoadProgress &p) {
            deliver([this, p] {
                Q_EMIT progress(p);
            });
        };
        callbacks.batch = [&](const QList<Event> &events) {
            deliver([this, events] {
                Q_EMIT batchReady(events);
            });
        };
        callbacks.restarted = [&] {
            deliver([this] {
                Q_EMIT restarted();
            });
        };
        auto result = std::make_shared<LoadResult>(CorpusReader::load(path, options, &run->cancel, callbacks));
        deliver([this, run, result] {
            // The worker may take a moment more to wind down: the load is over for the user now.
            run->finished = true;
            Q_EMIT finished(result);
        });
    });
}

void CorpusLoader::cancel()
{
    if (m_run)
        m_run->cancel = true;
}

bool CorpusLoader::isRunning() const
{
    return m_run && !m_run->finished && m_run->future.isRunning();
}

} // namespace Chronoscope
