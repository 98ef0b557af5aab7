// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "dates/dateinference.h"
#include "entities/entitymatcher.h"
#include "entities/gazetteer.h"
#include "graph/linkpath.h"

#include <QSpan>

#include <memory>

namespace Chronoscope {

struct ParsedDocument;

/**
 * What a document names and, for an undated article, when it was written:
 * the loader's parsing threads call annotate() on every parsed document.
 *
 * One annotator holds the gazetteer (bundled and the user's files), its
 * matcher and the date rules built from the gazetteer's office holders. It
 * never changes once built, so every thread may use it at once.
 */
class EventAnnotator
{
public:
    /** Entities of the text of a document and of the text of each of its Related links. */
    struct Annotation {
        QList<int> entities; ///< of the title, the summary or body: never of comments or noise
        QList<QList<int>> linkEntities; ///< per Related link, of its text: what a stub will name
    };

    explicit EventAnnotator(const Gazetteer &gazetteer);

    /** One annotator for the whole program, built on first use (a few hundred milliseconds). */
    static std::shared_ptr<const EventAnnotator> shared();

    [[nodiscard]] const Gazetteer &gazetteer() const { return m_gazetteer; }
    [[nodiscard]] const EntityMatcher &matcher() const { return m_matcher; }

    /** Dates @p document when it is an article without a date, and finds what it names. */
    [[nodiscard]] Annotation annotate(ParsedDocument &document) const;

private:
    Gazetteer m_gazetteer;
    EntityMatcher m_matcher;
    DateInference m_dates;
};

/**
 * Maps the Context tags of Related links onto entities for one load, adding a
 * topic for each tag the gazetteer does not know. Used on the merging thread
 * only: it changes its copy of the gazetteer.
 */
class TagResolver
{
public:
    explicit TagResolver(const Gazetteer &gazetteer);

    /** The entities of @p tags, ascending and without repeats. */
    QList<int> entities(QSpan<const EventKeyView> tags);
    QList<int> entities(const TagKeys &tags);
    /** The gazetteer with the topics added so far. */
    [[nodiscard]] const Gazetteer &gazetteer() const { return m_gazetteer; }

private:
    int entityOf(EventKeyView tag);

    Gazetteer m_gazetteer;
    QHash<size_t, QList<std::pair<QString, int>>> m_byTag; // by the tag's hash: the tag and its entity
};

} // namespace Chronoscope
