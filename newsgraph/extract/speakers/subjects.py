"""The subject of a cue: looking left of the cue verb (past inserted clauses, asides, citations
and the first of joined subjects) and right of it (past an addressee and adverbial clauses)
for the first candidate that agrees with the verb."""

from __future__ import annotations

from newsgraph.extract import speech_cues as cues
from newsgraph.extract.quote_context import RELATIVE_WORDS, Referent
from newsgraph.extract.speakers.base import QUOTE_MARKS, FinderBase, Speaker
from newsgraph.extract.speakers.grammar import _agreement, _agrees, _clause_boundary, _latin, _person_noun

MAX_SUBJECT_DISTANCE = 25  # tokens between a cue and its subject
PLACE_TYPES = frozenset({"country", "location"})
# the kind of a place named in an apposition after another (`в Лос-Анджелесе, штат Калифорния,`)
PLACE_KIND_NOUNS = frozenset("штат провинция область край округ графство регион страна республика".split())
RELATIVE_ADVERBS = frozenset({"где", "куда", "откуда", "когда"})  # opening a clause on a place or time
DASHED_ASIDE = 12  # tokens of an aside set off by dashes between a subject and its cue
CONTRASTIVE = ("но", "однако", "а")
CONJUNCTIONS = ("и", *CONTRASTIVE)  # joining a verb to an earlier one with the same subject
# `, после чего заявил`, `, затем сообщил`: what follows is done next by the same subject
AFTER_WHICH = frozenset({"чего", "этого"})
SEQUENCE_ADVERBS = frozenset({"затем", "потом", "позже", "позднее", "впоследствии"})
CONJUNCT_WINDOW = 24  # tokens back from a verb joined by `и` to the first conjunct's verb
CITED_PHRASE = 8  # tokens of the noun phrase after `со ссылкой на`


ROLE_CONJUNCT = 6  # tokens back from `и` to the first of two roles of one person


# Numerals counting the people who spoke (`два источника`, `несколько собеседников`).
COUNTING_NUMERALS = frozenset("два три четыре пять шесть несколько оба".split())


IN_PERSON_OF_WINDOW = 5  # words from `в лице` to the name (`своего нового председателя`)


class CueSubjects(FinderBase):
    """Finding the subject of a cue left or right of the cue verb."""

    __slots__ = ()

    def conjunct_subject(self, verb: int, floor: int) -> Speaker | None:
        """`Буфье напомнил, что Шефер …, и добавил, что …`, `Каспаров … отказался назвать фаворита …,
        но сказал: «…»`, `Рено санкционировала применение газа, чтобы прекратить противостояние, и
        позднее назвала …`: a verb joined by `, и`, `, но`, `, однако` or `, а` (past adverbs) to the
        leftmost finite verb of its clause agreeing with it shares that verb's subject, past a
        purpose, time or relative clause set off by commas; the names inside the first verb's
        words are not its subject, nor is a verb inside them (`Макафи настаивает …, утверждая, что
        полиция сфабриковала дело, и заявлял`)."""
        toks = self.ctx.tokens
        k = verb - 1
        sequence = False
        while k > floor and toks[k].pos == "ADV" and toks[k].text.lower() not in CONJUNCTIONS:
            sequence = sequence or toks[k].text.lower() in SEQUENCE_ADVERBS
            k -= 1  # `и позднее назвала`; `однако`, tagged an adverb too, joins
        if k - 1 > floor and toks[k].text.lower() in AFTER_WHICH and toks[k - 1].text.lower() == "после":
            k -= 1  # `осмотрел завод, после чего заявил`
        elif sequence and toks[k].text == ",":
            k += 1  # `осмотрел завод, затем заявил`
        if k - 1 <= floor or toks[k - 1].text != ",":
            return None
        if toks[k].text.lower() not in CONJUNCTIONS and toks[k].text.lower() != "после" and not sequence:
            return None
        gender, number = toks[verb].feats.get("Gender"), toks[verb].feats.get("Number")
        first = None  # the leftmost agreeing verb: the clause's own, not one inside its words
        for j in range(k - 1, max(floor, verb - CONJUNCT_WINDOW) - 1, -1):
            t = toks[j]
            if t.text in (";", ":") or t.text.lower() in CONTRASTIVE:
                break
            if t.text == "—" and not self._between_names(j):  # `в матче Топалов — Крамник`: a pairing
                break
            if t.pos == "VERB" and t.feats.get("VerbForm") == "Fin":
                other_gender, other_number = t.feats.get("Gender"), t.feats.get("Number")
                if (
                    (gender and other_gender and gender != other_gender)  # a present tense has none
                    or (number and other_number and number != other_number)
                    or self._set_off_clause(j, floor)
                ):
                    continue
                first = j
        if first is None:
            return None
        # `зашёл директор клуба Леонид Федун, чтобы …, после чего сообщил`: a subject after its verb
        return self.subject_before(first, floor) or self.subject_after(first, k - 1)

    def _between_names(self, j: int) -> bool:
        """Token `j` (a dash) stands between two names, pairing them (`матч Топалов — Крамник`)."""
        toks = self.ctx.tokens
        return (
            0 < j < len(toks) - 1
            and self.ctx.referent_at(j - 1) is not None
            and self.ctx.referent_at(j + 1) is not None
        )

    def _set_off_clause(self, j: int, floor: int) -> bool:
        """Token `j` stands in a clause opened by `, чтобы`, `, когда`, `, пока` or `, который`."""
        for k in range(j - 1, floor - 1, -1):
            t = self.ctx.tokens[k]
            if t.text == ",":
                return False
            if t.text.lower() in ("чтобы", "когда", "пока") or t.lemma == "который":
                return True
        return False

    def _apposition_subject(self, i: int, comma: int) -> Speaker | None:
        """`Дочь Имельды Маркос, сенатор Ими Маркос, рассказала`: the name in the nominative of an
        apposition set off by commas after a name in another case, or a relative's after a kin
        noun, is the subject."""
        ctx = self.ctx
        before = ctx.referent_at(i)
        first = ctx.token_at(before.start) if before is not None else None
        if before is None or before.type != "person" or first is None:
            return None
        kin = first > 0 and ctx.tokens[first - 1].lemma in cues.KIN_NOUNS
        if not kin and ctx.tokens[first].feats.get("Case", "Nom") == "Nom":
            return None  # a relative's name after a kin noun is theirs whatever case the tagger read
        inside = [
            ctx.referent_at(k)
            for k in range(i + 2, comma)
            if (ref := ctx.referent_at(k)) is not None
            and ref.type == "person"
            and ctx.token_at(ref.start) == k
        ]
        named = [ref for ref in inside if ref is not None and self.is_nominative(ref)]
        if len(named) != 1 or not all(
            t.pos in ("NOUN", "ADJ") for t in ctx.tokens[i + 2 : ctx.token_at(named[0].start)]
        ):
            return None
        return self.from_referent(named[0], how="name")

    def subject_before(self, verb: int, floor: int) -> Speaker | None:
        """The nearest agreeing subject left of the cue token, not before token `floor`.

        A name right before the cue that disagrees only in gender is taken when
        nothing else is found: the tagger guesses the gender of foreign names.
        """
        joined = self.conjunct_subject(verb, floor)
        if joined is not None:
            return joined
        i, unsure, aside = verb - 1, None, range(0)
        for k in range(verb - 3, max(floor, verb - MAX_SUBJECT_DISTANCE) - 1, -1):
            words = [t.text.lower() for t in self.ctx.tokens[k : k + 3]]
            if words == [",", "а", "также"]:
                i = k - 1  # `УДАР и Свобода, а также ряд депутатов заявили`: the first conjuncts speak
                break
            if _clause_boundary(self.ctx.tokens[k]) or self.ctx.tokens[k].text in (":", ";", "."):
                break
        while i >= max(floor, verb - MAX_SUBJECT_DISTANCE):
            tok = self.ctx.tokens[i]
            if tok.text in ("—", "–"):
                opening = self._dashed_aside(i, floor)
                if opening is not None:
                    i = opening - 1  # `Круз, …, — один из фаворитов «Движения чаепития» — намекал`
                    continue
            if tok.text == ",":
                comma, i = i, self._skip_inserted_clause(i, floor)
                tok = self.ctx.tokens[i]
                if i != comma and (named := self._participle_head(i + 1, verb)) is not None:
                    return named
                if i != comma and (named := self._apposition_subject(i, comma)) is not None:
                    return named
            if tok.feats.get("VerbForm") == "Part" and tok.feats.get("Case") == "Nom":
                opening = self._participle_opening(i, floor)
                named = self._participle_head(opening, verb) if opening is not None else None
                if named is not None:
                    return named  # `X, занимавшая пост министра и сменившая на посту лидера …, заявила`
            if tok.text == ")":  # `(Zimbabwe Election Support Network, ZESN) назвал`: an aside
                k = i - 1
                while k > floor and self.ctx.tokens[k].text != "(":
                    k -= 1
                if k > floor:
                    if i == verb - 1:
                        aside = range(k + 1, i)  # `Международная амнистия (Amnesty International) обвиняет`
                    i = k - 1
                    continue
            if _clause_boundary(tok) or tok.text in (":", ";"):
                if tok.lemma == "который" and tok.feats.get("Case", "Nom") == "Nom" and i - 2 >= floor:
                    # `Хиллари Клинтон, которая объявила …`: the relative pronoun stands for the name
                    ref = self.ctx.referent_at(i - 2) if self.ctx.tokens[i - 1].text == "," else None
                    gender = _agreement(self.ctx.tokens[verb])[0]
                    if ref is not None and ref.type != "person":
                        return self.from_referent(ref, how="name")
                    if ref is not None and (not gender or not ref.gender or gender == ref.gender):
                        return self.from_referent(ref, how="name")  # its case is the main clause's
                    antecedent = i - 2
                    if (
                        ref is None
                        and self.ctx.tokens[i - 1].text == ","
                        and self.ctx.tokens[antecedent].pos == "NOUN"
                        and self.ctx.tokens[antecedent].feats.get("Animacy") == "Anim"
                    ):
                        # `Канадский морской офицер, который признался, что …`: the person described;
                        # `задержала водителя, который заявил, что …`: in another case, unnamed
                        found = self._candidate(antecedent, verb, backwards=True)
                        counted = self.ctx.tokens[antecedent - 1]
                        if found is None and (counted.pos != "NUM" or counted.lemma == "один"):
                            found = self._unnamed(antecedent)  # not `более 1000 человек, которые требовали`
                        if found is not None:
                            return found
                comma = self._oblique_relative(i, verb, floor)
                if comma is not None:
                    # `Она закашлялась, после которого отшутилась`: the main clause's subject, before
                    # its verb (`Манзарек написал мемуары … with The Doors, в которых рассказал`)
                    i = self._main_verb_before(comma, floor) - 1
                    continue
                break
            ref = self.ctx.referent_at(i)
            through = self._in_person_of(ref) if ref is not None and ref.type == "person" else None
            if through is not None:
                i = through - 1  # `ODS в лице своего председателя Мартина Кубы заявила`: the party speaks
                continue
            if ref is not None and (
                self._addressed_outlet(ref, verb, floor) or self.on_owned_page(ref) or self._members_of(ref)
            ):
                i = (self.ctx.token_at(ref.start) or i) - 1
                # `В Минпромторге ТАСС сообщили`: the outlet told, the institution speaks; `в аккаунте
                # Минобороны в Twitter сообщили`: the network holds the page, its owner speaks;
                # `комментаторы TJournal обратили внимание`: its readers, not the site
                continue
            if (
                ref is not None
                and ref.type == "person"
                and len(aside)
                and self._last_token(ref) == aside.start - 2
                and any(_latin(self.ctx.tokens[k].text) for k in aside)
                and _agreement(self.ctx.tokens[verb])[1] != "Plur"
            ):
                # `Карл-Хенрик Хелдин (Carl-Henrik Heldin) отметил`: a name spelt again in Latin
                # letters before the cue is its subject, whatever case the tagger gave it
                return self.from_referent(ref, how="name")
            found = self._candidate(i, verb, backwards=True)
            if found is not None and found.type != "person":
                # `бывший премьер-министр Италии и лидер партии «Народ свободы» объявил`: two roles of
                # one person; the first may name someone the article introduced in it
                described = self._first_of_two_roles(i, verb, floor)
                found = described or found
            citing = self._citing_word(i, floor) if found is not None else None
            if citing is not None:
                i = citing - 1  # `СМИ со ссылкой на агентство Fitch сообщили`: the cited, not the subject
                continue
            if found is not None:
                return self._first_conjunct(found, verb, floor)
            if (
                ref is not None
                and unsure is None
                and ref.type == "person"
                and (
                    self.is_nominative(ref)
                    or self.caseless(ref)
                    or self.feminine_nominative(ref, self.ctx.tokens[verb])
                )
            ):
                # `При вступлении в должность Братушек пообещала`: a name whose case cannot be
                # seen right before the cue, when nothing else is its subject
                unsure = ref if self._last_token(ref) == self._before_asides(verb, floor) else None
            i = min(i, self.ctx.token_at(ref.start) or i) - 1 if ref else i - 1
        if unsure is not None and _agreement(self.ctx.tokens[verb])[1] != "Plur":
            return self.from_referent(unsure, how="name")
        for k in aside:  # the name the NER missed before the aside is given again inside it
            tok = self.ctx.tokens[k]
            if self.ctx.referent_at(k) is None and not (_latin(tok.text) and tok.text[:1].isupper()):
                continue  # `двое республиканцев (сенаторы от …)`: not a name
            found = self._candidate(k, verb, backwards=True)
            if found is not None:
                return found
        return None

    def _in_person_of(self, ref: Referent) -> int | None:
        """The `в` of `в лице` before a person's name and their role (`в лице своего нового
        председателя Мартина Кубы`): through whom a body acts, not the subject; None otherwise."""
        ctx = self.ctx
        first = ctx.token_at(ref.start) or 0
        k = first - 1
        while k > max(0, first - IN_PERSON_OF_WINDOW - 1) and ctx.tokens[k].pos in (
            "ADJ",
            "DET",
            "NOUN",
            "PRON",
        ):
            if ctx.tokens[k].text.lower() == "лице" and ctx.tokens[k - 1].text.lower() == "в":
                return k - 1
            k -= 1
        return None

    def _first_of_two_roles(self, i: int, verb: int, floor: int) -> Speaker | None:
        """Token `i` is a role noun joined by `и` to a role noun before it, before a singular verb:
        the person the first role refers back to, or None."""
        ctx = self.ctx
        if ctx.tokens[i].lemma not in cues.ROLE_NOUNS or _agreement(ctx.tokens[verb])[1] == "Plur":
            return None
        k = i - 1
        while k > floor and ctx.tokens[k].pos == "ADJ":
            k -= 1
        if k <= floor or ctx.tokens[k].text.lower() != "и":
            return None
        for h in range(k - 1, max(floor, k - ROLE_CONJUNCT) - 1, -1):
            t, named = ctx.tokens[h], ctx.referent_at(h)
            if t.text in (",", ".", ":", ";") or (named is not None and named.type == "person"):
                return None
            if t.lemma in cues.ROLE_NOUNS and t.feats.get("Case", "Nom") == "Nom" and t.pos == "NOUN":
                found = self._candidate(h, verb, backwards=True)
                return found if found is not None and found.type == "person" and found.entity else None
        return None

    def _members_of(self, ref: Referent) -> bool:
        """`ref` qualifies a noun of people who belong to it without speaking for it, right before
        it (`комментаторы TJournal`, `студенты «Вышки»`)."""
        if ref.type == "person":
            return False  # `Мать школьника Светлана Иванова рассказала`: a person, no body's members
        before = self._token_before(self.ctx.token_at(ref.start) or 0)
        return before is not None and before.pos == "NOUN" and before.lemma in cues.MEMBER_NOUNS

    def _dashed_aside(self, i: int, floor: int) -> int | None:
        """Token `i` is a dash closing an aside opened by another dash after a comma or a name
        (`Круз, ставший сенатором, — один из фаворитов … — намекал`): the opening dash, or None."""
        ctx = self.ctx
        for k in range(i - 2, max(floor, i - DASHED_ASIDE) - 1, -1):
            t = ctx.tokens[k]
            if t.text in (".", ":", ";") or _clause_boundary(t):
                return None
            if t.text in ("—", "–"):
                before = ctx.tokens[k - 1] if k - 1 >= floor else None
                if before is not None and (before.text == "," or ctx.referent_at(k - 1) is not None):
                    return k
                return None
        return None

    def _oblique_relative(self, i: int, verb: int, floor: int) -> int | None:
        """Token `i` is `который` governed by a preposition (`, после которого`, `, в ходе
        которой`) and the cue follows it with no subject of its own between: the clause shares
        the main clause's subject. The comma that opens the clause, or None."""
        ctx = self.ctx
        if ctx.tokens[i].lemma != "который" or ctx.tokens[i].feats.get("Case", "Nom") == "Nom":
            return None
        if any(t.pos in ("NOUN", "PROPN", "PRON") for t in ctx.tokens[i + 1 : verb]):
            return None  # `, на которого ссылается CNN`, `, о котором он сказал`
        for k in range(i - 2, max(floor, i - 3) - 1, -1):
            if ctx.tokens[k].text == ",":
                return k if ctx.tokens[k + 1].pos == "ADP" else None
        return None

    def _main_verb_before(self, comma: int, floor: int) -> int:
        """The finite verb of the clause before `comma` (its object lies between them), else
        `comma` itself."""
        for k in range(comma - 1, floor, -1):
            t = self.ctx.tokens[k]
            if t.text in (",", ";"):  # not at a colon: titles hold them (`Light My Fire: My Life`)
                break
            if t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin":
                return k
        return comma

    def _citing_word(self, i: int, floor: int) -> int | None:
        """Token `i` is in the noun phrase a citation names (`со ссылкой на данные агентства
        Fitch`, `ссылаясь на Reuters`): the citation's first word, or None."""
        ctx, k = self.ctx, i - 1
        while (
            k > floor
            and k > i - CITED_PHRASE
            and (ctx.tokens[k].pos in ("NOUN", "ADJ", "PROPN", "DET") or ctx.tokens[k].text in QUOTE_MARKS)
        ):
            k -= 1  # the cited phrase's other words
        if k <= floor or ctx.tokens[k].text.lower() != "на":
            return None
        return next(
            (c for c in (k - 1, k - 2) if c >= floor and cues.citation_end(ctx.tokens, c) == k + 1), None
        )

    def _first_conjunct(self, found: Speaker, verb: int, floor: int) -> Speaker:
        """`Питер Семнеби и представители ПАСЕ призывают`: of subjects joined by `и` before a
        plural cue, the first named speaks for them all."""
        ctx = self.ctx
        k = ctx.token_at(found.start)
        if k is None or _agreement(ctx.tokens[verb])[1] != "Plur":
            return found
        k -= 1
        while k > floor and (
            ctx.tokens[k].text in QUOTE_MARKS
            or (ctx.tokens[k].pos in ("NOUN", "ADJ") and ctx.tokens[k].feats.get("Case") == "Nom")
        ):
            k -= 1  # the head of the second conjunct (`представители`)
        if k - 1 < max(floor, 0) or ctx.tokens[k].text.lower() != "и":
            return found
        k -= 1
        while k > max(floor, 0) and ctx.tokens[k].text in QUOTE_MARKS:
            k -= 1  # `Компания «Газпром» и …`
        ref = ctx.referent_at(k)
        if (
            ref is None
            or ref.type not in ("person", "organization", "country")
            or not self.is_nominative(ref)
        ):
            return found
        return self.from_referent(ref, how="name", number="Plur")

    def _place_apposition(self, k: int, comma: int) -> bool:
        """Between the commas at `k` and `comma`, a place's name (after its kind: `штат`,
        `провинция`) set after a place's name in another case (`в Лос-Анджелесе, штат Калифорния,`)."""
        ctx = self.ctx
        before = ctx.referent_at(k - 1) if k > 0 else None
        if before is None or before.type not in PLACE_TYPES or self.is_nominative(before):
            return False
        j = k + 1
        if ctx.tokens[j].lemma in PLACE_KIND_NOUNS:
            j += 1
        inside = ctx.referent_at(j) if j < comma else None
        return (
            inside is not None
            and inside.type in PLACE_TYPES
            and ctx.token_at(inside.start) == j
            and self._last_token(inside) == comma - 1
        )

    def _skip_inserted_clause(self, comma: int, floor: int) -> int:
        """`Bayer, который приобрел Monsanto, заявил`: step over a relative or participial clause."""
        k = comma - 1
        while k > floor and self.ctx.tokens[k].text != ",":
            k -= 1
        if k <= floor or k + 1 >= comma:
            return comma
        first = self.ctx.tokens[k + 1]
        if first.lemma in RELATIVE_WORDS or first.feats.get("VerbForm") in ("Part", "Conv"):
            return k - 1  # `Герберт Кикль, чья партия победила на выборах, заявил`
        nxt = self.ctx.tokens[k + 2]
        if (first.text.lower() == "по" and nxt.lemma in cues.RELAY_FRAME_NOUNS) or (
            first.text.lower() == "как" and nxt.lemma in cues.RELAY_FRAME_VERBS
        ):
            return k - 1  # `Макрон, по данным Le Monde, заявил`: an outlet's frame set off by commas
        opening = self._past_adverbials(k + 1, comma)
        if opening > k + 1 and (
            self.ctx.tokens[opening].feats.get("VerbForm") in ("Part", "Conv")
            or (
                self.ctx.tokens[opening].lemma in cues.ROLE_NOUNS
                and (ref := self.ctx.referent_at(k - 1)) is not None
                and ref.type == "person"
            )
        ):
            return k - 1  # `Аленка Братушек, в прошлом занимавшая пост министра (в прошлом министр), заявила`
        if first.text.lower() == "что" and first.pos == "SCONJ":
            # `Защитник, ссылаясь на то, что мужчина раскаялся, попросил`: the clause said is part of
            # the participial or gerund phrase before it
            outer = self._skip_inserted_clause(k, floor)
            if outer != k:
                return outer
        if first.pos in ("ADP", "NOUN") and k + 2 < comma and self.ctx.tokens[k + 2].lemma == "который":
            # `Чиновник, на которого ссылается CNN, заявил`; `Мойес, контракт которого заканчивается
            # в этом году, заявлял`
            return k - 1
        if first.text.lower() in RELATIVE_ADVERBS:
            return k - 1  # `В театре, где служил актёр, сообщили`: the place's clause names no subject
        if self._place_apposition(k, comma):
            return k - 1  # `Суд в Лос-Анджелесе, штат Калифорния, признал`: where the place before lies
        if (first.lemma in cues.ROLE_NOUNS or first.lemma in cues.ROLE_MODIFIERS) and (
            (ref := self.ctx.referent_at(k - 1)) is not None and ref.type == "person"
        ):
            return k - 1  # `Сергей Иванов, генеральный директор «Ромашки», сообщил`: an apposition
        named = self._named_before_nouns(comma, floor)
        if named is not None:
            return named  # `Адриано Челентано, известный певец, актёр и общественный деятель, написал`
        second = self.ctx.tokens[k + 2] if k + 2 < comma else None
        if second is not None and (
            (first.text.lower() == "по" and second.lemma in cues.FRAME_NOUNS)
            or (first.text.lower() == "как" and second.pos == "VERB")
            or first.text.lower() == "согласно"
        ):
            return k - 1  # `Полиция, по данным газеты, отметила`: the frame names where it was read
        return comma

    def _participle_head(self, comma: int, verb: int) -> Speaker | None:
        """`Аленка Братушек, в прошлом занимавшая пост министра, заявила`: the person named right
        before the comma at token `comma` that opens a participial phrase in the nominative, the
        cue agreeing; the participle shows the name's case, whatever the tagger said."""
        named = self.ctx.referent_at(comma - 1) if comma > 0 else None
        if named is None or named.type != "person" or not self._nominative_participle(comma):
            return None
        gender, number = _agreement(self.ctx.tokens[verb])
        if number == "Plur" or (gender and named.gender and gender != named.gender):
            return None
        return self.from_referent(named, how="name")

    def _participle_opening(self, p: int, floor: int) -> int | None:
        """The comma opening the participial phrase that holds the participle at token `p`."""
        for k in range(p - 1, max(floor, p - MAX_SUBJECT_DISTANCE) - 1, -1):
            t = self.ctx.tokens[k]
            if t.text == ",":
                return k if self._nominative_participle(k) else None
            if t.text in (".", ";", ":") or _clause_boundary(t) or t.feats.get("VerbForm") == "Fin":
                return None
        return None

    def _nominative_participle(self, comma: int) -> bool:
        """The clause opening after the comma at token `comma` is a participle in the nominative,
        past adverbials (`, в прошлом занимавшая пост министра,`)."""
        opening = self._past_adverbials(comma + 1, len(self.ctx.tokens))
        tok = self.ctx.tokens[opening] if opening < len(self.ctx.tokens) else None
        return tok is not None and tok.feats.get("VerbForm") == "Part" and tok.feats.get("Case") == "Nom"

    def _past_adverbials(self, k: int, stop: int) -> int:
        """The first token from `k` past adverbs and prepositional phrases of time or place
        (`в прошлом`, `ранее`, `с 2010 года`, `до этого`), before token `stop`."""
        ctx = self.ctx
        while k < stop:
            tok = ctx.tokens[k]
            if tok.pos == "ADV":
                k += 1
            elif tok.pos == "ADP":
                j = k + 1
                while j < stop and ctx.tokens[j].pos in ("ADJ", "NUM", "DET"):
                    j += 1
                if j >= stop or ctx.tokens[j].pos not in ("NOUN", "PRON"):
                    return k
                k = j + 1
            else:
                return k
        return stop

    def _named_before_nouns(self, comma: int, floor: int) -> int | None:
        """Person nouns in the nominative joined by commas and `и` (with their adjectives and
        genitives) between a person's name and token `comma`: the name's last token, or None."""
        ctx, nouns = self.ctx, 0
        for k in range(comma - 1, floor, -1):
            t = ctx.tokens[k]
            if t.text == ",":
                ref = ctx.referent_at(k - 1)
                if ref is not None and ref.type == "person":
                    return k - 1 if nouns else None
                continue
            ref = ctx.referent_at(k)
            if ref is not None and ref.type == "person":
                return None
            if _person_noun(t) or t.lemma in cues.ROLE_NOUNS:
                nouns += 1
            elif not (
                t.text == "и"
                or t.text in QUOTE_MARKS
                or t.pos == "ADJ"
                or (t.pos in ("NOUN", "PROPN") and t.feats.get("Case") == "Gen")
            ):
                return None
        return None

    def first_named_subject(self, floor: int, verb: int, *, outside_marks: bool = False) -> Speaker | None:
        """The first person, organisation or country named in the nominative between token `floor`
        and the cue, not governed by a preposition or by a noun in an oblique case before it
        (`Конкурент Марка Цукерберга, создателя Facebook, Аарон Гринспен …`: `Facebook` is the
        creator's); with `outside_marks`, not inside quotation marks (`по делу «X и другие»`)."""
        ctx = self.ctx
        k = floor
        while k < verb:
            ref = ctx.referent_at(k)
            if ref is None:
                k += 1
                continue
            before = ctx.tokens[k - 1] if k > floor else None
            governed = before is not None and (
                before.pos == "ADP"
                or (before.pos == "NOUN" and before.feats.get("Case") not in (None, "Nom"))
            )
            if (
                ref.type in ("person", "organization", "country")
                and self.is_nominative(ref)
                and not governed
                and not (outside_marks and ctx.in_marks(ref.start))
            ):
                return self.from_referent(ref, how="name")
            k = (ctx.token_at(ref.stop - 1) or k) + 1
        return None

    def subject_after(self, verb: int, ceiling: int) -> Speaker | None:
        """The first agreeing subject right of the cue token, before token `ceiling`."""
        i = verb + 1
        self._ceiling = ceiling
        try:
            while i < min(ceiling, verb + MAX_SUBJECT_DISTANCE, len(self.ctx.tokens)):
                tok = self.ctx.tokens[i]
                if _clause_boundary(tok) or tok.text in (":", ";", ".", "!", "?", "("):
                    return None  # `(штат Калифорния)`: an aside names no subject
                if tok.text == "," and self._adverbial_after(i):
                    # `объявили, выступив в Сан-Франциско`: the place of another action; the
                    # subject may follow the clause (`заявил, выступая в Москве, Сергей Лавров`)
                    i = self._clause_end(i + 1, ceiling)
                    continue
                channel = self._channel_stop(i) if tok.pos == "ADP" else None
                if channel is not None:
                    i = channel  # `— написал в соцсети X пресс-секретарь …`: where, not who
                    continue
                counted = self._counted_source(i)
                if counted is not None:
                    return counted  # `рассказали два федеральных чиновника`
                found = self._candidate(i, verb, backwards=False)
                ref = self.ctx.referent_at(i)
                if found is not None and ref is not None and ref.type == "organization":
                    person = self._person_after(ref)
                    if person is not None:  # `— рассказал CEO Vector Robotics Тимур Галиев`
                        return self.from_referent(person, how="name")
                    if self._first_after(verb, i):
                        found = self._subject_after_addressee(ref, verb, ceiling) or found
                elif found is not None and tok.lemma in cues.OUTLET_NOUNS and self._first_after(verb, i):
                    outlet = self._outlet_named(i)  # `как заявил газете Boston Herald конгрессмен …`
                    if outlet is not None:
                        found = self._subject_after_addressee(outlet, verb, ceiling) or found
                if found is not None:
                    return found
                i = max(i, self._last_token(ref)) + 1 if ref else i + 1
            return None
        finally:
            self._ceiling = None

    def _counted_source(self, i: int) -> Speaker | None:
        """`два федеральных чиновника`, `три источника`: a numeral in the nominative before a noun for
        an unnamed source (in the genitive after it): those people, unnamed, the numeral kept."""
        ctx = self.ctx
        tok = ctx.tokens[i]
        if (
            tok.pos != "NUM"
            or tok.lemma not in COUNTING_NUMERALS
            or tok.feats.get("Case") not in ("Nom", None)
        ):
            return None
        head = i + 1
        while head < len(ctx.tokens) and ctx.tokens[head].pos == "ADJ":
            head += 1
        if head >= len(ctx.tokens) or ctx.tokens[head].lemma not in cues.UNNAMED_SOURCES:
            return None
        found = self._unnamed(head)
        if found is None or found.entity is not None:
            return found
        found.start, found.number = tok.start, "Plur"
        found.text = ctx.text[found.start : found.stop]
        return found

    def _first_after(self, verb: int, i: int) -> bool:
        """Token `i` is the first word after the cue, past quotation marks."""
        return all(t.text in QUOTE_MARKS for t in self.ctx.tokens[verb + 1 : i])

    def _subject_after_addressee(self, ref: Referent, verb: int, ceiling: int) -> Speaker | None:
        """`сообщила РБК его помощница Галина Лякишева`: an organisation right after the cue and
        a person agreeing with the cue right after it. The organisation is whom it was said to,
        whatever its case (an abbreviation or a foreign name does not decline); the person speaks."""
        k = self._last_token(ref) + 1
        stop = min(ceiling, len(self.ctx.tokens))
        while k < stop and (
            self.ctx.tokens[k].text in QUOTE_MARKS or self.ctx.tokens[k].text.lower() in cues.POSSESSIVES
        ):
            k += 1
        if (
            k + 1 < stop
            and self.ctx.tokens[k].text.lower() in ("в", "во")
            and _agreement(self.ctx.tokens[verb])[1] == "Plur"
        ):
            # `Как пояснили «Ъ» в Минэнерго`: the body told the outlet
            body = self._candidate(k + 1, verb, backwards=False)
            return body if body is not None and body.type != "person" else None
        while k < stop and self.ctx.tokens[k].pos == "ADJ":
            k += 1
        if k >= stop or self.ctx.tokens[k].feats.get("Case", "Nom") != "Nom":
            return None
        person = self.ctx.referent_at(k)
        tok = self.ctx.tokens[k]
        if tok.lemma == "один" and k + 2 < stop and self.ctx.tokens[k + 1].text.lower() == "из":
            group = self.ctx.tokens[k + 2]  # `признался «Ъ» один из членов правительства`
            if not (group.pos == "NOUN" and group.feats.get("Animacy") == "Anim"):
                return None
        elif not (
            _person_noun(tok)
            or tok.lemma in cues.UNNAMED_SOURCES
            or (person is not None and person.type == "person")
        ):
            return None  # `объявила компания Apple новый iPhone`: what it announced
        found = self._candidate(k, verb, backwards=False)
        if found is None or found.type not in ("person", "unnamed") or found.number == "Plur":
            return None
        return found if _agrees(_agreement(self.ctx.tokens[verb]), found.gender, found.number) else None

    def _outlet_named(self, i: int) -> Referent | None:
        """The medium an outlet noun names right after it (`газета Boston Herald`, `агентство
        «Интерфакс»`): told the words when a person agreeing with the cue follows, whatever the
        noun's case (`заявил газета Boston Herald конгрессмен …` is a slip for `газете`)."""
        k = i + 1
        while k < len(self.ctx.tokens) and self.ctx.tokens[k].text in QUOTE_MARKS:
            k += 1
        ref = self.ctx.referent_at(k) if k < len(self.ctx.tokens) else None
        if ref is None or self.ctx.token_at(ref.start) != k or not self.ctx.is_media(ref.entity):
            return None
        return ref

    def _adverbial_after(self, comma: int) -> bool:
        """A comma opening an adverbial participle's clause (`, выступив на форуме`)."""
        k = comma + 1
        while k < len(self.ctx.tokens) and self.ctx.tokens[k].pos == "ADV":
            k += 1
        return k < len(self.ctx.tokens) and self.ctx.tokens[k].feats.get("VerbForm") == "Conv"

    def _clause_end(self, i: int, ceiling: int) -> int:
        """The token after the comma closing the clause that starts at `i`, or `ceiling`."""
        stop = min(ceiling, len(self.ctx.tokens))
        while i < stop and self.ctx.tokens[i].text != ",":
            i += 1
        return min(i + 1, stop)

    def _person_after(self, ref: Referent) -> Referent | None:
        """The person named right after an organisation (`гендиректор «Ростеха» Сергей Чемезов`):
        the organisation names where the person works, the person speaks."""
        k = self._last_token(ref) + 1
        while k < len(self.ctx.tokens) and self.ctx.tokens[k].text in QUOTE_MARKS:
            k += 1
        person = self.ctx.referent_at(k) if k < len(self.ctx.tokens) else None
        if person is None or person.type != "person" or self.ctx.token_at(person.start) != k:
            return None
        return person
