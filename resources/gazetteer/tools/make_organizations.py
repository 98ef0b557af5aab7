#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Chronoscope authors
"""Generates ../organizations.json: international bodies and forums, the
Japanese, Russian/Soviet, US and Chinese state bodies and armed forces that
news about the dispute names, and the main parties.

Parent: a state body's parent is its country (or the body it belongs to);
international bodies and parties have none. Run: python3 make_organizations.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import E, adj, phrase, plural, six, noun, write_entities  # noqa: E402

SILY = plural("силы", "сил", "силам", "силами", "силах")
SILY_C = plural("Силы", "Сил", "Силам", "Силами", "Силах")
VOISKA = plural("войска", "войск", "войскам", "войсками", "войсках")
PEREG = plural("переговоры", "переговоров", "переговорам", "переговорами", "переговорах")
MIN = six("Министерство", neuter=True)


def up(forms):
    """Sentence-initial variants of lower-case phrases."""
    return forms + [f[0].upper() + f[1:] for f in forms]


def international():
    O = "organization"
    UN = "United Nations"
    return [
        E(UN, O, en=["UN", "U.N."], ja=["国連", "国際連合"],
          ru=["ООН"] + phrase(six("Организация"), "Объединённых Наций")),
        E("United Nations Security Council", O, parent=UN,
          en=["UN Security Council", "U.N. Security Council", "UNSC", "Security Council of the United Nations"],
          ja=["国連安全保障理事会", "国連安保理", "安保理", "安全保障理事会"],
          ru=phrase(six("Совет"), "Безопасности ООН") + phrase(six("Совет"), "безопасности ООН") + ["СБ ООН"]
          + phrase(six("Совбез"), "ООН"),
          weak=["Security Council"]),
        E("United Nations General Assembly", O, parent=UN,
          en=["UN General Assembly", "U.N. General Assembly", "UNGA"], ja=["国連総会"],
          ru=phrase(adj("Генеральный", "f"), six("Ассамблея"), "ООН") + phrase(six("Генассамблея"), "ООН"),
          weak=["General Assembly"]),
        E("International Court of Justice", O, parent=UN, en=["ICJ", "World Court"], ja=["国際司法裁判所"],
          ru=phrase(adj("Международный"), six("суд"), "ООН")),
        E("NATO", O, en=["North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "Nato"],
          ja=["北大西洋条約機構"],
          ru=["НАТО"] + phrase(adj("Североатлантический"), six("альянс"))
          + phrase(six("Организация"), "Североатлантического договора")),
        E("Asia-Pacific Economic Cooperation", O, en=["APEC"], ja=["アジア太平洋経済協力"],
          ru=["АТЭС"] + phrase(adj("Азиатско-Тихоокеанский", "n"), adj("экономический", "n"),
                                six("сотрудничество", neuter=True))),
        E("ASEAN", O, en=["Association of Southeast Asian Nations", "Association of South-East Asian Nations"],
          ja=["東南アジア諸国連合"],
          ru=["АСЕАН"] + phrase(six("Ассоциация"), "государств Юго-Восточной Азии")),
        E("European Union", O, en=["EU", "E.U."], ja=["欧州連合"],
          ru=noun("Евросоюз") + phrase(adj("Европейский"), six("союз")) + ["ЕС"]),
        E("G7", O, en=["G-7", "Group of Seven"], ja=["主要7カ国", "主要7か国", "主要七カ国", "先進7カ国"],
          ru=phrase(adj("Большой", "f"), six("семёрка")) + phrase(six("Группа"), "семи")),
        E("G8", O, en=["G-8", "Group of Eight"], ja=["主要8カ国", "主要8か国", "主要国首脳会議"],
          ru=phrase(adj("Большой", "f"), six("восьмёрка")) + phrase(six("Группа"), "восьми")),
        E("G20", O, en=["G-20", "Group of Twenty"], ja=["主要20カ国・地域", "主要20か国・地域"],
          ru=phrase(adj("Большой", "f"), six("двадцатка")) + phrase(six("Группа"), "двадцати")),
        E("BRICS", O, ja=["ブリックス"], ru=["БРИКС"]),
        E("Shanghai Cooperation Organisation", O, en=["Shanghai Cooperation Organization", "SCO"],
          ja=["上海協力機構"], ru=["ШОС"] + phrase(adj("Шанхайский", "f"), six("организация"), "сотрудничества")),
        E("OSCE", O, en=["Organization for Security and Co-operation in Europe",
                          "Organization for Security and Cooperation in Europe"],
          ja=["欧州安全保障協力機構"],
          ru=["ОБСЕ"] + phrase(six("Организация"), "по безопасности и сотрудничеству в Европе")),
        E("International Atomic Energy Agency", O, en=["IAEA"], ja=["国際原子力機関"], ru=["МАГАТЭ"]),
        E("World Trade Organization", O, en=["WTO", "World Trade Organisation"], ja=["世界貿易機関"],
          ru=["ВТО"] + phrase(adj("Всемирный", "f"), adj("торговый", "f"), six("организация"))),
        E("International Monetary Fund", O, en=["IMF"], ja=["国際通貨基金"],
          ru=["МВФ"] + phrase(adj("Международный"), adj("валютный"), six("фонд"))),
        E("Collective Security Treaty Organization", O, en=["CSTO"], ja=["集団安全保障条約機構"],
          ru=["ОДКБ"] + phrase(six("Организация"), "Договора о коллективной безопасности")),
        E("Commonwealth of Independent States", O, en=["CIS"], ja=["独立国家共同体"],
          ru=["СНГ"] + phrase(six("Содружество", neuter=True), "Независимых Государств")),
        E("Warsaw Pact", O, en=["Warsaw Treaty Organization", "Warsaw Treaty"], ja=["ワルシャワ条約機構"],
          ru=phrase(adj("Варшавский"), six("договор")) + phrase(six("Организация"), "Варшавского договора")),
        E("Six-party talks", O, en=["six-party talks", "Six-Party Talks", "six-nation talks", "six-way talks",
                                     "Six-Nation Talks"],
          ja=["六者協議", "6者協議", "六か国協議", "6カ国協議", "6か国協議"],
          ru=up(phrase(adj("шестисторонний", number="pl"), PEREG))),
        E("Quadrilateral Security Dialogue", O, en=["Quad"], ja=["日米豪印", "クアッド"],
          ru=["QUAD", "Квад"] + phrase(adj("Четырёхсторонний"), six("диалог"), "по безопасности")),
        E("Eastern Economic Forum", O, en=["EEF"], ja=["東方経済フォーラム"],
          ru=phrase(adj("Восточный"), adj("экономический"), six("форум")) + ["ВЭФ"]),
        E("OPEC", O, en=["Organization of the Petroleum Exporting Countries"], ja=["石油輸出国機構"], ru=["ОПЕК"]),
    ]


def japan():
    O = "organization"
    J = "Japan"
    SDF = "Japan Self-Defense Forces"
    IJA = "Imperial Japanese Army"
    return [
        E("Ministry of Foreign Affairs (Japan)", O, parent=J,
          en=["Ministry of Foreign Affairs of Japan", "Japanese Foreign Ministry", "Japanese foreign ministry",
              "Japanese Ministry of Foreign Affairs", "Gaimusho"],
          ja=["外務省", "日本外務省"],
          ru=["МИД Японии"] + phrase(MIN, "иностранных дел Японии") + up(phrase(adj("японский"), "МИД"))
          + up(["японского МИДа", "японском МИДе", "японскому МИДу", "японским МИДом"])),
        E("Ministry of Defense (Japan)", O, parent=J,
          en=["Japanese Defense Ministry", "Japanese Defence Ministry", "Japanese Ministry of Defense",
              "Japan Ministry of Defense", "Japanese defense ministry"],
          ja=["防衛省", "日本防衛省"],
          ru=["Минобороны Японии"] + phrase(MIN, "обороны Японии")),
        E(SDF, O, parent=J,
          en=["Japan Self-Defence Forces", "Self-Defense Forces", "Self-Defence Forces", "SDF", "JSDF"],
          ja=["自衛隊"],
          ru=phrase(SILY_C, "самообороны Японии") + phrase(SILY_C, "самообороны") + phrase(SILY, "самообороны Японии")),
        E("Japan Maritime Self-Defense Force", O, parent=SDF,
          en=["Maritime Self-Defense Force", "Maritime Self-Defence Force", "MSDF", "JMSDF"],
          ja=["海上自衛隊", "海自"],
          ru=phrase(adj("Морской", number="pl"), SILY, "самообороны Японии")
          + phrase(adj("Морской", number="pl"), SILY, "самообороны")),
        E("Japan Air Self-Defense Force", O, parent=SDF,
          en=["Air Self-Defense Force", "Air Self-Defence Force", "ASDF", "JASDF"],
          ja=["航空自衛隊", "空自"],
          ru=phrase(adj("Воздушный", number="pl"), SILY, "самообороны Японии")
          + phrase(adj("Воздушный", number="pl"), SILY, "самообороны")),
        E("Japan Ground Self-Defense Force", O, parent=SDF,
          en=["Ground Self-Defense Force", "Ground Self-Defence Force", "GSDF", "JGSDF"],
          ja=["陸上自衛隊", "陸自"],
          ru=phrase(adj("Сухопутный", number="pl"), SILY, "самообороны Японии")
          + phrase(adj("Сухопутный", number="pl"), SILY, "самообороны")),
        E("Japan Coast Guard", O, parent=J, en=["JCG", "Japanese Coast Guard"], ja=["海上保安庁", "海保"],
          ru=phrase(adj("Береговой", "f"), six("охрана"), "Японии")),
        E("National Diet", O, parent=J, en=["Japanese Diet", "Japanese parliament", "Diet of Japan"],
          ja=["国会"], ru=phrase(six("парламент"), "Японии") + phrase(six("Парламент"), "Японии"),
          weak=["Diet"]),
        E("Prime Minister's Office of Japan", O, parent=J, en=["Kantei"],
          ja=["首相官邸"], weak=["官邸"]),
        E("Liberal Democratic Party (Japan)", O,
          en=["Liberal Democratic Party of Japan", "LDP", "Liberal Democratic Party", "Liberal Democrats"],
          ja=["自民党", "自由民主党"],
          ru=phrase(adj("Либерально-демократический", "f"), six("партия"), "Японии") + ["ЛДП Японии", "ЛДПЯ"]),
        E("Democratic Party of Japan", O, en=["DPJ"], ja=["民主党政権"], weak=["民主党"],
          ru=phrase(adj("Демократический", "f"), six("партия"), "Японии")),
        E("Constitutional Democratic Party of Japan", O, en=["CDP", "CDPJ"], ja=["立憲民主党"],
          ru=phrase(adj("Конституционно-демократический", "f"), six("партия"), "Японии")),
        E("Komeito", O, en=["Komei", "New Komeito"], ja=["公明党"], ru=["Комэйто", "Комейто"]),
        E("Japanese Communist Party", O, en=["JCP", "Communist Party of Japan"], ja=["日本共産党"],
          ru=phrase(adj("Коммунистический", "f"), six("партия"), "Японии") + ["КПЯ"]),
        E("Nippon Ishin no Kai", O, en=["Japan Innovation Party", "Ishin"], ja=["日本維新の会"]),
        E("League of Residents of Chishima and Habomai Islands", O,
          en=["Chishima Habomai Islands Residents League", "Chishima Renmei"],
          ja=["千島歯舞諸島居住者連盟", "千島連盟"]),
        E(IJA, O, parent="Empire of Japan", en=["Imperial Army", "Japanese Imperial Army"],
          ja=["大日本帝国陸軍", "帝国陸軍", "日本陸軍"],
          ru=phrase(adj("Императорский", "f"), six("армия"), "Японии")
          + up(phrase(adj("японский", "f"), adj("императорский", "f"), six("армия")))),
        E("Imperial Japanese Navy", O, parent="Empire of Japan", en=["Japanese Imperial Navy", "Imperial Navy"],
          ja=["大日本帝国海軍", "帝国海軍", "日本海軍"],
          ru=phrase(adj("Императорский"), six("флот"), "Японии")),
        E("Kwantung Army", O, parent=IJA, en=["Kwangtung Army", "Guandong Army"], ja=["関東軍"],
          ru=phrase(adj("Квантунский", "f"), six("армия"))),
    ]


def russia():
    O = "organization"
    R = "Russia"
    SU = "Soviet Union"
    ARM = "Russian Armed Forces"
    FSB = "Federal Security Service"
    return [
        E("Kremlin", O, en=["Moscow Kremlin"], ja=["クレムリン"],
          ru=["Кремль", "Кремля", "Кремлю", "Кремлём", "Кремле"]),
        E("Ministry of Foreign Affairs (Russia)", O, parent=R,
          en=["Russian Foreign Ministry", "Russian foreign ministry", "Russian Ministry of Foreign Affairs",
              "Ministry of Foreign Affairs of Russia", "Russian MFA", "Foreign Ministry of Russia"],
          ja=["ロシア外務省", "露外務省"],
          ru=["МИД России", "МИД РФ"] + phrase(MIN, "иностранных дел России")
          + phrase(MIN, "иностранных дел Российской Федерации") + up(phrase(adj("российский"), "МИД"))
          + up(["российского МИДа", "российском МИДе", "российскому МИДу", "российским МИДом"])),
        E("Ministry of Foreign Affairs (Soviet Union)", O, parent=SU,
          en=["Soviet Foreign Ministry", "Soviet foreign ministry", "Soviet Ministry of Foreign Affairs"],
          ja=["ソ連外務省"], ru=["МИД СССР"] + phrase(MIN, "иностранных дел СССР")),
        E("Ministry of Defence (Russia)", O, parent=R,
          en=["Russian Defence Ministry", "Russian Defense Ministry", "Russian Ministry of Defence",
              "Russian Ministry of Defense", "Russian defence ministry", "Russian defense ministry",
              "Ministry of Defence of the Russian Federation"],
          ja=["ロシア国防省", "露国防省"],
          ru=["Минобороны России", "Минобороны РФ"] + phrase(MIN, "обороны России")
          + phrase(MIN, "обороны Российской Федерации")),
        E(ARM, O, parent=R,
          en=["Armed Forces of the Russian Federation", "Russian military", "Russian Army", "Russian army",
              "Russian troops", "Russian forces", "Russian Armed Forces"],
          ja=["ロシア軍", "露軍"],
          ru=phrase(adj("Вооружённый", number="pl"), SILY, "России")
          + phrase(adj("Вооружённый", number="pl"), SILY, "Российской Федерации") + ["ВС РФ", "ВС России"]
          + up(phrase(adj("российский", "f"), six("армия"))) + up(phrase(adj("российский", number="pl"), VOISKA))),
        E("Eastern Military District", O, parent=ARM, en=["Eastern MD"], ja=["東部軍管区"],
          ru=phrase(adj("Восточный"), adj("военный"), six("округ")) + ["ВВО"]),
        E("Pacific Fleet (Russia)", O, parent=ARM, en=["Russian Pacific Fleet"],
          ja=["ロシア太平洋艦隊"], ru=phrase(adj("Тихоокеанский"), six("флот")) + ["ТОФ"],
          weak=["Pacific Fleet"]),
        E(FSB, O, parent=R, en=["FSB", "Federal Security Service of Russia"], ja=["ロシア連邦保安庁", "連邦保安庁"],
          ru=["ФСБ"] + phrase(adj("Федеральный", "f"), six("служба"), "безопасности")),
        E("FSB Border Service", O, parent=FSB,
          en=["Border Service of the FSB", "Russian Border Guard Service", "Russian border guards",
              "Russian Border Guards", "Russian border guard", "FSB border guards"],
          ja=["ロシア国境警備局", "国境警備局", "ロシア国境警備隊"],
          ru=phrase(adj("Пограничный", "f"), six("служба"), "ФСБ")
          + phrase(adj("Пограничный", "n"), six("управление", neuter=True), "ФСБ")
          + up(phrase(adj("российский", number="pl", animate=True),
                      plural("пограничники", "пограничников", "пограничникам", "пограничниками", "пограничниках",
                             acc="пограничников")))),
        E("KGB", O, parent=SU, en=["Committee for State Security"], ja=["ソ連国家保安委員会"],
          ru=["КГБ", "КГБ СССР"]),
        E("Red Army", O, parent=SU,
          en=["Soviet Army", "Soviet Armed Forces", "Soviet military", "Soviet troops", "Soviet forces",
              "Workers' and Peasants' Red Army"],
          ja=["ソ連軍", "旧ソ連軍", "ソビエト軍", "ソ連赤軍"],
          ru=phrase(adj("Красный", "f"), six("армия")) + phrase(adj("Советский", "f"), six("армия"))
          + up(phrase(adj("советский", number="pl"), VOISKA))),
        E("Communist Party of the Soviet Union", O, parent=SU, en=["CPSU", "Soviet Communist Party"],
          ja=["ソ連共産党", "ソビエト連邦共産党"],
          ru=["КПСС"] + phrase(adj("Коммунистический", "f"), six("партия"), "Советского Союза")),
        E("United Russia", O, ja=["統一ロシア"], ru=phrase(adj("Единый", "f"), six("Россия"))),
        E("Communist Party of the Russian Federation", O, en=["CPRF", "Russian Communist Party"],
          ja=["ロシア連邦共産党"], ru=["КПРФ"] + phrase(adj("Коммунистический", "f"), six("партия"), "Российской Федерации")),
        E("Liberal Democratic Party of Russia", O, en=["LDPR"], ja=["ロシア自由民主党"], ru=["ЛДПР"]),
        E("State Duma", O, parent=R, en=["Russian Duma", "Duma"], ja=["ロシア下院", "国家院"],
          ru=phrase(adj("Государственный", "f"), six("дума")) + phrase(adj("Государственный", "f"), six("Дума"))
          + noun("Госдума")),
        E("Federation Council", O, parent=R, en=["Federation Council of Russia"], ja=["ロシア上院", "連邦院"],
          ru=phrase(six("Совет"), "Федерации") + noun("Совфед")),
        E("Security Council of Russia", O, parent=R, en=["Russian Security Council", "Security Council of the Russian Federation"],
          ja=["ロシア安全保障会議"],
          ru=phrase(six("Совет"), "безопасности России") + phrase(six("Совет"), "безопасности РФ")
          + phrase(six("Совет"), "Безопасности России") + phrase(six("Совбез"), "России") + phrase(six("Совбез"), "РФ")),
        E("Gazprom", O, ja=["ガスプロム"], ru=noun("Газпром")),
        E("Rosneft", O, ja=["ロスネフチ"], ru=["Роснефть", "Роснефти", "Роснефтью"]),
    ]


def others():
    O = "organization"
    US = "United States"
    return [
        E("White House", O, parent=US, ja=["ホワイトハウス"]),
        E("United States Department of State", O, parent=US,
          en=["State Department", "U.S. State Department", "US State Department", "Department of State"],
          ja=["米国務省", "国務省"],
          ru=phrase(six("Госдепартамент"), "США") + noun("Госдеп")
          + phrase(adj("Государственный"), six("департамент"), "США")),
        E("Pentagon", O, parent=US,
          en=["United States Department of Defense", "U.S. Department of Defense", "Department of Defense",
              "US Defense Department", "U.S. Defense Department"],
          ja=["米国防総省", "国防総省", "ペンタゴン"], ru=noun("Пентагон")),
        E("United States Armed Forces", O, parent=US,
          en=["U.S. military", "US military", "U.S. Armed Forces", "US Armed Forces", "U.S. forces", "US forces",
              "U.S. troops", "US troops", "American troops", "American forces"],
          ja=["米軍", "アメリカ軍"],
          ru=phrase(adj("Вооружённый", number="pl"), SILY, "США")),
        E("United States Forces Japan", O, parent="United States Armed Forces",
          en=["U.S. Forces Japan", "US Forces Japan", "USFJ", "U.S. Forces, Japan"], ja=["在日米軍"],
          ru=phrase(adj("американский", number="pl"), VOISKA, "в Японии")),
        E("Chinese Communist Party", O, en=["Communist Party of China", "CCP", "CPC"], ja=["中国共産党"],
          ru=phrase(adj("Коммунистический", "f"), six("партия"), "Китая") + ["КПК"]),
        E("People's Liberation Army", O, parent="China", en=["PLA", "Chinese People's Liberation Army"],
          ja=["人民解放軍", "中国人民解放軍"],
          ru=phrase(adj("Народно-освободительный", "f"), six("армия"), "Китая") + ["НОАК"]),
        E("China Coast Guard", O, parent="China", en=["Chinese Coast Guard"], ja=["中国海警局", "中国海警"],
          ru=phrase(adj("Береговой", "f"), six("охрана"), "Китая")),
    ]


def main():
    ents = international() + japan() + russia() + others()
    path = write_entities(
        "organizations.json",
        ["https://en.wikipedia.org/wiki/Six-party_talks",
         "https://en.wikipedia.org/wiki/Japan_Self-Defense_Forces",
         "https://en.wikipedia.org/wiki/Ministry_of_Foreign_Affairs_(Russia)",
         "https://en.wikipedia.org/wiki/Border_Service_of_the_Federal_Security_Service_of_the_Russian_Federation",
         "https://en.wikipedia.org/wiki/Pacific_Fleet_(Russia)",
         "https://en.wikipedia.org/wiki/Eastern_Economic_Forum",
         "https://ja.wikipedia.org/wiki/千島歯舞諸島居住者連盟"],
        "CC0-1.0", ents)
    print(f"{path}: {len(ents)} entities")


if __name__ == "__main__":
    main()
