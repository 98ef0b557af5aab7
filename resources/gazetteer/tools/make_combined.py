#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Chronoscope authors
"""Generates ../combined.json: surface forms that name two entities at once
("Russo-Japanese", "日露", "российско-японских"). Run: python3 make_combined.py
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import OUT, adj_all, uniq, yo  # noqa: E402

RU, JP, SU, US, CN, KR, KP, UA = ("Russia", "Japan", "Soviet Union", "United States", "China", "South Korea",
                                  "North Korea", "Ukraine")

# English: both orders where news uses them; en-dash spellings are added below.
EN = [
    (["Russo-Japanese", "Russian-Japanese", "Japanese-Russian", "Japan-Russia", "Russia-Japan", "Japan-Russian",
      "Russia-Japanese"], [RU, JP]),
    (["Soviet-Japanese", "Japanese-Soviet", "Japan-Soviet", "Soviet-Japan", "Japan-USSR", "USSR-Japan"], [SU, JP]),
    (["Sino-Japanese", "Japan-China", "China-Japan", "Chinese-Japanese", "Japanese-Chinese"], [CN, JP]),
    (["Sino-Russian", "Russia-China", "China-Russia", "Russo-Chinese", "Russian-Chinese", "Chinese-Russian"], [CN, RU]),
    (["Sino-Soviet", "Soviet-Chinese", "Chinese-Soviet"], [CN, SU]),
    (["US-Japan", "U.S.-Japan", "Japan-US", "Japan-U.S.", "U.S.-Japanese", "US-Japanese", "Japan-America"], [US, JP]),
    (["US-Russia", "U.S.-Russia", "Russia-US", "Russia-U.S.", "U.S.-Russian", "US-Russian"], [US, RU]),
    (["US-Soviet", "U.S.-Soviet", "Soviet-American", "Soviet-US", "Soviet-U.S.", "American-Soviet", "US-USSR"], [US, SU]),
    (["US-China", "U.S.-China", "China-US", "China-U.S.", "Sino-American", "Sino-US", "Sino-U.S."], [US, CN]),
    (["Japan-South Korea", "South Korea-Japan", "Japan-Korea", "Korea-Japan", "Japan-ROK", "ROK-Japan"], [JP, KR]),
    (["Japan-North Korea", "North Korea-Japan", "Japan-DPRK"], [JP, KP]),
    (["Russia-North Korea", "North Korea-Russia", "Russia-DPRK"], [RU, KP]),
    (["Russia-Ukraine", "Ukraine-Russia", "Russian-Ukrainian", "Ukrainian-Russian", "Russo-Ukrainian"], [RU, UA]),
    (["Japan-Ukraine", "Ukraine-Japan"], [JP, UA]),
]

JA = [
    (["日露", "日ロ", "露日", "ロ日"], [RU, JP]),
    (["日ソ"], [SU, JP]),
    (["日中関係", "日中首脳", "日中両国", "日中間", "日中外相"], [CN, JP]),
    (["中露", "中ロ", "露中", "ロ中"], [CN, RU]),
    (["中ソ"], [CN, SU]),
    (["日米", "米日"], [US, JP]),
    (["米露", "米ロ", "露米", "ロ米"], [US, RU]),
    (["米ソ"], [US, SU]),
    (["米中"], [US, CN]),
    (["日韓", "韓日"], [JP, KR]),
    (["日朝関係", "日朝首脳", "日朝交渉", "日朝間"], [JP, KP]),
    (["露朝", "ロ朝", "朝露"], [RU, KP]),
]

# Russian: compound adjectives in every form, lower- and upper-case.
RU_ADJ = [
    (["российско-японский", "японо-российский", "русско-японский"], [RU, JP]),
    (["советско-японский", "японо-советский"], [SU, JP]),
    (["российско-американский", "американо-российский", "русско-американский"], [RU, US]),
    (["советско-американский", "американо-советский"], [SU, US]),
    (["российско-китайский", "китайско-российский", "русско-китайский"], [RU, CN]),
    (["советско-китайский", "китайско-советский"], [SU, CN]),
    (["японо-китайский", "китайско-японский"], [JP, CN]),
    (["японо-американский", "американо-японский"], [JP, US]),
    (["американо-китайский", "китайско-американский"], [US, CN]),
    (["японо-южнокорейский", "южнокорейско-японский"], [JP, KR]),
    (["российско-украинский", "украинско-российский", "русско-украинский"], [RU, UA]),
    (["российско-северокорейский"], [RU, KP]),
]


def build():
    out = []
    for forms, ents in EN:
        for f in forms:
            for v in uniq([f, f.replace("-", "–")]):
                out.append({"alias": v, "lang": "en", "entities": ents})
    for forms, ents in JA:
        for f in forms:
            out.append({"alias": f, "lang": "ja", "entities": ents})
    for words, ents in RU_ADJ:
        for w in words:
            forms = adj_all(w)
            for f in yo(forms + [x[0].upper() + x[1:] for x in forms]):
                out.append({"alias": f, "lang": "ru", "entities": ents})
    return out


def main():
    items = build()
    lines = ['{', '  "sources": ["https://en.wikipedia.org/wiki/Japan–Russia_relations"],',
             '  "license": "CC0-1.0",', '  "combined": [']
    for i, c in enumerate(items):
        lines.append("    " + json.dumps(c, ensure_ascii=False) + ("," if i + 1 < len(items) else ""))
    lines += ["  ]", "}"]
    text = "\n".join(lines) + "\n"
    json.loads(text)
    path = os.path.join(OUT, "combined.json")
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"{path}: {len(items)} combined forms")


if __name__ == "__main__":
    main()
