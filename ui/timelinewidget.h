// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "timeline/columnbins.h"
#include "timeline/timelinelanes.h"
#include "timeline/timelinesource.h"
#include "timeline/timescale.h"
#include "timeline/timeticks.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

#include <optional>

class QMenu;
class QPrinter;
class QScrollBar;
class QTimer;

namespace Chronoscope {

/**
 * The timeline: every event of the filtered set on a zoomable time axis.
 *
 * A frame is laid out once per change of window, size or data, then painted
 * and hit-tested from that layout. When few events are in view, each gets a
 * marker (a dot for a day, a bar for a month, a year or a range; hollow or
 * hatched when its date is inferred; lighter for pages not in the corpus) and
 * a label in the first free row. When more are in view than rows can hold,
 * the view shows per-column density with cluster markers whose counts add up
 * to the events in view. An overview strip shows the whole filtered corpus
 * with the visible window, and undated events sit in a tray at the right.
 *
 * With lanes (setLanes()), the events area is split into bands, one per
 * lane (TimelineLanes), each headed by its name and laid out by the same rules
 * from the lane's own start times; an event is drawn in every lane that holds
 * it. Lanes that do not fit at their minimum height scroll vertically
 * (scroll bar, Alt+wheel, Up/Down).
 *
 * Counting reads the sorted start times through binary searches (ColumnBins):
 * nothing loops over all events per frame.
 */
class TimelineWidget : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineWidget(QWidget *parent = nullptr);
    ~TimelineWidget() override;

    /** The events to show; not owned. */
    void setSource(TimelineSource *source);
    [[nodiscard]] TimelineSource *source() const { return m_source; }

    [[nodiscard]] TimeScale scale() const { return m_scale; }
    /** Shows [@p start, @p end) (seconds since the epoch, UTC). */
    void setWindow(double start, double end);
    /** Shows every dated event, with a margin. */
    void fitAll();
    /** Zooms in by @p factor (> 1) or out (< 1) about @p anchorX. */
    void zoomBy(double factor, double anchorX);
    void zoomIn();
    void zoomOut();

    [[nodiscard]] QString selectedEvent() const { return m_selected; }
    /** Selects @p id (or nothing, when empty) without moving the window. */
    void setSelectedEvent(const QString &id);
    /** Selects @p id and moves the window to it when it is out of view. */
    void revealEvent(const QString &id);
    /** Selects the previous (@p step < 0) or next dated event in time. */
    void moveSelection(int step);

    [[nodiscard]] bool showsAllLinks() const { return m_showAllLinks; }
    void setShowAllLinks(bool show);

    [[nodiscard]] LaneSpec lanes() const { return m_lanes; }
    /** Splits the view into the lanes of @p spec (an empty spec: one band). */
    void setLanes(const LaneSpec &spec);
    /** The lanes of the current spec over the events shown (all of them, scrolled out or not). */
    [[nodiscard]] const TimelineLanes &laneData() const;
    /** How far the lanes are scrolled, in pixels, and how far they can be. */
    [[nodiscard]] int laneScroll() const;
    [[nodiscard]] int maxLaneScroll() const;
    void setLaneScroll(int pixels);

    /** Paints the view as it is now into @p painter over @p size: used to export and print. */
    void render(QPainter *painter, QSize size) const;
    /** The size an export has: the widget's, taller when lanes scroll, so that every lane is in it. */
    [[nodiscard]] QSize exportSize() const;
    /** Writes the view as PNG or SVG (by the name's suffix). */
    bool exportTo(const QString &fileName, QString *error) const;
    void print(QPrinter *printer) const;

    /** What lies under @p pos, for tooltips and tests. */
    struct Hit {
        enum Kind { Nothing, Event, Cluster, Undated, MoreUndated, Overview, Axis, LaneHeader } kind = Nothing;
        qsizetype position = -1; ///< the event's position, or the cluster's first event
        qsizetype count = 0; ///< events of a cluster
        qint64 from = 0; ///< a cluster's time range
        qint64 to = 0;
        QString id;
        int lane = -1; ///< the lane of an event, a cluster or a header; -1 without lanes
    };
    [[nodiscard]] Hit hitAt(QPointF pos) const;
    /** The context menu for @p pos (what right-clicking there opens). */
    [[nodiscard]] std::unique_ptr<QMenu> contextMenuAt(QPointF pos);

    /** An event drawn with its label in the current frame. */
    struct PlacedLabel {
        QString id;
        QPointF marker; ///< centre of its marker (for a bar, of the marker at the bar's start)
        bool bar = false;
        QRectF label;
        int lane = -1; ///< the lane it is drawn in; -1 without lanes
    };
    [[nodiscard]] QList<PlacedLabel> placedLabels() const;

    /** A lane's band in the current frame (only lanes at least partly in view). */
    struct LaneBand {
        int lane = -1;
        QString name;
        QRectF rect; ///< the whole band, header included
        QRectF header;
        qsizetype inView = 0; ///< its events in the window
        qsizetype clusterTotal = 0; ///< the sum of its clusters' counts, when it shows density
        bool density = false;
    };
    [[nodiscard]] QList<LaneBand> laneBands() const;

    /** Events that have a label in the current frame, and clusters shown (for tests and accessibility). */
    [[nodiscard]] int labelledEventCount() const;
    [[nodiscard]] qsizetype clusterTotal() const;
    [[nodiscard]] bool isShowingDensity() const;

    QSize sizeHint() const override { return {900, 420}; }
    QSize minimumSizeHint() const override { return {320, 200}; }

Q_SIGNALS:
    void windowChanged(double start, double end);
    void eventSelected(const QString &id);
    void eventActivated(const QString &id);
    /** The user asked to filter by the entities of @p id. */
    void filterByEventRequested(const QString &id);
    /** The lanes changed, by setLanes() or from a lane's header. */
    void lanesChanged(const Chronoscope::LaneSpec &spec);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Frame;
    struct Placed;
    struct Band;
    class TextCache;
    class MarkerCache;

    void sourceChanged();
    void setScale(const TimeScale &scale);
    void invalidate();
    const Frame &frame() const;
    std::unique_ptr<Frame> layout(QSize size) const;
    void paintFrame(QPainter &painter, const Frame &frame) const;
    TextCache &text(const QFont &font, bool bold) const;
    void paintAxis(QPainter &painter, const Frame &frame) const;
    void layoutBand(Frame &frame, Band &band, std::span<const qint64> times, const qsizetype *positions) const;
    void paintLaneBackgrounds(QPainter &painter, const Frame &frame) const;
    void paintLaneHeaders(QPainter &painter, const Frame &frame) const;
    void paintEdgeCounts(QPainter &painter, const Frame &frame, const Band &band) const;
    void paintEvents(QPainter &painter, const Frame &frame, const Band &band) const;
    void paintDensity(QPainter &painter, const Frame &frame, const Band &band) const;
    void paintLinks(QPainter &painter, const Frame &frame) const;
    void paintOverview(QPainter &painter, const Frame &frame) const;
    void paintTray(QPainter &painter, const Frame &frame) const;
    Hit hitAt(const Frame &frame, QPointF pos) const;
    [[nodiscard]] QString toolTipFor(const Hit &hit) const;
    void select(const QString &id);
    void centreOverview(double x);
    void syncLaneBar(const Frame &frame) const;
    [[nodiscard]] int laneRefreshInterval() const;
    [[nodiscard]] std::pair<qint64, qint64> dataRange() const;

    QPointer<TimelineSource> m_source;
    TimeScale m_scale;
    bool m_fitPending = true;
    QString m_selected;
    bool m_showAllLinks = false;
    LaneSpec m_lanes;
    mutable TimelineLanes m_laneData;
    mutable bool m_laneDataValid = false;
    mutable double m_laneBuildMs = 0; // how long the lanes took to work out last time
    mutable QElapsedTimer m_laneBuildClock; // since then
    QTimer *m_laneRefresh = nullptr;
    double m_laneScroll = 0;
    QScrollBar *m_laneBar = nullptr;

    mutable std::unique_ptr<Frame> m_frame;
    mutable std::unique_ptr<TextCache> m_text; // label widths and laid-out labels, kept across frames
    mutable std::unique_ptr<TextCache> m_boldText;
    mutable std::unique_ptr<MarkerCache> m_markers;
    mutable std::unique_ptr<TimeTicks> m_ticks; // month names and label widths, kept across frames
    mutable QFont m_ticksFont;

    enum class Drag { None, Pan, RubberBand, Overview } m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_dragged = false;
};

} // namespace Chronoscope
