// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace Chronoscope {

/**
 * Notices when the documents of a folder corpus change on disk, and says so
 * once things have settled (a copy of a thousand files is one reload, not a
 * thousand).
 *
 * Every folder of the corpus is watched, which catches files added, removed or
 * renamed (and editors that save by renaming). Files are watched one by one
 * for changes in place only in corpora of at most maxWatchedFiles() files:
 * inotify watches are a limited resource shared by every program of the user.
 * Archives and single documents are not watched.
 */
class CorpusWatcher : public QObject
{
    Q_OBJECT
public:
    explicit CorpusWatcher(QObject *parent = nullptr);
    ~CorpusWatcher() override;

    /** Watches the folder @p path (nothing, for an archive or an empty path). */
    void setPath(const QString &path);
    [[nodiscard]] QString path() const { return m_path; }

    /** Quiet time after the last change before changed() (default 500 ms). */
    void setDebounceInterval(int ms) { m_debounce.setInterval(ms); }
    [[nodiscard]] int debounceInterval() const { return m_debounce.interval(); }

    void setMaxWatchedFiles(int files) { m_maxFiles = files; }
    [[nodiscard]] int maxWatchedFiles() const { return m_maxFiles; }

    /** Folders and files watched now. */
    [[nodiscard]] QStringList watched() const;

Q_SIGNALS:
    /** The corpus changed on disk: time to reload it. */
    void changed();

private:
    void rescan();
    void onChange();

    QString m_path;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_debounce;
    int m_maxFiles = 2000;
};

} // namespace Chronoscope
