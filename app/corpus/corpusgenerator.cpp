// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "corpusgenerator.h"

#include <KTar>
#include <KZip>

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QStringList>

#include <memory>
#include <random>

using namespace Qt::StringLiterals;

namespace Chronoscope {

namespace {

const QStringList countries = {u"Japan"_s, u"Russia"_s, u"China"_s, u"United States"_s, u"South Korea"_s,
                               u"North Korea"_s, u"United Kingdom"_s, u"France"_s, u"Germany"_s, u"India"_s,
                               u"Ukraine"_s, u"Mongolia"_s, u"Taiwan"_s, u"Vietnam"_s, u"Philippines"_s};
const QStringList islands = {u"Kunashir"_s, u"Iturup"_s, u"Shikotan"_s, u"Habomai Islands"_s, u"Kuril Islands"_s,
                             u"Sakhalin"_s, u"Hokkaido"_s, u"Senkaku Islands"_s, u"Liancourt Rocks"_s,
                             u"Spratly Islands"_s, u"Paramushir"_s, u"Shumshu"_s, u"Urup"_s};
const QStringList people = {u"Shinzo Abe"_s, u"Vladimir Putin"_s, u"Dmitry Medvedev"_s, u"Naoto Kan"_s,
                            u"Sergei Lavrov"_s, u"Taro Kono"_s, u"Fumio Kishida"_s, u"Mikhail Gorbachev"_s,
                            u"Boris Yeltsin"_s, u"Yoshihide Suga"_s, u"Taro Aso"_s, u"Sergei Shoigu"_s};
const QStringList organizations = {u"United Nations"_s, u"NATO"_s, u"APEC"_s, u"ASEAN"_s, u"G7"_s, u"G20"_s,
                                   u"European Union"_s};
const QStringList verbs = {u"meets"_s, u"criticises"_s, u"signs an agreement with"_s, u"protests to"_s,
                           u"holds talks with"_s, u"warns"_s, u"welcomes a proposal from"_s, u"rejects a demand by"_s};
const QStringList topics = {u"fishing rights"_s, u"a peace treaty"_s, u"military drills"_s, u"visa-free visits"_s,
                            u"joint economic activity"_s, u"border patrols"_s, u"sanctions"_s, u"energy projects"_s};
const QStringList publishers = {u"Kyodo"_s, u"TASS"_s, u"Reuters"_s, u"NHK World"_s, u"Associated Press"_s,
                                u"The Japan Times"_s, u"BBC News"_s};
const QStringList sections = {u"Asia Pacific"_s, u"Defence Notes"_s, u"World"_s, u"Business"_s, u"Science"_s};

class Generator
{
public:
    explicit Generator(quint64 seed)
        : m_rng(seed)
    {
    }

    int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_rng); }
    const QString &pick(const QStringList &list) { return list[uniform(0, int(list.size()) - 1)]; }

    QDate date()
    {
        static const qint64 first = QDate(1850, 1, 1).toJulianDay();
        static const qint64 last = QDate(2030, 12, 31).toJulianDay();
        return QDate::fromJulianDay(std::uniform_int_distribution<qint64>(first, last)(m_rng));
    }

    QString headline()
    {
        QString subject = chance(0.5) ? pick(people) : pick(countries);
        QString object = chance(0.5) ? pick(countries) : pick(organizations);
        return subject + u' ' + pick(verbs) + u' ' + object + u" over "_s + pick(topics) + u" near "_s + pick(islands)
            + u'.';
    }

    QStringList context()
    {
        QStringList tags;
        const int n = uniform(1, 4);
        for (int i = 0; i < n; ++i) {
            const QStringList &pool = i == 0 ? countries : (chance(0.5) ? islands : (chance(0.5) ? people : organizations));
            const QString &tag = pick(pool);
            if (!tags.contains(tag))
                tags.append(tag);
        }
        return tags;
    }

    static QString slugOf(const QString &title)
    {
        QString slug;
        for (QChar c : title.toLower()) {
            if (c.isLetterOrNumber())
                slug += c;
            else if (!slug.endsWith(u'-'))
                slug += u'-';
        }
        while (slug.endsWith(u'-'))
            slug.chop(1);
        return slug.left(120);
    }

private:
    std::mt19937_64 m_rng;
};

struct Page {
    QDate date;
    QString title;
    QString slug;
    QString linkPath() const
    {
        // The portals' convention: month zero-padded, day not.
        return u"/news/%1/%2/%3/%4.md"_s.arg(date.year())
            .arg(date.month(), 2, 10, QChar(u'0'))
            .arg(date.day())
            .arg(slug);
    }
    QString filePath() const
    {
        return u"news/%1/%2/%3/%4.md"_s.arg(date.year())
            .arg(date.month(), 2, 10, QChar(u'0'))
            .arg(date.day(), 2, 10, QChar(u'0'))
            .arg(slug);
    }
};

/** Where the documents go: a folder or an archive. */
class Sink
{
public:
    virtual ~Sink() = default;
    virtual bool write(const QString &path, const QByteArray &data) = 0;
    virtual bool finish() { return true; }
    QString error;
};

class FolderSink : public Sink
{
public:
    explicit FolderSink(const QString &root)
        : m_root(root)
    {
    }
    bool write(const QString &path, const QByteArray &data) override
    {
        const QString full = m_root + u'/' + path;
        QDir().mkpath(QFileInfo(full).path());
        QFile file(full);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
            error = file.errorString();
            return false;
        }
        return true;
    }

private:
    QString m_root;
};

class ArchiveSink : public Sink
{
public:
    explicit ArchiveSink(std::unique_ptr<KArchive> archive)
        : m_archive(std::move(archive))
    {
    }
    bool open()
    {
        if (!m_archive->open(QIODevice::WriteOnly)) {
            error = m_archive->errorString();
            return false;
        }
        return true;
    }
    bool write(const QString &path, const QByteArray &data) override
    {
        if (!m_archive->writeFile(path, data, 0100644)) {
            error = m_archive->errorString();
            return false;
        }
        return true;
    }
    bool finish() override
    {
        if (!m_archive->close()) {
            error = m_archive->errorString();
            return false;
        }
        return true;
    }

private:
    std::unique_ptr<KArchive> m_archive;
};

QByteArray pageText(const Page &page, Generator &gen, const QList<Page> &pages, int self)
{
    QString text;
    text += u"### [%1](/news/%2/%3/%4/index.md)\n\n"_s.arg(page.date.toString(Qt::ISODate))
                .arg(page.date.year())
                .arg(page.date.month(), 2, 10, QChar(u'0'))
                .arg(page.date.day(), 2, 10, QChar(u'0'));
    text += u"# "_s + page.title + u"\n\n"_s;
    text += u"Officials in "_s + gen.pick(countries) + u" said the talks on "_s + gen.pick(topics)
        + u" would continue. "_s + gen.pick(people) + u" is expected to comment later this week.\n\n\n"_s;
    text += u"### Source:\n\n"_s;
    const int sources = gen.uniform(1, 3);
    for (int i = 0; i < sources; ++i) {
        const QString &publisher = gen.pick(publishers);
        text += u"%1. [%2](https://news.example.org/%3/%4)\n"_s.arg(i + 1).arg(publisher, Generator::slugOf(publisher),
                                                                              page.slug.left(40));
    }
    const int related = gen.uniform(0, 10);
    if (related > 0) {
        text += u"\n### Related:\n\n"_s;
        for (int i = 0; i < related; ++i) {
            Page target;
            if (gen.chance(0.8) && pages.size() > 1) {
                int other = gen.uniform(0, int(pages.size()) - 1);
                if (other == self)
                    other = (other + 1) % int(pages.size());
                target = pages[other];
            } else {
                // A page that is not in the corpus: a stub.
                target.date = gen.date();
                target.title = gen.headline();
                target.slug = Generator::slugOf(target.title);
            }
            text += u"%1. [%2 ](%3) _Context: %4_\n"_s.arg(i + 1).arg(target.title, target.linkPath(),
                                                                     gen.context().join(u", "_s));
        }
    }
    return text.toUtf8();
}

QByteArray articleText(Generator &gen)
{
    QString text = gen.headline() + u"\n"_s;
    const int paragraphs = gen.uniform(3, 8);
    for (int i = 0; i < paragraphs; ++i) {
        text += gen.pick(people) + u" said on "_s
            + QLocale::c().dayName(gen.uniform(1, 7)) + u" that "_s + gen.pick(countries) + u" and "_s
            + gen.pick(countries) + u" would discuss "_s + gen.pick(topics) + u" at a meeting of "_s
            + gen.pick(organizations) + u". The dispute over "_s + gen.pick(islands) + u" has lasted for decades.\n"_s;
    }
    if (gen.chance(0.4)) {
        text += u"More from "_s + gen.pick(sections) + u"\n"_s;
        for (int i = 0; i < 4; ++i)
            text += u"-\n"_s + gen.headline() + u"\n"_s + u"A short teaser about "_s + gen.pick(topics) + u".\n"_s;
    } else if (gen.chance(0.5)) {
        text += u"\n"_s;
        const int comments = gen.uniform(1, 12);
        for (int i = 0; i < comments; ++i) {
            const int up = gen.uniform(0, 20);
            const int down = gen.uniform(0, 20);
            text += u"I think "_s + gen.pick(countries) + u" should "_s
                + (gen.chance(0.5) ? u"give the islands back."_s : u"keep talking."_s)
                + u"\n\n%1 ( +%2 / -%3 )\n\n"_s.arg(up - down).arg(up).arg(down);
        }
    }
    return text.toUtf8();
}

std::unique_ptr<Sink> makeSink(const QString &out, QString *error)
{
    const QString lower = out.toLower();
    std::unique_ptr<KArchive> archive;
    if (lower.endsWith(u".zip"_s))
        archive = std::make_unique<KZip>(out);
    else if (lower.endsWith(u".tar.zst"_s) || lower.endsWith(u".tar.gz"_s) || lower.endsWith(u".tgz"_s)
             || lower.endsWith(u".tar.xz"_s) || lower.endsWith(u".tar.bz2"_s) || lower.endsWith(u".tar"_s))
        archive = std::make_unique<KTar>(out);
    if (!archive) {
        if (QFileInfo::exists(out) && !QFileInfo(out).isDir()) {
            *error = QCoreApplication::translate("CorpusGenerator", "%1 exists and is not a folder.").arg(out);
            return nullptr;
        }
        if (!QDir().mkpath(out)) {
            *error = QCoreApplication::translate("CorpusGenerator", "Cannot create the folder %1.").arg(out);
            return nullptr;
        }
        return std::make_unique<FolderSink>(out);
    }
    auto sink = std::make_unique<ArchiveSink>(std::move(archive));
    if (!sink->open()) {
        *error = sink->error;
        return nullptr;
    }
    return sink;
}

} // namespace

bool CorpusGenerator::write(const QString &out, const Options &options, QString *error)
{
    std::unique_ptr<Sink> sink = makeSink(out, error);
    if (!sink)
        return false;
    Generator gen(options.seed);
    QList<Page> pages;
    pages.reserve(options.pages);
    for (int i = 0; i < options.pages; ++i) {
        Page page;
        page.date = gen.date();
        page.title = gen.headline();
        page.slug = Generator::slugOf(page.title) + u'-' + QString::number(i);
        pages.append(page);
    }
    for (int i = 0; i < pages.size(); ++i) {
        if (!sink->write(pages[i].filePath(), pageText(pages[i], gen, pages, i))) {
            *error = sink->error;
            return false;
        }
    }
    for (int i = 0; i < options.articles; ++i) {
        const QString path = u"articles/%1.txt"_s.arg(i, 6, 10, QChar(u'0'));
        if (!sink->write(path, articleText(gen))) {
            *error = sink->error;
            return false;
        }
    }
    if (!sink->finish()) {
        *error = sink->error;
        return false;
    }
    return true;
}

} // namespace Chronoscope
