// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "corpus/corpussource.h"
#include "entities/gazetteer.h"
#include "graph/eventgraph.h"

#include <QHash>
#include <QMap>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace Chronoscope {

struct LoadOptions {
    LoadLimits limits;
    bool keepText = false; ///< keep bodies, comments and noise in the result (the CLI's --with-text)
    int batchSize = 1000; ///< events per batch delivered while loading
    bool annotate = true; ///< find entities and date undated articles (EventAnnotator)
    /**
     * Keep the Source links of pages in Event::sources. Without, only their
     * number is kept (Event::sourceCount): the window reads them again with
     * the text of the event it shows, and a large corpus cites millions.
     */
    bool keepSources = true;
};

struct LoadProgress {
    qint64 documentsDone = 0;
    qint64 documentsTotal = 0;
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    /** A source that lists while it reads (a tar): the totals are extrapolated until the end. */
    bool totalsEstimated = false;
};

/** Everything a load produced. */
struct LoadResult {
    bool ok = false;
    QString errorString; ///< why nothing could be loaded, when !ok
    QString sourceKind; ///< "folder", "zip archive", …
    qint64 documents = 0; ///< documents read and parsed
    EventGraph graph;
    Gazetteer entities; ///< the entity table of Event::entities: the gazetteer and the corpus's own topics
    QList<Problem> problems;
    QHash<int, EventText> texts; ///< by event index, with LoadOptions::keepText
    QMap<QString, qint64> timingMs;
    bool cancelled = false;
};

/**
 * Reads a corpus into an EventGraph: lists the source's documents, reads them
 * in the cheapest order, decodes and parses them on pool threads while the
 * next ones are read, and merges them into the graph in reading order on a
 * thread of its own.
 *
 * Stages: CorpusSource::create/open (cheap checks, listing) → read (bounded,
 * cancellable) → TextDecoder → DocumentParser → EventGraph. Each bad document
 * becomes a Problem; only a corpus that cannot be opened at all fails.
 */
class CorpusReader
{
public:
    struct Callbacks {
        std::function<void(const LoadProgress &)> progress;
        /** New or changed events, in order, after each batch; called on the thread that merges, not the caller's. */
        std::function<void(const QList<Event> &)> batch;
        /** The load starts over: forget the batches and progress delivered so far. */
        std::function<void()> restarted;
    };

    static LoadResult load(const QString &path, const LoadOptions &options, const std::atomic_bool *cancel = nullptr,
                           const Callbacks &callbacks = {});

private:
    /** One pass over @p source; false when it must be read again from the start. */
    static bool readCorpus(CorpusSource &source, const LoadOptions &options, const std::atomic_bool *cancel,
                           const Callbacks &callbacks, LoadResult *result);
};

/**
 * Runs CorpusReader off the GUI thread. Signals arrive on the thread that
 * owns the loader; a generation id drops whatever a cancelled or superseded
 * load still delivers.
 */
class CorpusLoader : public QObject
{
    Q_OBJECT
public:
    explicit CorpusLoader(QObject *parent = nullptr);
    ~CorpusLoader() override;

    /** Starts loading @p path, cancelling a load under way. */
    void start(const QString &path, const LoadOptions &options = {});
    /** Asks the load to stop; it finishes (with cancelled set) soon after. */
    void cancel();
    [[nodiscard]] bool isRunning() const;

Q_SIGNALS:
    void progress(const Chronoscope::LoadProgress &progress);
    void batchReady(const QList<Chronoscope::Event> &events);
    /** The load starts over (a tar not packed under one folder after all): drop what batchReady() gave. */
    void restarted();
    void finished(std::shared_ptr<Chronoscope::LoadResult> result);

private:
    struct Run;
    std::shared_ptr<Run> m_run;
    quint64 m_generation = 0;
};

} // namespace Chronoscope

Q_DECLARE_METATYPE(Chronoscope::LoadProgress)
