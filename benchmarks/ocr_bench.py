"""Our OCR queue against the `tesseract` command (two processes at once) on the same scans.

60 generated A4 pages at 300 dpi (JPEG, about 400 words each) are read twice in one run: by
``OcrQueue`` (two workers, in a child process whose peak memory is measured) and by two
`tesseract` processes working through the pages side by side, both with the same English model
and one thread each (OMP_THREAD_LIMIT=1, as OCRmyPDF runs it). Prints the wall-time ratio (goal
<= 1.15), the queue's peak memory (goal <= 450 MiB) and the word accuracy of both.

    python benchmarks/ocr_bench.py [--pages 60] [--rounds 2]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

VOCABULARY = (
    "patient hospital clinic report findings impression history examination diagnosis plan "
    "review blood pressure heart rate normal abnormal mild moderate severe left right lumbar "
    "spine disc bulge nerve root compression pain weeks months treatment medication dose daily "
    "tablet follow appointment referral consultant radiology laboratory result range sodium "
    "potassium creatinine haemoglobin platelets white cells glucose cholesterol thyroid function "
    "liver kidney chest abdomen pelvis contrast scan image surgery recovery physiotherapy "
    "symptoms improved worse stable recommend discussed agreed letter summary discharge"
).split()

sys.path.insert(0, str(Path(__file__).resolve().parent))
from summary import PEAK_MIB, report  # noqa: E402

CHILD = PEAK_MIB + """
import json, sys, time
from secondop_desktop.core.ocr.queue import OcrQueue
from secondop_desktop.core.vault import Vault
vault = Vault.open(sys.argv[1])
start = time.perf_counter()
result = OcrQueue(vault, workers=2).run()
elapsed = time.perf_counter() - start
print(json.dumps({"seconds": elapsed, "pages": result.pages_read, "peak_mib": peak_mib()}))
"""


def make_pages(folder: Path, count: int) -> list[list[str]]:
    from scans import A4_300DPI, scan_image

    rng = random.Random(13)
    truths = []
    for index in range(count):
        lines = [" ".join(rng.choice(VOCABULARY) for _ in range(9)) for _ in range(40)]
        truths.append(" ".join(lines).split())
        image = scan_image("\n".join(lines), A4_300DPI, point=40)
        image.save(folder / f"page{index:03d}.jpg", "JPEG", quality=85, dpi=(300, 300))
    return truths


def accuracy(truths: list[list[str]], texts: list[str]) -> float:
    found = total = 0
    for truth, text in zip(truths, texts, strict=True):
        want, got = Counter(truth), Counter(text.split())
        found += sum((want & got).values())
        total += sum(want.values())
    return 100 * found / total


def run_command(pages: list[Path], tessdata: Path) -> tuple[float, list[str]]:
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}

    def read(page: Path) -> str:
        return subprocess.run(["tesseract", str(page), "-", "--tessdata-dir", str(tessdata),
                               "-l", "eng"], capture_output=True, text=True, env=env,
                              check=True).stdout

    start = time.perf_counter()
    with ThreadPoolExecutor(2) as pool:
        texts = list(pool.map(read, pages))
    return time.perf_counter() - start, texts


def run_queue(pages: list[Path], work: Path) -> tuple[dict, list[str]]:
    from secondop_desktop.core.ocr.findings import open_connection
    from secondop_desktop.core.vault import Vault

    with Vault.open(work) as vault:
        vault.importer.import_paths(pages)
    child = subprocess.run([sys.executable, "-c", CHILD, str(work)],
                           capture_output=True, text=True, check=True, cwd=ROOT)
    figures = json.loads(child.stdout)
    conn = open_connection(work)
    rows = conn.execute("SELECT p.text FROM page_text p JOIN documents d ON d.id = "
                        "p.document_id ORDER BY d.original_name").fetchall()
    conn.close()
    return figures, [r[0] for r in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=2, help="each way, alternating")
    args = parser.parse_args()
    if shutil.which("tesseract") is None:
        sys.exit("ocr_bench: the tesseract command is missing (apt install tesseract-ocr)")
    from secondop_desktop.core.ocr.engine import bundled_tessdata

    tessdata = bundled_tessdata()
    with tempfile.TemporaryDirectory(prefix="ocr-bench-") as tmp:
        work = Path(tmp)
        (work / "pages").mkdir()
        truths = make_pages(work / "pages", args.pages)
        pages = sorted((work / "pages").iterdir())
        # ABBA order, best of each: load from elsewhere on the machine hits both alike.
        timings, queues = [], []
        for round_number in range(args.rounds):
            order = ("command", "queue") if round_number % 2 == 0 else ("queue", "command")
            for which in order:
                if which == "command":
                    seconds, command_texts = run_command(pages, tessdata)
                    timings.append(seconds)
                else:
                    figures, queue_texts = run_queue(pages, work / f"round{round_number}")
                    queues.append(figures)
        command_seconds = min(timings)
        queue = min(queues, key=lambda q: q["seconds"])
        queue["peak_mib"] = max(q["peak_mib"] for q in queues)
    ratio = queue["seconds"] / command_seconds
    print(f"pages: {args.pages} A4 at 300 dpi, model {tessdata / 'eng.traineddata'}")
    print(f"tesseract command, 2 processes: {command_seconds:6.1f} s, "
          f"word accuracy {accuracy(truths, command_texts):.1f} %")
    print(f"our queue, 2 workers:           {queue['seconds']:6.1f} s, "
          f"word accuracy {accuracy(truths, queue_texts):.1f} %, peak {queue['peak_mib']:.0f} MiB")
    report(f"OCR, {args.pages} pages", ours=queue["seconds"], anchor=command_seconds,
           anchor_name="tesseract x2", unit="s", ratio=ratio, goal=1.15,
           peak_mib=queue["peak_mib"], peak_goal_mib=450)


if __name__ == "__main__":
    main()
