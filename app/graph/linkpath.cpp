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

// Strips one document extension, and a compression extension before it.
QString stripExtensions(QString name)
{
    static const QStringList compressions = {u".gz"_s, u".bz2"_s, u".xz"_s, u".zst"_s};
    for (const QString &ext : compressions) {
        if (name.endsWith(ext)) {
            name.chop(ext.size());
            break;
        }
    }
    static const QStringList documents = {u".md"_s, u".markdown"_s, u".txt"_s, u".text"_s};
    for (const QString &ext : documents) {
        if (name.endsWith(ext) && name.size() > ext.size()) {
            name.chop(ext.size());
            break;
        }
    }
    return name;
}

} // namespace

QString normalizedLinkKey(const QString &pathOrLink)
{
    // Runs for every link of every page: one pass, no intermediate lists.
    QStringView link = QStringView(pathOrLink).trimmed();
    // Drop a fragment or query: they do not name another document.
    if (const qsizetype cut = link.indexOf(u'#'); cut >= 0)
        link.truncate(cut);
    if (const qsizetype cut = link.indexOf(u'?'); cut >= 0)
        link.truncate(cut);
    const qsizetype colon = link.indexOf(u':');
    const qsizetype slash = link.indexOf(u'/');
    if (colon > 0 && (slash < 0 || colon < slash))
        return {}; // has a scheme: not a corpus path
    QString decoded;
    if (link.contains(u'%'))
        decoded = QUrl::fromPercentEncoding(link.toUtf8());
    else
        decoded = link.toString();

    QVarLengthArray<QStringView, 16> segments;
    qsizetype start = 0;
    const qsizetype n = decoded.size();
    for (qsizetype i = 0; i <= n; ++i) {
        if (i < n && decoded[i] != u'/' && decoded[i] != u'\\')
            continue;
        const QStringView segment = QStringView(decoded).mid(start, i - start);
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
        return {};

    // Zero-pad YYYY/M/D segments so that /news/2010/11/2/ and news/2010/11/02/ meet.
    qsizetype dateAt = -1;
    for (qsizetype i = 0; i + 2 < segments.size(); ++i) {
        if (segments[i].size() == 4 && allDigits(segments[i]) && allDigits(segments[i + 1])
            && segments[i + 1].size() <= 2 && allDigits(segments[i + 2]) && segments[i + 2].size() <= 2) {
            dateAt = i;
            break;
        }
    }
    QString key(decoded.size() + 2, Qt::Uninitialized);
    QChar *out = key.data();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0)
            *out++ = u'/';
        if ((i == dateAt + 1 || i == dateAt + 2) && dateAt >= 0 && segments[i].size() == 1)
            *out++ = u'0';
        for (QChar c : segments[i])
            *out++ = c.unicode() < 0x80 ? QChar(c.unicode() >= 'A' && c.unicode() <= 'Z' ? c.unicode() + 32 : c.unicode())
                                        : c.toLower();
    }
    key.truncate(out - key.constData());
    const qsizetype lastSlash = key.lastIndexOf(u'/');
    const QString last = stripExtensions(key.mid(lastSlash + 1));
    key.truncate(lastSlash + 1);
    key += last;
    return key;
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
    const auto segments = path.split(u'/', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 2 < segments.size(); ++i) {
        if (segments[i].size() == 4 && allDigits(segments[i]) && allDigits(segments[i + 1])
            && segments[i + 1].size() <= 2 && allDigits(segments[i + 2]) && segments[i + 2].size() <= 2) {
            const QDate date(segments[i].toInt(), segments[i + 1].toInt(), segments[i + 2].toInt());
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
