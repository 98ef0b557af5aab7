// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "corpus/corpussource.h"

#include <QHash>

class KArchive;
class KArchiveDirectory;
class KArchiveFile;
class QFile;

namespace Chronoscope {

/**
 * A zip, tar (plain, gz, bz2, xz, zst) or 7z archive read in place through
 * KArchive. It guards against what KArchive does not: names with ".."
 * components become corpus-relative names, zip entries are checked against
 * their CRC-32, entries that read short (damaged, encrypted, unsupported
 * method) are reported, compressed tars are read through a bounded stream
 * instead of being unpacked to a temporary file, and 7z archives, which
 * KArchive decodes whole into memory, are size-checked first.
 * A corpus packed under one top-level folder reads as that folder.
 */
class ArchiveSource : public CorpusSource
{
public:
    enum class Format { Zip, Tar, SevenZip };

    ArchiveSource(const QString &path, Format format, Magic compression, const LoadLimits &limits);
    ~ArchiveSource() override;

    bool open() override;
    QString kindName() const override;

protected:
    std::unique_ptr<QIODevice> openEntry(const CorpusEntry &entry, QString *error) override;
    bool verify(const CorpusEntry &entry, const QByteArray &data, QString *error) override;

private:
    void walk(const KArchiveDirectory *dir, const QString &relative, int depth);

    Format m_format;
    Magic m_compression;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<QIODevice> m_stream; // decompressing, bounded stream under a compressed tar
    std::unique_ptr<KArchive> m_archive;
    QHash<QString, const KArchiveFile *> m_files; // entry path as listed → file
    QString m_prefix; // the single top-level folder, stripped from every path
    bool m_dotDotReported = false;
};

} // namespace Chronoscope
