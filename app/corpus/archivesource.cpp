// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "archivesource.h"

#include <K7Zip>
#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KCompressionDevice>
#include <KTar>
#include <KZip>
#include <KZipFileEntry>

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Chronoscope {

namespace {

quint32 crc32Of(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFU;
    for (const char byte : data)
        crc = table[(crc ^ static_cast<unsigned char>(byte)) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFU;
}

/**
 * Passes reads and seeks through to a decompressing device, but fails once
 * more than a bound has been decompressed or the load is cancelled: KTar reads
 * a whole stream while opening, and a bomb must not keep it busy for ever.
 */
class BoundedDevice : public QIODevice
{
public:
    BoundedDevice(QIODevice *inner, qint64 bound, const CorpusSource *owner)
        : m_inner(inner)
        , m_bound(bound)
        , m_owner(owner)
    {
    }

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_inner->size(); }
    bool seek(qint64 pos) override
    {
        if (pos > m_bound) {
            m_exceeded = true;
            setErrorString(CorpusSource::tr("the archive expands to more than %1").arg(formatBytes(m_bound)));
            return false;
        }
        QIODevice::seek(pos);
        const qint64 at = m_inner->pos();
        if (pos < at)
            return m_inner->seek(pos); // back: the stream restarts from its first byte
        // Forward: read and drop. KCompressionDevice::seek would restart from the
        // first byte whenever the target lies within its read-ahead buffer, which
        // makes listing a compressed tar quadratic.
        char scratch[65536];
        for (qint64 left = pos - at; left > 0;) {
            if (m_owner->isCancelled())
                return false;
            const qint64 n = m_inner->read(scratch, std::min<qint64>(left, sizeof scratch));
            if (n <= 0)
                return false;
            left -= n;
        }
        return true;
    }
    bool exceeded() const { return m_exceeded; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_owner->isCancelled())
            return -1;
        const qint64 at = m_inner->pos();
        if (at >= m_bound) {
            m_exceeded = true;
            setErrorString(CorpusSource::tr("the archive expands to more than %1").arg(formatBytes(m_bound)));
            return -1;
        }
        return m_inner->read(data, std::min(maxSize, m_bound - at));
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice *m_inner;
    qint64 m_bound;
    const CorpusSource *m_owner;
    bool m_exceeded = false;
};

/** Owns the compression device under the bounded one. */
class CompressedStream : public BoundedDevice
{
public:
    CompressedStream(std::unique_ptr<KCompressionDevice> device, qint64 bound, const CorpusSource *owner)
        : BoundedDevice(device.get(), bound, owner)
        , m_device(std::move(device))
    {
    }

private:
    std::unique_ptr<KCompressionDevice> m_device;
};

} // namespace

ArchiveSource::ArchiveSource(const QString &path, Format format, Magic compression, const LoadLimits &limits)
    : CorpusSource(path, limits)
    , m_format(format)
    , m_compression(compression)
{
}

ArchiveSource::~ArchiveSource()
{
    // The archive reads from the stream, which reads from the file.
    if (m_archive && m_archive->isOpen())
        m_archive->close();
    m_archive.reset();
    m_stream.reset();
    m_file.reset();
}

QString ArchiveSource::kindName() const
{
    switch (m_format) {
    case Format::Zip:
        return tr("zip archive");
    case Format::SevenZip:
        return tr("7z archive");
    case Format::Tar:
        break;
    }
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

bool ArchiveSource::open()
{
    const QFileInfo info(location());
    if (!info.isFile() || !info.isReadable()) {
        setError(tr("Cannot read %1: %2").arg(location(), info.exists() ? tr("permission denied") : tr("no such file")));
        return false;
    }
    switch (m_format) {
    case Format::Zip:
        m_archive = std::make_unique<KZip>(location());
        break;
    case Format::SevenZip:
        if (info.size() > limits().max7zBytes) {
            setError(tr("%1 is a 7z archive of %2; 7z archives are read whole into memory, so the limit is %3. "
                        "Repack it as .tar.zst or .zip.")
                         .arg(location(), formatBytes(info.size()), formatBytes(limits().max7zBytes)));
            return false;
        }
        m_archive = std::make_unique<K7Zip>(location());
        break;
    case Format::Tar: {
        m_file = std::make_unique<QFile>(location());
        QIODevice *device = m_file.get();
        if (m_compression != Magic::None) {
            KCompressionDevice::CompressionType type = KCompressionDevice::None;
            switch (m_compression) {
            case Magic::GZip:
                type = KCompressionDevice::GZip;
                break;
            case Magic::BZip2:
                type = KCompressionDevice::BZip2;
                break;
            case Magic::Xz:
                type = KCompressionDevice::Xz;
                break;
            case Magic::Zstd:
                type = KCompressionDevice::Zstd;
                break;
            default:
                break;
            }
            auto compressed = std::make_unique<KCompressionDevice>(m_file.get(), false, type);
            if (!compressed->open(QIODevice::ReadOnly)) {
                setError(tr("Cannot open %1: %2").arg(location(), compressed->errorString()));
                return false;
            }
            const qint64 bound = std::min<qint64>(limits().maxTotalBytes,
                                                  qint64(double(info.size()) * limits().maxCompressionRatio) + (1 << 20));
            m_stream = std::make_unique<CompressedStream>(std::move(compressed), bound, this);
            if (!m_stream->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
                setError(tr("Cannot open %1: %2").arg(location(), m_stream->errorString()));
                return false;
            }
            device = m_stream.get();
        }
        m_archive = std::make_unique<KTar>(device);
        break;
    }
    }
    const bool opened = m_archive->open(QIODevice::ReadOnly);
    const auto *bounded = dynamic_cast<const BoundedDevice *>(m_stream.get());
    // KTar ignores a refused seek and lists what it saw: a bomb must still fail as a whole.
    if (!opened || (bounded && bounded->exceeded())) {
        if (isCancelled())
            setError(tr("Loading was cancelled."));
        else if (bounded && bounded->exceeded())
            setError(tr("%1 expands more than %2 times (or beyond %3): refused as a compression bomb.")
                         .arg(location())
                         .arg(limits().maxCompressionRatio)
                         .arg(formatBytes(limits().maxTotalBytes)));
        else
            setError(tr("%1 is not a readable %2: %3").arg(location(), kindName(), m_archive->errorString()));
        return false;
    }

    const KArchiveDirectory *root = m_archive->directory();
    // A corpus packed under one top-level folder reads as that folder.
    const QStringList top = root->entries();
    if (top.size() == 1 && root->entry(top.first()) && root->entry(top.first())->isDirectory()
        && top.first() != u".."_s && top.first() != u"."_s) {
        m_prefix = top.first() + u'/';
        walk(static_cast<const KArchiveDirectory *>(root->entry(top.first())), QString(), 0);
    } else {
        walk(root, QString(), 0);
    }
    std::sort(m_entries.begin(), m_entries.end(), [](const CorpusEntry &a, const CorpusEntry &b) {
        return a.order < b.order;
    });
    return true;
}

void ArchiveSource::walk(const KArchiveDirectory *dir, const QString &relative, int depth)
{
    QStringList names = dir->entries();
    names.sort();
    for (const QString &name : std::as_const(names)) {
        const KArchiveEntry *entry = dir->entry(name);
        if (!entry)
            continue;
        QString path = relative;
        if (name == u".."_s || name == u"."_s || name.isEmpty()) {
            // KArchive keeps ".." in names; we never resolve them outside the corpus.
            if (!m_dotDotReported) {
                m_dotDotReported = true;
                addProblem(relative.isEmpty() ? name : relative + u'/' + name, Problem::Severity::Warning,
                           tr("Entry names with \"..\" components: read as names inside the corpus."));
            }
        } else {
            path = relative.isEmpty() ? name : relative + u'/' + name;
        }
        if (!entry->symLinkTarget().isEmpty()) {
            addProblem(path, Problem::Severity::Warning,
                       tr("Link to %1 inside the archive: not followed.").arg(entry->symLinkTarget()));
            continue;
        }
        if (entry->isDirectory()) {
            if (depth + 1 > limits().maxDepth) {
                addProblem(path, Problem::Severity::Error,
                           tr("Nested deeper than %1 folders: skipped.").arg(limits().maxDepth));
                continue;
            }
            walk(static_cast<const KArchiveDirectory *>(entry), path, depth + 1);
            continue;
        }
        if (!entry->isFile())
            continue;
        const auto *file = static_cast<const KArchiveFile *>(entry);
        if (name.startsWith(u'.') || path.isEmpty())
            continue;
        if (m_files.contains(path)) {
            addProblem(path, Problem::Severity::Warning, tr("The archive holds this name twice: the first is read."));
            continue;
        }
        if (file->size() == 0) {
            addProblem(path, Problem::Severity::Warning, tr("Empty file: skipped."));
            continue;
        }
        if (m_format == Format::Zip) {
            const auto *zipEntry = static_cast<const KZipFileEntry *>(file);
            if (zipEntry->compressedSize() > 0 && file->size() > (1 << 20)
                && double(file->size()) / double(zipEntry->compressedSize()) > limits().maxCompressionRatio) {
                addProblem(path, Problem::Severity::Error,
                           tr("Expands %1 times when decompressed: refused as a compression bomb.")
                               .arg(qint64(double(file->size()) / double(zipEntry->compressedSize()))));
                continue;
            }
        }
        if (addEntry({path, file->size(), file->position()}, depth))
            m_files.insert(path, file);
    }
}

std::unique_ptr<QIODevice> ArchiveSource::openEntry(const CorpusEntry &entry, QString *error)
{
    const KArchiveFile *file = m_files.value(entry.path);
    if (!file) {
        *error = tr("no such entry");
        return nullptr;
    }
    std::unique_ptr<QIODevice> device(file->createDevice());
    if (!device) {
        *error = tr("the archive cannot open this entry");
        return nullptr;
    }
    if (!device->isOpen() && !device->open(QIODevice::ReadOnly)) {
        *error = device->errorString();
        return nullptr;
    }
    return device;
}

bool ArchiveSource::verify(const CorpusEntry &entry, const QByteArray &data, QString *error)
{
    const KArchiveFile *file = m_files.value(entry.path);
    if (!file)
        return true;
    if (data.size() != file->size()) {
        // KArchive "reads" damaged, encrypted and unsupported entries as short data without an error.
        *error = tr("read %1 of %2 bytes: the entry is damaged, encrypted or uses an unsupported compression")
                     .arg(data.size())
                     .arg(file->size());
        return false;
    }
    if (m_format == Format::Zip) {
        const auto *zipEntry = static_cast<const KZipFileEntry *>(file);
        if (crc32Of(data) != zipEntry->crc32()) {
            *error = tr("checksum mismatch (CRC-32): the entry is damaged");
            return false;
        }
    }
    return true;
}

} // namespace Chronoscope
