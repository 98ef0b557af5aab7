// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "viewstate.h"

#include <algorithm>

namespace Chronoscope {

namespace {

// Zooming for an afternoon should not grow without bound.
constexpr qsizetype MaxHistory = 100;

QList<int> normalized(QList<int> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    ids.removeIf([](int id) {
        return id < 0;
    });
    return ids;
}

} // namespace

ViewState::ViewState(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<TimeWindow>();
}

ViewState::~ViewState() = default;

void ViewState::setTimeWindow(TimeWindow window)
{
    if (window == m_window || !window.isValid())
        return;
    const bool historyChanges = m_window.isValid() || !m_zoomForward.isEmpty();
    if (m_window.isValid()) {
        m_zoomBack.append(m_window);
        if (m_zoomBack.size() > MaxHistory)
            m_zoomBack.removeFirst();
    }
    m_zoomForward.clear();
    applyWindow(window);
    if (historyChanges)
        Q_EMIT zoomHistoryChanged();
}

void ViewState::replaceTimeWindow(TimeWindow window)
{
    if (window == m_window || !window.isValid())
        return;
    applyWindow(window);
}

void ViewState::zoomBack()
{
    if (m_zoomBack.isEmpty())
        return;
    m_zoomForward.append(m_window);
    applyWindow(m_zoomBack.takeLast());
    Q_EMIT zoomHistoryChanged();
}

void ViewState::zoomForward()
{
    if (m_zoomForward.isEmpty())
        return;
    m_zoomBack.append(m_window);
    applyWindow(m_zoomForward.takeLast());
    Q_EMIT zoomHistoryChanged();
}

void ViewState::applyWindow(TimeWindow window)
{
    m_window = window;
    Q_EMIT timeWindowChanged(window);
}

void ViewState::setEntityLists(QList<int> included, QList<int> excluded, EntityMatch match)
{
    included = normalized(std::move(included));
    excluded = normalized(std::move(excluded));
    if (included == m_included && excluded == m_excluded && match == m_match)
        return;
    m_included = std::move(included);
    m_excluded = std::move(excluded);
    m_match = match;
    Q_EMIT entityFilterChanged();
    Q_EMIT filterChanged();
}

void ViewState::setIncludedEntities(const QList<int> &entities)
{
    QList<int> excluded = m_excluded;
    excluded.removeIf([&entities](int id) {
        return entities.contains(id);
    });
    setEntityLists(entities, excluded, m_match);
}

void ViewState::setExcludedEntities(const QList<int> &entities)
{
    QList<int> included = m_included;
    included.removeIf([&entities](int id) {
        return entities.contains(id);
    });
    setEntityLists(included, entities, m_match);
}

void ViewState::setEntityMatch(EntityMatch match)
{
    setEntityLists(m_included, m_excluded, match);
}

void ViewState::setEntityIncluded(int entity, bool included)
{
    QList<int> list = m_included;
    if (included)
        list.append(entity);
    else
        list.removeAll(entity);
    setIncludedEntities(list);
}

void ViewState::setEntityExcluded(int entity, bool excluded)
{
    QList<int> list = m_excluded;
    if (excluded)
        list.append(entity);
    else
        list.removeAll(entity);
    setExcludedEntities(list);
}

void ViewState::clearEntityFilter()
{
    setEntityLists({}, {}, m_match);
}

void ViewState::setDateRange(QDate from, QDate to)
{
    if (from.isValid() && to.isValid() && to < from)
        std::swap(from, to);
    if (from == m_dateFrom && to == m_dateTo)
        return;
    m_dateFrom = from;
    m_dateTo = to;
    Q_EMIT dateRangeChanged(from, to);
    Q_EMIT filterChanged();
}

void ViewState::setTextFilter(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    Q_EMIT textFilterChanged(text);
    Q_EMIT filterChanged();
}

void ViewState::setShowUndated(bool show)
{
    if (show == m_showUndated)
        return;
    m_showUndated = show;
    Q_EMIT showUndatedChanged(show);
    Q_EMIT filterChanged();
}

bool ViewState::isFiltering() const
{
    return !m_included.isEmpty() || !m_excluded.isEmpty() || m_dateFrom.isValid() || m_dateTo.isValid()
        || !m_text.isEmpty() || !m_showUndated;
}

void ViewState::setSelectedEventId(const QString &id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    Q_EMIT selectedEventChanged(id);
}

void ViewState::openEvent(const QString &id)
{
    if (id.isEmpty())
        return;
    if (m_historyPos < 0 || m_history[m_historyPos] != id) {
        m_history.resize(m_historyPos + 1);
        m_history.append(id);
        if (m_history.size() > MaxHistory)
            m_history.removeFirst();
        m_historyPos = m_history.size() - 1;
        Q_EMIT navigationHistoryChanged();
    }
    setSelectedEventId(id);
}

void ViewState::navigateBack()
{
    if (!canNavigateBack())
        return;
    --m_historyPos;
    Q_EMIT navigationHistoryChanged();
    setSelectedEventId(m_history[m_historyPos]);
}

void ViewState::navigateForward()
{
    if (!canNavigateForward())
        return;
    ++m_historyPos;
    Q_EMIT navigationHistoryChanged();
    setSelectedEventId(m_history[m_historyPos]);
}

} // namespace Chronoscope
