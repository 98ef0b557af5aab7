// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

// Hostile and broken corpora: each yields problems that name the file and the
// reason, and the rest of the corpus still loads.

#include "corpus/corpusloader.h"
#include "testutils.h"

#include <catch2/catch_test_macros.hpp>

#include <KCompressionDevice>
#include <KTar>
#include <KZip>

#include <QTemporaryDir>

#include <cstring>

#include <sys/stat.h>
#include <sys/types.h>

using namespace Chronoscope;
using namespace Qt::StringLiterals;

namespace {

const QByteArray goodPage = "### [2010-11-12](/news/2010/11/12/index.md)\n\n# A good page\n\nText.\n";

const Problem *problemFor(const LoadResult &result, const QString &pathPart)
{
    for (const Problem &problem : result.problems) {
        if (problem.path.contains(pathPart))
            return &problem;
    }
    return nullptr;
}

bool hasEvent(const LoadResult &result, const QString &title)
{
    for (const Event &event : result.graph.events()) {
        if (event.title == title)
            return true;
    }
    return false;
}

qsizetype padded512(qsizetype size)
{
    return (size + 511) / 512 * 512;
}

QString describe(const LoadResult &result)
{
    QString out = result.errorString + u'\n';
    for (const Problem &problem : result.problems)
        out += problem.path + u": "_s + problem.message + u'\n';
    return out;
}

} // namespace

TEST_CASE("broken documents in a folder become problems and the rest loads", "[hostile]")
{
    QTemporaryDir dir;
    const QString root = dir.path();
    REQUIRE(TestUtils::writeFile(root + u"/good.md"_s, goodPage));
    REQUIRE(TestUtils::writeFile(root + u"/empty.txt"_s, {}));
    QByteArray garbage;
    for (int i = 0; i < 20000; ++i)
        garbage.append(char((i * 7919) % 256));
    REQUIRE(TestUtils::writeFile(root + u"/garbage.bin"_s, garbage));
    REQUIRE(TestUtils::writeFile(root + u"/invalid-utf8.txt"_s,
                                 "Title\n\nText with \xff\xfe broken \xc3 bytes and more words to make it long enough "
                                 "for detection: the islands, the treaty, the talks, the ministers.\n"));
    REQUIRE(TestUtils::writeFile(root + u"/only-spaces.txt"_s, "   \n\n\t\n"));
    REQUIRE(TestUtils::writeFile(root + u"/truth.jsonl"_s, "{\"title\": \"Not a news document\"}\n"));
    REQUIRE(TestUtils::writeFile(root + u"/page.html"_s, "<html><body><script>alert(1)</script></body></html>\n"));
    // Archives inside the corpus are listed, not opened.
    {
        KZip inner(root + u"/nested.zip"_s);
        REQUIRE(inner.open(QIODevice::WriteOnly));
        REQUIRE(inner.writeFile(u"x.md"_s, goodPage));
        REQUIRE(inner.close());
    }
    // Deep folders stop at the limit.
    QString deep = root + u"/deep"_s;
    for (int i = 0; i < 70; ++i)
        deep += u"/d"_s;
    REQUIRE(TestUtils::writeFile(deep + u"/lost.md"_s, goodPage));
    // A link out of the corpus, and a pipe that would block a naive reader for ever.
    QTemporaryDir outside;
    REQUIRE(TestUtils::writeFile(outside.filePath(u"secret.txt"_s), "Secret\n\nNot part of the corpus.\n"));
    REQUIRE(QFile::link(outside.filePath(u"secret.txt"_s), root + u"/link-out.txt"_s));
    REQUIRE(::mkfifo(QFile::encodeName(root + u"/pipe.txt"_s).constData(), 0600) == 0);

    const LoadResult result = CorpusReader::load(root, {});
    INFO(describe(result).toStdString());
    REQUIRE(result.ok);
    CHECK(hasEvent(result, u"A good page"_s));
    CHECK(result.documents == 2); // good.md and invalid-utf8.txt
    CHECK(problemFor(result, u"empty.txt"_s));
    CHECK(problemFor(result, u"garbage.bin"_s)->message.contains(u"inary"_s));
    CHECK(problemFor(result, u"invalid-utf8.txt"_s));
    CHECK(problemFor(result, u"only-spaces.txt"_s));
    CHECK(problemFor(result, u"truth.jsonl"_s)->message.contains(u"not a news document"_s));
    CHECK(problemFor(result, u"page.html"_s));
    CHECK(problemFor(result, u"nested.zip"_s)->message.contains(u"archive"_s));
    CHECK(problemFor(result, u"deep/"_s)->message.contains(u"64"_s));
    CHECK(problemFor(result, u"link-out.txt"_s)->message.contains(u"outside"_s));
    CHECK(problemFor(result, u"pipe.txt"_s));
    CHECK_FALSE(hasEvent(result, u"Secret"_s));
}

TEST_CASE("a document over the size limit is refused, a single 50 MB line is read", "[hostile]")
{
    QTemporaryDir dir;
    REQUIRE(TestUtils::writeFile(dir.filePath(u"long-line.txt"_s), "Title\n" + QByteArray(50 << 20, 'a')));
    REQUIRE(TestUtils::writeFile(dir.filePath(u"good.md"_s), goodPage));
    LoadOptions options;
    options.limits.maxDocumentBytes = 60 << 20;
    LoadResult result = CorpusReader::load(dir.path(), options);
    REQUIRE(result.ok);
    CHECK(result.documents == 2);

    options.limits.maxDocumentBytes = 1 << 20;
    result = CorpusReader::load(dir.path(), options);
    CHECK(result.documents == 1);
    REQUIRE(problemFor(result, u"long-line.txt"_s));
    CHECK(problemFor(result, u"long-line.txt"_s)->message.contains(u"limit"_s));
}

TEST_CASE("zip entries with a wrong CRC, traversal names and bombs", "[hostile][archive]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"hostile.zip"_s);
    const QByteArray marker = "UNIQUE-MARKER-TEXT-0123456789";
    {
        KZip zip(path);
        REQUIRE(zip.open(QIODevice::WriteOnly));
        zip.setCompression(KZip::NoCompression);
        REQUIRE(zip.writeFile(u"good.md"_s, goodPage));
        REQUIRE(zip.writeFile(u"crc.txt"_s, QByteArray("Damaged\n\n" + marker + "\n")));
        REQUIRE(zip.writeFile(u"../../escape.md"_s,
                              "### [2001-01-01](/news/2001/01/01/index.md)\n\n# Escaped\n\nText.\n"));
        zip.setCompression(KZip::DeflateCompression);
        REQUIRE(zip.writeFile(u"bomb.txt"_s, QByteArray(20 << 20, ' ')));
        REQUIRE(zip.close());
    }
    // Damage the stored entry's data without touching its header.
    QByteArray bytes = TestUtils::readFile(path);
    const qsizetype at = bytes.indexOf(marker);
    REQUIRE(at > 0);
    bytes[at + 3] = 'X';
    REQUIRE(TestUtils::writeFile(path, bytes));

    LoadOptions options;
    options.limits.maxCompressionRatio = 100;
    const LoadResult result = CorpusReader::load(path, options);
    INFO(describe(result).toStdString());
    REQUIRE(result.ok);
    CHECK(hasEvent(result, u"A good page"_s));
    CHECK(hasEvent(result, u"Escaped"_s)); // read as a name inside the corpus
    REQUIRE(problemFor(result, u"crc.txt"_s));
    CHECK(problemFor(result, u"crc.txt"_s)->message.contains(u"CRC"_s));
    REQUIRE(problemFor(result, u"bomb.txt"_s));
    CHECK(problemFor(result, u"bomb.txt"_s)->message.contains(u"bomb"_s));
    CHECK_FALSE(QFile::exists(dir.filePath(u"../escape.md"_s)));
}

TEST_CASE("a compressed tar that expands without end is refused", "[hostile][archive]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bomb.tar.zst"_s);
    {
        KTar tar(path);
        REQUIRE(tar.open(QIODevice::WriteOnly));
        REQUIRE(tar.writeFile(u"good.md"_s, goodPage));
        REQUIRE(tar.writeFile(u"zeros.txt"_s, QByteArray(64 << 20, '\0')));
        REQUIRE(tar.close());
    }
    LoadOptions options;
    options.limits.maxCompressionRatio = 50;
    const LoadResult result = CorpusReader::load(path, options);
    CHECK_FALSE(result.ok);
    CHECK(result.errorString.contains(u"bomb"_s));
}

TEST_CASE("truncated and damaged archives fail or report, never crash", "[hostile][archive]")
{
    QTemporaryDir dir;
    for (const QString &name : {u"t.zip"_s, u"t.tar.gz"_s, u"t.tar.zst"_s, u"t.tar.xz"_s, u"t.tar"_s}) {
        INFO(name.toStdString());
        const QString path = dir.filePath(name);
        const std::unique_ptr<KArchive> archive = TestUtils::archiveWriter(path);
        REQUIRE(archive->open(QIODevice::WriteOnly));
        for (int i = 0; i < 40; ++i) {
            REQUIRE(archive->writeFile(u"doc%1.md"_s.arg(i),
                                       QByteArray(goodPage + QByteArray::number(i).repeated(400) + "\n")));
        }
        REQUIRE(archive->close());
        const QByteArray whole = TestUtils::readFile(path);
        for (const double cut : {0.1, 0.5, 0.9}) {
            const QString truncated = dir.filePath(u"cut-"_s + name);
            REQUIRE(TestUtils::writeFile(truncated, whole.left(qsizetype(double(whole.size()) * cut))));
            const LoadResult result = CorpusReader::load(truncated, {});
            // Either the archive cannot be opened at all (with a reason) or what is
            // missing is reported; never more documents than were written.
            if (result.ok)
                CHECK(result.documents <= 40);
            else
                CHECK_FALSE(result.errorString.isEmpty());
        }
        // Flipped bytes in the middle.
        QByteArray damaged = whole;
        for (qsizetype i = damaged.size() / 3; i < damaged.size() / 3 + 64 && i < damaged.size(); ++i)
            damaged[i] = char(~damaged[i]);
        REQUIRE(TestUtils::writeFile(dir.filePath(u"damaged-"_s + name), damaged));
        const LoadResult result = CorpusReader::load(dir.filePath(u"damaged-"_s + name), {});
        if (result.ok)
            CHECK(result.documents <= 40);
    }
}

TEST_CASE("garbage that looks like an archive, and paths that do not exist", "[hostile]")
{
    QTemporaryDir dir;
    REQUIRE(TestUtils::writeFile(dir.filePath(u"fake.zip"_s), "PK\x03\x04 this is not really a zip file at all"));
    LoadResult result = CorpusReader::load(dir.filePath(u"fake.zip"_s), {});
    CHECK_FALSE(result.ok);
    CHECK(result.errorString.contains(u"fake.zip"_s));

    result = CorpusReader::load(dir.filePath(u"missing"_s), {});
    CHECK_FALSE(result.ok);
    CHECK(result.errorString.contains(u"missing"_s));
}

TEST_CASE("the entry count limit stops listing with a message", "[hostile]")
{
    QTemporaryDir dir;
    for (int i = 0; i < 30; ++i)
        REQUIRE(TestUtils::writeFile(dir.filePath(u"doc%1.md"_s.arg(i, 2, 10, QChar(u'0'))), goodPage));
    LoadOptions options;
    options.limits.maxEntries = 10;
    const LoadResult result = CorpusReader::load(dir.path(), options);
    REQUIRE(result.ok);
    CHECK(result.documents == 10);
    bool limitReported = false;
    for (const Problem &problem : result.problems)
        limitReported |= problem.message.contains(u"10"_s) && problem.severity == Problem::Severity::Error;
    CHECK(limitReported);
}

TEST_CASE("tar headers that lie about sizes, checksums and names", "[hostile][archive]")
{
    // Builds a tar by hand: one good entry, then an entry whose header claims
    // 60 MB that the file does not hold.
    auto header = [](const QByteArray &name, qint64 size, char type = '0') {
        QByteArray block(512, '\0');
        std::memcpy(block.data(), name.constData(), size_t(std::min<qsizetype>(name.size(), 99)));
        std::memcpy(block.data() + 100, "0000644", 7);
        const QByteArray octal = QByteArray::number(size, 8).rightJustified(11, '0');
        std::memcpy(block.data() + 124, octal.constData(), 11);
        block[156] = type;
        std::memcpy(block.data() + 257, "ustar\0" "00", 8);
        std::memset(block.data() + 148, ' ', 8);
        qint64 sum = 0;
        for (char c : block)
            sum += static_cast<unsigned char>(c);
        const QByteArray checksum = QByteArray::number(sum, 8).rightJustified(6, '0');
        std::memcpy(block.data() + 148, checksum.constData(), 6);
        block[154] = '\0';
        return block;
    };
    auto pad = [](QByteArray data) {
        data.append(QByteArray((512 - data.size() % 512) % 512, '\0'));
        return data;
    };
    QTemporaryDir dir;
    QByteArray tar = header("good.md", goodPage.size()) + pad(goodPage);
    tar += header("/absolute/../../escape.md", goodPage.size()) + pad(goodPage);
    tar += header("liar.txt", 60 << 20) + pad("Only a few bytes\n");
    REQUIRE(TestUtils::writeFile(dir.filePath(u"liar.tar"_s), tar));
    LoadResult result = CorpusReader::load(dir.filePath(u"liar.tar"_s), {});
    INFO(describe(result).toStdString());
    REQUIRE(result.ok);
    CHECK(hasEvent(result, u"A good page"_s));
    CHECK(result.documents == 2); // good.md and absolute/escape.md, read as names inside the corpus
    CHECK(problemFor(result, u"liar.txt"_s));

    // A damaged checksum after the first entry stops listing there, with a message.
    QByteArray damaged = header("good.md", goodPage.size()) + pad(goodPage) + header("next.md", goodPage.size())
        + pad(goodPage);
    damaged[512 + padded512(goodPage.size()) + 10] = 'X';
    REQUIRE(TestUtils::writeFile(dir.filePath(u"damaged.tar"_s), damaged));
    result = CorpusReader::load(dir.filePath(u"damaged.tar"_s), {});
    REQUIRE(result.ok);
    CHECK(result.documents == 1);
    bool reported = false;
    for (const Problem &problem : result.problems)
        reported |= problem.message.contains(u"header"_s);
    CHECK(reported);
    // The same name twice: the first is read, the second reported; over the
    // entry limit, the rest is left out.
    const QByteArray otherPage = "### [2011-01-02](/news/2011/01/02/index.md)\n\n# Another page\n\nText.\n";
    const QByteArray twice = header("news/a.md", goodPage.size()) + pad(goodPage) + header("news/a.md", otherPage.size())
        + pad(otherPage) + header("news/b.md", otherPage.size()) + pad(otherPage) + header("news/c.md", goodPage.size())
        + pad(goodPage);
    REQUIRE(TestUtils::writeFile(dir.filePath(u"twice.tar"_s), twice));
    LoadOptions limited;
    limited.limits.maxEntries = 2;
    result = CorpusReader::load(dir.filePath(u"twice.tar"_s), limited);
    INFO(describe(result).toStdString());
    REQUIRE(result.ok);
    CHECK(result.documents == 2); // a.md once, and b.md
    CHECK(hasEvent(result, u"A good page"_s));
    CHECK(hasEvent(result, u"Another page"_s));
    const Problem *repeated = problemFor(result, u"a.md"_s);
    REQUIRE(repeated);
    CHECK(repeated->message.contains(u"twice"_s));
    CHECK(problemFor(result, u"c.md"_s));
}

TEST_CASE("a compressed document cut short is reported as such, not as empty", "[hostile][archive]")
{
    QTemporaryDir dir;
    const QByteArray text = "# A compressed article\n\n" + QByteArray("Body text of the article. ").repeated(400) + '\n';
    for (const auto &[name, type] : {std::pair{u"doc.md.gz"_s, KCompressionDevice::GZip},
                                     std::pair{u"doc.md.xz"_s, KCompressionDevice::Xz},
                                     std::pair{u"doc.md.zst"_s, KCompressionDevice::Zstd}}) {
        INFO(name.toStdString());
        const QString path = dir.filePath(name);
        {
            KCompressionDevice out(path, type);
            REQUIRE(out.open(QIODevice::WriteOnly));
            REQUIRE(out.write(text) == text.size());
        }
        LoadResult result = CorpusReader::load(path, {});
        REQUIRE(result.ok);
        CHECK(hasEvent(result, u"A compressed article"_s));
        CHECK(result.problems.isEmpty());

        // Cut anywhere: what is left decompresses to nothing, or to less than
        // was written, and never quietly.
        const QByteArray whole = TestUtils::readFile(path);
        for (const qsizetype keep : {whole.size() / 3, whole.size() - 4}) {
            const QString cut = dir.filePath(u"cut-"_s + name);
            REQUIRE(TestUtils::writeFile(cut, whole.left(keep)));
            result = CorpusReader::load(cut, {});
            REQUIRE(result.ok);
            CHECK(result.documents == 0);
            REQUIRE(result.problems.size() == 1);
            CHECK(result.problems.first().severity == Problem::Severity::Error);
            CHECK(result.problems.first().message.contains(u"ends early"_s));
        }
    }
}
