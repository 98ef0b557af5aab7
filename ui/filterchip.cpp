// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "filterchip.h"

#include "colors.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>

namespace Chronoscope {

namespace {

// Beyond this a chip elides its text: a long name must not push the others away.
constexpr int maxTextChars = 28;

} // namespace

FilterChip::FilterChip(const QString &text, Kind kind, bool removable, QWidget *parent)
    : QAbstractButton(parent)
    , m_kind(kind)
    , m_removable(removable)
{
    setText(text);
    setFocusPolicy(Qt::TabFocus);
    setMouseTracking(removable);
    // As wide as the text, narrower (elided) when the row runs out of room.
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    if (!removable) {
        setCursor(Qt::PointingHandCursor);
        setAttribute(Qt::WA_Hover); // its fill follows the mouse
    }
    if (kind == Kind::Mode) {
        // Set in italics (measured so too): a word that joins, not a filter.
        QFont italic = font();
        italic.setItalic(true);
        setFont(italic);
    }
}

FilterChip::~FilterChip() = default;

int FilterChip::padding() const
{
    return fontMetrics().height() / 2;
}

int FilterChip::removeSize() const
{
    return fontMetrics().height();
}

QRect FilterChip::removeRect() const
{
    if (!m_removable)
        return {};
    const int size = removeSize();
    // Nearer the rounded end than the text is to the other one: the ✕ sits in the curve.
    return {width() - padding() / 2 - size, (height() - size) / 2, size, size};
}

int FilterChip::widthFor(int textWidth) const
{
    int width = padding() + textWidth;
    width += m_removable ? removeSize() + padding() / 2 : padding();
    return width + 1; // rounding of fractional advances
}

QSize FilterChip::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    const int textWidth = std::min(metrics.horizontalAdvance(text()), metrics.averageCharWidth() * maxTextChars);
    return {widthFor(textWidth), metrics.height() + padding()};
}

QSize FilterChip::minimumSizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    const int textWidth = std::min(metrics.horizontalAdvance(text()), metrics.averageCharWidth() * 4);
    return {widthFor(textWidth), metrics.height() + padding()};
}

void FilterChip::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QColor window = pal.color(QPalette::Window);
    const QColor ink = pal.color(QPalette::WindowText);
    const QColor highlight = pal.color(QPalette::Highlight);

    QColor fill;
    QColor border;
    switch (m_kind) {
    case Kind::Included:
        fill = mixed(window, highlight, 0.16);
        border = mixed(window, highlight, 0.55);
        break;
    case Kind::Excluded:
    case Kind::Other:
        fill = mixed(window, ink, 0.07);
        border = mixed(window, ink, 0.28);
        break;
    case Kind::Mode:
        fill = underMouse() ? mixed(window, ink, 0.07) : Qt::transparent;
        border = Qt::transparent;
        break;
    }
    if (hasFocus())
        border = highlight;

    // Half-pixel inset: a one-pixel line on pixel centres stays crisp.
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const double radius = frame.height() / 2;
    painter.setPen(border.alpha() ? QPen(border, hasFocus() ? 1.5 : 1.0) : QPen(Qt::NoPen));
    painter.setBrush(fill);
    painter.drawRoundedRect(frame, radius, radius);

    const QRect remove = removeRect();
    QRect textRect = rect().adjusted(padding(), 0, -padding(), 0);
    if (m_removable)
        textRect.setRight(remove.left() - 1);
    const QColor textColour = m_kind == Kind::Mode ? mixed(ink, window, 0.4) : ink;
    painter.setPen(textColour);
    const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, textRect.width());
    painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, shown);

    if (m_removable) {
        if (m_removeHovered || isDown()) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(mixed(fill, ink, isDown() ? 0.3 : 0.18));
            painter.drawEllipse(QRectF(remove).adjusted(1, 1, -1, -1));
        }
        // A drawn ✕ rather than a glyph: the same weight in every font.
        const QPointF centre = QRectF(remove).center();
        const double arm = remove.height() * 0.16;
        painter.setPen(QPen(mixed(ink, fill, m_removeHovered ? 0.0 : 0.3), 1.3, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(centre + QPointF(-arm, -arm), centre + QPointF(arm, arm));
        painter.drawLine(centre + QPointF(-arm, arm), centre + QPointF(arm, -arm));
    }
}

bool FilterChip::hitButton(const QPoint &pos) const
{
    if (!m_removable)
        return rect().contains(pos);
    // A little larger than drawn: the ✕ is a small target.
    const int slack = padding() / 2;
    return removeRect().adjusted(-slack, -slack, slack, slack).contains(pos);
}

void FilterChip::keyPressEvent(QKeyEvent *event)
{
    if (m_removable && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)
        && event->modifiers() == Qt::NoModifier) {
        click();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

void FilterChip::mouseMoveEvent(QMouseEvent *event)
{
    setHovered(hitButton(event->position().toPoint()));
    QAbstractButton::mouseMoveEvent(event);
}

void FilterChip::leaveEvent(QEvent *event)
{
    setHovered(false);
    QAbstractButton::leaveEvent(event);
}

void FilterChip::setHovered(bool hovered)
{
    if (hovered == m_removeHovered)
        return;
    m_removeHovered = hovered;
    setCursor(hovered ? Qt::PointingHandCursor : Qt::ArrowCursor);
    update();
}

void FilterChip::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QAbstractButton::changeEvent(event);
}

} // namespace Chronoscope
