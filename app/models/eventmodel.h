// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "models/eventstore.h"

#include <QAbstractListModel>
#include <QFuture>

#include <memory>

namespace Chronoscope {

class CorpusLoader;
struct LoadProgress;
struct LoadResult;

/**
 * Every event of a corpus, one row each, sorted by date (undated events last),
 * filled progressively from a CorpusLoader's batches. It owns the EventStore
 * that the filtered views and the timeline read.
 *
 * Batches insert exactly the rows they add, one contiguous run at a time;
 * events that change (a stub whose page arrived, a renamed title) change in
 * place, or move when their date changed; a reload removes exactly the events
 * that are gone. Only the first fill and clear() reset the model.
 */
class EventModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        EventNumberRole = Qt::UserRole + 1, ///< quint32: the event's number in the store
        IdRole, ///< QString
        TitleRole, ///< QString (also Qt::DisplayRole)
        DateFromRole, ///< QDate, invalid when undated
        DateToRole, ///< QDate
        StartTimeRole, ///< qint64: seconds since the epoch (UTC) at the start of DateFromRole
        PrecisionRole, ///< int: DatePrecision
        DateSourceRole, ///< int: DateSource
        ConfidenceRole, ///< float
        EvidenceRole, ///< QString
        KindRole, ///< int: EventKind
        EntityIdsRole, ///< QList<int>
        EntitiesRole, ///< QStringList: entity names
        RelatedIdsRole, ///< QStringList: ids of the events it links to, in link order
        BacklinkIdsRole, ///< QStringList: ids of the events that link to it
        SourceCountRole, ///< int
        PathRole, ///< QString: corpus-relative path of its document, empty for stubs
    };
    Q_ENUM(Roles)

    explicit EventModel(QObject *parent = nullptr);
    ~EventModel() override;

    [[nodiscard]] const EventStore &store() const { return m_store; }

    /** Sets the entity table that Event::entities refer to. */
    void setEntities(const QList<Chronoscope::EntityInfo> &entities);

    /**
     * Starts working out, on a pool thread, what ending the load of @p result
     * with the entity table @p entities takes (see EventStore::Prepared):
     * finishLoad() then takes it over at once. Until it is ready, every change
     * to the model waits for it; reading the model does not.
     */
    QFuture<std::shared_ptr<EventStore::Prepared>> prepareFinish(std::shared_ptr<const Chronoscope::LoadResult> result,
                                                                 const QList<Chronoscope::EntityInfo> &entities);

    /**
     * Feeds the model from @p loader: progress reserves room, batches add rows, the result adds links.
     * Call beginLoad() before each CorpusLoader::start() so that a reload removes what is gone.
     */
    void follow(CorpusLoader *loader);

    /** Makes room for about @p events events (a load's progress tells how many documents come). */
    void reserve(qsizetype events);
    /**
     * Makes room for the events a load's @p progress announces, while the
     * store is still small: making room later means a pause of the window.
     */
    void expect(const LoadProgress &progress);
    /** A load starts: what it does not deliver is removed when it finishes. */
    void beginLoad();
    /** New or changed events from the loader. */
    void addBatch(const QList<Chronoscope::Event> &events);
    /** The end of a load: related links, backlinks, and the removal of events that are gone. */
    void finishLoad(const Chronoscope::LoadResult &result);
    /** The same, with its entity table and links made ready by prepareFinish() (used when still up to date). */
    void finishLoad(const Chronoscope::LoadResult &result, EventStore::Prepared &prepared);
    void clear();

    /** The row of event @p n, or -1. */
    [[nodiscard]] int rowOf(quint32 n) const;
    [[nodiscard]] int rowOf(const QString &id) const;
    [[nodiscard]] quint32 eventAt(int row) const { return EventStore::numberOfKey(m_store.order().at(row)); }
    /** data() for an event by number rather than by row. */
    [[nodiscard]] QVariant eventData(quint32 n, int role) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /** Longest time spent handling one batch, in nanoseconds, since the last clear(). */
    [[nodiscard]] qint64 longestBatchNs() const { return m_longestBatchNs; }

Q_SIGNALS:
    /** After the rows changed: what changed, for models that follow this one. */
    void eventsChanged(const Chronoscope::EventDelta &delta);
    /** The entity table changed (posting lists were rebuilt). */
    void entitiesReset();
    /** The store was emptied (the model was reset). */
    void cleared();
    /** A load delivered everything, links included. */
    void loadFinished();

private:
    void apply(const std::function<EventDelta(const EventStore::RowHooks &)> &change);
    /** Tells the views that every event's entities changed (a new entity table). */
    void announceEntities();
    /** Lets a prepareFinish() under way end before the store changes. */
    void waitForPrepared();

    EventStore m_store;
    EventStore::RowHooks m_hooks;
    qint64 m_longestBatchNs = 0;
    QFuture<std::shared_ptr<EventStore::Prepared>> m_preparing;
};

} // namespace Chronoscope

Q_DECLARE_METATYPE(Chronoscope::EventDelta)
