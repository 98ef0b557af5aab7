// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "corpus/corpusloader.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QProgressBar;
class QStackedWidget;
class QToolButton;

namespace Chronoscope {

class GraphTimelineSource;
class ReaderWidget;
class TimelineWidget;
class WelcomeWidget;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens a folder, an archive or a document. */
    void openPath(const QString &path);
    [[nodiscard]] bool isLoading() const;
    [[nodiscard]] QString corpusPath() const { return m_corpusPath; }
    [[nodiscard]] const LoadResult *lastResult() const { return m_result.get(); }

    QAction *openFolderAction() const { return m_openFolder; }
    QAction *openArchiveAction() const { return m_openArchive; }
    TimelineWidget *timeline() const { return m_timeline; }
    ReaderWidget *reader() const { return m_reader; }

Q_SIGNALS:
    /** A load ended: finished, failed or cancelled. */
    void loadFinished();

private:
    void setupActions();
    void openFolderDialog();
    void openArchiveDialog();
    void showAbout();
    void onBatch(const QList<Event> &events);
    void onProgress(const LoadProgress &progress);
    void onFinished(const std::shared_ptr<LoadResult> &result);
    void updateStatus();
    void showEvent(const QString &id);

    CorpusLoader m_loader;
    std::shared_ptr<LoadResult> m_result;
    QString m_corpusPath;

    QStackedWidget *m_stack;
    WelcomeWidget *m_welcome;
    QWidget *m_corpusView;
    TimelineWidget *m_timeline;
    ReaderWidget *m_reader;
    GraphTimelineSource *m_timelineSource;
    std::vector<Event> m_loadedEvents; // while loading, as batches arrive
    QLabel *m_statusLabel;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QAction *m_openFolder = nullptr;
    QAction *m_openArchive = nullptr;
};

} // namespace Chronoscope
