// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "texttokenizer.h"

namespace Chronoscope {

namespace {

bool isWordLetter(QChar c)
{
    return c.isLetter() && !isCjk(c);
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'’';
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == u'‐';
}

// A full stop that ends a sentence: not one after an abbreviation or an initial ("Jan.", "Mr.", "V.").
bool endsSentence(QStringView text, const QList<TextToken> &tokens, qsizetype index, bool nextSpaced)
{
    const QChar c = text[tokens[index].position];
    if (c == u'!' || c == u'?' || c == u'。' || c == u'！' || c == u'？')
        return true;
    if (c != u'.')
        return false;
    if (!nextSpaced)
        return false; // "U.S", "3.5"
    if (index > 0 && tokens[index - 1].type == TextToken::Type::Word && !tokens[index].spaceBefore) {
        const QStringView word = tokens[index - 1].text(text);
        if (word.size() == 1 || (word.size() <= 4 && word[0].isUpper()))
            return false;
    }
    return true;
}

} // namespace

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3040 && u <= 0x30FF && u != 0x30FB) // kana, without the middle dot
        || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF)
        || u == 0x3005; // 々
}

int digitValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= 0xFF10 && u <= 0xFF19)
        return u - 0xFF10;
    return -1;
}

QList<TextToken> tokenizeText(QStringView text)
{
    QList<TextToken> tokens;
    tokens.reserve(text.size() / 4);
    bool space = true;
    bool newLine = true;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text[i];
        if (c.isSpace()) {
            space = true;
            newLine = newLine || c == u'\n';
            ++i;
            continue;
        }
        TextToken token;
        token.position = i;
        token.spaceBefore = space;
        if (digitValue(c) >= 0) {
            token.type = TextToken::Type::Number;
            qint64 value = 0;
            while (i < n && digitValue(text[i]) >= 0) {
                value = std::min<qint64>(value * 10 + digitValue(text[i]), 100000000);
                ++i;
            }
            token.value = int(value);
        } else if (isCjk(c)) {
            token.type = TextToken::Type::Cjk;
            ++i;
        } else if (isWordLetter(c)) {
            token.type = TextToken::Type::Word;
            ++i;
            while (i < n) {
                if (isWordLetter(text[i])) {
                    ++i;
                } else if ((isApostrophe(text[i]) || isHyphen(text[i])) && i + 1 < n && isWordLetter(text[i + 1])) {
                    i += 2;
                } else {
                    break;
                }
            }
        } else {
            token.type = TextToken::Type::Punct;
            ++i;
        }
        token.length = i - token.position;
        if (!tokens.isEmpty()) {
            const qsizetype last = tokens.size() - 1;
            token.sentence = tokens[last].sentence;
            if (newLine || (tokens[last].type == TextToken::Type::Punct && endsSentence(text, tokens, last, space)))
                ++token.sentence;
        }
        tokens.append(token);
        space = false;
        newLine = false;
    }
    return tokens;
}

} // namespace Chronoscope
