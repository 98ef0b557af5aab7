// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "corpus/corpusgenerator.h"
#include "icons.h"
#include "mainwindow.h"
#include "entitysidebar.h"
#include "models/entitymodel.h"
#include "models/filteredeventmodel.h"
#include "models/viewstate.h"
#include "readerwidget.h"
#include "timelinewidget.h"
#include "testutils.h"

#include <catch2/catch_test_macros.hpp>

#include <QAction>
#include <QActionGroup>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>
#include <QDockWidget>

using namespace Chronoscope;
using namespace Qt::StringLiterals;

namespace {

QMenu *menuNamed(QMainWindow &window, const QString &title)
{
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu() && action->text().remove(u'&') == title)
            return action->menu();
    }
    return nullptr;
}

// Every action of @p menu and of its submenus, separators left out.
void collectActions(QMenu *menu, QList<QAction *> &actions)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        actions.append(action);
        if (action->menu())
            collectActions(action->menu(), actions);
    }
}

// True when @p icon, drawn at @p size, leaves some pixels that are not transparent.
bool drawsSomething(const QIcon &icon, int size)
{
    const QImage image = icon.pixmap(size, size).toImage().convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 0)
                return true;
        }
    }
    return false;
}

// The ink of @p icon drawn at 16 pixels: the colour of its most opaque pixel.
QColor inkOf(const QIcon &icon)
{
    const QImage image = icon.pixmap(16, 16).toImage().convertToFormat(QImage::Format_ARGB32);
    QRgb best = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > qAlpha(best))
                best = image.pixel(x, y);
        }
    }
    return QColor::fromRgb(qRed(best), qGreen(best), qBlue(best));
}

/** No icon theme at all, as on a bare system, until the guard goes. */
auto withoutIconTheme()
{
    const QStringList paths = QIcon::themeSearchPaths();
    const QString theme = QIcon::themeName();
    const QString fallback = QIcon::fallbackThemeName();
    QIcon::setThemeSearchPaths({});
    QIcon::setFallbackThemeName({});
    QIcon::setThemeName(u"no-such-theme"_s);
    return qScopeGuard([paths, theme, fallback] {
        QIcon::setThemeSearchPaths(paths);
        QIcon::setThemeName(theme);
        QIcon::setFallbackThemeName(fallback);
    });
}

} // namespace

TEST_CASE("without an icon theme every menu, toolbar and welcome action still has its icon", "[gui]")
{
    const auto restore = withoutIconTheme();
    REQUIRE_FALSE(QIcon::hasThemeIcon(u"folder-open"_s));

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    QList<QAction *> actions;
    for (QAction *menuAction : window.menuBar()->actions()) {
        if (menuAction->menu())
            collectActions(menuAction->menu(), actions);
    }
    for (QToolBar *toolBar : window.findChildren<QToolBar *>()) {
        for (QAction *action : toolBar->actions()) {
            // Buttons only: a spacer is a widget of its own.
            if (!action->isSeparator() && qobject_cast<QToolButton *>(toolBar->widgetForAction(action)))
                actions.append(action);
        }
    }
    REQUIRE(actions.size() > 30);
    for (QAction *action : std::as_const(actions)) {
        INFO(action->text().remove(u'&').toStdString());
        // A choice among others (View → Lanes) shows its radio mark, as menus do, not an icon.
        if (action->isCheckable() && action->actionGroup() && action->actionGroup()->isExclusive())
            continue;
        CHECK_FALSE(action->icon().isNull());
        CHECK(drawsSomething(action->icon(), 16));
    }

    // The welcome screen's buttons, shown while no corpus is open.
    const auto buttons = window.findChildren<QPushButton *>();
    REQUIRE_FALSE(buttons.isEmpty());
    for (QPushButton *button : buttons) {
        INFO(button->text().toStdString());
        CHECK(drawsSomething(button->icon(), 16));
    }
}

TEST_CASE("the bundled icons are drawn in the palette's text colour", "[gui]")
{
    const auto restore = withoutIconTheme();
    const QPalette original = QApplication::palette();
    const auto restorePalette = qScopeGuard([original] {
        QApplication::setPalette(original);
    });
    const QIcon icon = themeIcon(u"zoom-in"_s);
    REQUIRE_FALSE(icon.isNull());
    for (const QColor &text : {QColor(0x23, 0x26, 0x29), QColor(0xfc, 0xfc, 0xfc)}) {
        QPalette palette = original;
        palette.setColor(QPalette::WindowText, text);
        QApplication::setPalette(palette);
        const QColor ink = inkOf(icon);
        INFO(ink.name().toStdString());
        CHECK(std::abs(ink.lightness() - text.lightness()) < 8);
    }
    // A status icon keeps its own colours, and a name we have not drawn gives no icon.
    CHECK(inkOf(themeIcon(u"dialog-error"_s)).red() > 180);
    CHECK(themeIcon(u"no-such-icon"_s).isNull());
}

TEST_CASE("the main window opens offscreen with the Open actions in its File menu", "[gui]")
{
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    QMenu *file = menuNamed(window, MainWindow::tr("File"));
    REQUIRE(file);
    const QList<QAction *> actions = file->actions();
    CHECK(actions.contains(window.openFolderAction()));
    CHECK(actions.contains(window.openArchiveAction()));
    CHECK(window.openFolderAction()->shortcut() == QKeySequence(QKeySequence::Open));
    CHECK(menuNamed(window, MainWindow::tr("Help")));
}

TEST_CASE("opening the seeds fills the window and reports in the status bar", "[gui]")
{
    MainWindow window;
    window.show();
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    window.openPath(TestUtils::dataPath(u"seeds"_s));
    REQUIRE(finished.wait(20000));
    REQUIRE(window.lastResult());
    CHECK(window.lastResult()->ok);
    // 3 documents: 1 page + its 10 linked stubs + 2 articles
    CHECK(window.lastResult()->graph.size() == 13);
    // All 13 are dated: the page by its heading, the stubs by their link paths, the articles by inference.
    REQUIRE(window.timeline()->source());
    CHECK(window.timeline()->source()->startTimes().size() == 13);
    CHECK(window.timeline()->source()->undatedCount() == 0);
    const QString status = window.statusBar()->findChild<QLabel *>()->text();
    CHECK(status.contains(u"13"_s));
    // The seeds load without problems: the problems button says so and cannot open an empty list.
    const auto buttons = window.statusBar()->findChildren<QToolButton *>();
    const auto problems = std::find_if(buttons.begin(), buttons.end(), [](QToolButton *b) {
        return b->isVisible() && b->text().contains(u"0"_s);
    });
    REQUIRE(problems != buttons.end());
    CHECK_FALSE((*problems)->isEnabled());
}

namespace {

/** Clicks the first place in the reader where @p text is a link. */
void clickReaderText(ReaderWidget *reader, const QString &text)
{
    QTextBrowser *browser = reader->browser();
    QTextCursor found = browser->document()->find(text);
    while (!found.isNull() && !found.charFormat().isAnchor())
        found = browser->document()->find(text, found);
    REQUIRE_FALSE(found.isNull());
    QTextCursor middle(browser->document());
    middle.setPosition((found.selectionStart() + found.selectionEnd()) / 2);
    browser->setTextCursor(middle);
    browser->ensureCursorVisible();
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, browser->cursorRect(middle).center());
}

QString pageId(const MainWindow &window)
{
    for (const Event &event : window.lastResult()->graph.events()) {
        if (event.kind == EventKind::Page)
            return event.id;
    }
    return {};
}

} // namespace

TEST_CASE("reading the seed page, following a link, filtering by a name in it and going back", "[gui][flow]")
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    window.openPath(TestUtils::dataPath(u"seeds"_s));
    REQUIRE(finished.wait(20000));

    // Select the page on the timeline: the reader shows it, its text read again from the corpus.
    const QString page = pageId(window);
    REQUIRE_FALSE(page.isEmpty());
    window.timeline()->revealEvent(page);
    ReaderWidget *reader = window.reader();
    REQUIRE(QTest::qWaitFor([reader] { return reader->content().text.has_value(); }, 10000));
    const QString shown = reader->browser()->toPlainText();
    CHECK(shown.contains(reader->content().event.title));
    CHECK(shown.contains(u"2010"_s));
    CHECK_FALSE(reader->content().event.sources.isEmpty());
    CHECK(shown.contains(reader->content().event.sources.first().name));
    CHECK(reader->content().related.size() == 10);

    // Follow the Related link to Medvedev's visit to Kunashiri (a stub: not in the corpus).
    clickReaderText(reader, u"visits Kunashiri"_s);
    CHECK(window.viewState()->selectedEventId() != page);
    CHECK(reader->content().event.kind == EventKind::Stub);

    // Its names are links: Kunashir narrows the timeline to the events that name it.
    clickReaderText(reader, u"Kunashir"_s);
    const int kunashir = window.lastResult()->entities.find(u"Kunashir"_s);
    CHECK(window.viewState()->includedEntities() == QList<int>{kunashir});
    CHECK(window.filteredModel()->rowCount() == 2);
    CHECK(window.timeline()->source()->startTimes().size() == 2);

    // Back returns to the page.
    window.backAction()->trigger();
    CHECK(window.viewState()->selectedEventId() == page);
}

TEST_CASE("a broken file is listed in the problems dock while the rest loads", "[gui][flow]")
{
    QTemporaryDir dir;
    REQUIRE(TestUtils::writeFile(dir.filePath(u"good.md"_s), "# A readable article\n\nSome words about Kunashir.\n"));
    QByteArray garbage(4096, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919) % 251);
    REQUIRE(TestUtils::writeFile(dir.filePath(u"broken.txt"_s), garbage));
    MainWindow window;
    window.show();
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    window.openPath(dir.path());
    REQUIRE(finished.wait(20000));
    CHECK(window.lastResult()->graph.size() == 1);
    const auto *list = window.problemsDock()->findChild<QTreeWidget *>();
    REQUIRE(list);
    REQUIRE(list->topLevelItemCount() == 1);
    CHECK(list->topLevelItem(0)->text(0) == u"broken.txt"_s);
}

TEST_CASE("the window comes back with the corpus, the window of time and the selection", "[gui][flow]")
{
    QString page;
    double start = 0;
    double end = 0;
    {
        MainWindow window;
        window.show();
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openPath(TestUtils::dataPath(u"seeds"_s));
        REQUIRE(finished.wait(20000));
        page = pageId(window);
        window.openEvent(page);
        window.timeline()->setWindow(double(TimeScale::toTime(QDate(2009, 1, 1))), double(TimeScale::toTime(QDate(2012, 1, 1))));
        start = window.timeline()->scale().start();
        end = window.timeline()->scale().end();
        window.close();
    }
    MainWindow again;
    again.show();
    QSignalSpy finished(&again, &MainWindow::loadFinished);
    REQUIRE(again.restoreLastSession());
    REQUIRE(finished.wait(20000));
    CHECK(again.corpusPath() == QFileInfo(TestUtils::dataPath(u"seeds"_s)).absoluteFilePath());
    CHECK(again.viewState()->selectedEventId() == page);
    CHECK(std::abs(again.timeline()->scale().start() - start) < 86400);
    CHECK(std::abs(again.timeline()->scale().end() - end) < 86400);
}

namespace {

QAction *laneAction(QMainWindow &window, const QString &key)
{
    QMenu *view = menuNamed(window, MainWindow::tr("View"));
    return view ? view->findChild<QAction *>(u"lanes-"_s + key) : nullptr;
}

QStringList laneNames(const TimelineWidget *timeline)
{
    QStringList names;
    for (const TimelineLane &lane : timeline->laneData().lanes())
        names.append(lane.name);
    return names;
}

} // namespace

TEST_CASE("View > Lanes splits the timeline, the sidebar adds a lane, and both come back after a restart", "[gui][flow][lanes]")
{
    int japan = -1;
    {
        MainWindow window;
        window.show();
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openPath(TestUtils::dataPath(u"seeds"_s));
        REQUIRE(finished.wait(20000));
        REQUIRE(window.timeline()->laneBands().size() == 1);

        QAction *countries = laneAction(window, u"countries"_s);
        REQUIRE(countries);
        countries->trigger();
        CHECK(countries->isChecked());
        CHECK(window.timeline()->lanes().grouping == LaneGrouping::Countries);
        CHECK(window.timeline()->laneData().count() >= 2);
        CHECK(laneNames(window.timeline()).contains(u"Japan"_s));

        // The sidebar's "Show as Timeline Lane" on an island.
        const int kunashir = window.lastResult()->entities.find(u"Kunashir"_s);
        japan = window.lastResult()->entities.find(u"Japan"_s);
        REQUIRE(kunashir >= 0);
        const std::unique_ptr<QMenu> menu = window.sidebar()->contextMenuFor(window.entityModel()->indexOfEntity(kunashir));
        REQUIRE(menu);
        QAction *lane = menu->findChild<QAction *>(u"lane"_s);
        REQUIRE(lane);
        lane->trigger();
        CHECK(window.timeline()->lanes().entities == QList<int>{kunashir});
        CHECK(laneNames(window.timeline()).first() == u"Kunashir"_s);
        CHECK(window.timeline()->laneData().lanes().front().custom);
        window.close();
    }
    {
        MainWindow again;
        again.show();
        QSignalSpy finished(&again, &MainWindow::loadFinished);
        REQUIRE(again.restoreLastSession());
        REQUIRE(finished.wait(20000));
        CHECK(again.timeline()->lanes().grouping == LaneGrouping::Countries);
        CHECK(laneNames(again.timeline()).first() == u"Kunashir"_s);
        CHECK(laneNames(again.timeline()).contains(u"Japan"_s));
        REQUIRE(laneAction(again, u"countries"_s));
        CHECK(laneAction(again, u"countries"_s)->isChecked());

        // None clears every lane, the one added by hand too: one band again.
        laneAction(again, u"none"_s)->trigger();
        CHECK(again.timeline()->lanes().isEmpty());
        CHECK(again.timeline()->laneBands().size() == 1);
        again.close();
    }
    CHECK(japan >= 0);
}

TEST_CASE("the window follows a dark palette", "[gui][flow]")
{
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    dark.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    dark.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    dark.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    dark.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    dark.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    QApplication::setPalette(dark);
    const auto restore = qScopeGuard([light] {
        QApplication::setPalette(light);
    });

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    window.openPath(TestUtils::dataPath(u"seeds"_s));
    REQUIRE(finished.wait(20000));
    window.openEvent(pageId(window));
    REQUIRE(QTest::qWaitFor([&window] { return window.reader()->content().text.has_value(); }, 10000));

    // The timeline and the reader paint on the dark base, with light text.
    const QImage timeline = window.timeline()->grab().toImage();
    CHECK(QColor(timeline.pixel(timeline.width() / 2, timeline.height() / 2)).lightness() < 80);
    const QImage reader = window.reader()->browser()->viewport()->grab().toImage();
    CHECK(QColor(reader.pixel(reader.width() - 5, reader.height() - 5)).lightness() < 80);
    if (const QString dir = qEnvironmentVariable("CHRONOSCOPE_SCREENSHOT_DIR"); !dir.isEmpty())
        window.grab().save(dir + u"/window-dark.png"_s);

}

TEST_CASE("lanes read on a dark palette", "[gui][flow][lanes]")
{
    const QPalette light = QApplication::palette();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    dark.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    dark.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    dark.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    dark.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    dark.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    QApplication::setPalette(dark);
    const auto restore = qScopeGuard([light] {
        QApplication::setPalette(light);
    });

    MainWindow window;
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    window.openPath(QStringLiteral(CHRONOSCOPE_SOURCE_DIR) + u"/resources/samples/kuril-islands"_s);
    REQUIRE(finished.wait(60000));
    window.setLanes(LaneGrouping::Countries);
    window.timeline()->setWindow(double(TimeScale::toTime(QDate(2010, 1, 1))), double(TimeScale::toTime(QDate(2020, 1, 1))));
    const QList<TimelineWidget::LaneBand> bands = window.timeline()->laneBands();
    REQUIRE(bands.size() >= 2);

    // Headers stand off the dark base, a little, and their names read on them.
    const QImage image = window.timeline()->grab().toImage();
    const QRectF header = bands.first().header;
    const QColor headerColour(image.pixel(int(header.right()) - 120, int(header.center().y())));
    const QColor base = dark.color(QPalette::Base);
    CHECK(headerColour.lightness() < 80);
    CHECK(headerColour.lightness() > base.lightness());
    int brightest = 0;
    for (int x = int(header.left()) + 10; x < int(header.left()) + 60; ++x)
        brightest = std::max(brightest, QColor(image.pixel(x, int(header.center().y()))).lightness());
    CHECK(brightest > 180);
    if (const QString dir = qEnvironmentVariable("CHRONOSCOPE_SCREENSHOT_DIR"); !dir.isEmpty())
        window.grab().save(dir + u"/window-dark-lanes.png"_s);
}

TEST_CASE("loading shows its progress and Cancel stops it, keeping what was read", "[gui][flow]")
{
    QTemporaryDir dir;
    CorpusGenerator::Options options;
    options.pages = 20000;
    options.seed = 3;
    QString error;
    const QString corpus = dir.filePath(u"corpus.tar.zst"_s);
    REQUIRE(CorpusGenerator::write(corpus, options, &error));

    MainWindow window;
    window.show();
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    window.openPath(corpus);
    CHECK(window.isLoading());
    const auto buttons = window.statusBar()->findChildren<QToolButton *>();
    const auto cancel = std::find_if(buttons.begin(), buttons.end(), [](QToolButton *b) {
        return b->isVisible() && b->text() == MainWindow::tr("Cancel");
    });
    REQUIRE(cancel != buttons.end());
    QTest::mouseClick(*cancel, Qt::LeftButton);
    REQUIRE(finished.wait(20000));
    REQUIRE(window.lastResult());
    CHECK(window.lastResult()->cancelled);
    CHECK_FALSE(window.isLoading());
    CHECK_FALSE((*cancel)->isVisible());
    CHECK(window.statusBar()->findChild<QLabel *>()->text().contains(MainWindow::tr("loading cancelled")));
}
