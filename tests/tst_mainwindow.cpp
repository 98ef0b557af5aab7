// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "mainwindow.h"
#include "timelinewidget.h"
#include "testutils.h"

#include <catch2/catch_test_macros.hpp>

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

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

} // namespace

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
