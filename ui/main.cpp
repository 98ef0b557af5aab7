// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "appinfo.h"
#include "mainwindow.h"
#include "readerwidget.h"
#include "timelinewidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QDeadlineTimer>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace Chronoscope;

namespace {

// True when the arguments ask for something that needs no display: a
// screenshot, the version or the help.
bool needsNoDisplay(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--screenshot") == 0 || std::strncmp(arg, "--screenshot=", 13) == 0
            || std::strcmp(arg, "--version") == 0 || std::strcmp(arg, "-v") == 0 || std::strcmp(arg, "--help") == 0
            || std::strcmp(arg, "-h") == 0 || std::strcmp(arg, "--help-all") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    // Render offscreen unless told otherwise, so that these work without a
    // desktop session (over ssh, in scripts, while packaging).
    if (needsNoDisplay(argc, argv) && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    setApplicationInfo(app);
    QApplication::setApplicationDisplayName(u"Chronoscope"_s);
    QApplication::setDesktopFileName(QStringLiteral(CHRONOSCOPE_APP_ID));
    // Outside a desktop session Qt finds no icon theme: fall back to Breeze.
    QIcon::setFallbackThemeName(u"breeze"_s);
    // Offscreen and minimal platforms search only the built-in icons: add the
    // folders where the system keeps its icon themes.
    QStringList iconPaths = QIcon::themeSearchPaths();
    for (const QString &dir :
         QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, u"icons"_s, QStandardPaths::LocateDirectory)) {
        if (!iconPaths.contains(dir))
            iconPaths.append(dir);
    }
    QIcon::setThemeSearchPaths(iconPaths);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Timeline viewer for offline news corpora"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"path"_s, QApplication::translate("main", "A folder, an archive or a document to open."),
                                 u"[PATH]"_s);
    const QCommandLineOption screenshot(u"screenshot"_s,
                                        QApplication::translate("main", "Render the window to FILE.png and quit."),
                                        u"FILE"_s);
    const QCommandLineOption size(u"size"_s, QApplication::translate("main", "Window size for --screenshot, e.g. 1280x800."),
                                  u"WxH"_s, u"1280x800"_s);
    const QCommandLineOption range(u"zoom"_s,
                                   QApplication::translate("main", "Show the dates FROM..TO once loaded, e.g. 2010-01-01..2019-12-31."),
                                   u"FROM..TO"_s);
    const QCommandLineOption select(u"select"_s, QApplication::translate("main", "Select the event ID once loaded."),
                                    u"ID"_s);
    const QCommandLineOption filter(u"filter"_s,
                                    QApplication::translate("main", "Show only events that name NAME once loaded (repeatable)."),
                                    u"NAME"_s);
    const QCommandLineOption lanes(u"lanes"_s,
                                   QApplication::translate("main", "Split the timeline into lanes: none, countries, islands, "
                                                                   "people, organizations or sourceKind."),
                                   u"GROUPING"_s);
    const QCommandLineOption lane(u"lane"_s, QApplication::translate("main", "Add a lane for the entity NAME once loaded (repeatable)."),
                                  u"NAME"_s);
    parser.addOptions({screenshot, size, range, select, filter, lanes, lane});
    parser.process(app);

    MainWindow window;
    const QStringList paths = parser.positionalArguments();
    if (parser.isSet(range)) {
        const QStringList ends = parser.value(range).split(u".."_s);
        const QDate from = QDate::fromString(ends.value(0), Qt::ISODate);
        const QDate to = QDate::fromString(ends.value(1), Qt::ISODate);
        if (ends.size() != 2 || !from.isValid() || !to.isValid() || to < from) {
            std::fprintf(stderr, "chronoscope: --zoom takes FROM..TO, e.g. 2010-01-01..2019-12-31\n");
            return 1;
        }
        QObject::connect(&window, &MainWindow::loadFinished, &window, [&window, from, to] {
            window.timeline()->setWindow(double(TimeScale::toTime(from)), double(TimeScale::toTime(to.addDays(1))));
        });
    }
    if (parser.isSet(filter)) {
        QObject::connect(&window, &MainWindow::loadFinished, &window, [&window, names = parser.values(filter)] {
            const QStringList unknown = window.filterByNames(names);
            for (const QString &name : unknown)
                std::fprintf(stderr, "chronoscope: no entity is called '%s'\n", qPrintable(name));
        });
    }
    if (parser.isSet(lanes) || parser.isSet(lane)) {
        const std::optional<LaneGrouping> grouping = parser.isSet(lanes) ? laneGroupingFromKey(parser.value(lanes))
                                                                         : std::optional(LaneGrouping::None);
        if (!grouping) {
            std::fprintf(stderr, "chronoscope: --lanes takes none, countries, islands, people, organizations or sourceKind\n");
            return 1;
        }
        QObject::connect(&window, &MainWindow::loadFinished, &window, [&window, grouping, names = parser.values(lane)] {
            const QStringList unknown = window.setLanes(*grouping, names);
            for (const QString &name : unknown)
                std::fprintf(stderr, "chronoscope: no entity is called '%s'\n", qPrintable(name));
        });
    }
    if (parser.isSet(select)) {
        QObject::connect(&window, &MainWindow::loadFinished, &window, [&window, id = parser.value(select)] {
            window.timeline()->revealEvent(id);
        });
    }

    if (parser.isSet(screenshot)) {
        const QStringList dims = parser.value(size).split(u'x');
        bool okW = false;
        bool okH = false;
        const int w = dims.value(0).toInt(&okW);
        const int h = dims.value(1).toInt(&okH);
        if (dims.size() != 2 || !okW || !okH || w < 200 || h < 150 || w > 8000 || h > 8000) {
            std::fprintf(stderr, "chronoscope: --size takes WIDTHxHEIGHT, e.g. 1280x800\n");
            return 1;
        }
        window.resize(w, h);
        window.show();
        const QString out = parser.value(screenshot);
        auto grab = [&window, out] {
            const bool saved = window.grab().save(out, "PNG");
            if (!saved)
                std::fprintf(stderr, "chronoscope: cannot write %s\n", qPrintable(out));
            QApplication::exit(saved ? 0 : 1);
        };
        auto shoot = [&window, grab] {
            // Let layouts settle, and the reader's text arrive, before grabbing (at most two seconds).
            auto *poll = new QTimer(&window);
            auto deadline = std::make_shared<QDeadlineTimer>(2000);
            QObject::connect(poll, &QTimer::timeout, &window, [&window, grab, deadline] {
                const ReaderContent &shown = window.reader()->content();
                const bool waiting = !shown.event.id.isEmpty() && shown.event.kind != EventKind::Stub && !shown.text
                    && shown.textError.isEmpty();
                if (!waiting || deadline->hasExpired())
                    grab();
            });
            poll->start(20);
        };
        if (!paths.isEmpty()) {
            QObject::connect(&window, &MainWindow::loadFinished, &window, shoot);
            window.openPath(paths.first());
        } else {
            shoot();
        }
        return QApplication::exec();
    }

    window.show();
    if (!paths.isEmpty())
        window.openPath(paths.first());
    else
        window.restoreLastSession();
    return QApplication::exec();
}
