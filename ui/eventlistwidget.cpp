// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "eventlistwidget.h"

#include <QAbstractTableModel>
#include <QHeaderView>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

#include <vector>

using namespace Qt::StringLiterals;

namespace Chronoscope {

class EventTableModel : public QAbstractTableModel
{
public:
    enum Column { DateColumn, TitleColumn, KindColumn, ColumnCount };
    static constexpr int EventIndexRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_events.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid())
            return {};
        const Event &event = m_events[size_t(index.row())];
        if (role == Qt::DisplayRole) {
            switch (index.column()) {
            case DateColumn:
                return dateText(event.date);
            case TitleColumn:
                return event.title;
            case KindColumn:
                return kindText(event.kind);
            default:
                return {};
            }
        }
        if (role == Qt::UserRole && index.column() == DateColumn)
            return event.date.from.isValid() ? event.date.from.toJulianDay() : std::numeric_limits<qint64>::max();
        if (role == Qt::ToolTipRole && index.column() == TitleColumn)
            return event.title;
        return {};
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case DateColumn:
            return tr("Date");
        case TitleColumn:
            return tr("Title");
        case KindColumn:
            return tr("Kind");
        default:
            return {};
        }
    }

    void clear()
    {
        beginResetModel();
        m_events.clear();
        m_rows.clear();
        endResetModel();
    }

    void add(const QList<Event> &events)
    {
        QList<Event> fresh;
        for (const Event &event : events) {
            const auto it = m_rows.constFind(event.id);
            if (it == m_rows.cend()) {
                fresh.append(event);
                continue;
            }
            m_events[size_t(it.value())] = event;
            Q_EMIT dataChanged(index(it.value(), 0), index(it.value(), ColumnCount - 1));
        }
        if (fresh.isEmpty())
            return;
        const int first = int(m_events.size());
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        for (const Event &event : std::as_const(fresh)) {
            m_rows.insert(event.id, int(m_events.size()));
            m_events.push_back(event);
        }
        endInsertRows();
    }

    const Event &event(int row) const { return m_events[size_t(row)]; }

    static QString dateText(const DateRange &date)
    {
        if (!date.isValid())
            return tr("undated");
        switch (date.precision) {
        case DatePrecision::Day:
            return QLocale().toString(date.from, QLocale::ShortFormat);
        case DatePrecision::Month:
            return QLocale().toString(date.from, u"MMMM yyyy"_s);
        case DatePrecision::Year:
            return QString::number(date.from.year());
        default:
            return tr("%1 – %2").arg(QLocale().toString(date.from, QLocale::ShortFormat),
                                     QLocale().toString(date.to, QLocale::ShortFormat));
        }
    }

    static QString kindText(EventKind kind)
    {
        switch (kind) {
        case EventKind::Page:
            return tr("Event");
        case EventKind::Stub:
            return tr("Linked, not in corpus");
        case EventKind::Article:
            return tr("Article");
        }
        return {};
    }

private:
    std::vector<Event> m_events;
    QHash<QString, int> m_rows;
};

EventListWidget::EventListWidget(QWidget *parent)
    : QWidget(parent)
    , m_model(new EventTableModel(this))
    , m_view(new QTreeView(this))
    , m_details(new QTextBrowser(this))
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Qt::UserRole);
    m_view->setModel(proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EventTableModel::DateColumn, Qt::AscendingOrder);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(EventTableModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(EventTableModel::DateColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(EventTableModel::KindColumn, QHeaderView::ResizeToContents);
    m_view->setAccessibleName(tr("Events"));

    m_details->setOpenLinks(false);
    m_details->setAccessibleName(tr("Event details"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EventListWidget::showCurrent);
}

EventListWidget::~EventListWidget() = default;

void EventListWidget::clear()
{
    m_model->clear();
    m_details->clear();
}

void EventListWidget::addEvents(const QList<Event> &events)
{
    m_model->add(events);
}

int EventListWidget::eventCount() const
{
    return m_model->rowCount();
}

void EventListWidget::selectFirstIfNone()
{
    if (!m_view->currentIndex().isValid() && m_view->model()->rowCount() > 0)
        m_view->setCurrentIndex(m_view->model()->index(0, 0));
}

void EventListWidget::showCurrent()
{
    const auto *proxy = static_cast<QSortFilterProxyModel *>(m_view->model());
    const QModelIndex current = proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const Event &event = m_model->event(current.row());
    // Built from parsed fields, escaped: document text is never run as HTML.
    QString html = u"<h2>%1</h2><p><b>%2</b> · %3</p>"_s.arg(event.title.toHtmlEscaped(),
                                                            EventTableModel::dateText(event.date).toHtmlEscaped(),
                                                            EventTableModel::kindText(event.kind).toHtmlEscaped());
    if (!event.tags.isEmpty())
        html += u"<p>%1</p>"_s.arg(event.tags.join(u" · "_s).toHtmlEscaped());
    if (!event.sources.isEmpty()) {
        html += u"<h4>%1</h4><ul>"_s.arg(tr("Sources").toHtmlEscaped());
        for (const SourceRef &source : event.sources)
            html += u"<li>%1 <small>%2</small></li>"_s.arg(source.name.toHtmlEscaped(), source.url.toHtmlEscaped());
        html += u"</ul>"_s;
    }
    if (!event.path.isEmpty())
        html += u"<p><small>%1</small></p>"_s.arg(event.path.toHtmlEscaped());
    m_details->setHtml(html);
}

} // namespace Chronoscope
