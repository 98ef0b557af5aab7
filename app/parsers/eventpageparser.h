// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "parsers/documentparser.h"

namespace Chronoscope {

/**
 * Reads the Markdown event pages of news portals:
 *
 *     ### [2010-11-12](/news/2010/11/12/index.md)
 *     # Headline
 *     Summary paragraphs…
 *     ### Source:
 *     1. [Name](https://…)
 *     ### Related:
 *     1. [Text](/news/2016/03/25/slug.md) _Context: Japan, Kuril Islands_
 *
 * It tolerates CRLF, missing sections, bullets instead of numbers, blank
 * lines, wrapped list items, links without a Context or a dated path.
 */
class EventPageParser
{
public:
    /** True when the text starts with a date heading. */
    static bool isEventPage(QStringView text);
    static ParsedDocument parse(QStringView text);
    /**
     * The same, handing each Related link to @p related as views instead of
     * filling ParsedDocument::related: the views are valid during the call
     * only. Without @p keepSources, sources are counted, not kept.
     */
    static ParsedDocument parse(QStringView text, const RelatedLinkSink &related, bool keepSources = true);

    /** Parses one Related list item; false when the line holds no link. */
    static bool parseRelatedItem(QStringView item, ParsedLink *link);
    /** The same, as views into @p item. */
    static bool parseRelatedItem(QStringView item, RelatedLinkView *link);
    /** Calls @p tag with each tag of a RelatedLinkView::context, trimmed, empty ones left out. */
    template<typename F>
    static void forEachContextTag(QStringView context, F tag)
    {
        // Millions of tags in a large corpus: a plain scan for the commas.
        const QChar *const data = context.data();
        const qsizetype n = context.size();
        for (qsizetype start = 0; start <= n;) {
            qsizetype end = start;
            while (end < n && data[end] != u',')
                ++end;
            if (const QStringView part = trimmedText(context.sliced(start, end - start)); !part.isEmpty())
                tag(part);
            start = end + 1;
        }
    }
    /** Parses one Source list item ("[Name](url)", or a bare URL). */
    static bool parseSourceItem(QStringView item, SourceRef *source);
    /** The same, as views into @p item (a bare URL is its own name). */
    static bool parseSourceItem(QStringView item, QStringView *name, QStringView *url);
};

} // namespace Chronoscope
