// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "tarsource.h"

#include <KCompressionDevice>

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

#include <cstring>

using namespace Qt::StringLiterals;

namespace Chronoscope {

namespace {

constexpr qint64 blockSize = 512;
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
    qint64 sum = 0;
    for (int i = 0; i < blockSize; ++i)
        sum += (i >= 148 && i < 156) ? ' ' : static_cast<unsigned char>(header[i]);
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
    return true;
}

bool TarSource::readExactly(char *data, qint64 size)
{
    while (size > 0) {
        if (isCancelled())
            return false;
        if (m_pos >= m_bound) {
            m_exceeded = m_decompressor != nullptr; // a plain tar simply ends
            return false;
        }
        const qint64 n = m_stream->read(data, std::min(size, m_bound - m_pos));
        if (n <= 0)
            return false;
        m_pos += n;
        data += n;
        size -= n;
    }
    return true;
}

bool TarSource::skip(qint64 size)
{
    if (!m_decompressor) {
        // A plain tar on disk: seek, but never past the end.
        if (m_pos + size > m_file->size())
            return false;
        m_pos += size;
        return m_file->seek(m_pos);
    }
    char scratch[65536];
    while (size > 0) {
        const qint64 n = std::min<qint64>(size, sizeof scratch);
        if (!readExactly(scratch, n))
            return false;
        size -= n;
    }
    return true;
}

bool TarSource::seekStream(qint64 offset)
{
    if (offset < m_pos) {
        if (!m_decompressor) {
            m_pos = offset;
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

bool TarSource::open()
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
    if (!openStream())
        return false;

    char header[blockSize];
    QString longName;
    QString paxPath;
    qint64 paxSize = -1;
    bool first = true;
    for (;;) {
        const qint64 headerAt = m_pos;
        if (!readExactly(header, blockSize)) {
            if (m_pos == headerAt && !m_exceeded && !isCancelled() && !first)
                break; // ends without the end-of-archive blocks, which many writers omit
            if (streamFailed())
                return false;
            if (first) {
                setError(tr("%1 is not a readable %2: it is empty or damaged.").arg(location(), kindName()));
                return false;
            }
            addProblem(QString(), Problem::Severity::Error,
                       tr("The archive ends early (truncated or damaged): the documents listed so far are read."));
            break;
        }
        if (isZeroBlock(header))
            break; // end of archive
        if (!checksumMatches(header)) {
            if (first) {
                setError(tr("%1 is not a readable %2: its first header is damaged.").arg(location(), kindName()));
                return false;
            }
            addProblem(QString(), Problem::Severity::Error,
                       tr("Damaged header at byte %1: the rest of the archive is not read.").arg(m_pos - blockSize));
            break;
        }
        first = false;
        const char type = header[156];
        qint64 size = numberField(header + 124, 12);
        if (size < 0) {
            addProblem(stringField(header, 100), Problem::Severity::Error,
                       tr("Malformed size in the header: the rest of the archive is not read."));
            break;
        }
        if (type == 'L' || type == 'x') {
            // Metadata for the next entry: a GNU long name or pax records.
            if (size > maxMetaSize) {
                addProblem(QString(), Problem::Severity::Error,
                           tr("An entry header of %1 is not credible: the rest of the archive is not read.").arg(formatBytes(size)));
                break;
            }
            QByteArray meta(size, Qt::Uninitialized);
            if (!readExactly(meta.data(), size) || !skip(padded(size) - size)) {
                addProblem(QString(), Problem::Severity::Error, tr("The archive ends early (truncated or damaged)."));
                break;
            }
            if (type == 'L')
                longName = QString::fromUtf8(meta.constData(), qsizetype(strnlen(meta.constData(), size_t(meta.size()))));
            else
                parsePax(meta, &paxPath, &paxSize);
            continue;
        }
        QString name = stringField(header, 100);
        if (std::memcmp(header + 257, "ustar", 5) == 0) {
            const QString prefix = stringField(header + 345, 155);
            if (!prefix.isEmpty())
                name = prefix + u'/' + name;
        }
        if (!longName.isEmpty())
            name = std::exchange(longName, QString());
        if (!paxPath.isEmpty())
            name = std::exchange(paxPath, QString());
        if (paxSize >= 0)
            size = std::exchange(paxSize, -1);
        const qint64 dataOffset = m_pos;

        if (type == '0' || type == '\0' || type == '7') {
            addMember(name, dataOffset, size);
        } else if (type == '1' || type == '2') {
            addProblem(name, Problem::Severity::Warning,
                       tr("Link to %1 inside the archive: not followed.").arg(stringField(header + 157, 100)));
        } else if (type != '5' && type != 'g') {
            addProblem(name, Problem::Severity::Warning, tr("Not a regular file (device, pipe or special entry): skipped."));
        }
        if (!skip(padded(size))) {
            if (streamFailed())
                return false;
            addProblem(name, Problem::Severity::Error,
                       tr("The archive ends inside this entry (truncated or damaged)."));
            // What is listed before stays readable; this entry is incomplete.
            m_listed.removeIf([&](const auto &member) {
                return member.first == name && member.second.offset == dataOffset;
            });
            break;
        }
    }

    // A corpus packed under one top-level folder reads as that folder.
    QString prefix;
    bool common = !m_listed.isEmpty();
    for (const auto &[path, member] : std::as_const(m_listed)) {
        const qsizetype slash = path.indexOf(u'/');
        if (slash <= 0 || (!prefix.isEmpty() && !path.startsWith(prefix))) {
            common = false;
            break;
        }
        if (prefix.isEmpty())
            prefix = path.left(slash + 1);
    }
    m_prefix = common ? prefix : QString();
    m_entries.clear();
    for (const auto &[path, member] : std::as_const(m_listed)) {
        const QString relative = path.mid(m_prefix.size());
        if (m_members.contains(relative)) {
            addProblem(relative, Problem::Severity::Warning, tr("The archive holds this name twice: the first is read."));
            continue;
        }
        if (addEntry({relative, member.size, member.offset}, int(relative.count(u'/'))))
            m_members.insert(relative, member);
    }
    m_listed.clear();
    return true;
}

void TarSource::addMember(const QString &rawName, qint64 offset, qint64 size)
{
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
        return;
    const QString path = parts.join(u'/');
    if (size == 0) {
        addProblem(path, Problem::Severity::Warning, tr("Empty file: skipped."));
        return;
    }
    m_listed.append({path, Member{offset, size}});
}

std::unique_ptr<QIODevice> TarSource::openEntry(const CorpusEntry &entry, QString *error)
{
    const auto it = m_members.constFind(entry.path);
    if (it == m_members.cend()) {
        *error = tr("no such entry");
        return nullptr;
    }
    if (it->size > limits().maxDocumentBytes) {
        *error = tr("larger than %1, the limit for one document: skipped").arg(formatBytes(limits().maxDocumentBytes));
        return nullptr;
    }
    auto buffer = std::make_unique<QBuffer>();
    QByteArray data;
    bool ok = seekStream(it->offset);
    // Grow with the data actually read: a damaged header may declare a size the stream does not hold.
    for (qint64 done = 0; ok && done < it->size;) {
        const qint64 step = std::min<qint64>(it->size - done, 1 << 20);
        data.resize(done + step);
        ok = readExactly(data.data() + done, step);
        done += step;
    }
    if (!ok) {
        *error = isCancelled() ? tr("cancelled") : tr("the archive ends inside this entry (truncated or damaged)");
        return nullptr;
    }
    buffer->setData(data);
    buffer->open(QIODevice::ReadOnly);
    return buffer;
}

} // namespace Chronoscope
