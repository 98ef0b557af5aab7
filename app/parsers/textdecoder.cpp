// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "textdecoder.h"

#include <QStringDecoder>

#include <uchardet.h>

#include <iconv.h>

#include <bit>
#include <cstring>
#include <memory>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

using namespace Qt::StringLiterals;

namespace Chronoscope {

namespace {

qsizetype countReplacements(QStringView text)
{
    return text.count(QChar::ReplacementCharacter);
}

QString detectCharset(const QByteArray &bytes)
{
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> detector(uchardet_new(),
                                                                                           &uchardet_delete);
    if (!detector)
        return {};
    // Detection settles well within the first megabyte; feeding more only costs time.
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 1 << 20);
    if (uchardet_handle_data(detector.get(), bytes.constData(), size_t(sample)) != 0)
        return {};
    uchardet_data_end(detector.get());
    return QString::fromLatin1(uchardet_get_charset(detector.get()));
}

// glibc's iconv knows every legacy charset uchardet names, whether or not Qt
// was built with ICU. Undecodable bytes become U+FFFD.
QString decodeWithIconv(const QByteArray &bytes, const QString &charset, qsizetype *replaced)
{
    iconv_t cd = iconv_open("UTF-16LE", charset.toLatin1().constData());
    if (cd == iconv_t(-1))
        return {};
    QString out;
    out.reserve(bytes.size());
    char *in = const_cast<char *>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    char buffer[16384];
    while (inLeft > 0) {
        char *outPtr = buffer;
        size_t outLeft = sizeof buffer;
        const size_t rc = iconv(cd, &in, &inLeft, &outPtr, &outLeft);
        out.append(QStringView(reinterpret_cast<const char16_t *>(buffer), qsizetype((sizeof buffer - outLeft) / 2)));
        if (rc == size_t(-1)) {
            if (errno == E2BIG)
                continue;
            // EILSEQ or EINVAL (truncated sequence at the end): replace one byte and go on.
            out.append(QChar::ReplacementCharacter);
            ++*replaced;
            ++in;
            --inLeft;
            iconv(cd, nullptr, nullptr, nullptr, nullptr);
        }
    }
    iconv_close(cd);
    return out;
}

} // namespace

bool TextDecoder::looksBinary(const QByteArray &bytes)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 8192);
    if (sample == 0)
        return false;
    // UTF-16 text is full of NULs: a BOM or the zero-every-other-byte pattern says it is text.
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return false;
    qsizetype nul = 0;
    qsizetype control = 0;
    const char *const data = bytes.constData();
    auto look = [&](unsigned char c) {
        if (c == 0)
            ++nul;
        else if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1b)
            ++control;
    };
    qsizetype i = 0;
#ifdef __SSE2__
    // Sixteen bytes at a time: those below 0x20 that are neither NUL nor a
    // line break, tab, form feed or escape are counted together.
    const __m128i below = _mm_set1_epi8(0x1f);
    for (; i + 16 <= sample; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        const __m128i low = _mm_cmpeq_epi8(_mm_min_epu8(v, below), v);
        if (_mm_movemask_epi8(low) == 0)
            continue; // no byte below 0x20, as in most of a text
        __m128i usual = _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'));
        usual = _mm_or_si128(usual, _mm_cmpeq_epi8(v, _mm_set1_epi8('\r')));
        usual = _mm_or_si128(usual, _mm_cmpeq_epi8(v, _mm_set1_epi8('\t')));
        usual = _mm_or_si128(usual, _mm_cmpeq_epi8(v, _mm_set1_epi8('\f')));
        usual = _mm_or_si128(usual, _mm_cmpeq_epi8(v, _mm_set1_epi8(0x1b)));
        const __m128i zero = _mm_cmpeq_epi8(v, _mm_setzero_si128());
        if (_mm_movemask_epi8(zero) != 0)
            return true; // a NUL: binary
        // Counted only where there are any: without a popcount instruction
        // in the baseline instruction set, counting is a call.
        if (const unsigned odd = unsigned(_mm_movemask_epi8(_mm_andnot_si128(usual, low))); odd != 0)
            control += std::popcount(odd);
    }
#endif
    for (; i < sample; ++i)
        look(static_cast<unsigned char>(data[i]));
    if (nul > 0)
        return true;
    // Text may hold a stray control character; binary data holds many.
    return control * 20 > sample;
}

DecodedText TextDecoder::decode(const QByteArray &bytes)
{
    DecodedText result;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        result.text = decoder.decode(bytes.sliced(3));
        result.encoding = u"UTF-8"_s;
        result.replaced = countReplacements(result.text);
        return result;
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        const bool little = bytes.startsWith("\xFF\xFE");
        QStringDecoder decoder(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        result.text = decoder.decode(bytes.sliced(2));
        result.encoding = little ? u"UTF-16LE"_s : u"UTF-16BE"_s;
        result.replaced = countReplacements(result.text);
        return result;
    }
    if (looksBinary(bytes)) {
        result.binary = true;
        return result;
    }
    // ISO-2022-JP is 7-bit and so "valid UTF-8": its escape sequences give it away.
    if (bytes.contains('\x1b')) {
        const QString charset = detectCharset(bytes);
        if (charset.startsWith(u"ISO-2022"_s, Qt::CaseInsensitive)) {
            result.text = decodeWithIconv(bytes, charset, &result.replaced);
            if (!result.text.isNull()) {
                result.encoding = charset;
                result.legacy = true;
                return result;
            }
        }
    }
    {
        // Decoding is also the validity check: one pass for the common case.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder.decode(bytes);
        if (!decoder.hasError()) {
            result.text = std::move(text);
            result.encoding = u"UTF-8"_s;
            return result;
        }
    }

    QString charset = detectCharset(bytes);
    if (charset.isEmpty() || charset.compare(u"ASCII"_s, Qt::CaseInsensitive) == 0)
        charset = u"WINDOWS-1252"_s; // the usual origin of stray high bytes in Western text
    if (charset.compare(u"UTF-8"_s, Qt::CaseInsensitive) == 0) {
        // Mostly UTF-8 with some damaged bytes.
        QStringDecoder decoder(QStringDecoder::Utf8);
        result.text = decoder.decode(bytes);
        result.encoding = u"UTF-8"_s;
        result.replaced = countReplacements(result.text);
        return result;
    }
    qsizetype replaced = 0;
    result.text = decodeWithIconv(bytes, charset, &replaced);
    if (result.text.isNull()) {
        QStringDecoder decoder(QStringDecoder::Latin1);
        result.text = decoder.decode(bytes);
        charset = u"ISO-8859-1"_s;
    }
    result.encoding = charset;
    result.legacy = true;
    result.replaced = replaced;
    return result;
}

} // namespace Chronoscope
