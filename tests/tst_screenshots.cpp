// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

// The window's main flows rendered at the sizes users have, in a light and a dark
// palette, without an icon theme: for reviewing the layout by eye. Hidden from the
// test run; render them with
//   CHRONOSCOPE_SCREENSHOT_DIR=/tmp/shots build/dev/bin/tst_screenshots "[screenshots]"

#include "appinfo.h"
#include "icons.h"
#include "mainwindow.h"
#include "readerwidget.h"
#include "timelinewidget.h"
#include "testutils.h"

#include <catch2/catch_test_macros.hpp>

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QIcon>
#include <QPainter>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Chronoscope;
using namespace Qt::StringLiterals;

namespace {

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x23, 0x26));
    dark.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Base, QColor(0x14, 0x16, 0x18));
    dark.setColor(QPalette::AlternateBase, QColor(0x1d, 0x1f, 0x22));
    dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Button, QColor(0x29, 0x2c, 0x30));
    dark.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Light, QColor(0x40, 0x44, 0x48));
    dark.setColor(QPalette::Midlight, QColor(0x33, 0x37, 0x3b));
    dark.setColor(QPalette::Mid, QColor(0x1a, 0x1c, 0x1e));
    dark.setColor(QPalette::Dark, QColor(0x10, 0x11, 0x12));
    dark.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    dark.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    dark.setColor(QPalette::LinkVisited, QColor(0x9b, 0x59, 0xb6));
    dark.setColor(QPalette::ToolTipBase, QColor(0x29, 0x2c, 0x30));
    dark.setColor(QPalette::ToolTipText, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor(0x6e, 0x74, 0x7a));
    return dark;
}

const QString medvedev =
    u"news/2010/11/01/dmitry-medvedev-visits-kunashir-the-first-soviet-or-russian-leader-to-set-foot-on-any-of-the-disputed-islands"_s;

struct Shot {
    QString name;
    std::function<void(MainWindow &)> prepare;
};

void waitForText(MainWindow &window)
{
    // A text that never comes is a screenshot of the reader waiting: worth seeing too.
    (void)QTest::qWaitFor([&window] {
        const ReaderContent &shown = window.reader()->content();
        return shown.event.id.isEmpty() || shown.text.has_value() || !shown.textError.isEmpty();
    }, 5000);
}

void load(MainWindow &window, const QString &path)
{
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    window.openPath(path);
    REQUIRE(finished.wait(20000));
}

} // namespace

TEST_CASE("screenshots of the main flows", "[.][screenshots]")
{
    const QString dir = qEnvironmentVariable("CHRONOSCOPE_SCREENSHOT_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    QDir().mkpath(dir);
    QIcon::setThemeSearchPaths({});
    QIcon::setFallbackThemeName({});
    QIcon::setThemeName(u"no-such-theme"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString sample = QFileInfo(QStringLiteral(CHRONOSCOPE_SOURCE_DIR) + u"/resources/samples/kuril-islands"_s).absoluteFilePath();

    QTemporaryDir broken;
    const QString page = medvedev + u".md"_s;
    REQUIRE(TestUtils::writeFile(broken.filePath(page), TestUtils::readFile(sample + u'/' + page)));
    QByteArray garbage(4096, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919) % 251);
    REQUIRE(TestUtils::writeFile(broken.filePath(u"articles/scan-of-a-fax.txt"_s), garbage));
    REQUIRE(TestUtils::writeFile(broken.filePath(u"articles/empty.txt"_s), QByteArray()));

    const std::vector<Shot> shots = {
        {u"welcome"_s, [](MainWindow &) {}},
        {u"fit-all"_s, [&](MainWindow &window) { load(window, sample); }},
        {u"selected"_s,
         [&](MainWindow &window) {
             load(window, sample);
             window.timeline()->setWindow(double(TimeScale::toTime(QDate(2010, 1, 1))),
                                          double(TimeScale::toTime(QDate(2020, 1, 1))));
             window.openEvent(medvedev);
             waitForText(window);
         }},
        {u"filtered"_s,
         [&](MainWindow &window) {
             load(window, sample);
             window.filterByNames({u"Kunashir"_s, u"Dmitry Medvedev"_s});
             window.openEvent(medvedev);
             waitForText(window);
         }},
        {u"problems"_s,
         [&](MainWindow &window) {
             load(window, broken.path());
             window.problemsDock()->show();
         }},
    };

    const QPalette light = QApplication::palette();
    const auto restore = qScopeGuard([light] {
        QApplication::setPalette(light);
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    });
    for (const bool dark : {false, true}) {
        QApplication::setPalette(dark ? darkPalette() : light);
        for (const QSize size : {QSize(1920, 1080), QSize(1280, 800)}) {
            for (const Shot &shot : shots) {
                // Each flow from a first start: no session, no docks left open by the one before.
                QSettings().clear();
                MainWindow window;
                window.resize(size);
                window.show();
                REQUIRE(QTest::qWaitForWindowExposed(&window));
                shot.prepare(window);
                QTest::qWait(100);
                const QString file = u"%1/%2-%3x%4-%5.png"_s.arg(dir, shot.name)
                                         .arg(size.width())
                                         .arg(size.height())
                                         .arg(dark ? u"dark"_s : u"light"_s);
                CHECK(window.grab().save(file));
                window.close();
            }
        }
    }
}

TEST_CASE("a sheet of the bundled icons", "[.][screenshots]")
{
    const QString dir = qEnvironmentVariable("CHRONOSCOPE_SCREENSHOT_DIR");
    REQUIRE_FALSE(dir.isEmpty());
    const QStringList names = QDir(u":/icons/actions"_s).entryList();
    REQUIRE_FALSE(names.isEmpty());
    const QPalette light = QApplication::palette();
    const auto restore = qScopeGuard([light] {
        QApplication::setPalette(light);
    });
    // Each icon at 16 and 22 pixels, enlarged without smoothing to show the pixels, and at 16
    // disabled; the light window colour above, the dark one below.
    constexpr int columns = 6;
    constexpr int cellWidth = 170;
    constexpr int cellHeight = 80;
    const int rows = int((names.size() + columns - 1) / columns);
    QImage sheet(columns * cellWidth, 2 * rows * cellHeight, QImage::Format_ARGB32);
    QPainter painter(&sheet);
    for (const bool dark : {false, true}) {
        const QPalette palette = dark ? darkPalette() : light;
        QApplication::setPalette(palette);
        const int top = dark ? rows * cellHeight : 0;
        painter.fillRect(QRect(0, top, sheet.width(), rows * cellHeight), palette.color(QPalette::Window));
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QIcon icon = bundledIcon(QFileInfo(names[i]).completeBaseName());
            const int x = int(i % columns) * cellWidth + 6;
            const int y = top + int(i / columns) * cellHeight + 6;
            painter.drawPixmap(QRect(x, y, 64, 64), icon.pixmap(16, 16));
            painter.drawPixmap(QRect(x + 72, y, 66, 66), icon.pixmap(22, 22));
            painter.drawPixmap(x + 144, y, icon.pixmap(16, 16, QIcon::Disabled));
        }
    }
    painter.end();
    CHECK(sheet.save(dir + u"/icons.png"_s));
}
