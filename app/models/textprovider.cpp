// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "textprovider.h"

#include "corpus/corpussource.h"
#include "parsers/documentparser.h"
#include "parsers/textdecoder.h"

#include <QMutex>
#include <QMutexLocker>
#include <QPointer>

namespace Chronoscope {

/** The thread that reads, and the corpus it keeps open between requests. */
struct TextProvider::Worker {
    QThreadPool pool;
    QMutex mutex; // guards the source: a request and a change of corpus may overlap
    std::unique_ptr<CorpusSource> source;
    QString sourcePath;
    bool sourceOpen = false;

    Worker() { pool.setMaxThreadCount(1); }
    ~Worker() { pool.waitForDone(); }

    bool read(const QString &corpus, const LoadLimits &limits, const QString &path, DocumentText *out, QString *error)
    {
        QMutexLocker lock(&mutex);
        if (!source || sourcePath != corpus) {
            source = CorpusSource::create(corpus, limits);
            sourcePath = corpus;
            sourceOpen = source->open();
        }
        if (!sourceOpen) {
            *error = source->errorString();
            return false;
        }
        QByteArray bytes;
        if (!source->read(path, &bytes, error))
            return false;
        source->takeProblems();
        const DecodedText decoded = TextDecoder::decode(bytes);
        if (decoded.binary) {
            *error = CorpusSource::tr("Binary file, not a text document.");
            return false;
        }
        ParsedDocument parsed = DocumentParser::parse(path, decoded.text);
        out->path = path;
        out->text = std::move(parsed.text);
        out->original = decoded.text;
        out->sources = std::move(parsed.sources);
        return true;
    }
};

TextProvider::TextProvider(QObject *parent)
    : QObject(parent)
    , m_worker(std::make_unique<Worker>())
{
    qRegisterMetaType<DocumentText>();
}

TextProvider::~TextProvider()
{
    // Wait for a read under way: its answer, posted to this object, is then dropped with it.
    m_worker->pool.waitForDone();
}

void TextProvider::setCorpus(const QString &corpusPath, const LoadLimits &limits)
{
    if (corpusPath == m_corpus)
        return;
    m_corpus = corpusPath;
    ++m_corpusGeneration;
    m_cache.clear();
    ++m_current; // an answer on its way belongs to the old corpus
    m_limits = limits;
    // Open the new corpus ahead of the first request: listing a large folder takes a while.
    m_worker->pool.start([worker = m_worker.get(), corpusPath, limits] {
        QMutexLocker lock(&worker->mutex);
        worker->source = CorpusSource::create(corpusPath, limits);
        worker->sourcePath = corpusPath;
        worker->sourceOpen = worker->source->open();
    });
}

quint64 TextProvider::request(const QString &path)
{
    const quint64 id = ++m_current;
    for (const auto &cached : std::as_const(m_cache)) {
        if (cached->path == path) {
            // A copy: remember() reorders the cache this loop walks.
            const std::shared_ptr<const DocumentText> hit = cached;
            remember(hit);
            QMetaObject::invokeMethod(
                this,
                [this, id, hit] {
                    deliver(id, hit, hit->path, {});
                },
                Qt::QueuedConnection);
            return id;
        }
    }
    QPointer<TextProvider> self(this);
    const QString corpus = m_corpus;
    const quint64 generation = m_corpusGeneration;
    m_worker->pool.start([self, worker = m_worker.get(), corpus, limits = m_limits, path, id, generation] {
        auto text = std::make_shared<DocumentText>();
        QString error;
        const bool ok = worker->read(corpus, limits, path, text.get(), &error);
        QMetaObject::invokeMethod(
            self.data(),
            [self, id, generation, text, path, error, ok] {
                if (!self || generation != self->m_corpusGeneration)
                    return;
                if (ok)
                    self->remember(text);
                self->deliver(id, ok ? text : nullptr, path, error);
            },
            Qt::QueuedConnection);
    });
    return id;
}

void TextProvider::deliver(quint64 id, const std::shared_ptr<const DocumentText> &text, const QString &path,
                           const QString &error)
{
    if (id != m_current)
        return; // a later request superseded this one
    if (text)
        Q_EMIT textReady(id, *text);
    else
        Q_EMIT textFailed(id, path, error);
}

void TextProvider::remember(std::shared_ptr<const DocumentText> text)
{
    // Taken by value: the caller's may live in the cache that is about to change.
    m_cache.removeIf([&text](const std::shared_ptr<const DocumentText> &cached) {
        return cached->path == text->path;
    });
    m_cache.append(text);
    while (m_cache.size() > m_capacity)
        m_cache.removeFirst();
}

void TextProvider::setCacheCapacity(int documents)
{
    m_capacity = std::max(0, documents);
    while (m_cache.size() > m_capacity)
        m_cache.removeFirst();
}

} // namespace Chronoscope
