// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "eventpageparser.h"

#include <bit>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

using namespace Qt::StringLiterals;

namespace Chronoscope {

namespace {

// Number of leading '#' of a heading line ("### x" → 3), 0 when it is none.
int headingLevel(QStringView line)
{
    int level = 0;
    while (level < line.size() && line[level] == u'#')
        ++level;
    if (level == 0 || level > 6)
        return 0;
    if (level < line.size() && !line[level].isSpace())
        return 0;
    return level;
}

QStringView headingText(QStringView line)
{
    QStringView text = trimmedText(line.mid(headingLevel(line)));
    while (text.endsWith(u'#')) // closing hashes of ATX headings
        text.chop(1);
    return trimmedText(text);
}

// "[2010-11-12](/news/…)" or a bare "2010-11-12": the date of a date heading.
QDate dateOfHeading(QStringView text)
{
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return {};
        return parseIsoDay(text.mid(1, close - 1));
    }
    return parseIsoDay(text);
}

// Strips a list marker ("1.", "1)", "-", "*", "+"); false when the line has none.
bool stripListMarker(QStringView line, QStringView *rest)
{
    QStringView s = trimmedText(line);
    qsizetype i = 0;
    while (i < s.size() && s[i].isDigit())
        ++i;
    if (i > 0 && i < s.size() && (s[i] == u'.' || s[i] == u')')) {
        *rest = trimmedText(s.mid(i + 1));
        return true;
    }
    if (i == 0 && !s.isEmpty() && (s[0] == u'-' || s[0] == u'*' || s[0] == u'+') && (s.size() == 1 || s[1].isSpace())) {
        *rest = trimmedText(s.mid(1));
        return true;
    }
    return false;
}

enum class Section { Preamble, Summary, Sources, Related, Other };

Section sectionOf(QStringView heading)
{
    QStringView name = heading;
    while (name.endsWith(u':'))
        name.chop(1);
    name = trimmedText(name);
    if (equalsAsciiLower(name, "source"_L1) || equalsAsciiLower(name, "sources"_L1))
        return Section::Sources;
    if (equalsAsciiLower(name, "related"_L1) || equalsAsciiLower(name, "related events"_L1)
        || equalsAsciiLower(name, "see also"_L1))
        return Section::Related;
    return Section::Other;
}

// Where the last "Context:" (any case) starts in @p s, or -1. Compares ASCII
// only: no other character folds to the letters of "context", and the usual
// case-insensitive search folds every character of the item on its way.
qsizetype lastIndexOfContext(QStringView s)
{
    constexpr QLatin1StringView word("context:");
    for (qsizetype colon = s.lastIndexOf(u':'); colon >= word.size() - 1; colon = s.lastIndexOf(u':', colon - 1)) {
        const qsizetype start = colon - (word.size() - 1);
        if (equalsAsciiLower(s.sliced(start, word.size() - 1), word.first(word.size() - 1)))
            return start;
    }
    return -1;
}

// "_Context: A, B, C_" (also with * emphasis or none): the tags after the colon.
QStringView contextTags(QStringView text)
{
    QStringView s = trimmedText(text);
    while (!s.isEmpty() && (s.front() == u'_' || s.front() == u'*'))
        s = s.mid(1);
    while (!s.isEmpty() && (s.back() == u'_' || s.back() == u'*'))
        s.chop(1);
    const qsizetype colon = s.indexOf(u':');
    if (colon < 0)
        return {};
    return s.mid(colon + 1);
}

// Where the last '(' or ')' before @p end is, or -1. Runs backwards over
// every link target: eight characters at a time.
qsizetype lastParenthesisBefore(const char16_t *text, qsizetype end)
{
#ifdef __SSE2__
    for (; end >= 8; end -= 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + end - 8));
        const auto found = unsigned(
            _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi16(v, _mm_set1_epi16('(')), _mm_cmpeq_epi16(v, _mm_set1_epi16(')')))));
        if (found != 0)
            return end - 8 + (std::bit_width(found) - 1) / 2; // two mask bits per character
    }
#endif
    while (--end >= 0) {
        if (text[end] == u'(' || text[end] == u')')
            return end;
    }
    return -1;
}

// Finds "[text](target)" ending at the end of @p s; fills text and target.
bool parseTrailingLink(QStringView s, QStringView *text, QStringView *target)
{
    s = trimmedText(s);
    if (!s.endsWith(u')'))
        return false;
    int depth = 0;
    qsizetype open = -1;
    const auto *const data = reinterpret_cast<const char16_t *>(s.utf16());
    for (qsizetype i = s.size(); (i = lastParenthesisBefore(data, i)) >= 0;) {
        if (data[i] == u')')
            ++depth;
        else if (--depth == 0) {
            open = i;
            break;
        }
    }
    if (open <= 0 || s[open - 1] != u']')
        return false;
    const qsizetype textStart = s.indexOf(u'[');
    if (textStart < 0 || textStart >= open - 1)
        return false;
    *text = trimmedText(s.mid(textStart + 1, open - 1 - textStart - 1));
    QStringView url = trimmedText(s.mid(open + 1, s.size() - open - 2));
    // "(url "title")": drop a link title.
    if (const qsizetype space = url.indexOf(u' '); space > 0)
        url = url.left(space);
    if (url.startsWith(u'<') && url.endsWith(u'>'))
        url = url.mid(1, url.size() - 2);
    *target = url;
    return !target->isEmpty();
}

} // namespace

bool EventPageParser::isEventPage(QStringView text)
{
    // The first non-blank line is a heading holding a date.
    qsizetype i = 0;
    while (i < text.size() && text[i].isSpace())
        ++i;
    qsizetype end = i;
    while (end < text.size() && text[end] != u'\n' && text[end] != u'\r')
        ++end;
    const QStringView line = trimmedText(text.mid(i, end - i));
    return headingLevel(line) > 0 && dateOfHeading(headingText(line)).isValid();
}

bool EventPageParser::parseRelatedItem(QStringView item, RelatedLinkView *link)
{
    QStringView linkPart = trimmedText(item);
    QStringView context;
    // The Context tags follow the link: find the last "_Context:" (any emphasis).
    qsizetype ctx = lastIndexOfContext(linkPart);
    if (ctx >= 0) {
        qsizetype start = ctx;
        while (start > 0 && (linkPart[start - 1] == u'_' || linkPart[start - 1] == u'*'))
            --start;
        context = contextTags(linkPart.mid(start));
        linkPart = trimmedText(linkPart.left(start));
    }
    QStringView text;
    QStringView target;
    if (!parseTrailingLink(linkPart, &text, &target))
        return false;
    link->text = text;
    link->target = target;
    link->context = context;
    return true;
}

bool EventPageParser::parseRelatedItem(QStringView item, ParsedLink *link)
{
    RelatedLinkView view;
    if (!parseRelatedItem(item, &view))
        return false;
    link->text = view.text.toString();
    link->target = view.target.toString();
    link->context.clear();
    forEachContextTag(view.context, [link](QStringView tag) {
        link->context.append(tag.toString());
    });
    return true;
}

bool EventPageParser::parseSourceItem(QStringView item, QStringView *name, QStringView *url)
{
    if (parseTrailingLink(item, name, url))
        return true;
    const QStringView bare = trimmedText(item);
    if (bare.startsWith(u"http://"_s) || bare.startsWith(u"https://"_s)) {
        *name = *url = bare;
        return true;
    }
    return false;
}

bool EventPageParser::parseSourceItem(QStringView item, SourceRef *source)
{
    QStringView name;
    QStringView url;
    if (!parseSourceItem(item, &name, &url))
        return false;
    source->name = name.toString();
    // A bare URL names itself: one string for both.
    source->url = url.data() == name.data() && url.size() == name.size() ? source->name : url.toString();
    return true;
}

ParsedDocument EventPageParser::parse(QStringView text)
{
    ParsedDocument doc;
    ParsedDocument parsed = parse(text, [&doc](const RelatedLinkView &view) {
        ParsedLink link;
        link.text = view.text.toString();
        link.target = view.target.toString();
        forEachContextTag(view.context, [&link](QStringView tag) {
            link.context.append(tag.toString());
        });
        doc.related.append(std::move(link));
    });
    parsed.related = std::move(doc.related);
    return parsed;
}

ParsedDocument EventPageParser::parse(QStringView text, const RelatedLinkSink &related, bool keepSources)
{
    // Runs for every page of a corpus: lines and list items are views into
    // the text; only a wrapped list item is copied, to join its lines.
    ParsedDocument doc;
    doc.kind = EventKind::Page;
    Section section = Section::Preamble;
    QString &body = doc.text.body; // paragraphs, joined by blank lines
    qsizetype firstParagraphEnd = -1;
    bool inParagraph = false;
    QStringView item; // the list item being read: it may continue on the next lines
    QString joinedItem;
    bool hasItem = false;

    auto endParagraph = [&] {
        if (inParagraph && firstParagraphEnd < 0)
            firstParagraphEnd = body.size();
        inParagraph = false;
    };
    auto endItem = [&] {
        if (!hasItem)
            return;
        hasItem = false;
        if (section == Section::Sources) {
            if (keepSources) {
                SourceRef source;
                if (parseSourceItem(item, &source))
                    doc.sources.append(std::move(source));
            } else if (QStringView name, url; parseSourceItem(item, &name, &url)) {
                ++doc.sourceCount; // counted: no strings made only to be freed
            }
        } else if (section == Section::Related) {
            RelatedLinkView link;
            if (parseRelatedItem(item, &link))
                related(link);
        }
    };
    auto startItem = [&](QStringView text) {
        endItem();
        item = text;
        hasItem = true;
    };

    LineReader lines(text);
    QStringView raw;
    while (lines.next(&raw)) {
        const QStringView line = trimmedText(raw);
        if (const int level = headingLevel(line); level > 0) {
            const QStringView heading = headingText(line);
            if (!doc.date.isValid() && section == Section::Preamble) {
                const QDate date = dateOfHeading(heading);
                if (date.isValid()) {
                    doc.date = DateRange::day(date, DateSource::Metadata, u"date heading of the page"_s);
                    continue;
                }
            }
            if (level == 1 && doc.title.isEmpty() && (section == Section::Preamble || section == Section::Summary)) {
                doc.title = heading.toString();
                section = Section::Summary;
                continue;
            }
            endParagraph();
            endItem();
            section = sectionOf(heading);
            continue;
        }
        switch (section) {
        case Section::Preamble:
        case Section::Summary:
            if (line.isEmpty()) {
                endParagraph();
            } else {
                if (inParagraph)
                    body += u' ';
                else if (!body.isEmpty())
                    body += u"\n\n"_s;
                body += line;
                inParagraph = true;
                section = Section::Summary;
            }
            break;
        case Section::Sources:
        case Section::Related: {
            if (line.isEmpty())
                break;
            QStringView rest;
            if (stripListMarker(line, &rest)) {
                startItem(rest);
            } else if (hasItem) {
                // A wrapped item: join its lines.
                if (item.data() != joinedItem.constData())
                    joinedItem = item.toString();
                joinedItem += u' ';
                joinedItem += line;
                item = joinedItem;
            } else {
                startItem(line);
            }
            break;
        }
        case Section::Other:
            break;
        }
    }
    endParagraph();
    endItem();

    if (doc.title.isEmpty() && firstParagraphEnd > 0) {
        // A page without a headline: its first paragraph stands in.
        doc.title = body.left(firstParagraphEnd);
    }
    doc.sourceCount += doc.sources.size();
    return doc;
}
} // namespace Chronoscope
