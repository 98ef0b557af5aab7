// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "corpus/corpussource.h"

#include <QHash>

class QFile;
class KCompressionDevice;

namespace Chronoscope {

/**
 * A tar archive, plain or compressed (gz, bz2, xz, zst), read as one stream.
 *
 * KTar is not used here: through a decompressing device it restarts the stream
 * from its first byte whenever it seeks into data already buffered, it keeps a
 * tree of every entry in memory, and long pax headers can desynchronize it.
 * This reader makes one pass over the headers to list the documents (ustar,
 * GNU long names, pax path and size), checks every header's checksum, and then
 * reads documents in archive order from the same stream, never seeking back
 * unless asked for an earlier document. Decompression goes through KArchive's
 * KCompressionDevice; nothing is written to disk.
 */
class TarSource : public CorpusSource
{
public:
    TarSource(const QString &path, Magic compression, const LoadLimits &limits);
    ~TarSource() override;

    bool open() override;
    QString kindName() const override;

protected:
    std::unique_ptr<QIODevice> openEntry(const CorpusEntry &entry, QString *error) override;

private:
    struct Member {
        qint64 offset = 0; // of the data in the uncompressed stream
        qint64 size = 0;
    };

    bool openStream();
    /** True, with the error set, when reading stopped for a cancel or a bomb rather than damage. */
    bool streamFailed();
    bool readExactly(char *data, qint64 size);
    bool skip(qint64 size);
    bool seekStream(qint64 offset);
    void addMember(const QString &rawName, qint64 offset, qint64 size);

    Magic m_compression;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<KCompressionDevice> m_decompressor;
    QIODevice *m_stream = nullptr;
    qint64 m_pos = 0; // position in the uncompressed stream
    qint64 m_bound = 0; // the most the stream may expand to
    bool m_exceeded = false;
    QHash<QString, Member> m_members; // by path as listed (before the common prefix is stripped)
    QList<std::pair<QString, Member>> m_listed;
    QString m_prefix;
    bool m_dotDotReported = false;
};

} // namespace Chronoscope
