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
 * This reader understands ustar, GNU long names and pax path and size, checks
 * every header's checksum, and reads documents in archive order from one
 * stream, never seeking back unless asked for an earlier document.
 * Decompression goes through KArchive's KCompressionDevice; nothing is written
 * to disk.
 *
 * open() lists every document first (one pass over the stream), then reads
 * them. openSequential() lists each document as it comes and reads it right
 * after its header: one pass in all. A corpus packed under one top-level
 * folder reads as that folder, which only the last entry can confirm, so the
 * sequential pass assumes the folder of the first document; an entry outside
 * it makes mustRestart() true, and the next openSequential() reads the stream
 * again without a folder to strip.
 */
class TarSource : public CorpusSource
{
public:
    TarSource(const QString &path, Magic compression, const LoadLimits &limits);
    ~TarSource() override;

    bool open() override;
    bool openSequential() override;
    bool nextEntry(CorpusEntry *entry) override;
    bool mustRestart() const override { return m_mustRestart; }
    qint64 streamPosition() const override;
    qint64 streamSize() const override;
    QString kindName() const override;

protected:
    std::unique_ptr<QIODevice> openEntry(const CorpusEntry &entry, QString *error) override;
    bool readEntry(const CorpusEntry &entry, QByteArray *data, QString *error) override;

private:
    struct Member {
        qint64 offset = 0; // of the data in the uncompressed stream
        qint64 size = 0;
    };
    enum class Next { Member, End, Failed };

    bool start();
    bool openStream();
    /** True, with the error set, when reading stopped for a cancel or a bomb rather than damage. */
    bool streamFailed();
    /** Reads the next part of the stream into m_buffer; false at its end, on a cancel or past the bound. */
    bool fill();
    bool readExactly(char *data, qint64 size);
    bool skip(qint64 size);
    bool seekStream(qint64 offset);
    /** Reads headers up to the next regular file, leaving the stream at its data. */
    Next nextMember(QString *name, qint64 *size);
    /** The corpus path of a member, or false (with a problem where one is due) for names that are no document. */
    bool memberPath(const QString &rawName, qint64 size, QString *path);
    /** Adds a member under its corpus path; false when a limit or a duplicate refuses it. */
    bool addListed(const QString &path, const Member &member);

    Magic m_compression;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<KCompressionDevice> m_decompressor;
    QIODevice *m_stream = nullptr;
    qint64 m_pos = 0; // position in the uncompressed stream
    qint64 m_streamPos = 0; // how much of it m_stream gave: m_pos and what m_buffer holds beyond it
    QByteArray m_buffer; // what was read last; documents handed out may share it
    qint64 m_bufferAt = 0; // what is read of m_buffer
    qint64 m_bufferEnd = 0; // what it holds
    qint64 m_bound = 0; // the most the stream may expand to
    bool m_exceeded = false;
    QHash<QString, Member> m_members; // by corpus path (the common prefix stripped)
    QString m_prefix;
    bool m_dotDotReported = false;
    bool m_first = true; // no header read yet
    // Reading sequentially:
    bool m_sequential = false;
    bool m_prefixGuessed = false; // m_prefix is what the first document says
    bool m_noPrefix = false; // an earlier pass found entries outside the first one's folder
    bool m_mustRestart = false;
    bool m_ended = false;
    bool m_cutShort = false; // a document's data ended early: the end of the archive
    qint64 m_nextHeader = 0;
    QString m_currentName; // of the member given last, as written
};

} // namespace Chronoscope
