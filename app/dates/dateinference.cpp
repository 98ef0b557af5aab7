// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "dateinference.h"

#include "dates/datemention.h"
#include "dates/texttokenizer.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Chronoscope {

namespace {

using Type = TextToken::Type;
using Kind = DateMention::Kind;
using Tense = DateMention::Tense;

// The earliest day a text can be dated to: older years are history, not publication dates.
const QDate floorDay(1800, 1, 1);
// Wider than this, a range says nothing a reader can use.
constexpr qint64 maxWidthDays = 20 * 366;
// How long after the latest full date of a text it may have been written.
constexpr int dateWindowDays = 7;
// How many characters of Japanese may form a name before its title.
constexpr qsizetype maxJapaneseName = 12;

struct Span
{
    QDate from;
    QDate to;
    friend bool operator==(const Span &, const Span &) = default;
};
using SpanSet = QList<Span>; // sorted, disjoint

SpanSet intersect(const SpanSet &a, const SpanSet &b)
{
    SpanSet out;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        const QDate from = std::max(a[i].from, b[j].from);
        const QDate to = std::min(a[i].to, b[j].to);
        if (from <= to)
            out.append({from, to});
        if (a[i].to < b[j].to)
            ++i;
        else
            ++j;
    }
    return out;
}

SpanSet normalized(SpanSet spans)
{
    std::sort(spans.begin(), spans.end(), [](const Span &x, const Span &y) { return x.from < y.from; });
    SpanSet out;
    for (const Span &s : spans) {
        if (!s.from.isValid() || !s.to.isValid() || s.from > s.to)
            continue;
        if (!out.isEmpty() && s.from <= out.last().to.addDays(1))
            out.last().to = std::max(out.last().to, s.to);
        else
            out.append(s);
    }
    return out;
}

qint64 width(const SpanSet &spans)
{
    return spans.isEmpty() ? 0 : spans.first().from.daysTo(spans.last().to) + 1;
}

QString isoDay(QDate day)
{
    return day.toString(Qt::ISODate);
}

QString quoted(QStringView text)
{
    QString s = text.toString().simplified();
    if (s.size() > 70)
        s = s.left(69) + u'…';
    return u"'"_s + s + u"'"_s;
}

enum class OfficeMode : quint8 {
    Term, ///< in office at the time of writing
    After, ///< "then", or a year in the sentence: only known to have started
    Former, ///< "former": the term had ended
};

struct Term
{
    QDate from;
    QDate to; // invalid: still in office
    QSet<int> forms;
};

struct Form
{
    QString text;
    QStringList words; // lower case; empty for CJK forms
    bool cjk = false;
    bool exactCase = false; // "PM"
};

struct Clue
{
    SpanSet spans;
    QString evidence;
    bool lower = false; // bounds the date from below
    bool upper = false; // bounds it from above
    int support = 0; // office clues: how many others agree
    int count = 1; // how often the text says it
};

} // namespace

struct DateInferenceData
{
    QDate latest;
    QList<Form> forms;
    QHash<QString, QList<int>> formsByFirstWord; // longest first
    QHash<char16_t, QList<int>> formsByFirstChar; // CJK forms, longest first
    QSet<char16_t> formInitials; // first letters of the other forms: most words need no lookup
    QList<QList<Term>> terms; // per holder
    QHash<QString, QList<int>> holdersByName;
    QSet<QString> formerWords;
    QSet<QString> thenWords;
    QSet<QString> notThisOffice; // "Deputy Prime Minister", "Vice President"
};

DateInference::DateInference(QList<OfficeHolder> holders, QDate latest)
{
    auto data = std::make_shared<DateInferenceData>();
    data->latest = latest.isValid() ? latest : QDate::currentDate();
    QHash<QString, int> formIds;
    auto formId = [&](const QString &text) {
        const bool cjk = !text.isEmpty() && isCjk(text.front());
        const bool exact = !cjk && text.size() <= 3 && text == text.toUpper();
        const QString key = cjk || exact ? text : text.toLower();
        if (const auto it = formIds.constFind(key); it != formIds.cend())
            return it.value();
        Form form;
        form.text = text;
        form.cjk = cjk;
        form.exactCase = exact;
        if (!cjk)
            form.words = key.split(u' ', Qt::SkipEmptyParts);
        const int id = int(data->forms.size());
        data->forms.append(form);
        formIds.insert(key, id);
        return id;
    };
    for (qsizetype h = 0; h < holders.size(); ++h) {
        QList<Term> terms;
        for (const Office &office : std::as_const(holders[h].offices)) {
            if (!office.from.isValid())
                continue;
            Term term {office.from, office.to, {}};
            for (const QString &form : office.titleForms) {
                if (!form.trimmed().isEmpty())
                    term.forms.insert(formId(form.trimmed()));
            }
            terms.append(term);
        }
        data->terms.append(terms);
        for (const QString &name : std::as_const(holders[h].names)) {
            const QString key = name.simplified();
            if (!key.isEmpty())
                data->holdersByName[key].append(int(h));
        }
    }
    for (int id = 0; id < data->forms.size(); ++id) {
        const Form &form = data->forms[id];
        if (form.cjk)
            data->formsByFirstChar[form.text.front().unicode()].append(id);
        else if (!form.words.isEmpty()) {
            data->formsByFirstWord[form.words.front()].append(id);
            data->formInitials.insert(form.words.front().front().unicode());
        }
    }
    const auto longestFirst = [&](QList<int> &ids) {
        std::sort(ids.begin(), ids.end(),
            [&](int a, int b) { return data->forms[a].text.size() > data->forms[b].text.size(); });
    };
    for (auto &ids : data->formsByFirstWord)
        longestFirst(ids);
    for (auto &ids : data->formsByFirstChar)
        longestFirst(ids);
    data->formerWords = {u"former"_s, u"ex"_s, u"late"_s, u"previous"_s, u"erstwhile"_s, u"бывший"_s, u"бывшего"_s,
        u"бывшему"_s, u"бывшим"_s, u"бывшем"_s, u"экс"_s, u"покойный"_s, u"покойного"_s};
    data->thenWords = {u"then"_s, u"тогдашний"_s, u"тогдашнего"_s, u"тогдашнему"_s, u"тогдашним"_s};
    data->notThisOffice = {u"deputy"_s, u"vice"_s, u"future"_s, u"incoming"_s, u"would-be"_s, u"next"_s,
        u"заместитель"_s, u"заместителя"_s, u"замглавы"_s, u"вице"_s, u"будущий"_s, u"будущего"_s, u"first-deputy"_s,
        u"assistant"_s, u"acting"_s};
    d = std::move(data);
}

QDate DateInference::latest() const
{
    return d->latest;
}

namespace {

// Everything one call of infer() works on.
class Inference
{
public:
    Inference(const DateInferenceData &data, QStringView title, QStringView body)
        : m_d(data)
    {
        m_text.reserve(title.size() + body.size() + 2);
        m_text += title;
        m_text += u"\n\n"_s;
        m_bodyStart = m_text.size();
        m_text += body;
        m_tokens = tokenizeText(m_text);
        m_mentions = findDateMentions(m_text, m_tokens);
        m_set = {{floorDay, m_d.latest}};
    }

    DateRange run(const QList<DateCandidate> &similar);

private:
    const DateInferenceData &m_d;
    QString m_text;
    qsizetype m_bodyStart = 0;
    QList<TextToken> m_tokens;
    QList<DateMention> m_mentions;
    SpanSet m_set;
    bool m_lowerKnown = false;
    bool m_upperKnown = false;
    QStringList m_used;
    QStringList m_ignored;

    QString lowerWord(qsizetype i) const { return m_tokens[i].text(m_text).toString().toLower(); }
    QChar charAt(qsizetype position) const
    {
        return position >= 0 && position < m_text.size() ? m_text[position] : QChar();
    }

    bool apply(const Clue &clue)
    {
        const SpanSet narrowed = intersect(m_set, clue.spans);
        if (narrowed.isEmpty()) {
            m_ignored.append(clue.evidence);
            return false;
        }
        if (narrowed != m_set || clue.lower || clue.upper)
            m_used.append(clue.evidence);
        m_set = narrowed;
        m_lowerKnown = m_lowerKnown || clue.lower;
        m_upperKnown = m_upperKnown || clue.upper;
        return true;
    }

    QString describe(const SpanSet &spans, bool open) const
    {
        QStringList parts;
        for (const Span &s : spans)
            parts.append(isoDay(s.from) + u" – "_s + (open && s.to == m_d.latest ? QString() : isoDay(s.to)));
        return parts.join(u", "_s);
    }

    qsizetype tokenAt(qsizetype position) const
    {
        const auto it = std::lower_bound(m_tokens.cbegin(), m_tokens.cend(), position,
            [](const TextToken &t, qsizetype p) { return t.position < p; });
        return it - m_tokens.cbegin();
    }

    // The mention with up to three words before it in its sentence: "talks with Russia in 2019".
    QString snippet(const DateMention &m) const
    {
        qsizetype first = tokenAt(m.position);
        int words = 0;
        while (first > 0 && m_tokens[first - 1].sentence == m.sentence && words < 3) {
            --first;
            if (m_tokens[first].type == Type::Word || m_tokens[first].type == Type::Cjk)
                ++words;
        }
        const qsizetype from = first < m_tokens.size() ? m_tokens[first].position : m.position;
        return quoted(QStringView(m_text).mid(from, m.position + m.length - from));
    }

    int firstBodySentence() const
    {
        return m_tokens.isEmpty() ? 0 : m_tokens[std::min(tokenAt(m_bodyStart), m_tokens.size() - 1)].sentence;
    }

    bool sentenceNamesAYear(int sentence) const
    {
        return std::any_of(m_mentions.cbegin(), m_mentions.cend(), [&](const DateMention &m) {
            return m.sentence == sentence && (m.kind == Kind::Year || m.kind == Kind::Month || m.kind == Kind::Day)
                && (m.tense == Tense::Neutral || m.tense == Tense::Event);
        });
    }

    QList<Clue> officeClues() const;
    void officeMention(int form, qsizetype titleFirst, qsizetype titleEnd, QList<Clue> *clues) const;
    Clue officeClue(const QList<int> &holders, int form, OfficeMode mode, QStringView written) const;
    bool datelineApplies(const DateMention &m) const;
    void newYearCue();
    void weekdayCue();
    void similarEvents(const QList<DateCandidate> &similar);
    DateRange result() const;
};

Clue Inference::officeClue(const QList<int> &holders, int form, OfficeMode mode, QStringView written) const
{
    SpanSet spans;
    bool ended = true;
    QDate earliestStart;
    QDate earliestEnd;
    for (int h : holders) {
        for (const Term &term : m_d.terms[h]) {
            if (!term.forms.contains(form))
                continue;
            spans.append({term.from, term.to.isValid() ? term.to : m_d.latest});
            ended = ended && term.to.isValid();
            if (!earliestStart.isValid() || term.from < earliestStart)
                earliestStart = term.from;
            if (term.to.isValid() && (!earliestEnd.isValid() || term.to < earliestEnd))
                earliestEnd = term.to;
        }
    }
    Clue clue;
    if (spans.isEmpty())
        return clue;
    spans = normalized(spans);
    switch (mode) {
    case OfficeMode::Term:
        clue.spans = spans;
        clue.lower = true;
        clue.upper = ended;
        clue.evidence = quoted(written) + u" (in office "_s + describe(spans, true) + u")"_s;
        break;
    case OfficeMode::After:
        clue.spans = {{earliestStart, m_d.latest}};
        clue.lower = true;
        clue.evidence = quoted(written) + u" (in office from "_s + isoDay(earliestStart) + u", not said to be now)"_s;
        break;
    case OfficeMode::Former:
        if (!earliestEnd.isValid())
            return {};
        clue.spans = {{earliestEnd, m_d.latest}};
        clue.lower = true;
        clue.evidence = quoted(written) + u" (out of office from "_s + isoDay(earliestEnd) + u")"_s;
        break;
    }
    return clue;
}

void Inference::officeMention(int form, qsizetype titleFirst, qsizetype titleEnd, QList<Clue> *clues) const
{
    const Form &f = m_d.forms[form];
    const int sentence = m_tokens[titleFirst].sentence;
    OfficeMode mode = sentenceNamesAYear(sentence) ? OfficeMode::After : OfficeMode::Term;
    if (f.cjk) {
        // Japanese: the name comes before the title, "元" or "前" between them means former.
        qsizetype nameEnd = m_tokens[titleFirst].position;
        const QChar before = charAt(nameEnd - 1);
        if (before == u'副' || charAt(m_tokens[titleEnd - 1].end()) == u'補')
            return; // 副首相, 首相補佐官
        if (before == u'元' || before == u'前') {
            mode = OfficeMode::Former;
            --nameEnd;
        }
        for (qsizetype k = std::min(maxJapaneseName, nameEnd); k >= 2; --k) {
            const QString name = m_text.mid(nameEnd - k, k);
            if (const auto it = m_d.holdersByName.constFind(name); it != m_d.holdersByName.cend()) {
                const QStringView written =
                    QStringView(m_text).mid(nameEnd - k, m_tokens[titleEnd - 1].end() - (nameEnd - k));
                const Clue clue = officeClue(it.value(), form, mode, written);
                if (!clue.spans.isEmpty())
                    clues->append(clue);
                return;
            }
        }
        return;
    }
    // English and Russian: modifiers before the title, the name after it.
    for (qsizetype k = titleFirst - 1; k >= 0 && k >= titleFirst - 3 && m_tokens[k].sentence == sentence; --k) {
        if (m_tokens[k].type != Type::Word)
            break;
        const QString word = lowerWord(k);
        if (m_d.notThisOffice.contains(word))
            return;
        if (m_d.formerWords.contains(word)) {
            mode = OfficeMode::Former;
            break;
        }
        if (m_d.thenWords.contains(word)) {
            mode = OfficeMode::After;
            break;
        }
        if (!m_tokens[k].text(m_text).front().isUpper())
            break; // "said", "the": the modifier would have come first
    }
    qsizetype start = titleEnd;
    for (int skipped = 0; skipped <= 3 && start < m_tokens.size() && m_tokens[start].sentence == sentence; ++skipped) {
        const TextToken &first = m_tokens[start];
        if (first.type != Type::Word)
            return;
        if (first.text(m_text).front().isUpper()) {
            // Longest name first: "Vladimir V. Putin", "Taro Aso", "Aso".
            qsizetype last = start;
            QList<qsizetype> ends;
            while (last < m_tokens.size() && last < start + 7 && m_tokens[last].sentence == sentence
                && (m_tokens[last].type == Type::Word
                    || (m_tokens[last].type == Type::Punct && m_text[m_tokens[last].position] == u'.'
                        && !m_tokens[last].spaceBefore))) {
                if (m_tokens[last].type == Type::Word)
                    ends.append(last);
                ++last;
            }
            for (qsizetype e = ends.size() - 1; e >= 0; --e) {
                const qsizetype from = first.position;
                QString name = QStringView(m_text).mid(from, m_tokens[ends[e]].end() - from).toString().simplified();
                if (name.endsWith(u"'s"_s) || name.endsWith(u"’s"_s))
                    name.chop(2);
                if (const auto it = m_d.holdersByName.constFind(name); it != m_d.holdersByName.cend()) {
                    const qsizetype writtenFrom = m_tokens[titleFirst].position;
                    const QStringView written = QStringView(m_text).mid(writtenFrom, from - writtenFrom + name.size());
                    const Clue clue = officeClue(it.value(), form, mode, written);
                    if (!clue.spans.isEmpty())
                        clues->append(clue);
                    return;
                }
            }
        }
        // Skip what may stand between title and name: "President of Russia", "президент России".
        const QString word = lowerWord(start);
        if (word != u"of"_s && word != u"the"_s && !first.text(m_text).front().isUpper())
            return;
        ++start;
    }
}

QList<Clue> Inference::officeClues() const
{
    QList<Clue> clues;
    for (qsizetype i = 0; i < m_tokens.size(); ++i) {
        const TextToken &t = m_tokens[i];
        if (t.type == Type::Word) {
            if (!m_d.formInitials.contains(m_text[t.position].toLower().unicode()))
                continue;
            const auto it = m_d.formsByFirstWord.constFind(lowerWord(i));
            if (it == m_d.formsByFirstWord.cend())
                continue;
            for (int id : it.value()) {
                const Form &form = m_d.forms[id];
                qsizetype k = 0;
                while (k < form.words.size() && i + k < m_tokens.size() && m_tokens[i + k].type == Type::Word
                    && (form.exactCase ? m_tokens[i + k].text(m_text) == QStringView(form.text)
                                       : lowerWord(i + k) == form.words[k]))
                    ++k;
                if (k == form.words.size()) {
                    officeMention(id, i, i + k, &clues);
                    i += k - 1;
                    break;
                }
            }
        } else if (t.type == Type::Cjk) {
            const auto it = m_d.formsByFirstChar.constFind(m_text[t.position].unicode());
            if (it == m_d.formsByFirstChar.cend())
                continue;
            for (int id : it.value()) {
                const QString &form = m_d.forms[id].text;
                if (QStringView(m_text).mid(t.position, form.size()) != QStringView(form))
                    continue;
                qsizetype end = i;
                while (end < m_tokens.size() && m_tokens[end].position < t.position + form.size())
                    ++end;
                officeMention(id, i, end, &clues);
                i = end - 1;
                break;
            }
        }
    }
    // The same person with the same title says the same thing again: count it once.
    QList<Clue> unique;
    for (const Clue &clue : std::as_const(clues)) {
        auto same = std::find_if(unique.begin(), unique.end(),
            [&](const Clue &u) { return u.spans == clue.spans && u.lower == clue.lower && u.upper == clue.upper; });
        if (same != unique.end())
            ++same->count;
        else
            unique.append(clue);
    }
    return unique;
}

bool Inference::datelineApplies(const DateMention &m) const
{
    if (m.kind != Kind::Day || m.position < m_bodyStart || m.tense == Tense::Future || m.tense == Tense::Deadline)
        return false;
    // Only a weekday, a place in capitals or an agency may come before it: "Friday, August 21, 2015",
    // "MOSCOW, Jan. 11, 2019 (Reuters) -".
    const QStringView before = QStringView(m_text).mid(m_bodyStart, m.position - m_bodyStart);
    if (before.size() > 40 || before.contains(u'\n'))
        return false;
    const qsizetype first = tokenAt(m_bodyStart);
    for (qsizetype i = first; i < m_tokens.size() && m_tokens[i].position < m.position; ++i) {
        const TextToken &t = m_tokens[i];
        if (t.type == Type::Punct)
            continue;
        if (t.type != Type::Word)
            return false;
        const QStringView word = t.text(m_text);
        const bool capitals = word.size() > 1 && word.toString().toUpper() == word;
        const QString lower = word.toString().toLower();
        const bool weekday = lower.endsWith(u"day"_s) || lower == u"в"_s || lower == u"во"_s
            || lower.startsWith(u"понедельник"_s) || lower.startsWith(u"вторник"_s) || lower.startsWith(u"сред"_s)
            || lower.startsWith(u"четверг"_s) || lower.startsWith(u"пятниц"_s) || lower.startsWith(u"суббот"_s)
            || lower.startsWith(u"воскресен"_s);
        if (!capitals && !weekday)
            return false;
    }
    return true;
}

void Inference::newYearCue()
{
    // "New Year press conference": early January of the year the text speaks of.
    static const QStringList newYear = {u"new year press conference"_s, u"new year's press conference"_s,
        u"new year news conference"_s, u"new year's news conference"_s, u"new year’s press conference"_s,
        u"new-year press conference"_s, u"年頭記者会見"_s, u"年頭の記者会見"_s, u"新年の記者会見"_s, u"新年記者会見"_s,
        u"новогодней пресс-конференции"_s, u"новогодняя пресс-конференция"_s, u"новогоднюю пресс-конференцию"_s};
    const QString folded = m_text.toLower();
    const auto phrase =
        std::find_if(newYear.cbegin(), newYear.cend(), [&](const QString &p) { return folded.contains(p); });
    if (phrase != newYear.cend() && width(m_set) > 31) {
        const QString written = quoted(QStringView(m_text).mid(folded.indexOf(*phrase), phrase->size()));
        int year = 0;
        for (const DateMention &m : std::as_const(m_mentions)) {
            if (m.kind == Kind::Year && (m.tense == Tense::Present || m.tense == Tense::Future) && m.year > year)
                year = m.year;
        }
        SpanSet windows;
        if (year > 0) {
            windows = {{QDate(year, 1, 1), QDate(year, 1, 31)}};
        } else {
            for (int y = m_set.first().from.year(); y <= m_set.last().to.year(); ++y)
                windows.append({QDate(y, 1, 1), QDate(y, 1, 31)});
        }
        const SpanSet narrowed = intersect(m_set, windows);
        if (narrowed.size() == 1) {
            apply({windows, written + u" → January "_s + QString::number(narrowed.first().from.year()), false, false});
        }
    }
}

void Inference::weekdayCue()
{
    // A weekday the text opens with ("pledged Saturday") picks its day once the range is short.
    if (width(m_set) > 14 || m_set.size() != 1)
        return;
    const int bodySentence = firstBodySentence();
    for (const DateMention &m : std::as_const(m_mentions)) {
        if (m.kind != Kind::Weekday || m.tense == Tense::Future)
            continue;
        if (m.sentence > bodySentence)
            break;
        QList<QDate> days;
        for (QDate day = m_set.first().from; day <= m_set.first().to; day = day.addDays(1)) {
            if (day.dayOfWeek() == m.weekday)
                days.append(day);
        }
        if (days.size() == 1) {
            apply({{{days.first(), days.first().addDays(1)}},
                snippet(m) + u" → "_s + isoDay(days.first()) + u" or the day after"_s, false, false});
        }
        break;
    }
}

void Inference::similarEvents(const QList<DateCandidate> &similar)
{
    if (width(m_set) <= dateWindowDays || !m_lowerKnown || !m_upperKnown)
        return;
    QList<DateCandidate> ranked = similar;
    std::stable_sort(ranked.begin(), ranked.end(),
        [](const DateCandidate &a, const DateCandidate &b) { return a.weight > b.weight; });
    for (const DateCandidate &c : std::as_const(ranked)) {
        if (c.weight < 0.5F || !c.from.isValid())
            break;
        const QDate to = c.to.isValid() ? std::max(c.to, c.from) : c.from;
        // A week from the event: a weekday the text names then falls on one day only.
        const SpanSet window = {{c.from, to.addDays(dateWindowDays - 1)}};
        const SpanSet narrowed = intersect(m_set, window);
        if (!narrowed.isEmpty() && width(narrowed) < width(m_set)) {
            apply({window, u"like the dated event "_s + quoted(c.label) + u" ("_s + isoDay(c.from) + u")"_s, false,
                false});
            return;
        }
    }
}

DateRange Inference::result() const
{
    DateRange range;
    range.evidence = m_used.join(u"; "_s);
    if (!m_ignored.isEmpty())
        range.evidence += (range.evidence.isEmpty() ? QString() : u"; "_s) + u"ignored as contradicting: "_s
            + m_ignored.join(u", "_s);
    if (!m_lowerKnown || !m_upperKnown || m_set.isEmpty() || width(m_set) > maxWidthDays)
        return range;
    range.from = m_set.first().from;
    range.to = m_set.last().to;
    range.source = DateSource::Inferred;
    if (range.from == range.to)
        range.precision = DatePrecision::Day;
    else if (range.from.day() == 1 && range.to == range.from.addMonths(1).addDays(-1))
        range.precision = DatePrecision::Month;
    else if (range.from.day() == 1 && range.from.month() == 1 && range.to == QDate(range.from.year(), 12, 31))
        range.precision = DatePrecision::Year;
    else
        range.precision = DatePrecision::Range;
    // Narrow ranges are more likely right about the day; a year is still worth something.
    const double days = double(range.from.daysTo(range.to) + 1);
    const double score = 0.9 - 0.7 * std::log(days) / std::log(double(maxWidthDays));
    range.confidence = float(std::clamp(score, 0.1, 0.9));
    return range;
}

DateRange Inference::run(const QList<DateCandidate> &similar)
{
    // 1. A dateline decides.
    for (const DateMention &m : std::as_const(m_mentions)) {
        if (m.position > m_bodyStart + 60)
            break;
        if (datelineApplies(m) && m.first() >= floorDay && m.first() <= m_d.latest) {
            DateRange range = DateRange::day(m.first(), DateSource::Inferred,
                u"dateline "_s + quoted(QStringView(m_text).mid(m.position, m.length)));
            range.confidence = 0.95F;
            return range;
        }
    }

    // 2. Terms of office, the ones most others agree with first.
    QList<Clue> offices = officeClues();
    for (Clue &clue : offices) {
        for (const Clue &other : std::as_const(offices))
            clue.support += intersect(clue.spans, other.spans).isEmpty() ? 0 : 1;
    }
    std::stable_sort(offices.begin(), offices.end(), [](const Clue &a, const Clue &b) {
        if (a.support != b.support)
            return a.support > b.support;
        if (a.count != b.count)
            return a.count > b.count;
        return width(a.spans) < width(b.spans);
    });
    for (const Clue &clue : std::as_const(offices))
        apply(clue);

    // 3. The latest full date, unless the text names a later year: then it is history.
    int latestYear = 0;
    for (const DateMention &m : std::as_const(m_mentions)) {
        if ((m.kind == Kind::Year || m.kind == Kind::Month) && m.tense != Tense::Future && m.tense != Tense::Deadline
            && m.tense != Tense::Either)
            latestYear = std::max(latestYear, m.year);
    }
    const DateMention *newest = nullptr;
    for (const DateMention &m : std::as_const(m_mentions)) {
        if (m.kind == Kind::Day && m.tense != Tense::Future && m.tense != Tense::Deadline && m.tense != Tense::Either
            && m.tense != Tense::Past && (!newest || m.first() > newest->first()))
            newest = &m;
    }
    // Only a date in the opening sentences tells what the news is; later ones are background.
    const int lede = firstBodySentence() + 1;
    if (newest && newest->year >= latestYear && newest->sentence <= lede) {
        const QDate day = newest->first();
        Span window {day.addDays(-1), day.addDays(dateWindowDays)};
        QString how = u" → "_s + isoDay(day) + u" to a week later"_s;
        if (newest->anchor == DateMention::Anchor::Today) {
            window = {day, day};
            how = u" with 'today' → "_s + isoDay(day);
        } else if (newest->anchor == DateMention::Anchor::Yesterday) {
            window = {day.addDays(1), day.addDays(1)};
            how = u" with 'yesterday' → "_s + isoDay(day.addDays(1));
        } else if (newest->anchor == DateMention::Anchor::Tomorrow) {
            window = {day.addDays(-1), day.addDays(-1)};
            how = u" with 'tomorrow' → "_s + isoDay(day.addDays(-1));
        } else if (newest->weekday == day.dayOfWeek()) {
            window = {day, day.addDays(1)};
            how = u" → "_s + isoDay(day) + u" or the day after"_s;
        }
        apply({{window}, u"full date "_s + snippet(*newest) + how, true, true});
    }

    // 4. Years: the present, the near future, deadlines.
    for (const DateMention &m : std::as_const(m_mentions)) {
        if (m.kind != Kind::Year && m.kind != Kind::Month)
            continue;
        if (m.tense == Tense::Present) {
            apply({{{QDate(m.year, 1, 1), QDate(m.year, 12, 31)}},
                snippet(m) + u" → "_s + QString::number(m.year) + u" (this year)"_s, true, true});
        }
    }
    for (const DateMention &m : std::as_const(m_mentions)) {
        const QDate last = m.last();
        if (!last.isValid() || m.kind == Kind::Weekday)
            continue;
        if (m.tense == Tense::Future) {
            const QDate from = m.kind == Kind::Year ? QDate(m.year - 1, 7, 1)
                : m.kind == Kind::Month             ? m.first().addMonths(-6)
                                                    : m.first().addDays(-60);
            apply({{{from, last}}, snippet(m) + u" → "_s + isoDay(from) + u" – "_s + isoDay(last) + u" (ahead)"_s, true,
                true});
        } else if (m.tense == Tense::Deadline) {
            apply({{{floorDay, last}}, snippet(m) + u" → before "_s + isoDay(last.addDays(1)) + u" (a deadline)"_s,
                false, true});
        }
    }

    // 5. Lower bounds: the latest thing the text speaks of as past, and the end of former terms.
    QList<Clue> lowers;
    for (const DateMention &m : std::as_const(m_mentions)) {
        const QDate first = m.first();
        if (!first.isValid() || m.tense == Tense::Future || m.tense == Tense::Deadline || m.tense == Tense::Either)
            continue;
        // A day may be the local date of a text written the evening before elsewhere.
        const QDate bound = m.tense == Tense::Event ? QDate(m.year - 1, 1, 1)
            : m.kind == Kind::Day                   ? first.addDays(-1)
                                                    : first;
        lowers.append({{{bound, m_d.latest}}, snippet(m) + u" → after "_s + isoDay(bound.addDays(-1)), true, false});
    }
    std::stable_sort(lowers.begin(), lowers.end(),
        [](const Clue &a, const Clue &b) { return a.spans.first().from > b.spans.first().from; });
    for (const Clue &clue : std::as_const(lowers)) {
        if (clue.spans.first().from <= m_set.first().from) {
            m_lowerKnown = true; // already implied
            break;
        }
        if (apply(clue))
            break;
    }

    // 6. Relative cues and similar events narrow what is left.
    newYearCue();
    similarEvents(similar);
    weekdayCue();
    return result();
}

} // namespace

DateRange DateInference::infer(QStringView title, QStringView body, const QList<DateCandidate> &similar) const
{
    return Inference(*d, title, body).run(similar);
}

} // namespace Chronoscope
