// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "timelinewidget.h"

#include "colors.h"
#include "dates/dateformat.h"
#include "icons.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFileInfo>
#include <QImage>
#include <QMenu>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPaintEngine>
#include <QPrinter>
#include <QStaticText>
#include <QSvgGenerator>
#include <QToolTip>
#include <QWheelEvent>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Chronoscope {

namespace {

// Above this many events in view, labels cannot be read anyway: show density.
constexpr qsizetype maxLabelledInView = 1500;
constexpr double markerRadius = 4.5;
constexpr double maxLabelWidth = 280;
constexpr double overviewHeight = 34;
constexpr double crowdStripHeight = 14;
constexpr double dragThreshold = 4;

QColor withAlpha(QColor color, double alpha)
{
    color.setAlphaF(float(alpha));
    return color;
}

struct Colours {
    QColor base, text, muted, grid, gridMajor, page, article, stub, highlight, highlightedText, band;

    explicit Colours(const QPalette &palette)
    {
        base = palette.color(QPalette::Base);
        text = palette.color(QPalette::Text);
        muted = mixed(text, base, 0.45);
        grid = mixed(text, base, 0.92);
        gridMajor = mixed(text, base, 0.8);
        highlight = palette.color(QPalette::Highlight);
        highlightedText = palette.color(QPalette::HighlightedText);
        page = highlight;
        // Articles in a neighbouring hue: told apart at a glance, one family.
        const float hue = page.hueF() < 0 ? 0.58F : page.hueF();
        article = QColor::fromHsvF(std::fmod(hue + 0.42F, 1.0F), std::max(0.45F, page.saturationF()),
                                   std::clamp(page.valueF(), 0.55F, 0.8F));
        stub = mixed(text, base, 0.55);
        band = mixed(highlight, base, 0.55);
    }

    [[nodiscard]] QColor of(EventKind kind) const
    {
        switch (kind) {
        case EventKind::Page:
            return page;
        case EventKind::Article:
            return article;
        case EventKind::Stub:
            return stub;
        }
        return page;
    }
};

QString countText(qsizetype count)
{
    return TimelineWidget::tr("%Ln event(s)", nullptr, int(std::min<qsizetype>(count, INT_MAX)));
}

} // namespace

/**
 * Measures and draws labels without shaping them again every frame. Widths
 * are sums of cached character advances (close enough to pack rows; kerning
 * is ignored); each label's layout is kept as a QStaticText.
 */
class TimelineWidget::TextCache
{
public:
    explicit TextCache(const QFont &font)
        : m_font(font)
        , m_metrics(font)
    {
        m_ascii.fill(-1);
    }

    [[nodiscard]] const QFont &font() const { return m_font; }
    [[nodiscard]] const QFontMetricsF &metrics() const { return m_metrics; }

    double width(QStringView text)
    {
        double width = 0;
        for (qsizetype i = 0; i < text.size(); ++i)
            width += advance(text, i);
        return width;
    }

    /** @p text cut to @p maxWidth with an ellipsis, or empty when not even that fits. */
    QString elided(const QString &text, double maxWidth)
    {
        double width = 0;
        const double ellipsis = advance(u"…", 0);
        qsizetype fits = 0; // characters that fit with an ellipsis after them
        for (qsizetype i = 0; i < text.size(); ++i) {
            width += advance(text, i);
            if (width + ellipsis <= maxWidth && !text[i].isHighSurrogate())
                fits = i + 1;
        }
        if (width <= maxWidth)
            return text;
        if (fits == 0)
            return {};
        return QStringView(text).left(fits).trimmed().toString() + u'…';
    }

    void draw(QPainter &painter, QPointF topLeft, const QString &text)
    {
        if (painter.paintEngine() && painter.paintEngine()->type() != QPaintEngine::Raster) {
            // Vector output (SVG, PDF) keeps real text.
            painter.drawText(topLeft + QPointF(0, m_metrics.ascent()), text);
            return;
        }
        auto it = m_layouts.find(text);
        if (it == m_layouts.end()) {
            if (m_layouts.size() > 8192)
                m_layouts.clear();
            QStaticText layout(text);
            layout.setTextFormat(Qt::PlainText);
            layout.prepare(QTransform(), m_font);
            it = m_layouts.insert(text, layout);
        }
        painter.drawStaticText(topLeft, *it);
    }

private:
    double advance(QStringView text, qsizetype i)
    {
        const char16_t c = text[i].unicode();
        if (c < 128) {
            float &cached = m_ascii[c];
            if (cached < 0)
                cached = float(m_metrics.horizontalAdvance(QChar(c)));
            return cached;
        }
        if (QChar::isLowSurrogate(c))
            return 0; // measured with its high surrogate
        auto it = m_other.constFind(c);
        if (it == m_other.cend()) {
            const bool pair = QChar::isHighSurrogate(c) && i + 1 < text.size();
            const double w = m_metrics.horizontalAdvance(pair ? text.mid(i, 2).toString() : QString(QChar(c)));
            it = m_other.insert(c, float(w));
        }
        return *it;
    }

    QFont m_font;
    QFontMetricsF m_metrics;
    std::array<float, 128> m_ascii{};
    QHash<char16_t, float> m_other;
    QHash<QString, QStaticText> m_layouts;
};

struct TimelineWidget::Placed {
    qsizetype position = -1; ///< in the source's start times; -1 for undated
    TimelineEvent event;
    QPointF anchor; ///< centre of the marker
    double barLeft = 0;
    double barRight = 0;
    bool bar = false;
    QRectF label; ///< empty when the event has no room for one
    QString text;
};

struct TimelineWidget::Frame {
    QSize size;
    TimeScale scale;
    QRectF axis;
    QRectF events;
    QRectF overview;
    QRectF tray;
    QFont font;
    QFont bold;
    double rowHeight = 20;
    TickSet ticks;
    ColumnBins bins;
    bool density = false;
    std::vector<Placed> placed;
    std::vector<EventCluster> clusters;
    std::vector<QRectF> clusterRects;
    std::vector<std::pair<QPointF, QPointF>> fadedLinks;
    TimeScale overviewScale;
    ColumnBins overviewBins;
    std::vector<Placed> trayItems;
    qsizetype trayHidden = 0;
    QRectF trayMore;

    [[nodiscard]] const Placed *placedEvent(const QString &id) const
    {
        for (const Placed &p : placed) {
            if (p.event.id == id)
                return &p;
        }
        return nullptr;
    }
};

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(tr("Events in time. Wheel or +/- to zoom, drag to pan, Shift+drag to zoom to a range, "
                                "Left/Right to move between events, Enter to open, 0 to fit all."));
    setCursor(Qt::OpenHandCursor);
}

TimelineWidget::~TimelineWidget() = default;

void TimelineWidget::setSource(TimelineSource *source)
{
    if (m_source == source)
        return;
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = source;
    if (m_source)
        connect(m_source, &TimelineSource::changed, this, &TimelineWidget::sourceChanged);
    m_fitPending = true;
    sourceChanged();
}

void TimelineWidget::sourceChanged()
{
    // The first data shown is fitted; later changes (more batches, a filter)
    // keep the window the user chose.
    if (m_fitPending && m_source && !m_source->startTimes().empty() && width() > 0) {
        m_fitPending = false;
        fitAll();
    }
    invalidate();
}

void TimelineWidget::invalidate()
{
    m_frame.reset();
    update();
}

std::pair<qint64, qint64> TimelineWidget::dataRange() const
{
    if (!m_source || m_source->startTimes().empty())
        return {TimeScale::toTime(QDate(1900, 1, 1)), TimeScale::toTime(QDate(2031, 1, 1))};
    const auto times = m_source->startTimes();
    const TimelineEvent last = m_source->event(qsizetype(times.size()) - 1);
    return {times.front(), std::max(last.end, times.back() + TimeScale::SecondsPerDay)};
}

void TimelineWidget::setScale(const TimeScale &scale)
{
    if (scale == m_scale)
        return;
    const bool windowMoved = scale.start() != m_scale.start() || scale.end() != m_scale.end();
    m_scale = scale;
    invalidate();
    if (windowMoved)
        Q_EMIT windowChanged(m_scale.start(), m_scale.end());
}

void TimelineWidget::setWindow(double start, double end)
{
    setScale(TimeScale(start, end, width()));
}

void TimelineWidget::fitAll()
{
    const auto [from, to] = dataRange();
    setScale(m_scale.resized(width()).fitted(from, to, 24));
}

void TimelineWidget::zoomBy(double factor, double anchorX)
{
    setScale(m_scale.zoomed(factor, anchorX));
}

void TimelineWidget::zoomIn()
{
    zoomBy(1.5, width() / 2.0);
}

void TimelineWidget::zoomOut()
{
    zoomBy(1 / 1.5, width() / 2.0);
}

void TimelineWidget::setSelectedEvent(const QString &id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    invalidate();
}

void TimelineWidget::select(const QString &id)
{
    if (id == m_selected)
        return;
    setSelectedEvent(id);
    Q_EMIT eventSelected(id);
}

void TimelineWidget::revealEvent(const QString &id)
{
    select(id);
    if (!m_source)
        return;
    const qsizetype position = m_source->positionOf(id);
    if (position < 0)
        return;
    const qint64 time = m_source->startTimes()[size_t(position)];
    const double x = m_scale.x(time);
    if (x < 0 || x > m_scale.width())
        setScale(m_scale.panned(m_scale.width() / 2.0 - x));
}

void TimelineWidget::moveSelection(int step)
{
    if (!m_source || m_source->startTimes().empty())
        return;
    const auto times = m_source->startTimes();
    qsizetype position = m_source->positionOf(m_selected);
    if (position < 0) {
        // Start from what is in view.
        const auto first = std::lower_bound(times.begin(), times.end(), qint64(std::ceil(m_scale.start())));
        position = std::clamp<qsizetype>(first - times.begin(), 0, qsizetype(times.size()) - 1);
        if (step < 0) {
            const auto last = std::lower_bound(times.begin(), times.end(), qint64(std::ceil(m_scale.end())));
            position = std::clamp<qsizetype>(last - times.begin() - 1, 0, qsizetype(times.size()) - 1);
        }
    } else {
        position = std::clamp<qsizetype>(position + step, 0, qsizetype(times.size()) - 1);
    }
    revealEvent(m_source->event(position).id);
}

void TimelineWidget::setShowAllLinks(bool show)
{
    if (show == m_showAllLinks)
        return;
    m_showAllLinks = show;
    invalidate();
}

const TimelineWidget::Frame &TimelineWidget::frame() const
{
    if (!m_frame || m_frame->size != size())
        m_frame = layout(size());
    return *m_frame;
}

TimelineWidget::TextCache &TimelineWidget::text(const QFont &font, bool bold) const
{
    std::unique_ptr<TextCache> &cache = bold ? m_boldText : m_text;
    if (!cache || cache->font() != font)
        cache = std::make_unique<TextCache>(font);
    return *cache;
}

std::unique_ptr<TimelineWidget::Frame> TimelineWidget::layout(QSize size) const
{
    auto f = std::make_unique<Frame>();
    f->size = size;
    f->font = font();
    f->bold = font();
    f->bold.setWeight(QFont::DemiBold);
    TextCache &labels = text(f->font, false);
    const QFontMetricsF &fm = labels.metrics();
    const QFontMetricsF bm(f->bold);
    f->rowHeight = std::ceil(fm.height() + 8);
    const qsizetype undated = m_source ? m_source->undatedCount() : 0;
    const double trayWidth = undated > 0 ? std::clamp(size.width() * 0.2, 150.0, 240.0) : 0.0;
    const double axisHeight = std::ceil(bm.height() + fm.height() + 12);
    const double plotWidth = std::max(1.0, size.width() - trayWidth);
    f->axis = QRectF(0, 0, plotWidth, axisHeight);
    f->overview = QRectF(0, size.height() - overviewHeight, plotWidth, overviewHeight);
    f->events = QRectF(0, axisHeight, plotWidth, std::max(0.0, f->overview.top() - axisHeight));
    f->tray = QRectF(plotWidth, 0, trayWidth, size.height());
    f->scale = TimeScale(m_scale.start(), m_scale.end(), int(plotWidth));

    const TimeTicks ticks(QLocale(), [&bm](const QString &label) {
        return int(std::ceil(bm.horizontalAdvance(label)));
    });
    f->ticks = ticks.ticks(f->scale);

    const std::span<const qint64> times = m_source ? m_source->startTimes() : std::span<const qint64>();
    f->bins = ColumnBins(times, f->scale, 2);

    const double rowsTop = f->events.top() + 6;
    const int rows = std::max(0, int((f->events.height() - crowdStripHeight - 10) / f->rowHeight));
    // More events than about three labels' worth per row would only crowd
    // the strip of unlabelled markers: show density instead.
    f->density = f->bins.inView() > std::min<qsizetype>(maxLabelledInView, qsizetype(rows) * qsizetype(plotWidth / 80));

    if (!f->density) {
        // Every event in view gets a marker; labels go in the first row with room.
        // Where an event's marker, bar and label would go, before rows are chosen.
        struct Extent {
            double x = 0;
            PixelSpan span;
            bool bar = false;
            double labelLeft = 0;
            double textWidth = 0;
            double rightRoom = 0;
            bool flip = false;
            double left = 0;
            double right = 0;
        };
        auto extentOf = [&](const TimelineEvent &event) {
            Extent e;
            e.x = f->scale.x(event.start);
            e.span = f->scale.pixelSpan(event.start, event.end);
            e.bar = event.date.precision != DatePrecision::Day && event.end - event.start > TimeScale::SecondsPerDay
                && e.span.width() >= 2 * markerRadius;
            // A bar's marker sits inside the bar's start, a radius to the right of it.
            e.labelLeft = (e.bar ? std::max(e.span.left, 0.0) + markerRadius : e.x) + markerRadius + 4;
            e.textWidth = std::min(maxLabelWidth, labels.width(event.title));
            // Near the right edge a label reads better on the left of its marker.
            e.rightRoom = plotWidth - e.labelLeft - 4;
            e.flip = !e.bar && e.textWidth > e.rightRoom && e.x - markerRadius - 4 - e.textWidth >= 0;
            e.left = e.flip ? e.x - markerRadius - 4 - e.textWidth : (e.bar ? e.span.left : e.x) - markerRadius;
            e.right = e.flip ? e.x + markerRadius : std::max(e.labelLeft + e.textWidth, e.bar ? e.span.right : e.x);
            return e;
        };
        std::vector<double> rowRight(size_t(rows), -1e9);
        const qsizetype first = f->bins.before();
        // The selected event always gets a label: its place in the first row is kept for it.
        const qsizetype selected = m_selected.isEmpty() ? -1 : m_source->positionOf(m_selected);
        std::optional<Extent> reserved;
        if (rows > 0 && selected >= first && selected < first + f->bins.inView())
            reserved = extentOf(m_source->event(selected));
        for (qsizetype p = first; p < first + f->bins.inView(); ++p) {
            Placed placed;
            placed.position = p;
            placed.event = m_source->event(p);
            const Extent e = extentOf(placed.event);
            const double x = e.x;
            const PixelSpan &span = e.span;
            placed.bar = e.bar;
            placed.barLeft = placed.bar ? span.left : x;
            placed.barRight = placed.bar ? span.right : x;
            const double labelLeft = e.labelLeft;
            const double textWidth = e.textWidth;
            const double rightRoom = e.rightRoom;
            const bool flip = e.flip;
            const double itemLeft = e.left;
            const double itemRight = e.right;
            const bool isSelected = p == selected && reserved;
            auto fits = [&](int r) {
                if (isSelected)
                    return r == 0;
                if (rowRight[size_t(r)] + 8 > itemLeft)
                    return false;
                return r != 0 || !reserved || itemRight + 8 <= reserved->left || itemLeft >= reserved->right + 8;
            };
            int row = -1;
            for (int r = 0; r < rows; ++r) {
                if (fits(r)) {
                    row = r;
                    break;
                }
            }
            if (row >= 0) {
                rowRight[size_t(row)] = std::max(rowRight[size_t(row)], itemRight);
                const double y = rowsTop + row * f->rowHeight;
                placed.anchor = QPointF(placed.bar ? std::max(span.left, 0.0) + markerRadius : x, y + f->rowHeight / 2);
                const double available = flip ? textWidth : std::max(0.0, std::min(textWidth, rightRoom));
                placed.text = labels.elided(placed.event.title, available);
                const double shownWidth = labels.width(placed.text);
                if (!placed.text.isEmpty())
                    placed.label = QRectF(flip ? x - markerRadius - 4 - shownWidth : labelLeft, y, shownWidth, f->rowHeight);
            } else {
                // No room for a label: the marker goes to the strip of the crowded.
                placed.anchor = QPointF(x, f->events.bottom() - crowdStripHeight / 2 - 2);
                placed.bar = false;
            }
            f->placed.push_back(std::move(placed));
        }
        if (m_showAllLinks) {
            QHash<QString, QPointF> anchors;
            for (const Placed &p : f->placed)
                anchors.insert(p.event.id, p.anchor);
            for (const Placed &p : f->placed) {
                for (const TimelineLink &link : m_source->links(p.event.id)) {
                    if (!link.outgoing)
                        continue;
                    const auto it = anchors.constFind(link.id);
                    if (it != anchors.cend())
                        f->fadedLinks.emplace_back(p.anchor, *it);
                }
            }
        }
    } else {
        const double pillWidth = std::ceil(fm.horizontalAdvance(countText(88888)) + 18);
        const double pillTop = rowsTop;
        for (const EventCluster &cluster : f->bins.clusters(pillWidth + 6)) {
            const double left = std::clamp(cluster.left, 0.0, plotWidth - pillWidth);
            if (!f->clusterRects.empty() && left < f->clusterRects.back().right() + 6) {
                // Pushed back from the right edge onto its neighbour: one cluster of both.
                EventCluster &previous = f->clusters.back();
                previous.lastBin = cluster.lastBin;
                previous.count += cluster.count;
                previous.to = cluster.to;
                previous.right = cluster.right;
                continue;
            }
            f->clusters.push_back(cluster);
            f->clusterRects.emplace_back(left, pillTop, pillWidth, f->rowHeight - 2);
        }
    }

    // The overview: the whole filtered corpus, with the window on it.
    const auto [from, to] = dataRange();
    const qint64 pad = std::max<qint64>((to - from) / 40, 30 * TimeScale::SecondsPerDay);
    f->overviewScale = TimeScale(double(from - pad), double(to + pad), int(plotWidth));
    f->overviewBins = ColumnBins(times, f->overviewScale, 2);

    if (undated > 0) {
        const double headerHeight = f->rowHeight + 6;
        const int capacity = std::max(0, int((f->tray.height() - headerHeight - 6) / f->rowHeight));
        const qsizetype shown = undated > capacity ? std::max(0, capacity - 1) : undated;
        for (qsizetype i = 0; i < shown; ++i) {
            Placed item;
            item.event = m_source->undatedEvent(i);
            const QRectF rect(f->tray.left() + 10, headerHeight + i * f->rowHeight, f->tray.width() - 16, f->rowHeight);
            item.anchor = QPointF(rect.left() + markerRadius, rect.center().y());
            item.text = labels.elided(item.event.title, rect.width() - 2 * markerRadius - 6);
            item.label = QRectF(rect.left() + 2 * markerRadius + 4, rect.top(), rect.width() - 2 * markerRadius - 4, rect.height());
            f->trayItems.push_back(std::move(item));
        }
        f->trayHidden = undated - shown;
        if (f->trayHidden > 0)
            f->trayMore = QRectF(f->tray.left() + 10, headerHeight + shown * f->rowHeight, f->tray.width() - 16, f->rowHeight);
    }
    return f;
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const Frame &f = frame();
    paintFrame(painter, f);
    if (m_drag == Drag::RubberBand && m_dragged) {
        const QRectF band = QRectF(QPointF(m_pressPos.x(), f.events.top()), QPointF(m_lastPos.x(), f.events.bottom())).normalized();
        const Colours colours(palette());
        painter.fillRect(band, withAlpha(colours.highlight, 0.18));
        painter.setPen(QPen(colours.highlight, 1));
        painter.drawRect(band.adjusted(0.5, 0.5, -0.5, -0.5));
    }
    if (hasFocus()) {
        // The keyboard focus indicator.
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void TimelineWidget::render(QPainter *painter, QSize size) const
{
    const std::unique_ptr<Frame> f = layout(size);
    paintFrame(*painter, *f);
}

void TimelineWidget::paintFrame(QPainter &painter, const Frame &f) const
{
    const Colours colours(palette());
    painter.fillRect(QRectF(QPointF(0, 0), QSizeF(f.size)), colours.base);
    painter.setFont(f.font);
    paintAxis(painter, f);
    if (f.density)
        paintDensity(painter, f);
    else
        paintEvents(painter, f);
    paintLinks(painter, f);
    paintOverview(painter, f);
    if (!f.tray.isEmpty())
        paintTray(painter, f);

    // Events beyond either edge of the window, so nothing seems lost.
    const QFontMetricsF fm(f.font);
    painter.setPen(colours.muted);
    const double y = f.events.bottom() - crowdStripHeight - 6;
    if (f.bins.before() > 0) {
        const QString text = u"‹ "_s + QLocale().toString(f.bins.before());
        painter.drawText(QRectF(f.events.left() + 6, y - fm.height(), 200, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, text);
    }
    if (f.bins.after() > 0) {
        const QString text = QLocale().toString(f.bins.after()) + u" ›"_s;
        painter.drawText(QRectF(f.events.right() - 206, y - fm.height(), 200, fm.height()), Qt::AlignRight | Qt::AlignVCenter, text);
    }
    if (!m_source || (m_source->startTimes().empty() && m_source->undatedCount() == 0)) {
        painter.setPen(colours.muted);
        painter.drawText(f.events, Qt::AlignCenter, tr("No events to show"));
    }
}

void TimelineWidget::paintAxis(QPainter &painter, const Frame &f) const
{
    const Colours colours(palette());
    const QFontMetricsF fm(f.font);
    const QFontMetricsF bm(f.bold);
    painter.fillRect(f.axis, mixed(colours.base, colours.text, 0.03));
    const double labelsTop = f.axis.top() + 4;
    // Grid lines through the events: faint for minor ticks, firmer for major.
    for (const Tick &tick : f.ticks.ticks) {
        const double x = std::round(tick.x) + 0.5;
        painter.setPen(tick.major ? colours.gridMajor : colours.grid);
        painter.drawLine(QPointF(x, tick.major ? f.axis.top() : f.axis.bottom() - 6), QPointF(x, f.events.bottom()));
    }
    for (const Tick &tick : f.ticks.ticks) {
        if (tick.label.isEmpty())
            continue;
        if (tick.major) {
            painter.setFont(f.bold);
            painter.setPen(colours.text);
            text(f.bold, true).draw(painter, QPointF(tick.x + 4, labelsTop), tick.label);
        } else {
            painter.setFont(f.font);
            painter.setPen(colours.muted);
            text(f.font, false).draw(painter, QPointF(tick.x + 4, labelsTop + bm.height() + 2), tick.label);
        }
    }
    if (!f.ticks.context.isEmpty()) {
        // The period around the first major tick, so the top row never starts blank.
        const bool majorNearStart = std::any_of(f.ticks.ticks.begin(), f.ticks.ticks.end(), [&](const Tick &t) {
            return t.major && t.x < bm.horizontalAdvance(f.ticks.context) + 16;
        });
        if (!majorNearStart) {
            painter.setFont(f.bold);
            painter.fillRect(QRectF(0, labelsTop, bm.horizontalAdvance(f.ticks.context) + 10, bm.height()),
                             mixed(colours.base, colours.text, 0.03));
            painter.setPen(colours.text);
            painter.drawText(QPointF(4, labelsTop + bm.ascent()), f.ticks.context);
        }
    }
    painter.setFont(f.font);
    painter.setPen(colours.gridMajor);
    painter.drawLine(QPointF(f.axis.left(), f.axis.bottom() - 0.5), QPointF(f.axis.right(), f.axis.bottom() - 0.5));
}

void TimelineWidget::paintEvents(QPainter &painter, const Frame &f) const
{
    const Colours colours(palette());
    TextCache &labels = text(f.font, false);
    const QFontMetricsF &fm = labels.metrics();
    painter.save();
    painter.setClipRect(f.events);
    painter.setRenderHint(QPainter::Antialiasing, true);
    // Crowded markers first, so labelled ones stay on top.
    for (const Placed &p : f.placed) {
        if (p.label.isEmpty()) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(withAlpha(colours.of(p.event.kind), 0.6));
            painter.drawEllipse(p.anchor, 2.5, 2.5);
        }
    }
    for (const Placed &p : f.placed) {
        if (p.label.isEmpty())
            continue;
        const bool selected = p.event.id == m_selected;
        const bool inferred = p.event.date.source == DateSource::Inferred;
        QColor colour = colours.of(p.event.kind);
        if (p.bar) {
            const QRectF bar(QPointF(p.barLeft, p.anchor.y() + f.rowHeight / 2 - 5), QPointF(p.barRight, p.anchor.y() + f.rowHeight / 2 - 1));
            if (inferred) {
                painter.setPen(QPen(colour, 1));
                painter.setBrush(QBrush(colour, Qt::BDiagPattern));
            } else {
                painter.setPen(Qt::NoPen);
                painter.setBrush(withAlpha(colour, 0.55));
            }
            painter.drawRoundedRect(bar, 2, 2);
        }
        // The marker: a dot for a page, a diamond for an article; hollow when inferred.
        const double r = selected ? markerRadius + 1.5 : markerRadius;
        painter.setPen(QPen(colour, inferred ? 1.6 : 1));
        painter.setBrush(inferred ? QBrush(colours.base) : QBrush(colour));
        if (p.event.kind == EventKind::Article) {
            QPolygonF diamond({{p.anchor.x(), p.anchor.y() - r}, {p.anchor.x() + r, p.anchor.y()},
                               {p.anchor.x(), p.anchor.y() + r}, {p.anchor.x() - r, p.anchor.y()}});
            painter.drawPolygon(diamond);
        } else {
            painter.drawEllipse(p.anchor, r, r);
        }
        if (selected) {
            painter.setPen(QPen(colours.highlight, 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(p.anchor, r + 3, r + 3);
        }
        // The label.
        if (selected) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(colours.highlight);
            painter.drawRoundedRect(p.label.adjusted(-3, 2, 3, -2), 3, 3);
            painter.setPen(colours.highlightedText);
        } else {
            painter.setPen(p.event.kind == EventKind::Stub ? colours.muted : colours.text);
        }
        labels.draw(painter, QPointF(p.label.left(), p.label.top() + (p.label.height() - fm.height()) / 2), p.text);
    }
    painter.restore();
}

void TimelineWidget::paintDensity(QPainter &painter, const Frame &f) const
{
    const Colours colours(palette());
    const QFontMetricsF fm(f.font);
    painter.save();
    painter.setClipRect(f.events);
    // Per-column density: square-root heights keep sparse columns visible.
    const double histogramHeight = std::max(0.0, f.events.height() - f.rowHeight - 40);
    const double baseline = f.events.bottom() - 4;
    const double maxCount = double(std::max<qsizetype>(1, f.bins.maxCount()));
    painter.setPen(Qt::NoPen);
    painter.setBrush(colours.band);
    for (int bin = 0; bin < f.bins.binCount(); ++bin) {
        const qsizetype count = f.bins.count(bin);
        if (count == 0)
            continue;
        const double h = std::max(1.5, std::sqrt(double(count) / maxCount) * histogramHeight);
        painter.drawRect(QRectF(f.bins.binLeft(bin), baseline - h, f.bins.binRight(bin) - f.bins.binLeft(bin), h));
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (size_t i = 0; i < f.clusters.size(); ++i) {
        const EventCluster &cluster = f.clusters[i];
        const QRectF &pill = f.clusterRects[i];
        // A bracket under the pill shows how far the cluster reaches.
        painter.setPen(QPen(colours.gridMajor, 1));
        const double bracketY = pill.bottom() + 3;
        painter.drawLine(QPointF(cluster.left, bracketY), QPointF(std::max(cluster.right, cluster.left + 1), bracketY));
        painter.setPen(QPen(colours.highlight, 1));
        painter.setBrush(mixed(colours.highlight, colours.base, 0.85));
        painter.drawRoundedRect(pill.adjusted(0.5, 0.5, -0.5, -0.5), pill.height() / 2, pill.height() / 2);
        painter.setPen(colours.text);
        painter.drawText(pill, Qt::AlignCenter, fm.elidedText(countText(cluster.count), Qt::ElideRight, pill.width() - 8));
    }
    painter.restore();
}

void TimelineWidget::paintLinks(QPainter &painter, const Frame &f) const
{
    const Colours colours(palette());
    painter.save();
    painter.setClipRect(f.events);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);
    const double top = f.events.top();
    auto arc = [&painter, top](QPointF a, QPointF b) {
        QPainterPath path(a);
        const double lift = std::min(90.0, std::abs(b.x() - a.x()) / 3 + 12);
        // Bow upwards where there is room, else downwards: never off the area.
        const double up = std::min(a.y(), b.y()) - lift;
        const QPointF control((a.x() + b.x()) / 2, up - top > 8 ? up : std::max(a.y(), b.y()) + lift);
        path.quadTo(control, b);
        painter.drawPath(path);
    };
    painter.setPen(QPen(withAlpha(colours.muted, 0.25), 1));
    for (const auto &[a, b] : f.fadedLinks)
        arc(a, b);

    if (m_selected.isEmpty() || !m_source) {
        painter.restore();
        return;
    }
    QPointF from;
    if (const Placed *p = f.placedEvent(m_selected)) {
        from = p->anchor;
    } else {
        const qsizetype position = m_source->positionOf(m_selected);
        if (position < 0) {
            painter.restore();
            return;
        }
        from = QPointF(f.scale.x(m_source->startTimes()[size_t(position)]), f.events.top() + 8);
    }
    int offLeft = 0;
    int offRight = 0;
    for (const TimelineLink &link : m_source->links(m_selected)) {
        if (!link.dated)
            continue;
        QPointF to;
        if (const Placed *p = f.placedEvent(link.id)) {
            if (p->label.isEmpty()) {
                // A crowded marker: ringed rather than reached by a long line.
                painter.setPen(QPen(colours.highlight, 1.6));
                painter.drawEllipse(p->anchor, 4.5, 4.5);
                continue;
            }
            to = p->anchor;
        } else {
            const double x = f.scale.x(link.time);
            if (x < 0) {
                ++offLeft;
                continue;
            }
            if (x > f.events.right()) {
                ++offRight;
                continue;
            }
            to = QPointF(x, f.events.top() + 8);
        }
        QPen pen(withAlpha(colours.highlight, 0.8), 1.6);
        if (!link.outgoing)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        arc(from, to);
    }
    // Ends out of view point to the edge, with how many there are.
    const QFontMetricsF fm(f.font);
    painter.setPen(colours.highlight);
    if (offLeft > 0)
        painter.drawText(QRectF(4, from.y() - fm.height() / 2, 80, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         u"← %1"_s.arg(offLeft));
    if (offRight > 0)
        painter.drawText(QRectF(f.events.right() - 84, from.y() - fm.height() / 2, 80, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, u"%1 →"_s.arg(offRight));
    painter.restore();
}

void TimelineWidget::paintOverview(QPainter &painter, const Frame &f) const
{
    const Colours colours(palette());
    painter.fillRect(f.overview, mixed(colours.base, colours.text, 0.05));
    painter.setPen(colours.gridMajor);
    painter.drawLine(QPointF(f.overview.left(), f.overview.top() + 0.5), QPointF(f.overview.right(), f.overview.top() + 0.5));
    const double maxCount = double(std::max<qsizetype>(1, f.overviewBins.maxCount()));
    const double height = f.overview.height() - 8;
    painter.setPen(Qt::NoPen);
    painter.setBrush(colours.muted);
    for (int bin = 0; bin < f.overviewBins.binCount(); ++bin) {
        const qsizetype count = f.overviewBins.count(bin);
        if (count == 0)
            continue;
        const double h = std::max(1.0, std::sqrt(double(count) / maxCount) * height);
        painter.drawRect(QRectF(f.overviewBins.binLeft(bin), f.overview.bottom() - 3 - h,
                                f.overviewBins.binRight(bin) - f.overviewBins.binLeft(bin), h));
    }
    // The visible window, at least a few pixels wide so it can be grabbed.
    double left = f.overviewScale.x(qint64(f.scale.start()));
    double right = f.overviewScale.x(qint64(f.scale.end()));
    if (right - left < 6) {
        const double centre = (left + right) / 2;
        left = centre - 3;
        right = centre + 3;
    }
    const QRectF window(QPointF(left, f.overview.top() + 2), QPointF(right, f.overview.bottom() - 1));
    painter.setBrush(withAlpha(colours.highlight, 0.18));
    painter.setPen(QPen(colours.highlight, 1));
    painter.drawRect(window.adjusted(0.5, 0.5, -0.5, -0.5));
}

void TimelineWidget::paintTray(QPainter &painter, const Frame &f) const
{
    const Colours colours(palette());
    const QFontMetricsF fm(f.font);
    painter.fillRect(f.tray, mixed(colours.base, colours.text, 0.04));
    painter.setPen(colours.gridMajor);
    painter.drawLine(QPointF(f.tray.left() + 0.5, f.tray.top()), QPointF(f.tray.left() + 0.5, f.tray.bottom()));
    painter.setFont(f.bold);
    painter.setPen(colours.text);
    painter.drawText(QRectF(f.tray.left() + 10, 4, f.tray.width() - 16, f.rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Undated (%1)").arg(QLocale().toString(m_source ? m_source->undatedCount() : 0)));
    painter.setFont(f.font);
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const Placed &item : f.trayItems) {
        const bool selected = item.event.id == m_selected;
        const QColor colour = colours.of(item.event.kind);
        painter.setPen(QPen(colour, 1.4));
        painter.setBrush(colours.base);
        painter.drawEllipse(item.anchor, markerRadius - 1, markerRadius - 1);
        if (selected) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(colours.highlight);
            painter.drawRoundedRect(item.label.adjusted(-3, 2, 0, -2), 3, 3);
            painter.setPen(colours.highlightedText);
        } else {
            painter.setPen(colours.text);
        }
        text(f.font, false).draw(painter, QPointF(item.label.left(), item.label.top() + (item.label.height() - fm.height()) / 2),
                                 item.text);
    }
    if (f.trayHidden > 0) {
        painter.setPen(colours.muted);
        painter.drawText(f.trayMore, Qt::AlignLeft | Qt::AlignVCenter, tr("and %n more", nullptr, int(f.trayHidden)));
    }
}

TimelineWidget::Hit TimelineWidget::hitAt(QPointF pos) const
{
    return hitAt(frame(), pos);
}

TimelineWidget::Hit TimelineWidget::hitAt(const Frame &f, QPointF pos) const
{
    Hit hit;
    if (f.tray.contains(pos)) {
        for (const Placed &item : f.trayItems) {
            if (QRectF(item.anchor.x() - markerRadius, item.label.top(), item.label.right() - item.anchor.x() + markerRadius,
                       item.label.height())
                    .contains(pos)) {
                hit.kind = Hit::Undated;
                hit.id = item.event.id;
                return hit;
            }
        }
        if (f.trayMore.contains(pos))
            hit.kind = Hit::MoreUndated;
        return hit;
    }
    if (f.overview.contains(pos)) {
        hit.kind = Hit::Overview;
        return hit;
    }
    if (f.axis.contains(pos)) {
        hit.kind = Hit::Axis;
        return hit;
    }
    if (!f.density) {
        // Labelled events first (they are on top), then crowded markers.
        const Placed *best = nullptr;
        double bestDistance = 7;
        for (const Placed &p : f.placed) {
            if (!p.label.isEmpty()) {
                const QRectF item = QRectF(QPointF(p.bar ? p.barLeft : p.anchor.x() - markerRadius, p.label.top()),
                                           QPointF(std::max(p.label.right(), p.barRight), p.label.bottom()));
                if (item.contains(pos)) {
                    best = &p;
                    break;
                }
            }
            const double distance = QLineF(p.anchor, pos).length();
            if (distance < bestDistance) {
                best = &p;
                bestDistance = distance;
            }
        }
        if (best) {
            hit.kind = Hit::Event;
            hit.position = best->position;
            hit.id = best->event.id;
        }
        return hit;
    }
    for (size_t i = 0; i < f.clusters.size(); ++i) {
        const EventCluster &cluster = f.clusters[i];
        const QRectF reach = f.clusterRects[i].united(QRectF(cluster.left, f.clusterRects[i].top(),
                                                             cluster.right - cluster.left, f.events.bottom() - f.clusterRects[i].top()));
        if (reach.contains(pos)) {
            hit.kind = Hit::Cluster;
            hit.position = cluster.firstEvent;
            hit.count = cluster.count;
            hit.from = cluster.from;
            hit.to = cluster.to;
            return hit;
        }
    }
    return hit;
}

QList<TimelineWidget::PlacedLabel> TimelineWidget::placedLabels() const
{
    QList<PlacedLabel> labels;
    for (const Placed &p : frame().placed) {
        if (!p.label.isEmpty())
            labels.append(PlacedLabel{p.event.id, p.anchor, p.bar, p.label});
    }
    return labels;
}

int TimelineWidget::labelledEventCount() const
{
    const Frame &f = frame();
    return int(std::count_if(f.placed.begin(), f.placed.end(), [](const Placed &p) {
        return !p.label.isEmpty();
    }));
}

qsizetype TimelineWidget::clusterTotal() const
{
    const Frame &f = frame();
    qsizetype total = 0;
    for (const EventCluster &cluster : f.clusters)
        total += cluster.count;
    return total;
}

bool TimelineWidget::isShowingDensity() const
{
    return frame().density;
}

QString TimelineWidget::toolTipFor(const Hit &hit) const
{
    if (!m_source)
        return {};
    switch (hit.kind) {
    case Hit::Event:
    case Hit::Undated: {
        TimelineEvent event;
        if (hit.kind == Hit::Event) {
            event = m_source->event(hit.position);
        } else {
            for (qsizetype i = 0; i < m_source->undatedCount(); ++i) {
                if (m_source->undatedEvent(i).id == hit.id) {
                    event = m_source->undatedEvent(i);
                    break;
                }
            }
        }
        QString tip = u"<b>%1</b><br/>%2"_s.arg(event.title.toHtmlEscaped(), formatDateRange(event.date).toHtmlEscaped());
        if (event.date.source == DateSource::Inferred || event.date.source == DateSource::Link)
            tip += u"<br/><i>%1</i>"_s.arg(describeDateSource(event.date).toHtmlEscaped());
        if (event.kind == EventKind::Stub)
            tip += u"<br/>%1"_s.arg(tr("Known from links; its page is not in this corpus.").toHtmlEscaped());
        if (const QStringList names = m_source->entityNames(event.id); !names.isEmpty())
            tip += u"<br/>%1"_s.arg(names.join(u", "_s).toHtmlEscaped());
        return tip;
    }
    case Hit::Cluster:
        return u"<b>%1</b><br/>%2 – %3<br/>%4"_s.arg(
            countText(hit.count).toHtmlEscaped(), QLocale().toString(TimeScale::dateOf(hit.from), QLocale::ShortFormat),
            QLocale().toString(TimeScale::dateOf(hit.to - 1), QLocale::ShortFormat), tr("Double-click to zoom in").toHtmlEscaped());
    case Hit::Overview:
        return tr("The whole corpus: drag the window or click to move there");
    case Hit::MoreUndated:
        return tr("Click to see more undated events");
    case Hit::Axis:
    case Hit::Nothing:
        break;
    }
    return {};
}

void TimelineWidget::centreOverview(double x)
{
    const Frame &f = frame();
    const double time = f.overviewScale.timeAt(x);
    setScale(m_scale.panned(m_scale.x(qint64(m_scale.start() + m_scale.span() / 2)) - m_scale.x(qint64(time))));
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const double trayWidth = m_source && m_source->undatedCount() > 0 ? std::clamp(width() * 0.2, 150.0, 240.0) : 0.0;
    m_scale = m_scale.resized(std::max(1, int(width() - trayWidth)));
    if (m_fitPending && m_source && !m_source->startTimes().empty()) {
        m_fitPending = false;
        fitAll();
    }
    invalidate();
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const QPointF pos = event->position();
    const QPoint delta = event->angleDelta();
    if (std::abs(delta.x()) > std::abs(delta.y()) || event->modifiers() & Qt::ShiftModifier) {
        // Sideways scrolling pans.
        const int d = std::abs(delta.x()) > std::abs(delta.y()) ? delta.x() : delta.y();
        setScale(m_scale.panned(d / 2.0));
    } else if (delta.y() != 0) {
        zoomBy(std::pow(1.0015, delta.y()), pos.x());
    }
    event->accept();
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressPos = event->position();
    m_lastPos = m_pressPos;
    m_dragged = false;
    const Frame &f = frame();
    if (f.overview.contains(m_pressPos)) {
        m_drag = Drag::Overview;
        centreOverview(m_pressPos.x());
    } else if (event->modifiers() & Qt::ShiftModifier) {
        m_drag = Drag::RubberBand;
    } else {
        m_drag = Drag::Pan;
    }
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    if (m_drag == Drag::None) {
        const Hit hit = hitAt(pos);
        const bool pointing = hit.kind == Hit::Event || hit.kind == Hit::Cluster || hit.kind == Hit::Undated
            || hit.kind == Hit::MoreUndated || hit.kind == Hit::Overview;
        setCursor(pointing ? Qt::PointingHandCursor : Qt::OpenHandCursor);
        return;
    }
    if (!m_dragged && QLineF(pos, m_pressPos).length() < dragThreshold)
        return;
    m_dragged = true;
    switch (m_drag) {
    case Drag::Pan:
        setCursor(Qt::ClosedHandCursor);
        setScale(m_scale.panned(pos.x() - m_lastPos.x()));
        break;
    case Drag::Overview: {
        const Frame &f = frame();
        const double secondsPerPixel = f.overviewScale.secondsPerPixel();
        const double dx = (pos.x() - m_lastPos.x()) * secondsPerPixel / m_scale.secondsPerPixel();
        setScale(m_scale.panned(-dx));
        break;
    }
    case Drag::RubberBand:
        update();
        break;
    case Drag::None:
        break;
    }
    m_lastPos = pos;
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_drag == Drag::None) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = std::exchange(m_drag, Drag::None);
    setCursor(Qt::OpenHandCursor);
    if (drag == Drag::RubberBand && m_dragged) {
        const double left = std::min(m_pressPos.x(), event->position().x());
        const double right = std::max(m_pressPos.x(), event->position().x());
        if (right - left >= dragThreshold)
            setScale(TimeScale(m_scale.timeAt(left), m_scale.timeAt(right), m_scale.width()));
        update();
        return;
    }
    if (m_dragged || drag == Drag::Overview)
        return;
    const Hit hit = hitAt(event->position());
    if (hit.kind == Hit::Event || hit.kind == Hit::Undated) {
        select(hit.id);
    } else if (hit.kind == Hit::MoreUndated) {
        // Walk on through the undated events.
        const Frame &f = frame();
        const qsizetype shown = qsizetype(f.trayItems.size());
        const qsizetype current = [&] {
            for (qsizetype i = 0; i < m_source->undatedCount(); ++i) {
                if (m_source->undatedEvent(i).id == m_selected)
                    return i;
            }
            return shown - 1;
        }();
        const qsizetype next = (current + 1) % m_source->undatedCount();
        select(m_source->undatedEvent(next).id);
    } else if (hit.kind == Hit::Nothing) {
        select({});
    }
}

void TimelineWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const Hit hit = hitAt(event->position());
    switch (hit.kind) {
    case Hit::Cluster:
        setScale(m_scale.fitted(hit.from, hit.to, 40));
        break;
    case Hit::Event:
    case Hit::Undated:
        select(hit.id);
        Q_EMIT eventActivated(hit.id);
        break;
    case Hit::Nothing:
        zoomBy(2, event->position().x());
        break;
    default:
        break;
    }
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        break;
    case Qt::Key_0:
        fitAll();
        break;
    case Qt::Key_Left:
        if (shift)
            setScale(m_scale.panned(width() / 8.0));
        else
            moveSelection(-1);
        break;
    case Qt::Key_Right:
        if (shift)
            setScale(m_scale.panned(-width() / 8.0));
        else
            moveSelection(1);
        break;
    case Qt::Key_Comma:
        moveSelection(-1);
        break;
    case Qt::Key_Period:
        moveSelection(1);
        break;
    case Qt::Key_PageUp:
        setScale(m_scale.panned(width() * 0.8));
        break;
    case Qt::Key_PageDown:
        setScale(m_scale.panned(-width() * 0.8));
        break;
    case Qt::Key_Home:
        if (m_source && !m_source->startTimes().empty())
            revealEvent(m_source->event(0).id);
        break;
    case Qt::Key_End:
        if (m_source && !m_source->startTimes().empty())
            revealEvent(m_source->event(qsizetype(m_source->startTimes().size()) - 1).id);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_selected.isEmpty())
            Q_EMIT eventActivated(m_selected);
        break;
    case Qt::Key_Escape:
        select({});
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void TimelineWidget::contextMenuEvent(QContextMenuEvent *event)
{
    const Hit hit = hitAt(QPointF(event->pos()));
    QMenu menu(this);
    if (hit.kind == Hit::Event || hit.kind == Hit::Undated) {
        select(hit.id);
        TimelineEvent shown;
        const qsizetype position = m_source->positionOf(hit.id);
        if (position >= 0)
            shown = m_source->event(position);
        menu.addAction(themeIcon(u"document-open"_s), tr("Open"), this, [this, id = hit.id] {
            Q_EMIT eventActivated(id);
        });
        if (position >= 0) {
            menu.addAction(themeIcon(u"zoom-fit-selection"_s), tr("Zoom to Event"), this, [this, shown] {
                const qint64 day = TimeScale::SecondsPerDay;
                setScale(m_scale.fitted(shown.start - 15 * day, std::max(shown.end, shown.start + day) + 15 * day, 40));
            });
        }
        menu.addAction(themeIcon(u"view-filter"_s), tr("Filter by Its Entities"), this, [this, id = hit.id] {
            Q_EMIT filterByEventRequested(id);
        });
        menu.addAction(themeIcon(u"edit-copy"_s), tr("Copy Title and Date"), this, [this, id = hit.id] {
            TimelineEvent e;
            const qsizetype p = m_source->positionOf(id);
            if (p >= 0) {
                e = m_source->event(p);
            } else {
                for (qsizetype i = 0; i < m_source->undatedCount(); ++i) {
                    if (m_source->undatedEvent(i).id == id)
                        e = m_source->undatedEvent(i);
                }
            }
            QApplication::clipboard()->setText(e.title + u" (" + formatDateRange(e.date) + u')');
        });
        menu.addSeparator();
    } else if (hit.kind == Hit::Cluster) {
        menu.addAction(themeIcon(u"zoom-in"_s), tr("Zoom into %1").arg(countText(hit.count)), this, [this, hit] {
            setScale(m_scale.fitted(hit.from, hit.to, 40));
        });
        menu.addSeparator();
    }
    menu.addAction(themeIcon(u"zoom-fit-best"_s), tr("Fit All"), this, &TimelineWidget::fitAll);
    QAction *links = menu.addAction(tr("Show All Links"));
    links->setCheckable(true);
    links->setChecked(m_showAllLinks);
    connect(links, &QAction::toggled, this, &TimelineWidget::setShowAllLinks);
    menu.exec(event->globalPos());
}

void TimelineWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::LocaleChange)
        invalidate();
    QWidget::changeEvent(event);
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QString tip = toolTipFor(hitAt(QPointF(help->pos())));
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    if (event->type() == QEvent::NativeGesture) {
        const auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1 + gesture->value(), mapFromGlobal(gesture->globalPosition()).x());
            return true;
        }
    }
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
        update();
    return QWidget::event(event);
}

bool TimelineWidget::exportTo(const QString &fileName, QString *error) const
{
    const QSize size = this->size();
    if (QFileInfo(fileName).suffix().compare(u"svg"_s, Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(fileName);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(tr("Chronoscope timeline"));
        QPainter painter;
        if (!painter.begin(&svg)) {
            *error = tr("Cannot write %1.").arg(fileName);
            return false;
        }
        render(&painter, size);
        painter.end();
        return true;
    }
    // Twice the pixels, so the picture stays sharp in documents and slides.
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2);
    QPainter painter(&image);
    render(&painter, size);
    painter.end();
    if (!image.save(fileName)) {
        *error = tr("Cannot write %1.").arg(fileName);
        return false;
    }
    return true;
}

void TimelineWidget::print(QPrinter *printer) const
{
    QPainter painter;
    if (!painter.begin(printer))
        return;
    const QRectF page = printer->pageRect(QPrinter::DevicePixel);
    // Lay out at screen size, scaled to the page width.
    const QSize size = this->size();
    const double factor = page.width() / std::max(1, size.width());
    painter.scale(factor, factor);
    render(&painter, size);
}

} // namespace Chronoscope
