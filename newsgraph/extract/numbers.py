"""Numbers written in digits or words, Russian and English, in every case and gender.

`parse_number` reads ``"1,5"``, ``"12 500"``, ``"четырёх"``, ``"двадцать пять"``,
``"полтора"``, ``"four"``; `NUMBER_RE` finds such a number in running text.
Russian word forms are generated from the lemma table with pymorphy3 once per
process, so every case form of every number word is known.
"""

from __future__ import annotations

import re
from functools import cache

RU_NUMBER_LEMMAS: dict[str, float] = {
    "ноль": 0,
    "один": 1,
    "два": 2,
    "три": 3,
    "четыре": 4,
    "пять": 5,
    "шесть": 6,
    "семь": 7,
    "восемь": 8,
    "девять": 9,
    "десять": 10,
    "одиннадцать": 11,
    "двенадцать": 12,
    "тринадцать": 13,
    "четырнадцать": 14,
    "пятнадцать": 15,
    "шестнадцать": 16,
    "семнадцать": 17,
    "восемнадцать": 18,
    "девятнадцать": 19,
    "двадцать": 20,
    "тридцать": 30,
    "сорок": 40,
    "пятьдесят": 50,
    "шестьдесят": 60,
    "семьдесят": 70,
    "восемьдесят": 80,
    "девяносто": 90,
    "сто": 100,
    "двести": 200,
    "триста": 300,
    "четыреста": 400,
    "пятьсот": 500,
    "шестьсот": 600,
    "семьсот": 700,
    "восемьсот": 800,
    "девятьсот": 900,
    "полтора": 1.5,
    "оба": 2,
    "двое": 2,
    "трое": 3,
    "четверо": 4,
    "пятеро": 5,
    "шестеро": 6,
    "семеро": 7,
}
# Forms pymorphy3 does not list under the lemmas above (feminine/oblique variants).
RU_NUMBER_EXTRA: dict[str, float] = {
    "одна": 1,
    "одно": 1,
    "одну": 1,
    "одной": 1,
    "одного": 1,
    "одному": 1,
    "одним": 1,
    "одном": 1,
    "две": 2,
    "полторы": 1.5,
    "полутора": 1.5,
    "обе": 2,
    "обоих": 2,
    "обеих": 2,
}
EN_NUMBERS: dict[str, float] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "a": 1,
    "an": 1,
    "both": 2,
    "dozen": 12,
}
# Scale words: a following scale multiplies what came before ("два миллиарда").
RU_SCALE_LEMMAS: dict[str, float] = {
    "тысяча": 1e3,
    "миллион": 1e6,
    "миллиард": 1e9,
    "триллион": 1e12,
}
SCALE_ABBREVIATIONS: dict[str, float] = {
    "тыс": 1e3,
    "млн": 1e6,
    "млрд": 1e9,
    "трлн": 1e12,
    "тысяч": 1e3,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "k": 1e3,
    "mn": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "tn": 1e12,
    "millions": 1e6,
    "billions": 1e9,
    "thousands": 1e3,
}

DIGITS = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"


def _lexeme_forms(lemmas: dict[str, float]) -> dict[str, float]:
    morph = _morph()
    forms: dict[str, float] = {}
    for lemma, value in lemmas.items():
        for parse in morph.parse(lemma):
            if parse.normal_form != lemma:
                continue
            for form in parse.lexeme:
                forms.setdefault(form.word.replace("ё", "е"), value)
    return forms


@cache
def _morph():
    from newsgraph.morph import analyzer

    return analyzer()


@cache
def number_words() -> dict[str, float]:
    """Every known number word form (lower case, ё as е) → its value."""
    words = _lexeme_forms(RU_NUMBER_LEMMAS)
    words.update(RU_NUMBER_EXTRA)
    words.update(EN_NUMBERS)
    return words


@cache
def scale_words() -> dict[str, float]:
    """Every form of тысяча/миллион/…, plus abbreviations and English scales."""
    words = _lexeme_forms(RU_SCALE_LEMMAS)
    words.update(SCALE_ABBREVIATIONS)
    return words


def _alternation(words: list[str]) -> str:
    # ё is written or not at the writer's whim; the tables keep е
    return "|".join(re.escape(w).replace("е", "[её]") for w in sorted(words, key=len, reverse=True))


@cache
def number_word_re() -> str:
    """A regex for one or more number words ("двадцать пять", "two hundred")."""
    words = [w for w in number_words() if w not in ("a", "an")]
    one = _alternation(words)
    return rf"(?:{one})(?:[\s-]+(?:and\s+)?(?:{one}))*"


def parse_digits(text: str, *, english: bool = False) -> float | None:
    """``"1,5"`` → 1.5, ``"12 500"`` → 12500, ``"1,000,000"`` (English grouping) → 1e6."""
    text = text.strip().replace("\u00a0", " ").replace("\u202f", " ")
    if re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?", text) or (
        english and re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", text)
    ):
        text = text.replace(",", "")
    text = text.replace(" ", "").replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def parse_number_words(text: str) -> float | None:
    """``"двадцать пять"`` → 25, ``"сто двадцати"`` → 120, ``"two hundred"`` → 200."""
    words = number_words()
    total = 0.0
    seen = False
    for word in re.split(r"[\s-]+", text.lower().replace("ё", "е")):
        if word in ("", "and"):
            continue
        value = words.get(word)
        if value is None:
            return None
        if word == "hundred":
            total = (total or 1) * 100
        else:
            total += value
        seen = True
    return total if seen else None


def parse_number(text: str, *, english: bool = False) -> float | None:
    """A number in digits or words; None when the text is not one."""
    text = text.strip()
    if not text:
        return None
    if text[0].isdigit():
        return parse_digits(text, english=english)
    return parse_number_words(text)


def as_int(value: float) -> int | float:
    """4.0 → 4 (JSON and display stay clean); 1.5 stays 1.5."""
    return int(value) if float(value).is_integer() else value
