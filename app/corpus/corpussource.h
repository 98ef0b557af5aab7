// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "corpus/loadlimits.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class KCompressionDevice;
class QIODevice;

namespace Chronoscope {

/** Something wrong with one document or entry; the rest of the corpus loads. */
struct Problem {
    enum class Severity : quint8 { Warning, Error };
    QString path;
    Severity severity = Severity::Error;
    QString message;

    static QString severityName(Severity severity);
};

/** A document of a corpus. */
struct CorpusEntry {
    QString path; ///< corpus-relative, '/'-separated
    qint64 size = -1; ///< as declared (never trusted for allocation), -1 when unknown
    qint64 order = 0; ///< reading entries in ascending order is cheapest
};

/**
 * Where the documents of a corpus come from: a folder, an archive, or a single
 * (possibly compressed) document. Everything is read in place: nothing is
 * extracted to disk. Bad entries become problems, never failures of the whole.
 */
class CorpusSource
{
    Q_DECLARE_TR_FUNCTIONS(CorpusSource)
public:
    /** Picks the source for @p path by content (magic bytes), not only by name. */
    static std::unique_ptr<CorpusSource> create(const QString &path, const LoadLimits &limits = {});

    virtual ~CorpusSource();

    /** Opens the corpus and lists its entries; false (see errorString()) when nothing can be read. */
    [[nodiscard]] virtual bool open() = 0;
    [[nodiscard]] QString errorString() const { return m_error; }

    /** "folder", "zip archive", …: for messages. */
    [[nodiscard]] virtual QString kindName() const = 0;
    /** True for a folder, whose files may change on disk. */
    [[nodiscard]] virtual bool isFolder() const { return false; }

    /** The documents, sorted in the cheapest reading order. */
    [[nodiscard]] const QList<CorpusEntry> &entries() const { return m_entries; }

    /**
     * Opens the corpus for reading every entry once, in order, with
     * nextEntry(). Sources that can list while they read (a tar: one pass of
     * decompression instead of one to list and one to read) list nothing
     * here; the others list as open() does.
     */
    [[nodiscard]] virtual bool openSequential() { return open(); }
    /**
     * The next entry in reading order, or false at the end (or when reading
     * failed as a whole: see hasFailed()). Read it, if at all, before asking
     * for the next. entries() holds every entry given so far.
     */
    [[nodiscard]] virtual bool nextEntry(CorpusEntry *entry);
    /**
     * True when what nextEntry() gave must be thrown away and the corpus
     * loaded again through open(): a tar is read as if packed under the
     * folder of its first entry until an entry shows otherwise.
     */
    [[nodiscard]] virtual bool mustRestart() const { return false; }
    /** True once the source cannot be read any further as a whole (see errorString()). */
    [[nodiscard]] bool hasFailed() const { return !m_error.isEmpty(); }
    /**
     * For sources that list while they read: how far reading has got and how
     * far it goes, in bytes of the file (compressed); -1 when entries() was
     * complete from the start.
     */
    [[nodiscard]] virtual qint64 streamPosition() const { return -1; }
    [[nodiscard]] virtual qint64 streamSize() const { return -1; }

    /**
     * Reads a document, decompressing a single compressed file (".md.gz"),
     * within the limits. False with a message for entries that cannot be read;
     * @p data then holds nothing useful. False without a message when the
     * entry turns out to be none (the end of a tar read with nextEntry() cuts
     * it short): it is a problem of the source instead.
     */
    [[nodiscard]] bool read(const CorpusEntry &entry, QByteArray *data, QString *error);
    /** Reads the document at @p path (for showing it again later). */
    [[nodiscard]] bool read(const QString &path, QByteArray *data, QString *error);

    /** Problems met while listing and reading; taking them empties the list. */
    QList<Problem> takeProblems();

    /** Set by another thread to abandon long reads soon. */
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    [[nodiscard]] bool isCancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

    [[nodiscard]] const LoadLimits &limits() const { return m_limits; }
    /** Bytes read so far, after decompression. */
    [[nodiscard]] qint64 bytesRead() const { return m_bytesRead; }
    /** The file or folder the source reads. */
    [[nodiscard]] QString location() const { return m_location; }

protected:
    CorpusSource(const QString &location, const LoadLimits &limits);

private:
    static std::unique_ptr<CorpusSource> createFor(const QString &path, const LoadLimits &limits);

protected:

    /** A device positioned at the start of the entry's bytes, or null with @p error set. */
    virtual std::unique_ptr<QIODevice> openEntry(const CorpusEntry &entry, QString *error) = 0;
    /** Reads the entry's bytes within the limits; by default from openEntry()'s device. */
    virtual bool readEntry(const CorpusEntry &entry, QByteArray *data, QString *error);
    /**
     * Reads a document with @p readSome (which works as QIODevice::read) into
     * @p data within the limits: the size of one document, the total, and a
     * look at the first bytes to refuse binary files early.
     */
    bool readBounded(qint64 sizeHint, const std::function<qint64(char *, qint64)> &readSome, QByteArray *data,
                     QString *error);
    /**
     * Holds a document that was at hand whole (no larger than the limit for
     * one) to the limits readBounded() applies: the total, and the look for
     * binary files.
     */
    bool acceptWhole(const QByteArray &data, QString *error);
    /** Checks what was read against the archive's own record (zip: CRC-32). */
    virtual bool verify(const CorpusEntry &entry, const QByteArray &data, QString *error);

    void setError(const QString &error) { m_error = error; }
    /** Forgets every entry, problem and error, to list the corpus again. */
    void clearEntries();
    void addProblem(const QString &path, Problem::Severity severity, const QString &message);
    /** Adds an entry unless a limit refuses it (the refusal becomes a problem). */
    bool addEntry(CorpusEntry entry, int depth);

    QList<CorpusEntry> m_entries;

private:
    /** Counts @p n more bytes read; false, with the error set, past the limit for the whole corpus. */
    bool countRead(qint64 n, QString *error);
    /** False, with the error set, for the first bytes of a binary file. */
    bool looksLikeText(const QByteArray &head, QString *error);

    QString m_location;
    QHash<QString, qsizetype> m_entryIndex; // built on the first read by path
    LoadLimits m_limits;
    QString m_error;
    QList<Problem> m_problems;
    const std::atomic_bool *m_cancel = nullptr;
    qint64 m_bytesRead = 0;
    bool m_entryLimitReported = false;
    qsizetype m_next = 0; // of entries(), for nextEntry()
};

/** Compression formats recognized by their first bytes. */
enum class Magic { None, GZip, BZip2, Xz, Zstd, Zip, SevenZip, Tar };
Magic magicOf(const QByteArray &head);

/** A KCompressionDevice reading @p device for gzip, bzip2, xz or zstd; null for other formats. */
std::unique_ptr<KCompressionDevice> makeDecompressor(QIODevice *device, Magic magic);

/** Decompresses a gzip/bzip2/xz/zstd buffer within @p maxBytes; false with a message on failure or overflow. */
bool decompressBuffer(const QByteArray &compressed, Magic magic, qint64 maxBytes, QByteArray *out, QString *error);

} // namespace Chronoscope
