# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Chronoscope authors
"""Helpers shared by the gazetteer generators: Russian case forms, alias
clean-up and the JSON writer that gives every file the same layout.

Russian forms are returned in the order nominative, genitive, dative,
accusative, instrumental, prepositional, without duplicates. They cover the
regular patterns only; irregular words are spelled out by the callers.
"""

import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

_SIBILANT = set("жшчщц")
_VELAR_SIB = set("гкхжшчщ")


def uniq(items):
    seen, out = set(), []
    for item in items:
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


def yo(forms):
    """Adds the spelling with е for every form that has ё (news often drops the dots)."""
    out = []
    for f in forms:
        out.append(f)
        if "ё" in f or "Ё" in f:
            out.append(f.replace("ё", "е").replace("Ё", "Е"))
    return uniq(out)


def strip_accents(s):
    """'Shinzō' -> 'Shinzo'; also drops Russian stress marks."""
    nfd = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in nfd if unicodedata.category(c) != "Mn"))


def drop_stress(s):
    """Removes the combining acute used as a Russian stress mark, keeps й and ё."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", s).replace("\u0301", ""))


# --- nouns -----------------------------------------------------------------

def noun(word, animate=False, indecl=False, neuter=False):
    """Case forms of one Russian noun (singular), without duplicates.

    Handles: consonant, -й, -ий, -ь (masculine); -а, -я, -ия (feminine);
    -о, -е as neuter only when neuter=True (море, Королевство), otherwise
    indeclinable like foreign names (Токио, Чили, Монако).
    """
    return uniq(six(word, animate, indecl, neuter))


def plural(nom, gen, dat, ins, prep, acc=None):
    """Six slots of a plural noun, spelled out (Курилы, Курил, Курилам, Курилами, Курилах)."""
    return [nom, gen, dat, acc or nom, ins, prep]


# --- adjectives ------------------------------------------------------------

def adj_all(word):
    """All forms of a Russian adjective given in the masculine nominative
    (российский, советский, Южный, Большой): every gender, number and case."""
    if word.endswith(("ий", "ый", "ой")):
        stem, end = word[:-2], word[-2:]
    else:
        raise ValueError(word)
    velar = stem[-1] in _VELAR_SIB
    soft = end == "ий" and not velar  # синий-type
    if soft:
        ends = ["ий", "яя", "ее", "ие", "его", "ей", "ему", "им", "ем", "юю", "их", "ими"]
    else:
        y = "и" if velar else "ы"
        ends = [end, "ая", "ое", y + "е", "ого", "ой", "ому", y + "м", "ом", "ую", y + "х", y + "ми"]
    return uniq(stem + e for e in ends)


def adj(word, gender="m", number="sg", animate=False):
    """The six case forms of an adjective agreeing with a noun of that gender/number."""
    stem, end = word[:-2], word[-2:]
    velar = stem[-1] in _VELAR_SIB
    y = "и" if velar else "ы"
    if end == "ий" and not velar:  # soft: Средний, Верхний
        if number == "pl":
            return [stem + "ие", stem + "их", stem + "им", stem + ("их" if animate else "ие"), stem + "ими", stem + "их"]
        if gender == "f":
            return [stem + "яя", stem + "ей", stem + "ей", stem + "юю", stem + "ей", stem + "ей"]
        if gender == "n":
            return [stem + "ее", stem + "его", stem + "ему", stem + "ее", stem + "им", stem + "ем"]
        return [word, stem + "его", stem + "ему", stem + ("его" if animate else "ий"), stem + "им", stem + "ем"]
    if number == "pl":
        nom = stem + y + "е"
        gen = stem + y + "х"
        return [nom, gen, stem + y + "м", gen if animate else nom, stem + y + "ми", gen]
    if gender == "f":
        return [stem + "ая", stem + "ой", stem + "ой", stem + "ую", stem + "ой", stem + "ой"]
    if gender == "n":
        return [stem + "ое", stem + "ого", stem + "ому", stem + "ое", stem + y + "м", stem + "ом"]
    gen = stem + "ого"
    return [word, gen, stem + "ому", gen if animate else word, stem + y + "м", stem + "ом"]


def phrase(*parts):
    """Joins per-case lists word by word: phrase(adj('Южный','f'), noun('Корея')).
    A plain string is an invariable word (genitive complement, abbreviation)."""
    cols = []
    for p in parts:
        if isinstance(p, str):
            cols.append([p] * 6)
        else:
            p = list(p)
            if len(p) != 6:
                raise ValueError(p)
            cols.append(p)
    return uniq(" ".join(c[i] for c in cols) for i in range(6))


def six(word, animate=False, indecl=False, neuter=False):
    """Like noun() but always six slots (for phrase())."""
    if indecl:
        return [word] * 6
    return _six_raw(word, animate, neuter)


def _six_raw(w, animate, neuter):
    last = w[-1]
    if w.endswith("ия"):
        s = w[:-2]
        return [w, s + "ии", s + "ии", s + "ию", s + "ией", s + "ии"]
    if last == "я":
        s = w[:-1]
        return [w, s + "и", s + "е", s + "ю", s + "ей", s + "е"]
    if last == "а":
        s = w[:-1]
        gen = s + ("и" if s[-1] in _VELAR_SIB else "ы")
        ins = s + ("ей" if s[-1] in _SIBILANT else "ой")
        return [w, gen, s + "е", s + "у", ins, s + "е"]
    if neuter and last == "о":
        s = w[:-1]
        return [w, s + "а", s + "у", w, s + "ом", s + "е"]
    if neuter and last == "е":
        s = w[:-1]
        return [w, s + "я", s + "ю", w, s + "ем", s + "е"]
    if last in "оеиуюэыё":
        return [w] * 6
    if w.endswith("ий"):
        s = w[:-2]
        gen = s + "ия"
        return [w, gen, s + "ию", gen if animate else w, s + "ием", s + "ии"]
    if last in "йь":
        s = w[:-1]
        gen = s + "я"
        return [w, gen, s + "ю", gen if animate else w, s + "ем", s + "е"]
    gen = w + "а"
    return [w, gen, w + "у", gen if animate else w, w + ("ем" if last in _SIBILANT else "ом"), w + "е"]


# --- people ----------------------------------------------------------------

def surname6(word, kind="auto", fem=False):
    """Six case forms of a surname.

    kind: 'ru'     Russian -ов/-ев/-ёв/-ин/-ын type (Путин -> Путиным)
          'adj'    -ский/-цкий/-ой type (Жириновский, Зеленский)
          'noun'   declines like a common noun (Трамп -> Трампом, Обама -> Обамой)
          'indecl' never changes (Шойгу, Абэ, Громыко)
          'auto'   guesses from the ending
    """
    w = word
    if kind == "auto":
        if fem and w.endswith(("ова", "ева", "ёва", "ина", "ына")):
            kind = "ru"
        elif fem and w.endswith(("ская", "цкая")):
            kind = "adj"
        elif w.endswith(("ов", "ев", "ёв", "ин", "ын")):
            kind = "ru"
        elif w.endswith(("ский", "цкий")):
            kind = "adj"
        elif w[-1] in "оеиуюэыё" or (fem and w[-1] not in "ая"):
            kind = "indecl"
        else:
            kind = "noun"
    if kind == "indecl":
        return [w] * 6
    if kind == "ru":
        if fem:
            s = w[:-1]
            return [w, s + "ой", s + "ой", s + "у", s + "ой", s + "ой"]
        return [w, w + "а", w + "у", w + "а", w + "ым", w + "е"]
    if kind == "adj":
        if fem:
            return adj(w[:-2] + "ий", "f")
        return adj(w, "m", animate=True)
    return _six_raw(w, True, False)


def given6(word, fem=False, indecl=False):
    if indecl or (fem and word[-1] not in "ая"):
        return [word] * 6
    return _six_raw(word, True, False)


def ru_person(given, surname, kind="auto", fem=False, given_indecl=False, extra_given=()):
    """Aliases of a person in Russian: full name in every case, plus the
    surname's own forms (returned separately so callers can make them weak)."""
    sn = surname6(surname, kind, fem)
    full = []
    for g in (given,) + tuple(extra_given):
        gv = given6(g, fem, given_indecl)
        full += [gv[i] + " " + sn[i] for i in range(6)]
    return yo(uniq(full)), yo(uniq(sn))


# --- writing ---------------------------------------------------------------

FIELD_ORDER = ["name", "kind", "parent", "aliases", "weak", "offices", "titles"]
LANGS = ["en", "ja", "ru"]


def clean_entity(e):
    out = {}
    for k in FIELD_ORDER:
        if k not in e or e[k] in (None, [], {}):
            continue
        v = e[k]
        if k == "aliases":
            v = {lang: uniq(v[lang]) for lang in LANGS if v.get(lang)}
        elif k in ("weak", "titles"):
            v = uniq(v)
        out[k] = v
    unknown = set(e) - set(FIELD_ORDER)
    if unknown:
        raise ValueError(f"{e.get('name')}: unknown fields {unknown}")
    return out


def _dump_value(v):
    return json.dumps(v, ensure_ascii=False)


def dumps_entities(doc):
    """JSON text with one line per alias language / office, so diffs stay readable."""
    lines = ["{"]
    head = [k for k in doc if k != "entities"]
    for k in head:
        lines.append(f'  "{k}": {_dump_value(doc[k])},')
    lines.append('  "entities": [')
    ents = doc["entities"]
    for i, e in enumerate(ents):
        e = clean_entity(e)
        parts = []
        for k, v in e.items():
            if k == "aliases":
                inner = ",\n".join(f'        "{lang}": {_dump_value(a)}' for lang, a in v.items())
                parts.append(f'      "aliases": {{\n{inner}\n      }}')
            elif k == "offices":
                inner = ",\n".join(f"        {_dump_value(o)}" for o in v)
                parts.append(f'      "offices": [\n{inner}\n      ]')
            else:
                parts.append(f'      "{k}": {_dump_value(v)}')
        lines.append("    {\n" + ",\n".join(parts) + "\n    }" + ("," if i + 1 < len(ents) else ""))
    lines.append("  ]")
    lines.append("}")
    text = "\n".join(lines) + "\n"
    json.loads(text)  # must stay valid JSON
    return text


def write_entities(filename, sources, license_, entities):
    doc = {"sources": sources, "license": license_, "entities": entities}
    path = os.path.join(OUT, filename)
    with open(path, "w", encoding="utf-8") as f:
        f.write(dumps_entities(doc))
    return path


def E(name, kind, en=(), ja=(), ru=(), parent=None, weak=(), offices=(), titles=()):
    """Shorthand for an entity; the canonical name is always an English alias."""
    en = list(en)
    if "(" not in name and name not in en and name not in weak:
        en = [name] + en
    e = {"name": name, "kind": kind, "aliases": {"en": uniq(en), "ja": uniq(ja), "ru": yo(ru)}}
    if parent:
        e["parent"] = parent
    if weak:
        e["weak"] = yo(weak)
    if offices:
        e["offices"] = list(offices)
    if titles:
        e["titles"] = list(titles)
    return e
