#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Chronoscope authors
"""Generates ../countries.json.

Every entry of ISO 3166-1 comes from Debian's iso-codes package
(/usr/share/iso-codes/json/iso_3166-1.json, Japanese and Russian names from
/usr/share/locale/{ja,ru}/LC_MESSAGES/iso_3166-1.mo). The tables below add what
news uses and iso-codes lacks: short names, demonyms, Russian case forms and
adjectives, fixes for a few translations, and historical states.

Run: python3 resources/gazetteer/tools/make_countries.py [--iso-dir DIR] [--locale-dir DIR]
"""

import argparse
import gettext
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import (E, adj, adj_all, drop_stress, noun, phrase, plural, six,  # noqa: E402
                    strip_accents, uniq, write_entities, yo)

# --- canonical names (English Wikipedia titles where ISO's differ) ----------

CANONICAL = {
    "BN": "Brunei", "BO": "Bolivia", "BS": "The Bahamas", "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo", "CI": "Ivory Coast", "CV": "Cape Verde", "CZ": "Czech Republic",
    "FK": "Falkland Islands", "FM": "Federated States of Micronesia", "GM": "The Gambia",
    "IR": "Iran", "KP": "North Korea", "KR": "South Korea", "LA": "Laos", "MD": "Moldova",
    "MF": "Collectivity of Saint Martin", "MO": "Macau", "PN": "Pitcairn Islands",
    "PS": "State of Palestine", "RU": "Russia", "SX": "Sint Maarten", "SY": "Syria",
    "TL": "East Timor", "TR": "Turkey", "TW": "Taiwan", "TZ": "Tanzania",
    "VA": "Vatican City", "VE": "Venezuela", "VG": "British Virgin Islands",
    "VI": "United States Virgin Islands", "VN": "Vietnam",
    "SH": "Saint Helena, Ascension and Tristan da Cunha",
    "BQ": "Caribbean Netherlands",
}

# ISO names that are only catalogue forms ("Korea, Republic of") are dropped as
# aliases; these are dropped too because they are wrong, political or ambiguous.
DROP = {
    "en": {"Congo", "Virgin Islands", "Taiwan, Province of China", "Sint Maarten (Dutch part)",
           "Saint Martin (French part)", "Holy See (Vatican City State)", "Falkland Islands (Malvinas)",
           "Macao Special Administrative Region of China"},
    "ja": {"コンゴ", "中国領・台湾", "タニザニア連合共和国", "聖庁", "サンマルタン", "Czechia"},
    "ru": {"Конго", "Китайская провинция Тайвань", "Корея", "Соединённые штаты"},
}

# Same place, written in another common way (English).
EN = {
    "AE": ["UAE", "U.A.E.", "Emirati", "Emiratis"],
    "AF": ["Afghan", "Afghans"],
    "AL": ["Albanian", "Albanians"],
    "AM": ["Armenian", "Armenians"],
    "AO": ["Angolan", "Angolans"],
    "AR": ["Argentine", "Argentines", "Argentinian", "Argentinians"],
    "AT": ["Austrian", "Austrians"],
    "AU": ["Australian", "Australians"],
    "AZ": ["Azerbaijani", "Azerbaijanis", "Azeri", "Azeris"],
    "BA": ["Bosnia", "Bosnia-Herzegovina", "Bosnian", "Bosnians"],
    "BD": ["Bangladeshi", "Bangladeshis"],
    "BE": ["Belgian", "Belgians"],
    "BG": ["Bulgarian", "Bulgarians"],
    "BH": ["Bahraini", "Bahrainis"],
    "BO": ["Bolivian", "Bolivians"],
    "BR": ["Brazilian", "Brazilians"],
    "BS": ["Bahamas", "Bahamian", "Bahamians"],
    "BY": ["Belarusian", "Belarusians", "Belorussia", "Byelorussia"],
    "CA": ["Canadian", "Canadians"],
    "CD": ["DR Congo", "DRC", "D.R.C.", "Congo-Kinshasa", "Zaire"],
    "CG": ["Congo-Brazzaville"],
    "CH": ["Swiss"],
    "CI": ["Côte d'Ivoire", "Ivorian", "Ivorians"],
    "CL": ["Chilean", "Chileans"],
    "CM": ["Cameroonian", "Cameroonians"],
    "CN": ["Chinese", "PRC", "P.R.C.", "Mainland China"],
    "CO": ["Colombian", "Colombians"],
    "CU": ["Cuban", "Cubans"],
    "CV": ["Cabo Verde", "Cape Verdean"],
    "CY": ["Cypriot", "Cypriots"],
    "CZ": ["Czechia", "Czech", "Czechs"],
    "DE": ["German", "Germans"],
    "DK": ["Danish", "Dane", "Danes"],
    "DZ": ["Algerian", "Algerians"],
    "EC": ["Ecuadorian", "Ecuadorians", "Ecuadorean"],
    "EE": ["Estonian", "Estonians"],
    "EG": ["Egyptian", "Egyptians"],
    "ER": ["Eritrean", "Eritreans"],
    "ES": ["Spanish", "Spaniard", "Spaniards"],
    "ET": ["Ethiopian", "Ethiopians"],
    "FI": ["Finnish", "Finn", "Finns"],
    "FK": ["Falklands", "Malvinas", "Islas Malvinas", "Falkland Islanders"],
    "FM": ["Micronesia", "Micronesian"],
    "FR": ["French"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "British", "Briton", "Britons"],
    "GE": ["Georgian", "Georgians"],
    "GH": ["Ghanaian", "Ghanaians"],
    "GL": ["Greenlandic", "Greenlanders"],
    "GM": ["Gambia", "Gambian", "Gambians"],
    "GR": ["Greek", "Greeks"],
    "GT": ["Guatemalan", "Guatemalans"],
    "HK": ["Hong Konger", "Hong Kongers"],
    "HN": ["Honduran", "Hondurans"],
    "HR": ["Croatian", "Croatians", "Croat", "Croats"],
    "HT": ["Haitian", "Haitians"],
    "HU": ["Hungarian", "Hungarians"],
    "ID": ["Indonesian", "Indonesians"],
    "IE": ["Irish", "Republic of Ireland"],
    "IL": ["Israeli", "Israelis"],
    "IN": ["Indian", "Indians"],
    "IQ": ["Iraqi", "Iraqis"],
    "IR": ["Iranian", "Iranians"],
    "IS": ["Icelandic", "Icelander", "Icelanders"],
    "IT": ["Italian", "Italians"],
    "JM": ["Jamaican", "Jamaicans"],
    "JO": ["Jordanian", "Jordanians"],
    "JP": ["Japanese"],
    "KE": ["Kenyan", "Kenyans"],
    "KG": ["Kyrgyz", "Kirghizia", "Kirgizia"],
    "KH": ["Cambodian", "Cambodians"],
    "KP": ["North Korean", "North Koreans", "DPRK", "D.P.R.K."],
    "KR": ["Korea", "South Korean", "South Koreans", "Republic of Korea", "ROK"],
    "KW": ["Kuwaiti", "Kuwaitis"],
    "KZ": ["Kazakh", "Kazakhs", "Kazakhstani", "Kazakhstanis"],
    "LA": ["Lao", "Laotian", "Laotians"],
    "LB": ["Lebanese"],
    "LK": ["Sri Lankan", "Sri Lankans", "Ceylon"],
    "LT": ["Lithuanian", "Lithuanians"],
    "LU": ["Luxembourgish"],
    "LV": ["Latvian", "Latvians"],
    "LY": ["Libyan", "Libyans"],
    "MA": ["Moroccan", "Moroccans"],
    "MD": ["Moldovan", "Moldovans", "Moldavia"],
    "ME": ["Montenegrin", "Montenegrins"],
    "MG": ["Malagasy"],
    "MK": ["Macedonia", "Macedonian", "Macedonians"],
    "ML": ["Malian", "Malians"],
    "MM": ["Burma", "Burmese"],
    "MN": ["Mongolian", "Mongolians"],
    "MO": ["Macao"],
    "MT": ["Maltese"],
    "MX": ["Mexican", "Mexicans"],
    "MY": ["Malaysian", "Malaysians"],
    "MZ": ["Mozambican", "Mozambicans"],
    "NA": ["Namibian", "Namibians"],
    "NE": ["Nigerien", "Nigeriens"],
    "NG": ["Nigerian", "Nigerians"],
    "NI": ["Nicaraguan", "Nicaraguans"],
    "NL": ["Dutch", "Holland"],
    "NO": ["Norwegian", "Norwegians"],
    "NP": ["Nepalese", "Nepali", "Nepalis"],
    "NZ": ["New Zealander", "New Zealanders"],
    "OM": ["Omani", "Omanis"],
    "PA": ["Panamanian", "Panamanians"],
    "PE": ["Peruvian", "Peruvians"],
    "PG": ["Papua New Guinean", "Papua New Guineans"],
    "PH": ["Philippine", "Filipino", "Filipinos"],
    "PK": ["Pakistani", "Pakistanis"],
    "PL": ["Polish", "Poles"],
    "PR": ["Puerto Rican", "Puerto Ricans"],
    "PS": ["Palestine", "Palestinian", "Palestinians"],
    "PT": ["Portuguese"],
    "PY": ["Paraguayan", "Paraguayans"],
    "QA": ["Qatari", "Qataris"],
    "RO": ["Romanian", "Romanians"],
    "RS": ["Serbian", "Serbians", "Serb", "Serbs"],
    "RU": ["Russian", "Russians", "Russian Federation"],
    "RW": ["Rwandan", "Rwandans"],
    "SA": ["Saudi", "Saudis"],
    "SD": ["Sudanese"],
    "SE": ["Swedish", "Swede", "Swedes"],
    "SG": ["Singaporean", "Singaporeans"],
    "SI": ["Slovenian", "Slovenians", "Slovene", "Slovenes"],
    "SK": ["Slovak", "Slovaks", "Slovakian"],
    "SN": ["Senegalese"],
    "SO": ["Somali", "Somalis"],
    "SS": ["South Sudanese"],
    "SV": ["Salvadoran", "Salvadorans"],
    "SY": ["Syrian", "Syrians"],
    "SZ": ["Swaziland"],
    "TH": ["Thai", "Thais", "Siam"],
    "TJ": ["Tajik", "Tajiks", "Tajikistani"],
    "TL": ["Timor-Leste", "East Timorese"],
    "TM": ["Turkmen"],
    "TN": ["Tunisian", "Tunisians"],
    "TR": ["Türkiye", "Turkiye", "Turkish", "Turks"],
    "TW": ["Taiwanese", "Republic of China", "ROC"],
    "TZ": ["Tanzanian", "Tanzanians"],
    "UA": ["Ukrainian", "Ukrainians"],
    "UG": ["Ugandan", "Ugandans"],
    "US": ["U.S.", "US", "USA", "U.S.A.", "America", "American", "Americans"],
    "UY": ["Uruguayan", "Uruguayans"],
    "UZ": ["Uzbek", "Uzbeks", "Uzbekistani"],
    "VA": ["Vatican", "Holy See", "Vatican City State"],
    "VE": ["Venezuelan", "Venezuelans"],
    "VN": ["Vietnamese"],
    "YE": ["Yemeni", "Yemenis"],
    "ZA": ["South African", "South Africans"],
    "ZM": ["Zambian", "Zambians"],
    "ZW": ["Zimbabwean", "Zimbabweans"],
    "CC": ["Cocos Islands", "Keeling Islands"],
    "JE": ["Bailiwick of Jersey"],
    "IO": ["BIOT"],
    "PN": ["Pitcairn"],
    "MF": ["Saint-Martin"],
    "VG": ["BVI"],
    "VI": ["U.S. Virgin Islands", "US Virgin Islands"],
}

JA = {
    "AU": ["オーストラリア", "豪州"],
    "BN": ["ブルネイ"],
    "CD": ["コンゴ民主共和国"],
    "CZ": ["チェコ", "チェコ共和国"],
    "ER": ["エリトリア"],
    "GB": ["イギリス", "英国"],
    "GE": ["ジョージア", "グルジア"],
    "GR": ["ギリシア", "ギリシャ"],
    "IR": ["イラン", "イラン・イスラム共和国"],
    "JP": ["日本", "日本国", "我が国", "わが国"],
    "KG": ["キルギス"],
    "KP": ["北朝鮮"],
    "KR": ["韓国", "大韓民国"],
    "LA": ["ラオス"],
    "MK": ["北マケドニア", "北マケドニア共和国"],
    "MN": ["モンゴル"],
    "MF": ["仏領サンマルタン"],
    "SX": ["シント・マールテン", "オランダ領シント・マールテン"],
    "RU": ["ロシア", "露国"],
    "SY": ["シリア"],
    "SZ": ["エスワティニ"],
    "TR": ["トルコ", "トルコ共和国"],
    "TW": ["台湾", "中華民国"],
    "TZ": ["タンザニア連合共和国"],
    "US": ["アメリカ", "米国", "アメリカ合衆国"],
    "VA": ["バチカン", "バチカン市国", "ローマ教皇庁"],
    "CC": ["ココス諸島"],
    "FK": ["フォークランド諸島", "マルビナス諸島"],
    "VG": ["英領バージン諸島"],
    "VI": ["米領バージン諸島"],
    "PS": ["パレスチナ国"],
    "CV": ["カーボベルデ"],
    "CI": ["コートジボワール"],
    "MO": ["マカオ"],
    "JE": ["ジャージー島"],
}

# Japanese or Russian aliases that are also frequent inside ordinary words
# (タイ in タイプ, マリ in マリア, Того = того): matched only in context.
WEAK = {
    "TH": ["タイ"], "ML": ["マリ"], "JE": ["Jersey", "ジャージー", "Джерси"], "TG": ["Того"],
    "RE": ["Reunion"],
}


# Russian: hand-made case forms. Each value is a list of alias lists.
def _ru_hand():
    sht = plural("Штаты", "Штатов", "Штатам", "Штатами", "Штатах")
    soed_pl = adj("Соединённый", number="pl")
    emir = plural("Эмираты", "Эмиратов", "Эмиратам", "Эмиратами", "Эмиратах")
    return {
        "RU": [noun("Россия"), ["РФ"], phrase(adj("Российский", "f"), six("Федерация"))],
        "US": [["США"], phrase(soed_pl, sht), phrase(soed_pl, sht, "Америки"), noun("Америка")],
        "GB": [noun("Великобритания"), noun("Британия"), phrase(adj("Соединённый", "n"), six("Королевство", neuter=True))],
        "CN": [["КНР"]],
        "KP": [["КНДР"]],
        "DE": [["ФРГ"]],
        "AE": [["ОАЭ"], phrase(adj("Объединённый", number="pl"), adj("Арабский", number="pl"), emir)],
        "ZA": [["ЮАР"]],
        "TR": [noun("Турция"), phrase(adj("Турецкий", "f"), six("Республика"))],
        "SY": [noun("Сирия")],
        "LA": [noun("Лаос")],
        "IR": [noun("Иран")],
        "EG": [["Египет", "Египта", "Египту", "Египтом", "Египте"]],
        "BY": [noun("Белоруссия"), ["Беларусь", "Беларуси", "Беларусью"]],
        "MD": [noun("Молдова")],
        "KG": [noun("Кыргызстан")],
        "TM": [noun("Туркмения")],
        "NL": [plural("Нидерланды", "Нидерландов", "Нидерландам", "Нидерландами", "Нидерландах"), noun("Голландия")],
        "PH": [plural("Филиппины", "Филиппин", "Филиппинам", "Филиппинами", "Филиппинах")],
        "MV": [plural("Мальдивы", "Мальдив", "Мальдивам", "Мальдивами", "Мальдивах")],
        "BS": [plural("Багамы", "Багам", "Багамам", "Багамами", "Багамах")],
        "SC": [plural("Сейшелы", "Сейшел", "Сейшелам", "Сейшелами", "Сейшелах")],
        "KM": [plural("Коморы", "Комор", "Коморам", "Коморами", "Коморах")],
        "LK": [["Шри-Ланка", "Шри-Ланки", "Шри-Ланке", "Шри-Ланку", "Шри-Ланкой"]],
        "CR": [["Коста-Рика", "Коста-Рики", "Коста-Рике", "Коста-Рику", "Коста-Рикой"]],
        "GW": [["Гвинея-Бисау", "Гвинеи-Бисау", "Гвинею-Бисау", "Гвинеей-Бисау"]],
        "BA": [["Босния и Герцеговина", "Боснии и Герцеговины", "Боснии и Герцеговине",
                "Боснию и Герцеговину", "Боснией и Герцеговиной"]],
        "PG": [["Папуа — Новая Гвинея", "Папуа - Новая Гвинея", "Папуа-Новая Гвинея"]],
        "DO": [phrase(adj("Доминиканский", "f"), six("Республика"))],
        "CF": [phrase(adj("Центральноафриканский", "f"), six("Республика")), ["ЦАР"]],
        "FK": [phrase(adj("Фолклендский", number="pl"), plural("острова", "островов", "островам", "островами", "островах")),
               phrase(adj("Мальвинский", number="pl"), plural("острова", "островов", "островам", "островами", "островах")),
               ["Фолкленды", "Фолклендов", "Фолклендах"]],
        "CI": [["Кот-д’Ивуар", "Кот-д'Ивуар"]],
        "VA": [noun("Ватикан"), ["Святой Престол", "Святого Престола"]],
        "HK": [noun("Гонконг"), ["Сянган"]],
        "KR": [phrase(adj("Южный", "f"), six("Корея"))],
        "MK": [noun("Македония")],
        "TW": [noun("Тайвань"), ["Китайская Республика", "Китайской Республики", "Китайской Республике",
                                  "Китайскую Республику", "Китайской Республикой"]],
        "SZ": [["Свазиленд", "Свазиленда", "Свазиленду", "Свазилендом", "Свазиленде"]],
        "MM": [noun("Бирма")],
        "CD": [["ДР Конго", "ДРК"]],
        "CG": [["Конго-Браззавиль"]],
        "TL": [["Тимор-Лесте"]],
        "CV": [["Кабо-Верде"]],
        "KZ": [noun("Казахстан")],
        "CZ": [noun("Чехия")],
        "JE": [phrase(six("остров"), "Джерси"), phrase(six("Остров"), "Джерси")],
        "JP": [["Страна восходящего солнца", "Страны восходящего солнца", "Стране восходящего солнца",
                "Страну восходящего солнца", "Страной восходящего солнца"]],
    }


# Russian adjectives (masculine nominative); every form is listed, lower- and
# upper-case (the upper-case one starts a sentence).
RU_ADJ = {
    "RU": ["российский", "русский"], "JP": ["японский"], "US": ["американский"], "CN": ["китайский"],
    "KR": ["южнокорейский"], "KP": ["северокорейский"], "GB": ["британский"], "UA": ["украинский"],
    "DE": ["германский", "немецкий"], "FR": ["французский"], "IN": ["индийский"], "IT": ["итальянский"],
    "TR": ["турецкий"], "IR": ["иранский"], "IL": ["израильский"], "SY": ["сирийский"], "PL": ["польский"],
    "CA": ["канадский"], "AU": ["австралийский"], "VN": ["вьетнамский"], "MN": ["монгольский"],
    "KZ": ["казахстанский"], "BY": ["белорусский"], "GE": ["грузинский"], "FI": ["финский", "финляндский"],
    "NO": ["норвежский"], "SE": ["шведский"], "BR": ["бразильский"], "MX": ["мексиканский"],
    "EG": ["египетский"], "SA": ["саудовский"], "ID": ["индонезийский"], "PH": ["филиппинский"],
    "TH": ["таиландский"], "MY": ["малайзийский"], "SG": ["сингапурский"], "PK": ["пакистанский"],
    "AF": ["афганский"], "IQ": ["иракский"], "ES": ["испанский"], "NL": ["нидерландский", "голландский"],
    "BE": ["бельгийский"], "CH": ["швейцарский"], "AT": ["австрийский"], "CZ": ["чешский"],
    "HU": ["венгерский"], "RO": ["румынский"], "BG": ["болгарский"], "RS": ["сербский"], "GR": ["греческий"],
    "MD": ["молдавский"], "AM": ["армянский"], "AZ": ["азербайджанский"], "UZ": ["узбекский"],
    "KG": ["киргизский"], "TJ": ["таджикский"], "TM": ["туркменский"], "LV": ["латвийский"],
    "LT": ["литовский"], "EE": ["эстонский"], "CU": ["кубинский"], "VE": ["венесуэльский"],
    "AR": ["аргентинский"], "CL": ["чилийский"], "TW": ["тайваньский"], "LY": ["ливийский"],
    "SD": ["суданский"], "ZA": ["южноафриканский"], "NG": ["нигерийский"], "ET": ["эфиопский"],
    "QA": ["катарский"], "KW": ["кувейтский"], "LB": ["ливанский"], "JO": ["иорданский"],
    "YE": ["йеменский"], "MM": ["мьянманский"], "KH": ["камбоджийский"], "LA": ["лаосский"],
    "NZ": ["новозеландский"], "IE": ["ирландский"], "DK": ["датский"], "IS": ["исландский"],
    "PT": ["португальский"], "SK": ["словацкий"], "SI": ["словенский"], "HR": ["хорватский"],
    "ME": ["черногорский"], "AL": ["албанский"], "CY": ["кипрский"], "MT": ["мальтийский"],
    "PS": ["палестинский"], "HK": ["гонконгский"], "CO": ["колумбийский"], "PE": ["перуанский"],
    "DZ": ["алжирский"], "MA": ["марокканский"], "TN": ["тунисский"], "KE": ["кенийский"],
    "SO": ["сомалийский"], "BD": ["бангладешский"], "NP": ["непальский"], "LK": ["шриланкийский"],
}


def _dem_ets(nom):
    """японец -> японца ... японцах; китаец -> китайца."""
    stem = nom[:-2] + ("й" if nom[-3] in "аеи" else "")
    sg = [nom, stem + "ца", stem + "цу", stem + "цем", stem + "це"]
    pl = [stem + "цы", stem + "цев", stem + "цам", stem + "цами", stem + "цах"]
    return sg + pl


def _dem_anin(nom, pl_nom=None):
    """россиянин -> россиянина ...; россияне, россиян ..."""
    stem = nom[:-2]
    sg = [nom, stem + "ина", stem + "ину", stem + "ином", stem + "ине"]
    pl = [pl_nom or stem + "е", stem, stem + "ам", stem + "ами", stem + "ах"]
    return sg + pl


def _dem_cons(nom, velar=False):
    y = "и" if velar else "ы"
    return [nom, nom + "а", nom + "у", nom + "ом", nom + "е",
            nom + y, nom + "ов", nom + "ам", nom + "ами", nom + "ах"]


RU_DEM = {
    "RU": _dem_anin("россиянин"), "JP": _dem_ets("японец"), "US": _dem_ets("американец"),
    "CN": _dem_ets("китаец"), "KR": _dem_ets("южнокореец"), "KP": _dem_ets("северокореец"),
    "GB": _dem_ets("британец"), "UA": _dem_ets("украинец"), "DE": _dem_ets("немец"),
    "FR": _dem_cons("француз"), "IL": _dem_anin("израильтянин"), "IR": _dem_ets("иранец"),
    "SY": _dem_ets("сириец"), "PL": _dem_cons("поляк", velar=True), "CA": _dem_ets("канадец"),
    "VN": _dem_ets("вьетнамец"), "EG": _dem_anin("египтянин"), "AF": _dem_ets("афганец"),
    "TR": ["турок", "турка", "турку", "турком", "турке", "турки", "турок", "туркам", "турками", "турках"],
    "GE": ["грузин", "грузина", "грузину", "грузином", "грузине", "грузины", "грузин", "грузинам", "грузинами", "грузинах"],
    "IN": _dem_ets("индиец"), "IT": _dem_ets("итальянец"), "AU": _dem_ets("австралиец"),
    "BY": _dem_cons("белорус"), "KZ": _dem_cons("казах"), "CU": _dem_ets("кубинец"),
}

# Parent = the sovereign state of an undisputed dependent territory (see README).
PARENT = {
    "HK": "CN", "MO": "CN", "GL": "DK", "FO": "DK", "PR": "US", "GU": "US", "VI": "US", "AS": "US",
    "MP": "US", "UM": "US", "BM": "GB", "KY": "GB", "VG": "GB", "AI": "GB", "MS": "GB", "TC": "GB",
    "PN": "GB", "SH": "GB", "JE": "GB", "GG": "GB", "IM": "GB", "GF": "FR", "GP": "FR", "MQ": "FR",
    "RE": "FR", "PF": "FR", "NC": "FR", "PM": "FR", "WF": "FR", "BL": "FR", "MF": "FR", "TF": "FR",
    "AW": "NL", "CW": "NL", "SX": "NL", "BQ": "NL", "CK": "NZ", "NU": "NZ", "TK": "NZ", "CX": "AU",
    "CC": "AU", "NF": "AU", "HM": "AU", "SJ": "NO", "BV": "NO", "AX": "FI",
}


def historical():
    """States that no longer exist but that news about the dispute names."""
    sov = adj_all("советский")
    return [
        E("Soviet Union", "country",
          en=["Soviet Union", "USSR", "U.S.S.R.", "Union of Soviet Socialist Republics", "Soviet", "Soviets"],
          ja=["ソ連", "ソビエト連邦", "ソヴィエト連邦", "ソビエト社会主義共和国連邦", "旧ソ連"],
          ru=["СССР", "Союз ССР"] + phrase(adj("Советский"), six("Союз"))
          + phrase(six("Союз"), "Советских Социалистических Республик") + sov + [s.capitalize() for s in sov]),
        E("Empire of Japan", "country",
          en=["Imperial Japan", "Japanese Empire"],
          ja=["大日本帝国", "日本帝国"],
          ru=phrase(adj("Японский", "f"), six("империя")) + phrase(adj("Японский", "f"), six("Империя"))),
        E("Russian Empire", "country",
          en=["Imperial Russia", "Tsarist Russia"],
          ja=["ロシア帝国", "帝政ロシア"],
          ru=phrase(adj("Российский", "f"), six("империя")) + phrase(adj("царский", "f"), six("Россия"))
          + phrase(adj("Царский", "f"), six("Россия"))),
        E("Qing dynasty", "country",
          en=["Qing Dynasty", "Qing China", "Qing Empire", "Great Qing"],
          ja=["清朝", "清国", "大清帝国"],
          ru=phrase(six("империя"), "Цин") + phrase(six("Империя"), "Цин") + phrase(six("династия"), "Цин")
          + phrase(adj("Цинский", "f"), six("империя"))),
        E("Manchukuo", "country", en=["Manchoukuo"], ja=["満州国", "満洲国"], ru=["Маньчжоу-го", "Маньчжоу-Го"]),
        E("East Germany", "country",
          en=["German Democratic Republic", "GDR", "East German", "East Germans"],
          ja=["東ドイツ", "ドイツ民主共和国"],
          ru=["ГДР"] + phrase(adj("Восточный", "f"), six("Германия"))
          + phrase(adj("Германский", "f"), adj("Демократический", "f"), six("Республика"))),
        E("West Germany", "country",
          en=["West German", "West Germans"],
          ja=["西ドイツ"],
          ru=phrase(adj("Западный", "f"), six("Германия"))),
        E("Yugoslavia", "country",
          en=["Yugoslav", "Yugoslavian", "SFRY", "Socialist Federal Republic of Yugoslavia"],
          ja=["ユーゴスラビア", "ユーゴスラヴィア"],
          ru=noun("Югославия") + ["СФРЮ"] + adj_all("югославский")),
        E("Czechoslovakia", "country",
          en=["Czechoslovak", "Czechoslovakian"],
          ja=["チェコスロバキア", "チェコスロヴァキア"],
          ru=noun("Чехословакия") + adj_all("чехословацкий")),
        E("Ottoman Empire", "country", en=["Ottoman", "Ottomans"], ja=["オスマン帝国"],
          ru=phrase(adj("Османский", "f"), six("империя"))),
        E("Kosovo", "country", en=["Kosovar", "Kosovars", "Republic of Kosovo"], ja=["コソボ", "コソボ共和国"],
          ru=["Косово", "Республика Косово"]),
    ]


# --- generic handling of the iso-codes names --------------------------------

CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
CYR = re.compile(r"[\u0400-\u04ff]")
HEADS_F = {"Республика", "Федерация", "Конфедерация"}
HEADS_N = {"Королевство", "Государство", "Княжество", "Герцогство", "Содружество"}
HEADS_M = {"Союз", "Султанат", "Остров", "остров"}
HEADS_PL = {"Острова": plural("Острова", "Островов", "Островам", "Островами", "Островах"),
            "острова": plural("острова", "островов", "островам", "островами", "островах"),
            "Штаты": plural("Штаты", "Штатов", "Штатам", "Штатами", "Штатах")}
ADJ_END = ("ая", "яя", "ое", "ее", "ый", "ий", "ой", "ые", "ие")


def _masc(adj_word):
    stem = adj_word[:-2]
    return stem + ("ий" if stem[-1] in "гкхжшчщ" or adj_word.endswith(("ий", "ие", "яя", "ее")) else "ый")


# Nouns whose forms the regular patterns get wrong.
RU_IRREG = {
    "Египет": ["Египет", "Египта", "Египту", "Египет", "Египтом", "Египте"],
    "Беларусь": ["Беларусь", "Беларуси", "Беларуси", "Беларусь", "Беларусью", "Беларуси"],
}


def _head6(w):
    if w in RU_IRREG:
        return RU_IRREG[w]
    if w[-1] == "а" and w[-2] in "аеёиоуыэюя":  # Самоа, Никарагуа: indeclinable
        return [w] * 6
    return six(w)


def ru_auto(name):
    """Case forms of an ISO Russian name when the pattern is safe, else [name]."""
    words = name.split(" ")
    if len(words) == 1:
        if "-" in name or name[-1] in "ыи":
            return [name]
        return uniq(_head6(name))
    # adjectives, then a head noun, then an invariable rest
    head = None
    for i, w in enumerate(words):
        if w in HEADS_F or w in HEADS_N or w in HEADS_M or w in HEADS_PL or not w.endswith(ADJ_END):
            head = i
            break
    if head is None:
        return [name]
    hw = words[head]
    generic = hw in HEADS_F or hw in HEADS_N or hw in HEADS_M or hw in HEADS_PL
    if not generic and head == 0:
        return [name]
    if not generic and len(words) > head + 1:
        return [name]
    if any("," in w or w == "и" for w in words[:head + 1]):
        return [name]
    if hw in HEADS_PL:
        hforms, gender, number = HEADS_PL[hw], "m", "pl"
    elif "-" in hw or hw[-1] in "ыи":
        return [name]
    elif hw in HEADS_N:
        hforms, gender, number = six(hw, neuter=True), "n", "sg"
    elif hw[-1] in "ая":
        hforms, gender, number = _head6(hw), "f", "sg"
    elif hw[-1] in "оеуюэ":
        return [name]
    else:
        hforms, gender, number = _head6(hw), "m", "sg"
    cols = [adj(_masc(w), gender, number) if "-" not in w else
            [w.rsplit("-", 1)[0] + "-" + f for f in adj(_masc(w.rsplit("-", 1)[1]), gender, number)]
            for w in words[:head]]
    cols.append(hforms)
    rest = " ".join(words[head + 1:])
    if rest:
        cols.append(rest)
    return phrase(*cols)


PAREN_ALT = {"KR", "FK", "VA"}  # "A (B)" where B is another name, not a qualifier


def split_paren(s):
    m = re.match(r"^(.*?)\s*\((.*?)\)\s*(.*)$", s)
    if not m:
        return [s]
    a, b, c = m.groups()
    return [re.sub(r"\s+", " ", (a + " " + c).strip()), b.strip()]


def apostrophes(forms):
    out = []
    for f in forms:
        out.append(f)
        if "'" in f:
            out.append(f.replace("'", "’"))
    return uniq(out)


def build(iso_dir, locale_dir):
    with open(os.path.join(iso_dir, "iso_3166-1.json"), encoding="utf-8") as f:
        rows = json.load(f)["3166-1"]
    ja = gettext.translation("iso_3166-1", locale_dir, ["ja"])
    ru = gettext.translation("iso_3166-1", locale_dir, ["ru"])
    ru_hand = _ru_hand()
    by_code, ents = {}, []
    for r in rows:
        code = r["alpha_2"]
        iso_names = [r["name"]] + [r[k] for k in ("common_name", "official_name") if k in r]
        name = CANONICAL.get(code) or r.get("common_name") or r["name"]
        by_code[code] = name

        en = []
        for n in iso_names:
            n = re.sub(r"^the ", "", n)
            if ", " in n and n != CANONICAL.get(code):
                continue
            en.append(n)
        en += EN.get(code, [])
        en = [a for a in en if a not in DROP["en"]]
        en = uniq(en + [strip_accents(a) for a in en if strip_accents(a) != a and strip_accents(a) not in ("Reunion",)])
        en = apostrophes(en)

        jal = []
        for n in iso_names:
            parts = split_paren(ja.gettext(n))
            for t in parts if code in PAREN_ALT else parts[:1]:
                if CJK.search(t) and t not in DROP["ja"]:
                    jal.append(t.replace(" ", ""))
        jal += JA.get(code, [])

        rul = []
        for n in iso_names:
            t = drop_stress(ru.gettext(n))
            if code in ("MF", "SX", "VG", "VI", "FK"):
                t = split_paren(t)[0] if code in ("MF", "SX") else (t if "(" not in t else "")
            if t and CYR.search(t) and t not in DROP["ru"]:
                rul += ru_auto(t)
        for forms in ru_hand.get(code, []):
            rul += forms
        for a in RU_ADJ.get(code, []):
            forms = adj_all(a)
            rul += forms + [x[0].upper() + x[1:] for x in forms]
        dem = RU_DEM.get(code, [])  # singular then plural; only the nominatives start sentences
        rul += dem + [x[0].upper() + x[1:] for x in dem[0:1] + dem[5:6]]
        rul = apostrophes(yo(uniq(rul)))

        weak = WEAK.get(code, [])
        e = E(name, "country", en=[a for a in en if a not in weak], ja=[a for a in jal if a not in weak],
              ru=[a for a in rul if a not in weak], weak=weak)
        ents.append((code, e))
    for code, e in ents:
        if code in PARENT:
            e["parent"] = by_code[PARENT[code]]
    out = [e for _, e in ents] + historical()
    out.sort(key=lambda e: e["name"])
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--iso-dir", default="/usr/share/iso-codes/json")
    ap.add_argument("--locale-dir", default="/usr/share/locale")
    args = ap.parse_args()
    ents = build(args.iso_dir, args.locale_dir)
    path = write_entities(
        "countries.json",
        ["Debian package iso-codes (iso_3166-1.json and the ja/ru iso_3166-1.mo translations)",
         "https://salsa.debian.org/iso-codes-team/iso-codes",
         "https://en.wikipedia.org/wiki/List_of_adjectival_and_demonymic_forms_for_countries_and_nations",
         "https://en.wikipedia.org/wiki/List_of_former_sovereign_states"],
        "LGPL-2.1-or-later", ents)
    print(f"{path}: {len(ents)} entities")


if __name__ == "__main__":
    main()
