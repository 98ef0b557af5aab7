// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "corpusloader.h"

#include "chronoscope_debug.h"
#include "entities/eventannotator.h"
#include "graph/linkpath.h"
#include "parsers/documentparser.h"
#include "parsers/textdecoder.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent>

#include <optional>

using namespace Qt::StringLiterals;

namespace Chronoscope {

namespace {

/** One document between reading and merging. */
struct Pending {
    QString path;
    QByteArray bytes;
    QString readError;
    EventKey key; // the event id, hashed
    // filled by the parsing stage:
    ParsedDocument parsed;
    QList<LinkTarget> targets; // of the Related links, worked out off the merging thread
    QList<TagKeys> contexts; // their Context tags
    EventAnnotator::Annotation annotation; // entities of the text and of each link
    QList<Problem> problems;
    bool usable = false;
};

void parseOne(Pending &doc, const EventAnnotator *annotator)
{
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
    if (decoded.text.trimmed().isEmpty()) {
        doc.problems.append({doc.path, Problem::Severity::Warning, CorpusSource::tr("No text: skipped.")});
        return;
    }
    doc.parsed = DocumentParser::parse(doc.path, decoded.text);
    if (doc.parsed.title.isEmpty()) {
        doc.problems.append({doc.path, Problem::Severity::Warning, CorpusSource::tr("No title found: skipped.")});
        return;
    }
    if (annotator)
        doc.annotation = annotator->annotate(doc.parsed);
    doc.targets.reserve(doc.parsed.related.size());
    doc.contexts.reserve(doc.parsed.related.size());
    for (ParsedLink &link : doc.parsed.related) {
        doc.targets.append(LinkTarget::fromLink(link.target, link.text));
        doc.contexts.append(tagKeys(link.context));
    }
    // Freed here, on the parsing thread, rather than on the thread that merges.
    doc.parsed.related = {};
    doc.key = EventKey(normalizedLinkKey(doc.path));
    if (doc.key.id.isEmpty())
        doc.key = EventKey(doc.path);
    doc.usable = true;
}

QList<Pending> parseBatch(QList<Pending> batch, std::shared_ptr<const EventAnnotator> annotator)
{
    for (Pending &doc : batch)
        parseOne(doc, annotator.get());
    return batch;
}

} // namespace

LoadResult CorpusReader::load(const QString &path, const LoadOptions &options, const std::atomic_bool *cancel,
                              const Callbacks &callbacks)
{
    LoadResult result;
    QElapsedTimer total;
    total.start();
    auto cancelled = [cancel] {
        return cancel && cancel->load(std::memory_order_relaxed);
    };

    std::unique_ptr<CorpusSource> source = CorpusSource::create(path, options.limits);
    source->setCancelFlag(cancel);
    result.sourceKind = source->kindName();
    if (!source->open()) {
        result.errorString = source->errorString();
        result.problems = source->takeProblems();
        result.cancelled = cancelled();
        return result;
    }
    result.timingMs.insert(u"list"_s, total.elapsed());
    result.problems = source->takeProblems();

    const QList<CorpusEntry> &entries = source->entries();
    LoadProgress progress;
    progress.documentsTotal = entries.size();
    for (const CorpusEntry &entry : entries)
        progress.bytesTotal += std::max<qint64>(entry.size, 0);
    if (callbacks.progress)
        callbacks.progress(progress);
    // Entities and dates: the annotator works on the parsing threads, tags
    // are resolved here, on the thread that merges.
    const std::shared_ptr<const EventAnnotator> annotator = options.annotate ? EventAnnotator::shared() : nullptr;
    std::optional<TagResolver> tags;
    if (annotator)
        tags.emplace(annotator->gazetteer());

    // Pages link to pages that are not in the corpus: expect stubs too.
    result.graph.reserve(entries.size() * 2);
    result.graph.setTrackChanges(bool(callbacks.batch));

    qint64 mergeNs = 0;
    auto merge = [&](QList<Pending> batch) {
        QElapsedTimer timer;
        timer.start();
        for (Pending &doc : batch) {
            result.problems.append(doc.problems);
            if (!doc.usable)
                continue;
            ++result.documents;
            Event event;
            event.id = doc.key.id;
            event.kind = doc.parsed.kind;
            event.title = doc.parsed.title;
            event.date = doc.parsed.date;
            event.path = doc.path;
            event.sources = doc.parsed.sources;
            event.entities = std::move(doc.annotation.entities);
            const int index = result.graph.addDocumentEvent(std::move(event), std::move(doc.key));
            for (qsizetype i = 0; i < doc.targets.size(); ++i) {
                const int target = result.graph.addLink(index, doc.targets[i], doc.contexts[i]);
                if (!tags || target < 0)
                    continue;
                // Context tags name what both ends share; a stub is also what its link text names.
                const QList<int> tagged = tags->entities(doc.contexts[i]);
                result.graph.addEntities(index, tagged);
                result.graph.addEntities(target, tagged);
                if (result.graph.event(target).kind == EventKind::Stub)
                    result.graph.addEntities(target, doc.annotation.linkEntities.value(i));
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
        QThreadPool::globalInstance()->start([spent = std::move(batch)] {});
        mergeNs += timer.nsecsElapsed();
    };

    // Reading (and decompressing) stays on this thread in archive order;
    // decoding and parsing run on pool threads meanwhile, a batch at a time, and
    // batches are merged into the graph in reading order.
    const int inFlight = std::max(1, QThreadPool::globalInstance()->maxThreadCount());
    QList<QFuture<QList<Pending>>> parsing;
    QList<Pending> batch;
    qint64 batchBytes = 0;
    QElapsedTimer progressTimer;
    progressTimer.start();
    qint64 readNs = 0;
    qint64 waitNs = 0;
    QElapsedTimer stage;
    auto mergeOldest = [&] {
        stage.start();
        parsing.first().waitForFinished();
        waitNs += stage.nsecsElapsed();
        merge(parsing.takeFirst().takeResult());
    };
    for (const CorpusEntry &entry : entries) {
        if (cancelled())
            break;
        Pending doc;
        doc.path = entry.path;
        QString error;
        if (isCorpusMetadataName(entry.path)) {
            ++progress.documentsDone;
            progress.bytesDone += std::max<qint64>(entry.size, 0);
            continue;
        }
        if (!isDocumentName(entry.path)) {
            result.problems.append({entry.path, Problem::Severity::Warning,
                                    CorpusSource::tr("A data, code or web file, not a news document: skipped.")});
            ++progress.documentsDone;
            progress.bytesDone += std::max<qint64>(entry.size, 0);
            continue;
        }
        stage.start();
        const bool readOk = source->read(entry, &doc.bytes, &error);
        readNs += stage.nsecsElapsed();
        if (!readOk) {
            if (cancelled())
                break;
            doc.readError = error;
            doc.bytes.clear();
        }
        batchBytes += doc.bytes.size();
        batch.append(std::move(doc));
        result.problems.append(source->takeProblems());
        ++progress.documentsDone;
        progress.bytesDone += std::max<qint64>(entry.size, 0);
        if (batch.size() >= options.batchSize || batchBytes >= (8 << 20)) {
            while (parsing.size() >= inFlight)
                mergeOldest();
            parsing.append(QtConcurrent::run(parseBatch, std::exchange(batch, {}), annotator));
            batchBytes = 0;
            if (callbacks.progress && progressTimer.elapsed() >= 50) {
                callbacks.progress(progress);
                progressTimer.restart();
            }
        }
    }
    while (!parsing.isEmpty())
        mergeOldest();
    if (!batch.isEmpty() && !cancelled())
        merge(parseBatch(std::move(batch), annotator));
    result.problems.append(source->takeProblems());
    if (callbacks.progress)
        callbacks.progress(progress);

    if (tags)
        result.entities = tags->gazetteer();
    result.cancelled = cancelled();
    result.ok = true;
    result.timingMs.insert(u"merge"_s, mergeNs / 1000000);
    result.timingMs.insert(u"read"_s, readNs / 1000000);
    result.timingMs.insert(u"wait_parse"_s, waitNs / 1000000);
    result.timingMs.insert(u"total"_s, total.elapsed());
    qCDebug(CHRONOSCOPE_CORE) << "loaded" << path << "as" << result.sourceKind << ":" << result.documents << "documents,"
                              << result.graph.size() << "events," << result.problems.size() << "problems;"
                              << "timings (ms)" << result.timingMs;
    return result;
}

struct CorpusLoader::Run {
    std::atomic_bool cancel = false;
    QFuture<void> future;
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
    run->future = QtConcurrent::run([this, run, generation, path, options] {
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
        auto result = std::make_shared<LoadResult>(CorpusReader::load(path, options, &run->cancel, callbacks));
        deliver([this, result] {
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
    return m_run && m_run->future.isRunning();
}

} // namespace Chronoscope
