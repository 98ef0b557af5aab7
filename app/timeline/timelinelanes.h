// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "graph/event.h"

#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace Chronoscope {

class TimelineSource;

/** What the timeline's lanes are made of, besides the entities the user adds one by one. */
enum class LaneGrouping : quint8 {
    None,
    Countries,
    Islands,
    People,
    Organizations,
    SourceKind, ///< event pages, articles, pages known only from links
};

/** The key of @p grouping in settings ("countries", …). */
QString laneGroupingKey(LaneGrouping grouping);
/** The grouping a settings key names; nothing for an unknown key. */
std::optional<LaneGrouping> laneGroupingFromKey(QStringView key);

/** Which lanes the timeline shows. */
struct LaneSpec {
    LaneGrouping grouping = LaneGrouping::None;
    QList<int> entities; ///< lanes the user added (entity ids, in the order added), shown first

    [[nodiscard]] bool isEmpty() const { return grouping == LaneGrouping::None && entities.isEmpty(); }
    friend bool operator==(const LaneSpec &, const LaneSpec &) = default;
};

/** One lane: its heading and its events, in time order. */
struct TimelineLane {
    enum class Kind : quint8 { Entity, SourceKind, Other };
    Kind kind = Kind::Entity;
    QString name;
    int entity = -1; ///< the entity of an Entity lane
    EventKind eventKind = EventKind::Page; ///< the kind of a SourceKind lane
    bool custom = false; ///< added by the user, who can remove it
    std::vector<qint64> starts; ///< start times of its events, ascending
    std::vector<qsizetype> positions; ///< the same events' positions in the source's start times
};

/**
 * The lanes of a LaneSpec over the dated events of a TimelineSource, worked
 * out once per change of the events or of the spec so that a frame only
 * binary-searches each lane's start times (see ColumnBins).
 *
 * An entity's lane takes the events naming it or anything below it (the
 * Kuril Islands take Kunashir); an event goes into every lane it matches, and
 * into a final "Other" lane when it matches none (left out when empty). The
 * lanes of a grouping are the entities of that kind that some event names,
 * most events first; the user's lanes come before them, kept even when empty
 * so that they can be removed.
 */
class TimelineLanes
{
public:
    TimelineLanes() = default;
    TimelineLanes(const TimelineSource &source, const LaneSpec &spec);

    [[nodiscard]] const std::vector<TimelineLane> &lanes() const { return m_lanes; }
    [[nodiscard]] int count() const { return int(m_lanes.size()); }
    [[nodiscard]] bool isEmpty() const { return m_lanes.empty(); }
    /** Whether @p lane holds the event at @p position of the source. */
    [[nodiscard]] bool contains(int lane, qsizetype position, qint64 start) const;
    /** The first lane holding the event at @p position, or -1. */
    [[nodiscard]] int firstLaneOf(qsizetype position, qint64 start) const;

private:
    std::vector<TimelineLane> m_lanes;
};

} // namespace Chronoscope
