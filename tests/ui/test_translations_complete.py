"""The Qt Linguist files: current with the code, German and Spanish complete, placeholders kept.

`make translations` extracts the marked strings (pyside6-lupdate) and compiles them; these tests
fail when a string was marked in the code and not extracted, or left untranslated."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = {lang: ROOT / "translations" / f"secondop_{lang}.ts" for lang in ("en", "de", "es")}
FIELD = re.compile(r"\{[a-z_]*\}|%n|%\d")


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, disambiguation) -> the message element, obsolete ones left out."""
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            out[key] = message
    return out


def texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def lupdate() -> str:
    found = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail("pyside6-lupdate is missing: it comes with PySide6-Essentials")
    return found


def test_the_ts_files_hold_every_string_marked_in_the_code(tmp_path):
    sources = sorted(str(p) for p in (ROOT / "secondop_desktop").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([lupdate(), "-silent", "-no-obsolete", "-locations", "none", *sources,
                    "-ts", str(fresh)], check=True, cwd=ROOT)
    extracted = set(messages(fresh))
    assert len(extracted) > 1000  # the whole app, not a few screens
    for lang, ts in TS.items():
        kept = set(messages(ts))
        assert not sorted(extracted - kept)[:10], f"run `make translations` ({lang})"
        assert not sorted(kept - extracted)[:10], f"strings no longer in the code ({lang})"


@pytest.mark.parametrize("lang", ["de", "es"])
def test_german_and_spanish_have_no_unfinished_message(lang):
    unfinished = [key for key, message in messages(TS[lang]).items()
                  if message.find("translation").get("type") == "unfinished"  # type: ignore
                  or not all(t.strip() for t in texts(message))]
    assert not unfinished[:10], f"{len(unfinished)} unfinished in {lang}"


def test_english_says_every_plural_as_english_does():
    plurals = [m for m in messages(TS["en"]).values() if m.get("numerus") == "yes"]
    assert plurals
    for message in plurals:
        one, many = texts(message)
        assert one and many and "(s)" not in one + many, message.findtext("source")


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_translations_keep_the_placeholders_and_one_accelerator(lang):
    for (context, source, _), message in messages(TS[lang]).items():
        if message.find("translation").get("type") == "unfinished":  # type: ignore
            continue  # English: the source text itself
        wanted = sorted(set(FIELD.findall(source)))
        for text in texts(message):
            assert sorted(set(FIELD.findall(text))) == wanted, (context, source, text)
            assert (text.replace("&&", "").count("&") > 0) == (
                source.replace("&&", "").count("&") > 0), (context, source, text)
