// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "timelinesource.h"

#include "graph/eventgraph.h"
#include "timeline/timescale.h"

#include <algorithm>
#include <numeric>

namespace Chronoscope {

TimelineEvent GraphTimelineSource::timelineEvent(const Event &event)
{
    TimelineEvent result;
    result.id = event.id;
    result.title = event.title;
    result.kind = event.kind;
    result.date = event.date;
    if (event.date.isValid()) {
        result.start = TimeScale::toTime(event.date.from);
        result.end = TimeScale::toTime(event.date.to.addDays(1));
    }
    return result;
}

void GraphTimelineSource::setGraph(const EventGraph *graph)
{
    m_graph = graph;
    m_ownEvents.clear();
    rebuild(graph ? graph->events() : m_ownEvents);
}

void GraphTimelineSource::setEvents(const std::vector<Event> &events)
{
    m_graph = nullptr;
    m_ownEvents = events;
    rebuild(m_ownEvents);
}

void GraphTimelineSource::rebuild(const std::vector<Event> &events)
{
    m_events = &events;
    m_dated.clear();
    m_undated.clear();
    m_indexOf.clear();
    m_indexOf.reserve(qsizetype(events.size()));
    for (int i = 0; i < int(events.size()); ++i) {
        m_indexOf.insert(events[size_t(i)].id, i);
        (events[size_t(i)].date.isValid() ? m_dated : m_undated).push_back(i);
    }
    std::stable_sort(m_dated.begin(), m_dated.end(), [&events](int a, int b) {
        return events[size_t(a)].date.from < events[size_t(b)].date.from;
    });
    m_starts.resize(m_dated.size());
    m_positionOf.assign(events.size(), -1);
    for (size_t p = 0; p < m_dated.size(); ++p) {
        m_starts[p] = TimeScale::toTime(events[size_t(m_dated[p])].date.from);
        m_positionOf[size_t(m_dated[p])] = qsizetype(p);
    }
    Q_EMIT changed();
}

TimelineEvent GraphTimelineSource::event(qsizetype position) const
{
    return timelineEvent((*m_events)[size_t(m_dated[size_t(position)])]);
}

qsizetype GraphTimelineSource::positionOf(const QString &id) const
{
    const int index = m_indexOf.value(id, -1);
    return index < 0 ? -1 : m_positionOf[size_t(index)];
}

TimelineEvent GraphTimelineSource::undatedEvent(qsizetype index) const
{
    return timelineEvent((*m_events)[size_t(m_undated[size_t(index)])]);
}

void GraphTimelineSource::setEntityTable(const QList<EntityInfo> &entities)
{
    m_entities = entities;
    Q_EMIT changed();
}

QStringList GraphTimelineSource::entityNames(const QString &id) const
{
    const int index = m_indexOf.value(id, -1);
    if (index < 0)
        return {};
    const Event &event = (*m_events)[size_t(index)];
    if (m_entities.isEmpty()) // a graph alone has no entity table: its Context tags stand in
        return m_graph ? m_graph->tags(index) : event.tags;
    QStringList names;
    for (int entity : event.entities) {
        if (entity >= 0 && entity < m_entities.size())
            names.append(m_entities[entity].name);
    }
    return names;
}

std::span<const qint32> GraphTimelineSource::entitiesAt(qsizetype position) const
{
    const QList<int> &entities = (*m_events)[size_t(m_dated[size_t(position)])].entities;
    return {entities.constData(), size_t(entities.size())};
}

EventKind GraphTimelineSource::kindAt(qsizetype position) const
{
    return (*m_events)[size_t(m_dated[size_t(position)])].kind;
}

QList<TimelineLink> GraphTimelineSource::links(const QString &id) const
{
    QList<TimelineLink> result;
    const int index = m_indexOf.value(id, -1);
    if (index < 0 || !m_graph)
        return result;
    auto add = [&](int other, bool outgoing) {
        const Event &event = m_graph->event(other);
        TimelineLink link;
        link.id = event.id;
        link.dated = event.date.isValid();
        link.time = link.dated ? TimeScale::toTime(event.date.from) : 0;
        link.outgoing = outgoing;
        result.append(link);
    };
    for (int other : m_graph->related(index))
        add(other, true);
    for (int other : m_graph->backlinks(index))
        add(other, false);
    return result;
}

} // namespace Chronoscope
