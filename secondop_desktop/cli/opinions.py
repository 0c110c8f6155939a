"""``secondop opinion``, ``compare`` and ``decision``: the opinions after the visit, side by side,
and the decision guide. Added to the parser by ``cli.build_parser``.

In ``decision rate OPTION-ID --benefit N`` (or ``--risk N``), N is the number of that benefit
(or risk) in the option's list as ``secondop decision`` prints it: 1 for the first.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from pathlib import Path

from ..core.comparison import compare
from ..core.decision import (
    ANSWERS,
    CHECKS,
    MATTERS_WORDS,
    NO_RECOMMENDATION,
    ROLES,
    STATUSES,
    option_number,
)
from ..core.documents import one_line
from ..core.errors import ValidationError
from ..core.opinions import LIST_FIELDS, TEXT_FIELDS, Opinion
from ..core.opinions import ROLES as OPINION_ROLES
from ..core.validate import format_partial_date, parse_int_range
from ..core.vault import Vault

EXIT_OK = 0
# --option: the Opinion field it sets (the option names follow the words).
OPINION_OPTIONS = {"by": "by", "role": "role", "date": "date", "diagnosis": "diagnosis",
                   "extent": "extent", "recommendation": "recommendation",
                   "alternatives": "alternatives", "benefits": "benefits", "risks": "risks",
                   "tests": "tests", "urgency": "urgency", "sure": "certainty",
                   "notes": "notes"}


# -- opinions --------------------------------------------------------------------------------------
def _opinion_values(args: argparse.Namespace) -> dict[str, object]:
    values: dict[str, object] = {field: getattr(args, option)
                                 for option, field in OPINION_OPTIONS.items()
                                 if getattr(args, option, None) is not None}
    if args.record is not None:
        values["document_id"] = None if args.record.lower() in ("none", "0", "") else args.record
    if args.visit is not None:
        values["visit"] = args.visit
    return values


def cmd_opinion_add(vault: Vault, args: argparse.Namespace) -> int:
    opinion = vault.opinions.add(**_opinion_values(args))
    print(f"added opinion {opinion.id}: {one_line(opinion.label)}")
    _print_gathered(vault)
    return EXIT_OK


def cmd_opinion_edit(vault: Vault, args: argparse.Namespace) -> int:
    values = _opinion_values(args)
    if not values:
        raise ValidationError("Say what to change, e.g. --recommendation TEXT.")
    opinion = vault.opinions.update(args.id, **values)
    print(f"changed opinion {opinion.id}: {one_line(opinion.label)}")
    return EXIT_OK


def cmd_opinion_remove(vault: Vault, args: argparse.Namespace) -> int:
    opinion = vault.opinions.delete(args.id)
    print(f"removed opinion {opinion.id}: {one_line(opinion.label)} (a linked record stays)")
    return EXIT_OK


def cmd_opinion_list(vault: Vault, args: argparse.Namespace) -> int:
    opinions = vault.opinions.entries()
    if args.json:
        print(json.dumps([{**o.as_json(), "answers": [
            {"question": q.text, "answer": q.answer, "answered_by": q.answered_by}
            for q in vault.opinions.answers(o, opinions)]} for o in opinions],
            indent=2, ensure_ascii=False))
        return EXIT_OK
    if not opinions:
        print("no opinions yet; add one with `secondop opinion add --by NAME ...`")
    for opinion in opinions:
        visit = "  (the visit's answers)" if opinion.visit else ""
        print(f"{opinion.id:>4}  {one_line(opinion.label)}{visit}")
        for key, label in TEXT_FIELDS.items():
            value = "; ".join(opinion.listed(key)) if key in LIST_FIELDS else getattr(opinion,
                                                                                       key)
            if value:
                print(f"        {label}: {one_line(value)}")
        if opinion.document_id is not None:
            title = vault.documents.get(opinion.document_id).title
            print(f"        Written opinion: record {opinion.document_id} "
                  f"({one_line(title)})")
        for question in vault.opinions.answers(opinion, opinions):
            print(f"        Q: {one_line(question.text)}")
            print(f"        A: {one_line(question.answer)}")
    return EXIT_OK


# -- compare ---------------------------------------------------------------------------------------
def cmd_compare(vault: Vault, args: argparse.Namespace) -> int:
    if args.out is not None:
        from ..packet.headless import ensure_gui_app
        from ..packet.opinion_pages import ComparisonData, write_comparison_pdf

        out = args.out.expanduser()
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        if not out.parent.is_dir():
            raise ValidationError(f"The folder {out.parent} does not exist; create it first or "
                                  "choose another --out.")
        ensure_gui_app()
        pages = write_comparison_pdf(out, ComparisonData.of(vault))
        print(f"wrote {out} ({pages} page{'s' if pages != 1 else ''})")
        return EXIT_OK
    opinions = vault.opinions.entries()
    goals = vault.patient.get().goals
    print(f"What matters to me: {one_line(goals) if goals else '(not written yet)'}")
    if not opinions:
        print("no opinions yet; add them with `secondop opinion add --by NAME ...`")
        return EXIT_OK
    letters = {o.id: chr(ord("A") + n) if n < 26 else str(n) for n, o in enumerate(opinions)}
    for opinion in opinions:
        print(f"  {letters[opinion.id]}: {one_line(opinion.label)}")
    for point in compare(opinions):
        print(f"{point.label + ':':<24} {point.mark}")
        for opinion, value in zip(opinions, point.values, strict=True):
            print(f"    {letters[opinion.id]}: {one_line(value) if value else '-'}")
        if point.shared:
            print(f"    in common: {'; '.join(point.shared)}")
    print()
    _print_guide(vault, opinions)
    return EXIT_OK


# -- decision ------------------------------------------------------------------------------------
def _print_gathered(vault: Vault) -> None:
    options = vault.decision.options()
    if options:
        print("options in the decision guide: " + "; ".join(
            f"{o.id} {one_line(o.text)}" for o in options))


def _names(opinions: list[Opinion]) -> dict[int | None, str]:
    names: dict[int | None, str] = {o.id: o.by for o in opinions}
    names[None] = "me"
    return names


def _print_guide(vault: Vault, opinions: list[Opinion]) -> None:
    state = vault.decision.state()
    names = _names(opinions)
    print(f"Decision: {one_line(state.question) or '(not written)'}"
          + (f", by {state.deadline}" if state.deadline else ""))
    print(f"Where I stand: {STATUSES[state.status_key]}")
    if state.decide_with or state.role:
        print(f"Deciding with: {one_line(state.decide_with) or '-'}"
              + (f" ({ROLES[state.role]})" if state.role else ""))
    for option in vault.decision.options():
        mark = "  <- chosen" if state.choice_id == option.id else ""
        said = ", ".join([f"recommended by {names.get(i, '?')}" for i in option.recommended_by()]
                         + [f"alternative from {names.get(i, '?')}"
                            for i in option.mentioned_by()]) or "added by me"
        print(f"Option {option.id}: {one_line(option.text)} ({said}){mark}")
        for kind in ("benefit", "risk"):
            for n, factor in enumerate(option.factors(kind), start=1):
                matters = ("not rated" if factor.matters is None else
                           f"matters {factor.matters}/5 ({MATTERS_WORDS[factor.matters]})")
                print(f"    {kind} {n}: {one_line(factor.text)} "
                      f"[{names.get(factor.opinion_id, 'me')}; {matters}]")
    checks = state.checks()
    for key, text in CHECKS.items():
        print(f"Check {key}: {text}? {checks[key] or 'not answered'}")
    for step in vault.decision.steps.entries():
        due = f" by {format_partial_date(step.due)}" if step.due else ""
        who = f" ({one_line(step.who)})" if step.who else ""
        print(f"Next step {step.id}: {one_line(step.what)}{who}{due}"
              + (" - done" if step.done else ""))
    print(NO_RECOMMENDATION)


def cmd_decision(vault: Vault, args: argparse.Namespace) -> int:
    opinions = vault.opinions.entries()
    if args.json:
        print(json.dumps(vault.decision.as_json(opinions, vault.patient.get().goals), indent=2,
                         ensure_ascii=False))
        return EXIT_OK
    goals = vault.patient.get().goals
    print(f"What matters to me: {one_line(goals) if goals else '(not written yet)'}")
    _print_guide(vault, opinions)
    return EXIT_OK


def cmd_option_add(vault: Vault, args: argparse.Namespace) -> int:
    option = vault.decision.add_option(args.text, args.benefits or "", args.risks or "")
    print(f"added option {option.id}: {one_line(option.text)} ({len(option.benefits)} benefits, "
          f"{len(option.risks)} risks)")
    return EXIT_OK


def cmd_option_edit(vault: Vault, args: argparse.Namespace) -> int:
    if args.text:
        vault.decision.rename_option(args.id, args.text)
    for kind, given in (("benefit", args.benefit or []), ("risk", args.risk or [])):
        for text in given:
            vault.decision.add_factor(args.id, kind, text)
    option = vault.decision.option(args.id)
    print(f"option {option.id}: {one_line(option.text)} ({len(option.benefits)} benefits, "
          f"{len(option.risks)} risks)")
    return EXIT_OK


def cmd_option_merge(vault: Vault, args: argparse.Namespace) -> int:
    option = vault.decision.merge(args.into, args.other)
    print(f"merged option {args.other} into {option.id}: {one_line(option.text)}")
    return EXIT_OK


def cmd_option_remove(vault: Vault, args: argparse.Namespace) -> int:
    option = vault.decision.set_aside(args.id, not args.undo)
    print(f"{'set aside' if option.removed else 'brought back'} option {option.id}: "
          f"{one_line(option.text)}")
    return EXIT_OK


def cmd_rate(vault: Vault, args: argparse.Namespace) -> int:
    kind, number = ("benefit", args.benefit) if args.benefit is not None else ("risk", args.risk)
    factor = vault.decision.factor_at(args.option, kind, number)
    factor = vault.decision.rate(factor.id, args.matters)
    print(f"option {args.option} {kind} {number} ({one_line(factor.text)}): matters "
          f"{factor.matters}/5 ({MATTERS_WORDS[factor.matters or 0]})")
    return EXIT_OK


def cmd_status(vault: Vault, args: argparse.Namespace) -> int:
    changes: dict[str, object] = {"status": args.status}
    if args.choice is not None:
        changes["choice"] = args.choice
    state = vault.decision.set_state(**changes)
    chosen = ""
    if state.choice_id is not None:
        chosen = f"; choice: option {state.choice_id} {vault.decision.option(state.choice_id).text}"
    print(f"where I stand: {STATUSES[state.status_key]}{chosen}")
    return EXIT_OK


def cmd_check(vault: Vault, args: argparse.Namespace) -> int:
    vault.decision.set_state(**{args.check: args.answer})
    print(f"{CHECKS[args.check]}: {args.answer}")
    return EXIT_OK


def cmd_with(vault: Vault, args: argparse.Namespace) -> int:
    changes: dict[str, object] = {"decide_with": args.who}
    if args.role is not None:
        changes["role"] = args.role
    state = vault.decision.set_state(**changes)
    print(f"deciding with: {one_line(state.decide_with)}"
          + (f" ({ROLES[state.role]})" if state.role else ""))
    return EXIT_OK


def cmd_question(vault: Vault, args: argparse.Namespace) -> int:
    changes: dict[str, object] = {"question": args.text}
    if args.by is not None:
        changes["deadline"] = args.by
    state = vault.decision.set_state(**changes)
    print(f"decision: {one_line(state.question)}"
          + (f", by {state.deadline}" if state.deadline else ""))
    return EXIT_OK


def cmd_step_add(vault: Vault, args: argparse.Namespace) -> int:
    step = vault.decision.steps.add(what=args.text, who=args.who or "", due=args.by or "")
    print(f"added next step {step.id}: {one_line(step.what)}")
    return EXIT_OK


def cmd_step_done(vault: Vault, args: argparse.Namespace) -> int:
    step = vault.decision.steps.update(args.id, done=not args.undo)
    print(f"next step {step.id}: {'done' if step.done else 'to do'}")
    return EXIT_OK


# -- the parser ------------------------------------------------------------------------------------
def _opinion_arguments(p: argparse.ArgumentParser, add: bool) -> None:
    p.add_argument("--by", required=add, metavar="NAME", help="who gave the opinion")
    p.add_argument("--role", metavar="ROLE", help=", ".join(OPINION_ROLES))
    p.add_argument("--date", metavar="D", help="when (2026-11-20, Nov 2026...)")
    p.add_argument("--diagnosis", metavar="TEXT")
    p.add_argument("--extent", metavar="TEXT", help="the stage or extent, if given")
    p.add_argument("--recommendation", metavar="TEXT", help="the treatment recommended")
    for option in ("alternatives", "benefits", "risks", "tests"):
        p.add_argument(f"--{option}", metavar="TEXT",
                       help="several separated by ';' (or one per line)")
    p.add_argument("--urgency", metavar="TEXT")
    p.add_argument("--sure", metavar="TEXT", help="how sure they were")
    p.add_argument("--notes", metavar="TEXT", help="my own notes")
    p.add_argument("--record", metavar="ID",
                   help="the written opinion, a record of the vault (none: unlink)")
    visit = p.add_mutually_exclusive_group()
    visit.add_argument("--visit", dest="visit", action="store_const", const=True,
                       help="given at the visit my question list was for (its answers "
                            "belong to it)")
    visit.add_argument("--not-visit", dest="visit", action="store_const", const=False)


def add_commands(sub, parser_class: type, checked: Callable) -> None:
    """Add ``opinion``, ``compare`` and ``decision`` to ``sub`` (the main subparsers)."""
    o = sub.add_parser("opinion", help="the opinions given after the visit")
    osub = o.add_subparsers(dest="action", metavar="ACTION", parser_class=parser_class,
                            required=True)
    p = osub.add_parser("add", help="record an opinion")
    _opinion_arguments(p, add=True)
    p.set_defaults(func=cmd_opinion_add)
    p = osub.add_parser("list", help="list the opinions with the visit's answers")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_opinion_list, readonly=True)
    p = osub.add_parser("edit", help="change an opinion")
    p.add_argument("id", type=int, metavar="ID")
    _opinion_arguments(p, add=False)
    p.set_defaults(func=cmd_opinion_edit)
    p = osub.add_parser("remove", help="remove an opinion")
    p.add_argument("id", type=int, metavar="ID")
    p.set_defaults(func=cmd_opinion_remove)

    p = sub.add_parser("compare", help="the opinions side by side and the decision guide")
    p.add_argument("--out", type=Path, metavar="F.pdf", help="write a printable PDF")
    p.set_defaults(func=cmd_compare, readonly=True)

    d = sub.add_parser("decision", help="the decision guide (no ACTION: show it)")
    d.add_argument("--json", action="store_true", help="print JSON")
    d.set_defaults(func=cmd_decision, readonly=True)
    dsub = d.add_subparsers(dest="action", metavar="ACTION", parser_class=parser_class)
    opt = dsub.add_parser("option", help="add, edit, merge or set aside an option")
    optsub = opt.add_subparsers(dest="option_action", metavar="ACTION",
                                parser_class=parser_class, required=True)
    p = optsub.add_parser("add", help="add an option of my own")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--benefits", metavar="T", help="several separated by ';'")
    p.add_argument("--risks", metavar="T", help="several separated by ';'")
    p.set_defaults(func=cmd_option_add, readonly=False)  # under `decision`, which only reads
    p = optsub.add_parser("edit", help="rename an option, add benefits or risks")
    p.add_argument("id", type=checked(option_number), metavar="OPTION-ID")
    p.add_argument("--text", metavar="T")
    p.add_argument("--benefit", action="append", metavar="T", help="add a benefit (repeatable)")
    p.add_argument("--risk", action="append", metavar="T", help="add a risk (repeatable)")
    p.set_defaults(func=cmd_option_edit, readonly=False)
    p = optsub.add_parser("merge", help="make OTHER part of OPTION-ID (the same treatment)")
    p.add_argument("into", type=checked(option_number), metavar="OPTION-ID")
    p.add_argument("other", type=checked(option_number), metavar="OTHER")
    p.set_defaults(func=cmd_option_merge, readonly=False)
    p = optsub.add_parser("remove", help="set an option aside")
    p.add_argument("id", type=checked(option_number), metavar="OPTION-ID")
    p.add_argument("--undo", action="store_true", help="bring it back")
    p.set_defaults(func=cmd_option_remove, readonly=False)

    p = dsub.add_parser("rate", help="how much a benefit or risk matters to me (0-5)")
    p.add_argument("option", type=checked(option_number), metavar="OPTION-ID")
    which = p.add_mutually_exclusive_group(required=True)
    number = checked(lambda t: parse_int_range(t, 1, 1000, "The number"))
    which.add_argument("--benefit", type=number, metavar="N",
                       help="the N-th benefit of the option, as `secondop decision` lists it")
    which.add_argument("--risk", type=number, metavar="N", help="the N-th risk")
    p.add_argument("--matters", required=True, metavar="0-5",
                   type=checked(lambda t: parse_int_range(t, 0, 5, "How much it matters")),
                   help="0 not at all ... 5 very much")
    p.set_defaults(func=cmd_rate, readonly=False)
    p = dsub.add_parser("status", help="where I stand")
    p.add_argument("status", choices=list(STATUSES))
    p.add_argument("--choice", type=checked(option_number), metavar="OPTION-ID",
                   help="the option chosen (or leant towards)")
    p.set_defaults(func=cmd_status, readonly=False)
    p = dsub.add_parser("check", help="one of the four checks of a sure decision")
    p.add_argument("check", choices=list(CHECKS))
    p.add_argument("answer", choices=list(ANSWERS))
    p.set_defaults(func=cmd_check, readonly=False)
    p = dsub.add_parser("with", help="who I want to decide with")
    p.add_argument("who", metavar="TEXT")
    p.add_argument("--role", choices=list(ROLES))
    p.set_defaults(func=cmd_with, readonly=False)
    p = dsub.add_parser("question", help="the decision to make, and by when")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--by", metavar="DATE")
    p.set_defaults(func=cmd_question, readonly=False)
    step = dsub.add_parser("step", help="next steps: what to ask, whom to call, by when")
    stepsub = step.add_subparsers(dest="step_action", metavar="ACTION",
                                  parser_class=parser_class, required=True)
    p = stepsub.add_parser("add", help="add a next step")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--who", metavar="NAME")
    p.add_argument("--by", metavar="DATE")
    p.set_defaults(func=cmd_step_add, readonly=False)
    p = stepsub.add_parser("done", help="mark a next step done")
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--undo", action="store_true", help="not done after all")
    p.set_defaults(func=cmd_step_done, readonly=False)
