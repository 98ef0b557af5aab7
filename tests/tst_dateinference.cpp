// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "dates/dateinference.h"
#include "dates/datemention.h"
#include "dates/officeholder.h"
#include "parsers/documentparser.h"
#include "parsers/textdecoder.h"
#include "testutils.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrentMap>

using namespace Chronoscope;
using namespace Qt::StringLiterals;

namespace {

// Open terms end here, so that results do not change with the day the tests run.
const QDate latest(2026, 12, 31);

const QList<OfficeHolder> &gazetteerHolders()
{
    static const QList<OfficeHolder> holders = officeHoldersFromGazetteerJson(
        TestUtils::readFile(QStringLiteral(CHRONOSCOPE_SOURCE_DIR) + u"/resources/gazetteer/people.json"_s));
    return holders;
}

const DateInference &gazetteerInference()
{
    static const DateInference inference(gazetteerHolders(), latest);
    return inference;
}

ParsedDocument parseFile(const QString &path)
{
    return DocumentParser::parse(path, TextDecoder::decode(TestUtils::readFile(path)).text);
}

DateRange inferFile(const QString &path)
{
    const ParsedDocument doc = parseFile(path);
    return gazetteerInference().infer(doc.title, doc.text.body);
}

QString describe(const DateMention &m)
{
    static const char *const kinds[] = {"day", "month", "year", "month-day", "weekday"};
    static const char *const tenses[] = {"", " past", " event", " present", " future", " deadline", " either"};
    QString value;
    switch (m.kind) {
    case DateMention::Kind::Day:
        value = m.first().toString(Qt::ISODate);
        break;
    case DateMention::Kind::Month:
        value = m.first().toString(u"yyyy-MM"_s);
        break;
    case DateMention::Kind::Year:
        value = QString::number(m.year);
        break;
    case DateMention::Kind::MonthDay:
        value = QDate(2000, m.month, m.day).toString(u"MM-dd"_s);
        break;
    case DateMention::Kind::Weekday:
        value = QString::number(m.weekday);
        break;
    }
    return QString::fromLatin1(kinds[int(m.kind)]) + u' ' + value + QString::fromLatin1(tenses[int(m.tense)]);
}

QString describeAll(const QString &text)
{
    QStringList out;
    for (const DateMention &m : findDateMentions(text))
        out.append(describe(m));
    return out.join(u"; "_s);
}

bool contains(const DateRange &range, QDate day)
{
    return range.isValid() && range.from <= day && day <= range.to;
}

qint64 widthDays(const DateRange &range)
{
    return range.from.daysTo(range.to) + 1;
}

QString show(const DateRange &range)
{
    return range.isValid() ? range.from.toString(Qt::ISODate) + u" – "_s + range.to.toString(Qt::ISODate) + u" ("_s
            + DateRange::precisionName(range.precision) + u")"_s
                           : u"undated"_s;
}

} // namespace

TEST_CASE("dates, months and years in English, Japanese and Russian", "[dates][mentions]")
{
    auto [text, expected] = GENERATE(table<QString, QString>({
        {u"11 January 2019"_s, u"day 2019-01-11"_s},
        {u"on the 11th of January, 2019"_s, u"day 2019-01-11"_s},
        {u"January 11, 2019"_s, u"day 2019-01-11"_s},
        {u"Jan. 11, 2019"_s, u"day 2019-01-11"_s},
        {u"Sept 5, 1945"_s, u"day 1945-09-05"_s},
        {u"2019-01-11"_s, u"day 2019-01-11"_s},
        {u"11.01.2019"_s, u"day 2019-01-11"_s},
        {u"2019年1月11日"_s, u"day 2019-01-11"_s},
        {u"２０１９年１月１１日"_s, u"day 2019-01-11"_s},
        {u"平成31年1月11日"_s, u"day 2019-01-11"_s},
        {u"令和元年5月1日"_s, u"day 2019-05-01"_s},
        {u"昭和31年10月19日"_s, u"day 1956-10-19"_s},
        {u"11 января 2019 года"_s, u"day 2019-01-11"_s},
        {u"в понедельник, 1 ноября 2010 года"_s, u"weekday 1; day 2010-11-01"_s},
        {u"January 2019"_s, u"month 2019-01"_s},
        {u"2019年1月"_s, u"month 2019-01"_s},
        {u"в январе 2019 года"_s, u"month 2019-01"_s},
        {u"since 1945"_s, u"year 1945 past"_s},
        {u"since the end of 2018"_s, u"year 2018 past"_s},
        {u"the 1956 Joint Declaration"_s, u"year 1956 past"_s},
        {u"the Treaty of 1855"_s, u"year 1855 past"_s},
        {u"fifty years ago in 1960"_s, u"year 1960"_s},
        {u"Japan will hold talks with Russia in 2019."_s, u"year 2019 future"_s},
        {u"a treaty by 2020"_s, u"year 2020 deadline"_s},
        {u"a treaty by the year 2000"_s, u"year 2000 deadline"_s},
        {u"until 1991"_s, u"year 1991 either"_s},
        {u"this year's summit in 2008"_s, u"year 2008 present"_s},
        {u"the 2008 APEC summit"_s, u"year 2008 event"_s},
        {u"a 2019 model"_s, u"year 2019 event"_s},
        {u"talks in 2019"_s, u"year 2019"_s},
        {u"с 1945 года"_s, u"year 1945 past"_s},
        {u"Декларации 1956 года"_s, u"year 1956 past"_s},
        {u"к 2030 году"_s, u"year 2030 deadline"_s},
        {u"1956年の日ソ共同宣言"_s, u"year 1956 past"_s},
        {u"2005年以来"_s, u"year 2005 past"_s},
        {u"2020年までに"_s, u"year 2020 deadline"_s},
        {u"since Russian forces invaded on Feb. 24"_s, u"month-day 02-24"_s},
        {u"завершилось 1 июля"_s, u"month-day 07-01"_s},
        {u"両首脳は16日、1月16日に"_s, u"month-day 01-16"_s},
        {u"pledged Saturday"_s, u"weekday 6"_s},
        {u"в субботу"_s, u"weekday 6"_s},
        {u"土曜日に"_s, u"weekday 6"_s},
        {u"between Aug 28 and Sept 5, 1945"_s, u"month-day 08-28; day 1945-09-05"_s},
    }));
    INFO(text.toStdString());
    CHECK(describeAll(text) == expected);
}

TEST_CASE("digit runs that are no dates", "[dates][mentions]")
{
    auto text = GENERATE(u"1,500 troops landed"_s, u"see page 2008"_s, u"p. 2008"_s, u"No. 2008"_s, u"at 20:08"_s,
        u"call 555-2008-1234"_s, u"ISBN 978-4-06-2008"_s, u"ISBN 9784062008123"_s, u"in the 1970s and 1980s"_s,
        u"в 1970-х годах"_s, u"1970年代"_s, u"over 2000 - 2050"_s, u"the FY2026 budget"_s, u"$2008"_s, u"#2008"_s,
        u"2008 people died"_s, u"at 2008 GMT"_s, u"2019-13-45"_s, u"2010-02-30"_s, u"version 2.2019"_s,
        u"+7 495 2008 11"_s, u"Article 9"_s, u"12345"_s, u"3年間"_s);
    INFO(text.toStdString());
    CHECK(describeAll(text).isEmpty());
}

TEST_CASE("the weekday beside a date and the day it is anchored to", "[dates][mentions]")
{
    const QList<DateMention> friday = findDateMentions(u"Friday, August 21, 2015"_s);
    REQUIRE(friday.size() == 2);
    CHECK(friday[0].kind == DateMention::Kind::Weekday);
    CHECK(friday[1].weekday == 5);
    const QList<DateMention> japanese = findDateMentions(u"2019年1月14日（月）"_s);
    REQUIRE(japanese.size() == 1);
    CHECK(japanese[0].weekday == 1);
    const QList<DateMention> yesterday = findDateMentions(u"Yesterday, 11 January 2019, the talks began."_s);
    REQUIRE(yesterday.size() == 1);
    CHECK(yesterday[0].anchor == DateMention::Anchor::Yesterday);
}

TEST_CASE("office holders from the gazetteer", "[dates][offices]")
{
    const QList<OfficeHolder> &holders = gazetteerHolders();
    REQUIRE(holders.size() > 100);
    const auto find = [&](const QString &name) {
        return std::find_if(
            holders.cbegin(), holders.cend(), [&](const OfficeHolder &h) { return h.names.contains(name); });
    };
    const auto aso = find(u"Taro Aso"_s);
    REQUIRE(aso != holders.cend());
    CHECK(aso->names.contains(u"Aso"_s));
    CHECK(aso->names.contains(u"麻生"_s));
    CHECK(aso->names.contains(u"Таро Асо"_s));
    const auto pm = std::find_if(
        aso->offices.cbegin(), aso->offices.cend(), [](const Office &o) { return o.title == u"Prime Minister"_s; });
    REQUIRE(pm != aso->offices.cend());
    CHECK(pm->from == QDate(2008, 9, 24));
    CHECK(pm->to == QDate(2009, 9, 16));
    for (const QString &form : {u"Prime Minister"_s, u"首相"_s, u"премьер-министр"_s, u"премьер-министра"_s})
        CHECK(pm->titleForms.contains(form));
    CHECK_FALSE(pm->titleForms.contains(u"Foreign Minister"_s));
    const auto putin = find(u"Vladimir Putin"_s);
    REQUIRE(putin != holders.cend());
    CHECK_FALSE(putin->offices.last().to.isValid());
    CHECK(putin->offices.last().titleForms.contains(u"President"_s));
    CHECK(putin->offices.last().titleForms.contains(u"大統領"_s));
    CHECK(putin->offices.last().titleForms.contains(u"президент"_s));

    // Every office of the file has title forms, so no holder is silently left out.
    const QJsonObject file = QJsonDocument::fromJson(
        TestUtils::readFile(QStringLiteral(CHRONOSCOPE_SOURCE_DIR) + u"/resources/gazetteer/people.json"_s))
                                 .object();
    for (const QJsonValue &person : file.value(u"entities"_s).toArray()) {
        for (const QJsonValue &office : person.toObject().value(u"offices"_s).toArray()) {
            const QString title = office.toObject().value(u"office"_s).toString();
            INFO(title.toStdString());
            CHECK_FALSE(officeTitleForms(title).isEmpty());
        }
    }
    CHECK(officeHoldersFromGazetteerJson("not json").isEmpty());
    CHECK(officeHoldersFromGazetteerJson(R"({"entities": [{"name": "X", "aliases": {"en": ["X"]}}]})").isEmpty());
}

TEST_CASE("titled office holders bound the date to their terms", "[dates][offices]")
{
    auto [text, from, to] = GENERATE(table<QString, QDate, QDate>({
        {u"Prime Minister Taro Aso met reporters."_s, QDate(2008, 9, 24), QDate(2009, 9, 16)},
        {u"Japan's prime minister Taro Aso met reporters."_s, QDate(2008, 9, 24), QDate(2009, 9, 16)},
        {u"麻生首相は記者団に語った。"_s, QDate(2008, 9, 24), QDate(2009, 9, 16)},
        {u"Премьер-министр Японии Таро Асо заявил журналистам."_s, QDate(2008, 9, 24), QDate(2009, 9, 16)},
        {u"Prime Minister Aso's talks with President Dmitry Medvedev."_s, QDate(2008, 9, 24), QDate(2009, 9, 16)},
        {u"President of Russia Dmitry Medvedev arrived."_s, QDate(2008, 5, 7), QDate(2012, 5, 7)},
        {u"Foreign Minister Taro Kono met Foreign Minister Sergei Lavrov."_s, QDate(2017, 8, 3), QDate(2019, 9, 11)},
        {u"河野外相とラブロフ外相が会談した。"_s, QDate(2017, 8, 3), QDate(2019, 9, 11)},
        {u"Prime Minister Shinzo Abe and President Barack Obama"_s, QDate(2012, 12, 26), QDate(2017, 1, 20)},
        // Hatoyama names two prime ministers: both terms stay possible until something else decides.
        {u"Prime Minister Hatoyama and Premier Nikolai Bulganin"_s, QDate(1955, 2, 8), QDate(1956, 12, 23)},
        // Not the office, not now, or not the person: no bound.
        {u"Former Prime Minister Taro Aso spoke."_s, QDate(), QDate()},
        {u"ex-Prime Minister Aso spoke."_s, QDate(), QDate()},
        {u"麻生元首相が語った。"_s, QDate(), QDate()},
        {u"Deputy Prime Minister Taro Aso spoke."_s, QDate(), QDate()},
        {u"Vice Foreign Minister Takeo Mori protested."_s, QDate(), QDate()},
        {u"then-Prime Minister Taro Aso"_s, QDate(), QDate()},
        {u"In 2008, Prime Minister Taro Aso met Medvedev."_s, QDate(), QDate()},
        {u"Aso met Medvedev."_s, QDate(), QDate()},
        {u"the prime minister said"_s, QDate(), QDate()},
        {u"Forestry Minister Ichiro Kono signed."_s, QDate(), QDate()},
    }));
    INFO(text.toStdString());
    const DateRange range = gazetteerInference().infer(u"Title"_s, text);
    INFO(range.evidence.toStdString());
    CHECK(range.from == from);
    CHECK(range.to == to);
    if (range.isValid()) {
        CHECK(range.source == DateSource::Inferred);
        CHECK(range.evidence.contains(u"in office"_s));
    }
}

TEST_CASE("contradicting terms: the one the others agree with stays, the other is named", "[dates][offices]")
{
    const DateRange range = gazetteerInference().infer(u"Summit"_s,
        u"Prime Minister Junichiro Koizumi met President Vladimir Putin. Prime Minister Taro Aso was absent."_s);
    CHECK(range.from == QDate(2001, 4, 26));
    CHECK(range.to == QDate(2006, 9, 26));
    CHECK(range.evidence.contains(u"ignored as contradicting: 'Prime Minister Taro Aso'"_s));
}

TEST_CASE("years, full dates and relative cues without office holders", "[dates][rules]")
{
    const DateInference inference({}, latest);
    auto [text, from, to, precision] = GENERATE(table<QString, QDate, QDate, DatePrecision>({
        {u"Friday, August 21, 2015\nThe talks ended."_s, QDate(2015, 8, 21), QDate(2015, 8, 21), DatePrecision::Day},
        {u"MOSCOW, Jan. 11, 2019 (Reuters) - Talks."_s, QDate(2019, 1, 11), QDate(2019, 1, 11), DatePrecision::Day},
        {u"The ministers met on 14 January 2019."_s, QDate(2019, 1, 13), QDate(2019, 1, 21), DatePrecision::Range},
        // Further down, a full date is background: it only says the text is not older.
        {u"Talks. More talks. Even more talks. The ministers first met on 14 January 2019."_s, QDate(), QDate(),
            DatePrecision::None},
        {u"The ministers met today, 14 January 2019."_s, QDate(2019, 1, 14), QDate(2019, 1, 14), DatePrecision::Day},
        {u"The ministers met yesterday, 14 January 2019."_s, QDate(2019, 1, 15), QDate(2019, 1, 15),
            DatePrecision::Day},
        {u"Медведев в понедельник, 1 ноября 2010 года побывал на Кунашире."_s, QDate(2010, 11, 1), QDate(2010, 11, 2),
            DatePrecision::Range},
        {u"This year's summit in 2008 opened in Lima."_s, QDate(2008, 1, 1), QDate(2008, 12, 31), DatePrecision::Year},
        {u"Japan will hold talks with Russia in 2019."_s, QDate(2018, 7, 1), QDate(2019, 12, 31), DatePrecision::Range},
        {u"Abe vowed at his New Year press conference to hold talks in 2019."_s, QDate(2019, 1, 1), QDate(2019, 1, 31),
            DatePrecision::Month},
        // An old full date is history once the text names a later year.
        {u"The declaration was signed on 19 October 1956. Talks resumed in 2019 and will go on in 2020."_s,
            QDate(2019, 7, 1), QDate(2020, 12, 31), DatePrecision::Range},
        // Only lower bounds, or only upper ones: undated.
        {u"The 1956 declaration; the islands have been held since 1945."_s, QDate(), QDate(), DatePrecision::None},
        {u"The talks are due to end by 2020."_s, QDate(), QDate(), DatePrecision::None},
        {u"Sarychev Peak erupted in June 2009."_s, QDate(), QDate(), DatePrecision::None},
        {u"Troops, 1,500 of them, arrived at 20:08; see page 2008, call 555-2008-1234."_s, QDate(), QDate(),
            DatePrecision::None},
        {u"No dates here at all."_s, QDate(), QDate(), DatePrecision::None},
        {QString(), QDate(), QDate(), DatePrecision::None},
    }));
    INFO(text.toStdString());
    const DateRange range = inference.infer(u"Title"_s, text);
    INFO(range.evidence.toStdString());
    CHECK(range.from == from);
    CHECK(range.to == to);
    CHECK(range.precision == precision);
    if (range.isValid()) {
        CHECK(range.confidence > 0.0F);
        CHECK(range.confidence <= 1.0F);
        CHECK_FALSE(range.evidence.isEmpty());
    }
}

TEST_CASE("a weekday picks its day only once the range is short", "[dates][rules]")
{
    const DateInference inference({}, latest);
    const DateRange narrow = inference.infer(u"Leaders meet"_s,
        u"The leaders pledged Saturday to end the dispute. Officials met on 20 November 2008 in Lima."_s);
    CHECK(narrow.from == QDate(2008, 11, 22));
    CHECK(narrow.to == QDate(2008, 11, 23));
    CHECK(narrow.evidence.contains(u"Saturday"_s));
    const DateRange wide = gazetteerInference().infer(
        u"Leaders meet"_s, u"Prime Minister Taro Aso pledged Saturday to end the dispute."_s);
    CHECK(wide.from == QDate(2008, 9, 24));
    CHECK(wide.to == QDate(2009, 9, 16));
}

TEST_CASE("a similar dated event narrows a wide range, an unrelated one does not", "[dates][rules]")
{
    const ParsedDocument doc = parseFile(TestUtils::dataPath(u"seeds/004_e127b6791313603b.txt"_s));
    const DateCandidate lima {QDate(2008, 11, 22), QDate(2008, 11, 22), 0.8F, u"Aso and Medvedev meet in Lima"_s};
    const DateRange range = gazetteerInference().infer(doc.title, doc.text.body, {lima});
    CHECK(range.from == QDate(2008, 11, 22));
    CHECK(range.to == QDate(2008, 11, 23)); // and "pledged Saturday" then picks the Saturday
    CHECK(range.evidence.contains(u"like the dated event"_s));
    const DateCandidate outside {QDate(2012, 1, 1), QDate(2012, 1, 1), 0.9F, u"elsewhere"_s};
    const DateCandidate weak {QDate(2008, 12, 1), QDate(2008, 12, 1), 0.2F, u"weak"_s};
    const DateRange unchanged = gazetteerInference().infer(doc.title, doc.text.body, {outside, weak});
    CHECK(unchanged.from == QDate(2008, 9, 24));
    CHECK(unchanged.to == QDate(2009, 9, 16));
}

TEST_CASE("seeds 003 and 004: undated articles get a range holding their true date", "[dates][seeds]")
{
    const DateRange seed3 = inferFile(TestUtils::dataPath(u"seeds/003_66ef44475a6511ef.txt"_s));
    INFO(seed3.evidence.toStdString());
    CHECK(contains(seed3, QDate(2019, 1, 11)));
    CHECK(contains(seed3, QDate(2019, 1, 14)));
    CHECK(widthDays(seed3) <= 31);
    CHECK(seed3.precision == DatePrecision::Month);
    CHECK(seed3.source == DateSource::Inferred);
    CHECK(seed3.evidence.contains(u"Taro Kono"_s));
    CHECK(seed3.evidence.contains(u"New Year press conference"_s));

    const DateRange seed4 = inferFile(TestUtils::dataPath(u"seeds/004_e127b6791313603b.txt"_s));
    INFO(seed4.evidence.toStdString());
    CHECK(contains(seed4, QDate(2008, 11, 22)));
    CHECK(widthDays(seed4) <= 366);
    CHECK(seed4.evidence.contains(u"Prime Minister Taro Aso"_s));
    CHECK(seed4.evidence.contains(u"President Dmitry Medvedev"_s));
}

TEST_CASE("the shared sample articles: every range holds the true date", "[dates][samples]")
{
    const QString samples = TestUtils::sharedPath(u"samples"_s);
    if (samples.isEmpty())
        SKIP("../shared/samples is not present");
    QHash<QString, QDate> truth;
    for (const QByteArray &line : TestUtils::readFile(samples + u"/truth.jsonl"_s).split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(u"kind"_s).toString() == u"article"_s)
            truth.insert(o.value(u"file"_s).toString(), parseIsoDay(o.value(u"date"_s).toString()));
    }
    REQUIRE(truth.size() == 24);
    int dated = 0;
    int datedWithoutDateline = 0;
    qint64 widest = 0;
    for (auto it = truth.cbegin(); it != truth.cend(); ++it) {
        INFO(it.key().toStdString());
        const ParsedDocument doc = parseFile(samples + u'/' + it.key());
        const DateRange range = gazetteerInference().infer(doc.title, doc.text.body);
        INFO(range.evidence.toStdString());
        REQUIRE(range.isValid());
        CHECK(contains(range, it.value()));
        ++dated;
        // Without its dateline, the rest of the text must not mislead: a range, if any, still holds the date.
        const QString rest = doc.text.body.mid(doc.text.body.indexOf(u'\n') + 1);
        const DateRange withoutDateline = gazetteerInference().infer(doc.title, rest);
        INFO("without dateline: " << show(withoutDateline).toStdString() << " "
                                  << withoutDateline.evidence.toStdString());
        if (withoutDateline.isValid()) {
            CHECK(contains(withoutDateline, it.value()));
            ++datedWithoutDateline;
            widest = std::max(widest, widthDays(withoutDateline));
        }
    }
    WARN("shared samples: " << dated << "/24 dated (datelines); without datelines " << datedWithoutDateline
                            << "/24 dated, widest " << widest << " days, all holding the true date");
}

TEST_CASE("the bundled Kuril Islands articles", "[dates][samples]")
{
    // The days the reported events happened (the corpus' own event pages give them).
    const QList<std::pair<QString, QDate>> expected = {
        {u"001_medvedev-sets-foot-on-kunashir.txt"_s, QDate(2010, 11, 1)},
        {u"002_crab-boat-fired-on-near-kaigara.txt"_s, QDate(2006, 8, 16)},
        {u"003_putin-and-abe-talk-islands-at-nagato-hot-spring.txt"_s, QDate(2016, 12, 15)},
        {u"004_abe-putin-agree-to-speed-up-talks-on-1956-basis.txt"_s, QDate(2018, 11, 14)},
        {u"005_russia-halts-peace-treaty-talks-over-sanctions.txt"_s, QDate(2022, 3, 21)},
        {u"006_mishustin-visits-iturup-floats-tax-free-zone.txt"_s, QDate(2021, 7, 26)},
        {u"007_hatoyama-and-bulganin-sign-declaration.txt"_s, QDate(1956, 10, 19)},
        {u"008_former-islanders-grow-old-as-visits-stay-frozen.txt"_s, QDate(2025, 2, 7)},
        {u"009_kono-lavrov-first-round-ja.txt"_s, QDate(2019, 1, 14)},
        {u"010_putin-abe-nagato-summit-ja.txt"_s, QDate(2016, 12, 15)},
        {u"011_medvedev-kunashir-ru.txt"_s, QDate(2010, 11, 1)},
        {u"012_constitution-amendments-territory-ru.txt"_s, QDate(2020, 7, 4)},
        {u"013_bastion-on-paramushir-ru.txt"_s, QDate(2022, 12, 5)},
        {u"014_raikoke-volcano-erupts.txt"_s, QDate(2019, 6, 22)},
        {u"015_gorbachev-arrives-in-tokyo.txt"_s, QDate(1991, 4, 16)},
        {u"016_hashimoto-hosts-yeltsin-at-kawana.txt"_s, QDate(1998, 4, 18)},
    };
    const QString folder = QStringLiteral(CHRONOSCOPE_SOURCE_DIR) + u"/resources/samples/kuril-islands/articles/"_s;
    int dated = 0;
    int withinYear = 0;
    for (const auto &[file, day] : expected) {
        const DateRange range = inferFile(folder + file);
        INFO(file.toStdString() << ": " << show(range).toStdString() << " " << range.evidence.toStdString());
        if (range.isValid()) {
            CHECK(contains(range, day));
            ++dated;
            withinYear += widthDays(range) <= 366 ? 1 : 0;
        }
    }
    CHECK(dated >= 15);
    CHECK(withinYear >= 10);
    WARN("bundled articles: " << dated << "/16 dated, " << withinYear << " within a year, all holding the true date");
}

TEST_CASE("one instance serves many threads with the same results", "[dates][threads]")
{
    QList<std::pair<QString, QString>> texts;
    QDirIterator it(QStringLiteral(CHRONOSCOPE_SOURCE_DIR) + u"/resources/samples/kuril-islands/articles"_s,
        {u"*.txt"_s}, QDir::Files);
    while (it.hasNext()) {
        const ParsedDocument doc = parseFile(it.next());
        texts.append({doc.title, doc.text.body});
    }
    QList<std::pair<QString, QString>> many;
    for (int i = 0; i < 20; ++i)
        many += texts;
    const DateInference &inference = gazetteerInference();
    const QList<DateRange> parallel = QtConcurrent::blockingMapped(
        many, [&](const std::pair<QString, QString> &t) { return inference.infer(t.first, t.second); });
    REQUIRE(parallel.size() == many.size());
    for (qsizetype i = 0; i < many.size(); ++i)
        CHECK(parallel[i] == inference.infer(many[i].first, many[i].second));
}

TEST_CASE("how long inference takes on the bundled articles (run by hand)", "[.timing]")
{
    QList<std::pair<QString, QString>> texts;
    QDirIterator it(QStringLiteral(CHRONOSCOPE_SOURCE_DIR) + u"/resources/samples/kuril-islands/articles"_s,
        {u"*.txt"_s}, QDir::Files);
    qsizetype chars = 0;
    while (it.hasNext()) {
        const ParsedDocument doc = parseFile(it.next());
        texts.append({doc.title, doc.text.body});
        chars += doc.text.body.size();
    }
    const DateInference &inference = gazetteerInference();
    QElapsedTimer timer;
    timer.start();
    int valid = 0;
    for (int i = 0; i < 200; ++i) {
        for (const auto &t : std::as_const(texts))
            valid += inference.infer(t.first, t.second).isValid() ? 1 : 0;
    }
    WARN(200 * texts.size() << " texts of " << chars / texts.size() << " chars on average in " << timer.elapsed()
                            << " ms");
}
