// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "entities/entityfilter.h"
#include "entities/entitymatcher.h"
#include "entities/gazetteer.h"
#include "parsers/documentparser.h"
#include "parsers/textdecoder.h"
#include "testutils.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <QFile>
#include <QStandardPaths>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtConcurrentMap>

#include <algorithm>

using namespace Chronoscope;
using namespace Qt::StringLiterals;

namespace {

const Gazetteer &gazetteer()
{
    static const Gazetteer bundled = Gazetteer::bundled();
    return bundled;
}

const EntityMatcher &matcher()
{
    static const EntityMatcher shared(gazetteer());
    return shared;
}

int id(const QString &name)
{
    const int index = gazetteer().indexOf(name);
    if (index < 0)
        FAIL("no entity named " << name.toStdString());
    return index;
}

QStringList names(const Gazetteer &g, const QList<int> &entities)
{
    QStringList result;
    for (const int entity : entities)
        result.append(g.entity(entity).name);
    result.sort();
    return result;
}

QStringList namesIn(QStringView text, const DateRange &date = {})
{
    return names(gazetteer(), matcher().entitiesIn(text, date));
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

ParsedDocument parseSeed(const QString &name)
{
    const QString path = TestUtils::dataPath(u"seeds/"_s + name);
    return DocumentParser::parse(name, TextDecoder::decode(TestUtils::readFile(path)).text);
}

DateRange day(int year, int month, int dayOfMonth)
{
    return DateRange::day(QDate(year, month, dayOfMonth), DateSource::Metadata);
}

} // namespace

// Runs before anything touches the gazetteer: the static core's resource is registered on its own.
TEST_CASE("the bundled gazetteer is a resource of the core library", "[entities][gazetteer]")
{
    for (const QString &name : {u"countries.json"_s, u"islands.json"_s, u"places.json"_s, u"organizations.json"_s,
             u"people.json"_s, u"topics.json"_s, u"combined.json"_s}) {
        QFile file(u":/gazetteer/"_s + name);
        INFO(name.toStdString());
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK(file.size() > 1000);
    }
    CHECK(gazetteer().size() > 700);
    CHECK_FALSE(gazetteer().combinedForms().isEmpty());
}

TEST_CASE("the bundled gazetteer is consistent", "[entities][gazetteer]")
{
    const Gazetteer &g = gazetteer();
    CHECK(g.integrityProblems() == QStringList());
    CHECK(g.unresolvedReferences() == QStringList());
    // The same checks, spelled out.
    QHash<QString, int> strong;
    for (int i = 0; i < g.size(); ++i) {
        const Entity &e = g.entity(i);
        INFO(e.name.toStdString());
        CHECK(g.indexOf(e.name) == i);
        CHECK(e.parent < g.size());
        CHECK(e.parent != i);
        CHECK_FALSE(g.isAncestor(i, e.parent));
        for (const QString &alias : e.aliases) {
            INFO(alias.toStdString());
            CHECK_FALSE(alias.isEmpty());
            CHECK(strong.value(alias, i) == i);
            strong.insert(alias, i);
        }
        for (const OfficeTerm &term : e.offices) {
            REQUIRE(term.country >= 0);
            REQUIRE(term.country < g.size());
            CHECK(g.entity(term.country).kind == EntityKind::Country);
            CHECK(term.from.isValid());
            CHECK((!term.to.isValid() || term.from <= term.to));
        }
        if (!e.weak.isEmpty() && e.kind == EntityKind::Person)
            CHECK((!e.titles.isEmpty() || e.name == u"Toyohisa Kozuki"_s));
    }
    for (const CombinedForm &form : g.combinedForms()) {
        INFO(form.form.toStdString());
        CHECK(form.entities.size() >= 2);
        CHECK_FALSE(strong.contains(form.form));
    }
}

TEST_CASE("entity kinds by name", "[entities][gazetteer]")
{
    auto [kind, name] = GENERATE(table<EntityKind, QString>({
        {EntityKind::Country, u"country"_s},
        {EntityKind::Island, u"island"_s},
        {EntityKind::Place, u"place"_s},
        {EntityKind::Sea, u"sea"_s},
        {EntityKind::Person, u"person"_s},
        {EntityKind::Organization, u"organization"_s},
        {EntityKind::Topic, u"topic"_s},
    }));
    CHECK(entityKindName(kind) == name);
    CHECK(entityKindFromName(name) == kind);
    CHECK(entityKindFromName(name.toUpper()) == kind);
    CHECK_FALSE(entityKindFromName(u"planet"_s).has_value());
    CHECK_FALSE(entityKindFromName(u""_s).has_value());
}

TEST_CASE("finding entities by name and alias", "[entities][gazetteer]")
{
    auto [query, expected] = GENERATE(table<QString, QString>({
        {u"Kunashir"_s, u"Kunashir"_s},
        {u"Kunashiri"_s, u"Kunashir"_s},
        {u"kunashiri"_s, u"Kunashir"_s},
        {u"Etorofu"_s, u"Iturup"_s},
        {u"国後島"_s, u"Kunashir"_s},
        {u"Кунашир"_s, u"Kunashir"_s},
        {u"kuril islands"_s, u"Kuril Islands"_s},
        {u"  Kuril   Islands "_s, u"Kuril Islands"_s},
        {u"Northern Territories"_s, u"South Kuril Islands"_s},
        {u"Japanese"_s, u"Japan"_s},
        {u"USSR"_s, u"Soviet Union"_s},
        {u"Soviet–Japanese War"_s, u"Soviet–Japanese War"_s},
        {u"soviet-japanese war"_s, u"Soviet–Japanese War"_s},
        {u"Tokyo Declaration (1993)"_s, u"Tokyo Declaration (1993)"_s},
        {u"Dmitry Medvedev"_s, u"Dmitry Medvedev"_s},
        {u"Medvedev"_s, u"Dmitry Medvedev"_s},
    }));
    INFO(query.toStdString());
    const int index = gazetteer().find(query);
    REQUIRE(index >= 0);
    CHECK(gazetteer().entity(index).name == expected);
}

TEST_CASE("names that find nothing", "[entities][gazetteer]")
{
    const QString query = GENERATE(u""_s, u"   "_s, u"Atlantis"_s, u"Kunashi"_s, u"Abe"_s, u"Russo-Japanese"_s);
    INFO(query.toStdString());
    CHECK(gazetteer().find(query) == -1);
    CHECK(gazetteer().indexOf(query) == -1);
}

TEST_CASE("indexOf takes canonical names only", "[entities][gazetteer]")
{
    CHECK(gazetteer().indexOf(u"KUNASHIR"_s) == id(u"Kunashir"_s));
    CHECK(gazetteer().indexOf(u"Kunashiri"_s) == -1);
    CHECK(gazetteer().indexOf(u"Etorofu"_s) == -1);
}

TEST_CASE("the Kuril hierarchy", "[entities][gazetteer]")
{
    const Gazetteer &g = gazetteer();
    const int kurils = id(u"Kuril Islands"_s);
    const QStringList below = names(g, g.descendants(kurils));
    for (const QString &island : {u"Kuril Islands"_s, u"South Kuril Islands"_s, u"Kunashir"_s, u"Iturup"_s,
             u"Lesser Kuril Chain"_s, u"Shikotan"_s, u"Habomai Islands"_s, u"Kaigara Island"_s, u"Tanfilyev Island"_s,
             u"Yuri Island"_s, u"Polonsky Island"_s, u"Zelyony Island"_s, u"Urup"_s, u"Simushir"_s, u"Onekotan"_s,
             u"Paramushir"_s, u"Shumshu"_s, u"Ketoy"_s, u"Matua"_s, u"Northern Kuril Islands"_s,
             u"Central Kuril Islands"_s, u"Kuril Islands dispute"_s}) {
        INFO(island.toStdString());
        CHECK(below.contains(island));
    }
    for (const QString &outside : {u"Japan"_s, u"Russia"_s, u"Hokkaido"_s, u"Sakhalin"_s, u"Senkaku Islands"_s}) {
        INFO(outside.toStdString());
        CHECK_FALSE(below.contains(outside));
    }
    const QList<int> all = g.descendants(kurils);
    CHECK(std::is_sorted(all.begin(), all.end()));
    CHECK(std::adjacent_find(all.begin(), all.end()) == all.end());

    CHECK(g.parent(id(u"Kunashir"_s)) == id(u"South Kuril Islands"_s));
    CHECK(g.parent(kurils) == -1);
    CHECK(g.parent(-1) == -1);
    CHECK(g.parent(g.size()) == -1);
    CHECK(names(g, g.children(id(u"Lesser Kuril Chain"_s))) == QStringList{u"Habomai Islands"_s, u"Shikotan"_s});
    CHECK(g.children(id(u"Kaigara Island"_s)).isEmpty());
    CHECK(g.descendants(id(u"Kaigara Island"_s)) == QList<int>{id(u"Kaigara Island"_s)});
    CHECK(g.descendants(-1).isEmpty());

    CHECK(g.isAncestor(kurils, id(u"Kaigara Island"_s)));
    CHECK(g.isAncestor(id(u"South Kuril Islands"_s), id(u"Shikotan"_s)));
    CHECK_FALSE(g.isAncestor(id(u"Kaigara Island"_s), kurils));
    CHECK_FALSE(g.isAncestor(kurils, kurils));
    CHECK_FALSE(g.isAncestor(id(u"Northern Kuril Islands"_s), id(u"Kunashir"_s)));
    // Capitals sit under their country; disputed islands do not.
    CHECK(g.isAncestor(id(u"Russia"_s), id(u"Moscow"_s)));
    CHECK(g.isAncestor(id(u"Japan"_s), id(u"Tokyo"_s)));
    CHECK_FALSE(g.isAncestor(id(u"Russia"_s), kurils));
    CHECK_FALSE(g.isAncestor(id(u"Japan"_s), kurils));
}

TEST_CASE("Context tags map onto entities, unknown ones become topics", "[entities][gazetteer]")
{
    Gazetteer g = gazetteer();
    const int before = g.size();
    auto [tag, expected] = GENERATE(table<QString, QString>({
        {u"Russia"_s, u"Russia"_s},
        {u"Kuril Islands"_s, u"Kuril Islands"_s},
        {u"Kunashiri"_s, u"Kunashir"_s},
        {u"Dmitry Medvedev"_s, u"Dmitry Medvedev"_s},
        {u"Naoto Kan"_s, u"Naoto Kan"_s},
        {u"  naoto   kan "_s, u"Naoto Kan"_s},
        {u"Northern Territories"_s, u"South Kuril Islands"_s},
    }));
    INFO(tag.toStdString());
    const int index = g.entityForTag(tag);
    REQUIRE(index >= 0);
    CHECK(g.entity(index).name == expected);
    CHECK(g.size() == before);
}

TEST_CASE("an unknown tag becomes a topic of this corpus only", "[entities][gazetteer]")
{
    Gazetteer g = gazetteer();
    const int before = g.size();
    const int topic = g.entityForTag(u"Japan-Russia  relations"_s);
    REQUIRE(topic == before);
    CHECK(g.size() == before + 1);
    CHECK(g.entity(topic).name == u"Japan-Russia relations"_s);
    CHECK(g.entity(topic).kind == EntityKind::Topic);
    CHECK(g.entity(topic).parent == -1);
    CHECK(g.entityForTag(u"japan-russia relations"_s) == topic);
    CHECK(g.entityForTag(u"Japan–Russia relations"_s) == topic);
    CHECK(g.addTopic(u"Japan-Russia relations"_s) == topic);
    CHECK(g.descendants(topic) == QList<int>{topic});
    CHECK(g.entityForTag(u""_s) == -1);
    CHECK(g.entityForTag(u"  "_s) == -1);
    CHECK(g.size() == before + 1);
    // The bundled gazetteer and other copies are untouched.
    CHECK(gazetteer().size() == before);
    CHECK(gazetteer().find(u"Japan-Russia relations"_s) == -1);

    // A new topic is matched in text by a matcher built afterwards.
    const EntityMatcher withTopic(g);
    CHECK(withTopic.entitiesIn(u"Progress in Japan-Russia relations stalled."_s).contains(topic));
}

TEST_CASE("loading reports bad files and bad entries by file name", "[entities][gazetteer]")
{
    Gazetteer g;
    QStringList problems;

    SECTION("not JSON")
    {
        CHECK_FALSE(g.loadJson("{\"entities\": [", u"broken.json"_s, &problems));
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].startsWith(u"broken.json: "_s));
        CHECK(g.isEmpty());
    }
    SECTION("not a gazetteer")
    {
        CHECK_FALSE(g.loadJson("[1, 2]", u"list.json"_s, &problems));
        CHECK_FALSE(g.loadJson("{\"people\": []}", u"other.json"_s, &problems));
        REQUIRE(problems.size() == 2);
        CHECK(problems[0].startsWith(u"list.json: "_s));
        CHECK(problems[1].startsWith(u"other.json: "_s));
    }
    SECTION("bad entries are skipped, the rest loads")
    {
        const QByteArray json = R"({"entities": [
            {"name": "Alpha", "kind": "island", "aliases": {"en": ["Alpha", "Alfa"]}},
            {"kind": "island", "aliases": {"en": ["Nameless"]}},
            {"name": "Beta", "kind": "volcano", "aliases": {"en": ["Beta"]}},
            {"name": "Gamma", "aliases": {"en": ["Gamma"]}},
            {"name": "Delta", "kind": "place", "aliases": ["Delta"]},
            "not an object",
            {"name": "Epsilon", "kind": "person", "aliases": {"en": ["Epsilon Person", 7, ""]},
             "offices": [{"office": "Mayor", "country": "Alpha", "from": "2001-02-30", "to": null},
                         {"office": "Governor", "country": "Alpha", "from": "2005-01-01", "to": "2004-01-01"},
                         {"office": "Minister", "country": "Alpha", "from": "2010-01-01", "to": null}]}
        ]})";
        CHECK(g.loadJson(json, u"mixed.json"_s, &problems));
        CHECK(g.size() == 2);
        CHECK(g.find(u"Alfa"_s) == g.indexOf(u"Alpha"_s));
        const int epsilon = g.indexOf(u"Epsilon"_s);
        REQUIRE(epsilon >= 0);
        CHECK(g.entity(epsilon).aliases == QStringList{u"Epsilon Person"_s});
        REQUIRE(g.entity(epsilon).offices.size() == 1);
        CHECK(g.entity(epsilon).offices[0].office == u"Minister"_s);
        CHECK(g.entity(epsilon).offices[0].country == g.indexOf(u"Alpha"_s));
        CHECK_FALSE(g.entity(epsilon).offices[0].to.isValid());
        INFO(problems.join(u'\n').toStdString());
        CHECK(problems.size() == 9);
        for (const QString &p : std::as_const(problems))
            CHECK(p.startsWith(u"mixed.json: "_s));
        CHECK(problems.filter(u"Beta"_s).size() == 1);
        CHECK(problems.filter(u"volcano"_s).size() == 1);
        CHECK(problems.filter(u"Gamma"_s).size() == 1);
        CHECK(problems.filter(u"Delta"_s).size() == 1);
        CHECK(problems.filter(u"Epsilon"_s).size() == 4);
    }
    SECTION("references resolve across files; the missing ones are listed")
    {
        CHECK(g.loadJson(R"({"entities": [{"name": "Rock", "kind": "island", "parent": "Archipelago",
                                            "aliases": {"en": ["Rock"]}}]})",
            u"rock.json"_s, &problems));
        CHECK(g.parent(g.indexOf(u"Rock"_s)) == -1);
        REQUIRE(g.unresolvedReferences().size() == 1);
        CHECK(g.unresolvedReferences()[0].startsWith(u"rock.json: "_s));
        CHECK(g.unresolvedReferences()[0].contains(u"Archipelago"_s));
        CHECK_FALSE(g.integrityProblems().isEmpty());
        CHECK(g.loadJson(
            R"({"entities": [{"name": "Archipelago", "kind": "island", "aliases": {"en": ["Archipelago"]}}]})",
            u"archipelago.json"_s, &problems));
        CHECK(g.parent(g.indexOf(u"Rock"_s)) == g.indexOf(u"Archipelago"_s));
        CHECK(g.unresolvedReferences().isEmpty());
        CHECK(g.integrityProblems().isEmpty());
        CHECK(problems.isEmpty());
    }
    SECTION("a parent that would make a cycle is refused")
    {
        CHECK(g.loadJson(R"({"entities": [
            {"name": "A", "kind": "place", "parent": "B", "aliases": {"en": ["A"]}},
            {"name": "B", "kind": "place", "parent": "A", "aliases": {"en": ["B"]}},
            {"name": "C", "kind": "place", "parent": "C", "aliases": {"en": ["C"]}}]})",
            u"cycle.json"_s, &problems));
        CHECK(problems.filter(u"cycle"_s).size() == 2);
        CHECK(g.integrityProblems().isEmpty());
        const int a = g.indexOf(u"A"_s);
        const int b = g.indexOf(u"B"_s);
        CHECK((g.parent(a) == -1 || g.parent(b) == -1));
        CHECK(g.parent(g.indexOf(u"C"_s)) == -1);
    }
    SECTION("a form claimed by a later file moves to it, and is reported")
    {
        CHECK(g.loadJson(R"({"entities": [{"name": "One", "kind": "place", "aliases": {"en": ["One", "Shared"]}}]})",
            u"one.json"_s, &problems));
        CHECK(problems.isEmpty());
        CHECK(g.loadJson(R"({"entities": [{"name": "Two", "kind": "place", "aliases": {"en": ["Two", "Shared"]}}]})",
            u"two.json"_s, &problems));
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].startsWith(u"two.json: "_s));
        CHECK(problems[0].contains(u"Shared"_s));
        CHECK(g.find(u"Shared"_s) == g.indexOf(u"Two"_s));
        CHECK(g.entity(g.indexOf(u"One"_s)).aliases == QStringList{u"One"_s});
        CHECK(g.integrityProblems().isEmpty());
    }
}

TEST_CASE("a known name extends, replaces or removes an entity", "[entities][gazetteer]")
{
    Gazetteer g = gazetteer();
    QStringList problems;
    const int kunashir = id(u"Kunashir"_s);
    const int size = g.size();

    SECTION("extend")
    {
        CHECK(g.loadJson(R"({"entities": [{"name": "kunashir", "aliases": {"en": ["Kunashir-to", "Kunashiri"]},
                                            "weak": ["Kuna"]}]})",
            u"extend.json"_s, &problems));
        CHECK(problems.isEmpty());
        CHECK(g.size() == size);
        const Entity &e = g.entity(kunashir);
        CHECK(e.name == u"Kunashir"_s);
        CHECK(e.kind == EntityKind::Island);
        CHECK(e.parent == id(u"South Kuril Islands"_s));
        CHECK(e.aliases.count(u"Kunashiri"_s) == 1);
        CHECK(e.aliases.last() == u"Kunashir-to"_s);
        CHECK(e.weak == QStringList{u"Kuna"_s});
        CHECK(g.find(u"Kunashir-to"_s) == kunashir);
    }
    SECTION("replace")
    {
        CHECK(g.loadJson(R"({"entities": [{"name": "Kunashir", "kind": "place", "replace": true,
                                            "aliases": {"en": ["Kunashir only"]}}]})",
            u"replace.json"_s, &problems));
        CHECK(problems.isEmpty());
        CHECK(g.size() == size);
        CHECK(g.entity(kunashir).kind == EntityKind::Place);
        CHECK(g.entity(kunashir).aliases == QStringList{u"Kunashir only"_s});
        CHECK(g.entity(kunashir).parent == -1);
        CHECK(g.find(u"Kunashiri"_s) == -1);
        CHECK(g.integrityProblems().isEmpty());
    }
    SECTION("remove")
    {
        const int shikotan = id(u"Shikotan"_s);
        const int lesser = id(u"Lesser Kuril Chain"_s);
        CHECK(g.loadJson(R"({"entities": [{"name": "Kunashir", "remove": true}, {"name": "Nowhere", "remove": true}]})",
            u"remove.json"_s, &problems));
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].contains(u"Nowhere"_s));
        CHECK(g.size() == size - 1);
        CHECK(g.indexOf(u"Kunashir"_s) == -1);
        CHECK(g.find(u"Kunashiri"_s) == -1);
        // Indices after the removed one shift, and references follow.
        CHECK(g.entity(g.indexOf(u"Shikotan"_s)).name == u"Shikotan"_s);
        CHECK(g.parent(g.indexOf(u"Shikotan"_s)) == g.indexOf(u"Lesser Kuril Chain"_s));
        CHECK(g.indexOf(u"Shikotan"_s) == (shikotan > kunashir ? shikotan - 1 : shikotan));
        CHECK(g.indexOf(u"Lesser Kuril Chain"_s) == (lesser > kunashir ? lesser - 1 : lesser));
        // What was part of it has no parent now, and says so.
        CHECK(g.parent(g.indexOf(u"Yuzhno-Kurilsk"_s)) == -1);
        REQUIRE(g.unresolvedReferences().size() == 1);
        CHECK(g.unresolvedReferences()[0].startsWith(u"remove.json: "_s));
        CHECK(g.unresolvedReferences()[0].contains(u"Yuzhno-Kurilsk"_s));
    }
    SECTION("combined forms")
    {
        CHECK(g.loadJson(
            R"({"combined": [{"alias": "Kuril-Japanese", "lang": "en", "entities": ["Kuril Islands", "Japan"]},
                                          {"alias": "日露", "lang": "ja", "entities": ["Japan", "Soviet Union"]}]})",
            u"combined.json"_s, &problems));
        CHECK(problems.isEmpty());
        const EntityMatcher m(g);
        CHECK(names(g, m.entitiesIn(u"Kuril-Japanese"_s)) == QStringList{u"Japan"_s, u"Kuril Islands"_s});
        CHECK(names(g, m.entitiesIn(u"日露"_s)) == QStringList{u"Japan"_s, u"Soviet Union"_s});
        CHECK(g.integrityProblems().isEmpty());
    }
}

TEST_CASE("the user's gazetteer folder extends the bundled one", "[entities][gazetteer]")
{
    QTemporaryDir home;
    REQUIRE(home.isValid());
    // The user's data folder follows XDG_DATA_HOME only outside the test mode the other tests run in.
    const bool testMode = QStandardPaths::isTestModeEnabled();
    QStandardPaths::setTestModeEnabled(false);
    const auto restoreTestMode = qScopeGuard([testMode] {
        QStandardPaths::setTestModeEnabled(testMode);
    });
    const QByteArray previous = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.path()));
    const QString folder = Gazetteer::userFolder();
    CHECK(folder.startsWith(home.path()));
    CHECK(folder.endsWith(u"/gazetteer"_s));

    REQUIRE(TestUtils::writeFile(folder + u"/10-mine.json"_s, R"({"entities": [
        {"name": "Kaigara Lighthouse", "kind": "place", "parent": "Kaigara Island",
         "aliases": {"en": ["Kaigara Lighthouse"], "ja": ["貝殻島灯台"]}},
        {"name": "Kunashir", "aliases": {"en": ["Kunashir-to"]}}]})"));
    REQUIRE(TestUtils::writeFile(folder + u"/20-broken.json"_s, "{ not json"));
    REQUIRE(TestUtils::writeFile(folder + u"/notes.txt"_s, "ignored"));

    QStringList problems;
    const Gazetteer g = Gazetteer::builtIn(&problems);
    if (previous.isNull())
        qunsetenv("XDG_DATA_HOME");
    else
        qputenv("XDG_DATA_HOME", previous);

    REQUIRE(problems.size() == 1);
    CHECK(problems[0].contains(u"20-broken.json: "_s));
    CHECK(g.size() == gazetteer().size() + 1);
    const int lighthouse = g.indexOf(u"Kaigara Lighthouse"_s);
    REQUIRE(lighthouse >= 0);
    CHECK(g.entity(lighthouse).kind == EntityKind::Place);
    CHECK(g.isAncestor(g.indexOf(u"Kuril Islands"_s), lighthouse));
    CHECK(g.find(u"Kunashir-to"_s) == g.indexOf(u"Kunashir"_s));
    CHECK(g.find(u"Kunashiri"_s) == g.indexOf(u"Kunashir"_s));

    const EntityMatcher m(g);
    CHECK(names(g, m.entitiesIn(u"A new lamp for the Kaigara Lighthouse, seen from Kunashir-to."_s))
        == QStringList{u"Kaigara Lighthouse"_s, u"Kunashir"_s});
    CHECK(names(g, m.entitiesIn(u"貝殻島灯台"_s)) == QStringList{u"Kaigara Lighthouse"_s});

    // Without the folder, only the bundled data.
    CHECK(Gazetteer::bundled().size() == gazetteer().size());
}

TEST_CASE("forms match with word boundaries, case and script rules", "[entities][matcher]")
{
    auto [text, expected] = GENERATE(table<QString, QStringList>({
        // English, with possessives and demonyms
        {u"Russia's navy"_s, {u"Russia"_s}},
        {u"Russia’s navy"_s, {u"Russia"_s}},
        {u"Russians protested."_s, {u"Russia"_s}},
        {u"Soviet leaders met."_s, {u"Soviet Union"_s}},
        {u"Soviet troops landed."_s, {u"Red Army"_s}},
        {u"the Japanese side"_s, {u"Japan"_s}},
        {u"a Japanesque garden"_s, {}},
        {u"Prussian officers"_s, {}},
        {u"russia and japan"_s, {}},
        {u"RUSSIA"_s, {}},
        // the longest form wins
        {u"the Russo-Japanese War of 1904"_s, {u"Russo-Japanese War"_s}},
        {u"Russo-Japanese talks"_s, {u"Japan"_s, u"Russia"_s}},
        {u"the Kuril Islands"_s, {u"Kuril Islands"_s}},
        {u"the South Kuril Islands"_s, {u"South Kuril Islands"_s}},
        {u"in Sakhalin Oblast"_s, {u"Sakhalin Oblast"_s}},
        {u"on Sakhalin"_s, {u"Sakhalin"_s}},
        // aliases
        {u"Kunashiri"_s, {u"Kunashir"_s}},
        {u"Etorofu and Shikotan"_s, {u"Iturup"_s, u"Shikotan"_s}},
        {u"Kunashir, Iturup, Shikotan and the Habomai islets"_s,
            {u"Habomai Islands"_s, u"Iturup"_s, u"Kunashir"_s, u"Shikotan"_s}},
        // Japanese: substrings, longest wins
        {u"国後島"_s, {u"Kunashir"_s}},
        {u"北方領土"_s, {u"South Kuril Islands"_s}},
        {u"北方領土問題の解決"_s, {u"Kuril Islands dispute"_s}},
        {u"日露首脳会談"_s, {u"Japan"_s, u"Russia"_s}},
        {u"ロシア人の漁師"_s, {u"Russia"_s}},
        {u"昨日、東京都内で"_s, {u"Tokyo"_s}},
        {u"NATO加盟国"_s, {u"NATO"_s}},
        // Russian, in the listed cases
        {u"Курильские острова"_s, {u"Kuril Islands"_s}},
        {u"на Курильских островах"_s, {u"Kuril Islands"_s}},
        {u"на Кунашире"_s, {u"Kunashir"_s}},
        {u"Кунашира"_s, {u"Kunashir"_s}},
        {u"кунаширский"_s, {}},
        {u"российско-японских"_s, {u"Japan"_s, u"Russia"_s}},
        // weak forms need a licence
        {u"Abe said"_s, {}},
        {u"Prime Minister Abe said"_s, {u"Shinzo Abe"_s}},
        {u"Japanese Prime Minister  Abe said"_s, {u"Japan"_s, u"Shinzo Abe"_s}},
        {u"Foreign Minister Abe said"_s, {u"Shintaro Abe"_s}},
        {u"Shinzo Abe arrived. Later Abe said"_s, {u"Shinzo Abe"_s}},
        {u"Abe arrived. Shinzo Abe said"_s, {u"Shinzo Abe"_s}},
        {u"安倍首相"_s, {u"Shinzo Abe"_s}},
        {u"安倍 首相"_s, {u"Shinzo Abe"_s}},
        {u"安倍氏"_s, {}},
        {u"премьер Абэ"_s, {u"Shinzo Abe"_s}},
        {u"Абэ"_s, {}},
        {u"PrimeMinister Abe"_s, {}},
        {u"Prime MinisterAbe"_s, {}},
        {u"Kan said"_s, {}},
        {u"Naoto Kan flew to Kansas and read Kant."_s, {u"Naoto Kan"_s}},
        {u"Kansas"_s, {}},
        {u"Thailand and タイプ"_s, {u"Thailand"_s}},
        {u"タイプ"_s, {}},
        // digits, underscores and punctuation next to Latin forms
        {u"Japan2010"_s, {}},
        {u"2010Japan"_s, {}},
        {u"Japan_Russia"_s, {}},
        {u"_Japan"_s, {}},
        {u"(Japan)"_s, {u"Japan"_s}},
        {u"Japan-based"_s, {u"Japan"_s}},
        {u"\"Japan\","_s, {u"Japan"_s}},
        {u"Japan."_s, {u"Japan"_s}},
        {u"Japanese-Russian"_s, {u"Japan"_s, u"Russia"_s}},
        // letters of other scripts, and code points beyond the BMP
        {u"ÉJapan"_s, {}},
        {u"Japané"_s, {}},
        {u"東京Japan"_s, {u"Japan"_s, u"Tokyo"_s}},
        {u"\U0001D400Japan"_s, {}},
        {u"\U0001F600Japan\U0001F600"_s, {u"Japan"_s}},
        {u"Prime Minister\nAbe"_s, {u"Shinzo Abe"_s}},
        // nothing at all
        {u""_s, {}},
        {u" "_s, {}},
        {u"!!! ... ,,, — «»"_s, {}},
        {u"\u3000、。"_s, {}},
    }));
    INFO(text.toStdString());
    CHECK(namesIn(text) == sorted(expected));
}

TEST_CASE("mentions carry positions, and weak ones say so", "[entities][matcher]")
{
    const QString text = u"Shinzo Abe met Putin in Moscow; Abe's aides stayed."_s;
    const QList<EntityMention> found = matcher().mentions(text);
    REQUIRE(found.size() == 4);
    const auto check = [&](const EntityMention &m, const QString &name, const QString &surface, bool weak) {
        INFO(name.toStdString());
        CHECK(m.entity == id(name));
        CHECK(text.mid(m.start, m.length) == surface);
        CHECK(m.weak == weak);
        CHECK(m.part == 0);
    };
    check(found[0], u"Shinzo Abe"_s, u"Shinzo Abe"_s, false);
    check(found[1], u"Vladimir Putin"_s, u"Putin"_s, false);
    check(found[2], u"Moscow"_s, u"Moscow"_s, false);
    check(found[3], u"Shinzo Abe"_s, u"Abe"_s, true);

    // A combined form: every entity, one span.
    const QList<EntityMention> combined = matcher().mentions(u"the 日露 summit"_s);
    REQUIRE(combined.size() == 2);
    CHECK(combined[0].start == 4);
    CHECK(combined[1].start == 4);
    CHECK(combined[0].length == 2);
    CHECK(names(gazetteer(), {combined[0].entity, combined[1].entity}) == QStringList{u"Japan"_s, u"Russia"_s});
}

TEST_CASE("people sharing a weak surname: the latest full mention or the title decides", "[entities][matcher]")
{
    auto [text, expected] = GENERATE(table<QString, QStringList>({
        {u"Shintaro Abe visited Moscow. Abe said"_s, {u"Moscow"_s, u"Shintaro Abe"_s}},
        {u"Shinzo Abe, son of Shintaro Abe. Abe said"_s, {u"Shintaro Abe"_s, u"Shinzo Abe"_s}},
        {u"Prime Minister Hatoyama"_s, {}},
        {u"Yukio Hatoyama resigned. Prime Minister Hatoyama"_s, {u"Yukio Hatoyama"_s}},
    }));
    INFO(text.toStdString());
    CHECK(namesIn(text) == sorted(expected));

    // The last Abe is the father, the nearest full mention before it.
    const QString both = u"Shinzo Abe, son of Shintaro Abe. Abe said"_s;
    const QList<EntityMention> found = matcher().mentions(both);
    REQUIRE(found.size() == 3);
    CHECK(found[2].weak);
    CHECK(found[2].entity == id(u"Shintaro Abe"_s));
}

TEST_CASE("the document's date licenses the surname of whoever was in office", "[entities][matcher]")
{
    auto [text, date, expected] = GENERATE(table<QString, DateRange, QStringList>({
        {u"Kan met Medvedev in Japan."_s, day(2010, 11, 12), {u"Dmitry Medvedev"_s, u"Japan"_s, u"Naoto Kan"_s}},
        // no date, a date out of office, or no mention of the country served
        {u"Kan met Medvedev in Japan."_s, {}, {u"Dmitry Medvedev"_s, u"Japan"_s}},
        {u"Kan met Medvedev in Japan."_s, day(2015, 1, 1), {u"Dmitry Medvedev"_s, u"Japan"_s}},
        {u"Kan met Medvedev."_s, day(2010, 11, 12), {u"Dmitry Medvedev"_s}},
        // the day the successor takes over is no longer in office
        {u"Kan in Japan"_s, day(2011, 9, 2), {u"Japan"_s}},
        {u"Kan in Japan"_s, day(2010, 6, 8), {u"Japan"_s, u"Naoto Kan"_s}},
        // a title shared by two prime ministers: the date decides
        {u"Prime Minister Hatoyama"_s, day(2009, 10, 1), {u"Yukio Hatoyama"_s}},
        {u"Prime Minister Hatoyama"_s, day(1955, 10, 1), {u"Ichirō Hatoyama"_s}},
        {u"Prime Minister Hatoyama"_s, day(1980, 10, 1), {}},
        {u"鳩山首相と日本"_s, day(2009, 10, 1), {u"Japan"_s, u"Yukio Hatoyama"_s}},
        // only one Abe was in office for Japan in 2014
        {u"Abe spoke for Japan."_s, day(2014, 5, 1), {u"Japan"_s, u"Shinzo Abe"_s}},
        {u"Abe spoke for Japan."_s, day(1984, 5, 1), {u"Japan"_s, u"Shintaro Abe"_s}},
    }));
    INFO(text.toStdString() << " " << date.from.toString(Qt::ISODate).toStdString());
    CHECK(namesIn(text, date) == sorted(expected));
}

TEST_CASE("a full mention in one part licenses a weak form in a later part", "[entities][matcher]")
{
    const QString title = u"Naoto Kan visits Moscow"_s;
    const QString body = u"Kan said the talks went well."_s;
    CHECK(names(gazetteer(), matcher().entitiesIn({title, body})) == QStringList{u"Moscow"_s, u"Naoto Kan"_s});
    // Not the other way round.
    CHECK(names(gazetteer(), matcher().entitiesIn({body, title})) == QStringList{u"Moscow"_s, u"Naoto Kan"_s});
    const QList<EntityMention> reversed = matcher().mentions({body, title});
    REQUIRE(reversed.size() == 2);
    CHECK(reversed[0].part == 1);
    CHECK(reversed[0].start == 0);
    CHECK(reversed[1].part == 1);
    CHECK(matcher().entitiesIn(body).isEmpty());

    const QList<EntityMention> found = matcher().mentions({title, body});
    REQUIRE(found.size() == 3);
    CHECK(found[2].part == 1);
    CHECK(found[2].start == 0);
    CHECK(found[2].length == 3);
    CHECK(found[2].weak);
    // No match spans two parts.
    CHECK(matcher().entitiesIn({u"Kuril"_s, u"Islands"_s}) == QList<int>{id(u"Kuril Islands"_s)});
    CHECK(matcher().entitiesIn({u"Ja"_s, u"pan"_s}).isEmpty());
    CHECK(matcher().entitiesIn({u"北方"_s, u"領土"_s}).isEmpty());
    CHECK(matcher().entitiesIn(QList<QStringView>{}).isEmpty());
}

TEST_CASE("very long texts", "[entities][matcher]")
{
    SECTION("spaced filler with names at both ends")
    {
        QString text = u"Japan "_s + u"lorem ipsum dolor sit amet, "_s.repeated(80000) + u"Kunashir"_s;
        CHECK(namesIn(text) == QStringList{u"Japan"_s, u"Kunashir"_s});
    }
    SECTION("one word of two million letters")
    {
        const QString text = u"Japan"_s + QString(2000000, u'a') + u"Russia"_s;
        CHECK(namesIn(text).isEmpty());
    }
    SECTION("CJK without spaces")
    {
        const QString text = QString(1000000, u'あ') + u"日本"_s + QString(1000000, u'の');
        CHECK(namesIn(text) == QStringList{u"Japan"_s});
    }
    SECTION("thousands of overlapping candidates")
    {
        const QString text = u"北方領土"_s.repeated(50000);
        const QList<EntityMention> found = matcher().mentions(text);
        CHECK(found.size() == 50000);
        CHECK(namesIn(text) == QStringList{u"South Kuril Islands"_s});
    }
}

TEST_CASE("an empty matcher and an empty gazetteer match nothing", "[entities][matcher]")
{
    CHECK(EntityMatcher().entitiesIn(u"Japan and Russia"_s).isEmpty());
    CHECK(EntityMatcher(Gazetteer()).mentions(u"日本"_s).isEmpty());
    CHECK(EntityMatcher().gazetteer().isEmpty());
}

TEST_CASE("the matcher is shared by many threads", "[entities][matcher]")
{
    QStringList texts;
    for (int i = 0; i < 400; ++i) {
        texts.append(
            u"Shinzo Abe and Vladimir Putin met on Kunashir (%1). Abe said 北方領土 talks continue in "_s.arg(i)
            + (i % 2 ? u"Moscow"_s : u"東京"_s));
    }
    const EntityMatcher copy = matcher();
    const QList<QList<int>> parallel = QtConcurrent::blockingMapped<QList<QList<int>>>(
        texts, [&copy](const QString &text) { return copy.entitiesIn(text, day(2015, 1, 1)); });
    REQUIRE(parallel.size() == texts.size());
    for (qsizetype i = 0; i < texts.size(); ++i)
        CHECK(parallel[i] == matcher().entitiesIn(texts[i], day(2015, 1, 1)));
    CHECK(names(gazetteer(), parallel[1])
        == QStringList{u"Kunashir"_s, u"Moscow"_s, u"Shinzo Abe"_s, u"South Kuril Islands"_s, u"Vladimir Putin"_s});
}

TEST_CASE("seed 000: headline, summary and tags name the leaders, the countries and the islands", "[entities][seeds]")
{
    const ParsedDocument doc = parseSeed(u"000_1c63459801a68d8e.txt"_s);
    REQUIRE(doc.date.isValid());
    Gazetteer g = gazetteer();
    const EntityMatcher m(g);
    QList<int> entities = m.entitiesIn({doc.title, doc.text.body}, doc.date);
    for (const ParsedLink &link : doc.related) {
        for (const QString &tag : link.context)
            entities.append(g.entityForTag(tag));
    }
    std::sort(entities.begin(), entities.end());
    entities.erase(std::unique(entities.begin(), entities.end()), entities.end());
    CHECK(names(g, entities)
        == QStringList{u"Dmitry Medvedev"_s, u"Japan"_s, u"Kuril Islands"_s, u"Naoto Kan"_s, u"Russia"_s});
    CHECK(g.size() == gazetteer().size());

    // Each Related link's text names its own entities.
    REQUIRE(doc.related.size() == 10);
    const QStringList visit = names(g, m.entitiesIn(doc.related[3].text));
    for (const QString &name :
        {u"Kunashir"_s, u"Dmitry Medvedev"_s, u"Russia"_s, u"Japan"_s, u"Kuril Islands dispute"_s})
        CHECK(visit.contains(name));
    const QStringList kaigara = names(g, m.entitiesIn(doc.related[4].text));
    CHECK(kaigara.contains(u"Kaigara Island"_s));
    CHECK(kaigara.contains(u"Kuril Islands"_s));
    const QStringList buildings = names(g, m.entitiesIn(doc.related[5].text));
    for (const QString &name : {u"Kunashir"_s, u"Iturup"_s, u"Sea of Okhotsk"_s, u"Japan"_s, u"Russia"_s})
        CHECK(buildings.contains(name));
}

TEST_CASE("filter: parents stand for their descendants", "[entities][filter]")
{
    const Gazetteer &g = gazetteer();
    const QList<int> kunashir{id(u"Kunashir"_s)};
    const auto event = [](QList<int> entities) {
        std::sort(entities.begin(), entities.end());
        return entities;
    };
    const DateRange undated;

    EntityFilter filter;
    CHECK(filter.isEmpty());
    CHECK(filter.matches({}, undated));
    CHECK(filter.matches(kunashir, undated));

    filter.setIncluded({id(u"Kuril Islands"_s)});
    CHECK_FALSE(filter.isEmpty());
    // Before prepare(), an entity stands for itself only.
    CHECK_FALSE(filter.matches(kunashir, undated));
    filter.prepare(g);
    CHECK(filter.matches(kunashir, undated));
    CHECK(filter.matches(event({id(u"Kaigara Island"_s), id(u"Japan"_s)}), undated));
    CHECK(filter.matches(event({id(u"Kuril Islands"_s)}), undated));
    CHECK(filter.matches(event({id(u"Kuril Islands dispute"_s)}), undated));
    CHECK_FALSE(filter.matches(event({id(u"Japan"_s), id(u"Russia"_s)}), undated));
    CHECK_FALSE(filter.matches({}, undated));

    // A child selects only its own subtree.
    filter.setIncluded({id(u"Lesser Kuril Chain"_s)});
    filter.prepare(g);
    CHECK(filter.matches(event({id(u"Shikotan"_s)}), undated));
    CHECK(filter.matches(event({id(u"Yuri Island"_s)}), undated));
    CHECK_FALSE(filter.matches(kunashir, undated));
    CHECK_FALSE(filter.matches(event({id(u"Kuril Islands"_s)}), undated));
}

TEST_CASE("filter: any, all, exclusion, dates and undated events", "[entities][filter]")
{
    const Gazetteer &g = gazetteer();
    const int japan = id(u"Japan"_s);
    const int russia = id(u"Russia"_s);
    const int kurils = id(u"Kuril Islands"_s);
    const int iturup = id(u"Iturup"_s);
    const int tokyo = id(u"Tokyo"_s);
    const int moscow = id(u"Moscow"_s);
    const int putin = id(u"Vladimir Putin"_s);
    const int shikotan = id(u"Shikotan"_s);
    const DateRange undated;
    const DateRange in2010 = day(2010, 11, 1);
    DateRange year2016;
    year2016.from = QDate(2016, 1, 1);
    year2016.to = QDate(2016, 12, 31);
    year2016.precision = DatePrecision::Year;

    struct Setup {
        QList<int> included;
        EntityFilter::Mode mode;
        QList<int> excluded;
        QDate from;
        QDate to;
        bool keepUndated;
    };
    auto [setup, eventEntities, date, expected] = GENERATE_COPY(table<Setup, QList<int>, DateRange, bool>({
        // Any: one of them, with descendants
        {{{japan, kurils}, EntityFilter::Mode::Any, {}, {}, {}, true}, {tokyo}, undated, true},
        {{{japan, kurils}, EntityFilter::Mode::Any, {}, {}, {}, true}, {iturup}, undated, true},
        {{{japan, kurils}, EntityFilter::Mode::Any, {}, {}, {}, true}, {russia, moscow}, undated, false},
        // All: each of them, with descendants
        {{{japan, kurils}, EntityFilter::Mode::All, {}, {}, {}, true}, {tokyo, iturup}, undated, true},
        {{{japan, kurils}, EntityFilter::Mode::All, {}, {}, {}, true}, {japan}, undated, false},
        {{{japan, kurils}, EntityFilter::Mode::All, {}, {}, {}, true}, {iturup, shikotan}, undated, false},
        {{{russia, kurils}, EntityFilter::Mode::All, {}, {}, {}, true}, {moscow, shikotan}, undated, true},
        {{{kurils}, EntityFilter::Mode::All, {}, {}, {}, true}, {shikotan}, undated, true},
        // Exclusion, with descendants, beats inclusion
        {{{}, EntityFilter::Mode::Any, {russia}, {}, {}, true}, {japan}, undated, true},
        {{{}, EntityFilter::Mode::Any, {russia}, {}, {}, true}, {japan, moscow}, undated, false},
        {{{kurils}, EntityFilter::Mode::Any, {id(u"South Kuril Islands"_s)}, {}, {}, true}, {iturup}, undated, false},
        {{{kurils}, EntityFilter::Mode::Any, {id(u"South Kuril Islands"_s)}, {}, {}, true}, {id(u"Urup"_s)}, undated,
            true},
        {{{japan}, EntityFilter::Mode::Any, {putin}, {}, {}, true}, {japan, putin}, undated, false},
        // Dates: overlap, either end open
        {{{}, EntityFilter::Mode::Any, {}, QDate(2010, 1, 1), QDate(2010, 12, 31), true}, {japan}, in2010, true},
        {{{}, EntityFilter::Mode::Any, {}, QDate(2011, 1, 1), QDate(2011, 12, 31), true}, {japan}, in2010, false},
        {{{}, EntityFilter::Mode::Any, {}, QDate(2010, 11, 1), QDate(2010, 11, 1), true}, {japan}, in2010, true},
        {{{}, EntityFilter::Mode::Any, {}, QDate(2010, 11, 2), {}, true}, {japan}, in2010, false},
        {{{}, EntityFilter::Mode::Any, {}, {}, QDate(2010, 10, 31), true}, {japan}, in2010, false},
        {{{}, EntityFilter::Mode::Any, {}, {}, QDate(2010, 11, 1), true}, {japan}, in2010, true},
        {{{}, EntityFilter::Mode::Any, {}, QDate(2016, 12, 31), {}, true}, {japan}, year2016, true},
        {{{}, EntityFilter::Mode::Any, {}, QDate(2016, 6, 1), QDate(2016, 6, 30), true}, {japan}, year2016, true},
        {{{}, EntityFilter::Mode::Any, {}, QDate(2017, 1, 1), {}, true}, {japan}, year2016, false},
        // Undated events: kept or hidden, with or without a range
        {{{}, EntityFilter::Mode::Any, {}, QDate(2010, 1, 1), {}, true}, {japan}, undated, true},
        {{{}, EntityFilter::Mode::Any, {}, QDate(2010, 1, 1), {}, false}, {japan}, undated, false},
        {{{}, EntityFilter::Mode::Any, {}, {}, {}, false}, {japan}, undated, false},
        {{{}, EntityFilter::Mode::Any, {}, {}, {}, false}, {japan}, in2010, true},
        // Combinations
        {{{kurils}, EntityFilter::Mode::Any, {putin}, QDate(2010, 1, 1), {}, false}, {iturup}, in2010, true},
        {{{kurils}, EntityFilter::Mode::Any, {putin}, QDate(2010, 1, 1), {}, false}, {iturup, putin}, in2010, false},
        {{{kurils}, EntityFilter::Mode::Any, {putin}, QDate(2010, 1, 1), {}, false}, {iturup}, undated, false},
        {{{kurils}, EntityFilter::Mode::Any, {putin}, QDate(2011, 1, 1), {}, true}, {iturup}, in2010, false},
        {{{japan, russia}, EntityFilter::Mode::All, {putin}, {}, QDate(2012, 1, 1), true}, {tokyo, moscow}, in2010,
            true},
        {{{japan, russia}, EntityFilter::Mode::All, {putin}, {}, QDate(2012, 1, 1), true}, {tokyo}, in2010, false},
    }));
    EntityFilter filter;
    filter.setIncluded(setup.included);
    filter.setMode(setup.mode);
    filter.setExcluded(setup.excluded);
    filter.setDateRange(setup.from, setup.to);
    filter.setKeepUndated(setup.keepUndated);
    filter.prepare(g);
    std::sort(eventEntities.begin(), eventEntities.end());
    CHECK(filter.matches(eventEntities, date) == expected);
}

TEST_CASE("filter settings compare and tolerate unknown entities", "[entities][filter]")
{
    EntityFilter a;
    EntityFilter b;
    a.setIncluded({3, 1, 3});
    b.setIncluded({1, 3});
    CHECK(a.included() == QList<int>{1, 3});
    CHECK(a == b);
    b.setMode(EntityFilter::Mode::All);
    CHECK_FALSE(a == b);

    EntityFilter unknown;
    unknown.setIncluded({gazetteer().size() + 5});
    unknown.prepare(gazetteer());
    CHECK(unknown.matches({gazetteer().size() + 5}, DateRange()));
    CHECK_FALSE(unknown.matches({0}, DateRange()));
}
