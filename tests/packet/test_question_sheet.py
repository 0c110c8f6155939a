"""The printed question sheet: text, page count, breaks between questions, A4 and Letter."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPainter, QPdfWriter

from secondop_desktop.core.questions import Question
from secondop_desktop.packet.question_sheet import (
    QuestionSheet,
    paint_question_sheet,
    write_question_sheet_pdf,
)


@pytest.fixture(autouse=True)
def _gui(qapp):
    """Fonts need a QGuiApplication (pytest-qt's, headless)."""


def long_questions(count: int = 25) -> list[Question]:
    return [
        Question(id=i + 1, position=i, priority=1 if i < 5 else (2 if i < 15 else 3),
                 category="treatment",
                 text=f"Question Q{i + 1:02d}: given everything in my records, how would you "
                      f"weigh option {i + 1} against waiting, and what would change your mind?")
        for i in range(count)
    ]


def sheet_of(questions: list[Question]) -> QuestionSheet:
    return QuestionSheet("Maria Lopez", "3 March 1961", "Dr Alan Stone, Oncology",
                         "Tuesday 14 May 2026, 10:30", questions)


def page_texts(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_print_sheet_pdf_breaks_between_questions(tmp_path, page_size):
    path = tmp_path / "sheet.pdf"
    questions = long_questions()
    pages = write_question_sheet_pdf(path, sheet_of(questions), page_size)
    texts = page_texts(path)
    assert pages == len(texts) > 1
    for question in questions:
        # whole on exactly one page: never split across a page break
        assert sum(question.text in text for text in texts) == 1, question.text
    for number, text in enumerate(texts, start=1):
        assert f"page {number} of {pages}" in text
    assert "Maria Lopez" in texts[0] and "Dr Alan Stone" in texts[0]
    width = PdfReader(path).pages[0].mediabox.width
    assert round(float(width)) == (595 if page_size == "A4" else 612)


def test_print_sheet_numbers_in_priority_order_with_must_ask_first(tmp_path):
    path = tmp_path / "sheet.pdf"
    questions = [
        Question(id=1, text="Which scan is best?", priority=3, category="tests"),
        Question(id=2, text="Is the diagnosis right?", priority=1, category="diagnosis"),
        Question(id=3, text="How long is recovery?", priority=2, category="practical",
                 asked=True, answer="About six weeks", answered_by="Dr Stone"),
    ]
    questions.sort(key=lambda q: q.priority)
    write_question_sheet_pdf(path, sheet_of(questions))
    text = page_texts(path)[0]
    first, second, third = (text.index(q) for q in ("Is the diagnosis right?",
                                                    "How long is recovery?",
                                                    "Which scan is best?"))
    assert first < second < third
    assert "Ask these first" in text and "ASK FIRST" in text
    assert "Answer (Dr Stone): About six weeks" in text
    assert re.search(r"1 Is the diagnosis right\?", text)


def test_print_sheet_without_footer_leaves_page_numbers_to_the_packet(tmp_path):
    path = tmp_path / "sheet.pdf"
    pages = write_question_sheet_pdf(path, sheet_of(long_questions()), footer=False)
    texts = page_texts(path)
    assert pages == len(texts) > 1
    assert not any("of " + str(pages) in text for text in texts)


class CountingWriter(QPdfWriter):
    """Counts newPage calls: the function must call it only between pages."""

    new_pages = 0

    def newPage(self) -> bool:  # noqa: N802
        self.new_pages += 1
        return super().newPage()


def test_print_sheet_calls_new_page_only_between_pages(tmp_path):
    writer = CountingWriter(str(tmp_path / "sheet.pdf"))
    painter = QPainter(writer)
    pages = paint_question_sheet(painter, writer, sheet_of(long_questions(12)))
    painter.end()
    assert pages > 1
    assert writer.new_pages == pages - 1
    assert len(PdfReader(tmp_path / "sheet.pdf").pages) == pages


def test_print_empty_sheet_is_one_page_with_room_to_write(tmp_path):
    path = tmp_path / "sheet.pdf"
    assert write_question_sheet_pdf(path, QuestionSheet("", "", "", "", [])) == 1
    assert "No questions yet" in page_texts(path)[0]


def test_print_sheet_from_vault_takes_patient_appointment_and_order(vault, tmp_path):
    vault.patient.set(name="Ana Ruiz", dob="1970-01-31")
    vault.appointment.set(specialist="Dr Lee", specialty="Cardiology", when="2026-06-02T09:15")
    vault.questions.add(text="Later question", priority=3)
    vault.questions.add(text="First question", priority=1)
    sheet = QuestionSheet.from_vault(vault)
    assert (sheet.patient_name, sheet.dob) == ("Ana Ruiz", "31 January 1970")
    assert sheet.specialist == "Dr Lee, Cardiology"
    assert sheet.appointment == "Tuesday 2 June 2026, 09:15"
    assert [q.text for q in sheet.questions] == ["First question", "Later question"]
