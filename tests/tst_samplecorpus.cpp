// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

// The bundled sample corpus: the first thing every user opens.

#include "corpus/corpusloader.h"
#include "corpus/jsonexport.h"
#include "testutils.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Chronoscope;
using namespace Qt::StringLiterals;

namespace {

QString sample()
{
    return QStringLiteral(CHRONOSCOPE_SOURCE_DIR) + u"/resources/samples/kuril-islands"_s;
}

QByteArray comparableJson(const LoadResult &result)
{
    QJsonObject json = loadResultToJson(result, false);
    json.remove(u"timing_ms"_s);
    json.remove(u"source"_s);
    return QJsonDocument(json).toJson();
}

} // namespace

TEST_CASE("the sample corpus loads without errors, every page dated", "[sample]")
{
    const LoadResult result = CorpusReader::load(sample(), {});
    REQUIRE(result.ok);
    CHECK(result.documents >= 90);
    for (const Problem &problem : result.problems) {
        INFO(problem.path.toStdString() << ": " << problem.message.toStdString());
        // Only the notes on the two articles stored in legacy encodings are expected.
        CHECK(problem.severity == Problem::Severity::Warning);
        CHECK(problem.message.contains(u"UTF-8"_s));
    }
    int pages = 0;
    int articles = 0;
    for (const Event &event : result.graph.events()) {
        INFO(event.id.toStdString());
        CHECK_FALSE(event.title.isEmpty());
        if (event.kind == EventKind::Page) {
            ++pages;
            CHECK(event.date.isValid());
            CHECK(event.date.source == DateSource::Metadata);
            CHECK_FALSE(event.sources.isEmpty());
        } else if (event.kind == EventKind::Article) {
            ++articles;
        }
    }
    CHECK(pages >= 80);
    CHECK(articles >= 12);
    CHECK(result.graph.stubCount() > 0);
    CHECK(result.graph.edges().size() > size_t(pages));
}

TEST_CASE("the sample corpus reads alike as a folder, a .tar.zst and a .zip", "[sample][archive]")
{
    const LoadResult folder = CorpusReader::load(sample(), {});
    REQUIRE(folder.ok);
    const QByteArray expected = comparableJson(folder);

    QTemporaryDir dir;
    const QString name = GENERATE(u"kuril-islands.tar.zst"_s, u"kuril-islands.zip"_s);
    INFO(name.toStdString());
    const QString path = dir.filePath(name);
    REQUIRE(TestUtils::packFolder(sample(), path, u"kuril-islands/"_s));
    const LoadResult packed = CorpusReader::load(path, {});
    REQUIRE(packed.ok);
    CHECK(comparableJson(packed) == expected);
}
