// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "entitysidebar.h"

#include "entitydelegate.h"
#include "icons.h"
#include "models/entitymodel.h"
#include "models/viewstate.h"

#include <QAction>
#include <QButtonGroup>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Chronoscope {

namespace {

// A group of places longer than this starts collapsed: a corpus about one
// dispute names a few dozen places at most, a gazetteer-wide one hundreds.
constexpr int largeGroup = 12;

bool isGroup(const QModelIndex &index)
{
    return index.data(EntityModel::IsGroupRole).toBool();
}

QFrame *separator(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Plain);
    line->setFixedHeight(1);
    line->setForegroundRole(QPalette::Mid);
    return line;
}

} // namespace

EntitySidebar::EntitySidebar(EntityModel *model, ViewState *state, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_state(state)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_any(new QToolButton(this))
    , m_all(new QToolButton(this))
    , m_clear(new QToolButton(this))
    , m_focusSearch(new QAction(this))
{
    Q_ASSERT(model && state);
    setAccessibleName(tr("Entity filter"));

    m_proxy->setSourceModel(model);
    m_proxy->setFilterRole(EntityModel::SearchTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true);
    // A region that matches brings what lies in it ("Kuril" lists the islands).
    m_proxy->setAutoAcceptChildRows(true);

    m_search->setPlaceholderText(tr("Filter entities…"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(themeIcon(u"view-filter"_s), QLineEdit::LeadingPosition);
    m_search->setAccessibleName(tr("Filter entities"));
    m_search->setToolTip(tr("Find entities by name or alias, in any language (Ctrl+K)"));
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &EntitySidebar::onSearchChanged);

    m_focusSearch->setText(tr("Filter Entities"));
    m_focusSearch->setIcon(themeIcon(u"view-filter"_s));
    m_focusSearch->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_focusSearch->setShortcutContext(Qt::WindowShortcut);
    addAction(m_focusSearch);
    connect(m_focusSearch, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new EntityDelegate(m_view));
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAccessibleName(tr("Entities"));
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    connect(m_view, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        rememberExpansion(index, true);
    });
    connect(m_view, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        rememberExpansion(index, false);
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (m_searching)
            m_view->expandAll();
        else
            applyAllExpansion();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (m_searching) {
            m_view->expandAll();
            return;
        }
        for (int row = first; row <= last; ++row)
            applyExpansion(m_proxy->index(row, 0, parent), true);
        // A group that grew long may start collapsed now, unless the user opened
        // it; an entity may just have got its first child.
        if (parent.isValid())
            applyExpansion(parent, false);
    });

    m_any->setText(tr("Any"));
    m_any->setToolTip(tr("Show events that name any of the checked entities"));
    m_all->setText(tr("All"));
    m_all->setToolTip(tr("Show only events that name every checked entity"));
    auto *match = new QButtonGroup(this);
    match->setExclusive(true);
    for (QToolButton *button : {m_any, m_all}) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAccessibleName(tr("Match %1").arg(button->text()));
        match->addButton(button);
    }
    connect(m_any, &QToolButton::clicked, this, [this] {
        m_state->setEntityMatch(EntityMatch::Any);
    });
    connect(m_all, &QToolButton::clicked, this, [this] {
        m_state->setEntityMatch(EntityMatch::All);
    });

    m_clear->setText(tr("Clear Filters"));
    m_clear->setIcon(themeIcon(u"edit-clear-all"_s));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clear->setAutoRaise(true);
    m_clear->setToolTip(tr("Clear the entity filter, the date range and the title filter"));
    connect(m_clear, &QToolButton::clicked, this, &EntitySidebar::clearFilters);

    const int spacing = style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, this);
    const int margin = spacing > 0 ? spacing : 6;

    auto *top = new QVBoxLayout;
    top->setContentsMargins(margin, margin, margin, margin);
    top->addWidget(m_search);

    auto *matchLabel = new QLabel(tr("Match:"), this);
    matchLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(margin, margin / 2, margin / 2, margin / 2);
    footer->setSpacing(0);
    footer->addWidget(matchLabel);
    footer->addSpacing(margin / 2);
    footer->addWidget(m_any);
    footer->addWidget(m_all);
    footer->addStretch(1);
    footer->addWidget(m_clear);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(separator(this));
    layout->addWidget(m_view, 1);
    layout->addWidget(separator(this));
    layout->addLayout(footer);
    setFocusProxy(m_search);

    connect(state, &ViewState::filterChanged, this, &EntitySidebar::updateControls);
    applyAllExpansion();
    updateControls();
}

EntitySidebar::~EntitySidebar() = default;

void EntitySidebar::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void EntitySidebar::onSearchChanged(const QString &text)
{
    const QString needle = text.trimmed();
    const bool wasSearching = m_searching;
    m_searching = !needle.isEmpty();
    m_proxy->setFilterFixedString(needle);
    if (m_searching) {
        const QScopedValueRollback guard(m_applyingExpansion, true);
        m_view->expandAll();
    } else if (wasSearching) {
        applyAllExpansion();
        if (m_view->currentIndex().isValid())
            m_view->scrollTo(m_view->currentIndex());
    }
}

QModelIndex EntitySidebar::viewIndexOfEntity(int entity) const
{
    return m_proxy->mapFromSource(m_model->indexOfEntity(entity));
}

void EntitySidebar::revealEntity(int entity)
{
    if (!m_model->indexOfEntity(entity).isValid())
        return;
    if (!viewIndexOfEntity(entity).isValid())
        m_search->clear();
    const QModelIndex index = viewIndexOfEntity(entity);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void EntitySidebar::updateControls()
{
    m_clear->setEnabled(m_state->isFiltering());
    const bool all = m_state->entityMatch() == EntityMatch::All;
    m_any->setChecked(!all);
    m_all->setChecked(all);
}

void EntitySidebar::clearFilters()
{
    m_state->clearEntityFilter();
    m_state->setDateRange({}, {});
    m_state->setTextFilter({});
    m_state->setShowUndated(true);
}

std::unique_ptr<QMenu> EntitySidebar::contextMenuFor(const QModelIndex &index)
{
    const QModelIndex source = index.model() == m_proxy ? m_proxy->mapToSource(index) : index;
    if (!source.isValid() || source.model() != m_model || isGroup(source))
        return nullptr;
    const int entity = source.data(EntityModel::EntityIdRole).toInt();
    const QString name = source.data(EntityModel::NameRole).toString();
    const bool excluded = source.data(EntityModel::ExcludedRole).toBool();

    auto menu = std::make_unique<QMenu>(this);
    menu->setTitle(name);
    QAction *only = menu->addAction(themeIcon(u"view-filter"_s), tr("Only This"), this, [this, entity] {
        m_state->setIncludedEntities({entity});
    });
    only->setObjectName(u"onlyThis"_s);
    only->setToolTip(tr("Show only events that name %1").arg(name));
    QAction *exclude = excluded
        ? menu->addAction(themeIcon(u"list-add"_s), tr("Include Again"), this,
                          [this, entity] {
                              m_state->setEntityExcluded(entity, false);
                          })
        : menu->addAction(themeIcon(u"list-remove"_s), tr("Exclude"), this, [this, entity] {
              m_state->setEntityExcluded(entity, true);
          });
    exclude->setObjectName(u"exclude"_s);
    menu->addSeparator();
    QAction *lane = menu->addAction(themeIcon(u"view-calendar-timeline"_s), tr("Show as Timeline Lane"), this,
                                    [this, entity] {
                                        Q_EMIT laneRequested(entity);
                                    });
    lane->setObjectName(u"lane"_s);
    menu->addSeparator();
    QAction *copy = menu->addAction(themeIcon(u"edit-copy"_s), tr("Copy Name"), this, [name] {
        QGuiApplication::clipboard()->setText(name);
    });
    copy->setObjectName(u"copyName"_s);
    return menu;
}

void EntitySidebar::showContextMenu(const QModelIndex &index, const QPoint &globalPos)
{
    std::unique_ptr<QMenu> menu = contextMenuFor(index);
    if (menu)
        menu->exec(globalPos);
}

void EntitySidebar::toggle(const QModelIndex &viewIndex)
{
    if (!viewIndex.isValid())
        return;
    if (isGroup(viewIndex)) {
        m_view->setExpanded(viewIndex, !m_view->isExpanded(viewIndex));
        return;
    }
    const bool checked = viewIndex.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    m_proxy->setData(viewIndex, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

void EntitySidebar::enterView()
{
    QModelIndex current = m_view->currentIndex();
    if (m_searching || !current.isValid()) {
        // The first entity in view order: while searching, the first match.
        const QString needle = m_search->text().trimmed();
        QModelIndex first;
        for (QModelIndex at = m_proxy->index(0, 0); at.isValid(); at = m_view->indexBelow(at)) {
            if (isGroup(at))
                continue;
            if (!first.isValid())
                first = at;
            if (!m_searching || at.data(EntityModel::SearchTextRole).toString().contains(needle, Qt::CaseInsensitive)) {
                first = at;
                break;
            }
        }
        if (first.isValid())
            current = first;
        else if (!current.isValid())
            current = m_proxy->index(0, 0);
    }
    m_view->setFocus(Qt::TabFocusReason);
    if (current.isValid())
        m_view->setCurrentIndex(current);
}

bool EntitySidebar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_proxy->rowCount() > 0) {
                enterView();
                return true;
            }
            break;
        case Qt::Key_Escape:
            if (!m_search->text().isEmpty()) {
                m_search->clear();
                return true;
            }
            break;
        default:
            break;
        }
    } else if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
        if (plain && (key->key() == Qt::Key_Space || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            toggle(m_view->currentIndex());
            return true;
        }
        if (plain && key->key() == Qt::Key_Up && m_view->currentIndex().isValid()
            && !m_view->indexAbove(m_view->currentIndex()).isValid()) {
            m_search->setFocus(Qt::BacktabFocusReason);
            return true;
        }
    } else if ((watched == m_view || watched == m_view->viewport()) && event->type() == QEvent::ContextMenu) {
        const auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        if (menuEvent->reason() == QContextMenuEvent::Mouse && watched == m_view->viewport()) {
            showContextMenu(m_view->indexAt(menuEvent->pos()), menuEvent->globalPos());
        } else {
            const QModelIndex current = m_view->currentIndex();
            const QRect rect = m_view->visualRect(current);
            showContextMenu(current, m_view->viewport()->mapToGlobal(rect.isValid() ? rect.bottomLeft() : QPoint()));
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

int EntitySidebar::keyOf(const QModelIndex &viewIndex) const
{
    const QModelIndex source = m_proxy->mapToSource(viewIndex);
    return isGroup(source) ? -1 - source.row() : source.data(EntityModel::EntityIdRole).toInt();
}

bool EntitySidebar::expandedByDefault(const QModelIndex &viewIndex) const
{
    const QModelIndex source = m_proxy->mapToSource(viewIndex);
    if (isGroup(source)) {
        switch (EntityModel::Group(source.row())) {
        case EntityModel::Group::Topics:
            return false;
        case EntityModel::Group::PlacesAndSeas:
            return m_model->rowCount(source) <= largeGroup;
        default:
            return true;
        }
    }
    // The island hierarchy is the heart of the dispute: open all the way down.
    QModelIndex top = source;
    while (top.parent().isValid())
        top = top.parent();
    return EntityModel::Group(top.row()) == EntityModel::Group::Islands;
}

void EntitySidebar::applyExpansion(const QModelIndex &viewIndex, bool recursive)
{
    if (!viewIndex.isValid())
        return;
    {
        const QScopedValueRollback guard(m_applyingExpansion, true);
        m_view->setExpanded(viewIndex, m_userExpanded.value(keyOf(viewIndex), expandedByDefault(viewIndex)));
    }
    if (!recursive)
        return;
    for (int row = 0, rows = m_proxy->rowCount(viewIndex); row < rows; ++row)
        applyExpansion(m_proxy->index(row, 0, viewIndex), true);
}

void EntitySidebar::applyAllExpansion()
{
    for (int row = 0, rows = m_proxy->rowCount(); row < rows; ++row)
        applyExpansion(m_proxy->index(row, 0), true);
}

void EntitySidebar::rememberExpansion(const QModelIndex &viewIndex, bool expanded)
{
    // Expanding everything to show matches is the search's doing, not the user's.
    if (m_applyingExpansion || m_searching)
        return;
    m_userExpanded.insert(keyOf(viewIndex), expanded);
}

} // namespace Chronoscope
