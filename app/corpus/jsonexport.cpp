// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "jsonexport.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace Chronoscope {

namespace {

QJsonValue dayOrNull(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonArray idsOf(const EventGraph &graph, QList<int> indices, bool sorted)
{
    QStringList ids;
    for (int i : indices)
        ids.append(graph.event(i).id);
    if (sorted)
        ids.sort();
    return QJsonArray::fromStringList(ids);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("LoadResult", text);
}

} // namespace

QJsonObject dateRangeToJson(const DateRange &date)
{
    return QJsonObject{
        {u"from"_s, dayOrNull(date.from)},
        {u"to"_s, dayOrNull(date.to)},
        {u"precision"_s, DateRange::precisionName(date.precision)},
        {u"source"_s, date.source == DateSource::None ? QJsonValue(QJsonValue::Null) : QJsonValue(DateRange::sourceName(date.source))},
        {u"evidence"_s, date.evidence},
    };
}

QJsonObject loadResultToJson(const LoadResult &result, bool withText)
{
    const EventGraph &graph = result.graph;
    std::vector<int> order(graph.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return graph.event(a).id < graph.event(b).id;
    });

    // Without the gazetteer (a load with annotation off), Context tags stand in as entities of kind "tag".
    const Gazetteer &table = result.entities;
    const bool tagsOnly = table.isEmpty();
    std::map<QString, int> tagCounts;
    std::vector<int> entityCounts(size_t(table.size()), 0);
    QJsonArray events;
    for (int index : order) {
        const Event &event = graph.event(index);
        QStringList tags = graph.tags(index);
        tags.sort();
        for (const QString &tag : std::as_const(tags))
            ++tagCounts[tag];
        QStringList names;
        if (tagsOnly) {
            names = tags;
        } else {
            for (int entity : event.entities) {
                if (entity >= 0 && entity < table.size()) {
                    names.append(table.entity(entity).name);
                    ++entityCounts[size_t(entity)];
                }
            }
            names.sort();
        }
        QJsonArray sources;
        for (const SourceRef &source : event.sources)
            sources.append(QJsonObject{{u"name"_s, source.name}, {u"url"_s, source.url}});
        QJsonArray links;
        for (const RelatedEdge *edge : graph.outgoing(index)) {
            const QStringList context = graph.context(*edge);
            links.append(QJsonObject{{u"to"_s, graph.event(edge->to).id}, {u"context"_s, QJsonArray::fromStringList(context)}});
        }
        QJsonObject object{
            {u"id"_s, event.id},
            {u"kind"_s, eventKindName(event.kind)},
            {u"title"_s, event.title},
            {u"date"_s, dateRangeToJson(event.date)},
            {u"path"_s, event.path.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(event.path)},
            {u"entities"_s, QJsonArray::fromStringList(names)},
            {u"tags"_s, QJsonArray::fromStringList(tags)},
            {u"related"_s, idsOf(graph, graph.related(index), false)},
            {u"backlinks"_s, idsOf(graph, graph.backlinks(index), true)},
            {u"links"_s, links},
            {u"sources"_s, sources},
        };
        if (withText) {
            const EventText text = result.texts.value(index);
            object.insert(u"body"_s, text.body);
            QJsonArray comments;
            for (const Comment &comment : text.comments) {
                comments.append(QJsonObject{{u"text"_s, comment.text},
                                            {u"votes_up"_s, comment.votesUp},
                                            {u"votes_down"_s, comment.votesDown},
                                            {u"score"_s, comment.score}});
            }
            object.insert(u"comments"_s, comments);
            object.insert(u"noise"_s, text.noise);
        }
        events.append(object);
    }

    QJsonArray entities;
    if (tagsOnly) {
        for (const auto &[name, count] : tagCounts) {
            entities.append(QJsonObject{{u"name"_s, name},
                                        {u"kind"_s, u"tag"_s},
                                        {u"parent"_s, QJsonValue(QJsonValue::Null)},
                                        {u"aliases"_s, QJsonArray()},
                                        {u"events"_s, count}});
        }
    } else {
        // The entities the corpus names, by name.
        std::vector<int> named;
        for (int entity = 0; entity < table.size(); ++entity) {
            if (entityCounts[size_t(entity)] > 0)
                named.push_back(entity);
        }
        std::sort(named.begin(), named.end(), [&table](int a, int b) {
            return table.entity(a).name < table.entity(b).name;
        });
        for (int index : named) {
            const Entity &entity = table.entity(index);
            entities.append(QJsonObject{
                {u"name"_s, entity.name},
                {u"kind"_s, entityKindName(entity.kind)},
                {u"parent"_s, entity.parent >= 0 ? QJsonValue(table.entity(entity.parent).name) : QJsonValue(QJsonValue::Null)},
                {u"aliases"_s, QJsonArray::fromStringList(entity.aliases)},
                {u"events"_s, entityCounts[size_t(index)]},
            });
        }
    }

    QList<Problem> problems = result.problems;
    std::stable_sort(problems.begin(), problems.end(), [](const Problem &a, const Problem &b) {
        return a.path < b.path;
    });
    QJsonArray problemArray;
    for (const Problem &problem : std::as_const(problems)) {
        problemArray.append(QJsonObject{{u"path"_s, problem.path},
                                        {u"severity"_s, Problem::severityName(problem.severity)},
                                        {u"message"_s, problem.message}});
    }

    QJsonObject timing;
    for (auto it = result.timingMs.cbegin(); it != result.timingMs.cend(); ++it)
        timing.insert(it.key(), it.value());

    return QJsonObject{
        {u"documents"_s, result.documents},
        {u"source"_s, result.sourceKind},
        {u"events"_s, events},
        {u"entities"_s, entities},
        {u"problems"_s, problemArray},
        {u"timing_ms"_s, timing},
    };
}

QString loadResultSummary(const LoadResult &result)
{
    const EventGraph &graph = result.graph;
    int pages = 0;
    int stubs = 0;
    int articles = 0;
    int undated = 0;
    QDate first;
    QDate last;
    for (const Event &event : graph.events()) {
        switch (event.kind) {
        case EventKind::Page:
            ++pages;
            break;
        case EventKind::Stub:
            ++stubs;
            break;
        case EventKind::Article:
            ++articles;
            break;
        }
        if (!event.date.isValid()) {
            ++undated;
            continue;
        }
        if (!first.isValid() || event.date.from < first)
            first = event.date.from;
        if (!last.isValid() || event.date.to > last)
            last = event.date.to;
    }
    int errors = 0;
    for (const Problem &problem : result.problems)
        errors += problem.severity == Problem::Severity::Error ? 1 : 0;

    QString out;
    out += tr("Corpus: %1 (%2)\n").arg(QString::number(result.documents), result.sourceKind);
    out += tr("Events: %1 (%2 pages, %3 articles, %4 stubs for linked pages not in the corpus)\n")
               .arg(graph.size())
               .arg(pages)
               .arg(articles)
               .arg(stubs);
    out += tr("Related links: %1\n").arg(graph.edges().size());
    if (first.isValid())
        out += tr("Dates: %1 to %2, %3 undated\n").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate)).arg(undated);
    else
        out += tr("Dates: none\n");
    out += tr("Problems: %1 (%2 errors, %3 warnings)\n")
               .arg(result.problems.size())
               .arg(errors)
               .arg(result.problems.size() - errors);
    constexpr qsizetype shown = 40;
    for (qsizetype i = 0; i < std::min(shown, result.problems.size()); ++i) {
        const Problem &problem = result.problems[i];
        out += u"  "_s + Problem::severityName(problem.severity) + u": "_s + problem.path + u": "_s + problem.message + u'\n';
    }
    if (result.problems.size() > shown)
        out += tr("  … and %1 more (see --json)\n").arg(result.problems.size() - shown);
    out += tr("Time: %1 ms\n").arg(result.timingMs.value(u"total"_s));
    return out;
}

} // namespace Chronoscope
