#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Chronoscope authors
"""Generates ../topics.json: wars, treaties, declarations and issues that news
about the Kuril dispute names. A topic's parent is the entity it is about, so
filtering by "South Kuril Islands" also finds "北方領土問題". Run: python3 make_topics.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import E, adj, phrase, plural, six, write_entities  # noqa: E402

VOINA = six("война")
DOGOVOR = six("договор")
DEKL = six("декларация")


def up(forms):
    return forms + [f[0].upper() + f[1:] for f in forms if f[0].islower()]


def entities():
    T = "topic"
    D = "Kuril Islands dispute"
    return [
        E(D, T, parent="South Kuril Islands",
          en=["Kuril dispute", "Kurils dispute", "Kuril Islands issue", "Kurile Islands dispute",
              "Northern Territories dispute", "Northern Territories issue", "Northern Territories problem",
              "Northern Territories question", "Southern Kurils dispute"],
          ja=["北方領土問題", "北方領土返還", "北方四島返還"],
          ru=up(phrase(adj("курильский"), six("вопрос"))) + up(phrase(adj("курильский", "f"), six("проблема")))
          + up(phrase(six("проблема"), "Курил")) + up(phrase(six("проблема"), "южных Курил"))
          + up(phrase(six("проблема"), "северных территорий")) + up(phrase(adj("территориальный"), six("спор"), "с Японией"))),
        E("Northern Territories Day", T, parent=D, ja=["北方領土の日"],
          ru=["День северных территорий", "Дня северных территорий", "День Северных территорий", "Дня Северных территорий"]),
        E("Japan–Russia peace treaty", T, parent=D,
          en=["Japan-Russia peace treaty", "Russia-Japan peace treaty", "Japanese-Russian peace treaty",
              "Russo-Japanese peace treaty", "peace treaty with Japan", "peace treaty with Russia"],
          ja=["日露平和条約", "日ロ平和条約", "平和条約締結交渉", "平和条約交渉"],
          ru=up(phrase(adj("мирный"), DOGOVOR, "с Японией")) + up(phrase(adj("мирный"), DOGOVOR, "с Россией"))
          + up(phrase(adj("мирный"), DOGOVOR, "между Россией и Японией"))
          + up(phrase(adj("российско-японский"), adj("мирный"), DOGOVOR))),
        E("Visa-free exchange program", T, parent=D,
          en=["visa-free exchanges", "visa-free exchange", "visa-free visits", "visa-free exchange program",
              "visa-free exchange programme"],
          ja=["ビザなし交流", "ビザなし渡航", "ビザ無し交流"],
          ru=up(phrase(adj("безвизовый", number="pl"),
                       plural("обмены", "обменов", "обменам", "обменами", "обменах")))
          + up(phrase(adj("безвизовый"), six("обмен")))),
        E("Joint economic activities on the South Kuril Islands", T, parent=D,
          en=["joint economic activities", "joint economic activity", "Joint economic activities"],
          ja=["共同経済活動"],
          ru=up(phrase(adj("совместный", "f"), adj("хозяйственный", "f"),
                       ["деятельность", "деятельности", "деятельности", "деятельность", "деятельностью", "деятельности"]))),
        E("World War II", T,
          en=["World War Two", "World War 2", "Second World War", "WWII", "WW2", "WW II"],
          ja=["第二次世界大戦", "第2次世界大戦", "第二次大戦", "第2次大戦"],
          ru=phrase(adj("Второй", "f"), adj("мировой", "f"), VOINA) + ["Второй мировой", "Вторая мировая"]),
        E("Pacific War", T, parent="World War II", en=["Pacific war", "Asia-Pacific War"], ja=["太平洋戦争", "大東亜戦争"],
          ru=phrase(adj("Тихоокеанский", "f"), VOINA) + ["войны на Тихом океане", "война на Тихом океане"]),
        E("Soviet–Japanese War", T, parent="World War II",
          en=["Soviet-Japanese War", "Soviet-Japanese war", "Soviet invasion of Manchuria",
              "Manchurian Strategic Offensive Operation", "Operation August Storm"],
          ja=["日ソ戦争", "ソ連対日参戦", "ソ連の対日参戦", "対日参戦"],
          ru=phrase(adj("Советско-японский", "f"), VOINA)),
        E("Invasion of the Kuril Islands", T, parent="Soviet–Japanese War",
          en=["Kuril landing operation", "Kuril Islands landing operation", "Battle of Shumshu",
              "Soviet invasion of the Kuril Islands", "Soviet occupation of the Kuril Islands"],
          ja=["占守島の戦い", "北方領土占領", "千島占領"],
          ru=phrase(adj("Курильский", "f"), adj("десантный", "f"), six("операция"))),
        E("Russo-Japanese War", T, en=["Russo–Japanese War", "Russo-Japanese war"], ja=["日露戦争"],
          ru=phrase(adj("Русско-японский", "f"), VOINA)),
        E("Yalta Conference", T, parent="World War II",
          en=["Yalta conference", "Yalta Agreement", "Yalta agreement", "Yalta accords", "Crimea Conference"],
          ja=["ヤルタ会談", "ヤルタ協定"],
          ru=phrase(adj("Ялтинский", "f"), six("конференция"))
          + phrase(adj("Ялтинский", "n"), six("соглашение", neuter=True))),
        E("Potsdam Declaration", T, parent="World War II", en=["Potsdam Proclamation"], ja=["ポツダム宣言"],
          ru=phrase(adj("Потсдамский", "f"), DEKL)),
        E("Potsdam Conference", T, parent="World War II", en=["Potsdam conference"], ja=["ポツダム会談"],
          ru=phrase(adj("Потсдамский", "f"), six("конференция"))),
        E("Treaty of San Francisco", T,
          en=["San Francisco Peace Treaty", "San Francisco Treaty", "San Francisco peace treaty",
              "Treaty of Peace with Japan"],
          ja=["サンフランシスコ平和条約", "サンフランシスコ講和条約", "対日平和条約"],
          ru=phrase(adj("Сан-Францисский"), adj("мирный"), DOGOVOR) + phrase(adj("Сан-Францисский"), DOGOVOR)),
        E("Soviet–Japanese Joint Declaration of 1956", T, parent=D,
          en=["Soviet-Japanese Joint Declaration", "Japan-Soviet Joint Declaration", "Soviet-Japanese joint declaration",
              "1956 Joint Declaration", "1956 joint declaration", "Joint Declaration of 1956",
              "1956 Soviet-Japanese Joint Declaration", "Japan-Soviet Joint Declaration of 1956"],
          ja=["日ソ共同宣言"],
          ru=phrase(adj("Советско-японский", "f"), DEKL) + phrase(adj("Советско-японский", "f"), adj("совместный", "f"), DEKL)
          + phrase(adj("Совместный", "f"), DEKL, "1956 года") + phrase(adj("совместный", "f"), DEKL, "1956 года")
          + phrase(six("Декларация"), "1956 года") + phrase(six("декларация"), "1956 года")),
        E("Treaty of Shimoda", T, en=["Shimoda Treaty", "Treaty of Commerce and Navigation between Japan and Russia"],
          ja=["日露和親条約", "日魯通好条約", "下田条約"],
          ru=phrase(adj("Симодский"), six("трактат")) + phrase(adj("Симодский"), DOGOVOR)),
        E("Treaty of Saint Petersburg (1875)", T,
          en=["Treaty of St. Petersburg", "Treaty of Saint Petersburg", "Sakhalin-Kuril Islands Exchange Treaty",
              "Treaty for the Exchange of Sakhalin for the Kuril Islands"],
          ja=["樺太・千島交換条約", "千島樺太交換条約", "樺太千島交換条約"],
          ru=phrase(adj("Петербургский"), DOGOVOR) + phrase(adj("Санкт-Петербургский"), DOGOVOR)),
        E("Treaty of Portsmouth", T, en=["Portsmouth Treaty", "Portsmouth Peace Treaty"], ja=["ポーツマス条約"],
          ru=phrase(adj("Портсмутский"), adj("мирный"), DOGOVOR) + phrase(adj("Портсмутский"), DOGOVOR)),
        E("Tokyo Declaration (1993)", T, parent=D, en=["Tokyo Declaration"], ja=["東京宣言"],
          ru=phrase(adj("Токийский", "f"), DEKL)),
        E("Irkutsk Statement", T, parent=D, en=["Irkutsk statement", "Irkutsk Declaration"], ja=["イルクーツク声明"],
          ru=phrase(adj("Иркутский", "n"), six("заявление", neuter=True))),
        E("Cold War", T, ja=["冷戦"], ru=up(phrase(adj("холодный", "f"), VOINA))),
        E("Russian invasion of Ukraine", T,
          en=["Russia's invasion of Ukraine", "Russo-Ukrainian War", "Russia-Ukraine war", "war in Ukraine"],
          ja=["ロシアのウクライナ侵攻", "ウクライナ侵攻", "ロシアによるウクライナ侵攻"],
          ru=up(phrase(adj("специальный", "f"), adj("военный", "f"), six("операция"))) + ["СВО"]),
        E("Sakhalin-1", T, parent="Sakhalin", en=["Sakhalin 1", "Sakhalin-I"], ja=["サハリン1", "サハリン・ワン"],
          ru=["Сахалин-1"]),
        E("Sakhalin-2", T, parent="Sakhalin", en=["Sakhalin 2", "Sakhalin-II"], ja=["サハリン2", "サハリン・ツー"],
          ru=["Сахалин-2"]),
    ]


def main():
    ents = entities()
    path = write_entities(
        "topics.json",
        ["https://en.wikipedia.org/wiki/Kuril_Islands_dispute",
         "https://en.wikipedia.org/wiki/Soviet–Japanese_Joint_Declaration_of_1956",
         "https://en.wikipedia.org/wiki/Treaty_of_Shimoda",
         "https://en.wikipedia.org/wiki/Treaty_of_Saint_Petersburg_(1875)",
         "https://en.wikipedia.org/wiki/Treaty_of_San_Francisco",
         "https://en.wikipedia.org/wiki/Invasion_of_the_Kuril_Islands",
         "https://www.mofa.go.jp/region/europe/russia/territory/overview.html"],
        "CC0-1.0", ents)
    print(f"{path}: {len(ents)} entities")


if __name__ == "__main__":
    main()
