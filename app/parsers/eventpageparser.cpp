// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "eventpageparser.h"

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
    QStringView text = line.mid(headingLevel(line)).trimmed();
    while (text.endsWith(u'#')) // closing hashes of ATX headings
        text.chop(1);
    return text.trimmed();
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
    QStringView s = line.trimmed();
    qsizetype i = 0;
    while (i < s.size() && s[i].isDigit())
        ++i;
    if (i > 0 && i < s.size() && (s[i] == u'.' || s[i] == u')')) {
        *rest = s.mid(i + 1).trimmed();
        return true;
    }
    if (i == 0 && !s.isEmpty() && (s[0] == u'-' || s[0] == u'*' || s[0] == u'+') && (s.size() == 1 || s[1].isSpace())) {
        *rest = s.mid(1).trimmed();
        return true;
    }
    return false;
}

enum class Section { Preamble, Summary, Sources, Related, Other };

Section sectionOf(QStringView heading)
{
    QString name = heading.toString().toLower();
    while (name.endsWith(u':'))
        name.chop(1);
    name = name.trimmed();
    if (name == u"source"_s || name == u"sources"_s)
        return Section::Sources;
    if (name == u"related"_s || name == u"related events"_s || name == u"see also"_s)
        return Section::Related;
    return Section::Other;
}

QStringList parseContext(QStringView text)
{
    // "_Context: A, B, C_" (also with * emphasis or none)
    QStringView s = text.trimmed();
    while (!s.isEmpty() && (s.front() == u'_' || s.front() == u'*'))
        s = s.mid(1);
    while (!s.isEmpty() && (s.back() == u'_' || s.back() == u'*'))
        s.chop(1);
    const qsizetype colon = s.indexOf(u':');
    if (colon < 0)
        return {};
    QStringList tags;
    for (QStringView tag : s.mid(colon + 1).split(u',')) {
        tag = tag.trimmed();
        if (!tag.isEmpty())
            tags.append(tag.toString());
    }
    return tags;
}

// Finds "[text](target)" ending at the end of @p s; fills text and target.
bool parseTrailingLink(QStringView s, QString *text, QString *target)
{
    s = s.trimmed();
    if (!s.endsWith(u')'))
        return false;
    int depth = 0;
    qsizetype open = -1;
    for (qsizetype i = s.size() - 1; i >= 0; --i) {
        if (s[i] == u')')
            ++depth;
        else if (s[i] == u'(' && --depth == 0) {
            open = i;
            break;
        }
    }
    if (open <= 0 || s[open - 1] != u']')
        return false;
    const qsizetype textStart = s.indexOf(u'[');
    if (textStart < 0 || textStart >= open - 1)
        return false;
    *text = s.mid(textStart + 1, open - 1 - textStart - 1).trimmed().toString();
    QStringView url = s.mid(open + 1, s.size() - open - 2).trimmed();
    // "(url "title")": drop a link title.
    if (const qsizetype space = url.indexOf(u' '); space > 0)
        url = url.left(space);
    if (url.startsWith(u'<') && url.endsWith(u'>'))
        url = url.mid(1, url.size() - 2);
    *target = url.toString();
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
    const QStringView line = text.mid(i, end - i).trimmed();
    return headingLevel(line) > 0 && dateOfHeading(headingText(line)).isValid();
}

bool EventPageParser::parseRelatedItem(QStringView item, ParsedLink *link)
{
    QStringView linkPart = item.trimmed();
    QStringList context;
    // The Context tags follow the link: find the last "_Context:" (any emphasis).
    qsizetype ctx = linkPart.lastIndexOf(u"Context:"_s, -1, Qt::CaseInsensitive);
    if (ctx >= 0) {
        qsizetype start = ctx;
        while (start > 0 && (linkPart[start - 1] == u'_' || linkPart[start - 1] == u'*'))
            --start;
        context = parseContext(linkPart.mid(start));
        linkPart = linkPart.left(start).trimmed();
    }
    QString text;
    QString target;
    if (!parseTrailingLink(linkPart, &text, &target))
        return false;
    link->text = text;
    link->target = target;
    link->context = context;
    return true;
}

bool EventPageParser::parseSourceItem(QStringView item, SourceRef *source)
{
    QString text;
    QString target;
    if (parseTrailingLink(item, &text, &target)) {
        source->name = text;
        source->url = target;
        return true;
    }
    const QStringView bare = item.trimmed();
    if (bare.startsWith(u"http://"_s) || bare.startsWith(u"https://"_s)) {
        source->name = bare.toString();
        source->url = bare.toString();
        return true;
    }
    return false;
}

ParsedDocument EventPageParser::parse(QStringView text)
{
    ParsedDocument doc;
    doc.kind = EventKind::Page;
    Section section = Section::Preamble;
    QStringList summary;
    QString paragraph;
    QStringList items; // list items of the current section, continuation lines joined

    auto flushParagraph = [&] {
        if (!paragraph.isEmpty())
            summary.append(paragraph);
        paragraph.clear();
    };
    auto flushItems = [&] {
        for (const QString &item : std::as_const(items)) {
            if (section == Section::Sources) {
                SourceRef source;
                if (parseSourceItem(item, &source))
                    doc.sources.append(source);
            } else if (section == Section::Related) {
                ParsedLink link;
                if (parseRelatedItem(item, &link))
                    doc.related.append(link);
            }
        }
        items.clear();
    };

    for (QStringView raw : splitLines(text)) {
        const QStringView line = raw.trimmed();
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
            flushParagraph();
            flushItems();
            section = sectionOf(heading);
            continue;
        }
        switch (section) {
        case Section::Preamble:
        case Section::Summary:
            if (line.isEmpty()) {
                flushParagraph();
            } else {
                if (!paragraph.isEmpty())
                    paragraph += u' ';
                paragraph += line;
                section = Section::Summary;
            }
            break;
        case Section::Sources:
        case Section::Related: {
            if (line.isEmpty())
                break;
            QStringView rest;
            if (stripListMarker(line, &rest))
                items.append(rest.toString());
            else if (!items.isEmpty())
                items.last() += u' ' + line.toString(); // a wrapped item
            else
                items.append(line.toString());
            break;
        }
        case Section::Other:
            break;
        }
    }
    flushParagraph();
    flushItems();

    doc.text.body = summary.join(u"\n\n"_s);
    if (doc.title.isEmpty() && !summary.isEmpty()) {
        // A page without a headline: its first paragraph stands in.
        doc.title = summary.first();
    }
    return doc;
}

} // namespace Chronoscope
