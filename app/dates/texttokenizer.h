// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include <QList>
#include <QStringView>

namespace Chronoscope {

/** One piece of a text as the date finder sees it: a word, a number, one CJK character, or punctuation. */
struct TextToken
{
    enum class Type : quint8 {
        Word, ///< Latin or Cyrillic letters, with inner hyphens and apostrophes ("премьер-министр", "Abe's")
        Number, ///< ASCII or full-width digits
        Cjk, ///< a single ideograph or kana
        Punct, ///< any other single character
    };
    Type type = Type::Punct;
    bool spaceBefore = true; ///< whitespace (or the start of the text) right before it
    qsizetype position = 0;
    qsizetype length = 0;
    int value = 0; ///< numbers: their value, saturating at 10^8
    int sentence = 0; ///< index of the sentence it belongs to

    [[nodiscard]] QStringView text(QStringView source) const { return source.mid(position, length); }
    [[nodiscard]] qsizetype end() const { return position + length; }
};

/** Splits @p text into tokens and numbers its sentences; linear in the length of the text. */
QList<TextToken> tokenizeText(QStringView text);

/** True for ideographs, kana and the iteration mark: characters that Japanese writes without spaces. */
bool isCjk(QChar c);

/** The digit a character stands for (ASCII or full-width), or -1. */
int digitValue(QChar c);

} // namespace Chronoscope
