// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "eventmodel.h"

#include "corpus/corpusloader.h"

#include <QElapsedTimer>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Chronoscope {

EventModel::EventModel(QObject *parent)
    : QAbstractListModel(parent)
{
    qRegisterMetaType<EventDelta>();
    m_hooks.beginInsert = [this](qsizetype first, qsizetype last) {
        beginInsertRows({}, int(first), int(last));
    };
    m_hooks.endInsert = [this] {
        endInsertRows();
    };
    m_hooks.beginRemove = [this](qsizetype first, qsizetype last) {
        beginRemoveRows({}, int(first), int(last));
    };
    m_hooks.endRemove = [this] {
        endRemoveRows();
    };
}

EventModel::~EventModel()
{
    waitForPrepared();
}

void EventModel::reserve(qsizetype events)
{
    waitForPrepared();
    m_store.reserve(events);
}

void EventModel::expect(const LoadProgress &progress)
{
    // Pages link to pages outside the corpus: expect up to two stubs a
    // document. Estimates of a tar grow as it is read: follow them while the
    // store is small.
    if (progress.documentsTotal > 0 && m_store.capacity() < 65536)
        reserve(progress.documentsTotal * 3);
}

void EventModel::setEntities(const QList<EntityInfo> &entities)
{
    waitForPrepared();
    m_store.setEntities(entities);
    announceEntities();
}

void EventModel::follow(CorpusLoader *loader)
{
    connect(loader, &CorpusLoader::progress, this, &EventModel::expect);
    connect(loader, &CorpusLoader::batchReady, this, &EventModel::addBatch);
    connect(loader, &CorpusLoader::finished, this, [this](const std::shared_ptr<LoadResult> &result) {
        finishLoad(*result);
    });
}

void EventModel::beginLoad()
{
    waitForPrepared();
    m_store.beginLoad();
}

void EventModel::apply(const std::function<EventDelta(const EventStore::RowHooks &)> &change)
{
    const EventDelta delta = change(m_hooks);
    // Changed events keep their rows: one dataChanged per contiguous run.
    std::vector<int> rows;
    rows.reserve(delta.changed.size());
    for (quint32 n : delta.changed)
        rows.push_back(rowOf(n));
    std::sort(rows.begin(), rows.end());
    for (size_t i = 0; i < rows.size();) {
        size_t j = i + 1;
        while (j < rows.size() && rows[j] == rows[j - 1] + 1)
            ++j;
        if (rows[i] >= 0)
            Q_EMIT dataChanged(index(rows[i]), index(rows[j - 1]));
        i = j;
    }
    if (delta.linksChanged && rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {RelatedIdsRole, BacklinkIdsRole});
    if (!delta.isEmpty())
        Q_EMIT eventsChanged(delta);
}

void EventModel::addBatch(const QList<Event> &events)
{
    waitForPrepared();
    QElapsedTimer timer;
    timer.start();
    if (m_store.count() == 0 && m_store.capacity() == 0) {
        // The first fill: one reset, not thousands of runs into an empty model.
        beginResetModel();
        const EventDelta delta = m_store.addBatch(events);
        endResetModel();
        if (!delta.isEmpty())
            Q_EMIT eventsChanged(delta);
    } else {
        apply([&](const EventStore::RowHooks &hooks) {
            return m_store.addBatch(events, hooks);
        });
    }
    m_longestBatchNs = std::max(m_longestBatchNs, timer.nsecsElapsed());
}

void EventModel::finishLoad(const LoadResult &result)
{
    waitForPrepared();
    apply([&](const EventStore::RowHooks &hooks) {
        return m_store.finishLoad(result, hooks);
    });
    Q_EMIT loadFinished();
}

QFuture<std::shared_ptr<EventStore::Prepared>> EventModel::prepareFinish(std::shared_ptr<const LoadResult> result,
                                                                        const QList<EntityInfo> &entities)
{
    waitForPrepared();
    m_preparing = QtConcurrent::run([this, result = std::move(result), entities] {
        return std::make_shared<EventStore::Prepared>(m_store.prepareFinish(*result, entities));
    });
    return m_preparing;
}

void EventModel::finishLoad(const LoadResult &result, EventStore::Prepared &prepared)
{
    waitForPrepared();
    m_store.setEntities(prepared);
    announceEntities();
    apply([&](const EventStore::RowHooks &hooks) {
        return m_store.finishLoad(result, hooks, &prepared);
    });
    Q_EMIT loadFinished();
}

void EventModel::announceEntities()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {EntityIdsRole, EntitiesRole});
    Q_EMIT entitiesReset();
}

void EventModel::waitForPrepared()
{
    if (m_preparing.isValid())
        m_preparing.waitForFinished();
}

void EventModel::clear()
{
    waitForPrepared();
    beginResetModel();
    m_store.clear();
    m_longestBatchNs = 0;
    endResetModel();
    Q_EMIT cleared();
}

int EventModel::rowOf(quint32 n) const
{
    if (n >= m_store.capacity() || !m_store.isLive(n))
        return -1;
    return int(m_store.order().find(m_store.key(n)));
}

int EventModel::rowOf(const QString &id) const
{
    const quint32 n = m_store.number(id);
    return n == EventStore::NoEvent ? -1 : rowOf(n);
}

int EventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_store.count());
}

QVariant EventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return eventData(eventAt(index.row()), role);
}

QVariant EventModel::eventData(quint32 n, int role) const
{
    const EventStore &s = m_store;
    auto ids = [&s](std::span<const quint32> numbers) {
        QStringList list;
        list.reserve(qsizetype(numbers.size()));
        for (quint32 other : numbers)
            list.append(s.id(other));
        return list;
    };
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case TitleRole:
        return s.title(n);
    case EventNumberRole:
        return n;
    case IdRole:
        return s.id(n);
    case DateFromRole:
        return s.from(n);
    case DateToRole:
        return s.to(n);
    case StartTimeRole:
        return EventStore::secondsOfDay(s.fromDay(n));
    case PrecisionRole:
        return int(s.precision(n));
    case DateSourceRole:
        return int(s.dateSource(n));
    case ConfidenceRole:
        return s.confidence(n);
    case EvidenceRole:
        return s.evidence(n);
    case KindRole:
        return int(s.kind(n));
    case EntityIdsRole: {
        const std::span<const qint32> entities = s.entitiesOf(n);
        return QVariant::fromValue(QList<int>(entities.begin(), entities.end()));
    }
    case EntitiesRole: {
        QStringList names;
        for (qint32 e : s.entitiesOf(n)) {
            if (e >= 0 && e < s.entityCount())
                names.append(s.entities()[e].name);
        }
        return names;
    }
    case RelatedIdsRole:
        return ids(s.related(n));
    case BacklinkIdsRole:
        return ids(s.backlinks(n));
    case SourceCountRole:
        return s.sourceCount(n);
    case PathRole:
        return s.path(n);
    default:
        return {};
    }
}

QHash<int, QByteArray> EventModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({
        {EventNumberRole, "eventNumber"},
        {IdRole, "id"},
        {TitleRole, "title"},
        {DateFromRole, "dateFrom"},
        {DateToRole, "dateTo"},
        {StartTimeRole, "startTime"},
        {PrecisionRole, "precision"},
        {DateSourceRole, "dateSource"},
        {ConfidenceRole, "confidence"},
        {EvidenceRole, "evidence"},
        {KindRole, "kind"},
        {EntityIdsRole, "entityIds"},
        {EntitiesRole, "entities"},
        {RelatedIdsRole, "relatedIds"},
        {BacklinkIdsRole, "backlinkIds"},
        {SourceCountRole, "sourceCount"},
        {PathRole, "path"},
    });
    return names;
}

} // namespace Chronoscope
