// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "articleparser.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Chronoscope {

namespace {

bool isSeparatorLine(QStringView line)
{
    line = line.trimmed();
    if (line.isEmpty() || line.size() > 8)
        return false;
    for (QChar c : line) {
        if (c != u'-' && c != u'–' && c != u'—' && c != u'*' && c != u'•' && c != u'_' && c != u'=' && c != u'·')
            return false;
    }
    return true;
}

// Lines grouped into paragraphs (blank lines separate them).
QString joinParagraphs(const QList<QStringView> &lines, qsizetype from, qsizetype to)
{
    QString out;
    bool pendingBreak = false;
    for (qsizetype i = from; i < to; ++i) {
        const QStringView line = lines[i].trimmed();
        if (line.isEmpty()) {
            pendingBreak = !out.isEmpty();
            continue;
        }
        if (!out.isEmpty())
            out += pendingBreak ? u"\n\n"_s : u"\n"_s;
        out += line;
        pendingBreak = false;
    }
    return out;
}

QString stripMarkdownHeading(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && line[i] == u'#')
        ++i;
    QStringView rest = line.mid(i).trimmed();
    while (rest.endsWith(u'#'))
        rest.chop(1);
    return rest.trimmed().toString();
}

} // namespace

bool ArticleParser::parseVoteLine(QStringView line, Comment *votes)
{
    static const QRegularExpression pattern(uR"(^\s*([+-]?\d{1,9})\s*\(\s*\+\s*(\d{1,9})\s*/\s*[-−–]\s*(\d{1,9})\s*\)\s*$)"_s);
    const auto match = pattern.matchView(line);
    if (!match.hasMatch())
        return false;
    if (votes) {
        votes->score = match.capturedView(1).toInt();
        votes->votesUp = match.capturedView(2).toInt();
        votes->votesDown = match.capturedView(3).toInt();
    }
    return true;
}

bool ArticleParser::isNoiseHeader(QStringView line)
{
    line = line.trimmed();
    if (line.isEmpty() || line.size() > 80 || line.endsWith(u'.'))
        return false;
    static const QRegularExpression pattern(
        uR"(^(?:more (?:from|in|on|about|stories|news|articles|headlines|coverage)\b|read (?:more|next|also)\b|also read\b|related(?: (?:articles|stories|news|content|coverage|posts|reading|links))?\s*:?$|recommended(?: for you| stories| reading)?\s*:?$|you (?:may|might) (?:also )?like\b|most (?:read|popular|viewed|shared|commented)\b|trending(?: now| stories)?\s*:?$|latest (?:news|stories|headlines|articles)\b|top stories\s*:?$|popular (?:now|stories|articles)\b|editor'?s picks\b|around the web\b|sponsored (?:content|stories|links)\b|advertisement\s*$|share this (?:article|story)\b|sign up for\b|subscribe to (?:our|the)\b|follow us\b))"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern.matchView(line).hasMatch();
}

bool ArticleParser::isCommentsHeader(QStringView line)
{
    line = line.trimmed();
    if (line.isEmpty() || line.size() > 60)
        return false;
    static const QRegularExpression pattern(
        uR"(^(?:\d+\s+comments?|comments?(?:\s*\(\d+\))?|reader comments|readers' comments|discussion|join the discussion|login to (?:comment|post)|log in to comment|leave a comment|show comments)\s*:?$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern.matchView(line).hasMatch();
}

ParsedDocument ArticleParser::parse(QStringView text, bool markdown)
{
    ParsedDocument doc;
    doc.kind = EventKind::Article;
    QList<QStringView> lines = splitLines(text);

    // Title: the first non-empty line; for Markdown, the first heading (and
    // without one, the first line). The title line leaves the body.
    qsizetype titleLine = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        if (!markdown || line.startsWith(u'#')) {
            titleLine = i;
            break;
        }
        if (titleLine == -1)
            titleLine = -2 - i; // remember the first line, in case no heading follows
    }
    if (titleLine < -1)
        titleLine = -2 - titleLine;
    if (titleLine >= 0) {
        const QStringView line = lines[titleLine].trimmed();
        doc.title = markdown ? stripMarkdownHeading(line) : line.toString();
        lines.remove(titleLine);
    }
    const qsizetype n = lines.size();
    const qsizetype bodyStart = 0;

    // Vote lines end comments.
    QList<qsizetype> voteLines;
    QList<Comment> votes;
    for (qsizetype i = bodyStart; i < n; ++i) {
        Comment c;
        if (parseVoteLine(lines[i], &c)) {
            voteLines.append(i);
            votes.append(c);
        }
    }

    qsizetype bodyEnd = n; // the body and any noise lie in [bodyStart, bodyEnd)
    qsizetype tailStart = n; // text after the last comment
    if (!voteLines.isEmpty()) {
        const qsizetype firstVote = voteLines.first();
        // Where does the first comment start? After a comments header if there
        // is one; otherwise it is the last paragraph before the first vote line.
        qsizetype commentStart = -1;
        for (qsizetype i = firstVote - 1; i >= bodyStart; --i) {
            if (isCommentsHeader(lines[i])) {
                commentStart = i + 1;
                bodyEnd = i;
                break;
            }
        }
        if (commentStart < 0) {
            qsizetype i = firstVote - 1;
            while (i >= bodyStart && lines[i].trimmed().isEmpty())
                --i;
            while (i >= bodyStart && !lines[i].trimmed().isEmpty())
                --i;
            commentStart = i + 1;
            bodyEnd = commentStart;
        }
        qsizetype start = commentStart;
        for (qsizetype k = 0; k < voteLines.size(); ++k) {
            Comment comment = votes[k];
            comment.text = joinParagraphs(lines, start, voteLines[k]);
            if (!comment.text.isEmpty())
                doc.text.comments.append(comment);
            start = voteLines[k] + 1;
        }
        tailStart = start;
    }

    // Noise within the body region: from a noise header, or from a run of separator lines.
    qsizetype noiseStart = bodyEnd;
    bool seenText = false;
    for (qsizetype i = bodyStart; i < bodyEnd; ++i) {
        const QStringView line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        if (seenText && isNoiseHeader(line)) {
            noiseStart = i;
            break;
        }
        if (seenText && isSeparatorLine(line)) {
            // Three or more separators among short lines after here: a teaser list.
            int separators = 0;
            for (qsizetype j = i; j < bodyEnd; ++j)
                separators += isSeparatorLine(lines[j]) ? 1 : 0;
            if (separators >= 3) {
                noiseStart = i;
                break;
            }
        }
        seenText = true;
    }

    doc.text.body = joinParagraphs(lines, bodyStart, noiseStart);
    QString noise = joinParagraphs(lines, noiseStart, bodyEnd);
    const QString tail = joinParagraphs(lines, tailStart, n);
    if (!tail.isEmpty())
        noise = noise.isEmpty() ? tail : noise + u"\n\n"_s + tail;
    doc.text.noise = noise;
    return doc;
}

} // namespace Chronoscope
