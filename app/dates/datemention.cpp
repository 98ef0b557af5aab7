// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "datemention.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Chronoscope {

namespace {

using Type = TextToken::Type;
using Tense = DateMention::Tense;

// Lower-cased words, built once; all lookups are reads and safe from any thread.
struct Vocabulary
{
    QHash<QString, int> englishMonths; // match only capitalised ("march" is a verb)
    QHash<QString, int> russianMonths;
    QHash<QString, int> weekdays;
    QSet<QString> notYearBefore; // "page 2008", "No. 2008"
    QSet<QString> notYearAfter; // "2008 troops", "2008 GMT"
    QSet<QString> since;
    QSet<QString> ago;
    QSet<QString> historicNouns; // "the 1956 declaration", "Treaty of 1855", "декларации 1956 года"
    QSet<QString> deadline;
    QSet<QString> eitherSide; // "until 1991" and "until 2030" alike
    QSet<QString> future;
    QSet<QString> articles;
    QSet<QString> fillers;
    QSet<char16_t> monthInitials; // a cheap test before building a lower-case copy
    QSet<char16_t> weekdayInitials;
    QSet<QString> nextWeek; // "next Monday", "will meet on Monday"

    Vocabulary()
    {
        const QStringList english = {u"january"_s, u"february"_s, u"march"_s, u"april"_s, u"may"_s, u"june"_s,
            u"july"_s, u"august"_s, u"september"_s, u"october"_s, u"november"_s, u"december"_s};
        for (int m = 0; m < 12; ++m) {
            englishMonths.insert(english[m], m + 1);
            englishMonths.insert(english[m].left(3), m + 1);
        }
        englishMonths.insert(u"sept"_s, 9);
        // Russian months in every case news uses them.
        const QList<QStringList> russian = {
            {u"январь"_s, u"января"_s, u"январе"_s, u"январю"_s, u"январём"_s, u"январем"_s},
            {u"февраль"_s, u"февраля"_s, u"феврале"_s, u"февралю"_s, u"февралём"_s, u"февралем"_s},
            {u"март"_s, u"марта"_s, u"марте"_s, u"марту"_s, u"мартом"_s},
            {u"апрель"_s, u"апреля"_s, u"апреле"_s, u"апрелю"_s, u"апрелем"_s},
            {u"май"_s, u"мая"_s, u"мае"_s, u"маю"_s, u"маем"_s},
            {u"июнь"_s, u"июня"_s, u"июне"_s, u"июню"_s, u"июнем"_s},
            {u"июль"_s, u"июля"_s, u"июле"_s, u"июлю"_s, u"июлем"_s},
            {u"август"_s, u"августа"_s, u"августе"_s, u"августу"_s, u"августом"_s},
            {u"сентябрь"_s, u"сентября"_s, u"сентябре"_s, u"сентябрю"_s, u"сентябрём"_s, u"сентябрем"_s},
            {u"октябрь"_s, u"октября"_s, u"октябре"_s, u"октябрю"_s, u"октябрём"_s, u"октябрем"_s},
            {u"ноябрь"_s, u"ноября"_s, u"ноябре"_s, u"ноябрю"_s, u"ноябрём"_s, u"ноябрем"_s},
            {u"декабрь"_s, u"декабря"_s, u"декабре"_s, u"декабрю"_s, u"декабрём"_s, u"декабрем"_s},
        };
        for (int m = 0; m < 12; ++m) {
            for (const QString &form : russian[m])
                russianMonths.insert(form, m + 1);
        }
        const QList<QStringList> days = {
            {u"monday"_s, u"понедельник"_s, u"понедельника"_s},
            {u"tuesday"_s, u"вторник"_s, u"вторника"_s},
            {u"wednesday"_s, u"среда"_s, u"среду"_s, u"среды"_s},
            {u"thursday"_s, u"четверг"_s, u"четверга"_s},
            {u"friday"_s, u"пятница"_s, u"пятницу"_s, u"пятницы"_s},
            {u"saturday"_s, u"суббота"_s, u"субботу"_s, u"субботы"_s},
            {u"sunday"_s, u"воскресенье"_s, u"воскресенья"_s},
        };
        for (int d = 0; d < 7; ++d) {
            for (const QString &form : days[d])
                weekdays.insert(form, d + 1);
        }
        for (auto it = englishMonths.cbegin(); it != englishMonths.cend(); ++it)
            monthInitials.insert(it.key().front().unicode());
        for (auto it = russianMonths.cbegin(); it != russianMonths.cend(); ++it)
            monthInitials.insert(it.key().front().unicode());
        for (auto it = weekdays.cbegin(); it != weekdays.cend(); ++it)
            weekdayInitials.insert(it.key().front().unicode());
        notYearBefore = {u"page"_s, u"pages"_s, u"p"_s, u"pp"_s, u"no"_s, u"nos"_s, u"number"_s, u"tel"_s, u"phone"_s,
            u"fax"_s, u"isbn"_s, u"issn"_s, u"room"_s, u"flight"_s, u"route"_s, u"vol"_s, u"volume"_s, u"chapter"_s,
            u"article"_s, u"section"_s, u"paragraph"_s, u"item"_s, u"code"_s, u"pin"_s, u"id"_s, u"file"_s, u"ticket"_s,
            u"стр"_s, u"номер"_s, u"тел"_s, u"статья"_s, u"статьи"_s, u"статье"_s, u"рейс"_s, u"рейса"_s, u"дом"_s};
        notYearAfter = {u"people"_s, u"persons"_s, u"troops"_s, u"soldiers"_s, u"tons"_s, u"tonnes"_s, u"km"_s,
            u"kilometres"_s, u"kilometers"_s, u"miles"_s, u"metres"_s, u"meters"_s, u"m"_s, u"feet"_s, u"ft"_s,
            u"votes"_s, u"seats"_s, u"yen"_s, u"dollars"_s, u"euros"_s, u"rubles"_s, u"roubles"_s, u"units"_s,
            u"cases"_s, u"deaths"_s, u"residents"_s, u"islanders"_s, u"members"_s, u"times"_s, u"hectares"_s,
            u"households"_s, u"workers"_s, u"ships"_s, u"vessels"_s, u"gmt"_s, u"utc"_s, u"jst"_s, u"msk"_s, u"hours"_s,
            u"hrs"_s, u"человек"_s, u"тонн"_s, u"км"_s, u"рублей"_s, u"долларов"_s, u"иен"_s, u"метров"_s,
            u"жителей"_s};
        since = {u"since"_s, u"с"_s, u"со"_s};
        ago = {u"ago"_s, u"назад"_s, u"earlier"_s};
        historicNouns = {u"declaration"_s, u"declarations"_s, u"treaty"_s, u"treaties"_s, u"war"_s, u"wars"_s,
            u"agreement"_s, u"accord"_s, u"accords"_s, u"convention"_s, u"pact"_s, u"communique"_s, u"communiqué"_s,
            u"memorandum"_s, u"memoranda"_s, u"armistice"_s, u"revolution"_s, u"coup"_s, u"invasion"_s, u"occupation"_s,
            u"earthquake"_s, u"tsunami"_s, u"eruption"_s, u"constitution"_s, u"декларация"_s, u"декларации"_s,
            u"декларацию"_s, u"декларацией"_s, u"договор"_s, u"договора"_s, u"договору"_s, u"договоре"_s, u"войны"_s,
            u"война"_s, u"войне"_s, u"войну"_s, u"соглашение"_s, u"соглашения"_s, u"соглашению"_s, u"пакт"_s,
            u"пакта"_s, u"коммюнике"_s, u"меморандум"_s, u"меморандума"_s, u"землетрясение"_s, u"землетрясения"_s};
        deadline = {u"by"_s, u"к"_s};
        eitherSide = {u"until"_s, u"till"_s, u"before"_s, u"through"_s, u"до"_s, u"after"_s, u"после"_s};
        future = {u"will"_s, u"would"_s, u"shall"_s, u"plan"_s, u"plans"_s, u"planned"_s, u"planning"_s, u"aim"_s,
            u"aims"_s, u"aimed"_s, u"aiming"_s, u"vow"_s, u"vows"_s, u"vowed"_s, u"pledge"_s, u"pledges"_s,
            u"pledged"_s, u"intend"_s, u"intends"_s, u"intended"_s, u"intention"_s, u"expect"_s, u"expects"_s,
            u"expected"_s, u"hope"_s, u"hopes"_s, u"hoped"_s, u"schedule"_s, u"scheduled"_s, u"upcoming"_s, u"coming"_s,
            u"next"_s, u"target"_s, u"targets"_s, u"goal"_s, u"forecast"_s, u"projected"_s, u"outlook"_s, u"будет"_s,
            u"будут"_s, u"буду"_s, u"планирует"_s, u"планируют"_s, u"планируется"_s, u"намерен"_s, u"намерена"_s,
            u"намерены"_s, u"собирается"_s, u"ожидается"_s, u"предстоящий"_s, u"предстоящем"_s, u"предстоящего"_s,
            u"следующем"_s, u"следующий"_s};
        nextWeek = {u"next"_s, u"coming"_s, u"will"_s, u"following"_s, u"следующий"_s, u"следующую"_s, u"следующее"_s,
            u"будет"_s, u"будут"_s};
        fillers = {u"the"_s, u"year"_s, u"end"_s, u"of"_s, u"late"_s, u"early"_s, u"mid"_s, u"beginning"_s, u"start"_s,
            u"конца"_s, u"концу"_s, u"начала"_s, u"середины"_s};
        articles = {u"the"_s, u"a"_s, u"an"_s, u"this"_s, u"its"_s, u"their"_s, u"his"_s, u"her"_s};
    }
};

const Vocabulary &vocabulary()
{
    static const Vocabulary v;
    return v;
}

// Japanese era names and the Gregorian year before their first year.
struct Era
{
    char16_t first;
    char16_t second;
    int offset;
};
constexpr Era eras[] = {
    {u'明', u'治', 1867}, {u'大', u'正', 1911}, {u'昭', u'和', 1925}, {u'平', u'成', 1988}, {u'令', u'和', 2018}};

constexpr char16_t japaneseWeekdays[] = u"月火水木金土日";

bool isDash(QChar c)
{
    return c == u'-' || c == u'–' || c == u'—' || c == u'‐' || c == u'−' || c == u'~' || c == u'〜' || c == u'～';
}

class Finder
{
public:
    Finder(QStringView text, const QList<TextToken> &tokens)
        : m_text(text)
        , m_t(tokens)
        , m_v(vocabulary())
    { }

    QList<DateMention> run()
    {
        qsizetype i = 0;
        while (i < m_t.size()) {
            const qsizetype next = matchAt(i);
            i = next > i ? next : i + 1;
        }
        return m_out;
    }

private:
    QStringView m_text;
    const QList<TextToken> &m_t;
    const Vocabulary &m_v;
    QList<DateMention> m_out;

    [[nodiscard]] bool valid(qsizetype i) const { return i >= 0 && i < m_t.size(); }
    [[nodiscard]] QChar charAt(qsizetype i) const { return m_text[m_t[i].position]; }
    [[nodiscard]] bool isPunct(qsizetype i, QChar c) const
    {
        return valid(i) && m_t[i].type == Type::Punct && charAt(i) == c;
    }
    [[nodiscard]] bool isCjkChar(qsizetype i, QChar c) const
    {
        return valid(i) && m_t[i].type == Type::Cjk && charAt(i) == c;
    }
    [[nodiscard]] bool isNumber(qsizetype i, int minDigits, int maxDigits) const
    {
        return valid(i) && m_t[i].type == Type::Number && m_t[i].length >= minDigits && m_t[i].length <= maxDigits;
    }
    [[nodiscard]] bool adjacent(qsizetype i) const { return valid(i) && !m_t[i].spaceBefore; }
    [[nodiscard]] QString lower(qsizetype i) const { return m_t[i].text(m_text).toString().toLower(); }
    [[nodiscard]] bool isWord(qsizetype i) const { return valid(i) && m_t[i].type == Type::Word; }
    [[nodiscard]] bool isWord(qsizetype i, QStringView word) const
    {
        return isWord(i) && m_t[i].text(m_text).compare(word, Qt::CaseInsensitive) == 0;
    }

    // A month name at i; *end is the token after it (after the dot of "Jan.").
    int monthAt(qsizetype i, qsizetype *end) const
    {
        if (!isWord(i) || m_t[i].length < 3 || m_t[i].length > 11
            || !m_v.monthInitials.contains(charAt(i).toLower().unicode()))
            return 0;
        const QString word = lower(i);
        int month = 0;
        if (charAt(i).isUpper())
            month = m_v.englishMonths.value(word);
        if (month == 0)
            month = m_v.russianMonths.value(word);
        if (month == 0)
            return 0;
        *end = i + 1;
        if (word.size() <= 4 && isPunct(i + 1, u'.') && adjacent(i + 1))
            *end = i + 2;
        return month;
    }

    int weekdayAt(qsizetype i) const
    {
        if (!isWord(i) || m_t[i].length < 5 || m_t[i].length > 11
            || !m_v.weekdayInitials.contains(charAt(i).toLower().unicode()))
            return 0;
        const QString word = lower(i);
        if (word.front() < u'а' && !charAt(i).isUpper())
            return 0; // English weekdays are capitalised
        return m_v.weekdays.value(word);
    }

    // A day number at i ("11", "11th"); *end is the token after it.
    int dayAt(qsizetype i, qsizetype *end) const
    {
        if (!isNumber(i, 1, 2) || m_t[i].value < 1 || m_t[i].value > 31)
            return 0;
        if (adjacent(i) && valid(i - 1) && m_t[i - 1].type != Type::Punct)
            return 0;
        *end = i + 1;
        if (isWord(i + 1) && adjacent(i + 1)) {
            const QString suffix = lower(i + 1);
            if (suffix != u"st"_s && suffix != u"nd"_s && suffix != u"rd"_s && suffix != u"th"_s)
                return 0;
            *end = i + 2;
        }
        if (valid(*end) && adjacent(*end) && m_t[*end].type == Type::Punct
            && (charAt(*end) == u':' || isDash(charAt(*end))) && valid(*end + 1) && m_t[*end + 1].type == Type::Number)
            return 0; // "11:30", "11-12"
        return m_t[i].value;
    }

    // A digit run at i that can be a year: four digits, not glued to letters, digits, times or hyphens.
    bool yearAt(qsizetype i, bool checkBefore = true) const
    {
        if (!isNumber(i, 4, 4) || m_t[i].value < 1000 || m_t[i].value > 2199)
            return false;
        if (checkBefore && valid(i - 1) && adjacent(i)) {
            if (m_t[i - 1].type == Type::Word || m_t[i - 1].type == Type::Number)
                return false; // "FY2026", "A2008"
            const QChar c = charAt(i - 1);
            if (m_t[i - 1].type == Type::Punct
                && (isDash(c) || c == u'#' || c == u'$' || c == u'€' || c == u'£' || c == u'¥' || c == u'№' || c == u'.'
                    || c == u',' || c == u'/' || c == u':' || c == u'+' || c == u'*' || c == u'＃'))
                return false; // "#2008", "$2008", "-2008", ".2008"
        }
        if ((checkBefore && valid(i - 1) && m_t[i - 1].type == Type::Number)
            || (valid(i + 1) && m_t[i + 1].type == Type::Number))
            return false; // "+7 495 2008 11": part of a phone number
        if (checkBefore && valid(i - 1) && isWord(i - 1) && m_v.notYearBefore.contains(lower(i - 1)))
            return false;
        if (checkBefore && isPunct(i - 1, u'.') && isWord(i - 2) && m_v.notYearBefore.contains(lower(i - 2)))
            return false; // "No. 2008", "p. 2008"
        const qsizetype n = i + 1;
        if (valid(n)) {
            if (adjacent(n) && m_t[n].type == Type::Word) {
                const QString suffix = lower(n);
                if (suffix != u"г"_s && suffix != u"гг"_s)
                    return false; // "1970s", "2019th"
            }
            if (adjacent(n) && m_t[n].type == Type::Number)
                return false;
            if (m_t[n].type == Type::Punct) {
                const QChar c = charAt(n);
                if (adjacent(n) && (c == u',' || c == u'.' || c == u':' || c == u'/') && adjacent(n + 1) && valid(n + 1)
                    && m_t[n + 1].type == Type::Number)
                    return false; // "2,008", "2008.5", "20:08"
                if (isDash(c) && valid(n + 1)
                    && (m_t[n + 1].type == Type::Number || (adjacent(n + 1) && m_t[n + 1].type == Type::Word)))
                    return false; // "2000-2050", "555-2008-1234", "1970-х"
            }
            if (m_t[n].type == Type::Word && m_v.notYearAfter.contains(lower(n)))
                return false;
        }
        if (checkBefore && valid(i - 1) && m_t[i - 1].type == Type::Punct && isDash(charAt(i - 1)) && valid(i - 2)
            && m_t[i - 2].type == Type::Number)
            return false; // the end of a span or a phone number
        return true;
    }

    // Up to @p count lower-cased words before token @p from in its sentence, nearest first.
    QStringList wordsBefore(qsizetype from, int count) const
    {
        QStringList words;
        const int sentence = m_t[from].sentence;
        for (qsizetype i = from - 1; i >= 0 && m_t[i].sentence == sentence && words.size() < count; --i) {
            if (m_t[i].type == Type::Word)
                words.append(lower(i));
            else if (m_t[i].type == Type::Number)
                words.append(u"#"_s);
        }
        return words;
    }
    QStringList wordsAfter(qsizetype from, int count) const
    {
        QStringList words;
        const int sentence = valid(from) ? m_t[from].sentence : -1;
        for (qsizetype i = from; valid(i) && m_t[i].sentence == sentence && words.size() < count; ++i) {
            if (m_t[i].type == Type::Word)
                words.append(lower(i));
            else if (m_t[i].type == Type::Number)
                words.append(u"#"_s);
            else if (m_t[i].type == Type::Punct && charAt(i) != u'\'' && charAt(i) != u'’')
                words.append(u","_s);
        }
        return words;
    }
    QStringView sentenceText(qsizetype token) const
    {
        const int sentence = m_t[token].sentence;
        qsizetype a = token;
        while (a > 0 && m_t[a - 1].sentence == sentence)
            --a;
        qsizetype b = token;
        while (b + 1 < m_t.size() && m_t[b + 1].sentence == sentence)
            ++b;
        return m_text.mid(m_t[a].position, m_t[b].end() - m_t[a].position);
    }
    // Japanese text right after token @p end, up to @p count characters.
    QStringView textAfter(qsizetype end, qsizetype count) const
    {
        if (!valid(end))
            return {};
        return m_text.mid(m_t[end].position, count);
    }

    void classify(DateMention &m, qsizetype first, qsizetype end) const
    {
        const QStringList before = wordsBefore(first, 12);
        const QStringList after = wordsAfter(end, 4);
        // "by the end of 2019", "since the year 2000": the marker stands before these.
        qsizetype lead = 0;
        while (lead < before.size() && m_v.fillers.contains(before[lead]))
            ++lead;
        const QString marker = lead < before.size() ? before[lead] : QString();
        const QStringView japanese = textAfter(end, 24);
        const QStringView sentence = sentenceText(first);
        auto beforeIs = [&](int k, const QSet<QString> &set) { return before.size() > k && set.contains(before[k]); };
        auto afterIs = [&](int k, const QSet<QString> &set) { return after.size() > k && set.contains(after[k]); };

        const bool ja = valid(end - 1) && m_t[end - 1].type == Type::Cjk;
        if (m_v.deadline.contains(marker) || (ja && japanese.startsWith(u"までに"))) {
            m.tense = Tense::Deadline;
        } else if (m_v.eitherSide.contains(marker)
            || (ja && (japanese.startsWith(u"まで") || japanese.startsWith(u"以降")))) {
            m.tense = Tense::Either;
        } else if (m_v.since.contains(marker) || afterIs(0, m_v.ago) || (ja && japanese.startsWith(u"以来"))
            || afterIs(0, m_v.historicNouns) || afterIs(1, m_v.historicNouns) || afterIs(2, m_v.historicNouns)
            || (before.size() > 1 && before[0] == u"of"_s && m_v.historicNouns.contains(before[1]))
            || beforeIs(0, m_v.historicNouns)
            || (ja && japanese.startsWith(u'の') && hasJapaneseHistoricNoun(japanese))) {
            m.tense = Tense::Past;
        } else if (sentence.contains(u"this year"_s, Qt::CaseInsensitive) || sentence.contains(u"этом году"_s)
            || sentence.contains(u"текущем году"_s) || sentence.contains(u"今年"_s) || sentence.contains(u"本年"_s)) {
            m.tense = Tense::Present;
        } else if (std::any_of(before.cbegin(), before.cend(), [&](const QString &w) { return m_v.future.contains(w); })
            || (ja && (japanese.contains(u"予定") || japanese.contains(u"目指") || japanese.contains(u"見通し")))) {
            m.tense = Tense::Future;
        } else if (beforeIs(0, m_v.articles) && !after.isEmpty() && after[0] != u","_s && after[0] != u"#"_s
            && after[0] != u"of"_s) {
            m.tense = Tense::Event;
        }
        if (m.kind == DateMention::Kind::Day) {
            if (sentence.contains(u"yesterday"_s, Qt::CaseInsensitive)
                || sentence.contains(u"вчера"_s, Qt::CaseInsensitive) || sentence.contains(u"昨日"_s))
                m.anchor = DateMention::Anchor::Yesterday;
            else if (sentence.contains(u"tomorrow"_s, Qt::CaseInsensitive)
                || sentence.contains(u"завтра"_s, Qt::CaseInsensitive) || sentence.contains(u"明日"_s))
                m.anchor = DateMention::Anchor::Tomorrow;
            else if (sentence.contains(u"today"_s, Qt::CaseInsensitive)
                || sentence.contains(u"сегодня"_s, Qt::CaseInsensitive) || sentence.contains(u"本日"_s)
                || sentence.contains(u"今日"_s))
                m.anchor = DateMention::Anchor::Today;
        }
    }

    static bool hasJapaneseHistoricNoun(QStringView after)
    {
        for (const QStringView noun : {u"宣言", u"条約", u"戦争", u"協定", u"声明", u"大戦"}) {
            const qsizetype at = after.indexOf(noun);
            if (at >= 0 && at <= 12)
                return true;
        }
        return false;
    }

    void add(DateMention m, qsizetype first, qsizetype end)
    {
        m.position = m_t[first].position;
        m.length = m_t[end - 1].end() - m.position;
        m.sentence = m_t[first].sentence;
        if (m.kind != DateMention::Kind::Weekday && m.kind != DateMention::Kind::MonthDay)
            classify(m, first, end);
        // The end of a span ("January 23 - March 9 2014", "1-3 марта 2019") may lie ahead.
        if (m.kind != DateMention::Kind::Weekday && valid(first - 1) && m_t[first - 1].type == Type::Punct
            && isDash(charAt(first - 1)) && valid(first - 2) && m_t[first - 2].type != Type::Punct)
            m.tense = Tense::Either;
        else if (m.kind == DateMention::Kind::Weekday) {
            const QStringList before = wordsBefore(first, 3);
            for (const QString &w : before) {
                if (m_v.nextWeek.contains(w))
                    m.tense = Tense::Future;
            }
        }
        m_out.append(m);
    }

    // Weekday written before a date ("Monday, 1 November 2010", "в понедельник, 1 ноября").
    int weekdayBefore(qsizetype first) const
    {
        qsizetype i = first - 1;
        if (isPunct(i, u','))
            --i;
        return weekdayAt(i);
    }
    // Weekday in brackets after a Japanese date: "2019年1月14日（月）".
    int japaneseWeekdayAfter(qsizetype end) const
    {
        if (!(isPunct(end, u'(') || isPunct(end, u'（')) || !valid(end + 1) || m_t[end + 1].type != Type::Cjk)
            return 0;
        const qsizetype index = QStringView(japaneseWeekdays).indexOf(charAt(end + 1));
        return index >= 0 ? int(index) + 1 : 0;
    }

    qsizetype matchJapanese(qsizetype i)
    {
        int year = 0;
        qsizetype k = i;
        if (m_t[i].type == Type::Cjk && valid(i + 1) && m_t[i + 1].type == Type::Cjk) {
            for (const Era &era : eras) {
                if (charAt(i) == QChar(era.first) && charAt(i + 1) == QChar(era.second)) {
                    if (isNumber(i + 2, 1, 2) && m_t[i + 2].value >= 1)
                        year = era.offset + m_t[i + 2].value;
                    else if (isCjkChar(i + 2, u'元'))
                        year = era.offset + 1;
                    k = i + 3;
                }
            }
            if (year == 0) {
                // Weekday: "月曜日"
                const qsizetype wd = QStringView(japaneseWeekdays).indexOf(charAt(i));
                if (wd >= 0 && isCjkChar(i + 1, u'曜') && (!valid(i - 1) || m_t[i - 1].type != Type::Number)) {
                    DateMention m;
                    m.kind = DateMention::Kind::Weekday;
                    m.weekday = int(wd) + 1;
                    add(m, i, isCjkChar(i + 2, u'日') ? i + 3 : i + 2);
                    return i + 2;
                }
                return i;
            }
        } else if (isNumber(i, 4, 4) && isCjkChar(i + 1, u'年') && yearAt(i)) {
            if (valid(i - 1) && adjacent(i) && m_t[i - 1].type == Type::Punct && isDash(charAt(i - 1)))
                return i + 2; // "1945～1991年"
            year = m_t[i].value;
            k = i + 1;
        } else if (isNumber(i, 1, 2) && isCjkChar(i + 1, u'月') && isNumber(i + 2, 1, 2) && isCjkChar(i + 3, u'日')) {
            const int month = m_t[i].value;
            const int day = m_t[i + 2].value;
            if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
                DateMention m;
                m.kind = DateMention::Kind::MonthDay;
                m.month = month;
                m.day = day;
                add(m, i, i + 4);
            }
            return i + 4;
        } else {
            return i;
        }
        if (!isCjkChar(k, u'年'))
            return i;
        if (isCjkChar(k + 1, u'代') || isCjkChar(k + 1, u'間'))
            return k + 2; // a decade or a number of years
        DateMention m;
        m.year = year;
        m.kind = DateMention::Kind::Year;
        qsizetype end = k + 1;
        if (isNumber(end, 1, 2) && isCjkChar(end + 1, u'月') && m_t[end].value >= 1 && m_t[end].value <= 12) {
            m.kind = DateMention::Kind::Month;
            m.month = m_t[end].value;
            end += 2;
            if (isNumber(end, 1, 2) && isCjkChar(end + 1, u'日') && QDate(year, m.month, m_t[end].value).isValid()) {
                m.kind = DateMention::Kind::Day;
                m.day = m_t[end].value;
                end += 2;
                m.weekday = japaneseWeekdayAfter(end);
            }
        }
        add(m, i, end);
        return end;
    }

    qsizetype matchAt(qsizetype i)
    {
        const TextToken &t = m_t[i];
        if (t.type == Type::Cjk || (t.type == Type::Number && (isCjkChar(i + 1, u'年') || isCjkChar(i + 1, u'月')))) {
            const qsizetype next = matchJapanese(i);
            if (next != i)
                return next;
        }
        if (t.type == Type::Number) {
            // 2019-01-11, 2019/01/11
            if (isNumber(i, 4, 4) && (isPunct(i + 1, u'-') || isPunct(i + 1, u'/')) && adjacent(i + 1)
                && isNumber(i + 2, 1, 2) && adjacent(i + 2) && valid(i + 3) && charAt(i + 3) == charAt(i + 1)
                && m_t[i + 3].type == Type::Punct && adjacent(i + 3) && isNumber(i + 4, 1, 2) && adjacent(i + 4)) {
                const bool gluedBefore = adjacent(i) && valid(i - 1) && m_t[i - 1].type != Type::Punct;
                const bool dashBefore = adjacent(i) && valid(i - 1) && m_t[i - 1].type == Type::Punct
                    && (isDash(charAt(i - 1)) || charAt(i - 1) == u'/');
                const bool more = valid(i + 5) && adjacent(i + 5) && m_t[i + 5].type == Type::Punct
                    && (isDash(charAt(i + 5)) || charAt(i + 5) == u'/') && valid(i + 6)
                    && m_t[i + 6].type == Type::Number;
                const bool gluedAfter = valid(i + 5) && adjacent(i + 5) && m_t[i + 5].type == Type::Number;
                const QDate date(m_t[i].value, m_t[i + 2].value, m_t[i + 4].value);
                if (!gluedBefore && !dashBefore && !more && !gluedAfter && date.isValid() && m_t[i].value >= 1000) {
                    DateMention m;
                    m.kind = DateMention::Kind::Day;
                    m.year = date.year();
                    m.month = date.month();
                    m.day = date.day();
                    m.weekday = weekdayBefore(i);
                    add(m, i, i + 5);
                }
                return i + 5;
            }
            // 11.01.2019
            if (isNumber(i, 1, 2) && isPunct(i + 1, u'.') && adjacent(i + 1) && isNumber(i + 2, 2, 2) && adjacent(i + 2)
                && isPunct(i + 3, u'.') && adjacent(i + 3) && isNumber(i + 4, 4, 4) && adjacent(i + 4)) {
                const QDate date(m_t[i + 4].value, m_t[i + 2].value, m_t[i].value);
                const bool glued = (adjacent(i) && valid(i - 1) && m_t[i - 1].type != Type::Punct)
                    || (valid(i + 5) && adjacent(i + 5) && (m_t[i + 5].type == Type::Number || isPunct(i + 5, u'.'))
                        && valid(i + 6) && adjacent(i + 6) && m_t[i + 6].type == Type::Number);
                if (date.isValid() && !glued && date.year() >= 1000) {
                    DateMention m;
                    m.kind = DateMention::Kind::Day;
                    m.year = date.year();
                    m.month = date.month();
                    m.day = date.day();
                    m.weekday = weekdayBefore(i);
                    add(m, i, i + 5);
                }
                return i + 5;
            }
            // 11 January 2019, 11th of January, 11 января 2019 года
            qsizetype k = 0;
            if (const int day = dayAt(i, &k)) {
                if (isWord(k, u"of"))
                    ++k;
                qsizetype afterMonth = 0;
                if (const int month = monthAt(k, &afterMonth)) {
                    qsizetype y = afterMonth;
                    if (isPunct(y, u','))
                        ++y;
                    DateMention m;
                    m.month = month;
                    m.day = day;
                    m.weekday = weekdayBefore(i);
                    if (yearAt(y, false) && QDate(m_t[y].value, month, day).isValid()) {
                        m.kind = DateMention::Kind::Day;
                        m.year = m_t[y].value;
                        add(m, i, y + 1);
                        return y + 1;
                    }
                    if (QDate(2000, month, day).isValid()) {
                        m.kind = DateMention::Kind::MonthDay;
                        add(m, i, afterMonth);
                    }
                    return afterMonth;
                }
            }
            if (yearAt(i)) {
                DateMention m;
                m.kind = DateMention::Kind::Year;
                m.year = t.value;
                add(m, i, i + 1);
                return i + 1;
            }
            // Skip the rest of a span of years or a long number so that its parts are not read alone.
            qsizetype j = i + 1;
            while (valid(j) && adjacent(j) && (m_t[j].type == Type::Number || m_t[j].type == Type::Punct)
                && !(m_t[j].type == Type::Punct && (charAt(j) == u'(' || charAt(j) == u'"')))
                ++j;
            if (valid(j) && m_t[j].type == Type::Punct && isDash(charAt(j)) && valid(j + 1)
                && m_t[j + 1].type == Type::Number)
                j += 2; // "2000 - 2050"
            return j;
        }
        if (t.type == Type::Word) {
            // January 11, 2019; Jan. 11 2019; January 2019; января 2019 года
            qsizetype k = 0;
            if (const int month = monthAt(i, &k)) {
                qsizetype d = 0;
                const int day = dayAt(k, &d);
                if (day > 0) {
                    qsizetype y = d;
                    if (isPunct(y, u','))
                        ++y;
                    DateMention m;
                    m.month = month;
                    m.day = day;
                    m.weekday = weekdayBefore(i);
                    if (yearAt(y, false) && QDate(m_t[y].value, month, day).isValid()) {
                        m.kind = DateMention::Kind::Day;
                        m.year = m_t[y].value;
                        add(m, i, y + 1);
                        return y + 1;
                    }
                    // Russian puts the day first: "мая 2019" is caught below, "мая 5" is not a date.
                    if (charAt(i).isUpper() && m_v.englishMonths.contains(lower(i))
                        && QDate(2000, month, day).isValid()) {
                        m.kind = DateMention::Kind::MonthDay;
                        add(m, i, d);
                    }
                    return d;
                }
                qsizetype y = k;
                if (isPunct(y, u',') || isWord(y, u"of"))
                    ++y;
                if (yearAt(y, false)) {
                    DateMention m;
                    m.kind = DateMention::Kind::Month;
                    m.month = month;
                    m.year = m_t[y].value;
                    add(m, i, y + 1);
                    return y + 1;
                }
                return k;
            }
            if (const int weekday = weekdayAt(i)) {
                DateMention m;
                m.kind = DateMention::Kind::Weekday;
                m.weekday = weekday;
                add(m, i, i + 1);
                return i + 1;
            }
        }
        return i + 1;
    }
};

} // namespace

QDate DateMention::first() const
{
    switch (kind) {
    case Kind::Day:
        return QDate(year, month, day);
    case Kind::Month:
        return QDate(year, month, 1);
    case Kind::Year:
        return QDate(year, 1, 1);
    case Kind::MonthDay:
    case Kind::Weekday:
        break;
    }
    return {};
}

QDate DateMention::last() const
{
    switch (kind) {
    case Kind::Day:
        return QDate(year, month, day);
    case Kind::Month: {
        const QDate start(year, month, 1);
        return start.isValid() ? start.addMonths(1).addDays(-1) : QDate();
    }
    case Kind::Year:
        return QDate(year, 12, 31);
    case Kind::MonthDay:
    case Kind::Weekday:
        break;
    }
    return {};
}

QList<DateMention> findDateMentions(QStringView text, const QList<TextToken> &tokens)
{
    return Finder(text, tokens).run();
}

QList<DateMention> findDateMentions(QStringView text)
{
    return findDateMentions(text, tokenizeText(text));
}

} // namespace Chronoscope
