// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "graph/event.h"

#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QTextBrowser;
class QToolBar;
class QUrl;

namespace Chronoscope {

class ReaderBrowser;

/** An event linked from or to the one shown: a row of "Related events" or "Mentioned by". */
struct ReaderLink {
    QString id;
    QString title;
    DateRange date;
    bool inCorpus = true; ///< false for stubs
    QStringList context; ///< the link's Context tags
};

/** A name found in a text: characters [start, start + length) of the title or the body. */
struct ReaderMention {
    qsizetype start = 0;
    qsizetype length = 0;
    int entity = -1;
};

/** Everything the reader shows for one event. */
struct ReaderContent {
    Event event;
    std::optional<EventText> text; ///< empty until read from the corpus
    QString original; ///< the whole document as decoded, for "Show original"
    QString textError; ///< why the text could not be read, if it could not
    QList<ReaderLink> related;
    QList<ReaderLink> backlinks;
    QStringList entityNames; ///< by entity index: names of the mentions and of Event::entities
    QList<ReaderMention> bodyMentions;
};

/**
 * The reader pane: one event, cleanly typeset from our parsed structure.
 *
 * Nothing outside the event's own text is ever loaded: the browser fetches
 * no resource (images, style sheets) and raw documents are never handed to an
 * HTML or Markdown importer; every string is escaped. Only http and https
 * links open, in the browser, on click. Reader comments and the text cut as
 * site furniture sit in collapsed sections, and "Show original" shows the
 * document as it is.
 */
class ReaderWidget : public QWidget
{
    Q_OBJECT
public:
    /** What a click on an entity asks of the filter. */
    enum class FilterAction { Add, Only, Exclude };
    Q_ENUM(FilterAction)

    explicit ReaderWidget(QWidget *parent = nullptr);
    ~ReaderWidget() override;

    void setContent(ReaderContent content);
    /** The long text of the event shown, once read (ignored for another event). */
    void setText(const QString &eventId, const EventText &text, const QString &original);
    /** Says the text of the event shown could not be read, and why. */
    void setTextError(const QString &eventId, const QString &error);
    void clear();

    [[nodiscard]] const ReaderContent &content() const { return m_content; }
    [[nodiscard]] bool isEmpty() const { return m_content.event.id.isEmpty(); }
    /** Title, date, first source and corpus path: what a note needs to cite the event. */
    [[nodiscard]] QString citation() const;
    [[nodiscard]] QTextBrowser *browser() const;
    [[nodiscard]] int zoomSteps() const { return m_zoomSteps; }
    void setZoomSteps(int steps);

    void setHistoryAvailable(bool back, bool forward);

    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    QAction *findAction() const { return m_find; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *copyCitationAction() const { return m_copyCitation; }
    QAction *showOriginalAction() const { return m_showOriginal; }

Q_SIGNALS:
    void eventActivated(const QString &id);
    void entityActivated(int entity, Chronoscope::ReaderWidget::FilterAction action);
    void backRequested();
    void forwardRequested();
    void zoomStepsChanged(int steps);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void render();
    [[nodiscard]] QString html() const;
    [[nodiscard]] QString styleSheet() const;
    void openLink(const QUrl &url);
    void showLinkMenu(const QUrl &url, const QPoint &globalPos);
    void showFindBar();
    void hideFindBar();
    void findNext(bool backward);
    void copyCitation();

    ReaderContent m_content;
    bool m_showComments = false;
    bool m_showRemoved = false;
    int m_zoomSteps = 0;

    ReaderBrowser *m_browser;
    QToolBar *m_toolBar;
    QWidget *m_findBar;
    QLineEdit *m_findEdit;
    QLabel *m_findStatus;
    QAction *m_back;
    QAction *m_forward;
    QAction *m_find;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_copyCitation;
    QAction *m_showOriginal;
};

} // namespace Chronoscope
