// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "graph/eventgraph.h"
#include "modeltestutils.h"
#include "testutils.h"
#include "timeline/timelinesource.h"
#include "timelinewidget.h"

#include <catch2/catch_test_macros.hpp>

#include <QImage>
#include <QMenu>
#include <QSet>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace Chronoscope;
using namespace Qt::StringLiterals;

namespace {

Event dayEvent(const QString &id, QDate date, EventKind kind = EventKind::Page)
{
    Event event;
    event.id = id;
    event.title = u"Event "_s + id;
    event.kind = kind;
    event.date = DateRange::day(date, DateSource::Metadata);
    return event;
}

/** A graph of a few events a year apart, each linking to the next. */
EventGraph smallGraph(int count)
{
    EventGraph graph;
    for (int i = 0; i < count; ++i)
        graph.addDocumentEvent(dayEvent(u"e%1"_s.arg(i, 3, 10, QChar(u'0')), QDate(2000 + i, 3, 1)));
    for (int i = 0; i + 1 < count; ++i)
        graph.addLink(i, u"/e%1.md"_s.arg(i + 1, 3, 10, QChar(u'0')), {}, {});
    Event undated;
    undated.id = u"undated"_s;
    undated.title = u"An article with no date"_s;
    undated.kind = EventKind::Article;
    graph.addDocumentEvent(undated);
    return graph;
}

struct Fixture {
    EventGraph graph;
    GraphTimelineSource source;
    TimelineWidget widget;

    explicit Fixture(int count)
        : graph(smallGraph(count))
    {
        source.setGraph(&graph);
        widget.setSource(&source);
        widget.resize(1000, 500);
        widget.show();
        REQUIRE(QTest::qWaitForWindowExposed(&widget));
        widget.fitAll();
    }
};

void wheel(QWidget *widget, QPointF pos, int delta)
{
    QWheelEvent event(pos, widget->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

/** The centre of the marker of the event at @p position, found through hit-testing along its x. */
QPoint markerOf(const TimelineWidget &widget, qsizetype position)
{
    const double x = widget.scale().x(widget.source()->startTimes()[size_t(position)]);
    for (int y = 0; y < widget.height(); ++y) {
        const TimelineWidget::Hit hit = widget.hitAt(QPointF(x, y));
        if (hit.kind == TimelineWidget::Hit::Event && hit.position == position)
            return QPoint(int(x), y);
    }
    return {-1, -1};
}

} // namespace

TEST_CASE("fit all shows every dated event, and undated ones sit in the tray", "[gui][timeline]")
{
    Fixture f(12);
    const qint64 first = f.source.startTimes().front();
    const qint64 last = f.source.startTimes().back();
    CHECK(f.widget.scale().contains(first));
    CHECK(f.widget.scale().contains(last));
    CHECK_FALSE(f.widget.isShowingDensity());
    CHECK(f.widget.labelledEventCount() == 12);
    CHECK(f.source.undatedCount() == 1);

    // The tray holds the undated article, and clicking it selects it.
    bool found = false;
    for (int y = 0; y < f.widget.height() && !found; y += 2) {
        const QPointF pos(f.widget.width() - 60, y);
        const TimelineWidget::Hit hit = f.widget.hitAt(pos);
        if (hit.kind == TimelineWidget::Hit::Undated) {
            found = true;
            QSignalSpy selected(&f.widget, &TimelineWidget::eventSelected);
            QTest::mouseClick(&f.widget, Qt::LeftButton, {}, pos.toPoint());
            REQUIRE(selected.size() == 1);
            CHECK(selected[0][0].toString() == u"undated"_s);
        }
    }
    CHECK(found);
}

TEST_CASE("the wheel zooms about the cursor; dragging pans", "[gui][timeline]")
{
    Fixture f(12);
    const TimeScale before = f.widget.scale();
    const QPointF anchor(300, 200);
    const double timeUnderCursor = before.timeAt(anchor.x());
    QSignalSpy window(&f.widget, &TimelineWidget::windowChanged);
    wheel(&f.widget, anchor, 120);
    const TimeScale zoomed = f.widget.scale();
    CHECK(zoomed.span() < before.span());
    CHECK(std::abs(zoomed.timeAt(anchor.x()) - timeUnderCursor) < zoomed.secondsPerPixel());
    CHECK(window.size() == 1);

    wheel(&f.widget, anchor, -240);
    CHECK(f.widget.scale().span() > zoomed.span());

    // Dragging to the right shows earlier times.
    const double startBefore = f.widget.scale().start();
    QTest::mousePress(&f.widget, Qt::LeftButton, {}, QPoint(500, 300));
    QTest::mouseMove(&f.widget, QPoint(520, 300));
    QTest::mouseMove(&f.widget, QPoint(600, 300));
    QTest::mouseRelease(&f.widget, Qt::LeftButton, {}, QPoint(600, 300));
    CHECK(f.widget.scale().start() < startBefore);
}

TEST_CASE("Shift+drag zooms to the range drawn", "[gui][timeline]")
{
    Fixture f(12);
    const TimeScale before = f.widget.scale();
    const double from = before.timeAt(200);
    const double to = before.timeAt(400);
    QTest::mousePress(&f.widget, Qt::LeftButton, Qt::ShiftModifier, QPoint(200, 300));
    QTest::mouseMove(&f.widget, QPoint(250, 300));
    QTest::mouseMove(&f.widget, QPoint(400, 300));
    QTest::mouseRelease(&f.widget, Qt::LeftButton, Qt::ShiftModifier, QPoint(400, 300));
    const TimeScale after = f.widget.scale();
    CHECK(std::abs(after.start() - from) < before.secondsPerPixel() * 2);
    CHECK(std::abs(after.end() - to) < before.secondsPerPixel() * 2);
}

TEST_CASE("a click selects, keys move the selection in time and Enter opens", "[gui][timeline]")
{
    Fixture f(12);
    const QPoint marker = markerOf(f.widget, 3);
    REQUIRE(marker.x() >= 0);
    QSignalSpy selected(&f.widget, &TimelineWidget::eventSelected);
    QTest::mouseClick(&f.widget, Qt::LeftButton, {}, marker);
    REQUIRE(selected.size() == 1);
    CHECK(selected.last()[0].toString() == u"e003"_s);

    QTest::keyClick(&f.widget, Qt::Key_Right);
    CHECK(f.widget.selectedEvent() == u"e004"_s);
    QTest::keyClick(&f.widget, Qt::Key_Period);
    CHECK(f.widget.selectedEvent() == u"e005"_s);
    QTest::keyClick(&f.widget, Qt::Key_Left);
    QTest::keyClick(&f.widget, Qt::Key_Comma);
    CHECK(f.widget.selectedEvent() == u"e003"_s);
    QTest::keyClick(&f.widget, Qt::Key_End);
    CHECK(f.widget.selectedEvent() == u"e011"_s);
    QTest::keyClick(&f.widget, Qt::Key_Right);
    CHECK(f.widget.selectedEvent() == u"e011"_s);

    QSignalSpy activated(&f.widget, &TimelineWidget::eventActivated);
    QTest::keyClick(&f.widget, Qt::Key_Return);
    REQUIRE(activated.size() == 1);
    CHECK(activated[0][0].toString() == u"e011"_s);

    // + and - zoom about the centre, 0 fits everything again.
    const double span = f.widget.scale().span();
    QTest::keyClick(&f.widget, Qt::Key_Plus);
    CHECK(f.widget.scale().span() < span);
    QTest::keyClick(&f.widget, Qt::Key_Minus);
    QTest::keyClick(&f.widget, Qt::Key_Minus);
    CHECK(f.widget.scale().span() > span);
    QTest::keyClick(&f.widget, Qt::Key_0);
    CHECK(f.widget.scale().contains(f.source.startTimes().front()));
    CHECK(f.widget.scale().contains(f.source.startTimes().back()));
}

TEST_CASE("moving the selection past the window brings the event into view", "[gui][timeline]")
{
    Fixture f(12);
    f.widget.setWindow(double(TimeScale::toTime(QDate(2000, 1, 1))), double(TimeScale::toTime(QDate(2002, 1, 1))));
    f.widget.setSelectedEvent(u"e001"_s);
    QTest::keyClick(&f.widget, Qt::Key_Right);
    CHECK(f.widget.selectedEvent() == u"e002"_s);
    CHECK(f.widget.scale().contains(TimeScale::toTime(QDate(2002, 3, 1))));
}

TEST_CASE("crowded views show density and clusters whose counts add up", "[gui][timeline]")
{
    std::vector<Event> events;
    QRandomGenerator random(7);
    const qint64 firstDay = QDate(1850, 1, 1).toJulianDay();
    for (int i = 0; i < 20000; ++i) {
        const QDate day = QDate::fromJulianDay(firstDay + random.bounded(180 * 365));
        events.push_back(dayEvent(QString::number(i), day, i % 3 ? EventKind::Page : EventKind::Stub));
    }
    GraphTimelineSource source;
    source.setEvents(events);
    TimelineWidget widget;
    widget.setSource(&source);
    widget.resize(1200, 600);
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    widget.fitAll();
    CHECK(widget.isShowingDensity());
    CHECK(widget.clusterTotal() == 20000);

    // Zoomed in, the clusters still account for every event in view.
    widget.setWindow(double(TimeScale::toTime(QDate(1900, 1, 1))), double(TimeScale::toTime(QDate(1950, 1, 1))));
    const auto times = source.startTimes();
    const qsizetype inView = std::count_if(times.begin(), times.end(), [&widget](qint64 t) {
        return widget.scale().contains(t);
    });
    if (widget.isShowingDensity())
        CHECK(widget.clusterTotal() == inView);

    // Deep enough, labels come back.
    widget.setWindow(double(TimeScale::toTime(QDate(1900, 1, 1))), double(TimeScale::toTime(QDate(1900, 2, 1))));
    CHECK_FALSE(widget.isShowingDensity());
    CHECK(widget.labelledEventCount() > 0);

    // A double-click on a cluster zooms into it.
    widget.fitAll();
    const double span = widget.scale().span();
    bool zoomed = false;
    for (int x = 10; x < widget.width() - 250 && !zoomed; x += 7) {
        for (int y = 60; y < 300 && !zoomed; y += 5) {
            if (widget.hitAt(QPointF(x, y)).kind == TimelineWidget::Hit::Cluster) {
                QTest::mouseDClick(&widget, Qt::LeftButton, {}, QPoint(x, y));
                zoomed = true;
            }
        }
    }
    REQUIRE(zoomed);
    CHECK(widget.scale().span() < span);
}

TEST_CASE("the view exports as PNG and SVG that show it", "[gui][timeline]")
{
    Fixture f(12);
    QTemporaryDir dir;
    QString error;
    const QString png = dir.filePath(u"view.png"_s);
    REQUIRE(f.widget.exportTo(png, &error));
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == 2 * f.widget.width());
    // Not blank: markers, labels and the axis give many colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    CHECK(colours.size() > 20);

    const QString svg = dir.filePath(u"view.svg"_s);
    REQUIRE(f.widget.exportTo(svg, &error));
    const QByteArray svgText = TestUtils::readFile(svg);
    CHECK(svgText.contains("<svg"));
    CHECK(svgText.contains("Event e003"));

    CHECK_FALSE(f.widget.exportTo(dir.filePath(u"missing/folder/view.png"_s), &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("markers sit on their dates and labels never overlap, at every zoom", "[gui][timeline]")
{
    std::vector<Event> events;
    QRandomGenerator random(11);
    const qint64 firstDay = QDate(1990, 1, 1).toJulianDay();
    for (int i = 0; i < 3000; ++i) {
        Event event = dayEvent(QString::number(i), QDate::fromJulianDay(firstDay + random.bounded(30 * 365)));
        event.title = u"Event number %1 with a title of some length"_s.arg(i).left(12 + random.bounded(40));
        events.push_back(event);
    }
    GraphTimelineSource source;
    source.setEvents(events);
    TimelineWidget widget;
    widget.setSource(&source);
    widget.resize(1300, 700);
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));

    int framesWithLabels = 0;
    const double centre = double(TimeScale::toTime(QDate(2005, 6, 15)));
    for (double span = 30 * 365.0 * 86400; span > 2 * 86400; span /= 2.3) {
        widget.setWindow(centre - span / 2, centre + span / 2);
        const QList<TimelineWidget::PlacedLabel> labels = widget.placedLabels();
        if (!labels.isEmpty())
            ++framesWithLabels;
        for (const TimelineWidget::PlacedLabel &label : labels) {
            const qsizetype position = source.positionOf(label.id);
            REQUIRE(position >= 0);
            const double x = widget.scale().x(source.startTimes()[size_t(position)]);
            if (!label.bar)
                CHECK(std::abs(label.marker.x() - x) <= 1.0);
        }
        for (qsizetype i = 0; i < labels.size(); ++i) {
            for (qsizetype j = i + 1; j < labels.size(); ++j) {
                INFO(labels[i].id.toStdString() << " and " << labels[j].id.toStdString());
                CHECK_FALSE(labels[i].label.intersects(labels[j].label));
            }
        }
    }
    CHECK(framesWithLabels >= 3);
}

namespace {

/** The names of @p entity and of everything above it in @p table. */
QSet<QString> selfAndAncestorNames(const QList<EntityInfo> &table, int entity)
{
    QSet<QString> names;
    for (int e = entity; e >= 0; e = table[e].parent)
        names.insert(table[e].name);
    return names;
}

/** The lanes an event belongs to by country, worked out from its entities alone. */
QSet<QString> expectedCountryLanes(const QList<EntityInfo> &table, const Event &event)
{
    QSet<QString> lanes;
    for (int entity : event.entities) {
        for (int e = entity; e >= 0; e = table[e].parent) {
            if (table[e].kind == u"country"_s)
                lanes.insert(table[e].name);
        }
    }
    if (lanes.isEmpty())
        lanes.insert(u"Other"_s);
    return lanes;
}

/** Events over a few years whose titles name countries, islands (and Moscow, in Russia), or nothing known. */
std::vector<Event> taggedEvents(int count, int seed)
{
    static const QStringList titles = {
        u"Japan and Russia hold talks"_s, u"Russia builds on Iturup"_s,     u"Talks in Moscow"_s,
        u"China comments"_s,              u"Fishing near Kunashir"_s,       u"Japan protests"_s,
        u"A storm on Shikotan"_s,         u"The Kurils in winter"_s,        u"Japan, Russia and China meet"_s,
        u"A quiet year"_s,
    };
    const ModelTestUtils::Tagger tagger(ModelTestUtils::kurilEntities());
    QRandomGenerator random(static_cast<quint32>(seed));
    const qint64 firstDay = QDate(2000, 1, 1).toJulianDay();
    const int days = count <= 40 ? 10 * 365 : 30 * 365;
    std::vector<Event> events;
    for (int i = 0; i < count; ++i) {
        const qint64 day = count <= 40 ? firstDay + i * days / count : firstDay + random.bounded(days);
        Event event = dayEvent(u"t%1"_s.arg(i), QDate::fromJulianDay(day));
        event.title = titles[i % titles.size()];
        tagger.tag(event);
        event.title += u" (%1)"_s.arg(i);
        events.push_back(event);
    }
    return events;
}

struct LaneFixture {
    QList<EntityInfo> table = ModelTestUtils::kurilEntities();
    std::vector<Event> events;
    GraphTimelineSource source;
    TimelineWidget widget;

    LaneFixture(int count, QSize size)
        : events(taggedEvents(count, 5))
    {
        source.setEvents(events);
        source.setEntityTable(table);
        widget.setSource(&source);
        widget.resize(size);
        widget.show();
        REQUIRE(QTest::qWaitForWindowExposed(&widget));
        widget.fitAll();
    }

    [[nodiscard]] const Event &eventOf(const QString &id) const
    {
        return *std::find_if(events.begin(), events.end(), [&id](const Event &e) {
            return e.id == id;
        });
    }
};

void checkNoOverlap(const QList<TimelineWidget::PlacedLabel> &labels)
{
    for (qsizetype i = 0; i < labels.size(); ++i) {
        for (qsizetype j = i + 1; j < labels.size(); ++j) {
            INFO(labels[i].id.toStdString() << " and " << labels[j].id.toStdString());
            CHECK_FALSE(labels[i].label.intersects(labels[j].label));
        }
    }
}

} // namespace

TEST_CASE("lanes by country: each event in the band of every country it names, the rest in Other", "[gui][timeline][lanes]")
{
    LaneFixture f(30, QSize(1200, 800));
    QSignalSpy changed(&f.widget, &TimelineWidget::lanesChanged);
    f.widget.setLanes({LaneGrouping::Countries, {}});
    CHECK(changed.size() == 1);

    // The busiest country first, Other last.
    const QList<TimelineWidget::LaneBand> bands = f.widget.laneBands();
    QStringList names;
    for (const TimelineWidget::LaneBand &band : bands)
        names.append(band.name);
    REQUIRE(names.size() == 4);
    CHECK(names.first() == u"Russia"_s);
    CHECK(names.last() == u"Other"_s);
    CHECK(QSet<QString>(names.begin(), names.end()) == QSet<QString>{u"Japan"_s, u"Russia"_s, u"China"_s, u"Other"_s});
    for (qsizetype i = 0; i + 1 < bands.size(); ++i)
        CHECK(bands[i].rect.bottom() <= bands[i + 1].rect.top() + 0.5);

    // Every event is labelled in each of its lanes, inside that lane's band, and nowhere else.
    const QList<TimelineWidget::PlacedLabel> labels = f.widget.placedLabels();
    QHash<QString, QSet<QString>> lanesOf;
    for (const TimelineWidget::PlacedLabel &label : labels) {
        const auto band = std::find_if(bands.begin(), bands.end(), [&label](const TimelineWidget::LaneBand &b) {
            return b.lane == label.lane;
        });
        REQUIRE(band != bands.end());
        CHECK(band->rect.contains(label.marker));
        CHECK(band->rect.contains(label.label));
        CHECK_FALSE(band->header.intersects(label.label));
        CHECK_FALSE(lanesOf[label.id].contains(band->name));
        lanesOf[label.id].insert(band->name);
    }
    for (const Event &event : f.events) {
        INFO(event.title.toStdString());
        CHECK(lanesOf.value(event.id) == expectedCountryLanes(f.table, event));
    }
    // "Talks in Moscow" is Russia's: a place counts for the country it lies in.
    CHECK(lanesOf.value(u"t2"_s) == QSet<QString>{u"Russia"_s});
    checkNoOverlap(labels);

    // Each lane's count in view is its events in the window.
    for (const TimelineWidget::LaneBand &band : bands) {
        const qsizetype expected = std::count_if(f.events.begin(), f.events.end(), [&](const Event &e) {
            return expectedCountryLanes(f.table, e).contains(band.name)
                && f.widget.scale().contains(TimeScale::toTime(e.date.from));
        });
        CHECK(band.inView == expected);
    }

    // Hit-testing finds an event in the lane it was clicked in, and a click selects it.
    const TimelineWidget::PlacedLabel &some = labels.first();
    const TimelineWidget::Hit hit = f.widget.hitAt(some.marker);
    CHECK(hit.kind == TimelineWidget::Hit::Event);
    CHECK(hit.id == some.id);
    CHECK(hit.lane == some.lane);
    QSignalSpy selected(&f.widget, &TimelineWidget::eventSelected);
    QTest::mouseClick(&f.widget, Qt::LeftButton, {}, some.marker.toPoint());
    REQUIRE(selected.size() == 1);
    CHECK(selected[0][0].toString() == some.id);
    QTest::keyClick(&f.widget, Qt::Key_Right);
    CHECK(f.widget.selectedEvent() != some.id);
    // A lane's header says what it is.
    CHECK(f.widget.hitAt(bands.first().header.center()).kind == TimelineWidget::Hit::LaneHeader);

    // No lanes: one band again, every event once.
    f.widget.setLanes({});
    const QList<TimelineWidget::LaneBand> one = f.widget.laneBands();
    REQUIRE(one.size() == 1);
    CHECK(one.first().lane == -1);
    CHECK(f.widget.labelledEventCount() == int(f.events.size()));
}

TEST_CASE("an island's lane takes the islands below it; a lane added by hand comes first", "[gui][timeline][lanes]")
{
    LaneFixture f(30, QSize(1200, 800));
    f.widget.setLanes({LaneGrouping::Islands, {}});
    const TimelineLanes &lanes = f.widget.laneData();
    REQUIRE(lanes.count() >= 2);
    const TimelineLane &kurils = lanes.lanes().front();
    CHECK(kurils.name == u"Kuril Islands"_s);
    // Every event naming any island of the Kurils, and only those.
    const qsizetype expected = std::count_if(f.events.begin(), f.events.end(), [&f](const Event &e) {
        return std::any_of(e.entities.begin(), e.entities.end(), [&f](int entity) {
            return selfAndAncestorNames(f.table, entity).contains(u"Kuril Islands"_s);
        });
    });
    CHECK(qsizetype(kurils.starts.size()) == expected);
    CHECK(std::is_sorted(kurils.starts.begin(), kurils.starts.end()));
    checkNoOverlap(f.widget.placedLabels());

    const int kunashir = 5;
    REQUIRE(f.table[kunashir].name == u"Kunashir"_s);
    f.widget.setLanes({LaneGrouping::Islands, {kunashir}});
    REQUIRE(f.widget.laneData().count() >= 2);
    CHECK(f.widget.laneData().lanes().front().name == u"Kunashir"_s);
    CHECK(f.widget.laneData().lanes().front().custom);
    // Kunashir has its lane once, not again among the islands.
    const auto &all = f.widget.laneData().lanes();
    CHECK(std::count_if(all.begin(), all.end(), [](const TimelineLane &l) {
              return l.name == u"Kunashir"_s;
          }) == 1);
    // Its header's context menu removes it.
    const QList<TimelineWidget::LaneBand> bands = f.widget.laneBands();
    REQUIRE_FALSE(bands.isEmpty());
    CHECK(bands.first().name == u"Kunashir"_s);
    std::unique_ptr<QMenu> menu = f.widget.contextMenuAt(bands.first().header.center());
    QAction *remove = menu->findChild<QAction *>(u"removeLane"_s);
    REQUIRE(remove);
    remove->trigger();
    CHECK(f.widget.lanes() == LaneSpec{LaneGrouping::Islands, {}});
    CHECK(f.widget.laneData().lanes().front().name == u"Kuril Islands"_s);
    // A grouping's lane has no such entry; "No Lanes" is always there.
    menu = f.widget.contextMenuAt(f.widget.laneBands().first().header.center());
    CHECK_FALSE(menu->findChild<QAction *>(u"removeLane"_s));
    REQUIRE(menu->findChild<QAction *>(u"noLanes"_s));
    menu->findChild<QAction *>(u"noLanes"_s)->trigger();
    CHECK(f.widget.lanes().isEmpty());
}

TEST_CASE("crowded lanes show clusters whose counts add up to the lane's events in view", "[gui][timeline][lanes]")
{
    LaneFixture f(6000, QSize(1300, 760));
    f.widget.setLanes({LaneGrouping::Countries, {}});
    const double centre = double(TimeScale::toTime(QDate(2015, 1, 1)));
    int densityBands = 0;
    for (double span = 30 * 365.0 * 86400; span > 20 * 86400; span /= 3) {
        f.widget.setWindow(centre - span / 2, centre + span / 2);
        for (const TimelineWidget::LaneBand &band : f.widget.laneBands()) {
            INFO(band.name.toStdString());
            const qsizetype expected = std::count_if(f.events.begin(), f.events.end(), [&](const Event &e) {
                return expectedCountryLanes(f.table, e).contains(band.name)
                    && f.widget.scale().contains(TimeScale::toTime(e.date.from));
            });
            CHECK(band.inView == expected);
            if (band.density) {
                ++densityBands;
                CHECK(band.clusterTotal == expected);
            }
        }
        checkNoOverlap(f.widget.placedLabels());
    }
    CHECK(densityBands > 0);
}

TEST_CASE("lanes that do not fit scroll, and an export holds every lane", "[gui][timeline][lanes]")
{
    LaneFixture f(30, QSize(900, 300));
    f.widget.setLanes({LaneGrouping::Countries, {}});
    REQUIRE(f.widget.maxLaneScroll() > 0);
    const QString firstName = f.widget.laneBands().first().name;
    // Alt+wheel scrolls the lanes and leaves the time alone.
    const TimeScale before = f.widget.scale();
    QWheelEvent event(QPointF(400, 150), f.widget.mapToGlobal(QPointF(400, 150)), QPoint(), QPoint(0, -240), Qt::NoButton,
                      Qt::AltModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(&f.widget, &event);
    CHECK(f.widget.laneScroll() > 0);
    CHECK(f.widget.scale() == before);
    CHECK(f.widget.laneBands().first().name != firstName);
    CHECK(f.widget.exportSize().height() >= f.widget.height() + f.widget.maxLaneScroll());

    QTemporaryDir dir;
    const QString png = dir.filePath(u"lanes.png"_s);
    QString error;
    REQUIRE(f.widget.exportTo(png, &error));
    CHECK(QImage(png).height() == 2 * f.widget.exportSize().height());
}
