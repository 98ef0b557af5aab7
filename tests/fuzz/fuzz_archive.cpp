// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

// Feeds arbitrary bytes to the archive source as a file, then reads every entry.

#include "corpus/corpussource.h"

#include <QFile>
#include <QTemporaryDir>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    Chronoscope::LoadLimits limits;
    limits.maxDocumentBytes = 4 << 20; // keep each run short
    limits.maxTotalBytes = 16 << 20;
    auto source = Chronoscope::CorpusSource::create(path, limits);
    if (!source->open())
        return 0;
    for (const Chronoscope::CorpusEntry &entry : source->entries()) {
        QByteArray bytes;
        QString error;
        (void)source->read(entry, &bytes, &error);
    }
    return 0;
}
