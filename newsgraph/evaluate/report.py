"""Evaluation results as rich tables, and the list of misses for people improving a stage."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from newsgraph.evaluate.score import RATIOS

# The scores printed per section (all are in --json); stories only for story gold.
SHOWN: dict[str, tuple[str, ...]] = {
    "entities": (
        "recall",
        "precision",
        "type_accuracy",
        "name_accuracy",
        "kind_accuracy",
        "wikidata_accuracy",
    ),
    "mentions": ("recall", "optional_recall"),
    "quotes": ("recall", "precision", "speaker_accuracy", "content_f1", "kind_accuracy"),
    "facts": ("recall", "precision", "f1"),
    "stances": ("accuracy",),
    "stories": (
        "story_precision",
        "story_recall",
        "story_f1",
        "syndication_precision",
        "syndication_recall",
        "syndication_f1",
    ),
}


def fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _counts(section: str, metric: str, data: dict[str, Any]) -> str:
    pair = RATIOS[section].get(metric)
    if pair is None:
        return ""
    num, den = (data["counts"].get(k, 0) for k in pair)
    if section == "stories":
        return f"{den} articles"
    return f"{num:.2f}/{den}" if isinstance(num, float) else f"{num}/{den}"


def table(title: str, sections: dict[str, Any]) -> Table:
    out = Table(title=escape(title), title_justify="left", show_lines=False)
    for column, justify in (("section", "left"), ("score", "left"), ("value", "right"), ("counts", "right")):
        out.add_column(column, justify=justify)  # type: ignore[arg-type]
    for section, metrics in SHOWN.items():
        data = sections.get(section)
        if data is None:
            continue
        for i, metric in enumerate(metrics):
            value = data.get(metric)
            style = "dim" if value is None else None
            label = section if data.get("annotated", True) else f"{section} (not annotated)"
            out.add_row(
                label if i == 0 else "", metric, fmt(value), _counts(section, metric, data), style=style
            )
        out.add_section()
    return out


def render(result: dict[str, Any], console: Console, *, details: bool = False) -> None:
    single = len(result["files"]) == 1
    for file in result["files"]:
        console.print(table(file["file"] + (" (the total: one file)" if single else ""), file))
        for warning in file.get("warnings", []):
            console.print(f"[yellow]warning:[/] {escape(warning)}")
        if file.get("kind") == "article" and not file.get("analysed"):
            console.print(
                f"[yellow]warning:[/] not analysed (language {file.get('lang')!r}): every section scores 0"
            )
        absent = _absent(file)
        if absent:
            console.print(f"[yellow]gold strings not found in the text:[/] {escape('; '.join(absent))}")
        if details:
            render_details(file, console)
    if not single:
        console.print(table(f"TOTAL (micro-averaged over {len(result['files'])} files)", result["total"]))


def _absent(file: dict[str, Any]) -> list[str]:
    det = file.get("details", {})
    mentions = [f"{a['gold']}: {a['mention']!r}" for a in det.get("mentions", {}).get("absent_from_text", [])]
    quotes = [f"quote {q!r}" for q in det.get("quotes", {}).get("absent_from_text", [])]
    return mentions + quotes


def render_details(file: dict[str, Any], console: Console) -> None:
    """What was missed or wrong in one file, grouped by section, one line per item."""
    det = file.get("details", {})
    lines: list[tuple[str, list[str]]] = []
    if "entities" in det:
        ent = det["entities"]
        lines += [
            ("entities missed", [f"{e['gold']} ({e['type']}) {e['name']!r}" for e in ent["missed"]]),
            (
                "entities with the wrong type",
                [f"{e['gold']}: expected {e['expected']}, got {e['got']}" for e in ent["wrong_type"]],
            ),
            (
                "entities with the wrong name",
                [f"{e['gold']}: expected {e['expected']!r}, got {e['got']!r}" for e in ent["wrong_name"]],
            ),
            (
                "organizations with the wrong kind",
                [f"{e['gold']}: expected {e['expected']}, got {e['got']}" for e in ent["wrong_kind"]],
            ),
            (
                "entities with the wrong Wikidata id",
                [
                    f"{e['gold']}: expected {e['expected']}, got {e['got']}"
                    for e in ent.get("wrong_wikidata", [])
                ],
            ),
            (
                "system entities aligned with no gold entity",
                [f"{e['name']!r} ({e['type']}) {e['at'] or ''}" for e in ent["unaligned_system"]],
            ),
        ]
    if "mentions" in det:
        lines.append(
            (
                "mention occurrences not covered",
                [
                    f"{m['gold']} @{m['start']} {m['at']}  — system: {m['system']}"
                    for m in det["mentions"]["not_covered"]
                ],
            )
        )
    if "quotes" in det:
        q = det["quotes"]
        lines += [
            (
                "quotes missed",
                [
                    f"[{m['speaker']}, {m['kind']}] {m['content']!r}"
                    + (
                        f"  — closest system quote (F1 {m['closest_f1']}): {m['closest_system']!r}"
                        if m["closest_system"]
                        else ""
                    )
                    for m in q["missed"]
                ],
            ),
            (
                "quotes with the wrong speaker",
                [f"{m['content']!r}: expected {m['expected']}, got {m['got']}" for m in q["wrong_speaker"]],
            ),
            (
                "quotes of the wrong kind",
                [f"{m['content']!r}: expected {m['expected']}, got {m['got']}" for m in q["wrong_kind"]],
            ),
            (
                "system quotes matching no gold quote",
                [f"[{m['speaker']}, {m['kind']}] {m['content']!r}" for m in q["unmatched_system"]],
            ),
        ]
    if "facts" in det:
        f = det["facts"]
        missed = []
        for m in f["missed"]:
            near = "".join(f"\n      system has: {s}" for s in m["system_same_predicate"])
            missed.append(m["fact"] + near)
        lines += [("facts missed", missed), ("system facts matching no gold fact", f["false"])]
    if "stances" in det:
        lines.append(
            (
                "stances wrong",
                [
                    f"{s['holder']} → {s['target']}: expected {s['expected']}, got {s['got']}"
                    for s in det["stances"]["wrong"]
                ],
            )
        )
    if "stories" in det:
        lines.append(
            (
                "articles (gold story/syndication → system)",
                [
                    f"{a['file']}: {a['gold_story']}/{a['gold_syndication']} → {a['story']}/{a['syndication']}"
                    for a in det["stories"]["articles"]
                ],
            )
        )
    for heading, items in lines:
        if items:
            console.print(f"[bold]{escape(heading)}[/] ({len(items)})")
            for item in items:
                console.print(f"  - {escape(item)}", soft_wrap=True)
    console.print()
