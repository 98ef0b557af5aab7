// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "readerwidget.h"

#include "colors.h"
#include "dates/dateformat.h"
#include "icons.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QResizeEvent>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Chronoscope {

namespace {

constexpr auto internalScheme = "chronoscope"_L1;
// Past this, "Show original" shows the beginning: laying out megabytes of one
// line would freeze the window.
constexpr qsizetype maxOriginalChars = 2 << 20;

QString escaped(QStringView text)
{
    return text.toString().toHtmlEscaped();
}

QString internalLink(QStringView what, const QString &argument = {})
{
    QString link = internalScheme + u':' + what;
    if (!argument.isEmpty())
        link += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(argument));
    return link;
}

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && (url.scheme() == u"http"_s || url.scheme() == u"https"_s) && !url.host().isEmpty();
}

QString hexColor(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

bool startsListItem(QStringView line)
{
    if (line.startsWith(u"- "_s) || line.startsWith(u"* "_s) || line.startsWith(u"• "_s) || line.startsWith(u'>'))
        return true;
    qsizetype digits = 0;
    while (digits < line.size() && line[digits].isDigit())
        ++digits;
    return digits > 0 && digits < line.size() && (line[digits] == u'.' || line[digits] == u')');
}

/** Ranges [start, end) of the lines of @p text, without their line breaks. */
QList<std::pair<qsizetype, qsizetype>> lineRanges(QStringView text)
{
    QList<std::pair<qsizetype, qsizetype>> lines;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == u'\n' || text[i] == u'\r') {
            lines.append({start, i});
            if (i + 1 < text.size() && text[i] == u'\r' && text[i + 1] == u'\n')
                ++i;
            start = i + 1;
        }
    }
    return lines;
}

/**
 * Text as paragraphs of HTML. Blank lines end paragraphs; inside one, short
 * lines and list items keep their line breaks while wrapped prose is joined.
 * Mentions (sorted by start) become entity links.
 */
QString paragraphsHtml(QStringView text, const QList<ReaderMention> &mentions, const QStringList &entityNames,
                       const QString &paragraphClass = {})
{
    QString html;
    QString paragraph;
    qsizetype previousLength = 0;
    qsizetype nextMention = 0;
    const QString open = paragraphClass.isEmpty() ? u"<p>"_s : u"<p class=\"%1\">"_s.arg(paragraphClass);
    auto flush = [&] {
        if (!paragraph.isEmpty())
            html += open + paragraph + u"</p>\n"_s;
        paragraph.clear();
    };
    for (const auto &[start, end] : lineRanges(text)) {
        const QStringView line = text.mid(start, end - start);
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            flush();
            continue;
        }
        while (nextMention < mentions.size() && mentions[nextMention].start < start)
            ++nextMention;
        QString lineHtml;
        qsizetype pos = start;
        for (; nextMention < mentions.size() && mentions[nextMention].start + mentions[nextMention].length <= end;
             ++nextMention) {
            const ReaderMention &mention = mentions[nextMention];
            if (mention.start < pos || mention.length <= 0)
                continue; // overlaps the previous one
            lineHtml += escaped(text.mid(pos, mention.start - pos));
            const QString name = entityNames.value(mention.entity);
            lineHtml += u"<a class=\"entity\" href=\"%1\" title=\"%2\">%3</a>"_s.arg(
                internalLink(u"entity", QString::number(mention.entity)), name.toHtmlEscaped(),
                escaped(text.mid(mention.start, mention.length)));
            pos = mention.start + mention.length;
        }
        lineHtml += escaped(text.mid(pos, end - pos));
        if (trimmed.startsWith(u'#')) {
            // A Markdown heading inside an article.
            flush();
            qsizetype level = 0;
            while (level < trimmed.size() && trimmed[level] == u'#')
                ++level;
            html += u"<h3>"_s + escaped(trimmed.mid(level).trimmed()) + u"</h3>\n"_s;
            continue;
        }
        if (trimmed.startsWith(u'>'))
            lineHtml = u"<span class=\"quote\">"_s + lineHtml + u"</span>"_s;
        if (!paragraph.isEmpty())
            paragraph += (previousLength < 60 || startsListItem(trimmed)) ? u"<br/>"_s : u" "_s;
        paragraph += lineHtml;
        previousLength = trimmed.size();
    }
    flush();
    return html;
}

QString kindLabel(const Event &event)
{
    switch (event.kind) {
    case EventKind::Page:
        return ReaderWidget::tr("Event page");
    case EventKind::Stub:
        return ReaderWidget::tr("Not in this corpus");
    case EventKind::Article:
        return ReaderWidget::tr("Article");
    }
    return {};
}

} // namespace

/** A text browser that loads nothing on its own and reports links instead of following them. */
class ReaderBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    using QTextBrowser::QTextBrowser;

    QVariant loadResource(int type, const QUrl &name) override
    {
        // Images, style sheets, anything a document could point at: never
        // read. An <img src="file:///dev/zero"> would otherwise be read until
        // memory runs out, and a remote one would be fetched.
        Q_UNUSED(type)
        Q_UNUSED(name)
        return {};
    }

Q_SIGNALS:
    void linkMenuRequested(const QUrl &url, const QPoint &globalPos);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override
    {
        const QString anchor = anchorAt(event->pos());
        if (!anchor.isEmpty()) {
            Q_EMIT linkMenuRequested(QUrl(anchor), event->globalPos());
            return;
        }
        QTextBrowser::contextMenuEvent(event);
    }
};

ReaderWidget::ReaderWidget(QWidget *parent)
    : QWidget(parent)
    , m_browser(new ReaderBrowser(this))
    , m_toolBar(new QToolBar(this))
    , m_findBar(new QWidget(this))
    , m_findEdit(new QLineEdit(m_findBar))
    , m_findStatus(new QLabel(m_findBar))
{
    setAccessibleName(tr("Reader"));
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->setAccessibleName(tr("Article text"));
    m_browser->document()->setDocumentMargin(18);
    m_browser->viewport()->installEventFilter(this);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &ReaderWidget::openLink);
    connect(m_browser, &ReaderBrowser::linkMenuRequested, this, &ReaderWidget::showLinkMenu);
    connect(m_browser, &QTextBrowser::highlighted, this, [this](const QUrl &url) {
        // Say where a web link goes before it is clicked.
        m_browser->setToolTip(isWebUrl(url) ? url.toDisplayString() : QString());
    });

    auto makeAction = [this](const QString &icon, const QString &text, QKeySequence key) {
        auto *action = new QAction(themeIcon(icon), text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        return action;
    };
    m_back = makeAction(u"go-previous"_s, tr("Back"), QKeySequence::Back);
    m_back->setToolTip(tr("Back to the event read before (%1)").arg(m_back->shortcut().toString(QKeySequence::NativeText)));
    m_forward = makeAction(u"go-next"_s, tr("Forward"), QKeySequence::Forward);
    m_find = makeAction(u"edit-find"_s, tr("Find in Article…"), QKeySequence::Find);
    m_zoomOut = makeAction(u"zoom-out"_s, tr("Smaller Text"), QKeySequence::ZoomOut);
    m_zoomIn = makeAction(u"zoom-in"_s, tr("Larger Text"), QKeySequence::ZoomIn);
    m_copyCitation = makeAction(u"edit-copy"_s, tr("Copy Citation"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyCitation->setToolTip(tr("Copy the title, date, source and file of this event"));
    m_showOriginal = makeAction(u"document-preview"_s, tr("Show Original"), {});
    m_showOriginal->setCheckable(true);
    m_showOriginal->setToolTip(tr("Show the document exactly as it is in the corpus"));
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    connect(m_back, &QAction::triggered, this, &ReaderWidget::backRequested);
    connect(m_forward, &QAction::triggered, this, &ReaderWidget::forwardRequested);
    connect(m_find, &QAction::triggered, this, &ReaderWidget::showFindBar);
    connect(m_zoomIn, &QAction::triggered, this, [this] {
        setZoomSteps(m_zoomSteps + 1);
    });
    connect(m_zoomOut, &QAction::triggered, this, [this] {
        setZoomSteps(m_zoomSteps - 1);
    });
    connect(m_copyCitation, &QAction::triggered, this, &ReaderWidget::copyCitation);
    connect(m_showOriginal, &QAction::toggled, this, &ReaderWidget::render);

    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_toolBar->addActions({m_back, m_forward});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_zoomOut, m_zoomIn, m_find});
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_toolBar->addActions({m_copyCitation, m_showOriginal});
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_showOriginal)))
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_findEdit->setPlaceholderText(tr("Find in article"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->installEventFilter(this);
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(6, 3, 6, 3);
    auto *previous = new QToolButton(m_findBar);
    previous->setIcon(themeIcon(u"go-up"_s));
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    previous->setAutoRaise(true);
    auto *next = new QToolButton(m_findBar);
    next->setIcon(themeIcon(u"go-down"_s));
    next->setToolTip(tr("Next match (Enter)"));
    next->setAutoRaise(true);
    auto *close = new QToolButton(m_findBar);
    close->setIcon(themeIcon(u"dialog-close"_s));
    close->setToolTip(tr("Close (Escape)"));
    close->setAutoRaise(true);
    findLayout->addWidget(m_findEdit, 1);
    findLayout->addWidget(previous);
    findLayout->addWidget(next);
    findLayout->addWidget(m_findStatus);
    findLayout->addWidget(close);
    m_findBar->hide();
    connect(m_findEdit, &QLineEdit::textChanged, this, [this] {
        // Search again from the top as the words change.
        QTextCursor cursor = m_browser->textCursor();
        cursor.movePosition(QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        findNext(false);
    });
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] {
        findNext(false);
    });
    connect(previous, &QToolButton::clicked, this, [this] {
        findNext(true);
    });
    connect(next, &QToolButton::clicked, this, [this] {
        findNext(false);
    });
    connect(close, &QToolButton::clicked, this, &ReaderWidget::hideFindBar);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_findBar);
    clear();
}

ReaderWidget::~ReaderWidget() = default;

QTextBrowser *ReaderWidget::browser() const
{
    return m_browser;
}

void ReaderWidget::setContent(ReaderContent content)
{
    const bool sameEvent = content.event.id == m_content.event.id;
    m_content = std::move(content);
    if (!sameEvent) {
        m_showComments = false;
        m_showRemoved = false;
        m_showOriginal->setChecked(false);
    }
    m_copyCitation->setEnabled(!isEmpty());
    m_showOriginal->setEnabled(!isEmpty() && m_content.event.kind != EventKind::Stub);
    render();
    if (!sameEvent)
        m_browser->verticalScrollBar()->setValue(0);
}

void ReaderWidget::setText(const QString &eventId, const EventText &text, const QString &original)
{
    if (eventId != m_content.event.id)
        return; // a late answer for an event no longer shown
    m_content.text = text;
    m_content.original = original;
    m_content.textError.clear();
    render();
}

void ReaderWidget::setTextError(const QString &eventId, const QString &error)
{
    if (eventId != m_content.event.id)
        return;
    m_content.textError = error;
    render();
}

void ReaderWidget::clear()
{
    setContent({});
}

void ReaderWidget::setHistoryAvailable(bool back, bool forward)
{
    m_back->setEnabled(back);
    m_forward->setEnabled(forward);
}

void ReaderWidget::setZoomSteps(int steps)
{
    steps = std::clamp(steps, -4, 12);
    if (steps == m_zoomSteps)
        return;
    m_zoomSteps = steps;
    QFont font = this->font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * std::pow(1.1, steps));
    m_browser->document()->setDefaultFont(font);
    m_zoomIn->setEnabled(steps < 12);
    m_zoomOut->setEnabled(steps > -4);
    Q_EMIT zoomStepsChanged(steps);
}

void ReaderWidget::render()
{
    const int scroll = m_browser->verticalScrollBar()->value();
    if (m_showOriginal->isChecked() && !isEmpty()) {
        QString original = m_content.original;
        if (original.isEmpty())
            original = m_content.textError.isEmpty() ? tr("Reading the document…") : m_content.textError;
        if (original.size() > maxOriginalChars) {
            original.truncate(maxOriginalChars);
            original += u"\n\n"_s + tr("[The document goes on: only its first %n characters are shown.]", nullptr,
                                         int(maxOriginalChars));
        }
        // Plain text: nothing in the document is interpreted.
        m_browser->setPlainText(original);
    } else {
        m_browser->document()->setDefaultStyleSheet(styleSheet());
        m_browser->setHtml(html());
    }
    m_browser->verticalScrollBar()->setValue(scroll);
}

QString ReaderWidget::styleSheet() const
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    const QColor base = pal.color(QPalette::Base);
    const QColor muted = mixed(text, base, 0.4);
    const QColor link = pal.color(QPalette::Link);
    const QColor badge = mixed(pal.color(QPalette::Highlight), base, 0.8);
    return uR"(
body { color: %1; line-height: 135%; }
h1 { font-size: x-large; font-weight: 600; margin-bottom: 4px; }
h2 { font-size: large; font-weight: 600; margin-top: 18px; margin-bottom: 4px; }
h3 { font-size: medium; font-weight: 600; margin-top: 12px; margin-bottom: 2px; }
a { color: %2; text-decoration: none; }
a.entity { color: %1; text-decoration: underline; }
a.toggle { color: %1; font-weight: 600; }
.meta { color: %3; }
.quote { color: %3; font-style: italic; }
.badge { background-color: %4; }
.notice { background-color: %4; }
.removed { color: %3; }
)"_s.arg(hexColor(text), hexColor(link), hexColor(muted), hexColor(badge));
}

QString ReaderWidget::html() const
{
    if (isEmpty()) {
        // Centred a little above the middle, as an empty view says what it is for.
        const int top = std::max(0, m_browser->viewport()->height() / 3 - 18);
        return u"<p class=\"meta\" align=\"center\" style=\"margin-top: %1px\">%2</p>"_s.arg(top).arg(
            tr("Select an event on the timeline to read it here.").toHtmlEscaped());
    }
    const Event &event = m_content.event;
    const QLocale locale;
    QString html;
    html += u"<h1>"_s + escaped(event.title) + u"</h1>\n"_s;

    // The date line: how precisely the date is known and where it comes from.
    QString dateLine = escaped(formatDateRange(event.date, locale));
    if (event.date.source == DateSource::Inferred) {
        dateLine += u" &nbsp;<a href=\"%1\" title=\"%2\"><span class=\"badge\">&nbsp;%3&nbsp;</span></a>"_s.arg(
            internalLink(u"evidence"), describeDateSource(event.date).toHtmlEscaped(), tr("inferred").toHtmlEscaped());
    } else if (event.date.source == DateSource::Link) {
        dateLine += u" <span title=\"%1\">%2</span>"_s.arg(describeDateSource(event.date).toHtmlEscaped(),
                                                           tr("(from a link)").toHtmlEscaped());
    }
    dateLine += u" &nbsp;·&nbsp; "_s + escaped(kindLabel(event));
    html += u"<p class=\"meta\">"_s + dateLine + u"</p>\n"_s;

    if (!event.entities.isEmpty()) {
        QStringList names;
        for (int entity : event.entities) {
            const QString name = m_content.entityNames.value(entity);
            if (!name.isEmpty()) {
                names.append(u"<a class=\"entity\" href=\"%1\">%2</a>"_s.arg(
                    internalLink(u"entity", QString::number(entity)), name.toHtmlEscaped()));
            }
        }
        if (!names.isEmpty())
            html += u"<p class=\"meta\">%1 %2</p>\n"_s.arg(tr("Names:").toHtmlEscaped(), names.join(u" · "_s));
    }

    if (event.kind == EventKind::Stub) {
        html += u"<p class=\"notice\">&nbsp;%1&nbsp;</p>\n"_s.arg(
            tr("This page is not in this corpus. Chronoscope knows it from the links to it: its title, its date "
               "and their Context tags are all there is.")
                .toHtmlEscaped());
        if (!event.tags.isEmpty()) {
            html += u"<p class=\"meta\">%1 %2</p>\n"_s.arg(tr("Context:").toHtmlEscaped(),
                                                         escaped(event.tags.join(u", "_s)));
        }
    } else if (m_content.text) {
        const EventText &text = *m_content.text;
        html += paragraphsHtml(text.body, m_content.bodyMentions, m_content.entityNames);
    } else if (!m_content.textError.isEmpty()) {
        html += u"<p class=\"notice\">&nbsp;%1&nbsp;</p>\n"_s.arg(
            tr("The text could not be read: %1").arg(m_content.textError).toHtmlEscaped());
    } else {
        html += u"<p class=\"meta\">%1</p>\n"_s.arg(tr("Reading the text…").toHtmlEscaped());
    }

    if (!event.sources.isEmpty()) {
        html += u"<h2>%1</h2>\n<ol>\n"_s.arg(tr("Sources").toHtmlEscaped());
        for (const SourceRef &source : event.sources) {
            const QUrl url(source.url);
            const QString name = escaped(source.name.isEmpty() ? source.url : source.name);
            if (isWebUrl(url)) {
                html += u"<li><a href=\"%1\">%2</a> <span class=\"meta\">%3</span></li>\n"_s.arg(
                    source.url.toHtmlEscaped(), name, escaped(url.host()));
            } else {
                html += u"<li>%1 <span class=\"meta\">%2</span></li>\n"_s.arg(name, escaped(source.url));
            }
        }
        html += u"</ol>\n"_s;
    }

    auto linkList = [&](const QString &heading, const QList<ReaderLink> &links) {
        if (links.isEmpty())
            return;
        html += u"<h2>%1</h2>\n<ul>\n"_s.arg(heading.toHtmlEscaped());
        for (const ReaderLink &link : links) {
            QString meta = formatDateRange(link.date, locale);
            if (!link.inCorpus)
                meta += u" · "_s + tr("not in this corpus");
            html += u"<li><a href=\"%1\">%2</a> <span class=\"meta\">%3</span></li>\n"_s.arg(
                internalLink(u"event", link.id), escaped(link.title), meta.toHtmlEscaped());
        }
        html += u"</ul>\n"_s;
    };
    linkList(tr("Related events"), m_content.related);
    linkList(tr("Mentioned by"), m_content.backlinks);

    if (m_content.text && !m_content.text->comments.isEmpty()) {
        const QList<Comment> &comments = m_content.text->comments;
        html += u"<h2><a class=\"toggle\" href=\"%1\">%2 %3</a></h2>\n"_s.arg(
            internalLink(u"toggle", u"comments"_s), m_showComments ? u"▾"_s : u"▸"_s,
            tr("Reader comments (%n)", nullptr, int(comments.size())).toHtmlEscaped());
        if (m_showComments) {
            for (const Comment &comment : comments) {
                html += paragraphsHtml(comment.text, {}, {});
                if (comment.votesUp != 0 || comment.votesDown != 0 || comment.score != 0) {
                    html += u"<p class=\"meta\">%1</p>\n"_s.arg(
                        tr("Votes: %1 (+%2 / −%3)").arg(comment.score).arg(comment.votesUp).arg(comment.votesDown).toHtmlEscaped());
                }
                html += u"<hr/>\n"_s;
            }
        }
    }
    if (m_content.text && !m_content.text->noise.trimmed().isEmpty()) {
        html += u"<h2><a class=\"toggle\" href=\"%1\">%2 %3</a></h2>\n"_s.arg(
            internalLink(u"toggle", u"removed"_s), m_showRemoved ? u"▾"_s : u"▸"_s,
            tr("Removed from the article").toHtmlEscaped());
        if (m_showRemoved) {
            html += u"<p class=\"meta\">%1</p>\n"_s.arg(
                tr("Text at the end of the document that belongs to the website (other headlines, teasers), not "
                   "to the article.")
                    .toHtmlEscaped());
            html += paragraphsHtml(m_content.text->noise, {}, {}, u"removed"_s);
        }
    }
    return html;
}

void ReaderWidget::openLink(const QUrl &url)
{
    if (url.scheme() == internalScheme) {
        const QString path = url.path(QUrl::FullyEncoded);
        const qsizetype slash = path.indexOf(u'/');
        const QString what = path.left(slash);
        const QString argument = slash < 0 ? QString() : QUrl::fromPercentEncoding(path.mid(slash + 1).toLatin1());
        if (what == u"event"_s) {
            Q_EMIT eventActivated(argument);
        } else if (what == u"entity"_s) {
            bool ok = false;
            const int entity = argument.toInt(&ok);
            if (ok)
                Q_EMIT entityActivated(entity, FilterAction::Add);
        } else if (what == u"toggle"_s) {
            if (argument == u"comments"_s)
                m_showComments = !m_showComments;
            else if (argument == u"removed"_s)
                m_showRemoved = !m_showRemoved;
            render();
        }
        return;
    }
    // Only web pages, and only on a click. javascript:, file:, data: and the
    // like are never opened.
    if (isWebUrl(url))
        QDesktopServices::openUrl(url);
}

void ReaderWidget::showLinkMenu(const QUrl &url, const QPoint &globalPos)
{
    QMenu menu;
    if (url.scheme() == internalScheme && url.path().startsWith(u"entity/"_s)) {
        bool ok = false;
        const int entity = url.path().mid(7).toInt(&ok);
        if (!ok)
            return;
        menu.addAction(themeIcon(u"view-filter"_s), tr("Add to Filter"), this, [this, entity] {
            Q_EMIT entityActivated(entity, FilterAction::Add);
        });
        menu.addAction(tr("Only This"), this, [this, entity] {
            Q_EMIT entityActivated(entity, FilterAction::Only);
        });
        menu.addAction(themeIcon(u"list-remove"_s), tr("Exclude"), this, [this, entity] {
            Q_EMIT entityActivated(entity, FilterAction::Exclude);
        });
    } else if (url.scheme() == internalScheme) {
        menu.addAction(tr("Open"), this, [this, url] {
            openLink(url);
        });
    } else if (isWebUrl(url)) {
        menu.addAction(themeIcon(u"internet-web-browser"_s), tr("Open Link in Browser"), this, [url] {
            QDesktopServices::openUrl(url);
        });
        menu.addAction(themeIcon(u"edit-copy"_s), tr("Copy Link Address"), this, [url] {
            QApplication::clipboard()->setText(url.toString());
        });
    } else {
        return;
    }
    menu.exec(globalPos);
}

void ReaderWidget::showFindBar()
{
    m_findBar->show();
    m_findEdit->setFocus(Qt::ShortcutFocusReason);
    m_findEdit->selectAll();
}

void ReaderWidget::hideFindBar()
{
    m_findBar->hide();
    m_findStatus->clear();
    m_browser->setFocus();
}

void ReaderWidget::findNext(bool backward)
{
    const QString text = m_findEdit->text();
    if (text.isEmpty()) {
        m_findStatus->clear();
        return;
    }
    const QTextDocument::FindFlags flags = backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    bool found = m_browser->find(text, flags);
    if (!found) {
        // Wrap around, as every find bar does.
        QTextCursor cursor = m_browser->textCursor();
        cursor.movePosition(backward ? QTextCursor::End : QTextCursor::Start);
        m_browser->setTextCursor(cursor);
        found = m_browser->find(text, flags);
    }
    m_findStatus->setText(found ? QString() : tr("Not found"));
}

QString ReaderWidget::citation() const
{
    if (isEmpty())
        return {};
    const Event &event = m_content.event;
    QStringList parts;
    parts.append(event.title);
    parts.append(formatDateRange(event.date, QLocale()));
    if (!event.sources.isEmpty()) {
        const SourceRef &source = event.sources.first();
        parts.append(source.name.isEmpty() ? source.url : u"%1, %2"_s.arg(source.name, source.url));
    }
    if (!event.path.isEmpty())
        parts.append(tr("corpus file %1").arg(event.path));
    return parts.join(u". "_s) + u'.';
}

void ReaderWidget::copyCitation()
{
    if (!isEmpty())
        QApplication::clipboard()->setText(citation());
}

void ReaderWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_showOriginal->isChecked())
        render();
    QWidget::changeEvent(event);
}

bool ReaderWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize && isEmpty()) {
        // The empty view's words sit a third of the way down whatever the height.
        const auto *resize = static_cast<QResizeEvent *>(event);
        if (resize->size().height() != resize->oldSize().height())
            QMetaObject::invokeMethod(this, &ReaderWidget::render, Qt::QueuedConnection);
    }
    if (watched == m_browser->viewport() && event->type() == QEvent::MouseButtonPress) {
        // The mouse's back and forward buttons walk the reading history.
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::BackButton) {
            if (m_back->isEnabled())
                Q_EMIT backRequested();
            return true;
        }
        if (mouse->button() == Qt::ForwardButton) {
            if (m_forward->isEnabled())
                Q_EMIT forwardRequested();
            return true;
        }
    }
    if (watched == m_findEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            hideFindBar();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() & Qt::ShiftModifier) {
            findNext(true);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Chronoscope

#include "readerwidget.moc"
