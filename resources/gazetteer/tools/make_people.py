#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Chronoscope authors
"""Generates ../people.json: the people who shaped the Kuril dispute since 1945
and the leaders news about it names, with the offices they held.

Dates: "from" is the first day in office, acting periods included; "to" is the
last day (the successor's first day), null while in office. Bare surnames are
weak when they are common words or names, or shared by two people here.
Run: python3 make_people.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import E, phrase, ru_person, six, strip_accents, surname6, uniq, write_entities, yo  # noqa: E402

JP, RU, SU, US, CN, KR, KP, TW, UK, UA = ("Japan", "Russia", "Soviet Union", "United States", "China",
                                          "South Korea", "North Korea", "Taiwan", "United Kingdom", "Ukraine")

RU_CASES = lambda base: [base + e for e in ("", "а", "у", "ом", "е")]  # noqa: E731

TITLES = {
    "Prime Minister": ["Prime Minister", "prime minister", "PM", "Premier", "首相", "総理", "総理大臣", "内閣総理大臣",
                       "премьер-министр", "премьер-министра", "премьер-министру", "премьер-министром",
                       "премьер-министре", "премьер", "премьера", "Премьер-министр", "Премьер"],
    "Foreign Minister": ["Foreign Minister", "foreign minister", "Minister for Foreign Affairs", "外相", "外務大臣",
                         "министр иностранных дел", "министра иностранных дел", "министру иностранных дел",
                         "министром иностранных дел", "министре иностранных дел", "глава МИД", "главы МИД",
                         "главой МИД", "Министр иностранных дел", "Глава МИД"],
    "President": ["President", "president", "大統領", "президент", "президента", "президенту", "президентом",
                  "президенте", "Президент"],
    "General Secretary": ["General Secretary", "First Secretary", "Soviet leader", "書記長", "第一書記",
                          "генеральный секретарь", "генсек", "генсека", "генсеку", "генсеком", "первый секретарь"],
    "Premier": ["Premier", "Soviet Premier", "首相", "председатель Совета министров",
                "председателя Совета министров", "председатель Совмина"],
    "Head of State": ["Chairman of the Presidium", "最高会議幹部会議長", "председатель Президиума Верховного Совета"],
    "Defence Minister": ["Defence Minister", "Defense Minister", "defence minister", "defense minister", "国防相",
                         "министр обороны", "министра обороны", "министру обороны", "министром обороны",
                         "министре обороны", "глава Минобороны", "Министр обороны"],
    "Spokesperson": ["spokeswoman", "spokesperson", "spokesman", "報道官", "официальный представитель МИД",
                     "официального представителя МИД", "официальному представителю МИД",
                     "официальным представителем МИД", "официальный представитель МИД России"],
    "Press Secretary": ["press secretary", "Kremlin spokesman", "spokesman", "大統領報道官", "報道官",
                        "пресс-секретарь", "пресс-секретаря", "пресс-секретарю", "пресс-секретарём",
                        "пресс-секретарем", "Пресс-секретарь"],
    "Ambassador": ["Ambassador", "ambassador", "大使", "посол", "посла", "послу", "послом", "после"],
    "Chief Cabinet Secretary": ["Chief Cabinet Secretary", "官房長官", "генеральный секретарь кабинета министров",
                                "генсек кабмина"],
    "Secretary of State": ["Secretary of State", "国務長官", "госсекретарь", "госсекретаря", "госсекретарю",
                           "госсекретарём", "госсекретарем", "Госсекретарь"],
    "PRC President": ["President", "国家主席", "председатель КНР", "председателя КНР", "председателю КНР",
                      "председателем КНР", "Председатель КНР"],
    "PRC Premier": ["Premier", "首相", "премьер Госсовета КНР", "премьера Госсовета КНР", "премьер Госсовета"],
    "PRC General Secretary": ["General Secretary", "総書記", "генеральный секретарь ЦК КПК", "генсек ЦК КПК"],
    "Leader": ["leader", "Supreme Leader", "Chairman", "総書記", "委員長", "主席", "лидер", "лидера",
               "лидеру", "лидером", "председатель", "председателя", "председателю", "председателем"],
    "Emperor": ["Emperor", "天皇", "император", "императора", "императору", "императором", "Император"],
    "Security Council": ["Secretary of the Security Council", "Deputy Chairman of the Security Council",
                         "安全保障会議書記", "安全保障会議副議長", "секретарь Совбеза", "секретаря Совбеза",
                         "зампред Совбеза", "зампреда Совбеза", "секретарь Совета безопасности",
                         "зампред Совета безопасности"],
    "Chief of Staff": ["Chief of Staff", "Kremlin chief of staff", "大統領府長官", "глава администрации президента",
                       "главы администрации президента"],
    "General": ["General", "元帥", "генерал", "генерала", "генералу", "генералом"],
    "Minister": ["Minister", "大臣", "担当相", "министр", "министра"],
}


def office_titles(office):
    o = office
    checks = [
        ("Chief Cabinet Secretary", "Chief Cabinet Secretary"),
        ("Spokesperson", "Spokesperson"),
        ("Press Secretary", "Press Secretary"),
        ("Chief of Staff", "Chief of Staff"),
        ("Security Council", "Security Council"),
        ("Ambassador", "Ambassador"),
        ("Secretary of State", "Secretary of State"),
        ("Foreign", "Foreign Minister"),
        ("External Relations", "Foreign Minister"),
        ("Defence", "Defence Minister"),
        ("Defense", "Defence Minister"),
    ]
    for key, t in checks:
        if key in o:
            return TITLES[t]
    if "People's Republic of China" in o or "Chinese Communist Party" in o:
        if o.startswith("President"):
            return TITLES["PRC President"]
        if o.startswith("Premier"):
            return TITLES["PRC Premier"]
        if o.startswith("General Secretary"):
            return TITLES["PRC General Secretary"]
    if "Prime Minister" in o:
        return TITLES["Prime Minister"]
    if o.startswith("Premier"):
        return TITLES["Premier"]
    if "President" in o:
        return TITLES["President"]
    if "General Secretary" in o or "First Secretary" in o:
        return TITLES["General Secretary"]
    if "Presidium" in o:
        return TITLES["Head of State"]
    if "Emperor" in o:
        return TITLES["Emperor"]
    if "Supreme Commander" in o:
        return TITLES["General"]
    if "Minister" in o:
        return TITLES["Minister"]
    return TITLES["Leader"]


def O(office, country, frm, to):
    return {"office": office, "country": country, "from": frm, "to": to}


def person(name, en=(), sn_en=None, ja=(), ja_sn=None, ru=None, ru_extra=(), weak_sn=False, offices=(),
           japanese=False, weak=(), ja_extra_weak=()):
    """ru = (given, surname, kind, fem, given_indecl) for ru_person(); sn_en = bare English surname(s)."""
    en_all = [name] + list(en)
    if japanese:  # Japanese order, as some papers print it
        for full in list(en_all):
            parts = full.split()
            if len(parts) == 2:
                en_all.append(parts[1] + " " + parts[0])
    en_all = uniq(en_all + [strip_accents(a) for a in en_all])
    sn_list = [sn_en] if isinstance(sn_en, str) else list(sn_en or [])
    sn_list = uniq(sn_list + [strip_accents(s) for s in sn_list])
    ja_full = list(ja)
    ja_sns = [ja_sn] if isinstance(ja_sn, str) else list(ja_sn or [])
    ru_full, ru_sn = [], []
    if ru:
        given, surname, kind, fem, gi = (list(ru) + [None] * 5)[:5]
        if given:
            ru_full, ru_sn = ru_person(given, surname, kind or "auto", bool(fem), bool(gi))
        else:
            ru_sn = yo(uniq(surname6(surname, kind or "auto", bool(fem))))
    ru_full = ru_full + yo(list(ru_extra))
    strong_en, strong_ja, strong_ru = list(en_all), list(ja_full), list(ru_full)
    weak_all = list(weak)
    if weak_sn:
        weak_all += sn_list + ja_sns + ru_sn
    else:
        strong_en += sn_list
        strong_ja += ja_sns
        strong_ru += ru_sn
    weak_all += list(ja_extra_weak)
    titles = []
    for o in offices:
        titles += office_titles(o["office"])
    return E(name, "person", en=strong_en, ja=strong_ja, ru=strong_ru, weak=uniq(weak_all),
             offices=list(offices), titles=uniq(titles))


def jp(name, kanji, sn_kanji, ru_given, ru_surname, offices, en=(), weak_sn=False, ru_kind="auto", fem=False,
       ru_extra=(), extra_weak=(), ja_weak=False):
    """A Japanese person: English (also in Japanese order), kanji, Russian (Polivanov) forms.
    ja_weak: the kanji surname alone is an ordinary word or place name (町村, 大平, 上川), so weak."""
    sn = name.split()[-1]
    if ja_weak and sn_kanji:
        extra_weak = list(extra_weak) + ([sn_kanji] if isinstance(sn_kanji, str) else list(sn_kanji))
        sn_kanji = None
    return person(name, en=en, sn_en=sn, ja=kanji, ja_sn=sn_kanji if sn_kanji and len(sn_kanji) > 1 else None,
                  ru=(ru_given, ru_surname, ru_kind, fem, True), ru_extra=ru_extra, weak_sn=weak_sn,
                  offices=offices, japanese=True, weak=extra_weak)


PM, FM = "Prime Minister", "Minister for Foreign Affairs"


def japanese():
    return [
        jp("Kuniaki Koiso", ["小磯国昭", "小磯國昭"], "小磯", "Куниаки", "Коисо", [O(PM, JP, "1944-07-22", "1945-04-07")], ja_weak=True),
        jp("Kantarō Suzuki", ["鈴木貫太郎"], "鈴木", "Кантаро", "Судзуки", [O(PM, JP, "1945-04-07", "1945-08-17")],
           weak_sn=True),
        jp("Prince Naruhiko Higashikuni", ["東久邇宮稔彦王", "東久邇稔彦"], "東久邇", "Нарухико", "Хигасикуни",
           [O(PM, JP, "1945-08-17", "1945-10-09")], en=["Naruhiko Higashikuni", "Prince Higashikuni"]),
        jp("Kijūrō Shidehara", ["幣原喜重郎"], "幣原", "Кидзюро", "Сидэхара",
           [O(PM, JP, "1945-10-09", "1946-05-22")], ru_kind="noun"),
        jp("Shigeru Yoshida", ["吉田茂"], "吉田", "Сигэру", "Ёсида",
           [O(PM, JP, "1946-05-22", "1947-05-24"), O(PM, JP, "1948-10-15", "1954-12-10")],
           weak_sn=True, ru_kind="noun", ru_extra=["Шигеру Йошида"]),
        jp("Tetsu Katayama", ["片山哲"], "片山", "Тэцу", "Катаяма", [O(PM, JP, "1947-05-24", "1948-03-10")],
           weak_sn=True, ru_kind="noun"),
        jp("Hitoshi Ashida", ["芦田均"], "芦田", "Хитоси", "Асида", [O(PM, JP, "1948-03-10", "1948-10-15")],
           weak_sn=True, ru_kind="noun"),
        jp("Ichirō Hatoyama", ["鳩山一郎"], "鳩山", "Итиро", "Хатояма", [O(PM, JP, "1954-12-10", "1956-12-23")],
           weak_sn=True, ru_kind="noun"),
        jp("Tanzan Ishibashi", ["石橋湛山"], "石橋", "Тандзан", "Исибаси", [O(PM, JP, "1956-12-23", "1957-02-25")],
           weak_sn=True),
        jp("Nobusuke Kishi", ["岸信介"], None, "Нобусукэ", "Киси", [O(PM, JP, "1957-02-25", "1960-07-19")],
           weak_sn=True),
        jp("Hayato Ikeda", ["池田勇人"], "池田", "Хаято", "Икэда", [O(PM, JP, "1960-07-19", "1964-11-09")],
           weak_sn=True, ru_kind="noun"),
        jp("Eisaku Satō", ["佐藤栄作"], "佐藤", "Эйсаку", "Сато", [O(PM, JP, "1964-11-09", "1972-07-07")],
           weak_sn=True),
        jp("Kakuei Tanaka", ["田中角栄"], "田中", "Какуэй", "Танака", [O(PM, JP, "1972-07-07", "1974-12-09")],
           weak_sn=True, ru_kind="noun"),
        jp("Takeo Miki", ["三木武夫"], "三木", "Такэо", "Мики", [O(PM, JP, "1974-12-09", "1976-12-24")], weak_sn=True),
        jp("Takeo Fukuda", ["福田赳夫"], "福田", "Такэо", "Фукуда", [O(PM, JP, "1976-12-24", "1978-12-07")],
           weak_sn=True, ru_kind="noun"),
        jp("Masayoshi Ōhira", ["大平正芳"], "大平", "Масаёси", "Охира", [O(PM, JP, "1978-12-07", "1980-06-12")],
           ru_kind="noun", ja_weak=True),
        jp("Zenkō Suzuki", ["鈴木善幸"], "鈴木", "Дзэнко", "Судзуки", [O(PM, JP, "1980-07-17", "1982-11-27")],
           weak_sn=True),
        jp("Yasuhiro Nakasone", ["中曽根康弘"], "中曽根", "Ясухиро", "Накасонэ",
           [O(PM, JP, "1982-11-27", "1987-11-06")], weak_sn=True),
        jp("Noboru Takeshita", ["竹下登"], "竹下", "Нобору", "Такэсита", [O(PM, JP, "1987-11-06", "1989-06-03")],
           weak_sn=True, ru_kind="noun"),
        jp("Sōsuke Uno", ["宇野宗佑"], "宇野", "Сосукэ", "Уно", [O(PM, JP, "1989-06-03", "1989-08-10")], weak_sn=True),
        jp("Toshiki Kaifu", ["海部俊樹"], "海部", "Тосики", "Кайфу", [O(PM, JP, "1989-08-10", "1991-11-05")], ja_weak=True),
        jp("Kiichi Miyazawa", ["宮澤喜一", "宮沢喜一"], ["宮澤", "宮沢"], "Киити", "Миядзава",
           [O(PM, JP, "1991-11-05", "1993-08-09")], weak_sn=True, ru_kind="noun"),
        jp("Morihiro Hosokawa", ["細川護熙", "細川護煕"], "細川", "Морихиро", "Хосокава",
           [O(PM, JP, "1993-08-09", "1994-04-28")], weak_sn=True, ru_kind="noun"),
        jp("Tsutomu Hata", ["羽田孜"], "羽田", "Цутому", "Хата",
           [O(FM, JP, "1993-08-09", "1994-04-28"), O(PM, JP, "1994-04-28", "1994-06-30")], weak_sn=True,
           ru_kind="noun"),
        jp("Tomiichi Murayama", ["村山富市"], "村山", "Томиити", "Мураяма", [O(PM, JP, "1994-06-30", "1996-01-11")],
           weak_sn=True, ru_kind="noun"),
        jp("Ryutaro Hashimoto", ["橋本龍太郎", "橋本竜太郎"], "橋本", "Рютаро", "Хасимото",
           [O(PM, JP, "1996-01-11", "1998-07-30")], en=["Ryūtarō Hashimoto"], weak_sn=True),
        jp("Keizō Obuchi", ["小渕恵三"], "小渕", "Кэйдзо", "Обути",
           [O(FM, JP, "1997-09-11", "1998-07-30"), O(PM, JP, "1998-07-30", "2000-04-05")]),
        jp("Yoshirō Mori", ["森喜朗"], None, "Ёсиро", "Мори", [O(PM, JP, "2000-04-05", "2001-04-26")],
           weak_sn=True),
        jp("Junichiro Koizumi", ["小泉純一郎"], "小泉", "Дзюнъитиро", "Коидзуми",
           [O(PM, JP, "2001-04-26", "2006-09-26")], en=["Jun'ichirō Koizumi", "Jun'ichiro Koizumi"], weak_sn=True),
        jp("Shinzo Abe", ["安倍晋三"], "安倍", "Синдзо", "Абэ",
           [O("Chief Cabinet Secretary", JP, "2005-10-31", "2006-09-26"), O(PM, JP, "2006-09-26", "2007-09-26"),
            O(PM, JP, "2012-12-26", "2020-09-16")], en=["Shinzō Abe"], weak_sn=True, ru_extra=["Синдзо Абе"]),
        jp("Yasuo Fukuda", ["福田康夫"], "福田", "Ясуо", "Фукуда", [O(PM, JP, "2007-09-26", "2008-09-24")],
           weak_sn=True, ru_kind="noun"),
        jp("Taro Aso", ["麻生太郎"], "麻生", "Таро", "Асо",
           [O(FM, JP, "2005-10-31", "2007-08-27"), O(PM, JP, "2008-09-24", "2009-09-16")], en=["Tarō Asō"],
           weak_sn=True),
        jp("Yukio Hatoyama", ["鳩山由紀夫"], "鳩山", "Юкио", "Хатояма", [O(PM, JP, "2009-09-16", "2010-06-08")],
           weak_sn=True, ru_kind="noun"),
        jp("Naoto Kan", ["菅直人"], None, "Наото", "Кан", [O(PM, JP, "2010-06-08", "2011-09-02")], weak_sn=True),
        jp("Yoshihiko Noda", ["野田佳彦"], "野田", "Ёсихико", "Нода", [O(PM, JP, "2011-09-02", "2012-12-26")],
           weak_sn=True, ru_kind="noun"),
        jp("Yoshihide Suga", ["菅義偉"], None, "Ёсихидэ", "Суга",
           [O("Chief Cabinet Secretary", JP, "2012-12-26", "2020-09-16"), O(PM, JP, "2020-09-16", "2021-10-04")],
           ru_kind="noun"),
        jp("Fumio Kishida", ["岸田文雄"], "岸田", "Фумио", "Кисида",
           [O(FM, JP, "2012-12-26", "2017-08-03"), O(PM, JP, "2021-10-04", "2024-10-01")], ru_kind="noun",
           ru_extra=["Фумио Кишида", "Кишида", "Кишиды", "Кишиде", "Кишиду", "Кишидой"]),
        jp("Shigeru Ishiba", ["石破茂"], "石破", "Сигэру", "Исиба", [O(PM, JP, "2024-10-01", "2025-10-21")],
           ru_kind="noun", ru_extra=["Шигеру Ишиба", "Ишиба", "Ишибы", "Ишибе", "Ишибу", "Ишибой"]),
        jp("Sanae Takaichi", ["高市早苗"], "高市", "Санаэ", "Такаити", [O(PM, JP, "2025-10-21", None)], fem=True),
        # foreign ministers and others
        jp("Mamoru Shigemitsu", ["重光葵"], "重光", "Мамору", "Сигэмицу",
           [O(FM, JP, "1945-08-17", "1945-09-17"), O(FM, JP, "1954-12-10", "1956-12-23")], ja_weak=True),
        jp("Shintaro Abe", ["安倍晋太郎"], "安倍", "Синтаро", "Абэ", [O(FM, JP, "1982-11-27", "1986-07-22")],
           en=["Shintarō Abe"], weak_sn=True),
        jp("Taro Nakayama", ["中山太郎"], "中山", "Таро", "Накаяма", [O(FM, JP, "1989-08-10", "1991-11-05")],
           weak_sn=True, ru_kind="noun"),
        jp("Michio Watanabe", ["渡辺美智雄", "渡邉美智雄"], "渡辺", "Митио", "Ватанабэ",
           [O(FM, JP, "1991-11-05", "1993-04-07")], weak_sn=True),
        jp("Kabun Mutō", ["武藤嘉文"], "武藤", "Кабун", "Муто", [O(FM, JP, "1993-04-07", "1993-08-09")], weak_sn=True),
        jp("Koji Kakizawa", ["柿澤弘治", "柿沢弘治"], ["柿澤", "柿沢"], "Кодзи", "Какидзава",
           [O(FM, JP, "1994-04-28", "1994-06-30")], ru_kind="noun", ja_weak=True),
        jp("Yōhei Kōno", ["河野洋平"], "河野", "Ёхэй", "Коно",
           [O(FM, JP, "1994-06-30", "1996-01-11"), O(FM, JP, "1999-10-05", "2001-04-26")],
           en=["Yohei Kono"], weak_sn=True),
        jp("Yukihiko Ikeda", ["池田行彦"], "池田", "Юкихико", "Икэда", [O(FM, JP, "1996-01-11", "1997-09-11")],
           weak_sn=True, ru_kind="noun"),
        jp("Masahiko Kōmura", ["高村正彦"], "高村", "Масахико", "Комура",
           [O(FM, JP, "1998-07-30", "1999-10-05"), O(FM, JP, "2007-09-26", "2008-09-24")],
           en=["Masahiko Koumura"], weak_sn=True, ru_kind="noun"),
        jp("Makiko Tanaka", ["田中眞紀子", "田中真紀子"], "田中", "Макико", "Танака",
           [O(FM, JP, "2001-04-26", "2002-01-30")], weak_sn=True, ru_kind="noun", fem=True),
        jp("Yoriko Kawaguchi", ["川口順子"], "川口", "Ёрико", "Кавагути", [O(FM, JP, "2002-02-01", "2004-09-27")],
           weak_sn=True, fem=True),
        jp("Nobutaka Machimura", ["町村信孝"], "町村", "Нобутака", "Матимура",
           [O(FM, JP, "2004-09-27", "2005-10-31"), O(FM, JP, "2007-08-27", "2007-09-26")], ru_kind="noun", ja_weak=True),
        jp("Hirofumi Nakasone", ["中曽根弘文"], "中曽根", "Хирофуми", "Накасонэ",
           [O(FM, JP, "2008-09-24", "2009-09-16")], weak_sn=True),
        jp("Katsuya Okada", ["岡田克也"], "岡田", "Кацуя", "Окада", [O(FM, JP, "2009-09-16", "2010-09-17")],
           weak_sn=True, ru_kind="noun"),
        jp("Seiji Maehara", ["前原誠司"], "前原", "Сэйдзи", "Маэхара", [O(FM, JP, "2010-09-17", "2011-03-07")],
           ru_kind="noun", ja_weak=True),
        jp("Takeaki Matsumoto", ["松本剛明"], "松本", "Такэаки", "Мацумото", [O(FM, JP, "2011-03-09", "2011-09-02")],
           weak_sn=True),
        jp("Kōichirō Genba", ["玄葉光一郎"], "玄葉", "Коитиро", "Гэмба", [O(FM, JP, "2011-09-02", "2012-12-26")],
           en=["Koichiro Gemba"], ru_kind="noun"),
        jp("Taro Kono", ["河野太郎"], "河野", "Таро", "Коно", [O(FM, JP, "2017-08-03", "2019-09-11")],
           en=["Tarō Kōno"], weak_sn=True),
        jp("Toshimitsu Motegi", ["茂木敏充"], "茂木", "Тосимицу", "Мотэги",
           [O(FM, JP, "2019-09-11", "2021-11-04"), O(FM, JP, "2025-10-21", None)], ja_weak=True),
        jp("Yoshimasa Hayashi", ["林芳正"], None, "Ёсимаса", "Хаяси",
           [O(FM, JP, "2021-11-10", "2023-09-13"), O("Chief Cabinet Secretary", JP, "2023-12-14", "2025-10-21")],
           weak_sn=True),
        jp("Yōko Kamikawa", ["上川陽子"], "上川", "Ёко", "Камикава", [O(FM, JP, "2023-09-13", "2024-10-01")],
           ru_kind="noun", fem=True, ja_weak=True),
        jp("Takeshi Iwaya", ["岩屋毅"], "岩屋", "Такэси", "Ивая", [O(FM, JP, "2024-10-01", "2025-10-21")],
           ru_kind="indecl", ja_weak=True),
        jp("Muneo Suzuki", ["鈴木宗男"], "鈴木", "Мунэо", "Судзуки",
           [O("Minister of State for Okinawa and Northern Territories Affairs", JP, "1997-09-11", "1998-07-30")],
           weak_sn=True),
        jp("Toyohisa Kozuki", ["上月豊久"], "上月", "Тоёхиса", "Кодзуки", [], weak_sn=True),
        person("Hirohito", en=["Emperor Hirohito", "Emperor Shōwa", "Emperor Showa", "Showa Emperor"],
               ja=["昭和天皇", "裕仁"], ru=(None, "Хирохито", "indecl"),
               offices=[O("Emperor of Japan", JP, "1926-12-25", "1989-01-07")]),
        person("Akihito", en=["Emperor Akihito", "Emperor Emeritus Akihito"], ja=["明仁", "上皇陛下", "明仁上皇"],
               ru=(None, "Акихито", "indecl"), offices=[O("Emperor of Japan", JP, "1989-01-07", "2019-04-30")]),
        person("Naruhito", en=["Emperor Naruhito"], ja=["徳仁", "徳仁天皇"], ru=(None, "Нарухито", "indecl"),
               offices=[O("Emperor of Japan", JP, "2019-05-01", None)]),
    ]


def soviet_russian():
    GS = "General Secretary of the Communist Party of the Soviet Union"
    FS = "First Secretary of the Communist Party of the Soviet Union"
    PREM = "Premier of the Soviet Union"
    PRES = "Chairman of the Presidium of the Supreme Soviet"
    SFM = "Minister of Foreign Affairs of the Soviet Union"
    RPM, RPRES, RFM = "Prime Minister of Russia", "President of Russia", "Minister of Foreign Affairs of Russia"
    return [
        person("Joseph Stalin", en=["Josef Stalin", "Iosif Stalin", "J. V. Stalin"], sn_en="Stalin",
               ja=["ヨシフ・スターリン"], ja_sn="スターリン", ru=("Иосиф", "Сталин", "ru"),
               offices=[O(GS, SU, "1922-04-03", "1952-10-16"), O(PREM, SU, "1941-05-06", "1953-03-05")]),
        person("Vyacheslav Molotov", sn_en="Molotov", ja=["ヴャチェスラフ・モロトフ", "ビャチェスラフ・モロトフ"],
               ja_sn="モロトフ", ru=("Вячеслав", "Молотов", "ru"),
               offices=[O(SFM, SU, "1939-05-03", "1949-03-04"), O(SFM, SU, "1953-03-05", "1956-06-01")]),
        person("Georgy Malenkov", en=["Georgi Malenkov"], sn_en="Malenkov", ja=["ゲオルギー・マレンコフ"],
               ja_sn="マレンコフ", ru=("Георгий", "Маленков", "ru"), offices=[O(PREM, SU, "1953-03-05", "1955-02-08")]),
        person("Nikolai Bulganin", en=["Nikolay Bulganin"], sn_en="Bulganin", ja=["ニコライ・ブルガーニン"],
               ja_sn="ブルガーニン", ru=("Николай", "Булганин", "ru"), offices=[O(PREM, SU, "1955-02-08", "1958-03-27")]),
        person("Dmitri Shepilov", en=["Dmitry Shepilov"], sn_en="Shepilov", ja=["ドミトリー・シェピーロフ"],
               ja_sn="シェピーロフ", ru=("Дмитрий", "Шепилов", "ru"), offices=[O(SFM, SU, "1956-06-01", "1957-02-15")]),
        person("Nikita Khrushchev", en=["Nikita Khruschev", "Nikita S. Khrushchev"], sn_en=["Khrushchev", "Khruschev"],
               ja=["ニキータ・フルシチョフ"], ja_sn="フルシチョフ", ru=("Никита", "Хрущёв", "ru"),
               offices=[O(FS, SU, "1953-09-14", "1964-10-14"), O(PREM, SU, "1958-03-27", "1964-10-14")]),
        person("Leonid Brezhnev", en=["Leonid I. Brezhnev"], sn_en="Brezhnev", ja=["レオニード・ブレジネフ"],
               ja_sn="ブレジネフ", ru=("Леонид", "Брежнев", "ru"),
               offices=[O(GS, SU, "1964-10-14", "1982-11-10"), O(PRES, SU, "1977-06-16", "1982-11-10")]),
        person("Alexei Kosygin", en=["Aleksei Kosygin", "Alexey Kosygin"], sn_en="Kosygin",
               ja=["アレクセイ・コスイギン"], ja_sn="コスイギン", ru=("Алексей", "Косыгин", "ru"),
               offices=[O(PREM, SU, "1964-10-15", "1980-10-23")]),
        person("Andrei Gromyko", en=["Andrey Gromyko", "Andrei A. Gromyko"], sn_en="Gromyko",
               ja=["アンドレイ・グロムイコ"], ja_sn="グロムイコ", ru=("Андрей", "Громыко", "indecl"),
               offices=[O(SFM, SU, "1957-02-15", "1985-07-02"), O(PRES, SU, "1985-07-02", "1988-10-01")]),
        person("Yuri Andropov", en=["Yury Andropov", "Yuri V. Andropov"], sn_en="Andropov", ja=["ユーリ・アンドロポフ"],
               ja_sn="アンドロポフ", ru=("Юрий", "Андропов", "ru"),
               offices=[O(GS, SU, "1982-11-12", "1984-02-09"), O(PRES, SU, "1983-06-16", "1984-02-09")]),
        person("Konstantin Chernenko", en=["Konstantin U. Chernenko"], sn_en="Chernenko",
               ja=["コンスタンティン・チェルネンコ"], ja_sn="チェルネンコ", ru=("Константин", "Черненко", "indecl"),
               offices=[O(GS, SU, "1984-02-13", "1985-03-10"), O(PRES, SU, "1984-04-11", "1985-03-10")]),
        person("Mikhail Gorbachev", en=["Mikhail S. Gorbachev", "Mikhail Gorbachov"], sn_en=["Gorbachev", "Gorbachov"],
               ja=["ミハイル・ゴルバチョフ"], ja_sn="ゴルバチョフ", ru=("Михаил", "Горбачёв", "ru"),
               offices=[O(GS, SU, "1985-03-11", "1991-08-24"), O("President of the Soviet Union", SU, "1990-03-15", "1991-12-25")]),
        person("Eduard Shevardnadze", sn_en="Shevardnadze", ja=["エドゥアルド・シェワルナゼ"], ja_sn="シェワルナゼ",
               ru=("Эдуард", "Шеварднадзе", "indecl"),
               offices=[O(SFM, SU, "1985-07-02", "1991-01-15"), O("Minister of External Relations of the Soviet Union", SU, "1991-11-19", "1991-12-26")]),
        person("Alexander Bessmertnykh", en=["Aleksandr Bessmertnykh"], sn_en="Bessmertnykh",
               ja=["アレクサンドル・ベススメルトヌイフ"], ja_sn="ベススメルトヌイフ", ru=("Александр", "Бессмертных", "indecl"),
               offices=[O(SFM, SU, "1991-01-15", "1991-08-28")]),
        person("Boris Yeltsin", en=["Boris N. Yeltsin"], sn_en="Yeltsin", ja=["ボリス・エリツィン"], ja_sn="エリツィン",
               ru=("Борис", "Ельцин", "ru"), offices=[O(RPRES, RU, "1991-07-10", "1999-12-31")]),
        person("Andrei Kozyrev", en=["Andrey Kozyrev"], sn_en="Kozyrev", ja=["アンドレイ・コズイレフ"], ja_sn="コズイレフ",
               ru=("Андрей", "Козырев", "ru"), offices=[O(RFM, RU, "1990-10-11", "1996-01-05")]),
        person("Yegor Gaidar", en=["Yegor Gaydar"], sn_en="Gaidar", ja=["エゴール・ガイダル"], ja_sn="ガイダル",
               ru=("Егор", "Гайдар", "noun"), offices=[O(RPM, RU, "1992-06-15", "1992-12-14")]),
        person("Viktor Chernomyrdin", en=["Victor Chernomyrdin"], sn_en="Chernomyrdin",
               ja=["ヴィクトル・チェルノムイルジン", "ビクトル・チェルノムイルジン"], ja_sn="チェルノムイルジン",
               ru=("Виктор", "Черномырдин", "ru"), offices=[O(RPM, RU, "1992-12-14", "1998-03-23")]),
        person("Sergei Kiriyenko", en=["Sergey Kiriyenko", "Sergei Kirienko"], sn_en=["Kiriyenko", "Kirienko"],
               ja=["セルゲイ・キリエンコ"], ja_sn="キリエンコ", ru=("Сергей", "Кириенко", "indecl"),
               offices=[O(RPM, RU, "1998-03-23", "1998-08-23")]),
        person("Yevgeny Primakov", en=["Evgeny Primakov", "Yevgeni Primakov", "Yevgeniy Primakov"], sn_en="Primakov",
               ja=["エフゲニー・プリマコフ"], ja_sn="プリマコフ", ru=("Евгений", "Примаков", "ru"),
               offices=[O(RFM, RU, "1996-01-09", "1998-09-11"), O(RPM, RU, "1998-09-11", "1999-05-12")]),
        person("Sergei Stepashin", en=["Sergey Stepashin"], sn_en="Stepashin", ja=["セルゲイ・ステパーシン"],
               ja_sn="ステパーシン", ru=("Сергей", "Степашин", "ru"), offices=[O(RPM, RU, "1999-05-12", "1999-08-09")]),
        person("Igor Ivanov", en=["Igor S. Ivanov"], sn_en="Ivanov", ja=["イーゴリ・イワノフ"], ja_sn="イワノフ",
               ru=("Игорь", "Иванов", "ru"), weak_sn=True, offices=[O(RFM, RU, "1998-09-11", "2004-03-09")]),
        person("Vladimir Putin", en=["Vladimir V. Putin", "Vladimir Vladimirovich Putin"], sn_en="Putin",
               ja=["ウラジーミル・プーチン", "ウラジミール・プーチン"], ja_sn="プーチン", ru=("Владимир", "Путин", "ru"),
               ru_extra=["Владимир Владимирович Путин", "Владимира Владимировича Путина"],
               offices=[O(RPM, RU, "1999-08-09", "2000-05-07"), O("Acting President of Russia", RU, "1999-12-31", "2000-05-07"),
                        O(RPRES, RU, "2000-05-07", "2008-05-07"), O(RPM, RU, "2008-05-08", "2012-05-07"),
                        O(RPRES, RU, "2012-05-07", None)]),
        person("Mikhail Kasyanov", en=["Mikhail Kasianov"], sn_en="Kasyanov", ja=["ミハイル・カシヤノフ"],
               ja_sn="カシヤノフ", ru=("Михаил", "Касьянов", "ru"), offices=[O(RPM, RU, "2000-05-07", "2004-02-24")]),
        person("Mikhail Fradkov", sn_en="Fradkov", ja=["ミハイル・フラトコフ"], ja_sn="フラトコフ",
               ru=("Михаил", "Фрадков", "ru"), offices=[O(RPM, RU, "2004-03-05", "2007-09-14")]),
        person("Viktor Zubkov", en=["Victor Zubkov"], sn_en="Zubkov", ja=["ヴィクトル・ズプコフ", "ビクトル・ズプコフ"],
               ja_sn="ズプコフ", ru=("Виктор", "Зубков", "ru"), offices=[O(RPM, RU, "2007-09-14", "2008-05-07")]),
        person("Dmitry Medvedev", en=["Dmitri Medvedev", "Dmitriy Medvedev", "Dmitry A. Medvedev"], sn_en="Medvedev",
               ja=["ドミトリー・メドベージェフ", "ドミトリー・メドヴェージェフ"], ja_sn=["メドベージェフ", "メドヴェージェフ"],
               ru=("Дмитрий", "Медведев", "ru"),
               offices=[O(RPRES, RU, "2008-05-07", "2012-05-07"), O(RPM, RU, "2012-05-08", "2020-01-16"),
                        O("Deputy Chairman of the Security Council of Russia", RU, "2020-01-16", None)]),
        person("Mikhail Mishustin", sn_en="Mishustin", ja=["ミハイル・ミシュスチン"], ja_sn="ミシュスチン",
               ru=("Михаил", "Мишустин", "ru"), offices=[O(RPM, RU, "2020-01-16", None)]),
        person("Sergey Lavrov", en=["Sergei Lavrov", "Sergei V. Lavrov"], sn_en="Lavrov", ja=["セルゲイ・ラブロフ"],
               ja_sn="ラブロフ", ru=("Сергей", "Лавров", "ru"), offices=[O(RFM, RU, "2004-03-09", None)]),
        person("Sergei Ivanov", en=["Sergey Ivanov", "Sergei B. Ivanov"], sn_en="Ivanov", ja=["セルゲイ・イワノフ"],
               ja_sn="イワノフ", ru=("Сергей", "Иванов", "ru"), weak_sn=True,
               offices=[O("Minister of Defence of Russia", RU, "2001-03-28", "2007-02-15"),
                        O("Chief of Staff of the Presidential Administration of Russia", RU, "2011-12-22", "2016-08-12")]),
        person("Anatoly Serdyukov", en=["Anatoliy Serdyukov"], sn_en="Serdyukov", ja=["アナトリー・セルジュコフ"],
               ja_sn="セルジュコフ", ru=("Анатолий", "Сердюков", "ru"),
               offices=[O("Minister of Defence of Russia", RU, "2007-02-15", "2012-11-06")]),
        person("Sergei Shoigu", en=["Sergey Shoigu", "Sergei Shoygu", "Sergey Shoygu"], sn_en=["Shoigu", "Shoygu"],
               ja=["セルゲイ・ショイグ"], ja_sn="ショイグ", ru=("Сергей", "Шойгу", "indecl"),
               offices=[O("Minister of Defence of Russia", RU, "2012-11-06", "2024-05-12"),
                        O("Secretary of the Security Council of Russia", RU, "2024-05-12", None)]),
        person("Andrei Belousov", en=["Andrey Belousov"], sn_en="Belousov", ja=["アンドレイ・ベロウソフ"],
               ja_sn="ベロウソフ", ru=("Андрей", "Белоусов", "ru"),
               offices=[O("Minister of Defence of Russia", RU, "2024-05-14", None)]),
        person("Maria Zakharova", en=["Mariya Zakharova", "Maria V. Zakharova"], sn_en="Zakharova",
               ja=["マリア・ザハロワ"], ja_sn="ザハロワ", ru=("Мария", "Захарова", "ru", True),
               offices=[O("Spokesperson of the Ministry of Foreign Affairs (Director of the Information and Press Department)", RU,
                          "2015-08-10", None)]),
        person("Dmitry Peskov", en=["Dmitri Peskov", "Dmitriy Peskov"], sn_en="Peskov", ja=["ドミトリー・ペスコフ"],
               ja_sn="ペスコフ", ru=("Дмитрий", "Песков", "ru"),
               offices=[O("Press Secretary of the President of Russia", RU, "2012-05-22", None)]),
    ]


def american():
    P = "President of the United States"
    SS = "United States Secretary of State"
    return [
        person("Franklin D. Roosevelt", en=["Franklin Roosevelt", "Franklin Delano Roosevelt", "FDR"], sn_en="Roosevelt",
               ja=["フランクリン・ルーズベルト", "フランクリン・ローズヴェルト"], ja_sn=["ルーズベルト", "ローズヴェルト"],
               ru=("Франклин", "Рузвельт", "noun"), weak_sn=True, offices=[O(P, US, "1933-03-04", "1945-04-12")]),
        person("Harry S. Truman", en=["Harry Truman"], sn_en="Truman", ja=["ハリー・トルーマン"], ja_sn="トルーマン",
               ru=("Гарри", "Трумэн", "noun"), weak_sn=True,
               offices=[O(P, US, "1945-04-12", "1953-01-20")]),
        person("Dwight D. Eisenhower", en=["Dwight Eisenhower"], sn_en="Eisenhower", ja=["ドワイト・アイゼンハワー"],
               ja_sn="アイゼンハワー", ru=("Дуайт", "Эйзенхауэр", "noun"), offices=[O(P, US, "1953-01-20", "1961-01-20")]),
        person("John Foster Dulles", sn_en="Dulles", ja=["ジョン・フォスター・ダレス"], ja_sn="ダレス",
               ru=("Джон", "Даллес", "noun"), ru_extra=["Джон Фостер Даллес", "Джона Фостера Даллеса"], weak_sn=True,
               offices=[O(SS, US, "1953-01-21", "1959-04-22")]),
        person("John F. Kennedy", en=["John Kennedy", "JFK"], sn_en="Kennedy", ja=["ジョン・F・ケネディ", "ジョン・ケネディ"],
               ja_sn="ケネディ", ru=("Джон", "Кеннеди", "indecl"), weak_sn=True,
               offices=[O(P, US, "1961-01-20", "1963-11-22")]),
        person("Lyndon B. Johnson", en=["Lyndon Johnson", "LBJ"], sn_en="Johnson", ja=["リンドン・ジョンソン"],
               ja_sn="ジョンソン", ru=("Линдон", "Джонсон", "noun"), weak_sn=True,
               offices=[O(P, US, "1963-11-22", "1969-01-20")]),
        person("Richard Nixon", en=["Richard M. Nixon"], sn_en="Nixon", ja=["リチャード・ニクソン"], ja_sn="ニクソン",
               ru=("Ричард", "Никсон", "noun"), offices=[O(P, US, "1969-01-20", "1974-08-09")]),
        person("Gerald Ford", en=["Gerald R. Ford"], sn_en="Ford", ja=["ジェラルド・フォード"], ja_sn="フォード",
               ru=("Джеральд", "Форд", "noun"), weak_sn=True, offices=[O(P, US, "1974-08-09", "1977-01-20")]),
        person("Jimmy Carter", en=["James Earl Carter"], sn_en="Carter", ja=["ジミー・カーター"], ja_sn="カーター",
               ru=("Джимми", "Картер", "noun"), weak_sn=True, offices=[O(P, US, "1977-01-20", "1981-01-20")]),
        person("Ronald Reagan", sn_en="Reagan", ja=["ロナルド・レーガン"], ja_sn="レーガン", ru=("Рональд", "Рейган", "noun"),
               offices=[O(P, US, "1981-01-20", "1989-01-20")]),
        person("George H. W. Bush", en=["George H.W. Bush", "George Bush Sr.", "George H. Bush"], sn_en="Bush",
               ja=["ジョージ・H・W・ブッシュ", "父ブッシュ"], ja_sn="ブッシュ", ru=(None, "Буш", "noun"),
               ru_extra=["Джордж Буш-старший", "Джорджа Буша-старшего", "Буш-старший", "Буша-старшего"], weak_sn=True,
               offices=[O(P, US, "1989-01-20", "1993-01-20")]),
        person("Bill Clinton", en=["William J. Clinton", "William Jefferson Clinton"], sn_en="Clinton",
               ja=["ビル・クリントン"], ja_sn="クリントン", ru=("Билл", "Клинтон", "noun"), weak_sn=True,
               offices=[O(P, US, "1993-01-20", "2001-01-20")]),
        person("George W. Bush", en=["George Bush Jr.", "George W Bush"], sn_en="Bush",
               ja=["ジョージ・W・ブッシュ", "子ブッシュ"], ja_sn="ブッシュ", ru=(None, "Буш", "noun"),
               ru_extra=["Джордж Буш-младший", "Джорджа Буша-младшего", "Буш-младший", "Буша-младшего"], weak_sn=True,
               offices=[O(P, US, "2001-01-20", "2009-01-20")]),
        person("Barack Obama", en=["Barack H. Obama", "Barack Hussein Obama"], sn_en="Obama", ja=["バラク・オバマ"],
               ja_sn="オバマ", ru=("Барак", "Обама", "noun"), offices=[O(P, US, "2009-01-20", "2017-01-20")]),
        person("Donald Trump", en=["Donald J. Trump"], sn_en="Trump", ja=["ドナルド・トランプ"], ja_sn="トランプ",
               ru=("Дональд", "Трамп", "noun"),
               offices=[O(P, US, "2017-01-20", "2021-01-20"), O(P, US, "2025-01-20", None)]),
        person("Joe Biden", en=["Joseph R. Biden", "Joseph Biden", "Joe R. Biden"], sn_en="Biden", ja=["ジョー・バイデン"],
               ja_sn="バイデン", ru=("Джо", "Байден", "noun"), offices=[O(P, US, "2021-01-20", "2025-01-20")]),
        person("Antony Blinken", en=["Anthony Blinken"], sn_en="Blinken", ja=["アントニー・ブリンケン"], ja_sn="ブリンケン",
               ru=("Энтони", "Блинкен", "noun"), offices=[O(SS, US, "2021-01-26", "2025-01-20")]),
        person("Marco Rubio", sn_en="Rubio", ja=["マルコ・ルビオ"], ja_sn="ルビオ", ru=("Марко", "Рубио", "indecl"),
               offices=[O(SS, US, "2025-01-21", None)]),
        person("Douglas MacArthur", en=["General MacArthur", "Gen. Douglas MacArthur"], sn_en="MacArthur",
               ja=["ダグラス・マッカーサー"], ja_sn="マッカーサー", ru=("Дуглас", "Макартур", "noun"),
               offices=[O("Supreme Commander for the Allied Powers", JP, "1945-08-14", "1951-04-11")]),
        person("Winston Churchill", sn_en="Churchill", ja=["ウィンストン・チャーチル"], ja_sn="チャーチル",
               ru=("Уинстон", "Черчилль", "noun"),
               offices=[O("Prime Minister of the United Kingdom", UK, "1940-05-10", "1945-07-26"),
                        O("Prime Minister of the United Kingdom", UK, "1951-10-26", "1955-04-05")]),
        person("Volodymyr Zelenskyy", en=["Volodymyr Zelensky", "Volodymyr Zelenskiy", "Vladimir Zelensky"],
               sn_en=["Zelenskyy", "Zelensky", "Zelenskiy"], ja=["ウォロディミル・ゼレンスキー"], ja_sn="ゼレンスキー",
               ru=("Владимир", "Зеленский", "adj"), offices=[O("President of Ukraine", UA, "2019-05-20", None)]),
    ]


def cn(given_ru, family_ru, given_decl=True):
    """Chinese/Korean names in Russian: family name first and invariable, the rest declines."""
    g = six(given_ru, animate=True) if given_decl else [given_ru] * 6
    return yo(uniq(phrase(family_ru, g)))


def east_asian():
    CP = "President of the People's Republic of China"
    GS = "General Secretary of the Chinese Communist Party"
    PR = "Premier of the People's Republic of China"
    KPRES = "President of South Korea"
    return [
        person("Mao Zedong", en=["Mao Tse-tung", "Chairman Mao"], sn_en="Mao", ja=["毛沢東"], ru_extra=cn("Цзэдун", "Мао"),
               offices=[O("Chairman of the Chinese Communist Party", CN, "1945-06-19", "1976-09-09")]),
        person("Zhou Enlai", en=["Chou En-lai"], sn_en="Zhou", ja=["周恩来"], ru_extra=cn("Эньлай", "Чжоу"),
               weak_sn=True, offices=[O(PR, CN, "1949-10-01", "1976-01-08")]),
        person("Deng Xiaoping", sn_en="Deng", ja=["鄧小平", "トウ小平"], ru_extra=cn("Сяопин", "Дэн"), weak_sn=True,
               offices=[O("Chairman of the Central Military Commission", CN, "1981-06-28", "1989-11-09")]),
        person("Jiang Zemin", sn_en="Jiang", ja=["江沢民"], ru_extra=cn("Цзэминь", "Цзян"), weak_sn=True,
               offices=[O(GS, CN, "1989-06-24", "2002-11-15"), O(CP, CN, "1993-03-27", "2003-03-15")]),
        person("Hu Jintao", sn_en="Hu", ja=["胡錦濤"], ru_extra=["Ху Цзиньтао"], weak_sn=True,
               offices=[O(GS, CN, "2002-11-15", "2012-11-15"), O(CP, CN, "2003-03-15", "2013-03-14")]),
        person("Wen Jiabao", sn_en="Wen", ja=["温家宝"], ru_extra=["Вэнь Цзябао"], weak_sn=True,
               offices=[O(PR, CN, "2003-03-16", "2013-03-15")]),
        person("Xi Jinping", sn_en="Xi", ja=["習近平"], ru_extra=cn("Цзиньпин", "Си"), weak_sn=True,
               weak=["Си"], offices=[O(GS, CN, "2012-11-15", None), O(CP, CN, "2013-03-14", None)]),
        person("Li Keqiang", sn_en="Li", ja=["李克強"], ru_extra=cn("Кэцян", "Ли"), weak_sn=True,
               offices=[O(PR, CN, "2013-03-15", "2023-03-11")]),
        person("Li Qiang", sn_en="Li", ja=["李強"], ru_extra=cn("Цян", "Ли"), weak_sn=True,
               offices=[O(PR, CN, "2023-03-11", None)]),
        person("Wang Yi", sn_en="Wang", ja=["王毅"], ru_extra=["Ван И"], weak_sn=True,
               offices=[O("Minister of Foreign Affairs of China", CN, "2013-03-16", "2022-12-30"),
                        O("Minister of Foreign Affairs of China", CN, "2023-07-25", None)]),
        person("Chiang Kai-shek", en=["Chiang Kai Shek", "Generalissimo Chiang"], sn_en="Chiang",
               ja=["蔣介石", "蒋介石"], ru_extra=["Чан Кайши"], weak_sn=True,
               offices=[O("President of the Republic of China", TW, "1948-05-20", "1949-01-21"),
                        O("President of the Republic of China", TW, "1950-03-01", "1975-04-05")]),
        person("Syngman Rhee", sn_en="Rhee", ja=["李承晩"], ru_extra=cn("Сын Ман", "Ли"),
               offices=[O(KPRES, KR, "1948-07-24", "1960-04-26")]),
        person("Park Chung-hee", en=["Park Chung Hee"], sn_en="Park", ja=["朴正煕"], ru_extra=["Пак Чон Хи"],
               weak_sn=True, offices=[O(KPRES, KR, "1963-12-17", "1979-10-26")]),
        person("Kim Dae-jung", en=["Kim Dae Jung"], sn_en="Kim", ja=["金大中"], ru_extra=cn("Дэ Чжун", "Ким"),
               weak_sn=True, offices=[O(KPRES, KR, "1998-02-25", "2003-02-24")]),
        person("Roh Moo-hyun", en=["Roh Moo Hyun"], sn_en="Roh", ja=["盧武鉉"], ru_extra=cn("Му Хён", "Но"),
               weak_sn=True, offices=[O(KPRES, KR, "2003-02-25", "2008-02-24")]),
        person("Lee Myung-bak", en=["Lee Myung Bak"], sn_en="Lee", ja=["李明博"], ru_extra=cn("Мён Бак", "Ли"),
               weak_sn=True, offices=[O(KPRES, KR, "2008-02-25", "2013-02-24")]),
        person("Park Geun-hye", en=["Park Geun Hye"], sn_en="Park", ja=["朴槿恵"], ru_extra=["Пак Кын Хе"],
               weak_sn=True, offices=[O(KPRES, KR, "2013-02-25", "2017-03-10")]),
        person("Moon Jae-in", en=["Moon Jae In"], sn_en="Moon", ja=["文在寅"], ru_extra=cn("Чжэ Ин", "Мун"),
               weak_sn=True, offices=[O(KPRES, KR, "2017-05-10", "2022-05-09")]),
        person("Yoon Suk Yeol", en=["Yoon Suk-yeol"], sn_en="Yoon", ja=["尹錫悦"], ru_extra=cn("Сок Ёль", "Юн"),
               weak_sn=True, offices=[O(KPRES, KR, "2022-05-10", "2025-04-04")]),
        person("Lee Jae-myung", en=["Lee Jae Myung"], sn_en="Lee", ja=["李在明"], ru_extra=cn("Чжэ Мён", "Ли"),
               weak_sn=True, offices=[O(KPRES, KR, "2025-06-04", None)]),
        person("Kim Il Sung", en=["Kim Il-sung"], sn_en="Kim", ja=["金日成"], ru_extra=cn("Ир Сен", "Ким"), weak_sn=True,
               offices=[O("Supreme Leader of North Korea", KP, "1948-09-09", "1994-07-08")]),
        person("Kim Jong Il", en=["Kim Jong-il"], sn_en="Kim", ja=["金正日"], ru_extra=cn("Чен Ир", "Ким"), weak_sn=True,
               offices=[O("Supreme Leader of North Korea", KP, "1994-07-08", "2011-12-17")]),
        person("Kim Jong Un", en=["Kim Jong-un"], sn_en="Kim", ja=["金正恩"], ru_extra=cn("Чен Ын", "Ким"), weak_sn=True,
               offices=[O("Supreme Leader of North Korea", KP, "2011-12-17", None)]),
    ]


def main():
    ents = japanese() + soviet_russian() + american() + east_asian()
    path = write_entities(
        "people.json",
        ["https://en.wikipedia.org/wiki/List_of_prime_ministers_of_Japan",
         "https://en.wikipedia.org/wiki/Minister_for_Foreign_Affairs_(Japan)",
         "https://en.wikipedia.org/wiki/List_of_heads_of_state_of_the_Soviet_Union",
         "https://en.wikipedia.org/wiki/List_of_leaders_of_the_Soviet_Union",
         "https://en.wikipedia.org/wiki/Minister_of_Foreign_Affairs_(Soviet_Union)",
         "https://en.wikipedia.org/wiki/Minister_of_Foreign_Affairs_(Russia)",
         "https://en.wikipedia.org/wiki/List_of_heads_of_government_of_Russia",
         "https://en.wikipedia.org/wiki/President_of_Russia",
         "https://en.wikipedia.org/wiki/Minister_of_Defence_(Russia)",
         "https://en.wikipedia.org/wiki/List_of_presidents_of_the_United_States",
         "https://en.wikipedia.org/wiki/List_of_presidents_of_South_Korea",
         "https://en.wikipedia.org/wiki/Paramount_leader",
         "https://en.wikipedia.org/wiki/Maria_Zakharova",
         "https://en.wikipedia.org/wiki/Muneo_Suzuki",
         "https://www.kantei.go.jp/jp/rekidainaikaku/index.html"],
        "CC0-1.0", ents)
    print(f"{path}: {len(ents)} entities")


if __name__ == "__main__":
    main()
