// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "parsers/eventpageparser.h"

#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)Chronoscope::EventPageParser::isEventPage(text);
    (void)Chronoscope::EventPageParser::parse(text);
    return 0;
}
