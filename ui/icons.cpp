// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace Chronoscope {

namespace {

// The colour our drawings are made in (Breeze's text colour); replaced by the
// palette's when painted. Status icons drawn in other colours keep them.
constexpr QLatin1StringView InkColour("#232629");

QString bundledPath(const QString &name)
{
    return u":/icons/actions/"_s + name + u".svg"_s;
}

/**
 * Paints one of our SVG drawings at any size, with its ink in the colour the
 * application palette gives the icon's mode. Pixmaps are kept in QPixmapCache
 * under a key that names the colour, so a palette change draws them afresh.
 */
class PaletteIconEngine final : public QIconEngine
{
public:
    explicit PaletteIconEngine(const QString &name)
        : m_name(name)
    {
    }

    QIconEngine *clone() const override
    {
        return new PaletteIconEngine(m_name);
    }

    QString key() const override
    {
        return u"ChronoscopePaletteIcon"_s;
    }

    QString iconName() override
    {
        return m_name;
    }

    bool isNull() override
    {
        return false;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        return size;
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        return {QSize(16, 16), QSize(22, 22), QSize(32, 32)};
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal scale = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        painter->drawPixmap(rect, scaledPixmap(rect.size(), mode, state, scale));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale) override
    {
        if (size.isEmpty())
            return {};
        const QPalette palette = QGuiApplication::palette();
        QColor ink = palette.color(QPalette::Active, QPalette::WindowText);
        qreal opacity = 1.0;
        if (mode == QIcon::Selected) {
            ink = palette.color(QPalette::Active, QPalette::HighlightedText);
        } else if (mode == QIcon::Disabled) {
            // Faded as a whole, so coloured status drawings fade with the ink.
            opacity = 0.4;
        }
        const QSize pixels = size * scale;
        const QString cacheKey = u"chronoscope-icon:%1:%2x%3:%4:%5"_s.arg(m_name)
                                     .arg(pixels.width())
                                     .arg(pixels.height())
                                     .arg(ink.name(QColor::HexArgb))
                                     .arg(opacity);
        QPixmap pixmap;
        if (QPixmapCache::find(cacheKey, &pixmap))
            return pixmap;

        QByteArray svg = source();
        svg.replace(QByteArray(InkColour.data(), InkColour.size()), ink.name(QColor::HexRgb).toLatin1());
        QSvgRenderer renderer(svg);
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        if (renderer.isValid()) {
            QPainter painter(&image);
            painter.setOpacity(opacity);
            renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(pixels)));
        }
        pixmap = QPixmap::fromImage(std::move(image));
        pixmap.setDevicePixelRatio(scale);
        QPixmapCache::insert(cacheKey, pixmap);
        return pixmap;
    }

private:
    QByteArray source() const
    {
        // Read once per drawing: the file is in the resources, and small.
        static QHash<QString, QByteArray> sources;
        auto it = sources.constFind(m_name);
        if (it == sources.constEnd()) {
            QFile file(bundledPath(m_name));
            it = sources.insert(m_name, file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
        }
        return *it;
    }

    QString m_name;
};

} // namespace

QIcon bundledIcon(const QString &name)
{
    if (!QFile::exists(bundledPath(name)))
        return {};
    return QIcon(new PaletteIconEngine(name));
}

QIcon themeIcon(const QString &name, const QString &bundled)
{
    if (QIcon::hasThemeIcon(name))
        return QIcon::fromTheme(name);
    return bundledIcon(bundled.isEmpty() ? name : bundled);
}

} // namespace Chronoscope
