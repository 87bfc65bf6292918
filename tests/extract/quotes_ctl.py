"""Golden quote cases: one case a line, quote and speaker marked inline.

Syntax of a line in `quotes_golden.txt`:

    [Иванов|SPEAKER] сказал: «{Мы построим завод}»
    «{Это важно}», — отметил [он|SPEAKER=Иванов].
    [Источник в правительстве|SOURCE] сообщил, что {решение принято|indirect}.
    «{…}» ¶ {Я не знаю.|unmarked=Иванов}

- `{text}` a direct quote's content; `{text|indirect}`, `{text|unmarked}`.
- `[text|SPEAKER]` the speaker's mention at the quote site; `=Name` adds the
  entity it resolves to (surname for people) when the text does not show it
  (a pronoun, a role noun, `компании`).
- `[text|SOURCE]` an unnamed source kept with its description.
- `{text|indirect>Outlet}`, `{text|>Outlet}`: the outlet the words were given to.
- `{text|direct=Name}`: a quote with no speaker word at its site (continued
  quotes, unmarked speech), attributed to Name.
- With two or more speakers on a line, `@N` ties quotes to speakers:
  `[Иванов|SPEAKER@1]`, `{…|indirect@1}`.
- ` ¶ ` separates paragraphs; lines starting with `#` are comments; a line
  with no markers must give no quote.

Usage:

    python tests/extract/quotes_ctl.py check          # list the cases that differ
    python tests/extract/quotes_ctl.py regen          # rewrite the file from the extractor
    python tests/extract/quotes_ctl.py show "ТЕКСТ"   # mark up a text
"""

from __future__ import annotations

import sys
from pathlib import Path

GOLDEN = Path(__file__).with_name("quotes_golden.txt")
PARAGRAPH = " ¶ "


def strip(line: str) -> str:
    """The plain text of a golden line."""
    out: list[str] = []
    labels: list[bool] = []  # one per open bracket: inside its label?
    for char in line:
        if char in "[{":
            labels.append(False)
        elif char == "|" and labels:
            labels[-1] = True
        elif char in "]}" and labels:
            labels.pop()
        elif not (labels and labels[-1]):
            out.append(char)
    return "".join(out).replace(PARAGRAPH, "\n")


def render(doc) -> str:
    """The golden line of an analysed doc."""
    text = doc.text
    names = {e.id: e for e in doc.entities}
    speakers: list[str] = []
    for q in doc.quotes:
        key = q.speaker or q.speaker_text
        if key and key not in speakers:
            speakers.append(key)
    numbered = len(speakers) > 1
    inserts: list[tuple[int, int, int, str]] = []  # position, order, tie-break, text
    seen_speakers = set()
    for q in doc.quotes:
        key = q.speaker or q.speaker_text
        tag = f"@{speakers.index(key) + 1}" if numbered and key else ""
        name = _name(names, q)
        kind = "" if q.kind == "direct" else f"|{q.kind}"
        if q.speaker_start is None and key:
            kind = f"|{q.kind}={name}"
        outlet = names.get(q.outlet)
        if outlet is not None:
            kind = (kind or "|") + ">" + (outlet.name.get("ru") or outlet.name.get("en") or "")
        label = kind + tag if kind else (f"|{tag}" if tag else "")
        inserts.append((q.start, 1, -q.stop, "{"))
        inserts.append((q.stop, 0, -q.start, label + "}"))
        if q.speaker_start is not None and (q.speaker_start, q.speaker_stop) not in seen_speakers:
            seen_speakers.add((q.speaker_start, q.speaker_stop))
            span = text[q.speaker_start : q.speaker_stop]
            if q.speaker is None:
                mark = "SOURCE"
            else:
                # an organisation named at the site needs no canonical name (the entities stage owns
                # those); its common noun opening a sentence (`Компания заявила`) is no name
                named_org = (
                    names[q.speaker].type != "person" and span[:1].isupper() and not _common_noun(doc, q)
                )
                mark = "SPEAKER" if name.lower() in span.lower() or named_org else f"SPEAKER={name}"
            inserts.append((q.speaker_start, 1, -q.speaker_stop, "["))
            inserts.append((q.speaker_stop, 0, -q.speaker_start, f"|{mark}{tag}]"))
    out, last = [], 0
    for pos, _, _, mark in sorted(inserts):
        out.append(text[last:pos])
        out.append(mark)
        last = pos
    out.append(text[last:])
    return "".join(out).replace("\n", PARAGRAPH)


def _common_noun(doc, quote) -> bool:
    """The speaker's mention is one word, a common noun for an organisation (`Концерн`) or a place
    standing for one (`Там`)."""
    from newsgraph.extract.speech_cues import ORG_ANAPHORS

    words = [t for t in doc.tokens if quote.speaker_start <= t.start < quote.speaker_stop]
    return len(words) == 1 and (words[0].lemma in ORG_ANAPHORS or words[0].text.lower() in ("там", "здесь"))


def _name(entities: dict, quote) -> str:
    entity = entities.get(quote.speaker)
    if entity is None:
        return quote.speaker_text or ""
    name = entity.name.get("ru") or entity.name.get("en") or ""
    return name.split()[-1] if entity.type == "person" and name else name


def analyse(text: str, pipeline):
    from newsgraph.model import Doc

    return pipeline(Doc(text=text, lang="ru"))


def cases() -> list[str]:
    return [
        line
        for line in GOLDEN.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


def quote_pipeline():
    """The stages the quotes stage needs, and it (facts are not needed here)."""
    from newsgraph.extract import entities, quotes
    from newsgraph.nlp import natasha_stage
    from newsgraph.pipeline import Pipeline

    return Pipeline([natasha_stage.analyse, entities.extract, quotes.extract])


def main(argv: list[str]) -> int:
    pipeline = quote_pipeline()
    command = argv[0] if argv else "check"
    if command == "show":
        print(render(analyse(" ".join(argv[1:]).replace(PARAGRAPH, "\n"), pipeline)))
        return 0
    lines = GOLDEN.read_text(encoding="utf-8").splitlines()
    out, differ = [], 0
    for line in lines:
        if not line.strip() or line.startswith("#"):
            out.append(line)
            continue
        got = render(analyse(strip(line), pipeline))
        if got != line:
            differ += 1
            if command == "check":
                print(f"- {line}\n+ {got}\n")
        out.append(got)
    if command == "regen":
        GOLDEN.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{differ} of {len(cases())} cases differ", file=sys.stderr)
    return 1 if differ and command == "check" else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
