// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include <QIcon>
#include <QString>

namespace Chronoscope {

/**
 * The icon @p name from the desktop's icon theme, or, where the theme has no such
 * icon (no theme at all on a bare system or offscreen), Chronoscope's own
 * drawing @p bundled (by default the same name) from resources/icons/actions/.
 * Our drawings are monochrome strokes in the palette's text colour, taken when
 * they are painted, so they follow light and dark palettes.
 */
QIcon themeIcon(const QString &name, const QString &bundled = {});

/** Chronoscope's own drawing @p name in the palette's colours; a null icon if there is none. */
QIcon bundledIcon(const QString &name);

} // namespace Chronoscope
