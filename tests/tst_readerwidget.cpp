// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "readerwidget.h"
#include "parsers/documentparser.h"
#include "parsers/textdecoder.h"
#include "testutils.h"

#include <catch2/catch_test_macros.hpp>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace Chronoscope;
using namespace Qt::StringLiterals;

namespace {

/** Records the URLs the app asks the desktop to open. */
class UrlRecorder : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

ParsedDocument parseSeed(const QString &prefix)
{
    const QDir dir(TestUtils::dataPath(u"seeds"_s));
    const QStringList names = dir.entryList({prefix + u"*"_s});
    REQUIRE(names.size() == 1);
    const DecodedText decoded = TextDecoder::decode(TestUtils::readFile(dir.filePath(names.first())));
    return DocumentParser::parse(names.first(), decoded.text);
}

ReaderContent contentOf(const ParsedDocument &doc, const QString &id)
{
    ReaderContent content;
    content.event.id = id;
    content.event.kind = doc.kind;
    content.event.title = doc.title;
    content.event.date = doc.date;
    content.event.sources = doc.sources;
    content.text = doc.text;
    return content;
}

/** Clicks the first link whose text contains @p text. */
void clickLinkText(QTextBrowser *browser, const QString &text)
{
    const QTextCursor found = browser->document()->find(text);
    REQUIRE_FALSE(found.isNull());
    QTextCursor middle(browser->document());
    middle.setPosition((found.selectionStart() + found.selectionEnd()) / 2);
    browser->ensureCursorVisible();
    const QRect rect = browser->cursorRect(middle);
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, rect.center());
}

QString shownText(const ReaderWidget &reader)
{
    return reader.browser()->toPlainText();
}

} // namespace

TEST_CASE("the reader shows an article's body, keeps comments and removed text collapsed until asked", "[gui]")
{
    const ParsedDocument doc = parseSeed(u"004"_s);
    REQUIRE(doc.text.comments.size() >= 2);
    ReaderWidget reader;
    reader.resize(700, 900);
    reader.show();
    REQUIRE(QTest::qWaitForWindowExposed(&reader));
    reader.setContent(contentOf(doc, u"articles/004"_s));

    const QString shown = shownText(reader);
    CHECK(shown.contains(doc.title));
    // The first words of the body are there, the comments are not.
    CHECK(shown.contains(doc.text.body.simplified().left(40)));
    const QString firstComment = doc.text.comments.first().text.simplified().left(30);
    CHECK_FALSE(shown.contains(firstComment));
    const QString toggle = ReaderWidget::tr("Reader comments (%n)", nullptr, int(doc.text.comments.size()));
    CHECK(shown.contains(toggle));

    clickLinkText(reader.browser(), toggle);
    CHECK(shownText(reader).contains(firstComment));
    const bool anyVotes = std::any_of(doc.text.comments.cbegin(), doc.text.comments.cend(), [](const Comment &c) {
        return c.votesUp != 0 || c.votesDown != 0;
    });
    CHECK(shownText(reader).contains(u"Votes:"_s) == anyVotes);
    clickLinkText(reader.browser(), toggle);
    CHECK_FALSE(shownText(reader).contains(firstComment));
}

TEST_CASE("the reader offers the text cut as site furniture", "[gui]")
{
    const ParsedDocument doc = parseSeed(u"003"_s);
    REQUIRE_FALSE(doc.text.noise.isEmpty());
    ReaderWidget reader;
    reader.resize(700, 900);
    reader.show();
    REQUIRE(QTest::qWaitForWindowExposed(&reader));
    reader.setContent(contentOf(doc, u"articles/003"_s));
    const QString noiseStart = doc.text.noise.trimmed().section(u'\n', 0, 0).trimmed();
    CHECK_FALSE(shownText(reader).contains(noiseStart));
    clickLinkText(reader.browser(), ReaderWidget::tr("Removed from the article"));
    CHECK(shownText(reader).contains(noiseStart));
}

TEST_CASE("the reader never loads resources and opens only web links", "[gui]")
{
    UrlRecorder recorder;
    for (const QString &scheme : {u"http"_s, u"https"_s, u"file"_s, u"javascript"_s, u"data"_s})
        QDesktopServices::setUrlHandler(scheme, &recorder, "open");

    ReaderContent content;
    content.event.id = u"news/2020/01/01/hostile"_s;
    content.event.kind = EventKind::Page;
    content.event.title = u"<b>Bold</b> & <img src=\"file:///dev/zero\">"_s;
    content.event.sources = {
        {u"Evil script"_s, u"javascript:alert(1)"_s},
        {u"Local file"_s, u"file:///etc/passwd"_s},
        {u"Real source"_s, u"https://example.org/news"_s},
    };
    content.text = EventText{u"<img src=\"file:///dev/zero\"> <script>alert(1)</script> plain words"_s, {}, {}};
    ReaderWidget reader;
    reader.resize(700, 900);
    reader.show();
    REQUIRE(QTest::qWaitForWindowExposed(&reader));
    reader.setContent(content);

    // Markup in a document is text, never run or fetched.
    CHECK(shownText(reader).contains(u"<b>Bold</b> & <img src=\"file:///dev/zero\">"_s));
    CHECK(shownText(reader).contains(u"<script>alert(1)</script>"_s));
    CHECK(reader.browser()->loadResource(QTextDocument::ImageResource, QUrl(u"file:///dev/zero"_s)).isNull());
    CHECK(reader.browser()->loadResource(QTextDocument::ImageResource, QUrl(u"https://example.org/a.png"_s)).isNull());

    clickLinkText(reader.browser(), u"Evil script"_s);
    clickLinkText(reader.browser(), u"Local file"_s);
    CHECK(recorder.opened.isEmpty());
    clickLinkText(reader.browser(), u"Real source"_s);
    REQUIRE(recorder.opened.size() == 1);
    CHECK(recorder.opened.first() == QUrl(u"https://example.org/news"_s));

    for (const QString &scheme : {u"http"_s, u"https"_s, u"file"_s, u"javascript"_s, u"data"_s})
        QDesktopServices::unsetUrlHandler(scheme);
}

TEST_CASE("related events, backlinks and entity mentions are links that say what they ask for", "[gui]")
{
    ReaderContent content;
    content.event.id = u"news/2010/11/01/visit"_s;
    content.event.kind = EventKind::Page;
    content.event.title = u"President visits Kunashir"_s;
    content.event.date = DateRange::day(QDate(2010, 11, 1), DateSource::Metadata);
    content.event.entities = {0, 1};
    content.entityNames = {u"Kunashir"_s, u"Russia"_s};
    const QString body = u"The president of Russia flew to Kunashir today."_s;
    content.text = EventText{body, {}, {}};
    content.bodyMentions = {{body.indexOf(u"Russia"_s), 6, 1}, {body.indexOf(u"Kunashir"_s), 8, 0}};
    content.related = {{u"news/2010/11/02/protest"_s, u"Tokyo protests"_s, DateRange::day(QDate(2010, 11, 2), DateSource::Link), false, {}}};
    content.backlinks = {{u"news/2010/11/12/apec"_s, u"Summit in Yokohama"_s, DateRange::day(QDate(2010, 11, 12), DateSource::Metadata), true, {}}};

    ReaderWidget reader;
    reader.resize(700, 900);
    reader.show();
    REQUIRE(QTest::qWaitForWindowExposed(&reader));
    reader.setContent(content);
    const QString shown = shownText(reader);
    CHECK(shown.contains(ReaderWidget::tr("Related events")));
    CHECK(shown.contains(ReaderWidget::tr("Mentioned by")));
    CHECK(shown.contains(ReaderWidget::tr("not in this corpus")));

    QSignalSpy events(&reader, &ReaderWidget::eventActivated);
    clickLinkText(reader.browser(), u"Tokyo protests"_s);
    clickLinkText(reader.browser(), u"Summit in Yokohama"_s);
    REQUIRE(events.size() == 2);
    CHECK(events[0][0].toString() == u"news/2010/11/02/protest"_s);
    CHECK(events[1][0].toString() == u"news/2010/11/12/apec"_s);

    QSignalSpy entities(&reader, &ReaderWidget::entityActivated);
    clickLinkText(reader.browser(), u"to Kunashir"_s); // the title names it too, as plain text
    REQUIRE(entities.size() == 1);
    CHECK(entities[0][0].toInt() == 0);
    CHECK(entities[0][1].value<ReaderWidget::FilterAction>() == ReaderWidget::FilterAction::Add);
}

TEST_CASE("a stub says it is not in the corpus and shows what links say of it", "[gui]")
{
    ReaderContent content;
    content.event.id = u"news/2006/08/16/kaigara"_s;
    content.event.kind = EventKind::Stub;
    content.event.title = u"Fishing boat fired on near Kaigara"_s;
    content.event.date = DateRange::day(QDate(2006, 8, 16), DateSource::Link);
    content.event.tags = {u"Japan"_s, u"Russia"_s};
    ReaderWidget reader;
    reader.setContent(content);
    const QString shown = shownText(reader);
    CHECK(shown.contains(u"not in this corpus"_s));
    CHECK(shown.contains(u"Japan, Russia"_s));
    CHECK_FALSE(reader.showOriginalAction()->isEnabled());
}

TEST_CASE("find, text size, citation, show original and history buttons", "[gui]")
{
    const ParsedDocument doc = parseSeed(u"000"_s);
    ReaderWidget reader;
    reader.resize(700, 900);
    reader.show();
    REQUIRE(QTest::qWaitForWindowExposed(&reader));
    reader.activateWindow();
    ReaderContent content = contentOf(doc, u"news/2010/11/12/page"_s);
    content.event.path = u"news/2010/11/12/page.md"_s;
    reader.setContent(content);

    // Ctrl+F opens the find bar; typing selects the first match.
    QTest::keyClick(&reader, Qt::Key_F, Qt::ControlModifier);
    auto *edit = reader.findChild<QLineEdit *>();
    REQUIRE(edit);
    CHECK(edit->isVisible());
    const QString word = doc.title.section(u' ', 0, 0);
    QTest::keyClicks(edit, word);
    CHECK(reader.browser()->textCursor().selectedText().compare(word, Qt::CaseInsensitive) == 0);
    QTest::keyClick(edit, Qt::Key_Escape);
    CHECK_FALSE(edit->isVisible());

    const int steps = reader.zoomSteps();
    reader.zoomInAction()->trigger();
    CHECK(reader.zoomSteps() == steps + 1);
    reader.zoomOutAction()->trigger();
    reader.zoomOutAction()->trigger();
    CHECK(reader.zoomSteps() == steps - 1);

    const QString citation = reader.citation();
    CHECK(citation.contains(doc.title));
    CHECK(citation.contains(u"2010"_s));
    CHECK(citation.contains(doc.sources.first().url));
    CHECK(citation.contains(u"news/2010/11/12/page.md"_s));
    reader.copyCitationAction()->trigger();
    CHECK(QApplication::clipboard()->text() == citation);

    // The original is shown as plain text, exactly.
    reader.setText(content.event.id, *content.text, u"# Raw **markdown** <i>as is</i>"_s);
    reader.showOriginalAction()->setChecked(true);
    CHECK(shownText(reader) == u"# Raw **markdown** <i>as is</i>"_s);
    reader.showOriginalAction()->setChecked(false);
    CHECK(shownText(reader).contains(doc.title));

    // A late text for another event changes nothing.
    reader.setText(u"some/other/event"_s, EventText{u"Wrong body"_s, {}, {}}, {});
    CHECK_FALSE(shownText(reader).contains(u"Wrong body"_s));

    QSignalSpy back(&reader, &ReaderWidget::backRequested);
    CHECK_FALSE(reader.backAction()->isEnabled());
    reader.setHistoryAvailable(true, false);
    QTest::mouseClick(reader.browser()->viewport(), Qt::BackButton);
    CHECK(back.size() == 1);
}

#include "tst_readerwidget.moc"
