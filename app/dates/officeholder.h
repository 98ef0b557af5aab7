// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Chronoscope authors

#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Chronoscope {

/** A term in an office, and the titles news writes before (English, Russian) or after (Japanese) a name. */
struct Office
{
    QString title; ///< "Prime Minister"
    QStringList titleForms; ///< "Prime Minister", "PM", "Premier", "首相", "премьер-министр", …
    QDate from;
    QDate to; ///< the day the successor took over; invalid while still in office

    friend bool operator==(const Office &, const Office &) = default;
};

/** A person whose titled mentions ("Prime Minister Taro Aso", "麻生首相") bound the date of a text. */
struct OfficeHolder
{
    QStringList names; ///< full names and surnames as written: "Taro Aso", "Aso", "麻生太郎", "麻生", "Таро Асо"
    QList<Office> offices;

    friend bool operator==(const OfficeHolder &, const OfficeHolder &) = default;
};

/**
 * The English, Japanese and Russian forms of a title for an office as the gazetteer names it
 * ("Prime Minister of Russia", "Minister for Foreign Affairs", "General Secretary of the Communist Party
 * of the Soviet Union", …); empty for offices whose holders news does not call by a title.
 */
QStringList officeTitleForms(const QString &office);

/**
 * The office holders of the gazetteer's people file (resources/gazetteer/people.json): every person with
 * at least one office, named by all aliases and weak forms, each office with its title forms. Empty when
 * @p peopleJson does not parse.
 */
QList<OfficeHolder> officeHoldersFromGazetteerJson(const QByteArray &peopleJson);

} // namespace Chronoscope
