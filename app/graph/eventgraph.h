// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "graph/event.h"
#include "graph/keyindex.h"
#include "graph/linkpath.h"

#include <QHash>
#include <QList>
#include <QSpan>

#include <algorithm>
#include <vector>

namespace Chronoscope {

/** A Related link: page → target. Its Context tags: EventGraph::context(). */
struct RelatedEdge {
    int from = -1;
    int to = -1;
    int tagsAt = 0; // its tags in EventGraph::m_edgeTags
    int tagCount = 0;
};

/**
 * The events of a corpus and the graph of their Related links.
 *
 * Pages and articles come from documents; every link target that names no
 * document becomes a stub event, one per target however many pages link to
 * it, which turns into the page's event when its document arrives. Events keep
 * their index for the graph's lifetime, so indices are safe handles.
 */
class EventGraph
{
public:
    /** Makes room for about @p events events (documents and the stubs their links make). */
    void reserve(qsizetype events);

    /** Adds the event of a document; merges it into the stub of the same id. Returns its index. */
    int addDocumentEvent(Event event)
    {
        const size_t hash = keyHash(event.id);
        return addDocumentEvent(std::move(event), hash);
    }
    /** The same, with the hash of its id already worked out: @p idHash is keyHash(event.id). */
    int addDocumentEvent(Event event, size_t idHash);

    /**
     * Adds a Related link from the event at @p from to @p target. Creates the
     * stub when the target is unknown. Links to external URLs (empty key) and
     * self-links add no edge. Returns the target's index or -1.
     */
    int addLink(int from, const LinkTargetView &target, QSpan<const EventKeyView> context);
    int addLink(int from, const LinkTarget &target, const TagKeys &context);
    int addLink(int from, const LinkTarget &target, const QStringList &context)
    {
        return addLink(from, target, tagKeys(context));
    }
    /** The same, for a link as written ("/news/2010/11/2/slug.md") and its text. */
    int addLink(int from, const QString &link, const QString &text, const QStringList &context)
    {
        return addLink(from, LinkTarget::fromLink(link, text), tagKeys(context));
    }

    /**
     * Starts loading what a coming addLink() to a key of @p keyHash reads, so
     * it does not wait on memory: a graph of a large corpus is far bigger than
     * the processor's caches, and links point anywhere in it. Call with
     * @p stage 0 some links ahead, then with stage 1 for the same key a few
     * links later. Changes nothing: only makes addLink() faster.
     */
    void prefetchLink(size_t keyHash, int stage) const
    {
        if (stage == 0) {
            m_byId.prefetch(keyHash);
            return;
        }
        const int index = m_byId.peek(keyHash);
        if (index < 0)
            return;
        prefetchMemory(&m_events[size_t(index)]);
        prefetchMemory(&m_ends[size_t(index)]);
    }

    /**
     * Whether links came from above the corpus's root ("/news/…" with the
     * "news" folder opened): their targets are then looked up below their
     * first folder too, and LinkTargetView::belowHash is worth loading ahead.
     */
    [[nodiscard]] bool hasLinksFromAboveTheRoot() const { return !m_linkFolders.isEmpty(); }
    /** Adds @p entities (ascending) to what the event at @p index names. */
    void addEntities(int index, const QList<int> &entities);

    [[nodiscard]] qsizetype size() const { return m_events.size(); }
    [[nodiscard]] const Event &event(int index) const { return m_events[index]; }
    [[nodiscard]] int indexOf(const QString &id) const { return resolve(EventKeyView(id)); }
    [[nodiscard]] const std::vector<Event> &events() const { return m_events; }
    [[nodiscard]] const std::vector<RelatedEdge> &edges() const { return m_edges; }

    /** Indices of the events @p index links to, in link order. */
    [[nodiscard]] QList<int> related(int index) const;
    /** Indices of the events that link to @p index ("who links here"). */
    [[nodiscard]] QList<int> backlinks(int index) const;
    /** The edges leaving @p index. */
    [[nodiscard]] QList<const RelatedEdge *> outgoing(int index) const;
    /**
     * The Context tags of the event at @p index: its own (Event::tags), then
     * those of its Related links out and in, each once. Context tags name
     * what both ends of a link share; they are not kept in Event::tags, which
     * would take a list per event.
     */
    [[nodiscard]] QStringList tags(int index) const;
    /** The Context tags of @p edge's links, as written, in link order. */
    [[nodiscard]] QStringList context(const RelatedEdge &edge) const;

    /** Number of stub events (link targets not in the corpus). */
    [[nodiscard]] int stubCount() const;

    /**
     * Indices of the events added or changed since the last call, in
     * ascending order. New links change no event: related(), backlinks() and
     * tags() are the graph's to answer (a load's batches would otherwise send
     * every linked event again).
     */
    QList<int> takeChanged();
    /** Whether to record changes for takeChanged() (on by default; a one-shot load needs none). */
    void setTrackChanges(bool track) { m_trackChanges = track; }

private:
    int resolve(EventKeyView key) const
    {
        return m_byId.find(key.id, key.hash);
    }
    int appendEvent(Event event);
    int stubAboveTheRoot(const QString &id);
    int replaceStub(int index, Event event, size_t idHash);
    bool hasIdOfSegments(qsizetype segments);
    int internTag(EventKeyView tag);
    /** What is known of a first folder of links: whether documents or stubs of links from above have it. */
    struct LinkFolder {
        QString name; // null: nothing known
        bool isTop = false; // in m_topFolders
        bool isLinked = false; // in m_linkFolders
    };
    LinkFolder &linkFolder(QStringView name);
    void markChanged(int index);

    std::vector<Event> m_events;
    std::vector<RelatedEdge> m_edges;
    // Edges in and out of each event as lists threaded through vectors: no
    // list to allocate and grow per event. Out-lists are in the order edges
    // were added, in-lists newest first.
    struct Ends {
        int firstOut = -1;
        int lastOut = -1;
        int firstIn = -1;
    };
    struct EdgeLinks {
        int nextOut = -1;
        int nextIn = -1;
    };
    std::vector<Ends> m_ends; // per event
    std::vector<EdgeLinks> m_edgeLinks; // per edge
    KeyIndex m_byId; // event indices by id, pointing at the events' own ids: those never change
    quint64 m_idSegments = 0; // bit n: some id has n '/'-separated segments (63: that many or more)
    size_t m_idSegmentsCounted = 0; // events whose ids m_idSegments counts
    // One string per distinct Context tag: event tags share it, so equal
    // tags have the same data and compare by pointer (see tags()). Edges
    // keep the numbers of their tags back to back: a list per edge would
    // cost an allocation for each of millions of links.
    QHash<EventKey, int> m_tagPool; // tag → its number
    QStringList m_tags; // by number
    std::vector<int> m_edgeTags;
    QHash<QString, bool> m_topFolders; // first folders of document ids ("news", "articles"); a set that finds views
    QHash<QString, bool> m_linkFolders; // first folders of stubs that no document has: links from above the root
    LinkFolder m_linkFolder; // the one asked about last (see linkFolder())
    QStringList m_retiredIds; // ids of stubs whose page took another id: m_byId still points at them
    QString m_scratch;
    QList<int> m_changed;
    bool m_trackChanges = true;
    std::vector<bool> m_changedFlag;
};

} // namespace Chronoscope
