// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "models/eventfilter.h"
#include "models/eventmodel.h"
#include "models/sortedkeys.h"

#include <QAbstractListModel>
#include <QPointer>

#include <memory>
#include <vector>

namespace Chronoscope {

class ViewState;

/**
 * The events of an EventModel that pass a ViewState's filters, in date order.
 *
 * A filter change works the visible set out again from the store's indexes
 * (see EventFilter) and resets the model; events arriving, changing or leaving
 * while a corpus loads or reloads are tested one by one and inserted, updated
 * or removed row-exactly. The visible set is also offered as plain vectors of
 * event numbers and start times, for a timeline that draws without going
 * through QModelIndex.
 *
 * It maps rows to the source like a proxy (mapToSource(), mapFromSource()) but
 * is a list model of its own: it follows the source's EventDelta rather than
 * its row signals, so a batch costs one merge here too.
 */
class FilteredEventModel : public QAbstractListModel
{
    Q_OBJECT
public:
    FilteredEventModel(EventModel *source, ViewState *state, QObject *parent = nullptr);
    ~FilteredEventModel() override;

    [[nodiscard]] EventModel *sourceModel() const { return m_source; }
    [[nodiscard]] ViewState *viewState() const { return m_state; }

    [[nodiscard]] QModelIndex mapToSource(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex mapFromSource(const QModelIndex &sourceIndex) const;

    /** The event number shown at @p row. */
    [[nodiscard]] quint32 eventAt(int row) const { return EventStore::numberOfKey(m_visible.at(row)); }
    /** The row of event @p n, or -1 when it is filtered out. */
    [[nodiscard]] int rowOf(quint32 n) const;
    [[nodiscard]] int rowOf(const QString &id) const;

    /** The visible events in date order (undated last): event numbers. */
    [[nodiscard]] const std::vector<quint32> &visibleEvents() const;
    /** Their start times, seconds since the epoch (UTC); the largest qint64 for undated events. */
    [[nodiscard]] const std::vector<qint64> &visibleStarts() const;

    /** The facet counts of the current filters, per entity id (see EventFilter::facetCounts()). */
    [[nodiscard]] std::vector<int> facetCounts() const;

    /** How long the last filter change took to work out the visible set, in nanoseconds. */
    [[nodiscard]] qint64 lastFilterNs() const { return m_lastFilterNs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    /** Applies the view state's filters again (they are applied on every change anyway). */
    void refilter();

Q_SIGNALS:
    /** The visible set changed: a filter changed or events arrived, changed or left. */
    void visibleEventsChanged();
    /** A filter change was applied. */
    void filterApplied();

private:
    void recompute(bool force);
    void onEventsChanged(const EventDelta &delta);
    void invalidateVectors();

    QPointer<EventModel> m_source;
    QPointer<ViewState> m_state;
    SortedKeys m_visible;
    std::unique_ptr<EventFilter> m_filter;
    std::shared_ptr<EventFilter::TextMatches> m_text;
    qint64 m_lastFilterNs = 0;
    mutable std::vector<quint32> m_events;
    mutable std::vector<qint64> m_starts;
    mutable bool m_vectorsValid = false;
};

} // namespace Chronoscope
