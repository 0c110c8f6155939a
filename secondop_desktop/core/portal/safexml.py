"""Parse XML from a portal download without trusting it: no DTD, no entities, no network.

defusedxml refuses any document type declaration (so no billion laughs, no external entities and
nothing fetched); the size is checked before parsing. Namespaces are dropped from tag and attribute
names, because vendors mix the HL7 namespace, none at all and their own extensions.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException  # type: ignore[import-untyped]
from defusedxml.ElementTree import fromstring  # type: ignore[import-untyped]

from ..errors import QT_TRANSLATE_NOOP, RefusedFile

# A real C-CDA is rarely above 20 MB; a bigger "record" is a file made to exhaust memory.
MAX_XML_BYTES = 64 * 1024**2


def parse(data: bytes) -> Element:
    """The root element with local names only; RefusedFile with a reason for anything unsafe."""
    if len(data) > MAX_XML_BYTES:
        raise RefusedFile(QT_TRANSLATE_NOOP(
            "Reason", "the XML file is too large ({size} MB; the limit is {limit} MB)"),
            size=f"{len(data) / 1024**2:.0f}", limit=MAX_XML_BYTES // 1024**2)
    try:
        root = _parse(data)
    except ParseError as exc:
        # Sections cut out of a document keep "xsi:type" without declaring xsi: declare it.
        fixed = _declare_prefixes(data) if "unbound prefix" in str(exc) else None
        if fixed is None:
            raise RefusedFile(QT_TRANSLATE_NOOP(
                "Reason", "the XML file is damaged and cannot be read")) from exc
        try:
            root = _parse(fixed)
        except ParseError as again:
            raise RefusedFile(QT_TRANSLATE_NOOP(
                "Reason", "the XML file is damaged and cannot be read")) from again
    for element in root.iter():
        if isinstance(element.tag, str) and "}" in element.tag:
            element.tag = element.tag.rsplit("}", 1)[1]
        if any("}" in key for key in element.attrib):
            element.attrib = {k.rsplit("}", 1)[-1]: v for k, v in element.attrib.items()}
    return root


def _parse(data: bytes) -> Element:
    try:
        root: Element = fromstring(data, forbid_dtd=True, forbid_entities=True,
                                   forbid_external=True)
        return root
    except DefusedXmlException as exc:
        raise RefusedFile(QT_TRANSLATE_NOOP(
            "Reason", "the XML file declares entities or a DTD, which are refused for "
                      "safety")) from exc


_PREFIXED = re.compile(rb"[<\s]([A-Za-z_][\w-]*):[A-Za-z_][\w.-]*")


def _declare_prefixes(data: bytes) -> bytes | None:
    head = data[:65536].decode("utf-8", "ignore")
    start = _root_start(head)
    name = re.match(r"<[^\s/>]+", head[start:]) if start is not None else None
    if start is None or name is None:
        return None
    tag = head[start:].split(">", 1)[0]
    prefixes = {p.decode() for p in _PREFIXED.findall(data)} - {"xml", "xmlns"}
    missing = [p for p in sorted(prefixes) if f"xmlns:{p}=" not in tag]
    if not missing:
        return None
    end = start + len(name.group(0))
    offset = len(head[:end].encode("utf-8"))
    extra = "".join(f' xmlns:{p}="urn:undeclared:{p}"' for p in missing).encode()
    return data[:offset] + extra + data[offset:]


def _root_start(text: str) -> int | None:
    """Where the first element's start tag begins in ``text``."""
    index = 0
    while True:
        index = text.find("<", index)
        if index < 0 or index + 1 >= len(text):
            return None
        if text[index + 1] in "?!":  # declaration, comment, doctype: skip to its end
            end_mark = "-->" if text.startswith("<!--", index) else ">"
            end = text.find(end_mark, index)
            if end < 0:
                return None
            index = end + len(end_mark)
            continue
        return index


def local_root_name(head: bytes) -> str | None:
    """The local name of the first element in ``head`` (the opening bytes), or None."""
    text = head.decode("utf-8", "ignore")
    start = _root_start(text)
    if start is None:
        return None
    match = re.match(r"<([^\s/>]+)", text[start:])
    return match.group(1).rsplit(":", 1)[-1] if match else None


__all__ = ["Element", "MAX_XML_BYTES", "parse", "local_root_name"]
