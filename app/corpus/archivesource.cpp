// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "archivesource.h"

#include <K7Zip>
#include <KArchiveDirectory>
#include <KArchiveFile>
#include <KZip>
#include <KZipFileEntry>

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

} // namespace

ArchiveSource::ArchiveSource(const QString &path, Format format, const LoadLimits &limits)
    : CorpusSource(path, limits)
    , m_format(format)
{
}

ArchiveSource::~ArchiveSource()
{
    if (m_archive && m_archive->isOpen())
        m_archive->close();
}

QString ArchiveSource::kindName() const
{
    return m_format == Format::Zip ? tr("zip archive") : tr("7z archive");
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
    }
    if (!m_archive->open(QIODevice::ReadOnly)) {
        setError(tr("%1 is not a readable %2: %3").arg(location(), kindName(), m_archive->errorString()));
        return false;
    }

    const KArchiveDirectory *root = m_archive->directory();
    // A corpus packed under one top-level folder reads as that folder.
    const QStringList top = root->entries();
    if (top.size() == 1 && root->entry(top.first()) && root->entry(top.first())->isDirectory()
        && top.first() != u".."_s && top.first() != u"."_s) {
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
