// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "parsers/documentparser.h"
#include "parsers/textdecoder.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Chronoscope::DecodedText decoded = Chronoscope::TextDecoder::decode(bytes);
    if (!decoded.binary)
        (void)Chronoscope::DocumentParser::parse(QStringLiteral("fuzz.txt"), decoded.text);
    return 0;
}
