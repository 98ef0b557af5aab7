// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "documentparser.h"

#include "parsers/articleparser.h"
#include "parsers/eventpageparser.h"

using namespace Qt::StringLiterals;

namespace Chronoscope {

QList<QStringView> splitLines(QStringView text)
{
    QList<QStringView> lines;
    qsizetype start = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c == u'\n' || c == u'\r') {
            lines.append(text.mid(start, i - start));
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            start = i + 1;
        }
    }
    if (start < n)
        lines.append(text.mid(start));
    return lines;
}

bool isDocumentName(const QString &path)
{
    static const QStringList notDocuments = {
        u"json"_s, u"jsonl"_s, u"ndjson"_s, u"csv"_s, u"tsv"_s, u"xml"_s, u"html"_s, u"htm"_s, u"xhtml"_s,
        u"yaml"_s,  u"yml"_s,   u"toml"_s,   u"ini"_s, u"js"_s,  u"css"_s, u"py"_s,   u"sh"_s,  u"sql"_s,
        u"log"_s,   u"pdf"_s,   u"doc"_s,    u"docx"_s, u"odt"_s, u"rtf"_s,
    };
    QString name = path.section(u'/', -1).toLower();
    for (const auto &compressed : {u".gz"_s, u".bz2"_s, u".xz"_s, u".zst"_s}) {
        if (name.endsWith(compressed))
            name.chop(compressed.size());
    }
    const qsizetype dot = name.lastIndexOf(u'.');
    return dot <= 0 || !notDocuments.contains(name.mid(dot + 1));
}

bool isCorpusMetadataName(const QString &path)
{
    const QString name = path.section(u'/', -1).section(u'.', 0, 0).toUpper();
    return name == u"README"_s || name == u"LICENSE"_s || name == u"LICENCE"_s || name == u"COPYING"_s
        || name == u"AUTHORS"_s;
}

ParsedDocument DocumentParser::parse(const QString &path, const QString &text)
{
    if (EventPageParser::isEventPage(text))
        return EventPageParser::parse(text);
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
