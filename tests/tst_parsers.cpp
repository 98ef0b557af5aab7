// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "parsers/articleparser.h"
#include "parsers/documentparser.h"
#include "parsers/eventpageparser.h"
#include "parsers/textdecoder.h"
#include "testutils.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <QDirIterator>

using namespace Chronoscope;
using namespace Qt::StringLiterals;

namespace {

ParsedDocument parseSeed(const QString &name)
{
    const QString path = TestUtils::dataPath(u"seeds/"_s + name);
    return DocumentParser::parse(name, TextDecoder::decode(TestUtils::readFile(path)).text);
}

} // namespace

TEST_CASE("seed 000: an event page with its date, sources and ten related links", "[parsers][seeds]")
{
    const ParsedDocument doc = parseSeed(u"000_1c63459801a68d8e.txt"_s);
    CHECK(doc.kind == EventKind::Page);
    CHECK(doc.date.from == QDate(2010, 11, 12));
    CHECK(doc.date.to == QDate(2010, 11, 12));
    CHECK(doc.date.precision == DatePrecision::Day);
    CHECK(doc.date.source == DateSource::Metadata);
    CHECK(doc.title == u"The leaders of Russia and Japan are to meet to discuss the disputed Kuril Islands."_s);
    CHECK(doc.text.body == u"Medvedev and Kan to hold talks in Japanese city amid tensions over territorial dispute."_s);
    REQUIRE(doc.sources.size() == 1);
    CHECK(doc.sources[0].name == u"Al Jazeera"_s);
    CHECK(doc.sources[0].url == u"http://english.aljazeera.net/news/asia-pacific/2010/11/2010111273530981722.html"_s);
    REQUIRE(doc.related.size() == 10);
    CHECK(doc.related[0].target.startsWith(u"/news/2016/03/25/russia-announces-it-will-deploy"_s));
    CHECK(doc.related[0].context == QStringList{u"Japan"_s, u"Kuril Islands"_s, u"Russia"_s});
    CHECK(doc.related[3].text.startsWith(u"The President of Russia Dmitry Medvedev visits Kunashiri"_s));
    CHECK(doc.related[5].context == QStringList{u"Japan"_s, u"Russia"_s});
    CHECK(doc.related[6].context == QStringList{u"Japan"_s, u"Kuril Islands"_s});
    for (const ParsedLink &link : doc.related) {
        CHECK(link.target.startsWith(u"/news/"_s));
        CHECK(link.target.endsWith(u".md"_s));
        CHECK_FALSE(link.text.isEmpty());
    }
}

TEST_CASE("seed 003: the body ends before the other section's headlines, which are kept as noise", "[parsers][seeds]")
{
    const ParsedDocument doc = parseSeed(u"003_66ef44475a6511ef.txt"_s);
    CHECK(doc.kind == EventKind::Article);
    CHECK(doc.title == u"Japan FM to visit Moscow amid tensions over island dispute"_s);
    CHECK(doc.text.body.startsWith(u"Japan's foreign minister Taro Kono will visit Moscow next week"_s));
    CHECK(doc.text.body.endsWith(u"taking a 1956 joint declaration as their starting point."_s));
    CHECK_FALSE(doc.text.body.contains(u"More from"_s));
    CHECK_FALSE(doc.text.body.contains(u"Pentagon"_s));
    CHECK(doc.text.noise.startsWith(u"More from Defence Notes"_s));
    CHECK(doc.text.noise.contains(u"Golden Dome"_s));
    CHECK(doc.text.noise.contains(u"UK Strategic Defence Review puts emphasis on autonomy"_s));
    CHECK(doc.text.comments.isEmpty());
    CHECK_FALSE(doc.date.isValid());
}

TEST_CASE("seed 004: thirty reader comments with their votes, split from the body", "[parsers][seeds]")
{
    const ParsedDocument doc = parseSeed(u"004_e127b6791313603b.txt"_s);
    CHECK(doc.kind == EventKind::Article);
    CHECK(doc.title == u"Japan, Russia vow concrete steps to end island dispute"_s);
    CHECK(doc.text.body.startsWith(u"The leaders of Japan and Russia pledged Saturday"_s));
    CHECK(doc.text.body.endsWith(u"kidnappings of Japanese civilians in the 1970s and 1980s to train its spies."_s));
    CHECK_FALSE(doc.text.body.contains(u"( +0 / -0 )"_s));
    REQUIRE(doc.text.comments.size() == 30);
    CHECK(doc.text.comments.first().text.startsWith(u"Prime Minister Aso and Foreign Minister Medvedev"_s));
    CHECK(doc.text.comments.last().text.startsWith(u"Big bad Russian bear"_s));
    // A multi-paragraph comment stays one comment.
    bool found = false;
    for (const Comment &comment : doc.text.comments) {
        if (comment.text.startsWith(u"The only thing \"concrete\""_s)) {
            found = true;
            CHECK(comment.text.endsWith(u"Good luck, Japan!"_s));
        }
        CHECK(comment.votesUp == 0);
        CHECK(comment.votesDown == 0);
        CHECK_FALSE(comment.text.contains(u"( +0 / -0 )"_s));
    }
    CHECK(found);
    CHECK(doc.text.noise.isEmpty());
}

TEST_CASE("vote lines", "[parsers]")
{
    auto [line, ok, score, up, down] = GENERATE(table<QString, bool, int, int, int>({
        {u"0 ( +0 / -0 )"_s, true, 0, 0, 0},
        {u"3 ( +5 / -2 )"_s, true, 3, 5, 2},
        {u"-4 ( +1 / -5 )"_s, true, -4, 1, 5},
        {u"  12 (+12/-0)  "_s, true, 12, 12, 0},
        {u"0 ( +0 / -0 ) thanks"_s, false, 0, 0, 0},
        {u"Japan ( +0 / -0 )"_s, false, 0, 0, 0},
        {u"(1 + 2) / 3"_s, false, 0, 0, 0},
        {u"1945"_s, false, 0, 0, 0},
    }));
    INFO(line.toStdString());
    Comment votes;
    REQUIRE(ArticleParser::parseVoteLine(line, &votes) == ok);
    if (ok) {
        CHECK(votes.score == score);
        CHECK(votes.votesUp == up);
        CHECK(votes.votesDown == down);
    }
}

TEST_CASE("noise headers and comment headers", "[parsers]")
{
    for (const QString &line : {u"More from Defence Notes"_s, u"More in World"_s, u"Related stories"_s, u"Related:"_s,
                               u"Most read"_s, u"You may also like"_s, u"Read more"_s, u"Recommended"_s})
        CHECK(ArticleParser::isNoiseHeader(line));
    for (const QString &line : {u"More from the talks is expected on Monday."_s, QString(u"Related"_s + QString(100, u'x')),
                               u"The most read paper in Japan reported it."_s, u""_s})
        CHECK_FALSE(ArticleParser::isNoiseHeader(line));
    for (const QString &line : {u"Comments"_s, u"12 Comments"_s, u"Reader comments"_s, u"Login to comment"_s})
        CHECK(ArticleParser::isCommentsHeader(line));
    CHECK_FALSE(ArticleParser::isCommentsHeader(u"Comments by the minister were criticised."_s));
}

TEST_CASE("event pages tolerate what real files do", "[parsers]")
{
    const QString text = u"\r\n\r\n### [2010-11-2](/news/2010/11/2/index.md)\r\n"
                         "# Headline\r\n\r\nFirst paragraph\r\nwraps here.\r\n\r\nSecond paragraph.\r\n"
                         "### Sources\r\n- [A](https://a.example/x_(y))\r\n* https://b.example/\r\n"
                         "### Related:\r\n\r\n\r\n- [No context](/news/2009/1/5/x.md)\r\n"
                         "2) [Two](/news/2009/01/06/y.md) *Context: A, B*\r\n"
                         "3. [Wrapped\r\n   over two lines](/news/2009/01/07/z.md)\r\n"
                         "4. [Undated](/elsewhere/page.md) _Context: C_\r\n"
                         "5. not a link at all\r\n"_s;
    const ParsedDocument doc = EventPageParser::parse(text);
    CHECK(doc.date.from == QDate(2010, 11, 2));
    CHECK(doc.title == u"Headline"_s);
    CHECK(doc.text.body == u"First paragraph wraps here.\n\nSecond paragraph."_s);
    REQUIRE(doc.sources.size() == 2);
    CHECK(doc.sources[0].url == u"https://a.example/x_(y)"_s);
    CHECK(doc.sources[1].url == u"https://b.example/"_s);
    REQUIRE(doc.related.size() == 4);
    CHECK(doc.related[0].context.isEmpty());
    CHECK(doc.related[1].context == QStringList{u"A"_s, u"B"_s});
    CHECK(doc.related[2].text == u"Wrapped over two lines"_s);
    CHECK(doc.related[3].target == u"/elsewhere/page.md"_s);

    // Asked only to count them, a parse counts the same sources and keeps none.
    int links = 0;
    const ParsedDocument counted = EventPageParser::parse(
        text,
        [&links](const RelatedLinkView &) {
            ++links;
        },
        false);
    CHECK(counted.sources.isEmpty());
    CHECK(counted.sourceCount == 2);
    CHECK(doc.sourceCount == 2);
    CHECK(links == 4);
    CHECK(counted.title == doc.title);
}

TEST_CASE("parentheses in link targets, wherever they fall", "[parsers]")
{
    // Targets of every length around the eight characters looked at together.
    for (int length = 0; length < 40; ++length) {
        const QString padding(length, u'p');
        const QStringList targets = {u"/news/"_s + padding + u".md"_s, u"/wiki/a_("_s + padding + u")"_s,
                                     u"/x/("_s + padding + u")/(b(c))/"_s + padding};
        for (const QString &target : targets) {
            INFO(target.toStdString());
            ParsedLink link;
            REQUIRE(EventPageParser::parseRelatedItem(u"[Text (with) parentheses](%1) _Context: A_"_s.arg(target), &link));
            CHECK(link.text == u"Text (with) parentheses"_s);
            CHECK(link.target == target);
            CHECK(link.context == QStringList{u"A"_s});
        }
        ParsedLink unbalanced;
        CHECK_FALSE(EventPageParser::parseRelatedItem(QString(u"[Unbalanced](/a/" + padding + u"))"), &unbalanced));
    }
}

TEST_CASE("a page without sections, and text that is not an event page", "[parsers]")
{
    const ParsedDocument bare = EventPageParser::parse(u"### [1855-02-07](/news/1855/02/07/index.md)\n# Treaty\n"_s);
    CHECK(bare.date.from == QDate(1855, 2, 7));
    CHECK(bare.related.isEmpty());
    CHECK(bare.sources.isEmpty());

    CHECK_FALSE(EventPageParser::isEventPage(u"# A heading\n### [2010-11-12](x)"_s));
    CHECK_FALSE(EventPageParser::isEventPage(u"### [2010-02-30](x)\n# Impossible date"_s));
    CHECK_FALSE(EventPageParser::isEventPage(u"2010-11-12 was a Friday"_s));
}

TEST_CASE("a Markdown document that is no event page is an article titled by its first heading", "[parsers]")
{
    const ParsedDocument doc =
        DocumentParser::parse(u"notes.md"_s, u"Some front matter\n\n## The Heading ##\n\nBody text.\n"_s);
    CHECK(doc.kind == EventKind::Article);
    CHECK(doc.title == u"The Heading"_s);
    CHECK(doc.text.body.contains(u"Some front matter"_s));
    CHECK(doc.text.body.contains(u"Body text."_s));
}

TEST_CASE("the shared samples parse: pages dated, articles titled", "[parsers][samples]")
{
    const QString samples = TestUtils::sharedPath(u"samples"_s);
    if (samples.isEmpty())
        SKIP("../shared/samples is not present");
    int pages = 0;
    int articles = 0;
    QDirIterator it(samples, {u"*.md"_s, u"*.txt"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(u"README.md"_s))
            continue;
        INFO(path.toStdString());
        const ParsedDocument doc = DocumentParser::parse(path, TextDecoder::decode(TestUtils::readFile(path)).text);
        CHECK_FALSE(doc.title.isEmpty());
        if (path.contains(u"/news/"_s)) {
            ++pages;
            CHECK(doc.kind == EventKind::Page);
            CHECK(doc.date.isValid());
            CHECK_FALSE(doc.sources.isEmpty());
        } else {
            ++articles;
            CHECK(doc.kind == EventKind::Article);
            CHECK_FALSE(doc.text.body.isEmpty());
        }
    }
    CHECK(pages == 24);
    CHECK(articles == 24);
}

TEST_CASE("documents are told from data, code and corpus files by name, in any case", "[parsers]")
{
    for (const QString &path : {u"news/2010/11/12/summit.md"_s, u"a/b/Notes.TXT"_s, u"article"_s, u"x.md.gz"_s,
                                u"x.TXT.ZST"_s, u".hidden-but-named"_s, u"report.json.d/page.md"_s, u"a.jsonx"_s})
        CHECK(isDocumentName(path));
    for (const QString &path : {u"truth.jsonl"_s, u"data/TABLE.CSV"_s, u"page.Html"_s, u"dump.json.gz"_s,
                                u"x.XML.ZST"_s, u"script.py"_s, u"a/b/c.Docx"_s})
        CHECK_FALSE(isDocumentName(path));
    for (const QString &path : {u"README"_s, u"readme.md"_s, u"a/License.txt"_s, u"COPYING"_s, u"Authors.rst"_s})
        CHECK(isCorpusMetadataName(path));
    for (const QString &path : {u"readmes.md"_s, u"licensed.txt"_s, u"news/authored.md"_s})
        CHECK_FALSE(isCorpusMetadataName(path));
}
