// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include <QString>

namespace Chronoscope {

/**
 * Writes a synthetic corpus in the formats Chronoscope reads: event pages with
 * Related links among themselves and to absent pages, and articles with site
 * noise and reader comments; dates from 1850 to 2030; names of real countries,
 * islands and people. The same seed gives the same corpus. It feeds the
 * benchmarks and the scale tests.
 */
class CorpusGenerator
{
public:
    struct Options {
        int pages = 1000;
        int articles = 0;
        quint64 seed = 1;
    };

    /** Writes to @p out: a folder, or a .zip / .tar.zst / .tar.gz / .tar.xz archive by its name. */
    static bool write(const QString &out, const Options &options, QString *error);
};

} // namespace Chronoscope
