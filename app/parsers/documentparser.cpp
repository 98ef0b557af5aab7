// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "documentparser.h"

#include "parsers/articleparser.h"
#include "parsers/eventpageparser.h"

#include <algorithm>
#include <bit>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

using namespace Qt::StringLiterals;

namespace Chronoscope {

qsizetype LineReader::findLineBreak(QStringView text, qsizetype from)
{
    // Every character of every document passes here: eight at a time.
    const auto *const data = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = text.size();
#ifdef __SSE2__
    const __m128i lf = _mm_set1_epi16('\n');
    const __m128i cr = _mm_set1_epi16('\r');
    for (; from + 8 <= n; from += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + from));
        if (const auto found = unsigned(_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi16(v, lf), _mm_cmpeq_epi16(v, cr))));
            found != 0)
            return from + std::countr_zero(found) / 2; // two mask bits per character
    }
#endif
    while (from < n && data[from] != u'\n' && data[from] != u'\r')
        ++from;
    return from;
}

QList<QStringView> splitLines(QStringView text)
{
    QList<QStringView> lines;
    LineReader reader(text);
    QStringView line;
    while (reader.next(&line))
        lines.append(line);
    return lines;
}

namespace {

/** The file name of a corpus path: what follows its last slash. */
QStringView fileNameOf(QStringView path)
{
    return path.mid(path.lastIndexOf(u'/') + 1);
}

} // namespace

bool isDocumentName(const QString &path)
{
    // Called for every entry of a corpus: no allocation, no call per comparison.
    static constexpr QLatin1StringView notDocuments[] = {
        "json"_L1, "jsonl"_L1, "ndjson"_L1, "csv"_L1, "tsv"_L1, "xml"_L1,  "html"_L1, "htm"_L1,
        "xhtml"_L1, "yaml"_L1, "yml"_L1,    "toml"_L1, "ini"_L1, "js"_L1,   "css"_L1,  "py"_L1,
        "sh"_L1,   "sql"_L1,  "log"_L1,    "pdf"_L1, "doc"_L1, "docx"_L1, "odt"_L1,  "rtf"_L1,
    };
    QStringView name = fileNameOf(path);
    for (QLatin1StringView compressed : {".gz"_L1, ".bz2"_L1, ".xz"_L1, ".zst"_L1}) {
        if (name.size() >= compressed.size() && equalsAsciiLower(name.last(compressed.size()), compressed))
            name.chop(compressed.size());
    }
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0)
        return true;
    const QStringView extension = name.mid(dot + 1);
    return std::none_of(std::begin(notDocuments), std::end(notDocuments), [extension](QLatin1StringView known) {
        return equalsAsciiLower(extension, known);
    });
}

bool isCorpusMetadataName(const QString &path)
{
    static constexpr QLatin1StringView metadataNames[] = {"readme"_L1, "license"_L1, "licence"_L1, "copying"_L1,
                                                         "authors"_L1};
    QStringView name = fileNameOf(path);
    name = name.left(name.indexOf(u'.'));
    return std::any_of(std::begin(metadataNames), std::end(metadataNames), [name](QLatin1StringView known) {
        return equalsAsciiLower(name, known);
    });
}

ParsedDocument DocumentParser::parse(const QString &path, const QString &text)
{
    return parse(path, text, {});
}

ParsedDocument DocumentParser::parse(const QString &path, const QString &text, const RelatedLinkSink &related,
                                     bool keepSources)
{
    if (EventPageParser::isEventPage(text))
        return related ? EventPageParser::parse(text, related, keepSources) : EventPageParser::parse(text);
    const QString lower = path.toLower();
    bool markdown = false;
    for (const auto &ext : {u".md"_s, u".markdown"_s}) {
        if (lower.endsWith(ext) || lower.contains(ext + u'.'))
            markdown = true;
    }
    // Text starting with a heading is Markdown whatever its name.
    if (!markdown) {
        const QStringView start = QStringView(text).trimmed();
        markdown = start.startsWith(u"# "_s);
    }
    return ArticleParser::parse(text, markdown);
}

} // namespace Chronoscope
