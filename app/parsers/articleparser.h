// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "parsers/documentparser.h"

namespace Chronoscope {

/**
 * Reads articles: plain text whose first non-empty line is the title, or
 * Markdown whose first heading is. Splits what follows into the body, reader
 * comments and trailing site noise, keeping all three:
 *
 * - A comment ends with a vote line such as "0 ( +0 / -0 )". Text between two
 *   vote lines is one comment; the first comment is the paragraph before the
 *   first vote line, or everything after a "Comments" header when there is one.
 * - Noise starts at a header such as "More from …", "Related stories" or
 *   "Most read", or at a run of separator lines ("-") between short teasers.
 */
class ArticleParser
{
public:
    static ParsedDocument parse(QStringView text, bool markdown);

    /** Parses a vote line ("3 ( +5 / -2 )"); false for any other line. */
    static bool parseVoteLine(QStringView line, Comment *votes);
    /** True for a line that starts a block of site noise. */
    static bool isNoiseHeader(QStringView line);
    /** True for a line that announces reader comments ("12 Comments", "Reader comments"). */
    static bool isCommentsHeader(QStringView line);
};

} // namespace Chronoscope
