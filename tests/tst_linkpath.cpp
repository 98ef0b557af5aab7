// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "graph/linkpath.h"
#include "testutils.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

using namespace Chronoscope;
using namespace Qt::StringLiterals;

TEST_CASE("links and document paths meet under one key", "[graph]")
{
    auto [input, expected] = GENERATE(table<QString, QString>({
        {u"/news/2010/11/2/japan-recalls.md"_s, u"news/2010/11/02/japan-recalls"_s},
        {u"news/2010/11/02/japan-recalls.md"_s, u"news/2010/11/02/japan-recalls"_s},
        {u"/News/2010/11/02/Japan-Recalls.MD"_s, u"news/2010/11/02/japan-recalls"_s},
        {u"/news/2010/11/02/japan%2Drecalls.md"_s, u"news/2010/11/02/japan-recalls"_s},
        {u"./news//2010/1/5/a.md#section"_s, u"news/2010/01/05/a"_s},
        {u"/news/2010/11/02/a.md?x=1"_s, u"news/2010/11/02/a"_s},
        {u"articles/003_x.txt"_s, u"articles/003_x"_s},
        {u"articles/doc.md.gz"_s, u"articles/doc"_s},
        {u"../../etc/passwd"_s, u"etc/passwd"_s},
        {u"a/../../b.md"_s, u"b"_s},
        {u"https://example.org/news/2010/11/02/a.md"_s, QString()},
        {u"javascript:alert(1)"_s, QString()},
        {u"mailto:x@example.org"_s, QString()},
        {u""_s, QString()},
        {u"/"_s, QString()},
    }));
    INFO(input.toStdString());
    CHECK(normalizedLinkKey(input) == expected);
}

TEST_CASE("the date of a link comes from its path", "[graph]")
{
    CHECK(dateFromLinkPath(u"/news/2010/11/2/x.md") == QDate(2010, 11, 2));
    CHECK(dateFromLinkPath(u"news/1855/02/07/treaty") == QDate(1855, 2, 7));
    CHECK_FALSE(dateFromLinkPath(u"/news/2010/13/40/x.md").isValid());
    CHECK_FALSE(dateFromLinkPath(u"/news/x.md").isValid());
    CHECK_FALSE(dateFromLinkPath(u"/news/10/11/2/x.md").isValid());
}
