// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "graph/linkpath.h"
#include "parsers/eventpageparser.h"

#include <QString>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)Chronoscope::EventPageParser::isEventPage(text);
    // Every Related link goes the loader's way too: its key and text written into one buffer.
    QString buffer;
    (void)Chronoscope::EventPageParser::parse(text, [&buffer](const Chronoscope::RelatedLinkView &link) {
        QDate date;
        const qsizetype before = buffer.size();
        const qsizetype keyLength = Chronoscope::appendLinkKey(link.target, buffer, &date);
        if (buffer.size() != before + keyLength)
            std::abort();
        if (date != Chronoscope::dateFromLinkPath(QStringView(buffer).sliced(before, keyLength)))
            std::abort();
        const qsizetype textLength = Chronoscope::appendSimplified(link.text, buffer);
        if (QStringView(buffer).last(textLength) != link.text.toString().simplified())
            std::abort();
    });
    return 0;
}
