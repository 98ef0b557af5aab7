// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

// Feeds arbitrary bytes to the archive source as a file, then reads every
// entry: listed first, then in one pass as a load does, then again by path.

#include "corpus/corpussource.h"

#include <QFile>
#include <QStringList>
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
    if (source->open()) {
        for (const Chronoscope::CorpusEntry &entry : source->entries()) {
            QByteArray bytes;
            QString error;
            (void)source->read(entry, &bytes, &error);
        }
    }
    source = Chronoscope::CorpusSource::create(path, limits);
    if (!source->openSequential())
        return 0;
    QStringList paths;
    Chronoscope::CorpusEntry entry;
    while (source->nextEntry(&entry)) {
        QByteArray bytes;
        QString error;
        if (paths.size() % 2 == 0) // every other one read, the rest skipped
            (void)source->read(entry, &bytes, &error);
        paths.append(entry.path);
    }
    for (auto it = paths.crbegin(); it != paths.crend(); ++it) {
        QByteArray bytes;
        QString error;
        (void)source->read(*it, &bytes, &error);
    }
    return 0;
}
