// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "corpus/corpusloader.h"

#include <QJsonObject>

namespace Chronoscope {

/**
 * The JSON of `chronoscope-cli inspect --json`: documents, events (sorted by
 * id, so that a corpus gives the same JSON however it is packed), entities,
 * problems (sorted by path) and timings.
 */
QJsonObject loadResultToJson(const LoadResult &result, bool withText);

QJsonObject dateRangeToJson(const DateRange &date);

/** A few lines for people: counts, the date span and the problems. */
QString loadResultSummary(const LoadResult &result);

} // namespace Chronoscope
