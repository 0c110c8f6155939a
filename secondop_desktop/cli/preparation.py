"""``secondop goals``, ``secondop ready`` and ``secondop letter inform``: what matters to the
patient, whether the file holds what a reviewer needs, and the letter telling the current doctor
about the second opinion. Added by ``cli.build_parser``."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from ..core import readiness
from ..core.documents import one_line
from ..core.validate import require_text
from ..core.vault import Vault

EXIT_OK, EXIT_FAILED = 0, 1


def cmd_goals(vault: Vault, args: argparse.Namespace) -> int:
    if args.action == "set":
        vault.patient.set(goals=" ".join(args.text))
    goals = vault.patient.get().goals
    print(goals if goals else "No goals noted yet; `secondop goals set TEXT` notes them.")
    return EXIT_OK


def cmd_ready(vault: Vault, args: argparse.Namespace) -> int:
    if args.not_applicable:
        report = readiness.set_not_applicable(vault, args.not_applicable, True)
    elif args.applicable:
        report = readiness.set_not_applicable(vault, args.applicable, False)
    elif args.request:
        request = readiness.request_missing(vault, args.request, args.provider or "")
        print(f"records request {request.id} to {one_line(request.provider)}: "
              f"{', '.join(i.label for i in request.items)}")
        report = readiness.check(vault)
    else:
        report = readiness.check(vault)
    if args.out is not None:
        from ..packet.headless import ensure_gui_app
        from ..packet.readiness_block import write_readiness_pdf

        ensure_gui_app()
        out = args.out.expanduser()
        pages = write_readiness_pdf(out, report, vault.patient.get().name)
        print(f"wrote {out} ({pages} page{'s' if pages != 1 else ''})")
    if args.json:
        print(json.dumps(report.as_json(), indent=2, ensure_ascii=False))
        return EXIT_OK
    how = "from the diagnosis" if report.guessed else "as set"
    print(f"kind of question: {report.condition} ({how}; `secondop visit --condition` sets it)")
    for item in report.items:
        print(f"{item.state.value:<15} {item.key:<18} {item.label}")
        for record_id, title in item.records:
            print(f"{'':<34} record {record_id}: {one_line(title)}")
        if item.detail:
            print(f"{'':<34} {one_line(item.detail)}")
    missing = len(report.of(readiness.State.MISSING))
    print(f"{missing} item{'s' if missing != 1 else ''} missing" if missing
          else "nothing missing")
    return EXIT_OK


def cmd_letter_inform(vault: Vault, args: argparse.Namespace) -> int:
    from ..packet.headless import ensure_gui_app
    from ..packet.inform_letter import InformLetter, write_inform_pdf

    ensure_gui_app()
    out = (args.out or Path(f"Second opinion - letter to {args.to}.pdf".replace("/", "-")))
    out = out.expanduser()
    pages = write_inform_pdf(out, InformLetter.of(vault, args.to))
    print(f"wrote {out} ({pages} page{'s' if pages != 1 else ''}: the letter, then talking "
          "points for a conversation)")
    return EXIT_OK


def add_commands(sub, parser_class: type, checked: Callable) -> None:
    """Add ``goals``, ``ready`` and ``letter`` to ``sub`` (the main parser's subparsers)."""
    g = sub.add_parser("goals", help="what matters to you (printed on the packet's cover)")
    g.set_defaults(func=cmd_goals, action="show", readonly=True)
    gsub = g.add_subparsers(dest="action", metavar="ACTION", parser_class=parser_class)
    p = gsub.add_parser("set", help="note what matters to you, in your words")
    p.add_argument("text", nargs="+", metavar="TEXT")
    p.set_defaults(func=cmd_goals, readonly=False)

    p = sub.add_parser("ready", help="is my file complete? what a reviewer needs, and its state")
    p.add_argument("--json", action="store_true", help="print JSON")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--not-applicable", metavar="ITEM", help="say that an item does not apply")
    group.add_argument("--applicable", metavar="ITEM", help="take --not-applicable back")
    group.add_argument("--request", metavar="ITEM",
                       help="make a records request for a missing item")
    p.add_argument("--provider", metavar="NAME",
                   help="whom --request asks (default: the referring doctor)")
    p.add_argument("--out", type=Path, metavar="FILE.pdf", help="also write the list as a PDF")
    p.set_defaults(func=cmd_ready)

    letter = sub.add_parser("letter", help="letters the patient sends")
    lsub = letter.add_subparsers(dest="action", metavar="ACTION", parser_class=parser_class,
                                 required=True)
    p = lsub.add_parser("inform", help="tell your current doctor about the second opinion (PDF)")
    p.add_argument("--to", required=True, metavar="NAME",
                   type=checked(lambda t: require_text(t, "The doctor's name")))
    p.add_argument("--out", type=Path, metavar="FILE.pdf")
    p.set_defaults(func=cmd_letter_inform, readonly=True, works_readonly=True)
