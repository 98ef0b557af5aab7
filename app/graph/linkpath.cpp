// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "linkpath.h"

#include <QStringList>
#include <QUrl>
#include <QVarLengthArray>

using namespace Qt::StringLiterals;

namespace Chronoscope {

namespace {

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// The length of one document extension at the end of @p name, after a
// compression extension: ".md.gz" → 6. @p name is lower case already.
qsizetype extensionsLength(QStringView name)
{
    qsizetype length = 0;
    for (QStringView ext : {u".gz", u".bz2", u".xz", u".zst"}) {
        if (name.endsWith(ext)) {
            length = ext.size();
            name.chop(ext.size());
            break;
        }
    }
    for (QStringView ext : {u".md", u".markdown", u".txt", u".text"}) {
        if (name.endsWith(ext) && name.size() > ext.size()) {
            length += ext.size();
            break;
        }
    }
    return length;
}

char16_t lowerCase(char16_t c)
{
    if (c < 0x80)
        return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
    return QChar(c).toLower().unicode();
}

} // namespace

QString normalizedLinkKey(const QString &pathOrLink)
{
    QString key;
    appendLinkKey(pathOrLink, key);
    return key;
}

qsizetype appendLinkKey(QStringView link, QString &out)
{
    // Runs for every link of every page: one pass, written straight into
    // the caller's buffer, no intermediate strings unless percent-encoded.
    link = link.trimmed();
    // One look at each character: where a fragment or query starts (they do
    // not name another document), whether a scheme comes before the first
    // slash, whether anything is percent-encoded.
    qsizetype colon = -1;
    qsizetype slash = -1;
    bool percent = false;
    for (qsizetype i = 0; i < link.size(); ++i) {
        const char16_t c = link[i].unicode();
        if (c == u'#' || c == u'?') {
            link.truncate(i);
            break;
        }
        if (c == u':' && colon < 0)
            colon = i;
        else if (c == u'/' && slash < 0)
            slash = i;
        else if (c == u'%')
            percent = true;
    }
    if (colon > 0 && (slash < 0 || colon < slash))
        return 0; // has a scheme: not a corpus path
    QString decodedStorage;
    QStringView decoded = link;
    if (percent) {
        decodedStorage = QUrl::fromPercentEncoding(link.toUtf8());
        decoded = decodedStorage;
    }

    QVarLengthArray<QStringView, 16> segments;
    qsizetype start = 0;
    const qsizetype n = decoded.size();
    for (qsizetype i = 0; i <= n; ++i) {
        if (i < n && decoded[i] != u'/' && decoded[i] != u'\\')
            continue;
        const QStringView segment = decoded.mid(start, i - start);
        start = i + 1;
        if (segment.isEmpty() || segment == u".")
            continue;
        if (segment == u"..") {
            // Never climb out of the corpus: ".." at the top is dropped.
            if (!segments.isEmpty())
                segments.removeLast();
            continue;
        }
        segments.append(segment);
    }
    if (segments.isEmpty())
        return 0;

    // Zero-pad YYYY/M/D segments so that /news/2010/11/2/ and news/2010/11/02/ meet.
    qsizetype dateAt = -1;
    for (qsizetype i = 0; i + 2 < segments.size(); ++i) {
        if (segments[i].size() == 4 && allDigits(segments[i]) && allDigits(segments[i + 1])
            && segments[i + 1].size() <= 2 && allDigits(segments[i + 2]) && segments[i + 2].size() <= 2) {
            dateAt = i;
            break;
        }
    }
    const qsizetype begin = out.size();
    // Room for the worst case (two padding zeros), cut to size below; resize
    // keeps the capacity, so a reused buffer stops allocating.
    out.resize(begin + decoded.size() + 2);
    char16_t *const first = reinterpret_cast<char16_t *>(out.data()) + begin;
    char16_t *to = first;
    char16_t *lastSegment = first;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0)
            *to++ = u'/';
        lastSegment = to;
        if ((i == dateAt + 1 || i == dateAt + 2) && dateAt >= 0 && segments[i].size() == 1)
            *to++ = u'0';
        for (QChar c : segments[i])
            *to++ = lowerCase(c.unicode());
    }
    to -= extensionsLength(QStringView(lastSegment, to));
    const qsizetype length = to - first;
    out.resize(begin + length);
    return length;
}

qsizetype appendSimplified(QStringView text, QString &out)
{
    const qsizetype begin = out.size();
    out.resize(begin + text.size());
    QChar *const first = out.data() + begin;
    QChar *to = first;
    bool space = false;
    for (QChar c : text) {
        // Most characters are printable ASCII: skip QChar::isSpace() for them.
        if ((c.unicode() <= u' ' || c.unicode() >= 0x7f) && c.isSpace()) {
            space = to != first;
            continue;
        }
        if (space)
            *to++ = u' ';
        space = false;
        *to++ = c;
    }
    const qsizetype length = to - first;
    out.resize(begin + length);
    return length;
}

LinkTarget LinkTarget::fromLink(const QString &link, const QString &text)
{
    LinkTarget target;
    target.key = EventKey(normalizedLinkKey(link));
    if (!target.key.id.isEmpty()) {
        target.title = text.simplified();
        target.date = dateFromLinkPath(target.key.id);
    }
    return target;
}

QDate dateFromLinkPath(QStringView path)
{
    // The last three segments, without building a list of them.
    QStringView window[3];
    int seen = 0;
    for (QStringView segment : path.tokenize(u'/', Qt::SkipEmptyParts)) {
        window[0] = window[1];
        window[1] = window[2];
        window[2] = segment;
        if (++seen < 3)
            continue;
        if (window[0].size() == 4 && allDigits(window[0]) && allDigits(window[1]) && window[1].size() <= 2
            && allDigits(window[2]) && window[2].size() <= 2) {
            const QDate date(window[0].toInt(), window[1].toInt(), window[2].toInt());
            if (date.isValid())
                return date;
        }
    }
    return {};
}

TagKeys tagKeys(const QStringList &tags)
{
    TagKeys keys;
    keys.reserve(tags.size());
    for (const QString &tag : tags)
        keys.append(EventKey(tag));
    return keys;
}

} // namespace Chronoscope
