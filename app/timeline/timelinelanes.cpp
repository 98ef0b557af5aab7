// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "timelinelanes.h"

#include "models/entityinfo.h"
#include "timeline/timelinesource.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chronoscope {

namespace {

struct GroupingName {
    LaneGrouping grouping;
    QStringView key;
    QStringView entityKind; // empty for groupings that are not entities
};

constexpr GroupingName groupingNames[] = {
    {LaneGrouping::None, u"none", u""},
    {LaneGrouping::Countries, u"countries", u"country"},
    {LaneGrouping::Islands, u"islands", u"island"},
    {LaneGrouping::People, u"people", u"person"},
    {LaneGrouping::Organizations, u"organizations", u"organization"},
    {LaneGrouping::SourceKind, u"sourceKind", u""},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("Chronoscope::TimelineLanes", text);
}

QString kindLaneName(EventKind kind)
{
    switch (kind) {
    case EventKind::Page:
        return tr("Event pages");
    case EventKind::Article:
        return tr("Articles");
    case EventKind::Stub:
        return tr("Linked only");
    }
    return {};
}

} // namespace

QString laneGroupingKey(LaneGrouping grouping)
{
    for (const GroupingName &name : groupingNames) {
        if (name.grouping == grouping)
            return name.key.toString();
    }
    return u"none"_s;
}

std::optional<LaneGrouping> laneGroupingFromKey(QStringView key)
{
    for (const GroupingName &name : groupingNames) {
        if (name.key == key)
            return name.grouping;
    }
    return std::nullopt;
}

TimelineLanes::TimelineLanes(const TimelineSource &source, const LaneSpec &spec)
{
    if (spec.isEmpty())
        return;
    const QList<EntityInfo> entities = source.entityTable();
    const int entityCount = int(entities.size());
    QStringView kindOfGrouping;
    for (const GroupingName &name : groupingNames) {
        if (name.grouping == spec.grouping)
            kindOfGrouping = name.entityKind;
    }

    // The lane of each entity that heads one: the user's first, then the grouping's.
    std::vector<int> laneOf(size_t(entityCount), -1);
    for (int entity : spec.entities) {
        if (entity < 0 || entity >= entityCount || laneOf[size_t(entity)] >= 0)
            continue;
        laneOf[size_t(entity)] = int(m_lanes.size());
        TimelineLane lane;
        lane.name = entities[entity].name;
        lane.entity = entity;
        lane.custom = true;
        m_lanes.push_back(std::move(lane));
    }
    const int customCount = int(m_lanes.size());
    if (!kindOfGrouping.isEmpty()) {
        for (int entity = 0; entity < entityCount; ++entity) {
            if (laneOf[size_t(entity)] >= 0 || entities[entity].kind != kindOfGrouping)
                continue;
            laneOf[size_t(entity)] = int(m_lanes.size());
            TimelineLane lane;
            lane.name = entities[entity].name;
            lane.entity = entity;
            m_lanes.push_back(std::move(lane));
        }
    }
    int kindLane[3] = {-1, -1, -1}; // by EventKind
    if (spec.grouping == LaneGrouping::SourceKind) {
        for (EventKind kind : {EventKind::Page, EventKind::Article, EventKind::Stub}) {
            kindLane[int(kind)] = int(m_lanes.size());
            TimelineLane lane;
            lane.kind = TimelineLane::Kind::SourceKind;
            lane.name = kindLaneName(kind);
            lane.eventKind = kind;
            m_lanes.push_back(std::move(lane));
        }
    }

    // An entity's events count for the lanes of the entity and of everything above it.
    std::vector<std::vector<int>> lanesFor(static_cast<size_t>(entityCount));
    for (int entity = 0; entity < entityCount; ++entity) {
        int above = entity;
        // Bounded by the table's size, in case a hand-made hierarchy loops.
        for (int depth = 0; above >= 0 && above < entityCount && depth < entityCount; ++depth) {
            if (laneOf[size_t(above)] >= 0)
                lanesFor[size_t(entity)].push_back(laneOf[size_t(above)]);
            above = entities[above].parent;
        }
    }

    // One pass in time order: each lane's events come out sorted.
    const std::span<const qint64> starts = source.startTimes();
    TimelineLane other;
    other.kind = TimelineLane::Kind::Other;
    other.name = tr("Other");
    std::vector<qsizetype> lastAdded(m_lanes.size(), -1); // an event naming Kunashir and the Kurils joins their lane once
    auto add = [&](int lane, qsizetype position) {
        if (lastAdded[size_t(lane)] == position)
            return;
        lastAdded[size_t(lane)] = position;
        m_lanes[size_t(lane)].starts.push_back(starts[size_t(position)]);
        m_lanes[size_t(lane)].positions.push_back(position);
    };
    for (qsizetype position = 0; position < qsizetype(starts.size()); ++position) {
        bool matched = false;
        for (const qint32 entity : source.entitiesAt(position)) {
            if (entity < 0 || entity >= entityCount)
                continue;
            for (int lane : lanesFor[size_t(entity)]) {
                add(lane, position);
                matched = true;
            }
        }
        if (spec.grouping == LaneGrouping::SourceKind) {
            add(kindLane[int(source.kindAt(position))], position);
            matched = true;
        }
        if (!matched) {
            other.starts.push_back(starts[size_t(position)]);
            other.positions.push_back(position);
        }
    }

    // The grouping's lanes that hold something, the busiest first.
    std::vector<TimelineLane> grouped;
    for (size_t i = size_t(customCount); i < m_lanes.size(); ++i) {
        if (!m_lanes[i].starts.empty())
            grouped.push_back(std::move(m_lanes[i]));
    }
    m_lanes.resize(size_t(customCount));
    if (spec.grouping != LaneGrouping::SourceKind) {
        std::stable_sort(grouped.begin(), grouped.end(), [](const TimelineLane &a, const TimelineLane &b) {
            return a.starts.size() > b.starts.size();
        });
    }
    for (TimelineLane &lane : grouped)
        m_lanes.push_back(std::move(lane));
    if (!other.starts.empty())
        m_lanes.push_back(std::move(other));
}

bool TimelineLanes::contains(int lane, qsizetype position, qint64 start) const
{
    if (lane < 0 || lane >= count())
        return false;
    const TimelineLane &l = m_lanes[size_t(lane)];
    const auto [first, last] = std::equal_range(l.starts.begin(), l.starts.end(), start);
    const auto from = l.positions.begin() + (first - l.starts.begin());
    const auto to = l.positions.begin() + (last - l.starts.begin());
    // Positions rise with the start times: the event is found by a second search.
    return std::binary_search(from, to, position);
}

int TimelineLanes::firstLaneOf(qsizetype position, qint64 start) const
{
    for (int lane = 0; lane < count(); ++lane) {
        if (contains(lane, position, start))
            return lane;
    }
    return -1;
}

} // namespace Chronoscope
