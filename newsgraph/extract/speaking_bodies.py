"""State bodies named by a common noun alone that speak.

"Как сообщили из федеральной прокуратуры", "Правительство призвало …", "В
прокуратуре заявили", "полиция сообщила": a body the article names by its head
noun only (no country, no name the entities stage could link) is still an
organisation when it speaks (the gold sets require it: test3's central body named
by a common noun, dev3's federal prosecutor, test7's bare "Правительство"). The
quote's unnamed speaker becomes a government organisation entity named by the
phrase in the nominative, with no Wikidata id.

A country's authorities or side given by the country's adjective ("Российские
власти объявили об …", "американская сторона заявила") speak for that country
whether or not the article names it (the speakers stage links them to a country
it names; dev3's Russia is named by the adjective alone): the country becomes an
entity named as the adjective table has it.

Its leader, spokesman or employee unnamed, the body named with its place ("Шеф полиции
Сан-Диего рассказал"), speaks for the body: the body is the speaker and the description is kept
as the quote's speaker text (of a body named by its noun alone, "представители прокуратуры",
they stay unnamed); a unit named by its body ("городское управление полиции") is a
body, and the bare body noun further on ("полиция считает") the same one.

An organisation the article named before is named again in short by some of its words:
"Авиационное управление сообщило" after "Федеральное авиационное управление", and "В
пресс-службе бюро расследований говорят" after "ФБР" (the words ending its full name).

Anonymous people and collectives stay unnamed sources: "источник", "эксперты",
"следствие" (test6), bare "власти" (unless the article named them before with their
country or city: the speakers stage), "СМИ" (test5; media given by an adjective
too) are no bodies of their own; nor is a noun that may stand for one of several
bodies the article names ("Правительство" with "Правительство Украины" and
"Правительство России" named before); the bare noun with one body of its kind named
("Прокуратура предлагает …" beside "российская прокуратура") is that body.
"""

from __future__ import annotations

from newsgraph.extract import speech_cues as cues
from newsgraph.extract.gazetteer import gazetteer, lemma_key
from newsgraph.extract.institutions import adjective_countries, capitalised, head_lemma
from newsgraph.extract.names import nominative
from newsgraph.extract.quote_context import QuoteContext
from newsgraph.extract.quote_records import add_reason
from newsgraph.model import Doc, Entity, Mention, Quote, Token

STAGE = "entities.speaking_bodies.v1"
# Head nouns of the bodies that speak here, alone or qualified (`Управление образования округа`).
SPEAKING_HEADS = cues.BODY_HEADS | cues.QUALIFIED_BODY_HEADS

# A unit of a body, named by the body in the genitive (`городское управление полиции`,
# `департамент полиции`): a body of its own.
BODY_UNITS = frozenset("управление департамент главк отдел".split())
# People of a body named by it in the genitive (`Шеф полиции Сан-Диего`, `представитель
# прокуратуры`): the body speaks through them, their description kept.
BODY_PEOPLE = cues.LEADER_NOUNS | cues.SPOKESPEOPLE | frozenset("шеф начальник сотрудник".split())


def resolve(ctx: QuoteContext, quotes: list[Quote]) -> None:
    """Give quotes whose unnamed speaker is a body named by a common noun to an entity for it."""
    doc = ctx.doc
    made: dict[str, str] = {}  # name -> entity id, one entity per body in the article
    for quote in quotes:
        if _national(ctx, quote) or _shortened(ctx, quote) or _end_of_full_name(ctx, quote):
            continue
        span = _body_span(ctx, quote)
        if span is None:
            continue
        first, head, stop = span
        tokens = ctx.tokens[first:stop]
        text = doc.text[tokens[0].start : tokens[-1].stop]
        name = capitalised(nominative(tokens, text))
        entity = made.get(name.lower())
        lemma = head_lemma(ctx.tokens[head])
        named = _named_before(doc, lemma, anywhere=lemma in cues.QUALIFIED_BODY_HEADS)
        if entity is None and len(named) == 1 and first == head and stop == head + 1:
            # `Прокуратура предлагает …` in an article naming `российская прокуратура` alone: that body
            entity = made[name.lower()] = named[0]
        if entity is None and named:
            continue  # one of the bodies of that kind the article names: which one is not said
        if entity is None:
            entity = made[name.lower()] = _entity(doc, name)
            if _unit_of_body(ctx, head, range(head, stop)):
                # `полиция считает` after `по сообщениям городского управления полиции`: the same body
                made.setdefault(head_lemma(ctx.tokens[head + 1]), entity)
            elif stop > head + 1:
                # `в заявлении полиции` after `пресс-служба полиции РА`: the same body
                made.setdefault(head_lemma(ctx.tokens[head]), entity)
        doc.mentions.append(Mention(tokens[0].start, tokens[-1].stop, text, "organization", entity, STAGE))
        person = first > 0 and head_lemma(ctx.tokens[first - 1]) in BODY_PEOPLE
        # `Шеф полиции Сан-Диего`: the police speak, the one who spoke for them kept as written
        quote.speaker, quote.speaker_text = entity, quote.speaker_text if person else None
        add_reason(quote, f"a body named by a common noun: {name}")
    doc.mentions.sort(key=lambda m: m.start)


def _national(ctx: QuoteContext, quote: Quote) -> bool:
    """Give a quote of `Российские власти` (adjectives, then a national body) to the country."""
    if quote.speaker is not None or quote.speaker_start is None or quote.speaker_stop is None:
        return False
    span = ctx.token_range(quote.speaker_start, quote.speaker_stop)
    head = next((i for i in span if ctx.tokens[i].pos in ("NOUN", "PROPN")), None) if span else None
    if head is None or head == span.start or head_lemma(ctx.tokens[head]) not in cues.NATIONAL_BY_ADJECTIVE:
        return False
    if any(ctx.tokens[i].pos != "ADJ" for i in range(span.start, head)):
        return False
    adjective = ctx.tokens[head - 1]
    name = adjective_countries().get(head_lemma(adjective))
    if name is None:
        return False  # `местные власти`, `федеральные власти`: no country
    doc = ctx.doc
    entity = next((e.id for e in doc.entities if e.type == "country" and e.name.get("ru") == name), None)
    if entity is None:
        entity = _country(doc, name)
    doc.mentions.append(Mention(adjective.start, adjective.stop, adjective.text, "country", entity, STAGE))
    quote.speaker, quote.speaker_text = entity, None
    add_reason(quote, f"a country's authorities given by its adjective: {name}")
    return True


def _shortened(ctx: QuoteContext, quote: Quote) -> bool:
    """`Авиационное управление сообщило` after `Федеральное авиационное управление`: an unnamed
    speaker given by adjectives and a noun, all of them words of the one organisation the article
    names with that head noun, is that organisation named again in short."""
    if quote.speaker is not None or quote.speaker_start is None or quote.speaker_stop is None:
        return False
    span = ctx.token_range(quote.speaker_start, quote.speaker_stop)
    words = [ctx.tokens[i] for i in span]
    if len(words) < 2 or any(w.pos != "ADJ" for w in words[:-1]) or words[-1].pos != "NOUN":
        return False
    wanted = {w.lemma for w in words}
    found = set()
    for mention in ctx.doc.mentions:
        if mention.entity is None or mention.type != "organization" or mention.stop > quote.speaker_start:
            continue
        named = ctx.token_range(mention.start, mention.stop)
        lemmas = {ctx.tokens[i].lemma for i in named}
        if len(named) > len(words) and wanted <= lemmas and words[-1].lemma == _head_noun(ctx, named):
            found.add(mention.entity)
    if len(found) != 1:
        return False
    quote.speaker, quote.speaker_text = found.pop(), None
    add_reason(quote, "an organisation named again by some of its words")
    return True


def _end_of_full_name(ctx: QuoteContext, quote: Quote) -> bool:
    """`В пресс-службе бюро расследований говорят` after `ФБР`: an unnamed speaker given by a
    noun and its genitives (past a press office or spokesman), the words that end the full name of
    the one organisation the article named before (by its acronym or in full), is that
    organisation."""
    if quote.speaker is not None or quote.speaker_start is None or quote.speaker_stop is None:
        return False
    words = [ctx.tokens[i] for i in ctx.token_range(quote.speaker_start, quote.speaker_stop)]
    if words and (words[0].lemma in cues.PRESS_OFFICES or words[0].lemma in cues.SPOKESPEOPLE):
        words = words[1:]
    if len(words) < 2 or words[0].pos != "NOUN" or any(w.feats.get("Case") != "Gen" for w in words[1:]):
        return False
    wanted = lemma_key(" ".join(w.text for w in words)).split()
    before = {m.entity for m in ctx.doc.mentions if m.entity and m.stop <= quote.speaker_start}
    found = {
        entity.id
        for entity in ctx.doc.entities
        if entity.type == "organization"
        and entity.id in before
        and len(name := lemma_key(entity.name.get("ru") or "").split()) > len(wanted)
        and name[-len(wanted) :] == wanted
    }
    if len(found) != 1:
        return False
    quote.speaker, quote.speaker_text = found.pop(), None
    add_reason(quote, "an organisation named again by the words ending its full name")
    return True


def _head_noun(ctx: QuoteContext, named: range) -> str | None:
    """The lemma of the first noun of a name (`Федеральное авиационное управление США`: управление)."""
    return next((ctx.tokens[i].lemma for i in named if ctx.tokens[i].pos == "NOUN"), None)


def _body_span(ctx: QuoteContext, quote: Quote) -> tuple[int, int, int] | None:
    """(first, head, stop) tokens of an unnamed speaker that is a body: its adjectives, the
    head noun, lower-case genitive words after it (`федеральной прокуратуры`, `полиция штата`,
    a body's unit named by it: `городского управления полиции`)."""
    if quote.speaker is not None or quote.speaker_start is None or quote.speaker_stop is None:
        return None
    span = ctx.token_range(quote.speaker_start, quote.speaker_stop)
    if not span:
        return None
    head = next((i for i in span if ctx.tokens[i].pos in ("NOUN", "PROPN")), None)
    person = head is not None and head_lemma(ctx.tokens[head]) in BODY_PEOPLE
    if (
        head is not None
        and head_lemma(ctx.tokens[head]) in cues.PRESS_OFFICES | BODY_PEOPLE
        and head + 1 in span
    ):
        span = range(head + 1, span.stop)  # `пресс-служба полиции (РА)`, `Шеф полиции`: the police speak
        # the body's noun past its adjectives (`представителя полицейского управления Беркли`)
        head = next((i for i in span if ctx.tokens[i].pos in ("NOUN", "PROPN")), None)
        if head is not None and ctx.tokens[head].feats.get("Case") != "Gen":
            head = None
    if head is None:
        return None
    if not (_unit_of_body(ctx, head, span) or _body_head(ctx.tokens[head])):
        return None
    if any(ctx.tokens[i].pos != "ADJ" for i in range(span.start, head)):
        return None  # `адвокат прокуратуры`: someone else's (the body's people are stepped over above)
    if _placed_source(ctx, span.start):
        return None  # `Источники в полиции сообщают`: people placed in the body, not the body
    stop = head + 1
    while stop < span.stop and _complement(ctx.tokens[stop]):
        stop += 1
    qualified = head_lemma(ctx.tokens[head]) in cues.QUALIFIED_BODY_HEADS
    if qualified and head == span.start and stop == head + 1:
        return None  # `ведомство сообщило`: the body named before, which one is not said here
    countries = adjective_countries()
    if qualified and any(head_lemma(ctx.tokens[i]) in countries for i in range(span.start, head)):
        return None  # `американское дипломатическое ведомство`: a country's body left unnamed
    place = ctx.referent_at(stop) if stop < span.stop else None
    if place is not None and place.type in ("location", "country") and ctx.token_at(place.start) == stop:
        stop = (ctx.token_at(place.stop - 1) or stop) + 1  # `полиции Сан-Диего`: the city's police
    elif person:
        return None  # `представители прокуратуры`: of a body named by a common noun alone, unnamed
    return span.start, head, stop


def _placed_source(ctx: QuoteContext, first: int) -> bool:
    """The body follows `в`/`из` right after a noun (`Источники в полиции`, `источник из прокуратуры`)."""
    return (
        first >= 2
        and ctx.tokens[first - 1].text.lower() in ("в", "во", "из")
        and ctx.tokens[first - 2].pos in ("NOUN", "PROPN")
    )


def _unit_of_body(ctx: QuoteContext, head: int, span: range) -> bool:
    """`городского управления полиции`: a unit (`управление`, `департамент`) named by the body
    it belongs to, in the genitive right after it."""
    if head_lemma(ctx.tokens[head]) not in BODY_UNITS or head + 1 not in span:
        return False
    whose = ctx.tokens[head + 1]
    return head_lemma(whose) in cues.BODY_HEADS and whose.feats.get("Case") == "Gen"


def _body_head(tok: Token) -> bool:
    return head_lemma(tok) in SPEAKING_HEADS and tok.feats.get("Number", "Sing") == "Sing"


def _complement(tok: Token) -> bool:
    return tok.pos in ("NOUN", "ADJ") and tok.text.islower() and tok.feats.get("Case") == "Gen"


def _named_before(doc: Doc, lemma: str, *, anywhere: bool = False) -> list[str]:
    """The organisations of the article named with this head (`Правительство Украины`; with
    `anywhere`, a head after adjectives too: `Химкинский городской суд`)."""
    found = []
    for e in doc.entities:
        name = (e.name.get("ru") or "").lower().replace("ё", "е")
        if e.type != "organization":
            continue
        if name.startswith(lemma) or (anywhere and any(w.startswith(lemma) for w in name.split())):
            found.append(e.id)
    return found


def _entity(doc: Doc, name: str) -> str:
    entity = Entity(doc.new_entity_id(), "organization", {"ru": name, "en": None}, kind="government")
    doc.entities.append(entity)
    return entity.id


def _country(doc: Doc, name: str) -> str:
    """A country entity the article names by an adjective only, linked as the gazetteer has it."""
    entry = gazetteer().find(name)
    if entry is None or entry.type != "country":
        entity = Entity(doc.new_entity_id(), "country", {"ru": name, "en": None})
    else:
        entity = Entity(
            doc.new_entity_id(),
            "country",
            {"ru": name, "en": entry.en},
            wikidata=entry.wikidata,
            aliases=list(entry.aliases),
        )
    doc.entities.append(entity)
    return entity.id
