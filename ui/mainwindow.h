// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "corpus/corpusloader.h"

#include "models/eventstore.h"
#include "timeline/timelinelanes.h"

#include <QMainWindow>
#include <QTimer>

#include <deque>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QStackedWidget;
class QToolButton;
class QTreeWidget;

namespace Chronoscope {

class CorpusWatcher;
class EntitySidebar;
class FilterChips;
class EntityModel;
class EventModel;
class FilteredEventModel;
class ModelTimelineSource;
class ReaderWidget;
class TextProvider;
class ViewState;
struct DocumentText;
struct ReaderContent;
class TimelineWidget;
class WelcomeWidget;

/**
 * The window: the timeline beside the reader, the problems of the load in a
 * dock, menus and a toolbar for the frequent actions. It remembers its layout,
 * the recent corpora and, for the last one, the window of time and the
 * selected event.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Opens a folder, an archive or a document. */
    void openPath(const QString &path);
    /** Opens the corpus of the last session, with its window and selection; false when there is none. */
    bool restoreLastSession();
    [[nodiscard]] bool isLoading() const;
    [[nodiscard]] QString corpusPath() const { return m_corpusPath; }
    [[nodiscard]] const LoadResult *lastResult() const { return m_result.get(); }

    /** Shows only events naming any of @p names (names or aliases); returns the names not found. */
    QStringList filterByNames(const QStringList &names);

    /** Shows the lanes of @p grouping and one for each of @p names; returns the names not found. */
    QStringList setLanes(LaneGrouping grouping, const QStringList &names = {});
    /** Shows @p id in the reader and records it in the reading history. */
    void openEvent(const QString &id);
    void goBack();
    void goForward();

    QAction *openFolderAction() const { return m_openFolder; }
    QAction *openArchiveAction() const { return m_openArchive; }
    QAction *reloadAction() const { return m_reload; }
    QAction *closeAction() const { return m_close; }
    QAction *backAction() const;
    QAction *forwardAction() const;
    TimelineWidget *timeline() const { return m_timeline; }
    ViewState *viewState() const { return m_state; }
    EventModel *eventModel() const { return m_eventModel; }
    FilteredEventModel *filteredModel() const { return m_filtered; }
    EntityModel *entityModel() const { return m_entityModel; }
    ReaderWidget *reader() const { return m_reader; }
    QDockWidget *problemsDock() const { return m_problemsDock; }
    QDockWidget *sidebarDock() const { return m_sidebarDock; }
    EntitySidebar *sidebar() const { return m_sidebar; }
    FilterChips *filterChips() const { return m_chips; }

Q_SIGNALS:
    /** A load ended: finished, failed or cancelled. */
    void loadFinished();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setupActions();
    void setupProblemsDock();
    void openFolderDialog();
    void openArchiveDialog();
    void closeCorpus();
    void exportView();
    void goToDate();
    void showShortcuts();
    void showAbout();
    void setReaderBelow(bool below);
    void onBatch(const QList<Event> &events);
    void onProgress(const LoadProgress &progress);
    void onFinished(const std::shared_ptr<LoadResult> &result);
    void takeBatches();
    void dropPendingBatches();
    void updateStatus();
    void updateHistoryActions();
    void showInReader(const QString &id);
    void onText(quint64 request, const DocumentText &text);
    void startLoad();
    void fillProblems();
    void addRecent(const QString &path);
    void updateRecentMenu();
    void saveSession() const;
    void updateLaneMenu();
    void restoreLanes();

    CorpusLoader m_loader;
    std::shared_ptr<LoadResult> m_result;
    // Batches the loader delivered and the models have not taken in yet, and the
    // result that waits for them: the models take in as much as fits in a slice
    // of a frame, then the window paints and answers (see takeBatches()).
    std::deque<QList<Event>> m_pendingBatches;
    std::shared_ptr<LoadResult> m_pendingResult;
    std::shared_ptr<LoadResult> m_finishing; // its end is being prepared (EventModel::prepareFinish)
    std::shared_ptr<EventStore::Prepared> m_prepared;
    QTimer m_intake;
    QString m_corpusPath;
    QStringList m_entityNames; // by entity id, for the reader
    // What to bring back once the corpus of the last session has loaded.
    struct PendingView {
        double start = 0;
        double end = 0;
        QString selected;
    };
    std::optional<PendingView> m_pendingView;
    std::unique_ptr<ReaderContent> m_shown; // what the reader shows, completed when its text arrives
    quint64 m_textRequest = 0;

    QStackedWidget *m_stack;
    WelcomeWidget *m_welcome;
    QSplitter *m_splitter;
    TimelineWidget *m_timeline;
    ReaderWidget *m_reader;
    ViewState *m_state;
    EventModel *m_eventModel;
    FilteredEventModel *m_filtered;
    EntityModel *m_entityModel;
    TextProvider *m_texts;
    CorpusWatcher *m_watcher;
    ModelTimelineSource *m_timelineSource;
    QDockWidget *m_problemsDock = nullptr;
    QDockWidget *m_sidebarDock = nullptr;
    EntitySidebar *m_sidebar = nullptr;
    FilterChips *m_chips = nullptr;
    bool m_sidebarWanted = true; // shown with a corpus, unless the user closed it
    QTreeWidget *m_problemsList = nullptr;
    QLabel *m_statusLabel;
    QToolButton *m_problemsButton;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QMenu *m_recentMenu = nullptr;
    QAction *m_openFolder = nullptr;
    QAction *m_openArchive = nullptr;
    QAction *m_reload = nullptr;
    QAction *m_close = nullptr;
    QAction *m_export = nullptr;
    QAction *m_readerBelow = nullptr;
    QList<QAction *> m_corpusActions;
    QMenu *m_laneMenu = nullptr;
    QActionGroup *m_laneGroup = nullptr;
    QAction *m_laneCustomSection = nullptr;
    QList<QAction *> m_laneCustomActions; // one per lane added from the sidebar
    QStringList m_laneNames; // their entities' names: lanes outlive a reload's new entity ids // enabled only while a corpus is open
};

} // namespace Chronoscope
