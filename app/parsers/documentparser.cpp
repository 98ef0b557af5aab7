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
    // Called for every entry of a corpus: no allocation.
    static constexpr QStringView notDocuments[] = {
        u"json", u"jsonl", u"ndjson", u"csv", u"tsv", u"xml", u"html", u"htm",  u"xhtml", u"yaml", u"yml", u"toml",
        u"ini",  u"js",    u"css",    u"py",  u"sh",  u"sql", u"log",  u"pdf",  u"doc",   u"docx", u"odt", u"rtf",
    };
    QStringView name = fileNameOf(path);
    for (QStringView compressed : {u".gz", u".bz2", u".xz", u".zst"}) {
        if (name.endsWith(compressed, Qt::CaseInsensitive))
            name.chop(compressed.size());
    }
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot <= 0)
        return true;
    const QStringView extension = name.mid(dot + 1);
    return std::none_of(std::begin(notDocuments), std::end(notDocuments), [extension](QStringView known) {
        return extension.compare(known, Qt::CaseInsensitive) == 0;
    });
}

bool isCorpusMetadataName(const QString &path)
{
    static constexpr QStringView metadataNames[] = {u"README", u"LICENSE", u"LICENCE", u"COPYING", u"AUTHORS"};
    QStringView name = fileNameOf(path);
    name = name.left(name.indexOf(u'.'));
    return std::any_of(std::begin(metadataNames), std::end(metadataNames), [name](QStringView known) {
        return name.compare(known, Qt::CaseInsensitive) == 0;
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
