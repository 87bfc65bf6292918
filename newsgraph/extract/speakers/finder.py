"""`SpeakerFinder`: the concerns of finding a speaker combined, and a cue with no subject of its own."""

from __future__ import annotations

from newsgraph.extract.quote_context import QuoteContext
from newsgraph.extract.speakers.base import Speaker
from newsgraph.extract.speakers.candidates import Candidates
from newsgraph.extract.speakers.frames import Frames
from newsgraph.extract.speakers.nations import Nations
from newsgraph.extract.speakers.organisations import Organisations
from newsgraph.extract.speakers.pronouns import Pronouns
from newsgraph.extract.speakers.role_antecedents import RoleAntecedents
from newsgraph.extract.speakers.roles import Roles
from newsgraph.extract.speakers.subjects import CueSubjects
from newsgraph.extract.speakers.unnamed import UnnamedSources


class SpeakerFinder(
    CueSubjects, Candidates, Organisations, Nations, Roles, RoleAntecedents, UnnamedSources, Pronouns, Frames
):
    """Finds who speaks: the subject of a cue (`subject_before`, `subject_after`), the holder in a
    frame (`holder`), a quoted document's author (`document_author`), an outlet (`outlet`); it
    remembers the speakers found (`remember`, `previous`) for pronouns and roles to refer back to.
    Its state is `FinderBase`'s: `SpeakerFinder(ctx)` or `SpeakerFinder(ctx, history=...)`."""

    __slots__ = ()


def omitted_subject(finder: SpeakerFinder, ctx: QuoteContext, i: int) -> Speaker | None:
    """`«…», — добавил.` or `Также добавил: «…»`: a cue verb with no subject of its own
    speaks for the last person named, if gender and number agree."""
    verb = ctx.tokens[i]
    if verb.feats.get("Number") == "Plur":
        return None
    gender = verb.feats.get("Gender")
    for sp in finder.previous(verb.start, paragraphs=1):
        # a singular verb never speaks for a plural source (`Эксперты сходятся во мнении …`)
        if (
            sp.type == "person"
            and sp.number != "Plur"
            and (not gender or not sp.gender or gender == sp.gender)
        ):
            return Speaker(
                verb.start,
                verb.stop,
                "omitted",
                entity=sp.entity,
                name=sp.name,
                text=sp.text,
                type=sp.type,
                gender=sp.gender,
            )
    return None
