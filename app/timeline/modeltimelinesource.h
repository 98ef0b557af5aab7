// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "timeline/timelinesource.h"

#include <QPointer>

namespace Chronoscope {

class EventStore;
class FilteredEventModel;

/**
 * The timeline's view of the filtered events: the date-sorted vectors of a
 * FilteredEventModel, read as they are (no copy per frame). Undated events
 * come last in that order and go to the timeline's tray.
 */
class ModelTimelineSource : public TimelineSource
{
    Q_OBJECT
public:
    explicit ModelTimelineSource(FilteredEventModel *events, QObject *parent = nullptr);

    [[nodiscard]] std::span<const qint64> startTimes() const override;
    [[nodiscard]] TimelineEvent event(qsizetype position) const override;
    [[nodiscard]] qsizetype positionOf(const QString &id) const override;
    [[nodiscard]] qsizetype undatedCount() const override;
    [[nodiscard]] TimelineEvent undatedEvent(qsizetype index) const override;
    [[nodiscard]] QList<TimelineLink> links(const QString &id) const override;
    [[nodiscard]] QStringList entityNames(const QString &id) const override;
    [[nodiscard]] QList<EntityInfo> entityTable() const override;
    [[nodiscard]] std::span<const qint32> entitiesAt(qsizetype position) const override;
    [[nodiscard]] EventKind kindAt(qsizetype position) const override;

private:
    void changedEvents();
    [[nodiscard]] qsizetype datedCount() const;
    [[nodiscard]] const EventStore &store() const;
    [[nodiscard]] TimelineEvent eventOf(quint32 n) const;

    QPointer<FilteredEventModel> m_events;
    // The first m_dated visible events have a date. Counted when first asked
    // after a change, not on every change: while a corpus loads, batches come
    // faster than frames, and each count reads every visible event.
    mutable qsizetype m_dated = 0;
    mutable bool m_counted = false;
};

} // namespace Chronoscope
