"""Stances: what a holder thinks of the entities it speaks of or acts on.

From quotes: for every quote with a resolved speaker, each entity mentioned in
its content or in the sentence that carries it (not those of the speaker's
title), a country named by an adjective ("американские власти"), the person a
first-person quote calls "он", or, for a quote opening with "Это …", what the
sentence before named, gets a score:

1. A *victim* reading: a harm noun before the mention ("подрыв авторитета
   России"; an act's own genitive is its doer: "санкции США"), a harm verb
   governing it ("угрожает Армении") or after it ("Россию … оставить за
   бортом"): the speaker deplores harm done to the target (+1).
2. A subject that cannot or withholds ("Европа не сможет догнать", "Россия не
   даёт технологий"; not a resolve, "не может допустить") fails (-1); one set
   against it by ", а" ("Китай предлагает …, а Россия не может") does well (+1);
   only in the speaker's own words or a cue of belief ("считает", "убеждён"), not
   in news of a delay ("как сообщил X, фрегат не сможет выйти в срок").
   A subject with harm after it in its sentence: the doer when the harm has an
   object of its own, the one harmed when it has none.
3. Evaluative words around the mention, within its clause and nearer to it than
   to any other mention; words of names do not count. A negation before a word
   or a verb chain ("не хочет конфликтовать"), "отсутствие", "борьба с",
   "отказ от" or a "не-" prefix turns it round.
4. When those are silent: the tone of the whole quote and of its cue.

A quote opening with a denial ("Это фейк", "Это неправда") speaks of a report,
not of those it names: they get a neutral stance; so does "опроверг" as a cue.

From verbs, in a quote or not (`VerbStances`): "X осудил/поддержал/поздравил Y",
"X выступил против Y", "X выразил поддержку Y", "X назвал Y провокацией",
"X (не) признаёт Y", "Y пользуется доверием X", "отношения дружбы между X и Y",
"Y будет для X партнёром".

The scores of one holder and target in one article are summed into one stance
(positive, negative or neutral) whose evidence is the first quote or sentence
naming it. The lexicons are data: `newsgraph/data/stance_lexicon.txt`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from importlib import resources

from newsgraph.extract import fact_lexicon
from newsgraph.model import Doc, Quote, Stance, Token
from newsgraph.pipeline import component

STAGE = "stances.lexicon.v2"
WINDOW = 8
HARM_BEFORE = 3
HARM_AFTER = 4
PARTICLES = frozenset({"не", "ни"})  # negations reaching over verbs: "не хочет конфликтовать"
NEGATION_REACH = 2  # verbs or adverbs between the particle and the word it turns round
STRUGGLE_REACH = 3  # "борьба с", "в борьбе против международного"
CHAIN_POS = frozenset({"VERB", "AUX", "ADV"})
AGENT_MARKERS = frozenset({"стороны", "из-за", "со"})  # "угроза со стороны X": X is the doer
FIRST_PERSON_KINDS = frozenset({"direct", "unmarked"})  # the speaker's own words: "он" is someone else
PRONOUNS = frozenset({"он", "она", "его", "её", "ее"})
DEMONSTRATIVES = frozenset({"это", "этот", "такой", "подобный"})  # "Это провокация": what was just told
TITLE_GAP = 3  # words between a title's mention and the speaker's name: "посол Японии [в России] X"
TITLE_POS = frozenset({"PROPN", "ADP"})  # no common noun: "поездки X на Курилы [премьер-министр] Японии Y"
ANTECEDENT_REACH = 400  # characters before a quote in which its "он" is looked for
TREATMENT = frozenset({"отношение"})  # "по отношению к X", "в отношении X"
TREATMENT_REACH = 2
UNDERGOING = frozenset({"под", "подвергаться", "подвергнуться", "жертва"})  # "под угрозой"
CONTRASTS = frozenset({"а", "но", "однако", "зато"})
CONCEALMENT = frozenset({"скрывать", "скрыть", "таить", "утаивать", "утаить"})  # "не скрывал радости"
# "не даёт комментариев", "не даёт повода для беспокойства": nothing withheld from anyone
WITHHELD_NOTHING = frozenset({"комментарий", "оценка", "повод", "основание"})
DENIAL_REACH = 4  # words at a quote's opening that deny: "Это [всё] фейк"
CAPABILITY_REACH = 3  # quote marks and adverbs between a subject and its "не": "Россия пока не может"
COMPARISON_REACH = 3  # words between ", а" and the other subject: "…, а [теперь] Россия не может"
OBJECT_CASES = frozenset({"Gen", "Acc", "Dat"})


class Lexicon:
    """One section of the lexicon: lemma prefixes and whole lemmas ("рад$")."""

    def __init__(self, words: list[str]) -> None:
        self.prefixes = tuple(w for w in words if not w.endswith("$"))
        self.exact = frozenset(w[:-1] for w in words if w.endswith("$"))

    def __contains__(self, lemma: object) -> bool:
        return isinstance(lemma, str) and (lemma in self.exact or lemma.startswith(self.prefixes))


@cache
def lexicon() -> dict[str, Lexicon]:
    sections: dict[str, list[str]] = {}
    current = None
    text = resources.files("newsgraph").joinpath("data", "stance_lexicon.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif line and current is not None:
            current.extend(line.split())
    return {name: Lexicon(words) for name, words in sections.items()}


def _has(lemma: str, section: str) -> bool:
    return lemma in lexicon()[section]


def _harm_at(tokens: list[Token], i: int) -> bool:
    tok = tokens[i]
    if tok.lemma == "борт":  # the idiom "оставить за бортом"; "на борту" is neutral
        return i > 0 and tokens[i - 1].lemma == "за"
    return _has(tok.lemma, "harm")


def word_polarity(tokens: list[Token], i: int) -> int:
    """+1, -1 or 0 for one word; a negation before it, or a "не-" prefix, turns it round."""
    lemma = tokens[i].lemma
    if lemma == "борт":
        value = -1 if _harm_at(tokens, i) else 0
    elif _has(lemma, "negative"):
        value = -1
    elif _has(lemma, "positive"):
        value = 1
    elif lemma.startswith("не") and len(lemma) > 5 and _has(lemma[2:], "positive"):
        return -1  # "недипломатический", "непростой"
    else:
        return 0
    return -value if negated(tokens, i) else value


def negated(tokens: list[Token], i: int) -> bool:
    """Whether tokens[i] is turned round: "не поддержал", "отсутствие доверия",
    "не хочет конфликтовать", "не будет поддерживать"."""
    if i > 0 and _has(tokens[i - 1].lemma, "negating_words"):
        return True
    for j in range(i - 1, max(-1, i - 1 - STRUGGLE_REACH), -1):  # "борьба с [международным] терроризмом"
        if _has(tokens[j].lemma, "struggle_words"):
            return True
        if tokens[j].pos not in ("ADP", "ADJ"):
            break
    for j in range(i - 1, max(-1, i - 2 - NEGATION_REACH), -1):
        if tokens[j].lemma in PARTICLES:
            # "не скрывал удовлетворения" shows it: concealment denied is no negation
            return not any(tokens[k].lemma in CONCEALMENT for k in range(j + 1, i))
        if tokens[j].pos not in CHAIN_POS:
            return False
    return False


def _victim(tokens: list[Token], first: int, last: int) -> bool:
    """Whether the mention tokens[first:last+1] read as the one harmed: after a harm noun
    ("подрыв авторитета России", "санкции против России"; not the doer's "санкции США"),
    after a harm verb ("угрожает Армении") or before one ("Россию … оставить за бортом")."""
    head = tokens[first]
    case = head.feats.get("Case")
    if case not in OBJECT_CASES:
        return False
    if first > 0 and tokens[first - 1].text.lower() in AGENT_MARKERS:
        return False
    governed = first > 0 and tokens[first - 1].pos == "ADP"  # "от России", "на Израиль"
    for k in range(max(0, first - HARM_BEFORE), first):
        tok = tokens[k]
        if tok.pos == "NOUN" and _has(tok.lemma, "harm"):
            # an act's own genitive is its doer ("санкции США", "удар Израиля"), not one after a
            # preposition ("санкции против России") or of its object ("угроза основам российского влияния")
            if not _has(tok.lemma, "harm_acts") or any(tokens[j].pos != "ADJ" for j in range(k + 1, first)):
                return True
        if tok.pos == "VERB" and _harm_at(tokens, k):
            between = [tokens[j].pos for j in range(k + 1, first)]
            if (not between and case in ("Acc", "Dat")) or (between and set(between) <= {"NOUN", "ADJ"}):
                return True  # "угрожает Армении", "обстреляли позиции армянской армии"
    if case == "Gen" and not governed:
        return False  # "политика Турции угрожает …": Turkey's, not harmed
    for i in range(last + 1, min(len(tokens), last + 1 + HARM_AFTER)):
        if tokens[i].text in ".!?;":
            break
        if (tokens[i].pos == "VERB" or tokens[i].lemma == "борт") and _harm_at(tokens, i):
            return True
    return False


def _subject_reading(tokens: list[Token], first: int, last: int, hi: int) -> int | None:
    """A subject followed by harm in its sentence: -1 for the doer, +1 for the harmed."""
    if tokens[first].feats.get("Case") != "Nom":
        return None
    end = min(hi, last + 1 + 2 * WINDOW)
    harm = next((i for i in range(last + 1, end) if _harm_at(tokens, i)), None)
    if harm is None or tokens[min(harm + 1, len(tokens) - 1)].text.lower() in AGENT_MARKERS:
        return None  # "… перед лицом угроз со стороны России": someone else's harm
    if negated(tokens, harm):
        return None  # "Сербия никогда не введёт санкции": no harm done
    if tokens[harm].pos == "NOUN" and tokens[harm].lemma != "борт":
        # "X представляет угрозу", "X нанёс удар": the doer; "X оказался под угрозой": harmed
        return 1 if tokens[harm - 1].lemma in UNDERGOING else -1
    for i in range(last + 1, min(hi, harm + HARM_AFTER)):
        tok = tokens[i]
        if i != harm and tok.pos in ("NOUN", "PROPN", "PRON") and tok.feats.get("Case") in ("Acc", "Dat"):
            return -1
    return 1


def _inability(tokens: list[Token], first: int, last: int, hi: int) -> bool:
    """Whether a subject is said to be unable or to withhold: "Европа не сможет догнать",
    "Россия пока не может предложить", "завод не в состоянии", "Россия не даёт технологий"
    (not a resolve, "не может допустить", nor "не может не", nor "не даёт комментариев")."""
    if "Nom" not in (tokens[first].feats.get("Case"), tokens[last].feats.get("Case")):
        return False
    i = last + 1
    while i < min(hi, last + 1 + CAPABILITY_REACH) and (
        tokens[i].text in QUOTE_MARKS or tokens[i].pos == "ADV"
    ):
        i += 1
    if i + 1 >= hi or tokens[i].lemma not in PARTICLES:
        return False
    verb, after = tokens[i + 1], tokens[i + 2] if i + 2 < hi else None
    following = after.lemma if after else ""
    if following in PARTICLES or _has(following, "resolve_infinitives"):
        return False
    if _has(verb.lemma, "inability_verbs"):
        return after is None or not _has(following, "negative")  # "не может навредить" is no fault
    if _has(verb.lemma, "withholding_verbs"):
        return following not in WITHHELD_NOTHING
    return verb.lemma == "в" and following == "состояние"


def _antecedent(tokens: list[Token], persons: list[tuple[str, int, int]]) -> tuple[str, int, int] | None:
    """Whom "он"/"она" stands for among persons named before it (nearest first): the
    nearest one named as a subject ("Моди провёл переговоры с Путиным. Он …" is Modi),
    else the nearest one."""
    for person in persons:
        if "Nom" in (tokens[person[1]].feats.get("Case"), tokens[person[2]].feats.get("Case")):
            return person
    return persons[0] if persons else None


def _contrast(tokens: list[Token], i: int) -> bool:
    """Whether a new clause starts at tokens[i]: ";", or ", а" / ", но" / ", однако"."""
    if i >= len(tokens):
        return False
    if tokens[i].text == ";":
        return True
    return tokens[i].text == "," and i + 1 < len(tokens) and tokens[i + 1].lemma in CONTRASTS


def _sign(value: int) -> int:
    return (value > 0) - (value < 0)


def country_adjectives(doc: Doc, named: frozenset[int]) -> dict[int, str]:
    """Token index → country for adjectives of a country the article names, outside names:
    "американские власти", "российская сторона" speak of США, Россия."""
    countries: dict[str, str] = {}
    for entity in doc.entities:
        if entity.type == "country":
            for name in (entity.name.get("ru"), *entity.aliases):
                if name:
                    countries.setdefault(name.lower().replace("ё", "е"), entity.id)
    if not countries:
        return {}
    adjectives = fact_lexicon.country_adjectives()
    found = {}
    for i, tok in enumerate(doc.tokens):
        if tok.pos == "ADJ" and i not in named and (country := adjectives.get(tok.lemma)) in countries:
            found[i] = countries[country]
    return found


class QuoteScorer:
    """Scores of the mentions a quote is about, within one document."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tokens = doc.tokens
        self.starts = [t.start for t in doc.tokens]
        # words of names are not evaluations: "Организация по безопасности и сотрудничеству"
        self.types = {e.id: e.type for e in doc.entities}
        self.by_start = sorted(doc.mentions, key=lambda m: m.start)
        self.mention_starts = [m.start for m in self.by_start]
        self.named = frozenset(i for m in doc.mentions for i in self.span_tokens(m.start, m.stop))
        self.adjectives = country_adjectives(doc, self.named)
        self.adjective_at = sorted(self.adjectives)

    def span_tokens(self, start: int, stop: int) -> range:
        return range(bisect_left(self.starts, start), bisect_left(self.starts, stop))

    def tone(self, quote: Quote) -> int:
        """The quote's overall tone: its words, and its cue's attitude."""
        score = sum(
            word_polarity(self.tokens, i)
            for i in self.span_tokens(quote.start, quote.stop)
            if i not in self.named
        )
        cue = (quote.cue or "").lower()
        cue_lemmas = [
            self.tokens[i].lemma for i in self.span_tokens(quote.cue_start or 0, quote.cue_stop or 0)
        ]
        words = cue_lemmas or cue.split()
        if any(_has(w, "negative_cues") for w in words):
            score -= 2
        elif any(_has(w, "positive_cues") for w in words):
            score += 2
        return _sign(score)

    def opinion(self, quote: Quote) -> bool:
        """Whether a quote gives the speaker's judgement, not news: the speaker's own words,
        or a cue of belief ("считает", "убеждён", "по его мнению", "сомневается")."""
        if quote.kind in FIRST_PERSON_KINDS:
            return True
        cue = [self.tokens[i].lemma for i in self.span_tokens(quote.cue_start or 0, quote.cue_stop or 0)]
        return any(_has(w, "opinion_cues") for w in cue or (quote.cue or "").lower().split())

    def mention(self, first: int, last: int, opinion: bool = True) -> int:
        """The score of one mention: a victim or subject reading, else the words around it;
        a failing ("не сможет") only in the speaker's judgement, not in news of a delay."""
        tokens = self.tokens
        if _victim(tokens, first, last):
            return 1
        sentence = self.doc.sentence_at(tokens[first].start)
        lo = bisect_left(self.starts, sentence.start) if sentence else 0
        hi = bisect_right(self.starts, sentence.stop - 1) if sentence else len(tokens)
        if opinion and _inability(tokens, first, last, hi):
            return -1
        if opinion and self.outdoes(first, last, hi):
            return 1
        reading = _subject_reading(tokens, first, last, hi)
        if reading is not None:
            return reading
        marker = next(
            (
                k
                for k in range(first - 1, max(lo, first - 1 - TREATMENT_REACH) - 1, -1)
                if tokens[k].lemma in TREATMENT
            ),
            None,
        )
        if marker is None:  # "против" speaks of what follows it: "Пекин выступает против Вашингтона"
            return _sign(
                sum(
                    word_polarity(tokens, i)
                    for i in self.window(first, last, lo, hi)
                    if i < first or tokens[i].lemma != "против"
                )
            )
        # ill done to X is sympathy for X: "несправедливо по отношению к Венгрии"
        treated = range(max(lo, marker - TREATMENT_REACH - 2), marker)
        return _sign(
            sum(abs(word_polarity(tokens, i)) for i in treated if i not in self.named)
            + sum(word_polarity(tokens, i) for i in self.window(first, last, lo, hi) if i > first)
        )

    def outdoes(self, first: int, last: int, hi: int) -> bool:
        """A subject set against another that cannot: "Китай предлагает готовое решение, а
        Россия не может предложить ничего сопоставимого" speaks well of China."""
        tokens = self.tokens
        if tokens[first].feats.get("Case") != "Nom" or (first > 0 and tokens[first - 1].pos == "ADP"):
            return False
        for i in range(last + 1, hi):
            if tokens[i].text in ".!?;:":
                return False
            if _contrast(tokens, i):
                for j in range(i + 2, min(hi, i + 2 + COMPARISON_REACH)):
                    k = bisect_left(self.mention_starts, tokens[j].start)
                    if k < len(self.by_start) and self.by_start[k].start == tokens[j].start:
                        other = self.span_tokens(self.by_start[k].start, self.by_start[k].stop)
                        return bool(other) and _inability(tokens, other[0], other[-1], hi)
                return False
        return False

    def window(self, first: int, last: int, lo: int, hi: int) -> list[int]:
        """The words around a mention that speak of it: within WINDOW and its clause
        ("Позиция Франции неприемлема, а Германия …"), not in a name, and no nearer to
        another mention ("санкции США вредят", "партнёрство с Китаем")."""
        tokens = self.tokens
        found = []
        for step, edge, limit in (
            (-1, first, max(lo, first - WINDOW)),
            (1, last, min(hi - 1, last + WINDOW)),
        ):
            i = edge + step
            while (i >= limit) if step < 0 else (i <= limit):
                if _contrast(tokens, i if step > 0 else i + 1):
                    break
                if i in self.named:
                    break  # another mention: the words beyond it are nearer to it
                distance = abs(i - edge)
                beyond = range(i + step, i + step * distance, step)
                if not any(k in self.named for k in beyond if lo <= k < hi):
                    found.append(i)  # not nearer to a mention on its other side
                i += step
        return found

    def targets(self, quote: Quote) -> list[tuple[str, int, int]]:
        """(entity, first token, last token) of each mention in the quote or in its sentence."""
        start, stop = quote.start, quote.stop
        for offset in (quote.start, max(quote.start, quote.stop - 1), quote.cue_start):
            sentence = self.doc.sentence_at(offset) if offset is not None else None
            if sentence:
                start, stop = min(start, sentence.start), max(stop, sentence.stop)
        found = []
        for mention in self.doc.mentions:
            if (
                mention.start < start
                or mention.stop > stop
                or mention.entity in (quote.speaker, quote.outlet)
            ):
                continue
            if (
                quote.speaker_start is not None
                and mention.start < (quote.speaker_stop or 0)
                and (mention.stop > quote.speaker_start)
            ):
                continue
            if self.in_speaker_title(mention.stop, quote):
                continue
            tokens = self.span_tokens(mention.start, mention.stop)
            if tokens:
                found.append((mention.entity, tokens[0], tokens[-1]))
        lo, hi = bisect_left(self.starts, start), bisect_left(self.starts, stop)
        for i in self.adjective_at[bisect_left(self.adjective_at, lo) : bisect_left(self.adjective_at, hi)]:
            entity = self.adjectives[i]
            inside = quote.speaker_start is not None and quote.speaker_start <= self.tokens[i].start < (
                quote.speaker_stop or 0
            )
            if (
                entity not in (quote.speaker, quote.outlet)
                and not inside
                and not self.in_speaker_title(self.tokens[i].stop, quote)
            ):
                found.append((entity, i, i))
        if quote.kind in FIRST_PERSON_KINDS:
            found.extend(self.pronoun_target(quote, found))
        if not found:
            found = self.previous_targets(quote, start)
        return found

    def previous_targets(self, quote: Quote, start: int) -> list[tuple[str, int, int]]:
        """When a quote naming no one opens with "это"/"такой" ("Это провокация"), what it
        speaks of was named in the sentence before: its mentions but the speaker's."""
        words = self.span_tokens(quote.start, quote.stop)
        if not words or self.tokens[words[0]].lemma not in DEMONSTRATIVES:
            return []
        before = next((s for s in reversed(self.doc.sentences) if s.stop <= start), None)
        if before is None:
            return []
        found = []
        for k in range(
            bisect_left(self.mention_starts, before.start), bisect_left(self.mention_starts, before.stop)
        ):
            mention = self.by_start[k]
            tokens = self.span_tokens(mention.start, mention.stop)
            if tokens and mention.entity not in (quote.speaker, quote.outlet):
                found.append((mention.entity, tokens[0], tokens[-1]))
        return found

    def denial(self, quote: Quote) -> bool:
        """Whether a quote opens by denying what was just told: "Это фейк", "Это неправда",
        "Всё это домыслы" (its targets, those the report named, are not judged by it)."""
        words = self.span_tokens(quote.start, quote.stop)[:DENIAL_REACH]
        return any(self.tokens[i].lemma in DEMONSTRATIVES for i in words) and any(
            _has(self.tokens[i].lemma, "denials") for i in words
        )

    def pronoun_target(self, quote: Quote, found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        """The person a speaker's own words call "он"/"она" ("Он внёс огромный вклад …"):
        the last person named before the quote other than the speaker, when the words
        name no person themselves."""
        if any(self.types.get(entity) == "person" for entity, _, _ in found):
            return []
        pronoun = next(
            (
                i
                for i in self.span_tokens(quote.start, quote.stop)
                if self.tokens[i].lemma in PRONOUNS and self.tokens[i].pos in ("PRON", "DET")
            ),
            None,
        )
        if pronoun is None:
            return []
        persons = []
        for mention in reversed(self.by_start[: bisect_left(self.mention_starts, quote.start)]):
            if mention.stop < quote.start - ANTECEDENT_REACH:
                break
            if self.types.get(mention.entity) == "person" and mention.entity != quote.speaker:
                tokens = self.span_tokens(mention.start, mention.stop)
                if tokens:
                    persons.append((mention.entity, tokens[0], tokens[-1]))
        antecedent = _antecedent(self.tokens, persons)
        return [(antecedent[0], pronoun, pronoun)] if antecedent else []

    def in_speaker_title(self, mention_stop: int, quote: Quote) -> bool:
        """Whether a mention belongs to the speaker's title: "министр обороны [Израиля] Йоав
        Галант", "посол [Японии] в России Масахару Коно"."""
        if quote.speaker_start is None or mention_stop > quote.speaker_start:
            return False
        between = self.span_tokens(mention_stop, quote.speaker_start)
        return len(between) <= TITLE_GAP and all(self.tokens[i].pos in TITLE_POS for i in between)


# --- stances outside quotes ------------------------------------------------------

HOLDER_TYPES = frozenset({"person", "organization", "country", "group", "location"})  # "Анкара осудила …"
VERB_WEIGHT = 2  # an explicit "осудил", "поддержал" outweighs a word near a mention
COMPLEMENT_REACH = 3  # "выступил [резко] против", "выразил [свою полную] поддержку"
REVERSE_REACH = 3  # words between "доверием" and whose it is
OBJECT_REACH = 5  # words between a verb and its object: "осудил визит на острова президента России"
REFUSAL_REACH = 6  # "отказывается заморозить расширение поселений и признать"
COPULAS = frozenset({"быть", "являться", "оставаться", "остаться", "стать", "становиться", "представлять"})
PERSPECTIVE_REACH = 4  # evaluative words around "для Y"
RELATION_REACH = 4  # evaluative words before "между X и Y"
NAMING_REACH = 6  # "назвал [решение Вашингтона] [грубой] ошибкой"
HOLDER_REACH = 4  # an inverted subject: "против … выступают США", "поддержал премьер-министр X"
CLAUSE_STOPS = frozenset({";", ":"})
CLAUSE_WORDS = frozenset(
    {"что", "который", "чтобы", "но", "а", "однако", "поскольку", "потому", "если", "когда"}
)
COORDINATION = frozenset({"и", "или", ","})
REFLEXIVE = frozenset({"себя", "себе", "собой"})
SUBJECT_PRONOUNS = frozenset({"он", "она"})
SPEAKER_PRONOUNS = frozenset({"я", "мы"})  # in a quote: its speaker
MARKERS = {"против": -1, "за": 1}  # "выступил против X", "голосовал за X"
QUOTE_MARKS = frozenset("«»\"„“”'")

Span = tuple[str, int, int]  # entity, first token, last token


@dataclass(slots=True)
class Predicate:
    """What a verb says: its polarity, the token its stance ends at, and how it reads."""

    value: int
    after: int  # targets come after this token (the verb, or its complement word)
    kind: str  # "verb", "complement", "naming" or "reverse"
    harmful: bool = False  # the complement is the holder's own harm: "ввёл санкции против X"


class VerbStances:
    """Stances stated by a verb in a sentence, quote or not.

    "X осудил Y", "X поддержал Y", "Y поздравил X"; "X выступил против Y",
    "X голосовал за Y", "X выразил поддержку Y", "X подверг критике Y",
    "X назвал Y агрессором"; and the reverse "Y пользуется доверием X". The
    holder is the verb's subject (a nominative mention before it, "он" for the
    person named last, or a mention just after the verb when inverted); the
    targets are its object and what is joined to it. A negation before the verb
    turns it round; so does a target the verb acts against ("поддержал санкции
    против России", "осудил нападение на Израиль").
    """

    def __init__(self, doc: Doc, named: frozenset[int], adjectives: dict[int, str]) -> None:
        self.tokens = doc.tokens
        self.named = named
        starts = [t.start for t in doc.tokens]
        self.types = {e.id: e.type for e in doc.entities}
        self.ending: dict[int, Span] = {}
        self.beginning: dict[int, Span] = {}
        self.persons: list[tuple[int, Span]] = []  # (start offset, span) of each person mention
        for mention in sorted(doc.mentions, key=lambda m: m.start):
            first = bisect_left(starts, mention.start)
            last = bisect_left(starts, mention.stop) - 1
            if first > last:
                continue
            span = (mention.entity, first, last)
            self.beginning.setdefault(first, span)
            self.ending.setdefault(last, span)
            if self.types.get(mention.entity) == "person":
                self.persons.append((mention.start, span))
        for i, entity in adjectives.items():  # "американские власти", "российская сторона"
            self.beginning.setdefault(i, (entity, i, i))
            self.ending.setdefault(i, (entity, i, i))
        self.person_starts = [p[0] for p in self.persons]
        self.quotes = sorted((q for q in doc.quotes if q.speaker), key=lambda q: q.start)
        self.quote_starts = [q.start for q in self.quotes]
        self.sentences = [
            (bisect_left(starts, s.start), bisect_left(starts, s.stop), s.start, s.stop)
            for s in doc.sentences
        ]

    def _finite(self, i: int) -> bool:
        tok = self.tokens[i]
        return tok.pos in ("VERB", "AUX") and tok.feats.get("VerbForm") == "Fin"

    def _nominative(self, span: Span) -> bool:
        entity, first, last = span
        if self.types.get(entity) not in HOLDER_TYPES or (first > 0 and self.tokens[first - 1].pos == "ADP"):
            return False  # not "рабочие в Vestas"
        cases = {self.tokens[first].feats.get("Case"), self.tokens[last].feats.get("Case")}
        return "Nom" in cases or cases == {None}

    def _clause_end(self, i: int, hi: int) -> int:
        tokens = self.tokens
        for j in range(i + 1, hi):
            text = tokens[j].text
            if text in CLAUSE_STOPS or (self._finite(j) and j > i + 1):
                return j
            if text == "," and j + 1 < hi and tokens[j + 1].lemma in CLAUSE_WORDS:
                return j
        return hi

    def _clause_start(self, i: int, lo: int) -> int:
        for j in range(i - 1, lo - 1, -1):
            if self.tokens[j].text in CLAUSE_STOPS or self.tokens[j].text == ",":
                return j + 1
        return lo

    def _antecedent(self, i: int) -> Span | None:
        """The person "он"/"она" at tokens[i] stands for, among those named shortly before it."""
        offset = self.tokens[i].start
        k = bisect_left(self.person_starts, offset)
        persons = []
        while k > 0 and self.persons[k - 1][0] >= offset - ANTECEDENT_REACH:
            persons.append(self.persons[k - 1][1])
            k -= 1
        return _antecedent(self.tokens, persons)

    def _subject(self, i: int, lo: int, subjects: dict[int, Span]) -> Span | None:
        """The nominative mention (or "он") before the verb tokens[i], within its clause."""
        tokens = self.tokens
        for j in range(i - 1, lo - 1, -1):
            span = self.ending.get(j)
            if span and self._nominative(span):
                return span
            tok = tokens[j]
            if tok.pos == "PRON" and tok.feats.get("Case") == "Nom":
                if tok.lemma in SUBJECT_PRONOUNS:
                    return self._antecedent(j)
                if tok.lemma in SPEAKER_PRONOUNS:  # "«Мы не признаём Косово», — заявил X"
                    speaker = self._speaker_at(tok.start)
                    return (speaker, j, j) if speaker else None
            if tok.lemma == "который" and j > lo and tokens[j - 1].pos == "ADP":
                continue  # "выступил с заявлением, в котором осудил …": the one who made it
            if tok.text in CLAUSE_STOPS or tok.lemma in CLAUSE_WORDS:
                return None
            if self._finite(j):
                return subjects.get(j)  # "X осудил … и поддержал …": the subject they share
        return None

    def _documented(self, i: int) -> bool:
        """Whether the participle tokens[i] tells what the holder's document says: "проголосовал
        за резолюцию, осуждающую X", "принял заявление, поддерживающее Y"."""
        j = i - 1 if i > 0 and self.tokens[i - 1].text != "," else i - 2
        return j >= 0 and self.tokens[j].pos == "NOUN" and _has(self.tokens[j].lemma, "document_nouns")

    def _refused(self, i: int, lo: int) -> bool:
        """Whether the infinitive tokens[i] depends on a refusal: "отказывается … признать X"."""
        if self.tokens[i].feats.get("VerbForm") != "Inf":
            return False
        for j in range(i - 1, max(lo, i - 1 - REFUSAL_REACH) - 1, -1):
            if self._finite(j) or self.tokens[j].text in CLAUSE_STOPS:
                return _has(self.tokens[j].lemma, "refusal_verbs")
        return False

    def _speaker_at(self, offset: int) -> str | None:
        """The speaker of the quote whose words hold the offset (of the last few starting before it)."""
        k = bisect_right(self.quote_starts, offset)
        for quote in reversed(self.quotes[max(0, k - 3) : k]):
            if quote.start <= offset < quote.stop:
                return quote.speaker
        return None

    def _inverted(self, i: int, hi: int) -> Span | None:
        """A nominative mention just after the verb: "… выступают США"."""
        for j in range(i + 1, min(hi, i + 1 + HOLDER_REACH)):
            span = self.beginning.get(j)
            if span and self._nominative(span):
                return span
            if self.tokens[j].pos == "PUNCT" and self.tokens[j].text not in "-":
                return None
        return None

    def _evaluation(self, j: int) -> int:
        tok = self.tokens[j]
        if j in self.named or tok.pos not in ("NOUN", "ADJ"):
            return 0
        return word_polarity(self.tokens, j)

    def _complement(self, i: int, hi: int) -> tuple[int, int]:
        """(polarity, index) of what a complement verb says: "против", "за" or an evaluative word."""
        tokens = self.tokens
        for j in range(i + 1, min(hi, i + 2 + COMPLEMENT_REACH)):
            tok = tokens[j]
            if tok.pos == "ADP" and tok.lemma in MARKERS:
                return MARKERS[tok.lemma], j
            if value := self._evaluation(j):
                return value, j
            if tok.pos == "PUNCT" and tok.text not in QUOTE_MARKS:
                break
        if i > 0 and tokens[i - 1].pos == "ADV":  # "негативно оценил X", "высоко оценила"
            return word_polarity(tokens, i - 1), i
        return 0, i

    def _naming(self, i: int, hi: int) -> int:
        """What "назвал X …" calls its object: the evaluative words after the verb."""
        end = self._clause_end(i, hi)
        return _sign(sum(self._evaluation(j) for j in range(i + 1, min(end, i + 1 + NAMING_REACH))))

    def _predicate(self, i: int, lo: int, hi: int) -> Predicate | None:
        tokens = self.tokens
        lemma = tokens[i].lemma
        if _has(lemma, "negative_verbs"):
            return Predicate(-1, i, "verb")
        if _has(lemma, "positive_verbs"):
            return Predicate(1, i, "verb")
        if _has(lemma, "naming_verbs"):
            return Predicate(self._naming(i, hi), i, "naming")
        if _has(lemma, "recognition_verbs"):  # "признал X виновным", else "(не) признаёт X"
            return Predicate(self._naming(i, hi) or 1, i, "naming")
        if _has(lemma, "reverse_verbs"):
            return Predicate(*self._complement(i, hi), "reverse")
        if not _has(lemma, "complement_verbs"):
            return None
        value, after = self._complement(i, hi)
        if value == 0:
            # an inverted "против X выступают Y": the marker opens the clause
            begin = self._clause_start(i, lo)
            if tokens[begin].lemma in MARKERS and self._inverted(i, hi):
                value = MARKERS[tokens[begin].lemma]
        return Predicate(value, after, "complement", harmful=value < 0 and after != i)

    def _objects(self, begin: int, end: int, holder: str) -> list[Span]:
        """The verb's object: the first mention close after tokens[begin] with no punctuation
        between, not a place where ("поможет татарам … в Киеве"); with those inside it, right
        after it ("президента России Дмитрия Медведева") and joined to it by "и", "или" or a
        comma: "осудил Иран и Сирию", not "… в споре с Еврокомиссией"."""
        tokens = self.tokens
        found: list[Span] = []
        j, gap = begin, 0
        while j < end:
            span = self.beginning.get(j)
            if span is None or self._place(span):
                if (
                    found
                    or gap >= OBJECT_REACH
                    or (tokens[j].pos == "PUNCT" and tokens[j].text not in QUOTE_MARKS)
                ):
                    break
                gap += 1
                j += 1
                continue
            stop = span[2]
            for k in range(j, min(end, stop + 1)):  # the mention and those nested in it
                inner = self.beginning.get(k)
                if inner and inner[0] != holder and inner not in found:
                    found.append(inner)
                    stop = max(stop, inner[2])
            j = stop + 1
            if j < end and j in self.beginning:
                continue
            if j + 1 < end and tokens[j].lemma in COORDINATION:
                j += 1
            else:
                break
        return found

    def _place(self, span: Span) -> bool:
        """A place where something happens: "в Киеве", "в Синьцзяне"."""
        return self.types.get(span[0]) == "location" and self.tokens[span[1]].feats.get("Case") == "Loc"

    def _sign(self, predicate: Predicate, first: int, last: int) -> int:
        """-1 when the verb acts against the target: "поддержал санкции против X", harm X suffers
        ("осудил нападение на X"); the holder's own harmful word ("ввёл санкции против X") is no turn."""
        if predicate.kind == "reverse":
            return 1
        tokens = self.tokens
        before = range(max(predicate.after + 1, first - HARM_BEFORE), first)
        if not predicate.harmful and any(tokens[j].lemma == "против" for j in before):
            return -1
        if any(tokens[j].pos == "NOUN" and _has(tokens[j].lemma, "harm") for j in before):
            return -1 if _victim(tokens, first, last) else 1
        return 1

    def _pairs(
        self, i: int, lo: int, hi: int, predicate: Predicate, subject: Span | None
    ) -> list[tuple[str, Span]]:
        """(holder, target span) of the stance the verb tokens[i] states."""
        end = self._clause_end(max(i, predicate.after), hi)
        if predicate.kind == "reverse":
            # "доверием [министра обороны] X", "критике со стороны X"; not "… республиканцев в Конгрессе"
            holder = next(
                (
                    span
                    for j in range(predicate.after + 1, min(end, predicate.after + 2 + REVERSE_REACH))
                    if (span := self.beginning.get(j))
                    and self.types.get(span[0]) in HOLDER_TYPES
                    and self.tokens[j].feats.get("Case") != "Loc"
                ),
                None,
            )
            return [(holder[0], subject)] if holder and subject and holder[0] != subject[0] else []
        inverted = self._inverted(i, hi)
        if inverted and (subject is None or subject[2] < self._clause_start(i, lo)):
            # "…, против претензий Китая выступают США"
            begin = self._clause_start(i, lo)
            targets = self._objects(begin, i, inverted[0]) or self._objects(inverted[2] + 1, end, inverted[0])
            return [(inverted[0], span) for span in targets]
        if subject is None:
            return []
        targets = self._objects(predicate.after + 1, end, subject[0])
        return [
            (holder, span) for holder in self._coordinated(subject) for span in targets if span[0] != holder
        ]

    def _coordinated(self, subject: Span) -> list[str]:
        """The subject and those joined to it before: "Россия и Китай осудили …"."""
        holders = [subject[0]]
        j = subject[1] - 1
        while j > 0 and self.tokens[j].lemma in COORDINATION:
            span = self.ending.get(j - 1)
            if not span or not self._nominative(span):
                break
            holders.append(span[0])
            j = span[1] - 1
        return holders

    def _relations(self, lo: int, hi: int) -> list[tuple[str, str, int]]:
        """Both ways between two parties whose relations are evaluated: "отношения дружбы и
        сотрудничества между Сирией и Ираном", "конфликт между X и Y"."""
        found = []
        tokens = self.tokens
        for i in range(lo, hi - 1):
            if tokens[i].lemma != "между":
                continue
            value = _sign(sum(self._evaluation(j) for j in range(max(lo, i - RELATION_REACH), i)))
            parties = self._objects(i + 1, hi, "")
            if value == 0 or len(parties) != 2:
                continue
            (a, *_), (b, *_) = parties
            if a != b and {self.types.get(a), self.types.get(b)} <= HOLDER_TYPES:
                found += [(a, b, value), (b, a, value)]
        return found

    def stances(self) -> list[tuple[str, str, int, int, int]]:
        """(holder, target, score, start, stop) of each verb-stated stance; start/stop: its sentence."""
        found: list[tuple[str, str, int, int, int]] = []
        tokens = self.tokens
        for lo, hi, start, stop in self.sentences:
            found += [(a, b, value, start, stop) for a, b, value in self._relations(lo, hi)]
            subjects: dict[int, Span] = {}
            for i in range(lo, hi):
                tok = tokens[i]
                if tok.pos not in ("VERB", "AUX"):
                    continue
                subject = self._subject(i, lo, subjects)
                if subject and self._finite(i):
                    subjects[i] = subject
                predicate = self._predicate(i, lo, hi)
                if (
                    predicate is None
                    or predicate.value == 0
                    or (tok.feats.get("VerbForm") == "Part" and not self._documented(i))
                ):
                    continue
                if any(t.lemma in REFLEXIVE for t in tokens[i + 1 : i + 3]):
                    continue  # "защищать себя от обвинений": the holder is its own object
                if negated(tokens, i) or self._refused(i, lo):
                    predicate.value = -predicate.value
                for holder, (target, first, last) in self._pairs(i, lo, hi, predicate, subject):
                    if holder != target:
                        score = self._sign(predicate, first, last) * predicate.value * VERB_WEIGHT
                        found.append((holder, target, score, start, stop))
            found += [(a, b, value, start, stop) for a, b, value in self._perspectives(lo, hi, subjects)]
        return found

    def _perspectives(self, lo: int, hi: int, subjects: dict[int, Span]) -> list[tuple[str, str, int]]:
        """What the subject is "для Y": "Кабул будет для НАТО стратегическим партнёром",
        "Иран представляет угрозу для Израиля" (Y's stance on the subject)."""
        found = []
        for i in range(lo, hi - 1):
            if self.tokens[i].lemma != "для":
                continue
            k = i + 1
            while k < hi and self.tokens[k].pos in ("DET", "ADJ") and k not in self.beginning:
                k += 1  # "для всей Европы"
            holder = self.beginning.get(k)
            if not holder or self.types.get(holder[0]) not in HOLDER_TYPES:
                continue
            end = holder[2] + 1
            while end < min(hi, holder[2] + 2 + PERSPECTIVE_REACH) and self.tokens[end].pos != "PUNCT":
                end += 1
            around = (*range(max(lo, i - PERSPECTIVE_REACH), i), *range(holder[2] + 1, end))
            value = _sign(sum(self._evaluation(j) for j in around))
            if not value:
                continue
            through = {j: s for j, s in subjects.items() if self.tokens[j].lemma in COPULAS}
            subject = self._subject(i, lo, through) or next(  # "Для Китая Пакистан остаётся …"
                (
                    s
                    for j in range(holder[2] + 1, end)
                    if (s := self.beginning.get(j)) and self._nominative(s)
                ),
                None,
            )
            if subject and subject[0] != holder[0]:
                found.append((holder[0], subject[0], value))
        return found


@component(STAGE, requires=("tokens", "sentences", "mentions", "quotes"), assigns=("stances",))
def extract(doc: Doc) -> Doc:
    scorer = QuoteScorer(doc)
    scores: dict[tuple[str, str], int] = {}
    evidence: dict[tuple[str, str], tuple[int, int]] = {}
    for quote in doc.quotes:
        if not quote.speaker or _holds_its_words(doc.quotes, quote):
            continue
        tone = None
        denial = scorer.denial(quote)
        opinion = scorer.opinion(quote)
        for target, first, last in scorer.targets(quote):
            key = (quote.speaker, target)
            score = 0 if denial else scorer.mention(first, last, opinion)
            if denial:  # "Это фейк": the report is denied, not those it names
                scores[key] = scores.get(key, 0)
                evidence.setdefault(key, (quote.start, quote.stop))
                continue
            if score == 0:  # silent around the mention: the tone of the whole quote and its cue
                tone = scorer.tone(quote) if tone is None else tone
                score = tone
            scores[key] = scores.get(key, 0) + score
            evidence.setdefault(key, (quote.start, quote.stop))
    for holder, target, score, start, stop in VerbStances(doc, scorer.named, scorer.adjectives).stances():
        key = (holder, target)
        scores[key] = scores.get(key, 0) + score
        evidence.setdefault(key, (start, stop))
    doc.stances = [
        Stance(holder, target, _polarity(score), *evidence[holder, target], stage=STAGE)
        for (holder, target), score in scores.items()
    ]
    return doc


def _holds_its_words(quotes: list[Quote], quote: Quote) -> bool:
    """The quote reports a statement whose own words, quoted, are another quote of the same
    speaker and cue inside it (`назвал решение «жалким поступком»`): those words are the evidence,
    counted once."""
    return any(
        other is not quote
        and other.cue_start == quote.cue_start
        and other.speaker == quote.speaker
        and quote.start <= other.start
        and other.stop <= quote.stop
        for other in quotes
    )


def _polarity(score: int) -> str:
    return "positive" if score > 0 else "negative" if score < 0 else "neutral"
