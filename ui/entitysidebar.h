// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QLineEdit;
class QMenu;
class QModelIndex;
class QSortFilterProxyModel;
class QToolButton;
class QTreeView;

namespace Chronoscope {

class EntityModel;
class ViewState;

/**
 * The entity filter for a side dock: a search field over names and aliases, the
 * entities by kind with check boxes and facet counts, how checked entities
 * combine (any or all), and a button that clears every filter.
 *
 * Everything it changes goes through the ViewState; it follows the state's
 * signals, so other views (the reader, the chips above the timeline) may change
 * the same filter. Groups start expanded, except topics and a long list of
 * places; the island hierarchy starts fully expanded. What the user expands or
 * collapses is remembered across searches and reloads.
 */
class EntitySidebar : public QWidget
{
    Q_OBJECT
public:
    EntitySidebar(EntityModel *model, ViewState *state, QWidget *parent = nullptr);
    ~EntitySidebar() override;

    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] QToolButton *anyButton() const { return m_any; }
    [[nodiscard]] QToolButton *allButton() const { return m_all; }
    [[nodiscard]] QToolButton *clearButton() const { return m_clear; }
    /** Ctrl+K: puts the cursor into the search field. */
    [[nodiscard]] QAction *focusSearchAction() const { return m_focusSearch; }

    /** Shows only entities whose name or an alias contains @p text (and what lies above them). */
    void setSearchText(const QString &text);
    /** The row of @p entity in the view, invalid when the search or the model hides it. */
    [[nodiscard]] QModelIndex viewIndexOfEntity(int entity) const;
    /** Makes @p entity the current row, clearing a search that hides it, and scrolls to it. */
    void revealEntity(int entity);

    /**
     * The context menu of a row: an index of the view or of the entity model.
     * Null for a group or an invalid index.
     */
    [[nodiscard]] std::unique_ptr<QMenu> contextMenuFor(const QModelIndex &index);

    /** Clears the entity filter, the date range and the title filter, and shows undated events again. */
    void clearFilters();

Q_SIGNALS:
    /** The user asked for a timeline lane of the events naming @p entity. */
    void laneRequested(int entity);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSearchChanged(const QString &text);
    void updateControls();
    void showContextMenu(const QModelIndex &index, const QPoint &globalPos);
    void toggle(const QModelIndex &viewIndex);
    void enterView();

    // Expansion: a key per row (entity id, or -1 - group for a group).
    [[nodiscard]] int keyOf(const QModelIndex &viewIndex) const;
    [[nodiscard]] bool expandedByDefault(const QModelIndex &viewIndex) const;
    void applyExpansion(const QModelIndex &viewIndex, bool recursive);
    void applyAllExpansion();
    void rememberExpansion(const QModelIndex &viewIndex, bool expanded);

    QPointer<EntityModel> m_model;
    QPointer<ViewState> m_state;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTreeView *m_view;
    QToolButton *m_any;
    QToolButton *m_all;
    QToolButton *m_clear;
    QAction *m_focusSearch;
    QHash<int, bool> m_userExpanded; // what the user chose, over the defaults
    bool m_applyingExpansion = false;
    bool m_searching = false;
};

} // namespace Chronoscope
