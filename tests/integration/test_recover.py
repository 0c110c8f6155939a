"""Hostile damage to a vault's database: no stored file is ever deleted, the command says what
to do, and `secondop recover` brings every record back until `verify` is clean."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from factories import make_dicom, make_jpeg, make_pdf, make_png

from secondop_desktop import cli
from secondop_desktop.core.vault import DB_NAME, Vault

RECORDS = 30


def stored_files(root: Path) -> dict[str, bytes]:
    """Every stored file, in objects/ or set aside in lost+found/, by name."""
    found = {}
    for folder in ("objects", "lost+found"):
        for path in (root / folder).rglob("*"):
            if path.is_file():
                found[path.name.split(".")[0]] = path.read_bytes()
    return found


@pytest.fixture
def run(capsys):
    def runner(root: Path, *argv: str) -> tuple[int, str, str]:
        code = cli.main(["--vault", str(root), *argv])
        out, err = capsys.readouterr()
        assert "Traceback" not in out + err
        return code, out, err

    return runner


def make_vault(root: Path, files: Path, first: int = 0, count: int = RECORDS) -> None:
    files.mkdir(exist_ok=True)
    paths = []
    for i in range(first, first + count):
        if i % 3 == 0:
            paths.append(make_pdf(files / f"letter_{i:02}.pdf", [f"Letter {i}"]))
        elif i % 3 == 1:
            paths.append(make_png(files / f"chart_{i:02}.png", size=(40 + i, 30)))
        else:
            paths.append(make_jpeg(files / f"scan_{i:02}.jpg", size=(50, 40 + i), text=str(i)))
    with Vault.open(root) as vault:
        results = vault.importer.import_paths(paths)
        assert {r.outcome.value for r in results} == {"imported"}
        vault.questions.add(text="Is surgery needed?")
        vault.opinions.add(by="Dr Stone", recommendation="Surgery", risks="Scar",
                           document_id=results[0].document_id)
        vault.decision.rate(vault.decision.options()[0].risks[0].id, 4)


def delete_database(root: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{root / DB_NAME}{suffix}").unlink(missing_ok=True)


def empty_database(root: Path) -> None:
    (root / DB_NAME).write_bytes(b"")


def database_without_tables(root: Path) -> None:
    (root / DB_NAME).unlink()
    conn = sqlite3.connect(root / DB_NAME)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()


def damage_the_sha256_index(root: Path) -> None:
    conn = sqlite3.connect(root / DB_NAME)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    [(page,)] = conn.execute("SELECT rootpage FROM sqlite_master WHERE type = 'index' AND "
                             "tbl_name = 'documents'").fetchall()
    conn.close()
    with open(root / DB_NAME, "r+b") as handle:  # the b-tree page header and its cells
        handle.seek((page - 1) * page_size + 8)
        handle.write(b"\xa5" * (page_size - 8))


def truncate_database(root: Path) -> None:
    path = root / DB_NAME
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.truncate(size * 2 // 3)


DAMAGE: dict[str, Callable[[Path], None]] = {
    "database deleted": delete_database,
    "database emptied": empty_database,
    "database without tables": database_without_tables,
    "sha256 index damaged": damage_the_sha256_index,
    "database truncated": truncate_database,
}


@pytest.mark.parametrize("damage", DAMAGE)
def test_damaged_database_never_costs_a_stored_file(run, tmp_path, damage):
    root = tmp_path / "vault"
    make_vault(root, tmp_path / "files")
    before = stored_files(root)
    assert len(before) == RECORDS
    DAMAGE[damage](root)
    told_what_to_do = False
    for argv in (["list"], ["verify"], ["question", "add", "Why?"],
                 ["import", str(make_png(tmp_path / "new.png", size=(9, 9)))]):
        code, out, err = run(root, *argv)
        assert stored_files(root).items() >= before.items(), argv  # nothing lost, nothing changed
        if code != 0:
            assert "secondop recover" in err, (argv, err)
            told_what_to_do = True
    assert told_what_to_do
    code, out, err = run(root, "recover")
    assert (code, err) == (0, ""), out
    assert out.splitlines()[-1].startswith("ok: ")
    assert stored_files(root).items() >= before.items()
    code, out, _ = run(root, "verify")
    assert code == 0 and out.startswith("ok: ")
    with Vault.open(root) as vault:
        assert {d.sha256 for d in vault.documents.list()} >= set(before)
        assert vault.lost_and_found() == []
    kept = [p for p in root.iterdir() if p.name.startswith(f"{DB_NAME}.damaged-")]
    if damage != "database deleted":
        assert kept, "the old database is kept, renamed"


def test_recover_keeps_what_the_old_database_still_knows(run, tmp_path):
    """A damaged index: the table itself still holds every title, the questions are there."""
    root = tmp_path / "vault"
    make_vault(root, tmp_path / "files")
    damage_the_sha256_index(root)
    assert run(root, "recover")[0] == 0
    with Vault.open(root) as vault:
        names = sorted(d.original_name for d in vault.documents.list())
        assert len(names) == RECORDS and names[0] == "chart_01.png"
        assert [q.text for q in vault.questions.list()] == ["Is surgery needed?"]
        [opinion] = vault.opinions.list()
        assert opinion.recommendation == "Surgery" and opinion.document_id is not None
        [option] = vault.decision.options()
        assert (option.text, option.risks[0].matters) == ("Surgery", 4)


def test_lost_wal_sets_files_aside_and_recover_makes_records_of_them(run, tmp_path):
    """The records of the -wal file are gone with it; their files are set aside, whole."""
    root, crashed = tmp_path / "vault", tmp_path / "crashed"
    make_vault(root, tmp_path / "files", count=10)  # closed: these are in the database file
    with Vault.open(root) as vault:
        paths = [make_pdf(tmp_path / f"later_{i}.pdf", [f"Later {i}"]) for i in range(5)]
        vault.importer.import_paths(paths)  # these are only in the -wal file so far
        shutil.copytree(root, crashed, ignore=shutil.ignore_patterns("*-wal", "*-shm"))
    before = stored_files(crashed)
    assert len(before) == 15
    code, out, _ = run(crashed, "verify")
    assert code == 1 and out.count("secondop recover") == 5
    code, _, err = run(crashed, "question", "add", "Why?")  # opened to write: the sweep runs
    assert code == 0 and "5 stored files" in err and "secondop recover" in err
    assert stored_files(crashed) == before
    assert len(list((crashed / "lost+found").iterdir())) == 5
    code, out, err = run(crashed, "recover")
    assert code == 0 and "recovered 5 records" in out
    with Vault.open(crashed) as vault:
        assert len(vault.documents.list()) == 15 and vault.verify() == []
        titles = [d.title for d in vault.documents.list() if d.original_name.startswith("rec")]
        assert len(titles) == 5


def test_recover_refuses_while_the_vault_is_open(run, tmp_path):
    root = tmp_path / "vault"
    make_vault(root, tmp_path / "files", count=2)
    with Vault.open(root):
        code, _, err = run(root, "recover")
    assert code == 1 and "in use" in err


def test_a_file_no_format_reads_stays_in_lost_and_found(run, tmp_path):
    root = tmp_path / "vault"
    make_vault(root, tmp_path / "files", count=2)
    with Vault.open(root) as vault:
        stray = vault.blobs.put_bytes(b"not a record at all")
    delete_database(root)
    code, out, _ = run(root, "recover")
    assert code == 1  # verify still lists it: the patient decides
    assert "refused" in out and "lost+found" in out
    assert (root / "lost+found" / stray.sha256).read_bytes() == b"not a record at all"


@pytest.mark.parametrize("damage", ["database deleted", "sha256 index damaged"])
def test_an_imaging_study_comes_back_as_one_record(run, tmp_path, damage):
    root = tmp_path / "vault"
    images = [make_dicom(tmp_path / f"im{i}.dcm", study_uid="1.2.9", series_uid="1.2.9.1",
                         instance=i + 1) for i in range(3)]
    with Vault.open(root) as vault:
        vault.importer.import_paths(images)
        [study] = vault.documents.list()
        assert len(vault.documents.files(study)) == 3
    before = stored_files(root)
    DAMAGE[damage](root)
    assert run(root, "recover")[0] == 0
    assert stored_files(root) == before
    with Vault.open(root) as vault:
        [study] = vault.documents.list()
        assert study.format == "dicom" and len(vault.documents.files(study)) == 3
        assert vault.verify() == []


def table_names(conn) -> set[str]:
    """The schema's own tables (an FTS index's shadow tables belong to it, not counted)."""
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND "
                        "name NOT LIKE 'sqlite_%'").fetchall()
    virtual = [name for name, sql in rows if sql.upper().startswith("CREATE VIRTUAL")]
    return {name for name, _sql in rows
            if not any(name.startswith(f"{v}_") for v in virtual)}


def test_every_table_of_the_schema_is_salvaged_or_says_why_not(tmp_path):
    from secondop_desktop.core.recovery import NOT_SALVAGED, SALVAGED_TABLES

    with Vault.open(tmp_path / "vault") as vault:
        tables = table_names(vault.db.conn)
    assert tables - set(SALVAGED_TABLES) - set(NOT_SALVAGED) == set(), (
        "a table recover does not copy: add it to SALVAGED_TABLES (parents first)")
    assert set(SALVAGED_TABLES) <= tables


def test_recover_keeps_requests_the_sent_log_and_clinical_facts(run, tmp_path):
    from clinical_factories import ccda, medication, write_xdm_zip

    from secondop_desktop.core.recovery import SALVAGED_TABLES

    root = tmp_path / "vault"
    make_vault(root, tmp_path / "files", count=6)
    portal = write_xdm_zip(tmp_path / "portal.zip", {
        "DOC0001.XML": ccda(medications=medication("Levothyroxine", "10582")),
        "DOC0002.XML": ccda(title="Letter", non_xml_pdf=make_pdf(
            tmp_path / "inside.pdf", ["A letter inside"]).read_bytes())})
    with Vault.open(root) as vault:
        assert vault.importer.import_paths([portal])[0].outcome.value == "imported"
        doc = vault.documents.list()[0]
        request = vault.requests.add("City Pathology", "notes,pathology-slides")
        vault.requests.mark_received(request.id, [doc.id], items="notes")
        packet = tmp_path / "packet.pdf"
        packet.write_bytes(b"%PDF-1.7 sent")
        vault.sent.record(packet, 3, [doc.id], [], "Dr Becker")
        vault.timeline.add(date="2024-01-10", what="Lump noticed")
        with vault.db.transaction() as conn:
            conn.execute("INSERT INTO clinical_resolutions (key, choice, note, resolved) "
                         "VALUES ('medication:levothyroxine', 'note', 'asked', '2026-01-01')")
            conn.execute("INSERT INTO page_text (document_id, page, source, text) "
                         "VALUES (?, 0, 'ocr', 'a letter from the clinic')", (doc.id,))
        before = {t: vault.db.query(f"SELECT count(*) FROM {t}")[0][0] for t in SALVAGED_TABLES}
    for table in ("records_requests", "request_items", "request_links", "sent_log",
                  "clinical_facts", "clinical_resolutions", "document_links", "page_text"):
        assert before[table], table  # or the test proves nothing for it
    damage_the_sha256_index(root)
    code, out, _err = run(root, "recover")
    assert code == 0, out
    with Vault.open(root) as vault:
        after = {t: vault.db.query(f"SELECT count(*) FROM {t}")[0][0] for t in SALVAGED_TABLES}
        assert after == before
        assert vault.requests.list()[0].items[0].records == [doc.id]
        assert vault.sent.list()[0].recipient == "Dr Becker"
        assert vault.db.query("SELECT count(*) FROM page_search WHERE page_search MATCH "
                              "'letter'")[0][0]  # the search index is rebuilt


def test_recover_says_what_it_could_not_salvage(run, tmp_path):
    root = tmp_path / "vault"
    make_vault(root, tmp_path / "files")
    conn = sqlite3.connect(root / DB_NAME)
    with conn:
        conn.executemany("INSERT INTO symptoms (at, symptom, severity) VALUES (?, ?, 3)",
                         [(f"2026-01-{1 + i % 28:02}T08:00", "Headache " * 40)
                          for i in range(400)])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    [(page,)] = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'symptoms'")
    conn.close()
    with open(root / DB_NAME, "r+b") as handle:  # the table's root page: its rows are lost
        handle.seek((page - 1) * page_size)
        handle.write(b"\x0d" + b"\xff" * (page_size - 1))
    code, out, _err = run(root, "recover")
    assert code == 0, out
    assert "could not salvage all of symptoms" in out
    assert "vault.sqlite3.damaged-" in out
