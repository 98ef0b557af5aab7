// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "entitymodel.h"

#include "models/eventmodel.h"
#include "models/filteredeventmodel.h"
#include "models/viewstate.h"

#include <QElapsedTimer>

#include <numeric>

using namespace Qt::StringLiterals;

namespace Chronoscope {

EntityModel::EntityModel(EventModel *events, FilteredEventModel *filtered, ViewState *state, QObject *parent)
    : QAbstractItemModel(parent)
    , m_events(events)
    , m_filtered(filtered)
    , m_state(state)
{
    Q_ASSERT(events && filtered && state);
    for (int g = 0; g < GroupCount; ++g) {
        auto node = std::make_unique<Node>();
        node->group = g;
        node->row = g;
        node->shown = true;
        m_groups.push_back(std::move(node));
    }
    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(250);
    connect(&m_countTimer, &QTimer::timeout, this, &EntityModel::refreshCounts);
    connect(events, &EventModel::entitiesReset, this, &EntityModel::rebuild);
    connect(events, &EventModel::cleared, this, &EntityModel::rebuild);
    connect(events, &EventModel::eventsChanged, this, [this] {
        updateShown();
        // Throttled rather than debounced: counts keep moving while a corpus loads.
        if (!m_countTimer.isActive())
            m_countTimer.start();
    });
    connect(filtered, &FilteredEventModel::filterApplied, this, &EntityModel::refreshCounts);
    connect(state, &ViewState::entityFilterChanged, this, [this] {
        emitForEntities({Qt::CheckStateRole, ExcludedRole});
    });
    rebuild();
}

EntityModel::~EntityModel() = default;

EntityModel::Group EntityModel::groupOf(const QString &kind)
{
    if (kind == u"country")
        return Group::Countries;
    if (kind == u"island")
        return Group::Islands;
    if (kind == u"place" || kind == u"sea")
        return Group::PlacesAndSeas;
    if (kind == u"person")
        return Group::People;
    if (kind == u"organization")
        return Group::Organizations;
    return Group::Topics;
}

QString EntityModel::groupName(Group group)
{
    switch (group) {
    case Group::Countries:
        return tr("Countries");
    case Group::Islands:
        return tr("Islands");
    case Group::PlacesAndSeas:
        return tr("Places & seas");
    case Group::People:
        return tr("People");
    case Group::Organizations:
        return tr("Organizations");
    case Group::Topics:
        return tr("Topics");
    }
    return {};
}

EntityModel::Node *EntityModel::treeParent(int entity) const
{
    const EventStore &store = m_events->store();
    const Node *node = m_nodes[size_t(entity)].get();
    const int parent = store.entities()[entity].parent;
    // Only a parent of the same group, and one really above it (the table may hold a loop).
    const std::vector<int> &chain = store.selfAndAncestors(entity);
    if (parent >= 0 && chain.size() > 1 && chain[1] == parent && m_nodes[size_t(parent)]->group == node->group)
        return m_nodes[size_t(parent)].get();
    return m_groups[size_t(node->group)].get();
}

void EntityModel::rebuild()
{
    beginResetModel();
    const EventStore &store = m_events->store();
    const qsizetype count = store.entityCount();
    for (auto &group : m_groups)
        group->children.clear();
    m_nodes.clear();
    m_nodes.reserve(size_t(count));
    for (qsizetype e = 0; e < count; ++e) {
        auto node = std::make_unique<Node>();
        node->entity = int(e);
        node->group = int(groupOf(store.entities()[e].kind));
        m_nodes.push_back(std::move(node));
    }
    m_depth.assign(size_t(count), 0);
    // Every parent first: a table may list a child before its parent.
    for (qsizetype e = 0; e < count; ++e)
        m_nodes[size_t(e)]->parent = treeParent(int(e));
    for (qsizetype e = 0; e < count; ++e) {
        for (const Node *p = m_nodes[size_t(e)]->parent; p && p->entity >= 0 && m_depth[size_t(e)] < 64; p = p->parent)
            ++m_depth[size_t(e)];
    }
    // Parents first, so every shown node finds its parent's children list ready.
    std::vector<int> order(static_cast<size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        return m_depth[size_t(a)] < m_depth[size_t(b)];
    });
    for (int e : order) {
        Node *node = m_nodes[size_t(e)].get();
        node->shown = !store.expandedPostings(e).empty();
        if (node->shown)
            node->parent->children.push_back(node);
    }
    auto sortChildren = [this](Node *node) {
        std::sort(node->children.begin(), node->children.end(), [this](const Node *a, const Node *b) {
            return lessThan(a, b);
        });
        for (size_t i = 0; i < node->children.size(); ++i)
            node->children[i]->row = int(i);
    };
    for (auto &group : m_groups)
        sortChildren(group.get());
    for (auto &node : m_nodes)
        sortChildren(node.get());
    m_counts.assign(size_t(count), 0);
    endResetModel();
    refreshCounts();
}

bool EntityModel::lessThan(const Node *a, const Node *b) const
{
    const QList<EntityInfo> &entities = m_events->store().entities();
    const int order = entities[a->entity].name.compare(entities[b->entity].name, Qt::CaseInsensitive);
    return order != 0 ? order < 0 : a->entity < b->entity;
}

void EntityModel::updateShown()
{
    const EventStore &store = m_events->store();
    if (qsizetype(m_nodes.size()) != store.entityCount())
        return;
    std::vector<int> appear;
    std::vector<int> vanish;
    for (size_t e = 0; e < m_nodes.size(); ++e) {
        const bool shown = !store.expandedPostings(int(e)).empty();
        if (shown && !m_nodes[e]->shown)
            appear.push_back(int(e));
        else if (!shown && m_nodes[e]->shown)
            vanish.push_back(int(e));
    }
    // Parents appear before their children, and leave after them.
    auto byDepth = [this](int a, int b) {
        return m_depth[size_t(a)] < m_depth[size_t(b)];
    };
    std::stable_sort(vanish.begin(), vanish.end(), [&](int a, int b) {
        return byDepth(b, a);
    });
    for (int e : vanish)
        hide(m_nodes[size_t(e)].get());
    std::stable_sort(appear.begin(), appear.end(), byDepth);
    for (int e : appear)
        show(m_nodes[size_t(e)].get());
}

void EntityModel::show(Node *node)
{
    Node *parent = node->parent;
    if (!parent->shown)
        show(parent);
    std::vector<Node *> &siblings = parent->children;
    const auto at = std::lower_bound(siblings.begin(), siblings.end(), node, [this](const Node *a, const Node *b) {
        return lessThan(a, b);
    });
    const int row = int(at - siblings.begin());
    beginInsertRows(indexOf(parent), row, row);
    siblings.insert(at, node);
    node->shown = true;
    for (size_t i = size_t(row); i < siblings.size(); ++i)
        siblings[i]->row = int(i);
    endInsertRows();
}

void EntityModel::hide(Node *node)
{
    for (Node *child : std::vector<Node *>(node->children))
        hide(child);
    Node *parent = node->parent;
    std::vector<Node *> &siblings = parent->children;
    const int row = node->row;
    beginRemoveRows(indexOf(parent), row, row);
    siblings.erase(siblings.begin() + row);
    node->shown = false;
    for (size_t i = size_t(row); i < siblings.size(); ++i)
        siblings[i]->row = int(i);
    endRemoveRows();
}

void EntityModel::refreshCounts()
{
    m_countTimer.stop();
    QElapsedTimer timer;
    timer.start();
    std::vector<int> counts = m_filtered->facetCounts();
    m_lastCountNs = timer.nsecsElapsed();
    counts.resize(m_nodes.size(), 0);
    if (counts == m_counts)
        return;
    const std::vector<int> before = std::exchange(m_counts, std::move(counts));
    emitForEntities({CountRole}, &before);
    Q_EMIT countsChanged();
}

void EntityModel::emitForEntities(const QList<int> &roles, const std::vector<int> *before)
{
    // One dataChanged per parent, over the span of children whose value changed.
    auto visit = [&](const Node *parent, auto &&self) -> void {
        int first = -1;
        int last = -1;
        for (const Node *child : parent->children) {
            if (!before || (*before)[size_t(child->entity)] != m_counts[size_t(child->entity)]) {
                if (first < 0)
                    first = child->row;
                last = child->row;
            }
            self(child, self);
        }
        if (first >= 0)
            Q_EMIT dataChanged(indexOf(parent->children[size_t(first)]), indexOf(parent->children[size_t(last)]),
                               roles);
    };
    for (const auto &group : m_groups)
        visit(group.get(), visit);
}

QModelIndex EntityModel::indexOf(const Node *node) const
{
    if (!node)
        return {};
    return createIndex(node->row, 0, const_cast<Node *>(node));
}

QModelIndex EntityModel::indexOfEntity(int entity) const
{
    if (entity < 0 || size_t(entity) >= m_nodes.size() || !m_nodes[size_t(entity)]->shown)
        return {};
    return indexOf(m_nodes[size_t(entity)].get());
}

QModelIndex EntityModel::indexOfGroup(Group group) const
{
    return indexOf(m_groups[size_t(group)].get());
}

QModelIndex EntityModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return indexOf(m_groups[size_t(row)].get());
    const Node *node = static_cast<const Node *>(parent.internalPointer());
    return indexOf(node->children[size_t(row)]);
}

QModelIndex EntityModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = static_cast<const Node *>(child.internalPointer());
    return indexOf(node->parent);
}

int EntityModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return GroupCount;
    if (parent.column() != 0)
        return 0;
    return int(static_cast<const Node *>(parent.internalPointer())->children.size());
}

int EntityModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags EntityModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Node *node = static_cast<const Node *>(index.internalPointer());
    if (node->entity < 0)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

QVariant EntityModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = static_cast<const Node *>(index.internalPointer());
    if (node->entity < 0) {
        switch (role) {
        case Qt::DisplayRole:
        case NameRole:
            return groupName(Group(node->group));
        case EntityIdRole:
            return -1;
        case IsGroupRole:
            return true;
        case KindRole: {
            static const QStringList firstKinds = {u"country"_s, u"island"_s, u"place"_s,
                                                   u"person"_s,  u"organization"_s, u"topic"_s};
            return firstKinds[node->group];
        }
        default:
            return {};
        }
    }
    const EntityInfo &info = m_events->store().entities()[node->entity];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return info.name;
    case Qt::ToolTipRole:
        return info.aliases.isEmpty() ? info.name : info.name + u" ("_s + info.aliases.join(u", "_s) + u')';
    case EntityIdRole:
        return node->entity;
    case KindRole:
        return info.kind;
    case AliasesRole:
        return info.aliases;
    case CountRole:
        return m_counts[size_t(node->entity)];
    case CorpusCountRole:
        return int(m_events->store().expandedPostings(node->entity).size());
    case Qt::CheckStateRole:
        return m_state->includedEntities().contains(node->entity) ? Qt::Checked : Qt::Unchecked;
    case ExcludedRole:
        return m_state->excludedEntities().contains(node->entity);
    case SearchTextRole:
        return info.aliases.isEmpty() ? info.name : info.name + u'\n' + info.aliases.join(u'\n');
    case IsGroupRole:
        return false;
    default:
        return {};
    }
}

bool EntityModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const Node *node = static_cast<const Node *>(index.internalPointer());
    if (node->entity < 0)
        return false;
    if (role == Qt::CheckStateRole) {
        m_state->setEntityIncluded(node->entity, value.toInt() == Qt::Checked);
        return true;
    }
    if (role == ExcludedRole) {
        m_state->setEntityExcluded(node->entity, value.toBool());
        return true;
    }
    return false;
}

QHash<int, QByteArray> EntityModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert({
        {EntityIdRole, "entityId"},
        {NameRole, "name"},
        {KindRole, "kind"},
        {AliasesRole, "aliases"},
        {CountRole, "count"},
        {CorpusCountRole, "corpusCount"},
        {ExcludedRole, "excluded"},
        {SearchTextRole, "searchText"},
        {IsGroupRole, "isGroup"},
    });
    return names;
}

} // namespace Chronoscope
