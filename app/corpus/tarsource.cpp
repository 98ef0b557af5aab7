// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "tarsource.h"

#include <KCompressionDevice>

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Chronoscope {

namespace {

constexpr qint64 blockSize = 512;
// What is read from the stream at a time. Reads this large skip the device's
// own buffer: it decompresses straight into ours. Documents that lie whole in
// it are handed out as parts of it, the rest are copied out.
constexpr qint64 bufferSize = 256 * 1024;
// A GNU long name or a pax header is a few hundred bytes; more is an attack.
constexpr qint64 maxMetaSize = 1 << 20;

// An octal field, or GNU base-256 when the high bit of the first byte is set; -1 when malformed.
qint64 numberField(const char *field, int length)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(field);
    if (bytes[0] & 0x80) {
        qint64 value = bytes[0] & 0x3F;
        for (int i = 1; i < length; ++i) {
            if (value > (std::numeric_limits<qint64>::max() >> 8))
                return -1;
            value = (value << 8) | bytes[i];
        }
        return (bytes[0] & 0x40) ? -1 : value; // negative sizes are malformed
    }
    qint64 value = 0;
    int i = 0;
    while (i < length && (field[i] == ' ' || field[i] == '\0'))
        ++i;
    bool digits = false;
    for (; i < length && field[i] >= '0' && field[i] <= '7'; ++i) {
        if (value > (std::numeric_limits<qint64>::max() >> 3))
            return -1;
        value = value * 8 + (field[i] - '0');
        digits = true;
    }
    for (; i < length; ++i) {
        if (field[i] != ' ' && field[i] != '\0')
            return -1;
    }
    return digits ? value : 0;
}

QString stringField(const char *field, int length)
{
    return QString::fromUtf8(field, qsizetype(strnlen(field, size_t(length))));
}

bool checksumMatches(const char *header)
{
    const qint64 stored = numberField(header + 148, 8);
    // The sum of every byte, the checksum field counted as spaces: one plain
    // loop over the block, which the compiler vectorizes.
    const auto *bytes = reinterpret_cast<const unsigned char *>(header);
    qint64 sum = 0;
    for (int i = 0; i < blockSize; ++i)
        sum += bytes[i];
    for (int i = 148; i < 156; ++i)
        sum += ' ' - bytes[i];
    return stored == sum;
}

bool isZeroBlock(const char *block)
{
    for (int i = 0; i < blockSize; ++i) {
        if (block[i] != 0)
            return false;
    }
    return true;
}

// The @p size bytes at @p at of @p block as a byte array that shares its data:
// no allocation, no copy. Unlike most byte arrays, it is not followed by a
// '\0'; what reads documents goes by their size.
QByteArray sharedPart(QByteArray &block, qsizetype at, qsizetype size)
{
    QByteArray::DataPointer &whole = block.data_ptr();
    whole.ref(); // the part's own reference
    return QByteArray(QByteArray::DataPointer(whole.d_ptr(), whole.data() + at, size));
}

qint64 padded(qint64 size)
{
    return (size + blockSize - 1) / blockSize * blockSize;
}

// "len key=value\n" records of a pax extended header.
void parsePax(const QByteArray &data, QString *path, qint64 *size)
{
    qsizetype at = 0;
    while (at < data.size()) {
        const qsizetype space = data.indexOf(' ', at);
        if (space < 0)
            return;
        bool ok = false;
        const qsizetype length = data.mid(at, space - at).toLongLong(&ok);
        if (!ok || length <= space - at || at + length > data.size())
            return;
        const QByteArray record = data.mid(space + 1, length - (space - at) - 2); // without "\n"
        const qsizetype equals = record.indexOf('=');
        if (equals > 0) {
            const QByteArray key = record.left(equals);
            const QByteArray value = record.mid(equals + 1);
            if (key == "path")
                *path = QString::fromUtf8(value);
            else if (key == "size")
                *size = value.toLongLong(&ok) >= 0 && ok ? value.toLongLong() : -1;
        }
        at += length;
    }
}

} // namespace

TarSource::TarSource(const QString &path, Magic compression, const LoadLimits &limits)
    : CorpusSource(path, limits)
    , m_compression(compression)
{
}

TarSource::~TarSource() = default;

QString TarSource::kindName() const
{
    switch (m_compression) {
    case Magic::GZip:
        return tr("tar.gz archive");
    case Magic::BZip2:
        return tr("tar.bz2 archive");
    case Magic::Xz:
        return tr("tar.xz archive");
    case Magic::Zstd:
        return tr("tar.zst archive");
    default:
        return tr("tar archive");
    }
}

bool TarSource::openStream()
{
    m_decompressor.reset();
    m_file = std::make_unique<QFile>(location());
    if (!m_file->open(QIODevice::ReadOnly)) {
        setError(tr("Cannot open %1: %2").arg(location(), m_file->errorString()));
        return false;
    }
    m_stream = m_file.get();
    if (m_compression != Magic::None) {
        m_decompressor = makeDecompressor(m_file.get(), m_compression);
        if (!m_decompressor || !m_decompressor->open(QIODevice::ReadOnly)) {
            setError(tr("Cannot decompress %1: %2").arg(location(), m_decompressor->errorString()));
            return false;
        }
        m_stream = m_decompressor.get();
    }
    m_pos = 0;
    m_streamPos = 0;
    m_bufferAt = m_bufferEnd = 0;
    return true;
}

bool TarSource::fill()
{
    if (isCancelled())
        return false;
    if (m_streamPos >= m_bound) {
        m_exceeded = m_decompressor != nullptr; // a plain tar simply ends
        return false;
    }
    // Documents handed out may still share the last block: read into a new one.
    if (m_buffer.isEmpty() || !m_buffer.isDetached())
        m_buffer = QByteArray(bufferSize, Qt::Uninitialized);
    const qint64 n = m_stream->read(m_buffer.data(), std::min<qint64>(bufferSize, m_bound - m_streamPos));
    if (n <= 0)
        return false;
    m_streamPos += n;
    m_bufferAt = 0;
    m_bufferEnd = n;
    return true;
}

bool TarSource::readExactly(char *data, qint64 size)
{
    while (size > 0) {
        if (m_bufferAt == m_bufferEnd && !fill())
            return false;
        const qint64 n = std::min(size, m_bufferEnd - m_bufferAt);
        std::memcpy(data, m_buffer.constData() + m_bufferAt, size_t(n));
        m_bufferAt += n;
        m_pos += n;
        data += n;
        size -= n;
    }
    return true;
}

bool TarSource::skip(qint64 size)
{
    const qint64 buffered = m_bufferEnd - m_bufferAt;
    if (size <= buffered) {
        m_bufferAt += size;
        m_pos += size;
        return true;
    }
    if (!m_decompressor) {
        // A plain tar on disk: seek, but never past the end.
        if (m_pos + size > m_file->size())
            return false;
        m_pos += size;
        m_streamPos = m_pos;
        m_bufferAt = m_bufferEnd = 0;
        return m_file->seek(m_pos);
    }
    while (size > 0) {
        if (m_bufferAt == m_bufferEnd && !fill())
            return false;
        const qint64 n = std::min(size, m_bufferEnd - m_bufferAt);
        m_bufferAt += n;
        m_pos += n;
        size -= n;
    }
    return true;
}

bool TarSource::seekStream(qint64 offset)
{
    if (offset < m_pos) {
        if (!m_decompressor) {
            m_pos = m_streamPos = offset;
            m_bufferAt = m_bufferEnd = 0;
            return m_file->seek(offset);
        }
        // Back in a compressed stream: start over. Reading in archive order never does.
        if (!openStream())
            return false;
    }
    return skip(offset - m_pos);
}

bool TarSource::streamFailed()
{
    if (isCancelled()) {
        setError(tr("Loading was cancelled."));
        return true;
    }
    if (m_exceeded) {
        setError(tr("%1 expands more than %2 times (or beyond %3): refused as a compression bomb.")
                     .arg(location())
                     .arg(limits().maxCompressionRatio)
                     .arg(formatBytes(limits().maxTotalBytes)));
        return true;
    }
    return false;
}

bool TarSource::start()
{
    const QFileInfo info(location());
    if (!info.isFile() || !info.isReadable()) {
        setError(tr("Cannot read %1: %2").arg(location(), info.exists() ? tr("permission denied") : tr("no such file")));
        return false;
    }
    // A compressed stream may expand this far before it is taken for a bomb.
    m_bound = m_compression == Magic::None
        ? info.size()
        : std::min<qint64>(limits().maxTotalBytes, qint64(double(info.size()) * limits().maxCompressionRatio) + (1 << 20));
    m_exceeded = false;
    m_first = true;
    m_members.clear();
    m_prefix.clear();
    m_dotDotReported = false;
    clearEntries();
    return openStream();
}

TarSource::Next TarSource::nextMember(QString *name, qint64 *size)
{
    char header[blockSize];
    QString longName;
    QString paxPath;
    qint64 paxSize = -1;
    for (;;) {
        const qint64 headerAt = m_pos;
        if (!readExactly(header, blockSize)) {
            if (m_pos == headerAt && !m_exceeded && !isCancelled() && !m_first)
                return Next::End; // ends without the end-of-archive blocks, which many writers omit
            if (streamFailed())
                return Next::Failed;
            if (m_first) {
                setError(tr("%1 is not a readable %2: it is empty or damaged.").arg(location(), kindName()));
                return Next::Failed;
            }
            addProblem(QString(), Problem::Severity::Error,
                       tr("The archive ends early (truncated or damaged): the documents listed so far are read."));
            return Next::End;
        }
        if (isZeroBlock(header))
            return Next::End;
        if (!checksumMatches(header)) {
            if (m_first) {
                setError(tr("%1 is not a readable %2: its first header is damaged.").arg(location(), kindName()));
                return Next::Failed;
            }
            addProblem(QString(), Problem::Severity::Error,
                       tr("Damaged header at byte %1: the rest of the archive is not read.").arg(m_pos - blockSize));
            return Next::End;
        }
        m_first = false;
        const char type = header[156];
        qint64 dataSize = numberField(header + 124, 12);
        if (dataSize < 0) {
            addProblem(stringField(header, 100), Problem::Severity::Error,
                       tr("Malformed size in the header: the rest of the archive is not read."));
            return Next::End;
        }
        if (type == 'L' || type == 'x') {
            // Metadata for the next entry: a GNU long name or pax records.
            if (dataSize > maxMetaSize) {
                addProblem(QString(), Problem::Severity::Error,
                           tr("An entry header of %1 is not credible: the rest of the archive is not read.")
                               .arg(formatBytes(dataSize)));
                return Next::End;
            }
            QByteArray meta(dataSize, Qt::Uninitialized);
            if (!readExactly(meta.data(), dataSize) || !skip(padded(dataSize) - dataSize)) {
                addProblem(QString(), Problem::Severity::Error, tr("The archive ends early (truncated or damaged)."));
                return Next::End;
            }
            if (type == 'L')
                longName = QString::fromUtf8(meta.constData(), qsizetype(strnlen(meta.constData(), size_t(meta.size()))));
            else
                parsePax(meta, &paxPath, &paxSize);
            continue;
        }
        QString entryName = stringField(header, 100);
        if (std::memcmp(header + 257, "ustar", 5) == 0) {
            const QString prefix = stringField(header + 345, 155);
            if (!prefix.isEmpty())
                entryName = prefix + u'/' + entryName;
        }
        if (!longName.isEmpty())
            entryName = std::exchange(longName, QString());
        if (!paxPath.isEmpty())
            entryName = std::exchange(paxPath, QString());
        if (paxSize >= 0)
            dataSize = std::exchange(paxSize, -1);

        if (type == '0' || type == '\0' || type == '7') {
            *name = entryName;
            *size = dataSize;
            return Next::Member;
        }
        if (type == '1' || type == '2') {
            addProblem(entryName, Problem::Severity::Warning,
                       tr("Link to %1 inside the archive: not followed.").arg(stringField(header + 157, 100)));
        } else if (type != '5' && type != 'g') {
            addProblem(entryName, Problem::Severity::Warning,
                       tr("Not a regular file (device, pipe or special entry): skipped."));
        }
        if (!skip(padded(dataSize))) {
            if (streamFailed())
                return Next::Failed;
            addProblem(entryName, Problem::Severity::Error,
                       tr("The archive ends inside this entry (truncated or damaged)."));
            return Next::End;
        }
    }
}

bool TarSource::open()
{
    m_sequential = false;
    if (!start())
        return false;
    QList<std::pair<QString, Member>> listed;
    for (;;) {
        QString name;
        qint64 size = 0;
        const Next next = nextMember(&name, &size);
        if (next == Next::Failed)
            return false;
        if (next == Next::End)
            break;
        const qint64 dataOffset = m_pos;
        QString path;
        const bool isDocument = memberPath(name, size, &path);
        if (isDocument)
            listed.append({path, Member{dataOffset, size}});
        if (!skip(padded(size))) {
            if (streamFailed())
                return false;
            addProblem(name, Problem::Severity::Error, tr("The archive ends inside this entry (truncated or damaged)."));
            // What is listed before stays readable; this entry is incomplete.
            if (isDocument)
                listed.removeLast();
            break;
        }
    }

    // A corpus packed under one top-level folder reads as that folder.
    QString prefix;
    bool common = !listed.isEmpty();
    for (const auto &[path, member] : std::as_const(listed)) {
        const qsizetype slash = path.indexOf(u'/');
        if (slash <= 0 || (!prefix.isEmpty() && !path.startsWith(prefix))) {
            common = false;
            break;
        }
        if (prefix.isEmpty())
            prefix = path.left(slash + 1);
    }
    m_prefix = common ? prefix : QString();
    for (const auto &[path, member] : std::as_const(listed))
        addListed(path.mid(m_prefix.size()), member);
    return true;
}

bool TarSource::openSequential()
{
    m_sequential = true;
    m_mustRestart = false;
    m_ended = false;
    m_cutShort = false;
    m_prefixGuessed = false;
    m_nextHeader = 0;
    return start();
}

bool TarSource::nextEntry(CorpusEntry *entry)
{
    if (!m_sequential)
        return CorpusSource::nextEntry(entry);
    while (!m_ended) {
        // Past what is left of the previous document, read or not.
        if (m_cutShort || !seekStream(m_nextHeader)) {
            if (!m_cutShort && !streamFailed())
                addProblem(m_currentName, Problem::Severity::Error,
                           tr("The archive ends inside this entry (truncated or damaged)."));
            break;
        }
        QString name;
        qint64 size = 0;
        if (nextMember(&name, &size) != Next::Member)
            break;
        const qint64 dataOffset = m_pos;
        m_nextHeader = dataOffset + padded(size);
        m_currentName = name;
        QString path;
        if (!memberPath(name, size, &path))
            continue;
        if (!m_prefixGuessed) {
            m_prefixGuessed = true;
            const qsizetype slash = path.indexOf(u'/');
            if (slash > 0 && !m_noPrefix)
                m_prefix = path.left(slash + 1);
        } else if (!m_prefix.isEmpty() && (path.indexOf(u'/') <= 0 || !path.startsWith(m_prefix))) {
            // Not one folder after all: the names given so far were wrong.
            m_mustRestart = true;
            m_noPrefix = true;
            break;
        }
        if (!addListed(path.mid(m_prefix.size()), Member{dataOffset, size}))
            continue;
        *entry = m_entries.last();
        return true;
    }
    m_ended = true;
    return false;
}

qint64 TarSource::streamPosition() const
{
    return m_sequential && m_file ? m_file->pos() : -1;
}

qint64 TarSource::streamSize() const
{
    return m_sequential && m_file ? m_file->size() : -1;
}

// True for a name made of plain segments: no empty, "." or ".." ones. It is
// its own corpus path, with no list of segments to build.
bool isPlainName(QStringView name)
{
    // Runs for every member: one look at each character, no segment views.
    qsizetype segmentAt = 0;
    for (qsizetype i = 0; i <= name.size(); ++i) {
        if (i < name.size() && name[i] != u'/')
            continue;
        const qsizetype length = i - segmentAt;
        if (length == 0 || (name[segmentAt] == u'.' && (length == 1 || (length == 2 && name[segmentAt + 1] == u'.'))))
            return false;
        segmentAt = i + 1;
    }
    return true;
}

bool TarSource::memberPath(const QString &rawName, qint64 size, QString *path)
{
    if (isPlainName(rawName)) {
        if (rawName[rawName.lastIndexOf(u'/') + 1] == u'.')
            return false; // a hidden file
        *path = rawName;
        if (size == 0) {
            addProblem(*path, Problem::Severity::Warning, tr("Empty file: skipped."));
            return false;
        }
        return true;
    }
    QStringList parts;
    bool dotDot = false;
    for (const QString &part : rawName.split(u'/', Qt::SkipEmptyParts)) {
        if (part == u"."_s)
            continue;
        if (part == u".."_s) {
            dotDot = true; // never resolved: the name stays inside the corpus
            continue;
        }
        parts.append(part);
    }
    if (dotDot && !m_dotDotReported) {
        m_dotDotReported = true;
        addProblem(rawName, Problem::Severity::Warning,
                   tr("Entry names with \"..\" components: read as names inside the corpus."));
    }
    if (parts.isEmpty() || parts.last().startsWith(u'.'))
        return false;
    *path = parts.join(u'/');
    if (size == 0) {
        addProblem(*path, Problem::Severity::Warning, tr("Empty file: skipped."));
        return false;
    }
    return true;
}

bool TarSource::addListed(const QString &path, const Member &member)
{
    // One lookup, which inserts: a tar of a large corpus lists many names.
    const qsizetype known = m_members.size();
    Member &listed = m_members[path];
    if (m_members.size() == known) {
        addProblem(path, Problem::Severity::Warning, tr("The archive holds this name twice: the first is read."));
        return false;
    }
    // std::count on the raw characters: QString::count(QChar) compares one QChar at a time.
    const auto depth = std::count(path.utf16(), path.utf16() + path.size(), u'/');
    if (!addEntry({path, member.size, member.offset}, int(depth))) {
        m_members.remove(path);
        return false;
    }
    listed = member;
    return true;
}

std::unique_ptr<QIODevice> TarSource::openEntry(const CorpusEntry &entry, QString *error)
{
    QByteArray data;
    if (!readEntry(entry, &data, error))
        return nullptr;
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    return buffer;
}

bool TarSource::readEntry(const CorpusEntry &entry, QByteArray *data, QString *error)
{
    Member member;
    if (const CorpusEntry *last = m_entries.isEmpty() ? nullptr : &m_entries.last();
        last && entry.path.constData() == last->path.constData() && entry.path.size() == last->path.size()) {
        member = {last->order, last->size}; // the one just listed (see addListed): no lookup
    } else if (const auto it = m_members.constFind(entry.path); it != m_members.cend()) {
        member = *it;
    } else {
        *error = tr("no such entry");
        return false;
    }
    if (member.size > limits().maxDocumentBytes) {
        *error = tr("larger than %1, the limit for one document: skipped").arg(formatBytes(limits().maxDocumentBytes));
        return false;
    }
    if (m_pos == member.offset && member.size > 0 && m_bufferEnd - m_bufferAt >= member.size) {
        // The usual case, reading in archive order: the document is at hand.
        *data = sharedPart(m_buffer, m_bufferAt, member.size);
        m_bufferAt += member.size;
        m_pos += member.size;
        return acceptWhole(*data, error);
    }
    // Straight from the stream into the result.
    bool cut = !seekStream(member.offset);
    qint64 left = member.size;
    if (!cut) {
        const bool ok = readBounded(
            member.size,
            [this, &left, &cut](char *to, qint64 max) -> qint64 {
                const qint64 n = std::min(max, left);
                if (n > 0 && !readExactly(to, n)) {
                    cut = true;
                    return -1;
                }
                left -= n;
                return n;
            },
            data, error);
        if (!cut)
            return ok; // read, or refused within the limits (the error says why)
    }
    if (m_exceeded) {
        streamFailed(); // a bomb: nothing more is read
    } else if (m_sequential && !isCancelled() && member.offset == m_nextHeader - padded(member.size)) {
        // The document being listed is cut short: as when listing first, the
        // archive ends here and the entry is no document, only a problem.
        m_cutShort = true;
        addProblem(m_currentName, Problem::Severity::Error,
                   tr("The archive ends inside this entry (truncated or damaged)."));
        m_members.remove(entry.path);
        m_entries.removeLast();
        error->clear();
        return false;
    }
    *error = isCancelled() ? tr("cancelled") : tr("the archive ends inside this entry (truncated or damaged)");
    return false;
}

} // namespace Chronoscope
