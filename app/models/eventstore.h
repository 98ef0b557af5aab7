// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "graph/event.h"
#include "models/compactstorage.h"
#include "models/entityinfo.h"
#include "models/sortedkeys.h"

#include <QByteArrayView>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <span>
#include <vector>

namespace Chronoscope {

class EventGraph;
struct LoadResult;

/** What one change of an EventStore did, in event numbers. */
struct EventDelta {
    std::vector<quint32> added; ///< new (or returning) events, ascending
    std::vector<quint32> changed; ///< other data, same place in date order
    std::vector<std::pair<quint64, quint32>> moved; ///< {old sort key, event}: their date changed
    std::vector<std::pair<quint64, quint32>> removed; ///< {sort key, event}: gone from the corpus
    bool linksChanged = false; ///< related and backlinks were rebuilt

    [[nodiscard]] bool isEmpty() const
    {
        return added.empty() && changed.empty() && moved.empty() && removed.empty() && !linksChanged;
    }
};

/**
 * The events of a corpus in a compact layout, with the indexes the views
 * filter by: the date order, per-entity posting lists and related links.
 *
 * Every event gets a number when it first arrives; numbers index every
 * per-event array, never change, and are kept across reloads for the same id
 * (an event that disappears keeps its number, unused, and gets it back if it
 * returns). Strings other than titles are kept as UTF-8 in chunked arenas, and
 * every array grows in chunks, so that adding a batch never copies the
 * million events already there.
 *
 * The date order is a SortedKeys of sortKey(day, number): by first day, then
 * by arrival; undated events last.
 */
class EventStore
{
public:
    static constexpr quint32 NoEvent = 0xffffffffU;
    static constexpr quint32 UndatedDay = 0xffffffffU;

    [[nodiscard]] static quint64 sortKey(quint32 day, quint32 number) { return (quint64(day) << 32) | number; }
    [[nodiscard]] static quint32 numberOfKey(quint64 key) { return quint32(key & 0xffffffffU); }
    [[nodiscard]] static quint32 dayOfKey(quint64 key) { return quint32(key >> 32); }
    /** A Julian day as stored (UndatedDay for an invalid date). */
    [[nodiscard]] static quint32 dayOf(QDate date);
    /** Seconds since the epoch (UTC) at the start of a stored day. */
    [[nodiscard]] static qint64 secondsOfDay(quint32 day);

    /** Announces row changes of the date order, one contiguous run at a time. */
    struct RowHooks {
        std::function<void(qsizetype first, qsizetype last)> beginInsert;
        std::function<void()> endInsert;
        std::function<void(qsizetype first, qsizetype last)> beginRemove;
        std::function<void()> endRemove;
    };

    EventStore() = default;
    EventStore(const EventStore &) = delete;
    EventStore &operator=(const EventStore &) = delete;

    /**
     * What ending a load works out from the whole store: related links and
     * backlinks, and the posting lists of the final entity table. At a million
     * events that takes long, so it can be made ready on another thread while
     * the store is left alone (prepareFinish()), then taken over at once.
     */
    struct Prepared {
        quint64 revision = 0; ///< of the store it was worked out from
        QList<EntityInfo> entities;
        std::vector<std::vector<int>> ancestors;
        std::vector<bool> hasDescendants;
        std::vector<std::vector<quint32>> postings;
        std::vector<std::vector<quint32>> expanded;
        std::vector<quint32> numberOf; // graph index → number
        std::vector<quint32> relatedStart, relatedTargets, backlinkStart, backlinkTargets;
    };
    /** Works out @p result's links and @p entities' posting lists; only reads the store (any thread). */
    [[nodiscard]] Prepared prepareFinish(const LoadResult &result, const QList<EntityInfo> &entities) const;
    /** Counts changes to the store: a Prepared of another revision is out of date. */
    [[nodiscard]] quint64 revision() const { return m_revision; }

    /** Replaces the entity table (index = entity id) and rebuilds the posting lists. */
    void setEntities(const QList<EntityInfo> &entities);
    /** The same, taking the lists from @p prepared when it is up to date. */
    void setEntities(Prepared &prepared);
    [[nodiscard]] const QList<EntityInfo> &entities() const { return m_entities; }
    [[nodiscard]] qsizetype entityCount() const { return m_entities.size(); }
    /** The entity and every entity above it, nearest first. */
    [[nodiscard]] const std::vector<int> &selfAndAncestors(int entity) const { return m_ancestors[size_t(entity)]; }
    [[nodiscard]] bool hasDescendants(int entity) const { return m_hasDescendants[size_t(entity)]; }
    /** Events naming the entity itself, ascending. */
    [[nodiscard]] const std::vector<quint32> &postings(int entity) const { return m_postings[size_t(entity)]; }
    /** Events naming the entity or anything below it, ascending. */
    [[nodiscard]] const std::vector<quint32> &expandedPostings(int entity) const
    {
        return m_hasDescendants[size_t(entity)] ? m_expanded[size_t(entity)] : m_postings[size_t(entity)];
    }

    /** Makes room for about @p events events. */
    void reserve(qsizetype events);

    /** A load starts: events it does not deliver are removed when it finishes. */
    void beginLoad();
    /** Adds new events and updates known ones (by id); the date order changes through @p hooks. */
    EventDelta addBatch(const QList<Event> &events, const RowHooks &hooks = {});
    /**
     * Ends a load: adds whatever @p result holds that no batch of the load delivered
     * (events already known are left as they are outside a load), removes
     * the events of an earlier load that this one did not find (unless it was
     * cancelled or failed), and rebuilds related links and backlinks.
     */
    EventDelta finishLoad(const LoadResult &result, const RowHooks &hooks = {}, Prepared *prepared = nullptr);
    /** Forgets every event. */
    void clear();

    /** Numbers handed out (live and removed events). */
    [[nodiscard]] quint32 capacity() const { return quint32(m_records.size()); }
    /** Events in the corpus. */
    [[nodiscard]] qsizetype count() const { return m_order.size(); }
    [[nodiscard]] bool isLive(quint32 n) const { return m_records[n].live; }
    /** The number of the event with this id, or NoEvent. */
    [[nodiscard]] quint32 number(const QString &id) const;

    /** The date order: sort keys, one per live event, ascending. */
    [[nodiscard]] const SortedKeys &order() const { return m_order; }
    [[nodiscard]] quint64 key(quint32 n) const { return sortKey(m_records[n].fromDay, n); }
    /** The longest span of a dated event, in days (bounds date-range scans). */
    [[nodiscard]] quint32 maxSpanDays() const { return m_maxSpanDays; }

    [[nodiscard]] QString id(quint32 n) const;
    [[nodiscard]] const QString &title(quint32 n) const { return m_titles[n]; }
    [[nodiscard]] QString path(quint32 n) const;
    [[nodiscard]] QString evidence(quint32 n) const;
    [[nodiscard]] EventKind kind(quint32 n) const { return m_records[n].kind; }
    [[nodiscard]] quint32 fromDay(quint32 n) const { return m_records[n].fromDay; }
    [[nodiscard]] quint32 toDay(quint32 n) const { return m_records[n].toDay; }
    [[nodiscard]] QDate from(quint32 n) const;
    /** The whole date of event @p n: days, precision, source, confidence and evidence. */
    [[nodiscard]] DateRange dateRange(quint32 n) const;
    [[nodiscard]] QDate to(quint32 n) const;
    [[nodiscard]] DatePrecision precision(quint32 n) const { return m_records[n].precision; }
    [[nodiscard]] DateSource dateSource(quint32 n) const { return m_records[n].dateSource; }
    [[nodiscard]] float confidence(quint32 n) const { return m_records[n].confidence; }
    [[nodiscard]] int sourceCount(quint32 n) const { return m_records[n].sourceCount; }
    [[nodiscard]] std::span<const qint32> entitiesOf(quint32 n) const;
    [[nodiscard]] std::span<const quint32> related(quint32 n) const;
    [[nodiscard]] std::span<const quint32> backlinks(quint32 n) const;

    /** Bytes held by the store, titles excepted (their text is counted apart, see titleBytes()). */
    [[nodiscard]] qint64 memoryBytes() const;
    [[nodiscard]] qint64 titleBytes() const;

private:
    struct Record {
        quint32 fromDay = UndatedDay;
        quint32 toDay = UndatedDay;
        quint32 id = ByteArena::Null;
        quint32 path = ByteArena::Null;
        quint32 evidence = ByteArena::Null;
        quint32 entities = ByteArena::Null; // qint32 array in the arena
        quint32 idHash = 0;
        float confidence = 0;
        quint16 sourceCount = 0;
        EventKind kind = EventKind::Page;
        DatePrecision precision = DatePrecision::None;
        DateSource dateSource = DateSource::None;
        bool live = false;
        bool pathAfterId = false; // path is the id followed by the arena's string
    };

    quint32 append(const Event &event);
    void write(quint32 n, const Event &event, bool keepStrings);
    [[nodiscard]] bool sameAs(quint32 n, const Event &event) const;
    void addPostings(quint32 n);
    void removePostings(quint32 n);
    void rebuildPostings();
    void updatePostings(quint32 n, std::span<const qint32> before, std::span<const qint32> after);
    void flushPostings();
    void prepareEntities(const QList<EntityInfo> &entities, Prepared &out) const;
    void takeEntities(Prepared &prepared);
    void prepareLinks(const EventGraph &graph, const std::vector<quint32> &numberOf, Prepared &out) const;
    void takeLinks(Prepared &prepared, EventDelta &delta);
    void insertIntoIndex(quint32 n);
    void growIndex();
    [[nodiscard]] std::vector<quint32> numbersOf(const EventGraph &graph) const;
    void rebuildLinks(const EventGraph &graph, const std::vector<quint32> &numberOf, EventDelta &delta);
    void applyOrder(std::vector<quint64> toRemove, std::vector<quint64> toInsert, const RowHooks &hooks);

    QList<EntityInfo> m_entities;
    std::vector<std::vector<int>> m_ancestors;
    std::vector<bool> m_hasDescendants;
    std::vector<std::vector<quint32>> m_postings;
    std::vector<std::vector<quint32>> m_expanded;

    // Posting-list edits of changed events, made at the end of a batch.
    struct PostingEdit {
        std::vector<quint32> *list; // in m_postings or m_expanded, which a batch does not resize
        quint32 n;
        quint32 order;
        bool add;
    };
    std::vector<PostingEdit> m_postingEdits;
    bool m_batchEdits = false;

    ChunkedVector<Record> m_records;
    ChunkedVector<QString> m_titles;
    ByteArena m_arena; // ids, paths, evidence, entity lists
    std::vector<quint32> m_index; // open addressing by id hash: number + 1, 0 when free
    quint32 m_indexUsed = 0;
    SortedKeys m_order;
    quint32 m_maxSpanDays = 0;

    std::vector<quint64> m_seen; // bit per number: delivered by the current load
    bool m_loading = false;
    quint64 m_revision = 0;
    bool m_finishing = false;
    std::vector<quint32> m_deferred; // pages a reload has so far only seen links to

    // Related links and backlinks, compressed rows by number.
    std::vector<quint32> m_relatedStart;
    std::vector<quint32> m_relatedTargets;
    std::vector<quint32> m_backlinkStart;
    std::vector<quint32> m_backlinkTargets;
};

} // namespace Chronoscope
