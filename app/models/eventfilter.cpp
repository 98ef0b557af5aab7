// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "eventfilter.h"

#include "models/eventstore.h"

#include <QtConcurrentMap>

#include <algorithm>
#include <bit>

namespace Chronoscope {

namespace {

// Splits [0, count) into slices for the pool; below a slice's worth the work stays on this thread.
template<typename Fn>
void forSlices(qsizetype count, qsizetype slice, Fn &&fn)
{
    if (count <= slice) {
        fn(qsizetype(0), count);
        return;
    }
    QList<qsizetype> starts;
    for (qsizetype i = 0; i < count; i += slice)
        starts.append(i);
    QtConcurrent::blockingMap(starts, [&](qsizetype first) {
        fn(first, std::min(count, first + slice));
    });
}

} // namespace

FilterSpec FilterSpec::of(const ViewState &state)
{
    FilterSpec spec;
    spec.included = state.includedEntities();
    spec.match = state.entityMatch();
    spec.excluded = state.excludedEntities();
    spec.from = state.dateFrom();
    spec.to = state.dateTo();
    spec.text = state.textFilter();
    spec.showUndated = state.showUndated();
    return spec;
}

EventFilter::EventFilter(const EventStore &store, FilterSpec spec, std::shared_ptr<const TextMatches> text)
    : m_store(store)
    , m_spec(std::move(spec))
    , m_text(text && text->text == m_spec.text ? std::move(text) : nullptr)
    , m_matcher(m_spec.text)
    , m_fromDay(m_spec.from.isValid() ? EventStore::dayOf(m_spec.from) : 0)
    , m_toDay(m_spec.to.isValid() ? EventStore::dayOf(m_spec.to) : EventStore::UndatedDay - 1)
{
    const qsizetype entityCount = store.entityCount();
    auto valid = [entityCount](int e) {
        return e >= 0 && e < entityCount;
    };
    m_spec.included.removeIf([&](int e) {
        return !valid(e);
    });
    m_spec.excluded.removeIf([&](int e) {
        return !valid(e);
    });
    m_hasInclusion = !m_spec.included.isEmpty();
    const quint32 size = store.capacity();
    if (m_hasInclusion) {
        if (m_spec.match == EntityMatch::Any) {
            m_included = EventBits(size);
            for (int e : std::as_const(m_spec.included)) {
                for (quint32 n : store.expandedPostings(e))
                    m_included.set(n);
            }
        } else {
            // Intersect from the shortest list: every step can only shrink it.
            QList<int> order = m_spec.included;
            std::sort(order.begin(), order.end(), [&store](int a, int b) {
                return store.expandedPostings(a).size() < store.expandedPostings(b).size();
            });
            std::vector<quint32> common = store.expandedPostings(order.first());
            std::vector<quint32> next;
            for (qsizetype i = 1; i < order.size() && !common.empty(); ++i) {
                const std::vector<quint32> &list = store.expandedPostings(order[i]);
                next.clear();
                std::set_intersection(common.begin(), common.end(), list.begin(), list.end(), std::back_inserter(next));
                common.swap(next);
            }
            m_included = EventBits(size);
            for (quint32 n : common)
                m_included.set(n);
        }
    }
    if (!m_spec.excluded.isEmpty()) {
        m_excluded = EventBits(size);
        for (int e : std::as_const(m_spec.excluded)) {
            for (quint32 n : store.expandedPostings(e))
                m_excluded.set(n);
        }
    }
}

TitleMatcher::TitleMatcher(const QString &text)
    : m_text(text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            m_ascii = false;
    }
    if (m_ascii && !text.isEmpty()) {
        m_text = text.toLower();
        m_firstLower = m_text.front();
        m_firstUpper = m_firstLower.toUpper();
    }
}

bool TitleMatcher::matches(QStringView title) const
{
    if (m_text.isEmpty())
        return true;
    if (!m_ascii)
        return title.contains(m_text, Qt::CaseInsensitive);
    const qsizetype length = m_text.size();
    const qsizetype lastStart = title.size() - length;
    const char16_t *text = reinterpret_cast<const char16_t *>(m_text.constData());
    auto restMatches = [&](qsizetype at) {
        for (qsizetype i = 1; i < length; ++i) {
            char16_t c = title[at + i].unicode();
            if (c >= u'A' && c <= u'Z')
                c = char16_t(c + (u'a' - u'A'));
            if (c != text[i])
                return false;
        }
        return true;
    };
    for (QChar first : {m_firstLower, m_firstUpper}) {
        for (qsizetype at = title.indexOf(first); at >= 0 && at <= lastStart; at = title.indexOf(first, at + 1)) {
            if (restMatches(at))
                return true;
        }
        if (m_firstUpper == m_firstLower)
            break;
    }
    return false;
}

bool EventFilter::passesText(quint32 n) const
{
    if (m_spec.text.isEmpty())
        return true;
    if (m_text && n < m_text->size)
        return m_text->bits.test(n);
    return m_matcher.matches(m_store.title(n));
}

bool EventFilter::passesEntities(quint32 n) const
{
    if (!m_hasInclusion && m_spec.excluded.isEmpty())
        return true;
    // The event's entities and everything above them: a handful.
    std::vector<int> named;
    const qsizetype entityCount = m_store.entityCount();
    for (qint32 e : m_store.entitiesOf(n)) {
        if (e < 0 || e >= entityCount)
            continue;
        const std::vector<int> &chain = m_store.selfAndAncestors(e);
        named.insert(named.end(), chain.begin(), chain.end());
    }
    auto names = [&named](int e) {
        return std::find(named.begin(), named.end(), e) != named.end();
    };
    if (std::any_of(m_spec.excluded.begin(), m_spec.excluded.end(), names))
        return false;
    if (!m_hasInclusion)
        return true;
    if (m_spec.match == EntityMatch::Any)
        return std::any_of(m_spec.included.begin(), m_spec.included.end(), names);
    return std::all_of(m_spec.included.begin(), m_spec.included.end(), names);
}

bool EventFilter::passesBase(quint32 n, bool checkExclusion) const
{
    const quint32 from = m_store.fromDay(n);
    if (from == EventStore::UndatedDay) {
        if (!m_spec.showUndated)
            return false;
    } else if (from > m_toDay || m_store.toDay(n) < m_fromDay) {
        return false;
    }
    if (checkExclusion && m_excluded.test(n))
        return false;
    return passesText(n);
}

bool EventFilter::matches(quint32 n) const
{
    return passesBase(n, false) && passesEntities(n);
}

EventFilter::Slice EventFilter::dateSlice() const
{
    const SortedKeys &order = m_store.order();
    Slice slice;
    slice.undated = order.lowerBound(EventStore::sortKey(EventStore::UndatedDay, 0));
    // Events starting before the range may still reach into it, but none starts earlier than the longest span.
    const quint32 scanFrom = m_fromDay > m_store.maxSpanDays() ? m_fromDay - m_store.maxSpanDays() : 0;
    slice.first = std::min(order.lowerBound(EventStore::sortKey(scanFrom, 0)), slice.undated);
    // No event has the number NoEvent: its key bounds the range's last day from above.
    slice.last = std::min(order.lowerBound(EventStore::sortKey(m_toDay, EventStore::NoEvent)), slice.undated);
    slice.end = order.size();
    return slice;
}

std::vector<quint64> EventFilter::visibleKeys() const
{
    const SortedKeys &order = m_store.order();
    const Slice slice = dateSlice();
    const bool anyTest = m_hasInclusion || !m_spec.excluded.isEmpty() || !m_spec.text.isEmpty();
    std::vector<quint64> visible;
    if (!anyTest) {
        // Only the date range and the undated option: slices of the date order.
        visible.reserve(size_t((slice.last - slice.first) + (m_spec.showUndated ? slice.end - slice.undated : 0)));
    }
    auto keep = [&](quint64 key) {
        const quint32 n = EventStore::numberOfKey(key);
        if (EventStore::dayOfKey(key) < m_fromDay && m_store.toDay(n) < m_fromDay)
            return;
        if (anyTest) {
            if (m_hasInclusion && !m_included.test(n))
                return;
            if (m_excluded.test(n) || !passesText(n))
                return;
        }
        visible.push_back(key);
    };
    order.forRange(slice.first, slice.last, keep);
    if (m_spec.showUndated)
        order.forRange(slice.undated, slice.end, keep);
    return visible;
}

std::vector<int> EventFilter::facetCounts() const
{
    const qsizetype entityCount = m_store.entityCount();
    std::vector<int> counts(size_t(entityCount), 0);
    // The events passing every filter but the entity ones.
    const quint32 size = m_store.capacity();
    EventBits base(size);
    {
        const SortedKeys &order = m_store.order();
        const Slice slice = dateSlice();
        auto mark = [&](quint64 key) {
            const quint32 n = EventStore::numberOfKey(key);
            if (EventStore::dayOfKey(key) < m_fromDay && m_store.toDay(n) < m_fromDay)
                return;
            if (passesText(n))
                base.set(n);
        };
        order.forRange(slice.first, slice.last, mark);
        if (m_spec.showUndated)
            order.forRange(slice.undated, slice.end, mark);
    }
    // What the counts of entities that are not excluded test: the base less exclusions,
    // and in All mode only what the other included entities keep.
    EventBits kept = base;
    std::vector<quint64> &words = kept.words();
    const std::vector<quint64> &excluded = m_excluded.words();
    for (size_t w = 0; w < std::min(words.size(), excluded.size()); ++w)
        words[w] &= ~excluded[w];
    if (m_hasInclusion && m_spec.match == EntityMatch::All) {
        const std::vector<quint64> &included = m_included.words();
        for (size_t w = 0; w < words.size(); ++w)
            words[w] &= w < included.size() ? included[w] : 0;
    }
    forSlices(entityCount, 64, [&](qsizetype firstEntity, qsizetype lastEntity) {
        for (qsizetype e = firstEntity; e < lastEntity; ++e) {
            if (m_spec.excluded.contains(int(e)))
                continue;
            int count = 0;
            for (quint32 n : m_store.expandedPostings(int(e)))
                count += kept.test(n);
            counts[size_t(e)] = count;
        }
    });
    // An excluded entity counts what it would bring back: its events that only it excludes.
    for (int e : m_spec.excluded) {
        FilterSpec others = m_spec;
        others.excluded.removeAll(e);
        others.text.clear();
        others.from = {};
        others.to = {};
        others.showUndated = true;
        const EventFilter entityOnly(m_store, others);
        int count = 0;
        for (quint32 n : m_store.expandedPostings(e)) {
            if (!base.test(n))
                continue;
            const bool inclusionKeeps = !m_hasInclusion || m_spec.match == EntityMatch::Any || m_included.test(n);
            if (inclusionKeeps && !entityOnly.m_excluded.test(n))
                ++count;
        }
        counts[size_t(e)] = count;
    }
    return counts;
}

std::shared_ptr<EventFilter::TextMatches> EventFilter::matchText(const EventStore &store, const QString &text,
                                                                const std::shared_ptr<const TextMatches> &previous)
{
    auto result = std::make_shared<TextMatches>();
    result->text = text;
    result->size = store.capacity();
    result->bits = EventBits(result->size);
    if (text.isEmpty())
        return result;
    const TitleMatcher matcher(text);
    // A longer text only narrows: test what the shorter one matched, and what came since.
    const bool narrowing = previous && !previous->text.isEmpty() && text.contains(previous->text, Qt::CaseInsensitive);
    std::vector<quint64> &words = result->bits.words();
    const qsizetype wordCount = qsizetype(words.size());
    // Slices of whole words: no two threads write the same word.
    forSlices(wordCount, 1024, [&](qsizetype firstWord, qsizetype lastWord) {
        for (qsizetype w = firstWord; w < lastWord; ++w) {
            quint64 candidates = ~quint64(0);
            if (narrowing && size_t(w) < previous->bits.words().size()) {
                const quint64 decided = quint64(w) * 64 + 64 <= previous->size
                    ? ~quint64(0)
                    : (quint64(w) * 64 >= previous->size ? 0 : (quint64(1) << (previous->size - quint64(w) * 64)) - 1);
                candidates = (previous->bits.words()[size_t(w)] & decided) | ~decided;
            }
            quint64 word = 0;
            while (candidates) {
                const int bit = std::countr_zero(candidates);
                candidates &= candidates - 1;
                const quint32 n = quint32(w * 64 + bit);
                if (n >= result->size)
                    break;
                if (store.isLive(n) && matcher.matches(store.title(n)))
                    word |= quint64(1) << bit;
            }
            words[size_t(w)] = word;
        }
    });
    return result;
}

} // namespace Chronoscope
