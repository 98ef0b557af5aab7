// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "entitymatcher.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <bit>
#include <limits>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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
    std::array<bool, 128> table{};
    for (int c = 0; c < 128; ++c)
        table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    return table;
}();

// The first index from @p i on that does not hold an ASCII letter, digit or underscore.
qsizetype skipAsciiWord(const char16_t *units, qsizetype i, qsizetype size)
{
#if defined(__SSE2__)
    // Eight units at a time: most of English text is the inside of words.
    const __m128i zero = _mm_setzero_si128();
    const __m128i lowerCaseBit = _mm_set1_epi16(0x20);
    const __m128i a = _mm_set1_epi16('a');
    const __m128i digit0 = _mm_set1_epi16('0');
    const __m128i underscore = _mm_set1_epi16('_');
    const __m128i letters = _mm_set1_epi16(25);
    const __m128i digits = _mm_set1_epi16(9);
    for (; i + 8 <= size; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(units + i));
        // x - lo ≤ n, unsigned: the saturating subtraction of n leaves zero.
        const __m128i letter =
            _mm_cmpeq_epi16(_mm_subs_epu16(_mm_sub_epi16(_mm_or_si128(v, lowerCaseBit), a), letters), zero);
        const __m128i digit = _mm_cmpeq_epi16(_mm_subs_epu16(_mm_sub_epi16(v, digit0), digits), zero);
        const __m128i word = _mm_or_si128(_mm_or_si128(letter, digit), _mm_cmpeq_epi16(v, underscore));
        const unsigned mask = unsigned(_mm_movemask_epi8(word));
        if (mask != 0xFFFFU)
            return i + std::countr_zero(~mask) / 2;
    }
#endif
    while (i < size && units[i] < 128 && asciiWordChars[units[i]])
        ++i;
    return i;
}

// True when @p c continues a word of a spaced script, so that a Latin or
// Cyrillic form cannot start right after it or end right before it.
bool isSpacedWordCharSlow(char32_t c)
{
    if (isCjk(c))
        return false;
    return QChar::isLetterOrNumber(c) || QChar::isMark(c) || c == 0x200D || c == 0x200C;
}

inline bool isSpacedWordChar(char32_t c)
{
    return c < 128 ? asciiWordChars[c] : isSpacedWordCharSlow(c);
}

inline char32_t codePointBefore(QStringView text, qsizetype i)
{
    if (i <= 0)
        return 0;
    const QChar c = text[i - 1];
    if (c.isLowSurrogate() && i >= 2 && text[i - 2].isHighSurrogate())
        return QChar::surrogateToUcs4(text[i - 2], c);
    return c.unicode();
}

inline char32_t codePointAt(QStringView text, qsizetype i)
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

struct Form {
    quint32 entitiesBegin = 0;
    quint16 entityCount = 0;
    quint16 length = 0;
    quint8 flags = 0;
};

struct Candidate {
    qsizetype position = 0; ///< start in the document: parts laid end to end, one unit apart
    qsizetype start = 0; ///< start within the part
    qint32 length = 0;
    qint32 form = 0;
    qint32 part = 0;
    qint32 entity = -1; ///< the only one of a strong form, the one chosen for a weak form; else see the form
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
// @p candidates is sorted by position, and so is what is kept.
void resolveOverlaps(std::vector<Candidate> &candidates)
{
    const auto overlapsNext = [&](size_t i) { return candidates[i + 1].position < candidates[i].end(); };
    size_t first = 0;
    while (first + 1 < candidates.size() && !overlapsNext(first))
        ++first;
    if (first + 1 >= candidates.size())
        return; // the usual case: nothing overlaps

    std::vector<Candidate> kept(candidates.begin(), candidates.begin() + qsizetype(first));
    std::vector<Candidate> cluster;
    std::vector<Candidate> taken;
    for (size_t i = first; i < candidates.size();) {
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
        // Taken spans stay sorted by position: a candidate fits between two neighbours or not at all.
        taken.clear();
        for (const Candidate &c : cluster) {
            const auto next = std::lower_bound(taken.begin(), taken.end(), c.position,
                [](const Candidate &t, qsizetype position) { return t.position < position; });
            if (next != taken.end() && next->position < c.end())
                continue;
            if (next != taken.begin() && std::prev(next)->end() > c.position)
                continue;
            taken.insert(next, c);
        }
        kept.insert(kept.end(), taken.begin(), taken.end());
        i = j;
    }
    candidates = std::move(kept);
}

} // namespace

struct EntityMatcher::Data {
    Gazetteer gazetteer;

    // Code units → classes: one per unit that occurs in some form or is an ASCII
    // word character, 0 for the rest. ASCII classes come first, [0, asciiClasses).
    std::array<quint16, 128> asciiClass{};
    std::array<quint16, 256> pageIndex{}; // high byte → page in pages, 0 = all class 0
    std::vector<quint16> pages;
    quint32 asciiClasses = 1;
    quint32 classes = 1;

    // States have ids: the dense ones first ([0, denseStates), the root is 0,
    // breadth first), then the rest in depth-first order, so that the states
    // spelling out one name lie next to each other in memory. Transitions hold
    // codes instead of ids, so that stepping needs no multiplication: a dense
    // state's code is the start of its row in `dense`, the others follow from
    // denseLimit on. Bit 31 flags states where forms end.
    struct State {
        quint32 fail = 0; ///< id
        quint32 edgeBegin = 0; ///< in edgeClass and edgeTarget, sorted by class
        quint16 edgeCount = 0;
        quint16 firstClass = NoClass; ///< the first edge, inline: most states have one
        quint32 firstTarget = 0; ///< code
    };
    static constexpr quint16 NoClass = 0xFFFF;
    quint32 denseStates = 1;
    quint32 denseLimit = 1;
    quint32 rowSize = 2; // asciiClasses codes, then the state's id
    std::vector<quint32> dense; // a row of codes per dense state, fully resolved
    // The root again, after an ASCII word character: there a form that starts
    // with a word character (and so needs a boundary) cannot start, so inside a
    // word this state stays put. Dense, without a trie node.
    quint32 midWordRoot = 1;
    std::array<quint32, 128> asciiRoot{}; // the root's row by code unit
    std::vector<quint32> rootRow; // every class, for the root
    std::vector<State> states; // by id
    std::vector<quint16> edgeClass;
    std::vector<quint32> edgeTarget; // codes
    // What scanning needs of a form ending in a state, copied there to save a lookup.
    struct Output {
        quint32 form = 0;
        qint32 entity = -1; ///< the entity of a strong form that names one
        quint16 length = 0;
        quint8 flags = 0;
    };
    std::vector<quint32> outBegin; // by id, states + 1
    std::vector<Output> outputs; // every form ending in a state, longest first (suffixes included)

    std::vector<Form> forms;
    std::vector<qint32> formEntities;

    void build(const Gazetteer &source);

    quint16 classOf(char16_t c) const
    {
        return c < 128 ? asciiClass[c] : pages[(quint32(pageIndex[c >> 8]) << 8) | (c & 0xFFU)];
    }
    quint32 codeOf(quint32 id) const { return id < denseStates ? id * rowSize : denseLimit + (id - denseStates); }
    quint32 idOf(quint32 code) const
    {
        return code < denseLimit ? dense[code + asciiClasses] : code - denseLimit + denseStates;
    }
    quint32 slowStep(quint32 code, quint32 cls) const;
    void collect(QStringView text, int part, qsizetype offset, quint32 state, qsizetype end,
        std::vector<Candidate> &strong, std::vector<Candidate> &weak) const;
    void scan(QStringView text, int part, qsizetype offset, std::vector<Candidate> &strong,
        std::vector<Candidate> &weak) const;
    bool hasTitle(int entity, QStringView text, qsizetype start, qsizetype length) const;
    // Who is mentioned where, as sorted (entity, position) pairs.
    using Mentioned = std::vector<std::pair<qint32, qsizetype>>;
    static bool isMentioned(const Mentioned &mentioned, int entity, qsizetype before);
    int license(const Candidate &weak, const QList<QStringView> &parts, const DateRange &date,
        const Mentioned &mentioned) const;
    /** The matches that count, sorted by position. */
    std::vector<Candidate> match(const QList<QStringView> &parts, const DateRange &date) const;
};

void EntityMatcher::Data::build(const Gazetteer &source)
{
    gazetteer = source;

    // Every distinct form with the entities it names; a strong reading wins over a weak one.
    struct FormEntry {
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
    // Every ASCII word character has a class of its own, forms or not: the
    // automaton tells the inside of a word from its start (see midWordRoot).
    std::vector<quint16> classOfUnit(0x10000, 0);
    for (quint32 c = 1; c < 128; ++c) {
        if (used[c] || asciiWordChars[c])
            classOfUnit[c] = quint16(asciiClasses++);
    }
    classes = asciiClasses;
    rowSize = asciiClasses + 1;
    // NoClass stays free; a form with a unit past it (a gazetteer of every script) never matches.
    for (quint32 c = 128; c < 0x10000 && classes < NoClass; ++c) {
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
    struct Node {
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
    std::vector<quint32> order{0};
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

    // Dense states first, breadth first; then the rest, depth first.
    const auto isDense = [&](quint32 node) { return nodes[node].asciiPath && nodes[node].depth <= DenseDepth; };
    std::vector<quint32> newId(nodes.size());
    std::vector<quint32> byNewId;
    byNewId.reserve(nodes.size());
    for (const quint32 node : order) {
        if (isDense(node))
            byNewId.push_back(node);
    }
    midWordRoot = quint32(byNewId.size());
    byNewId.push_back(NoState);
    denseStates = quint32(byNewId.size());
    denseLimit = denseStates * rowSize;
    std::vector<quint32> stack{0};
    while (!stack.empty()) {
        const quint32 node = stack.back();
        stack.pop_back();
        if (!isDense(node))
            byNewId.push_back(node);
        const auto &next = nodes[node].next;
        for (auto it = next.rbegin(); it != next.rend(); ++it)
            stack.push_back(it->second);
    }
    for (quint32 id = 0; id < byNewId.size(); ++id) {
        if (byNewId[id] != NoState)
            newId[byNewId[id]] = id;
    }

    // Outputs: the node's own form and those of its failure chain.
    std::vector<std::vector<quint32>> nodeOutputs(nodes.size());
    for (const quint32 node : order) {
        if (nodes[node].form >= 0)
            nodeOutputs[node].push_back(quint32(nodes[node].form));
        if (node != 0) {
            const auto &inherited = nodeOutputs[failOf[node]];
            nodeOutputs[node].insert(nodeOutputs[node].end(), inherited.begin(), inherited.end());
        }
    }
    const auto encoded = [&](quint32 node) { return codeOf(newId[node]) | (nodeOutputs[node].empty() ? 0 : OutputBit); };

    const quint32 stateCount = quint32(byNewId.size());
    states.resize(stateCount);
    outBegin.resize(stateCount + 1);
    for (quint32 id = 0; id < stateCount; ++id) {
        const quint32 node = byNewId[id];
        State &state = states[id];
        outBegin[id] = quint32(outputs.size());
        if (node == NoState)
            continue;
        state.fail = newId[failOf[node]];
        state.edgeBegin = quint32(edgeClass.size());
        state.edgeCount = quint16(std::min<size_t>(nodes[node].next.size(), 0xFFFF));
        for (const auto &[cls, target] : nodes[node].next) {
            edgeClass.push_back(cls);
            edgeTarget.push_back(encoded(target));
        }
        if (!nodes[node].next.empty()) {
            state.firstClass = nodes[node].next.front().first;
            state.firstTarget = encoded(nodes[node].next.front().second);
            // Depth first: below a sparse state everything is sparse, its first child next to it.
            Q_ASSERT(id < denseStates || (state.firstTarget & StateMask) == codeOf(id) + 1);
        }
        for (const quint32 f : nodeOutputs[node]) {
            const Form &form = forms[f];
            const bool single = (form.flags & Strong) && form.entityCount == 1;
            outputs.push_back({f, single ? formEntities[form.entitiesBegin] : -1, form.length, form.flags});
        }
    }
    outBegin[stateCount] = quint32(outputs.size());

    rootRow.resize(classes);
    for (quint32 cls = 0; cls < classes; ++cls)
        rootRow[cls] = rootNext[cls] == NoState ? 0 : encoded(rootNext[cls]);
    // A dense state's failure state is shallower and reached by ASCII too, so its row is ready.
    std::vector<bool> wordClass(asciiClasses, false);
    for (quint32 c = 0; c < 128; ++c)
        wordClass[asciiClass[c]] = asciiWordChars[c];
    const quint32 midWordCode = codeOf(midWordRoot);
    dense.assign(size_t(denseStates) * rowSize, 0);
    for (quint32 id = 0; id < denseStates; ++id)
        dense[size_t(id) * rowSize + asciiClasses] = id;
    for (quint32 id = 0; id < denseStates; ++id) {
        if (id == midWordRoot)
            continue;
        const quint32 node = byNewId[id];
        quint32 *row = dense.data() + size_t(id) * rowSize;
        const quint32 *failRow = dense.data() + size_t(states[id].fail) * rowSize;
        for (quint32 cls = 1; cls < asciiClasses; ++cls) {
            const quint32 target = child(node, quint16(cls));
            row[cls] = target != NoState ? encoded(target) : (id == 0 ? 0 : failRow[cls]);
            if (row[cls] == 0 && wordClass[cls])
                row[cls] = midWordCode;
        }
    }
    // Inside a word no form that needs a boundary can start: stay until the word ends.
    quint32 *midWordRow = dense.data() + size_t(midWordRoot) * rowSize;
    for (quint32 cls = 1; cls < asciiClasses; ++cls)
        midWordRow[cls] = wordClass[cls] ? midWordCode : dense[cls];
    for (quint32 c = 0; c < 128; ++c)
        asciiRoot[c] = dense[asciiClass[c]];
}

quint32 EntityMatcher::Data::slowStep(quint32 code, quint32 cls) const
{
    if (cls == 0)
        return 0;
    for (quint32 state = idOf(code);;) {
        if (state < denseStates && cls < asciiClasses)
            return dense[size_t(state) * rowSize + cls];
        if (state == 0 || state == midWordRoot)
            return rootRow[cls];
        const State &s = states[state];
        if (s.firstClass == cls)
            return s.firstTarget;
        if (s.edgeCount > 1) {
            const quint16 *begin = edgeClass.data() + s.edgeBegin;
            const quint16 *end = begin + s.edgeCount;
            const quint16 *it =
                end - begin > 8 ? std::lower_bound(begin, end, quint16(cls)) : std::find(begin, end, quint16(cls));
            if (it != end && *it == cls)
                return edgeTarget[size_t(it - edgeClass.data())];
        }
        state = s.fail;
    }
}

// Keeps the forms ending in @p state at @p end that pass the boundary rules,
// longest first: the state's own form, then the suffixes along its failure
// chain. A match inside a longer strong one cannot win and goes at once.
void EntityMatcher::Data::collect(QStringView text, int part, qsizetype offset, quint32 state, qsizetype end,
    std::vector<Candidate> &strong, std::vector<Candidate> &weak) const
{
    for (quint32 o = outBegin[state]; o < outBegin[state + 1]; ++o) {
        const Output &form = outputs[o];
        const qsizetype start = end - form.length;
        if ((form.flags & StartBoundary) && isSpacedWordChar(codePointBefore(text, start)))
            continue;
        if ((form.flags & EndBoundary) && isSpacedWordChar(codePointAt(text, end)))
            continue;
        Candidate candidate;
        candidate.position = offset + start;
        candidate.start = start;
        candidate.length = form.length;
        candidate.form = qint32(form.form);
        candidate.entity = form.entity;
        candidate.part = part;
        candidate.strong = form.flags & Strong;
        if (!candidate.strong) {
            weak.push_back(candidate);
            continue;
        }
        while (!strong.empty() && strong.back().position >= candidate.position)
            strong.pop_back();
        while (!weak.empty() && weak.back().position >= candidate.position)
            weak.pop_back();
        strong.push_back(candidate);
        return;
    }
}

// The one pass over a text: every match that passes the boundary rules, by position.
void EntityMatcher::Data::scan(
    QStringView text, int part, qsizetype offset, std::vector<Candidate> &strong, std::vector<Candidate> &weak) const
{
    const char16_t *units = text.utf16();
    const qsizetype size = text.size();
    const quint32 *denseTable = dense.data();
    const quint32 *rootTable = asciiRoot.data();
    const quint16 *asciiClassTable = asciiClass.data();
    const quint32 limit = denseLimit;
    const State *sparseStates = states.data() + denseStates;
    const quint32 midWordCode = codeOf(midWordRoot);
    quint32 code = 0;
    qsizetype i = 0;
    while (i < size) {
        if (code >= limit) {
            // Inside a long form the text most often goes on with its next unit: the
            // state's first edge, to the state numbered right after it. Run along them.
            const State *state = sparseStates + (code - limit);
            while (i < size && units[i] < 128 && state->firstClass == asciiClassTable[units[i]]) {
                const bool ends = state->firstTarget & OutputBit;
                ++state;
                ++i;
                if (ends)
                    collect(text, part, offset, denseStates + quint32(state - sparseStates), i, strong, weak);
            }
            code = limit + quint32(state - sparseStates);
            if (i == size)
                break;
        } else if (code == midWordCode) {
            // The rest of the word cannot start a form: skip it without stepping. What ends
            // the word is no ASCII word character, and for those this state is the root.
            i = skipAsciiWord(units, i, size);
            if (i == size)
                break;
            code = 0;
        }
        const char16_t c = units[i++];
        quint32 next;
        if (c < 128) {
            if (code == 0)
                next = rootTable[c]; // at a word's start: depends on the text only
            else if (code < limit)
                next = denseTable[code + asciiClassTable[c]];
            else
                next = slowStep(code, asciiClassTable[c]);
        } else {
            const quint32 cls = classOf(c);
            if (code == 0 || code == midWordCode) {
                next = rootRow[cls];
            } else if (code >= limit) {
                const State &state = sparseStates[code - limit];
                next = state.firstClass == cls ? state.firstTarget : slowStep(code, cls);
            } else {
                next = cls < asciiClasses ? denseTable[code + cls] : slowStep(code, cls);
            }
        }
        code = next & StateMask;
        if (next & OutputBit)
            collect(text, part, offset, idOf(code), i, strong, weak);
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

bool EntityMatcher::Data::isMentioned(const Mentioned &mentioned, int entity, qsizetype before)
{
    const auto it = std::lower_bound(mentioned.begin(), mentioned.end(), std::pair<qint32, qsizetype>(entity, before));
    return it != mentioned.begin() && std::prev(it)->first == entity;
}

int EntityMatcher::Data::license(
    const Candidate &weak, const QList<QStringView> &parts, const DateRange &date, const Mentioned &mentioned) const
{
    const Form &form = forms[size_t(weak.form)];
    const qint32 *begin = formEntities.data() + form.entitiesBegin;
    const qint32 *end = begin + form.entityCount;
    const QStringView text = parts[weak.part];
    constexpr qsizetype anywhere = std::numeric_limits<qsizetype>::max();
    const auto inOffice = [&](int entity, bool needCountry) {
        if (!date.isValid())
            return false;
        const QList<OfficeTerm> &offices = gazetteer.entity(entity).offices;
        return std::any_of(offices.cbegin(), offices.cend(), [&](const OfficeTerm &term) {
            return term.covers(date.from, date.to) && (!needCountry || isMentioned(mentioned, term.country, anywhere));
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
        const auto it =
            std::lower_bound(mentioned.begin(), mentioned.end(), std::pair<qint32, qsizetype>(entity, weak.position));
        if (it != mentioned.begin() && std::prev(it)->first == entity && std::prev(it)->second > bestAt) {
            bestAt = std::prev(it)->second;
            best = entity;
        }
    }
    if (best >= 0)
        return best;

    // (b) A title, and when several people hold it, the date.
    if (titled.size() == 1)
        return titled.first();
    if (titled.size() > 1) {
        int only = -1;
        for (const int entity : std::as_const(titled)) {
            if (!inOffice(entity, false))
                continue;
            if (only >= 0)
                return -1;
            only = entity;
        }
        return only;
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

std::vector<Candidate> EntityMatcher::Data::match(const QList<QStringView> &parts, const DateRange &date) const
{
    std::vector<Candidate> kept;
    std::vector<Candidate> weak;
    qsizetype offset = 0;
    for (int part = 0; part < parts.size(); ++part) {
        scan(parts[part], part, offset, kept, weak);
        offset += parts[part].size() + 1;
    }
    // Without nesting, ordering by end is ordering by position.
    resolveOverlaps(kept);
    std::sort(weak.begin(), weak.end(), byPosition);

    // A strong match at least as long over a weak one wins anyway: most weak
    // candidates are the surname inside a full name.
    weak.erase(std::remove_if(weak.begin(), weak.end(),
                   [&](const Candidate &c) {
                       auto it = std::upper_bound(kept.begin(), kept.end(), c.position,
                           [](qsizetype position, const Candidate &k) { return position < k.position; });
                       if (it != kept.begin())
                           --it;
                       for (; it != kept.end() && it->position < c.end(); ++it) {
                           if (c.position < it->end() && it->length >= c.length)
                               return true;
                       }
                       return false;
                   }),
        weak.end());
    if (weak.empty())
        return kept;

    // Who is mentioned where: by strong forms first, weak ones join as they count.
    Mentioned mentioned;
    for (const Candidate &c : kept) {
        if (c.entity >= 0) {
            mentioned.emplace_back(c.entity, c.position);
            continue;
        }
        const Form &form = forms[size_t(c.form)];
        for (quint32 i = 0; i < form.entityCount; ++i)
            mentioned.emplace_back(formEntities[form.entitiesBegin + i], c.position);
    }
    std::sort(mentioned.begin(), mentioned.end());
    const size_t strongCount = kept.size();
    for (Candidate c : weak) {
        c.entity = license(c, parts, date, mentioned);
        if (c.entity < 0)
            continue;
        const std::pair<qint32, qsizetype> mention(c.entity, c.position);
        mentioned.insert(std::upper_bound(mentioned.begin(), mentioned.end(), mention), mention);
        kept.push_back(c);
    }
    if (kept.size() == strongCount)
        return kept;
    std::sort(kept.begin(), kept.end(), byPosition);
    resolveOverlaps(kept);
    return kept;
}

EntityMatcher::EntityMatcher()
    : EntityMatcher(Gazetteer())
{
}

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
    return mentions(QList<QStringView>{text}, date);
}

QList<EntityMention> EntityMatcher::mentions(const QList<QStringView> &parts, const DateRange &date) const
{
    QList<EntityMention> result;
    for (const Candidate &c : d->match(parts, date)) {
        if (c.entity >= 0) {
            result.append({c.entity, c.start, c.length, !c.strong, c.part});
            continue;
        }
        const Form &form = d->forms[size_t(c.form)];
        for (quint32 i = 0; i < form.entityCount; ++i)
            result.append({d->formEntities[form.entitiesBegin + i], c.start, c.length, false, c.part});
    }
    return result;
}

QList<int> EntityMatcher::entitiesIn(QStringView text, const DateRange &date) const
{
    return entitiesIn(QList<QStringView>{text}, date);
}

QList<int> EntityMatcher::entitiesIn(const QList<QStringView> &parts, const DateRange &date) const
{
    // A bit per entity: sorted and unique without sorting.
    QVarLengthArray<quint64, 32> seen((d->gazetteer.size() + 63) / 64, 0);
    const auto see = [&seen](int entity) { seen[entity / 64] |= quint64(1) << (entity % 64); };
    for (const Candidate &c : d->match(parts, date)) {
        if (c.entity >= 0) {
            see(c.entity);
            continue;
        }
        const Form &form = d->forms[size_t(c.form)];
        for (quint32 i = 0; i < form.entityCount; ++i)
            see(d->formEntities[form.entitiesBegin + i]);
    }
    QList<int> result;
    for (qsizetype word = 0; word < seen.size(); ++word) {
        for (quint64 bits = seen[word]; bits != 0; bits &= bits - 1)
            result.append(int(word * 64 + std::countr_zero(bits)));
    }
    return result;
}

EntityMatcher::Statistics EntityMatcher::statistics() const
{
    Statistics stats;
    stats.forms = int(d->forms.size());
    stats.states = int(d->states.size());
    stats.denseStates = int(d->denseStates);
    stats.classes = int(d->classes);
    const auto bytes = [](const auto &v) { return qsizetype(v.size() * sizeof(v[0])); };
    stats.bytes = bytes(d->pages) + bytes(d->dense) + bytes(d->rootRow) + bytes(d->states) + bytes(d->edgeClass)
        + bytes(d->edgeTarget) + bytes(d->outBegin) + bytes(d->outputs) + bytes(d->forms) + bytes(d->formEntities);
    return stats;
}

} // namespace Chronoscope
