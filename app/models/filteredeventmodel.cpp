// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "filteredeventmodel.h"

#include "models/viewstate.h"

#include <QElapsedTimer>

namespace Chronoscope {

FilteredEventModel::FilteredEventModel(EventModel *source, ViewState *state, QObject *parent)
    : QAbstractListModel(parent)
    , m_source(source)
    , m_state(state)
{
    Q_ASSERT(source && state);
    connect(source, &EventModel::eventsChanged, this, &FilteredEventModel::onEventsChanged);
    connect(source, &EventModel::cleared, this, [this] {
        recompute(true);
    });
    connect(source, &EventModel::entitiesReset, this, [this] {
        recompute(true);
    });
    // Links and entity names live in the source: pass their changes on.
    connect(source, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles) {
                if (m_visible.isEmpty())
                    return;
                const bool everything = topLeft.row() == 0 && bottomRight.row() == m_source->rowCount() - 1;
                if (everything && !roles.isEmpty())
                    Q_EMIT dataChanged(index(0), index(rowCount() - 1), roles);
            });
    connect(state, &ViewState::filterChanged, this, &FilteredEventModel::refilter);
    recompute(true);
}

FilteredEventModel::~FilteredEventModel() = default;

void FilteredEventModel::refilter()
{
    recompute(false);
}

void FilteredEventModel::recompute(bool force)
{
    const EventStore &store = m_source->store();
    const FilterSpec spec = FilterSpec::of(*m_state);
    if (!force && m_filter && m_filter->spec() == spec)
        return;
    QElapsedTimer timer;
    timer.start();
    if (force || !m_text || m_text->text != spec.text)
        m_text = EventFilter::matchText(store, spec.text, force ? nullptr : m_text);
    m_filter = std::make_unique<EventFilter>(store, spec, m_text);
    std::vector<quint64> keys = m_filter->visibleKeys();
    m_lastFilterNs = timer.nsecsElapsed();
    beginResetModel();
    m_visible.reset(keys);
    invalidateVectors();
    endResetModel();
    Q_EMIT visibleEventsChanged();
    Q_EMIT filterApplied();
}

void FilteredEventModel::onEventsChanged(const EventDelta &delta)
{
    const EventStore &store = m_source->store();
    // Keep the cached title matches exact for what arrived or changed.
    if (m_text && !m_text->text.isEmpty()) {
        const TitleMatcher matcher(m_text->text);
        auto retest = [&](quint32 n) {
            if (matcher.matches(store.title(n)))
                m_text->bits.set(n);
            else
                m_text->bits.reset(n);
        };
        for (quint32 n : delta.added)
            retest(n);
        for (quint32 n : delta.changed)
            retest(n);
        for (const auto &moved : delta.moved)
            retest(moved.second);
    }
    if (m_text)
        m_text->size = store.capacity();

    std::vector<quint64> toRemove;
    std::vector<quint64> toInsert;
    std::vector<quint32> toUpdate;
    for (const auto &removed : delta.removed) {
        if (m_visible.find(removed.first) >= 0)
            toRemove.push_back(removed.first);
    }
    for (const auto &[oldKey, n] : delta.moved) {
        if (m_visible.find(oldKey) >= 0)
            toRemove.push_back(oldKey);
        if (m_filter->matches(n))
            toInsert.push_back(store.key(n));
    }
    for (quint32 n : delta.changed) {
        const bool shown = m_visible.find(store.key(n)) >= 0;
        const bool passes = m_filter->matches(n);
        if (shown && passes)
            toUpdate.push_back(n);
        else if (shown)
            toRemove.push_back(store.key(n));
        else if (passes)
            toInsert.push_back(store.key(n));
    }
    for (quint32 n : delta.added) {
        if (m_filter->matches(n))
            toInsert.push_back(store.key(n));
    }
    std::sort(toRemove.begin(), toRemove.end());
    std::sort(toInsert.begin(), toInsert.end());
    const bool rowsChange = !toRemove.empty() || !toInsert.empty();
    if (rowsChange)
        invalidateVectors();
    m_visible.remove(
        toRemove,
        [this](qsizetype first, qsizetype last) {
            beginRemoveRows({}, int(first), int(last));
        },
        [this] {
            endRemoveRows();
        });
    m_visible.insert(
        toInsert,
        [this](qsizetype first, qsizetype last) {
            beginInsertRows({}, int(first), int(last));
        },
        [this] {
            endInsertRows();
        });
    for (quint32 n : toUpdate) {
        const int row = rowOf(n);
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row));
    }
    if (rowsChange || !toUpdate.empty())
        Q_EMIT visibleEventsChanged();
}

void FilteredEventModel::invalidateVectors()
{
    m_vectorsValid = false;
    m_events.clear();
    m_starts.clear();
}

const std::vector<quint32> &FilteredEventModel::visibleEvents() const
{
    if (!m_vectorsValid) {
        m_events.clear();
        m_starts.clear();
        m_events.reserve(size_t(m_visible.size()));
        m_starts.reserve(size_t(m_visible.size()));
        m_visible.forRange(0, m_visible.size(), [this](quint64 key) {
            m_events.push_back(EventStore::numberOfKey(key));
            m_starts.push_back(EventStore::secondsOfDay(EventStore::dayOfKey(key)));
        });
        m_vectorsValid = true;
    }
    return m_events;
}

const std::vector<qint64> &FilteredEventModel::visibleStarts() const
{
    static_cast<void>(visibleEvents());
    return m_starts;
}

std::vector<int> FilteredEventModel::facetCounts() const
{
    // A fresh filter: the current one's entity sets do not know events that arrived since.
    const EventFilter filter(m_source->store(), FilterSpec::of(*m_state), m_text);
    return filter.facetCounts();
}

int FilteredEventModel::rowOf(quint32 n) const
{
    const EventStore &store = m_source->store();
    if (n >= store.capacity() || !store.isLive(n))
        return -1;
    return int(m_visible.find(store.key(n)));
}

int FilteredEventModel::rowOf(const QString &id) const
{
    const quint32 n = m_source->store().number(id);
    return n == EventStore::NoEvent ? -1 : rowOf(n);
}

QModelIndex FilteredEventModel::mapToSource(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const int row = m_source->rowOf(eventAt(index.row()));
    return row < 0 ? QModelIndex() : m_source->index(row);
}

QModelIndex FilteredEventModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != m_source)
        return {};
    const int row = rowOf(m_source->eventAt(sourceIndex.row()));
    return row < 0 ? QModelIndex() : index(row);
}

int FilteredEventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant FilteredEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return m_source->eventData(eventAt(index.row()), role);
}

QHash<int, QByteArray> FilteredEventModel::roleNames() const
{
    return m_source->roleNames();
}

} // namespace Chronoscope
