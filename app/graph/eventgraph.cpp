// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "eventgraph.h"

#include "graph/linkpath.h"

#include <QVarLengthArray>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace Chronoscope {

namespace {

/** The number of '/'-separated segments of @p id (std::count: QString::count(QChar) compares QChars one by one). */
qsizetype segmentCount(QStringView id)
{
    return std::count(id.utf16(), id.utf16() + id.size(), u'/') + 1;
}

/** The bit of EventGraph::m_idSegments that @p id sets. */
quint64 segmentsBit(QStringView id)
{
    return quint64(1) << std::min<qsizetype>(segmentCount(id), 63);
}

/** Adds @p more (ascending) to the ascending @p list, without repeats. */
void mergeSorted(QList<int> &list, const QList<int> &more)
{
    if (more.isEmpty())
        return;
    QList<int> merged;
    merged.reserve(list.size() + more.size());
    std::set_union(list.cbegin(), list.cend(), more.cbegin(), more.cend(), std::back_inserter(merged));
    list = std::move(merged);
}

} // namespace

QString eventKindName(EventKind kind)
{
    switch (kind) {
    case EventKind::Page:
        return u"page"_s;
    case EventKind::Stub:
        return u"stub"_s;
    case EventKind::Article:
        return u"article"_s;
    }
    return {};
}

void EventGraph::reserve(qsizetype events)
{
    m_events.reserve(size_t(events));
    m_ends.reserve(size_t(events));
    m_byId.reserve(events);
    // Pages link to a few others each: room that stays unused costs address space only.
    m_edges.reserve(size_t(events) * 2);
    m_edgeLinks.reserve(size_t(events) * 2);
    m_edgeTags.reserve(size_t(events) * 6);
}

int EventGraph::appendEvent(Event event)
{
    const int index = int(m_events.size());
    m_events.push_back(std::move(event));
    m_ends.emplace_back();
    markChanged(index);
    return index;
}

int EventGraph::internTag(EventKeyView tag)
{
    auto it = m_tagPool.constFind(tag);
    if (it == m_tagPool.cend()) {
        QString text = tag.id.toString();
        it = m_tagPool.insert(EventKey(text, tag.hash), int(m_tags.size()));
        m_tags.append(text);
    }
    return it.value();
}

int EventGraph::addDocumentEvent(Event event, size_t idHash)
{
    for (QString &tag : event.tags)
        tag = m_tags.at(internTag(EventKeyView(tag)));
    if (const qsizetype slash = event.id.indexOf(u'/'); slash > 0) {
        const QStringView folder = QStringView(event.id).left(slash);
        if (!m_topFolders.contains(folder)) {
            m_topFolders.insert(folder.toString(), true);
            m_linkFolder = {}; // it may be that folder
        }
    }
    int existing = resolve(EventKeyView(event.id, idHash));
    if (existing < 0) {
        if (const int stub = stubAboveTheRoot(event.id); stub >= 0)
            return replaceStub(stub, std::move(event), idHash);
    }
    if (existing >= 0) {
        if (m_events[existing].kind == EventKind::Stub)
            return replaceStub(existing, std::move(event), idHash);
        // Two documents with the same key (e.g. "a.md" and "A.txt"): keep both.
        const QString base = event.id;
        EventKey key;
        for (int n = 2;; ++n) {
            key = EventKey(base + u'~' + QString::number(n));
            if (resolve(key) < 0)
                break;
        }
        event.id = key.id;
        idHash = key.hash;
    }
    const int index = appendEvent(std::move(event));
    m_byId.insert(m_events.back().id, idHash, index);
    return index;
}

int EventGraph::stubAboveTheRoot(const QString &id)
{
    // A corpus opened below the links' root ("news" itself, or a tar packed
    // under "news/"): links to this document made "news/…" stubs before it
    // came. Links' first folders that no document has are few; try each.
    for (auto it = m_linkFolders.cbegin(); it != m_linkFolders.cend(); ++it) {
        m_scratch.resize(0);
        m_scratch += it.key();
        m_scratch += u'/';
        m_scratch += id;
        const int index = resolve(EventKeyView(m_scratch));
        if (index >= 0 && m_events[size_t(index)].kind == EventKind::Stub)
            return index;
    }
    return -1;
}

int EventGraph::replaceStub(int index, Event event, size_t idHash)
{
    // The page of a stub arrived: it takes the stub's place, keeping the links
    // to it (and so their tags), what they name and, if it has no date, the
    // link's date.
    Event &old = m_events[size_t(index)];
    const DateRange linkDate = old.date;
    const QList<int> linkEntities = old.entities;
    if (old.id == event.id) {
        event.id = std::move(old.id); // the same text, where m_byId points
    } else {
        // Found by a link from above the corpus's root: the page keeps the id
        // of its path, and the stub's id stays known (m_byId points at it).
        m_retiredIds.append(std::move(old.id));
        m_byId.insert(event.id, idHash, index);
        if (size_t(index) < m_idSegmentsCounted)
            m_idSegments |= segmentsBit(event.id);
    }
    old = std::move(event);
    mergeSorted(old.entities, linkEntities);
    if (!old.date.isValid() && linkDate.isValid())
        old.date = linkDate;
    markChanged(index);
    return index;
}

int EventGraph::addLink(int from, const LinkTarget &target, const TagKeys &context)
{
    QVarLengthArray<EventKeyView, 8> tags;
    for (const EventKey &tag : context)
        tags.append(tag);
    return addLink(from, LinkTargetView(target), QSpan<const EventKeyView>(tags));
}

int EventGraph::addLink(int from, const LinkTargetView &target, QSpan<const EventKeyView> context)
{
    if (from < 0 || size_t(from) >= m_events.size())
        return -1;
    const QStringView key = target.key.id;
    if (key.isEmpty())
        return -1;
    int to = resolve(target.key);
    const bool aboveTheRoot = to < 0 && !linkFolder(key.left(key.indexOf(u'/'))).isTop;
    if (aboveTheRoot) {
        // Also accept a corpus opened below the links' root: /news/2010/… finds
        // 2010/… when the user opened the "news" folder itself. Not needed when
        // documents live under the link's first folder, which is the usual case.
        QStringView rest = key;
        qsizetype segments = segmentCount(key);
        for (qsizetype slash = rest.indexOf(u'/'); slash >= 0 && to < 0; slash = rest.indexOf(u'/')) {
            const bool first = rest.size() == key.size();
            rest = rest.mid(slash + 1);
            // Only ids of as many segments can match: skip hashing and looking up the others.
            if (hasIdOfSegments(--segments))
                to = resolve(first && target.belowHash != 0 ? EventKeyView(rest, target.belowHash) : EventKeyView(rest));
        }
    }
    if (to < 0) {
        Event stub;
        stub.id = key.toString();
        stub.kind = EventKind::Stub;
        stub.title = target.title.toString();
        if (target.date.isValid())
            stub.date = DateRange::day(target.date, DateSource::Link, u"date in the path of a link to it"_s);
        to = appendEvent(std::move(stub));
        m_byId.insert(m_events.back().id, target.key.hash, to);
        if (const qsizetype slash = key.indexOf(u'/'); aboveTheRoot && slash > 0 && m_linkFolders.size() < 8) {
            // Its page may come yet, under its path below this folder (see stubAboveTheRoot).
            if (LinkFolder &folder = linkFolder(key.left(slash)); !folder.isLinked) {
                folder.isLinked = true;
                m_linkFolders.insert(folder.name, true);
            }
        }
    } else if (m_events[to].kind == EventKind::Stub) {
        // Pages may describe a missing page in different words; keep the fullest,
        // so the title does not depend on the order documents were read in.
        const QStringView title = target.title;
        Event &stub = m_events[to];
        // (Equal titles, the usual case, are told apart by the quicker test.)
        if (title.size() > stub.title.size()
            || (title.size() == stub.title.size() && title != stub.title && title.compare(stub.title) < 0)) {
            stub.title = title.toString();
            markChanged(to);
        }
    }
    if (to == from)
        return to;

    QVarLengthArray<int, 8> tags;
    for (const EventKeyView &tag : context)
        tags.append(internTag(tag));
    // One edge per pair: a repeated link only adds its tags.
    for (int e = m_ends[from].firstOut; e >= 0; e = m_edgeLinks[e].nextOut) {
        RelatedEdge &edge = m_edges[e];
        if (edge.to != to)
            continue;
        QVarLengthArray<int, 8> edgeTags(m_edgeTags.begin() + edge.tagsAt,
                                         m_edgeTags.begin() + edge.tagsAt + edge.tagCount);
        for (int tag : std::as_const(tags)) {
            if (!edgeTags.contains(tag))
                edgeTags.append(tag);
        }
        if (edgeTags.size() != edge.tagCount) {
            // Rare: its tags move to the end, where they can grow.
            edge.tagsAt = int(m_edgeTags.size());
            edge.tagCount = int(edgeTags.size());
            m_edgeTags.insert(m_edgeTags.end(), edgeTags.cbegin(), edgeTags.cend());
        }
        return to;
    }
    const int edge = int(m_edges.size());
    m_edges.push_back({from, to, int(m_edgeTags.size()), int(tags.size())});
    m_edgeTags.insert(m_edgeTags.end(), tags.cbegin(), tags.cend());
    // Out-lists grow at their end (the page's own edges, just made); in-lists
    // at their start, so that no older edge of the target is touched.
    Ends &in = m_ends[to];
    m_edgeLinks.push_back({-1, in.firstIn});
    in.firstIn = edge;
    Ends &out = m_ends[from];
    (out.lastOut >= 0 ? m_edgeLinks[out.lastOut].nextOut : out.firstOut) = edge;
    out.lastOut = edge;
    return to;
}

EventGraph::LinkFolder &EventGraph::linkFolder(QStringView name)
{
    // Links name few first folders, mostly one ("news"): the answer for the
    // last is kept, where each question would otherwise hash the name.
    if (m_linkFolder.name.isNull() || name != m_linkFolder.name) {
        m_linkFolder.name = name.toString();
        m_linkFolder.isTop = m_topFolders.contains(name);
        m_linkFolder.isLinked = m_linkFolders.contains(name);
    }
    return m_linkFolder;
}

bool EventGraph::hasIdOfSegments(qsizetype segments)
{
    // Counted only when asked, which a corpus opened at the links' root never is.
    for (; m_idSegmentsCounted < m_events.size(); ++m_idSegmentsCounted)
        m_idSegments |= segmentsBit(m_events[m_idSegmentsCounted].id);
    return m_idSegments & (quint64(1) << std::min<qsizetype>(segments, 63));
}

void EventGraph::addEntities(int index, const QList<int> &entities)
{
    if (entities.isEmpty() || index < 0 || size_t(index) >= m_events.size())
        return;
    QList<int> &current = m_events[size_t(index)].entities;
    const qsizetype before = current.size();
    mergeSorted(current, entities);
    if (current.size() != before)
        markChanged(index);
}

QList<int> EventGraph::related(int index) const
{
    QList<int> result;
    for (int e = m_ends[index].firstOut; e >= 0; e = m_edgeLinks[e].nextOut)
        result.append(m_edges[e].to);
    return result;
}

QList<int> EventGraph::backlinks(int index) const
{
    QList<int> result;
    for (int e = m_ends[index].firstIn; e >= 0; e = m_edgeLinks[e].nextIn)
        result.append(m_edges[e].from);
    std::reverse(result.begin(), result.end()); // in the order they were added
    return result;
}

QList<const RelatedEdge *> EventGraph::outgoing(int index) const
{
    QList<const RelatedEdge *> result;
    for (int e = m_ends[index].firstOut; e >= 0; e = m_edgeLinks[e].nextOut)
        result.append(&m_edges[e]);
    return result;
}

QStringList EventGraph::context(const RelatedEdge &edge) const
{
    QStringList tags;
    tags.reserve(edge.tagCount);
    for (int t = edge.tagsAt; t < edge.tagsAt + edge.tagCount; ++t)
        tags.append(m_tags.at(m_edgeTags[size_t(t)]));
    return tags;
}

QStringList EventGraph::tags(int index) const
{
    // Its own tags (interned: the same text is the same data), then those of
    // its links out and in, each once.
    const Event &event = m_events[size_t(index)];
    QStringList result = event.tags;
    QVarLengthArray<int, 32> seen;
    auto addEdgeTags = [&](const RelatedEdge &edge) {
        for (int t = edge.tagsAt; t < edge.tagsAt + edge.tagCount; ++t) {
            const int tag = m_edgeTags[size_t(t)];
            if (seen.contains(tag))
                continue;
            seen.append(tag);
            const QString &text = m_tags.at(tag);
            if (std::none_of(event.tags.cbegin(), event.tags.cend(), [&text](const QString &own) {
                    return own.constData() == text.constData();
                }))
                result.append(text);
        }
    };
    for (int e = m_ends[size_t(index)].firstOut; e >= 0; e = m_edgeLinks[size_t(e)].nextOut)
        addEdgeTags(m_edges[size_t(e)]);
    QVarLengthArray<int, 32> in;
    for (int e = m_ends[size_t(index)].firstIn; e >= 0; e = m_edgeLinks[size_t(e)].nextIn)
        in.append(e);
    for (auto e = in.crbegin(); e != in.crend(); ++e) // in the order they were added
        addEdgeTags(m_edges[size_t(*e)]);
    return result;
}

int EventGraph::stubCount() const
{
    return int(std::count_if(m_events.begin(), m_events.end(), [](const Event &e) {
        return e.kind == EventKind::Stub;
    }));
}

void EventGraph::markChanged(int index)
{
    if (!m_trackChanges)
        return;
    if (m_changedFlag.size() <= size_t(index))
        m_changedFlag.resize(index + 1, false);
    if (!m_changedFlag[index]) {
        m_changedFlag[index] = true;
        m_changed.append(index);
    }
}

QList<int> EventGraph::takeChanged()
{
    QList<int> changed = std::move(m_changed);
    m_changed.clear();
    for (int i : changed)
        m_changedFlag[i] = false;
    std::sort(changed.begin(), changed.end());
    return changed;
}

} // namespace Chronoscope
