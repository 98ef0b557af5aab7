// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "eventstore.h"

#include "corpus/corpusloader.h"

#include <QHash>
#include <QSet>
#include <QtConcurrentMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chronoscope {

namespace {

// The Julian day of 1970-01-01.
constexpr qint64 EpochDay = 2440588;

quint32 hashOf(QByteArrayView utf8)
{
    return quint32(qHash(utf8, 0x9e3779b9U));
}

// Inserts @p n into an ascending list; numbers usually arrive in ascending order.
void insertSorted(std::vector<quint32> &list, quint32 n)
{
    if (list.empty() || list.back() < n) {
        list.push_back(n);
        return;
    }
    const auto at = std::lower_bound(list.begin(), list.end(), n);
    if (at == list.end() || *at != n)
        list.insert(at, n);
}

void eraseSorted(std::vector<quint32> &list, quint32 n)
{
    const auto at = std::lower_bound(list.begin(), list.end(), n);
    if (at != list.end() && *at == n)
        list.erase(at);
}

bool testBit(const std::vector<quint64> &bits, quint32 n)
{
    return (n >> 6) < bits.size() && (bits[n >> 6] >> (n & 63)) & 1U;
}

void setBit(std::vector<quint64> &bits, quint32 n)
{
    if ((n >> 6) >= bits.size())
        bits.resize((n >> 6) + 1 + bits.size() / 2);
    bits[n >> 6] |= quint64(1) << (n & 63);
}

} // namespace

quint32 EventStore::dayOf(QDate date)
{
    if (!date.isValid())
        return UndatedDay;
    return quint32(std::clamp<qint64>(date.toJulianDay(), 0, qint64(UndatedDay) - 1));
}

qint64 EventStore::secondsOfDay(quint32 day)
{
    if (day == UndatedDay)
        return std::numeric_limits<qint64>::max();
    return (qint64(day) - EpochDay) * 86400;
}

void EventStore::setEntities(const QList<EntityInfo> &entities)
{
    Prepared prepared;
    prepareEntities(entities, prepared);
    takeEntities(prepared);
}

void EventStore::setEntities(Prepared &prepared)
{
    if (prepared.revision != m_revision) {
        setEntities(prepared.entities);
        return;
    }
    takeEntities(prepared);
}

void EventStore::prepareEntities(const QList<EntityInfo> &entities, Prepared &out) const
{
    out.entities = entities;
    const size_t count = size_t(entities.size());
    out.ancestors.assign(count, {});
    out.hasDescendants.assign(count, false);
    for (size_t e = 0; e < count; ++e) {
        std::vector<int> &chain = out.ancestors[e];
        chain.push_back(int(e));
        // A table with a loop in its parents must not hang us: stop at a repeat or at 64 levels.
        for (int p = entities[qsizetype(e)].parent; p >= 0 && p < int(count) && chain.size() < 64;
             p = entities[p].parent) {
            if (std::find(chain.begin(), chain.end(), p) != chain.end())
                break;
            chain.push_back(p);
            out.hasDescendants[size_t(p)] = true;
        }
    }
    // Numbers ascend, so every list grows at its end.
    out.postings.assign(count, {});
    out.expanded.assign(count, {});
    for (quint32 n = 0; n < capacity(); ++n) {
        if (!m_records[n].live)
            continue;
        for (qint32 e : entitiesOf(n)) {
            if (e < 0 || size_t(e) >= count)
                continue;
            insertSorted(out.postings[size_t(e)], n);
            for (int a : out.ancestors[size_t(e)]) {
                if (out.hasDescendants[size_t(a)])
                    insertSorted(out.expanded[size_t(a)], n);
            }
        }
    }
}

void EventStore::takeEntities(Prepared &prepared)
{
    m_entities = std::move(prepared.entities);
    m_ancestors = std::move(prepared.ancestors);
    m_hasDescendants = std::move(prepared.hasDescendants);
    m_postings = std::move(prepared.postings);
    m_expanded = std::move(prepared.expanded);
    // Entities change no numbers: the rest of @p prepared still holds for the store as it is now.
    ++m_revision;
    prepared.revision = m_revision;
}

void EventStore::rebuildPostings()
{
    Prepared prepared;
    prepareEntities(m_entities, prepared);
    takeEntities(prepared);
}

EventStore::Prepared EventStore::prepareFinish(const LoadResult &result, const QList<EntityInfo> &entities) const
{
    Prepared prepared;
    prepared.revision = m_revision;
    prepareEntities(entities, prepared);
    if (result.ok) {
        prepared.numberOf = numbersOf(result.graph);
        prepareLinks(result.graph, prepared.numberOf, prepared);
    }
    return prepared;
}

void EventStore::addPostings(quint32 n)
{
    const qsizetype entityCount = m_entities.size();
    for (qint32 e : entitiesOf(n)) {
        if (e < 0 || e >= entityCount)
            continue;
        insertSorted(m_postings[size_t(e)], n);
        for (int a : m_ancestors[size_t(e)]) {
            if (m_hasDescendants[size_t(a)])
                insertSorted(m_expanded[size_t(a)], n);
        }
    }
}

void EventStore::removePostings(quint32 n)
{
    const qsizetype entityCount = m_entities.size();
    for (qint32 e : entitiesOf(n)) {
        if (e < 0 || e >= entityCount)
            continue;
        eraseSorted(m_postings[size_t(e)], n);
        for (int a : m_ancestors[size_t(e)]) {
            if (m_hasDescendants[size_t(a)])
                eraseSorted(m_expanded[size_t(a)], n);
        }
    }
}

void EventStore::updatePostings(quint32 n, std::span<const qint32> before, std::span<const qint32> after)
{
    // An event's number sits inside long posting lists, where each insert or
    // erase moves what follows it: touch only the lists of what changed
    // (a link target gaining an entity, a stub turning into its page).
    const qsizetype entityCount = m_entities.size();
    auto entitiesIn = [entityCount](std::span<const qint32> entities) {
        QVarLengthArray<int, 16> list;
        for (qint32 e : entities) {
            if (e >= 0 && e < entityCount)
                list.append(e);
        }
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
        return list;
    };
    auto ancestorsIn = [this](const QVarLengthArray<int, 16> &entities) {
        QVarLengthArray<int, 32> list;
        for (int e : entities) {
            for (int a : m_ancestors[size_t(e)]) {
                if (m_hasDescendants[size_t(a)])
                    list.append(a);
            }
        }
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
        return list;
    };
    // Calls gone(x) for what is only in @p from, came(x) for what is only in @p to (both ascending).
    auto compare = [](const auto &from, const auto &to, auto gone, auto came) {
        auto f = from.begin();
        auto t = to.begin();
        while (f != from.end() || t != to.end()) {
            if (t == to.end() || (f != from.end() && *f < *t)) {
                gone(*f++);
            } else if (f == from.end() || *t < *f) {
                came(*t++);
            } else {
                ++f;
                ++t;
            }
        }
    };
    const QVarLengthArray<int, 16> oldEntities = entitiesIn(before);
    const QVarLengthArray<int, 16> newEntities = entitiesIn(after);
    // Within a batch the edits wait, to be made a list at a time (flushPostings).
    auto edit = [this, n](std::vector<quint32> &list, bool add) {
        if (m_batchEdits)
            m_postingEdits.push_back({&list, n, quint32(m_postingEdits.size()), add});
        else if (add)
            insertSorted(list, n);
        else
            eraseSorted(list, n);
    };
    compare(
        oldEntities, newEntities,
        [&](int e) {
            edit(m_postings[size_t(e)], false);
        },
        [&](int e) {
            edit(m_postings[size_t(e)], true);
        });
    compare(
        ancestorsIn(oldEntities), ancestorsIn(newEntities),
        [&](int a) {
            edit(m_expanded[size_t(a)], false);
        },
        [&](int a) {
            edit(m_expanded[size_t(a)], true);
        });
}

void EventStore::flushPostings()
{
    // Each insert into or erase from the middle of a long list moves what
    // follows it; a batch changes hundreds of events that all name, say,
    // Japan. Grouped by list, the last edit of each event wins, and a list is
    // rewritten once.
    std::sort(m_postingEdits.begin(), m_postingEdits.end(), [](const PostingEdit &a, const PostingEdit &b) {
        if (a.list != b.list)
            return std::less<>()(a.list, b.list);
        return std::tie(a.n, a.order) < std::tie(b.n, b.order);
    });
    std::vector<quint32> added;
    std::vector<quint32> erased;
    for (size_t i = 0; i < m_postingEdits.size();) {
        std::vector<quint32> *const list = m_postingEdits[i].list;
        added.clear();
        erased.clear();
        for (; i < m_postingEdits.size() && m_postingEdits[i].list == list; ++i) {
            const PostingEdit &edit = m_postingEdits[i];
            if (i + 1 < m_postingEdits.size() && m_postingEdits[i + 1].list == list && m_postingEdits[i + 1].n == edit.n)
                continue; // a later edit of the same event
            (edit.add ? added : erased).push_back(edit.n);
        }
        std::vector<quint32> &target = *list;
        if (!erased.empty()) {
            target.erase(std::remove_if(target.begin(), target.end(),
                                        [&erased](quint32 n) {
                                            return std::binary_search(erased.begin(), erased.end(), n);
                                        }),
                         target.end());
        }
        if (!added.empty()) {
            const auto middle = target.insert(target.end(), added.begin(), added.end()) - target.begin();
            std::inplace_merge(target.begin(), target.begin() + middle, target.end());
            target.erase(std::unique(target.begin(), target.end()), target.end());
        }
    }
    m_postingEdits.clear();
}

void EventStore::reserve(qsizetype events)
{
    ++m_revision;
    size_t slots = 64;
    while (slots < size_t(events) * 2)
        slots <<= 1;
    if (slots > m_index.size()) {
        m_index.assign(slots, 0);
        for (quint32 n = 0; n < capacity(); ++n)
            insertIntoIndex(n);
    }
}

void EventStore::growIndex()
{
    std::vector<quint32> old = std::move(m_index);
    m_index.assign(std::max<size_t>(64, old.size() * 2), 0);
    const size_t mask = m_index.size() - 1;
    for (quint32 slot : old) {
        if (!slot)
            continue;
        size_t i = m_records[slot - 1].idHash & mask;
        while (m_index[i])
            i = (i + 1) & mask;
        m_index[i] = slot;
    }
}

void EventStore::insertIntoIndex(quint32 n)
{
    const size_t mask = m_index.size() - 1;
    size_t i = m_records[n].idHash & mask;
    while (m_index[i])
        i = (i + 1) & mask;
    m_index[i] = n + 1;
}

quint32 EventStore::number(const QString &id) const
{
    if (m_index.empty())
        return NoEvent;
    const QByteArray utf8 = id.toUtf8();
    const quint32 hash = hashOf(utf8);
    const size_t mask = m_index.size() - 1;
    for (size_t i = hash & mask; m_index[i]; i = (i + 1) & mask) {
        const quint32 n = m_index[i] - 1;
        if (m_records[n].idHash == hash && m_arena.get(m_records[n].id) == QByteArrayView(utf8))
            return n;
    }
    return NoEvent;
}

QString EventStore::id(quint32 n) const
{
    return QString::fromUtf8(m_arena.get(m_records[n].id));
}

QString EventStore::path(quint32 n) const
{
    const Record &record = m_records[n];
    if (record.pathAfterId)
        return QString::fromUtf8(m_arena.get(record.id)) + QString::fromUtf8(m_arena.get(record.path));
    return QString::fromUtf8(m_arena.get(record.path));
}

QString EventStore::evidence(quint32 n) const
{
    return QString::fromUtf8(m_arena.get(m_records[n].evidence));
}

QDate EventStore::from(quint32 n) const
{
    const quint32 day = m_records[n].fromDay;
    return day == UndatedDay ? QDate() : QDate::fromJulianDay(day);
}

QDate EventStore::to(quint32 n) const
{
    const quint32 day = m_records[n].toDay;
    return day == UndatedDay ? QDate() : QDate::fromJulianDay(day);
}

std::span<const qint32> EventStore::entitiesOf(quint32 n) const
{
    const QByteArrayView bytes = m_arena.get(m_records[n].entities);
    return {reinterpret_cast<const qint32 *>(bytes.data()), size_t(bytes.size()) / sizeof(qint32)};
}

std::span<const quint32> EventStore::related(quint32 n) const
{
    if (size_t(n) + 1 >= m_relatedStart.size())
        return {};
    return {m_relatedTargets.data() + m_relatedStart[n], m_relatedStart[n + 1] - m_relatedStart[n]};
}

std::span<const quint32> EventStore::backlinks(quint32 n) const
{
    if (size_t(n) + 1 >= m_backlinkStart.size())
        return {};
    return {m_backlinkTargets.data() + m_backlinkStart[n], m_backlinkStart[n + 1] - m_backlinkStart[n]};
}

quint32 EventStore::append(const Event &event)
{
    const quint32 n = capacity();
    m_records.append({});
    m_titles.append({});
    const QByteArray id = event.id.toUtf8();
    m_records[n].id = m_arena.add(id);
    m_records[n].idHash = hashOf(id);
    write(n, event, false);
    if ((m_indexUsed + 1) * 2 > m_index.size())
        growIndex();
    insertIntoIndex(n);
    ++m_indexUsed;
    return n;
}

void EventStore::write(quint32 n, const Event &event, bool keepStrings)
{
    Record &record = m_records[n];
    const QByteArrayView entities(reinterpret_cast<const char *>(event.entities.constData()),
                                  event.entities.size() * qsizetype(sizeof(int)));
    // Posting lists are long: touch them only when the entities changed.
    const bool sameEntities = keepStrings && record.live && m_arena.get(record.entities) == entities;
    const bool wasLive = record.live;
    QVarLengthArray<qint32, 16> before;
    if (wasLive && !sameEntities) {
        const std::span<const qint32> old = entitiesOf(n);
        before.assign(old.begin(), old.end());
    }
    record.fromDay = dayOf(event.date.from);
    record.toDay = event.date.to.isValid() ? std::max(dayOf(event.date.to), record.fromDay) : record.fromDay;
    if (record.fromDay == UndatedDay)
        record.toDay = UndatedDay;
    else
        m_maxSpanDays = std::max(m_maxSpanDays, record.toDay - record.fromDay);
    record.precision = event.date.precision;
    record.dateSource = event.date.source;
    record.confidence = event.date.confidence;
    record.kind = event.kind;
    record.sourceCount = quint16(std::min<qsizetype>(event.citedSources(), 0xffff));
    // Paths usually extend the id ("news/2010/11/01/slug" + ".md"): then only the rest is kept.
    // A reload rewrites only the strings that changed; the old bytes stay in the arena.
    const QByteArray path = event.path.toUtf8();
    const QByteArrayView id = m_arena.get(record.id);
    const bool pathAfterId = !id.isEmpty() && QByteArrayView(path).startsWith(id);
    const QByteArrayView pathRest = pathAfterId ? QByteArrayView(path).mid(id.size()) : QByteArrayView(path);
    if (!keepStrings || record.pathAfterId != pathAfterId || m_arena.get(record.path) != pathRest)
        record.path = m_arena.add(pathRest);
    record.pathAfterId = pathAfterId;
    const QByteArray evidence = event.date.evidence.toUtf8();
    if (!keepStrings || m_arena.get(record.evidence) != QByteArrayView(evidence))
        record.evidence = m_arena.add(evidence);
    if (!sameEntities && (!keepStrings || m_arena.get(record.entities) != entities))
        record.entities = m_arena.add(entities);
    if (m_titles[n] != event.title)
        m_titles[n] = event.title;
    record.live = true;
    if (sameEntities)
        return;
    if (wasLive)
        updatePostings(n, before, entitiesOf(n));
    else
        addPostings(n);
}

bool EventStore::sameAs(quint32 n, const Event &event) const
{
    const Record &record = m_records[n];
    if (!record.live || record.kind != event.kind || m_titles[n] != event.title)
        return false;
    const quint32 from = dayOf(event.date.from);
    const quint32 to = from == UndatedDay ? UndatedDay
                                          : (event.date.to.isValid() ? std::max(dayOf(event.date.to), from) : from);
    if (record.fromDay != from || record.toDay != to || record.precision != event.date.precision
        || record.dateSource != event.date.source || record.confidence != event.date.confidence
        || record.sourceCount != std::min<qsizetype>(event.citedSources(), 0xffff))
        return false;
    const std::span<const qint32> entities = entitiesOf(n);
    if (!std::equal(entities.begin(), entities.end(), event.entities.begin(), event.entities.end()))
        return false;
    return path(n) == event.path && evidence(n) == event.date.evidence;
}

void EventStore::beginLoad()
{
    ++m_revision;
    m_loading = true;
    m_deferred.clear();
    m_seen.assign(m_records.size() / 64 + 1, 0);
}

EventDelta EventStore::addBatch(const QList<Event> &events, const RowHooks &hooks)
{
    ++m_revision;
    EventDelta delta;
    std::vector<quint64> toInsert;
    std::vector<quint64> toRemove;
    // The loader sends an event at most once per batch; should one come twice, the last wins.
    QSet<quint32> inThisBatch;
    m_batchEdits = true;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const Event &event = events[i];
        quint32 n = number(event.id);
        if (n == NoEvent) {
            n = append(event);
            inThisBatch.insert(n);
            delta.added.push_back(n);
            toInsert.push_back(key(n));
            if (m_loading)
                setBit(m_seen, n);
            continue;
        }
        if (m_loading)
            setBit(m_seen, n);
        if (m_loading && !m_finishing && event.kind == EventKind::Stub && m_records[n].live
            && m_records[n].kind != EventKind::Stub && !inThisBatch.contains(n)) {
            // A reload meets links before the pages they lead to: keep the page until the load
            // says at its end whether it is still there.
            m_deferred.push_back(n);
            continue;
        }
        if (inThisBatch.contains(n)) {
            // Added moments ago: replace it, and its key in the batch.
            const quint64 oldKey = key(n);
            write(n, event, true);
            std::replace(toInsert.begin(), toInsert.end(), oldKey, key(n));
            continue;
        }
        if (!m_records[n].live) {
            write(n, event, true);
            inThisBatch.insert(n);
            delta.added.push_back(n);
            toInsert.push_back(key(n));
            continue;
        }
        if (sameAs(n, event))
            continue;
        const quint64 oldKey = key(n);
        write(n, event, true);
        inThisBatch.insert(n);
        if (key(n) == oldKey) {
            delta.changed.push_back(n);
        } else {
            delta.moved.emplace_back(oldKey, n);
            toRemove.push_back(oldKey);
            toInsert.push_back(key(n));
        }
    }
    m_batchEdits = false;
    flushPostings();
    std::sort(delta.added.begin(), delta.added.end());
    std::sort(delta.changed.begin(), delta.changed.end());
    applyOrder(std::move(toRemove), std::move(toInsert), hooks);
    return delta;
}

void EventStore::applyOrder(std::vector<quint64> toRemove, std::vector<quint64> toInsert, const RowHooks &hooks)
{
    auto ignoreRun = [](qsizetype, qsizetype) {};
    auto ignoreEnd = [] {};
    std::sort(toRemove.begin(), toRemove.end());
    if (hooks.beginRemove)
        m_order.remove(toRemove, hooks.beginRemove, hooks.endRemove);
    else
        m_order.remove(toRemove, ignoreRun, ignoreEnd);
    std::sort(toInsert.begin(), toInsert.end());
    if (hooks.beginInsert)
        m_order.insert(toInsert, hooks.beginInsert, hooks.endInsert);
    else
        m_order.insert(toInsert, ignoreRun, ignoreEnd);
}

EventDelta EventStore::finishLoad(const LoadResult &result, const RowHooks &hooks, Prepared *prepared)
{
    // Work made ready elsewhere counts only for the store it was made from.
    if (prepared && prepared->revision != m_revision)
        prepared = nullptr;
    ++m_revision;
    EventDelta delta;
    if (!result.ok) {
        m_loading = false;
        m_seen.clear();
        m_deferred.clear();
        return delta;
    }
    const EventGraph &graph = result.graph;
    std::vector<quint32> numberOf = prepared ? std::move(prepared->numberOf) : numbersOf(graph);
    // Events no batch delivered (a load run without batches): add them as one batch.
    QList<Event> missing;
    for (qsizetype i = 0; i < graph.size(); ++i) {
        const quint32 n = numberOf[size_t(i)];
        if (n == NoEvent || (m_loading && !testBit(m_seen, n)))
            missing.append(graph.event(int(i)));
    }
    for (quint32 n : std::exchange(m_deferred, {})) {
        const int index = graph.indexOf(id(n));
        if (index >= 0)
            missing.append(graph.event(index));
    }
    if (!missing.isEmpty()) {
        m_finishing = true;
        delta = addBatch(missing, hooks);
        m_finishing = false;
        numberOf = numbersOf(graph);
        prepared = nullptr; // new numbers: its links are out of date
    }
    if (!result.cancelled && m_loading) {
        std::vector<quint64> toRemove;
        for (quint32 n = 0; n < capacity(); ++n) {
            if (m_records[n].live && !testBit(m_seen, n)) {
                toRemove.push_back(key(n));
                delta.removed.emplace_back(key(n), n);
            }
        }
        for (const auto &removed : delta.removed) {
            removePostings(removed.second);
            m_records[removed.second].live = false;
        }
        applyOrder(std::move(toRemove), {}, hooks);
    }
    m_loading = false;
    m_seen.clear();
    // Removed events keep their numbers and are not linked to: links made ready still hold.
    if (prepared)
        takeLinks(*prepared, delta);
    else
        rebuildLinks(graph, numberOf, delta);
    return delta;
}

std::vector<quint32> EventStore::numbersOf(const EventGraph &graph) const
{
    // Lookups only read the store: split them over the pool.
    std::vector<quint32> numberOf(size_t(graph.size()), NoEvent);
    constexpr qsizetype Slice = 16384;
    QList<qsizetype> slices;
    for (qsizetype i = 0; i < graph.size(); i += Slice)
        slices.append(i);
    QtConcurrent::blockingMap(slices, [&](qsizetype first) {
        const qsizetype last = std::min(graph.size(), first + Slice);
        for (qsizetype i = first; i < last; ++i)
            numberOf[size_t(i)] = number(graph.event(int(i)).id);
    });
    return numberOf;
}

void EventStore::rebuildLinks(const EventGraph &graph, const std::vector<quint32> &numberOf, EventDelta &delta)
{
    Prepared prepared;
    prepareLinks(graph, numberOf, prepared);
    takeLinks(prepared, delta);
}

void EventStore::prepareLinks(const EventGraph &graph, const std::vector<quint32> &numberOf, Prepared &out) const
{
    const quint32 count = capacity();
    std::vector<quint32> outCount(count + 1, 0);
    std::vector<quint32> inCount(count + 1, 0);
    for (const RelatedEdge &edge : graph.edges()) {
        const quint32 from = numberOf[size_t(edge.from)];
        const quint32 to = numberOf[size_t(edge.to)];
        if (from == NoEvent || to == NoEvent)
            continue;
        ++outCount[from + 1];
        ++inCount[to + 1];
    }
    for (quint32 n = 0; n < count; ++n) {
        outCount[n + 1] += outCount[n];
        inCount[n + 1] += inCount[n];
    }
    std::vector<quint32> related(outCount[count]);
    std::vector<quint32> backlinks(inCount[count]);
    std::vector<quint32> outFill(outCount.begin(), outCount.end() - 1);
    std::vector<quint32> inFill(inCount.begin(), inCount.end() - 1);
    // Edges are in link order, so each event's targets come out in the order its page lists them.
    for (const RelatedEdge &edge : graph.edges()) {
        const quint32 from = numberOf[size_t(edge.from)];
        const quint32 to = numberOf[size_t(edge.to)];
        if (from == NoEvent || to == NoEvent)
            continue;
        related[outFill[from]++] = to;
        backlinks[inFill[to]++] = from;
    }
    out.relatedStart = std::move(outCount);
    out.relatedTargets = std::move(related);
    out.backlinkStart = std::move(inCount);
    out.backlinkTargets = std::move(backlinks);
}

void EventStore::takeLinks(Prepared &prepared, EventDelta &delta)
{
    delta.linksChanged = prepared.relatedStart != m_relatedStart || prepared.relatedTargets != m_relatedTargets
        || prepared.backlinkStart != m_backlinkStart || prepared.backlinkTargets != m_backlinkTargets;
    m_relatedStart = std::move(prepared.relatedStart);
    m_relatedTargets = std::move(prepared.relatedTargets);
    m_backlinkStart = std::move(prepared.backlinkStart);
    m_backlinkTargets = std::move(prepared.backlinkTargets);
    ++m_revision;
}

void EventStore::clear()
{
    ++m_revision;
    m_records.clear();
    m_titles.clear();
    m_arena.clear();
    m_index.clear();
    m_indexUsed = 0;
    m_order.reset();
    m_maxSpanDays = 0;
    m_seen.clear();
    m_loading = false;
    m_relatedStart.clear();
    m_relatedTargets.clear();
    m_backlinkStart.clear();
    m_backlinkTargets.clear();
    rebuildPostings();
}

qint64 EventStore::memoryBytes() const
{
    qint64 bytes = m_records.memoryBytes() + m_titles.memoryBytes() + m_arena.memoryBytes();
    bytes += qint64(m_index.capacity() * sizeof(quint32));
    bytes += m_order.memoryBytes();
    for (const auto &list : m_postings)
        bytes += qint64(list.capacity() * sizeof(quint32));
    for (const auto &list : m_expanded)
        bytes += qint64(list.capacity() * sizeof(quint32));
    bytes += qint64((m_relatedStart.capacity() + m_relatedTargets.capacity() + m_backlinkStart.capacity()
                     + m_backlinkTargets.capacity())
                    * sizeof(quint32));
    return bytes;
}

qint64 EventStore::titleBytes() const
{
    qint64 bytes = 0;
    for (size_t n = 0; n < m_titles.size(); ++n)
        bytes += m_titles[n].capacity() * 2;
    return bytes;
}

DateRange EventStore::dateRange(quint32 n) const
{
    DateRange date;
    date.from = from(n);
    date.to = to(n);
    date.precision = precision(n);
    date.source = dateSource(n);
    date.confidence = confidence(n);
    date.evidence = evidence(n);
    return date;
}

} // namespace Chronoscope
