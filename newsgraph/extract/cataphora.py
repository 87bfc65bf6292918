"""Unnamed speakers the article names only afterwards.

A speaker given by a role noun alone ("Адвокат Насира заявил, что …", "— сказал
глава государства") that nothing before resolves is often named right after:

1. the same noun next to a person's name in the same paragraph or the two after
   ("его назначенный судом адвокат, Стивен Брунстайн, отказался …",
   "Стивен Брунстайн, адвокат защиты"): that person;
2. a direct quote continued by the next cue of its paragraph ("«…», — сказал глава
   государства — «…», — напомнил Медведев"): the person of that cue, when the cue
   verbs agree in gender and nobody else is named between;
3. the sentence right after the words saying who told them ("«…», — сказал кандидат. Об
   этом заявил журналистам лидер оппозиции Эдмундо Гонсалес"): that person;
4. a headline's speaker described, not named ("23-летняя подруга Березовского не верит …",
   "Россиянин, обвиняемый в хакерской атаке, заявил …"): the person named as the speaker of
   the same cue verb, saying words about the same thing, in the first paragraphs after it ("Подруга … Екатерина Сабирова … не
   верит, что …", "29-летний москвич Дмитрий Смилянец заявил …"), the lead the headline sums up.

When two different persons fit, or none does, the speaker stays unnamed.
"""

from __future__ import annotations

import re

from newsgraph.extract import speech_cues as cues
from newsgraph.extract.quote_context import QuoteContext, Referent, tagged_nominative
from newsgraph.extract.quote_records import add_reason
from newsgraph.model import Quote, Token

NAMED_WITHIN_PARAGRAPHS = 2  # paragraphs after the speaker's own where the name may stand
LEAD_PARAGRAPHS = 3  # paragraphs after a headline where the lead restating it stands
QUALIFIER_WORDS = 3  # genitive words between the noun and the name (`офицер военно-морской разведки`)
APPOSITION_GAP = frozenset({",", "—", "–", "-"})  # `адвокат, Стивен Брунстайн`
ABOUT_THIS = re.compile(r"\s*Об\s+этом\b")  # `Об этом заявил …`: who told the words before


def resolve(ctx: QuoteContext, quotes: list[Quote]) -> None:
    """Give quotes whose speaker is an unnamed person noun to the person named after it."""
    entities = {e.id: e for e in ctx.doc.entities}
    for index, quote in enumerate(quotes):
        pronoun = _unresolved_pronoun(ctx, quote)
        if pronoun is not None:
            _pronoun_told_next(ctx, quote, pronoun, entities)
            continue
        head = _role_head(ctx, quote)
        if head is None:
            continue
        found = _named_by_noun(ctx, head) | _continuing_cue(ctx, quotes, index, head)
        if not found:
            found = _told_next(ctx, quote)
        if not found:
            found = _lead_speaker(ctx, quotes, index)
        if len(found) != 1:
            continue
        (person,) = found
        if person not in entities or entities[person].type != "person":
            continue
        quote.speaker = person
        name = entities[person].name.get("ru") or person
        add_reason(quote, f"an unnamed {ctx.tokens[head].lemma!r} named after it: {name}")


def _unresolved_pronoun(ctx: QuoteContext, quote: Quote) -> int | None:
    """`«…», — отметила она.` opening the text's account of someone no one named yet: the
    pronoun right after the cue of a quote left with no speaker, else None."""
    if quote.speaker is not None or quote.speaker_start is not None or quote.cue_stop is None:
        return None
    k = ctx.token_at(quote.cue_stop - 1)
    k = k + 1 if k is not None else None
    if k is None or k >= len(ctx.tokens):
        return None
    tok = ctx.tokens[k]
    return k if tok.text.lower() in ("он", "она") else None


def _pronoun_told_next(ctx: QuoteContext, quote: Quote, k: int, entities: dict) -> None:
    """Rule 3 for a pronoun (`— отметила она. Об этом заявила … Мария Захарова`): the one person
    the next sentence names as the teller, of the pronoun's gender; the pronoun is the mention."""
    found = _told_next(ctx, quote)
    if len(found) != 1:
        return
    (person,) = found
    entity = entities.get(person)
    gender = "Fem" if ctx.tokens[k].text.lower() == "она" else "Masc"
    if entity is None or entity.type != "person" or _gender_of(ctx, person) not in (gender, None):
        return
    quote.speaker = person
    quote.speaker_start, quote.speaker_stop = ctx.tokens[k].start, ctx.tokens[k].stop
    quote.speaker_text = ctx.tokens[k].text
    name = entity.name.get("ru") or person
    add_reason(quote, f"the pronoun {ctx.tokens[k].text!r} is the person the next sentence names: {name}")


def _gender_of(ctx: QuoteContext, entity: str) -> str | None:
    """The gender the article's mentions give a person, or None."""
    genders = {r.gender for r in ctx.referents if r.entity == entity and r.gender}
    return genders.pop() if len(genders) == 1 else None


def _role_head(ctx: QuoteContext, quote: Quote) -> int | None:
    """The head noun of an unnamed person speaker (`Адвокат Насира`: `Адвокат`), else None."""
    if quote.speaker is not None or quote.speaker_start is None or quote.speaker_stop is None:
        return None
    for i in ctx.token_range(quote.speaker_start, quote.speaker_stop):
        tok = ctx.tokens[i]
        if tok.pos in ("NOUN", "PROPN"):
            return i if _person_noun(tok) else None
    return None


def _person_noun(tok: Token) -> bool:
    return (
        tok.feats.get("Number", "Sing") == "Sing"
        and tok.feats.get("Case", "Nom") == "Nom"
        and tok.lemma not in cues.UNNAMED_SOURCES
        and (tok.lemma in cues.ROLE_NOUNS or tok.feats.get("Animacy") == "Anim")
    )


def _named_by_noun(ctx: QuoteContext, head: int) -> set[str]:
    """Persons written next to the same noun after `head`, within the paragraphs allowed."""
    lemma = ctx.tokens[head].lemma
    last = ctx.paras[
        min(len(ctx.paras) - 1, ctx.para_index(ctx.tokens[head].start) + NAMED_WITHIN_PARAGRAPHS)
    ]
    found = set()
    for j in range(head + 1, len(ctx.tokens)):
        if ctx.tokens[j].start >= last[1]:
            break
        if ctx.tokens[j].lemma != lemma:
            continue
        for ref in (_person_after(ctx, j), _person_before(ctx, j)):
            if ref is not None:
                found.add(ref.entity)
    return found


def _person_after(ctx: QuoteContext, j: int) -> Referent | None:
    """`адвокат Стивен Брунстайн`, `адвокат, Стивен Брунстайн,`, `Офицер военно-морской разведки
    Джеффри Дилайл` (past the genitives qualifying the noun)."""
    k = j + 1
    words = 0
    while k < len(ctx.tokens):
        ref = ctx.referent_at(k)
        if ref is not None and ref.type == "person" and _genitive(ctx, ref):
            k = (ctx.token_at(ref.stop - 1) or k) + 1  # `подруга олигарха Бориса Березовского`: whose
            continue
        tok = ctx.tokens[k]
        if (
            ref is not None
            or words == QUALIFIER_WORDS
            or tok.pos not in ("ADJ", "NOUN")
            or tok.feats.get("Case") != "Gen"
        ):
            break
        k, words = k + 1, words + 1
    if k < len(ctx.tokens) and ctx.tokens[k].text in APPOSITION_GAP:
        k += 1
    if k >= len(ctx.tokens):
        return None
    ref = ctx.referent_at(k)
    return ref if _person(ctx, ref, k) else None


def _genitive(ctx: QuoteContext, ref: Referent) -> bool:
    """No word of the name is tagged nominative and its first is tagged genitive."""
    words = [ctx.tokens[i] for i in ctx.token_range(ref.start, ref.stop)]
    return bool(words) and words[0].feats.get("Case") == "Gen" and not tagged_nominative(words)


def _person_before(ctx: QuoteContext, j: int) -> Referent | None:
    """`Стивен Брунстайн, адвокат защиты`."""
    if j < 2 or ctx.tokens[j - 1].text != ",":
        return None
    ref = ctx.referent_at(j - 2)
    return (
        ref
        if ref is not None and ref.type == "person" and ref.entity and ref.stop == ctx.tokens[j - 2].stop
        else None
    )


def _person(ctx: QuoteContext, ref: Referent | None, k: int) -> bool:
    return (
        ref is not None and ref.type == "person" and ref.entity is not None and ctx.token_at(ref.start) == k
    )


def _told_next(ctx: QuoteContext, quote: Quote) -> set[str]:
    """`«…», — сказал кандидат. Об этом заявил журналистам лидер оппозиции Эдмундо Гонсалес`: the
    sentence right after the words says who told them (`Об этом`, a speech cue, one person named
    in the nominative)."""
    after = ctx.unit_after(quote.stop)
    if after is None or not ABOUT_THIS.match(ctx.text, after.start):
        return set()
    toks = ctx.token_range(after.start, after.stop)
    if not any(
        t.lemma in cues.SPEECH_VERBS and t.feats.get("VerbForm") == "Fin"
        for t in ctx.tokens[toks.start : toks.stop]
    ):
        return set()
    people = {
        ref.entity
        for k in toks
        if (ref := ctx.referent_at(k)) is not None
        and _person(ctx, ref, k)
        and tagged_nominative(ctx.tokens[i] for i in ctx.token_range(ref.start, ref.stop))
    }
    return people


def _continuing_cue(ctx: QuoteContext, quotes: list[Quote], index: int, head: int) -> set[str]:
    """The person of the next direct quote's cue in the same paragraph, when this one is direct,
    the cue verbs agree in gender and no other person is named between (its owner right after the
    noun aside: `адвокат Петрова`)."""
    quote = quotes[index]
    if quote.kind != "direct" or quote.cue_start is None or quote.speaker_stop is None:
        return set()
    para = ctx.para_index(quote.speaker_stop)
    after = [q for q in quotes[index + 1 :] if q.cue_start is not None and q.cue_start > quote.speaker_stop]
    nxt = min(after, key=lambda q: q.cue_start or 0, default=None)
    if (
        nxt is None
        or nxt.kind != "direct"
        or nxt.speaker is None
        or nxt.speaker_start is None
        or ctx.para_index(nxt.speaker_start) != para
        or _cue_gender(ctx, quote) != _cue_gender(ctx, nxt)
    ):
        return set()
    owner = ctx.tokens[head + 1].start if head + 1 < len(ctx.tokens) else None
    between = {
        r.entity or r.name
        for r in ctx.referents
        if r.type == "person" and ctx.tokens[head].stop <= r.start < nxt.speaker_start and r.start != owner
    }
    return {nxt.speaker} if not between else set()


def _lead_speaker(ctx: QuoteContext, quotes: list[Quote], index: int) -> set[str]:
    """A headline's described speaker (`Россиянин … заявил о своей невиновности`): the persons
    named at the site of a quote with the same cue verb, of the same gender, about the same thing
    (a noun, adjective or verb shared), in the first paragraphs after the headline (`… москвич
    Дмитрий Смилянец заявил о своей невиновности`)."""
    quote = quotes[index]
    if quote.speaker_start is None or ctx.para_index(quote.speaker_start) != 0:
        return set()
    if sum(unit.para == 0 for unit in ctx.units) != 1:
        return set()  # only a headline: the first paragraph, one sentence
    verb = _cue_verb(ctx, quote)
    if verb is None:
        return set()
    last = ctx.paras[min(len(ctx.paras) - 1, LEAD_PARAGRAPHS)][1]
    about = _content_words(ctx, quote)
    found = set()
    for later in quotes[index + 1 :]:
        if later.start >= last:
            break
        other = _cue_verb(ctx, later)
        if (
            later.speaker is not None
            and later.speaker_start is not None
            and other is not None
            and other.lemma == verb.lemma
            and other.feats.get("Gender") == verb.feats.get("Gender")
            and about & _content_words(ctx, later)
        ):
            found.add(later.speaker)
    return found


def _content_words(ctx: QuoteContext, quote: Quote) -> set[str]:
    """The lemmas of a quote's nouns, adjectives and verbs: what the statement is about."""
    return {
        ctx.tokens[i].lemma
        for i in ctx.token_range(quote.start, quote.stop)
        if ctx.tokens[i].pos in ("NOUN", "PROPN", "ADJ", "VERB")
    }


def _cue_verb(ctx: QuoteContext, quote: Quote) -> Token | None:
    for i in ctx.token_range(quote.cue_start or 0, quote.cue_stop or 0):
        if ctx.tokens[i].pos in ("VERB", "AUX"):
            return ctx.tokens[i]
    return None


def _cue_gender(ctx: QuoteContext, quote: Quote) -> str | None:
    verb = _cue_verb(ctx, quote)
    return verb.feats.get("Gender") if verb is not None else None
