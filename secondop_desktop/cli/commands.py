"""The ``secondop`` command: a thin argparse layer over core.Vault (and the packet).

Exit codes: 0 success, 1 something was refused or failed (the rest still done), 2 usage errors.
No Python traceback reaches the user.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import os
import sqlite3
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from .. import __version__, paths
from ..core.documents import one_line
from ..core.errors import SecondOpError, ValidationError, VaultNeedsUpgrade
from ..core.ocr.findings import NOTHING, Findings, findings
from ..core.questions import CATEGORIES, PRIORITY_LABELS, Question, parse_category
from ..core.readiness import CONDITIONS, parse_condition
from ..core.symptoms import parse_severity
from ..core.validate import parse_datetime, parse_int_range, require_text
from ..core.vault import DB_NAME, Vault
from ..logs import log_file, setup_logging
from . import care, checks, preparation, specialists

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
# translations.LANGUAGES, without importing Qt for every command (a test keeps them alike)
PACKET_LANGUAGES = ("en", "de", "es")

log = logging.getLogger(__name__)


class UsageError(Exception):
    """Bad arguments: printed, exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # argparse would exit 2 itself; keep one path
        raise UsageError(f"{self.prog}: {message}")


def _checked(parse: Callable[[str], object]) -> Callable[[str], object]:
    """An argparse type that turns a ValidationError into a usage error (exit 2)."""

    def convert(text: str) -> object:
        try:
            return parse(text)
        except ValidationError as exc:
            raise argparse.ArgumentTypeError(exc.reason) from None

    return convert


def cmd_import(vault: Vault, args: argparse.Namespace) -> int:
    refused = False
    joined: Counter[int] = Counter()  # study record -> images added to it

    def report(_done: int, _total: int, result) -> None:
        nonlocal refused
        refused |= result.failed
        if result.joined and result.document_id is not None:
            joined[result.document_id] += 1  # a CD's 400 slices: one line for them, at the end
            return
        print(result.line(), flush=True)

    vault.importer.import_paths([Path(p) for p in args.paths], on_result=report,
                                 password=args.password, patient=args.patient)
    for doc_id, count in joined.items():
        print(f"joined {doc_id}: {count} more image{'' if count == 1 else 's'} of that study")
    return EXIT_FAILED if refused else EXIT_OK


def cmd_list(vault: Vault, args: argparse.Namespace) -> int:
    docs = vault.documents.list(trashed=None if args.all else False)
    if args.json:
        found = _text_findings(vault)
        print(json.dumps([{**d.as_json(), **found.get(d.id, NOTHING).as_json(d)} for d in docs],
                         indent=2))
        return EXIT_OK
    if not docs:
        print(f"No records in the vault at {vault.root} yet; add some with "
              "`secondop import FILE...`.", file=sys.stderr)
    for d in docs:
        date = d.record_date.isoformat() if d.record_date else "----------"
        flag = (" (file date)" if d.has_file_date else "") + (" (in trash)" if d.trashed else "")
        print(f"{d.id:>5}  {date}  {d.kind:<8} {d.pages:>4}p  {one_line(d.title)}{flag}")
    return EXIT_OK


def _text_findings(vault: Vault) -> dict[int, Findings]:
    profile = vault.patient.get()
    return findings(vault.db.conn, profile.name, profile.dob)


def cmd_ocr(vault: Vault, args: argparse.Namespace) -> int:
    from ..core.ocr.engine import OcrUnavailable
    from ..core.ocr.queue import OcrQueue

    def report(done: int, total: int) -> None:
        if total:
            print(f"reading scans: {done} of {total}", flush=True)

    try:
        result = OcrQueue(vault).run(progress=report, wait_for_other=args.wait)
    except OcrUnavailable as exc:
        print(f"secondop: {exc.reason}", file=sys.stderr)
        return EXIT_FAILED
    if result.busy:
        print("the scans are being read by another SecondOp window; --wait waits for it")
        return EXIT_OK
    print(f"ok: {result.summary()}")
    for failure in result.failures:  # the page is recorded; an updated app tries it again
        print(f"could not read {one_line(failure.line())}")
    return EXIT_OK


def cmd_search(vault: Vault, args: argparse.Namespace) -> int:
    from ..core.ocr.search import search

    hits = search(vault.db.conn, " ".join(args.words))
    if args.json:
        print(json.dumps([h.as_json() for h in hits], indent=2, ensure_ascii=False))
        return EXIT_OK
    for hit in hits:
        print(f"{hit.id:>5}  p{hit.page:<4} {hit.title}: {hit.snippet}")
    return EXIT_OK if hits else EXIT_FAILED


def cmd_combine(vault: Vault, args: argparse.Namespace) -> int:
    from ..core import pages

    new_id = pages.combine(vault, args.ids, args.title)
    print(f"combined {new_id} {vault.documents.get(new_id).title} "
          f"(from {', '.join(map(str, args.ids))}; those are in the trash)")
    return EXIT_OK


def cmd_split(vault: Vault, args: argparse.Namespace) -> int:
    from ..core import pages

    for new_id in pages.split(vault, args.id, args.at):
        doc = vault.documents.get(new_id)
        print(f"split {new_id} {doc.title} ({doc.pages} page{'s' if doc.pages != 1 else ''})")
    return EXIT_OK


def cmd_restore_originals(vault: Vault, args: argparse.Namespace) -> int:
    from ..core import pages

    for doc_id in pages.undo(vault, args.ids):
        print(f"restored {doc_id} {vault.documents.get(doc_id).title}")
    return EXIT_OK


def cmd_rotate(vault: Vault, args: argparse.Namespace) -> int:
    from ..core.turns import turn_by_hand

    _before, turn = turn_by_hand(vault, args.id, args.page - 1, -args.by)  # --by: clockwise
    print(f"rotated {args.id} page {args.page}: shown turned {(360 - turn) % 360} degrees "
          "clockwise from its file (the file is unchanged)")
    return EXIT_OK


def cmd_verify(vault: Vault, args: argparse.Namespace) -> int:
    problems = vault.verify()
    for problem in problems:
        print(problem.line())
    if vault.rolled_back:
        print(f"note: {vault.rolled_back} files copied in by an import that was interrupted "
              "were taken back (the originals are where they were imported from)")
    if not any(p.fails for p in problems):
        print(f"ok: {vault.documents.count()} records, every file intact")
        return EXIT_OK
    return EXIT_FAILED


def cmd_profile(vault: Vault, args: argparse.Namespace) -> int:
    changes = {k: v for k, v in (("name", args.name), ("dob", args.dob),
                                 ("address", args.address)) if v is not None}
    profile = vault.patient.set(**changes) if changes else vault.patient.get()
    print(f"name: {one_line(profile.name)}")
    print(f"date of birth: {profile.dob}")
    if profile.address:
        print(f"address: {one_line(profile.address)}")
    return EXIT_OK


def cmd_question_add(vault: Vault, args: argparse.Namespace) -> int:
    link: dict[str, int] = {}
    if args.record is not None:
        link = {"document_id": vault.documents.get(args.record).id, "page": args.page or 1}
    elif args.page is not None:
        raise ValidationError("--page needs --record: the page of which record?")
    q = vault.questions.add(text=args.text, priority=args.priority, category=args.category,
                            **link)
    print(f"added question #{q.id}, priority {q.priority} ({PRIORITY_LABELS[q.priority]}), "
          f"{CATEGORIES[q.category]}: {one_line(q.text)}"
          + _linked(q))
    return EXIT_OK


def _linked(q: Question) -> str:
    """The record and page a question is linked to, as " (record 3, page 2)"; else ''."""
    return f" (record {q.document_id}, page {q.page})" if q.document_id is not None else ""


def cmd_question_list(vault: Vault, args: argparse.Namespace) -> int:
    for number, q in enumerate(vault.questions.list(), start=1):
        mark = "x" if q.asked else " "
        print(f"{number:>3}. [{mark}] ({PRIORITY_LABELS[q.priority]}; {CATEGORIES[q.category]}) "
              f"{one_line(q.text)}  #{q.id}"
              + _linked(q))
        if q.answer:
            print(f"       answer: {one_line(q.answer)}")
    return EXIT_OK


def cmd_symptom_add(vault: Vault, args: argparse.Namespace) -> int:
    entry = vault.symptoms.add(
        symptom=args.name, severity=args.severity, at=args.at or dt.datetime.now(),
        notes=args.note or "",
    )
    print(f"added {entry.id} {entry.at:%Y-%m-%d %H:%M} {one_line(entry.symptom)} "
          f"{entry.severity}/10")
    return EXIT_OK


def cmd_symptom_list(vault: Vault, args: argparse.Namespace) -> int:
    for e in vault.symptoms.list():
        note = f"  {one_line(e.notes)}" if e.notes else ""
        print(f"{e.id:>5}  {e.at:%Y-%m-%d %H:%M}  {e.severity:>2}/10  {one_line(e.symptom)}{note}")
    return EXIT_OK


# -- the visit: everything the packet's cover and summary print ---------------------------------
VISIT_OPTIONS = {  # option: (section, field, label)
    "diagnosis": ("patient", "diagnosis", "diagnosis under review"),
    "reason": ("patient", "reason", "reason for a second opinion"),
    "sex": ("patient", "sex", "sex"),
    "specialist": ("appointment", "specialist", "specialist"),
    "specialty": ("appointment", "specialty", "specialty"),
    "facility": ("appointment", "facility", "facility"),
    "appointment": ("appointment", "when", "appointment"),
    "address": ("appointment", "address", "address"),
    "companion": ("appointment", "companion", "coming along"),
    "referring": ("appointment", "referring", "referring physician"),
    "condition": ("patient", "condition", "kind of question"),
}


LONG_VISIT_FIELDS = {"diagnosis", "reason", "address"}


def cmd_visit(vault: Vault, args: argparse.Namespace) -> int:
    sections = {"patient": vault.patient, "appointment": vault.appointment}
    for section_name, section in sections.items():
        changes = {fld: getattr(args, opt) for opt, (sec, fld, _) in VISIT_OPTIONS.items()
                   if sec == section_name and getattr(args, opt) is not None}
        if changes:
            section.set(**changes)
    values = {name: section.get() for name, section in sections.items()}
    for _opt, (sec, fld, label) in VISIT_OPTIONS.items():
        print(f"{label}: {one_line(getattr(values[sec], fld))}")
    return EXIT_OK


def cmd_med_add(vault: Vault, args: argparse.Namespace) -> int:
    med = vault.medications.add(name=args.name, dose=args.dose or "",
                                frequency=args.frequency or "", since=args.since or "",
                                purpose=args.purpose or "")
    print(f"added {med.id} {one_line(med.name)}")
    return EXIT_OK


def cmd_med_list(vault: Vault, args: argparse.Namespace) -> int:
    return _print_list(vault.medications, "medications", "none: the patient takes none", [
        (m.id, " ".join(p for p in (m.name, m.dose, m.frequency, m.purpose and
                                     f"for {m.purpose}") if p))
        for m in vault.medications.list()])


def cmd_med_none(vault: Vault, args: argparse.Namespace) -> int:
    vault.medications.set_none_known(not args.undo)
    return cmd_med_list(vault, args)


def cmd_allergy_add(vault: Vault, args: argparse.Namespace) -> int:
    allergy = vault.allergies.add(substance=args.substance, reaction=args.reaction or "")
    print(f"added {allergy.id} {one_line(allergy.substance)}")
    return EXIT_OK


def cmd_allergy_list(vault: Vault, args: argparse.Namespace) -> int:
    return _print_list(vault.allergies, "allergies", "no known allergies", [
        (a.id, " ".join(p for p in (a.substance, a.reaction and f"({a.reaction})") if p))
        for a in vault.allergies.list()])


def cmd_allergy_none(vault: Vault, args: argparse.Namespace) -> int:
    vault.allergies.set_none_known(not args.undo)
    return cmd_allergy_list(vault, args)


def _print_list(store, noun: str, none_text: str, rows: list[tuple[int, str]]) -> int:
    from ..core.profile import ListState

    state = store.state()
    if state is ListState.NOT_RECORDED:
        print(f"{noun}: not recorded")
    elif state is ListState.NONE_KNOWN:
        print(f"{noun}: {none_text}")
    for item_id, text in rows:
        print(f"{item_id:>5}  {one_line(text)}")
    return EXIT_OK


def _add_visit_commands(sub) -> None:
    p = sub.add_parser("visit", help="show or set the visit details the packet prints")
    for option, (_sec, fld, label) in VISIT_OPTIONS.items():
        kwargs: dict = {"help": label, "type": _checked(
            (checks.long_text if fld in LONG_VISIT_FIELDS else checks.short_text)(
                f"The {label}"))}
        if fld == "when":
            kwargs.update(metavar="YYYY-MM-DDTHH:MM", type=_checked(
                lambda t: parse_datetime(t, "The appointment time").isoformat(
                    timespec="minutes")))
        if fld == "condition":  # the readiness check's list follows it; '' = from the diagnosis
            kwargs.update(metavar="|".join(CONDITIONS), type=_checked(parse_condition))
        p.add_argument(f"--{option}", **kwargs)
    p.set_defaults(func=cmd_visit)

    p = _stated_list_parser(sub, "med", "the medications the patient takes", "a medication",
                            "that the patient takes no medications",
                            (cmd_med_add, cmd_med_list, cmd_med_none))
    p.add_argument("name", type=_checked(checks.name("The medication's name")))
    for option in ("--dose", "--frequency", "--purpose"):
        p.add_argument(option, type=_checked(checks.short_text(option)))
    p.add_argument("--since", metavar="YYYY-MM-DD", type=_checked(checks.short_text("--since")))
    p = _stated_list_parser(sub, "allergy", "the patient's allergies", "an allergy",
                            "no known allergies", (cmd_allergy_add, cmd_allergy_list,
                                                   cmd_allergy_none))
    p.add_argument("substance", type=_checked(checks.name("The substance")))
    p.add_argument("--reaction", type=_checked(checks.short_text("--reaction")))


def _stated_list_parser(sub, command: str, what: str, one: str, none: str,
                        funcs: tuple[Callable, Callable, Callable]) -> argparse.ArgumentParser:
    """``command add|list|none``; returns the ``add`` parser for its own arguments."""
    top = sub.add_parser(command, help=what)
    actions = top.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser,
                                 required=True)
    add = actions.add_parser("add", help=f"add {one}")
    add.set_defaults(func=funcs[0])
    actions.add_parser("list", help=f"list {what}").set_defaults(func=funcs[1])
    p = actions.add_parser("none", help=f"record {none}")
    p.add_argument("--undo", action="store_true", help="take that back (not recorded)")
    p.set_defaults(func=funcs[2])
    return add


def cmd_export(vault: Vault, args: argparse.Namespace) -> int:
    from ..packet.headless import export_from_cli

    checks.output_path(args.out)  # its folder exists: none is made
    if args.records is None:  # the packet leaves out what names another patient: say so
        from ..core.ocr.findings import other_patients

        for doc_id, who in other_patients(vault).items():
            print(f"left out record {doc_id}: it names another patient, {one_line(who)}")
    return export_from_cli(vault, args)


def cmd_recover(root: Path) -> int:
    """Rebuild the records from the stored files, then check the result as ``verify`` does."""
    from ..core.recovery import recover

    for line in recover(root).lines():
        print(line, flush=True)
    with Vault.open(root, create=False) as vault:
        return cmd_verify(vault, argparse.Namespace())


def _vault_option() -> argparse.ArgumentParser:
    """--vault, accepted before or after the command (and shown in each command's help).
    SUPPRESS: a command's parser leaves alone a --vault given before the command."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--vault", metavar="DIR", type=_checked(checks.path("The vault folder")),
                        default=argparse.SUPPRESS,
                        help=f"vault folder (default: ${paths.VAULT_ENV} or the user data "
                             "folder)")
    return common


# Only these add data, so only these start a new vault where there is none.
CREATES_VAULT = {"import", "profile-set", "question-add", "symptom-add", "visit-set", "med-add",
                 "med-none", "allergy-add", "allergy-none", "request-add", "specialist-add",
                 "goals-set", "opinion-add",
                 "recover"}  # recover: a folder of stored files whose database is gone


def build_parser() -> argparse.ArgumentParser:
    common = _vault_option()
    parser = _Parser(prog="secondop", description="SecondOp Desktop from the command line.",
                     parents=[common])
    parser.add_argument("--version", action="version", version=f"secondop {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("import", help="import files and folders into the vault")
    p.add_argument("paths", nargs="+", metavar="PATH", type=_checked(checks.import_path))
    p.add_argument("--password", metavar="TEXT",
                   help="password of PDFs that need one (the date of birth is tried as well)")
    p.add_argument("--patient", metavar="TEXT",
                   help="from a FHIR file of several patients, import only the one whose name "
                        "or identifier contains TEXT")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("list", help="list the records")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--all", action="store_true", help="include records in the trash")
    p.set_defaults(func=cmd_list, readonly=True)

    p = sub.add_parser("ocr", help="read the queued scans (OCR) now, in this process")
    p.add_argument("--wait", action="store_true",
                   help="if the app is reading them already, wait for it, then finish the rest")
    p.set_defaults(func=cmd_ocr)

    p = sub.add_parser("search", help="find records by the words in them (PDF text and scans)")
    p.add_argument("words", nargs="+", metavar="WORD")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_search, readonly=True)

    p = sub.add_parser("combine", help="make one record of several (in the order given)")
    p.add_argument("ids", nargs="+", type=_checked(checks.record_id), metavar="ID")
    p.add_argument("--title", type=_checked(checks.short_text("The title")))
    p.set_defaults(func=cmd_combine)

    p = sub.add_parser("split", help="make several records of one, at the pages given")
    p.add_argument("id", type=_checked(checks.record_id), metavar="ID")
    p.add_argument("--at", required=True, metavar="PAGE,PAGE...",
                   type=_checked(checks.numbers("--at", "page numbers")),
                   help="the first page of each new part after the first")
    p.set_defaults(func=cmd_split)

    p = sub.add_parser("restore-originals",
                       help="take back a combine or split: its records go to the trash")
    p.add_argument("ids", nargs="+", type=_checked(checks.record_id), metavar="ID")
    p.set_defaults(func=cmd_restore_originals)

    p = sub.add_parser("rotate", help="turn a page as shown and packed (the file stays as it is)")
    p.add_argument("id", type=_checked(checks.record_id), metavar="ID")
    p.add_argument("--page", type=_checked(checks.whole_number("The page")), default=1,
                   metavar="N", help="the page (from 1)")
    p.add_argument("--by", type=int, required=True, choices=(90, 180, 270),
                   help="degrees clockwise")
    p.set_defaults(func=cmd_rotate)

    p = sub.add_parser("verify", help="check every stored file against its hash")
    p.set_defaults(func=cmd_verify, readonly=True)

    p = sub.add_parser("recover", help="rebuild the records from the stored files (after the "
                   "database was lost or damaged, or files were set aside in lost+found)")
    p.set_defaults(func=cmd_recover)

    p = sub.add_parser("profile", help="show or set the patient's name and date of birth")
    p.add_argument("--name", type=_checked(checks.short_text("The name")))
    p.add_argument("--dob", metavar="YYYY-MM-DD")
    p.add_argument("--address", metavar="TEXT", help="postal address (printed on your letters)")
    p.set_defaults(func=cmd_profile)

    q = sub.add_parser("question", help="questions for the specialist")
    qsub = q.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser, required=True)
    p = qsub.add_parser("add", help="add a question")
    p.add_argument("text", type=_checked(lambda t: require_text(t, "A question")))
    p.add_argument("--priority", default=2, metavar="1|2|3",
                   type=_checked(lambda t: parse_int_range(t, 1, 3, "The priority")),
                   help="1 = must ask, 2 = important (the default), 3 = if time allows")
    p.add_argument("--category", default="other", type=_checked(parse_category),
                   help=", ".join(CATEGORIES))
    p.add_argument("--record", type=int, metavar="ID", help="link the question to a record")
    p.add_argument("--page", type=_checked(lambda t: parse_int_range(t, 1, 100_000, "The page")),
                   metavar="N", help="the page of that record (from 1)")
    p.set_defaults(func=cmd_question_add)
    p = qsub.add_parser("list", help="list questions in priority order")
    p.set_defaults(func=cmd_question_list, readonly=True)

    s = sub.add_parser("symptom", help="the symptom log")
    ssub = s.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser, required=True)
    p = ssub.add_parser("add", help="log a symptom")
    p.add_argument("name", type=_checked(checks.name("The symptom")))
    p.add_argument("severity", type=_checked(parse_severity), metavar="SEVERITY",
                   help="0 (none) to 10 (worst imaginable)")
    p.add_argument("--at", type=_checked(checks.symptom_time), metavar="ISO-DATETIME",
                   help="when it happened (not later than now; default: now)")
    p.add_argument("--note", type=_checked(checks.long_text("The note")))
    p.set_defaults(func=cmd_symptom_add)
    p = ssub.add_parser("list", help="list the log")
    p.set_defaults(func=cmd_symptom_list, readonly=True)

    _add_visit_commands(sub)

    p = sub.add_parser("export", help="write the consultation packet (PDF)")
    p.add_argument("--out", required=True, type=_checked(checks.path("--out")),
                   metavar="FILE.pdf")
    p.add_argument("--email-size", action="store_true",
                   help="downsample images above 150 dpi for a smaller file")
    p.add_argument("--records", metavar="ID,ID...",
                   type=_checked(_parse_ids), help="only these records (default: all)")
    p.add_argument("--opinions", action="store_true",
                   help="include the opinions and their comparison (after the Summary)")
    p.add_argument("--language", choices=PACKET_LANGUAGES, default="en",
                   help="the language of the packet's headings and generated text (default: "
                        "en); the patient's own words are never translated")
    p.add_argument("--to", default="", metavar="WHOM",
                   type=_checked(checks.short_text("--to")),
                   help='who receives it, for the sent log ("Dr Becker, University Spine Centre")')
    p.add_argument("--password", nargs="?", const="", default=None, metavar="PW",
                   help="encrypt the packet (AES-256) and the DICOM folder; without PW, from "
                        "$SECONDOP_PASSWORD or standard input")
    # Written on a read-only vault too; the sent log then says nothing of it.
    p.set_defaults(func=cmd_export, works_readonly=True)
    care.add_commands(sub, _Parser, _checked, _parse_ids)

    from .clinical import add_commands

    add_commands(sub, _Parser)
    specialists.add_commands(sub, _Parser, _checked)
    preparation.add_commands(sub, _Parser, _checked)
    from .opinions import add_commands as add_opinion_commands

    add_opinion_commands(sub, _Parser, _checked)
    _accept_vault_everywhere(parser, common)
    return parser


def _accept_vault_everywhere(parser: argparse.ArgumentParser,
                             common: argparse.ArgumentParser) -> None:
    """Every command and action takes --vault after its name too (restore has its own)."""
    (option,) = [a for a in common._actions if "--vault" in a.option_strings]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                if "--vault" not in child._option_string_actions:
                    child._add_action(option)
                _accept_vault_everywhere(child, common)


def _open(root: Path, readonly: bool) -> Vault:
    """Commands that only read open the vault without writing anything (a full disk, a
    read-only medium); a vault that does not exist yet is made, and one that must first be
    updated to this version is opened to write."""
    if readonly and (root / DB_NAME).exists():
        try:
            return Vault.open(root, readonly=True)
        except VaultNeedsUpgrade:
            pass
    return Vault.open(root)


def _note_lost_and_found(vault: Vault) -> None:
    if vault.set_aside:
        print(f"secondop: note: {len(vault.set_aside)} stored files no record names were moved "
              "to lost+found; `secondop recover` makes records of them.", file=sys.stderr)
    if vault.rolled_back:
        print(f"secondop: note: {vault.rolled_back} files an interrupted import had copied in "
              "were taken back (the originals are where they were imported from).",
              file=sys.stderr)


def _looks_like_a_vault(root: Path) -> bool:
    """A vault, or what is left of one (stored files whose database is gone: the vault then
    says how to recover it), or a file (which the vault refuses with its own reason)."""
    return root.is_file() or (root / DB_NAME).exists() or (root / "objects").is_dir()


def _creates_vault(args: argparse.Namespace) -> bool:
    name = args.command
    if name == "profile":
        values = (args.name, args.dob, args.address)
        name = "profile-set" if any(v is not None for v in values) else name
    elif name == "visit":
        given = any(getattr(args, o.replace("-", "_"), None) is not None for o in VISIT_OPTIONS)
        name = "visit-set" if given else name
    elif getattr(args, "action", None):
        name = f"{name}-{args.action}"
    return name in CREATES_VAULT


_parse_ids = checks.numbers("--records", "record numbers")


def _quiet_libraries() -> None:
    """Library warnings (pypdf on an odd PDF, pydicom on an odd tag) belong in the log, not
    among the command's output: warnings go through logging to the log file, and when that
    cannot be written (a full disk), nowhere."""
    setup_logging()
    logging.captureWarnings(True)
    root = logging.getLogger()
    if not root.handlers:
        root.addHandler(logging.NullHandler())  # else logging's last resort prints to stderr


def main(argv: Sequence[str] | None = None) -> int:
    _quiet_libraries()
    for stream in (sys.stdout, sys.stderr):  # a file name in no known encoding still prints
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        return _run(argv)
    except BrokenPipeError:  # `secondop list | head`: the reader left; no traceback at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    except SystemExit as exc:  # --help and --version: printed, then a plain exit code
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    root = (getattr(args, "vault", None) or paths.default_vault_dir()).expanduser()
    try:
        checks.path("The vault folder")(str(root))  # $SECONDOP_VAULT too
        if not getattr(args, "opens_vault", True):  # restore makes a new vault itself
            return int(args.func(None, args))
        if not _creates_vault(args) and not _looks_like_a_vault(root):
            print(f"secondop: no vault at {root} (check --vault; `secondop import FILE` starts "
                  "one there)", file=sys.stderr)
            return EXIT_FAILED
        if args.func is cmd_recover:
            return cmd_recover(root)
        with _open(root, readonly=getattr(args, "readonly", False)) as vault:
            if vault.readonly and not (getattr(args, "readonly", False)
                                       or getattr(args, "works_readonly", False)):
                print(f"secondop: the vault in {root} is read-only here; only list, verify "
                      "and export work on it.", file=sys.stderr)
                return EXIT_FAILED
            if vault.changes_lost and args.func is not cmd_verify:  # verify lists it
                print(f"secondop: warning: {vault.changes_lost}", file=sys.stderr)
            code = args.func(vault, args)
            _note_lost_and_found(vault)
            return code
    except ValidationError as exc:
        print(f"secondop: {exc.reason}", file=sys.stderr)
        return EXIT_USAGE
    except SecondOpError as exc:
        print(f"secondop: {exc.reason}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        raise
    except sqlite3.DatabaseError as exc:  # damage found after the vault opened
        if isinstance(exc, sqlite3.OperationalError) and "readonly" not in str(exc):
            print(f"secondop: the vault database cannot be used ({exc}).", file=sys.stderr)
        else:
            print(f"secondop: the vault's database is damaged ({exc}); your stored files are "
                  "untouched. Run `secondop recover` to rebuild the records from them.",
                  file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("secondop: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - our bug: its traceback to the log, one line here
        log.exception("secondop %s failed", getattr(args, "command", "?"))
        where = log_file()
        print(f"secondop: something went wrong in SecondOp ({exc.__class__.__name__}); "
              + (f"the details were saved to {where}" if where else "please report it"),
              file=sys.stderr)
        return EXIT_FAILED
