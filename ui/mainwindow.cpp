// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "mainwindow.h"

#include "appinfo.h"
#include "entities/eventannotator.h"
#include "models/corpuswatcher.h"
#include "models/entityinfo.h"
#include "models/entitymodel.h"
#include "models/eventmodel.h"
#include "models/filteredeventmodel.h"
#include "models/textprovider.h"
#include "models/viewstate.h"
#include "entitysidebar.h"
#include "filterchips.h"
#include "icons.h"
#include "readerwidget.h"
#include "timeline/modeltimelinesource.h"
#include "timelinewidget.h"
#include "welcomewidget.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// The resources live in a static library: make sure they are linked in. It
// must be called from the global namespace.
static void initResources()
{
    Q_INIT_RESOURCE(chronoscope);
}

namespace Chronoscope {

namespace {

constexpr int maxRecent = 10;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomeWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_timeline(new TimelineWidget(this))
    , m_reader(new ReaderWidget(this))
    , m_state(new ViewState(this))
    , m_eventModel(new EventModel(this))
    , m_filtered(new FilteredEventModel(m_eventModel, m_state, this))
    , m_entityModel(new EntityModel(m_eventModel, m_filtered, m_state, this))
    , m_texts(new TextProvider(this))
    , m_watcher(new CorpusWatcher(this))
    , m_timelineSource(new ModelTimelineSource(m_filtered, this))
    , m_statusLabel(new QLabel(this))
    , m_problemsButton(new QToolButton(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    initResources();
    setWindowIcon(QIcon::fromTheme(QStringLiteral(CHRONOSCOPE_APP_ID), QIcon(u":/icons/chronoscope.svg"_s)));
    setAcceptDrops(true);

    // Above the timeline, what is filtered, each removable.
    m_chips = new FilterChips(m_state, m_entityModel, this);
    auto *timelineArea = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelineArea);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->setSpacing(0);
    timelineLayout->addWidget(m_chips);
    timelineLayout->addWidget(m_timeline, 1);
    m_splitter->addWidget(timelineArea);
    m_splitter->addWidget(m_reader);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_reader->setMinimumWidth(260);
    m_timeline->setSource(m_timelineSource);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_splitter);
    setCentralWidget(m_stack);

    // The view state is the one truth: views ask it for changes and follow its signals.
    connect(m_timeline, &TimelineWidget::eventSelected, this, &MainWindow::openEvent);
    connect(m_reader, &ReaderWidget::eventActivated, this, &MainWindow::openEvent);
    connect(m_reader, &ReaderWidget::backRequested, this, &MainWindow::goBack);
    connect(m_reader, &ReaderWidget::forwardRequested, this, &MainWindow::goForward);
    connect(m_state, &ViewState::selectedEventChanged, this, [this](const QString &id) {
        if (!id.isEmpty())
            m_timeline->revealEvent(id);
        else
            m_timeline->setSelectedEvent({});
        showInReader(id);
    });
    connect(m_state, &ViewState::navigationHistoryChanged, this, &MainWindow::updateHistoryActions);
    connect(m_timeline, &TimelineWidget::windowChanged, this, [this](double start, double end) {
        m_state->replaceTimeWindow(TimeWindow{qint64(start), qint64(end)});
    });
    connect(m_state, &ViewState::filterChanged, this, &MainWindow::updateStatus);
    connect(m_reader, &ReaderWidget::entityActivated, this, [this](int entity, ReaderWidget::FilterAction action) {
        switch (action) {
        case ReaderWidget::FilterAction::Add:
            m_state->setEntityIncluded(entity, true);
            break;
        case ReaderWidget::FilterAction::Only:
            m_state->setIncludedEntities({entity});
            break;
        case ReaderWidget::FilterAction::Exclude:
            m_state->setEntityExcluded(entity, true);
            break;
        }
    });
    connect(m_timeline, &TimelineWidget::filterByEventRequested, this, [this](const QString &id) {
        const EventStore &store = m_eventModel->store();
        const quint32 n = store.number(id);
        if (n == EventStore::NoEvent)
            return;
        const std::span<const qint32> entities = store.entitiesOf(n);
        m_state->setIncludedEntities(QList<int>(entities.begin(), entities.end()));
    });
    connect(m_texts, &TextProvider::textReady, this, &MainWindow::onText);
    connect(m_texts, &TextProvider::textFailed, this, [this](quint64 request, const QString &, const QString &error) {
        if (request == m_textRequest && m_shown)
            m_reader->setTextError(m_shown->event.id, error);
    });
    connect(m_watcher, &CorpusWatcher::changed, this, [this] {
        // Files of the open folder changed on disk: load again, keeping the view.
        if (!m_corpusPath.isEmpty() && !isLoading())
            m_reload->trigger();
    });

    m_welcome->setSampleAvailable(!sampleCorpusPath().isEmpty());
    connect(m_welcome, &WelcomeWidget::openFolderRequested, this, &MainWindow::openFolderDialog);
    connect(m_welcome, &WelcomeWidget::openArchiveRequested, this, &MainWindow::openArchiveDialog);
    connect(m_welcome, &WelcomeWidget::openSampleRequested, this, [this] {
        openPath(sampleCorpusPath());
    });

    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->setIcon(themeIcon(u"process-stop"_s));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancel->setAutoRaise(true);
    m_cancel->hide();
    m_problemsButton->setAutoRaise(true);
    m_problemsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_problemsButton->setToolTip(tr("Show the documents that could not be read, and why"));
    m_problemsButton->hide();
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_problemsButton);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, &m_loader, &CorpusLoader::cancel);

    m_intake.setInterval(0);
    connect(&m_intake, &QTimer::timeout, this, &MainWindow::takeBatches);
    connect(&m_loader, &CorpusLoader::batchReady, this, &MainWindow::onBatch);
    connect(&m_loader, &CorpusLoader::progress, this, &MainWindow::onProgress);
    connect(&m_loader, &CorpusLoader::restarted, this, [this] {
        // The archive is read again under other ids: what was shown of it goes.
        dropPendingBatches();
        m_eventModel->clear();
        m_eventModel->beginLoad();
    });
    connect(&m_loader, &CorpusLoader::finished, this, &MainWindow::onFinished);

    m_sidebar = new EntitySidebar(m_entityModel, m_state, this);
    connect(m_sidebar, &EntitySidebar::laneRequested, this, [this](int entity) {
        LaneSpec spec = m_timeline->lanes();
        if (!spec.entities.contains(entity))
            spec.entities.append(entity);
        m_timeline->setLanes(spec);
    });
    connect(m_timeline, &TimelineWidget::lanesChanged, this, &MainWindow::updateLaneMenu);
    m_sidebarDock = new QDockWidget(tr("Entities"), this);
    m_sidebarDock->setObjectName(u"entitiesDock"_s);
    m_sidebarDock->setWidget(m_sidebar);
    m_sidebarDock->toggleViewAction()->setText(tr("Show &Entities"));
    m_sidebarDock->toggleViewAction()->setShortcut(QKeySequence(Qt::Key_F8));
    addDockWidget(Qt::LeftDockWidgetArea, m_sidebarDock);
    resizeDocks({m_sidebarDock}, {260}, Qt::Horizontal);
    setupProblemsDock();
    setupActions();
    setWindowTitle(tr("Chronoscope"));
    resize(1280, 800);

    const QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    if (!m_splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray()))
        m_splitter->setSizes({640, 400});
    m_readerBelow->setChecked(settings.value(u"window/readerBelow"_s, false).toBool());
    m_reader->setZoomSteps(settings.value(u"reader/zoomSteps"_s, 0).toInt());
    // The sidebar has nothing to show before a corpus is open.
    m_sidebarWanted = settings.value(u"window/sidebar"_s, true).toBool();
    m_sidebarDock->hide();
    connect(m_sidebarDock->toggleViewAction(), &QAction::triggered, this, [this](bool shown) {
        m_sidebarWanted = shown;
    });
    updateRecentMenu();
    updateStatus();
    updateHistoryActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::setupActions()
{
    // File
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_openFolder = file->addAction(themeIcon(u"folder-open"_s), tr("Open &Folder…"), this, &MainWindow::openFolderDialog);
    m_openFolder->setShortcut(QKeySequence::Open);
    m_openArchive = file->addAction(themeIcon(u"application-x-archive"_s), tr("Open &Archive…"), this,
                                    &MainWindow::openArchiveDialog);
    m_openArchive->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = file->addMenu(themeIcon(u"document-open-recent"_s), tr("Open &Recent"));
    m_reload = file->addAction(themeIcon(u"view-refresh"_s), tr("Re&load"), this, [this] {
        // The models update in place: the window, the filters and the selection stay.
        if (!m_corpusPath.isEmpty() && !m_loader.isRunning())
            startLoad();
    });
    m_reload->setShortcut(QKeySequence::Refresh);
    m_close = file->addAction(themeIcon(u"document-close"_s), tr("&Close Corpus"), this, &MainWindow::closeCorpus);
    m_close->setShortcut(QKeySequence::Close);
    file->addSeparator();
    m_export = file->addAction(themeIcon(u"document-export"_s), tr("&Export View as Image…"), this, &MainWindow::exportView);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *print = file->addAction(themeIcon(u"document-print"_s), tr("&Print View…"), this, [this] {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageOrientation(QPageLayout::Landscape);
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() == QDialog::Accepted)
            m_timeline->print(&printer);
    });
    print->setShortcut(QKeySequence::Print);
    file->addSeparator();
    QAction *quit = file->addAction(themeIcon(u"application-exit"_s), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    // View
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *fit = view->addAction(themeIcon(u"zoom-fit-best"_s), tr("&Fit All"), m_timeline, &TimelineWidget::fitAll);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction *zoomIn = view->addAction(themeIcon(u"zoom-in"_s), tr("Zoom &In"), m_timeline, &TimelineWidget::zoomIn);
    zoomIn->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    QAction *zoomOut = view->addAction(themeIcon(u"zoom-out"_s), tr("Zoom &Out"), m_timeline, &TimelineWidget::zoomOut);
    zoomOut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    view->addSeparator();
    QAction *links = view->addAction(themeIcon(u"network-connect"_s), tr("Show All &Links"));
    links->setCheckable(true);
    links->setToolTip(tr("Draw every Related link between the events in view, faded"));
    connect(links, &QAction::toggled, m_timeline, &TimelineWidget::setShowAllLinks);
    m_laneMenu = view->addMenu(themeIcon(u"view-calendar-timeline"_s), tr("La&nes"));
    m_laneMenu->setToolTip(tr("Split the timeline into one band per country, island, person, organization or kind of source"));
    m_laneGroup = new QActionGroup(this);
    m_laneGroup->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    const std::pair<LaneGrouping, QString> groupings[] = {
        {LaneGrouping::None, tr("&None")},
        {LaneGrouping::Countries, tr("&Countries")},
        {LaneGrouping::Islands, tr("&Islands")},
        {LaneGrouping::People, tr("&People")},
        {LaneGrouping::Organizations, tr("&Organizations")},
        {LaneGrouping::SourceKind, tr("&Source Kind (Page, Linked Only, Article)")},
    };
    for (const auto &[grouping, text] : groupings) {
        QAction *action = m_laneMenu->addAction(text);
        action->setCheckable(true);
        action->setData(int(grouping));
        action->setObjectName(u"lanes-"_s + laneGroupingKey(grouping));
        m_laneGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, grouping] {
            // None clears the lanes added one by one too; a grouping keeps them.
            LaneSpec spec;
            spec.grouping = grouping;
            if (grouping != LaneGrouping::None)
                spec.entities = m_timeline->lanes().entities;
            m_timeline->setLanes(spec);
            updateLaneMenu();
        });
    }
    m_laneMenu->addSeparator();
    m_laneCustomSection = m_laneMenu->addSection(tr("Lanes Added from the Sidebar"));
    updateLaneMenu();
    view->addSeparator();
    QAction *showReader = view->addAction(themeIcon(u"view-split-left-right"_s), tr("Show &Reader"));
    showReader->setCheckable(true);
    showReader->setChecked(true);
    showReader->setShortcut(QKeySequence(Qt::Key_F9));
    connect(showReader, &QAction::toggled, m_reader, &QWidget::setVisible);
    m_readerBelow = view->addAction(themeIcon(u"view-split-top-bottom"_s), tr("Reader &Below the Timeline"));
    m_readerBelow->setCheckable(true);
    m_readerBelow->setToolTip(tr("Put the reader under the timeline, for narrow screens"));
    connect(m_readerBelow, &QAction::toggled, this, &MainWindow::setReaderBelow);
    m_sidebarDock->toggleViewAction()->setIcon(themeIcon(u"view-list-tree"_s));
    view->addAction(m_sidebarDock->toggleViewAction());
    m_problemsDock->toggleViewAction()->setIcon(themeIcon(u"dialog-warning"_s));
    view->addAction(m_problemsDock->toggleViewAction());
    view->addSeparator();
    QAction *fullScreen = view->addAction(themeIcon(u"view-fullscreen"_s), tr("F&ull Screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

    // Go
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->addAction(m_reader->backAction());
    go->addAction(m_reader->forwardAction());
    go->addSeparator();
    QAction *previous = go->addAction(themeIcon(u"go-previous-view"_s), tr("&Previous Event"), this, [this] {
        m_timeline->moveSelection(-1);
    });
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Left));
    QAction *next = go->addAction(themeIcon(u"go-next-view"_s), tr("&Next Event"), this, [this] {
        m_timeline->moveSelection(1);
    });
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Right));
    QAction *goToDate = go->addAction(themeIcon(u"view-calendar-day"_s), tr("Go to &Date…"), this, &MainWindow::goToDate);
    goToDate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));

    // Help
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(themeIcon(u"configure-shortcuts"_s), tr("&Keyboard Shortcuts"), this,
                                         &MainWindow::showShortcuts);
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
    QAction *about = help->addAction(QIcon(u":/icons/chronoscope.svg"_s), tr("&About Chronoscope"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(themeIcon(u"qtlogo"_s, u"help-about"_s), tr("About &Qt"), qApp, &QApplication::aboutQt);

    // The reader's own actions work wherever the focus is.
    for (QAction *action : {m_reader->findAction(), m_reader->zoomInAction(), m_reader->zoomOutAction(),
                            m_reader->copyCitationAction()})
        addAction(action);

    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_openFolder);
    toolBar->addAction(m_openArchive);
    toolBar->addSeparator();
    toolBar->addAction(m_reader->backAction());
    toolBar->addAction(m_reader->forwardAction());
    toolBar->addSeparator();
    toolBar->addAction(fit);
    toolBar->addAction(zoomIn);
    toolBar->addAction(zoomOut);
    toolBar->addAction(goToDate);
    toolBar->addSeparator();
    toolBar->addAction(links);
    for (QAction *action : {fit, zoomIn, zoomOut, goToDate, links}) {
        if (auto *button = qobject_cast<QToolButton *>(toolBar->widgetForAction(action)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }

    m_corpusActions = {m_reload, m_close, m_export, print, fit, zoomIn, zoomOut, links, previous, next, goToDate};
    for (QAction *action : std::as_const(m_corpusActions))
        action->setEnabled(false);
}

void MainWindow::setupProblemsDock()
{
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(u"problemsDock"_s);
    m_problemsList = new QTreeWidget(m_problemsDock);
    m_problemsList->setHeaderLabels({tr("Document"), tr("Severity"), tr("Problem")});
    m_problemsList->setRootIsDecorated(false);
    m_problemsList->setUniformRowHeights(true);
    m_problemsList->setAlternatingRowColors(true);
    m_problemsList->header()->setStretchLastSection(true);
    m_problemsList->setToolTip(tr("Double-click to show the file in the file manager"));
    m_problemsDock->setWidget(m_problemsList);
    m_problemsDock->toggleViewAction()->setText(tr("Show &Problems"));
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();
    connect(m_problemsList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        // A document of a folder is shown in its folder; one inside an archive, by the archive.
        const QFileInfo corpus(m_corpusPath);
        QString target = m_corpusPath;
        if (corpus.isDir())
            target = QFileInfo(QDir(m_corpusPath).filePath(item->text(0))).absolutePath();
        else
            target = corpus.absolutePath();
        QDesktopServices::openUrl(QUrl::fromLocalFile(target));
    });
    connect(m_problemsButton, &QToolButton::clicked, this, [this] {
        m_problemsDock->setVisible(!m_problemsDock->isVisible());
    });
}

QAction *MainWindow::backAction() const
{
    return m_reader->backAction();
}

QAction *MainWindow::forwardAction() const
{
    return m_reader->forwardAction();
}

void MainWindow::openFolderDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Folder"), QDir::homePath());
    if (!dir.isEmpty())
        openPath(dir);
}

void MainWindow::openArchiveDialog()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open Archive"), QDir::homePath(),
        tr("Archives and documents (*.zip *.tar *.tar.gz *.tgz *.tar.bz2 *.tar.xz *.tar.zst *.7z *.md *.txt *.gz "
           "*.xz *.zst);;All files (*)"));
    if (!file.isEmpty())
        openPath(file);
}

void MainWindow::openPath(const QString &path)
{
    m_corpusPath = QFileInfo(path).absoluteFilePath();
    m_result.reset();
    m_eventModel->clear();
    m_state->clearEntityFilter();
    m_state->setDateRange({}, {});
    m_state->setTextFilter({});
    m_state->setSelectedEventId({});
    m_reader->clear();
    m_shown.reset();
    m_problemsList->clear();
    m_stack->setCurrentWidget(m_splitter);
    m_sidebarDock->setVisible(m_sidebarWanted);
    setWindowTitle(tr("%1 — Chronoscope").arg(QFileInfo(m_corpusPath).fileName()));
    addRecent(m_corpusPath);
    m_texts->setCorpus(m_corpusPath);
    m_watcher->setPath(QFileInfo(m_corpusPath).isDir() ? m_corpusPath : QString());
    startLoad();
}

void MainWindow::startLoad()
{
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_problemsButton->hide();
    m_statusLabel->setText(tr("Loading %1…").arg(QDir::toNativeSeparators(m_corpusPath)));
    dropPendingBatches();
    m_eventModel->beginLoad();
    LoadOptions options;
    // Batches small enough that taking one in never holds up the window for a
    // frame: a batch of pages also brings the events they link to (about six
    // per page).
    options.batchSize = 200;
    options.keepSources = false; // the reader reads them again with the text
    m_loader.start(m_corpusPath, options);
}

bool MainWindow::restoreLastSession()
{
    const QSettings settings;
    const QString path = settings.value(u"session/corpus"_s).toString();
    if (path.isEmpty() || !QFileInfo::exists(path))
        return false;
    m_pendingView = PendingView{settings.value(u"session/start"_s).toDouble(), settings.value(u"session/end"_s).toDouble(),
                                settings.value(u"session/selected"_s).toString()};
    LaneSpec lanes;
    lanes.grouping = laneGroupingFromKey(settings.value(u"session/lanes"_s).toString()).value_or(LaneGrouping::None);
    m_timeline->setLanes(lanes);
    m_laneNames = settings.value(u"session/laneEntities"_s).toStringList();
    openPath(path);
    return true;
}

void MainWindow::closeCorpus()
{
    m_loader.cancel();
    dropPendingBatches();
    saveSession();
    m_corpusPath.clear();
    m_result.reset();
    m_eventModel->clear();
    m_state->setSelectedEventId({});
    m_reader->clear();
    m_shown.reset();
    m_problemsList->clear();
    m_watcher->setPath({});
    m_progress->hide();
    m_cancel->hide();
    m_stack->setCurrentWidget(m_welcome);
    m_sidebarDock->hide();
    setWindowTitle(tr("Chronoscope"));
    updateStatus();
    updateHistoryActions();
}

bool MainWindow::isLoading() const
{
    return m_loader.isRunning() || m_progress->isVisible() || m_pendingResult || m_finishing;
}

void MainWindow::onBatch(const QList<Event> &events)
{
    // The timeline fills in as batches arrive. They can arrive faster than the
    // models take them in, all at once after a busy moment: queued here, not
    // taken in one after the other without a pause.
    m_pendingBatches.push_back(events);
    if (!m_intake.isActive())
        m_intake.start();
}

void MainWindow::takeBatches()
{
    // About a third of a frame at a time: the rest is for painting and input.
    constexpr qint64 sliceNs = 6'000'000;
    QElapsedTimer slice;
    slice.start();
    while (!m_pendingBatches.empty() && slice.nsecsElapsed() < sliceNs) {
        const QList<Event> events = std::move(m_pendingBatches.front());
        m_pendingBatches.pop_front();
        m_eventModel->addBatch(events);
    }
    if (!m_pendingBatches.empty())
        return;
    m_intake.stop();
    if (m_pendingResult)
        onFinished(std::exchange(m_pendingResult, nullptr));
}

void MainWindow::dropPendingBatches()
{
    m_pendingBatches.clear();
    m_pendingResult.reset();
    m_finishing.reset(); // what is still being prepared is dropped when it is ready
    m_prepared.reset();
    m_intake.stop();
}

void MainWindow::onProgress(const LoadProgress &progress)
{
    m_eventModel->expect(progress);
    if (progress.bytesTotal > 0) {
        // Scaled to fit the bar's int range for corpora of many gigabytes.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(progress.bytesDone * 1000 / progress.bytesTotal));
    }
    const QString text = progress.totalsEstimated ? tr("Loading: %1 of about %2 documents…") : tr("Loading: %1 of %2 documents…");
    m_statusLabel->setText(text.arg(QLocale().toString(progress.documentsDone), QLocale().toString(progress.documentsTotal)));
}

void MainWindow::onFinished(const std::shared_ptr<LoadResult> &result)
{
    if (!m_pendingBatches.empty()) {
        // The result closes the load: it waits for the events before it.
        m_pendingResult = result;
        return;
    }
    if (result->ok && !m_prepared) {
        // Linking a million events and listing them under each entity takes a
        // while: it is worked out on a pool thread, and the window stays responsive.
        m_finishing = result;
        auto *watcher = new QFutureWatcher<std::shared_ptr<EventStore::Prepared>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, result] {
            watcher->deleteLater();
            if (m_finishing != result)
                return; // another corpus was opened meanwhile
            m_finishing.reset();
            m_prepared = watcher->result();
            onFinished(result);
        });
        watcher->setFuture(m_eventModel->prepareFinish(result, entityInfos(result->entities)));
        return;
    }
    const bool firstView = !m_result || !m_result->ok;
    m_result = result;
    m_progress->hide();
    m_cancel->hide();
    if (result->ok) {
        m_entityNames.clear();
        m_entityNames.reserve(result->entities.size());
        for (const Entity &entity : result->entities.entities())
            m_entityNames.append(entity.name);
        const std::shared_ptr<EventStore::Prepared> prepared = std::exchange(m_prepared, nullptr);
        m_eventModel->finishLoad(*result, *prepared);
        restoreLanes();
        if (m_pendingView && m_pendingView->end > m_pendingView->start) {
            m_timeline->setWindow(m_pendingView->start, m_pendingView->end);
            if (!m_pendingView->selected.isEmpty() && m_eventModel->store().number(m_pendingView->selected) != EventStore::NoEvent)
                m_state->openEvent(m_pendingView->selected);
        } else if (firstView) {
            m_timeline->fitAll();
        }
        if (!m_state->selectedEventId().isEmpty())
            showInReader(m_state->selectedEventId());
    } else {
        m_eventModel->clear();
        m_stack->setCurrentWidget(m_welcome);
        setWindowTitle(tr("Chronoscope"));
        if (!result->cancelled)
            QMessageBox::warning(this, tr("Cannot Open Corpus"), result->errorString);
    }
    m_pendingView.reset();
    fillProblems();
    updateStatus();
    Q_EMIT loadFinished();
}

void MainWindow::fillProblems()
{
    m_problemsList->clear();
    if (!m_result)
        return;
    QList<QTreeWidgetItem *> items;
    for (const Problem &problem : std::as_const(m_result->problems)) {
        const bool error = problem.severity == Problem::Severity::Error;
        auto *item = new QTreeWidgetItem({problem.path, error ? tr("Error") : tr("Warning"), problem.message});
        item->setIcon(1, themeIcon(error ? u"dialog-error"_s : u"dialog-warning"_s));
        item->setToolTip(2, problem.message);
        items.append(item);
    }
    m_problemsList->addTopLevelItems(items);
    m_problemsList->resizeColumnToContents(0);
    m_problemsList->resizeColumnToContents(1);
}

void MainWindow::updateStatus()
{
    const bool open = m_result && m_result->ok;
    for (QAction *action : std::as_const(m_corpusActions))
        action->setEnabled(open);
    if (!m_result) {
        m_statusLabel->setText(m_corpusPath.isEmpty() ? tr("No corpus open") : QString());
        m_problemsButton->hide();
        return;
    }
    if (!m_result->ok) {
        m_statusLabel->setText(m_result->cancelled ? tr("Loading cancelled") : m_result->errorString);
        m_problemsButton->hide();
        return;
    }
    const qsizetype events = m_result->graph.size();
    const qsizetype shown = m_filtered->rowCount();
    QString text = tr("%Ln event(s)", nullptr, int(events)) + u" · "_s + tr("%1 shown").arg(QLocale().toString(shown));
    if (m_result->cancelled)
        text += u" · "_s + tr("loading cancelled");
    m_statusLabel->setText(text);
    const qsizetype problems = m_result->problems.size();
    m_problemsButton->setText(tr("%Ln problem(s)", nullptr, int(problems)));
    m_problemsButton->setIcon(themeIcon(problems > 0 ? u"dialog-warning"_s : u"dialog-ok"_s));
    m_problemsButton->setEnabled(problems > 0);
    m_problemsButton->show();
}

QStringList MainWindow::filterByNames(const QStringList &names)
{
    QStringList unknown;
    if (!m_result || !m_result->ok)
        return names;
    QList<int> entities;
    for (const QString &name : names) {
        const int entity = m_result->entities.find(name);
        if (entity >= 0)
            entities.append(entity);
        else
            unknown.append(name);
    }
    m_state->setIncludedEntities(entities);
    return unknown;
}

QStringList MainWindow::setLanes(LaneGrouping grouping, const QStringList &names)
{
    LaneSpec spec;
    spec.grouping = grouping;
    QStringList unknown;
    for (const QString &name : names) {
        const int entity = m_result && m_result->ok ? m_result->entities.find(name) : -1;
        if (entity >= 0)
            spec.entities.append(entity);
        else
            unknown.append(name);
    }
    m_timeline->setLanes(spec);
    return unknown;
}

void MainWindow::openEvent(const QString &id)
{
    if (id.isEmpty())
        m_state->setSelectedEventId({});
    else
        m_state->openEvent(id);
}

void MainWindow::goBack()
{
    m_state->navigateBack();
}

void MainWindow::goForward()
{
    m_state->navigateForward();
}

void MainWindow::updateHistoryActions()
{
    m_reader->setHistoryAvailable(m_state->canNavigateBack(), m_state->canNavigateForward());
}

void MainWindow::showInReader(const QString &id)
{
    const EventStore &store = m_eventModel->store();
    const quint32 n = id.isEmpty() ? EventStore::NoEvent : store.number(id);
    if (n == EventStore::NoEvent || !store.isLive(n)) {
        m_shown.reset();
        m_reader->clear();
        return;
    }
    auto content = std::make_unique<ReaderContent>();
    Event &event = content->event;
    event.id = id;
    event.kind = store.kind(n);
    event.title = store.title(n);
    event.path = store.path(n);
    event.date = store.dateRange(n);
    for (qint32 entity : store.entitiesOf(n))
        event.entities.append(entity);
    content->entityNames = m_entityNames;
    auto linkOf = [&store](quint32 other) {
        return ReaderLink{store.id(other), store.title(other), store.dateRange(other), store.kind(other) != EventKind::Stub, {}};
    };
    for (quint32 other : store.related(n))
        content->related.append(linkOf(other));
    for (quint32 other : store.backlinks(n))
        content->backlinks.append(linkOf(other));
    // A stub has no text; anything else is read again from the corpus, off this thread.
    const bool sameEvent = m_shown && m_shown->event.id == id;
    if (sameEvent && m_shown->text) {
        content->text = m_shown->text;
        content->original = m_shown->original;
        content->bodyMentions = m_shown->bodyMentions;
        content->event.sources = m_shown->event.sources;
    }
    m_shown = std::move(content);
    m_reader->setContent(*m_shown);
    if (event.kind != EventKind::Stub && !event.path.isEmpty() && !m_shown->text)
        m_textRequest = m_texts->request(m_shown->event.path);
}

void MainWindow::onText(quint64 request, const DocumentText &text)
{
    if (request != m_textRequest || !m_shown)
        return;
    m_shown->text = text.text;
    m_shown->original = text.original;
    m_shown->event.sources = text.sources;
    // Names in the body become links; the matcher takes microseconds on one article.
    m_shown->bodyMentions.clear();
    for (const EntityMention &mention : EventAnnotator::shared()->matcher().mentions(text.text.body, m_shown->event.date))
        m_shown->bodyMentions.append(ReaderMention{mention.start, mention.length, mention.entity});
    m_reader->setContent(*m_shown);
}

void MainWindow::setReaderBelow(bool below)
{
    m_splitter->setOrientation(below ? Qt::Vertical : Qt::Horizontal);
}

void MainWindow::exportView()
{
    QString selectedFilter;
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    const QString pdf = tr("PDF document (*.pdf)");
    QString file = QFileDialog::getSaveFileName(this, tr("Export View"), QDir::home().filePath(u"timeline.png"_s),
                                                QStringList{png, svg, pdf}.join(u";;"_s), &selectedFilter);
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += selectedFilter == svg ? u".svg"_s : selectedFilter == pdf ? u".pdf"_s : u".png"_s;
    if (QFileInfo(file).suffix().compare(u"pdf"_s, Qt::CaseInsensitive) == 0) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(file);
        printer.setPageOrientation(QPageLayout::Landscape);
        m_timeline->print(&printer);
        return;
    }
    QString error;
    if (!m_timeline->exportTo(file, &error))
        QMessageBox::warning(this, tr("Export Failed"), error);
}

void MainWindow::goToDate()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Go to Date"));
    auto *edit = new QDateEdit(&dialog);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    edit->setDateRange(QDate(1, 1, 1), QDate(9999, 12, 31));
    edit->setDate(TimeScale::dateOf(qint64(m_timeline->scale().start() + m_timeline->scale().span() / 2)));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QFormLayout(&dialog);
    layout->addRow(tr("&Date:"), edit);
    layout->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Centre the date, and come close enough to see its days.
    const double span = std::min(m_timeline->scale().span(), 365.0 * TimeScale::SecondsPerDay);
    const double centre = double(TimeScale::toTime(edit->date())) + TimeScale::SecondsPerDay / 2.0;
    m_timeline->setWindow(centre - span / 2, centre + span / 2);
}

void MainWindow::showShortcuts()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Keyboard Shortcuts"));
    auto *list = new QTreeWidget(&dialog);
    list->setHeaderLabels({tr("Action"), tr("Keys")});
    list->setRootIsDecorated(false);
    auto add = [list](const QString &what, const QString &keys) {
        list->addTopLevelItem(new QTreeWidgetItem({what, keys}));
    };
    for (QAction *menuAction : menuBar()->actions()) {
        if (!menuAction->menu())
            continue;
        for (QAction *action : menuAction->menu()->actions()) {
            if (!action->shortcut().isEmpty())
                add(action->text().remove(u'&'), action->shortcut().toString(QKeySequence::NativeText));
        }
    }
    for (QAction *action : {m_reader->findAction(), m_reader->zoomInAction(), m_reader->zoomOutAction(),
                            m_reader->copyCitationAction()})
        add(action->text().remove(u'&'), action->shortcut().toString(QKeySequence::NativeText));
    add(tr("Timeline: zoom in / out"), tr("+ / −, mouse wheel, pinch"));
    add(tr("Timeline: fit all"), tr("0"));
    add(tr("Timeline: previous / next event"), tr("Left / Right, comma / period"));
    add(tr("Timeline: pan"), tr("Shift+Left / Shift+Right, Page Up / Page Down, Shift+wheel, drag"));
    add(tr("Timeline: scroll the lanes"), tr("Up / Down, Alt+wheel"));
    add(tr("Timeline: zoom to a range"), tr("Shift+drag"));
    add(tr("Timeline: open the selected event"), tr("Enter, double-click"));
    add(tr("Timeline: first / last event"), tr("Home / End"));
    list->resizeColumnToContents(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(list);
    layout->addWidget(buttons);
    dialog.resize(560, 520);
    dialog.exec();
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(u"recent"_s).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecent)
        recent.removeLast();
    settings.setValue(u"recent"_s, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(u"recent"_s).toStringList();
    for (const QString &path : recent) {
        const QIcon icon = QFileInfo(path).isDir() ? themeIcon(u"folder"_s) : themeIcon(u"application-x-archive"_s);
        QAction *action = m_recentMenu->addAction(icon, QFileInfo(path).fileName(), this, [this, path] {
            openPath(path);
        });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo::exists(path));
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(themeIcon(u"edit-clear-history"_s, u"edit-clear-all"_s), tr("Clear List"), this, [this] {
            QSettings().remove(u"recent"_s);
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::saveSession() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/splitter"_s, m_splitter->saveState());
    settings.setValue(u"window/readerBelow"_s, m_readerBelow->isChecked());
    settings.setValue(u"window/sidebar"_s, m_sidebarWanted);
    settings.setValue(u"reader/zoomSteps"_s, m_reader->zoomSteps());
    if (m_result && m_result->ok) {
        settings.setValue(u"session/corpus"_s, m_corpusPath);
        settings.setValue(u"session/start"_s, m_timeline->scale().start());
        settings.setValue(u"session/end"_s, m_timeline->scale().end());
        settings.setValue(u"session/selected"_s, m_timeline->selectedEvent());
    }
    // Lanes are kept across corpora: the grouping as is, the user's lanes by name.
    settings.setValue(u"session/lanes"_s, laneGroupingKey(m_timeline->lanes().grouping));
    settings.setValue(u"session/laneEntities"_s, m_laneNames);
}

void MainWindow::updateLaneMenu()
{
    if (!m_laneMenu)
        return;
    const LaneSpec spec = m_timeline->lanes();
    m_laneNames.clear();
    for (int entity : spec.entities) {
        if (entity >= 0 && entity < m_entityNames.size())
            m_laneNames.append(m_entityNames[entity]);
    }
    for (QAction *action : m_laneGroup->actions())
        action->setChecked(LaneGrouping(action->data().toInt()) == spec.grouping
                           && !(spec.grouping == LaneGrouping::None && !spec.entities.isEmpty()));
    // The user's lanes, each a ticked entry: unticking removes it.
    for (QAction *action : std::as_const(m_laneCustomActions)) {
        // Later: this may run from the toggling of one of them.
        m_laneMenu->removeAction(action);
        action->deleteLater();
    }
    m_laneCustomActions.clear();
    m_laneCustomSection->setVisible(!spec.entities.isEmpty());
    for (int entity : spec.entities) {
        const QString name = entity >= 0 && entity < m_entityNames.size() ? m_entityNames[entity] : QString::number(entity);
        QAction *action = m_laneMenu->addAction(name);
        action->setCheckable(true);
        action->setChecked(true);
        action->setToolTip(tr("Remove the lane of %1").arg(name));
        connect(action, &QAction::toggled, this, [this, entity](bool on) {
            if (on)
                return;
            LaneSpec spec = m_timeline->lanes();
            spec.entities.removeAll(entity);
            m_timeline->setLanes(spec);
        });
        m_laneCustomActions.append(action);
    }
}

void MainWindow::restoreLanes()
{
    // The user's lanes by name, against the entity table of the corpus just loaded.
    LaneSpec spec = m_timeline->lanes();
    spec.entities.clear();
    for (const QString &name : std::as_const(m_laneNames)) {
        const int entity = int(m_entityNames.indexOf(name));
        if (entity >= 0 && !spec.entities.contains(entity))
            spec.entities.append(entity);
    }
    m_timeline->setLanes(spec);
    updateLaneMenu();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_loader.cancel();
    saveSession();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        openPath(urls.first().toLocalFile());
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Chronoscope"),
        tr("<h3>Chronoscope %1</h3>"
           "<p>A timeline viewer for offline news corpora: browse events in time, read articles offline and "
           "filter them by country, island, person or organization.</p>"
           "<p>Licensed under the GNU General Public License, version 2 or later.</p>"
           "<p>Built with Qt %2 (GNU LGPL version 3) and KDE Frameworks KArchive %3 "
           "(GNU LGPL version 2 or later).</p>")
            .arg(versionString(), QString::fromLatin1(qVersion()), archiveLibraryVersion()));
}

} // namespace Chronoscope
