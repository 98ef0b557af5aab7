// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "entityfilter.h"

#include "entities/gazetteer.h"

#include <algorithm>

namespace Chronoscope {

namespace {

QList<int> sortedUnique(QList<int> list)
{
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    return list;
}

// Both sorted: true when they share an element.
bool intersects(const QList<int> &a, const QList<int> &b)
{
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        if (*i < *j)
            ++i;
        else if (*j < *i)
            ++j;
        else
            return true;
    }
    return false;
}

QList<QList<int>> singletons(const QList<int> &entities)
{
    QList<QList<int>> result;
    for (const int entity : entities)
        result.append(QList<int>{entity});
    return result;
}

} // namespace

void EntityFilter::setIncluded(const QList<int> &entities)
{
    m_included = sortedUnique(entities);
    m_includedExpanded = singletons(m_included);
    m_anyExpanded = m_included;
}

void EntityFilter::setExcluded(const QList<int> &entities)
{
    m_excluded = sortedUnique(entities);
    m_excludedExpanded = m_excluded;
}

void EntityFilter::setDateRange(QDate from, QDate to)
{
    m_from = from;
    m_to = to;
}

bool EntityFilter::isEmpty() const
{
    return m_included.isEmpty() && m_excluded.isEmpty() && !m_from.isValid() && !m_to.isValid() && m_keepUndated;
}

void EntityFilter::prepare(const Gazetteer &gazetteer)
{
    m_includedExpanded.clear();
    m_anyExpanded.clear();
    for (const int entity : std::as_const(m_included)) {
        // An entity the gazetteer does not know stands for itself.
        QList<int> expanded = gazetteer.descendants(entity);
        if (expanded.isEmpty())
            expanded = {entity};
        m_anyExpanded += expanded;
        m_includedExpanded.append(expanded);
    }
    m_anyExpanded = sortedUnique(m_anyExpanded);
    m_excludedExpanded.clear();
    for (const int entity : std::as_const(m_excluded)) {
        const QList<int> expanded = gazetteer.descendants(entity);
        m_excludedExpanded += expanded.isEmpty() ? QList<int>{entity} : expanded;
    }
    m_excludedExpanded = sortedUnique(m_excludedExpanded);
}

bool EntityFilter::matches(const QList<int> &sortedEventEntities, const DateRange &date) const
{
    if (date.isValid()) {
        if (m_from.isValid() && date.to < m_from)
            return false;
        if (m_to.isValid() && date.from > m_to)
            return false;
    } else if (!m_keepUndated) {
        return false;
    }
    if (intersects(sortedEventEntities, m_excludedExpanded))
        return false;
    if (m_included.isEmpty())
        return true;
    if (m_mode == Mode::Any)
        return intersects(sortedEventEntities, m_anyExpanded);
    return std::all_of(m_includedExpanded.cbegin(), m_includedExpanded.cend(),
        [&](const QList<int> &expanded) { return intersects(sortedEventEntities, expanded); });
}

} // namespace Chronoscope
