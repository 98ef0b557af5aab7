// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "corpussource.h"

#include "chronoscope_debug.h"
#include "corpus/archivesource.h"
#include "corpus/foldersource.h"
#include "corpus/tarsource.h"
#include "parsers/textdecoder.h"

#include <KCompressionDevice>

#include <QBuffer>
#include <QFileDevice>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Chronoscope {

namespace {

constexpr qint64 chunkSize = 256 * 1024;
// How much of a document is read before it is looked at for being binary.
constexpr qsizetype sniffSize = 8192;

bool isCompression(Magic magic)
{
    return magic == Magic::GZip || magic == Magic::BZip2 || magic == Magic::Xz || magic == Magic::Zstd;
}

/** A corpus of one document: a plain file, or a compressed one (".md.gz"). */
class SingleDocumentSource : public CorpusSource
{
public:
    SingleDocumentSource(const QString &path, const LoadLimits &limits)
        : CorpusSource(path, limits)
    {
    }

    bool open() override
    {
        QFileInfo info(location());
        if (!info.isFile()) {
            setError(tr("%1 is not a regular file.").arg(location()));
            return false;
        }
        QFile file(location());
        if (!file.open(QIODevice::ReadOnly)) {
            setError(tr("Cannot open %1: %2").arg(location(), file.errorString()));
            return false;
        }
        m_entries.clear();
        addEntry({info.fileName(), info.size(), 0}, 0);
        return true;
    }

    QString kindName() const override { return tr("document"); }

protected:
    std::unique_ptr<QIODevice> openEntry(const CorpusEntry &, QString *error) override
    {
        auto file = std::make_unique<QFile>(location());
        if (!file->open(QIODevice::ReadOnly)) {
            *error = file->errorString();
            return nullptr;
        }
        return file;
    }
};

} // namespace

QString Problem::severityName(Severity severity)
{
    return severity == Severity::Warning ? u"warning"_s : u"error"_s;
}

Magic magicOf(const QByteArray &head)
{
    if (head.startsWith("\x1f\x8b"))
        return Magic::GZip;
    if (head.startsWith("BZh") && head.size() > 3 && head[3] >= '1' && head[3] <= '9')
        return Magic::BZip2;
    if (head.startsWith("\xfd" "7zXZ\x00"))
        return Magic::Xz;
    if (head.startsWith("\x28\xb5\x2f\xfd"))
        return Magic::Zstd;
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return Magic::Zip;
    if (head.startsWith("7z\xbc\xaf\x27\x1c"))
        return Magic::SevenZip;
    if (head.size() >= 262 && head.mid(257, 5) == "ustar")
        return Magic::Tar;
    return Magic::None;
}

std::unique_ptr<KCompressionDevice> makeDecompressor(QIODevice *device, Magic magic)
{
    KCompressionDevice::CompressionType type;
    switch (magic) {
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
        return nullptr;
    }
    return std::make_unique<KCompressionDevice>(device, false, type);
}

bool decompressBuffer(const QByteArray &compressed, Magic magic, qint64 maxBytes, QByteArray *out, QString *error)
{
    QBuffer buffer;
    buffer.setData(compressed);
    const std::unique_ptr<KCompressionDevice> decompressor = makeDecompressor(&buffer, magic);
    if (!decompressor || !decompressor->open(QIODevice::ReadOnly)) {
        *error = CorpusSource::tr("cannot decompress: %1").arg(decompressor ? decompressor->errorString() : QString());
        return false;
    }
    KCompressionDevice &device = *decompressor;
    out->clear();
    char chunk[65536];
    for (;;) {
        const qint64 n = device.read(chunk, sizeof chunk);
        if (n < 0) {
            *error = CorpusSource::tr("damaged compressed data: %1").arg(device.errorString());
            return false;
        }
        if (n == 0)
            break;
        if (out->size() + n > maxBytes) {
            *error = CorpusSource::tr("decompresses to more than %1 (the limit for one document)").arg(formatBytes(maxBytes));
            return false;
        }
        out->append(chunk, n);
    }
    if (device.error() != QFileDevice::NoError) {
        *error = CorpusSource::tr("damaged compressed data: %1").arg(device.errorString());
        return false;
    }
    // A stream cut short gives what it has and then nothing, with no error:
    // only the decompressor knows that its end marker never came.
    if (!device.atEnd()) {
        *error = CorpusSource::tr("the compressed data ends early (truncated or damaged)");
        return false;
    }
    return true;
}

std::unique_ptr<CorpusSource> CorpusSource::create(const QString &path, const LoadLimits &limits)
{
    std::unique_ptr<CorpusSource> source = createFor(path, limits);
    qCDebug(CHRONOSCOPE_CORE) << path << "reads as a" << source->kindName();
    return source;
}

std::unique_ptr<CorpusSource> CorpusSource::createFor(const QString &path, const LoadLimits &limits)
{
    const QFileInfo info(path);
    if (info.isDir())
        return std::make_unique<FolderSource>(path, limits);
    QFile file(path);
    QByteArray head;
    if (file.open(QIODevice::ReadOnly))
        head = file.read(512);
    Magic magic = magicOf(head);
    if (isCompression(magic)) {
        // A compressed tar, or a single compressed document? Look inside.
        QFile whole(path);
        if (whole.open(QIODevice::ReadOnly)) {
            const std::unique_ptr<KCompressionDevice> device = makeDecompressor(&whole, magic);
            if (device->open(QIODevice::ReadOnly)) {
                const QByteArray inner = device->read(512);
                if (magicOf(inner) == Magic::Tar)
                    return std::make_unique<TarSource>(path, magic, limits);
            }
        }
        return std::make_unique<SingleDocumentSource>(path, limits);
    }
    switch (magic) {
    case Magic::Zip:
        return std::make_unique<ArchiveSource>(path, ArchiveSource::Format::Zip, limits);
    case Magic::SevenZip:
        return std::make_unique<ArchiveSource>(path, ArchiveSource::Format::SevenZip, limits);
    case Magic::Tar:
        return std::make_unique<TarSource>(path, Magic::None, limits);
    default:
        break;
    }
    // No magic: trust a tar name (old tars lack "ustar"), else a single document.
    const QString lower = path.toLower();
    if (lower.endsWith(u".tar"_s))
        return std::make_unique<TarSource>(path, Magic::None, limits);
    return std::make_unique<SingleDocumentSource>(path, limits);
}

CorpusSource::CorpusSource(const QString &location, const LoadLimits &limits)
    : m_location(location)
    , m_limits(limits)
{
}

CorpusSource::~CorpusSource() = default;

void CorpusSource::addProblem(const QString &path, Problem::Severity severity, const QString &message)
{
    m_problems.append({path, severity, message});
}

QList<Problem> CorpusSource::takeProblems()
{
    return std::exchange(m_problems, {});
}

bool CorpusSource::addEntry(CorpusEntry entry, int depth)
{
    if (m_entries.size() >= m_limits.maxEntries) {
        if (!m_entryLimitReported) {
            m_entryLimitReported = true;
            addProblem(entry.path, Problem::Severity::Error,
                       tr("The corpus has more than %1 entries; the rest are not read.").arg(m_limits.maxEntries));
        }
        return false;
    }
    if (entry.path.size() > m_limits.maxPathLength) {
        addProblem(entry.path.left(200) + u"…"_s, Problem::Severity::Error,
                   tr("Path longer than %1 characters: skipped.").arg(m_limits.maxPathLength));
        return false;
    }
    if (depth > m_limits.maxDepth) {
        addProblem(entry.path, Problem::Severity::Error,
                   tr("Nested deeper than %1 folders: skipped.").arg(m_limits.maxDepth));
        return false;
    }
    if (entry.size > m_limits.maxDocumentBytes) {
        addProblem(entry.path, Problem::Severity::Error,
                   tr("Larger than %1, the limit for one document: skipped.").arg(formatBytes(m_limits.maxDocumentBytes)));
        return false;
    }
    m_entries.append(std::move(entry));
    return true;
}

bool CorpusSource::verify(const CorpusEntry &, const QByteArray &, QString *)
{
    return true;
}

void CorpusSource::clearEntries()
{
    m_entries.clear();
    m_entryIndex.clear();
    m_problems.clear();
    m_error.clear();
    m_bytesRead = 0;
    m_entryLimitReported = false;
    m_next = 0;
}

bool CorpusSource::nextEntry(CorpusEntry *entry)
{
    if (m_next >= m_entries.size())
        return false;
    *entry = m_entries[m_next++];
    return true;
}

bool CorpusSource::readEntry(const CorpusEntry &entry, QByteArray *data, QString *error)
{
    std::unique_ptr<QIODevice> device = openEntry(entry, error);
    if (!device)
        return false;
    QIODevice *const from = device.get();
    bool failed = false;
    const bool ok = readBounded(
        entry.size,
        [from, &failed](char *to, qint64 max) {
            const qint64 n = from->read(to, max);
            failed = n < 0;
            return n;
        },
        data, error);
    if (failed)
        *error = tr("read error: %1").arg(from->errorString());
    return ok;
}

bool CorpusSource::readBounded(qint64 sizeHint, const std::function<qint64(char *, qint64)> &readSome, QByteArray *data,
                               QString *error)
{
    data->clear();
    // Read straight into the result: a fresh chunk buffer per document costs
    // more than reading a small document does.
    qint64 step = sizeHint > 0 ? std::min<qint64>(sizeHint + 1, chunkSize) : 16384;
    bool sniffed = false;
    for (;;) {
        if (isCancelled()) {
            *error = tr("cancelled");
            return false;
        }
        const qsizetype old = data->size();
        // All that was promised is here: look for more with one byte, within
        // the room the first read made, rather than grow every document by a
        // chunk only to learn that it ends.
        if (sizeHint > 0 && old == sizeHint)
            step = 1;
        if (old + step > m_limits.maxDocumentBytes + 1)
            step = std::max<qint64>(1, m_limits.maxDocumentBytes + 1 - old);
        data->resize(old + step);
        const qint64 n = readSome(data->data() + old, step);
        data->resize(old + std::max<qint64>(n, 0));
        if (n < 0)
            return false; // the caller says why
        if (n == 0)
            break;
        if (data->size() > m_limits.maxDocumentBytes) {
            *error = tr("larger than %1, the limit for one document: skipped").arg(formatBytes(m_limits.maxDocumentBytes));
            return false;
        }
        if (!countRead(n, error))
            return false;
        if (!sniffed && data->size() >= sniffSize) {
            // Do not read a whole video to learn that it is not text.
            sniffed = true;
            if (!looksLikeText(*data, error))
                return false;
        }
        step = chunkSize;
    }
    return true;
}

bool CorpusSource::acceptWhole(const QByteArray &data, QString *error)
{
    // As readBounded() reading it in one go: counted, then looked at when large enough.
    return countRead(data.size(), error) && (data.size() < sniffSize || looksLikeText(data, error));
}

bool CorpusSource::countRead(qint64 n, QString *error)
{
    if (m_bytesRead + n > m_limits.maxTotalBytes) {
        *error = tr("the corpus exceeds %1 of text in all: the rest is not read").arg(formatBytes(m_limits.maxTotalBytes));
        return false;
    }
    m_bytesRead += n;
    return true;
}

bool CorpusSource::looksLikeText(const QByteArray &head, QString *error)
{
    if (magicOf(head) == Magic::None && TextDecoder::looksBinary(head)) {
        *error = tr("binary file, not a text document: skipped");
        return false;
    }
    return true;
}

bool CorpusSource::read(const CorpusEntry &entry, QByteArray *data, QString *error)
{
    if (!readEntry(entry, data, error))
        return false;
    if (!verify(entry, *data, error))
        return false;

    const Magic magic = magicOf(*data);
    if (magic == Magic::Zip || magic == Magic::SevenZip || magic == Magic::Tar) {
        *error = tr("an archive inside the corpus: skipped (open it on its own)");
        return false;
    }
    if (isCompression(magic)) {
        QByteArray inflated;
        if (!decompressBuffer(*data, magic, m_limits.maxDocumentBytes, &inflated, error))
            return false;
        if (data->size() > 0 && double(inflated.size()) / double(data->size()) > m_limits.maxCompressionRatio
            && inflated.size() > (1 << 20)) {
            *error = tr("expands %1 times when decompressed: refused as a compression bomb")
                         .arg(qint64(double(inflated.size()) / double(data->size())));
            return false;
        }
        if (magicOf(inflated.left(512)) != Magic::None) {
            *error = tr("an archive inside the corpus: skipped (open it on its own)");
            return false;
        }
        m_bytesRead += inflated.size();
        *data = std::move(inflated);
    }
    return true;
}

bool CorpusSource::read(const QString &path, QByteArray *data, QString *error)
{
    if (m_entryIndex.isEmpty()) {
        m_entryIndex.reserve(m_entries.size());
        for (qsizetype i = 0; i < m_entries.size(); ++i)
            m_entryIndex.insert(m_entries[i].path, i);
    }
    const auto it = m_entryIndex.constFind(path);
    if (it == m_entryIndex.cend()) {
        *error = tr("no document %1 in the corpus").arg(path);
        return false;
    }
    return read(m_entries[it.value()], data, error);
}

} // namespace Chronoscope
