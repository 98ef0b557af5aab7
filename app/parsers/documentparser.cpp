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
