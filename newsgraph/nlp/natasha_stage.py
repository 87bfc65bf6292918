"""Segmentation, morphology, lemmas and NER with natasha, into the `Doc`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import NamedTuple

import natasha
from natasha.doc import DocSent, DocToken, adapt_sent, adapt_spans, adapt_token
from natasha.morph.lemma import best_form, normal_word
from natasha.ner import NERMarkup, adapt_markup
from pymorphy2.analyzer import MorphAnalyzer as PymorphyAnalyzer
from pymorphy2.units import DictionaryAnalyzer
from slovnet.conll import parse_conll_tag
from slovnet.markup import BIOMarkup
from slovnet.shape import word_shape

from newsgraph.model import Doc, NerSpan, Sentence, Token
from newsgraph.nlp import models
from newsgraph.nlp.homoglyphs import cyrillic_lookalikes
from newsgraph.pipeline import component

LEMMA_CACHE_SIZE = 200_000
# Lemmas the dictionary gets wrong for a word's forms: (form stem, wrong lemma, right lemma).
# pymorphy files `воскресенье` (Sunday) under `воскресение` (resurrection).
LEMMA_FIXES = (("воскресень", "воскресение", "воскресенье"),)
_lemmas: dict[tuple, str] = {}
_forms: dict[str, list[Form]] = {}


class Form(NamedTuple):
    """A dictionary reading of a word, as natasha's lemmatiser compares them."""

    normal: str
    pos: str
    feats: dict[str, str]


def lemma(word: str, pos: str | None, feats: dict[str, str] | None) -> str:
    """The lower-cased lemma; cached, since words repeat and lemmatising is a third of NLP time."""
    key = (word, pos, tuple(sorted((feats or {}).items())))
    found = _lemmas.get(key)
    if found is None:
        if len(_lemmas) >= LEMMA_CACHE_SIZE:
            _lemmas.clear()
        found = (lemmatize(word, pos, feats or {}) or word).lower()
        for stem, wrong, right in LEMMA_FIXES:
            if found == wrong and word.lower().startswith(stem):
                found = right
        _lemmas[key] = found
    return found


def lemmatize(word: str, pos: str | None, feats: dict[str, str]) -> str:
    """natasha's `MorphVocab.lemmatize`, without building its parse objects: a word's
    readings are converted to UD part of speech and features once per tag."""
    word = normal_word(word)
    form = best_form(forms(word), pos, feats)
    return normal_word(form.normal) if form else word


def forms(word: str) -> list[Form]:
    found = _forms.get(word)
    if found is None:
        if len(_forms) >= LEMMA_CACHE_SIZE:
            _forms.clear()
        found = _forms[word] = [Form(p[2], *models.ud(p[1])) for p in _plain_parse(word)]
    return found


@cache
def _plain_analyzer() -> PymorphyAnalyzer:
    """natasha's analyser returning plain tuples (its units and dictionary, shared)."""
    plain = object.__new__(PymorphyAnalyzer)
    plain.__dict__.update(models.morph_vocab().__dict__, _result_type=None)
    return plain


def _plain_parse(word: str) -> list[tuple]:
    return PymorphyAnalyzer.parse(_plain_analyzer(), word)


def segment(ndoc: natasha.Doc) -> None:
    """natasha's segmentation, with a line break ending a sentence.

    razdel runs a headline, a photo caption or a list line with no full stop into
    the sentence after it; news texts put one paragraph on a line, so a line break
    is a boundary. Text wrapped at a fixed width (most lines run on without an end
    mark) is left to razdel, which joins its lines."""
    segmenter = models.segmenter()
    ndoc.tokens = join_domains([adapt_token(t) for t in segmenter.tokenize(ndoc.text)])
    sents = join_titles(ndoc.text, [adapt_sent(s) for s in segmenter.sentenize(ndoc.text)])
    sents = [part for sent in sents for part in split_after_designations(sent)]
    if not hard_wrapped(ndoc.text):
        sents = [part for sent in sents for part in split_lines(sent)]
    ndoc.sents = sents
    ndoc.envelop_sent_tokens()


# a title of one-word parts between full stops in guillemets (`«Москва. Кремль. Путин»`)
DOTTED_TITLE = re.compile(r"«[А-ЯЁA-Z][а-яёa-z-]*(?:\. [А-ЯЁA-Z][а-яёa-z-]*)+\.?»")


def join_titles(text: str, sents: list[DocSent]) -> list[DocSent]:
    """razdel ends a sentence at each full stop of a programme's title (`Песков в эфире программы
    «Москва. Кремль. Путин» заявил`): sentences cut inside such a title are joined again."""
    titles = [(m.start(), m.end()) for m in DOTTED_TITLE.finditer(text)]
    if not titles:
        return sents
    out: list[DocSent] = []
    for sent in sents:
        if (
            out
            and any(lo < sent.start < hi for lo, hi in titles)
            and "\n" not in text[out[-1].stop : sent.start]
        ):
            last = out.pop()
            sent = DocSent(last.start, sent.stop, text[last.start : sent.stop])
        out.append(sent)
    return out


# a model's designation ending in a capital letter, then a full stop and the next sentence
# (`танки Т-90М. Как отметил …`, `Су-35С.`, `F-35A.`, `проекта 22350М.`): razdel reads the letter
# as a name's initial and runs on
DESIGNATION_END = re.compile(r"(?<![\w-])[\w-]*\d[\w-]*[A-ZА-ЯЁ]\.(?=\s+[«\"„“(]?[A-ZА-ЯЁ])")


def split_after_designations(sent: DocSent) -> Iterator[DocSent]:
    """The sentence cut after each model designation that ends one inside it."""
    start = 0
    for m in DESIGNATION_END.finditer(sent.text):
        part = sent.text[start : m.end()].strip()
        if part:
            offset = sent.start + sent.text.index(part, start)
            yield DocSent(offset, offset + len(part), part)
        start = m.end()
    if start == 0:
        yield sent
        return
    rest = sent.text[start:].strip()
    if rest:
        offset = sent.start + sent.text.index(rest, start)
        yield DocSent(offset, offset + len(rest), rest)


# the last part of a site's name (`Газета.Ru`, `Лента.ру`, `Yahoo.com`)
DOMAIN_SUFFIXES = frozenset("ru ру рф su ua by kz com net org info uk de".split())
CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)


def join_domains(tokens: list[DocToken]) -> list[DocToken]:
    """razdel splits a site's name at its dot (`«Ленте` `.` `ру»`), which reads as a sentence's
    end: a Russian word, a dot and a domain suffix written together are one token (the rules
    read a Latin one, `lenta.ru`, by its three tokens)."""
    out: list[DocToken] = []
    k = 0
    while k < len(tokens):
        word = tokens[k]
        if k + 2 < len(tokens):
            dot, tail = tokens[k + 1], tokens[k + 2]
            if (
                dot.text == "."
                and word.stop == dot.start
                and dot.stop == tail.start
                and word.text.isalpha()
                and CYRILLIC.search(word.text) is not None  # `lenta.ru`: Latin names are read as written
                and tail.text.lower() in DOMAIN_SUFFIXES
            ):
                out.append(DocToken(word.start, tail.stop, word.text + "." + tail.text))
                k += 3
                continue
        out.append(word)
        k += 1
    return out


_LINE_END = re.compile(r"[.!?…:;»\"”)]\s*$")


def hard_wrapped(text: str) -> bool:
    """Whether the text's lines look wrapped at a fixed width rather than one paragraph each:
    at least five lines, most of them running on without an end mark."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 5:
        return False
    running = sum(1 for line in lines[:-1] if not _LINE_END.search(line))
    return running > 0.6 * (len(lines) - 1)


def split_lines(sent: DocSent) -> Iterator[DocSent]:
    """The sentence cut at its line breaks, each part stripped of surrounding white space."""
    if "\n" not in sent.text:
        yield sent
        return
    offset = sent.start
    for line in sent.text.split("\n"):
        text = line.strip()
        if text:
            start = offset + line.index(text)
            yield DocSent(start, start + len(text), text)
        offset += len(line) + 1


def run_natasha(text: str) -> natasha.Doc:
    return run_natasha_many([text])[0]


def ner_words(tokens: list[DocToken]) -> list[str]:
    """The words the NER tagger sees: a wiki text's emphasis marks (`''Freixenet''`) left out,
    which hide the name between them from it."""
    return [t.text for t in tokens if t.text != "'"]


_normal: dict[tuple, str] = {}


def normal_form(span: natasha.doc.DocSpan) -> str:
    """The span's nominative form (natasha's normaliser), or its text when that fails.

    Cached: natasha's normaliser reads only the span's type, text and tokens
    (their offsets, morphology and syntax links), and names repeat."""
    key = (
        span.type,
        span.text,
        tuple(
            (
                t.start - span.start,
                t.stop - span.start,
                t.pos,
                tuple(sorted((t.feats or {}).items())),
                t.id,
                t.head_id,
            )
            for t in span.tokens
        ),
    )
    found = _normal.get(key)
    if found is None:
        if len(_normal) >= LEMMA_CACHE_SIZE:
            _normal.clear()
        try:
            span.normalize(models.morph_vocab())
        except (ValueError, KeyError, IndexError):
            found = span.text
        else:
            found = span.normal or span.text
        _normal[key] = found
    return found


_encoded: dict[str, tuple[int, int]] = {}
_tags: dict[int, tuple[str, dict[str, str]]] = {}


def encode(words: list[str]) -> tuple[list[int], list[int]]:
    """slovnet's word and shape ids of the words (its `TagEncoder.item`), remembered per word:
    the morphology and NER taggers share one vocabulary and see the same words."""
    encoder = models.morph_tagger().infer.encoder
    word_ids, shape_ids = [], []
    for word in words:
        found = _encoded.get(word)
        if found is None:
            if len(_encoded) >= LEMMA_CACHE_SIZE:
                _encoded.clear()
            found = _encoded[word] = (
                encoder.words_vocab.encode(word.lower()),
                encoder.shapes_vocab.encode(word_shape(word)),
            )
        word_ids.append(found[0])
        shape_ids.append(found[1])
    return word_ids, shape_ids


def tag_morph(sents: list[list[natasha.doc.DocToken]]) -> None:
    """natasha's morphology tagger over sentences: the same batches, model and tags, each
    tag's part of speech and features parsed once (slovnet parses them per word)."""
    tagger = models.morph_tagger()
    infer = tagger.infer
    for start in range(0, len(sents), tagger.batch_size):
        chunk = sents[start : start + tagger.batch_size]
        inputs = infer.encoder.input([encode([t.text for t in tokens]) for tokens in chunk])
        for tokens, pred in zip(chunk, infer.process([inputs]), strict=True):
            for token, tag_id in zip(tokens, pred.tolist(), strict=True):
                found = _tags.get(tag_id)
                if found is None:
                    found = _tags[tag_id] = parse_conll_tag(infer.decoder.tags_vocab.decode(tag_id))
                token.pos, token.feats = found[0], dict(found[1])


def ner_markups(texts: list[str], words: list[list[str]]) -> Iterator[NERMarkup]:
    """natasha's NER tagger over texts already split into words. slovnet would split
    each text again with razdel, exactly as natasha's segmenter just did; the rest
    (batches of `models.BATCH_SIZE`, decoding, spans) is its own."""
    tagger = models.ner_tagger()
    infer = tagger.infer
    for start in range(0, len(texts), tagger.batch_size):
        items = words[start : start + tagger.batch_size]
        shared = models.shared_vocabulary()
        inputs = infer.encoder.input([encode(item) if shared else infer.encoder.item(item) for item in items])
        preds = infer.decoder(infer.process([inputs]))
        for text, item, pred in zip(texts[start : start + tagger.batch_size], items, preds, strict=True):
            yield adapt_markup(
                BIOMarkup.from_tuples(zip(item, opening_repaired(item, pred), strict=True)).to_span(text)
            )


def opening_repaired(words: list[str], tags: list[str]) -> list[str]:
    """The tagger's tags with a name that opens the text begun: its decoder tags the first word
    `I-` (`Лавров назвал условия мира` opening an article: `I-PER`), which the markup drops. It
    does so for any capitalised first word, so only a word that may be a name is begun: a noun
    the dictionary reads as a name at least as likely as anything else (`Лавров`, `Зеленский`),
    or a noun it does not know (`Мутарика`), is begun; not `Новости`, `Неназываемый`, `Гора`."""
    if not tags or not tags[0].startswith("I-") or not words[0][:1].isupper() or not _may_be_name(words[0]):
        return tags
    return ["B-" + tags[0][2:], *tags[1:]]


def _may_be_name(word: str) -> bool:
    parses = _plain_parse(word)
    if not parses:
        return False
    if not any(isinstance(p[4][0][0], DictionaryAnalyzer) for p in parses):
        return any(p[1].POS == "NOUN" for p in parses)  # guessed: `Мутарика`, `Ивоби`
    top = max(p[3] for p in parses)
    return any(p[3] == top and PROPER_GRAMMEMES & p[1].grammemes for p in parses)


def run_natasha_many(texts: list[str]) -> list[natasha.Doc]:
    """`run_natasha` for many texts: the taggers see sentences (morphology) and texts
    (NER) sorted by length, so that padded batches waste little (about 30% faster)."""
    ndocs = [natasha.Doc(text) for text in texts]
    for ndoc in ndocs:
        segment(ndoc)
    sents = [sent.tokens for ndoc in ndocs for sent in ndoc.sents]
    tag_morph(sorted(sents, key=len))
    order = sorted(range(len(ndocs)), key=lambda k: len(texts[k]))
    live = [k for k in order if texts[k].strip()]
    markups = ner_markups([texts[k] for k in live], [ner_words(ndocs[k].tokens) for k in live])
    for k, markup in zip(live, markups, strict=True):
        ndoc = ndocs[k]
        ndoc.spans = list(adapt_spans(ndoc, markup.spans))
        ndoc.envelop_span_tokens()
        ndoc.envelop_sent_spans()
    for k in set(order) - set(live):
        ndocs[k].spans = []
    return ndocs


ROLE_PREFIXES = frozenset({"экс", "вице"})  # hyphenated before a role noun (`экс-министр`)
VERB_LEMMA_ENDINGS = ("ть", "ться", "ти", "чь")  # an infinitive: a verb's lemma given to a noun
# grammemes of readings that name someone or something: such a word may be a name
PROPER_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Trad", "Init"})


def retag(word: str, pos: str, feats: dict[str, str], *, opening: bool = False) -> tuple[str, dict[str, str]]:
    """The tagger reads a rare verb form as a noun (`, после которого отшутилась:`): a lower-case
    word the dictionary knows only as one finite verb form takes that reading; a word it reads as
    a verb that the dictionary knows only as a common noun (`собеседница`) takes the noun's. It reads a
    capitalised common noun opening a sentence (`opening`) as a name in a case the word's form
    cannot have, or as an adjective (`Пресс-служба Минобороны сообщила` as a genitive): the
    dictionary's reading wins (inside a sentence a capital marks a name: `Мясников`, `Челах`)."""
    if opening and pos in ("NOUN", "PROPN", "ADJ") and word[:1].isupper() and word[1:].islower():
        common = _common_noun_cases(word.lower())
        # (a hyphenated pair of common nouns read as a name: `Активисты-правозащитники`)
        if "Nom" in common and (
            pos == "ADJ" or feats.get("Case") not in common or ("-" in word and pos == "PROPN")
        ):
            # only into the nominative: `Кувватов` opening a sentence is a surname, not `кувват`
            return "NOUN", dict(common["Nom"])
        return pos, feats
    if pos == "VERB" and (word.islower() or (opening and word[:1].isupper() and word[1:].islower())):
        # `рассказала «Коммерсанту» собеседница в аппарате`: a noun in `-ница` read as a past verb
        common = _common_noun_cases(word.lower())
        if common:
            return "NOUN", dict(common.get("Nom") or next(iter(common.values())))
        return pos, feats
    if pos != "NOUN" or not word.islower():
        return pos, feats
    verb = _only_finite_verb(word)
    return (verb[0], dict(verb[1])) if verb else (pos, feats)


def substantivized(
    word: str,
    pos: str,
    feats: dict[str, str],
    next_pos: str | None,
    previous: str | None,
    *,
    opening: bool = False,
) -> str | None:
    """`Пострадавшая рассказала`, `по словам задержанного`: a participle or adjective the dictionary
    marks as used for a person (`Subx`), standing alone (no noun or name after it, no comma
    before it), is a noun for a person; its lemma is the masculine nominative (`пострадавший`).
    Opening a sentence the tagger may read it as a name (`Осуждённый заявил`). None otherwise."""
    read = (
        pos == "ADJ"
        or (pos == "VERB" and feats.get("VerbForm") == "Part")
        or (opening and pos == "PROPN" and word[1:].islower())
        # `самого обвиняемого` tagged a noun and lemmatised as the verb `обвинять`
        or (pos == "NOUN" and word.islower() and lemma(word, pos, feats).endswith(VERB_LEMMA_ENDINGS))
    )
    if not read or "Case" not in feats:
        return None
    if next_pos in ("NOUN", "PROPN", "ADJ", "NUM"):
        return None  # `задержанный мужчина`: it qualifies the noun after it
    if previous == ",":
        return None  # `Россиянин, обвиняемый в хакерской атаке, заявил`: a phrase on the noun before
    return _person_lemma(word.lower())


@lru_cache(maxsize=LEMMA_CACHE_SIZE)
def _person_lemma(word: str) -> str | None:
    """The masculine nominative of a word the dictionary marks `Subx` (`пострадавшей`:
    `пострадавший`), None for any other word."""
    for parse in models.morph_vocab().parse(word):
        if "Subx" in parse.tag and parse.tag.POS in ("PRTF", "ADJF"):
            inflected = parse.inflect({"Masc", "Sing", "Nom"})
            return normal_word(inflected.word) if inflected else None
    return None


def _as_person(feats: dict[str, str]) -> dict[str, str]:
    """A participle's features as a person noun's: its case, gender and number, animate."""
    out = {k: v for k, v in feats.items() if k in ("Case", "Gender", "Number")}
    out["Animacy"] = "Anim"
    return out


@lru_cache(maxsize=LEMMA_CACHE_SIZE)
def _common_noun_cases(word: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """The UD readings, by case, of a word the dictionary (not a guesser) knows only as a common
    noun (no name, place, organisation or abbreviation reading); empty for any other word."""
    readings = _dictionary_noun_cases(word)
    if readings or "-" not in word:
        return readings
    # `Активисты-правозащитники`: two common nouns joined, in the cases both halves can take
    first, _, last = word.partition("-")
    after = _common_noun_cases(last) if "-" not in last else {}
    if first in ROLE_PREFIXES:
        return after  # `Экс-министр`: the noun the prefix qualifies
    before = _common_noun_cases(first)
    return {case: reading for case, reading in after.items() if case in before}


def _dictionary_noun_cases(word: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """`_common_noun_cases` for a word as the dictionary knows it whole."""
    readings: dict[str, tuple[tuple[str, str], ...]] = {}
    for parse in _plain_parse(word):
        tag = parse[1]
        if (
            not isinstance(parse[4][0][0], DictionaryAnalyzer)
            or tag.POS != "NOUN"
            or PROPER_GRAMMEMES & tag.grammemes
        ):
            return {}
        ud_pos, ud_feats = models.ud(tag)
        if ud_pos == "NOUN" and "Case" in ud_feats:
            readings.setdefault(ud_feats["Case"], tuple(sorted(ud_feats.items())))
    return readings


@lru_cache(maxsize=LEMMA_CACHE_SIZE)
def _only_finite_verb(word: str) -> tuple[str, dict[str, str]] | None:
    """The UD reading of a word the dictionary (not a guesser) knows as one finite verb form only."""
    parses = _plain_parse(word)
    if len(parses) != 1 or not isinstance(parses[0][4][0][0], DictionaryAnalyzer):
        return None
    ud_pos, ud_feats = models.ud(parses[0][1])
    return (ud_pos, ud_feats) if ud_pos == "VERB" and ud_feats.get("VerbForm") == "Fin" else None


def fill(doc: Doc, ndoc: natasha.Doc) -> Doc:
    doc.sentences = [Sentence(s.start, s.stop) for s in ndoc.sents]
    doc.tokens = []
    openings = {sent.tokens[0].start for sent in ndoc.sents if sent.tokens}
    for k, tok in enumerate(ndoc.tokens):
        pos, feats = retag(tok.text, tok.pos or "", dict(tok.feats or {}), opening=tok.start in openings)
        nxt = ndoc.tokens[k + 1] if k + 1 < len(ndoc.tokens) else None
        prev = ndoc.tokens[k - 1] if k > 0 else None
        person = substantivized(
            tok.text,
            pos,
            feats,
            nxt.pos if nxt is not None else None,
            prev.text if prev is not None else None,
            opening=tok.start in openings,
        )
        if person is not None:
            doc.tokens.append(Token(tok.start, tok.stop, tok.text, person, "NOUN", _as_person(feats)))
            continue
        doc.tokens.append(Token(tok.start, tok.stop, tok.text, lemma(tok.text, pos, feats), pos, feats))
    doc.ner = [NerSpan(s.start, s.stop, s.type, s.text, normal_form(s)) for s in ndoc.spans]
    return doc


@component("nlp.natasha.v1", requires=("text",), assigns=("tokens", "sentences", "ner"))
def analyse(doc: Doc) -> Doc:
    return fill(doc, run_natasha(cyrillic_lookalikes(doc.text)))


def analyse_many(docs: list[Doc]) -> list[Doc]:
    texts = [cyrillic_lookalikes(d.text) for d in docs]
    return [fill(doc, ndoc) for doc, ndoc in zip(docs, run_natasha_many(texts), strict=True)]


analyse.batch = analyse_many  # type: ignore[attr-defined]
