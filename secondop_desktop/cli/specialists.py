"""``secondop specialist add|list|choose|edit|remove|sheet``: the shortlist of specialists for the
second opinion, and the call sheet to phone their offices with. Added by ``cli.build_parser``."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from ..core.documents import one_line
from ..core.specialists import STATUSES, Specialist, parse_wait_days, parse_yes_no
from ..core.validate import optional_date, require_text
from ..core.vault import Vault

EXIT_OK = 0
# option -> (field, help); options whose values are checked as they are parsed are added apart.
TEXT_OPTIONS = {
    "--specialty": ("specialty", "e.g. endocrine surgery"),
    "--institution": ("institution", "hospital or practice"),
    "--board-certified": ("board", "which board certifies them, as you found it"),
    "--board-link": ("board_link", "where you checked the certification"),
    "--cases": ("cases", "experience with cases like yours, in your words"),
    "--recommended-by": ("recommended_by", "who recommended them"),
    "--cost": ("cost", "what it costs, as the office said"),
    "--languages": ("languages", "languages spoken"),
    "--phone": ("phone", "the office's phone"),
    "--email": ("email", "the office's email"),
    "--address": ("address", "the office's address"),
    "--notes": ("notes", "notes from the call"),
}
YES_NO_OPTIONS = {"--insurance": "insurance", "--telehealth": "telehealth",
                  "--referral": "referral"}


def _changes(args: argparse.Namespace) -> dict[str, object]:
    changes: dict[str, object] = {}
    for option, (fld, _help) in TEXT_OPTIONS.items():
        value = getattr(args, option[2:].replace("-", "_"))
        if value is not None:
            changes[fld] = value
    for option, fld in YES_NO_OPTIONS.items():
        value = getattr(args, option[2:])
        if value is not None:
            changes[fld] = value
    for fld in ("board_checked", "wait_days", "status"):
        value = getattr(args, fld)
        if value is not None:
            changes[fld] = value
    return changes


def _line(s: Specialist, chosen: bool) -> str:
    mark = "*" if chosen else " "
    wait = f", wait {s.wait_days} days" if s.wait_days is not None else ""
    where = f" ({s.where})" if s.where else ""
    return (f"{s.id:>4} {mark} {STATUSES[s.status]:<11} {one_line(s.name)}{one_line(where)}"
            f"{wait}")


def cmd_add(vault: Vault, args: argparse.Namespace) -> int:
    s = vault.specialists.add(name=args.name, **_changes(args))
    print(f"added specialist {s.id}: {one_line(s.name)}")
    return EXIT_OK


def cmd_edit(vault: Vault, args: argparse.Namespace) -> int:
    changes = _changes(args)
    if args.name is not None:
        changes["name"] = args.name
    s = vault.specialists.update(args.id, **changes)
    print(_line(s, vault.specialists.chosen_id() == s.id))
    return EXIT_OK


def cmd_list(vault: Vault, args: argparse.Namespace) -> int:
    chosen = vault.specialists.chosen_id()
    shortlist = vault.specialists.entries()
    if args.json:
        print(json.dumps([s.as_json(s.id == chosen) for s in shortlist], indent=2,
                         ensure_ascii=False))
        return EXIT_OK
    for s in shortlist:
        print(_line(s, s.id == chosen))
    if chosen is not None:
        print("(* = chosen for the appointment)")
    return EXIT_OK


def cmd_choose(vault: Vault, args: argparse.Namespace) -> int:
    s = vault.specialists.choose(args.id, vault.appointment)
    print(f"chose {s.id}: {one_line(s.name)} is now the appointment's specialist")
    return EXIT_OK


def cmd_remove(vault: Vault, args: argparse.Namespace) -> int:
    s = vault.specialists.delete(args.id)
    print(f"removed specialist {s.id}: {one_line(s.name)}")
    return EXIT_OK


def cmd_sheet(vault: Vault, args: argparse.Namespace) -> int:
    from ..packet.call_sheet import CallSheet, write_call_sheet_pdf
    from ..packet.headless import ensure_gui_app

    ensure_gui_app()
    out = args.out.expanduser()
    pages = write_call_sheet_pdf(out, CallSheet.from_vault(vault))
    print(f"wrote {out} ({pages} page{'s' if pages != 1 else ''})")
    return EXIT_OK


def _fields(p: argparse.ArgumentParser, checked: Callable) -> None:
    for option, (_fld, help_text) in TEXT_OPTIONS.items():
        p.add_argument(option, metavar="TEXT", help=help_text)
    for option in YES_NO_OPTIONS:
        p.add_argument(option, metavar="yes|no|unknown", type=checked(parse_yes_no))
    p.add_argument("--board-checked", dest="board_checked", metavar="YYYY-MM-DD",
                   type=checked(lambda t: optional_date(t, "The date you checked")),
                   help="when you checked the certification")
    p.add_argument("--wait-days", dest="wait_days", metavar="N", type=checked(parse_wait_days),
                   help="days to the first appointment")
    p.add_argument("--status", choices=list(STATUSES))


def add_commands(sub, parser_class: type, checked: Callable) -> None:
    """Add ``specialist`` to ``sub`` (the main parser's subparsers)."""
    top = sub.add_parser("specialist", help="the shortlist of specialists for the second opinion")
    actions = top.add_subparsers(dest="action", metavar="ACTION", parser_class=parser_class,
                                 required=True)
    p = actions.add_parser("add", help="add a specialist to the shortlist")
    p.add_argument("name", type=checked(lambda t: require_text(t, "The specialist's name")))
    _fields(p, checked)
    p.set_defaults(func=cmd_add)
    p = actions.add_parser("list", help="list the shortlist (* = chosen)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_list, readonly=True)
    p = actions.add_parser("choose", help="make them the appointment's specialist")
    p.add_argument("id", type=int, metavar="ID")
    p.set_defaults(func=cmd_choose)
    p = actions.add_parser("edit", help="change what is noted of a specialist")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--name", type=checked(lambda t: require_text(t, "The specialist's name")))
    _fields(p, checked)
    p.set_defaults(func=cmd_edit)
    p = actions.add_parser("remove", help="take a specialist off the shortlist")
    p.add_argument("id", type=int, metavar="ID")
    p.set_defaults(func=cmd_remove)
    p = actions.add_parser("sheet", help="write the call sheet: questions for each office (PDF)")
    p.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    p.set_defaults(func=cmd_sheet, readonly=True, works_readonly=True)
