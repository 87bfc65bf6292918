"""The quotes stage: direct, reported and unmarked speech, with who said it.

Steps:

1. Direct quotes, attributed by the dash, colon or cue around the marks.
2. Reported speech (frames, cue verbs, impersonal and passive cues, calls and
   evaluations), outside the direct quotes.
3. Direct quotes attributed again, now that the speakers of the reported speech
   before them are known (`По словам X, … «…», — цитирует РБК белорусского лидера`).
4. Quotations with no attribution that read as utterances go to the speaker
   of the quotes just before them, or the person the sentence before is about;
   titles, names and scare quotes are dropped.
5. Unmarked speech: first-person paragraphs after a speaker's quotes, and
   interview answers (`Имя Фамилия: …`).
6. Sources that point back (a bare `пресс-служба`, `собеседник агентства`,
   `говорится в пресс-релизе`) get the speaker quoted just before; one quote
   is kept per span (a statement repeated further down is a quote again).
7. An unnamed person noun named right after (`Адвокат X заявил … его адвокат,
   Стивен Брунстайн`) is that person (`cataphora`); a state body named by a
   common noun alone (`В прокуратуре заявили`) becomes an organisation
   (`speaking_bodies`).
8. The speaker's role at the quote site is recorded on the speaker entity.
"""

from __future__ import annotations

from newsgraph.extract import cataphora, speaking_bodies
from newsgraph.extract import speech_cues as cues
from newsgraph.extract.direct_quotes import Group, find_direct, utterance_like
from newsgraph.extract.quote_context import QuoteContext, build_context
from newsgraph.extract.quote_records import make_quote, trim
from newsgraph.extract.reported_speech import QUOTE_OPENERS, find_reported
from newsgraph.extract.speakers import Speaker, SpeakerFinder
from newsgraph.extract.unmarked_speech import find_unmarked
from newsgraph.model import Doc, Quote
from newsgraph.pipeline import component

CONTINUED_CONFIDENCE = 0.6
PREVIOUS_SOURCE_PARAGRAPHS = 2  # how far back a source pointing back may look
SPOKEN_DOCUMENTS = frozenset(
    {
        "интервью",
        "обращение",
        "письмо",
        "ответ",
        "пост",
        "поздравление",
        "послание",
        "выступление",
        "телеграмма",
    }
)  # a person's own words
MEETING_NOUNS = frozenset({"заседание", "совещание", "пленум", "сессия", "съезд", "коллегия", "саммит"})
DECISION_VERBS = frozenset({"признать", "решить", "отметить", "констатировать", "постановить", "указать"})
RECEIVING_VERBS = frozenset({"получить", "получать"})  # `получила письмо`: the recipient, not the writer
UNKNOWN_WRITER = frozenset({"анонимный", "неизвестный"})  # `анонимное письмо`: no one's known words
RECEIVED_WINDOW = 6  # tokens before a document where its receiving verb or `анонимный` stands
DOCUMENT_WINDOW = 40  # characters after an impersonal cue where its document is named
SOURCE_NOUNS = frozenset({"источник"})  # an outlet's unnamed sources, cited before a `собеседник издания`


@component(
    "quotes.rules.v2",
    requires=("tokens", "sentences", "mentions", "entities"),
    assigns=("quotes", "entities", "mentions"),
)
def extract(doc: Doc) -> Doc:
    ctx = build_context(doc)
    finder = SpeakerFinder(ctx)
    direct, pending = find_direct(ctx, finder)
    claimed = [(q.start, q.stop) for q in direct] + [(q.cue_start, q.cue_stop) for q in direct if q.cue_start]
    # quotations that read as utterances are someone's words even unattributed: no cue inside them counts
    seen = len(finder.history)
    reported = find_reported(ctx, finder, claimed, [g for g in pending if utterance_like(ctx, g)])
    # direct quotes again, knowing now who spoke in the reported speech before them
    # (`По словам Лукашенко, … «…», — цитирует РБК белорусского лидера`)
    finder = SpeakerFinder(ctx, history=finder.history[seen:])
    direct, pending = find_direct(ctx, finder)
    quotes = direct + reported
    quotes += _continued(ctx, finder, pending, quotes)
    quotes += find_unmarked(ctx, finder, quotes)
    quotes.sort(key=lambda q: (q.start, q.stop))
    _previous_sources(ctx, finder, quotes)
    _relaying_outlets(ctx, quotes)
    cataphora.resolve(ctx, quotes)
    speaking_bodies.resolve(ctx, quotes)
    doc.quotes = _dedupe(quotes)
    _record_roles(doc, finder)
    return doc


def _relaying_outlets(ctx: QuoteContext, quotes: list[Quote]) -> None:
    """The outlet that relays a named speaker's words in the same sentence (`Как сообщает РИА
    Новости, Захарова назвала …`, `Лавров заявил, что …, сообщает ТАСС`): recorded as the quote's
    outlet, where none was found at the cue."""
    for quote in quotes:
        if quote.outlet is not None or quote.speaker is None or ctx.is_media(quote.speaker):
            continue
        unit = ctx.unit_at(quote.cue_start if quote.cue_start is not None else quote.start)
        if unit is None:
            continue
        for k in ctx.token_range(unit.start, unit.stop):
            tok = ctx.tokens[k]
            if tok.lemma not in cues.RELAY_FRAME_VERBS or tok.feats.get("VerbForm") != "Fin":
                continue
            framed = k > 0 and (ctx.tokens[k - 1].text == "," or ctx.tokens[k - 1].text.lower() == "как")
            j = k + 1
            while j < len(ctx.tokens) and ctx.tokens[j].text in QUOTE_OPENERS:
                j += 1  # `, пишет «Коммерсант»`
            ref = ctx.referent_at(j) if j < len(ctx.tokens) else None
            if framed and ref is not None and ctx.is_media(ref.entity):
                quote.outlet = ref.entity
                break


def _continued(
    ctx: QuoteContext, finder: SpeakerFinder, pending: list[Group], quotes: list[Quote]
) -> list[Quote]:
    """An unattributed quotation that reads as an utterance: the previous speaker's, with less confidence."""
    found = []
    for group in pending:
        if not utterance_like(ctx, group):
            continue
        if any(q.start <= group.start < q.stop or group.start <= q.start < group.stop for q in quotes):
            continue
        # the speaker quoted just before; else the person the sentence before is about; else the
        # speaker quoted a few paragraphs up (a quotation standing alone is someone's words)
        previous = finder.previous(group.open_at, paragraphs=1)
        if not previous:
            named = _person_before(ctx, finder, group.open_at)
            previous = [named] if named is not None else finder.previous(group.open_at)
        if not previous:
            continue
        speaker = previous[0]
        start, stop = trim(ctx.text, group.start, group.stop)
        quote = make_quote(
            ctx,
            "direct",
            start,
            stop,
            cue=None,
            speaker=speaker,
            confidence=CONTINUED_CONFIDENCE,
            reason=f"no attribution: continues quotes of {speaker.name or speaker.text}",
            carried=True,
        )
        finder.remember(start, speaker)  # the next quotation standing alone goes on from here
        found.append(quote)
    return found


def _person_before(ctx: QuoteContext, finder: SpeakerFinder, offset: int) -> Speaker | None:
    """The person named in the nominative in the sentence just before `offset` (its subject)."""
    unit = ctx.unit_at(max(0, offset - 1)) if ctx.unit_at(offset) is None else ctx.unit_at(offset)
    if unit is None:
        return None
    index = ctx.units.index(unit)
    candidates = [unit] if ctx.text[unit.start : offset].strip() else []  # this sentence, up to `offset`
    if index > 0 and ctx.units[index - 1].para >= unit.para - 1:
        candidates.append(ctx.units[index - 1])  # then the sentence before
    for before in candidates:
        people = {
            r.entity or r.name: r
            for r in ctx.referents
            if before.start <= r.start < min(before.stop, offset)
            and r.type == "person"
            and finder.is_nominative(r)
        }
        if len(people) == 1:
            return finder.from_referent(next(iter(people.values())), how="name")
        if people:
            return None
    return None


def _previous_sources(ctx: QuoteContext, finder: SpeakerFinder, quotes: list[Quote]) -> None:
    """Sources that point back, given to whoever spoke just before (quotes in text order):

    - a bare voice (`Пресс-служба отмечает`): the organisation quoted last (not an agency);
    - a document with no source (`говорится в пресс-релизе`, `согласно сообщению`): the
      organisation quoted last; a person's own (`говорится в интервью`): the speaker quoted last;
    - `собеседник агентства` (the one the outlet talked to): the speaker quoted last, unless
      that was an unnamed source or the outlet itself relaying its sources (one of the outlet's
      sources, kept unnamed, as the gold sets annotate `собеседник издания`).
    """
    for index, quote in enumerate(quotes):
        if quote.speaker is not None:
            continue
        body = _meeting_body(ctx, quote)
        if body is not None:  # `Состоялось заседание правительства … Признано, что …`
            quote.speaker, quote.speaker_text = body, None
            quote.reason = "an impersonal decision after the meeting of a body named just before"
            continue
        wanted = _points_back(ctx, quote)
        if wanted is None:
            continue
        floor = ctx.paras[max(0, ctx.para_index(quote.start) - PREVIOUS_SOURCE_PARAGRAPHS)][0]
        named = (
            _person_before(ctx, finder, quote.cue_start) if wanted == "anyone" and quote.cue_start else None
        )
        if named is not None and named.entity:  # `Путин поздравил актёра. В поздравлении говорится: …`
            quote.speaker, quote.speaker_text = named.entity, None
            quote.reason = f"the source points back: {named.name}, named just before"
            continue
        for before in reversed(quotes[:index]):
            if before.start < floor:
                break
            entity = ctx.doc.entity(before.speaker) if before.speaker else None
            if wanted == "relayed" and entity is None and before.speaker_text:
                break  # `Собеседники РБК сообщили … уточнил один из собеседников агентства`: one of them
            if wanted == "relayed" and entity is not None and entity.kind == "media":
                break  # `сообщает Bloomberg со ссылкой на источники … собеседник агентства`: one of those
            if wanted == "relayed" and _sources_cited(ctx, before, quote.start):
                # `Минфин предложил …, пишет РБК со ссылкой на источники. По словам собеседника
                # издания`: one of the outlet's sources, not the one the news is about
                break
            if entity is None or (wanted not in ("anyone", "relayed") and entity.type == "person"):
                continue
            if wanted == "voice" and entity.kind == "media":
                continue  # a press service speaks for its organisation, not for the agency relaying it
            quote.speaker, quote.speaker_text = entity.id, None
            quote.reason = f"the source points back: {entity.name.get('ru') or entity.id}, quoted just before"
            break


def _sources_cited(ctx: QuoteContext, before: Quote, stop: int) -> bool:
    """After the quote `before` (its words, cue and speaker) and before offset `stop`, an outlet's
    sources are cited (`…, пишет РБК со ссылкой на источники`, `источник РБК … утверждает`); not
    that quote's own source (`Источник в Минобороны сообщил … — сказал собеседник агентства`)."""
    lo = max(before.stop, before.cue_stop or 0, before.speaker_stop or 0)
    return any(
        ctx.tokens[k].lemma in SOURCE_NOUNS or ctx.tokens[k].text.lower() == "ссылкой"
        for k in ctx.token_range(lo, stop)
    )


def _meeting_body(ctx: QuoteContext, quote: Quote) -> str | None:
    """`30 июля состоялось заседание правительства, на котором … Признано, что …`: a decision
    stated impersonally (`признано`, `решено`, `отмечено`) right after a sentence about the
    meeting of a named body is that body's."""
    if quote.speaker_start is not None or quote.speaker_text or quote.cue_start is None:
        return None
    cue = ctx.token_at(quote.cue_start)
    unit = ctx.unit_at(quote.cue_start)
    if cue is None or unit is None or ctx.tokens[cue].feats.get("Variant") != "Short":
        return None
    if ctx.tokens[cue].lemma not in DECISION_VERBS or ctx.token_at(unit.start) not in (cue, cue - 1):
        return None  # `Признано, что`, `Было решено`: the cue opens its sentence
    index = ctx.units.index(unit)
    if index == 0 or ctx.units[index - 1].para < unit.para - 1:
        return None
    before = ctx.units[index - 1]
    toks = ctx.token_range(before.start, before.stop)
    for k in toks:
        if ctx.tokens[k].lemma not in MEETING_NOUNS:
            continue
        for j in range(k + 1, min(k + 4, toks.stop)):
            ref = ctx.referent_at(j)
            if ref is not None and ref.entity and ref.type == "organization":
                return ref.entity
    return None


def _points_back(ctx: QuoteContext, quote: Quote) -> str | None:
    """What kind of earlier speaker this quote's source refers to, if it refers back at all."""
    if quote.speaker_start is not None and quote.speaker_text:
        words = [ctx.tokens[k] for k in ctx.token_range(quote.speaker_start, quote.speaker_stop)]
        if len(words) == 1 and words[0].lemma in cues.ORG_VOICES:
            return "voice"  # `Пресс-служба отмечает`
        if words[:2] and [w.text.lower() for w in words[:2]] in (["один", "из"], ["одна", "из"]):
            words = words[2:]  # `один из собеседников агентства`
        if len(words) == 2 and words[0].lemma == "собеседник" and words[1].lemma in cues.OUTLET_NOUNS:
            return "relayed"  # `сказал собеседник агентства`: whoever the outlet quoted last
        return None
    if quote.speaker_start is None and quote.cue_start is not None and not quote.speaker_text:
        unit = ctx.unit_at(quote.cue_start)  # `говорится в пресс-релизе`, `В поздравлении говорится`
        lo = max(quote.cue_start - DOCUMENT_WINDOW, unit.start if unit else 0)
        near = ctx.token_range(lo, quote.cue_stop + DOCUMENT_WINDOW)
        documents = {
            ctx.tokens[k].lemma
            for k in near
            if ctx.tokens[k].lemma in cues.DOCUMENT_NOUNS and not _office(ctx, k)
        }
        if documents & SPOKEN_DOCUMENTS and not _received(ctx, near):
            return "anyone"  # `говорится в интервью`: the one interviewed
        if documents:
            return "organisation"  # `говорится в пресс-релизе`, `Согласно сообщению`
    return None


def _received(ctx: QuoteContext, near: range) -> bool:
    """`Вульф получила анонимное письмо, в котором сообщалось`: a person's own document that
    someone received, or whose writer is unknown, is not the words of the person named before."""
    for k in near:
        if ctx.tokens[k].lemma not in SPOKEN_DOCUMENTS:
            continue
        before = ctx.tokens[max(0, k - RECEIVED_WINDOW) : k]
        if any(t.lemma in RECEIVING_VERBS or t.lemma in UNKNOWN_WRITER for t in before):
            return True
    return False


def _office(ctx: QuoteContext, k: int) -> bool:
    """`пост` as an office, not a blog post: `с поста президента`, `на посту`, `пост премьера`."""
    if ctx.tokens[k].lemma != "пост":
        return False
    if k > 0 and ctx.tokens[k - 1].text.lower() in ("с", "со", "на"):
        return True
    after = ctx.tokens[k + 1] if k + 1 < len(ctx.tokens) else None
    return after is not None and after.pos in ("NOUN", "ADJ") and after.feats.get("Case") == "Gen"


def _dedupe(quotes: list[Quote]) -> list[Quote]:
    """One quote a span. A statement the article repeats (a headline or lead repeated further
    down) is a quote each time, as the gold sets annotate it (test6, test8): each occurrence is
    a sentence the knowledge base can point to."""
    kept: list[Quote] = []
    for quote in quotes:
        if any(k.start == quote.start and k.stop == quote.stop for k in kept):
            continue
        kept.append(quote)
    return kept


def _record_roles(doc: Doc, finder: SpeakerFinder) -> None:
    entities = {e.id: e for e in doc.entities}
    for _, speaker in finder.history:
        role = speaker.role
        if role is None or speaker.entity not in entities:
            continue
        roles = entities[speaker.entity].attributes.setdefault("roles", [])
        record = {"role": role.text, "org": role.org, "start": role.start, "stop": role.stop}
        if record not in roles:
            roles.append(record)
