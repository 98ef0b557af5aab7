// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "linkpath.h"

#include <QStringList>
#include <QUrl>
#include <QVarLengthArray>

#include <bit>
#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

using namespace Qt::StringLiterals;

namespace Chronoscope {

namespace {

/** Whether @p text ends with the ASCII @p suffix: a loop the compiler sees, where endsWith() is a call. */
bool endsWithAscii(QStringView text, QLatin1StringView suffix)
{
    if (text.size() < suffix.size())
        return false;
    const char16_t *const tail = text.utf16() + (text.size() - suffix.size());
    for (qsizetype i = 0; i < suffix.size(); ++i) {
        if (tail[i] != suffix[i].unicode())
            return false;
    }
    return true;
}

// The length of one document extension at the end of @p name, after a
// compression extension: ".md.gz" → 6. @p name is lower case already.
qsizetype extensionsLength(QStringView name)
{
    qsizetype length = 0;
    for (QLatin1StringView ext : {".gz"_L1, ".bz2"_L1, ".xz"_L1, ".zst"_L1}) {
        if (endsWithAscii(name, ext)) {
            length = ext.size();
            name.chop(ext.size());
            break;
        }
    }
    for (QLatin1StringView ext : {".md"_L1, ".markdown"_L1, ".txt"_L1, ".text"_L1}) {
        if (endsWithAscii(name, ext) && name.size() > ext.size()) {
            length += ext.size();
            break;
        }
    }
    return length;
}

/**
 * Copies the plain characters at the start of @p from, lower case, eight at a
 * time, and returns how many: ASCII that is none of / \\ # ? : %. The caller
 * takes the character after them, and may find up to seven more characters
 * written past them. Links are mostly runs of such characters (slugs).
 */
qsizetype copyPlainLowered(const char16_t *from, qsizetype n, char16_t *to)
{
    qsizetype i = 0;
#ifdef __SSE2__
    const __m128i zero = _mm_setzero_si128();
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(from + i));
        __m128i special = _mm_cmpeq_epi16(v, _mm_set1_epi16('/'));
        special = _mm_or_si128(special, _mm_cmpeq_epi16(v, _mm_set1_epi16('\\')));
        special = _mm_or_si128(special, _mm_cmpeq_epi16(v, _mm_set1_epi16('#')));
        special = _mm_or_si128(special, _mm_cmpeq_epi16(v, _mm_set1_epi16('?')));
        special = _mm_or_si128(special, _mm_cmpeq_epi16(v, _mm_set1_epi16(':')));
        special = _mm_or_si128(special, _mm_cmpeq_epi16(v, _mm_set1_epi16('%')));
        const __m128i ascii = _mm_cmpeq_epi16(_mm_and_si128(v, _mm_set1_epi16(short(0xff80))), zero);
        const __m128i upper =
            _mm_and_si128(_mm_cmpgt_epi16(v, _mm_set1_epi16('A' - 1)), _mm_cmplt_epi16(v, _mm_set1_epi16('Z' + 1)));
        _mm_storeu_si128(reinterpret_cast<__m128i *>(to + i), _mm_add_epi16(v, _mm_and_si128(upper, _mm_set1_epi16(32))));
        const auto other = unsigned(_mm_movemask_epi8(_mm_or_si128(special, _mm_andnot_si128(ascii, _mm_set1_epi16(-1)))));
        if (other != 0)
            return i + std::countr_zero(other) / 2; // two mask bits per character
    }
#else
    Q_UNUSED(from);
    Q_UNUSED(n);
    Q_UNUSED(to);
#endif
    return i;
}

/**
 * Whether simplifying @p text would leave it as it is: printable ASCII, no
 * space at either end, none after another. (Other text may be simplified too:
 * the answer is then false, and the text is taken one character at a time.)
 * Link texts nearly always are.
 */
bool isSimplified(QStringView text)
{
    const auto *const data = reinterpret_cast<const char16_t *>(text.utf16());
    const qsizetype n = text.size();
    if (n == 0)
        return true;
    if (data[0] == u' ' || data[n - 1] == u' ')
        return false;
    qsizetype i = 0;
#ifdef __SSE2__
    bool spaceBefore = false;
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + i));
        // Signed: characters from U+8000 on count as below ' ', which is as good.
        const auto other = unsigned(_mm_movemask_epi8(
            _mm_or_si128(_mm_cmplt_epi16(v, _mm_set1_epi16(' ')), _mm_cmpgt_epi16(v, _mm_set1_epi16(0x7e)))));
        const auto spaces = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi16(v, _mm_set1_epi16(' '))));
        if (other != 0 || (spaces & (spaces >> 2)) != 0 || (spaceBefore && (spaces & 1) != 0))
            return false;
        spaceBefore = (spaces & 0x8000) != 0;
    }
#endif
    for (; i < n; ++i) {
        const char16_t c = data[i];
        if (c < u' ' || c > 0x7e || (c == u' ' && i > 0 && data[i - 1] == u' '))
            return false;
    }
    return true;
}

char16_t lowerCase(char16_t c)
{
    if (c < 0x80)
        return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
    return QChar(c).toLower().unicode();
}

/** One '/'-separated part of a key being written: where it starts and its length. */
struct KeySegment {
    qsizetype at = 0;
    qsizetype length = 0;
};
using KeySegments = QVarLengthArray<KeySegment, 16>;

bool allDigits(const char16_t *s, qsizetype length)
{
    if (length == 0)
        return false;
    for (qsizetype i = 0; i < length; ++i) {
        if (s[i] < u'0' || s[i] > u'9')
            return false;
    }
    return true;
}

int digitsValue(const char16_t *s, qsizetype length)
{
    int value = 0;
    for (qsizetype i = 0; i < length; ++i)
        value = value * 10 + (s[i] - u'0');
    return value;
}

/** Whether segments @p i, i + 1 and i + 2 read YYYY/M/D (with or without zero padding). */
bool isDateAt(const char16_t *text, const KeySegments &segments, qsizetype i)
{
    const KeySegment &y = segments[i];
    const KeySegment &m = segments[i + 1];
    const KeySegment &d = segments[i + 2];
    return y.length == 4 && m.length <= 2 && d.length <= 2 && allDigits(text + y.at, y.length)
        && allDigits(text + m.at, m.length) && allDigits(text + d.at, d.length);
}

/** The first valid day that three segments in a row name. */
QDate dateOfSegments(const char16_t *text, const KeySegments &segments)
{
    for (qsizetype i = 0; i + 2 < segments.size(); ++i) {
        if (!isDateAt(text, segments, i))
            continue;
        const QDate date(digitsValue(text + segments[i].at, 4),
                         digitsValue(text + segments[i + 1].at, segments[i + 1].length),
                         digitsValue(text + segments[i + 2].at, segments[i + 2].length));
        if (date.isValid())
            return date;
    }
    return {};
}

/**
 * Zero-pads the month and day of the first YYYY/M/D segments of the key
 * @p text, @p end characters long, so that /news/2010/11/2/ and
 * news/2010/11/02/ meet. The text has room for two more characters. Returns
 * the number of zeros added.
 */
int padDateSegments(char16_t *text, qsizetype end, KeySegments *segments)
{
    KeySegments &s = *segments;
    for (qsizetype i = 0; i + 2 < s.size(); ++i) {
        if (!isDateAt(text, s, i))
            continue;
        const int padMonth = s[i + 1].length == 1 ? 1 : 0;
        const int padDay = s[i + 2].length == 1 ? 1 : 0;
        if (padMonth + padDay == 0)
            return 0;
        // From the day on, everything moves by both paddings; the month moves by its own.
        const qsizetype day = s[i + 2].at;
        std::memmove(text + day + padMonth + padDay, text + day, size_t(end - day) * sizeof(char16_t));
        if (padDay)
            text[day + padMonth] = u'0';
        const qsizetype month = s[i + 1].at;
        if (padMonth) {
            std::memmove(text + month + 1, text + month, size_t(day - month) * sizeof(char16_t));
            text[month] = u'0';
        }
        s[i + 1].length += padMonth;
        s[i + 2].at += padMonth;
        s[i + 2].length += padDay;
        for (qsizetype j = i + 3; j < s.size(); ++j)
            s[j].at += padMonth + padDay;
        return padMonth + padDay;
    }
    return 0;
}

struct KeyScan {
    bool external = false; ///< a scheme such as http: comes before the first slash
    bool percentEncoded = false;
    qsizetype pathLength = 0; ///< up to a fragment or query
};

/**
 * Writes the segments of @p link to @p to, lower case, separated by '/':
 * empty and "." segments are dropped, ".." drops the one before (never
 * climbing out of the corpus). With @p raw, the link is as written: a
 * fragment or query ends it, and a scheme or percent sign is reported (what
 * was written is then of no use).
 */
KeyScan writeKeySegments(QStringView link, char16_t *to, bool raw, KeySegments *segments)
{
    KeyScan scan;
    char16_t *const first = to;
    qsizetype segmentAt = 0;
    bool slash = false;
    bool colon = false;
    auto endSegment = [&](bool separate) {
        const qsizetype at = segmentAt;
        const qsizetype length = (to - first) - at;
        if (length == 0)
            return;
        if (first[at] == u'.' && (length == 1 || (length == 2 && first[at + 1] == u'.'))) {
            to = first + at;
            if (length == 2 && !segments->isEmpty()) {
                to = first + segments->last().at;
                segmentAt = segments->last().at;
                segments->removeLast();
            }
            return;
        }
        segments->append({at, length});
        if (separate) {
            *to++ = u'/';
            segmentAt = to - first;
        }
    };
    const qsizetype n = link.size();
    const auto *const from = reinterpret_cast<const char16_t *>(link.utf16());
    qsizetype i = 0;
    for (; i < n; ++i) {
        const qsizetype plain = copyPlainLowered(from + i, n - i, to);
        i += plain;
        to += plain;
        if (i == n)
            break;
        const char16_t c = from[i];
        if (c == u'/' || c == u'\\') {
            slash = slash || c == u'/';
            endSegment(true);
            continue;
        }
        if (raw) {
            if (c == u'#' || c == u'?')
                break;
            if (c == u':' && !colon) {
                colon = true;
                if (i > 0 && !slash) {
                    scan.external = true;
                    return scan;
                }
            } else if (c == u'%') {
                scan.percentEncoded = true;
            }
        }
        *to++ = lowerCase(c);
    }
    scan.pathLength = i;
    endSegment(false);
    return scan;
}
} // namespace

QString normalizedLinkKey(const QString &pathOrLink)
{
    QString key;
    // Its exact room: keys of documents stay in memory as event ids.
    key.reserve(pathOrLink.size() + 2);
    appendLinkKey(pathOrLink, key);
    return key;
}

qsizetype appendLinkKey(QStringView link, QString &out, QDate *date)
{
    // Runs for every link of every page: written straight into the caller's
    // buffer in one pass, lower-cased on the way; only a percent-encoded
    // link is decoded into a string of its own and written again.
    link = link.trimmed();
    if (date)
        *date = QDate();
    const qsizetype begin = out.size();
    // Room for the worst case (two padding zeros), cut to size below; resize
    // keeps the capacity, so a reused buffer stops allocating.
    out.resize(begin + link.size() + 2);
    KeySegments segments;
    const KeyScan scan = writeKeySegments(link, reinterpret_cast<char16_t *>(out.data()) + begin, true, &segments);
    if (scan.external) {
        out.resize(begin);
        return 0;
    }
    if (scan.percentEncoded) {
        const QString decoded = QUrl::fromPercentEncoding(link.first(scan.pathLength).toUtf8());
        out.resize(begin + decoded.size() + 2);
        segments.clear();
        writeKeySegments(decoded, reinterpret_cast<char16_t *>(out.data()) + begin, false, &segments);
    }
    if (segments.isEmpty()) {
        out.resize(begin);
        return 0;
    }
    char16_t *const first = reinterpret_cast<char16_t *>(out.data()) + begin;
    KeySegment &last = segments.last();
    last.length -= extensionsLength(QStringView(first + last.at, last.length));
    qsizetype length = last.at + last.length;
    if (last.length == 0)
        segments.removeLast(); // "a/.gz" gives "a/"
    length += padDateSegments(first, length, &segments);
    out.resize(begin + length);
    if (date)
        *date = dateOfSegments(first, segments);
    return length;
}

qsizetype appendSimplified(QStringView text, QString &out)
{
    if (isSimplified(text)) {
        out.append(text);
        return text.size();
    }
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
    QString key;
    appendLinkKey(link, key, &target.date);
    target.key = EventKey(std::move(key));
    if (!target.key.id.isEmpty())
        target.title = text.simplified();
    return target;
}

QDate dateFromLinkPath(QStringView path)
{
    KeySegments segments;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= path.size(); ++i) {
        if (i < path.size() && path[i] != u'/')
            continue;
        if (i > start)
            segments.append({start, i - start});
        start = i + 1;
    }
    return dateOfSegments(reinterpret_cast<const char16_t *>(path.utf16()), segments);
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
