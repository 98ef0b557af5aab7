// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "mainwindow.h"

#include "appinfo.h"
#include "graph/eventgraph.h"
#include "readerwidget.h"
#include "timeline/timelinesource.h"
#include "timelinewidget.h"
#include "welcomewidget.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

// The resources live in a static library: make sure they are linked in. It
// must be called from the global namespace.
static void initResources()
{
    Q_INIT_RESOURCE(chronoscope);
}

namespace Chronoscope {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomeWidget(this))
    , m_corpusView(new QSplitter(Qt::Horizontal, this))
    , m_timeline(new TimelineWidget(this))
    , m_reader(new ReaderWidget(this))
    , m_timelineSource(new GraphTimelineSource(this))
    , m_statusLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    initResources();
    setWindowIcon(QIcon::fromTheme(QStringLiteral(CHRONOSCOPE_APP_ID), QIcon(u":/icons/chronoscope.svg"_s)));
    m_stack->addWidget(m_welcome);
    auto *splitter = static_cast<QSplitter *>(m_corpusView);
    splitter->addWidget(m_timeline);
    splitter->addWidget(m_reader);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    m_timeline->setSource(m_timelineSource);
    connect(m_timeline, &TimelineWidget::eventSelected, this, &MainWindow::showEvent);
    connect(m_reader, &ReaderWidget::eventActivated, this, [this](const QString &id) {
        m_timeline->revealEvent(id);
        showEvent(id);
    });
    m_stack->addWidget(m_corpusView);
    setCentralWidget(m_stack);

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
    m_cancel->setIcon(QIcon::fromTheme(u"process-stop"_s));
    m_cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancel->setAutoRaise(true);
    m_cancel->hide();
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, &m_loader, &CorpusLoader::cancel);

    connect(&m_loader, &CorpusLoader::batchReady, this, &MainWindow::onBatch);
    connect(&m_loader, &CorpusLoader::progress, this, &MainWindow::onProgress);
    connect(&m_loader, &CorpusLoader::finished, this, &MainWindow::onFinished);

    setupActions();
    setWindowTitle(tr("Chronoscope"));
    resize(1280, 800);
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::setupActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_openFolder = file->addAction(QIcon::fromTheme(u"folder-open"_s), tr("Open &Folder…"), this,
                                   &MainWindow::openFolderDialog);
    m_openFolder->setShortcut(QKeySequence::Open);
    m_openArchive = file->addAction(QIcon::fromTheme(u"application-zip"_s), tr("Open &Archive…"), this,
                                    &MainWindow::openArchiveDialog);
    m_openArchive->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(QIcon(u":/icons/chronoscope.svg"_s), tr("&About Chronoscope"), this,
                                     &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
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
    m_loadedEvents.clear();
    m_timelineSource->setEvents({});
    m_reader->clear();
    m_stack->setCurrentWidget(m_corpusView);
    setWindowTitle(tr("%1 — Chronoscope").arg(QFileInfo(m_corpusPath).fileName()));
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_statusLabel->setText(tr("Loading %1…").arg(QDir::toNativeSeparators(m_corpusPath)));
    LoadOptions options;
    options.keepText = true;
    m_loader.start(m_corpusPath, options);
}

bool MainWindow::isLoading() const
{
    return m_loader.isRunning() || m_progress->isVisible();
}

void MainWindow::onBatch(const QList<Event> &events)
{
    m_loadedEvents.insert(m_loadedEvents.end(), events.begin(), events.end());
    m_timelineSource->setEvents(m_loadedEvents);
}

void MainWindow::onProgress(const LoadProgress &progress)
{
    if (progress.bytesTotal > 0) {
        // Scaled to fit the bar's int range for corpora of many gigabytes.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(progress.bytesDone * 1000 / progress.bytesTotal));
    }
    m_statusLabel->setText(tr("Loading: %1 of %2 documents…")
                               .arg(QLocale().toString(progress.documentsDone), QLocale().toString(progress.documentsTotal)));
}

void MainWindow::onFinished(const std::shared_ptr<LoadResult> &result)
{
    m_result = result;
    m_progress->hide();
    m_cancel->hide();
    m_loadedEvents.clear();
    if (result->ok) {
        m_timelineSource->setGraph(&result->graph);
        m_timeline->fitAll();
    }
    if (!result->ok) {
        m_stack->setCurrentWidget(m_welcome);
        setWindowTitle(tr("Chronoscope"));
        if (!result->cancelled)
            QMessageBox::warning(this, tr("Cannot Open Corpus"), result->errorString);
    }
    updateStatus();
    Q_EMIT loadFinished();
}

void MainWindow::updateStatus()
{
    if (!m_result) {
        m_statusLabel->setText(tr("No corpus open"));
        return;
    }
    if (!m_result->ok) {
        m_statusLabel->setText(m_result->cancelled ? tr("Loading cancelled") : m_result->errorString);
        return;
    }
    QString text = tr("Events: %1").arg(QLocale().toString(qint64(m_result->graph.size())));
    text += u" · "_s + tr("Problems: %1").arg(QLocale().toString(qint64(m_result->problems.size())));
    if (m_result->cancelled)
        text += u" · "_s + tr("loading cancelled");
    m_statusLabel->setText(text);
    QStringList lines;
    for (qsizetype i = 0; i < std::min<qsizetype>(m_result->problems.size(), 20); ++i) {
        const Problem &problem = m_result->problems[i];
        lines.append(problem.path + u": "_s + problem.message);
    }
    m_statusLabel->setToolTip(lines.join(u'\n'));
}

void MainWindow::showEvent(const QString &id)
{
    if (!m_result || id.isEmpty()) {
        m_reader->clear();
        return;
    }
    const EventGraph &graph = m_result->graph;
    const int index = graph.indexOf(id);
    if (index < 0)
        return;
    ReaderContent content;
    content.event = graph.event(index);
    const auto text = m_result->texts.constFind(index);
    if (text != m_result->texts.cend())
        content.text = *text;
    auto linkOf = [&graph](int other) {
        const Event &event = graph.event(other);
        return ReaderLink{event.id, event.title, event.date, event.kind != EventKind::Stub, {}};
    };
    for (int other : graph.related(index))
        content.related.append(linkOf(other));
    for (int other : graph.backlinks(index))
        content.backlinks.append(linkOf(other));
    m_reader->setContent(std::move(content));
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
