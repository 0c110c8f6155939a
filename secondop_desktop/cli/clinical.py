"""``secondop med|allergy|problem|lab|immunization|procedure|encounter list`` and
``secondop differences``: what the imported
clinical documents say, each item with the records it came from (``sources``, record ids; empty
for the patient's own entries), and where those records disagree."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from ..core.clinical import Item
from ..core.vault import Vault

EXIT_OK = 0


def own_medications(vault: Vault) -> list[dict[str, Any]]:
    return [{"name": m.name, "rxnorm": "", "dose": m.dose, "route": "",
             "frequency": m.frequency, "status": "active", "start": m.since, "end": "",
             "negated": False, "purpose": m.purpose, "own": True, "sources": []}
            for m in vault.medications.entries()]


def own_allergies(vault: Vault) -> list[dict[str, Any]]:
    return [{"substance": a.substance, "code": "", "reaction": a.reaction, "severity": "",
             "criticality": "", "status": "active", "state": "allergic", "negated": False,
             "own": True, "sources": []} for a in vault.allergies.entries()]


def medication_rows(vault: Vault) -> list[dict[str, Any]]:
    return own_medications(vault) + _imported(vault, "medication")


def allergy_rows(vault: Vault) -> list[dict[str, Any]]:
    return own_allergies(vault) + _imported(vault, "allergy")


def problem_rows(vault: Vault) -> list[dict[str, Any]]:
    return _imported(vault, "problem")


def _imported_rows(category: str) -> Callable[[Vault], list[dict[str, Any]]]:
    return lambda vault: _imported(vault, category)


def _imported(vault: Vault, category: str) -> list[dict[str, Any]]:
    def row(item: Item) -> dict[str, Any]:
        return {**item.as_json(), "own": False, "from": item.source_labels}

    return [row(i) for i in vault.clinical.items(category)]


Command = Callable[[Vault, argparse.Namespace], int]


def _lister(rows: Callable[[Vault], list[dict[str, Any]]], columns: tuple[str, ...],
            own: Command | None) -> Command:
    """A list command: JSON of every item; as text, the patient's own list (printed by
    ``own`` when the group has its own command) and then what the imported records say."""
    def command(vault: Vault, args: argparse.Namespace) -> int:
        items = rows(vault)
        if args.json:
            print(json.dumps(items, indent=2))
            return EXIT_OK
        if own is not None:
            own(vault, args)
            items = [i for i in items if not i.get("own")]
            if items:
                print("from your records:")
        for item in items:
            shown = [str(item.get(c) or "") for c in columns]
            origin = "your entry" if item.get("own") else f"from {item.get('from', '')}"
            print("  ".join(s for s in shown if s) + f"  [{origin}]")
        if not items and own is None:
            print("nothing recorded")
        return EXIT_OK

    return command


def _print_items(items: list[Any], as_json: bool, line: Callable[[Any], str], empty: str) -> int:
    """One item a line (or JSON), and what an empty list means."""
    if as_json:
        print(json.dumps([item.as_json() for item in items], indent=2))
        return EXIT_OK
    for item in items:
        print(line(item))
    if not items:
        print(empty)
    return EXIT_OK


def _lab_line(r: Any) -> str:
    limits = f"({r.limits})" if r.limits else ""
    records = ", ".join(str(s.document_id) for s in r.sources)
    return "  ".join(p for p in (r.date, r.test, r.shown_value, r.unit, limits, r.flag,
                                 f"[record {records}]") if p)


def cmd_lab_list(vault: Vault, args: argparse.Namespace) -> int:
    return _print_items(vault.clinical.lab_results(), args.json, _lab_line, "no lab results")


def cmd_differences(vault: Vault, args: argparse.Namespace) -> int:
    def line(d: Any) -> str:
        return d.text + (f" (settled: {d.resolution['choice']})" if d.resolution else "")

    return _print_items(vault.clinical.differences(), args.json, line, "the records agree")


LISTS = {
    "med": ("medications, yours and from imported records", medication_rows,
            ("name", "dose", "frequency", "status")),
    "allergy": ("allergies, yours and from imported records", allergy_rows,
                ("substance", "reaction", "severity", "state")),
    "problem": ("problems and diagnoses from imported records", problem_rows,
                ("name", "status", "onset")),
    "immunization": ("immunizations from imported records", _imported_rows("immunization"),
                     ("name", "status", "date")),
    "procedure": ("procedures from imported records", _imported_rows("procedure"),
                  ("name", "status", "date")),
    "encounter": ("visits and stays from imported records", _imported_rows("encounter"),
                  ("name", "location", "status", "date")),
}


def add_commands(sub: argparse._SubParsersAction, parser_class: type) -> None:
    """Add the list commands. Where a ``med``/``allergy`` group with its own ``list`` exists
    already (the patient's entries), that list gets ``--json`` and what the records say."""
    for name, (help_text, rows, columns) in LISTS.items():
        group = sub.choices.get(name) or sub.add_parser(name, help=help_text)
        actions = [a for a in group._actions if isinstance(a, argparse._SubParsersAction)]
        inner = actions[0] if actions else group.add_subparsers(
            dest="action", metavar="ACTION", parser_class=parser_class, required=True)
        existing = inner.choices.get("list")
        p = existing or inner.add_parser("list", help=f"list {help_text}")
        own = p.get_default("func")
        p.add_argument("--json", action="store_true", help="print JSON")
        p.set_defaults(func=_lister(rows, columns, own))
        if existing is None:
            p.set_defaults(readonly=True)
    lab = sub.add_parser("lab", help="lab results from imported records")
    inner = lab.add_subparsers(dest="action", metavar="ACTION", parser_class=parser_class,
                               required=True)
    p = inner.add_parser("list", help="list every lab result, oldest first")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_lab_list, readonly=True)
    p = sub.add_parser("differences", help="where imported records disagree")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_differences, readonly=True)
