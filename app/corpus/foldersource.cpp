// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "foldersource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Chronoscope {

FolderSource::FolderSource(const QString &path, const LoadLimits &limits)
    : CorpusSource(path, limits)
{
}

bool FolderSource::open()
{
    const QFileInfo info(location());
    if (!info.exists()) {
        setError(tr("The folder %1 does not exist.").arg(location()));
        return false;
    }
    if (!info.isDir() || !info.isReadable() || !info.isExecutable()) {
        setError(tr("The folder %1 cannot be read: permission denied.").arg(location()));
        return false;
    }
    m_root = info.canonicalFilePath();
    m_entries.clear();
    scan(m_root, QString(), 0);
    return true;
}

void FolderSource::scan(const QString &dir, const QString &relative, int depth)
{
    if (isCancelled())
        return;
    QDir folder(dir);
    // Sorted by name so that every load lists the same order.
    const QFileInfoList infos =
        folder.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System, QDir::Name | QDir::DirsLast);
    if (infos.isEmpty() && !folder.isReadable()) {
        addProblem(relative, Problem::Severity::Error, tr("Folder cannot be read: permission denied."));
        return;
    }
    for (const QFileInfo &info : infos) {
        const QString path = relative.isEmpty() ? info.fileName() : relative + u'/' + info.fileName();
        if (info.isSymLink()) {
            const QString target = info.canonicalFilePath();
            if (target.isEmpty()) {
                addProblem(path, Problem::Severity::Warning, tr("Broken symbolic link: skipped."));
            } else if (!target.startsWith(m_root + u'/')) {
                addProblem(path, Problem::Severity::Warning,
                           tr("Symbolic link to %1, outside the corpus: not followed.").arg(target));
            } else if (info.isFile()) {
                // A link to a document inside the corpus: the document is read at its own place.
                addProblem(path, Problem::Severity::Warning,
                           tr("Symbolic link to a document of the corpus: read once, at its own place."));
            }
            continue;
        }
        if (info.isDir()) {
            if (info.fileName().startsWith(u'.'))
                continue; // .git, .cache and the like
            if (depth + 1 > limits().maxDepth) {
                addProblem(path, Problem::Severity::Error,
                           tr("Nested deeper than %1 folders: skipped.").arg(limits().maxDepth));
                continue;
            }
            scan(info.filePath(), path, depth + 1);
            continue;
        }
        if (info.fileName().startsWith(u'.'))
            continue;
        if (!info.isFile()) {
            addProblem(path, Problem::Severity::Warning, tr("Not a regular file (device, pipe or socket): skipped."));
            continue;
        }
        if (!info.isReadable()) {
            addProblem(path, Problem::Severity::Error, tr("Cannot be read: permission denied."));
            continue;
        }
        if (info.size() == 0) {
            addProblem(path, Problem::Severity::Warning, tr("Empty file: skipped."));
            continue;
        }
        if (!addEntry({path, info.size(), qint64(m_entries.size())}, depth))
            continue;
    }
}

std::unique_ptr<QIODevice> FolderSource::openEntry(const CorpusEntry &entry, QString *error)
{
    auto file = std::make_unique<QFile>(m_root + u'/' + entry.path);
    // Re-check at read time: the folder may have changed since it was listed.
    const QFileInfo info(*file);
    if (info.isSymLink() || !info.isFile()) {
        *error = tr("no longer a regular file");
        return nullptr;
    }
    if (!file->open(QIODevice::ReadOnly)) {
        *error = file->errorString();
        return nullptr;
    }
    return file;
}

} // namespace Chronoscope
