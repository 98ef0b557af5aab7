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
#include <QHash>
#include <QImage>
#include <QMenu>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPaintEngine>
#include <QPrinter>
#include <QScrollBar>
#include <QElapsedTimer>
#include <QTimer>
#include <QSet>
#include <QStaticText>
#include <QSvgGenerator>
#include <QToolTip>
#include <QVarLengthArray>
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

/** The events area, or one lane of it: laid out by the same rules either way. */
struct TimelineWidget::Band {
    int lane = -1; ///< -1: the one band of a view without lanes
    QRectF rect; ///< may reach beyond the events area when the lanes scroll
    QRectF header; ///< empty without lanes
    const qsizetype *positions = nullptr; ///< while laying out: a lane's events' positions in the source; null: the source's own
    QString name; ///< the lane's heading, kept so that painting never needs the lanes again
    TimelineLane::Kind laneKind = TimelineLane::Kind::Entity;
    ColumnBins bins;
    bool density = false;
    double rowsTop = 0;
    int rows = 0;
    double crowdY = 0; ///< the strip of markers without a label
    std::vector<Placed> placed;
    std::vector<EventCluster> clusters; ///< firstEvent: its position in the source
    std::vector<QRectF> clusterRects;

    [[nodiscard]] qsizetype position(qsizetype index) const { return positions ? positions[index] : index; }
};

struct TimelineWidget::Frame {
    QSize size;
    TimeScale scale;
    QRectF axis;
    QRectF events;
    QRectF overview;
    QRectF tray;
    QRectF laneBar; ///< where the lanes' scroll bar goes; empty when they fit
    QFont font;
    QFont bold;
    double rowHeight = 20;
    double labelRight = 0; ///< labels end before this x
    TickSet ticks;
    std::vector<Band> bands; ///< top to bottom; lanes out of view are left out
    double laneScroll = 0;
    double maxLaneScroll = 0;
    std::vector<double> laneTops; ///< every lane's top, from the top of the first, and the end of the last
    std::vector<std::pair<QPointF, QPointF>> fadedLinks;
    TimeScale overviewScale;
    ColumnBins overviewBins;
    std::vector<Placed> trayItems;
    qsizetype trayHidden = 0;
    QRectF trayMore;

    /** Where @p id is drawn: in @p lane when it is there, else the first place with a label, else any. */
    [[nodiscard]] const Placed *placedEvent(const QString &id, int lane = -1) const
    {
        const Placed *found = nullptr;
        for (const Band &band : bands) {
            for (const Placed &p : band.placed) {
                if (p.event.id != id)
                    continue;
                if (band.lane == lane && lane >= 0)
                    return &p;
                if (!found || (found->label.isEmpty() && !p.label.isEmpty()))
                    found = &p;
            }
        }
        return found;
    }
    [[nodiscard]] const Band *bandOf(const Placed *placed) const
    {
        for (const Band &band : bands) {
            if (!band.placed.empty() && placed >= band.placed.data() && placed < band.placed.data() + band.placed.size())
                return &band;
        }
        return nullptr;
    }
};

/**
 * Event markers drawn once per look and blitted after: an antialiased
 * circle costs a path fill, and a frame can hold hundreds of markers.
 */
class TimelineWidget::MarkerCache
{
public:
    struct Look {
        QRgb fill = 0;
        QRgb pen = 0; // fully transparent: no outline
        int penWidth = 0; // in tenths of a pixel
        int radius = 0; // in tenths of a pixel
        bool diamond = false;
        bool operator==(const Look &) const = default;
    };

    /** Draws a marker of @p look centred on @p centre. */
    void draw(QPainter &painter, QPointF centre, const Look &look)
    {
        if (painter.paintEngine() && painter.paintEngine()->type() != QPaintEngine::Raster) {
            paint(painter, centre, look); // vector output keeps real shapes
            return;
        }
        const qreal dpr = painter.device() ? painter.device()->devicePixelRatioF() : 1.0;
        if (dpr != m_dpr) {
            m_sprites.clear();
            m_dpr = dpr;
        }
        auto it = m_sprites.find(look);
        if (it == m_sprites.end()) {
            if (m_sprites.size() > 256)
                m_sprites.clear();
            const double half = std::ceil(look.radius / 10.0 + look.penWidth / 10.0) + 1;
            QImage sprite(QSize(int(std::ceil(2 * half * dpr)), int(std::ceil(2 * half * dpr))),
                          QImage::Format_ARGB32_Premultiplied);
            sprite.setDevicePixelRatio(dpr);
            sprite.fill(Qt::transparent);
            QPainter p(&sprite);
            p.setRenderHint(QPainter::Antialiasing, true);
            paint(p, QPointF(half, half), look);
            p.end();
            it = m_sprites.insert(look, sprite);
        }
        const double half = it->deviceIndependentSize().width() / 2;
        painter.drawImage(QPointF(centre.x() - half, centre.y() - half), *it);
    }

private:
    static void paint(QPainter &painter, QPointF centre, const Look &look)
    {
        const double r = look.radius / 10.0;
        if (qAlpha(look.pen) == 0)
            painter.setPen(Qt::NoPen);
        else
            painter.setPen(QPen(QColor::fromRgba(look.pen), look.penWidth / 10.0));
        painter.setBrush(qAlpha(look.fill) == 0 ? QBrush(Qt::NoBrush) : QBrush(QColor::fromRgba(look.fill)));
        if (look.diamond) {
            const QPolygonF diamond({{centre.x(), centre.y() - r}, {centre.x() + r, centre.y()},
                                     {centre.x(), centre.y() + r}, {centre.x() - r, centre.y()}});
            painter.drawPolygon(diamond);
        } else {
            painter.drawEllipse(centre, r, r);
        }
    }

    friend size_t qHash(const Look &look, size_t seed = 0)
    {
        return qHashMulti(seed, look.fill, look.pen, look.penWidth, look.radius, look.diamond);
    }

    QHash<Look, QImage> m_sprites;
    qreal m_dpr = 0;
};

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_AcceptTouchEvents);
    m_markers = std::make_unique<MarkerCache>();
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(tr("Events in time. Wheel or +/- to zoom, drag to pan, Shift+drag to zoom to a range, "
                                "Left/Right to move between events, Enter to open, 0 to fit all, Up/Down or Alt+wheel "
                                "to scroll the lanes."));
    setCursor(Qt::OpenHandCursor);
    m_laneRefresh = new QTimer(this);
    m_laneRefresh->setSingleShot(true);
    connect(m_laneRefresh, &QTimer::timeout, this, &TimelineWidget::invalidate);
    m_laneBar = new QScrollBar(Qt::Vertical, this);
    m_laneBar->hide();
    m_laneBar->setCursor(Qt::ArrowCursor);
    connect(m_laneBar, &QScrollBar::valueChanged, this, [this](int value) {
        if (value != int(m_laneScroll)) {
            m_laneScroll = value;
            invalidate();
        }
    });
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
    m_laneDataValid = false;
    if (!m_lanes.isEmpty() && m_frame && m_laneBuildMs > 20 && m_laneBuildClock.isValid()
        && m_laneBuildClock.elapsed() < laneRefreshInterval()) {
        // Changes in quick succession (a corpus loading in batches) with lanes
        // that are slow to work out: the frame shown, which keeps copies of
        // what it draws, stays until the next refresh. Any new layout before
        // then works the lanes out again first.
        if (!m_laneRefresh->isActive())
            m_laneRefresh->start(std::max(0, laneRefreshInterval() - int(m_laneBuildClock.elapsed())));
        return;
    }
    invalidate();
}

int TimelineWidget::laneRefreshInterval() const
{
    // At most half of the time goes to working lanes out while events keep changing.
    return std::clamp(int(2 * m_laneBuildMs), 250, 1000);
}

void TimelineWidget::setLanes(const LaneSpec &spec)
{
    if (spec == m_lanes)
        return;
    m_lanes = spec;
    m_laneDataValid = false;
    m_laneScroll = 0;
    invalidate();
    Q_EMIT lanesChanged(m_lanes);
}

const TimelineLanes &TimelineWidget::laneData() const
{
    if (!m_laneDataValid) {
        QElapsedTimer clock;
        clock.start();
        m_laneData = m_source && !m_lanes.isEmpty() ? TimelineLanes(*m_source, m_lanes) : TimelineLanes();
        m_laneDataValid = true;
        m_laneBuildMs = double(clock.nsecsElapsed()) / 1e6;
        m_laneBuildClock.start();
    }
    return m_laneData;
}

int TimelineWidget::laneScroll() const
{
    return int(frame().laneScroll);
}

int TimelineWidget::maxLaneScroll() const
{
    return int(frame().maxLaneScroll);
}

void TimelineWidget::setLaneScroll(int pixels)
{
    const int clamped = std::clamp(pixels, 0, maxLaneScroll());
    if (clamped == int(m_laneScroll))
        return;
    m_laneScroll = clamped;
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
    const Frame &f = frame();
    if (f.maxLaneScroll <= 0)
        return;
    // Scrolled to its first lane, unless a lane wholly in view holds it already.
    const TimelineLanes &lanes = laneData();
    for (const Band &band : f.bands) {
        if (band.rect.top() >= f.events.top() && band.rect.bottom() <= f.events.bottom() + 0.5
            && lanes.contains(band.lane, position, time))
            return;
    }
    const int lane = lanes.firstLaneOf(position, time);
    if (lane >= 0)
        setLaneScroll(int(f.laneTops[size_t(lane)]));
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
    if (!m_frame || m_frame->size != size()) {
        m_frame = layout(size());
        syncLaneBar(*m_frame);
    }
    return *m_frame;
}

void TimelineWidget::syncLaneBar(const Frame &f) const
{
    const QSignalBlocker blocker(m_laneBar);
    if (f.laneBar.isEmpty()) {
        m_laneBar->hide();
        return;
    }
    m_laneBar->setGeometry(f.laneBar.toAlignedRect());
    m_laneBar->setRange(0, int(std::ceil(f.maxLaneScroll)));
    m_laneBar->setPageStep(int(f.events.height()));
    m_laneBar->setSingleStep(int(f.rowHeight));
    m_laneBar->setValue(int(f.laneScroll));
    m_laneBar->show();
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
    f->labelRight = plotWidth;

    if (!m_ticks || m_ticksFont != f->bold) {
        // Labels repeat from frame to frame ("March", "2019"): measure each once.
        m_ticksFont = f->bold;
        m_ticks = std::make_unique<TimeTicks>(QLocale(), [bm, widths = QHash<QString, int>()](const QString &label) mutable {
            auto it = widths.constFind(label);
            if (it == widths.cend()) {
                if (widths.size() > 4096)
                    widths.clear();
                it = widths.insert(label, int(std::ceil(bm.horizontalAdvance(label))));
            }
            return *it;
        });
    }
    f->ticks = m_ticks->ticks(f->scale);

    const std::span<const qint64> times = m_source ? m_source->startTimes() : std::span<const qint64>();
    const TimelineLanes &lanes = laneData();
    if (lanes.isEmpty()) {
        Band band;
        band.rect = f->events;
        band.rowsTop = f->events.top() + 6;
        band.rows = std::max(0, int((f->events.height() - crowdStripHeight - 10) / f->rowHeight));
        band.crowdY = f->events.bottom() - crowdStripHeight / 2 - 2;
        layoutBand(*f, band, times, nullptr);
        f->bands.push_back(std::move(band));
    } else {
        // Lanes with events in view share the height; below a readable minimum (a
        // header, two rows of labels and the crowd strip) they keep that and
        // scroll. A lane with nothing in view folds to its header.
        const double headerHeight = std::ceil(bm.height() + 8);
        const double minimum = headerHeight + 2 * f->rowHeight + crowdStripHeight + 16;
        const double folded = headerHeight + 4;
        const int count = lanes.count();
        const double available = f->events.height();
        std::vector<bool> empty(static_cast<size_t>(count));
        int filled = 0;
        for (int lane = 0; lane < count; ++lane) {
            const std::vector<qint64> &starts = lanes.lanes()[size_t(lane)].starts;
            const auto first = std::partition_point(starts.begin(), starts.end(), [&f](qint64 t) {
                return double(t) < f->scale.start() && !f->scale.contains(t);
            });
            const bool any = first != starts.end() && f->scale.contains(*first);
            empty[size_t(lane)] = !any;
            filled += any ? 1 : 0;
        }
        const double rest = available - (count - filled) * folded;
        const bool fits = filled == 0 || rest / filled >= minimum;
        const double height = filled == 0 ? 0 : fits ? std::floor(rest / filled) : minimum;
        f->laneTops.reserve(size_t(count) + 1);
        f->laneTops.push_back(0);
        int lastFilled = -1;
        for (int lane = 0; lane < count; ++lane) {
            f->laneTops.push_back(f->laneTops.back() + (empty[size_t(lane)] ? folded : height));
            if (!empty[size_t(lane)])
                lastFilled = lane;
        }
        if (fits && lastFilled >= 0) {
            // The last lane with events takes what rounding left.
            const double extra = available - f->laneTops.back();
            for (int lane = lastFilled + 1; lane <= count; ++lane)
                f->laneTops[size_t(lane)] += extra;
        }
        f->maxLaneScroll = std::max(0.0, f->laneTops.back() - available);
        f->laneScroll = std::clamp(m_laneScroll, 0.0, f->maxLaneScroll);
        if (f->maxLaneScroll > 0) {
            const int barWidth = m_laneBar->sizeHint().width();
            f->laneBar = QRectF(plotWidth - barWidth, f->events.top(), barWidth, f->events.height());
            f->labelRight = plotWidth - barWidth - 2;
        }
        for (int lane = 0; lane < count; ++lane) {
            const double top = f->events.top() + f->laneTops[size_t(lane)] - f->laneScroll;
            const double bottom = f->events.top() + f->laneTops[size_t(lane) + 1] - f->laneScroll;
            if (bottom <= f->events.top() || top >= f->events.bottom())
                continue; // scrolled out: not laid out at all
            const TimelineLane &l = lanes.lanes()[size_t(lane)];
            Band band;
            band.lane = lane;
            band.rect = QRectF(0, top, plotWidth, bottom - top);
            band.header = QRectF(0, top, f->labelRight, headerHeight);
            band.positions = l.positions.data();
            band.name = l.name;
            band.laneKind = l.kind;
            band.rowsTop = band.header.bottom() + 4;
            band.rows = std::max(0, int((bottom - band.rowsTop - crowdStripHeight - 6) / f->rowHeight));
            band.crowdY = bottom - crowdStripHeight / 2 - 2;
            layoutBand(*f, band, l.starts, band.positions);
            f->bands.push_back(std::move(band));
        }
    }

    if (m_showAllLinks && m_source) {
        QHash<QString, QPointF> anchors;
        for (const Band &band : f->bands) {
            for (const Placed &p : band.placed)
                anchors.insert(p.event.id, p.anchor); // an event in several lanes: its last place
        }
        QSet<QString> done;
        for (const Band &band : f->bands) {
            for (const Placed &p : band.placed) {
                if (done.contains(p.event.id))
                    continue;
                done.insert(p.event.id);
                for (const TimelineLink &link : m_source->links(p.event.id)) {
                    if (!link.outgoing)
                        continue;
                    const auto it = anchors.constFind(link.id);
                    if (it != anchors.cend())
                        f->fadedLinks.emplace_back(p.anchor, *it);
                }
            }
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

void TimelineWidget::layoutBand(Frame &frame, Band &band, std::span<const qint64> times, const qsizetype *positions) const
{
    Frame *f = &frame;
    TextCache &labels = text(f->font, false);
    const double plotWidth = f->events.width();
    const double labelRight = f->labelRight;
    band.bins = ColumnBins(times, f->scale, 2);
    const int rows = band.rows;
    // More events than about three labels' worth per row would only crowd
    // the strip of unlabelled markers: show density instead.
    // A lane, with few rows, keeps its markers (on their dates in the crowd strip)
    // until about one in eight pixels would hold one.
    const qsizetype labelSlots = qsizetype(rows) * qsizetype(plotWidth / 80);
    const qsizetype markers = band.lane >= 0 ? std::max(labelSlots, qsizetype(plotWidth / 8)) : labelSlots;
    band.density = band.bins.inView() > std::min<qsizetype>(maxLabelledInView, markers);

    if (!band.density) {
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
            e.rightRoom = labelRight - e.labelLeft - 4;
            e.flip = !e.bar && e.textWidth > e.rightRoom && e.x - markerRadius - 4 - e.textWidth >= 0;
            e.left = e.flip ? e.x - markerRadius - 4 - e.textWidth : (e.bar ? e.span.left : e.x) - markerRadius;
            e.right = e.flip ? e.x + markerRadius : std::max(e.labelLeft + e.textWidth, e.bar ? e.span.right : e.x);
            return e;
        };
        std::vector<double> rowRight(size_t(rows), -1e9);
        const qsizetype first = band.bins.before();
        const qsizetype end = first + band.bins.inView();
        // The selected event always gets a label: its place in the first row is kept for it.
        qsizetype selected = -1; // its index in the band's times
        if (!m_selected.isEmpty() && rows > 0 && m_source) {
            const qsizetype position = m_source->positionOf(m_selected);
            if (position >= 0 && !positions) {
                selected = position;
            } else if (position >= 0) {
                const qint64 start = m_source->startTimes()[size_t(position)];
                const auto [lo, hi] = std::equal_range(times.begin() + first, times.begin() + end, start);
                const qsizetype *p = std::lower_bound(positions + (lo - times.begin()), positions + (hi - times.begin()), position);
                if (p != positions + (hi - times.begin()) && *p == position)
                    selected = p - positions;
            }
        }
        std::optional<Extent> reserved;
        if (rows > 0 && selected >= first && selected < end)
            reserved = extentOf(m_source->event(band.position(selected)));
        for (qsizetype i = first; i < end; ++i) {
            Placed placed;
            placed.position = band.position(i);
            placed.event = m_source->event(placed.position);
            const Extent e = extentOf(placed.event);
            const double x = e.x;
            const PixelSpan &span = e.span;
            placed.bar = e.bar;
            placed.barLeft = placed.bar ? span.left : x;
            placed.barRight = placed.bar ? span.right : x;
            const bool isSelected = i == selected && reserved;
            auto fits = [&](int r) {
                if (isSelected)
                    return r == 0;
                if (rowRight[size_t(r)] + 8 > e.left)
                    return false;
                return r != 0 || !reserved || e.right + 8 <= reserved->left || e.left >= reserved->right + 8;
            };
            int row = -1;
            for (int r = 0; r < rows; ++r) {
                if (fits(r)) {
                    row = r;
                    break;
                }
            }
            if (row >= 0) {
                rowRight[size_t(row)] = std::max(rowRight[size_t(row)], e.right);
                const double y = band.rowsTop + row * f->rowHeight;
                placed.anchor = QPointF(placed.bar ? std::max(span.left, 0.0) + markerRadius : x, y + f->rowHeight / 2);
                const double available = e.flip ? e.textWidth : std::max(0.0, std::min(e.textWidth, e.rightRoom));
                placed.text = labels.elided(placed.event.title, available);
                const double shownWidth = labels.width(placed.text);
                if (!placed.text.isEmpty())
                    placed.label = QRectF(e.flip ? x - markerRadius - 4 - shownWidth : e.labelLeft, y, shownWidth, f->rowHeight);
            } else {
                // No room for a label: the marker goes to the strip of the crowded.
                placed.anchor = QPointF(x, band.crowdY);
                placed.bar = false;
            }
            band.placed.push_back(std::move(placed));
        }
    } else {
        const double pillWidth = std::ceil(labels.width(countText(88888)) + 18);
        const double pillTop = band.rowsTop;
        for (const EventCluster &cluster : band.bins.clusters(pillWidth + 6)) {
            const double left = std::clamp(cluster.left, 0.0, labelRight - pillWidth);
            if (!band.clusterRects.empty() && left < band.clusterRects.back().right() + 6) {
                // Pushed back from the right edge onto its neighbour: one cluster of both.
                EventCluster &previous = band.clusters.back();
                previous.lastBin = cluster.lastBin;
                previous.count += cluster.count;
                previous.to = cluster.to;
                previous.right = cluster.right;
                continue;
            }
            band.clusters.push_back(cluster);
            band.clusterRects.emplace_back(left, pillTop, pillWidth, f->rowHeight - 2);
        }
        for (EventCluster &cluster : band.clusters)
            cluster.firstEvent = band.position(cluster.firstEvent);
    }
    // The lane's vectors may be worked out again while this frame is still shown.
    band.positions = nullptr;
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
    paintLaneBackgrounds(painter, f);
    paintAxis(painter, f);
    for (const Band &band : f.bands) {
        if (band.density)
            paintDensity(painter, f, band);
        else
            paintEvents(painter, f, band);
    }
    paintLinks(painter, f);
    paintLaneHeaders(painter, f);
    paintOverview(painter, f);
    if (!f.tray.isEmpty())
        paintTray(painter, f);
    for (const Band &band : f.bands)
        paintEdgeCounts(painter, f, band);
    if (!m_source || (m_source->startTimes().empty() && m_source->undatedCount() == 0)) {
        painter.setPen(colours.muted);
        painter.drawText(f.events, Qt::AlignCenter, tr("No events to show"));
    }
}

void TimelineWidget::paintEdgeCounts(QPainter &painter, const Frame &f, const Band &band) const
{
    // Events beyond either edge of the window, so nothing seems lost. Counts
    // repeat from frame to frame: laid out once, through the label cache.
    const Colours colours(palette());
    TextCache &labels = text(f.font, false);
    const QFontMetricsF &fm = labels.metrics();
    painter.save();
    painter.setClipRect(band.rect.intersected(f.events));
    painter.setFont(f.font);
    painter.setPen(colours.muted);
    if (band.lane >= 0) {
        // In a lane's header, at the right: the rows below are the lane's.
        QStringList parts;
        if (band.bins.before() > 0)
            parts.append(u"‹ "_s + QLocale().toString(band.bins.before()));
        if (band.bins.after() > 0)
            parts.append(QLocale().toString(band.bins.after()) + u" ›"_s);
        const QString counts = parts.join(u"   "_s);
        labels.draw(painter,
                    QPointF(band.header.right() - 10 - labels.width(counts), band.header.center().y() - fm.height() / 2),
                    counts);
        painter.restore();
        return;
    }
    const double y = band.rect.bottom() - crowdStripHeight - 6;
    // On a backing of the base colour: it must read over a histogram too.
    auto drawCount = [&](const QString &count, double left) {
        const QRectF backing(left - 4, y - fm.height() - 1, labels.width(count) + 8, fm.height() + 2);
        painter.fillRect(backing, withAlpha(colours.base, 0.85));
        labels.draw(painter, QPointF(left, y - fm.height()), count);
    };
    if (band.bins.before() > 0)
        drawCount(u"‹ "_s + QLocale().toString(band.bins.before()), f.events.left() + 6);
    if (band.bins.after() > 0) {
        const QString count = QLocale().toString(band.bins.after()) + u" ›"_s;
        drawCount(count, f.labelRight - 6 - labels.width(count));
    }
    painter.restore();
}

void TimelineWidget::paintLaneBackgrounds(QPainter &painter, const Frame &f) const
{
    // Every other lane a shade off the base: enough to follow a band across, no more.
    const Colours colours(palette());
    painter.save();
    painter.setClipRect(f.events);
    for (const Band &band : f.bands) {
        if (band.lane >= 0 && band.lane % 2 == 1)
            painter.fillRect(band.rect, mixed(colours.base, colours.text, 0.035));
    }
    painter.restore();
}

void TimelineWidget::paintLaneHeaders(QPainter &painter, const Frame &f) const
{
    const Colours colours(palette());
    TextCache &labels = text(f.font, false);
    TextCache &boldLabels = text(f.bold, true);
    const QFontMetricsF &fm = labels.metrics();
    const QFontMetricsF &bm = boldLabels.metrics();
    painter.save();
    painter.setClipRect(f.events);
    for (const Band &band : f.bands) {
        if (band.lane < 0)
            continue;
        // A section header: it covers the grid, so the name always reads.
        const QColor background = mixed(colours.base, colours.text, band.lane % 2 == 1 ? 0.075 : 0.055);
        painter.fillRect(band.header, background);
        painter.setPen(colours.gridMajor);
        painter.drawLine(QPointF(band.rect.left(), band.rect.top() + 0.5), QPointF(f.events.right(), band.rect.top() + 0.5));
        const QString name = boldLabels.elided(band.name, std::max(40.0, band.header.width() / 2));
        painter.setFont(f.bold);
        painter.setPen(band.laneKind == TimelineLane::Kind::Other ? colours.muted : colours.text);
        boldLabels.draw(painter, QPointF(band.header.left() + 10, band.header.top() + (band.header.height() - bm.height()) / 2),
                        name);
        // How many of its events are in view, and of how many.
        const qsizetype inView = band.bins.inView();
        const qsizetype total = band.bins.total();
        const QString count = inView == total ? countText(total)
                                              : tr("%1 of %2", "events in view of a lane's events")
                                                    .arg(QLocale().toString(inView), countText(total));
        painter.setFont(f.font);
        painter.setPen(colours.muted);
        labels.draw(painter,
                    QPointF(band.header.left() + 10 + boldLabels.width(name) + 10,
                            band.header.top() + (band.header.height() - fm.height()) / 2),
                    count);
    }
    painter.restore();
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
        // A one-pixel column: filling it is cheaper than stroking a line.
        const double top = tick.major ? f.axis.top() : f.axis.bottom() - 6;
        painter.fillRect(QRectF(std::round(tick.x), top, 1, f.events.bottom() - top),
                         tick.major ? colours.gridMajor : colours.grid);
    }
    // Major labels, then minor ones: a font and a pen each.
    painter.setFont(f.bold);
    painter.setPen(colours.text);
    TextCache &boldLabels = text(f.bold, true);
    for (const Tick &tick : f.ticks.ticks) {
        if (tick.major && !tick.label.isEmpty())
            boldLabels.draw(painter, QPointF(tick.x + 4, labelsTop), tick.label);
    }
    painter.setFont(f.font);
    painter.setPen(colours.muted);
    TextCache &minorLabels = text(f.font, false);
    for (const Tick &tick : f.ticks.ticks) {
        if (!tick.major && !tick.label.isEmpty())
            minorLabels.draw(painter, QPointF(tick.x + 4, labelsTop + bm.height() + 2), tick.label);
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

void TimelineWidget::paintEvents(QPainter &painter, const Frame &f, const Band &band) const
{
    const Colours colours(palette());
    TextCache &labels = text(f.font, false);
    const QFontMetricsF &fm = labels.metrics();
    painter.save();
    painter.setClipRect(band.rect.intersected(f.events));
    painter.setRenderHint(QPainter::Antialiasing, true);
    // Crowded markers first, so labelled ones stay on top.
    for (const Placed &p : band.placed) {
        if (p.label.isEmpty())
            m_markers->draw(painter, p.anchor, {withAlpha(colours.of(p.event.kind), 0.6).rgba(), 0, 0, 25, false});
    }
    for (const Placed &p : band.placed) {
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
        m_markers->draw(painter, p.anchor,
                        {(inferred ? colours.base : colour).rgba(), colour.rgba(), inferred ? 16 : 10,
                         int(std::lround(r * 10)), p.event.kind == EventKind::Article});
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

void TimelineWidget::paintDensity(QPainter &painter, const Frame &f, const Band &band) const
{
    const Colours colours(palette());
    TextCache &labels = text(f.font, false);
    const QFontMetricsF &fm = labels.metrics();
    painter.save();
    painter.setClipRect(band.rect.intersected(f.events));
    // Per-column density: square-root heights keep sparse columns visible.
    const double baseline = band.rect.bottom() - 4;
    // Lanes are short: their columns start just below the bracket of the pills.
    const double gap = band.lane >= 0 ? 8 : 30;
    // The main view's histogram stays a band at the foot of the area, not a
    // wall: even data would otherwise fill the whole view with one colour.
    const double room = std::max(4.0, baseline - (band.rowsTop + f.rowHeight + gap));
    const double histogramHeight = band.lane >= 0 ? room : std::min(room, std::max(120.0, room * 0.45));
    const ColumnBins &bins = band.bins;
    // Columns of two bins with a pixel between them read as a histogram, not as a barcode.
    constexpr int binsPerColumn = 2;
    std::vector<qsizetype> counts;
    counts.reserve(size_t(bins.binCount() / binsPerColumn + 1));
    qsizetype maxCount = 1;
    for (int bin = 0; bin < bins.binCount(); bin += binsPerColumn) {
        qsizetype count = 0;
        for (int b = bin; b < std::min(bin + binsPerColumn, bins.binCount()); ++b)
            count += bins.count(b);
        counts.push_back(count);
        maxCount = std::max(maxCount, count);
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(colours.band);
    // One call for all columns: a dozen lanes of a thousand columns each stay cheap.
    std::vector<QRectF> columns;
    columns.reserve(counts.size());
    for (size_t c = 0; c < counts.size(); ++c) {
        if (counts[c] == 0)
            continue;
        const int first = int(c) * binsPerColumn;
        const int last = std::min(first + binsPerColumn, bins.binCount()) - 1;
        const double h = std::max(1.5, std::sqrt(double(counts[c]) / double(maxCount)) * histogramHeight);
        const double left = bins.binLeft(first);
        const double width = std::max(1.0, bins.binRight(last) - left - 1);
        columns.emplace_back(left, baseline - h, width, h);
    }
    painter.drawRects(columns.data(), int(columns.size()));
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (size_t i = 0; i < band.clusters.size(); ++i) {
        const EventCluster &cluster = band.clusters[i];
        const QRectF &pill = band.clusterRects[i];
        // A bracket under the pill shows how far the cluster reaches.
        painter.setPen(QPen(colours.gridMajor, 1));
        const double bracketY = pill.bottom() + 3;
        painter.drawLine(QPointF(cluster.left, bracketY), QPointF(std::max(cluster.right, cluster.left + 1), bracketY));
        painter.setPen(QPen(colours.highlight, 1));
        painter.setBrush(mixed(colours.highlight, colours.base, 0.85));
        painter.drawRoundedRect(pill.adjusted(0.5, 0.5, -0.5, -0.5), pill.height() / 2, pill.height() / 2);
        painter.setPen(colours.text);
        // Laid out once per count and kept, like the labels.
        const QString count = labels.elided(countText(cluster.count), pill.width() - 8);
        labels.draw(painter, QPointF(pill.center().x() - labels.width(count) / 2, pill.center().y() - fm.height() / 2), count);
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
    double top = f.events.top();
    auto arc = [&painter, &top](QPointF a, QPointF b) {
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
    int fromLane = -1;
    double endsTop = f.events.top() + 8; // where links to events without a place end
    if (const Placed *p = f.placedEvent(m_selected)) {
        from = p->anchor;
        const Band *band = f.bandOf(p);
        fromLane = band->lane;
        if (fromLane >= 0) {
            // In lanes, links stay below the selected event's lane header where they can.
            top = band->rowsTop - 2;
            endsTop = band->rowsTop + 8;
        }
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
        if (const Placed *p = f.placedEvent(link.id, fromLane)) {
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
            to = QPointF(x, endsTop);
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
    painter.setBrush(mixed(colours.muted, colours.base, 0.35));
    QVarLengthArray<QRectF, 1024> bars;
    for (int bin = 0; bin < f.overviewBins.binCount(); ++bin) {
        const qsizetype count = f.overviewBins.count(bin);
        if (count == 0)
            continue;
        const double h = std::max(1.0, std::sqrt(double(count) / maxCount) * height);
        bars.append(QRectF(f.overviewBins.binLeft(bin), f.overview.bottom() - 3 - h,
                           f.overviewBins.binRight(bin) - f.overviewBins.binLeft(bin), h));
    }
    painter.drawRects(bars.constData(), int(bars.size()));
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
    if (!f.laneBar.isEmpty() && f.laneBar.contains(pos))
        return hit;
    for (const Band &band : f.bands) {
        if (!band.rect.intersected(f.events).contains(pos))
            continue;
        hit.lane = band.lane;
        if (band.header.contains(pos)) {
            hit.kind = Hit::LaneHeader;
            return hit;
        }
        if (!band.density) {
            // Labelled events first (they are on top), then crowded markers.
            const Placed *best = nullptr;
            double bestDistance = 7;
            for (const Placed &p : band.placed) {
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
        for (size_t i = 0; i < band.clusters.size(); ++i) {
            const EventCluster &cluster = band.clusters[i];
            const QRectF &pill = band.clusterRects[i];
            const QRectF reach = pill.united(QRectF(cluster.left, pill.top(), cluster.right - cluster.left, band.rect.bottom() - pill.top()));
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
    return hit;
}

QList<TimelineWidget::PlacedLabel> TimelineWidget::placedLabels() const
{
    QList<PlacedLabel> labels;
    for (const Band &band : frame().bands) {
        for (const Placed &p : band.placed) {
            if (!p.label.isEmpty())
                labels.append(PlacedLabel{p.event.id, p.anchor, p.bar, p.label, band.lane});
        }
    }
    return labels;
}

QList<TimelineWidget::LaneBand> TimelineWidget::laneBands() const
{
    QList<LaneBand> bands;
    const Frame &f = frame();
    for (const Band &band : f.bands) {
        LaneBand b;
        b.lane = band.lane;
        b.name = band.name;
        b.rect = band.rect;
        b.header = band.header;
        b.inView = band.bins.inView();
        b.density = band.density;
        for (const EventCluster &cluster : band.clusters)
            b.clusterTotal += cluster.count;
        bands.append(b);
    }
    return bands;
}

int TimelineWidget::labelledEventCount() const
{
    int count = 0;
    for (const Band &band : frame().bands) {
        count += int(std::count_if(band.placed.begin(), band.placed.end(), [](const Placed &p) {
            return !p.label.isEmpty();
        }));
    }
    return count;
}

qsizetype TimelineWidget::clusterTotal() const
{
    qsizetype total = 0;
    for (const Band &band : frame().bands) {
        for (const EventCluster &cluster : band.clusters)
            total += cluster.count;
    }
    return total;
}

bool TimelineWidget::isShowingDensity() const
{
    const Frame &f = frame();
    return std::any_of(f.bands.begin(), f.bands.end(), [](const Band &band) {
        return band.density;
    });
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
            // By id: the frame hit may predate the latest change of the events.
            const qsizetype position = m_source->positionOf(hit.id);
            if (position < 0)
                return {};
            event = m_source->event(position);
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
    case Hit::LaneHeader: {
        const TimelineLanes &lanes = laneData();
        if (hit.lane < 0 || hit.lane >= lanes.count())
            break;
        const TimelineLane &lane = lanes.lanes()[size_t(hit.lane)];
        QString tip = u"<b>%1</b><br/>%2"_s.arg(lane.name.toHtmlEscaped(), countText(qsizetype(lane.starts.size())).toHtmlEscaped());
        if (lane.kind == TimelineLane::Kind::Other)
            tip += u"<br/>%1"_s.arg(tr("Events that belong to no other lane").toHtmlEscaped());
        if (lane.custom)
            tip += u"<br/><i>%1</i>"_s.arg(tr("Right-click to remove the lane").toHtmlEscaped());
        return tip;
    }
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
    if (event->modifiers() & Qt::AltModifier) {
        // Alt+wheel scrolls the lanes (some platforms turn it sideways: either way is up and down here).
        const int d = delta.y() != 0 ? delta.y() : delta.x();
        setLaneScroll(int(m_laneScroll) - d * int(frame().rowHeight) / 40);
        event->accept();
        return;
    }
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
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (frame().maxLaneScroll <= 0) {
            QWidget::keyPressEvent(event);
            return;
        }
        setLaneScroll(int(m_laneScroll + (event->key() == Qt::Key_Up ? -1 : 1) * frame().rowHeight * 2));
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
    const std::unique_ptr<QMenu> menu = contextMenuAt(QPointF(event->pos()));
    menu->exec(event->globalPos());
}

std::unique_ptr<QMenu> TimelineWidget::contextMenuAt(QPointF pos)
{
    const Hit hit = hitAt(pos);
    auto owned = std::make_unique<QMenu>(this);
    QMenu &menu = *owned;
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
    } else if (hit.kind == Hit::LaneHeader && hit.lane >= 0 && hit.lane < laneData().count()) {
        const TimelineLane &lane = laneData().lanes()[size_t(hit.lane)];
        if (lane.custom) {
            QAction *remove = menu.addAction(themeIcon(u"list-remove"_s), tr("Remove Lane"), this, [this, entity = lane.entity] {
                LaneSpec spec = m_lanes;
                spec.entities.removeAll(entity);
                setLanes(spec);
            });
            remove->setObjectName(u"removeLane"_s);
        }
        QAction *none = menu.addAction(tr("No Lanes"), this, [this] {
            setLanes({});
        });
        none->setObjectName(u"noLanes"_s);
        menu.addSeparator();
    }
    menu.addAction(themeIcon(u"zoom-fit-best"_s), tr("Fit All"), this, &TimelineWidget::fitAll);
    QAction *links = menu.addAction(tr("Show All Links"));
    links->setCheckable(true);
    links->setChecked(m_showAllLinks);
    connect(links, &QAction::toggled, this, &TimelineWidget::setShowAllLinks);
    return owned;
}

QSize TimelineWidget::exportSize() const
{
    const Frame &f = frame();
    return {width(), height() + int(std::ceil(f.maxLaneScroll))};
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
    const QSize size = exportSize();
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
    // Lay out at screen size (every lane in it), scaled to the page width.
    const QSize size = exportSize();
    const double factor = page.width() / std::max(1, size.width());
    painter.scale(factor, factor);
    render(&painter, size);
}

} // namespace Chronoscope
