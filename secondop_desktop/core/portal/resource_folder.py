"""A folder of single FHIR resources (Apple Health's ``clinical-records``) is one record.

Such an export holds hundreds of small files, one resource each; as records of their own they
would bury everything else. Files in one folder that each hold a single FHIR resource are put
together, byte for byte, into one FHIR Bundle, stored and shown as one record.
"""

from __future__ import annotations

import json
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

MIN_FILES = 2  # a lone resource file is imported as it is
PEEK = 4096
_FIRST_TYPE = re.compile(rb'^\s*\{.*?"resourceType"\s*:\s*"([A-Za-z]+)"', re.S)


MAX_RESOURCE_BYTES = 1024**2  # a single resource file larger than this stays on its own
MAX_FOLDER_BYTES = 32 * 1024**2  # a bigger folder is imported file by file


@dataclass(frozen=True)
class ResourceFolder:
    """Files of one folder, each one FHIR resource; imported as one bundle named after it."""

    path: Path
    files: tuple[Path, ...]
    contents: tuple[bytes, ...]

    @property
    def name(self) -> str:
        return self.path.name

    def bundle_bytes(self) -> bytes:
        """One Bundle holding every file's bytes unchanged, in file order."""
        body = b",\n".join(b'{"resource":' + raw.strip() + b"}" for raw in self.contents)
        return b'{"resourceType":"Bundle","type":"collection","entry":[\n' + body + b"\n]}"


def _resource_bytes(path: Path) -> bytes | None:
    """The file's bytes when it is one FHIR resource (not a bundle), else None."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a pipe or device: never opened here
            return None
        with open(path, "rb") as handle:
            head = handle.read(PEEK)
            first = _FIRST_TYPE.match(head.lstrip(b"\xef\xbb\xbf"))
            if first is None or first.group(1) == b"Bundle":
                return None
            raw = head + handle.read(MAX_RESOURCE_BYTES)
    except OSError:
        return None
    if len(raw) > MAX_RESOURCE_BYTES:
        return None
    try:
        value = json.loads(raw)
    except (ValueError, RecursionError):
        return None  # a damaged file is imported (and refused) on its own
    kind = value.get("resourceType") if isinstance(value, dict) else None
    return raw if isinstance(kind, str) and kind != "Bundle" else None


def group_resource_folders[T](files: Iterable[Path | T]) -> Iterator[Path | T | ResourceFolder]:
    """``files`` as they come (other items pass through), with each folder's single-resource
    files as one ResourceFolder, in the place of the first of them."""
    listed = list(files)
    by_folder: dict[Path, list[tuple[Path, bytes]]] = {}
    for path in listed:
        if not isinstance(path, Path):
            continue
        raw = _resource_bytes(path)
        if raw is not None:
            by_folder.setdefault(path.parent, []).append((path, raw))
    grouped = {folder: ResourceFolder(folder, tuple(p for p, _ in items),
                                      tuple(r for _, r in items))
               for folder, items in by_folder.items()
               if len(items) >= MIN_FILES and sum(len(r) for _, r in items) <= MAX_FOLDER_BYTES}
    members = {p: folder for folder, group in grouped.items() for p in group.files}
    emitted: set[Path] = set()
    for path in listed:
        folder = members.get(path) if isinstance(path, Path) else None
        if folder is None:
            yield path
        elif folder not in emitted:
            emitted.add(folder)
            yield grouped[folder]
