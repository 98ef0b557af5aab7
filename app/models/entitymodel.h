// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include <QAbstractItemModel>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

namespace Chronoscope {

class EventModel;
class FilteredEventModel;
class ViewState;

/**
 * The entities of a corpus for a filter sidebar: a tree of six groups by kind
 * (Countries, Islands, Places & seas, People, Organizations, Topics), with the
 * hierarchy of the entity table below each group (Kuril Islands › South Kuril
 * Islands › Kunashir). An entity whose parent belongs to another group (Moscow
 * below Russia) sits at the top of its own group; filtering still follows the
 * full hierarchy. Siblings are sorted by name.
 *
 * Checking an entity includes it in the view state's filter; ExcludedRole
 * excludes it. Each entity shows how many events it would match under the
 * other active filters (EventFilter::facetCounts()), worked out again when a
 * filter changes, and at most a few times a second while a corpus loads.
 *
 * Entities no event of the corpus names, directly or below them, are left out
 * (a gazetteer of hundreds of places would otherwise bury the few that matter);
 * they appear the moment an event names them. Groups are always there.
 */
class EntityModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Roles {
        EntityIdRole = Qt::UserRole + 1, ///< int; -1 for a group
        NameRole, ///< QString (also Qt::DisplayRole)
        KindRole, ///< QString: the entity's kind; for a group, its first kind
        AliasesRole, ///< QStringList
        CountRole, ///< int: events matching the other active filters
        CorpusCountRole, ///< int: events naming it or anything below it, in the whole corpus
        ExcludedRole, ///< bool, settable
        SearchTextRole, ///< QString: name and aliases, one per line, for a sidebar's search box
        IsGroupRole, ///< bool
    };
    Q_ENUM(Roles)

    enum class Group { Countries, Islands, PlacesAndSeas, People, Organizations, Topics };
    Q_ENUM(Group)
    static constexpr int GroupCount = 6;

    EntityModel(EventModel *events, FilteredEventModel *filtered, ViewState *state, QObject *parent = nullptr);
    ~EntityModel() override;

    /** The group of an entity kind ("island" → Islands); unknown kinds are topics. */
    static Group groupOf(const QString &kind);
    [[nodiscard]] static QString groupName(Group group);

    /** The index of entity @p entity, invalid when hidden. */
    [[nodiscard]] QModelIndex indexOfEntity(int entity) const;
    [[nodiscard]] QModelIndex indexOfGroup(Group group) const;
    /** The counts shown, per entity id. */
    [[nodiscard]] const std::vector<int> &counts() const { return m_counts; }

    /** Works the counts out again now. */
    void refreshCounts();
    /** Shortest time between count updates while events arrive (default 250 ms). */
    void setCountThrottle(int ms) { m_countTimer.setInterval(ms); }
    /** How long the last count update took, in nanoseconds. */
    [[nodiscard]] qint64 lastCountNs() const { return m_lastCountNs; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countsChanged();

private:
    struct Node {
        int entity = -1; // -1: a group
        int group = 0;
        Node *parent = nullptr; // null for groups
        std::vector<Node *> children;
        int row = 0;
        bool shown = false;
    };

    void rebuild();
    void updateShown();
    [[nodiscard]] Node *treeParent(int entity) const;
    [[nodiscard]] QModelIndex indexOf(const Node *node) const;
    [[nodiscard]] bool lessThan(const Node *a, const Node *b) const;
    void show(Node *node);
    void hide(Node *node);
    void emitForEntities(const QList<int> &roles, const std::vector<int> *before = nullptr);

    QPointer<EventModel> m_events;
    QPointer<FilteredEventModel> m_filtered;
    QPointer<ViewState> m_state;
    std::vector<std::unique_ptr<Node>> m_groups;
    std::vector<std::unique_ptr<Node>> m_nodes; // by entity id
    std::vector<int> m_depth; // in the tree, for showing parents first
    std::vector<int> m_counts;
    QTimer m_countTimer;
    qint64 m_lastCountNs = 0;
};

} // namespace Chronoscope
