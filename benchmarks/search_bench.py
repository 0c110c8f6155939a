"""Search as one types, over 10,000 records: our full-text search against `grep` on the same text.

Builds a vault of N records (two pages of about 300 words each, stored as page text, the way OCR
and PDF text reach the search index), then "types" each query one letter at a time. For every
keystroke it times

  ours      what the Records screen runs on a worker thread (ranked hits with snippets, and every
            matching record), then what it runs on the GUI thread (the list filter over N rows)
  grep      `grep -rli` over the same pages as text files (one file per page): the floor a
            patient has without the app, unranked and without snippets

and prints the worst and median keystroke of each and their ratio. A keystroke comes every
150 ms or so; goal: the worst of ours under that, and the GUI-thread part under 50 ms.

    python benchmarks/search_bench.py [--records 10000]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from secondop_desktop.core.ocr.search import matching_ids, search  # noqa: E402
from secondop_desktop.core.vault import Vault  # noqa: E402

WORDS = (
    "patient hospital clinic report findings impression history examination diagnosis plan "
    "review blood pressure heart rate normal abnormal mild moderate severe left right lumbar "
    "spine disc bulge nerve root compression pain weeks months treatment medication dose daily "
    "tablet follow appointment referral consultant radiology laboratory result range sodium "
    "potassium haemoglobin platelets white cells glucose cholesterol thyroid function liver "
    "kidney chest abdomen pelvis contrast scan image surgery recovery physiotherapy symptoms "
    "improved worse stable recommend discussed agreed letter summary discharge"
).split()
RARE = "creatinine"  # on one page in 50: what a patient looks for
QUERIES = ("creatinine", "lumbar disc", "potassium range")


def build(root: Path, count: int) -> Path:
    """A vault with ``count`` records, and the same pages as text files for grep."""
    rng = random.Random(7)
    pages_dir = root / "pages"
    pages_dir.mkdir()
    vault = Vault.open(root / "vault")
    with vault.db.transaction() as conn:
        for number in range(1, count + 1):
            conn.execute(
                "INSERT INTO documents (id, sha256, original_name, format, kind, title, "
                "record_date, pages, size, imported_at) VALUES (?, ?, ?, 'jpeg', 'reports', ?, "
                "'2025-01-01', 2, 1000, '2025-01-01T00:00:00')",
                (number, f"{number:064x}", f"scan{number}.jpg", f"Letter {number}"))
            for page in range(2):
                words = [rng.choice(WORDS) for _ in range(300)]
                if rng.random() < 0.02:
                    words[rng.randrange(300)] = RARE
                text = " ".join(words)
                conn.execute(
                    "INSERT INTO page_text (document_id, page, source, text, words, width, "
                    "height, rotation) VALUES (?, ?, 'ocr', ?, '[]', 2480, 3508, 0)",
                    (number, page, text))
                (pages_dir / f"{number}-{page}.txt").write_text(text)
    vault.close()
    return pages_dir


def keystrokes(query: str) -> list[str]:
    """What the search box holds after each letter (from the second on: one letter finds all)."""
    return [query[:end] for end in range(2, len(query) + 1) if not query[:end].endswith(" ")]


def grep_once(pages_dir: Path, typed: str) -> int:
    """Files holding every word of ``typed`` (each a prefix, as grep matches substrings)."""
    words = typed.split()
    found = subprocess.run(["grep", "-rliF", "--", words[0], str(pages_dir)],
                           capture_output=True, text=True).stdout.split()
    for word in words[1:]:
        if not found:
            break
        found = subprocess.run(["grep", "-liF", "--", word, *found],
                               capture_output=True, text=True).stdout.split()
    return len(found)


def gui_seconds(vault: Vault, steps: list[tuple[str, set[int], dict]]) -> list[float]:
    """The GUI thread's share per keystroke, as the Records screen does it: the list filter on
    the typed words, then the worker's answer (matching records, ranked hits) into the list."""
    from PySide6.QtWidgets import QApplication

    from secondop_desktop.ui.records.model import RecordsFilter, RecordsModel, search_haystack

    _app = QApplication.instance() or QApplication(["search_bench", "-platform", "offscreen"])
    docs = vault.documents.list()
    model = RecordsModel()
    proxy = RecordsFilter()
    proxy.setSourceModel(model)
    model.set_documents(docs)
    proxy.set_haystacks({doc.id: search_haystack(doc) for doc in docs})  # made on a worker
    times = []
    for typed, ids, hits in steps:
        start = time.perf_counter()
        proxy.set_search(typed)
        proxy.rowCount()
        typed_at = time.perf_counter()
        proxy.set_text_hits(ids, refilter=False)  # as the Records screen takes the answer
        if not model.set_found(hits):
            proxy.set_text_hits(ids)
        proxy.rowCount()
        # Two separate moments on the GUI thread (the key press, the answer): the longer counts.
        times.append(max(typed_at - start, time.perf_counter() - typed_at))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="search-bench-") as tmp:
        root = Path(tmp)
        start = time.perf_counter()
        pages_dir = build(root, args.records)
        print(f"built {args.records} records ({2 * args.records} pages) "
              f"in {time.perf_counter() - start:.1f} s")
        vault = Vault.open(root / "vault", create=False)
        conn = vault.db.conn
        ours, grep, steps = [], [], []
        for query in QUERIES:
            for typed in keystrokes(query):
                start = time.perf_counter()
                hits = search(conn, typed, mark=("<b>", "</b>"))
                ids = matching_ids(conn, typed)
                ours.append(time.perf_counter() - start)
                steps.append((typed, ids, {hit.id: hit for hit in hits}))
                start = time.perf_counter()
                grepped = grep_once(pages_dir, typed)
                grep.append(time.perf_counter() - start)
                print(f"  {typed!r:22} ours {ours[-1] * 1000:6.1f} ms ({len(ids):5} records, "
                      f"{len(hits)} ranked)   grep {grep[-1] * 1000:6.1f} ms ({grepped} pages)")
        gui = gui_seconds(vault, steps)
        vault.close()

    def ms(values: list[float]) -> str:
        worst, median = max(values) * 1000, statistics.median(values) * 1000
        return f"worst {worst:.1f} ms, median {median:.1f} ms"

    print(f"ours (worker thread): {ms(ours)}")
    print(f"ours (GUI thread):    {ms(gui)}")
    print(f"grep -rli:            {ms(grep)}")
    print(f"ratio ours/grep: worst {max(ours) / max(grep):.2f}x, "
          f"median {statistics.median(ours) / statistics.median(grep):.2f}x")
    print(json.dumps({"records": args.records, "ours_worst_ms": round(max(ours) * 1000, 1),
                      "gui_worst_ms": round(max(gui) * 1000, 1),
                      "grep_worst_ms": round(max(grep) * 1000, 1)}))


if __name__ == "__main__":
    main()
