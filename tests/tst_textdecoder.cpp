// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "parsers/textdecoder.h"
#include "testutils.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <iconv.h>

using namespace Chronoscope;
using namespace Qt::StringLiterals;

namespace {

// Encodes with glibc's iconv, independently of the decoder under test.
QByteArray encode(const QString &text, const char *charset)
{
    iconv_t cd = iconv_open(charset, "UTF-8");
    REQUIRE(cd != iconv_t(-1));
    QByteArray in = text.toUtf8();
    QByteArray out(in.size() * 4 + 16, '\0');
    char *inPtr = in.data();
    size_t inLeft = size_t(in.size());
    char *outPtr = out.data();
    size_t outLeft = size_t(out.size());
    REQUIRE(iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) != size_t(-1));
    iconv(cd, nullptr, nullptr, &outPtr, &outLeft); // flush shift states (ISO-2022-JP)
    iconv_close(cd);
    out.truncate(out.size() - qsizetype(outLeft));
    return out;
}

const QString japanese = u"北方領土問題について、日本政府は四島の返還を求めている。"
                         "2019年1月、河野外務大臣はモスクワを訪問し、ラブロフ外相と会談した。"
                         "両国は平和条約締結に向けた交渉を続けることで一致した。"_s;
const QString russian = u"Курильские острова остаются предметом спора между Россией и Японией. "
                        "В январе 2019 года министр иностранных дел Японии посетил Москву, "
                        "где провёл переговоры с Сергеем Лавровым о мирном договоре."_s;

} // namespace

TEST_CASE("legacy encodings are detected and decoded", "[decoder]")
{
    auto [text, charset] = GENERATE(table<QString, const char *>({
        {japanese, "SHIFT_JIS"},
        {japanese, "EUC-JP"},
        {japanese, "ISO-2022-JP"},
        {russian, "CP1251"},
        {russian, "KOI8-R"},
        {u"Café au lait à la française, déjà vu, naïve façade, über schön."_s, "ISO-8859-1"},
    }));
    INFO(charset);
    const DecodedText decoded = TextDecoder::decode(encode(text, charset));
    CHECK(decoded.text == text);
    CHECK(decoded.legacy);
    CHECK_FALSE(decoded.binary);
}

TEST_CASE("BOMs and UTF-8 decide without detection", "[decoder]")
{
    const QString text = u"Kunashir — 国後島 — Кунашир"_s;
    CHECK(TextDecoder::decode(text.toUtf8()).text == text);
    CHECK_FALSE(TextDecoder::decode(text.toUtf8()).legacy);
    CHECK(TextDecoder::decode("\xEF\xBB\xBF" + text.toUtf8()).text == text);

    QByteArray le("\xFF\xFE", 2);
    le.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    const DecodedText fromLe = TextDecoder::decode(le);
    CHECK(fromLe.text == text);
    CHECK(fromLe.encoding == u"UTF-16LE"_s);
    CHECK_FALSE(fromLe.binary);
}

TEST_CASE("damaged UTF-8 is decoded with replacements that are counted", "[decoder]")
{
    QByteArray bytes = QString(u"Японские рыбаки задержаны у острова Кунашир. "_s).repeated(20).toUtf8();
    bytes[10] = char(0xFF);
    bytes[200] = char(0xC3);
    const DecodedText decoded = TextDecoder::decode(bytes);
    CHECK(decoded.replaced > 0);
    CHECK(decoded.text.contains(u"Кунашир"_s));
}

TEST_CASE("binary data is recognized", "[decoder]")
{
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
    png.append(QByteArray(4000, '\x01'));
    CHECK(TextDecoder::looksBinary(png));
    CHECK(TextDecoder::decode(png).binary);
    CHECK_FALSE(TextDecoder::looksBinary("plain text\twith a tab\r\n"));
    CHECK_FALSE(TextDecoder::decode({}).binary);
}

TEST_CASE("one NUL anywhere in the first 8 KiB, or control characters in more than one byte of twenty, make binary",
          "[decoder]")
{
    // Text of every length around the sizes read at once, with line breaks,
    // tabs, escapes and high bytes, which are all text.
    const QByteArray line("Kunashir \xE5\x9B\xBD\tvisit\x1b[0m\f\r\n");
    const qsizetype length = GENERATE(1, 15, 16, 17, 31, 33, 100, 8191, 8192, 9000);
    QByteArray text;
    while (text.size() < length)
        text += line;
    text.truncate(length);
    INFO(length);
    CHECK_FALSE(TextDecoder::looksBinary(text));

    for (const qsizetype at : {qsizetype(0), length / 2, length - 1}) {
        QByteArray withNul = text;
        withNul[at] = '\0';
        CHECK(TextDecoder::looksBinary(withNul) == (at < 8192));
    }
    // Past the first 8 KiB nothing counts.
    if (length > 8192) {
        QByteArray late = text;
        late[length - 1] = '\0';
        CHECK_FALSE(TextDecoder::looksBinary(late));
    }
    // Control characters (other than the usual ones) count in proportion.
    const qsizetype sample = std::min<qsizetype>(length, 8192);
    QByteArray few = text;
    QByteArray many = text;
    const qsizetype allowed = sample / 20;
    for (qsizetype i = 0; i <= allowed && i < sample; ++i)
        many[i * 19 % sample] = '\x01';
    for (qsizetype i = 0; i < allowed; ++i)
        few[i * 19 % sample] = '\x02';
    CHECK_FALSE(TextDecoder::looksBinary(few));
    CHECK(TextDecoder::looksBinary(many));
}
