"""Script-independent keys for names: Лавров, Лаврова and Lavrov share one key.

A Cyrillic word is first put in its nominative form (pymorphy3), then
transliterated; Latin words are taken as written. The key is the consonant
skeleton of the Latin form, because transliteration systems differ mostly in
vowels and in the letters that spell й, х, я, ю (Tokayev/Tokaev,
Kazakhstan/Kazahstan).
"""

from __future__ import annotations

import re
from functools import lru_cache

CYRILLIC_TO_LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ә": "a", "ғ": "g", "қ": "k",
    "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
}  # fmt: skip

# Names whose English form is not a transliteration (exonyms and acronyms),
# keyed by the Russian nominative in lower case.
EXONYMS = {
    "россия": "russia", "рф": "russia", "турция": "turkey", "китай": "china", "кнр": "china",
    "европа": "europe", "азия": "asia", "сша": "usa", "америка": "america", "германия": "germany",
    "франция": "france", "япония": "japan", "индия": "india", "грузия": "georgia", "москва": "moscow",
    "белоруссия": "belarus", "беларусь": "belarus", "молдавия": "moldova", "киргизия": "kyrgyzstan",
    "великобритания": "britain", "британия": "britain", "швеция": "sweden", "финляндия": "finland",
    "польша": "poland", "венгрия": "hungary", "греция": "greece", "египет": "egypt",
    "одкб": "csto", "отг": "ots", "еаэс": "eaeu", "ес": "eu", "евросоюз": "eu", "оон": "un",
    "шос": "sco", "снг": "cis", "мид": "mfa", "минобороны": "mod", "мвф": "imf", "вто": "wto",
}  # fmt: skip
# Spellings of one sound in different systems, folded before the skeleton.
LATIN_FOLDS = (
    ("dzh", "j"), ("shch", "sh"), ("sch", "sh"), ("tch", "ch"), ("kh", "h"), ("ck", "k"), ("ph", "f"),
    ("ts", "c"), ("tz", "c"), ("zh", "j"), ("x", "ks"), ("w", "v"), ("q", "k"),
)  # fmt: skip
DROP = set("aeiouyhj")
LATIN_ACCENTS = str.maketrans("áàâäãåéèêëíìîïóòôöõúùûüýÿçñšžčřł", "aaaaaaeeeeiiiiooooouuuuyycnszcrl")

NAME_TAGS = ("Surn", "Name", "Patr", "Geox", "Orgn")
# Russian surnames in -ов/-ев/-ин: the nominative is recognised by its suffix,
# the oblique cases by suffix + ending (pymorphy misses rare surnames: Жапарова).
SURNAME_NOMINATIVE = re.compile(r"(ов|ев|ёв|ин|ын|ский|цкий|ская|цкая|ова|ева|ина|ына)$")
SURNAME_OBLIQUE = re.compile(r"^(.{2,}(?:ов|ев|ёв|ин|ын))(а|у|ым|ом|е|ой|ых|ыми|ым)$")
CYRILLIC = re.compile(r"[а-яёіїєґәғқңөұүһ]", re.IGNORECASE)


def _morph():
    from newsgraph.morph import analyzer as shared

    return shared()


@lru_cache(maxsize=100_000)
def nominative(word: str) -> str:
    """The nominative (dictionary) form of a Russian name, in lower case."""
    oblique = SURNAME_OBLIQUE.match(word)
    if oblique and not _is_nominative(word):
        return oblique.group(1).replace("ё", "е")
    if SURNAME_NOMINATIVE.search(word):
        return word.replace("ё", "е")
    parses = _morph().parse(word)
    named = [p for p in parses if any(tag in p.tag for tag in NAME_TAGS)]
    best = (named or parses)[0]
    return best.normal_form.replace("ё", "е")


def _is_nominative(word: str) -> bool:
    return any(p.normal_form == word and "nomn" in p.tag for p in _morph().parse(word))


def to_latin(text: str) -> str:
    return "".join(CYRILLIC_TO_LATIN.get(ch, ch) for ch in text.lower())


def skeleton(latin: str) -> str:
    """Consonant skeleton: folded digraphs, no vowels/h/y/j, no doubled letters;
    the first letter is kept whatever it is, so that short names keep a key."""
    word = latin.lower().translate(LATIN_ACCENTS)
    for old, new in LATIN_FOLDS:
        word = word.replace(old, new)
    word = re.sub(r"[^a-z0-9]", "", word)
    if not word:
        return ""
    if len(word) > 1 and word[0] == "y" and word[1] in "aeiou":
        word = word[1:]  # Yerevan/Ереван, Yekaterinburg/Екатеринбург
    out = [word[0]]
    for ch in word[1:]:
        if ch in DROP or ch == out[-1]:
            continue
        out.append(ch)
    return "".join(out)


@lru_cache(maxsize=100_000)
def name_key(word: str) -> str:
    """The script-independent key of one name word ("Лаврова" → "lvrv")."""
    if CYRILLIC.search(word):
        normal = nominative(word.lower())
        word = EXONYMS.get(normal) or EXONYMS.get(word.lower()) or to_latin(normal)
    return skeleton(word)


def phrase_key(name: str) -> str:
    """Key of a multi-word name, word by word ("Great Sky" → "grt sk")."""
    return " ".join(k for k in (name_key(w) for w in re.findall(r"\w+", name)) if k)
