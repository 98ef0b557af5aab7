// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

// Entities and dates as a load gives them: the seeds and the bundled sample.

#include "appinfo.h"
#include "corpus/corpusloader.h"
#include "entities/entityfilter.h"
#include "testutils.h"

#include <catch2/catch_test_macros.hpp>

#include <QSet>

using namespace Chronoscope;
using namespace Qt::StringLiterals;

namespace {

LoadResult loadSeeds()
{
    LoadOptions options;
    options.keepText = true;
    LoadResult result = CorpusReader::load(TestUtils::dataPath(u"seeds"_s), options);
    REQUIRE(result.ok);
    REQUIRE_FALSE(result.entities.isEmpty());
    return result;
}

QStringList entityNames(const LoadResult &result, const Event &event)
{
    QStringList names;
    for (int entity : event.entities)
        names.append(result.entities.entity(entity).name);
    return names;
}

/** The ids of the events that pass @p filter. */
QSet<QString> filtered(const LoadResult &result, EntityFilter filter)
{
    filter.prepare(result.entities);
    QSet<QString> ids;
    for (const Event &event : result.graph.events()) {
        if (filter.matches(event.entities, event.date))
            ids.insert(event.id);
    }
    return ids;
}

EntityFilter including(const LoadResult &result, const QStringList &names)
{
    QList<int> entities;
    for (const QString &name : names) {
        const int entity = result.entities.find(name);
        REQUIRE(entity >= 0);
        entities.append(entity);
    }
    EntityFilter filter;
    filter.setIncluded(entities);
    return filter;
}

/** Whether the event's own words (title, summary or body) or its Context tags contain any of @p forms. */
bool says(const LoadResult &result, int index, const QStringList &forms)
{
    const Event &event = result.graph.event(index);
    const QString text = event.title + u'\n' + result.texts.value(index).body + u'\n' + result.graph.tags(index).join(u'\n');
    return std::any_of(forms.begin(), forms.end(), [&text](const QString &form) {
        return text.contains(form);
    });
}

} // namespace

TEST_CASE("the seed page names the countries, the islands and both leaders; the Kunashiri stub names Kunashir",
          "[annotation]")
{
    const LoadResult result = loadSeeds();
    const EventGraph &graph = result.graph;
    const auto page = std::find_if(graph.events().begin(), graph.events().end(), [](const Event &e) {
        return e.kind == EventKind::Page;
    });
    REQUIRE(page != graph.events().end());
    const QStringList names = entityNames(result, *page);
    for (const QString &expected :
         {u"Russia"_s, u"Japan"_s, u"Kuril Islands"_s, u"Dmitry Medvedev"_s, u"Naoto Kan"_s})
        CHECK(names.contains(expected));

    const auto stub = std::find_if(graph.events().begin(), graph.events().end(), [](const Event &e) {
        return e.kind == EventKind::Stub && e.title.contains(u"visits Kunashiri"_s);
    });
    REQUIRE(stub != graph.events().end());
    CHECK(entityNames(result, *stub).contains(u"Kunashir"_s));
}

TEST_CASE("filtering by Kunashir finds exactly the events that mention Kunashir or Kunashiri", "[annotation]")
{
    const LoadResult result = loadSeeds();
    const QSet<QString> kunashir = filtered(result, including(result, {u"Kunashir"_s}));
    QSet<QString> mentioning;
    for (int i = 0; i < int(result.graph.size()); ++i) {
        if (says(result, i, {u"Kunashir"_s, u"Kunashiri"_s, u"国後"_s, u"Кунашир"_s}))
            mentioning.insert(result.graph.event(i).id);
    }
    CHECK_FALSE(kunashir.isEmpty());
    CHECK(kunashir == mentioning);

    // The alias finds the same island.
    CHECK(filtered(result, including(result, {u"Kunashiri"_s})) == kunashir);
}

TEST_CASE("filtering by the Kuril Islands takes in every member island", "[annotation]")
{
    const LoadResult result = loadSeeds();
    const QSet<QString> kurils = filtered(result, including(result, {u"Kuril Islands"_s}));
    const QSet<QString> kunashir = filtered(result, including(result, {u"Kunashir"_s}));
    CHECK(kurils.contains(kunashir));
    // Every event whose words or tags name the Kurils or a member island is in.
    const QStringList forms = {u"Kuril"_s, u"Kunashir"_s, u"Iturup"_s, u"Etorofu"_s, u"Shikotan"_s, u"Habomai"_s,
                               u"Kaigara"_s, u"Northern Territories"_s};
    for (int i = 0; i < int(result.graph.size()); ++i) {
        if (says(result, i, forms)) {
            INFO(result.graph.event(i).title.toStdString());
            CHECK(kurils.contains(result.graph.event(i).id));
        }
    }
    CHECK(kurils.size() > kunashir.size());
}

TEST_CASE("all, exclusion and dates narrow the set as the sidebar does", "[annotation]")
{
    const LoadResult result = loadSeeds();
    EntityFilter any = including(result, {u"Dmitry Medvedev"_s, u"Kunashir"_s});
    EntityFilter all = any;
    all.setMode(EntityFilter::Mode::All);
    const QSet<QString> anyIds = filtered(result, any);
    const QSet<QString> allIds = filtered(result, all);
    CHECK(anyIds.contains(allIds));
    CHECK(allIds.size() < anyIds.size());
    CHECK_FALSE(allIds.isEmpty());

    EntityFilter noJapan = including(result, {u"Russia"_s});
    noJapan.setExcluded({result.entities.find(u"Japan"_s)});
    for (const QString &id : filtered(result, noJapan)) {
        const Event &event = result.graph.event(result.graph.indexOf(id));
        CHECK_FALSE(entityNames(result, event).contains(u"Japan"_s));
    }

    EntityFilter in2010 = including(result, {u"Russia"_s});
    in2010.setDateRange(QDate(2010, 1, 1), QDate(2010, 12, 31));
    for (const QString &id : filtered(result, in2010))
        CHECK(result.graph.event(result.graph.indexOf(id)).date.from.year() == 2010);
}

TEST_CASE("the undated seed articles get honest ranges around their publication dates", "[annotation]")
{
    const LoadResult result = loadSeeds();
    // Published in January 2019 and on 22 November 2008 (see the seeds' provenance).
    const QList<std::pair<QString, QDate>> truths = {{u"003_66ef44475a6511ef"_s, QDate(2019, 1, 11)},
                                                     {u"004_e127b6791313603b"_s, QDate(2008, 11, 22)}};
    for (const auto &[id, published] : truths) {
        const int index = result.graph.indexOf(id);
        REQUIRE(index >= 0);
        const DateRange &date = result.graph.event(index).date;
        INFO(id.toStdString() << ": " << date.evidence.toStdString());
        CHECK(date.source == DateSource::Inferred);
        CHECK(date.from <= published);
        CHECK(published <= date.to);
        CHECK(date.from.daysTo(date.to) < 366);
        CHECK_FALSE(date.evidence.isEmpty());
    }
}

TEST_CASE("every island of the Kurils appears as an entity of the bundled sample", "[annotation][sample]")
{
    const QString sample = sampleCorpusPath();
    if (sample.isEmpty())
        SKIP("the sample corpus is not built");
    const LoadResult result = CorpusReader::load(sample, LoadOptions());
    REQUIRE(result.ok);
    QSet<int> named;
    for (const Event &event : result.graph.events()) {
        for (int entity : event.entities)
            named.insert(entity);
    }
    const int kurils = result.entities.find(u"Kuril Islands"_s);
    REQUIRE(kurils >= 0);
    int islands = 0;
    for (int entity : result.entities.descendants(kurils)) {
        if (result.entities.entity(entity).kind != EntityKind::Island)
            continue;
        ++islands;
        INFO(result.entities.entity(entity).name.toStdString());
        CHECK(named.contains(entity));
    }
    CHECK(islands > 30);
}
