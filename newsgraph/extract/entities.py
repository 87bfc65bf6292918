"""Entities and their mentions in one article.

Steps:

1. Candidates from natasha's NER spans; "Expansion (ACRONYM)" spans split in
   two linked candidates; spans cut short widened (`patterns.widen`).
2. Names natasha misses, introduced by head nouns (`patterns.after_heads`):
   the head gives the type ("проект ASPAN" -> project).
3. Countries, regions and alliances natasha misses, from the gazetteer.
4. Type and kind (`typing_rules`, gazetteer), canonical nominative name (`names`).
5. Within the article: one entity per gazetteer id or name; surname-only
   persons joined to the full name; acronyms joined to their expansions.
6. Later occurrences of a found name that no step above covered are linked.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from newsgraph.extract import acronyms, institutions, patterns
from newsgraph.extract.central_facility import add_central_facility
from newsgraph.extract.fact_lexicon import positions
from newsgraph.extract.gazetteer import Entry, gazetteer, lemma_key, parses
from newsgraph.extract.gazetteer import morph as gazetteer_morph
from newsgraph.extract.groups import add_groups
from newsgraph.extract.names import (
    WOMANS_NOMINATIVE_ENDINGS,
    apostrophe_words,
    fixed_form,
    generation,
    inflect,
    initials_stop,
    is_acronym,
    is_camel,
    is_capitalised,
    is_latin,
    match_case,
    nominative,
    person_nominative,
    surname_forms,
    without_generation,
)
from newsgraph.extract.quote_context import agreeing_gender, span_gender
from newsgraph.extract.speech_cues import (
    BODY_HEADS,
    OPINION_VERBS,
    ORG_ANAPHORS,
    ORG_VOICES,
    PRESS_SERVICE,
    ROLE_NOUNS,
    UNNAMED_SOURCES,
)
from newsgraph.extract.speech_cues import SPEECH_VERBS as CUE_VERBS
from newsgraph.extract.typing_rules import (
    NOT_NAMES,
    PUBLISH_VERBS,
    SEAT_BODIES,
    SPEECH_VERBS,
    head_type,
    org_kind,
)
from newsgraph.model import Doc, Entity, Mention, NerSpan, Token
from newsgraph.pipeline import component

STAGE = "entities.rules.v2"
NER_TYPES = {"PER": "person", "LOC": "location", "ORG": "organization"}
# Gazetteer rows trusted without NER support: their names are rarely common words.
SCAN_TYPES = frozenset({"country", "location"})
SCAN_KINDS = frozenset({"alliance"})
MAX_SCAN_WORDS = 5
INITIAL = re.compile(r"[А-ЯЁA-Z]\.?")  # a surname given as its initial (`Лаурентий Д.`)
JURY_HEADS = frozenset({"суд", "коллегия", "жюри"})  # `коллегия присяжных`: a jury
MAX_REPEAT_WORDS = 6
MAX_PARENTHESISED = 9
UNCLOSED_REACH = 3  # tokens after a name span to look for the bracket it left open
# A span made only of these is no name, whatever the NER model says ("ЧТО" in capitals).
NOT_NAME_POS = frozenset({"VERB", "AUX", "PRON", "SCONJ", "CCONJ", "ADP", "PART", "ADV", "PUNCT"})


@dataclass(slots=True)
class Candidate:
    first: int
    stop: int
    source: str  # ner, head, gazetteer, repeat
    type: str = ""
    kind: str | None = None
    ner_type: str = ""
    normal: str = ""
    head_typed: bool = False
    entry: Entry | None = None
    name: str = ""
    group: int | None = None
    core: str = ""  # name key of an organisation before its country tail ("МИД" in "МИД России")
    head: int = -1  # head noun of a state body found by `institutions` ("сенат" in "сената США")
    complement: tuple[str, ...] = ()  # its genitive complement's lemmas ("финансы")
    shown_stop: int = 0  # end of the mention when shorter than the name's span ("МИД" of "МИД России")


@dataclass(slots=True)
class Cluster:
    members: list[int] = field(default_factory=list)


def token_range(tokens: list[Token], starts: list[int], start: int, stop: int) -> tuple[int, int]:
    first = max(bisect.bisect_right(starts, start) - 1, 0)
    last = bisect.bisect_left(starts, stop)
    return first, max(last, first + 1)


def span_text(doc: Doc, cand: Candidate) -> str:
    return doc.text[doc.tokens[cand.first].start : doc.tokens[cand.stop - 1].stop]


def role_noun(token: Token) -> bool:
    """A noun naming a role or job ("представитель", "министр"): newsgraph/data/positions.txt."""
    return (token.lemma or "").lower().replace("ё", "е") in positions()


def leading_name(doc: Doc, first: int, stop: int) -> Candidate | None:
    """A known organisation or country opening a person span of three words or more ("Аль-Кайды
    Усамы бин Ладена"), as its own candidate; None when the span starts with the person."""
    tokens = doc.tokens
    if stop - first < 3:
        return None
    token = tokens[first]
    entry = gazetteer().find(token.text, token.lemma)
    if entry is None or entry.type not in ("organization", "country"):
        return None
    if not all(is_capitalised(t.text) or t.text.islower() for t in tokens[first + 1 : stop]):
        return None
    return Candidate(first, first + 1, "gazetteer", entry=entry)


def trailing_surname(doc: Doc, first: int, stop: int) -> bool:
    """An organisation's span ending in a dictionary surname after a name the gazetteer knows as
    an organisation ("РИА Новости Лаврова"): two names run together."""
    if stop - first < 2:
        return False
    last = doc.tokens[stop - 1]
    if not any("Surn" in p.tag for p in parses(last.text)[:1]):
        return False
    head = doc.text[doc.tokens[first].start : doc.tokens[stop - 2].stop]
    entry = gazetteer().find(head, " ".join(t.lemma for t in doc.tokens[first : stop - 1]))
    return entry is not None and entry.type == "organization"


NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})


def opens_sentence(doc: Doc, i: int) -> bool:
    """Whether token `i` follows a full stop, a paragraph break or nothing."""
    start = doc.tokens[i].start
    before = doc.text[:start].rstrip()
    return not before or before[-1] in ".!?…" or "\n" in doc.text[len(before) : start]


def common_word_opening(doc: Doc, i: int) -> bool:
    """A dictionary common noun or adjective opening a sentence ("Супруга", "Внук", "Воскресное"),
    which no reading makes a name."""
    if not opens_sentence(doc, i):
        return False
    word = doc.tokens[i].text
    if not word[:1].isupper() or not word[1:].islower():
        return False
    # `Активисты-правозащитники`: each half a common word
    return all(_common_word(part) for part in word.split("-"))


def _common_word(word: str) -> bool:
    """A dictionary common noun or adjective that no reading makes a name."""
    if not word.isalpha():
        return False
    found = parses(word)
    if not found or not gazetteer_morph().word_is_known(word.lower()):
        return False
    return all(not (NAME_GRAMMEMES & set(p.tag.grammemes)) for p in found) and found[0].tag.POS in (
        "NOUN",
        "ADJF",
    )


def brand_noun(token: Token) -> bool:
    """A thing's noun the NER took for an organisation's name ("Аэрофлот", "Сбербанк", "Мегафон"
    opening a sentence as its subject): named so, not a body's common noun ("Правительство",
    "Компания"), nor a common noun in another case ("Шантажу подверглась")."""
    found = [p for p in parses(token.text) if p.tag.POS == "NOUN"]
    return (
        token.feats.get("Case") == "Nom"
        and bool(found)
        and all("inan" in p.tag for p in found)
        and token.lemma not in ORG_ANAPHORS
        and token.lemma not in UNNAMED_SOURCES
        and not role_noun(token)
    )


def noun_before_name(doc: Doc, i: int) -> bool:
    """A capitalised common noun opening a sentence before a person's name in one NER span: a role
    ("Адвокат", "Пресс-агент") or an animate dictionary noun that no reading makes a name ("Прислуга";
    not "Си" of "Си Цзиньпин"), unless a dictionary first name follows it (a surname that is also a
    noun: "Кузнец Андрей")."""
    tokens = doc.tokens
    if not opens_sentence(doc, i) or not tokens[i].text[:1].isupper():
        return False
    if role_noun(tokens[i]):
        return True
    person_noun = all("anim" in p.tag for p in parses(tokens[i].text) if "NOUN" in p.tag)
    return common_word_opening(doc, i) and person_noun and not dictionary_first_name(tokens[i + 1].text)


def person_by_role(doc: Doc, cand: Candidate) -> bool:
    """A span of two capitalised words, the first a dictionary first name, right after a role
    noun's phrase (a role noun at most three words before it) and right before a finite verb: a
    person the NER typed as a place or a body ("Еврокомиссар по расширению Марта Кос возразила")."""
    toks = doc.tokens
    if cand.stop - cand.first != 2 or cand.stop >= len(toks):
        return False
    words = toks[cand.first : cand.stop]
    if not all(is_capitalised(t.text) and t.text.isalpha() for t in words):
        return False
    if not dictionary_first_name(words[0].text):
        return False
    after = toks[cand.stop]
    if after.pos != "VERB" or after.feats.get("VerbForm") != "Fin":
        return False
    return any(role_noun(t) for t in toks[max(0, cand.first - 3) : cand.first])


# Performers known by a stage name in Latin letters (`Рэпер Jay-Z`, `Певица Rihanna`).
PERFORMER_NOUNS = frozenset(
    """рэпер певец певица диджей блогер видеоблогер музыкант исполнитель исполнительница артист
    артистка актёр актер актриса стример""".split()
)


def stage_name(doc: Doc, cand: Candidate) -> bool:
    """A name in Latin letters right after a performer's noun (`Рэпер Jay-Z`, `Блогер MrBeast`):
    a person's stage name, whatever the NER typed it."""
    toks = doc.tokens[cand.first : cand.stop]
    if cand.first == 0 or not all(is_latin(t.text) or t.text in "-." for t in toks):
        return False
    return doc.tokens[cand.first - 1].lemma in PERFORMER_NOUNS


def add_opening_surnames(doc: Doc, starts: list[int], cands: list[Candidate]) -> None:
    """`Зеленский назвал его «неприемлемым»`, `Эрдоган заявил, что …`: a surname alone opening a
    sentence before a speech verb, which the NER tagger, reading a capital there as a sentence's,
    leaves out. A person when the dictionary knows the word as a surname or a first name, or does
    not know it and may read it as a noun; not a word for a role, a source or a body."""
    tokens = doc.tokens
    covered = {k for c in cands for k in range(c.first, c.stop)}
    for sentence in doc.sentences:
        k = bisect.bisect_left(starts, sentence.start)
        if k + 1 >= len(tokens) or k in covered:
            continue
        word, verb = tokens[k], tokens[k + 1]
        if (
            verb.pos == "VERB"
            and verb.feats.get("VerbForm") == "Fin"
            and verb.lemma in SPEAKING_VERBS
            and len(word.text) >= OPENING_SURNAME_MIN
            and word.text[:1].isupper()
            and word.text[1:].islower()
            and word.text.isalpha()
            and word.lemma not in NOT_SURNAMES
            and may_be_surname(word.text)
        ):
            cands.append(Candidate(k, k + 1, "ner", ner_type="PER"))


def may_be_surname(word: str) -> bool:
    """The dictionary reads the word as a surname or a first name, or guesses a noun it does not know."""
    found = parses(word)
    if not gazetteer_morph().word_is_known(word.lower()):
        return any(p.tag.POS == "NOUN" for p in found)
    return any("Surn" in p.tag or "Name" in p.tag for p in found)


def dictionary_first_name(word: str) -> bool:
    """A first name the dictionary knows ("Андрей", "Роза"), not one it guesses for an unknown word."""
    return gazetteer_morph().word_is_known(word.lower()) and any("Name" in p.tag for p in parses(word))


OPENING_SURNAME_MIN = 3  # letters of a surname opening a sentence (not `Он`, `Их`)
SPEAKING_VERBS = CUE_VERBS | OPINION_VERBS | frozenset({"назвать"})
# Nouns that open a sentence as a speaker but name no one (`Эксперт заявил`, `Полиция сообщила`).
NOT_SURNAMES = ROLE_NOUNS | UNNAMED_SOURCES | ORG_ANAPHORS | ORG_VOICES | BODY_HEADS

# Legal forms written before a company's name: never a name by themselves.
LEGAL_FORMS = frozenset(
    {"ооо", "оао", "зао", "пао", "ао", "нао", "тоо", "фгуп", "гуп", "муп", "ано", "ук", "гк", "нк"}
)


def is_legal_form(word: str) -> bool:
    return word.isupper() and word.lower() in LEGAL_FORMS


def strip_legal_forms(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Legal forms leave names: "ООО «ТНГК»" names ТНГК, "ООО УК «Металлоинвест»" Металлоинвест,
    and a bare "ООО" taken for a name after "компании" is none."""
    tokens = doc.tokens
    out = []
    for cand in cands:
        first, stop = cand.first, cand.stop
        while first < stop and is_legal_form(tokens[first].text):
            first += 1
        if first == stop:
            continue
        if (
            first > cand.first
            and stop - first > 2
            and tokens[first].text in patterns.OPEN_QUOTES
            and tokens[stop - 1].text in patterns.CLOSE_QUOTES
        ):
            first, stop = first + 1, stop - 1
        if first != cand.first:
            cand.first, cand.stop, cand.normal = first, stop, ""
        out.append(cand)
    return out


def separated(doc: Doc, span: NerSpan) -> list[NerSpan]:
    """A span run over a semicolon holds two names (`Кэссиди Вулф; Cassidy Wolf)`): its parts."""
    parts, start = [], span.start
    for match in re.finditer(r"\s*;\s*", doc.text[span.start : span.stop]):
        parts.append((start, span.start + match.start()))
        start = span.start + match.end()
    if not parts:
        return [span]
    parts.append((start, span.stop))
    out = []
    for a, b in parts:
        if doc.text[a:b].endswith(")") and "(" not in doc.text[a:b]:
            b = len(doc.text[a : b - 1].rstrip()) + a  # the bracket closing the aside the names stand in
        if b > a:
            out.append(NerSpan(a, b, span.type, doc.text[a:b]))
    return out


def ner_candidates(doc: Doc, starts: list[int]) -> list[Candidate]:
    tokens = doc.tokens
    cands: list[Candidate] = []
    for span in (part for whole in doc.ner for part in separated(doc, whole)):
        first, stop = token_range(tokens, starts, span.start, span.stop)
        # Title lines without a full stop run into the next line's sentence.
        while stop - first > 1 and "\n" in doc.text[tokens[first].start : tokens[stop - 1].stop]:
            stop -= 1
        opening = parenthesis(tokens, first, stop)
        if opening is not None:
            # "ФСБ (КГБ)": one acronym does not spell out another of the same script: two bodies
            # ("МАГАТЭ (IAEA)" is one)
            group = None if two_acronyms(tokens, first, opening) else len(cands)
            cands.append(Candidate(first, opening, "ner", ner_type=span.type, group=group))
            cands.append(Candidate(opening + 1, stop - 1, "ner", ner_type=span.type, group=group))
            continue
        if is_acronym(span.text) and span.text in NOT_NAMES:
            continue
        while stop - first > 1 and not tokens[stop - 1].text[-1].isalnum() and tokens[stop - 1].text != ")":
            stop -= 1
        if all(t.pos in NOT_NAME_POS for t in tokens[first:stop]):
            continue
        if stop - first == 1 and tokens[first].pos == "NOUN" and role_noun(tokens[first]):
            continue  # "Представитель" opening a line: a role, never a name by itself
        if [t.lemma for t in tokens[first:stop]] == list(PRESS_SERVICE):
            continue  # "Служба прессы суда": the court's press office, no body of its own
        if (
            stop - first == 1
            and span.type in ("PER", "ORG")
            and common_word_opening(doc, first)
            and not (span.type == "ORG" and brand_noun(tokens[first]))
        ):
            continue  # "Супруга «оружейного барона»", "Воскресное заседание": capitalised as a sentence opens
        if stop - first == 1 and tokens[first].lemma in UNNAMED_SOURCES and common_word_opening(doc, first):
            continue  # "Власти считают": an unnamed source's noun, never a place's name
        if span.type == "PER" and stop - first > 1 and noun_before_name(doc, first):
            first += 1  # "Прислуга Макафи дала интервью", "Пресс-агент Гибсона подтвердил": the name follows
        # "ОАО «Газпром": the name is what the quotation mark opens.
        opened = [i for i in range(first, stop - 1) if tokens[i].text in patterns.OPEN_QUOTES]
        if opened and not any(t.text in patterns.CLOSE_QUOTES for t in tokens[opened[-1] + 1 : stop]):
            first = opened[-1] + 1
        first, stop = patterns.widen(tokens, first, stop, span.type)
        unclosed = next((i for i in range(first + 1, stop) if tokens[i].text == "("), None)
        if unclosed is not None and not any(t.text == ")" for t in tokens[unclosed:stop]):
            # "ХДС (Христианско-демократический союз" + "Германии)": the name and, in the brackets, the
            # same name spelt out, up to the bracket closing a few words on (or the span's end)
            closing = next(
                (k for k in range(stop, min(len(tokens), stop + UNCLOSED_REACH)) if tokens[k].text == ")"),
                stop,
            )
            # "ФСБ (КГБ": one acronym does not spell out another: two bodies
            group = (
                None if acronym_pair(tokens[first:unclosed], tokens[unclosed + 1 : closing]) else len(cands)
            )
            cands.append(Candidate(first, unclosed, "ner", ner_type=span.type, group=group))
            if closing > unclosed + 1:
                cands.append(Candidate(unclosed + 1, closing, "ner", ner_type=span.type, group=group))
            continue
        if stop - first == 2 and nominative_after_oblique(tokens[first], tokens[first + 1]):
            stop -= 1  # "сообщили Интерфаксу источники": the next clause's subject run into the name
        if span.type == "ORG" and trailing_surname(doc, first, stop):
            # "цитирует РИА Новости Лаврова": the agency's name, then whom it quotes
            cands.append(Candidate(stop - 1, stop, "ner", ner_type="PER"))
            stop -= 1
        leading = leading_name(doc, first, stop) if span.type == "PER" else None
        if leading is not None:
            # "лидера Аль-Кайды Усамы бин Ладена": an organisation's name run into the person's
            cands.append(leading)
            first = leading.stop
        if span.type == "PER" and initial_after_first_name(doc, first, stop):
            first -= 1  # "Лаурентий Д. сказал": the NER took the initial alone
            if (
                stop < len(tokens)
                and tokens[stop].text == "."
                and tokens[stop].start == tokens[stop - 1].stop
            ):
                stop += 1  # the initial's full stop is part of the name ("Лаурентий Д.")
        normal = span.normal if (first, stop) == token_range(tokens, starts, span.start, span.stop) else ""
        cands.append(Candidate(first, stop, "ner", ner_type=span.type, normal=normal))
    return cands


def initial_after_first_name(doc: Doc, first: int, stop: int) -> bool:
    """The span is one capital letter (a surname given as its initial) right after a first name
    (one the dictionary knows, or a name the tagger reads as a person's), in the same line
    (`Лаурентий Д.`)."""
    tokens = doc.tokens
    if stop - first != 1 or first == 0 or not INITIAL.fullmatch(tokens[first].text):
        return False
    before = tokens[first - 1]
    return (
        before.text[:1].isupper()
        and (
            dictionary_first_name(before.text)
            or (before.pos == "PROPN" and before.feats.get("Animacy") == "Anim")
        )
        and "\n" not in doc.text[before.stop : tokens[first].start]
    )


def nominative_after_oblique(head: Token, last: Token) -> bool:
    """A lower-case noun in the nominative closing a name whose first word is in another case
    ("Интерфаксу источники"): no part of the name ("Министерство обороны", "Газпром нефть" are)."""
    return (
        last.text.islower()
        and last.pos == "NOUN"
        and last.feats.get("Case") == "Nom"
        and head.pos in ("NOUN", "PROPN")
        and head.feats.get("Case") in ("Gen", "Dat", "Ins", "Loc")  # an accusative may read as a nominative
    )


def split_surname_pairs(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Two people's surnames side by side read as one name ("об убийстве Фолла Макафи предложил", the
    object's surname before the subject's): a two-word person span whose first word is no dictionary
    first name and opens no other name, each word the surname of another person named in full, is
    two mentions."""
    tokens = doc.tokens
    full = [c for c in cands if c.ner_type == "PER" and c.stop - c.first > 1]

    def surname_of(word: str, other: Candidate) -> bool:
        last = tokens[other.stop - 1].text
        return word == last or same_stem(word, last) or same_stem(last, word)

    out = []
    for cand in cands:
        if cand.ner_type == "PER" and cand.stop - cand.first == 2:
            first, second = tokens[cand.first].text, tokens[cand.first + 1].text
            owners = [
                {id(o) for o in full if o is not cand and surname_of(word, o)} for word in (first, second)
            ]
            opens = any(tokens[o.first].text == first for o in full if o is not cand)  # "Ван Бин"
            apart = owners[0] and owners[1] and not owners[0] & owners[1]
            if apart and not opens and not dictionary_first_name(first):
                out.append(Candidate(cand.first, cand.first + 1, cand.source, ner_type="PER"))
                out.append(Candidate(cand.first + 1, cand.stop, cand.source, ner_type="PER"))
                continue
        out.append(cand)
    return out


def new_group(cands: list[Candidate]) -> int:
    return 1 + max((c.group for c in cands if c.group is not None), default=len(cands))


def join_spelling_variants(tokens: list[Token], cands: list[Candidate]) -> None:
    """`Кессиди Вульф (Кэссиди Вулф; Cassidy Wolf)`: people's names filling a bracket after a
    person's name, one to each part set off by semicolons, are other spellings of that name
    (places so set off are not: `Розенхайме (Бавария; Германия)`)."""
    at_first = {c.first: c for c in cands}
    for cand in list(cands):
        if cand.ner_type != "PER" or cand.stop >= len(tokens) or tokens[cand.stop].text != "(":
            continue
        variants, k = [], cand.stop + 1
        while (inner := at_first.get(k)) is not None and inner.ner_type == cand.ner_type:
            variants.append(inner)
            k = inner.stop + 1
            if k - 1 >= len(tokens) or tokens[k - 1].text != ";":
                break
        if len(variants) < 2 or k - 1 >= len(tokens) or tokens[k - 1].text != ")":
            continue
        if cand.group is None:
            cand.group = new_group(cands)
        for inner in variants:
            inner.group = cand.group


def add_original_spellings(tokens: list[Token], cands: list[Candidate]) -> None:
    """«Фольксваген» (Volkswagen): the bracketed Latin spelling names the same entity, whether
    natasha tagged it or not."""
    at_first = {c.first: c for c in cands}
    for cand in list(cands):
        at = cand.stop + (cand.stop < len(tokens) and tokens[cand.stop].text in patterns.CLOSE_QUOTES)
        if at + 2 >= len(tokens) or tokens[at].text != "(":
            continue
        stop = patterns.latin_run(tokens, at + 1)
        if stop == at + 1 or stop >= len(tokens) or tokens[stop].text != ")":
            continue
        latin = at_first.get(at + 1)
        # a name natasha tagged in the brackets is another entity unless it is spelt out in
        # Latin letters ("в Детройте (США)", "в Детройте (USA)" name the country)
        if latin is not None and (
            latin.stop != stop
            or latin.group is not None
            or not all(is_latin(t.text) and not is_acronym(t.text) for t in tokens[at + 1 : stop])
        ):
            continue
        if cand.group is None:
            cand.group = new_group(cands)
        if latin is not None:
            latin.group = cand.group
        else:
            cands.append(Candidate(at + 1, stop, "ner", ner_type=cand.ner_type, group=cand.group))


MAX_PAIRED_WORDS = 5
PAIRED_POS = frozenset({"NOUN", "PROPN", "ADJ"})


def paired_name_start(tokens: list[Token], at: int) -> int | None:
    """First word of the name before "(" at `at`: back over nouns and adjectives written in
    Cyrillic to the nearest capitalised one ("Международная амнистия"); None when none is."""
    for first in range(at - 1, max(-1, at - 1 - MAX_PAIRED_WORDS), -1):
        token = tokens[first]
        if not token.text.replace("-", "").isalpha() or is_latin(token.text) or token.pos not in PAIRED_POS:
            return None
        if token.text[:1].isupper():
            return first
    return None


def paired_type(tokens: list[Token]) -> str:
    """NER type of an untagged name by its dictionary words: a first name or surname makes a
    person, a place name a place, anything else an organisation."""
    grammemes = {g for t in tokens for p in parses(t.text) if p.is_known for g in p.tag.grammemes}
    return "PER" if {"Name", "Surn"} & grammemes else "LOC" if "Geox" in grammemes else "ORG"


def add_paired_names(tokens: list[Token], cands: list[Candidate]) -> None:
    """ "Международная амнистия (Amnesty International)": a capitalised Cyrillic phrase followed by
    its Latin spelling in brackets is one name written twice, though natasha tagged neither
    (or only the Latin one)."""
    for at in range(1, len(tokens) - 2):
        if tokens[at].text != "(" or not tokens[at + 1].text[:1].isupper():
            continue
        stop = patterns.latin_run(tokens, at + 1)
        if stop == at + 1 or stop >= len(tokens) or tokens[stop].text != ")":
            continue
        if not all(is_latin(t.text) for t in tokens[at + 1 : stop]):
            continue
        first = paired_name_start(tokens, at)
        if first is None:
            continue
        latin = [c for c in cands if (c.first, c.stop) == (at + 1, stop)]
        if any(overlaps(c, Candidate(first, stop, "")) for c in cands if c not in latin):
            continue  # natasha found the Cyrillic name: `add_original_spellings` pairs them
        for cand in latin:
            cands.remove(cand)
        ner_type = latin[0].ner_type if latin else paired_type(tokens[first:at])
        group = new_group(cands)
        cands.append(Candidate(first, at, "ner", ner_type=ner_type, group=group))
        cands.append(Candidate(at + 1, stop, "ner", ner_type=ner_type, group=group))


def parenthesis(tokens: list[Token], first: int, stop: int) -> int | None:
    """Index of "(" in a span "Name (ACRONYM)" or "Имя (Latin Name)", else None."""
    if stop - first < 4 or tokens[stop - 1].text != ")":
        return None
    opening = next((i for i in range(stop - 2, first, -1) if tokens[i].text == "("), None)
    if opening is None or opening == first or stop - opening > MAX_PARENTHESISED:
        return None
    inside = tokens[opening + 1 : stop - 1]
    if len(inside) == 1 and is_acronym(inside[0].text):
        return opening
    return opening if all(is_latin(t.text) or t.text in "-&.," for t in inside) else None


def two_acronyms(tokens: list[Token], first: int, opening: int) -> bool:
    """ "ФСБ (КГБ)": an acronym with another one of the same script in brackets after it."""
    return (
        opening + 2 < len(tokens)
        and tokens[opening + 2].text == ")"
        and acronym_pair(tokens[first:opening], tokens[opening + 1 : opening + 2])
    )


def acronym_pair(name: list[Token], inside: list[Token]) -> bool:
    """Two single acronyms of the same script (`ФСБ`, `КГБ`): one does not spell out the other."""
    return (
        len(name) == len(inside) == 1
        and is_acronym(name[0].text)
        and is_acronym(inside[0].text)
        and is_latin(name[0].text) == is_latin(inside[0].text)
    )


def overlaps(a: Candidate, b: Candidate) -> bool:
    return a.first < b.stop and b.first < a.stop


LATIN_NAME_MARKS = frozenset({"'", "&", ".", "-"})  # inside a Latin name: "Moody's", "S&P", "J.P."


def add_head_names(doc: Doc, cands: list[Candidate]) -> None:
    """Names after head nouns; the head also types an NER span it introduces."""
    found_names = patterns.after_heads(doc.tokens) + patterns.adjective_names(doc.tokens)
    for found in found_names + patterns.domain_names(doc.tokens):
        first, stop = found.first, found.stop
        if doc.tokens[first].text in patterns.OPEN_QUOTES:
            first, stop = first + 1, stop - 1
        shaped = all(patterns.name_word(t) or t.text.isdigit() for t in doc.tokens[first:stop])
        quoted = found.first != first or (first >= 2 and patterns.apostrophe_pair(doc.tokens, first - 2))
        hit = [c for c in cands if overlaps(c, Candidate(first, stop, ""))]
        if any(c.ner_type == "PER" for c in hit) and not (shaped or quoted):
            continue
        if any(c.ner_type == "PER" and c.first == first and c.stop > stop for c in hit) and all(
            all(dictionary_first_name(part) for part in t.text.split("-")) for t in doc.tokens[first:stop]
        ):
            continue  # "фонда Карл-Хенрик Хелдин": a person's first name after the head, not the body's name
        # "организации Азиатско-Тихоокеанского экономического сотрудничества": the name goes on
        # in lower-case words natasha kept in its organisation's span
        longer = max((c.stop for c in hit if c.ner_type == "ORG" and c.first <= first), default=stop)
        if longer > stop and all(
            t.text.islower() or is_latin(t.text) or t.text in LATIN_NAME_MARKS
            for t in doc.tokens[stop:longer]
        ):
            stop = longer  # "агентство Moody's", "агентство S&P Global Ratings": the name as the NER read it
        for cand in hit:
            cands.remove(cand)
        group = next((c.group for c in hit if c.group is not None), None)
        type_, kind = found.type, found.kind
        text = doc.text[doc.tokens[first].start : doc.tokens[stop - 1].stop]
        # "завод Visteon" is the company's plant; "завод ASPAN-1" is the plant's own name.
        if (
            type_ == "facility"
            and shaped
            and not any(c.isdigit() for c in text)
            and found.head == found.first - 1
        ):
            type_, kind = "organization", "company"
        cands.append(
            Candidate(
                first,
                stop,
                "head",
                type=type_,
                kind=kind,
                head_typed=True,
                ner_type=hit[0].ner_type if hit else "",
                group=group,
            )
        )


def join_quoted_prefixes(doc: Doc, cands: list[Candidate]) -> None:
    """A capitalised prefix before a quoted name is part of it when the gazetteer knows the two
    together: "РИА «Новости»" is РИА Новости, not "Новости" ("ИА «Интерфакс»" stays Интерфакс)."""
    tokens = doc.tokens
    taken = {i for c in cands for i in range(c.first, c.stop)}
    for cand in cands:
        first, stop = cand.first, cand.stop
        if (
            first < 2
            or stop >= len(tokens)
            or tokens[first - 1].text not in patterns.OPEN_QUOTES
            or tokens[stop].text not in patterns.CLOSE_QUOTES
            or first - 2 in taken
            or not tokens[first - 2].text.isupper()
            or is_legal_form(tokens[first - 2].text)  # "ООО «Газэкспорт»" names Газэкспорт
        ):
            continue
        entry = gazetteer().find(f"{tokens[first - 2].text} {span_text(doc, cand)}")
        if entry is not None and entry.type == "organization":
            cand.first, cand.stop, cand.entry = first - 2, stop + 1, entry


def add_gazetteer_names(doc: Doc, cands: list[Candidate]) -> None:
    """Countries, regions and alliances natasha did not tag."""
    covered = bytearray(len(doc.tokens))
    for cand in cands:
        covered[cand.first : cand.stop] = b"\x01" * (cand.stop - cand.first)
    gaz = gazetteer()
    i = 0
    while i < len(doc.tokens):
        token = doc.tokens[i]
        if (
            covered[i]
            or not is_capitalised(token.text)
            or not token.text[0].isalpha()
            or not gaz.may_start(token.text, token.lemma)
        ):
            i += 1
            continue
        for n in range(min(MAX_SCAN_WORDS, len(doc.tokens) - i), 0, -1):
            if any(covered[i : i + n]):
                continue
            toks = doc.tokens[i : i + n]
            text = doc.text[toks[0].start : toks[-1].stop]
            entry = gaz.find(text, " ".join(t.lemma for t in toks))
            if entry and (entry.type in SCAN_TYPES or entry.kind in SCAN_KINDS) and toks[-1].pos != "ADJ":
                cands.append(Candidate(i, i + n, "gazetteer", entry=entry))
                i += n - 1
                break
        i += 1


def media_context(doc: Doc, cand: Candidate) -> bool:
    """An outlet reported as a source: "заявил ВФокусе Mail", "пишет Bloomberg"."""
    at = cand.first - 1
    if at >= 0 and doc.tokens[at].text in patterns.OPEN_QUOTES:
        at -= 1
    if at < 0:
        return False
    verb = doc.tokens[at].lemma
    case = doc.tokens[cand.first].feats.get("Case")
    return (verb in SPEECH_VERBS and case == "Dat") or (verb in PUBLISH_VERBS and case in (None, "Nom"))


def word_before(doc: Doc, cand: Candidate) -> int:
    """The index of the word before a name, past an opening quote ("партии «Яблоко»"); -1 for none."""
    at = cand.first - 1
    if at >= 0 and doc.tokens[at].text in patterns.OPEN_QUOTES:
        at -= 1
    return at


def named_by_facility_noun(doc: Doc, cand: Candidate) -> bool:
    """A place name in apposition to a facility's noun ("на авиабазе Инджирлик"), not the genitive
    of its owner or site ("в порту Одессы") nor a place the gazetteer knows."""
    at = word_before(doc, cand)
    if (
        at < 0
        or not doc.tokens[at].text.islower()
        or (head_type(doc.tokens[at].lemma) or ("",))[0] != "facility"
    ):
        return False
    if cand.entry is not None:
        return False  # a place the gazetteer knows ("из аэропорта Москвы") is the site, not the name
    return doc.tokens[cand.first].feats.get("Case") != "Gen"


# Lower-case nouns naming a part, an organ or a stake of an organisation, followed
# by the organisation in the genitive: they tell its kind ("политсовета «Единой
# России»", "крайкома КПРФ", "совета директоров «Газпрома»", "акционер Vestas").
OWNER_KINDS: dict[str, str] = {
    **dict.fromkeys(
        ("фракция", "политсовет", "генсовет", "крайком", "обком", "райком", "горком", "однопартиец"),
        "party",
    ),
    **dict.fromkeys(
        ("акционер", "совладелец", "гендиректор", "правление", "совет директоров", "топ-менеджер", "дочка"),
        "company",
    ),
}


# Nouns before a body's own name in apposition that the extractor does not take
# for a name's head: "фракция «Свобода»" is a party, "коалиция «Европейский выбор»" an alliance.
NAMED_BY_KIND: dict[str, tuple[str, str]] = {
    "фракция": ("organization", "party"),
    "коалиция": ("organization", "alliance"),
}


def owner_kind(doc: Doc, cand: Candidate, at: int) -> str | None:
    if at < 0 or not doc.tokens[at].text.islower():
        return None
    if doc.tokens[cand.first].feats.get("Case") not in (None, "Gen"):
        return None
    lemma = doc.tokens[at].lemma
    if lemma == "директор" and at > 0 and doc.tokens[at - 1].lemma == "совет":
        lemma = "совет директоров"
    return OWNER_KINDS.get(lemma)


def brand_like(toks: list[Token]) -> bool:
    """An organisation's name that no word describes: one word that is not an acronym
    ("Газпром", "Металлоинвест", "Vestas") or a name in Latin letters ("Lockheed Martin"):
    in the news such names are mostly companies' brands."""
    words = [t for t in toks if t.text not in patterns.OPEN_QUOTES and t.text not in patterns.CLOSE_QUOTES]
    if not words:
        return False
    if all(is_latin(t.text) for t in words):
        return not (len(words) == 1 and is_acronym(words[0].text) and len(words[0].text) <= 2)
    return len(words) == 1 and not is_acronym(words[0].text) and words[0].text[:1].isupper()


# Places of confinement named after their site: "лагерь Гуантанамо", "тюрьма Абу-Грейб".
DETENTION_HEADS = frozenset({"тюрьма", "лагерь", "концлагерь", "спецтюрьма", "изолятор", "СИЗО", "сизо"})


def detention_site(doc: Doc, cand: Candidate) -> bool:
    """A place name after a lower-case prison noun in apposition is the prison, not the place
    ('в лагере Гуантанамо'); a genitive owner stays a place ('тюрьмы Ирака' has Ирак)."""
    at = word_before(doc, cand)
    if at < 0 or doc.tokens[at].lemma not in DETENTION_HEADS or doc.tokens[at].text[:1].isupper():
        return False
    if cand.entry is not None and cand.entry.type == "country":
        return False
    word = doc.tokens[cand.first].text
    indeclinable = is_latin(word) or any("Fixd" in p.tag for p in parses(word)[:1])
    return doc.tokens[cand.first].feats.get("Case") != "Gen" or indeclinable


REGION_HEADS = frozenset({"область", "край", "район", "округ", "республика", "провинция", "штат", "губерния"})


def share_region_heads(doc: Doc, cands: list[Candidate]) -> None:
    """Adjectives sharing one plural head name one region each: "Ярославской и Владимирской
    областей" names Ярославская область as well as Владимирская область."""
    by_first = {c.first: c for c in cands}
    for cand in cands:
        tok = doc.tokens[cand.first]
        if (
            cand.stop - cand.first != 1
            or cand.type != "location"
            or tok.pos != "ADJ"
            or cand.entry is not None
        ):
            continue
        at = cand.stop
        if at >= len(doc.tokens) or doc.tokens[at].text not in ("и", ","):
            continue
        other = by_first.get(at + 1)
        if other is None or other.type != "location" or other.stop - other.first != 2:
            continue
        head = doc.tokens[other.stop - 1]
        if head.lemma not in REGION_HEADS or head.feats.get("Number") != "Plur":
            continue
        noun = inflect(head, {"nomn", "sing"})
        gender = next((p.tag.gender for p in parses(noun) if p.tag.POS == "NOUN"), None)
        for one in (c for c in (cand, other) if c.entry is None):
            adjective = inflect(doc.tokens[one.first], {"nomn", "sing"} | ({gender} if gender else set()))
            one.name = f"{adjective} {noun}"
            entry = gazetteer().find(one.name)
            if entry is not None and entry.type == "location":
                one.entry, one.name = entry, entry.ru


def plural_title(token: Token) -> bool:
    """A one-word name read only as a plural inanimate noun in the dative, instrumental or
    locative ("Викиновостям", "Ведомостям"): the title of an outlet or a body, never a person's
    name (a genitive plural reading is no sign: "Коллинз", "Шахназ")."""
    found = parses(token.text)
    return bool(found) and all(
        p.tag.POS == "NOUN"
        and "plur" in p.tag
        and "inan" in p.tag
        and p.tag.case in ("datv", "ablt", "loct")
        and not {"Name", "Surn", "Patr"} & set(p.tag.grammemes)
        for p in found
    )


def known_title(token: Token) -> bool:
    """A one-word name the gazetteer knows as an organisation and the dictionary only as an
    inanimate common noun ("Викиновости сообщали"): the title, not a person the NER saw."""
    found = parses(token.text)
    if not any(p.tag.POS == "NOUN" for p in found) or any(
        "anim" in p.tag or {"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in found
    ):
        return False
    entry = gazetteer().find(token.text, token.lemma)
    return entry is not None and entry.type == "organization"


def same_generation(text: str, entry: Entry) -> bool:
    """A father and a son share a name: "Хантсмена-старшего" is not "Джон Хантсман-младший"."""
    written, known = generation(text), generation(entry.ru)
    return written is None or known is None or written == known


# A surname after an Arabic article or a particle joined by a hyphen ("ас-Сиси", "Аль-Асад",
# "бен-Гурион"): a person's name, not a brand in camel case.
ARTICLE_NAME = re.compile(r"(?i:аль?|а[сшдрзтн]|эль|э[дрстш]|ибн|бин|бен|абу)-[А-ЯЁ][а-яё]")


def decide(doc: Doc, cand: Candidate) -> None:
    """Type, kind, gazetteer entry and canonical name of one candidate."""
    toks = doc.tokens[cand.first : cand.stop]
    text = span_text(doc, cand)
    lemmas = [t.lemma for t in toks]
    if cand.entry is None and (cand.ner_type != "PER" or len(toks) > 1):
        entry = gazetteer().find(text, " ".join(lemmas))
        if entry and (entry.type == "person") == (cand.ner_type == "PER") and same_generation(text, entry):
            cand.entry = entry
    if cand.entry is None and cand.ner_type == "PER" and len(toks) == 1 and known_title(toks[0]):
        cand.entry = gazetteer().find(text, lemmas[0])
    entry = cand.entry
    if cand.head_typed:
        # "совместное предприятие Uz-Kaz Motors": the name's own words say company.
        if cand.type == "facility" and org_kind(lemmas) == "company":
            cand.type, cand.kind = "organization", "company"
    elif cand.ner_type == "PER" and not (
        len(toks) == 1
        and (
            (is_camel(toks[0].text) and not ARTICLE_NAME.match(toks[0].text))
            or plural_title(toks[0])
            or cand.entry is not None
        )
    ):
        cand.type = "person"
    elif entry is not None:
        cand.type, cand.kind = entry.type, entry.kind
    elif cand.ner_type in ("LOC", "ORG") and (person_by_role(doc, cand) or stage_name(doc, cand)):
        cand.type = "person"  # "Еврокомиссар по расширению Марта Кос": NER's LOC for a woman's name
    else:
        # A one-word brand in camel case ("ПолитНавигатору") is no person's name.
        cand.type = NER_TYPES.get(cand.ner_type, "organization") if cand.ner_type != "PER" else "organization"
        head = next((t.lemma for t in reversed(toks) if t.pos == "NOUN"), None)
        typed = head_type(head) if head and cand.ner_type == "LOC" else None
        if typed and typed[0] in ("project", "facility"):
            cand.type = typed[0]
    if cand.type == "location" and detention_site(doc, cand):
        cand.type, cand.kind, cand.entry = "facility", None, None
    if cand.type == "location" and named_by_facility_noun(doc, cand):
        cand.type, cand.kind, cand.entry = "facility", None, None  # "на авиабазе Инджирлик"
    seat = SEAT_BODIES.get(lemmas[0].lower()) if len(lemmas) == 1 and cand.ner_type != "PER" else None
    if seat is not None:
        cand.type, cand.kind = "organization", seat
    before = word_before(doc, cand)
    if cand.type == "organization" and not cand.kind and before >= 0:
        lemma = doc.tokens[before].lemma
        typed = head_type(lemma) or NAMED_BY_KIND.get(lemma)  # "агентство Рейтер", "партии «Яблоко»"
        if typed and typed[0] == "organization" and doc.tokens[before].text.islower():
            cand.kind = typed[1]
    if cand.type == "organization" and not cand.kind:
        cand.kind = (
            (entry.kind if entry else None)
            or org_kind(lemmas)
            or ("media" if media_context(doc, cand) else None)
            or owner_kind(doc, cand, before)
            # the Latin spelling of a name written in Russian too tells nothing of its kind
            or (
                "company"
                if brand_like(toks) and not (cand.group is not None and is_latin(toks[0].text))
                else "other"
            )
        )
    cand.name = canonical(cand, toks, text)


def named_in(place: Candidate, name: str, doc: Doc) -> bool:
    """Whether a gazetteer row's name already holds the place ("… суд города Москвы" and "Москвы")."""
    return f" {lemma_key(span_text(doc, place))}" in f" {lemma_key(name)}"


# Words for a body's regional or main department written before the body's own acronym
# ("ГУ МВД по Москве", "ТУ Росимущества"): no organisation by themselves.
UNIT_PREFIXES = frozenset({"ГУ", "ТУ"})


def join_unit_prefixes(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """ "ГУ" right before an organisation's name ("ГУ МВД по Москве") is part of that name,
    not an organisation called "ГУ"."""
    by_first = {c.first: c for c in cands if c.ner_type == "ORG"}
    out, dropped = [], set()
    for cand in cands:
        if id(cand) in dropped:
            continue
        body = by_first.get(cand.stop)
        if cand.ner_type == "ORG" and span_text(doc, cand) in UNIT_PREFIXES and body is not None:
            dropped.add(id(body))
            out.append(Candidate(cand.first, body.stop, body.source, ner_type="ORG", group=body.group))
            continue
        out.append(cand)
    return out


def attach_tails(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """An organisation followed by a place in the genitive takes it into its name
    ("Министерства обороны России", "Конгресса США"); the place keeps its own mention."""
    by_first = {c.first: c for c in cands if c.type in ("country", "location")}
    owners = {c.first: c for c in cands if c.type == "organization" and c.kind == "alliance"}
    out = []
    for cand in cands:
        tail = by_first.get(cand.stop)
        owner = owners.get(cand.stop)
        if (
            owner is not None
            and cand.type == "organization"
            and cand.kind != "alliance"
            and any(
                t.pos in ("NOUN", "PROPN") and institutions.head_lemma(t) in institutions.OWNED_HEADS
                for t in doc.tokens[cand.first : cand.stop]
            )
            and glued_tokens(doc, cand.stop)
        ):
            # "Совет Безопасности ООН": the body's mention takes its organisation in; so does its name.
            whole = Candidate(cand.first, owner.stop, "tail", ner_type="ORG", kind=cand.kind)
            decide(doc, whole)
            if whole.entry is None and cand.entry is not None:
                whole.entry, whole.name = cand.entry, cand.entry.ru
            whole.kind = whole.kind if whole.kind not in (None, "alliance") else "other"
            out.append(whole)
            continue
        if (
            tail is None
            or cand.type != "organization"
            or cand.kind in ("alliance", "media")
            or doc.tokens[tail.first].feats.get("Case") != "Gen"
            or not glued_tokens(doc, cand.stop)
        ):
            out.append(cand)
            continue
        short = body_short_name(doc, cand)
        if short is not None and tail.type != "country":
            # "ФСБ Чечни", "МВД Петербурга": the federal body's office there, named by the body.
            out.append(cand)
            continue
        whole = Candidate(
            cand.first, tail.stop, "tail", ner_type="ORG", kind=cand.kind, core=name_key(doc, cand)
        )
        decide(doc, whole)
        if short is not None:
            whole.shown_stop = cand.stop
            if whole.entry is None:
                whole.name = f"{short} {span_text(doc, tail)}"
                whole.kind = "government"
        elif whole.entry is None and cand.entry is not None and named_in(tail, cand.entry.ru, doc):
            # "Басманный суд Москвы": the row's name says the place already
            whole.entry, whole.name = cand.entry, cand.entry.ru
        elif whole.entry is None and cand.entry is not None:
            # A row named by a body's short name ("Минобороны") is spelled out with its country.
            base = (
                acronyms.body_expansion(cand.entry.ru) if " " not in cand.entry.ru else None
            ) or cand.entry.ru
            whole.name = f"{base} {span_text(doc, tail)}"
        whole.kind = whole.kind or cand.kind
        if whole.kind == "other" and institutions.before_country(doc.tokens, tail.first):
            whole.kind = "government"  # "Палата представителей США"
        out.append(whole)
    return out


def body_short_name(doc: Doc, cand: Candidate) -> str | None:
    """The spelled-out name of a one-word short name of a state body ("МИДа", "Минобороны"), else None.

    Its mention stays the short name when the country follows in the genitive ("МИД России"):
    the country keeps a mention of its own."""
    if cand.stop - cand.first != 1 or not doc.tokens[cand.first].text[:1].isupper():
        return None
    return acronyms.body_expansion(doc.tokens[cand.first].text)


def add_juries(doc: Doc, cands: list[Candidate]) -> None:
    """Juries, bodies of their own that deliver verdicts: "Коллегия присяжных признала …",
    "Жюри присяжных заседателей", "суд присяжных" (named in the nominative, capitalised); a name
    the NER found inside the phrase gives way to it."""
    tokens = doc.tokens
    for i in range(len(tokens) - 1):
        if tokens[i].lemma not in JURY_HEADS or tokens[i + 1].lemma != "присяжный":
            continue
        stop = i + 3 if i + 2 < len(tokens) and tokens[i + 2].text.lower().startswith("заседател") else i + 2
        hit = [c for c in cands if c.first < stop and i < c.stop]
        if any(c.first < i or c.stop > stop for c in hit):
            continue  # inside a longer name
        for cand in hit:
            cands.remove(cand)
        jury = Candidate(i, stop, "institution", type="organization", kind="government", ner_type="ORG")
        phrase = tokens[i:stop]
        jury.name = institutions.capitalised(nominative(phrase, doc.text[phrase[0].start : phrase[-1].stop]))
        jury.core = f"organization:{lemma_key(jury.name)}"
        cands.append(jury)


def add_institutions(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """State bodies natasha missed: "правительства Украины", "японская полиция".
    A country written out keeps its own mention inside the body's."""
    tokens = doc.tokens
    out = list(cands)

    places = {c.first: c.stop for c in cands if c.type in ("country", "location")}

    def add(body: institutions.Body, stop: int, country: str | None, kind: str = "government") -> None:
        hit = [c for c in out if c.first < body.stop and body.first < c.stop]
        # natasha sometimes takes "Вьетнамская полиция" for a place: the head noun says otherwise.
        # A bare "МИД" after "китайский" is no longer the gazetteer's bare ministry.
        if any(
            c.source != "ner" or (c.entry is not None and country is None) or c.stop > body.stop for c in hit
        ):
            return
        for cand in hit:
            out.remove(cand)
        known = next((c.entry for c in hit if c.entry is not None and c.entry.type == "organization"), None)
        hosted = stop
        if institutions.head_lemma(tokens[body.head]) in institutions.HOSTED_HEADS:
            hosted = institutions.host_stop(tokens, stop, places)
        whole = Candidate(body.first, hosted, "institution", ner_type="ORG", kind=kind)
        whole.head, whole.complement = body.head, body.complement
        phrase = tokens[body.first if country is None else body.head : body.stop]
        head_name = institutions.capitalised(nominative(phrase, doc.text[phrase[0].start : phrase[-1].stop]))
        short = (
            acronyms.body_expansion(phrase[0].text)
            if len(phrase) == 1 and phrase[0].text[:1].isupper()
            else None
        )
        if short is not None and country is None:
            head_name = short
            whole.shown_stop = body.stop
        whole.core = f"organization:{lemma_key(head_name)}"
        if known is not None and country is not None and body.stop - body.first == 2:
            head_name = known.ru  # "китайский МИД" is the Министерство иностранных дел Китая
        decide(doc, whole)
        if whole.entry is not None and whole.entry.type != "organization":
            whole.entry = None
        if country is not None:
            whole.name = f"{head_name} {institutions.genitive(country)}"
            if hosted > stop:
                whole.name += " " + doc.text[tokens[stop].start : tokens[hosted - 1].stop]
            found = gazetteer().find(whole.name)
            whole.entry = found if found and found.type == "organization" else None
        if whole.entry is not None:
            whole.name = whole.entry.ru
        else:
            whole.name = institutions.capitalised(whole.name)
        whole.type, whole.kind = "organization", kind
        out.append(whole)

    for cand in list(cands):
        if cand.first == 0 or not glued_tokens(doc, cand.first):
            continue
        if cand.type == "country":
            body = institutions.before_country(tokens, cand.first)
            if body is not None:
                add(body, cand.stop, None, institutions.body_kind(tokens[body.head]))
        elif cand.type == "location" and (cand.entry is None or cand.entry.type == "location"):
            # "прокуратура Бишкека": a city's or a region's own body
            body = institutions.before_country(tokens, cand.first)
            if body is not None and institutions.head_lemma(tokens[body.head]) in institutions.LOCAL_HEADS:
                add(body, cand.stop, None)
        elif cand.type == "organization" and cand.kind == "alliance":
            # "миссия Евросоюза", "комиссия ООН": a body of an international organisation
            body = institutions.before_country(tokens, cand.first)
            if body is not None and institutions.head_lemma(tokens[body.head]) in institutions.OWNED_HEADS:
                add(body, cand.stop, None, "other")
        elif cand.type == "organization":
            # "военной прокуратуре РВСН": the prosecutors of a force or a body
            body = institutions.before_country(tokens, cand.first)
            if body is not None and institutions.head_lemma(tokens[body.head]) in institutions.SERVED_HEADS:
                add(body, cand.stop, None)
    countries = institutions.adjective_countries()
    for i, token in enumerate(tokens):
        if token.pos == "ADJ" and token.lemma in countries:
            body = institutions.after_adjective(tokens, i)
            if body is not None:
                add(body, body.stop, countries[token.lemma], institutions.body_kind(tokens[body.head]))
    starts = {c.first for c in out if c.type in ("country", "location")}  # those name a country's body
    home = home_country(cands)
    for i in range(len(tokens)):
        body = institutions.bare(tokens, i)
        if body is not None and body.stop not in starts and not named_before(tokens, out, body):
            forces = institutions.head_lemma(tokens[body.head]) in institutions.FORCES
            if forces and any(
                overlaps(c, Candidate(body.first, body.stop, ""))
                and (c.first, c.stop) != (body.first, body.stop)
                for c in out
            ):
                continue  # "Королевских военно-воздушных сил": natasha's name is the longer one
            add(body, body.stop, None)
            if forces and home and out[-1].first == body.first:
                name_home_forces(out[-1], home)
    return sorted(out, key=sort_key)


def named_before(tokens: list[Token], cands: list[Candidate], body: institutions.Body) -> bool:
    """Whether a body with that head and complement was named before with its country ("Кабинет
    министров Украины … кабинет министров"): the later phrase is linked back to it, not a body of its own."""
    lemma = institutions.body_lemma(tokens[body.head])
    return any(
        c.source == "institution"
        and c.first < body.first
        and institutions.body_lemma(tokens[c.head]) == lemma
        and c.complement == body.complement
        for c in cands
    )


def home_country(cands: list[Candidate]) -> str | None:
    """The country an article is about: named at least twice, and more often than any other."""
    counts: dict[str, int] = {}
    for cand in cands:
        if cand.type == "country":
            counts[cand.name] = counts.get(cand.name, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def name_home_forces(cand: Candidate, country: str) -> None:
    """ "вооружённых сил" with no country written are the forces of the article's country."""
    cand.name = f"{cand.name} {institutions.genitive(country)}"
    found = gazetteer().find(cand.name)
    if found is not None and found.type == "organization":
        cand.entry, cand.name = found, found.ru


# A later bare "суд" is as often a court of another instance ("Суд более низкой инстанции").
INSTANCE_HEADS = frozenset({"суд"})


def link_bare_heads(doc: Doc, cands: list[Candidate], owner: dict[int, int]) -> None:
    """A later bare "сенат", "министерство" ("Полиция" opening a sentence) is the article's only such body."""
    tokens = doc.tokens
    bodies: dict[str, dict[int, tuple[int, tuple[str, ...]]]] = {}
    named: dict[str, dict[int, tuple[int, tuple[str, ...]]]] = {}
    for i, cand in enumerate(cands):
        if cand.source == "institution" and institutions.head_lemma(tokens[cand.head]) not in INSTANCE_HEADS:
            seen = bodies.setdefault(institutions.body_lemma(tokens[cand.head]), {})
            seen.setdefault(owner[i], (cand.stop, cand.complement))
        head = institutions.NAMED_HEADS.get(tokens[cand.first].lemma) if cand.stop - cand.first == 1 else None
        if head is not None and cand.type == "organization":
            named.setdefault(head, {}).setdefault(owner[i], (cand.stop, ()))
    for head, known in named.items():
        bodies.setdefault(head, known)  # "Полиция Уилтшира" named too: the bare noun is that one's
    covered = bytearray(len(tokens))
    for cand in cands:
        covered[cand.first : cand.stop] = b"\x01" * (cand.stop - cand.first)
    for i, token in enumerate(tokens):
        found = bodies.get(institutions.body_lemma(token))
        if (
            covered[i]
            or not (token.text.islower() or (token.text[1:].islower() and opens_sentence(doc, i)))
            or not found
            or len(found) != 1
            or token.feats.get("Number") == "Plur"
        ):
            continue
        ((ent, (after, complement)),) = found.items()
        stop = institutions.complement_stop(tokens, i, len(tokens))
        words = tuple(t.lemma for t in tokens[i + 1 : stop])
        if i < after or (words and words != complement) or any(covered[i:stop]):
            continue
        cands.append(Candidate(i, stop, "repeat"))
        owner[len(cands) - 1] = ent
        covered[i:stop] = b"\x01" * (stop - i)


def add_ambassadors_embassy(doc: Doc, cands: list[Candidate]) -> None:
    """A bare "посольство", "дипмиссия" in an article about an ambassador ("Посол Японии в
    России …") with no embassy named: the embassy of the ambassador named first, with
    the host country where one is written ("Посольство Японии в России"), a body of its own. Later bare mentions join it (`link_bare_heads`)."""
    tokens = doc.tokens
    if any(
        c.source == "institution" and institutions.body_lemma(tokens[c.head]) == "посольство" for c in cands
    ):
        return
    places = {c.first: c for c in cands if c.type in ("country", "location")}
    sent: list[str] = []
    for i, token in enumerate(tokens[:-1]):
        country = places.get(i + 1)
        if token.lemma == "посол" and country is not None and country.type == "country":
            name = f"Посольство {institutions.genitive(country.name)}"
            host = institutions.host_stop(tokens, country.stop, {c.first: c.stop for c in places.values()})
            if host > country.stop:
                name += " " + doc.text[tokens[country.stop].start : tokens[host - 1].stop]
            sent.append(name)
    if not sent:
        return
    covered = bytearray(len(tokens))
    for cand in cands:
        covered[cand.first : cand.stop] = b"\x01" * (cand.stop - cand.first)
    for i, token in enumerate(tokens):
        if (
            not covered[i]
            and token.text.islower()
            and institutions.body_lemma(token) == "посольство"
            and token.feats.get("Number") != "Plur"
        ):
            cand = Candidate(
                i,
                i + 1,
                "institution",
                type="organization",
                kind="government",
                name=max(sent, key=lambda n: (" в " in n, -sent.index(n))),
            )
            cand.head, cand.head_typed = i, True
            cands.append(cand)
            cands.sort(key=sort_key)
            return


def glued_tokens(doc: Doc, i: int) -> bool:
    return doc.text[doc.tokens[i - 1].stop : doc.tokens[i].start] == " "


def place_nominative(token: Token) -> str | None:
    """The nominative of a one-word place name written in an oblique case, when the
    dictionary knows it as a place name in that case ("в Караганде" -> Караганда,
    "в Речице" -> Речица); None for other words (the tagger's lemma stands)."""
    if not token.text[:1].isupper() or fixed_form(token.text):
        return None
    for parse in parses(token.text):
        if not parse.is_known:
            continue  # guessed from the ending: "Ньюпорте" is no "Ньюпорта"
        if "Geox" in parse.tag and parse.tag.case not in (None, "nomn"):
            form = parse.inflect({"nomn"})
            return match_case(form.word if form else parse.normal_form, token.text)
        if "Geox" in parse.tag:
            return None  # a place name in the nominative: as written
    return None


def canonical(cand: Candidate, toks: list[Token], text: str) -> str:
    if cand.type == "person":
        if len(toks) > 2 and toks[-1].text == "." and INITIAL.fullmatch(toks[-2].text):
            return person_nominative(toks[:-1], "") + "."  # "Лаурентий Д.": a surname's initial
        return person_nominative(toks, cand.normal)
    if cand.entry is not None:
        return cand.entry.ru
    if all(fixed_form(t.text) for t in toks):
        return text
    if cand.ner_type == "LOC" and not cand.head_typed and len(toks) == 1:
        place = place_nominative(toks[0])
        if place or cand.normal:
            return place or cand.normal
    # Our own nominative: natasha's inflects genitive tails, and leaves some
    # one-word names oblique ("Известиям").
    return nominative(toks, text)


class Clusters:
    """Union-find over candidate indices."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def groups(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return out


def name_key(doc: Doc, cand: Candidate) -> str:
    key = f"gaz:{cand.entry.id}" if cand.entry is not None else ""
    if not key:
        family = "place" if cand.type in ("country", "location") else cand.type
        key = f"{family}:{lemma_key(cand.name)}"
    return key + qualifier(doc, cand)


def qualifier(doc: Doc, cand: Candidate) -> str:
    """A relational adjective before a bare organisation name tells whose it is:
    "японского МИДа" and "МИД" are two ministries."""
    before = doc.tokens[cand.first - 1] if cand.first else None
    # A state body names its country: "переходного правительства Мали" is the government of Мали.
    if cand.source == "institution":
        return ""
    if cand.type != "organization" or before is None or before.pos != "ADJ" or not before.text.islower():
        return ""
    return "|" + before.lemma


def cluster(doc: Doc, cands: list[Candidate]) -> dict[int, list[int]]:
    sets = Clusters(len(cands))
    by_group: dict[int, int] = {}
    by_key: dict[str, int] = {}
    shared = shared_surnames(doc, cands)
    for i, cand in enumerate(cands):
        if cand.group is not None:
            sets.union(by_group.setdefault(cand.group, i), i)
        if i not in shared:
            sets.union(by_key.setdefault(name_key(doc, cand), i), i)
    join_surnames(doc, cands, sets)
    join_trailing_names(doc, cands, sets)
    join_middle_names(cands, sets)
    join_patronymic_names(doc, cands, sets)
    join_acronyms(doc, cands, sets)
    join_cores(doc, cands, sets)
    return sets.groups()


def join_cores(doc: Doc, cands: list[Candidate], sets: Clusters) -> None:
    """A bare "МИД" joins "МИД России" when the article names only one such ministry."""
    cores: dict[str, set[str]] = {}
    first_of: dict[str, int] = {}
    for i, cand in enumerate(cands):
        if cand.core:
            key = name_key(doc, cand)
            cores.setdefault(cand.core, set()).add(key)
            first_of.setdefault(key, i)
    for i, cand in enumerate(cands):
        wholes = cores.get(name_key(doc, cand), set())
        if not cand.core and len(wholes) == 1:
            sets.union(first_of[next(iter(wholes))], i)


def shared_surnames(doc: Doc, cands: list[Candidate]) -> set[int]:
    """Lone surnames that two full names share ("Алла Бут", "Виктор Бут"): each joins the
    nearest full name (`join_surnames`), not all the others with the same word."""
    full: dict[str, set[str]] = {}
    for i in bare_surname_holders(doc, cands):
        for form in surname_forms(without_generation(person_words(doc, cands[i])[-1])):
            full.setdefault(form, set()).add(name_key(doc, cands[i]))
    return {
        i
        for i, cand in enumerate(cands)
        if cand.type == "person"
        and len(words := person_words(doc, cand)) == 1
        and any(len(full.get(form, ())) > 1 for form in surname_forms(words[0]))
    }


def bare_surname_holders(doc: Doc, cands: list[Candidate]) -> list[int]:
    """The full names a lone surname may stand for. A father named beside his son
    ("Джона Хантсмена-старшего") is one only when no other full name has that surname."""
    last = {
        i: words[-1]
        for i, c in enumerate(cands)
        if c.type == "person" and len(words := person_words(doc, c)) - particles(words) > 1
    }
    forms = {i: surname_forms(without_generation(word)) for i, word in last.items()}
    return [
        i
        for i in last
        if generation(last[i]) != "старш"
        or not any(generation(last[j]) != "старш" and forms[j] & forms[i] for j in last)
    ]


def person_words(doc: Doc, cand: Candidate) -> list[str]:
    """The words of a person's name as written ("О’Мэлли" is one)."""
    return apostrophe_words(doc.tokens[cand.first : cand.stop])


def particles(words: list[str]) -> int:
    """How many lower-case particles open a surname ("фон дер Ляйен": 2); 0 for a full name."""
    count = 0
    while count < len(words) - 1 and words[count].isalpha() and words[count].islower():
        count += 1
    return count if count == len(words) - 1 else 0


def join_surnames(doc: Doc, cands: list[Candidate], sets: Clusters) -> None:
    """A one-word person joins the nearest full name before it (or after) with that
    surname; failing that, the only full name with that first name ("Том" -> "Том Мур")."""
    persons = [i for i, c in enumerate(cands) if c.type == "person"]
    words = {i: person_words(doc, cands[i]) for i in persons}
    full = bare_surname_holders(doc, cands)
    surnames = {
        i: (without_generation(words[i][-1]), surname_forms(without_generation(words[i][-1]))) for i in full
    }
    firsts = {i: surname_forms(words[i][0]) for i in full}
    for i in persons:
        cand = cands[i]
        if initialled(doc, cand):
            join_initialled(doc, cands, sets, i, [j for j in full if not initialled(doc, cands[j])])
        if len(words[i]) != 1:
            continue  # "фон дер Ляйен", "Лопес Обрадор": join_trailing_names
        word = words[i][0]
        forms = surname_forms(word)
        fits = [j for j in full if forms & surnames[j][1] or same_stem(word, surnames[j][0])]
        if not fits:
            named = {name_key(doc, cands[j]): j for j in full if forms & firsts[j]}
            fits = list(named.values()) if len(named) == 1 else []
        fits = gendered_fits(doc, cands, cand, fits)
        fits = agreeing_fits(doc, cands, cand, fits)
        if fits:
            before = [j for j in fits if cands[j].first < cand.first]
            sets.union(before[-1] if before else fits[0], i)


# Endings of Russian surnames that only one gender's forms have ("Аксаков", "Аксаковым" are a
# man's; "Аксаковой" a woman's), and those both share, which the case tells apart ("Аксакова" is a
# woman in the nominative, a man in the genitive or accusative).
MANS_SURNAME = re.compile(r"(?:[оеё]в|[иы]н)(?:ым|е)?$|[сц]к(?:ий|ого|ому|им|ом)$")
WOMANS_SURNAME = re.compile(r"(?:[оеё]в|[иы]н)ой$|[сц]к(?:ая|ой|ую)$")
SHARED_SURNAME = {"а": {"Nom": "Fem", "Gen": "Masc", "Acc": "Masc"}, "у": {"Dat": "Masc", "Acc": "Fem"}}
SHARED_STEM = re.compile(r"(?:[оеё]в|[иы]н)[ау]$")


def surname_gender(token: Token) -> str | None:
    """The gender a lone Russian surname's form gives, by its ending or, for an ending both
    genders have, by the case the tagger gave it; None when neither says it."""
    word = token.text.lower()
    if MANS_SURNAME.search(word):
        return "Masc"
    if WOMANS_SURNAME.search(word):
        return "Fem"
    if SHARED_STEM.search(word):
        return SHARED_SURNAME[word[-1]].get(token.feats.get("Case", ""))
    return None


def gendered_fits(doc: Doc, cands: list[Candidate], cand: Candidate, fits: list[int]) -> list[int]:
    """The full names a lone surname's form allows: "Аксаков" is "Иван Аксаков", not "Вера
    Аксакова" named after him; "По словам Лазарева" is "Олег Лазарев", not "Валентина Лазарева".
    All of them when none is of that gender (a typo: "интервью Ефимов CNN" for Юлия Ефимова)."""
    if cand.stop - cand.first != 1 or len(fits) < 2:
        return fits
    return of_gender(doc, cands, fits, surname_gender(doc.tokens[cand.first]))


def agreeing_fits(doc: Doc, cands: list[Candidate], cand: Candidate, fits: list[int]) -> list[int]:
    """The full names a lone surname may join whose gender the words agreeing with it allow:
    "Джанет Рено … её брат Роберт Рено … Рено сказала" is Джанет. All of them where nothing says
    the gender, or where none agrees (a foreign name's gender is a guess)."""
    if len(fits) < 2:
        return fits
    gender = agreeing_gender(doc, doc.tokens[cand.first].start, doc.tokens[cand.stop - 1].stop)
    return of_gender(doc, cands, fits, gender)


def of_gender(doc: Doc, cands: list[Candidate], fits: list[int], gender: str | None) -> list[int]:
    """The fits whose gender is `gender` or unknown; all of them when none is, or no gender is given."""
    if gender is None:
        return fits
    kept = [
        j
        for j in fits
        if span_gender(doc, doc.tokens[cands[j].first].start, doc.tokens[cands[j].stop - 1].stop)
        in (gender, None)
    ]
    return kept or fits


def initialled(doc: Doc, cand: Candidate) -> bool:
    """A person named by initials and a surname ("Ю.Балуевский", "С. В. Лавров")."""
    toks = doc.tokens[cand.first : cand.stop]
    cut = initials_stop(toks)
    return bool(cut) and len(toks) - cut == 1


def join_initialled(doc: Doc, cands: list[Candidate], sets: Clusters, i: int, full: list[int]) -> None:
    """ "Ю.Балуевский" joins the nearest full name before it (or after) with that surname and a
    first name starting with that initial ("Юрий Балуевский")."""
    cand = cands[i]
    initial = doc.tokens[cand.first].text.lower()
    forms = surname_forms(doc.tokens[cand.stop - 1].text)
    fits = [
        j
        for j in full
        if forms & surname_forms(doc.tokens[cands[j].stop - 1].text)
        and doc.tokens[cands[j].first].text.lower().startswith(initial)
    ]
    if fits:
        before = [j for j in fits if cands[j].first < cand.first]
        sets.union(before[-1] if before else fits[0], i)


def join_trailing_names(doc: Doc, cands: list[Candidate], sets: Clusters) -> None:
    """A surname of several words said alone ("Ван дер Беллен", "Лопес Обрадор", "Фернандес де
    Киршнер") joins the one full name in the article that ends in those words."""
    persons = [i for i, c in enumerate(cands) if c.type == "person"]
    words = {i: [w.lower().replace("ё", "е") for w in person_words(doc, cands[i])] for i in persons}
    for i in persons:
        short = words[i]
        if len(short) < 2 or initialled(doc, cands[i]) or dictionary_first_name(short[0]):
            continue  # "Эдвард Сноуден" is a full name, whatever span ends in it
        longer = {
            " ".join(words[j]): j
            for j in persons
            if len(words[j]) > len(short)
            and words[j][-len(short) : -1] == short[:-1]
            and surname_forms(words[j][-1]) & surname_forms(short[-1])
        }
        if len(longer) == 1:
            sets.union(next(iter(longer.values())), i)


def join_middle_names(cands: list[Candidate], sets: Clusters) -> None:
    """ "Реджеп Эрдоган" is "Реджеп Тайип Эрдоган": a full name without a middle name joins the name
    with the same first name and surname, when only one such name is in the article; a Spanish
    double surname may follow ("Кармен Мелендес" is "Кармен Тереса Мелендес Ривас")."""
    words = {
        i: lemma_key(c.name).split()
        for i, c in enumerate(cands)
        if c.type == "person" and len(lemma_key(c.name).split()) >= 2
    }
    longer: dict[tuple[str, str], set[str]] = {}
    first_of: dict[str, int] = {}
    for i, w in words.items():
        if len(w) >= 3:
            for surname in {w[-1], w[-2]} if len(w) >= 4 else {w[-1]}:
                longer.setdefault((w[0], surname), set()).add(" ".join(w))
            first_of.setdefault(" ".join(w), i)
    for i, w in words.items():
        if len(w) != 2:
            continue
        names = longer.get((w[0], w[-1]), set())
        if len(names) == 1:
            sets.union(first_of[next(iter(names))], i)


PATRONYMIC_ENDINGS = ("ович", "евич", "ич", "овна", "евна", "ична", "инична")


def first_and_patronymic(name: str) -> bool:
    """A person named by a first name and a patronymic only ("Марат Шакирзянович")."""
    words = lemma_key(name).split()
    return len(words) == 2 and words[1].endswith(PATRONYMIC_ENDINGS) and len(words[1]) >= len("ович") + 3


def in_quotation(doc: Doc, cand: Candidate) -> bool:
    """The candidate stands inside guillemets opened earlier in its line."""
    start = doc.tokens[cand.first].start
    line = doc.text[doc.text.rfind("\n", 0, start) + 1 : start]
    return line.count("«") > line.count("»")


def join_patronymic_names(doc: Doc, cands: list[Candidate], sets: Clusters) -> None:
    """ "Марат Шакирзянович" is "Марат Шакирзянович Хуснуллин": a first name and a patronymic with no
    surname join the one person of the article named in full with both; not inside a title in
    quotation marks (`«Один день Ивана Денисовича»` names a story, not its hero). A surname that
    looks like a patronymic (`Михаил Агранович`) is why the full name must hold it."""
    words = {i: lemma_key(c.name).split() for i, c in enumerate(cands) if c.type == "person"}
    for i, w in words.items():
        if not first_and_patronymic(cands[i].name) or in_quotation(doc, cands[i]):
            continue
        fits = {
            " ".join(other): j for j, other in words.items() if j != i and len(other) >= 3 and other[:2] == w
        }
        before = doc.tokens[cands[i].first - 1] if cands[i].first > 0 else None
        introduced = before is not None and before.pos == "NOUN"  # `оператор Михаил Агранович`: someone new
        if (
            not fits
            and not introduced
            and patronymic_of_name(w[1])
            and not any(other[-1] == w[1] and other != w for other in words.values())
        ):
            # `Ирина Винер-Усманова … — заявила Ирина Александровна`: the one person of that first name
            # named in full before (`Операторами выступили Михаил Агранович и Михаил Хасая`: two people)
            fits = {
                " ".join(other): j
                for j, other in words.items()
                if len(other) == 2
                and other[0] == w[0]
                and not first_and_patronymic(cands[j].name)
                and cands[j].stop < cands[i].first - 1  # named in full before, not beside it
            }
        if len(fits) == 1:
            sets.union(next(iter(fits.values())), i)


def patronymic_of_name(word: str) -> bool:
    """The word is a patronymic made from a first name the dictionary knows (`александровна`:
    `александр`, `алексеевич`: `алексей`, `игоревич`: `игорь`)."""
    for ending in sorted(PATRONYMIC_ENDINGS, key=len, reverse=True):
        if word.endswith(ending):
            stem = word[: -len(ending)]
            return any(
                "Name" in p.tag and "masc" in p.tag and p.normal_form.replace("ё", "е") == stem + tail
                for tail in ("", "й", "ь")
                for p in parses(stem + tail)
            )
    return False


def same_stem(word: str, surname: str) -> bool:
    """An unusual inflection of a foreign surname ("Мессии" for "Месси")."""
    return len(surname) >= 4 and word.startswith(surname) and len(word) - len(surname) <= 2


def join_acronyms(doc: Doc, cands: list[Candidate], sets: Clusters) -> None:
    """A bare acronym joins an organisation whose name it abbreviates."""
    orgs = [i for i, c in enumerate(cands) if c.type == "organization" and c.stop - c.first > 1]
    for i, cand in enumerate(cands):
        text = span_text(doc, cand)
        if cand.stop - cand.first != 1 or not is_acronym(text) or cand.entry is not None:
            continue
        for j in orgs:
            if acronyms.matches(text, cands[j].name):
                sets.union(j, i)
                break
        else:
            republic = republic_of(text, cands)
            if republic is not None:
                sets.union(republic, i)


def republic_of(text: str, cands: list[Candidate]) -> int | None:
    """`полиция РА` in an article on Armenia: `Р` and a letter is `Республика` and the one
    country the article names with that letter (РА, РБ, РК, РМ)."""
    if len(text) != 2 or text[0] != "Р" or text[1] not in "АБВГДЕЖЗИКЛМНОПСТУФХЧШЭЮЯ":
        return None
    found = {
        c.name: j for j, c in enumerate(cands) if c.type == "country" and c.name[:1] == text[1] and c.entry
    }
    return next(iter(found.values())) if len(found) == 1 else None


def sort_key(cand: Candidate) -> tuple[int, int]:
    return (cand.first, -cand.stop)


def resolve_overlaps(cands: list[Candidate]) -> list[Candidate]:
    """Keep the longest of overlapping candidates (head-typed ones first)."""
    ranked = sorted(cands, key=lambda c: (not c.head_typed, -(c.stop - c.first), c.first))
    kept: list[Candidate] = []
    for cand in ranked:
        if not any(overlaps(cand, k) for k in kept):
            kept.append(cand)
    return sorted(kept, key=sort_key)


def build_entity(doc: Doc, cands: list[Candidate], members: list[int]) -> Entity:
    group = [cands[i] for i in members]
    # The fullest name's entry: "МИД России" says more than a bare "МИД".
    entry = next(
        (c.entry for c in sorted(group, key=lambda c: c.first - c.stop) if c.entry is not None), None
    )
    typed = (
        next((c for c in group if c.head_typed), None)
        or next((c for c in group if c.entry is not None), None)
        or max(group, key=lambda c: c.stop - c.first)
    )
    # "other" is a default: any mention whose words or context tell a kind says more.
    kinds = [typed.kind, *(c.kind for c in group)]
    kind = next((k for k in kinds if k and k != "other"), None) or next((k for k in kinds if k), None)
    names = [c.name for c in group]
    if typed.type == "person":
        # The fullest name, preferring one written in the nominative (normalising
        # rare foreign names from oblique cases can fail).
        name = max(
            group,
            key=lambda c: (
                not is_latin(c.name.split()[0]),  # "Мэрилин Хьюсон" over "Marillyn A. Hewson"
                not initialled(doc, c),  # "Юрий Балуевский" over "Ю.Балуевский"
                c.stop - c.first,
                doc.tokens[c.first].feats.get("Case") == "Nom",
                names.count(c.name),
            ),
        ).name
        name = womans_full_name(doc, group, name)
        if entry is None:
            entry = next(
                (e for c in group for e in [gazetteer().find(c.name)] if e and e.type == "person"), None
            )
    elif entry is not None:
        name = entry.ru
        # "Международная амнистия (Amnesty International)": the article's own Russian name beats
        # a transliteration ("Эмнести интернэшенел") of a row found by the Latin spelling alone.
        found = [span_text(doc, c) for c in group if c.entry is not None]
        own = [
            c.name
            for c in group
            if c.entry is None and c.group is not None and not any(is_latin(w) for w in c.name.split())
        ]
        if own and not is_latin(name.split()[0]) and all(all(is_latin(w) for w in f.split()) for f in found):
            name = own[0]
    else:
        # A name written in the nominative beats one we inflected; then the most
        # frequent; then the longest (expansions over acronyms).
        spelled = [c for c in group if not is_acronym(c.name)] or group
        name = max(
            spelled,
            key=lambda c: (
                c.source == "institution",  # "Сенат Австралии" over a bare "Сенат" joined to it
                not first_and_patronymic(c.name),  # the full name over "Марат Шакирзянович"
                not all(
                    is_latin(w) for w in c.name.split()
                ),  # "Международная амнистия" (Amnesty International)
                doc.tokens[c.first].feats.get("Case") == "Nom",
                names.count(c.name),
                len(c.name),
            ),
        ).name
    aliases = list(dict.fromkeys([*(entry.aliases if entry else ()), *names]))
    english = entry.en if entry and entry.en else (name if all(is_latin(w) for w in name.split()) else None)
    return Entity(
        id="",
        type=typed.type,
        name={"ru": name, "en": english},
        kind=kind if typed.type == "organization" else None,
        wikidata=entry.wikidata if entry else None,
        aliases=[a for a in aliases if a != name],
    )


WOMANS_NOMINATIVE = (*WOMANS_NOMINATIVE_ENDINGS, "ская", "цкая")


def womans_full_name(doc: Doc, group: list[Candidate], name: str) -> str:
    """A woman's name the normal form read as a man's in the genitive ("представитель МВД Евгения
    Семёнова" is "Евгений Семёнов" to it, "Джорджа Мелони" "Джордж Мелони"): written as it stands
    when the words agreeing with the person's mentions say she is a woman ("— добавила Семёнова")
    and none says a man, and the name as written is a woman's in the nominative: her first name
    ends in -а or -я, her surname is a woman's form or the one the normal form kept."""
    agreeing = {
        id(c): agreeing_gender(doc, doc.tokens[c.first].start, doc.tokens[c.stop - 1].stop) for c in group
    }
    if set(agreeing.values()) - {None} != {"Fem"}:
        return name
    kept = name.split(" ")[1:]
    for c in sorted(group, key=lambda c: c.first - c.stop):
        words = person_words(doc, c)
        if len(words) != 2 or words[0][-1:] not in ("а", "я"):
            continue
        # a surname that says no gender ("Мелони") only where this very mention agrees as a woman's
        own = agreeing[id(c)] == "Fem"
        if words[1].endswith(WOMANS_NOMINATIVE) or (own and kept == words[1:]):
            written = " ".join(words).replace("ё", "е")
            return written if written.lower() != name.lower().replace("ё", "е") else name
    return name


def link_repeats(doc: Doc, cands: list[Candidate], owner: dict[int, int]) -> None:
    """Link later occurrences of found names that no candidate covers."""
    keys: dict[tuple[str, ...], int] = {}
    surnames: list[tuple[frozenset[str], int]] = []
    for i, cand in enumerate(cands):
        toks = doc.tokens[cand.first : cand.stop]
        if not toks:  # a span that ends inside its first token covers no whole token
            continue
        keys.setdefault(tuple(t.lemma for t in toks), owner[i])
        if cand.type == "person" and len(toks) > 1:
            surnames.append((surname_forms(toks[-1].text), owner[i]))
    covered = bytearray(len(doc.tokens))
    for cand in cands:
        covered[cand.first : cand.stop] = b"\x01" * (cand.stop - cand.first)
    tokens = doc.tokens
    firsts = {key[0] for key in keys}
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if (
            covered[i]
            or (token.lemma not in firsts and token.pos != "PROPN")
            or not is_capitalised(token.text)
            or not token.text[0].isalpha()
        ):
            i += 1
            continue
        hit = None
        for n in range(min(MAX_REPEAT_WORDS, len(tokens) - i), 0, -1):
            key = tuple(t.lemma for t in tokens[i : i + n])
            if key in keys and not any(covered[i : i + n]):
                hit = (n, keys[key])
                break
        if hit is None and tokens[i].pos == "PROPN":
            forms = surname_forms(tokens[i].text)
            hit = next(((1, ent) for surname, ent in surnames if forms & surname), None)
        if hit:
            n, ent = hit
            cands.append(Candidate(i, i + n, "repeat"))
            owner[len(cands) - 1] = ent
            i += n
        else:
            i += 1


@component(STAGE, requires=("tokens", "ner"), assigns=("mentions", "entities"))
def extract(doc: Doc) -> Doc:
    doc.mentions, doc.entities = [], []
    if not doc.tokens:
        return doc
    starts = [t.start for t in doc.tokens]
    cands = split_surname_pairs(doc, ner_candidates(doc, starts))
    add_opening_surnames(doc, starts, cands)
    add_head_names(doc, cands)
    cands = resolve_overlaps(strip_legal_forms(doc, cands))
    add_original_spellings(doc.tokens, cands)
    join_spelling_variants(doc.tokens, cands)
    add_paired_names(doc.tokens, cands)
    cands.sort(key=sort_key)
    add_gazetteer_names(doc, cands)
    join_quoted_prefixes(doc, cands)
    cands = join_unit_prefixes(doc, cands)
    for cand in cands:
        decide(doc, cand)
    share_region_heads(doc, cands)
    cands = attach_tails(doc, add_institutions(doc, cands))
    add_juries(doc, cands)
    cands.sort(key=sort_key)
    add_ambassadors_embassy(doc, cands)
    groups = cluster(doc, cands)
    entities = {root: build_entity(doc, cands, members) for root, members in groups.items()}
    owner = {i: root for root, members in groups.items() for i in members}
    link_repeats(doc, cands, owner)
    link_bare_heads(doc, cands, owner)
    order = sorted(range(len(cands)), key=lambda i: sort_key(cands[i]))
    ids: dict[int, str] = {}
    for i in order:
        root = owner[i]
        if root not in ids:
            ids[root] = f"e{len(ids) + 1}"
            entities[root].id = ids[root]
            doc.entities.append(entities[root])
        cand = cands[i]
        start, stop = doc.tokens[cand.first].start, doc.tokens[(cand.shown_stop or cand.stop) - 1].stop
        doc.mentions.append(Mention(start, stop, doc.text[start:stop], entities[root].type, ids[root], STAGE))
    add_central_facility(doc)
    add_groups(doc)
    return doc
