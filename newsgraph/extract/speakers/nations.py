"""Countries as speakers: a country's authorities and media (`Власти Японии`), a national leader
or official named by an adjective (`Французский лидер`, `британский дипломат`), the head of
state, a people (`считают американцы`), and the holder of a role of a country."""

from __future__ import annotations

from newsgraph.extract import speech_cues as cues
from newsgraph.extract.quote_context import Referent
from newsgraph.extract.speakers.base import FinderBase, Role, Speaker, _at
from newsgraph.extract.speakers.role_antecedents import _other_office
from newsgraph.extract.speakers.roles import ROLE_PHRASE_WINDOW
from newsgraph.model import Token

NATIONAL_OFFICIALS = frozenset({"министр", "представитель", "дипломат", "чиновник", "посол"})


class Nations(FinderBase):
    """Countries speaking through their authorities, leaders, officials and people."""

    __slots__ = ()

    def _national_body(self, i: int, *, bare: bool = True) -> Speaker | None:
        """`Американские власти`, `государственные СМИ Северной Кореи`: a country's authorities
        speak for the country named by an adjective before or a genitive after; its media only
        for one named in the genitive; bare authorities for those named just before (`bare`)."""
        ctx, tok = self.ctx, self.ctx.tokens[i]
        if tok.lemma not in cues.NATIONAL_BODIES:
            return None
        nxt = i + 1
        ref = ctx.referent_at(nxt) if nxt < len(ctx.tokens) else None
        if ref is not None and ref.type in ("country", "location") and ctx.token_at(ref.start) == nxt:
            if ctx.tokens[nxt].feats.get("Case") in ("Gen", None):
                return self.from_referent(ref, how="name")  # `Власти Японии`: the name is the speaker
        adj = ctx.tokens[i - 1] if i > 0 else None
        if not cues.national_adjective(adj):
            if bare and (adj is None or adj.pos != "ADJ"):
                return self._authorities_named_before(i)
            return None
        if tok.lemma not in cues.NATIONAL_BY_ADJECTIVE:
            return None  # `американские СМИ`: anonymous media of that country
        stems = cues.national_stems(adj.lemma)
        for ref in ctx.referents_before(tok.start, 0):
            if ref.type in ("country", "location") and ref.entity:
                if any(ref.name.lower().startswith(stem) for stem in stems):
                    speaker = _at(self.from_referent(ref, how="name"), tok, "name")
                    speaker.start = adj.start
                    return speaker
        return None

    def _authorities_named_before(self, i: int) -> Speaker | None:
        """`Власти США арестовали … Власти считают, что …`, `Московские власти … По мнению властей`:
        bare authorities are the ones the article named before with their country or city; with none
        named, or two, they stay unnamed."""
        ctx, tok = self.ctx, self.ctx.tokens[i]
        if tok.lemma != "власть" or tok.feats.get("Number") == "Sing":
            return None
        nxt = ctx.tokens[i + 1] if i + 1 < len(ctx.tokens) else None
        if nxt is not None and (ctx.referent_at(i + 1) is not None or nxt.feats.get("Case") == "Gen"):
            return None  # `Власти Евросоюза`, `власти провинции`: authorities of something else
        named: dict[str, Speaker] = {}
        for j in range(i - 1, -1, -1):
            if ctx.tokens[j].lemma == "власть" and not ctx.in_quote(ctx.tokens[j].start):
                found = self._national_body(j, bare=False)
                if found is not None and found.entity:
                    named.setdefault(found.entity, found)
        if len(named) != 1:
            return None
        return _at(next(iter(named.values())), tok, "name")

    def _role_holder(self, tok: Token, place: Referent) -> Speaker | None:
        """The person named before with this role of this country (`президент России X`)."""
        stem, country = tok.lemma[:5], place.name.lower()[:4]
        for ref in self._antecedents(tok.start):
            role = self.role_of(ref) if ref.type == "person" else None
            if role is None:
                continue
            text = role.text.lower()
            if text.startswith(stem) and (role.org == place.entity or country in text):
                return _at(self.from_referent(ref, how="name"), tok, "role")
        return None

    def _national_role(self, i: int, gender: str | None) -> Speaker | None:
        """`Французский лидер заявил`: the person named before with a role of that country (`президент Франции`)."""
        ctx = self.ctx
        adj = ctx.tokens[i - 1] if i > 0 else None
        if not cues.national_adjective(adj):
            return None
        stems = cues.national_stems(adj.lemma)
        national: list[tuple[Referent, list[str]]] = []
        for ref in self._antecedents(ctx.tokens[i].start):
            if ref.type != "person" or (gender and ref.gender and gender != ref.gender):
                continue
            role = self.role_of(ref)
            if role is None:
                continue
            # `председатель КНР, генеральный секретарь ЦК КПК Си Цзиньпин`: roles joined before the name
            words = role.text.lower().replace("-", " ").split() + self._roles_before(role)
            if any(w.startswith(stem) for w in words for stem in stems):
                national.append((ref, words))
        # `президента Сербии Бориса Тадича … командира армии боснийских сербов Ратко Младича …
        # По словам сербского президента`: the one whose role is that noun; a leader noun (`Французский
        # лидер`) stands for any role of that country, another noun for its own role only
        noun = ctx.tokens[i].lemma
        same = [ref for ref, words in national if any(w.startswith(noun) for w in words)]
        if not same and noun in cues.LEADER_NOUNS:
            same = [ref for ref, _ in national]
        if same:
            return _at(self.from_referent(same[0], how="name"), ctx.tokens[i], "role")
        # `белорусского лидера`, `— заявил черногорский наставник` with only one person named so
        # far (not one whose role names another country or another office): that person; not a
        # noun with a complement (`Венесуэльский министр информации`: someone new)
        nxt = ctx.tokens[i + 1] if i + 1 < len(ctx.tokens) else None
        if nxt is not None and nxt.pos == "NOUN" and nxt.feats.get("Case") == "Gen":
            return None
        people = {
            r.entity: r
            for r in self._antecedents(ctx.tokens[i].start)
            if r.type == "person"
            and r.entity
            and (not gender or not r.gender or gender == r.gender)
            and not self._of_other_nation(self.role_of(r), stems)
            and not _other_office(self.role_of(r), noun)
        }
        if len(people) == 1:
            return _at(self.from_referent(next(iter(people.values())), how="name"), ctx.tokens[i], "role")
        return None

    def _national_official(self, i: int) -> Speaker | None:
        """`Венесуэльский министр информации заявил`, `британский дипломат сообщил`: an unnamed
        official of the country the adjective names speaks for that country, when the article names
        it (`британский эксперт`, `американский журналист` speak for no one; `российский
        представитель компании` for the company)."""
        ctx, tok = self.ctx, self.ctx.tokens[i]
        adj = ctx.tokens[i - 1] if i > 0 else None
        if (
            tok.lemma not in NATIONAL_OFFICIALS
            or tok.feats.get("Number") == "Plur"
            or not cues.national_adjective(adj)
            or adj.lemma in cues.BODY_ADJECTIVES
        ):
            return None
        for k in range(i + 1, min(len(ctx.tokens), i + 4)):
            ref = ctx.referent_at(k)
            if ref is not None and ref.type in ("person", "organization"):
                return None  # `представитель компании «Х»`, `посол Иван Петров`: named otherwise
            if ctx.tokens[k].pos in ("PUNCT", "VERB"):
                break
        stems = cues.national_stems(adj.lemma)
        for ref in ctx.referents:
            if ref.type == "country" and ref.entity and ref.name.lower().startswith(stems):
                official = self._official_named_before(tok, ref.entity)
                if official is not None:
                    return official  # `Глава МИД Венгрии Петер Сийярто … — сказал венгерский министр`
                found = self.from_referent(ref, how="represented")
                start, stop = self._description_span(i)
                found.start = ctx.tokens[start].start
                found.stop = ctx.tokens[stop - 1].stop
                found.description = ctx.text[found.start : found.stop]
                found.gender, found.number = None, "Sing"
                return found
        return None

    def _official_named_before(self, tok: Token, country: str) -> Speaker | None:
        """The one person named before whose stated role holds the country (`Глава МИД Венгрии
        Петер Сийярто`), of the official noun's gender, or None."""
        ctx, found = self.ctx, {}
        gender = tok.feats.get("Gender") if tok.feats.get("Gender") == "Fem" else None
        for ref in self._antecedents(tok.start):
            if ref.type != "person" or not ref.entity or (gender and ref.gender and ref.gender != gender):
                continue
            role = self.role_of(ref)
            if role is not None and any(
                r.entity == country for r in ctx.referents if role.start <= r.start < role.stop
            ):
                found.setdefault(ref.entity, ref)
        if len(found) != 1:
            return None
        return _at(self.from_referent(next(iter(found.values())), how="name"), tok, "role")

    def _roles_before(self, role: Role) -> list[str]:
        """Words of the roles listed before a role phrase, joined by commas, back to the verb or
        the sentence start (`председатель КНР, генеральный секретарь ЦК КПК Си Цзиньпин`)."""
        ctx = self.ctx
        first = ctx.token_at(role.start)
        if first is None or first < 2 or ctx.tokens[first - 1].text != ",":
            return []
        words: list[str] = []
        for k in range(first - 2, max(-1, first - 2 - ROLE_PHRASE_WINDOW), -1):
            t = ctx.tokens[k]
            ref = ctx.referent_at(k)
            if (
                t.pos in ("VERB", "AUX", "ADP")
                or t.text in (".", ";", ":", "«", "»")
                or (ref is not None and ref.type == "person")
            ):
                break
            words.append(t.text.lower())
        return words if any(w in cues.ROLE_NOUNS for w in words) else []

    def _head_of_state(self, i: int, gender: str | None) -> Speaker | None:
        """`Глава (российского) государства заявил`: the president named before (of that country);
        `Глава британского правительства`: the prime minister."""
        ctx = self.ctx
        if ctx.tokens[i].lemma != cues.HEAD_OF_STATE[0]:
            return None
        j, adj = i + 1, None
        while j < len(ctx.tokens) and ctx.tokens[j].pos == "ADJ" and ctx.tokens[j].feats.get("Case") == "Gen":
            adj, j = ctx.tokens[j], j + 1
        titles = cues.HEADS_OF.get(ctx.tokens[j].lemma) if j < len(ctx.tokens) else None
        if titles is None:
            return None
        stems = cues.national_stems(adj.lemma) if adj is not None else ()
        found: dict[str, Referent] = {}
        for ref in self._antecedents(ctx.tokens[i].start):
            if ref.type != "person" or not ref.entity or (gender and ref.gender and gender != ref.gender):
                continue
            role = self.role_of(ref)
            words = role.text.lower().replace("-", " ").split() if role is not None else []
            if not any(w in titles for w in words):
                continue
            if stems and not any(w.startswith(stem) for w in words for stem in stems):
                continue
            found[ref.entity] = ref
        if not found:  # `Дмитрий Медведев пообещал … Глава российского государства заявил`: the one person
            people = {
                r.entity: r
                for r in self._antecedents(ctx.tokens[i].start)
                if r.type == "person" and r.entity and (not gender or not r.gender or gender == r.gender)
            }
            found = people if len(people) == 1 else {}
        if len(found) != 1:
            return None
        return _at(self.from_referent(next(iter(found.values())), how="name"), ctx.tokens[i], "role")

    def _people_of(self, i: int) -> Speaker | None:
        """`считают американцы`: the country whose people they are, when the text names it."""
        tok = self.ctx.tokens[i]
        party = cues.PARTY_MEMBERS.get(tok.lemma)
        stems = party or cues.DEMONYMS.get(tok.lemma)
        if stems is None or tok.feats.get("Number") != "Plur":
            return None
        kinds = ("organization",) if party else ("country", "location")
        for ref in self._antecedents(tok.start):
            if ref.type in kinds and ref.entity:
                name = ref.name.lower()
                if any(name.startswith(stem) for stem in stems):
                    return _at(self.from_referent(ref, how="name"), tok, "name")
        return None
