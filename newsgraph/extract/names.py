"""Canonical nominative names and the word shapes of names.

natasha's normaliser inflects every word of a span to the nominative, which
breaks names with a genitive tail ("Организация Договор о коллективная
безопасность"). Here only the head noun and the adjectives before it are put
in the nominative; the tail stays as written ("Организация Договора о
коллективной безопасности").
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsgraph.extract.gazetteer import parses
from newsgraph.model import Token

# Latin letters with their accented forms ("Meléndez", "Müller").
LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f"
LATIN = re.compile(f"^[{LETTER}][{LETTER}0-9&.'’+\\-]*$")
# A first name or patronymic cut to its initial: "Ю", "Дж" (before a full stop).
INITIAL = re.compile("^[А-ЯЁA-Z][а-яёa-z]?$")
CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)
ROMAN = re.compile("[IVXLC]+")  # a regnal or ordinal numeral after a name ("Мсвати III")
CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}
NUMBERS = {"Sing": "sing", "Plur": "plur"}
GENDERS = {"Masc": "masc", "Fem": "femn", "Neut": "neut"}
VERB_FORMS = frozenset({"VERB", "INFN", "GRND", "PRTF", "PRTS"})
# Words that agree with their noun: an adjective and a full participle inflect alike.
AGREEING = frozenset({"ADJF", "PRTF"})


def is_latin(word: str) -> bool:
    return bool(LATIN.match(word))


def is_acronym(word: str) -> bool:
    """ОДКБ, НАТО, ЕАЭС, ЕврАзЭС: two or more capitals, short."""
    letters = [c for c in word if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    return 2 <= len(word) <= 10 and capitals >= 2 and capitals * 2 >= len(letters)


def is_camel(word: str) -> bool:
    """A word with a capital inside ("ВФокусе", "SpaceX"): a brand, never inflected."""
    return len(word) > 2 and any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)


def is_capitalised(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit())


def fixed_form(word: str) -> bool:
    """Words kept as written in any case: Latin, acronyms, brands, numbers."""
    return not CYRILLIC.search(word) or is_acronym(word) or is_camel(word)


def match_case(word: str, text: str) -> str:
    if text.isupper() and len(text) > 1:
        return word.upper()
    if text[:1].isupper():
        return (
            "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
            if "-" in text
            else (word[:1].upper() + word[1:])
        )
    return word


def _participle(token: Token) -> bool:
    """A full participle agreeing like an adjective ("Объединённого комитета")."""
    return token.pos in ("VERB", "ADJ") and token.feats.get("VerbForm") == "Part" and "Case" in token.feats


def inflect(token: Token, grammemes: set[str]) -> str:
    """The token's word inflected to `grammemes`, choosing the parse that fits its tags."""
    case = CASES.get(token.feats.get("Case", ""))
    found = parses(token.text)
    wanted_pos = (
        "PRTF" if _participle(token) else {"ADJ": "ADJF", "NOUN": "NOUN", "PROPN": "NOUN"}.get(token.pos)
    )
    best = None
    for parse in found:
        if (
            wanted_pos
            and parse.tag.POS != wanted_pos
            and not (wanted_pos in AGREEING and parse.tag.POS in AGREEING)
        ):
            continue
        if case and parse.tag.case != case:
            continue
        best = parse
        break
    best = best or (found[0] if found else None)
    if best is None or (wanted_pos and wanted_pos not in AGREEING and best.tag.POS in VERB_FORMS):
        return token.text  # "Карзая" read as a gerund would come back as "карзающий"
    if "Supr" in best.tag:
        return superlative(token.text, grammemes)
    form = best.inflect(grammemes)
    if form is None:
        return token.text
    return match_case(form.word, token.text)


# Endings of a superlative ("высший", "лучшая") by the grammemes asked for.
SUPERLATIVE_ENDINGS = {"masc": "ий", "femn": "ая", "neut": "ее", "plur": "ие"}
ADJECTIVE_ENDING = re.compile(
    r"(?:ими|ого|ему|ому|его|ых|их|ым|им|ой|ей|ую|юю|ая|яя|ое|ее|ые|ие|ий|ом|ем|ый)$"
)


def superlative(word: str, grammemes: set[str]) -> str:
    """A superlative in another form, by its ending: the dictionary puts "высшей" in the lexeme of
    "высокий" and inflects it to "высочайшая"."""
    stem = ADJECTIVE_ENDING.sub("", word)
    key = "plur" if "plur" in grammemes else next((g for g in ("femn", "neut") if g in grammemes), "masc")
    return stem + SUPERLATIVE_ENDINGS[key] if stem != word else word


def nominative(tokens: list[Token], text: str) -> str:
    """The nominative of a name, inflecting only the head noun and the adjectives before it.

    A head that never inflects (an acronym, a brand: "Курской АЭС-2") stays as
    written while its adjectives agree with it. `text` is the span as written
    (used for the spacing between tokens).
    """
    if not tokens or tokens[0].text in '«"':
        return text
    head = next((i for i, t in enumerate(tokens) if t.pos in ("NOUN", "PROPN")), None)
    if head is None:
        return text
    fixed = fixed_form(tokens[head].text)
    oblique = [t for t in tokens[: head + 1] if t.feats.get("Case", "Nom") != "Nom"]
    if not oblique or (fixed and not any(t.pos == "ADJ" for t in tokens[:head])):
        return text
    feats = tokens[head].feats if not fixed else (tokens[head - 1].feats if head else {})
    number = (None if fixed else dictionary_number(tokens[head])) or NUMBERS.get(
        feats.get("Number", "Sing"), "sing"
    )
    gender = GENDERS.get(feats.get("Gender", ""))
    words = []
    for i, token in enumerate(tokens):
        if i < head and (token.pos == "ADJ" or _participle(token)):
            grammemes = {"nomn", number} | ({gender} if gender and number == "sing" else set())
            words.append(inflect(token, grammemes))
        elif i == head and not fixed:
            words.append(inflect(token, {"nomn", number}))
        else:
            words.append(token.text)
    return join_like(tokens, words, text)


def dictionary_number(token: Token) -> str | None:
    """The number pymorphy's dictionary gives the word in the token's case
    (natasha takes plural-only names, "Курилами", for singular)."""
    case = CASES.get(token.feats.get("Case", ""))
    for parse in parses(token.text):
        if parse.tag.POS == "NOUN" and (case is None or parse.tag.case == case):
            return parse.tag.number
    return None


def join_like(tokens: list[Token], words: list[str], text: str) -> str:
    """Join `words` with the spacing the original tokens had."""
    base = tokens[0].start
    out = []
    for i, (token, word) in enumerate(zip(tokens, words, strict=True)):
        if i:
            out.append(text[tokens[i - 1].stop - base : token.start - base])
        out.append(word)
    return "".join(out)


GENERATION = re.compile(r"-(младш|старш)\w*$", re.IGNORECASE)


def generation(name: str) -> str | None:
    """ "младш" or "старш" when the name ends in a generation ("Хантсмена-старшего"), else None."""
    found = GENERATION.search(name)
    return found.group(1).lower() if found else None


def without_generation(word: str) -> str:
    """The surname without its generation ("Вэнс-младший" -> "Вэнс")."""
    return GENERATION.sub("", word) or word


def generation_nominative(token: Token) -> str:
    """ "Хантсмана-младшего" -> "Хантсман-младший": the surname and its generation each inflected."""
    surname = without_generation(token.text)
    stem = Token(token.start, token.start + len(surname), surname, pos=token.pos, feats=token.feats)
    word = surname
    if token.feats.get("Case", "Nom") != "Nom":
        gender = GENDERS.get(token.feats.get("Gender", ""))
        word = inflect(stem, {"nomn", "sing"} | ({gender} if gender else set()))
        word = foreign_nominative(stem) if word == surname else word
    return f"{word}-{GENERATIONS[generation(token.text) or '']}"


GENERATIONS = {"младш": "младший", "старш": "старший"}


@lru_cache(maxsize=16384)
def surname_forms(word: str) -> frozenset[str]:
    """Dictionary forms a surname may have ("Родионова" -> {"родионов", "родионова"})."""
    forms = {word.lower().replace("ё", "е")}
    for parse in parses(word):
        if {"Surn", "Name"} & set(parse.tag.grammemes) or "UNKN" in parse.tag or parse.tag.POS == "NOUN":
            forms.add(parse.normal_form.replace("ё", "е"))
    return frozenset(forms)


def name_like(word: str) -> bool:
    """Whether a word may be a name in the nominative: not only a verb form or a participle."""
    found = parses(word)
    return not found or any(p.tag.POS in ("NOUN", None) or "Name" in p.tag or "Surn" in p.tag for p in found)


VOWELS = frozenset("аеёиоуыэюя")
# Endings of a foreign name the dictionary does not know, by the tagger's case and
# gender: (case, gender or None for any, ending, nominative ending, what must precede).
# A masculine name ending in a consonant ("Кердпола", "Наттавуту", "Фоксом"), in -й
# ("Карзая"), or a name ending in -а ("Аксары"); -е and -и tell nothing: "Бахтадзе",
# "Уэррити" never change.
FOREIGN_ENDINGS: tuple[tuple[str, str | None, str, str, str], ...] = (
    ("Gen", "Masc", "а", "", "consonant"),
    ("Acc", "Masc", "а", "", "consonant"),
    ("Dat", "Masc", "у", "", "consonant"),
    ("Ins", "Masc", "ом", "", "consonant"),
    ("Gen", "Masc", "я", "й", "vowel"),
    ("Acc", "Masc", "я", "й", "vowel"),
    ("Dat", "Masc", "ю", "й", "vowel"),
    ("Ins", "Masc", "ем", "й", "vowel"),
    ("Gen", None, "ы", "а", "consonant"),
    ("Gen", None, "ки", "ка", ""),
    ("Gen", None, "ги", "га", ""),
    ("Gen", None, "хи", "ха", ""),
)


def foreign_nominative(token: Token) -> str:
    """The nominative of a foreign name in an oblique case that the dictionary does not know
    ("Кердпола" -> "Кердпол", "Аксары" -> "Аксара"); the word as written otherwise."""
    word = token.text
    if len(word) < 4 or not word[:1].isupper() or not word.isalpha() or not CYRILLIC.search(word):
        return word
    if any(p.is_known and {"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in parses(word)):
        return word
    case, gender = token.feats.get("Case"), token.feats.get("Gender")
    for when, sex, ending, nominal, before in FOREIGN_ENDINGS:
        if case != when or (sex and gender != sex) or not word.endswith(ending):
            continue
        prior = word[-len(ending) - 1].lower()
        if (before == "consonant" and (prior in VOWELS or prior in "йь")) or (
            before == "vowel" and prior not in VOWELS
        ):
            continue
        return word[: -len(ending)] + nominal
    return word


APOSTROPHES = frozenset({"’", "'"})


def apostrophe_groups(tokens: list[Token]) -> list[list[Token]]:
    """The tokens of each word of a name, a name split by the tokeniser at its apostrophe
    put together again ("О", "’", "Мэлли" are one word)."""
    groups: list[list[Token]] = []
    for i, token in enumerate(tokens):
        glued = i > 0 and tokens[i - 1].stop == token.start
        if glued and groups and (token.text in APOSTROPHES or groups[-1][-1].text in APOSTROPHES):
            groups[-1].append(token)
        else:
            groups.append([token])
    return groups


def apostrophe_words(tokens: list[Token]) -> list[str]:
    return ["".join(t.text for t in group) for group in apostrophe_groups(tokens)]


def initials_stop(tokens: list[Token]) -> int:
    """Index of the first word after a name's leading initials ("Ю.Балуевский", "С. В. Лавров");
    0 when the name opens with no initial or is only initials."""
    i = 0
    while i + 2 < len(tokens) and INITIAL.match(tokens[i].text) and tokens[i + 1].text == ".":
        i += 2
    return i


def ends_in_consonant(word: str) -> bool:
    """A Cyrillic word ending in a hard consonant: a woman's surname so (`Братушек`, `Ковач`)
    does not decline."""
    return word.isalpha() and bool(CYRILLIC.search(word)) and word[-1:].lower() not in VOWELS | {"й", "ь"}


def _womans_consonant_surname(token: Token) -> bool:
    """A woman's surname ending in a consonant (`Братушек`, `Ковач`), in the singular: it
    does not decline, whatever case the tagger gave it."""
    return (
        token.feats.get("Gender") == "Fem"
        and token.feats.get("Number") != "Plur"
        and token.text[:1].isupper()
        and ends_in_consonant(token.text)
    )


# Endings of a Russian woman's surname: in the nominative ("Кокшарова"), in the genitive, dative,
# instrumental and prepositional ("Кокшаровой"), and in any oblique case, whose ending's first two
# letters stay in the nominative ("Максимкину", "Кокшаровой" -> "Максимкина", "Кокшарова").
WOMANS_NOMINATIVE_ENDINGS = ("ова", "ева", "ёва", "ина", "ына")
INSTRUMENTAL_NAME_MIN = 5  # letters of a first name read as a woman's instrumental (`Майей`)
INDECLINABLE_ENDINGS = frozenset("иуюоеэ")  # a foreign surname's last letter when it does not decline
HUSHING = frozenset("жшчщц")  # after them `-ей` is `-а`'s instrumental (`Джорджей`, `Сашей`)
WOMANS_GENITIVE_ENDINGS = ("овой", "евой", "ёвой", "иной", "ыной")
WOMANS_OBLIQUE_ENDINGS = (*WOMANS_GENITIVE_ENDINGS, "ову", "еву", "ёву", "ину", "ыну")


def womans_surname(words: list[str], tokens: list[Token]) -> list[str]:
    """A woman's surname the normal form left oblique or made a man's ("Елену Максимкину" ->
    "Елена Максимкину", "Викторию Кокшарову" -> "Виктория Кокшаров"): after a woman's first name,
    the surname as written put in her nominative ("Максимкина", "Кокшарова")."""
    if len(words) != 2 or len(tokens) != 2 or not _womans_first_name(words[0]):
        return words
    written = tokens[1].text
    if not written[:1].isupper():
        return words
    ending = next((e for e in WOMANS_OBLIQUE_ENDINGS if written.endswith(e)), None)
    if ending is not None:
        return [words[0], written[: len(written) - len(ending)] + ending[:2] + "а"]
    if written.endswith(WOMANS_NOMINATIVE_ENDINGS) and words[1] == written[:-1]:
        return [words[0], written]  # "Гульнара Шайхутдинова", made "Шайхутдинов"
    return words


def womans_instrumental(words: list[str], tokens: list[Token]) -> list[str]:
    """A woman's first name in the instrumental the normal form kept or made a man's
    (`Камалой Харрис`, `Джорджей Мелони` -> `Джордж Мелони`): put in her nominative (`Камала`,
    `Джорджа`, `Майя`), a foreign surname that does not decline as written."""
    if len(tokens) < 2 or len(words) != len(tokens):
        return words
    first = tokens[0].text
    if not first[:1].isupper() or len(first) < INSTRUMENTAL_NAME_MIN or not first.endswith(("ой", "ей")):
        return words
    if any(p.is_known and p.tag.case == "nomn" and "Name" in p.tag for p in parses(first)):
        return words  # `Андрей`, `Сергей`: a man's name in the nominative
    stem = first[:-2]
    if first.endswith("ой") or stem[-1:].lower() in HUSHING:
        named = stem + "а"  # `Камалой` -> `Камала`, `Джорджей` -> `Джорджа`
    else:
        named = stem + "я"  # `Майей` -> `Майя`, `Марией` -> `Мария`
    # a surname ending in a vowel that does not decline, or in a consonant, stays as written
    # (`Мелони`, `Санду`, `Харрис`); `Чантурией`, `Кокшаровой` keep the normal form's nominative
    rest = [
        t.text if t.text[-1:].lower() in INDECLINABLE_ENDINGS or ends_in_consonant(t.text) else w
        for w, t in zip(words[1:], tokens[1:], strict=True)
    ]
    return [named, *rest]


@lru_cache(maxsize=4096)
def _womans_first_name(word: str) -> bool:
    """A woman's first name in the nominative, by the dictionary ("Елена", "Виктория")."""
    return any(
        "Name" in p.tag and "femn" in p.tag and p.tag.case == "nomn" and p.tag.number == "sing"
        for p in parses(word)
    )


def person_nominative(tokens: list[Token], normal: str) -> str:
    """natasha's normal form of a person, with the words it left oblique put in the nominative.

    (Its normaliser keeps "Юрию Долгорукому" as "Юрий Долгорукому".) Initials stay as
    written, the surname after them is put in the nominative ("Л.Фокса" -> "Л.Фокс").
    """
    cut = initials_stop(tokens)
    if cut and all(t.text.replace("-", "").isalpha() for t in tokens[cut:]):
        written = "".join(t.text + " " * (tokens[i + 1].start - t.stop) for i, t in enumerate(tokens[:cut]))
        # natasha's normal keeps the initials as written: its words after them are the rest's
        parts = normal.split(".", cut // 2)
        rest = parts[-1].strip() if len(parts) > cut // 2 else ""
        if len(rest.split(" ")) != len(tokens) - cut:
            rest = ""
        return written + person_nominative(tokens[cut:], rest)
    groups = apostrophe_groups(tokens)
    if len(groups) != len(tokens):
        # "Мартином О’Мэлли": natasha's normal, or each other word in the nominative
        if normal and len(normal.split(" ")) == len(groups):
            return normal
        return " ".join(
            person_nominative(group, "") if len(group) == 1 else "".join(t.text for t in group)
            for group in groups
        )
    words = (normal or " ".join(t.text for t in tokens)).split(" ")
    if len(words) != len(tokens):
        return normal
    for i, token in enumerate(tokens):
        if generation(token.text) and len(tokens) > 1 and without_generation(token.text) != token.text:
            words[i] = generation_nominative(token)
            continue
        case = token.feats.get("Case")
        if words[i] != token.text and not name_like(words[i]):
            words[i] = token.text  # natasha's "Карзающий" for "Карзая": a participle is no name
        if _womans_consonant_surname(token):
            words[i] = token.text  # natasha's "Братушка" for "Аленка Братушек": it does not decline
            continue
        if case and case != "Nom" and words[i] == token.text and CYRILLIC.search(token.text):
            gender = GENDERS.get(token.feats.get("Gender", ""))
            words[i] = inflect(token, {"nomn", "sing"} | ({gender} if gender else set()))
            if words[i] == token.text and gender and any("ms-f" in p.tag for p in parses(token.text)):
                # a surname of common gender ("Обамы": ms-f) takes no gender grammeme
                words[i] = inflect(token, {"nomn", "sing"})
            if words[i] == token.text and len(tokens) > 1:
                # a full name's case is tagged surely; a lone first name's is not
                # ("дочь спортсмена Джианна" is taken for a genitive)
                words[i] = foreign_nominative(token)
    words = womans_surname(womans_instrumental(words, tokens), tokens)
    # Headlines in capitals: a person's name is written in title case, its Roman numeral not ("Мсвати III")
    return " ".join(w.title() if w.isupper() and len(w) > 2 and not ROMAN.fullmatch(w) else w for w in words)
