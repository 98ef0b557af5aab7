// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "gazetteer.h"

#include "chronoscope_debug.h"
#include "dates/daterange.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Chronoscope {

namespace {

// The bundled files, in the order they are read (see app/CMakeLists.txt).
// combined.json comes last so that its entity names are known when it is read.
constexpr QLatin1StringView bundledFiles[] = {"countries.json"_L1, "islands.json"_L1, "places.json"_L1,
    "organizations.json"_L1, "people.json"_L1, "topics.json"_L1, "combined.json"_L1};

QString tr(const char *text)
{
    return QCoreApplication::translate("Gazetteer", text);
}

QString problem(const QString &fileName, const QString &what)
{
    return u"%1: %2"_s.arg(fileName, what);
}

bool isDash(QChar c)
{
    return (c.unicode() >= 0x2010 && c.unicode() <= 0x2015) || c.unicode() == 0x2212;
}

// The key that names and aliases are looked up by when case does not matter:
// case-folded, whitespace simplified, every dash a hyphen-minus.
QString foldKey(QStringView text)
{
    QString key = text.toString().simplified().toCaseFolded();
    for (QChar &c : key) {
        if (isDash(c))
            c = u'-';
    }
    return key;
}

void appendUnique(QStringList &list, const QString &value)
{
    if (!list.contains(value))
        list.append(value);
}

/** A name in a file that could not be turned into an index yet. */
struct PendingRef {
    enum Kind : quint8 {
        Parent,
        OfficeCountry,
        CombinedEntity,
    };
    Kind kind = Parent;
    int index = -1; ///< entity index (Parent, OfficeCountry) or combined form index
    int office = -1; ///< for OfficeCountry
    QString name;
    QString file;
};

} // namespace

struct Gazetteer::Data : QSharedData {
    QList<Entity> entities;
    QList<CombinedForm> combined;
    QList<PendingRef> pending;

    // Derived, kept in step with the lists above.
    QList<QList<int>> children;
    QHash<QString, int> byName; // foldKey(name)
    QHash<QString, int> byForm; // strong alias as written
    QHash<QString, int> byFoldedForm; // foldKey(alias), the first entity that has it
    QHash<QString, int> combinedByForm;

    void rebuildIndex();
    void addFormsToIndex(int index);
    int indexOf(QStringView name) const { return byName.value(foldKey(name), -1); }
    bool wouldCycle(int child, int parent) const;
    void setParent(int child, int parent);
    void claimForm(int owner, const QString &form, const QString &fileName, QStringList *problems);
    void claimCombinedForm(const QString &form, const QString &fileName, QStringList *problems);
    void removeEntity(int index, const QString &fileName);
    void resolvePending(QStringList *problems);
    void readEntity(const QJsonObject &object, int position, const QString &fileName, QStringList *problems);
    void readCombined(const QJsonObject &object, int position, const QString &fileName, QStringList *problems);
};

void Gazetteer::Data::rebuildIndex()
{
    children = QList<QList<int>>(entities.size());
    byName.clear();
    byForm.clear();
    byFoldedForm.clear();
    combinedByForm.clear();
    for (int i = 0; i < entities.size(); ++i) {
        byName.insert(foldKey(entities[i].name), i);
        addFormsToIndex(i);
        if (entities[i].parent >= 0)
            children[entities[i].parent].append(i);
    }
    for (int i = 0; i < combined.size(); ++i)
        combinedByForm.insert(combined[i].form, i);
}

void Gazetteer::Data::addFormsToIndex(int index)
{
    for (const QString &alias : std::as_const(entities[index].aliases)) {
        byForm.insert(alias, index);
        const QString key = foldKey(alias);
        if (!byFoldedForm.contains(key))
            byFoldedForm.insert(key, index);
    }
}

bool Gazetteer::Data::wouldCycle(int child, int parent) const
{
    for (int p = parent, steps = 0; p >= 0 && steps <= entities.size(); p = entities[p].parent, ++steps) {
        if (p == child)
            return true;
    }
    return false;
}

void Gazetteer::Data::setParent(int child, int parent)
{
    Entity &entity = entities[child];
    if (entity.parent == parent)
        return;
    if (entity.parent >= 0)
        children[entity.parent].removeOne(child);
    entity.parent = parent;
    if (parent >= 0) {
        QList<int> &siblings = children[parent];
        siblings.insert(std::lower_bound(siblings.begin(), siblings.end(), child), child);
    }
}

// Makes @p form a strong form of @p owner only: the file read last wins.
void Gazetteer::Data::claimForm(int owner, const QString &form, const QString &fileName, QStringList *problems)
{
    const int previous = byForm.value(form, -1);
    if (previous >= 0 && previous != owner) {
        entities[previous].aliases.removeAll(form);
        problems->append(problem(fileName,
            tr("“%1” named “%2” and now names “%3” only.").arg(form, entities[previous].name, entities[owner].name)));
    }
    if (const int c = combinedByForm.value(form, -1); c >= 0) {
        problems->append(problem(fileName,
            tr("“%1” was a form of several entities and now names “%2” only.").arg(form, entities[owner].name)));
        combined.removeAt(c);
        combinedByForm.clear();
        for (int i = 0; i < combined.size(); ++i)
            combinedByForm.insert(combined[i].form, i);
        pending.removeIf(
            [c](const PendingRef &ref) { return ref.kind == PendingRef::CombinedEntity && ref.index == c; });
        for (PendingRef &ref : pending) {
            if (ref.kind == PendingRef::CombinedEntity && ref.index > c)
                --ref.index;
        }
    }
    appendUnique(entities[owner].aliases, form);
    byForm.insert(form, owner);
    const QString key = foldKey(form);
    if (!byFoldedForm.contains(key))
        byFoldedForm.insert(key, owner);
}

// A combined form takes over a strong form of the same spelling.
void Gazetteer::Data::claimCombinedForm(const QString &form, const QString &fileName, QStringList *problems)
{
    const int previous = byForm.value(form, -1);
    if (previous < 0)
        return;
    entities[previous].aliases.removeAll(form);
    byForm.remove(form);
    problems->append(
        problem(fileName, tr("“%1” named “%2” and now names several entities.").arg(form, entities[previous].name)));
}

void Gazetteer::Data::removeEntity(int index, const QString &fileName)
{
    const QString name = entities[index].name;
    // What pointed at the removed entity waits for an entity of that name again.
    for (int i = 0; i < entities.size(); ++i) {
        Entity &entity = entities[i];
        if (entity.parent == index) {
            entity.parent = -1;
            pending.append({PendingRef::Parent, i, -1, name, fileName});
        }
        for (int o = 0; o < entity.offices.size(); ++o) {
            if (entity.offices[o].country == index) {
                entity.offices[o].country = -1;
                pending.append({PendingRef::OfficeCountry, i, o, name, fileName});
            }
        }
    }
    pending.removeIf(
        [index](const PendingRef &ref) { return ref.kind != PendingRef::CombinedEntity && ref.index == index; });
    entities.removeAt(index);

    const auto shift = [index](int &i) {
        if (i > index)
            --i;
    };
    for (Entity &entity : entities) {
        shift(entity.parent);
        for (OfficeTerm &term : entity.offices)
            shift(term.country);
    }
    for (CombinedForm &form : combined) {
        form.entities.removeAll(index);
        for (int &i : form.entities)
            shift(i);
    }
    for (PendingRef &ref : pending) {
        if (ref.kind != PendingRef::CombinedEntity)
            shift(ref.index);
    }
    rebuildIndex();
}

void Gazetteer::Data::resolvePending(QStringList *problems)
{
    QList<PendingRef> still;
    for (const PendingRef &ref : std::as_const(pending)) {
        const int target = indexOf(ref.name);
        if (target < 0) {
            still.append(ref);
            continue;
        }
        switch (ref.kind) {
        case PendingRef::Parent:
            if (wouldCycle(ref.index, target)) {
                problems->append(problem(ref.file,
                    tr("“%1” cannot be part of “%2”: that would make a cycle.")
                        .arg(entities[ref.index].name, entities[target].name)));
            } else {
                setParent(ref.index, target);
            }
            break;
        case PendingRef::OfficeCountry:
            entities[ref.index].offices[ref.office].country = target;
            break;
        case PendingRef::CombinedEntity: {
            QList<int> &list = combined[ref.index].entities;
            if (!list.contains(target))
                list.insert(std::lower_bound(list.begin(), list.end(), target), target);
            break;
        }
        }
    }
    pending = still;
}

void Gazetteer::Data::readEntity(
    const QJsonObject &object, int position, const QString &fileName, QStringList *problems)
{
    const QString name = object.value(u"name"_s).toString().simplified();
    const QString where = name.isEmpty() ? tr("entity %1").arg(position + 1) : u"“%1”"_s.arg(name);
    const auto bad = [&](const QString &why) { problems->append(problem(fileName, where + u": "_s + why)); };
    if (name.isEmpty()) {
        bad(tr("no name, skipped."));
        return;
    }
    int index = indexOf(name);

    if (object.value(u"remove"_s).toBool()) {
        if (index < 0)
            bad(tr("cannot be removed: not known."));
        else
            removeEntity(index, fileName);
        return;
    }

    std::optional<EntityKind> kind;
    if (object.contains(u"kind"_s)) {
        kind = entityKindFromName(object.value(u"kind"_s).toString());
        if (!kind) {
            bad(tr("unknown kind “%1”, skipped.").arg(object.value(u"kind"_s).toVariant().toString()));
            return;
        }
    }
    const QJsonValue aliasesValue = object.value(u"aliases"_s);
    if (!aliasesValue.isUndefined() && !aliasesValue.isObject()) {
        bad(tr("“aliases” is not an object of language lists, skipped."));
        return;
    }
    const bool replace = object.value(u"replace"_s).toBool();
    const bool isNew = index < 0 || replace;
    if (isNew && !kind) {
        bad(tr("no kind, skipped."));
        return;
    }
    if (isNew && aliasesValue.isUndefined()) {
        bad(tr("no aliases, skipped."));
        return;
    }

    // Lists of strings; anything else in them is reported and left out.
    const auto strings = [&](const QJsonValue &value, const QString &key) {
        QStringList result;
        if (value.isUndefined() || value.isNull())
            return result;
        if (!value.isArray()) {
            bad(tr("“%1” is not a list, ignored.").arg(key));
            return result;
        }
        for (const QJsonValue &item : value.toArray()) {
            const QString text = item.toString().trimmed();
            if (!item.isString() || text.isEmpty())
                bad(tr("an entry of “%1” is not a non-empty string, ignored.").arg(key));
            else
                appendUnique(result, text);
        }
        return result;
    };
    QStringList aliases;
    const QJsonObject aliasObject = aliasesValue.toObject();
    for (auto it = aliasObject.begin(); it != aliasObject.end(); ++it) {
        for (const QString &alias : strings(it.value(), u"aliases."_s + it.key()))
            appendUnique(aliases, alias);
    }
    const QStringList weak = strings(object.value(u"weak"_s), u"weak"_s);
    const QStringList titles = strings(object.value(u"titles"_s), u"titles"_s);

    struct PendingOffice {
        OfficeTerm term;
        QString country;
    };
    QList<PendingOffice> offices;
    const QJsonValue officesValue = object.value(u"offices"_s);
    if (!officesValue.isUndefined() && !officesValue.isNull() && !officesValue.isArray())
        bad(tr("“offices” is not a list, ignored."));
    const QJsonArray officeArray = officesValue.toArray();
    for (const QJsonValue &item : officeArray) {
        const QJsonObject office = item.toObject();
        PendingOffice entry;
        entry.term.office = office.value(u"office"_s).toString().trimmed();
        entry.country = office.value(u"country"_s).toString().simplified();
        entry.term.from = parseIsoDay(office.value(u"from"_s).toString());
        const QJsonValue to = office.value(u"to"_s);
        entry.term.to = to.isNull() || to.isUndefined() ? QDate() : parseIsoDay(to.toString());
        if (entry.term.office.isEmpty() || entry.country.isEmpty() || !entry.term.from.isValid()
            || (!to.isNull() && !to.isUndefined() && !entry.term.to.isValid())) {
            bad(tr("an office without a name or a country, or with a bad date, ignored."));
            continue;
        }
        if (entry.term.to.isValid() && entry.term.to < entry.term.from) {
            bad(tr("the office “%1” ends before it starts, ignored.").arg(entry.term.office));
            continue;
        }
        offices.append(entry);
    }

    if (index < 0) {
        index = int(entities.size());
        entities.append(Entity{name, *kind, -1, {}, {}, {}, {}});
        children.append(QList<int>());
        byName.insert(foldKey(name), index);
    } else if (replace) {
        Entity &old = entities[index];
        for (const QString &alias : std::as_const(old.aliases))
            byForm.remove(alias);
        const int oldParent = old.parent;
        old = Entity{name, *kind, oldParent, {}, {}, {}, {}};
        pending.removeIf(
            [index](const PendingRef &ref) { return ref.kind != PendingRef::CombinedEntity && ref.index == index; });
        setParent(index, -1);
    }

    Entity &entity = entities[index];
    if (kind)
        entity.kind = *kind;
    for (const QString &alias : std::as_const(aliases))
        claimForm(index, alias, fileName, problems);
    for (const QString &form : weak)
        appendUnique(entity.weak, form);
    for (const QString &title : titles)
        appendUnique(entities[index].titles, title);
    for (const PendingOffice &office : std::as_const(offices)) {
        Entity &e = entities[index];
        const bool known = std::any_of(e.offices.cbegin(), e.offices.cend(),
            [&](const OfficeTerm &term) { return term.office == office.term.office && term.from == office.term.from; });
        if (known)
            continue;
        e.offices.append(office.term);
        if (!office.country.isEmpty())
            pending.append({PendingRef::OfficeCountry, index, int(e.offices.size()) - 1, office.country, fileName});
    }

    const QJsonValue parentValue = object.value(u"parent"_s);
    if (parentValue.isString() || parentValue.isNull()) {
        pending.removeIf(
            [index](const PendingRef &ref) { return ref.kind == PendingRef::Parent && ref.index == index; });
        setParent(index, -1);
        const QString parentName = parentValue.toString().simplified();
        if (!parentName.isEmpty())
            pending.append({PendingRef::Parent, index, -1, parentName, fileName});
    } else if (!parentValue.isUndefined()) {
        bad(tr("“parent” is not a name, ignored."));
    }
}

void Gazetteer::Data::readCombined(
    const QJsonObject &object, int position, const QString &fileName, QStringList *problems)
{
    const QString form = object.value(u"alias"_s).toString().trimmed();
    const QJsonArray names = object.value(u"entities"_s).toArray();
    if (form.isEmpty() || names.isEmpty()) {
        problems->append(
            problem(fileName, tr("combined form %1 has no alias or no entities, skipped.").arg(position + 1)));
        return;
    }
    int index = combinedByForm.value(form, -1);
    if (index < 0) {
        claimCombinedForm(form, fileName, problems);
        index = int(combined.size());
        combined.append({form, {}});
        combinedByForm.insert(form, index);
    } else {
        combined[index].entities.clear();
        pending.removeIf(
            [index](const PendingRef &ref) { return ref.kind == PendingRef::CombinedEntity && ref.index == index; });
    }
    for (const QJsonValue &name : names) {
        const QString entityName = name.toString().simplified();
        if (entityName.isEmpty())
            problems->append(problem(fileName, tr("combined form “%1” names an empty entity.").arg(form)));
        else
            pending.append({PendingRef::CombinedEntity, index, -1, entityName, fileName});
    }
}

QString entityKindName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Country:
        return u"country"_s;
    case EntityKind::Island:
        return u"island"_s;
    case EntityKind::Place:
        return u"place"_s;
    case EntityKind::Sea:
        return u"sea"_s;
    case EntityKind::Person:
        return u"person"_s;
    case EntityKind::Organization:
        return u"organization"_s;
    case EntityKind::Topic:
        break;
    }
    return u"topic"_s;
}

std::optional<EntityKind> entityKindFromName(QStringView name)
{
    for (const EntityKind kind : {EntityKind::Country, EntityKind::Island, EntityKind::Place, EntityKind::Sea,
             EntityKind::Person, EntityKind::Organization, EntityKind::Topic}) {
        if (name.compare(entityKindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

bool OfficeTerm::covers(QDate first, QDate last) const
{
    return from.isValid() && first.isValid() && last.isValid() && from <= first && (!to.isValid() || last < to);
}

Gazetteer::Gazetteer()
    : d(new Data)
{
}

Gazetteer::Gazetteer(QExplicitlySharedDataPointer<Data> data)
    : d(std::move(data))
{
}

Gazetteer::Gazetteer(const Gazetteer &other) = default;
Gazetteer::Gazetteer(Gazetteer &&other) noexcept = default;
Gazetteer &Gazetteer::operator=(const Gazetteer &other) = default;
Gazetteer &Gazetteer::operator=(Gazetteer &&other) noexcept = default;
Gazetteer::~Gazetteer() = default;

void Gazetteer::detach()
{
    d.detach();
}

Gazetteer Gazetteer::bundled()
{
    // Read once per process; every copy shares it until it changes.
    static const Gazetteer cached = [] {
        Gazetteer gazetteer;
        QStringList problems;
        for (const QLatin1StringView name : bundledFiles) {
            const QString path = u":/gazetteer/"_s + name;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                problems.append(problem(path, file.errorString()));
                continue;
            }
            gazetteer.loadJson(file.readAll(), path, &problems);
        }
        problems += gazetteer.unresolvedReferences();
        for (const QString &p : std::as_const(problems))
            qCWarning(CHRONOSCOPE_CORE) << "bundled gazetteer:" << p;
        return gazetteer;
    }();
    return cached;
}

QString Gazetteer::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/gazetteer"_s;
}

Gazetteer Gazetteer::builtIn(QStringList *problems)
{
    Gazetteer gazetteer = bundled();
    const QDir folder(userFolder());
    const QStringList files = folder.entryList({u"*.json"_s}, QDir::Files | QDir::Readable, QDir::Name);
    if (files.isEmpty())
        return gazetteer;
    QStringList found;
    for (const QString &name : files) {
        const QString path = folder.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            found.append(problem(path, file.errorString()));
            continue;
        }
        gazetteer.loadJson(file.readAll(), path, &found);
    }
    found += gazetteer.unresolvedReferences();
    for (const QString &p : std::as_const(found))
        qCDebug(CHRONOSCOPE_CORE) << "user gazetteer:" << p;
    if (problems)
        *problems += found;
    return gazetteer;
}

bool Gazetteer::loadJson(const QByteArray &json, const QString &fileName, QStringList *problems)
{
    QStringList ignored;
    if (!problems)
        problems = &ignored;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        problems->append(
            problem(fileName, tr("not valid JSON at byte %1: %2").arg(error.offset).arg(error.errorString())));
        return false;
    }
    const QJsonObject root = document.object();
    const QJsonValue entities = root.value(u"entities"_s);
    const QJsonValue combined = root.value(u"combined"_s);
    if (!document.isObject() || (!entities.isArray() && !combined.isArray())) {
        problems->append(
            problem(fileName, tr("not a gazetteer file: expected an object with “entities” or “combined”.")));
        return false;
    }

    detach();
    const QJsonArray entityArray = entities.toArray();
    for (int i = 0; i < entityArray.size(); ++i) {
        if (!entityArray[i].isObject()) {
            problems->append(problem(fileName, tr("entity %1 is not an object, skipped.").arg(i + 1)));
            continue;
        }
        d->readEntity(entityArray[i].toObject(), i, fileName, problems);
    }
    const QJsonArray combinedArray = combined.toArray();
    for (int i = 0; i < combinedArray.size(); ++i)
        d->readCombined(combinedArray[i].toObject(), i, fileName, problems);
    d->resolvePending(problems);
    d->rebuildIndex();
    return true;
}

int Gazetteer::size() const
{
    return int(d->entities.size());
}

const Entity &Gazetteer::entity(int index) const
{
    Q_ASSERT(index >= 0 && index < size());
    return d->entities[index];
}

const QList<Entity> &Gazetteer::entities() const
{
    return d->entities;
}

const QList<CombinedForm> &Gazetteer::combinedForms() const
{
    return d->combined;
}

int Gazetteer::indexOf(QStringView name) const
{
    return d->indexOf(name);
}

int Gazetteer::find(QStringView nameOrAlias) const
{
    if (const int index = indexOf(nameOrAlias); index >= 0)
        return index;
    const QString text = nameOrAlias.toString().simplified();
    if (const auto it = d->byForm.constFind(text); it != d->byForm.cend())
        return *it;
    return d->byFoldedForm.value(foldKey(text), -1);
}

int Gazetteer::parent(int index) const
{
    return index >= 0 && index < size() ? d->entities[index].parent : -1;
}

QList<int> Gazetteer::children(int index) const
{
    return index >= 0 && index < size() ? d->children[index] : QList<int>();
}

bool Gazetteer::isAncestor(int ancestor, int descendant) const
{
    if (ancestor < 0 || descendant < 0 || descendant >= size())
        return false;
    // Bounded by the size: loading never makes a cycle, but be safe.
    for (int p = d->entities[descendant].parent, steps = 0; p >= 0 && steps < size();
         p = d->entities[p].parent, ++steps) {
        if (p == ancestor)
            return true;
    }
    return false;
}

QList<int> Gazetteer::descendants(int index) const
{
    if (index < 0 || index >= size())
        return {};
    QList<int> result{index};
    QList<bool> seen(size(), false);
    seen[index] = true;
    for (qsizetype next = 0; next < result.size(); ++next) {
        for (const int child : std::as_const(d->children[result[next]])) {
            if (!seen[child]) {
                seen[child] = true;
                result.append(child);
            }
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}

int Gazetteer::entityForTag(const QString &tag)
{
    const QString name = tag.simplified();
    if (name.isEmpty())
        return -1;
    if (const int index = find(name); index >= 0)
        return index;
    return addTopic(name);
}

int Gazetteer::addTopic(const QString &name)
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty())
        return -1;
    if (const int index = indexOf(simplified); index >= 0)
        return index;
    detach();
    const int index = size();
    Entity topic{simplified, EntityKind::Topic, -1, {}, {}, {}, {}};
    // As a form it must not take a spelling another entity is matched by.
    if (!d->byForm.contains(simplified) && !d->combinedByForm.contains(simplified))
        topic.aliases.append(simplified);
    d->entities.append(topic);
    d->children.append(QList<int>());
    d->byName.insert(foldKey(simplified), index);
    d->addFormsToIndex(index);
    return index;
}

QStringList Gazetteer::unresolvedReferences() const
{
    QStringList result;
    for (const PendingRef &ref : std::as_const(d->pending)) {
        switch (ref.kind) {
        case PendingRef::Parent:
            result.append(problem(
                ref.file, tr("the parent “%1” of “%2” is not known.").arg(ref.name, d->entities[ref.index].name)));
            break;
        case PendingRef::OfficeCountry:
            result.append(problem(ref.file,
                tr("the country “%1” of an office of “%2” is not known.").arg(ref.name, d->entities[ref.index].name)));
            break;
        case PendingRef::CombinedEntity:
            result.append(problem(ref.file,
                tr("the entity “%1” of the combined form “%2” is not known.")
                    .arg(ref.name, d->combined[ref.index].form)));
            break;
        }
    }
    return result;
}

QStringList Gazetteer::integrityProblems() const
{
    QStringList result = unresolvedReferences();
    const auto bad = [&](const QString &what) { result.append(what); };
    QHash<QString, int> strong;
    QHash<QString, int> names;
    for (int i = 0; i < size(); ++i) {
        const Entity &e = d->entities[i];
        if (e.name.isEmpty())
            bad(u"entity %1 has no name"_s.arg(i));
        if (const int other = names.value(foldKey(e.name), -1); other >= 0)
            bad(u"“%1” is the name of entities %2 and %3"_s.arg(e.name).arg(other).arg(i));
        names.insert(foldKey(e.name), i);
        if (e.parent >= size() || e.parent == i || (e.parent >= 0 && isAncestor(i, e.parent)))
            bad(u"“%1” has a parent that does not exist or makes a cycle"_s.arg(e.name));
        if (e.aliases.isEmpty() && e.kind != EntityKind::Topic)
            bad(u"“%1” has no alias"_s.arg(e.name));
        for (const QString &alias : e.aliases) {
            if (alias.trimmed().isEmpty() || alias != alias.trimmed())
                bad(u"“%1” has an empty or padded alias"_s.arg(e.name));
            const int other = strong.value(alias, -1);
            if (other >= 0 && other != i)
                bad(u"“%1” names both “%2” and “%3”"_s.arg(alias, d->entities[other].name, e.name));
            strong.insert(alias, i);
        }
        for (const OfficeTerm &term : e.offices) {
            if (term.country < 0 || term.country >= size())
                bad(u"an office of “%1” has no known country"_s.arg(e.name));
            else if (d->entities[term.country].kind != EntityKind::Country)
                bad(u"an office of “%1” is served in “%2”, which is not a country"_s.arg(
                    e.name, d->entities[term.country].name));
            if (!term.from.isValid() || (term.to.isValid() && term.to < term.from))
                bad(u"an office of “%1” has bad dates"_s.arg(e.name));
        }
    }
    for (int i = 0; i < size(); ++i) {
        for (const QString &form : d->entities[i].weak) {
            if (const int owner = strong.value(form, -1); owner >= 0 && owner != i)
                bad(u"the weak form “%1” of “%2” is a strong form of “%3”"_s.arg(
                    form, d->entities[i].name, d->entities[owner].name));
        }
    }
    for (const CombinedForm &form : std::as_const(d->combined)) {
        if (form.entities.size() < 2)
            bad(u"the combined form “%1” names fewer than two entities"_s.arg(form.form));
        if (const int owner = strong.value(form.form, -1); owner >= 0)
            bad(u"the combined form “%1” is a strong form of “%2”"_s.arg(form.form, d->entities[owner].name));
    }
    return result;
}

} // namespace Chronoscope
