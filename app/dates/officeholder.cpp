// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#include "officeholder.h"

#include "dates/daterange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Chronoscope {

namespace {

// A Russian noun phrase in the cases news uses, from its case endings: stem + ending + tail.
QStringList russianCases(const QString &stem, const QStringList &endings, const QString &tail = {})
{
    QStringList forms;
    for (const QString &ending : endings)
        forms.append(stem + ending + tail);
    return forms;
}

QStringList consonantCases(const QString &stem, const QString &tail = {})
{
    return russianCases(stem, {QString(), u"а"_s, u"у"_s, u"ом"_s, u"е"_s}, tail);
}

QStringList primeMinister()
{
    return QStringList {
               u"Prime Minister"_s, u"PM"_s, u"Premier"_s, u"首相"_s, u"総理"_s, u"総理大臣"_s, u"内閣総理大臣"_s}
    + consonantCases(u"премьер-министр"_s) + consonantCases(u"премьер"_s);
}

QStringList president()
{
    return QStringList {u"President"_s, u"大統領"_s} + consonantCases(u"президент"_s);
}

QStringList foreignMinister()
{
    return QStringList {u"Foreign Minister"_s, u"Minister for Foreign Affairs"_s, u"Minister of Foreign Affairs"_s,
               u"Foreign Affairs Minister"_s, u"外相"_s, u"外務大臣"_s, u"外務相"_s}
    + consonantCases(u"министр"_s, u" иностранных дел"_s)
        + russianCases(u"глав"_s, {u"а"_s, u"ы"_s, u"е"_s, u"у"_s, u"ой"_s}, u" МИД"_s);
}

} // namespace

QStringList officeTitleForms(const QString &office)
{
    const QString o = office.toLower();
    if (o.contains(u"deputy"_s) || o.contains(u"vice"_s)) {
        if (o.contains(u"security council"_s))
            return {u"Deputy Chairman of the Security Council"_s, u"安全保障会議副議長"_s, u"зампред Совбеза"_s,
                u"зампреда Совбеза"_s, u"заместитель председателя Совета безопасности"_s};
        return {};
    }
    if (o.startsWith(u"acting president"_s))
        return president() + QStringList {u"Acting President"_s, u"大統領代行"_s};
    if (o.contains(u"prime minister"_s))
        return primeMinister();
    if (o.startsWith(u"premier"_s)) {
        QStringList forms {u"Premier"_s, u"Prime Minister"_s, u"首相"_s};
        forms += consonantCases(u"премьер"_s);
        forms += russianCases(u"председател"_s, {u"ь"_s, u"я"_s, u"ю"_s, u"ем"_s}, u" Совета министров"_s);
        forms += {u"председатель Совмина"_s, u"председателя Совмина"_s};
        if (o.contains(u"china"_s))
            forms += {u"премьер Госсовета"_s, u"премьера Госсовета"_s, u"国務院総理"_s};
        return forms;
    }
    if (o.contains(u"foreign affairs"_s) || o.contains(u"external relations"_s))
        return foreignMinister();
    if (o.contains(u"chief cabinet secretary"_s))
        return {u"Chief Cabinet Secretary"_s, u"官房長官"_s, u"内閣官房長官"_s,
            u"генеральный секретарь кабинета министров"_s, u"генерального секретаря кабинета министров"_s,
            u"генсек кабмина"_s};
    if (o.startsWith(u"general secretary"_s) || o.startsWith(u"first secretary"_s)) {
        QStringList forms = o.startsWith(u"first"_s)
            ? QStringList {u"First Secretary"_s, u"第一書記"_s, u"первый секретарь"_s, u"первого секретаря"_s}
            : QStringList {u"General Secretary"_s, u"書記長"_s, u"総書記"_s, u"генеральный секретарь"_s,
                  u"генерального секретаря"_s}
                + consonantCases(u"генсек"_s);
        if (o.contains(u"soviet"_s))
            forms += {u"Soviet leader"_s, u"Communist Party leader"_s, u"ソ連共産党書記長"_s};
        else if (o.contains(u"chinese"_s))
            forms += {u"Chinese leader"_s, u"Communist Party chief"_s, u"генсек ЦК КПК"_s};
        return forms;
    }
    if (o.startsWith(u"chairman of the presidium"_s))
        return QStringList {u"Chairman of the Presidium"_s, u"President"_s, u"最高会議幹部会議長"_s,
            u"председатель Президиума Верховного Совета"_s};
    if (o.startsWith(u"chairman"_s))
        return QStringList {u"Chairman"_s, u"主席"_s}
        + russianCases(u"председател"_s, {u"ь"_s, u"я"_s, u"ю"_s, u"ем"_s});
    if (o.startsWith(u"president"_s)) {
        QStringList forms = president();
        if (o.contains(u"people's republic"_s))
            forms += QStringList {u"国家主席"_s, u"主席"_s}
                + russianCases(u"председател"_s, {u"ь"_s, u"я"_s, u"ю"_s, u"ем"_s}, u" КНР"_s);
        return forms;
    }
    if (o.contains(u"minister of defence"_s) || o.contains(u"minister of defense"_s))
        return QStringList {u"Defence Minister"_s, u"Defense Minister"_s, u"国防相"_s, u"глава Минобороны"_s}
        + consonantCases(u"министр"_s, u" обороны"_s);
    if (o.startsWith(u"emperor"_s))
        return QStringList {u"Emperor"_s, u"天皇"_s}
        + russianCases(u"император"_s, {QString(), u"а"_s, u"у"_s, u"ом"_s});
    if (o.contains(u"secretary of state"_s))
        return QStringList {u"Secretary of State"_s, u"国務長官"_s}
        + russianCases(u"госсекрета"_s, {u"рь"_s, u"ря"_s, u"рю"_s, u"рём"_s, u"рем"_s});
    if (o.startsWith(u"press secretary"_s))
        return QStringList {
                   u"Kremlin spokesman"_s, u"press secretary"_s, u"spokesman"_s, u"大統領報道官"_s, u"報道官"_s}
        + russianCases(u"пресс-секрета"_s, {u"рь"_s, u"ря"_s, u"рю"_s, u"рём"_s, u"рем"_s});
    if (o.startsWith(u"spokesperson"_s))
        return QStringList {u"spokeswoman"_s, u"spokesperson"_s, u"spokesman"_s, u"報道官"_s}
        + russianCases(u"официальн"_s,
            {u"ый представитель"_s, u"ого представителя"_s, u"ому представителю"_s, u"ым представителем"_s}, u" МИД"_s);
    if (o.startsWith(u"supreme leader"_s))
        return QStringList {u"Supreme Leader"_s, u"leader"_s, u"総書記"_s, u"委員長"_s, u"最高指導者"_s}
        + russianCases(u"лидер"_s, {QString(), u"а"_s, u"у"_s, u"ом"_s});
    if (o.startsWith(u"secretary of the security council"_s))
        return {u"Secretary of the Security Council"_s, u"Security Council Secretary"_s, u"安全保障会議書記"_s,
            u"секретарь Совбеза"_s, u"секретаря Совбеза"_s, u"секретарь Совета безопасности"_s};
    if (o.startsWith(u"chief of staff"_s))
        return {u"Kremlin chief of staff"_s, u"chief of staff"_s, u"大統領府長官"_s,
            u"глава администрации президента"_s, u"главы администрации президента"_s};
    if (o.contains(u"okinawa"_s))
        return {u"Okinawa and Northern Territories Minister"_s,
            u"Minister for Okinawa and Northern Territories Affairs"_s, u"沖縄北方担当相"_s, u"沖縄・北方担当相"_s,
            u"北方担当相"_s};
    if (o.startsWith(u"supreme commander"_s))
        return {u"Supreme Commander"_s, u"連合国軍最高司令官"_s};
    return {};
}

QList<OfficeHolder> officeHoldersFromGazetteerJson(const QByteArray &peopleJson)
{
    QList<OfficeHolder> holders;
    const QJsonDocument document = QJsonDocument::fromJson(peopleJson);
    const QJsonArray entities = document.object().value(u"entities"_s).toArray();
    for (const QJsonValue &value : entities) {
        const QJsonObject entity = value.toObject();
        OfficeHolder holder;
        for (const QJsonValue &office : entity.value(u"offices"_s).toArray()) {
            const QJsonObject o = office.toObject();
            Office term;
            term.title = o.value(u"office"_s).toString();
            term.titleForms = officeTitleForms(term.title);
            term.from = parseIsoDay(o.value(u"from"_s).toString());
            term.to = parseIsoDay(o.value(u"to"_s).toString());
            if (!term.titleForms.isEmpty() && term.from.isValid())
                holder.offices.append(term);
        }
        if (holder.offices.isEmpty())
            continue;
        const QJsonObject aliases = entity.value(u"aliases"_s).toObject();
        for (const QString &language : {u"en"_s, u"ja"_s, u"ru"_s}) {
            for (const QJsonValue &alias : aliases.value(language).toArray())
                holder.names.append(alias.toString());
        }
        for (const QJsonValue &weak : entity.value(u"weak"_s).toArray())
            holder.names.append(weak.toString());
        holder.names.removeDuplicates();
        holder.names.removeAll(QString());
        if (!holder.names.isEmpty())
            holders.append(holder);
    }
    return holders;
}

} // namespace Chronoscope
