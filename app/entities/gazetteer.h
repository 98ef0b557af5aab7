// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include <QDate>
#include <QExplicitlySharedDataPointer>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Chronoscope {

enum class EntityKind : quint8 {
    Country,
    Island,
    Place,
    Sea,
    Person,
    Organization,
    Topic,
};

/** "country", "island", … as the gazetteer files spell them. */
QString entityKindName(EntityKind kind);
/** The kind a gazetteer file names; nothing for an unknown name. */
std::optional<EntityKind> entityKindFromName(QStringView name);

/** A term of office of a person. */
struct OfficeTerm {
    QString office;
    int country = -1; ///< entity index of the country served, -1 when unknown
    QDate from; ///< first day in office
    QDate to; ///< the day the successor took over; invalid while still in office

    /** True when every day of [@p first, @p last] falls within the term. */
    [[nodiscard]] bool covers(QDate first, QDate last) const;

    friend bool operator==(const OfficeTerm &, const OfficeTerm &) = default;
};

/** One named thing Chronoscope looks for in news text. */
struct Entity {
    QString name; ///< canonical English name, unique (case-insensitively) in a gazetteer
    EntityKind kind = EntityKind::Topic;
    int parent = -1; ///< entity index of what this is part of, -1 for none
    QStringList aliases; ///< surface forms that name it on their own, in every language, matched case-sensitively
    QStringList weak; ///< forms that count only after a full mention or next to one of the titles
    QStringList titles; ///< words that license a weak form: before it (Latin, Cyrillic) or after it (Japanese)
    QList<OfficeTerm> offices;

    friend bool operator==(const Entity &, const Entity &) = default;
};

/** A surface form that names several entities at once ("Russo-Japanese", 日露). */
struct CombinedForm {
    QString form;
    QList<int> entities; ///< sorted entity indices

    friend bool operator==(const CombinedForm &, const CombinedForm &) = default;
};

/**
 * The entities of a corpus: the bundled gazetteer (resources/gazetteer), the
 * user's additions from the data folder, and topics created for Context tags
 * the gazetteer does not know.
 *
 * A value type with shared data: copying is cheap, and a copy detaches only
 * when it changes (entityForTag adding a topic, loadJson). Indices are stable
 * as long as nothing is removed; only a file's "remove" entry removes.
 *
 * Loading merges by canonical name (case-insensitive):
 * - a new name adds an entity (kind and aliases are required);
 * - a known name extends it: "kind" and "parent", when present, replace the
 *   previous values; aliases, weak forms, titles and offices are appended
 *   without duplicates;
 * - "replace": true replaces the entity whole (its index stays), "remove": true
 *   deletes it (later indices shift down);
 * - combined forms are added, and a form already known takes the new entities.
 * A strong form that already names another entity, or is a combined form, is
 * taken from the other one and reported: the file read last wins.
 * Parents, office countries and combined entities are names; those not known yet
 * are resolved when a later file brings them (see unresolvedReferences()).
 */
class Gazetteer
{
public:
    Gazetteer();
    Gazetteer(const Gazetteer &other);
    Gazetteer(Gazetteer &&other) noexcept;
    Gazetteer &operator=(const Gazetteer &other);
    Gazetteer &operator=(Gazetteer &&other) noexcept;
    ~Gazetteer();

    /**
     * The gazetteer bundled as the resource :/gazetteer/ (read once and cached),
     * extended by every *.json of userFolder() in file-name order. Problems of the
     * user's files are appended to @p problems; the rest of them still loads.
     */
    static Gazetteer builtIn(QStringList *problems = nullptr);
    /** Only the bundled files, without the user's. */
    static Gazetteer bundled();
    /** Where a user's gazetteer files live: gazetteer/ in the application's data folder. */
    static QString userFolder();

    /**
     * Merges one file in the gazetteer format (see resources/gazetteer/README.md).
     * Each bad entry is skipped and reported as "fileName: reason" in @p problems;
     * false when the file as a whole cannot be read (not JSON, wrong shape).
     */
    bool loadJson(const QByteArray &json, const QString &fileName, QStringList *problems);

    [[nodiscard]] int size() const;
    [[nodiscard]] bool isEmpty() const { return size() == 0; }
    /** The entity at @p index, which must be in [0, size()). */
    [[nodiscard]] const Entity &entity(int index) const;
    [[nodiscard]] const QList<Entity> &entities() const;
    [[nodiscard]] const QList<CombinedForm> &combinedForms() const;

    /** The entity with this canonical name (case-insensitive, whitespace simplified), or -1. */
    [[nodiscard]] int indexOf(QStringView name) const;
    /**
     * The entity named @p nameOrAlias: by canonical name, then by an alias as
     * written, then by an alias ignoring case and treating dashes alike; -1 when none.
     */
    [[nodiscard]] int find(QStringView nameOrAlias) const;

    [[nodiscard]] int parent(int index) const;
    /** Direct children, in index order. */
    [[nodiscard]] QList<int> children(int index) const;
    /** True when @p ancestor is a parent, grandparent, … of @p descendant (not itself). */
    [[nodiscard]] bool isAncestor(int ancestor, int descendant) const;
    /** @p index and everything below it, sorted. */
    [[nodiscard]] QList<int> descendants(int index) const;

    /**
     * The entity a Context tag of a Related link names ("Kuril Islands",
     * "Kunashiri", "Naoto Kan"), by canonical name or alias, ignoring case and
     * extra whitespace. A tag the gazetteer does not know becomes a new Topic.
     * -1 only for an empty tag.
     */
    int entityForTag(const QString &tag);
    /** Adds a Topic named @p name (also its only alias) unless the name is known; returns its index. */
    int addTopic(const QString &name);

    /** "fileName: what" for every parent, office country or combined entity named but never defined. */
    [[nodiscard]] QStringList unresolvedReferences() const;

    /**
     * Checks what the matcher relies on: parents and office countries exist and
     * form no cycle, no strong form names two entities, no form is empty, office
     * dates are valid and in order. Empty when all is well.
     */
    [[nodiscard]] QStringList integrityProblems() const;

    struct Data;

private:
    explicit Gazetteer(QExplicitlySharedDataPointer<Data> data);
    void detach();

    QExplicitlySharedDataPointer<Data> d;
};

} // namespace Chronoscope
