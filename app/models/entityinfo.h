// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Chronoscope {

class Gazetteer;

/**
 * One row of a corpus's entity table: what the models need to know of an
 * entity. Events refer to entities by their index in the table (Event::entities).
 */
struct EntityInfo {
    QString name;
    /// "country", "island", "place", "sea", "person", "organization" or "topic"
    QString kind;
    int parent = -1; ///< index of the enclosing entity (Kunashir → South Kuril Islands), -1 for none
    QStringList aliases; ///< other names and spellings ("Etorofu" for Iturup)
};

/** The entity table of @p gazetteer, index for index. */
QList<EntityInfo> entityInfos(const Gazetteer &gazetteer);

} // namespace Chronoscope
