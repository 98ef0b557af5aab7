// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "eventgraph.h"

#include "graph/linkpath.h"

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace Chronoscope {

namespace {

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
    m_out.reserve(size_t(events));
    m_in.reserve(size_t(events));
    m_byId.reserve(events);
}

int EventGraph::addDocumentEvent(Event event, EventKey key)
{
    if (key.id != event.id)
        key = EventKey(event.id);
    if (const int existing = m_byId.value(key, -1); existing >= 0) {
        Event &old = m_events[existing];
        if (old.kind == EventKind::Stub) {
            // The page of a stub arrived: it takes the stub's place, keeping the
            // tags that links gave it and, if it has no date, the link's date.
            const QStringList linkTags = old.tags;
            const DateRange linkDate = old.date;
            const QList<int> linkEntities = old.entities;
            old = std::move(event);
            mergeSorted(old.entities, linkEntities);
            if (!old.date.isValid() && linkDate.isValid())
                old.date = linkDate;
            addTags(old, linkTags);
            markChanged(existing);
            return existing;
        }
        // Two documents with the same key (e.g. "a.md" and "A.txt"): keep both.
        const QString base = event.id;
        for (int n = 2;; ++n) {
            key = EventKey(base + u'~' + QString::number(n));
            if (!m_byId.contains(key))
                break;
        }
        event.id = key.id;
    }
    const int index = int(m_events.size());
    m_byId.insert(key, index);
    if (const qsizetype slash = event.id.indexOf(u'/'); slash > 0)
        m_topFolders.insert(event.id.left(slash));
    m_events.push_back(std::move(event));
    m_out.emplace_back();
    m_in.emplace_back();
    markChanged(index);
    return index;
}

int EventGraph::resolve(const EventKey &key) const
{
    return m_byId.value(key, -1);
}

int EventGraph::addLink(int from, const LinkTarget &target, const TagKeys &context)
{
    if (from < 0 || size_t(from) >= m_events.size())
        return -1;
    const QString &key = target.key.id;
    if (key.isEmpty())
        return -1;
    int to = resolve(target.key);
    if (to < 0 && !m_topFolders.contains(QStringView(key).left(key.indexOf(u'/')).toString())) {
        // Also accept a corpus opened below the links' root: /news/2010/… finds
        // 2010/… when the user opened the "news" folder itself. Not needed when
        // documents live under the link's first folder, which is the usual case.
        QStringView rest(key);
        for (qsizetype slash = rest.indexOf(u'/'); slash >= 0 && to < 0; slash = rest.indexOf(u'/')) {
            rest = rest.mid(slash + 1);
            to = resolve(EventKey(rest.toString()));
        }
    }
    if (to < 0) {
        Event stub;
        stub.id = key;
        stub.kind = EventKind::Stub;
        stub.title = target.title;
        if (target.date.isValid())
            stub.date = DateRange::day(target.date, DateSource::Link, u"date in the path of a link to it"_s);
        to = int(m_events.size());
        m_byId.insert(target.key, to);
        m_events.push_back(std::move(stub));
        m_out.emplace_back();
        m_in.emplace_back();
        markChanged(to);
    } else if (m_events[to].kind == EventKind::Stub) {
        // Pages may describe a missing page in different words; keep the fullest,
        // so the title does not depend on the order documents were read in.
        const QString &title = target.title;
        Event &stub = m_events[to];
        if (title.size() > stub.title.size() || (title.size() == stub.title.size() && title < stub.title)) {
            stub.title = title;
            markChanged(to);
        }
    }
    if (to == from)
        return to;

    QStringList tags;
    tags.reserve(context.size());
    for (const EventKey &tag : context) {
        auto it = m_tagPool.constFind(tag);
        if (it == m_tagPool.cend())
            it = m_tagPool.insert(tag, tag.id);
        tags.append(it.value());
    }
    // One edge per pair: a repeated link only adds its tags.
    for (int e : std::as_const(m_out[from])) {
        if (m_edges[e].to == to) {
            for (const QString &tag : std::as_const(tags)) {
                if (!m_edges[e].context.contains(tag))
                    m_edges[e].context.append(tag);
            }
            addTags(m_events[to], tags);
            addTags(m_events[from], tags);
            return to;
        }
    }
    const int edge = int(m_edges.size());
    m_edges.push_back({from, to, tags});
    m_out[from].append(edge);
    m_in[to].append(edge);
    // Context tags name what both ends share: the target and the linking page.
    addTags(m_events[to], tags);
    addTags(m_events[from], tags);
    markChanged(to);
    markChanged(from);
    return to;
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

void EventGraph::addTags(Event &event, const QStringList &tags)
{
    for (const QString &tag : tags) {
        if (!event.tags.contains(tag))
            event.tags.append(tag);
    }
}

QList<int> EventGraph::related(int index) const
{
    QList<int> result;
    for (int e : m_out[index])
        result.append(m_edges[e].to);
    return result;
}

QList<int> EventGraph::backlinks(int index) const
{
    QList<int> result;
    for (int e : m_in[index])
        result.append(m_edges[e].from);
    return result;
}

QList<const RelatedEdge *> EventGraph::outgoing(int index) const
{
    QList<const RelatedEdge *> result;
    for (int e : m_out[index])
        result.append(&m_edges[e]);
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
