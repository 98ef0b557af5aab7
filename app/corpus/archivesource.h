// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "corpus/corpussource.h"

#include <QHash>

class KArchive;
class KArchiveDirectory;
class KArchiveFile;

namespace Chronoscope {

/**
 * A zip or 7z archive read in place through KArchive (tars: see TarSource).
 * It guards against what KArchive does not: names with ".." components become
 * corpus-relative names, zip entries are checked against their CRC-32, entries
 * that read short (damaged, encrypted, unsupported method) are reported, bombs
 * are refused by their compression ratio, and 7z archives, which KArchive
 * decodes whole into memory, are size-checked first. A corpus packed under one
 * top-level folder reads as that folder.
 */
class ArchiveSource : public CorpusSource
{
public:
    enum class Format { Zip, SevenZip };

    ArchiveSource(const QString &path, Format format, const LoadLimits &limits);
    ~ArchiveSource() override;

    bool open() override;
    QString kindName() const override;

protected:
    std::unique_ptr<QIODevice> openEntry(const CorpusEntry &entry, QString *error) override;
    bool verify(const CorpusEntry &entry, const QByteArray &data, QString *error) override;

private:
    void walk(const KArchiveDirectory *dir, const QString &relative, int depth);

    Format m_format;
    std::unique_ptr<KArchive> m_archive;
    QHash<QString, const KArchiveFile *> m_files; // entry path as listed → file
    bool m_dotDotReported = false;
};

} // namespace Chronoscope
