"""Source PDFs that need more than copying are normalised by qpdf (through pikepdf) first.

Filled forms, comments, encryption and broken cross-reference tables are what qpdf handles well
and a page copier does not: it generates the appearance of form values that only
``NeedAppearances`` would show, draws comments that have no appearance of their own, merges every
visible appearance into the page content as proper form XObjects, decrypts PDFs that open
without a password and recovers damaged files. Only such files go through it, one at a time and
into a copy beside the packet: the streaming assembly, which keeps memory flat, stays as it is.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pikepdf
from pikepdf import Array, Dictionary, Name, Pdf

from ..core.formats.pdf import PASSWORD_REASON
from .errors import BadPdf

log = logging.getLogger(__name__)

HIDDEN, NO_VIEW = 2, 32  # annotation flags
_NOT_DRAWN = {"/Link", "/Popup"}  # links become nothing; pop-ups are their parent's text
_MARKUP_QUADS = {"/Highlight", "/Underline", "/StrikeOut", "/Squiggly"}
NOTE_WIDTH = 160.0


def needs_normalising(path: Path) -> bool:
    """Encrypted, damaged, a form or a page with comments: anything a plain copy gets wrong."""
    try:
        with Pdf.open(path) as pdf:
            if pdf.is_encrypted or "/AcroForm" in pdf.Root:
                return True
            for page in pdf.pages:
                for annot in page.obj.get("/Annots", Array()):
                    if isinstance(annot, Dictionary) and annot.get("/Subtype") not in _NOT_DRAWN:
                        return True
    except pikepdf.PasswordError as exc:
        raise BadPdf(PASSWORD_REASON) from exc
    except pikepdf.PdfError:
        return True  # qpdf could not even list it: let the normalisation try to recover it
    return False


def normalise(path: Path, dest: Path) -> Path:
    """Write a decrypted, repaired copy of ``path`` with its annotations drawn into the pages."""
    try:
        with Pdf.open(path, attempt_recovery=True) as pdf:
            _draw_missing_appearances(pdf)
            if "/AcroForm" in pdf.Root:
                _generate_field_appearances(pdf)
            pdf.flatten_annotations(mode="screen")
            for page in pdf.pages:  # what is left (links, hidden ones) is not copied anyway
                if "/Annots" in page.obj:
                    del page.obj["/Annots"]
            if "/AcroForm" in pdf.Root:
                del pdf.Root["/AcroForm"]
            pdf.save(dest, encryption=False, fix_metadata_version=False,
                     stream_decode_level=pikepdf.StreamDecodeLevel.none)
    except pikepdf.PasswordError as exc:
        raise BadPdf(PASSWORD_REASON) from exc
    except (pikepdf.PdfError, pikepdf.DataDecodingError) as exc:
        raise BadPdf("the PDF is damaged and cannot be read") from exc
    dest.chmod(0o600)
    return dest


def _generate_field_appearances(pdf: Pdf) -> None:
    """Draw the value of every form field that has no appearance, as viewers do on opening.

    With NeedAppearances set, viewers redraw every field, and so does qpdf. Without it, they
    draw only the fields that have no appearance: the others keep theirs, exactly as stored.
    """
    acroform = pdf.Root.AcroForm
    if not bool(acroform.get("/NeedAppearances", False)):
        widgets = [a for page in pdf.pages for a in page.obj.get("/Annots", Array())
                   if isinstance(a, Dictionary) and a.get("/Subtype") == Name.Widget]
        kept = {w.objgen: w.AP for w in widgets if "/AP" in w}
        if len(kept) == len(widgets):
            return
        acroform.NeedAppearances = True
        pdf.generate_appearance_streams()
        for widget in widgets:
            if widget.objgen in kept:
                widget.AP = kept[widget.objgen]
        return
    pdf.generate_appearance_streams()


# -- comments without an appearance of their own --------------------------------------------------
def _draw_missing_appearances(pdf: Pdf) -> None:
    font = pdf.make_indirect(Dictionary(Type=Name.Font, Subtype=Name.Type1,
                                        BaseFont=Name.Helvetica, Encoding=Name.WinAnsiEncoding))
    for page in pdf.pages:
        box = [float(v) for v in page.cropbox]
        for annot in page.obj.get("/Annots", Array()):
            if not isinstance(annot, Dictionary) or "/AP" in annot:
                continue
            if int(annot.get("/F", 0)) & (HIDDEN | NO_VIEW):
                continue
            try:
                drawing = _appearance_for(annot, box)
            except (AttributeError, KeyError, TypeError, ValueError, IndexError) as exc:  # odd
                log.info("comment of type %s left undrawn: %s", annot.get("/Subtype"), exc)
                continue
            if drawing is None:
                continue
            rect, ops, needs_font = drawing
            stream = pdf.make_stream(ops.encode("cp1252", "replace"))
            stream.Type, stream.Subtype = Name.XObject, Name.Form
            stream.BBox = Array(rect)
            resources = Dictionary(ExtGState=Dictionary(
                Mul=Dictionary(Type=Name.ExtGState, BM=Name.Multiply)))
            if needs_font:
                resources.Font = Dictionary(Helv=font)
            stream.Resources = resources
            annot.Rect = Array(rect)
            annot.AP = Dictionary(N=stream)
            annot.F = int(annot.get("/F", 0)) | 4  # shown and printed


def _colour(annot: Dictionary, default: tuple[float, ...]) -> str:
    values = [float(v) for v in annot.get("/C", Array())] or list(default)
    op = {1: "g", 3: "rg", 4: "k"}.get(len(values))
    return f"{' '.join(f'{v:.3f}' for v in values)} {op}" if op else "1 1 0 rg"


def _rect(annot: Dictionary) -> list[float]:
    x0, y0, x1, y1 = (float(v) for v in annot.Rect)
    return [min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)]


def _appearance_for(annot: Dictionary, box: list[float]
                    ) -> tuple[list[float], str, bool] | None:
    """(rect, content, uses the font) drawing a comment as viewers do, or None to leave it."""
    kind = annot.get("/Subtype")
    fill = _colour(annot, (1, 1, 0))
    stroke = fill[:-2] + fill[-2:].upper()
    if kind in _MARKUP_QUADS:
        q = [float(v) for v in annot.QuadPoints]
        shapes = []
        for i in range(0, len(q) - 7, 8):
            (x1, y1, x2, y2, x3, y3, x4, y4) = q[i:i + 8]
            shapes.append(f"{x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l {x4:.2f} {y4:.2f} l "
                          f"{x3:.2f} {y3:.2f} l h f")
        body = "\n".join(shapes)
        return _rect(annot), f"/Mul gs {fill}\n{body}", False
    if kind in ("/Square", "/Circle"):
        x0, y0, x1, y1 = _rect(annot)
        if kind == "/Square":
            shape = f"{x0 + 1:.2f} {y0 + 1:.2f} {x1 - x0 - 2:.2f} {y1 - y0 - 2:.2f} re S"
        else:
            shape = _ellipse(x0 + 1, y0 + 1, x1 - 1, y1 - 1) + " S"
        return [x0, y0, x1, y1], f"{stroke} 2 w {shape}", False
    if kind == "/Ink":
        lines = []
        for stroke_points in annot.InkList:
            p = [float(v) for v in stroke_points]
            if len(p) >= 4:
                lines.append(f"{p[0]:.2f} {p[1]:.2f} m " + " ".join(
                    f"{p[i]:.2f} {p[i + 1]:.2f} l" for i in range(2, len(p) - 1, 2)) + " S")
        return _rect(annot), f"{stroke} 2 w 1 J 1 j " + "\n".join(lines), False
    if kind in ("/Text", "/FreeText"):
        return _note(annot, box, fill, icon=kind == "/Text")
    if kind not in _NOT_DRAWN and kind != "/Widget":  # any other comment: its text, boxed
        return _note(annot, box, fill, icon=False)
    return None


def _ellipse(x0: float, y0: float, x1: float, y1: float) -> str:
    k = 0.5523
    cx, cy, rx, ry = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2, (y1 - y0) / 2
    return (f"{cx + rx:.2f} {cy:.2f} m "
            f"{cx + rx:.2f} {cy + k * ry:.2f} {cx + k * rx:.2f} {cy + ry:.2f} {cx:.2f} "
            f"{cy + ry:.2f} c {cx - k * rx:.2f} {cy + ry:.2f} {cx - rx:.2f} {cy + k * ry:.2f} "
            f"{cx - rx:.2f} {cy:.2f} c {cx - rx:.2f} {cy - k * ry:.2f} {cx - k * rx:.2f} "
            f"{cy - ry:.2f} {cx:.2f} {cy - ry:.2f} c {cx + k * rx:.2f} {cy - ry:.2f} "
            f"{cx + rx:.2f} {cy - k * ry:.2f} {cx + rx:.2f} {cy:.2f} c h")


def _wrap(text: str, width: float, size: float) -> list[str]:
    """Lines of at most ``width`` points in Helvetica (an average glyph width is close enough)."""
    per_line = max(8, int(width / (size * 0.5)))
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        words, line = paragraph.split(), ""
        for word in words:
            if line and len(line) + 1 + len(word) > per_line:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines.append(line)
    return lines[:12]


def _pdf_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _note(annot: Dictionary, box: list[float], fill: str, icon: bool
          ) -> tuple[list[float], str, bool] | None:
    """A sticky note: its icon and its text in a box beside it, kept on the page."""
    text = str(annot.get("/Contents", "")).strip()
    x0, y0, x1, y1 = _rect(annot)
    ops = []
    if icon:
        x1, y0 = x0 + 18, y1 - 18  # viewers draw the icon at a fixed size from the top left
        ops.append(f"{fill} 0 G 0.6 w {x0 + 1:.2f} {y0 + 1:.2f} 16 16 re b "
                   + " ".join(f"{x0 + 4:.2f} {y0 + h:.2f} m {x0 + 14:.2f} {y0 + h:.2f} l S"
                              for h in (5, 9, 13)))
    if not text:
        return ([x0, y0, x1, y1], "\n".join(ops), False) if ops else None
    size = 8.0
    lines = _wrap(text, NOTE_WIDTH - 8, size)
    height = len(lines) * (size + 2) + 6
    if icon:  # the box goes beside the icon, inside the page
        bx0 = x1 + 2 if x1 + 2 + NOTE_WIDTH <= box[2] else x0 - 2 - NOTE_WIDTH
        by1 = y1
    else:
        bx0, by1 = x0, y1
    bx0 = max(box[0], bx0)
    by0 = max(box[1], by1 - height)
    by1 = by0 + height
    width = NOTE_WIDTH if icon else max(NOTE_WIDTH, x1 - x0)
    ops.append(f"1 1 0.8 rg 0.4 G 0.5 w {bx0:.2f} {by0:.2f} {width:.2f} {height:.2f} re b")
    ops.append(f"BT /Helv {size:g} Tf 0 g {size + 2:g} TL {bx0 + 4:.2f} {by1 - size - 2:.2f} Td")
    ops += [f"({_pdf_text(line)}) Tj T*" for line in lines]
    ops.append("ET")
    rect = [min(x0, bx0), min(y0, by0), max(x1, bx0 + width), max(y1, by1)]
    return rect, "\n".join(ops), True
