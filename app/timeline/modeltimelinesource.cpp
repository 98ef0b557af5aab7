// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "modeltimelinesource.h"

#include "models/filteredeventmodel.h"
#include "timeline/timescale.h"

namespace Chronoscope {

ModelTimelineSource::ModelTimelineSource(FilteredEventModel *events, QObject *parent)
    : TimelineSource(parent)
    , m_events(events)
{
    connect(events, &FilteredEventModel::visibleEventsChanged, this, &ModelTimelineSource::changedEvents);
    connect(events, &QAbstractItemModel::modelReset, this, &ModelTimelineSource::changedEvents);
}

const EventStore &ModelTimelineSource::store() const
{
    return m_events->sourceModel()->store();
}

void ModelTimelineSource::changedEvents()
{
    m_counted = false;
    Q_EMIT changed();
}

qsizetype ModelTimelineSource::datedCount() const
{
    if (!m_counted) {
        // Undated events close the date order: find where they start.
        const std::vector<quint32> &visible = m_events->visibleEvents();
        const EventStore &events = store();
        const auto firstUndated = std::partition_point(visible.begin(), visible.end(), [&events](quint32 n) {
            return events.fromDay(n) != EventStore::UndatedDay;
        });
        m_dated = firstUndated - visible.begin();
        m_counted = true;
    }
    return m_dated;
}

std::span<const qint64> ModelTimelineSource::startTimes() const
{
    const qsizetype dated = datedCount();
    return std::span<const qint64>(m_events->visibleStarts().data(), size_t(dated));
}

TimelineEvent ModelTimelineSource::eventOf(quint32 n) const
{
    const EventStore &events = store();
    TimelineEvent event;
    event.id = events.id(n);
    event.title = events.title(n);
    event.kind = events.kind(n);
    event.date = events.dateRange(n);
    if (event.date.isValid()) {
        event.start = TimeScale::toTime(event.date.from);
        event.end = TimeScale::toTime(event.date.to.addDays(1));
    }
    return event;
}

TimelineEvent ModelTimelineSource::event(qsizetype position) const
{
    return eventOf(m_events->visibleEvents()[size_t(position)]);
}

qsizetype ModelTimelineSource::positionOf(const QString &id) const
{
    const int row = m_events->rowOf(id);
    return row >= 0 && row < datedCount() ? row : -1;
}

qsizetype ModelTimelineSource::undatedCount() const
{
    return qsizetype(m_events->visibleEvents().size()) - datedCount();
}

TimelineEvent ModelTimelineSource::undatedEvent(qsizetype index) const
{
    return eventOf(m_events->visibleEvents()[size_t(datedCount() + index)]);
}

QStringList ModelTimelineSource::entityNames(const QString &id) const
{
    QStringList names;
    const EventStore &events = store();
    const quint32 n = events.number(id);
    if (n == EventStore::NoEvent)
        return names;
    for (qint32 entity : events.entitiesOf(n)) {
        if (entity >= 0 && entity < events.entityCount())
            names.append(events.entities()[entity].name);
    }
    return names;
}

QList<EntityInfo> ModelTimelineSource::entityTable() const
{
    return store().entities();
}

std::span<const qint32> ModelTimelineSource::entitiesAt(qsizetype position) const
{
    return store().entitiesOf(m_events->visibleEvents()[size_t(position)]);
}

EventKind ModelTimelineSource::kindAt(qsizetype position) const
{
    return store().kind(m_events->visibleEvents()[size_t(position)]);
}

QList<TimelineLink> ModelTimelineSource::links(const QString &id) const
{
    QList<TimelineLink> result;
    const EventStore &events = store();
    const quint32 n = events.number(id);
    if (n == EventStore::NoEvent)
        return result;
    auto add = [&](quint32 other, bool outgoing) {
        TimelineLink link;
        link.id = events.id(other);
        link.dated = events.fromDay(other) != EventStore::UndatedDay;
        link.time = link.dated ? EventStore::secondsOfDay(events.fromDay(other)) : 0;
        link.outgoing = outgoing;
        result.append(link);
    };
    for (quint32 other : events.related(n))
        add(other, true);
    for (quint32 other : events.backlinks(n))
        add(other, false);
    return result;
}

} // namespace Chronoscope
