// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include <QString>

namespace Chronoscope {

/**
 * Bounds on what a corpus may make us read. Corpora come from anywhere; each
 * limit keeps one kind of hostile or broken input from exhausting memory,
 * disk or time, and each hit becomes a problem that names it.
 */
struct LoadLimits {
    /// A news document is kilobytes; 64 MiB leaves room for huge dumps yet bounds memory per document.
    qint64 maxDocumentBytes = qint64(64) << 20;
    /// Total bytes read after decompression: stops archive bombs that expand without end.
    qint64 maxTotalBytes = qint64(32) << 30;
    /// An entry that inflates more than this many times is a bomb, not text (text compresses 3–20×).
    double maxCompressionRatio = 1000.0;
    /// Entries of a folder or an archive; a million events fit well below it.
    qint64 maxEntries = 5'000'000;
    /// Characters of a corpus-relative path, and folders deep: beyond these it is a trap, not a corpus.
    int maxPathLength = 1024;
    int maxDepth = 64;
    /// K7Zip decodes a whole archive into memory when opening it.
    qint64 max7zBytes = qint64(1) << 30;
};

/** "64 MiB", "1.5 GiB": a byte count for messages. */
QString formatBytes(qint64 bytes);

} // namespace Chronoscope
