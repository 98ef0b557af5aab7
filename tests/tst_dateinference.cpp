// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "dates/dateinference.h"
#include "dates/datemention.h"
#include "dates/officeholder.h"
#include "parsers/documentparser.h"
#include "parsers/textdecoder.h"
#include "testutils.h"

#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Chronoscope;
using namespace Qt::StringLiterals;

namespace {

const QDate latest(2026, 12, 31);

const DateInference &gazetteerInference()
{
    static const DateInference inference(
        officeHoldersFromGazetteerJson(
            TestUtils::readFile(QStringLiteral(CHRONOSCOPE_SOURCE_DIR) + u"/resources/gazetteer/people.json"_s)),
        latest);
    return inference;
}

ParsedDocument parseFile(const QString &path)
{
    return DocumentParser::parse(path, TextDecoder::decode(TestUtils::readFile(path)).text);
}

DateRange inferFile(const QString &path)
{
    const ParsedDocument doc = parseFile(path);
    return gazetteerInference().infer(doc.title, doc.text.body);
}

} // namespace

TEST_CASE("explore", "[.explore]")
{
    QStringList paths;
    for (const QString &dir : QStringList{TestUtils::dataPath(u"seeds"_s), QStringLiteral(CHRONOSCOPE_SOURCE_DIR) + u"/resources/samples/kuril-islands/articles"_s,
                               TestUtils::sharedPath(u"samples/articles"_s)}) {
        QDirIterator it(dir, {u"*.txt"_s}, QDir::Files);
        while (it.hasNext())
            paths.append(it.next());
    }
    paths.sort();
    for (const QString &path : paths) {
        const DateRange r = inferFile(path);
        qDebug().noquote() << QFileInfo(path).fileName() << r.from.toString(Qt::ISODate) << r.to.toString(Qt::ISODate)
                           << DateRange::precisionName(r.precision) << r.confidence << "\n    " << r.evidence;
    }
}

TEST_CASE("explore mentions", "[.explore]")
{
    const QString text = QString::fromUtf8(qgetenv("TEXT"));
    for (const DateMention &m : findDateMentions(text))
        qDebug() << int(m.kind) << int(m.tense) << int(m.anchor) << m.year << m.month << m.day << m.weekday << text.mid(m.position, m.length);
}
