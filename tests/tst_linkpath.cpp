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
        {u"news\\2010\\3\\9\\a.md"_s, u"news/2010/03/09/a"_s},
        {u"news/2010%2F3/9/%C3%89t%C3%A9.md"_s, u"news/2010/03/09/été"_s},
        {u"a/b/./c/../d/"_s, u"a/b/d"_s},
        {u"news/2010/3/9"_s, u"news/2010/03/09"_s},
        {u"news/2010/3/9.md"_s, u"news/2010/03/09"_s},
        {u":odd/name.md"_s, u":odd/name"_s},
        {u"c:\\corpus\\a.md"_s, QString()},
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
    // The first valid day counts.
    CHECK(dateFromLinkPath(u"x/2010/13/40/2011/2/3/y") == QDate(2011, 2, 3));
}

TEST_CASE("a key appended to a buffer is the key, with the date of its path", "[graph]")
{
    const QString link = GENERATE(as<QString>(), u"/news/2010/11/2/japan-recalls.md"_s, u"news/2010/1/2.md"_s,
                                  u"x/2010/13/40/2011/2/3/y"_s, u"a/../../b.md"_s, u"/news/2010/02/30/a.md"_s,
                                  u"news%2F1999%2F12%2F31%2Fparty.md"_s, u"https://example.org/a.md"_s, u"./"_s);
    INFO(link.toStdString());
    QString buffer = u"before|"_s;
    QDate date(1, 1, 1);
    const qsizetype length = appendLinkKey(link, buffer, &date);
    const QString key = normalizedLinkKey(link);
    CHECK(length == key.size());
    CHECK(buffer == u"before|"_s + key);
    CHECK(date == dateFromLinkPath(key));
}

TEST_CASE("link texts are simplified as QString::simplified() does", "[graph]")
{
    QStringList texts = {
        u""_s,
        u"x"_s,
        u"Japan protests"_s,
        u"Japan  protests"_s,
        u"  Japan protests  "_s,
        u"Japan\tprotests\r\nover Kunashir"_s,
        u"Medvedev visits\u00a0Kunashir"_s,
        u"\u56fd\u5f8c\u5cf6\u3000\u8a2a\u554f"_s,
        u"\u041a\u0443\u043d\u0430\u0448\u0438\u0440 \u0438 \u0418\u0442\u0443\u0440\u0443\u043f"_s,
        u"tilde~ and DEL\u007f"_s,
    };
    // Double spaces on either side of every boundary of eight characters.
    for (int at = 1; at < 20; ++at) {
        QString text(24, u'a');
        text[at] = u' ';
        text[at + 1] = u' ';
        texts.append(text);
        QString single(24, u'b');
        single[at] = u' ';
        texts.append(single);
    }
    for (const QString &text : std::as_const(texts)) {
        INFO(text.toStdString());
        QString buffer = u"|"_s;
        const qsizetype length = appendSimplified(text, buffer);
        CHECK(buffer == u"|"_s + text.simplified());
        CHECK(length == text.simplified().size());
    }
}
