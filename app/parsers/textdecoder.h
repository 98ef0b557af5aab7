// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include <QByteArray>
#include <QString>

namespace Chronoscope {

/** The text of a document and how it was decoded. */
struct DecodedText {
    QString text;
    QString encoding; ///< e.g. "UTF-8", "Shift_JIS"
    bool legacy = false; ///< neither UTF-8 nor UTF-16: detected, so worth a note
    qsizetype replaced = 0; ///< characters that could not be decoded and were replaced
    bool binary = false; ///< not text at all: text is empty
};

/**
 * Turns a document's bytes into text: a BOM decides (UTF-8, UTF-16); valid
 * UTF-8 is UTF-8; anything else is detected with uchardet (Shift_JIS, EUC-JP,
 * ISO-2022-JP, CP1251, KOI8-R, Latin-1…). Binary data is recognized and not decoded.
 */
class TextDecoder
{
public:
    static DecodedText decode(const QByteArray &bytes);

    /** True for data that is not text (NUL bytes, control characters, known binary magic). */
    static bool looksBinary(const QByteArray &bytes);
};

} // namespace Chronoscope
