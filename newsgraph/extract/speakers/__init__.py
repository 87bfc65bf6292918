"""Who is speaking: the subject of a cue, resolved to a doc entity.

A speaker is read from the tokens around a cue verb: a name (mention or raw
NER span), a personal pronoun (`он`, `она`, `они`), a role noun that refers
back (`эксперт`, `политолог`), an organisation (`в Минобороны заявили`,
`пресс-служба компании`), or an unnamed source kept with its description
(`источник в правительстве`). The cue verb's gender and number must agree
with the candidate (`сказала` never resolves to a man).

`SpeakerFinder` (`finder.py`) combines one mixin per concern over `FinderBase`
(`base.py`: the state, the `Speaker` and `Role` records, shared steps):

- `subjects.py`: scanning left and right of a cue for its subject;
- `candidates.py`: the speaker one token stands for;
- `organisations.py`: organisations, bodies, outlets and press services;
- `nations.py`: countries, their authorities, leaders, officials and people;
- `roles.py`: role nouns as subjects, the role phrase before a name;
- `role_antecedents.py`: whom a role noun or a description points back to;
- `unnamed.py`: unnamed sources and whom they speak for;
- `pronouns.py`: pronouns and their antecedents;
- `frames.py`: holders in frames, documents, citations, passive agents;
- `grammar.py`: what single tokens say (agreement, clause openers, script).
"""

from newsgraph.extract.speakers.base import QUOTE_MARKS, Role, Speaker
from newsgraph.extract.speakers.finder import SpeakerFinder, omitted_subject

__all__ = ["QUOTE_MARKS", "Role", "Speaker", "SpeakerFinder", "omitted_subject"]
