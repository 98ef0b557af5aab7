// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include "graph/event.h"
#include "models/entityinfo.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <algorithm>

namespace ModelTestUtils {

using namespace Qt::StringLiterals;

/** A small entity table of the Kuril Islands dispute, with its hierarchy. */
inline QList<Chronoscope::EntityInfo> kurilEntities()
{
    return {
        {u"Japan"_s, u"country"_s, -1, {u"Nippon"_s, u"日本"_s}}, // 0
        {u"Russia"_s, u"country"_s, -1, {u"Russian Federation"_s, u"Россия"_s}}, // 1
        {u"China"_s, u"country"_s, -1, {}}, // 2
        {u"Kuril Islands"_s, u"island"_s, -1, {u"Kurils"_s, u"Chishima"_s}}, // 3
        {u"South Kuril Islands"_s, u"island"_s, 3, {u"Southern Kurils"_s, u"Northern Territories"_s}}, // 4
        {u"Kunashir"_s, u"island"_s, 4, {u"Kunashiri"_s, u"Кунашир"_s}}, // 5
        {u"Iturup"_s, u"island"_s, 4, {u"Etorofu"_s, u"Итуруп"_s}}, // 6
        {u"Shikotan"_s, u"island"_s, 4, {}}, // 7
        {u"Habomai Islands"_s, u"island"_s, 4, {u"Habomai"_s}}, // 8
        {u"Paramushir"_s, u"island"_s, 3, {}}, // 9
        {u"Moscow"_s, u"place"_s, 1, {u"Москва"_s}}, // 10
        {u"Sea of Okhotsk"_s, u"sea"_s, -1, {}}, // 11
        {u"Vladimir Putin"_s, u"person"_s, -1, {u"Putin"_s}}, // 12
        {u"Dmitry Medvedev"_s, u"person"_s, -1, {u"Medvedev"_s}}, // 13
        {u"United Nations"_s, u"organization"_s, -1, {u"UN"_s}}, // 14
        {u"fishing rights"_s, u"topic"_s, -1, {u"fishing"_s}}, // 15
        {u"sanctions"_s, u"topic"_s, -1, {}}, // 16
        {u"Tsushima"_s, u"island"_s, -1, {}}, // 17: named by nothing below
        {u"Nemuro"_s, u"place"_s, 0, {}}, // 18: named by nothing below
    };
}

/** Names the entities whose name or alias the title holds as whole words: a stand-in for the real tagger. */
class Tagger
{
public:
    explicit Tagger(const QList<Chronoscope::EntityInfo> &entities)
    {
        for (qsizetype e = 0; e < entities.size(); ++e) {
            QStringList names = entities[e].aliases;
            names.prepend(entities[e].name);
            for (const QString &name : std::as_const(names))
                m_patterns.append({int(e), QRegularExpression(u"\\b"_s + QRegularExpression::escape(name) + u"\\b"_s,
                                                              QRegularExpression::CaseInsensitiveOption)});
        }
    }

    void tag(Chronoscope::Event &event) const
    {
        QList<int> found;
        for (const auto &[entity, pattern] : m_patterns) {
            if (!found.contains(entity) && pattern.match(event.title).hasMatch())
                found.append(entity);
        }
        std::sort(found.begin(), found.end());
        event.entities = found;
    }

    QList<Chronoscope::Event> tagged(QList<Chronoscope::Event> events) const
    {
        for (Chronoscope::Event &event : events)
            tag(event);
        return events;
    }

private:
    QList<std::pair<int, QRegularExpression>> m_patterns;
};

inline Chronoscope::Event makeEvent(const QString &id, const QString &title, QDate from, QList<int> entities,
                                    QDate to = {})
{
    Chronoscope::Event event;
    event.id = id;
    event.title = title;
    event.path = id + u".md"_s;
    event.kind = from.isValid() ? Chronoscope::EventKind::Page : Chronoscope::EventKind::Article;
    if (from.isValid()) {
        event.date = Chronoscope::DateRange::day(from, Chronoscope::DateSource::Metadata);
        if (to.isValid()) {
            event.date.to = to;
            event.date.precision = Chronoscope::DatePrecision::Range;
        }
    }
    event.entities = std::move(entities);
    return event;
}

} // namespace ModelTestUtils
