// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "linkpath.h"

#include <QStringList>
#include <QUrl>

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
    QString link = pathOrLink.trimmed();
    // Drop a fragment or query: they do not name another document.
    if (const qsizetype cut = link.indexOf(u'#'); cut >= 0)
        link.truncate(cut);
    if (const qsizetype cut = link.indexOf(u'?'); cut >= 0)
        link.truncate(cut);
    const qsizetype colon = link.indexOf(u':');
    const qsizetype slash = link.indexOf(u'/');
    if (colon > 0 && (slash < 0 || colon < slash))
        return {}; // has a scheme: not a corpus path
    link = QUrl::fromPercentEncoding(link.toUtf8());
    link.replace(u'\\', u'/');

    QStringList segments;
    for (const QString &segment : link.split(u'/', Qt::SkipEmptyParts)) {
        if (segment == u"."_s)
            continue;
        if (segment == u".."_s) {
            // Never climb out of the corpus: ".." at the top is dropped.
            if (!segments.isEmpty())
                segments.removeLast();
            continue;
        }
        segments.append(segment.toLower());
    }
    if (segments.isEmpty())
        return {};
    segments.last() = stripExtensions(segments.last());

    // Zero-pad YYYY/M/D segments so that /news/2010/11/2/ and news/2010/11/02/ meet.
    for (qsizetype i = 0; i + 2 < segments.size(); ++i) {
        if (segments[i].size() == 4 && allDigits(segments[i]) && allDigits(segments[i + 1])
            && segments[i + 1].size() <= 2 && allDigits(segments[i + 2]) && segments[i + 2].size() <= 2) {
            segments[i + 1] = segments[i + 1].rightJustified(2, u'0');
            segments[i + 2] = segments[i + 2].rightJustified(2, u'0');
            break;
        }
    }
    return segments.join(u'/');
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

} // namespace Chronoscope
