// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "entitydelegate.h"
#include "entitysidebar.h"
#include "filterchip.h"
#include "filterchips.h"
#include "modeltestutils.h"
#include "models/entitymodel.h"
#include "models/eventmodel.h"
#include "models/filteredeventmodel.h"
#include "models/viewstate.h"
#include "testutils.h"

#include <catch2/catch_test_macros.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QStyleOptionViewItem>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Chronoscope;
using namespace ModelTestUtils;
using namespace Qt::StringLiterals;

namespace {

enum Entity {
    Japan = 0,
    Russia = 1,
    Kurils = 3,
    SouthKurils = 4,
    Kunashir = 5,
    Iturup = 6,
    Shikotan = 7,
    Habomai = 8,
    Moscow = 10,
    Putin = 12,
    UnitedNations = 14,
    Fishing = 15,
};

// The dispute's table, with the Russian and Japanese names a reader types.
QList<EntityInfo> entityTable()
{
    QList<EntityInfo> table = kurilEntities();
    table[Kurils].aliases.append(u"Курильские острова"_s);
    table[SouthKurils].aliases.append(u"北方領土"_s);
    return table;
}

QList<Event> corpus()
{
    return {
        makeEvent(u"e0"_s, u"Japan protests a visit to Kunashir"_s, QDate(2010, 11, 1), {Japan, Kunashir}),
        makeEvent(u"e1"_s, u"Russia builds a base on Iturup"_s, QDate(2015, 10, 22), {Russia, Iturup}),
        makeEvent(u"e2"_s, u"Putin speaks in Moscow"_s, QDate(2014, 7, 29), {Moscow, Putin}),
        makeEvent(u"e3"_s, u"Kuril Islands talks"_s, QDate(2010, 11, 12), {Japan, Russia, Kurils}),
        makeEvent(u"e4"_s, u"Fishing boats near Shikotan"_s, {}, {Shikotan, Fishing}),
        makeEvent(u"e5"_s, u"Joint Declaration signed"_s, QDate(1956, 10, 19), {Japan, Russia, Shikotan, Habomai}),
        makeEvent(u"e6"_s, u"The United Nations and the islands"_s, QDate(1951, 9, 8), {UnitedNations, Kurils}),
    };
}

/** The models of one window, and the two widgets over them in a shown window. */
struct Fixture {
    EventModel events;
    ViewState state;
    FilteredEventModel filtered{&events, &state};
    EntityModel entities{&events, &filtered, &state};
    QWidget window;
    EntitySidebar *sidebar = nullptr;
    FilterChips *chips = nullptr;

    Fixture()
    {
        events.setEntities(entityTable());
        entities.setCountThrottle(0);
        events.addBatch(corpus());
        entities.refreshCounts();
        auto *layout = new QVBoxLayout(&window);
        chips = new FilterChips(&state, &entities, &window);
        sidebar = new EntitySidebar(&entities, &state, &window);
        layout->addWidget(chips);
        layout->addWidget(sidebar, 1);
        window.resize(320, 640);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }

    QTreeView *view() const { return sidebar->view(); }
    QModelIndex row(int entity) const { return sidebar->viewIndexOfEntity(entity); }
    QModelIndex group(EntityModel::Group g) const
    {
        const QAbstractItemModel *model = view()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex index = model->index(r, 0);
            if (index.data().toString() == EntityModel::groupName(g))
                return index;
        }
        return {};
    }
};

// Where the style puts the check box of a row.
QRect checkRect(QTreeView *view, const QModelIndex &index)
{
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(index);
    option.features = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay;
    option.text = index.data().toString();
    option.checkState = Qt::CheckState(index.data(Qt::CheckStateRole).toInt());
    return view->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, view);
}

QAction *actionNamed(QMenu *menu, const QString &name)
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

FilterChip *chipWithText(const FilterChips &chips, const QString &text)
{
    for (FilterChip *chip : chips.chips()) {
        if (chip->text() == text)
            return chip;
    }
    return nullptr;
}

// Types like a keyboard in another layout: key presses that carry the text.
void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

// Types like an input method for Japanese: the composed text arrives at once.
void commitText(QWidget *widget, const QString &text)
{
    QInputMethodEvent preedit(text, {});
    QCoreApplication::sendEvent(widget, &preedit);
    QInputMethodEvent commit;
    commit.setCommitString(text);
    QCoreApplication::sendEvent(widget, &commit);
}

// Lets layouts place what a change of filter added.
void settle(QWidget *window)
{
    window->layout()->activate();
    QCoreApplication::sendPostedEvents();
}

} // namespace

TEST_CASE("the sidebar's search finds entities by name and alias and keeps their parents open", "[gui][sidebar]")
{
    Fixture f;
    QAbstractItemModelTester tester(f.view()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(f.row(Japan).isValid());

    QTest::keyClicks(f.sidebar->searchField(), u"Etorofu"_s);
    REQUIRE(f.row(Iturup).isValid());
    CHECK_FALSE(f.row(Japan).isValid());
    CHECK_FALSE(f.row(Kunashir).isValid());
    CHECK_FALSE(f.row(Putin).isValid());
    CHECK_FALSE(f.group(EntityModel::Group::Countries).isValid());
    // Parents of the match are shown, open.
    CHECK(f.view()->isExpanded(f.group(EntityModel::Group::Islands)));
    CHECK(f.view()->isExpanded(f.row(Kurils)));
    CHECK(f.view()->isExpanded(f.row(SouthKurils)));

    f.sidebar->searchField()->clear();
    typeText(f.sidebar->searchField(), u"Курил"_s);
    CHECK(f.row(Kurils).isValid());
    CHECK_FALSE(f.row(Japan).isValid());
    CHECK_FALSE(f.row(Moscow).isValid());

    f.sidebar->searchField()->clear();
    commitText(f.sidebar->searchField(), u"北方"_s);
    CHECK(f.sidebar->searchField()->text() == u"北方"_s);
    CHECK(f.row(SouthKurils).isValid());
    CHECK_FALSE(f.row(Russia).isValid());

    // Case does not matter; Escape clears the search and everything is back.
    f.sidebar->searchField()->clear();
    QTest::keyClicks(f.sidebar->searchField(), u"rUSSIA"_s);
    CHECK(f.row(Russia).isValid());
    CHECK_FALSE(f.row(Japan).isValid());
    QTest::keyClick(f.sidebar->searchField(), Qt::Key_Escape);
    CHECK(f.sidebar->searchField()->text().isEmpty());
    CHECK(f.row(Japan).isValid());
    CHECK(f.row(Putin).isValid());
}

TEST_CASE("the sidebar opens groups by default and remembers what the user collapses", "[gui][sidebar]")
{
    Fixture f;
    QTreeView *view = f.view();
    CHECK(view->isExpanded(f.group(EntityModel::Group::Countries)));
    CHECK(view->isExpanded(f.group(EntityModel::Group::Islands)));
    CHECK(view->isExpanded(f.group(EntityModel::Group::PlacesAndSeas)));
    CHECK(view->isExpanded(f.group(EntityModel::Group::People)));
    CHECK_FALSE(view->isExpanded(f.group(EntityModel::Group::Topics)));
    // The Kuril hierarchy is open all the way down.
    CHECK(view->isExpanded(f.row(Kurils)));
    CHECK(view->isExpanded(f.row(SouthKurils)));

    view->collapse(f.row(Kurils));
    QTest::keyClicks(f.sidebar->searchField(), u"Etorofu"_s);
    CHECK(view->isExpanded(f.row(Kurils)));
    f.sidebar->searchField()->clear();
    CHECK_FALSE(view->isExpanded(f.row(Kurils)));
    CHECK(view->isExpanded(f.group(EntityModel::Group::Islands)));

    // A reload keeps the user's choice.
    f.events.setEntities(entityTable());
    f.events.addBatch(corpus());
    CHECK_FALSE(view->isExpanded(f.row(Kurils)));
    CHECK(view->isExpanded(f.row(SouthKurils)));
}

TEST_CASE("ticking an entity's check box includes it in the filter", "[gui][sidebar]")
{
    Fixture f;
    QTreeView *view = f.view();
    const QModelIndex kunashir = f.row(Kunashir);
    REQUIRE(kunashir.isValid());
    view->doItemsLayout();
    view->scrollTo(kunashir);
    const QRect box = checkRect(view, kunashir);
    REQUIRE(view->visualRect(kunashir).contains(box));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, box.center());
    CHECK(f.state.includedEntities() == QList<int>{Kunashir});
    CHECK(f.row(Kunashir).data(Qt::CheckStateRole).toInt() == Qt::Checked);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, box.center());
    CHECK(f.state.includedEntities().isEmpty());

    // Clicking the name selects the row but leaves the filter alone.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(kunashir).center() + QPoint(40, 0));
    CHECK(f.state.includedEntities().isEmpty());
    CHECK(view->currentIndex() == f.row(Kunashir));
}

TEST_CASE("the sidebar works from the keyboard", "[gui][sidebar]")
{
    Fixture f;
    QTreeView *view = f.view();
    QLineEdit *search = f.sidebar->searchField();

    // Ctrl+K puts the cursor into the search field from anywhere in the window.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_K, Qt::ControlModifier);
    CHECK(search->hasFocus());

    // Down moves from the search into the list, onto the first match.
    QTest::keyClicks(search, u"etorofu"_s);
    QTest::keyClick(search, Qt::Key_Down);
    CHECK(view->hasFocus());
    CHECK(view->currentIndex() == f.row(Iturup));
    QTest::keyClick(view, Qt::Key_Space);
    CHECK(f.state.includedEntities() == QList<int>{Iturup});
    QTest::keyClick(view, Qt::Key_Return);
    CHECK(f.state.includedEntities().isEmpty());
    QTest::keyClick(view, Qt::Key_Enter, Qt::KeypadModifier);
    CHECK(f.state.includedEntities() == QList<int>{Iturup});

    // On a group, Space opens or closes it and filters nothing.
    search->clear();
    view->setCurrentIndex(f.group(EntityModel::Group::Topics));
    QTest::keyClick(view, Qt::Key_Space);
    CHECK(view->isExpanded(f.group(EntityModel::Group::Topics)));
    CHECK(f.state.includedEntities() == QList<int>{Iturup});

    // Up from the first row goes back to the search field.
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Up);
    CHECK(search->hasFocus());
}

TEST_CASE("the sidebar's counts follow the filters", "[gui][sidebar]")
{
    Fixture f;
    // Russia: e1, e3, e5 and Moscow's e2; Japan: e0, e3, e5.
    CHECK(EntityDelegate::countText(f.row(Russia)) == u"4"_s);
    CHECK(EntityDelegate::countText(f.row(Japan)) == u"3"_s);
    CHECK(EntityDelegate::countText(f.group(EntityModel::Group::Countries)).isEmpty());
    CHECK(EntityDelegate::toolTip(f.row(Russia)).contains(u"4 events match with the other filters; 4 in the corpus"_s));
    CHECK(EntityDelegate::toolTip(f.row(Iturup)).contains(u"Etorofu"_s));
    CHECK(EntityDelegate::toolTip(f.row(Iturup)).contains(u"1 event matches with the other filters; 1 in the corpus"_s));

    f.state.setDateRange(QDate(2011, 1, 1), {});
    CHECK(EntityDelegate::countText(f.row(Russia)) == u"2"_s);
    CHECK(EntityDelegate::countText(f.row(Japan)) == u"0"_s);
    CHECK(EntityDelegate::toolTip(f.row(Russia)).contains(u"2 events match with the other filters; 4 in the corpus"_s));

    // A checked entity counts under the other filters, without itself.
    f.state.setDateRange({}, {});
    f.state.setIncludedEntities({Japan});
    CHECK(EntityDelegate::countText(f.row(Russia)) == u"4"_s);
    f.state.setEntityMatch(EntityMatch::All);
    CHECK(EntityDelegate::countText(f.row(Russia)) == u"2"_s);
    CHECK(EntityDelegate::toolTip(f.row(Japan)).contains(EntityDelegate::tr("Included in the filter")));
    f.state.setEntityExcluded(Kunashir, true);
    CHECK(EntityDelegate::toolTip(f.row(Kunashir)).contains(EntityDelegate::tr("Excluded: events naming it are hidden")));
}

TEST_CASE("the sidebar's context menu narrows, excludes, asks for a lane and copies", "[gui][sidebar]")
{
    Fixture f;
    f.state.setIncludedEntities({Japan, Russia});

    CHECK_FALSE(f.sidebar->contextMenuFor(f.group(EntityModel::Group::Islands)));
    CHECK_FALSE(f.sidebar->contextMenuFor({}));

    std::unique_ptr<QMenu> menu = f.sidebar->contextMenuFor(f.row(Kunashir));
    REQUIRE(menu);
    QAction *only = actionNamed(menu.get(), u"onlyThis"_s);
    REQUIRE(only);
    CHECK(only->text() == EntitySidebar::tr("Only This"));
    only->trigger();
    CHECK(f.state.includedEntities() == QList<int>{Kunashir});

    // Indexes of the entity model work too.
    menu = f.sidebar->contextMenuFor(f.entities.indexOfEntity(Russia));
    REQUIRE(menu);
    QAction *exclude = actionNamed(menu.get(), u"exclude"_s);
    REQUIRE(exclude);
    CHECK(exclude->text() == EntitySidebar::tr("Exclude"));
    exclude->trigger();
    CHECK(f.state.excludedEntities() == QList<int>{Russia});
    CHECK(f.state.includedEntities() == QList<int>{Kunashir});
    menu = f.sidebar->contextMenuFor(f.row(Russia));
    exclude = actionNamed(menu.get(), u"exclude"_s);
    REQUIRE(exclude);
    CHECK(exclude->text() == EntitySidebar::tr("Include Again"));
    exclude->trigger();
    CHECK(f.state.excludedEntities().isEmpty());

    QSignalSpy lanes(f.sidebar, &EntitySidebar::laneRequested);
    menu = f.sidebar->contextMenuFor(f.row(Iturup));
    actionNamed(menu.get(), u"lane"_s)->trigger();
    REQUIRE(lanes.size() == 1);
    CHECK(lanes.first().first().toInt() == Iturup);

    actionNamed(menu.get(), u"copyName"_s)->trigger();
    CHECK(QApplication::clipboard()->text() == u"Iturup"_s);
}

TEST_CASE("the Any and All buttons follow and set how entities combine", "[gui][sidebar]")
{
    Fixture f;
    CHECK(f.sidebar->anyButton()->isChecked());
    CHECK_FALSE(f.sidebar->allButton()->isChecked());
    CHECK_FALSE(f.sidebar->allButton()->toolTip().isEmpty());
    QTest::mouseClick(f.sidebar->allButton(), Qt::LeftButton);
    CHECK(f.state.entityMatch() == EntityMatch::All);
    CHECK(f.sidebar->allButton()->isChecked());
    CHECK_FALSE(f.sidebar->anyButton()->isChecked());
    QTest::mouseClick(f.sidebar->anyButton(), Qt::LeftButton);
    CHECK(f.state.entityMatch() == EntityMatch::Any);
    f.state.setEntityMatch(EntityMatch::All);
    CHECK(f.sidebar->allButton()->isChecked());
}

TEST_CASE("Clear Filters is enabled while filtering and clears every filter", "[gui][sidebar]")
{
    Fixture f;
    QToolButton *clear = f.sidebar->clearButton();
    CHECK_FALSE(clear->isEnabled());
    f.state.setIncludedEntities({Japan, Kunashir});
    CHECK(clear->isEnabled());
    f.state.setEntityExcluded(Putin, true);
    f.state.setDateRange(QDate(1945, 1, 1), QDate(1956, 12, 31));
    f.state.setTextFilter(u"summit"_s);
    f.state.setShowUndated(false);
    f.state.setEntityMatch(EntityMatch::All);
    QTest::mouseClick(clear, Qt::LeftButton);
    CHECK_FALSE(f.state.isFiltering());
    CHECK(f.state.includedEntities().isEmpty());
    CHECK(f.state.excludedEntities().isEmpty());
    CHECK_FALSE(f.state.dateFrom().isValid());
    CHECK(f.state.textFilter().isEmpty());
    CHECK(f.state.showUndated());
    CHECK_FALSE(clear->isEnabled());
    // How entities combine is a preference, not a filter.
    CHECK(f.state.entityMatch() == EntityMatch::All);
}

TEST_CASE("filter chips show each active filter and remove exactly the one clicked", "[gui][chips]")
{
    Fixture f;
    // As wide as above a timeline.
    f.window.resize(900, 640);
    FilterChips &chips = *f.chips;
    CHECK(chips.isHidden());
    CHECK(chips.chips().isEmpty());

    f.state.setIncludedEntities({Kunashir});
    CHECK(chips.isVisible());
    CHECK(chips.chipTexts() == QStringList{u"Kunashir"_s});
    CHECK(chips.chips().first()->accessibleName() == FilterChips::tr("Remove filter %1").arg(u"Kunashir"_s));

    f.state.setIncludedEntities({Kunashir, Iturup});
    f.state.setEntityExcluded(Russia, true);
    f.state.setDateRange(QDate(1945, 1, 1), QDate(1956, 12, 31));
    f.state.setTextFilter(u"summit"_s);
    f.state.setShowUndated(false);
    const QString quoted = QLocale().quoteString(u"summit"_s);
    const QStringList all{FilterChips::tr("any of"), u"Kunashir"_s, u"Iturup"_s,
                          FilterChips::tr("not %1").arg(u"Russia"_s), u"1945 – 1956"_s, quoted,
                          FilterChips::tr("Undated hidden")};
    CHECK(chips.chipTexts() == all);
    CHECK(chips.clearAllButton()->isVisible());
    settle(&f.window);

    // The ✕ of "not Russia" removes that filter and no other.
    FilterChip *notRussia = chipWithText(chips, FilterChips::tr("not %1").arg(u"Russia"_s));
    REQUIRE(notRussia);
    REQUIRE_FALSE(notRussia->removeRect().isEmpty());
    QTest::mouseClick(notRussia, Qt::LeftButton, {}, notRussia->removeRect().center());
    CHECK(f.state.excludedEntities().isEmpty());
    CHECK(f.state.includedEntities() == QList<int>{Kunashir, Iturup});
    CHECK(f.state.dateFrom() == QDate(1945, 1, 1));
    CHECK(f.state.textFilter() == u"summit"_s);
    CHECK_FALSE(f.state.showUndated());
    CHECK(chips.chipTexts().size() == all.size() - 1);
    settle(&f.window);

    // A click on a chip's text removes nothing.
    FilterChip *dates = chipWithText(chips, u"1945 – 1956"_s);
    REQUIRE(dates);
    QTest::mouseClick(dates, Qt::LeftButton, {}, QPoint(dates->removeRect().left() / 2, dates->height() / 2));
    CHECK(f.state.dateFrom().isValid());
    // Delete on a focused chip removes it, and the focus moves to the next one.
    dates->setFocus();
    QTest::keyClick(dates, Qt::Key_Delete);
    CHECK_FALSE(f.state.dateFrom().isValid());
    CHECK_FALSE(f.state.dateTo().isValid());
    REQUIRE(QApplication::focusWidget());
    CHECK(QApplication::focusWidget() == chipWithText(chips, quoted));

    // The mode chip switches how entities combine.
    FilterChip *mode = chipWithText(chips, FilterChips::tr("any of"));
    REQUIRE(mode);
    QTest::mouseClick(mode, Qt::LeftButton);
    CHECK(f.state.entityMatch() == EntityMatch::All);
    CHECK(chips.chipTexts().first() == FilterChips::tr("all of"));

    settle(&f.window);
    FilterChip *kunashir = chipWithText(chips, u"Kunashir"_s);
    REQUIRE(kunashir);
    QTest::mouseClick(kunashir, Qt::LeftButton, {}, kunashir->removeRect().center());
    CHECK(f.state.includedEntities() == QList<int>{Iturup});
    // One entity: no mode chip.
    CHECK(chips.chipTexts() == QStringList{u"Iturup"_s, quoted, FilterChips::tr("Undated hidden")});

    QTest::mouseClick(chips.clearAllButton(), Qt::LeftButton);
    CHECK_FALSE(f.state.isFiltering());
    CHECK(chips.isHidden());
    CHECK(chips.chips().isEmpty());
}

TEST_CASE("date range chips say the range as coarsely as it allows", "[gui][chips]")
{
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    CHECK(FilterChips::dateRangeText(QDate(1945, 1, 1), QDate(1956, 12, 31), english) == u"1945 – 1956"_s);
    CHECK(FilterChips::dateRangeText(QDate(2010, 1, 1), QDate(2010, 12, 31), english) == u"2010"_s);
    CHECK(FilterChips::dateRangeText(QDate(2010, 3, 1), QDate(2011, 6, 30), english) == u"March 2010 – June 2011"_s);
    CHECK(FilterChips::dateRangeText(QDate(2010, 11, 1), QDate(2010, 11, 12), english)
          == u"1 November 2010 – 12 November 2010"_s);
    CHECK(FilterChips::dateRangeText(QDate(1956, 10, 19), {}, english) == FilterChips::tr("from %1").arg(u"19 October 1956"_s));
    CHECK(FilterChips::dateRangeText({}, QDate(1956, 12, 31), english) == FilterChips::tr("until %1").arg(u"1956"_s));
    CHECK(FilterChips::dateRangeText({}, {}, english).isEmpty());
    const QLocale german(QLocale::German, QLocale::Germany);
    CHECK(FilterChips::dateRangeText(QDate(2010, 11, 12), QDate(2010, 11, 12), german) == u"12. November 2010"_s);
}

TEST_CASE("filter chips name entities that appear later and show nothing without a filter", "[gui][chips]")
{
    EventModel events;
    ViewState state;
    FilteredEventModel filtered{&events, &state};
    EntityModel entities{&events, &filtered, &state};
    events.setEntities(entityTable());
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *chips = new FilterChips(&state, &entities, &window);
    layout->addWidget(chips);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(chips->isHidden());
    // Kunashir is in the table but no event names it yet: the model hides it.
    state.setIncludedEntities({Kunashir});
    CHECK(chips->isVisible());
    CHECK(chips->chipTexts() == QStringList{FilterChips::tr("entity %1").arg(Kunashir)});
    events.addBatch(corpus());
    CHECK(chips->chipTexts() == QStringList{u"Kunashir"_s});
    state.setIncludedEntities({});
    CHECK(chips->isHidden());
}

TEST_CASE("screenshots of the sidebar and the chips", "[gui][screenshot]")
{
    const QString dir = qEnvironmentVariable("CHRONOSCOPE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        SKIP("set CHRONOSCOPE_SCREENSHOT_DIR to write them");
    // As the application does outside a desktop session (the test mode hides the system's data folders).
    QStringList iconPaths = QIcon::themeSearchPaths();
    const QString dataDirs = qEnvironmentVariable("XDG_DATA_DIRS", u"/usr/local/share:/usr/share"_s);
    for (const QString &data : dataDirs.split(u':', Qt::SkipEmptyParts))
        iconPaths.append(data + u"/icons"_s);
    QIcon::setThemeSearchPaths(iconPaths);
    QIcon::setThemeName(u"breeze"_s);
    CHECK_FALSE(QIcon::fromTheme(u"view-filter"_s).isNull());
    Fixture f;
    f.window.resize(340, 620);
    f.state.setIncludedEntities({Kunashir, Iturup});
    f.state.setEntityExcluded(Putin, true);
    f.state.setDateRange(QDate(1950, 1, 1), QDate(2019, 12, 31));
    f.view()->setCurrentIndex(f.row(Kunashir));
    f.view()->doItemsLayout();
    settle(&f.window);
    QDir().mkpath(dir);
    CHECK(f.window.grab().save(dir + u"/entitysidebar.png"_s));

    f.state.setTextFilter(u"summit"_s);
    f.state.setShowUndated(false);
    f.state.setDateRange(QDate(1945, 1, 1), QDate(1956, 12, 31));
    QWidget wide;
    auto *layout = new QVBoxLayout(&wide);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *chips = new FilterChips(&f.state, &f.entities, &wide);
    layout->addWidget(chips);
    layout->addStretch(1);
    wide.resize(900, 60);
    wide.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wide));
    settle(&wide);
    CHECK(wide.grab().save(dir + u"/filterchips.png"_s));
    // Narrow: the chips wrap.
    wide.resize(420, 120);
    settle(&wide);
    CHECK(wide.grab().save(dir + u"/filterchips-narrow.png"_s));
}
