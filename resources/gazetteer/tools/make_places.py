#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Chronoscope authors
"""Generates ../places.json: capitals (parent = country), the towns and regions
that news about the Kuril dispute names, world regions, and seas and straits.

Capitals are places of their own, never aliases of their country: "Moscow said"
is a mention of Moscow, which the hierarchy rolls up to Russia.
Run: python3 make_places.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import E, adj, noun, phrase, six, write_entities  # noqa: E402

MORE = ["море", "моря", "морю", "море", "морем", "море"]
OKEAN = six("океан")
PROLIV = six("пролив")
OBLAST = ["область", "области", "области", "область", "областью", "области"]
KRAI = ["край", "края", "краю", "край", "краем", "крае"]
REGION = six("регион")


def sea(adj_word):
    return phrase(adj(adj_word, "n"), MORE)


def strait(adj_word):
    return phrase(adj(adj_word), PROLIV)


def proliv(name):
    return phrase(PROLIV, name) + ["Пролив " + name]


def cap(name, country, ja, ru, en=(), weak=()):
    return E(name, "place", parent=country, en=list(en), ja=ja, ru=ru, weak=weak)


def capitals():
    return [
        cap("Tokyo", "Japan", ["東京", "東京都"], ["Токио"]),
        cap("Moscow", "Russia", ["モスクワ"], noun("Москва")),
        cap("Washington, D.C.", "United States", ["ワシントン"], noun("Вашингтон"),
            en=["Washington", "Washington DC", "Washington D.C."]),
        cap("Beijing", "China", ["北京"], noun("Пекин"), en=["Peking"]),
        cap("Seoul", "South Korea", ["ソウル"], noun("Сеул")),
        cap("Pyongyang", "North Korea", ["平壌", "ピョンヤン"], noun("Пхеньян")),
        cap("Taipei", "Taiwan", ["台北"], ["Тайбэй", "Тайбей"]),
        cap("London", "United Kingdom", ["ロンドン"], noun("Лондон")),
        cap("Paris", "France", ["パリ"], noun("Париж")),
        cap("Berlin", "Germany", ["ベルリン"], noun("Берлин")),
        cap("Rome", "Italy", ["ローマ"], noun("Рим")),
        cap("Kyiv", "Ukraine", ["キーウ", "キエフ"], noun("Киев"), en=["Kiev"]),
        cap("Minsk", "Belarus", ["ミンスク"], noun("Минск")),
        cap("New Delhi", "India", ["ニューデリー", "デリー"], ["Нью-Дели", "Дели"], en=["Delhi"]),
        cap("Canberra", "Australia", ["キャンベラ"], noun("Канберра")),
        cap("Ottawa", "Canada", ["オタワ"], noun("Оттава")),
        cap("Hanoi", "Vietnam", ["ハノイ"], ["Ханой", "Ханоя", "Ханою", "Ханоем", "Ханое"]),
        cap("Bangkok", "Thailand", ["バンコク"], noun("Бангкок")),
        cap("Manila", "Philippines", ["マニラ"], noun("Манила")),
        cap("Jakarta", "Indonesia", ["ジャカルタ"], noun("Джакарта")),
        cap("Kuala Lumpur", "Malaysia", ["クアラルンプール"], ["Куала-Лумпур", "Куала-Лумпура", "Куала-Лумпуре"]),
        cap("Ulaanbaatar", "Mongolia", ["ウランバートル"], ["Улан-Батор", "Улан-Батора", "Улан-Баторе"], en=["Ulan Bator"]),
        cap("Astana", "Kazakhstan", ["アスタナ"], noun("Астана")),
        cap("Tehran", "Iran", ["テヘラン"], noun("Тегеран")),
        cap("Ankara", "Turkey", ["アンカラ"], noun("Анкара")),
        cap("Damascus", "Syria", ["ダマスカス"], noun("Дамаск")),
        cap("Baghdad", "Iraq", ["バグダッド"], noun("Багдад")),
        cap("Kabul", "Afghanistan", ["カブール"], noun("Кабул")),
        cap("Islamabad", "Pakistan", ["イスラマバード"], noun("Исламабад")),
        cap("Riyadh", "Saudi Arabia", ["リヤド"], ["Эр-Рияд", "Эр-Рияда", "Эр-Рияде"]),
        cap("Doha", "Qatar", ["ドーハ"], noun("Доха")),
        cap("Abu Dhabi", "United Arab Emirates", ["アブダビ"], ["Абу-Даби"]),
        cap("Cairo", "Egypt", ["カイロ"], ["Каир", "Каира", "Каиру", "Каиром", "Каире"]),
        cap("Tel Aviv", "Israel", ["テルアビブ"], ["Тель-Авив", "Тель-Авива", "Тель-Авиве"]),
        cap("Brussels", "Belgium", ["ブリュッセル"], ["Брюссель", "Брюсселя", "Брюсселю", "Брюсселем", "Брюсселе"]),
        cap("Warsaw", "Poland", ["ワルシャワ"], noun("Варшава")),
        cap("Vienna", "Austria", ["ウィーン"], noun("Вена")),
        cap("Madrid", "Spain", ["マドリード", "マドリッド"], noun("Мадрид")),
        cap("Lisbon", "Portugal", ["リスボン"], noun("Лиссабон")),
        cap("Stockholm", "Sweden", ["ストックホルム"], noun("Стокгольм")),
        cap("Oslo", "Norway", ["オスロ"], ["Осло"]),
        cap("Helsinki", "Finland", ["ヘルシンキ"], ["Хельсинки"]),
        cap("Copenhagen", "Denmark", ["コペンハーゲン"], noun("Копенгаген")),
        cap("Prague", "Czech Republic", ["プラハ"], noun("Прага")),
        cap("Budapest", "Hungary", ["ブダペスト"], noun("Будапешт")),
        cap("Bucharest", "Romania", ["ブカレスト"], noun("Бухарест")),
        cap("Belgrade", "Serbia", ["ベオグラード"], noun("Белград")),
        cap("Athens", "Greece", ["アテネ"], ["Афины", "Афин", "Афинам", "Афинами", "Афинах"]),
        cap("Tbilisi", "Georgia", ["トビリシ"], ["Тбилиси"]),
        cap("Yerevan", "Armenia", ["エレバン"], noun("Ереван")),
        cap("Baku", "Azerbaijan", ["バクー"], ["Баку"]),
        cap("Tashkent", "Uzbekistan", ["タシケント"], noun("Ташкент")),
        cap("Bishkek", "Kyrgyzstan", ["ビシケク"], noun("Бишкек")),
        cap("Dushanbe", "Tajikistan", ["ドゥシャンベ"], ["Душанбе"]),
        cap("Ashgabat", "Turkmenistan", ["アシガバート"], noun("Ашхабад")),
        cap("Vilnius", "Lithuania", ["ビリニュス"], ["Вильнюс", "Вильнюса", "Вильнюсе"]),
        cap("Riga", "Latvia", ["リガ"], noun("Рига")),
        cap("Tallinn", "Estonia", ["タリン"], noun("Таллин") + noun("Таллинн")),
        cap("Chișinău", "Moldova", ["キシナウ"], ["Кишинёв", "Кишинёва", "Кишинёве"], en=["Chisinau"]),
        cap("Havana", "Cuba", ["ハバナ"], noun("Гавана")),
        cap("Caracas", "Venezuela", ["カラカス"], noun("Каракас")),
        cap("Brasília", "Brazil", ["ブラジリア"], ["Бразилиа"], en=["Brasilia"]),
        cap("Buenos Aires", "Argentina", ["ブエノスアイレス"], ["Буэнос-Айрес", "Буэнос-Айреса", "Буэнос-Айресе"]),
        cap("Mexico City", "Mexico", ["メキシコシティ", "メキシコ市"], ["Мехико"]),
        cap("Pretoria", "South Africa", ["プレトリア"], noun("Претория")),
        cap("Wellington", "New Zealand", ["ウェリントン"], noun("Веллингтон")),
        cap("Amsterdam", "Netherlands", ["アムステルダム"], noun("Амстердам")),
        cap("The Hague", "Netherlands", ["ハーグ"], ["Гаага", "Гааги", "Гааге", "Гаагу", "Гаагой"], en=["Hague"]),
        cap("Dublin", "Ireland", ["ダブリン"], noun("Дублин")),
        cap("Bern", "Switzerland", ["ベルン"], noun("Берн")),
        cap("Lima", "Peru", ["リマ市"], noun("Лима"), weak=["リマ"]),
        cap("Jerusalem", None, ["エルサレム"], noun("Иерусалим")),
    ]


def regional():
    P = "place"
    return [
        E("Sakhalin Oblast", P, parent="Russia", en=["Sakhalin region", "Sakhalin Region", "Sakhalin Province"],
          ja=["サハリン州"], ru=phrase(adj("Сахалинский", "f"), OBLAST)),
        E("Yuzhno-Sakhalinsk", P, parent="Sakhalin", ja=["ユジノサハリンスク"], ru=noun("Южно-Сахалинск")),
        E("Yuzhno-Kurilsk", P, parent="Kunashir", en=["Furukamappu"], ja=["ユジノクリリスク", "古釜布"],
          ru=noun("Южно-Курильск")),
        E("Yuzhno-Kurilsky District", P, parent="Sakhalin Oblast", en=["Yuzhno-Kurilsky"],
          ja=["南クリル地区"], ru=phrase(adj("Южно-Курильский"), six("район"))),
        E("Kurilsk", P, parent="Iturup", en=["Shana"], ja=["クリリスク", "紗那"], ru=noun("Курильск")),
        E("Severo-Kurilsk", P, parent="Paramushir", ja=["セベロクリリスク"], ru=noun("Северо-Курильск")),
        E("Malokurilskoye", P, parent="Shikotan", en=["Malokurilskoe", "Shakotan"], ja=["マロクリリスコエ", "斜古丹"],
          ru=["Малокурильское", "Малокурильского", "Малокурильскому", "Малокурильским", "Малокурильском"]),
        E("Nemuro", P, parent="Hokkaido", en=["Nemuro City"], ja=["根室", "根室市"], ru=["Немуро"]),
        E("Nemuro Peninsula", P, parent="Hokkaido", ja=["根室半島"], ru=phrase(six("полуостров"), "Немуро")),
        E("Cape Nosappu", P, parent="Nemuro", en=["Nosappu", "Nosappu Cape"], ja=["納沙布岬"],
          ru=phrase(six("мыс"), "Носаппу") + ["Мыс Носаппу", "Носаппу"]),
        E("Rausu", P, parent="Hokkaido", ja=["羅臼", "羅臼町"], ru=["Раусу"]),
        E("Sapporo", P, parent="Hokkaido", ja=["札幌"], ru=["Саппоро"]),
        E("Wakkanai", P, parent="Hokkaido", ja=["稚内"], ru=["Вакканай", "Вакканая", "Вакканае"]),
        E("Kushiro", P, parent="Hokkaido", ja=["釧路"], ru=["Кусиро"]),
        E("Primorsky Krai", P, parent="Russia", en=["Primorye", "Primorsky Territory"], ja=["沿海地方"],
          ru=phrase(adj("Приморский"), KRAI) + ["Приморье", "Приморья", "Приморью", "Приморьем"]),
        E("Vladivostok", P, parent="Primorsky Krai", ja=["ウラジオストク"], ru=noun("Владивосток")),
        E("Khabarovsk", P, parent="Russia", ja=["ハバロフスク"], ru=noun("Хабаровск")),
        E("Kamchatka", P, parent="Russia", en=["Kamchatka Peninsula", "Kamchatka Krai"],
          ja=["カムチャツカ", "カムチャッカ", "カムチャツカ半島"], ru=noun("Камчатка")),
        E("Petropavlovsk-Kamchatsky", P, parent="Kamchatka", ja=["ペトロパブロフスク・カムチャツキー"],
          ru=["Петропавловск-Камчатский", "Петропавловска-Камчатского", "Петропавловске-Камчатском"]),
        E("Russian Far East", P, parent="Russia", en=["Far Eastern Federal District"], ja=["ロシア極東"],
          ru=phrase(adj("Дальний"), six("Восток"))),
        E("Siberia", P, parent="Russia", en=["Siberian"], ja=["シベリア"],
          ru=["Сибирь", "Сибири", "Сибирью"]),
        E("Saint Petersburg", P, parent="Russia", en=["St. Petersburg", "St Petersburg", "Petersburg", "Leningrad"],
          ja=["サンクトペテルブルク", "ペテルブルク", "レニングラード"],
          ru=noun("Санкт-Петербург") + noun("Петербург") + noun("Ленинград")),
        E("Krasnoyarsk", P, parent="Russia", ja=["クラスノヤルスク"], ru=noun("Красноярск")),
        E("Irkutsk", P, parent="Russia", ja=["イルクーツク"], ru=noun("Иркутск")),
        E("Sochi", P, parent="Russia", ja=["ソチ"], ru=["Сочи"]),
        E("Kaliningrad", P, parent="Russia", ja=["カリーニングラード"], ru=noun("Калининград")),
        E("Crimea", P, en=["Crimean Peninsula", "Crimean"], ja=["クリミア", "クリミア半島"],
          ru=noun("Крым") + phrase(adj("Крымский"), six("полуостров"))),
        E("Yalta", P, parent="Crimea", ja=["ヤルタ"], ru=noun("Ялта")),
        E("Sevastopol", P, parent="Crimea", ja=["セバストポリ"],
          ru=["Севастополь", "Севастополя", "Севастополю", "Севастополем", "Севастополе"]),
        E("Donbas", P, en=["Donbass"], ja=["ドンバス"], ru=noun("Донбасс")),
        E("Donetsk", P, parent="Donbas", ja=["ドネツク"], ru=noun("Донецк")),
        E("Luhansk", P, parent="Donbas", en=["Lugansk"], ja=["ルハンスク", "ルガンスク"], ru=noun("Луганск")),
        E("Abkhazia", P, ja=["アブハジア"], ru=noun("Абхазия")),
        E("South Ossetia", P, ja=["南オセチア"], ru=phrase(adj("Южный", "f"), six("Осетия"))),
        E("Transnistria", P, en=["Transdniestria", "Pridnestrovie"], ja=["沿ドニエストル"],
          ru=noun("Приднестровье", neuter=True)),
        E("Manchuria", P, parent="China", en=["Manchurian"], ja=["満州", "満洲"], ru=noun("Маньчжурия")),
        E("Korean Peninsula", P, en=["Korean peninsula"], ja=["朝鮮半島"],
          ru=phrase(adj("Корейский"), six("полуостров"))),
        E("Shimoda", P, parent="Japan", en=["Shimoda City"], ja=["下田市"], ru=["Симода"], weak=["下田"]),
        E("Nagato", P, parent="Japan", en=["Nagato City"], ja=["長門市"], ru=["Нагато"], weak=["長門"]),
        E("Kawana", P, parent="Japan", ja=["川奈ホテル"], ru=["Кавана"], weak=["川奈"]),
        E("Hiroshima", P, parent="Japan", ja=["広島"], ru=noun("Хиросима")),
        E("Nagasaki", P, parent="Japan", ja=["長崎"], ru=["Нагасаки"]),
        E("Osaka", P, parent="Japan", ja=["大阪"], ru=["Осака"]),
        E("Portsmouth, New Hampshire", P, parent="United States", en=["Portsmouth, N.H.", "Portsmouth, NH"],
          ja=["ポーツマス市"], ru=["Портсмут (Нью-Гэмпшир)"], weak=["Portsmouth", "ポーツマス", "Портсмут"]),
        E("San Francisco", P, parent="United States", ja=["サンフランシスコ"], ru=["Сан-Франциско"]),
        E("New York City", P, parent="United States", en=["New York"], ja=["ニューヨーク"], ru=["Нью-Йорк", "Нью-Йорка", "Нью-Йорку", "Нью-Йорком", "Нью-Йорке"]),
        E("Geneva", P, parent="Switzerland", ja=["ジュネーブ"], ru=noun("Женева")),
        E("Potsdam", P, parent="Germany", ja=["ポツダム"], ru=noun("Потсдам")),
        E("Alaska", P, parent="United States", ja=["アラスカ"], ru=noun("Аляска")),
        E("Pearl Harbor", P, parent="United States", ja=["真珠湾"], ru=["Пёрл-Харбор", "Перл-Харбор", "Пёрл-Харбора", "Пёрл-Харборе"]),
        E("England", P, parent="United Kingdom", ja=["イングランド"], ru=noun("Англия")),
        E("Scotland", P, parent="United Kingdom", en=["Scottish"], ja=["スコットランド"], ru=noun("Шотландия")),
        E("Wales", P, parent="United Kingdom", en=["Welsh"], ja=["ウェールズ"], ru=["Уэльс", "Уэльса", "Уэльсе"]),
        E("Northern Ireland", P, parent="United Kingdom", ja=["北アイルランド"], ru=phrase(adj("Северный", "f"), six("Ирландия"))),
    ]


def world_regions():
    P = "place"
    return [
        E("Asia", P, en=["Asian", "Asians"], ja=["アジア"], ru=noun("Азия")),
        E("East Asia", P, parent="Asia", en=["East Asian", "Northeast Asia"], ja=["東アジア", "北東アジア"],
          ru=phrase(adj("Восточный", "f"), six("Азия")) + phrase(adj("Северо-Восточный", "f"), six("Азия"))),
        E("Southeast Asia", P, parent="Asia", en=["South-East Asia", "Southeast Asian"], ja=["東南アジア"],
          ru=phrase(adj("Юго-Восточный", "f"), six("Азия"))),
        E("Central Asia", P, parent="Asia", en=["Central Asian"], ja=["中央アジア"],
          ru=phrase(adj("Центральный", "f"), six("Азия"))),
        E("Middle East", P, en=["Middle Eastern", "Mideast"], ja=["中東"],
          ru=phrase(adj("Ближний"), six("Восток"))),
        E("Asia-Pacific", P, en=["Asia Pacific", "Asia-Pacific region"], ja=["アジア太平洋", "アジア・太平洋"],
          ru=phrase(adj("Азиатско-Тихоокеанский"), REGION) + ["АТР"]),
        E("Indo-Pacific", P, en=["Indo-Pacific region"], ja=["インド太平洋"],
          ru=phrase(adj("Индо-Тихоокеанский"), REGION)),
        E("Indochina", P, en=["Indochinese"], ja=["インドシナ"], ru=["Индокитай", "Индокитая", "Индокитае"]),
        E("Europe", P, en=["European", "Europeans"], ja=["ヨーロッパ", "欧州"], ru=noun("Европа")),
        E("Africa", P, en=["African", "Africans"], ja=["アフリカ"], ru=noun("Африка")),
        E("North America", P, en=["North American", "North Americans"], ja=["北米", "北アメリカ"],
          ru=phrase(adj("Северный", "f"), six("Америка"))),
        E("South America", P, en=["South American", "South Americans"], ja=["南米", "南アメリカ"],
          ru=phrase(adj("Южный", "f"), six("Америка"))),
        E("Latin America", P, en=["Latin American", "Latin Americans"], ja=["中南米", "ラテンアメリカ"],
          ru=phrase(adj("Латинский", "f"), six("Америка"))),
        E("Arctic", P, ja=["北極", "北極圏"], ru=noun("Арктика")),
    ]


def seas():
    S = "sea"
    return [
        E("Sea of Okhotsk", S, en=["Okhotsk Sea"], ja=["オホーツク海"], ru=sea("Охотский")),
        E("Sea of Japan", S, en=["Japan Sea"], ja=["日本海"], ru=sea("Японский"), weak=["East Sea"]),
        E("East China Sea", S, ja=["東シナ海"], ru=sea("Восточно-Китайский")),
        E("South China Sea", S, en=["West Philippine Sea"], ja=["南シナ海"], ru=sea("Южно-Китайский")),
        E("Yellow Sea", S, ja=["黄海"], ru=sea("Жёлтый")),
        E("Philippine Sea", S, ja=["フィリピン海"], ru=sea("Филиппинский")),
        E("Pacific Ocean", S, en=["Pacific ocean"], ja=["太平洋"],
          ru=phrase(adj("Тихий"), OKEAN), weak=["Pacific"]),
        E("Atlantic Ocean", S, ja=["大西洋"], ru=phrase(adj("Атлантический"), OKEAN), weak=["Atlantic"]),
        E("Indian Ocean", S, ja=["インド洋"], ru=phrase(adj("Индийский"), OKEAN)),
        E("Arctic Ocean", S, ja=["北極海"], ru=phrase(adj("Северный"), adj("Ледовитый"), OKEAN)),
        E("Bering Sea", S, ja=["ベーリング海"],
          ru=["Берингово море", "Берингова моря", "Берингову морю", "Беринговым морем", "Беринговом море"]),
        E("Bering Strait", S, ja=["ベーリング海峡"],
          ru=["Берингов пролив", "Берингова пролива", "Берингову проливу", "Беринговым проливом", "Беринговом проливе"]),
        E("Nemuro Strait", S, en=["Kunashir Strait", "Kunashirsky Strait"], ja=["根室海峡"], ru=strait("Кунаширский")),
        E("Catherine Strait", S, en=["Yekaterina Strait", "Ekaterina Strait", "Kunashiri Channel"], ja=["国後水道"],
          ru=proliv("Екатерины")),
        E("Vries Strait", S, en=["Friza Strait", "Etorofu Strait"], ja=["択捉海峡"], ru=proliv("Фриза")),
        E("Goyomai Strait", S, en=["Sovetsky Strait"], ja=["珸瑤瑁水道"], ru=strait("Советский")),
        E("La Pérouse Strait", S, en=["La Perouse Strait", "Soya Strait"], ja=["宗谷海峡"], ru=proliv("Лаперуза")),
        E("Tsugaru Strait", S, ja=["津軽海峡"], ru=strait("Сангарский")),
        E("Korea Strait", S, en=["Tsushima Strait"], ja=["対馬海峡", "朝鮮海峡"],
          ru=strait("Корейский") + strait("Цусимский")),
        E("Strait of Tartary", S, en=["Tatar Strait", "Mamiya Strait"], ja=["間宮海峡", "タタール海峡"], ru=strait("Татарский")),
        E("Taiwan Strait", S, en=["Strait of Taiwan"], ja=["台湾海峡"], ru=strait("Тайваньский")),
        E("Strait of Hormuz", S, en=["Hormuz Strait"], ja=["ホルムズ海峡"], ru=strait("Ормузский")),
        E("Black Sea", S, ja=["黒海"], ru=sea("Чёрный")),
        E("Baltic Sea", S, ja=["バルト海"], ru=sea("Балтийский")),
        E("Sea of Azov", S, ja=["アゾフ海"], ru=sea("Азовский")),
        E("Kerch Strait", S, ja=["ケルチ海峡"], ru=strait("Керченский")),
        E("Mediterranean Sea", S, en=["Mediterranean"], ja=["地中海"], ru=sea("Средиземный")),
    ]


def main():
    ents = capitals() + regional() + world_regions() + seas()
    path = write_entities(
        "places.json",
        ["https://en.wikipedia.org/wiki/List_of_national_capitals",
         "https://en.wikipedia.org/wiki/Sakhalin_Oblast",
         "https://en.wikipedia.org/wiki/Yuzhno-Kurilsky_District",
         "https://en.wikipedia.org/wiki/Kuril_Islands_dispute",
         "https://en.wikipedia.org/wiki/Nemuro_Strait",
         "https://ja.wikipedia.org/wiki/北方地域",
         "https://ru.wikipedia.org/wiki/Курильские_острова"],
        "CC0-1.0", ents)
    print(f"{path}: {len(ents)} entities")


if __name__ == "__main__":
    main()
