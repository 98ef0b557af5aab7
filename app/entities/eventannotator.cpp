// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "eventannotator.h"

#include "dates/officeholder.h"
#include "parsers/documentparser.h"

#include <QMutex>

#include <QVarLengthArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chronoscope {

namespace {

/** The people of @p gazetteer with offices, as the date rules take them. */
QList<OfficeHolder> officeHoldersOf(const Gazetteer &gazetteer)
{
    QList<OfficeHolder> holders;
    for (const Entity &entity : gazetteer.entities()) {
        if (entity.kind != EntityKind::Person)
            continue;
        OfficeHolder holder;
        for (const OfficeTerm &term : entity.offices) {
            Office office{term.office, officeTitleForms(term.office), term.from, term.to};
            if (!office.titleForms.isEmpty() && office.from.isValid())
                holder.offices.append(office);
        }
        if (holder.offices.isEmpty())
            continue;
        holder.names = entity.aliases + entity.weak;
        holder.names.removeDuplicates();
        holder.names.removeAll(QString());
        if (!holder.names.isEmpty())
            holders.append(holder);
    }
    return holders;
}

} // namespace

EventAnnotator::EventAnnotator(const Gazetteer &gazetteer)
    : m_gazetteer(gazetteer)
    , m_matcher(gazetteer)
    , m_dates(officeHoldersOf(gazetteer))
{
}

std::shared_ptr<const EventAnnotator> EventAnnotator::shared()
{
    static QMutex mutex;
    static std::shared_ptr<const EventAnnotator> annotator;
    const QMutexLocker lock(&mutex);
    if (!annotator)
        annotator = std::make_shared<EventAnnotator>(Gazetteer::builtIn());
    return annotator;
}

EventAnnotator::Annotation EventAnnotator::annotate(ParsedDocument &document) const
{
    if (document.kind == EventKind::Article && !document.date.isValid())
        document.date = m_dates.infer(document.title, document.text.body);
    Annotation annotation;
    annotation.entities = m_matcher.entitiesIn(QList<QStringView>{document.title, document.text.body}, document.date);
    annotation.linkEntities.reserve(document.related.size());
    for (const ParsedLink &link : std::as_const(document.related))
        annotation.linkEntities.append(m_matcher.entitiesIn(link.text, document.date));
    return annotation;
}

TagResolver::TagResolver(const Gazetteer &gazetteer)
    : m_gazetteer(gazetteer)
{
}

int TagResolver::entityOf(EventKeyView tag)
{
    // Looked up by a view into the loader's buffers: no string is made unless the tag is new.
    QList<std::pair<QString, int>> &candidates = m_byTag[tag.hash];
    for (const auto &[text, entity] : std::as_const(candidates)) {
        if (text == tag.id)
            return entity;
    }
    const QString text = tag.id.toString();
    const int entity = m_gazetteer.entityForTag(text);
    candidates.append({text, entity});
    return entity;
}

QList<int> TagResolver::entities(QSpan<const EventKeyView> tags)
{
    QList<int> result;
    result.reserve(tags.size());
    for (const EventKeyView &tag : tags) {
        if (const int entity = entityOf(tag); entity >= 0)
            result.append(entity);
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

QList<int> TagResolver::entities(const TagKeys &tags)
{
    QVarLengthArray<EventKeyView, 16> views;
    for (const EventKey &tag : tags)
        views.append(EventKeyView(tag.id, tag.hash));
    return entities(QSpan<const EventKeyView>(views));
}

} // namespace Chronoscope
