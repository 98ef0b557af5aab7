// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "entitymatcher.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <map>
#include <vector>

using namespace Qt::StringLiterals;

namespace Chronoscope {

namespace {

// A transition's target state, with this bit set when forms end there.
constexpr quint32 OutputBit = 0x80000000U;
constexpr quint32 StateMask = 0x7fffffffU;
constexpr quint32 NoState = 0xffffffffU;
// States this shallow reached by ASCII get a full row over the ASCII classes:
// English text spends nearly all its time in them.
constexpr int DenseDepth = 3;
// A title and the weak form it licenses are at most this many spaces apart.
constexpr int MaxTitleGap = 3;

bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) // hiragana, katakana
        || (c >= 0x31F0 && c <= 0x31FF) // katakana extensions
        || (c >= 0x3400 && c <= 0x4DBF) // CJK extension A
        || (c >= 0x4E00 && c <= 0x9FFF) // CJK unified ideographs
        || (c >= 0xF900 && c <= 0xFAFF) // compatibility ideographs
        || (c >= 0xFF66 && c <= 0xFF9F) // half-width katakana
        || (c >= 0x20000 && c <= 0x3FFFF) // CJK extensions B and later
        || c == 0x3005 || c == 0x3006; // 々 〆
}

constexpr std::array<bool, 128> asciiWordChars = [] {
    std::array<bool, 128> table {};
    for (int c = 0; c < 128; ++c)
        table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    return table;
}();

// True when @p c continues a word of a spaced script, so that a Latin or
// Cyrillic form cannot start right after it or end right before it.
bool isSpacedWordChar(char32_t c)
{
    if (c < 128)
        return asciiWordChars[c];
    if (isCjk(c))
        return false;
    return QChar::isLetterOrNumber(c) || QChar::isMark(c) || c == 0x200D || c == 0x200C;
}

char32_t codePointBefore(QStringView text, qsizetype i)
{
    if (i <= 0)
        return 0;
    const QChar c = text[i - 1];
    if (c.isLowSurrogate() && i >= 2 && text[i - 2].isHighSurrogate())
        return QChar::surrogateToUcs4(text[i - 2], c);
    return c.unicode();
}

char32_t codePointAt(QStringView text, qsizetype i)
{
    if (i >= text.size())
        return 0;
    const QChar c = text[i];
    if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
        return QChar::surrogateToUcs4(c, text[i + 1]);
    return c.unicode();
}

bool needsBoundary(char32_t c)
{
    return isSpacedWordChar(c);
}

enum FormFlag : quint8 {
    StartBoundary = 1,
    EndBoundary = 2,
    Strong = 4,
};

struct Form
{
    quint32 entitiesBegin = 0;
    quint16 entityCount = 0;
    quint16 length = 0;
    quint8 flags = 0;
};

struct Candidate
{
    qsizetype position = 0; ///< start in the document: parts laid end to end, one unit apart
    qsizetype start = 0; ///< start within the part
    qint32 length = 0;
    qint32 form = 0;
    qint32 part = 0;
    qint32 entity = -1; ///< the one chosen for a weak form
    bool strong = false;

    qsizetype end() const { return position + length; }
};

// Longest first, then leftmost, then strong before weak.
bool higherPriority(const Candidate &a, const Candidate &b)
{
    if (a.length != b.length)
        return a.length > b.length;
    if (a.position != b.position)
        return a.position < b.position;
    return a.strong && !b.strong;
}

bool byPosition(const Candidate &a, const Candidate &b)
{
    if (a.position != b.position)
        return a.position < b.position;
    return higherPriority(a, b);
}

// Keeps non-overlapping candidates: the longest wins, then the leftmost.
// @p candidates is sorted by position; the result is too.
std::vector<Candidate> resolveOverlaps(const std::vector<Candidate> &candidates)
{
    std::vector<Candidate> kept;
    kept.reserve(candidates.size());
    std::vector<Candidate> cluster;
    for (size_t i = 0; i < candidates.size();) {
        // A cluster: candidates chained together by overlaps.
        size_t j = i + 1;
        qsizetype end = candidates[i].end();
        while (j < candidates.size() && candidates[j].position < end) {
            end = std::max(end, candidates[j].end());
            ++j;
        }
        if (j == i + 1) {
            kept.push_back(candidates[i]);
            i = j;
            continue;
        }
        cluster.assign(candidates.begin() + qsizetype(i), candidates.begin() + qsizetype(j));
        std::sort(cluster.begin(), cluster.end(), higherPriority);
        std::map<qsizetype, qsizetype> taken; // start → end of kept spans
        for (const Candidate &c : cluster) {
            auto next = taken.lower_bound(c.position);
            if (next != taken.end() && next->first < c.end())
                continue;
            if (next != taken.begin() && std::prev(next)->second > c.position)
                continue;
            taken.emplace(c.position, c.end());
        }
        const size_t first = kept.size();
        for (const Candidate &c : cluster) {
            const auto it = taken.find(c.position);
            if (it != taken.end() && it->second == c.end()) {
                kept.push_back(c);
                taken.erase(it);
            }
        }
        std::sort(kept.begin() + qsizetype(first), kept.end(), byPosition);
        i = j;
    }
    return kept;
}

} // namespace

struct EntityMatcher::Data
{
    Gazetteer gazetteer;

    // Code units → classes: one per unit that occurs in some form, 0 for the rest.
    // ASCII classes come first, [0, asciiClasses).
    std::array<quint16, 128> asciiClass {};
    std::array<quint16, 256> pageIndex {}; // high byte → page in pages, 0 = all class 0
    std::vector<quint16> pages;
    quint32 asciiClasses = 1;
    quint32 classes = 1;

    // States: the dense ones first ([0, denseStates), the root is 0), then the rest.
    quint32 denseStates = 1;
    std::vector<quint32> dense; // denseStates × asciiClasses, fully resolved
    std::vector<quint32> rootRow; // every class, for the root
    std::vector<quint32> fail;
    std::vector<quint32> edgeBegin; // states + 1
    std::vector<quint16> edgeClass; // sorted within a state
    std::vector<quint32> edgeTarget;
    std::vector<quint32> outBegin; // states + 1
    std::vector<quint32> outForms; // every form ending in a state, suffixes included

    std::vector<Form> forms;
    std::vector<qint32> formEntities;

    void build(const Gazetteer &source);

    quint16 classOf(char16_t c) const
    {
        return c < 128 ? asciiClass[c] : pages[(quint32(pageIndex[c >> 8]) << 8) | (c & 0xFFU)];
    }
    quint32 slowStep(quint32 state, quint32 cls) const;
    void scan(QStringView text, int part, qsizetype offset, std::vector<Candidate> &out) const;
    bool hasTitle(int entity, QStringView text, qsizetype start, qsizetype length) const;
    int license(const Candidate &weak, const QList<QStringView> &parts, const DateRange &date,
        const QHash<int, std::vector<qsizetype>> &mentioned) const;
    QList<EntityMention> match(const QList<QStringView> &parts, const DateRange &date) const;
};

void EntityMatcher::Data::build(const Gazetteer &source)
{
    gazetteer = source;

    // Every distinct form with the entities it names; a strong reading wins over a weak one.
    struct FormEntry
    {
        QList<int> strong;
        QList<int> weak;
    };
    QHash<QString, FormEntry> entries;
    for (int i = 0; i < source.size(); ++i) {
        const Entity &entity = source.entity(i);
        for (const QString &alias : entity.aliases)
            entries[alias].strong.append(i);
        for (const QString &weak : entity.weak)
            entries[weak].weak.append(i);
    }
    for (const CombinedForm &combined : source.combinedForms()) {
        if (!combined.entities.isEmpty())
            entries[combined.form].strong += combined.entities;
    }
    QStringList texts;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        if (!it.key().isEmpty() && it.key().size() <= 0xFFFF)
            texts.append(it.key());
    }
    std::sort(texts.begin(), texts.end());

    // Classes.
    std::vector<bool> used(0x10000, false);
    for (const QString &text : std::as_const(texts)) {
        for (const QChar c : text)
            used[c.unicode()] = true;
    }
    std::vector<quint16> classOfUnit(0x10000, 0);
    for (quint32 c = 1; c < 128; ++c) {
        if (used[c])
            classOfUnit[c] = quint16(asciiClasses++);
    }
    classes = asciiClasses;
    for (quint32 c = 128; c < 0x10000; ++c) {
        if (used[c])
            classOfUnit[c] = quint16(classes++);
    }
    for (quint32 c = 0; c < 128; ++c)
        asciiClass[c] = classOfUnit[c];
    pages.assign(256, 0);
    for (quint32 page = 0; page < 256; ++page) {
        bool any = false;
        for (quint32 low = 0; low < 256 && !any; ++low)
            any = (page << 8 | low) >= 128 && used[page << 8 | low];
        if (!any)
            continue;
        pageIndex[page] = quint16(pages.size() / 256);
        for (quint32 low = 0; low < 256; ++low)
            pages.push_back((page << 8 | low) >= 128 ? classOfUnit[page << 8 | low] : 0);
    }

    // The trie.
    struct Node
    {
        std::vector<std::pair<quint16, quint32>> next; // sorted by class
        qint32 form = -1;
        quint32 depth = 0;
        bool asciiPath = true;
    };
    std::vector<Node> nodes(1);
    std::vector<quint32> rootNext(classes, NoState);
    const auto child = [&](quint32 node, quint16 cls) -> quint32 {
        if (node == 0)
            return rootNext[cls];
        const auto &next = nodes[node].next;
        const auto it = std::lower_bound(next.begin(), next.end(), std::pair<quint16, quint32>(cls, 0));
        return it != next.end() && it->first == cls ? it->second : NoState;
    };
    for (const QString &text : std::as_const(texts)) {
        quint32 node = 0;
        for (const QChar c : text) {
            const quint16 cls = classOfUnit[c.unicode()];
            quint32 target = child(node, cls);
            if (target == NoState) {
                target = quint32(nodes.size());
                Node created;
                created.depth = nodes[node].depth + 1;
                created.asciiPath = nodes[node].asciiPath && cls < asciiClasses;
                auto &next = nodes[node].next;
                next.insert(
                    std::lower_bound(next.begin(), next.end(), std::pair<quint16, quint32>(cls, 0)), {cls, target});
                if (node == 0)
                    rootNext[cls] = target;
                nodes.push_back(std::move(created));
            }
            node = target;
        }
        const FormEntry &entry = entries[text];
        QList<int> named = entry.strong.isEmpty() ? entry.weak : entry.strong;
        std::sort(named.begin(), named.end());
        named.erase(std::unique(named.begin(), named.end()), named.end());
        Form form;
        form.entitiesBegin = quint32(formEntities.size());
        form.entityCount = quint16(std::min<qsizetype>(named.size(), 0xFFFF));
        form.length = quint16(text.size());
        const char32_t first = codePointAt(text, 0);
        const char32_t last = codePointBefore(text, text.size());
        form.flags = (needsBoundary(first) ? StartBoundary : 0) | (needsBoundary(last) ? EndBoundary : 0)
            | (entry.strong.isEmpty() ? 0 : Strong);
        for (qsizetype i = 0; i < form.entityCount; ++i)
            formEntities.push_back(named[i]);
        nodes[node].form = qint32(forms.size());
        forms.push_back(form);
    }

    // Failure links, breadth first.
    std::vector<quint32> order {0};
    std::vector<quint32> failOf(nodes.size(), 0);
    for (size_t i = 0; i < order.size(); ++i) {
        const quint32 node = order[i];
        for (const auto &[cls, target] : nodes[node].next) {
            order.push_back(target);
            if (node == 0)
                continue;
            quint32 f = failOf[node];
            for (;;) {
                const quint32 g = child(f, cls);
                if (g != NoState) {
                    failOf[target] = g;
                    break;
                }
                if (f == 0)
                    break;
                f = failOf[f];
            }
        }
    }

    // Dense states first, then the rest, each in breadth-first order.
    std::vector<quint32> newId(nodes.size());
    std::vector<quint32> byNewId;
    byNewId.reserve(nodes.size());
    for (const quint32 node : order) {
        if (nodes[node].asciiPath && nodes[node].depth <= DenseDepth)
            byNewId.push_back(node);
    }
    denseStates = quint32(byNewId.size());
    for (const quint32 node : order) {
        if (!(nodes[node].asciiPath && nodes[node].depth <= DenseDepth))
            byNewId.push_back(node);
    }
    for (quint32 id = 0; id < byNewId.size(); ++id)
        newId[byNewId[id]] = id;

    // Outputs: the node's own form and those of its failure chain.
    std::vector<std::vector<quint32>> outputs(nodes.size());
    for (const quint32 node : order) {
        if (nodes[node].form >= 0)
            outputs[node].push_back(quint32(nodes[node].form));
        if (node != 0) {
            const auto &inherited = outputs[failOf[node]];
            outputs[node].insert(outputs[node].end(), inherited.begin(), inherited.end());
        }
    }
    const auto encoded = [&](quint32 node) { return newId[node] | (outputs[node].empty() ? 0 : OutputBit); };

    const quint32 stateCount = quint32(nodes.size());
    fail.resize(stateCount);
    edgeBegin.resize(stateCount + 1);
    outBegin.resize(stateCount + 1);
    for (quint32 id = 0; id < stateCount; ++id) {
        const quint32 node = byNewId[id];
        fail[id] = newId[failOf[node]];
        edgeBegin[id] = quint32(edgeClass.size());
        for (const auto &[cls, target] : nodes[node].next) {
            edgeClass.push_back(cls);
            edgeTarget.push_back(encoded(target));
        }
        outBegin[id] = quint32(outForms.size());
        outForms.insert(outForms.end(), outputs[node].begin(), outputs[node].end());
    }
    edgeBegin[stateCount] = quint32(edgeClass.size());
    outBegin[stateCount] = quint32(outForms.size());

    rootRow.resize(classes);
    for (quint32 cls = 0; cls < classes; ++cls)
        rootRow[cls] = rootNext[cls] == NoState ? 0 : encoded(rootNext[cls]);
    // A dense state's failure state is shallower and reached by ASCII too, so its row is ready.
    dense.assign(size_t(denseStates) * asciiClasses, 0);
    for (quint32 id = 0; id < denseStates; ++id) {
        const quint32 node = byNewId[id];
        quint32 *row = dense.data() + size_t(id) * asciiClasses;
        const quint32 *failRow = dense.data() + size_t(fail[id]) * asciiClasses;
        for (quint32 cls = 1; cls < asciiClasses; ++cls) {
            const quint32 target = child(node, quint16(cls));
            row[cls] = target != NoState ? encoded(target) : (id == 0 ? 0 : failRow[cls]);
        }
    }
}

quint32 EntityMatcher::Data::slowStep(quint32 state, quint32 cls) const
{
    if (cls == 0)
        return 0;
    for (;;) {
        if (state < denseStates && cls < asciiClasses)
            return dense[size_t(state) * asciiClasses + cls];
        if (state == 0)
            return rootRow[cls];
        const quint16 *begin = edgeClass.data() + edgeBegin[state];
        const quint16 *end = edgeClass.data() + edgeBegin[state + 1];
        const quint16 *it =
            end - begin > 8 ? std::lower_bound(begin, end, quint16(cls)) : std::find(begin, end, quint16(cls));
        if (it != end && *it == cls)
            return edgeTarget[size_t(it - edgeClass.data())];
        state = fail[state];
    }
}

void EntityMatcher::Data::scan(QStringView text, int part, qsizetype offset, std::vector<Candidate> &out) const
{
    const char16_t *units = text.utf16();
    const qsizetype size = text.size();
    const quint32 *denseTable = dense.data();
    const quint32 rowSize = asciiClasses;
    quint32 state = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = units[i];
        const quint32 cls = classOf(c);
        const quint32 next =
            state < denseStates && cls < rowSize ? denseTable[size_t(state) * rowSize + cls] : slowStep(state, cls);
        state = next & StateMask;
        if (Q_LIKELY(!(next & OutputBit)))
            continue;
        const qsizetype end = i + 1;
        for (quint32 o = outBegin[state]; o < outBegin[state + 1]; ++o) {
            const Form &form = forms[outForms[o]];
            const qsizetype start = end - form.length;
            if ((form.flags & StartBoundary) && isSpacedWordChar(codePointBefore(text, start)))
                continue;
            if ((form.flags & EndBoundary) && isSpacedWordChar(codePointAt(text, end)))
                continue;
            Candidate candidate;
            candidate.position = offset + start;
            candidate.start = start;
            candidate.length = form.length;
            candidate.form = qint32(outForms[o]);
            candidate.part = part;
            candidate.strong = form.flags & Strong;
            out.push_back(candidate);
        }
    }
}

bool EntityMatcher::Data::hasTitle(int entity, QStringView text, qsizetype start, qsizetype length) const
{
    const auto isGap = [](QChar c) { return c.isSpace() || c == u'\u3000'; };
    for (const QString &title : gazetteer.entity(entity).titles) {
        if (isCjk(codePointBefore(title, title.size()))) {
            // Japanese: the title follows the name (安倍首相).
            qsizetype at = start + length;
            for (int gap = 0; at < text.size() && gap < MaxTitleGap && isGap(text[at]); ++gap)
                ++at;
            if (text.sliced(at).startsWith(title))
                return true;
            continue;
        }
        // English and Russian: the title comes first, then a space (Prime Minister Abe).
        qsizetype at = start;
        int gap = 0;
        while (at > 0 && gap < MaxTitleGap && isGap(text[at - 1])) {
            --at;
            ++gap;
        }
        if (gap == 0 || at < title.size())
            continue;
        const qsizetype titleStart = at - title.size();
        if (text.sliced(titleStart, title.size()) == title
            && !(needsBoundary(codePointAt(title, 0)) && isSpacedWordChar(codePointBefore(text, titleStart))))
            return true;
    }
    return false;
}

int EntityMatcher::Data::license(const Candidate &weak, const QList<QStringView> &parts, const DateRange &date,
    const QHash<int, std::vector<qsizetype>> &mentioned) const
{
    const Form &form = forms[size_t(weak.form)];
    const qint32 *begin = formEntities.data() + form.entitiesBegin;
    const qint32 *end = begin + form.entityCount;
    const QStringView text = parts[weak.part];
    const auto inOffice = [&](int entity, bool needCountry) {
        if (!date.isValid())
            return false;
        const QList<OfficeTerm> &offices = gazetteer.entity(entity).offices;
        return std::any_of(offices.cbegin(), offices.cend(), [&](const OfficeTerm &term) {
            return term.covers(date.from, date.to) && (!needCountry || mentioned.contains(term.country));
        });
    };

    QList<int> titled;
    for (const qint32 *e = begin; e != end; ++e) {
        if (hasTitle(*e, text, weak.start, weak.length))
            titled.append(*e);
    }
    const QList<int> candidates = titled.isEmpty() ? QList<int>(begin, end) : titled;

    // (a) The latest earlier mention decides.
    int best = -1;
    qsizetype bestAt = -1;
    for (const int entity : candidates) {
        const auto it = mentioned.constFind(entity);
        if (it == mentioned.cend())
            continue;
        const auto before = std::lower_bound(it->begin(), it->end(), weak.position);
        if (before != it->begin() && *std::prev(before) > bestAt) {
            bestAt = *std::prev(before);
            best = entity;
        }
    }
    if (best >= 0)
        return best;

    // (b) A title, and when several people hold it, the date.
    if (titled.size() == 1)
        return titled.first();
    if (titled.size() > 1) {
        QList<int> current;
        for (const int entity : std::as_const(titled)) {
            if (inOffice(entity, false))
                current.append(entity);
        }
        return current.size() == 1 ? current.first() : -1;
    }

    // (c) The one person in office then for a country the document mentions.
    int only = -1;
    for (const qint32 *e = begin; e != end; ++e) {
        if (!inOffice(*e, true))
            continue;
        if (only >= 0)
            return -1;
        only = *e;
    }
    return only;
}

QList<EntityMention> EntityMatcher::Data::match(const QList<QStringView> &parts, const DateRange &date) const
{
    std::vector<Candidate> candidates;
    qsizetype offset = 0;
    for (int part = 0; part < parts.size(); ++part) {
        scan(parts[part], part, offset, candidates);
        offset += parts[part].size() + 1;
    }
    if (candidates.empty())
        return {};
    std::sort(candidates.begin(), candidates.end(), byPosition);

    std::vector<Candidate> strong;
    std::vector<Candidate> weak;
    for (const Candidate &c : candidates)
        (c.strong ? strong : weak).push_back(c);
    std::vector<Candidate> kept = resolveOverlaps(strong);

    if (!weak.empty()) {
        // Where each entity is mentioned, sorted: by strong forms first, weak ones join as they count.
        QHash<int, std::vector<qsizetype>> mentioned;
        for (const Candidate &c : kept) {
            const Form &form = forms[size_t(c.form)];
            for (quint32 i = 0; i < form.entityCount; ++i)
                mentioned[formEntities[form.entitiesBegin + i]].push_back(c.position);
        }
        std::vector<Candidate> counted;
        for (Candidate c : weak) {
            // A strong match at least as long covering it wins anyway.
            const auto after = std::upper_bound(kept.begin(), kept.end(), c.position,
                [](qsizetype position, const Candidate &k) { return position < k.position; });
            const bool covered = std::any_of(after == kept.begin() ? after : std::prev(after),
                after == kept.end() ? after : std::next(after), [&](const Candidate &k) {
                    return k.position < c.end() && c.position < k.end() && k.length >= c.length;
                });
            if (covered)
                continue;
            c.entity = license(c, parts, date, mentioned);
            if (c.entity < 0)
                continue;
            std::vector<qsizetype> &positions = mentioned[c.entity];
            positions.insert(std::upper_bound(positions.begin(), positions.end(), c.position), c.position);
            counted.push_back(c);
        }
        if (!counted.empty()) {
            kept.insert(kept.end(), counted.begin(), counted.end());
            std::sort(kept.begin(), kept.end(), byPosition);
            kept = resolveOverlaps(kept);
        }
    }

    QList<EntityMention> result;
    result.reserve(qsizetype(kept.size()));
    for (const Candidate &c : kept) {
        if (!c.strong) {
            result.append({c.entity, c.start, c.length, true, c.part});
            continue;
        }
        const Form &form = forms[size_t(c.form)];
        for (quint32 i = 0; i < form.entityCount; ++i)
            result.append({formEntities[form.entitiesBegin + i], c.start, c.length, false, c.part});
    }
    return result;
}

EntityMatcher::EntityMatcher()
    : EntityMatcher(Gazetteer())
{ }

EntityMatcher::EntityMatcher(const Gazetteer &gazetteer)
{
    auto data = std::make_shared<Data>();
    data->build(gazetteer);
    d = std::move(data);
}

const Gazetteer &EntityMatcher::gazetteer() const
{
    return d->gazetteer;
}

QList<EntityMention> EntityMatcher::mentions(QStringView text, const DateRange &date) const
{
    return d->match({text}, date);
}

QList<EntityMention> EntityMatcher::mentions(const QList<QStringView> &parts, const DateRange &date) const
{
    return d->match(parts, date);
}

QList<int> EntityMatcher::entitiesIn(QStringView text, const DateRange &date) const
{
    return entitiesIn(QList<QStringView> {text}, date);
}

QList<int> EntityMatcher::entitiesIn(const QList<QStringView> &parts, const DateRange &date) const
{
    QList<int> result;
    for (const EntityMention &mention : d->match(parts, date))
        result.append(mention.entity);
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

EntityMatcher::Statistics EntityMatcher::statistics() const
{
    Statistics stats;
    stats.forms = int(d->forms.size());
    stats.states = int(d->fail.size());
    stats.denseStates = int(d->denseStates);
    stats.classes = int(d->classes);
    const auto bytes = [](const auto &v) { return qsizetype(v.size() * sizeof(v[0])); };
    stats.bytes = bytes(d->pages) + bytes(d->dense) + bytes(d->rootRow) + bytes(d->fail) + bytes(d->edgeBegin)
        + bytes(d->edgeClass) + bytes(d->edgeTarget) + bytes(d->outBegin) + bytes(d->outForms) + bytes(d->forms)
        + bytes(d->formEntities);
    return stats;
}

} // namespace Chronoscope
