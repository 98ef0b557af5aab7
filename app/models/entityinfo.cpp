// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "entityinfo.h"

#include "entities/gazetteer.h"

namespace Chronoscope {

QList<EntityInfo> entityInfos(const Gazetteer &gazetteer)
{
    QList<EntityInfo> infos;
    infos.reserve(gazetteer.size());
    for (const Entity &entity : gazetteer.entities())
        infos.append(EntityInfo{entity.name, entityKindName(entity.kind), entity.parent, entity.aliases + entity.weak});
    return infos;
}

} // namespace Chronoscope
