// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include <QColor>

namespace Chronoscope {

/**
 * @p a moved @p amount (0…1) of the way towards @p b: how the widgets derive
 * muted text, grid lines and tints from the palette, in light and dark themes.
 */
inline QColor mixed(const QColor &a, const QColor &b, double amount)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amount) + b.redF() * amount),
                            float(a.greenF() * (1 - amount) + b.greenF() * amount),
                            float(a.blueF() * (1 - amount) + b.blueF() * amount));
}

} // namespace Chronoscope
