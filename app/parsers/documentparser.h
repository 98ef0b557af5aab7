// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "graph/event.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>

namespace Chronoscope {

/** A Related link as written in an event page. */
struct ParsedLink {
    QString target; ///< the link's path, as written
    QString text;
    QStringList context; ///< the _Context: …_ tags
    friend bool operator==(const ParsedLink &, const ParsedLink &) = default;
};

/**
 * A Related link as views into the text being parsed: what the loader needs,
 * without a string per field.
 */
struct RelatedLinkView {
    QStringView target; ///< the link's path, as written
    QStringView text;
    QStringView context; ///< the tags, comma-separated (see EventPageParser::forEachContextTag)
};
using RelatedLinkSink = std::function<void(const RelatedLinkView &)>;

/** What a parser makes of one document. */
struct ParsedDocument {
    EventKind kind = EventKind::Article;
    QString title;
    DateRange date;
    QList<SourceRef> sources; ///< empty when the parse was asked only to count them
    qsizetype sourceCount = 0;
    QList<ParsedLink> related;
    EventText text;
};

/** Picks the parser for a document by its content (and, for Markdown, its name). */
class DocumentParser
{
public:
    static ParsedDocument parse(const QString &path, const QString &text);
    /**
     * The same, handing Related links to @p related as views (see
     * EventPageParser::parse); without @p keepSources, sources are only counted.
     */
    static ParsedDocument parse(const QString &path, const QString &text, const RelatedLinkSink &related,
                                bool keepSources = true);
};

/**
 * False for names of data, code and web files (".json", ".csv", ".html", ".py"…),
 * which are text but not news documents. Everything else is tried as a document.
 */
bool isDocumentName(const QString &path);

/**
 * True for the files that describe a corpus rather than belong to it:
 * README, LICENSE, COPYING, AUTHORS (any extension). They are left out quietly.
 */
bool isCorpusMetadataName(const QString &path);

/**
 * @p text without white space at either end, as QStringView::trimmed() gives
 * it, but with no call when both ends are plain ASCII: the parsers trim every
 * line and item, and most have nothing to trim.
 */
inline QStringView trimmedText(QStringView text)
{
    const auto plain = [](QChar c) {
        return c.unicode() > u' ' && c.unicode() < 0x7f;
    };
    if (text.isEmpty() || (plain(text.front()) && plain(text.back())))
        return text;
    return text.trimmed();
}

/**
 * Whether @p text is the lower-case ASCII @p lower in any ASCII case: for
 * names of sections and file extensions, which are ASCII. A loop the
 * compiler sees, where a case-insensitive compare() folds every character
 * through a call.
 */
inline bool equalsAsciiLower(QStringView text, QLatin1StringView lower)
{
    if (text.size() != lower.size())
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char16_t c = text[i].unicode();
        if (c >= u'A' && c <= u'Z')
            c += 32;
        if (c != lower[i].unicode())
            return false;
    }
    return true;
}

/** Splits text into lines, accepting LF, CRLF and lone CR. */
QList<QStringView> splitLines(QStringView text);

/** The lines of a text one by one, as splitLines() gives them, without a list. */
class LineReader
{
public:
    /** Where the first '\n' or '\r' at or after @p from is in @p text; its size when none is. */
    static qsizetype findLineBreak(QStringView text, qsizetype from);

    explicit LineReader(QStringView text)
        : m_text(text)
    {
    }
    bool next(QStringView *line)
    {
        const qsizetype n = m_text.size();
        if (m_at >= n)
            return false;
        const QChar *const data = m_text.data();
        qsizetype i = findLineBreak(m_text, m_at);
        *line = m_text.sliced(m_at, i - m_at);
        if (i < n && data[i] == u'\r' && i + 1 < n && data[i + 1] == u'\n')
            ++i;
        m_at = i + 1;
        return true;
    }

private:
    QStringView m_text;
    qsizetype m_at = 0;
};

} // namespace Chronoscope
