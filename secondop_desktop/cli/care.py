"""``secondop request``, ``sent``, ``backup`` and ``restore``: getting records in, knowing what
went out, and keeping a copy of the vault. Added to the parser by ``cli.build_parser``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable

from ..core import backup
from ..core.errors import ValidationError
from ..core.requests import ITEMS, METHODS, STATUSES, parse_items
from ..core.validate import parse_date
from ..core.vault import Vault
from . import checks

PASSPHRASE_ENV = "SECONDOP_PASSPHRASE"
REQUEST_ID = checks.whole_number("A request number")


def cmd_request_add(vault: Vault, args: argparse.Namespace) -> int:
    if args.asked and args.due and args.due < args.asked:
        raise ValidationError(f"The due date {args.due} is before the date asked "
                              f"{args.asked}.")
    r = vault.requests.add(args.provider, args.items, asked=args.asked, due=args.due,
                           department=args.department or "", method=args.how,
                           **({"status": args.status} if args.status else {}))
    due = f", due {r.due}" if r.due else ""
    print(f"added request {r.id}: {r.provider} ({', '.join(i.label for i in r.items)}){due}")
    return 0


def cmd_request_list(vault: Vault, args: argparse.Namespace) -> int:
    requests = vault.requests.all()
    if args.json:
        print(json.dumps([r.as_json() for r in requests], indent=2))
        return 0
    for r in requests:
        asked = r.asked.isoformat() if r.asked else "not asked"
        late = "  OVERDUE" if r.overdue() else ""
        print(f"{r.id:>4}  {r.provider:<28} {STATUSES[r.status]:<16} {asked:<10}{late}")
        for item in r.items:
            mark = "x" if item.received else " "
            linked = f"  records {', '.join(map(str, item.records))}" if item.records else ""
            print(f"        [{mark}] {item.label}{linked}")
    return 0


def cmd_request_received(vault: Vault, args: argparse.Namespace) -> int:
    r = vault.requests.mark_received(args.id, args.record or [], items=args.items)
    print(f"request {r.id}: {STATUSES[r.status].lower()}")
    return 0


def cmd_request_letter(vault: Vault, args: argparse.Namespace) -> int:
    from ..packet.headless import ensure_gui_app
    from ..packet.request_letter import Letter, write_letter_pdf

    out = checks.output_path(args.out)  # its folder exists: none is made
    ensure_gui_app()
    pages = write_letter_pdf(out, Letter.of(vault, vault.requests.get(args.id), args.wording))
    print(f"wrote {out} ({pages} page{'s' if pages != 1 else ''})")
    return 0


def cmd_sent_list(vault: Vault, args: argparse.Namespace) -> int:
    sent = vault.sent.entries()
    if args.json:
        print(json.dumps([s.as_json() for s in sent], indent=2))
        return 0
    for s in sent:
        to = s.recipient or "(nobody named)"
        gone = "" if s.exists() else "  (file moved or deleted)"
        print(f"{s.id:>4}  {s.at:%Y-%m-%d %H:%M}  {s.pages:>4}p  {to}  {s.path}{gone}")
    return 0


def passphrase(args: argparse.Namespace) -> str | None:
    """--passphrase, else one line of standard input (--passphrase-stdin), else the env var."""
    if args.passphrase:
        return args.passphrase
    if args.passphrase_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise ValidationError("No passphrase came on standard input.")
        return line
    return os.environ.get(PASSPHRASE_ENV) or None


def cmd_backup(vault: Vault, args: argparse.Namespace) -> int:
    checks.output_path(args.out)  # its folder exists: none is made
    result = backup.create_backup(vault.root, args.out, passphrase(args))
    if not vault.readonly:  # a vault on a read-only medium cannot remember it
        backup.note_backup(vault.db)
    sealed = ", protected by a passphrase" if result.sealed else ""
    print(f"wrote {result.path} ({result.records} records, {result.files} files{sealed})")
    return 0


def cmd_restore(_vault: None, args: argparse.Namespace) -> int:
    target = args.target or getattr(args, "vault", None)
    if target is None:
        raise ValidationError("Name the new vault folder with --vault DIR.")
    result = backup.restore_backup(args.file, target, passphrase(args))
    with Vault.open(result.vault, create=False) as restored:
        problems = restored.verify()
    for problem in problems:
        print(problem.line())
    print(f"restored {result.records} records into {result.vault}")
    return 1 if problems else 0


def _passphrase_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--passphrase", metavar="P", help=f"passphrase (or ${PASSPHRASE_ENV})")
    p.add_argument("--passphrase-stdin", action="store_true",
                   help="read the passphrase from the first line of standard input")


def add_commands(sub, parser_class: type, checked: Callable, ids: Callable) -> None:
    """Add the subcommands to ``sub`` (the main parser's subparsers)."""
    r = sub.add_parser("request", help="records requests to providers")
    rsub = r.add_subparsers(dest="action", metavar="ACTION", parser_class=parser_class,
                            required=True)
    p = rsub.add_parser("add", help="note a request for records")
    p.add_argument("provider", type=checked(checks.name("The provider")))
    p.add_argument("--items", required=True, type=checked(parse_items),
                   help=", ".join(ITEMS))
    p.add_argument("--asked", metavar="YYYY-MM-DD", type=checked(parse_date))
    p.add_argument("--due", metavar="YYYY-MM-DD", type=checked(parse_date),
                   help="default: 30 days after --asked")
    p.add_argument("--department", type=checked(checks.short_text("--department")))
    p.add_argument("--how", default="letter", choices=list(METHODS))
    p.add_argument("--status", choices=list(STATUSES))
    p.set_defaults(func=cmd_request_add)
    p = rsub.add_parser("list", help="list the requests")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_request_list, readonly=True)
    p = rsub.add_parser("received", help="mark items received, linked to records")
    p.add_argument("id", type=checked(REQUEST_ID))
    p.add_argument("--record", metavar="N[,N...]",
                   type=checked(checks.numbers("--record", "record numbers")))
    p.add_argument("--items", type=checked(parse_items),
                   help="only these items (default: all still missing)")
    p.set_defaults(func=cmd_request_received)
    p = rsub.add_parser("letter", help="write the request letter (PDF)")
    p.add_argument("id", type=checked(REQUEST_ID))
    p.add_argument("--out", required=True, type=checked(checks.path("--out")),
                   metavar="FILE.pdf")
    p.add_argument("--wording", default="plain", help="letter template in resources/letters",
                   type=checked(checks.short_text("--wording")))
    p.set_defaults(func=cmd_request_letter, readonly=True)

    s = sub.add_parser("sent", help="the log of exported packets")
    ssub = s.add_subparsers(dest="action", metavar="ACTION", parser_class=parser_class,
                            required=True)
    p = ssub.add_parser("list", help="list exported packets, newest first")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_sent_list, readonly=True)

    p = sub.add_parser("backup", help="write the whole vault to one archive file")
    p.add_argument("--out", required=True, type=checked(checks.path("--out")), metavar="FILE")
    _passphrase_options(p)
    p.set_defaults(func=cmd_backup, works_readonly=True)

    p = sub.add_parser("restore", help="make a new vault from a backup archive")
    p.add_argument("file", type=checked(checks.path("The backup file")), metavar="FILE")
    p.add_argument("--vault", dest="target", type=checked(checks.path("The new vault folder")),
                   metavar="DIR",
                   help="the new vault folder (must not exist or be empty)")
    _passphrase_options(p)
    p.set_defaults(func=cmd_restore, opens_vault=False)
