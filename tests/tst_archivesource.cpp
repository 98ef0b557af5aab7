// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "corpus/corpussource.h"
#include "testutils.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <K7Zip>
#include <KCompressionDevice>
#include <KTar>
#include <KZip>

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <map>

using namespace Chronoscope;
using namespace Qt::StringLiterals;

namespace {

const std::map<QString, QByteArray> documents = {
    {u"news/2010/11/12/summit.md"_s, "### [2010-11-12](/news/2010/11/12/index.md)\n\n# Summit\n\nText.\n"},
    {u"articles/one.txt"_s, "A title\n\nA body with üñíçødé and 北方領土.\n"},
    {u"articles/two.txt"_s, QByteArray(300000, 'x') + '\n'},
};

std::map<QString, QByteArray> readAll(CorpusSource &source)
{
    std::map<QString, QByteArray> result;
    for (const CorpusEntry &entry : source.entries()) {
        QByteArray data;
        QString error;
        INFO(entry.path.toStdString());
        REQUIRE(source.read(entry, &data, &error));
        result[entry.path] = data;
    }
    return result;
}

bool writeArchive(KArchive &archive, const QString &prefix = {})
{
    if (!archive.open(QIODevice::WriteOnly))
        return false;
    for (const auto &[path, data] : documents) {
        if (!archive.writeFile(prefix + path, data))
            return false;
    }
    return archive.close();
}

} // namespace

TEST_CASE("archives written with KArchive read back through CorpusSource", "[archive]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString name = GENERATE(u"corpus.zip"_s, u"corpus.tar"_s, u"corpus.tar.gz"_s, u"corpus.tar.bz2"_s,
                                  u"corpus.tar.xz"_s, u"corpus.tar.zst"_s, u"corpus.7z"_s);
    const QString path = dir.filePath(name);
    INFO(name.toStdString());

    REQUIRE(writeArchive(*TestUtils::archiveWriter(path)));

    auto source = CorpusSource::create(path);
    REQUIRE(source->open());
    CHECK(source->entries().size() == qsizetype(documents.size()));
    CHECK(readAll(*source) == documents);
    CHECK(source->takeProblems().isEmpty());
}

TEST_CASE("a corpus packed under one top-level folder reads as that folder", "[archive]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"packed.tar.zst"_s);
    KTar tar(path);
    REQUIRE(writeArchive(tar, u"kuril-islands/"_s));
    auto source = CorpusSource::create(path);
    REQUIRE(source->open());
    CHECK(readAll(*source) == documents);
}

TEST_CASE("the format is picked by content, not by name", "[archive]")
{
    QTemporaryDir dir;
    const QString zipPath = dir.filePath(u"real.zip"_s);
    KZip zip(zipPath);
    REQUIRE(writeArchive(zip));
    const QString misnamed = dir.filePath(u"misnamed.tar.gz"_s);
    REQUIRE(QFile::copy(zipPath, misnamed));
    auto source = CorpusSource::create(misnamed);
    CHECK(source->kindName() == CorpusSource::tr("zip archive"));
    REQUIRE(source->open());
    CHECK(readAll(*source) == documents);
}

TEST_CASE("a folder reads recursively, in name order", "[folder]")
{
    QTemporaryDir dir;
    for (const auto &[path, data] : documents)
        REQUIRE(TestUtils::writeFile(dir.filePath(path), data));
    auto source = CorpusSource::create(dir.path());
    CHECK(source->isFolder());
    REQUIRE(source->open());
    CHECK(readAll(*source) == documents);
    QStringList paths;
    for (const CorpusEntry &entry : source->entries())
        paths.append(entry.path);
    CHECK(paths == QStringList{u"articles/one.txt"_s, u"articles/two.txt"_s, u"news/2010/11/12/summit.md"_s});
}

TEST_CASE("single compressed documents are read as a one-document corpus", "[archive]")
{
    QTemporaryDir dir;
    const QByteArray text = documents.at(u"articles/one.txt"_s);
    for (const QString &name : {u"doc.md.gz"_s, u"doc.txt.xz"_s, u"doc.txt.zst"_s}) {
        INFO(name.toStdString());
        const QString path = dir.filePath(name);
        // KTar's compression device is the simplest way to write each format.
        KCompressionDevice device(path, name.endsWith(u".gz"_s)   ? KCompressionDevice::GZip
                                        : name.endsWith(u".xz"_s) ? KCompressionDevice::Xz
                                                                   : KCompressionDevice::Zstd);
        REQUIRE(device.open(QIODevice::WriteOnly));
        REQUIRE(device.write(text) == text.size());
        device.close();
        auto source = CorpusSource::create(path);
        REQUIRE(source->open());
        REQUIRE(source->entries().size() == 1);
        QByteArray data;
        QString error;
        REQUIRE(source->read(source->entries().first(), &data, &error));
        CHECK(data == text);
    }
}

TEST_CASE("tars from GNU tar: long names in GNU and pax formats, links not followed", "[archive]")
{
    QTemporaryDir dir;
    const QString longName = u"news/2010/11/01/"_s + QString(180, u'k') + u".md"_s;
    const QString root = dir.filePath(u"src"_s);
    REQUIRE(TestUtils::writeFile(root + u'/' + longName, documents.at(u"news/2010/11/12/summit.md"_s)));
    REQUIRE(TestUtils::writeFile(root + u"/articles/one.txt"_s, documents.at(u"articles/one.txt"_s)));
    REQUIRE(QFile::link(u"/etc/passwd"_s, root + u"/articles/passwd.txt"_s));
    for (const QString &format : {u"gnu"_s, u"pax"_s, u"ustar"_s}) {
        INFO(format.toStdString());
        const QString out = dir.filePath(u"corpus-"_s + format + u".tar.gz"_s);
        QProcess tar;
        tar.start(u"tar"_s, {u"--format="_s + format, u"-czf"_s, out, u"-C"_s, root, u"news"_s, u"articles"_s});
        REQUIRE(tar.waitForFinished(30000));
        if (format == u"ustar"_s && tar.exitCode() != 0)
            continue; // ustar cannot hold a 200-character name: that is fine
        REQUIRE(tar.exitCode() == 0);
        auto source = CorpusSource::create(out);
        REQUIRE(source->open());
        QStringList paths;
        for (const CorpusEntry &entry : source->entries())
            paths.append(entry.path);
        paths.sort();
        CHECK(paths == QStringList{u"articles/one.txt"_s, longName});
        bool linkReported = false;
        for (const Problem &problem : source->takeProblems())
            linkReported |= problem.path.endsWith(u"passwd.txt"_s);
        CHECK(linkReported);
    }
}

TEST_CASE("a document is read again by its path, from any source", "[archive]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"again.tar.xz"_s);
    KTar tar(path);
    REQUIRE(writeArchive(tar));
    auto source = CorpusSource::create(path);
    REQUIRE(source->open());
    // Read the last first, then the first: the stream has to start over.
    QByteArray data;
    QString error;
    REQUIRE(source->read(u"news/2010/11/12/summit.md"_s, &data, &error));
    CHECK(data == documents.at(u"news/2010/11/12/summit.md"_s));
    REQUIRE(source->read(u"articles/one.txt"_s, &data, &error));
    CHECK(data == documents.at(u"articles/one.txt"_s));
    CHECK_FALSE(source->read(u"articles/missing.txt"_s, &data, &error));
    CHECK(error.contains(u"missing.txt"_s));
}

TEST_CASE("a tar read in one pass skips what is not read, and reads any document again after", "[archive]")
{
    QTemporaryDir dir;
    const QString name = GENERATE(u"pass.tar"_s, u"pass.tar.zst"_s, u"pass.tar.gz"_s);
    INFO(name.toStdString());
    const QString path = dir.filePath(name);
    // Entries larger than what a source reads at a time, read and not read,
    // between small ones.
    // Letters that do not compress far: a compressed tar may expand only so much.
    QByteArray noise(1 << 20, Qt::Uninitialized);
    QRandomGenerator random(7);
    for (char &c : noise)
        c = char('a' + random.bounded(26));
    const std::vector<std::pair<QString, QByteArray>> entries = {
        {u"first.md"_s, "# First\n\nText.\n"},
        {u"skipped.bin"_s, noise},
        {u"large.txt"_s, "Large\n\n" + noise.left(700000) + '\n'},
        {u"after.txt"_s, "After\n\nThe end.\n"},
    };
    {
        KTar tar(path);
        REQUIRE(tar.open(QIODevice::WriteOnly));
        for (const auto &[entryName, data] : entries)
            REQUIRE(tar.writeFile(entryName, data));
        REQUIRE(tar.close());
    }
    auto source = CorpusSource::create(path);
    REQUIRE(source->openSequential());
    CorpusEntry entry;
    QStringList given;
    while (source->nextEntry(&entry)) {
        given.append(entry.path);
        if (entry.path.endsWith(u".bin"_s))
            continue; // not read: the next entry must still be found
        QByteArray data;
        QString error;
        REQUIRE(source->read(entry, &data, &error));
        const auto expected = std::find_if(entries.cbegin(), entries.cend(), [&entry](const auto &e) {
            return e.first == entry.path;
        });
        REQUIRE(expected != entries.cend());
        CHECK(data == expected->second);
    }
    CHECK(given == QStringList{u"first.md"_s, u"skipped.bin"_s, u"large.txt"_s, u"after.txt"_s});
    CHECK(source->takeProblems().isEmpty());
    // Again, last first: backwards in the stream.
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        QByteArray data;
        QString error;
        INFO(it->first.toStdString());
        REQUIRE(source->read(it->first, &data, &error));
        CHECK(data == it->second);
    }
}
