// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "corpus/loadlimits.h"
#include "graph/event.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <memory>

namespace Chronoscope {

/** The long texts of one document, read again on request. */
struct DocumentText {
    QString path;
    EventText text;
    QList<SourceRef> sources;
    QString original; ///< the whole document as decoded, for "Show original"
};

/**
 * Reads an event's body, comments and site noise again from the corpus when
 * the reader shows it: the loader keeps none of them for a million events.
 *
 * Requests run one at a time on a worker thread that keeps the corpus open
 * between them. Each request gets an id; only the answer to the latest one is
 * delivered, so clicking quickly through events never shows a stale text. The
 * last few answers are cached (stale ones too: they were read anyway).
 */
class TextProvider : public QObject
{
    Q_OBJECT
public:
    explicit TextProvider(QObject *parent = nullptr);
    ~TextProvider() override;

    /** The corpus (folder, archive or document) to read from; empties the cache. */
    void setCorpus(const QString &corpusPath, const LoadLimits &limits = {});
    [[nodiscard]] QString corpus() const { return m_corpus; }

    /**
     * Asks for the texts of the document at @p path (corpus-relative, Event::path).
     * Returns the request id that textReady() or textFailed() will carry; a cached
     * text is delivered too, from the event loop.
     */
    quint64 request(const QString &path);
    /** The latest request's id. */
    [[nodiscard]] quint64 currentRequest() const { return m_current; }

    void setCacheCapacity(int documents);
    [[nodiscard]] int cacheCapacity() const { return m_capacity; }

Q_SIGNALS:
    void textReady(quint64 requestId, const Chronoscope::DocumentText &text);
    void textFailed(quint64 requestId, const QString &path, const QString &error);

private:
    struct Worker;
    void deliver(quint64 id, const std::shared_ptr<const DocumentText> &text, const QString &path,
                 const QString &error);
    void remember(std::shared_ptr<const DocumentText> text);

    std::unique_ptr<Worker> m_worker;
    QString m_corpus;
    LoadLimits m_limits;
    quint64 m_current = 0;
    quint64 m_corpusGeneration = 0;
    int m_capacity = 8;
    QList<std::shared_ptr<const DocumentText>> m_cache; // most recent last
};

} // namespace Chronoscope

Q_DECLARE_METATYPE(Chronoscope::DocumentText)
