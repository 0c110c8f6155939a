"""How what a doctor said is read for comparing: lists split into entries, words normalised."""

from __future__ import annotations

import re

_BULLET = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s+")


def items(text: str) -> list[str]:
    """The entries of a list the patient typed: one per line or separated by ';', bullets
    dropped (commas stay: "surgery, then radioiodine" is one entry)."""
    parts = (_BULLET.sub("", p).strip() for p in re.split(r"[;\n]", text or ""))
    return [p for p in parts if p]


def normal(text: str) -> str:
    """Text for comparing what two doctors said: case, punctuation and spacing left aside."""
    return " ".join(re.sub(r"[^\w\s]", " ", (text or "").casefold()).split())


def same_person(a: str, b: str) -> bool:
    """"Dr. Stone", "dr stone" and "Stone" are the same name, titles aside."""
    def core(name: str) -> str:
        return " ".join(w for w in normal(name).split()
                        if w not in ("dr", "prof", "professor", "doctor"))
    return bool(core(a)) and core(a) == core(b)
