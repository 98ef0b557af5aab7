#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Chronoscope authors
"""Generates ../islands.json: the Kuril chain as a hierarchy, Japan's main
islands, and the disputed or newsworthy islands of the world.

Parents are geographic ("part of the group"), never a claim of sovereignty:
disputed islands have no country parent; islands whose sovereignty nobody
contests have their country as parent. Run: python3 make_islands.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import E, adj, adj_all, noun, phrase, plural, six, write_entities  # noqa: E402

OSTROV = ["остров", "острова", "острову", "остров", "островом", "острове"]
OSTROVA = plural("острова", "островов", "островам", "островами", "островах")


def ostrov(name):
    """'остров Зелёный' in every case (the name itself stays), plus the sentence-initial form."""
    forms = phrase(OSTROV, name)
    return forms + ["Остров " + name]


def ostrova(name):
    return phrase(OSTROVA, name) + ["Острова " + name]


def pl_adj_noun(adj_word, nouns=OSTROVA):
    return phrase(adj(adj_word, number="pl"), nouns)


def kurily(prefix_adj=None):
    k = plural("Курилы", "Курил", "Курилам", "Курилами", "Курилах")
    if prefix_adj is None:
        return k
    return phrase(adj(prefix_adj, number="pl"), k)


def entities():
    K = "Kuril Islands"
    S = "South Kuril Islands"
    L = "Lesser Kuril Chain"
    H = "Habomai Islands"
    N = "Northern Kuril Islands"
    C = "Central Kuril Islands"
    kur_adj = adj_all("курильский")
    out = [
        E(K, "island",
          en=["Kuril Islands", "Kurile Islands", "Kurils", "Kuriles", "Kuril", "Kurile", "Chishima Islands",
              "Kuril chain", "Kuril archipelago", "Kuril Archipelago"],
          ja=["千島列島", "千島", "クリル諸島", "クリル列島"],
          ru=pl_adj_noun("Курильский") + kurily() + phrase(adj("Курильский", "f"), six("гряда"))
          + phrase(adj("Курильский"), six("архипелаг")) + kur_adj),
        E(S, "island", parent=K,
          en=["Southern Kuril Islands", "South Kurils", "Southern Kurils", "Southern Kuriles", "South Kuriles",
              "Northern Territories", "southern Kurils", "southern Kuril Islands"],
          ja=["北方領土", "北方四島", "南千島", "南クリル", "南クリル諸島"],
          ru=kurily("Южный") + kurily("южный") + pl_adj_noun("Южно-Курильский") + phrase(adj("Южный", number="pl"), adj("Курильский", number="pl"), OSTROVA)
          + phrase(adj("Северный", number="pl"), plural("территории", "территорий", "территориям", "территориями", "территориях"))),
        E("Kunashir", "island", parent=S,
          en=["Kunashiri", "Kunashir Island", "Kunashiri Island"],
          ja=["国後島", "国後"],
          ru=noun("Кунашир")),
        E("Iturup", "island", parent=S,
          en=["Etorofu", "Iturup Island", "Etorofu Island"],
          ja=["択捉島", "択捉"],
          ru=noun("Итуруп")),
        E(L, "island", parent=S,
          en=["Lesser Kurils", "Lesser Kuril Islands", "Lesser Kuril Ridge", "Little Kuril Chain", "Lesser Kuriles"],
          ja=["小千島列島", "小千島"],
          ru=phrase(adj("Малый", "f"), adj("Курильский", "f"), six("гряда")) + kurily("Малый")),
        E("Shikotan", "island", parent=L,
          en=["Shikotan Island"],
          ja=["色丹島", "色丹"],
          ru=noun("Шикотан")),
        E(H, "island", parent=L,
          en=["Habomai", "Habomai islets", "Habomai Islets", "Habomai group", "Khabomai"],
          ja=["歯舞群島", "歯舞諸島", "歯舞"],
          ru=["Хабомаи"] + phrase(six("гряда"), "Хабомаи")),
        E("Kaigara Island", "island", parent=H,
          en=["Kaigara", "Kaigarajima", "Kaigara-jima", "Signalny Island"],
          ja=["貝殻島"],
          ru=ostrov("Сигнальный"),
          weak=["Signalny", "Сигнальный"]),
        E("Tanfilyev Island", "island", parent=H,
          en=["Tanfiliev Island", "Tanfilyeva Island", "Suisho Island", "Suishō Island", "Suisho-jima", "Suisho"],
          ja=["水晶島"],
          ru=ostrov("Танфильева")),
        E("Yuri Island", "island", parent=H,
          en=["Yuri-to", "Yuri-tō", "Yury Island"],
          ja=["勇留島"],
          ru=ostrov("Юрий")),
        E("Anuchina Island", "island", parent=H,
          en=["Akiyuri Island", "Akiyuri", "Akiyuri-to"],
          ja=["秋勇留島"],
          ru=ostrov("Анучина")),
        E("Zelyony Island", "island", parent=H,
          en=["Zeleny Island", "Zelenyy Island", "Shibotsu Island", "Shibotsu", "Shibotsu-to"],
          ja=["志発島"],
          ru=ostrov("Зелёный")),
        E("Polonsky Island", "island", parent=H,
          en=["Polonskogo Island", "Taraku Island", "Taraku", "Taraku-to"],
          ja=["多楽島"],
          ru=ostrov("Полонского")),
        E("Dyomina Islands", "island", parent=H,
          en=["Demina Islands", "Harukari Island", "Harukari-to"],
          ja=["春苅島"],
          ru=ostrova("Дёмина")),
        E(N, "island", parent=K,
          en=["Northern Kurils", "North Kurils", "North Kuril Islands", "northern Kurils", "Northern Kuriles"],
          ja=["北千島"],
          ru=kurily("Северный") + kurily("северный") + phrase(adj("Северный", number="pl"), adj("Курильский", number="pl"), OSTROVA)),
        E(C, "island", parent=K,
          en=["Middle Kuril Islands", "Central Kurils", "Middle Kurils"],
          ja=["中千島"],
          ru=kurily("Средний") + kurily("Центральный")),
        E("Shumshu", "island", parent=N, en=["Shumshu Island", "Shimushu"], ja=["占守島", "占守"], ru=["Шумшу"]),
        E("Paramushir", "island", parent=N, en=["Paramushir Island", "Paramushiro", "Horomushiro"],
          ja=["幌筵島"], ru=noun("Парамушир")),
        E("Atlasov Island", "island", parent=N, en=["Alaid", "Araido"], ja=["阿頼度島"],
          ru=ostrov("Атласова") + noun("Алаид")),
        E("Antsiferov Island", "island", parent=N, en=["Shirinki"], ja=["志林規島"], ru=ostrov("Анциферова")),
        E("Makanrushi", "island", parent=N, en=["Makanrushi Island", "Makanru"], ja=["磨勘留島"], ru=["Маканруши"]),
        E("Onekotan", "island", parent=N, en=["Onekotan Island", "Onnekotan"], ja=["温禰古丹島"], ru=noun("Онекотан")),
        E("Kharimkotan", "island", parent=N, en=["Harimkotan", "Harumukotan"], ja=["春牟古丹島"], ru=noun("Харимкотан")),
        E("Chirinkotan", "island", parent=N, en=["Chirinkotan Island"], ja=["知林古丹島"], ru=noun("Чиринкотан")),
        E("Ekarma", "island", parent=N, en=["Ekarma Island", "Ekaruma"], ja=["越渇磨島"], ru=noun("Экарма")),
        E("Shiashkotan", "island", parent=N, en=["Shiashkotan Island", "Shasukotan"], ja=["捨子古丹島"], ru=noun("Шиашкотан")),
        E("Raikoke", "island", parent=C, en=["Raikoke Island"], ja=["雷公計島"], ru=["Райкоке"]),
        E("Matua", "island", parent=C, en=["Matua Island", "Matsuwa"], ja=["松輪島"], ru=["Матуа"]),
        E("Rasshua", "island", parent=C, en=["Rasshua Island", "Rashowa"], ja=["羅処和島"], ru=["Расшуа"]),
        E("Ushishir", "island", parent=C, en=["Ushishir Islands", "Ushishiru"], ja=["宇志知島"], ru=noun("Ушишир")),
        E("Ketoy", "island", parent=C, en=["Ketoy Island", "Ketoi"], ja=["計吐夷島"], ru=noun("Кетой")),
        E("Simushir", "island", parent=C, en=["Simushir Island", "Shimushiru"], ja=["新知島"], ru=noun("Симушир")),
        E("Broutona", "island", parent=C, en=["Broutona Island", "Broughton Island", "Buroton"], ja=["武魯頓島"],
          ru=ostrov("Броутона")),
        E("Chirpoy", "island", parent=C, en=["Chirpoy Island", "Chirihoi", "Black Brothers"], ja=["知理保以島"],
          ru=noun("Чирпой")),
        E("Urup", "island", parent=K, en=["Urup Island", "Uruppu"], ja=["得撫島"], ru=noun("Уруп")),

        # Japan's main islands and outlying islands (undisputed: parent Japan)
        E("Japanese archipelago", "island", parent="Japan", en=["Japanese Archipelago", "Japanese islands"],
          ja=["日本列島"], ru=phrase(adj("Японский"), six("архипелаг")) + phrase(adj("Японский", number="pl"), OSTROVA)),
        E("Hokkaido", "island", parent="Japan", en=["Hokkaidō", "Hokkaido Island"], ja=["北海道"], ru=["Хоккайдо"]),
        E("Honshu", "island", parent="Japan", en=["Honshū"], ja=["本州"], ru=["Хонсю"]),
        E("Kyushu", "island", parent="Japan", en=["Kyūshū", "Kyushu Island"], ja=["九州"], ru=["Кюсю"]),
        E("Shikoku", "island", parent="Japan", en=["Shikoku Island"], ja=["四国"], ru=["Сикоку"]),
        E("Ryukyu Islands", "island", parent="Japan",
          en=["Ryukyus", "Ryūkyū Islands", "Nansei Islands", "Nansei Shoto"],
          ja=["琉球諸島", "南西諸島", "琉球列島"], ru=ostrova("Рюкю") + ["Рюкю"]),
        E("Okinawa", "island", parent="Ryukyu Islands", en=["Okinawa Island"], ja=["沖縄", "沖縄本島", "沖縄島"],
          ru=["Окинава", "Окинавы", "Окинаве", "Окинаву", "Окинавой"]),
        E("Yonaguni", "island", parent="Ryukyu Islands", en=["Yonaguni Island"], ja=["与那国島", "与那国"], ru=["Йонагуни", "Ёнагуни"]),
        E("Ishigaki", "island", parent="Ryukyu Islands", en=["Ishigaki Island"], ja=["石垣島"], ru=["Исигаки"]),
        E("Tsushima Island", "island", parent="Japan", en=["Tsushima"], ja=["対馬"], ru=["Цусима"]),
        E("Okinotorishima", "island", parent="Japan",
          en=["Okinotori Island", "Okinotori Islands", "Okino-Tori-shima", "Okinotori-shima", "Douglas Reef"],
          ja=["沖ノ鳥島"], ru=["Окинотори", "Окинотори-сима"]),
        E("Minamitorishima", "island", parent="Japan", en=["Minami-Tori-shima", "Marcus Island"], ja=["南鳥島"],
          ru=["Минамитори-сима", "Минамитори"]),
        E("Bonin Islands", "island", parent="Japan", en=["Ogasawara Islands", "Ogasawara"], ja=["小笠原諸島", "小笠原"],
          ru=ostrova("Огасавара") + ["Огасавара", "Бонин"]),

        # Russia's other Pacific islands
        E("Sakhalin", "island", parent="Russia", en=["Sakhalin Island", "Karafuto"], ja=["サハリン", "樺太"],
          ru=noun("Сахалин")),
        E("Commander Islands", "island", parent="Russia", en=["Komandorski Islands", "Komandorsky Islands"],
          ja=["コマンドルスキー諸島", "コマンドル諸島"], ru=pl_adj_noun("Командорский")),
        E("Aleutian Islands", "island", parent="United States", en=["Aleutians"], ja=["アリューシャン列島"],
          ru=pl_adj_noun("Алеутский")),

        # disputed or newsworthy islands elsewhere (no country parent when disputed)
        E("Liancourt Rocks", "island",
          en=["Takeshima", "Dokdo", "Tokdo", "Dokdo Islands", "Takeshima Islands", "Dokdo islets"],
          ja=["竹島", "独島"],
          ru=phrase(plural("скалы", "скал", "скалам", "скалами", "скалах"), "Лианкур") + ["Лианкур", "Такэсима", "Такесима", "Токто", "Докдо"]),
        E("Ulleungdo", "island", parent="South Korea", en=["Ulleung Island", "Ulleung"], ja=["鬱陵島"], ru=["Уллындо", "Уллеындо"]),
        E("Senkaku Islands", "island",
          en=["Senkakus", "Senkaku", "Diaoyu Islands", "Diaoyu", "Diaoyutai Islands", "Diaoyutai", "Pinnacle Islands"],
          ja=["尖閣諸島", "尖閣", "釣魚島", "釣魚台", "釣魚台列島", "魚釣島"],
          ru=ostrova("Сенкаку") + ["Сенкаку", "Дяоюйдао", "Дяоюйдао"] + ostrova("Дяоюйдао")),
        E("Spratly Islands", "island", en=["Spratlys", "Spratly", "Nansha Islands", "Truong Sa"],
          ja=["南沙諸島", "スプラトリー諸島", "南沙"], ru=ostrova("Спратли") + ["Спратли", "Наньша"]),
        E("Paracel Islands", "island", en=["Paracels", "Xisha Islands", "Hoang Sa"],
          ja=["西沙諸島", "パラセル諸島"], ru=pl_adj_noun("Парасельский") + ["Сиша"]),
        E("Scarborough Shoal", "island", en=["Huangyan Island", "Bajo de Masinloc"], ja=["スカボロー礁", "黄岩島"],
          ru=phrase(six("риф"), "Скарборо") + ["Скарборо"]),
        E("Hainan", "island", parent="China", en=["Hainan Island"], ja=["海南島"], ru=["Хайнань"]),
        E("Hans Island", "island", en=["Tartupaluk", "Hans Ø"], ja=["ハンス島"], ru=ostrov("Ханс")),
        E("Chagos Archipelago", "island", en=["Chagos Islands", "Chagos"], ja=["チャゴス諸島"],
          ru=phrase(six("архипелаг"), "Чагос") + ostrova("Чагос") + ["Чагос"]),
        E("Diego Garcia", "island", parent="Chagos Archipelago", en=["Diego Garcia Island"],
          ja=["ディエゴガルシア島", "ディエゴ・ガルシア"], ru=["Диего-Гарсия", "Диего-Гарсии", "Диего-Гарсию"]),
        E("Abu Musa", "island", en=["Abu Musa Island"], ja=["アブムーサ島", "アブ・ムーサ島"], ru=["Абу-Муса"]),
        E("Greater and Lesser Tunbs", "island", en=["Tunb Islands", "Tunbs", "Greater Tunb", "Lesser Tunb"],
          ja=["大トンブ島", "小トンブ島", "トンブ島"], ru=["Большой Томб", "Малый Томб", "острова Томб"]),
        E("Socotra", "island", parent="Yemen", en=["Socotra Island", "Soqotra"], ja=["ソコトラ島"], ru=noun("Сокотра")),
        E("New Guinea", "island", en=["New Guinea island"], ja=["ニューギニア島", "ニューギニア"],
          ru=phrase(adj("Новый", "f"), six("Гвинея"))),
    ]
    return out


def main():
    ents = entities()
    path = write_entities(
        "islands.json",
        ["https://en.wikipedia.org/wiki/Kuril_Islands",
         "https://en.wikipedia.org/wiki/Kuril_Islands_dispute",
         "https://en.wikipedia.org/wiki/Habomai_Islands",
         "https://en.wikipedia.org/wiki/Polonsky_Island",
         "https://en.wikipedia.org/wiki/Tanfiliev_Island",
         "https://ja.wikipedia.org/wiki/千島列島",
         "https://ru.wikipedia.org/wiki/Курильские_острова",
         "https://en.wikipedia.org/wiki/Liancourt_Rocks",
         "https://en.wikipedia.org/wiki/Senkaku_Islands",
         "https://en.wikipedia.org/wiki/List_of_territorial_disputes"],
        "CC0-1.0", ents)
    print(f"{path}: {len(ents)} entities")


if __name__ == "__main__":
    main()
