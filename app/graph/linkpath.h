// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include <QDate>
#include <QString>

namespace Chronoscope {

/**
 * The key under which a document or a link target is known: corpus-relative,
 * percent-decoded, lower case, without a leading slash, "./" or a document
 * extension, with dates in "YYYY/M/D/" segments zero-padded. A document and a
 * link that name the same page get the same key, which is also the event id.
 * Returns an empty string for external links (a scheme such as http:).
 */
QString normalizedLinkKey(const QString &pathOrLink);

/** The day a "…/YYYY/MM/DD/…" path names, if any. */
QDate dateFromLinkPath(QStringView path);

} // namespace Chronoscope
