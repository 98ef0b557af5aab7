// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "corpus/corpusgenerator.h"
#include "corpus/corpusloader.h"
#include "modeltestutils.h"
#include "models/entitymodel.h"
#include "models/eventmodel.h"
#include "models/filteredeventmodel.h"
#include "models/corpuswatcher.h"
#include "models/sortedkeys.h"
#include "models/textprovider.h"
#include "models/viewstate.h"
#include "testutils.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTemporaryDir>

#include <random>

using namespace Chronoscope;
using namespace ModelTestUtils;
using namespace Qt::StringLiterals;

namespace {

using Tester = QAbstractItemModelTester;
constexpr auto Fatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

// Ids shown by a model, row by row.
QStringList idsOf(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(EventModel::IdRole).toString());
    return ids;
}

// The small corpus the filter tests reason about. Dates in comments.
QList<Event> smallCorpus()
{
    return {
        makeEvent(u"e0"_s, u"Japan protests a visit to Kunashir"_s, QDate(2010, 11, 1), {0, 5}),
        makeEvent(u"e1"_s, u"Russia builds a base on Iturup"_s, QDate(2015, 10, 22), {1, 6}),
        makeEvent(u"e2"_s, u"Putin speaks in Moscow"_s, QDate(2014, 7, 29), {10, 12}),
        makeEvent(u"e3"_s, u"Kuril Islands talks"_s, QDate(2010, 11, 12), {0, 1, 3}),
        makeEvent(u"e4"_s, u"Fishing boats near Shikotan"_s, {}, {7, 15}),
        makeEvent(u"e5"_s, u"Paramushir volcano erupts"_s, QDate(2000, 5, 1), {9}, QDate(2000, 5, 31)),
        makeEvent(u"e6"_s, u"A quiet year"_s, QDate(1990, 1, 1), {}),
    };
}

struct Fixture {
    EventModel events;
    ViewState state;
    FilteredEventModel filtered{&events, &state};
    EntityModel entities{&events, &filtered, &state};
    Tester eventsTester{&events, Fatal};
    Tester filteredTester{&filtered, Fatal};
    Tester entitiesTester{&entities, Fatal};

    Fixture()
    {
        events.setEntities(kurilEntities());
        entities.setCountThrottle(0);
    }
};

// An independent, row-by-row reading of the filter rules, for comparison.
bool referenceMatches(const EventStore &store, quint32 n, const ViewState &state)
{
    const QList<EntityInfo> &table = store.entities();
    auto names = [&](int entity) {
        for (qint32 e : store.entitiesOf(n)) {
            for (int at = e; at >= 0; at = table[at].parent) {
                if (at == entity)
                    return true;
            }
        }
        return false;
    };
    if (!store.from(n).isValid()) {
        if (!state.showUndated())
            return false;
    } else {
        if (state.dateFrom().isValid() && store.to(n) < state.dateFrom())
            return false;
        if (state.dateTo().isValid() && store.from(n) > state.dateTo())
            return false;
    }
    if (!state.textFilter().isEmpty() && !store.title(n).contains(state.textFilter(), Qt::CaseInsensitive))
        return false;
    for (int e : state.excludedEntities()) {
        if (names(e))
            return false;
    }
    const QList<int> &included = state.includedEntities();
    if (included.isEmpty())
        return true;
    if (state.entityMatch() == EntityMatch::Any)
        return std::any_of(included.begin(), included.end(), names);
    return std::all_of(included.begin(), included.end(), names);
}

QStringList referenceIds(const EventModel &events, const ViewState &state)
{
    QStringList ids;
    for (int row = 0; row < events.rowCount(); ++row) {
        if (referenceMatches(events.store(), events.eventAt(row), state))
            ids.append(events.store().id(events.eventAt(row)));
    }
    return ids;
}

LoadResult resultOf(const QList<Event> &events)
{
    LoadResult result;
    result.ok = true;
    for (const Event &event : events)
        result.graph.addDocumentEvent(event);
    return result;
}

} // namespace

TEST_CASE("SortedKeys announces each run of inserted and removed rows with the rows in between intact", "[models]")
{
    // A few keys in one chunk, and enough to split and empty chunks.
    const auto [range, perRound] = GENERATE(std::pair<quint64, int>{2000, 40}, std::pair<quint64, int>{400000, 6000});
    std::mt19937 rng(3);
    SortedKeys keys;
    std::vector<quint64> reference;
    // What the model shows must be what it showed, run by run: all of it when small, around the run when not.
    auto checkShown = [&keys](const std::vector<quint64> &shown, qsizetype first) {
        REQUIRE(keys.size() == qsizetype(shown.size()));
        const qsizetype from = shown.size() < 5000 ? 0 : std::max<qsizetype>(0, first - 3);
        const qsizetype to = shown.size() < 5000 ? qsizetype(shown.size()) : std::min<qsizetype>(shown.size(), first + 3);
        for (qsizetype row = from; row < to; ++row)
            REQUIRE(keys.at(row) == shown[size_t(row)]);
    };
    for (int round = 0; round < 12; ++round) {
        std::vector<quint64> add;
        for (int i = 0; i < perRound; ++i) {
            const quint64 key = rng() % range;
            if (!std::binary_search(reference.begin(), reference.end(), key))
                add.push_back(key);
        }
        std::sort(add.begin(), add.end());
        add.erase(std::unique(add.begin(), add.end()), add.end());
        std::vector<quint64> merged = reference;
        merged.insert(merged.end(), add.begin(), add.end());
        std::sort(merged.begin(), merged.end());
        std::vector<quint64> shown = reference;
        keys.insert(
            add,
            [&](qsizetype first, qsizetype last) {
                checkShown(shown, first);
                shown.insert(shown.begin() + first, merged.begin() + first, merged.begin() + last + 1);
            },
            [] {});
        reference = merged;
        REQUIRE(keys.toVector() == reference);

        std::vector<quint64> remove;
        for (quint64 key : reference) {
            if (rng() % 4 == 0 || (round == 11 && key < range / 2))
                remove.push_back(key);
        }
        shown = reference;
        keys.remove(
            remove,
            [&](qsizetype first, qsizetype last) {
                checkShown(shown, first);
                REQUIRE(std::binary_search(remove.begin(), remove.end(), shown[size_t(first)]));
                shown.erase(shown.begin() + first, shown.begin() + last + 1);
            },
            [] {});
        std::vector<quint64> rest;
        std::set_difference(reference.begin(), reference.end(), remove.begin(), remove.end(), std::back_inserter(rest));
        reference = rest;
        REQUIRE(keys.toVector() == reference);
        for (size_t i = 0; i < reference.size(); i += 97) {
            REQUIRE(keys.find(reference[i]) == qsizetype(i));
            REQUIRE(keys.at(qsizetype(i)) == reference[i]);
        }
        std::vector<quint64> slice;
        keys.forRange(qsizetype(reference.size() / 3), qsizetype(reference.size() / 2), [&slice](quint64 key) {
            slice.push_back(key);
        });
        REQUIRE(slice == std::vector<quint64>(reference.begin() + qsizetype(reference.size() / 3),
                                              reference.begin() + qsizetype(reference.size() / 2)));
    }
}

TEST_CASE("the event model sorts by date, inserts exact rows and updates changed events in place", "[models]")
{
    EventModel model;
    Tester tester(&model, Fatal);
    model.setEntities(kurilEntities());
    const QList<Event> corpus = smallCorpus();
    model.beginLoad();
    model.addBatch(corpus.mid(0, 3));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.addBatch(corpus.mid(3));
    CHECK(idsOf(model) == QStringList{u"e6"_s, u"e5"_s, u"e0"_s, u"e3"_s, u"e2"_s, u"e1"_s, u"e4"_s});
    // e6 and e5 before e0, e3 between e0 and e2, e4 at the end: three runs.
    REQUIRE(inserted.size() == 3);
    CHECK(inserted[0][1].toInt() == 0);
    CHECK(inserted[0][2].toInt() == 1);
    CHECK(inserted[1][1].toInt() == 3);
    CHECK(inserted[2][1].toInt() == 6);

    const QModelIndex e3 = model.index(3);
    CHECK(e3.data().toString() == u"Kuril Islands talks"_s);
    CHECK(e3.data(EventModel::EntitiesRole).toStringList() == QStringList{u"Japan"_s, u"Russia"_s, u"Kuril Islands"_s});
    CHECK(e3.data(EventModel::DateFromRole).toDate() == QDate(2010, 11, 12));
    CHECK(e3.data(EventModel::StartTimeRole).toLongLong() == QDateTime(QDate(2010, 11, 12), QTime(), QTimeZone::UTC).toSecsSinceEpoch());
    CHECK(e3.data(EventModel::PathRole).toString() == u"e3.md"_s);
    CHECK(model.index(6).data(EventModel::DateFromRole).toDate().isNull());
    CHECK(model.index(1).data(EventModel::PrecisionRole).toInt() == int(DatePrecision::Range));

    // A renamed title changes in place; a new date moves the event.
    inserted.clear();
    Event renamed = corpus[3];
    renamed.title = u"Kuril Islands summit"_s;
    Event redated = corpus[6];
    redated.date = DateRange::day(QDate(2012, 1, 1), DateSource::Metadata);
    const quint32 redatedNumber = model.store().number(u"e6"_s);
    model.addBatch({renamed, redated});
    CHECK(model.index(model.rowOf(u"e3"_s)).data().toString() == u"Kuril Islands summit"_s);
    CHECK(idsOf(model) == QStringList{u"e5"_s, u"e0"_s, u"e3"_s, u"e6"_s, u"e2"_s, u"e1"_s, u"e4"_s});
    CHECK(model.store().number(u"e6"_s) == redatedNumber);
    CHECK(removed.size() == 1);
    CHECK(inserted.size() == 1);
    CHECK_FALSE(changed.isEmpty());

    // The same events again change nothing.
    changed.clear();
    inserted.clear();
    removed.clear();
    model.addBatch({renamed, redated, corpus[0]});
    CHECK(changed.isEmpty());
    CHECK(inserted.isEmpty());
    CHECK(removed.isEmpty());
}

TEST_CASE("posting lists follow events whose entities change, also twice in one batch", "[models][filter]")
{
    EventModel model;
    model.setEntities(kurilEntities());
    const EventStore &store = model.store();
    const int entityCount = int(store.entityCount());
    REQUIRE(entityCount > 4);
    // What the lists must hold, worked out from each event's own entities.
    auto checkPostings = [&] {
        for (int e = 0; e < entityCount; ++e) {
            std::vector<quint32> direct;
            std::vector<quint32> expanded;
            for (quint32 n = 0; n < store.capacity(); ++n) {
                if (!store.isLive(n))
                    continue;
                const std::span<const qint32> names = store.entitiesOf(n);
                if (std::find(names.begin(), names.end(), e) != names.end())
                    direct.push_back(n);
                if (std::any_of(names.begin(), names.end(), [&](qint32 named) {
                        const std::vector<int> &up = store.selfAndAncestors(named);
                        return std::find(up.begin(), up.end(), e) != up.end();
                    }))
                    expanded.push_back(n);
            }
            INFO("entity " << e);
            CHECK(store.postings(e) == direct);
            CHECK(store.expandedPostings(e) == (store.hasDescendants(e) ? expanded : direct));
        }
    };
    auto named = [&](int i, int shift) {
        QList<int> entities;
        for (int e = 0; e < entityCount; ++e) {
            if ((i + e * 7 + shift) % 5 == 0)
                entities.append(e);
        }
        return entities;
    };
    QList<Event> first;
    for (int i = 0; i < 60; ++i)
        first.append(makeEvent(u"n%1"_s.arg(i), u"Event %1"_s.arg(i), QDate(2000, 1, 1).addDays(i), named(i, 0)));
    model.beginLoad();
    model.addBatch(first);
    checkPostings();

    // Every third event names other entities; one of them comes twice, and its second word counts.
    QList<Event> second;
    for (int i = 0; i < 60; i += 3)
        second.append(makeEvent(u"n%1"_s.arg(i), u"Event %1"_s.arg(i), QDate(2000, 1, 1).addDays(i), named(i, 2)));
    second.append(makeEvent(u"n3"_s, u"Event 3"_s, QDate(2000, 1, 4), named(3, 4)));
    second.append(makeEvent(u"n61"_s, u"Event 61"_s, QDate(2000, 3, 1), named(61, 0)));
    model.addBatch(second);
    checkPostings();
    const std::span<const qint32> three = store.entitiesOf(store.number(u"n3"_s));
    const QList<int> expected = named(3, 4);
    CHECK(std::equal(three.begin(), three.end(), expected.begin(), expected.end()));
}

TEST_CASE("a reload keeps numbers, removes what is gone and adds links", "[models]")
{
    Fixture f;
    const QList<Event> corpus = smallCorpus();
    LoadResult first = resultOf(corpus);
    first.graph.addLink(first.graph.indexOf(u"e3"_s), u"/e0.md"_s, u"Japan protests"_s, QStringList{u"Japan"_s});
    first.graph.addLink(first.graph.indexOf(u"e3"_s), u"/e1.md"_s, u"Base"_s, QStringList{u"Russia"_s});
    f.events.beginLoad();
    f.events.addBatch(corpus);
    f.events.finishLoad(first);
    const int e3 = f.events.rowOf(u"e3"_s);
    CHECK(f.events.index(e3).data(EventModel::RelatedIdsRole).toStringList() == QStringList{u"e0"_s, u"e1"_s});
    CHECK(f.events.index(f.events.rowOf(u"e0"_s)).data(EventModel::BacklinkIdsRole).toStringList()
          == QStringList{u"e3"_s});
    QHash<QString, quint32> numbers;
    for (const Event &event : corpus)
        numbers.insert(event.id, f.events.store().number(event.id));

    f.state.setTextFilter(u"a"_s);
    f.state.openEvent(u"e1"_s);
    QList<Event> second = corpus;
    second.removeAt(2); // e2 is gone
    second.append(makeEvent(u"e7"_s, u"A new article on Habomai"_s, QDate(2020, 2, 2), {8}));
    QSignalSpy removed(&f.events, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&f.events, &QAbstractItemModel::rowsInserted);
    f.events.beginLoad();
    f.events.addBatch(second);
    f.events.finishLoad(resultOf(second));
    CHECK(removed.size() == 1);
    CHECK(inserted.size() == 1);
    CHECK(f.events.rowCount() == 7);
    CHECK(f.events.rowOf(u"e2"_s) == -1);
    for (const Event &event : second) {
        if (numbers.contains(event.id))
            CHECK(f.events.store().number(event.id) == numbers.value(event.id));
    }
    CHECK(f.events.index(e3).data(EventModel::RelatedIdsRole).toStringList().isEmpty());
    CHECK(idsOf(f.filtered) == referenceIds(f.events, f.state));
    CHECK(f.state.selectedEventId() == u"e1"_s);
    CHECK(f.filtered.rowOf(u"e1"_s) >= 0);

    // It returns under its old number.
    f.events.beginLoad();
    f.events.addBatch(corpus);
    f.events.finishLoad(resultOf(corpus));
    CHECK(f.events.store().number(u"e2"_s) == numbers.value(u"e2"_s));
    CHECK(f.events.rowCount() == 7);
}

TEST_CASE("entity filters follow the hierarchy, Any and All, exclusions, dates, undated events and text", "[models][filter]")
{
    Fixture f;
    f.events.addBatch(smallCorpus());
    auto shown = [&f] {
        return idsOf(f.filtered);
    };
    CHECK(shown() == QStringList{u"e6"_s, u"e5"_s, u"e0"_s, u"e3"_s, u"e2"_s, u"e1"_s, u"e4"_s});

    f.state.setIncludedEntities({4}); // South Kuril Islands: Kunashir, Iturup, Shikotan
    CHECK(shown() == QStringList{u"e0"_s, u"e1"_s, u"e4"_s});
    f.state.setIncludedEntities({3}); // Kuril Islands: those and Paramushir, and itself
    CHECK(shown() == QStringList{u"e5"_s, u"e0"_s, u"e3"_s, u"e1"_s, u"e4"_s});
    f.state.setIncludedEntities({1}); // Russia, and Moscow below it
    CHECK(shown() == QStringList{u"e3"_s, u"e2"_s, u"e1"_s});
    f.state.setIncludedEntities({0, 10}); // Japan or Moscow
    CHECK(shown() == QStringList{u"e0"_s, u"e3"_s, u"e2"_s});
    f.state.setEntityMatch(EntityMatch::All);
    CHECK(shown().isEmpty());
    f.state.setIncludedEntities({0, 4}); // Japan and the South Kurils
    CHECK(shown() == QStringList{u"e0"_s});
    f.state.setIncludedEntities({0, 3}); // Japan and the Kurils
    CHECK(shown() == QStringList{u"e0"_s, u"e3"_s});

    f.state.setEntityMatch(EntityMatch::Any);
    f.state.setIncludedEntities({3});
    f.state.setExcludedEntities({5}); // but not Kunashir
    CHECK(shown() == QStringList{u"e5"_s, u"e3"_s, u"e1"_s, u"e4"_s});
    f.state.setIncludedEntities({});
    f.state.setExcludedEntities({4}); // nothing of the South Kurils
    CHECK(shown() == QStringList{u"e6"_s, u"e5"_s, u"e3"_s, u"e2"_s});
    f.state.clearEntityFilter();

    f.state.setDateRange(QDate(2010, 1, 1), QDate(2014, 12, 31));
    CHECK(shown() == QStringList{u"e0"_s, u"e3"_s, u"e2"_s, u"e4"_s});
    f.state.setShowUndated(false);
    CHECK(shown() == QStringList{u"e0"_s, u"e3"_s, u"e2"_s});
    f.state.setDateRange(QDate(2000, 5, 15), QDate(2000, 5, 15)); // inside e5's month
    CHECK(shown() == QStringList{u"e5"_s});
    f.state.setDateRange(QDate(2000, 6, 1), {});
    CHECK(shown() == QStringList{u"e0"_s, u"e3"_s, u"e2"_s, u"e1"_s});
    f.state.setDateRange({}, {});
    f.state.setShowUndated(true);

    f.state.setTextFilter(u"KUNASHIR"_s);
    CHECK(shown() == QStringList{u"e0"_s});
    f.state.setTextFilter(u"a"_s);
    CHECK(shown() == referenceIds(f.events, f.state));
    f.state.setTextFilter(u"an"_s); // narrows the cached matches
    CHECK(shown() == QStringList{u"e5"_s, u"e0"_s, u"e3"_s, u"e4"_s});
    f.state.setIncludedEntities({1});
    CHECK(shown() == QStringList{u"e3"_s});

    const std::vector<quint32> &numbers = f.filtered.visibleEvents();
    REQUIRE(numbers.size() == 1);
    CHECK(f.events.store().id(numbers[0]) == u"e3"_s);
    CHECK(f.filtered.visibleStarts()[0] == QDateTime(QDate(2010, 11, 12), QTime(), QTimeZone::UTC).toSecsSinceEpoch());
    CHECK(f.filtered.mapToSource(f.filtered.index(0)).data(EventModel::IdRole).toString() == u"e3"_s);
    CHECK(f.filtered.mapFromSource(f.events.index(f.events.rowOf(u"e3"_s))).row() == 0);
    CHECK_FALSE(f.filtered.mapFromSource(f.events.index(f.events.rowOf(u"e0"_s))).isValid());
}

TEST_CASE("random filters over generated events agree with a row-by-row reading of the rules", "[models][filter]")
{
    Fixture f;
    std::mt19937 rng(11);
    const QStringList words = {u"Kuril"_s, u"talks"_s, u"Moscow"_s, u"fishing"_s, u"visit"_s, u"Tokyo"_s};
    QList<Event> events;
    for (int i = 0; i < 3000; ++i) {
        QList<int> entities;
        const int count = int(rng() % 5);
        for (int k = 0; k < count; ++k)
            entities.append(int(rng() % 19));
        std::sort(entities.begin(), entities.end());
        entities.erase(std::unique(entities.begin(), entities.end()), entities.end());
        const QDate from = rng() % 10 == 0 ? QDate() : QDate(1990 + int(rng() % 30), 1 + int(rng() % 12), 1 + int(rng() % 28));
        const QDate to = from.isValid() && rng() % 4 == 0 ? from.addDays(rng() % 400) : QDate();
        events.append(makeEvent(u"g%1"_s.arg(i), words[rng() % 6] + u' ' + words[rng() % 6], from, entities, to));
    }
    for (qsizetype i = 0; i < events.size(); i += 500)
        f.events.addBatch(events.mid(i, 500));
    for (int round = 0; round < 60; ++round) {
        QList<int> included;
        QList<int> excluded;
        for (int k = int(rng() % 3); k > 0; --k)
            included.append(int(rng() % 19));
        for (int k = int(rng() % 2); k > 0; --k)
            excluded.append(int(rng() % 19));
        f.state.setIncludedEntities(included);
        f.state.setExcludedEntities(excluded);
        f.state.setEntityMatch(rng() % 2 ? EntityMatch::Any : EntityMatch::All);
        if (rng() % 2)
            f.state.setDateRange(QDate(1990 + int(rng() % 30), 1, 1), QDate(2000 + int(rng() % 30), 6, 1));
        else
            f.state.setDateRange({}, {});
        f.state.setShowUndated(rng() % 2);
        f.state.setTextFilter(rng() % 3 ? QString() : words[rng() % 6].left(3).toLower());
        INFO("round " << round);
        REQUIRE(idsOf(f.filtered) == referenceIds(f.events, f.state));

        // Facets: what each entity would match under the other filters.
        const std::vector<int> &counts = f.entities.counts();
        for (int e = 0; e < 19; ++e) {
            ViewState other;
            QList<int> otherIncluded = f.state.entityMatch() == EntityMatch::All ? f.state.includedEntities() : QList<int>();
            otherIncluded.removeAll(e);
            otherIncluded.append(e);
            QList<int> otherExcluded = f.state.excludedEntities();
            otherExcluded.removeAll(e);
            other.setEntityMatch(EntityMatch::All);
            other.setIncludedEntities(otherIncluded);
            other.setExcludedEntities(otherExcluded);
            other.setDateRange(f.state.dateFrom(), f.state.dateTo());
            other.setShowUndated(f.state.showUndated());
            other.setTextFilter(f.state.textFilter());
            INFO("entity " << e);
            CHECK(counts[size_t(e)] == referenceIds(f.events, other).size());
        }
    }
    // Events arriving under a filter are tested one by one.
    QList<Event> more;
    for (int i = 0; i < 300; ++i)
        more.append(makeEvent(u"late%1"_s.arg(i), words[rng() % 6], QDate(1995 + int(rng() % 20), 3, 3), {int(rng() % 19)}));
    f.events.addBatch(more);
    CHECK(idsOf(f.filtered) == referenceIds(f.events, f.state));
}

TEST_CASE("the entity model groups by kind, nests the hierarchy, hides unnamed entities and checks filters", "[models][entities]")
{
    Fixture f;
    f.events.addBatch(smallCorpus());
    const EntityModel &model = f.entities;
    REQUIRE(model.rowCount() == EntityModel::GroupCount);
    CHECK(model.index(0, 0).data().toString() == EntityModel::tr("Countries"));
    CHECK(model.index(2, 0).data().toString() == EntityModel::tr("Places & seas"));

    const QModelIndex kunashir = model.indexOfEntity(5);
    REQUIRE(kunashir.isValid());
    CHECK(kunashir.parent().data().toString() == u"South Kuril Islands"_s);
    CHECK(kunashir.parent().parent().data().toString() == u"Kuril Islands"_s);
    CHECK(kunashir.parent().parent().parent() == model.indexOfGroup(EntityModel::Group::Islands));
    const QModelIndex moscow = model.indexOfEntity(10);
    REQUIRE(moscow.isValid());
    CHECK(moscow.parent() == model.indexOfGroup(EntityModel::Group::PlacesAndSeas));
    CHECK_FALSE(model.indexOfEntity(17).isValid()); // Tsushima: no event names it
    CHECK_FALSE(model.indexOfEntity(18).isValid());
    CHECK_FALSE(model.indexOfEntity(11).isValid()); // Sea of Okhotsk, not yet

    // Children sorted by name.
    const QModelIndex south = kunashir.parent();
    QStringList names;
    for (int row = 0; row < model.rowCount(south); ++row)
        names.append(model.index(row, 0, south).data().toString());
    CHECK(names == QStringList{u"Iturup"_s, u"Kunashir"_s, u"Shikotan"_s});

    // Counts follow arriving events a moment later.
    REQUIRE(QTest::qWaitFor([&] {
        return model.indexOfEntity(3).data(EntityModel::CountRole).toInt() == 5;
    }));
    CHECK(model.indexOfEntity(4).data(EntityModel::CountRole).toInt() == 3);
    CHECK(model.indexOfEntity(1).data(EntityModel::CountRole).toInt() == 3);
    CHECK(model.indexOfEntity(1).data(EntityModel::CorpusCountRole).toInt() == 3);

    // Checking filters; the counts of the others follow.
    QSignalSpy counts(&f.entities, &EntityModel::countsChanged);
    REQUIRE(f.entities.setData(model.indexOfEntity(0), Qt::Checked, Qt::CheckStateRole));
    CHECK(f.state.includedEntities() == QList<int>{0});
    CHECK(model.indexOfEntity(0).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    CHECK(idsOf(f.filtered) == QStringList{u"e0"_s, u"e3"_s});
    f.state.setDateRange(QDate(2011, 1, 1), {});
    CHECK(counts.size() >= 1);
    CHECK(model.indexOfEntity(1).data(EntityModel::CountRole).toInt() == 2); // e2, e1
    CHECK(model.indexOfEntity(0).data(EntityModel::CountRole).toInt() == 0);
    REQUIRE(f.entities.setData(model.indexOfEntity(5), true, EntityModel::ExcludedRole));
    CHECK(f.state.excludedEntities() == QList<int>{5});
    CHECK(model.indexOfEntity(5).data(EntityModel::ExcludedRole).toBool());

    // A new event naming the Sea of Okhotsk brings its row.
    QSignalSpy inserted(&f.entities, &QAbstractItemModel::rowsInserted);
    f.events.addBatch({makeEvent(u"e9"_s, u"Storm in the Sea of Okhotsk"_s, QDate(2019, 1, 1), {11})});
    CHECK(inserted.size() == 1);
    CHECK(model.indexOfEntity(11).isValid());
    REQUIRE(QTest::qWaitFor([&] {
        return f.entities.counts()[11] == 1;
    }));
}

TEST_CASE("a sidebar search finds entities by alias", "[models][entities]")
{
    Fixture f;
    f.events.addBatch(smallCorpus());
    QSortFilterProxyModel search;
    search.setSourceModel(&f.entities);
    search.setFilterRole(EntityModel::SearchTextRole);
    search.setRecursiveFilteringEnabled(true);
    search.setFilterCaseSensitivity(Qt::CaseInsensitive);
    Tester tester(&search, Fatal);
    search.setFilterFixedString(u"etorofu"_s);
    const QModelIndex islands = search.index(int(EntityModel::Group::Islands), 0);
    REQUIRE(search.rowCount() == 1);
    QModelIndex at = search.index(0, 0);
    while (search.rowCount(at) > 0)
        at = search.index(0, 0, at);
    CHECK(at.data().toString() == u"Iturup"_s);
    Q_UNUSED(islands);
    search.setFilterFixedString(u"Кунашир"_s);
    at = search.index(0, 0);
    while (search.rowCount(at) > 0)
        at = search.index(0, 0, at);
    CHECK(at.data(EntityModel::EntityIdRole).toInt() == 5);
}

TEST_CASE("the view state emits one specific signal per real change and keeps its histories", "[models][viewstate]")
{
    ViewState state;
    QSignalSpy window(&state, &ViewState::timeWindowChanged);
    QSignalSpy zoom(&state, &ViewState::zoomHistoryChanged);
    QSignalSpy entity(&state, &ViewState::entityFilterChanged);
    QSignalSpy dates(&state, &ViewState::dateRangeChanged);
    QSignalSpy text(&state, &ViewState::textFilterChanged);
    QSignalSpy undated(&state, &ViewState::showUndatedChanged);
    QSignalSpy filter(&state, &ViewState::filterChanged);
    QSignalSpy selected(&state, &ViewState::selectedEventChanged);
    QSignalSpy navigation(&state, &ViewState::navigationHistoryChanged);

    const TimeWindow all{0, 1000};
    const TimeWindow half{0, 500};
    state.setTimeWindow(all);
    state.setTimeWindow(all);
    CHECK(window.size() == 1);
    CHECK_FALSE(state.canZoomBack());
    state.setTimeWindow(half);
    CHECK(state.canZoomBack());
    state.zoomBack();
    CHECK(state.timeWindow() == all);
    CHECK(state.canZoomForward());
    state.zoomForward();
    CHECK(state.timeWindow() == half);
    state.replaceTimeWindow({100, 600});
    CHECK(window.size() == 5);
    state.zoomBack();
    CHECK(state.timeWindow() == all);
    state.setTimeWindow({-5, -10}); // invalid: ignored
    CHECK(window.size() == 6);
    CHECK(zoom.size() >= 3);

    state.setIncludedEntities({3, 1, 3});
    CHECK(state.includedEntities() == QList<int>{1, 3});
    state.setIncludedEntities({1, 3});
    CHECK(entity.size() == 1);
    state.setEntityExcluded(3, true); // moves 3 from included to excluded
    CHECK(state.includedEntities() == QList<int>{1});
    CHECK(state.excludedEntities() == QList<int>{3});
    state.setEntityMatch(EntityMatch::All);
    state.setEntityMatch(EntityMatch::All);
    CHECK(entity.size() == 3);
    state.setDateRange(QDate(2020, 1, 1), QDate(2010, 1, 1));
    CHECK(state.dateFrom() == QDate(2010, 1, 1)); // swapped
    state.setDateRange(QDate(2010, 1, 1), QDate(2020, 1, 1));
    CHECK(dates.size() == 1);
    state.setTextFilter(u"kuril"_s);
    state.setTextFilter(u"kuril"_s);
    CHECK(text.size() == 1);
    state.setShowUndated(false);
    state.setShowUndated(false);
    CHECK(undated.size() == 1);
    CHECK(filter.size() == entity.size() + dates.size() + text.size() + undated.size());
    CHECK(window.size() == 6);
    CHECK(selected.isEmpty());

    state.openEvent(u"a"_s);
    state.openEvent(u"b"_s);
    state.openEvent(u"b"_s);
    state.openEvent(u"c"_s);
    CHECK(state.navigationHistory() == QStringList{u"a"_s, u"b"_s, u"c"_s});
    state.navigateBack();
    state.navigateBack();
    CHECK(state.selectedEventId() == u"a"_s);
    CHECK_FALSE(state.canNavigateBack());
    state.navigateForward();
    CHECK(state.selectedEventId() == u"b"_s);
    state.openEvent(u"d"_s); // drops "c"
    CHECK(state.navigationHistory() == QStringList{u"a"_s, u"b"_s, u"d"_s});
    CHECK_FALSE(state.canNavigateForward());
    state.setSelectedEventId(u"d"_s);
    CHECK(selected.size() == 7); // a, b, c, back to b, a, forward to b, d: only real changes
    CHECK(filter.size() == entity.size() + dates.size() + text.size() + undated.size());
}

TEST_CASE("models stay consistent while a generated corpus loads progressively and reloads after edits", "[models][loader]")
{
    QTemporaryDir dir;
    const QString corpus = dir.filePath(u"corpus"_s);
    CorpusGenerator::Options options;
    options.pages = 1500;
    options.articles = 60;
    options.seed = 5;
    QString error;
    REQUIRE(CorpusGenerator::write(corpus, options, &error));

    Fixture f;
    const Tagger tagger(kurilEntities());
    f.state.setIncludedEntities({3});
    f.state.setTextFilter(u"r"_s);
    CorpusLoader loader;
    QObject::connect(&loader, &CorpusLoader::batchReady, &f.events, [&](const QList<Event> &events) {
        f.events.addBatch(tagger.tagged(events));
    });
    QObject::connect(&loader, &CorpusLoader::finished, &f.events, [&](const std::shared_ptr<LoadResult> &result) {
        f.events.finishLoad(*result);
    });
    QSignalSpy finished(&f.events, &EventModel::loadFinished);
    QSignalSpy batches(&loader, &CorpusLoader::batchReady);
    LoadOptions loadOptions;
    loadOptions.batchSize = 100;
    loadOptions.annotate = false; // the test tags events with its own entity table
    f.events.beginLoad();
    loader.start(corpus, loadOptions);
    REQUIRE(finished.wait(60000));
    CHECK(batches.size() > 5);
    const qsizetype total = f.events.rowCount();
    CHECK(total > 1560); // documents and stubs
    CHECK(idsOf(f.filtered) == referenceIds(f.events, f.state));
    CHECK(f.filtered.rowCount() > 0);

    // Pick an article to edit, one to delete, and write a new one.
    QStringList articles;
    QDirIterator it(corpus, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!TestUtils::readFile(path).startsWith("###"))
            articles.append(path);
    }
    std::sort(articles.begin(), articles.end());
    REQUIRE(articles.size() >= 2);
    const QString editedPath = QDir(corpus).relativeFilePath(articles[0]);
    const QString deletedPath = QDir(corpus).relativeFilePath(articles[1]);
    int editedRow = -1;
    int deletedRow = -1;
    for (int row = 0; row < f.events.rowCount(); ++row) {
        const QString path = f.events.index(row).data(EventModel::PathRole).toString();
        if (path == editedPath)
            editedRow = row;
        if (path == deletedPath)
            deletedRow = row;
    }
    REQUIRE(editedRow >= 0);
    REQUIRE(deletedRow >= 0);
    const QString editedId = f.events.index(editedRow).data(EventModel::IdRole).toString();
    const QString deletedId = f.events.index(deletedRow).data(EventModel::IdRole).toString();
    QByteArray text = TestUtils::readFile(articles[0]);
    text.prepend("Russia returns to the Kuril Islands\n\n");
    REQUIRE(TestUtils::writeFile(articles[0], text));
    REQUIRE(QFile::remove(articles[1]));
    REQUIRE(TestUtils::writeFile(corpus + u"/zz-new-article.txt"_s,
                                 "Iturup fishermen return\n\nA short article about fishing near Iturup.\n"));
    QHash<QString, quint32> numbers;
    for (int row = 0; row < f.events.rowCount(); ++row)
        numbers.insert(f.events.index(row).data(EventModel::IdRole).toString(), f.events.eventAt(row));
    f.state.openEvent(editedId);

    QSignalSpy removed(&f.events, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&f.events, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&f.events, &QAbstractItemModel::dataChanged);
    finished.clear();
    f.events.beginLoad();
    loader.start(corpus, loadOptions);
    REQUIRE(finished.wait(60000));
    CHECK(removed.size() == 1);
    CHECK(inserted.size() == 1);
    CHECK(f.events.rowCount() == total);
    CHECK(f.events.rowOf(deletedId) == -1);
    const int edited = f.events.rowOf(editedId);
    REQUIRE(edited >= 0);
    CHECK(f.events.index(edited).data().toString() == u"Russia returns to the Kuril Islands"_s);
    CHECK(f.events.index(edited).data(EventModel::EntityIdsRole).value<QList<int>>() == QList<int>{1, 3});
    for (int row = 0; row < f.events.rowCount(); ++row) {
        const QString id = f.events.index(row).data(EventModel::IdRole).toString();
        if (numbers.contains(id))
            REQUIRE(f.events.eventAt(row) == numbers.value(id));
    }
    // Filters and selection survive; the edited article now passes the filter.
    CHECK(f.state.includedEntities() == QList<int>{3});
    CHECK(f.state.selectedEventId() == editedId);
    CHECK(f.filtered.rowOf(editedId) >= 0);
    CHECK(idsOf(f.filtered) == referenceIds(f.events, f.state));
}

TEST_CASE("texts are read again on request, and only the latest answer is delivered", "[models][text]")
{
    QTemporaryDir dir;
    QDirIterator it(TestUtils::dataPath(u"seeds"_s), QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        REQUIRE(TestUtils::writeFile(dir.filePath(it.fileName()), TestUtils::readFile(path)));
    }
    TextProvider provider;
    provider.setCorpus(dir.path());
    QSignalSpy ready(&provider, &TextProvider::textReady);
    QSignalSpy failed(&provider, &TextProvider::textFailed);

    // Two quick clicks: the first answer arrives first and is dropped.
    const quint64 first = provider.request(u"003_66ef44475a6511ef.txt"_s);
    const quint64 second = provider.request(u"004_e127b6791313603b.txt"_s);
    CHECK(second != first);
    REQUIRE(ready.wait(10000));
    REQUIRE(ready.size() == 1);
    CHECK(ready[0][0].toULongLong() == second);
    const auto text = ready[0][1].value<DocumentText>();
    CHECK(text.path == u"004_e127b6791313603b.txt"_s);
    CHECK_FALSE(text.text.body.isEmpty());
    CHECK(failed.isEmpty());

    // The dropped answer was cached: it comes back without the file.
    REQUIRE(QFile::remove(dir.filePath(u"003_66ef44475a6511ef.txt"_s)));
    const quint64 third = provider.request(u"003_66ef44475a6511ef.txt"_s);
    REQUIRE(ready.wait(10000));
    CHECK(ready.last()[0].toULongLong() == third);
    CHECK_FALSE(ready.last()[1].value<DocumentText>().text.body.isEmpty());

    const quint64 missing = provider.request(u"nowhere.txt"_s);
    REQUIRE(failed.wait(10000));
    CHECK(failed[0][0].toULongLong() == missing);
    CHECK_FALSE(failed[0][2].toString().isEmpty());

    // An event page: its sources come along.
    provider.request(u"000_1c63459801a68d8e.txt"_s);
    REQUIRE(ready.wait(10000));
    CHECK(ready.last()[1].value<DocumentText>().sources.size() == 1);
}

TEST_CASE("a folder corpus changed on disk reloads once things settle, keeping filters and selection", "[models][watcher]")
{
    QTemporaryDir dir;
    QDirIterator it(TestUtils::dataPath(u"seeds"_s), QDir::Files);
    while (it.hasNext()) {
        const QString path = it.next();
        REQUIRE(TestUtils::writeFile(dir.filePath(it.fileName()), TestUtils::readFile(path)));
    }
    Fixture f;
    const Tagger tagger(kurilEntities());
    CorpusLoader loader;
    QObject::connect(&loader, &CorpusLoader::batchReady, &f.events, [&](const QList<Event> &events) {
        f.events.addBatch(tagger.tagged(events));
    });
    QObject::connect(&loader, &CorpusLoader::finished, &f.events, [&](const std::shared_ptr<LoadResult> &result) {
        f.events.finishLoad(*result);
    });
    CorpusWatcher watcher;
    watcher.setDebounceInterval(100);
    watcher.setPath(dir.path());
    CHECK(watcher.watched().contains(dir.path()));
    QObject::connect(&watcher, &CorpusWatcher::changed, &f.events, [&] {
        f.events.beginLoad();
        loader.start(dir.path());
    });
    QSignalSpy finished(&f.events, &EventModel::loadFinished);
    QSignalSpy changed(&watcher, &CorpusWatcher::changed);
    f.events.beginLoad();
    loader.start(dir.path());
    REQUIRE(finished.wait(10000));
    CHECK(f.events.rowCount() == 13);
    f.state.setIncludedEntities({4}); // South Kuril Islands
    const int before = f.filtered.rowCount();
    REQUIRE(before > 0);
    const QString selected = f.filtered.index(0).data(EventModel::IdRole).toString();
    f.state.openEvent(selected);

    // A new article, written in a few steps: one reload.
    REQUIRE(TestUtils::writeFile(dir.filePath(u"new/iturup.txt"_s), "Fishermen return to Iturup\n\n"));
    REQUIRE(TestUtils::writeFile(dir.filePath(u"new/iturup.txt"_s),
                                 "Fishermen return to Iturup\n\nThe season opened near Iturup.\n"));
    REQUIRE(finished.wait(10000));
    CHECK(changed.size() == 1);
    CHECK(f.events.rowCount() == 14);
    CHECK(f.filtered.rowCount() == before + 1);
    CHECK(f.state.selectedEventId() == selected);
    CHECK(f.filtered.rowOf(selected) >= 0);
    CHECK(watcher.watched().contains(dir.filePath(u"new"_s)));

    // A change in place, then a removal.
    REQUIRE(TestUtils::writeFile(dir.filePath(u"new/iturup.txt"_s),
                                 "Fishermen leave Iturup\n\nThe season closed near Iturup.\n"));
    REQUIRE(finished.wait(10000));
    CHECK(f.events.index(f.events.rowOf(u"new/iturup"_s)).data().toString() == u"Fishermen leave Iturup"_s);
    REQUIRE(QFile::remove(dir.filePath(u"new/iturup.txt"_s)));
    REQUIRE(finished.wait(10000));
    CHECK(f.events.rowCount() == 13);
    CHECK(f.filtered.rowCount() == before);
    CHECK(f.state.includedEntities() == QList<int>{4});
}

namespace {

QJsonObject entityTreeJson(const QAbstractItemModel &model, const QModelIndex &index)
{
    QJsonObject node;
    node[u"name"_s] = index.data().toString();
    if (!index.data(EntityModel::IsGroupRole).toBool()) {
        node[u"id"_s] = index.data(EntityModel::EntityIdRole).toInt();
        node[u"kind"_s] = index.data(EntityModel::KindRole).toString();
        node[u"count"_s] = index.data(EntityModel::CountRole).toInt();
        node[u"corpus_count"_s] = index.data(EntityModel::CorpusCountRole).toInt();
    }
    QJsonArray children;
    for (int row = 0; row < model.rowCount(index); ++row)
        children.append(entityTreeJson(model, model.index(row, 0, index)));
    if (!children.isEmpty())
        node[u"children"_s] = children;
    return node;
}

QJsonArray eventRowsJson(const QAbstractItemModel &model)
{
    QJsonArray rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        QJsonObject event;
        event[u"id"_s] = index.data(EventModel::IdRole).toString();
        event[u"title"_s] = index.data().toString();
        event[u"kind"_s] = eventKindName(EventKind(index.data(EventModel::KindRole).toInt()));
        const QDate from = index.data(EventModel::DateFromRole).toDate();
        if (from.isValid()) {
            event[u"from"_s] = from.toString(Qt::ISODate);
            event[u"to"_s] = index.data(EventModel::DateToRole).toDate().toString(Qt::ISODate);
            event[u"start"_s] = index.data(EventModel::StartTimeRole).toLongLong();
        }
        event[u"precision"_s] = DateRange::precisionName(DatePrecision(index.data(EventModel::PrecisionRole).toInt()));
        event[u"date_source"_s] = DateRange::sourceName(DateSource(index.data(EventModel::DateSourceRole).toInt()));
        if (!index.data(EventModel::EvidenceRole).toString().isEmpty())
            event[u"evidence"_s] = index.data(EventModel::EvidenceRole).toString();
        event[u"entities"_s] = QJsonArray::fromStringList(index.data(EventModel::EntitiesRole).toStringList());
        event[u"related"_s] = QJsonArray::fromStringList(index.data(EventModel::RelatedIdsRole).toStringList());
        event[u"backlinks"_s] = QJsonArray::fromStringList(index.data(EventModel::BacklinkIdsRole).toStringList());
        event[u"sources"_s] = index.data(EventModel::SourceCountRole).toInt();
        event[u"path"_s] = index.data(EventModel::PathRole).toString();
        rows.append(event);
    }
    return rows;
}

} // namespace

TEST_CASE("the models of the seed corpus match their golden snapshot", "[models][golden]")
{
    // To write the snapshot again: CHRONOSCOPE_UPDATE_GOLDEN=1 build/dev/bin/tst_models "[golden]",
    // then read the diff before committing it.
    LoadOptions options;
    options.annotate = false; // entities come from the test's own table, below
    const LoadResult result = CorpusReader::load(TestUtils::dataPath(u"seeds"_s), options);
    REQUIRE(result.ok);
    Fixture f;
    const Tagger tagger(kurilEntities());
    f.events.beginLoad();
    f.events.addBatch(tagger.tagged(QList<Event>(result.graph.events().begin(), result.graph.events().end())));
    f.events.finishLoad(result);
    f.entities.refreshCounts();

    QJsonObject snapshot;
    snapshot[u"events"_s] = eventRowsJson(f.events);
    QJsonArray groups;
    for (int row = 0; row < f.entities.rowCount(); ++row)
        groups.append(entityTreeJson(f.entities, f.entities.index(row, 0)));
    snapshot[u"entities"_s] = groups;
    // One filtered view: the South Kuril Islands, undated events hidden; and its facets.
    f.state.setIncludedEntities({4});
    f.state.setShowUndated(false);
    QJsonObject filtered;
    filtered[u"filter"_s] = u"South Kuril Islands, dated only"_s;
    QJsonArray ids;
    for (int row = 0; row < f.filtered.rowCount(); ++row)
        ids.append(f.filtered.index(row).data(EventModel::IdRole).toString());
    filtered[u"ids"_s] = ids;
    QJsonObject facets;
    for (int e = 0; e < f.events.store().entityCount(); ++e) {
        if (f.entities.indexOfEntity(e).isValid())
            facets[f.events.store().entities()[e].name] = f.entities.counts()[size_t(e)];
    }
    filtered[u"facets"_s] = facets;
    snapshot[u"filtered"_s] = filtered;

    const QByteArray actual = QJsonDocument(snapshot).toJson(QJsonDocument::Indented);
    const QString golden = TestUtils::dataPath(u"golden/models-seeds.json"_s);
    if (qEnvironmentVariableIsSet("CHRONOSCOPE_UPDATE_GOLDEN")) {
        REQUIRE(TestUtils::writeFile(golden, actual));
        WARN("wrote " << golden.toStdString());
    }
    const QByteArray expected = TestUtils::readFile(golden);
    if (actual != expected) {
        const QString fail = QDir::temp().filePath(u"models-seeds.json.fail"_s);
        TestUtils::writeFile(fail, actual);
        FAIL("the models differ from " << golden.toStdString() << "; see diff -u " << golden.toStdString() << ' '
                                       << fail.toStdString());
    }
}
