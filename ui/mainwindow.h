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

class EventListWidget;
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

    CorpusLoader m_loader;
    std::shared_ptr<LoadResult> m_result;
    QString m_corpusPath;

    QStackedWidget *m_stack;
    WelcomeWidget *m_welcome;
    EventListWidget *m_events;
    QLabel *m_statusLabel;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QAction *m_openFolder = nullptr;
    QAction *m_openArchive = nullptr;
};

} // namespace Chronoscope
