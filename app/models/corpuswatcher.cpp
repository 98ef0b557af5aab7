// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "corpuswatcher.h"

#include <QDirIterator>
#include <QFileInfo>

namespace Chronoscope {

CorpusWatcher::CorpusWatcher(QObject *parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(500);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        // Folders made since the last look need watching too.
        rescan();
        Q_EMIT changed();
    });
}

CorpusWatcher::~CorpusWatcher() = default;

void CorpusWatcher::setPath(const QString &path)
{
    m_path = path;
    m_debounce.stop();
    rescan();
}

QStringList CorpusWatcher::watched() const
{
    return m_watcher ? m_watcher->directories() + m_watcher->files() : QStringList();
}

void CorpusWatcher::rescan()
{
    // A fresh watcher is cheaper than working out which paths came and went.
    delete m_watcher;
    m_watcher = nullptr;
    if (m_path.isEmpty() || !QFileInfo(m_path).isDir())
        return;
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &CorpusWatcher::onChange);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &CorpusWatcher::onChange);
    QStringList folders{m_path};
    QStringList files;
    QDirIterator it(m_path, QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink())
            continue;
        if (info.isDir())
            folders.append(info.filePath());
        else if (files.size() <= m_maxFiles)
            files.append(info.filePath());
    }
    m_watcher->addPaths(folders);
    if (files.size() <= m_maxFiles && !files.isEmpty())
        m_watcher->addPaths(files);
}

void CorpusWatcher::onChange()
{
    m_debounce.start();
}

} // namespace Chronoscope
