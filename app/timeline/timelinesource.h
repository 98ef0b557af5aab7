// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "graph/event.h"
#include "models/entityinfo.h"

#include <QObject>

#include <span>
#include <vector>

namespace Chronoscope {

class EventGraph;

/** One event as the timeline draws it. */
struct TimelineEvent {
    QString id;
    QString title;
    qint64 start = 0; ///< first second of its first day (UTC)
    qint64 end = 0; ///< the second after its last day: [start, end)
    EventKind kind = EventKind::Page;
    DateRange date;
};

/** A Related link of an event, seen from that event. */
struct TimelineLink {
    QString id; ///< the event at the other end
    qint64 time = 0; ///< its start, when it has a date
    bool dated = false;
    bool outgoing = true; ///< a link the event makes (false: a backlink)
};

/**
 * What the timeline shows: the events that pass the filter, those with a date
 * ordered by start time (positions 0…count-1), and the undated ones apart.
 *
 * The widget reads start times as one sorted array, so per-column counts come
 * from binary searches, and asks for whole events only for the few it labels.
 */
class TimelineSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    /** Start times of the dated events shown, ascending. */
    [[nodiscard]] virtual std::span<const qint64> startTimes() const = 0;
    /** The dated event at @p position in startTimes(). */
    [[nodiscard]] virtual TimelineEvent event(qsizetype position) const = 0;
    /** The position of @p id in startTimes(), or -1 when it is not shown or has no date. */
    [[nodiscard]] virtual qsizetype positionOf(const QString &id) const = 0;
    [[nodiscard]] virtual qsizetype undatedCount() const = 0;
    [[nodiscard]] virtual TimelineEvent undatedEvent(qsizetype index) const = 0;
    /** Related links and backlinks of @p id. */
    [[nodiscard]] virtual QList<TimelineLink> links(const QString &id) const = 0;
    /** What @p id names, for its tooltip: asked for on hover, never while laying out a frame. */
    [[nodiscard]] virtual QStringList entityNames(const QString &id) const = 0;

    // For lanes (see TimelineLanes), read once per change of the events, not per frame.
    /** The entity table events refer to (index = entity id); empty when there is none. */
    [[nodiscard]] virtual QList<EntityInfo> entityTable() const { return {}; }
    /** The entities the dated event at @p position names: ids into entityTable(). */
    [[nodiscard]] virtual std::span<const qint32> entitiesAt(qsizetype position) const
    {
        Q_UNUSED(position)
        return {};
    }
    /** The kind of the dated event at @p position. */
    [[nodiscard]] virtual EventKind kindAt(qsizetype position) const { return event(position).kind; }

Q_SIGNALS:
    /** The events shown changed (a load, a filter): positions are no longer valid. */
    void changed();
};

/** TimelineSource over every event of an EventGraph, unfiltered. */
class GraphTimelineSource : public TimelineSource
{
    Q_OBJECT
public:
    using TimelineSource::TimelineSource;

    /** Shows the events of @p graph, which must outlive this source or the next setGraph(). */
    void setGraph(const EventGraph *graph);
    /** Shows @p events; links are those of @p graph when given. */
    void setEvents(const std::vector<Event> &events);
    /** The entity table the events' Event::entities refer to. */
    void setEntityTable(const QList<EntityInfo> &entities);

    [[nodiscard]] std::span<const qint64> startTimes() const override { return m_starts; }
    [[nodiscard]] TimelineEvent event(qsizetype position) const override;
    [[nodiscard]] qsizetype positionOf(const QString &id) const override;
    [[nodiscard]] qsizetype undatedCount() const override { return qsizetype(m_undated.size()); }
    [[nodiscard]] TimelineEvent undatedEvent(qsizetype index) const override;
    [[nodiscard]] QList<TimelineLink> links(const QString &id) const override;
    [[nodiscard]] QStringList entityNames(const QString &id) const override;
    [[nodiscard]] QList<EntityInfo> entityTable() const override { return m_entities; }
    [[nodiscard]] std::span<const qint32> entitiesAt(qsizetype position) const override;
    [[nodiscard]] EventKind kindAt(qsizetype position) const override;

    /** The TimelineEvent of @p event. */
    static TimelineEvent timelineEvent(const Event &event);

private:
    void rebuild(const std::vector<Event> &events);

    const EventGraph *m_graph = nullptr;
    QList<EntityInfo> m_entities;
    std::vector<Event> m_ownEvents;
    const std::vector<Event> *m_events = nullptr;
    std::vector<qint64> m_starts;
    std::vector<int> m_dated; // event indices by position
    std::vector<int> m_undated;
    QHash<QString, int> m_indexOf;
    std::vector<qsizetype> m_positionOf; // by event index, -1 when undated
};

} // namespace Chronoscope
