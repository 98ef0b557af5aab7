// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "graph/event.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Chronoscope {

/** A Related link as written in an event page. */
struct ParsedLink {
    QString target; ///< the link's path, as written
    QString text;
    QStringList context; ///< the _Context: …_ tags
    friend bool operator==(const ParsedLink &, const ParsedLink &) = default;
};

/** What a parser makes of one document. */
struct ParsedDocument {
    EventKind kind = EventKind::Article;
    QString title;
    DateRange date;
    QList<SourceRef> sources;
    QList<ParsedLink> related;
    EventText text;
};

/** Picks the parser for a document by its content (and, for Markdown, its name). */
class DocumentParser
{
public:
    static ParsedDocument parse(const QString &path, const QString &text);
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

/** Splits text into lines, accepting LF, CRLF and lone CR. */
QList<QStringView> splitLines(QStringView text);

} // namespace Chronoscope
